"""h29b: speakers and their acts in wire copy. A "who" clause the parser hung on a place or a time, or on the verb, is
the person's named before it (syntax.py `personal_antecedent`, coref.yaml `personal_relatives`); "the ministry" is the
body of that head named lately whatever its sector (coref.yaml `spokes_body_lookback`); a bracketed short form of a
composed body, or its name written again without its owner, is that body (coref.yaml `initialism_skip_words`;
sectors.yaml MIL "chiefs of staff", "joint staff"); a call, demand, refusal or promise to resign by "step" needs its
particle ("step down", "step aside": extended.yaml x.urge_resign.0241, x.demand_resign.1041, x.refuse_resign.123,
x.intent_reform.034). SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule (the guards
passed before too). Speaker tests: test_quotes_h29b.py."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # resigning needs the particle
    ("The State Department urged Venezuelan President Nicolas Maduro to step aside.", "USAGOV", "0241", "VENGOV",
     "happened"),
    ("The opposition called on Prime Minister Ariel Henry to step down.", "HTIOPP", "0241", "HTIGOV", "happened"),
    ("The protesters demanded that President Aleksandar Vucic step down.", "SRBCVL", "1041", "SRBGOV", "happened"),
    # the person a misattached "who" stands for
    ("Ukrainian President Volodymyr Zelenskiy met Prime Minister Giorgia Meloni in Rome, who praised Ukraine's courage.",
     "ITAGOV", "051", "UKR", "happened"),
    ("Blinken held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday, who criticised Israel.",
     "EGYGOV", "111", "ISR", "happened"),
    # guard: a "who" the parser put on the person stays theirs
    ("The envoy met the opposition leader in Caracas, who criticised the government.", "VENOPP", "111", "VENGOV",
     "happened"),
    # the body named before
    ("North Korea fired missiles on Wednesday, South Korea's Joint Chiefs of Staff (JCS) said. The JCS condemned the "
     "launches as a grave provocation.", "KORMIL", "111", "PRK", "happened"),
    ("Japan's Joint Staff said Chinese warships had sailed near Okinawa. The Joint Staff criticised China for the "
     "provocation.", "JPNMIL", "111", "CHN", "happened"),
    ("Japan's defence ministry said Chinese ships entered its waters. The ministry condemned China.", "JPNMIL", "111",
     "CHN", "happened"),
]
ABSENT = [
    # "step" with no particle of resigning ("a step toward", "step back", "step up", "step in")
    ("The United States urged Israel and Hamas to step toward a lasting ceasefire.", ("USA", "0241", "ISR")),
    ("The EU urged Serbia and Kosovo to step back from confrontation.", ("IGOEUREEC", "0241", "SRB")),
    ("Washington urged Russia to step up efforts to end the war.", ("USAGOV", "0241", "RUS")),
    ("Moscow refused to step back from its demands on Ukraine.", ("RUSGOV", "123", None)),
    ("The president pledged to step in to mediate between the two sides.", (None, "034", None)),
    # the body named before, not the country the sentence acts on, nor the sector's default body
    ("Japan's Joint Staff said Chinese warships had sailed near Okinawa. The Joint Staff criticised China for the "
     "provocation.", ("CHNMIL", "111", "CHN")),
    ("Japan's defence ministry said Chinese ships entered its waters. The ministry condemned China.",
     ("JPNGOV", "111", "CHN")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h29b_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h29b_absent(sentence, triple):
    check_absent(sentence, triple)
