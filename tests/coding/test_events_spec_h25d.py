"""Actors and events of pass h25d (issue 4): armed forces or rebels seizing power act on their own government
(`n.seize_power.170`, `n.stage_coup.170`, path own_government with modality.yaml `context_targets.own_government`);
a noun calling itself a name is the actor the name is; coordinated people acted on keep the source's own people with
the foreigners; a group ruling a country names its state organs (coref.yaml `ruling_group_organs`); trades are
civilians; an aid body by its name alone is an international NGO; camps of the displaced are refugees'; a part of a
town names the town; people killed in clashes "with" a party were struck by it; "-men" plurals capitalised at a
sentence's start keep their sector, and a sector noun the NER took for a person there is none; inmates a gang frees from
a prison are no release; a government dissolved by who seized power is the coup; a person named with an age right after
one told by an indefinite description of a nationality is that person. SPEC rows failed before; ABSENT rows are look-alikes the rules must not reach."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("BANJUL (Reuters) - Soldiers seized power in Banjul on Sunday and dissolved the elected government.",
     "GMBMIL", "170", "GMBGOV", "happened"),
    ("Army officers in Mali seized power on Wednesday.", "MLIMIL", "170", "MLIGOV", "happened"),
    # (a past verb the parser hung on its object inside the subject's place phrase: repairs.yaml place_modifier_prepositions)
    ("BISSAU, Nov 27 (AFP) - Army officers in Guinea-Bissau seized power on Wednesday, detaining President Umaro Sissoco "
     "Embalo and suspending the electoral process a day before provisional results of last Sunday's presidential vote "
     "were due to be announced.", "GNBMIL", "173", "GNBGOV", "happened"),
    ("Soldiers staged a coup in Niger on Wednesday.", "NERMIL", "170", "NERGOV", "happened"),
    ("Gunmen from the Viv Ansanm gang coalition kidnapped six nurses and a Canadian missionary from a clinic on "
     "Thursday.", "HTICRMVVA", "181", "HTIHLH", "happened"),
    ("PORT-AU-PRINCE, Haiti (AP) - Gunmen from the Viv Ansanm gang coalition kidnapped six nurses on Thursday, police "
     "said.", "HTICRMVVA", "181", "HTIHLH", "happened"),
    ("Taliban police detained a journalist in Kabul on Monday.", "AFGCOP", "173", "AFGMED", "happened"),
    ("The Taliban released an American airline mechanic who had been held in Afghanistan for more than two years.",
     "AFGGOV", "0841", "USACVL", "happened"),
    ("PORT SUDAN, April 14 (Reuters) - Sudan's Rapid Support Forces have seized a camp in North Darfur. Relief "
     "International said nine of its staff were killed when fighters overran the camp's last functioning clinic.",
     "SDNREB", "190", "NGO", "happened"),
    ("Sudan's Rapid Support Forces have seized the Zamzam displacement camp in North Darfur.",
     "SDNREBRSF", "192", "SDNREF", "happened"),
    ("KINSHASA, Jan 28 (AFP) - M23 rebels backed by Rwandan troops pushed into the centre of Goma on Tuesday.",
     "CODREBMTT", "190", "COD", "happened"),
    ("Three South African peacekeepers serving with a regional mission were among at least 13 foreign soldiers killed "
     "in clashes with M23 fighters around Goma last week, Pretoria said.", "CODREBMTT", "190", "ZAFMIL", "happened"),
    ("BISSAU (AFP) - Army officers in Guinea-Bissau seized power on Wednesday. A group calling itself the High Military "
     "Command for the Restoration of Order said in a statement read on state television that it had detained "
     "President Umaro Sissoco Embalo.", "GNBMIL", "173", "GNBGOV", "happened"),
    # a person named with an age right after one told by an indefinite description is that person
    ("KABUL, Afghanistan (AP) - The Taliban released an American airline mechanic who had been held in Afghanistan for "
     "more than two years, officials said Thursday.\nGeorge Glezmann, 66, was detained by Taliban intelligence in "
     "December 2022 while visiting Kabul as a tourist.", "AFGSPY", "173", "USACVL", "happened"),
    # a sector noun the NER took for a person at a paragraph's start
    ("PORT-AU-PRINCE, Haiti (AP) - Police said officers launched an operation.\nGangs killed at least 15 people in an "
     "attack on the town of Mirebalais earlier this week.", "HTICRM", "190", "HTICVL", "happened"),
]

ABSENT = [
    # an elected leader taking power is no coup, nor is a power plant taken
    ("President Tinubu took power in Nigeria in 2023.", ("NGAGOV", "170", "NGAGOV")),
    ("Rebels in Sudan seized the power station on Monday.", ("SDNREB", "170", "SDNGOV")),
    # inmates a gang frees from a prison are no captives it released (n.jailbreak.0841, silent)
    ("PORT-AU-PRINCE, Haiti (AP) - Police said officers launched an operation.\nGangs killed at least 15 people in an "
     "attack on the town of Mirebalais earlier this week and freed more than 500 inmates from its prison.",
     ("HTICRM", "0841", "HTICVL")),
    # two people described before: the one named is neither
    ("Police in Moscow arrested a British tourist and a French student on Monday. John Smith, 45, was released on "
     "Tuesday.", ("RUSCOP", "0841", "GBRCVL")),
    # "others" after another doer's act are not the first verb's objects
    ("Israel freed 90 Palestinian prisoners and Hamas released three others.", ("PSEREBHMS", "0841", "PSECVL")),
    # a government dissolved by who seized power is the coup (modality.yaml `subsumed_acts` 172)
    ("BANJUL (Reuters) - Soldiers seized power in Banjul on Sunday and dissolved the elected government.",
     ("GMBMIL", "172", "GMBGOV")),
    # a rebel group's police stay the group
    ("Hamas police detained a journalist in Gaza on Monday.", ("PSECOP", "173", "PSEMED")),
    # a statement read on a channel is no act of the channel
    ("BISSAU (AFP) - Army officers in Guinea-Bissau seized power on Wednesday. A group calling itself the High Military "
     "Command for the Restoration of Order said in a statement read on state television that it had detained "
     "President Umaro Sissoco Embalo.", ("GNBMED", "173", "GNBGOV")),
    # a participle naming a body is no self-naming ("a group called in by the army")
    ("Guinean soldiers detained a man calling for protests in Conakry.", ("GINMIL", "173", "GINOPP")),
    # a state's own aid body is no NGO
    ("The Humanitarian Aid Commission in Sudan said fighters killed two of its staff.", ("SDNREB", "190", "NGO")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h25d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h25d_absent(sentence, triple):
    check_absent(sentence, triple)
