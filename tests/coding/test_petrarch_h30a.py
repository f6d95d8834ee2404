"""h30a: PETRARCH verb-dictionary lines that eventwire used to skip, now translated (coding/petrarch.py
`translate_linear`, Pattern.before / Pattern.after), and codes outside eventwire's CAMEO table carried as a
user's codes (cameo.user_code) through the model, the DuckDB store and the GDELT export.

Each SPEC row: the dictionary line → a sentence → the event it codes; each ABSENT row a look-alike that must
not be coded so. The dictionary is written here (no file under ../shared is needed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.cameo import cameo, cameo_table, is_user_code
from eventwire.coding.petrarch import read_verb_dictionary

VERBS = """\
# spec dictionary (h30a)
&TIETYPES
+MILITARY
+ECONOMIC

&CURRENCY
+SWISS FRANCS
+DOLLARS

&NEGAUX
+DID N'T
+WILL NOT

--- SERENADE [051] ---
SERENADE
- PUBLICLY * [052]
- * &TIETYPES TIES [903]
- &NEGAUX * [1241]

--- PESTER [1717] ---
PESTER
- * FOR &CURRENCY [904]
- * {RESCUE TEAM} [0234]

--- GLEAN [---] ---
GLEAN
- + * FROM $ [066]

--- INK [---] ---
INK
- % * ACCORD [081]
"""

# (dictionary line, sentence, source, code, target, mode)
SPEC = [
    ("- PUBLICLY * [052]  (a word before the verb)", "Russia publicly serenaded China.", "RUS", "052", "CHN", "happened"),
    ("SERENADE in block [051]  (the verb alone)", "Russia serenaded China.", "RUS", "051", "CHN", "happened"),
    ("- * &TIETYPES TIES [903]  (several words after the verb; a user code)",
     "Russia serenaded its economic ties with China.", "RUS", "903", "CHN", "happened"),
    ("- &NEGAUX * [1241]  (a synset phrase before the verb: the negation is the act)",
     "Russia didn't serenade China.", "RUS", "1241", "CHN", "happened"),
    ("- * FOR &CURRENCY [904]  (a preposition and a synset phrase)",
     "Russia pestered China for two million Swiss francs.", "RUS", "904", "CHN", "happened"),
    ("PESTER in block [1717]  (a user code on the verb)", "Russia pestered China.", "RUS", "1717", "CHN", "happened"),
    ("- * {RESCUE TEAM} [0234]  (a {...} noun phrase)", "Russia pestered China for a rescue team.",
     "RUS", "0234", "CHN", "happened"),
    ("- + * FROM $ [066]  (+ the subject, $ the object of FROM)", "China gleaned a warning from Russia.",
     "RUS", "066", "CHN", "happened"),
    ("- % * ACCORD [081]  (a compound subject, each on the other)", "Russia and China inked an accord.",
     "RUS", "081", "CHN", "happened"),
    ("- % * ACCORD [081]  (... the other way)", "Russia and China inked an accord.", "CHN", "081", "RUS", "happened"),
]

# (dictionary line, look-alike sentence, the triple that must not be coded)
ABSENT = [
    ("- PUBLICLY * [052]: the word after the verb", "Russia serenaded China publicly.", ("RUS", "052", "CHN")),
    ("- * &TIETYPES TIES [903]: no tie type", "Russia serenaded its ties with China.", ("RUS", "903", "CHN")),
    ("- &NEGAUX * [1241]: no negation", "Russia serenaded China.", ("RUS", "1241", "CHN")),
    ("- * FOR &CURRENCY [904]: the first word of a phrase only", "Russia pestered China for Swiss cheese.",
     ("RUS", "904", "CHN")),
    ("- * {RESCUE TEAM} [0234]: the words apart", "Russia pestered China for a team of rescue workers.",
     ("RUS", "0234", "CHN")),
    ("- + * FROM $ [066]: no FROM", "China gleaned a warning.", ("RUS", "066", "CHN")),
    ("- + * FROM $ [066]: not the plain direction", "China gleaned a warning from Russia.", ("CHN", "066", "RUS")),
    ("- % * ACCORD [081]: no accord", "Russia and China inked a poem.", ("RUS", "081", "CHN")),
]


@pytest.fixture(scope="module")
def verb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("h30a") / "spec.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pipeline(verb_path):
    from eventwire.pipeline import Pipeline

    return Pipeline(verb_files=[str(verb_path)])


def _coded(pipeline, sentence: str) -> dict:
    a = pipeline.extract(sentence, published="2025-06-01")
    return {(e.source_code, e.cameo_code, e.target_code): e.mode for e in a.events}


@pytest.mark.parametrize("line,sentence,source,code,target,mode", SPEC, ids=[r[0] for r in SPEC])
def test_spec(pipeline, line, sentence, source, code, target, mode):
    got = _coded(pipeline, sentence)
    assert (source, code, target) in got, sorted(got)
    assert got[(source, code, target)] == mode


@pytest.mark.parametrize("line,sentence,triple", ABSENT, ids=[r[0] for r in ABSENT])
def test_absent(pipeline, line, sentence, triple):
    got = _coded(pipeline, sentence)
    assert triple not in got, sorted(got)


def test_translation_and_counts(verb_path):
    pats = read_verb_dictionary(verb_path)
    c = pats.counts
    assert c["pattern lines"] == 7 and c["pattern lines translated"] == 7
    assert c["linear lines: words before the verb"] == 2  # PUBLICLY, &NEGAUX (the + and % lines: markers only)
    (public,) = [p for p in pats if p.code == "052"]
    assert public.before == (frozenset({"publicly"}),) and not public.after
    (neg,) = [p for p in pats if p.code == "1241"]
    assert neg.negated and neg.before == (frozenset({"did n't", "will not"}),)
    # (h34g) one pattern per length of the synset's phrases, the longest first (PETRARCH's longest match)
    money = [p for p in pats if p.code == "904"]
    assert [sorted({len(w.split()) for w in p.after[1]}) for p in money] == [[2], [1]]
    # (h30j) a plural member names the plural only, as PETRARCH compares a pattern's words
    words = money[0].after[1] | money[1].after[1]
    assert words >= {"swiss francs", "dollars"} and not words & {"swiss franc", "dollar"}
    (glean,) = [p for p in pats if p.code == "066"]
    assert glean.source == ("prep:from",) and glean.target == ("surface_subj",)  # (h33e) the subject as written
    (ink,) = [p for p in pats if p.code == "081"]
    assert ink.reciprocal
    # more words around the verb first (PETRARCH's longest match)
    serenade = [p for p in pats if "serenade" in p.lemmas]
    assert serenade[-1].code == "051"


def test_our_patterns_have_no_word_constraints():
    from eventwire.coding.events import load_patterns

    assert not any(p.before or p.after for p in load_patterns()[0])


def test_user_code_fields(verb_path):
    read_verb_dictionary(verb_path)  # registers the dictionary's codes
    assert "1717" not in cameo_table() and is_user_code("1717") and not is_user_code("051")
    c = cameo("1717")
    assert (c.code, c.root, c.quad_class, c.goldstein, c.plover_type) == ("1717", "17", None, None, None)
    assert cameo("903").root == ""  # 90 is no CAMEO root
    assert cameo("0234").quad_class == 1  # a code of our table keeps its own fields


def test_user_code_through_store_and_gdelt(pipeline, tmp_path):
    from eventwire.store import Store
    from eventwire.store.duck import GDELT_COLUMNS

    article = pipeline.extract("Russia pestered China.", published="2025-06-01", id="u1")
    (ev,) = [e for e in article.events if e.cameo_code == "1717"]
    assert (ev.cameo_root, ev.quad_class, ev.goldstein, ev.plover_type) == ("17", None, None, None)
    assert article.to_dict()["events"][0]["quad_class"] is None  # JSON: null
    db = tmp_path / "u.duckdb"
    with Store(db) as s:
        s.add(article)
        rows = [r for r in s.events() if r["cameo_code"] == "1717"]
        assert rows and rows[0]["quad_class"] is None and rows[0]["goldstein"] is None and rows[0]["cameo_root"] == "17"
    path = tmp_path / "u.tsv"
    with Store(db, read_only=True) as s:
        assert s.export_gdelt(path) >= 1
    cells = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in path.read_text(encoding="utf-8").splitlines()]
    (row,) = [r for r in cells if r["EventCode"] == "1717"]
    assert (row["EventBaseCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == ("171", "17", "", "")
    assert (row["Actor1Code"], row["Actor2Code"]) == ("RUS", "CHN")
