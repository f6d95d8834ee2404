"""h34b: with a user's PETRARCH verb file, a trip told in a "before" clause only dates another act (modality.yaml
`time_clause_trips`, events.py `_time_clause_trip`): no visit by the user's pattern, nor by a less specific reading of
the same verb (a made-up SAIL block: `- * FOR + [042]` and the block's bare code 040), as h30f's x.leave_for reads
"Before leaving for Beijing" with our own patterns. The trip told as the main act is still the user's 042."""
from __future__ import annotations

from pathlib import Path

import pytest

VERBS = """\
--- SAIL [040] ---
SAIL
- * FOR + [042]
"""

SPEC = [
    ("the user's pattern on a main verb", "Russian President Vladimir Putin sailed for Cuba on Monday.", "RUS", "042",
     "CUB"),
]

ABSENT = [
    ("the user's pattern in a before clause", "Before sailing for Cuba on Monday, Russian President Vladimir Putin met "
     "Venezuelan officials in Caracas.", "042"),
    ("the block's bare code in a before clause", "Before sailing for Cuba on Monday, Russian President Vladimir Putin "
     "met Venezuelan officials in Caracas.", "040"),
]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    path: Path = tmp_path_factory.mktemp("h34b") / "spec.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return Pipeline(verb_files=[str(path)])


def _codes(pipeline, sentence: str) -> list[tuple]:
    a = pipeline.extract(sentence, published="2025-06-01")
    return [(e.source_code, e.cameo_code, e.target_code) for e in a.events]


@pytest.mark.parametrize("name,sentence,source,code,target", SPEC, ids=[r[0] for r in SPEC])
def test_spec(pipeline, name, sentence, source, code, target):
    got = _codes(pipeline, sentence)
    assert any(c == code and (s or "").startswith(source) and (t or "").startswith(target) for s, c, t in got), got


@pytest.mark.parametrize("name,sentence,code", ABSENT, ids=[r[0] for r in ABSENT])
def test_absent(pipeline, name, sentence, code):
    got = _codes(pipeline, sentence)
    assert not any(c == code and (t or "").startswith("CUB") for _s, c, t in got), got
