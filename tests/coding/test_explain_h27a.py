"""(h27a) The explain instrument (coding/explain.py): for a trigger, every pattern of its lemma tried and the first
constraint it failed, the argument step that found no side, or the post-pass that removed its event; and the eval's
table of misses by the class of what rejected the nearest pattern of the gold root."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from eventwire.coding.explain import attempts, explain
    from eventwire.model import Article
    from eventwire.pipeline import default_pipeline

    p = default_pipeline()
    coder = next(s for s in p.stages if hasattr(s, "_constraint_failure"))

    def go(text: str, word: str, roots=None):
        doc = p.nlp(text)
        article = Article(id="t", text=text)
        for stage in p.stages[:p.stages.index(coder)]:
            article = stage(doc, article)
        trace = explain(coder, doc, article)
        assert coder._trace is None  # the trace is attached for the one run only
        tok = next(t for t in doc if t.text == word)
        return {a.pattern: a for a in attempts(coder, trace, tok, roots)}, attempts(coder, trace, tok, roots)

    return go


def test_object_list_rejects(run):
    # "attacked the decision" is criticism: the attack on sites asks for a site, and names the object it did not take
    by_id, ordered = run("Russia attacked the decision by Ukraine.", "attacked", {"19"})
    a = by_id["x.strike_sites.190"]
    assert (a.stage, a.cls) == ("constraint", "object list") and "'decision'" in a.detail
    assert ordered[0].stage == "constraint"  # nearest: a pattern tried, not one the 111 reading preempted
    assert by_id["attack.190"].stage == "not_reached" and "n.attack_words.111" in by_id["attack.190"].detail


def test_preposition_rejects(run):
    by_id, _ = run("Turkey accused the statement.", "accused")
    a = by_id["x.accuse_warcrimes.1124"]
    assert (a.stage, a.cls, a.detail) == ("constraint", "preposition", "prep 'of' (none)")
    assert (by_id["accuse.112"].stage, by_id["accuse.112"].detail) == ("arguments", "no_target")


def test_post_pass_removes(run):
    # a report about one's own country is no interaction: the statement's event is made, then dropped
    by_id, _ = run("Norway's foreign minister said Norway would send aid to Ukraine.", "said")
    a = by_id["state.ccomp.010"]
    assert (a.stage, a.detail, a.cls) == ("removed", "drop_attributions", "post-pass filter")
    by_id, _ = run("Norway's foreign minister said Norway would send aid to Ukraine.", "send")
    assert by_id["give_aid.073"].stage == "kept"


def test_constraints_agree_with_failure(run):
    from eventwire.pipeline import default_pipeline

    p = default_pipeline()
    coder = next(s for s in p.stages if hasattr(s, "_constraint_failure"))
    doc = p.nlp("Turkey accused Greece of violating its airspace and signed a deal with Libya.")
    for tok in doc:
        for kind in ("verb", "noun"):
            for pat in coder.by_lemma.get(f"{kind}:{tok.lemma_.lower()}", []):
                assert coder._constraints(pat, tok) == (coder._constraint_failure(pat, tok) is None)


def test_eval_counts_misses_by_rejecting_class():
    from eventwire.eval import evaluate
    from eventwire.pipeline import default_pipeline

    text = "Russia attacked the decision by Ukraine."
    gold = {"id": "g", "text": text, "published": "2025-06-01", "events": [
        {"sentence": text, "source_code": "RUS", "target_code": "UKR", "cameo_root": "19", "cameo_code": "190",
         "plover_type": "ASSAULT", "mode": "happened"}]}
    s = evaluate([gold], default_pipeline())
    assert s.miss_rejections == {"object list": [1, 0]}  # the miss is other_root (the 111), not no_event_actors_found
    why = s.per_article[0]["missed_why"][0]
    assert why and "x.strike_sites.190" in why[0] and "object 'decision'" in why[0]
