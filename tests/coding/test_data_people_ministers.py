"""Checks for the ministers / military / armed-group / IGO people dictionary."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA_FILE = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "eventwire"
    / "coding"
    / "data"
    / "people"
    / "ministers_military_groups.yaml"
)

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# COUNTRY(3) + SECTOR(3) [+ group / agency tag of 2-3 letters, e.g. AA, MTT (M23), HMS: codes are
# letters only, as groups.yaml's are, so a leader and their group share one code]; IGO codes are
# organisations.yaml's (IGO + region/parent + tag, up to 12 letters: IGOASAASEAN, IGOAFRAUCOM)
CODE_RE = re.compile(r"^(?:[A-Z]{3}[A-Z]{3}([A-Z]{2,3})?|IGO[A-Z]{3,9})$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
PERSON_KEYS = {"name", "aliases", "country", "roles"}
ROLE_KEYS = {"code", "title", "start", "end"}


@pytest.fixture(scope="module")
def data() -> dict:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def people(data) -> list[dict]:
    return data["people"]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _bound(value: str, *, upper: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return dt.date(year, 12, 31) if upper else dt.date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, last) if upper else dt.date(year, month, 1)
    return dt.date(year, month, parts[2])


def _find(people: list[dict], name: str) -> dict:
    key = _fold(name)
    hits = [
        p
        for p in people
        if key == _fold(p["name"]) or key in {_fold(a) for a in p.get("aliases") or []}
    ]
    assert len(hits) == 1, f"{name!r} should resolve to exactly one person, got {len(hits)}"
    return hits[0]


def _codes_on(person: dict, when: dt.date) -> set[str]:
    codes = set()
    for role in person["roles"]:
        start = _bound(role["start"], upper=False)
        end = _bound(role["end"], upper=True) if "end" in role else dt.date.max
        if start <= when <= end:
            codes.add(role["code"])
    return codes


def _codes_in_year(people: list[dict], name: str, year: int) -> set[str]:
    return _codes_on(_find(people, name), dt.date(year, 7, 1))


def test_top_level(data):
    assert set(data) == {"version", "people"}
    assert isinstance(data["version"], str) and data["version"]
    assert isinstance(data["people"], list)


def test_at_least_700_people(people):
    assert len(people) >= 700


def test_person_schema(people):
    for p in people:
        assert set(p) <= PERSON_KEYS and {"name", "country", "roles"} <= set(p), p
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"] and p["name"]
        aliases = p.get("aliases") or []
        assert isinstance(aliases, list), p["name"]
        assert all(isinstance(a, str) and a.strip() for a in aliases), p["name"]
        assert COUNTRY_RE.match(p["country"]), p["name"]
        assert isinstance(p["roles"], list) and p["roles"], p["name"]


def test_role_schema_and_dates(people):
    for p in people:
        for role in p["roles"]:
            where = f"{p['name']}: {role}"
            assert set(role) <= ROLE_KEYS and {"code", "title", "start"} <= set(role), where
            assert CODE_RE.match(role["code"]), where
            assert isinstance(role["title"], str) and role["title"].strip(), where
            for key in ("start", "end"):
                if key in role:
                    value = role[key]
                    assert isinstance(value, str) and DATE_RE.match(value), where
                    _bound(value, upper=False)  # raises on impossible dates
            if "end" in role:
                assert _bound(role["start"], upper=False) <= _bound(role["end"], upper=True), where


def test_no_duplicate_names(people):
    counts = Counter(_fold(p["name"]) for p in people)
    assert [n for n, c in counts.items() if c > 1] == []


def test_aliases_are_distinct_and_unambiguous(people):
    owner: dict[str, str] = {}
    for p in people:
        forms = [p["name"], *(p.get("aliases") or [])]
        assert len(forms) == len(set(forms)), f"repeated form for {p['name']}"
        for form in {_fold(f) for f in forms}:
            assert owner.setdefault(form, p["name"]) == p["name"], (
                f"{form!r} used by both {owner[form]} and {p['name']}"
            )


def test_names_with_diacritics_have_ascii_alias(people):
    for p in people:
        if p["name"].isascii():
            continue
        assert any(a.isascii() for a in p.get("aliases") or []), p["name"]


def test_spot_lavrov(people):
    assert "RUSGOV" in _codes_in_year(people, "Sergei Lavrov", 2025)
    assert "RUSGOV" in _codes_in_year(people, "Sergey Lavrov", 2010)


def test_spot_blinken(people):
    assert "USAGOV" in _codes_in_year(people, "Antony Blinken", 2022)
    assert _codes_in_year(people, "Antony Blinken", 2026) == set()


def test_spot_karim_khan(people):
    assert "IGOJUDICC" in _codes_in_year(people, "Karim Khan", 2024)
    assert _codes_in_year(people, "Karim Khan", 2019) == set()


def test_spot_sinwar(people):
    assert "PSEREBHMS" in _codes_in_year(people, "Yahya Sinwar", 2024)
    assert _codes_in_year(people, "Yahya Sinwar", 2025) == set()


def test_spot_sharaa(people):
    assert "SYRGOV" in _codes_in_year(people, "Ahmed al-Sharaa", 2025)
    assert "SYRREBHTS" not in _codes_in_year(people, "Ahmed al-Sharaa", 2025)
    assert _codes_in_year(people, "Abu Mohammad al-Jolani", 2020) == {"SYRREBHTS"}


def test_spot_nay_phone_latt(people):
    assert "MMROPP" in _codes_in_year(people, "Nay Phone Latt", 2025)
    assert _codes_on(_find(people, "Nay Phone Latt"), dt.date(2021, 4, 15)) == set()


def test_spot_group_transitions(people):
    hemedti = _find(people, "Hemedti")
    assert _codes_on(hemedti, dt.date(2022, 1, 1)) == {"SDNMIL"}
    assert _codes_on(hemedti, dt.date(2024, 1, 1)) == {"SDNREBRSF"}
    baradar = _find(people, "Abdul Ghani Baradar")
    assert _codes_on(baradar, dt.date(2020, 3, 1)) == {"AFGREB"}
    assert "AFGGOV" in _codes_on(baradar, dt.date(2023, 3, 1))
    navalny = _find(people, "Alexei Navalny")
    assert _codes_on(navalny, dt.date(2023, 1, 1)) == {"RUSOPP"}
    assert _codes_on(navalny, dt.date(2024, 3, 1)) == set()
