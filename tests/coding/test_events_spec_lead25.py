"""The lead's rules of session 25, each a row: a police, intelligence or judicial raid searches homes and offices, no
force on their country and no looting (raid.190, x.raid_more.190 and n.raid_loot.1711 exclude COP, SPY and JUD
sources; looting by raid needs a store of goods); mediators offering together do not mediate each other
(x.intent_mediate.039 is not reciprocal); a place an actor travels or flees to gives a bare group noun no country
(coref.yaml `person_travel_verbs`, now for every noun); a report by one of a state's organs about another is no
statement (modality.yaml `own_state_report_sectors`); a state body "led by" a person is that person's country's
(coref.yaml `body_leader_participles`); of places of several countries in a sentence, those outside the clause of
another act give a bare noun its country; sending people back is no aid (x.urge_aid.023 `xcomp_not`); a complaint
filed with a forum (the WTO, a court, a UN body) is not aimed at the forum (x.complain_to_forum.114,
x.lodge_protest_with.114); a release asked for people held in a country is asked of it (path `captor`, modality.yaml
`captivity_place_prepositions`); troops or police a force is "backed by" endorse nothing (endorse_by.051); the
closure of another state's mission ordered or announced is 161 (n.order_closure_embassy.161); sanctions considered,
weighed or mulled are threatened (x.consider_sanctions.1312); a bare "the army" someone orders or deploys is the
state's, not a group named with the word (coref.yaml `deployment_verbs`); a hosting participle hung on a meeting's
venue is the meeting's (repairs.yaml `venue_participles`); forces sent to act on someone are mobilised against them
(x.mobilize_against.154); countermeasures suspended are sanctions eased (x.end_sanctions.085); forces fighting
alongside another's cooperate militarily (x.fight_alongside.062); "its neighbour" is the one other country told
(coref.yaml `neighbour_heads`), and a state charged with something by another is accused (x.charge_state_with.112);
forces deployed "to support" others endorse no one (pattern key `purpose_of_not`). SPEC rows must be coded, ABSENT
rows must not; new rows failed before their rule. A speaker takes no country from the clause it reports."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Gunmen raided a police station in Borno state.", "NGAUAF", "190", "NGACOP", "happened"),
    ("Gunmen raided a bank in Kano.", "NGAUAF", "1711", "NGABUS", "happened"),
    ("Police raided homes and markets in Islamabad on Saturday and detained hundreds of Afghans.",
     "PAKCOP", "173", "AFGCVL", "happened"),
    ("Qatar and Egypt offered to mediate between Israel and Hamas.", "QAT", "039", "ISR", "happened"),
    # a place someone travels or flees to gives a bare group no country
    ("Hasina, 77, fled by helicopter to New Delhi on Aug. 5 as crowds stormed her official residence, ending 15 years "
     "in power.", "BGDCVL", "145", "BGDELI", "happened"),
    ("Protesters gathered in Tbilisi as the prime minister flew to Brussels.", "GEOGOV", "042", "BEL", "happened"),
    # an opposition speaking of its government keeps the statement
    ("Kenya's opposition leader Raila Odinga said President William Ruto had lost legitimacy.", "KENOPP", "010", "KENGOV",
     "happened"),
    # a state body a participle says who leads is its leader's country's
    ("Indian Foreign Secretary Vikram Misri visited Dhaka this month. Hasina's Awami League party accused the interim "
     "government led by Nobel laureate Muhammad Yunus of persecuting its members.", "BGDPTYAWL", "112", "BGDGOV", "happened"),
    # of places of several countries, those outside another act's clause first
    ("Israel carried out waves of air strikes across southern Lebanon on Saturday, killing at least seven people, after "
     "rockets were fired toward the northern Israeli town of Metula.", "ISR", "190", "LBNCVL", "happened"),
    # asking for a person sent back is a request, no appeal for aid; asking for supplies still is
    ("Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina to face trial.", "BGD", "020",
     "IND", "happened"),
    ("Sudan asked Egypt to send medical supplies.", "SDN", "023", "EGY", "happened"),
    # a complaint is aimed at whom it is against, else whom it is lodged with unless that is a forum
    ("Ukraine filed a complaint with the ICJ against Russia.", "UKR", "114", "RUS", "happened"),
    ("Beijing lodged a complaint with the WTO against the U.S. tariffs.", "CHNGOV", "114", "USA", "happened"),
    ("Japan lodged a protest with China over the incursion.", "JPN", "114", "CHN", "happened"),
    ("Vietnam handed a protest note to the Chinese ambassador.", "VNM", "114", "CHNGOV", "happened"),
    # a release asked for people held in a country, with no captor told, is asked of that country
    ("Washington called for the release of two American journalists held in Russia.", "USAGOV", "0253", "RUS", "happened"),
    ("Rubio said Washington would continue pressing for the release of other Americans held in Afghanistan.", "USAGOV",
     "0253", "AFG", "planned"),
    # an endorsement by a state stays one
    ("The United States backed Israel.", "USA", "051", "ISR", "happened"),
    # the closure of another state's mission ordered reduces relations with it
    ("Poland ordered the closure of Russia's consulate in Krakow on Monday.", "POL", "161", "RUSGOV", "happened"),
    # sanctions considered are held over the target (1312); prepared ones are planned (163)
    ("Brussels is weighing tariffs on Chinese electric cars.", "IGOEUREEC", "1312", "CHN", "happened"),
    ("The EU is preparing new sanctions against Russia.", "IGOEUREEC", "163", "RUS", "planned"),
    # the army a leader orders out is the state's, not a rebel group named with the word
    ("Colombian President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) on Friday. "
     '"The ELN has no will for peace," Petro wrote on X, adding that he would order the army to deploy reinforcements '
     "to the area.", "COLMIL", "154", "COLREBELN", "planned"),
    # a hosting participle the parser hung on the meeting's venue is the meeting's
    ("Russian and Ukrainian delegations held their first direct peace talks in Istanbul on Friday. The talks at the "
     "Dolmabahce Palace, hosted by Turkish Foreign Minister Hakan Fidan, lasted less than two hours.", "TURGOV", "043",
     "UKR", "happened"),
    # forces sent to act on someone are mobilised against them
    ("China sent warships, fighter jets and an aircraft carrier group to surround Taiwan on Tuesday in large-scale "
     "military exercises.", "CHN", "154", "TWN", "happened"),
    # countermeasures suspended are sanctions eased, aimed at who set the tariffs they answer
    ("The European Union, meanwhile, suspended its own planned countermeasures against U.S. steel and aluminium tariffs "
     "for 90 days, European Commission President Ursula von der Leyen said.", "IGOEUREEC", "085", "USA", "happened"),
    # forces fighting alongside another's, no enemy told, cooperate militarily; with an enemy, both attack it
    ("North Korea, whose troops have fought alongside Russian forces in the Kursk region, is expanding arms exports.",
     "PRKMIL", "062", "RUSMIL", "happened"),
    ("Eritrean troops fought alongside Ethiopia's army against the TPLF.", "ERIMIL", "190", "ETHPTYTPL", "happened"),
    # "its neighbour" is the one other country told; a state charged with something by another is accused of it
    ("Congo's government said it had severed diplomatic relations with Rwanda over the weekend and recalled all its "
     'diplomats from Kigali, accusing its neighbour of "a declaration of war".', "CODGOV", "112", "RWA", "happened"),
    ("Russia charged Ukraine with sabotage.", "RUS", "112", "UKR", "happened"),
    # whom aid is to help is its recipient
    ("China will also provide a batch of emergency relief supplies to help Pakistan.", "CHN", "073", "PAK", "planned"),
    # a country someone tries to cross into is not theirs
    ("Indian border guards opened fire on villagers. The 15-year-old boy was shot dead on Sunday night near the Kulaura "
     "frontier while allegedly trying to cross into India with his mother, Bangladeshi officials said.", None, "193",
     "BGDCVL", "happened"),
    # killed in an exchange of fire with someone is their force
    ("A Cambodian soldier was killed on Wednesday morning in a brief exchange of gunfire with Thai troops.", "THAMIL", "190",
     "KHMMIL", "happened"),
    # a party named deeper in the "with" phrase of an agreement signs it
    ("Tensions rose in January when Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland "
     "to lease a stretch of its coastline.", "ETH", "057", "SOMGOVSML", "happened"),
]

ABSENT = [
    ("Police raided homes and markets in Islamabad on Saturday and detained hundreds of Afghans.",
     ("PAKCOP", "1711", "PAK")),
    ("Police raided homes and markets in Islamabad on Saturday and detained hundreds of Afghans.",
     ("PAKCOP", "190", "PAK")),
    ("Gunmen raided a police station in Borno state.", ("NGAUAF", "1711", "NGACOP")),
    # mediators offering together do not mediate each other
    ("Turkey and Saudi Arabia offered to mediate.", ("TUR", "039", "SAU")),
    # a state's media reporting on its own leader is no statement to him
    ("North Korea's state media said on Monday that leader Kim Jong Un had observed the test of a new hypersonic missile.",
     ("PRKMED", "010", "PRKGOV")),
    ("Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina to face trial.",
     ("BGD", "023", "IND")),
    ("The Chinese commerce ministry filed a complaint with the World Trade Organization on Monday.",
     ("CHNGOV", "114", "IGOWTO")),
    ("Iran lodged a complaint with the UN Security Council against Israel.", ("IRN", "114", "IGOUNOSC")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_lead25_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_lead25_absent(sentence, triple):
    check_absent(sentence, triple)
