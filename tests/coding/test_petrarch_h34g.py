"""h34g: with a user's PETRARCH verb dictionary, three readings of a pattern line as PETRARCH-2 matches its words.

- A linear line's bare ``(PREP)`` after words it names (``- * PLEDGES (ON &TOPICS) (FROM)``): once the words have
  matched, the target is that preposition's object wherever the parse hangs it, else the first actor after the verb
  ("applauded pledges on security issues[← from] France"; the plain form's object line already read so). petrarch.py
  `translate_linear`.
- A ``(PREP X)`` line whose preposition the parser read as the verb's particle right after it ("clash over[prt] the
  efforts[dobj]", "clash over[prt] the weather[pobj → over]"): the object after the particle is the phrase's object
  (events.py `_constraint_failure`).
- A pattern whose slot holds phrases of different lengths (a synset with BITCOIN and AUSTRIAN GOLD FLORIN) is one
  pattern per length, the longest first, as PETRARCH-2 takes the longest match: "donated a million austrian gold
  florin" is the three-word phrase's line, not the line of another synset's FLORIN (petrarch.py `read_verb_dictionary`,
  a size guard of 64 patterns).

Nothing changes without a user's verb file (the guard at the end)."""
from __future__ import annotations

from eventwire.coding.petrarch import read_verb_dictionary
from petrarch_checks import has_event, user_codes, user_verb_suite

VERBS = """\
&TOPICS
+SECURITY
+TRADE

&MONEYS
+DOLLAR
+FLORIN
+SWISS FRANC

&RARECOIN
+BITCOIN
+AUSTRIAN GOLD FLORIN

--- APPLAUD [050] ---
APPLAUD
- * PLEDGES (ON &TOPICS) (FROM) [030]

--- QUARREL [111] ---
QUARREL
CLASH
- * (OVER EFFORTS) [125]
- * (OVER WEATHER) [125]

--- DONATE [070] ---
DONATE
- * &MONEYS [071]
- * &RARECOIN [073]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("(FROM) after named words: the preposition hangs on the ON phrase's noun",
     "Germany applauded pledges on security issues from France.", "DEU", "030", "FRA"),
    ("... or on a participle there", "Germany applauded pledges on security issues sent from France.", "DEU", "030",
     "FRA"),
    ("... the verb's own FROM phrase as before", "Germany applauded pledges on trade from France.", "DEU", "030", "FRA"),
    ("no ON phrase: the block's code", "Germany applauded pledges from France.", "DEU", "050", "FRA"),
    ("(OVER X) read as a particle with the verb's object", "Turkey did not clash over the efforts of Greece to drill for gas.",
     "TUR", "125", "GRC"),
    ("... with the particle's own object", "Turkey will not clash over the weather with Greece.", "TUR", "125", "GRC"),
    ("the longest phrase of a synset first", "Japan donated a million austrian gold florin to Kenya.", "JPN", "073", "KEN"),
    ("... the shorter phrases of that synset still read", "Japan donated bitcoin to Kenya.", "JPN", "073", "KEN"),
    ("... and the other synset's one word", "Japan donated a million florin to Kenya.", "JPN", "071", "KEN"),
    ("... and its longer phrase", "Japan donated a million swiss francs to Kenya.", "JPN", "071", "KEN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("the (FROM) line's words matched: not the block's code", "Germany applauded pledges on security issues from France.",
     ("DEU", "050", "FRA")),
    ("no ON phrase: no (ON &TOPICS) line", "Germany applauded pledges from France.", ("DEU", "030", "FRA")),
    ("the particle's object must be the line's word", "Turkey will not clash over the budget with Greece.",
     ("TUR", "125", "GRC")),
    ("the shorter match does not win", "Japan donated a million austrian gold florin to Kenya.", ("JPN", "071", "KEN")),
    ("one word of a longer phrase is no match of it", "Japan donated a million florin to Kenya.", ("JPN", "073", "KEN")),
]

verb_path, pipeline, test_spec, test_absent = user_verb_suite("h34g", VERBS, SPEC, ABSENT)


def test_reader_counts(verb_path):
    pats = read_verb_dictionary(verb_path)
    assert pats.counts["linear lines: a bare (PREP) after named words, then the first actor after the verb"] == 1
    assert pats.counts["patterns split by the length of their slots' phrases (the longest match first)"] == 2
    donate = [p for p in pats if p.code == "073"]
    assert [sorted(s) for p in donate for s in p.after] == [["austrian gold florin"], ["bitcoin"]]


def test_default_pipeline_unchanged():
    from eventwire.pipeline import Pipeline

    got = user_codes(Pipeline(), "Japan donated a million austrian gold florin to Kenya.", null="---")
    assert not has_event(got, "JPN", "073", "KEN"), got
