"""h27k: accusations and verdicts told through reported speech. An act of subversion a statement reports of an actor of
another country is the speaker's accusation of it (n.say_actor_subversion.112, also through a verb of aiming:
modality.yaml `verdict_aim_verbs`); a verdict on words with no author named is aimed at whom it was told to (path
`ccomp.subj.addressee`, modality.yaml `verdict_speech_nouns`); between one country's state and its opposition or an
armed body the accusation stands (`foreign_target_civil_sides`); an act called the prelude or pretext of an invasion or
war is judged (n.say_verdict.111); a reporter's account of force is no accusation (modality.yaml reported_wrong
`reporter_sectors`). SPEC rows must be coded, ABSENT rows must not; new rows
failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Russian envoy Mikhail Ulyanov called the resolution counterproductive and said Western countries were "
     "deliberately sabotaging diplomacy.", "RUSGOV", "112", "WST", "happened"),
    ("China said the United States was meddling in its internal affairs.", "CHN", "112", "USA", "happened"),
    ("Iran said Washington was undermining regional stability.", "IRN", "112", "USAGOV", "happened"),
    ("Moldova's president said Russia was trying to destabilize the country.", "MDAGOV", "112", "RUS", "happened"),
    ("Russia said Ukraine had tried to sabotage the grain deal.", "RUS", "112", "UKR", "happened"),
    ("Iran's foreign minister told the French ambassador that such statements amounted to interference in Iran's "
     "internal affairs.", "IRNGOV", "111", "FRAGOV", "happened"),
    ("Foreign Minister Youssef Rajji told the Iranian envoy that such statements amounted to \"interference in "
     "Lebanon's internal affairs,\" the ministry said.", "LBNGOV", "111", "IRNGOV", "happened"),
    # the two sides of one country's civil conflict (modality.yaml foreign_target_civil_sides)
    ("Venezuela's government said the opposition was trying to seize power with foreign backing.", "VENGOV", "112",
     "VENOPP", "happened"),
    # an act called the prelude or pretext of aggression judges its author (n.say_verdict.111)
    ("Washington began deploying warships and thousands of personnel to the Caribbean last month. President Nicolas "
     "Maduro said the deployment was a prelude to an invasion aimed at seizing Venezuela's oil.", "VENGOV", "111", "USAGOV",
     "happened"),
    ("China said the US military drills were a pretext for war.", "CHN", "111", "USA", "happened"),
    # guard: a party's report of force on its side stays its accusation (reported_wrong)
    ("Iran said Israeli drones had struck a fuel depot.", "IRN", "112", "ISRMIL", "happened"),
    ("Iran's state news agency IRNA said Israeli drones had struck a fuel depot in Tehran.", "ISRMIL", "195", "IRN",
     "happened"),
    # guard: a verdict on an act with its author named stays the author's
    ("Peskov told reporters the British measures were illegal.", "RUSGOV", "111", "GBR", "happened"),
]

ABSENT = [
    # one's own side, a neutral report, a wire agency, reporters told, a verdict that is no wrong
    ("Kremlin spokesman Dmitry Peskov said Russian forces were undermining Ukrainian defences.", ("RUSGOV", "112", "RUSMIL")),
    ("Russia said the talks were held in Cairo.", ("RUS", "112", "EGY")),
    ("Reuters said Western countries were sabotaging the talks.", ("GBRMED", "112", "WST")),
    ("Kremlin spokesman Dmitry Peskov said Western countries had made great efforts to keep diplomacy going.",
     ("RUSGOV", "112", "WST")),
    ("The minister told the Iranian envoy that the talks were constructive.", (None, "111", "IRNGOV")),
    ("Venezuela's army said the police were trying to seize power.", ("VENMIL", "112", "VENCOP")),
    ("Venezuela said the talks were a prelude to a new agreement.", ("VEN", "111", None)),
    # a reporter (news agency, journalist) accuses no one by reporting force (reported_wrong `reporter_sectors`)
    ("Reuters said Israeli drones had struck a car.", ("GBRMED", "112", "ISRMIL")),
    ("Iran's state news agency IRNA said Israeli drones had struck a fuel depot in Tehran.", ("IRNMED", "112", "ISRMIL")),
    ("A Reuters reporter said Russian forces had shelled the town.", ("GBRMED", "112", "RUSMIL")),
    ("Russia's envoy told the UN Security Council that such statements were unacceptable.", ("RUSGOV", "111", "IGOUNOSC")),
    ("Britain's foreign secretary told the Iranian ambassador that Iran's statements were unacceptable.",
     ("GBRGOV", "111", "IRNGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h27k_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h27k_absent(sentence, triple):
    check_absent(sentence, triple)
