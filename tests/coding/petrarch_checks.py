"""Helpers of the PETRARCH-import spec tests (test_petrarch_h30b/g/h.py, h31a/b/i/j, h32g/h, discards): a module's toy dictionary files,
and what a pipeline that loaded them makes of one sentence."""
from __future__ import annotations


def write_dictionaries(tmp_path_factory, name: str, actor_lines: str, agent_lines: str) -> list[str]:
    """`<name>.actors.txt` and `<name>.agents.txt` in a fresh folder; their paths, actors first."""
    folder = tmp_path_factory.mktemp(name)
    paths = [folder / f"{name}.actors.txt", folder / f"{name}.agents.txt"]
    for path, text in zip(paths, (actor_lines, agent_lines)):
        path.write_text(text, encoding="utf-8")
    return [str(p) for p in paths]


def write_verbs(tmp_path_factory, name: str, verb_lines: str):
    """`spec.verbs.txt` holding `verb_lines` in a fresh folder named after the module; its path."""
    path = tmp_path_factory.mktemp(name) / "spec.verbs.txt"
    path.write_text(verb_lines, encoding="utf-8")
    return path


def write_discards(tmp_path_factory, name: str, discard_lines: str):
    """`toy.discards.txt` holding `discard_lines` in a fresh folder named `name`; its path."""
    path = tmp_path_factory.mktemp(name) / "toy.discards.txt"
    path.write_text(discard_lines, encoding="utf-8")
    return path


def plain_and_discarding(discard_path):
    """Two pipelines on one spaCy model: without and with the discard file at `discard_path`."""
    from eventwire.nlp import load_spacy
    from eventwire.pipeline import Pipeline

    nlp = load_spacy()
    return Pipeline(nlp), Pipeline(nlp, discard_files=[str(discard_path)])


def user_codes(pipeline, sentence: str, null: str = "") -> list[tuple]:
    """The (source, code, target) of each event `pipeline` codes in one sentence published 2025-06-01, a missing side
    written `null`."""
    a = pipeline.extract(sentence, published="2025-06-01")
    return [(e.source_code or null, e.cameo_code, e.target_code or null) for e in a.events]


def has_event(got, source: str, code: str, target: str) -> bool:
    """Whether `got` (from `user_codes`) holds `code` with codes starting with `source` and `target`."""
    return any(c == code and s.startswith(source) and t.startswith(target) for s, c, t in got)


def coded(pipeline, sentence: str, published: str):
    """The article `pipeline` makes of one sentence published on that day."""
    from eventwire.model import Article, parse_date

    return next(iter(pipeline.pipe([Article(id="s", text=sentence, published=parse_date(published))])))


def triples(article) -> set[tuple]:
    return {(e.source_code, e.cameo_code, e.target_code) for e in article.events}


def mention_codes(pipeline, sentence: str, published: str) -> tuple[dict[str, set], set]:
    """Each mention's text → the codes of its actors, and the (source, code, target) triples."""
    art = coded(pipeline, sentence, published)
    codes = {a.id: a.code for a in art.actors}
    mentions: dict[str, set] = {}
    for m in art.mentions:
        mentions.setdefault(m.text, set()).add(codes.get(m.actor_id))
    return mentions, triples(art)
