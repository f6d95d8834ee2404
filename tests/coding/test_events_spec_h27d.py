"""h27d (twenty-seventh pass): actors the resolver found but coded wrong or not at all, from the misses of the blind
steering sets whose actor was written in the sentence. Each ACTOR row names a mention (test_actor_spec.py's notation)
and the code its actor must carry; each SPEC row an event that must be coded, each ABSENT row one that must not.
Positive rows failed before this pass; the guard rows (marked "guard") passed before and must keep passing.

Classes:
- a place name that is a region in news, not a far country's division: "Gulf" alone (places.yaml `not_places`);
- the subject of a clause of time or cause hung on a country's act on another (coref.yaml `acted_on_clause_deps`,
  `acted_on_clause_sectors`), the owner of an object (`ruled_owner_deps`), a singular "the government" after a plural
  "governments" of several countries;
- a bare definite envoy ("the envoy", "the diplomat": coref.yaml `envoy_titles`) after an envoy named before;
- a person's name after a title's prepositional phrase (repairs.yaml `title_phrase_heads`);
- a copula's predicate restating a named group (coref.yaml `restating_copulas`), the rest of a body's name
  ("Board of Governors": `body_name_heads`).
"""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event
from test_actor_spec import _coded, _extract, _find_mention, _target

D = "2025-06-01"

ACTOR = [
    # "Gulf" alone is the Persian Gulf, not Gulf province, Papua New Guinea, whose country went to the story's army
    ("Sudan's army-aligned government cut ties with the Gulf state. The army blamed the RSF for the attack.",
     "The [army] blamed", "SDNMIL"),
    ("Iran threatened shipping in the Gulf.", "Gulf", None),
    ("The UAE, a Gulf state, denied arming the RSF.", "Gulf", None),
    ("The Gulf Cooperation Council condemned the strike.", "Gulf Cooperation Council", "IGOARBGCC"),  # guard
    ("Gulf states condemned the strike.", "Gulf states", "PGS"),  # guard
    # a government, opposition or militants in a clause of time or cause on a country's act on another are the other's
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", "government", "VENGOV"),
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", "opposition", "VENOPP"),
    ("Israel struck Lebanon after militants fired rockets across the border.", "militants", "LBNREB"),
    ("Kenya's parliament passed the bill after the government agreed to changes.", "government", "KENGOV"),  # guard
    ("Washington eased sanctions on Venezuela after lawmakers approved the deal.", "lawmakers", "USALEG"),  # guard
    # ... and a singular "the government" re-names no plural "governments" of three countries
    ("Brazil, Colombia and Mexico, whose leftist governments have kept channels open with Caracas, called for talks. "
     "Washington eased sanctions on Venezuela after the government agreed to hold the vote.", "the [government] agreed",
     "VENGOV"),
    ("Kenya's government rejected the report. The government said it was biased.", "The [government] said",
     "KENGOV"),  # guard
    # the owner of what a country acts on is not the country's
    ("The United States said on Thursday that opposition candidate Edmundo Gonzalez won Venezuela's presidential "
     "election, rejecting the electoral authority's declaration that President Nicolas Maduro had secured a third "
     "term.", "electoral authority", "VENGOV"),
    # a bare definite envoy is the envoy named before
    ("Kenya summoned the Chinese ambassador on Monday. Foreign Minister Musalia Mudavadi told the envoy that the "
     "remarks were unacceptable.", "envoy", "CHNGOV"),
    ("Kenya summoned the Chinese ambassador, Zhou Pingjian, on Monday. The diplomat was told that the remarks were "
     "unacceptable.", "diplomat", "CHNGOV"),
    ("The envoy said the talks would resume next week.", "envoy", None),  # guard: none named before
    ("Kenya recalled its ambassador to China on Monday. The ambassador said he would return.",
     "The [ambassador] said", None),  # guard: an envoy owned by a pronoun, read as China's when this runs: no guess
    # a name after a title's prepositional phrase is the title's apposition
    ("Russia's ambassador to international organisations in Vienna, Mikhail Ulyanov, called the resolution "
     "counterproductive.", "Mikhail Ulyanov", "RUSGOV"),
    ("China's envoy to the UN, Fu Cong, said the plan was unfair.", "UN", "IGOUNO"),
    ("The head of the agency in Gaza, Philippe Lazzarini, said aid was blocked.", "Philippe Lazzarini",
     "IGOUNORWA"),  # guard
    ("The UN envoy to the region, the Sahel, said the talks had stalled.", "Sahel", "WAF"),  # guard: a place restated
    # the predicate of a copula whose subject is a named group restates the group
    ("President Joe Biden defended the operation, telling reporters in Pennsylvania that the Houthis were \"a terrorist "
     "group\" and that the U.S. would respond.", "terrorist group", "YEMREB"),
    ("Kenya said al-Shabaab was a terrorist organisation.", "terrorist organisation", "SOMREB"),
    ("Biden said the Houthis were a terrorist group.", "terrorist group", "YEMREB"),  # guard
    # the rest of a body's name is no people of a country
    ("Western diplomats said Britain, France and Germany could push for a resolution censuring Iran at the IAEA Board "
     "of Governors next month.", "Governors", None),
    ("The board of governors met in Vienna.", "governors", "AUTGOV"),  # guard: lower case, no name
]

SPEC = [
    ("Sudan's army-aligned government cut ties with the Gulf state. The army blamed the RSF for the attack.",
     "SDNMIL", "112", "SDNREBRSF", "happened"),
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", "VENGOV", "030", "VENOPP", "happened"),
    ("Kenya summoned the Chinese ambassador on Monday. President William Ruto later met the envoy in Nairobi.",
     "KENGOV", "040", "CHNGOV", "happened"),
    # guards
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", "USAGOV", "085", "VEN", "happened"),
    ("Iran's ambassador to the United Nations, Amir Saeid Iravani, accused Israel of violating the ceasefire.",
     "IRNGOV", "112", "ISR", "happened"),
]

ABSENT = [
    ("Sudan's army-aligned government cut ties with the Gulf state. The army blamed the RSF for the attack.",
     ("PNGMIL", "112", "SDNREBRSF")),
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", ("USAGOV", "030", "USAOPP")),
    ("Washington eased some oil sanctions on Venezuela last year after the government and opposition agreed on "
     "conditions for the vote.", ("USAOPP", "030", "USAGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, key, expected", ACTOR, ids=[f"{r[1]}:{r[0][:40]}" for r in ACTOR])
def test_actor_h27d(text, key, expected):
    art = _extract(text, D)
    start, end = _target(text, key)
    assert _coded(art, _find_mention(art, start, end)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, source, code, target, mode", SPEC, ids=[r[0][:50] for r in SPEC])
def test_event_h27d(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, triple", ABSENT, ids=[r[0][:50] for r in ABSENT])
def test_absent_h27d(sentence, triple):
    check_absent(sentence, triple)
