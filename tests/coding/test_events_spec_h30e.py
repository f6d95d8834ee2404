"""h30e: event readings an earlier pass noticed and left alone. A denial or rejection of a free relative of a claim or
of naming is aimed at the claimant ("Russia denied what Ukraine said were attacks": path `claim.subj`); victims of an
attack noun that is the killing verb's subject do not take the country of who made the attack, told by the verb whose
object or means the noun is ("Israel responded with a wave of strikes that ... killed 11 people"); a rejection its
author announces for later is made in the telling (modality.yaml `announced_rejection_roots`); being forced to "step"
is coercion only as stepping down, aside or back (x.force_to.170); an offer to pull back one's own forces is not aimed
at those forces (modality.yaml `withdrawn_forces`); "reach" by or on the phone is a call (x.reach_by_phone.041); an act
one refuses to recognise or opposes answers its author (x.refuse_recognise_act.120, n.not_recognise.120, x.oppose.120).
SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a denial or rejection of a free relative of a claim or of naming answers the claimant (path claim.subj)
    ("Russia denied what Ukraine said were attacks on civilians.", "RUS", "120", "UKR", "happened"),
    ("Moscow has denied what Kyiv says are systematic abuses of prisoners.", "RUSGOV", "120", "UKRGOV", "happened"),
    ("Beijing denied what Manila said was a dangerous manoeuvre by its coast guard.", "CHNGOV", "120", "PHLGOV",
     "happened"),
    ("Moscow rejected what Kyiv said were deliberate strikes on hospitals.", "RUSGOV", "120", "UKRGOV", "happened"),
    ("The Kremlin dismissed what Ukrainian officials called war crimes.", "RUSGOV", "120", "UKRGOV", "happened"),
    ("Iran rejected what the United States claims is a weapons programme.", "IRN", "120", "USA", "happened"),
    # guards (coded before): a free relative named by the source itself names the act, not the namer
    ("Israel rejected what it described as interference by the United States.", "ISR", "120", "USA", "happened"),
    ("Russia condemned what it called an attack by Ukraine.", "RUS", "111", "UKR", "happened"),
    ("Ukraine accused Russia of shelling Kharkiv. Russia denied the accusation.", "RUS", "120", "UKR", "happened"),
    # a rejection announced by its author is made in the telling (announced_rejection_roots)
    ("Prime Minister Irakli Kobakhidze announced on Thursday that Georgia would not put the opening of accession "
     "negotiations with the EU on the agenda until the end of 2028, and that it would turn down budget grants from the "
     "bloc.", "GEOGOV", "120", "IGOEUREEC", "happened"),  # (h32b: own_government_clause)
    ("Georgia announced it would turn down the offer from the EU.", "GEO", "120", "IGOEUREEC", "happened"),
    ("Hamas said it would reject the Israeli proposal.", "PSEREBHMS", "120", "ISR", "happened"),
    # ... one not announced by its author stays planned
    ("Hamas will reject the Israeli proposal on Friday.", "PSEREBHMS", "120", "ISR", "planned"),
    ("Egypt said Hamas would reject the Israeli proposal.", "PSEREBHMS", "120", "ISR", "planned"),
    # ... and other announced acts keep their mode
    ("Georgia said it would cut ties with Russia.", "GEO", "161", "RUS", "planned"),
    # forced to step down, aside or back (x.force_to.170)
    ("Protesters forced Maduro to step down.", "VENCVL", "170", "VENGOV", "happened"),
    ("Washington forced Israel to step back from the plan.", "USAGOV", "170", "ISR", "happened"),
    # an offer to pull back one's own forces (withdrawn_forces): the adversary, or one-sided
    ("Armenia accused Azerbaijan of shelling border villages. Baku offered to pull back its troops.", "AZEGOV", "0356",
     "ARM", "happened"),
    ("Baku offered to pull back its troops.", "AZEGOV", "0356", None, "happened"),
    ("Azerbaijan offered to withdraw its soldiers from Armenian territory.", "AZE", "0356", "ARM", "happened"),
    ("Myanmar's junta offered to withdraw troops from areas held by the Arakan Army.", "MMRMIL", "0356", "MMRREBAA",
     "happened"),
    ("Hamas offered to halt attacks on Israel.", "PSEREBHMS", "0356", "ISR", "happened"),
    ("Russia agreed to withdraw its forces from Kherson.", "RUS", "0874", "UKR", "planned"),
    # a party reached by or on the phone was called (x.reach_by_phone.041)
    ("Trump later reached Putin by phone.", "USAGOV", "041", "RUSGOV", "happened"),
    ("Macron reached Zelensky by telephone on Monday.", "FRAGOV", "041", "UKRGOV", "happened"),
    ("Macron reached Netanyahu on the phone.", "FRAGOV", "041", "ISRGOV", "happened"),
    # ... an agreement reached stays one (guard)
    ("Russia and Ukraine reached an agreement on prisoners.", "RUS", "057", "UKR", "happened"),
    # an act one refuses or declines to recognise, or does not recognise, answers its author, named on it or told before
    # (x.refuse_recognise_act.120, n.not_recognise.120); listings and designations opposed (x.oppose.120)
    ("China decided to impose sanctions on the Philippines. Manila refused to recognize the decision.", "PHLGOV", "120",
     "CHN", "happened"),
    ("Beijing refused to recognise the EU's decision.", "CHNGOV", "120", "IGOEUREEC", "happened"),
    ("Sudan's army-led government cut diplomatic ties with the United Arab Emirates on Tuesday. The UAE foreign ministry "
     "said in a statement on Wednesday that it did not recognize the decision.", "AREGOV", "120", "SDNMIL", "happened"),
    ("The EU listed the group as a terrorist organisation. Manila opposed the listing.", "PHLGOV", "120", "IGOEUREEC",
     "happened"),
    # ... a state not recognised stays what it was (guards)
    ("Serbia refused to recognise Kosovo.", "SRB", "121", "XKX", "happened"),
    ("Russia does not recognize Kosovo.", "RUS", "054", "XKX", "denied"),
    # victims of an attack noun whose maker the verb holding it tells do not take the maker's country
    ("Israel responded with a wave of strikes that Lebanon's health ministry said killed 11 people.", "ISR", "190",
     "LBNCVL", "happened"),
    ("Israel launched strikes that Lebanon's health ministry said killed 11 people.", "ISR", "190", "LBNCVL", "happened"),
    ("Israel launched strikes on Lebanon that killed 11 people.", "ISR", "190", "LBNCVL", "happened"),
    ("Russia launched a wave of drone strikes on Kharkiv that killed 12 people.", "RUS", "195", "UKRCVL", "happened"),
    ("Russia launched strikes that killed 12 Ukrainians.", "RUS", "190", "UKRCVL", "happened"),
]

ABSENT = [
    # the denier's own forces, the offerer's own troops are no target
    ("Baku offered to pull back its troops.", ("AZEGOV", "0356", "AZEMIL")),
    ("Russia agreed to withdraw its forces from Kherson.", ("RUS", "0356", "RUSMIL")),
    ("Russia offered to withdraw its troops from the border with Ukraine.", ("RUS", "0356", "RUSMIL")),
    # the free relative's namer is no target when it is the source ("it")
    ("Israel rejected what it described as interference by the United States.", ("ISR", "120", "ISR")),
    # a bare "step", "step up", "step in" is no forced resignation or retreat
    ("The United States forced Germany to step up spending.", ("USA", "170", "DEU")),
    ("Washington forced Nigeria to step in.", ("USAGOV", "170", "NGA")),
    # "reach" with no phone phrase is no call
    ("Russian troops reached the outskirts of Kyiv.", ("RUSMIL", "041", "UKR")),
    ("Russia and Ukraine reached an agreement on prisoners.", ("RUS", "041", "UKR")),
    # a decision refused recognition is no material cooperation refused
    ("Beijing refused to recognize the decision.", ("CHNGOV", "121", None)),
    # the victims of Israel's strikes are not Israel's people
    ("Israel responded with a wave of strikes that Lebanon's health ministry said killed 11 people.",
     ("ISR", "190", "ISRCVL")),
    ("Israel launched strikes on Lebanon that killed 11 people.", ("ISR", "190", "ISRCVL")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h30e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h30e_absent(sentence, triple):
    check_absent(sentence, triple)
