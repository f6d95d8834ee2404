"""The lead's rules of session 24: dissent aimed at no one named (a protest, strike or hunger strike of a country's own
opposition, civilians, workers, students or rights groups that names no target, after no act of an adversary the story
told, is aimed at their government: modality.yaml `context_targets.dissent`); a move rejected or welcomed that names no
act done to the speaker's country is the act the story leads with, by another country, whoever it was done to
(`lead_move_skipped_roots`). SPEC rows failed before; ABSENT rows are look-alikes the rules must not reach."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Jailed Tunisian opposition figure Jawhar Ben Mbarek has been on hunger strike for a week. Ben Mbarek, a "
     "co-founder of the National Salvation Front opposition coalition, stopped eating on October 29 to protest against "
     "what he calls an unjust trial.", "TUNOPP", "141", "TUNGOV", "happened"),
    ("Kenyan opposition supporters staged a protest on Monday.", "KENOPP", "141", "KENGOV", "happened"),
    ("Two jailed Egyptian activists have joined a hunger strike, their lawyers said.", "EGYCVL", "142", "EGYGOV", "happened"),
    ("Britain, Canada and Australia formally recognised the state of Palestine on Sunday. Israeli Prime Minister "
     "Benjamin Netanyahu rejected the move outright.", "ISRGOV", "120", "CAN", "happened"),
    ("Britain recognised the state of Palestine on Sunday. Starmer said the decision would revive hope. Canada's prime "
     "minister spoke to reporters. Turkey's foreign ministry welcomed the decision on Monday.", "TURGOV", "051", "GBR",
     "happened"),
]

ABSENT = [
    # a protest at a named target keeps it
    ("Kenyan opposition supporters protested outside the Chinese embassy in Nairobi on Monday.",
     ("KENOPP", "141", "KENGOV")),
    # a state's own organs are no dissenters
    ("The Kenyan army staged a parade on Monday.", ("KENMIL", "141", "KENGOV")),
    # a meeting the story leads with is no move to reject
    ("Putin met Xi in Beijing on Monday. The United States criticised the move.", ("USAGOV", "111", "RUSGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_lead24_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_lead24_absent(sentence, triple):
    check_absent(sentence, triple)
