"""Session 27 (h27h): events coded on the gold sentence with a wrong side. Each row a sentence → an event. SPEC rows must
be coded, ABSENT rows must not; new rows failed before their rule, guard rows (marked) held before and must hold after.

- "Gulf" is never geocoded as a town (places.yaml `not_places`): GeoNames has Gulf Province, Papua New Guinea, and "the
  Gulf state" lent PNG to every actor noun of its sentence with no country ("the army" → PNGMIL, "Police" → PNGCOP).
- An appeal for a release (a pattern aimed at the `captor`) the parser joined to a reported clause telling a capture
  (modality.yaml `captivity_verbs`) is the reporter's: "The State Department said Iran had detained two journalists and
  demanded their release" (not Iran demanding its captives' release).
- A "with" phrase on a helper noun (modality.yaml `helper_nouns`: help, mediation, support ...) names a helper, no party
  the act is done with: "held talks with U.S. mediation" are not talks with the United States."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a bare actor noun in a sentence that names "the Gulf state" is the story's, not Papua New Guinea's
    ("Sudan's army-aligned government cut diplomatic ties with the United Arab Emirates, accusing the Gulf state of "
     "arming the Rapid Support Forces. The army blamed the RSF for the attacks.", "SDNMIL", "112", "SDNREBRSF",
     "happened"),
    ("Police in the Gulf state arrested 12 protesters on Friday, the interior ministry said. Bahrain's king pardoned "
     "them.", "BHRCOP", "173", "BHRCVL", "happened"),
    # guards: the epithet still finds its country; the reported act keeps its own sides
    ("Bahrain's king criticised Iran. Police in the Gulf state arrested 12 protesters on Friday.", "BHRCOP", "173",
     "BHRCVL", "happened"),
    ("Defence Minister Yassin Ibrahim told Sudanese state television that the UAE had armed the RSF.", "ARE", "072",
     "SDNREBRSF", "happened"),
    # an appeal for a release joined to the reported clause telling the capture is the reporter's, not the captor's
    ("The U.S. embassy said in a post on X that the Houthis had \"kidnapped many of the surviving crew members\" and "
     "called for their immediate and unconditional release.", "USAGOV", "0253", "YEMREBHTH", "happened"),
    ("The State Department said Iran had detained two American journalists and demanded their release.", "USAGOV",
     "1053", "IRN", "happened"),
    ("The State Department said Iran had detained two American journalists and called for their release.", "USAGOV",
     "0253", "IRN", "happened"),
    # a helper named in a "with" phrase is no party the talks are held with (modality.yaml helper_nouns)
    ("Armenia and Azerbaijan held talks in Washington with U.S. mediation.", "ARM", "040", "AZE", "happened"),
    ("Ethiopia and Somalia pledged to begin technical negotiations by the end of February, with Turkey's help.", "ETH",
     "036", "SOM", "happened"),
    # guards: a "with" phrase on a party, or a party's officer, is the partner; what is provided with stays
    ("Ethiopia held talks with Turkey's president on Monday.", "ETH", "040", "TURGOV", "happened"),
    ("Britain provided Ukraine with military support.", "GBR", "072", "UKR", "happened"),
    ("Kenya signed a defence pact with the United States with support from the African Union.", "KEN", "057", "USA",
     "happened"),
    # guard: the capture itself stays the captor's
    ("The State Department said Iran had detained two American journalists and called for their release.", "IRN",
     "173", "USAMED", "happened"),
]

ABSENT = [
    ("Sudan's army-aligned government cut diplomatic ties with the United Arab Emirates, accusing the Gulf state of "
     "arming the Rapid Support Forces. The army blamed the RSF for the attacks.", ("PNGMIL", "112", "SDNREBRSF")),
    ("Police in the Gulf state arrested 12 protesters on Friday, the interior ministry said.", ("PNGCOP", "173", "PNGCVL")),
    ("The State Department said Iran had detained two American journalists and demanded their release.",
     ("IRN", "1053", "USAMED")),
    ("Armenia and Azerbaijan held talks in Washington with U.S. mediation.", ("ARM", "040", "USA")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h27h_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h27h_absent(sentence, triple):
    check_absent(sentence, triple)


def test_gulf_is_no_town():
    """places.yaml `not_places`: a bare "Gulf" is no place (Gulf Province, PNG, is written so)."""
    from eventwire.coding.geo import geocode

    assert geocode("Gulf", "LOC") is None
