"""h29e: events with both actors named in the sentence that no pattern coded, or coded with one side missing. Three
constructions: an agentless arrest told by a body that keeps order at home is its own state's police's, of its own
people too (modality.yaml place_authority `home_reporters`, discourse.py `_speaker_authority`); an act done "at the
request of X" / "at X's request" was asked of its doer (extended.yaml x.n.at_request.020, `governed_by` "@at"); a
participle that never takes a name for its object is the name's modifier ("accused neighbouring Eritrea", repairs.yaml
`bare_attributive_participles`). SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # an agentless arrest reported by an interior ministry or minister, or the police
    ("Protesters rallied in Tbilisi. The Interior Ministry said 107 people were detained overnight.", "GEOCOP", "173",
     "GEOCVL", "happened"),
    ("Protesters clashed with riot police in Belgrade. Interior Minister Ivica Dacic said on Sunday that 48 officers had "
     "been injured and that dozens of people had been detained.", "SRBCOP", "173", "SRBCVL", "happened"),
    ("Thousands marched in Nairobi. Kenya's interior ministry said 60 protesters had been arrested.", "KENCOP", "173",
     "KENCVL", "happened"),
    # guard: a place named still says whose arrest it was (h24d), and foreign nationals reported by a government (h25h)
    ("Prime Minister Donald Tusk said two Ukrainian nationals suspected of setting the blaze had been charged.", "POLJUD",
     "173", "UKRCVL", "happened"),
    # an act done at someone's request
    ("The Taliban had halted the operation at midnight at the request of Qatar and Saudi Arabia.", "QAT", "020", "AFGGOV",
     "happened"),
    ("The Taliban had halted the operation at midnight at the request of Qatar and Saudi Arabia.", "SAU", "020", "AFGGOV",
     "happened"),
    ("Kenya deployed police officers to Haiti at the request of the United Nations.", "IGOUNO", "020", "KEN", "happened"),
    ("Israel released the prisoners at Washington's request.", "USAGOV", "020", "ISR", "happened"),
    ("Iran postponed the talks at the behest of Russia.", "RUS", "020", "IRN", "happened"),
    # a participle that only describes the name it stands before
    ("Ethiopia has accused neighbouring Eritrea of preparing to wage war against it.", "ETH", "112", "ERI", "happened"),
    ("Iraq invaded neighboring Kuwait in 1990.", "IRQ", "190", "KWT", "happened"),
]

ABSENT = [
    # no home-order body: a president, a foreign ministry, a news agency tells an arrest it did not make
    ("Biden said the American journalist had been detained.", ("USACOP", "173", "USAMED")),
    ("Protesters rallied in Tbilisi. The Foreign Ministry said 107 people were detained overnight.",
     ("GEOCOP", "173", "GEOCVL")),
    ("Protesters rallied in Tbilisi. Reuters said 107 people were detained overnight.", ("GEOCOP", "173", "GEOCVL")),
    # an agent named is the doer
    ("Kenya's interior ministry said 20 protesters were arrested by soldiers.", ("KENCOP", "173", "KENCVL")),
    # a request that is no act's setting, an invitation, and no one named who asked
    ("Russia rejected the request of Ukraine.", ("UKR", "020", "RUS")),
    ("Putin visited Beijing at the invitation of Xi Jinping.", ("CHNGOV", "020", "RUSGOV")),
    ("Russia criticised Ukraine's request for weapons.", ("UKR", "020", "RUS")),
    # a participle with a name it acts on keeps its verb reading: no attack on Sudan by the troops' own country
    ("Troops are stationed in areas neighbouring Sudan.", ("SDNMIL", "190", "SDN")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h29e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h29e_absent(sentence, triple):
    check_absent(sentence, triple)
