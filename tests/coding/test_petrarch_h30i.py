"""h30i: PETRARCH-fidelity on PETRARCH's unit records (bench/peers.py ``unit_petrdict``, ``unit_up_petrdict``).

With a user's PETRARCH agent dictionary, an agent whose own prepositional phrase names coordinated places is
composed with each of them, as PETRARCH reads "Lawmakers in Fornost and Gondor" (FORLEG and GONLEG): the small
parser often attaches the second place to the agent noun ("Gondor" a conjunct of "Lawmakers"), and a bare
country name so attached after the agent's own place is read as a place of the agent too. ABSENT rows are
look-alike guards (a place with words of its own, one place only, the default pipeline)."""
from __future__ import annotations

import pytest

AGENT_LINES = """
LAWMAKER [~LEG]
OFFICIAL [~GOV]
GOVERNMENT [~GOV]
ARMY [~MIL]
"""


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    d = tmp_path_factory.mktemp("petr_h30i")
    (d / "h30i.agents.txt").write_text(AGENT_LINES, encoding="utf-8")
    return Pipeline(actor_files=[str(d / "h30i.agents.txt")])


def _events(pipeline, sentence: str) -> set:
    from eventwire.model import Article, parse_date

    art = next(iter(pipeline.pipe([Article(id="s", text=sentence, published=parse_date("2015-03-01"))])))
    return {(e.source_code, e.target_code) for e in art.events}


# (sentence, sources every one of which must act on the target, target)
SPEC = [
    ("Lawmakers in Ukraine and Poland welcomed a resumption of diplomatic ties with Georgia.",
     {"UKRLEG", "POLLEG"}, "GEO"),
    ("Lawmakers and officials in Ukraine and Poland welcomed a resumption of diplomatic ties with Georgia.",
     {"UKRLEG", "POLLEG", "UKRGOV", "POLGOV"}, "GEO"),
    ("Officials in Kenya and Uganda condemned Somalia.", {"KENGOV", "UGAGOV"}, "SOM"),
    # one place: unchanged
    ("Lawmakers in Ukraine welcomed a resumption of diplomatic ties with Georgia.", {"UKRLEG"}, "GEO"),
]

# (sentence, a source that must not act)
ABSENT = [
    # the second place named bare is not a country of its own beside the agent
    ("Lawmakers in Ukraine and Poland welcomed a resumption of diplomatic ties with Georgia.", "POL"),
    ("Officials in Kenya and Uganda condemned Somalia.", "UGA"),
    # one place: no second country
    ("Lawmakers in Ukraine welcomed a resumption of diplomatic ties with Georgia.", "POLLEG"),
]


@pytest.mark.parametrize("sentence,sources,target", SPEC)
def test_spec(pipeline, sentence, sources, target):
    events = _events(pipeline, sentence)
    for src in sources:
        assert (src, target) in events, events


@pytest.mark.parametrize("sentence,source", ABSENT)
def test_absent(pipeline, sentence, source):
    events = _events(pipeline, sentence)
    assert not any(s == source for s, _t in events), events


def test_place_with_words_of_its_own_is_its_own_actor(pipeline):
    """"Lawmakers in Ukraine and the army of Poland": the army is Poland's, not a second place of the lawmakers."""
    events = _events(pipeline, "Lawmakers in Ukraine and the army of Poland condemned Russia.")
    assert not any(s == "POLLEG" for s, _t in events), events


def test_default_pipeline_unchanged():
    """Without a user's agent dictionary the rule is off (our own reading of the coordination stands)."""
    import eventwire

    art = eventwire.extract("Lawmakers in Ukraine and Poland welcomed a resumption of diplomatic ties with Georgia.",
                            published="2015-03-01")
    assert not any(e.source_code == "POLLEG" for e in art.events), [(e.source_code, e.target_code) for e in art.events]
