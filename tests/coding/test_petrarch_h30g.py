"""h30g: the PETRARCH actor import coding as PETRARCH does on its own unit records (``Pipeline(actor_files=...)``).

Rows are (sentence, an actor code the article must have / must not have, or an event triple): the
dictionary lines below are written to a small actor and agent file of their own and loaded on top of
eventwire's dictionaries, as a user would. PETRARCH's conventions: an actor's code is composed with the
agent codes of its noun phrase ("Bree Prime Minister Romendacil", ROMENDACIL [BRE] → BREGOV); a line with
several codes (``[FRO/BIL/SAM]``) codes the name as each of them (one event per code); a name coded
``[---]`` is matched and gives no actor, so the shorter names inside it are not matched either; the user's
agent phrases are the agents (``MAIN_OPPOSITION_GROUP [~MOP]``). ABSENT rows are look-alikes."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.coding.kb import KnowledgeBase
from eventwire.coding.petrarch import add_petrarch_dictionary, read_actor_records
from petrarch_checks import coded, triples, write_dictionaries

ACTOR_LINES = """
ELDORIA [ELD]
+ELDORIAN
VALMONT  [ELD]   # a leader coded with his country alone: the office before his name composes with it
KESTREL_ISLES [KES/KSA/KSB]
SILVER_COAST [---]   # matched, no actor: "Silver" in it is no actor either
SILVER [SLV]
"""

AGENT_LINES = """
PRIME_MINISTER [~GOV]
PRESIDENT [~GOV]   # (h30h) once a user's agent file is loaded, ours step aside: the office must be the user's
MAIN_OPPOSITION_GROUP [~MOP]
"""


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory) -> list[str]:
    return write_dictionaries(tmp_path_factory, "h30g", ACTOR_LINES, AGENT_LINES)


@pytest.fixture(scope="module")
def pipeline(dictionaries):
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=dictionaries)


def _coded(pipeline, sentence: str) -> tuple[set, set]:
    art = coded(pipeline, sentence, "2014-09-01")
    return {a.code for a in art.actors}, triples(art)


# (sentence, an actor code the article has)
SPEC = [
    # a title before a name whose code has no sector: composed as PETRARCH composes actor + agent
    ("Eldoria Prime Minister Valmont met the Japanese delegation on Tuesday.", "ELDGOV"),
    ("Eldoria President Valmont arrived in Tokyo on Monday.", "ELDGOV"),
    # each code of a multi-code line is an actor
    ("The Kestrel Isles condemned the attack on Japan.", "KSA"),
    ("The Kestrel Isles condemned the attack on Japan.", "KSB"),
    # the user's three-word agent phrase, not our two-word "opposition group"
    ("Eldoria's main opposition group rejected the offer.", "ELDMOP"),
    # a name shorter than a null-coded one, alone, is coded
    ("Silver rejected the offer.", "SLV"),
]

# look-alikes: (sentence, a code the article must not have)
ABSENT = [
    ("Valmont met the Japanese delegation on Tuesday.", "ELDGOV"),  # no title: the code alone
    ("The Eldorian delegation met Valmont on Tuesday.", "ELDGOV"),  # no office before the name
    ("Eldoria's opposition group rejected the offer.", "ELDMOP"),  # two words of the phrase are not it
    ("Silver Coast fishermen rejected the offer.", "SLV"),  # inside the [---] name
    ("Silver Coast fishermen rejected the offer.", "SLVCVL"),
]


@pytest.mark.parametrize("sentence,code", SPEC)
def test_spec(pipeline, sentence, code):
    codes, events = _coded(pipeline, sentence)
    assert code in codes, (codes, events)


@pytest.mark.parametrize("sentence,code", ABSENT)
def test_absent(pipeline, sentence, code):
    codes, events = _coded(pipeline, sentence)
    assert code not in codes, (codes, events)


def test_multi_code_one_event_each(pipeline):
    _, events = _coded(pipeline, "The Kestrel Isles condemned Japan.")
    sources = {s for s, _c, t in events if t == "JPN"}
    assert {"KES", "KSA", "KSB"} <= sources, events


def test_reader_keeps_every_code(dictionaries):
    counts: Counter = Counter()
    recs = {r.name: r for r in read_actor_records(dictionaries[0], counts)}
    isles = recs["KESTREL_ISLES"].codes[0]
    assert isles.code == "KES" and isles.also == ("KSA", "KSB")
    assert counts["multi-code entries (one actor per code)"] == 1
    kb = KnowledgeBase()
    actors = add_petrarch_dictionary(kb, dictionaries[0])
    assert actors["null-code names (matched, no actor: they block shorter names in them)"] == 1
    assert kb.best("Silver Coast")[0].kind == "null" and kb.best("Silver")[0].code == "SLV"
    assert "Valmont" in kb.user_actor_names


def test_default_pipeline_unchanged():
    """eventwire's own dictionaries: no user names, no user agent phrases (none of this applies)."""
    import eventwire

    art = eventwire.extract("Japan's main opposition group rejected the offer.", published="2014-09-01")
    assert not any((a.code or "").endswith("MOP") for a in art.actors)


# -- `%` before the verb: PETRARCH's compound subject, its members acting on each other --------------------------
VERB_LINES = """\
--- HOLD [---] ---
HOLD
- % * TALKS  [031]
"""


@pytest.fixture(scope="module")
def verbs_only(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    path = tmp_path_factory.mktemp("petr_verbs") / "h30g.verbs.txt"
    path.write_text(VERB_LINES, encoding="utf-8")
    return Pipeline(verb_files=[str(path)], verbs_only=True)


@pytest.mark.parametrize("text,expected", [
    ("Russia and China held talks on Tuesday.", {("RUS", "031", "CHN"), ("CHN", "031", "RUS")}),
    # one subject is no compound: the pattern does not match (PETRARCH), not even with a partner named after it
    ("Russia held talks with China on Tuesday.", set()),
    ("Russia held talks on Tuesday.", set()),
])
def test_percent_needs_a_compound_subject(verbs_only, text, expected):
    events = {(e.source_code, e.cameo_code, e.target_code) for e in verbs_only.extract(text, published="2025-06-01").events}
    assert events == expected
