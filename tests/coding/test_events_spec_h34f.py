"""h34f: actors in news events. General readings, each proved on look-alikes of my own: a spokesperson of no body
named, whose own speech verb reports a body's act ("The interior ministry has arrested 12 people, spokesman X said"),
speaks for that body, before the body that spoke last (actors.py `_reported_body`). SPEC rows must be coded, ABSENT
rows must not; the new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a spokesman reporting his body's act in his own sentence speaks for it, not for the body that spoke before
    ("Pakistan's army said Indian troops had fired first. India's foreign ministry summoned a senior Pakistani "
     "diplomat and lodged a strong protest, spokesman Ravi Kumar told reporters. He accused Pakistan of backing "
     "militants.", "INDGOV", "112", "PAK", "happened"),
    ("The Russian defence ministry said its forces had taken the village. The Ukrainian air force shot down 40 "
     "drones overnight, spokesman Yuriy Ihnat said. He accused Russia of targeting power plants.", "UKRMIL", "112",
     "RUS", "happened"),
    # guard: people in the plural do not speak through a spokesman; the body that spoke last, as before
    ("Pakistan's army said India had fired first. Indian troops opened fire on Pakistani posts, spokesman Ahmed "
     "Sharif told reporters. He accused India of violating the ceasefire.", "PAKMIL", "112", "IND", "happened"),
]

ABSENT = [
    ("Pakistan's army said Indian troops had fired first. India's foreign ministry summoned a senior Pakistani "
     "diplomat and lodged a strong protest, spokesman Ravi Kumar told reporters. He accused Pakistan of backing "
     "militants.", ("PAKMIL", "112", "PAK")),
    ("The Russian defence ministry said its forces had taken the village. The Ukrainian air force shot down 40 "
     "drones overnight, spokesman Yuriy Ihnat said. He accused Russia of targeting power plants.", ("RUSMIL", "112",
                                                                                                    "RUS")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h34f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h34f_absent(sentence, triple):
    check_absent(sentence, triple)
