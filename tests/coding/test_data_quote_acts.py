"""quote_acts.yaml (stage eventwire.quote_acts.v1): every cue group is a CAMEO code of an act a quotation can be
(disapproval, accusation, rejection, threat, praise), every cue phrase is words, and the phrases that answer an
act by themselves are cues."""
from __future__ import annotations

from eventwire.coding.cameo import cameo_table
from eventwire.coding.kb import read_yaml


def test_quote_act_cues():
    data = read_yaml("quote_acts.yaml")
    phrases = set()
    for group in data["cues"]:
        code = str(group["code"])
        assert code in cameo_table(), code
        assert code[:2] in ("05", "11", "12", "13"), code
        for p in group["phrases"]:
            assert p.strip() and p.split()[0] != "*" and p.split()[-1] != "*", p
            phrases.add(p)
    assert set(data["answering_phrases"]) <= phrases
    assert int(data["counterpart_lookback_sentences"]) >= 0 and 0 < float(data["confidence"]) <= 1
