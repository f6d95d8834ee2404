"""Tone: a rough document-level sentiment signal from VADER.

VADER (vaderSentiment 3.3.2, lexicon shipped inside the package) scores each sentence with a
compound value in [-1, 1]. The article's `Tone.score` is the mean sentence compound × 10, so it
runs from -10 (every sentence strongly negative) to +10; `positive` and `negative` are the shares
of sentences with compound ≥ 0.05 and ≤ -0.05 (VADER's own thresholds); `words` counts word
tokens. Each event gets the compound × 10 of its sentence.

This is a lexicon over words, not a reading of who does what to whom: "Hlaing praised Putin's
leadership in the ongoing war" scores -0.18 ("war" outweighs "praised"). Treat it as a rough
signal for the article, not as the tone of an event (see docs/context.md).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from importlib import metadata

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Tone

POSITIVE = 0.05
NEGATIVE = -0.05
SCALE = 10.0


@functools.lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=1)
def method() -> str:
    try:
        version = metadata.version("vaderSentiment")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"vader-{version}-sentence-mean"


def compound(text: str) -> float:
    """VADER's compound score of one sentence, in [-1, 1]."""
    return float(analyzer().polarity_scores(text)["compound"])


class ToneScorer:
    """Stage: `Article.tone` and `Event.tone`."""

    name = "tone"
    requires = ("doc", "events")
    assigns = ("tone", "events")

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        analyzer()

    def __call__(self, doc: Doc, article: Article) -> Article:
        sents = list(doc.sents)
        sent_scores = [compound(s.text) for s in sents]
        scores = [c for s, c in zip(sents, sent_scores) if s.text.strip()]
        words = sum(1 for t in doc if not (t.is_punct or t.is_space))
        n = len(scores)
        tone = Tone(
            score=round(max(-SCALE, min(SCALE, SCALE * sum(scores) / n)), 2) if n else 0.0,
            positive=round(sum(s >= POSITIVE for s in scores) / n, 3) if n else 0.0,
            negative=round(sum(s <= NEGATIVE for s in scores) / n, 3) if n else 0.0,
            words=words,
            method=method(),
        )
        events = tuple(
            replace(e, tone=round(SCALE * sent_scores[e.sentence_index], 2))
            if 0 <= e.sentence_index < len(sent_scores) else e
            for e in article.events)
        return replace(article, tone=tone, events=events)
