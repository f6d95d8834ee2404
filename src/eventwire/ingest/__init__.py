"""Reading input into `Article` records (no NLP here)."""
from .text import IngestItem, read_inputs

__all__ = ["IngestItem", "read_inputs"]
