"""The Python API: `eventwire.extract(text, published=...)` returns a frozen, JSON-ready `Article`,
coded by the same pipeline object the CLI uses."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire import cli
from eventwire.model import Actor, Article, Event, Quote, Span
from eventwire.pipeline import default_pipeline

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed.txt"
if not SEED.exists():
    pytest.skip("../shared/examples is not available", allow_module_level=True)
TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> Article:
    return eventwire.extract(TEXT, published="2025-03-05")


def test_extract_returns_a_coded_article(article):
    assert isinstance(article, Article)
    assert article.published == dt.date(2025, 3, 5)
    assert article.text == TEXT and article.id == article.content_hash[:16]
    assert article.events and article.quotes and article.actors and article.sentences
    assert all(isinstance(e, Event) for e in article.events)
    assert all(isinstance(q, Quote) for q in article.quotes)
    assert all(isinstance(a, Actor) for a in article.actors)
    ids = {a.id for a in article.actors}
    assert all(e.source_id in ids and e.target_id in ids for e in article.events)


def test_records_are_frozen(article):
    records = [article, article.events[0], article.events[0].span, article.quotes[0], article.actors[0]]
    records += [article.mentions[0]] if article.mentions else []
    for record in records:
        field = dataclasses.fields(record)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, field, None)
        with pytest.raises((AttributeError, TypeError)):  # slots: no new attributes either
            record.extra = 1
    for collection in (article.events, article.quotes, article.actors):
        assert isinstance(collection, tuple)  # no append, no item assignment
        with pytest.raises(TypeError):
            collection[0] = None  # type: ignore[index]


def test_replace_makes_a_new_record(article):
    event = article.events[0]
    moved = dataclasses.replace(event, span=Span(0, 1))
    assert moved.span == Span(0, 1) and event.span != Span(0, 1)


def test_to_dict_is_json(article):
    d = json.loads(json.dumps(article.to_dict()))
    assert d["published"] == "2025-03-05" and d["text"] == TEXT
    assert len(d["events"]) == len(article.events)
    assert d["events"][0]["span"] == {"start": article.events[0].span.start, "end": article.events[0].span.end}
    assert d["quotes"][0]["quote"] == article.quotes[0].quote
    assert isinstance(d["actors"][0]["members"], list)
    out = json.loads(json.dumps(article.output()))
    assert {"id", "url", "published", "events", "quotes", "entities"} <= set(out)
    for record in (*article.events, *article.quotes, *article.actors):
        json.dumps(record.to_dict())


def test_extract_options(article):
    again = eventwire.extract(TEXT, published=dt.date(2025, 3, 5), id="seed", url="https://n.test/seed", title="T")
    assert (again.id, again.url, again.title) == ("seed", "https://n.test/seed", "T")
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in article.events]  # deterministic
    with pytest.raises(ValueError):
        eventwire.extract(TEXT, published="5 March 2025")


def test_the_cli_uses_the_same_pipeline(article, tmp_path):
    pipeline = default_pipeline()
    assert default_pipeline() is pipeline and cli._pipeline() is pipeline
    builds = default_pipeline.cache_info().misses
    src = tmp_path / "seed.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["extract", str(src), "--published", "2025-03-05"])
    assert result.exit_code == 0, result.output
    assert default_pipeline.cache_info().misses == builds  # no second pipeline was built
    out = json.loads(result.stdout)
    assert out["events"] == [e.to_dict() for e in article.events]
