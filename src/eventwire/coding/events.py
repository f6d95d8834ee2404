"""The event coder: trigger patterns from ``data/events.yaml`` over the dependency parse.

Triggers are found with spaCy's token `Matcher` on lemma and part of speech. Arguments are then
found by named *paths* (subject, direct object, "prep:to", "object.prep:for" ...) that handle
passives, by-agents, coordination, relative clauses, agentive nouns ("arms suppliers to X")
and nominal frames ("the subject of sanctions by X") once for every pattern — a DependencyMatcher
pattern per trigger and syntactic frame would need thousands of near-copies for the same cover.
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import re
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Collection, Iterable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from ..errors import EventwireError
from ..model import Actor, Article, Event, Mention, Span
from .cameo import _cameo_fields, announced_plover_type, cameo, cameo_table, refusal_code
from .kb import dictionary_version, known_group_codes, load_kb, read_yaml
from .actors import coref_vocab, is_reciprocal_other
from .converses import ConverseActs, _other_sides_act
from .discourse import DiscourseReader, _last_doers
from .filters import EventFilters
from .modes import MODES, ModeReader, modality_vocab
from .sides import codes_on_one_side
from .quotes import quote_vocab
from .syntax import (REL_PRONOUNS, SUBJ_DEPS, antecedent, clause_top, first_conjunct, innermost_mentions,
                     is_infinitive, is_owner_participle, object_control_verbs, origin_participles, owner_participles, participle_agents, participle_in,
                     relative_antecedent)
from .syntax import conjuncts as _conjuncts, coordinated as _coordinated, is_passive as _is_passive
from .syntax import claimed_copula, particle_preps, prep_objects as _prep_objects, shared_object as _shared_object, subject as _subject_of

CODER_VERSION = "events.v1"
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "punct", "cc", "mark", "csubj"}


def _hyphen_agents(tok: Token) -> list[Token]:
    """The name or nationality hyphenated before a participle ("US-brokered", "Qatari-mediated": US[npadvmod] -
    brokered), its doer; [] for any other participle (h21d)."""
    doc = tok.doc
    return [c for c in tok.children if c.i + 2 == tok.i and doc[c.i + 1].text == "-" and not c.whitespace_
            and not doc[c.i + 1].whitespace_ and c.pos_ in ("PROPN", "ADJ")
            and c.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj", "advmod")]


# the id prefix of the patterns translated from a user's PETRARCH verb dictionary (petrarch.read_verb_dictionary)
USER_PATTERN_PREFIX = "petrarch."

@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str  # verb | noun
    lemmas: frozenset[str]
    code: str
    target: tuple[str, ...]
    source: tuple[str, ...]
    object: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()  # ... but the object's own lemma is none of these ("military personnel")
    compound: frozenset[str] = frozenset()
    prep: str | None = None
    prep_object: frozenset[str] = frozenset()
    prep_object_not: frozenset[str] = frozenset()  # no preposition (the pattern's, else any) has such an object
    particle: str | None = None
    agentive: bool = False
    symmetric: bool = False
    relative: bool = False
    confidence: float = 0.8
    requires_target_kind: frozenset[str] = frozenset()
    reciprocal: bool = False  # coordinated subjects act on each other ("China and Brazil signed ...")
    xcomp: frozenset[str] = frozenset()  # the verb's open complement must be one of these ("ordered X to leave")
    mode: str | None = None  # fixed mode when the pattern itself implies one ("is expected in" → planned)
    no_object: bool = False  # the verb must have no direct object ("fired at X")
    attribution: bool = False  # a reporting verb: dropped when its clausal or open complement holds an event
    source_sectors: frozenset[str] = frozenset()  # the source's code must hold one of these sectors (JUD, COP ...)
    source_sectors_not: frozenset[str] = frozenset()  # ... or must hold none of these ("court charged X" is no accusation)
    complement_aux: frozenset[str] = frozenset()  # the clausal complement has one of these auxiliaries ("said X must leave")
    requires_dep: frozenset[str] = frozenset()  # the trigger has a dependent of one of these labels ("called X [a killer]": oprd)
    forbid_dep: frozenset[str] = frozenset()  # ... or has none of these
    xcomp_not: frozenset[str] = frozenset()  # no complement is one of these ("declined to comment" is no refusal)
    object_prep: frozenset[str] = frozenset()  # the matched object has one of these prepositions ("responsibility for")
    alone: bool | None = None  # False: never one-sided ("fired missiles" at no one is no attack); None: by code
    governed_by: frozenset[str] = frozenset()  # (nouns) the object of one of these verbs ("brokered an accord between")
    target_office: bool | None = None  # the target is (True) / is not (False) one office holder ("removal of President X")
    subject: frozenset[str] = frozenset()  # (verbs) the subject noun is one of these ("the sanctions[subj] target 12 banks")
    verdict: frozenset[str] = frozenset()  # the clausal complement judges an act: "said the measures were [illegal]"
    negated: bool = False  # the trigger is negated, and the negation is the act ("we do not accept these remarks": 120)
    foreign_target: bool = False  # the target is of another country than the source (asylum is sought abroad)
    coercive_manner: bool = False  # the act is done "by force", "one way or the other" (modality.yaml coercive_manners)
    object_sector: frozenset[str] = frozenset()  # ... or the object's phrase names a word of these sectors (sectors.yaml DIP)
    silent: bool = False  # a reading that is no event: it takes its trigger from other readings and is not output
    predicate: frozenset[str] = frozenset()  # (nouns) the noun is the subject of one of these intransitive predicates ("was over")
    purpose: frozenset[str] = frozenset()  # (verbs) the infinitive of purpose is one of these ("arrived to attend>summit")
    # (p25, verbs) the trigger is no infinitive of purpose of one of these verbs, nor the verb of one of these nouns
    # ("deployed the army to support[→ deployed] them", "gazetted the deployment of the army to support[acl] police")
    purpose_of_not: frozenset[str] = frozenset()
    # (h30f) the trigger's own dependency label is none of these ("before leaving[pcomp] for Beijing": a trip told as the
    # time of another act)
    trigger_deps_not: frozenset[str] = frozenset()
    own_complement: bool = False  # (verbs) the complement is an act of the speaker's own side ("said Moscow would retaliate")
    aux: frozenset[str] = frozenset()  # (verbs) the trigger itself has one of these auxiliaries, unnegated ("China will counter")
    # (h30a) words around the trigger in its sentence, as PETRARCH's linear verb patterns state them ("- SAID * SUMMIT"):
    # each slot is a set of alternatives (lower case, matched on a token's text or lemma; words separated by spaces follow
    # each other; "*" is the trigger itself: "recently *" right before it); the slots of `before` occur in this order
    # before the trigger, those of `after` in this order after it. Empty: no condition.
    before: tuple[frozenset[str], ...] = ()
    after: tuple[frozenset[str], ...] = ()
    # (h30g) a PETRARCH verb pattern with `%` before the verb: it matches a compound subject only (two sources or more)
    compound_source: bool = False
    # (h33e) the second half of a PETRARCH code pair `[a:b]`: the target's act on the source the same words tell
    # (`ARRIVE [032:033]`: the host's 033 to the visitor); coded by converses.py `_user_reverses`
    reverse_code: str | None = None
    # (h34a) a PETRARCH line coded `[:c]`: the words tell only the target's act `code` on the source ("- * PRESSURE
    # [:100]" under FACE: "Obama faces pressure from Congress" is Congress 100 Obama); the sides are found as for
    # the forward reading and swapped (`EventCoder._code`)
    reverse_only: bool = False

    @property
    def from_user_file(self) -> bool:
        """Whether the pattern was translated from a user's PETRARCH verb dictionary (`petrarch.read_verb_dictionary`
        names them ``petrarch.<block>.<n>.<code>``): the readings that follow PETRARCH-2's own matching apply to these
        only."""
        return self.id.startswith(USER_PATTERN_PREFIX)

    @property
    def specificity(self) -> int:
        # a particle makes another verb ("called off the strike" is no strike called): it outranks an object
        # ... and among constrained patterns, a word list outranks a structural condition alone
        # ("called the deal a step[oprd] forward": praise, before name-calling by any oprd); a preposition named on
        # the object counts once more ("lifted the ban on[→ ban] political parties": a party ban, before any ban
        # lifted; h22a); a preposition with
        # no word list for its object is such a condition (h22d: "arrived in[any] New York" is outranked by
        # "arrived ... for[summit, assembly ...] the UN General Assembly", wherever each is written)
        words = bool(self.object or self.object_sector or self.compound or (self.prep and self.prep_object)
                     or self.xcomp or self.complement_aux or self.requires_dep or self.subject or self.verdict
                     or self.negated or self.coercive_manner or self.predicate or self.purpose or self.aux
                     or self.before or self.after)
        return 2 * words + bool(self.prep and not words) \
            + bool(self.requires_dep and not (self.object or self.compound or self.prep_object or self.xcomp)) * -1 \
            + bool(self.relative) * 3 \
            + 3 * bool(self.particle) \
            + bool(self.object_prep)


def _words_in_order(slots: tuple[frozenset[str], ...], tokens: list[Token], trigger: Token) -> bool:
    """(h30a) Whether each slot (a set of alternatives: a word, or words separated by spaces that follow each other)
    matches tokens' texts or lemmas (lower case), the slots in their order among `tokens` (others may come between).
    The word "*" stands for the trigger itself, which no other word matches ("recently *": right before it)."""
    def word_at(t: Token, w: str) -> bool:
        if t.i == trigger.i:
            return w == "*"
        return t.lower_ == w or t.lemma_.lower() == w

    def at(i: int, words: list[str]) -> bool:
        return i + len(words) <= len(tokens) and all(word_at(tokens[i + k], w) for k, w in enumerate(words))

    i = 0
    for slot in slots:
        alts = [a.split() for a in slot]
        while i < len(tokens) and not any(at(i, a) for a in alts):
            i += 1
        if i == len(tokens):
            return False
        i += max(len(a) for a in alts if at(i, a))
    return True


def pattern_files() -> list[str]:
    """Every pattern file under data/patterns, in name order (core.yaml, then extensions)."""
    from pathlib import Path

    from .kb import DATA

    return sorted("patterns/" + p.name for p in Path(str(DATA / "patterns")).glob("*.yaml"))


PATTERN_KEYS = frozenset({"id", "lemmas", "code", "target", "source", "object", "object_not", "compound", "prep", "prep_object",
                          "prep_object_not",
                          "particle", "agentive", "symmetric", "relative", "confidence", "requires_target_kind",
                          "reciprocal", "xcomp", "mode", "no_object", "attribution", "source_sectors", "source_sectors_not",
                          "complement_aux", "requires_dep", "forbid_dep", "alone", "xcomp_not", "object_prep",
                          "governed_by", "target_office", "subject", "verdict", "negated", "foreign_target",
                          "coercive_manner", "object_sector", "silent", "predicate", "purpose", "own_complement", "aux", "purpose_of_not",
                          "before", "after", "trigger_deps_not"})
# the argument paths the coder knows (core.yaml lists them); prep:X takes any preposition, and any path
# may end in .deep (search further into the phrase) and .place (a place stands for its country)
PATH_RE = re.compile(
    r"(prep:[a-z_]+\.prep:[a-z_]+|subj|dobj|oprd|poss|amod|compound|hyphen_pair|author|reporter|claimant|court|responder|origin|public|own_government|own_country|abductor|stated_self|accuser|alleger|antecedent_deed|armed_aggressor|aggressor|captor|opponent|antecedent_accuser|antecedent_event_source|acl\.agent|summary\.claimant"
    r"|frame_subj|served|copula_subj|shifted_object|claim\.subj|ccomp\.subj\.author|ccomp\.subj\.addressee|ccomp\.subj|ccomp\.finite_subj|ccomp\.patient|complement\.patient|complement\.subj|conflict_sides|antecedent_doer|condition\.subj|demand_condition\.subj|saying\.subj|temporal\.subj|subj\.author|subj\.stationed|dobj\.author|dobj\.party|prep_object\.party|stricken|haven|donors|state_adversary|aid_giver|place_authority|protesters|meeting\.parties|participle\.agent|xcomp\.dobj\.author|purpose\.dobj\.author|dobj\.iobj|appeal_addressee|response_cause|dobj\.told|dobj\.antecedent"
    r"|governor\.(?:object|patient|subject|prep:[a-z_]+)|noun\.parties|object\.(?:amod|author|compound|nmod|poss|hyphen_pair)|prep_object\.(?:author|poss|amod|compound)"
    r"|(?:object\.|ccomp\.)?prep:[a-z_]+\.author|(?:(?:object|prep_object|copula"
    r"|purpose|xcomp|xcomp\.dobj|ccomp)\.)?prep:[a-z_]+|purpose\.dobj|purpose\.ccomp\.subj|xcomp\.dobj)(\.deep)?(\.place)?")


def parse_patterns(data: dict, defaults: dict | None = None, file: str = "?") -> list[Pattern]:
    """Patterns from one loaded pattern file (see data/patterns/core.yaml for the format).
    A key the loader does not know is an error (E033), never silently ignored."""
    defaults = {**(defaults or {}), **data.get("defaults", {})}
    table = cameo_table()
    out = []
    for kind in ("verbs", "nouns"):
        for spec in data.get(kind) or []:
            unknown = sorted(set(spec) - PATTERN_KEYS)
            if unknown:
                raise EventwireError("E033", rule=spec.get("id", "?"), file=file, keys=unknown,
                                     known=", ".join(sorted(PATTERN_KEYS)))
            if spec.get("mode") is not None and spec["mode"] not in MODES:
                raise EventwireError("E030", file=file, reason=f"pattern {spec['id']}: mode {spec['mode']!r} not in {sorted(MODES)}")
            code = str(spec["code"])
            if code not in table:
                raise EventwireError("E031", code=code, rule=spec["id"])
            k = kind[:-1]
            source = spec.get("source") or defaults.get(f"{k}_source", ["subj"])
            target = list(spec.get("target", []))
            for path in (*source, *target):
                if not PATH_RE.fullmatch(path):
                    raise EventwireError("E034", rule=spec["id"], file=file, path=path)
            if code[:2] in defaults.get("recipient_place_roots", ()):
                # a recipient named by its capital after "to" is its country ("military aid to Kyiv"):
                # the path's place form, tried last
                target += [f"{t}.place" for t in target if t.endswith("prep:to") and f"{t}.place" not in target]
            out.append(Pattern(
                id=spec["id"], kind=k, lemmas=frozenset(spec["lemmas"]), code=code,
                target=tuple(target), source=tuple(source),
                object=frozenset(spec.get("object", [])), object_not=frozenset(spec.get("object_not", [])),
                compound=frozenset(spec.get("compound", [])),
                prep=spec.get("prep"), prep_object=frozenset(spec.get("prep_object", [])),
                prep_object_not=frozenset(spec.get("prep_object_not", [])),
                particle=spec.get("particle"), agentive=bool(spec.get("agentive")),
                symmetric=bool(spec.get("symmetric")), relative=bool(spec.get("relative")),
                confidence=float(spec.get("confidence", defaults.get("confidence", 0.8))),
                requires_target_kind=frozenset(spec.get("requires_target_kind", [])),
                reciprocal=bool(spec.get("reciprocal")), xcomp=frozenset(spec.get("xcomp", [])),
                mode=spec.get("mode"), no_object=bool(spec.get("no_object")),
                attribution=bool(spec.get("attribution")), source_sectors=frozenset(spec.get("source_sectors", [])),
                source_sectors_not=frozenset(spec.get("source_sectors_not", []))
                | (frozenset(defaults.get("dissent_sectors_not", ())) if code[:2] in defaults.get("dissent_roots", ()) else frozenset()),
                complement_aux=frozenset(spec.get("complement_aux", [])),
                requires_dep=frozenset(spec.get("requires_dep", [])), forbid_dep=frozenset(spec.get("forbid_dep", [])),
                alone=spec.get("alone"), xcomp_not=frozenset(spec.get("xcomp_not", [])),
                object_prep=frozenset(spec.get("object_prep", [])),
                governed_by=frozenset(spec.get("governed_by", [])), target_office=spec.get("target_office"),
                subject=frozenset(spec.get("subject", [])), verdict=frozenset(spec.get("verdict", [])),
                negated=bool(spec.get("negated")), foreign_target=bool(spec.get("foreign_target")),
                coercive_manner=bool(spec.get("coercive_manner")),
                object_sector=frozenset(spec.get("object_sector", [])), silent=bool(spec.get("silent")),
                predicate=frozenset(spec.get("predicate", [])), purpose=frozenset(spec.get("purpose", [])),
                purpose_of_not=frozenset(spec.get("purpose_of_not", [])),
                trigger_deps_not=frozenset(spec.get("trigger_deps_not", [])),
                own_complement=bool(spec.get("own_complement")), aux=frozenset(spec.get("aux", [])),
                before=tuple(frozenset(str(w).lower().split("|")) for w in spec.get("before", [])),
                after=tuple(frozenset(str(w).lower().split("|")) for w in spec.get("after", []))))
    return out


def _precedence(p: Pattern) -> tuple:
    """(h31i) The order of a user's PETRARCH patterns among ours (a sort key; the sort is stable). PETRARCH reads a verb
    with its own block alone and takes the longest pattern that matches under the verb, else the verb's own code. So
    a user's pattern that names anything beyond its verb (an object, a preposition, a particle, words around it:
    specificity 1 or more) comes before all of ours; the user's bare verb (``--- LEFT [040] ---``) ranks as a
    preposition named alone, before our readings that name a preposition and no word ("left for[any]", "arrived
    in[any]", "departs from[any]") and after those that name words (an object, the preposition's object, a
    complement verb: "asking Obama to help[xcomp]" stays our 023 before the user's ASK 020). Our own order and the
    user's among themselves are unchanged: our silent readings first among equally ranked ones, then the user's."""
    rank = p.specificity
    if p.from_user_file:
        rank = rank + 100 if rank >= 1 else max(rank, 1)
    return (-rank, not p.silent)


def _user_kind_first(readings: list[Pattern], fits=lambda p: False) -> list[Pattern]:
    """(h34a) A user's bare verb (``--- PROMISE [050] ---``: their block's own code, no words named) says what kind of
    act the verb is when none of their patterns naming words fits the clause; our readings that name words may then
    refine it, not overrule it. So of our readings ranked before the user's bare verb (`_precedence`: those naming
    words), those whose code has the CAMEO root of the bare verb's code stay before it ("asking Obama to help[xcomp]"
    our 023 refines ASK's 020), and those of another root come right after it ("promised aid" our 033 yields to
    PROMISE's 050, "broken relations" our 161 to BREAK's 1717). When a user's pattern naming words `fits` the token
    (its words are there, its arguments are not: "called for a boycott" under ``- * (FOR) [020]`` with no actor in the
    "for" phrase), the bare verb is not the user's reading of the clause and the order is left as it was (our "called
    for a boycott" 113, not CALL's 041). When the bare verb codes nothing here, ours are tried next, as before; silent
    readings keep their place."""
    bare = next((i for i, p in enumerate(readings) if p.from_user_file and p.specificity == 0), None)
    if bare is None:
        return readings
    root = readings[bare].code[:2]
    moved = [p for p in readings[:bare] if not p.from_user_file and not p.silent and p.code[:2] != root]
    if not moved or any(p.from_user_file and fits(p) for p in readings[:bare]):
        return readings
    kept = [p for p in readings[:bare] if not any(p is m for m in moved)]
    return [*kept, readings[bare], *moved, *readings[bare + 1:]]


@functools.lru_cache(maxsize=1)
def load_patterns() -> tuple[tuple[Pattern, ...], dict]:
    """All patterns, most specific first, and the version string of the pattern files."""
    out: list[Pattern] = []
    versions = []
    defaults: dict = {}
    seen: set[str] = set()
    containers: set[str] = set()
    amounts: set[str] = set()
    currencies: set[str] = set()
    nominals: dict[str, set[str]] = {}
    for name in pattern_files():
        data = read_yaml(name)
        containers.update(data.get("object_containers") or [])
        amounts.update(data.get("amount_prepositions") or [])
        currencies.update(data.get("currency_nouns") or [])
        for noun, verbs in (data.get("nominals") or {}).items():
            nominals.setdefault(noun, set()).update(verbs)
        versions.append(f"{name.split('/')[-1].removesuffix('.yaml')}@{data['version']}")
        if "defaults" in data and not defaults:
            defaults = data["defaults"]
        for p in parse_patterns(data, defaults, name):
            if p.id in seen:
                raise EventwireError("E030", file=name, reason=f"duplicate pattern id {p.id}")
            seen.add(p.id)
            out.append(p)
    # ... and of equally specific readings a silent one first: it is written to block the reading it refines
    # ("flew to New York for the UN General Assembly" is no visit to the United States), whichever file holds it
    out.sort(key=lambda p: (-p.specificity, not p.silent))
    return tuple(out), {"version": ",".join(versions), "containers": frozenset(containers),
                         "amount_prepositions": tuple(sorted(amounts)), "currency_nouns": frozenset(currencies),
                         "nominals": nominals}


@dataclass
class _Frame:
    """Per-article lookups the argument paths need."""

    doc: Doc
    article: Article
    by_token: dict[int, Mention] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    composed: list[Actor] = field(default_factory=list)  # actors the event coder composed (a trial's court)
    # tokens of a description of places where something is ("in several northern municipalities"): a place
    located: set[int] = field(default_factory=set)

    @functools.cached_property
    def sent_starts(self) -> list[int]:
        """The first token of each sentence (Token.sent and Doc.sents walk the doc each time)."""
        return [s.start for s in self.doc.sents]

    def mentions_in(self, sent) -> list[Mention]:
        """The article's mentions that start in this sentence (once per sentence)."""
        cache = self.__dict__.setdefault("_by_sentence", {})
        if sent.start_char not in cache:
            cache[sent.start_char] = [m for m in self.article.mentions if sent.start_char <= m.start < sent.end_char]
        return cache[sent.start_char]

    def compose(self, actor_id: str, name: str, country: str, sector: str) -> Actor:
        """The composed actor `actor_id` (a body of `country` of `sector`), made and joined to the article's
        actors the first time it is asked for."""
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(id=actor_id, name=name, code=f"{country}{sector}", kind="composed",
                                          country=country, sector=sector)
            self.composed.append(self.actors[actor_id])
        return self.actors[actor_id]

    def country_actor(self, code: str) -> str | None:
        """The id of the story's own actor for the country `code` (a country named as such), or None."""
        return next((a.id for a in self.actors.values() if a.kind == "country" and a.code == code), None)

    def actor_at(self, tok: Token, *, places: bool = False) -> list[str]:
        m = self.by_token.get(tok.i)
        if m is None or (m.resolution == "place" and not places) or tok.i in self.located:
            return []
        actor = self.actors[m.actor_id]
        if actor.kind == "compound":
            return list(actor.members)
        return [actor.id]


class EventCoder(ModeReader, DiscourseReader, ConverseActs, EventFilters):
    """Assigns `Article.events`; requires actors and mentions."""

    name = "events"
    requires = ("doc", "actors", "mentions")
    assigns = ("events",)
    # (h27a) set only while `explain` (coding/explain.py) runs the coder: what each pattern tried did; None otherwise
    _trace = None
    _why: str | None = None  # why the last `_code` made no event (`_reject`)
    user_nouns_subsumed = False  # (h31a) set in __init__: a user's verb file is loaded with our patterns
    noun_pattern_ids: frozenset[str] = frozenset()
    by_form: dict = {}  # (h31a) set in __init__: a user's verb forms written inflected → their patterns

    def __init__(self, nlp: Language, *, min_confidence: float = 0.5, hypothetical: bool = False,
                 pipeline_version: str = "", verb_files: Iterable[str] = (), verbs_only: bool = False,
                 discard_files: Iterable[str] = (), actor_files: tuple = ()) -> None:
        self.patterns, meta = load_patterns()
        # (h34d) the dictionaries the actor stage reads (the same cached object): an event's codes of known groups
        self.kb = load_kb(tuple(actor_files or ()))
        self.patterns_version = meta["version"]
        self.verb_import: dict = {}
        # (h32i) a user's verb forms as PETRARCH-2 stores them (form → the verb's word): a verb token whose lemma gives
        # no pattern of the user's takes those of the verb its text is a form of (`_readings`)
        self.verb_forms: dict[str, str] = {}
        verb_files = [str(f) for f in verb_files or ()]
        if verbs_only and not verb_files:
            raise EventwireError("E035")
        if verbs_only:
            # (p30) the user's dictionaries alone, as PETRARCH codes with its own: our patterns are left out (our
            # actors, modes, dates and filters still apply)
            self.patterns, self.patterns_version = (), "none"
        if verb_files:
            # PETRARCH-2 verb dictionaries given by the user: translated patterns join ours, and
            # the user's come first among equally specific ones (the sort is stable): who brings
            # a dictionary means its codes; (h31i) a user's pattern that names anything beyond its verb comes before
            # all of ours, and the user's bare verb before our readings that name only a preposition (`_precedence`)
            from .petrarch import patterns_from_files

            extra = patterns_from_files(verb_files)
            self.patterns = tuple(sorted((*extra, *self.patterns), key=_precedence))
            self.patterns_version += f",petrarch@{len(extra)}"
            self.verb_import = dict(extra.counts)
            self.verb_forms = dict(getattr(extra, "forms", {}))
        # (p30) PETRARCH discard files a user brings: a sentence holding one of their sentence-level phrases, or a
        # story holding a story-level one ("+"), gives no events; (h32h) matched as PETRARCH-2 matches them, on the
        # sentence's white-space words (petrarch.DiscardList)
        self.discards = None
        discard_files = [str(f) for f in discard_files or ()]
        if discard_files:
            from .petrarch import discard_list

            self.discards = discard_list(discard_files)
            self.patterns_version += f",discards@{self.discards.size}"
        # (h31a) with a user's verb file, our noun events inside a user-coded verb's phrase are its reading (filters.py
        # `_drop_user_verb_nouns`)
        self.user_nouns_subsumed = bool(verb_files) and not verbs_only
        self.noun_pattern_ids = frozenset(p.id for p in self.patterns if p.kind == "noun" and not p.from_user_file)
        self.reverse_codes = {p.id: p.reverse_code for p in self.patterns if p.reverse_code}
        self.containers = meta["containers"]
        self.amount_preps = meta["amount_prepositions"]
        self.currencies = meta["currency_nouns"]
        self.nominals = meta["nominals"]
        self.matcher = Matcher(nlp.vocab)
        self.by_lemma: dict[str, list[Pattern]] = {}
        self.silent = frozenset(p.id for p in self.patterns if p.silent)
        for p in self.patterns:
            for lemma in p.lemmas:
                self.by_lemma.setdefault(f"{p.kind}:{lemma}", []).append(p)
        verbs = sorted({l for p in self.patterns if p.kind == "verb" for l in p.lemmas})
        nouns = sorted({l for p in self.patterns if p.kind == "noun" for l in p.lemmas})
        # ADJ: an adjective governing an open complement ("is willing to withdraw"), see _constraints
        self.matcher.add("verb", [[{"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX", "NOUN", "ADJ"]}}]])
        self.matcher.add("noun", [[{"LEMMA": {"IN": nouns}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
        # (h31a) a user's PETRARCH verb written as an inflected form ("--- RISEN [---] ---", "HELD"): PETRARCH matches
        # the word as written, so the token whose text it is takes its patterns too (our lemma of "risen" is "rise")
        self.by_form: dict[str, list[Pattern]] = {}
        for p in self.patterns:
            if p.kind == "verb" and p.from_user_file:
                for form in p.lemmas:
                    self.by_form.setdefault(form, []).append(p)
        if self.by_form:
            self.matcher.add("verb", [[{"LOWER": {"IN": sorted(self.by_form)}, "POS": {"IN": ["VERB", "AUX", "NOUN", "ADJ"]}}]])
        self.verb_forms = {f: l for f, l in self.verb_forms.items()
                           if any(p.from_user_file for p in self.by_lemma.get(f"verb:{l}", ()))}
        if self.verb_forms:
            self.matcher.add("verb", [[{"LOWER": {"IN": sorted(self.verb_forms)}, "POS": "VERB"}]])
        self._rank = {id(p): i for i, p in enumerate(self.patterns)}
        self.mod = modality_vocab()
        self.min_confidence = min_confidence
        self.hypothetical = hypothetical
        self.versions = {"pipeline": pipeline_version, "coder": CODER_VERSION,
                         "patterns": self.patterns_version, "dictionary": dictionary_version()}

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc, article: Article) -> Article:
        frame = _Frame(doc, article, actors={a.id: a for a in article.actors})
        frame.by_token.update(innermost_mentions(doc, article.mentions))
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                # a place noun a locative preposition governs names where, not who ("closed the offices of
                # Serbian-run institutions in several northern municipalities"; coref.yaml place_heads,
                # located_prepositions): no argument (a named place there still is, on a `.place` path)
                root = span.root
                if m.resolution == "composed" and root.lemma_.lower() in coref_vocab()["place_heads"] \
                        and root.dep_ == "pobj" and root.head.lower_ in coref_vocab()["located_prepositions"]:
                    frame.located.update(t.i for t in span)
        events: list[Event] = []
        seconds: set[int] = set()  # id(event) of the events read on a verb's second open complement
        deferred = []
        reports: list[tuple[Token, list[Event]]] = []
        triggers: dict[int, int] = {}  # id(event) → index of its trigger token
        for match_id, start, _end in dict.fromkeys(self.matcher(doc)):
            tok = doc[start]
            kind = doc.vocab.strings[match_id]
            alone: list[Pattern] = []  # the readings that may stand one-sided, most specific first
            trace = self._trace.tried(tok, kind) if self._trace is not None else None
            for pattern in self._readings(kind, tok):
                failed = self._constraint_failure(pattern, tok)
                if failed is None and self._time_clause_trip(pattern, tok):
                    failed = "time_clause_trip"
                if failed is not None:
                    if trace is not None:
                        trace.append((pattern, "constraint", failed))
                    if failed == "time_clause_trip":
                        break  # (h34b) the trigger is no trip, nor any less specific reading of it
                    continue
                if pattern.relative:
                    if trace is not None and not self._is_relative(tok):
                        trace.append((pattern, "constraint", "relative"))
                    if self._is_relative(tok):
                        # every relative reading of the verb, tried in order once the events it
                        # refers back to are known
                        if not deferred or deferred[-1][1] is not tok:
                            deferred.append(([], tok))
                        deferred[-1][0].append(pattern)
                    continue
                if deferred and deferred[-1][1] is tok:
                    break
                made = self._code(frame, pattern, tok, events)
                if trace is not None:
                    trace.append((pattern, "fired", made) if made else (pattern, "arguments", self._why or "no_event"))
                if made:
                    events.extend(made)
                    triggers.update((id(e), tok.i) for e in made)
                    if pattern.attribution:
                        reports.append((tok, made))
                    break
                if self._alone_sides(pattern) or self._refusal_alone(pattern, tok) or self._unilateral_alone(pattern, tok):
                    alone.append(pattern)
            else:
                # no pattern found both sides: the most specific one whose act stands alone; (h33d) one that asks
                # for a kind of source the subject is not is not the verb's reading here, and the next one is tried
                # ("France raised its terror alert": no military alert, 152, but a security alert, 151)
                coded = set(triggers.values())
                for one in alone:
                    made = self._code_alone(frame, one, tok, events, coded) if tok.i not in coded else []
                    if trace is not None:
                        trace.append((one, "fired", made) if made else
                                     (one, "one_sided", "token_coded" if tok.i in coded else self._why or "alone_refused"))
                    if made or tok.i in coded or self._why != "source_sectors":
                        break
                if alone:
                    events.extend(made)
                    triggers.update((id(e), tok.i) for e in made)
            if kind == "verb":
                for first, second in self._second_complements(tok):
                    # "agreed to extend their ceasefire and pull heavy weapons back": the verb with its second
                    # complement is a reading of its own, as if it stood alone ("agreed to pull ... back"); its
                    # events are the second complement's (trigger kept there for the post-passes)
                    with _complement_focus(first, second, tok):
                        made = self._first_reading(frame, (p for p in self._readings(kind, tok)
                                                           if not p.relative and p.xcomp and self._constraints(p, tok)),
                                                   tok, events)
                    events.extend(made)
                    triggers.update((id(e), second.i) for e in made)
                    seconds.update(id(e) for e in made)
        for patterns, tok in deferred:
            made = self._first_reading(frame, patterns, tok, events)
            if not made:
                # (h23b) no event of the sentence the relative clause answers: the verb's own readings, on the noun its
                # pronoun stands for ("Egypt's proposal, which Israel rejected, called for a truce" → Egypt)
                made = self._first_reading(frame, (p for p in self._readings("verb", tok)
                                                   if not p.relative and self._constraints(p, tok)), tok, events)
            events.extend(made)
            triggers.update((id(e), tok.i) for e in made)
        events = self._passed("drop_attributions", events, self._drop_attributions(events, reports, triggers), triggers)
        events = self._passed("elaborations", events, self._elaborations(doc, events, triggers), triggers)
        events = self._passed("drop_intended", events, self._drop_intended(doc, events, triggers), triggers)
        events = self._passed("drop_empty_denials", events, self._drop_empty_denials(doc, events, triggers), triggers)
        events = self._passed("drop_charged_failures", events, self._drop_charged_failures(doc, events, triggers), triggers)
        events = self._passed("drop_explaining_statements", events, self._drop_explaining_statements(doc, events, triggers), triggers)
        events = self._passed("drop_generic_refusals", events, self._drop_generic_refusals(doc, events, triggers), triggers)
        events = self._passed("drop_manner_nouns", events, self._drop_manner_nouns(doc, events, triggers), triggers)
        events = self._passed("drop_means", events, self._drop_means(doc, events, triggers), triggers)
        events = self._passed("drop_specified_attacks", events, self._drop_specified_attacks(doc, events, triggers), triggers)
        events = self._passed("drop_measure_aims", events, self._drop_measure_aims(doc, events, triggers), triggers)
        events = self._passed("drop_purpose_aims", events, self._drop_purpose_aims(doc, events, triggers), triggers)
        events = self._passed("visit_hosts", events, self._visit_hosts(frame, events, triggers), triggers)
        events = self._passed("converses", events, self._converses(frame, events, triggers), triggers)
        if self.reverse_codes:
            events = self._passed("user_reverses", events, self._user_reverses(frame, events, triggers), triggers)
        events = self._passed("exchanged", events, self._exchanged(frame, events, triggers), triggers)
        events = self._passed("joint_partners", events, self._joint_partners(frame, events, triggers), triggers)
        people = frozenset(a.id for a in (*article.actors, *frame.composed) if a.kind in ("person", "unknown_person"))
        events = self._passed("dedupe", events, self._dedupe(events, triggers, seconds, doc, people), triggers)
        events = self._passed("context_targets", events, self._context_targets(frame, events, triggers), triggers)
        events = self._passed("drop_subsumed", events, self._drop_subsumed(doc, events, triggers), triggers)
        events = self._passed("drop_user_verb_nouns", events, self._drop_user_verb_nouns(doc, events, triggers), triggers)
        events = self._passed("repeated_one_sided", events, self._repeated_one_sided(events), triggers)
        kept = [e for e in events if e.confidence >= self.min_confidence and (self.hypothetical or e.mode != "hypothetical")
                and not self._is_silent(e)]
        if self.discards:
            kept = self._discarded(doc, kept)
        if self._trace is not None:
            self._trace.kept(self, events, kept, triggers)
        used = {a for e in kept for a in (e.source_id, e.target_id)}
        extra = tuple(a for a in frame.composed if a.id in used)
        return replace(article, events=tuple(known_group_codes(self.kb, e) for e in kept), actors=article.actors + extra)

    def _readings(self, kind: str, tok: Token) -> list[Pattern]:
        """The patterns of the token's lemma; (h31a) with a user's verb written inflected ("RISEN"), also those of
        the token's text when it is not its lemma, in the patterns' order ((h31i) the written form's first among
        equally ranked ones)."""
        lemma = tok.lemma_.lower()
        out = self.by_lemma.get(f"{kind}:{lemma}", [])
        if (kind == "verb" and tok.pos_ == "VERB" and tok.lower_ in self.verb_forms
                and self.verb_forms[tok.lower_] != lemma and not any(p.from_user_file for p in out)):
            # (h32i) the verb PETRARCH-2 knows this word as a form of, when our lemma names none of the user's verbs
            # ("cordoned", lemmatised "cordone", is CORDON's): its patterns before ours, as the user's verb would be
            out = sorted((*out, *self.by_lemma.get(f"verb:{self.verb_forms[tok.lower_]}", [])),
                         key=lambda p: self._rank[id(p)])
        if kind == "verb" and self.by_form and tok.lower_ != lemma and tok.lower_ in self.by_form:
            # (h31i) among equally ranked readings the verb written as this word comes first: PETRARCH's LEFT block
            # is what "left" means, before LEAVE's
            forms = {id(p) for p in self.by_form[tok.lower_]}
            out = sorted({id(p): p for p in (*out, *self.by_form[tok.lower_])}.values(),
                         key=lambda p: (_precedence(p), id(p) not in forms, self._rank[id(p)]))
        if kind == "verb" and self.by_form:
            out = _user_kind_first(out, lambda p: self._constraint_failure(p, tok) is None)
        return out

    def _first_reading(self, frame: _Frame, patterns: Iterable[Pattern], tok: Token, earlier: list[Event]) -> list[Event]:
        """The events of the first of `patterns` that codes `tok`; none when none does."""
        for pattern in patterns:
            made = self._code(frame, pattern, tok, earlier)
            if made:
                return made
        return []

    # -- constraints ----------------------------------------------------------------------------
    def _shares(self, code: str) -> bool:
        """(h23d) Whether an act of `code` may take the object of the clause joined after it (right node raising:
        "Britain condemned and France criticised the attack"; modality.yaml `shared_object_roots`): a property of
        the act, passed to `_object` by each caller, never held on the coder."""
        return code[:2] in self.mod.get("shared_object_roots", ())

    @staticmethod
    def _particle_objects(p: Pattern, tok: Token) -> list[Token]:
        """(h32i) A user's compound verb whose particle the parser read as a preposition right after the verb ("cordoned
        off[prep] the roads[pobj]"): that preposition's object is the verb's object, as PETRARCH-2 reads the words."""
        if not p.particle or not p.from_user_file:
            return []
        return [g for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == p.particle
                for g in c.children if g.dep_ == "pobj"]

    def _object(self, tok: Token, *, shares: bool = False) -> Token | None:
        """The verb's object; with `shares` (`_shares` of the act read), one it shares with the clause joined after it."""
        named = self._named(tok)
        if named is not None:
            return named
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                if c.dep_ == "oprd" and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") \
                        and not any(g.dep_ == "dobj" or g.lower_ in REL_PRONOUNS for g in tok.children) \
                        and any(g.dep_ == "nsubj" for g in tok.children):
                    # "a move[obj] Tehran called 'economic terrorism'[oprd]": the gap is the object, the
                    # word after the verb its predicate
                    return tok.head
                if c.lower_ in ("that", "which") and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    return tok.head  # "the tariffs that[dobj] Trump imposed on Brazilian goods": the tariffs
                return c
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return tok.head
        if shares and (shared := _shared_object(tok)) is not None:
            return shared  # (h23d) right node raising: "Britain condemned and France criticised the attack"
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and _hyphen_agents(tok):
            return tok.head  # (h21d) "the Oman-hosted talks": what was hosted
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS for c in tok.children) \
                and not any(c.lower_ in REL_PRONOUNS or c.tag_ in ("WDT", "WP", "WRB") for c in tok.children) \
                and not any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in tok.children):
            # a relative clause with no pronoun, whose gap is the object: the noun it is on ("a
            # charge[obj] his government rejected", "the weapons[obj] Russia supplied"); not a gap
            # after a preposition ("the town the army withdrew from")
            return tok.head
        bare = tok.lemma_.lower() in self.mod.get("bare_infinitive_object_verbs", ())
        if bare or tok.lemma_.lower() in object_control_verbs():
            # "allowed the first aid trucks[nsubj] to enter[ccomp] the district", "let aid trucks[nsubj]
            # enter[ccomp] Gaza": the small parser reads the object of a verb of control as the subject of
            # its infinitive (not of a that-clause)
            for c in tok.children:
                if c.dep_ == "ccomp" and c.i > tok.i and not any(a.dep_ == "mark" for a in c.children) \
                        and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             or bare and c.tag_ in ("VB", "VBP") and not any(a.dep_ in ("aux", "auxpass") for a in c.children)):
                    subj = next((g for g in c.children if g.dep_ == "nsubj" and tok.i < g.i < c.i), None)
                    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                        return subj
        return None

    def _discarded(self, doc: Doc, events: list[Event]) -> list[Event]:
        """(p30) The events left when the user's PETRARCH discard phrases are applied: none in a story holding a
        story-level phrase, none from a sentence holding a sentence-level phrase; (h32h) each sentence's text is
        checked as PETRARCH-2 checks it (`petrarch.DiscardList.check`)."""
        hit = set()
        for n, sent in enumerate(doc.sents):
            level = self.discards.check(sent.text)
            if level == "story":
                return []
            if level == "sentence":
                hit.add(n)
        return [e for e in events if e.sentence_index not in hit]

    def _claimed_relatives(self, tok: Token) -> list[Token]:
        """(h30e) The verbs of the free relatives of a claim or of naming that are the verb's object: "denied what[dobj]
        Ukraine said[ccomp] (were attacks)", "rejected what[nsubj] it said were[ccomp] ...", "dismissed what[dobj] Kyiv
        called[ccomp] a provocation" (modality.yaml `claim_free_relative_verbs`, `naming_verbs`,
        `free_relative_pronouns`)."""
        pronouns = frozenset(self.mod["free_relative_pronouns"])
        claims, naming = self.mod.get("claim_free_relative_verbs", ()), self.mod["naming_verbs"]
        out = []
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i < tok.i:
                continue
            lemma = c.lemma_.lower()
            opened = any(g.dep_ == "dobj" and g.lower_ in pronouns and g.i < c.i for g in c.children)
            if lemma in claims and (opened or claimed_copula(c, pronouns) is not None) or lemma in naming and opened:
                out.append(c)
        return out

    def _named(self, tok: Token) -> Token | None:
        """The noun a free relative of naming on the verb names, its object: "condemned what[dobj] it
        called[ccomp] an attempt[oprd] to subvert ..." → the attempt, "denounced what it described as an
        attack" → the attack (modality.yaml `free_relative_pronouns`, `naming_verbs`); else None."""
        for c in tok.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in self.mod.get("claim_free_relative_verbs", ()):
                # (h29g) ... or a free relative of a claim: "struck what it said were[ccomp] nine sites[attr]"
                cop = claimed_copula(c, frozenset(self.mod["free_relative_pronouns"]))
                if cop is not None:
                    # (its noun the copula's predicate or, as the parser also reads it, the claim verb's object after it)
                    return next((g for g in cop.children if g.dep_ == "attr" and g.pos_ in ("NOUN", "PROPN")), None) \
                        or next((g for g in c.children if g.dep_ == "dobj" and g.i > cop.i and g.pos_ in ("NOUN", "PROPN")), None)
            if c.dep_ != "ccomp" or c.lemma_.lower() not in self.mod["naming_verbs"] \
                    or not any(g.dep_ == "dobj" and g.lower_ in self.mod["free_relative_pronouns"] for g in c.children):
                continue
            for g in c.children:
                if g.dep_ in ("oprd", "attr") and g.pos_ in ("NOUN", "PROPN"):
                    return g
                if g.dep_ == "prep" and g.lower_ in self.mod["naming_prepositions"]:
                    return next((o for o in g.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        return None

    def _has_object_prep(self, obj: Token, entries: frozenset[str]) -> bool:
        """Whether the matched object has one of these prepositions: "for" any object, "to>internet" one whose
        object is that word (or has it as a modifier: "blocked access to[prep] social media[pobj] platforms")."""
        for c in obj.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in entries:
                return True
            words = frozenset(e.split(">", 1)[1] for e in entries if e.startswith(c.lower_ + ">"))
            if words and any(g.dep_ == "pobj" and self._lemma_in(g, words) for g in c.children):
                return True
        return False

    def _lemma_in(self, tok: Token | None, words: frozenset[str], *, own: bool = False) -> bool:
        """Whether the noun (or, unless `own`, a compound or adjective on it, or what it is a
        container or amount of) is one of `words`."""
        if tok is None or not words:
            return False
        cands = {tok.lemma_.lower(), tok.lower_}
        doc = tok.doc
        if tok.tag_ == "NNPS" and tok.i == tok.sent.start:
            # a plural noun capitalised at the start of a sentence, tagged a proper name and left
            # unlemmatised ("Rockets were fired ..."): its singular
            low = tok.lower_
            cands.add(low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low)
        # a hyphenated word the tokenizer split ("sit-in": sit[compound] -[punct] in)
        cands |= {f"{c.lower_}-{tok.lower_}" for c in tok.children
                  if c.i + 2 == tok.i and doc[c.i + 1].text == "-" and c.dep_ in ("compound", "amod", "nmod")}
        # ... or one the tokenizer split with no dependency between the pieces ("called for de[pobj] -[pobj]
        # escalation[pobj]"): the word spelled across the hyphen, from its first piece or its last
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
            cands.add(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
            cands.add(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
        # ... or a two-word entry ("high commissioner", "war games")
        cands |= {f"{c.lower_} {tok.lemma_.lower()}" for c in tok.children
                  if c.i + 1 == tok.i and c.dep_ in ("compound", "amod", "nmod")}
        # ... or an entry with its "of" phrase ("letter of intent", "message of condolence", "commission of inquiry"; h21d)
        cands |= {f"{tok.lemma_.lower()} of {g.lemma_.lower()}" for g in _prep_objects(tok, "of")}
        # ... (h25a) or with another preposition's object ("a step in the right direction": "step in direction")
        cands |= {f"{tok.lemma_.lower()} {c.lower_} {g.lemma_.lower()}" for c in tok.children
                  if c.dep_ == "prep" and c.lower_ != "of" for g in c.children if g.dep_ == "pobj"}
        if own:
            return bool(cands & words)
        cands |= {f"{c.lemma_.lower()}" for c in tok.children if c.dep_ in ("compound", "amod")}
        # ... and a noun modifier the parser hung a coordination on ("tear gas[nmod] and stun[conj]
        # grenades": tear gas, stun grenades)
        cands |= {g.lemma_.lower() for c in tok.children if c.dep_ == "nmod" for g in (c, *c.conjuncts, *c.children)
                  if g.dep_ in ("nmod", "conj", "amod", "compound")}
        if cands & words:
            return True
        return any(self._lemma_in(o, words) for o in self._contained(tok))

    def _contained(self, tok: Token) -> list[Token]:
        """What a container, a count or an amount holds: "a new package of [sanctions]", "380 of the
        [drones]", "$2 billion in [aid]" (core.yaml `object_containers`, `amount_prepositions`); []
        for any other noun."""
        # (a count is a container too: "shot down 380 of the drones")
        inner = _prep_objects(tok, "of") if tok.lemma_.lower() in self.containers or tok.pos_ == "NUM" else []
        if not inner and (tok.pos_ == "NUM" or tok.ent_type_ == "MONEY" or tok.lemma_.lower() in self.currencies):
            inner = [o for prep in self.amount_preps for o in _prep_objects(tok, prep)]
        return inner

    def _predicated(self, tok: Token, words: frozenset[str]) -> bool:
        """(h21c) Whether a noun is the subject of a predicate of `words` that takes no object: a verb ("ties have
        ended"), the adverb, adjective or attribute of a copula ("military cooperation with Niger was over"), or
        "verb>noun" of a verb's preposition ("came to an end": "come>end")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = tok.head
        if any(c.dep_ == "dobj" for c in verb.children):
            return False  # ("the agreement ended the war": what it ended is another thing)
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # ("cooperation with the EU was not over": nothing ended)
        lemma = verb.lemma_.lower()
        cands = {lemma} | {f"{lemma}>{o.lemma_.lower()}" for c in verb.children if c.dep_ == "prep"
                           for o in c.children if o.dep_ == "pobj"}
        if lemma == "be":
            cands |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("advmod", "acomp", "attr", "prt")}
        return bool(cands & words)

    def _content(self, tok: Token | None) -> Token | None:
        """The noun a container stands for ("package of sanctions" → sanctions, "$2 billion in aid"
        → aid)."""
        while tok is not None:
            inner = self._contained(tok)
            if not inner:
                break
            tok = inner[0]
        return tok

    def _constraints(self, p: Pattern, tok: Token) -> bool:
        return self._constraint_failure(p, tok) is None

    def _time_clause_trip(self, p: Pattern, tok: Token) -> bool:
        """(h34b) Whether a reading of a trip's code is told only as the time of another act ("Before leaving for
        Beijing, Bush will give a speech"): no visit reported, by this pattern or any less specific reading of the
        trigger, ours or a user's (modality.yaml `time_clause_trips`; h30f's x.leave_for `trigger_deps_not`)."""
        trips = self.mod.get("time_clause_trips") or {}
        return tok.dep_ == "pcomp" and tok.head.lower_ in trips.get("marks", ()) and p.code in trips.get("codes", ())

    def _constraint_failure(self, p: Pattern, tok: Token) -> str | None:
        """(h27a) The first of the pattern's constraints the trigger fails, by the pattern key that states it ("object",
        "prep", "xcomp" ...; "pos:noun" / "pos:adj" for a verb pattern on a noun / an adjective), or None when it meets
        them all. One check, for the coder and for `explain` (coding/explain.py)."""
        shares = self._shares(p.code)
        if p.predicate and not self._predicated(tok, p.predicate):
            return "predicate"
        # (h23c) a subject entry may be two words or hyphenated, as an object's ("a suicide bomber[subj] attacked")
        if p.subject and not any(t.lemma_.lower() in p.subject or t.lower_ in p.subject or self._lemma_in(t, p.subject, own=True)
                                 for t in self._subject(tok)[0]):
            return "subject"
        if p.purpose_of_not and p.kind == "verb" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                tok.dep_ in ("advcl", "xcomp", "acl") and tok.head.lemma_.lower() in p.purpose_of_not
                or any(c.dep_ == "nsubj" and c.lemma_.lower() in p.purpose_of_not for c in tok.children)):
            return "purpose_of_not"
        if tok.dep_ in p.trigger_deps_not:
            return "trigger_deps_not"
        if p.governed_by:
            noun = first_conjunct(tok)
            # (h29e) "@at": the object of that preposition ("halted the operation at the request of Qatar")
            by_prep = noun.dep_ == "pobj" and f"@{noun.head.lower_}" in p.governed_by
            if not by_prep and (noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in p.governed_by):
                return "governed_by"
        if p.object or p.object_sector:
            obj = self._object(tok, shares=shares) if p.kind == "verb" else tok
            objs = [obj] + (list(_conjuncts(obj)) if obj is not None else [])
            if p.kind == "verb":  # ... or its predicate ("designated the Houthis a terrorist organisation":
                # an oprd, or an apposition with no comma, as the small parser reads it)
                objs += [c for c in tok.children if c.dep_ == "oprd" and c is not obj]
                # ... or the predicate of a small clause the small parser reads as a complement clause on the
                # object ("found the journalist[nsubj] guilty[ccomp]", h19m)
                objs += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i > tok.i
                         and any(g.dep_ == "nsubj" and tok.i < g.i < c.i for g in c.children)
                         and not any(g.dep_ in ("mark", "aux", "auxpass", "cop") for g in c.children)]
                # ... or a second object ("designated Hezbollah[dobj] a terrorist organisation[dobj] in May")
                objs += [c for c in tok.children if c.dep_ == "dobj" and c is not obj and obj is not None and c.i > obj.i]
                objs += [c for c in (obj.children if obj is not None else ()) if c.dep_ == "appos"
                         and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ","]
                # ... or what a named object is, in its apposition ("detained the Shinsei Maru, a
                # fishing boat"): a name says nothing of the kind of thing it names
                if obj is not None and _is_name(obj):
                    objs += [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > obj.i
                             and c not in objs]
            if not any((self._lemma_in(o, p.object) or _names_sector(o, p.object_sector))
                       and not self._lemma_in(self._content(o), p.object_not, own=True)
                       and (not p.object_prep or self._has_object_prep(o, p.object_prep))
                       for o in objs):
                return "object"
        if p.object_prep and not (p.object or p.object_sector) and not (p.prep and p.prep_object):
            # (h22a) a preposition named on whatever the object is ("investigating Bolsonaro[dobj] for[→ Bolsonaro]
            # fraud": the small parser hangs the charge on the person investigated)
            obj = self._object(tok, shares=shares) if p.kind == "verb" else tok
            if obj is None or not self._has_object_prep(obj, p.object_prep):
                return "object_prep"
        if p.object_not and not p.object and p.kind == "verb":
            # an object excluded on its own ("fired tear gas ... at protesters" is no firing of weapons)
            obj = self._object(tok, shares=shares)
            if obj is not None and self._lemma_in(self._content(obj), p.object_not, own=True):
                return "object_not"
        if p.compound and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in p.compound for c in tok.children):
            return "compound"
        if p.prep:
            ok = False
            # (an adjective's preposition the small parser hangs on its copula after it is the adjective's:
            # "would be open[acomp] to[-> be] meeting Kim")
            cop = self._copula(tok) if p.kind == "verb" and tok.pos_ == "ADJ" else None
            # (h20f) ... and an "as" the small parser hangs on the object ("described the call[dobj] as[→ call]
            # frank") is the verb's
            held = [c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.lower_ == "as"] \
                if p.kind == "verb" and p.prep == "as" else []
            # (h22a) ... and a noun's own preposition the small parser hangs on the verb it is the object of, after it, for
            # a pattern that names that verb ("opened an inquiry[dobj] into[→ opened] the killing of protesters")
            if p.kind == "noun" and p.governed_by and tok.dep_ == "dobj" and tok.head.lemma_.lower() in p.governed_by:
                held += [c for c in tok.head.children if c.i > tok.i]
            held += particle_preps(tok) if p.kind == "verb" else []  # (h25a) "stayed away[advmod] from[→ away]"
            for c in [*tok.children, *(c for c in (cop.children if cop is not None else ()) if c.i > tok.i), *held]:
                if c.dep_ in ("prep", "agent") and c.lower_ == p.prep:  # "spoke by[agent] phone"
                    # the object, or a gerund clause ("accused Russia of persecuting[pcomp] women")
                    pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is None and c.lower_ == "as":
                        # (h20f) an adjective the small parser hangs on "as" ("described the meeting as
                        # constructive[amod → as]") is its object
                        pobj = next((g for g in c.children if g.dep_ in ("amod", "acomp")), None)
                    if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                        continue  # a time is no argument: "fired on Friday" fired on no one
                    if not p.prep_object or self._lemma_in(pobj, p.prep_object) and (
                            # (p23) with no `object`, `object_prep` is on the preposition's object: "called for a
                            # return[pobj] to[→ return] constitutional order"
                            not p.object_prep or p.object or p.object_sector or self._has_object_prep(pobj, p.object_prep)):
                        ok = True
            if not ok and p.kind == "verb" and p.from_user_file:
                # (h34g) a user's `(PREP X)` whose preposition the parser read as the verb's particle right after it
                # ("clash over[prt] the efforts[dobj]", "clash over[prt] the weather[pobj → over]"): PETRARCH-2 reads the
                # words in order, the object after the particle is the phrase's
                ok = any(c.dep_ == "prt" and c.i == tok.i + 1 and c.lower_ == p.prep
                         and any(g.i > c.i and (g.dep_ == "dobj" and g.head.i == tok.i or g.dep_ == "pobj" and g.head.i == c.i)
                                 and (not p.prep_object or self._lemma_in(g, p.prep_object))
                                 for g in (*tok.children, *c.children)) for c in tok.children)
            if not ok:
                return "prep"
        if p.prep_object_not and any(c.dep_ in ("prep", "agent") and (p.prep is None or c.lower_ == p.prep)
                                     and any(g.dep_ == "pobj" and self._lemma_in(g, p.prep_object_not, own=True)
                                             for g in c.children) for c in tok.children):
            return "prep_object_not"  # "protested against a social media post": words protested are no street protest
        if p.no_object and any(c.dep_ == "dobj" for c in tok.children):
            return "no_object"
        if p.requires_dep and not any(c.dep_ in p.requires_dep for c in tok.children):
            return "requires_dep"
        if p.forbid_dep and any(c.dep_ in p.forbid_dep for c in tok.children):
            return "forbid_dep"
        if p.particle and not any((c.dep_ == "prt" or c.dep_ == "prep" and any(g.dep_ == "prep" for g in c.children)
                                   or c.dep_ == "advmod" and c.i == tok.i + 1  # "shot down[advmod] 380 drones"
                                   # (h32i) a user's compound verb is its words in order, as PETRARCH-2 reads them:
                                   # "cordoned off[prep] the roads" is CORDON_OFF (`_particle_objects`)
                                   or c.dep_ == "prep" and c.i == tok.i + 1 and p.from_user_file)
                                  and c.lower_ == p.particle for c in tok.children):  # "pulled out[prep] of"
            return "particle"
        # a negated complement is another act ("vowed not to return X" is no intent to return it)
        # ... nor is a helping verb with an act of its own ("wants to help broker talks" is no aid)
        helping = self.mod.get("helping_verbs", ())
        on_object = self._object_complements(p, tok) + self._for_clauses(tok) + self._evidenced(tok) \
            + self._noun_infinitives(p, tok)
        # (h20k) an entry "~X" is matched only by a negated complement or a verb joined to it, the negation spreading
        # ("pledged not to use force against each other": "~use>other"; "not to threaten or use force against ...")
        negated_entries = frozenset(w[1:] for w in p.xcomp if w.startswith("~"))
        if p.xcomp and not any((any(_complement_in(v, negated_entries) for v in (c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")))
                                if any(g.dep_ == "neg" for g in c.children) else _complement_in(c, p.xcomp))
                               and not (c.lemma_.lower() in helping and any(g.dep_ == "xcomp" for g in c.children))
                               for c in [*(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "oprd")), *on_object]):
            return "xcomp"
        if p.purpose and not any(_complement_in(c, p.purpose) for c in self._purpose_clauses(tok)):
            return "purpose"
        if p.xcomp_not and any(_complement_in(c, p.xcomp_not)
                               for c in [*(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "oprd")), *on_object]):
            return "xcomp_not"
        questions = self.mod.get("indirect_question_words", ())
        if p.complement_aux and not any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in p.complement_aux for a in c.children)
                                        and c.left_edge.lower_ not in questions  # "did not say when X must leave"
                                        for c in tok.children):
            return "complement_aux"
        if p.verdict and not self._verdicts(p, tok):
            return "verdict"
        if p.aux and not (any(c.dep_ == "aux" and c.lower_ in p.aux for c in tok.children)
                          and (p.negated or not self._negated(tok.children) and _own_words(tok))):
            # (h25c) "China will resolutely counter": the trigger's own future, not "retaliated", "will not retaliate";
            # in its speaker's own words (a reported "said Moscow would retaliate" is the reporting verb's reading), but
            # for a negated hesitation, which no reporting verb reads ("said Israel would not hesitate to use force")
            return "aux"
        if p.code[:2] == "10" and tok.lemma_.lower() in self.mod.get("assertive_demand_verbs", ()) \
                and any(self._asserted_clause(c) for c in tok.children if c.dep_ == "ccomp"):
            return "assertive_clause"  # "insisted the route will remain under Armenian law" asserts; "insisted that Israel withdraw" demands
        if p.code[:2] == "01" and tok.lemma_.lower() in self.mod.get("assertive_demand_verbs", ()) \
                and any(not self._asserted_clause(c) for c in tok.children if c.dep_ == "ccomp"
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            # (h33j) ... and the converse: a clause that asks for an act is no statement ("China insisted that Japan
            # correct[VB] its mistakes" is the demand x.demand_that.100 reads, as "demanded that Japan correct ...")
            return "demand_clause"
        if p.negated and not (p.before and p.from_user_file) \
                and (not self._negated(tok.children) or self._standing_negation(tok)):
            # (h32g) a user's PETRARCH pattern whose negation is its words before the verb ("- &NEGATVAUXVRB EVER * OVER
            # EFFORTS") is matched by those words in order, as PETRARCH's linear matcher does, wherever the parse hangs the
            # negation ("won't try to clash", "did not even ever clash"): `before` checks them
            return "negated"
        if p.coercive_manner and not self._coercive_manner(tok):
            return "coercive_manner"
        if p.before and not _words_in_order(p.before, self._before_words(p, tok), tok):
            return "before"
        if p.after and not _words_in_order(p.after, [t for t in tok.sent if t.i >= tok.i], tok):
            return "after"
        if p.kind == "verb" and tok.pos_ == "NOUN":
            return "pos:noun"
        # an adjective stands for a verb only when it governs an open complement or a preposition that the
        # pattern names ("is willing / ready to withdraw" as "agreed to withdraw", "is due in Kigali"), never alone
        if p.kind == "verb" and tok.pos_ == "ADJ" and not (p.xcomp or p.prep):
            return "pos:adj"
        return None

    @staticmethod
    def _before_words(p: Pattern, tok: Token) -> list[Token]:
        """The tokens a pattern's words before the verb are looked for in: the sentence up to the verb, but for a user's
        PETRARCH pattern on a passive verb (h32j) the phrases of its "by" or "from" agent, as PETRARCH-2's matcher reads a
        passive (`VerbPhrase.match_pattern`: the words before ``*`` are matched on the verb's BY / FROM phrases, the
        words after it on the clause's subject): "The Russian building was demolished by a Ukrainian protestor" is
        ``- PROTESTOR * [145]``, which names the doer before the verb."""
        if p.from_user_file and _is_passive(tok):
            from .petrarch import petrarch_vocab  # (loaded already: the pattern is from a user's verb file)

            agent_preps = petrarch_vocab()["passive_agent_prepositions"]
            return [t for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in agent_preps
                    for t in c.subtree if t.i != c.i]
        return [t for t in tok.sent if t.i <= tok.i]

    def _asserted_clause(self, clause: Token) -> bool:
        """Whether a that-clause states a fact rather than asks for an act: its verb is finite in the indicative
        (past or present, "the route remained", "Israel is") or has an auxiliary of tense, not of obligation
        ("will remain", "has violated"; modality.yaml `assertive_demand_verbs`, `deontic_auxiliaries`); a bare
        subjunctive ("that Israel withdraw") or "must"/"should" asks."""
        auxes = [a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")]
        if any(a in self.mod.get("deontic_auxiliaries", ()) for a in auxes) or "to" in auxes:
            return False
        # (h33j) a present form that does not agree with its singular noun subject is the subjunctive the small tagger
        # reads as VBP ("insisted that Germany share[VBP] the costs" asks; "that they share" asserts)
        if clause.tag_ == "VBP" and not auxes and any(
                g.dep_ == "nsubj" and g.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in g.children)
                for g in clause.children):
            return False
        return bool(auxes) or clause.tag_ in ("VBD", "VBZ", "VBP")

    def _coercive_manner(self, tok: Token) -> bool:
        """Whether the verb's own clause says it is done whatever the other wants (modality.yaml
        `coercive_manners`: "would get the island 'one way or the other'", "take Taiwan by force", "by any
        means"): a phrase in a dependent of the verb that is no subject, complement clause or conjunct."""
        phrases = [tuple(m.split()) for m in self.mod.get("coercive_manners", ())]
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp", "xcomp", "conj", "relcl", "aux", "auxpass", "cc", "mark", "punct"):
                continue
            words = [t.lower_ for t in c.subtree if not t.is_punct and not t.is_quote]
            for m in phrases:
                if any(tuple(words[i:i + len(m)]) == m for i in range(len(words) - len(m) + 1)):
                    return True
        return False

    @staticmethod
    def _second_complements(tok: Token) -> list[tuple[Token, Token]]:
        """The open complements of a verb joined to its first one, with no subject of their own ("agreed to
        extend[xcomp] their ceasefire and pull[conj] heavy weapons back"), each with that first one."""
        out = []
        for first in tok.children:
            if first.dep_ != "xcomp" or first.pos_ != "VERB":
                continue
            for second in first.children:
                if second.dep_ == "conj" and second.pos_ == "VERB" and second.tag_ == "VB" \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in second.children):
                    out.append((first, second))
        return out

    def _controlled_clause(self, p: Pattern, tok: Token, clause: Token) -> bool:
        """Whether a clausal complement is the infinitive of a verb of control whose object the small parser
        read as the infinitive's subject, and the pattern is about that object ("allowed aid trucks[nsubj] to
        enter[ccomp] Gaza"; `_object`): where it goes is the pattern's. Not a party's own act wished or urged
        ("wants Russia to attack Switzerland": `_own_clause`)."""
        if clause.dep_ != "ccomp" or clause.head.i != tok.i or not p.object:
            return False
        obj = self._object(tok, shares=self._shares(p.code))
        return obj is not None and obj.dep_ == "nsubj" and obj.head.i == clause.i and self._lemma_in(obj, p.object)

    def _object_complements(self, p: Pattern, tok: Token) -> list[Token]:
        """For a verb pattern with both an `object` and a complement condition, the infinitive on
        the object, which stands for the verb's complement ("reaffirmed its commitment to defend the
        Philippines" as "committed to defend")."""
        if p.kind != "verb" or not p.object or not (p.xcomp or p.xcomp_not):
            return []
        obj = self._object(tok, shares=self._shares(p.code))
        if obj is None or obj.i == tok.i:
            return []
        # (h33d) ... and a content clause on it, as the small parser hangs it ("repeated its demand that[mark] the EU
        # lift[acl] its sanctions" as "demanded that the EU lift"; modality.yaml `content_clause_marks`)
        marks = self.mod.get("content_clause_marks", ())
        return [c for c in obj.children if c.dep_ == "acl" and (is_infinitive(c)
                or any(g.dep_ == "mark" and g.lower_ in marks for g in c.children))]

    def _noun_infinitives(self, p: Pattern, tok: Token) -> list[Token]:
        """(h33j) For a noun pattern with a complement condition, the infinitive of the appeal, call or request it
        names, as the verb's complement ("made an appeal to India to reconsider[acl] its decision" as "appealed to
        India to reconsider"): an infinitive on the noun, or (where the small parser hangs it) on the verb that
        governs the noun as its object (`governed_by`), after the noun, with no subject or mark of its own ("made an
        appeal to Kenya to accept[advcl → made] mediation"). Only for patterns with `governed_by`: "an appeal to the
        court" with no infinitive, or a bare "the appeal to reconsider", is not read."""
        if p.kind != "noun" or not p.governed_by or not (p.xcomp or p.xcomp_not):
            return []
        bare = lambda c: is_infinitive(c) and c.pos_ in ("VERB", "AUX") \
            and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)
        out = [c for c in tok.children if c.dep_ == "acl" and bare(c)]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in p.governed_by:
            out += [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i and bare(c)]
        return out

    @staticmethod
    def _purpose_clauses(tok: Token) -> list[Token]:
        """(h22d) The infinitives of purpose on a verb ("arrived in New York to attend[advcl] the UN General
        Assembly"): an adverbial clause with "to" and no subject of its own."""
        return [c for c in tok.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]

    def _evidenced(self, tok: Token) -> list[Token]:
        """(h20i) The clause an existential report vouches for stands for the report's complement: "said there
        was overwhelming evidence[attr] that González won[acl] the election" as "said González won"
        (modality.yaml `evidence_nouns`)."""
        nouns = self.mod.get("evidence_nouns", ())
        return [g for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"
                and any(e.dep_ == "expl" for e in c.children)
                for a in c.children if a.dep_ == "attr" and a.lemma_.lower() in nouns
                and not any(d.dep_ == "det" and d.lower_ in self.mod.get("negating_determiners", ()) for d in a.children)
                for g in a.children if g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]

    def _for_clauses(self, tok: Token) -> list[Token]:
        """A "for" clause on an appeal, its complement, as the small parser reads it: an adverbial clause
        ("called for[mark] the perpetrators to be held[advcl] accountable") or an infinitive on the
        preposition's object or a word on it ("called for[prep] those[pobj] responsible to be
        brought[xcomp] to justice"); modality.yaml `complement_marks`."""
        marks = self.mod["complement_marks"]
        out = [c for c in tok.children if c.dep_ == "advcl" and is_infinitive(c)
               and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)]
        for o in [o for m in marks for o in _prep_objects(tok, m)]:
            out += [v for v in o.subtree if v.dep_ in ("xcomp", "acl") and is_infinitive(v) and (v.head == o or v.head.head == o)]
        return out

    def _bare_infinitive_objects(self, tok: Token) -> list[Token]:
        """The object of a verb taking a bare infinitive ("helped Lithuania patrol the frontier", "will
        help Ukraine rebuild its grid"; modality.yaml `bare_infinitive_object_verbs`), which the small parser
        reads as the subject of a clausal complement; none when the verb has an object of its own."""
        if tok.lemma_.lower() not in self.mod.get("bare_infinitive_object_verbs", ()) \
                or any(c.dep_ == "dobj" for c in tok.children):
            return []
        return [g for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > tok.i
                and not any(a.dep_ in ("aux", "mark", "auxpass") for a in c.children)
                for g in c.children if g.dep_ == "nsubj"]

    def _is_relative(self, tok: Token) -> bool:
        return tok.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in REL_PRONOUNS for c in tok.children)

    # -- argument paths ---------------------------------------------------------------------------
    def _subject(self, tok: Token) -> tuple[list[Token], bool]:
        subj, passive = _subject_of(tok)
        if passive and not subj and self._ordered_act(tok):
            # "the court ordered the boat confiscated", "ordered that the diplomats be expelled": an act
            # ordered in a passive clause with no agent is done by who ordered it
            doer, doer_passive = self._subject(tok.head)
            if doer and not doer_passive:
                subj = doer
        if passive and not subj and tok.lemma_.lower() in self.mod.get("stative_passives", ()):
            # "Serb forces were engaged in ...", "Israel is opposed to ...": a passive form that
            # states the subject's own stance or action, with no agent
            subj, passive = [c for c in tok.children if c.dep_ == "nsubjpass"], False
        statement = self._statement(tok)
        if not subj and not passive and statement is not None:
            # "the PKK issued a statement demanding that ...": the statement's author acts; one the
            # statement names is its author ("Hungary blocked an EU statement condemning ...": the EU)
            owners = [c for c in statement.children if c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
            subj, passive = (owners, False) if owners else _subject_of(statement.head)
        # "thousands of students staged ...", "a group of farmers blocked ...": a quantity or
        # group noun (an object container) stands for its "of" phrase, as it does for objects
        return [self._content(c) or c for c in subj], passive

    def _inclusion_copula(self, tok: Token) -> Token | None:
        """The copula of "X were among those detained" (a participle on the object of a preposition of
        inclusion, modality.yaml `inclusion_prepositions`, on a copula with a subject): X suffered the act the
        participle names, in the copula's clause; else None."""
        noun = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.dep_ != "pobj" or noun.head.lower_ not in self.mod.get("inclusion_prepositions", ()):
            return None
        cop = noun.head.head
        if cop.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in cop.children):
            return None
        return cop

    def _ordered_act(self, tok: Token) -> bool:
        """Whether `tok` is a passive clausal complement with no agent of a verb of ordering
        (modality.yaml ordered_act_verbs): "ordered the boat confiscated", "ordered that the diplomats be
        expelled"."""
        return tok.dep_ == "ccomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in self.mod.get("ordered_act_verbs", ()) \
            and _is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)

    def _statement(self, tok: Token) -> Token | None:
        """The statement noun a clause describes, when a verb makes the statement ("issued / blocked
        a statement [condemning ...]": modality.yaml statement_nouns), or None."""
        if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in self.mod.get("statement_nouns", ()):
            return tok.head
        # an instrument enacted ("signed an executive order imposing tariffs"): its enacter acts
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" \
                and tok.head.lemma_.lower() in self.mod.get("enacted_nouns", ()) \
                and tok.head.head.lemma_.lower() in self.mod.get("enacting_verbs", ()):
            return tok.head
        return None

    def _reporter(self, frame: _Frame, t: Token) -> Token:
        """"Russia said it would attack Ukraine": a subject pronoun (modality.yaml
        reported_pronouns) that no mention resolves, in a clausal complement, stands for the
        subject of the verb governing that complement (the reporter). Other tokens as they are."""
        plural = t.lower_ in self.mod.get("reported_plural_pronouns", ())
        if not (plural or t.lower_ in self.mod.get("reported_pronouns", ())) or frame.actor_at(t, places=True):
            return t
        clause = clause_top(t.head, ("xcomp", "conj", "acomp"), climbs=2)
        if clause.dep_ == "ccomp" and clause.head.i != clause.i:
            subj, passive = self._subject(clause.head)
            if not subj or passive:
                return t
            # the pronoun agrees in number with the reporter: "the rebels said they ...",
            # "Russia said it ...", but not "the US said they ..." (someone else)
            r = subj[0]
            r_plural = r.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in r.children)
            return r if r_plural == plural else t
        noun = clause.head
        if clause.dep_ == "acl" and noun.lemma_.lower() in self.mod.get("allegation_nouns", ()) \
                and noun.dep_ == "dobj" and not plural:
            # "Iran denied accusations that it had supplied drones": the one the allegation is about
            subj, passive = self._subject(noun.head)
            return subj[0] if subj and not passive and subj[0].tag_ not in ("NNS", "NNPS") else t
        return t

    def _earlier_counterparts(self, frame: _Frame, obj: Token, prep: str) -> list[Token]:
        """The objects of preposition `prep` at the earlier mention of a definite thing ("Congo closed its border
        with Rwanda ... Kinshasa first shut the border" → Rwanda): modality.yaml `counterpart_noun_groups`; the
        nearest earlier mention of the group in `counterpart_lookback_sentences` before, past bare definite ones
        ("the border"); any other mention without the preposition ends the search."""
        lemma = obj.lemma_.lower()
        group = next((set(g) for g in self.mod.get("counterpart_noun_groups", {}).values() if lemma in g), None)
        dets = self.mod.get("counterpart_determiners", ())
        if group is None or not any(c.dep_ == "det" and c.lower_ in dets for c in obj.children) \
                or any(c.dep_ in ("poss", "prep") for c in obj.children):
            return []
        owners = self._owner_countries(frame, obj)
        if not owners:
            return []
        starts = frame.sent_starts
        here = bisect.bisect_right(starts, obj.i) - 1
        first = starts[max(0, here - int(self.mod.get("counterpart_lookback_sentences", 0)))]
        for i in range(obj.i - 1, first - 1, -1):
            t = frame.doc[i]
            if t.pos_ != "NOUN" or t.lemma_.lower() not in group or t.dep_ == "compound":
                continue
            found = _prep_objects(t, prep) or (_prep_objects(t.head, prep) if t.dep_ == "dobj" else [])
            if found:
                # the same owner's thing: "Kenya reopened the border with Tanzania" is not Uganda's
                return found if owners & self._owner_countries(frame, t) else []
            if not (any(c.dep_ == "det" and c.lower_ in dets for c in t.children)
                    and not any(c.dep_ in ("poss", "prep", "amod", "compound") for c in t.children)):
                return []
        return []

    def _owner_countries(self, frame: _Frame, thing: Token) -> set[str]:
        """The countries of a thing's owner ("its border", "Congo's border") or, for an object, of its verb's
        subject ("Congo closed the border"); empty when none is resolved."""
        toks = [c for c in thing.children if c.dep_ == "poss"]
        if thing.dep_ == "dobj":
            toks += [self._reporter(frame, t) for t in self._subject(thing.head)[0]]
        out = set()
        for t in toks:
            for a in frame.actor_at(t):
                actor = frame.actors.get(a)
                if actor is not None and actor.country:
                    out.add(actor.country)
        return out

    def _names_again(self, frame: _Frame, actors: list[str], objs: list[Token]) -> bool:
        """Whether an object names one of `actors` again: the same actor, or a body of the same country where one
        of the two is the country itself ("Ukraine" ... "Kyiv")."""
        for o in self._actors(frame, objs, False) if objs else []:
            for a in actors:
                x, y = frame.actors[a], frame.actors[o]
                if a == o or x.code and x.code == y.code or x.country and x.country == y.country \
                        and "country" in (x.kind, y.kind):
                    return True
        return False

    def _copula(self, tok: Token) -> Token | None:
        t = first_conjunct(tok)
        if t.dep_ in ("attr", "acomp", "oprd") and t.head.pos_ in ("AUX", "VERB"):
            return t.head
        return None

    def _path(self, frame: _Frame, p: Pattern, tok: Token, path: str) -> tuple[list[Token], bool]:
        """Tokens a path leads to, and whether to search their subtrees for actors (`.deep`)."""
        deep = path.endswith(".deep")
        if deep:
            path = path[: -len(".deep")]
        shares = self._shares(p.code)
        obj = self._object(tok, shares=shares) if p.kind == "verb" else tok
        passive = p.kind == "verb" and self._subject(tok)[1]
        out: list[Token] = []
        if path == "subj":
            # a subject noun that is no actor is named by its modifiers ("the al-Qaeda network
            # threatened"): _actors does that for every path
            out = [self._reporter(frame, t) for t in self._subject(tok)[0]]
            # "a report by the UN human rights office accused ...", "a statement from the foreign ministry said
            # ...": a document that is the verb's own subject says what its author says (not an act a verb
            # it is no subject of does: "the statement comes a day before Sarkozy ..., seeking to mend ties")
            out = [a for t in out for a in (self._document_author(t) if t.head.i == tok.i or tok.dep_ == "conj"
                                            and t.head.i == tok.head.i else [t]) or [t]]
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and (
                    tok.lemma_.lower() in self.mod["appeal_verbs"] and not self._actors(frame, out, False)
                    # ... and so is a verbal act joined to a clause on a thing ("Algeria said the drone had violated its
                    # airspace and rejected the accusations": a drone rejects nothing; modality.yaml `speaking_roots`)
                    or p.code.startswith(tuple(self.mod.get("speaking_roots", ()))) and (found := self._actors(frame, out, False))
                    and (all(frame.actors[a].kind == "installation" for a in found)
                         # ... or to a clause whose subject its own object names again ("the Kremlin said Ukraine had
                         # attacked an oil depot and accused Kyiv of ...": no one accuses itself) (h19e)
                         or self._names_again(frame, found, [c for c in tok.children if c.dep_ == "dobj"]))
                    # (h27h) ... and so is an appeal for a release (a pattern aimed at the `captor`) joined to a clause
                    # telling the capture ("the embassy said the Houthis had kidnapped the crew and called for their
                    # release": no captor asks for its captives' release; modality.yaml `captivity_verbs`)
                    or "captor" in p.target and tok.head.lemma_.lower() in self.mod["captivity_verbs"]):
                # "Hungary said the attack showed ... and urged both sides": an appeal the small parser
                # joined to the reported clause, whose subject names no one, is the reporter's
                out = self._subject(tok.head.head)[0]
        elif path == "dobj":
            if p.kind == "verb":
                if passive and any(c.dep_ in ("prt", "prep") and c.lower_ in self.mod["contested_particles"]
                                   and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in tok.children):
                    pass  # "a region that has been fought over[prt]": the subject is what was contested
                elif passive:
                    # (a subject the parser gave a passive verb with its auxiliary is its patient: "which[nsubj]
                    # Burundi says is[auxpass] backed by Rwanda")
                    out = [c for c in tok.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj"
                           and any(a.dep_ == "auxpass" for a in tok.children)] or ([tok.head] if tok.dep_ == "acl" else [])
                    if (among := self._inclusion_copula(tok)) is not None:
                        out = [c for c in among.children if c.dep_ == "nsubj"]  # "X were among those detained": X
                    if tok.dep_ == "relcl" and any(c.lower_ in REL_PRONOUNS for c in out):
                        out = [tok.head]  # "Melia, who was detained by Georgian police": Melia
                    if not out and tok.dep_ == "conj":
                        # "X was arrested and charged": the second passive shares the first's subject
                        # (a passive one: an active verb's subject did the act, it did not suffer it)
                        # (p23) ... and an active one's when the passive has its own auxiliary ("Moraes, who oversaw the
                        # case and has been[auxpass] sanctioned by the United States": who → Moraes)
                        own_aux = any(c.dep_ == "auxpass" for c in tok.children)
                        out = [c for c in tok.head.children if c.dep_ == "nsubjpass"
                               or c.dep_ == "nsubj" and (own_aux or not any(g.dep_ == "dobj" for g in tok.head.children))]
                        if tok.head.dep_ == "relcl" and any(c.lower_ in REL_PRONOUNS for c in out):
                            out = [antecedent(tok.head)]
                elif tok.dep_ == "relcl" and any(c.dep_ == "dep" and c.lower_ in REL_PRONOUNS for c in tok.children):
                    # "the gang, which[dep] Washington has designated a terrorist organization[dobj]": the
                    # pronoun is the object, the parser's object its predicate
                    out = [antecedent(tok)]
                elif (named := self._named(tok)) is not None:
                    out = [named]  # (h23b) "rejected what it described as interference by the United States": what it named
                else:
                    out = [c for c in tok.children if c.dep_ == "dobj"] or self._bare_infinitive_objects(tok) \
                        or self._particle_objects(p, tok)
                    if not out and shares and (shared := _shared_object(tok)) is not None:
                        out = [shared]  # (h23d) "Britain condemned and France criticised the attack"
        elif path == "subj.stationed":
            # (h32d) where the subject forces are: their own "in" phrase or that of a participle of stationing on them
            # ("the French soldiers stationed[acl] in Niger will leave" → Niger, "US troops in Syria withdrew";
            # modality.yaml `stationing_participles`); an active verb's subject only
            if p.kind == "verb" and not passive:
                verbs = self.mod.get("stationing_participles", ())
                out = [g for s in self._subject(tok)[0]
                       for h in (s, *(c for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in verbs))
                       for g in _prep_objects(h, "in")]
        elif path == "reporter":
            # (h21c) the subject of the verb that reports the trigger's clause ("He said military cooperation with
            # Niger was over" → he): a state of affairs the speaker announces is the speaker's act
            clause = tok.head if p.kind == "noun" and tok.dep_ in ("nsubj", "nsubjpass") else tok
            top = clause_top(clause, ("conj", "xcomp"), climbs=2)
            if top.dep_ == "ccomp" and top.head.i != top.i:
                subj, passive_report = self._subject(top.head)
                out = [] if passive_report else subj
        elif path == "stated_self":
            # (h24j) who says they are troubled: the trigger's subject (passive, or its copula's for a predicate participle:
            # "was deeply alarmed[acomp] by"); for a pronoun no actor stands for ("said it was concerned") the reporter
            host = tok.head if tok.dep_ == "acomp" and tok.head.pos_ in ("AUX", "VERB") else tok
            out = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]
            if out and all(c.tag_ == "PRP" and not frame.actor_at(c) for c in out):
                top = clause_top(host, ("conj", "xcomp"), climbs=2)
                out = []
                if top.dep_ == "ccomp" and top.head.i != top.i:
                    subj, passive_report = self._subject(top.head)
                    out = [] if passive_report else subj
        elif path == "claim.subj":
            # (h30e) who claims or names what the verb's free relative says: "Russia denied what[dobj] Ukraine said[ccomp]
            # were attacks on civilians" → Ukraine, "dismissed what Kyiv called war crimes" → Kyiv; the free relative's
            # own subject, no pronoun (the claimant, not the one said to have acted)
            if p.kind == "verb" and not passive:
                out = [g for c in self._claimed_relatives(tok) for g in c.children
                       if g.dep_ == "nsubj" and g.lower_ not in self.mod["free_relative_pronouns"]]
        elif path == "prep_after":
            # (h33e) the objects of the verb's prepositional phrases after it, in order, whatever the preposition (a
            # user's object pattern takes the first actor after the verb, as PETRARCH-2 does)
            out = [g for c in tok.children if c.dep_ == "prep" and c.i > tok.i for g in c.children if g.dep_ == "pobj"]
        elif path == "surface_subj":
            # (h33e) the subject as written before the verb (a user's linear pattern's `+ *`): a passive verb's patient
            return self._path(frame, p, tok, "dobj" if passive else "subj")
        elif path == "dobj.iobj":
            out = [c for c in tok.children if c.dep_ in ("dative", "iobj")]
        elif path == "oprd":
            # the small parser's reading of a bare object as a predicate ("Macron called Putin[oprd] on Friday"); (h27g)
            # with a common noun read as a second predicate after a name, the name is who is named so, no one called
            # ("called Sharaa[oprd] a young guy[oprd]"; "called President[oprd] Trump[oprd] a gangster[dobj]" is one name)
            out = [c for c in tok.children if c.dep_ == "oprd"]
            if any(c.pos_ == "NOUN" and any(o.i < c.i and o.pos_ == "PROPN" for o in out) for c in out):
                out = []
        elif path.startswith("prep:") and ".prep:" in path:
            # (h23d) where the object of the noun's preposition is: "a drone attack on an oil refinery in[→ refinery]
            # Russia's Ryazan region", "an airstrike on a market in Kharkiv"
            first, second = path[5:].split(".prep:")
            out = [g for o in _prep_objects(tok, first) for g in _prep_objects(o, second)
                   if not any(frame.actors[a].kind == "region" for a in frame.actor_at(g, places=True) if a in frame.actors)]
            # (a region is no one's place: "a strike on a boat in the Caribbean")
        elif path.startswith("prep:"):
            out = _prep_objects(tok, path[5:])
            if not out and p.kind == "noun" and path[5:] != (p.prep or "of"):
                # the phrase of the noun's own preposition (the pattern's, else "of") is part of the
                # noun's: "the resumption of [ties] between Iran and Saudi Arabia", "the gift of two
                # [pandas] to Mexico"
                out = [g for o in _prep_objects(tok, p.prep or "of") if not p.prep_object or self._lemma_in(o, p.prep_object)
                       for g in _prep_objects(o, path[5:])]
            if not out and p.agentive:
                cop = self._copula(tok)
                if cop is not None:
                    out = _prep_objects(cop, path[5:])
        elif path.startswith("prep_object.prep:"):
            # the phrase of the pattern's own preposition object ("rallied in support of[→] the junta",
            # not "in Niamey")
            out = [g for o in _prep_objects(tok, p.prep or "") if not p.prep_object or self._lemma_in(o, p.prep_object)
                   for g in _prep_objects(o, path[len("prep_object.prep:"):])]
        elif path == "shifted_object":
            # an object put after the "as" complement ("denounced as an ugly crime Serbia's suppression
            # of ..."), which the small parser reads as the complement's apposition: with no object of
            # its own, the verb's; the complement itself names no target ("was condemned by Beijing as
            # a gross interference in China's internal affairs")
            if p.kind == "verb" and not passive and not any(c.dep_ == "dobj" for c in tok.children):
                out = [a for o in _prep_objects(tok, "as") for a in o.children if a.dep_ == "appos" and a.i > o.i]
        elif path in ("prep_object.poss", "prep_object.amod", "prep_object.compound"):  # ("the suspension of US[compound] aid")
            # the owner of the pattern's own preposition object ("protested against China's remarks")
            dep = path.split(".")[1]
            out = [c for o in _prep_objects(tok, p.prep or "") if not p.prep_object or self._lemma_in(o, p.prep_object)
                   for c in o.children if c.dep_ == dep]
        elif path.startswith("copula.prep:"):
            cop = self._copula(tok)
            out = _prep_objects(cop, path[len("copula.prep:"):]) if cop is not None else []
        elif path.startswith("object.prep:"):
            prep = path[len("object.prep:"):]
            out = (_prep_objects(obj, prep) or _prep_objects(self._content(obj), prep)) if obj is not None else []
            if not out and obj is not None:
                # "a missile and drone attack on Kyiv": the preposition hangs on a conjunct
                out = [g for c in _conjuncts(obj) for g in _prep_objects(c, prep)]
            if not out and obj is not None and p.kind == "verb":
                # ... or on a noun the small parser joined to the verb instead of the object ("stopped all exports
                # to and imports[conj of the verb] from Israel"): a second object (h20k)
                out = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > obj.i
                       and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                       for g in _prep_objects(c, prep)]
            if not out and obj is not None and prep != "of":
                # ... or on the object's own "of" phrase: "a memorandum of [understanding] with Somaliland"
                out = [g for o in _prep_objects(obj, "of") for g in _prep_objects(o, prep)]
            if not out and obj is not None and prep != "of":
                # (h25j) ... or on a past participle on the object: "upheld the prison sentence handed[acl] to Kirchner"
                out = [g for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in _prep_objects(c, prep)]
            if not out and obj is not None and prep != "of":
                # (h27e) ... or on a relative clause whose gap is the object, on it or on what a container of it holds:
                # "lifted most of the sanctions it had imposed[relcl] on Niger"
                out = [g for h in (obj, *self._contained(obj)) for c in h.children if c.dep_ == "relcl"
                       and any(s.dep_ == "nsubj" and s.lower_ not in REL_PRONOUNS for s in c.children)
                       for g in _prep_objects(c, prep)]
            named = self._named(tok) if not out and obj is not None and obj.dep_ in ("oprd", "attr") else None
            if named is not None and named.i == obj.i and obj.head.i != tok.i:
                # ... or on the verb of naming whose predicate it is ("struck what it called[→] 'terrorist
                # infrastructure' at nine sites in Pakistan": the sites are where the act struck)
                out = [g for g in _prep_objects(obj.head, prep) if g.i > obj.i]
            if not out and obj is not None and prep in self.mod.get("counterpart_prepositions", ()):
                # "... its border with Rwanda ... Kinshasa first shut the border": a definite thing's
                # counterpart named at its earlier mention
                out = self._earlier_counterparts(frame, obj, prep)
        elif path in ("object.poss", "object.amod", "object.compound", "object.nmod"):
            dep = path.split(".")[1]
            out = [c for c in obj.children if c.dep_ == dep] if obj is not None else []
            if not out and obj is not None:
                inner = self._content(obj)  # "a package of EU sanctions" → EU
                out = [c for c in inner.children if c.dep_ == dep] if inner is not None and inner.i != obj.i else []
        elif path in ("poss", "amod", "compound"):
            out = [c for c in tok.children if c.dep_ == path]
        elif path in ("hyphen_pair", "object.hyphen_pair"):
            # (h23a) two sides hyphenated before the noun ("the US-China summit", "the India-Pakistan talks"): the
            # modifier and the one the hyphen joins to it; nothing without a hyphen ("the Russian summit"); (h25a) on the
            # matched object too ("described the US-China deal as ...")
            doc = tok.doc
            out = []
            head = tok if path == "hyphen_pair" else obj
            for c in (head.children if head is not None else ()):
                if c.dep_ not in ("compound", "amod", "nmod") or c.i > head.i:
                    continue
                joined = [g for g in c.children if g.dep_ in ("compound", "amod", "nmod") and g.i + 2 == c.i
                          and doc[g.i + 1].text == "-"]
                if joined:
                    out += [*joined, c]
        elif path in ("ccomp.subj", "ccomp.finite_subj"):
            # what the speaker says about its own ("Russia said its forces struck ...") is no act
            # towards anyone: a subject owned by a pronoun is left out, unless the noun names
            # someone else ("demanded that its partners refuse ...", coref.yaml relational_heads);
            # (h31j) `ccomp.finite_subj` (a user's PETRARCH bare verb): of a clause with a tense of its own only
            # ("believes Dagolath can cope", not "wants Putin to attack")
            for c in tok.children:
                if c.dep_ == "ccomp":
                    if path == "ccomp.finite_subj" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                        continue
                    if self._ordered_act(c):
                        # "ordered the journalist detained": the clause's subject is the one the order is on
                        out = [self._content(s) or s for s in c.children if s.dep_ == "nsubjpass"]
                        continue
                    out = [s for s in self._subject(c)[0] if s.lemma_.lower() in coref_vocab()["relational_heads"]
                           or not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in s.children)]
                    if p.attribution and tok.dep_ == "relcl":
                        # "the vessels, which it said[relcl] had intruded": a description hedged by its
                        # source is no statement to what it describes (a verdict in it still counts)
                        out = [s for s in out if s.lower_ not in REL_PRONOUNS]
            if not out and p.xcomp:
                # (h20i) "said there was evidence that X won": the vouched clause's subject (`_evidenced`)
                out = [s for c in self._evidenced(tok) for s in self._subject(c)[0]]
        elif path == "ccomp.patient":
            # (h20b) whom a demand in the passive is on: "'The United States must be held accountable,' the
            # minister said" (the clause's verb one of modality.yaml `demand_patient_verbs`, no by-agent)
            out = [self._content(s) or s for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in
                   self.mod.get("demand_patient_verbs", ()) and not any(g.dep_ == "agent" for g in c.children)
                   for s in c.children if s.dep_ == "nsubjpass"]
        elif path.startswith("ccomp.prep:"):
            # whom the act in a clausal complement is aimed at: "denied that the coast guard patrols are
            # aimed at[→] Japan"
            prep = path[len("ccomp.prep:"):]
            out = [o for c in tok.children if c.dep_ == "ccomp" for o in _prep_objects(c, prep)]
            # ... or on its predicate noun: "said the drills were a stern warning to[→ warning] separatist forces"
            out = out or [o for c in tok.children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "attr"
                          for o in _prep_objects(a, prep)]
        elif path == "xcomp.dobj":
            # (or of a clausal complement, which the pattern's `xcomp` also takes: "warned that Israel
            # would strike Beirut")
            # (h26e) ... or the object of a bare infinitive on it ("threatened to make Madrid[nsubj] pay[ccomp]":
            # modality.yaml `bare_infinitive_object_verbs`)
            out = [g for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "ccomp" and self._own_clause(frame, tok, c)
                   or self._controlled_clause(p, tok, c)
                   for g in ([g for g in c.children if g.dep_ == "dobj"] or self._bare_infinitive_objects(c))]
            out += [g for c in self._object_complements(p, tok) for g in c.children if g.dep_ == "dobj"]
        elif path.startswith("xcomp.prep:"):
            # "threatened to impose sanctions on X": the preposition on the governed verb or on its object
            prep = path[len("xcomp.prep:"):]
            for c in tok.children:
                if c.dep_ == "oprd" and c.pos_ == "NOUN" and p.xcomp:
                    out += _prep_objects(c, prep)  # ... or on the predicate noun: "called the launch a warning[oprd] to X"
                if c.dep_ == "xcomp" or c.dep_ == "ccomp" and self._own_clause(frame, tok, c) or self._controlled_clause(p, tok, c):
                    out += _prep_objects(c, prep)
                    for g in c.children:
                        if g.dep_ == "dobj":
                            out += _prep_objects(g, prep) or _prep_objects(self._content(g), prep)
            # (h22a) ... and on the infinitive on the object, as xcomp.dobj reads it ("expressed its readiness to
            # mediate between[→ mediate] Russia and Ukraine")
            for c in self._object_complements(p, tok):
                out += _prep_objects(c, prep)
        elif path == "governor.patient":
            # (nouns) "four children were killed in Israeli shelling": the noun is the object of a
            # preposition on a verb; the one that verb acts on (passive subject or object)
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
                    and tok.head.lower_ in self.mod["patient_prepositions"]:
                # (not an attack that only dates the act: "expelled advisers after the April 22 attack")
                gov = tok.head.head
                deps = ("nsubjpass",) if _is_passive(gov) else ("dobj",)
                if gov.lemma_.lower() in self.mod.get("patient_subject_verbs", ()):
                    deps = ("nsubj",)  # "three soldiers died in an Israeli airstrike"
                out = [c for c in gov.children if c.dep_ in deps]
                if not out and gov.dep_ == "acl" and gov.tag_ == "VBN" and gov.head.pos_ in ("NOUN", "PROPN") \
                        and tok.head.lower_ in self.mod["cause_prepositions"]:
                    # "two soldiers wounded in a Taliban attack were flown ...": the soldiers (not
                    # "hostages seized during the October 7 attack": an attack by whom, on whom, is not said)
                    out = [gov.head]
        elif path == "claimant":
            # (nouns) who claimed the act the noun names: "The group claimed a roadside bomb attack on the
            # convoy", "claimed responsibility for an attack on the base" (modality.yaml `claiming_verbs`,
            # `claimed_nouns`) → the claimer's subject, unless the claim is negated
            gov = tok.head
            if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.dep_ == "dobj" \
                    and gov.head.lemma_.lower() in self.mod["claimed_nouns"]:
                gov = gov.head.head
            elif tok.dep_ != "dobj":
                gov = None
            if gov is not None and gov.pos_ == "VERB" and gov.lemma_.lower() in self.mod["claiming_verbs"] \
                    and not any(c.dep_ == "neg" for c in gov.children):
                subj, passive = self._subject(gov)
                out = [] if passive else subj
            if not out:
                # (h26b) ... or the by-agent of a claiming participle on the noun: "The attack on the base, claimed by
                # al-Shabaab, killed ten soldiers"
                out = self._claim_agents(tok)
        elif path == "summary.claimant":
            # (verbs, h26b) who claimed the act noun set after a comma on the trigger's clause, which sums it up (modality.yaml
            # `claimed_summary_nouns`): "a roadside bomb exploded near his motorcade, an attack claimed by al-Shabaab"
            line = {tok.i, *(a.i for a in tok.ancestors)}
            for n in tok.sent:
                if n.i > tok.i and n.pos_ == "NOUN" and n.dep_ in ("npadvmod", "appos") \
                        and n.lemma_.lower() in self.mod.get("claimed_summary_nouns", ()) \
                        and n.left_edge.i > 0 and tok.doc[n.left_edge.i - 1].text == "," \
                        and (n.head.i in line or tok.i in {a.i for a in n.head.ancestors}):
                    out = self._claim_agents(n)
                    if out:
                        break
        elif path == "governor.subject":
            # (nouns) "Putin expressed his gratitude for the gift", "thanked Myanmar for the gift":
            # the subject of the verb the noun's preposition hangs on (or its object's); of the verb
            # the noun is the object of ("test-fired a missile, drawing condemnation from Israel")
            gov = None
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                gov = tok.head.head
                if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
                    gov = gov.head
            elif tok.dep_ == "dobj":
                gov = tok.head
            if gov is not None and gov.pos_ in ("VERB", "AUX"):
                out = self._subject(gov)[0]
        elif path == "noun.parties":
            # (verbs) for a participle on a noun ("talks mediated by Malaysia", "a deal brokered by the United
            # States"), the parties of what the noun names: its "between" phrase, else the subjects of the clause
            # that holds it when they are two or more ("Thailand and Cambodia agreed ..., following talks mediated
            # by Malaysia")
            # (or a participle with a by-agent the parser hung on the verb: "held two days of talks in Kuala
            # Lumpur mediated[advcl] by Malaysia")
            hung = tok.dep_ == "advcl" and any(c.dep_ == "agent" for c in tok.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
            # ... when the clause's subjects took part in what the noun names: it is the object of a verb of
            # taking part ("signed a deal brokered by the United States", modality.yaml `party_verbs`) or it is
            # after a preposition of the act's setting or sequence ("agreed ..., following talks mediated by",
            # "exchanged prisoners in a swap brokered by", `party_prepositions`); not "praised the ceasefire
            # brokered by Egypt"
            # (and a passive relative clause on the noun: "talks in Doha that[nsubjpass] were mediated by Qatar")
            passive_relative = tok.dep_ == "relcl" and _is_passive(tok) \
                and any(c.dep_ == "nsubjpass" and c.lower_ in REL_PRONOUNS for c in tok.children)
            # (h21d) ... and a participle before the noun whose doer is hyphenated to it ("a Turkish-brokered grain deal")
            prenominal = tok.dep_ == "amod" and bool(_hyphen_agents(tok))
            if p.kind == "verb" and tok.tag_ == "VBN" and (tok.dep_ in ("acl", "relcl", "amod") and tok.head.pos_ in ("NOUN", "PROPN")
                                                           and (tok.dep_ == "acl" or passive_relative or prenominal) or hung):
                nouns = [c for c in tok.head.children if c.dep_ == "dobj"] if hung else [tok.head]
                out = [g for noun in nouns for n in (noun, *_prep_objects(noun, "of")) for g in _prep_objects(n, "between")]
                gov, link = tok.head, None
                while not out and gov.head.i != gov.i and (gov.pos_ not in ("VERB", "AUX") or gov.dep_ in ("prep", "acl", "amod")):
                    if link is None and gov.dep_ in ("prep", "acl") and gov.lower_ != "of" \
                            and (gov.pos_ == "ADP" or gov.tag_ == "VBG"):
                        link = gov.lower_  # (the preposition nearest the noun: "following", "in", "at")
                    gov = gov.head  # (through "following", "after": the verb the phrase is on)
                taking_part = link in self.mod["party_prepositions"] if link is not None \
                    else gov.lemma_.lower() in self.mod["party_verbs"]
                if link is not None and not taking_part and link in self.mod.get("party_verb_prepositions", ()) \
                        and gov.lemma_.lower() in self.mod["party_verbs"] and tok.head.head.head.i == gov.i:
                    taking_part = True  # (h23e) the verb's own preposition: "agreed to a U.N.-brokered ceasefire"
                if not out and gov.pos_ in ("VERB", "AUX") and taking_part:
                    subj, subj_passive = self._subject(gov)
                    if len(self._actors(frame, subj, False)) >= 2:
                        out = subj
                    elif not subj_passive:
                        # one doer and the one it acted on: "Iran freed five US citizens in a deal mediated by
                        # Qatar" → Iran and the citizens' country
                        both = [*subj, *(c for c in gov.children if c.dep_ == "dobj")]
                        if len(self._actors(frame, both, False)) >= 2:
                            out = both
        elif path == "participle.agent":
            # (h21d) the doer hyphenated to a participle before a noun: "the US-brokered ceasefire", "Qatari-mediated
            # talks" (the small parser hangs "US" on "brokered" as an npadvmod)
            if tok.dep_ == "amod":
                out = _hyphen_agents(tok)
        elif path.startswith("governor.prep:"):
            # (nouns, h21d) the object of a preposition on the verb the noun is the object of, where the small parser
            # hangs it: "made a pledge of $2 billion to[→ made] Ukraine", "made an offer of mediation to[→ made] Sudan"
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                out = _prep_objects(tok.head, path[len("governor.prep:"):])
        elif path == "governor.object":
            # (nouns) "Kenya thanked Japan for the gift": the object of the verb the noun's preposition hangs on
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
                out = [c for c in tok.head.head.children if c.dep_ == "dobj"]
        elif path == "acl.agent":
            # (nouns) the by-agent of a participle on the noun or on its "of" phrase: "the gift of six
            # elephants sent by Myanmar"
            out = [g for n in (tok, *_prep_objects(tok, "of")) for g in participle_agents(n)]
        elif path.startswith("purpose."):
            # an infinitival purpose clause ("staged a rally to demand reforms by X", "blocked a road
            # to protest X's policies"): purpose.dobj, purpose.prep:X, like xcomp.dobj / xcomp.prep:X.
            # spaCy hangs it on the verb (advcl) or on the verb's object (acl)
            rest = path[len("purpose."):]
            clauses = [c for c in tok.children if c.dep_ == "advcl"]
            if obj is not None and obj.i != tok.i:
                clauses += [c for c in obj.children if c.dep_ == "acl"]
            # ... or on a time phrase set off after the verb ("rallied on Saturday, the day of local
            # elections, to protest against the ruling party": the infinitive read as the day's)
            clauses += [c for n in tok.children if n.dep_ == "npadvmod" and n.ent_type_ in ("DATE", "TIME")
                        for c in n.children if c.dep_ in ("relcl", "acl") and c.i > n.i]
            for c in clauses:
                if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    if rest == "dobj":
                        out += [g for g in c.children if g.dep_ == "dobj"] or self._bare_infinitive_objects(c)
                    elif rest.startswith("prep:"):
                        out += _prep_objects(c, rest[5:])
                    elif rest == "ccomp.subj" and c.lemma_.lower() in self.mod.get("demand_purpose_verbs", ()):
                        # "marched to demand that the government[nsubj] allow fuel in": whom the demand is of
                        out += [s for g in c.children if g.dep_ == "ccomp" for s in self._subject(g)[0]]
        elif path == "saying.subj":
            # the subject of what a participle of speech on the verb reports, the reason it gives: "criticized the
            # plan, saying a U.S. presence near its border could threaten regional security" → the U.S.
            # (modality.yaml `reason_speech_verbs`)
            for c in tok.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.mod.get("reason_speech_verbs", ()):
                    out += [s for g in c.children if g.dep_ == "ccomp" for s in self._subject(g)[0]]
        elif path == "condition.subj":
            # the subject of a condition on the act or on its open complement: "threatened to
            # strike unless Israel withdrew" → Israel (whom the threat is aimed at)
            marks = self.mod["conditional_marks"]
            # (h26e) ... or on the copula of a predicate adjective, where the small parser hangs it ("was willing[acomp] to
            # resume dialogue if[→ was] the government changes its course")
            cop = self._copula(tok) if p.kind == "verb" and tok.pos_ == "ADJ" else None
            for v in [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), *([cop] if cop is not None else [])]:
                for c in v.children:
                    if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children):
                        subj = self._subject(c)[0]
                        talks = self.mod.get("condition_talks_nouns", ())
                        if subj and all(t.lemma_.lower() in talks for t in subj):
                            # (h24f) "threatened military action if talks fail": whom the talks are with, on the
                            # noun or on one of its kind in the sentence ("prefers a deal with Iran")
                            preps = self.mod.get("condition_talks_prepositions", ())
                            own = [o for t in subj for pr in preps for o in _prep_objects(t, pr)]
                            subj = own or [o for t in tok.sent if t.lemma_.lower() in talks and t.i not in {x.i for x in subj}
                                           for pr in preps for o in _prep_objects(t, pr)]
                        out += subj
        elif path == "demand_condition.subj":
            # (h32c) the subject of a clause that tells what another must do first, on the future the verb's clausal
            # complement tells: "said a treaty would be signed only after Armenia removed ... from its constitution" →
            # Armenia, "said the blockades would continue until the government freed the students" → the government
            # (modality.yaml `demand_condition`: `marks` alone, `only_marks` after one of `only_words`); a passive
            # clause with no agent names no one ("until all those detained were released"), nor a state or arrival
            # (`verbs_not`: "until the new force was in place")
            dc = self.mod.get("demand_condition") or {}
            marks, only_marks, only, verbs_not = (frozenset(dc.get(k, ())) for k in ("marks", "only_marks", "only_words", "verbs_not"))
            for v in (c for c in tok.children if c.dep_ == "ccomp"):
                for c in v.children:
                    if c.dep_ != "advcl" or c.lemma_.lower() in verbs_not:
                        continue
                    mark = {g.lower_ for g in c.children if g.dep_ == "mark"}
                    if mark & marks or (mark & only_marks and any(g.dep_ == "advmod" and g.lower_ in only for g in c.children)):
                        subj, passive = self._subject(c)
                        out += subj
        elif path == "complement.patient":
            # whom the passive act of an appeal's or a demand's complement befalls: "called for the
            # perpetrators[nsubjpass] to be held accountable", "demanded that Russia be punished"
            for c in [*(c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), *self._for_clauses(tok)]:
                if _is_passive(c):
                    # (the preposition's object, when the clause hangs on it: "called for those responsible
                    # to be brought to justice")
                    out += [g for g in c.children if g.dep_ == "nsubjpass"] or \
                        ([c.head if c.head.dep_ == "pobj" else c.head.head] if c.dep_ in ("xcomp", "acl") and c.head.i != tok.i else [])
        elif path == "complement.subj":
            # (h21e) whom an appeal's "for" clause in the active asks to act: "called for the United States[nsubj] to
            # lift[advcl] sanctions" (as "urged the United States[dobj] to lift sanctions"); the preposition's object
            # when the clause hangs on it ("called for[prep] Washington[pobj] to lift[acl] sanctions")
            for c in self._for_clauses(tok):
                if not _is_passive(c):
                    out += [g for g in c.children if g.dep_ == "nsubj"] or \
                        ([c.head if c.head.dep_ == "pobj" else c.head.head] if c.dep_ in ("xcomp", "acl") and c.head.i != tok.i else [])
        elif path == "copula_subj":
            cop = self._copula(tok)
            out = [c for c in cop.children if c.dep_ in SUBJ_DEPS] if cop is not None else []
        elif path == "frame_subj":
            out = self._frame_subject(tok)
        if "prep:with" in path and (helpers := self.mod.get("helper_nouns")):
            # (h27g) "with Turkey's help", "with U.S. mediation": a helper, no party to the act (modality.yaml
            # `helper_nouns`); "talks with Turkey" still have Turkey for their party
            out = [t for t in out if not (t.dep_ == "pobj" and t.head.lower_ == "with" and t.lemma_.lower() in helpers)]
        if deep and path == "dobj" and p.from_user_file and not out and p.kind == "verb":
            # (h32i) ... and with no object, an adverb after the verb that heads a phrase of its own ("marched very
            # close[advmod] to the border with Mordor"; "contribute a million gold florin[advmod] to Australia", as the
            # parser reads it): its phrase is what follows the verb
            out = [c for c in tok.children if c.dep_ == "advmod" and c.i > tok.i and any(g.dep_ == "prep" for g in c.children)]
        if deep and path == "dobj" and p.from_user_file and out and not self._actors(frame, out, True):
            # (h32i) a user's pattern takes the first actor after the verb (PETRARCH-2 reads the object's words on): when
            # the deep search of its object finds none (it does not enter a participle's clause), the first word of the
            # object's phrase an actor or place is at ("cordoned off the roads leading into Mordor along the pass of
            # Cirith Ungol" → Mordor, "welcomed assurances on cultural issues sent from Bree" → Bree); no pronoun
            first = next((u for t in out for u in t.subtree if u.i != t.i and u.tag_ not in ("PRP", "PRP$")
                          and frame.actor_at(u, places=True)), None)
            out = [*out, first] if first is not None else out
        return out, deep

    def _frame_subject(self, tok: Token) -> list[Token]:
        """'X has been the subject/target of N' → X."""
        frames = self.mod.get("frame_nouns", {"subject", "target", "focus", "victim", "object"})
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in frames:
            noun = tok.head.head
            cop = self._copula(noun)
            if cop is not None:
                return [c for c in cop.children if c.dep_ in SUBJ_DEPS]
        return []

    def _actors(self, frame: _Frame, tokens: Iterable[Token], deep: bool, places: bool = False,
                exclude: frozenset[str] = frozenset(), culprit: bool = False, skip: frozenset[int] = frozenset(),
                doer: bool = False) -> list[str]:
        """Actors at the tokens (and their conjuncts); with `deep`, the nearest in their subtrees.
        `exclude`: the event's sources, never its target — a deep search goes on past them ("its
        war with Iraq": "its" is the source's own, Iraq the target). `culprit`: the search is for
        who did an act, so it does not enter the victims of an attack noun ("condemned the attack
        on peacekeepers in Lebanon" is aimed at the attacker, not at Lebanon). `doer`: the act is aimed at who did
        what it names (a culprit root on any path), so a recipient noun stands for its giver when one is told."""
        victims = coref_vocab()["attack_nouns"] | coref_vocab()["custody_nouns"] if culprit else frozenset()
        target_preps = coref_vocab()["attack_target_prepositions"] if culprit else frozenset()
        found: list[str] = []
        # a relative pronoun that is no subject stands for the noun its clause is on ("the TTP, which it
        # blames for a bombing": the TTP)
        tokens = [relative_antecedent(t) or t for t in tokens]
        for t in tokens:
            for u in [t, *_coordinated(t), *self._mention_conjuncts(frame, t)]:
                here = frame.actor_at(u, places=places)
                if here and u.pos_ == "NOUN":
                    # (h29f) a nationality hyphenated to the one the noun takes its actor from is a second one ("the
                    # U.S.[compound]-British[amod] strikes": the United States' and Britain's); not a participle's
                    # ("the Iran-backed group")
                    doc = u.doc
                    twins = [a for c in u.children if c.dep_ in ("amod", "compound") and c.i < u.i and c.tag_ != "VBN"
                             and frame.actor_at(c) for g in c.children if g.dep_ in ("compound", "amod", "nmod", "npadvmod")
                             and g.i + 2 == c.i and doc[g.i + 1].text == "-" for a in frame.actor_at(g)]
                    here = list(dict.fromkeys([*here, *twins]))
                if not here and (u.lemma_.lower() in self.containers or u.pos_ == "NUM"
                                 or u.lemma_.lower() in coref_vocab()["partitive_quantifiers"]
                                 or u.lemma_.lower() in coref_vocab()["restating_quantifiers"]):
                    # "dozens of journalists", "a group of soldiers": the people inside; a count or a
                    # quantifier of a partitive too ("detained two of its staff", "several of the soldiers",
                    # "gave each of the crew 5 million dong")
                    inner = self._content(u) if u.lemma_.lower() in self.containers or u.pos_ == "NUM" \
                        else next(iter(_prep_objects(u, "of")), None)
                    if inner is not None and inner.i != u.i:
                        # ... and their conjuncts ("dozens of soldiers and civilians")
                        here = [a for v in (inner, *_coordinated(inner)) for a in frame.actor_at(v, places=places)]
                if not here and u.pos_ == "NOUN":
                    # "positions held by the mutineers", "towns controlled by the RSF": their holder
                    # (each of coordinated holders: "led by Asif and his Afghan counterpart")
                    here = list(dict.fromkeys(a for c in u.children if c.dep_ == "acl" and c.lemma_.lower() in coref_vocab()["holding_verbs"]
                                              for g in _prep_objects(c, "by") for v in (g, *_coordinated(g)) for a in frame.actor_at(v)))
                if not here and u.pos_ == "NOUN" and u.lemma_.lower() in coref_vocab().get("carrier_heads", ()):
                    # (h26g) "ambushed a bus carrying Pakistani soldiers": the people a vehicle carries (coref.yaml
                    # `carrier_heads`, `carrying_verbs`), never the event's sources
                    carrying = coref_vocab().get("carrying_verbs", ())
                    here = list(dict.fromkeys(a for c in u.children if c.dep_ in ("acl", "relcl") and c.i > u.i
                                              and c.lemma_.lower() in carrying for o in c.children if o.dep_ == "dobj"
                                              for a in self._actors(frame, [o], False) if a not in exclude))
                if not here and places and u.lemma_.lower() in coref_vocab()["place_heads"]:
                    # "withdrew from the southern city of Sweida": the place the noun names
                    here = [a for g in _prep_objects(u, "of") for a in frame.actor_at(g, places=True)]
                if not here and places and u.pos_ == "PROPN":
                    # (h29g) "sites in Pakistan[nmod] and Pakistani Kashmir[pobj]": a name the parser hung, with its
                    # own "and", as a modifier on a place of no actor is a place coordinated with it
                    here = [a for c in u.children if c.dep_ in ("nmod", "compound") and c.i < u.i
                            and any(g.dep_ == "cc" for g in c.children) for a in frame.actor_at(c, places=True)]
                givers = self._giver(frame, u, exclude) if (culprit or doer) and not here and u.pos_ == "NOUN" \
                    and u.lemma_.lower() in coref_vocab().get("recipient_nouns", ()) else []
                if (culprit or doer) and not here and not givers and u.pos_ == "NOUN" and u.lemma_.lower() in self.nominals:
                    # (h21b) ... and so is disapproval of another act told with its doer ("a protest over the visit
                    # to Taiwan by the US House speaker"): the doer, not the place or party the act went to
                    givers = [a for p in coref_vocab().get("act_doer_prepositions", ()) for g in _prep_objects(u, p)
                              for v in (g, *_coordinated(g)) for a in frame.actor_at(v) if a not in exclude]
                if givers:
                    # (h21b) ... but disapproval of a giving is aimed at who gives ("displeasure over the US arms sale
                    # to Taiwan", "condemned the sale of missiles to Taiwan" after "Washington approved the sale")
                    here = givers
                elif u.pos_ == "NOUN" and u.lemma_.lower() in coref_vocab().get("recipient_nouns", ()):
                    # "restrictions on U.S. aid to Azerbaijan": what is given stands for whom it goes to, not for
                    # its giver (coref.yaml `recipient_nouns`); the small parser may hang the "to" phrase on the noun
                    # or verb the aid's preposition is on ("restrictions[→ to] on aid to Azerbaijan")
                    holders = [u] + ([u.head.head] if u.dep_ == "pobj" else []) \
                        + ([u.head.head.head] if u.dep_ == "pobj" and u.head.head.dep_ == "dobj" else [])
                    recipients = next((r for h in holders if (r := _prep_objects(h, "to"))), [])
                    here = [a for g in recipients for a in frame.actor_at(g, places=True)] or here
                if u.pos_ == "NOUN" and all(frame.actors[a].kind == "region" for a in here if a in frame.actors):
                    # a class noun stands for the members it names, more precisely than a region on it does
                    # ("diplomats from seven Latin American countries, including Argentina and Peru", "several EU
                    # states such as Poland"; coref.yaml `exemplar_prepositions`); not a noun of one country
                    # ("Iranian firms, including companies based in China" are Iranian)
                    here = [a for g in _exemplars(u) for v in (g, *_coordinated(g))
                            for a in frame.actor_at(v, places=places)] or here
                relational = u.pos_ == "NOUN" and u.lemma_.lower() in coref_vocab()["relational_heads"]
                if not here and relational:
                    # (h22c) "Russia and its ally Belarus", "Israel and its main ally, the United States,": a noun naming
                    # someone by their tie to another is the actor its apposition names (coref.yaml `relational_heads`)
                    here = [a for c in u.children if c.dep_ == "appos" for v in (c, *_coordinated(c))
                            for a in frame.actor_at(v, places=places)]
                if not here and u.pos_ in ("NOUN", "PROPN") and not (u.dep_ == "pobj" and u.head.dep_ == "agent"):
                    # a head noun that names no actor stands for its modifier's ("the US State
                    # department" → US, "Hezbollah positions", "US Predator attacks"); not a by-agent
                    # ("killed by the Malaysia Airlines crash" names no attacker); (h22c) never for the one a relational
                    # noun ties it to ("Ukraine's allies pledged more aid" are not Ukraine; "its NATO allies" are NATO)
                    mods = [c for c in u.children if c.dep_ in ("compound", "amod")
                            or c.dep_ == "poss" and not relational]
                    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
                    # "a British-flagged tanker", "a Russian-owned ship": the country on an owner participle
                    # (not a backer: "the Iran-backed group" is not Iran; modality.yaml `backer_participles`)
                    # (h26b) ... and a place held or occupied ("the Houthi-held ports", "the rebel-held town": their
                    # holder; modality.yaml `holder_participles`, read here only, so "Israeli-held prisoners" stay no actor)
                    mods += [g for c in mods if c.dep_ == "amod" and (is_owner_participle(c)
                             or participle_in(c, self.mod.get("holder_participles", ())))
                             and not self._backer_participle(c) for g in c.children
                             if g.dep_ in ("amod", "compound", "npadvmod")]
                    if any(frame.actor_at(c, places=places) for c in mods if c.dep_ == "compound"):
                        # a name on the head names it, its possessor only owns it: "Her Awami League party called
                        # the verdict a travesty" is the party's act, not also Hasina's
                        mods = [c for c in mods if c.dep_ != "poss"]
                    here = [a for c in mods for a in frame.actor_at(c, places=places)]
                for a in here:
                    if a not in found and a not in exclude:
                        found.append(a)
        if found or not deep:
            return found
        for places in (False, True):
            for t in tokens:
                # an actor found with its conjuncts ("steel imports from Canada and Mexico")
                hit = _bfs(t, lambda u: list(dict.fromkeys(a for v in (u, *_coordinated(u)) for a in frame.actor_at(v, places=places)
                                                           if a not in exclude)),
                           victims=victims, victim_preps=target_preps, skip=skip)
                if hit:
                    return hit
        return []

    def _giver(self, frame: _Frame, noun: Token, exclude: frozenset[str]) -> list[str]:
        """Who gives what a recipient noun (coref.yaml `recipient_nouns`) names: an actor modifying it ("the US arms
        sale", "Washington's aid") or the object of its `giver_prepositions` ("the sale of jets to Ukraine by the
        Netherlands", "aid from Iran"), on the noun or on the noun it is "of" ("the sale of arms"), else who did it
        told before (`_author`: "Washington approved the sale ..."); [] when no giver is told."""
        nouns = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
        toks = [c for n in nouns for c in n.children if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < n.i]
        toks += [g for n in nouns for p in coref_vocab().get("giver_prepositions", ()) for g in _prep_objects(n, p)]
        found = [a for t in toks for v in (t, *_coordinated(t)) for a in frame.actor_at(v) if a not in exclude]
        if found:
            return list(dict.fromkeys(found))
        for n in nouns:
            author = self._author(frame, n, n, exclude=exclude)
            if author:
                return author
        return []

    def _claim_agents(self, noun: Token) -> list[Token]:
        """(h26b) The by-agent of a claiming participle (modality.yaml `claiming_verbs`, not negated) on an act noun: "an
        attack claimed by al-Shabaab" → al-Shabaab."""
        return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in self.mod["claiming_verbs"] and not any(n.dep_ == "neg" for n in c.children)
                for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]

    def _backer_participle(self, tok: Token) -> bool:
        """A participle that names a backer of its noun, not its owner ("Iran-backed", "Russian-funded";
        modality.yaml `backer_participles`), also when the tagger left it unlemmatized."""
        return participle_in(tok, self.mod.get("backer_participles", ()))

    def _document_author(self, noun: Token) -> list[Token]:
        """The author of a document noun (modality.yaml `statement_nouns`): its "by" or "from" phrase ("a
        report by Human Rights Watch", "a statement from the Egyptian foreign ministry";
        `document_author_prepositions`), or the by-agent of a participle on it ("a communique issued by the AU");
        never a place it came from ("a report from Kyiv"). Empty for any other noun."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.mod.get("statement_nouns", ()):
            return []
        # (h23d: a country after "by" is the author: "a joint statement by Egypt and Qatar urged ...")
        authors = [g for prep in self.mod.get("document_author_prepositions", ()) for g in _prep_objects(noun, prep)
                   if prep == "by" or g.ent_type_ not in ("GPE", "LOC", "FAC")]
        return authors + participle_agents(noun) or self._issuer_before(noun)

    def _issuer_before(self, noun: Token) -> list[Token]:
        """(p26) The author of a definite document noun with no author of its own, told issuing it before: the subject
        of the last clause, in its sentence or the `document_issuer_lookback_sentences` before it, whose verb
        (modality.yaml `issuing_verbs`) has an object of the same word ("The G7 issued a joint statement on Friday. The
        statement condemned Iran" → the G7; "The Security Council adopted a resolution ... The resolution demands ...").
        Empty when none was told, or when the noun is owned or counted ("its statement", "a statement")."""
        if not any(c.dep_ == "det" and c.lower_ in self.mod.get("chain_determiners", ()) for c in noun.children) \
                or any(c.dep_ in ("poss", "compound", "nmod") for c in noun.children):
            return []
        doc, lemma = noun.doc, noun.lemma_.lower()
        sents = list(doc.sents)
        k = next(i for i, sent in enumerate(sents) if sent.start <= noun.i < sent.end)
        lo = sents[max(0, k - self.mod.get("document_issuer_lookback_sentences", 2))].start
        verbs = set(self.mod.get("issuing_verbs", ()))
        for t in reversed(doc[lo:noun.i]):
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs \
                    and any(o.dep_ == "dobj" and o.lemma_.lower() == lemma for o in t.children):
                subj, passive = _subject_of(t)
                if subj and not passive:
                    return list(subj)
        return []

    def _mention_conjuncts(self, frame: _Frame, tok: Token) -> list[Token]:
        """Conjuncts hung on another token of the same name: the small parser often heads a
        name with its first word ("Barack[nsubj] Obama[pobj] and Vladimir Putin[conj of Obama]")."""
        m = frame.by_token.get(tok.i)
        if m is None:
            return []
        span = frame.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return []
        return [c for u in span if u.i != tok.i for c in _coordinated(u) if not (span.start <= c.i < span.end)]

    def _args(self, frame: _Frame, p: Pattern, tok: Token, paths: Iterable[str]) -> tuple[list[str], str | None, list[Token]]:
        for path in paths:
            actors, toks = self._path_actors(frame, p, tok, path)
            if actors:
                return actors, path, toks
        return [], None, []

    def _path_actors(self, frame: _Frame, p: Pattern, tok: Token, path: str,
                     exclude: frozenset[str] = frozenset()) -> tuple[list[str], list[Token]]:
        """The actors at one argument path, and the tokens it reached. A `.place` suffix lets a
        place named there stand for its country ("a visit to Brasília" → BRA)."""
        if path == "author":
            # (nouns) who did the act the noun names, told before: "the strikes" → who struck
            return [a for a in self._author(frame, tok, tok) if a not in exclude], [tok]
        if path == "court":
            # (nouns) the court the story names, for a trial held by no court on the noun itself
            return [a for a in self._courts(frame, tok) if a not in exclude], []
        if path == "responder":
            # (nouns) a measure someone responds or retaliates to is aimed at them: "Russia pulled out of
            # the talks in response to Tokyo's sanctions" → Russia
            return [a for a in self._actors(frame, self._responders(tok), False) if a not in exclude], []
        if path == "subj.author":
            # the act a subject noun names, by its author: "the bombing, which killed 30 people" →
            # who carried out the bombing
            found = []
            # (h29f) a container subject stands for what it holds: "a wave of strikes that ... killed 11 people"
            for t in [u for s in self._subject(tok)[0] for u in (s, *self._contained(s))]:
                if found:
                    break
                if t.lemma_.lower() not in self.nominals:
                    continue
                if t.dep_ == "dobj" and t.head.lemma_.lower() in self.nominals[t.lemma_.lower()]:
                    found = self._actors(frame, self._subject(t.head)[0], False)
                # its own by-agent: "an offensive by ELN guerrillas has killed 80 people", "an attack carried
                # out by the RSF killed ..."
                found = found or self._actors(frame, [*_prep_objects(t, "by"), *participle_agents(t)], False)
                found = found or self._author(frame, t, t)
            return [a for a in found if a not in exclude], []
        if path == "origin":
            # (trade measures) where the goods a measure falls on come from: "tariffs on electric vehicles made in
            # China", "duties on brandy imports from the EU", "a ban on imports of Chinese-made drones"
            return [a for a in self._origin(frame, p, tok) if a not in exclude], []
        if path == "served":
            # (h24f) a measure on bodies of no country told is aimed at the country a clause on them says they
            # serve: "imposed sanctions on a network of companies and tankers that it said helped ship Iranian crude
            # oil to China" → Iran (modality.yaml `served_carriers`)
            return [a for a in self._served(frame, p, tok, exclude) if a not in exclude], []
        if path == "temporal.subj":
            # the subject of a "when" clause on a passive act with no agent: "Twenty people were killed
            # when the army shelled a market" (modality.yaml `temporal_marks`)
            marks = self.mod.get("temporal_marks", ())
            clauses = [c for c in tok.children if c.dep_ == "advcl"
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)]
            found = [a for c in clauses for a in self._actors(frame, self._subject(c)[0], False)]
            return [a for a in found if a not in exclude], []
        if path == "noun.parties" and p.kind == "verb" and tok.tag_ == "VBN":
            parties = self._passive_parties(frame, tok, exclude)
            if parties is not None:
                return parties
        if path == "noun.parties" and p.kind == "verb" and tok.dep_ == "relcl" and not _is_passive(tok):
            # (h23b) "Israel and Hamas agreed to a ceasefire ... The deal, which Qatar brokered, ...": the active relative
            # clause's gap is the noun, whose parties are who made it, told before (as for the passive)
            noun = self._object(tok, shares=self._shares(p.code))
            if noun is not None and noun.i == tok.head.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.nominals \
                    and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) \
                    and any(c.dep_ == "det" and c.lower_ in self.mod["chain_determiners"] for c in noun.children):
                found = [a for a in self._author(frame, noun, noun, exclude) if a not in exclude]
                if len(found) >= 2:
                    return found, [noun]
        places = path.endswith(".place")
        toks, deep = self._path(frame, p, tok, path.removesuffix(".place"))
        culprit = deep and p.code.startswith(tuple(self.mod["culprit_roots"]))
        skip: frozenset[int] = frozenset()
        if deep and p.kind == "verb" and tok.lemma_.lower() in quote_vocab()["characterising"]:
            # what a characterising verb calls its object ("dismissed the criticism as interference in Venezuela's
            # affairs", "condemned the law as a threat to Georgia's future"), hung by the parser on the object, is
            # no part of it: the search for the target does not enter it (quotes.yaml `characterising_verbs`,
            # `characterising_prepositions`; not "such as") (h19h)
            skip = frozenset(c.i for t in toks for c in t.children if c.dep_ == "prep"
                             and c.lower_ in quote_vocab()["characterising_preps"]
                             and not any(g.lower_ == "such" for g in c.children))
        benefit = self.mod.get("beneficiary_phrases") or {}
        if deep and p.code[:2] in benefit.get("roots", ()):
            # (p27) a phrase naming whom a hostile act is for ("carried out the operation in support of[→ skipped]
            # Palestinians in Gaza", "on behalf of", "in solidarity with") names no target of it (modality.yaml
            # `beneficiary_phrases`): the deep search does not enter its noun
            skip = skip | frozenset(g.i for t in tok.subtree if t.dep_ == "prep" for g in t.children
                                    if g.dep_ == "pobj" and g.lemma_.lower() in benefit.get("nouns", ()))
            toks = [t for t in toks if t.i not in skip]
        if deep and p.code[:2] in self.mod.get("interlocutor_roots", ()):
            # (h31b) an act of consulting is aimed at whom one consults, never at an actor in an infinitive clause on the
            # noun its topic is: "met Assad to discuss efforts to counter[acl] Islamic State militants" discusses nothing
            # with them (modality.yaml `interlocutor_roots`; the search still enters the noun's own phrase, "discussed
            # the proposals of Qatar")
            skip = skip | frozenset(c.i for t in toks for u in t.subtree for c in u.children
                                    if c.dep_ == "acl" and c.i > u.i and u.pos_ in ("NOUN", "PROPN") and is_infinitive(c))
        doer = p.code.startswith(tuple(self.mod["culprit_roots"]))
        return self._actors(frame, toks, deep, places, exclude, culprit=culprit, skip=skip, doer=doer), toks

    def _served(self, frame: _Frame, p: Pattern, tok: Token, exclude: frozenset[str]) -> list[str]:
        """Path `served`: the object of the measure's (or its verb's object's) "on"/"against" phrase, a carrier noun
        of modality.yaml `served_carriers` naming no actor ("a network of companies and tankers"), with a relative
        or participle clause on it (or on its "of" phrase): the first actor that clause names, in reading order,
        past its subjects (the relative pronoun, or who told it: "that it said helped ...") and the event's
        sources: "tankers that helped ship Iranian oil to China" → Iran, "firms supplying drones to Russia" →
        Russia."""
        carriers = self.mod.get("served_carriers", ())
        bases = [tok] + ([o] if p.kind == "verb" and (o := self._object(tok)) is not None else [])
        heads = [h for b in bases for prep in self.mod.get("served_prepositions", ()) for h in _prep_objects(b, prep)]
        nouns: list[Token] = []
        for h in heads:
            for v in (h, *_coordinated(h)):
                for n in (v, *[x for o in _prep_objects(v, "of") for x in (o, *_coordinated(o))]):
                    if n not in nouns:
                        nouns.append(n)
        # (a bare carrier noun may have taken a country from its sentence, "companies" → USABUS; one whose own
        # modifier names its country is that country's: "two Chinese companies that bought Iranian oil" → China)
        if not nouns or any(frame.actor_at(c) for n in nouns for c in n.children
                            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < n.i) \
                or not any(n.lemma_.lower() in carriers for n in nouns):
            return []
        found: list[str] = []
        for n in nouns:
            for c in n.children:
                if c.dep_ not in ("relcl", "acl"):
                    continue
                for t in sorted(c.subtree, key=lambda x: x.i):
                    if t.dep_ in SUBJ_DEPS:
                        continue
                    for a in self._actors(frame, [t], False, exclude=exclude):
                        if a not in exclude and a not in found:
                            found.append(a)
                    if found:
                        return found[:1]
        return found[:1]

    def _origin(self, frame: _Frame, p: Pattern, tok: Token) -> list[str]:
        """The country or bloc the goods of a trade measure come from (modality.yaml `origin_*`, `goods_prepositions`,
        `trade_flow_nouns`, `bloc_adjectives`): the goods are the object of the measure noun's preposition ("tariffs
        on X", "an investigation into X"), else of the verb's, else the verb's object itself ("banned imports of
        X"); their origin is an actor on them or their modifiers ("Chinese EVs", "China's exports"), the object of
        a "from" phrase on them or on the verb ("brandy imports from the EU"; the parser often hangs it on the
        verb), or of the "in"/"from"/"by" phrase of a participle of making ("made in China", "Chinese-made")."""
        mod = self.mod
        obj = self._object(tok, shares=self._shares(p.code)) if p.kind == "verb" else tok
        goods_preps = mod.get("goods_prepositions", ())
        goods = [g for prep in goods_preps for g in (_prep_objects(obj, prep) if obj is not None else [])]
        if not goods and p.kind == "verb":
            goods = [g for prep in goods_preps if prep != "of" for g in _prep_objects(tok, prep)]
        if not goods and p.kind == "verb" and obj is not None:
            goods = [obj]
        flows = mod.get("trade_flow_nouns", ())
        # "imports of European brandy": the flow noun stands for its "of" phrase (and its own modifiers too)
        goods = [h for g in goods for v in (g, *_coordinated(g)) for h in (v, *(
            _prep_objects(v, "of") if v.lemma_.lower() in flows else []))]
        participles = origin_participles()
        found: list[str] = []

        def add(actors: Iterable[str]) -> None:
            found.extend(a for a in actors if a not in found)

        for g in goods:
            add(self._actors(frame, [g], False))
        # (the parser may hang the goods' participle on the measure: "duties on lumber shipped[→ duties] from Brazil")
        for g in [*goods, *([obj] if obj is not None and obj not in goods else [])]:
            for c in g.children:
                if c.dep_ in ("acl", "amod") and c.lemma_.lower() in participles:
                    # "made in China", "shipped from Canada"; "China-made" (the name hangs on the participle)
                    add(self._actors(frame, [o for prep in mod.get("origin_participle_prepositions", ())
                                             for o in _prep_objects(c, prep)], False, places=True))
                    add(self._actors(frame, [h for h in c.children if h.dep_ in ("npadvmod", "compound")],
                                     False, places=True))
            add(self._actors(frame, [o for prep in mod.get("origin_prepositions", ()) for o in _prep_objects(g, prep)],
                             False, places=True))
        if not found and p.kind == "verb":
            add(self._actors(frame, [o for prep in mod.get("origin_prepositions", ()) for o in _prep_objects(tok, prep)],
                             False, places=True))
        if not found:
            # "European brandy": a region's goods are its trade bloc's when the story names that bloc
            blocs = mod.get("bloc_adjectives", {})
            codes = {blocs[m.lower_] for g in goods for m in g.children if m.dep_ == "amod" and m.lower_ in blocs}
            # (the bloc itself, once: not a person who holds its code)
            orgs: dict[str, str] = {}
            for a in frame.actors.values():
                if a.kind == "organisation" and a.code:
                    orgs.setdefault(a.code, a.id)
            add(orgs[c] for c in codes if c in orgs)
        return found

    def _passive_parties(self, frame: _Frame, tok: Token,
                         exclude: frozenset[str]) -> tuple[list[str], list[Token]] | None:
        """Path `noun.parties` on a passive verb whose subject is what was mediated or brokered ("The deal was
        mediated by Egypt"): the parties of that thing (a noun of core.yaml `nominals`): its "between" phrase,
        else the by-agents of a verb of taking part it shares with the mediator ("... and was signed by Araghchi
        and Grossi", modality.yaml `party_verbs`), else who made it, told before ("Iran and the IAEA signed a
        deal ... The deal was mediated by ..."). None when the verb is no such passive."""
        nouns = [n for n in tok.children if n.dep_ == "nsubjpass" and n.pos_ == "NOUN" and n.lemma_.lower() in self.nominals]
        if not nouns and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in self.nominals \
                and any(n.dep_ == "nsubjpass" and n.lower_ in REL_PRONOUNS for n in tok.children) \
                and any(c.dep_ == "det" and c.lower_ in self.mod["chain_determiners"] for c in tok.head.children):
            nouns = [tok.head]  # (p23) "The truce, which[nsubjpass] was brokered by Qatar, Egypt and the United States"
        if not nouns or not any(c.dep_ == "agent" for c in tok.children):
            return None
        noun = nouns[0]
        between = [g for n in (noun, *_prep_objects(noun, "of")) for g in _prep_objects(n, "between")]
        if between:
            return [a for a in self._actors(frame, between, False) if a not in exclude], between
        for verb in (*tok.conjuncts, *(c for c in tok.children if c.dep_ == "conj")):
            if verb.lemma_.lower() in self.mod["party_verbs"] and verb.tag_ == "VBN":
                agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                found = [a for a in self._actors(frame, [v for g in agents for v in (g, *g.conjuncts)], False)
                         if a not in exclude]
                if len(found) >= 2:
                    return found, agents
        found = [a for a in self._author(frame, noun, noun, exclude) if a not in exclude]
        return (found, [noun]) if len(found) >= 2 else ([], [])

    def _courts(self, frame: _Frame, tok: Token) -> list[str]:
        """The court a trial noun is held by when the noun names none: a court (a judicial actor whose
        head is one of modality.yaml `court_heads`, not its lawyers) named in the noun's sentence, else
        the one court the article names (one code)."""
        def courts(mentions) -> list[str]:
            found = []
            for m in mentions:
                a = frame.actors.get(m.actor_id)
                if a is not None and self._is_court(a):
                    found.append(a.id)
            return list(dict.fromkeys(found))
        here = courts(frame.mentions_in(tok.sent))
        if here:
            return here
        anywhere = courts(frame.article.mentions)
        return anywhere if len({frame.actors[a].code for a in anywhere}) == 1 else []

    def _court_named_before(self, frame: _Frame, tok: Token, countries: Collection[str], window: int) -> list[str]:
        """The one court of `countries` (a judicial actor whose head is one of modality.yaml `court_heads`, as in
        `_courts`) named before `tok` in its sentence or the `window` sentences before it ("The trial took place at
        the Minsk regional court. Kolesnikova was sentenced ..." → the court); [] when none, or courts of two codes."""
        here = self._sent_index(frame, tok.sent)
        found = []
        for m in sorted(frame.article.mentions, key=lambda m: m.start):
            a = frame.actors.get(m.actor_id)
            if a is None or m.start >= tok.idx or not 0 <= here - m.sentence <= window:
                continue
            if self._is_court(a) and a.code[:3] in countries:
                found.append(a)
        return [found[-1].id] if len({a.code for a in found}) == 1 else []

    def _is_court(self, a: Actor) -> bool:
        """A court: a judicial actor (JUD) whose name ends in one of modality.yaml `court_heads` (not its lawyers)."""
        words = re.findall(r"[a-z]+", a.name.lower())
        return bool(a.code) and "JUD" in _sectors(a.code) and bool(words) and words[-1] in self.mod["court_heads"]

    def _composed_court(self, frame: _Frame, p: Pattern, tok: Token, earlier: list[Event]) -> list[str]:
        """Path `court` with no court named: the judiciary of the defendant's country, as CAMEO coders
        code a trial (173), when the defendant is one person coded to a country ("The treason trial of
        Riek Machar resumed in Juba" → SSDJUD). The composed actor joins the article's actors."""
        targets, _path = self._targets(frame, p, tok, [], earlier)
        people = [t for t in targets if frame.actors[t].kind in ("person", "unknown_person") and frame.actors[t].code]
        if len(targets) != 1 or len(people) != 1:
            return []
        country = self._country(frame, people[0])
        if not country or not re.fullmatch(r"[A-Z]{3}", country):
            return []
        return [frame.compose(f"court:{country}", "court", country, "JUD").id]

    def _responders(self, tok: Token) -> list[Token]:
        """Who responds or retaliates to what the noun names: the subject of the verb of a response phrase
        holding it ("in response to", "in retaliation for": modality.yaml `response_nouns`) or of a verb of
        response it is the object of ("retaliated against", `response_verbs`)."""
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return []
        gov = tok.head.head
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in self.mod["response_nouns"] \
                and gov.dep_ == "pobj" and gov.head.dep_ == "prep":
            gov = gov.head.head
        elif gov.lemma_.lower() not in self.mod["response_verbs"]:
            return []
        if gov.pos_ not in ("VERB", "AUX"):
            return []
        subj, passive = self._subject(gov)
        return [] if passive else subj

    # -- coding ---------------------------------------------------------------------------------
    def _code(self, frame: _Frame, p: Pattern, tok: Token, earlier: list[Event]) -> list[Event]:
        """The events of pattern `p` on `tok` (`_code_sides`); (h34a) a user's reverse-only line `[:c]` gives the
        target's act on the source: the sides found for it swapped."""
        made = self._code_sides(frame, p, tok, earlier)
        if p.reverse_only:
            made = [_other_sides_act(e, p.code, "reverse_only") for e in made if e.source_id and e.target_id]
        return made

    def _code_sides(self, frame: _Frame, p: Pattern, tok: Token, earlier: list[Event]) -> list[Event]:
        sent = tok.sent
        self._why = None
        if p.own_complement and not self._own_complement(frame, tok):
            return self._reject("own_complement")
        if p.symmetric:
            both, path, toks = self._args(frame, p, tok, p.target)
            if len(both) < 2:
                return self._reject("no_parties")
            pairs = [(both[0], both[1])]
            if p.reciprocal:  # "fighting between X and Y": each against the other
                pairs.append((both[1], both[0]))
        else:
            sources = self._sources(frame, p, tok)
            if not sources and "antecedent_doer" in p.source:
                sources = self._antecedent_doers(frame, p, tok, earlier)
            if not sources and "aid_giver" in p.source:
                sources = self._aid_giver(frame, tok, earlier)
            if not sources and "place_authority" in p.source:
                sources = self._place_authority(frame, tok)
            if not sources and "protesters" in p.source:
                sources = self._protesters(frame, tok)
            reported = False
            if not sources:
                sources = self._reporting_doers(frame, p, tok)
                reported = bool(sources)
            if not sources and "court" in p.source:
                sources = self._composed_court(frame, p, tok, earlier)
            if not sources:
                return self._reject("no_source")
            if p.compound_source and len(sources) < 2:
                return self._reject("no_compound_source")
            targets, path = self._targets(frame, p, tok, sources, earlier)
            if reported:
                # (p23) a body reporting a passive act on its own side did not do it ("The vessel was hit on Tuesday, the
                # coast guard said": not by the coast guard; "two officers were killed, police said")
                targets = [t for t in targets if not self._same_party(frame, sources, t)]
                if not targets:
                    return self._reject("reported_own_side")
            countered = self._refusal_counterparts(frame, p, tok, sources)
            if countered and (not targets or all(self._country(frame, t) in {self._country(frame, s) for s in sources}
                                                 for t in targets)):
                # "will not sign the peace treaty until Armenia changes its constitution", "refuses to
                # withdraw its troops unless Hamas disarms": the refusal is aimed at whom it waits on
                targets, path = countered, "condition.subj"
            each_other = self._each_other(tok)
            if not each_other and len(sources) >= 2 and targets and p.code in self.mod.get("distributive_reciprocal_codes", ()) \
                    and self._distributive(tok) and all(self._country(frame, t) in {self._country(frame, s) for s in sources}
                                                        or self._sideless(frame, t) for t in targets):
                # (h23d) "Russia and Ukraine each freed 150 prisoners of war": coordinated subjects that each did an act of
                # exchange on people of no other side did it to each other (modality.yaml `distributive_reciprocal_codes`)
                each_other = True
            if not targets and p.reciprocal and len(sources) >= 2 and not each_other:
                # (h32f) the partner named by what it owns ("Moscow and Kyiv cooperated with the UAE's efforts", "with its
                # efforts"): the owner, not each other; an owner no actor of another side resolves gives nothing. A
                # helper's phrase ("with Turkey's help", modality.yaml `helper_nouns`) names no partner (h27h)
                owners = [c for prep in (x.removeprefix("prep:") for x in p.target if re.fullmatch(r"prep:[a-z_]+", x))
                          for o in _prep_objects(tok, prep)
                          if not frame.actor_at(o) and o.lemma_.lower() not in self.mod.get("helper_nouns", ())
                          for c in o.children if c.dep_ == "poss"]
                if owners:
                    partners = [a for c in owners for a in frame.actor_at(c) if a not in sources]
                    if not partners:
                        # (nor one of the subjects: "thanked Moscow and Kyiv for cooperating with its efforts", "its"
                        # read as Moscow's, is cooperation with the thanker's efforts)
                        return self._reject("partner_owned")
                    targets, path = list(dict.fromkeys(partners)), "prep_object.poss"
            if (not targets or (path or "").endswith(".deep") or each_other) and len(sources) >= 2 \
                    and (p.reciprocal or self._shared_aim(tok) or each_other) and not self._joint(tok) and not self._between(tok):
                # (a target only a phrase search found is weaker than the other subject: "Serbia and
                # Kosovo agreed to normalise relations at talks mediated by the EU")
                # "China and Brazil signed agreements": the coordinated subjects act on each other,
                # each towards each (an event of both sides, as in CAMEO's symmetric coding)
                pairs = [(s, t) for s in sources for t in sources if s != t]
                groups = self._subject_groups(frame, tok, sources)
                if len(groups) >= 2 and any(len(g) > 1 for g in groups):
                    # (h26d) one party and a group named together act with each other, not the group's members among
                    # themselves ("Trump and the leaders of Egypt, Qatar and Turkey signed a declaration": Trump with each)
                    pairs = [(s, t) for g in groups for h in groups if h is not g for s in g for t in h if s != t]
                path = "reciprocal"
            else:
                if not targets:
                    return self._reject("no_target")
                src_countries = {self._country(frame, s) for s in sources}
                if len(targets) > 1:
                    # (h25d) another country's actors over the source's own, but the source's own people of no side
                    # (coref.yaml `non_party_sectors`) acted on with them stay: "Gunmen from the Viv Ansanm gang
                    # coalition kidnapped six nurses and a Canadian missionary" → the nurses and the missionary
                    no_side = coref_vocab()["non_party_sectors"]
                    other = [t for t in targets if self._country(frame, t) not in src_countries
                             or (frame.actors[t].code or "")[3:6] in no_side]
                    if any(self._country(frame, t) not in src_countries for t in other):
                        targets = other
                pairs = [(s, t) for s in sources for t in targets]
                if len(set(sources)) == 2 and set(targets) <= set(sources):
                    # (h23e) two sides acting on what one of them is (the author of "the accusations" they traded):
                    # each on the other ("India and Pakistan accused each other ... Both sides denied the accusations")
                    pairs = [(s, t) for s in sources for t in sources if s != t]
        # history, a nominal act being ended ("lifted sanctions on X": the lifting is the event), a term's end
        if self._background(tok, p.code):
            return self._reject("background")
        if p.kind == "noun" and (self._governed_by(tok, "ending_verbs") or self._ended_by_noun(tok)):
            return self._reject("ended")
        if self._scheduled(tok, p.code):
            return self._reject("scheduled")
        out, home_deployed = [], []
        why = "no_pair"  # (h27a) why the last pair was passed over, for `explain`
        for s, t in pairs:
            src, tgt = frame.actors[s], frame.actors[t]
            if s == t or not src.code or not tgt.code or src.code == tgt.code:
                why = "same_or_uncoded_actor"
                continue
            if not self._kind_ok(p, tgt):
                why = "target_kind"
                continue
            if self._defeated(tok, tgt):
                why = "defeated"
                continue  # "not because we were beaten": an armed force defeated, no beating
            if p.foreign_target and self._country(frame, s) == self._country(frame, t) and not self._civil_sides(p, src.code, tgt.code):
                why = "foreign_target"
                continue  # asylum is sought from another country ("asked for asylum at its embassy in Lima")
            if (p.source_sectors or p.source_sectors_not) and not _sectors_ok(src.code, p):
                why = "source_sectors"
                continue
            if (path or "").endswith(".place") and self._country(frame, s) == self._country(frame, t) \
                    and cameo(p.code).quad_class in (1, 2) and p.code[:2] not in self.mod.get("home_place_roots", ()):
                people = self._home_people(frame, p, s, t)
                if people is not None:
                    out.append(self._event(frame, p, tok, src, people, path or ""))
                why = "own_country_place"
                continue  # a visit or a summit in one's own country is no act towards it (a town seized there is)
            unvisited = self.mod.get("unvisited_target_kinds") or {}
            if p.code in unvisited.get("codes", ()) and tgt.kind in unvisited.get("kinds", ()):
                why = "unvisited_kind"
                continue  # a trip to a continent is no visit to anyone
            if tgt.kind == "country" and p.code[:2] in self.mod["outward_roots"] and self._country(frame, s) == tgt.code:
                if p.code in (self.mod.get("home_deployment") or {}).get("codes", ()):
                    home_deployed.append(s)
                why = "own_country_outward"
                continue  # drills in one's own province are no show of force against one's country
            if tgt.kind == "country" and p.code[:2] in self.mod.get("self_addressed_roots", ()) and path in ("ccomp.subj", "ccomp.finite_subj") \
                    and self._country(frame, s) == tgt.code and src.code[3:] in {"", *self.mod.get("state_voice_sectors", ())}:
                why = "self_addressed"
                continue  # "Abiy insisted that Ethiopia must secure access": a state's aim, no demand on anyone
            out.append(self._event(frame, p, tok, src, tgt, path or ""))
        if not out and home_deployed:
            out = self._home_deployment(frame, p, tok, list(dict.fromkeys(home_deployed)), earlier)
        if not out:
            self._why = why
        return out

    def _passed(self, name: str, before: list[Event], after: list[Event], triggers: dict[int, int]) -> list[Event]:
        """(h27a) `after`, the events a post-pass left; `explain` notes what it removed (nothing else is done)."""
        if self._trace is not None:
            self._trace.filtered(name, before, after, triggers)
        return after

    def _reject(self, why: str) -> list[Event]:
        """(h27a) No event of this reading, and why (read by `explain`; one attribute set, nothing else)."""
        self._why = why
        return []

    def _home_people(self, frame: _Frame, p: Pattern, s: str, t: str) -> Actor | None:
        """Aid sent to a place in the source's own country (modality.yaml `home_place_people_roots`) is aid to its
        people: the country's civilians (a composed actor), or None for any other act."""
        country = self._country(frame, s)
        if p.code[:2] not in self.mod.get("home_place_people_roots", ()) or not country \
                or not re.fullmatch(r"[A-Z]{3}", country) or (frame.actors[s].code or "").endswith("CVL"):
            return None
        return frame.compose(f"people:{country}", frame.actors[t].name, country, "CVL")

    def _home_deployment(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str],
                         earlier: list[Event]) -> list[Event]:
        """Forces sent to a region of their own country (modality.yaml `home_deployment`): against the armed group
        of that country that last used force shortly before, else one-sided."""
        spec = self.mod.get("home_deployment") or {}
        sectors, roots = set(spec.get("foe_sectors", ())), tuple(spec.get("foe_roots", ()))
        recent = self._recent(frame, tok, earlier, int(spec.get("lookback_sentences", 4)))
        out = []
        for s in sources:
            country = self._country(frame, s)
            foes = []
            for e in reversed(recent):
                a = frame.actors.get(e.source_id)
                if a is not None and a.code and e.cameo_code.startswith(roots) and e.mode == "happened" \
                        and self._country(frame, a.id) == country and _sectors(a.code) & sectors:
                    foes.append(a)
                    break
            if foes:
                out += [self._event(frame, p, tok, frame.actors[s], f, "home_foe") for f in foes]
            elif "target" in self._alone_sides(p):
                out.append(self._event(frame, p, tok, frame.actors[s], None, "alone:home"))
        return out

    @staticmethod
    def _same_party(frame: _Frame, sources: list[str], target: str) -> bool:
        """Whether `target` is on the side (`sides.party_side`) of every one of `sources` (a state's bodies are one side)."""
        vocab = coref_vocab()
        tcode = frame.actors[target].code or ""
        return all(bool(tcode) and bool(frame.actors[s_].code) and codes_on_one_side(frame.actors[s_].code, tcode, vocab)
                   for s_ in sources)

    def _subject_groups(self, frame: _Frame, tok: Token, sources: list[str]) -> list[list[str]]:
        """(h26d) The sources by the subject conjunct that names them ("Trump" | "the leaders of Egypt, Qatar and
        Turkey"), when every source is of one conjunct; [] otherwise."""
        subj, _passive = self._subject(tok)
        heads = [c for s in subj for c in (s, *_coordinated(s))]
        groups = [[a for a in frame.actor_at(h) if a in sources] for h in dict.fromkeys(heads)]
        groups = [g for g in groups if g]
        placed = [a for g in groups for a in g]
        return groups if len(placed) == len(set(placed)) and set(placed) == set(sources) else []

    def _sources(self, frame: _Frame, p: Pattern, tok: Token) -> list[str]:
        if p.agentive:
            cop = self._copula(tok)
            src_toks = [c for c in cop.children if c.dep_ in SUBJ_DEPS] if cop is not None else []
            sources = self._actors(frame, src_toks, False)
            if sources:
                return sources
        sources = self._args(frame, p, tok, p.source)[0]
        if len(sources) > 1:
            # one subject phrase the parser split into pieces ("the Somali militant group[nsubj]
            # al-Shabab[nsubj] is claiming"): its description and its name are one actor, the name's
            subj, _ = self._subject(tok)
            if len(subj) > 1 and all(a.right_edge.i + 1 == b.left_edge.i for a, b in zip(subj, subj[1:])):
                codes = {s: frame.actors[s].code or "" for s in sources}
                sources = [s for s in sources if not any(o != s and len(codes[o]) > len(codes[s]) > 0
                                                         and codes[o].startswith(codes[s]) for o in sources)]
        return sources

    def _defeated(self, tok: Token, tgt: Actor) -> bool:
        """Whether the trigger is a passive with no agent of a verb that then means defeat (modality.yaml
        `defeat_passive_verbs`) said of an armed force (coref.yaml `armed_sectors`), with no phrase that tells
        the blows (`assault_manner_prepositions`: "beaten to death", "beaten with clubs")."""
        if tok.lemma_.lower() not in self.mod.get("defeat_passive_verbs", ()) or not _is_passive(tok) or not tgt.code:
            return False
        if any(c.dep_ in ("agent", "xcomp", "oprd", "acomp") or c.lower_ in self.mod["assault_manner_prepositions"]
               for c in tok.children):
            return False
        return bool(_sectors(tgt.code) & set(coref_vocab()["armed_sectors"]))

    def _kind_ok(self, p: Pattern, tgt: Actor) -> bool:
        """The target is of a kind the pattern takes; an installation or vehicle of a force (kind
        "installation") is a target of force, seizure and destruction only (modality.yaml
        `installation_codes`): "attacked a military convoy", never "arrested" one; and one holder of an
        office, or not, as the pattern asks (`target_office`)."""
        if p.target_office is not None and self._office_holder(tgt) != p.target_office:
            return False  # "announced the removal of President Talon" is no expulsion, "of 20 diplomats" is
        if not p.requires_target_kind or tgt.kind in p.requires_target_kind:
            return True
        return tgt.kind == "installation" and p.code.startswith(tuple(self.mod["installation_codes"]))

    def _office_holder(self, actor: Actor) -> bool:
        """One holder of an office a removal takes away (modality.yaml `office_holder_heads`): a person
        whose role on the date, or a composed actor whose head, is such an office ("President Patrice
        Talon", "the army chief"); not people in numbers, nor diplomats ("20 French diplomats", "the
        French ambassador")."""
        heads = self.mod["office_holder_heads"]
        if actor.kind in ("person", "unknown_person"):
            words = re.findall(r"[a-z]+", (actor.title or "").lower())
        elif actor.kind == "composed":
            words = re.findall(r"[a-z]+", actor.name.lower())[-1:]
        else:
            return False
        return any(w in heads for w in words)

    def _alone_sides(self, p: Pattern) -> frozenset[str]:
        """The sides a verb pattern's act may lack (modality.yaml `one_sided`): "target" when it
        stands with its source alone, "source" when with its target alone."""
        if p.kind != "verb" or p.symmetric or p.reciprocal or p.attribution or p.alone is False:
            return frozenset()  # (an act done together needs its partner: "clashed over the efforts of X")
        table = self.mod["one_sided"]
        code = p.code
        hit = lambda key: any(code.startswith(c) for c in table.get(key, ()))  # noqa: E731
        # (an act only towards a place needs one: "withdrew from" a country; "pulled 12 people from
        # the rubble" is no retreat)
        placed = bool(p.requires_target_kind) and p.requires_target_kind <= self.mod["place_kinds"]
        return frozenset(side for side, key in (("target", "source_only"), ("source", "target_only"))
                         if (hit(key) or p.alone is True and side == "target") and not (side == "target" and placed))

    def _unresolved(self, frame: _Frame, toks: Iterable[Token]) -> bool:
        """An argument is there but names no coded actor: a pronoun, a name the dictionaries do not
        know, or a mention of an actor with no code. A one-sided reading would drop a real side."""
        for t in toks:
            m = frame.by_token.get(t.i)
            if m is not None:
                if m.resolution != "place" and not frame.actors[m.actor_id].code:
                    return True
                continue  # a place is where, not whom ("marched through Nairobi")
            if t.text in coref_vocab()["treaty_names"] or t.lemma_.lower() in coref_vocab()["treaty_heads"]:
                continue  # a treaty is no party ("withdraw from the NPT")
            if t.pos_ == "PRON" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (t.pos_ == "PROPN" and not t.ent_type_):
                return True
        return False

    def _only_as(self, frame: _Frame, tok: Token, actor_id: str, resolutions: Collection[str]) -> bool:
        """The actor is named in `tok`'s sentence only by mentions of these resolutions ("pronoun",
        "place")."""
        ms = [m for m in frame.mentions_in(tok.sent) if m.actor_id == actor_id]
        return bool(ms) and all(m.resolution in resolutions for m in ms)

    def _refusal_alone(self, p: Pattern, tok: Token) -> frozenset[str]:
        """(h21e) An act refused under will/would whose refusal is a stand of its own (modality.yaml
        `refusal_alone_codes`: "would not apologise for the remarks") stands with its source alone, as the
        rejection (12) it is recoded to; other refusals need the party refused ("would not meet")."""
        if p.kind != "verb" or p.symmetric or p.reciprocal or p.attribution or p.alone is False \
                or not p.code.startswith(tuple(self.mod.get("refusal_alone_codes", ()))) or not self._refusal(tok):
            return frozenset()
        return frozenset({"target"})

    def _unilateral_alone(self, p: Pattern, tok: Token) -> frozenset[str]:
        """(h25f) A truce one party declares on its own (modality.yaml `unilateral_truces`: "the military government
        declared a temporary ceasefire"), a reciprocal act by one subject of its `verbs`, stands with its source alone (its
        other side then from the story: discourse `context_targets.adversary`); one agreed or reached, or declared by
        two ("Israel and Hamas declared a truce"), needs both."""
        # (h30e) ... and so does an offer to pull back one's own forces with no other side named (`withdrawn_forces`:
        # "Baku offered to pull back its troops"), by one of its `verbs`
        specs = [self.mod.get("unilateral_truces") or {}, self.mod.get("withdrawn_forces") or {}]
        if p.kind != "verb" or not p.reciprocal or p.alone is False or not any(
                p.code.startswith(tuple(spec.get("codes", ()))) and tok.lemma_.lower() in spec.get("verbs", ()) for spec in specs):
            return frozenset()
        subj, passive = self._subject(tok)
        cv = coref_vocab()
        # (one party: not "Israel and Hamas", "the two sides", "both countries", "the pair")
        if passive or len(subj) != 1 or any(True for _ in _conjuncts(subj[0])) \
                or subj[0].lemma_.lower() in cv.get("pair_nouns", ()) \
                or subj[0].tag_ == "NNS" and subj[0].lemma_.lower() in cv.get("party_pair_heads", ()) \
                or any(c.lower_ in cv.get("pair_modifiers", ()) for c in subj[0].children):
            return frozenset()
        return frozenset({"target"})

    def _code_alone(self, frame: _Frame, p: Pattern, tok: Token, earlier: list[Event],
                    coded: Collection[int]) -> list[Event]:
        """The act of a pattern that found one side only, when the act stands without the other
        (`_alone_sides`): "Ugandan rebels surrendered", "three US soldiers were killed". `coded`:
        the trigger tokens of the events so far."""
        sides = self._alone_sides(p) or self._refusal_alone(p, tok) or self._unilateral_alone(p, tok)
        self._why = None
        if p.own_complement and not self._own_complement(frame, tok):
            return self._reject("own_complement")
        if not sides or self._background(tok, p.code) or self._scheduled(tok, p.code) or tok.dep_ == "relcl" \
                or tok.dep_ == "acl" and not (p.code.startswith(tuple(self.mod["reported_participle_codes"]))
                                              and self._reported_participle(tok)):
            return self._reject("background")  # (a clause describing a noun tells its history: "in Serbia, where 24 people were killed")
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in coded:
            return self._reject("manner_of_coded_act")  # the manner of an act coded on its governor: "prisoners rioted, setting fire to mattresses"
        sources = [s for s in self._sources(frame, p, tok) if frame.actors[s].code]
        if not sources and "protesters" in p.source:
            sources = self._protesters(frame, tok)  # (h25e) "The demonstrations erupted on Thursday"
        if sources and (p.source_sectors or p.source_sectors_not):
            sources = [s for s in sources if _sectors_ok(frame.actors[s].code, p)]
            if not sources:
                return self._reject("source_sectors")  # (a source there, of the wrong kind: "troops marched" is no protest)
        if sources and self._ordered_act(tok):
            return self._reject("ordered_act")  # an act ordered done to no one named is no one-sided act of the one who ordered it ("a
            # district court ... ordered the boat's catch confiscated": the court's country is not sure either)
        if sources:
            # what the act is done to: its object and the objects of its prepositions ("warned of
            # the Prince of Dol Amroth": a target there, unnamed by the dictionaries)
            # ... and of its open complement ("wants to help iSrael")
            where = coref_vocab()["locative_prepositions"]
            shares = self._shares(p.code)
            obj = self._object(tok, shares=shares)
            acted_on = []
            for verb in [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and p.xcomp)]:
                verb_obj = obj if verb is tok else self._object(verb, shares=shares)
                acted_on += [verb_obj, *verb_obj.conjuncts] if verb_obj is not None else []
                # (not where it happened: "lifted a state of emergency in West Darfur State")
                acted_on += [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in where
                             for g in c.children if g.dep_ == "pobj"]
            # a pattern that asks its target to be of some kind, with an object of no kind at all, has
            # another sense: "attacked the decision" is criticism, no attack
            other_sense = bool(p.requires_target_kind) and obj is not None and not frame.actor_at(obj, places=True)
            # ... and one whose target can only be its object, with no object, is a participle misread
            # ("The civilians imprisoned[VBD] for acting against Moscow were released")
            other_sense |= obj is None and bool(p.target) and all(t.startswith(("dobj", "object")) for t in p.target)
            found, found_path = self._targets(frame, p, tok, sources, earlier)
            # (a name of no known actor where a place is asked for, after a preposition of place, is more
            # likely the place: "allowed fuel trucks into Sheikh Maqsoud")
            placed_only = bool(found) and found_path is not None and found_path.endswith(".place") \
                and found_path.split(".")[-2].split(":")[-1] in where and not any(frame.actors[t].code for t in found)
            if "target" not in sides:
                return self._reject("needs_target")
            if other_sense:
                return self._reject("other_sense")
            if found and not placed_only:
                return self._reject("target_found")
            if self._unresolved(frame, acted_on):
                return self._reject("unresolved_target")
            return [self._event(frame, p, tok, frame.actors[s], None, "alone") for s in dict.fromkeys(sources)]
        subj = self._subject(tok)[0]
        if "source" not in sides:
            return self._reject("needs_source")
        if self._unresolved(frame, subj):
            return self._reject("unresolved_source")
        if any(t.lemma_.lower() in self.mod.get("natural_forces", ()) for s in subj for t in (s, *s.children)
               if t.i == s.i or t.dep_ == "compound"):
            # (h20f) what a natural force did is nobody's act ("an earthquake struck eastern Turkey")
            return self._reject("natural_force")
        targets, path = self._targets(frame, p, tok, [], earlier)
        # (not a target only a pronoun names, "before storming it", nor only a place: "detonated a
        # device on a bus in central London" struck no one named)
        targets = [t for t in dict.fromkeys(targets) if frame.actors[t].code
                   and not self._only_as(frame, tok, t, ("pronoun", "place"))
                   and self._kind_ok(p, frame.actors[t]) and not self._defeated(tok, frame.actors[t])]
        # an act noun as subject whose author was told before ("the strike had targeted militants")
        authors = [a for a in self._path_actors(frame, p, tok, "subj.author", exclude=frozenset(targets))[0]
                   if frame.actors[a].code] if targets else []
        if authors:
            return [self._event(frame, p, tok, frame.actors[a], frame.actors[t], "subj.author")
                    for a in dict.fromkeys(authors) for t in targets if frame.actors[a].code != frame.actors[t].code]
        # (what is planned for no one named is no one's plan: "Kigali hoped French officials would be
        # indicted")
        made = [self._event(frame, p, tok, None, frame.actors[t], f"alone:{path}") for t in targets]
        return [e for e in made if e.mode in ("happened", "denied")]

    def _antecedent_deed(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event],
                         sent_index: int) -> list[str]:
        """(h23b) Path `antecedent_deed`: for a verb in a relative clause on "which" set off by a comma and closing its
        sentence, whose noun names no act (not one of core.yaml `nominals`, modality.yaml `act_nouns`, coref.yaml
        `attack_nouns`) and sits after the verb of a deed (modality.yaml `relative_deed_quads`, happened) told earlier in
        the sentence by another country than the source's: the deed's doer ("Israel struck a school in Gaza, which Hamas
        condemned" → Israel); [] otherwise, or when deeds of two parties were told there."""
        noun = tok.head
        which = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which"]
        if tok.dep_ != "relcl" or not which or which[0].i == 0 or tok.doc[which[0].i - 1].text != "," \
                or any(not t.is_punct for t in tok.doc[tok.right_edge.i + 1:tok.sent.end]) or noun.pos_ not in ("NOUN", "PROPN"):
            return []
        lemma = noun.lemma_.lower()
        if lemma in self.nominals or lemma in self.mod["act_nouns"] or lemma in coref_vocab()["attack_nouns"]:
            return []
        countries = {self._country(frame, a) for a in sources} - {None}
        quads = tuple(int(q) for q in self.mod.get("relative_deed_quads", ()))
        prior = [e for e in earlier if e.source_id and e.sentence_index == sent_index and e.span.start < noun.idx
                 and e.mode == "happened" and e.quad_class in quads and e.source_id not in sources
                 and self._country(frame, e.source_id) not in countries]
        # (deeds of two parties before it: which one is judged is not said)
        return [prior[-1].source_id] if prior and len({frame.actors[e.source_id].code for e in prior}) == 1 else []

    @staticmethod
    def _reported_participle(tok: Token) -> bool:
        """A participle on the noun the sentence is about, which reports the act rather than recalls
        it: on the subject ("Ten soldiers killed in the ambush were buried") or on what "there were"
        introduces ("There were ten soldiers killed in Ukraine today"); not on an object or a
        preposition's ("honoured soldiers killed in the war")."""
        noun = tok.head
        if tok.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return True
        return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)

    def _targets(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str], earlier: list[Event]):
        """Targets by the pattern's paths, including the discourse paths that look at other events."""
        sent_index = self._sent_index(frame, tok.sent)
        addressed = False  # an addressee is named but unknown: no phrase search stands in for it
        victims: frozenset[str] = frozenset()  # (h25c) whom a deed disapproved was done to: never its target
        for path in p.target:
            if path == "antecedent_deed":
                # (h23b) "Israel struck a school in Gaza, which Hamas condemned": a relative clause closing the sentence
                # after a comma, on a noun inside the deed told before it that names no act of its own, judges that deed
                found = self._antecedent_deed(frame, tok, sources, earlier, sent_index)
                if found:
                    return found, path
            elif path == "appeal_addressee":
                # (h25c) a threat joined to the source's own appeal or demand told before it in its sentence is aimed at
                # whom that was made to ("urged the EU to remove Chinese companies from the list and said it would take
                # 'necessary measures'" → the EU; modality.yaml `appeal_addressee_roots`)
                roots = tuple(self.mod.get("appeal_addressee_roots", ()))
                prior = [e for e in earlier if e.sentence_index == sent_index and e.span.start < tok.idx
                         and e.source_id in sources and e.target_id and e.target_id not in sources
                         and e.cameo_root in roots and e.mode == "happened"]
                if prior:
                    return [prior[-1].target_id], path
            elif path == "response_cause":
                # (h25c) whose act the threatened one answers: "warned that the country would keep expanding its nuclear
                # deterrent in response to what he called the military drills of Washington and Seoul" → USA, KOR
                found = self._response_cause(frame, tok, sources)
                if found:
                    return found, path
            elif path in ("antecedent_event_source", "antecedent_accuser"):
                # "..., which Myanmar dismissed": the sentence's act before it; an accuser only when that
                # act is an accusation ("accused Ruto of rigging the vote, which his office denied")
                prior = [e for e in earlier if e.source_id and e.sentence_index == sent_index and e.span.start < tok.idx]
                # (h34i) an accusation before it aimed at the denier is what it answers, whatever deed the accusation
                # told came after it: "Kenya accused Somalia of harbouring the fighters, which Mogadishu denies" → Kenya,
                # not the harbouring's Somalia
                answered = [e for e in prior if e.cameo_code.startswith(self.mod["accusation_code"])
                            and e.source_id not in sources and self._aimed_at_country(frame, e, sources)]
                if answered:
                    return [answered[-1].source_id], path
                if prior and (path == "antecedent_event_source" or prior[-1].cameo_code.startswith(self.mod["accusation_code"])):
                    return [prior[-1].source_id], path
            elif path == "accuser":
                # "Israel denied restricting aid": the one who accused the denier, shortly before; one
                # aimed at the denier's country serves only a state voice (a country, its government):
                # an opposition party denying involvement was not accused by whoever condemned the army
                prior = [e for e in self._acts_on(frame, tok, sources, earlier) if e.cameo_root in self.mod["accuser_roots"]
                         and self._aimed_at(frame, e, sources)]
                new = self._new_allegation(self._object(tok, shares=self._shares(p.code)))
                if new:
                    # "denied reports that Iran had expelled the inspectors": an indefinite or bare allegation noun
                    # with a content clause tells a new claim; it answers an accusation only just before
                    # (modality.yaml `new_claim_lookback_sentences`), not one told paragraphs back
                    window = int(self.mod["new_claim_lookback_sentences"])
                    # (h24e) ... or, an accusation, in the paragraph just before: "Ozel accused Erdogan's government of ...
                    # [two more sentences of his] ¶ Justice Minister Yilmaz Tunc rejected suggestions that ..." → Ozel (not
                    # who only condemned the act there)
                    para = self.mod.get("new_claim_lookback_paragraphs") or {}
                    text, start = tok.doc.text, tok.sent.start_char
                    prior = [e for e in prior if sent_index - e.sentence_index <= window
                             or e.cameo_code.startswith(self.mod["accusation_code"])
                             and sent_index - e.sentence_index <= int(para.get("max_sentences", 0))
                             and len(re.findall(r"\n\s*", text[e.span.end:start])) <= int(para.get("paragraphs", 0))]
                if prior:
                    return [prior[-1].source_id], path
                if new:
                    continue  # (a new claim answers no accuser told paragraphs back, nor the lead's)
                # none shortly before: who the story's lead says punished or accused the denier ("Britain sanctioned
                # Halcyon ... [seven paragraphs] ... Halcyon denied any wrongdoing" → Britain)
                lead = self._lead_deeds(tok, earlier, lambda e: e.cameo_root in self.mod["accuser_lead_roots"]
                                        and e.target_id in sources and e.source_id not in sources)
                if lead:
                    return _last_doers(lead), path
                accuser = self._partner_accuser(frame, tok, sources, earlier)
                if accuser:
                    return accuser, path
            elif path == "alleger":
                # (h23b) "UN experts said Rwandan troops were fighting alongside M23 rebels. Rwanda denied the allegations":
                # who reported the claims about the denier's side, when one party did (discourse.py)
                found = self._allegers(frame, tok, sources, shares=self._shares(p.code))
                if found:
                    return found, path
            elif path == "captor":
                # "India demanded the release of its crew" after "Iran's Revolutionary Guards seized the
                # tanker": who last detained, seized or abducted (modality.yaml `captivity_codes`) shortly
                # before, another than the speaker's country; all who did it together
                held = tuple(self.mod["captivity_codes"])
                doers = _last_doers([e for e in self._others_acts(frame, tok, sources, earlier, int(self.mod["act_lookback_sentences"]))
                                     if e.cameo_code.startswith(held)])
                if not doers:
                    doers = self._captors(frame, tok, p, sources, earlier, held)
                if doers:
                    return doers, path
            elif path in ("aggressor", "armed_aggressor"):
                # "The Houthis vowed to retaliate": against who last used force on the speaker's country
                # before (QuadClass 4, happened; aggressor_lookback_sentences), all who did it together;
                # armed_aggressor only by arms (modality.yaml `armed_aggressor_roots`: sanctions take no town)
                countries = {self._country(frame, a) for a in sources}
                window = int(self.mod.get("aggressor_lookback_sentences", self.mod["act_lookback_sentences"]))
                armed = tuple(self.mod.get("armed_aggressor_roots", ())) if path == "armed_aggressor" else ()
                doers = _last_doers([e for e in self._others_acts(frame, tok, sources, earlier, window)
                                     if e.quad_class == 4 and self._country(frame, e.target_id) in countries
                                     and (not armed or e.cameo_code.startswith(armed))])
                if doers:
                    return doers, path
            elif path.endswith(".author") and path.startswith(("object.prep:", "prep:", "ccomp.prep:")):
                # an act named in that phrase, by who did it ("filed a complaint against the tariffs that
                # Trump imposed" → Trump)
                _actors, toks = self._path_actors(frame, p, tok, path.removesuffix(".author"), exclude=frozenset(sources))
                author = self._act_author(frame, toks, tok, sources)
                if not author:
                    # a noun of no particular act or an incident ("expressed concern over the incident", "over
                    # the move"): the act it answers, told before (modality.yaml `act_nouns`, `incident_nouns`)
                    generic = self.mod["act_nouns"] | self.mod["incident_nouns"]
                    nouns = [t for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in generic and not frame.actor_at(t)]
                    author = self._noun_author(frame, p, tok, nouns[0], sources, earlier) if nouns else []
                if author:
                    return author, path
            elif path == "prep_object.author":
                # an act named inside the pattern's preposition phrase, by who did it, told before
                # ("Israel struck Damascus ... called for a halt to[→] the attacks" → Israel)
                toks = [t for o in _prep_objects(tok, p.prep or "") if not p.prep_object or self._lemma_in(o, p.prep_object)
                        for t in o.subtree if t.i != o.i and not frame.actor_at(t)]
                author = self._act_author(frame, toks, tok, sources)
                if author:
                    return author, path
            elif path == "dobj.antecedent":
                # (h26c) "rejected the criticism", "denounced the remarks", "condemned the bombing": the source of the
                # most recent act of the noun's class told before (discourse.py `_antecedent_act`)
                found = self._antecedent_act(frame, p, tok, sources, earlier)
                if found:
                    return found, path
            elif path == "dobj.told":
                # (h25h) "requested the warrants": the targets of the warrants told before
                told = self._told_object_targets(frame, tok, sources, earlier)
                if told:
                    return told, path
            elif path == "conflict_sides":
                # an appeal for calm with no addressee: to the two principal sides of the story's conflict
                # (h25h) ... or to sides it does not name ("called on all parties"): the story's sides, else the one
                # party whose force was told just before
                unnamed = addressed and self._sides_addressee(tok)
                if not addressed or unnamed:
                    sides = self._conflict_sides(frame, tok, sources, earlier)
                    if not sides and unnamed:
                        sides = self._sole_force_doers(frame, tok, sources, earlier)
                    if not sides and p.code in self.mod["negotiation_sides_codes"]:
                        # (a mediation of no parties told: else the sides of the talks and deals before)
                        sides = self._conflict_sides(frame, tok, sources, earlier, codes=self.mod["negotiation_codes"])
                    if sides:
                        return sides, path
            elif path in ("xcomp.dobj.author", "purpose.dobj.author"):
                # the maker of what the open complement acts on ("asked the court to strike the law down" →
                # who passed the law, told before; core.yaml `nominals`); (h25j) the same for a purpose clause
                # ("would go to court to challenge the deployment" → who deployed)
                _actors, toks = self._path_actors(frame, p, tok, path[: -len(".author")], exclude=frozenset(sources))
                nouns = [t for t in toks if t.pos_ == "NOUN" and not frame.actor_at(t)]
                author = self._noun_author(frame, p, tok, nouns[0], sources, earlier) if nouns else []
                if author:
                    return author, path
            elif path == "opponent":
                # (targets) the other side of a dispute the story tells: the country whose acts with the
                # source's country, either way, were the most told before (modality.yaml
                # `opponent_lookback_sentences`), when one leads; never an international body
                countries = {self._country(frame, a) for a in sources} - {None}
                # (h32l) ... none when the body the trigger addresses is the source's own country's ("the opposition
                # leader urged the Constitutional Court to rule swiftly": a case at home, not against a state the
                # story told the source's country dealing with, as the United States of a phone call before)
                asked = {self._country(frame, a) for c in tok.children if c.dep_ == "dobj" for a in frame.actor_at(c)}
                if countries and asked & countries:
                    continue
                window = int(self.mod["opponent_lookback_sentences"])
                tally: dict[str, list[str]] = {}
                for e in self._recent(frame, tok, earlier, window):
                    if not e.target_id:
                        continue
                    ends = (self._country(frame, e.source_id), self._country(frame, e.target_id))
                    for mine, other, actor in ((ends[0], ends[1], e.target_id), (ends[1], ends[0], e.source_id)):
                        if mine in countries and other and other not in countries \
                                and not other.startswith(tuple(coref_vocab()["international_prefixes"])):
                            tally.setdefault(other, []).append(actor)
                ranked = sorted(tally, key=lambda c: -len(tally[c]))
                if ranked and (len(ranked) == 1 or len(tally[ranked[0]]) > len(tally[ranked[1]])):
                    country = ranked[0]
                    entry = frame.country_actor(country)
                    return [entry or tally[country][-1]], path
            elif path == "public":
                # (targets) the public of the source's own country, its civilians (a composed actor): a restriction
                # laid on a whole population ("cut mobile internet access across the country" → its people)
                # ... or of the place its "in" phrase names, when that is another country's ("cut internet access in
                # occupied Kherson" → Ukraine's civilians)
                countries = {self._country(frame, a) for a in sources} - {None}
                if len(countries) == 1:
                    country = next(iter(countries))
                    where = [self._country(frame, a) for q in ("prep:in.place", "object.prep:in.place")
                             for a in self._path_actors(frame, p, tok, q, exclude=frozenset(sources))[0]]
                    country = next((c for c in where if c and c != country), country)
                    if re.fullmatch(r"[A-Z]{3}", country):
                        return [frame.compose(f"people:{country}", "public", country, "CVL").id], path
            elif path == "own_government":
                # (targets, h24j) the government of the source's country whatever was told before (discourse.py
                # `_own_government`, modality.yaml context_targets.own_government sectors): a general strike is aimed at it
                # ("the union, which called a general strike for later this month", after police dispersed a march)
                if len(sources) == 1 and sources[0] in frame.actors:
                    spec = self.mod["context_targets"].get("own_government") or self.mod["context_targets"]["dissent"]
                    found = self._own_government(frame, sources[0], spec)
                    if found:
                        return found, path
            elif path == "own_country":
                # (h26g) a measure a state lays on its own land with no other place told ("Noboa imposed a 60-day state
                # of emergency", "declared a state of internal commotion in the northeastern Catatumbo region": a region
                # no dictionary knows) is aimed at the source's own country; not by a body of another sector ("the
                # rebels declared ...") nor on a place the verb's phrases call foreign-held ("martial law in the annexed
                # regions"; modality.yaml context_targets.own_country)
                found = self._own_country(frame, p, tok, sources)
                if found:
                    return found, path
            elif path == "abductor":
                # (targets, h24j) who last abducted or took hostages (modality.yaml `abductor` codes) before, anywhere in
                # the story, of any country but never a state body of the source's sectors: captives rescued by troops
                # are rescued from them ("Gunmen abducted 40 pupils ... troops rescued the pupils" → the gunmen)
                vocab = self.mod["abductor"]
                codes = tuple(vocab["codes"])
                taken = [e for e in self._recent(frame, tok, earlier, self._sent_index(frame, tok.sent))
                         if e.mode == "happened" and e.cameo_code.startswith(codes) and e.source_id not in sources
                         and e.source_id in frame.actors
                         and (frame.actors[e.source_id].code or "")[3:6] not in vocab["sectors_not"]]
                doers = _last_doers(taken)
                if doers:
                    return doers, path
            elif path in ("dobj.author", "object.author"):
                obj = self._object(tok, shares=self._shares(p.code))
                again = self._repeated_act(frame, tok, p, obj, earlier) if obj is not None and not frame.actor_at(obj) else []
                if again:
                    return again, path
                if obj is not None and not frame.actor_at(obj):
                    noun = self._content(obj)
                    if p.code[:2] in self.mod.get("act_agent", {}).get("roots", ()) and self._agent_act(noun):
                        # (h25c) a deed disapproved ("condemned the use of force against peaceful protesters", "the
                        # takeover") is its doer's, told before; never its victims' (no phrase search after it)
                        author = self._noun_author(frame, p, tok, noun, sources, earlier) \
                            or self._act_agent_author(frame, tok, noun, sources, earlier)
                        if author:
                            return author, path
                        # (a phrase search after it skips whom the deed was done to: "the coup in Niger" → NER, "the
                        # actions of the Chinese coast guard" → CHNMIL, never "the protesters" it was used against)
                        victims = self._deed_victims(frame, noun, sources)
                        continue
                    author = self._noun_author(frame, p, tok, noun, sources, earlier)
                    if author:
                        return author, path
            elif path == "stricken":
                # (h20f) relief with no recipient named goes to the one country the story's disaster struck
                # ("An earthquake struck eastern Turkey ... The United States released $5 million to support
                # the earthquake response" → Turkey; modality.yaml `natural_forces`)
                stricken = self._stricken(frame, tok, sources)
                if stricken:
                    return stricken, path
            elif path == "donors":
                # (h24d) aid asked for as "international" or "foreign" with no one asked named is asked of the
                # international community ("made a rare appeal for international assistance"; modality.yaml `donors`)
                vocab = self.mod.get("donors") or {}
                obj = self._object(tok)
                holders = [tok] + ([obj] if obj is not None else [])
                asked = [g for h in holders for prep in vocab.get("prepositions", ()) for g in _prep_objects(h, prep)]
                if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in vocab.get("modifiers", ())
                       for g in asked for c in g.children):
                    return [frame.compose(f"donors:{vocab['code']}", vocab["name"], vocab["code"], "").id], path
            elif path == "state_adversary":
                # (h24d) a truce one side of a country's civil war declares with no other side named is toward the
                # state's forces the story names ("The opposition National Unity Government announced a pause in
                # offensive military operations" → the junta; modality.yaml `state_adversary`)
                vocab = self.mod.get("state_adversary") or {}
                mine = {(frame.actors[a].code or "")[:3] for a in sources if a in frame.actors
                        and (frame.actors[a].code or "")[3:6] in vocab.get("fighter_sectors", ())}
                obj = self._object(tok)
                # (a truce, or a pause in fighting: not "a pause in its street protests", "a moratorium on lawsuits")
                armed = obj is not None and (obj.lemma_.lower() in vocab.get("truce_nouns", ()) or any(
                    g.lemma_.lower() in vocab.get("fighting_nouns", ()) for c in obj.children if c.dep_ == "prep"
                    for g in c.children if g.dep_ == "pobj"))
                if len(mine) == 1 and armed:
                    country = next(iter(mine))
                    found = [a for kinds in (("person",), ()) for sector in vocab.get("state_sectors", ())
                             for a in frame.actors.values() if a.kind not in kinds and a.code == country + sector]
                    if found:
                        return [found[0].id], path
            elif path == "haven":
                # (h20h) aid for displaced people the text gives no country ("aid for the new arrivals") goes to the
                # one country the story told they fled to ("65,000 people have fled to Armenia"; modality.yaml `haven`)
                haven = self.mod.get("haven") or {}
                obj = self._object(tok, shares=self._shares(p.code))
                holders = [tok] + ([obj] if obj is not None else [])
                people = [g for h in holders for prep in haven.get("prepositions", ()) for g in _prep_objects(h, prep)
                          if g.lemma_.lower() in haven.get("nouns", ()) and not frame.actor_at(g)]
                found = self._haven(frame, tok, sources, haven) if people else []
                if found:
                    return found, path
            elif path == "meeting.parties":
                # (h21d) a meeting or talks hosted or mediated, told in the passive with no parties of its own ("The
                # talks were hosted by the Kremlin", "..., for the talks, which were hosted by Holness"): the sides of
                # the last consultation told shortly before, but the source's own country (discourse.py)
                found = self._meeting_parties(frame, tok, sources, earlier, shares=self._shares(p.code))
                if found:
                    return found, path
            elif path in ("dobj.party", "prep_object.party"):
                # (h20f) the other party of the meeting or call the object names, told before ("Modi met Kishida
                # ... Modi described the meeting as constructive" → Kishida); (h25a) or the pattern's preposition object
                # ("Russia and Ukraine held talks in Istanbul ... Russia pulled out of the negotiations" → Ukraine)
                obj = self._object(tok, shares=self._shares(p.code)) if path == "dobj.party" else next(
                    (o for o in _prep_objects(tok, p.prep or "") if not p.prep_object or self._lemma_in(o, p.prep_object)), None)
                if obj is not None and not frame.actor_at(obj):
                    party = self._other_party(frame, tok, self._content(obj), sources, earlier)
                    if party:
                        return party, path
            elif path == "ccomp.subj.author":
                author = self._judged_author(frame, p, tok, sources, earlier)
                if author:
                    return author, path
            elif path == "ccomp.subj.addressee":
                addressee = self._verdict_addressee(frame, p, tok, sources)
                if addressee:
                    return addressee, path
            else:
                if addressed and path.endswith(".deep"):
                    continue
                actors, toks = self._path_actors(frame, p, tok, path, exclude=frozenset(sources) | victims)
                if actors and self._withdrawn_forces(frame, p, sources, actors):
                    continue  # (h30e) "offered to pull back its troops": the forces pulled back are no target
                if actors:
                    return actors, path
                if not path.endswith(".deep"):
                    culprits = self._culprits(frame, toks, tok, sources, earlier)
                    if culprits:
                        return culprits, f"{path}.culprit"
                if toks and path in self.mod.get("addressee_paths", ()) and p.code[:2] in self.mod.get("addressed_roots", ()) \
                        and not any(t.pos_ == "PRON" or t.ent_type_ in ("DATE", "TIME") for t in toks) \
                        and any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" for t in toks):
                    # "appealed to international partners for funding for the AU mission": the appeal is
                    # to the partners, whom no dictionary names; not to what it asks for (a phrase
                    # search); an object named after it still is ("urged both sides to[prep] de-escalate")
                    addressed = True
        return [], None

    def _withdrawn_forces(self, frame: _Frame, p: Pattern, sources: list[str], actors: list[str]) -> bool:
        """(h30e) The actors a path found for an offer to de-escalate (modality.yaml `withdrawn_forces.codes`) are all the
        sources' own forces (their country's, of `sectors`): what the offer pulls back, not whom it is made to ("Baku
        offered to pull back its troops" is no offer to Azerbaijan's army)."""
        spec = self.mod.get("withdrawn_forces") or {}
        if not p.code.startswith(tuple(spec.get("codes", ()))):
            return False
        own = {self._country(frame, s) for s in sources} - {None, ""}
        return bool(own) and all(self._country(frame, a) in own and (frame.actors[a].code or "")[3:6] in spec.get("sectors", ())
                                 for a in actors)

    def _own_country(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str]) -> list[str]:
        """(h26g) Path `own_country`: the one country of the sources, when each is a state body of modality.yaml
        context_targets.own_country `sectors` ("" a bare country), and no phrase on the verb or its object calls the
        place foreign-held (`foreign_place_modifiers`); the country's own entry in the article, else composed."""
        spec = self.mod["context_targets"].get("own_country") or {}
        codes = [(frame.actors[a].code or "") if a in frame.actors else "" for a in sources]
        if not codes or any(len(c) < 3 or c[3:6] not in spec.get("sectors", ()) for c in codes):
            return []
        countries = {c[:3] for c in codes}
        if len(countries) != 1:
            return []
        obj = self._object(tok, shares=self._shares(p.code)) if p.kind == "verb" else None
        holders = [tok] + ([obj] if obj is not None else [])
        foreign = spec.get("foreign_place_modifiers", ())
        if any(m.lower_ in foreign for h in holders for c in h.children if c.dep_ == "prep"
               for o in c.children if o.dep_ == "pobj" for m in o.subtree):
            return []
        country = next(iter(countries))
        entry = frame.country_actor(country)
        if entry is not None:
            return [entry]
        kb_entry = load_kb().country(country)
        return [frame.compose(f"country:{country}", kb_entry.name, country, "").id] if kb_entry is not None else []

    @staticmethod
    def _shared_aim(tok: Token) -> bool:
        """Whether an act is aimed at what its subjects share ("Both countries moved troops towards
        their shared border", coref.yaml `shared_modifiers`): coordinated subjects, each towards the other."""
        shared = coref_vocab()["shared_modifiers"]
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return any(o.dep_ == "pobj" and any(m.dep_ in ("amod", "compound") and m.lower_ in shared for m in o.children)
                   for h in heads for p in h.children if p.dep_ == "prep" for o in p.children)

    @staticmethod
    def _sideless(frame: _Frame, actor_id: str) -> bool:
        """(h29f) Whether an actor is people whose own words name no side: a composed actor with no capital in its
        phrase ("115 prisoners of war"), whose country the resolver only took from the sentence."""
        a = frame.actors.get(actor_id)
        return a is not None and a.kind == "composed" and not any(w[:1].isupper() for w in a.name.split())

    @staticmethod
    def _distributive(tok: Token) -> bool:
        """(h23d) Whether a verb's coordinated subjects act each on their own: "each" (coref.yaml
        `distributive_determiners`) in apposition to the subject or before the verb ("Russia and Ukraine each freed ...")."""
        dist = coref_vocab()["distributive_determiners"]
        subj = _subject_of(tok)[0]
        return any(c.lower_ in dist and c.dep_ in ("appos", "advmod", "det", "npadvmod") for t in (tok, *subj) for c in t.children)

    @staticmethod
    def _each_other(tok: Token) -> bool:
        """Whether an act is aimed at "each other" or "one another" (coref.yaml `reciprocal_pronouns`): its
        object, its preposition's object or its object's owner ("accused each other of violating the truce",
        "fired at each other", "shelled each other's positions"): coordinated subjects, each at the other."""
        vocab = coref_vocab()
        words = vocab["reciprocal_pronouns"]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        objs += [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if any(is_reciprocal_other(o, vocab) for o in objs):
            # "each accusing the other", "each side blamed the other" (coref.yaml `distributive_determiners`,
            # `reciprocal_others`)
            dist = vocab["distributive_determiners"]
            if any(t.lower_ in dist or any(d.dep_ == "det" and d.lower_ in dist for d in t.children)
                   for t in _subject_of(tok)[0]):
                return True
        objs += [g for o in objs for g in o.children if g.dep_ == "poss"]
        return any(" ".join(t.lower_ for t in sorted([o, *(d for d in o.children if d.dep_ == "det")], key=lambda t: t.i))
                   in words for o in objs)

    def _response_cause(self, frame: _Frame, tok: Token, sources: list[str]) -> list[str]:
        """(h25c) Target path `response_cause`: the actors who did the act a "response" phrase in the verb's complement
        answers (modality.yaml `response_cause`: "in response to the drills of Washington and Seoul", "in retaliation for
        Israel's strikes"; a free relative of naming stands for the noun it names, "what he called the drills"): the
        noun's owner, adjective or compound actors and its "of" / "by" phrase, the speaker's side excepted."""
        spec = self.mod.get("response_cause") or {}
        clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        clauses += [g for c in clauses for g in c.children if g.dep_ == "xcomp"]
        out: list[str] = []
        for c in clauses:
            for hold in c.children:
                if hold.dep_ != "prep" or hold.lower_ not in spec.get("holder_prepositions", ()):
                    continue
                for n in (o for o in hold.children if o.dep_ == "pobj" and o.lemma_.lower() in spec.get("nouns", ())):
                    for prep in (g for g in n.children if g.dep_ == "prep" and g.lower_ in spec.get("prepositions", ())):
                        for o in prep.children:
                            act = o
                            if o.dep_ == "pcomp" and o.lemma_.lower() in self.mod["naming_verbs"]:
                                act = next((g for g in o.children if g.dep_ in ("oprd", "attr", "dobj")
                                            and g.pos_ in ("NOUN", "PROPN")), None)
                            elif o.dep_ != "pobj":
                                continue
                            if act is None:
                                continue
                            holders = [g for g in act.children if g.dep_ in ("poss", "amod", "compound")]
                            holders += [v for b in spec.get("author_prepositions", ()) for g in _prep_objects(act, b)
                                        for v in (g, *g.conjuncts)]
                            out += [a for h in holders for a in frame.actor_at(h, places=True)
                                    if a not in sources and not self._same_party(frame, sources, a)]
        return list(dict.fromkeys(out))

    def _own_complement(self, frame: _Frame, tok: Token) -> bool:
        """(h25c) Pattern key `own_complement`: the verb's complement tells what the speaker's own side will do, an
        open complement ("vowed to retaliate") or a that-clause whose subject is a pronoun or of the speaker's country
        (`_own_clause`: "Zakharova said Moscow would retaliate"), not a forecast of another's act or of things ("warned
        that the storm would hit the coast", "said Kyiv would respond")."""
        clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        heads = coref_vocab()["story_country_heads"]

        def own_country(c: Token) -> bool:
            # a bare "the country", "the nation" in a speaker's clause is the speaker's own ("Kim warned that the country
            # would keep expanding its nuclear deterrent")
            return any(t.lemma_.lower() in heads and all(g.dep_ == "det" and g.lower_ == "the" for g in t.children)
                       for t in self._subject(c)[0])
        return any(c.dep_ == "xcomp" or self._own_clause(frame, tok, c) or own_country(c) for c in clauses)

    def _own_clause(self, frame: _Frame, tok: Token, clause: Token) -> bool:
        """Whether a clausal complement tells what the speaker's own side will do: its subject is a
        pronoun or of the speaker's country ("Katz warned that Israel would strike Beirut"), not
        someone else ("Obama wants Putin to attack Switzerland" is a wish, no threat of Obama's)."""
        subj = self._subject(clause)[0]
        if not subj or any(t.pos_ == "PRON" for t in subj):
            return True
        theirs = {self._country(frame, a) for a in self._actors(frame, subj, False)} - {None}
        ours = {self._country(frame, a) for a in self._actors(frame, self._subject(tok)[0], False)} - {None}
        return bool(theirs & ours)

    def _civil_sides(self, p: Pattern, source: str, target: str) -> bool:
        """(h27k) Whether a source and target of one country are the two sides of its civil conflict, the state and the
        opposition or an armed body, for a code that `foreign_target` lets pass so (modality.yaml
        `foreign_target_civil_sides`: "Venezuela's government said the opposition was trying to seize power")."""
        spec = self.mod.get("foreign_target_civil_sides") or {}
        if p.code not in spec.get("codes", ()):
            return False
        state, other = set(spec.get("state", ())), set(spec.get("other", ()))
        ends = (source[3:6], target[3:6])
        return ends[0] in state and ends[1] in other or ends[0] in other and ends[1] in state

    def _country(self, frame: _Frame, actor_id: str) -> str | None:
        a = frame.actors.get(actor_id)  # ("" is the missing side of a one-sided event)
        if a is None:
            return None
        return a.country or (a.code[:3] if a.code else None)

    def _sent_index(self, frame: _Frame, sent) -> int:
        n = bisect.bisect_left(frame.sent_starts, sent.start)
        return n if n < len(frame.sent_starts) and frame.sent_starts[n] == sent.start else 0

    def _threat_code(self, code: str) -> str | None:
        """The threat code for a threatened act's code (modality.yaml conditional_threats: by
        code, then by its three-digit parent — military aid cut, 1622, threatens as any aid cut, 162 → 1311; h23a —
        then by root), or None when that act is not one to threaten with."""
        table = self.mod.get("conditional_threats") or {}
        return table.get(code) or table.get(code[:3]) or table.get(code[:2])

    def _announced_plover(self, c) -> dict:
        """PLOVER fields of an act announced for later: a promise (AGREE, the act's context) or a
        threat (THREATEN, mode and context of the threat code the act maps to, modality.yaml
        `conditional_threats`); nothing when the act keeps its own type."""
        kind = announced_plover_type(c.code)
        if kind is None:
            return {}
        threat = self._threat_code(c.code) if kind == "THREATEN" else None
        base = cameo(threat) if threat else c
        return dict(plover_type=kind, plover_mode=base.plover_mode if threat else None,
                    plover_context=base.plover_context)

    def _event(self, frame: _Frame, p: Pattern, tok: Token, src: Actor | None, tgt: Actor | None, path: str) -> Event:
        """One event of pattern `p` on trigger `tok`; `src` or `tgt` is None in a one-sided event."""
        doc = frame.doc
        sent = tok.sent
        c = cameo(p.code)
        mode = self._mode(tok, p.code)
        if p.mode and mode == "happened":
            mode = p.mode
        if mode == "happened" and self._futurate(tok, frame.article.published):
            mode = "planned"  # (h23f) "is hosting European leaders on Sunday": an arrangement, not a report
        if mode == "denied" and self._prevented_by_circumstance(frame, tok):
            # "the dispute has kept the two countries from signing a peace treaty": no one denied or stopped
            # the act, it has not been done (a standing non-event, not a denial)
            mode = "hypothetical"
        future = any(ch.dep_ == "aux" and ch.lower_ in self.mod["future_auxiliaries"] for ch in tok.children)
        # a threat: a future act under "unless" (mode "threat"), or force one announces oneself
        # ("Obama and Putin said they will attack Iraq", "Iran said it would strike if attacked");
        # coded CAMEO 13x by the conditional_threats table, and the threat happened
        threat = mode == "threat" or (
            (mode == "planned" or (mode == "hypothetical" and future))
            and p.code[:2] in self.mod.get("announced_threat_roots", ()) and src is not None
            and self._self_announced(frame, tok, src))
        rule = p.id
        if p.code == "190" and self._aerial(tok):
            c, rule = cameo("195"), f"{p.id}+aerial"
        if threat:
            c, mode, rule = cameo(self._threat_code(p.code)), "happened", f"{p.id}+threat"
        if c.code.startswith("13") and mode == "planned":
            # a threat told in the future is made in the telling ("will take countermeasures if Japan ...")
            mode = "happened"
        if mode == "planned" and future and c.code.startswith(tuple(self.mod.get("announced_rejection_roots", ()))) \
                and src is not None and self._self_announced(frame, tok, src):
            # (h30e) so is a rejection its author announces ("Kobakhidze announced that Georgia would turn down budget
            # grants from the bloc", "said it would reject the proposal"): the announcement is the rejection
            mode = "happened"
        if mode == "denied" and p.negated and self._negated(tok.children):
            # the negation is the act: "we do not accept these remarks" is a rejection that happened
            mode = "happened"
        if mode == "denied" and self._refusal(tok):
            # "would not provide aid", "refused to meet": the refusal happened; CAMEO codes it
            # as a rejection (12x, cameo.yaml `refusals`), not as denied cooperation
            refused = refusal_code(p.code)
            if refused is not None:
                c, mode, rule = cameo(refused), "happened", f"{p.id}+refusal"
        named = [a for a in (src, tgt) if a is not None]  # the actors as named in the sentence (the event's span)
        if src is not None and (gov := self._speaking_government(frame, tok, src, c.code, mode)) is not None:
            # (h32b) "Wang Yi said China supported Myanmar's efforts": the country its own government speaks for
            src, rule = gov, f"{rule}+speaking_government"
        conf = p.confidence
        if src is None or tgt is None:
            conf -= float(self.mod["one_sided_penalty"])
        actors = [a for a in (src, tgt) if a is not None]
        in_sent = frame.mentions_in(sent)
        for a in actors:
            m = next((m for m in in_sent if m.actor_id == a.id), None)
            if m is not None and m.resolution in ("pronoun", "description"):
                conf -= 0.05
        if path.endswith((".deep", ".culprit", "conflict_sides")):
            conf -= 0.05  # (a phrase search; a party the sentence does not name, found in the story)
        pos = [tok.idx, tok.idx + len(tok)]
        for a in named:
            pos += [x for m in in_sent if m.actor_id == a.id for x in (m.start, m.end)]
        span = Span(min(pos), max(pos))
        fields = _cameo_fields(c)
        if mode == "planned":
            fields.update(self._announced_plover(c))
        return Event(
            source_actor=src.name if src else "", source_code=src.code if src else None,
            target_actor=tgt.name if tgt else "", target_code=tgt.code if tgt else None,
            **fields, mode=mode, event_date=None, date_precision="unknown", sentence=sent.text.strip(),
            sentence_index=self._sent_index(frame, sent), span=span, trigger=tok.text,
            confidence=round(max(0.05, min(conf, 1.0)), 3), rule=rule, source_id=src.id if src else "",
            target_id=tgt.id if tgt else "",
            versions=dict(self.versions))

    def _speaking_government(self, frame: _Frame, tok: Token, src: Actor, code: str, mode: str) -> Actor | None:
        """(h32b) modality.yaml `own_government_clause`: a bare country that is the subject of a clause reported by a
        verb of speech whose subject is that country's government (a minister, a spokesman, the head of government:
        code XXXGOV) is that government, in an act done in words (`roots`) or one announced, denied or supposed
        (`modes`): "Chinese Foreign Minister Wang Yi said China supported Myanmar's efforts" → CHNGOV, "Kobakhidze
        announced that Georgia would not put the talks on the agenda" → GEOGOV. Not a speaker of another country or
        of another sector ("the army said Sudan ..."), nor an act of force done ("Zelenskiy said Ukraine struck ...")."""
        spec = self.mod.get("own_government_clause") or {}
        if not spec or src.kind != "country" or not src.code or len(src.code) != 3:
            return None
        if not (code.startswith(tuple(spec.get("roots", ()))) or mode in spec.get("modes", ())):
            return None
        verbs, sector = set(spec.get("speech_verbs", ())), spec.get("sector", "GOV")
        for t in tok.sent:
            m = frame.by_token.get(t.i)
            if m is None or m.actor_id != src.id or t.dep_ not in ("nsubj", "nsubjpass") \
                    or any(c.dep_ == "conj" for c in t.children):
                continue  # (a collective subject, "Armenia and Azerbaijan", is the countries it names)
            clause = t.head
            if tok not in clause.subtree:
                continue
            while clause.dep_ == "conj" and clause.head is not clause:
                clause = clause.head
            if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in verbs:
                continue
            speakers = self._actors(frame, self._subject(clause.head)[0], False)
            if any((frame.actors[a].code or "") == f"{src.code}{sector}" for a in speakers if a in frame.actors):
                entry = load_kb().country(src.code)
                return frame.compose(f"authority:{src.code}{sector}", f"{entry.name if entry else src.name} government",
                                     src.code, sector)
        return None

    def _aerial(self, tok: Token) -> bool:
        """Whether force at `tok` comes from the air (modality.yaml `aerial_nouns`, `aerial_modifiers`):
        named in its subject phrase, its object or a "with"/"by"/"in" phrase, or the trigger itself."""
        nouns, mods = self.mod["aerial_nouns"], self.mod["aerial_modifiers"]
        heads = [tok] if tok.pos_ == "NOUN" else []
        heads += self._subject(tok)[0] if tok.pos_ in ("VERB", "AUX") else []
        if tok.lemma_.lower() in self.mod["aerial_weapon_verbs"]:
            heads += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        # (the small parser often hangs the phrase on the object: "killed dozens of militants in[→ militants]
        # air strikes")
        objs = [o for c in tok.children if c.dep_ == "dobj" for o in (c, self._content(c)) if o is not None]
        heads += [g for v in (tok, *objs) for c in v.children if c.dep_ in ("prep", "agent")
                  and c.lower_ in self.mod["aerial_prepositions"] for g in c.children if g.dep_ == "pobj"]

        def aerial(n: Token) -> bool:
            # (a plural the tagger read as a name is unlemmatised: "Drones[NNPS] launched by the RSF")
            return n.lemma_.lower() in nouns or n.lower_ in nouns or n.lower_.removesuffix("s") in nouns or any(
                m.dep_ in ("compound", "amod") and m.lower_ in mods for m in n.children)
        return any(aerial(v) for h in heads for v in (h, *_coordinated(h), self._content(h)) if v is not None)


@contextlib.contextmanager
def _complement_focus(first: Token, second: Token, verb: Token):
    """The parse with a verb's second open complement as its only one, while the verb is coded with it: the
    first no complement ("agreed to extend[xcomp → dep] X and pull[conj → xcomp of agreed] Y"); restored after."""
    dep = first.dep_
    try:
        first.dep_ = "dep"
        second.head, second.dep_ = verb, "xcomp"
        yield
    finally:
        second.head, second.dep_ = first, "conj"
        first.dep_ = dep


def _own_words(tok: Token) -> bool:
    """(h25c) Whether a clause is told in its speaker's own words: a main clause (or one joined to it), or a direct
    quotation ("'China will resolutely counter,' the spokesperson said"); not a reported "said Moscow would retaliate",
    which the reporting verb's own readings code."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ROOT":
        return True
    if t.dep_ not in ("ccomp", "parataxis"):
        return False
    left = t.left_edge
    return any(x.is_quote for x in t.doc[max(left.i - 1, t.sent.start):left.i + 1])


def _complement_in(c: Token, words: frozenset[str]) -> bool:
    """Whether a complement verb is one of `words`; an entry "lemma:X" also needs a dependent X
    (a label, "return:dobj" returns something) or a preposition X ("return:to" returns to talks),
    and "lemma>Y" an object of lemma Y (or with a modifier Y), its own or its preposition's ("respect>ceasefire",
    "return>table": to the negotiating table, not to the barracks); (h34e) "lemma>Y P Z" an object Y with its own
    preposition P whose object is Z ("pay>price for fire": "would pay a heavy price[dobj] for[on price] the missile
    fire"); "lemma>>V" a verb V as its own complement
    ("stop>>attack"); "lemma<Y" a subject of lemma Y ("follow<sanction"); "*" stands for any lemma."""
    lemma = c.lemma_.lower()
    if lemma in words:
        return True
    # "lemma>>V": its own complement is verb V ("stop>>attack": "to stop attacking", not "to stop looking")
    # (h26e) ... or a bare infinitive the small parser reads as a clausal complement ("make Hezbollah pay[ccomp]": "make>>pay")
    if any(f"{lemma}>>{g.lemma_.lower()}" in words for g in c.children if g.dep_ in ("xcomp", "dobj", "ccomp") and g.pos_ == "VERB"):
        return True
    # (a predicate counts as an object: "to be held accountable[oprd]", "hold>accountable")
    # (a passive complement's subject is its object: "promised that elections would be held[→ hold>election]")
    # (and so does a predicate adjective: "would be void[acomp]", "be>void")
    # (h25c) ... and an adjective the small parser hangs on a preposition ("treat Beirut as[prep] responsible[amod]")
    objects = [g for g in c.children if g.dep_ in ("dobj", "oprd", "nsubjpass", "acomp")] + \
        [o for g in c.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"
         or o.dep_ in ("amod", "acomp") and not any(x.dep_ == "pobj" for x in g.children)]
    # (h20i) ... and what an existential names ("said there was no justification[attr] for the strikes": "be>no
    # justification")
    if any(g.dep_ == "expl" for g in c.children):
        objects += [g for g in c.children if g.dep_ == "attr"]
    if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
        objects.append(c)  # (p23) a predicate noun is its own object: "called the visit an important[→ *>important] moment"

    # ... or a modifier that names its kind ("strengthen>military": "to strengthen military cooperation")
    objects += [m for o in objects for m in o.children if m.dep_ in ("amod", "compound")]
    # "*:X" / "*>Y": any complement with that dependent or object ("called President Trump[oprd] a gangster[dobj]")
    # (h20f) "lemma>no Y": an object Y under a negating determiner ("said it had no involvement": "have>no involvement")
    negating = modality_vocab()["negating_determiners"]
    # (h20j) "lemma<Y": a subject of lemma Y ("warned that sanctions[nsubj] could follow": "follow<sanction")
    if any(f"{lemma}<{g.lemma_.lower()}" in words for g in c.children if g.dep_ in ("nsubj", "nsubjpass")):
        return True
    # (a preposition, particle or adverb by its word: "return:to", "hit:back", h25c)
    return any(f"{w}:{g.dep_}" in words or g.dep_ in ("prep", "prt", "advmod") and f"{w}:{g.lower_}" in words
               for g in c.children for w in (lemma, "*")) \
        or any(f"{w}>{o.lemma_.lower()}" in words for o in objects for w in (lemma, "*")) \
        or any(f"{w}>{d.lower_} {o.lemma_.lower()}" in words for o in objects for d in o.children
               if d.dep_ == "det" and d.lower_ in negating for w in (lemma, "*")) \
        or any(f"{w}>{o.lemma_.lower()} {g.lower_} {x.lemma_.lower()}" in words for o in objects for g in o.children
               if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj" for w in (lemma, "*"))


def _sectors(code: str) -> set[str]:
    """The 3-letter parts after the first ("USAGOVJUD" → {GOV, JUD}), and a non-governmental body's own
    prefix ("NGOMSF" → {NGO, MSF})."""
    return {code[i:i + 3] for i in range(3, len(code) - 2, 3)} | ({"NGO"} if code[:3] == "NGO" else set())


def _sectors_ok(code: str, p: Pattern) -> bool:
    sec = _sectors(code)
    if p.source_sectors and not sec & p.source_sectors:
        return False
    return not sec & p.source_sectors_not


@functools.lru_cache(maxsize=None)
def _sector_phrases(sector: str) -> tuple[str, ...]:
    """The words of a sector in sectors.yaml (DIP: "ambassador", "deputy chief of mission"), lowercased."""
    spec = (read_yaml("sectors.yaml").get("sectors") or {}).get(sector) or {}
    return tuple(_spaced(str(w)) for w in spec.get("words", []))


def _spaced(text: str) -> str:
    """Lowercased words between spaces, an apostrophe kept to its word ("chargé d' affaires" → "chargé d'affaires")."""
    return " " + " ".join(text.lower().replace(" '", "'").replace("' ", "'").split()) + " "


def _names_sector(tok: Token | None, sectors: frozenset[str]) -> bool:
    """Whether a noun's phrase names a word of one of `sectors` (sectors.yaml): its modifiers and compounds up to
    the noun and its own "of" phrase ("China's deputy chief of mission", "Ambassador Wu Jianghao", "the Israeli
    chargé d'affaires"); "the army chief" names no diplomat."""
    if tok is None or not sectors:
        return False
    start = min([tok.i, *(c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ not in ("poss", "det"))])
    end = max([tok.i, *(o.i for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1
                        for o in prep.children if o.dep_ == "pobj")])
    words = tok.doc[start:end + 1]
    # the phrase as written and with its noun in the singular ("federal judges" names a judge)
    texts = {_spaced(" ".join(t.text for t in words)), _spaced(" ".join(t.lemma_ if t.i == tok.i else t.text for t in words))}
    return any(phrase in text for text in texts for sector in sectors for phrase in _sector_phrases(sector))


@functools.lru_cache(maxsize=1)
def _allegation_nouns() -> frozenset[str]:
    return frozenset(read_yaml("modality.yaml").get("allegation_nouns") or ())


PLACE_ENTS = ("GPE", "LOC", "FAC")


def _bfs(start: Token, hit, max_depth: int = 6, victims: Collection[str] = frozenset(),
         victim_preps: Collection[str] = frozenset(), skip: Collection[int] = frozenset()) -> list[str]:
    queue = deque([(start, 0)])
    while queue:
        t, d = queue.popleft()
        found = hit(t)
        if found:
            return found
        if d < max_depth:
            for c in t.children:
                if c.i in skip:
                    continue  # (what the object is called: `_path_actors`)
                if victims and c.dep_ == "prep" and c.lower_ in victim_preps and t.lemma_.lower() in victims \
                        and not (c.lower_ == "of" and t.lemma_.lower() in coref_vocab()["agentive_of_nouns"]):
                    continue  # "the attack [on peacekeepers]": the attacked, when the attacker is sought
                    # (but "the actions [of the coast guard]" name who acts)
                # nor into a participle clause on a noun ("a man convicted of spying for Israel"
                # describes the man, it does not name the target), unless it names an owner
                # ("a ship belonging to Israel") or an author
                if c.dep_ == "appos" and t.ent_type_ in PLACE_ENTS:
                    continue  # nor into what a place is ("in Catatumbo, a region on the Venezuelan border")
                if c.dep_ == "acl" and t.lemma_.lower() in _allegation_nouns() and any(g.dep_ == "mark" for g in c.children):
                    continue  # nor into what an allegation says ("claims that it sent weapons to the Houthis")
                if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.lemma_.lower() not in owner_participles():
                    if not victims and t.lemma_.lower() in coref_vocab()["attack_nouns"] \
                            and participle_in(c, coref_vocab().get("attack_target_participles", ())):
                        # (h27b) ... but a participle of aiming on an attack noun names what it struck, its target
                        # ("claimed responsibility for an attack targeting shoppers in Nairobi"; coref.yaml
                        # `attack_target_participles`), never searched when the attacker is sought
                        queue.append((c, d + 1))
                        continue
                    # ... but its by-agent is the noun's author ("the gift of elephants sent by Myanmar")
                    queue.extend((g, d + 2) for g in c.children if g.dep_ == "agent")
                elif c.dep_ not in CLAUSE_DEPS:
                    queue.append((c, d + 1))
    return []


def _exemplars(noun: Token) -> list[Token]:
    """The members a class noun names by example: the objects of its "including" or "such as" phrase
    ("countries, including Argentina and Peru", "states such as Poland"; coref.yaml `exemplar_prepositions`,
    a two-word entry the preposition and a word on it)."""
    found = []
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        for entry in coref_vocab().get("exemplar_prepositions", ()):
            words = entry.split()
            if c.lower_ == words[-1] and all(any(g.lower_ == w for g in c.children) for w in words[:-1]):
                found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _is_name(tok: Token) -> bool:
    """Whether a noun is a name: a proper noun, or a noun its proper-noun compounds make one ("the
    Shinsei Maru No.[NOUN] 8")."""
    return tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
