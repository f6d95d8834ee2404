"""h29a: actor resolution of four constructions of wire copy. (1) A divided country's half called by its cardinal word
alone ("the North", "the South's military") in a story that names the pair is that country (coref.yaml
`elliptical_countries`, actors.py `_elliptical_countries`). (2) Police, prosecutors and courts with no country written
take the story's home state, not a foreign suspect's country (coref.yaml `story_state_sectors`, `_story_home`). (3) Seats
that stand for a state: China's Taiwan Affairs Office and Hong Kong and Macao Affairs Office, Taiwan's Mainland Affairs
Council, Korea's Unification Ministry (countries.yaml). (4) A country's envoy at or to an international body is the
country's (coref.yaml `envoy_post_prepositions`). SPEC rows must be coded, ABSENT rows must not; MENTION rows give the code
of a mention, None for none; 25 rows failed before their rule, the rest are guards."""
from __future__ import annotations

import eventwire
import pytest

from event_checks import PUBLISHED, check_absent, check_event, codes_of


KOREAS = "SEOUL (Reuters) - North Korea fired two ballistic missiles on Tuesday, South Korea's military said. "
SUDANS = "Sudan and South Sudan agreed to reopen the oil pipeline. "

# (text, mention, code expected; None: no actor)
MENTION = [
    # (1) the elliptical halves of the two Koreas and the two Sudans
    (KOREAS + "The North's defence ministry called the drills a rehearsal for invasion.", "North", "PRK"),
    (KOREAS + "The South condemned the launch.", "South", "KOR"),
    ("South Korea and North Korea traded accusations. The South's military denied the claim.", "South's military",
     "KORMIL"),
    ("SEOUL (Reuters) - The South's unification ministry urged the North to return to talks, after North Korea launched "
     "a missile.", "North", "PRK"),
    ("Talks between the North and South collapsed in 2019, South Korean officials said.", "South", "KOR"),
    ("JUBA (Reuters) - South Sudan accused Sudan of bombing its territory. The South said the North had violated the "
     "ceasefire.", "North", "SDN"),
    (SUDANS + "The North accused the South of supporting rebels.", "South", "SSD"),
    # (2) police, prosecutors and courts of no country written: the story's home state
    ("BERLIN (Reuters) - A Syrian man stabbed three people at a train station on Friday. Police said they arrested the "
     "suspect.", "Police", "DEUCOP"),
    ("A Russian tourist was arrested in Thailand after a fight. Police said he attacked a bar owner.", "Police", "THACOP"),
    ("A Russian tourist was arrested in Thailand after a fight. The court sentenced him to two years.", "court", "THAJUD"),
    ("NAIROBI (Reuters) - Kenyan officials said a Chinese national had been arrested for smuggling ivory. Prosecutors "
     "charged the Chinese man with trafficking.", "Prosecutors", "KENJUD"),
    ("A British man was detained in Dubai on drug charges. A court sentenced the Briton to 25 years.", "court", "AREJUD"),
    # a place in a reported clause is no home ("TBILISI ... said the detainees had been trained in Belarus")
    ("Georgian police detained 12 people on Friday. Prosecutors accused Russian intelligence services of funding the "
     "protests and said the detainees had been trained in Belarus.", "Prosecutors", "GEOJUD"),
    # guards: a force named with its country, or placed by its own phrase, stays its own; a court named before is that court
    ("KYIV (Reuters) - Russian police detained a Ukrainian journalist in Moscow. Police said he was a spy.", "Police",
     "RUSCOP"),
    ("WASHINGTON (Reuters) - Police in Caracas arrested two American citizens on Monday.", "Police", "VENCOP"),
    ("Hungarian police arrested a Serbian man near the border. Prosecutors said he smuggled migrants.", "Prosecutors",
     "HUNJUD"),
    ("The International Criminal Court issued a warrant for Putin. The court said he was responsible for deportations.",
     "court", "IGOJUDICC"),
    # (3) seats that stand for a state
    ("The Taiwan Affairs Office condemned the visit by U.S. lawmakers.", "The Taiwan Affairs Office", "CHNGOV"),
    ("China's Taiwan Affairs Office said the drills were a warning to separatists.", "Taiwan Affairs Office", "CHNGOV"),
    ("The Hong Kong and Macao Affairs Office condemned the British report.", "The Hong Kong and Macao Affairs Office",
     "CHNGOV"),
    ("Taiwan's Mainland Affairs Council urged Beijing to stop military pressure.", "Mainland Affairs Council", "TWNGOV"),
    ("The Unification Ministry said North Korea had rejected the offer.", "The Unification Ministry", "KORGOV"),
    # (4) an envoy at or to an international body is the country's
    ("Russia's deputy envoy at the United Nations, Dmitry Polyanskiy, said the West was arming Kyiv.",
     "Dmitry Polyanskiy", "RUSGOV"),
    ("France's permanent representative to the United Nations, Nicolas de Riviere, condemned the attack.",
     "Nicolas de Riviere", "FRAGOV"),
    ("Iran's envoy to the International Atomic Energy Agency, Reza Najafi, rejected the report.", "Reza Najafi", "IRNGOV"),
    # guards: the body's own envoy stays the body's
    ("The UN envoy for Yemen, Hans Grundberg, urged the Houthis to release staff.", "UN envoy", "IGOUNO"),
]

# (text, mention): no actor (or none with a code)
NO_MENTION = [
    # no pair named: "the North" is a region
    ("The storm hit the North of England on Tuesday. The North has seen heavy rain.", "North"),
    ("Italian police arrested three men in the North. The South criticised the government.", "South"),
    # the Sudan pair needs both named
    ("The Sudanese army fought the RSF in Darfur. Fighting spread to the South.", "South"),
    # a longer name
    ("The South China Sea dispute escalated as Vietnam accused China of ramming a boat.", "South"),
]

SPEC = [
    ("South Korea and North Korea traded accusations on Monday. The North accused the South of sending drones over "
     "Pyongyang.", "PRK", "112", "KOR", "happened"),
    (SUDANS + "The North accused the South of supporting rebels.", "SDN", "112", "SSD", "happened"),
    ("North Korea said on Friday it would cut all road links with the South.", "PRK", "161", "KOR", "planned"),
    ("A British man was detained in Dubai on drug charges. A court sentenced the Briton to 25 years.", "AREJUD", "173",
     "GBR", "happened"),
    ("The Mainland Affairs Council criticised China's Taiwan Affairs Office.", "TWNGOV", "111", "CHNGOV", "happened"),
    ("Russia's envoy at the United Nations Vassily Nebenzia accused Ukraine of provocations.", "RUSGOV", "1123", "UKR",
     "happened"),
    ("China's ambassador to the UN, Fu Cong, said Washington was to blame.", "CHNGOV", "112", "USAGOV", "happened"),
    ("Pakistan's envoy to the U.N., Munir Akram, accused India of aggression.", "PAKGOV", "1123", "IND", "happened"),
]

ABSENT = [
    ("A British man was detained in Dubai on drug charges. A court sentenced the Briton to 25 years.", ("GBRJUD", "173",
                                                                                                        "GBR")),
    ("NAIROBI (Reuters) - Kenyan officials said a Chinese national had been arrested for smuggling ivory. Prosecutors "
     "charged the Chinese man with trafficking.", ("CHNJUD", "173", "CHNCVL")),
    ("Russia's envoy at the United Nations Vassily Nebenzia accused Ukraine of provocations.", ("IGOUNO", "1123", "UKR")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, mention, code", MENTION, ids=[f"{r[1]}:{r[0][:40]}" for r in MENTION])
def test_h29a_mention(text, mention, code):
    got = codes_of(text)
    assert got.get(mention) == {code}, got


@pytest.mark.slow
@pytest.mark.parametrize("text, mention", NO_MENTION, ids=[r[0][:40] for r in NO_MENTION])
def test_h29a_no_mention(text, mention):
    got = codes_of(text)
    assert not (got.get(mention) or set()) - {None}, got


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h29a_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h29a_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
def test_h29a_seat_speaks_for_its_state():
    article = eventwire.extract("China's Taiwan Affairs Office said on Wednesday that the drills were a warning to "
                                "separatists.", published=PUBLISHED)
    assert [q.speaker_code for q in article.quotes] == ["CHNGOV"]
