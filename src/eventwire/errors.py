"""Coded errors, in the manner of spaCy's `Errors`: every failure a user can meet has a code.

A batch never stops on one bad article: ingest records an `ArticleError` and goes on.
"""
from __future__ import annotations

from dataclasses import dataclass


class Errors:
    E001 = "Input file is empty: {path}"
    E002 = "Input looks binary (NUL bytes), not text: {path}"
    E003 = "Input is not valid UTF-8 at byte {pos}: {path}"
    E004 = "Article is too large: {size} bytes > limit {limit} (set EVENTWIRE_MAX_BYTES to change)"
    E005 = "Malformed JSONL line {line}: {reason}"
    E006 = "JSONL record on line {line} lacks the required field 'text' (or it is empty)"
    E007 = "Invalid publication date {value!r}: expected ISO YYYY-MM-DD"
    E008 = "Path does not exist: {path}"
    E009 = "Article text is empty after stripping whitespace"
    E010 = "Unsupported input format for {path}"
    E020 = "Cannot load spaCy pipeline {name!r}: {reason}. Install it or set EVENTWIRE_SPACY_MODEL."
    E021 = "spaCy pipeline {name!r} has no dependency parser; eventwire needs one"
    E030 = "Data file {file} failed its schema check: {reason}"
    E031 = "Unknown CAMEO code {code!r} in pattern {rule}"
    E032 = "Cannot read PETRARCH dictionary {path}: {reason}"
    E035 = "verbs_only needs at least one verb dictionary (verb_files / --verbs)"
    E033 = "Pattern {rule} in {file} has unknown key(s) {keys}; known keys: {known}"
    E034 = "Pattern {rule} in {file} has unknown argument path {path!r}; the paths are listed in patterns/core.yaml"
    E040 = "Stage {stage!r} requires {missing} but no earlier stage assigns it"
    E041 = "No stage registered under {name!r}; known: {known}"
    E050 = "Gold file {path} line {line}: {reason}"
    E060 = "Database error in {path}: {reason}"
    E099 = "Unexpected failure while processing the article: {reason}"


class EventwireError(Exception):
    """An error with a stable code (E001 ...) and a formatted message."""

    def __init__(self, code: str, /, **fields: object) -> None:  # positional-only: E031 has a {code} field
        self.code = code
        self.fields = fields
        template = getattr(Errors, code)
        super().__init__(f"[{code}] " + template.format(**fields))


@dataclass(frozen=True, slots=True)
class ArticleError:
    """One article that could not be processed, and why. Recorded, never silently dropped."""

    article_id: str
    code: str
    message: str
    source: str  # file path or "file:line"

    def to_dict(self) -> dict[str, str]:
        return {"id": self.article_id, "code": self.code, "message": self.message, "source": self.source}
