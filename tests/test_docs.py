"""Docs and code stay in step (in the manner of datasette's tests/test_docs.py): every record field
in model.py is documented in docs/schema.md and every documented field exists; likewise the DuckDB
tables, the error codes in docs/errors.md and the CLI commands in README.md. No NLP here."""
from __future__ import annotations

import dataclasses
import functools
import re
from importlib import resources
from pathlib import Path

import duckdb
import pytest

from eventwire import model
from eventwire.errors import Errors

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_MD = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
ERRORS_MD = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sections(markdown: str) -> dict[str, list[dict[str, str]]]:
    """`## Heading` → rows of the first table under it (each row: header → cell)."""
    out: dict[str, list[dict[str, str]]] = {}
    heading, header = None, None
    for line in markdown.splitlines():
        if line.startswith("## "):
            heading, header = line[3:].strip(), None
            continue
        if heading is None or not line.startswith("|"):
            if header is not None and heading in out:  # the table has ended
                heading = None
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if header is None:
            header = [c.lower() for c in cells]
            out[heading] = []
        elif set(line) <= set("|-: "):
            continue
        else:
            out[heading].append(dict(zip(header, cells)))
    return out


DOCUMENTED = sections(SCHEMA_MD)
RECORDS = sorted(name for name, obj in vars(model).items()
                 if dataclasses.is_dataclass(obj) and isinstance(obj, type) and issubclass(obj, model.Record))


def public_fields(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


def documented(heading: str, key: str = "field") -> list[str]:
    assert heading in DOCUMENTED, f"docs/schema.md has no '## {heading}' table"
    rows = DOCUMENTED[heading]
    for row in rows:
        assert row.get("meaning"), f"{heading}.{row.get(key)}: no meaning given in docs/schema.md"
    return [row[key] for row in rows]


def test_every_record_is_found():
    assert {"Article", "Event", "Quote", "Actor", "Mention", "EventDate", "Place", "Fact", "Tone", "Span"} <= set(RECORDS)


@pytest.mark.parametrize("record", RECORDS)
def test_record_fields_documented(record):
    """Same fields, same order: a field added to model.py must be documented, a removed one dropped."""
    assert documented(record) == public_fields(getattr(model, record))


@pytest.mark.parametrize("record", RECORDS)
def test_record_types_documented(record):
    """The documented type names the record for nested records (Span, EventDate, Place, ...)."""
    cls = getattr(model, record)
    types = {row["field"]: row["type"] for row in DOCUMENTED[record]}
    for f in dataclasses.fields(cls):
        nested = [r for r in RECORDS if re.search(rf"\b{r}\b", str(f.type))]
        for r in nested:
            assert r in types[f.name], f"{record}.{f.name} is {f.type}: docs say {types[f.name]!r}"


def test_article_output_documented():
    art = model.Article(id="x", text="Putin met Hlaing.", actors=(model.Actor("A1", "Vladimir Putin", "RUSGOV", "person"),))
    out = art.output()
    assert documented("Article output") == list(out)
    assert documented("Entity") == list(out["entities"][0])


def test_issue_contract_keys_are_documented():
    """The keys issue 2 promises for `eventwire extract`."""
    assert {"id", "url", "published", "events", "quotes", "entities"} <= set(documented("Article output"))
    assert {"source_actor", "source_code", "target_actor", "target_code", "cameo_code", "cameo_root", "quad_class",
            "goldstein", "plover_type", "mode", "event_date", "sentence", "span", "confidence",
            "rule"} <= set(documented("Event"))
    assert {"quote", "speaker", "speaker_code", "span"} <= set(documented("Quote"))
    assert {"name", "type", "code"} == set(documented("Entity"))


def store_columns() -> dict[str, list[tuple[str, str]]]:
    con = duckdb.connect()
    con.execute((resources.files("eventwire.store") / "schema.sql").read_text("utf-8"))
    rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "ORDER BY table_name, ordinal_position").fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, "TEXT" if dtype == "VARCHAR" else dtype))
    return out


@pytest.mark.parametrize("table", sorted(store_columns()))
def test_store_tables_documented(table):
    rows = DOCUMENTED.get(f"Table {table}")
    assert rows is not None, f"docs/schema.md has no '## Table {table}'"
    assert [(r["column"], r["type"]) for r in rows] == store_columns()[table]
    assert all(r["meaning"] for r in rows)


def test_no_documented_table_is_missing_from_the_store():
    tables = {h.removeprefix("Table ") for h in DOCUMENTED if h.startswith("Table ")}
    assert tables == set(store_columns())


def test_no_documented_record_is_missing_from_the_code():
    headings = {h for h in DOCUMENTED if not h.startswith("Table ")}
    assert headings == set(RECORDS) | {"Article output", "Entity"}


# -- errors -----------------------------------------------------------------------------------------

CODES = sorted(k for k in vars(Errors) if re.fullmatch(r"E\d{3}", k))


@pytest.mark.parametrize("code", CODES)
def test_error_code_documented(code):
    assert re.search(rf"^\| {code} \|", ERRORS_MD, re.M), f"{code} is not in a table of docs/errors.md"


def test_documented_error_codes_exist():
    assert sorted(set(re.findall(r"^\| (E\d{3}) \|", ERRORS_MD, re.M))) == CODES


def test_error_templates_format():
    """Every template formats with its own fields (a typo in a placeholder would raise KeyError)."""
    from eventwire.errors import EventwireError

    for code in CODES:
        names = re.findall(r"{(\w+)", getattr(Errors, code))
        assert str(EventwireError(code, **{n: "x" for n in names})).startswith(f"[{code}] ")


# -- CLI commands in the README ---------------------------------------------------------------------

def cli_commands() -> list[str]:
    import typer.main

    from eventwire.cli import app

    group = typer.main.get_command(app)
    out = []
    for name, cmd in group.commands.items():
        subs = getattr(cmd, "commands", None)
        out += [f"{name} {sub}" for sub in subs] if subs else [name]
    return sorted(out)


def test_cli_commands_found():
    assert {"extract", "ingest", "events", "show", "eval", "actors lookup", "export parquet", "export gdelt"} <= set(cli_commands())


@pytest.mark.parametrize("command", cli_commands())
def test_cli_command_in_readme(command):
    assert re.search(rf"\beventwire {re.escape(command)}\b", README), f"`eventwire {command}` is not in README.md"


# -- dictionary sizes in docs/data.md ------------------------------------------------------------------------------
DATA_MD = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
SIZE_DRIFT = 0.10  # a documented size may lag the data by this share before the docs must be brought up to date


def _documented_size(pattern: str) -> int:
    m = re.search(pattern, DATA_MD)
    assert m, f"docs/data.md no longer states a size matching {pattern!r}"
    return int(m.group(1).replace(",", ""))


@functools.lru_cache(maxsize=None)
def _live_sizes() -> dict[str, int]:
    from eventwire.coding.cameo import cameo_table
    from eventwire.coding.events import load_patterns
    from eventwire.coding.kb import load_kb

    kb = load_kb()
    kinds: dict[str, int] = {}
    for e in kb.entries.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    return {"countries": kinds.get("country", 0), "organisations": kinds.get("organisation", 0),
            "groups": kinds.get("group", 0), "people": kinds.get("person", 0),
            "roles": sum(len(e.roles) for e in kb.entries.values() if e.kind == "person"),
            "patterns": len(load_patterns()[0]), "cameo": len(cameo_table())}


DOCUMENTED_SIZES = {
    "countries": r"\| (\d[\d,]*) countries,", "organisations": r"read by the scorer only\) \| (\d[\d,]*) \|",
    "groups": r"Ghana's NPP: .*?\| (\d[\d,]*) \|", "people": r"\| (\d[\d,]*) people,",
    "roles": r"people, (\d[\d,]*) roles \|", "patterns": r"\| (\d[\d,]*) patterns \|", "cameo": r"\| (\d[\d,]*) codes \|",
}


@pytest.mark.parametrize("what", sorted(DOCUMENTED_SIZES))
def test_data_sizes_documented(what):
    """The sizes docs/data.md gives are the data's, within SIZE_DRIFT (datasette-style: docs kept in step)."""
    documented_size = _documented_size(DOCUMENTED_SIZES[what])
    live = _live_sizes()[what]
    assert abs(live - documented_size) <= SIZE_DRIFT * live, \
        f"docs/data.md says {documented_size} {what}; the data hold {live}: update the table"
