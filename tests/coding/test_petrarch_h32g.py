"""h32g: PETRARCH unit records with the user's verb dictionary, the pattern lines read closer to PETRARCH-2's matcher
(coding/petrarch.py, coding/events.py): a pattern naming an object word and no `+` takes the first actor after the verb;
a preposition naming the target ("(ABOUT)", "ABOUT +") is found where the parse attaches it, on the verb or on its
object; a compound (`%`) after a preposition is the target; a preposition written bare after the verb ("* FOR") names
the preposition; a pattern's negation written before the verb is matched by its words in order; `+` after a skipped
(`^`) phrase is the first actor after the verb outside that phrase. The dictionary is written with verbs none of
eventwire's own patterns reads; look-alikes must not be coded."""
from __future__ import annotations

from eventwire.coding.petrarch import read_verb_dictionary
from petrarch_checks import user_verb_suite

VERBS = """\
--- BARTER [0311] ---
BARTER
- * ASYLUM [174L]

--- GRUMBLE [0131] ---
GRUMBLE
- * THEIR ^ ABOUT + [1621]
- * {ECONOMIC RUMORS} (ABOUT) [0915]

--- CONCUR [0811] ---
CONCUR
- * WITH % [0312]

--- CLAMOR [0101] ---
CLAMOR
- * FOR [0961]

--- SQUABBLE [1231] ---
SQUABBLE
- NOT EVER * OVER EFFORTS [0905]
- * OVER EFFORTS [1211]

--- FETE [1811] ---
FETE
- * FEAST IN ^ + [0451]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("BARTER: an object pattern's target further along the verb's phrase", "Russia will barter foreign asylum in China.",
     "RUS", "174L", "CHN"),
    ("BARTER: ... its object's own phrase still first", "Russia bartered asylum for China.", "RUS", "174L", "CHN"),
    ("GRUMBLE: ABOUT + on the object", "Russia grumbled their populations about China.", "RUS", "1621", "CHN"),
    ("GRUMBLE: (ABOUT) on the object", "Russia grumbled economic rumors about China.", "RUS", "0915", "CHN"),
    ("CONCUR: WITH % is the target, each member", "Russia concurs with Japan and China that the dispute must end.",
     "RUS", "0312", "JPN"),
    ("CONCUR: ... the second member", "Russia concurs with Japan and China that the dispute must end.", "RUS", "0312", "CHN"),
    ("CLAMOR: * FOR names the preposition", "Russia clamored immediately for China late Sunday.", "RUS", "0961", "CHN"),
    ("SQUABBLE: the negation before the verb, hung on another word", "Russia has not even ever squabbled over the efforts of China.",
     "RUS", "0905", "CHN"),
    ("SQUABBLE: ... through a verb above it", "Russia will not ever try to squabble over the efforts of China.",
     "RUS", "0905", "CHN"),
    ("FETE: IN ^ + skips the 'in' phrase", "Russia feted the feast in Moscow with the leaders of China.", "RUS", "0451", "CHN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("SQUABBLE: no negation, no negated code", "Russia squabbled over the efforts of China.", ("RUS", "0905", "CHN")),
    ("SQUABBLE: ... a negation after the verb is not before it", "Russia squabbled over the efforts of China, not ever of Japan.",
     ("RUS", "0905", "")),
    ("FETE: the skipped phrase's actor is no target", "Russia feted the feast in Japan with the leaders of China.",
     ("RUS", "0451", "JPN")),
    ("CLAMOR: 'for' is no object noun (the bare verb with no 'for')", "Russia clamored about China.", ("RUS", "0961", "")),
    ("GRUMBLE: (ABOUT) with no 'about' after the verb", "Russia grumbled economic rumors from China.", ("RUS", "0915", "")),
    ("BARTER: the object word is still required", "Russia will barter wheat in China.", ("RUS", "174L", "")),
]


verb_path, pipeline, test_spec, test_absent = user_verb_suite("h32g", VERBS, SPEC, ABSENT)


def test_reader(verb_path):
    pats = read_verb_dictionary(verb_path)
    by_code = {p.code: p for p in pats}
    assert by_code["0961"].prep == "for" and not by_code["0961"].object  # "* FOR": a preposition, not an object noun
    assert "object.prep:about" in by_code["1621"].target and "prep:about.deep" in by_code["1621"].target
    assert by_code["0915"].target[:2] == ("prep:about", "object.prep:about")  # "(ABOUT)": on the verb, else its object
    assert "prep:about.deep" not in by_code["0915"].target
    # (h33e) ... but first the actors inside the skipped phrase after its noun ("prep:in.prep:of")
    assert not any(t.startswith(("prep:in", "object.prep:in")) and not t.startswith("prep:in.prep:")
                   for t in by_code["0451"].target)
    assert by_code["0451"].target[0] == "prep:in.prep:of"
    assert "prep:in.deep" in by_code["174L"].target  # an object pattern reaches the verb's phrases
    assert pats.counts["linear lines: a compound (%) after a preposition read as the target"] == 1
    assert not pats.counts["skipped: compound (%) after the verb"]


def test_default_pipeline_unchanged():
    """Without a user's verb file the default pipeline codes none of these user codes."""
    import eventwire

    for sentence in (r[1] for r in SPEC):
        a = eventwire.extract(sentence, published="2025-06-01")
        assert not any(e.cameo_code in {"174L", "1621", "0915", "0312", "0961", "0905", "0451"} for e in a.events)
