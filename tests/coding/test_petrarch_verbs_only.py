"""`verbs_only` (CLI `--verbs-only`): code with the user's PETRARCH verb dictionaries alone, as PETRARCH
does with its own; eventwire's patterns are left out, its actors, modes and dates still apply."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.errors import EventwireError

VERBS = """\
--- PRAISE [051] ---
PRAISE
"""


@pytest.fixture(scope="module")
def verb_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs_only") / "praise.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pipelines(verb_path):
    from eventwire.nlp import load_spacy
    from eventwire.pipeline import Pipeline

    nlp = load_spacy()
    return {"added": Pipeline(nlp, verb_files=[str(verb_path)]),
            "only": Pipeline(nlp, verb_files=[str(verb_path)], verbs_only=True)}


def _codes(pipeline, text: str) -> set[tuple]:
    return {(e.source_code, e.cameo_code, e.target_code) for e in pipeline.extract(text, published="2025-06-01").events}


@pytest.mark.parametrize("text,added,only", [
    # the user's verb codes in both configurations
    ("Russia praised China on Tuesday.", {("RUS", "051", "CHN")}, {("RUS", "051", "CHN")}),
    # a verb only eventwire's patterns know: coded when added, not when the user's dictionary stands alone
    ("Russia condemned China on Tuesday.", {("RUS", "111", "CHN")}, set()),
])
def test_verbs_only_leaves_our_patterns_out(pipelines, text, added, only):
    assert added <= _codes(pipelines["added"], text)
    assert _codes(pipelines["only"], text) == only


def test_verbs_only_records_its_patterns_version(pipelines):
    coder = pipelines["only"].stages[2]
    assert coder.patterns_version.startswith("none,petrarch@")
    assert all(p.id.startswith("petrarch.") for p in coder.patterns)


def test_verbs_only_without_a_dictionary_is_a_coded_error():
    from eventwire.pipeline import Pipeline

    with pytest.raises(EventwireError) as exc:
        Pipeline(verbs_only=True)
    assert exc.value.code == "E035"


def test_cli_verbs_only_without_verbs(tmp_path):
    from eventwire.cli import app

    f = tmp_path / "a.txt"
    f.write_text("Russia praised China.", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(f), "--verbs-only"])
    assert res.exit_code == 2
    assert "E035" in res.output
