"""h31b: argument finding on real news coded with PETRARCH-2's dictionaries (bench/peers.py ``gsr_petrdict``), three
general readings of the event coder (coding/events.py, coding/syntax.py):

* the deep search for the target of an act of consulting (a PETRARCH pattern's ``dobj.deep``, ``prep:X.deep`` paths)
  does not enter an infinitive clause on a noun, which tells the topic: "met Assad to discuss efforts to counter[acl]
  Islamic State militants" discusses nothing with the militants (modality.yaml `interlocutor_roots`);
* a noun the small parser made a conjunct of a noun before it with nothing joining them (no "and", "or", comma) is no
  coordination (``syntax.is_unjoined_conjunct``: "jailed a Nigerian student for helping young militants join[amod] an
  armed Islamic group[conj]": the group was not jailed).

The user-dictionary rows use a small verb file written here (verbs none of eventwire's own patterns read, so the
translated pattern with its deep target paths is the one that answers). SPEC rows must be coded, ABSENT rows not;
ABSENT rows are look-alike guards."""
from __future__ import annotations

from petrarch_checks import mixed_verb_suite
from eventwire.coding.syntax import is_unjoined_conjunct

VERBS = """\
--- REVIEW [040] ---
REVIEW

--- INCARCERATE [173] ---
INCARCERATE
"""

# (what the row shows, sentence, source, code, target) with the user's verb file
SPEC_USER = [
    ("the target is the object, not an actor in an infinitive clause on it",
     "Iraq's national security adviser met Syrian President Bashar Assad on Tuesday and reviewed plans to counter "
     "Islamic State militants with him.", "IRQ", "040", "SYR"),
    ("a coordination with its 'and' still gives each conjunct",
     "A Tunisian court incarcerated a Nigerian student and a Libyan militant on Tuesday.", "TUN", "173", "LBY"),
    ("the first conjunct of a misparsed coordination stays the target",
     "A Tunisian court has incarcerated a Nigerian student for two years for helping young militants join the "
     "Lebanese army, his lawyer said Wednesday.", "TUN", "173", "NGA"),
    ("a deep search still finds an actor in a noun's own phrase",
     "The Egyptian president reviewed the peace proposals of Qatar.", "EGY", "040", "QAT"),
]

ABSENT_USER = [
    ("an infinitive clause on the object names the clause's target, not the reviewed",
     "Iraq's national security adviser reviewed efforts to counter Islamic State militants.", "040", "IMG"),
    ("nor one on a preposition's object",
     "The Jordanian foreign minister reviewed the situation with plans to isolate Iran.", "040", "IRN"),
    ("an unjoined 'conjunct' is not incarcerated",
     "A Tunisian court has incarcerated a Nigerian student for two years for helping young militants join the "
     "Lebanese army, his lawyer said Wednesday.", "173", "LBN"),
    ("an unjoined 'conjunct' is not incarcerated (a group)",
     "A Tunisian court has incarcerated a Nigerian student for two years for helping young militants join an armed "
     "Lebanese group, his lawyer said Wednesday.", "173", "LBN"),
]

# (sentence, source, code, target, mode) with eventwire's own dictionaries
SPEC = [
    # a participle's own by-agent is still searched ("a missile fired by Russian forces" is theirs)
    ("A Ukrainian military plane was shot down by a missile fired by Russian forces.", "RUSMIL", "190", "UKRMIL",
     "happened"),
    ("Iraq's national security advisor met with Syrian President Bashar Assad Tuesday to discuss efforts to counter "
     "Islamic State militants, Reuters reports.", "IRQGOV", "040", "SYRGOV", "happened"),
]

ABSENT = [
    # a missile aimed at someone is not theirs
    ("A Ukrainian military plane was shot down by a missile believed to be aimed at Russian forces.",
     ("RUSMIL", "190", "UKRMIL")),
]

pipeline, test_spec_user, test_absent_user, test_spec, test_absent = mixed_verb_suite(
    "h31b", VERBS, SPEC_USER, ABSENT_USER, SPEC, ABSENT)

def test_unjoined_conjunct():
    from eventwire.nlp.model import load_spacy

    nlp = load_spacy()
    joined = nlp("Police arrested a Nigerian student and a Tunisian militant.")
    assert not any(is_unjoined_conjunct(t) for t in joined)
    listed = nlp("Police arrested a Nigerian student, a Tunisian militant and two Ethiopians.")
    assert not any(is_unjoined_conjunct(t) for t in listed)
