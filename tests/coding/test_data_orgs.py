"""Checks for the organisation, group and sector dictionaries in eventwire.coding.data."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "coding" / "data"

CODE_RE = re.compile(r"^[A-Z]{3,12}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
# possessives belong to the tokenizer, not the dictionary: "ICC's", "UN's top
# court", "Myanmar's shadow government". Names whose 's is part of the real name
# ("People's Daily", "UN Children's Fund") are not caught by these patterns.
POSSESSIVE_RE = re.compile(
    r"['’]s?$"                                     # ends in a possessive
    r"|\b[A-Z][A-Z.]+['’]s\b"                      # acronym possessive: ICC's, U.N.'s
    r"|\b(?:Myanmar|Russia|China|Iran|Israel|Sudan|Ukraine|Syria|America|Britain|Europe)['’]s\b"
)

ORG_KINDS = {"igo", "court", "ngo", "media", "business", "religious"}
ORG_SECTORS = {
    "GOV", "MIL", "JUD", "LEG", "HRI", "MED", "BUS", "AID", "HLH", "REF", "ELI", "REL",
    # extensions where none of the above fits
    "COP", "ENV", "LAB", "EDU",
}
GROUP_KINDS = {
    "opposition", "armed_group", "party", "militia", "civil_society", "criminal", "state_body",
}
GROUP_SECTORS = {"OPP", "REB", "INS", "MIL", "PTY", "SEP", "CVL", "HRI", "CRM", "GOV"}
TRANSNATIONAL = "IMG"

REQUIRED_SECTORS = {
    "GOV", "MIL", "OPP", "JUD", "REB", "COP", "LEG", "BUS", "MED", "CVL", "REF", "HRI",
    "SPY", "REL", "EDU", "HLH", "AGR", "LAB", "ENV", "CRM", "DIP",
}
VERSION_RE = re.compile(r"^\d{4}\.\d{1,2}\.\d+$")  # YYYY.MM.N, bumped with every content change


def _load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def orgs_doc() -> dict:
    return _load("organisations.yaml")


@pytest.fixture(scope="module")
def groups_doc() -> dict:
    return _load("groups.yaml")


@pytest.fixture(scope="module")
def sectors_doc() -> dict:
    return _load("sectors.yaml")


@pytest.fixture(scope="module")
def orgs(orgs_doc) -> list[dict]:
    return orgs_doc["organisations"]


@pytest.fixture(scope="module")
def groups(groups_doc) -> list[dict]:
    return groups_doc["groups"]


def _match_strings(entry: dict) -> list[str]:
    return [entry["name"], *entry.get("aliases", [])]


def _lookup(entries: list[dict], text: str) -> list[dict]:
    key = text.casefold()
    return [e for e in entries if key in {s.casefold() for s in _match_strings(e)}]


def _one(entries: list[dict], text: str) -> dict:
    hits = _lookup(entries, text)
    assert len(hits) == 1, f"{text!r} matched {len(hits)} entries: {[h['name'] for h in hits]}"
    return hits[0]


# --------------------------------------------------------------------- schema


@pytest.mark.parametrize("doc", ["orgs_doc", "groups_doc", "sectors_doc"])
def test_version(doc, request):
    assert VERSION_RE.match(str(request.getfixturevalue(doc)["version"]))


def _check_common(entry: dict, where: str, errors: list[str]) -> None:
    code = entry.get("code")
    if not isinstance(code, str) or not CODE_RE.match(code):
        errors.append(f"{where}: bad code {code!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{where}: missing name")
    aliases = entry.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        errors.append(f"{where}: aliases must be a list of non-empty strings")
        return
    seen = set()
    for a in aliases:
        if a.casefold() in seen:
            errors.append(f"{where}: alias {a!r} repeated")
        seen.add(a.casefold())
        if isinstance(name, str) and a.casefold() == name.casefold():
            errors.append(f"{where}: alias {a!r} repeats the name")
        if POSSESSIVE_RE.search(a):
            errors.append(f"{where}: possessive alias {a!r}")
    if "notes" in entry and not isinstance(entry["notes"], str):
        errors.append(f"{where}: notes must be a string")


def test_org_schema(orgs):
    errors: list[str] = []
    codes = {e.get("code") for e in orgs}
    for i, e in enumerate(orgs):
        where = f"organisations[{i}] {e.get('name')!r}"
        _check_common(e, where, errors)
        if e.get("kind") not in ORG_KINDS:
            errors.append(f"{where}: kind {e.get('kind')!r} not in {sorted(ORG_KINDS)}")
        if e.get("sector") not in ORG_SECTORS:
            errors.append(f"{where}: sector {e.get('sector')!r} not in {sorted(ORG_SECTORS)}")
        if "parent" in e and e["parent"] not in codes:
            errors.append(f"{where}: parent {e['parent']!r} is not a known code")
        if "location" in e and not COUNTRY_RE.match(str(e["location"])):
            errors.append(f"{where}: location {e['location']!r} is not alpha-3")
        extra = set(e) - {"code", "name", "aliases", "kind", "sector", "parent", "location", "other_codes", "notes"}
        for other in e.get("other_codes", ()):
            if other in codes:
                errors.append(f"{where}: other code {other!r} is an entry's own code")
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        code = e.get("code", "")
        if e.get("kind") == "court" and not code.startswith("IGOJUD"):
            errors.append(f"{where}: courts use IGOJUD + tag, got {code}")
        if e.get("kind") == "media" and not (len(code) == 6 and code.endswith("MED")):
            errors.append(f"{where}: media use COUNTRY+MED, got {code}")
    assert not errors, "\n".join(errors)


def test_group_schema(groups):
    errors: list[str] = []
    codes = {e.get("code") for e in groups}
    for i, e in enumerate(groups):
        where = f"groups[{i}] {e.get('name')!r}"
        _check_common(e, where, errors)
        code = e.get("code") or ""
        sector = e.get("sector")
        country = e.get("country")
        if e.get("kind") not in GROUP_KINDS:
            errors.append(f"{where}: kind {e.get('kind')!r} not in {sorted(GROUP_KINDS)}")
        if sector not in GROUP_SECTORS:
            errors.append(f"{where}: sector {sector!r} not in {sorted(GROUP_SECTORS)}")
        if code[3:6] != sector:
            errors.append(f"{where}: code {code} does not carry its sector {sector}")
        if len(code) > 9:
            errors.append(f"{where}: code {code} longer than COUNTRY+SECTOR+3")
        if code.startswith(TRANSNATIONAL):
            if country is not None:
                errors.append(f"{where}: transnational {code} should have country: null")
        else:
            if not (isinstance(country, str) and COUNTRY_RE.match(country)):
                errors.append(f"{where}: country {country!r} is not alpha-3")
            elif code[:3] != country:
                errors.append(f"{where}: code {code} does not start with country {country}")
        if "parent" in e and e["parent"] not in codes:
            errors.append(f"{where}: parent {e['parent']!r} is not a known code")
        for r in e.get("roles") or []:
            # a changed standing ("roles"): codes of the group's own country, dated, the first its own code
            if not (isinstance(r, dict) and set(r) <= {"code", "start", "end"} and str(r.get("code", ""))[:3] == code[:3]):
                errors.append(f"{where}: bad role {r!r}")
        if e.get("roles") and e["roles"][0].get("code") != code:
            errors.append(f"{where}: first role {e['roles'][0].get('code')!r} is not the entry's code {code}")
        extra = set(e) - {"code", "name", "aliases", "country", "sector", "kind", "parent", "notes", "roles"}
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
    assert not errors, "\n".join(errors)


def test_counts(orgs, groups):
    assert len(orgs) >= 180, len(orgs)
    assert len(groups) >= 120, len(groups)


def test_names_unique(orgs, groups):
    for entries, label in ((orgs, "organisations"), (groups, "groups")):
        seen: dict[str, int] = {}
        dups = []
        for e in entries:
            k = e["name"].casefold()
            if k in seen:
                dups.append(e["name"])
            seen[k] = 1
        assert not dups, f"duplicate {label} names: {dups}"


def test_no_alias_shared_between_entries(orgs, groups):
    """A name or alias must point to exactly one entry across both files."""
    owners: dict[str, set[str]] = defaultdict(set)
    for label, entries in (("org", orgs), ("group", groups)):
        for e in entries:
            ident = f"{label}:{e['code']}:{e['name']}"
            for s in _match_strings(e):
                owners[s.casefold()].add(ident)
    clashes = {s: sorted(o) for s, o in owners.items() if len(o) > 1}
    report = "\n".join(f"  {s!r}: {o}" for s, o in sorted(clashes.items()))
    assert not clashes, f"{len(clashes)} strings used by more than one entry:\n{report}"


# -------------------------------------------------------------------- sectors


def test_sector_schema(sectors_doc):
    sectors = sectors_doc["sectors"]
    missing = REQUIRED_SECTORS - set(sectors)
    assert not missing, f"missing sectors: {sorted(missing)}"
    errors = []
    for key, spec in sectors.items():
        if not re.fullmatch(r"[A-Z]{3}", key):
            errors.append(f"{key}: sector key must be 3 uppercase letters")
        if not isinstance(spec.get("label"), str):
            errors.append(f"{key}: missing label")
        words = spec.get("words")
        if not isinstance(words, list) or len(words) < 8:
            errors.append(f"{key}: needs >= 8 words, has {len(words or [])}")
            continue
        for w in words:
            if not isinstance(w, str) or w != w.strip() or w != w.lower():
                errors.append(f"{key}: word {w!r} must be a trimmed lowercase string")
        if len(set(words)) != len(words):
            errors.append(f"{key}: repeated words")
        if "code" in spec and spec["code"] not in sectors:
            errors.append(f"{key}: code {spec['code']!r} is not a sector")
    assert not errors, "\n".join(errors)


def test_sector_words_unique(sectors_doc):
    where: dict[str, list[str]] = defaultdict(list)
    for key, spec in sectors_doc["sectors"].items():
        for w in spec["words"]:
            where[w].append(key)
    for w in sectors_doc["generic_heads"]:
        where[w].append("generic_heads")
    clashes = {w: ks for w, ks in where.items() if len(ks) > 1}
    assert not clashes, f"words in more than one list: {clashes}"


def test_generic_heads_and_titles(sectors_doc):
    sectors = sectors_doc["sectors"]
    heads = sectors_doc["generic_heads"]
    assert len(heads) >= 8
    assert all(isinstance(h, str) and h == h.lower() for h in heads)
    for h in ("leader", "official", "spokesperson", "spokesman", "spokeswoman"):
        assert h in heads
    defaults = sectors_doc.get("generic_head_defaults", {})
    for head, sec in defaults.items():
        assert head in heads, head
        assert sec in sectors, sec
    titles = sectors_doc["titles"]
    assert len(titles) >= 20
    bad = {t: s for t, s in titles.items() if s not in sectors}
    assert not bad, f"titles mapped to unknown sectors: {bad}"
    assert all(isinstance(n, str) and n.strip() for n in sectors_doc.get("non_agents", []))


def test_ambiguous_words_left_out(sectors_doc):
    all_words = {w for spec in sectors_doc["sectors"].values() for w in spec["words"]}
    for w in ("state", "power", "house", "general", "party", "press"):
        assert w not in all_words, w


# ----------------------------------------------------------------- spot checks


def test_spot_checks_orgs(orgs):
    assert _one(orgs, "ICC")["code"] == "IGOJUDICC"
    assert _one(orgs, "International Criminal Court")["kind"] == "court"
    assert _one(orgs, "UN")["code"] == "IGOUNO"
    assert _one(orgs, "United Nations")["code"] == "IGOUNO"
    assert _one(orgs, "EU")["code"] == "IGOEUREEC"
    assert _one(orgs, "European Union")["code"] == "IGOEUREEC"
    assert _one(orgs, "NATO")["code"] == "IGOWSTNAT"
    assert _one(orgs, "ICJ")["code"] == "IGOJUDICJ"
    assert _one(orgs, "UNHCR")["sector"] == "REF"
    assert _one(orgs, "MONUSCO")["code"] == "IGOUNOPKO"
    ap = _one(orgs, "Associated Press")
    assert ap["kind"] == "media" and ap["code"] == "USAMED"
    assert _one(orgs, "AP") is ap
    assert _one(orgs, "TASS")["code"] == "RUSMED"
    assert _one(orgs, "Reuters")["code"] == "GBRMED"
    assert _one(orgs, "Al Jazeera")["code"] == "QATMED"
    assert _one(orgs, "Xinhua")["code"] == "CHNMED"
    assert _one(orgs, "Gazprom")["code"] == "RUSBUS"
    assert _one(orgs, "Doctors Without Borders")["code"] == _one(orgs, "MSF")["code"]
    assert _one(orgs, "Catholic Church")["sector"] == "REL"


def test_spot_checks_groups(groups):
    assert _one(groups, "NUG")["code"] == "MMROPP"
    assert _one(groups, "National Unity Government")["code"] == "MMROPP"
    assert _one(groups, "PDF")["code"] == "MMROPPPDF"
    assert _one(groups, "Hamas")["code"] == "PSEREBHMS"
    assert _one(groups, "Hezbollah")["code"] == "LBNREBHEZ"
    assert _one(groups, "Ansar Allah")["code"] == "YEMREBHTH"
    assert _one(groups, "RSF")["code"] == "SDNREBRSF"
    assert _one(groups, "Arakan Army")["code"] == "MMRREBAA"
    assert _one(groups, "KIA")["code"] == "MMRREBKIA"
    assert _one(groups, "ISIS")["code"] == _one(groups, "Daesh")["code"] == "IMGREBISL"
    assert _one(groups, "M23")["code"] == "CODREBMTT"
    assert _one(groups, "Wagner Group")["code"] == "RUSMILWAG"
    assert _one(groups, "Sinaloa Cartel")["sector"] == "CRM"
    taliban = _one(groups, "Taliban")
    assert taliban["code"].startswith("AFGREB") and "AFGGOV" in taliban["notes"]
    assert _one(groups, "Palestinian Authority")["code"] == "PSEGOV"
    assert _one(groups, "B'Tselem")["code"] == "ISRHRI"
    assert _one(groups, "AAPP")["code"] == "MMRHRI"


def test_spot_checks_sectors(sectors_doc):
    s = sectors_doc["sectors"]
    assert "junta" in s["MIL"]["words"]
    assert "court" in s["JUD"]["words"]
    assert "police" in s["COP"]["words"]
    assert "rebel" in s["REB"]["words"]
    assert "refugee" in s["REF"]["words"]
    assert s["DIP"]["code"] == "GOV" and "ambassador" in s["DIP"]["words"]
    assert sectors_doc["titles"]["General"] == "MIL"
    assert sectors_doc["titles"]["President"] == "GOV"


def test_people_use_organisation_codes(orgs_doc):
    """One canonical code per organisation: every IGO/NGO code a person's role carries is the code
    of an entry in organisations.yaml (IGOUNOIAEA, not a shortened IGOUNOIAE)."""
    known = {o["code"] for o in orgs_doc["organisations"]}
    missing = []
    for path in sorted((DATA / "people").glob("*.yaml")):
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
        for p in doc["people"]:
            for r in p.get("roles", []):
                code = r["code"]
                if code.startswith(("IGO", "NGO")) and code not in known:
                    missing.append(f"{path.name}: {p['name']}: {code}")
    assert not missing, missing
