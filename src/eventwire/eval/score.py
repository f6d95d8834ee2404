"""Event, quote and entity scores against gold (the ANNOTATION.md format).

Events match one-to-one within an article when they come from the gold sentence, their actors
agree and their CAMEO root agrees (alternatives accepted). *Actor-level* compares the country or
organisation part of a code (RUSGOV ~ RUS; IGOJUDICC ~ IGO+ICC; IGOWSTNAT ~ IGONAT); *strict* compares full codes
and the full CAMEO code. Talks, meetings and agreements are symmetric (either direction). Over the events matched at
actor level, the mode (happened / planned / denied / hypothetical) and the event date (`YYYY-MM-DD`, `YYYY-MM`,
`YYYY` or null, compared as written) are scored too: `mode_accuracy`, `date_accuracy`."""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz

from ..errors import EventwireError
from ..model import Article, Event

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@functools.lru_cache(maxsize=1)
def _code_parts() -> frozenset[str]:
    """Region and sector codes (regions.yaml, sectors.yaml): the parts of an international code
    that place or qualify an organisation rather than name it (IGO *WST* NAT, IGO *JUD* ICC)."""
    from ..coding.kb import read_yaml

    regions = {r["code"] for r in read_yaml("regions.yaml")["regions"]}
    return frozenset(regions | set(read_yaml("sectors.yaml")["sectors"]))


@functools.lru_cache(maxsize=1)
def _other_codes() -> dict[str, str]:
    """Codes other CAMEO dictionaries give a body or a country (organisations.yaml and countries.yaml
    `other_codes`) → ours: IGOAFRAU → IGOAFRAFU, KSV → XKX, so a gold file written with the other code
    scores the same actor."""
    from ..coding.kb import read_yaml

    bodies = [*read_yaml("organisations.yaml")["organisations"], *read_yaml("countries.yaml")["countries"]]
    return {o: e["code"] for e in bodies for o in e.get("other_codes", ())}


@functools.lru_cache(maxsize=1)
def _organisation_codes() -> dict[str, str]:
    """(p25) Every code of an organisation in organisations.yaml, its own and `other_codes`, → its own: a code that
    begins with one of them names a body of that organisation (IGOAFRAUCOM, the African Union Commission, begins with
    IGOAFRAU, another dictionary's code for the African Union IGOAFRAFU)."""
    from ..coding.kb import read_yaml

    out = {}
    for e in read_yaml("organisations.yaml")["organisations"]:
        for c in (e["code"], *e.get("other_codes", ())):
            out.setdefault(c, e["code"])
    return out


def actor_level(code: str | None) -> str | None:
    """The country, or for an international code the organisation it names: RUSGOV ~ RUS;
    IGOWSTNAT ~ IGONAT ~ IGO+NAT; IGOJUDICC ~ IGO+ICC; a UN office IGOUNOHCHR ~ IGOUNO (the office
    is part of the UN, as RUSGOV is part of RUS); another dictionary's code for a body ~ ours
    (IGOAFRAU ~ IGOAFRAFU), and so is a body whose code begins with that other code (IGOAFRAUCOM ~ IGOAFRAFU)."""
    if not code:
        return None
    code = _other_codes().get(code, code)
    orgs = _organisation_codes()
    body = max((c for c in orgs if len(c) >= 6 and len(c) < len(code) and code.startswith(c)), key=len, default=None)
    if body is not None and orgs[body] != body:
        code = orgs[body]  # a body named under another dictionary's code of its organisation (IGOAFRAUCOM ~ IGOAFRAFU)
    if code.startswith(("IGO", "NGO", "IMG", "MNC")) and len(code) > 3:
        rest = code[3:]
        while len(rest) > 3 and rest[:3] in _code_parts():
            rest = rest[3:]
        return code[:3] + rest[:3]
    return _other_codes().get(code[:3], code[:3])


def read_gold(path: str | Path) -> list[dict]:
    """Gold articles from a JSONL file (ANNOTATION.md); E008 when it is missing, E050 when a line
    is not a gold record (so a bad gold file fails before the pipeline is loaded)."""
    from ..model import parse_date

    out = []
    if not Path(path).is_file():
        raise EventwireError("E008", path=path)
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise EventwireError("E050", path=path, line=n, reason=str(exc)) from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("events"), list):
                raise EventwireError("E050", path=path, line=n, reason="needs 'text' (a string) and 'events' (a list)")
            for k, g in enumerate(rec["events"]):
                if not isinstance(g, dict) or not isinstance(g.get("sentence"), str):
                    raise EventwireError("E050", path=path, line=n, reason=f"event {k} needs a 'sentence'")
            try:
                parse_date(rec.get("published"))
            except ValueError:
                raise EventwireError("E050", path=path, line=n,
                                     reason=f"published {rec.get('published')!r} is not YYYY-MM-DD") from None
            out.append(rec)
    return out


def _codes(g: dict, key: str) -> set[str]:
    return {c for c in [g.get(key), *g.get("alternatives", {}).get(key, [])] if c}


def _sentence_span(text: str, sentence: str) -> tuple[int, int]:
    i = text.find(sentence)
    return (i, i + len(sentence)) if i >= 0 else (-1, -1)


def _overlaps(e: Event, span: tuple[int, int]) -> bool:
    return span[0] >= 0 and e.span.start < span[1] and span[0] < e.span.end


def _match(g: dict, e: Event, strict: bool, check_root: bool = True) -> bool:
    src, tgt = _codes(g, "source_code"), _codes(g, "target_code")
    roots = _codes(g, "cameo_root")
    if strict:
        ok_dir = lambda s, t: s in src and t in tgt  # noqa: E731
    else:
        sl, tl = {actor_level(c) for c in src}, {actor_level(c) for c in tgt}
        ok_dir = lambda s, t: actor_level(s) in sl and actor_level(t) in tl  # noqa: E731
    ok = ok_dir(e.source_code, e.target_code)
    if not ok and g.get("plover_type") in SYMMETRIC:
        ok = ok_dir(e.target_code, e.source_code)
    if not ok:
        return False
    if not check_root:
        return True
    if strict:
        return e.cameo_code == g.get("cameo_code") or e.cameo_code in g.get("alternatives", {}).get("cameo_code", [])
    return e.cameo_root in roots


def _pairs(gold: list[dict], pred: list[Event], text: str, strict: bool, check_root: bool = True) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        span = _sentence_span(text, g["sentence"])
        for pi, e in enumerate(pred):
            if pi in used or not _overlaps(e, span):
                continue
            if _match(g, e, strict, check_root):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _norm(s: str) -> str:
    """Lower case, punctuation as spaces, accents dropped: "Jean-Noël Barrot" and "Jean-Noel Barrot"
    are one name as written in two newsrooms."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\W+", " ", folded).strip().lower()


@dataclass
class Scores:
    articles: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    predicted_on_gold_sentences: int = 0
    one_sided_events: int = 0
    matched_actor: int = 0
    matched_strict: int = 0
    actor_pairs: int = 0
    root_correct: int = 0
    mode_pairs: int = 0
    mode_right: int = 0
    date_pairs: int = 0
    date_right: int = 0
    gold_quotes: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    gold_entities: int = 0
    entities_found: int = 0
    miss_causes: dict[str, int] = field(default_factory=dict)
    misses_without_trigger: int = 0  # missed gold events whose sentence holds no trigger word of a pattern of their root
    # (h27a) the misses with a trigger word of their root, by the class of what rejected the nearest pattern
    # (coding/explain.py): class → [misses, of which no_event_actors_found]
    miss_rejections: dict[str, list[int]] = field(default_factory=dict)
    per_article: list[dict] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    def figures(self) -> dict[str, float]:
        r = self._ratio
        rec_a, rec_s = r(self.matched_actor, self.gold_events), r(self.matched_strict, self.gold_events)
        pre_a = r(self.matched_actor, self.predicted_on_gold_sentences)
        pre_s = r(self.matched_strict, self.predicted_on_gold_sentences)
        f = lambda p, q: round(2 * p * q / (p + q), 3) if p + q else 0.0  # noqa: E731
        return {
            "event_recall_actor": rec_a, "event_precision_actor": pre_a, "event_f1_actor": f(pre_a, rec_a),
            "event_recall_strict": rec_s, "event_precision_strict": pre_s, "event_f1_strict": f(pre_s, rec_s),
            "event_precision_actor_all": r(self.matched_actor, self.predicted_events),
            "cameo_root_accuracy": r(self.root_correct, self.actor_pairs),
            "mode_accuracy": r(self.mode_right, self.mode_pairs),
            "date_accuracy": r(self.date_right, self.date_pairs),
            "quote_recall": r(self.quotes_found, self.gold_quotes),
            "speaker_accuracy": r(self.speakers_right, self.quotes_found),
            "entity_recall": r(self.entities_found, self.gold_entities),
        }

    def to_dict(self) -> dict:
        d = asdict(self)
        d["figures"] = self.figures()
        return d


def _speaker_ok(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return False
    g, p = _norm(gold), _norm(pred)
    # letters NFKD does not decompose ("Løkke" as "L kke") differ by a character or two: a close
    # spelling of the same full name counts (rapidfuzz ratio >= 90 on names of 8+ characters)
    if g == p or g in p or p in g or (min(len(g), len(p)) >= 8 and fuzz.ratio(g, p) >= 90):
        return True
    # (p26) a long name written with a part left out ("Mohammed bin Abdulrahman Al Thani" for "Mohammed bin Abdulrahman
    # bin Jassim Al Thani"): the same first word and every word of the shorter, three or more, in the longer
    a, b = sorted((g.split(), p.split()), key=len)
    if len(a) >= 3 and a[0] == b[0] and set(a) <= set(b):
        return True
    # (p27) one name transliterated two ways ("Abbas Araqchi", "Abbas Araghchi"; "Mohammed"/"Muhammad"): as many words,
    # the first alike, each pair of words close (rapidfuzz ratio >= 75) and the whole >= 85
    if len(a) == len(b) >= 2 and (a[0] == b[0] or a[-1] == b[-1]) and fuzz.ratio(g, p) >= 85 \
            and all(fuzz.ratio(x, y) >= 75 for x, y in zip(a, b)):
        return True
    # (p27) a body by its initials ("ECOWAS" for "Economic Community of West African States"; "U.N. Security Council" for
    # "United Nations Security Council"): single letters or one short word stand for the initials of the other's words
    return _initials(g.split(), p.split()) or _initials(p.split(), g.split())


_MINOR = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "du", "la", "le", "et"})


def _initials(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` with a run of its words written as their initials: "u n security council" ~ "united
    nations security council", "ecowas" ~ "economic community of west african states" (minor words skipped)."""
    i = j = 0
    used = False
    while i < len(short) and j < len(full):
        if short[i] == full[j]:
            i, j = i + 1, j + 1
            continue
        letters = short[i] if len(short[i]) > 1 else ""
        run = []
        if letters:  # one word of initials: "ecowas"
            k, n = j, 0
            while k < len(full) and n < len(letters):
                if full[k] in _MINOR and full[k][0] != letters[n]:
                    k += 1
                    continue
                if full[k][0] != letters[n]:
                    break
                k, n = k + 1, n + 1
            if n == len(letters) and len(letters) >= 2:
                i, j, used = i + 1, k, True
                continue
            return False
        while i < len(short) and len(short[i]) == 1 and j < len(full) and full[j][0] == short[i]:
            run.append(short[i])  # letters one by one: "u n"
            i, j = i + 1, j + 1
        if len(run) < 2:
            return False
        used = True
    return used and i == len(short) and j == len(full)


MISS_CAUSES = {
    "no_event_actors_found": "no event on the sentence though both gold actors are mentioned in it (a trigger or argument gap)",
    "no_event_actor_missing": "no event on the sentence and a gold actor is not mentioned in it as coded (an actor gap first)",
    "one_sided_only": "only one-sided events on the sentence (an argument not linked)",
    "other_root": "an event with the gold actors under another CAMEO root",
    "other_target": "an event from the gold source aimed at another target",
    "other_source": "an event on the gold target from another source",
    "other_actors": "events on the sentence, none with either gold actor on its side",
}


def _mentioned(codes: set[str], article: Article, span: tuple[int, int]) -> bool:
    """Is an actor of one of `codes` (actor level) mentioned inside the character span? A compound actor's mention
    ("the three countries") mentions each of its members."""
    levels = {actor_level(c) for c in codes}
    by_id = {a.id: a for a in article.actors}

    def named(actor_id: str | None) -> set:
        actor = by_id.get(actor_id)
        if actor is None:
            return set()
        return {actor_level(actor.code)} | {actor_level(getattr(by_id.get(m), "code", None)) for m in actor.members}

    return any(m.start < span[1] and span[0] < m.end and named(m.actor_id) & levels for m in article.mentions)


def miss_cause(g: dict, article: Article, pred: list[Event]) -> str:
    """Why a gold event was missed, as one of MISS_CAUSES (first that applies, in that order of
    severity): what a developer reads to decide whether the gap is the lexicon, the arguments or the actors."""
    span = _sentence_span(article.text, g["sentence"])
    on = [e for e in pred if _overlaps(e, span)]
    if not on:
        if any(_overlaps(e, span) for e in article.events):
            return "one_sided_only"
        found = _mentioned(_codes(g, "source_code"), article, span) and _mentioned(_codes(g, "target_code"), article, span)
        return "no_event_actors_found" if found else "no_event_actor_missing"
    if any(_match(g, e, strict=False, check_root=False) for e in on):
        return "other_root"
    src = {actor_level(c) for c in _codes(g, "source_code")}
    tgt = {actor_level(c) for c in _codes(g, "target_code")}
    if any(actor_level(e.source_code) in src for e in on):
        return "other_target"
    if any(actor_level(e.target_code) in tgt for e in on):
        return "other_source"
    return "other_actors"


@functools.lru_cache(maxsize=1)
def _root_trigger_lemmas() -> dict[str, frozenset[str]]:
    """CAMEO root → the trigger lemmas of the patterns that code it (silent readings left out)."""
    from ..coding.events import load_patterns

    out: dict[str, set[str]] = {}
    for p in load_patterns()[0]:
        if not p.silent:
            out.setdefault(p.code[:2], set()).update(p.lemmas)
    return {k: frozenset(v) for k, v in out.items()}


def lacks_trigger(g: dict, lemmas: set[str]) -> bool:
    """Whether a gold event's sentence (its `lemmas`) holds no trigger lemma of any pattern of the gold root or its
    alternatives: a lexicon gap, where any other miss has the word and fails on the pattern's constraints, arguments or
    actors."""
    table = _root_trigger_lemmas()
    return not any(lemmas & table.get(r, frozenset()) for r in _codes(g, "cameo_root"))


def _one_per_symmetric_pair(events: list[Event]) -> list[Event]:
    """Talks, meetings and agreements are symmetric (ANNOTATION.md: either direction counts), so
    the gold holds one event where a coder may give both directions (A→B and B→A, same code, same
    sentence); the pair counts as one predicted event, the first in text order."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        if e.plover_type in SYMMETRIC:
            key = (e.sentence_index, e.cameo_code, frozenset((e.source_code, e.target_code)))
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


def _accepted(g: dict, key: str) -> set:
    """The gold value of `key` and its alternatives; a null date is a value (the article does not date it)."""
    return {g.get(key), *g.get("alternatives", {}).get(key, [])}


def _agreement(gold_events: list[dict], pred: list[Event], pairs: list[tuple[int, int]], key: str) -> tuple[int, list[str]]:
    """Of the matched pairs whose gold event states `key` (mode, event_date): how many agree, and the
    disagreements, each as "SRC->TGT code: gold X, got Y: sentence"."""
    n, wrong = 0, []
    for gi, pi in pairs:
        g, e = gold_events[gi], pred[pi]
        if key not in g:
            continue
        n += 1
        if getattr(e, key) not in _accepted(g, key):
            wrong.append(f'{g["source_code"]}->{g["target_code"]} {g["cameo_code"]}: gold {g[key]}, got '
                         f'{getattr(e, key)}: {g["sentence"][:60]}')
    return n, wrong


def _nearest(explainer, article: Article, g: dict) -> list:
    """(h27a) The patterns of the gold root tried on its trigger words in the gold sentence, nearest to an event
    first (coding/explain.py `Attempt`); [] when the parse in the article holds no such word."""
    coder, doc, trace = explainer(article)
    from ..coding.explain import attempts

    span = _sentence_span(article.text, g["sentence"])
    roots = _codes(g, "cameo_root")
    table = _root_trigger_lemmas()
    words = set().union(*(table.get(r, frozenset()) for r in roots))
    found = [a for t in doc if span[0] <= t.idx < span[1] and t.lemma_.lower() in words
             for a in attempts(coder, trace, t, roots)]
    return sorted(found, key=lambda a: -a.depth)


def score_article(gold: dict, article: Article, s: Scores, lemmatize=None, explainer=None, body_code=None) -> None:
    text = article.text
    # ANNOTATION.md: an event is an interaction between two actors. One-sided events (no source or
    # no target) are outside what the gold annotates: counted, never scored against it
    pred = [e for e in article.events if e.source_code and e.target_code]
    s.one_sided_events += len(article.events) - len(pred)
    gold_events = gold["events"]
    spans = [_sentence_span(text, g["sentence"]) for g in gold_events]
    on_gold = _one_per_symmetric_pair([e for e in pred if any(_overlaps(e, sp) for sp in spans)])
    actor = _pairs(gold_events, on_gold, text, strict=False)
    strict = _pairs(gold_events, on_gold, text, strict=True)
    loose = _pairs(gold_events, on_gold, text, strict=False, check_root=False)
    root_ok = sum(1 for gi, pi in loose if on_gold[pi].cameo_root in _codes(gold_events[gi], "cameo_root"))
    s.articles += 1
    s.gold_events += len(gold_events)
    s.predicted_events += len(pred)
    s.predicted_on_gold_sentences += len(on_gold)
    s.matched_actor += len(actor)
    s.matched_strict += len(strict)
    s.actor_pairs += len(loose)
    s.root_correct += root_ok
    n_mode, mode_wrong = _agreement(gold_events, on_gold, actor, "mode")
    n_date, date_wrong = _agreement(gold_events, on_gold, actor, "event_date")
    s.mode_pairs += n_mode
    s.mode_right += n_mode - len(mode_wrong)
    s.date_pairs += n_date
    s.date_right += n_date - len(date_wrong)
    found = speakers = 0
    for gq in gold.get("quotes", []):
        hit = next((q for q in article.quotes if _norm(q.quote) == _norm(gq["quote"])), None)
        if hit is not None:
            found += 1
            speakers += _speaker_ok(gq.get("speaker"), hit.speaker) or _same_body(gq.get("speaker"), hit, article,
                                                                                   body_code)
    s.gold_quotes += len(gold.get("quotes", []))
    s.quotes_found += found
    s.speakers_right += speakers
    names = {_norm(a.name) for a in article.actors} | {_norm(m.text) for m in article.mentions}
    ents = gold.get("entities", [])
    ent_found = sum(1 for n in ents if _norm(n) in names or any(_norm(n) in x or (x and x in _norm(n)) for x in names if len(x) > 3))
    s.gold_entities += len(ents)
    s.entities_found += ent_found
    missed = [g for gi, g in enumerate(gold_events) if gi not in {a for a, _ in actor}]
    causes = [miss_cause(g, article, pred) for g in missed]
    for c in causes:
        s.miss_causes[c] = s.miss_causes.get(c, 0) + 1
    # (p26) a miss with no trigger word of its root is a lexicon gap; the others have the word
    gaps = [lacks_trigger(g, lemmatize(g["sentence"])) for g in missed] if lemmatize is not None else [False] * len(missed)
    s.misses_without_trigger += sum(gaps)
    why = []
    for g, c, gap in zip(missed, causes, gaps):
        near = []
        if explainer is not None and not gap:
            near = _nearest(explainer, article, g)
            cls = near[0].cls if near else "no trigger in the article's parse"
            row = s.miss_rejections.setdefault(cls, [0, 0])
            row[0] += 1
            row[1] += c == "no_event_actors_found"
        why.append([str(a) for a in near[:2]])
    causes = [f"{c}; no trigger word" if gap else c for c, gap in zip(causes, gaps)]
    s.per_article.append({"id": gold.get("id"), "gold": len(gold_events), "matched": len(actor), "predicted": len(pred),
                          "missed": [f'{g["source_code"]}->{g["target_code"]} {g["cameo_code"]} [{c}]: {g["sentence"][:60]}'
                                     for g, c in zip(missed, causes)],
                          "missed_why": why,  # (h27a) per miss, the nearest patterns and what rejected them
                          "mode_wrong": mode_wrong, "date_wrong": date_wrong,
                          # predicted events on gold sentences that match no gold event (precision's errors)
                          "unmatched": [f"{e.source_code}->{e.target_code} {e.cameo_code} ({e.rule}): {e.sentence[:60]}"
                                        for pi, e in enumerate(on_gold) if pi not in {b for _, b in actor}]})


def evaluate(gold: Iterable[dict], pipeline) -> Scores:
    from ..model import Article, parse_date

    s = Scores()
    gold = list(gold)
    articles = [Article(id=str(g.get("id")), text=g["text"], url=g.get("url"), published=parse_date(g.get("published")))
                for g in gold]
    nlp = getattr(pipeline, "nlp", None)
    lemmatize = (lambda text: {t.lemma_.lower() for t in nlp(text)}) if nlp is not None else None
    explainer = _explainer(pipeline)
    for g, article in zip(gold, pipeline.pipe(articles)):
        score_article(g, article, s, lemmatize, explainer, _body_coder(pipeline))
    return s


def _same_body(gold: str | None, hit, article: Article, body_code) -> bool:
    """(p29) A speaker that is a body or a country, named by the gold one way and by the coder another ("Turkish Defence
    Ministry" / "Turkey's Defence Ministry"; "Pakistan Army" / "Pakistan's military"; "Kremlin" / "Russia (GOV)"): right
    when the gold name, coded alone on the article's date, is no person and has the full code the coder gave its
    speaker. A person must be named (two officials of one government share its code)."""
    if not gold or body_code is None or not hit.speaker_code:
        return False
    return body_code(gold, article.published) == hit.speaker_code


def _body_coder(pipeline):
    """name, date → the code of the one body or country the name alone is coded as (None for a person, for no actor
    or for more than one), through the pipeline under evaluation; None when it has no actor stage."""
    from ..model import Article

    if getattr(pipeline, "nlp", None) is None:
        return None
    cache: dict[tuple, str | None] = {}

    def code(name: str, published) -> str | None:
        key = (name, published)
        if key not in cache:
            a = next(iter(pipeline.pipe([Article(id="speaker", text=f"{name} said.", published=published)])))
            actors = [x for x in a.actors if x.code]
            cache[key] = actors[0].code if len(actors) == 1 and actors[0].kind not in {"person", "unknown_person"} \
                else None
        return cache[key]

    return code


def _explainer(pipeline):
    """(h27a) For a pipeline with an event coder: article → (coder, doc, trace), the article parsed again and coded
    up to its events with a trace (coding/explain.py), once per article and only for one with a miss to explain;
    None for any other pipeline."""
    from ..coding.explain import explain
    from ..model import Article

    nlp, stages = getattr(pipeline, "nlp", None), list(getattr(pipeline, "stages", None) or ())
    coder = next((st for st in stages if hasattr(st, "_constraint_failure")), None)
    if nlp is None or coder is None:
        return None
    before = stages[:stages.index(coder)]
    cache: dict[str, tuple] = {}

    def run(article: Article) -> tuple:
        if article.id not in cache:
            cache.clear()
            doc = nlp(article.text)
            a = Article(id=article.id, text=article.text, url=article.url, published=article.published, title=article.title)
            for st in before:
                a = st(doc, a)
            cache[article.id] = (coder, doc, explain(coder, doc, a))
        return cache[article.id]

    return run
