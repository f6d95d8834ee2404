"""Shared checks for the sentence → event spec tables (test_events_spec*.py)."""
from __future__ import annotations

import eventwire

PUBLISHED = "2025-06-01"


def coded(sentence: str, published: str = PUBLISHED) -> dict:
    """{(source, code, target): mode} for every event eventwire codes in the sentence; (h34d) a known group by its
    whole code (`source_group`, YEMREBHTH; its `source_code` is YEMREB), so a row names the group it expects."""
    article = eventwire.extract(sentence, published=published)
    return {(e.source_group or e.source_code, e.cameo_code, e.target_group or e.target_code): e.mode
            for e in article.events}


def codes_of(text: str, published: str = PUBLISHED) -> dict[str, set]:
    """{mention text: the codes of the actors it is a mention of} for the text's mentions."""
    article = eventwire.extract(text, published=published)
    codes = {a.id: a.code for a in article.actors}
    out: dict[str, set] = {}
    for m in article.mentions:
        out.setdefault(m.text, set()).add(codes.get(m.actor_id))
    return out


def check_event(sentence: str, source, code: str, target, mode: str) -> None:
    got = coded(sentence)
    assert (source, code, target) in got, sorted(got)
    assert got[(source, code, target)] == mode


def check_absent(sentence: str, triple: tuple) -> None:
    got = coded(sentence)
    assert triple not in got, sorted(got)


def check_dated(published: str, text: str, trigger: str, expected, reason) -> None:
    """Every event on `trigger` in `text` is dated `expected` for `reason` (the date's `reason`, None when undated)."""
    article = eventwire.extract(text, published=published)
    got = [(e.event_date, e.date.reason if e.date else None) for e in article.events if e.trigger == trigger]
    assert got and all(g == (expected, reason) for g in got), \
        [(e.trigger, e.cameo_code, e.event_date, e.date) for e in article.events]
