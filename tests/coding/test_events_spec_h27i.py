"""h27i (twenty-seventh pass): the country of generic actor nouns and of titled office holders the dictionary lacks, in
stories where one country acts on another. A bare generic plural in a clause someone reports takes no country from the
reporter (coref.yaml `generic_plural_determiners`, `reporting_subject_verbs`); refugees of no origin said take none from
an actor of their sentence; a titled person who reports a clause between two states (coref.yaml
`reported_conjunct_marks` for a second "that" clause the parser joins to the verb) takes no country from it. SPEC rows
failed before the change; GUARD rows are near readings that must stay."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, codes_of

YASSIN = ("Defence Minister Yassin Ibrahim said that the UAE had violated the sovereignty of Sudan and that Khartoum was "
          "recalling its ambassador from Abu Dhabi.")
US_STORY = "The United States accused the RSF of genocide on Tuesday. "



# (text, mention, code expected; None: no country)
SPEC = [
    # a titled office holder reporting a clause between two states is not of the state the clause names first
    (YASSIN, "Yassin Ibrahim", None),
    # a generic plural in a reported clause is not the reporter's ...
    ("U.S. Ambassador Mike Waltz told the council before the vote, saying gangs had turned the Haitian capital into a "
     "hunting ground.", "gangs", "HTICRM"),
]
# refugees of no origin said: no mention coded with the host's or helper's country
NO_MENTION = [
    (US_STORY + "Blinken also announced $200 million in aid for neighbouring countries hosting refugees.", "refugees"),
]
GUARD = [
    ("Foreign Minister Kenji Okano said that Japan would host the talks and that delegates would arrive in Osaka.",
     "Kenji Okano", "JPNGOV"),
    ("Japan's foreign minister said Japan would host the talks.", "Japan's foreign minister", "JPNGOV"),
    ("Ukrainian civilians fled the shelling, Zelenskiy said.", "Ukrainian civilians", "UKRCVL"),
    ("Russian President Vladimir Putin said Russian forces had captured the village.", "Russian forces", "RUSMIL"),
    ("Russian forces shelled Kharkiv, killing five civilians.", "five civilians", "UKRCVL"),
    ("Thousands of Sudanese refugees crossed into Chad, the UN said.", "Sudanese refugees", "SDNREF"),
    ("Kenya said its forces had killed 20 militants.", "20 militants", "KENREB"),
    (US_STORY + "Blinken said American forces would not be deployed.", "American forces", "USAMIL"),
    # a sector word on the noun names whose it is, and the reporter's apposition lends it no nationality
    ("The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said eight people were killed in an "
     "air strike by government forces.", "government forces", "SYRMIL"),
    (US_STORY + "Blinken said the U.S. would take in more Sudanese refugees.", "more Sudanese refugees", "SDNREF"),
]


@pytest.mark.parametrize("text, mention, code", SPEC + GUARD)
def test_mention_country(text, mention, code):
    got = codes_of(text)
    assert got.get(mention) == {code}, got


@pytest.mark.parametrize("text, mention", NO_MENTION)
def test_no_country(text, mention):
    got = codes_of(text)
    assert not (got.get(mention) or set()) - {None}, got


def test_no_event_from_the_reported_state():
    check_absent(YASSIN, ("AREMIL", "112", "ARE"))


def test_guard_reported_act_kept():
    check_event(YASSIN, "ARE", "128", "SDN", "happened")


def test_guard_reporter_acting_in_its_own_clause():
    # a pronoun in the reported clause tells of the reporter's own doings: its country still counts
    check_event("Pakistan's army said it killed 30 militants in a raid near the Afghan border.", "PAKMIL", "190",
                "PAKREB", "happened")
