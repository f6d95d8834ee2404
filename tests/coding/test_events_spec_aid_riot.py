"""Event coder rules for protest violence, arms purchases and shipments, and aid flown in (h25e, session 25): spec table
of sentence → expected (source, code, target, mode). Every SPEC row failed before its fix; ABSENT rows are look-alikes
the new rules must not reach; KEPT rows held before and must still hold."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, coded

SPEC = [
    # protesters who set fire to, set on fire or torch a place riot (145: x.set_fire_riot.145, x.set_on_fire_riot.145,
    # x.torch_riot.145), not destroy property as a force does (1712)
    ("Congolese demonstrators set fire to the entrance of the French embassy.", "CODCVL", "145", "FRAGOV", "happened"),
    ("Kenyan protesters set part of the parliament complex on fire.", "KENCVL", "145", "KENLEG", "happened"),
    ("Kenyan protesters torched the parliament building.", "KENCVL", "145", "KENLEG", "happened"),
    # fireworks thrown (x.throw_stones.145) and police lines broken through (x.break_through_lines.145): the lines are
    # the police's (coref.yaml installation_heads)
    ("Georgian protesters threw fireworks at police lines on Sunday night.", "GEOCVL", "145", "GEOCOP", "happened"),
    ("Kenyan demonstrators broke through police lines on Tuesday.", "KENCVL", "145", "KENCOP", "happened"),
    # protests told breaking out by their noun are by the people last told protesting, else by the civilians of the
    # country they are told in (n.protests_erupted.141, n.protests_broke_out.141, path protesters), aimed at their own
    # government (modality.yaml context_targets.dissent)
    ("Georgian riot police used tear gas to disperse thousands of pro-European protesters outside parliament in Tbilisi. "
     "The demonstrations erupted on Thursday after the prime minister suspended talks on joining the European Union.",
     "GEOCVL", "141", "GEOGOV", "happened"),
    ("Protests erupted across Serbia on Friday.", "SRBCVL", "141", "SRBGOV", "happened"),
    ("Protests broke out in Tbilisi after the vote.", "GEOCVL", "141", "GEOGOV", "happened"),
    # weapons bought from a party are its military aid to the buyer (n.buy_arms_from.072), an arms contract signed with
    # a seller too (sign_arms_contract.057 and its converse, modality.yaml converse_acts)
    ("Poland bought 180 K2 tanks from South Korea in 2022.", "KOR", "072", "POL", "happened"),
    ("Poland signed a $6.5 billion contract with South Korea's Hyundai Rotem on Friday for 180 K2 battle tanks.",
     "KOR", "072", "POL", "happened"),
    # arms shipments resumed (n.resume_arms_shipments.072, n.resume_weapons_shipments.072)
    ("Trump said Washington would resume shipments of defensive weapons to Kyiv.", "USAGOV", "072", "UKR", "planned"),
    ("The United States resumed weapons shipments to Israel.", "USA", "072", "ISR", "happened"),
    # relief flown in goes where the disaster struck (n.fly_in_aid.073), no trip (travel_to.042)
    ("An earthquake struck Myanmar on Friday. India flew in field hospitals and relief supplies on military aircraft.",
     "IND", "073", "MMR", "happened"),
    # a plane chartered for someone is aid to them (n.charter_plane_for.070)
    ("Guinea-Bissau's President Umaro Sissoco Embalo was allowed to leave for Senegal on Thursday, according to the "
     "Senegalese foreign ministry, which said it had chartered a plane for him.", "SENGOV", "070", "GNBGOV", "happened"),
]

ABSENT = [
    # settlers, troops or fans are no protesters: no riot
    ("Israeli settlers set Palestinian homes on fire in the West Bank.", ("ISRCVL", "145", "PSE")),
    ("Israeli settlers set fire to Palestinian homes in the West Bank.", ("ISRCVL", "145", "PSE")),
    ("Ukrainian troops broke through Russian lines near Robotyne.", ("UKRMIL", "145", "RUSMIL")),
    # airliners bought from a maker, oil from a company, a trade agreement: no military aid
    ("China bought 100 jets from Airbus.", ("FRABUS", "072", "CHN")),
    ("India bought Russian oil from Rosneft.", ("RUSBUS", "072", "IND")),
    ("Poland signed a trade agreement with South Korea.", ("KOR", "072", "POL")),
    # fighting breaking out is no protest
    ("Fighting erupted in Khartoum on Saturday.", ("SDNCVL", "141", "SDNGOV")),
    # a minister flying in brings no aid
    ("An earthquake struck Myanmar on Friday. The Thai minister flew in from Bangkok on Monday.", ("THAGOV", "073", "MMR")),
]

KEPT = [
    ("Israeli settlers set fire to Palestinian homes in the West Bank.", "ISRCVL", "1712", "PSE", "happened"),
    ("Poland signed a trade agreement with South Korea.", "POL", "057", "KOR", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC + KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in SPEC + KEPT])
def test_aid_riot_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in ABSENT])
def test_aid_riot_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    # a pitch stormed by fans is no political act
    "English fans stormed the pitch after the final whistle.",
    # aid trucks counted with no sender named: no sender guessed (the reporting UN is no sender)
    "Hundreds of aid trucks entered Gaza on Sunday, the United Nations said.",
])
def test_aid_riot_no_event(sentence):
    assert not coded(sentence), coded(sentence)
