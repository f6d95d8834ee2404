"""Schema and spot checks for the Africa/Americas heads-of-state people dictionary."""

import calendar
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

DATA = (
    Path(__file__).resolve().parents[2]
    / "src/eventwire/coding/data/people/heads_africa_americas.yaml"
)
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bounds(value):
    """Return (earliest, latest) calendar days covered by a YYYY[-MM[-DD]] string."""
    m = DATE_RE.match(value)
    assert m, f"bad date {value!r}"
    y, mo, d = m.group(1), m.group(2), m.group(3)
    y = int(y)
    if mo is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    mo = int(mo)
    if d is None:
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    day = dt.date(y, mo, int(d))
    return day, day


@pytest.fixture(scope="module")
def data():
    with DATA.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def people(data):
    return data["people"]


@pytest.fixture(scope="module")
def by_name(people):
    index = {}
    for p in people:
        for n in [p["name"], *p["aliases"]]:
            index.setdefault(n, p)
    return index


def holds(person, code, day):
    """True if person holds a role with `code` on `day` (end date exclusive)."""
    day = dt.date.fromisoformat(day)
    for r in person["roles"]:
        if r["code"] != code:
            continue
        start = _bounds(str(r["start"]))[0]
        end = _bounds(str(r["end"]))[0] if r.get("end") else None
        if start <= day and (end is None or day < end):
            return True
    return False


def test_top_level(data):
    assert isinstance(data["version"], str)
    assert isinstance(data["people"], list)


def test_schema(people):
    for p in people:
        where = p.get("name")
        assert isinstance(p["name"], str) and p["name"].strip(), where
        assert isinstance(p["aliases"], list), where
        assert all(isinstance(a, str) and a.strip() for a in p["aliases"]), where
        assert p["name"] not in p["aliases"], where
        assert isinstance(p["country"], str) and re.fullmatch(r"[A-Z]{3}", p["country"]), where
        assert isinstance(p["roles"], list) and p["roles"], where
        for r in p["roles"]:
            code = r["code"]
            assert isinstance(code, str), where
            assert re.fullmatch(r"[A-Z]{6,}", code), (where, code)
            assert isinstance(r.get("title"), str) and r["title"], (where, r)
            assert isinstance(r["start"], str), (where, r)
            s_lo, _ = _bounds(r["start"])
            if r.get("end") is not None:
                assert isinstance(r["end"], str), (where, r)
                _, e_hi = _bounds(r["end"])
                assert s_lo <= e_hi, (where, r)
            assert set(r) <= {"code", "title", "start", "end"}, (where, r)


def test_codes_mostly_match_country(people):
    # Codes normally start with the person's own country; allow documented exceptions
    # (e.g. a South Sudanese leader's pre-independence Sudanese role).
    foreign = [(p["name"], r["code"]) for p in people for r in p["roles"]
               if not r["code"].startswith(p["country"])]
    assert len(foreign) <= 5, foreign


def test_no_duplicate_names(people):
    names = [p["name"] for p in people]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, dupes


def test_aliases_unambiguous(people):
    owner = {}
    for p in people:
        for n in [p["name"], *p["aliases"]]:
            key = n.casefold()
            assert owner.setdefault(key, p["name"]) == p["name"], (n, owner[key], p["name"])


def test_size_and_coverage(people):
    assert len(people) >= 700
    countries = {p["country"] for p in people}
    # 54 African + 35 American UN member states
    assert len(countries) == 89


def test_spot_milei(by_name):
    assert holds(by_name["Javier Milei"], "ARGGOV", "2024-06-01")


def test_spot_lula(by_name):
    lula = by_name["Lula"]
    assert holds(lula, "BRAGOV", "2005-06-01")
    assert holds(lula, "BRAGOV", "2024-06-01")
    assert not holds(lula, "BRAGOV", "2015-06-01")


def test_spot_trump(by_name):
    trump = by_name["Donald Trump"]
    assert holds(trump, "USAGOV", "2018-06-01")
    assert holds(trump, "USAGOV", "2025-06-01")
    assert not holds(trump, "USAGOV", "2022-06-01")


def test_spot_biden(by_name):
    biden = by_name["Joe Biden"]
    for day in ("2009-06-01", "2013-01-01", "2016-12-31", "2021-06-01", "2024-12-31"):
        assert holds(biden, "USAGOV", day), day
    for day in ("2008-06-01", "2018-06-01", "2025-06-01"):
        assert not holds(biden, "USAGOV", day), day
    assert any(r["title"] == "Vice President" for r in biden["roles"])


def test_spot_africa(by_name):
    assert holds(by_name["Bola Tinubu"], "NGAGOV", "2024-06-01")
    assert holds(by_name["Cyril Ramaphosa"], "ZAFGOV", "2020-06-01")
    goita = by_name["Assimi Goïta"]
    assert holds(goita, "MLIMIL", "2023-06-01")
    assert by_name["Assimi Goita"] is goita
    sisi = by_name["Abdel Fattah el-Sisi"]
    assert holds(sisi, "EGYMIL", "2013-07-03")
    assert holds(sisi, "EGYGOV", "2020-01-01")
    assert not holds(sisi, "EGYGOV", "2013-07-03")


def test_vice_presidents_present(people):
    vp_countries = {p["country"] for p in people
                    for r in p["roles"] if "Vice President" in r["title"] or "Deputy President" in r["title"]}
    for iso in ("USA", "BRA", "ARG", "ZAF", "NGA", "KEN"):
        assert iso in vp_countries, iso


def test_accent_free_alias(people):
    import unicodedata

    for p in people:
        plain = "".join(c for c in unicodedata.normalize("NFKD", p["name"])
                        if not unicodedata.combining(c))
        if plain != p["name"]:
            assert plain in p["aliases"], p["name"]
