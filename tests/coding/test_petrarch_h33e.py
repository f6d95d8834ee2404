"""h33e: a user's PETRARCH code pair ``[a:b]`` codes both acts, as PETRARCH-2 does: the source's act a on the target and
the target's act b on the source ("--- JAUNT [032:033] ---": "Russia's president jaunted to China" is RUS 032 CHN and
CHN 033 RUS; "[031:031]" the same act both ways). Pairs on a block header hold for its verb lines without a code of
their own; a pattern line's own code without a pair has no second act. The dictionary is written with made-up verbs
none of eventwire's own patterns reads; look-alikes must not be coded.

Also with a user's agent dictionary: a bare agent noun coordinated after one with a nationality shares it ("Danish media
and government": DNKMED and DNKGOV; actors.py `_shared_nationality`), and `+` after a skipped (`^`) phrase of a
preposition is first the next actor inside that phrase after its noun ("- * AT ^ + [1621]": "grumbled at the Gondor
of the Prince of Dol Amroth" → DOL, petrarch.py `translate_linear`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.petrarch import read_verb_dictionary, surface_forms
from petrarch_checks import has_event, user_codes, write_verbs

VERBS = """\
--- JAUNT [032:033] ---
JAUNT
- * TOUR [0322]

--- PARLEY [031:031] ---
PARLEY

--- SCUFFLE [175:145] ---
SCUFFLE

--- HOBNOB [036] ---
HOBNOB
- * WITH [037:038]

--- GRUMBLE [1620] ---
GRUMBLE
- * AT ^ + [1621]

--- CURTAIL [1910] ---
CURTAIL
- * CONVOY [1911]

--- UNSHACKLE [0660] ---
UNSHACKLE
- + * FROM $ [0661]
"""

# (h33e) a capital the user lists as a name of its country is the country as the user codes it
ACTOR_LINES = """
NORWAY [NOR]
+OSLO
"""

AGENT_LINES = """
GOVERNMENT [~GOV]
MEDIA [~MED]
POLICE [~COP]
TROOPS [~MIL]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("[032:033] on the block: the act", "Russia's president jaunted to China on Monday.", "RUSGOV", "032", "CHN"),
    ("[032:033] on the block: the target's act on the source", "Russia's president jaunted to China on Monday.", "CHN",
     "033", "RUSGOV"),
    ("[031:031]: the same act both ways", "Russia will parley with China next week.", "CHN", "031", "RUS"),
    ("[031:031]: ... each of coordinated targets", "Russia will parley with China and India next week.", "IND", "031",
     "RUS"),
    ("[175:145]: the second half of another root", "Russian police scuffled with Ukrainian protesters.", "UKRCVL", "145",
     "RUSCOP"),
    ("- * WITH [037:038]: a pattern line's pair", "Russia hobnobbed with China.", "CHN", "038", "RUS"),
    ("- * TOUR [0322]: the pattern line's act", "Russia jaunted a whirlwind tour of China.", "RUS", "0322", "CHN"),
    ("+ * FROM $: '+' is the subject as written, a passive verb's patient", "Ukrainian soldiers were unshackled from "
     "Russia.", "RUS", "0661", "UKRMIL"),
    ("- * CONVOY: an object pattern's target, the first actor after the verb in any phrase after it",
     "Russian troops curtailed their convoy towards villages near the border with Ukraine.", "RUSMIL", "1911", "UKR"),
    ("+ * FROM $: ... an active verb's doer", "Ukraine unshackled itself from Russia.", "RUS", "0661", "UKR"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("- * TOUR [0322]: a pattern line's own code has no second act", "Russia jaunted a whirlwind tour of China.",
     ("CHN", "033", "RUS")),
    ("HOBNOB [036]: a code with no pair has no second act", "Russia hobnobbed China.", ("CHN", "036", "RUS")),
    ("[032:033]: the second half is the target's act, not the source's", "Russia's president jaunted to China.",
     ("RUSGOV", "033", "CHN")),
    ("[032:033]: no second act without a target", "Russia's president jaunted on Monday.", ("---", "033", "RUSGOV")),
    ("- * CONVOY: no actor after the verb, no target", "Russian troops curtailed their convoy on Monday.",
     ("RUSMIL", "1911", "---")),
    ("+ * FROM $: the passive's patient is no source", "Ukrainian soldiers were unshackled from Russia.",
     ("UKRMIL", "0661", "RUS")),
]


@pytest.fixture(scope="module")
def verb_path(tmp_path_factory) -> Path:
    return write_verbs(tmp_path_factory, "h33e", VERBS)


@pytest.fixture(scope="module")
def pipeline(verb_path):
    from eventwire.pipeline import Pipeline

    return Pipeline(verb_files=[str(verb_path)])


@pytest.fixture(scope="module")
def agent_pipeline(verb_path, tmp_path_factory):
    from eventwire.pipeline import Pipeline

    folder = tmp_path_factory.mktemp("h33e_agents")
    agents, actors = folder / "h33e.agents.txt", folder / "h33e.actors.txt"
    agents.write_text(AGENT_LINES, encoding="utf-8")
    actors.write_text(ACTOR_LINES, encoding="utf-8")
    return Pipeline(verb_files=[str(verb_path)], actor_files=[str(actors), str(agents)])


# (what the row shows, sentence, source, code, target) with the agent dictionary
AGENT_SPEC = [
    ("a bare agent after one with a nationality shares it", "Danish media and government grumbled at Russia.",
     "DNKGOV", "1620", "RUS"),
    ("... the first keeps it", "Danish media and government grumbled at Russia.", "DNKMED", "1620", "RUS"),
    ("... with a determiner on the whole phrase", "The Russian troops and police grumbled at Ukraine.", "RUSCOP",
     "1620", "UKR"),
    ("AT ^ +: the next actor inside the skipped phrase", "Danish media grumbled at the council of Norway.", "DNKMED",
     "1621", "NOR"),
]

AGENT_SPEC.append(("a capital the user lists as the country's name is the country", "Oslo grumbled at Russia.", "NOR",
                   "1620", "RUS"))

AGENT_ABSENT = [
    ("... not our reading of a capital as its government", "Oslo grumbled at Russia.", ("NORGOV", "1620", "RUS")),
    ("an agent with a determiner of its own names no country", "Danish media and the government grumbled at Russia.",
     ("DNKGOV", "1620", "RUS")),
    ("an agent with a nationality of its own keeps it", "Danish media and Swedish government grumbled at Russia.",
     ("DNKGOV", "1620", "RUS")),
    ("AT ^ +: the skipped noun is no target", "Danish media grumbled at the council of Norway.",
     ("DNKMED", "1620", "NOR")),
]


@pytest.mark.parametrize("line,sentence,source,code,target", AGENT_SPEC, ids=[r[0] for r in AGENT_SPEC])
def test_agent_spec(agent_pipeline, line, sentence, source, code, target):
    got = user_codes(agent_pipeline, sentence, null="---")
    assert has_event(got, source, code, target), got


@pytest.mark.parametrize("line,sentence,triple", AGENT_ABSENT, ids=[r[0] for r in AGENT_ABSENT])
def test_agent_absent(agent_pipeline, line, sentence, triple):
    got = user_codes(agent_pipeline, sentence, null="---")
    assert not has_event(got, *triple), got


@pytest.mark.parametrize("line,sentence,source,code,target", SPEC, ids=[r[0] for r in SPEC])
def test_spec(pipeline, line, sentence, source, code, target):
    got = user_codes(pipeline, sentence, null="---")
    assert has_event(got, source, code, target), got


@pytest.mark.parametrize("line,sentence,triple", ABSENT, ids=[r[0] for r in ABSENT])
def test_absent(pipeline, line, sentence, triple):
    got = user_codes(pipeline, sentence, null="---")
    assert not has_event(got, *triple), got


def test_reader(verb_path):
    pats = read_verb_dictionary(verb_path)
    assert pats.counts["code pairs [a:b] (the target's act b coded too)"] == 4
    (at,) = [p for p in pats if p.code == "1621"]
    assert at.target[0] == "prep:at.prep:of" and "prep:at" not in at.target
    by_code = {p.code: p.reverse_code for p in pats}
    assert by_code["032"] == "033" and by_code["031"] == "031" and by_code["037"] == "038"
    assert by_code["0322"] is None and by_code["036"] is None


def test_hyphenated_name_forms():
    # (h33e) news writes a name's part after a hyphen in lower case too ("freed from Barad-dur")
    assert "Barad-dur" in surface_forms("BARAD-DUR") and "Barad-Dur" in surface_forms("BARAD-DUR")
    assert "Ukraine" in surface_forms("UKRAINE") and len(surface_forms("UKRAINE")) == len(set(surface_forms("UKRAINE")))
