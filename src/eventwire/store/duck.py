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
                                 e.versions.get("dictionary"), p.feature if p else None, e.source_group, e.target_group])
                con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
                                rows)
            if article.quotes:
                con.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)", [
                    [key, q.quote, q.speaker, q.speaker_code, q.cue, q.kind, q.span.start, q.span.end, q.sentence_index]
                    for q in article.quotes])
            if article.facts:
                con.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?)", [
                    [key, f.text, f.quantity, f.unit, f.measure, ",".join(f.actors), ",".join(c or "" for c in f.actor_codes),
                     f.span.start, f.span.end, f.sentence_index] for f in article.facts])
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, (duckdb.Error, UnicodeError)):
                raise EventwireError("E060", path=self.path, reason=str(exc).splitlines()[0]) from exc
            raise
        return True

    def add_error(self, error: ArticleError) -> None:
        """Record an input that failed. Idempotent: the same failure of the same input is kept once
        (with the time it was last seen), so re-running a batch does not grow the table."""
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM ingest_errors WHERE source = ? AND article_id = ? AND code = ?",
                             [error.source, error.article_id, error.code])
            self.con.execute("INSERT INTO ingest_errors VALUES (?,?,?,?,?)", [
                error.source, error.article_id, error.code, error.message, now])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def resolve_errors(self, source: str) -> int:
        """Forget earlier failures of `source` once an article from it is stored."""
        return self.con.execute("DELETE FROM ingest_errors WHERE source = ?", [source]).fetchone()[0]

    def errors(self) -> list[dict]:
        cur = self.con.execute("SELECT * FROM ingest_errors ORDER BY source, article_id, code")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    # -- reading ----------------------------------------------------------------------------------
    def events(self, *, actor: str | None = None, type: str | None = None, since: str | dt.date | None = None,
               limit: int | None = None, article_key: str | None = None) -> list[dict]:
        """Stored events, filtered.

        `actor`: a code prefix of source or target (``MMR``, ``rusgov``; case-insensitive) or a part
        of an actor's name. `type`: a PLOVER type (``SANCTION``) or a CAMEO code prefix (``04``).
        `since`: events on or after this day; an event dated only to a month or year counts when
        its period reaches `since`, an undated one by its article's publication date."""
        sql = "SELECT * FROM events WHERE 1=1"
        args: list[object] = []
        if article_key:
            sql += " AND article_key = ?"
            args.append(article_key)
        if actor:
            # (h34d) a known group's whole code too (source_group: YEMREBHTH, its event code YEMREB)
            sql += (" AND (upper(source_code) LIKE ? OR upper(target_code) LIKE ? OR lower(source_actor) LIKE lower(?)"
                    " OR lower(target_actor) LIKE lower(?) OR upper(source_group) LIKE ? OR upper(target_group) LIKE ?)")
            args += [actor.upper() + "%", actor.upper() + "%", f"%{actor}%", f"%{actor}%", actor.upper() + "%",
                     actor.upper() + "%"]
        if type:
            sql += " AND (upper(plover_type) = ? OR cameo_code LIKE ? OR cameo_root = ?)"
            args += [type.upper(), type + "%", type]
        if since:
            sql += f" AND coalesce({_EVENT_PERIOD_END}, published) >= CAST(? AS DATE)"
            args.append(str(since))
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
        cur = self.con.execute("SELECT * FROM articles WHERE article_id = ? OR article_key = ? "
                               "ORDER BY ingested_at DESC LIMIT 1", [article_id, article_id])
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row)) if row else None

    # -- export -----------------------------------------------------------------------------------
    def export_parquet(self, directory: str | Path) -> list[Path]:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            path = out / f"{table}.parquet"
            quoted = path.as_posix().replace("'", "''")
            self.con.execute(f"COPY {table} TO '{quoted}' (FORMAT parquet)")
            written.append(path)
        return written

    def export_gdelt(self, path: str | Path) -> int:
        """Events in the GDELT 2.0 event-table layout: the 61 columns of `GDELT_COLUMNS`, in order,
        tab-separated, no header (as GDELT ships), one row per event. Columns eventwire does not
        code (ethnic and religion codes, ADM2, feature ids, actor geography) are empty; see
        docs/schema.md for how each filled column is derived."""
        rows = self.con.execute(f"""
            SELECT e.event_key, coalesce({_EVENT_DAY}, e.published) AS day,
                   e.source_code, e.source_actor, e.target_code, e.target_actor,
                   e.sentence_index, e.cameo_code, e.cameo_root, e.quad_class, e.goldstein,
                   coalesce(e.tone, a.tone), e.place_name, e.place_feature, e.place_country, e.place_admin1,
                   e.latitude, e.longitude, a.ingested_at, coalesce(a.url, e.article_id), e.source_group, e.target_group
            FROM events e LEFT JOIN articles a ON a.article_key = e.article_key
            ORDER BY e.published, e.article_id, e.span_start""").fetchall()
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write("\t".join(_gdelt_cell(v) for v in _gdelt_row(*r)) + "\n")
        return len(rows)


EVENT_COLUMNS = (
    "event_key", "article_key", "article_id", "published", "source_actor", "source_code", "target_actor",
    "target_code", "cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
    "plover_context", "mode", "event_date", "date_precision", "date_text", "date_recent", "place_name",
    "place_country", "place_admin1", "latitude", "longitude", "sentence", "sentence_index", "span_start",
    "span_end", "trigger", "confidence", "rule", "tone", "pipeline_version", "coder_version", "patterns_version",
    "dictionary_version", "place_feature", "source_group", "target_group")
TABLES = ("articles", "actors", "mentions", "events", "quotes", "facts", "ingest_errors")

# The last day of an event's period: 2025-03-04 → itself, 2025-03 → 2025-03-31, 2025 → 2025-12-31.
_EVENT_PERIOD_END = """(CASE
    WHEN regexp_full_match(event_date, '\\d{4}-\\d{2}-\\d{2}') THEN try_cast(event_date AS DATE)
    WHEN regexp_full_match(event_date, '\\d{4}-\\d{2}') THEN last_day(try_cast(event_date || '-01' AS DATE))
    WHEN regexp_full_match(event_date, '\\d{4}') THEN try_cast(event_date || '-12-31' AS DATE)
    END)"""
# The event's day when known to the day.
_EVENT_DAY = "(CASE WHEN regexp_full_match(e.event_date, '\\d{4}-\\d{2}-\\d{2}') THEN try_cast(e.event_date AS DATE) END)"

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)
_NON_STATE = ("IGO", "NGO", "IMG", "MNC")
# GDELT geo types: 1 country, 4 world city, 5 world state (first-order division); a region is coded 5
_GEO_TYPE = {"country": 1, "city": 4, "region": 5, "admin1": 5}  # GDELT: 2 is a US state, 5 any other state


def _gdelt_actor(code: str | None, name: str | None, known: str | None = None) -> list[object]:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3. (h34d) `known` is a
    known group's whole code (the event's `source_group`, YEMREBHTH, its code YEMREB): GDELT's complete code, the
    country, the sector as type and the tag after them as known group (HTH)."""
    country = group = type1 = None
    if known:
        return [known, name or None, known[:3], known[6:] or None, None, None, None, known[3:6] or None, None, None]
    if code:
        if code.startswith(_NON_STATE):  # IGOJUDICC: type IGO, known group ICC
            type1 = code[:3]
            group = code[-3:] if len(code) >= 6 else None
        else:  # MMRMIL: country MMR, type MIL
            country = code[:3]
            type1 = code[3:6] or None
    return [code, name or None, country, group, None, None, None, type1, None, None]  # (a one-sided event: empty)


def _gdelt_row(event_key, day, source_code, source_actor, target_code, target_actor, sentence_index,
               cameo_code, cameo_root, quad_class, goldstein, tone, place_name, place_feature, place_country, place_admin1,
               latitude, longitude, ingested_at, url, source_group=None, target_group=None) -> list[object]:
    event_id = int(event_key[:15], 16)  # GDELT ids are integers: 60 bits of the event key
    day_s = day.strftime("%Y%m%d") if day else None
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None
    base = cameo_code[:3] if cameo_code else None
    geo_type = _GEO_TYPE.get(place_feature) if place_name else None
    if place_feature == "admin1" and place_country == "USA":
        geo_type = 2
    action_geo = [geo_type, place_name, place_country, place_admin1, None, latitude, longitude, None]
    return [event_id, day_s, day_s[:6] if day_s else None, day.year if day else None, fraction,
            *_gdelt_actor(source_code, source_actor, source_group), *_gdelt_actor(target_code, target_actor, target_group),
            1 if sentence_index == 0 else 0, cameo_code, base, cameo_root, quad_class, goldstein,
            1, 1, 1, tone,
            *[None] * 8, *[None] * 8, *action_geo,
            ingested_at.strftime("%Y%m%d%H%M%S") if ingested_at else None, url]


def _gdelt_cell(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")
