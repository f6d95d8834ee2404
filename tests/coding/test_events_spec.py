"""Event coder rules fixed for the peer suites (issue 4): spec table of sentence → expected
(source, code, target, mode), events that must not appear, and the pattern loader's key check."""
from __future__ import annotations

import pytest

import eventwire
from eventwire.coding.events import parse_patterns
from eventwire.errors import EventwireError

PUBLISHED = "2025-06-01"

# (sentence, source code, CAMEO code, target code, mode)
SPEC = [
    # reciprocal subjects act on each other, every direction; a list misparsed as apposition too
    ("The US, Russia, and Switzerland met yesterday.", "RUS", "040", "CHE", "happened"),
    ("China and Brazil signed agreements.", "BRA", "057", "CHN", "happened"),
    # receiving from X: X is the source
    ("Georgian demonstrators received weapons from the Georgian government.", "GEOGOV", "072", "GEOCVL", "happened"),
    ("Georgian demonstrators received assurances from the Georgian government.", "GEOGOV", "030", "GEOCVL", "happened"),
    # fired <weapon> at X: by the weapon; unspecified force otherwise
    ("The United States fired anti-aircraft batteries at Russia this week.", "USA", "190", "RUS", "happened"),
    ("Israeli soldiers fired at Palestinian protesters.", "ISRMIL", "193", "PSECVL", "happened"),
    # CAMEO codes: veto 129, halting aid 162, killing is force (190), assassination 186
    ("Russia vetoed a UN resolution on Syria.", "RUS", "129", "IGOUNO", "happened"),
    ("Germany halted aid to Mali.", "DEU", "162", "MLI", "happened"),
    # "wants to attack" is a threat; "failed to attack" is denied
    ("Russia wants to attack Ukraine.", "RUS", "138", "UKR", "happened"),
    ("Russia failed to attack Ukraine.", "RUS", "190", "UKR", "denied"),
    # the threatened act is hypothetical (not output); the threat is the event
    ("Russia threatened to impose sanctions on Ukraine.", "RUS", "1312", "UKR", "happened"),
    # a threat's condition is what the threat says, not a hypothetical threat; the target may be the
    # one the condition names, or sit on the threatened act or its object
    ("Turkey threatened to cut off water supplies to Syria unless Damascus halted its support for the rebels.",
     "TUR", "131", "SYR", "happened"),
    ("Hezbollah threatened to fire rockets at Israel if Israeli troops entered southern Lebanon.",
     "LBNREBHEZ", "138", "ISR", "happened"),
    ("Germany threatened to suspend arms deliveries to Saudi Arabia.", "DEU", "131", "SAU", "happened"),
    # a future conflictual act under an "unless" condition is a threat (CAMEO 13x)
    ("France will withdraw its soldiers from Mali unless the junta holds elections.", "FRA", "136", "MLI", "happened"),
    ("Iran will close its border with Iraq if the United States does not lift sanctions.", "IRN", "1381", "IRQ", "happened"),
    # a predicate adjective governing an open complement is an intent like "agreed to";
    # the complement's own preposition gives the target; "it" in a reported clause is the reporter
    ("Azerbaijan said it is willing to withdraw its forces from Armenia.", "AZE", "0356", "ARM", "happened"),
    ("Serbia is ready to negotiate with Kosovo.", "SRB", "036", "XKX", "happened"),
    ("Belarus has offered to negotiate with the president of Poland.", "BLR", "036", "POLGOV", "happened"),
    ("Egypt has agreed to hand over to Italy two suspects in the killing.", "EGY", "0353", "ITA", "happened"),
    ("Iran agreed to open its nuclear sites to UN inspectors.", "IRN", "0355", "IGOUNO", "happened"),
    ("The Kremlin said it would attack Ukraine.", "RUSGOV", "190", "UKR", "planned"),
    ("Houthi rebels said they had attacked Saudi Arabia.", "YEMREBHTH", "190", "SAU", "happened"),
    # the copula's negation reaches the adjective and its complement
    ("Turkey is not willing to withdraw its soldiers from Cyprus.", "TUR", "0356", "CYP", "denied"),
    # "thousands of X" is X; the purpose clause names whom a protest is against
    ("Thousands of students staged demonstrations to demand the resignation of President Aleksandar Vucic.",
     "SRBCVL", "141", "SRBGOV", "happened"),
    ("Hundreds of farmers blocked roads in Brussels to protest European Union trade policies.",
     "BELAGR", "144", "IGOEUREEC", "happened"),
    # "X said that Y must V" is a demand of Y
    ("France said that Iran must release the detained French citizens.", "FRA", "100", "IRN", "happened"),
    # a participle on a statement the subject issued is the subject's act
    ("The Taliban issued a statement demanding that Pakistan release the detained commanders.",
     "AFGREBTAL", "1053", "PAK", "happened"),
    # a subject noun that is no actor is named by the actor in its compound
    ("The al-Qaeda terror network threatened to attack France.", "IMGREBAQD", "138", "FRA", "happened"),
    ("US drone strikes have killed five al-Shabaab commanders this year.", "USA", "190", "SOMREBSHB", "happened"),
    # a demand that Y do Z is a demand of Y
    ("The European Union repeated its demand that Serbia recognise Kosovo.", "IGOEUREEC", "100", "SRB", "happened"),
    # a refusal's target may sit on the refused act's preposition
    ("Hungary refused to respond to a request from the European Commission.", "HUN", "120", "IGOEUREECCOM", "happened"),
    # opened fire to disperse X: X is the target of the shooting
    ("Kenyan police opened fire to disperse protesters in Nairobi.", "KENCOP", "193", "KENCVL", "happened"),
    # a passive with no agent that states the subject's own act or stance
    ("Ukrainian troops were engaged in fierce fighting with Russian forces near Bakhmut.",
     "UKRMIL", "190", "RUSMIL", "happened"),
    ("Hungary is opposed to the European Commission's plan.", "HUN", "120", "IGOEUREECCOM", "happened"),
]

# (sentence, (source, code, target)) that must NOT be coded
ABSENT = [
    ("Russia threatened to impose sanctions on Ukraine.", ("RUS", "163", "UKR")),  # hypothetical
    ("Germany urged Russia to help Ukraine.", ("DEU", "070", "UKR")),  # the appeal's subject does not help
    ("The US said that Iraq had attacked Kuwait.", ("USA", "010", "IRQ")),  # attribution of the attack
    # a conditional cooperative act stays hypothetical; "if" makes no threat of a future act
    ("Chad will withdraw its soldiers from Niger if the junta asks for help.", ("TCD", "0874", "NER")),
    ("Chad will withdraw its soldiers from Niger if the junta asks for help.", ("TCD", "136", "NER")),
    ("Iran will close its border with Iraq if the United States lifts sanctions.", ("IRN", "1381", "IRQ")),
    ("Iran will close its border with Iraq if the United States lifts sanctions.", ("IRN", "191", "IRQ")),
    # a modal on the governing verb reaches the complement
    ("Russia could agree to withdraw its troops from Georgia.", ("RUS", "0874", "GEO")),
    ("Russia could agree to withdraw its troops from Georgia.", ("RUS", "0356", "GEO")),
    ("Egypt said that the United States must be ready to mediate between Israel and Hamas.", ("USA", "039", "ISR")),
    # a possessive pronoun of the source is never the target of a deep search
    ("Turkey is not willing to withdraw its soldiers from Cyprus.", ("TUR", "0356", "TURMIL")),
    # a participle on a verb's object that is no statement is not the subject's act
    ("Israeli police met protesters demanding the release of the hostages.", ("ISRCOP", "1053", "ISRCVL")),
    # a negated complement is not the act the pattern names
    ("Israel vowed not to return the Golan Heights to Syria.", ("ISR", "0353", "SYR")),
    # "they" after a singular reporter is someone else
    ("Ukraine said they had attacked Kharkiv overnight.", ("UKR", "190", "UKR")),
    ("The United States claimed that they had attacked Iraq.", ("USA", "190", "IRQ")),
    # what a demand asks for has not happened
    ("The European Union repeated its demand that Serbia recognise Kosovo.", ("SRB", "054", "XKX")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_spec(sentence, source, code, target, mode):
    article = eventwire.extract(sentence, published=PUBLISHED)
    got = {(e.source_code, e.cameo_code, e.target_code): e.mode for e in article.events}
    assert (source, code, target) in got, sorted(got)
    assert got[(source, code, target)] == mode


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_absent(sentence, triple):
    article = eventwire.extract(sentence, published=PUBLISHED)
    got = {(e.source_code, e.cameo_code, e.target_code) for e in article.events}
    assert triple not in got, sorted(got)


def test_unknown_pattern_key_is_an_error():
    data = {"verbs": [{"id": "t.x.010", "lemmas": ["say"], "code": "010", "target": ["dobj"], "no_charge_court": True}]}
    with pytest.raises(EventwireError) as exc:
        parse_patterns(data, file="test.yaml")
    assert exc.value.code == "E033" and "no_charge_court" in str(exc.value)


def test_known_keys_parse():
    data = {"verbs": [{"id": "t.fire.193", "lemmas": ["fire"], "code": "193", "target": ["prep:at"], "prep": "at",
                       "no_object": True, "source_sectors_not": ["JUD"], "attribution": False}]}
    (p,) = parse_patterns(data, file="test.yaml")
    assert p.no_object and p.source_sectors_not == frozenset({"JUD"})
