"""The `eventwire` command as a user runs it: real subprocesses of the venv's `eventwire` script, a
real spaCy model and a real DuckDB file. Where one more process would only repeat the model load
(extract on JSONL, eval), `typer.testing.CliRunner` runs the same app in-process, sharing
`default_pipeline()` with the rest of the test session.

Issue 2's contract: bad input gets a coded error and loses nothing."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire import cli
from eventwire.errors import ArticleError
from eventwire.model import Article

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "examples"
SEED = SHARED / "seed.txt"
DEV_GOLD = SHARED / "dev-gold.jsonl"
EXAMPLES = ROOT / "examples"
EVENTWIRE = Path(sys.executable).parent / "eventwire"
if not EVENTWIRE.exists():  # pragma: no cover — a venv always has it next to python
    EVENTWIRE = Path(shutil.which("eventwire") or "eventwire")

ARTICLE_KEYS = {"id", "url", "published", "events", "quotes", "entities"}
EVENT_KEYS = {"source_actor", "source_code", "target_actor", "target_code", "cameo_code", "cameo_root", "quad_class",
              "goldstein", "plover_type", "mode", "event_date", "sentence", "span", "confidence", "rule"}
QUOTE_KEYS = {"quote", "speaker", "speaker_code", "span"}
ENTITY_KEYS = {"name", "type", "code"}

GOOD = {"seed", "trade-summit", "gaza-aid"}
BAD = {("empty", "E001"), ("binary", "E002"), ("latin1", "E003"), ("huge", "E004"), ("feed:2", "E005"),
       ("no-text", "E006")}

if not SEED.exists():
    pytest.skip("../shared/examples is not available", allow_module_level=True)


def run(*args: str, env: dict | None = None, timeout: int = 1800) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_MAX_BYTES"}
    environ.update({"COLUMNS": "200", "NO_COLOR": "1"}, **(env or {}))
    return subprocess.run([str(EVENTWIRE), *args], capture_output=True, text=True, env=environ, timeout=timeout,
                          cwd=ROOT)


def check_article(obj: dict) -> None:
    assert ARTICLE_KEYS <= set(obj)
    for e in obj["events"]:
        assert EVENT_KEYS <= set(e), EVENT_KEYS - set(e)
        assert set(e["span"]) == {"start", "end"} and 0 <= e["span"]["start"] < e["span"]["end"]
        assert e["cameo_code"].startswith(e["cameo_root"]) and 1 <= e["quad_class"] <= 4
        assert -10 <= e["goldstein"] <= 10 and 0 <= e["confidence"] <= 1
        assert e["mode"] in {"happened", "planned", "denied", "hypothetical"}
    for q in obj["quotes"]:
        assert QUOTE_KEYS <= set(q) and set(q["span"]) == {"start", "end"}
    for ent in obj["entities"]:
        assert set(ent) == ENTITY_KEYS


# -- extract ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_extract():
    return run("extract", str(SEED), "--published", "2025-03-05")


def test_extract_text_file(seed_extract):
    assert seed_extract.returncode == 0, seed_extract.stderr
    lines = seed_extract.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    check_article(obj)
    assert obj["id"] == "seed" and obj["published"] == "2025-03-05" and obj["url"] is None
    assert obj["events"] and obj["quotes"] and obj["entities"]
    text = SEED.read_text(encoding="utf-8").strip()
    for e in obj["events"]:
        assert e["sentence"] in text
        assert text[e["span"]["start"]:e["span"]["end"]] in e["sentence"]
    for q in obj["quotes"]:
        assert text[q["span"]["start"]:q["span"]["end"]] == q["quote"]
    assert {"name": "Min Aung Hlaing", "type": "person", "code": "MMRMIL"} in obj["entities"]


def test_extract_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    seed = SEED.read_text(encoding="utf-8")
    gaza = (EXAMPLES / "gaza-aid.txt").read_text(encoding="utf-8")
    src.write_text(json.dumps({"id": "s1", "text": seed, "published": "2025-03-05", "url": "https://n.test/s1"}) + "\n"
                   + json.dumps({"id": "g1", "text": gaza, "published": "2026-01-20", "title": "Aid"}) + "\n",
                   encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["extract", "--jsonl", str(src)])
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in objs] == ["s1", "g1"]
    for o in objs:
        check_article(o)
    assert (objs[0]["url"], objs[0]["published"], objs[1]["title"]) == ("https://n.test/s1", "2025-03-05", "Aid")
    assert objs[0]["events"] and objs[1]["events"]


def test_extract_bad_published_is_e007():
    r = run("extract", str(SEED), "--published", "05/03/2025")
    assert r.returncode == 2
    assert "E007" in r.stderr and "05/03/2025" in r.stderr
    assert r.stdout == ""


def test_extract_size_limit_from_environment():
    r = run("extract", str(SEED), env={"EVENTWIRE_MAX_BYTES": "100"})
    assert r.returncode == 1 and r.stdout == ""
    assert "E004" in r.stderr and "seed" in r.stderr and "limit 100" in r.stderr


def test_extract_needs_input():
    r = run("extract")
    assert r.returncode == 2


# -- ingest: a batch with every kind of bad input -------------------------------------------------------

@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("batch")
    shutil.copy(SEED, d / "seed.txt")
    shutil.copy(EXAMPLES / "trade-summit.txt", d / "trade-summit.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "latin1.txt").write_bytes("Le président s'est rendu à Bamako.".encode("latin-1"))
    (d / "huge.txt").write_bytes((SEED.read_bytes() + b"\n") * (5_000_000 // SEED.stat().st_size + 1))
    gaza = (EXAMPLES / "gaza-aid.txt").read_text(encoding="utf-8")
    (d / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "gaza-aid", "text": gaza, "published": "2026-01-20", "url": "https://n.test/gaza"}),
        '{"id": "broken", "text": "an unterminated string',
        json.dumps({"id": "no-text", "title": "A record without text"}),
    ]) + "\n", encoding="utf-8")
    assert (d / "huge.txt").stat().st_size > 5_000_000
    return d


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "quotes", "actors", "mentions", "facts", "ingest_errors")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def ingested(batch, tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "events.duckdb"
    first = run("ingest", str(batch), "--db", str(db), "--published", "2025-03-05", "--no-progress")
    counts = table_counts(db) if db.exists() else None
    second = run("ingest", str(batch), "--db", str(db), "--published", "2025-03-05", "--no-progress")
    return db, first, counts, second


def test_ingest_stores_every_good_article(ingested):
    db, first, counts, _ = ingested
    assert counts is not None, first.stderr
    con = duckdb.connect(str(db), read_only=True)
    ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    per_article = dict(con.execute("SELECT article_id, count(*) FROM events GROUP BY 1").fetchall())
    url = con.execute("SELECT url FROM articles WHERE article_id = 'gaza-aid'").fetchone()[0]
    con.close()
    assert ids == GOOD
    assert set(per_article) == GOOD  # every good article got coded events
    assert url == "https://n.test/gaza"


def test_ingest_records_every_bad_input(ingested, batch):
    db, first, _, _ = ingested
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT article_id, code, source, message FROM ingest_errors").fetchall()
    con.close()
    assert {(r[0], r[1]) for r in rows} == BAD
    sources = {r[0]: r[2] for r in rows}
    assert sources["empty"] == str(batch / "empty.txt") and sources["feed:2"] == f"{batch / 'feed.jsonl'}:2"
    assert all(r[3] for r in rows)


def test_ingest_reports_each_failure_and_exits_1(ingested):
    _, first, _, _ = ingested
    assert first.returncode == 1, first.stderr
    lines = first.stderr.splitlines()
    for article_id, code in BAD:
        assert any(line.startswith(f"{code} {article_id} ") for line in lines), (code, article_id, first.stderr)
    assert "stored 3, unchanged 0, failed 6" in first.stderr


def test_ingest_again_adds_nothing(ingested):
    db, _, counts, second = ingested
    assert second.returncode == 1  # the same bad inputs fail again ...
    assert "stored 0, unchanged 3, failed 6" in second.stderr
    assert table_counts(db) == counts  # ... and nothing is added: not articles, events, nor error rows


def test_good_batch_exits_0(tmp_path):
    """The exit status 1 above is due to the failed inputs only."""
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / "seed.txt")
    db = tmp_path / "good.duckdb"
    result = CliRunner().invoke(cli.app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2025-03-05",
                                          "--no-progress"])
    assert result.exit_code == 0, result.output
    assert table_counts(db)["articles"] == 1 and table_counts(db)["ingest_errors"] == 0


# -- reading the store -----------------------------------------------------------------------------------

def events_json(db: Path, *args: str) -> list[dict]:
    r = run("events", "--db", str(db), "--json", "--limit", "10000", *args)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_events_filters(ingested):
    db = ingested[0]
    every = events_json(db)
    assert len(every) == table_counts(db)["events"]

    mmr = events_json(db, "--actor", "MMR")
    assert 0 < len(mmr) < len(every)
    assert all((e["source_code"] or "").startswith("MMR") or (e["target_code"] or "").startswith("MMR")
               or "mmr" in (e["source_actor"] + e["target_actor"]).lower() for e in mmr)

    kind = next(e["plover_type"] for e in every if e["plover_type"])
    typed = events_json(db, "--type", kind)
    assert typed and all(e["plover_type"] == kind for e in typed)
    assert len(typed) == sum(e["plover_type"] == kind for e in every)

    root = events_json(db, "--type", "04")
    assert all(e["cameo_code"].startswith("04") for e in root)

    since = events_json(db, "--since", "2026-01-01")
    assert 0 < len(since) < len(every)
    assert "gaza-aid" in {e["article_id"] for e in since} and "seed" not in {e["article_id"] for e in since}
    kept = {e["event_key"] for e in since}
    for e in every:  # on or after: the last day of the event's period (or its article's date) >= since
        last = period_end(e["event_date"]) or e["published"]
        assert (e["event_key"] in kept) == (last >= "2026-01-01"), e


def period_end(value: str | None) -> str | None:
    import calendar

    if not value:
        return None
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        y, m = map(int, value.split("-"))
        return f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return value


def test_events_table(ingested):
    r = run("events", "--db", str(ingested[0]), "--actor", "RUS")
    assert r.returncode == 0, r.stderr
    assert "events" in r.stdout and "RUS" in r.stdout
    # the footnote on starred dates only when a row shows its publication date for want of an event date
    starred = any(not e["event_date"] and e["published"] for e in events_json(ingested[0], "--actor", "RUS"))
    assert ("publication date shown" in r.stdout) == starred


def test_events_table_footnote_only_for_starred_dates(tmp_path):
    """The footnote on starred dates is printed only when a row shows its publication date; an article ingested with
    no publication date and no date in its text has none to show."""
    text = tmp_path / "undated.txt"
    text.write_text("Russia condemned Ukraine. Putin hosted Min Aung Hlaing.", encoding="utf-8")
    db = tmp_path / "u.duckdb"
    assert run("ingest", str(text), "--db", str(db), "--no-progress").returncode == 0
    rows = events_json(db)
    assert rows and not any(e["event_date"] or e["published"] for e in rows)
    r = run("events", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "Russia" in r.stdout and "publication date shown" not in r.stdout


def test_events_bad_since_and_missing_db(ingested, tmp_path):
    r = run("events", "--db", str(ingested[0]), "--since", "yesterday")
    assert r.returncode == 2 and "E007" in r.stderr
    r = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2 and "E008" in r.stderr


def test_show(ingested):
    r = run("show", "seed", "--db", str(ingested[0]))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("seed  published 2025-03-05")
    assert "Russian President Vladimir Putin recently hosted" in r.stdout
    assert "events" in r.stdout and "quotes" in r.stdout and "MMRMIL" in r.stdout
    missing = run("show", "no-such-article", "--db", str(ingested[0]))
    assert missing.returncode == 1 and "no-such-article" in missing.stderr


def test_export_parquet(ingested, tmp_path):
    db = ingested[0]
    r = run("export", "parquet", str(tmp_path / "pq"), "--db", str(db))
    assert r.returncode == 0, r.stderr
    counts = table_counts(db)
    con = duckdb.connect()
    for table, n in counts.items():
        path = tmp_path / "pq" / f"{table}.parquet"
        assert str(path) in r.stdout
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == n
    ids = {row[0] for row in con.execute("SELECT article_id FROM read_parquet(?)",
                                         [str(tmp_path / "pq" / "articles.parquet")]).fetchall()}
    assert ids == GOOD


def test_export_gdelt(ingested, tmp_path):
    db = ingested[0]
    out = tmp_path / "events.tsv"
    r = run("export", "gdelt", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    n = table_counts(db)["events"]
    assert f"{n} events" in r.stdout
    rows = duckdb.connect().execute(
        "SELECT * FROM read_csv(?, delim='\t', header=false, all_varchar=true)", [str(out)]).fetchall()
    assert len(rows) == n and all(len(row) == 61 for row in rows)
    con = duckdb.connect(str(db), read_only=True)
    codes = sorted(r[0] for r in con.execute("SELECT cameo_code FROM events").fetchall())
    con.close()
    assert sorted(row[26] for row in rows) == codes  # EventCode is column 27


# -- eval, actors ----------------------------------------------------------------------------------------

def test_eval_prints_measures():
    runner = CliRunner()
    result = runner.invoke(cli.app, ["eval", str(DEV_GOLD)])
    assert result.exit_code == 0, result.output
    for measure in ("event_recall_actor", "event_precision_actor", "event_f1_actor", "event_recall_strict",
                    "cameo_root_accuracy", "quote_recall", "speaker_accuracy", "entity_recall"):
        assert measure in result.stdout
    as_json = runner.invoke(cli.app, ["eval", str(DEV_GOLD), "--json"])
    assert as_json.exit_code == 0
    scores = json.loads(as_json.stdout)
    assert scores["articles"] >= 1 and scores["gold_events"] > 0
    assert 0 < scores["figures"]["event_recall_actor"] <= 1


def test_eval_bad_gold(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["eval", str(bad)])
    assert result.exit_code == 2 and "E050" in result.stderr
    result = CliRunner().invoke(cli.app, ["eval", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2 and "E008" in result.stderr


def test_actors_lookup():
    r = run("actors", "lookup", "Min Aung Hlaing", "--date", "2015-06-01")
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert first.startswith("Min Aung Hlaing [MMRMIL]")
    bad = run("actors", "lookup", "Min Aung Hlaing", "--date", "June 2015")
    assert bad.returncode == 2 and "E007" in bad.stderr


# -- one article that breaks the pipeline costs only itself ---------------------------------------------

class BrittlePipeline:
    """Codes nothing, and fails on any article whose text contains BOOM (as a bug would)."""

    def __init__(self):
        self.calls = 0

    def pipe(self, articles):
        self.calls += 1
        for a in articles:
            if "BOOM" in a.text:
                raise RuntimeError("stage crashed")
            yield a


def test_one_failing_article_does_not_stop_the_batch(tmp_path, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    for name, text in [("a", "Alpha text."), ("b", "Bravo BOOM text."), ("c", "Charlie text."), ("d", "")]:
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    fake = BrittlePipeline()
    monkeypatch.setattr(cli, "_pipeline", lambda *a, **k: fake)
    db = tmp_path / "x.duckdb"
    counts = cli.ingest_paths([d], str(db), progress=False)
    assert (counts["stored"], counts["failed"]) == (2, 2)
    con = duckdb.connect(str(db), read_only=True)
    assert sorted(con.execute("SELECT article_id, code FROM ingest_errors").fetchall()) == [("b", "E099"), ("d", "E001")]
    message = con.execute("SELECT message FROM ingest_errors WHERE code = 'E099'").fetchone()[0]
    assert "RuntimeError: stage crashed" in message
    con.close()

    # the inputs are fixed: the next run stores them and forgets their errors
    (d / "b.txt").write_text("Bravo text.", encoding="utf-8")
    (d / "d.txt").write_text("Delta text.", encoding="utf-8")
    counts = cli.ingest_paths([d], str(db), progress=False)
    assert (counts["stored"], counts["unchanged"], counts["failed"]) == (2, 2, 0)
    assert table_counts(db)["ingest_errors"] == 0


def test_nothing_to_code_loads_no_pipeline(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")

    def explode():
        raise AssertionError("the pipeline was loaded for nothing")

    assert list(cli.code_items(explode, iter(()))) == []
    counts = cli.ingest_paths([tmp_path / "empty.txt"], str(tmp_path / "x.duckdb"), progress=False)
    assert counts["failed"] == 1


def test_code_items_keeps_order_across_chunks(monkeypatch):
    from eventwire.ingest import IngestItem

    monkeypatch.setattr(cli, "CHUNK", 3)
    items = [IngestItem(Article(id=str(n), text="BOOM" if n == 4 else f"t{n}"), None, f"s{n}") for n in range(8)]
    fake = BrittlePipeline()
    got = [(i.article.id, c is not None, e.code if isinstance(e, ArticleError) else None)
           for i, c, e in cli.code_items(lambda: fake, items)]
    assert got == [(str(n), n != 4, "E099" if n == 4 else None) for n in range(8)]


def test_output_does_not_depend_on_the_string_hash_seed(tmp_path):
    """Two processes with different PYTHONHASHSEED code the same articles identically: actor ids
    (and so the order of events and entities) once followed set order when two actors began at the
    same character ("Egyptian and Qatari mediators")."""
    args = [str(EVENTWIRE), "extract", str(EXAMPLES / "gaza-aid.txt"), str(EXAMPLES / "ukraine-talks.txt"),
            "--published", "2026-11-28"]
    runs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    outputs = []
    for run in runs:  # both at once: the model load is most of each run's time
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        outputs.append(out)
    assert outputs[0].count("\n") == 2
    assert outputs[0] == outputs[1]


def test_python_dash_m_runs_the_cli():
    """`python -m eventwire` is the same CLI as the `eventwire` script (no model load: `info --help`)."""
    proc = subprocess.run([sys.executable, "-m", "eventwire", "info", "--help"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Usage" in proc.stdout and "info" in proc.stdout
