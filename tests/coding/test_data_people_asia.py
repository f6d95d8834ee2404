"""Checks for the Asia/Oceania people dictionaries (heads of state and government, 2000-2026)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
PEOPLE_DIR = REPO_ROOT / "src" / "eventwire" / "coding" / "data" / "people"
FILES = sorted(PEOPLE_DIR.glob("heads_asia_*.yaml"))
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-Z]{6,}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
MIN_PEOPLE = 450


def _parse(value: str, *, end: bool = False) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            year, month = parts
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(parts[0], parts[1], 1)
    return dt.date(*parts)


def _load() -> list[tuple[str, dict]]:
    people = []
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), path.name
        assert isinstance(data.get("version"), str), path.name
        assert isinstance(data.get("people"), list), path.name
        people.extend((path.name, p) for p in data["people"])
    return people


PEOPLE = _load()
BY_NAME = {p["name"]: p for _, p in PEOPLE}


def code_on(name: str, day: str) -> str | None:
    """The code of `name` on `day`, with the knowledge base's rule (most recently begun role)."""
    when = _parse(day)
    active = []
    for r in BY_NAME[name]["roles"]:
        start = _parse(str(r["start"])) if r.get("start") else dt.date.min
        end = _parse(str(r["end"]), end=True) if r.get("end") else dt.date.max
        if start <= when <= end:
            active.append((start, r["code"]))
    return max(active)[1] if active else None


def test_files_exist():
    assert len(FILES) >= 5


@pytest.mark.parametrize(("fname", "person"), PEOPLE, ids=[p["name"] for _, p in PEOPLE])
def test_schema(fname, person):
    assert set(person) <= {"name", "aliases", "country", "roles"}, fname
    assert isinstance(person["name"], str) and person["name"].strip() == person["name"] != ""
    aliases = person.get("aliases", [])
    assert isinstance(aliases, list)
    assert all(isinstance(a, str) and a.strip() for a in aliases)
    assert person["name"] not in aliases
    assert isinstance(person["country"], str) and COUNTRY_RE.match(person["country"])
    roles = person["roles"]
    assert isinstance(roles, list) and roles
    for r in roles:
        assert set(r) <= {"code", "title", "start", "end"}, r
        assert isinstance(r["code"], str) and CODE_RE.match(r["code"]), r
        assert isinstance(r.get("title"), str) and r["title"], r
        assert "start" in r, r
        for key in ("start", "end"):
            if key in r:
                assert isinstance(r[key], str) and DATE_RE.match(r[key]), r
                _parse(r[key])
        if "end" in r:
            assert _parse(r["start"]) <= _parse(r["end"], end=True), r
        assert _parse(r["start"]) <= dt.date(2026, 11, 30), r


def test_no_duplicate_names():
    names = [p["name"] for _, p in PEOPLE]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes


def test_no_alias_shared_between_people():
    seen: dict[str, str] = {}
    clashes = []
    for _, p in PEOPLE:
        for form in [p["name"], *p.get("aliases", [])]:
            key = form.casefold()
            if key in seen and seen[key] != p["name"]:
                clashes.append((form, seen[key], p["name"]))
            seen[key] = p["name"]
    assert not clashes


def test_enough_people():
    assert len(PEOPLE) >= MIN_PEOPLE


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Min Aung Hlaing", "2015-06-01", "MMRMIL"),
    ("Min Aung Hlaing", "2025-03-04", "MMRMIL"),
    ("Aung San Suu Kyi", "2018-06-01", "MMRGOV"),
    ("Xi Jinping", "2020-06-01", "CHNGOV"),
    ("Benjamin Netanyahu", "2024-06-01", "ISRGOV"),
    ("Narendra Modi", "2020-06-01", "INDGOV"),
    ("Mohammed bin Salman", "2023-06-01", "SAUGOV"),
    ("Anthony Albanese", "2023-06-01", "AUSGOV"),
    ("Than Shwe", "2005-01-01", "MMRMIL"),
    ("Thein Sein", "2013-01-01", "MMRGOV"),
    ("Hibatullah Akhundzada", "2019-01-01", "AFGREB"),
    ("Hibatullah Akhundzada", "2022-01-01", "AFGGOV"),
    ("Bashar al-Assad", "2015-01-01", "SYRGOV"),
    ("Ahmed al-Sharaa", "2020-01-01", "SYRREB"),
    ("Ahmed al-Sharaa", "2025-06-01", "SYRGOV"),
])
def test_spot_checks(name, day, code):
    assert code_on(name, day) == code


def test_suu_kyi_not_government_after_coup():
    code = code_on("Aung San Suu Kyi", "2022-06-01")
    assert code is None or not code.endswith("GOV")


def test_every_asia_oceania_state_present():
    countries = {p["country"] for _, p in PEOPLE}
    expected = {
        # Middle East
        "ISR", "PSE", "IRN", "IRQ", "SYR", "LBN", "JOR", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM",
        # Central and South Asia
        "AFG", "PAK", "IND", "BGD", "LKA", "NPL", "BTN", "MDV", "KAZ", "KGZ", "TJK", "TKM", "UZB",
        # East Asia
        "CHN", "TWN", "JPN", "KOR", "PRK", "MNG",
        # Southeast Asia
        "MMR", "THA", "VNM", "LAO", "KHM", "MYS", "SGP", "IDN", "PHL", "BRN", "TLS",
        # Oceania
        "AUS", "NZL", "PNG", "FJI", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "MHL", "FSM", "PLW",
    }
    assert expected <= countries, sorted(expected - countries)


def test_someone_in_office_on_2000_01_01():
    """Each country has a person holding a role on 2000-01-01 (states that existed then)."""
    missing = []
    for country in {p["country"] for _, p in PEOPLE} - {"TLS"}:
        if not any(code_on(p["name"], "2000-01-01") for _, p in PEOPLE if p["country"] == country):
            missing.append(country)
    assert not missing, sorted(missing)
