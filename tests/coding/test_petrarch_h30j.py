"""h30j: a word of a PETRARCH verb pattern is compared as written (coding/petrarch.py `_noun_forms`): a plural names the
plural only ("- * AGREEMENTS [057]" does not read "endorsed an association agreement", which keeps the verb's own
code), a singular also matches its plural through the token's lemma. Real-news sentences and look-alikes; the
dictionary is written here (a made-up verb, so none of eventwire's own patterns answers)."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.petrarch import read_verb_dictionary

VERBS = """\
&ACCORDS
+TREATY
+ACCORDS

--- COUNTERSIGN [051] ---
COUNTERSIGN
- * AGREEMENTS [057]
- * PROTOCOL [0571]
- * &ACCORDS [0572]
- MILITANTS * [181]
- * CEASEFIRE_DEALS [0573]
"""

# (dictionary line, sentence, source, code, target)
SPEC = [
    ("- * AGREEMENTS [057]: the plural", "Ukraine countersigned two trade agreements with Poland.", "UKR", "057", "POL"),
    ("COUNTERSIGN [051]: a singular is not the plural pattern, the verb's code",
     "Ukrainian lawmakers countersigned an association agreement with the European Union.", "UKR", "051", None),
    ("- * PROTOCOL [0571]: a singular word also reads its plural", "Russia countersigned protocols with China.",
     "RUS", "0571", "CHN"),
    ("- * &ACCORDS [0572]: a singular synset member, plural text", "Iran countersigned treaties with Iraq.",
     "IRN", "0572", "IRQ"),
    ("- MILITANTS * [181]: the plural before the verb", "Militants in Syria countersigned a letter to Turkey.",
     None, "181", "TUR"),
    ("- * CEASEFIRE_DEALS [0573]: a phrase's last word plural", "Israel countersigned ceasefire deals with Lebanon.",
     "ISR", "0573", "LBN"),
]

# (dictionary line, look-alike sentence, code that must not be coded)
ABSENT = [
    ("- * AGREEMENTS [057]: the singular", "Ukraine countersigned a trade agreement with Poland.", "057"),
    ("- * &ACCORDS [0572]: a plural synset member does not read the singular", "Iran countersigned an accord with Iraq.",
     "0572"),
    ("- MILITANTS * [181]: 'the militant group' is no militants", "The militant group countersigned a letter to Turkey.",
     "181"),
    ("- * CEASEFIRE_DEALS [0573]: the singular phrase", "Israel countersigned a ceasefire deal with Lebanon.", "0573"),
]


@pytest.fixture(scope="module")
def verb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("h30j") / "spec.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pipeline(verb_path):
    from eventwire.pipeline import Pipeline

    return Pipeline(verb_files=[str(verb_path)])


def _codes(pipeline, sentence: str) -> list[tuple]:
    a = pipeline.extract(sentence, published="2025-06-01")
    return [(e.source_code, e.cameo_code, e.target_code) for e in a.events]


@pytest.mark.parametrize("line,sentence,source,code,target", SPEC, ids=[r[0] for r in SPEC])
def test_spec(pipeline, line, sentence, source, code, target):
    got = _codes(pipeline, sentence)
    assert any(c == code and (source is None or (s or "").startswith(source))
               and (target is None or (t or "").startswith(target)) for s, c, t in got), got


@pytest.mark.parametrize("line,sentence,code", ABSENT, ids=[r[0] for r in ABSENT])
def test_absent(pipeline, line, sentence, code):
    got = _codes(pipeline, sentence)
    assert not any(c == code for _s, c, _t in got), got


def test_plural_words_are_kept_as_written(verb_path):
    pats = {p.code: p for p in read_verb_dictionary(verb_path)}
    assert "agreement" not in pats["057"].object and "agreements" in pats["057"].object
    assert pats["0571"].object == frozenset({"protocol"})
    assert pats["0572"].object == frozenset({"treaty", "accords"})
