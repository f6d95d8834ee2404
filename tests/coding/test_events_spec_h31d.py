"""h31d: triggers missed on new wire copy (set F). A diplomat declared persona non grata is expelled whatever the parse
of the phrase (n.persona_non_grata_words.161: the words follow the verb, `after`); aircraft barred from an airspace
where the small parser hangs "from" on the aircraft (n.ban_aircraft_obj.163); goods banned from a country are a
sanction on it for more goods (x.ban_imports.163: seafood, fish, pork, grain ...); a party's call or appeal welcomed
endorses it (x.welcome_decision.051). SPEC rows must be coded, ABSENT rows must not; the SPEC rows failed before
their rule (the Kenya and Lithuania rows are guards the earlier readings already coded)."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # persona non grata after an appositive name (the small parser reads "persona" as a verb conjunct)
    ("On Thursday, Peru declared Bolivia's ambassador, Carmen Rojas, persona non grata.", "PER", "161", "BOLGOV",
     "happened"),
    ("On Friday, Chile declared Argentina's consul, Jorge Mendez, persona non grata.", "CHL", "161", "ARGGOV",
     "happened"),
    # guards: the shapes the earlier readings code stay coded
    ("Kenya's government deemed the Russian envoy persona non grata and gave him 72 hours to leave.", "KENGOV", "161",
     "RUSGOV", "happened"),
    ("Lithuania on Monday declared a Belarusian diplomat persona non grata over espionage.", "LTU", "161", "BLRGOV",
     "happened"),
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
    # a law or emergency declared is no expulsion; a passenger or journalists barred are no sanction on a country
    ("The ministry declared the law unconstitutional.", ("MIN", "161", None)),
    ("Italy declared a state of emergency.", ("ITA", "161", None)),
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
