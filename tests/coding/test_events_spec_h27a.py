"""(h27a) Rules the explain instrument (coding/explain.py) pointed to, each a row: an object list that rejected a class
of objects it means. A quantifier before an "of" phrase is a container of the thing acted on (extended.yaml
`object_containers`: "lifted most of the sanctions", "eased some of its sanctions"); a finding or determination an
authority makes is welcomed as a decision is (x.welcome_decision.051 `object`); weapons funnelled, channelled,
ferried, airlifted or smuggled to a party are supplied to it (supply_arms.072 `lemmas`, the conveyance verbs n.rush_aid.073
takes for aid); a withdrawal announced from an organisation is leaving it (x.withdrawal_from_org.161 after the merge with
h27e, as the verb's x.withdraw_from_org.161), not a retreat; an act said to be an attempt, bid or plot to do what a verdict names is judged
so (modality.yaml `verdict_aim_frames`: "an attempt to sabotage", "a bid to undermine regional stability"). SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule, guard rows (#guard)
held before and hold after."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

pytestmark = pytest.mark.slow

SPEC = [
    # a quantifier container: the sanctions are what is lifted, eased or imposed
    ("The United States lifted some of its sanctions on Venezuela.", "USA", "085", "VEN", "happened"),
    ("Washington eased some of the sanctions on Venezuela.", "USAGOV", "085", "VEN", "happened"),
    # (target from the relative clause since h27e)
    ("The EU lifted most of the sanctions it had imposed on Syria.", "IGOEUREEC", "085", "SYR", "happened"),
    ("The EU imposed most of the new sanctions on Russia.", "IGOEUREEC", "163", "RUS", "happened"),
    # a finding welcomed: its author is praised
    ("Sudan's foreign ministry welcomed the US genocide determination.", "SDNGOV", "051", "USA", "happened"),
    ("Kenya welcomed the findings of the UN commission.", "KEN", "051", "IGOUNO", "happened"),
    # weapons conveyed to a party
    ("Iran has funnelled weapons to the Houthis.", "IRN", "072", "YEMREBHTH", "happened"),
    ("Iran smuggled weapons to Hezbollah.", "IRN", "072", "LBNREBHEZ", "happened"),
    # a withdrawal announced from an organisation is leaving it (161 since h27e), as the verb's is
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "MLI", "161", "IGOWAFWAS", "happened"),
    ("Washington announced its withdrawal from the World Health Organization.", "USAGOV", "161", "IGOUNOWHO", "happened"),
    # an act called an attempt to do harm is judged (a verdict through the aim's infinitive)
    ("Turkey's foreign ministry said the Israeli attacks were an attempt to sabotage Syria's efforts to secure peace.",
     "TURGOV", "111", "ISR", "happened"),
    ("China said the US drills were a bid to undermine regional stability.", "CHN", "111", "USA", "happened"),
    # guards: held before
    ("Russia said the EU sanctions were illegal.", "RUS", "111", "IGOEUREEC", "happened"),  # guard
    ("The United States completed its withdrawal from Afghanistan.", "USA", "0874", "AFG", "happened"),  # guard
    ("Russia announced the withdrawal of its troops from Syria.", "RUS", "0874", "SYR", "happened"),  # guard
    ("Mali withdrew from ECOWAS.", "MLI", "161", "IGOWAFWAS", "happened"),  # guard: the verb's reading
    ("Israel freed many of the Palestinian prisoners.", "ISR", "0841", "PSECVL", "happened"),  # guard
    ("Most of the protesters were detained by Kenyan police.", "KENCOP", "173", "KENCVL", "happened"),  # guard
    ("Egypt channelled aid to Gaza.", "EGY", "073", "PSE", "happened"),  # guard: aid stays aid
    ("France welcomed the Israeli prime minister.", "FRA", "043", "ISRGOV", "happened"),  # guard: a visitor welcomed
]

ABSENT = [
    # the sanctions' noun reading is no new sanction when the sentence lifts them; a finding is no visitor
    ("The United States lifted some of its sanctions on Venezuela.", ("USA", "163", "VEN")),
    ("Sudan's foreign ministry welcomed the US genocide determination.", ("SDNGOV", "043", "USA")),
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", ("MLI", "0874", "IGOWAFWAS")),
    # guards: held before
    ("Washington lifted none of the sanctions on Venezuela.", ("USAGOV", "085", "VEN")),  # guard: "none" is no container
    ("Kenya welcomed the findings.", ("KEN", "051", None)),  # guard: a finding of no one named
    ("Smugglers ferried migrants to Italy.", (None, "072", "ITA")),  # guard: people are no weapons
    ("Iran funnelled money to Hamas.", ("IRN", "072", "PSEREBHMS")),  # guard: money is no arms
    ("Egypt channelled aid to Gaza.", ("EGY", "072", "PSE")),  # guard
    ("Russia said the EU sanctions were an attempt to secure peace.", ("RUS", "111", "IGOEUREEC")),  # guard: no harm aimed
    ("Russia said the EU sanctions were not an attempt to destabilise the region.", ("RUS", "111", "IGOEUREEC")),  # guard
]


@pytest.mark.parametrize("sentence, source, code, target, mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence, triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)
