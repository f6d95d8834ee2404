"""h32k: PETRARCH unit records with the user's verb dictionary: a compound verb written with words before the verb
(PETRARCH-2's ``WIRE_+TAP {WIRE_+TAPPED ...}``, coding/petrarch.py `read_verb_dictionary`) is read instead of skipped:
the verb is the word after "+", its words before must stand right before it ("wire tapped"), and the block's pattern
lines apply to it with those words last among their words before the verb ("- WILL NOT * [c]": "will not wire tap").
The dictionary is written with user codes none of eventwire's own patterns gives; look-alikes must not be coded."""
from __future__ import annotations

from eventwire.coding.petrarch import _verb_forms, read_verb_dictionary
from petrarch_checks import user_verb_suite

VERBS = """\
--- SNOOP [1724] ---
SNOOP
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [0816]

--- PLANT [1725] ---
BUG_+PLANT
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("WIRE_+TAP: the words before the verb right before it", "Russia wire tapped the phones of Chinese diplomats.",
     "RUS", "1724", "CHN"),
    ("WIRE_+TAP: ... a participle's clause on the object", "Russian soldiers wire tapped all communication links leading into China.",
     "RUSMIL", "1724", "CHN"),
    ("WIRE_+TAP: the block's pattern line, its words before the compound's", "Russia will not wire tap the phones of Chinese diplomats.",
     "RUS", "0816", "CHN"),
    ("WIRE_+TAP: another form of the verb word", "Russia has been wire tapping Chinese diplomats.",
     "RUS", "1724", "CHN"),
    ("SNOOP: the block's plain verb keeps the block's line", "Russia will not snoop on Chinese diplomats.", "RUS", "0816", "CHN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("WIRE_+TAP: the verb alone is not the compound", "Russia tapped the phones of Chinese diplomats.", ("RUS", "1724", "CHN")),
    ("WIRE_+TAP: the word elsewhere before the verb", "Russia cut the wire and tapped the phones of Chinese diplomats.",
     ("RUS", "1724", "CHN")),
    ("WIRE_+TAP: the word after the verb", "Russia tapped a wire to China.", ("RUS", "1724", "CHN")),
    ("WIRE_+TAP: ... the pattern line needs the compound", "Russia will not tap the phones of Chinese diplomats.",
     ("RUS", "0816", "CHN")),
    ("BUG_+PLANT: the verb alone", "Russia planted trees in China.", ("RUS", "1725", "CHN")),
]


verb_path, pipeline, test_spec, test_absent = user_verb_suite("h32k", VERBS, SPEC, ABSENT)


def test_import(verb_path):
    """The compound is read (counted), its patterns carry "wire *" as their last words before the verb."""
    pats = read_verb_dictionary(verb_path)
    assert pats.counts["compound verbs with words before the verb"] == 2
    assert not pats.counts["skipped: compound verbs with words before the verb"]
    taps = [p for p in pats if p.lemmas == frozenset({"tap"})]
    assert {p.code for p in taps} == {"1724", "0816"}
    assert all(p.before[-1] == frozenset({"wire *"}) for p in taps)
    assert _verb_forms("tap", "WIRE_+TAPPED  WIRE_+TAPPING", front=True) == ["tapped", "tapping"]
    assert _verb_forms("tap", "WIRE_+TAPPED TAPS") == ["taps"]  # a plain verb's forms leave the compound's


def test_default_pipeline_unchanged():
    """Without a user's verb file the default pipeline codes none of these user codes."""
    import eventwire

    for sentence in (r[1] for r in SPEC):
        a = eventwire.extract(sentence, published="2025-06-01")
        assert not any(e.cameo_code in {"1724", "1725", "0816"} for e in a.events)
