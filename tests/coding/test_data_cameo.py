"""Checks for the CAMEO data file (codes, Goldstein values, quad classes, PLOVER crosswalk)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CAMEO_YAML = REPO_ROOT / "src" / "eventwire" / "coding" / "data" / "cameo.yaml"
# The 2021 CAMEO->PLOVER table lives in shared/, beside the repository; it is read
# at test time only and never copied into the project.
PLOVER_2021_REL = Path("..") / "shared" / "external" / "plover" / "CAMEO2PLOVER-2021.txt"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

MIN_AGREEMENT = 0.85
# Codes where eventwire's crosswalk deliberately differs from the 2021 table:
#  033x  intent to give aid -> AID (project convention), not AGREE
#  055   apologize -> CONCEDE; 057 sign formal agreement -> AGREE
#  081x-086x non-military yielding (release, ease sanctions/curfew, allow access) -> CONCEDE;
#        only military de-escalation (087x) is RETREAT
#  163   sanctions -> SANCTION (project convention)
#  1712, 175 property destruction / violent repression -> COERCE; 201 mass expulsion -> COERCE
#  192   occupying territory -> ASSAULT
DELIBERATE = {
    "033", "0331", "0332", "0333", "0334", "055", "057",
    "0813", "0814", "084", "0841", "0842", "085", "086", "0861", "0862", "0863",
    "163", "1712", "175", "192", "201",
}


@pytest.fixture(scope="module")
def data() -> dict:
    with CAMEO_YAML.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def codes(data) -> dict:
    return data["codes"]


def _expected_quad(root: str) -> int:
    r = int(root)
    if r <= 5:
        return 1
    if r <= 9:
        return 2
    if r <= 14:
        return 3
    return 4


# --- schema -----------------------------------------------------------------


def test_top_level(data):
    assert isinstance(data["version"], str) and data["version"]
    assert data["quad_classes"] == {
        1: "Verbal Cooperation",
        2: "Material Cooperation",
        3: "Verbal Conflict",
        4: "Material Conflict",
    }


def test_roots_complete(data):
    roots = data["roots"]
    assert sorted(roots) == [f"{i:02d}" for i in range(1, 21)]
    for root, entry in roots.items():
        assert isinstance(entry["name"], str) and entry["name"]
        assert entry["quad_class"] == _expected_quad(root), root


def test_code_count(codes):
    assert len(codes) >= 280


def test_code_schema(data, codes):
    roots = data["roots"]
    for code, entry in codes.items():
        assert isinstance(code, str) and code.isdigit() and len(code) in (3, 4), code
        assert code[:2] in roots, code
        if len(code) == 4:
            assert code[:3] in codes, f"{code} has no 3-digit parent"
        assert isinstance(entry["name"], str) and entry["name"], code
        g = entry["goldstein"]
        assert isinstance(g, float) and -10.0 <= g <= 10.0, code
        pl = entry["plover"]
        assert set(pl) == {"type", "mode", "context"}, code
        assert pl["type"] is None or pl["type"] in PLOVER_TYPES, code
        for key in ("mode", "context"):
            assert pl[key] is None or (isinstance(pl[key], str) and pl[key]), code
        if pl["type"] is None:
            # only bare public statements carry no PLOVER event
            assert code.startswith("01"), code


def test_every_root_has_its_base_code(data, codes):
    for root in data["roots"]:
        assert f"{root}0" in codes, root


def test_codes_mostly_mapped(codes):
    unmapped = [c for c, e in codes.items() if e["plover"]["type"] is None]
    assert len(unmapped) <= 10, unmapped


# --- Goldstein spot checks ---------------------------------------------------

GOLDSTEIN = {
    "010": 0.0, "011": -0.1, "013": 0.4, "016": -2.0, "018": 3.4,
    "020": 3.0, "022": 3.2, "024": -0.3, "026": 4.0,
    "031": 5.2, "032": 4.5, "0334": 6.0, "034": 7.0, "036": 4.0, "037": 5.0,
    "040": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "051": 3.4, "053": 3.8, "054": 6.0, "057": 8.0,
    "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "084": 7.0, "086": 9.0, "0874": 10.0,
    "090": -2.0, "100": -5.0, "112": -2.0, "120": -4.0, "124": -4.0, "125": -5.0,
    "130": -4.4, "131": -5.8, "138": -7.0, "141": -6.5, "145": -7.5, "150": -7.2,
    "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "165": -6.5,
    "171": -9.2, "172": -5.0, "173": -5.0, "175": -9.0,
    "181": -9.0, "182": -9.5, "1821": -9.0, "1823": -10.0, "184": -8.0, "186": -10.0,
    "190": -10.0, "191": -9.5, "196": -9.5, "201": -9.5, "2042": -10.0,
}


@pytest.mark.parametrize("code,value", sorted(GOLDSTEIN.items()))
def test_goldstein_values(codes, code, value):
    assert codes[code]["goldstein"] == pytest.approx(value)


def test_goldstein_sign_follows_quad(data, codes):
    # cooperation roots 02-08 are non-negative except appeals for reform/yielding (024x, 025x)
    for code, entry in codes.items():
        quad = data["roots"][code[:2]]["quad_class"]
        if quad == 4 or code[:2] in {"10", "11", "12", "13", "14"}:
            assert entry["goldstein"] < 0, code
        elif code[:2] in {"03", "04", "05", "06", "07", "08"}:
            assert entry["goldstein"] > 0, code


# --- quad class ----------------------------------------------------------------


@pytest.mark.parametrize(
    "code,quad",
    [("010", 1), ("043", 1), ("051", 1), ("061", 2), ("073", 2), ("0874", 2), ("094", 2),
     ("112", 3), ("1246", 3), ("139", 3), ("1454", 3), ("150", 4), ("163", 4),
     ("173", 4), ("1823", 4), ("190", 4), ("2041", 4)],
)
def test_quad_class_from_root(data, code, quad):
    assert data["roots"][code[:2]]["quad_class"] == quad


# --- project annotation conventions ------------------------------------------

CONVENTIONS = {
    "112": "ACCUSE", "173": "COERCE", "161": "SANCTION", "051": "SUPPORT",
    "043": "CONSULT", "042": "CONSULT", "072": "AID", "074": "AID", "033": "AID",
    "073": "AID", "163": "SANCTION", "061": "COOPERATE", "062": "COOPERATE",
}


@pytest.mark.parametrize("code,ptype", sorted(CONVENTIONS.items()))
def test_annotation_conventions(codes, code, ptype):
    assert codes[code]["plover"]["type"] == ptype


def test_reject_family(codes):
    for code, entry in codes.items():
        if code.startswith("12"):
            assert entry["plover"]["type"] == "REJECT", code


def test_documented_examples(codes):
    assert codes["010"]["plover"] == {"type": None, "mode": None, "context": None}
    assert codes["043"]["plover"] == {"type": "CONSULT", "mode": "host", "context": None}
    assert codes["051"]["plover"] == {"type": "SUPPORT", "mode": None, "context": "diplomatic"}
    assert codes["163"]["plover"] == {"type": "SANCTION", "mode": None, "context": "economic"}


# --- agreement with the 2021 CAMEO->PLOVER table ------------------------------


def _plover_2021_path() -> Path | None:
    for cand in (Path.cwd() / PLOVER_2021_REL, REPO_ROOT / PLOVER_2021_REL):
        if cand.is_file():
            return cand
    return None


def _parse_plover_2021(path: Path) -> dict[str, str]:
    """Parse lines `CODE: EVENT, mode, context  # description` into {code: EVENT}."""
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if not code.isdigit():
            continue
        event = rest.split(",", 1)[0].strip().upper()
        if event:
            out[code] = event
    return out


def test_plover_2021_agreement(codes):
    path = _plover_2021_path()
    if path is None:
        pytest.skip(f"{PLOVER_2021_REL} not available")
    theirs = _parse_plover_2021(path)
    assert theirs, "2021 table parsed empty"
    shared = sorted(
        c for c in theirs
        if c in codes and codes[c]["plover"]["type"] is not None and theirs[c] in PLOVER_TYPES
    )
    assert len(shared) >= 200, len(shared)
    disagree = [(c, codes[c]["plover"]["type"], theirs[c]) for c in shared
                if codes[c]["plover"]["type"] != theirs[c]]
    rate = 1 - len(disagree) / len(shared)
    print(f"\nPLOVER agreement with 2021 table: {rate:.1%} over {len(shared)} codes")
    for code, ours, other in disagree:
        print(f"  {code}: ours={ours} 2021={other}  ({codes[code]['name']})")
    assert rate >= MIN_AGREEMENT
    unexplained = [c for c, _, _ in disagree if c not in DELIBERATE]
    assert not unexplained, f"undocumented disagreements: {unexplained}"
