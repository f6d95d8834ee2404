"""h31e: wrong events on new wire copy (precision). A clausal complement with "should" is an appeal to its subject
(x.say_should.020), not a bare statement about it; a prediction's complement is an opinion about the future, no plan
(modality.yaml `prediction_verbs`), so it names no act a later "the criticism" answers; an act only asked for ("urged
Iran to stop attacking Israel") is no author of "the attack" told after it (discourse.py `_asked`); a ruling called
null, void or invalid is dismissed (x.call_void.120: ANNOTATION.md, dismissing a ruling is REJECT); forces described
by a participle ("soldiers stationed in Niger") are not deployed (n.forces_deployed.154 `trigger_deps_not`); who flies
someone somewhere makes no visit (travel_to.042 `forbid_dep`). SPEC rows must be coded, ABSENT rows must not; new rows
failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

COURT = "Venezuela's Supreme Court certified Nicolas Maduro as the winner on Thursday. "

SPEC = [
    # "said Y should V": an appeal to Y (x.say_should.020)
    ("The EU said Serbia should immediately recognise Kosovo's documents.", "IGOEUREEC", "020", "SRB", "happened"),
    ("Germany's chancellor said Russia should withdraw its troops from Ukraine.", "DEUGOV", "020", "RUS", "happened"),
    ("China said Japan should stop the discharge of treated water.", "CHN", "020", "JPN", "happened"),
    # guard: "must" stays the demand (x.say_must.100)
    ("The EU said Kosovo must launch the process.", "IGOEUREEC", "100", "XKX", "happened"),
    # a criticism answered after a prediction: the critic's, not the predicted act's subject
    ("Vance accused Denmark of neglecting the security of Greenland. He predicted that Greenlanders would seek "
     "independence from Denmark. Denmark's foreign minister rebuffed the criticism on Friday.", "DNKGOV", "120", "USAGOV",
     "happened"),
    # the attack condemned is the one told, not the one an appeal asks to stop
    ("Israeli warplanes struck military targets in Iran on Saturday. A White House spokesman urged Iran to stop "
     "attacking Israel. Saudi Arabia condemned the attack.", "SAU", "111", "ISRMIL", "happened"),
    ("Russian forces struck Kharkiv on Monday. Britain called on Ukraine to stop attacking Russian refineries. France "
     "condemned the attack.", "FRA", "111", "RUSMIL", "happened"),
    # guard: an attack told and condemned
    ("Russia attacked Kyiv on Monday. Germany condemned the attack.", "DEU", "111", "RUS", "happened"),
    # a ruling called null or invalid is rejected
    (COURT + "Opposition candidate Edmundo Gonzalez called its decision \"null.\"", "VENOPP", "120", "VENJUD", "happened"),
    (COURT + "The opposition called the court's ruling invalid.", "VENOPP", "120", "VENJUD", "happened"),
    # guard: one called illegitimate stays criticised
    (COURT + "The opposition called the court's ruling illegitimate.", "VENOPP", "111", "VENJUD", "happened"),
    # guards: forces deployed in the passive, a trip flown, a delegation headed
    ("Ethiopian troops were deployed near the Eritrean border.", "ETHMIL", "154", "ERI", "happened"),
    ("Russian tanks were massed near the Ukrainian border.", "RUS", "154", "UKR", "happened"),
    ("Macron flew to Beijing on Monday.", "FRAGOV", "042", "CHN", "happened"),
    ("Xi Jinping headed a delegation to Moscow.", "CHNGOV", "042", "RUS", "happened"),
    ("Xi Jinping headed a delegation to Moscow.", "RUS", "043", "CHNGOV", "happened"),
    # guard: one's own threat stays a threat
    ("Russia said it would attack Ukraine.", "RUS", "138", "UKR", "happened"),
]

ABSENT = [
    # a statement about Y with "should" is no bare statement (010) any more
    ("China said Japan should stop the discharge of treated water.", ("CHN", "010", "JPN")),
    # predictions: no plan of the predicted act's subject
    ("Vance predicted that Greenlanders would seek independence from Denmark.", ("GRL", "1043", "DNK")),
    ("Analysts predicted that Russia would attack Ukraine in the spring.", ("RUS", "190", "UKR")),
    ("The minister forecast that China would impose sanctions on Japan.", ("CHN", "163", "JPN")),
    ("Vance accused Denmark of neglecting the security of Greenland. He predicted that Greenlanders would seek "
     "independence from Denmark. Denmark's foreign minister rebuffed the criticism on Friday.", ("DNKGOV", "120", "GRL")),
    # the appeal's speaker attacked no one
    ("Israeli warplanes struck military targets in Iran on Saturday. A White House spokesman urged Iran to stop "
     "attacking Israel. Saudi Arabia condemned the attack.", ("SAU", "111", "USAGOV")),
    ("Russian forces struck Kharkiv on Monday. Britain called on Ukraine to stop attacking Russian refineries. France "
     "condemned the attack.", ("FRA", "111", "GBR")),
    # a ruling called null is no name called
    (COURT + "Opposition candidate Edmundo Gonzalez called its decision \"null.\"", ("VENOPP", "111", "VENJUD")),
    # forces where they are stationed are not deployed there
    ("The roughly 1,500 French soldiers stationed in Niger will leave by the end of the year.", ("FRAMIL", "154", "NER")),
    # who is flown somewhere travels, not the carrier
    ("Nicaragua released 12 priests and flew them to Rome.", ("NIC", "042", "ITA")),
    ("Nicaragua released 12 priests and flew them to Rome.", ("ITA", "043", "NIC")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h31e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h31e_absent(sentence, triple):
    check_absent(sentence, triple)
