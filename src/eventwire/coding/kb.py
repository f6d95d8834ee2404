"""The actor knowledge base: countries, regions, organisations, groups, sector words and people
with time-bounded roles, loaded once from the versioned YAML files in ``coding/data``.

Lookups are by surface form (as written in news); codes of people depend on the date.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

import yaml

from ..cache import cached
from ..errors import EventwireError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA = resources.files("eventwire.coding") / "data"
CODE_RE = re.compile(r"^[A-Z]{3,15}$")


def read_yaml(name: str) -> dict:
    """Read one data file (relative to coding/data) and check it has a version."""
    raw = (DATA / name).read_bytes()
    data = cached("yaml", (name, raw, yaml.__version__), lambda: yaml.load(raw.decode("utf-8"), Loader=_Loader))
    if not isinstance(data, dict) or "version" not in data:
        raise EventwireError("E030", file=name, reason="top level must be a mapping with 'version'")
    return data


def data_files() -> list[str]:
    base = Path(str(DATA))
    return sorted(str(p.relative_to(base)) for p in base.rglob("*.yaml"))


@functools.lru_cache(maxsize=1)
def dictionary_version() -> str:
    """A short digest over every data file: stored with each event so a figure can be traced."""
    digest = hashlib.sha256()
    base = Path(str(DATA))
    for rel in data_files():
        digest.update(rel.encode())
        digest.update((base / rel).read_bytes())
    return digest.hexdigest()[:12]


def parse_partial_date(value: object, *, end: bool = False) -> dt.date | None:
    """'2021', '2021-02' or '2021-02-01' → a date (start or end of the period)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    parts = text.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if end:
                nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        return dt.date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        raise EventwireError("E030", file="people", reason=f"bad date {value!r}") from None


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    title: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry. `code` is the undated code; people carry `roles`."""

    id: str
    kind: str  # country | region | organisation | group | person
    name: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, day: dt.date | None) -> Role | None:
        if not self.roles:
            return None
        if day is None:
            day = dt.date.today()
        active = [r for r in self.roles if r.active(day)]
        # a role two files both give, one more precisely ("LBNREB" and "LBNREBHEZ" for Hezbollah's
        # leader): the precise one
        active = [r for r in active if not any(o.code != r.code and o.code.startswith(r.code) for o in active)]
        if active:
            # the most recently begun role is the one news means
            return max(active, key=lambda r: r.start or dt.date.min)
        return None

    def code_on(self, day: dt.date | None) -> str | None:
        """The code of this entry on `day` (people: the role then; out of office: country+ELI)."""
        if self.kind != "person":
            # a body whose standing changed ("the Taliban": rebels until 2021, then the government)
            role = self.role_on(day) if self.roles else None
            return role.code if role else self.code
        role = self.role_on(day)
        if role:
            return role.code
        if day is None:
            day = dt.date.today()
        if any(r.end and r.end < day for r in self.roles) and self.country:
            return self.country + "ELI"
        return self.country


@dataclass(frozen=True, slots=True)
class Surface:
    """A surface form in the dictionary and what it stands for."""

    entry_id: str
    form: str  # name | alias | adjective | demonym | capital | seat | region_adjective
    sector: str | None = None  # seats: Kremlin → GOV


@dataclass(eq=False)
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    sector_words: dict[str, str] = field(default_factory=dict)  # lowercase word/phrase → sector
    # agent phrases of three or more words from a user's PETRARCH agent dictionary ("national security
    # advisor" ~GOVMIL): matched as a whole at the end of a noun phrase (ours stop at two-word terms)
    agent_phrases: set[str] = field(default_factory=set)
    # PETRARCH's null actor: an agent no actor owns is coded "---" + the agent's code ("the government"
    # → ---GOV); on when a user's PETRARCH agent dictionary is loaded, off for eventwire's own
    null_actor_agents: bool = False
    # (h30g) surface forms of the names a user's PETRARCH actor dictionary gave (their codes are composed with
    # an agent title before them in the noun phrase, as PETRARCH composes actor + agent codes)
    user_actor_names: set[str] = field(default_factory=set)
    user_name_words: int = 0  # (h33i) the most words in one of `user_actor_names` (how far `_underscore_names` looks)
    # (h30g) a user's entry coded with several codes ("THE_SHIRE [FRO/BIL/SAM]") → the entries of the codes after
    # its own, which act together with it (a compound actor, one event each)
    user_multi_codes: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # (h30h) the (surface, entry id) pairs a user's PETRARCH actor dictionary added: an agent of the user's agent
    # dictionary takes a surface from our own entries only (`petrarch.add_petrarch_dictionary`)
    user_surfaces: set[tuple[str, str]] = field(default_factory=set)
    generic_heads: frozenset[str] = frozenset()
    non_agents: frozenset[str] = frozenset()  # phrases with a sector word that name no actor ("use of force")
    mass_senses: frozenset[str] = frozenset()  # sector words that, bare and singular, are no body ("minimum force")
    name_owned_heads: frozenset[str] = frozenset()  # generic heads that are a body only when a name owns them
    state_bodies: set[str] = field(default_factory=set)  # codes of groups that are a state's own forces or bodies
    generic_head_defaults: dict[str, str] = field(default_factory=dict)  # "forces" alone → MIL
    titles: dict[str, str] = field(default_factory=dict)
    sector_codes: dict[str, str] = field(default_factory=dict)  # sector key → code emitted (DIP → GOV)
    sources: dict[str, str] = field(default_factory=dict)  # file → version
    person_names: dict[str, list[str]] = field(default_factory=dict)  # person id → name and aliases
    fuzzy_config: dict = field(default_factory=dict)  # coref.yaml → person_fuzzy
    party_adjectives: dict[str, set[str]] = field(default_factory=dict)  # "Republican" → countries of a "Republican Party"
    # (h34d) a known group's whole code → the code an event gives it (groups.yaml `event_code_letters`: its country
    # and sector, YEMREBHTH → YEMREB); the whole code goes in the event's source_group / target_group
    known_groups: dict[str, str] = field(default_factory=dict)

    # -- building -----------------------------------------------------------------------------
    def add(self, entry: Entry, forms: Iterable[tuple[str, str, str | None]]) -> None:
        self.entries[entry.id] = entry
        for text, form, sector in forms:
            text = (text or "").strip()
            if not text:
                continue
            bucket = self.surfaces.setdefault(text, [])
            if not any(s.entry_id == entry.id and s.form == form for s in bucket):
                bucket.append(Surface(entry.id, form, sector))

    # -- lookups ------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(text) or self.surfaces.get(strip_the(text)) or []

    def best(self, text: str) -> tuple[Entry, Surface] | None:
        """The most likely entry for a surface form (people and organisations before places)."""
        found = self.lookup(text)
        if not found:
            return None
        # (h30g) "null": a user's PETRARCH name coded [---] (no actor), which wins over ours, as that file says
        order = {"null": -1, "person": 0, "organisation": 1, "group": 1, "country": 2, "region": 3}
        surface = min(found, key=lambda s: order.get(self.entries[s.entry_id].kind, 9))
        return self.entries[surface.entry_id], surface

    def surname_owner(self, text: str, day: dt.date | None) -> Entry | None:
        """The one person a derived surname alias names on `day`: the only owner holding a role
        then (several people may share a family name if only one is in office)."""
        found = [s for s in self.surfaces.get(text, ()) if s.form == "surname"]
        active = [self.entries[s.entry_id] for s in found if self.entries[s.entry_id].role_on(day)]
        return active[0] if len(active) == 1 else None

    def surname_owners(self, text: str, day: dt.date | None) -> list[Entry]:
        """(h23e) Every person a derived surname alias names who holds a role on `day`."""
        found = [s for s in self.surfaces.get(text, ()) if s.form == "surname"]
        return [self.entries[s.entry_id] for s in found if self.entries[s.entry_id].role_on(day)]

    def surname_country(self, text: str, day: dt.date | None) -> str | None:
        """The country of every person a derived surname alias names who had begun a role by `day`,
        when they share one ("the Biden administration" after Biden left office), else None."""
        day = day or dt.date.today()
        found = [self.entries[s.entry_id] for s in self.surfaces.get(text, ()) if s.form == "surname"]
        countries = {e.country for e in found if any(r.start is None or r.start <= day for r in e.roles)}
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def country(self, code: str | None) -> Entry | None:
        return self.entries.get("country:" + code) if code else None

    def event_code(self, code: str | None) -> tuple[str | None, str | None]:
        """(h34d) The code an event gives an actor coded `code`, and the known group's whole code when it is one:
        YEMREBHTH → (YEMREB, YEMREBHTH); RUSGOV → (RUSGOV, None)."""
        short = self.known_groups.get(code) if code else None
        return (short, code) if short else (code, None)

    def party_adjective_countries(self) -> dict[str, set[str]]:
        """The countries of the dictionary's parties named "<word> Party" (groups.yaml, kind party), by that word."""
        return self.party_adjectives

    def sector_of(self, word: str) -> str | None:
        hit = self.sector_words.get(word.lower())
        if hit is None and "_" in word and self.null_actor_agents:
            # (h33i) a user's agent written with its words joined by "_" ("Defense_Department"), as PETRARCH reads
            # the text; only with a user's agent dictionary loaded (then the sector words are the user's)
            hit = self.sector_words.get(underscore_spaced(word.lower()))
        return hit

    def sector_of_name(self, word: str) -> str | None:
        """The sector of a proper-noun plural the lemmatizer leaves alone ("Kurds", "Christians"):
        looked up as written, then as its singular."""
        w = word.lower()
        hit = self.sector_words.get(w)
        if hit is None and len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            hit = self.sector_words.get(w[:-1])
        if hit is None and len(w) > 4 and w.endswith("men"):
            # (h25d) "-men" plurals capitalised at a sentence's start ("PORT-AU-PRINCE (AP) - Gunmen from ... kidnapped")
            hit = self.sector_words.get(w[:-3] + "man")
        return hit

    def search(self, name: str, *, limit: int = 5) -> list[tuple[Entry, float]]:
        """Fuzzy name lookup (rapidfuzz) for `eventwire actors lookup`."""
        from rapidfuzz import fuzz, utils

        exact = self.lookup(name)
        if exact:
            seen, out = set(), []
            for s in exact:
                if s.entry_id not in seen:
                    seen.add(s.entry_id)
                    out.append((self.entries[s.entry_id], 100.0))
            return out
        out, seen = [], set()
        for text, score in _fuzzy(name, list(self.surfaces), fuzz.WRatio, utils.default_process, limit * 3):
            for s in self.surfaces[text]:
                if s.entry_id not in seen:
                    seen.add(s.entry_id)
                    out.append((self.entries[s.entry_id], float(score)))
        return out[:limit]

    # -- spelling-tolerant person lookup (coref.yaml → person_fuzzy) ----------------------------
    def fold_name(self, text: str) -> str:
        """A person name folded for comparison: no accents, lower case, hyphens and dots as
        spaces, without Arabic article particles after the first word ("Omar El Bashir" →
        "omar bashir", as "Omar al-Bashir")."""
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        words = re.sub(r"[^a-z0-9 ]", "", re.sub(r"[-.\u2019]", " ", text)).split()
        particles = self.fuzzy_config.get("particles", ())
        return " ".join(w for i, w in enumerate(words) if i == 0 or w not in particles)

    @functools.cached_property
    def _person_keys(self) -> dict[str, frozenset[str]]:
        keys: dict[str, set[str]] = {}
        for eid, names in self.person_names.items():
            for text in names:
                key = self.fold_name(text)
                if key:
                    keys.setdefault(key, set()).add(eid)
        return {k: frozenset(v) for k, v in keys.items()}

    @functools.cached_property
    def _person_family_keys(self) -> dict[str, frozenset[str]]:
        keys: dict[str, set[str]] = {}
        for key, ids in self._person_keys.items():
            words = key.split()
            if len(words) >= 2:
                keys.setdefault(words[-1], set()).update(ids)
        return {k: frozenset(v) for k, v in keys.items()}

    def match_person(self, name: str, day: dt.date | None) -> Entry | None:
        """The one person a name with no exact dictionary entry most likely means ("Francois
        Mitterand", "Omar El Bashir"), or None: the conservative rule of ``person_fuzzy``."""
        from rapidfuzz import fuzz

        cfg = self.fuzzy_config
        if not cfg:
            return None
        key = self.fold_name(name)
        words = key.split()
        if not words:
            return None
        exact = self._person_keys.get(key)
        if exact:
            return self.entries[next(iter(exact))] if len(exact) == 1 else None
        family = words[-1]
        if len(family) < cfg["min_surname_length"]:
            return None
        if len(words) == 1 and family in cfg.get("stopwords", ()):
            return None
        if len(words) == 1:  # a family name alone: only a person in office on the date
            hits = _fuzzy(family, list(self._person_family_keys), fuzz.ratio, None, 5, cfg["min_surname_score"])
            hits = [(k, sc) for k, sc in hits if k[:1] == family[:1] and len(k) >= cfg["min_surname_length"]]
            if not hits or len(hits) > 1 and hits[1][1] >= hits[0][1] - cfg["ambiguity_margin"]:
                return None
            active = [self.entries[e] for e in self._person_family_keys[hits[0][0]] if self.entries[e].role_on(day)]
            return active[0] if len(active) == 1 else None
        found: dict[str, float] = {}
        for cand, score in _fuzzy(key, list(self._person_keys), fuzz.ratio, None, 10, cfg["min_score"]):
            cwords = cand.split()
            if len(cwords) < 2 or cwords[-1][:1] != family[:1] or cwords[0][:1] != words[0][:1]:
                continue
            if len(cwords[-1]) < cfg["min_surname_length"] or fuzz.ratio(cwords[-1], family) < cfg["min_surname_score"]:
                continue
            for eid in self._person_keys[cand]:
                found[eid] = max(found.get(eid, 0.0), score)
        ranked = sorted(found.items(), key=lambda x: -x[1])
        if not ranked or len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - cfg["ambiguity_margin"]:
            return None
        return self.entries[ranked[0][0]]


def _fuzzy(query: str, choices: list[str], scorer, processor, limit: int, cutoff: float = 0.0) -> list[tuple[str, float]]:
    """The `limit` choices nearest to `query` by `scorer` (rapidfuzz), best first."""
    from rapidfuzz import process

    hits = process.extract(query, choices, scorer=scorer, processor=processor, limit=limit, score_cutoff=cutoff)
    return [(text, float(score)) for text, score, _ in hits]


def known_group_codes(kb: KnowledgeBase, event):
    """(h34d) The event with a known group's code as its country and sector (`KnowledgeBase.event_code`) and the
    whole code in `source_group` / `target_group`; the event itself when neither side is a known group."""
    source, source_group = kb.event_code(event.source_code)
    target, target_group = kb.event_code(event.target_code)
    if source_group is None and target_group is None:
        return event
    return dataclasses.replace(event, source_code=source, source_group=source_group, target_code=target,
                               target_group=target_group)


def underscore_spaced(text: str) -> str:
    """(h33i) "Prince of Dol_Amroth" → "Prince of Dol Amroth": underscores between words are blanks, as in a
    PETRARCH dictionary, whose names join their words with "_" as its reader's tokens do."""
    return " ".join(text.replace("_", " ").split())


def strip_the(text: str) -> str:
    """"the European Union" → "European Union": a name as looked up without its leading article."""
    return text[4:] if text.lower().startswith("the ") else text


def _check(cond: bool, file: str, reason: str) -> None:
    if not cond:
        raise EventwireError("E030", file=file, reason=reason)


def _load_countries(kb: KnowledgeBase) -> None:
    data = read_yaml("countries.yaml")
    kb.sources["countries.yaml"] = str(data["version"])
    for c in data["countries"]:
        code = c["code"]
        _check(bool(CODE_RE.match(code)) and len(code) == 3, "countries.yaml", f"bad code {code!r}")
        forms = [(n, "name", None) for n in [c["name"], *c.get("names", [])]]
        forms += [(a, "adjective", None) for a in c.get("adjectives", [])]
        forms += [(d, "demonym", None) for d in c.get("demonyms", [])]
        forms += [(cap, "capital", "GOV") for cap in c.get("capitals", [])]
        for seat in c.get("seats", []) or []:
            forms.append((seat["name"], "seat", seat.get("sector")))
            if not seat["name"].lower().startswith("the "):
                forms.append(("the " + seat["name"], "seat", seat.get("sector")))
        kb.add(Entry("country:" + code, "country", c["name"], code, country=code), forms)


def _load_regions(kb: KnowledgeBase) -> None:
    data = read_yaml("regions.yaml")
    kb.sources["regions.yaml"] = str(data["version"])
    for r in data["regions"]:
        forms = [(n, "name", None) for n in [r["name"], *r.get("names", [])]]
        forms += [(a, "adjective", None) for a in r.get("adjectives", [])]
        # (h23e) and its people, taken only as "the Europeans" (coref.yaml `region_people_determiners`)
        forms += [(d, "demonym", None) for d in r.get("demonyms", [])]
        kb.add(Entry("region:" + r["code"], "region", r["name"], r["code"]), forms)


def _load_orgs(kb: KnowledgeBase) -> None:
    for file, key, kind in (("organisations.yaml", "organisations", "organisation"), ("groups.yaml", "groups", "group")):
        data = read_yaml(file)
        kb.sources[file] = str(data["version"])
        for o in data[key]:
            code = o["code"]
            _check(bool(CODE_RE.match(code)), file, f"bad code {code!r}")
            eid = f"{kind}:{code}:{o['name']}"
            forms = [(n, "name" if i == 0 else "alias", None) for i, n in enumerate([o["name"], *(o.get("aliases") or [])])]
            forms += [("the " + o["name"], "name", None)] if not o["name"].lower().startswith("the ") else []
            roles = tuple(Role(r["code"], None, parse_partial_date(r.get("start")), parse_partial_date(r.get("end"), end=True))
                          for r in o.get("roles") or [])
            for r in roles:
                _check(bool(CODE_RE.match(r.code)), file, f"bad role code {r.code!r} of {code}")
            kb.add(Entry(eid, kind, o["name"], code, country=o.get("country") or (code[:3] if kind == "group" else None),
                         sector=o.get("sector"), roles=roles), forms)
            if o.get("kind") == "state_body":
                kb.state_bodies.add(code)
            letters = data.get("event_code_letters")
            for c in (code, *(r.code for r in roles)) if letters else ():
                if len(c) > letters and f"country:{c[:3]}" in kb.entries:
                    kb.known_groups[c] = c[:letters]
            words = o["name"].split()
            if o.get("kind") == "party" and len(words) == 2 and words[1] == "Party" and o.get("country"):
                kb.party_adjectives.setdefault(words[0], set()).add(o["country"])


def _load_sectors(kb: KnowledgeBase) -> None:
    data = read_yaml("sectors.yaml")
    kb.sources["sectors.yaml"] = str(data["version"])
    words: dict[str, str] = {}
    for sector, spec in data["sectors"].items():
        code = spec.get("code", sector)
        kb.sector_codes[sector] = code
        for w in spec.get("words", []):
            words.setdefault(str(w).lower(), code)
    kb.sector_words = words
    kb.generic_heads = frozenset(str(w).lower() for w in data.get("generic_heads", []))
    kb.non_agents = frozenset(str(w).lower() for w in data.get("non_agents", []))
    kb.mass_senses = frozenset(str(w).lower() for w in data.get("mass_senses", []))
    kb.name_owned_heads = frozenset(str(w).lower() for w in data.get("name_owned_heads", []))
    kb.titles = {str(k): v for k, v in (data.get("titles") or {}).items()}
    kb.titles.update({str(h): None for h in data.get("honorifics") or () if str(h) not in kb.titles})
    kb.generic_head_defaults = {str(k).lower(): str(v) for k, v in (data.get("generic_head_defaults") or {}).items()}


def _load_people(kb: KnowledgeBase) -> None:
    base = Path(str(DATA / "people"))
    for path in sorted(base.glob("*.yaml")):
        rel = "people/" + path.name
        data = read_yaml(rel)
        kb.sources[rel] = str(data["version"])
        for p in data["people"]:
            name = p["name"]
            roles = tuple(
                Role(r["code"], r.get("title"), parse_partial_date(r.get("start")),
                     parse_partial_date(r.get("end"), end=True))
                for r in p.get("roles", []))
            _check(bool(roles), rel, f"{name} has no roles")
            eid = "person:" + name
            if eid in kb.entries:  # the same person in two files: merge roles
                old = kb.entries[eid]
                roles = tuple(dict.fromkeys(old.roles + roles))
            forms = [(name, "name", None)] + [(a, "alias", None) for a in p.get("aliases") or []]
            kb.person_names.setdefault(eid, []).extend([name, *(p.get("aliases") or [])])
            kb.add(Entry(eid, "person", name, roles[-1].code, country=p.get("country"), roles=roles), forms)


def _add_surnames(kb: KnowledgeBase) -> None:
    """Derived aliases: the family name of each person ("Putin"), when no person's name or alias
    starts with it and it is no other surface form, title or sector word. Stored
    with form ``surname``: the resolver takes it only for a person holding a role on the date
    (``coref.yaml`` → ``surname_aliases`` switches them off; ``surname_stopwords`` lists family
    names that are also common words). A family name shared by several people is kept for all of
    them: on a given date it names the one then in office, if exactly one is."""
    vocab = read_yaml("coref.yaml")
    stop = {str(w).lower() for w in vocab.get("surname_stopwords") or []}
    cfg = dict(vocab.get("person_fuzzy") or {})
    if cfg:
        cfg["particles"] = frozenset(str(p).lower() for p in cfg.get("particles") or ())
        cfg["stopwords"] = frozenset(stop)  # ("Sheikh" alone is no spelling of al-Sheikh)
    kb.fuzzy_config = cfg
    if not vocab.get("surname_aliases", True):
        return
    owners: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for eid, names in kb.person_names.items():
        for text in names:
            words = text.split()
            if len(words) < 2:
                continue
            firsts.setdefault(words[0], set()).add(eid)
            owners.setdefault(words[-1], set()).add(eid)
            prefix, _, rest = words[-1].partition("-")
            if rest[:1].isupper() and prefix.islower() and len(prefix) <= 3 and len(rest) >= 4:
                # (h23e) a family name with its article ("al-Sharaa", "el-Sisi") is also written without it ("Sharaa
                # met Trump", "Shaibani said") and, opening a sentence, with it capitalised ("Al-Sharaa said")
                owners.setdefault(rest, set()).add(eid)
                owners.setdefault(prefix.capitalize() + "-" + rest, set()).add(eid)

    def span(eid: str) -> tuple[dt.date, dt.date]:
        roles = kb.entries[eid].roles
        return (min((r.start or dt.date.min) for r in roles), max((r.end or dt.date.max) for r in roles))

    def blocked(surname: str, ids: set[str]) -> bool:
        # a first name blocks a family name unless every bearer left office before the owners took
        # any role: Yusuf Lule (president 1979) does not hide "Yusuf" of leaders of the 2000s
        first_owner_start = min(span(eid)[0] for eid in ids)
        return any(span(other)[1] >= first_owner_start for other in firsts.get(surname, ()))

    for surname, ids in owners.items():
        if len(surname) < 3 or not (surname[:1].isupper() or re.match(r"^[a-z]{1,3}-[A-Z]", surname)) or blocked(surname, ids):
            continue
        if surname.lower() in stop or surname in kb.surfaces or surname in kb.titles:
            continue
        if surname.lower() in kb.sector_words or surname.lower() in kb.generic_heads:
            continue
        kb.surfaces[surname] = [Surface(eid, "surname", None) for eid in sorted(ids)]


@functools.lru_cache(maxsize=4)
def load_kb(extra_actor_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """Load every dictionary once per process; `extra_actor_files` are PETRARCH-format actor or
    agent dictionaries a user brings (``--actors FILE``), added on top of ours."""
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_regions(kb)
    _load_orgs(kb)
    _load_sectors(kb)
    _load_people(kb)
    _add_surnames(kb)
    if extra_actor_files:
        from .petrarch import add_petrarch_dictionary

        for path in extra_actor_files:
            add_petrarch_dictionary(kb, path)
    return kb
