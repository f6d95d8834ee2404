"""eventwire.ingest: every input becomes an Article or a coded ArticleError; nothing is dropped.

No NLP here: these tests read files only and run in milliseconds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import Errors
from eventwire.ingest import read_inputs
from eventwire.ingest.text import DEFAULT_MAX_BYTES, max_bytes

TEXT = "Russian President Vladimir Putin hosted General Min Aung Hlaing in Moscow on Tuesday."


def _codes(items) -> list[tuple[str, str | None]]:
    return [(i.article.id if i.article else i.error.article_id, i.error.code if i.error else None) for i in items]


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.fixture(autouse=True)
def _default_limit(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_MAX_BYTES", raising=False)


# -- one file at a time -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, code", [
    ("empty.txt", b"", "E001"),
    ("blank.txt", b"  \n\t\n", "E001"),
    ("binary.txt", b"PK\x03\x04\x00\x00binary", "E002"),
    ("latin1.txt", "Caf\u00e9 in S\u00e3o Paulo".encode("latin-1"), "E003"),
])
def test_bad_file_gets_its_code(tmp_path, name, data, code):
    (item,) = read_inputs([_write(tmp_path / name, data)])
    assert item.article is None
    assert item.error.code == code
    assert item.error.article_id == Path(name).stem
    assert item.error.source == str(tmp_path / name)
    assert item.error.message  # formatted from Errors, no KeyError on the template


def test_invalid_utf8_reports_the_byte(tmp_path):
    (item,) = read_inputs([_write(tmp_path / "a.txt", b"abc\xffdef")])
    assert item.error.code == "E003" and "at byte 3" in item.error.message


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = _write(tmp_path / "huge.txt", b"word " * (DEFAULT_MAX_BYTES // 5 + 1))
    (item,) = read_inputs([path])
    assert item.error.code == "E004"
    assert str(DEFAULT_MAX_BYTES) in item.error.message and "EVENTWIRE_MAX_BYTES" in item.error.message


@pytest.mark.parametrize("value, expected", [
    ("500", 500), ("2_000_000", 2_000_000), ("500K", 500_000), ("5M", 5_000_000), ("5mb", 5_000_000),
    ("1G", 1_000_000_000), ("", DEFAULT_MAX_BYTES)])
def test_max_bytes_from_environment(monkeypatch, value, expected):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", value)
    assert max_bytes() == expected


@pytest.mark.parametrize("value", ["lots", "-5", "0", "5 MiB please"])
def test_unreadable_max_bytes_warns_and_keeps_default(monkeypatch, value):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", value)
    with pytest.warns(UserWarning, match="EVENTWIRE_MAX_BYTES"):
        assert max_bytes() == DEFAULT_MAX_BYTES


def test_limit_is_configurable(tmp_path, monkeypatch):
    path = _write(tmp_path / "a.txt", TEXT)
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "40")
    assert read_inputs([path]).__next__().error.code == "E004"
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "5M")
    assert read_inputs([path]).__next__().article.text == TEXT


def test_default_limit_fits_spacy():
    """An accepted article must never exceed spaCy's nlp.max_length (characters ≤ bytes in UTF-8)."""
    import spacy

    assert DEFAULT_MAX_BYTES <= spacy.blank("en").max_length


def test_five_megabyte_article_accepted_when_the_limit_allows(tmp_path, monkeypatch):
    path = _write(tmp_path / "long.txt", (TEXT + "\n") * (5_000_000 // len(TEXT)))
    assert path.stat().st_size > 4_900_000
    assert next(read_inputs([path])).error.code == "E004"
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "6M")
    assert next(read_inputs([path])).article is not None


def test_good_file(tmp_path):
    (item,) = read_inputs([_write(tmp_path / "seed.txt", "\ufeff" + TEXT + "\n\n")], published="2025-03-05")
    assert item.error is None
    a = item.article
    assert (a.id, a.text, a.published.isoformat(), a.url) == ("seed", TEXT, "2025-03-05", None)


def test_html_file(tmp_path):
    html = ("<html><head><title>Talks in Moscow</title></head><body><article><h1>Talks in Moscow</h1>"
            f"<p>{TEXT}</p><p>{TEXT.replace('Tuesday', 'Wednesday')}</p></article></body></html>")
    (item,) = read_inputs([_write(tmp_path / "page.html", html)])
    assert item.error is None
    assert "Vladimir Putin" in item.article.text and "<p>" not in item.article.text
    assert item.article.title == "Talks in Moscow"


def test_html_without_text_is_e009(tmp_path):
    (item,) = read_inputs([_write(tmp_path / "page.html", "<html><body><script>x=1</script></body></html>")])
    assert item.error.code == "E009"


def test_missing_path_is_e008(tmp_path):
    (item,) = read_inputs([tmp_path / "nope.txt"])
    assert (item.error.code, item.error.article_id) == ("E008", "nope")


# -- JSONL -------------------------------------------------------------------------------------------

def _jsonl(tmp_path, lines: list[str], name="batch.jsonl") -> Path:
    return _write(tmp_path / name, "\n".join(lines) + "\n")


def test_jsonl_lines(tmp_path):
    path = _jsonl(tmp_path, [
        json.dumps({"id": "a1", "text": TEXT, "published": "2025-03-05", "url": "https://x.test/a1", "title": "T"}),
        "",
        '{"id": "broken", "text": "no closing brace"',
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a6", "text": TEXT, "published": "05/03/2025"}),
        json.dumps({"text": TEXT + " Again."}),
        json.dumps({"id": "a8", "text": "bad \ud800 surrogate"}),
        json.dumps({"id": "a9", "text": "nul \u0000 inside"}),
    ])
    items = list(read_inputs([path]))
    assert _codes(items) == [("a1", None), ("batch:3", "E005"), ("a3", "E006"), ("a4", "E006"),
                             ("batch:6", "E005"), ("a6", "E007"), ("batch:8", None), ("a8", "E003"),
                             ("a9", "E002")]
    a1 = items[0].article
    assert (a1.url, a1.title, a1.published.isoformat()) == ("https://x.test/a1", "T", "2025-03-05")
    assert items[1].error.source == f"{path}:3"
    assert "line 3" in items[1].error.message
    assert "line 4" in items[2].error.message


def test_jsonl_published_default_and_override(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"id": "a", "text": TEXT}),
                             json.dumps({"id": "b", "text": TEXT, "published": "2024-01-02T10:00:00Z"})])
    a, b = (i.article for i in read_inputs([path], published="2025-03-05"))
    assert a.published.isoformat() == "2025-03-05" and b.published.isoformat() == "2024-01-02"


def test_jsonl_article_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "50")
    path = _jsonl(tmp_path, [json.dumps({"id": "big", "text": TEXT * 2}), json.dumps({"id": "ok", "text": "Short."})])
    assert _codes(read_inputs([path])) == [("big", "E004"), ("ok", None)]


def test_empty_jsonl_is_reported_not_skipped(tmp_path):
    assert _codes(read_inputs([_write(tmp_path / "none.jsonl", "\n\n")])) == [("none", "E001")]


def test_jsonl_flag_reads_any_name_as_jsonl(tmp_path):
    path = _write(tmp_path / "feed.ndjson", json.dumps({"id": "x", "text": TEXT}) + "\n")
    assert _codes(read_inputs([path], jsonl=True)) == [("x", None)]


# -- directories -------------------------------------------------------------------------------------

def test_directory_batch_keeps_every_input(tmp_path):
    d = tmp_path / "batch"
    _write(d / "a.txt", TEXT)
    _write(d / "b.txt", b"")
    _write(d / "nested" / "c.txt", TEXT + " Nested.")
    _write(d / "nested" / "d.htm", f"<html><body><p>{TEXT}</p></body></html>")
    _write(d / "notes.md", "# not an article format")
    _write(d / "x.jsonl", json.dumps({"id": "j1", "text": TEXT}) + "\n")
    _write(d / ".hidden.txt", TEXT)
    _write(d / ".git" / "objects" / "ab", b"x\x9c\x00\x01 zlib")
    items = list(read_inputs([d]))
    assert _codes(items) == [("a", None), ("b", "E001"), ("nested/c", None), ("nested/d", None),
                             ("notes", "E010"), ("j1", None)]
    assert Errors.E010.split("{")[0] in items[4].error.message


def test_order_and_mixed_paths(tmp_path):
    a = _write(tmp_path / "a.txt", TEXT)
    j = _jsonl(tmp_path, [json.dumps({"id": "j", "text": TEXT})])
    assert _codes(read_inputs([j, tmp_path / "gone.txt", a])) == [("j", None), ("gone", "E008"), ("a", None)]
