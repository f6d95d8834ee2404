"""spaCy side: loading the pipeline (one function) and the `eventwire` spaCy component."""
from .model import DEFAULT_MODEL, load_spacy

__all__ = ["DEFAULT_MODEL", "load_spacy"]
