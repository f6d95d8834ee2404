"""h31i: which pattern wins when a user's PETRARCH verb dictionary is loaded (coding/events.py `_precedence`).

PETRARCH reads a verb with its own block alone and takes the longest pattern that matches under the verb, else the
verb's own code. With a user's verb file joined to our patterns:

* a user's pattern that names anything beyond its verb (an object, a preposition, words around it) comes before all
  of our readings of the verb ("called on X to ..." is the user's `- * (ON) [095]`, not our complement reading);
* the user's bare verb (``--- DEPART [040] ---``) comes before our readings that name only a preposition and no word
  ("departed from[any] Libya", "left for[any] Paris", "arrived in[any] Cairo");
* among equally ranked readings, a user's verb written as the token's word ("LEFT") comes before its lemma's block
  ("LEAVE"), as PETRARCH matches the word as written;
* our readings that name words (an object, the preposition's object, a complement verb) still come before the user's
  bare verb when their code has its CAMEO root ("is asking Obama to help" 023 under ASK's 020); (h34a) those of another
  root come after it ("promised aid" is PROMISE's 050, "appealed for peace" APPEAL's 094; test_petrarch_h34a.py).

The verb file is written here. SPEC rows must be coded, ABSENT rows not (look-alike guards); the default pipeline
(no verb file) is unchanged."""
from __future__ import annotations

from petrarch_checks import mixed_verb_suite

VERBS = """\
--- DEPART [036] ---
DEPART

--- LEAVE [012] ---
LEAVE

--- LEFT [036] ---
LEFT

--- ARRIVE [036] ---
ARRIVE

--- CALL [010] ---
CALL
- * (ON) [095]

--- PROMISE [050] ---
PROMISE

--- ASK [020] ---
ASK

--- APPEAL [094] ---
APPEAL
"""

# (what the row shows, sentence, source, code, target) with the user's verb file
SPEC_USER = [
    ("the user's bare verb before our reading naming only 'from'",
     "Ethiopia departed from Libya on Saturday.", "ETH", "036", "LBY"),
    ("the user's verb written inflected before our reading naming only 'for'",
     "The Egyptian foreign minister left for France on Monday.", "EGY", "036", "FRA"),
    ("another form of the verb takes its lemma's block",
     "The Egyptian foreign minister leaves for France on Monday.", "EGY", "012", "FRA"),
    ("the user's bare verb before our reading naming only 'in'",
     "The Egyptian foreign minister arrived in France on Monday.", "EGY", "036", "FRA"),
    ("the user's pattern naming a preposition before our complement reading",
     "Germany called on France to ease the restrictions on Monday.", "DEU", "095", "FRA"),
    ("(h34a) the user's bare verb before our reading naming an object of another root",
     "Germany promised aid to Egypt on Monday.", "DEU", "050", "EGY"),
    ("our reading naming a complement verb still before the user's bare verb",
     "Germany is asking France to help Egypt.", "DEU", "023", "FRA"),
    ("(h34a) the user's bare verb before our reading naming the preposition's object of another root",
     "Germany appealed for peace in Sudan on Monday.", "DEU", "094", "SDN"),
]

ABSENT_USER = [
    ("no withdrawal read on 'from' alone once the user codes the verb",
     "Ethiopia departed from Libya on Saturday.", "0874", "LBY"),
    ("no visit read on 'for' alone once the user codes the verb",
     "The Egyptian foreign minister left for France on Monday.", "042", "FRA"),
    ("the verb written as the word comes before its lemma's block",
     "The Egyptian foreign minister left for France on Monday.", "012", "FRA"),
    ("no complement reading before the user's preposition",
     "Germany called on France to ease the restrictions on Monday.", "025", "FRA"),
    ("(h34a) our object reading of another root does not displace the user's bare verb",
     "Germany promised aid to Egypt on Monday.", "033", "EGY"),
    ("nor our complement reading",
     "Germany is asking France to help Egypt.", "020", "FRA"),
]

# (sentence, source, code, target, mode) with eventwire's own dictionaries: our readings, no verb file
SPEC = [
    ("Ethiopia departed from Libya on Saturday.", "ETH", "0874", "LBY", "happened"),
    ("The Egyptian foreign minister left for France on Monday.", "EGYGOV", "042", "FRA", "happened"),
]

ABSENT = [
    ("Ethiopia departed from Libya on Saturday.", ("ETH", "036", "LBY")),
]

pipeline, test_spec_user, test_absent_user, test_spec, test_absent = mixed_verb_suite(
    "h31i", VERBS, SPEC_USER, ABSENT_USER, SPEC, ABSENT)

def test_order_among_ours_and_theirs_kept(pipeline):
    """Our readings keep their order among themselves, and the user's theirs."""
    from eventwire.coding.events import load_patterns

    coder = pipeline.stages[2]
    ours = [p.id for p in coder.patterns if not p.id.startswith("petrarch.")]
    assert ours == [p.id for p in load_patterns()[0]]
    theirs = [p for p in coder.patterns if p.id.startswith("petrarch.")]
    assert [p.specificity for p in theirs] == sorted((p.specificity for p in theirs), reverse=True)
