"""h31a: PETRARCH verb-dictionary fidelity on PETRARCH's own unit records (coding/petrarch.py, coding/events.py):
a synset inside a {...} noun phrase stands for each of its phrases, a blank inside the braces lets other words come
between ("_" keeps words together); a verb written inflected ("RISEN") matches that word; our own noun events inside
the phrase of a verb a user's pattern coded are that verb's reading. The dictionary is written here with made-up verbs, so none of eventwire's own verb patterns answers;
look-alikes must not be coded, and the default pipeline keeps its own readings."""
from __future__ import annotations

from eventwire.coding.petrarch import read_verb_dictionary
from petrarch_checks import user_verb_suite

VERBS = """\
&TIETYPES
+MILITARY
+ECONOMIC

--- SERENADE [040:043] ---
SERENADE
- * {&TIETYPES TIES} [0801]
- * {NEW &TIETYPES RELATIONS} [0802]
- * {RESCUE_TEAM} [0803]
- * PRISONERS [0804:0805]

--- RISEN [---] ---
RISEN
- {DEATH TOLL} * [1901]

--- FETE [041] ---
FETE
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("{&TIETYPES TIES}: a synset in braces", "Russia serenaded its economic ties with China.", "RUS", "0801", "CHN"),
    ("{&TIETYPES TIES}: another member", "Russia serenaded full military ties with China.", "RUS", "0801", "CHN"),
    ("{NEW &TIETYPES RELATIONS}: a word between (a blank)", "Russia serenaded new global economic relations with China.",
     "RUS", "0802", "CHN"),
    ("{RESCUE_TEAM}: '_' keeps the words together", "Russia serenaded China for a rescue team.", "RUS", "0803", "CHN"),
    ("RISEN: a verb written inflected", "Iraq's death toll has risen in the dispute with Iran.", "IRQ", "1901", "IRN"),
    ("{DEATH TOLL} * : a word between before the verb", "Iraq's death and injury toll has risen in the dispute with Iran.",
     "IRQ", "1901", "IRN"),
    ("[040:043]: the act", "Russia serenaded China.", "RUS", "040", "CHN"),
    ("[040:043]: (h33e) the pair's second half, the target's act on the source", "Russia serenaded China.", "CHN", "043",
     "RUS"),
    ("- * PRISONERS [0804:0805]: a pattern line's act", "Russia serenaded prisoners from Ukraine.", "RUS", "0804", "UKR"),
    ("FETE [041]: the verb's event", "Russia feted the resumption of diplomatic ties between Armenia and Azerbaijan.",
     "RUS", "041", "ARM"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("{&TIETYPES TIES}: no tie type", "Russia serenaded its ties with China.", ("RUS", "0801", "CHN")),
    ("{NEW &TIETYPES RELATIONS}: the words out of order", "Russia serenaded economic new relations with China.",
     ("RUS", "0802", "CHN")),
    ("{RESCUE_TEAM}: '_' allows no word between", "Russia serenaded China for a rescue dog team.", ("RUS", "0803", "CHN")),
    ("RISEN: another form of the verb is not the word written", "Iraq's death toll rose in the dispute with Iran.",
     ("IRQ", "1901", "IRN")),
    ("[040:043]: (h33e) the second half is the target's act on the source, not the source's", "Russia serenaded China.",
     ("RUS", "043", "CHN")),
    ("FETE [041]: our noun reading inside the user's verb phrase", "Russia feted the resumption of diplomatic ties "
     "between Armenia and Azerbaijan.", ("ARM", "050", "AZE")),
]


verb_path, pipeline, test_spec, test_absent = user_verb_suite("h31a", VERBS, SPEC, ABSENT)


def test_reader(verb_path):
    pats = read_verb_dictionary(verb_path)
    c = pats.counts
    assert c["code pairs [a:b] (the target's act b coded too)"] == 2
    assert not c["skipped: words not expressible"]
    (risen,) = [p for p in pats if p.code == "1901"]
    assert risen.lemmas == frozenset({"risen"}) and risen.before == (frozenset({"death"}), frozenset({"toll"}))
    (ties,) = [p for p in pats if p.code == "0801"]
    assert ties.after == (frozenset({"military", "economic"}), frozenset({"ties"}))
    (team,) = [p for p in pats if p.code == "0803"]
    assert team.after == (frozenset({"rescue team"}),)


def test_default_pipeline_keeps_its_noun_reading():
    """Without a user's verb file nothing changes: our noun reading of the resumption stays."""
    import eventwire

    a = eventwire.extract("Russia feted the resumption of diplomatic ties between Armenia and Azerbaijan.",
                          published="2025-06-01")
    assert ("ARM", "050", "AZE") in {(e.source_code, e.cameo_code, e.target_code) for e in a.events}
