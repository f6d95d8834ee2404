"""Helper h25j's rules (pass 25, misses of the blind dev set X), each a row: a court upholding a sentence or conviction
acts against the person (n.uphold_sentence.173; the sentence's participle "handed to" found by path object.prep:to) and
the ruling or decision judged after it is the court's (`nominals` entries "uphold>sentence"); a ruling or deal
celebrated is praised (n.celebrate_decision.051); protesters breaching a building of a seat of power riot at its body
(n.breach_building.145; "Parliament Buildings" the legislature, coref.yaml installation_heads; "a section of" a
container, core.yaml object_containers) and "the storming" judged is its stormers'; going to court to challenge something
is legal action against its maker (n.go_to_court_to_challenge.115, path purpose.dobj.author); the border forces of India
and Bangladesh (countries.yaml seats); "the two armies" are the two countries' armies (coref.yaml pair_heads), and
forces agreeing to pull back to their original positions de-escalate (n.withdraw_to_positions.087); airspace closed "to
flights from and to" a country is closed to it (x.close_border.191, prep:to.deep); a result challenged "in" a court
hung on the object (n.challenge_object_in_court.115); Renamo (groups.yaml).
SPEC rows must be coded, ABSENT rows must not; SPEC rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a court upholding a sentence or a conviction acts against the person (173)
    ("Argentina's Supreme Court on Tuesday upheld the six-year prison sentence handed to former president Cristina "
     "Fernández de Kirchner for corruption.", "ARGJUD", "173", "ARGOPP", "happened"),
    ("Argentina's Supreme Court upheld the prison sentence handed to Cristina Fernández de Kirchner.", "ARGJUD", "173",
     "ARGOPP", "happened"),
    ("Pakistan's Supreme Court upheld the conviction of former prime minister Imran Khan.", "PAKJUD", "173", "PAKOPP",
     "happened"),
    # ... and the ruling celebrated or the decision condemned after it is the court's
    ("Argentina's Supreme Court upheld the prison sentence handed to Cristina Fernández de Kirchner. President Javier "
     "Milei celebrated the ruling on social media.", "ARGGOV", "051", "ARGJUD", "happened"),
    ("Argentina's Supreme Court upheld the prison sentence handed to Cristina Fernández de Kirchner. The union condemned "
     "the decision.", "ARGLAB", "111", "ARGJUD", "happened"),
    # protesters breaching a section of Parliament Buildings riot at the legislature; the storming judged is theirs
    ("Kenyan police fired teargas at protesters in Nairobi. Demonstrators breached a section of Parliament Buildings.",
     "KENCVL", "145", "KENLEG", "happened"),
    ("Kenyan protesters stormed parliament on Tuesday. President William Ruto described the storming of Parliament as "
     "treasonous.", "KENGOV", "111", "KENCVL", "happened"),
    # going to court to challenge a deployment is legal action against who deployed
    ("President William Ruto deployed the army to quell the protests. The Law Society of Kenya said it would go to court "
     "to challenge the deployment.", "KEN", "115", "KENGOV", "planned"),
    # the border forces, by their names and abbreviations
    ("India's Border Security Force shot dead a Bangladeshi boy. The Border Guard Bangladesh (BGB) has sought a flag "
     "meeting with the BSF.", "BGDMIL", "026", "INDMIL", "happened"),
    # a result challenged in a court the small parser hangs on the object, at who declared it; Renamo, the opposition
    ("Mozambique’s election commission declared Daniel Chapo the winner. The opposition Renamo party also said it would "
     "challenge the outcome in the Constitutional Council.", "MOZOPPREN", "115", "MOZGOV", "planned"),
    # airspace closed to flights from and to a country
    ("Algiers also closed its airspace to flights from and to Mali.", "DZAGOV", "191", "MLI", "happened"),
    # "the two armies" agreeing to pull back to their original positions de-escalate, both ways
    ("Thai and Cambodian troops clashed on the border on Tuesday. The two armies agreed to withdraw to their original "
     "positions.", "THAMIL", "087", "KHMMIL", "planned"),
    ("Thai and Cambodian troops clashed on the border on Tuesday. The two armies agreed to withdraw to their original "
     "positions.", "KHMMIL", "087", "THAMIL", "planned"),
]

ABSENT = [
    # a government upholding a sentence is no court acting
    ("Argentina's government upheld the prison sentence handed to Cristina Fernández de Kirchner.",
     ("ARGGOV", "173", "ARGOPP")),
    # an election celebrated is no ruling praised
    ("Kenyan protesters celebrated the election of President William Ruto.", ("KENCVL", "051", "KENGOV")),
    # a computer network breached is no riot at a building
    ("Hackers breached the Kenyan parliament's computer network.", ("KENCVL", "145", "KENLEG")),
    # going to court to testify challenges nothing
    ("President William Ruto deployed the army to quell the protests. A Kenyan journalist went to court to testify "
     "against the police.", ("KENMED", "115", "KENGOV")),
    # a vote challenged in a council that is no court is no legal action
    ("Mozambique’s election commission declared Daniel Chapo the winner. Renamo said it would challenge the outcome in "
     "the city council.", ("MOZOPPREN", "115", "MOZGOV")),
    # a pull-back to defensive positions is no return to original ones
    ("Thai and Cambodian troops clashed on the border. The Thai army withdrew to defensive positions.",
     ("THAMIL", "087", "KHMMIL")),
    # "the two armies" with nothing done together are no event
    ("Russia and Ukraine exchanged prisoners. The two armies have lost thousands of soldiers.", ("RUSMIL", "190", "UKRMIL")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h25j_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h25j_absent(sentence, triple):
    check_absent(sentence, triple)
