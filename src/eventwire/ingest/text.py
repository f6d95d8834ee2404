"""Files, directories and JSONL → `Article` records, or a coded `ArticleError` for each input
that cannot be read. Never raises for one bad input: the batch goes on."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ArticleError, Errors, EventwireError
from ..model import Article, content_hash, parse_date

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
DEFAULT_MAX_BYTES = 2_000_000


def max_bytes() -> int:
    return int(os.environ.get("EVENTWIRE_MAX_BYTES", DEFAULT_MAX_BYTES))


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
    if len(raw) > max_bytes():
        return None, _err(article_id, "E004", source, size=len(raw), limit=max_bytes())
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


def read_file(path: Path, published: str | None = None) -> IngestItem:
    source = str(path)
    article_id = path.stem
    try:
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
        for n, line in enumerate(fh, 1):
            where = f"{source}:{n}"
            if not line.strip():
                continue
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
            raw = text.encode("utf-8", "surrogatepass")
            if len(raw) > max_bytes():
                yield _err(article_id, "E004", where, size=len(raw), limit=max_bytes())
                continue
            pub = record.get("published") or published
            try:
                pub_date = parse_date(pub)
            except ValueError:
                yield _err(article_id, "E007", where, value=pub)
                continue
            yield IngestItem(Article(id=article_id, text=text.strip(), url=record.get("url"), title=record.get("title"),
                                     published=pub_date), None, where)


def read_inputs(paths: Iterable[str | Path], *, published: str | None = None, jsonl: bool | None = None) -> Iterator[IngestItem]:
    """Every article under `paths` (files, directories, JSONL), in order; errors as items."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield _err(path.stem or str(p), "E008", str(p), path=str(p))
            continue
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            for f in files:
                if f.suffix.lower() == ".jsonl":
                    yield from read_jsonl(f, published)
                elif f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
                    yield read_file(f, published)
            continue
        if jsonl or (jsonl is None and path.suffix.lower() == ".jsonl"):
            yield from read_jsonl(path, published)
        else:
            yield read_file(path, published)


__all__ = ["IngestItem", "read_inputs", "read_file", "read_jsonl", "content_hash", "EventwireError"]
