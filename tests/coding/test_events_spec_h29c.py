"""h29c: reactions to an act named by a noun whose author is told in another sentence. The author of the act "the vote",
"the decision", "the handover", "the recognition" names is the subject of an earlier verb of the noun's own word (vote
→ vote, decide → decision, hand over → handover, recognise → recognition; modality.yaml `author_stem`, discourse.py
`_author`, `_stem_verb`), nearest first, before the support verbs of its `nominals` entry. Guards: the reactor is never
its own target; an author named on the noun keeps it ("Russia's decision"); a population that voted, a dissenting vote
("voted against the resolution"), a phrasal verb the noun does not spell ("took part" is no takeover) and nouns whose
verb tells another act ("dealt with" is no deal) name no author; no author found, no target. SPEC rows must be coded,
ABSENT rows must not; rows marked new failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # new: the vote is its voter's (vote → vote)
    ("Niger's junta voted to expel the French ambassador on Monday. ECOWAS condemned the vote.",
     "IGOWAFWAS", "111", "NERMIL", "happened"),
    ("The Turkish parliament voted to cut ties with Israel. Washington criticised the vote.",
     "USAGOV", "111", "TURLEG", "happened"),
    ("Hungary's parliament voted to leave the International Criminal Court. The European Union criticised the vote.",
     "IGOEUREEC", "111", "HUNLEG", "happened"),
    ("Serbia voted to recognise Kosovo. Russia condemned the vote.", "RUS", "111", "SRB", "happened"),
    ("Israel's parliament voted to ban UNRWA. Jordan condemned the vote.", "JOR", "111", "ISRLEG", "happened"),
    # new: a dissenting vote is skipped for the body's own ("Russia voted against the extension")
    ("The UN Security Council voted to extend the peacekeeping mission in Mali. Russia voted against the extension. "
     "Mali criticised the vote.", "MLI", "111", "IGOUNOSC", "happened"),
    # new: a phrasal verb and its noun (hand over → handover), the particle also where the parser hung it elsewhere
    ("Russia handed over 20 Ukrainian prisoners on Friday. Kyiv welcomed the handover.", "UKRGOV", "051", "RUS",
     "happened"),
    ("Moscow agreed to hand over the prisoners. Kyiv welcomed the handover.", "UKRGOV", "051", "RUSGOV", "happened"),
    # new: derived nouns (recognise → recognition, approve → approval)
    ("Israel recognised Somaliland on Friday. The African Union condemned the recognition.", "IGOAFRAFU", "111", "ISR",
     "happened"),
    ("The US Senate approved arms sales to Taiwan. China condemned the approval.", "CHN", "111", "USALEG", "happened"),
    # guards held before: agree → agreement; the noun's own word before another act told since, or a support verb of its
    # `nominals` entry ("announced"); an author named on the noun keeps it
    ("Moscow agreed to hand over the prisoners. Kyiv welcomed the agreement.", "UKRGOV", "051", "RUSGOV", "happened"),
    ("Niger's junta decided to expel the French ambassador. Mali's army attacked rebels in the north. ECOWAS condemned "
     "the decision.", "IGOWAFWAS", "111", "NERMIL", "happened"),
    ("Niger's junta decided to expel the French ambassador. Mali announced new tariffs on Senegal. ECOWAS condemned the "
     "decision.", "IGOWAFWAS", "111", "NERMIL", "happened"),
    ("Ghana's parliament voted to expel the Chinese ambassador. Beijing condemned the expulsion.", "CHNGOV", "111",
     "GHALEG", "happened"),
    ("Russia decided to close its embassy in Tallinn. Estonia condemned Russia's decision.", "EST", "111", "RUS",
     "happened"),
    ("The UN General Assembly adopted a resolution on Gaza. Russia voted against the resolution. Israel criticised the "
     "resolution.", "ISR", "111", "IGOUNOGA", "happened"),
]

ABSENT = [
    # a dissenting vote is no author of the vote nor of what it was against (`dissent_prepositions`)
    ("Russia voted against the resolution. Israel criticised the vote.", ("ISR", "111", "RUS")),
    ("The UN Security Council voted to extend the peacekeeping mission in Mali. Russia voted against the extension. "
     "Mali criticised the vote.", ("MLI", "111", "RUS")),
    ("The UN General Assembly adopted a resolution on Gaza. Russia voted against the resolution. Israel criticised the "
     "resolution.", ("ISR", "111", "RUS")),
    # a population that voted does no act a reaction answers (`sectors_not`)
    ("Millions of Hungarians voted in a referendum on Sunday. The European Union criticised the vote.",
     ("IGOEUREEC", "111", "HUNCVL")),
    # the reactor is never its own target
    ("Niger's junta voted to expel the French ambassador. The junta welcomed the vote.", ("NERMIL", "051", "NERMIL")),
    # no vote told: no author, no target (precision first)
    ("Russian forces shelled Kharkiv on Monday. Kyiv criticised the vote.", ("UKRGOV", "111", "RUSMIL")),
    # a verb whose noun adds a particle it lacks ("took part" is no takeover); a noun whose verb tells another act
    # (`never_nouns`: "dealt with the protesters" made no deal)
    ("Russia took part in the talks. Kyiv condemned the takeover.", ("UKRGOV", "111", "RUS")),
    ("The police dealt with the protesters in Tbilisi. The European Union criticised the deal.",
     ("IGOEUREEC", "111", "GEOCOP")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h29c_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h29c_absent(sentence, triple):
    check_absent(sentence, triple)
