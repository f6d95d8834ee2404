"""Helper h26e's lexicon families of session 26, each a row: honours awarded, conferred or presented "with" (an order, a
cross or a star "of" something, an award, a prize; n.award_order.051, n.present_with_honour.051, n.award_honour.051 in the
passive), never a contract or damages awarded; documents and understandings signed by two parties (n.sign_document.057),
never a letter, a petition or a bill; the severance of ties announced (x.announce_severance_ties.161), not air links
suspended; an objection, a veto or opposition lifted, dropped, withdrawn or given up yields to the body whose measure it
held up (n.lift_objection.080, n.give_up_objection.080), never an opposition leader dropped; the blame laid, put or
shifted on a party and an attack attributed to it accuse it (n.lay_blame_on.112, n.attribute_attack.112); a price paid
for one's deeds warned of, a price vowed, a response to be faced and a party made to pay threaten it (n.warn_pay_for_deeds.130,
n.vow_pay_price.130, n.warn_face_response.130, n.vow_make_pay.130; "make" a bare-infinitive verb), never a price foretold
for inaction nor damage paid for; an offer to talk made on a condition is made to whom the condition names (x.intent_meet.036
path condition.subj, also on a predicate adjective's copula); designations as a state sponsor of terrorism (163), a
country of particular concern (1122) or a currency manipulator (112), "redesignated" too. SPEC rows must be coded, ABSENT
rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # 1. honours
    ("Putin conferred the Order of Friendship on the Chinese ambassador.", "RUSGOV", "051", "CHNGOV", "happened"),
    ("Macron presented Modi with the Legion of Honour.", "FRAGOV", "051", "INDGOV", "happened"),
    ("Modi was presented with a medal by President Mahama.", "GHAGOV", "051", "INDGOV", "happened"),
    ("Modi was awarded Ghana's highest national honour by President Mahama.", "GHAGOV", "051", "INDGOV", "happened"),
    ("Macron gave Zelensky an award.", "FRAGOV", "051", "UKRGOV", "happened"),
    # 2. signing together
    ("Erdogan and Sisi signed a document on Monday.", "TURGOV", "057", "EGYGOV", "happened"),
    ("Kenya and Uganda signed memoranda of understanding on trade and energy.", "KEN", "057", "UGA", "happened"),
    ("Kenya signed a document with Uganda on cross-border trade.", "KEN", "057", "UGA", "happened"),
    # 3. breaking relations
    ("Bolivia announced the severance of diplomatic relations with Israel.", "BOL", "161", "ISR", "happened"),
    ("Venezuela ruptured relations with Panama.", "VEN", "161", "PAN", "happened"),
    # 4. dropping opposition
    ("Turkey withdrew its objection to Sweden's NATO membership.", "TUR", "080", "IGOWSTNAT", "happened"),
    ("Greece lifted its objections to North Macedonia's accession.", "GRC", "080", "MKD", "happened"),
    ("Slovakia dropped its opposition to the EU's 18th sanctions package.", "SVK", "080", "IGOEUREEC", "happened"),
    ("Turkey gave up its objections to Finland's bid.", "TUR", "080", "FIN", "happened"),
    ("Fico lifted his objection after the European Commission promised to compensate Slovakia.", "SVKGOV", "080",
     "IGOEUREECCOM", "happened"),
    # 5. blame
    ("Nigeria's government laid the blame on Boko Haram.", "NGAGOV", "112", "NGAREBBKH", "happened"),
    ("Moscow shifted the blame onto Kyiv.", "RUSGOV", "112", "UKR", "happened"),
    ("Pakistan put the blame squarely on India.", "PAK", "112", "IND", "happened"),
    ("Kyiv attributed the strike to Russian forces.", "UKRGOV", "112", "RUSMIL", "happened"),
    # 6. threats of consequences
    ("Netanyahu vowed that Hamas would pay a heavy price.", "ISRGOV", "130", "PSEREBHMS", "happened"),
    ("Erdogan said Israel will pay for its crimes.", "TURGOV", "130", "ISR", "happened"),
    ("Netanyahu warned that Hezbollah would pay a heavy price for its attacks.", "ISRGOV", "130",
     "LBNREBHEZ", "happened"),
    ("Iran warned that Israel would face a crushing response.", "IRN", "130", "ISR", "happened"),
    ("Israel vowed to make Hezbollah pay.", "ISR", "130", "LBNREBHEZ", "happened"),
    ("Trump threatened to make Canada pay far more for its defence.", "USAGOV", "130", "CAN", "happened"),
    # 7. willing to resume talks on a condition
    ("The ELN was willing to resume dialogue if the army withdrew.", "COLREBELN", "036", "COLMIL", "happened"),
    ("Hamas is ready to resume negotiations if Israel stops its strikes.", "PSEREBHMS", "036", "ISR", "happened"),
    # 8. designations
    ("Washington designated Cuba a state sponsor of terrorism.", "USAGOV", "163", "CUB", "happened"),
    ("Washington designated Cuba as a state sponsor of terrorism.", "USAGOV", "163", "CUB", "happened"),
    ("The US designated Hamas as a terrorist organisation.", "USA", "163", "PSEREBHMS", "happened"),
    ("The United States redesignated the Houthis a foreign terrorist organization.", "USA", "163", "YEMREBHTH",
     "happened"),
    ("The State Department designated Nicaragua a country of particular concern.", "USAGOV", "1122", "NIC", "happened"),
    ("The State Department designated Nigeria as a country of particular concern.", "USAGOV", "1122", "NGA", "happened"),
    ("The US Treasury designated China a currency manipulator.", "USAGOV", "112", "CHN", "happened"),
]

ABSENT = [
    # a contract, a tender or damages awarded is no honour; "gave the order" commands
    ("Kenya awarded the road contract to a Chinese company.", ("KEN", "051", "CHNBUS")),
    ("The court awarded damages to the Israeli family.", ("ISRJUD", "051", "ISR")),
    ("Putin gave the order to attack Ukraine.", ("RUSGOV", "051", "UKR")),
    # one's own soldiers decorated: no honour between parties
    ("Putin awarded medals to Russian soldiers.", ("RUSGOV", "051", "RUSMIL")),
    # a letter, a petition or a bill signed is no agreement
    ("Macron and Sanchez signed a letter to the European Commission.", ("FRAGOV", "057", "ESPGOV")),
    ("Kenya and Uganda signed a petition.", ("KEN", "057", "UGA")),
    # air links suspended are no diplomatic relations cut
    ("Italy announced a suspension of air links with Serbia.", ("ITA", "161", "SRB")),
    # an opposition leader dropped is no objection withdrawn
    ("Hungary's ruling party dropped the opposition leader from the list.", ("HUNGOV", "080", "HUNOPP")),
    # responsibility laid on someone to act is a duty, no blame; a delay attributed names no wrong
    ("The EU placed the responsibility on Russia to end the war.", ("IGOEUREEC", "112", "RUS")),
    ("Kenya attributed the delay to Uganda.", ("KEN", "112", "UGA")),
    # a price foretold for inaction, and damage paid for, are no threat
    ("Zelensky warned that Europe would pay a heavy price for its inaction.", ("UKRGOV", "130", "EUR")),
    ("Scholz said Russia would pay for the damage.", ("DEUGOV", "130", "RUS")),
    ("Macron said France would pay a heavy price for its mistakes.", ("FRAGOV", "130", "FRA")),
    # one's own country's group listed "as" a terrorist organisation is the administrative sanction (172), not 163
    ("Russia listed the Russian Volunteer Corps as a terrorist organisation.", ("RUS", "163", "RUSREBRVC")),
    # a place designated a park or a site is no one accused
    ("Kenya designated the forest a national park.", ("KEN", "112", "KEN")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h26e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26e_absent(sentence, triple):
    check_absent(sentence, triple)
