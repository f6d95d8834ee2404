"""h30d: actor codes and dates from the left-alone lists. A weapon or armed vehicle with a country's adjective that is
countered (shot down, intercepted, tracked, fired on) is that country's military, as one acting is (sectors.yaml
`weapons`: `countered_verbs`, `countered_prepositions`, `aimed_verbs`; bombers, warplanes, warships, submarines);
a day on the copula of a claimed free relative dates the act ("struck what it said were nine sites ... on Wednesday");
the country across a border ("near the border with Burkina Faso") is not the place's (coref.yaml `border_neighbour`);
a seat after its own country's name is one body ("The U.S. State Department said" → USAGOV alone); a bare ministry of
another portfolio is not the ministry named before ("the interior ministry" after "Russia's foreign ministry"); the
victims of an attack a relative clause is on are not the attacker's people. SPEC rows must be coded, ABSENT rows must
not; new rows failed before their rule."""
from __future__ import annotations

import eventwire
import pytest

from event_checks import check_absent, check_dated, check_event, codes_of

SPEC = [
    # countered hardware is the adjective's military
    ("Pakistan said it had shot down five Indian jets.", "PAK", "190", "INDMIL", "happened"),
    ("Ukraine said it shot down 40 Russian drones overnight.", "UKR", "190", "RUSMIL", "happened"),
    ("Polish and allied jets shot down Russian drones that had entered Polish airspace.", "POLMIL", "195", "RUSMIL",
     "happened"),
    ("Ukrainian air defences fired on Russian drones over Kyiv.", "UKR", "193", "RUSMIL", "happened"),
    # ... and so is hardware acting, bombers included
    ("Russian bombers struck Kharkiv.", "RUSMIL", "190", "UKR", "happened"),
    # the victims of the attack a relative clause is on are the attacked side's
    ("Russia launched a strike on Kyiv that killed 12 people.", "RUS", "190", "UKRCVL", "happened"),
    ("Israel responded with a wave of strikes that Lebanon's health ministry said killed 11 people.", "ISR", "190",
     "LBNCVL", "happened"),
    ("Israel carried out air strikes that killed 20 people, Gaza's health ministry said.", "ISR", "195", "PSECVL",
     "happened"),
    ("Pakistan launched strikes that the Taliban said killed 10 civilians.", "PAK", "190", "AFGCVL", "happened"),
    ("Russia pounded Kharkiv overnight. The strikes killed five civilians.", "RUS", "190", "UKRCVL", "happened"),
    # the country across the border is not the place's
    ("BAMAKO, June 8 (AFP) - Militants attacked an army base near the border with Niger, killing 20 soldiers.",
     "MLIREB", "190", "MLIMIL", "happened"),
    ("Troops clashed with rebels near the border with Rwanda, the Congolese army said.", "CODMIL", "190", "CODREB",
     "happened"),
    # a seat after its own country's name is one body
    ("Russia's strikes on Kyiv were unacceptable, the U.S. State Department said.", "USAGOV", "111", "RUS", "happened"),
]

ABSENT = [
    # what is used, launched or received stays the country's thing; a maker's adjective names no operator
    ("Russia launched Iranian drones at Kyiv.", ("IRNMIL", "190", "UKR")),
    ("Ukraine received German tanks last year.", ("UKR", "043", "DEUMIL")),
    ("Russia attacked Kyiv with Iranian-made drones.", ("IRNMIL", "190", "UKR")),
    # victims are not the attacker's people
    ("Russia launched a strike on Kyiv that killed 12 people.", ("RUS", "190", "RUSCVL")),
    ("Israel responded with a wave of strikes that Lebanon's health ministry said killed 11 people.",
     ("ISR", "190", "ISRCVL")),
    ("Russia launched strikes that killed 12 people, Ukraine's emergency service said.", ("RUS", "190", "RUSCVL")),
    # the border's other country
    ("Troops clashed with rebels near the border with Rwanda, the Congolese army said.", ("RWAMIL", "190", "RWAREB")),
    ("BAMAKO, June 8 (AFP) - Militants attacked an army base near the border with Niger, killing 20 soldiers.",
     ("NERREB", "190", "NERMIL")),
]

# a day on the claim's copula dates the act; a day on a later saying does not
DATED = [
    ("2025-05-08", "India struck what it said were nine sites in Pakistan on Wednesday.", "struck", "2025-05-07",
     "weekday"),
    ("2025-05-08", "Israel struck what it said were weapons depots in southern Lebanon on Tuesday.", "struck",
     "2025-05-06", "weekday"),
    ("2025-05-08", "India struck nine sites in Pakistan on Wednesday.", "struck", "2025-05-07", "weekday"),
    ("2025-05-08", "India struck what it said were nine sites in Pakistan, officials said on Wednesday.", "struck",
     None, None),
]

# mention text → codes: the seat and its country's name are one body; a bare ministry of another portfolio
MENTIONS = [
    ("The U.S. State Department said.", "U.S. State Department", {"USAGOV"}),
    ("The US Treasury Department said.", "US Treasury Department", {"USAGOV"}),
    ("Taiwan said it tracked 20 Chinese warships near the island on Monday.", "20 Chinese warships", {"CHNMIL"}),
    ("Georgian police used water cannon against protesters in Tbilisi on Friday. Russia's foreign ministry said the "
     "protests had been organised from abroad. The interior ministry said 107 people had been detained.",
     "interior ministry", {"GEOGOV"}),
    ("India expelled six Canadian diplomats. Canada's foreign ministry called the move regrettable. The interior "
     "ministry said the diplomats had left.", "interior ministry", {"INDGOV"}),
    # guards: the bare same-portfolio ministry still takes the state last told acting; a seat of another country's name
    ("India expelled six Canadian diplomats. The foreign ministry said the move was a response to Canada's accusations.",
     "foreign ministry", {"INDGOV"}),
    ("Ukraine received German tanks last year.", "German tanks", {"DEU"}),
    ("Russia relies on Iranian drones for its attacks.", "Iranian drones", {"IRN"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h30d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h30d_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("published,text,trigger,expected,reason", DATED, ids=[s[1][:48] for s in DATED])
def test_h30d_dated(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,codes", MENTIONS, ids=[s[0][:48] for s in MENTIONS])
def test_h30d_mentions(text, mention, codes):
    assert codes_of(text).get(mention) == codes, codes_of(text)


@pytest.mark.slow
def test_h30d_seat_one_actor():
    """"The U.S. State Department said." is one actor (the scorer codes a speaker's name alone so)."""
    article = eventwire.extract("The U.S. State Department said.", published="2025-06-01")
    assert [(a.code, a.kind) for a in article.actors] == [("USAGOV", "composed")]
