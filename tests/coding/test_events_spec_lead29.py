"""Lead, twenty-ninth pass: a truce offered (0356, intent to de-escalate) with no other side named is aimed at the
source's one adversary told before it, like a threat or a show of force (modality.yaml `context_targets.adversary`
codes); with no adversary told, or two, it stays one-sided. A "Ministry of Defence" is the armed forces' as a "Defence
Ministry" is (sectors.yaml MIL), not a government ministry. SPEC rows must be coded, ABSENT rows must not."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    ("Russian forces shelled Kharkiv on Monday, killing three people. On Tuesday the Kremlin offered a three-day truce "
     "for the Easter holiday.", "RUSGOV", "0356", "UKR", "happened"),
    ("Russia struck Kyiv overnight. Ukraine attacked Belgorod. On Tuesday the Kremlin offered a three-day truce.",
     "RUSGOV", "0356", "UKR", "happened"),
    ("The Russian Ministry of Defence accused Ukraine of shelling a hospital.", "RUSMIL", "1123", "UKR", "happened"),
    ("Ukraine's Ministry of Defense thanked Germany for the tanks.", "UKRMIL", "051", "DEU", "happened"),
]

ABSENT = [
    # no adversary told: no target guessed
    ("The Kremlin offered a three-day truce for the Easter holiday.", ("RUSGOV", "0356", "UKR")),
    # the offer is never aimed at the source's own side
    ("Russian forces shelled Kharkiv on Monday. On Tuesday the Kremlin offered a three-day truce.",
     ("RUSGOV", "0356", "RUSMIL")),
    ("The Russian Ministry of Defence accused Ukraine of shelling a hospital.", ("RUSGOV", "1123", "UKR")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)
