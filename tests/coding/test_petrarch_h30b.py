"""h30b: fidelity of the PETRARCH actor and agent import (``Pipeline(actor_files=...)``).

Spec rows are (dictionary lines, sentence, mention → expected actor code): the lines are written to
a small actor and agent file of their own, loaded on top of eventwire's dictionaries as a user
would. PETRARCH's conventions (its documentation and reader): name lines with no code between them
name one actor and share the codes that follow; an agent's code follows the actor's ("~GOVMIL");
an agent no actor owns is the null actor "---" with the agent's code; agent phrases of several
words match whole. ABSENT rows guard the default pipeline, which has none of this."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from eventwire.coding.kb import KnowledgeBase
from eventwire.coding.petrarch import add_petrarch_dictionary, read_actor_records, read_agents, surface_forms
from petrarch_checks import mention_codes, write_dictionaries

ACTOR_LINES = """
# two name lines and then the codes: both names are one actor (PETRARCH's reader)
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
JOSIPOVIC_
\t[HRVGOV >20100219]
\t[HRVELI]
ZARKO_BRELIC_  # a name whose only code line is unreadable: no code, and the next name is not his
\t[SRBGOV 20121204]
MILAN_ANTIC_
\t[SRBGOV 20100101-20141231]
AL-SHABAAB\t[SOMREB]
+HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN
"""

AGENT_LINES = """
!PERSON! = MAN, MEN
NATIONAL_SECURITY_ADVISER [~GOVMIL]
NATIONAL_SECURITY_ADVISOR [~GOVMIL]
GOVERNMENT [~GOV]
INSURGENT [~REB]
PEACEKEEPING_TROOPS {} [IGO~]
ISLAMIC_EXTREMIST
CHIEF EXECUTIVE [~GOV]
"""


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory) -> list[str]:
    return write_dictionaries(tmp_path_factory, "h30b", ACTOR_LINES, AGENT_LINES)


@pytest.fixture(scope="module")
def pipeline(dictionaries):
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=dictionaries)


def _codes(pipeline, sentence: str, published: str = "2014-09-01") -> tuple[dict[str, set], set]:
    return mention_codes(pipeline, sentence, published)


# (sentence, mention, expected code of that mention)
SPEC = [
    # names with no code between them share the codes after the last one
    ("President Josipovic met the delegation on Tuesday.", "President Josipovic", "HRVGOV"),
    ("Ivo Josipovic met the delegation on Tuesday.", "Ivo Josipovic", "HRVGOV"),
    # an agent phrase of three words, its stacked code after the actor's
    ("Iraq's national security advisor met with Syrian President Bashar Assad on Tuesday.",
     "Iraq's national security advisor", "IRQGOVMIL"),
    ("The Iraqi national security adviser met the Syrian president.", "Iraqi national security adviser", "IRQGOVMIL"),
    # an agent no actor owns: the null actor with the agent's code
    ("The government expressed appreciation for China's assistance.", "government", "---GOV"),
    ("Insurgents bombarded the town overnight.", "Insurgents", "---REB"),
    # the Arabic article written in lower case, as news writes it (PETRARCH matches case-blind)
    ("The Somali militant group al-Shabaab claimed the attack.", "al-Shabaab", "SOMREB"),
]

# look-alike guards: (sentence, mention, a code it must not have)
ABSENT = [
    # an agent an actor owns keeps the actor: no null actor
    ("The Iraqi government expressed appreciation for China's assistance.", "Iraqi government", "---GOV"),
    # two words of the three-word phrase are no phrase
    ("Iraq's security advisor met the Syrian president.", "Iraq's security advisor", "IRQGOVMIL"),
]


@pytest.mark.parametrize("sentence,mention,code", SPEC)
def test_spec(pipeline, sentence, mention, code):
    mentions, _ = _codes(pipeline, sentence)
    assert code in mentions.get(mention, set()), mentions


@pytest.mark.parametrize("sentence,mention,code", ABSENT)
def test_absent(pipeline, sentence, mention, code):
    mentions, _ = _codes(pipeline, sentence)
    assert code not in mentions.get(mention, set()), mentions


def test_null_actor_event(pipeline):
    _, events = _codes(pipeline, "The government expressed appreciation for China's assistance.")
    assert any(src == "---GOV" and tgt == "CHN" for src, _c, tgt in events), events


def test_default_pipeline_has_no_null_actor():
    """eventwire's own dictionaries: an agent no actor owns stays uncoded (the default is unchanged)."""
    import eventwire

    art = eventwire.extract("The government expressed appreciation for China's assistance.", published="2014-09-01")
    assert not any((a.code or "").startswith("---") for a in art.actors)


# -- the reader and its counts ------------------------------------------------------------------------
def test_consecutive_names_share_codes(dictionaries):
    counts: Counter = Counter()
    recs = {r.name: r for r in read_actor_records(dictionaries[0], counts)}
    jos = recs["IVO_JOSIPOVIC_"]
    assert jos.aliases == ["PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_"]
    assert [r.code for r in jos.codes] == ["HRVGOV", "HRVELI"]
    assert counts["names read with the next name's codes (name lines with no code between)"] == 2
    # a code line, even an unreadable one, ends the name: the next name is another actor
    assert recs["ZARKO_BRELIC_"].codes == [] and "MILAN_ANTIC_" in recs
    assert recs["MILAN_ANTIC_"].codes[0].start == dt.date(2010, 1, 1)


def test_skipped_lines_say_why(dictionaries):
    kb = KnowledgeBase()
    actors = add_petrarch_dictionary(kb, dictionaries[0])
    assert actors["skipped code lines: a date with no <, > or - (PETRARCH cannot read it either)"] == 1
    assert actors["skipped names: no usable code"] == 1
    agents = add_petrarch_dictionary(kb, dictionaries[1])
    assert agents["skipped agent lines: prefix codes CODE~ (go before the actor code)"] == 1
    assert agents["skipped agent lines: no [code] (PETRARCH requires one)"] == 1
    assert agents["agents with a blank between words (read as consecutive words)"] == 1
    assert agents["agent phrases of 3+ words (matched whole at a noun phrase's end)"] == 4  # with plurals
    assert kb.null_actor_agents and "national security advisor" in kb.agent_phrases
    assert "prefix" in kb.sources["petrarch:h30b.agents.txt"]


def test_bad_date_lengths_are_counted(tmp_path):
    f = tmp_path / "dates.actors.txt"
    f.write_text("DAVID_CAMERON_\n\t[GBRGOV >201005011]\nX_Y_\n\t[IRQOCC 1920030320-20060520]\n", encoding="utf-8")
    counts: Counter = Counter()
    read_actor_records(f, counts)
    assert counts["skipped code lines: a date of the wrong length (yymmdd or yyyymmdd)"] == 2
    assert counts["bad code lines"] == 0


def test_stacked_agent_codes_are_kept_whole(dictionaries):
    words = read_agents(dictionaries[1])
    assert words["national security advisor"] == "GOVMIL"
    assert words["national security advisors"] == "GOVMIL"
    assert "peacekeeping troops" not in words  # IGO~ goes before the actor code: skipped


def test_arabic_article_surface_form():
    assert "al-Shabaab" in surface_forms("AL-SHABAAB")
    assert surface_forms("ALGERIA_") == ["Algeria", "ALGERIA"]  # no article, no extra form
