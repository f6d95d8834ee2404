"""Scoring against gold files in the format of ANNOTATION.md."""
from .score import Scores, evaluate, read_gold

__all__ = ["Scores", "evaluate", "read_gold"]
