"""h32f: precision on new wire copy. A verdict that names whom an act wronged ("condemned the attack as a violation of
Iran's sovereignty") never makes them its author (modality.yaml `verdict_victims`, discourse.py `_verdict_victims`); a
verb of force's sense when its means is a weapon ("blasted a boat with water cannon") is no criticism (core.yaml
criticize.111 `prep_object_not`); a one-word name the parser reads as a conjunct right before a title ("met Vucic and
Kosovo Prime Minister Albin Kurti") is the title's first word, no party met of its own (repairs.yaml
`title_phrase_heads`, repairs.py `_names_read_as_conjuncts_before_titles`); coordinated subjects cooperating with
another's efforts cooperate with their owner, not with each other (events.py, reciprocal patterns); a force's withdrawal
from a country is from another's (extended.yaml x.force_leaves_country.0874 `foreign_target`). SPEC rows must be
coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

NIGER = ("Niamey (AFP) - Niger's military rulers on Sunday hailed France's decision to withdraw its ambassador and troops "
         "from the country.\nThe standoff over the envoy began in late August, when the junta gave Itte 48 hours to leave "
         "the country.")
STRIKE = "Israeli warplanes struck military targets in Iran on Saturday in retaliation for Tehran's missile attack on Israel. "

SPEC = [
    # the act's author, not whom the verdict says it wronged
    (STRIKE + "Saudi Arabia and Qatar condemned the attack as a violation of Iran's sovereignty and of international law.",
     "SAU", "111", "ISRMIL", "happened"),
    (STRIKE + "Saudi Arabia and Qatar condemned the attack as a violation of Iran's sovereignty and of international law.",
     "QAT", "111", "ISRMIL", "happened"),
    ("Israeli warplanes struck targets in Iran on Saturday. Iran condemned the attack as a violation of its sovereignty.",
     "IRN", "111", "ISRMIL", "happened"),
    # guard: the author the verdict names stays the target
    ("Israeli warplanes struck military targets in Iran on Saturday. Saudi Arabia condemned the attack as an act of "
     "Israeli aggression.", "SAU", "111", "ISRMIL", "happened"),
    ("Iran fired missiles at Israel on Friday. Saudi Arabia condemned the attack as a violation of Israel's sovereignty.",
     "SAU", "111", "IRN", "happened"),
    ("Russian missiles hit Kyiv on Monday. Poland condemned the attack as an assault on Ukraine.", "POL", "111", "RUSMIL",
     "happened"),
    # a weapon's blast is force, not criticism; words blasted stay criticism
    ("China's coast guard blasted a Philippine supply boat with water cannon near the shoal.", "CHNMIL", "190", "PHL",
     "happened"),
    ("Manila blasted Beijing with a volley of criticism on Monday.", "PHLGOV", "111", "CHNGOV", "happened"),
    ("Ukraine condemned Russia's attack with drones on Kyiv.", "UKR", "111", "RUS", "happened"),
    ("Beijing slammed Manila's provocations.", "CHNGOV", "111", "PHLGOV", "happened"),
    # a country name before a title is the titled person's
    ("Josep Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti on Thursday.", "ESPELI",
     "040", "XKXGOV", "happened"),
    ("Josep Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti on Thursday.", "ESPELI",
     "040", "SRBGOV", "happened"),
    # guard: two countries coordinated stay two parties
    ("The EU pressed Serbia and Kosovo to implement the agreement.", "IGOEUREEC", "100", "XKX", "happened"),
    ("The EU pressed Serbia and Kosovo to implement the agreement.", "IGOEUREEC", "100", "SRB", "happened"),
    # a force leaving another's country withdraws; guard: the foreign force's withdrawal stays
    ("Wagner announced that it was leaving Mali.", "RUSMILWAG", "0874", "MLI", "happened"),
    ("French troops left Niger in December.", "FRAMIL", "0874", "NER", "happened"),
    (NIGER, "FRA", "0874", "NER", "happened"),
    # cooperation with another's efforts is with their owner
    ("Russia and Ukraine cooperated with the UAE's efforts.", "RUS", "060", "ARE", "happened"),
    # guard: with no partner named, coordinated subjects cooperate with each other
    ("Russia and Ukraine cooperated on the exchange.", "RUS", "060", "UKR", "happened"),
    ("Russia and Ukraine cooperated with the UAE on the exchange.", "UKR", "060", "ARE", "happened"),
]

ABSENT = [
    (STRIKE + "Saudi Arabia and Qatar condemned the attack as a violation of Iran's sovereignty and of international law.",
     ("SAU", "111", "IRNGOV")),
    ("China's coast guard blasted a Philippine supply boat with water cannon near the shoal.", ("CHNMIL", "111", "PHL")),
    ("The police blasted protesters with tear gas.", ("COP", "111", "CVL")),
    ("Josep Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti on Thursday.",
     ("ESPELI", "040", "XKX")),
    ("The UAE foreign ministry thanked Moscow and Kyiv for cooperating with its efforts.", ("RUSGOV", "060", "UKRGOV")),
    ("The UAE foreign ministry thanked Moscow and Kyiv for cooperating with its efforts.", ("UKRGOV", "060", "RUSGOV")),
    ("Russia and Ukraine cooperated with the UAE's efforts.", ("RUS", "060", "UKR")),
    # a junta giving an envoy time to leave the country does not leave its own
    (NIGER, ("NERMIL", "0874", "NER")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h32f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h32f_absent(sentence, triple):
    check_absent(sentence, triple)
