"""Helper h26g's rules of session 26: one-sided events whose other side is in the sentence. A state of emergency,
martial law or a curfew laid or lifted by a state body with no place of another country told is on its own country
(path `own_country`, modality.yaml context_targets.own_country; a bare country keeps its one-sided event, and a place
called foreign-held takes no own country); an adjective the parser read as a bare verb joined to the verb before the
second of two objects ("fired tear gas and live[VB] ammunition at protesters") modifies that object again, so the
verb's "at" phrase is its target (repairs.yaml `adjectives_read_as_verbs`); a vessel told carrying drugs is the
traffickers' of its own country or the cargo's origin (sectors.yaml `vessels` `contraband`), and a participle after a
comma hung on such a cargo verb inside the vessel's clause is the main verb's result (repairs.yaml
`cargo_clause_verbs`); a vehicle carrying people stands for them (coref.yaml `carrier_heads`, `carrying_verbs`). SPEC rows must be coded, ABSENT rows must not; new SPEC rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a state's emergency, curfew or martial law on its own land: its own country
    ("Bolivian President Luis Arce declared a state of emergency in the remote Chapare region on Monday.", "BOLGOV",
     "1724", "BOL", "happened"),
    ("Sri Lanka's president declared a state of emergency on Saturday.", "LKAGOV", "1724", "LKA", "happened"),
    ("The Thai government extended a curfew in three southern provinces.", "THAGOV", "1723", "THA", "happened"),
    ("Ethiopia's government lifted the state of emergency in the restive north six months early.", "ETHGOV", "0814",
     "ETH", "happened"),
    ("The Peruvian interior ministry said it would impose a curfew in the border districts.", "PERGOV", "1723", "PER",
     "planned"),
    # a bare country keeps its one-sided event (no act of Peru on Peru)
    ("Peru declared a state of emergency along its northern border.", "PER", "1724", None, "happened"),
    # tear gas and live[VB] ammunition: the verb's "at" phrase is its target
    ("The opposition boycotted the vote, as Kenyan police fired tear gas and live ammunition at protesters in Nairobi.",
     "KENCOP", "175", "KENCVL", "happened"),
    # a vessel carrying drugs is the traffickers'
    ("The U.S. military carried out a strike against a boat that officials said was carrying cocaine from Colombia.",
     "USAMIL", "190", "COLCRM", "happened"),
    ("U.S. forces launched a strike against a Venezuelan drug boat in the Caribbean.", "USAMIL", "190", "VENCRM",
     "happened"),
    ("The Colombian navy intercepted a vessel carrying three tonnes of cocaine from Ecuador.", "COLMIL", "191", "ECUCRM",
     "happened"),
    ("The U.S. Navy carried out a strike against a boat that officials said was carrying drugs from Venezuela, killing "
     "six people.", "USAMIL", "190", "VENCRM", "happened"),
    # a vehicle carrying people stands for them
    ("Militants ambushed a bus carrying Pakistani soldiers.", "PAKREB", "190", "PAKMIL", "happened"),
    ("Gunmen attacked a convoy carrying Nigerian police officers near Maiduguri.", "NGAUAF", "190", "NGACOP", "happened"),
    ("Rebels shot down a helicopter that was transporting Congolese soldiers.", "CODREB", "190", "CODMIL", "happened"),
]

ABSENT = [
    # martial law in regions called annexed is not on the declarer's own land
    ("Putin declared martial law in the four annexed regions.", ("RUSGOV", "1724", "RUS")),
    # rebels lay no state of emergency on their country
    ("M23 rebels declared a state of emergency in the territories they hold.", ("CODREBMTT", "1724", "COD")),
    # shots and gas into the air have no target
    ("Kenyan police fired tear gas and live ammunition into the air.", ("KENCOP", "175", "KENCVL")),
    # migrants carried make no criminal vessel
    ("The U.S. military carried out a strike against a boat carrying migrants from Libya.", ("USAMIL", "190", "LBYCRM")),
    # the boat carrying drugs killed no one: the strike did
    ("The U.S. Navy carried out a strike against a boat that officials said was carrying drugs from Venezuela, killing "
     "six people.", ("VENCRM", "190", "VENCVL")),
    ("The U.S. Navy carried out a strike against a boat that officials said was carrying drugs from Venezuela, killing "
     "six people.", ("VENCRM", "190", "USACVL")),
    # goods carried stand for no one; the attackers are never their own target
    ("Houthi fighters attacked a ship carrying grain to Egypt.", ("YEMREBHOU", "190", "EGY")),
    ("Militants ambushed a bus carrying fellow militants.", ("PAKREB", "190", "PAKREB")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h26g_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26g_absent(sentence, triple):
    check_absent(sentence, triple)
