"""Acts analysts code that were missed (session 24, h24j): captives rescued by forces after their abduction was told are
force against the abductors (path `abductor`, modality.yaml `abductor`); concern told in the passive ("said it was deeply
alarmed by ...") is disapproval of who did what alarms the speaker (news.yaml n.concerned_by.110, path `stated_self`);
a rejected criticism or concern answers that disapproval (modality.yaml `answered_act_nouns`); force reported of the
other side of one's own country's civil conflict is an accusation (modality.yaml `reported_wrong.civil_sides`); a general
strike is aimed at the strikers' government whatever was told before (core.yaml n.general_strike.143, path
`own_government`). SPEC rows failed before;
ABSENT rows are look-alikes the rules must not reach."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Boko Haram fighters abducted 40 pupils from a school in Borno State on Friday. On Sunday Nigerian troops rescued "
     "the pupils in a forest near the border, the army said.", "NGAMIL", "190", "NGAREBBKH", "happened"),
    ("Islamic State militants kidnapped 12 aid workers in northern Mali last month. Malian soldiers liberated the "
     "hostages on Tuesday.", "MLIMIL", "190", "IMGREBISL", "happened"),
    ("Germany said it was deeply alarmed by Russia's arrest of the journalist.", "DEU", "110", "RUS", "happened"),
    ("The United Nations was shocked by the killing of aid workers in Gaza by Israeli forces.",
     "IGOUNO", "110", "ISRMIL", "happened"),
    ("Russia detained a French researcher in Moscow. France said it was deeply troubled by the detention. The Kremlin "
     "rejected the criticism.", "RUSGOV", "120", "FRA", "happened"),
    ("Russia detained a French researcher in Moscow. France voiced concern over the detention. The Kremlin dismissed "
     "the concerns.", "RUSGOV", "120", "FRA", "happened"),
    ("Myanmar's junta said Arakan Army rebels had attacked a police post in Rakhine State.",
     "MMRMIL", "112", "MMRREBAA", "happened"),
    ("The Colombian army said ELN guerrillas had killed three soldiers in Arauca.", "COLMIL", "112", "COLREBELN",
     "happened"),
    ("Brazilian police fired rubber bullets at protesting teachers in Sao Paulo. The teachers' union, which called a "
     "general strike for Friday, said wages had fallen.", "BRALAB", "143", "BRAGOV", "happened"),
]

ABSENT = [
    # people rescued with no captivity told: aid, no force
    ("Turkish rescue workers rescued dozens of people from the rubble after the earthquake.", ("TURAID", "190", None)),
    # captives a state body took are not rescued from it by force
    ("The Nigerian army detained 20 students in Kano on Friday. Nigerian police rescued the students on Sunday.",
     ("NGACOP", "190", "NGAMIL")),
    # hostages freed by their captors: no rescue
    ("Islamic State militants kidnapped 12 aid workers in northern Mali last month. The militants freed the hostages "
     "on Tuesday.", ("IMGREBISL", "190", "IMGREBISL")),
    # an active "concern" is no disapproval
    ("Russia's arrest of the journalist concerned Germany.", ("DEU", "110", "RUS")),
    # force one's own side is told to have used accuses no one
    ("Colombian President Gustavo Petro said the army had killed ELN commanders in Arauca.", ("COLGOV", "112", "COLMIL")),
    ("The Nigerian police said officers had shot two robbers in Lagos.", ("NGACOP", "112", "NGACOP")),
    # a general strike against a named target keeps it
    ("Colombian unions called a nationwide strike against the free trade agreement with the United States.",
     ("COLLAB", "143", "COLGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_missed_acts_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_missed_acts_absent(sentence, triple):
    check_absent(sentence, triple)
