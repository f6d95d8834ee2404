"""Helper h26c's rules of session 26, event anaphora: a reaction (reject, deny, dismiss, denounce, condemn, criticise,
welcome, praise, regret ...) whose object is a definite noun naming an earlier act or statement ("the criticism", "the
remarks", "the threat", "the bombing", "the operation") is aimed at the source of the most recent act of the noun's
class told before it, in its own sentence first, then in the two before (target path `dobj.antecedent`, modality.yaml
`act_anaphora`); words are their speaker's (an act told in a clause an actor reports is that actor's), a bare statement
or an appeal is a criticism only of whom it is about, and "also denounced the bombing" after another's condemnation of
the attack is aimed where that one was. A clause summed up by an appositive "delay" is its doer's (modality.yaml
`summary_nouns`). SPEC rows must be coded, ABSENT rows must not; the SPEC rows failed
before these rules, but those marked as kept."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # criticism voiced as a demand, an accusation or a statement about the rejecter's side
    ("Hungary's foreign minister insisted on Monday that Ukraine must guarantee the rights of its Hungarian minority. "
     "Kyiv rejected the criticism.", "UKRGOV", "120", "HUNGOV", "happened"),
    ("Poland's president accused Germany of dragging its feet on reparations. Berlin rejected the criticism.",
     "DEUGOV", "120", "POLGOV", "happened"),
    ("French President Emmanuel Macron said Algeria had failed to take back its nationals. Algiers rejected the "
     "criticism.", "DZAGOV", "120", "FRAGOV", "happened"),
    ("China's foreign ministry said Japan must stop interfering in Taiwan's affairs. Tokyo rejected the criticism, "
     "saying it had every right to comment.", "JPNGOV", "120", "CHNGOV", "happened"),
    # an appeal made of the rejecter's side is criticism of it
    ("The European Union said it regretted that Serbia had not joined the sanctions and urged Belgrade to align its "
     "foreign policy with the bloc. Serbian President Aleksandar Vucic rejected the criticism, saying Serbia would decide "
     "for itself.", "SRBGOV", "120", "IGOEUREEC", "happened"),
    # a threat dismissed is its maker's
    ("Venezuela's defence minister warned Guyana against drilling in disputed waters. Georgetown dismissed the threat.",
     "GUYGOV", "120", "VENMIL", "happened"),
    # (kept) remarks in the same sentence are their speaker's, not the subject's of what was said
    ("A senior Russian lawmaker said Moscow rejected the peace plan, prompting Ukraine's foreign ministry to condemn the "
     "comments.", "UKRGOV", "111", "RUSLEG", "happened"),
    # an attack noun names the act of force told before, or the one another condemned just before
    ("Egypt condemned the Israeli raid on the Jenin camp. Jordan also denounced the operation.", "JOR", "111", "ISR",
     "happened"),
    # a clause summed up as a delay is its doer's
    ("Rwanda has returned only 50 of the 200 refugees it promised to take back, a delay Burundi denounced as a breach "
     "of the accord.", "BDI", "111", "RWA", "happened"),
    ("Russia has handed back only 20 of the 300 Ukrainian children it promised to return, a delay Kyiv denounced as a "
     "violation of the deal.", "UKRGOV", "111", "RUS", "happened"),
    # kept: the owner of the noun names it; criticism of a third party rejected is still the critic's
    ("Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant. Kyiv rejected Moscow's claims.", "UKRGOV", "120",
     "RUSGOV", "happened"),
    ("The EU criticised Georgia over its new foreign agents law. Hungary rejected the criticism.", "HUN", "120",
     "IGOEUREEC", "happened"),
]

ABSENT = [
    # the act told too far back: no guess
    ("Russian forces shelled Kharkiv on Monday. The weather was cold. Officials counted the damage. Residents cleared "
     "the rubble. France condemned the bombing.", ("FRA", "111", "RUSMIL")),
    # an act of another class is no claim
    ("Russian forces shelled Kharkiv on Monday. Ukraine's foreign minister rejected the claims.",
     ("UKRGOV", "120", "RUSMIL")),
    # a statement about another is no criticism of the rejecter; an appeal made of another neither
    ("French President Emmanuel Macron said Algeria had failed to take back its nationals. Morocco rejected the "
     "criticism.", ("MAR", "120", "FRAGOV")),
    ("The EU urged Serbia to join the sanctions. Hungary rejected the criticism.", ("HUN", "120", "IGOEUREEC")),
    # the rejecter's own side is never the target
    ("Kenyan President William Ruto said the police had acted lawfully. Kenya's government rejected the criticism.",
     ("KENGOV", "120", "KENCOP")),
    # words reported by the reactor's own side are the other's act: the speaker is not the target
    ("Ukrainian officials said the Russian team had demanded a withdrawal from four regions. Ukraine rejected the "
     "demand.", ("UKR", "120", "UKRGOV")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h26c_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26c_absent(sentence, triple):
    check_absent(sentence, triple)
