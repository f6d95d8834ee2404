"""Helpers of the PETRARCH-import spec tests (test_petrarch_h30b/g/h.py, h31a/b/i/j, h32g/h/i/k, discards): a module's toy dictionary files,
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


def user_verb_suite(name: str, verb_lines: str, spec: list[tuple], absent: list[tuple]):
    """The scaffold the PETRARCH verb-file spec modules share (h31a/j, h32g/i/k): the fixtures `verb_path` (the
    module's toy verb file) and `pipeline` (eventwire with it loaded), and the tests `test_spec` (each row of `spec`,
    (what it shows, sentence, source, code, target), is coded) and `test_absent` (each row of `absent`, (what it
    guards against, sentence, (source, code, target)), is not). A module unpacks them into its own names:
    ``verb_path, pipeline, test_spec, test_absent = user_verb_suite("h32k", VERBS, SPEC, ABSENT)``."""
    import pytest

    @pytest.fixture(scope="module", name="verb_path")
    def verb_path(tmp_path_factory):
        return write_verbs(tmp_path_factory, name, verb_lines)

    @pytest.fixture(scope="module", name="pipeline")
    def pipeline(verb_path):
        from eventwire.pipeline import Pipeline

        return Pipeline(verb_files=[str(verb_path)])

    @pytest.mark.parametrize("line,sentence,source,code,target", spec, ids=[r[0] for r in spec])
    def test_spec(pipeline, line, sentence, source, code, target):
        got = user_codes(pipeline, sentence, null="---")
        assert has_event(got, source, code, target), got

    @pytest.mark.parametrize("line,sentence,triple", absent, ids=[r[0] for r in absent])
    def test_absent(pipeline, line, sentence, triple):
        got = user_codes(pipeline, sentence, null="---")
        assert not has_event(got, *triple), got

    return verb_path, pipeline, test_spec, test_absent


def mixed_verb_suite(name: str, verb_lines: str, spec_user: list[tuple], absent_user: list[tuple], spec: list[tuple],
                     absent: list[tuple] | None = None):
    """The scaffold of the spec modules that check a user's verb file and eventwire's own dictionaries side by side
    (h31b, h31i, h32j): the fixture `pipeline` (eventwire with the module's toy verb file loaded) and the tests
    `test_spec_user` (each row of `spec_user`, (what it shows, sentence, source, code, target), is coded with the verb
    file), `test_absent_user` (each row of `absent_user`, (what it guards against, sentence, code, target), is not, from
    any source), `test_spec` (each row of `spec`, (sentence, source, code, target, mode), is coded by the default
    pipeline) and `test_absent` (each row of `absent`, (sentence, (source, code, target)), is not; None without rows).
    ``pipeline, test_spec_user, test_absent_user, test_spec, test_absent = mixed_verb_suite("h31b", VERBS, ...)``."""
    import pytest

    from event_checks import check_absent, check_event

    @pytest.fixture(scope="module", name="pipeline")
    def pipeline(tmp_path_factory):
        from eventwire.pipeline import Pipeline

        return Pipeline(verb_files=[str(write_verbs(tmp_path_factory, name, verb_lines))])

    @pytest.mark.parametrize("why,sentence,source,code,target", spec_user, ids=[r[0] for r in spec_user])
    def test_spec_user(pipeline, why, sentence, source, code, target):
        got = user_codes(pipeline, sentence)
        assert has_event(got, source, code, target), got

    @pytest.mark.parametrize("why,sentence,code,target", absent_user, ids=[r[0] for r in absent_user])
    def test_absent_user(pipeline, why, sentence, code, target):
        got = user_codes(pipeline, sentence)
        assert not any(c == code and t.startswith(target) for _s, c, t in got), got

    @pytest.mark.parametrize("sentence,source,code,target,mode", spec)
    def test_spec(sentence, source, code, target, mode):
        check_event(sentence, source, code, target, mode)

    test_absent = None
    if absent:
        @pytest.mark.parametrize("sentence,triple", absent)
        def test_absent(sentence, triple):
            check_absent(sentence, triple)

    return pipeline, test_spec_user, test_absent_user, test_spec, test_absent
