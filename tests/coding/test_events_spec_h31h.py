"""h31h: acts told inside a "said" frame. A promise or commitment another is reported to have broken, a mistake
another is reported to have made, a war another is reported to wage or prepare (modality.yaml `verdict_aim_verbs`
"prepare") is the speaker's accusation of it (news.yaml n.say_broken_word.112), as a ceasefire reported violated is
(n.say_blame.112). Only told done (a perfect or progressive auxiliary in the clause), not foretold; not negated, not a
promise kept or a proposal made, not the speaker's own country, not a wire agency reporting. SPEC rows must be coded,
ABSENT rows must not; nine SPEC rows failed before the rule (a bare statement 010, or nothing), the breach and the ceasefire rows are guards."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a promise, pledge or commitment broken
    ("China said the Philippines had broken its promise to remove the grounded ship.", "CHN", "112", "PHL", "happened"),
    ("Russia's foreign ministry said Kyiv had broken its commitments under the grain deal.", "RUSGOV", "112", "UKRGOV",
     "happened"),
    ("Serbia said Kosovo has broken the agreement on the association of Serb municipalities.", "SRB", "112", "XKX",
     "happened"),
    ("Pakistan told the Security Council that India had breached its obligations under the treaty.", "PAK", "112", "IND",
     "happened"),
    ("China said the Philippines had reneged on its commitments.", "CHN", "112", "PHL", "happened"),
    # a mistake or error made
    ("Canada's prime minister said India had made a fundamental error.", "CANGOV", "112", "IND", "happened"),
    ("Germany said France had made a serious mistake by leaving the talks.", "DEU", "112", "FRA", "happened"),
    # a war waged or prepared
    ("Ethiopia's foreign minister said Eritrea was actively preparing to wage war.", "ETHGOV", "112", "ERI", "happened"),
    ("Armenia said Azerbaijan was preparing to wage war against it.", "ARM", "112", "AZE", "happened"),
    # one side of a country's civil conflict of the other (foreign_target_civil_sides)
    ("Venezuela's government said the opposition had broken its promise.", "VENGOV", "112", "VENOPP", "happened"),
    # guard: a ceasefire violated stays the accusation it was (n.say_blame.112)
    ("Moscow said Kyiv has repeatedly violated the ceasefire.", "RUSGOV", "112", "UKRGOV", "happened"),
]

ABSENT = [
    # negated
    ("Russia said Ukraine had not broken its promise.", ("RUS", "112", "UKR")),
    # a promise kept, a proposal made, talks prepared: no wrong
    ("Russia said Ukraine had kept its promise.", ("RUS", "112", "UKR")),
    ("Russia said Ukraine had made a proposal on prisoner exchanges.", ("RUS", "112", "UKR")),
    ("Russia said Ukraine was preparing to hold talks.", ("RUS", "112", "UKR")),
    # foretold: a warning, no accusation
    ("Russia said Ukraine would make a mistake if it joined NATO.", ("RUS", "112", "UKR")),
    # a wire agency reports, it accuses no one
    ("Reuters said Ukraine had broken its promise.", ("GBRMED", "112", "UKR")),
    # a thing broken is no word broken
    ("Russia said Ukrainian drones had broken windows in Belgorod.", ("RUS", "112", "UKR")),
    ("Russia said Ukraine had broken the siege of the port.", ("RUS", "112", "UKR")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h31h_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h31h_absent(sentence, triple):
    check_absent(sentence, triple)
