"""PETRARCH-2 verb dictionaries loaded at run time: ``Pipeline(verb_files=[...])`` and the CLI's
``--verbs FILE`` add the translated patterns to eventwire's own (nothing is copied into the package)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

# a tiny verb dictionary in the PETRARCH-2 format, with a verb none of our patterns know
VERBS = """\
# test dictionary
---  SERENADE   [051]  ---
SERENADE {SERENADES SERENADED SERENADING}
- * (FOR) [---]
"""
SENTENCE = "France serenaded Germany on Monday."


@pytest.fixture(scope="module")
def verb_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("verbs") / "tiny.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nlp():
    from eventwire.pipeline import default_pipeline

    return default_pipeline().nlp


def _triples(article):
    return {(e.source_code, e.cameo_code, e.target_code) for e in article.events}


@pytest.mark.slow
def test_pipeline_verb_files(nlp, verb_file):
    from eventwire.pipeline import Pipeline

    plain = Pipeline(nlp)
    assert ("FRA", "051", "DEU") not in _triples(plain.extract(SENTENCE, published="2025-06-01"))
    withv = Pipeline(nlp, verb_files=[str(verb_file)])
    coder = withv.stages[2]
    assert coder.patterns_version.endswith(",petrarch@1")
    assert coder.verb_import["verbs with a code"] == 1
    article = withv.extract(SENTENCE, published="2025-06-01")
    assert ("FRA", "051", "DEU") in _triples(article)
    event = next(e for e in article.events if e.cameo_code == "051")
    assert event.rule.startswith("petrarch.serenade.")
    assert "petrarch@1" in event.versions["patterns"]


def test_missing_verb_file_is_a_coded_error(nlp, tmp_path):
    from eventwire.errors import EventwireError
    from eventwire.pipeline import Pipeline

    with pytest.raises(EventwireError) as exc:
        Pipeline(nlp, verb_files=[str(tmp_path / "nope.txt")])
    assert exc.value.code == "E032"


@pytest.mark.slow
def test_cli_extract_verbs(verb_file, tmp_path):
    from typer.testing import CliRunner

    from eventwire import cli

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": SENTENCE, "published": "2025-06-01"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["extract", "--jsonl", str(src), "--verbs", str(verb_file)])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout.splitlines()[0])["events"]
    assert any((e["source_code"], e["cameo_code"], e["target_code"]) == ("FRA", "051", "DEU") for e in events), events
