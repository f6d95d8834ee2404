"""h33f: recall on new wire copy (steering sets G33, I33, J33), events missed although both actors were found. A
preposition the parser hangs on the object rather than the verb still names the target: missiles fired "towards" a
party (extended.yaml x.fire_missile.190 `object.prep:toward(s)`) and aid delivered "for" people (core.yaml give_aid.073
`object.prep:for`); talks or a meeting "with" a party in a phrase of time ("after", "following", "during") on a verb
were held by the verb's subject (extended.yaml x.n.talks_after.040, `governor.subject`); a finite past verb with its own
object joined to a participle on a noun is the clause verb's conjunct, so it keeps that verb's subject (repairs.yaml
`participle_conjuncts`, repairs.py `_participle_conjuncts`); a consultant is a private occupation, a civilian of the
nationality written on it (sectors.yaml). SPEC rows must be coded, ABSENT rows must not; the new
rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # "towards" on the missile: the target, as on the verb
    ("The Houthis fired a ballistic missile towards Israel late on Sunday.", "YEMREBHTH", "190", "ISR", "happened"),
    ("North Korea fired a ballistic missile towards Japan on Sunday.", "PRK", "190", "JPN", "happened"),
    # guard: "towards" on the verb, as before
    ("Hezbollah fired a rocket towards an Israeli army post on Tuesday.", "LBNREBHEZ", "190", "ISRMIL", "happened"),
    ("North Korea fired two ballistic missiles toward Japan on Sunday.", "PRK", "190", "JPN", "happened"),
    # "for" on the supplies: the recipients, not the stricken country alone
    ("A cyclone struck Vanuatu on Monday. UNICEF said it was airlifting emergency supplies for children and pregnant "
     "women.", "IGOUNOICEF", "073", "VUTCVL", "happened"),
    # guard: "for" on the verb, as before
    ("UNICEF said it was airlifting emergency supplies for Sudanese children.", "IGOUNOICEF", "073", "SDNCVL", "happened"),
    ("Turkey sent medical supplies for Syrian refugees in Lebanon.", "TUR", "073", "SYRREF", "happened"),
    # talks in a phrase of time: the verb's subject held them
    ("Kaja Kallas announced the measures in Addis Ababa after talks with African Union Commission Chairperson Mahmoud "
     "Ali Youssouf.", "IGOEUREEC", "040", "IGOAFRAUCOM", "happened"),
    ("Macron told reporters after talks with Modi that France would sell more jets.", "FRAGOV", "040", "INDGOV",
     "happened"),
    ("The Japanese prime minister spoke following a meeting with Chinese Premier Li Qiang in Beijing.",
     "JPNGOV", "040", "CHNGOV", "happened"),
    ("Erdogan made the remarks during talks with Putin in Sochi.", "TURGOV", "040", "RUSGOV", "happened"),
    # a consultant of a country is one of its civilians (sectors.yaml private occupations)
    ("The Taliban released an American aviation consultant who had been detained in Afghanistan since January.",
     "AFGGOV", "0841", "USACVL", "happened"),
    ("Iran freed a French consultant held in Evin prison.", "IRN", "0841", "FRACVL", "happened"),
    ("Russia arrested a British consultant in Moscow.", "RUS", "173", "GBRCVL", "happened"),
    # a past verb joined to a participle on a noun is the clause verb's
    ("Bolivian police fired tear gas on Tuesday to clear highway blockades set up by supporters of former President "
     "Evo Morales in the central Cochabamba region and arrested 42 people, the government said.", "BOLCOP", "173",
     "BOLCVL", "happened"),
]

ABSENT = [
    # talks that are a clause's subject are no phrase of time on the verb
    ("Israel struck Gaza after talks with Hamas broke down.", ("ISR", "040", "PSEREBHMS")),
    ("Hamas fired rockets at Israel after talks with Egypt collapsed.", ("PSEREBHMS", "040", "EGY")),
    # a missile fired towards the sea is fired at no one
    ("North Korea fired a ballistic missile toward the sea off its east coast.", ("PRK", "190", "JPN")),
    # the arrest is the police's, not the blockaders'
    ("Bolivian police fired tear gas on Tuesday to clear highway blockades set up by supporters of former President "
     "Evo Morales in the central Cochabamba region and arrested 42 people, the government said.", ("BOLOPP", "173", None)),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h33f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h33f_absent(sentence, triple):
    check_absent(sentence, triple)
