"""h34b: claims on real news. A claim that another used force accuses them whoever the force struck (modality.yaml
`reported_wrong.contested_verbs`; filters.py `_reported_wrong`): "the US claimed that ISIL had attacked Iraq" → USA 112
ISIL, where "said" reports the act only when it struck the speaker's side or no one named; the force a claim tells of
another is only claimed, no deed reported (filters.py `_drop_attributions`). A claim that one's own side
used force claims it (extended.yaml x.claim_own_force.015): "the US claimed that they had attacked Iraq" → USA 015 IRQ.
A family name written in lower case right after a title is read as the capitalised one is (actors.py
`_unknown_people`, `_titled_surname(cased=True)`): "President obama expressed sorrow" → USAGOV. A trip told in a
"before" clause only dates another act, no visit by any reading of the verb (modality.yaml `time_clause_trips`).
SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a claim that another used force on a third party: an accusation, the force only claimed
    ("The US claimed that ISIL had attacked Iraq and taken the city of Mosul", "USA", "112", "IMGREBISL", "happened"),
    ("Washington claimed that Russia had bombed hospitals in Syria.", "USAGOV", "112", "RUS", "happened"),
    ("Israel claimed that Hamas had fired rockets at Egypt.", "ISR", "112", "PSEREBHMS", "happened"),
    # guard: "said" reports the force
    ("Washington said that Russia had bombed hospitals in Syria.", "RUS", "190", "SYRHLH", "happened"),
    # guard: force on the speaker's side was an accusation already
    ("Ukraine claimed that Russian troops had attacked Kharkiv.", "UKR", "112", "RUSMIL", "happened"),
    # a claim that one's own side used force: claiming it
    ("The US claimed that they had attacked Iraq", "USA", "015", "IRQ", "happened"),
    ("Hamas claimed that it had fired rockets at Israel.", "PSEREBHMS", "015", "ISR", "happened"),
    ("Hamas claimed that it had fired rockets at Israel.", "PSEREBHMS", "190", "ISR", "happened"),
    ("Iran claimed that it had launched an attack on Israel.", "IRN", "015", "ISR", "happened"),
    ("Al-Shabab claimed that its fighters had killed 20 Kenyan soldiers.", "SOMREBSHB", "015", "KENMIL", "happened"),
    # guard: the noun reading stays
    ("Al-Shabab claimed responsibility for the attack on the Kenyan army base.", "SOMREBSHB", "015", "KENMIL",
     "happened"),
    # a family name in lower case after a title is the title's holder, as a capitalised one is
    ("President obama expressed sorrow for the horrific shootings in South Carolina", "USAGOV", "018", "USA",
     "happened"),
    ("President putin met Chancellor Merkel in Berlin.", "RUSGOV", "040", "DEUGOV", "happened"),
    # guard: the act a "before" clause dates stays
    ("Before heading to Moscow, Modi visited Vienna.", "INDGOV", "042", "AUTGOV", "happened"),
]

ABSENT = [
    # force a contested claim tells of another is no deed reported
    ("The US claimed that ISIL had attacked Iraq and taken the city of Mosul", ("IMGREBISL", "190", "IRQ")),
    ("Washington claimed that Russia had bombed hospitals in Syria.", ("RUS", "190", "SYRHLH")),
    ("Ukraine claimed that Russian troops had attacked Kharkiv.", ("RUSMIL", "190", "UKR")),
    # "said" reports force on a third party, it accuses no one
    ("Washington said that Russia had bombed hospitals in Syria.", ("USAGOV", "112", "RUS")),
    ("Israel said that Hamas had fired rockets at Egypt.", ("ISR", "112", "PSEREBHMS")),
    # a claim of one's own force is no accusation of oneself, another's force is no claim of one's own
    ("Moscow claimed that its forces had struck targets in Syria.", ("RUSGOV", "112", "RUSMIL")),
    ("Ukraine claimed that Russian troops had attacked Kharkiv.", ("UKR", "015", "UKR")),
    ("Israel claimed that Hamas had fired rockets at Egypt.", ("ISR", "015", "EGY")),
    # a claim of no force accuses and claims nothing
    ("China claimed that Japan had agreed to hold talks with Vietnam.", ("CHN", "112", "JPN")),
    ("Russia claimed that it had helped Syria.", ("RUS", "015", "SYR")),
    # a claim of having been attacked claims no attack
    ("Russia claimed that it had been attacked by Ukraine.", ("RUS", "015", "UKR")),
    # ... but a bare lower-case word is no name
    ("obama expressed sorrow for the shootings in South Carolina", ("USAGOV", "018", "USA")),
    # a trip told in a "before" clause only dates another act: no visit
    ("Before heading to Moscow, Modi visited Vienna.", ("INDGOV", "042", "RUS")),
    ("Before heading to Moscow, Modi visited Vienna.", ("RUS", "043", "INDGOV")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h34b_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h34b_absent(sentence, triple):
    check_absent(sentence, triple)
