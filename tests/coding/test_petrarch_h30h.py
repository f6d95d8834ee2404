"""h30h: real news coded with PETRARCH-2's own dictionaries (``Pipeline(actor_files=[...])``), the import classes
the GSR records showed (bench/peers.py ``gsr_petrdict``).

* a word or phrase the user's agent dictionary names is an agent, as PETRARCH reads it, not one of eventwire's own
  entries bearing that surface ("Congress" is our seat of the United States; with ``CONGRESS [~LEG]`` it is
  ---LEG); a name the user's actor dictionaries give keeps its code;
* the first agent dictionary a user brings sets eventwire's own sector words aside: PETRARCH codes agents from
  its agent dictionary alone ("Filipino peacekeepers" are PHL, "the US leader" USA with Phoenix.agents.txt, which
  has neither PEACEKEEPER nor LEADER);
* with a user's agent dictionary, an agent with no country in its own noun phrase is the null actor: no country
  is inferred from the rest of the sentence; a country in the agent's own prepositional phrase is its actor ("a
  court in Guyana"), shared by a coordination ("lawmakers and officials in Ukraine");
* an actor record whose dated codes end in a state's code open to today ("UKRAINE_ [USRUKR <910824] ... [UKR
  >911221]") is that country, not a person.

The lines are written to a small actor and agent file, loaded on top of eventwire's dictionaries as a user
would. ABSENT rows are look-alike guards; the default pipeline keeps its own readings."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.coding.kb import KnowledgeBase, load_kb
from eventwire.coding.petrarch import add_petrarch_dictionary
from petrarch_checks import mention_codes, write_dictionaries

ACTOR_LINES = """
UNITED_STATES_CONGRESS_
+US_CONGRESS_
\t[USAGOVLEG]
UKRAINE_
+UKRAINIAN_
\t[USRUKR <910824]
\t[UKRUNR 910824-911221]
\t[UKR >911221]
HOBBITON_ [HOB]
HAMFAST_GAMGEE_
\t[HOB]
\t[HOBGOV 20121109-20130119]
MILAN_ANTIC_
\t[SRBGOV >20100101]
"""

AGENT_LINES = """
CONGRESS [~LEG]
GOVERNMENT [~GOV]
INSURGENT [~REB]
CIVILIAN [~CVL]
COURT [~JUD]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
"""


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory) -> list[str]:
    return write_dictionaries(tmp_path_factory, "h30h", ACTOR_LINES, AGENT_LINES)


@pytest.fixture(scope="module")
def pipeline(dictionaries):
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=dictionaries)


def _codes(pipeline, sentence: str, published: str = "2015-03-01") -> tuple[dict[str, set], set]:
    return mention_codes(pipeline, sentence, published)


# (sentence, mention, expected code of that mention)
SPEC = [
    # the user's agent takes our seat name: PETRARCH's null actor with the agent's code
    ("Congress is asking Obama to help Iran.", "Congress", "---LEG"),
    ("Obama faces pressure from Congress to help Iran.", "Congress", "---LEG"),
    # a name the user's actor dictionary gives keeps its code
    ("The US Congress approved the budget on Tuesday.", "The US Congress", "USAGOVLEG"),
    # no country from elsewhere in the sentence: the null actor
    ("Insurgents bombarded a government-held part of Syria's second city Aleppo overnight.", "Insurgents", "---REB"),
    ("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.", "civilians",
     "---CVL"),
    # a country in the agent's own phrase is its actor, and a coordination shares it
    ("A court in Guyana has issued arrest warrants for two Brazilian men.", "court", "GUYJUD"),
    ("Lawmakers and officials in Ukraine welcomed a resumption of diplomatic ties with Georgia.", "officials",
     "UKRGOV"),
    ("Lawmakers and officials in Ukraine welcomed a resumption of diplomatic ties with Georgia.", "Lawmakers", "UKRLEG"),
    # the user's agent dictionary codes agents alone: a word it lacks is no agent (ours set aside)
    ("Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday.", "Filipino peacekeepers", "PHL"),
    ("The US leader prepared to attend the Beijing Olympics.", "US leader", "USA"),
    # a state whose code changed over time is that country
    ("Ukraine signed an agreement with Poland on Tuesday.", "Ukraine", "UKR"),
]

# look-alike guards: (sentence, mention, a code it must not have)
ABSENT = [
    ("Insurgents bombarded a government-held part of Syria's second city Aleppo overnight.", "Insurgents", "SYRREB"),
    ("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.", "civilians",
     "RUSCVL"),
    ("The US Congress approved the budget on Tuesday.", "The US Congress", "---LEG"),
    ("Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday.", "Filipino peacekeepers", "PHLMIL"),
    ("The US leader prepared to attend the Beijing Olympics.", "US leader", "USAGOV"),
]


@pytest.mark.parametrize("sentence,mention,code", SPEC)
def test_spec(pipeline, sentence, mention, code):
    mentions, _ = _codes(pipeline, sentence)
    assert code in mentions.get(mention, set()), mentions


@pytest.mark.parametrize("sentence,mention,code", ABSENT)
def test_absent(pipeline, sentence, mention, code):
    mentions, _ = _codes(pipeline, sentence)
    assert code not in mentions.get(mention, set()), mentions


def test_congress_event_is_the_null_actor(pipeline):
    _, events = _codes(pipeline, "Congress is asking Obama to help Iran.")
    assert any(src == "---LEG" and tgt == "USAGOV" for src, _c, tgt in events), events


def test_default_pipeline_keeps_our_readings():
    """eventwire's own dictionaries: Congress is the United States', an agent takes its sentence's country."""
    import eventwire

    art = eventwire.extract("Congress is asking Obama to help Iran.", published="2015-03-01")
    assert any(a.code == "USALEG" for a in art.actors), [(a.name, a.code) for a in art.actors]
    assert not any((a.code or "").startswith("---") for a in art.actors)
    art = eventwire.extract("Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday.", published="2015-03-01")
    assert any(a.code == "PHLMIL" for a in art.actors), [(a.name, a.code) for a in art.actors]


def test_agents_take_only_our_surfaces(dictionaries):
    kb = load_kb(tuple(dictionaries))
    assert "Congress" not in kb.surfaces  # our seat of the United States: the user's agent
    assert [s.entry_id for s in kb.surfaces["US Congress"]][0].startswith("organisation:USAGOVLEG")
    assert "congress" in kb.sector_words
    counts = kb.sources["petrarch:h30h.agents.txt"]
    assert "our surfaces the user's agents take (coded as agents, as PETRARCH does) 1" in counts


def test_dated_state_records_join_our_country(dictionaries):
    kb = load_kb(tuple(dictionaries))
    for text in ("Ukraine", "Ukrainian"):
        kinds = {kb.entries[s.entry_id].kind for s in kb.surfaces[text]}
        assert kinds == {"country"}, (text, kinds)
    assert "dated place records joined to our country entry (its current code) 1" in \
        kb.sources["petrarch:h30h.actors.txt"]
    # a person whose undated default is a (user's) country code, and one with an open-ended office, stay people
    ham = next(kb.entries[s.entry_id] for s in kb.surfaces["Hamfast Gamgee"])
    assert ham.kind == "person" and ham.code_on(__import__("datetime").date(2012, 12, 1)) == "HOBGOV"
    assert next(kb.entries[s.entry_id] for s in kb.surfaces["Milan Antic"]).kind == "person"


def test_counts_on_a_bare_kb(dictionaries):
    kb = KnowledgeBase()
    kb.sector_words = {"peacekeeper": "MIL"}
    kb.generic_head_defaults = {"leader": "GOV"}
    counts: Counter = add_petrarch_dictionary(kb, dictionaries[1])
    assert counts["our surfaces the user's agents take (coded as agents, as PETRARCH does)"] == 0
    assert counts["our sector words set aside (the user's agent dictionary codes agents)"] == 2
    assert "peacekeeper" not in kb.sector_words and kb.sector_words["court"] == "JUD"
    assert kb.generic_head_defaults == {}
    # a second agent dictionary adds to the first
    again: Counter = add_petrarch_dictionary(kb, dictionaries[1])
    assert again["our sector words set aside (the user's agent dictionary codes agents)"] == 0
    assert kb.sector_words["court"] == "JUD"
