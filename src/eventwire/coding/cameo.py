"""CAMEO code table: code → name, root, QuadClass, Goldstein and our PLOVER crosswalk
(all from ``data/cameo.yaml``)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .kb import read_yaml


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int | None  # None only for a user's code (see `user_code`)
    goldstein: float | None
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    data = read_yaml("cameo.yaml")
    roots = data["roots"]
    table = {}
    for code, spec in data["codes"].items():
        code = str(code)
        root = code[:2]
        plover = spec.get("plover") or {}
        table[code] = CameoCode(code, spec["name"], root, int(roots[root]["quad_class"]), float(spec["goldstein"]),
                                plover.get("type"), plover.get("mode"), plover.get("context"))
    return table


# (h30a) codes of a user's PETRARCH verb dictionary that are not in our table (WEIS-era 212, 1717, 174K ...):
# registered by the import (coding/petrarch.py), never by our own pattern files (those fail on an unknown code, E031)
_USER_CODES: dict[str, CameoCode] = {}
USER_CODE_NAME = "user code (not in eventwire's CAMEO table)"


def user_code(code: str) -> CameoCode:
    """The entry a code of a user's verb dictionary gets when it is not in our CAMEO table: the code as
    written, its root = its first two digits when those are a CAMEO root (01-20; else ""), and no
    QuadClass, Goldstein value or PLOVER type (None: empty in the store and in the GDELT export). An
    empty QuadClass is the flag: every code of our table has one. Registered so `cameo` knows it."""
    c = _USER_CODES.get(code)
    if c is None:
        roots = read_yaml("cameo.yaml")["roots"]
        c = CameoCode(code, USER_CODE_NAME, code[:2] if code[:2] in roots else "", None, None, None, None, None)
        _USER_CODES[code] = c
    return c


def is_user_code(code: str) -> bool:
    """Whether `code` is a user's code outside our CAMEO table (see `user_code`, which registers only those)."""
    return code in _USER_CODES


def cameo(code: str) -> CameoCode:
    from ..errors import EventwireError

    try:
        return cameo_table()[code]
    except KeyError:
        if code in _USER_CODES:
            return _USER_CODES[code]
        raise EventwireError("E031", code=code, rule="?") from None


@functools.lru_cache(maxsize=1)
def _refusals() -> dict[str, str]:
    return {str(k): str(v) for k, v in (read_yaml("cameo.yaml").get("refusals") or {}).items()}


def refusal_code(code: str) -> str | None:
    """The CAMEO Reject (12) code for refusing the act `code` ("would not provide aid" 073 → 1223),
    by the longest matching prefix in cameo.yaml's `refusals`; None when a refusal of it has no code."""
    table = _refusals()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


@functools.lru_cache(maxsize=1)
def _announced() -> dict[str, str]:
    table = read_yaml("cameo.yaml").get("announced_plover") or {}
    return {str(root): kind for kind, roots in table.items() for root in roots}


def announced_plover_type(code: str) -> str | None:
    """The PLOVER type of the act `code` announced for later (cameo.yaml `announced_plover`): AGREE
    for a cooperative act promised, THREATEN for a hostile one; None when the act keeps its own."""
    return _announced().get(code[:2])


def cameo_version() -> str:
    return str(read_yaml("cameo.yaml")["version"])


def _cameo_fields(c) -> dict:
    """The Event fields a CAMEO code sets (its root, QuadClass, Goldstein value and PLOVER crosswalk)."""
    return dict(cameo_code=c.code, cameo_root=c.root, quad_class=c.quad_class, goldstein=c.goldstein,
                plover_type=c.plover_type, plover_mode=c.plover_mode, plover_context=c.plover_context)
