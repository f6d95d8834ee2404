"""h33h: actors on new wire copy. A country's name right before a title that the parser cut off the title's phrase
("..., saying Cook Islands[npadvmod] Prime Minister Mark Brown had failed") is the title's country (actors.py
`_cut_off_title_country`, coref.yaml `cut_off_title_country_deps` for the arguments it never is); a noun of another
sector with an opposition modifier ("Opposition lawmakers", "opposition MPs") faces its own country's rulers as an
opposition does, never a state body that takes no country from whom it acts on (actors.py `_domestic_modifier`,
coref.yaml `domestic_sectors`); officers after a service of several countries named together ("a joint patrol of
Kenyan and Haitian police, wounding two Haitian officers") are of that service (actors.py `_uniformed_sector`, coref.yaml
`uniformed_heads`, `uniformed_sectors`); the wire's spellings of a city GeoNames lacks are its places (places.yaml
`city_aliases`: Hodeidah); a full name apposed to a title between commas is a person whatever the NER made of it, so
that "he" after it is that person (actors.py `_apposed_title_names`, coref.yaml `apposed_name_excluded_labels`). SPEC
rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

KENYA = ("Kenya deployed 400 police officers to Haiti in 2024. The Haitian prime minister thanked them. "
         "Opposition lawmakers have accused William Ruto of sending police abroad.")
LEBANON = ("Israel struck Lebanon on Monday. Lebanese officials condemned the strike. Opposition legislators accused "
           "Netanyahu of dragging the country into war.")
UGANDA = "Uganda sent troops to Somalia. Ruto praised Uganda. Opposition senators urged Museveni to withdraw the troops."

SPEC = [
    # a country before a title the parser cut off is the title's
    ("The embassy said Cook Islands Foreign Minister Tingika Elikana had met Chinese officials in Beijing.", "COKGOV",
     "040", "CHNGOV", "happened"),
    ("Wellington paused funding last year, saying Cook Islands Prime Minister Mark Brown had failed to consult it "
     "before he signed agreements with China.", "COKGOV", "057", "CHN", "happened"),
    # guard: the parse that keeps the title's phrase whole
    ("Cook Islands Prime Minister Mark Brown met Chinese officials.", "COKGOV", "040", "CHNGOV", "happened"),
    # an opposition of another sector's head is of the country whose rulers it acts on
    (KENYA, "KENLEG", "112", "KENGOV", "happened"),
    (LEBANON, "ISRLEG", "112", "ISRGOV", "happened"),
    (UGANDA, "UGALEG", "0256", "UGAGOV", "happened"),
    # guard: an opposition that is an opposition already
    ("Israel struck Lebanon on Monday. Lebanese officials condemned the strike. Opposition leaders accused Netanyahu "
     "of dragging the country into war.", "ISROPP", "112", "ISRGOV", "happened"),
]

SPEC += [
    # officers after a joint service of several countries are of that service
    ("On Saturday, gunmen ambushed a joint patrol of Kenyan and Haitian police in the hills, wounding two Haitian "
     "officers, the Haitian National Police said.", "KENUAF", "190", "HTICOP", "happened"),
    ("Kenyan and Ugandan police arrived in Mogadishu on Monday. Al Shabaab fighters attacked two Kenyan officers on "
     "Tuesday.", "SOMREBSHB", "190", "KENCOP", "happened"),
    ("Italian and Greek coast guard ships searched the sea overnight, and Italian and Greek police questioned survivors. "
     "Smugglers shot at two Greek officers.", "GRCCRM", "193", "GRCCOP", "happened"),
    # guard: a service named last of another sector
    ("Kenyan police and Haitian soldiers patrolled the capital on Saturday. Gangs attacked two Haitian officers on "
     "Sunday.", "HTICRM", "190", "HTIMIL", "happened"),
]

SPEC += [
    # a city struck under the wire's spelling is its country's
    ("Israeli warplanes struck the Red Sea port of Hodeidah on Monday.", "ISRMIL", "195", "YEM", "happened"),
    ("Israeli jets struck power stations in Hodeidah on Sunday.", "ISRMIL", "195", "YEM", "happened"),
    ("U.S. and British jets bombed targets in Hodeida on Tuesday.", "GBR", "195", "YEM", "happened"),
]

JAISWAL = ("Hasina accused Muhammad Yunus of running the country with the help of extremists. India’s foreign ministry "
           "spokesperson, Randhir Jaiswal, said on Thursday that New Delhi had received the note. He accused Dhaka of "
           "ignoring India's concerns.")
ADEYEMI = ("Boko Haram fighters attacked a village in Borno on Monday, Governor Babagana Zulum said. Nigeria's army "
           "spokesman, Olusegun Adeyemi, said troops had repelled the attack. He accused the group of killing civilians.")
SPEC += [
    # "he" after a titled name the NER missed is that person
    (JAISWAL, "INDGOV", "112", "BGDGOV", "happened"),
    (ADEYEMI, "NGAMIL", "1124", "NGAREBBKH", "happened"),
    # guard: a name the NER found stays as it was
    ("Egypt's foreign minister, Badr Abdelatty, met his Sudanese counterpart in Cairo.", "EGYGOV", "040", "SDNGOV",
     "happened"),
]

ABSENT = [
    (KENYA, ("HTILEG", "112", "KENGOV")),
    (LEBANON, ("LBNLEG", "112", "ISRGOV")),
    (UGANDA, ("SOMLEG", "0256", "UGAGOV")),
    ("Wellington paused funding last year, saying Cook Islands Prime Minister Mark Brown had failed to consult it "
     "before he signed agreements with China.", ("NZLGOV", "057", "CHN")),
    ("Kenyan and Ugandan police arrived in Mogadishu on Monday. Al Shabaab fighters attacked two Kenyan officers on "
     "Tuesday.", ("SOMREBSHB", "190", "KENMIL")),
    (JAISWAL, ("BGDGOV", "112", "BGDGOV")),
    (ADEYEMI, ("NGAGOV", "1124", "NGAREBBKH")),
    # a country a verb acts on gives the title after it nothing
    ("After visiting China President Emmanuel Macron met Xi Jinping.", ("CHNGOV", "040", "CHNGOV")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h33h_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h33h_absent(sentence, triple):
    check_absent(sentence, triple)
