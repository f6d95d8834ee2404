"""h32l: wrong actors from pronouns and from a story's other state. A subject "it" opening a sentence continues the
subject of the sentence before when that subject is a thing (a document, a measure: a singular common noun no mention
covers) and every party that sentence names sits off its main verb ("The resolution was adopted, while Russia
abstained. It calls for ..." is the resolution, not Russia; actors.py `_thing_subject_before`); a party the main verb
takes keeps the link ("The move angered China. It urged Japan ..."). The `opponent` target of a legal challenge is
none when the body asked to rule is the source's own country's (a case at home: "the opposition leader urged the
Constitutional Court to rule" is no case against the United States a phone call before told; events.py). A bare plural
of a state's head ("governments in the region", "several governments": coref.yaml `plural_state_heads`) is many states,
never the story's one (actors.py `_many_states`); "the governments of Brazil and Colombia", "both governments" after a
pair, "European governments" keep theirs. SPEC rows must be coded, ABSENT rows must not; ABSENT rows failed before their
rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

KOR = ("South Korean Prime Minister Han Duck-soo spoke by phone with U.S. President Joe Biden on Sunday, and the two "
       "leaders agreed to keep the alliance on a firm footing. South Korea's opposition urged the Constitutional "
       "Court on Monday to rule swiftly.")
BRA = ("Brazilian President Lula spoke by phone with U.S. President Joe Biden on Sunday, and the two leaders agreed to "
       "deepen ties. Brazil's opposition urged the Supreme Court on Monday to rule swiftly.")
RES = ("The British-drafted resolution was adopted with 14 votes in favour, while Russia abstained. It calls for an "
       "immediate halt to the fighting and urged the army and the RSF to allow aid access.")
TEXT = ("The text cites Iran's failures to provide the International Atomic Energy Agency with full cooperation. It calls "
        "on Iran to cooperate.")

SPEC = [
    # the appeal to the court at home stays, aimed at the court
    (KOR, "KOROPP", "020", "KORJUD", "happened"),
    (BRA, "BRAOPP", "020", "BRAJUD", "happened"),
    # guard: an international court asked to rule keeps the opponent the story told
    ("Russian forces attacked Ukraine on Sunday. Ukraine asked the International Court of Justice on Monday to rule "
     "swiftly.", "UKR", "115", "RUSMIL", "happened"),
    # guard: a party the main verb of the sentence before takes is still "it"
    # (h33c: a decision asked to be reversed is an appeal for policy change, 0242)
    ("The move angered China. It urged Japan to reverse the decision.", "CHN", "0242", "JPN", "happened"),
    # guard: a party that is the subject before is still "it"
    ("Russia abstained in the vote. It urged the army and the RSF to allow aid access.", "RUS", "025", "SDNMIL",
     "happened"),
    # guards: governments whose states are told keep them
    ("The governments of Brazil and Colombia condemned Ecuador on Saturday.", "BRAGOV", "111", "ECU", "happened"),
    ("India and Pakistan agreed to a ceasefire on Saturday. Both governments accused each other of violations on "
     "Sunday.", "INDGOV", "1122", "PAKGOV", "happened"),
    ("European governments condemned Russia on Saturday.", "EUR", "111", "RUS", "happened"),
]

ABSENT = [
    (KOR, ("KOROPP", "115", "USA")),
    (BRA, ("BRAOPP", "115", "USA")),
    (RES, ("RUS", "025", "SDNMIL")),
    (RES, ("RUS", "025", "SDNREBRSF")),
    (TEXT, ("IGOUNOIAEA", "021", "IRN")),
    ("Mexico broke off diplomatic relations with Ecuador. Governments in the region condemned Ecuador.",
     ("MEXGOV", "111", "ECU")),
    ("Mexico broke off relations with Ecuador. Several governments condemned Ecuador on Saturday.",
     ("MEXGOV", "111", "ECU")),
    ("Myanmar's junta held an election. Governments across Asia criticised the junta.", ("MMRGOV", "111", "MMRMIL")),
    ("Tom Andrews, the U.N. special rapporteur on human rights in Myanmar, called the planned vote a fraud and urged "
     "governments not to lend it legitimacy.", ("IGOUNOHCHR", "020", "MMRGOV")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)
