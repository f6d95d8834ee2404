"""The `eventwire` spaCy component: ``nlp.add_pipe("eventwire")`` on any English pipeline with a
dependency parser sets ``doc._.actors``, ``doc._.events`` and ``doc._.quotes`` (lists of the
frozen `Actor`, `Event` and `Quote` records) and ``doc._.article`` (the whole coded `Article`).
It runs the same stages as `eventwire.pipeline.Pipeline` (`DEFAULT_STAGES`).

The factory is registered twice over: by the ``spacy_factories`` entry point declared in
pyproject.toml (so ``spacy.load(...).add_pipe("eventwire")`` works without importing eventwire)
and by the ``@Language.factory`` decorator below.

Publication date — dates such as "on Tuesday" and people's roles are resolved against it:

- per pipeline: the ``published`` config option, e.g.
  ``nlp.add_pipe("eventwire", config={"published": "2025-03-05"})``, applies to every doc;
- per document (takes precedence): set ``doc._.published`` before the component runs. ``nlp``
  accepts a `Doc` as well as a string, so::

      doc = nlp.make_doc(text)
      doc._.published = "2025-03-05"      # a date or an ISO string
      doc = nlp(doc)                      # or nlp.pipe([doc, ...])

With neither, dates are left unresolved and roles are taken as of today. An invalid date raises
the coded error E007.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import EventwireError
from ..model import Article, content_hash, parse_date

for _name in ("actors", "events", "quotes", "article", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _date(value: object) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise EventwireError("E007", value=value) from None


class EventwireComponent:
    """Runs eventwire's coding stages over a parsed `Doc` and stores the result on ``doc._``."""

    def __init__(self, nlp: Language, name: str, min_confidence: float = 0.5, hypothetical: bool = False,
                 published: Optional[str] = None) -> None:
        from ..pipeline import DEFAULT_STAGES
        from ..registry import get_stage

        self.name = name
        self.published = _date(published)
        self.stages = [get_stage(s)(nlp, min_confidence=min_confidence, hypothetical=hypothetical)
                       for s in DEFAULT_STAGES]

    def __call__(self, doc: Doc) -> Doc:
        published = _date(doc._.published) if doc._.published is not None else self.published
        article = Article(id=content_hash(doc.text)[:16], text=doc.text, published=published)
        for stage in self.stages:
            article = stage(doc, article)
        doc._.article = article
        doc._.actors = list(article.actors)
        doc._.events = list(article.events)
        doc._.quotes = list(article.quotes)
        return doc


@Language.factory("eventwire", default_config={"min_confidence": 0.5, "hypothetical": False, "published": None},
                  requires=["token.dep", "token.lemma", "doc.sents"],
                  assigns=["doc._.events", "doc._.actors", "doc._.quotes", "doc._.article"])
def make_eventwire(nlp: Language, name: str, min_confidence: float, hypothetical: bool,
                   published: Optional[str]) -> EventwireComponent:
    from .. import pipeline  # noqa: F401  (registers the built-in stages)

    if "parser" not in nlp.pipe_names:
        raise EventwireError("E021", name=nlp.meta.get("name", "?"))
    return EventwireComponent(nlp, name, min_confidence, hypothetical, published)
