"""The side a party is on in a story, one convention for every reader of sides: the discourse reader's conflict
sides, counterparts and adversaries (`discourse.DiscourseReader._side`) and the actor resolver's "both sides",
"the two sides" (`actors.ActorResolver._side`), after ANNOTATION.md's actor codes and its actor-level scoring."""
from __future__ import annotations

import re
from collections.abc import Mapping

_NATIONAL = re.compile(r"[A-Z]{3}")


def party_side(code: str, kind: str | None, country: str | None, vocab: Mapping,
               other_country: str | None = None) -> str | None:
    """The side of an actor of this code, kind and country (coref.yaml vocabulary `vocab`) in an act with a party of
    `other_country`:
    - between two countries (neither international) the side is the country, whatever the sector ("Russia struck
      Kyiv, killing 12 civilians": RUS against UKR; "Israel struck Hezbollah": ISR against LBN);
    within one country, or with an international body (which has none), or when the other party's country is not
    given:
    - the state is one side, the country's code: the country itself, an actor of no sector, its state bodies
      (`state_body_sectors`) and the police, courts and intelligence (`side_state_sectors`);
    - any other party is a side of its own, by its full code (two armed groups of one country are two sides;
      "the opposition" and a party of it are one, see `same_side`);
    - people of `non_party_sectors` (civilians, the press, business) are no side (None);
    - an international body (IGO ...) is its organisation, by its full code, never the prefix it shares with
      other bodies ("the UN" and "the African Union" are two sides)."""
    international = tuple(vocab["international_prefixes"])
    if country and other_country and country != other_country and _NATIONAL.fullmatch(country) \
            and _NATIONAL.fullmatch(other_country) and not country.startswith(international) \
            and not other_country.startswith(international):
        return country
    if code.startswith(international) or not country or not _NATIONAL.fullmatch(country):
        return code if code[3:6] not in vocab["non_party_sectors"] else None
    sector = code[3:6]
    if sector in vocab["non_party_sectors"]:
        return None
    if kind == "country" or not sector or sector in vocab["state_body_sectors"] \
            or sector in vocab.get("side_state_sectors", ()):
        return country
    return code


def same_side(a: str, b: str) -> bool:
    """Whether two sides (`party_side`) are one: the same code, or a party's code refining the other's below the
    country ("the opposition" TZAOPP and its party TZAOPPCHD; the UN IGOUNO and its council IGOUNOSC)."""
    return a == b or len(a) >= 6 and len(b) >= 6 and (a.startswith(b) or b.startswith(a))


def codes_on_one_side(a: str, b: str, vocab: Mapping) -> bool:
    """Whether actors of codes `a` and `b` are on one side (`party_side` of each against the other's country, then
    `same_side`); people of no side (civilians, the press) are on none."""
    mine = party_side(a, None, a[:3], vocab, other_country=b[:3])
    theirs = party_side(b, None, b[:3], vocab, other_country=a[:3])
    return mine is not None and theirs is not None and same_side(mine, theirs)


def side_key(side: str, known: set[str]) -> str:
    """The side already counted that `side` is one with (`same_side`), else itself."""
    return next((k for k in sorted(known) if same_side(k, side)), side)
