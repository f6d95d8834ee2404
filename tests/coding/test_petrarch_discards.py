"""PETRARCH discard files (``Pipeline(discard_files=...)``, CLI ``--discards``): a sentence holding a
sentence-level phrase gives no events, a story holding a story-level ("+") phrase gives none at all; the
other sentences are coded as before."""
from __future__ import annotations

import pytest

from eventwire.coding.petrarch import read_discards
from eventwire.errors import EventwireError
from petrarch_checks import plain_and_discarding, write_discards

DISCARDS = """\
# Story-level discards are marked '+', sentence-level ones are not.
YEARS_LATER
1914
+WORLD_GOLF_CHAMPIONSHIPS   # a sports story
"""


@pytest.fixture(scope="module")
def discard_path(tmp_path_factory):
    return write_discards(tmp_path_factory, "discards", DISCARDS)


@pytest.fixture(scope="module")
def pipelines(discard_path):
    return plain_and_discarding(discard_path)


def test_read_discards(discard_path):
    assert read_discards(discard_path) == (["years later", "1914"], ["world golf championships"])


def test_missing_discard_file_is_a_coded_error(tmp_path):
    with pytest.raises(EventwireError) as exc:
        read_discards(tmp_path / "nope.txt")
    assert exc.value.code == "E032"


def _codes(pipeline, text):
    return [(e.source_code, e.cameo_code, e.target_code) for e in pipeline.extract(text, published="2025-01-01").events]


@pytest.mark.parametrize("text,kept", [
    # the sentence holding the phrase (any case) is dropped, the other kept
    ("Russia condemned Ukraine on Monday. Years later China praised Japan.", [("RUS", "111", "UKR")]),
    ("In 1914 Germany declared war on Russia. China praised Japan on Monday.", [("CHN", "051", "JPN")]),
    # a story-level phrase drops the whole story
    ("Russia condemned Ukraine on Monday. The World Golf Championships opened in Mexico.", []),
    # look-alikes: the words apart, or another year, discard nothing
    ("Russia condemned Ukraine on Monday. Later, China praised Japan, years after the row.", None),
    ("In 1915 Germany declared war on Russia. China praised Japan on Monday.", None),
])
def test_discards(pipelines, text, kept):
    plain, discarding = pipelines
    expected = _codes(plain, text) if kept is None else kept
    assert _codes(discarding, text) == expected
    if kept is not None:
        assert len(_codes(plain, text)) > len(kept)  # the discard removed something the plain pipeline codes


def test_cli_brings_petrarch_actors_and_discards(tmp_path, discard_path):
    """`eventwire extract --actors FILE --discards FILE`: a user's PETRARCH actor dictionary names an actor
    eventwire does not know, and the discard file drops the sentence holding its phrase."""
    import json

    from typer.testing import CliRunner

    from eventwire.cli import app

    actors = tmp_path / "toy.actors.txt"
    actors.write_text("ELDORIA [ELD]\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Eldoria condemned Russia on Monday. Years later China praised Japan.", encoding="utf-8")
    runner = CliRunner()

    def coded(*options):
        res = runner.invoke(app, ["extract", str(text), "--published", "2025-01-01", *options])
        assert res.exit_code == 0, res.output
        return [(e["source_code"], e["cameo_code"], e["target_code"]) for e in json.loads(res.stdout.splitlines()[0])["events"]]

    assert ("ELD", "111", "RUS") not in coded()
    assert coded("--actors", str(actors), "--discards", str(discard_path)) == [("ELD", "111", "RUS")]
    res = runner.invoke(app, ["extract", str(text), "--actors", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "E032" in res.output
