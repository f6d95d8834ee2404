"""Helper h26b's rules of session 26 (nominal events and their agents), each a row: an act noun's doer in a "by" phrase
the parser hung on the verb whose object it is, or on a noun that counts or frames it ("documented killings of civilians
by soldiers", "three days of demonstrations in Dhaka by the opposition"; repairs.yaml `agented_act_nouns`); protests and
boycotts of a country's own people named as nouns, or boycotts in the passive, aimed at no one named, are against its
government (x.n.protest.141, x.n.boycott.143, x.boycotted_by.143: path `own_government`); a place held or occupied by
someone stands for its holder as an act's argument ("struck the Houthi-held port", modality.yaml `holder_participles`);
attacks kept up, stepped up or continued (x.keep_up_attacks.190); a bomb that explodes near someone, its doer whoever
claimed the attack the clause is summed up as (n.*_bomb_exploded.*, path `summary.claimant`, modality.yaml
`claimed_summary_nouns`; `claimant` also reads "claimed by" on the act noun); charges filed, brought or submitted by
prosecutors or the police are a legal charge (file_charges_legal.173). SPEC rows must be coded, ABSENT rows must not;
the new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a "by" phrase on the verb whose object is the act noun, or a noun framing it, is the act's doer
    ("In Mali, Human Rights Watch documented killings of Fulani civilians by soldiers.", "MLIMIL", "190", "MLICVL",
     "happened"),
    ("Amnesty International documented cases of torture of detainees by Egyptian police.", "EGYCOP", "1822", "EGYCVL",
     "happened"),
    # ... and on a span or count of the act; a protest of one's own people named as a noun is against their government
    ("The ban came after three days of demonstrations in Dhaka by the Bangladeshi opposition.", "BGDOPP", "141", "BGDGOV",
     "happened"),
    ("Vucic resigned after months of protests in Belgrade by Serbian students.", "SRBEDU", "141", "SRBGOV", "happened"),
    # a boycott named as a noun, or told in the passive, by a country's own opposition is of its government
    ("Chapo was sworn in as president in a ceremony boycotted by the Mozambican opposition.", "MOZOPP", "143", "MOZGOV",
     "happened"),
    ("Ruto addressed a parliament session boycotted by the Kenyan opposition.", "KENOPP", "143", "KENGOV", "happened"),
    ("Tinubu spoke at a national dialogue boycotted by Nigerian opposition parties.", "NGAOPP", "143", "NGAGOV",
     "happened"),
    ("The opposition's boycott of the vote angered Ruto.", "KENOPP", "143", "KENGOV", "happened"),
    # a place held by someone, struck, is struck on them
    ("Israeli jets struck the Houthi-held port of Hodeidah on Monday.", "ISRMIL", "195", "YEMREBHTH", "happened"),
    ("Sudanese army drones struck RSF-held areas of El Fasher.", "SDNMIL", "195", "SDNREBRSF", "happened"),
    # attacks kept up, stepped up or continued
    ("Israel has kept up near-daily strikes in Lebanon.", "ISR", "190", "LBN", "happened"),
    ("Russia stepped up its air strikes on Kharkiv.", "RUS", "190", "UKR", "happened"),
    ("Israel continued its raids across the occupied West Bank.", "ISR", "190", "PSE", "happened"),
    # a bomb that explodes near someone, in an attack someone claimed
    ("A roadside bomb exploded near the governor's convoy in Mogadishu, an attack claimed by al-Shabaab.", "SOMREBSHB",
     "1833", "SOMGOV", "happened"),
    ("A car bomb exploded outside a Somali army base, an attack claimed by al-Shabaab.", "SOMREBSHB", "1832", "SOMMIL",
     "happened"),
    ("A bomb exploded near a police station in Kabul on Friday.", None, "183", "AFGCOP", "happened"),
    # charges filed or submitted by prosecutors or the police are a legal charge
    ("Bangladeshi prosecutors submitted formal charges against Hasina.", "BGDJUD", "173", "BGDELI", "happened"),
    ("Kenyan police filed charges against three opposition lawmakers.", "KENCOP", "173", "KENLEG", "happened"),
]

ABSENT = [
    # killings with no doer named have none; the NGO that documents them is no killer
    ("Human Rights Watch documented killings of Fulani civilians in Mali.", ("NGOHRW", "190", "MLICVL")),
    ("In Mali, Human Rights Watch documented killings of Fulani civilians by soldiers.", ("NGOHRW", "190", "MLICVL")),
    # a report by someone on something is no act of theirs on it
    ("Amnesty International published a report by its researchers on abuses in Egypt.", ("NGOAMN", "190", "EGY")),
    # a state's boycott is not of its own government
    ("The Beijing Olympics were boycotted by the United States.", ("USA", "143", "USAGOV")),
    # a strike kept up by workers is a labour strike, no attack
    ("Nurses in Kenya kept up their strike on Monday.", ("KENHLH", "190", "KEN")),
    # an attack blamed on a group is not claimed by it
    ("A car bomb exploded outside a Somali army base in Mogadishu, an attack the government blamed on al-Shabaab.",
     ("SOMREBSHB", "1832", "SOMMIL")),
    # charges brought by the opposition are no arrest or legal charge
    ("The Kenyan opposition filed charges against Ruto.", ("KENOPP", "173", "KENGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h26b_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26b_absent(sentence, triple):
    check_absent(sentence, triple)
