"""The `eventwire` spaCy component: ``nlp.add_pipe("eventwire")`` on any English pipeline with a
parser sets ``doc._.actors``, ``doc._.events`` and ``doc._.quotes`` (and ``doc._.article``, the
whole coded record). Registered as a spaCy factory through the ``spacy_factories`` entry point.
Set ``doc._.published`` (a date or ISO string) before the component runs to resolve dates."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, content_hash, parse_date

COMPONENT_STAGES = ("eventwire.sentences.v1", "eventwire.actors.v1", "eventwire.events.v1",
                    "eventwire.quotes.v1", "eventwire.dates.v1")

for _name in ("actors", "events", "quotes", "article", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventwireComponent:
    def __init__(self, nlp: Language, name: str, min_confidence: float, hypothetical: bool) -> None:
        from ..registry import get_stage

        self.name = name
        self.stages = [get_stage(s)(nlp, min_confidence=min_confidence, hypothetical=hypothetical)
                       for s in COMPONENT_STAGES]

    def __call__(self, doc: Doc) -> Doc:
        article = Article(id=content_hash(doc.text)[:16], text=doc.text, published=parse_date(doc._.published))
        for stage in self.stages:
            article = stage(doc, article)
        doc._.article = article
        doc._.actors = list(article.actors)
        doc._.events = list(article.events)
        doc._.quotes = list(article.quotes)
        return doc


@Language.factory("eventwire", default_config={"min_confidence": 0.5, "hypothetical": False},
                  requires=["token.dep", "token.lemma", "doc.sents"],
                  assigns=["doc._.events", "doc._.actors", "doc._.quotes"])
def make_eventwire(nlp: Language, name: str, min_confidence: float, hypothetical: bool) -> EventwireComponent:
    from .. import pipeline  # noqa: F401  (registers the built-in stages)

    return EventwireComponent(nlp, name, min_confidence, hypothetical)
