"""Files, directories and JSONL → `Article` records, or a coded `ArticleError` for each input
that cannot be read. Never raises for one bad input: the batch goes on.

Size limit: an article larger than `max_bytes()` (UTF-8 bytes) is refused with E004. The default,
1,000,000 bytes, is about 150,000 words — ten times the longest long-form news piece — and is
chosen so that no accepted article exceeds spaCy's own ``nlp.max_length`` (1,000,000 characters,
beyond which spaCy refuses a text; a UTF-8 text has at least as many bytes as characters).
``EVENTWIRE_MAX_BYTES`` changes it (an integer, optionally with a K/M/G suffix: ``5M``); above
1,000,000 raise ``nlp.max_length`` as well, or spaCy rejects the article (recorded as E099)."""
from __future__ import annotations

import json
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ArticleError, Errors, EventwireError
from ..model import Article, content_hash, parse_date

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
DEFAULT_MAX_BYTES = 1_000_000
_SIZE_RE = re.compile(r"^\s*(\d[\d_]*)\s*([kmg]?)i?b?\s*$", re.I)
_SIZE_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def max_bytes() -> int:
    """The article size limit in bytes: ``EVENTWIRE_MAX_BYTES`` (``2000000``, ``500K``, ``5M``) or
    `DEFAULT_MAX_BYTES`. An unreadable value warns and falls back to the default."""
    value = os.environ.get("EVENTWIRE_MAX_BYTES")
    if value is None or not value.strip():
        return DEFAULT_MAX_BYTES
    m = _SIZE_RE.match(value)
    if not m or int(m.group(1).replace("_", "")) <= 0:
        warnings.warn(f"EVENTWIRE_MAX_BYTES={value!r} is not a positive size; using {DEFAULT_MAX_BYTES}",
                      stacklevel=2)
        return DEFAULT_MAX_BYTES
    return int(m.group(1).replace("_", "")) * _SIZE_UNITS[m.group(2).lower()]


@dataclass(frozen=True, slots=True)
class IngestItem:
    """One input: an article ready for the pipeline, or the error that stopped it."""

    article: Article | None
    error: ArticleError | None
    source: str


def _err(article_id: str, code: str, source: str, **fields: object) -> IngestItem:
    message = getattr(Errors, code).format(**fields)
    return IngestItem(None, ArticleError(article_id, code, message, source), source)


def _check_text(article_id: str, raw: bytes, source: str) -> tuple[str | None, IngestItem | None]:
    if not raw.strip():
        return None, _err(article_id, "E001", source, path=source)
    if b"\x00" in raw[:8192]:
        return None, _err(article_id, "E002", source, path=source)
    limit = max_bytes()
    if len(raw) > limit:
        return None, _err(article_id, "E004", source, size=len(raw), limit=limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, _err(article_id, "E003", source, pos=exc.start, path=source)
    return text.lstrip("\ufeff"), None


def _html_to_text(html: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta else None)


def read_file(path: Path, published: str | None = None, *, article_id: str | None = None) -> IngestItem:
    source = str(path)
    article_id = article_id or path.stem
    try:
        size, limit = path.stat().st_size, max_bytes()
        if size > limit:  # refuse before reading a huge file into memory
            return _err(article_id, "E004", source, size=size, limit=limit)
        raw = path.read_bytes()
    except OSError as exc:
        return _err(article_id, "E008", source, path=f"{source} ({exc.strerror})")
    text, bad = _check_text(article_id, raw, source)
    if bad:
        return bad
    title = None
    if path.suffix.lower() in HTML_SUFFIXES:
        text, title = _html_to_text(text)
        if not text.strip():
            return _err(article_id, "E009", source)
    try:
        pub = parse_date(published)
    except ValueError:
        return _err(article_id, "E007", source, value=published)
    return IngestItem(Article(id=article_id, text=text.strip(), title=title, published=pub, url=None), None, source)


def read_jsonl(path: Path, published: str | None = None) -> Iterator[IngestItem]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _err(path.stem, "E008", source, path=f"{source} ({exc.strerror})")
        return
    with fh:
        blank = True
        for n, line in enumerate(fh, 1):
            where = f"{source}:{n}"
            if not line.strip():
                continue
            blank = False
            fallback_id = f"{path.stem}:{n}"
            try:
                record = json.loads(line.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
            except (ValueError, UnicodeDecodeError) as exc:
                yield _err(fallback_id, "E005", where, line=n, reason=str(exc)[:200])
                continue
            article_id = str(record.get("id") or fallback_id)
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                yield _err(article_id, "E006", where, line=n)
                continue
            try:  # a JSON string may hold a lone surrogate ("\\ud800"): that is not UTF-8 text
                raw = text.encode("utf-8")
            except UnicodeEncodeError as exc:
                pos = len(text[:exc.start].encode("utf-8", "surrogatepass"))
                yield _err(article_id, "E003", where, pos=pos, path=where)
                continue
            if b"\x00" in raw:
                yield _err(article_id, "E002", where, path=where)
                continue
            limit = max_bytes()
            if len(raw) > limit:
                yield _err(article_id, "E004", where, size=len(raw), limit=limit)
                continue
            pub = record.get("published") or published
            try:
                pub_date = parse_date(pub)
            except ValueError:
                yield _err(article_id, "E007", where, value=pub)
                continue
            url, title = record.get("url"), record.get("title")
            yield IngestItem(Article(id=article_id, text=text.strip().lstrip("\ufeff"),
                                     url=url if isinstance(url, str) and url else None,
                                     title=title if isinstance(title, str) and title else None,
                                     published=pub_date), None, where)
        if blank:
            yield _err(path.stem, "E001", source, path=source)


def _walk(root: Path) -> list[Path]:
    """Files under `root`, sorted, skipping hidden files and anything inside hidden folders (.git)."""
    return sorted(f for f in root.rglob("*")
                  if f.is_file() and not any(part.startswith(".") for part in f.relative_to(root).parts))


def read_inputs(paths: Iterable[str | Path], *, published: str | None = None, jsonl: bool | None = None) -> Iterator[IngestItem]:
    """Every article under `paths` (files, directories, JSONL), in order; errors as items.

    A file named explicitly is read as JSONL (``.jsonl``, or `jsonl=True`), HTML (``.htm[l]``) or
    plain text (anything else). In a directory, ``.txt``/``.text``/no suffix are text, ``.htm[l]``
    HTML, ``.jsonl`` JSONL, and any other file is reported as E010 rather than skipped silently;
    an article found in a sub-folder is identified by its relative path without suffix."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield _err(path.stem or str(p), "E008", str(p), path=str(p))
            continue
        if path.is_dir():
            for f in _walk(path):
                rel = f.relative_to(path)
                article_id = rel.with_suffix("").as_posix() if len(rel.parts) > 1 else f.stem
                suffix = f.suffix.lower()
                if suffix == ".jsonl":
                    yield from read_jsonl(f, published)
                elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                    yield read_file(f, published, article_id=article_id)
                else:
                    yield _err(article_id, "E010", str(f), path=str(f))
            continue
        if jsonl or (jsonl is None and path.suffix.lower() == ".jsonl"):
            yield from read_jsonl(path, published)
        else:
            yield read_file(path, published)


__all__ = ["IngestItem", "read_inputs", "read_file", "read_jsonl", "content_hash", "EventwireError"]
