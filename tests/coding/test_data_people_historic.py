"""Checks for the 1975-1999 heads of state / government (people/heads_1975_1999.yaml) and for the
spelling-tolerant person lookup (coref.yaml → person_fuzzy, kb.KnowledgeBase.match_person)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from eventwire.coding.kb import load_kb

PATH = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "coding" / "data" / "people" / "heads_1975_1999.yaml"
DATA = yaml.safe_load(PATH.read_text(encoding="utf-8"))
PEOPLE = DATA["people"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# people also in a 2000-2026 file: this file adds their earlier roles (merged by name on loading)
ELSEWHERE = {p["name"] for f in PATH.parent.glob("*.yaml") if f != PATH
             for p in yaml.safe_load(f.read_text(encoding="utf-8"))["people"]}


def test_version():
    assert isinstance(DATA["version"], str)


def test_no_name_twice_in_file():
    names = [p["name"] for p in PEOPLE]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("person", PEOPLE, ids=[p["name"] for p in PEOPLE])
def test_schema(person):
    assert set(person) <= {"name", "aliases", "country", "roles"}
    aliases = person["aliases"]
    assert isinstance(aliases, list) and person["name"] not in aliases and len(set(aliases)) == len(aliases)
    if not person["name"].isascii() and person["name"] not in ELSEWHERE:
        assert any(a.isascii() for a in aliases), "needs an accent-free alias"
    assert re.fullmatch(r"[A-Z]{3}", person["country"])
    for r in person["roles"]:
        assert re.fullmatch(r"[A-Z]{6,}", r["code"]) and r["title"]
        assert DATE_RE.match(r["start"]) and ("end" not in r or DATE_RE.match(r["end"]))
        assert "end" not in r or r["end"] >= r["start"]


@pytest.mark.parametrize("name, day, code", [
    ("Ronald Reagan", "1985-06-01", "USAGOV"),
    ("Ronald Reagan", "2010-06-01", "USAELI"),
    ("Mikhail Gorbachev", "1990-06-01", "RUSGOV"),
    ("Nelson Mandela", "1988-06-01", "ZAFOPP"),
    ("Nelson Mandela", "1995-06-01", "ZAFGOV"),
    ("Desmond Tutu", "1990-06-01", "ZAFREL"),
    ("Yasser Arafat", "1988-06-01", "PSEGOVPLO"),
    ("Yasser Arafat", "1998-06-01", "PSEGOV"),          # role from heads_asia_1.yaml, same entry
    ("Abdelaziz Bouteflika", "1975-06-01", "DZAGOV"),    # Foreign Minister (this file) ...
    ("Abdelaziz Bouteflika", "1990-06-01", "DZAELI"),
    ("Abdelaziz Bouteflika", "2005-06-01", "DZAGOV"),    # ... President (heads_africa_americas.yaml)
    ("Carlos Menem", "1995-06-01", "ARGGOV"),
])
def test_roles_on_date(name, day, code):
    kb = load_kb()
    entry = kb.entries["person:" + name]
    assert entry.code_on(dt.date.fromisoformat(day)) == code


@pytest.mark.parametrize("text, day, name", [
    ("Francois Mitterand", "1989-03-01", "François Mitterrand"),
    ("Mitterand", "1989-03-01", "François Mitterrand"),
    ("Omar El Bashir", "1995-03-01", "Omar al-Bashir"),
    ("Abdelaziz Bouteflicka", "2005-03-01", "Abdelaziz Bouteflika"),
    ("Juvenal Habyariman", "1990-03-01", "Juvénal Habyarimana"),
    ("Habyariman", "1990-03-01", "Juvénal Habyarimana"),
    ("Bouteflicka", "1990-03-01", None),    # a family name alone: only for someone in office then
    ("Putin", "2020-03-01", None),          # exact names are the dictionary's job, not this lookup's
    ("Patin", "2020-03-01", None),          # short family names: exact only
    ("Vladimir Patin", "2020-03-01", None),
    ("Tom King", "1990-03-01", None),
    ("John Majors", "1992-03-01", None),
    ("Helmut Schmitt", "1980-03-01", None),  # a different family name (one letter changed in seven)
])
def test_match_person(text, day, name):
    found = load_kb().match_person(text, dt.date.fromisoformat(day))
    assert (found.name if found else None) == name
