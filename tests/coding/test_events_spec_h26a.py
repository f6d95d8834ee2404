"""Helper h26a's rules of session 26 (the country a generic actor noun gets), each a row: a place or nationality named
in a relative or participial clause on another noun, or in the charge a clause of suspicion makes, gives a generic noun
no country (coref.yaml `passing_clause_deps`); a bare "the government" a state office holder speaks of, in a participle
of speech too, is the speaker's (`speaker_participle_deps`); a commission or party its modifiers make a state's is no
international body named before (`state_only_sectors` by the phrase); legislators a person tells or briefs are the
speaker's (`addressed_bodies`); a generic noun in apposition to a named group takes the group's country
(`restated_kinds`). SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("CHISINAU (Reuters) - Moldova's government ordered an inquiry. Police detained 40 people suspected of training at "
     "camps in Belarus.", "MDACOP", "173", "MDACVL", "happened"),
    ("CHISINAU (Reuters) - The European Union welcomed the vote. The central election commission barred two parties "
     "from running.", "MDAGOV", "1722", None, "happened"),
    ("TBILISI (Reuters) - Georgia's parliament passed the media law. Opposition leaders called supporters to rally "
     "outside parliament on Monday and accused the authorities of harassing journalists working for outlets in Ukraine.",
     "GEOOPP", "112", "GEOGOV", "happened"),
]

ABSENT = [
    ("CHISINAU (Reuters) - Moldova's government ordered an inquiry. Police detained 40 people suspected of training at "
     "camps in Belarus.", ("BLRCOP", "173", "BLRCVL")),
    ("CHISINAU (Reuters) - The European Union welcomed the vote. The central election commission barred two parties "
     "from running.", ("IGOEUREEC", "1722", None)),
    ("TBILISI (Reuters) - Georgia's parliament passed the media law. Opposition leaders called supporters to rally "
     "outside parliament on Monday and accused the authorities of harassing journalists working for outlets in Ukraine.",
     ("UKROPP", "112", "UKRGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h26a_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26a_absent(sentence, triple):
    check_absent(sentence, triple)
