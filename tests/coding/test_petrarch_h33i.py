"""h33i: a user's PETRARCH actor or agent name written in the text with its words joined by "_" ("warned the Prince of
Dol_Amroth", "the Defense_Ministry") is read as the dictionary's name, as PETRARCH reads the upper-cased text as tokens
(DOL_AMROTH is the dictionary's DOL AMROTH). spaCy keeps "Dol_Amroth" one token: actors.py `_underscore_names` reads
the tokens around it with underscores as blanks, against the user's names only; kb.py `sector_of` reads a user's agent
so. The same names with blanks are still coded; our own dictionaries never read underscore names (a default pipeline
does not code "United_Nations" or "Minas_Tirith")."""
from __future__ import annotations

import pytest

from petrarch_checks import has_event, user_codes, write_dictionaries

ACTOR_LINES = """
PRINCE OF DOL AMROTH
\t[DOL]
MINAS_TIRITH [GON]
ARNOR [ARN]
BLUE_MOUNTAIN_HOLD [BMH]
"""

AGENT_LINES = """
DEFENSE_MINISTRY [~GOVMIL]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("a name's last words joined by '_'", "Arnor criticized the Prince of Dol_Amroth on Monday.", "ARN", "111", "DOL"),
    ("... the same name with blanks", "Arnor criticized the Prince of Dol Amroth on Monday.", "ARN", "111", "DOL"),
    ("a two-word name as one token, as the source", "Minas_Tirith criticized Arnor on Monday.", "GON", "111", "ARN"),
    ("... in capitals, as the target", "Arnor criticized MINAS_TIRITH on Monday.", "ARN", "111", "GON"),
    ("a three-word name joined throughout", "Arnor criticized Blue_Mountain_Hold on Monday.", "ARN", "111", "BMH"),
    ("... and with blanks", "Arnor criticized Blue Mountain Hold on Monday.", "ARN", "111", "BMH"),
    ("a user's agent joined by '_'", "Arnor's Defense_Ministry criticized Minas Tirith on Monday.", "ARNGOVMIL", "111",
     "GON"),
]

# (what the row guards against, sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("a word with '_' that is no name of the user's is no actor", "Arnor criticized Dol_Guldur on Monday.",
     ("ARN", "111", "DOL")),
    ("part of a name is not the name", "Arnor criticized Dol_Amroth on Monday.", ("ARN", "111", "DOL")),
]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=write_dictionaries(tmp_path_factory, "h33i", ACTOR_LINES, AGENT_LINES))


@pytest.fixture(scope="module")
def default_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.mark.parametrize("what, sentence, source, code, target", SPEC, ids=[r[0] for r in SPEC])
def test_spec(pipeline, what, sentence, source, code, target):
    got = user_codes(pipeline, sentence, "---")
    assert has_event(got, source, code, target), (sentence, got)


@pytest.mark.parametrize("what, sentence, triple", ABSENT, ids=[r[0] for r in ABSENT])
def test_absent(pipeline, what, sentence, triple):
    got = user_codes(pipeline, sentence, "---")
    assert not has_event(got, *triple), (sentence, got)


@pytest.mark.parametrize("sentence, target", [
    ("France criticized the United_Nations on Monday.", "IGOUNO"),
    ("France criticized the European_Union on Monday.", "IGOEEC"),
])
def test_default_reads_no_underscore_names(default_pipeline, sentence, target):
    """Our own dictionaries name these with blanks; a default pipeline does not read them joined by '_'."""
    assert not has_event(user_codes(default_pipeline, sentence, "---"), "FRA", "111", target)
    assert has_event(user_codes(default_pipeline, sentence.replace("_", " "), "---"), "FRA", "111", target[:3])
