"""The one data model: an `Article` and the typed, frozen records coded from it.

Every stage takes an `Article` and returns a new one (``dataclasses.replace``), so a record is
never changed after it is made. The JSON form of each record is its ``to_dict()`` and is
documented in ``docs/schema.md`` (a test keeps the two in step).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("internal")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


class Record:
    """Mixin: JSON-ready dict of a frozen record."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """Character offsets into `Article.text` (end exclusive)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """One actor of an article: a person, country, organisation or group, coded once.

    `code` is the CAMEO-style actor code on the article's date (RUSGOV, MMRMIL, IGOJUDICC);
    `members` lists the actor ids of a compound actor ("the two countries")."""

    id: str
    name: str
    code: str | None
    kind: str  # person | country | organisation | group | region | composed | unknown_person | compound
    country: str | None = None
    sector: str | None = None
    entry: str | None = None  # dictionary entry id that supplied the code
    title: str | None = None  # role title on the date (President, Commander-in-Chief ...)
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A span of text that refers to an actor, and how it was resolved."""

    start: int
    end: int
    text: str
    actor_id: str
    sentence: int
    resolution: str  # dictionary | ner | surname | composed | apposition | alias | description | pronoun | place
    ner_label: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate(Record):
    value: str | None  # ISO day, month (YYYY-MM) or year (YYYY); None when unknown
    precision: str  # day | month | year | unknown
    text: str | None = None  # the time expression it came from
    recent: bool = False
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Place(Record):
    name: str
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    feature: str  # city | admin1 | country | region
    evidence: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One coded interaction: source does `cameo_code` to target. In a one-sided event one side is
    missing: its name and id are "" and its code None ("Five hundred rebels surrendered")."""

    source_actor: str
    source_code: str | None
    target_actor: str
    target_code: str | None
    cameo_code: str
    cameo_root: str
    quad_class: int | None  # None (with goldstein None) only for a code of a user's verb dictionary outside CAMEO
    goldstein: float | None
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    mode: str  # happened | planned | denied | hypothetical
    event_date: str | None
    date_precision: str
    sentence: str
    sentence_index: int
    span: Span
    trigger: str
    confidence: float
    rule: str
    source_id: str = ""  # actor ids within the article
    target_id: str = ""
    # (h34d) a known group's whole CAMEO code (YEMREBHTH, the Houthis) when the side's code above is its country and
    # sector (YEMREB, ANNOTATION.md); None for any other actor. GDELT's Actor1Code / Actor1KnownGroupCode come from it.
    source_group: str | None = None
    target_group: str | None = None
    date: EventDate | None = None
    place: Place | None = None
    tone: float | None = None
    versions: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Quote(Record):
    quote: str
    speaker: str | None
    speaker_code: str | None
    span: Span
    speaker_id: str | None = None
    cue: str | None = None
    kind: str = "direct"  # direct | partial | indirect
    sentence_index: int = 0


@dataclass(frozen=True, slots=True)
class Fact(Record):
    text: str
    quantity: float | None
    unit: str | None
    measure: str | None  # what it measures ("trade", "elephants")
    actors: tuple[str, ...]
    actor_codes: tuple[str | None, ...]
    span: Span
    sentence_index: int


@dataclass(frozen=True, slots=True)
class Tone(Record):
    score: float  # -10 .. +10 (GDELT-like: 100 × (pos − neg) / words, clipped)
    positive: float
    negative: float
    words: int
    method: str


@dataclass(frozen=True, slots=True)
class Article(Record):
    """An article and everything coded from it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    places: tuple[Place, ...] = ()
    tone: Tone | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def output(self) -> dict[str, Any]:
        """The `eventwire extract` JSON object for this article."""
        actors = {a.id: a for a in self.actors}
        entities = []
        seen = set()
        for a in self.actors:
            if a.kind == "compound" or (a.name, a.code) in seen:
                continue
            seen.add((a.name, a.code))
            entities.append({"name": a.name, "type": a.kind, "code": a.code})
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": entities,
            "facts": [f.to_dict() for f in self.facts],
            "tone": self.tone.to_dict() if self.tone else None,
            "mentions": [m.to_dict() | {"code": actors[m.actor_id].code if m.actor_id in actors else None}
                         for m in self.mentions],
        }


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) string → date; None stays None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
