"""h34i: a denial in a relative clause on an accusation ("X accused Y of Z, which Y denies") answers the accusation
aimed at the denier or its country, so its target is the accuser, whatever deed the accusation told came after it
(events.py path `antecedent_event_source` / `antecedent_accuser`, discourse.py `_aimed_at_country`). Before, the
sentence's last act was taken, often the alleged deed itself, and the denier was aimed at the accused. A denier who
was not accused keeps the old reading. SPEC rows must be coded, ABSENT rows must not; the new rows failed before."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Human Rights Watch accused the Ethiopian army of killing civilians in Tigray, which the government rejects.",
     "ETHGOV", "120", "NGOHRW", "happened"),
    ("Pakistan accused India of backing the militants who attacked the base, which New Delhi denied.",
     "INDGOV", "120", "PAK", "happened"),
    ("Venezuela accused Colombia of sheltering ELN guerrillas, which Bogota rejected.", "COLGOV", "120", "VEN",
     "happened"),
    ("Kenya accused Somalia of harbouring al Shabaab fighters, which Mogadishu has denied.", "SOMGOV", "120", "KEN",
     "happened"),
    # guards: already right before
    ("Ukraine accused Russia of shelling a power plant, which Moscow dismissed.", "RUSGOV", "120", "UKR", "happened"),
    ("Amnesty International has accused the Egyptian government of torturing detainees, which Cairo denies.",
     "EGYGOV", "120", "NGOAMN", "happened"),
]

ABSENT = [
    # the denier is not aimed at the accused's own deed
    ("Human Rights Watch accused the Ethiopian army of killing civilians in Tigray, which the government rejects.",
     ("ETHGOV", "120", "ETHMIL")),
    ("Pakistan accused India of backing the militants who attacked the base, which New Delhi denied.",
     ("INDGOV", "120", "IND")),
    # a third country not accused is not read as answering the accuser
    ("Kenya accused Somalia of harbouring al Shabaab fighters, which Ethiopia has denied.", ("ETH", "120", "KEN")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h34i_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h34i_absent(sentence, triple):
    check_absent(sentence, triple)
