"""(h32a) Event dates on news copy (dates.yaml, coding/dates.py, coding/timing.py): each row is a general reading an
analyst applies to new copy (written for these tests, not taken from an evaluation set), with look-alikes that must keep
their own date or stay undated.

RESOLVE rows: (expression, publication date, expected value, expected reason) for `resolve_date` (direction past).
STORY rows: (published, text, trigger, expected date, expected reason) for the whole pipeline (`check_dated`)."""
from __future__ import annotations

import datetime as dt

import pytest
from event_checks import check_dated

from eventwire.coding.dates import resolve_date

FRI = dt.date(2024, 8, 16)  # a Friday in mid-month
SAT3 = dt.date(2024, 8, 3)  # a Saturday early in the month
SUN = dt.date(2024, 12, 1)  # a Sunday, first of the month

RESOLVE = [
    # a night told by the day it ran into: that day (the morning it ended in)
    ("overnight into Saturday", SUN, "2024-11-30", "weekday"),
    ("Friday night into Saturday", SUN, "2024-11-30", "weekday"),
    ("overnight to Sunday", SUN, "2024-12-01", "weekday"),
    ("the night into Wednesday", FRI, "2024-08-14", "weekday"),
    # a month of a year, a day of a week, told relative to publication
    ("in February last year", FRI, "2023-02", "month_of_year"),
    ("February of last year", FRI, "2023-02", "month_of_year"),
    ("late June last year", FRI, "2023-06", "month_of_year"),
    ("June this year", FRI, "2024-06", "month_of_year"),
    ("March next year", FRI, "2025-03", "month_of_year"),
    ("on Tuesday last week", FRI, "2024-08-06", "weekday_of_week"),
    ("Tuesday of last week", FRI, "2024-08-06", "weekday_of_week"),
    ("Monday this week", FRI, "2024-08-12", "weekday_of_week"),
    ("Friday next week", FRI, "2024-08-23", "weekday_of_week"),
    # a span ending at publication, within its month: that month
    ("over the past week", FRI, "2024-08", "recent_span"),
    ("in the past week", FRI, "2024-08", "recent_span"),
    ("the past 10 days", FRI, "2024-08", "recent_span"),
    ("the past 48 hours", FRI, "2024-08", "recent_span"),
    ("the past two weeks", FRI, "2024-08", "recent_span"),
]

RESOLVE_GUARDS = [
    # "into" a day without a night before it, and a night of two named days, are not read
    ("into Saturday", SUN, None, "unparsed"),
    ("talks into Saturday", SUN, None, "unparsed"),
    # a bare night, a month or a weekday alone keep their own readings
    ("overnight", SUN, None, "time_only"),
    ("in February", FRI, "2024-02", "month"),
    ("last February", FRI, "2024-02", "month"),
    ("last Tuesday", FRI, "2024-08-13", "weekday"),
    ("last week", FRI, "2024-08", "relative_week"),
    # a span reaching into the month before, a vague count, a span of months or years: no month
    ("over the past week", SAT3, None, "recent"),
    ("the past three weeks", FRI, None, "recent"),
    ("the past few days", FRI, None, "recent"),
    ("in recent weeks", FRI, None, "recent"),
    ("the past month", FRI, None, "vague"),
    ("the past year", FRI, None, "vague"),
]


@pytest.mark.parametrize("expression, published, value, reason", RESOLVE + RESOLVE_GUARDS,
                         ids=[f"{r[0]}:{r[1]}" for r in RESOLVE + RESOLVE_GUARDS])
def test_resolve_h32a(expression, published, value, reason):
    got = resolve_date(expression, published, direction="past")
    assert (got.value, got.reason) == (value, reason), got


STORY = [
    # a night told by the day it ran into
    ("2024-12-01", "Georgian police detained 107 protesters overnight into Saturday.", "detained", "2024-11-30",
     "weekday"),
    ("2025-03-02", "Turkish police detained 40 Kurdish protesters overnight into Sunday in Istanbul.", "detained",
     "2025-03-02", "weekday"),
    # a day told relative to a dated report's own day
    ("2024-06-13", "Medecins Sans Frontieres said on Sunday that RSF fighters had stormed the South Hospital in El "
     "Fasher the previous day.", "stormed", "2024-06-08", "report"),
    ("2025-02-12", "The army said on Tuesday that rebels had attacked a military post in Goma the day before.",
     "attacked", "2025-02-10", "report"),
    ("2025-02-12", "Kenyan police said on Tuesday that al Shabaab militants had attacked Kenyan troops near Mandera "
     "earlier that day.", "attacked", "2025-02-11", "report"),
    # a relative clause told relative to the day of the clause its noun is in
    ("2025-03-01", "Ocalan's message was read out at an Istanbul hotel on Thursday by lawmakers from the pro-Kurdish DEM "
     "Party, who had visited him in prison earlier that day.", "visited", "2025-02-27", "context"),
    ("2025-03-01", "Putin, who had arrived in Ankara the previous day, met Erdogan on Monday.", "arrived", "2025-02-23",
     "context"),
    # a month of a year told relative to publication, on the act
    ("2024-01-14", "A Nicaraguan court sentenced the bishop in February last year to 26 years in prison.", "sentenced",
     "2023-02", "month_of_year"),
    # a span within the publication's month
    ("2024-08-16", "Turkey's Defence Ministry said its forces had killed 19 PKK militants in northern Iraq over the past "
     "week.", "killed", "2024-08", "recent_span"),
    # a question put to the speaker, opening the sentence, dates the answer
    ("2023-08-28", "Asked about the phone calls on Monday, Chinese foreign ministry spokesman Wang Wenbin urged Japan to "
     "stop the discharge.", "urged", "2023-08-28", "weekday"),
    ("2024-03-20", "Questioned by reporters on Tuesday, the Chinese foreign ministry condemned Japan.", "condemned",
     "2024-03-19", "weekday"),
    # a refusal reported by a saying coordinated with a dated verb of the same subject
    ("2025-03-29", "Jens-Frederik Nielsen presented a broad coalition government in Nuuk on Friday and said Greenland "
     "would not give in to pressure from Washington.", "give", "2025-03-28", "report"),
    # mentions of a group dated on different days: the act's own word decides
    ("2024-10-26", "Israeli warplanes struck military targets in Iran early on Saturday in retaliation for Tehran's "
     "Oct. 1 missile attack on Israel. Iran's foreign ministry condemned the strikes.", "condemned", "2024-10-26",
     "reaction"),
    # an act done in an act the story dated, named by a definite noun
    ("2025-07-20", "The Democratic Republic of Congo and the M23 rebels signed a declaration of principles in Doha on "
     "Saturday. The declaration provides for direct talks by Aug. 8. Qatar hosted the ceremony.", "hosted", "2025-07-19",
     "anchor"),
    # a lead in the perfect whose date in a relative clause is background; the next sentence names its side
    ("2024-12-24", "Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina, who fled to New "
     "Delhi in August. Foreign adviser Touhid Hossain told reporters in Dhaka on Monday that a note had been sent to "
     "New Delhi.", "asked", "2024-12-23", "lead"),
]

STORY_GUARDS = [
    # a report's day for an act with no relative day
    ("2024-06-13", "Medecins Sans Frontieres said on Sunday that RSF fighters had stormed the South Hospital in El "
     "Fasher.", "stormed", "2024-06-09", "report"),
    # the act's own day before the report's
    ("2025-02-12", "Kenyan police said on Tuesday that al Shabaab militants had attacked Kenyan troops near Mandera on "
     "Sunday.", "attacked", "2025-02-09", "weekday"),
    # a relative clause whose noun's clause has no day takes nothing
    ("2025-03-01", "Lawmakers from the pro-Kurdish DEM Party, who had visited Ocalan in prison earlier that day, read "
     "out his message.", "visited", None, None),
    # "into" without a night word is no day of the act
    ("2024-12-01", "Georgian police detained 107 protesters as the clashes dragged into Saturday.", "detained", None,
     None),
    # a clause of its own after "but" keeps its day to itself; a second verb of the same subject shares it
    ("2025-05-11", "India accused Pakistan of violating the ceasefire, but the truce appeared to hold on Sunday.",
     "accused", None, None),
    ("2025-05-11", "India accused Pakistan of violating the ceasefire but rejected talks on Sunday.", "accused",
     "2025-05-11", "weekday"),
    ("2025-05-11", "India accused Pakistan of violating the ceasefire and the army shelled border posts on Sunday.",
     "accused", "2025-05-11", "weekday"),
    # a span reaching into the month before dates nothing
    ("2024-08-03", "Turkey's Defence Ministry said its forces had killed 19 PKK militants in northern Iraq over the past "
     "week.", "killed", None, "recent"),
    # a refusal under a saying with a subject of its own, or after "but", takes no other verb's day
    ("2025-03-29", "Nielsen presented a broad coalition government in Nuuk on Friday, and his spokesman said Greenland "
     "would not give in to pressure from Washington.", "give", None, None),
    # the group word of another day does not date the act named by it
    ("2024-10-26", "Israeli warplanes struck military targets in Iran early on Saturday in retaliation for Tehran's "
     "Oct. 1 missile attack on Israel. Iran's foreign ministry condemned the attack.", "condemned", None, None),
    # the act's own time phrase before the named act's day
    ("2025-07-20", "The Democratic Republic of Congo and the M23 rebels signed a declaration of principles in Doha on "
     "Saturday. The declaration provides for direct talks by Aug. 8. Qatar hosted the ceremony on Sunday.", "hosted",
     "2025-07-20", "weekday"),
    # a perfect lead whose next sentence names only the side its cause names is not dated by it
    ("2023-12-08", "Guyana has asked the United Nations Security Council to intervene after Venezuela moved to create a "
     "new state in the Essequibo region. Venezuelan President Nicolas Maduro on Tuesday unveiled a new map.", "asked",
     None, None),
]


@pytest.mark.parametrize("published, text, trigger, expected, reason", STORY + STORY_GUARDS,
                         ids=[f"{r[2]}:{r[1][:50]}" for r in STORY + STORY_GUARDS])
def test_story_dates_h32a(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)
