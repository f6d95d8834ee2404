"""h31j: PETRARCH unit records that expected events and got none (coding/petrarch.py, coding/events.py): a user's bare
verb takes as target, as PETRARCH takes the first actor after the verb, the subject of its complement clause when
that clause has a tense of its own (path `ccomp.finite_subj`; not on the verbs of saying of petrarch.yaml
`reporting_verbs`, written as the file writes them, "SAID"), and, last, the object of its own "of" phrase
(petrarch.yaml `verb_target_prepositions`). The dictionary is written with verbs none of eventwire's own patterns
reads; look-alikes must not be coded."""
from __future__ import annotations

from eventwire.coding.petrarch import read_verb_dictionary
from petrarch_checks import user_verb_suite

VERBS = """\
--- RECKON [0121] ---
RECKON

--- GRUMBLE [0131] ---
GRUMBLE

--- SAID [0231] ---
SAID

--- WANT [0301] ---
WANT
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("RECKON: the subject of a tensed complement clause", "Russia reckons China can cope with the drought.",
     "RUS", "0121", "CHN"),
    ("RECKON: ... with 'that'", "Russia reckoned that China would win the dispute.", "RUS", "0121", "CHN"),
    ("RECKON: ... two subjects", "Russia reckons Armenia and Azerbaijan can cope with the drought.", "RUS", "0121", "AZE"),
    ("GRUMBLE: the verb's own 'of' phrase", "Russia grumbled of China.", "RUS", "0131", "CHN"),
    ("GRUMBLE: ... a title of a country", "The Russian minister grumbled of the President of China.", "RUS", "0131", "CHN"),
    ("RECKON: an object still comes first", "Russia reckoned China a threat.", "RUS", "0121", "CHN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("SAID: a verb of saying's clause subject is no target", "Russia said China can cope with the drought.",
     ("RUS", "0231", "CHN")),
    ("WANT: an infinitive clause's subject is not taken", "Russia wants China to attack Japan.", ("RUS", "0301", "CHN")),
    ("RECKON: a clause about its own forces is no act on anyone", "Russia reckons its forces can cope with the drought.",
     ("RUS", "0121", "RUS")),
    ("GRUMBLE: an 'of' phrase naming no actor gives no event", "Russia grumbled of the long drought.",
     ("RUS", "0131", "")),
]


verb_path, pipeline, test_spec, test_absent = user_verb_suite("h31j", VERBS, SPEC, ABSENT)


def test_reader(verb_path):
    pats = {p.code: p for p in read_verb_dictionary(verb_path)}
    assert "ccomp.finite_subj" in pats["0121"].target and "ccomp.subj" not in pats["0121"].target
    assert not {"ccomp.subj", "ccomp.finite_subj"} & set(pats["0231"].target)  # SAID, a verb of saying as written
    assert pats["0131"].target[-1] == "prep:of"  # the verb's own "of" phrase, last


def test_default_pipeline_unchanged():
    """Without a user's verb file the default pipeline codes no user code."""
    import eventwire

    a = eventwire.extract("Russia reckons China can cope with the drought.", published="2025-06-01")
    assert not any(e.cameo_code == "0121" for e in a.events)
