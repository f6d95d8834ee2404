"""Helper h25h's rules (pass 25, misses of the blind dev set V), each a row: "the two" with no noun are the two people
named before (coref.yaml `bare_pair_numerals`); a criminal investigation, case or proceedings opened against someone is
an accusation (n.criminal_case_against.112); the office of a described office holder is of the holder's sector
(coref.yaml `titled_office_heads`); a definite "the warrants" are the warrants told before (path `dobj.told`,
modality.yaml `told_objects`); an arrest or charge told with no agent and no place, in what a state's government
reports of foreign nationals, is that state's (modality.yaml `place_authority.speaker_sectors`, `verb_sectors`); an
appeal to "all parties" is to the story's sides, else to the one party whose force its sentence told (modality.yaml
`sides_addressees`); groups called foreign-funded are their country's opposition (coref.yaml `funded_dissent`).
SPEC rows must be coded, ABSENT rows must not; SPEC rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # "the two" with no noun are the two people named before, as "the pair"; a criminal case opened against someone
    # accuses them (112); the office of a described office holder is of the holder's sector
    ("President Nicolas Maduro accused opposition leader Maria Corina Machado and candidate Edmundo Gonzalez of inciting "
     "violence. The attorney general's office opened a criminal investigation against the two.", "VENJUD", "112",
     "VENOPP", "happened"),
    ("The prosecutor's office in Caracas opened a criminal case against opposition leader Maria Corina Machado.",
     "VENJUD", "112", "VENOPP", "happened"),
    # a definite "the warrants" with no phrase of its own are the warrants told before
    ("The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu "
     "over alleged war crimes. Prosecutor Karim Khan had requested the warrants in May.", "IGOJUDICC", "112", "ISRGOV",
     "happened"),
    # an arrest or charge told with no agent and no place, in what a state's government reports of foreign nationals,
    # is that state's
    ("Prime Minister Donald Tusk said two Ukrainian nationals suspected of setting the blaze had been charged.",
     "POLJUD", "173", "UKRCVL", "happened"),
    ("Prime Minister Donald Tusk said two Belarusian citizens had been arrested on suspicion of spying.",
     "POLCOP", "173", "BLRCVL", "happened"),
    # ... a charge in a place is that place's courts'
    ("Two British citizens were charged in Moscow with espionage.", "RUSJUD", "173", "GBRCVL", "happened"),
    # an appeal to all parties, the story telling one party's force, is to that party
    ("The United Nations said the military had shelled villages in northern Shan state on Monday, killing seven people, "
     "and called on all parties to allow unhindered humanitarian access.", "IGOUNO", "025", "MMRMIL", "happened"),
    # ... and to both sides of a conflict told
    ("Rebels and the army clashed in Shan state on Monday. The United Nations called on all parties to allow unhindered "
     "humanitarian access.", "IGOUNO", "025", "MMRREB", "happened"),
    # groups a government calls funded from abroad are its country's opposition
    ("Georgian Prime Minister Irakli Kobakhidze accused foreign-funded groups of organising the unrest.", "GEOGOV", "112",
     "GEOOPP", "happened"),
    ("Georgian Prime Minister Irakli Kobakhidze accused Western-funded NGOs of organising the unrest.", "GEOGOV", "112",
     "GEOOPP", "happened"),
]

ABSENT = [
    # "the two" after two countries named nearest is no pair of people named before them
    ("Prime Minister Narendra Modi met Prime Minister Shehbaz Sharif in Paris. India and Pakistan later agreed on a "
     "ceasefire. President Donald Trump praised the two.", ("USAGOV", "051", "INDGOV")),
    # "the two" after two countries is no pair of people
    ("India and Pakistan exchanged fire on Monday. Relations between the two have worsened.", ("IND", "112", "PAK")),
    # own nationals reported held are often held abroad: by whom is not told
    ("Prime Minister Donald Tusk said two Polish citizens had been detained.", ("POLCOP", "173", "POLCVL")),
    # an investigation against someone not called criminal stays an investigation
    ("Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials.",
     ("CHLJUD", "112", "CHLGOV")),
    # a warrant with its own phrase is not the one told before
    ("The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu. Prosecutor "
     "Karim Khan had requested the warrant for Hamas leader Yahya Sinwar in May.", ("IGOJUDICC", "112", "ISRGOV")),
    # "backed" groups are no opposition ("Iran-backed groups" are armed)
    ("Georgian Prime Minister Irakli Kobakhidze accused foreign-backed groups of organising the unrest.",
     ("GEOGOV", "112", "GEOOPP")),
    ("Georgian state-funded media criticised the opposition.", ("GEOOPP", "111", "GEOOPP")),
    # a state's own offices stay its government's
    ("Ukraine's presidential office said Russia had attacked Kyiv.", ("UKRJUD", "010", "RUS")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h25h_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h25h_absent(sentence, triple):
    check_absent(sentence, triple)
