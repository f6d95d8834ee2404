"""Spec rows of the twenty-seventh pass's lead rules (docs/events.md "Twenty-seventh pass (lead p27)").

- A past form the parser hung on a preposition as its clause ("ports in “occupied Palestine”") is an adjective on the
  noun after it: no act of occupying (repairs.yaml `prepositional_participle_tags`).
- A phrase naming whom a hostile act is done for ("in support of Gaza", "in solidarity with") names no target of it
  (modality.yaml `beneficiary_phrases`).
"""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # guards: the verb and the place of an offensive keep their readings
    ("Russian troops occupied the Ukrainian town of Kupiansk on Monday.", "RUSMIL", "192", "UKR", "happened"),
    ("Israeli settlers attacked a village in the occupied West Bank on Monday.", "ISRCVL", "190", "PSE", "happened"),
    ("Russia launched an offensive in eastern Ukraine.", "RUS", "190", "UKR", "happened"),
    ("The Houthis launched missiles at Israel in solidarity with the Palestinians.", "YEMREBHTH", "190", "ISR", "happened"),
]

ABSENT = [
    ("The spokesman said the company's ships had entered ports in \"occupied Palestine\" last month.",
     (None, "192", "PSE")),
    ("Hezbollah opened fire in support of Gaza.", ("LBNREBHEZ", "193", "PSE")),
    ("The Houthis launched an offensive in solidarity with Palestine.", ("YEMREBHTH", "190", "PSE")),
]


@pytest.mark.parametrize("sentence, source, code, target, mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence, triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)
