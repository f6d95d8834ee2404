"""(h29d) Event dates from the story's telling (dates.yaml, coding/timing.py): each row is a general reading an analyst
applies to new copy (written for these tests, not taken from an evaluation set), with look-alikes that must keep their
own date or stay undated. Rows: (published, text, trigger, expected date, expected reason)."""
from __future__ import annotations

import pytest
from event_checks import check_dated

SPEC = [
    # "the next day" after the act the sentence before dated, when that act is not its main one (a claim of it)
    ("2025-06-08", "The Al-Qaeda-linked group JNIM claimed an assault on a military camp in Boulkessi on June 1. "
     "The next day, militants attacked the army camp and airport in the city of Timbuktu.",
     "attacked", "2025-06-02", "context"),
    ("2025-06-08", "Rebels claimed a raid on an army post near Gao on Tuesday. "
     "The following day, gunmen attacked a police station in the town of Menaka.",
     "attacked", "2025-06-04", "context"),
    # "earlier in the day": the day of the act the phrase hangs on, or the scene before
    ("2024-12-10", "The ceasefire committee held its first meeting in Naqoura on Monday. "
     "U.S. envoy Amos Hochstein attended the session after meeting Prime Minister Najib Mikati in Beirut "
     "earlier in the day.", "meeting", "2024-12-09", "context"),
    # a month on the happening reacted to is that happening's; the welcome continues the scene before
    ("2024-08-16", "Turkey and Iraq signed a security cooperation agreement in Ankara on Thursday. "
     "Turkish Foreign Minister Hakan Fidan welcomed Baghdad's decision in March to declare the PKK a banned "
     "organisation.", "welcomed", "2024-08-15", "context"),
    # what a resolution adopted "a day after" / "hours after" says is dated with the adoption
    ("2024-01-12", "The United States and Britain launched strikes against Houthi targets in Yemen late on Thursday. "
     "The strikes came a day after the U.N. Security Council adopted a resolution demanding that the Houthis stop "
     "attacking merchant vessels.", "demanding", "2024-01-10", "sequence"),
    ("2024-12-01", "Prime Minister Irakli Kobakhidze announced on Thursday that Georgia would suspend accession talks. "
     "The announcement came hours after the European Parliament adopted a resolution rejecting the results of the "
     "election.", "rejecting", "2024-11-28", "sequence"),
    # a country continues the scene its leaders' act set in the sentence before
    ("2025-08-12", "At Friday's summit, Aliyev and Pashinyan also signed a joint declaration. "
     "Armenia also granted the United States special development rights to a transit corridor.",
     "granted", "2025-08-08", "context"),
    # praise followed in the paragraph by the same speaker's dated words, past a quotation the parser split
    ("2025-06-30", "Protesters gathered on Saturday at Slavija Square in central Belgrade. "
     "Interior Minister Ivica Dacic said on Sunday that 48 police officers had been injured.\n"
     "Vucic praised the police for their restraint. \"Serbia has won. You cannot destroy Serbia with violence,\" "
     "he said in an address late on Saturday.", "praised", "2025-06-28", "context"),
]

GUARDS = [
    # the act told before is dated by a month only: "the next day" has no day to follow
    ("2025-06-08", "The Al-Qaeda-linked group JNIM claimed an assault on a military camp in Boulkessi in May. "
     "The next day, militants attacked the army camp and airport in the city of Timbuktu.",
     "attacked", None, None),
    # "earlier in the week" is no day
    ("2024-12-10", "The ceasefire committee held its first meeting in Naqoura on Monday. "
     "U.S. envoy Amos Hochstein attended the session after meeting Prime Minister Najib Mikati in Beirut "
     "earlier in the week.", "meeting", None, None),
    # a month on a happening with no owner, or a day on it, is left to the act
    ("2024-08-16", "Iraq banned the PKK in March.", "banned", "2024-03", "month"),
    ("2024-08-16", "Fidan welcomed Baghdad's decision on Thursday.", "welcomed", "2024-08-15", "weekday"),
    # the month of a decision reacted to, alone, dates nothing
    ("2024-08-16", "Fidan welcomed Baghdad's decision in March to declare the PKK a banned organisation.",
     "welcomed", None, None),
    # another country, or the country's people, do not continue the leaders' scene
    ("2025-08-12", "At Friday's summit, Aliyev and Pashinyan also signed a joint declaration. "
     "Iran criticised the United States over the transit corridor.", "criticised", None, None),
    # praise followed by another speaker's dated words
    ("2025-06-30", "Protesters gathered on Saturday at Slavija Square in central Belgrade. "
     "Interior Minister Ivica Dacic said on Sunday that 48 police officers had been injured.\n"
     "Vucic praised the police for their restraint. \"Serbia has won. You cannot destroy Serbia with violence,\" "
     "Dacic said in an address late on Saturday.", "praised", None, None),
]


@pytest.mark.parametrize("published, text, trigger, expected, reason", SPEC + GUARDS,
                         ids=[f"{r[2]}:{r[1][:50]}" for r in SPEC + GUARDS])
def test_story_dates_h29d(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)
