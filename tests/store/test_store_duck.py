"""eventwire.store: the DuckDB store on a real file, with hand-made coded articles (no NLP)."""
from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from eventwire.errors import ArticleError, EventwireError
from eventwire.model import Actor, Article, Event, EventDate, Mention, Place, Quote, Span, Tone
from eventwire.store import Store
from eventwire.store.duck import EVENT_COLUMNS, GDELT_COLUMNS, TABLES

TEXT = ("Putin hosted Min Aung Hlaing in Moscow on Tuesday. The EU imposed sanctions on Myanmar in March. "
        "\u201cWe stand together,\u201d Putin said.")


def _event(source, scode, target, tcode, cameo, plover, start, end, *, event_date=None, precision="unknown",
           rule="r", place=None, mode="happened") -> Event:
    return Event(source_actor=source, source_code=scode, target_actor=target, target_code=tcode,
                 cameo_code=cameo, cameo_root=cameo[:2], quad_class=1, goldstein=2.8, plover_type=plover,
                 plover_mode=None, plover_context=None, mode=mode, event_date=event_date, date_precision=precision,
                 sentence=TEXT[start:end], sentence_index=0 if start == 0 else 1, span=Span(start, end), trigger="x",
                 confidence=0.8, rule=rule, source_id="A1", target_id="A2",
                 date=EventDate(event_date, precision, "on Tuesday" if event_date else None),
                 place=place, versions={"pipeline": "0.1.0", "coder": "events.v1", "patterns": "p", "dictionary": "d"})


def article(id="seed", text=TEXT, published="2025-03-05", events=None) -> Article:
    moscow = Place("Moscow", "RUS", None, 55.75, 37.62, "city", "in Moscow", 32, 41)
    if events is None:
        events = (
            _event("Vladimir Putin", "RUSGOV", "Min Aung Hlaing", "MMRMIL", "043", "CONSULT", 0, 50,
                   event_date="2025-03-04", precision="day", rule="host.043", place=moscow),
            _event("European Union", "IGOEUREEC", "Myanmar", "MMR", "163", "SANCTION", 51, 98,
                   event_date="2025-03", precision="month", rule="sanction.163"),
        )
    return Article(id=id, text=text, published=dt.date.fromisoformat(published) if published else None,
                   url=f"https://news.test/{id}",
                   actors=(Actor("A1", "Vladimir Putin", "RUSGOV", "person", country="RUS", title="President"),
                           Actor("A2", "Min Aung Hlaing", "MMRMIL", "person", country="MMR"),
                           Actor("A3", "two countries", None, "compound", members=("A1", "A2"))),
                   mentions=(Mention(0, 5, "Putin", "A1", 0, "surname", "PERSON"),),
                   events=tuple(events),
                   quotes=(Quote("We stand together,", "Vladimir Putin", "RUSGOV", Span(100, 118), "A1", "say"),),
                   tone=Tone(1.5, 3.0, 1.5, 20, "vader"))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"


def counts(path) -> dict[str, int]:
    with Store(path, read_only=True) as s:
        return {t: s.count(t) for t in TABLES}


def test_add_is_idempotent_by_content(db):
    with Store(db) as s:
        assert s.add(article()) is True
        assert s.add(article()) is False
        assert s.add(article(id="other-id")) is False  # same text, other id: still the same article
        assert s.has(article().content_hash)
    before = counts(db)
    assert before["articles"] == 1 and before["events"] == 2 and before["quotes"] == 1 and before["actors"] == 3
    with Store(db) as s:  # reopening runs the schema again: no change
        assert s.add(article()) is False
    assert counts(db) == before


def test_stored_rows_round_trip(db):
    with Store(db) as s:
        s.add(article())
    with Store(db, read_only=True) as s:
        art = s.article("seed")
        assert art["text"] == TEXT and art["published"] == dt.date(2025, 3, 5) and art["tone"] == 1.5
        assert art["dictionary_version"] == "d"
        assert s.article(article().content_hash)["article_id"] == "seed"
        assert s.article("missing") is None
        (host,) = [e for e in s.events() if e["cameo_code"] == "043"]
        assert host["place_name"] == "Moscow" and host["place_feature"] == "city"
        assert (host["span_start"], host["span_end"]) == (0, 50) and host["rule"] == "host.043"
        assert s.con.execute("SELECT members FROM actors WHERE actor_id = 'A3'").fetchone()[0] == "A1,A2"


def test_errors_are_recorded_once_and_resolved(db):
    e1 = ArticleError("empty", "E001", "Input file is empty: x/empty.txt", "x/empty.txt")
    e2 = ArticleError("batch:3", "E005", "Malformed JSONL line 3: ...", "x/batch.jsonl:3")
    with Store(db) as s:
        for _ in range(3):
            s.add_error(e1)
            s.add_error(e2)
        assert sorted((r["article_id"], r["code"]) for r in s.errors()) == [("batch:3", "E005"), ("empty", "E001")]
        assert s.resolve_errors("x/empty.txt") == 1
        assert [r["code"] for r in s.errors()] == ["E005"]


def test_event_filters(db):
    later = article(id="later", text=TEXT + " Later.", published="2026-01-20", events=(
        _event("Ukraine", "UKRGOV", "Russia", "RUS", "112", "ACCUSE", 0, 50, event_date="2026", precision="year"),
        _event("Russia", "RUS", "Ukraine", "UKR", "190", "ASSAULT", 51, 98),
    ))
    with Store(db) as s:
        s.add(article())
        s.add(later)
    with Store(db, read_only=True) as s:
        codes = lambda **kw: sorted(e["cameo_code"] for e in s.events(**kw))  # noqa: E731
        assert codes() == ["043", "112", "163", "190"]
        assert codes(actor="MMR") == ["043", "163"]
        assert codes(actor="mmrmil") == ["043"]           # codes are matched case-insensitively
        assert codes(actor="putin") == ["043"]            # or a part of the name
        assert codes(type="SANCTION") == ["163"]
        assert codes(type="consult") == ["043"]
        assert codes(type="1") == ["112", "163", "190"]   # CAMEO prefix
        assert codes(type="04") == ["043"]
        assert codes(since="2025-03-04") == ["043", "112", "163", "190"]
        assert codes(since="2025-03-05") == ["112", "163", "190"]  # "2025-03" reaches March 31
        assert codes(since="2025-04-01") == ["112", "190"]
        assert codes(since="2026-06-01") == ["112"]        # "2026" reaches Dec 31; 190 undated → published
        assert codes(since=dt.date(2027, 1, 1)) == []
        assert len(s.events(limit=1)) == 1
        assert codes(article_key=later.content_hash) == ["112", "190"]


def test_export_parquet_reads_back(db, tmp_path):
    with Store(db) as s:
        s.add(article())
        s.add_error(ArticleError("bad", "E002", "binary", "bad.txt"))
    out = tmp_path / "it's out"  # a quote in the path must not break the COPY statement
    with Store(db, read_only=True) as s:
        written = s.export_parquet(out)
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in TABLES)
    con = duckdb.connect()
    for p in written:
        n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(p)]).fetchone()[0]
        assert n == counts(db)[p.stem]
    cols = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(out / "events.parquet")]).fetchall()]
    assert cols == list(EVENT_COLUMNS)


def test_export_gdelt_layout(db, tmp_path):
    with Store(db) as s:
        s.add(article())
    path = tmp_path / "events.gdelt.tsv"
    with Store(db, read_only=True) as s:
        assert s.export_gdelt(path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == len(GDELT_COLUMNS) == 61 for line in lines)
    host, sanction = (dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines)
    assert int(host["GlobalEventID"]) > 0 and host["GlobalEventID"] != sanction["GlobalEventID"]
    assert (host["Day"], host["MonthYear"], host["Year"]) == ("20250304", "202503", "2025")
    assert (host["Actor1Code"], host["Actor1CountryCode"], host["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (host["Actor2Code"], host["Actor2Name"]) == ("MMRMIL", "Min Aung Hlaing")
    assert (host["EventCode"], host["EventBaseCode"], host["EventRootCode"]) == ("043", "043", "04")
    assert (host["QuadClass"], host["GoldsteinScale"], host["IsRootEvent"]) == ("1", "2.8", "1")
    assert (host["ActionGeo_Type"], host["ActionGeo_FullName"], host["ActionGeo_Lat"]) == ("4", "Moscow", "55.75")
    assert host["AvgTone"] == "1.5" and host["SOURCEURL"] == "https://news.test/seed"
    assert len(host["DATEADDED"]) == 14
    # month precision: the publication day stands in; IGO actor: type IGO, known group EEC
    assert sanction["Day"] == "20250305"
    assert (sanction["Actor1CountryCode"], sanction["Actor1Type1Code"], sanction["Actor1KnownGroupCode"]) == ("", "IGO", "EEC")
    # readable by DuckDB as GDELT is usually read: tab-separated, no header
    rel = duckdb.connect().execute(
        "SELECT count(*), min(column26) FROM read_csv(?, delim='\t', header=false, all_varchar=true)", [str(path)])
    assert rel.fetchone() == (2, "043")


def test_old_file_gains_new_column(db):
    with Store(db) as s:
        s.con.execute("ALTER TABLE events DROP COLUMN place_feature")
    with Store(db) as s:
        s.add(article())
        assert s.events()[0]["place_feature"] == "city"


def test_corrupt_file_is_e060(tmp_path):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(EventwireError) as exc:
        Store(bad)
    assert exc.value.code == "E060"


def test_one_sided_event_stores_and_exports_with_an_empty_side(db, tmp_path):
    # "The EU imposed sanctions" with no target named: Actor2 empty in the store and in GDELT
    one_sided = _event("European Union", "IGOEUREEC", "", None, "163", "SANCTION", 51, 98, rule="sanction.163")
    with Store(db) as s:
        s.add(article(events=(one_sided,)))
    with Store(db, read_only=True) as s:
        (row,) = s.events()
        assert (row["source_code"], row["target_actor"], row["target_code"]) == ("IGOEUREEC", "", None)
        path = tmp_path / "one.gdelt.tsv"
        assert s.export_gdelt(path) == 1
    rec = dict(zip(GDELT_COLUMNS, path.read_text(encoding="utf-8").rstrip("\n").split("\t")))
    assert rec["Actor1Code"] == "IGOEUREEC"
    assert all(rec[f"Actor2{c}"] == "" for c in ("Code", "Name", "CountryCode", "Type1Code"))
