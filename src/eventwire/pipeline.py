"""The pipeline: spaCy parses each article once (``nlp.pipe`` in batches), then small typed
stages each take the `Article` and return a new one. A stage declares what it `requires` and
`assigns`; the pipeline checks the order when it is built (E040)."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace
from typing import Iterable, Iterator, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .errors import EventwireError
from .model import Article, Sentence, parse_date
from .registry import get_stage, stages
from .coding import context  # noqa: F401  (registers places, facts and tone)

DEFAULT_STAGES = ("eventwire.sentences.v1", "eventwire.actors.v1", "eventwire.events.v1", "eventwire.quotes.v1",
                  "eventwire.quote_acts.v1", "eventwire.dates.v1", "eventwire.places.v1", "eventwire.facts.v1", "eventwire.tone.v1")


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc, article: Article) -> Article: ...


class Sentences:
    name = "sentences"
    requires = ("doc",)
    assigns = ("sentences",)

    def __init__(self, nlp: Language, **_: object) -> None:
        pass

    def __call__(self, doc: Doc, article: Article) -> Article:
        sents = tuple(Sentence(n, s.start_char, s.end_char, s.text) for n, s in enumerate(doc.sents))
        return replace(article, sentences=sents)


@stages.register("eventwire.sentences.v1")
def _sentences(nlp: Language, **kw):
    return Sentences(nlp)


@stages.register("eventwire.actors.v1")
def _actors(nlp: Language, **kw):
    from .coding.actors import ActorResolver

    from .coding.kb import load_kb

    return ActorResolver(nlp, load_kb(tuple(kw.get("actor_files") or ())))


@stages.register("eventwire.events.v1")
def _events(nlp: Language, **kw):
    from .coding.events import EventCoder

    return EventCoder(nlp, pipeline_version=__version__, hypothetical=kw.get("hypothetical", False),
                      min_confidence=kw.get("min_confidence", 0.5), verb_files=kw.get("verb_files") or (),
                      verbs_only=bool(kw.get("verbs_only")), discard_files=kw.get("discard_files") or (),
                      actor_files=tuple(kw.get("actor_files") or ()))


@stages.register("eventwire.quotes.v1")
def _quotes(nlp: Language, **kw):
    from .coding.quotes import QuoteFinder

    return QuoteFinder(nlp)


@stages.register("eventwire.quote_acts.v1")
def _quote_acts(nlp: Language, **kw):
    from .coding.quote_acts import QuoteActs

    return QuoteActs(nlp, min_confidence=kw.get("min_confidence", 0.5), actor_files=tuple(kw.get("actor_files") or ()))


@stages.register("eventwire.dates.v1")
def _dates(nlp: Language, **kw):
    from .coding.timing import EventDater

    return EventDater(nlp)


class Pipeline:
    """spaCy + eventwire stages. `extract` for one text, `pipe` for many."""

    def __init__(self, nlp: Language | None = None, stage_names: Iterable[str] = DEFAULT_STAGES,
                 *, batch_size: int = 16, **options: object) -> None:
        from .nlp import load_spacy

        self.nlp = nlp or load_spacy()
        self.batch_size = batch_size
        self.stages: list[Stage] = []
        have = {"doc"}
        for name in stage_names:
            stage = get_stage(name)(self.nlp, **options)
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise EventwireError("E040", stage=name, missing=missing)
            have.update(stage.assigns)
            self.stages.append(stage)

    @property
    def version(self) -> str:
        return __version__

    def run(self, doc: Doc, article: Article) -> Article:
        for stage in self.stages:
            article = stage(doc, article)
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.run(doc, article)

    def extract(self, text: str, *, published: str | dt.date | None = None, id: str | None = None,
                url: str | None = None, title: str | None = None) -> Article:
        from .model import content_hash

        article = Article(id=id or content_hash(text)[:16], text=text, url=url, title=title,
                          published=parse_date(published))
        return next(self.pipe([article]))


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, *, published: str | dt.date | None = None, **kw) -> Article:
    """Code one article with the shared default pipeline (the same object the CLI uses)."""
    return default_pipeline().extract(text, published=published, **kw)
