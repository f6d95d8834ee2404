"""h29g: targets and sources a pattern of the gold root nearly found. A free relative of a claim is the noun it claims,
like one of naming ("struck what it said were nine sites in Pakistan": modality.yaml `claim_free_relative_verbs`); a
place name the parser hung, with its own "and", as a modifier on a place of no actor is coordinated with it ("sites in
Pakistan and Pakistani Kashmir"); a clause opened by "that" as its subject, read as the complement of a verb whose object
is a report or statement, is a relative clause on it, so the report's author is its source (repairs.yaml
`relative_subject_pronouns`); a party declared or found in breach of its obligations is accused (x.declare_in_breach.112);
a rejection's "from" phrase hung on the verb names the giver (x.turn_down.120, x.reject_aid.122). SPEC rows must be
coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a free relative of a claim (modality.yaml claim_free_relative_verbs)
    ("The fighting began on Wednesday when India struck what it said were nine \"terrorist infrastructure\" sites in "
     "Pakistan and Pakistani Kashmir.", "IND", "190", "PAK", "happened"),
    ("India struck what it said were nine terrorist sites in Pakistan.", "IND", "190", "PAK", "happened"),
    ("Russia shelled what Ukrainian officials said were residential areas in Kharkiv.", "RUS", "194", "UKR", "happened"),
    ("Israel struck what it says are Hezbollah targets in southern Lebanon.", "ISR", "190", "LBNREBHEZ", "happened"),
    ("Israel struck what it said were weapons depots in southern Lebanon.", "ISR", "190", "LBN", "happened"),
    ("The United States struck what it said were Houthi missile sites in Yemen.", "USA", "190", "YEMREBHTH", "happened"),
    # a place coordinated with a name the parser hung on it as a modifier
    ("India struck nine sites in Pakistan and Pakistani Kashmir.", "IND", "190", "PAK", "happened"),
    # a report's author is the source of the relative clause on it, past a time phrase (relative_subject_pronouns)
    ("It follows a comprehensive report by IAEA Director General Rafael Grossi late last month that sharply criticized "
     "Tehran's cooperation with inspectors.", "IGOUNOIAEA", "111", "IRNGOV", "happened"),
    ("It follows a statement by the EU on Monday that condemned Russia.", "IGOEUREEC", "111", "RUS", "happened"),
    # declared or found in breach (x.declare_in_breach.112)
    ("The U.N. nuclear watchdog's Board of Governors on Thursday declared Iran in breach of its non-proliferation "
     "obligations for the first time in almost 20 years.", "IGOUNOIAEA", "112", "IRN", "happened"),
    ("The IAEA found Iran in violation of its safeguards obligations.", "IGOUNOIAEA", "112", "IRN", "happened"),
    # a rejection's "from" phrase on the verb names the giver
    ("Prime Minister Irakli Kobakhidze announced on Thursday that Georgia would not put the opening of accession "
     "negotiations with the EU on the agenda until the end of 2028, and that it would turn down budget grants from the "
     "bloc.", "GEOGOV", "120", "IGOEUREEC", "happened"),  # (h30e: an announced rejection is made in the telling; h32b: GEOGOV, own_government_clause)
    ("Georgia turned down weapons from Iran.", "GEO", "120", "IRN", "happened"),
    ("Georgia rejected budget grants from the EU.", "GEO", "122", "IGOEUREEC", "happened"),
    # guards (coded before): the relative clause read as such, the "from" phrase on the object, receiving's giver
    ("The vote follows a report by the IAEA last month that criticized Iran.", "IGOUNOIAEA", "111", "IRN", "happened"),
    ("Georgia refused aid from Russia.", "GEO", "122", "RUS", "happened"),
    ("Sudan received weapons from Iran.", "IRN", "072", "SDN", "happened"),
]

ABSENT = [
    # a claim verb's own complement with a demonstrative subject is no free relative, nor a relative clause
    ("He said that was a mistake by Russia.", ("RUS", "111", "RUS")),
    ("Russia told the council on Monday that Ukraine had attacked.", ("RUS", "111", "UKR")),
    # a war or a law declared in breach names no accused party
    ("Russia declared war on Ukraine in violation of international law.", ("RUS", "112", "UKR")),
    ("Iran declared itself in compliance with the deal.", ("IRN", "112", "IRN")),
    # a letter received from someone is no aid
    ("Georgia received a letter from the EU.", ("IGOEUREEC", "070", "GEO")),
    # what the naming or claiming party calls the place is not a second target ("Indian Kashmir" stays where it is)
    ("India struck what it said were nine sites in Pakistan and Pakistani Kashmir.", ("IND", "190", "IND")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h29g_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h29g_absent(sentence, triple):
    check_absent(sentence, triple)
