"""Registers the context stages: where events happened, the facts reported, and tone.

Importing this module adds ``eventwire.places.v1``, ``eventwire.facts.v1`` and
``eventwire.tone.v1`` to ``eventwire.registry.stages``. Places and tone read `Article.events`,
so they run after ``eventwire.events.v1``.
"""
from __future__ import annotations

from spacy.language import Language

from ..registry import stages
from .facts import FactFinder
from .geo import PlaceFinder
from .tone import ToneScorer

__all__ = ["PlaceFinder", "FactFinder", "ToneScorer"]


@stages.register("eventwire.places.v1")
def _places(nlp: Language, **kw):
    return PlaceFinder(nlp)


@stages.register("eventwire.facts.v1")
def _facts(nlp: Language, **kw):
    return FactFinder(nlp)


@stages.register("eventwire.tone.v1")
def _tone(nlp: Language, **kw):
    return ToneScorer(nlp)
