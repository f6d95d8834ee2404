"""The `eventwire` command line: thin wrappers over importable functions."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="eventwire: world news → coded events, actors and quotes.")
actors_app = typer.Typer(no_args_is_help=True, help="Look up the actor dictionaries.")
export_app = typer.Typer(no_args_is_help=True, help="Export the store (Parquet, GDELT).")
app.add_typer(actors_app, name="actors")
app.add_typer(export_app, name="export")
err = Console(stderr=True)
out = Console()

DB_OPTION = typer.Option("eventwire.duckdb", "--db", help="DuckDB file")


def _pipeline(min_confidence: float = 0.5, hypothetical: bool = False):
    from .pipeline import Pipeline, default_pipeline

    if min_confidence == 0.5 and not hypothetical:
        return default_pipeline()
    return Pipeline(min_confidence=min_confidence, hypothetical=hypothetical)


def _report(error) -> None:
    err.print(f"[red]{error.code}[/red] {error.article_id} ({error.source}): {error.message}", highlight=False)


def _items(files: List[Path], jsonl: Optional[Path], published: Optional[str]):
    from .ingest import read_inputs

    paths: list = list(files or [])
    if jsonl is not None:
        yield from read_inputs([jsonl], published=published, jsonl=True)
    if paths:
        yield from read_inputs(paths, published=published)


def _validate_published(published: Optional[str]) -> None:
    from .model import parse_date

    try:
        parse_date(published)
    except ValueError:
        err.print(f"[red]E007[/red] invalid --published {published!r}: expected YYYY-MM-DD")
        raise typer.Exit(2)


@app.command()
def extract(files: List[Path] = typer.Argument(None, help="Text/HTML files or directories"),
            jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="JSONL input: id, text[, published, url, title]"),
            published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD"),
            min_confidence: float = typer.Option(0.5, help="Drop events below this confidence"),
            hypothetical: bool = typer.Option(False, help="Also output hypothetical events")) -> None:
    """Code articles and write one JSON object per article to stdout."""
    if not files and jsonl is None:
        err.print("give FILE... or --jsonl IN.jsonl")
        raise typer.Exit(2)
    _validate_published(published)
    pipeline = _pipeline(min_confidence, hypothetical)
    failed = 0
    items = list(_items(files, jsonl, published))
    good = []
    for item in items:
        if item.error:
            failed += 1
            _report(item.error)
        else:
            good.append(item.article)
    for article in pipeline.pipe(good):
        sys.stdout.write(json.dumps(article.output(), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def ingest_paths(paths: List[Path], db: str, published: Optional[str] = None, progress: bool = True) -> dict:
    """Code and store every article under `paths`; returns counts. Importable for tests and bulk runs."""
    from rich.progress import Progress

    from .store import Store

    pipeline = _pipeline()
    counts = {"stored": 0, "unchanged": 0, "failed": 0}
    items = list(_items(paths, None, published))
    with Store(db) as store, Progress(console=err, disable=not progress, transient=True) as bar:
        task = bar.add_task("ingesting", total=len(items))
        todo = []
        for item in items:
            if item.error:
                counts["failed"] += 1
                store.add_error(item.error)
                _report(item.error)
                bar.advance(task)
            elif store.has(item.article.content_hash):
                counts["unchanged"] += 1
                bar.advance(task)
            else:
                todo.append(item.article)
        for article in pipeline.pipe(todo):
            counts["stored" if store.add(article) else "unchanged"] += 1
            bar.advance(task)
        counts["events_total"] = store.count("events")
    return counts


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files, directories or JSONL"),
           db: str = DB_OPTION,
           published: Optional[str] = typer.Option(None, "--published", help="Publication date for plain files"),
           progress: bool = typer.Option(True, help="Show a progress bar")) -> None:
    """Code and store articles in DuckDB (idempotent: the same text is stored once)."""
    _validate_published(published)
    counts = ingest_paths(paths, db, published, progress)
    err.print(f"stored {counts['stored']}, unchanged {counts['unchanged']}, failed {counts['failed']} "
              f"→ {db} ({counts['events_total']} events in store)")
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def events(db: str = DB_OPTION,
           actor: Optional[str] = typer.Option(None, help="Actor code prefix (RUS, MMRMIL) or name part"),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER type (CONSULT) or CAMEO code prefix (04, 043)"),
           since: Optional[str] = typer.Option(None, help="Events on or after YYYY-MM-DD"),
           limit: int = typer.Option(200, help="At most this many rows"),
           as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table")) -> None:
    """Print stored events as a table."""
    from .store import Store

    if not Path(db).exists():
        err.print(f"[red]E008[/red] no database at {db}: run `eventwire ingest` first")
        raise typer.Exit(2)
    with Store(db, read_only=True) as store:
        rows = store.events(actor=actor, type=type, since=since, limit=limit)
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("article", "date", "source", "code", "event", "target", "mode", "conf", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        date = r["event_date"] or (str(r["published"]) + "*" if r["published"] else "")
        table.add_row(str(r["article_id"]), date, f'{r["source_actor"]} [{r["source_code"]}]',
                      f'{r["cameo_code"]} {r["plover_type"] or ""}', r["trigger"],
                      f'{r["target_actor"]} [{r["target_code"]}]', r["mode"], f'{r["confidence"]:.2f}',
                      r["sentence"][:90])
    out.print(table)
    out.print("* no event date resolved: publication date shown", style="dim")


@app.command("eval")
def eval_cmd(gold: Path = typer.Argument(..., help="Gold JSONL (ANNOTATION.md format)"),
             as_json: bool = typer.Option(False, "--json", help="Print scores as JSON"),
             verbose: bool = typer.Option(False, "-v", help="List missed gold events")) -> None:
    """Score the coder against a gold file."""
    from .eval import evaluate, read_gold

    scores = evaluate(read_gold(gold), _pipeline())
    figures = scores.figures()
    if as_json:
        sys.stdout.write(json.dumps(scores.to_dict(), indent=2) + "\n")
        return
    table = Table(title=f"eval on {gold} ({scores.articles} articles, {scores.gold_events} gold events, "
                        f"{scores.predicted_events} predicted)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for k, v in figures.items():
        table.add_row(k, f"{v:.3f}")
    out.print(table)
    if verbose:
        for a in scores.per_article:
            for m in a["missed"]:
                out.print(f"  missed [{a['id']}] {m}", highlight=False)


@app.command()
def show(article_id: str = typer.Argument(..., help="Article id (or content hash)"), db: str = DB_OPTION) -> None:
    """Show a stored article with its actors, events and quotes marked up."""
    from .store import Store

    with Store(db, read_only=True) as store:
        art = store.article(article_id)
        if art is None:
            err.print(f"no article {article_id!r} in {db}")
            raise typer.Exit(1)
        key = art["article_key"]
        mentions = store.con.execute("SELECT m.start_char, m.end_char, a.code FROM mentions m JOIN actors a "
                                     "ON a.article_key = m.article_key AND a.actor_id = m.actor_id "
                                     "WHERE m.article_key = ? ORDER BY m.start_char", [key]).fetchall()
        evs = store.events()
        evs = [e for e in evs if e["article_key"] == key]
        quotes = store.con.execute("SELECT quote, speaker, speaker_code, kind FROM quotes WHERE article_key = ?", [key]).fetchall()
        facts = store.con.execute("SELECT text, measure, actor_codes FROM facts WHERE article_key = ?", [key]).fetchall()
    from rich.text import Text

    text = Text(art["text"])
    for s, e, code in mentions:
        text.stylize("bold cyan", s, e)
    for e in evs:
        text.stylize("underline", e["span_start"], e["span_end"])
    out.print(f"[bold]{art['article_id']}[/bold]  published {art['published']}  tone {art['tone']}")
    out.print(text)
    out.print("\n[bold]events[/bold]")
    for e in evs:
        out.print(f"  {e['source_actor']} [{e['source_code']}] —{e['cameo_code']} {e['plover_type']} ({e['mode']}, "
                  f"{e['event_date'] or 'date unknown'})→ {e['target_actor']} [{e['target_code']}]  rule {e['rule']}",
                  highlight=False)
    out.print("[bold]quotes[/bold]")
    for q, sp, code, kind in quotes:
        out.print(f"  {kind}: “{q[:100]}” — {sp} [{code}]", highlight=False)
    if facts:
        out.print("[bold]facts[/bold]")
        for t, m, codes in facts:
            out.print(f"  {t} ({m}) {codes}", highlight=False)


@actors_app.command("lookup")
def actors_lookup(name: str = typer.Argument(...), date: Optional[str] = typer.Option(None, help="YYYY-MM-DD")) -> None:
    """Who is NAME, and what code do they carry on DATE?"""
    from .coding.kb import load_kb
    from .model import parse_date

    day = parse_date(date)
    kb = load_kb()
    for entry, score in kb.search(name):
        role = entry.role_on(day)
        out.print(f"{entry.name} [{entry.code_on(day)}] {entry.kind}"
                  + (f" — {role.title}" if role and role.title else "") + f"  (match {score:.0f})", highlight=False)


@export_app.command("parquet")
def export_parquet(directory: Path, db: str = DB_OPTION) -> None:
    """Write every table as Parquet into DIRECTORY."""
    from .store import Store

    with Store(db, read_only=True) as store:
        for p in store.export_parquet(directory):
            out.print(str(p))


@export_app.command("gdelt")
def export_gdelt(path: Path, db: str = DB_OPTION) -> None:
    """Write events in GDELT 2.0 event-table layout (tab-separated)."""
    from .store import Store

    with Store(db, read_only=True) as store:
        n = store.export_gdelt(path)
    out.print(f"{n} events → {path}")


@app.command()
def info() -> None:
    """Versions of the pipeline, model and dictionaries."""
    from . import __version__
    from .coding.kb import dictionary_version, load_kb
    from .nlp.model import model_name

    kb = load_kb()
    kinds: dict[str, int] = {}
    for e in kb.entries.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    out.print({"eventwire": __version__, "spacy_model": model_name(), "dictionary_version": dictionary_version(),
               "dictionaries": kb.sources, "entries": kinds})


def main() -> None:
    from .errors import EventwireError

    try:
        app()
    except EventwireError as exc:
        err.print(f"[red]{exc}[/red]")
        sys.exit(2)


if __name__ == "__main__":
    main()
