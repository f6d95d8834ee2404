"""eventwire.cache: derived data is built once, keyed by what it derives from, and never required."""
from __future__ import annotations

from eventwire import cache


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    build, calls = _counting({"a": [1, 2]})
    assert cache.cached("t", ("x", b"bytes"), build) == {"a": [1, 2]}
    assert cache.cached("t", ("x", b"bytes"), build) == {"a": [1, 2]}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("t-*.pickle"))) == 1
    assert not list(tmp_path.glob(".*tmp"))


def test_changed_input_is_never_served_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    assert cache.cached("t", ("x", b"v1"), lambda: 1) == 1
    assert cache.cached("t", ("x", b"v2"), lambda: 2) == 2
    # parts are length-prefixed: ("ab", "c") and ("a", "bc") are different keys
    assert cache.key_of(("ab", "c")) != cache.key_of(("a", "bc"))


def test_corrupt_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    cache.cached("t", ("k",), lambda: "good")
    (path,) = tmp_path.glob("t-*.pickle")
    path.write_bytes(b"not a pickle")
    build, calls = _counting("good")
    assert cache.cached("t", ("k",), build) == "good" and calls == [1]


def test_off_and_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    build, calls = _counting(3)
    assert cache.cached("t", ("k",), build) == 3 and cache.cached("t", ("k",), build) == 3
    assert len(calls) == 2
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "sub"))
    assert cache.cached("t", ("k",), lambda: 4) == 4
