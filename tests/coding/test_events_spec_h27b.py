"""Twenty-seventh pass (h27b): one-sided acts whose other side the story or the sentence tells. An arrest with no doer
on the victims of another coercive act told just before is that act's doer's (modality.yaml
`repeated_act_distinct_roots`, rule suffix `+victims_doer`); a participle of aiming on an attack noun names what it
struck (coref.yaml `attack_target_participles`); a denial of a clause answers who claimed it (modality.yaml
`allegers.clause_denial_verbs`, path `alleger` on deny.120). SPEC rows must be coded, ABSENT rows must not; every SPEC
row failed before its rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # passives with no agent after another coercive act on the same victims: the next act done to them, by its doer
    ("Police cracked down on opposition supporters in Kampala. Dozens of opposition supporters were arrested.",
     "UGACOP", "173", "UGAOPP", "happened"),
    ("Police fired tear gas at opposition supporters in Kampala. Dozens of opposition supporters were arrested.",
     "UGACOP", "173", "UGAOPP", "happened"),
    # an attack noun's participle of aiming names its target, for a claim of the attack
    ("The Islamic State claimed responsibility for a suicide bombing targeting a Shiite mosque in Kabul.",
     "IMGREBISL", "015", "AFGREL", "happened"),
    ("Hamas claimed responsibility for an attack aimed at Israeli soldiers.", "PSEREBHMS", "015", "ISRMIL", "happened"),
    ("Al-Shabab claimed responsibility for a deadly attack targeting shoppers in Nairobi.", "SOMREBSHB", "015",
     "KENCVL", "happened"),
    # a denial of a clause answers who claimed it shortly before
    ("UN experts said Rwandan troops were fighting alongside M23 rebels. Rwanda denied sending troops to Congo.",
     "RWA", "120", "IGOUNO", "happened"),
    ("The White House said it had passed a warning to Qatari officials shortly before the strike. Qatar denied "
     "receiving any advance notice.", "QAT", "120", "USAGOV", "happened"),
]

ABSENT = [
    # ... not when another doer used force on the victims in between (no doer guessed)
    ("Police fired tear gas at opposition supporters in Kampala. Ugandan soldiers beat opposition supporters. Dozens of "
     "opposition supporters were arrested.", ("UGACOP", "173", "UGAOPP")),
    ("Police fired tear gas at opposition supporters in Kampala. Ugandan soldiers beat opposition supporters. Dozens of "
     "opposition supporters were arrested.", ("UGAMIL", "173", "UGAOPP")),
    # ... nor a killing after tear gas (not of the coercive root: no killer named)
    ("Police fired tear gas at opposition supporters in Kampala. Two opposition supporters were killed.",
     ("UGACOP", "190", "UGAOPP")),
    # ... the victims an attack participle names are never the target of who condemns or blames the attack
    ("The UN condemned the attack targeting peacekeepers in Mali.", ("IGOUNO", "111", "MLI")),
    ("The army blamed the rebels for an attack targeting a checkpoint near Goma.", ("CODMIL", "112", "COD")),
    # ... nor another participle on the noun ("killing" tells its toll, not where it was aimed)
    ("Al-Shabab claimed responsibility for an attack killing 20 people in Kenya.", ("SOMREBSHB", "015", "KEN")),
    # ... a denial answers no claim about another country, nor one made by two parties, nor the speaker's own act on
    # no one of the denier's side
    ("UN experts said Ugandan troops were fighting in Congo. Rwanda denied sending troops.", ("RWA", "120", "IGOUNO")),
    ("UN experts said Rwandan troops were fighting in Congo. Human Rights Watch said Rwandan soldiers had killed "
     "civilians. Rwanda denied sending troops.", ("RWA", "120", "IGOUNO")),
    ("Kenya said it had received no request from Haiti. Haiti denied asking for help.", ("HTI", "120", "KEN")),
    # ... nor the speaker's own act with the denier's side as its object ("asked Tehran" claims nothing Tehran did)
    ("Grossi said on Tuesday he had again asked Tehran to reverse that decision. Iran has enriched uranium up to 60 "
     "percent purity. Tehran denies seeking nuclear weapons.", ("IRNGOV", "120", "IGOUNOIAEA")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h27b_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h27b_absent(sentence, triple):
    check_absent(sentence, triple)
