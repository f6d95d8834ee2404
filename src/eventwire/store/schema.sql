-- eventwire DuckDB schema, version 1. Articles are keyed by the SHA-256 of their text, so
-- re-ingesting the same article changes nothing.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
  article_key TEXT PRIMARY KEY, article_id TEXT, url TEXT, title TEXT, published DATE, text TEXT,
  tone DOUBLE, ingested_at TIMESTAMP, pipeline_version TEXT, coder_version TEXT, patterns_version TEXT,
  dictionary_version TEXT);
CREATE TABLE IF NOT EXISTS actors (
  article_key TEXT, actor_id TEXT, name TEXT, code TEXT, kind TEXT, country TEXT, sector TEXT, entry TEXT,
  title TEXT, members TEXT, PRIMARY KEY (article_key, actor_id));
CREATE TABLE IF NOT EXISTS mentions (
  article_key TEXT, start_char INTEGER, end_char INTEGER, text TEXT, actor_id TEXT, sentence INTEGER,
  resolution TEXT, ner_label TEXT);
CREATE TABLE IF NOT EXISTS events (
  event_key TEXT PRIMARY KEY, article_key TEXT, article_id TEXT, published DATE,
  source_actor TEXT, source_code TEXT, target_actor TEXT, target_code TEXT,
  cameo_code TEXT, cameo_root TEXT, quad_class INTEGER, goldstein DOUBLE,
  plover_type TEXT, plover_mode TEXT, plover_context TEXT, mode TEXT,
  event_date TEXT, date_precision TEXT, date_text TEXT, date_recent BOOLEAN,
  place_name TEXT, place_country TEXT, place_admin1 TEXT, latitude DOUBLE, longitude DOUBLE,
  sentence TEXT, sentence_index INTEGER, span_start INTEGER, span_end INTEGER, trigger TEXT,
  confidence DOUBLE, rule TEXT, tone DOUBLE,
  pipeline_version TEXT, coder_version TEXT, patterns_version TEXT, dictionary_version TEXT,
  place_feature TEXT);
-- added after the first release: files made before it gain the column (at the end, as above)
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_feature TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_group TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_group TEXT;
CREATE TABLE IF NOT EXISTS quotes (
  article_key TEXT, quote TEXT, speaker TEXT, speaker_code TEXT, cue TEXT, kind TEXT,
  span_start INTEGER, span_end INTEGER, sentence_index INTEGER);
CREATE TABLE IF NOT EXISTS facts (
  article_key TEXT, text TEXT, quantity DOUBLE, unit TEXT, measure TEXT, actors TEXT, actor_codes TEXT,
  span_start INTEGER, span_end INTEGER, sentence_index INTEGER);
CREATE TABLE IF NOT EXISTS ingest_errors (
  source TEXT, article_id TEXT, code TEXT, message TEXT, seen_at TIMESTAMP);
