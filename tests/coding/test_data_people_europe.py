"""Checks for the European heads of state / government dictionaries (people/heads_europe_*.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

PEOPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "coding" / "data" / "people"
FILES = sorted(PEOPLE_DIR.glob("heads_europe_*.yaml"))
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _parse(value: str, end: bool = False) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return dt.date(year, month, 1)
        return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(*parts)


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and "people" in data, path.name
        assert isinstance(data.get("version"), str), path.name
        out.extend((path.name, p) for p in data["people"])
    return out


PEOPLE = _load()
BY_FORM: dict[str, dict] = {}
for _f, _p in PEOPLE:
    BY_FORM.setdefault(_p["name"], _p)
for _f, _p in PEOPLE:
    for _a in _p.get("aliases") or []:
        BY_FORM.setdefault(_a, _p)


def _role_on(form: str, day: str) -> dict | None:
    person = BY_FORM[form]
    d = _parse(day)
    active = [r for r in person["roles"]
              if _parse(str(r["start"])) <= d and ("end" not in r or d <= _parse(str(r["end"]), end=True))]
    if not active:
        return None
    return max(active, key=lambda r: _parse(str(r["start"])))


def test_files_exist():
    assert len(FILES) >= 3


@pytest.mark.parametrize("fname,person", PEOPLE, ids=[p["name"] for _, p in PEOPLE])
def test_schema(fname, person):
    assert set(person) <= {"name", "aliases", "country", "roles"}, fname
    assert isinstance(person["name"], str) and person["name"].strip() == person["name"] != ""
    aliases = person.get("aliases")
    assert isinstance(aliases, list)
    assert all(isinstance(a, str) and a.strip() for a in aliases)
    assert person["name"] not in aliases, "alias repeats the name"
    assert len(set(aliases)) == len(aliases), "duplicate alias"
    if not person["name"].isascii():
        assert any(a.isascii() for a in aliases), "needs an accent-free alias"
    assert isinstance(person["country"], str) and re.fullmatch(r"[A-Z]{3}", person["country"])
    roles = person["roles"]
    assert isinstance(roles, list) and roles
    for r in roles:
        assert set(r) <= {"code", "title", "start", "end"}
        assert isinstance(r["code"], str) and re.fullmatch(r"[A-Z]{6,}", r["code"])
        assert isinstance(r.get("title"), str) and r["title"]
        assert isinstance(r["start"], str) and DATE_RE.match(r["start"]), r
        start = _parse(r["start"])
        assert dt.date(1940, 1, 1) <= start <= dt.date(2026, 11, 30)
        if "end" in r:
            assert isinstance(r["end"], str) and DATE_RE.match(r["end"]), r
            end = _parse(r["end"], end=True)
            assert start <= end, r
            # everyone listed held office at some point on/after 2000-01-01
    assert any("end" not in r or _parse(r["end"], end=True) >= dt.date(2000, 1, 1) for r in roles)


def test_no_duplicate_names():
    seen: dict[str, str] = {}
    for fname, p in PEOPLE:
        assert p["name"] not in seen, f"{p['name']} in {seen.get(p['name'])} and {fname}"
        seen[p["name"]] = fname


def test_counts():
    assert len(PEOPLE) >= 450
    countries = {p["country"] for _, p in PEOPLE}
    for c in ["RUS", "UKR", "BLR", "MDA", "TUR", "GEO", "ARM", "AZE", "XKX", "VAT", "GBR", "FRA",
              "DEU", "ITA", "ESP", "POL", "AND", "LIE", "MCO", "MLT", "ISL", "CHE", "BIH", "MNE"]:
        assert c in countries, c


def test_files_not_too_big():
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert len(data["people"]) <= 130, path.name


@pytest.mark.parametrize("form,day,code,title", [
    ("Vladimir Putin", "2010-01-01", "RUSGOV", "Prime Minister"),
    ("Vladimir Putin", "2025-03-04", "RUSGOV", "President"),
    ("Vladimir Putin", "2005-06-01", "RUSGOV", "President"),
    ("Dmitry Medvedev", "2010-01-01", "RUSGOV", "President"),
    ("Keir Starmer", "2025-01-01", "GBRGOV", "Prime Minister"),
    ("Boris Johnson", "2020-06-01", "GBRGOV", "Prime Minister"),
    ("Volodymyr Zelensky", "2023-06-01", "UKRGOV", "President"),
    ("Angela Merkel", "2010-06-01", "DEUGOV", "Chancellor"),
    ("Recep Tayyip Erdoğan", "2010-06-01", "TURGOV", "Prime Minister"),
    ("Recep Tayyip Erdogan", "2020-06-01", "TURGOV", "President"),
    ("Emmanuel Macron", "2024-06-01", "FRAGOV", "President"),
    ("Pope Francis", "2020-01-01", "VATGOV", "Pope"),
    ("Alexander Stubb", "2025-01-01", "FINGOV", "President"),
])
def test_spot_checks(form, day, code, title):
    role = _role_on(form, day)
    assert role is not None, (form, day)
    assert role["code"] == code
    assert role["title"] == title


@pytest.mark.parametrize("form,day", [
    ("Boris Johnson", "2023-06-01"),
    ("Angela Merkel", "2022-06-01"),
    ("Keir Starmer", "2023-06-01"),
    ("Vladimir Putin", "1999-01-01"),
])
def test_out_of_office(form, day):
    assert _role_on(form, day) is None


def test_kb_loads_people():
    """The project loader accepts the files and codes people by date."""
    kb_mod = pytest.importorskip("eventwire.coding.kb")
    kb_mod.load_kb.cache_clear()
    kb = kb_mod.load_kb()
    found = kb.best("Vladimir Putin")
    assert found is not None
    entry, _ = found
    assert entry.code_on(dt.date(2010, 1, 1)) == "RUSGOV"
    found = kb.best("Boris Johnson")
    assert found is not None
    assert found[0].code_on(dt.date(2023, 6, 1)) == "GBRELI"
