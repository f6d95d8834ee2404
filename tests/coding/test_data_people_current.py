"""Checks for the 2024-2025 additions (people/current_2024_2025.yaml and the parties added to
groups.yaml in the same review): schema, dates, and codes on dates through the loaded knowledge base."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from eventwire.coding.kb import load_kb

PATH = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "coding" / "data" / "people" / "current_2024_2025.yaml"
DATA = yaml.safe_load(PATH.read_text(encoding="utf-8"))
PEOPLE = DATA["people"]
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # month at least: no year-only guesses in this file
CODE_RE = re.compile(r"^[A-Z]{6,9}$")
ELSEWHERE = {p["name"] for f in PATH.parent.glob("*.yaml") if f != PATH
             for p in yaml.safe_load(f.read_text(encoding="utf-8"))["people"]}


def test_version_and_unique_names():
    assert isinstance(DATA["version"], str)
    names = [p["name"] for p in PEOPLE]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("person", PEOPLE, ids=[p["name"] for p in PEOPLE])
def test_schema(person):
    assert set(person) <= {"name", "aliases", "country", "roles"}
    assert re.fullmatch(r"[A-Z]{3}", person["country"])
    aliases = person["aliases"]
    assert isinstance(aliases, list) and person["name"] not in aliases and len(set(aliases)) == len(aliases)
    if not person["name"].isascii() and person["name"] not in ELSEWHERE:
        assert any(a.isascii() for a in aliases), "needs an accent-free alias"
    for r in person["roles"]:
        assert set(r) <= {"code", "title", "start", "end"} and r["title"]
        assert CODE_RE.match(r["code"]) and r["code"][:3] == person["country"]
        assert DATE_RE.match(r["start"]) and ("end" not in r or DATE_RE.match(r["end"]))
        assert "end" not in r or r["end"] >= r["start"]


@pytest.mark.parametrize("name, day, code", [
    ("Tundu Lissu", "2025-06-01", "TZAOPP"),
    ("Mahmoud Thabit Kombo", "2025-06-01", "TZAGOV"),
    ("January Makamba", "2025-06-01", "TZAELI"),
    ("Friedrich Merz", "2024-06-01", "DEUOPP"),           # CDU leader in opposition (this file) ...
    ("Friedrich Merz", "2025-06-01", "DEUGOV"),           # ... Chancellor (heads_europe_1.yaml)
    ("Alice Weidel", "2025-06-01", "DEUOPP"),
    ("Soipan Tuya", "2025-06-01", "KENGOV"),
    ("Maris Sangiampongsa", "2025-06-01", "THAGOV"),
    ("Maris Sangiampongsa", "2025-12-01", "THAELI"),
    ("Salome Zourabichvili", "2024-06-01", "GEOGOV"),
    ("Salome Zourabichvili", "2025-06-01", "GEOOPP"),
    ("Rishi Sunak", "2024-09-01", "GBROPP"),
    ("Kemi Badenoch", "2025-06-01", "GBROPP"),
    ("Omar Ayub Khan", "2025-06-01", "PAKOPP"),
    ("Omar Ayub Khan", "2025-09-01", "PAKELI"),
    ("Massad Boulos", "2024-12-01", "USA"),              # named adviser, not yet in office
    ("Massad Boulos", "2025-08-20", "USAGOV"),
    ("Antonio García", "2025-08-20", "COLREBELN"),
    ("Pablo Beltrán", "2025-08-20", "COLREBELN"),
])
def test_person_code_on(name, day, code):
    kb = load_kb()
    assert kb.entries["person:" + name].code_on(dt.date.fromisoformat(day)) == code


@pytest.mark.parametrize("form, day, code", [
    ("Chadema", "2025-06-01", "TZAOPPCHD"),
    ("Chama Cha Mapinduzi", "2025-06-01", "TZAGOV"),
    ("New Patriotic Party", "2024-06-01", "GHAGOV"),
    ("New Patriotic Party", "2025-06-01", "GHAOPPNPP"),
    ("National Democratic Congress", "2025-06-01", "GHAGOV"),
    ("Botswana Democratic Party", "2025-06-01", "BWAOPPBDP"),
    ("Justicialist Party", "2025-06-01", "ARGOPPPJ"),
    ("PASTEF", "2023-06-01", "SENOPPPST"),
    ("PASTEF", "2025-06-01", "SENGOV"),
    ("JVP", "2025-06-01", "LKAGOV"),
])
def test_group_code_on(form, day, code):
    kb = load_kb()
    entry, _ = kb.best(form)
    assert entry.code_on(dt.date.fromisoformat(day)) == code
