"""eventwire.eval: reading gold files and the arithmetic of the scores (hand-made predictions, no NLP)."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.eval import Scores, evaluate, read_gold
from eventwire.eval.score import _speaker_ok, actor_level
from eventwire.model import Actor, Article, Event, Mention, Quote, Span

DEV_GOLD = Path(__file__).resolve().parents[3] / "shared" / "examples" / "dev-gold.jsonl"

TEXT = "Putin hosted Hlaing in Moscow. Myanmar rejected the warrant. The EU condemned the coup."
S1, S2, S3 = "Putin hosted Hlaing in Moscow.", "Myanmar rejected the warrant.", "The EU condemned the coup."


def gold_event(sentence, src, tgt, root, code, plover, **alts):
    return {"sentence": sentence, "source_actor": src, "source_code": src, "target_actor": tgt, "target_code": tgt,
            "plover_type": plover, "cameo_root": root, "cameo_code": code, "mode": "happened", "event_date": None,
            "alternatives": alts}


GOLD = {"id": "g1", "published": "2025-03-05", "text": TEXT,
        "events": [gold_event(S1, "RUSGOV", "MMRMIL", "04", "043", "CONSULT"),
                   gold_event(S2, "MMRGOV", "IGOJUDICC", "12", "125", "REJECT", source_code=["MMR"]),
                   gold_event(S3, "IGOEUREEC", "MMRMIL", "11", "111", "ACCUSE")],
        "quotes": [{"quote": "We reject it", "speaker": "Min Aung Hlaing"}],
        "entities": ["Vladimir Putin", "Myanmar", "European Union"]}


def event(sentence, src, tgt, code, plover="X") -> Event:
    start = TEXT.index(sentence)
    return Event(source_actor=src, source_code=src, target_actor=tgt, target_code=tgt, cameo_code=code,
                 cameo_root=code[:2], quad_class=1, goldstein=0.0, plover_type=plover, plover_mode=None,
                 plover_context=None, mode="happened", event_date=None, date_precision="unknown", sentence=sentence,
                 sentence_index=0, span=Span(start, start + len(sentence)), trigger="x", confidence=0.8, rule="t")


class FakePipeline:
    """Returns canned coded articles in input order, like `Pipeline.pipe`."""

    def __init__(self, **coded):
        self.coded = coded

    def pipe(self, articles):
        for a in articles:
            yield replace(a, **self.coded)


def score(**coded) -> dict:
    return evaluate([GOLD], FakePipeline(**coded)).figures()


ACTOR_LEVEL = [  # code -> the country, or the organisation an international code names
    ("RUSGOV", "RUS"), ("MMR", "MMR"), (None, None),
    ("IGOJUDICC", "IGOICC"), ("IGOJUDICJ", "IGOICJ"),          # a sector part is not the organisation
    ("IGOWSTNAT", "IGONAT"), ("IGONAT", "IGONAT"),             # a region part neither
    ("IGOUNO", "IGOUNO"), ("IGOUNOHCHR", "IGOUNO"),            # a UN office is part of the UN
    ("IGOEUREEC", "IGOEEC"), ("NGOMSF", "NGOMSF"),
    ("IGOAFRAU", "IGOAFU"), ("IGOAFRAFU", "IGOAFU"),           # another dictionary's code for the AU
    ("IGOAFRAUCOM", "IGOAFU"),                                 # ... and a body named under it (the AU Commission)
    ("KSVGOV", "XKX"), ("XKXGOV", "XKX"),                      # ... and for Kosovo (Phoenix's KSV)
]


@pytest.mark.parametrize("code, expected", ACTOR_LEVEL)
def test_actor_level(code, expected):
    assert actor_level(code) == expected


@pytest.mark.parametrize("gold, pred, ok", [
    ("Lars Løkke Rasmussen", "Lars Lokke Rasmussen", True),    # ø has no NFKD decomposition
    ("Jean-Noël Barrot", "Jean-Noel Barrot", True),
    ("Maria Zakharova", "Zakharova", True),
    ("Sergei Lavrov", "Sergei Ryabkov", False),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani", True),  # a part left out
    ("Abdullah bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan", False),  # another first name
    ("Kim Jong", "Kim Jong Un", True),
    ("Jong Un", "Kim Jong Un", True),
    ("Abbas Araqchi", "Abbas Araghchi", True),                  # (p27) transliterated two ways
    ("Abbas Araghchi", "Abbas Abbasi", False),
    ("ECOWAS", "Economic Community of West African States", True),  # (p27) initials
    ("U.N. Security Council", "United Nations Security Council", True),
    ("U.N. Security Council", "United Nations General Assembly", False),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("EU", "African Union", False),
])
def test_speaker_names(gold, pred, ok):
    assert _speaker_ok(gold, pred) is ok


def test_perfect_prediction():
    f = score(events=(event(S1, "RUSGOV", "MMRMIL", "043"), event(S2, "MMRGOV", "IGOJUDICC", "125"),
                      event(S3, "IGOEUREEC", "MMRMIL", "111")))
    assert f["event_recall_strict"] == f["event_precision_strict"] == f["event_f1_strict"] == 1.0
    assert f["event_recall_actor"] == f["cameo_root_accuracy"] == 1.0


def test_actor_level_vs_strict_and_symmetry():
    f = score(events=(
        event(S1, "MMRMIL", "RUS", "043"),          # reversed CONSULT: symmetric; RUS ~ RUSGOV at actor level
        event(S2, "MMR", "IGOJUDICC", "121"),       # MMR is an accepted alternative; 121 wrong code, right root
        event(S3, "MMRMIL", "IGOEUREEC", "111"),    # ACCUSE is directed: reversed does not match
        event(S3, "USAGOV", "MMRMIL", "111"),       # wrong source
    ))
    assert f["event_recall_actor"] == round(2 / 3, 3)
    assert f["event_precision_actor"] == 0.5
    assert f["event_recall_strict"] == 0.0  # 043 reversed has RUS not RUSGOV; 121 is not 125
    assert f["event_precision_actor_all"] == 0.5


def test_root_accuracy_counts_pairs_with_wrong_root():
    f = score(events=(event(S1, "RUSGOV", "MMRMIL", "051"),))
    assert f["event_recall_actor"] == 0.0 and f["cameo_root_accuracy"] == 0.0


def test_events_off_gold_sentences_do_not_cost_precision_on_gold():
    on = event(S1, "RUSGOV", "MMRMIL", "043")
    off = replace(on, span=Span(len(TEXT) + 5, len(TEXT) + 9))
    f = score(events=(on, off))
    assert f["event_precision_actor"] == 1.0 and f["event_precision_actor_all"] == 0.5


def test_unmatched_predictions_are_listed():
    # (p23) `eval -v` lists what precision lost: predictions on gold sentences that match no gold event
    on = event(S1, "RUSGOV", "MMRMIL", "043")
    wrong = event(S1, "RUSGOV", "MMRMIL", "051")
    s = evaluate([GOLD], FakePipeline(events=(on, wrong)))
    unmatched = s.per_article[0]["unmatched"]
    assert len(unmatched) == 1 and unmatched[0].startswith("RUSGOV->MMRMIL 051 (")


def test_one_sided_events_are_counted_not_scored():
    # ANNOTATION.md: an event is an interaction between two actors; a one-sided one is outside the gold
    on = event(S1, "RUSGOV", "MMRMIL", "043")
    alone = replace(event(S2, "MMRGOV", None, "120"), target_actor="")
    s = evaluate([GOLD], FakePipeline(events=(on, alone)))
    f = s.figures()
    assert f["event_precision_actor"] == 1.0 and s.one_sided_events == 1
    assert s.predicted_events == 1


def test_mode_and_date_over_matched_events():
    # mode and date are scored over the events matched at actor level; a null gold date is a value,
    # alternatives are accepted, and the disagreements are listed per article
    gold = {**GOLD, "events": [{**GOLD["events"][0], "event_date": "2025-03-04"},
                               {**GOLD["events"][1], "mode": "planned", "alternatives": {"mode": ["denied"]}},
                               GOLD["events"][2]]}
    s = evaluate([gold], FakePipeline(events=(
        replace(event(S1, "RUSGOV", "MMRMIL", "043"), event_date="2025-03-04"),     # date right
        replace(event(S2, "MMRGOV", "IGOJUDICC", "125"), mode="denied"),             # an accepted mode
        replace(event(S3, "IGOEUREEC", "MMRMIL", "111"), mode="planned", event_date="2025-03"),  # both wrong
        replace(event(S3, "USAGOV", "MMRMIL", "111"), mode="planned"),                # unmatched: not scored
    )))
    f = s.figures()
    assert (s.mode_pairs, s.mode_right, s.date_pairs, s.date_right) == (3, 2, 3, 2)
    assert f["mode_accuracy"] == f["date_accuracy"] == round(2 / 3, 3)
    art = s.per_article[0]
    assert art["mode_wrong"] == ["IGOEUREEC->MMRMIL 111: gold happened, got planned: " + S3]
    assert art["date_wrong"] == ["IGOEUREEC->MMRMIL 111: gold None, got 2025-03: " + S3]
    assert Scores().figures()["mode_accuracy"] == 0.0


def test_quotes_and_entities():
    quote = Quote("We reject it", "Min Aung Hlaing", "MMRMIL", Span(0, 12))
    actors = (Actor("A1", "Vladimir Putin", "RUSGOV", "person"), Actor("A2", "Myanmar", "MMR", "country"))
    f = score(quotes=(quote,), actors=actors)
    assert f["quote_recall"] == 1.0 and f["speaker_accuracy"] == 1.0
    assert f["entity_recall"] == round(2 / 3, 3)
    f = score(quotes=(replace(quote, speaker="Vladimir Putin"),))
    assert f["quote_recall"] == 1.0 and f["speaker_accuracy"] == 0.0


def mention(sentence, word, actor_id) -> Mention:
    start = TEXT.index(sentence) + sentence.index(word)
    return Mention(start, start + len(word), word, actor_id, 0, "dictionary")


PUTIN, HLAING = Actor("A1", "Vladimir Putin", "RUSGOV", "person"), Actor("A2", "Min Aung Hlaing", "MMRMIL", "person")
BOTH_MENTIONED = {"actors": (PUTIN, HLAING), "mentions": (mention(S1, "Putin", "A1"), mention(S1, "Hlaing", "A2"))}
PAIR = Actor("A3", "the two leaders", None, "compound", members=("A1", "A2"))
PAIR_MENTIONED = {"actors": (PUTIN, HLAING, PAIR), "mentions": (mention(S1, "Hlaing", "A3"),)}  # one mention, both members


@pytest.mark.parametrize("coded, cause", [  # what is on the first gold sentence (RUSGOV -> MMRMIL 043) -> why it was missed
    ({}, "no_event_actor_missing"),
    (BOTH_MENTIONED, "no_event_actors_found"),
    (PAIR_MENTIONED, "no_event_actors_found"),
    ({"events": (replace(event(S1, "RUSGOV", "MMRMIL", "043"), target_code=None),)}, "one_sided_only"),
    ({"events": (event(S1, "RUSGOV", "MMRMIL", "111"),)}, "other_root"),
    ({"events": (event(S1, "RUSGOV", "UKR", "043"),)}, "other_target"),
    ({"events": (event(S1, "CHN", "MMRGOV", "043"),)}, "other_source"),
    ({"events": (event(S1, "CHN", "UKR", "043"),)}, "other_actors"),
    ({"events": (event(S2, "RUSGOV", "MMRMIL", "043"),)}, "no_event_actor_missing"),  # an event of another sentence
])
def test_miss_causes(coded, cause):
    s = evaluate([{**GOLD, "events": GOLD["events"][:1]}], FakePipeline(**coded))
    assert s.miss_causes == {cause: 1}
    assert f"[{cause}]" in s.per_article[0]["missed"][0]


def test_no_miss_cause_when_matched():
    s = evaluate([{**GOLD, "events": GOLD["events"][:1]}], FakePipeline(events=(event(S1, "RUSGOV", "MMRMIL", "043"),)))
    assert s.miss_causes == {} and s.per_article[0]["missed"] == []


class _Token:
    def __init__(self, lemma):
        self.lemma_ = lemma


def test_misses_without_trigger():
    """A missed gold event whose sentence holds no trigger lemma of a pattern of its root is a lexicon gap; counted only
    when the pipeline has an `nlp` to lemmatize with."""
    lemmas = {"hosted": "host", "rejected": "reject", "condemned": "condemn"}

    def nlp(text):
        return [_Token(lemmas.get(w.strip(".").lower(), w.strip(".").lower())) for w in text.split()]

    pipeline = FakePipeline()
    pipeline.nlp = nlp
    s = evaluate([GOLD], pipeline)
    assert sum(s.miss_causes.values()) == 3 and s.misses_without_trigger == 0  # host (04), reject (12), condemn (11)
    gold = {**GOLD, "events": [gold_event(S1, "RUSGOV", "MMRMIL", "19", "190", "ASSAULT")]}  # no 19 trigger in S1
    scored = evaluate([gold], pipeline)
    assert scored.misses_without_trigger == 1
    assert "[no_event_actor_missing; no trigger word]" in scored.per_article[0]["missed"][0]
    assert evaluate([gold], FakePipeline()).misses_without_trigger == 0  # no nlp: not counted


def test_scores_to_dict_is_json():
    s = evaluate([GOLD, {**GOLD, "id": "g2"}], FakePipeline())
    d = json.loads(json.dumps(s.to_dict()))
    assert d["articles"] == 2 and d["gold_events"] == 6 and d["figures"]["event_recall_actor"] == 0.0
    assert [a["id"] for a in d["per_article"]] == ["g1", "g2"] and len(d["per_article"][0]["missed"]) == 3
    assert Scores().figures()["event_f1_actor"] == 0.0  # no division by zero


# -- reading gold ----------------------------------------------------------------------------------------

def test_reads_the_shared_dev_gold():
    if not DEV_GOLD.exists():
        pytest.skip("../shared is not available")
    gold = read_gold(DEV_GOLD)
    assert gold and all(g["events"] for g in gold)
    assert all(e["sentence"] in g["text"] for g in gold for e in g["events"])


@pytest.mark.parametrize("content, code, hint", [
    ('{"id": 1, "text": "x", "events": []}\n{not json}\n', "E050", "line 2"),
    ('{"id": 1, "events": []}\n', "E050", "'text'"),
    ('[1, 2]\n', "E050", "'text'"),
    ('{"id": 1, "text": "x", "events": [{"source_code": "RUS"}]}\n', "E050", "sentence"),
    ('{"id": 1, "text": "x", "events": [], "published": "March 5"}\n', "E050", "published"),
])
def test_bad_gold_files(tmp_path, content, code, hint):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as exc:
        read_gold(path)
    assert exc.value.code == code and hint in str(exc.value)


def test_missing_gold_file(tmp_path):
    with pytest.raises(EventwireError) as exc:
        read_gold(tmp_path / "nope.jsonl")
    assert exc.value.code == "E008"


def test_names_compare_without_accents():
    # one name as written with and without its accents is one speaker (and one entity)
    from eventwire.eval.score import _speaker_ok
    assert _speaker_ok("Jean-Noel Barrot", "Jean-Noël Barrot") and _speaker_ok("Yvan Gil", "Yván Gil")
    assert not _speaker_ok("Yvan Gil", "Delcy Rodríguez")


def test_speaker_body_named_another_way():
    """(p29) A body or country speaker named one way by the gold and another by the coder is right when the gold name,
    coded alone, has the coder's full code; a person must be named (two officials of one government share its code)."""
    from eventwire.eval.score import _body_coder, _same_body
    from eventwire.model import parse_date
    from eventwire.pipeline import default_pipeline

    code = _body_coder(default_pipeline())
    article = Article(id="q", text="x", published=parse_date("2025-06-01"))
    said = Quote("no targets were planned", "Russia (GOV)", "RUSGOV", Span(0, 5))
    assert _same_body("Kremlin", said, article, code)
    assert not _same_body("Ukraine", said, article, code)                       # another country
    assert not _same_body("Dmitry Peskov", said, article, code)                 # a person must be named
    assert not _same_body("Kremlin", replace(said, speaker_code="RUS"), article, code)  # full code, not the country
    assert _body_coder(FakePipeline()) is None
