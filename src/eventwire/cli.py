"""The `eventwire` command line: thin wrappers over importable functions.

Exit status: 0 when everything was processed; 1 when a batch ran but some inputs failed (each is
printed to stderr with its code and id, and `ingest` records it in the ``ingest_errors`` table) or
a looked-up item was not found; 2 for a usage error or a coded error that stops the command
(E007 bad date, E008 missing path or database, E050 bad gold file, E060 database error ...).
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="eventwire: world news → coded events, actors and quotes.")
actors_app = typer.Typer(no_args_is_help=True, help="Look up the actor dictionaries.")
export_app = typer.Typer(no_args_is_help=True, help="Export the store (Parquet, GDELT).")
app.add_typer(actors_app, name="actors")
app.add_typer(export_app, name="export")
err = Console(stderr=True, soft_wrap=True)
# Piped or captured output (make run, CI logs) has no terminal width: rich would fold every table
# to 80 columns, so it gets a width that keeps one event per line.
WIDE = 180
out = Console()
if not out.is_terminal and "COLUMNS" not in os.environ:
    out = Console(width=WIDE)

DB_OPTION = typer.Option("eventwire.duckdb", "--db", help="DuckDB file")
CHUNK = 64  # articles handed to the pipeline at a time (it batches them for spaCy)


def _coded(fn):
    """Print a coded `EventwireError` (without a traceback) and exit 2."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from .errors import EventwireError

        try:
            return fn(*args, **kwargs)
        except EventwireError as exc:
            err.print(f"[red]{escape(str(exc))}[/red]", highlight=False)
            raise typer.Exit(2) from None
    return wrapper


VERBS_HELP = "PETRARCH-2 verb dictionary whose patterns are added to eventwire's (repeatable)"
ACTORS_HELP = "PETRARCH actor or agent dictionary (the kind is told by its content) added to eventwire's (repeatable)"
DISCARDS_HELP = "PETRARCH discard file: sentences (or, for '+' lines, stories) holding its phrases give no events (repeatable)"
VERBS_ONLY_HELP = "Code with the --verbs dictionaries alone, leaving eventwire's own patterns out (as PETRARCH does)"
# the options of the commands that code articles (extract, ingest, eval), declared once as DB_OPTION is
VERBS_OPTION = typer.Option(None, "--verbs", help=VERBS_HELP)
VERBS_ONLY_OPTION = typer.Option(False, "--verbs-only", help=VERBS_ONLY_HELP)
DISCARDS_OPTION = typer.Option(None, "--discards", help=DISCARDS_HELP)
ACTORS_OPTION = typer.Option(None, "--actors", help=ACTORS_HELP)


def _pipeline(min_confidence: float = 0.5, hypothetical: bool = False, verbs: Optional[List[Path]] = None,
              verbs_only: bool = False, discards: Optional[List[Path]] = None, actors: Optional[List[Path]] = None):
    from .pipeline import Pipeline, default_pipeline

    if min_confidence == 0.5 and not hypothetical and not verbs and not verbs_only and not discards and not actors:
        return default_pipeline()
    return Pipeline(min_confidence=min_confidence, hypothetical=hypothetical,
                    verb_files=[str(v) for v in verbs or ()], verbs_only=verbs_only,
                    discard_files=[str(d) for d in discards or ()], actor_files=[str(a) for a in actors or ()])


def _report(error) -> None:
    err.print(f"[red]{error.code}[/red] {escape(error.article_id)} ({escape(error.source)}): {escape(error.message)}",
              highlight=False)


def _items(files: Optional[List[Path]], jsonl: Optional[Path], published: Optional[str]):
    from .ingest import read_inputs

    if jsonl is not None:
        yield from read_inputs([jsonl], published=published, jsonl=True)
    if files:
        yield from read_inputs(list(files), published=published)


def _date_option(value: Optional[str], option: str = "--published"):
    """Parse a YYYY-MM-DD option or stop with E007 (exit 2) before any work is done."""
    from .errors import Errors
    from .model import parse_date

    try:
        return parse_date(value)
    except ValueError:
        err.print(f"[red]E007[/red] {option}: {escape(Errors.E007.format(value=value))}", highlight=False)
        raise typer.Exit(2) from None


def _side(actor: Optional[str], code: Optional[str]) -> str:
    """One side of an event for display; the missing side of a one-sided event is a dash."""
    return f"{actor} [{code}]" if code else "—"


def _need_db(db: str) -> None:
    if not Path(db).is_file():
        from .errors import Errors

        err.print(f"[red]E008[/red] {escape(Errors.E008.format(path=db))} (run `eventwire ingest` first)",
                  highlight=False)
        raise typer.Exit(2)


def _failure(item, exc: BaseException):
    """The `ArticleError` for an article the pipeline or the store could not handle."""
    from .errors import ArticleError, Errors, EventwireError

    if isinstance(exc, EventwireError):
        message = str(exc).removeprefix(f"[{exc.code}] ")
        return ArticleError(item.article.id, exc.code, message, item.source)
    reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]
    return ArticleError(item.article.id, "E099", Errors.E099.format(reason=reason), item.source)


def code_items(get_pipeline, items: Iterable) -> Iterator[tuple[object, object, object]]:
    """(item, coded Article or None, ArticleError or None) for each good `IngestItem`, in order.

    Articles go to the pipeline in chunks; when a chunk fails, its articles are coded one by one
    so that one article that breaks the pipeline costs only itself (E099), never the batch.
    `get_pipeline` is called only when there is something to code."""
    chunk: list = []

    def flush():
        pipeline = get_pipeline()
        try:
            coded = list(pipeline.pipe(i.article for i in chunk))
        except Exception:  # noqa: BLE001 — retried one by one to find the culprit
            for item in chunk:
                try:
                    yield item, next(iter(pipeline.pipe([item.article]))), None
                except Exception as exc:  # noqa: BLE001
                    yield item, None, _failure(item, exc)
        else:
            for item, article in zip(chunk, coded):
                yield item, article, None
        chunk.clear()

    for item in items:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield from flush()
    if chunk:
        yield from flush()


@app.command()
@_coded
def extract(files: List[Path] = typer.Argument(None, help="Text/HTML files or directories"),
            jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="JSONL input: id, text[, published, url, title]"),
            published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD"),
            min_confidence: float = typer.Option(0.5, help="Drop events below this confidence"),
            hypothetical: bool = typer.Option(False, help="Also output hypothetical events"),
            verbs: Optional[List[Path]] = VERBS_OPTION,
            verbs_only: bool = VERBS_ONLY_OPTION,
            discards: Optional[List[Path]] = DISCARDS_OPTION,
            actors: Optional[List[Path]] = ACTORS_OPTION) -> None:
    """Code articles and write one JSON object per article to stdout."""
    if not files and jsonl is None:
        err.print("give FILE... or --jsonl IN.jsonl")
        raise typer.Exit(2)
    _date_option(published)
    failed = 0

    def good():
        nonlocal failed
        for item in _items(files, jsonl, published):
            if item.error:
                failed += 1
                _report(item.error)
            else:
                yield item

    try:
        for item, article, error in code_items(lambda: _pipeline(min_confidence, hypothetical, verbs, verbs_only, discards, actors), good()):
            if error:
                failed += 1
                _report(error)
                continue
            sys.stdout.write(json.dumps(article.output(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `eventwire extract ... | head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    if failed:
        raise typer.Exit(1)


def ingest_paths(paths: List[Path], db: str, published: Optional[str] = None, progress: bool = True,
                 verbs: Optional[List[Path]] = None, verbs_only: bool = False,
                 discards: Optional[List[Path]] = None, actors: Optional[List[Path]] = None) -> dict:
    """Code and store every article under `paths`; returns counts. Importable for tests and bulk runs.

    Idempotent: an article whose text is already stored is not coded again; a failed input is
    recorded once in ``ingest_errors`` (and forgotten when a later run stores it)."""
    from rich.progress import Progress

    from .store import Store

    counts = {"stored": 0, "unchanged": 0, "failed": 0}

    with Store(db) as store, Progress(console=err, disable=not progress, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def fail(error) -> None:
            counts["failed"] += 1
            store.add_error(error)
            _report(error)
            bar.advance(task)

        def todo():
            for item in _items(paths, None, published):
                if item.error:
                    fail(item.error)
                elif store.has(item.article.content_hash):
                    counts["unchanged"] += 1
                    store.resolve_errors(item.source)
                    bar.advance(task)
                else:
                    yield item

        for item, article, error in code_items(lambda: _pipeline(verbs=verbs, verbs_only=verbs_only, discards=discards, actors=actors), todo()):
            if error is None:
                try:
                    counts["stored" if store.add(article) else "unchanged"] += 1
                    store.resolve_errors(item.source)
                    bar.advance(task)
                    continue
                except Exception as exc:  # noqa: BLE001 — one article the store refuses
                    error = _failure(item, exc)
            fail(error)
        counts["articles_total"] = store.count("articles")
        counts["events_total"] = store.count("events")
    return counts


@app.command()
@_coded
def ingest(paths: List[Path] = typer.Argument(..., help="Files, directories or JSONL"),
           db: str = DB_OPTION,
           published: Optional[str] = typer.Option(None, "--published", help="Publication date for plain files"),
           progress: bool = typer.Option(True, help="Show a progress bar"),
           verbs: Optional[List[Path]] = VERBS_OPTION,
           verbs_only: bool = VERBS_ONLY_OPTION,
           discards: Optional[List[Path]] = DISCARDS_OPTION,
           actors: Optional[List[Path]] = ACTORS_OPTION) -> None:
    """Code and store articles in DuckDB (idempotent: the same text is stored once)."""
    _date_option(published)
    counts = ingest_paths(paths, db, published, progress, verbs, verbs_only, discards, actors)
    err.print(f"stored {counts['stored']}, unchanged {counts['unchanged']}, failed {counts['failed']} "
              f"→ {escape(db)} ({counts['articles_total']} articles, {counts['events_total']} events in store)",
              highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
@_coded
def events(db: str = DB_OPTION,
           actor: Optional[str] = typer.Option(None, help="Actor code prefix (RUS, MMRMIL) or name part"),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER type (CONSULT) or CAMEO code prefix (04, 043)"),
           since: Optional[str] = typer.Option(None, help="Events on or after YYYY-MM-DD"),
           limit: int = typer.Option(200, help="At most this many rows"),
           as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table")) -> None:
    """Print stored events as a table."""
    from .store import Store

    _date_option(since, "--since")
    _need_db(db)
    with Store(db, read_only=True) as store:
        rows = store.events(actor=actor, type=type, since=since, limit=limit)
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("article", "date", "source", "code", "event", "target", "mode", "conf"):
        table.add_column(col, overflow="fold", max_width=30)
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, min_width=30, max_width=70)
    for r in rows:
        date = r["event_date"] or (str(r["published"]) + "*" if r["published"] else "")
        table.add_row(*(escape(str(v)) for v in (
            r["article_id"], date, _side(r["source_actor"], r["source_code"]),
            f'{r["cameo_code"]} {r["plover_type"] or ""}', r["trigger"],
            _side(r["target_actor"], r["target_code"]), r["mode"], f'{r["confidence"]:.2f}', r["sentence"])))
    out.print(table)
    if any(not r["event_date"] and r["published"] for r in rows):
        out.print("* no event date resolved: publication date shown", style="dim")


@app.command("eval")
@_coded
def eval_cmd(gold: Path = typer.Argument(..., help="Gold JSONL (ANNOTATION.md format)"),
             as_json: bool = typer.Option(False, "--json", help="Print scores as JSON"),
             verbose: bool = typer.Option(False, "-v", help="List missed gold events, matched ones whose mode or date disagrees, and predictions on gold sentences that match none"),
             verbs: Optional[List[Path]] = VERBS_OPTION,
             verbs_only: bool = VERBS_ONLY_OPTION,
             discards: Optional[List[Path]] = DISCARDS_OPTION,
             actors: Optional[List[Path]] = ACTORS_OPTION) -> None:
    """Score the coder against a gold file."""
    from .eval import evaluate, read_gold

    scores = evaluate(read_gold(gold), _pipeline(verbs=verbs, verbs_only=verbs_only, discards=discards, actors=actors))
    figures = scores.figures()
    if as_json:
        sys.stdout.write(json.dumps(scores.to_dict(), indent=2) + "\n")
        return
    table = Table(title=escape(f"eval on {gold} ({scores.articles} articles, {scores.gold_events} gold events, "
                               f"{scores.predicted_events} predicted, {scores.one_sided_events} one-sided not scored)"))
    table.add_column("measure")
    table.add_column("value", justify="right")
    for k, v in figures.items():
        table.add_row(k, f"{v:.3f}")
    out.print(table)
    if scores.miss_causes:
        from .eval.score import MISS_CAUSES

        causes = Table(title="missed gold events by cause")
        causes.add_column("cause")
        causes.add_column("events", justify="right")
        causes.add_column("meaning")
        for k in MISS_CAUSES:
            if scores.miss_causes.get(k):
                causes.add_row(k, str(scores.miss_causes[k]), MISS_CAUSES[k])
        causes.add_row("(no trigger word)", str(scores.misses_without_trigger),
                       "of all the misses above, those whose sentence holds no trigger word of any pattern of the gold root")
        out.print(causes)
    if scores.miss_rejections:
        rej = Table(title="missed gold events with a trigger word, by what rejected the nearest pattern of the gold root")
        rej.add_column("class")
        rej.add_column("events", justify="right")
        rej.add_column("no_event_actors_found", justify="right")
        for k, (n, both) in sorted(scores.miss_rejections.items(), key=lambda kv: -kv[1][0]):
            rej.add_row(k, str(n), str(both))
        out.print(rej)
    if verbose:
        for a in scores.per_article:
            for m, why in zip(a["missed"], a.get("missed_why") or [[]] * len(a["missed"])):
                out.print(f"  missed [{a['id']}] {m}", highlight=False, markup=False)
                for w in why:
                    out.print(f"      nearest: {w}", highlight=False, markup=False)
            for m in a["mode_wrong"]:
                out.print(f"  mode [{a['id']}] {m}", highlight=False, markup=False)
            for m in a["date_wrong"]:
                out.print(f"  date [{a['id']}] {m}", highlight=False, markup=False)
            for m in a.get("unmatched", ()):
                out.print(f"  unmatched [{a['id']}] {m}", highlight=False, markup=False)


@app.command()
@_coded
def show(article_id: str = typer.Argument(..., help="Article id (or content hash)"), db: str = DB_OPTION) -> None:
    """Show a stored article with its actors, events and quotes marked up."""
    from rich.text import Text

    from .store import Store

    _need_db(db)
    with Store(db, read_only=True) as store:
        art = store.article(article_id)
        if art is None:
            err.print(f"no article {escape(repr(article_id))} in {escape(db)}", highlight=False)
            raise typer.Exit(1)
        key = art["article_key"]
        mentions = store.con.execute("SELECT m.start_char, m.end_char, a.code FROM mentions m JOIN actors a "
                                     "ON a.article_key = m.article_key AND a.actor_id = m.actor_id "
                                     "WHERE m.article_key = ? ORDER BY m.start_char", [key]).fetchall()
        evs = store.events(article_key=key)
        quotes = store.con.execute("SELECT quote, speaker, speaker_code, kind FROM quotes WHERE article_key = ? "
                                   "ORDER BY span_start", [key]).fetchall()
        facts = store.con.execute("SELECT text, measure, actor_codes FROM facts WHERE article_key = ? "
                                  "ORDER BY span_start", [key]).fetchall()

    text = Text(art["text"])
    for s, e, code in mentions:
        text.stylize("bold cyan", s, e)
    for e in evs:
        text.stylize("underline", e["span_start"], e["span_end"])
    out.print(Text(f"{art['article_id']}", style="bold") + Text(f"  published {art['published']}  tone {art['tone']}"))
    if art["title"]:
        out.print(Text(art["title"], style="bold"))
    out.print(text)
    out.print("\n[bold]events[/bold]")
    for e in evs:
        when = e["event_date"] or ("recently" if e["date_recent"] else "date unknown")
        where = f", in {e['place_name']}" + (f" {e['place_country']}" if e["place_country"] else "") if e["place_name"] else ""
        out.print(f"  {_side(e['source_actor'], e['source_code'])} —{e['cameo_code']} {e['plover_type'] or ''} ({e['mode']}, "
                  f"{when}{where})→ {_side(e['target_actor'], e['target_code'])}  rule {e['rule']}",
                  highlight=False, markup=False)
    out.print("[bold]quotes[/bold]")
    for q, sp, code, kind in quotes:
        out.print(f"  {kind}: “{q[:100]}” — {sp} [{code}]", highlight=False, markup=False)
    if facts:
        out.print("[bold]facts[/bold]")
        for t, m, codes in facts:
            out.print(f"  {t} ({m}) {codes}", highlight=False, markup=False)


@actors_app.command("lookup")
@_coded
def actors_lookup(name: str = typer.Argument(...), date: Optional[str] = typer.Option(None, help="YYYY-MM-DD")) -> None:
    """Who is NAME, and what code do they carry on DATE?"""
    from .coding.kb import load_kb

    day = _date_option(date, "--date")
    kb = load_kb()
    found = kb.search(name)
    if not found:
        err.print(f"no actor matches {escape(repr(name))}", highlight=False)
        raise typer.Exit(1)
    for entry, score in found:
        role = entry.role_on(day)
        out.print(f"{entry.name} [{entry.code_on(day)}] {entry.kind}"
                  + (f" — {role.title}" if role and role.title else "") + f"  (match {score:.0f})",
                  highlight=False, markup=False)


@export_app.command("parquet")
@_coded
def export_parquet(directory: Path, db: str = DB_OPTION) -> None:
    """Write every table as Parquet into DIRECTORY."""
    from .store import Store

    _need_db(db)
    with Store(db, read_only=True) as store:
        for p in store.export_parquet(directory):
            out.print(str(p), highlight=False, markup=False)


@export_app.command("gdelt")
@_coded
def export_gdelt(path: Path, db: str = DB_OPTION) -> None:
    """Write events in the GDELT 2.0 event-table layout (61 tab-separated columns, no header)."""
    from .store import Store

    _need_db(db)
    with Store(db, read_only=True) as store:
        n = store.export_gdelt(path)
    out.print(f"{n} events → {path}", highlight=False, markup=False)


@app.command()
@_coded
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
        err.print(f"[red]{escape(str(exc))}[/red]", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
