"""A coding stage holds no state of one call: two articles coded interleaved through the same stage
objects (re-entrantly, or on two threads, as the spaCy component and an HTTP API may) come out as
each does coded alone.

The re-entrant tests code article B in the middle of article A's coding, through the same stage
instance, at a point where a stage that kept A's state on itself would read B's instead: the event
coder's right-node-raising check (whether A's act may take the object of the clause joined after it),
the quote finder's actors and mentions (whom A's quotation is said by)."""
from __future__ import annotations

import sys
import threading
import pytest

from eventwire.coding import events as events_module
from eventwire.coding import quotes as quotes_module
from eventwire.model import Article, parse_date
from eventwire.pipeline import default_pipeline

PUBLISHED = "2025-06-01"
ROUNDS = 40

# A: two acts sharing one object ("condemned" takes "the attack" of the clause after it) and a quotation
# B: a quotation of another speaker, and last an act of force (whose patterns share no object)
A = ("Britain condemned and France criticised Iran's missile attack on Israel. "
     "\u201cThis is unacceptable,\u201d British Foreign Secretary David Lammy said.")
B = ("\u201cWe will fight on,\u201d M23 leader Corneille Nangaa told reporters on Sunday. "
     "M23 rebels attacked Congolese troops near Goma on Monday.")


def _dump(article: Article) -> list:
    return [[e.to_dict() for e in article.events], [q.to_dict() for q in article.quotes],
            [a.to_dict() for a in article.actors]]


def _inputs(pipe, text: str, id: str):
    """The parsed doc and the article each stage receives, coding `text` alone; and the coded article."""
    article = Article(id=id, text=text, published=parse_date(PUBLISHED))
    doc = pipe.nlp(text)
    before = []
    for stage in pipe.stages:
        before.append(article)
        article = stage(doc, article)
    return doc, before, article


@pytest.fixture(scope="module")
def coded():
    pipe = default_pipeline()
    return pipe, _inputs(pipe, A, "a"), _inputs(pipe, B, "b")


def _interleaved(coded, monkeypatch, module, helper: str, stage_type):
    """Code A through the stage of `stage_type`, coding B through the same instance every time the stage's
    module calls `helper` for A; return both results."""
    pipe, (doc_a, before_a, _), (doc_b, before_b, _) = coded
    k = next(i for i, s in enumerate(pipe.stages) if isinstance(s, stage_type))
    stage = pipe.stages[k]
    original = getattr(module, helper)
    nested: list[Article] = []
    busy = []

    def interleave(*args, **kw):
        if not busy:
            busy.append(1)
            try:
                nested.append(stage(doc_b, before_b[k]))
            finally:
                busy.pop()
        return original(*args, **kw)

    monkeypatch.setattr(module, helper, interleave)
    out = stage(doc_a, before_a[k])
    monkeypatch.setattr(module, helper, original)
    assert nested, f"{helper} was never called while coding A"
    return out, nested, k


def _alone(coded, k: int):
    pipe, (doc_a, before_a, _), (doc_b, before_b, _) = coded
    return pipe.stages[k](doc_a, before_a[k]), pipe.stages[k](doc_b, before_b[k])


def test_the_texts_exercise_what_is_interleaved(coded):
    _, (_, _, a), (_, _, b) = coded
    assert ("GBR", "111", "IRN") in {(e.source_code, e.cameo_code, e.target_code) for e in a.events}
    assert [q.speaker for q in a.quotes] == ["David Lammy"]
    assert ("CODREB", "CODREBMTT", "190", "CODMIL") in {(e.source_code, e.source_group, e.cameo_code, e.target_code)
                                                      for e in b.events}
    assert [q.speaker for q in b.quotes] == ["Corneille Nangaa"]


def test_event_coder_coding_another_article_midway(coded, monkeypatch):
    out, nested, k = _interleaved(coded, monkeypatch, events_module, "_shared_object", events_module.EventCoder)
    alone_a, alone_b = _alone(coded, k)
    assert _dump(out) == _dump(alone_a)
    assert all(_dump(n) == _dump(alone_b) for n in nested)


def test_quote_finder_coding_another_article_midway(coded, monkeypatch):
    out, nested, k = _interleaved(coded, monkeypatch, quotes_module, "innermost_mentions", quotes_module.QuoteFinder)
    alone_a, alone_b = _alone(coded, k)
    assert _dump(out) == _dump(alone_a)
    assert all(_dump(n) == _dump(alone_b) for n in nested)


def test_two_threads_share_one_pipeline(coded):
    """The same articles coded on two threads at once through one pipeline's stages, many times over (with a
    short switch interval, a stage that kept an article on itself gave the other thread's speakers: the test
    failed in each run before the change, at this number of rounds)."""
    pipe, (_, before_a, done_a), (_, before_b, done_b) = coded
    want = {"a": _dump(done_a), "b": _dump(done_b)}
    got: dict[str, list] = {"a": [], "b": []}

    def run(name, doc, start):
        for _ in range(ROUNDS):
            article = start
            for stage in pipe.stages:
                article = stage(doc, article)
            got[name].append(_dump(article))

    # the parse is each doc's own (a stage reads it, the event coder's complement focus sets and restores a
    # dep on it): each thread parses its own copy
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        threads = [threading.Thread(target=run, args=("a", pipe.nlp(A), before_a[0])),
                   threading.Thread(target=run, args=("b", pipe.nlp(B), before_b[0]))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert got["a"] == [want["a"]] * ROUNDS
    assert got["b"] == [want["b"]] * ROUNDS
