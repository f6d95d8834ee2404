"""h33j: an appeal, call, request or plea made, issued or renewed to someone with an infinitive after the addressee
("Germany made an appeal to India to reconsider its decision") is the appeal its infinitive makes it, as the verb form
"appealed to India to reconsider" (news.yaml n.n.appeal_to_*, whose complement lists mirror extended.yaml x.urge_*;
events.py `_noun_infinitives`: the infinitive on the noun, or on the governing verb where the small parser hangs it).
SPEC rows must be coded (each failed before the rule, coded at the bare 020 or not at all); ABSENT rows must not:
an appeal with no infinitive keeps its bare reading, and a noun governed by no verb of making is not read."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, coded

SPEC = [
    # the infinitive on the noun (acl) or on the governing verb (advcl), by the small parser's choice
    ("Germany made an appeal to India to reconsider its decision.", "DEU", "0242", "IND", "happened"),
    ("Japan made an appeal to China to reconsider its ban on seafood imports.", "JPN", "0242", "CHN", "happened"),
    ("France made a request to the United States to lift the sanctions.", "FRA", "0254", "USA", "happened"),
    ("Brazil issued an appeal to Venezuela to free the jailed opposition leaders.", "BRA", "0253", "VEN", "happened"),
    ("Qatar renewed its appeal to Hamas to release the hostages.", "QAT", "0253", "PSEREBHMS", "happened"),
    ("Pakistan renewed its appeal to India to resume talks.", "PAK", "026", "IND", "happened"),
    ("Norway made a request to Sudan to accept mediation by the African Union.", "NOR", "028", "SDN", "happened"),
    # a "for" clause: whom the call asks to act is its target
    ("Turkey issued a call for Russia and Ukraine to return to the negotiating table.", "TUR", "026", "RUS", "happened"),
    ("Turkey issued a call for Russia and Ukraine to return to the negotiating table.", "TUR", "026", "UKR", "happened"),
    # guard: with no infinitive the appeal keeps its bare reading
    ("Germany made an appeal to India on Monday.", "DEU", "020", "IND", "happened"),
]

# no infinitive: no appeal of a kind, only the bare one (or none)
BARE = [
    "Germany made an appeal to India on Monday.",
    "Iran made an appeal to the court on Monday.",
    "Kenya made a request to the World Bank on Friday.",
]

ABSENT = [
    # an appeal rejected is no appeal made by the rejecter (its own 12x reading stands)
    ("India rejected Pakistan's appeal to resume talks.", "IND", "026", "PAK"),
    ("India rejected Pakistan's appeal to resume talks.", "PAK", "026", "IND"),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[f"{r[2]}:{r[0][:40]}" for r in SPEC])
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence", BARE)
def test_no_infinitive_keeps_bare_appeal(sentence):
    got = coded(sentence)
    assert all(code == "020" for _, code, _ in got if code.startswith("02")), sorted(got)


@pytest.mark.parametrize("sentence,source,code,target", ABSENT, ids=[f"{r[2]}:{r[0][:40]}" for r in ABSENT])
def test_absent(sentence, source, code, target):
    check_absent(sentence, (source, code, target))


# "insisted that Y do Z": a clause in the subjunctive (a bare VB, or a VBP that does not agree with its singular noun
# subject) asks for an act and is a demand (events.py `_asserted_clause`, the 01 reading gives way: "demand_clause");
# a clause in the indicative asserts a fact and is no demand. "insisted on" a withdrawal, release or resignation is
# that demand (extended.yaml x.insist_on_*)
INSIST = [
    ("China insisted that Japan correct its mistakes.", "CHN", "100", "JPN", "happened"),
    ("Poland insisted that Germany share the costs of the border fence.", "POL", "100", "DEU", "happened"),
    ("Iran insisted that the United States lift all sanctions before any talks.", "IRN", "1054", "USA", "happened"),
    ("Russia insisted on Ukraine's withdrawal from the four regions.", "RUS", "1056", "UKR", "happened"),
    ("China insisted on the release of its fishermen by Japan.", "CHN", "1053", "JPN", "happened"),
    ("The opposition insisted on the resignation of Prime Minister Ishiba.", "JPNOPP", "1041", "JPNGOV", "happened"),
]

# indicative clauses: no demand of any kind
NO_DEMAND = [
    "China insisted that it had done nothing wrong.",
    "Iran insisted that its nuclear programme is peaceful.",
    "Hungary insisted that the EU had no right to interfere.",
    "Serbia insisted that Kosovo's government respects the agreement.",
    "Armenia insisted the route will remain under Armenian law.",
]


@pytest.mark.parametrize("sentence,source,code,target,mode", INSIST, ids=[f"{r[2]}:{r[0][:40]}" for r in INSIST])
def test_insist_demand(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence", NO_DEMAND)
def test_insist_fact_is_no_demand(sentence):
    got = coded(sentence)
    assert not [e for e in got if e[1].startswith("10")], sorted(got)
