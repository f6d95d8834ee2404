"""A local cache of derived data, so each process does not rebuild what the last one built.

Parsing the YAML dictionaries (~115,000 scalars through PyYAML's constructor) and indexing the
GeoNames cities were most of a process's start-up time (bench/startup.py). Their results are
plain Python objects, pickled here under a key made of everything they derive from (the data
file's bytes, package versions), so a changed dictionary or library is never served stale.

The directory is ``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``; ``EVENTWIRE_CACHE_DIR=off`` turns the cache off. A cache that cannot be
read or written is ignored (the value is built as if there were none): it is an accelerator,
never a source of truth. Only files this module wrote are read back.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from . import __version__

log = logging.getLogger(__name__)
T = TypeVar("T")
FORMAT = "1"


def cache_dir() -> Path | None:
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "none") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def key_of(parts: Iterable[str | bytes]) -> str:
    h = hashlib.sha256(f"eventwire {__version__} cache {FORMAT}".encode())
    for p in parts:
        b = p if isinstance(p, bytes) else str(p).encode("utf-8")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()[:32]


def cached(kind: str, parts: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """`build()`, or its pickled result from an earlier process with the same `parts`."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{kind}-{key_of(parts)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: rebuild and overwrite
        log.debug("cache %s unreadable (%s); rebuilding", path, exc)
    value = build()
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
        tmp = None
    except Exception as exc:
        log.debug("cache %s not written (%s)", path, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return value
