"""The DuckDB store: one file, one schema (``schema.sql``), idempotent by content hash."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb

from ..errors import ArticleError, EventwireError
from ..model import Article

SCHEMA_VERSION = "1"


class Store:
    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.con.execute((resources.files("eventwire.store") / "schema.sql").read_text("utf-8"))
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        except duckdb.Error as exc:
            raise EventwireError("E060", path=self.path, reason=str(exc).splitlines()[0]) from None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------
    def has(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE article_key = ?", [content_hash]).fetchone() is not None

    def add(self, article: Article) -> bool:
        """Store one coded article; False (and no change) when its text is already stored."""
        key = article.content_hash
        if self.has(key):
            return False
        versions = article.events[0].versions if article.events else {}
        if not versions:
            from .. import __version__
            from ..coding.kb import dictionary_version
            versions = {"pipeline": __version__, "coder": "", "patterns": "", "dictionary": dictionary_version()}
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
                key, article.id, article.url, article.title, article.published, article.text,
                article.tone.score if article.tone else None, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                versions.get("pipeline"), versions.get("coder"), versions.get("patterns"), versions.get("dictionary")])
            if article.actors:
                con.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?,?)", [
                    [key, a.id, a.name, a.code, a.kind, a.country, a.sector, a.entry, a.title, ",".join(a.members)]
                    for a in article.actors])
            if article.mentions:
                con.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)", [
                    [key, m.start, m.end, m.text, m.actor_id, m.sentence, m.resolution, m.ner_label] for m in article.mentions])
            if article.events:
                rows = []
                for n, e in enumerate(article.events):
                    ek = hashlib.sha256(f"{key}:{n}:{e.rule}:{e.source_id}:{e.target_id}".encode()).hexdigest()[:24]
                    p, d = e.place, e.date
                    rows.append([ek, key, article.id, article.published, e.source_actor, e.source_code, e.target_actor,
                                 e.target_code, e.cameo_code, e.cameo_root, e.quad_class, e.goldstein, e.plover_type,
                                 e.plover_mode, e.plover_context, e.mode, e.event_date, e.date_precision,
                                 d.text if d else None, d.recent if d else None,
                                 p.name if p else None, p.country if p else None, p.admin1 if p else None,
                                 p.latitude if p else None, p.longitude if p else None,
                                 e.sentence, e.sentence_index, e.span.start, e.span.end, e.trigger, e.confidence, e.rule,
                                 e.tone, e.versions.get("pipeline"), e.versions.get("coder"), e.versions.get("patterns"),
                                 e.versions.get("dictionary")])
                con.executemany("INSERT INTO events VALUES (" + ",".join("?" * 37) + ")", rows)
            if article.quotes:
                con.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)", [
                    [key, q.quote, q.speaker, q.speaker_code, q.cue, q.kind, q.span.start, q.span.end, q.sentence_index]
                    for q in article.quotes])
            if article.facts:
                con.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?)", [
                    [key, f.text, f.quantity, f.unit, f.measure, ",".join(f.actors), ",".join(c or "" for c in f.actor_codes),
                     f.span.start, f.span.end, f.sentence_index] for f in article.facts])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return True

    def add_error(self, error: ArticleError) -> None:
        self.con.execute("INSERT INTO ingest_errors VALUES (?,?,?,?,?)", [
            error.source, error.article_id, error.code, error.message, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])

    # -- reading ----------------------------------------------------------------------------------
    def events(self, *, actor: str | None = None, type: str | None = None, since: str | None = None,
               limit: int | None = None) -> list[dict]:
        sql = "SELECT * FROM events WHERE 1=1"
        args: list[object] = []
        if actor:
            sql += (" AND (source_code LIKE ? OR target_code LIKE ? OR lower(source_actor) LIKE lower(?)"
                    " OR lower(target_actor) LIKE lower(?))")
            args += [actor + "%", actor + "%", f"%{actor}%", f"%{actor}%"]
        if type:
            t = type.upper()
            sql += " AND (plover_type = ? OR cameo_code LIKE ? OR cameo_root = ?)"
            args += [t, type + "%", type]
        if since:
            sql += " AND coalesce(try_cast(event_date AS DATE), published) >= try_cast(? AS DATE)"
            args.append(since)
        sql += " ORDER BY published, article_id, span_start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, args)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        assert table in {"articles", "events", "quotes", "facts", "actors", "mentions", "ingest_errors"}
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def article(self, article_id: str) -> dict | None:
        cur = self.con.execute("SELECT * FROM articles WHERE article_id = ? OR article_key = ? LIMIT 1", [article_id, article_id])
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row)) if row else None

    # -- export -----------------------------------------------------------------------------------
    def export_parquet(self, directory: str | Path) -> list[Path]:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ("articles", "actors", "mentions", "events", "quotes", "facts", "ingest_errors"):
            path = out / f"{table}.parquet"
            self.con.execute(f"COPY {table} TO '{path.as_posix()}' (FORMAT parquet)")
            written.append(path)
        return written

    def export_gdelt(self, path: str | Path) -> int:
        """GDELT 2.0 event-table columns we can fill (tab-separated, no header, as GDELT ships)."""
        rows = self.con.execute("""
            SELECT event_key, strftime(coalesce(try_cast(event_date AS DATE), published), '%Y%m%d') AS day,
                   source_code, source_actor, substr(source_code, 1, 3), target_code, target_actor, substr(target_code, 1, 3),
                   cameo_code, substr(cameo_code, 1, 3), cameo_root, quad_class, goldstein, tone,
                   place_name, place_country, latitude, longitude, strftime(published, '%Y%m%d'), article_id
            FROM events ORDER BY published, article_id, span_start""").fetchall()
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write("\t".join("" if v is None else str(v) for v in r) + "\n")
        return len(rows)
