"""Spec table for eventwire.coding.facts: quantities, what they measure and whom they concern.

Each row runs the whole default pipeline over one invented sentence (the seed's two facts are
quoted from ../shared/examples/seed.txt) and lists the complete set of facts expected:
(surface text, value, unit, measure, actor codes that must be among the fact's actors). Years,
ages, ordinals and durations of a time are not facts.
"""
from __future__ import annotations

import pytest

import eventwire

PUB = "2025-03-05"

# (id, text, [(text, quantity, unit, measure, required actor codes)])
CASES = [
    ("seed-trade-percent",
     "Bilateral trade between Russia and Myanmar reportedly surged by 40%, with discussions also including "
     "plans for a small-scale nuclear plant.",
     [("40%", 40.0, "percentage", "trade", {"RUS", "MMR"})]),
    ("seed-count-noun", "Putin expressed his gratitude for the gift of six elephants sent by Myanmar.",
     [("six", 6.0, "dimensionless", "elephants", set())]),
    ("hyphenated-unit", "China agreed to build a 100-megawatt solar plant in Pakistan.",
     [("100-megawatt", 100.0, "megawatt", "plant", set())]),
    ("casualties", "Israeli strikes killed at least 27 people in Gaza on Tuesday, health officials said.",
     [("27", 27.0, "dimensionless", "people", set())]),
    ("money-billion", "The World Bank approved a $2.5 billion loan to Egypt.",
     [("$2.5 billion", 2.5e9, "dollar", "loan", {"EGY"})]),
    ("percent-word-change-verb", "India's exports to the United States fell 12 percent in the first quarter.",
     [("12 percent", 12.0, "percentage", "exports", {"IND", "USA"})]),
    ("thousands-separator", "More than 3,000 troops were deployed to the border.",
     [("3,000", 3000.0, "dimensionless", "troops", set())]),
    ("million-word", "About 1.2 million refugees have fled Sudan since April 2023.",
     [("1.2 million", 1.2e6, "dimensionless", "refugees", set())]),
    ("percent-to", "The IMF cut Argentina's growth forecast to 2.5% for 2026.",
     [("2.5%", 2.5, "percentage", "growth forecast", {"ARG"})]),
    ("abbreviation-after-number", "China added 18 U.S. companies to its export control list.",
     [("18", 18.0, "dimensionless", "U.S. companies", set())]),
    # --- not facts -------------------------------------------------------------------------
    ("age", "At 68, Hlaing seldom travels abroad.", []),
    ("year-before-singular-noun", "The 2021 military coup ousted Aung San Suu Kyi's government.", []),
    # an ordinal is no quantity, and "the two leaders" refers back to people already named
    ("ordinal", "The two leaders marked the 75th anniversary of diplomatic relations.", []),
    ("reference", "Putin met Modi in New Delhi, and the two leaders signed three agreements.",
     [("three", 3.0, "dimensionless", "agreements", set())]),
    ("date", "The talks will resume on May 9.", []),
]


@pytest.mark.parametrize("text, expected", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_facts(text, expected):
    article = eventwire.extract(text, published=PUB)
    got = [(f.text, f.quantity, f.unit, f.measure, set(f.actor_codes)) for f in article.facts]
    assert len(got) == len(expected), got
    for (t, q, unit, measure, codes), f in zip(expected, article.facts):
        assert (f.text, f.unit, f.measure) == (t, unit, measure), got
        assert f.quantity == pytest.approx(q)
        assert codes <= set(f.actor_codes), got
        assert text[f.span.start:f.span.end] == f.text
