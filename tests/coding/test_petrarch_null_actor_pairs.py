"""(p30) With a user's PETRARCH agent file loaded, a description no actor owns is PETRARCH's null actor
("the military leader" → ---MIL, with no country). Such an actor among the parties of a pair phrase ("both
countries") is no member of the pair: the article used to fail with E099 (a None country code looked up)."""
from __future__ import annotations


def test_null_actor_in_a_pair_phrase(tmp_path):
    from eventwire.pipeline import Pipeline

    agents = tmp_path / "toy.agents.txt"
    agents.write_text("MILITARY_LEADER [~MIL]\nLEADER [~GOV]\n", encoding="utf-8")
    text = ("Russian President Vladimir Putin hosted Myanmar's military leader, Min Aung Hlaing, in Moscow on Tuesday. "
            "The warming of ties between the military leader and Putin reflects a deeper partnership amid sanctions "
            "facing both countries.")
    article = Pipeline(actor_files=[str(agents)]).extract(text, published="2025-03-05")
    assert ("RUSGOV", "043", "MMRMIL") in {(e.source_code, e.cameo_code, e.target_code) for e in article.events}
    assert not any(a.code is None and a.kind == "compound" and None in a.members for a in article.actors)
