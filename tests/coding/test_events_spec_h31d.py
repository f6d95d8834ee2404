"""h31d: triggers missed on new wire copy (set F). Aircraft barred from an airspace where the small parser hangs "from"
on the aircraft (n.ban_aircraft_obj.163); goods banned from a country are a sanction on it for more goods
(x.ban_imports.163: seafood, fish, pork, grain ...); a party's call or appeal welcomed endorses it
(x.welcome_decision.051). SPEC rows must be coded, ABSENT rows must not; the SPEC rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # aircraft barred, "from" on the object
    ("Algeria has barred Moroccan civilian and military aircraft, including cargo planes, from Algerian airspace.",
     "DZA", "163", "MARCVL", "happened"),
    # goods banned from a country
    ("China banned seafood from Japan after the release of treated water.", "CHN", "163", "JPN", "happened"),
    ("Russia banned pork from Poland on Tuesday.", "RUS", "163", "POL", "happened"),
    ("Russia banned fish from Norway.", "RUS", "163", "NOR", "happened"),
    # a call or appeal welcomed
    ("The Kenyan government welcomed Ethiopia's call for talks.", "KENGOV", "051", "ETH", "happened"),
    ("The Kenyan government welcomed the call by Ethiopia for talks.", "KENGOV", "051", "ETH", "happened"),
    ("Egypt welcomed Hamas's appeal for a ceasefire.", "EGY", "051", "PSEREBHMS", "happened"),
]

ABSENT = [
    # a passenger or journalists barred are no sanction on a country
    ("The airline barred a passenger from the plane.", (None, "163", None)),
    ("Police barred journalists from the courtroom.", (None, "163", None)),
    # goods kept from a place, not from a country
    ("The city banned cars from the old town.", (None, "163", None)),
    ("The new law banned steel from the construction site.", (None, "163", None)),
    # a call from reporters, a guest welcomed: no endorsement
    ("He welcomed the call from reporters.", (None, "051", None)),
    ("The president welcomed the Qatari emir on Tuesday.", (None, "051", "QATGOV")),
    ("The Kenyan president welcomed the Qatari emir on Tuesday.", ("KENGOV", "051", "QATGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h31d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h31d_absent(sentence, triple):
    check_absent(sentence, triple)
