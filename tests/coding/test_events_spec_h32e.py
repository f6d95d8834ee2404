"""h32e: actors named by description. A counted plural ("the three countries", "all four nations": coref.yaml
`counted_groups`) is each country of the last list of exactly that many countries named together shortly before; a
region's adjective on a plural party noun ("the Western sponsors", "its European partners": coref.yaml
`region_party_heads`) is the region's states; a bare "the organisers" in a story that told people protesting is the
protesters (coref.yaml protest_leaders `bare_heads`). SPEC rows must be coded, ABSENT rows must not; the SPEC rows failed
before their rule (the guards held before and hold after)."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a counted plural after a list of exactly that many countries: each of them
    ("Mali, Burkina Faso and Niger left the bloc on Sunday. ECOWAS urged the three countries to reconsider.",
     "IGOWAFWAS", "020", "MLI", "happened"),
    ("Mali, Burkina Faso and Niger left the bloc on Sunday. ECOWAS urged the three countries to reconsider.",
     "IGOWAFWAS", "020", "NER", "happened"),
    ("Mali, Burkina Faso and Niger left the bloc on Sunday. All three countries accused ECOWAS of betrayal.",
     "BFA", "112", "IGOWAFWAS", "happened"),
    ("Estonia, Latvia, Lithuania and Poland asked for more troops. Russia condemned the four countries.",
     "RUS", "111", "POL", "happened"),
    ("Estonia, Latvia, Lithuania and Poland asked for more troops. Russia condemned the four countries.",
     "RUS", "111", "EST", "happened"),
    # ... of the head's sector: governments
    ("Egypt, Qatar and Turkey mediated the deal. Israel thanked the three governments.",
     "ISR", "051", "TURGOV", "happened"),
    # a region's adjective on a plural party noun: the region's states
    ("Russia's envoy Mikhail Ulyanov criticized the Western sponsors of the resolution.", "RUSGOV", "111", "WST",
     "happened"),
    ("Russia criticized its European partners.", "RUS", "111", "EUR", "happened"),
    ("Moscow accused Western backers of Ukraine of prolonging the war.", "RUSGOV", "112", "WST", "happened"),
    # guard: sector nouns compose as before
    ("Western diplomats accused Iran of stalling.", "WSTGOV", "112", "IRN", "happened"),
    # a bare "the organisers" in a story that told people protesting is the protesters (coref.yaml
    # protest_leaders `bare_heads`)
    ("Thousands of protesters marched in Belgrade on Saturday. Some protesters threw stones at police. Vucic accused "
     "the organisers of trying to topple the state.", "SRBGOV", "112", "SRBCVL", "happened"),
]

ABSENT = [
    # no list of that size: a list of two, a list of four, no list at all, a count with no determiner
    ("Mali and Niger left the bloc on Sunday. ECOWAS urged the three countries to reconsider.",
     ("IGOWAFWAS", "020", "MLI")),
    ("Mali, Chad, Burkina Faso and Niger left the bloc. ECOWAS urged the three countries to reconsider.",
     ("IGOWAFWAS", "020", "TCD")),
    ("Mali, Chad, Burkina Faso and Niger left the bloc. ECOWAS urged the three countries to reconsider.",
     ("IGOWAFWAS", "020", "MLI")),
    ("Mali, Burkina Faso and Niger left the bloc on Sunday. ECOWAS urged three countries to reconsider.",
     ("IGOWAFWAS", "020", "MLI")),
    # names apart are no list ("Mali ... Niger ... Burkina Faso" in separate clauses)
    ("Mali left the bloc, Niger followed on Monday and Burkina Faso said it would too. ECOWAS urged the three "
     "countries to reconsider.", ("IGOWAFWAS", "020", "MLI")),
    # a described set is its own description ("the three Baltic states"), not the last list
    ("Mali, Burkina Faso and Niger left the bloc. Russia criticized the three Baltic states.",
     ("RUS", "111", "MLI")),
    # a region's adjective on things or on a singular noun is no actor
    ("Russia said Western weapons had been used to strike Belgorod.", ("RUS", "112", "WST")),
    ("China warned European markets against protectionism.", ("CHN", "130", "EUR")),
    ("Iran condemned the Western sponsor of the resolution.", ("IRN", "111", "WST")),
    # "the organisers" of something else, or with no protest told, are not the protesters
    ("Thousands of protesters marched in Belgrade on Saturday. Vucic accused the organisers of the summit of lying.",
     ("SRBGOV", "112", "SRBCVL")),
    ("Serbia hosted the summit in Belgrade on Saturday. Vucic accused the organisers of lying.",
     ("SRBGOV", "112", "SRBCVL")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h32e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h32e_absent(sentence, triple):
    check_absent(sentence, triple)
