"""h34h: a country's name after a stance prefix and a hyphen ("pro-Russia", "anti-America"; coref.yaml
`stance_prefixes`) tells whom the people side with or against, as the nationality adjective does ("pro-Russian",
p23): "pro-Russia rebels" are not Russia's rebels (actors.py, the country surface skipped as the adjective was).
SPEC rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, codes_of

SPEC = [
    # guard: the group's country is still read from its place
    ("Pro-Russia rebels attacked the Ukrainian army in Donetsk.", "UKRREB", "190", "UKRMIL", "happened"),
    # guard: a country named without a prefix stays an actor
    ("Russia attacked Ukraine.", "RUS", "190", "UKR", "happened"),
]

ABSENT = [
    # a stance is no nationality: not Russia's rebels, not America's protesters
    ("The airliner was shot down by a missile fired by pro-Russia rebels.", ("RUSREB", "190", None)),
]

STANCE_ACTORS = [
    ("The airliner was shot down by a missile fired by pro-Russia rebels.", "pro-Russia rebels", "RUSREB"),
    ("Anti-America protesters marched in Tehran.", "Anti-America protesters", "USACVL"),
    ("Pro-Russia rebels attacked the Ukrainian army in Donetsk.", "Russia", "RUS"),
    ("An anti-Syria newspaper editor was arrested in Beirut.", "Syria", "SYR"),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.parametrize("sentence,mention,code", STANCE_ACTORS)
def test_stance_name_is_no_nationality(sentence, mention, code):
    assert code not in codes_of(sentence).get(mention, set())
