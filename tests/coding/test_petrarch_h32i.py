"""h32i: PETRARCH unit records with the user's verb dictionary, arguments found as PETRARCH-2 reads the words
(coding/petrarch.py, coding/events.py): a verb's forms as PETRARCH-2 stores them (the forms in braces, else the regular
forms it makes) name the verb when our lemmatiser does not give it back ("cordoned" → "cordone"); a compound verb's
particle the parser read as a preposition right after the verb is the particle, and that preposition's object the verb's
object ("cordoned off[prep] the roads"); the deep search of a user's pattern's object goes on into a present participle's
clause on it ("the roads leading into China"), and when it finds none the first actor of the object's phrase is the
target; with no object, an adverb's phrase after the verb is read ("trekked very close to the border with China"). The dictionary is written with user codes none of eventwire's own
patterns gives; look-alikes must not be coded."""
from __future__ import annotations

from eventwire.coding.petrarch import _verb_forms, read_verb_dictionary
from petrarch_checks import user_verb_suite

VERBS = """\
--- FENCE [1722] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }
- * FOR CONSTRUCTION [0712]

--- PADLOCK [1723] ---
PADLOCK

--- TREK [1811] ---
TREK

--- HAIL [0414] ---
HAIL
- * PLEDGES [0915]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("CORDON_OFF: a braced form names the verb, 'off' read as a preposition is its particle",
     "Russian soldiers cordoned off the roads leading into China.", "RUSMIL", "1722", "CHN"),
    ("CORDON_OFF: ... with an auxiliary, the participle's first actor", "Russia has cordoned off the roads leading into China along the border.",
     "RUS", "1722", "CHN"),
    ("CORDON_OFF: a pattern line of the form's verb", "Russia cordoned off for construction the roads leading into China.",
     "RUS", "0712", "CHN"),
    ("CORDON_OFF: the verb's own lemma still reads it", "Russia will cordon off the bridges leading to China.", "RUS", "1722", "CHN"),
    ("PADLOCK: a bare verb's object's participle clause", "Russia padlocked the gates leading into China.", "RUS", "1723", "CHN"),
    ("CORDON_OFF: the object's own words come before its participle", "Russia cordoned off the Japanese roads leading into China.",
     "RUS", "1722", "JPN"),
    ("HAIL: the first actor of the object's phrase, past a participle deeper in it",
     "Russia hailed pledges on trade issues sent from China.", "RUS", "0915", "CHN"),
    ("HAIL: ... the first of two", "Russia hailed pledges on trade issues sent from Beijing to Japan.", "RUS", "0915", "CHN"),
    ("TREK: no object, an adverb's phrase after the verb", "Russian troops trekked very close to the border with China.",
     "RUSMIL", "1811", "CHN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("CORDON_OFF: the object's own actor, not the participle's", "Russia cordoned off the Japanese roads leading into China.",
     ("RUS", "1722", "CHN")),
    ("CORDON_OFF: no actor after the verb, no event", "Russia cordoned off the area near the stadium.", ("RUS", "1722", "")),
    ("PADLOCK: the participle clause is the object's, not the subject's", "Russian soldiers leading into China padlocked the gates.",
     ("RUS", "1723", "CHN")),
    ("HAIL: ... not the second", "Russia hailed pledges on trade issues sent from Beijing to Japan.", ("RUS", "0915", "JPN")),
    ("HAIL: a pronoun in the object's phrase is no target", "Russia hailed pledges on trade issues sent by its allies.",
     ("RUS", "0915", "RUS")),
    ("TREK: an adverb's phrase with no actor", "Russian troops trekked very close to the border.", ("RUS", "1811", "")),
]


verb_path, pipeline, test_spec, test_absent = user_verb_suite("h32i", VERBS, SPEC, ABSENT)


def test_forms(verb_path):
    """PETRARCH-2's forms: the braced ones (the verb's word of a compound), else its regular ones (S, ED or D, ING)."""
    assert _verb_forms("cordon", "+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF") == ["cordoned", "cordons", "cordoning"]
    assert _verb_forms("merge", None) == ["merges", "merged", "merging"]
    assert _verb_forms("padlock", None) == ["padlocks", "padlocked", "padlocking"]
    assert _verb_forms("tap", "WIRE_+TAPPED TAPS") == ["taps"]  # a form with words before the verb is left
    pats = read_verb_dictionary(verb_path)
    assert pats.forms["cordoned"] == "cordon" and pats.forms["padlocked"] == "padlock"
    assert "cordoned" not in {l for p in pats for l in p.lemmas}  # forms are no lemmas of the patterns


def test_default_pipeline_unchanged():
    """Without a user's verb file the default pipeline codes none of these user codes."""
    import eventwire

    for sentence in (r[1] for r in SPEC):
        a = eventwire.extract(sentence, published="2025-06-01")
        assert not any(e.cameo_code in {"1722", "0712", "1723", "1811", "0915"} for e in a.events)
