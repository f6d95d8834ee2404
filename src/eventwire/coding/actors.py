"""Actor resolution on the parse: dictionary names, composed noun phrases, appositions and
in-article coreference (surnames, titles, pronouns, "the two countries").

Dictionary names are found with spaCy's PhraseMatcher over every surface form of the knowledge
base. What PhraseMatcher cannot do — compose "Myanmar's military leader" into MMRMIL from its
possessor and modifiers, link an apposition to its name, carry a surname through the article —
is done here on the dependency tree, with every word list read from the data files.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..cache import cached
from ..model import Actor, Article, Mention
from .geo import dateline_end, find_dateline, geocode, is_region, name_start, preferred_countries
from .kb import Entry, KnowledgeBase, load_kb, read_yaml, strip_the, underscore_spaced
from .sides import party_side, same_side, side_key
from .syntax import conjuncts, first_conjunct, governing_verb, is_infinitive, is_maker_participle, is_owner_participle, \
    object_control_verbs, participle_in, prep_objects, relative_antecedent, reporting_verb
from .syntax import antecedent, coordinated, repeated_verb
from .syntax import subject as syntax_subject

NOUNS = {"NOUN", "PROPN"}
THING_KINDS = ("organisation", "group", "country", "composed")  # what "it" and "its" can stand for
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "nummod"}
NULL_ACTOR = "---"  # PETRARCH's code for no actor, before an agent's code ("---GOV")


@functools.lru_cache(maxsize=1)
def coref_vocab() -> dict:
    """coref.yaml with its lists as sets (read once: the coders look words up in it per token)."""
    data = read_yaml("coref.yaml")
    return {k: (set(v) if isinstance(v, list) else v) for k, v in data.items()}


@functools.lru_cache(maxsize=1)
def given_name_sexes() -> dict[str, str]:
    """given_names.yaml: first name → "female"/"male" (a name in both lists says nothing)."""
    data = read_yaml("given_names.yaml")
    out: dict[str, str] = {}
    for sex in ("female", "male"):
        for name in data.get(sex) or ():
            out[str(name)] = sex if out.get(str(name), sex) == sex else ""
    return {k: v for k, v in out.items() if v}


@functools.lru_cache(maxsize=1)
def aircraft_vocab() -> dict:
    """sectors.yaml `aircraft`: heads that name aircraft after a model or an aircraft word."""
    data = read_yaml("sectors.yaml").get("aircraft") or {}
    return {"sector": data.get("sector"), "heads": frozenset(data.get("heads") or ()),
            "words": frozenset(data.get("words") or ()), "models": frozenset(data.get("models") or ()),
            "designation": re.compile(data["designation"]) if data.get("designation") else None}


@functools.lru_cache(maxsize=1)
def weapon_vocab() -> dict:
    """sectors.yaml `weapons`: heads of weapons and armed vehicles that, acting, stand for the force operating them."""
    data = read_yaml("sectors.yaml").get("weapons") or {}
    return {"sector": data.get("sector"), "heads": frozenset(str(h).lower() for h in data.get("heads") or ()),
            "countered_verbs": frozenset(data.get("countered_verbs") or ()),
            "countered_prepositions": frozenset(data.get("countered_prepositions") or ()),
            "aimed_verbs": frozenset(data.get("aimed_verbs") or ())}


@functools.lru_cache(maxsize=1)
def vessel_vocab() -> dict:
    """sectors.yaml `vessels`: vessel nouns and ship prefixes with their sector, crew words."""
    data = read_yaml("sectors.yaml").get("vessels") or {}
    return {"heads": {str(k).lower(): v or "" for k, v in (data.get("heads") or {}).items()},
            "prefixes": {str(k): v or "" for k, v in (data.get("prefixes") or {}).items()},
            "state_prefixes": {str(k): (v[0], v[1] or "") for k, v in (data.get("state_prefixes") or {}).items()},
            "crew_heads": frozenset(data.get("crew_heads") or ()), "crew_sector": data.get("crew_sector") or "",
            "crew_sector_of": frozenset(data.get("crew_sector_of") or ()),
            "lookback": int(data.get("lookback_sentences") or 0), "contraband": data.get("contraband") or {}}


def _longest(spans: list[Span]) -> list[Span]:
    """spaCy's `filter_spans` (the longest of overlapping spans wins, the first of equals), with a
    leading article not counted: "The West African bloc" is "West African" (West Africa), not "The
    West" (the West)."""
    def words(span: Span) -> int:
        return len(span) - (span[0].pos_ == "DET")

    out: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda sp: (words(sp), len(sp), -sp.start), reverse=True):
        if not any(i in taken for i in range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


@functools.lru_cache(maxsize=4)
def _matcher(vocab_id: int, kb_id: int, nlp: Language, kb: KnowledgeBase) -> PhraseMatcher:
    """One PhraseMatcher key over every surface form (the resolver looks the matched text up in
    the KB, so per-surface keys would only cost start-up time). Tokenizing the ~12,000 surfaces
    is the slow part of building it, so their token texts are cached per dictionary and tokenizer
    (eventwire.cache); the Docs are then made from the words."""
    texts = []
    for surface in kb.surfaces:
        texts.append(surface)
        if surface[:1].islower():
            texts.append(surface[:1].upper() + surface[1:])
        if "’" not in surface and "'" in surface:
            texts.append(surface.replace("'", "’"))
        if (m := _ACRONYM_LEAD.match(surface)) is not None:
            # (h19f) a name led by an acronym is also written with the acronym's possessive, which the
            # dictionary does not list ("UN top court" → "the U.N.'s top court", "EU top court" → "the EU's")
            texts.extend(m.group(1) + mark + surface[m.end(1):] for mark in ("'s", "’s"))
    meta = nlp.meta or {}
    infixes = getattr(getattr(nlp.tokenizer, "infix_finditer", None), "__self__", None)
    key = ("surface-tokens", spacy.__version__, f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
           getattr(infixes, "pattern", ""), "\n".join(texts))
    words = cached("surface-tokens", key, lambda: [[t.text for t in d] for d in nlp.tokenizer.pipe(texts)])
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("ACTOR", [Doc(nlp.vocab, words=w) for w in words if w])
    return matcher


def phrase_matcher(nlp: Language, kb: KnowledgeBase | None = None) -> PhraseMatcher:
    """PhraseMatcher over every surface form of `kb` (built once per vocab and knowledge base)."""
    kb = kb or load_kb()
    return _matcher(id(nlp.vocab), id(kb), nlp, kb)


_ACRONYM_LEAD = re.compile(r"^([A-Z](?:[A-Z]|\.[A-Z])+\.?) (?=\S)")
_ACRONYM_POSSESSIVE = re.compile(r"^([A-Z](?:[A-Z]|\.[A-Z])+\.?)['’]s (?=\S)")


def _lookup_surface(kb: KnowledgeBase, text: str):
    hit = kb.best(text)
    if hit is None and (m := _ACRONYM_POSSESSIVE.match(text)) is not None:
        hit = kb.best(m.group(1) + text[m.end(1) + 2:])  # "U.N.'s top court" is the alias "U.N. top court"
    if hit is None and text[:1].isupper():
        hit = kb.best(text[:1].lower() + text[1:])
    if hit is None:
        hit = kb.best(text.replace("’", "'"))
    if hit is None:
        original = _long_names(kb).get(text.lower())
        hit = kb.best(original) if original else None
    if hit is None and "_" in text and (spaced := underscore_spaced(text)) in kb.user_actor_names:
        hit = kb.best(spaced)  # (h33i) a user's name written as PETRARCH reads it, words joined by "_" ("Dol_Amroth")
    return hit


_UNDERSCORE_WORD = re.compile(r"[^\W_]_+[^\W_]")


def _underscore_names(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """(h33i) A user's PETRARCH name written in the text with its words joined by "_" ("warned of the Prince of
    Dol_Amroth", "MINAS_TIRITH"): PETRARCH reads the upper-cased text as tokens, so DOL_AMROTH is the dictionary's
    DOL AMROTH. spaCy keeps "Dol_Amroth" one token, which the phrase matcher over the names as written cannot
    find: around each such token, the longest run of tokens that reads, with its underscores as blanks, as a name
    the user's actor dictionaries give. Our own names are never read so (only `kb.user_actor_names`)."""
    most = kb.user_name_words
    if not most or "_" not in doc.text:
        return []
    out: list[Span] = []
    seen: set[int] = set()
    for m in _UNDERSCORE_WORD.finditer(doc.text):
        tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None or len(tok) != 1 or tok.start in seen:
            continue
        i = tok.start
        seen.add(i)
        best = None
        for s in range(max(0, i - most + 1), i + 1):
            for e in range(min(len(doc), s + most), i, -1):
                text = doc[s:e].text
                if len(text.split()) <= most and underscore_spaced(text) in kb.user_actor_names \
                        and (best is None or e - s > best.end - best.start):
                    best = Span(doc, s, e, label="ACTOR")
        if best is not None:
            out.append(best)
    return out


@functools.lru_cache(maxsize=4)
def _long_names(kb: KnowledgeBase) -> dict[str, str]:
    """Names of organisations and groups of three words or more, lowercased → as written: news
    writes their descriptive words in lower case ("the United Nations human rights office")."""
    out: dict[str, str] = {}
    for text, surfaces in kb.surfaces.items():
        if len(text.split()) >= 3 and any(kb.entries[x.entry_id].kind in ("organisation", "group")
                                          for x in surfaces if x.entry_id in kb.entries):
            out.setdefault(text.lower(), text)
    return out


@functools.lru_cache(maxsize=4)
def _long_name_matcher(vocab_id: int, kb_id: int, nlp: Language, kb: KnowledgeBase) -> PhraseMatcher:
    """A case-blind PhraseMatcher over `_long_names` (the main matcher reads the text as written)."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("LONG", list(nlp.tokenizer.pipe(sorted(_long_names(kb)))))
    return matcher


@functools.lru_cache(maxsize=4)
def _family_names(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Every person's family name (the last word of their name and aliases; "Assad" of
    "al-Assad" too) → their entry ids, stopwords included: a title before it ("President Bush")
    settles what the bare word could not."""
    names: dict[str, set[str]] = {}
    for eid, texts in kb.person_names.items():
        for text in texts:
            words = text.split()
            if len(words) < 2:
                continue
            last = words[-1]
            names.setdefault(last, set()).add(eid)
            prefix, _, rest = last.partition("-")
            if rest and prefix.islower() and len(prefix) <= 3:
                names.setdefault(rest[:1].upper() + rest[1:], set()).add(eid)
    return {k: tuple(sorted(v)) for k, v in names.items()}


def _phrase_top(tok: Token, deps: tuple[str, ...]) -> Token:
    """The head of the noun phrase a modifier stands in, climbing these labels ("the M23[compound] rebel
    group" → group)."""
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _phrase_core(tok: Token) -> list[Token]:
    """A noun phrase without its relative, participle and appositive clauses ("Egypt and Qatar,
    which have mediated between Israel and Hamas": Egypt and Qatar, not Israel and Hamas)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "appos", "punct"):
            out += _phrase_core(c)
    return out


def _is_thing(ctx: "ActorContext", cand: "_Cand") -> bool:
    """A mention "it" or "its" can stand for: an organisation, group, country or composed actor
    named as a party, not as a place."""
    return cand.resolution != "place" and ctx.actors[cand.key].kind in THING_KINDS


@dataclass
class _Cand:
    """A mention being built: token range, head, and the actor it points to (by key)."""

    start: int
    end: int  # token end (exclusive)
    head: int
    key: str
    resolution: str
    ner: str | None = None


@dataclass
class _ActorSpec:
    key: str
    name: str
    code: str | None
    kind: str
    country: str | None = None
    sector: str | None = None
    entry: str | None = None
    title: str | None = None
    members: tuple[str, ...] = ()
    first: int = 0
    head: str | None = None  # head noun lemma of a composed actor ("mayor", "government")


@dataclass
class ActorContext:
    """Per-article working state of the resolver."""

    doc: Doc
    day: dt.date | None
    kb: KnowledgeBase
    actors: dict[str, _ActorSpec] = field(default_factory=dict)
    cands: list[_Cand] = field(default_factory=list)
    covered: dict[int, _Cand] = field(default_factory=dict)  # token index → mention
    places: list[tuple[int, int, str]] = field(default_factory=list)  # token span, entry id
    modifiers: dict[int, Entry] = field(default_factory=dict)  # token index → entry of a modifier ("South African")
    non_agent: set[int] = field(default_factory=set)  # tokens of sectors.yaml `non_agents` phrases ("use of force")
    dateline: int = 0  # first token after a wire dateline ("KYIV (Reuters) —")
    dateline_country: str | None = None  # the dateline place's country ("" when none), found when first needed
    genders: dict[str, str] = field(default_factory=dict)  # actor key → "female"/"male", where a kin noun says it
    envoy_of: dict[str, str] = field(default_factory=dict)  # person key → key of the envoy noun its title named (h21a)
    place_conjuncts: dict[int, list[str]] = field(default_factory=dict)  # agent's first conjunct → countries (h30i)

    @functools.cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """The character spans of the quotations in the text."""
        from .quotes import find_quote_spans
        return list(find_quote_spans(self.doc.text))

    def quotation_of(self, i: int) -> tuple[int, int] | None:
        """The quotation token `i` is in, if any."""
        idx = self.doc[i].idx
        return next(((s, e) for s, e in self.quoted if s <= idx < e), None)

    @functools.cached_property
    def sent_starts(self) -> list[int]:
        """The first token of each sentence (Doc.sents walks the doc each time)."""
        return [s.start for s in self.doc.sents]

    def sentence_of(self, i: int) -> int:
        """The number of the sentence token `i` is in."""
        return bisect.bisect_right(self.sent_starts, i) - 1

    def window_start(self, i: int, back: int) -> int:
        """The first token of the sentence `back` sentences before the one token `i` is in."""
        return self.sent_starts[max(0, self.sentence_of(i) - back)]

    def compound_of(self, members: list[str], first: int) -> str:
        """The compound actor of these actors together ("both sides", "Russia and China said they"),
        one per set of members."""
        key = "compound:" + "+".join(sorted(members))
        if key not in self.actors:
            names = " and ".join(self.actors[m].name for m in members)
            self.actors[key] = _ActorSpec(key, names, None, "compound", members=tuple(members), first=first)
        return key

    def actor_for_entry(self, entry: Entry, first: int, *, sector: str | None = None) -> str:
        code = entry.code_on(self.day)
        kind = entry.kind
        title = None
        if entry.kind == "person":
            role = entry.role_on(self.day)
            title = role.title if role else None
        if sector and entry.kind == "country":
            code = (entry.code or "") + sector
            kind = "composed"
        key = f"{entry.id}|{sector or ''}"
        if key not in self.actors:
            name = entry.name if not (sector and entry.kind == "country") else f"{entry.name} ({sector})"
            self.actors[key] = _ActorSpec(key, name, code, kind, country=entry.country or (code[:3] if code else None),
                                          sector=sector or (code[3:6] if code and len(code) >= 6 and entry.kind != "organisation" else entry.sector),
                                          entry=entry.id, title=title, first=first)
        return key

    def add(self, cand: _Cand, *, override: bool = False) -> None:
        if cand.start < self.dateline:
            return  # "PORT-AU-PRINCE, March 3 (AP) -": the dateline names where the story was filed, no actor
        for i in range(cand.start, cand.end):
            if i in self.covered and not override:
                return
        self.cands.append(cand)
        for i in range(cand.start, cand.end):
            self.covered[i] = cand

    def remove(self, cand: _Cand) -> None:
        """Drop a mention and uncover its tokens (a phrase folded into a larger one)."""
        self.cands.remove(cand)
        for i in range(cand.start, cand.end):
            self.covered.pop(i, None)

    def country_at(self, i: int) -> str | None:
        """The code of the dictionary country the mention covering token `i` names, else None."""
        cand = self.covered.get(i)
        entry = (self.actors[cand.key].entry or "") if cand is not None else ""
        return entry.split(":")[1] if entry.startswith("country:") else None


def _bracketed_short_form(doc: Doc, end: int) -> str | None:
    """The short form a story gives in brackets right after a name ending at `end` ("Pakistan Tehreek-e-Insaf (PTI)",
    "Joint Chiefs of Staff (JCS)"): one token of two characters or more, two of them capitals; else None."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    abbr = doc[end + 1].text
    return abbr if len(abbr) >= 2 and sum(ch.isupper() for ch in abbr) >= 2 else None


def _adjacent_phrases(head: Token) -> set[str]:
    """A noun's lemma with the adjective or compound written right before it, lowercased ("permanent representative",
    "defence lawyer"): the two-word phrases the vocabulary lists for a head."""
    lemma = head.lemma_.lower()
    return {f"{c.lower_} {lemma}" for c in head.children if c.dep_ in ("amod", "compound") and c.i == head.i - 1}


class ActorResolver:
    """Assigns `Article.actors` and `Article.mentions`; requires a parsed `Doc`."""

    name = "actors"
    requires = ("doc",)
    assigns = ("actors", "mentions")

    def __init__(self, nlp: Language, kb: KnowledgeBase | None = None) -> None:
        self.nlp = nlp
        self.kb = kb or load_kb()
        self.matcher = phrase_matcher(nlp, self.kb)
        self.long_names = _long_name_matcher(id(nlp.vocab), id(self.kb), nlp, self.kb)
        # phrases that hold a sector word but name no actor ("the use of force", "West Bank")
        self.non_agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.non_agents.add("NON_AGENT", list(nlp.tokenizer.pipe(sorted(self.kb.non_agents))))
        self.vocab = coref_vocab()
        modality = read_yaml("modality.yaml")
        self.elaborating = frozenset(modality.get("elaborating_verbs", ()))
        self.family_names = _family_names(self.kb)
        # the last word of an unknown organisation's name → the sector it gives (coref.yaml `org_name_heads`)
        self.org_name_heads = {str(w): sector for sector, words in self.vocab["org_name_heads"].items() for w in words}
        self.indefinite = frozenset(modality.get("indefinite_determiners", ()))
        self.speech_verbs = frozenset(read_yaml("quotes.yaml").get("speech_verbs", ()))
        # the charge of a verb of punishment or accusation ("accused X of financing gangs": modality.yaml)
        self.charge_verbs = frozenset(modality.get("charge_verbs", ()))
        self.charge_prepositions = frozenset(modality.get("charge_prepositions", ()))
        # a backer named before a participle ("the Iran-backed group") is not the noun's country (modality.yaml)
        self.backer_participles = frozenset(modality.get("backer_participles", ()))
        # (h21i) a nationality hyphenated to a participle of a third party's good offices is its doer ("a Turkish-brokered
        # deal", "Qatari-mediated talks": modality.yaml `agent_hyphen_participles`)
        self.agent_hyphen_participles = frozenset(modality.get("agent_hyphen_participles", ()))
        # what an allegation says ("reports that ...": modality.yaml `allegation_nouns`)
        self.allegation_nouns = frozenset(modality.get("allegation_nouns", ()))

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc, article: Article) -> Article:
        ctx = ActorContext(doc, article.published, self.kb)
        ctx.non_agent = {i for _m, s, e in self.non_agents(doc) for i in range(s, e)}
        # a singular sector word with no determiner, possessor or name before it is a mass noun: "used
        # minimum force", "refrain from unnecessary or disproportionate force" (sectors.yaml `mass_senses`)
        ctx.non_agent |= {t.i for t in doc if t.lower_ in self.kb.mass_senses and t.tag_ == "NN" and not t.ent_type_
                          and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in t.children)}
        # (h20g, h20i) what an actor is likened to is no actor ("likened the Chinese personnel to pirates"; coref.yaml
        # `likening_verbs`: the common-noun object of their `likening_prepositions`)
        ctx.non_agent |= {g.i for t in doc if t.lemma_.lower() in self.vocab["likening_verbs"] and t.pos_ == "VERB"
                          for p in t.children if p.dep_ == "prep" and p.lower_ in self.vocab["likening_prepositions"]
                          for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
        end = dateline_end(doc.text)
        ctx.dateline = next((t.i for t in doc if t.idx >= end), len(doc)) if end else 0
        self._dictionary(ctx)
        self._coordinated_seats(ctx)
        self._abbreviations(ctx)
        self._namesakes(ctx)
        self._elliptical_countries(ctx)
        self._unknown_places(ctx)
        self._place_epithets(ctx)
        self._unknown_bodies(ctx)
        self._unknown_people(ctx)
        self._surnames(ctx)
        self._person_parties(ctx)
        self._affairs_bodies(ctx)
        self._compose(ctx)
        self._composed_initialisms(ctx)
        self._members_in_bodies(ctx)
        self._vessels(ctx)
        self._named_body_forms(ctx)
        self._descriptions(ctx)
        self._bare_country_mentions(ctx)
        self._unknown_body_codes(ctx)
        self._appositions(ctx)
        self._served_under(ctx)
        self._body_heads(ctx)
        self._described_people(ctx)
        self._introduced_people(ctx)
        self._counted_others(ctx)
        self._kin_appositions(ctx)
        self._shared_titles(ctx)
        self._self_described(ctx)
        self._captives(ctx)
        self._self_names(ctx)
        self._pairs(ctx)
        self._counted_groups(ctx)
        self._pronouns(ctx)
        self._relative_possessives(ctx)
        self._kin_countries(ctx)
        self._first_person(ctx)
        self._possessed(ctx)
        self._ruler_rivals(ctx)
        self._neighbours(ctx)
        self._counsel(ctx)
        self._protest_leaders(ctx)
        self._followers(ctx)
        self._crowd_referents(ctx)
        self._owned_titles(ctx)
        self._coordinated_nationalities(ctx)
        self._nationality_heads(ctx)
        self._struck_dwellings(ctx)
        return self._finish(ctx, article)

    def _members_in_bodies(self, ctx: ActorContext) -> None:
        """(h21l) Party members named by their party's plural and the body they sit in ("Republicans in Congress",
        "Democrats in the Senate"): the body's actor (coref.yaml `body_member_*`)."""
        for t in ctx.doc:
            if t.i in ctx.covered or t.tag_ != "NNPS" or t.ent_type_ not in self.vocab["body_member_entities"]:
                continue
            for p in t.children:
                if p.dep_ != "prep" or p.lower_ not in self.vocab["body_member_prepositions"]:
                    continue
                body = next((ctx.covered[o.i] for o in p.children if o.dep_ == "pobj" and o.i in ctx.covered), None)
                spec = ctx.actors.get(body.key) if body is not None else None
                if spec is not None and spec.code and spec.code[3:6] in self.vocab["body_member_sectors"]:
                    ctx.add(_Cand(t.i, t.i + 1, t.i, body.key, "description"))
                    break
                # (a legislature's name read as the country's seat there: "in Congress" is where they sit)
                hit = _lookup_surface(self.kb, ctx.doc[body.start:body.end].text) if body is not None else None
                if hit is not None and hit[1].sector in self.vocab["body_member_sectors"] and hit[0].kind == "country":
                    key = ctx.actor_for_entry(hit[0], t.i, sector=hit[1].sector)
                    ctx.add(_Cand(t.i, t.i + 1, t.i, key, "description"))
                    break

    def _names_a_place(self, span: Span, inside: bool = False) -> bool:
        """(h20g) A person's name that begins a place's or facility's name ("Kim Il Sung Square", "John F.
        Kennedy International Airport", "the Ataturk Cultural Centre"): followed, through at most
        coref.yaml `named_after_gap` capitalised words, by a capitalised head of `named_after_heads`.
        `inside`: the span may itself end in that head (the NER's "Kim Il Sung Square"[PERSON])."""
        doc = span.doc
        heads, gap = self.vocab["named_after_heads"], self.vocab["named_after_gap"]
        first = span.start + 1 if inside and len(span) > 1 else span.end
        for j in range(first, min(len(doc), span.end + gap + 1)):
            t = doc[j]
            if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN", "ADJ"):
                return False
            if t.lemma_.lower() in heads or t.lower_ in heads:
                return True
        return False

    def _denomination_of_site(self, span: Span) -> bool:
        """(h20g) A nationality adjective before a denomination word on a place of worship ("a Serbian Orthodox
        monastery", "the Armenian Apostolic church"; coref.yaml `denomination_words`, `worship_site_heads`): the
        name of a church, which says nothing of the country the site stands in."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in self.vocab["denomination_words"]:
            return False
        for t in doc[span.end + 1:min(len(doc), span.end + 3)]:
            if t.lemma_.lower() in self.vocab["worship_site_heads"] or t.lower_ in self.vocab["worship_site_heads"]:
                return True
            if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return False
        return False

    def _in_hyphenated_name(self, span: Span) -> bool:
        """A family name that is half of a hyphenated name no dictionary knows ("Yunus-Bek
        Yevkurov" is not Muhammad Yunus); "the Putin-Trump summit" keeps both."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                and not doc[span.end].whitespace_:
            other = doc[span.end + 1]
        elif span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
                and not doc[span.start - 1].whitespace_:
            other = doc[span.start - 2]
        else:
            return False
        return other.text[:1].isupper() and _lookup_surface(self.kb, other.text) is None

    @staticmethod
    def _ends_person_name(span: Span) -> bool:
        """A one-word name that ends a longer name the NER calls a person, joined to the given
        name(s) before it ("Kayikwamba[compound] Wagner[PERSON]"): a family name, not the body."""
        doc = span.doc
        if len(span) != 1 or span.start == 0 or span.root.ent_type_ != "PERSON":
            return False
        person = next((e for e in doc.ents if e.label_ == "PERSON" and e.start < span.start and span.end == e.end), None)
        prev = doc[span.start - 1]
        return person is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.head.i == span.start \
            and prev.dep_ in ("compound", "flat")

    # -- 1. dictionary names ---------------------------------------------------------------------
    def _dictionary(self, ctx: ActorContext) -> None:
        doc = ctx.doc
        matches = self.matcher(doc)
        spans = [Span(doc, s, e, label=m) for m, s, e in matches]
        # ... names written in the wrong case ("help israel", "tunisian rioters", "President obama")
        recased = self._miscased_names(ctx, {i for _, s, e in matches for i in range(s, e)})
        spans += [Span(doc, i, i + 1, label="ACTOR") for i in recased]
        # ... and long names of bodies in any case, from a capitalised word ("United Nations human
        # rights office"); the longest match wins (filter_spans)
        spans += [Span(doc, s, e, label=m) for m, s, e in self.long_names(doc) if doc[s].text[:1].isupper()]
        spans += _underscore_names(doc, self.kb)  # (h33i) a user's name written "Dol_Amroth", as PETRARCH reads it
        # a name inside a longer place name that is no country's is no actor ("China" in "the South
        # China Sea", "Guinea" in "the Gulf of Guinea": places.yaml regions and landmarks)
        regional = [e for e in doc.ents if e.label_ in ("LOC", "GPE", "FAC") and len(e) > 1 and is_region(e.text)]
        namesakes: list[tuple[Span, list[Entry]]] = []  # family names several people in office bear
        seats: list[tuple[_Cand, Entry]] = []  # (h30d) seats matched, for `_own_country_seat`
        for span in sorted(_longest(spans), key=lambda s: s.start):
            if any(e.start < span.end and span.start < e.end and not (span.start <= e.start and e.end <= span.end)
                   for e in regional):
                continue  # (also when the match reaches out of it: "the [West" Philippine Sea])
            written = recased.get(span.start) if len(span) == 1 else None
            hit = _lookup_surface(self.kb, written or span.text)
            if hit is None:
                continue
            entry, surface = hit
            if entry.kind == "null":
                continue  # (h30g) a user's name coded [---]: matched (no shorter name in it is), no actor
            head = span.root
            if surface.form == "surname" and self._in_hyphenated_name(span):
                continue
            if entry.kind == "person" and self._names_a_place(span):
                continue  # "Kim Il Sung Square", "the Ataturk Cultural Centre": a place's name, not the person
            if entry.kind in ("organisation", "group") and self._ends_person_name(span):
                continue  # a body's one-word name as a family name ("Therese Kayikwamba Wagner")
            if surface.form == "alias" and entry.kind == "person" and len(span) == 1 and " " not in span.text \
                    and self._in_longer_name(ctx, span):
                continue  # (h23e) a one-word alias ("Anwar", "Prabowo") as the first word of another's name ("Anwar Gargash")
            if surface.form == "surname":
                shared: list[Entry] = []
                person = self._surname_entry(ctx, span, written, shared)
                if person is not None:
                    key = ctx.actor_for_entry(person, span.start_char)
                    ctx.add(_Cand(span.start, span.end, head.i, key, "surname", span.root.ent_type_ or None))
                elif shared:
                    namesakes.append((span, shared))
                continue
            if surface.form == "demonym" and entry.kind == "region" \
                    and not any(c.dep_ == "det" and c.lower_ in self.vocab["region_people_determiners"] for c in head.children):
                continue  # (h23e) "the Europeans" (their states, acting together) are Europe; "most West Africans" are people
            if surface.form == "adjective" and self._denomination_of_site(span):
                continue  # (h20g) "a Serbian Orthodox monastery" in Kosovo: a church's name, not where it stands
            if (surface.form == "adjective" or entry.kind == "country") and self._stance_word(span[0]):
                continue  # (p23) "pro-Russian separatists": a stance, neither an actor nor a modifier of its country;
                # (h34h) the country's name after the prefix too: "pro-Russia rebels" are no Russians
            if surface.form == "adjective" and not self._adjective_is_actor(span):
                for t in span:  # "Russian gas", "South African police": a modifier, used by composition below
                    ctx.modifiers[t.i] = entry
                continue
            if surface.form == "seat" and span.text.lower() in self.vocab["common_seat_names"] \
                    and self._another_countrys(ctx, span, entry.code or ""):
                continue  # "Peru's Congress", "Congress" in a story from Lima: that country's, by composition
            seat_like = {"capital": "capital_place_prepositions", "seat": "seat_place_prepositions"}.get(surface.form)
            if entry.kind == "country" and surface.form in ("capital", "name", "seat") and self._is_place(span, seat_like):
                # "in Moscow", "near the Kremlin": a place, kept as a place mention of its country (not its government)
                ctx.places.append((span.start, span.end, entry.id))
                key = ctx.actor_for_entry(entry, span.start_char)
                ctx.add(_Cand(span.start, span.end, head.i, key, "place", span.root.ent_type_ or None))
                continue
            body = self.vocab["capital_bodies"].get(span.text) if surface.form == "capital" else None
            if body is not None and body in self.kb.entries and (
                    self._is_agentive(span) or self._governed_by(span, "government_prepositions")
                    or span.root.dep_ in ("dobj", "nsubj", "nsubjpass", "poss")):
                # a capital that news uses for an international body seated there ("Brussels
                # imposed sanctions", "urged Brussels to correct its mistake": the EU)
                key = ctx.actor_for_entry(self.kb.entries[body], span.start_char)
                ctx.add(_Cand(span.start, span.end, head.i, key, "dictionary", span.root.ent_type_ or None))
                continue
            sector = None
            if surface.form == "demonym" and self._counted(head):
                sector = self.vocab["civilian_sector"]
            elif surface.form == "seat" or surface.form == "capital" and (
                    self._is_agentive(span) or self._governed_by(span, "government_prepositions")) \
                    and not self._attacked(span) and not self._moved(span) \
                    and span.text not in self.kb.user_actor_names:  # "recaptured Khartoum": the city
                # ((h33e) a capital a user's actor dictionary lists as a name of its country is that country, as the
                # user coded it: "+PYONGYANG" under "NORTH_KOREA [PRK]" → PRK, not our PRKGOV)
                sector = surface.sector
            if sector is None and entry.kind == "country" and len(entry.code or "") == 3 \
                    and span.text in self.kb.user_actor_names:
                sector = self._user_title_sector(span)
            key = ctx.actor_for_entry(entry, span.start_char, sector=sector)
            if entry.id in self.kb.user_multi_codes:  # (h30g) "the Shire" [FRO/BIL/SAM]: all three together
                key = ctx.compound_of([key, *(ctx.actor_for_entry(e, span.start_char, sector=sector)
                                             for e in self.kb.user_multi_codes[entry.id])], span.start_char)
            cand = _Cand(span.start, span.end, head.i, key, "dictionary", span.root.ent_type_ or None)
            ctx.add(cand)
            if surface.form == "seat" and sector:
                seats.append((cand, entry))
        for cand, entry in seats:
            self._own_country_seat(ctx, cand, entry)
        if namesakes:
            self._namesakes_by_country(ctx, namesakes)

    def _user_title_sector(self, span: Span) -> str | None:
        """(h30g) The agent sector of a title written before a name from a user's PETRARCH actor dictionary
        whose code has no sector ("Bree Prime Minister Romendacil", ROMENDACIL [BRE] → BREGOV): PETRARCH
        composes the actor code with the agent codes of its noun phrase. The title is the run of words just
        before the name that hang on the name's head."""
        head, doc = span.root, span.doc
        words: list[Token] = []
        i = span.start - 1
        while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod") and doc[i].i < head.i \
                and head in doc[i].ancestors and doc[i].text[:1].isupper():
            words.insert(0, doc[i])
            i -= 1
        if not words:
            return None
        sector = self._sector(words)[0]
        return self.kb.sector_codes.get(sector, sector) if sector else None

    def _own_country_seat(self, ctx: ActorContext, cand: _Cand, entry: Entry) -> None:
        """(h30d) A seat written after its own country's name ("the U.S. State Department", "the US Treasury
        Department") is one body: the name modifies it and is no actor of its own (a speaker named so is one actor,
        USAGOV, not the United States and its government)."""
        if cand not in ctx.cands or cand.start == 0:
            return
        prev = ctx.covered.get(cand.start - 1)
        if prev is None or prev.end != cand.start or prev.resolution != "dictionary":
            return
        spec = ctx.actors[prev.key]
        if spec.kind != "country" or spec.entry != entry.id:
            return
        word = ctx.doc[prev.head]
        if word.dep_ not in ("compound", "nmod", "amod") or not cand.start <= word.head.i < cand.end:
            return
        ctx.remove(prev)
        ctx.remove(cand)
        ctx.add(replace(cand, start=prev.start))

    def _namesakes_by_country(self, ctx: ActorContext, namesakes: list[tuple[Span, list[Entry]]]) -> None:
        """(h23e) A family name several people in office bear ("Albanese": Australia's prime minister and a UN
        rapporteur; "Cooper": Britain's foreign secretary and a US commander) is the one of them whose country the
        story names by name or adjective, when exactly one's is ("Albanese said Australia would ..."); else no one."""
        named = {ctx.actors[c.key].code for c in ctx.cands
                 if c.resolution == "dictionary" and ctx.actors[c.key].kind == "country" and ctx.actors[c.key].code}
        for span, owners in namesakes:
            fits = [o for o in owners if o.country and o.country in named]
            if len(fits) != 1 or any(i in ctx.covered for i in range(span.start, span.end)):
                continue
            key = ctx.actor_for_entry(fits[0], span.start_char)
            ctx.add(_Cand(span.start, span.end, span.root.i, key, "surname", span.root.ent_type_ or None))

    def _coordinated_seats(self, ctx: ActorContext) -> None:
        """(h20c) "the Treasury and State departments": capitalised names coordinated before a plural head
        (coref.yaml `coordinated_seat_heads`) that are each, with the singular head, one country's seat of one
        sector ("Treasury Department", "State Department") make the phrase that seat; else nothing."""
        doc = ctx.doc
        heads = self.vocab.get("coordinated_seat_heads") or {}
        for tok in doc:
            singular = heads.get(tok.lower_)
            if singular is None or tok.i in ctx.covered or tok.tag_ != "NNS":
                continue
            start = tok.i
            while start > tok.sent.start and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in (",", "and")):
                start -= 1
            words = doc[start:tok.i]
            if any(i in ctx.covered for i in range(start, tok.i)) or not any(t.lower_ == "and" for t in words):
                continue
            names, cur = [], []
            for t in words:
                if t.lower_ in (",", "and"):
                    if cur:
                        names.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(t.text)
            if cur:
                names.append(" ".join(cur))
            if len(names) < 2 or words[0].lower_ in (",", "and") or words[-1].lower_ in (",", "and"):
                continue
            hits = [_lookup_surface(self.kb, f"{n} {singular}") for n in names]
            if any(h is None or h[1].form != "seat" or h[0].kind != "country" for h in hits):
                continue
            if len({(h[0].id, h[1].sector) for h in hits}) != 1:
                continue
            entry, surface = hits[0]
            key = ctx.actor_for_entry(entry, doc[start].idx, sector=surface.sector)
            ctx.add(_Cand(start, tok.i + 1, tok.i, key, "dictionary", None))

    def _another_countrys(self, ctx: ActorContext, span: Span, country: str) -> bool:
        """Whether a seat name other countries' bodies also bear (coref.yaml `common_seat_names`) is another
        country's: a country modifier of another country ("Peru's Congress", "the Peruvian Congress"), or,
        with none, a dateline in another country."""
        named = {country for m in span.root.children if m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < span.start
                 for country in [self._country_of(ctx, m)[0]] if country}
        if named:
            return country[:3] not in named
        home = self._dateline_country(ctx)
        return bool(home) and home != country[:3]

    def _counted(self, head: Token) -> bool:
        """"Hundreds of Kenyans", "50 Kenyans": people counted, not the nation (coref.yaml quantity_heads)."""
        if any(c.dep_ == "nummod" for c in head.children):
            return True
        head = first_conjunct(head)  # (h22c) "Thousands of Serbians and Hungarians": both counted
        return head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() in self.vocab["quantity_heads"]

    def _bare_count(self, head: Token) -> bool:
        """"Thousands marched in Belgrade", "tens of thousands rallied": a plural count with no "of"
        phrase of its own, as a subject or object, counts people (coref.yaml quantity_heads)."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in self.vocab["quantity_heads"]:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False
        if head.dep_ == "pobj" and head.head.lower_ == "of":  # "tens of thousands"
            outer = head.head.head
            if outer.lemma_.lower() not in self.vocab["quantity_heads"]:
                return False
            head = outer
        if head.dep_ == "dobj":
            # as an object only of acts done to people ("police detained dozens"), not "spent thousands"
            verb = head.head.lemma_.lower()
            return verb in self.vocab["victim_verbs"] or verb in self.vocab["people_object_verbs"]
        return head.dep_ in ("nsubj", "nsubjpass")

    def _miscased_names(self, ctx: ActorContext, matched: set[int]) -> dict[int, str]:
        """Single words the dictionary knows only as capitalised, written in another case, that
        the parse still reads as names: a country name as a proper noun ("wants to help israel",
        "iSrael"), a country adjective on a sector word or generic head ("clash with tunisian
        rioters", "chinese officials"; not "french fries"), a family name after a title
        ("President obama"). Token index → the word capitalised. A common word ("turkey" the
        bird, "china" plates) is a common noun and stays one."""
        out: dict[int, str] = {}
        doc = ctx.doc
        for tok in doc:
            text = tok.text
            if tok.i in matched or len(text) < 4 or not text.isalpha() or text.isupper():
                continue
            fixed = text[:1].upper() + text[1:].lower()
            if fixed == text or self.kb.best(text.lower()) is not None:
                continue
            hit = self.kb.best(fixed)
            if hit is None:
                continue
            entry, surface = hit
            if surface.form == "name" and entry.kind == "country":
                ok = tok.pos_ == "PROPN"
            elif surface.form == "adjective" and entry.kind == "country":
                head = tok.head.lemma_.lower()
                ok = tok.dep_ == "amod" and tok.head.pos_ in NOUNS \
                    and (self.kb.sector_of(head) is not None or head in self.kb.generic_heads)
            elif surface.form == "surname":
                prev = doc[tok.i - 1] if tok.i > 0 else None
                ok = tok.pos_ == "PROPN" and prev is not None and prev.text in self.kb.titles and prev.text[:1].isupper()
            else:
                ok = False
            if ok:
                out[tok.i] = fixed
        return out

    def _in_longer_name(self, ctx: ActorContext, span: Span) -> bool:
        """A one-word name that is part of a longer name the dictionary does not know ("John Putin", "Anwar Gargash")."""
        doc, root = ctx.doc, span.root
        for j in (span.start - 1, span.end):
            if 0 <= j < len(doc):
                t = doc[j]
                if t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in self.kb.titles and t.i not in ctx.covered \
                        and (t.head.i in range(span.start, span.end) or root.head.i == t.i and root.dep_ in ("compound", "flat")):
                    return True  # part of a longer name ("John Putin")
        person = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end), None)
        # ... also when a particle comes between ("Abdelsalam al-Zoubi" is not Mohamed Abdelsalam)
        return person is not None and person.end > span.end and any(t.text[:1].isupper() for t in doc[span.end:person.end])

    def _surname_entry(self, ctx: ActorContext, span: Span, written: str | None = None,
                       shared: list[Entry] | None = None) -> Entry | None:
        """The person a derived family-name alias ("Putin said") names: a proper noun standing
        alone (not part of a longer name), owned by exactly one person in office on the date."""
        doc, root = ctx.doc, span.root
        if root.pos_ != "PROPN" and not (root.pos_ == "NOUN" and root.text[:1].isupper()
                                         and (span.start == root.sent.start or root.ent_type_ == "PERSON")):
            # the small tagger reads an unknown name opening a sentence as a noun ("Zelenskiy[NNS]
            # said"), and one the NER calls a person ("met al-Sharaa[NN, PERSON]")
            return None
        if root.ent_type_ in self.vocab["surname_excluded_ents"]:
            # a place-tagged name that is no place ("sent condolences to Erdogan[GPE]") is the NER's slip; (h23e) so is
            # one that is only some town's name, where a party stands ("Carney[GPE] met Albanese", not "in Carney")
            place = geocode(span.text, "GPE") if root.ent_type_ == "GPE" else {}
            if place is not None and (root.ent_type_ != "GPE" or place.get("feature") not in self.vocab["surname_place_features"]
                                      or first_conjunct(root).dep_ not in self.vocab["surname_place_deps"] or self._is_place(span)):
                return None
        if self._in_longer_name(ctx, span):
            return None
        text = written or span.text
        found = self.kb.surname_owner(text, ctx.day) or self.kb.surname_owner(text[:1].lower() + text[1:], ctx.day)
        if found is None and shared is not None:
            shared.extend(self.kb.surname_owners(text, ctx.day))  # (h23e) several in office: the story may tell which
        return found

    def _adjective_is_actor(self, span: Span) -> bool:
        """An adjective form stands for actors only as a noun ("the Burmese", "Russians", "a Kenyan")."""
        root = span.root
        if root.dep_ == "appos":
            return True
        if self._hyphen_agent(span):
            return True
        return root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and root.pos_ in NOUNS | {"PRON"} \
            and root.tag_ in ("NNPS", "NNS")

    def _hyphen_agent(self, span: Span) -> bool:
        """(h21i) An adjective hyphenated to the participle it hangs on, of a third party's good offices: its doer, as a
        name there is ("a Turkish-brokered deal", "Saudi-hosted talks"; modality.yaml `agent_hyphen_participles`; not a
        backer or an owner, "Iranian-backed militias", "a Greek-owned tanker")."""
        doc, root = span.doc, span.root
        part = root.head
        return span.end + 1 == part.i and part.i < len(doc) and doc[span.end].text == "-" \
            and not doc[span.end - 1].whitespace_ and not doc[span.end].whitespace_ and part.tag_ == "VBN" \
            and participle_in(part, self.agent_hyphen_participles)

    def _is_place(self, span: Span, seat_like: str | None = None) -> bool:
        """A locative phrase ("in Moscow"); for capitals also origin, direction and part ("from
        Paris", "to Algiers", "the outskirts of Khartoum"), for seats only direction ("towards
        the Kremlin": "pressure from Congress", "a letter to the White House" are the body's).
        `seat_like` names the coref.yaml list of those extra prepositions."""
        preps = self.vocab["locative_prepositions"]
        if seat_like:
            preps = preps | self.vocab[seat_like]
        root = span.root
        if root.dep_ == "compound" and root.head.i == span.end and root.head.lemma_.lower() in self.vocab["city_name_heads"]:
            # (h23d) a name heading a city's name ("in Gaza City", "in Kuwait City"): the city's phrase decides
            return self._governed_by(span.doc[root.head.i:root.head.i + 1], preps)
        return self._place_of(span) or self._governed_by(span, preps)

    def _place_of(self, span: Span, *, modifier: bool = False) -> bool:
        """A name a place noun introduces: "the town of Goma", "the province of Idlib"; with
        `modifier`, also one before it ("the eastern Donetsk region": for a name the dictionary
        lacks; a known country there is the phrase's, "aid to the affected Ithilen villages")."""
        root = span.root
        if modifier and root.dep_ == "compound" and root.head.lemma_.lower() in self.vocab["place_heads"]:
            return True
        # (h25d) ... or a part of a town: "pushed into the centre of Goma", "the outskirts of Port-au-Prince"
        return root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lemma_.lower() in self.vocab["place_heads"]
            or root.head.head.lemma_.lower() in self.vocab["place_part_heads"])

    def _governed_by(self, span: Span, preps) -> bool:
        """Whether the span (or the first of its conjuncts) is the object of one of `preps`
        (a set, or the name of a coref.yaml list)."""
        if isinstance(preps, str):
            preps = self.vocab[preps]
        root = first_conjunct(span.root)
        return root.dep_ == "pobj" and root.head.lower_ in preps

    def _is_agentive(self, span: Span) -> bool:
        return span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "agent", "appos", "conj") or (
            span.root.dep_ == "pobj" and span.root.head.dep_ == "agent")

    def _abbreviations(self, ctx: ActorContext) -> None:
        """A short form a story gives in brackets after a name it knows ("Pakistan Tehreek-e-Insaf
        (PTI)", "the Coalition for Change (CfC)") names the same actor wherever it is used after:
        "the PTI held talks", "two CfC leaders" (a modifier of its body, as the name would be)."""
        doc = ctx.doc
        for cand in list(ctx.cands):
            abbr = _bracketed_short_form(doc, cand.end) if cand.resolution == "dictionary" else None
            if abbr is None or not abbr.isalnum():
                continue
            i = cand.end
            spec = ctx.actors[cand.key]
            entry = self.kb.entries.get(spec.entry or "")
            # (h34a) the name is a user's PETRARCH name ("the European Union (EU)" under EUROPEAN_UNION [IGOEEU]): the
            # short form the story ties to it is the user's actor too, where our dictionary reads it alone (our "EU")
            text = doc[cand.start:cand.end].text
            users = any((t, spec.entry) in self.kb.user_surfaces for t in (text, strip_the(text)))
            for t in doc[i + 1:]:
                if t.text != abbr:
                    continue
                own = ctx.covered.get(t.i)
                if own is not None and users and (own.start, own.end) == (t.i, t.i + 1) \
                        and own.resolution == "dictionary" and own.key != cand.key:
                    ctx.remove(own)
                if t.i in ctx.covered:
                    continue
                if entry is not None:
                    ctx.modifiers[t.i] = entry
                if t.dep_ != "compound":
                    ctx.add(_Cand(t.i, t.i + 1, t.i, cand.key, "alias", t.ent_type_ or None))

    def _composed_initialisms(self, ctx: ActorContext) -> None:
        """(h29b) A short form in brackets after a body the story composed ("South Korea's Joint Chiefs of Staff (JCS)
        said"): the initials of the body's capitalised words after its owner (coref.yaml `initialism_skip_words` are
        left out: "of", "for") spell it, so "the JCS said" later in the story is the same body. Only composed bodies
        with a code (the dictionary's names are `_abbreviations`'); so is the body's capitalised name without its owner."""
        doc, skip = ctx.doc, set(self.vocab["initialism_skip_words"])
        for cand in list(ctx.cands):
            i = cand.end
            spec = ctx.actors[cand.key]
            if cand.resolution != "composed" or spec.kind != "composed" or not spec.code:
                continue
            abbr = _bracketed_short_form(doc, i)
            if abbr is None or not abbr.isalpha():
                continue
            words = list(doc[cand.start:cand.end])
            owner = max((w.i for w in words if w.tag_ == "POS" or w.i in ctx.modifiers), default=cand.start - 1)
            initials = "".join(w.text[0] for w in words if w.i > owner and w.lower_ not in skip and w.text[:1].isupper())
            if initials.upper() != abbr.upper():
                continue
            for t in doc[i + 3:]:
                if t.text == abbr and t.i not in ctx.covered:
                    ctx.add(_Cand(t.i, t.i + 1, t.i, cand.key, "alias", t.ent_type_ or None))
        # ... and so is its capitalised name written again without its owner ("Japan's Joint Staff said ... The Joint
        # Staff criticised"), however the later phrase was composed (not of a country its sentence names)
        for cand in list(ctx.cands):
            spec = ctx.actors[cand.key]
            if cand.resolution != "composed" or spec.kind != "composed" or not spec.code:
                continue
            words = list(doc[cand.start:cand.end])
            owner = next((w.i for w in words if w.tag_ == "POS"), None)
            name = [w for w in words if owner is not None and w.i > owner]
            if len(name) < 2 or not all(w.text[:1].isupper() or w.lower_ in skip for w in name):
                continue
            for later in [c for c in ctx.cands if c.start >= cand.end and c.key != cand.key and c.resolution == "composed"
                          and ctx.actors[c.key].kind == "composed"]:
                if [w.text for w in doc[later.start:later.end] if w.dep_ != "det"] == [w.text for w in name]:
                    ctx.remove(later)
                    ctx.add(_Cand(later.start, later.end, later.head, cand.key, "alias", later.ner))

    def _namesakes(self, ctx: ActorContext) -> None:
        """"Defence Minister Pedro Sanchez" is not Spain's prime minister: a title written before the
        name of a dictionary person in office on the day that names an office they never held
        makes the name a namesake (out of office, the title says what they were then: "Economy
        Minister Emmanuel Macron" in 2015),
        an unknown person coded later from the title and the story (before any other actor takes
        a country from it)."""
        for cand in ctx.cands:
            spec = ctx.actors[cand.key]
            if spec.kind == "person" and cand.resolution == "dictionary" and not self._out_of_role(ctx, spec) and \
                    self._namesake(ctx, spec, ctx.doc[cand.head], cand.start):
                spec.kind, spec.code, spec.country, spec.sector, spec.entry, spec.title = \
                    "unknown_person", None, None, None, None, None
                spec.name = ctx.doc[cand.start:cand.end].text  # as written, not the dictionary's name

    def _unknown_places(self, ctx: ActorContext) -> None:
        """Places the dictionary lacks ("an air strike in Khan Younis"): geocoded offline to their
        country and kept as place mentions, so an event's location can stand for its target."""
        spans = [ent for ent in ctx.doc.ents if ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP")]
        spans += self._unlabelled_targets(ctx.doc)
        for ent in spans:
            if any(i in ctx.covered for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "NORP":  # "a Lahore[NORP] court": only a town before a sector noun
                self._city_modifier(ctx, ent)
                continue
            # a name the NER called a place (or a person: it often tags towns so, "in Khan Younis")
            # in a locative phrase; any name, an organisation's too ("strikes on Kharkiv[ORG]"), in a
            # place's own context: struck, left or entered, or named as one ("the state of Bahia")
            placed = ent.label_ in ("GPE", "LOC", "FAC", "PERSON") and self._is_place(ent)
            # ... or an organisation's that is a known city's name, in a locative phrase ("arrested 14
            # suspects in Karachi[ORG]"): the city table has no firm or body ("in Google", "at NATO")
            placed = placed or ent.label_ == "ORG" and self._is_place(ent) and bool(geocode(ent.text, "ORG"))
            if not placed and self._city_modifier(ctx, ent):
                continue
            if not (placed or self._place_of(ent, modifier=True) or self._attacked(ent) or self._moved(ent)
                    or ent.label_ in ("GPE", "LOC", "") and self._delivered_to(ent)):
                continue
            if ent.label_ == "ORG" and ent.text.isupper() and not placed:
                continue  # an organisation's acronym left or entered is no town ("withdraw from the NPT")
            # spaCy's small model often tags towns as PERSON ("in Khan Younis"): a locative phrase,
            # being struck ("drones struck Kharkiv") or left or entered ("withdrew from Kherson") decides
            owner = self._owning_country(ctx, ent)
            if owner is not None:
                country = owner  # "Somalia's Gedo region", "in Sudan's Sennar state": the owner's, whatever the gazetteer says
            else:
                named = self._named_countries(ctx)
                hit = geocode(ent.text, ent.label_ or None, alternates=True, prefer=named)
                country = hit and hit.get("country")
                if country and named and country not in named and self._local_place(ent):
                    # "an attack on the town of Palma" in a Mozambican story is no Spanish target: a
                    # place named as a town is in the story's countries, or unknown
                    country = None
            entry = self.kb.country(country) if country else None
            if entry is None:
                continue
            key = ctx.actor_for_entry(entry, ent.start_char)
            ctx.places.append((ent.start, ent.end, entry.id))
            ctx.add(_Cand(ent.start, ent.end, ent.root.i, key, "place", ent.label_ or None))

    def _elliptical_countries(self, ctx: ActorContext) -> None:
        """(h29a) "The North accused the South of sending drones", "the North's defence ministry": a divided country's
        half called by its cardinal word alone, in a story that names the pair (coref.yaml `elliptical_countries`), is
        that half's country (PRK, KOR; SDN, SSD). The word must follow a definite article (or be joined to such a word:
        "the North and South"), modify nothing ("the South China Sea", "the North Korean army") and take no "of"
        ("the North of England"); elsewhere, or when two named pairs give the word different countries, no actor."""
        data = self.vocab.get("elliptical_countries") or {}
        doc = ctx.doc
        named = {ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3] for c in ctx.cands}
        named |= {e.code for e in ctx.modifiers.values() if e.kind == "country" and e.code}
        named |= {eid.split(":")[1] for _s, _e, eid in ctx.places}
        words: dict[str, set[str]] = {}
        for pair in data.get("pairs") or ():
            codes = set(pair["words"].values())
            if codes <= named if pair.get("named") == "all" else codes & named:
                for word, code in pair["words"].items():
                    words.setdefault(word, set()).add(code)
        if not words:
            return
        determiners = set(data.get("determiners") or ())

        def definite(t: Token) -> bool:
            return t.i > 0 and doc[t.i - 1].lower_ in determiners

        for tok in doc:
            codes = words.get(tok.text)
            if not codes or len(codes) != 1 or tok.i in ctx.covered or tok.i < ctx.dateline:
                continue
            if tok.dep_ in ("compound", "amod", "nmod") or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" \
                    and doc[tok.i + 1].dep_ != "poss":
                continue  # a word of a longer name: "the South China Sea", "the North Korean army"
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
                   for c in tok.children):
                continue  # a region of a place: "the North of England" (not a charge: "accused the South of arming")
            if not (definite(tok) or tok.dep_ == "conj" and tok.head.text in words and definite(tok.head)):
                continue
            entry = self.kb.country(next(iter(codes)))
            if entry is None:
                continue
            span = doc[tok.i:tok.i + 1]
            key = ctx.actor_for_entry(entry, span.start_char)
            if self._is_place(span):
                ctx.places.append((span.start, span.end, entry.id))
                ctx.add(_Cand(span.start, span.end, tok.i, key, "place"))
            else:
                ctx.add(_Cand(span.start, span.end, tok.i, key, "description"))

    def _place_epithets(self, ctx: ActorContext) -> None:
        """"The Arctic island('s government)", "the Gulf state", "the landlocked nation": a definite singular
        description of a country by what it is → the country or territory named last before it (by name,
        adjective or a town of it) of which every fact its words state is true, not a sovereign holding it
        (coref.yaml `place_epithets`). None when its words state no fact ("the country"), name a country
        ("the Danish territory") or are followed by a name ("the island of Crete", "the island known as")."""
        data = self.vocab["place_epithets"]
        heads, modifiers, facts = data["heads"], data["modifiers"], data["facts"]
        doc = ctx.doc
        for head in doc:
            lemma = head.lemma_.lower()
            if head.pos_ != "NOUN" or lemma not in heads or head.tag_ != "NN" or head.i in ctx.covered:
                continue
            if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in NOUNS and head.head.i > head.i:
                continue  # "the island nation": a modifier of the description's head
            det = next((c for c in head.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in self.vocab["definite_determiners"] or det.i < head.left_edge.i:
                continue
            if any(c.dep_ in ("appos", "acl") for c in head.children) or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children)
                    for p in head.children) or any(
                    c.dep_ == "relcl" and any(t.lemma_.lower() in self.vocab["naming_verbs"] for t in c.subtree)
                    for c in head.children):
                continue  # a name follows: the name is the mention
            wanted = {heads[lemma]} - {None}
            named = False
            for t in doc[det.i + 1:head.i]:
                said = {modifiers[w] for w in t.lower_.split("-") if w in modifiers}
                if not said and (t.i in ctx.modifiers and ctx.modifiers[t.i].kind == "country" or t.i in ctx.covered
                                 and ctx.actors[ctx.covered[t.i].key].kind == "country"):
                    named = True  # (an epithet word is the epithet's, whatever place it names: "Gulf")
                wanted |= said
            if named or not wanted:
                continue
            fits = set.intersection(*(set(facts[f]) for f in wanted))
            found: list[tuple[int, str]] = []
            for c in ctx.cands:
                spec = ctx.actors[c.key]
                if c.start < det.i and spec.entry and spec.entry.startswith("country:") and spec.country in fits:
                    found.append((c.start, spec.country))
            found += [(i, e.code) for i, e in ctx.modifiers.items() if i < det.i and e.kind == "country" and e.code in fits]
            found += [(s, eid.split(":")[1]) for s, _e, eid in ctx.places if s < det.i and eid.split(":")[1] in fits]
            if not found:
                continue
            entry = self.kb.country(max(found)[1])
            span = doc[det.i + 1:head.i + 1]
            key = ctx.actor_for_entry(entry, span.start_char)
            if self._is_place(span):
                ctx.places.append((span.start, span.end, entry.id))
                ctx.add(_Cand(span.start, span.end, head.i, key, "place"), override=True)
            else:
                ctx.add(_Cand(span.start, span.end, head.i, key, "description"), override=True)

    def _bare_country_mentions(self, ctx: ActorContext) -> None:
        """(p23) A bare "the country" or "the nation" (coref.yaml `story_country_heads`: singular, definite, with no
        modifier, name or phrase of its own) acting or acted on is the state the story is about (`_dominant_state`:
        the dateline's country, its state bodies named most): "The African Union's Peace and Security Council also
        suspended the country" in a story from Bissau. Nothing when no state dominates the story."""
        heads = self.vocab.get("story_country_heads") or ()
        doc = ctx.doc
        home = None
        for head in doc:
            if head.lemma_.lower() not in heads or head.tag_ != "NN" or head.i in ctx.covered \
                    or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                continue
            kids = list(head.children)
            if [c.lower_ for c in kids if c.dep_ == "det"] != ["the"] \
                    or any(c.dep_ not in ("det", "punct") for c in kids):
                continue
            home = home or self._dominant_state(ctx) or ""
            entry = self.kb.country(home) if home else None
            if entry is None:
                return
            det = next(c for c in kids if c.dep_ == "det")
            span = doc[det.i + 1:head.i + 1]
            ctx.add(_Cand(span.start, span.end, head.i, ctx.actor_for_entry(entry, span.start_char), "description"))

    def _local_place(self, ent: Span) -> bool:
        """A name given as a local place's ("the town of Palma", "Macomia district": coref.yaml
        `local_place_heads`)."""
        root = ent.root
        heads = self.vocab["local_place_heads"]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in heads:
            return True
        return root.dep_ == "compound" and root.head.lemma_.lower() in heads

    @staticmethod
    def _dateline_country(ctx: ActorContext) -> str:
        """The country of the article's dateline place ("" when none), found once."""
        if ctx.dateline_country is None:
            place = find_dateline(ctx.doc.text)
            ctx.dateline_country = (place.country or "") if place is not None else ""
        return ctx.dateline_country

    @classmethod
    def _named_countries(cls, ctx: ActorContext) -> list[str]:
        """The countries to look for a place name several countries share in ("Antioquia" in a story
        about Colombia): the dateline's first, then those the article names by the dictionary (not
        through a place), most named first."""
        named = (ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3] for c in ctx.cands if c.resolution != "place")
        return preferred_countries(cls._dateline_country(ctx), named)

    def _owning_country(self, ctx: ActorContext, ent: Span) -> str | None:
        """The country a place name is owned by in its phrase: "Somalia's Gedo region", "Sudan's
        Sennar" (a possessive on the name or on the place noun it modifies)."""
        root = ent.root
        holders = [root]
        if root.dep_ == "compound" and root.head.lemma_.lower() in self.vocab["place_heads"]:
            holders.append(root.head)
        for h in holders:
            for c in h.children:
                cand = ctx.covered.get(c.i) if c.dep_ == "poss" else None
                if cand is not None and ctx.actors[cand.key].kind == "country":
                    return ctx.actors[cand.key].code
                if cand is None and c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC"):
                    # "Khost's Gurbuz district": a place owned by a town is in the town's country
                    hit = geocode(c.text, c.ent_type_, prefer=self._named_countries(ctx))
                    if hit and hit.get("country") and self.kb.country(hit["country"]):
                        return hit["country"]
        return None

    def _city_modifier(self, ctx: ActorContext, ent: Span) -> bool:
        """A town the dictionary lacks, named before a sector noun ("the Karachi police", "a Lahore
        court"): a modifier of its country, as a capital is ("the Moscow police" → RUSCOP). Only a
        name the city table knows, whatever spaCy's label ("Karachi" is often ORG)."""
        root = ent.root
        if root.dep_ != "compound" or ent.end != root.head.i or root.head.pos_ not in NOUNS \
                or self._sector_word(root.head) is None:
            return False
        hit = geocode(ent.text, ent.label_ or None, alternates=ent.label_ in ("GPE", "LOC"),
                      prefer=self._named_countries(ctx))
        # (a first-level division too: "Saskatchewan Premier Scott Moe", "the Texas governor"; (h23e) and a region of one
        # country: "Tigray[PERSON] rebels", "Darfur rebels", coref.yaml `modifier_place_features`)
        entry = self.kb.country(hit["country"]) if hit and hit.get("country") \
            and hit.get("feature") in self.vocab["modifier_place_features"] else None
        if entry is None:
            return False
        for t in ent:
            ctx.modifiers[t.i] = entry
        return True

    def _unlabelled_targets(self, doc) -> list[Span]:
        """Proper names spaCy's NER left out, as objects ("12 people were killed in missile strikes
        on Kharkiv") or before a place noun ("the eastern Donetsk region"): the name with its
        proper-noun compounds. Only a place's context (struck, left or entered, named as a place)
        lets one be geocoded, so no name is taken for a place by its position alone."""
        heads = self.vocab["place_heads"]
        return [doc[name_start(tok, outside_entities=True).i:tok.i + 1] for tok in doc
                if tok.pos_ == "PROPN" and not tok.ent_type_ and (tok.dep_ in ("pobj", "dobj") or
                                                                  tok.dep_ == "compound" and tok.head.lemma_.lower() in heads)]

    # -- 2. people the dictionary lacks ----------------------------------------------------------
    def _unknown_people(self, ctx: ActorContext) -> None:
        for ent in ctx.doc.ents:
            if (ent.label_ != "PERSON" and not self._titled_name(ent)) or any(i in ctx.covered for i in range(ent.start, ent.end)):
                continue
            if all(t.i in ctx.modifiers for t in ent):
                continue  # a nationality adjective the parser took for a name ("Ugandan opposition candidates")
            if len(ent) == 1 and ent[0].is_sent_start and self._sector_word(ent[0]):
                continue  # (h25d) a sector noun capitalised at a sentence's start ("Gangs[PERSON] killed at least 15 people")
            tokens = [t for t in ent if t.pos_ == "PROPN" or t.text[:1].isupper()]
            if len(ent) == 1 and ent.text.islower() and ent.start > 0:
                # (h34b) a family name written in lower case right after a title ("President obama expressed sorrow"):
                # the title settles it as it settles a capitalised one, else no name is read from lower-case words
                titled = self._titled_surname(ctx, ent.start, ent.end, cased=True)
                if titled is not None:
                    ctx.add(_Cand(ent.start, ent.end, ent.root.i, titled, "surname", "PERSON"))
                continue
            if not tokens or ent.text[:1].islower():
                continue
            if self._names_a_place(ent, inside=True):
                continue  # "Kim Il Sung Square"[PERSON]: a place named after someone is no person
            name = ent.text.strip().removesuffix("’s").removesuffix("'s")
            # titles that spaCy includes in PERSON ("General X"): keep the name only
            toks = list(ent)
            while toks and (n := self._title_prefix(ctx.doc, toks[0].i, ent.end)):
                toks = toks[n:]  # (h25i) a title of several words too ("Datuk Seri Anwar")
            for back in (1, 2):  # (h25i) ... begun before the name ("Dato' [Sri Anwar]")
                n = next((m for m in (2, 1) if len(toks) > m and toks[0].i == ent.start and back <= ent.start
                          and ctx.doc[ent.start - back:ent.start + m].text in self.kb.titles), 0)
                toks = toks[n:]
            if not toks:
                continue
            start = toks[0].i
            name = ctx.doc[start:ent.end].text
            if self._short_form_owner(ctx, name, start) is not None:
                continue  # a surname of someone already named ("Hlaing", "Al-Sharaa"): handled by _surnames
            titled = self._titled_surname(ctx, start, ent.end)
            if titled is not None:
                ctx.add(_Cand(start, ent.end, ent.root.i, titled, "surname", "PERSON"))
                continue
            person = self.kb.match_person(name, ctx.day)  # a misspelt known name ("Francois Mitterand")
            if person is not None:
                key = ctx.actor_for_entry(person, ent.start_char)
                ctx.add(_Cand(start, ent.end, ent.root.i, key, "dictionary", "PERSON"))
                continue
            key = "person?:" + name
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, name, None, "unknown_person", first=ent.start_char)
            ctx.add(_Cand(start, ent.end, ent.root.i, key, "ner", "PERSON"))
        self._apposed_title_names(ctx)

    def _apposed_title_names(self, ctx: ActorContext) -> None:
        """(h33h) A full name set off by commas after a person's title, which the NER missed or cut ("India's foreign
        ministry spokesperson, Randhir Jaiswal[PRODUCT: only "Jaiswal"], said"): two or more capitalised proper nouns,
        the last apposed to a noun of coref.yaml `title_heads` and between commas (or the sentence's end), none named
        already nor in an entity of `apposed_name_excluded_labels` (a place or body apposed to a title is no person)."""
        doc, excluded = ctx.doc, set(self.vocab.get("apposed_name_excluded_labels") or ())
        for tok in doc:
            if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.pos_ != "NOUN" or tok.head.i > tok.i \
                    or tok.head.lemma_.lower() not in self.vocab["title_heads"]:
                continue
            start = tok.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                    and doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = doc[start:tok.i + 1]
            if len(span) < 2 or start == 0 or doc[start - 1].text != "," \
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].text not in (",", ".")):
                continue
            if any(not t.text[:1].isupper() or t.i in ctx.covered or t.ent_type_ in excluded or t.text in self.kb.titles
                   for t in span) or self._names_a_place(span):
                continue
            name = span.text
            key = "person?:" + name
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, name, None, "unknown_person", first=span.start_char)
            ctx.add(_Cand(start, tok.i + 1, tok.i, key, "ner", "PERSON"))

    def _titled_name(self, ent: Span) -> bool:
        """A name the NER labelled an organisation right after a person's title that modifies it
        ("presidential spokesman Bayo Onanuga[ORG] said"): a person. Two or more capitalised proper
        nouns, the title (coref.yaml `title_heads`) a compound of the name's head."""
        doc = ent.doc
        if ent.label_ not in ("ORG", *self.vocab["described_name"]["labels"]) or len(ent) < 2:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
            return False
        title = doc[ent.start - 1]
        if ent.label_ == "ORG" and ent.start > 0 and title.lemma_.lower() in self.vocab["title_heads"] and title.dep_ == "compound" \
                and title.head.i in range(ent.start, ent.end):
            return True
        # (h21a) ... or apposed to a person's title, opening with a given name ("Madrid's regional president, Isabel
        # Diaz Ayuso[ORG] of the People's Party"; given_names.yaml)
        root = ent.root
        if ent.label_ == "ORG" and root.dep_ == "appos" and root.head.lemma_.lower() in self.vocab["title_heads"] \
                and ent[0].text in given_name_sexes():
            return True
        # (h26h) ... or with such a title apposed to it, bare ("Ulf Laessing[ORG], head of the Sahel programme at ...,")
        if ent.label_ == "ORG" and ent[0].text in given_name_sexes() and any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self.vocab["title_heads"]
                and not any(d.dep_ == "det" for d in c.children) for c in root.children):
            return True
        # (h24d) ... or a name of any label opening with a given name and described by an indefinite apposition ("Russia
        # freed Ksenia Karelina[GPE], a Russian-American ballet dancer"; coref.yaml `described_name`)
        spec = self.vocab["described_name"]
        return ent.label_ in spec["labels"] and ent[0].text in given_name_sexes() and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in spec["determiners"]
                                                             for d in c.children) for c in root.children)

    def _title_prefix(self, doc, start: int, end: int) -> int:
        """(h25i) How many tokens from `start` (before `end`) are a title or honorific written whole, the
        longest first ("Datuk Seri", "Tan Sri", "General"); 0 if none."""
        for n in (3, 2, 1):
            if start + n <= end and doc[start:start + n].text in self.kb.titles:
                return n
        return 0

    def _titled_surname(self, ctx: ActorContext, start: int, end: int, cased: bool = False) -> str | None:
        """A family name after a title ("President Bush", "Syrian President Assad"): the one person
        of that name with a role of that title (and country, if one is written) — the one holding it
        on the date, else the only one who ever held it, coded by that role unless the title is marked
        past ("former President Bush": their code on the date). None if ambiguous. `cased`: the name is
        written in lower case and read with its first letter capitalised ("President obama"; h34b)."""
        doc = ctx.doc
        if end - start != 1 or start == 0:
            return None
        text = doc[start].text
        owners = self.family_names.get(text[:1].upper() + text[1:] if cased else text)
        if not owners:
            return None
        title = None
        for n in (3, 2, 1):
            if start - n >= 0 and doc[start - n:start].text in self.kb.titles:
                title, tstart = doc[start - n:start].text, start - n
                break
        if title is None:
            return None
        past = any(t.lower_ in self.vocab["past_role_modifiers"] for t in doc[max(0, tstart - 2):tstart])
        country = self._country_of(ctx, doc[tstart - 1])[0] if tstart > 0 else None
        want = title.lower().rstrip(".")
        fits: list[tuple[Entry, list]] = []
        for eid in owners:
            entry = self.kb.entries[eid]
            roles = [r for r in entry.roles if r.title and f" {want} " in f" {r.title.lower()} "
                     and (country is None or r.code[:3] == country)]
            if roles:
                fits.append((entry, roles))
        active = [(e, rs) for e, rs in fits if any(r.active(ctx.day) for r in rs)] if ctx.day and not past else []
        if len(active) == 1:
            return ctx.actor_for_entry(active[0][0], doc[start].idx)
        codes = {r.code for _e, rs in fits for r in rs}
        if not active and len(fits) > 1 and len(codes) == 1 and not past:
            # (h20c) several of the name held that title, none on the date ("President Bush" in 2000): which one the
            # text means is not known, but the office is, as the title gives it
            key = "person?:" + doc[tstart:start + 1].text
            if key not in ctx.actors:
                code = codes.pop()
                ctx.actors[key] = _ActorSpec(key, doc[start].text, code, "unknown_person", country=code[:3],
                                             sector=code[3:6] or None, first=doc[start].idx)
            return key
        if active or len(fits) != 1:
            return None
        entry, roles = fits[0]
        codes = {r.code for r in roles}
        key = ctx.actor_for_entry(entry, doc[start].idx)
        spec = ctx.actors[key]
        if len(codes) == 1 and entry.role_on(ctx.day) is None and not past:
            # not in office on the date, but the text calls them by the title: code that role
            spec.code = codes.pop()
            spec.country, spec.sector = spec.code[:3], spec.code[3:6] or None
        return key

    # -- 3. surnames and short forms -------------------------------------------------------------
    def _short_forms(self, ctx: ActorContext) -> dict[str, list[tuple[int, str, int, str]]]:
        """Short forms of the people named so far: text → (start, actor key, rank, resolution) of each mention that
        gives it; rank 0 for a family name (the last word, the last two, a Spanish name's second-last), 1 for a first
        word (a Chinese family name, "Li" of Li Qiang, but also a given name, "Abbas" of Abbas Araghchi)."""
        forms: dict[str, list[tuple[int, str, int, str]]] = {}
        for cand in ctx.cands:
            spec = ctx.actors[cand.key]
            if spec.kind not in ("person", "unknown_person"):
                continue
            words = [w for w in spec.name.replace("-", " ").split() if w[:1].isupper()]
            mention_words = [t.text for t in ctx.doc[cand.start:cand.end]]
            last = spec.name.split()[-1]
            if len(spec.name.split()) >= 2 and "-" in last:  # "al-Sharaa", written "Al-Sharaa" first in a sentence
                for short in {last, last[:1].upper() + last[1:]}:
                    forms.setdefault(short, []).append((cand.start, cand.key, 0, cand.resolution))
            for source in (words, mention_words):
                if len(source) >= 2:
                    # family name last ("Putin"), or first ("Li" of Li Qiang); the last two words ("Aung Hlaing")
                    # ... and, of three words or more, the second-last (the father's family name of a
                    # Spanish or Portuguese name: "Gonzalez" of Edmundo Gonzalez Urrutia)
                    shorts = {source[-1], " ".join(source[-2:]), source[0]} | ({source[-2]} if len(source) >= 3 else set())
                    for short in shorts:
                        if short[:1].isupper() and short not in self.kb.titles:
                            rank = 1 if short == source[0] and short not in (source[-1], " ".join(source[-2:])) else 0
                            forms.setdefault(short, []).append((cand.start, cand.key, rank, cand.resolution))
        return forms

    @staticmethod
    def _form_owner(owners: list[tuple[int, str, int, str]], at: int) -> str:
        """The person a short form at token `at` names: of those named before it, by a family name first, then the
        nearest ("Mahmoud Abbas ... Abbas Araghchi ... Abbas said": the president, whose family name it is); else the
        first named after it."""
        before = [o for o in owners if o[0] < at]
        if before:
            return min(before, key=lambda o: (o[2], -o[0]))[1]
        return min(owners, key=lambda o: (o[2], o[0]))[1]

    def _short_form_owner(self, ctx: ActorContext, text: str, at: int) -> str | None:
        owners = self._short_forms(ctx).get(text)
        if not owners:
            return None
        return self._form_owner(owners, at)

    def _surnames(self, ctx: ActorContext) -> None:
        forms = self._short_forms(ctx)
        if not forms:
            return
        doc = ctx.doc
        for tok in doc:
            # ((h26h) or a name the parser tagged as another word, opening a sentence it left with no subject:
            # "Nduhungirehe[ADV], while welcoming the accord, was more cautious")
            if not tok.text[:1].isupper() or tok.pos_ not in NOUNS and not (
                    tok.is_alpha and tok.is_sent_start and tok.i not in ctx.covered
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.sent.root.children)):
                continue
            if tok.i in ctx.covered:
                self._named_namesake(ctx, tok, forms)
                continue
            for n in (3, 2, 1):
                if tok.i + n > len(doc):
                    continue
                text = doc[tok.i:tok.i + n].text
                if text not in forms or any(j in ctx.covered for j in range(tok.i, tok.i + n)):
                    continue
                if n == 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].i not in ctx.covered \
                        and doc[tok.i + 1].dep_ == "compound":
                    break  # part of a longer unknown name
                key = self._form_owner(forms[text], tok.i)
                span = doc[tok.i:tok.i + n]
                ctx.add(_Cand(tok.i, tok.i + n, span.root.i, key, "surname", tok.ent_type_ or None))
                break

    def _named_namesake(self, ctx: ActorContext, tok: Token, forms: dict[str, list[tuple[int, str, int, str]]]) -> None:
        """(h23e) A family name the dictionary gave to the one person of that name in office ("Ruto" → William Ruto), or a
        one-word alias ("Anwar"), is
        the person the story itself named before with it in full, when that is someone else ("Kenyan activist David
        Ruto accused police of torture. Ruto said ...": the activist; "Mahmoud Abbas met Abbas Araghchi ... Abbas
        urged": by its family name, the president)."""
        cand = ctx.covered[tok.i]
        if cand.resolution not in ("surname", "dictionary") or cand.start != tok.i or cand.end != tok.i + 1 \
                or ctx.actors[cand.key].kind != "person":
            return  # (a one-word alias too: "Anwar" of Anwar Ibrahim after "Anwar Gargash")
        owners = [o for o in forms.get(tok.text, ()) if o[0] < tok.i and o[3] != "surname"]
        if not owners or any(o[1] == cand.key for o in owners):
            return
        key = self._form_owner(owners, tok.i)
        ctx.remove(cand)
        ctx.add(_Cand(cand.start, cand.end, cand.head, key, "surname", cand.ner))

    # -- 3b. organisations the dictionary lacks ----------------------------------------------------
    def _unknown_bodies(self, ctx: ActorContext) -> None:
        """An organisation no dictionary knows, named with a last word that says what it is ("Nordvik
        Tanker Management", "Lagos Evening News", "the Fifth Fleet": coref.yaml `org_name_heads`), is an
        actor of that sector; its country is a country or capital inside the name ("Iran Shipping Lines",
        "Kyiv Post"), else what the text says of it, found once the phrases around it are coded
        (`_unknown_body_codes`). Its short forms after it ("Nordvik denied ...") are the same actor. A name
        after a sector word ("the shipping company Nordvik") is composed with it instead."""
        doc = ctx.doc

        def name_word(t: Token) -> bool:  # a word of a name not coded yet, after the dateline
            return t.i not in ctx.covered and t.text[:1].isupper() and t.pos_ in NOUNS and t.i >= ctx.dateline

        # the organisations the NER found, and runs of capitalised nouns it tagged otherwise or not at all
        # ('"...," Corvina Maritime[WORK_OF_ART] said'), each ending in the word that heads it
        spans = [[t for t in ent if not (t.i == ent.start and t.dep_ == "det") and t.dep_ != "case"]
                 for ent in doc.ents if ent.label_ == "ORG"]
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and name_word(doc[j]):
                j += 1
            run = list(doc[i:j])
            if run and all(t.head.i in range(i, j) for t in run[:-1]) and run[-1].pos_ == "PROPN" \
                    and (len(run) > 1 or self._described_body(run[-1]) is not None):
                spans.append(run)
            i = max(j, i + 1)

        def inner_country(t: Token) -> str | None:
            # a country or its capital named inside the name ("Kyiv Post", "Iran Shipping Lines"): its code
            c = ctx.covered.get(t.i)
            spec = ctx.actors[c.key] if c is not None else None
            return spec.code if spec is not None and spec.kind == "country" and c.resolution in ("dictionary", "place") \
                else None

        names: list[tuple[list[str], str, int]] = []  # (words of the name, actor key, token after it)
        for toks in sorted(spans, key=lambda ts: ts[0].i if ts else 0):
            if not toks or not all(name_word(t) for t in toks[-1:]) \
                    or any(t.i in ctx.covered and not inner_country(t) for t in toks):
                continue
            root = toks[-1]
            sector = self.org_name_heads.get(root.text)
            if sector is None and len(toks) > 1 and root.text in self.vocab["org_name_neutral_ends"]:
                # (h25d) a last word that says nothing of the body lets the word before it say ("Relief International")
                sector = self.org_name_heads.get(toks[-2].text)
            described = self._described_body(root) if sector is None and root.ent_type_ in self.vocab["described_body_ents"] \
                else None
            if described is not None:
                sector = described or None
            elif sector is None:
                continue
            if any(t.head.i not in range(toks[0].i, root.i + 1) for t in toks[:-1]):
                continue
            if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in NOUNS:
                continue  # modifying a noun after it ("Nordvik Shipping chief Ola Berg")
            if self._is_place(doc[toks[0].i:root.i + 1]):
                continue  # a place ("clashed near the Torkham Border Post")
            if any(t.dep_ == "compound" and self._sector_word(t) for t in doc[root.left_edge.i:toks[0].i]):
                continue  # ("the shipping company Nordvik Lines": composed with its sector word)
            name = doc[toks[0].i:toks[-1].i + 1].text
            key = "org?:" + name
            inner = [c for c in (inner_country(t) for t in toks) if c]
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, name, None, "organisation", sector=sector, first=toks[0].idx,
                                             country=inner[0] if len(set(inner)) == 1 else None)
            for t in toks:  # (the country's mention inside the name is the name's now)
                if t.i in ctx.covered:
                    ctx.cands.remove(ctx.covered.pop(t.i))
            ctx.add(_Cand(toks[0].i, toks[-1].i + 1, root.i, key, "ner", "ORG"))
            names.append(([t.text for t in toks], key, toks[-1].i + 1))
        self._short_names(ctx, names)

    def _short_names(self, ctx: ActorContext, names: list[tuple[list[str], str, int]]) -> None:
        """Short forms of bodies' names (words, actor key, token after the name): a later run of capitalised
        nouns that begins one name only ("Nordvik", "Aegean Crest" of "Aegean Crest Maritime") and is no
        generic word (coref.yaml `org_name_generic_words`) is that body. A run the NER took for an unknown
        person ("Zhenlong[PERSON] said" after "Chinese carmaker Zhenlong Motors") is the body too."""
        if not names:
            return
        doc = ctx.doc
        generic = self.vocab["org_name_generic_words"]

        def unknown(t: Token) -> _Cand | None:  # the mention of an uncoded unknown person over the token
            c = ctx.covered.get(t.i)
            return c if c is not None and c.resolution == "ner" and ctx.actors[c.key].kind == "unknown_person" \
                and not ctx.actors[c.key].code else None

        def name_word(t: Token) -> bool:
            return (t.i not in ctx.covered or unknown(t) is not None) and t.text[:1].isupper() and t.pos_ in NOUNS \
                and t.i >= ctx.dateline

        i = 0
        while i < len(doc):
            if not name_word(doc[i]):
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and name_word(doc[j + 1]):
                j += 1
            words = [t.text for t in doc[i:j + 1]]
            if len(words) > 1 or not (words[0] in generic or self._sector_word(doc[i]) or words[0] in self.kb.titles):
                keys = {key for full, key, end in names if end <= i and full[:len(words)] == words}
                person = unknown(doc[i])
                if len(keys) == 1 and person is not None and (person.start, person.end) == (i, j + 1):
                    # every mention of that "person" is the body ("Zhenlong ... Zhenlong said")
                    old, key = person.key, keys.pop()
                    for c in ctx.cands:
                        if c.key == old:
                            c.key, c.resolution = key, "alias"
                elif len(keys) == 1 and all(t.i not in ctx.covered for t in doc[i:j + 1]):
                    ctx.add(_Cand(i, j + 1, j, keys.pop(), "alias", doc[j].ent_type_ or None))
            i = j + 1

    def _named_body_forms(self, ctx: ActorContext) -> None:
        """Short forms of the bodies composed with the name they were given ("Chinese carmaker Zhenlong
        Motors ... Zhenlong said"): `_short_names` of the proper nouns that end the phrase."""
        doc = ctx.doc
        names = []
        for cand in ctx.cands:
            head = doc[cand.head]
            if cand.resolution != "composed" or head.pos_ != "PROPN" or not ctx.actors[cand.key].code:
                continue
            start = head.i
            while start > cand.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                start -= 1
            body = doc[start - 1] if start > cand.start else None
            if head.text[:1].isupper() and body is not None and body.dep_ == "compound" \
                    and body.lemma_.lower() in self.vocab["collective_heads"]:  # (a name after the body noun)
                names.append(([t.text for t in doc[start:head.i + 1]], cand.key, head.i + 1))
                spec = ctx.actors[cand.key]
                if spec.name == doc[cand.start:cand.end].text:
                    spec.name = doc[start:head.i + 1].text  # the body is called by its name ("Zhenlong Motors")
        # (h20h) a dictionary organisation named with its parent's qualifier is called later by the rest of that name:
        # "the UN Security Council ... Russia requested a meeting of the Security Council" (coref.yaml
        # `parent_qualifiers`; the bare form is no alias of its own: other countries have security councils)
        qualifiers = self.vocab.get("parent_qualifiers", ())
        for cand in ctx.cands:
            words = [t.text for t in doc[cand.start:cand.end] if t.pos_ != "DET"]
            if cand.resolution == "dictionary" and ctx.actors[cand.key].kind == "organisation" and len(words) > 2 \
                    and words[0] in qualifiers:
                names.append((words[1:], cand.key, cand.end))
        self._short_names(ctx, names)

    def _described_body(self, root: Token) -> str | None:
        """The sector ("" for none) of the body noun (coref.yaml `collective_heads`: not a person's title) a
        name is apposed to ("Nordvik, a Dubai-based shipping company,": BUS; "..., the group that ...": ""),
        or None when it is apposed to no body: a name so described is an organisation's, whatever the NER
        called it (coref.yaml `described_body_ents`)."""
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for n in nouns:
            lemma = n.lemma_.lower()
            if n.pos_ == "NOUN" and any(c.dep_ == "det" for c in n.children) and lemma in self.vocab["collective_heads"]:
                return self.kb.sector_of(lemma) or ""
        return None

    def _unknown_body_codes(self, ctx: ActorContext) -> None:
        """The code of an organisation no dictionary knows (`_unknown_bodies`): its sector, and the country
        the text gives it — an apposition ("Nordvik Management, a Dubai-based company"), a located participle
        ("Greece-based Aegean Crest Maritime", "..., based in Dubai"), an owner ("the U.S. Navy's Fifth
        Fleet"); else the one indefinite description of its sector told in an earlier sentence, when it
        is the story's only such name with no country ("Britain sanctioned a Dubai-based ship management
        company ... Nordvik Tanker Management was added to the list": one actor, AREBUS). No country told,
        no code: the story's country is no company's."""
        bodies = {k: s for k, s in ctx.actors.items() if k.startswith("org?:")}
        if not bodies:
            return
        doc = ctx.doc
        for a, b in list(self._apposed(ctx)):
            for own, other in ((a, b), (b, a)):
                spec, so = bodies.get(own.key), ctx.actors[other.key]
                if spec is not None and other.key not in bodies and so.code == self.vocab["ngo_code"] and not spec.country:
                    # ("the aid group Lifeline Relief International": an international NGO, `_compose`)
                    spec.code, spec.sector = so.code, spec.sector or so.sector
                    other.key, other.resolution = own.key, "apposition"
                    continue
                if spec is None or other.key in bodies or other.resolution == "place" or not so.code \
                        or so.kind != "composed" or len(so.code) < 6:
                    continue  # (a description, not another body's name: "Malaysia Airlines Boeing[appos] 777")
                spec.country = spec.country or so.country or so.code[:3]
                spec.sector = spec.sector or so.sector
                other.key, other.resolution = own.key, "apposition"
        for cand in ctx.cands:
            spec = bodies.get(cand.key)
            if spec is not None and cand.resolution == "ner" and not spec.country:
                spec.country = self._body_country(ctx, doc[cand.head], cand.start)
        for key, spec in bodies.items():
            if spec.country or not spec.sector \
                    or sum(1 for s in bodies.values() if s.sector == spec.sector and not s.country) != 1:
                continue
            first = min(c.start for c in ctx.cands if c.key == key)
            told = {c.key for c in ctx.cands if c.resolution == "composed" and c.start < first
                    and ctx.sentence_of(c.start) < ctx.sentence_of(first) and self._indefinite_body(ctx, c, spec.sector)}
            if len(told) != 1:
                continue
            told_key = told.pop()
            country = ctx.actors[told_key].country
            if any(s.sector == spec.sector and s.country == country for s in bodies.values()):
                continue  # (a body of that sector and country is named: the description may be it)
            spec.country = country
            for c in ctx.cands:
                if c.key == told_key:
                    c.key = key  # (still a composed mention: the description was told, not referred back to)
        self._apposed_parties(ctx, bodies)
        for spec in bodies.values():
            if spec.country and spec.sector and self.kb.country(spec.country):
                spec.code = spec.country + spec.sector
            elif not spec.country and spec.sector in self.vocab["ngo_sectors"]:
                # (h25d) an aid body named by its name alone with no country told ("Relief International said nine of
                # its staff were killed") is an international NGO, as one a description names is (`_compose`)
                spec.code = self.vocab["ngo_code"]
        # a phrase a body owns, composed before the body had a code ("Atlantica's owner", "the company's chief
        # executive"): the body's (of its country, for a sector of its own: "the company's lawyers"); of no code
        # when the body has none, never the country of the story
        for cand in ctx.cands:
            head = doc[cand.head]
            poss = next((c for c in head.children if c.dep_ == "poss"), None) if cand.resolution == "composed" else None
            if poss is None:
                continue
            # (the body's own mention, which the phrase's may have taken over)
            body = next((bodies[c.key] for c in ctx.cands if c.start <= poss.i < c.end and c.key in bodies), None)
            if body is None:
                continue
            spec = ctx.actors[cand.key]
            code = None if not body.code else body.code if spec.sector in (None, body.sector) \
                else body.code[:3] + spec.sector
            key = _composed_key(code, head) if code else "composed?:" + spec.name
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, spec.name, code, "composed", country=code[:3] if code else None,
                                             sector=code[3:6] if code else None, first=spec.first, head=spec.head)
            cand.key = key

    def _apposed_parties(self, ctx: ActorContext, bodies: dict[str, _ActorSpec]) -> None:
        """An unknown name apposed to a party noun (coref.yaml `party_heads`) that names its country ("Serb List,
        the main party of Kosovo Serbs,", "Tarvo, the opposition party in Estonia,"): a party of that country, of
        the sector its modifiers give (`apposed_party_sectors`: "the ruling party" GOV), else
        `apposed_party_sector`."""
        doc = ctx.doc
        sectors = self.vocab.get("apposed_party_sectors", {})
        default = self.vocab.get("apposed_party_sector")
        for cand in list(ctx.cands):
            spec = bodies.get(cand.key)
            if spec is None or spec.country or cand.resolution != "ner" or not default:
                continue
            root = doc[cand.head]
            nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
            for n in nouns:
                if n.pos_ != "NOUN" or n.lemma_.lower() not in self.vocab["party_heads"] or n.tag_ != "NN":
                    continue
                # the country its modifiers or its "of" / "in" phrase name ("of Kosovo Serbs", "Kosovo's")
                scope = [t for c in n.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                         or c.dep_ == "prep" and c.lower_ in self.vocab["party_country_prepositions"] for t in c.subtree]
                countries = {ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3]
                             for t in scope if (c := ctx.covered.get(t.i)) is not None and c.key != cand.key
                             and ctx.actors[c.key].kind in ("country", "composed")}
                countries.discard("")
                if len(countries) != 1:
                    continue
                words = {c.lemma_.lower() for c in n.children if c.dep_ in ("amod", "compound")}
                spec.country = countries.pop()
                spec.sector = next((sectors[w] for w in words if w in sectors), default)
                break

    def _body_country(self, ctx: ActorContext, root: Token, start: int) -> str | None:
        """The country a name's own phrase places a body in: a located participle before it ("Greece-based")
        or after it ("..., based in Dubai", "which is registered in Panama") for a firm or an outlet
        (coref.yaml `located_sectors`), or a country or body owning it ("the U.S. Navy's Fifth Fleet", "Hamas-run
        Al-Aqsa TV": coref.yaml `owning_participles`)."""
        located = ctx.actors[ctx.covered[root.i].key].sector in self.vocab["located_sectors"] if root.i in ctx.covered else False
        for m in ctx.doc[root.left_edge.i:start] if located else ():
            found = self._located(ctx, m)
            if found is not None:
                return found[0]
        for c in root.children:
            if located and c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.vocab["located_participles"] \
                    and c.tag_ == "VBN":
                for p in c.children:
                    pobj = next((o for o in p.children if o.dep_ == "pobj"), None) if p.dep_ == "prep" else None
                    if pobj is not None and p.lower_ in self.vocab["locative_prepositions"] and pobj.pos_ == "PROPN":
                        country = self._place_name_country(ctx, pobj)
                        if country:
                            return country
            owners = [c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ in ("npadvmod", "compound", "nmod")
                                                   and o.i < c.i] if c.dep_ == "amod" and c.i < root.i \
                and c.lemma_.lower() in self.vocab["owning_participles"] else []
            for o in owners:  # "the U.S. Navy's Fifth Fleet", "Hamas-run Al-Aqsa TV"
                spec = ctx.actors[ctx.covered[o.i].key] if o.i in ctx.covered else None
                country = spec and (spec.country or (spec.code[:3] if spec.code and spec.kind != "organisation" else None))
                if country and self.kb.country(country):
                    return country
        return None

    def _indefinite_body(self, ctx: ActorContext, cand: _Cand, sector: str) -> bool:
        """A body told by an indefinite description with a country and no name ("a Dubai-based ship
        management company"): a body noun (coref.yaml `collective_heads`: "a company", not "a businessman"),
        singular, "a"/"an" (modality.yaml `indefinite_determiners`), of this sector."""
        head, spec = ctx.doc[cand.head], ctx.actors[cand.key]
        return head.pos_ == "NOUN" and head.tag_ == "NN" and spec.kind == "composed" and spec.sector == sector \
            and head.lemma_.lower() in self.vocab["collective_heads"] \
            and bool(spec.country) and any(c.dep_ == "det" and c.lower_ in self.indefinite for c in head.children) \
            and not any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in head.children)

    # -- 4. composed noun phrases: possessor/adjective country + sector head ------------------------
    def _sector(self, tokens: list[Token]) -> tuple[str | None, bool]:
        """Rightmost sector word among head and modifiers; also whether the head is an actor noun."""
        sector = None
        for t in tokens:
            s = self._sector_word(t)
            if s and not (t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "non"):
                sector = s  # (not "non-governmental")
        # two-word sector terms ("armed forces", "foreign minister"), at the end or (h21b) before a last generic
        # head with no sector of its own that names no single office holder ("Chinese coast guard personnel",
        # "border guard officials": the term's; not "the armed forces chief", a title, coref.yaml `title_heads`)
        last = tokens[-1] if tokens else None
        generic_last = last is not None and len(tokens) >= 3 and self._sector_word(last) is None and (
            last.lemma_.lower() in self.kb.generic_heads or last.lower_ in self.kb.generic_heads) \
            and last.lemma_.lower() not in self.vocab["title_heads"]
        for a, b in zip(tokens, tokens[1:]):
            s = self._term_sector(a, b)
            if s and (b is tokens[-1] or generic_last and b is tokens[-2]):
                sector = s
        if self.kb.agent_phrases:
            sector = self._agent_phrase_sector(tokens) or sector
        return sector, False

    def _agent_phrase_sector(self, tokens: list[Token]) -> str | None:
        """(h30b) The sector of a user's agent phrase of three or more words ending the noun phrase,
        its words consecutive ("Iraq's national security advisor": ~GOVMIL), the longest first."""
        for n in range(min(len(tokens), 6), 2, -1):
            span = tokens[-n:]
            if any(b.i != a.i + 1 for a, b in zip(span, span[1:])):
                continue
            for key in (" ".join(t.lemma_ for t in span), " ".join(t.text for t in span),
                        " ".join([*(t.text for t in span[:-1]), span[-1].lemma_])):
                key = key.lower()
                if key in self.kb.agent_phrases:
                    return self.kb.sector_words.get(key)
        return None

    def _affairs_bodies(self, ctx: ActorContext) -> None:
        """A body named for a country it deals with, owned by a country ("China's Taiwan Affairs Office", "Seoul's
        Ministry of North Korean Affairs"): one body of the possessor's country, the country in its name no actor
        (coref.yaml `affairs_bodies`)."""
        vocab = self.vocab["affairs_bodies"]
        for head in ctx.doc:
            if head.lemma_.lower() not in vocab["heads"] or head.i in ctx.covered:
                continue
            affairs = [c for c in head.children if c.dep_ == "compound" and c.lower_ in vocab["words"] and c.i < head.i]
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ in vocab["prepositions"] and p.i > head.i:
                    affairs += [c for c in p.children if c.dep_ == "pobj" and c.lower_ in vocab["words"]]
            if len(affairs) != 1:
                continue
            inner = [t for t in ctx.doc[affairs[0].left_edge.i:affairs[0].i] if t.i in ctx.covered]
            inner_keys = {ctx.covered[t.i].key for t in inner}
            if not inner or any(ctx.actors[k].kind != "country" for k in inner_keys):
                continue
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is None or poss.i not in ctx.covered:
                continue
            owner = ctx.actors[ctx.covered[poss.i].key]
            if owner.kind not in ("country", "seat") or not owner.country and not owner.code:
                continue
            country = owner.country or (owner.code or "")[:3]
            if not self.kb.country(country):
                continue
            start, end = poss.left_edge.i, max(head.i, affairs[0].i) + 1
            for t in [*inner, poss]:
                old = ctx.covered.get(t.i)
                if old is not None and old in ctx.cands:
                    ctx.remove(old)
            code = country + vocab["sector"]
            key = _composed_key(code, head)
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, ctx.doc[start:end].text, code, "composed", country=country,
                                             sector=vocab["sector"], first=ctx.doc[start].idx, head=head.lemma_.lower())
            ctx.add(_Cand(start, end, head.i, key, "composed"), override=True)

    def _company_described(self, head: Token, left: list[Token]) -> bool:
        """A proper name after a nationality adjective and a company descriptor ("French nuclear group Orano",
        "Swedish truck maker Vantor": coref.yaml `company_descriptors`)."""
        if head.pos_ != "PROPN" or head.ent_type_ not in self.vocab["described_body_ents"]:
            return False
        desc = self.vocab["company_descriptors"]
        mods = [t for t in left if t.i != head.i]
        for i, m in enumerate(mods):
            if m.dep_ != "compound" or m.head.i != head.i or m.pos_ != "NOUN":
                continue
            lemma = m.lemma_.lower()
            before = mods[:i]
            if lemma in desc["industry_heads"] and not any(b.lower_ in desc["industries"] for b in before):
                continue
            if lemma not in desc["heads"] and lemma not in desc["industry_heads"]:
                continue
            return any(b.pos_ == "ADJ" and b.ent_type_ == "NORP" for b in before)
        return False

    def _creator(self, head: Token) -> Token | None:
        """The by-agent of a participle saying who created a body ("a task force set up by the
        transitional government", coref.yaml `creator_participles`), or None."""
        creators = self.vocab["creator_participles"]
        for c in head.children:
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            prt = next((p.lower_ for p in c.children if p.dep_ == "prt"), None)
            if c.lemma_.lower() not in creators and f"{c.lemma_.lower()} {prt}" not in creators:
                continue
            for a in c.children:
                if a.dep_ == "agent":
                    pobj = next((g for g in a.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.pos_ in NOUNS:
                        return pobj
        return None

    def _term_sector(self, a: Token, b: Token) -> str | None:
        """The sector of a two-word term: by lemmas, as written, or the modifier as written before
        the head's lemma ("rights groups" is the term "rights group": the lemmatizer makes the
        modifier "right")."""
        return self.kb.sector_of(f"{a.lemma_} {b.lemma_}") or self.kb.sector_of(f"{a.text} {b.text}") \
            or self.kb.sector_of(f"{a.text} {b.lemma_}")

    def _funded_dissent(self, head: Token) -> bool:
        """(h25h) A body noun modified by a participle of funding hyphened to a word for abroad ("foreign-funded groups",
        "Western-financed NGOs"; coref.yaml `funded_dissent`)."""
        vocab = self.vocab.get("funded_dissent") or {}
        if head.lemma_.lower() not in vocab.get("heads", ()) and head.lower_ not in vocab.get("heads", ()):
            return False
        for m in head.children:
            if m.dep_ != "amod" or m.i >= head.i or m.i < 2 or m.lower_ not in vocab["participles"] \
                    and m.lemma_.lower() not in vocab["participles"]:
                continue
            dash, word = head.doc[m.i - 1], head.doc[m.i - 2]
            if dash.text == "-" and not dash.whitespace_ and not word.whitespace_ and word.lower_ in vocab["prefixes"]:
                return True
        return False

    @staticmethod
    def _aircraft(head: Token) -> bool:
        """A head that names aircraft: one of sectors.yaml `aircraft` heads after a model designation
        ("F-35 fighters", "Su-27 and MiG-29 fighters") or an aircraft word ("jet fighters")."""
        air = aircraft_vocab()
        if head.lemma_.lower() not in air["heads"] or air["sector"] is None:
            return False
        before = head.doc[head.left_edge.i:head.i]
        return any(t.lemma_.lower() in air["words"] or t.text in air["models"]
                   or (air["designation"] is not None and air["designation"].fullmatch(t.text)) for t in before)

    def _sector_word(self, t: Token) -> str | None:
        """The sector a token names, by lemma or as written; a proper noun also by its singular
        (spaCy leaves "Kurds" as its own lemma)."""
        hit = self.kb.sector_of(t.lemma_) or self.kb.sector_of(t.text)
        if hit is None and t.pos_ == "PROPN":
            hit = self.kb.sector_of_name(t.text)
        return hit

    def _country_of(self, ctx: ActorContext, tok: Token) -> tuple[str | None, str | None]:
        """(country code, full code of an affiliated org) from a modifier or pobj token."""
        return self._actor_info(ctx, tok)[:2]

    def _actor_info(self, ctx: ActorContext, tok: Token, *, affiliation: bool = False
                    ) -> tuple[str | None, str | None, str | None, str | None]:
        """(country, full code of an affiliated body, its kind, its sector) of a modifier or pobj
        token: an organisation or group, a seat standing for its government ("a Kremlin
        spokesman"), a country, or an adjective that is part of a longer name ("South African")."""
        cand = ctx.covered.get(tok.i)
        if cand is not None and cand.resolution != "place":
            spec = ctx.actors[cand.key]
            if spec.kind in ("organisation", "group"):
                return spec.country, spec.code, spec.kind, spec.sector
            if spec.kind == "region":
                return spec.code, None, spec.kind, None
            if spec.kind == "composed" and (spec.entry or affiliation) and spec.code and len(spec.code) > 3:
                # a seat ("a Kremlin spokesman"), or any composed body after an affiliation preposition
                # ("a spokesman for China's foreign ministry")
                return spec.country, spec.code, "seat", spec.sector  # "the Kremlin" (RUSGOV)
            if spec.kind == "unknown_person" and not spec.code and tok.dep_ in ("compound", "poss") \
                    and tok.head.lemma_.lower() in self.vocab["leader_named_heads"]:
                # "the Biden administration" after Biden left office: the family name of a leader
                # of one country, out of office on the date (a name alone names only one in office)
                return self.kb.surname_country(tok.text, ctx.day), None, spec.kind, None
            return spec.country or (spec.code[:3] if spec.code else None), None, spec.kind, None
        if cand is not None:
            spec = ctx.actors[cand.key]
            return spec.country, None, "country", None
        if affiliation and tok.lemma_.lower() in self.vocab["collective_heads"]:
            # "monitors from the European Union Mission in Armenia", "a spokesman for the EU delegation": a body
            # an organisation's name heads is the organisation's
            for m in tok.children:
                owner = ctx.covered.get(m.i) if m.dep_ in ("compound", "nmod") and m.i < tok.i else None
                if owner is not None and owner.resolution != "place" and ctx.actors[owner.key].kind == "organisation":
                    spec = ctx.actors[owner.key]
                    return spec.country, spec.code, spec.kind, spec.sector
        if tok.i in ctx.modifiers:
            entry = ctx.modifiers[tok.i]
            return (entry.code if entry.kind in ("country", "region") else entry.country), None, entry.kind, None
        hit = _lookup_surface(self.kb, tok.text)
        if hit:
            entry, surface = hit
            if entry.kind in ("country",):
                return entry.code, None, entry.kind, None
            if entry.kind == "region":
                return entry.code, None, entry.kind, None
            if entry.kind in ("organisation", "group"):
                return entry.country, entry.code_on(ctx.day), entry.kind, entry.sector
        return None, None, None, None

    @staticmethod
    def _org_agent(code: str, kind: str | None, org_sector: str | None, sector: str | None) -> str:
        """An organisation or group named before a sector head ("ICC prosecutor", "RSF commander"):
        the body's code, plus the head's sector for an organisation whose code and own sector do not
        already say it (a group's members are the group). (h25d) A group that governs a country on the date (coded as
        its government, the Taliban AFGGOV from 2021) names that state's organs by their own sector (coref.yaml
        `ruling_group_organs`): "Taliban intelligence" → AFGSPY, "Taliban police" → AFGCOP."""
        if sector and kind == "group" and re.fullmatch(r"[A-Z]{3}GOV", code) \
                and sector in coref_vocab()["ruling_group_organs"]:
            return code[:3] + sector
        if not sector or kind != "organisation" or sector == org_sector or sector in code[3:]:
            return code
        return code + sector

    def _compose(self, ctx: ActorContext) -> None:
        doc = ctx.doc

        def affiliated(t: Token) -> bool:  # "a spokesman for [China's foreign ministry]": compose the object first
            # ((h34e) for a spokesperson, also a body noun the tagger made a proper noun: "a spokesman for China's foreign
            # ministry[NNP]"; "activists from the Fatah Party[NNP]" stay the activists they were)
            spokes = t.lemma_.lower() in self.vocab["spokes_titles"]
            return any(p.dep_ == "prep" and p.lower_ in self.vocab["affiliation_prepositions"]
                       and any(c.dep_ == "pobj" and (c.pos_ == "NOUN" or spokes and c.pos_ == "PROPN")
                               for c in p.children) for p in t.children) \
                or self._creator(t) is not None

        for head in sorted(doc, key=lambda t: (affiliated(t), t.i)):
            if head.pos_ not in NOUNS or head.i in ctx.covered and ctx.covered[head.i].resolution != "dictionary" \
                    or head.i in ctx.non_agent:
                continue
            if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in NOUNS:
                continue  # a modifier ("media attention", "Russian President Putin"), not a phrase head
            if head.text[:1].isupper() and head.dep_ == "pobj" and head.head.lower_ == "of" \
                    and head.head.head.text in (self.vocab.get("body_name_heads") or ()):
                continue  # (h27d) "the IAEA Board of Governors": the rest of a body's name, no governors of a country
            mods = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
            left = [t for t in doc[head.left_edge.i:head.i + 1]
                    if t.dep_ in MODIFIER_DEPS or t.i == head.i]
            if head.i in ctx.covered:
                # a dictionary name heading a phrase ("the Russian government" is not this case)
                continue
            named = self._named_after(ctx, head)
            if named is not None:
                # (h21g) "the Lebanese armed group Hezbollah", "members of the Palestinian militant group Islamic Jihad":
                # a descriptive noun with the group's name right after it is that group (coref.yaml `named_descriptor_heads`)
                start = head.i  # (from the first word of the phrase not named already: "the Iran-backed ... group")
                while start > head.left_edge.i and doc[start - 1].i not in ctx.covered \
                        and doc[start - 1].dep_ not in ("det", "punct", "predet", "poss"):
                    start -= 1
                ctx.add(_Cand(start, head.i + 1, head.i, named.key, "description"))
                continue
            # ((h29f) a modifier inside a sectors.yaml `non_agents` phrase lends no sector: "a social media post" is no
            # media body's post)
            sector, _ = self._sector([t for t in left if (t.i not in ctx.covered or t.i == head.i) and t.i not in ctx.non_agent])
            generic = head.lemma_.lower() in self.kb.generic_heads or head.text.lower() in self.kb.generic_heads
            if head.lemma_.lower() in self.kb.name_owned_heads and (
                    head.ent_type_ == "ORG" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)):
                # "his office said": the speaker's own office, told by the quote stage, no new body; "the U.N.
                # Office for the Coordination of Humanitarian Affairs" is a name, the dictionary's
                generic = False
            head_sector = self._sector_word(head)
            if self._military_rule(head):
                # (h21g) "Mali's military government", "Niger's military-led government", "the military rulers": a junta,
                # the armed forces' sector (ANNOTATION.md: "MIL armed forces, juntas"; coref.yaml `military_rule_sector`)
                head_sector = sector = self.vocab["military_rule_sector"]
            if head_sector is None and self._bare_count(head):
                head_sector = sector = self.vocab["civilian_sector"]
            if head.i > 0 and doc[head.i - 1].i not in ctx.covered:
                # a two-word term ending in the head ("National Assembly", "federal police")
                prev = doc[head.i - 1]
                multi = self._term_sector(prev, head)
                if multi:
                    head_sector = sector = multi
            if self.kb.agent_phrases:
                # (h30g) a user's PETRARCH agent phrase ending the noun phrase wins over our two-word terms ("main
                # opposition group" [~MOP], "human rights activist" [~OPP]): the user's dictionary is the one coding
                user = self._agent_phrase_sector([t for t in left if (t.i not in ctx.covered or t.i == head.i)])
                if user:
                    head_sector = sector = user
            if head_sector is None and sector is None and self._funded_dissent(head):
                # (h25h) "foreign-funded groups": the opposition (coref.yaml `funded_dissent`)
                head_sector = sector = self.vocab["funded_dissent"]["sector"]
            if self._aircraft(head):
                # "Italian F-35 fighters", "jet fighters": aircraft, the air force's (not militants)
                head_sector = sector = aircraft_vocab()["sector"]
            of_term = None  # "heads of state": a sector term the head ends with its "of" phrase
            for p in head.children:
                # (h21l) ... or with its "on" / "for" phrase ("the National Commission on Human Rights": a
                # term of sectors.yaml, the phrase's object written with its compounds)
                if p.dep_ == "prep" and p.lower_ in ("of", "on", "for"):
                    pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                    term = self.kb.sector_of(f"{head.lemma_.lower()} {p.lower_} {pobj.lemma_.lower()}") \
                        if pobj is not None else None
                    if pobj is not None and not term:
                        written = " ".join(t.lower_ for t in pobj.lefts if t.dep_ == "compound" and t.i == pobj.i - 1)
                        term = self.kb.sector_of(f"{head.lemma_.lower()} {p.lower_} {written} {pobj.lower_}") \
                            if written else None
                    if term:
                        head_sector = sector = term
                        of_term = pobj
            named_body = sector is not None and head.pos_ == "PROPN" and head.ent_type_ == "ORG" and any(
                m.dep_ == "compound" and self._sector_word(m) for m in left if m.i != head.i)
            # ... or a name the NER tagged otherwise after a body noun ("Greek shipping company[compound]
            # Aegis Star[PRODUCT]": coref.yaml collective_heads, described_body_ents)
            named_body = named_body or sector is not None and head.pos_ == "PROPN" \
                and head.ent_type_ in self.vocab["described_body_ents"] and any(
                    m.dep_ == "compound" and m.lemma_.lower() in self.vocab["collective_heads"] and self._sector_word(m)
                    for m in left if m.i != head.i)
            # ("Chinese carmaker BYD", "the state police agency[compound] SIPA": a sector word anywhere
            # in the name's modifiers)
            if not named_body and sector is None and not generic and self._company_described(head, left):
                # "French nuclear group Orano": a company of the nationality's country (coref.yaml company_descriptors)
                sector = self.vocab["firm_sector"]
                named_body = True
            # a force's installations and units stand for the force ("attacked a military convoy",
            # "a police station": coref.yaml installation_heads)
            installation = sector is not None and head.lemma_.lower() in self.vocab["installation_heads"]
            if head_sector and self._hyphen_participle_part(head) and self._story_body(ctx, head, head_sector):
                continue  # (p23) "the army-led administration": the army the story told, not an actor of this sentence
            if sector is None and head.lemma_.lower() in self.vocab["earlier_vehicle_heads"] and self._bare_definite(head) \
                    and self._earlier_installation(ctx, head):
                continue  # "the drone": the one named before ("a Malian army drone")
            if head.lemma_.lower() in self.vocab["firm_role_heads"] and self._firm_role(ctx, head):
                continue
            if not (head_sector or generic or named_body or installation
                    or (sector and head.lemma_.lower() in self.kb.sector_words)):
                self._collective(ctx, head)
                continue
            country, org_code = None, None
            org_kind, org_sector, affiliated = None, None, False
            of_country = None
            countries: list[str] = []
            words: dict[str, str] = {}
            prev_country: Token | None = None
            # a facility's proper name (coref.yaml facility_name_heads): a nationality word inside it is part of
            # the name, no country ("the Saudi Maternity Hospital" in El Fasher)
            named_facility = head.pos_ == "PROPN" and head.text[:1].isupper() \
                and head.lemma_.lower() in self.vocab["facility_name_heads"]
            for m in mods:
                if named_facility and m.dep_ in ("amod", "compound") and m.text[:1].isupper():
                    continue
                if self._stance_word(m):
                    continue  # (p23) "pro-European demonstrators" are no Europeans: a stance, not a nationality
                c, o, k, osec = self._actor_info(ctx, m)
                if c and not o and prev_country is not None and m.i == prev_country.i + 1 \
                        and m.dep_ in ("amod", "compound", "nmod"):
                    # two nationality words side by side, neither coordinated nor hyphenated: the
                    # second names a people of the first's country ("Croatian Serb refugees",
                    # "Bosnian Serb forces"), not a second country
                    continue
                if c and m.dep_ in ("amod", "compound", "nmod"):
                    prev_country = m
                if c or o:
                    country, org_code = c or country, o or org_code
                if o:
                    org_kind, org_sector = k, osec
                if c and m.dep_ in ("amod", "compound", "nmod"):
                    countries.append(c)
                    words[c] = m.text
                    for conj in conjuncts(m):
                        cc, oc = self._country_of(ctx, conj)
                        if oc and len(oc) > 3 and not self.kb.country(oc):
                            # (h24f) a body coordinated with the country is its own member, by its own code
                            # ("Kinshasa and United Nations experts": the UN's, IGOUNO, not "IGO")
                            cc = oc
                        if cc and cc not in countries:
                            countries.append(cc)
                            words[cc] = conj.text
            lead_from = None  # where the name begins when a leading country is before a participle
            if not country and not org_code:
                # "US-led forces", "Vietnamese-led troops": the leading country (coref.yaml leading_participles)
                for m in mods:
                    if m.dep_ == "amod" and m.lemma_.lower() in self.vocab["leading_participles"]:
                        for lead in m.children:
                            if lead.dep_ in ("npadvmod", "compound", "nmod", "amod") and lead.i < m.i:
                                c, _o, k, _s = self._actor_info(ctx, lead)
                                if c and k in ("country", "composed") and self.kb.country(c):
                                    country, lead_from = c, lead.i
                # (h19j) "the Hague-based tribunal" after an international body of its kind named before is that body
                # (`_international_body`, `_body_called`), not a court of the Netherlands
                located_body = sector is not None and self._bare_definite(head, True) and not self._bare_definite(head) \
                    and (self._body_called(ctx, head) or self._international_body(ctx, head, sector)) is not None
                for m in (t for t in left if t.i != head.i and not located_body):
                    # "a Dubai-based shipping company", "the Dubai-based shipping company Halcyon" (on a
                    # modifier of the name): the place's country
                    found = self._located(ctx, m)
                    if found is not None:
                        country, lead_from = found
                # (h19j) ... and a body said to be based in a place no gazetteer knows takes no country from the
                # sentence (who speaks of it is not where it sits)
                unplaced = not country and any(self._hyphen_located(m) for m in left if m.i != head.i)
            else:
                unplaced = False
            if not country and not org_code:
                # a place inside a longer name ("Baghdad University Medical School"): the modifiers'
                # own modifiers, nearest first, before the sentence's context
                inner = [t for t in left if t.i != head.i and t not in mods and t.dep_ in ("compound", "amod", "nmod")]
                for t in sorted(inner, key=lambda t: -t.i):
                    c, o, k, _s = self._actor_info(ctx, t)
                    if c and k in ("country", "composed") and self.kb.country(c):
                        country = c
                        break
            if head.text[:1].isupper() and head.dep_ == "pobj" and head.head.lower_ == "of" \
                    and head.head.head.text in (self.vocab.get("owned_body_name_heads") or ()):
                # (h34f) "the ICC's Office of the Prosecutor", "Ukraine's Office of the Prosecutor General": the title
                # in an owned office's name is the owner's (the body's own code, or the country's with the title's
                # sector), never of the story's country (coref.yaml `owned_body_name_heads`)
                for m in head.head.head.children:
                    if m.dep_ != "poss":
                        continue
                    c, o, k, osec = self._actor_info(ctx, m, affiliation=True)
                    if o and k in ("organisation", "group"):
                        org_code, country, affiliated, org_kind, org_sector = o, c, True, k, osec
                    elif c and not country and self.kb.country(c):
                        country = c
            extent_end = head.i + 1 if of_term is None else of_term.i + 1
            for p in [*head.children, *(of_term.children if of_term is not None else ())]:
                if p.dep_ == "prep" and p.i > head.i and p.lower_ in self.vocab["affiliation_prepositions"]:
                    pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                    if pobj is None or self._charge_phrase(head, p, pobj):
                        continue
                    c, o, k, _s = self._actor_info(ctx, pobj, affiliation=True)
                    if not o and head.lemma_.lower() in self.vocab["spokes_titles"]:
                        # (h34e) a person's spokesperson speaks for that person, coded as the person ("a spokesperson
                        # for EU foreign policy chief Kaja Kallas urged", "a spokesman for Prime Minister Keir Starmer")
                        person = ctx.covered.get(pobj.i)
                        spec_p = ctx.actors[person.key] if person is not None else None
                        if spec_p is not None and spec_p.kind == "person" and spec_p.code:
                            c, o, k = spec_p.country or spec_p.code[:3], spec_p.code, "person"
                    if o and k == "organisation" and self._envoy_post(head, p) and country and self.kb.country(country) \
                            and country != o[:3]:
                        # (h29a) "Russia's envoy at the United Nations": a country's envoy posted to an international
                        # body is the country's, as "Algeria's UN envoy" is (coref.yaml `envoy_post_prepositions`)
                        continue
                    if o and (generic or k in ("organisation", "group")):
                        # "a spokesman for China's foreign ministry", "a researcher at Human Rights Watch"
                        org_code, country, affiliated = o, c, True
                        extent_end = max(extent_end, pobj.i + 1)
                    elif c and not country and p.lower_ in self.vocab["origin_prepositions"]:
                        country, of_country = c, c  # "the president of Armenia" names the country
                        extent_end = max(extent_end, pobj.i + 1)
                        # (h21l) a name with its own "of" ("the Democratic Republic of Congo"): the whole
                        # dictionary name is the object, and a list goes on from the name's last word
                        named = ctx.covered.get(pobj.i)
                        name_toks, name_text = [pobj], pobj.text
                        if named is not None and named.start <= pobj.i < named.end and named.end > pobj.i + 1 \
                                and named.resolution == "dictionary":
                            name_toks = list(ctx.doc[pobj.i:named.end])
                            name_text = ctx.doc[named.start:named.end].text
                            extent_end = max(extent_end, named.end)
                        if head.tag_ in ("NNS", "NNPS"):
                            # "the foreign ministers of France and Germany": one actor per country
                            # (or a second object of the same "of", as the parser may attach it)
                            listed = [g for t in name_toks for g in conjuncts(t) if g.i > name_toks[-1].i]
                            at = name_toks[-1].i + 1
                            while len(name_toks) > 1 and not listed and at + 1 < len(ctx.doc) \
                                    and ctx.doc[at].lower_ in (",", "and"):
                                # (the parser hangs the list's next name anywhere: read it off the words)
                                nxt = ctx.covered.get(at + 1) if ctx.doc[at + 1].lower_ != "and" else None
                                if ctx.doc[at].lower_ == "," and ctx.doc[at + 1].lower_ == "and":
                                    at += 1
                                    continue
                                if nxt is None or nxt.start != at + 1 or nxt.resolution != "dictionary":
                                    break
                                listed.append(ctx.doc[nxt.head])
                                if ctx.doc[at].lower_ == "and":
                                    break
                                at = nxt.end
                            for conj in listed:
                                cc, oc = self._country_of(ctx, conj)
                                if oc or not (cc and self.kb.country(cc)):
                                    # (h19m) "ministers from Britain, the African Union and the EU": a
                                    # body coordinated with the country is its own actor, not a country's
                                    # ministers ("ministers of Union", IGOGOV); the rest are left alone
                                    break
                                if cc not in countries:
                                    countries += [c] if not countries else []
                                    countries.append(cc)
                                    words.setdefault(c, f"{head.text} of {name_text}|")
                                    words[cc] = f"{head.text} of {conj.text}|"
                                    extent_end = max(extent_end, conj.i + 1)
                    elif not c and not country and p.lower_ in self.vocab["origin_prepositions"]:
                        # "the mayor of the northern West Bank city of Nablus": the country of the place
                        c = self._place_country(ctx, pobj)
                        if c:
                            country = c
            owner = self._private_owner(ctx, head) if not org_code else None
            if owner is not None:
                # "Faith Odhiambo, the society's president": the head of no state body; the body's own
                # when it is coded ("the company's president" after "a Peruvian mining company")
                if owner:
                    ctx.add(_Cand(head.i, head.i + 1, head.i, owner, "description"))
                continue
            creator = self._creator(head) if not country and not org_code else None
            if creator is not None:
                # "a task force set up by the transitional government": the creator's body, not a force
                # of the same head named before (coref.yaml `creator_participles`)
                c, o, k, _s = self._actor_info(ctx, creator, affiliation=True)
                if o and k in ("seat", "organisation", "group"):
                    org_code, country, affiliated = o, c, True
                elif c:
                    country = c
            if head.tag_ in ("NNS", "NNPS") and self._is_pair(head):
                continue
            seat_own_sector = org_kind == "seat" and not affiliated and generic and bool(
                self.kb.generic_head_defaults.get(head.lemma_.lower()))  # "Moscow's forces" are RUSMIL
            federal = None
            if org_code and not affiliated and org_kind == "organisation" and head.lemma_.lower() in self.vocab["envoy_titles"]:
                # (h24e) "Algeria's UN envoy": a country's envoy to an organisation is the country's, not the organisation's
                owner = [cc for m in mods if m.dep_ == "poss" for cc in [self._country_of(ctx, m)[0]]
                         if cc and re.fullmatch(r"[A-Z]{3}", cc) and cc != org_code[:3]]
                if owner:
                    org_code, country = None, owner[0]
            if org_code and (affiliated or generic and not head_sector) and not seat_own_sector:
                code, country = org_code, country or org_code[:3]
                sector = None
            elif org_code and head_sector and org_kind in ("organisation", "group"):
                # (h23e) who heads a body is the body ("the World Bank president", "the ICC president": not IGOWBKGOV)
                own = None if head.lemma_.lower() in self.vocab["body_head_titles"] else head_sector
                code, country = self._org_agent(org_code, org_kind, org_sector, own), country or org_code[:3]
                sector = None
            else:
                if not sector and generic and head.lemma_.lower() in self.vocab.get("titled_office_heads", ()):
                    # (h25h) "the attorney general's office", "the prosecutor's office": the office of a described office
                    # holder is of the holder's sector (coref.yaml `titled_office_heads`), not the government's
                    owners = [ctx.actors[ctx.covered[m.i].key] for m in mods if m.dep_ == "poss" and m.i in ctx.covered]
                    if len(owners) == 1 and owners[0].kind == "composed" and owners[0].sector:
                        sector = owners[0].sector
                if not sector and generic:
                    # "Israeli forces", "Chinese officials": a generic head's own default sector
                    sector = self.kb.generic_head_defaults.get(head.lemma_.lower()) or \
                        self.kb.generic_head_defaults.get(head.text.lower())
                if not sector and generic and head.lemma_.lower() in self.vocab["uniformed_heads"]:
                    sector = self._uniformed_sector(ctx, head, mods)  # "a group of officers", "Police said officers"
                if not country and head.lemma_.lower() in self.vocab["foreign_heads"] and head.tag_ == "NNS" \
                        and self._bare_definite(head):
                    # "the monitors", "the peacekeepers": those named so shortly before ("Monitors from the
                    # European Union Mission in Armenia ... Baku accused the monitors"), never the sentence's country
                    floor = ctx.window_start(head.i, 2)
                    prior = [c for c in ctx.cands if floor <= c.start < head.i and c.resolution != "place"
                             and ctx.doc[c.head].lemma_.lower() == head.lemma_.lower() and ctx.actors[c.key].code]
                    if prior:
                        ctx.add(_Cand(head.i, head.i + 1, head.i, max(prior, key=lambda c: c.start).key, "description"),
                                override=True)
                    continue
                if not sector and not country:
                    if (head.lemma_.lower() in self.vocab["group_heads"] or head.lemma_.lower() in self.vocab["agency_heads"]
                            # (h20e) "the alliance", "the council", "the coalition": a generic body head, definite and
                            # bare, is the body of that kind named before (coref.yaml `collective_heads`)
                            or head.lemma_.lower() in self.vocab["collective_heads"] and not mods) \
                            and head.pos_ == "NOUN" and head.text.islower():
                        self._collective(ctx, head)  # "the group", "the Islamist group": the group named before
                    continue
                code = (country or "") + (sector or "") if country else None
                # (a rank of a force that acts at home is no foreign monitor: "the police inspector-general")
                foreign = (head.lemma_.lower() in self.vocab["foreign_heads"]
                           and not (head_sector is None and sector in self.vocab["home_force_sectors"]) or any(
                    c.dep_ in ("amod", "compound") and c.lower_ in self.vocab["foreign_modifiers"]
                    and not self.kb.sector_of(f"{c.lower_} {head.lemma_.lower()}") for c in head.children)) \
                    and not any(c.dep_ == "poss" for c in head.children)  # "its peacekeepers": the owner's (_possessed)
                if country is None and sector:
                    country = self.vocab["title_countries"].get(head.lemma_.lower())  # "the Pope" is the Holy See's
                    code = country + sector if country else None
                body = self._body_called(ctx, head) if country is None and sector else None
                body = body or (self._international_body(ctx, head, sector) if country is None and sector else None)
                if body is None and country is None and sector:
                    body = self._named_armed_group(ctx, head, sector)
                if body is not None:
                    # "The ICC issued a warrant ... the Taliban accused the court": the court named
                    # before, not a court of the country the sentence is about
                    ctx.add(_Cand(head.i if head.i == head.left_edge.i else head.left_edge.i + 1, head.i + 1,
                                  head.i, body.key, "description"))
                    continue
                federal = None
                if country is None and sector and any(m.lower_ in self.vocab["federal_modifiers"] for m in mods):
                    # "the federal government", "federal forces": a federation's (coref.yaml `federations`)
                    federal = country = self._federal_country(ctx, head)
                    if country is not None:
                        code = country + sector
                if country is None and sector and not foreign and head.tag_ == "NNS" and self._bare_definite(head):
                    # "the soldiers" are those named so shortly before ("soldiers in Guinea-Bissau seized
                    # power ... Portugal urged the soldiers to return to their barracks"), not the sentence's
                    country = self._same_head_before(ctx, head, sector)
                    if country is not None:
                        code = country + sector
                if country is None and sector and head.lemma_.lower() in self.vocab["hostage_heads"]:
                    # (p23) "Hamas freed three Israeli hostages ... the next four hostages would be released": the
                    # hostages named just before, never their captors' people (coref.yaml `hostage_heads`)
                    lemma = head.lemma_.lower()
                    held = self._last_composed(ctx, head.i, lambda a: a.head == lemma and a.sector == sector
                                               and bool(a.country), back=ctx.sentence_of(head.i))
                    country = held.country if held is not None else None
                    if country is not None:
                        code = country + sector
                if country is None and sector in self.vocab["home_force_sectors"] and not foreign:
                    # "Kosovo police arrested three Serbian citizens ... The men, one of whom is a reservist in
                    # the Serbian army, were detained by a special police unit": the police force named just
                    # before, not a country named nearby
                    country = self._same_head_before(ctx, head, sector, any_head=True)
                    if country is not None:
                        code = country + sector
                if country is None and sector and not foreign:
                    # forces in a coup: the country whose rulers they act against, or, for mutineers,
                    # the story's (coref.yaml `risen_sectors`, `mutinous_heads`)
                    country = self._risen_country(ctx, head, sector)
                    if country is not None:
                        code = country + sector
                if country is None and sector and head.lemma_.lower() in self.vocab["mission_words"] \
                        and self._bare_definite(head):
                    # (h21b) "Kenya summoned the Chinese ambassador ... The embassy rejected the protest": the mission
                    # of the envoy or mission named just before, not the host's (coref.yaml `mission_owner_*`)
                    country = self._mission_owner(ctx, head)
                    if country is not None:
                        code = country + sector
                if country is None and sector and foreign and head.tag_ == "NN" and self._bare_definite(head) \
                        and head.lemma_.lower() in self.vocab["envoy_titles"]:
                    # (h27d) "Lebanon's foreign ministry summoned Iran's ambassador, X ... Foreign Minister Y told the envoy":
                    # a bare definite envoy is the envoy (or mission) named last, in its sentence or the
                    # `mission_owner_lookback_sentences` before, as a bare "the embassy" is (coref.yaml `envoy_titles`)
                    country = self._envoy_named_before(ctx, head)
                    if country is not None:
                        code = country + sector
                if country is None and sector and head.lemma_.lower() in self.vocab["ministry_owner_heads"]:
                    # (h21g) "India expelled six Canadian diplomats ... The foreign ministry said": a bare ministry that acts
                    # is the state the story last told acting, not a country its clause acts on (coref.yaml `ministry_owner_*`)
                    country = self._ministry_owner(ctx, head)
                    if country is not None:
                        code = country + sector
                if country is None and sector in ((self.vocab.get("addressed_bodies") or {}).get("sectors") or ()):
                    # (h26a) legislators a person speaks to are the speaker's own ("he told lawmakers that further vetoes
                    # could follow": Slovakia's, not the story's most-named Russia; coref.yaml `addressed_bodies`)
                    country = self._addresser_country(ctx, head)
                    if country is not None:
                        code = country + sector
                if country is None and sector in self.vocab["ngo_sectors"] and self._ngo_name(head):
                    # "the aid group Lifeline Relief International", "Hope Bridge, a charity": a particular
                    # non-governmental body of no country told is an international NGO, never the country of
                    # the story it works in (coref.yaml `ngo_sectors`, `ngo_code`)
                    code = self.vocab["ngo_code"]
                elif country is None and head.lemma_.lower() in ((self.vocab.get("international_ngo") or {}).get(sector)
                                                                 or {}).get("heads", ()) and not any(
                        c.lower_ in self.vocab["ngo_local_modifiers"] for c in head.children if c.dep_ in ("amod", "compound")) \
                        and not self._own_place(ctx, head):
                    # (h27c) "rights groups", "human rights organisations" with no country written on them are
                    # international, as Amnesty International and Human Rights Watch are (NGO + the sector), never the
                    # country they accuse ("Rights groups accused Egypt of torture"; coref.yaml `international_ngo`)
                    code = self.vocab["international_ngo"][sector]["code"]
                elif country is None and sector and not foreign and self._rules(head, sector):
                    # (h27c) a ruling body with no country on it ("the junta", "the military government") rules the
                    # state the story names as ruled, never a foreign backer named nearby (`_ruler_country`)
                    joint = self._joint_rulers(ctx, head) if head.tag_ == "NNS" else None
                    if joint is not None:
                        # "The military regimes of Mali, Burkina Faso and Niger ... the juntas said": the three named
                        ctx.add(_Cand(head.i, head.i + 1, head.i, joint, "description"), override=True)
                        country = None
                    else:
                        country = self._ruler_country(ctx, head)
                    code = country + sector if country else None
                elif country is None and sector and self.kb.null_actor_agents:
                    # (h30h) with a user's PETRARCH agent dictionary, only a country of the agent's own noun phrase
                    # ("A court in Guyana": GUYJUD); PETRARCH gives an agent no actor of its noun phrase owns the
                    # null actor, never one the sentence names elsewhere ("Insurgents bombarded ... Syria's second
                    # city": ---REB)
                    # a coordination shares its phrase ("Lawmakers and officials in Arnor": ARNLEG)
                    first = first_conjunct(head)
                    own = next((o for o in (self._own_places(ctx, t) for t in (head, first, *conjuncts(first)))
                                if o), [])
                    # (h30i) each country of a coordinated place is one ("Lawmakers in Fornost and Gondor": FORLEG
                    # and GONLEG, one actor each in a compound, as PETRARCH composes the agent with every conjunct)
                    if own:
                        own = own + self._place_conjuncts(ctx, first, own)
                    elif head.i != first.i:
                        own = self._shared_nationality(ctx, head, first)
                    if len(own) > 1 and not org_code:
                        countries[:] = own
                    country = own[0] if own else None
                    code = country + sector if country else None
                elif country is None and sector and self._many_states(head):
                    # (h32l) "governments in the region", "several governments", "Governments across Asia": a bare plural
                    # of a state's head names no one state, never the story's (coref.yaml `plural_state_heads`)
                    code = None
                elif country is None and sector and not foreign and not self._owned_by_pair(head) and not unplaced:
                    country = self._context_country(ctx, head.i, armed=sector in self.vocab["armed_sectors"],
                                                    insurgent=sector in self.vocab["non_state_sectors"],
                                                    domestic=sector in self.vocab["domestic_sectors"]
                                                    or self._domestic_modifier(mods),
                                                    exiled=head.lemma_.lower() in self.vocab["exile_heads"],
                                                    ruled=(sector in self.vocab["ruling_sectors"]
                                                           or (sector in self.vocab["ruled_object_sectors"]
                                                               and first_conjunct(head).dep_ in ("dobj", "pobj", "dative")))
                                                    and not self._domestic_modifier(mods),
                                                    abroad=any(t.lemma_.lower() in self.vocab["mission_words"] for t in left),
                                                    office=(sector in self.vocab["acting_subject_sectors"]
                                                            or self._rules(head, sector))
                                                    and not self._domestic_modifier(mods),
                                                    party=self._party_country(ctx, mods),
                                                    bare_state=sector in self.vocab["state_body_sectors"]
                                                    and self._bare_definite(head),
                                                    story_state=sector if self._story_state_noun(head, sector) else None)
                    code = country + sector if country else None
                elif country is None:
                    code = None  # "peacekeepers in Mali" are not Mali's soldiers
            if code is None and sector and country is None and not org_code and self.kb.null_actor_agents:
                # (h30b) with a user's PETRARCH agent dictionary, an agent no actor owns is PETRARCH's null
                # actor with the agent's code ("the government" → ---GOV), the sector found as ever
                start = head.left_edge.i
                while start < head.i and doc[start].dep_ in ("det", "punct", "predet"):
                    start += 1
                earlier = self._described_person(ctx, head, sector, mods)
                if earlier is not None:
                    # (h31f) ... but a definite description of a person the story named ("Myanmar's military leader,
                    # General Min Aung Hlaing ... the military leader") is that person, as without the user's agents:
                    # our coreference wins over the null actor; with no one named it fits, ---MIL
                    ctx.add(_Cand(start, extent_end, head.i, earlier, "description"), override=True)
                    continue
                code = NULL_ACTOR + sector
                key = _composed_key(code, head)
                if key not in ctx.actors:
                    ctx.actors[key] = _ActorSpec(key, doc[start:extent_end].text, code, "composed", country=None,
                                                 sector=sector, first=doc[start].idx, head=head.lemma_.lower())
                ctx.add(_Cand(start, extent_end, head.i, key, "composed"), override=True)
                continue
            if code is None:
                continue
            if len(code) >= 6 and code[3:6] in self.vocab["office_sectors"] and self._past_title(ctx, head, head.i):
                # "the former Bolivian president": out of office, the country's elite (as a person is)
                code, sector = code[:3] + self.vocab["past_office_sector"], self.vocab["past_office_sector"]
            start = head.left_edge.i
            while start < head.i and (doc[start].dep_ in ("det", "punct", "predet") or doc[start].pos_ == "PRON") or \
                    (start < head.i and doc[start].dep_ not in MODIFIER_DEPS | {"det"}):
                start += 1
            if lead_from is None and start < head.i and start >= 2 and doc[start].dep_ == "amod" \
                    and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 2].head.i == start and doc[start - 2].i >= head.left_edge.i:
                # (h19j) the name keeps the word a hyphen joins to its first participle ("Western-backed government",
                # "opposition-controlled National Assembly", not "backed government")
                lead_from = doc[start - 2].left_edge.i
            name = doc[min(start, lead_from if lead_from is not None else start):extent_end].text
            if len(countries) > 1 and not org_code:
                # "Russian and Ukrainian delegations": one actor per country, joined in a compound
                members = []
                for c in countries:
                    mcode = c if len(c) > 3 else c + (sector or "")
                    mkey = "composed:" + mcode
                    if mkey not in ctx.actors:
                        word = words.get(c, c)  # "Russian delegations", or "ministers of France|" as it is
                        mname = word[:-1] if word.endswith("|") else f"{word} {head.text}"
                        ctx.actors[mkey] = _ActorSpec(mkey, mname, mcode, "composed", country=c if len(c) == 3 else None,
                                                      sector=sector if len(c) == 3 else None, first=doc[start].idx)
                    members.append(mkey)
                key = "compound:" + "+".join(members)
                if key not in ctx.actors:
                    ctx.actors[key] = _ActorSpec(key, name, None, "compound", members=tuple(members), first=doc[start].idx)
                ctx.add(_Cand(start, extent_end, head.i, key, "composed"), override=True)
                continue
            key = _composed_key(code, head)
            if key not in ctx.actors:
                # (an installation or vehicle stands for its force, but is a thing: attacked or
                # seized, never arrested)
                kind = "installation" if installation and not head_sector else "composed"
                ctx.actors[key] = _ActorSpec(key, name, code, kind, country=code[:3], sector=code[3:6] or None,
                                             first=doc[start].idx, head=head.lemma_.lower())
            det = next((c for c in head.children if c.dep_ == "det"), None)
            resolution = "composed"
            definite = det is not None and det.lower_ in self.vocab["definite_determiners"]
            possessed = any(m.dep_ == "poss" for m in mods) and head.lemma_.lower() in self.vocab["title_heads"]
            if (definite or possessed) and not (org_code and org_kind != "seat"):  # "the Kremlin spokesman" → the one named
                named_country = country if of_country or federal or any(self._country_of(ctx, m)[0] for m in mods) else None
                seat = self._seat_country(ctx, head) if named_country is None else None
                if seat is not None:
                    # "the foreign ministry in Vilnius": the body of the country it sits in, not an earlier
                    # one called so (a mission's country is not where it sits: "the embassy in Tehran")
                    named_country = seat
                    if not code or code[:3] != seat:
                        code = seat + (sector or "")
                        key = _composed_key(code, head)
                        if key not in ctx.actors:
                            ctx.actors[key] = _ActorSpec(key, name, code, "composed", country=seat, sector=sector or None,
                                                         first=doc[start].idx, head=head.lemma_.lower())
                # (a bare state body people of no state body act on is their own country's, left to the
                # context: "Brazilian business leaders have urged the government to keep negotiating")
                spoken = self._speakers_government(ctx, head) if named_country is None and seat is None else None
                if spoken is None and named_country is None and seat is None:
                    # (p25) "the interim government led by Nobel laureate Muhammad Yunus": its leader's country
                    spoken = self._leaders_country(ctx, head)
                if spoken is not None and spoken + (sector or "") != code:
                    # (h24f) "Interior Minister X said the government would ...": the official's own state body,
                    # not a foreign one named before ("The Taliban government in Kabul rejected ...")
                    code = spoken + (sector or "")
                    key = _composed_key(code, head)
                    if key not in ctx.actors:
                        ctx.actors[key] = _ActorSpec(key, name, code, "composed", country=spoken, sector=sector or None,
                                                     first=doc[start].idx, head=head.lemma_.lower())
                earlier = None if named_country is None and (spoken is not None or self._own_rulers(ctx, head)) else \
                    self._describe(ctx, head, sector, named_country)
                if earlier is not None and seat is not None and code and len(code) <= 6 \
                        and (ctx.actors[earlier].code or "") != code:
                    # (h19g) "the government in Mogadishu" is the state's seated there (SOMGOV), not a body of
                    # another code its country's letters begin ("Somaliland's president ... The government in
                    # Mogadishu condemned the visit": not Somaliland's)
                    earlier = None
                if earlier is not None:
                    key, resolution = earlier, "description"
            ctx.add(_Cand(start, extent_end, head.i, key, resolution), override=True)

    # ------------------------------------------------------------------------------------------
    def _person_parties(self, ctx: ActorContext) -> None:
        """"The party of former prime minister Sheikh Hasina", "Hasina's party" (coref.yaml `party_heads`): the
        person's party, the one party of the person's country the story names, else the country with the sector
        `person_party_sectors` gives for the person's own on the date (BGDOPP for a leader out of office)."""
        doc = ctx.doc
        for head in doc:
            if head.pos_ != "NOUN" or head.lemma_.lower() not in self.vocab["party_heads"] or head.i in ctx.covered \
                    or head.tag_ != "NN":
                continue
            owners = self._owner_phrases(head)
            people = [ctx.covered[o.i] for o in owners if o.i in ctx.covered and ctx.covered[o.i].resolution != "place"
                      and ctx.actors[ctx.covered[o.i].key].kind == "person"]
            codes = [ctx.actors[c.key].code or "" for c in people]
            if len(codes) != 1 or len(codes[0]) < 6:
                continue
            country, own = codes[0][:3], codes[0][3:6]
            parties = {c.key for c in ctx.cands if c.resolution != "place" and ctx.actors[c.key].kind == "group"
                       and (ctx.actors[c.key].code or "")[:3] == country
                       and (ctx.actors[c.key].code or "")[3:6] == self.vocab["party_sector"]}
            key = next(iter(parties)) if len(parties) == 1 else None
            if key is None:
                sector, entry = self.vocab["person_party_sectors"].get(own), self.kb.country(country)
                if sector is None or entry is None:
                    continue
                key = ctx.actor_for_entry(entry, head.idx, sector=sector)
            ctx.add(_Cand(head.i, head.i + 1, head.i, key, "description"))

    @staticmethod
    def _owner_phrases(head: Token) -> list[Token]:
        """Who a noun is said to be of: its possessors, then the objects of an "of" after it ("Hasina's party",
        "the party of Hasina")."""
        return [c for c in head.children if c.dep_ == "poss"] + [
            o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i
            for o in p.children if o.dep_ == "pobj"]

    def _private_owner(self, ctx: ActorContext, head: Token) -> str | None:
        """"the society's president", "the president of the association": an office of a body no state
        holds (coref.yaml `private_body_heads`), named by its common noun or a name it heads and coded as
        no organisation, group or country, is no office of the country the story is about: the key of the
        body's actor when it is coded, "" when it is not; None for any other head."""
        for owner in self._owner_phrases(head):
            if owner.lemma_.lower() not in self.vocab["private_body_heads"]:
                continue
            cand = ctx.covered.get(owner.i)
            if cand is None or cand.resolution == "place":
                return ""
            spec = ctx.actors[cand.key]
            if spec.kind not in ("organisation", "group", "country"):
                return cand.key if spec.code else ""
        return None

    def _charge_phrase(self, head: Token, prep: Token, pobj: Token) -> bool:
        """"accused opposition leaders of financing[compound] gangs": the small parser reads the charge's
        gerund as a noun modifying its object, hung on the accused; the phrase is what they are charged
        with (modality.yaml `charge_verbs`, `charge_prepositions`), no body they belong to. A gerund right
        after the preposition with an object of its own, on the object of such a verb; not a term the
        -ing word begins ("leaders of ruling parties")."""
        if prep.lower_ not in self.charge_prepositions or head.dep_ not in ("dobj", "nsubjpass") \
                or head.head.lemma_.lower() not in self.charge_verbs:
            return False
        doc = head.doc
        first = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
        return first is not None and first.i < pobj.i and first.lower_.endswith("ing") \
            and first.pos_ in ("NOUN", "VERB") and first.head.i == pobj.i and self._term_sector(first, pobj) is None \
            and self._sector_word(first) is None

    def _vessel_sector(self, head: Token) -> tuple[str | None, int]:
        """(sector, first token of the term) of a vessel noun heading a phrase (sectors.yaml `vessels`
        `heads`: "a Japanese fishing boat" CVL, "the tanker" BUS, "a boat" ""), or (None, -1)."""
        heads = vessel_vocab()["heads"]
        if head.pos_ != "NOUN":
            return None, -1
        lemma = head.lemma_.lower()
        for n in (3, 2, 1):  # the longest term first ("coast guard cutter", "fishing boat")
            words = list(head.doc[max(0, head.i - n + 1):head.i])
            if len(words) != n - 1 or any(w.dep_ not in ("compound", "amod", "nmod") for w in words):
                continue
            for last in (lemma, head.lower_):
                form = " ".join([*(w.lower_ for w in words), last])
                if form in heads:
                    return heads[form], head.i - n + 1
        return None, -1

    def _vessel_country(self, ctx: ActorContext, toks: list[Token]) -> str | None:
        """A vessel's country from the phrase of its noun and name: its flag (a nationality adjective, "X-flagged",
        "flagged in X"), else its owner or operator ("operated by a Greek firm"), else its home port or region
        ("from the port of Nemuro", "a Hokkaido-based trawler")."""
        def country(t: Token) -> str | None:
            c, _o, k, _s = self._actor_info(ctx, t)
            return c if c and k in ("country", "composed", "seat", "organisation", "group") and self.kb.country(c[:3]) else None
        flag, owner, home = None, None, None
        for tok in toks:
            for m in tok.children:
                if m.i < tok.i and m.dep_ in ("amod", "compound", "nmod") and m.i not in {t.i for t in toks}:
                    located = self._located(ctx, m)
                    if located is not None:
                        home = home or located[0]
                    elif is_owner_participle(m):
                        # "a Liberian-flagged tanker", "a Greek-owned ship"
                        for lead in m.children:
                            if lead.i < m.i and lead.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                                c = country(lead) or (self._place_name_country(ctx, lead) if lead.pos_ == "PROPN" else None)
                                if c and m.lemma_.lower().startswith("flag"):
                                    flag = flag or c
                                elif c:
                                    owner = owner or c
                    elif m.dep_ == "amod" and m.pos_ == "ADJ" or m.ent_type_ in ("NORP", "GPE"):
                        c = country(m)
                        if c:
                            flag = flag or c
                if m.dep_ == "acl" and m.i > tok.i and is_owner_participle(m):
                    # "flagged in Panama", "operated by a Greek firm", "owned by Iran"
                    for p in m.children:
                        pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                        if pobj is None or p.dep_ not in ("agent", "prep"):
                            continue
                        c = country(pobj) or (self._place_name_country(ctx, pobj) if pobj.pos_ == "PROPN" else None)
                        if c and m.lemma_.lower().startswith("flag"):
                            flag = flag or c
                        elif c:
                            owner = owner or c
                if m.dep_ == "prep" and m.i > tok.i and m.lower_ == "from":
                    # "a boat from the port of Nemuro", "a trawler from Hokkaido"
                    pobj = next((c for c in m.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        c = self._place_country(ctx, pobj) if pobj.pos_ == "NOUN" else \
                            (self._place_name_country(ctx, pobj) if pobj.pos_ == "PROPN" else None)
                        home = home or c
        found = flag or owner or home
        return found[:3] if found else None

    def _vessel_contraband(self, ctx: ActorContext, head: Token, spec: dict) -> str | None:
        """(h26g) Whether a vessel noun is told carrying contraband (sectors.yaml `vessels` `contraband`): a modifier of
        `modifiers` before it ("a drug-smuggling boat", "a narco sub"), or a relative or participle clause on it whose
        verb of `verbs` carries an object of `nouns` ("a boat carrying cocaine", "a vessel that officials said was
        smuggling drugs"). None if not; else the country the clause says the cargo comes from ("from Venezuela"), or ""."""
        if not spec:
            return None
        mods, verbs, nouns = (frozenset(spec.get(k) or ()) for k in ("modifiers", "verbs", "nouns"))
        told = any(t.lemma_.lower() in mods or t.lower_ in mods for t in ctx.doc[head.left_edge.i:head.i])
        origin = ""
        for clause in (c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i):
            for v in clause.subtree:
                if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
                    continue
                # (the cargo or its measure's "of" phrase: "three tonnes of cocaine")
                cargo = [o for o in v.children if o.dep_ == "dobj" and (o.lemma_.lower() in nouns or any(
                    g.dep_ == "pobj" and g.lemma_.lower() in nouns for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children))]
                if not cargo:
                    continue
                told = True
                for h in (v, *cargo):
                    for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in spec.get("origin_prepositions", ())):
                        for o in (g for g in prep.children if g.dep_ == "pobj"):
                            origin = origin or self._place_name_country(ctx, o) if o.pos_ == "PROPN" else origin
        return (origin or "")[:3] if told else None

    def _vessels(self, ctx: ActorContext) -> None:
        """Ships stand for whoever they are of (sectors.yaml `vessels`): "the Liberian-flagged tanker Nordic Star"
        LBRBUS, "The Shinsei Maru No. 8, a 19-tonne boat from the port of Nemuro" JPN, "a Japanese fishing boat"
        JPNCVL; one actor with a name next to the noun or apposed to it; a later "the boat", "its crew" is the
        vessel named last. No country told, no actor."""
        vv = vessel_vocab()
        doc = ctx.doc
        named: list[tuple[int, str]] = []  # (token, actor key) of each vessel coded, in order

        def covered_free(i: int) -> bool:
            cand = ctx.covered.get(i)
            return cand is None or cand.resolution in ("dictionary", "place") and ctx.actors[cand.key].kind in ("country",)

        for head in doc:
            if head.i in ctx.non_agent:
                continue
            sector, term_start = self._vessel_sector(head)
            name: Token | None = None
            prefix_country = None
            if sector is None and head.pos_ == "PROPN" and head.dep_ not in ("compound", "flat"):
                prefix = next((c for c in head.children if c.dep_ == "compound"
                               and (c.text in vv["prefixes"] or c.text in vv["state_prefixes"])
                               and c.i == head.left_edge.i + (1 if doc[head.left_edge.i].dep_ == "det" else 0)), None)
                if prefix is not None and prefix.text in vv["prefixes"]:  # "the MV Horizon"
                    sector, term_start, name = vv["prefixes"][prefix.text], prefix.i, head
                elif prefix is not None:  # "the BRP Datu Lumalindaw": a state's ship, of its country
                    prefix_country, sector = vv["state_prefixes"][prefix.text]
                    term_start, name = prefix.i, head
            if sector is None:
                continue
            if head.i in ctx.covered and not covered_free(head.i):
                # a warship the composer coded ("Chinese warships"), which a later "the vessel" may name again (p23)
                cand = ctx.covered[head.i]
                if cand.resolution in ("composed", "dictionary") and ctx.actors[cand.key].code:
                    named.append((head.i, cand.key))
                continue
            if name is None:
                if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "PROPN" and head.head.i > head.i:
                    name = head.head  # "the tanker[compound] Nordic Star"
                elif head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN") and head.head.i < head.i \
                        and self._vessel_sector(head.head)[0] is None:
                    name = head.head  # "The Shinsei Maru No. 8, a 19-tonne boat"
                else:
                    name = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1
                                 and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)  # "the boat Shinsei Maru No. 8"
                if name is not None and head.dep_ in ("compound", "amod", "nmod") and not covered_free(name.i):
                    continue
                if name is not None and not (name.text[:1].isupper() and any(
                        t.pos_ == "PROPN" for t in doc[name.left_edge.i:name.i + 1])) \
                        or name is not None and name.i in ctx.covered and not covered_free(name.i):
                    name = None
            elif head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in NOUNS:
                continue
            if name is None and head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in NOUNS:
                continue  # a modifier ("tanker traffic")
            toks = [head] + ([name] if name is not None else [])
            country = self._vessel_country(ctx, toks) or prefix_country
            smuggled = self._vessel_contraband(ctx, head, vv["contraband"])
            if smuggled is not None:
                # (h26g) a vessel told carrying drugs is the traffickers' ("a boat that Trump said was carrying illegal
                # drugs from Venezuela" VENCRM): of its own country, else of where the drugs come from
                sector, country = vv["contraband"].get("sector") or sector, country or smuggled or None
            det = next((c for t in toks for c in t.children if c.dep_ == "det"), None)
            definite = det is not None and det.lower_ in self.vocab["definite_determiners"] \
                or any(c.dep_ == "poss" for c in head.children)
            earlier = None
            if country is None and name is None and definite and head.tag_ == "NN":
                # "the boat", "the tanker": the vessel coded last, shortly before
                floor = ctx.window_start(head.i, vv["lookback"])
                # (p23) the one last called by the same noun first ("a Chinese coast guard ship fired a water cannon at a
                # Philippine government vessel ... The vessel was hit": the vessel), else the vessel named last
                earlier = next((k for i, k in reversed(named) if floor <= i < head.i
                                and doc[i].lemma_.lower() == head.lemma_.lower()), None) \
                    or next((k for i, k in reversed(named) if floor <= i < head.i), None)
                if earlier is None:
                    continue
            elif country is None:
                continue  # no country told: no actor
            # the phrase's extent: from its first modifier (or name) to the end of the name's phrase
            lo = min(t.left_edge.i for t in toks)
            while lo < head.i and doc[lo].dep_ in ("det", "punct", "predet"):
                lo += 1
            hi = head.i + 1 if name is None or name.i < head.i else \
                max(t.i for t in doc[name.left_edge.i:name.right_edge.i + 1]
                    if t.dep_ not in ("acl", "relcl", "punct", "prep") and (t.i <= name.i or t.head.i >= name.i
                    and t.dep_ in ("nummod", "compound", "flat", "punct", "appos") or t.head.i > name.i and t.head.i < head.i + 20
                    and t.pos_ in ("NUM", "NOUN", "PROPN", "PUNCT") and t.i <= name.i + 3)) + 1
            if name is not None and name.i < head.i:
                lo = min(lo, name.left_edge.i)
                while lo < name.i and doc[lo].dep_ in ("det", "punct", "predet"):
                    lo += 1
                hi = max(head.i + 1, hi)
            if earlier is not None:
                ctx.add(_Cand(lo, head.i + 1, head.i, earlier, "description"), override=True)
                named.append((head.i, earlier))
                continue
            if not sector:
                # a vessel of no kind told, of a body a sector word names ("two Russian border guard ships")
                sector = self._sector([m for m in doc[lo:head.i] if m.dep_ in ("compound", "amod", "nmod")
                                       and m.i not in ctx.covered])[0] or ""
            code = country + (sector or "")
            if name is not None:
                nstart = name.left_edge.i
                while nstart < name.i and (doc[nstart].dep_ in ("det", "punct", "predet") or doc[nstart].pos_ not in ("PROPN", "NUM")
                                           and doc[nstart].text not in vv["prefixes"]):
                    nstart += 1
                nend = name.i + 1
                while nend < len(doc) and nend - name.i <= 3 and (doc[nend].pos_ == "NUM" or doc[nend].text == "."
                                                                   and nend + 1 < len(doc) and doc[nend + 1].pos_ == "NUM"):
                    nend += 1  # "Shinsei Maru No. 8"
                label = doc[nstart:nend].text
                key = f"vessel:{label.lower()}"
                hi = max(hi, nend) if name.i > head.i else hi
            else:
                label = doc[lo:head.i + 1].text
                key = _composed_key(code, head)
            if key not in ctx.actors:
                # (a vessel is a thing, as a force's vehicle is: attacked or seized, never arrested)
                ctx.actors[key] = _ActorSpec(key, label, code, "installation", country=country, sector=sector or None,
                                             first=doc[lo].idx, head=head.lemma_.lower())
            ctx.add(_Cand(lo, hi, head.i, key, "composed"), override=True)
            named.append((head.i, key))
        self._crews(ctx, named)

    def _crews(self, ctx: ActorContext, vessels: list[tuple[int, str]]) -> None:
        """"Its crew", "the captain" (sectors.yaml `vessels` `crew_heads`) after a vessel (`vessels`: (head token,
        actor key) of each vessel coded, in order): the vessel's people, civilians of its country for a fishing
        boat, else the vessel's code."""
        vv = vessel_vocab()
        if not vessels:
            return
        vessel_heads = {i for i, _k in vessels}
        doc = ctx.doc
        for head in doc:
            lemma = head.lemma_.lower()
            term = f"{doc[head.i - 1].lower_} {lemma}" if head.i else lemma
            if not (lemma in vv["crew_heads"] or term in vv["crew_heads"]) or head.pos_ != "NOUN" \
                    or head.i in ctx.covered or head.dep_ in ("compound", "amod"):
                continue
            owners = [c for c in head.children if c.dep_ in ("det", "poss")]
            if not owners or any(c.dep_ == "det" and c.lower_ not in self.vocab["definite_determiners"] for c in owners) \
                    or any(c.dep_ == "poss" and c.lower_ != "its" and c.i not in vessel_heads for c in owners) \
                    or any(c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and self._actor_info(ctx, c)[0]
                           for c in head.children):
                continue
            poss = next((c for c in owners if c.dep_ == "poss" and c.lower_ != "its"), None)
            floor = ctx.window_start(head.i, vv["lookback"])
            key = next((k for i, k in vessels if poss is not None and i == poss.i), None) if poss is not None else \
                next((k for i, k in reversed(vessels) if floor <= i < head.i), None)
            if key is None:
                continue
            vessel = ctx.actors[key]
            code = vessel.country + vv["crew_sector"] if vessel.sector in vv["crew_sector_of"] else vessel.code
            ckey = f"crew:{key}"
            if ckey not in ctx.actors:
                ctx.actors[ckey] = _ActorSpec(ckey, f"crew of {vessel.name}", code, "composed", country=vessel.country,
                                              sector=code[3:6] or None, first=doc[head.i].idx, head=lemma)
            start = head.i - 1 if term in vv["crew_heads"] and lemma not in vv["crew_heads"] else head.i
            ctx.add(_Cand(start, head.i + 1, head.i, ckey, "description"), override=True)

    def _ngo_name(self, head: Token) -> bool:
        """Whether a body noun is tied to a proper name that makes it one particular body: the name right
        after it ("the aid group Lifeline Relief International", "the charity Hope Bridge") or apposed to
        it ("Hope Bridge, a charity"); not one described as local ("a local charity", coref.yaml
        `ngo_local_modifiers`)."""
        if any(c.lower_ in self.vocab["ngo_local_modifiers"] for c in head.children if c.dep_ in ("amod", "compound")):
            return False
        if head.pos_ == "PROPN":  # "the charity[compound] Hope Bridge[head]"
            return True
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            return True
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 for c in head.children):
            return True
        # (one phrase the parser split into two subjects: "The charity[nsubj] Open Hands Foundation[nsubj] said")
        return head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == head.dep_ and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 for c in head.head.children)

    def _located(self, ctx: ActorContext, m: Token) -> tuple[str, int] | None:
        """(country, first token of the place) of a located participle modifying a body before it ("a
        Dubai[npadvmod]-based[amod] company", coref.yaml `located_participles`), or None."""
        if m.dep_ != "amod" or m.lemma_.lower() not in self.vocab["located_participles"]:
            return None
        found = None
        for lead in m.children:
            if lead.dep_ in ("npadvmod", "compound", "nmod") and lead.i < m.i \
                    and (lead.pos_ == "PROPN" or lead.ent_type_ in ("GPE", "LOC")):  # ("Lisbon[NN, GPE]-based")
                c = self._place_name_country(ctx, lead)
                if c:
                    found = (c, lead.i)
        return found

    def _seat_country(self, ctx: ActorContext, head: Token) -> str | None:
        """The country a state body sits in, by the place right after it ("the foreign ministry in Vilnius" LTU),
        else None; never a mission's (coref.yaml `mission_words`: "the embassy in Tehran" is another country's)."""
        if head.lemma_.lower() in self.vocab["mission_words"] or any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.vocab["mission_words"] for c in head.children):
            return None
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == head.i + 1), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            return None
        placed = next((eid for s, e, eid in ctx.places if s <= pobj.i < e), None)
        return placed.split(":")[1] if placed else None

    def _place_name_country(self, ctx: ActorContext, tok: Token) -> str | None:
        """The country a place name stands for: an actor's or place mention's, else the gazetteer's (its
        proper-noun compounds with it: "the Marshall Islands")."""
        c, _o, _k, _s = self._actor_info(ctx, tok)
        if not c:
            words = [t for t in tok.subtree if t.pos_ == "PROPN" and (t.i == tok.i or t.dep_ in ("compound", "flat"))]
            text = ctx.doc[words[0].i:words[-1].i + 1].text if words else tok.text
            hit = geocode(text, "GPE", prefer=self._named_countries(ctx))
            c = hit and hit.get("country")
        return c if c and self.kb.country(c) else None

    def _place_country(self, ctx: ActorContext, tok: Token, depth: int = 2) -> str | None:
        """The country of a place noun ("the northern West Bank city of Nablus", "the Iraqi
        province of Anbar"): from its modifiers, or the place it is "of" / "in"."""
        if tok.lemma_.lower() not in self.vocab["place_heads"]:
            return None
        for m in tok.children:
            if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i:
                c, _o, k, _s = self._actor_info(ctx, m)
                if c and self.kb.country(c):
                    return c
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                c, _o, k, _s = self._actor_info(ctx, pobj)
                if c and self.kb.country(c):
                    return c
                placed = next((eid for s, e, eid in ctx.places if s <= pobj.i < e), None)
                if placed:
                    return placed.split(":")[1]
                if pobj.ent_type_ in ("GPE", "LOC") and pobj.i not in ctx.covered:
                    ent = next((e for e in ctx.doc.ents if e.start <= pobj.i < e.end), None)
                    hit = geocode(ent.text, ent.label_, alternates=True) if ent is not None else None
                    if hit and hit.get("country") and self.kb.country(hit["country"]):
                        return hit["country"]
                if depth > 1:
                    c = self._place_country(ctx, pobj, depth - 1)
                    if c:
                        return c
        return None

    def _owned_by_pair(self, head: Token) -> bool:
        """Whether a noun is owned by a plural pronoun whose clause has a coordinated subject
        ("Saudi Arabia and Iran agreed to reopen their embassies": the embassies are both's, so
        neither country's alone)."""
        if not any(c.dep_ == "poss" and c.lower_ in self.vocab["plural_possessives"] for c in head.children):
            return False
        subj, _passive = syntax_subject(governing_verb(head))
        return any(c.dep_ == "conj" for s in subj for c in s.children)

    def _earlier_installation(self, ctx: ActorContext, head: Token) -> bool:
        """A bare definite installation or vehicle ("the drone", "the convoy") is the one of the same head the
        story named with its owner shortly before ("Algeria shot down a Malian army drone ... said the drone had
        violated Algerian airspace"; coref.yaml `earlier_vehicle_heads`, `installation_lookback_sentences`): its mention
        is added and True returned; False when there is none."""
        floor = ctx.window_start(head.i, self.vocab["installation_lookback_sentences"])
        lemma = head.lemma_.lower()
        prior = [c for c in ctx.cands if floor <= c.start < head.i and c.resolution != "place"
                 and ctx.doc[c.head].lemma_.lower() == lemma and ctx.actors[c.key].code
                 and ctx.actors[c.key].kind in ("composed", "installation")]
        if not prior:
            return False
        ctx.add(_Cand(head.i, head.i + 1, head.i, max(prior, key=lambda c: c.start).key, "description"))
        return True

    def _hyphen_participle_part(self, head: Token) -> bool:
        """(p23) A bare body noun written as the first half of a hyphenated participle modifying another noun ("the
        army-led administration", "a military-backed government", "police-run checkpoints"; coref.yaml
        `hyphen_participle_tags`): it names the body the story tells of, so it takes no country from its sentence
        ("the UAE ... said the army-led administration" is not the Emirati army)."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.i + 2 >= len(doc) or head.whitespace_:
            return False
        dash, part = doc[head.i + 1], doc[head.i + 2]
        return dash.text == "-" and not dash.whitespace_ and part.tag_ in self.vocab["hyphen_participle_tags"] \
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in head.children)

    def _stance_word(self, tok: Token) -> bool:
        """(p23) A nationality or name written after a stance prefix and a hyphen ("pro-European", "anti-Russian",
        "pro-Western"; coref.yaml `stance_prefixes`): whom the people side with or against, not who they are."""
        doc = tok.doc
        if tok.i < 2:
            return False
        dash, prefix = doc[tok.i - 1], doc[tok.i - 2]
        return dash.text == "-" and not dash.whitespace_ and not prefix.whitespace_ \
            and prefix.lower_ in self.vocab["stance_prefixes"]

    @staticmethod
    def _story_body(ctx: ActorContext, head: Token, sector: str) -> bool:
        """Whether the story named, before `head`, bodies of `sector` of one country only."""
        countries = {(a.code or "")[:3] for c in ctx.cands if c.start < head.i and c.resolution != "place"
                     for a in [ctx.actors[c.key]] if a.code and len(a.code) >= 6 and a.code[3:6] == sector}
        return len(countries) == 1

    @staticmethod
    def _same_head_before(ctx: ActorContext, head: Token, sector: str, any_head: bool = False) -> str | None:
        """The country of the last composed actor of this head noun (`any_head`: of any head) and
        sector in the sentence or the two before, if any."""
        lemma = head.lemma_.lower()
        last = ActorResolver._last_composed(ctx, head.i, lambda a: (any_head or a.head == lemma)
                                            and a.sector == sector and bool(a.country))
        return last.country if last is not None else None

    @staticmethod
    def _last_composed(ctx: ActorContext, at: int, keep, back: int = 2) -> _ActorSpec | None:
        """The composed actor named last before token `at`, in its sentence or the `back` before, that
        `keep` accepts (not as a place)."""
        floor = ctx.window_start(at, back)
        prior = [c for c in ctx.cands if floor <= c.start < at and c.resolution != "place"
                 and ctx.actors[c.key].kind == "composed" and keep(ctx.actors[c.key])]
        return ctx.actors[max(prior, key=lambda c: c.start).key] if prior else None

    def _uniformed_sector(self, ctx: ActorContext, head: Token, mods: list[Token]) -> str | None:
        """The sector of a uniformed head with no sector word (coref.yaml `uniformed_heads`): the uniformed
        service named last in its sentence or the one before, else the head's own; None after a noun naming
        another service ("customs officers")."""
        named = [m for m in mods if m.dep_ in ("compound", "nmod") and m.pos_ in NOUNS]
        words = sorted({t for m in named for t in m.subtree if t.pos_ in NOUNS}, key=lambda t: t.i)
        for a, b in zip(words, words[1:]):
            # a two-word service term before it names its sector ("Chinese law enforcement officers": police)
            term = self._term_sector(a, b) if b.i == a.i + 1 else None
            if term is not None and term in self.vocab["uniformed_sectors"]:
                return term
        if any(m.i not in ctx.covered and m.i not in ctx.modifiers for m in named):
            return None
        floor = ctx.window_start(head.i, self.vocab["uniformed_lookback_sentences"])
        services = [c for c in ctx.cands if floor <= c.start < head.i and c.resolution != "place"
                    and ctx.actors[c.key].kind in ("composed", "organisation")
                    and ctx.actors[c.key].sector in self.vocab["uniformed_sectors"]]
        # ... or a service whose spokesman is named after it, not yet coded ("Police spokesman Orlando Mudumane
        # said officers had arrested": coref.yaml `spokes_titles`)
        voices = [(t.i, sec) for t in ctx.doc[floor:head.i]
                  if t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in self.vocab["spokes_titles"]
                  and (sec := self._sector_word(t)) in self.vocab["uniformed_sectors"]]
        # (h33h) ... or a service of several countries named together ("a joint patrol of Kenyan and Haitian police,
        # wounding two Haitian officers": police), its members all of one uniformed sector
        joint = [(c.start, sectors.pop()) for c in ctx.cands if floor <= c.start < head.i and c.resolution != "place"
                 and ctx.actors[c.key].kind == "compound"
                 for sectors in [{ctx.actors[m].sector for m in ctx.actors[c.key].members if m in ctx.actors}]
                 if len(sectors) == 1 and next(iter(sectors)) in self.vocab["uniformed_sectors"]]
        last = max([(c.start, ctx.actors[c.key].sector) for c in services] + voices + joint, default=None)
        if last is not None:
            return last[1]
        return self.vocab["uniformed_heads"][head.lemma_.lower()]

    def _risen_country(self, ctx: ActorContext, head: Token, sector: str) -> str | None:
        """The country of forces of no named country in a coup (coref.yaml `risen_sectors`,
        `mutinous_heads`): mutineers are the armed forces named in the two sentences before; forces that
        act against a country's rulers in their clause are that country's ("a group of officers announced
        the removal of President Patrice Talon"); mutineers are else the story's country, never their
        reporter's. None when none of these says."""
        prev = head.doc[head.i - 1] if head.i > 0 else None
        # (a capitalised plural may keep its own lemma: "Mutineers[PROPN] seized ...")
        forms = {head.lemma_.lower(), head.lower_, head.lower_[:-1] if head.lower_.endswith("s") else head.lower_}
        terms = forms | ({f"{prev.lemma_.lower()} {f}" for f in forms} if prev is not None else set())
        mutinous = bool(terms & self.vocab["mutinous_heads"])
        if mutinous:
            floor = ctx.window_start(head.i, 2)
            start = ctx.sent_starts[ctx.sentence_of(head.i)]
            armed = [c for c in ctx.cands if floor <= c.start < start and c.resolution != "place"
                     and ctx.actors[c.key].kind == "composed" and ctx.actors[c.key].sector == sector
                     and ctx.actors[c.key].country]
            if armed:
                return ctx.actors[max(armed, key=lambda c: c.start).key].country
        if not mutinous and sector not in self.vocab["risen_sectors"]:
            return None
        ruled = self._rulers_acted_on(ctx, head)
        if ruled:
            return ruled
        return self._story_country(ctx) if mutinous else None

    def _rulers_acted_on(self, ctx: ActorContext, head: Token) -> str | None:
        """The country of the rulers a subject acts on in its clause (coref.yaml `ruler_heads`): in the
        verb's object, or in the complement clause its own pronoun subject reports ("announced they
        had removed Talon"); the subject may be counted ("a group of officers")."""
        tok = head
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOUNS:
            tok = tok.head.head  # "a group of officers"
        tok = first_conjunct(tok)
        if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = tok.head
        scopes = [c for c in verb.children if c.dep_ == "dobj"]
        for clause in verb.children:
            if clause.dep_ in ("ccomp", "xcomp") and all(s.pos_ == "PRON" for s in clause.children if s.dep_ == "nsubj"):
                scopes += [c for c in clause.children if c.dep_ == "dobj"]
        rulers = self.vocab["ruler_heads"]
        for scope in scopes:
            for t in scope.subtree:
                cand = ctx.covered.get(t.i)
                if cand is None or cand.resolution == "place" or t.i != cand.head:
                    continue
                spec = ctx.actors[cand.key]
                title = (spec.title or "").lower()
                if spec.kind == "person" and (spec.code or "")[3:6] == "GOV" and (title in rulers or any(w in rulers for w in title.split())) \
                        or spec.kind == "composed" and spec.sector == "GOV" and spec.head in rulers:
                    country = spec.country or (spec.code or "")[:3]
                    if country and self.kb.country(country):
                        return country
        return None

    def _federal_country(self, ctx: ActorContext, head: Token) -> str | None:
        """The federation a "federal" state body with no country belongs to ("accused the federal
        government", coref.yaml `federations`): the speaker's own country when it is one, else the
        federation the story names first by its dateline, then most often; else the speaker's country.
        (The nearest government named is often the other side's: "... Asmara ... The TPLF accused the
        federal government" is Ethiopia's.)"""
        federations = self.vocab["federations"]
        speaker = None
        verb = governing_verb(head)
        if verb is not None:
            subj, _passive = syntax_subject(verb)
            for t in (t for s in subj for t in s.subtree):
                cand = ctx.covered.get(t.i)
                if cand is not None and cand.resolution != "place" and t.i != head.i:
                    spec = ctx.actors[cand.key]
                    speaker = spec.country or (spec.code or "")[:3] or None
                    break
        if speaker in federations:
            return speaker
        return next((c for c in self._named_countries(ctx) if c in federations), None) or speaker

    def _story_country(self, ctx: ActorContext) -> str | None:
        """The country the story is set in: its dateline's, when the article names that country (by an
        actor or a place) besides the dateline; else None."""
        home = self._dateline_country(ctx)
        if not home:
            return None
        named = any((ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3]) == home
                    for c in ctx.cands if c.resolution != "place") \
            or any(eid.split(":")[1] == home for _s, _e, eid in ctx.places)
        return home if named else None

    def _party_country(self, ctx: ActorContext, mods: Iterable[Token]) -> str | None:
        """The country a party's adjective on a noun gives ("Republican lawmakers"): the country of the
        dictionary's party called "<adjective> Party" (groups.yaml, kind party), when only one such party's country
        is named in the article by an actor; the word a modifier the parser tags as a group or organisation name
        (coref.yaml `party_adjective_deps`, `party_adjective_entities`: not "conservative lawmakers")."""
        words = [m for m in mods if m.dep_ in self.vocab["party_adjective_deps"] and m.text[:1].isupper()
                 and m.ent_type_ in self.vocab["party_adjective_entities"]]
        if not words:
            return None
        named = {(ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3]) for c in ctx.cands
                 if c.resolution != "place"}
        for m in words:
            found = {c for c in self.kb.party_adjective_countries().get(m.text, ()) if c in named}
            if len(found) == 1:
                return found.pop()
        return None

    def _envoy_post(self, head: Token, prep: Token) -> bool:
        """(h29a) Whether `prep` names where an envoy noun is posted ("envoy at the United Nations", "ambassador to
        NATO"): an envoy title (coref.yaml `envoy_titles`, `envoy_title_phrases`) with one of `envoy_post_prepositions`."""
        if prep.lower_ not in (self.vocab.get("envoy_post_prepositions") or ()):
            return False
        return head.lemma_.lower() in self.vocab["envoy_titles"] \
            or bool(_adjacent_phrases(head) & set(self.vocab["envoy_title_phrases"]))

    def _story_state_noun(self, head: Token, sector: str | None) -> bool:
        """(h29a) Whether a noun is of a state service that acts where the story is set (coref.yaml
        `story_state_sectors`: police, prosecutors, courts), not a party's counsel (`heads_not`: "his lawyer")."""
        data = self.vocab.get("story_state_sectors") or {}
        if sector not in (data.get("sectors") or ()):
            # (h31c) a ministry or department called by its proper name with no country ("The Department of Foreign
            # Affairs said ...", `body_heads`: a capitalised head) is the story's home state's too
            return sector in (data.get("body_sectors") or ()) and head.pos_ == "PROPN" \
                and head.lemma_.lower() in (data.get("body_heads") or ())
        excluded = set(data.get("heads_not") or ())
        return head.lemma_.lower() not in excluded and not _adjacent_phrases(head) & excluded

    def _story_home(self, ctx: ActorContext) -> str | None:
        """(h29a) The state a story is set in: the dateline's country, when the story's places (after the dateline) are
        none or include it; with no dateline, the country most of its places lie in, when one does. Places inside a
        reported clause say what was reported ("Prosecutors said the detainees had been trained in Belarus"), not where
        the story is, and count for neither. None when these disagree or say nothing ("LONDON - A British woman was
        detained in Dubai": unsure)."""
        def reported(i: int) -> bool:
            return any(a.dep_ == "ccomp" for a in ctx.doc[i].ancestors)

        placed = Counter(eid.split(":")[1] for s_, _e, eid in ctx.places if s_ >= ctx.dateline and not reported(s_))
        placed = Counter({c: n for c, n in placed.items() if self.kb.country(c)})
        home = self._dateline_country(ctx)
        if home:
            return home if not placed or home in placed else None
        ranked = placed.most_common(2)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _dominant_state(self, ctx: ActorContext) -> str | None:
        """The state a story is about, when that is clear: its dateline's country, when that country's state
        bodies (coref.yaml `office_sectors`: government, legislature, forces, courts) are named in it more
        often than any other country's, and at least `dominant_state_min_mentions` times; else None."""
        home = self._dateline_country(ctx)
        if not home:
            return None
        tally: Counter = Counter()
        for c in ctx.cands:
            spec = ctx.actors[c.key]
            code = spec.code or ""
            if c.resolution != "place" and len(code) >= 6 and code[3:6] in self.vocab["office_sectors"] \
                    and self.kb.country(code[:3]):
                tally[code[:3]] += 1
        ranked = tally.most_common(2)
        if not ranked or ranked[0][0] != home or ranked[0][1] < self.vocab["dominant_state_min_mentions"] \
                or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return home

    def _context_country(self, ctx: ActorContext, at: int, *, armed: bool = False, domestic: bool = False,
                         ruled: bool = False, insurgent: bool = False, abroad: bool = False,
                         office: bool = False, party: str | None = None, bare_state: bool = False,
                         exiled: bool = False, person: bool = False, private: bool = False,
                         story_state: str | None = None, own: frozenset[int] = frozenset()) -> str | None:
        """The country an actor noun without one belongs to: for an opposition, the country of whoever
        acts on it; a place named in the same sentence; else the first actor of the sentence before it
        that has a country (a person, a seat, a group, a country: "Kim said the navy…"), else a
        nationality adjective, else an actor later in the sentence, else the article's most-named country. News agencies, outlets and
        reporters (coref.yaml `context_excluded_sectors`) never give it; nor do a third party the
        actor stands between, nor, for a state's armed victims, their attackers (`insurgent`: the
        victims are a non-state armed sector, whom a state's forces fight at home). A state body that is the
        subject of its clause (`office`: coref.yaml `acting_subject_sectors`) takes no country from the actors its clause
        acts on or reports, nor from a place in a clause it reports ("Prosecutors accused Russian intelligence
        services ..., and said the suspects had been trained in camps in Serbia": neither Russia's nor Serbia's).
        A party's adjective gives its country (`party`: "Republican lawmakers" in a story that names the United
        States)."""
        if party:
            return party
        media = self.vocab["context_excluded_sectors"]
        sent = ctx.doc[at].sent
        # (h26a) what a clause on another noun, or the charge a clause on the noun itself makes, names says where those
        # others are or what the noun is suspected of, not whose the noun is (`_passing`)
        passing = self._passing(ctx, at) if not person else set()
        scope: set[int] = set()  # what the subject's clause acts on or reports
        reported: set[int] = set()  # the clauses it reports
        subject = first_conjunct(ctx.doc[at])
        while (office or person) and subject.dep_ == "compound" and subject.head.i > subject.i \
                and subject.head.pos_ == "PROPN":  # (h27i: a person's name too, for the clause it reports)
            subject = first_conjunct(subject.head)  # (a name's first word: "Defence Minister Yassin[compound] Ibrahim")
        if office and subject.dep_ == "nsubj" and subject.head.pos_ in ("VERB", "AUX"):
            # (what follows the subject only: a clause before it is what it reports, "..., officials said"; and of
            # what it acts on only other states and their bodies: "Police arrested 40 Kenyan protesters" are Kenya's)
            verb, edge = subject.head, subject.right_edge.i
            reported = _reported_after(subject, self.vocab.get("reported_conjunct_marks") or ())
            clause = list(verb.subtree)
            clause_ids = {t.i for t in clause}
            # (h19j) ... but a person a body impeaches, elects or removes holds an office of its own state ("the National
            # Assembly impeached President X" is X's country's; coref.yaml `own_office_verbs`)
            own_office = verb.lemma_.lower() in self.vocab["own_office_verbs"]
            scope = {b.head for b in ctx.cands if b.resolution != "place" and b.head > edge and b.head in
                     clause_ids and (ctx.actors[b.key].kind == "country"
                                     or (ctx.actors[b.key].code or "")[3:6] in self.vocab["office_sectors"])
                     and not (own_office and ctx.actors[b.key].kind == "person")}
            # (and the nationality words on such a body not composed yet: "accused Russian intelligence services")
            scope |= {t.i for t in clause if t.i > edge and t.i in ctx.modifiers and t.head.pos_ in NOUNS
                      and self._sector([*(c for c in t.head.lefts if c.dep_ in ("compound", "amod")), t.head])[0]
                      in self.vocab["office_sectors"]}

        nationals = self.vocab.get("foreign_nationals")
        if nationals and subject.dep_ == "nsubj" and subject.head.pos_ in ("VERB", "AUX") and subject.i == at:
            # (h24a) nor from the nationality of people its clause acts on who are often abroad ("The junta released a
            # Japanese journalist", "the army arrested a Ukrainian journalist, Russian officials said"; coref.yaml
            # `foreign_nationals`), nor of a people named among those it acts on ("sentenced 37 defendants, including
            # three Americans"); protesters or residents it acts on are still its own ("Police arrested 40 Kenyan
            # protesters")
            heads, among = set(nationals["heads"]), set(nationals["partitive_prepositions"])
            edge = subject.right_edge.i
            for t in subject.head.subtree:
                if t.i <= edge or t.pos_ not in NOUNS or t.dep_ not in ("dobj", "pobj", "conj", "dative", "appos"):
                    continue
                named = ctx.covered.get(t.i)
                words = {t.lemma_.lower(), t.lower_, *(f"{m.lower_} {t.lemma_.lower()}" for m in t.children
                                                       if m.dep_ == "compound" and m.i == t.i - 1)}
                if words & heads or named is not None and named.resolution != "place" \
                        and named.head == t.i and ctx.actors[named.key].kind in ("country", "composed") \
                        and t.dep_ == "pobj" and t.head.lower_ in among:
                    scope |= {t.i, *(m.i for m in t.children if m.dep_ in ("amod", "compound", "nmod") and m.i < t.i)}

        if not office and subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" \
                and subject.head.lemma_.lower() in (self.vocab.get("reporting_subject_verbs") or ()):
            # (p25) whoever reports takes no country from what it reports after it, whatever it is ("Tigrayan officials
            # said Eritrean forces had abducted three civilians": not Eritrea's; state bodies did so already, `office`);
            # verbs of reporting only (coref.yaml `reporting_subject_verbs`): a demand names who must act, often the
            # demander's own country ("The opposition demanded that Kenya hold new elections" is Kenya's opposition)
            told = _reported_after(subject, self.vocab.get("reported_conjunct_marks") or ())
            if person:
                # (h27i) ... a person's only when what they report is between states, naming two countries or more ("X
                # said that the UAE had violated the sovereignty of Sudan and that Khartoum was recalling its ambassador
                # from Abu Dhabi" is not Emirati), and then no place in it gives one either; a clause about one state
                # may well be about the speaker's own ("Foreign Minister Kenji Okano said Japan would host the talks")
                named = {c for b in ctx.cands if b.head in told and b.resolution != "place"
                         for c in [self._known_country(ctx.actors[b.key])] if c and self.kb.country(c)}
                named |= {eid.split(":")[1] for s_, _e, eid in ctx.places if s_ in told}
                if len(named) >= 2:
                    scope |= told
                    reported |= told
            else:
                scope |= told

        def country_of(spec: _ActorSpec) -> str | None:
            if spec.sector in media or (spec.code or "")[3:6] in media:
                return None  # "an AFP correspondent said": the outlet reporting is not where the story is
            if (spec.code or "")[:3] in self.vocab["international_prefixes"]:
                return None  # "WHO Director-General Tedros said several hospitals ...": not Ethiopia's
            return self._known_country(spec)

        # a state's ruling body named by a bare word ("the junta") is the one the story named before,
        # wherever ("Myanmar's military government ... Malaysia's prime minister said the bloc would not
        # send observers unless the junta stopped its air strikes": Myanmar's, not Malaysia's)
        first = ctx.doc[at]
        if first.lemma_.lower() in self.vocab["ruling_body_heads"] and self._bare_definite(first):
            # (earlier state bodies called by the same word, or military governments)
            rulers = [c for c in ctx.cands if c.start < at and ctx.actors[c.key].kind == "composed" and (
                (ctx.actors[c.key].code or "")[3:6] in ("GOV", "MIL") and c.resolution != "place" and not c.end > at
                and self._called(ctx.doc[c.head], first.lemma_.lower()) or self._military_rule(ctx.doc[c.head]))]
            countries = [c for c in (country_of(ctx.actors[b.key]) for b in sorted(rulers, key=lambda c: c.start)) if c]
            if countries:
                return countries[-1]
        # (h20g) a force named by a bare word the story used before with a country ("Kosovo police ... a police
        # patrol", "the police"): that country's (coref.yaml `same_word_force_words`)
        words = {t.lower_ for t in ctx.doc[first.left_edge.i:first.i + 1]} & self.vocab["same_word_force_words"]
        if words and not (ctx.doc[first.left_edge.i:first.i + 1].ents):
            earlier = [c for c in ctx.cands if c.end <= first.left_edge.i and c.resolution != "place"
                       and ctx.actors[c.key].kind == "composed"
                       and words & {t.lower_ for t in ctx.doc[c.start:c.end]}]
            countries = [c for c in (country_of(ctx.actors[b.key]) for b in sorted(earlier, key=lambda c: c.start)) if c]
            if countries:
                return countries[-1]
        named_before = None
        if first.dep_ == "appos" and first.head.i < at and first.head.pos_ == "PROPN":
            named_before = first.head.i
        elif first.left_edge.i >= 2 and ctx.doc[first.left_edge.i - 1].text == "," \
                and ctx.doc[first.left_edge.i].lower_ in (self.vocab.get("restated_determiners") or ()) \
                and ctx.doc[first.left_edge.i - 2].pos_ == "PROPN":
            # (the parser may hang such a phrase on the verb: "pledged to neutralise the FDLR, a militia[dobj]")
            named_before = first.left_edge.i - 2
        elif first.dep_ == "attr" and first.head.lemma_.lower() in (self.vocab.get("restating_copulas") or ()):
            # (h27d) ... and so does the predicate of a copula whose subject is the named group ("Biden said the Houthis
            # were a terrorist group", "Kenya said al-Shabaab was a terrorist organisation": the group's country, not
            # the speaker's; coref.yaml `restating_copulas`)
            subj = next((c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < at), None)
            if subj is not None and subj.pos_ == "PROPN":
                named_before = subj.i
        if named_before is not None:
            # (h26a) a noun in apposition to a named group or body restates it: the body's country ("the FDLR, a militia
            # founded by Hutu extremists" is Rwanda's, not the Congo the sentence is about; coref.yaml `restated_kinds`)
            cand = ctx.covered.get(named_before)
            if cand is not None and cand.resolution != "place" \
                    and ctx.actors[cand.key].kind in (self.vocab.get("restated_kinds") or ()):
                owner = country_of(ctx.actors[cand.key])
                if owner and self.kb.country(owner):
                    return owner
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in first.children):
            # "crossed into Venezuela, whose government said ...": the relative clause's noun's
            clause = first
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            cand = ctx.covered.get(clause.head.i) if clause.dep_ == "relcl" else None
            owner = country_of(ctx.actors[cand.key]) if cand is not None else None
            if owner:
                return owner
        if first.dep_ == "conj" and first.head.pos_ in NOUNS and first.head.i < at:
            cand = ctx.covered.get(first.head.i)
            if cand is not None and cand.resolution != "place" and ctx.actors[cand.key].kind not in ("country", "person") \
                    and self._names_country(ctx, cand):
                shared = country_of(ctx.actors[cand.key])
                if shared:
                    return shared
        before = sorted((c for c in ctx.cands if sent.start <= c.start < at and c.resolution != "place"
                         and not c.start <= at < c.end),  # (not the noun's own phrase)
                        key=lambda c: c.start)
        attackers = self._attackers(ctx.doc[at])
        aside: set[int] = set(own)  # tokens that give no country to the noun (h20c: its own apposition's)
        by_attacker: list[_Cand] = []
        # countries the actor is known not to be of: a third party's it stands between ...
        outside = {c for t in self._mediators(ctx.doc[at]) for b in ctx.cands if b.resolution != "place"
                   and b.start <= t.i < b.end for c in [country_of(ctx.actors[b.key])] if c}
        hostile = set(outside)
        if first_conjunct(ctx.doc[at]).dep_ in ("nsubj", "nsubjpass") \
                and self.kb.sector_of(ctx.doc[at].lemma_.lower()) in (self.vocab.get("acted_on_clause_sectors") or ()):
            # (h27d) a government, opposition or militants that are the subject of a clause of time or cause hung on a
            # country's act on another country are the other's ("Washington eased sanctions on Venezuela after the
            # government and opposition agreed": Venezuela's, not America's; "Israel struck Gaza after militants fired
            # rockets": not Israel's)
            hostile |= self._acted_on_clause_actors(ctx, first_conjunct(ctx.doc[at]).head, country_of)
        if domestic:
            # (h19n) nor the country of diplomats or monitors who act on an opposition (coref.yaml `foreign_heads`:
            # "three French diplomats had met opposition figures" in Burkina Faso met Burkina's)
            visitors = {c for t in self._counterparts(ctx.doc[at]) if t.lemma_.lower() in self.vocab["foreign_heads"]
                        for b in [ctx.covered.get(t.i)] if b is not None and b.resolution != "place"
                        for c in [country_of(ctx.actors[b.key])] if c}
            hostile |= visitors
            before = [c for c in before if country_of(ctx.actors[c.key]) not in visitors]
        if bare_state:
            # (h19d) a bare "the army", "the government" a diplomat reports on is not the diplomat's own state's
            # ("The State Department said the army had seized power": the country's the story is about)
            hostile |= self._diplomatic_reporters(ctx, ctx.doc[at])
        # the backer of a group ("the Iran-backed group accused the government"): whose the government is, it does not say
        aside |= {g.i for p in sent if p.dep_ == "amod" and self._backer_participle(p)
                  for m in p.children if m.dep_ in ("npadvmod", "compound", "nmod", "amod") and m.i < p.i for g in m.subtree}
        before = [c for c in before if c.head not in aside]
        # (h20g) nor what is named inside a quotation the noun is not in ("'We demand that the Chinese return our
        # rifles,' the armed forces chief, General X, said": not China's chief)
        here = ctx.quotation_of(at)
        before = [c for c in before if ctx.quotation_of(c.start) in (None, here)]
        reporting_force = self._reporting_force(ctx, ctx.doc[at], attackers, armed=armed, insurgent=insurgent)
        if reporting_force is not None:
            # a force abroad reporting whom its own strikes hurt ("U.S. Africa Command said no civilians were injured
            # in the strikes", "AFRICOM said it killed five militants", filed from Mogadishu): the people of the
            # place struck, never the force's own
            hostile.add(reporting_force)
            before = [c for c in before if country_of(ctx.actors[c.key]) != reporting_force]
        if attackers:
            # the victims of an attack are not the attacker's people ("Russia launched an attack
            # on Kyiv, killing 12 people"): the sentence's other actors first
            # (the attackers' own country only after a nationality adjective: "US forces struck a boat
            # off the Venezuelan coast, killing three people" → Venezuelans)
            by_attacker = [c for c in before if any(c.start <= t.i < c.end for t in attackers)]
            before = [c for c in before if c not in by_attacker]
            if armed and not insurgent:
                # ... and armed victims never are a state attacker's ("India and Pakistan exchanged
                # fire, killing two soldiers": whose soldiers is not said); civilians may be ("the army
                # killed 20 civilians"), and so may an armed group's armed victims: insurgents fight
                # their own country's forces ("Al Shabaab militants attacked a base, killing 15 soldiers")
                # (when the sentence names that country otherwise too: "a base in Somalia's Lower
                # Shabelle region"; "Three soldiers were killed in a Hezbollah rocket attack" says nothing)
                attacking = [b for b in ctx.cands if b.resolution != "place" and any(b.start <= t.i < b.end for t in attackers)]
                named = {country_of(ctx.actors[b.key]) for b in ctx.cands if sent.start <= b.start < sent.end
                         and b not in attacking and b.start != at and not (b.start <= at < b.end)}
                named |= {eid.split(":")[1] for s_, _e, eid in ctx.places if sent.start <= s_ < sent.end}
                # (h30d) ... or the story is filed from it ("BAMAKO - JNIM claimed an assault on a military camp")
                named |= {self._dateline_country(ctx)} - {None, ""}
                hostile |= {c for b in attacking for c in [country_of(ctx.actors[b.key])]
                            if c and not (self._non_state(ctx.actors[b.key]) and c in named)}
                by_attacker = []
        if ruled and not abroad:
            # (a country's mission abroad is the one it acts on: "China suspended operations at its embassy in
            # Quito and consular offices", coref.yaml `mission_words`)
            # ... a government or "the authorities" a country acts on are another country's ("the United
            # States called on the authorities to respect the right to protest": Kenya's, not its own;
            # the countries named as subjects in its sentence, when it is an object: the subject of its
            # own verb is often a pronoun not resolved yet, "..., said they were concerned and called on";
            # a person may act on their own: "Macron dissolved the National Assembly")
            ruled_tok = first_conjunct(ctx.doc[at])
            if ruled_tok.dep_ in (self.vocab.get("ruled_owner_deps") or ()) and ruled_tok.head.pos_ in NOUNS:
                # (h27d) the owner of what is acted on is acted on too ("The United States ... rejecting the electoral
                # authority's declaration": not America's authority; coref.yaml `ruled_owner_deps`)
                ruled_tok = first_conjunct(ruled_tok.head)
            if ruled_tok.dep_ in ("dobj", "pobj", "dative"):
                # (and the countries a subject's phrase names: "Western embassies, including those of the
                # United States, Britain and Germany, urged the authorities" urged Kenya's)
                # (a state body's prepositional phrases only: "Benin's opposition party urged the authorities"
                # urged Benin's, "the foreign ministers of France and Germany urged the authorities" no French)
                inside = {t.i for s_ in sent if s_.dep_ in ("nsubj", "nsubjpass") and s_.pos_ in NOUNS
                          and (b := ctx.covered.get(s_.i)) is not None and b.resolution != "place"
                          and (ctx.actors[b.key].code or "")[3:6] in self.vocab["state_body_sectors"]
                          for p in s_.children if p.dep_ == "prep" for t in self._phrase_tokens(p)}
                subjects = [c for c in ctx.cands if sent.start <= c.start < sent.end and c.resolution != "place"
                            and (first_conjunct(ctx.doc[c.head]).dep_ in ("nsubj", "nsubjpass") or c.head in inside)]
                hostile |= {c for c in (country_of(ctx.actors[s.key]) for s in subjects
                                        if ctx.actors[s.key].kind == "country") if c}
                # (p23) ... and a state's diplomats ("Brazil's foreign ministry urged the electoral authorities", "The U.S.
                # embassy urged the government": coref.yaml `diplomatic_reporter_words`) act on another state's
                hostile |= {c for s_ in subjects for spec in [ctx.actors[s_.key]]
                            if spec.kind != "country" and self._diplomatic(ctx, s_)
                            for c in [country_of(spec)] if c and self.kb.country(c)}
            elif first_conjunct(ctx.doc[at]).dep_ in ("nsubj", "nsubjpass"):
                # ... and as a subject it is not of the country it acts on: its verb's object and
                # prepositional phrases ("The government expressed appreciation for China's
                # assistance", "The Senate ratified the treaty with Mexico"), not a clause it reports;
                # a place after one of coref.yaml `partner_prepositions` counts too ("a deal with Mexico")
                verb = first_conjunct(ctx.doc[at]).head
                phrases = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "agent")]
                # (the phrases themselves, not a clause on them: "ordered television stations ..., a
                # directive[dobj] that the Law Society of Kenya challenged[relcl]" acts on no Kenya)
                partners = [t for c in phrases for t in self._phrase_tokens(c)]
                # (another state only: a country or its government, army or legislature; "the
                # interior ministry suspended the mayor" may well be the mayor's country's)
                # (h19j: not a person it impeaches, elects or removes, coref.yaml `own_office_verbs`)
                own_office = verb.lemma_.lower() in self.vocab["own_office_verbs"]
                hostile |= {c for t in partners for b in [ctx.covered.get(t.i)] if b is not None and b.resolution != "place"
                            and (ctx.actors[b.key].kind == "country"
                                 or (ctx.actors[b.key].code or "")[3:6] in self.vocab["state_body_sectors"])
                            and not (own_office and ctx.actors[b.key].kind == "person")
                            for c in [country_of(ctx.actors[b.key])] if c}
                hostile |= {eid.split(":")[1] for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                            for p in self.vocab["partner_prepositions"] for g in prep_objects(h, p) for t in (g, *g.conjuncts)
                            for s_, e_, eid in ctx.places if s_ <= t.i < e_}
            before = [c for c in before if country_of(ctx.actors[c.key]) not in hostile]
            # ... nor is it of the nationality an apposition gives a person, which tells where the person is
            # from, not whose government the sentence is about ("Kamara, a veteran Sierra Leonean diplomat,
            # urged the government and the SPLM-IO to return to the peace deal": South Sudan's)
            # (a person: one the resolver knows, or a name whose apposition is headed by a person's title or role)
            aside |= {t.i for p in sent if p.pos_ == "PROPN" for a in p.children if a.dep_ == "appos"
                      and (p.i in ctx.covered and ctx.actors[ctx.covered[p.i].key].kind in ("person", "unknown_person")
                           or p.i not in ctx.covered and a.lemma_.lower() not in self.vocab["collective_heads"]
                           and (a.lemma_.lower() in self.vocab["title_heads"] or a.lemma_.lower() in self.kb.generic_heads
                                or self._sector_word(a) is not None))
                      for t in a.subtree}
            before = [c for c in before if c.head not in aside]
        if domestic:
            # ... an opposition faces its own country's rulers: the country of whoever acts on it
            # ("urged Maduro to hold talks with the opposition" → Maduro's), before the sentence's
            for t in self._counterparts(ctx.doc[at]):
                c = ctx.covered.get(t.i)
                country = country_of(ctx.actors[c.key]) if c is not None and c.resolution != "place" else None
                if country and country not in hostile:
                    return country
        # forces a country deploys are its own, wherever they go: "China deployed 30 warships near
        # Taiwan" (coref.yaml `deployment_verbs`)
        tok = first_conjunct(ctx.doc[at])
        # (also a count's "of" phrase: "Russia has thousands of soldiers in Belarus", "deployed hundreds of troops")
        counted = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.pos_ == "NOUN" and tok.head.head.head.lemma_.lower() in self.vocab["deployment_verbs"]
        if armed and (counted or tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.vocab["deployment_verbs"]):
            for c in self._counterparts(ctx.doc[at]):
                cand = ctx.covered.get(c.i)
                country = country_of(ctx.actors[cand.key]) if cand is not None and cand.resolution != "place" else None
                if country:
                    return country
        if exiled:
            # (h19g) refugees and migrants are of where they come from, never of where they are held or of who holds,
            # rescues or sends them ("Migrants held in Albania", "the Spanish coast guard rescued 300 migrants":
            # neither Albania's nor Spain's; coref.yaml `exile_heads`, `custody_verbs`)
            # they are of the country they fled, when the sentence says so ("fled Sudan into Chad"); held somewhere
            # and no more said, of none (the story's country is likelier their host's than theirs)
            hosts = self._exile_hosts(ctx, ctx.doc[at])
            origin = self._exile_origin(ctx, ctx.doc[at])
            if origin and origin not in hostile | hosts or hosts:
                return origin if origin and origin not in hostile | hosts else None
        # the destination of a sending whose purpose acts on the noun: "Russia sent troops to Syria to
        # fight the rebels" → Syria's rebels
        dest = self._destination(ctx, ctx.doc[at])
        if dest is not None and dest not in outside:
            return dest
        # a place named in the sentence, unless a third party's (attackers may fight on their own soil)
        # (h21a) ... nor, for a private person or a relative ("her husband", coref.yaml `kin_nouns`), a place a person's
        # own apposition or relative clause says someone is in or lives in: it says where they are, not whose they are
        # ("the journalist X, an exile in Riga", "Her husband, X, who lives in Paris", "jailed her ally" after "Y, who
        # lives in exile in Vilnius"; coref.yaml `locative_prepositions`); where an act on them was done still counts
        # ("X was arrested in Tunis")
        kin = ctx.doc[at].lemma_.lower() in (self.vocab.get("kin_nouns") or ())
        own_phrase = {t.i for c in ctx.cands if (person and private or kin) and sent.start <= c.head < sent.end
                      and ctx.actors[c.key].kind in ("person", "unknown_person")
                      for a in ctx.doc[c.head].children if a.dep_ in ("appos", "relcl", "acl") for t in a.subtree}
        if kin:
            own_phrase |= {t.i for a in ctx.doc[at].children if a.dep_ in ("appos", "relcl", "acl") for t in a.subtree}
        local = [eid.split(":")[1] for s, e, eid in ctx.places if sent.start <= s < sent.end and s not in reported
                 and s not in passing and not (s in own_phrase and self._located_in(ctx.doc[s:e]))]
        local = [c for c in local if not (exiled and c in hostile)]
        charging = self.vocab.get("charging_verbs") or {}
        subj_tok = first_conjunct(ctx.doc[at])
        if subj_tok.dep_ in ("nsubj", "dobj") and subj_tok.head.lemma_.lower() in charging.get("verbs", ()):
            # (h24h) nor from a place inside the charge its subject makes or its object faces ("Critics accuse Georgian
            # Dream of tilting toward Moscow", "accused the government of selling out to Moscow": coref.yaml
            # `charging_verbs`)
            charge = {t.i for p in subj_tok.head.children if p.dep_ == "prep" and p.lower_ in charging.get("prepositions", ())
                      for t in p.subtree}
            local = [eid.split(":")[1] for s, e, eid in ctx.places if sent.start <= s < sent.end and s not in reported
                     and s not in charge and s not in passing and not (s in own_phrase and self._located_in(ctx.doc[s:e]))
                     and not (exiled and eid.split(":")[1] in hostile)]
        local = [c for c in local if c not in outside and not abroad]  # (a mission is in its host's places)
        if not person:
            # (p25) nor, as for a person, a place an actor of the sentence travels or flees to, which says where it went
            # ("Hasina fled by helicopter to New Delhi as crowds stormed her residence": not India's crowds; "Thousands
            # of refugees fled to Chad": not Chad's)
            gone = [eid.split(":")[1] for s, e, eid in ctx.places if sent.start <= s < sent.end
                    and self._travelled_to(ctx.doc[s:e])]
            local = [c for c in local if c not in gone] if gone else local
        # (h21b) a place the noun's own phrase puts it in comes first ("Iran-backed militias in Iraq fired drones at a
        # US base in Syria": Iraq's; coref.yaml `own_place_prepositions`)
        home_tok = ctx.doc[at]
        own_places = [eid.split(":")[1] for p in home_tok.children if p.dep_ == "prep"
                      and p.lower_ in self.vocab["own_place_prepositions"] for g in p.children if g.dep_ == "pobj"
                      for s, e, eid in ctx.places if s <= g.i < e]
        own_places = [c for c in own_places if c in local]
        if own_places and not person:
            return own_places[0]
        if person:
            # (h20c) a place a person travels to says where they went, not whose they are ("Speaker X visited
            # Taipei": coref.yaml `person_travel_verbs`)
            local = [eid.split(":")[1] for s, e, eid in ctx.places if sent.start <= s < sent.end and s not in reported
                     and s not in passing and not self._travelled_to(ctx.doc[s:e])
                     and not (s in own_phrase and self._located_in(ctx.doc[s:e]))]
            local = [c for c in local if c not in outside and not abroad]
        # (h30d) the country across a border from the place ("a military camp near the border with Burkina Faso",
        # "rebels near the border with Rwanda") is the neighbour's, not the place's (coref.yaml `border_neighbour`)
        beyond = self._border_neighbours(ctx, sent)
        if beyond:
            hostile = hostile | beyond
            local = [c for c in local if c not in beyond]
        if len(set(local)) > 1:
            # (p25) of places of several countries, those outside a clause of another act come first ("Israel carried
            # out air strikes across southern Lebanon, killing seven people, after rockets were fired toward the
            # Israeli town of Metula": Lebanon's people, not Israel's)
            others = {t.i for v in sent if v.dep_ in ("advcl", "relcl", "ccomp", "acl") and v.pos_ in ("VERB", "AUX")
                      and not v.left_edge.i <= at <= v.right_edge.i for t in v.subtree}
            near = {eid.split(":")[1] for s, e, eid in ctx.places if sent.start <= s < sent.end and s not in others}
            local = [c for c in local if c in near] or local
        if local:
            return local[-1]
        if story_state:
            # (h29a) police, prosecutors and courts of no country written and no place of their own sentence are the
            # story's home state's (`_story_home`), not the country of a foreign suspect or victim the sentence names
            # ("A Russian tourist was arrested in Thailand ... Police said he attacked a bar owner": Thai police)
            # (a body of the same service its sentence names with a country comes first: "Gang members attacked a
            # police station ..., Haiti's national police said")
            # (the body may be composed later: its country word then)
            body = ctx.doc[at].lemma_.lower() in ((self.vocab.get("story_state_sectors") or {}).get("body_heads") or ())
            same = [c for t in sent if t.i != at and t.pos_ in NOUNS and self._sector_word(t) == story_state
                    and (not body or t.lemma_.lower() == ctx.doc[at].lemma_.lower())  # (h31c) a ministry: ministries
                    and not ctx.doc[at].left_edge.i <= t.i <= ctx.doc[at].right_edge.i
                    for m in t.children if m.dep_ in ("poss", "amod", "compound")
                    for c in [self._country_of(ctx, m)[0]] if c and self.kb.country(c)]
            home = same[0] if same else self._story_home(ctx)
            if home is None and body:
                # (h31c) a ministry called by its name is the dateline's state's when the story places anything there,
                # a reported place too ("MANILA - ... The Department of Foreign Affairs said it had conveyed a protest
                # to China's deputy chief of mission in Manila", though "In Beijing, the spokesman ..." follows)
                dateline = self._dateline_country(ctx)
                home = dateline if dateline and any(eid.split(":")[1] == dateline for s_, _e, eid in ctx.places
                                                        if s_ >= ctx.dateline) \
                    else None
            if home is not None and body and not any(
                    c.resolution != "place" and self._known_country(ctx.actors[c.key]) == home
                    for c in ctx.covered.values()) \
                    and not any(e.kind == "country" and e.code == home for e in ctx.modifiers.values()):
                # (h31c) ... and only a state the story names as an actor or by its adjective ("Philippine"): "VIENNA -
                # ... the Atomic Energy Organization of Iran and the Foreign Ministry issued a joint statement" is no
                # Austrian ministry
                home = None
            if home and home not in outside:
                return home
        def titled(b: _Cand) -> str | None:
            # an unknown person not coded yet, whose title names a country or place ("Saskatchewan
            # Premier Scott Moe criticised the federal government": Canada's)
            spec = ctx.actors[b.key]
            return self._title_words(ctx, ctx.doc[b.head], b.start)[0] if spec.kind == "unknown_person" and not spec.code else None

        def first_actor(cands: Iterable[_Cand]) -> str | None:
            return next((c for c in (country_of(ctx.actors[b.key]) or titled(b) for b in cands) if c and c not in hostile), None)

        def first_adjective(indices: Iterable[int]) -> str | None:
            entries = (ctx.modifiers.get(i) for i in indices)
            return next((e.code for e in entries if e is not None and e.kind == "country" and e.code
                         and self.kb.country(e.code) and e.code not in hostile), None)

        attacker_tokens = {t.i for t in attackers}
        # an actor earlier in the sentence; a nationality adjective there ("Ethiopian and Eritrean
        # troops clashed ..., according to local residents"); then an actor later in the sentence, as
        # a trailing attribution names one ("Gang members attacked a police station ..., Haiti's
        # national police said"), or an adjective there ("..., Nigerian officials said"), not one of
        # the attackers; before the article's most-named country
        later = sorted((c for c in ctx.cands if at < c.start < sent.end and c.resolution != "place" and c.head not in aside
                        and c.head not in scope and not any(c.start <= t < c.end for t in attacker_tokens)),
                       key=lambda c: c.start)
        # (the attackers' own after an adjective: "the army killed 20 civilians", "its forces killed
        # dozens of militants")
        # (an attacker whose country the sentence names, "Russia attacked the town, killing ten
        # civilians", "Israeli jets bombed a house, killing five people", is no sign the victims are
        # its own people: the article's other countries first, the attacker's last; a bare "the
        # army killed 20 civilians" kills its own people more often than not)
        attacker_countries = {c for b in by_attacker if self._names_country(ctx, b) for c in [country_of(ctx.actors[b.key])] if c} \
            | {e.code for t in attackers for e in [ctx.modifiers.get(t.i)] if e is not None and e.kind == "country" and e.code}
        # (a state's soldiers, troops or police kill their own people more often than not: "Human Rights
        # Watch accused Burkinabe soldiers of executing civilians"; coref.yaml `domestic_force_heads`)
        heads = {t.lemma_.lower() for t in attackers if t.head.i == t.i or t.head not in attackers}
        # (not when the force is sent across a border: "Pakistani troops fired artillery shells across
        # the Line of Control, killing 10 civilians"; coref.yaml `cross_border_prepositions`)
        across = any(t.dep_ == "prep" and t.lower_ in self.vocab["cross_border_prepositions"] and t.head.pos_ == "VERB"
                     for t in sent)
        if heads & set(self.vocab["domestic_force_heads"]) and not across:
            attacker_countries = set()
        if any(self._non_state(ctx.actors[b.key]) for b in by_attacker) \
                and all(self._non_state(ctx.actors[b.key]) or ctx.actors[b.key].kind == "country" for b in by_attacker):
            # (nor are a non-state armed group's named country's people: insurgents and militias kill
            # their compatriots more often than not, "Sudan's paramilitary Rapid Support Forces shelled a
            # camp, killing 40 people, ... as the United States pressed ..." are Sudanese)
            attacker_countries = set()
        named_attacker = bool(attacker_countries)
        hostile = hostile | attacker_countries
        before = [c for c in before if c.head not in passing]
        later = [c for c in later if c.head not in passing]
        reporter = self._generic_reporter(ctx.doc[at]) if not person else None
        if reporter is not None:
            # (h27i) a bare generic plural in a clause someone reports takes no country from the reporter ("Blinken has
            # said both forces bear responsibility", "Waltz told the council, saying gangs had turned the capital ...":
            # neither America's); a nationality word, a place or the story may still give one
            before = [c for c in before if not (c.start <= reporter.i < c.end
                                                or reporter.left_edge.i <= c.head <= reporter.right_edge.i)]
            # (nor a nationality word in the reporter's phrase: "The Syrian Observatory, a UK-based group, said eight
            # people were killed in an air strike by government forces" is not Britain's)
            aside = aside | set(range(reporter.left_edge.i, reporter.right_edge.i + 1))
        if exiled:
            # (h27i) refugees or migrants of no origin said take no country from an actor of their sentence (the one
            # hosting, helping or reporting on them: "Blinken announced aid for countries hosting refugees" are not
            # American): only a nationality word does (coref.yaml `exile_heads`)
            # (or a place of their sentence, a clause on them included: "refugees fleeing the fighting in Mali")
            return first_adjective(i for i in range(sent.start, sent.end) if i not in aside | passing | scope) \
                or next((eid.split(":")[1] for s_, e_, eid in ctx.places if sent.start <= s_ < sent.end
                         and s_ not in reported and eid.split(":")[1] not in hostile | outside), None)
        found = first_actor(before) or first_adjective(i for i in range(sent.start, at)
                                                       if not (named_attacker and i in attacker_tokens) and i not in aside
                                                       and i not in passing) \
            or (None if named_attacker else first_actor(by_attacker)) \
            or first_actor(later) or first_adjective(i for i in range(at + 1, sent.end)
                                                     if i not in attacker_tokens | aside | scope | passing)
        if found:
            return found
        if person:
            # (h20c) a person the dictionary lacks takes a country from their sentence, not from the article's
            # most-named country: an office holder of no country written is as likely another state's ("then-House
            # Speaker X" in a story about China is not China's); a private person (a journalist, an activist) of
            # a story about one state's affairs is that state's (`_dominant_state`), else of no country known
            return self._dominant_state(ctx) if private else None
        counts = Counter()
        for c in ctx.cands:
            if c.resolution == "place" or c.head in aside or c.head in scope:
                continue
            country = country_of(ctx.actors[c.key])
            if country:
                counts[country] += 1
        for ent_start, _end, eid in ctx.places:
            if ent_start not in reported:
                counts[eid.split(":")[1]] += 1
        # (h30d) ... nor an attack noun of no actor ("Russia pounded Kharkiv overnight. The strikes killed five civilians")
        unowned = bool(attackers) and not by_attacker and not named_attacker \
            and not any(t.i in ctx.covered or t.i in ctx.modifiers for t in attackers) \
            and any(t.lemma_.lower() in self.vocab["attack_nouns"] and t.head not in attackers for t in attackers)
        if not armed and (not attackers and self._unnamed_attack_victim(ctx.doc[at]) or unowned):
            # (h22c) people harmed by an attack whose doer their sentence does not name ("Russian forces shelled
            # Kharkiv. Two civilians were killed") are not of the country whose forces the story told attacking, when
            # it names another
            strikers = self._story_strikers(ctx, at, country_of)
            if any(c not in strikers and c not in hostile for c in counts):
                hostile = hostile | strikers
        # the dateline names a place too, and where the story was filed wins a tie ("OTTAWA (Reuters) -
        # ... the federal government" is Canada's in a story that names the United States as often)
        home = self._dateline_country(ctx)
        if home and counts[home] and home not in hostile \
                and counts[home] * self.vocab["home_country_share"] >= max(counts.values()):
            # ... and a story set where it was filed (the article names the dateline's country about as
            # often as any other) is that country's story ("COTONOU - ... Nigeria sent jets ... A group of
            # officers appeared on state television": Benin's officers, not Nigeria's); a story filed from
            # a regional hub that names the hub's country in passing is not ("BANGKOK - ... Myanmar's
            # military ... refugees fled to Thailand": the military is Myanmar's)
            return home
        if home:
            counts[home] += 1
        for country, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != home)):
            if country not in hostile:
                return country
        return first_actor(by_attacker) if named_attacker else None

    def _border_neighbours(self, ctx: ActorContext, sent: Span) -> set[str]:
        """(h30d) The countries a sentence names as the other side of a border (coref.yaml `border_neighbour`: the object
        of "with" on "border", "frontier": "near the border with Burkina Faso", "Sudan's border with Chad"), places or
        actors; a noun of no country of its own there is on this side of it."""
        vocab = self.vocab.get("border_neighbour") or {}
        heads, preps = set(vocab.get("heads") or ()), set(vocab.get("prepositions") or ())
        spans = [(g.left_edge.i, g.right_edge.i) for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in heads
                 for p in t.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
        if not spans:
            return set()
        out = {eid.split(":")[1] for s_, _e, eid in ctx.places for a, b in spans if a <= s_ <= b}
        out |= {c for b in ctx.cands if b.resolution != "place" and ctx.actors[b.key].kind == "country"
                for a, z in spans if a <= b.head <= z for c in [self._known_country(ctx.actors[b.key])] if c}
        return {c for c in out if self.kb.country(c)}

    def _many_states(self, head: Token) -> bool:
        """(h32l) Whether `head` is a bare plural of a state's head (coref.yaml `plural_state_heads`: "governments") with no
        owner, count, compound or "of" phrase and no determiner but those of `generic_plural_determiners` ("several
        governments", "governments in the region"): many states, no one of them ("the governments of Brazil and
        Colombia", "their governments", "the two governments" name theirs)."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in (self.vocab.get("plural_state_heads") or ()):
            return False
        dets = set(self.vocab.get("generic_plural_determiners") or ())
        return not any(c.dep_ in ("poss", "compound", "nummod", "nmod") or c.dep_ in ("det", "predet") and c.lower_ not in dets
                       or c.dep_ == "prep" and c.lower_ in self.vocab["pair_owner_prepositions"] for c in head.children)

    def _generic_reporter(self, tok: Token) -> Token | None:
        """(h27i) The subject of the reporting verb (coref.yaml `reporting_subject_verbs`) whose reported clause holds
        `tok`, when `tok` is a bare generic plural (no possessive, no count, no sector compound, no determiner but those of
        `generic_plural_determiners`: "forces", "both forces", "gangs"; not "the troops", "its forces"); a participle
        of reporting takes the subject of the verb it hangs on ("Waltz told the council, saying gangs had ..."). None
        otherwise."""
        dets = set(self.vocab.get("generic_plural_determiners") or ())
        if tok.tag_ != "NNS" or any(c.dep_ in ("poss", "compound", "nummod") or c.dep_ in ("det", "predet") and c.lower_ not in dets
                                    for c in tok.children):  # ("government forces" names whose they are)
            return None
        verbs = set(self.vocab.get("reporting_subject_verbs") or ())
        marks = set(self.vocab.get("reported_conjunct_marks") or ())
        t = tok
        while t.head.i != t.i:
            clause = t.dep_ == "ccomp" or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                                           and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children))
            if clause:
                verb = t.head
                if verb.lemma_.lower() not in verbs or any(c.tag_ in ("PRP", "PRP$") for c in t.subtree):
                    return None  # (a pronoun in the clause tells of the reporter's own doings: "the army said it killed")
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None and verb.dep_ == "advcl":
                    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                return subj if subj is not None and subj.i < tok.i else None
            t = t.head
        return None

    def _acted_on_clause_actors(self, ctx: ActorContext, verb: Token, country_of) -> set[str]:
        """(h27d) The countries of the subject of the act a clause of time, cause or condition hangs on (coref.yaml
        `acted_on_clause_deps`), when that act is done to another country or its state body: a bare "the government"
        subject of the clause is of the country acted on, not the actor's ("Washington eased some oil sanctions on
        Venezuela last year after the government and opposition agreed on conditions": Venezuela's, not America's).
        Empty when the act names no other country ("Kenya's parliament passed the bill after the government
        agreed": the clause says nothing against the subject's own)."""
        if verb.dep_ not in (self.vocab.get("acted_on_clause_deps") or ()) or verb.head.pos_ not in ("VERB", "AUX"):
            return set()
        main = verb.head
        state = self.vocab["state_body_sectors"]

        def countries(deps: tuple[str, ...]) -> set[str]:
            return {c for ch in main.children if ch.dep_ in deps and ch.i != verb.i for t in self._phrase_tokens(ch)
                    for b in [ctx.covered.get(t.i)] if b is not None and b.resolution != "place"
                    and (ctx.actors[b.key].kind == "country" or (ctx.actors[b.key].code or "")[3:6] in state)
                    for c in [country_of(ctx.actors[b.key])] if c and self.kb.country(c)}

        doers = countries(("nsubj",))
        acted = countries(("dobj", "dative", "prep"))
        return doers - acted if acted - doers else set()

    def _addresser_country(self, ctx: ActorContext, head: Token) -> str | None:
        """(h26a) The country of the person who addresses the body at `head` (coref.yaml `addressed_bodies`: "told
        lawmakers", "briefed parliament", "in a speech to lawmakers"): the speaker's, a person the dictionary codes with a
        country, or, for a pronoun ("he told lawmakers"), the last such person named in its sentence or the
        `lookback_sentences` before; None otherwise."""
        vocab = self.vocab.get("addressed_bodies") or {}
        tok = first_conjunct(head)
        if tok.dep_ in ("dobj", "dative"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in vocab.get("prepositions", ()):
            verb = tok.head.head
            if verb.pos_ in NOUNS and verb.lemma_.lower() in vocab.get("nouns", ()):
                verb = governing_verb(verb) if governing_verb(verb) is not None else verb
        else:
            return None
        if verb.lemma_.lower() not in vocab.get("verbs", ()) and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower()
                                                                      in vocab.get("nouns", ())):
            return None
        subj, passive = syntax_subject(verb)
        if passive or len(subj) != 1:
            return None
        s_ = subj[0]

        def person_country(c: _Cand) -> str | None:
            spec = ctx.actors[c.key]
            code = spec.code or ""
            return code[:3] if spec.kind == "person" and len(code) >= 3 and self.kb.country(code[:3]) else None

        c = ctx.covered.get(s_.i)
        if c is not None and c.resolution != "place":
            return person_country(c)
        if s_.lower_ not in self.vocab["person_pronouns"]:
            return None
        floor = ctx.window_start(s_.i, vocab.get("lookback_sentences", 1))
        named = [b for b in ctx.cands if floor <= b.start < s_.i and b.resolution != "place" and person_country(b)]
        return person_country(max(named, key=lambda b: b.start)) if named else None

    def _passing(self, ctx: ActorContext, at: int) -> set[int]:
        """(h26a) The tokens of the sentence of `at` that say nothing of whose the noun at `at` is: a relative or
        participial clause (not an infinitive) on another noun that is in no subject (coref.yaml `passing_clause_deps`:
        "police detained dozens of people suspected of plotting unrest after training in Serbia", "accused the authorities of restricting voting for Moldovans living
        in Russia": the police and the authorities are not Serbia's or Russia's), and the charge a clause of suspicion
        on the noun itself makes (`charging_verbs`: "people suspected of training in Serbia" are not Serbians for it).
        A clause the noun is in, or on a noun of its own phrase, is the noun's own; a subject's clause says where the
        story's party acts ("guerrillas operating in Macedonia"); a person's country is left to its own rules."""
        deps = set(self.vocab.get("passing_clause_deps") or ())
        if not deps:
            return set()
        tok = ctx.doc[at]
        out: set[int] = set()
        for v in tok.sent:
            if v.dep_ not in deps or v.head.pos_ not in NOUNS or v.left_edge.i <= at <= v.right_edge.i:
                continue
            if v.dep_ == "acl" and v.tag_ not in ("VBN", "VBG"):
                continue  # (an infinitive on an act noun is the act's purpose: "a drive to convince the Lithuanian Parliament")
            noun = v.head
            if noun.i == at or noun.left_edge.i <= at <= noun.i:
                continue
            anc = noun
            while anc.dep_ not in ("nsubj", "nsubjpass") and anc.head.i != anc.i:
                anc = anc.head
            if anc.dep_ in ("nsubj", "nsubjpass"):
                continue  # (a subject's own clause says where the story's party acts: "guerrillas operating in Macedonia")
            if noun.lemma_.lower() in self.vocab.get("carrier_heads", ()) \
                    and v.lemma_.lower() in self.vocab.get("carrying_verbs", ()):
                continue  # (a vehicle carrying people stands for them, h26g: "ambushed a bus carrying Pakistani soldiers")
            out |= {t.i for t in v.subtree}
        charging = self.vocab.get("charging_verbs") or {}
        for v in tok.children:
            if v.dep_ in deps and v.lemma_.lower() in charging.get("verbs", ()):
                out |= {t.i for p in v.children if p.dep_ == "prep" and p.lower_ in charging.get("prepositions", ())
                        for t in p.subtree}
        return out

    def _known_country(self, spec: _ActorSpec) -> str | None:
        """The country an actor belongs to (its own, else its code's first letters, not an organisation's), when
        the dictionary knows it; else None."""
        c = spec.country or (spec.code[:3] if spec.code and spec.kind != "organisation" else None)
        return c if c and self.kb.country(c) else None

    def _diplomatic_reporters(self, ctx: ActorContext, tok: Token) -> set[str]:
        """The countries of the diplomats (a foreign ministry, an embassy, an envoy, their spokespeople: coref.yaml
        `diplomatic_reporter_words` in the mention or its role's title) whose reported clause holds `tok`."""
        verb = reporting_verb(governing_verb(tok))
        if verb is None:
            return set()
        subj, passive = syntax_subject(verb)
        out: set[str] = set()
        for s_ in ([] if passive else subj):
            cand = ctx.covered.get(s_.i)
            if cand is None or cand.resolution == "place":
                continue
            spec = ctx.actors[cand.key]
            country = spec.country or (spec.code or "")[:3]
            if country and self.kb.country(country) and self._diplomatic(ctx, cand):
                out.add(country)
        return out

    def _diplomatic(self, ctx: ActorContext, cand: _Cand) -> bool:
        """Whether a mention is of diplomats (a foreign ministry, an embassy, an envoy, their spokespeople: coref.yaml
        `diplomatic_reporter_words` in the mention or its role's title)."""
        spec = ctx.actors[cand.key]
        text = " ".join((ctx.doc[cand.start:cand.end].text, spec.name or "", spec.title or "")).lower()
        return any(w in text for w in self.vocab["diplomatic_reporter_words"])

    def _backer_participle(self, tok: Token) -> bool:
        """Whether a word is a participle naming a backer before it ("Iran-backed": modality.yaml `backer_participles`)."""
        return tok.lemma_.lower() in self.backer_participles or tok.lower_ in self.backer_participles

    def _phrase_tokens(self, tok: Token) -> list[Token]:
        """The tokens of `tok`'s phrase, less the clauses hung in it (coref.yaml `phrase_clause_deps`:
        relative and participle clauses, clausal complements)."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ not in self.vocab["phrase_clause_deps"])
        return sorted(out, key=lambda t: t.i)

    def _names_country(self, ctx: ActorContext, cand: _Cand) -> bool:
        """Whether a mention names its country: a country itself, or a phrase with a country's name
        or adjective in it ("the US military", "Israeli jets")."""
        if ctx.actors[cand.key].kind == "country":
            return True
        for i in range(cand.start, cand.end):
            entry = ctx.modifiers.get(i)
            if entry is not None and entry.kind == "country":
                return True
            other = ctx.covered.get(i)
            if other is not None and other is not cand and ctx.actors[other.key].kind == "country":
                return True
        return False

    def _attacked(self, span: Span) -> bool:
        """A capital struck is the city, not its government: the object of a violent verb
        ("Russia shelled Kyiv"), of "on"/"against" after an attack noun ("strikes on Kyiv"), or of
        its "of" ("the shelling of Kherson"); (h21h) and the subject of such a verb in the passive ("Kyiv was hit
        by Russian missiles", as "Russian missiles hit Kyiv")."""
        root = span.root
        if root.dep_ == "poss" and root.head.pos_ == "NOUN" \
                and root.head.lemma_.lower() in self.vocab.get("struck_place_parts", ()):
            # (h23d) ... and a capital owning the part of it that is struck ("Israeli strikes on Beirut's southern
            # suburbs", "Russian missiles hit Kyiv's power grid": coref.yaml `struck_place_parts`)
            root = root.head
        if root.dep_ in ("dobj", "nsubjpass"):
            return root.head.lemma_.lower() in self.vocab["place_attack_verbs"]
        head = root.head
        if root.dep_ != "pobj" or head.lower_ not in self.vocab["attack_target_prepositions"]:
            return False
        nouns = self.vocab["attack_nouns"]
        gov = head.head  # "strikes on Kyiv", or "carried out strikes on Kyiv" (the preposition on the verb)
        if head.lower_ == "of":
            return gov.lemma_.lower() in nouns
        return gov.lemma_.lower() in nouns or any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in gov.children)

    def _moved(self, span: Span) -> bool:
        """A town troops leave or enter ("withdrew from Kherson", "entered Bakhmut"): the object
        of a verb of movement, or of its preposition (coref.yaml `place_movement_verbs`,
        `place_movement_prepositions`)."""
        root = span.root
        verbs = self.vocab["place_movement_verbs"]
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in verbs
        head = root.head
        gov = head.head
        if gov.dep_ in ("prep", "prt", "advmod") and gov.lower_ == "out":
            gov = gov.head  # "pulled out of Kherson"
        return root.dep_ == "pobj" and head.lower_ in self.vocab["place_movement_prepositions"] \
            and gov.lemma_.lower() in verbs

    def _delivered_to(self, span: Span) -> bool:
        """(h24d) A place goods are sent or delivered to ("delivered 15 tonnes of relief material to Yangon", "flew aid
        into Benghazi"): the object of a preposition of coref.yaml `place_delivery.prepositions` on a verb of
        `place_delivery.verbs`."""
        root, spec = span.root, self.vocab["place_delivery"]
        return root.dep_ == "pobj" and root.head.dep_ in ("prep", "dative") and root.head.lower_ in spec["prepositions"] \
            and root.head.head.lemma_.lower() in spec["verbs"]

    def _travelled_to(self, span: Span) -> bool:
        """(h20c) A place a verb of travel goes to ("visited Taipei", "arrived in Kyiv", "flew to Doha": coref.yaml
        `person_travel_verbs`), as its object or the object of its preposition."""
        root = span.root
        verbs = self.vocab.get("person_travel_verbs") or set()
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in verbs
        return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.lemma_.lower() in verbs

    def _located_in(self, span: Span) -> bool:
        """(h21a) A place named as where someone or something is: the object of a locative preposition ("in
        Riga", "at the border", coref.yaml `locative_prepositions`)."""
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in self.vocab["locative_prepositions"]

    def _destination(self, ctx: ActorContext, head: Token) -> str | None:
        """The country a verb sends to ("sent troops to Syria") when the noun is the object of its
        purpose clause ("... to fight the rebels"); the country an act was aimed at when the noun is
        the object of a participle saying whom it reached ("imposed sanctions on Russia, targeting
        several regional banks": Russia's, modality.yaml `elaborating_verbs`); None otherwise."""
        verb = first_conjunct(head).head
        if first_conjunct(head).dep_ == "dobj" and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
                and verb.lemma_.lower() in self.elaborating:
            gov = verb.head
            aims = [*prep_objects(gov, "on"), *prep_objects(gov, "against"),
                    *(x for c in gov.children if c.dep_ == "dobj" for x in c.subtree
                      if x.dep_ == "pobj" and x.head.lower_ in ("on", "against"))]
            country = next((c for c in (self._named_country(ctx, o, places=False) for o in aims) if c), None)
            if country:
                return country
        verb = head.head
        if head.dep_ != "dobj" or verb.dep_ != "advcl" or not is_infinitive(verb):
            return None
        return next((c for c in (self._named_country(ctx, o) for o in prep_objects(verb.head, "to")) if c), None)

    def _named_country(self, ctx: ActorContext, tok: Token, *, places: bool = True) -> str | None:
        """The country of the actor (or, with `places`, the place) mentioned at `tok`, if it is one."""
        c = ctx.covered.get(tok.i)
        if c is None or (c.resolution == "place" and not places):
            return None
        spec = ctx.actors[c.key]
        country = spec.country or (spec.code[:3] if spec.code else None)
        return country if country and self.kb.country(country) else None

    @functools.cached_property
    def group_codes(self) -> frozenset[str]:
        """Codes of the groups of the dictionary (armed groups, parties, movements), not of organisations."""
        return frozenset(c for e in self.kb.entries.values() if e.kind == "group"
                         for c in (e.code, *(r.code for r in e.roles)) if c)

    def _non_state(self, spec: _ActorSpec) -> bool:
        """An armed group or its fighters (a rebel, insurgent, separatist or unidentified armed
        sector: coref.yaml `non_state_sectors`), not a state's forces."""
        return (spec.code or "")[3:6] in self.vocab["non_state_sectors"]

    def _named_armed_group(self, ctx: ActorContext, head: Token, sector: str) -> _Cand | None:
        """"The militants", "the rebels" (definite, no country or other modifier) after a non-state armed group
        of that sector named in this or the two sentences before ("Al Shabaab militants attacked
        ... The militants detonated a car bomb"): that group."""
        kids = list(head.children)
        # (a group head may have words before it that name no one: "the paramilitary group", "the armed group")
        described = head.lemma_.lower() in self.vocab["group_heads"] \
            and any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"] for c in kids) and not any(
                t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ for t in head.doc[head.left_edge.i:head.i])
        if sector not in self.vocab["non_state_sectors"] or not (described or self._bare_definite(head)):
            return None  # ("the junta", "the army" are a state's: descriptions, not a group named since)
        # (of any non-state armed sector: "the RSF[REB] seized El Fasher ... the paramilitary group[UAF]")
        non_state = self.vocab["non_state_sectors"]
        named = [c for c in ctx.cands if c.start < head.i and c.resolution != "place"
                 and (ctx.actors[c.key].code or "")[3:6] in non_state and len(ctx.actors[c.key].code or "") > 6
                 and ctx.actors[c.key].kind in ("group", "composed")]
        # a group the story called by the same word, however far back ("the M23 rebel group ... the
        # FDLR, a Rwandan Hutu militia ... said the rebels must withdraw": M23)
        lemma = head.lemma_.lower()
        same_word = [c for c in named if self._called(ctx.doc[c.head], lemma)]
        if same_word:
            return max(same_word, key=lambda c: c.start)
        floor = ctx.window_start(head.i, 2)
        groups = [c for c in named if floor <= c.start]
        alike = [c for c in groups if (ctx.actors[c.key].code or "")[3:6] == sector]
        return max(alike or groups, key=lambda c: c.start) if groups else None

    @staticmethod
    def _own_place(ctx: ActorContext, head: Token) -> str | bool:
        """(h27c) Whether a noun's own prepositional phrase names a country or a place in one ("rights groups in
        Egypt", "activists from Kenya"): the country when the dictionary knows it, else True (a place), else False."""
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                country = ctx.country_at(obj.i)
                if country:
                    return country
                if obj.ent_type_ in ("GPE", "LOC"):
                    return True
        return False

    @staticmethod
    def _own_places(ctx: ActorContext, head: Token) -> list[str]:
        """(h30i) The countries a noun's own prepositional phrase names, its object and each conjunct of it
        ("lawmakers in Fornost and Gondor": both), in text order; [] when it names none the dictionary knows."""
        found: list[str] = []
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for tok in (obj, *conjuncts(obj)):
                    country = ctx.country_at(tok.i)
                    if country and country not in found:
                        found.append(country)
                if found:
                    return found
        return found

    @staticmethod
    def _shared_nationality(ctx: ActorContext, head: Token, first: Token) -> list[str]:
        """(h33e) A bare agent noun coordinated after another that carries a nationality ("Danish media and
        government": DNKMED and DNKGOV, as PETRARCH gives the phrase's actor to each agent of it): the first
        conjunct's country modifier, when the later noun has no determiner, owner or modifier of its own ("Danish
        media and the government" names no country for the government). [] otherwise (only with a user's agent
        dictionary, where an agent takes no country from the rest of the sentence)."""
        if any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in head.children):
            return []
        for t in first.children:
            entry = ctx.modifiers.get(t.i)
            if t.i < first.i and t.dep_ in ("amod", "compound", "nmod") and entry is not None \
                    and entry.kind == "country" and entry.code:
                return [entry.code[:3]]
        return []

    @staticmethod
    def _place_conjuncts(ctx: ActorContext, first: Token, own: list[str]) -> list[str]:
        """(h30i) Bare country names the parser joined to an agent noun that come after the agent's own place
        ("Lawmakers in Fornost and Gondor", Gondor read as a conjunct of "Lawmakers"): places of the agent too, as
        PETRARCH reads them; their own mentions are dropped (only with a user's agent dictionary)."""
        last_place = max((g.i for t in (first, *conjuncts(first)) for prep in t.children if prep.dep_ == "prep"
                          for g in prep.children if g.dep_ == "pobj"), default=None)
        seen = ctx.place_conjuncts
        if first.i in seen:
            return [c for c in seen[first.i] if c not in own]
        extra: list[str] = seen.setdefault(first.i, [])
        if last_place is None:
            return extra
        for c in conjuncts(first):
            code, cand = ctx.country_at(c.i), ctx.covered.get(c.i)
            if c.i < last_place or not code or cand.start < c.left_edge.i or any(
                    g.dep_ not in ("cc", "punct", "compound", "det") for g in c.children):
                continue
            if code not in own and code not in extra:
                extra.append(code)
            ctx.remove(cand)
        return extra

    def _ruler_country(self, ctx: ActorContext, head: Token) -> str | None:
        """(h27c) The country a ruling body named with no country rules (`_rules`): the country its own phrase names
        ("the junta in Niger"); the ruling body of that kind or
        the military government the story named before; else the story's country (its dateline's, when named); else
        a country its own sentence places it in (`ruler_place_prepositions`: "held a referendum in Mali"); else
        the last country named before it that is not a subject of its clause nor one its sentence names as the source
        of the act it reports (coref.yaml `ruler_acting_deps`: "Russia sent troops to Mali. The junta expelled ..." is
        Mali's junta, not Russia's); else the country of an opposition the story names (`ruler_opposition_sectors`);
        else the dateline's; else None, never a country its own clause acts on."""
        own = self._own_place(ctx, head)
        if isinstance(own, str):
            return own  # "the ruling junta in Niger"
        lemma = head.lemma_.lower()
        rulers = [c for c in ctx.cands if c.end <= head.left_edge.i and c.resolution != "place"
                  and ctx.actors[c.key].kind in ("composed", "group")
                  and (ctx.actors[c.key].code or "")[3:6] in ("GOV", "MIL")
                  and (self._called(ctx.doc[c.head], lemma) or self._military_rule(ctx.doc[c.head]))]
        found = [c for c in (self._known_country(ctx.actors[b.key]) for b in sorted(rulers, key=lambda c: c.start)) if c]
        if found:
            return found[-1]
        home = self._story_country(ctx)
        if home:
            return home
        sent = head.sent
        for c in ctx.cands:
            # ... where its own sentence says it acts ("The junta held a referendum on a new constitution in Mali")
            tok = ctx.doc[c.head]
            if c.resolution == "place" and head.i < c.start < sent.end and tok.dep_ == "pobj" \
                    and tok.head.lower_ in self.vocab["ruler_place_prepositions"]:
                country = self._known_country(ctx.actors[c.key])
                if country:
                    return country
        acting = set(self.vocab["ruler_acting_deps"])
        best = None
        for c in ctx.cands:
            spec = ctx.actors[c.key]
            if c.end > head.left_edge.i or not (spec.kind == "country" or (spec.entry or "").startswith("country:")):
                continue  # a country, its capital or its seat ("visited Bamako")
            tok = first_conjunct(ctx.doc[c.head])
            while tok.dep_ in ("poss", "compound", "nmod") and tok.head.pos_ in NOUNS:
                tok = first_conjunct(tok.head)  # "Russia's troops[nsubj]"
            if tok.dep_ in acting or tok.dep_ == "pobj" and tok.head.dep_ in acting:
                continue  # "Russia sent troops", "troops backed by Russia": who acts on the ruled country
            country = self._known_country(ctx.actors[c.key])
            if country and (best is None or c.start > best[0]):
                best = (c.start, country)
        if best:
            return best[1]
        # ... else the state whose opposition the story names ("The NUG rejected the junta's election plan": Myanmar's)
        opposing = [c for c in ctx.cands if c.resolution != "place"
                    and (ctx.actors[c.key].code or "")[3:6] in self.vocab["ruler_opposition_sectors"]]
        found = [c for c in (self._known_country(ctx.actors[b.key]) for b in sorted(opposing, key=lambda c: c.start)) if c]
        return found[0] if found else (self._dateline_country(ctx) or None)

    def _joint_rulers(self, ctx: ActorContext, head: Token) -> str | None:
        """(h27c) The joint actor of several states' ruling bodies named before a plural ruling noun ("The military
        regimes of Mali, Burkina Faso and Niger ... the juntas"): its key, or None."""
        found = [c for c in ctx.cands if c.end <= head.left_edge.i and c.resolution != "place"
                 and ctx.actors[c.key].kind == "compound" and ctx.actors[c.key].members
                 and (self._called(ctx.doc[c.head], head.lemma_.lower()) or self._military_rule(ctx.doc[c.head]))]
        return max(found, key=lambda c: c.start).key if found else None

    def _rules(self, head: Token, sector: str | None) -> bool:
        """(h27c) Whether an actor noun names a state's military ruling body: a junta (coref.yaml `ruling_body_heads` in
        `military_rule_sector`: not "the cabinet") or a military government (`_military_rule`). Such a body acts as a government does
        (`acting_subject_sectors`): the state bodies its clause acts on give it no country ("The ruling junta expelled
        the French ambassador" is not France's junta)."""
        return (head.lemma_.lower() in self.vocab["ruling_body_heads"] and sector == self.vocab["military_rule_sector"]) \
            or self._military_rule(head)

    def _military_rule(self, tok: Token) -> bool:
        """Whether a noun phrase names a military government ("Myanmar's military government",
        "the military rulers"; coref.yaml `ruling_body_heads`, `military_rule_modifiers`)."""
        phrase = _phrase_top(tok, ("compound", "amod", "nmod", "poss"))
        mods = self.vocab["military_rule_modifiers"]
        # (also a hyphened participle: "military[npadvmod]-led[amod] government")
        return phrase.lemma_.lower() in self.vocab["military_rule_heads"] and any(
            c.lemma_.lower() in mods or any(f"{m.lower_}-{c.lower_}" in mods for m in c.children
                                            if m.dep_ in ("npadvmod", "compound", "amod") and m.i == c.i - 2)
            for c in phrase.children if c.dep_ in ("amod", "compound"))

    @staticmethod
    def _called(tok: Token, lemma: str) -> bool:
        """Whether the noun phrase a name stands in, or an apposition on it, has this head word
        ("the M23[compound] rebel group", "al-Shabaab, the Islamist militant group")."""
        phrase = _phrase_top(tok, ("compound", "amod", "nmod"))
        words = [t for t in phrase.subtree if t.dep_ != "relcl" and t.i - phrase.i < 6]
        return any(t.lemma_.lower() == lemma or t.lemma_.lower() + "s" == lemma or t.lower_ == lemma for t in words)

    def _bare_definite(self, head: Token, located: bool = False) -> bool:
        """A definite noun with no modifier before it ("the court", "the militants"); with `located`, also one whose
        only modifier says where it is based ("the Hague-based tribunal", `_hyphen_located`)."""
        kids = list(head.children)
        return any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"] for c in kids) \
            and not any(c.dep_ in MODIFIER_DEPS and c.i < head.i and not (located and self._hyphen_located(c))
                        for c in kids)

    def _mission_owner(self, ctx: ActorContext, head: Token) -> str | None:
        """Whose a bare definite mission ("the embassy", "the consulate") is: the country of the envoy or mission
        named last before it, in its sentence or the `mission_owner_lookback_sentences` before (an actor whose
        mention has one of coref.yaml `envoy_titles` or `mission_words`, or a person holding such a title); None
        when none was named."""
        words = set(self.vocab["envoy_titles"]) | set(self.vocab["mission_words"])
        floor = ctx.window_start(head.i, int(self.vocab["mission_owner_lookback_sentences"]))
        best = None
        for c in ctx.cands:
            if not floor <= c.start < head.i or c.resolution == "place":
                continue
            spec = ctx.actors[c.key]
            code = spec.code or ""
            if len(code) < 3 or self.kb.country(code[:3]) is None:
                continue
            titled = spec.kind == "person" and bool(spec.title) and bool(words & set(spec.title.lower().split()))
            if titled or any(t.lemma_.lower() in words for t in ctx.doc[c.start:c.end]):
                if best is None or c.start > best.start:
                    best = c
        return (ctx.actors[best.key].code or "")[:3] if best is not None else None

    def _envoy_named_before(self, ctx: ActorContext, head: Token) -> str | None:
        """(h27d) Whose a bare definite envoy ("the envoy", "the ambassador", "the diplomat") is: the country of the envoy
        named last before it (`_mission_owner`), unless that envoy's owner is a pronoun ("Kenya recalled its ambassador to
        China ... The ambassador said": the phrase is still read as China's when this runs): no guess then."""
        country = self._mission_owner(ctx, head)
        if country is None:
            return None
        words = set(self.vocab["envoy_titles"])
        floor = ctx.window_start(head.i, int(self.vocab["mission_owner_lookback_sentences"]))
        last = max((t for t in ctx.doc[floor:head.i] if t.lemma_.lower() in words), key=lambda t: t.i, default=None)
        if last is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in last.children):
            return None
        return country

    def _named_after(self, ctx: ActorContext, head: Token) -> _Cand | None:
        """The named group or organisation a descriptive noun (coref.yaml `named_descriptor_heads`: "the Lebanese armed
        group", "the Palestinian militant group") stands right before, with nothing between, as the name's apposition,
        modifier or (as the parser may have it) a second subject of one verb ("the Lebanese armed group Hezbollah
        said"); None when there is none."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.vocab["named_descriptor_heads"] \
                or head.i + 1 >= len(ctx.doc):
            return None
        cand = ctx.covered.get(head.i + 1)
        if cand is None or cand.start != head.i + 1 or cand.resolution == "place":
            return None
        spec = ctx.actors[cand.key]
        if spec.kind not in ("group", "organisation") or not spec.code:
            return None
        name = ctx.doc[cand.head]
        linked = name.dep_ == "appos" and name.head.i == head.i or head.dep_ == "compound" and head.head.i == name.i \
            or name.dep_ == head.dep_ and name.dep_ in ("nsubj", "nsubjpass") and name.head.i == head.head.i
        return cand if linked else None

    def _ministry_owner(self, ctx: ActorContext, head: Token) -> str | None:
        """Whose a bare definite ministry ("the foreign ministry", "the ministry"; coref.yaml `ministry_owner_heads`) is
        when it is the subject of its clause and its sentence names no actor before it: the state (a country, or an
        actor of one of `state_body_sectors`) that is the subject of the main clause of the nearest sentence before
        whose main subject is an actor, within `ministry_owner_lookback_sentences` ("New Delhi hit back within hours.
        The foreign ministry said ...": India's); None when that subject is no state or
        not of the dateline's country (when there is one), or none is found (the
        sentence's own context decides then)."""
        tok = first_conjunct(head)
        if tok.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"]
                                          for c in head.children):
            return None
        if any(c.pos_ == "PROPN" or c.ent_type_ for c in head.lefts):
            return None
        sent = head.sent
        if any(sent.start <= c.start < head.left_edge.i and c.resolution != "place" for c in ctx.cands):
            return None  # ("After Canada's move, the ministry said": the sentence's own context)
        states = self.vocab["state_body_sectors"]
        index = ctx.sentence_of(head.i)
        # (h30d) the portfolio a bare ministry is named by ("the interior ministry")
        portfolio = {m.lower_ for m in head.children if m.dep_ in ("amod", "compound") and m.i < head.i
                     and (m.lower_ in self.vocab["portfolio_adjectives"] or m.pos_ == "NOUN")}
        for back in range(1, int(self.vocab["ministry_owner_lookback_sentences"]) + 1):
            if index - back < 0:
                return None
            prev = ctx.doc[ctx.sent_starts[index - back]].sent
            subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            cand = next((ctx.covered.get(t.i) for t in subjects if ctx.covered.get(t.i) is not None), None)
            if cand is None:
                continue  # ("The remarks drew anger.": no actor acting; the sentence before)
            spec = ctx.actors[cand.key]
            code = spec.code or ""
            if portfolio and spec.kind == "composed" and spec.head == head.lemma_.lower() \
                    and not portfolio & set(ctx.doc[cand.start:cand.end].text.lower().split()):
                # (h30d) another ministry ("Russia's foreign ministry said ... The interior ministry said 107 people had
                # been detained"): it says nothing of whose this one is; the sentence before it may
                continue
            country = self._known_country(spec)
            if country and (spec.kind == "country" or code[3:6] in states):
                # (a story filed from another country leaves it unclear: "BAMAKO - ... Canada's foreign ministry called
                # on Bamako ... The mines ministry denied": Mali's)
                home = self._dateline_country(ctx)
                return country if not home or home == country else None
            return None
        return None

    def _hyphen_located(self, m: Token) -> bool:
        """A located participle joined by a hyphen to the place before it ("Hague[npadvmod]-based[amod]",
        coref.yaml `located_participles`): it says where a body sits, not which body it is."""
        return m.dep_ == "amod" and m.lemma_.lower() in self.vocab["located_participles"] and any(
            c.dep_ == "punct" and c.text == "-" and c.i == m.i - 1 for c in m.children)

    def _body_called(self, ctx: ActorContext, head: Token) -> _Cand | None:
        """A bare definite "the office", "the bureau" (coref.yaml `called_body_heads`): the last organisation the
        story called by that word, in its dictionary name or its mention ("the United Nations human rights office
        said ... The office urged Dhaka"), not a government of the dateline's country; None when there is none."""
        lemma = head.lemma_.lower()
        if lemma not in self.vocab.get("called_body_heads", ()) or head.tag_ != "NN" or not self._bare_definite(head, True):
            return None
        bodies = [c for c in ctx.cands if c.start < head.i and c.resolution != "place"
                  and ctx.actors[c.key].kind == "organisation"
                  and (lemma in ctx.actors[c.key].name.lower().split()
                       or lemma in ctx.doc[c.start:c.end].text.lower().split())]
        return max(bodies, key=lambda c: c.start) if bodies else None

    def _international_body(self, ctx: ActorContext, head: Token, sector: str) -> _Cand | None:
        """A bare definite sector noun ("the court", "the tribunal") after an international body of
        that sector (an IGO or NGO code, coref.yaml `international_prefixes`) named earlier: that body."""
        # (also its people in the plural, with or without "the": "Khan asked judges to approve the warrant" after
        # the ICC; not people the body only serves, coref.yaml non_party_sectors: "returnees" after the UNHCR)
        people = head.tag_ == "NNS" and sector not in self.vocab["non_party_sectors"] \
            and not any(c.dep_ in MODIFIER_DEPS and c.i < head.i for c in head.children) \
            and not any(c.dep_ == "det" and c.lower_ not in self.vocab["definite_determiners"] for c in head.children)
        if not (head.tag_ == "NN" and self._bare_definite(head, True) or people) or sector in self.vocab["state_only_sectors"]:
            return None  # ("the government" after the EU is a state's: coref.yaml state_only_sectors)
        bodies = [c for c in ctx.cands if c.start < head.i and c.resolution != "place"
                  and ctx.actors[c.key].kind == "organisation" and ctx.actors[c.key].sector == sector
                  and (ctx.actors[c.key].code or "")[:3] in self.vocab["international_prefixes"]]
        return max(bodies, key=lambda c: c.start) if bodies else None

    def _counterparts(self, head: Token) -> list[Token]:
        """The subject of the verb a noun is the object of, directly or through a preposition
        ("hold talks with the opposition", "cracked down on the opposition")."""
        tok = first_conjunct(head)
        verb = tok.head
        if tok.dep_ == "pobj":
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
                verb = verb.head  # "hold talks with the opposition"
        elif tok.dep_ != "dobj":
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subj, passive = syntax_subject(verb)
        return [] if passive else subj

    def _mediators(self, head: Token) -> list[Token]:
        """The subject phrase of the verb whose "between" a noun is in: a third party ("Brazil and
        Colombia sought to mediate between the government and the opposition", "Qatar hosted talks
        between the government and the rebels"), whose country the parties are not of."""
        tok = first_conjunct(head)
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in self.vocab["between_prepositions"]:
            return []
        verb = governing_verb(prep.head)
        subj, _passive = syntax_subject(verb)
        phrase = [t for s in subj for c in (s, *conjuncts(s)) for t in c.subtree]
        # not a clause on the subject ("..., which sought to mediate between ..."), nor the "between"
        # phrase itself when the subject holds it ("Fighting between the army and the RSF continued")
        inner = {u.i for t in phrase if t.dep_ in ("relcl", "acl") for u in t.subtree} | {u.i for u in prep.subtree}
        # ... and whoever mediated with the subject ("Qatar, which together with Turkey brokered a ceasefire
        # between the two neighbours": Turkey is no neighbour)
        partners = self._partners(verb)
        return [t for t in phrase if t.i not in inner] + partners

    def _partners(self, verb: Token) -> list[Token]:
        """Who acts together with a verb's subject: a "with" phrase on the subject (or the relative
        pronoun standing for it), or on the verb with "together", "along" (coref.yaml
        `co_mediator_prepositions`, `co_mediator_adverbs`): "which together with Turkey brokered ..."."""
        heads = (verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")))
        return [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in self.vocab["co_mediator_prepositions"]
                and (h.i != verb.i or any(a.lower_ in self.vocab["co_mediator_adverbs"] for a in p.children))
                for t in p.subtree]

    def _attackers(self, head: Token) -> list[Token]:
        """The subject phrase of the violent act a noun is the victim of (its object, or the
        subject of its passive: coref.yaml `victim_verbs`), or []."""
        tok = head
        if tok.dep_ == "pobj" and tok.head.lower_ in self.vocab["attack_target_prepositions"] and tok.head.lower_ != "of" \
                and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in self.vocab["struck_site_attack_nouns"] \
                and tok.lemma_.lower() in self.vocab["dwelling_heads"]:
            # (h23d) a site an attack noun strikes ("an Israeli airstrike on a school", "a Russian drone strike on a
            # market"): who made the attack
            # (and the subject of the verb it is the object of: "the army carried out a strike on a school")
            noun = tok.head.head
            doers = [s for s in syntax_subject(noun.head)[0]] if noun.dep_ == "dobj" else []
            return [t for c in noun.children if c.dep_ in ("compound", "amod", "poss") for t in c.subtree] \
                + [t for o in prep_objects(noun, "by") for t in o.subtree] + [t for s in doers for t in s.subtree]
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("dobj", "nsubjpass"):
            tok = tok.head.head  # "killing dozens of people"
        verb = tok.head
        if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in self.vocab["victim_verbs"]:
            return []
        subj, passive = syntax_subject(verb)
        # (h23d) not what an attack noun that is the subject struck: "Russian strikes on Kyiv[→ not an attacker] killed 12
        # people" (coref.yaml `struck_site_attack_nouns`, `attack_target_prepositions`)
        struck = {t.i for s in subj if s.lemma_.lower() in self.vocab["struck_site_attack_nouns"]
                  for p in s.children if p.dep_ == "prep" and p.lower_ in self.vocab["attack_target_prepositions"]
                  for t in p.subtree}
        # (h30d) not the relative clause the victims are in ("a wave of strikes[→ the subject] that Lebanon's health
        # ministry said killed 11 people": the ministry reports, it made no attack)
        struck |= {t.i for s in subj if s.left_edge.i <= verb.i <= s.right_edge.i for c in s.children
                   if c.left_edge.i <= verb.i <= c.right_edge.i for t in c.subtree}
        out = [t for s in subj for t in s.subtree if t.i not in struck]
        if not passive:
            out += self._relative_attack_makers(verb, subj)
        if passive and tok.dep_ == "nsubjpass":
            # "killed in a Hezbollah rocket attack": who made the attack the victims died in
            for noun in (o for prep in ("in", "by") for o in prep_objects(verb, prep)):
                if noun.lemma_.lower() in self.vocab["attack_nouns"]:
                    out += [t for c in noun.children if c.dep_ in ("compound", "amod", "poss") for t in c.subtree]
        return out

    def _relative_attack_makers(self, verb: Token, subj: list[Token]) -> list[Token]:
        """(h30d) Who made the attack a relative clause of harm is on: the subject of the clause whose object is the
        attack noun ("Russia launched a strike on Kyiv that killed 12 people", "Israel responded with a wave of strikes
        that Lebanon's health ministry said killed 11 people") or the place attacked ("Israel struck a building that
        Gaza's civil defence said killed 15 people": coref.yaml `place_attack_verbs`, `victim_verbs`); else []."""
        # (the reporting clause is a relcl, or an acl with a finite verb when the parser takes "that" for a mark)
        reported = verb.dep_ == "ccomp" and (verb.head.dep_ == "relcl" or verb.head.dep_ == "acl"
                                             and verb.head.tag_ in ("VBD", "VBZ", "VBP"))
        if reported and not subj:
            subj = [antecedent(verb.head)]  # "strikes that[mark] X said killed[ccomp] ...": the gap is the noun's
        elif not (verb.dep_ == "relcl" or reported):
            return []
        attacks, verbs = self.vocab["attack_nouns"], self.vocab["place_attack_verbs"] | self.vocab["victim_verbs"]
        out: list[Token] = []
        for noun in subj:
            if noun.pos_ not in NOUNS or noun.i >= verb.i:
                continue
            attack = noun.lemma_.lower() in attacks or any(o.lemma_.lower() in attacks for o in prep_objects(noun, "of"))
            if attack and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "a wave of strikes", "a barrage of missiles"
            gov = noun.head if noun.dep_ == "dobj" else noun.head.head \
                if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
            if gov is None or gov.pos_ != "VERB" or not attack and not (
                    noun.dep_ == "dobj" and gov.lemma_.lower() in verbs):
                continue
            doers, passive = syntax_subject(gov)
            if not passive:
                out += [t for d in doers for t in d.subtree]
        return out

    def _unnamed_attack_victim(self, head: Token) -> bool:
        """(h22c) Whether a noun is the victim of a violent act told with no doer: the subject of a passive of
        coref.yaml `victim_verbs` with no by-agent ("Two civilians were killed")."""
        tok = head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "nsubjpass":
            tok = tok.head.head  # "Dozens of civilians were killed"
        verb = tok.head
        return tok.dep_ == "nsubjpass" and verb.lemma_.lower() in self.vocab["victim_verbs"] \
            and not any(c.dep_ == "agent" for c in verb.children)

    def _story_strikers(self, ctx: ActorContext, at: int, country_of) -> set[str]:
        """(h22c) The countries of the armed actors (coref.yaml `armed_sectors`) the story told before token `at`
        attacking: the subjects of an active verb of `victim_verbs` or `place_attack_verbs`."""
        verbs = self.vocab["victim_verbs"] | self.vocab["place_attack_verbs"]
        out: set[str] = set()
        for c in ctx.cands:
            if c.start >= at or c.resolution == "place":
                continue
            spec, tok = ctx.actors[c.key], first_conjunct(ctx.doc[c.head])
            # (h30d: a country named as the attacker too, "Russia pounded Kharkiv")
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs \
                    and ((spec.sector or (spec.code or "")[3:6]) in self.vocab["armed_sectors"] or spec.kind == "country"):
                country = country_of(spec)
                if country:
                    out.add(country)
        return out

    def _reporting_force(self, ctx: ActorContext, head: Token, attackers: list[Token], *, armed: bool,
                         insurgent: bool) -> str | None:
        """The country of an armed force that reports an attack it made itself on the victims `head` names, when the
        story is filed from another country it names (the dateline's): "U.S. Africa Command said no civilians were
        injured in the strikes" (a passive with no other author), "AFRICOM said it killed five militants" (a pronoun
        doer). Not for a state's own armed victims (its soldiers wounded are its own)."""
        if armed and not insurgent:
            return None
        tok = head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("dobj", "nsubjpass"):
            tok = tok.head.head  # "killing dozens of people"
        verb = tok.head
        if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in self.vocab["victim_verbs"]:
            return None
        if attackers and not all(t.pos_ == "PRON" and t.i not in ctx.covered for t in attackers):
            return None  # a doer named ("militants killed five civilians"), or none told at all
        if not attackers and not (tok.dep_ == "nsubjpass" and not armed):
            return None
        report = reporting_verb(verb)
        if report is None:
            return None
        rsubj, rpassive = syntax_subject(report)
        forces = [ctx.covered[t.i] for t in rsubj if not rpassive and t.i in ctx.covered]
        codes = [ctx.actors[c.key].code or "" for c in forces if c.resolution != "place"]
        if len(codes) != 1 or codes[0][3:6] not in self.vocab["armed_sectors"]:
            return None
        own, home = codes[0][:3], self._dateline_country(ctx)
        named = {ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3] for c in ctx.cands if c.resolution != "place"} \
            | {eid.split(":")[1] for _s, _e, eid in ctx.places}
        if not home or home == own or home not in named:
            return None
        return own

    def _descriptions(self, ctx: ActorContext) -> None:
        """"The general", "the Nobel laureate": a definite description by a word that is no sector
        word → the last person named before whose roles fit (coref.yaml `description_heads`)."""
        heads = self.vocab["description_heads"]
        people = sorted((c for c in ctx.cands if ctx.actors[c.key].kind == "person"), key=lambda c: c.start)
        for head in ctx.doc:
            lemma = head.lemma_.lower()
            if head.pos_ != "NOUN" or lemma not in heads or head.i in ctx.covered or head.tag_ in ("NNS", "NNPS"):
                continue
            det = next((c for c in head.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in self.vocab["definite_determiners"]:
                continue
            best = self._last_fitting_person(ctx, head, people, heads[lemma])
            if best is None:
                continue
            start = head.left_edge.i
            while start < head.i and (ctx.doc[start].dep_ in ("det", "punct", "predet") or start in ctx.covered):
                start += 1
            ctx.add(_Cand(start, head.i + 1, head.i, best.key, "description"))

    def _last_fitting_person(self, ctx: ActorContext, head: Token, people: list[_Cand], sector: str | None) -> _Cand | None:
        """The last of `people` (mentions in text order) named before `head` whose roles include `sector` (None: any)."""
        best = None
        for c in people:
            if c.start >= head.i:
                break
            spec = ctx.actors[c.key]
            entry = self.kb.entries.get(spec.entry or "")
            codes = [r.code for r in entry.roles] if entry else [spec.code or ""]
            if sector is None or any(code[3:6] == sector for code in codes):
                best = c
        return best

    def _collective(self, ctx: ActorContext, head: Token) -> None:
        """"The bloc", "the 12-member alliance", "the company" (no sector word of its own): the last
        organisation or group named before, as a description (coref.yaml `collective_heads`)."""
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if head.lemma_.lower() not in self.vocab["collective_heads"] and head.lemma_.lower() not in self.vocab["agency_heads"] \
                or det is None \
                or det.lower_ not in self.vocab["definite_determiners"] or head.tag_ == "NNS":
            return  # plural: "the warring parties" are not the one body named last
        if any(c.dep_ in ("compound", "poss") and c.i in ctx.covered and ctx.covered[c.i].resolution != "place"
               and ctx.actors[ctx.covered[c.i].key].kind in ("country", "organisation")
               for c in head.children):
            return  # (h23f) "the UAE mission", "the EU's delegation": the named side's own body, not the last one named
        named = {n for c in head.children if c.dep_ in ("compound", "amod") for t in c.subtree
                 if t.dep_ in ("compound", "amod") and t.i < head.i for n in [self._names_nationality(ctx, t)] if n}
        key = self._describe(ctx, head, None, None)
        if key is not None and named and self._known_country(ctx.actors[key]) not in named:
            return  # (h31c) "the main Kosovo Serb party" is no EU named before: a country word names another's body
        lemma = head.lemma_.lower()
        if key is not None and lemma in self.kb.generic_heads and lemma not in self.vocab["group_heads"] \
                and lemma not in self.vocab["agency_heads"] and not self._called_so(ctx, key, lemma):
            key = None  # (h20e) "the committee" is no earlier "UN Security Council": a generic head names its own kind
        if key is not None:
            start = head.left_edge.i
            # (past the determiner, and past a modifier that names its own actor: "the Iran[backer]-backed group")
            while start < head.i and (ctx.doc[start].dep_ in ("det", "punct", "predet")
                                      or any(i in ctx.covered for i in range(start, head.i + 1))):
                start += 1
            ctx.add(_Cand(start, head.i + 1, head.i, key, "description"))

    def _names_nationality(self, ctx: ActorContext, tok: Token) -> str | None:
        """(h31c) The country a modifier names: a country's name or a nationality adjective ("Kosovo", "Serb")."""
        cand = ctx.covered.get(tok.i)
        if cand is not None and ctx.actors[cand.key].kind == "country":
            return ctx.actors[cand.key].code
        entry = ctx.modifiers.get(tok.i)
        return entry.code if entry is not None and entry.kind == "country" else None

    def _called_so(self, ctx: ActorContext, key: str, lemma: str) -> bool:
        """(h20e) Whether the actor is called by the word in one of its dictionary names or aliases ("North Atlantic
        Alliance": NATO is "the alliance") or in a mention of this story ("the Saudi-led coalition")."""
        if any(lemma in ctx.doc[c.start:c.end].text.lower().split() for c in ctx.cands if c.key == key):
            return True
        entry = ctx.actors[key].entry
        if not entry:
            return False
        words = self.__dict__.get("_entry_words")
        if words is None:
            words = {}
            for text, surfaces in self.kb.surfaces.items():
                for sf in surfaces:
                    if sf.form in ("name", "alias"):
                        words.setdefault(sf.entry_id, set()).update(text.lower().split())
            self.__dict__["_entry_words"] = words
        return lemma in words.get(entry, ()) or lemma in (self.kb.entries[entry].name.lower().split() if entry in self.kb.entries else ())

    def _firm_role(self, ctx: ActorContext, head: Token) -> bool:
        """"The ship's manager denied the claim", "the operator of the tanker": a definite role a firm plays for
        a thing (coref.yaml `firm_role_heads`), owned by no actor and naming no country of its own, is the one
        business organisation the story has named before, when it has named exactly one (then the mention is
        added). True for any such role: with no firm or several, it is no one's the text tells."""
        doc = ctx.doc
        if head.tag_ != "NN" or any(c.dep_ in ("amod", "compound", "nmod") and (self._sector_word(c) or self._actor_info(ctx, c)[0])
                                    for c in head.children):
            return False
        things = [c for c in head.children if c.dep_ == "poss"] + \
            [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if any(t.i in ctx.covered or t.pos_ != "NOUN" for t in things):
            return False  # "its owner", "Nordvik's owner", "the owner of Nordvik": whose it is is said
        if not (det is not None and det.lower_ in self.vocab["definite_determiners"]
                or any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"] for t in things for c in t.children)):
            return False
        firms = {c.key for c in ctx.cands if c.start < head.i and c.resolution != "place"
                 and ctx.actors[c.key].kind == "organisation" and ctx.actors[c.key].sector == self.vocab["firm_sector"]}
        if len(firms) == 1:
            ctx.add(_Cand(head.i, head.i + 1, head.i, firms.pop(), "description"))
        return True  # (else whose it is is not told: not the story's country's, "Iran seized a tanker ... the ship's owner")

    def _speakers_government(self, ctx: ActorContext, head: Token) -> str | None:
        """(h24f) The country of a bare "the government" (coref.yaml `speaker_own_bodies`) in what a state official
        (`speaker_own_titles`) says: the speaker's own, "Interior Minister Mohsin Naqvi said the government would
        launch an offensive" → the country the speaker's phrase names, else the story's (dateline) country; never an
        earlier foreign government the description would re-name. None when it is not such a clause."""
        if head.lemma_.lower() not in self.vocab["speaker_own_bodies"] or head.tag_ != "NN" or not self._bare_definite(head):
            return None
        tok, via = head, False
        while tok.head.i != tok.i:
            via = via or tok.dep_ == "ccomp"
            tok = tok.head
            if via and tok.lemma_.lower() in self.speech_verbs and tok.pos_ == "VERB":
                break
        else:
            return None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ in (self.vocab.get("speaker_participle_deps") or ()) and tok.tag_ == "VBG":
            # (h26a) a participle speaks with its clause's subject ("Kurti rejected the criticism, telling reporters the
            # government was only enforcing the law")
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        words = [t for s_ in subj for t in s_.subtree]
        # (h26a) ... and a state office holder the dictionary knows by name speaks with the title of the role held
        # ("Kurti", the prime minister: Kosovo's government, not the Serbian government named before)
        held = {t.i: spec for t in words for c in [ctx.covered.get(t.i)] if c is not None and c.resolution != "place"
                for spec in [ctx.actors[c.key]] if spec.kind == "person" and spec.title and spec.code
                and len(spec.code) >= 6 and spec.code[3:6] in self.vocab["office_sectors"] and self.kb.country(spec.code[:3])
                and set(re.findall(r"[a-z]+", spec.title.lower())) & set(self.vocab["speaker_own_titles"])}
        if not held and not any(t.lemma_.lower() in self.vocab["speaker_own_titles"] for t in words):
            return None
        countries = set()
        for t in words:
            c = ctx.covered.get(t.i)
            if c is not None and ctx.actors[c.key].code:
                countries.add((ctx.actors[c.key].country or ctx.actors[c.key].code or "")[:3])
            elif t.dep_ == "amod" and self._country_of(ctx, t)[0]:
                countries.add(self._country_of(ctx, t)[0])
        if len(countries) == 1:
            return countries.pop()
        return self._story_country(ctx) if not countries else None

    def _leaders_country(self, ctx: ActorContext, head: Token) -> str | None:
        """(p25) The country of a state body a participle says who leads (coref.yaml `body_leader_participles`: "the interim
        government led by Nobel laureate Muhammad Yunus", "the junta headed by General X"): the country of the one
        person named as its leader, when that person's code has one; None otherwise."""
        verbs = set(self.vocab.get("body_leader_participles") or ())
        countries = set()
        for acl in head.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in verbs or acl.tag_ != "VBN":
                continue
            for agent in acl.children:
                if agent.dep_ != "agent":
                    continue
                for t in (g for o in agent.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)):
                    c = ctx.covered.get(t.i)
                    if c is not None and c.resolution != "place" and ctx.actors[c.key].kind == "person":
                        code = ctx.actors[c.key].code or ""
                        if len(code) >= 3 and self.kb.country(code[:3]):
                            countries.add(code[:3])
        return countries.pop() if len(countries) == 1 else None

    def _described_person(self, ctx: ActorContext, head: Token, sector: str, mods: Iterable[Token]) -> str | None:
        """(h31f) With a user's agent dictionary (the null actor on), the person a definite description or a possessed
        title of no country names again ("the military leader", "the general"): the key `_describe` finds, as for a
        description without the user's agents, when it is a person's; None otherwise (a body, or no one named before)."""
        det = next((c for c in head.children if c.dep_ == "det"), None)
        definite = det is not None and det.lower_ in self.vocab["definite_determiners"]
        possessed = any(m.dep_ == "poss" for m in mods) and head.lemma_.lower() in self.vocab["title_heads"]
        if not (definite or possessed) or head.tag_ in ("NNS", "NNPS"):
            return None
        if self._speakers_government(ctx, head) is not None or self._leaders_country(ctx, head) is not None \
                or self._own_rulers(ctx, head):
            return None
        key = self._describe(ctx, head, sector, None)
        if key is not None:
            return key if ctx.actors[key].kind == "person" else None
        heads = self.vocab["description_heads"]
        if head.lemma_.lower() in heads and definite:
            # "the general": the last person named whose roles include the word's sector, as `_descriptions` reads it
            people = sorted((c for c in ctx.cands if ctx.actors[c.key].kind == "person"), key=lambda c: c.start)
            best = self._last_fitting_person(ctx, head, people, heads[head.lemma_.lower()])
            return best.key if best is not None else None
        return None

    def _own_rulers(self, ctx: ActorContext, head: Token) -> bool:
        """A bare state body ("the government") that people of no state body act on: their own country's
        (coref.yaml `non_party_sectors`: business, civilians, media, rights groups ...), not the last
        government the story named ("... Washington's commitments ... Brazilian business leaders have
        urged the government to keep negotiating")."""
        if self.kb.sector_of(head.lemma_.lower()) != "GOV" or head.dep_ not in ("dobj", "pobj"):
            return False
        verb = head.head if head.dep_ == "dobj" else head.head.head
        subj, _passive = syntax_subject(verb)
        cands = [ctx.covered[t.i] for s in subj for t in s.subtree if t.i in ctx.covered]
        return any(ctx.actors[c.key].country and (ctx.actors[c.key].code or "")[3:6] in self.vocab["non_party_sectors"]
                   for c in cands)

    @staticmethod
    def _named_lately(ctx: ActorContext, key: str, at: int, window: int) -> bool:
        """Whether the actor is mentioned (by any name) before token `at`, in its sentence or the `window` before."""
        here = ctx.sentence_of(at)
        return any(c.key == key and c.start < at and here - ctx.sentence_of(c.start) <= window for c in ctx.cands)

    def _non_state_code(self, code: str) -> bool:
        """A group code that is no state's own body (groups.yaml state_body) nor a plain state sector code."""
        return code not in self.kb.state_bodies and len(code) > 6

    def _describe(self, ctx: ActorContext, head: Token, sector: str | None, country: str | None) -> str | None:
        """A description ("the military leader", "the Russian president", "Brazil's president",
        "the company", "the bloc") → the last earlier actor it fits."""
        lemma = head.lemma_.lower()
        if lemma in self.vocab["agency_heads"]:
            return self._agency(ctx, head)
        collective = lemma in self.vocab["collective_heads"]  # "the militant group": a body, not a person
        person_head = (lemma in self.vocab["title_heads"] or lemma in self.kb.generic_heads) and not collective
        if not (person_head or collective):
            return None
        best = same = None
        fits: list[_Cand] = []  # (h25i) the people it fits, for `_not_self_acting`
        # (a backer named inside the phrase is not the body it describes: "the al-Qaeda-linked group" is not
        # al-Qaeda; modality.yaml `backer_participles`)
        own = {t.i for p in head.children if p.dep_ == "amod" and p.i < head.i
               and self._backer_participle(p)
               for t in p.subtree} if collective else set()
        # the nouns that name which body of its kind it is ("the mines ministry", "the defence ministry"): an
        # earlier body of the same head is the same one only if its mention has one of them
        portfolio = {m.lower_ for m in head.children if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i not in ctx.covered
                     and m.i not in ctx.modifiers} if collective else set()
        # (h19d) ... or an adjective naming a portfolio ("the interior[amod] ministry" is not an earlier "Chile's foreign
        # ministry"; coref.yaml `portfolio_adjectives`)
        portfolio |= {m.lower_ for m in head.children if m.dep_ == "amod" and m.i < head.i and m.i not in ctx.covered
                      and m.lower_ in self.vocab["portfolio_adjectives"]} if collective else set()
        home = self._story_country(ctx) if collective else None
        # (h26a) a body's own name that ends in the word ("the Russia-friendly Patriotic Electoral Bloc") is no
        # international organisation named before ("the bloc" after the EU is)
        own_name = collective and head.text[:1].isupper() and any(
            m.dep_ in ("compound", "amod") and m.i < head.i and m.text[:1].isupper() and m.i not in ctx.covered
            and m.i not in ctx.modifiers and m.i != m.sent.start for m in head.children)
        # (h26a) a body the modifiers make a state's ("the electoral commission", "the ruling party": coref.yaml
        # `state_only_sectors` by the phrase) is no international organisation named before (the EU)
        state_phrase = collective and any(self.kb.sector_of(f"{m.lower_} {lemma}") in self.vocab["state_only_sectors"]
                                          for m in head.children if m.dep_ in ("compound", "amod") and m.i < head.i)
        bare_body = collective and self._bare_definite(head)
        descriptors = self.vocab.get("company_descriptors", {})
        firm_heads = {*descriptors.get("heads", ()), *descriptors.get("industry_heads", ())}
        # (h27d) the subject of a clause of time or cause hung on a country's act on another is not the acting
        # country's ("Washington eased sanctions on Venezuela after the government ... agreed": not Washington)
        subject = first_conjunct(head)
        acted_on = self._acted_on_clause_actors(ctx, subject.head, self._known_country) \
            if collective and subject.dep_ in ("nsubj", "nsubjpass") \
            and sector in (self.vocab.get("acted_on_clause_sectors") or ()) else set()
        for c in ctx.cands:
            firm = False
            if acted_on and (ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3]) in acted_on:
                continue
            if collective and head.tag_ == "NN" and ctx.doc[c.head].tag_ == "NNS" \
                    and ctx.doc[c.head].lemma_.lower() == lemma and ctx.actors[c.key].kind == "composed":
                continue  # (h27d) "the government" re-names no plural "whose leftist governments" of three countries
            if c.start >= head.i or c.resolution == "place" or not own.isdisjoint(range(c.start, c.end)):
                continue
            spec = ctx.actors[c.key]
            code = spec.code or ""
            if person_head and spec.kind != "person":
                continue
            if (state_phrase or own_name) and code[:3] in self.vocab["international_prefixes"]:
                continue
            if lemma in self.vocab["group_heads"] and spec.kind == "organisation" and lemma not in spec.name.lower().split() \
                    and set(spec.name.lower().split()[-1:]) & (self.vocab["collective_heads"] | self.vocab["not_group_name_ends"]):
                continue  # (h20g) "the group" is no body named as another kind of body ("the UN Security Council")
            if collective:
                # "French nuclear group Orano ... the company": a firm named with its descriptor (coref.yaml
                # company_descriptors, firm_sector) is "the company", "the group", "the firm"
                firm = spec.kind == "composed" and code[3:6] == self.vocab["firm_sector"] and lemma in firm_heads \
                    and any(t.pos_ == "PROPN" for t in ctx.doc[c.start:c.end])
                # "the government", "the army" (sector heads) mean a state's; "the bloc", "the company" an organisation
                state_head = self.kb.sector_of(lemma) is not None and lemma not in self.vocab["organisation_sector_heads"]
                if state_head and spec.kind not in ("composed", "group"):
                    continue
                if state_head and country is None and home and spec.kind == "composed" and c.key.startswith("country:") \
                        and (spec.country or code[:3]) != home:
                    # (h19d) a seat standing for another country's body ("the Pentagon", "the State Department",
                    # "Washington") is not what a bare "the army", "the government" re-names in a story set in the
                    # dateline's country: a foreign capital named there is an onlooker, the bare noun the story's state's
                    continue
                if state_head and spec.kind == "group" and code not in self.kb.state_bodies and code[3:6] != "GOV":
                    continue  # "the junta", "the army" are a state's (groups.yaml state_body, or a group governing), not a militia's
                if spec.kind == "composed" and spec.head and spec.head != lemma and not firm:
                    continue  # "the government" is neither an earlier "pro-Kurdish mayor" nor "Interior Ministry"
                if spec.kind == "composed" and portfolio and not portfolio & set(ctx.doc[c.start:c.end].text.lower().split()):
                    continue  # "the mines ministry" is not an earlier "France's foreign ministry"
                # "Al Shabaab militants": a group's members named by a generic head are the group
                tagged = spec.kind == "composed" and len(code) > 6 and code in self.group_codes
                # (h24e) ... and a body phrase of the same head ("Cameroon's Constitutional Council ... the council")
                same_head = spec.kind == "composed" and spec.head == lemma
                if not state_head and spec.kind not in ("organisation", "group") and not tagged and not firm and not same_head:
                    continue
            if sector and code[3:6] != sector and spec.sector != sector and not (
                    # (h29b) "the ministry said" re-names the body of that head named lately whatever its sector
                    # ("Japan's defence ministry" MIL): coref.yaml `spokes_body_lookback` sentences back
                    bare_body and spec.kind == "composed" and spec.head == lemma
                    and ctx.sentence_of(head.i) - ctx.sentence_of(c.start) <= int(self.vocab["spokes_body_lookback"])):
                continue
            if country and code[:3] != country:
                continue
            if collective and not sector and spec.kind == "composed" and code not in self.group_codes and not firm \
                    and not (spec.head == lemma and not self.kb.sector_of(lemma)):
                continue
            if person_head and lemma not in self.vocab["any_title_heads"] and lemma not in self.kb.generic_heads \
                    and spec.title and lemma not in spec.title.lower():
                continue
            if collective and spec.kind == "composed" and spec.head == lemma:
                # "the government" is first an earlier phrase of the same head ("Venezuela's
                # government"), before a seat that stands for one ("Washington")
                if same is None or c.start > same.start:
                    same = c
            if best is None or c.start > best.start:
                best = c
            if person_head:
                fits.append(c)
        if best is not None and len(fits) > 1:
            best = self._not_self_acting(ctx, head, best, fits)
        # (an organisation whose own name, or a group whose naming words, have the word first: "the
        # International Atomic Energy Agency ... the agency", "the ruling Georgian Dream party ... the ruling
        # party", not the last organisation named; not "the group", which any group may be called)
        named = [c for c in ctx.cands if c.start < head.i and own.isdisjoint(range(c.start, c.end)) and c.resolution != "place" and collective
                 and (ctx.actors[c.key].kind == "organisation" and lemma in ctx.actors[c.key].name.lower().split()
                      or ctx.actors[c.key].kind == "group" and lemma not in self.vocab["group_heads"]
                      and lemma in ctx.doc[c.start:c.end].text.lower().split()
                      and not (lemma in self.vocab["state_force_heads"] and self._non_state_code(ctx.actors[c.key].code or "")
                               and (not self._named_lately(ctx, c.key, head.i, self.vocab["state_force_lookback_sentences"])
                                    # (p25) nor the force someone orders, deploys or sends ("Petro ... would order the
                                    # army to deploy reinforcements" after the National Liberation Army: Colombia's;
                                    # coref.yaml `deployment_verbs`)
                                    or head.dep_ == "dobj" and head.head.lemma_.lower() in self.vocab["deployment_verbs"])))]
        last_named = max(named, key=lambda c: c.start) if named else None
        if last_named is not None and best is not None and best.start > last_named.start and not same \
                and self._subject_since(ctx, head, best, last_named):
            last_named = None  # (h26h) "The Awami League ... rejected the ban. “...,” the party said": the last subject
        best = same or last_named or best
        if best is None or (person_head and sector is None and country is None and lemma not in self.vocab["title_heads"]):
            return None
        return best.key

    def _subject_since(self, ctx: ActorContext, head: Token, best: _Cand, named: _Cand) -> bool:
        """(h26h) Whether a bare definite body head ("the party", no modifier) is the body of the same kind (the sector of
        its code) named after the one the story called by the word, as the subject of its sentence or the one before:
        "the National Citizen Party ... The Awami League, whose leaders ..., rejected the ban. “...,” the party said" is
        the Awami League."""
        if any(c.dep_ not in ("det", "punct") for c in head.children if c.i < head.i):
            return False
        a, b = ctx.actors[best.key], ctx.actors[named.key]
        if a.kind != b.kind or not a.code or not b.code or a.code[3:6] != b.code[3:6] or a.code == b.code:
            return False
        tok = ctx.doc[best.head]
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            return False
        sent = head.sent
        return tok.sent.start == sent.start or sent.start > 0 and tok.sent.start == ctx.doc[sent.start - 1].sent.start

    def _not_self_acting(self, ctx: ActorContext, head: Token, best: _Cand, fits: list[_Cand]) -> _Cand:
        """(h25i) A bare title that is its clause's subject ("The minister also urged Baghdad to ...") is not the
        person of a country its own clause acts on, when another person it fits was named before: the last such
        (after "Fidan told a press conference with Hussein", the Turkish minister Fidan, not Iraq's Hussein)."""
        if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            return best
        verb, edge = head.head, head.right_edge.i
        # (its own clause's: not a clause on what it acts on, "the PKK, which Ankara says ...")
        aside = {t.i for d in verb.subtree if d.dep_ in ("relcl", "acl", "advcl", "appos") for t in d.subtree}
        clause = {t.i for t in verb.subtree} - aside
        # (a state or its bodies: "against the PKK" is not acting on Turkey)
        acted = {self._known_country(ctx.actors[b.key]) for b in ctx.cands if b.resolution != "place"
                 and edge < b.head and b.head in clause and ctx.doc[b.head].dep_ in ("dobj", "pobj", "dative", "nsubj")
                 and (ctx.actors[b.key].kind == "country"
                      or (ctx.actors[b.key].code or "")[3:6] in self.vocab["office_sectors"])} - {None}
        if self._known_country(ctx.actors[best.key]) not in acted:
            return best
        others = [c for c in fits if self._known_country(ctx.actors[c.key]) not in acted | {None}]
        return max(others, key=lambda c: c.start) if others else best

    def _agency(self, ctx: ActorContext, head: Token) -> str | None:
        """"The agency", "the watchdog" (coref.yaml `agency_heads`): the last organisation the story called by the
        word, in its dictionary name or its mention ("the UN refugee agency"); else the last organisation whose name
        ends in no other body word (`collective_heads`: not "the UN Security Council"); never a group."""
        lemma = head.lemma_.lower()
        orgs = [c for c in ctx.cands if c.start < head.i and c.resolution != "place"
                and ctx.actors[c.key].kind == "organisation"]
        named = [c for c in orgs if lemma in ctx.actors[c.key].name.lower().split()
                 or lemma in ctx.doc[c.start:c.end].text.lower().split()]
        if not named:
            named = [c for c in orgs if not set(ctx.actors[c.key].name.lower().split()[-1:]) & set(self.vocab["collective_heads"])]
        return max(named, key=lambda c: c.start).key if named else None

    # -- 5. appositions: "Myanmar's military leader, General Min Aung Hlaing" ----------------------
    def _self_names(self, ctx: ActorContext) -> None:
        """"The junta, which calls itself the Council for National Renewal", "the gunmen, known as
        the Katiba Serma": the proper name is another mention of the same actor, and names it
        (coref.yaml `naming_verbs`, `naming_participles`). A name the dictionary knows is left alone
        ("rebels, known as the March 23 Movement" are M23 by the dictionary already)."""
        doc = ctx.doc
        named: list[tuple[int, str, set[str]]] = []  # (end of the name, actor key, its words)
        for verb in doc:
            lemma = verb.lemma_.lower()
            name = None
            if verb.dep_ in ("relcl", "acl") and lemma in self.vocab["naming_verbs"] \
                    and any(c.dep_ == "dobj" and c.lower_ in self.vocab["naming_reflexives"] for c in verb.children):
                # (h25d: also the participle, "a group calling itself the High Military Command")
                name = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")), None)
            elif verb.dep_ == "acl" and lemma in self.vocab["naming_participles"]:
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
                name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if name is None or name.pos_ != "PROPN":
                continue
            if verb.head.i not in ctx.covered:
                # (h25d) a noun no actor covers is the actor the name it gives itself is ("A group calling itself the
                # High Military Command for the Restoration of Order said ... it had taken control" → the command,
                # GNBMIL, whose "it" is then the group's): the noun and the words before it
                head, alias = verb.head, ctx.covered.get(name.i)
                if head.pos_ == "NOUN" and alias is not None and alias.resolution != "place" \
                        and ctx.actors[alias.key].code and not any(i in ctx.covered for i in range(head.left_edge.i, head.i)):
                    start = head.left_edge.i
                    while start < head.i and doc[start].dep_ == "det":
                        start += 1
                    ctx.add(_Cand(start, head.i + 1, head.i, alias.key, "alias"))
                continue
            start = name.left_edge.i
            while start < name.i and doc[start].dep_ == "det":
                start += 1
            span = doc[start:name.right_edge.i + 1]
            owner = ctx.covered[verb.head.i]
            if ctx.actors[owner.key].kind in ("person", "unknown_person"):
                # "gang leader Adolfo Macías, known as "Fito"": the name a person goes by is that person,
                # wherever the story uses it (an unknown person of that name, or words no actor covers)
                alias = ctx.covered[name.i].key if name.i in ctx.covered else None
                if alias is not None and alias != owner.key and ctx.actors[alias].kind == "unknown_person":
                    for c in ctx.cands:
                        if c.key == alias:
                            c.key, c.resolution = owner.key, "alias"
                elif alias is None and not any(i in ctx.covered for i in range(span.start, span.end)):
                    words = [t.text for t in span]
                    for i in range(len(doc) - len(words) + 1):
                        if [t.text for t in doc[i:i + len(words)]] == words \
                                and not any(j in ctx.covered for j in range(i, i + len(words))):
                            ctx.add(_Cand(i, i + len(words), i + len(words) - 1, owner.key, "alias"))
                continue
            if any(i in ctx.covered for i in range(span.start, span.end)):
                continue
            spec = ctx.actors[owner.key]
            if spec.kind != "composed":
                continue
            spec.name = span.text
            ctx.add(_Cand(span.start, span.end, name.i, owner.key, "alias"))
            named.append((span.end, owner.key, {t.lemma_.lower() for t in span if t.pos_ in ("PROPN", "NOUN")}))
        if not named:
            return
        # "... the Council for National Renewal. A spokesman for the council said": a later definite
        # noun that is a word of the name is the named actor; phrases it is part of are composed anew
        for head in doc:
            if head.i in ctx.covered or head.pos_ != "NOUN":
                continue
            det = next((c for c in head.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in self.vocab["definite_determiners"]:
                continue
            owners = [key for end, key, words in named if end <= head.i and head.lemma_.lower() in words]
            if owners:
                ctx.add(_Cand(det.i + 1 if det.i < head.i else head.i, head.i + 1, head.i, owners[-1], "description"))
        self._compose(ctx)

    def _apposed(self, ctx: ActorContext) -> Iterator[tuple[_Cand, _Cand]]:
        """Pairs of mentions of one actor: an apposition ("Taras Hnatiuk, a Ukrainian lawmaker"), and
        a subject the parser split into a title phrase and a name ("Iran's Foreign Ministry
        spokesman[nsubj] Esmaeil Baghaei[nsubj] said")."""
        doc = ctx.doc
        for tok in doc:
            if tok.dep_ != "appos":
                continue
            head = tok.head
            # "the region's prime minister, Radovan Viskovic, and the speaker of its parliament, Nenad Stevandic":
            # a second apposition the parser hangs on the first noun names the conjunct noun right before it
            earlier = [c for c in head.children if c.dep_ == "appos" and c.i < tok.i]
            between = [t for e in earlier for t in e.conjuncts if e.i < t.i < tok.i and t.pos_ == "NOUN"]
            if between:
                head = max(between, key=lambda t: t.i)
            # (h20c) "Lithuania's ambassador to Kazakhstan, Arunas Vinciunas": a name the parser hangs on a country
            # closing a person noun's prepositional phrase names the person noun, not the country
            near = ctx.covered.get(head.i)
            # ((h29a) and so does one hung on the international body an envoy is posted to: "France's permanent
            # representative to the United Nations, Nicolas de Riviere")
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN" and near is not None \
                    and (near.resolution == "place" or ctx.actors[near.key].kind == "country"
                         or ctx.actors[near.key].kind == "organisation" and self._envoy_post(head.head.head, head.head)) \
                    and head.head.head.i in ctx.covered and ctx.covered[head.head.head.i] is not near:
                head = head.head.head
            a, b = ctx.covered.get(head.i), ctx.covered.get(tok.i)
            if a is None and b is not None:
                a = self._name_before_apposition(ctx, head)
            if a is not None and b is not None and a is not b:
                yield a, b
        for cand in list(ctx.cands):
            head = doc[cand.head]
            prev = ctx.covered.get(cand.start - 1) if cand.start > 0 else None
            if ctx.actors[cand.key].kind in ("person", "unknown_person") and head.dep_ in ("nsubj", "nsubjpass") \
                    and prev is not None and prev.resolution == "composed" and prev.head != head.i \
                    and doc[prev.head].dep_ == head.dep_ and doc[prev.head].head.i == head.head.i:
                yield cand, prev
        for cand in list(ctx.cands):
            # (h34f) a name closing its sentence after a comma that the parser hung on the verb, not on the title
            # phrase right before the comma ("he was met by the U.S. special presidential envoy for hostage affairs,
            # Adam Boehler[npadvmod]."): an apposition to that title (coref.yaml `title_heads`,
            # `sentence_end_apposition_deps`)
            head = doc[cand.head]
            if ctx.actors[cand.key].kind not in ("person", "unknown_person") or cand.start < 3 \
                    or doc[cand.start - 1].text != "," or head.dep_ not in self.vocab["sentence_end_apposition_deps"] \
                    or not (cand.end == head.sent.end or doc[cand.end].is_sent_end and doc[cand.end].is_punct):
                continue
            before = doc[cand.start - 2]
            title = next((doc[c.head] for c in ctx.cands if doc[c.head].right_edge.i == before.i
                          and doc[c.head].i <= before.i and doc[c.head].lemma_.lower() in self.vocab["title_heads"]
                          and c.resolution == "composed"), None)
            if title is not None and title.dep_ != "compound":
                yield ctx.covered[title.i], cand

    def _restated(self, ctx: ActorContext, a: _Cand, b: _Cand) -> bool:
        """Whether apposition `b` says who the civilians of `a` are ("arrested 14 people, most of them
        soldiers", "arrested 40 people, mostly students"): composed people of the civilian sector restated
        with another sector, wholly or in the main (coref.yaml `restating_quantifiers`; "some of them
        soldiers" is not who they are)."""
        sa, sb = ctx.actors[a.key], ctx.actors[b.key]
        if sa.kind != "composed" or sb.kind != "composed" or not sb.code or sa.sector != self.vocab["civilian_sector"] \
                or sb.sector in (None, sa.sector):
            return False
        part = [c for c in ctx.doc[b.head].children if c.dep_ in ("nsubj", "advmod", "det", "amod")
                and c.lemma_.lower() in self.vocab["restating_quantifiers"] | self.vocab["partitive_quantifiers"]]
        return all(c.lemma_.lower() in self.vocab["restating_quantifiers"] for c in part)

    def _captives(self, ctx: ActorContext) -> None:
        """"Prosecutors charged the detainees": "the detainees" (coref.yaml `captive_heads`, definite,
        plural, composed with no country of their own words) are the people the story last told
        were arrested (the object of a `captor_verbs` verb before them): "arrested 14 people, most of
        them soldiers ... charged the detainees" → the soldiers."""
        doc = ctx.doc
        for cand in list(ctx.cands):
            head = doc[cand.head]
            if cand.resolution != "composed" or head.lemma_.lower() not in self.vocab["captive_heads"] \
                    or head.tag_ != "NNS" or any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in head.children):
                continue
            det = next((c for c in head.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in self.vocab["definite_determiners"]:
                continue
            taken = [ctx.covered[o.i] for v in doc[:cand.start] if v.lemma_.lower() in self.vocab["captor_verbs"]
                     and v.pos_ == "VERB" for o in v.children if o.dep_ == "dobj" and o.tag_ == "NNS" and o.i in ctx.covered
                     and ctx.actors[ctx.covered[o.i].key].kind == "composed" and ctx.covered[o.i].resolution != "place"]
            if taken and taken[-1].key != cand.key:
                cand.key, cand.resolution = taken[-1].key, "description"
        # (p23) ... and so are "those detained", "those arrested" (coref.yaml `captive_pronouns` with a participle of a
        # `captor_verbs` verb): "police detained dozens of protesters ... many of those detained had been beaten"
        for tok in doc:
            if tok.lower_ not in self.vocab["captive_pronouns"] or tok.i in ctx.covered:
                continue
            part = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == tok.i + 1
                         and c.lemma_.lower() in self.vocab["captor_verbs"]), None)
            if part is None:
                continue
            # (the object, or the people of its "of" phrase: "detained dozens of protesters")
            objs = [g for v in doc[:tok.i] if v.lemma_.lower() in self.vocab["captor_verbs"] and v.pos_ == "VERB"
                    for o in v.children if o.dep_ == "dobj"
                    for g in ([o] if o.i in ctx.covered else [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                                              for x in p.children if x.dep_ == "pobj"])]
            taken = [ctx.covered[o.i] for o in objs if o.i in ctx.covered
                     and ctx.actors[ctx.covered[o.i].key].kind == "composed" and ctx.covered[o.i].resolution != "place"]
            if taken:
                ctx.add(_Cand(tok.i, part.i + 1, tok.i, taken[-1].key, "description"))

    def _partitives(self, ctx: ActorContext) -> Iterator[tuple[_Cand, _Cand]]:
        """An object and the verbless clause after it that says who they are, which the parser hangs
        on the verb ("arrested 14 people[dobj], most of them soldiers[advcl]")."""
        doc = ctx.doc
        for tok in doc:
            if tok.dep_ != "advcl" or tok.pos_ != "NOUN" or tok.i not in ctx.covered:
                continue
            part = [c for c in tok.children if c.dep_ == "nsubj" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in self.vocab["plural_pronouns"] for o in p.children)
                for p in c.children)]
            objs = [o for o in tok.head.children if o.dep_ == "dobj" and o.i < tok.i and o.i in ctx.covered]
            if part and objs:
                yield ctx.covered[objs[-1].i], ctx.covered[tok.i]

    def _self_described(self, ctx: ActorContext) -> None:
        """A person who identifies or describes themselves as a body's member in a relative clause is that
        body's ("a man who identified himself as a Viv Ansanm spokesman warned ..." → Viv Ansanm; coref.yaml
        `self_description_verbs`, `reflexive_pronouns`): the head noun takes the actor of the "as" phrase,
        when that names a body (not a bare description: "identified himself as a farmer")."""
        verbs, reflexive = self.vocab["self_description_verbs"], self.vocab["reflexive_pronouns"]
        for tok in ctx.doc:
            if tok.dep_ != "relcl" or tok.lemma_.lower() not in verbs or tok.head.pos_ != "NOUN" \
                    or not any(c.dep_ == "dobj" and c.lower_ in reflexive for c in tok.children):
                continue
            said = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
            body = next((ctx.covered[o.i] for o in said if o.i in ctx.covered), None)
            if body is None:
                continue
            spec = ctx.actors[body.key]
            if spec.kind not in ("composed", "organisation", "group") or not spec.code or len(spec.code) <= 6:
                continue  # (a body named: "a Viv Ansanm spokesman", HTICRMVVA; not "a local farmer")
            head = tok.head
            if head.i in ctx.covered:
                cand = ctx.covered[head.i]
                cand.key, cand.resolution = body.key, "description"
            else:
                ctx.add(_Cand(head.i, head.i + 1, head.i, body.key, "description"))

    def _shared_titles(self, ctx: ActorContext) -> None:
        """A bare title joined by "and" to a title a named person restates is that person's second title, not
        another person ("Qatar's prime minister and foreign minister, Sheikh Mohammed, ...": one man); not a
        title with its own determiner or owner ("the prime minister and the foreign minister", "Egypt's")."""
        doc = ctx.doc
        for c in list(ctx.cands):
            h = doc[c.head]
            if h.dep_ != "conj" or h.tag_ != "NN" or h.lemma_.lower() not in self.vocab["title_heads"] \
                    or any(g.dep_ in ("det", "poss", "nmod", "compound") for g in h.children):
                continue
            first = h.head
            names = [ctx.covered[g.i] for g in first.children if g.dep_ == "appos" and g.i > h.i and g.i in ctx.covered]
            people = [n for n in names if ctx.actors[n.key].kind in ("person", "unknown_person")]
            if first.tag_ == "NN" and first.lemma_.lower() in self.vocab["title_heads"] and people:
                c.key, c.resolution = people[0].key, "apposition"

    def _served_under(self, ctx: ActorContext) -> None:
        """(h20g) A person the dictionary lacks, with no code, described by a relative clause of past service in an
        office under a person the story codes ("Glas, who served as vice-president under Rafael Correa"; coref.yaml
        `service_verbs`, a title of `title_heads` after "as"): a former office holder of that person's country
        (`past_office_sector`)."""
        doc = ctx.doc
        for cand in list(ctx.cands):
            spec = ctx.actors[cand.key]
            if spec.kind != "unknown_person" or spec.code:
                continue
            for v in doc[cand.head].children:
                if v.dep_ != "relcl" or v.lemma_.lower() not in self.vocab["service_verbs"] or v.tag_ != "VBD":
                    continue
                roles = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                         if g.dep_ == "pobj" and g.lemma_.lower() in self.vocab["title_heads"]]
                chiefs = [ctx.covered[g.i] for p in v.children if p.dep_ == "prep" and p.lower_ == "under"
                          for g in p.children if g.dep_ == "pobj" and g.i in ctx.covered]
                countries = [self._known_country(ctx.actors[c.key]) for c in chiefs
                             if ctx.actors[c.key].kind == "person"]
                countries = [c for c in countries if c]
                if roles and countries:
                    spec.code, spec.country, spec.sector = countries[0] + self.vocab["past_office_sector"], \
                        countries[0], self.vocab["past_office_sector"]
                    break

    def _body_heads(self, ctx: ActorContext) -> None:
        """(p26) A person the dictionary lacks, with no code, described by a relative clause saying that they now lead a
        body the story codes ("Petar Petkovic, who heads the Serbian government's office for Kosovo", "X, who leads the
        opposition coalition"; coref.yaml `body_head_verbs`, present tense only: "who headed" was, not is): of that
        body. A country led is no body ("who leads Kenya" is said of its president, whom the dictionary knows)."""
        doc, verbs = ctx.doc, set(self.vocab.get("body_head_verbs") or ())
        for cand in list(ctx.cands):
            spec = ctx.actors[cand.key]
            if spec.kind != "unknown_person" or spec.code:
                continue
            for v in doc[cand.head].children:
                if v.dep_ != "relcl" or v.lemma_.lower() not in verbs or v.tag_ not in ("VBZ", "VBP") \
                        or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in v.children):
                    continue
                body = next((ctx.covered[o.i] for o in v.children if o.dep_ == "dobj" and o.i in ctx.covered), None)
                led = ctx.actors[body.key] if body is not None and body.resolution != "place" else None
                if led is not None and led.code and led.kind in ("composed", "organisation", "group"):
                    spec.code, spec.country, spec.sector = led.code, led.country, led.sector
                    break

    def _described_people(self, ctx: ActorContext) -> None:
        """(h24d) A person the dictionary lacks, with no code, described by an indefinite apposition that names no body
        but a nationality ("Ksenia Karelina, a Russian-American ballet dancer", "John Smith, an Australian writer"): a
        private person of that country (coref.yaml `described_name.sector`); the nationality the noun itself takes,
        so the last of hyphenated ones ("Russian-American" is American)."""
        doc, spec_ = ctx.doc, self.vocab["described_name"]
        for cand in ctx.cands:
            spec = ctx.actors[cand.key]
            if spec.kind != "unknown_person" or spec.code:
                continue
            for c in doc[cand.head].children:
                if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i in ctx.covered \
                        or not any(d.dep_ == "det" and d.lower_ in spec_["determiners"] for d in c.children):
                    continue
                countries = [ctx.modifiers[m.i].code for m in c.children if m.dep_ == "amod" and m.i in ctx.modifiers
                             and ctx.modifiers[m.i].kind == "country"]
                if len(countries) == 1:
                    spec.code, spec.country, spec.sector = countries[0] + spec_["sector"], countries[0], spec_["sector"]
                    break

    def _counted_others(self, ctx: ActorContext) -> None:
        """(h25d) "six others" (coref.yaml `counted_others`, with a number), the object of a verb joined to another of the
        same doer, are more of the counted people or bodies that verb took as its object ("added 12 U.S. companies to an export control list and placed six others,
        mostly defence firms, on its unreliable entity list" → USABUS), not whoever the sentence's country makes them."""
        doc = ctx.doc
        for tok in doc:
            if tok.lower_ not in self.vocab["counted_others"] or tok.i in ctx.covered or tok.pos_ not in NOUNS \
                    or not any(c.dep_ == "nummod" for c in tok.children):
                continue
            verb = tok.head
            if tok.dep_ != "dobj" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue  # (a second verb of one doer: "added 12 companies ... and placed six others"; not "Hamas released
                # three others" after "Israel freed 90 prisoners")
            start = doc[ctx.sent_starts[ctx.sentence_of(tok.i)]].i
            before = [c for c in ctx.cands if start <= c.start and c.end <= tok.i and c.resolution == "composed"
                      and doc[c.head].tag_ == "NNS" and any(d.dep_ == "nummod" for d in doc[c.head].children)
                      and doc[c.head].dep_ == "dobj" and doc[c.head].head.i == verb.head.i and ctx.actors[c.key].code]
            if before:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, max(before, key=lambda c: c.start).key, "description"))

    def _introduced_people(self, ctx: ActorContext) -> None:
        """(h25d) A person the dictionary lacks, with no code, first named with an age and nothing else apposed, as the
        subject of the sentence right after one that told of one person only by an indefinite description of a private
        person of a nationality ("The Taliban released an American airline mechanic ... George Glezmann, 66, was
        detained by Taliban intelligence"): the person described, introduced by name (coref.yaml `introduced_person`:
        the description's determiners and sectors; its code the person's)."""
        doc, vocab = ctx.doc, self.vocab["introduced_person"]
        firsts: dict[str, _Cand] = {}
        for cand in sorted(ctx.cands, key=lambda c: c.start):
            firsts.setdefault(cand.key, cand)

        def described(c: _Cand) -> bool:  # "an American airline mechanic": one person of a nationality
            head, spec = doc[c.head], ctx.actors[c.key]
            return c.resolution == "composed" and head.pos_ == "NOUN" and head.tag_ == "NN" \
                and any(d.dep_ == "det" and d.lower_ in vocab["determiners"] for d in head.children) \
                and bool(spec.code) and len(spec.code) == 6 and spec.code[3:] in vocab["sectors"] \
                and bool(self.kb.country(spec.code[:3]))

        for key, cand in firsts.items():
            spec = ctx.actors[key]
            head = doc[cand.head]
            if spec.kind != "unknown_person" or spec.code or head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            apposed = [c for c in head.children if c.dep_ == "appos"]
            if len(apposed) != 1 or apposed[0].pos_ != "NUM" or not apposed[0].like_num:
                continue
            sent = ctx.sentence_of(cand.start)
            if sent == 0 or ctx.sentence_of(head.head.i) != sent:
                continue
            told = [c for c in ctx.cands if ctx.sentence_of(c.start) == sent - 1]
            people = [c for c in told if described(c)]
            if len(people) != 1 or any(ctx.actors[c.key].kind in ("person", "unknown_person") for c in told):
                continue
            code = ctx.actors[people[0].key].code
            spec.code, spec.country, spec.sector = code, code[:3], code[3:]

    def _appositions(self, ctx: ActorContext) -> None:
        doc = ctx.doc
        for a, b in [*self._apposed(ctx), *self._partitives(ctx)]:
            sa, sb = ctx.actors[a.key], ctx.actors[b.key]
            if self._restated(ctx, a, b):
                key = _composed_key(sb.code, doc[a.head])
                if key not in ctx.actors:
                    ctx.actors[key] = _ActorSpec(key, sa.name, sb.code, "composed", country=sb.country,
                                                 sector=sb.sector, first=sa.first, head=sa.head)
                a.key = key
                continue
            described = next(((d, n) for d, n in ((a, b), (b, a)) if d.resolution == "description"
                              and n.resolution in ("dictionary", "ner", "surname", "alias")
                              and ctx.actors[n.key].kind in ("person", "unknown_person")
                              and ctx.actors[d.key].kind in ("person", "unknown_person")), None)
            if described is not None:
                # (p27) a description resolved back to a person, restated by a person's name ("Its leader, Naim
                # Qassem, said"): the name says who it is, not the person last told with the description's title
                d, n = described
                d.key, d.resolution = n.key, "apposition"
                continue
            person, other = (a, b) if sa.kind in ("person", "unknown_person") else (b, a)
            sp, so = ctx.actors[person.key], ctx.actors[other.key]
            if sp.kind not in ("person", "unknown_person") or other.resolution == "place" \
                    or so.kind not in ("composed", "organisation", "group", "country"):
                continue
            intl = self.vocab["international_prefixes"]
            serving = bool(sp.code) and sp.code[:3] in intl and (so.code or "")[:3] not in intl
            # (an international body's role outranks a nationality another apposition gives: "An African Union
            # envoy, Abdoulaye Sy, a veteran Senegalese diplomat" is the AU's)
            # (a former office holder now acting for an international body is its: "The African Union's envoy,
            # former Sierra Leone president Ernest Bai Koroma" is the AU's; coref.yaml `past_office_sector`)
            retired = (sp.code or "")[3:6] == self.vocab["past_office_sector"] and (so.code or "")[:3] in intl \
                and not self._past_title(ctx, doc[other.head], other.head)
            # (a family name linking back to a person named before gives that person no new description: "Marat
            # Zhanuzak ... His wife, Natalya Zhanuzak" is not Marat's wife-hood)
            if person.resolution != "surname" and not serving and (retired or sp.kind == "unknown_person" or not sp.code or self._text_role_fits(ctx, sp, so.code)
                                and not self._past_title(ctx, doc[other.head], other.head)):
                sp.code, sp.country, sp.sector = so.code, so.country, so.sector
                ohead = doc[other.head]
                if sp.kind == "unknown_person" and so.kind == "composed" and so.sector and so.country \
                        and not self._names_country(ctx, other) and not any(
                            ctx.covered.get(i) not in (None, other) for i in range(other.start, other.end)) \
                        and all(c.dep_ in ("det", "amod", "advmod", "punct") and c.pos_ != "PROPN" and not c.ent_type_
                                for c in ohead.children):
                    # (h20c) "Margaret Hollis, a senior lawmaker,": a description that names no country gives the
                    # person only what the sentence says of them, as a title does
                    country = self._person_country(ctx, person.start, so.sector,
                                                   frozenset(range(other.start, other.end)))
                    sp.code = country + so.sector if country else None
                    sp.country = country
                sp.kind = "person" if sp.kind == "person" else "unknown_person"
            other.key, other.resolution = person.key, "apposition"
        # unknown people with a title compound ("Russian President Ivan Petrov") or an affiliation
        # ("Colonel Jean Mbeki of the Congolese army")
        for cand in ctx.cands:
            spec = ctx.actors[cand.key]
            if spec.kind == "person" and cand.resolution == "dictionary" and self._out_of_role(ctx, spec) \
                    and not self._past_title(ctx, doc[cand.head], cand.start):
                # a dictionary person with no role on the date, written with one ("Kyrgyz Prime
                # Minister Nikolai Tanayev" in 2000): the title in the text says what they were then
                code = self._title_code(ctx, doc[cand.head], cand.start) or \
                    self._titled_role(ctx, spec, doc[cand.head], cand.start)
                if code and self._text_role_fits(ctx, spec, code):
                    spec.code, spec.country, spec.sector = code, code[:3], code[3:6] or None
                    continue
                # ... or an organisation the title names ("EU trade chief Valdis Dombrovskis", "U.N. envoy X" for
                # a former head of government the dictionary knows no role of on the date): the body's, not ELI
                body = self._title_body(ctx, doc[cand.head], cand.start)
                if body is not None:
                    spec.code = body
                    spec.country, spec.sector = body[:3], body[3:6] or None
                continue
            if spec.kind != "unknown_person" or spec.code:
                continue
            head = doc[cand.head]
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in self.vocab["affiliation_prepositions"]:
                    continue
                pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                other = ctx.covered.get(pobj.i) if pobj is not None else None
                if other is not None and other.resolution != "place" and ctx.actors[other.key].code \
                        and ctx.actors[other.key].kind in ("composed", "organisation", "group"):
                    so = ctx.actors[other.key]
                    spec.code, spec.country, spec.sector = so.code, so.country, so.sector
                    break
            if spec.code:
                continue
            mods = [t for t in doc[head.left_edge.i:cand.start] if t.dep_ in MODIFIER_DEPS]
            # (a body's name the parser cut off the title phrase: "ECOWAS[dobj] Commission President
            # Omar Touray appealed")
            i = head.left_edge.i
            while i > head.sent.start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].whitespace_:
                i -= 1
            mods = [*doc[i:head.left_edge.i], *mods]
            bodies = [info for info in (self._actor_info(ctx, m) for m in mods) if info[1] and info[2] in ("organisation", "group")]
            country, sector = self._title_words(ctx, head, cand.start)
            if bodies and country and all(b[2] == "organisation" for b in bodies) \
                    and any(m.lemma_.lower() in self.vocab["envoy_titles"] for m in mods):
                # (h24e) "Algeria's U.N. Ambassador Amar Bendjama": a country's envoy to an organisation is the country's
                bodies = []
            if bodies:
                # "senior Hamas official Basem Naim", "RSF commander X": the body's, as "Hamas official" is
                _c, org, kind, org_sector = bodies[-1]
                spec.code = self._org_agent(org, kind, org_sector, sector)
                spec.country, spec.sector = spec.code[:3], spec.code[3:6] or None
                continue
            spokes = [m for m in mods if m.lemma_.lower() in self.vocab["spokes_titles"]]
            bodies_named = {m.lemma_.lower() for m in mods if m.pos_ == "NOUN" and m not in spokes}
            if not country and spokes and bodies_named and all(m in spokes or m.lemma_.lower() in bodies_named
                                                                for m in mods):
                # "..., Armenia's defence ministry said. ... ministry spokeswoman Lilit Avetisyan told": a
                # spokesperson of a body named by its bare head word speaks for the body last named so
                # (coref.yaml `spokes_body_lookback` sentences back), not for a country her sentence or
                # quotation names
                body = self._last_composed(ctx, cand.start, lambda a: a.head in bodies_named and bool(a.code),
                                           int(self.vocab["spokes_body_lookback"]))
                if body is not None:
                    spec.code, spec.country, spec.sector = body.code, body.country or body.code[:3], body.sector
                    continue
            if sector and not country and not self._past_title(ctx, head, cand.start):
                # "ordered the European Union's ambassador to leave ... ambassador Karin Lindqvist": a
                # title a body's holder was named by just before is that holder's (coref.yaml `envoy_titles`)
                titled = self._same_title_before(ctx, mods, cand.start)
                if titled is not None:
                    spec.code, spec.country, spec.sector = titled.code, titled.country, titled.sector
                    ctx.envoy_of[spec.key] = titled.key  # (its code may change once its owner is known: `_possessed`)
                    continue
                country = self._title_body_country(ctx, mods, cand.start)
            if sector and not country and any(m.lemma_.lower() in self.vocab["junta_title_words"] for m in mods):
                # (h19g) "Junta spokesman Colonel X" after "The Pentagon said ...": a junta's officer speaks for
                # the country under military rule the story names, not for the last actor's (coref.yaml
                # `junta_title_words`)
                country = self._junta_country(ctx, cand.start)
            if sector and not country and not self._past_title(ctx, head, cand.start):
                # "an appeal from President Laurent Gbago": a title without a nationality is a
                # role of the country the sentence is about, as "the president" is; an office holder's title
                # (coref.yaml `titled_office_sectors`) as its clause's subject is not of the state its clause acts
                # on ("Defence Minister Yassin Ibrahim accused the UAE": not the UAE's), when the story names another
                # (h20c) ... from its sentence only, and not from a diplomat reporting on the person ("The State
                # Department said officials had tortured activist X": not American)
                if sector in self.vocab["office_story"]["sectors"]:
                    # (h22c) a state office holder: what their own clause says (not what it acts on or reports:
                    # "Foreign Ministry spokesperson X said Washington was abusing ..." is not American), else the
                    # country the story gives the office (`_office_story_country`: "Vice Foreign Minister Kenji Okano
                    # summoned the Chinese ambassador" in a story about Japan), else the sentence as before
                    country = self._context_country(ctx, cand.start, office=True, person=True, bare_state=True) \
                        or self._office_story_country(ctx, head, cand.start, mods) \
                        or self._person_country(ctx, cand.start, sector)
                else:
                    country = self._person_country(ctx, cand.start, sector)
            past = sector is not None and self._past_title(ctx, head, cand.start)
            if past and not country:
                # "granted asylum to former Interior Minister X": a past office of no country written is
                # one of the story's own state, when the story has one (never the sentence's: the one
                # granting asylum is not the minister's)
                country = self._dominant_state(ctx)
            if past and sector in self.vocab["office_sectors"]:
                sector = self.vocab["past_office_sector"]  # (the former office holder is the country's elite)
            if not country and not sector and mods and all(m.lemma_.lower() in self.vocab["spokes_titles"] for m in mods):
                # "..., the Philippine coast guard said. ..., spokesman Jay Tarriela said": a spokesman of no
                # body named is the body that spoke last (coref.yaml `spokes_titles`); (h34f) "India's foreign
                # ministry summoned a Pakistani diplomat, spokesman Randhir Jaiswal told reporters": the body whose act
                # the spokesman's own words report speaks through him, before any body that spoke earlier
                body = self._reported_body(ctx, head) or self._last_speaking_body(ctx, cand.start)
                if body is not None:
                    spec.code, spec.country, spec.sector = body.code, body.country or body.code[:3], body.sector
                    continue
            if country:
                spec.code, spec.country, spec.sector = country + (sector or ""), country, sector

    def _person_country(self, ctx: ActorContext, at: int, sector: str, own: frozenset[int] = frozenset()) -> str | None:
        """(h20c) The country of a person the dictionary lacks, named at `at` with a role of `sector` and no country
        in its own words: from the sentence (`_context_country` with `person`), not a diplomat reporting on them; a
        private person's, else the story's one state (`_dominant_state`). An office holder whose clause acts on
        that country only is of no country known ("Interior Minister X criticised Beijing's drills"), but for
        the offices that act at home (coref.yaml `home_acting_sectors`: "Judge X opened investigations against 28
        Chilean officials")."""
        private = sector not in self.vocab["office_sectors"]
        country = self._context_country(ctx, at, person=True, private=private, bare_state=True, own=own)
        if country and sector in self.vocab.get("titled_office_sectors", ()) and self._acts_on_country(ctx, at, country):
            country = self._context_country(ctx, at, office=True, person=True, private=private, bare_state=True,
                                            own=own) \
                or (country if sector in self.vocab["home_acting_sectors"] else None)
        return country

    def _kin_appositions(self, ctx: ActorContext) -> None:
        """(h20c) A kin noun (coref.yaml `kin_nouns`) with an appositive name is that named person ("Sevrin's
        wife, Olga Sevrina, appealed": Olga Sevrina, not Sevrin whose wife she is); a kin noun that says the
        person's sex (`kin_gender`) records it, for pronouns (its country: `_kin_countries`)."""
        doc = ctx.doc
        kin = self.vocab.get("kin_nouns") or set()
        for tok in doc:
            head = tok.head
            if tok.dep_ != "appos" or head.pos_ != "NOUN" or head.lemma_.lower() not in kin:
                continue
            span = doc[tok.left_edge.i:tok.i + 1]
            have = ctx.covered.get(tok.i)
            if have is not None and have.resolution == "surname" and have.start > span.start \
                    and all(j not in ctx.covered for j in range(span.start, have.start)):
                ctx.remove(have)  # "Zhanuzak's wife, Natalya Zhanuzak": another person of the family name
                linked = ctx.covered.get(head.i)
                if linked is not None and linked.key == have.key and linked.resolution == "apposition":
                    ctx.remove(linked)  # ... and the kin noun an earlier apposition gave that person is not them
            if tok.i not in ctx.covered:
                # a name the NER missed or mislabelled ("His wife, Natalya Sadykova[NORP]"), or a relative's family
                # name with a given name of its own: two capitalised proper nouns or more, none a nationality word
                if len(span) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in ctx.covered
                                        or t.i in ctx.modifiers or t.text in self.kb.titles for t in span):
                    continue
                key = "person?:" + span.text
                if key not in ctx.actors:
                    ctx.actors[key] = _ActorSpec(key, span.text, None, "unknown_person", first=span.start_char)
                ctx.add(_Cand(span.start, span.end, tok.i, key, "ner", "PERSON"))
            if tok.i not in ctx.covered:
                continue
            named = ctx.covered[tok.i]
            spec = ctx.actors[named.key]
            if spec.kind not in ("person", "unknown_person"):
                continue
            have = ctx.covered.get(head.i)
            if have is not None:
                if have.head != head.i or ctx.actors[have.key].kind in ("person", "unknown_person"):
                    continue
                have.key, have.resolution = named.key, "apposition"
            else:
                ctx.add(_Cand(head.i, head.i + 1, head.i, named.key, "apposition"))
            gender = next((g for g, words in self.vocab.get("kin_gender", {}).items() if head.lemma_.lower() in words), None)
            if gender:
                ctx.genders.setdefault(named.key, gender)

    def _kin_countries(self, ctx: ActorContext) -> None:
        """(h20c) An unknown named kin of no code yet ("His wife, Natalya Sadykova") takes the country of the
        relative who owns the kin noun ("Sevrin's", or "his" once pronouns are resolved), as a private
        person (coref.yaml `kin_sector`): a dissident's family are of the dissident's country."""
        doc = ctx.doc
        kin = self.vocab.get("kin_nouns") or set()
        for cand in list(ctx.cands):
            head = doc[cand.head]
            spec = ctx.actors[cand.key]
            if cand.resolution != "apposition" or head.lemma_.lower() not in kin or spec.kind != "unknown_person" \
                    or spec.code:
                continue
            owners = [ctx.covered[c.i] for c in head.children if c.dep_ == "poss" and c.i in ctx.covered]
            owners += [ctx.covered[o.i] for o in prep_objects(head, "of") if o.i in ctx.covered]
            for owner in owners:
                country = self._known_country(ctx.actors[owner.key])
                if owner.key != cand.key and country and self.kb.country(country):
                    sector = self.vocab["kin_sector"]
                    spec.code, spec.country, spec.sector = country + sector, country, sector
                    break

    def _exile_hosts(self, ctx: ActorContext, head: Token) -> set[str]:
        """The countries refugees or migrants are held in or by (coref.yaml `exile_heads`): places in a locative
        phrase of their own phrase ("migrants held in Albania", "refugees in camps in Bangladesh"); and, as the
        object of a verb of custody (`custody_verbs`: rescued, detained, sent, hosted ...), its subject's country
        and the places of its locative phrases ("Italy sent 16 migrants to Albania")."""
        doc = ctx.doc
        locative = set(self.vocab["locative_prepositions"]) | set(self.vocab["custody_prepositions"])
        tok = first_conjunct(head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOUNS:
            tok = tok.head.head  # "hundreds of migrants"
        # (not inside a clause of where they fled: "refugees fleeing the civil war in Liberia")
        fled = {u.i for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.vocab["exile_origin_verbs"]
                for u in c.subtree}
        scopes = [t for t in head.subtree if t.dep_ == "prep" and t.lower_ in locative and t.i not in fled]
        out: set[str] = set()
        verb = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in self.vocab["custody_verbs"]:
            scopes += [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in locative]
            subj, passive = syntax_subject(verb)
            holders = [a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"] \
                if passive else subj
            for h in holders:
                cand = ctx.covered.get(h.i)
                if cand is None:
                    cand = next((b for b in ctx.cands if b.start <= h.i < b.end), None)
                if cand is not None and cand.resolution != "place":
                    c = self._known_country(ctx.actors[cand.key])
                    if c:
                        out.add(c)
                for m in h.subtree:  # (a nationality word on the holder: "the Greek coast guard")
                    e = ctx.modifiers.get(m.i)
                    if e is not None and e.kind == "country" and e.code:
                        out.add(e.code)
        for p in scopes:
            out |= set(self._named_places(ctx, {t.i for t in p.subtree}))
        return out

    def _named_places(self, ctx: ActorContext, ids: set[int]) -> list[str]:
        """The countries of the places and of the countries named by name among tokens `ids`, in order."""
        found = [(s_, eid.split(":")[1]) for s_, _e, eid in ctx.places if s_ in ids]
        found += [(b.start, ctx.actors[b.key].code[:3]) for b in ctx.cands if b.start in ids and b.resolution != "place"
                  and ctx.actors[b.key].kind == "country" and ctx.actors[b.key].code]
        return [c for _s, c in sorted(found) if self.kb.country(c)]

    def _exile_origin(self, ctx: ActorContext, head: Token) -> str | None:
        """The country refugees or migrants fled, by the verb they are the subject of (coref.yaml `exile_origin_verbs`:
        its object, or a place after one of `exile_origin_prepositions`), else None."""
        tok = first_conjunct(head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOUNS:
            tok = tok.head.head
        verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]  # "refugees fleeing the war in Liberia"
        if tok.dep_ == "nsubj":
            verbs.append(tok.head)
        verbs = [v for v in verbs if v.lemma_.lower() in self.vocab["exile_origin_verbs"]]
        places = [c for v in verbs for c in v.children if c.dep_ == "dobj"] + [
            o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in self.vocab["exile_origin_prepositions"]
            for o in p.children if o.dep_ == "pobj"]
        for pl in places:
            found = self._named_places(ctx, {t.i for t in pl.subtree})
            if found:
                return found[0]
        return None

    def _junta_country(self, ctx: ActorContext, at: int) -> str | None:
        """The country of a junta an officer's title names (coref.yaml `junta_title_words`): of the junta or
        military government named before ("Mali's junta", "Niger's military rulers"); else the dateline's, when
        the story names that country; else the last country named by its name before (not a seat or a body:
        "The Pentagon said it had suspended intelligence sharing with Niger" names Niger); else None."""
        country_of = self._known_country
        words = self.vocab["junta_title_words"]
        rulers = [c for c in ctx.cands if c.end <= at and c.resolution != "place"
                  and ctx.actors[c.key].kind in ("composed", "group")
                  and (ctx.actors[c.key].code or "")[3:6] in ("GOV", "MIL")
                  and (any(self._called(ctx.doc[c.head], w) for w in words) or self._military_rule(ctx.doc[c.head]))]
        found = [c for c in (country_of(ctx.actors[b.key]) for b in sorted(rulers, key=lambda c: c.start)) if c]
        if found:
            return found[-1]
        home = self._dateline_country(ctx)
        by_name = sorted([(b.start, c) for b in ctx.cands if b.end <= at and b.resolution != "place"
                          and ctx.actors[b.key].kind == "country" for c in [country_of(ctx.actors[b.key])] if c])
        named = {c for _s, c in by_name} | {eid.split(":")[1] for _s, e_, eid in ctx.places
                                             if e_ <= at and eid.startswith("country:")}
        if home and home in named:
            return home
        return by_name[-1][1] if by_name else None

    def _reported_body(self, ctx: ActorContext, head: Token) -> _ActorSpec | None:
        """(h34f) The body a spokesperson of no body named reports on in their own sentence: the subject of the clause
        their speech verb (quotes.yaml `speech_verbs`) governs ("The interior ministry has arrested 12 people,
        spokesman Ali Hassan said"), when it is a body (an organisation, a group or a composed body of a sector) named
        by one singular noun; people named in the plural ("Indian troops fired first, spokesman X said") do not
        speak through a spokesman."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in self.speech_verbs:
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i > head.i:
                continue
            for subj in clause.children:
                if subj.dep_ != "nsubj" or subj.tag_ not in ("NN", "NNP"):
                    continue
                for c in ctx.cands:
                    if c.head != subj.i or c.resolution in ("place", "pronoun"):
                        continue
                    spec = ctx.actors[c.key]
                    if spec.kind in ("organisation", "group", "composed") and spec.code and len(spec.code) >= 6:
                        return spec
        return None

    def _last_speaking_body(self, ctx: ActorContext, at: int) -> _ActorSpec | None:
        """The body (an organisation, a group or a composed body of a sector: not a person, not a bare
        country) that was last the subject of a speech verb (quotes.yaml `speech_verbs`) before token `at`,
        in its sentence or the two before."""
        speech = self.speech_verbs
        floor = ctx.window_start(at, 2)
        best: _Cand | None = None
        for c in ctx.cands:
            if not floor <= c.start < at or c.resolution in ("place", "pronoun"):
                continue
            spec, head = ctx.actors[c.key], ctx.doc[c.head]
            if spec.kind not in ("organisation", "group", "composed") or not spec.code or len(spec.code) < 6 \
                    or head.dep_ != "nsubj" or head.head.lemma_.lower() not in speech:
                continue
            if best is None or c.start > best.start:
                best = c
        return ctx.actors[best.key] if best is not None else None

    def _title_body_country(self, ctx: ActorContext, mods: list[Token], start: int) -> str | None:
        """The country of the body a domain title heads, named just before ("..., Kosovo's interior ministry
        said. Interior Minister X said ...": Kosovo's minister, whatever country the sentences around name):
        the country of the composed actors within `spokes_body_lookback` sentences whose head is the title's body
        noun (coref.yaml `title_body_heads`) and whose name holds every other word of the title but its words of rank
        (h22c: `office_story.rank_words`, "Vice Foreign Minister" heads the foreign ministry), when all are of one
        country (h22c: "Japan's foreign ministry and China's foreign ministry" say nothing)."""
        countries = self._title_body_countries(ctx, mods, start, int(self.vocab["spokes_body_lookback"]))
        return countries.pop() if len(countries) == 1 else None

    def _title_body_countries(self, ctx: ActorContext, mods: list[Token], start: int, back: int | None) -> set[str]:
        """The countries of the bodies of a domain title's domain (`_title_body_country`) named before token `start`,
        in its sentence or the `back` before (None: anywhere before)."""
        bodies = self.vocab["title_body_heads"]
        titles = [m for m in mods if m.lemma_.lower() in bodies]
        if len(titles) != 1:
            return set()
        rank = set(self.vocab["office_story"]["rank_words"])
        domain = [m.lower_ for m in mods if m is not titles[0] and m.pos_ in ("PROPN", "NOUN", "ADJ")
                  and m.lower_ not in rank]
        if not domain:
            return set()  # a bare "Minister X" names no body
        heads = set(bodies[titles[0].lemma_.lower()])

        def keep(a: _ActorSpec) -> bool:
            return a.head in heads and bool(a.country) and all(w in a.name.lower().split() for w in domain)
        floor = 0 if back is None else ctx.window_start(start, back)
        return {ctx.actors[c.key].country for c in ctx.cands if floor <= c.start < start and c.resolution != "place"
                and ctx.actors[c.key].kind == "composed" and keep(ctx.actors[c.key])}

    def _office_story_country(self, ctx: ActorContext, head: Token, start: int, mods: list[Token]) -> str | None:
        """(h22c) The country of an unknown holder of a state office named by a title that gives none, when its
        sentence gives none either ("Vice Foreign Minister Kenji Okano summoned the Chinese ambassador" in a story
        about Japan), from the story (coref.yaml `office_story`):
        - the same office named before with a country ("Japan's vice foreign minister ... Vice Foreign Minister
          Kenji Okano"): an earlier mention written with every word of the title;
        - else the body of the office's domain named before, all such bodies of one country ("Japan's foreign
          ministry ... Vice Foreign Minister X", `_title_body_country`);
        - else the story's leading state: the country whose state (the country, a capital for its government, its
          state bodies and office holders: `office_sectors`) the article names most, its dateline's country counted
          `dateline_weight` more, when that count is at least `lead_share` times any other's; what the person's own
          clause acts on or reports counts for nothing. A country the person's own clause acts on ("summoned the Chinese
          ambassador"), or whose act it judges by a definite noun told before ("called the sanctions illegal" after "The
          United States imposed new sanctions", `_judged_authors`), is never theirs.
        None when two countries have equal claim, or the title is of no state office."""
        spec_vocab = self.vocab["office_story"]
        if any(t.lower_ in spec_vocab["visitor_words"] for t in ctx.doc[max(head.sent.start, head.left_edge.i - 1):start]):
            return None  # "Visiting Defence Secretary X": a guest of the story's state, not its own
        rank = set(spec_vocab["rank_words"])
        words = [m.lower_ for m in mods if m.pos_ in ("PROPN", "NOUN", "ADJ") and m.text[:1].isupper()]
        domain = [w for w in words if w not in rank and w not in self.vocab["office_nouns"]]
        acted = self._acted_on_countries(ctx, start) | self._judged_authors(ctx, start)
        if domain:
            # the same office written before with a country
            wanted = set(words)
            same: set[str] = set()
            for c in ctx.cands:
                if c.start >= start or c.resolution in ("place", "pronoun") or c.head == head.i:
                    continue
                spec = ctx.actors[c.key]
                country = self._known_country(spec)
                if not country or (spec.code or "")[3:6] not in self.vocab["office_sectors"]:
                    continue
                chead = ctx.doc[c.head]
                written = {t.lower_ for t in ctx.doc[min(chead.left_edge.i, c.start):c.end]}
                if wanted <= written:
                    same.add(country)
            if len(same) == 1 and not same & acted:
                return same.pop()
            if same:
                return None
            bodies = self._title_body_countries(ctx, mods, start, None)
            if bodies:  # (bodies of the domain of two countries: which the office is, the story does not say)
                return bodies.pop() if len(bodies) == 1 and not bodies & acted else None
        counts: Counter = Counter()
        own = self._own_clause(ctx, start)  # (what the person's own clause acts on or reports is no evidence)
        for c in ctx.cands:
            if c.resolution == "place" or c.head == head.i or c.head in own:
                continue
            spec = ctx.actors[c.key]
            country = self._known_country(spec)
            if country and (spec.kind == "country" or (spec.code or "")[3:6] in self.vocab["office_sectors"]):
                counts[country] += 1
        home = self._dateline_country(ctx)
        if home and self.kb.country(home):
            counts[home] += int(spec_vocab["dateline_weight"])
        ranked = [(c, n) for c, n in counts.most_common() if c not in acted]
        if not ranked:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top if n > second and n >= float(spec_vocab["lead_share"]) * second else None

    def _same_title_before(self, ctx: ActorContext, mods: list[Token], start: int) -> _ActorSpec | None:
        """The actor last named by the same envoy title (coref.yaml `envoy_titles`: ambassador, envoy
        ...) in the sentence or the two before ("the European Union's ambassador"), if the title before
        a name is one."""
        envoys = set(self.vocab["envoy_titles"])
        titles = {m.lemma_.lower() for m in mods} & envoys
        written = " " + " ".join(m.lower_ for m in mods) + " "
        phrase = any(f" {p} " in written for p in self.vocab.get("envoy_title_phrases") or ())
        if not titles and not phrase:
            return None
        same = self._last_composed(ctx, start, lambda a: a.head in titles and bool(a.code)) if titles else None
        if same is not None:
            return same
        # (h21a) ... else the envoy named by another envoy word with a nationality word of its own in its sentence or
        # the one before ("expelled a senior Indian diplomat ... High Commissioner X was ordered to leave": the
        # diplomat; `envoy_title_phrases`)
        floor = ctx.window_start(start, 1)
        prior = [c for c in ctx.cands if floor <= c.start < start and c.resolution != "place"
                 and ctx.actors[c.key].kind == "composed" and ctx.actors[c.key].head in envoys
                 and ctx.actors[c.key].code and any(i in ctx.modifiers for i in range(c.start, c.end))]
        return ctx.actors[max(prior, key=lambda c: c.start).key] if prior else None

    def _acts_on_country(self, ctx: ActorContext, at: int, country: str) -> bool:
        """The name at `at` is the subject of a verb whose object or prepositional phrases (not a clause it
        reports) name an actor of `country` ("Defence Minister Yassin Ibrahim accused the UAE")."""
        return country in self._acted_on_countries(ctx, at)

    def _judged_authors(self, ctx: ActorContext, at: int) -> set[str]:
        """(h22c) The countries of the authors of the acts the name at `at` acts on by a definite noun told before ("The
        United States imposed new sanctions on Iran ... Deputy Foreign Minister X called the sanctions illegal": the
        United States, whose sanctions he judges): for each object of the name's verb (or of its prepositions) with a
        definite determiner, the subject of the verb an earlier mention of the same noun was the object of, or the
        actor modifying that mention."""
        subject = first_conjunct(ctx.doc[at])
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = first_conjunct(subject.head)
        if subject.dep_ != "nsubj" or subject.head.pos_ not in ("VERB", "AUX"):
            return set()
        verb = subject.head
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        sent_start = ctx.doc[at].sent.start
        out: set[str] = set()
        for obj in objects:
            if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"]
                                             for c in obj.children):
                continue
            for e in ctx.doc[:sent_start]:
                if e.lemma_ != obj.lemma_ or e.pos_ != "NOUN":
                    continue
                holders = [c for c in e.children if c.dep_ in ("poss", "amod", "compound")]
                if e.dep_ == "dobj" and e.head.pos_ == "VERB":
                    holders += [s_ for s_ in e.head.children if s_.dep_ == "nsubj"]
                for h in holders:
                    cand = ctx.covered.get(h.i)
                    if cand is not None and cand.resolution != "place":
                        country = self._known_country(ctx.actors[cand.key])
                        if country:
                            out.add(country)
        return out

    @staticmethod
    def _own_clause(ctx: ActorContext, at: int) -> set[int]:
        """(h22c) The tokens of the clause whose subject is the name at `at`, after the subject (what it acts on and the
        clauses it reports); empty when it is no verb's subject."""
        subject = first_conjunct(ctx.doc[at])
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = first_conjunct(subject.head)
        if subject.dep_ != "nsubj" or subject.head.pos_ not in ("VERB", "AUX"):
            return set()
        return {t.i for t in subject.head.subtree if t.i > subject.right_edge.i}

    def _acted_on_countries(self, ctx: ActorContext, at: int) -> set[str]:
        """The countries of the actors named in the object or prepositional phrases (not a clause it reports) of the
        verb whose subject is the name at `at` (none when it is no verb's subject)."""
        subject = first_conjunct(ctx.doc[at])
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = first_conjunct(subject.head)
        if subject.dep_ != "nsubj" or subject.head.pos_ not in ("VERB", "AUX"):
            return set()
        verb, edge = subject.head, subject.right_edge.i
        reported = {t.i for c in verb.children if c.dep_ in ("ccomp", "advcl", "conj") for t in c.subtree}
        clause = {t.i for t in verb.subtree if t.i > edge and t.i not in reported}
        return {country for c in ctx.cands if c.head in clause and c.resolution != "place"
                for spec in [ctx.actors[c.key]] for country in [spec.country or (spec.code or "")[:3]] if country}

    def _title_words(self, ctx: ActorContext, head: Token, start: int) -> tuple[str | None, str | None]:
        """Country and sector that the modifier words before a name give ("Kyrgyz Prime Minister"
        → KGZ, GOV); either may be None."""
        mods = [t for t in ctx.doc[head.left_edge.i:start] if t.dep_ in MODIFIER_DEPS]
        sector, _ = self._sector(mods)
        for t in mods:
            if t.text in self.kb.titles:
                sector = sector or self.kb.titles[t.text]
        sector = self.kb.sector_codes.get(sector, sector) if sector else None
        country = next((c for c in (self._country_of(ctx, m)[0] for m in mods) if c), None)
        if country is None and sector and mods:
            country = self._cut_off_title_country(ctx, mods[0])
        if country is None and sector:
            country = self._title_place(mods)
        if country is None and sector and mods:
            # (h20c) a title that names one country's institution ("House Speaker", "Senate Majority Leader":
            # coref.yaml `country_titles`)
            words = " " + ctx.doc[mods[0].i:start].text.replace("-", " ") + " "
            country = next((c for title, c in (self.vocab.get("country_titles") or {}).items()
                            if f" {title} " in words), None)
        return country, sector

    def _domestic_modifier(self, mods: list[Token]) -> bool:
        """(h33h) A modifier of a sector that faces its own country's rulers on a head of another sector ("Opposition
        lawmakers have accused Ruto", "opposition MPs criticised the president": LEG by the head, but an opposition
        all the same; coref.yaml `domestic_sectors`): the noun takes the country of whoever it acts on, or who acts
        on it, as an opposition does; no ruling or acting state body, whose country is never the one it acts on."""
        return any(self._sector_word(m) in self.vocab["domestic_sectors"] for m in mods if m.dep_ in ("compound", "amod"))

    def _cut_off_title_country(self, ctx: ActorContext, first: Token) -> str | None:
        """(h33h) The country named right before a title that the parser cut off the title's phrase ("..., saying Cook
        Islands[npadvmod] Prime Minister Mark Brown had failed to consult it"): a dictionary country's name ending
        where the title begins, hung on no verb or preposition as what it acts on (coref.yaml
        `cut_off_title_country_deps` are the dependencies that make it an argument: "after visiting China President
        X said" is no Chinese president)."""
        doc = ctx.doc
        if first.i == 0:
            return None
        prev = doc[first.i - 1]
        cand = ctx.covered.get(prev.i)
        if cand is None or cand.end != first.i or prev.pos_ != "PROPN" or cand.resolution == "place" \
                or ctx.actors[cand.key].kind != "country" \
                or prev.dep_ in (self.vocab.get("cut_off_title_country_deps") or ()):
            return None
        country = ctx.country_at(prev.i)
        return country if country and self.kb.country(country) else None

    def _title_place(self, mods: list[Token]) -> str | None:
        """The country of a place named before a title ("Saskatchewan Premier Scott Moe", "Kharkiv
        Governor Oleh Syniehubov"): the proper names right before the title words, as a first-level
        division or a city."""
        names: list[Token] = []
        if mods:
            # (a name the parser cut off the phrase: "Ontario[ROOT] Premier Doug Ford said")
            doc, i = mods[0].doc, mods[0].i
            while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].ent_type_ not in ("PERSON", "ORG"):
                i -= 1
            mods = [*doc[i:mods[0].i], *mods]
        for t in mods:
            if t.text in self.kb.titles or self._sector_word(t):
                break
            names = names + [t] if t.pos_ == "PROPN" else []
        if not names:
            return None
        place = geocode(" ".join(t.text for t in names), "GPE")
        return place["country"] if place and place["feature"] in ("admin1", "city") else None

    def _title_code(self, ctx: ActorContext, head: Token, start: int) -> str | None:
        """Country + sector that the title words before a name give ("Kyrgyz Prime Minister"), if
        they name both."""
        country, sector = self._title_words(ctx, head, start)
        return country + sector if country and sector and self.kb.country(country) else None

    def _titled_role(self, ctx: ActorContext, spec: _ActorSpec, head: Token, start: int) -> str | None:
        """The code of the one role of a dictionary person that the title written before their name
        names ("President Michel Suleiman" in an undated story → his presidency)."""
        entry = self.kb.entries.get(spec.entry or "")
        if entry is None:
            return None
        titles = [t.text for t in ctx.doc[head.left_edge.i:start] if t.dep_ in MODIFIER_DEPS and t.text in self.kb.titles]
        if not titles:
            return None
        title = titles[-1].lower().rstrip(".")
        codes = {r.code for r in entry.roles if r.title and title in r.title.lower().split()}
        return codes.pop() if len(codes) == 1 else None

    def _namesake(self, ctx: ActorContext, spec: _ActorSpec, head: Token, start: int) -> bool:
        """Whether the title written before a dictionary person's name names an office none of
        their roles ever was: a qualifier of the written title (coref.yaml `office_qualifiers`:
        "Defence" Minister, "Vice" President) that no role title of theirs has."""
        entry = self.kb.entries.get(spec.entry or "")
        if entry is None or not entry.roles:
            return False
        norm = self.vocab["qualifier_spellings"]
        words = [t.lower_ for t in ctx.doc[head.left_edge.i:start] if t.dep_ in MODIFIER_DEPS and t.text[:1].isupper()]
        if not any(w in self.vocab["office_nouns"] for w in words):
            return False
        written = {norm.get(w, w) for w in words if w in self.vocab["office_qualifiers"]}
        if not written:
            return False
        roles = [{norm.get(w, w) for w in re.findall(r"[a-z]+", r.title.lower())} for r in entry.roles if r.title]
        return bool(roles) and not any(written <= r for r in roles)

    def _title_body(self, ctx: ActorContext, head: Token, start: int) -> str | None:
        """The code of the one international organisation or group named in the title words before a name that
        hold a title or sector word ("EU trade chief", "U.N. envoy", "NATO Secretary-General"), with the title's
        sector when the body's code does not say it; None otherwise."""
        doc = ctx.doc
        mods = [t for t in doc[head.left_edge.i:start] if t.dep_ in MODIFIER_DEPS]
        sector, _ = self._sector(mods)
        titled = sector or any(t.text in self.kb.titles or t.lemma_.lower() in self.vocab["envoy_titles"]
                               or t.lemma_.lower() in self.kb.generic_heads for t in mods)
        if not titled:
            return None
        bodies = {(info[1], info[2], info[3]) for info in (self._actor_info(ctx, m) for m in mods)
                  if info[1] and info[2] in ("organisation", "group")}
        if len(bodies) != 1:
            return None
        org, kind, org_sector = bodies.pop()
        return self._org_agent(org, kind, org_sector, self.kb.sector_codes.get(sector, sector) if sector else None)

    def _past_title(self, ctx: ActorContext, head: Token, start: int) -> bool:
        """Whether the words before a name mark its title as past ("former President")."""
        return any(t.lower_ in self.vocab["past_role_modifiers"] for t in ctx.doc[head.left_edge.i:start])

    def _out_of_role(self, ctx: ActorContext, spec: _ActorSpec) -> bool:
        entry = self.kb.entries.get(spec.entry or "")
        return entry is not None and entry.kind == "person" and entry.role_on(ctx.day) is None

    def _text_role_fits(self, ctx: ActorContext, spec: _ActorSpec, code: str | None) -> bool:
        """Whether a dictionary person with no role on the article's date may take the role the
        text gives them ("The US commander in Iraq, General David Petraeus"): a country and sector
        code of their own country."""
        if spec.kind != "person" or not code or len(code) < 6 or not self._out_of_role(ctx, spec):
            return False
        return spec.country is None or code[:3] == spec.country

    def _name_before_apposition(self, ctx: ActorContext, head: Token) -> _Cand | None:
        """A proper name the parser did not tag as a person, followed by an apposition that names
        an actor ("Taras Hnatiuk, a Ukrainian lawmaker, said"): an unknown person."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in ctx.covered:
            return None
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        if head.ent_type_ not in ("", "PERSON") and (appos is None or appos.lemma_.lower() in self.vocab["collective_heads"]):
            return None  # "Gazprom, a Russian company": not a person
        start = head.i
        while start > 0 and ctx.doc[start - 1].pos_ == "PROPN" and ctx.doc[start - 1].head.i == head.i \
                and ctx.doc[start - 1].i not in ctx.covered and ctx.doc[start - 1].text not in self.kb.titles:
            start -= 1
        if start == head.i:
            return None  # a one-word name: too weak a cue
        name = ctx.doc[start:head.i + 1].text
        key = "person?:" + name
        if key not in ctx.actors:
            ctx.actors[key] = _ActorSpec(key, name, None, "unknown_person", first=ctx.doc[start].idx)
        cand = _Cand(start, head.i + 1, head.i, key, "ner", "PERSON")
        ctx.add(cand)
        return cand

    # -- 6. "the two countries", "both sides", "the two leaders" ------------------------------------
    def _is_pair(self, head: Token) -> bool:
        mods = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
        lemma = head.lemma_.lower()
        heads = self.vocab["pair_heads"] | self.vocab["party_pair_heads"] | self.vocab["person_pair_heads"]
        if lemma in self.vocab["person_pair_heads"] and not mods & (self.vocab["definite_determiners"] | self.vocab["pair_determiners"]):
            return False  # "arrested two men" are two men, "killed two community leaders" two leaders; "the
            # two men", "the two leaders" the two named before
        if lemma in self.vocab["party_pair_heads"] and not mods & (self.vocab["definite_determiners"] | self.vocab["pair_determiners"]) \
                and not mods & set(self.vocab["pair_modifiers"]) - {"two"} \
                and any(c.dep_ in ("amod", "compound") and c.i < head.i for c in head.children):
            return False  # (h26a) "barred two pro-Russian parties", "two opposition parties" are parties counted, not
            # the two sides named before ("the two parties", "both parties", "two warring parties" are)
        if lemma in heads and mods & self.vocab["distributive_determiners"] and _reciprocal_other(head, self.vocab):
            return True  # "each side accused the other"
        if lemma in self.vocab["pair_nouns"] and head.tag_ == "NN" and mods & self.vocab["definite_determiners"] \
                and not any(c.dep_ == "prep" for c in head.children):
            return True  # (h23e) "the pair signed a defence pact": the two people named before (not "the pair of jets")
        if self._definite_only(head) and mods == {"the"} and not any(
                c.dep_ in ("prep", "relcl", "acl", "poss", "compound", "amod", "appos") for c in head.children):
            return True  # (h26d) "urged the parties to honour their commitments": the two sides named before
        return lemma in heads and bool(mods & self.vocab["pair_modifiers"])

    def _pairs(self, ctx: ActorContext) -> None:
        """Two actors named before: people for "the two leaders", any party (a country, an armed
        group) for "both sides", countries for "the two countries"."""
        pending: list[_Cand] | None = None
        for head in ctx.doc:
            # (a bare "each" with "the other" is the two sides: "India and Pakistan exchanged fire, each accusing
            # the other")
            each = head.lower_ in self.vocab["distributive_determiners"] and head.dep_ in ("nsubj", "nsubjpass") \
                and _reciprocal_other(head, self.vocab)
            numeral = not each and self._bare_pair_numeral(head)
            if not each and not numeral and (head.pos_ != "NOUN" or not self._is_pair(head)) or head.i in ctx.covered:
                continue
            lemma = head.lemma_.lower()
            kind = "party" if each else "person" if lemma in self.vocab["person_pair_heads"] \
                or lemma in self.vocab["pair_nouns"] or numeral else \
                "party" if lemma in self.vocab["party_pair_heads"] else "country"
            if not each and not numeral and self._counted_before(ctx, head):
                continue  # (h26d) "Police arrested two men ... The two men were charged": the two men, not two named
            speakers, acting = self._pair_outsiders(head, kind)
            if numeral and not self._people_named_last(ctx, head, speakers):
                continue  # ("tensions between the two" after two countries: no pair of people)
            if pending is None:
                # a country named only by its adjective on a force's installation or a place ("Indian troops
                # fired on Pakistani posts ... China urged both sides"), which is coded last, counts as named
                # (not on any thing: "sanctions on Russian oil exports")
                heads = self.vocab["installation_heads"] | self.vocab["place_heads"]
                pending = [c for c in self._nationality_cands(ctx) if ctx.doc[c.head].lemma_.lower() in heads]
            if self._definite_only(head):
                # (h26d) "the parties" with no count: only a pair told as such, between, together or by a pair phrase
                seen = self._told_pair(ctx, head, kind, speakers)
            else:
                seen = self._pair_items(ctx, head, kind, speakers, acting, pending)
            # (p30) an item with no country (an entry of a user's PETRARCH dictionary coded with no country, e.g. a
            # person out of every dated restriction) is no member of the pair
            seen = [item for item in seen if item]
            if len(seen) < 2:
                continue
            members = []
            sector = self.vocab["pair_head_sectors"].get(lemma) if kind == "country" else None
            for item in reversed(seen):
                if item in ctx.actors:
                    members.append(item)
                    continue
                entry = self.kb.country(item)
                if entry:
                    members.append(ctx.actor_for_entry(entry, ctx.doc[head.i].idx, sector=sector))
            key = ctx.compound_of(members, ctx.doc[head.i].idx)
            ctx.add(_Cand(head.left_edge.i, head.i + 1, head.i, key, "description"))
            self._pair_owned(ctx, head, members)

    def _counted_groups(self, ctx: ActorContext) -> None:
        """(h32e) "the three countries", "all four nations" (coref.yaml `counted_groups`): a plural head of `heads` counted
        by a numeral of `numerals` above two, with a determiner of `determiners` and no modifier, owner or phrase of its
        own, is the countries of the last list of exactly that many countries named together ("Mali, Burkina Faso and
        Niger") in its sentence or the `lookback_sentences` before: each of them, of the head's sector (`sectors`:
        "the three juntas" are their armed forces). Not a count with no list of that size ("three countries",
        "the three countries" after a list of two or four), nor a described set ("the three Baltic states")."""
        vocab = self.vocab["counted_groups"]
        numerals = vocab["numerals"]
        for head in ctx.doc:
            lemma = head.lemma_.lower()
            if head.pos_ != "NOUN" or head.tag_ != "NNS" or lemma not in vocab["heads"]:
                continue
            cov = ctx.covered.get(head.i)
            if cov is not None and not (cov.head == head.i and cov.resolution in ("composed", "description")
                                        and ctx.actors[cov.key].kind != "compound"
                                        and not any(t.i in ctx.modifiers or t.ent_type_ in ("GPE", "NORP")
                                                    for t in ctx.doc[cov.start:cov.end])):
                continue  # (a sector head composed with no country of its own, "the three governments", is redone)
            counts = [c for c in head.children if c.dep_ == "nummod" and c.lower_ in numerals]
            if len(counts) != 1 or not any(c.dep_ in ("det", "predet") and c.lower_ in vocab["determiners"]
                                           for c in head.children) \
                    or any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in head.children):
                continue
            countries = self._listed_countries(ctx, head, int(numerals[counts[0].lower_]),
                                               int(vocab["lookback_sentences"]))
            if not countries:
                continue
            if cov is not None:
                ctx.remove(cov)
            sector = vocab["sectors"].get(lemma)
            first = ctx.doc[head.i].idx
            members = [ctx.actor_for_entry(self.kb.country(c), first, sector=sector) for c in countries]
            ctx.add(_Cand(head.left_edge.i, head.i + 1, head.i, ctx.compound_of(members, first), "description"))

    def _listed_countries(self, ctx: ActorContext, head: Token, n: int, back: int) -> list[str]:
        """(h32e) The countries of the nearest list before `head` (in its sentence or the `back` before) of exactly `n`
        names, each a different country, with only the joining words of coref.yaml `counted_groups.joiners` between
        them ("Burkina Faso, Niger and Mali"; the parser may hang a two-word name on the first as an apposition);
        [] when there is none (a longer or shorter list, or names apart)."""
        floor = ctx.window_start(head.i, back)
        joiners = set(self.vocab["counted_groups"]["joiners"])
        cands = sorted((c for c in ctx.cands if floor <= c.start and c.end <= head.left_edge.i), key=lambda c: c.start)
        runs: list[list[_Cand]] = []
        for c in cands:
            prev = runs[-1][-1] if runs else None
            if prev is not None and c.start == prev.start:
                continue
            gap = ctx.doc[prev.end:c.start] if prev is not None and prev.end <= c.start else None
            if gap is not None and len(gap) and all(t.lower_ in joiners for t in gap):
                runs[-1].append(c)
            else:
                runs.append([c])
        for run in reversed(runs):
            if len(run) != n:
                continue
            specs = [ctx.actors[c.key] for c in run]
            countries = [self._known_country(sp) if sp.kind in ("country", "composed") else None for sp in specs]
            if None not in countries and len(set(countries)) == n:
                return countries
        return []

    def _counted_before(self, ctx: ActorContext, head: Token) -> bool:
        """(h26d) Whether a pair phrase repeats a counted plural description of its own noun named shortly before (in the
        sentences `pair_lookback_sentences` reaches back): "arrested two men ... the two men" are those men."""
        floor = ctx.window_start(head.i, int(self.vocab["pair_lookback_sentences"]))
        lemma = head.lemma_.lower()
        return any(floor <= c.start < head.left_edge.i and ctx.doc[c.head].lemma_.lower() == lemma
                   and ctx.doc[c.head].tag_ == "NNS" and ctx.actors[c.key].kind != "compound"
                   and any(k.dep_ == "nummod" for k in ctx.doc[c.head].children) for c in ctx.cands)

    def _definite_only(self, head: Token) -> bool:
        """(h26d) A pair head of coref.yaml `definite_pair_heads` with "the" and no count ("the parties", "the neighbours")."""
        return head.lemma_.lower() in self.vocab.get("definite_pair_heads", ()) and head.tag_ == "NNS" \
            and not any(c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in self.vocab["pair_modifiers"]
                        | {"both"} for c in head.children)

    def _told_pair(self, ctx: ActorContext, head: Token, kind: str, speakers: set[int]) -> list[str]:
        """(h26d) The two a pair head with no count names ("urged the parties"), only when told as a pair: two its
        sentence names between, two named together (`_named_pair`), or the last pair phrase resolved in the sentences
        `joined_pair_lookback_sentences` reaches back ("mediators would keep working with both sides ... urged the
        parties"); [] otherwise (the two named last need not be the two sides)."""
        pair = self._between_pair(ctx, head, speakers) or self._named_pair(ctx, head, speakers, kind)
        if not pair:
            far = ctx.window_start(head.i, int(self.vocab.get("joined_pair_lookback_sentences", 8)))
            told = [c for c in ctx.cands if far <= c.start < head.i and c.head not in speakers
                    and c.resolution == "description" and ctx.actors[c.key].kind == "compound"
                    and len(ctx.actors[c.key].members) == 2]
            pair = list(ctx.actors[max(told, key=lambda c: c.start).key].members) if told else []
        if kind == "country":
            countries = [ctx.actors[m].country for m in pair]
            return countries if all(countries) and len(set(countries)) == 2 else []
        return pair

    def _pair_owned(self, ctx: ActorContext, head: Token, members: list[str]) -> None:
        """(h25i) A body of one sector "from both sides", "of the two countries" (coref.yaml `pair_owner_prepositions`)
        with no country written on it: that body of each of the two ("Army commanders from both sides met" are the
        Thai and Cambodian armies' commanders, not the army of the country named last)."""
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.vocab["pair_owner_prepositions"]:
            return
        owner = prep.head
        cand = ctx.covered.get(owner.i)
        if owner.pos_ != "NOUN" or cand is None or cand.head != owner.i or cand.resolution != "composed":
            return
        spec = ctx.actors[cand.key]
        if spec.kind != "composed" or not spec.sector or not spec.code or len(members) != 2 \
                or any(t.i in ctx.modifiers or t.ent_type_ in ("GPE", "NORP") for t in ctx.doc[cand.start:cand.end]):
            return  # ("Thai army commanders": the country it names)
        countries = [self._known_country(ctx.actors[m]) for m in members]
        if None in countries or len(set(countries)) != 2 or spec.country not in countries:
            return
        parts = []
        for c in countries:
            mcode = c + spec.code[3:]
            mkey = _composed_key(mcode, owner)
            if mkey not in ctx.actors:
                ctx.actors[mkey] = _ActorSpec(mkey, spec.name, mcode, "composed", country=c, sector=spec.sector,
                                              first=ctx.doc[cand.start].idx, head=spec.head)
            parts.append(mkey)
        key = ctx.compound_of(parts, ctx.doc[cand.start].idx)
        ctx.remove(cand)
        ctx.add(_Cand(cand.start, cand.end, cand.head, key, "description"))

    def _bare_pair_numeral(self, head: Token) -> bool:
        """(h25h) "the two" with no noun ("opened a criminal investigation against the two"): a numeral of coref.yaml
        `bare_pair_numerals` after a definite determiner, heading its own phrase as a subject or object."""
        return head.lower_ in self.vocab.get("bare_pair_numerals", ()) and head.pos_ == "NUM" \
            and head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") \
            and any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"] for c in head.children) \
            and not any(c.dep_ in ("prep", "compound", "amod") for c in head.children)

    def _people_named_last(self, ctx: ActorContext, head: Token, speakers: set[int]) -> bool:
        """(h25h) Whether the two actors named nearest before `head` (no place, none of `speakers`, in its sentence or
        the `pair_lookback_sentences` before) are two people: "the two" is then them, as "the pair" is."""
        floor = ctx.window_start(head.i, int(self.vocab["pair_lookback_sentences"]))
        near: list[str] = []
        for c in sorted(ctx.cands, key=lambda c: (-c.start, -c.end)):
            if c.start >= head.i or c.start < floor or c.head in speakers or c.resolution == "place" or c.key in near:
                continue
            near.append(c.key)
            if len(near) == 2:
                break
        return len(near) == 2 and all(ctx.actors[k].kind in ("person", "unknown_person") for k in near)

    def _pair_outsiders(self, head: Token, kind: str) -> tuple[set[int], set[int]]:
        """The tokens of those who are not one of the two a pair phrase at `head` names (`speakers`),
        and among them those who act on the two or stand between them (`acting`)."""
        # who speaks of both sides is not one of them ("China called for restraint on both sides");
        # a country may be one of "the two neighbours" it speaks of
        speakers: set[int] = set()
        verb = governing_verb(head)
        if kind == "party" or _acted_on(head, verb):
            # ... nor is who acts on the two ("the United States urged both countries"), nor who
            # mediated with them in a clause on them ("Qatar, which together with Turkey brokered a
            # ceasefire ..., called on both sides")
            subj, _passive = syntax_subject(verb)
            speakers = {t.i for c in subj for t in _phrase_core(c)}
            speakers |= {t.i for c in subj for r in c.children if r.dep_ == "relcl" for t in self._partners(r)}
        # ... nor who stands between the two ("the United States will host talks between the two
        # countries")
        mediators = {t.i for c in self._mediators(head) for t in _phrase_core(c)}
        speakers |= mediators
        # (who acts on the two or stands between them, not who reports it, nor the two themselves)
        acting = {i for i in speakers if not head.left_edge.i <= i <= head.i} if _acted_on(head, verb) else mediators
        if kind in ("party", "person"):
            reporter = reporting_verb(verb)
            if reporter is not None:
                # ... nor is who reports it ("Hungary said the attack showed ... and urged both sides";
                # "Trump, who hosted the ceremony, said the two leaders had committed to ...")
                rsubj, _p = syntax_subject(reporter)
                speakers |= {t.i for c in rsubj for t in _phrase_core(c)}
                if rsubj and all(c.pos_ == "PRON" for c in rsubj) and head.sent.start > 0:
                    # ... also through a pronoun that continues the last sentence's reporter ("..., Qatar's foreign
                    # ministry said in a statement. It said both sides had committed to ...": not Qatar)
                    prev = head.doc[head.sent.start - 1].sent
                    speakers |= {t.i for v in prev if v.lemma_.lower() in self.speech_verbs and v.pos_ in ("VERB", "AUX")
                                 for c in syntax_subject(v)[0] for t in _phrase_core(c)}
        return speakers, acting

    def _pair_items(self, ctx: ActorContext, head: Token, kind: str, speakers: set[int], acting: set[int],
                    pending: list[_Cand] = ()) -> list[str]:
        """The two a pair phrase names: actor keys (people, parties) or country codes, nearest first."""
        # (for "the two countries", not the countries of those who act on them: "Trump signed
        # separate agreements with both countries" are not the United States)
        speaker_countries = {ctx.actors[ctx.covered[i].key].country for i in speakers
                             if i in ctx.covered and ctx.covered[i].resolution != "place"} - {None}
        seen: list[str] = []
        # the nearest parties named before; a country named only as a place ("drones at Ukraine")
        # only when fewer than two are named otherwise
        # (of two mentions that start together, the whole phrase before its possessor: "Congo's government")
        cands = sorted((c for c in [*ctx.cands, *pending] if c.start < head.i and c.head not in speakers),
                       key=lambda c: (c.resolution == "place", -c.start, -c.end))
        if kind != "person":
            # ... but first the two its own sentence names as sides ("Oman, which has mediated between
            # Washington and the Houthis, urged both sides"), then two named together as one party
            # pair in the last three sentences ("Thai and Cambodian troops exchanged fire ... China
            # urged both sides"), not a mediator named since
            pair = self._between_pair(ctx, head, speakers) or self._named_pair(ctx, head, speakers, kind)
            if pair:
                seen = pair if kind == "party" else [ctx.actors[m].country for m in pair]
                cands = []
        if kind == "person" and head.lemma_.lower() in self.vocab["leader_pair_heads"]:
            # (h23e) "the two leaders" are two people leading their country or body, when two are named: not the ministers
            # named after them ("Trump met Putin ... Rubio and Lavrov also attended. The two leaders agreed")
            words = self.vocab["leader_title_words"]
            leading = [c for c in cands if ctx.actors[c.key].kind == "person" and ctx.actors[c.key].code
                       and any(w in (ctx.actors[c.key].title or "").lower() for w in words)]
            if len({c.key for c in leading}) >= 2:
                cands = leading
        titled: set[int] = set()
        if kind == "person" and head.lemma_.lower() in self.vocab.get("titled_pair_heads", {}):
            # (h26d) "both ministers" are two people whose title names the office, by name or by a one-person title ("her
            # Rwandan counterpart"), when two are named: not the secretary of state who hosted them
            words = self.vocab["titled_pair_heads"][head.lemma_.lower()]
            titled = {id(c) for c in cands if self._titled_one(ctx, c, words)}
            if len({c.key for c in cands if id(c) in titled}) >= 2:
                cands = [c for c in cands if id(c) in titled]
            else:
                titled = set()
        if kind == "person":
            # (h26d) ... and the two of them named together by "and" in the sentences `joined_pair_lookback_sentences`
            # reaches back, not one named since besides them ("Mudavadi and his Somali counterpart held talks ... Rubio also
            # attended ... Ruto received both ministers")
            joined = self._joined_pair(ctx, head, cands)
            if joined:
                return joined
        found: list[tuple[str, str]] = []  # (item, side) of each candidate, nearest first
        chosen: list[_Cand] = []  # the mentions `seen` was taken from
        for c in cands:
            if c.resolution == "place" and (kind != "party" or ctx.actors[c.key].kind != "country"):
                continue
            item = self._pair_item(ctx, ctx.actors[c.key], kind, speaker_countries) \
                or (c.key if id(c) in titled else None)
            if item and id(c) in titled and any(o.key != c.key and ctx.actors[o.key].code == ctx.actors[c.key].code
                                                and (0 <= c.start - o.end <= 2 or 0 <= o.start - c.end <= 2)
                                                for o in chosen):
                continue  # (one person named by title and name: "her Rwandan counterpart, Olivier Nduhungirehe")
            if item and kind == "party" and acting:
                # (the two sides someone else acts on are the story's principal ones: below)
                found.append((item, self._side(ctx, item)))
                continue
            if item and kind == "party" and any(same_side(self._side(ctx, item), self._side(ctx, x)) for x in seen):
                continue  # (one side named twice: "Hungary's prime minister ... Hungary", "the army ... the army")
            if item and item not in seen:
                seen.append(item)
                chosen.append(c)
            if len(seen) == 2:
                break
        if len(seen) == 2 and any(self._many_named(ctx, c, kind, speaker_countries) for c in chosen):
            return []  # (h23e) "Russia, Ukraine and the United States held talks ... The two sides": which two is not told
        if len(seen) == 2 and not acting and kind in self.vocab.get("principal_pair_kinds", ()) \
                and not any(self._subject_like(ctx.doc[c.head]) for c in chosen):
            # (h19b) two named last only as what a third acts on ("Sharif thanked Trump and praised China, Saudi Arabia
            # and other friendly countries ... the two sides had agreed to start talks") are no pair's sides: the
            # story's principal sides are (coref.yaml `principal_pair_kinds`)
            every = [(item, item if kind == "country" else self._side(ctx, item)) for c in cands
                     if not (c.resolution == "place" and (kind != "party" or ctx.actors[c.key].kind != "country"))
                     for item in [self._pair_item(ctx, ctx.actors[c.key], kind, speaker_countries)] if item]
            principal = self._principal_sides(ctx, every, set())
            if len(principal) == 2:
                seen = principal
        if kind == "party" and not acting:
            seen = self._as_countries(ctx, seen)
        if found and acting:
            # (the country of who acts on the two is no side: "Malaysia urged both sides")
            seen = self._as_countries(ctx, self._principal_sides(
                ctx, found, {ctx.actors[ctx.covered[i].key].country for i in acting
                             if i in ctx.covered and ctx.covered[i].resolution != "place"}))
        return seen

    def _joined_pair(self, ctx: ActorContext, head: Token, cands: list[_Cand]) -> list[str]:
        """(h26d) The last two people among `cands` joined by "and" as a subject ("Kenyan Foreign Minister Mudavadi and
        his Somali counterpart held talks") before `head`, in its sentence or the `joined_pair_lookback_sentences` before,
        nearest first: not two of three or more, nor onlookers of a circumstance, nor two besides others ("also")."""
        far = ctx.window_start(head.i, int(self.vocab.get("joined_pair_lookback_sentences",
                                                          self.vocab["pair_lookback_sentences"])))
        # (people, or one person named by a title alone: "his Somali counterpart", not "police and soldiers")
        by_head = {c.head: c for c in cands if ctx.actors[c.key].code and (
            ctx.actors[c.key].kind in ("person", "unknown_person") or ctx.actors[c.key].kind == "composed"
            and ctx.doc[c.head].tag_ in ("NN", "NNP")
            and ctx.doc[c.head].lemma_.lower() in self.vocab["title_heads"] | self.vocab["person_pair_heads"])}
        for c in cands:
            tok = ctx.doc[c.head]
            if c.start < far or c.head not in by_head or tok.dep_ != "conj" or tok.head.i not in by_head:
                continue
            first = tok.head
            other = by_head[first.i]
            if other.key == c.key or ctx.actors[other.key].code == ctx.actors[c.key].code and \
                    ctx.actors[c.key].kind != "person" or not self._subject_like(first) \
                    or len(list(coordinated(first_conjunct(first)))) > 1:
                continue
            clause = first_conjunct(first).head
            if clause.tag_ in self.vocab["pair_circumstance_tags"] and clause.dep_ in self.vocab["pair_circumstance_deps"] \
                    or any(k.dep_ == "advmod" and k.lower_ in self.vocab.get("pair_additive_adverbs", ())
                           for k in clause.children):
                continue
            return [c.key, other.key]
        return []

    def _titled_one(self, ctx: ActorContext, cand: _Cand, words: list[str]) -> bool:
        """(h26d) Whether a mention is one coded person whose title has one of `words`: a known person by the role on
        the date ("Foreign Minister"), or a one-person title description ("her Rwandan counterpart", "Kenya's foreign
        minister")."""
        spec = ctx.actors[cand.key]
        if not spec.code:
            return False
        if spec.kind in ("person", "unknown_person"):
            # (its role's title, or the title written before its name: "Kenyan Foreign Minister Musalia Mudavadi")
            before = ctx.doc[min(ctx.doc[cand.head].left_edge.i, cand.start):cand.start]
            title = " ".join([(spec.title or "").lower(), *(t.lower_ for t in before)])
        elif spec.kind == "composed" and ctx.doc[cand.head].tag_ in ("NN", "NNP") \
                and ctx.doc[cand.head].lemma_.lower() in self.vocab["title_heads"] | set(words):
            title = " ".join(t.lower_ for t in ctx.doc[cand.start:cand.end])
        else:
            return False
        return any(w in title for w in words)

    def _many_named(self, ctx: ActorContext, cand: _Cand, kind: str, speaker_countries: set[str]) -> bool:
        """(h23e) Whether a mention a pair phrase would take is one of three or more of its kind named together ("Russia,
        Ukraine and the United States", "Trump, Putin and Zelensky"): the phrase has more candidates than two."""
        top = first_conjunct(ctx.doc[cand.head])
        items = set()
        for t in (top, *coordinated(top)):
            c = ctx.covered.get(t.i)
            if c is not None and c.resolution != "place":
                item = self._pair_item(ctx, ctx.actors[c.key], kind, speaker_countries)
                if item:
                    items.add(item)
        return len(items) > 2

    @staticmethod
    def _subject_like(tok: Token) -> bool:
        """A mention that is (or owns, or names part of) its clause's subject ("Kenya and Somalia signed", "Kenya's
        president said"), not only what another acts on."""
        t = first_conjunct(tok)
        for _ in range(3):
            if t.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return True
            if t.dep_ not in ("poss", "compound", "amod", "nmod", "appos") or t.head.i == t.i:
                return False
            t = first_conjunct(t.head)
        return False

    def _pair_item(self, ctx: ActorContext, spec: _ActorSpec, kind: str, speaker_countries: set[str]) -> str | None:
        """What an actor named before counts as for a pair phrase of `kind`: itself (a person; for
        "both sides" a country, an armed group, an armed force or a state body), its country, or
        nothing."""
        country = spec.country or (spec.code[:3] if spec.code else None)
        if spec.kind == "person" and spec.code and not self.kb.country(spec.code[:3]):
            country = None  # the UN Secretary-General is no party for Portugal
        if kind == "person":
            return spec.key if spec.kind == "person" and spec.code else None
        if kind == "party":
            # a country, an armed group, or an armed force as itself ("the army and the RSF")
            # (or a state body, "Congo's government": two states' bodies become their countries
            # in _as_countries, a civil war's state side stays its body)
            if spec.kind in ("country", "group") or spec.kind == "composed" and (
                    spec.sector in self.vocab["armed_sectors"] or spec.sector in self.vocab["state_body_sectors"]):
                return spec.key
            if spec.kind == "person" and spec.code and spec.code[3:6] in self.vocab["non_state_sectors"]:
                # (h23e) a leader of an armed group is on the group's side, not their country's ("Hamas official Khalil
                # al-Hayya accused Israel ... The two sides": Hamas and Israel, not Hamas and Palestine)
                return next((k for k, a in ctx.actors.items() if a.kind == "group" and a.code == spec.code), spec.key)
            return country if spec.kind in ("composed", "person") and country and self.kb.country(country) \
                and spec.sector not in self.vocab["non_party_sectors"] else None
        return country if spec.kind in ("country", "composed", "person", "group") and country \
            and self.kb.country(country) and country not in speaker_countries else None

    def _side(self, ctx: ActorContext, item: str) -> str:
        """The side a party is on, by the one convention of `sides.party_side` (the discourse reader's too): a
        country, its state bodies and its police, courts and intelligence are one side ("Myanmar's military
        government", "the junta"); an opposition, rebels or any other body of the country is a side of its own, by
        its full code (a civil war's sides are of one country; two armed groups are two sides, a body and a part
        of it one: `sides.same_side`); an international body is its organisation."""
        if item not in ctx.actors:
            return item  # a country code
        spec = ctx.actors[item]
        code = spec.code or item
        if not spec.code and spec.kind == "country":
            return spec.country or code[:3]
        return party_side(code, spec.kind, spec.country or code[:3], self.vocab) or code

    @staticmethod
    def _principal_sides(ctx: ActorContext, found: list[tuple[str, str]], outside: set[str | None]) -> list[str]:
        """The two sides of "both sides": those the article named most often before it, nearest first
        among equals, each by its nearest mention ("Myanmar's military government ... the Arakan
        Army ... the NUG ... Malaysia's prime minister said ... the junta ... urged both sides": the
        junta and the NUG's side, not Malaysia, named once); not of the `outside` countries."""
        def bare(item: str) -> bool:  # a country, not one of its bodies
            return item not in ctx.actors or ctx.actors[item].kind == "country"

        counts: dict[str, int] = {}
        mentions: dict[str, list[str]] = {}  # side → its items, nearest first
        keyed: list[tuple[str, str]] = []
        for item, side in found:  # (a body and a part of it are one side: `sides.same_side`)
            side = side_key(side, {sd for _i, sd in keyed})
            keyed.append((item, side))
        found = keyed
        for item, side in found:
            if side in outside:
                continue
            counts[side] = counts.get(side, 0) + 1
            mentions.setdefault(side, []).append(item)
        first = {sd: rank for rank, sd in enumerate(dict.fromkeys(sd for _i, sd in found if sd in counts))}
        sides = sorted(sorted(counts, key=lambda sd: (-counts[sd], first[sd]))[:2], key=first.get)
        # each side by its nearest mention; two countries' sides by the country when it is named ("India
        # and Pakistan", not their armies), a civil war's state side by its body ("the junta", "the Sudanese
        # Armed Forces", not "Myanmar", "Sudan")
        civil = len({sd[:3] for sd in sides}) == 1
        return [next((i for i in mentions[sd] if bare(i) != civil), mentions[sd][0]) for sd in sides]

    def _as_countries(self, ctx: ActorContext, seen: list[str]) -> list[str]:
        """Two states' sides as their countries ("20 Indian soldiers were killed ... four Chinese troops
        ... The two sides reached a deal": India and China, not the soldiers); a civil war's, an armed
        group's or one country's sides as they are."""
        sides = [self._side(ctx, x) for x in seen]
        if len(sides) != 2 or sides[0][:3] == sides[1][:3] or any(len(sd) != 3 for sd in sides):
            return seen
        return sides

    def _between_pair(self, ctx: ActorContext, head: Token, speakers: set[int]) -> list[str]:
        """The two actors of a "between X and Y" phrase before `head` in its sentence."""
        for prep in head.sent:
            if prep.i >= head.i or prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
            keys = []
            for o in objs:
                cand = ctx.covered.get(o.i)
                if cand is not None and cand.head not in speakers and ctx.actors[cand.key].code \
                        and cand.key not in keys:
                    keys.append(cand.key)
            if len(keys) == 2:
                return keys
        return []

    def _named_pair(self, ctx: ActorContext, head: Token, speakers: set[int], kind: str = "party") -> list[str]:
        """The members of the last pair of two countries' actors named together before `head`
        (a compound actor: "Thai and Cambodian troops", "Russian and Ukrainian delegations") in its
        sentence or the two before, none of them a speaker; for "the two countries", "the two neighbours" also
        two countries' actors joined by "and" as a subject ("Ethiopia and Somalia agreed", "Abiy Ahmed and Hassan
        Sheikh Mohamud met") or a pair phrase resolved so, in the sentences coref.yaml `pair_lookback_sentences` reaches back."""
        floor = ctx.window_start(head.i, 2)
        pairs = [c for c in ctx.cands if floor <= c.start < head.i and c.head not in speakers
                 and ctx.actors[c.key].kind == "compound" and len(ctx.actors[c.key].members) == 2]
        joined: list[tuple[int, list[str]]] = []  # (start, the two actors' keys) of pairs joined by "and"
        if kind == "country" or kind == "party" and speakers:
            # ((h23e) also "both sides" someone acts on: "Pakistan and Afghanistan agreed to a ceasefire after talks
            # mediated by Qatar ... The U.N. chief urged both sides to respect it", not Qatar, named more often)
            # (h19d) "Erdogan said the two neighbours had taken the first step": the two the story named together
            # (Ethiopia and Somalia), not the two named last (Turkey and Somalia)
            far = ctx.window_start(head.i, int(self.vocab["pair_lookback_sentences"]))
            pairs += [c for c in ctx.cands if far <= c.start < floor and c.head not in speakers
                      and ctx.actors[c.key].kind == "compound" and len(ctx.actors[c.key].members) == 2
                      and c.resolution == "description"]
            for c in ctx.cands:
                tok = ctx.doc[c.head]
                first = tok.head
                if not (far <= c.start < head.i and tok.dep_ == "conj" and c.resolution != "place"
                        and c.head not in speakers and first.i in ctx.covered and first.i not in speakers) \
                        or sum(1 for k in first.children if k.dep_ == "conj") != 1 or tok.children and any(
                            k.dep_ == "conj" for k in tok.children):
                    continue
                other = ctx.covered[first.i]
                if other.resolution == "place" or other.key == c.key or not self._subject_like(first):
                    continue  # (two a third party acts on are no pair: "Anwar praised Japan and China")
                if len(list(coordinated(first_conjunct(first)))) > 1:
                    continue  # (h23e) two of three or more named together ("Russia, Ukraine and the United States") are no pair
                clause = first_conjunct(first).head
                if clause.tag_ in self.vocab["pair_circumstance_tags"] and clause.dep_ in self.vocab["pair_circumstance_deps"]:
                    continue  # (h23e) onlookers of a circumstance ("..., with Trump and Anwar looking on") are no pair
                if any(k.dep_ == "advmod" and k.lower_ in self.vocab.get("pair_additive_adverbs", ()) for k in clause.children):
                    continue  # (h24h) two there besides others ("The United States and China also sent representatives")
                countries = [ctx.actors[k].country for k in (other.key, c.key)]
                kinds = ("country", "person", "composed") + (("group",) if kind == "party" else ())
                if all(countries) and countries[0] != countries[1] and all(self.kb.country(x) for x in countries) \
                        and all(ctx.actors[k].kind in kinds for k in (other.key, c.key)):
                    joined.append((other.start, [other.key, c.key]))
        ordered = sorted([(c.start, c, list(ctx.actors[c.key].members)) for c in pairs]
                         + [(start, None, keys) for start, keys in joined], key=lambda x: -x[0])
        for _start, c, members in ordered:
            if c is None:
                return members  # (two joined by "and")
            countries = [ctx.actors[m].country for m in members]
            if all(countries) and countries[0] != countries[1]:
                return members
            # ... or a pair of sides resolved before ("talks between the warring parties ... urged
            # both sides"), which may be of one country (a civil war's army and militia)
            codes = [ctx.actors[m].code for m in members]
            if c.resolution == "description" and all(codes) and codes[0] != codes[1]:
                return members
        return []

    # -- 7. pronouns ------------------------------------------------------------------------------
    def _pronouns(self, ctx: ActorContext) -> None:
        def titled(c: _Cand) -> bool:
            # one person named by a title only ("Ukraine's foreign minister ... he told reporters")
            head = ctx.doc[c.head]
            return c.resolution == "composed" and head.tag_ in ("NN", "NNP") \
                and head.lemma_.lower() in self.vocab["title_heads"]

        named = sorted((c for c in ctx.cands if ctx.actors[c.key].kind in ("person", "unknown_person")),
                       key=lambda c: c.start)
        titles = sorted((c for c in ctx.cands if titled(c)), key=lambda c: c.start)
        pronoun_sex = {w: g for g, words in self.vocab.get("gendered_pronouns", {}).items() for w in words}
        sexes = self._person_sexes(ctx)
        preferred = self.vocab.get("preferred_pronoun_sexes") or ()
        for tok in ctx.doc if named or titles else ():
            if tok.pos_ != "PRON" or tok.lower_ not in self.vocab["person_pronouns"] or tok.i in ctx.covered:
                continue
            # a title stands for "he" only in a text that names no person before it
            before = [c for c in named if c.start < tok.i] or [c for c in titles if c.start < tok.i]
            # not a person a kin noun gave the other sex ("his" is not "Sevrin's wife, Olga Sevrina"; "him" is not
            # "his wife")
            sex = pronoun_sex.get(tok.lower_)
            if sex and sexes:
                before = [c for c in before if sexes.get(c.key, sex) == sex]
            if tok.dep_ in ("dobj", "iobj", "dative", "pobj") and before and before[0] in named:
                # (h20e) ... and an object pronoun may mean one named by a title only in its own sentence ("Germany
                # summoned the Turkish ambassador and handed him a note": the ambassador, not a leader named before)
                own = [c for c in titles if tok.sent.start <= c.start < tok.i and c not in before]
                before = sorted(before + own, key=lambda c: c.start)
            bound_title = self._bound_title(tok, titles, named, sexes, sex)
            if bound_title is not None:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, bound_title.key, "pronoun"))
                continue
            subjects = self._clause_subjects(tok)
            if subjects and tok.lower_ not in self.vocab["reflexive_pronouns"]:
                # "Trump later accused him": an object pronoun is not its own clause's subject
                bound = {c.key for c in before if any(c.start <= i < c.end for i in subjects)}
                before = [c for c in before if c.key not in bound]
            # ("Ali said ... that his government had asked the council": the possessor of a reported clause's
            # subject is its reporter too, not a person named in the clause before it)
            reported = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head \
                if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") else None
            if before and reported is not None and (verb := reporting_verb(reported)) is not None:
                # "Lula ... said he would invite Xi": the subject of a reported clause is its reporter,
                # when the reporter is a person named before
                subj, passive = syntax_subject(verb)
                said = [c for c in before if not passive and any(c.start <= t.i < c.end for t in subj)]
                if said:
                    ctx.add(_Cand(tok.i, tok.i + 1, tok.i, said[-1].key, "pronoun"))
                    continue
            owner = self._circumstance_owner(ctx, tok, before) if before and tok.dep_ == "poss" else None
            accused = self._charge_denier(ctx, tok, before) if before else None
            if accused is not None:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, accused.key, "pronoun"))
                continue
            if before:
                chosen = owner or self._antecedent(ctx, tok, before)
                if sex in preferred and chosen.key not in sexes:
                    # (h21a) "she" whose antecedent by position is a person of no known sex: a woman named in its
                    # sentence or the one before, if any (coref.yaml `preferred_pronoun_sexes`)
                    first = tok.sent.start if tok.sent.start == 0 else ctx.doc[tok.sent.start - 1].sent.start
                    marked = [c for c in before if c.start >= first and sexes.get(c.key) == sex]
                    if marked:
                        chosen = self._antecedent(ctx, tok, marked)
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, chosen.key, "pronoun"))
        self._charge_denier_pronouns(ctx)
        self._thing_pronouns(ctx)
        self._plural_pronouns(ctx)

    def _bound_title(self, tok: Token, titles: list, named: list, sexes: dict, sex: str | None):
        """(h33g) The person named by a title only ("Haiti's prime minister", "Kenya's president") who is the subject of
        the clause a subject pronoun's clause depends on (coref.yaml `bound_pronoun_clause_deps`: "Haiti's prime
        minister condemned what he called ...", "Kenya's president said he would ...", "The minister resigned after she
        was accused"), in the pronoun's own sentence: that person, also when a person was named by name before
        (whom the title rule above leaves a pronoun to). None when a person named by name is that subject too, or when
        the title's person is of the other sex."""
        deps = self.vocab.get("bound_pronoun_clause_deps") or ()
        if not titles or not deps or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        if clause.dep_ not in deps or clause.head.i == clause.i:
            return None
        subj, passive = syntax_subject(clause.head)
        if not subj:
            return None
        inside = lambda c: any(c.start <= t.i < c.end for t in subj)  # noqa: E731
        if any(inside(c) for c in named):
            return None
        found = [c for c in titles if tok.sent.start <= c.start < tok.i and inside(c)
                 and (sex is None or sexes.get(c.key, sex) == sex)]
        return found[-1] if found else None

    def _person_sexes(self, ctx: ActorContext) -> dict[str, str]:
        """The sex the text tells of each person named (actor key → "female"/"male"), for pronouns: a kin noun that
        names them, by apposition ("Sevrin's wife, Olga Sevrina"; h20c) or as the mention's own head ("his wife";
        h20e; coref.yaml `kin_gender`); (h21a) a word of `person_gender_words` written before the name in its title
        ("Mrs Lazaro", "Kremlin spokeswoman Maria Zakharova", "Queen Rania"), as the head of a description of them
        ("the spokeswoman") or apposed to the name ("Kira Yarmysh, his spokeswoman"); the first word of the person's
        name, past honorifics, in given_names.yaml ("Ursula von der Leyen"). A person told of both sexes has none."""
        doc = ctx.doc
        words: dict[str, str] = {}
        for table in (self.vocab.get("kin_gender") or {}, self.vocab.get("person_gender_words") or {}):
            for sex, ws in table.items():
                words.update({w: sex for w in ws})
        given = given_name_sexes()
        span = self.vocab.get("person_gender_title_span", 4)
        found: dict[str, set[str]] = {}

        def word_sex(t: Token) -> str | None:
            return words.get(t.lower_.rstrip(".")) or words.get(t.lemma_.lower())

        for key, sex in ctx.genders.items():
            found.setdefault(key, set()).add(sex)
        for c in ctx.cands:
            spec = ctx.actors.get(c.key)
            if spec is None or spec.kind not in ("person", "unknown_person") or c.resolution == "pronoun":
                continue
            head = doc[c.head]
            told = set()
            if c.resolution not in ("dictionary", "ner", "surname") and (sex := word_sex(head)):
                told.add(sex)  # "the spokeswoman", "his wife"
            # the title run before the name, and the title words the mention itself opens with
            toks = [doc[j] for j in range(c.start, c.head)]
            j = c.start - 1
            while j >= max(head.sent.start, c.start - span) and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ")
                                                                  or doc[j].text in self.kb.titles):
                toks.append(doc[j])
                j -= 1
            sex = next((x for x in map(word_sex, toks) if x), None)
            if sex:
                told.add(sex)
            # a noun apposed to the name, or the name apposed to the noun
            apposed = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            for t in apposed:
                if t.pos_ == "NOUN" and (sex := word_sex(t)):
                    told.add(sex)
            if told:
                found.setdefault(c.key, set()).update(told)
        for key, spec in ctx.actors.items():
            if spec.kind not in ("person", "unknown_person") or not spec.name:
                continue
            names = spec.name.split()
            whole = len(names)
            while names and names[0] in self.kb.titles:
                names = names[1:]  # ("Sheikh Hasina": Hasina)
            if whole >= 2 and names and names[0] in given:
                found.setdefault(key, set()).add(given[names[0]])
        return {key: next(iter(sexes)) for key, sexes in found.items() if len(sexes) == 1}

    def _charge_denier(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> _Cand | None:
        """The subject pronoun of a denial in a relative clause on a charge that closes an accusation
        ("Kyiv accused Fico of ..., a charge he rejected"; "X was accused of ..., an accusation she denies") is
        the accused, not the person named last (coref.yaml `charge_denial_nouns`, `charge_denial_verbs`,
        `charge_accusing_verbs`). None when the clause's accusation has no one accused named before."""
        keys = {c.key for c in before}
        found = [c for c in self._charge_accused(ctx, tok) if c.key in keys]
        return found[0] if len(found) == 1 else None

    def _charge_accused(self, ctx: ActorContext, tok: Token) -> list[_Cand]:
        """The accused of the accusation a charge noun closes, when `tok` is the subject of a denial in a relative
        clause on that noun (see `_charge_denier`): the accusing verb's object (its subject when passive) and their
        conjuncts. (h34e) The noun is apposed to the accusation's last noun as often as to the accused ("accused Iran
        of arming the Houthis[dobj of arming], a charge[appos] it denies"): the accusing verb is the first verb of
        `charge_accusing_verbs` above the noun, through its heads. [] when there is none."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lemma_.lower() not in self.vocab.get(
                "charge_denial_verbs", ()):
            return []
        noun = verb.head
        if noun.lemma_.lower() not in self.vocab.get("charge_denial_nouns", ()) or noun.i > tok.i:
            return []
        accusing_verbs = self.vocab.get("charge_accusing_verbs", ())
        accusing = noun.head
        for _ in range(self.vocab.get("charge_accusation_climb", 0)):
            if accusing.lemma_.lower() in accusing_verbs and accusing.pos_ == "VERB" or accusing.head.i == accusing.i:
                break
            accusing = accusing.head
        if accusing.lemma_.lower() not in accusing_verbs or accusing.i >= noun.i:
            return []
        deps = ("dobj",) if not any(c.dep_ == "auxpass" for c in accusing.children) else ("nsubjpass",)
        toks = [t for c in accusing.children if c.dep_ in deps for t in (c, *c.conjuncts)]
        return list({ctx.covered[t.i].key: ctx.covered[t.i] for t in toks if t.i in ctx.covered}.values())

    def _charge_denier_pronouns(self, ctx: ActorContext) -> None:
        """(h34e) "it" and "they" as the subject of a denial in a relative clause on a charge that closes an accusation
        are the accused, as "he" is (`_charge_denier`): "The United States accused Iran of arming the Houthis, a charge
        it denies" → Iran, not the accuser named last; "The army and the RSF have both been accused ... of war crimes,
        charges they deny" → the two together (a singular "it" takes one accused only)."""
        plural = self.vocab["plural_pronouns"]
        words = set(self.vocab["thing_pronouns"]) | set(plural)
        for tok in ctx.doc:
            if tok.lower_ not in words or tok.pos_ != "PRON" or tok.i in ctx.covered:
                continue
            accused = self._charge_accused(ctx, tok)
            if len(accused) == 1:
                key = accused[0].key
            elif len(accused) > 1 and tok.lower_ in plural:
                key = ctx.compound_of([c.key for c in accused], ctx.doc[accused[0].start].idx)
            else:
                continue
            ctx.add(_Cand(tok.i, tok.i + 1, tok.i, key, "pronoun"))

    def _circumstance_owner(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> _Cand | None:
        """The owner of "his"/"her" on a noun that times its clause (coref.yaml `circumstance_prepositions`):
        the person who is the clause's subject, not its object ("Trump said he would be open to meeting Kim
        during his trip to Asia": Trump's trip). Not after a verb whose object is a guest (`guest_verbs`:
        "Putin hosted Modi during his visit"), nor when the noun goes to the subject's own country ("Xi met
        Putin during his visit to Beijing"); None then, or when the subject is no person named before."""
        noun, prep = tok.head, tok.head.head
        if noun.dep_ != "pobj" or prep.i == noun.i:
            return None
        words = self.vocab.get("circumstance_prepositions", ())
        if not (prep.lower_ in words or prep.lower_ == "of" and prep.head.lower_ in words):
            return None
        verb = prep.head if prep.lower_ in words else prep.head.head
        for _ in range(4):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i \
                    or verb.dep_ not in ("pcomp", "prep", "xcomp", "acomp", "advmod"):
                break
            verb = verb.head
        subj, passive = syntax_subject(verb)
        if passive or len(subj) != 1 or verb.lemma_.lower() in self.vocab.get("guest_verbs", ()):
            return None
        owner = ctx.covered.get(subj[0].i)
        if owner is None or owner.key not in {c.key for c in before}:
            return None
        home = ctx.actors[owner.key].country
        for to in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
            for place in (g for g in to.children if g.dep_ == "pobj"):
                there = ctx.covered.get(place.i)
                if there is not None and home and ctx.actors[there.key].country == home:
                    return None  # (a visit to one's own country is the other's)
        return owner

    def _first_person(self, ctx: ActorContext) -> None:
        """"we", "our", "I" inside a quotation (coref.yaml `first_person_pronouns`) → its speaker: the
        subject of a speech verb (quotes.yaml `speech_verbs`) outside the quotation in a sentence it is in,
        the one whose clause holds the quotation first, else the nearest ("\"We stand in full solidarity
        with Lithuania,\" NATO Secretary General Mark Rutte wrote" → Rutte, who speaks for NATO). A speaker
        the text does not resolve to an actor resolves nothing."""
        from .quotes import find_quote_spans

        doc = ctx.doc
        words = self.vocab["first_person_pronouns"]
        if not any(t.lower_ in words for t in doc):
            return
        cues = self.speech_verbs
        for s, e in find_quote_spans(doc.text):
            quoted = [t for t in doc if s <= t.idx < e]
            mine = [t for t in quoted if t.lower_ in words and t.pos_ == "PRON" and t.i not in ctx.covered]
            if not mine:
                continue
            sents = {t.sent.start: t.sent for t in quoted}.values()
            found = []
            for sent in sents:
                for verb in sent:
                    if verb.lemma_.lower() not in cues or verb.pos_ not in ("VERB", "AUX") or s - 1 <= verb.idx <= e:
                        continue
                    subj, passive = syntax_subject(verb)
                    speakers = [ctx.covered[t.i] for t in subj if t.i in ctx.covered and not (s - 1 <= t.idx <= e)]
                    if passive or len(speakers) != 1:
                        continue
                    governs = all(verb in t.ancestors for t in quoted if t.sent.start == sent.start)
                    dist = min(abs(verb.idx - s), abs(verb.idx - e))
                    found.append((not governs, dist, speakers[0]))
            if not found:
                continue
            speaker = min(found, key=lambda f: (f[0], f[1]))[2]
            for tok in mine:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, speaker.key, "pronoun"))

    def _plural_pronouns(self, ctx: ActorContext) -> None:
        """"them", "they" (coref.yaml `plural_pronouns`) → the last plural party named in this or the
        previous sentence: a plural noun ("three French diplomats"), a group or two actors
        together; never the subject of the pronoun's own clause when it is an object ("expelled
        three French diplomats, accusing them of spying" → the diplomats). A "they" that reports
        its own clause is the reporter ("Houthi rebels said they had attacked")."""
        def plural(c: _Cand) -> bool:
            spec = ctx.actors[c.key]
            head = ctx.doc[c.head]
            # (a group named with a singular common noun is "it": "the ruling Georgian Dream party"; a collective
            # noun that takes a plural verb is plural however it is tagged: "Police[NNP] in Mogadishu said they had
            # arrested", coref.yaml `plural_collective_heads`)
            return c.resolution != "place" and (spec.kind == "compound" or spec.kind == "group" and head.tag_ != "NN"
                                                or spec.kind == "composed" and (head.tag_ in ("NNS", "NNPS")
                                                     or head.lower_ in self.vocab["plural_collective_heads"]))
        audience = self.vocab.get("audience") or {}

        def addressed(c: _Cand) -> bool:
            # (p26) reporters a speaker tells or briefs are the audience, not a party the story goes on about ("Peskov told
            # reporters, adding that they were illegal": the sanctions; coref.yaml `audience`)
            head = ctx.doc[c.head]
            return (ctx.actors[c.key].sector or "") in audience.get("sectors", ()) and head.dep_ in ("dobj", "dative") \
                and head.head.lemma_.lower() in audience.get("verbs", ())
        parties = sorted((c for c in ctx.cands if plural(c) and not addressed(c)), key=lambda c: c.start)
        for tok in ctx.doc:
            if tok.pos_ != "PRON" or tok.lower_ not in self.vocab["plural_pronouns"] or tok.i in ctx.covered:
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"):
                continue
            before = [c for c in parties if c.start < tok.i and ctx.sentence_of(tok.i) - ctx.sentence_of(c.start) <= 1]
            if tok.dep_ in ("nsubj", "poss"):
                # (the reporter of the clause: "the rebels said troops had attacked their positions")
                verb = reporting_verb(tok.head if tok.dep_ == "nsubj" else tok.head.head)
                if verb is not None:
                    subj, passive = syntax_subject(verb)
                    said = [c for c in before if not passive and any(c.start <= t.i < c.end for t in subj)]
                    # (h20e) ... a plural one: "'They killed him,' she said" is not her
                    resolved = [ctx.covered[t.i] for t in subj if not passive and t.pos_ == "PRON" and t.i in ctx.covered
                                and t.lower_ in self.vocab["plural_pronouns"]]
                    if not said and resolved:
                        # "They said they would ask a court ...": the reporter's own pronoun, resolved before
                        ctx.add(_Cand(tok.i, tok.i + 1, tok.i, resolved[0].key, "pronoun"))
                        continue
                    joint = self._joint_reporters(ctx, subj) if not passive and not said else None
                    if joint is not None:
                        # "Russia and China ... said they did not recognise ...": the two reporters together
                        ctx.add(_Cand(tok.i, tok.i + 1, tok.i, joint, "pronoun"))
                        continue
                    before = said or before
            if tok.dep_ == "poss" and any(c.dep_ in ("amod", "compound") and c.lower_ in self.vocab["shared_modifiers"]
                                          for c in tok.head.children):
                # "Both countries moved troops towards their shared border": what is shared is the
                # clause's subjects' together (coref.yaml `shared_modifiers`)
                subj, passive = syntax_subject(governing_verb(tok))
                owners = [ctx.covered[t.i] for s in subj for t in (s, *s.conjuncts) if t.i in ctx.covered] \
                    if not passive else []
                joint = self._joint_reporters(ctx, subj) if len(owners) > 1 else None
                key = joint or (owners[0].key if len(owners) == 1 and plural(owners[0]) else None)
                if key is not None:
                    ctx.add(_Cand(tok.i, tok.i + 1, tok.i, key, "pronoun"))
                    continue
            bound = self._clause_subjects(tok)
            if bound and tok.lower_ not in self.vocab["reflexive_pronouns"]:
                before = [c for c in before if not any(c.start <= i < c.end for i in bound)]
            if before and tok.dep_ in ("dobj", "pobj") and self._thing_between(ctx, before[-1], tok):
                continue  # "Germany voted against the duties, while France backed them": the duties, no party
            if before and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" \
                    and not any(c.start >= tok.sent.start for c in before):
                # a "they" opening its sentence's main clause continues the last sentence's subject, not a
                # party named inside what that sentence reported ("Prosecutors accused ... and said the
                # suspects had been trained to fight police. They said ...": the prosecutors)
                prev = ctx.doc[before[-1].start].sent
                tops = {prev.root.i, *(c.i for c in prev.root.conjuncts)}
                subjects = [c for c in before if c.start >= prev.start and ctx.doc[c.head].dep_ == "nsubj"
                            and ctx.doc[c.head].head.i in tops]
                if subjects:
                    before = subjects
            if before:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, before[-1].key, "pronoun"))

    def _thing_between(self, ctx: ActorContext, party: _Cand, tok: Token) -> bool:
        """Whether an object pronoun ("them") has a nearer antecedent than the party: a plural common noun that
        is no actor, object of a verb or preposition in the pronoun's sentence after the party ("Germany, whose
        carmakers sell in China, voted against the duties[pobj], while France backed them")."""
        doc = ctx.doc
        for t in doc[max(party.end, tok.sent.start):tok.i]:
            if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.dep_ in ("dobj", "pobj") and t.i not in ctx.covered \
                    and t.lemma_.lower() not in self.kb.sector_words and t.lemma_.lower() not in self.kb.generic_heads \
                    and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
                return True
        return False

    @staticmethod
    def _joint_reporters(ctx: ActorContext, subj: list[Token]) -> str | None:
        """The compound actor of a coordinated subject of coded actors ("Russia and China said"); None
        when the subject is one actor or names none."""
        toks = [t for s in subj for t in (s, *s.conjuncts)]
        members = list(dict.fromkeys(ctx.covered[t.i].key for t in toks
                                     if t.i in ctx.covered and ctx.covered[t.i].resolution != "place"
                                     and ctx.actors[ctx.covered[t.i].key].code))
        return ctx.compound_of(members, ctx.doc[toks[0].i].idx) if len(members) >= 2 else None

    def _antecedent(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> _Cand:
        """The person a pronoun refers to among those named before it: the last one in its own
        sentence; else the subject of the last sentence that named one ("Opposition leader Machado
        ... called on the army to abandon Maduro. Thousands of her supporters marched": Machado,
        not Maduro), else the last one named."""
        sent = tok.sent
        same = [c for c in before if c.start >= sent.start]

        def aside(c: _Cand) -> bool:
            # inside a relative clause that does not hold the pronoun ("sanctioned Moraes, who oversees
            # the Bolsonaro case, accusing him": Moraes)
            return any(a.dep_ == "relcl" and not a.left_edge.i <= tok.i <= a.right_edge.i
                       and a.left_edge.i > 0 and ctx.doc[a.left_edge.i - 1].text == ","
                       and any(w.tag_ in ("WP", "WP$", "WDT") for w in a.children)
                       for a in ctx.doc[c.head].ancestors)
        if same:
            return ([c for c in same if not aside(c)] or same)[-1]
        last = before[-1]
        prev = ctx.doc[last.start].sent
        for c in before:
            if c.start >= prev.start and ctx.doc[c.head].dep_ in ("nsubj", "nsubjpass") \
                    and ctx.doc[c.head].head.i == prev.root.i:
                return c
        # ... else the subject of the clause that sentence reports ("An AU envoy, Abdoulaye Sy, arrived ...
        # and held talks with Ndayishimiye, the AU said. He is due in Kigali": Sy); a name in apposition
        # to the subject is the subject
        for c in before:
            t = ctx.doc[c.head]
            while t.dep_ == "appos" and t.head.i != t.i:
                t = t.head
            if c.start < prev.start or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            v = t.head
            while v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
                v = v.head
            if v.i == prev.root.i and t.head.i != prev.root.i:
                return c
        return last

    @staticmethod
    def _clause_subjects(tok: Token) -> set[int]:
        """Token indices of the subject of the verb an object pronoun depends on."""
        if tok.dep_ in ("dobj", "iobj", "dative"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
            verb = tok.head.head
        else:
            return set()
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("advcl", "xcomp") \
                and verb.head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # an infinitive's subject is its controller ("riot police fired tear gas to disperse them": not
            # the police; "urged the army to protect them": not the army): the governing verb's object for an
            # open complement that has one, else its subject
            gov = verb.head
            objects = [c for c in gov.children if c.dep_ == "dobj"] \
                if verb.dep_ == "xcomp" and gov.lemma_.lower() in object_control_verbs() else []
            return {t.i for c in (objects or [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")])
                    for t in c.subtree}
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # (h20e) "Russia met NATO and accused it": a conjunct verb's subject is its first's
        return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}

    def _possessed(self, ctx: ActorContext) -> None:
        """"its forces", "his forces": a sector noun owned by a pronoun takes its owner's country
        (and, for a leader of an armed body, the body: the RSF commander's forces are the RSF)."""
        for cand in list(ctx.cands):
            if cand.resolution != "composed":
                continue
            head = ctx.doc[cand.head]
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            owner = ctx.covered.get(poss.i) if poss is not None else None
            if owner is None or owner.resolution != "pronoun" or head.lemma_.lower() in self.vocab["relational_heads"]:
                continue  # "his Turkish counterpart" is not his
            if self._names_own_country(ctx, cand, head):
                continue  # the phrase names its own country (a word of it does, not the code it was given)
            spec, ospec = ctx.actors[cand.key], ctx.actors[owner.key]
            sector = spec.sector
            armed = self.vocab["armed_sectors"]
            if ospec.kind in ("group", "person") and ospec.code and sector in armed and ospec.code[3:6] in armed:
                code = ospec.code
            else:
                country = self._known_country(ospec)
                if not country:
                    continue
                code = country + (sector or "")
            if code == spec.code:
                continue
            old, key = cand.key, self._recompose(ctx, cand, head, code)
            # (h21a) a named envoy the noun's title gave its code ("Spain withdrew its ambassador to Argentina ...
            # ambassador Maria Alonso") is of the noun's owner too
            for person, envoy in ctx.envoy_of.items():
                if envoy == old and person in ctx.actors:
                    p, new = ctx.actors[person], ctx.actors[key]
                    p.code, p.country, p.sector = new.code, new.country, new.sector
            # (h19b) a pronoun of its sentence resolved to the noun before its owner was known is the noun as owned
            # now ("Its army said it shot down five Indian aircraft": "it" is Pakistan's army, as "Its army" is)
            for other in ctx.cands:
                if other.resolution == "pronoun" and other.key == old and other.start > cand.start \
                        and ctx.sentence_of(other.start) == ctx.sentence_of(cand.start):
                    other.key = key

    def _neighbours(self, ctx: ActorContext) -> None:
        """(p25) "its neighbour" (coref.yaml `neighbour_heads`) owned by a pronoun of a country or of one of its bodies:
        the one other country its sentence names, else the one before ("Congo's government said it had severed diplomatic
        relations with Rwanda ..., accusing its neighbour of 'a declaration of war'" → Rwanda); none when two qualify."""
        heads = set(self.vocab.get("neighbour_heads") or ())
        for head in ctx.doc:
            if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in heads or head.i in ctx.covered:
                continue
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            owner = ctx.covered.get(poss.i) if poss is not None else None
            if owner is None or owner.resolution != "pronoun":
                continue
            # (the owner is the clause's subject when it has one, whatever the pronoun was resolved to: "Serbia lodged a
            # protest with Albania, charging its neighbor with ..." is Serbia's neighbour)
            verb = head.head
            while verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                    and verb.dep_ in ("advcl", "conj", "xcomp", "prep", "pobj", "dobj"):
                verb = verb.head
            subject = [ctx.covered[c.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in ctx.covered
                       and ctx.covered[c.i].resolution != "place"]
            own = (self._known_country(ctx.actors[subject[0].key]) if subject else None) \
                or self._known_country(ctx.actors[owner.key])
            if not own:
                continue
            here = ctx.sentence_of(head.i)
            for back in (0, 1):  # its own sentence first, else the one before
                found: dict[str, str] = {}
                for c in ctx.cands:
                    if c.start >= head.i or here - ctx.sentence_of(c.start) != back:
                        continue
                    spec = ctx.actors[c.key]
                    country = self._known_country(spec) if spec.kind in ("country", "composed") else None
                    if country and country != own and self.kb.country(country):
                        if spec.kind == "country" or country not in found:
                            found[country] = c.key
                if found:
                    if len(found) == 1:
                        ctx.add(_Cand(head.i, head.i + 1, head.i, next(iter(found.values())), "description"))
                    break

    def _ruler_rivals(self, ctx: ActorContext) -> None:
        """(h24f) "his main challenger", "the president's rival" (coref.yaml `ruler_rival_heads`): a rival owned by a
        person who holds the state's office (`ruler_rival_owner_sectors`) and named by no name of its own (no
        apposition, not itself one) is that country's opposition ("Biya ... as his main challenger accused authorities
        of stealing the vote" → CMROPP)."""
        doc = ctx.doc
        heads, owners = self.vocab["ruler_rival_heads"], self.vocab["ruler_rival_owner_sectors"]
        for head in doc:
            if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in heads or head.i in ctx.covered \
                    or head.dep_ == "appos" or any(c.dep_ in ("appos", "compound") for c in head.children):
                continue
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            owner = ctx.covered.get(poss.i) if poss is not None else None
            spec = ctx.actors[owner.key] if owner is not None else None
            if spec is None or spec.kind != "person" or not spec.code or len(spec.code) < 6 or spec.code[3:6] not in owners:
                continue
            code = spec.code[:3] + self.vocab["ruler_rival_sector"]
            key = _composed_key(code, head)
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, doc[poss.i:head.i + 1].text, code, "composed", country=code[:3],
                                             sector=code[3:6], first=poss.idx, head=head.lemma_.lower())
            ctx.add(_Cand(poss.i + 1, head.i + 1, head.i, key, "composed"))

    def _counsel(self, ctx: ActorContext) -> None:
        """"Khan's lawyers", "his attorney", "lawyers for the opposition leader": counsel owned by a party
        (coref.yaml `counsel_heads`, by a possessor or `counsel_prepositions`) speak and act for it and are
        coded as it, not as the judiciary their sector word names; unowned "defence lawyers" stay JUD. (h22c) A state
        office holder's lawyers are not the state: of the person's country, with their own sector."""
        heads = self.vocab.get("counsel_heads") or set()
        preps = self.vocab.get("counsel_prepositions") or set()
        for cand in list(ctx.cands):
            if cand.resolution not in ("composed", "apposition"):
                continue
            head = ctx.doc[cand.head]
            if head.lemma_.lower() not in heads:
                continue
            if cand.resolution == "apposition" and ctx.actors[cand.key].kind != "unknown_person":
                continue  # a known person apposed keeps the role they hold
            owners = [c for c in head.children if c.dep_ == "poss"] + [
                g for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children if g.dep_ == "pobj"]
            # (a named possessor may lie inside the composed mention: "Martin Fayulu's lawyer")
            owner = next((c for o in owners for c in [ctx.covered.get(o.i), *ctx.cands]
                          if c is not None and c is not cand and c.key != cand.key and c.start <= o.i < c.end), None)
            if owner is None or owner.resolution == "place":
                continue
            ospec = ctx.actors[owner.key]
            if not ospec.code or ospec.kind not in ("person", "unknown_person", "group", "organisation", "composed"):
                continue
            if self._names_own_country(ctx, cand, head):
                continue  # "his Pakistani lawyers" name their own country
            spec = ctx.actors[cand.key]
            code = ospec.code
            one_holder = ospec.kind in ("person", "unknown_person") or (
                ospec.kind == "composed" and ospec.head in self.vocab["title_heads"]
                and ctx.doc[owner.head].tag_ in ("NN", "NNP"))  # ("the minister's lawyers": one office holder)
            if one_holder and code[3:6] in self.vocab["counsel_state_sectors"]:
                # (h22c) a state office holder's own lawyers defend the person, not the state: of the person's country,
                # their own sector ("His lawyers said the charges were politically motivated" of a minister indicted:
                # KORJUD, not KORGOV; coref.yaml `counsel_state_sectors`)
                own = self.kb.sector_codes.get(s, s) if (s := self._sector([head])[0]) else None
                country = ospec.country or code[:3]
                if not own or not self.kb.country(country):
                    continue
                code = country + own
            if code == spec.code:
                continue
            if cand.resolution == "apposition":  # "Tundu Lissu's lawyer, Peter Kibatala": the person it names
                spec.code, spec.country, spec.sector = code, code[:3], code[3:6] or None
                continue
            self._recompose(ctx, cand, head, code)

    def _protest_leaders(self, ctx: ActorContext) -> None:
        """(h22c) "Protest organisers", "organisers of the rally", "the demonstrators' leaders" (coref.yaml
        `protest_leaders`): the people who lead a protest ("the rally's organisers" too) are the protesters' side, coded as
        the protesters
        (ANNOTATION.md: civilians and protesters CVL, an opposition OPP) — their owner's code ("the demonstrators'
        leaders"), else the code of the last people the story told protesting within `lookback_sentences` (a protester
        noun, or the subject of a protest verb: "Thousands of Kenyans marched ... Protest organisers said" → KENCVL;
        "opposition supporters rallied" → OPP), else the civilians of the context's country. Never a state office:
        "leader" alone heads no protest."""
        spec_vocab = self.vocab["protest_leaders"]
        heads, nouns = set(spec_vocab["heads"]), set(spec_vocab["nouns"])
        owners_words, verbs = set(spec_vocab["owners"]), set(spec_vocab["verbs"])
        doc = ctx.doc
        for head in doc:
            if head.pos_ != "NOUN" or head.lemma_.lower() not in heads or head.i < ctx.dateline:
                continue
            if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in NOUNS:
                continue
            cand = ctx.covered.get(head.i)
            if cand is not None and (cand.resolution not in ("composed", "description") or cand.head != head.i):
                continue  # a name, an apposed person or a larger phrase decides
            mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.i]
            of_objs = [g for p in head.children if p.dep_ == "prep" and p.lower_ in spec_vocab["prepositions"]
                       for g in p.children if g.dep_ == "pobj"]
            poss = [c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in owners_words]
            protest = [m for m in mods if m.lemma_.lower() in nouns] or [g for g in of_objs if g.lemma_.lower() in nouns]
            bare = not protest and not poss and not mods and not of_objs \
                and head.lemma_.lower() in spec_vocab.get("bare_heads", ()) \
                and any(c.dep_ == "det" and c.lower_ in self.vocab["definite_determiners"] for c in head.children)
            if not protest and not poss and not bare:
                continue
            if bare:
                # (h32e) a bare "the organisers" is the protest's only in a story that told people protesting within
                # `lookback_sentences` ("... some protesters threw bottles ... Vucic accused the organisers"); no
                # country's civilians by default ("the organisers said the summit would go ahead")
                code = self._last_protesters(ctx, head.i, owners_words, verbs, int(spec_vocab["lookback_sentences"]))
                if code is None or len(code) < 6:
                    continue
                if cand is not None:
                    self._recompose(ctx, cand, head, code)
                elif head.i not in ctx.covered:
                    new = _Cand(head.i, head.i + 1, head.i, "", "composed")
                    self._recompose(ctx, new, head, code)
                    ctx.add(new)
                continue
            code = None
            # (the owner's own mention, not the phrase's that holds it: "the demonstrators' leaders")
            owner = next((c for c in [ctx.covered.get(poss[0].i), *ctx.cands] if c is not None and c is not cand
                          and c.head != head.i and c.start <= poss[0].i < c.end), None) if poss else None
            if owner is not None and owner.resolution != "place":
                code = ctx.actors[owner.key].code
            if code is None:
                code = self._last_protesters(ctx, head.i, owners_words, verbs, int(spec_vocab["lookback_sentences"]))
            if code is None:
                country = self._context_country(ctx, head.i)
                code = country + self.vocab["civilian_sector"] if country and self.kb.country(country) else None
            if code is None or len(code) < 6:
                continue
            start = head.left_edge.i
            while start < head.i and doc[start].dep_ in ("det", "punct", "predet"):
                start += 1
            end = max([head.i, *(g.i for g in of_objs if g in protest)]) + 1
            if cand is not None:
                self._recompose(ctx, cand, head, code)
                continue
            if any(i in ctx.covered for i in range(start, end)):
                start, end = head.i, head.i + 1
                if head.i in ctx.covered:
                    continue
            new = _Cand(start, end, head.i, "", "composed")
            self._recompose(ctx, new, head, code)
            ctx.add(new)

    def _followers(self, ctx: ActorContext) -> None:
        """(h24a) "Supporters of former president Jair Bolsonaro", "his supporters", "loyalists of the general", "fighters
        loyal to Khalifa Haftar" (coref.yaml `followers`): a person's followers are never the person. They are the
        person's party or armed group when the person leads one (the leader's sector is one of `shared_sectors`, armed
        followers also `armed_shared_sectors`: "supporters of opposition leader Raila Odinga" → KENOPP, "fighters loyal to
        Haftar" → his force's code), else people of the leader's country: the civilians (`civilian_sector`) for followers
        named as such ("Trump's supporters" → USACVL), their own sector for a noun that has one ("fighters")."""
        spec = self.vocab.get("followers")
        if not spec:
            return
        heads, armed_heads = set(spec["heads"]), set(spec["armed_heads"])
        loyal, preps = set(spec["loyal_adjectives"]), set(spec["prepositions"])
        shared, armed_shared = set(spec["shared_sectors"]), set(spec["armed_shared_sectors"])
        doc = ctx.doc
        for head in doc:
            if head.pos_ != "NOUN" or head.i < ctx.dateline:
                continue
            lemma = head.lemma_.lower()
            leader_toks: list[Token] = []
            if lemma in heads or lemma in armed_heads:
                # ("Trump supporters": a name before the noun)
                leader_toks = [c for c in head.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"]
                leader_toks += [g for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                                for g in p.children if g.dep_ == "pobj"]
            for a in head.children:
                # "fighters loyal to Haftar", "troops loyal to the general"
                if a.dep_ == "amod" and a.lower_ in loyal and a.i > head.i:
                    leader_toks += [g for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                                    for g in p.children if g.dep_ == "pobj"]
            if not leader_toks:
                continue
            leader = None
            for t in leader_toks:
                found = [c for c in ctx.cands if c.resolution != "place" and c.head != head.i
                         and not c.start <= head.i < c.end
                         and any(c.start <= g.i < c.end for g in t.subtree)
                         and ctx.actors[c.key].kind == "person" and ctx.actors[c.key].code]
                if found:
                    leader = found[-1]
                    break
            if leader is None:
                continue
            lcode = ctx.actors[leader.key].code
            if not self.kb.country(lcode[:3]):
                continue
            own = self._sector_word(head)
            armed = lemma in armed_heads or own is not None
            if lcode[3:6] in shared or armed and lcode[3:6] in armed_shared:
                code = lcode
            elif lemma in heads or lemma in armed_heads:
                code = lcode[:3] + (own or self.vocab["civilian_sector"])
            else:
                continue  # "fighters loyal to" a leader of no armed body: their own composition
            cand = ctx.covered.get(head.i)
            if cand is not None and cand.head == head.i:
                self._recompose(ctx, cand, head, code)
                continue
            if cand is not None:
                if cand.resolution not in ("apposition", "description", "composed"):
                    continue
                self._recompose(ctx, cand, head, code)  # "Followers of the cleric" read as the cleric's apposition
                continue
            new = _Cand(head.i, head.i + 1, head.i, "", "composed")
            self._recompose(ctx, new, head, code)
            ctx.add(new)

    def _crowd_referents(self, ctx: ActorContext) -> None:
        """(h23a) "the crowd", "the protesters", "the demonstrators" with nothing of their own but the determiner (coref.yaml
        `crowd_referents`) are the people the story last told protesting within `lookback_sentences` (`_last_protesters`:
        "Thousands of opposition supporters marched in Dhaka. Police fired tear gas at the crowd" → BGDOPP), when they are
        of the same country; otherwise they stay their country's civilians."""
        spec = self.vocab.get("crowd_referents")
        if not spec:
            return
        heads, dets = set(spec["heads"]), set(spec["determiners"])
        leaders = self.vocab["protest_leaders"]
        owners_words, verbs = set(leaders["owners"]), set(leaders["verbs"])
        doc = ctx.doc
        for head in doc:
            if head.pos_ != "NOUN" or head.lemma_.lower() not in heads or head.i < ctx.dateline:
                continue
            cand = ctx.covered.get(head.i)
            if cand is None or cand.resolution != "composed" or cand.head != head.i:
                continue
            if any(c.dep_ != "det" for c in head.lefts) or not any(c.dep_ == "det" and c.lower_ in dets for c in head.lefts) \
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                continue  # only a bare definite: "the crowd", not "a crowd", "the student protesters", "the crowd of"
            code = ctx.actors[cand.key].code
            last = self._last_protesters(ctx, cand.start, owners_words, verbs, int(spec["lookback_sentences"]))
            if not last or not code or last == code or last[:3] != code[:3]:
                continue
            self._recompose(ctx, cand, head, last)

    def _last_protesters(self, ctx: ActorContext, at: int, owners_words: set[str], verbs: set[str],
                         back: int) -> str | None:
        """The code of the last people told protesting before token `at`, in its sentence or the `back` before: a
        mention headed by a protester noun, or the subject of a protest verb (or the people counted in it: "Thousands
        of Kenyans marched"); None when there are none or they have no code."""
        floor = ctx.window_start(at, back)
        best: tuple[int, str] | None = None
        for c in ctx.cands:
            if not floor <= c.start < at or c.resolution == "place":
                continue
            code = ctx.actors[c.key].code
            if not code or len(code) < 6:
                continue
            tok = ctx.doc[c.head]
            subject = tok
            if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ in NOUNS:
                subject = subject.head.head  # "Thousands of Kenyans[pobj] marched"
            subject = first_conjunct(subject)
            protesting = tok.lemma_.lower() in owners_words or (
                subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs)
            if protesting and (best is None or c.start > best[0]):
                best = (c.start, code)
        return best[1] if best else None

    def _names_own_country(self, ctx: ActorContext, cand: _Cand, head: Token) -> bool:
        """Whether a composed phrase names its own country by a modifier of its head ("his Pakistani lawyers"):
        a nationality word of the mention, or a modifier that is an actor's name."""
        return any(m.i in ctx.modifiers if ctx.covered.get(m.i) is cand else self._actor_info(ctx, m)[0]
                   for m in head.children if m.dep_ in ("amod", "compound", "nmod"))

    @staticmethod
    def _recompose(ctx: ActorContext, cand: _Cand, head: Token, code: str) -> str:
        """Give a composed mention the code `code`: its composed actor (made the first time), as its key."""
        key = _composed_key(code, head)
        if key not in ctx.actors:
            ctx.actors[key] = _ActorSpec(key, ctx.doc[cand.start:cand.end].text, code, "composed", country=code[:3],
                                         sector=code[3:6] or None, first=ctx.doc[cand.start].idx,
                                         head=head.lemma_.lower())
        cand.key = key
        return key

    def _owned_titles(self, ctx: ActorContext) -> None:
        """"Nordvik Shipping and its director, Ola Berg", "Its spokesman, Ahmed Saleh, said": a role noun
        with no sector of its own (sectors.yaml `generic_heads`) owned by a coded body — an organisation,
        a group or a composed body, named or by a pronoun (resolved by now) — is that body's, and so is the
        person it is apposed to, when nothing else coded them ("Ola Berg, a former executive at a Russian
        shipping firm" says more). A phrase naming its own country or sector ("its Russian owner") is
        composed as it is."""
        doc = ctx.doc
        for head in doc:
            if head.i in ctx.covered or head.pos_ != "NOUN" or head.tag_ != "NN" \
                    or head.lemma_.lower() not in self.kb.generic_heads:
                continue
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            owner = ctx.covered.get(poss.i) if poss is not None else None
            if owner is None or owner.resolution == "place":
                continue
            so = ctx.actors[owner.key]
            if not so.code or (len(so.code) < 6 and so.code != self.vocab["ngo_code"]) \
                    or so.kind not in ("organisation", "group", "composed") \
                    or any(self._sector_word(m) or self._actor_info(ctx, m)[0] for m in head.children
                           if m.dep_ in ("amod", "compound", "nmod")):
                continue
            start = poss.right_edge.i + 1
            while start < head.i and doc[start].dep_ == "case":
                start += 1
            # (the person apposed, or named right after the title: "the African Union's Commission chairman[compound]
            # Mahmoud Ali Youssouf")
            apposed = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ in ("appos", "compound") else [])
            person = next((ctx.covered[t.i] for t in apposed if t.i in ctx.covered
                           and ctx.actors[ctx.covered[t.i].key].kind in ("person", "unknown_person")), None)
            if person is None and head.dep_ == "compound":
                continue  # a title in a longer phrase
            if person is not None:
                spec = ctx.actors[person.key]
                if not spec.code:
                    spec.code, spec.country, spec.sector = so.code, so.country or so.code[:3], so.sector
                ctx.add(_Cand(start, head.i + 1, head.i, person.key, "apposition"))
                continue
            key = _composed_key(so.code, head)
            if key not in ctx.actors:
                ctx.actors[key] = _ActorSpec(key, doc[start:head.i + 1].text, so.code, "composed",
                                             country=so.country or so.code[:3], sector=so.sector,
                                             first=doc[start].idx, head=head.lemma_.lower())
            ctx.add(_Cand(start, head.i + 1, head.i, key, "composed"))

    def _nationality_heads(self, ctx: ActorContext) -> None:
        """A country's adjective on a noun that is no actor of its own ("shell Iraqi towns",
        "a blockade on Palestinian lorries", "Ugandan opposition candidates"): the phrase stands for
        the country, so an event whose argument it is finds the country at the noun. Runs last: it
        only codes phrases that nothing else made an actor."""
        for cand in self._nationality_cands(ctx):
            ctx.add(cand)

    def _coordinated_nationalities(self, ctx: ActorContext) -> None:
        """Two or more countries coordinated on one noun that is no actor of its own ("after Israeli and US
        strikes on Iran", "Saudi and Emirati air strikes"): one actor per country, joined in a compound, as
        "Russian and Ukrainian delegations" are. A member is a nationality adjective or a country's name.
        Runs before `_nationality_heads`."""
        doc = ctx.doc

        def country_entry(t: Token) -> Entry | None:
            entry = ctx.modifiers.get(t.i)
            if t.i not in ctx.covered:
                return entry if entry is not None and entry.kind == "country" else None
            cand = ctx.covered[t.i]
            spec = ctx.actors[cand.key]
            if cand.resolution == "dictionary" and spec.kind == "country" and spec.code and cand.end - cand.start <= 3:
                return self.kb.country(spec.code[:3])
            return None

        for first in doc:
            if first.dep_ not in ("amod", "compound", "nmod") or first.head.i <= first.i:
                continue
            members = [first, *(c for c in conjuncts(first) if c.i < first.head.i)]
            if len(members) < 2:
                continue
            head = first.head
            while head.dep_ == "compound" and head.head.pos_ in NOUNS and head.head.i > head.i:
                head = head.head  # "Saudi and Emirati air strikes": the phrase's head noun
            if head.pos_ != "NOUN" or head.i in ctx.covered:
                continue
            entries = [country_entry(m) for m in members]
            if any(e is None for e in entries) or len({e.code for e in entries}) < 2:
                continue
            member_toks = {i for m in members for i in range(m.left_edge.i, m.i + 1)}
            inner = [t for t in doc[first.i:head.i + 1] if t.i not in member_toks and t.i != head.i]
            if any(t.i in ctx.covered or not (t.dep_ in MODIFIER_DEPS or t.dep_ in ("cc", "punct")) for t in inner):
                continue
            span = doc[first.i:head.i + 1]
            if self._is_place(span) and head.lemma_.lower() not in self.vocab["attack_nouns"]:
                continue  # "along the Thai and Cambodian border": a place, left to the single-country reading
            sector, _ = self._sector([t for t in inner if t.dep_ in MODIFIER_DEPS])
            keys = []
            for m, e in zip(members, entries):
                key = ctx.actor_for_entry(e, m.idx, sector=sector)
                if key not in keys:
                    keys.append(key)
            for m in members:
                if m.i in ctx.covered:  # a country's name folded into the phrase ("Israeli and US strikes")
                    ctx.remove(ctx.covered[m.i])
            ctx.add(_Cand(first.i, head.i + 1, head.i, ctx.compound_of(keys, first.idx), "composed"), override=True)

    def _struck_dwellings(self, ctx: ActorContext) -> None:
        """A home or settlement struck with no actor or known place in its phrase (coref.yaml `dwelling_heads`, the
        object of `dwelling_attack_verbs` or of `dwelling_attack_prepositions` on them) is the civilians living
        there, of the dateline's country when the attacker is of another country or of a non-state armed or criminal
        sector (`dwelling_raider_sectors`), and the article names that country or no other than the attacker's.
        Runs last."""
        doc = ctx.doc
        heads, verbs = self.vocab["dwelling_heads"], self.vocab["dwelling_attack_verbs"]
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in heads or tok.i in ctx.covered:
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ in self.vocab["dwelling_attack_prepositions"]:
                verb = tok.head.head
            elif tok.dep_ != "dobj":
                continue
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            if any(t.i in ctx.covered and ctx.actors[ctx.covered[t.i].key].code for t in tok.subtree):
                # "the house of the opposition leader": its owner; "a market in Sudan's Sennar state", "the town
                # of Cabaret": the place, coded as its country (a name of no code is neither)
                continue
            subj, passive = syntax_subject(verb)
            subj = [relative_antecedent(t) or t for t in subj] if not passive else []
            attackers = [ctx.actors[ctx.covered[t.i].key] for t in subj if t.i in ctx.covered]
            home = self._dateline_country(ctx)
            if not home or len(attackers) != 1:
                continue
            code = attackers[0].code or ""
            named = {ctx.actors[c.key].country or (ctx.actors[c.key].code or "")[:3] for c in ctx.cands
                     if c.resolution != "place"} - {""}
            if home not in named and named - {code[:3]}:
                continue  # a dateline abroad ("GENEVA, ... Sudan's army had bombed a market"): the story is elsewhere
            if code[:3] == home and code[3:6] not in self.vocab["dwelling_raider_sectors"]:
                continue  # a country's own forces: whose house, or whether it was struck at all, is not said
            entry = self.kb.country(home)
            if entry:
                key = ctx.actor_for_entry(entry, tok.idx, sector="CVL")
                ctx.add(_Cand(tok.left_edge.i if tok.left_edge.i <= tok.i else tok.i, tok.i + 1, tok.i, key, "composed"))

    def _nationality_cands(self, ctx: ActorContext) -> Iterator[_Cand]:
        """The phrases `_nationality_heads` codes, as candidates (not yet added)."""
        doc = ctx.doc
        for tok in doc:
            entry = ctx.modifiers.get(tok.i)
            if entry is None or entry.kind not in ("country", "region") or tok.i in ctx.covered:
                continue
            if tok.i > 0 and ctx.modifiers.get(tok.i - 1) is entry:
                continue  # inside a multiword adjective ("South African"): taken at its first word
            last = tok
            while last.i + 1 < len(doc) and ctx.modifiers.get(last.i + 1) is entry:
                last = doc[last.i + 1]
            if last.dep_ not in ("amod", "compound", "nmod") and not (last.dep_ == "npadvmod" and is_maker_participle(last.head)) \
                    or last.head.i <= last.i:
                continue
            head = last.head
            if head.dep_ == "amod" and head.head.pos_ in NOUNS and head.head.i > head.i and is_maker_participle(head):
                head = head.head  # "a British-flagged tanker", "a Greek-owned ship": the ship is the country's
                # (and "Chinese-made drones" China's)
            while head.dep_ == "compound" and head.head.pos_ in NOUNS and head.head.i > head.i:
                head = head.head  # "German car imports": the phrase's head noun
            if not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.ent_type_ == "NORP") \
                    or any(i in ctx.covered for i in range(tok.i, head.i + 1)):
                continue  # a common noun, or a people's name ("Iraqi Kurds"); not a name ("Syrian Golan Heights")
            if entry.kind == "region" and (head.tag_ != "NNS" or head.i != last.i + 1
                                           or head.lemma_.lower() not in self.vocab["region_party_heads"]):
                continue  # (h32e) a region's adjective is its states only on a plural party noun ("the Western
                # sponsors", "its European partners"); "Western weapons", "European markets" are things
            # a sector word among the other modifiers codes the phrase ("Ugandan opposition candidates" → UGAOPP)
            sector, _ = self._sector([t for t in doc[last.i + 1:head.i] if t.dep_ in MODIFIER_DEPS])
            if sector is None and not (last.dep_ == "npadvmod" and is_maker_participle(last.head)) \
                    and (self._acting_weapon(head) or self._countered_weapon(head)):
                # (h21b) "Israeli tanks shelled homes": the force operating them (sectors.yaml `weapons`); (h30d) also
                # when countered ("shot down five Indian jets", `countered_verbs`, `countered_prepositions`)
                sector = weapon_vocab()["sector"]
            key = ctx.actor_for_entry(entry, tok.idx, sector=sector)
            span = doc[tok.i:head.i + 1]
            # "near the Thai border", "in the Egyptian square": a place of the country, not a party;
            # but "killed in a Russian air strike" names the attacker (coref.yaml attack_nouns)
            place = self._is_place(span) and head.lemma_.lower() not in self.vocab["attack_nouns"]
            resolution = "place" if place else "composed"
            yield _Cand(tok.i, head.i + 1, head.i, key, resolution)

    @staticmethod
    def _acting_weapon(head: Token) -> bool:
        """A weapon or armed vehicle (sectors.yaml `weapons`, by lemma or two-word term) that acts: the subject of
        an active clause, or a by-agent ("were killed by Russian missiles"), itself or as a later conjunct."""
        heads = weapon_vocab()["heads"]
        if weapon_vocab()["sector"] is None:
            return False
        terms = {head.lemma_.lower(), head.lower_}
        if head.i > 0:
            prev = head.doc[head.i - 1]
            terms |= {f"{prev.lemma_.lower()} {head.lemma_.lower()}", f"{prev.lower_} {head.lemma_.lower()}"}
        if not terms & heads:
            return False
        root = first_conjunct(head)
        return root.dep_ == "nsubj" or root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ == "by")

    def _countered_weapon(self, head: Token) -> bool:
        """(h30d) A weapon or armed vehicle (sectors.yaml `weapons`) that is countered: the object of a verb of
        `countered_verbs` ("Pakistan shot down five Indian jets", "Taiwan tracked Chinese warships") or the subject of
        its passive ("Russian drones were intercepted"), or the object of a `countered_prepositions` phrase on such a
        verb, on one of `aimed_verbs` or on an attack noun ("fired on Russian drones", "strikes on Russian warships").
        What is used, launched, bought or received stays the country's thing."""
        vocab = weapon_vocab()
        terms = {head.lemma_.lower(), head.lower_}
        if head.i > 0:
            prev = head.doc[head.i - 1]
            terms |= {f"{prev.lemma_.lower()} {head.lemma_.lower()}", f"{prev.lower_} {head.lemma_.lower()}"}
        if vocab["sector"] is None or not terms & vocab["heads"]:
            return False
        root = first_conjunct(head)
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in vocab["countered_prepositions"]:
            over = root.head.head
            return over.pos_ == "VERB" and over.lemma_.lower() in vocab["countered_verbs"] | vocab["aimed_verbs"] \
                or over.pos_ == "NOUN" and over.lemma_.lower() in self.vocab["attack_nouns"]
        return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() in vocab["countered_verbs"]

    def _thing_pronouns(self, ctx: ActorContext) -> None:
        """"it"/"its" → the last organisation, group or country named in this or the previous sentence."""
        things = sorted((c for c in ctx.cands if _is_thing(ctx, c)), key=lambda c: c.start)
        for tok in ctx.doc:
            if tok.lower_ not in self.vocab["thing_pronouns"] or tok.i in ctx.covered:
                continue
            if tok.dep_ not in ("nsubj", "poss", "dobj", "pobj") or tok.dep_ == "expl":
                continue
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                continue  # "it is", "it was reported": not a reference
            controller = self._infinitive_controller(ctx, tok, [c for c in things if c.start < tok.i])
            if controller is not None:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, controller.key, "pronoun"))
                continue
            reporter = self._reporter_of(ctx, tok)
            if reporter is not None:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, reporter.key, "pronoun"))
                continue
            before = [c for c in things if c.start < tok.i and ctx.sentence_of(tok.i) - ctx.sentence_of(c.start) <= 1]
            subjects = self._clause_subjects(tok) if tok.lower_ not in self.vocab["reflexive_pronouns"] else set()
            if subjects:
                # (h20e) "NATO met in Brussels. Russia accused it of aggression": an object "it" is not its own
                # clause's subject (as for "him")
                bound = {c.key for c in before if any(c.start <= i < c.end for i in subjects)}
                before = [c for c in before if c.key not in bound]
            struck = self._attack_owner(tok)
            if struck is not None:
                # "after Israeli and US strikes on its nuclear facilities": what an attack noun strikes is not
                # its attackers' own (the noun's modifiers), but of the clause's subject before them
                agents = {t.i for c in struck.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                          for t in c.subtree}
                before = [c for c in before if c.head not in agents and not any(c.start <= i < c.end for i in agents)]
                verb = struck
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subj, passive = syntax_subject(verb) if verb.pos_ in ("VERB", "AUX") else ([], True)
                owner = [c for c in before if not passive and any(c.start <= t.i < c.end for t in subj)]
                if owner:
                    # (... the subject of the clause the attack is told in: "Iran suspended cooperation with the
                    # agency after Israeli and US strikes on its facilities" → Iran, not the agency)
                    ctx.add(_Cand(tok.i, tok.i + 1, tok.i, owner[-1].key, "pronoun"))
                    continue
            # ("attempted to block it": the vessel named before, not the fishermen it escorted; people
            # and things counted in the plural are "they", never "it")
            before = [c for c in before if not (ctx.actors[c.key].kind == "composed" and ctx.doc[c.head].tag_ == "NNS")]
            # (nor is a name that only modifies another noun: "exceptions for European Union citizens ... 'we
            # will respond to it'" does not mean the EU)
            before = [c for c in before if not self._noun_modifier(ctx, c)]
            if tok.dep_ in ("dobj", "pobj") and len(before) > 1:
                # (p26) an object "it" is not a party its own sentence names only inside another noun's modifying clause
                # that does not hold it ("a ceasefire brokered by Washington and Paris, and officials accused it":
                # coref.yaml `aside_object_clauses`), when a thing was named outside one
                kept = [c for c in before if ctx.sentence_of(c.start) != ctx.sentence_of(tok.i) or not any(
                    a.dep_ in self.vocab.get("aside_object_clauses", ()) and a.head.pos_ in NOUNS
                    and not a.left_edge.i <= tok.i <= a.right_edge.i for a in ctx.doc[c.head].ancestors)]
                before = kept or before
            sovereign = self._sovereign_owner(ctx, tok, before) if before else None
            if sovereign is not None:
                # "after Russian aircraft entered its airspace": the state whose airspace it is, not the envoy named last
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, sovereign.key, "pronoun"))
                continue
            if before and self._object_thing_before(ctx, tok, before[-1]):
                continue  # "vetoed the law ..., calling it 'Russian'": the law, no party named before it
            if before and self._repeated_object_thing(ctx, tok, before[-1]):
                continue  # "Russia condemned the attack. Saudi Arabia also condemned it": the attack
            if before and self._party_in_thing_phrase(ctx, tok, before[-1]):
                continue  # "Japan praised the agreement signed by Armenia and Azerbaijan. Russia rejected it": the agreement
            if before and self._thing_subject_before(ctx, tok, before):
                continue  # "The resolution was adopted, while Russia abstained. It calls for a halt": the resolution
            if before and tok.dep_ == "nsubj":
                # a subject "it" continues the last subject, not the nearest noun ("The Russian Defence
                # Ministry said its forces had struck depots supplying the Ukrainian army, and it denied ...")
                subjects = [c for c in before if first_conjunct(ctx.doc[c.head]).dep_ in ("nsubj", "nsubjpass")]
                # (h19b) ... nor the subject of a relative clause the pronoun is not in ("Hezbollah said it had fired at
                # the Shebaa Farms, an area Lebanon claims[relcl]. It accused Israel ...": Hezbollah, not Lebanon;
                # coref.yaml `aside_subject_clauses`)
                kept = [c for c in subjects if not (
                    (v := first_conjunct(ctx.doc[c.head]).head).dep_ in self.vocab.get("aside_subject_clauses", ())
                    and not v.left_edge.i <= tok.i <= v.right_edge.i)]
                before = kept or subjects or before
            if before:
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, before[-1].key, "pronoun"))

    def _sovereign_owner(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> _Cand | None:
        """(h34e) "its" owning what only a state has (coref.yaml `sovereign_owned_nouns`: airspace, territory, waters)
        is the last country named before it, never of the country of its own clause's subject, who entered or crossed
        it ("Estonia ordered a Russian diplomat to leave after three Russian military aircraft entered its airspace":
        Estonia, not the diplomat; "Algeria said it had shot down a Malian drone that crossed into its airspace").
        None when the noun is none of those or no such country was named."""
        if tok.dep_ != "poss" or tok.head.lemma_.lower() not in self.vocab.get("sovereign_owned_nouns", ()):
            return None
        def country(key: str) -> str | None:
            spec = ctx.actors[key]
            return spec.country or (spec.code[:3] if spec.code else None)
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # the verb the owned noun is an argument of ("entered its airspace", "crossed into its airspace")
        subj, _passive = syntax_subject(verb)
        intruders = set()
        for t in (t for s in subj for t in (s, *s.conjuncts)):
            if t.i in ctx.covered:
                intruders.add(country(ctx.covered[t.i].key))
            # (a nationality on a subject not yet coded as a phrase: "Russian[amod] jets")
            intruders.update(e.code for m in t.children if m.dep_ in ("amod", "compound", "nmod")
                             and (e := ctx.modifiers.get(m.i)) is not None and e.kind == "country")
        states = [c for c in before if ctx.actors[c.key].kind == "country" and c.resolution != "place"
                  and country(c.key) not in intruders]
        return states[-1] if states else None

    def _relative_possessives(self, ctx: ActorContext) -> None:
        """(p26) A relative "whose" (coref.yaml `relative_possessives`) on a noun that names no actor of its own is a
        mention of the relative clause's antecedent, so that what the clause does to the noun is done to its owner
        ("troops from Egypt, whose planned deployment Ethiopia has opposed" opposes Egypt); a place is no owner."""
        words = set(self.vocab.get("relative_possessives") or ())
        for tok in ctx.doc:
            if tok.lower_ not in words or tok.dep_ != "poss" or tok.i in ctx.covered or tok.head.i in ctx.covered:
                continue
            clause = tok.head
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            owner = ctx.covered.get(clause.head.i) if clause.dep_ == "relcl" else None
            if owner is not None and owner.resolution != "place":
                ctx.add(_Cand(tok.i, tok.i + 1, tok.i, owner.key, "pronoun"))

    def _infinitive_controller(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> _Cand | None:
        """(h20g) A subject or possessive "it" of a relative clause on the object of an infinitive whose doer is
        the governing verb's object ("urged Serbia to pull back troops it has massed", "called on Russia to withdraw
        the forces it deployed"): that object, the infinitive's doer, not the clause's subject who urges."""
        if tok.dep_ not in ("nsubj", "poss"):
            return None
        clause = tok.head if tok.dep_ == "nsubj" else tok.head.head
        if clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "nsubjpass"):
            return None
        inf = clause.head.head
        while inf.dep_ == "conj" and inf.head.i != inf.i:
            inf = inf.head
        if inf.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            return None
        matrix = inf.head
        objs = [c for c in matrix.children if c.dep_ == "dobj" and c.i < inf.i]
        objs += [g for p in matrix.children if p.dep_ == "prep" and p.i < inf.i and p.lower_ in self.vocab["control_prepositions"]
                 for g in p.children if g.dep_ == "pobj"]
        for o in objs:
            found = [c for c in before if c.start <= o.i < c.end]
            if found:
                return found[-1]
        return None

    def _object_thing_before(self, ctx: ActorContext, tok: Token, party: _Cand) -> bool:
        """Whether an object "it" of a participle or conjunct verb stands for the object of the verb it hangs on, a
        singular common noun that is no actor, after the party ("Zourabichvili, a president at odds with the
        ruling party, vetoed the law[dobj], calling it 'Russian'": the law)."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        return any(self._thing_object(ctx, c) and c.i >= party.end for c in verb.head.children)

    def _thing_object(self, ctx: ActorContext, c: Token) -> bool:
        """Whether `c` is a direct object that is a thing, no actor: a singular common noun no mention covers, no
        sector word nor generic head ("vetoed the law", "condemned the attack")."""
        return c.dep_ == "dobj" and c.pos_ == "NOUN" and c.tag_ == "NN" and c.i not in ctx.covered \
            and c.lemma_.lower() not in self.kb.sector_words and c.lemma_.lower() not in self.kb.generic_heads

    def _party_in_thing_phrase(self, ctx: ActorContext, tok: Token, party: _Cand) -> bool:
        """(h21h) Whether an object "it" of a later sentence's verb with no complement of its own stands for a thing the
        sentence before told as a verb's object, the last party named only inside that thing's phrase ("Japan praised
        the agreement[dobj] signed by Armenia and Azerbaijan. Russia also rejected it": the agreement, not
        Azerbaijan); "urged it to ..." (a complement) keeps the party. Only a phrase of coordinated parties (a deal
        between two, no one's alone): one author ("the decision by Niger ... rejected it") is whom the act on it is
        aimed at, as the party."""
        verb = tok.head
        head = ctx.doc[party.head]
        if tok.dep_ != "dobj" or verb.pos_ != "VERB" or party.start >= tok.i or head.sent == tok.sent \
                or not (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)) \
                or any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children):
            return False
        t = ctx.doc[party.head]
        while t.head.i != t.i:
            t = t.head
            if t.i < party.start and self._thing_object(ctx, t):
                return True
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl"):
                return False
        return False

    def _thing_subject_before(self, ctx: ActorContext, tok: Token, before: list[_Cand]) -> bool:
        """(h32l) Whether a subject "it" that opens its clause with no party named before it in its own sentence continues
        the subject of the sentence before, when that subject is a thing (a singular common noun no mention covers, no
        sector word nor generic head: "The British-drafted resolution was adopted with 14 votes, while Russia abstained.
        It calls for a halt": the resolution, not Russia), and every party of that sentence sits off its main verb
        (in a subordinate clause or deeper phrase, not the main verb's subject, object or prepositional object: "The
        move angered China. It said ..." keeps China)."""
        if tok.dep_ != "nsubj" or any(c.start >= tok.sent.start for c in before):
            return False
        first = tok.sent.start
        if first == 0:
            return False
        prev = ctx.doc[first - 1].sent
        root = prev.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1:
            return False
        s = subj[0]
        if not (s.pos_ == "NOUN" and s.tag_ == "NN" and s.i not in ctx.covered
                and s.lemma_.lower() not in self.kb.sector_words and s.lemma_.lower() not in self.kb.generic_heads):
            return False
        args = {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr")}
        args |= {g.i for p in root.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"}
        parties = [c for c in before if c.start >= prev.start]
        if not parties:
            return False
        return not any(any(c.start <= i < c.end for i in args) or ctx.doc[c.head].i in args for c in parties)

    def _repeated_object_thing(self, ctx: ActorContext, tok: Token, party: _Cand) -> bool:
        """(p20) Whether an object "it" repeats the object of the same verb told last, in its sentence or the one
        before, when that object is a singular common noun that is no actor, named after the party ("Russia, which
        requested a meeting of the UN Security Council, condemned the attack. Saudi Arabia also condemned it": the
        attack, not the council)."""
        t, additive = repeated_verb(tok, self.vocab.get("additive_adverbs", ()), self.vocab.get("repeated_act_verbs", {}).values())
        # ("also condemned it", "condemned it too": the same act again, whatever was named in between)
        return t is not None and any(self._thing_object(ctx, c) and (additive or c.i >= party.end) for c in t.children)

    def _attack_owner(self, tok: Token) -> Token | None:
        """The attack noun (coref.yaml `attack_nouns`) whose target phrase ("on", "against":
        `attack_target_prepositions`) a possessive pronoun sits in ("strikes on its facilities" → strikes)."""
        if tok.dep_ != "poss":
            return None
        noun = tok.head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.vocab["attack_target_prepositions"]:
            return None
        attack = prep.head
        return attack if attack.pos_ == "NOUN" and attack.lemma_.lower() in self.vocab["attack_nouns"] else None

    @staticmethod
    def _noun_modifier(ctx: ActorContext, cand: _Cand) -> bool:
        """Whether a mention only modifies a noun outside it ("European Union[compound] citizens", "the
        Hamas-run[amod] ministry"): the noun, or the mention of it, is what a pronoun may mean."""
        head = ctx.doc[cand.head]
        outer = head.head
        return head.dep_ in ("compound", "amod", "nmod") and outer.pos_ in NOUNS and not cand.start <= outer.i < cand.end

    def _reporter_of(self, ctx: ActorContext, tok: Token) -> _Cand | None:
        """"Berlin rejected calls by Belarus's rulers, saying it was withholding aid": the subject
        "it" of a reported clause is the reporter, when the reporter is a thing actor. "its" on
        an object is the subject of its clause ("Pakistan, a key U.S. ally, urged its citizens")."""
        def thing(tokens) -> _Cand | None:
            # (a reporter no dictionary names speaks for the body that owns it: "the ELN's central command
            # said it had acted" → the ELN)
            return next((ctx.covered[o.i] for s in tokens
                         for o in ((s,) if s.i in ctx.covered else [c for c in s.children if c.dep_ == "poss"])
                         if o.i in ctx.covered and _is_thing(ctx, ctx.covered[o.i])), None)

        if tok.dep_ == "poss":
            noun = tok.head
            if noun.dep_ in ("dobj", "pobj", "attr"):
                verb = noun.head if noun.dep_ != "pobj" else noun.head.head
                if verb.pos_ in ("VERB", "AUX"):
                    subj, passive = syntax_subject(verb)
                    if not passive and subj and all(s.tag_ == "NNS" or s.lemma_.lower() in self.vocab["title_heads"]
                                                    or s.i in ctx.covered and ctx.actors[ctx.covered[s.i].key].kind
                                                    in ("person", "unknown_person") for s in subj):
                        # "its" does not stand for a plural noun: "The army said rebel forces[NNS] attacked its
                        # positions" → the army (the reporter, when it is one thing); nor for a person ("denied
                        # reports that a former minister had asked for asylum at its embassy" → the denier)
                        report = reporting_verb(verb) or self._allegation_denier(verb)
                        if report is None:
                            return None
                        rsubj, rpassive = syntax_subject(report)
                        return None if rpassive or any(r.tag_ in ("NNS", "NNPS") for r in rsubj) else thing(rsubj)
                    return None if passive else thing(subj)
                return None
            if noun.dep_ != "nsubj":
                return None
            tok = noun  # "Russia said its forces struck ...": as for "it" below
        verb = reporting_verb(tok.head) if tok.dep_ == "nsubj" else None
        if verb is None:
            return None
        subj, passive = syntax_subject(verb)
        return None if passive else thing(subj)

    def _allegation_denier(self, verb: Token) -> Token | None:
        """The verb denying or reporting an allegation whose content clause `verb` heads ("denied reports that
        [a former minister had asked ...]" → denied; modality.yaml `allegation_nouns`), or None."""
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        noun = clause.head
        if clause.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" for c in clause.children) \
                and noun.lemma_.lower() in self.allegation_nouns and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return noun.head
        return None

    # -- output -----------------------------------------------------------------------------------
    def _finish(self, ctx: ActorContext, article: Article) -> Article:
        doc = ctx.doc
        # ties (a name and the phrase it begins: "White House" / "White House security officials")
        # are broken by key, so actor ids do not depend on Python's per-process string hashing
        used = sorted({c.key for c in ctx.cands} | {m for c in ctx.cands for m in ctx.actors[c.key].members},
                      key=lambda k: (ctx.actors[k].first, k))
        ids = {k: f"A{n + 1}" for n, k in enumerate(used)}
        actors = []
        for k in used:
            s = ctx.actors[k]
            actors.append(Actor(ids[k], s.name, s.code, s.kind, s.country, s.sector, s.entry, s.title,
                                tuple(ids[m] for m in s.members)))
        mentions = []
        for c in sorted(ctx.cands, key=lambda c: c.start):
            span = doc[c.start:c.end]
            mentions.append(Mention(span.start_char, span.end_char, span.text, ids[c.key], ctx.sentence_of(c.start),
                                    c.resolution, c.ner))
        return replace(article, actors=tuple(actors), mentions=tuple(mentions))


def _reported_after(subject: Token, marks: Iterable[str] = ()) -> set[int]:
    """The tokens of the clauses a subject's verb (or a verb joined to it) reports after the subject ("X said that
    ..."); (h27i) with `marks` (coref.yaml `reported_conjunct_marks`), also a second reported clause the parser joined
    to the reporting verb itself ("X said that A ... and that Khartoum was recalling its ambassador from Abu Dhabi")."""
    edge = subject.right_edge.i
    out = {t.i for v in (subject.head, *subject.head.conjuncts) for c in v.children if c.dep_ == "ccomp" and c.i > edge
           for t in c.subtree}
    marks = set(marks)
    if marks and out:
        out |= {t.i for v in subject.head.conjuncts if v.i > edge and v.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children) for t in v.subtree}
    return out


def _composed_key(code: str, head: Token) -> str:
    """One actor per code and head noun: "a pro-Kurdish mayor" and "the Interior Ministry" are both
    TURGOV but not the same actor; "Russian troops" and a later "the troops" are. A counted group
    is one per count: "seven people" killed in one town and "two people" wounded in another are two."""
    count = " ".join(c.lower_ for c in head.children if c.dep_ == "nummod")
    return f"composed:{code}|{head.lemma_.lower()}" + (f"|{count}" if count else "")


def _reciprocal_other(subject: Token, vocab: dict) -> bool:
    """Whether the verb of a distributive subject ("each", "each side") acts on "the other" (coref.yaml
    `reciprocal_others`): its object or its preposition's object ("each accusing the other of ...", "each side
    blamed the other side")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objs += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(is_reciprocal_other(o, vocab) for o in objs)


def is_reciprocal_other(tok: Token, vocab: dict) -> bool:
    """"the other", "the other side" (coref.yaml `reciprocal_others`)."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("det", "amod"))]
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    # (the phrase itself, or it before a noun: "the other side")
    return any(text in (o, f"{o} {tok.lower_}") for o in vocab["reciprocal_others"])


def _acted_on(noun: Token, verb: Token) -> bool:
    """Whether a noun is what `verb` acts on: its object, or the object of its preposition
    ("urged [both countries]", "appealed to [the two leaders]"), not a noun inside another phrase."""
    if noun.dep_ in ("dobj", "dative"):
        return noun.head.i == verb.i
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "dobj" and noun.head.head.head.i == verb.i:
        return True  # ... or of its object's preposition ("signed agreements with [both countries]")
    return noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative") and noun.head.head.i == verb.i
