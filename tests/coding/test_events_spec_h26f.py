"""Event dates of session 26 (h26f; dates.yaml, coding/timing.py), each a row (published, text, trigger, date, reason)
in the shape of test_dates.py: a participle on a definite noun naming a dated act takes that act's date (`participle_act_deps`,
new groups meeting / meet and decision / approve); "launch" and "mount" carry the date of the attack they launch
(`anchor_light_verbs`), so a reaction to "the strikes" finds it; an act in the perfect "since" a month, or since an act
the story dates, began in that month (`since_prepositions`); an act done in a town the last dated scene named continues
that scene (`place_scene_prepositions`, `place_scene_window`). Rows with no date are look-alikes that must take none.
New dated rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_dated

_SCENE = ("Police shut down several Serbian-run offices in Zvecan and Leposavic on Wednesday. Serbia's government accused "
          "Pristina of terror. It called on NATO peacekeepers to protect Serbs. \u201cThis is an attack on our people,"
          "\u201d the Serbian president said. ")

H26F_DATES = [
    # a participle on a definite noun naming a dated act
    ("2025-04-10", "Putin met Erdogan in Sochi on Wednesday. The meeting, hosted by the Russian president at his "
     "residence, lasted three hours.", "hosted", "2025-04-09", "anchor"),
    ("2025-04-10", "Armenia and Azerbaijan held talks in Abu Dhabi on Monday. The talks, mediated by the United Arab "
     "Emirates, ended without a deal.", "mediated", "2025-04-07", "anchor"),
    # ... not an indefinite noun, another happening
    ("2025-04-10", "Putin met Erdogan in Sochi on Wednesday. Talks mediated by the United Arab Emirates ended without a "
     "deal.", "mediated", None, None),
    # a decision named again, and strikes launched
    ("2025-07-19", "EU governments approved a new package of sanctions against Iran on Friday. Israel's foreign "
     "minister welcomed the decision.", "welcomed", "2025-07-18", "reaction"),
    ("2025-05-08", "Israel launched air strikes on Houthi-held ports early on Tuesday. The Houthis condemned the "
     "strikes.", "condemned", "2025-05-06", "reaction"),
    ("2025-05-08", "Israel launched a wave of air strikes across southern Lebanon early on Tuesday. Lebanon's president "
     "condemned the strikes.", "condemned", "2025-05-06", "reaction"),
    ("2025-05-08", "Russia mounted a massive drone attack on Kyiv on Tuesday. Zelenskiy denounced the attack.",
     "denounced", "2025-05-06", "reaction"),
    # ... a month before is no day to react on
    ("2025-05-08", "Israel launched air strikes on Houthi-held ports in Yemen last month. The Houthis condemned the "
     "strikes.", "condemned", None, None),
    # "since" a month, or since an act the story dates: that month
    ("2025-07-18", "Hungary had blocked the sanctions package since May, demanding exemptions for its oil imports.",
     "blocked", "2025-05", "since"),
    ("2025-05-07", "Gunmen killed 26 tourists in the April 22 attack near Pahalgam. Since the attack, India has "
     "expelled Pakistani diplomats.", "expelled", "2025-04", "since"),
    # ... not a count of acts over the span, a year, or a progressive
    ("2025-05-07", "U.S. drone strikes have killed at least eight al-Qaeda commanders since last July.", "killed", None,
     None),
    ("2025-04-10", "Fico had vetoed the sanctions package since 2024, demanding guarantees.", "demanding", None, None),
    ("2025-07-07", "Turkey has been suspending trade with Israel since May.", "suspending", None, None),
    ("2025-07-07", "Turkey has suspended trade with Israel since May.", "suspended", "2025-05", "since"),
    # an act done in a town the dated scene named, past statements and quotes: the scene's day
    ("2025-01-16", _SCENE + "About 200 Serbs gathered outside the town hall in Zvecan to protest.", "gathered",
     "2025-01-15", "context"),
    ("2025-01-16", _SCENE + "Police detained two men in Leposavic.", "detained", "2025-01-15", "context"),
    # ... not another town, a country, a perfect, or a scene told by a month
    ("2025-01-16", _SCENE + "About 200 Serbs gathered outside the town hall in Mitrovica to protest.", "gathered", None,
     None),
    ("2025-01-16", _SCENE + "About 200 Serbs protested in Kosovo.", "protested", None, None),
    ("2025-01-16", _SCENE + "Police have detained two men in Leposavic.", "detained", None, None),
    ("2025-03-16", _SCENE.replace("on Wednesday", "in January") + "About 200 Serbs gathered outside the town hall in "
     "Zvecan to protest.", "gathered", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize("published, text, trigger, expected, reason", H26F_DATES,
                         ids=[f"{r[2]}:{r[0]}:{r[1][-40:]}" for r in H26F_DATES])
def test_later_participle_reaction_and_since_dates(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)
