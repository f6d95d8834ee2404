"""h31c: actors not found, or found as another's, on new wire copy (steered on set F). A ministry or department called
by its proper name with no country is the story's home state's, the dateline's when the story places anything there
(coref.yaml `story_state_sectors` `body_sectors`, `body_heads`); "the main Kosovo Serb party" is no earlier
organisation (a description a country or nationality word names, `_collective`); "Roman" before "Catholic" is never the
Romanian town (places.yaml `not_places`); "the Emirates" is the United Arab Emirates (countries.yaml); the IDF's
spokesman Daniel Hagari (people). CODES rows: the mention must carry the code; NOT_CODES rows must not; SPEC rows must
be coded, ABSENT rows must not. New rows failed before their rule; guards held before and after."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, codes_of

MANILA = "MANILA, March 25 (Reuters) - Chinese coast guard ships fired water cannon at a Philippine supply boat. "
TOKYO = "TOKYO, March 25 (Reuters) - Chinese coast guard ships entered Japanese waters near the islands. "

# (text, mention, code, published)
CODES = [
    # a ministry by its proper name with no country: the dateline's state's, whatever the sentence names
    (MANILA + "The Department of Foreign Affairs demanded that Chinese vessels leave the shoal.",
     "Department of Foreign Affairs", "PHLGOV", "2024-03-25"),
    (MANILA + "The Department of Foreign Affairs said it had conveyed its strong protest to China's deputy chief of "
     "mission in Manila.", "Department of Foreign Affairs", "PHLGOV", "2024-03-25"),
    (TOKYO + "The Foreign Ministry lodged a protest with China's ambassador.", "Foreign Ministry", "JPNGOV",
     "2024-03-25"),
    # ... though another place follows ("In Beijing, ..."), the story placing Manila too
    ("MANILA (AP) - The Philippines summoned a senior Chinese diplomat on Monday. The Department of Foreign Affairs said "
     "it had conveyed its strong protest to China's deputy chief of mission in Manila. In Beijing, Foreign Ministry "
     "spokesman Lin Jian told reporters that Manila had broken its promise.", "Department of Foreign Affairs", "PHLGOV",
     "2024-03-25"),
    # a church's name is no place
    ("Nicaragua freed Roman Catholic Bishop Rolando Alvarez and sent him to the Vatican.", "Alvarez", "NICREL",
     "2023-10-20"),
    ("Police detained Roman Catholic priest Carlos Mendoza in Managua on Sunday.", "Carlos Mendoza", "NICREL",
     "2023-10-20"),
    # the Emirates
    ("He thanked the Emirates for its help in bringing the men home.", "the Emirates", "ARE", "2025-06-01"),
    ("Sudan accused the Emirates of arming the RSF.", "the Emirates", "ARE", "2025-06-01"),
    ("The Emirates has denied arming the Rapid Support Forces.", "The Emirates", "ARE", "2025-06-01"),
    # a party a country word names is that country's, not the organisation named before
    ("The EU urged calm. Kosovo demanded that Serbia hand over Milan Radoicic, a former deputy leader of the main "
     "Kosovo Serb party.", "Kosovo Serb party", "XKX", "2023-10-20"),
    # the IDF's spokesman, by name
    ("\"We will respond,\" military spokesman Rear Admiral Daniel Hagari said after Iran fired missiles.",
     "Daniel Hagari", "ISRMIL", "2024-10-26"),
]

NOT_CODES = [
    # guards: a ministry with its country written, a bare lower-case "the ministry" (the body named lately)
    (MANILA + "Russia's Foreign Ministry condemned China.", "Russia's Foreign Ministry", "PHLGOV", "2024-03-25"),
    ("BEIJING, March 25 (Reuters) - Japan protested the incursion. China's Foreign Ministry rejected the protest.",
     "China's Foreign Ministry", "JPNGOV", "2024-03-25"),
    (MANILA + "Japan's foreign ministry criticised China. The ministry said the act was dangerous.", "ministry",
     "PHLGOV", "2024-03-25"),
    # a dateline's state the story names as no actor (an international body's seat) gives no ministry
    ("VIENNA, June 12 (Reuters) - The IAEA board in Vienna passed a resolution against Iran. Within hours, the Atomic "
     "Energy Organization of Iran and the Foreign Ministry issued a joint statement rejecting the resolution.",
     "Foreign Ministry", "AUTGOV", "2025-06-12"),
    # "Roman" is still no Romania, and Romanians stay Romanian
    ("Nicaragua freed Roman Catholic Bishop Rolando Alvarez and sent him to the Vatican.", "Alvarez", "ROUREL",
     "2023-10-20"),
    # a description with no country word still takes the body named before; an organisation stays itself
    ("The EU urged calm. Kosovo demanded that Serbia hand over Milan Radoicic, a former deputy leader of the main "
     "Kosovo Serb party.", "Kosovo Serb party", "IGOEUREEC", "2023-10-20"),
    # Hagari before his term is not the spokesman
    ("Military spokesman Rear Admiral Daniel Hagari said the army had struck targets in Gaza.", "Daniel Hagari",
     "ISRMIL", "2021-05-10"),
]

SAME = [
    # guards that keep what they had: a described body with no country word, the country's full name
    ("Hamas said it would free the hostages. The group released a video.", "group", "PSEREBHMS"),
    ("NATO met in Brussels. The alliance said it would send troops.", "alliance", "IGOWSTNAT"),
    # ... and one whose country word is the body's own country's
    ("Georgian Dream won the election. The Georgian ruling party said it would form a government.",
     "Georgian ruling party", "GEOGOV"),
    ("The African National Congress lost its majority. The South African party said it would seek partners.",
     "South African party", "ZAFPTYANC"),
    ("The United Arab Emirates denied the report.", "United Arab Emirates", "ARE"),
    ("Romanian Prime Minister Marcel Ciolacu criticised Russia.", "Marcel Ciolacu", "ROUGOV"),
]

SPEC = [
    (MANILA + "The Department of Foreign Affairs demanded that Chinese vessels leave the shoal.", "PHLGOV", "1056",
     "CHN", "happened"),
    ("Sudan accused the Emirates of arming the RSF.", "SDN", "1123", "ARE", "happened"),
]

ABSENT = [
    (MANILA + "The Department of Foreign Affairs demanded that Chinese vessels leave the shoal.",
     ("CHNGOV", "1056", "CHN")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,code,published", CODES, ids=[f"{r[1]}:{r[2]}" for r in CODES])
def test_h31c_codes(text, mention, code, published):
    got = codes_of(text, published)
    assert code in got.get(mention, set()), got


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,code,published", NOT_CODES, ids=[f"{r[1]}:{r[2]}" for r in NOT_CODES])
def test_h31c_not_codes(text, mention, code, published):
    got = codes_of(text, published)
    assert code not in got.get(mention, set()), got


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,code", SAME, ids=[f"{r[1]}:{r[2]}" for r in SAME])
def test_h31c_same(text, mention, code):
    got = codes_of(text)
    assert code in got.get(mention, set()), got


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][-48:] for s in SPEC])
def test_h31c_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][-48:] for s in ABSENT])
def test_h31c_absent(sentence, triple):
    check_absent(sentence, triple)
