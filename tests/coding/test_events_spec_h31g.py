"""h31g: verbs of the CAMEO unit records (UniversalPetrarch's revision of PETRARCH's records, suite `unit_up`) that
real news uses. Two or more sides agreeing THAT something is so or should be done share a position (050,
n.agree_that.050: agree.030 and x.agree_generic.030 leave a clausal complement to it); their own future act agreed
stays an intent (030, n.agree_that_will.030), as do "agree to" and "agree with X that" (n.agree_with_that.030);
friendship reaffirmed or voiced endorses the other side (051, n.reaffirm_friendship.051). SPEC rows must be coded,
ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a position shared by two or more sides (n.agree_that.050), each way
    ("The Philippines and France agree that territorial disputes should be resolved through international arbitration.",
     "PHL", "050", "FRA", "happened"),
    ("The Philippines and France agree that territorial disputes should be resolved through international arbitration.",
     "FRA", "050", "PHL", "happened"),
    ("China and Russia agreed that the crisis in Ukraine should be resolved through dialogue.", "CHN", "050", "RUS",
     "happened"),
    ("Egypt and Jordan agreed on Sunday that a ceasefire in Gaza was urgently needed.", "JOR", "050", "EGY", "happened"),
    # guard: one of their own future acts agreed stays an intent (n.agree_that_will.030)
    ("Egypt and Jordan agreed that the border crossing would remain closed.", "EGY", "030", "JOR", "happened"),
    # guard: agreeing with another side that ... stays 030 (n.agree_with_that.030), as PETRARCH's AGREE (WITH)
    ("Germany agrees with France that the sanctions on Russia should stay in place.", "DEU", "030", "FRA", "happened"),
    ("Germany and Italy agree with France that the sanctions should stay.", "ITA", "030", "FRA", "happened"),
    # guard: an open complement stays an intent to cooperate, a bare agreement 030
    ("Egypt and Jordan agreed to resume direct flights.", "EGY", "030", "JOR", "happened"),
    ("Germany agreed with France on the need for talks.", "DEU", "030", "FRA", "happened"),
    # friendship reaffirmed or voiced (n.reaffirm_friendship.051)
    ("Xi reaffirmed China's friendship with Pakistan during the talks.", "CHNGOV", "051", "PAK", "happened"),
    ("Egypt reasserted its friendship with China on Monday.", "EGY", "051", "CHN", "happened"),
    ("The Kenyan president expressed his country's deep friendship with Japan.", "KENGOV", "051", "JPN", "happened"),
]

ABSENT = [
    # agreement of one side with no other named, or what it agreed to let another do, is no shared position
    ("Russia agreed that Ukraine could join the talks.", ("RUS", "050", "UKR")),
    ("Egypt and Jordan agreed that the border crossing would remain closed.", ("EGY", "050", "JOR")),
    ("Germany agrees with France that the sanctions on Russia should stay in place.", ("DEU", "050", "FRA")),
    ("Egypt and Jordan agreed to resume direct flights.", ("EGY", "050", "JOR")),
    # friendship questioned, ended or merely mentioned endorses no one
    ("Egypt questioned its friendship with China.", ("EGY", "051", "CHN")),
    ("Egypt ended its friendship with Qatar after the dispute.", ("EGY", "051", "QAT")),
    ("Analysts said Egypt's friendship with China had cooled.", ("EGY", "051", "CHN")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h31g_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h31g_absent(sentence, triple):
    check_absent(sentence, triple)
