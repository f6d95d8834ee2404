"""h32d: support verbs, stationed forces and a predicate after a name between commas (recall on acts whose both actors are
named but no pattern fired). A measure ordered, approved, authorised or unveiled is imposed (impose_sanctions.163,
x.raise_tariffs.163, impose_restrictions.172); forces leaving with no place named leave where their own "in" phrase or
participle of stationing puts them (x.stationed_force_leaves.0874, path `subj.stationed`, modality.yaml
`stationing_participles`); a bare refusal to comply or cooperate answers who asked (modality.yaml context_targets.refusals
`compliance_verbs`); "declared X, NAME, persona non grata": the noun the small parser joins to the verb after the
name's closing comma is the predicate (nlp/repairs.py `_naming_predicates`). SPEC rows must be coded, ABSENT rows must
not; the SPEC rows failed before their rule but those marked as guards."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # measures ordered, approved, authorised, unveiled
    ("Trump ordered 25% tariffs on all Canadian goods.", "USAGOV", "163", "CAN", "happened"),
    ("Trump responded within hours, ordering emergency 25% tariffs on all Colombian goods entering the United States.",
     "USAGOV", "163", "COL", "happened"),
    ("Trump ordered sanctions against Venezuela.", "USAGOV", "163", "VEN", "happened"),
    ("President Trump ordered tariffs on steel imports from China.", "USAGOV", "163", "CHN", "happened"),
    ("Britain authorised sanctions on Russian oligarchs.", "GBR", "163", "RUS", "happened"),
    # guard: readings other patterns already gave
    ("The EU approved a 14th package of sanctions against Russia.", "IGOEUREEC", "163", "RUS", "happened"),
    ("Washington unveiled new sanctions against Iran on Tuesday.", "USAGOV", "163", "IRN", "happened"),
    # ... on one's own people they are restrictions (172)
    ("The Taliban ordered new restrictions on Afghan women.", "AFGGOV", "172", "AFGCVL", "happened"),
    ("Myanmar's junta ordered new restrictions on the National League for Democracy.", "MMRMIL", "172", "MMRPTYNLD",
     "happened"),
    # ... and named back as the measure's author
    ("Trump ordered 25% tariffs on all Colombian goods. Colombia's President Gustavo Petro condemned the tariffs.",
     "COLGOV", "111", "USAGOV", "happened"),
    ("Trump ordered new sanctions against Venezuela on Monday. Maduro rejected the sanctions.", "VENGOV", "120", "USAGOV",
     "happened"),
    # forces leaving where they are stationed
    ("The roughly 1,500 French soldiers stationed in Niger to fight jihadist groups will leave in the coming weeks, "
     "Macron said.", "FRAMIL", "0874", "NER", "planned"),
    ("French soldiers stationed in Niger will leave in the coming weeks.", "FRAMIL", "0874", "NER", "planned"),
    ("US troops in Syria withdrew on Monday.", "USAMIL", "0874", "SYR", "happened"),
    ("Russian troops deployed in Mali will pull out by March.", "RUSMIL", "0874", "MLI", "planned"),
    ("American forces based in Iraq departed last year.", "USAMIL", "0874", "IRQ", "happened"),
    # guard: a country named as the object stays the object's (x.force_leaves_country.0874)
    ("French soldiers will leave Niger.", "FRAMIL", "0874", "NER", "planned"),
    # a bare refusal to comply or cooperate answers who asked (context_targets.refusals `compliance_verbs`)
    ("Foreign Minister Melanie Joly said Ottawa had asked New Delhi to waive the diplomats' immunity so that they could "
     "be questioned, but India refused to cooperate.", "IND", "121", "CANGOV", "happened"),
    ("Ukraine asked Germany to supply Taurus missiles. Berlin refused to cooperate.", "DEUGOV", "121", "UKR", "happened"),
    # a predicate after a name between commas
    ("On Thursday, Ecuador declared Mexico's ambassador, Raquel Serur, persona non grata.", "ECU", "161", "MEXGOV",
     "happened"),
    # guard: the shapes the parser already read
    ("Mali's junta declared France's ambassador, Joel Meyer, persona non grata on Tuesday.", "MLIMIL", "161", "FRAGOV",
     "happened"),
    ("Ecuador declared Mexico's ambassador persona non grata.", "ECU", "161", "MEXGOV", "happened"),
    ("Russia declared the Polish consul, Jan Kowalski, persona non grata on Monday.", "RUS", "161", "POLGOV", "happened"),
]

ABSENT = [
    # a measure reviewed, lifted or eased is none imposed
    ("Trump ordered a review of tariffs on Chinese goods.", ("USAGOV", "163", "CHN")),
    ("The US ordered the lifting of sanctions on Syria.", ("USA", "163", "SYR")),
    ("Biden approved a plan to ease sanctions on Venezuela.", ("USAGOV", "163", "VEN")),
    ("The government approved sanctions relief for Iran.", (None, "163", "IRN")),
    # forces that stay, die or do something else where they are; a diplomat leaving is no retreat
    ("French soldiers in Niger will stay.", ("FRAMIL", "0874", "NER")),
    ("US troops in Syria will go on patrol.", ("USAMIL", "0874", "SYR")),
    ("French soldiers killed in Niger were buried in Paris.", ("FRAMIL", "0874", "NER")),
    ("The French ambassador in Niger will leave.", ("FRAGOV", "0874", "NER")),
    ("French soldiers stationed in Niger will leave their bases.", ("FRAMIL", "0874", "NER")),
    # a refusal that answers no request, or names what it refuses, stays one-sided
    ("India refused to cooperate.", ("IND", "121", "CANGOV")),
    ("Canada praised India's economy. India refused to cooperate.", ("IND", "121", "CAN")),
    ("Canada asked India to hand over the suspects. India refused to cooperate with the investigation.",
     ("IND", "121", "CAN")),
    # a name between commas followed by "and": no predicate
    ("Ecuador named Mexico's ambassador, Raquel Serur, and her deputy in the statement.", ("ECU", "161", "MEXGOV")),
    ("Russia expelled Poland's consul, Jan Kowalski, on Monday.", ("RUS", "161", "POLGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h32d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h32d_absent(sentence, triple):
    check_absent(sentence, triple)
