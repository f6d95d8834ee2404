"""Event-date resolver.

Turns a *time expression* (the text of a spaCy DATE/TIME entity, or a phrase
such as "on Tuesday" / "last week") into an ISO date of known precision,
relative to the article's publication date.

Never feed this whole sentences: it is written for the expression only, and it
refuses bare numbers ("the 75th", "40%", "68", "six") instead of guessing.

All vocabulary lives in ``data/dates.yaml``; this module holds only grammar.
dateparser is used for explicit dates that carry a year ("March 4, 2025",
"4 March 2025", "3/4/2025"); the relative / weekday / month-day / year-choice
logic is our own, because it has to follow the caller's ``direction``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable

import yaml

from ..cache import cached

__all__ = ["ResolvedDate", "resolve_date", "holiday_names", "shift_date", "is_amount", "load_vocabulary", "DIRECTIONS", "PRECISIONS"]

DIRECTIONS = ("past", "future", "nearest")
PRECISIONS = ("day", "month", "year", "unknown")


@dataclass(frozen=True)
class ResolvedDate:
    text: str  # the expression as given
    value: str | None  # "2025-05-09" (day), "2025-05" (month), "2025" (year), None when unknown
    precision: str  # "day" | "month" | "year" | "unknown"
    recent: bool = False  # "recently", "lately", "in recent weeks" ... (value None)
    reason: str = ""  # how it was resolved, e.g. "weekday", "month_day", "unparsed"


# --------------------------------------------------------------------------- vocabulary


@functools.lru_cache(maxsize=1)
def load_vocabulary() -> dict[str, Any]:
    """The raw contents of ``data/dates.yaml`` (loaded once)."""
    ref = resources.files("eventwire.coding").joinpath("data").joinpath("dates.yaml")
    raw = ref.read_bytes()
    data = cached("yaml", ("dates.yaml", raw, yaml.__version__),
                  lambda: yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError("dates.yaml: missing 'version' key")
    return data


def _alt(words) -> str:
    """Regex alternation of phrases, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Vocab:
    raw: dict[str, Any]
    year_min: int
    year_max: int
    months: dict[str, int]
    weekdays: dict[str, int]
    modifiers: dict[str, str]
    relative_days: dict[str, int]
    relative_periods: dict[str, dict]
    recency: frozenset[str]
    vague: frozenset[str]
    anaphoric: frozenset[str]
    numbers: dict[str, float]
    vague_quantities: frozenset[str]
    units: dict[str, dict]
    unit_names: dict[str, str]  # surface form -> canonical unit
    recent_units: frozenset[str]
    bare_span_words: frozenset[str]
    strip_prefixes: tuple[str, ...]
    decade_words: frozenset[str]
    time_of_day: frozenset[str]
    # compiled patterns
    re_weekday: re.Pattern
    re_weekend: re.Pattern
    re_month: re.Pattern
    re_month_day: re.Pattern
    re_day_month: re.Pattern
    re_season: re.Pattern
    re_ago: re.Pattern
    re_in: re.Pattern
    re_from_now: re.Pattern
    re_anaphoric_offset: re.Pattern
    re_duration: re.Pattern
    re_span: re.Pattern
    re_time_suffix: re.Pattern
    re_month_word: re.Pattern
    re_time_prefix: re.Pattern
    re_night_into: re.Pattern
    re_month_of_year: re.Pattern
    re_weekday_of_week: re.Pattern


@functools.lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = load_vocabulary()
    months = {str(k): int(v) for k, v in raw["months"].items()}
    weekdays = {str(k): int(v) for k, v in raw["weekdays"].items()}
    modifiers = {str(k): str(v) for k, v in raw["anchor_modifiers"].items()}
    numbers = {str(k): float(v) for k, v in raw["numbers"].items()}
    vague_q = frozenset(raw["vague_quantities"])
    units = {str(k): dict(v) for k, v in raw["units"].items()}
    unit_names = {u: u for u in units}
    unit_names.update({str(k): str(v) for k, v in raw["unit_plurals"].items()})

    MOD = _alt(modifiers)
    WD = _alt(weekdays)
    MON = _alt(months)
    QTY = r"\d+(?:\.\d+)?|" + _alt(list(numbers) + list(vague_q))
    UNIT = _alt(unit_names)
    ORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    YEAR = r"(?: (?P<year>\d{4}))?"
    TOD = _alt(raw["time_of_day"])
    clock = r"\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}"

    return _Vocab(
        raw=raw,
        year_min=int(raw["year_bounds"]["min"]),
        year_max=int(raw["year_bounds"]["max"]),
        months=months,
        weekdays=weekdays,
        modifiers=modifiers,
        relative_days={str(k): int(v) for k, v in raw["relative_days"].items()},
        relative_periods={str(k): dict(v) for k, v in raw["relative_periods"].items()},
        recency=frozenset(raw["recency"]),
        vague=frozenset(raw["vague"]),
        anaphoric=frozenset(raw["anaphoric"]),
        numbers=numbers,
        vague_quantities=vague_q,
        units=units,
        unit_names=unit_names,
        recent_units=frozenset(raw["recent_units"]),
        bare_span_words=frozenset(raw["bare_span_words"]),
        strip_prefixes=tuple(sorted(set(raw["strip_prefixes"]), key=len, reverse=True)),
        decade_words=frozenset(raw["decade_words"]),
        time_of_day=frozenset(raw["time_of_day"]),
        re_weekday=re.compile(rf"^(?:(?P<mod>{MOD}) )?(?P<wd>{WD})$"),
        re_weekend=re.compile(rf"^(?:(?P<mod>{MOD}) )?(?:{_alt(raw['weekend_words'])})$"),
        re_month=re.compile(rf"^(?:(?P<mod>{MOD}) )?(?P<mon>{MON}){YEAR}$"),
        re_month_day=re.compile(rf"^(?:(?P<wd>{WD}) )?(?P<mon>{MON}) (?:the )?{ORD}{YEAR}$"),
        re_day_month=re.compile(rf"^(?:(?P<wd>{WD}) )?(?:the )?{ORD} (?:of )?(?P<mon>{MON}){YEAR}$"),
        re_season=re.compile(rf"^(?:(?:{MOD}) )?(?:{_alt(raw['seasons'])})$"),
        re_ago=re.compile(rf"^(?P<qty>{QTY}) (?P<unit>{UNIT}) (?:{_alt(raw['ago_words'])})$"),
        re_in=re.compile(rf"^(?:{_alt(raw['future_prefixes'])}) (?P<qty>{QTY}) (?P<unit>{UNIT})$"),
        re_from_now=re.compile(rf"^(?P<qty>{QTY}) (?P<unit>{UNIT}) (?:{_alt(raw['future_suffixes'])})$"),
        re_anaphoric_offset=re.compile(
            rf"^(?P<qty>{QTY}) (?P<unit>{UNIT}) (?:{_alt(raw['anaphoric_offset_words'])})$"
        ),
        re_duration=re.compile(rf"^(?P<qty>{QTY}) (?P<unit>{UNIT})$"),
        re_span=re.compile(
            rf"^(?:the )?(?P<word>{_alt(raw['span_words'])}) (?:(?P<qty>{QTY}) )?(?P<unit>{UNIT})$"
        ),
        re_time_suffix=re.compile(
            rf"^(?P<rest>.+?)(?: (?:{_alt(raw['time_connectors'])}))? (?:{TOD}|{clock})$"
        ),
        re_month_word=re.compile(rf"\b(?:{MON})\b"),
        re_time_prefix=re.compile(rf"^(?:{TOD}|{clock})(?: (?:{_alt(raw['time_connectors'])}))? (?P<rest>.+)$"),
        # (h32a) "february last year", "june of this year": a month of a year told relative to publication
        re_month_of_year=re.compile(rf"^(?P<mon>{MON}) (?:of )?(?P<period>{_alt(k for k, v in raw['relative_periods'].items() if v['unit'] == 'year')})$"),
        # (h32a) "tuesday last week", "friday of next week": a day of a week told relative to publication
        re_weekday_of_week=re.compile(rf"^(?P<wd>{WD}) (?:of )?(?P<period>{_alt(k for k, v in raw['relative_periods'].items() if v['unit'] == 'week')})$"),
        # (h32a) "overnight into saturday", "friday night into saturday": the day the night ran into
        re_night_into=re.compile(
            rf"^(?:.+ )?(?:{_alt(raw['night_words'])}) (?:{_alt(raw['night_end_prepositions'])}) (?P<rest>.+)$"),
    )


# --------------------------------------------------------------------------- helpers

_RE_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_RE_YEAR = re.compile(r"^(\d{4})$")
_RE_YEAR_TOKEN = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_RE_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b")
_RE_DECADE = re.compile(r"^'?\d{1,3}0s$")
_RE_CLOCK = re.compile(r"^(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})$")


def _normalize(text: str) -> str:
    s = text.lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", " ")
    s = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", s)  # a.m. / p.m.
    s = re.sub(r"[.,;!?()\"\[\]]", " ", s)
    s = re.sub(r"\bmid-", "mid ", s)
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True)
class _Ctx:
    text: str
    ref: dt.date | None
    direction: str
    v: _Vocab

    def out(self, value: str | None, precision: str, reason: str, recent: bool = False) -> ResolvedDate:
        return ResolvedDate(self.text, value, precision, recent, reason)

    def unknown(self, reason: str, recent: bool = False) -> ResolvedDate:
        return ResolvedDate(self.text, None, "unknown", recent, reason)

    def day(self, d: dt.date, reason: str) -> ResolvedDate:
        return self.out(d.isoformat(), "day", reason)

    def month(self, year: int, month: int, reason: str) -> ResolvedDate:
        return self.out(f"{year:04d}-{month:02d}", "month", reason)

    def year(self, year: int, reason: str) -> ResolvedDate:
        return self.out(f"{year:04d}", "year", reason)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick(cands: list[dt.date], ref: dt.date, direction: str) -> dt.date | None:
    """past: latest on/before ref; future: earliest on/after; nearest: closest (tie -> earlier)."""
    if direction == "past":
        ok = [c for c in cands if c <= ref]
        return max(ok) if ok else None
    if direction == "future":
        ok = [c for c in cands if c >= ref]
        return min(ok) if ok else None
    return min(cands, key=lambda c: (abs((c - ref).days), c)) if cands else None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + n
    return idx // 12, idx % 12 + 1


def _qty(v: _Vocab, q: str) -> float | None:
    """Number for a quantity; None for a vague one ("a few")."""
    if q in v.vague_quantities:
        return None
    if q in v.numbers:
        return v.numbers[q]
    return float(q)


# --------------------------------------------------------------------------- matchers
# Each takes (normalised string, context) and returns a ResolvedDate or None.


def _m_phrases(s: str, c: _Ctx) -> ResolvedDate | None:
    v = c.v
    if s in v.recency:
        return c.unknown("recent", recent=True)
    if s in v.vague:
        return c.unknown("vague")
    if s in v.anaphoric:
        return c.unknown("anaphoric")
    if s in v.relative_days:
        if c.ref is None:
            return c.unknown("no_reference")
        return c.day(c.ref + dt.timedelta(days=v.relative_days[s]), "relative_day")
    if s in v.relative_periods:
        if c.ref is None:
            return c.unknown("no_reference")
        spec = v.relative_periods[s]
        unit, off = spec["unit"], int(spec["offset"])
        if unit == "week":
            monday = c.ref - dt.timedelta(days=c.ref.weekday()) + dt.timedelta(weeks=off)
            return c.month(monday.year, monday.month, "relative_week")
        if unit == "month":
            y, m = _add_months(c.ref.year, c.ref.month, off)
            return c.month(y, m, "relative_period")
        if unit == "year":
            return c.year(c.ref.year + off, "relative_period")
        raise ValueError(f"dates.yaml: unknown relative_periods unit {unit!r}")
    return None


def _m_iso(s: str, c: _Ctx) -> ResolvedDate | None:
    m = _RE_ISO.match(s)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if not (1 <= mo <= 12):
        return c.unknown("invalid_date")
    if m.group(3) is None:
        return c.month(y, mo, "explicit")
    d = _safe_date(y, mo, int(m.group(3)))
    return c.day(d, "explicit") if d else c.unknown("invalid_date")


@functools.lru_cache(maxsize=1)
def _date_data_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year"],
            "PARSERS": ["custom-formats", "absolute-time"],
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        },
    )


def _m_explicit(s: str, c: _Ctx) -> ResolvedDate | None:
    """Full dates that carry their own year, via dateparser (validated)."""
    years = [int(y) for y in _RE_YEAR_TOKEN.findall(s)]
    if len(years) != 1:
        return None
    mon_words = c.v.re_month_word.findall(s)
    if not mon_words and not _RE_NUMERIC_DATE.search(s):
        return None
    try:
        data = _date_data_parser().get_date_data(s)
    except Exception:  # dateparser can raise on odd input; treat as not parsed
        return None
    d, period = data.date_obj, data.period
    if d is None or period not in ("day", "month") or d.year != years[0]:
        return None
    if mon_words and {c.v.months[w] for w in mon_words} != {d.month}:
        return None
    if period == "month":
        return c.month(d.year, d.month, "explicit")
    return c.day(d.date(), "explicit")


def _m_month_day(s: str, c: _Ctx) -> ResolvedDate | None:
    v = c.v
    m = v.re_month_day.match(s) or v.re_day_month.match(s)
    if not m:
        return None
    mon, day = v.months[m.group("mon")], int(m.group("day"))
    if m.group("year"):
        d = _safe_date(int(m.group("year")), mon, day)
        return c.day(d, "explicit") if d else c.unknown("invalid_date")
    if not 1 <= day <= calendar.monthrange(2024, mon)[1]:  # 2024: leap year, allows Feb 29
        return c.unknown("invalid_date")
    if c.ref is None:
        return c.unknown("no_reference")
    cands = [d for y in range(c.ref.year - 4, c.ref.year + 5) if (d := _safe_date(y, mon, day))]
    chosen = None
    if m.group("wd"):  # "Tuesday, March 4": prefer a year where the weekday matches
        wd = v.weekdays[m.group("wd")]
        matching = [d for d in cands if d.weekday() == wd and abs(d.year - c.ref.year) <= 1]
        chosen = _pick(matching, c.ref, c.direction) or _pick(matching, c.ref, "nearest")
    return c.day(_choose_day(cands, c, chosen), "month_day")


def _choose_day(cands: list[dt.date], c: _Ctx, chosen: dt.date | None = None) -> dt.date | None:
    """The day of a yearly date (a month's day, a holiday) meant against the publication date: into the past for
    an act, the future for a plan, and a day at most `month_day_ahead_days` after publication is this year's."""
    if chosen is None and c.direction == "past":
        # (h24c) a month's day without a year a few weeks after publication is this year's, not last year's, even
        # for an act that happened: "announced tariffs ... effective March 10" published March 4 (dates.yaml
        # `month_day_ahead_days`; a year-old day would have its year written)
        ahead = int(c.v.raw.get("month_day_ahead_days", 0))
        soon = [d for d in cands if 0 < (d - c.ref).days <= ahead]
        chosen = min(soon) if soon else None
    return chosen or _pick(cands, c.ref, c.direction)


@functools.lru_cache(maxsize=1)
def _holidays() -> dict[str, dict]:
    """dates.yaml `holidays`, keyed by the normalised name."""
    return {_normalize(str(k)): dict(v) for k, v in (load_vocabulary().get("holidays") or {}).items()}


def holiday_names() -> frozenset[str]:
    """The normalised names of the holidays dates.yaml dates ("palm sunday", "christmas day", "eid al-fitr")."""
    return frozenset(_holidays())


def _holiday_day(h: dict, year: int) -> dt.date | None:
    """A holiday's day in a year: a fixed month's day, a day counted from Western or Orthodox Easter
    (python-dateutil), or the day the data gives for that year (lunar holidays); None when the data has none."""
    if "easter" in h:
        from dateutil import easter as _easter
        method = _easter.EASTER_ORTHODOX if h["easter"] == "orthodox" else _easter.EASTER_WESTERN
        return _easter.easter(year, method) + dt.timedelta(days=int(h.get("offset", 0)))
    if "month" in h:
        return _safe_date(year, int(h["month"]), int(h["day"]))
    for d in h.get("dates") or []:
        d = d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
        if d.year == year:
            return d
    return None


_RE_HOLIDAY_YEAR = re.compile(r"^(?P<name>.+?)(?: (?P<year>\d{4}))?$")


def _m_holiday(s: str, c: _Ctx) -> ResolvedDate | None:
    """A holiday named as a day ("on Christmas Day", "as residents gathered for Palm Sunday", "during Eid al-Fitr"):
    resolved as a month's day is, against the publication date in the caller's direction (reason `holiday`)."""
    hol = _holidays()
    for word in c.v.raw.get("holiday_prefixes") or []:
        s = s[len(word) + 1:] if s.startswith(f"{word} ") else s
    m = _RE_HOLIDAY_YEAR.match(s)
    if not hol or not m or m.group("name") not in hol:
        return None
    h = hol[m.group("name")]
    if m.group("year"):
        d = _holiday_day(h, int(m.group("year")))
        return c.day(d, "holiday") if d else c.unknown("holiday")
    if c.ref is None:
        return c.unknown("no_reference")
    cands = [d for y in range(c.ref.year - 1, c.ref.year + 2) if (d := _holiday_day(h, y))]
    chosen = _choose_day(cands, c)
    return c.day(chosen, "holiday") if chosen else c.unknown("holiday")


def _m_month(s: str, c: _Ctx) -> ResolvedDate | None:
    m = c.v.re_month.match(s)
    if not m:
        return None
    mon = c.v.months[m.group("mon")]
    if m.group("year"):
        return c.month(int(m.group("year")), mon, "explicit")
    if c.ref is None:
        return c.unknown("no_reference")
    ry, rm = c.ref.year, c.ref.month
    mode = c.v.modifiers.get(m.group("mod") or "", "this")
    if mode == "last":
        year = ry if mon < rm else ry - 1
    elif mode == "next":
        year = ry if mon > rm else ry + 1
    elif c.direction == "past":
        year = ry if mon <= rm else ry - 1
    elif c.direction == "future":
        year = ry if mon >= rm else ry + 1
    else:  # nearest: closest month, tie -> earlier
        year = min((ry - 1, ry, ry + 1), key=lambda y: (abs((y * 12 + mon) - (ry * 12 + rm)), y))
    return c.month(year, mon, "month")


def _m_of_period(s: str, c: _Ctx) -> ResolvedDate | None:
    """(h32a) A month of a year or a day of a week told relative to publication ("was sentenced in February last
    year", "met on Tuesday last week", "June of this year"; dates.yaml `relative_periods` of unit year / week): the
    month of that year, the day of that week (weeks start on Monday, as `relative_periods` count them)."""
    v = c.v
    m = v.re_month_of_year.match(s)
    if m:
        if c.ref is None:
            return c.unknown("no_reference")
        return c.month(c.ref.year + int(v.relative_periods[m.group("period")]["offset"]), v.months[m.group("mon")],
                       "month_of_year")
    m = v.re_weekday_of_week.match(s)
    if m:
        if c.ref is None:
            return c.unknown("no_reference")
        off = int(v.relative_periods[m.group("period")]["offset"])
        monday = c.ref - dt.timedelta(days=c.ref.weekday()) + dt.timedelta(weeks=off)
        return c.day(monday + dt.timedelta(days=v.weekdays[m.group("wd")]), "weekday_of_week")
    return None


def _m_year(s: str, c: _Ctx) -> ResolvedDate | None:
    m = _RE_YEAR.match(s)
    if not m:
        return None
    y = int(m.group(1))
    if not c.v.year_min <= y <= c.v.year_max:
        return c.unknown("unparsed")
    return c.year(y, "year")


def _m_weekday(s: str, c: _Ctx) -> ResolvedDate | None:
    m = c.v.re_weekday.match(s)
    if not m:
        return None
    if c.ref is None:
        return c.unknown("no_reference")
    wd = c.v.weekdays[m.group("wd")]
    mode = c.v.modifiers.get(m.group("mod") or "", "this")
    back = (c.ref.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
    fwd = (wd - c.ref.weekday()) % 7  # days forward to the next such day (0 = today)
    if mode == "last":
        delta = -(back or 7)
    elif mode == "next":
        delta = fwd or 7
    elif c.direction == "past":
        delta = -back
    elif c.direction == "future":
        delta = fwd
    else:
        delta = -back if back <= fwd else fwd
    return c.day(c.ref + dt.timedelta(days=delta), "weekday")


def _m_weekend(s: str, c: _Ctx) -> ResolvedDate | None:
    m = c.v.re_weekend.match(s)
    if not m:
        return None
    if c.ref is None:
        return c.unknown("no_reference")
    wd = c.ref.weekday()
    prev_sat = c.ref - dt.timedelta(days=(wd - 5) % 7)  # on or before ref
    next_sat = c.ref + dt.timedelta(days=(5 - wd) % 7)  # on or after ref
    in_weekend = wd >= 5
    mode = c.v.modifiers.get(m.group("mod") or "", "this")
    if mode == "last":
        sat = prev_sat - dt.timedelta(days=7) if in_weekend else prev_sat
    elif mode == "next":
        sat = prev_sat + dt.timedelta(days=7) if in_weekend else next_sat
    elif in_weekend:
        sat = prev_sat
    else:
        sat = _pick([prev_sat, next_sat], c.ref, c.direction)
    # no ranges in the model: the weekend's Saturday at day precision, reason "weekend" says it may be the Sunday
    return c.day(sat, "weekend")


def _m_season(s: str, c: _Ctx) -> ResolvedDate | None:
    return c.unknown("season") if c.v.re_season.match(s) else None


def _offset(c: _Ctx, qty: float, unit: str, sign: int) -> ResolvedDate:
    """The date `qty` units before (sign -1) or after (+1) publication. An offset into the future
    ("in seven years", "two weeks from now") has the reason "future_offset": a lower-confidence
    reading, since "in N years" often means "within N years"."""
    spec = c.v.units[unit]
    prec = spec["precision"]
    ref = c.ref
    assert ref is not None
    if "years" in spec or "months" in spec:
        months = qty * (12 * spec.get("years", 0) + spec.get("months", 0))
        if months == int(months):
            y, m = _add_months(ref.year, ref.month, sign * int(months))
            d = dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))
        else:
            d = ref + dt.timedelta(days=sign * round(months * 30.44))
    elif "hours" in spec:
        d = ref + dt.timedelta(days=sign * math.floor(qty * spec["hours"] / 24))
    else:
        d = ref + dt.timedelta(days=sign * round(qty * spec["days"]))
    reason = "future_offset" if sign > 0 else "relative_offset"
    if prec == "day":
        return c.day(d, reason)
    if prec == "month":
        return c.month(d.year, d.month, reason)
    return c.year(d.year, reason)


def _m_offset(s: str, c: _Ctx) -> ResolvedDate | None:
    v = c.v
    for rx, sign in ((v.re_ago, -1), (v.re_in, 1), (v.re_from_now, 1)):
        m = rx.match(s)
        if not m:
            continue
        unit = v.unit_names[m.group("unit")]
        qty = _qty(v, m.group("qty"))
        if qty is None:  # "a few days ago" -> recent; "a few years ago", "in a few days" -> vague
            return c.unknown("recent", recent=True) if sign < 0 and unit in v.recent_units else c.unknown("vague")
        if c.ref is None:
            return c.unknown("no_reference")
        if sign > 0 and c.direction == "past":
            # something that happened is not after publication: "captured the town in two days",
            # "rose for the first time in seven years" measure a span, they date nothing
            return c.unknown("duration")
        return _offset(c, qty, unit, sign)
    if v.re_anaphoric_offset.match(s):
        return c.unknown("anaphoric")
    if v.re_duration.match(s):
        return c.unknown("duration")
    return None


def _m_span(s: str, c: _Ctx) -> ResolvedDate | None:
    """ "the past two weeks", "the last 24 hours", "the past year": spans ending at publication."""
    m = c.v.re_span.match(s)
    if not m:
        return None
    if m.group("qty") is None and m.group("word") not in c.v.bare_span_words:
        return None  # "last week" etc. are periods, handled by relative_periods
    unit = c.v.unit_names[m.group("unit")]
    if unit not in c.v.recent_units:
        return c.unknown("vague")
    qty = _qty(c.v, m.group("qty")) if m.group("qty") is not None else 1.0
    spec = c.v.units[unit]
    if c.v.raw.get("span_month") and qty is not None and c.ref is not None and ("days" in spec or "hours" in spec):
        # (h32a) a span ending at publication that lies within its month dates the act to that month ("neutralised
        # 19 militants over the past week", published Aug. 16: 2024-08); one reaching into the month before, none
        days = qty * spec["days"] if "days" in spec else qty * spec["hours"] / 24
        start = c.ref - dt.timedelta(days=math.ceil(days))
        if (start.year, start.month) == (c.ref.year, c.ref.month):
            return c.out(f"{c.ref.year:04d}-{c.ref.month:02d}", "month", "recent_span", recent=True)
    return c.unknown("recent", recent=True)


def _m_decade(s: str, c: _Ctx) -> ResolvedDate | None:
    if _RE_DECADE.match(s) or any(w in c.v.decade_words for w in s.split()):
        return c.unknown("decade")
    return None


def _m_time_only(s: str, c: _Ctx) -> ResolvedDate | None:
    if _RE_CLOCK.match(s) or s in c.v.time_of_day:
        return c.unknown("time_only")
    return None


_MATCHERS: tuple[Callable[[str, _Ctx], ResolvedDate | None], ...] = (
    _m_phrases,
    _m_iso,
    _m_explicit,
    _m_month_day,
    _m_holiday,
    _m_month,
    _m_of_period,
    _m_year,
    _m_weekday,
    _m_weekend,
    _m_season,
    _m_offset,
    _m_span,
    _m_decade,
    _m_time_only,
)


def _strip_once(s: str, v: _Vocab) -> str:
    """Remove one qualifying prefix ("earlier", "on", "the end of") or a time-of-day suffix; a night told by the day it
    ran into keeps that day ("overnight into saturday", "friday night into saturday": saturday; dates.yaml
    `night_words`, `night_end_prepositions`)."""
    m = v.re_night_into.match(s)
    if m:
        return m.group("rest")
    for p in v.strip_prefixes:
        if s.startswith(p + " "):
            return s[len(p) + 1 :]
    m = v.re_time_suffix.match(s) or v.re_time_prefix.match(s)
    return m.group("rest") if m else s


# --------------------------------------------------------------------------- API


def resolve_date(text: str, published: dt.date | None, *, direction: str = "past") -> ResolvedDate:
    """Resolve a time expression against the publication date.

    direction: "past" for events that happened (default), "future" for planned /
    announced events, "nearest" when unknown. It picks the year of a month-day
    (or bare month) and the week of a bare weekday; "last X" / "next X",
    "N days ago" / "in N days" are fixed regardless of direction.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, got {direction!r}")
    if isinstance(published, dt.datetime):
        published = published.date()
    ctx = _Ctx(text, published, direction, _vocab())
    s = _normalize(text or "")
    seen: set[str] = set()
    while s and s not in seen:
        seen.add(s)
        for matcher in _MATCHERS:
            result = matcher(s, ctx)
            if result is not None:
                return result
        s = _strip_once(s, ctx.v)
    return ctx.unknown("unparsed")


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def is_amount(text: str) -> bool:
    """Whether `text` is an amount of time `shift_date` reads: "a day", "two weeks", "hours"."""
    v = _vocab()
    s = _normalize(text)
    return bool(v.re_duration.match(s)) or s in v.unit_names


def shift_date(anchor: ResolvedDate, amount: str, sign: int) -> ResolvedDate:
    """The date `amount` ("a day", "two weeks", "hours") before (sign -1) or after (+1) a resolved
    `anchor`: "withdrew on Thursday, a day after Israel struck ..." dates the strike a day before
    Thursday. Reason "sequence". Unknown when the amount is not counted ("days after"), or finer than
    the anchor ("in June, a day after": the day is not known); "hours" keeps the anchor's day."""
    v = _vocab()
    out = ResolvedDate(amount, None, "unknown", False, "sequence")
    if anchor.value is None or anchor.precision not in _PRECISION_RANK:
        return out
    s = _normalize(amount)
    m = v.re_duration.match(s)
    if m:
        unit, qty = v.unit_names[m.group("unit")], _qty(v, m.group("qty"))
    elif s in v.unit_names:  # "hours after", "days after"
        unit, qty = v.unit_names[s], None
    else:
        return out
    spec = v.units[unit]
    if "hours" in spec and (qty is None or qty * spec["hours"] < 24) and anchor.precision == "day":
        if set(_normalize(anchor.text or "").split()) & set(v.raw.get("late_day_words") or ()):
            return out  # "late on Tuesday ..., hours later": maybe Wednesday already
        return ResolvedDate(amount, anchor.value, "day", False, "sequence")  # "hours after": the same day
    if qty is None:
        return out
    precision = spec["precision"]
    if _PRECISION_RANK[precision] < _PRECISION_RANK[anchor.precision]:
        return out
    if anchor.precision != "day" and "days" in spec:
        return out  # a week after something in June may be in July
    y, mo, d = (int(x) for x in (anchor.value + "-01-01")[:10].split("-"))
    r = _offset(_Ctx(amount, dt.date(y, mo, d), "past", v), qty, unit, sign)
    return ResolvedDate(amount, r.value, r.precision, False, "sequence")
