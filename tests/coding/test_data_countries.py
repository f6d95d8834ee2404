"""Sanity and spot checks for the country / region actor dictionaries."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "coding" / "data"
COUNTRIES_FILE = DATA / "countries.yaml"
REGIONS_FILE = DATA / "regions.yaml"

COUNTRY_KEYS = {"code", "iso2", "name", "names", "adjectives", "demonyms", "capitals", "seats"}
COUNTRY_LIST_KEYS = ("names", "adjectives", "demonyms", "capitals")
REGION_KEYS = {"code", "name", "names", "adjectives", "demonyms"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}

# Entries with no demonym in news use: uninhabited territories, plus places whose only
# demonym is owned by a more common neighbour ("Congolese" -> COD, "Dominicans" -> DOM),
# or that have no English demonym in practice.
NO_DEMONYM = {"ATA", "ATF", "BVT", "HMD", "IOT", "SGS", "UMI", "SJM", "VAT", "COG", "DMA", "GGY", "JEY"}

REQUIRED_REGIONS = {
    "WST", "EUR", "AFR", "ASA", "MEA", "LAM", "NMR", "SAM", "SAS", "SEA",
    "CAS", "EAF", "WAF", "NAF", "BLK", "CAU", "SCN", "ARB", "PGS",
}


def _load(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def countries_doc():
    return _load(COUNTRIES_FILE)


@pytest.fixture(scope="module")
def countries(countries_doc):
    return countries_doc["countries"]


@pytest.fixture(scope="module")
def by_code(countries):
    return {c["code"]: c for c in countries}


@pytest.fixture(scope="module")
def regions_doc():
    return _load(REGIONS_FILE)


@pytest.fixture(scope="module")
def regions(regions_doc):
    return regions_doc["regions"]


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) and x and x == x.strip() for x in value)


def _owners(entries, keys):
    """Map each string to the set of codes that list it under any of `keys`."""
    owners = defaultdict(set)
    for e in entries:
        for key in keys:
            for s in e.get(key, []):
                owners[s].add(e["code"])
    return owners


def _report(owners) -> list[str]:
    return sorted(f"{s!r} -> {sorted(codes)}" for s, codes in owners.items() if len(codes) > 1)


# --------------------------------------------------------------------------- schema


def test_countries_top_level(countries_doc):
    assert set(countries_doc) == {"version", "countries"}
    assert isinstance(countries_doc["version"], str) and countries_doc["version"]
    assert isinstance(countries_doc["countries"], list)
    assert len(countries_doc["countries"]) >= 250


def test_country_schema(countries):
    problems = []
    for c in countries:
        code = c.get("code")
        if set(c) - {"other_codes"} != COUNTRY_KEYS:
            problems.append(f"{code}: keys {sorted((set(c) - {'other_codes'}) ^ COUNTRY_KEYS)} wrong")
            continue
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
            problems.append(f"{code!r}: code is not 3 uppercase letters")
        if not (isinstance(c["iso2"], str) and re.fullmatch(r"[A-Z]{2}", c["iso2"])):
            problems.append(f"{code}: iso2 {c['iso2']!r} is not 2 uppercase letters")
        if not (isinstance(c["name"], str) and c["name"].strip() == c["name"] and c["name"]):
            problems.append(f"{code}: bad name {c['name']!r}")
        for key in COUNTRY_LIST_KEYS:
            if not _is_str_list(c[key]):
                problems.append(f"{code}: {key} must be a list of non-empty, stripped strings")
            elif len(set(c[key])) != len(c[key]):
                problems.append(f"{code}: duplicate entries in {key}")
        if not c["names"]:
            problems.append(f"{code}: no names")
        if not isinstance(c["seats"], list):
            problems.append(f"{code}: seats must be a list")
            continue
        for seat in c["seats"]:
            if not (isinstance(seat, dict) and set(seat) == {"name", "sector"}):
                problems.append(f"{code}: bad seat {seat!r}")
            elif not (isinstance(seat["name"], str) and seat["name"]) or seat["sector"] not in SECTORS:
                problems.append(f"{code}: bad seat {seat!r}")
    assert not problems, "\n".join(problems)


def test_codes_unique_and_sorted(countries):
    codes = [c["code"] for c in countries]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    assert not dupes, f"duplicate codes: {dupes}"
    assert codes == sorted(codes), "countries must be sorted by code"
    iso2 = [c["iso2"] for c in countries]
    assert len(set(iso2)) == len(iso2), "duplicate iso2 codes"


def test_every_iso_country_present(by_code):
    pycountry = pytest.importorskip("pycountry")
    missing = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in by_code)
    assert not missing, f"missing ISO 3166-1 countries: {missing}"
    wrong_iso2 = sorted(
        c.alpha_3 for c in pycountry.countries if by_code[c.alpha_3]["iso2"] != c.alpha_2
    )
    assert not wrong_iso2, f"iso2 disagrees with pycountry: {wrong_iso2}"
    assert by_code["XKX"]["iso2"] == "XK"
    assert "Kosovo" in by_code["XKX"]["names"]


# --------------------------------------------------------------------------- ambiguity


def test_no_name_maps_to_two_countries(countries):
    offenders = _report(_owners(countries, ("names", "capitals")))
    assert not offenders, "names/capitals listed under more than one country:\n" + "\n".join(offenders)


def test_no_adjective_or_demonym_maps_to_two_countries(countries):
    offenders = _report(_owners(countries, ("adjectives", "demonyms")))
    assert not offenders, "adjectives/demonyms listed under more than one country:\n" + "\n".join(offenders)


def test_no_seat_maps_to_two_countries(countries):
    owners = defaultdict(set)
    for c in countries:
        for seat in c["seats"]:
            owners[seat["name"]].add(c["code"])
    offenders = _report(owners)
    assert not offenders, "seats listed under more than one country:\n" + "\n".join(offenders)


def test_name_forms_do_not_cross_categories(countries):
    """A string must not be a name of one country and an adjective/seat of another."""
    owners = _owners(countries, ("names", "capitals", "adjectives", "demonyms"))
    for c in countries:
        for seat in c["seats"]:
            owners[seat["name"]].add(c["code"])
    offenders = _report(owners)
    assert not offenders, "strings shared between countries:\n" + "\n".join(offenders)


def test_every_country_has_adjective(countries):
    missing = [c["code"] for c in countries if not c["adjectives"]]
    assert not missing, f"countries without adjectives: {missing}"


def test_demonyms_present(countries):
    missing = [c["code"] for c in countries if not c["demonyms"] and c["code"] not in NO_DEMONYM]
    assert not missing, f"countries without demonyms: {missing}"


# Entries allowed to have no capital string: uninhabited territories, city-states whose
# capital is the country name itself, and capitals left out because the bare string
# mostly means something else in news (Brussels = EU, Victoria, Hamilton, Douglas, ...).
NO_CAPITAL = {
    "ATA", "BVT", "HMD", "IOT", "UMI", "TKL", "CCK",  # uninhabited / no capital
    "SGP", "VAT", "HKG", "MAC", "GIB",  # city-states: the name is the capital
    "BEL", "SYC", "BMU", "IMN", "AIA", "NFK", "REU", "SHN", "SPM",  # ambiguous capital strings
}


def test_capitals_present(countries):
    missing = sorted(c["code"] for c in countries if not c["capitals"] and c["code"] not in NO_CAPITAL)
    assert not missing, f"countries without capitals: {missing}"


# --------------------------------------------------------------------------- spot checks


def _name_index(countries):
    return {s: c["code"] for c in countries for k in ("names", "capitals") for s in c[k]}


def _adj_index(countries):
    return {s: c["code"] for c in countries for k in ("adjectives", "demonyms") for s in c[k]}


def test_spot_checks(countries, by_code):
    names = _name_index(countries)
    adjs = _adj_index(countries)

    assert names["Burma"] == "MMR"
    assert "Burmese" in by_code["MMR"]["adjectives"]
    assert "Naypyidaw" in by_code["MMR"]["capitals"]
    assert {"name": "Kremlin", "sector": "GOV"} in by_code["RUS"]["seats"]
    assert "Argentine" in by_code["ARG"]["adjectives"]
    assert "Argentinian" in by_code["ARG"]["adjectives"]
    assert "Chinese" in by_code["CHN"]["adjectives"]

    expected_names = {
        "US": "USA", "U.S.": "USA", "USA": "USA", "United States": "USA",
        "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
        "UAE": "ARE", "DRC": "COD", "DR Congo": "COD", "Congo": "COD",
        "Republic of the Congo": "COG", "Zaire": "COD",
        "South Korea": "KOR", "North Korea": "PRK", "Iran": "IRN", "Syria": "SYR",
        "Russia": "RUS", "Vietnam": "VNM", "Laos": "LAO", "Bolivia": "BOL",
        "Venezuela": "VEN", "Tanzania": "TZA", "Taiwan": "TWN",
        "Palestine": "PSE", "Palestinian territories": "PSE", "Gaza": "PSE", "West Bank": "PSE",
        "Czechia": "CZE", "Czech Republic": "CZE", "Turkey": "TUR", "Türkiye": "TUR",
        "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV", "Eswatini": "SWZ", "Swaziland": "SWZ",
        "North Macedonia": "MKD", "Macedonia": "MKD", "Cape Verde": "CPV", "Cabo Verde": "CPV",
        "East Timor": "TLS", "Timor-Leste": "TLS", "United Kingdom": "GBR",
        "Kosovo": "XKX", "Washington": "USA", "Moscow": "RUS", "Beijing": "CHN",
        "Kyiv": "UKR", "Kiev": "UKR", "Jerusalem": "ISR", "Ramallah": "PSE",
    }
    wrong = {k: (names.get(k), v) for k, v in expected_names.items() if names.get(k) != v}
    assert not wrong, f"name spot checks failed (got, expected): {wrong}"

    expected_adjs = {
        "Emirati": "ARE", "Saudi": "SAU", "Congolese": "COD", "Russians": "RUS",
        "Ukrainians": "UKR", "American": "USA", "British": "GBR", "Chinese": "CHN",
        "Burmese": "MMR", "Argentine": "ARG", "Palestinian": "PSE", "Israeli": "ISR",
        "Filipino": "PHL", "Dutch": "NLD", "Swiss": "CHE", "Nigerien": "NER", "Nigerian": "NGA",
    }
    wrong = {k: (adjs.get(k), v) for k, v in expected_adjs.items() if adjs.get(k) != v}
    assert not wrong, f"adjective spot checks failed (got, expected): {wrong}"

    assert "Chad" not in by_code["TCD"]["adjectives"]


def test_well_known_seats(by_code):
    expected = [
        ("RUS", "Kremlin", "GOV"), ("USA", "White House", "GOV"), ("USA", "Pentagon", "MIL"),
        ("USA", "State Department", "GOV"), ("USA", "Capitol Hill", "LEG"),
        ("USA", "Foggy Bottom", "GOV"), ("GBR", "Downing Street", "GOV"),
        ("GBR", "Whitehall", "GOV"), ("FRA", "Elysee", "GOV"), ("FRA", "Élysée", "GOV"),
        ("FRA", "Quai d'Orsay", "GOV"), ("CHN", "Zhongnanhai", "GOV"), ("KOR", "Blue House", "GOV"),
        ("ISR", "Knesset", "LEG"), ("DEU", "Bundestag", "LEG"), ("DEU", "Bundeswehr", "MIL"),
        ("RUS", "Duma", "LEG"), ("RUS", "State Duma", "LEG"), ("MMR", "Tatmadaw", "MIL"),
        ("ISR", "IDF", "MIL"), ("ISR", "Israel Defense Forces", "MIL"),
        ("CHN", "PLA", "MIL"), ("CHN", "People's Liberation Army", "MIL"),
        ("USA", "Treasury Department", "GOV"), ("USA", "Justice Department", "GOV"),
        ("USA", "Commerce Department", "GOV"), ("USA", "Defense Department", "MIL"),
    ]
    missing = [e for e in expected if {"name": e[1], "sector": e[2]} not in by_code[e[0]]["seats"]]
    assert not missing, f"missing seats: {missing}"
    all_seats = {s["name"] for c in by_code.values() for s in c["seats"]}
    # "Congress" alone is the US Congress (USALEG): by far its most frequent sense in world news;
    # India's party is written "the Congress party" or "Indian National Congress".
    assert {"name": "Congress", "sector": "LEG"} in by_code["USA"]["seats"]
    for skipped in ("Wall Street", "Red Army", "Treasury", "Department of Justice"):  # other countries' too
        assert skipped not in all_seats


# --------------------------------------------------------------------------- regions


def test_regions_schema(regions_doc, regions):
    assert set(regions_doc) == {"version", "regions"}
    assert isinstance(regions_doc["version"], str) and regions_doc["version"]
    problems = []
    for r in regions:
        code = r.get("code")
        if set(r) != REGION_KEYS:
            problems.append(f"{code}: keys {sorted(set(r) ^ REGION_KEYS)} wrong")
            continue
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
            problems.append(f"{code!r}: code is not 3 uppercase letters")
        if not (isinstance(r["name"], str) and r["name"]):
            problems.append(f"{code}: bad name")
        for key in ("names", "adjectives", "demonyms"):
            if not _is_str_list(r[key]):
                problems.append(f"{code}: {key} must be a list of non-empty, stripped strings")
        if not r["names"]:
            problems.append(f"{code}: no names")
    assert not problems, "\n".join(problems)
    codes = [r["code"] for r in regions]
    assert len(set(codes)) == len(codes), "duplicate region codes"
    assert codes == sorted(codes), "regions must be sorted by code"
    assert not REQUIRED_REGIONS - set(codes), f"missing regions: {REQUIRED_REGIONS - set(codes)}"


def test_regions_do_not_collide(regions, countries):
    owners = _owners(regions, ("names", "adjectives", "demonyms"))
    offenders = _report(owners)
    assert not offenders, "region strings under more than one region:\n" + "\n".join(offenders)

    country_codes = {c["code"] for c in countries}
    region_codes = {r["code"] for r in regions}
    assert not country_codes & region_codes, "region code reuses a country code"

    country_strings = _owners(countries, ("names", "capitals", "adjectives", "demonyms"))
    clash = sorted(s for s in owners if s in country_strings)
    assert not clash, f"region strings also used for countries: {clash}"


def test_region_spot_checks(regions):
    by = {r["code"]: r for r in regions}
    assert "the West" in by["WST"]["names"] and "Western" in by["WST"]["adjectives"]
    assert "Europe" in by["EUR"]["names"] and "European" in by["EUR"]["adjectives"]
    eur_strings = by["EUR"]["names"] + by["EUR"]["adjectives"] + by["EUR"]["demonyms"]
    assert not any("Union" in s for s in eur_strings), "EU is an IGO, not a region"
    assert "Persian Gulf" in by["PGS"]["names"]
    assert "Arab" in by["ARB"]["adjectives"]
    assert "Caucasian" not in by["CAU"]["adjectives"]
