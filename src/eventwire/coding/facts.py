"""Facts: the quantities a news article reports, what they measure and whose they are.

quantulum3 reads each sentence (never the whole text, so spans stay local and a number in one
sentence cannot pair with a unit in the next). Numbers that are dates, years, ordinals or ages
are dropped by the rules in ``data/facts.yaml``. For each quantity the dependency parse gives its
*measure*, the noun it describes:

- a number or unit modifying a noun: "six elephants", "a 100-megawatt plant", "a $2.5 billion
  loan", "killed at least 12 people" → elephants, plant, loan, people;
- a quantity in a prepositional phrase on a verb: the verb's subject ("Bilateral trade between
  Russia and Myanmar surged by 40%" → trade); on a noun: that noun ("a loan of $2 billion");
- a measured quantity as the bare object of a verb ("exports rose 12 percent") → the subject.

The fact's actors are the actors of the article's mentions inside the measure's phrase (its
dependency subtree): "trade between Russia and Myanmar" → RUS, MMR.
"""
from __future__ import annotations

import functools
import logging
import re
import sys
import types
import warnings
from dataclasses import dataclass, replace
from spacy.language import Language
from spacy.tokens import Doc, Span as TSpan, Token

from ..model import Article, Fact, Span
from .kb import read_yaml

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FactRules:
    skip_labels: frozenset[str]
    year_min: int
    year_max: int
    year_re: re.Pattern
    ordinal_re: re.Pattern
    age_patterns: tuple[str, ...]
    max_age: int
    blank_re: re.Pattern | None
    currency_prefixes: tuple[str, ...]
    reparse_labels: frozenset[str]
    abbreviations: dict[str, str]
    verb_preps: frozenset[str]
    change_verbs: frozenset[str]
    empty_measures: frozenset[str]
    reference_dets: frozenset[str]
    blank_words_re: re.Pattern | None
    reference_max: float
    version: str


@functools.lru_cache(maxsize=1)
def fact_rules() -> FactRules:
    data = read_yaml("facts.yaml")
    blank = data.get("blank_before_currency") or {}
    blank_re = None
    if blank.get("words") and blank.get("currency_prefixes"):
        words = "|".join(re.escape(w) for w in blank["words"])
        cur = "|".join(re.escape(c) for c in sorted(blank["currency_prefixes"], key=len, reverse=True))
        blank_re = re.compile(r"\b(?:" + words + r")(?=\s+(?:" + cur + r")\s?\d)")
    return FactRules(
        skip_labels=frozenset(data["skip_entity_labels"]),
        year_min=int(data["year_bounds"]["min"]),
        year_max=int(data["year_bounds"]["max"]),
        year_re=re.compile(data["year_pattern"]),
        ordinal_re=re.compile(data["ordinal_pattern"]),
        age_patterns=tuple(data["age_patterns"]),
        max_age=int(data["max_age"]),
        blank_re=blank_re,
        currency_prefixes=tuple(sorted(blank.get("currency_prefixes") or (), key=len, reverse=True)),
        reparse_labels=frozenset(data["reparse_entity_labels"]),
        abbreviations={str(k): str(v) for k, v in data["abbreviations"].items()},
        verb_preps=frozenset(str(p).lower() for p in data["verb_prepositions"]),
        change_verbs=frozenset(str(v).lower() for v in data["change_verbs"]),
        empty_measures=frozenset(str(w).lower() for w in data["empty_measures"]),
        reference_dets=frozenset(str(w).lower() for w in data.get("reference_determiners", [])),
        blank_words_re=re.compile("|".join(r"(?<!\w)" + re.escape(str(w)) for w in data["blank_words"]))
        if data.get("blank_words") else None,
        reference_max=float(data.get("reference_max", 0)),
        version=str(data["version"]),
    )


def _import_inflect_unchecked() -> None:
    """Import inflect (used by quantulum3) without typeguard instrumentation.

    inflect 7.x wraps its methods in typeguard's ``@typechecked``, which re-parses the module
    source for every method at import: 1-15 s per process (jaraco/inflect#212). A stand-in
    ``typeguard`` whose decorator returns the function is installed only while inflect is
    imported, then the real module entry is put back."""
    if "inflect" in sys.modules:
        return
    stub = types.ModuleType("typeguard")
    stub.typechecked = lambda target=None, **_: target if target is not None else (lambda f: f)
    saved = sys.modules.get("typeguard")
    sys.modules["typeguard"] = stub
    try:
        import inflect  # noqa: F401
    except Exception:  # fall back to the ordinary import
        sys.modules.pop("inflect", None)
    finally:
        if saved is not None:
            sys.modules["typeguard"] = saved
        else:
            sys.modules.pop("typeguard", None)


@functools.lru_cache(maxsize=1)
def _parser():
    """quantulum3's parser, by default without its scikit-learn unit classifier.

    The classifier only chooses between readings of ambiguous unit words ("pound" the weight or
    the currency) and costs more than the rest of the pipeline: importing scikit-learn and
    unpickling the model takes ~10 CPU-seconds per process, and classifying each unit was 60% of
    the CPU time of a whole article (bench/throughput.py). Without it quantulum3 falls back to its
    frequency rule, which reads news units (%, $, people, megawatts, tonnes) the same way; the
    facts spec table (tests/coding/test_facts.py) holds with it off. ``unit_classifier: true``
    in data/facts.yaml turns it back on."""
    _import_inflect_unchecked()
    use_classifier = bool(read_yaml("facts.yaml").get("unit_classifier", False))
    blocked = {} if use_classifier else {name: sys.modules.get(name, _MISSING) for name in ("sklearn", "joblib")}
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import sklearn` raise ImportError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    finally:
        for name, saved in blocked.items():
            if saved is _MISSING:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = saved
    return parser


_MISSING = object()


@dataclass(frozen=True)
class RawQuantity:
    """A quantity found in one sentence: offsets relative to the sentence."""

    start: int
    end: int
    value: float
    unit: str
    entity: str


def _parse(text: str) -> list[RawQuantity]:
    parser = _parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = parser.parse(text)
        except Exception as exc:  # quantulum3 raises on odd input; one sentence must not stop an article
            log.debug("quantulum3 failed on %r: %s", text, exc)
            return []
    out = []
    for q in found:
        start, end = q.span
        out.append(RawQuantity(start, end, float(q.value), q.unit.name, q.unit.entity.name))
    return out


def _reparse(text: str) -> RawQuantity | None:
    """Parse an entity's text alone, abbreviations spelled out ("$2.5bn" → "$2.5 billion")."""
    rules = fact_rules()
    expanded = text
    for abbr, full in sorted(rules.abbreviations.items(), key=lambda kv: -len(kv[0])):
        expanded = re.sub(r"(?<=\d)\s?" + re.escape(abbr) + r"\b", full, expanded)
    found = [q for q in _parse(expanded) if q.entity != "unknown"]
    if len(found) != 1:
        return None
    q = found[0]
    return RawQuantity(0, len(text), q.value, q.unit, q.entity)


def sentence_quantities(sent: TSpan) -> list[RawQuantity]:
    """quantulum3's quantities in one sentence, with its known misreadings repaired."""
    rules = fact_rules()
    # quantulum3 costs ~50 ms a sentence; most news sentences have no number word or numeric
    # entity at all and are skipped ("six", "40%", "$2bn", "a dozen" all pass this test).
    if not any(t.like_num or t.ent_type_ in rules.reparse_labels for t in sent):
        return []
    text = sent.text
    if rules.blank_re is not None:
        text = rules.blank_re.sub(lambda m: " " * len(m.group(0)), text)
    if rules.blank_words_re is not None:  # "18 U.S. companies" is no "18 U" (atomic mass units)
        text = rules.blank_words_re.sub(lambda m: " " * len(m.group(0)), text)
    found: list[RawQuantity] = []
    for q in _parse(text):
        surface = text[q.start:q.end]
        if ", " in surface.strip():  # "$3 million, six elephants" read as one number: parse each part
            pos = q.start
            for part in surface.split(", "):
                found += [replace(p, start=p.start + pos, end=p.end + pos) for p in _parse(part)]
                pos += len(part) + 2
        else:
            found.append(q)
    out: list[RawQuantity] = []
    for q in found:
        if q.entity == "unknown" or "to the" in q.unit:
            ent = _overlapping_entity(sent, q.start, q.end, rules.reparse_labels)
            if ent is None:
                continue
            a, b = ent.start_char - sent.start_char, ent.end_char - sent.start_char
            before = sent.text[:a].rstrip()
            prefix = next((c for c in rules.currency_prefixes if before.endswith(c)), None)
            if prefix:  # spaCy leaves the sign out of "$2.5bn"
                a = len(before) - len(prefix)
            fixed = _reparse(sent.text[a:b])
            if fixed is None:
                continue
            q = RawQuantity(a, b, fixed.value, fixed.unit, fixed.entity)
        # trim whitespace quantulum keeps at the edges
        while q.start < q.end and sent.text[q.start].isspace():
            q = replace(q, start=q.start + 1)
        while q.end > q.start and sent.text[q.end - 1].isspace():
            q = replace(q, end=q.end - 1)
        if not any(o.start < q.end and q.start < o.end for o in out):
            out.append(q)
    return out


def _overlapping_entity(sent: TSpan, start: int, end: int, labels) -> TSpan | None:
    a, b = sent.start_char + start, sent.start_char + end
    for ent in sent.ents:
        if ent.label_ in labels and ent.start_char < b and a < ent.end_char:
            return ent
    return None


def _tokens(sent: TSpan, start: int, end: int) -> list[Token]:
    """The tokens of `sent` that overlap the characters [start, end) of its document (a quantity is
    inside one sentence: looking only there keeps this linear in the article)."""
    return [t for t in sent if t.idx < end and start < t.idx + len(t)]


def skip_reason(sent: TSpan, q: RawQuantity) -> str | None:
    """Why a quantity is not a fact (a date, year, ordinal or age), or None to keep it."""
    rules = fact_rules()
    surface = sent.text[q.start:q.end]
    a, b = sent.start_char + q.start, sent.start_char + q.end
    toks = _tokens(sent, a, b)
    bare = q.unit == "dimensionless" and q.entity == "dimensionless"
    root = _root(toks)
    # "2000 troops" counts its noun; "the 2021 coup" (a singular head) names a year.
    counts_noun = (root is not None and root.dep_ == "nummod" and root.head.pos_ == "NOUN"
                   and root.head.i > root.i and root.head.tag_ in ("NNS", "NNPS"))
    if any(rules.ordinal_re.match(t.text) for t in toks) or rules.ordinal_re.match(surface):
        return "ordinal"
    if bare and counts_noun and q.value <= rules.reference_max and any(
            c.dep_ == "det" and c.lower_ in rules.reference_dets for c in root.head.children):
        return "reference"  # "the two leaders": things already named, no new quantity
    if bare and rules.year_re.match(surface) and rules.year_min <= q.value <= rules.year_max and not counts_noun:
        return "year"
    if (bare or q.unit == "year") and q.value == int(q.value) and 0 < q.value <= rules.max_age:
        digits = re.match(r"[\d.,]+", surface)
        if digits:
            number = re.escape(digits.group(0))
            window = sent.text[max(0, q.start - 40):min(len(sent.text), q.end + 20)]
            for pattern in rules.age_patterns:
                if re.search(pattern.replace("{n}", number), window):
                    return "age"
    if _overlapping_entity(sent, q.start, q.end, rules.skip_labels) is not None and not (bare and counts_noun):
        return "date_entity"
    return None


# --------------------------------------------------------------------------- measure


def _root(toks: list[Token]) -> Token | None:
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1] if toks else None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return verb.head
            return c
    if depth < 4 and verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _is_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN")


def measure_token(toks: list[Token], q: RawQuantity) -> Token | None:
    """The noun a quantity describes (see the module docstring)."""
    rules = fact_rules()
    root = _root(toks)
    if root is None:
        return None
    inside = {t.i for t in toks}
    head = root.head
    # "40% of its exports", "a third of its exports", "$2 billion of aid"
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and _is_noun(g)]
            if objs:
                return objs[0]
    if root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "appos", "npadvmod") and _is_noun(head) \
            and head.i not in inside:
        # "the 12-member bloc": the hyphenated noun is part of a modifier; the measure is its head
        between = root.doc.text[root.idx + len(root):head.idx]
        if between.strip() == "-" and head.dep_ in ("compound", "amod", "nmod") and _is_noun(head.head) \
                and head.head.i > head.i:
            return head.head
        return head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        owner = head.head
        if _is_noun(owner) and head.lower_ == "of":
            return owner
        if owner.pos_ == "ADJ":  # "worth $3 billion"
            owner = owner.head
        if owner.pos_ in ("VERB", "AUX") and head.lower_ in rules.verb_preps:
            return _subject(owner)
        if _is_noun(owner):
            return owner
        return None
    measured = q.unit != "dimensionless" or q.entity != "dimensionless" or q.unit == "percentage"
    if measured and root.dep_ in ("dobj", "npadvmod", "advmod", "attr") and head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() in rules.change_verbs:
        return _subject(head)
    if measured and root.dep_ in ("pobj", "npadvmod") and head.pos_ == "ADJ":  # "worth 2 billion euros"
        return _subject(head.head)
    return None


def measure_text(tok: Token, exclude: set[int]) -> str:
    """The measure noun with the compound nouns directly before it ("credit line")."""
    first = tok
    for left in reversed(list(tok.lefts)):
        if left.dep_ == "compound" and left.i == first.i - 1 and left.i not in exclude and _is_noun(left):
            if left.i > 0 and tok.doc[left.i - 1].text == "-":
                break  # "12-member bloc": the hyphenated word belongs to the number
            first = left
    words = [t for t in tok.doc[first.i:tok.i + 1]]
    return " ".join(t.text if t.pos_ == "PROPN" else t.text.lower() for t in words)


class FactFinder:
    """Stage: the article's quantities (`Article.facts`)."""

    name = "facts"
    requires = ("doc", "actors", "mentions")
    assigns = ("facts",)

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        fact_rules()

    def __call__(self, doc: Doc, article: Article) -> Article:
        rules = fact_rules()
        facts: list[Fact] = []
        for n, sent in enumerate(doc.sents):
            for q in sentence_quantities(sent):
                if skip_reason(sent, q):
                    continue
                start, end = sent.start_char + q.start, sent.start_char + q.end
                toks = _tokens(sent, start, end)
                inside = {t.i for t in toks}
                m = measure_token(toks, q)
                if m is not None and (m.i in inside or m.lower_ in rules.empty_measures or m.pos_ == "PRON"):
                    m = None
                actors: list[str] = []
                if m is not None:
                    sub = list(m.subtree)
                    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
                    for mention in article.mentions:
                        if lo <= mention.start and mention.end <= hi and not (start < mention.end and mention.start < end):
                            if mention.actor_id not in actors:
                                actors.append(mention.actor_id)
                codes = []
                for aid in actors:
                    actor = article.actor(aid)
                    codes.append(actor.code if actor else None)
                facts.append(Fact(
                    text=article.text[start:end], quantity=q.value, unit=q.unit,
                    measure=measure_text(m, inside) if m is not None else None,
                    actors=tuple(actors), actor_codes=tuple(codes), span=Span(start, end), sentence_index=n))
        return replace(article, facts=tuple(facts))
