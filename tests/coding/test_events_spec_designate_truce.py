"""Session 25, h25f (issue 4): designations with two objects, truces declared by one side, rejections of charges
answered to their maker. A verb of naming or designating (repairs.yaml `predicate_naming_verbs`) with two objects however
the small parser reads them (two objects, a dative and an object, an object and its apposition, a verbless clause) has
the one designated as its object and the category as its predicate (oprd), so "designated Russia a terrorist state"
targets Russia; designating a party an enemy or a hostile force condemns it (n.designate_enemy.111,
n.designate_as_enemy.111). A ceasefire one party declares alone (modality.yaml `unilateral_truces`) stands one-sided and
takes its adversary from the story, a hostile act told later in its own sentence included (`context_targets.adversary`
`same_sentence_codes`). Charges rejected answer a legal charge too (modality.yaml `answered_act_nouns`), and an act aimed
at the one the source is named as the body of ("Hasina's Awami League party") is aimed at the source's side; words
called false with no "as" are rejected (n.call_false.120). SPEC rows must be coded, ABSENT rows must not, NONE rows code
nothing; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, coded

SPEC = [
    # the one designated is the first object, the category the last
    ("Taiwan's President Lai Ching-te designated China a \"foreign hostile force\".", "TWNGOV", "111", "CHN", "happened"),
    ("Kyiv designated Russia a terrorist state.", "UKRGOV", "163", "RUS", "happened"),
    ("The Philippines declared China an enemy.", "PHL", "111", "CHN", "happened"),
    ("Iran declared the United States an enemy state.", "IRN", "111", "USA", "happened"),
    ("Iran designated the U.S. army as a hostile force.", "IRN", "111", "USAMIL", "happened"),
    ("The United States designated the Houthis a terrorist organisation.", "USA", "163", "YEMREBHTH", "happened"),
    ("Trump called Zelensky a dictator.", "USAGOV", "111", "UKRGOV", "happened"),
    # a truce declared by one side, at its adversary told in the sentence
    ("Myanmar's military government declared a temporary ceasefire on Wednesday to support relief efforts after last "
     "week's devastating earthquake, hours after rebel groups accused the army of continuing air strikes despite the "
     "disaster.", "MMRMIL", "0871", "MMRREB", "happened"),
    ("The army said the RSF had shelled El Fasher. Sudan's army declared a unilateral ceasefire on Monday.", "SDNMIL",
     "0871", "SDNREBRSF", "happened"),
    # charges rejected answer who charged the one whose party rejects them
    ("Bangladesh's International Crimes Tribunal issued an arrest warrant for Hasina in October on charges of crimes "
     "against humanity. Hasina's Awami League party rejected the charges as politically motivated.", "BGDPTYAWL", "120",
     "BGDJUD", "happened"),
    # an accusation called absurd with no "as"; an arson blamed
    ("Poland said Moscow's intelligence services were behind the fire. Russia's foreign ministry called the accusation "
     "\"absurd\".", "RUSGOV", "120", "POL", "happened"),
    ("Poland ordered the closure of Russia's consulate after concluding that Moscow's intelligence services were behind a "
     "fire that destroyed a Warsaw shopping centre.", "POL", "112", "RUSSPY", "happened"),
    # kept
    ("Egypt declared a state of emergency.", "EGY", "1724", None, "happened"),
    ("Israel and Hamas declared a ceasefire on Sunday.", "ISR", "0871", "PSEREBHMS", "happened"),
    ("Israel and Hamas declared a ceasefire on Sunday.", "PSEREBHMS", "0871", "ISR", "happened"),
]

ABSENT = [
    ("Trump called Zelensky a dictator.", ("USAGOV", "041", "UKRGOV")),
    ("Egypt declared a state of emergency.", ("EGY", "111", None)),
    ("Israel and Hamas declared a ceasefire on Sunday.", ("ISR", "0871", None)),
    ("Israel and Hamas agreed to a ceasefire.", ("ISR", "0356", None)),
]

NONE = [
    "The government designated the area a protected zone.",
    "The two sides declared a ceasefire on Sunday.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_designate_truce_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_designate_truce_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NONE, ids=[s[:48] for s in NONE])
def test_designate_truce_none(sentence):
    assert coded(sentence) == {}
