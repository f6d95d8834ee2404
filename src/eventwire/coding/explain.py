"""(h27a) Why a trigger made no event: for a token, which patterns of its lemma were tried and the first
constraint each failed (coding/events.py `_constraint_failure`), the argument step that found no side (`_code`),
the one-sided reading refused, or the post-pass that removed the event once made (coding/filters.py, `_dedupe`).

Only computed when asked (`explain`): the coder is run once more on the article with a `Trace` attached, which
the hot path consults as ``if self._trace is not None`` and nothing else. `eventwire eval` uses it on the misses
whose sentence holds a trigger word of the gold root (eval/score.py)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Article, Event

# a failure's class, the unit the eval table counts: what kind of rule to look at
CONSTRAINT_CLASSES = {
    **dict.fromkeys(("object", "object_not", "object_prep"), "object list"),
    **dict.fromkeys(("prep", "prep_object_not"), "preposition"),
    "subject": "subject list",
    **dict.fromkeys(("pos:noun", "pos:adj"), "part of speech"),
    **dict.fromkeys(("predicate", "purpose_of_not", "trigger_deps_not", "time_clause_trip", "governed_by", "compound", "no_object", "requires_dep", "forbid_dep",
                     "particle", "xcomp", "purpose", "xcomp_not", "complement_aux", "verdict", "aux",
                     "assertive_clause", "demand_clause", "negated", "coercive_manner", "relative"), "structure"),
}
ARGUMENT_CLASSES = {
    # (the one-sided reading's own refusals, coding/events.py `_code_alone`, are the class "one-sided refusal")
    "no_source": "no source",
    **dict.fromkeys(("no_target", "no_parties", "no_pair", "no_event"), "no target"),
    **dict.fromkeys(("reported_own_side", "own_complement", "same_or_uncoded_actor", "target_kind", "defeated",
                     "foreign_target", "source_sectors", "own_country_place", "unvisited_kind", "own_country_outward",
                     "self_addressed"), "actor class"),
    **dict.fromkeys(("background", "ended", "scheduled"), "modality/background"),
}
# the one-sided reading found no side it could stand on: what is missing is an argument, not leave to stand alone
ONE_SIDED_CLASSES = {"needs_source": "no source", "unresolved_source": "no source", "needs_target": "no target",
                     "unresolved_target": "no target"}
FINAL_CLASSES = {"hypothetical": "modality/background", "min_confidence": "modality/background", "silent": "silent reading"}
MERGES = frozenset({"dedupe", "drop_subsumed", "repeated_one_sided", "context_targets"})
# how far a reading got: the nearest pattern to an event is the one that got furthest
DEPTH = {"not_matched": 0, "not_reached": 1, "constraint": 2, "arguments": 3, "one_sided": 4, "removed": 5, "kept": 6}
CONSTRAINT_ORDER = ("predicate", "subject", "purpose_of_not", "trigger_deps_not", "governed_by", "object", "object_prep", "object_not",
                    "compound", "prep", "prep_object_not", "no_object", "requires_dep", "forbid_dep", "particle", "xcomp",
                    "purpose", "xcomp_not", "complement_aux", "verdict", "aux", "assertive_clause", "demand_clause", "negated",
                    "coercive_manner", "pos:noun", "pos:adj", "relative")


@dataclass(frozen=True)
class Attempt:
    """One pattern tried on a token: `stage` (DEPTH's keys), the failing constraint or step (`detail`), its class."""

    pattern: str
    code: str
    stage: str
    detail: str
    cls: str

    passed: int = 0  # (a constraint failed) how many constraints the pattern states were met before it

    @property
    def depth(self) -> float:
        return DEPTH[self.stage] + min(self.passed, 9) / 10

    def __str__(self) -> str:
        return f"{self.pattern} ({self.code}): {self.stage} {self.detail} [{self.cls}]"


def _key(e: Event) -> tuple:
    return (e.span, e.source_id, e.target_id)


class Trace:
    """What the coder did on each token while `explain` runs it (filled by EventCoder's hooks)."""

    def __init__(self) -> None:
        self.attempts: dict[tuple[int, str], list[tuple]] = {}  # (token index, kind) → [(pattern, stage, detail or events)]
        self.removed: list[tuple[str, Event, int | None]] = []  # (post-pass, event, trigger token index)
        self.output: list[Event] = []

    def tried(self, tok, kind: str) -> list[tuple]:
        return self.attempts.setdefault((tok.i, kind), [])

    def filtered(self, name: str, before: list[Event], after: list[Event], triggers: dict[int, int]) -> None:
        ids, keys = {id(e) for e in after}, {_key(e) for e in after}
        self.removed += [(name, e, triggers.get(id(e))) for e in before if id(e) not in ids and _key(e) not in keys]

    def kept(self, coder, events: list[Event], kept: list[Event], triggers: dict[int, int]) -> None:
        ids = {id(e) for e in kept}
        for e in events:
            if id(e) in ids:
                continue
            why = "silent" if coder._is_silent(e) else "min_confidence" if e.confidence < coder.min_confidence else "hypothetical"
            self.removed.append((why, e, triggers.get(id(e))))
        self.output = list(kept)


def _passed(p, failed: str) -> int:
    """How many of the constraints pattern `p` states come before `failed` in the coder's order (all met): a pattern
    that failed on its fourth condition is nearer an event than one that failed on its first."""
    if failed not in CONSTRAINT_ORDER:
        return 0
    stated = lambda key: bool(getattr(p, key, None)) or key == "object" and bool(p.object_sector)  # noqa: E731
    return sum(stated(k) for k in CONSTRAINT_ORDER[:CONSTRAINT_ORDER.index(failed)])


def explain(coder, doc: Doc, article: Article) -> Trace:
    """Run the event coder on a parsed article (actors and mentions resolved) with a trace attached."""
    coder._trace = Trace()
    try:
        coder(doc, article)
        return coder._trace
    finally:
        coder._trace = None


def attempts(coder, trace: Trace, tok, roots=None) -> list[Attempt]:
    """Every pattern with `tok`'s lemma (of one of the CAMEO `roots`, when given), what became of it, nearest first."""
    lemma = tok.lemma_.lower()
    out = []
    for kind in ("verb", "noun"):
        tried = trace.attempts.get((tok.i, kind))
        patterns = [p for p in coder.by_lemma.get(f"{kind}:{lemma}", []) if roots is None or p.code[:2] in roots]
        if not patterns:
            continue
        seen = {}
        for p, stage, detail in tried or ():
            if p.kind == kind and (p.id not in seen or stage in ("fired", "one_sided")):
                seen[p.id] = (stage, detail)  # (a one-sided reading tried after the two-sided one is its outcome)
        fired = next((p.id for p, stage, _ in tried or () if stage == "fired" and p.kind == kind), None)
        for p in patterns:
            if tried is None:
                out.append(Attempt(p.id, p.code, "not_matched", f"as a {kind}: {tok.pos_} {tok.tag_}", "part of speech"))
                continue
            if p.id not in seen:
                why = f"after {fired}" if fired else "relative clause reading"
                out.append(Attempt(p.id, p.code, "not_reached", why, "preempted"))
                continue
            stage, detail = seen[p.id]
            if stage == "constraint":
                cls = CONSTRAINT_CLASSES.get(detail, "structure")
                if detail == "object":
                    obj = coder._object(tok) if kind == "verb" else tok
                    detail = f"object {obj.lemma_.lower()!r}" if obj is not None else "object (none found)"
                    cls = "object list" if obj is not None else "object missing"
                elif detail == "prep":
                    have = sorted({c.lower_ for c in tok.children if c.dep_ in ("prep", "agent")})
                    detail = f"prep {p.prep!r}" + (f" (has {', '.join(have)})" if have else " (none)")
                out.append(Attempt(p.id, p.code, "constraint", detail, cls, _passed(p, seen[p.id][1])))
            elif stage == "arguments":
                out.append(Attempt(p.id, p.code, "arguments", detail, ARGUMENT_CLASSES.get(detail, "no target")))
            elif stage == "one_sided":
                out.append(Attempt(p.id, p.code, "one_sided", detail, ONE_SIDED_CLASSES.get(detail, "one-sided refusal")))
            else:
                made = {id(e) for e in detail}
                gone = [(name, e) for name, e, _ in trace.removed if id(e) in made
                        or e.rule.split("+", 1)[0] == p.id and e.span.start <= tok.idx < e.span.end]
                if gone and not any(e.rule.split("+", 1)[0] == p.id and e.span.start <= tok.idx < e.span.end
                                    for e in trace.output):
                    name = gone[0][0]
                    cls = FINAL_CLASSES.get(name, "dedup/merge" if name in MERGES else "post-pass filter")
                    out.append(Attempt(p.id, p.code, "removed", name, cls))
                else:
                    out.append(Attempt(p.id, p.code, "kept", "event output", "fired (other actors)"))
    return sorted(out, key=lambda a: -a.depth)


def explain_token(coder, doc: Doc, article: Article, i: int, roots=None) -> list[Attempt]:
    """The patterns tried on token `i` of the parsed article, nearest first (a convenience for tests and notebooks)."""
    return attempts(coder, explain(coder, doc, article), doc[i], roots)
