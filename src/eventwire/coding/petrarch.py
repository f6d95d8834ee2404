"""Reading PETRARCH-format dictionaries, so users can bring their own.

Three kinds of file are read at run time from the user's path (nothing is copied into eventwire):

* **actor** dictionaries (``Phoenix.Countries.actors.txt`` style)::

      VLADIMIR_PUTIN_            # a NAME line: underscores are spaces, trailing "_" = word end
      +PUTIN_                    # aliases
          [RUSGOV >080508]       # date-limited codes: >after, <before, from-to (yymmdd or yyyymmdd)
          [RUSELI]               # an undated code: the default when no restriction applies

  A name with one undated code becomes a country-like entry (3-letter codes), a group (xxxREB,
  xxxINS ...) or an organisation; a name with dated codes becomes a person with `Role`s. As in
  PETRARCH's reader, name lines with no code line between them name one actor and share the codes
  that follow (``LEONID_BREZHNEV_`` / ``LEONID_ILYICH_BREZHNEV`` / ``[RUSGOV ...]``). A name written
  ``AL-...``/``EL-...`` is also matched with the article in lower case ("al-Shabaab"), as PETRARCH
  matches case-blind. (h30g) A line with several codes (``THE_SHIRE [FRO/BIL/SAM]``) codes the name as all
  of them acting together (``kb.user_multi_codes``: one event per code); a name coded ``[---]`` is matched and
  gives no actor (an entry of kind ``null``), so the shorter names inside it are not matched (``INDIAN_OCEAN
  [---]`` is not "Indian"); a user's name whose code has no sector composes with an office written before it in
  its noun phrase ("Bree Prime Minister Romendacil", ``ROMENDACIL [BRE]`` → BREGOV; ``kb.user_actor_names``).

* **agent** dictionaries (``FARMER [~AGR]``, ``ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]``,
  ``!PERSON! = MAN, MEN`` substitution sets): words go into ``kb.sector_words`` (word → sector
  code without the ``~``; stacked codes such as ``~GOVMIL`` are kept whole), multiword agents as
  space-separated phrases, with their plurals; phrases of three or more words also go into
  ``kb.agent_phrases`` (matched whole at the end of a noun phrase: "Iraq's national security
  advisor" → IRQGOVMIL). Loading one turns on PETRARCH's null actor (``kb.null_actor_agents``): an
  agent no actor owns is coded ``---`` + its code ("the government" → ---GOV). Prefix codes
  (``NGO~``, put before the actor code) have no eventwire equivalent and are skipped. (h30h) As PETRARCH codes
  agents from its agent dictionary alone, the first one loaded sets eventwire's own sector words aside; its words
  and phrases take the surfaces of eventwire's own entries ("CONGRESS [~LEG]": our seat "Congress" of the United
  States is then ---LEG); an agent's country is found only in its own noun phrase (no country from elsewhere in
  the sentence). An actor record whose dated codes end in a state's code open to today (``UKRAINE_ [USRUKR
  <910824] ... [UKR >911221]``) names that country, never a person.

Every reader counts what it read and what it skipped, and why (``kb.sources["petrarch:FILE"]``).

* **verb** dictionaries in the PETRARCH-2 format (``CAMEO.2.0.txt``): ``&SYNSET`` blocks,
  ``--- NAME [code] ---`` verb blocks and ``- * OBJECT (PREP NOUN) [code]`` pattern lines. The
  parts that map cleanly onto eventwire's `Pattern` (trigger lemma, object lemma, preposition and
  its object, particle) are translated so; (h30a) other lines are read as PETRARCH's linear matcher
  reads them: words before and after the verb in order (``Pattern.before`` / ``Pattern.after``,
  ``_``-joined words following each other), ``$ + %`` markers placing source and target, ``^``
  dropped. A code outside our CAMEO table is the user's own code (`cameo.user_code`). (h31a) A ``{...}`` noun
  phrase is read as its words (a blank lets words come between, ``_`` keeps them together; a synset in it stands
  for its phrases); a verb written inflected (``RISEN``) matches that word. (h32g) As PETRARCH-2 takes the first actor
  after the verb once a pattern's words match: an object pattern with no ``+`` looks as far as a linear one, a
  preposition naming the target is found on the verb or its object, ``%`` after a preposition is the target, a bare
  ``* FOR`` names the preposition, ``+`` after a skipped (``^``) phrase is the next actor outside it. (h32i) A verb
  line's forms are PETRARCH-2's: those in braces (``+CORDON_OFF {+CORDONED_OFF ...}``), else the regular ones it
  makes (S, ED or D, ING); they name the verb when our lemma of the word does not. The rest is skipped and counted.

Comments follow PETRARCH: ``#`` and ``;`` start a comment, ``<!-- -->`` blocks (and any line
starting ``<!``) are comments. (h31f) The format's own words (particles, prepositions, function words of names, codes
of no state, null codes) are in ``data/petrarch.yaml``.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EventwireError
from .kb import Entry, KnowledgeBase, Role, read_yaml

log = logging.getLogger(__name__)



@functools.lru_cache(maxsize=1)
def petrarch_vocab() -> dict:
    """The words of the PETRARCH format (``petrarch.yaml``, h31f); the negations of a linear pattern are
    modality.yaml's `negation_words` and `negating_preconjunctions`."""
    data = read_yaml("petrarch.yaml")
    modality = read_yaml("modality.yaml")
    out: dict = {k: frozenset(v) for k, v in data.items() if k != "version"}
    out["negations"] = frozenset(modality["negation_words"]) | frozenset(modality["negating_preconjunctions"])
    # lists whose order is a preference (the target paths)
    out["target_prepositions"] = tuple(data["target_prepositions"])
    out["object_target_prepositions"] = tuple(data["object_target_prepositions"])
    out["deep_target_prepositions"] = tuple(data["deep_target_prepositions"])
    out["verb_target_prepositions"] = tuple(data["verb_target_prepositions"])
    return out


_V = petrarch_vocab()
FUNCTION_WORDS = _V["function_words"]
PARTICLES = _V["particles"]
PREPOSITIONS = _V["prepositions"]
# 3-letter codes that stand for no state: kept as organisations, never as country entries
NON_STATE = _V["non_state_codes"]
GROUP_SECTORS = _V["group_sectors"]
NULL_CODES = _V["null_codes"]
# (h34g) a size guard, as `chunk_slot`'s: the most patterns one user's pattern is split into by the lengths of its
# slots' phrases (PETRARCH-2's own files need at most 12)
_MAX_LENGTH_VARIANTS = 64


# -- reading lines ------------------------------------------------------------------------------
def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of the non-comment lines; leading whitespace is kept (it marks code
    lines in actor files)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EventwireError("E032", path=str(path), reason=str(exc)) from None
    in_comment = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!"):
            if "-->" not in line:
                in_comment = True
            continue
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_comment = before, True
                break
        for mark in ("#", ";"):
            if mark in line:
                line = line[: line.index(mark)]
        if line.strip():
            yield n, line.rstrip()


def detect_kind(path: str | Path) -> str:
    """'agents' when most bracketed codes carry a '~' (or the file has !MACRO! lines), else 'actors'."""
    tilde = plain = macros = 0
    for _, line in _lines(path):
        if re.match(r"\s*![A-Z_]+!\s*=", line):
            macros += 1
        for code in re.findall(r"\[([^\]]*)\]", line):
            if "~" in code:
                tilde += 1
            else:
                plain += 1
    return "agents" if tilde > plain or (macros and tilde >= plain) else "actors"


# -- surface forms ------------------------------------------------------------------------------
def _cap(word: str) -> str:
    """NEW → New, AL-QAEDA → Al-Qaeda, O'NEILL → O'Neill, PEOPLE'S → People's, W. → W."""
    if "." in word:
        return word
    parts = re.split(r"([-'’])", word.lower())
    out = []
    for i, p in enumerate(parts):
        if p and p[0].isalpha() and not (i >= 2 and parts[i - 1] in "'’" and len(p) <= 2):
            p = p[0].upper() + p[1:]
        out.append(p)
    return "".join(out)


def phrase_text(raw: str) -> str:
    """PETRARCH phrase → plain upper-case words: underscores and runs of spaces become one space."""
    return " ".join(raw.replace("_", " ").split())


def surface_forms(raw: str) -> list[str]:
    """How a dictionary name (upper case, underscores) is written in news: title case with
    function words in lower case, short words also as acronyms, and the name in capitals."""
    words = phrase_text(raw).split()
    if not words:
        return []
    titled = [w.lower() if (w.lower() in FUNCTION_WORDS and i > 0) else _cap(w) for i, w in enumerate(words)]
    if words[0].lower() == "the" and len(words) > 1:
        titled[0] = "the"
    forms = [" ".join(titled)]
    acr = [w if (len(w) <= 4 and w.isalpha() and w.lower() not in FUNCTION_WORDS) else t for w, t in zip(words, titled)]
    forms.append(" ".join(acr))
    forms.append(" ".join(words))
    if any("-" in w for w in titled):
        # (h33e) PETRARCH matches case-blind; news writes a name's part after a hyphen in lower case as often
        # ("Barad-dur", "Ras al-Khaimah" aside): also the form with only each word's first part capitalised
        forms.append(" ".join(w.split("-")[0] + "".join("-" + q.lower() for q in w.split("-")[1:]) if "-" in w else w
                              for w in titled))
    if re.match(r"^(?:AL|EL)-\w", words[0], re.I):
        # PETRARCH matches case-blind; news writes the Arabic article in lower case ("al-Shabab")
        forms.append(" ".join([titled[0][:2].lower() + titled[0][2:], *titled[1:]]))
    return list(dict.fromkeys(f for f in forms if f))


# -- actor dictionaries -----------------------------------------------------------------------------
CODE_RE = re.compile(r"^[A-Z0-9]{3,15}$")
_RESTRICT = re.compile(r"^(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*(?P<d>\d{6,8})|(?P<a>\d{6,8})\s*-\s*(?P<b>\d{6,8}))?\s*$")


def parse_petrarch_date(text: str) -> dt.date:
    """yymmdd (00-30 → 20yy, else 19yy, as PETRARCH/TABARI) or yyyymmdd."""
    text = text.strip()
    if len(text) <= 7:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    return dt.date(year, month, day)


@dataclass
class _Restriction:
    code: str | None  # None: the null code ("---")
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False
    also: tuple[str, ...] = ()  # (h30g) "FRO/BIL/SAM": the codes after the first, acting together with it
    blocks: bool = False  # (h30g) the code was "---": PETRARCH's "no actor" (other null codes stay skipped)


@dataclass
class _ActorRecord:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[_Restriction] = field(default_factory=list)


_BARE_DATE = re.compile(r"^\S+\s+\d+$")


def _parse_code(body: str, counts: Counter) -> _Restriction | None:
    m = _RESTRICT.match(body.strip())
    if not m or not m.group("code") and not (m.group("op") or m.group("a")):
        # PETRARCH's reader skips these lines too; the counts say why
        if _BARE_DATE.match(body.strip()):
            counts["skipped code lines: a date with no <, > or - (PETRARCH cannot read it either)"] += 1
        elif re.search(r"\d{9,}|[<>]\s*\d{1,5}\b|\b\d{1,5}\s*-|-\s*\d{1,5}\b", body):
            counts["skipped code lines: a date of the wrong length (yymmdd or yyyymmdd)"] += 1
        else:
            counts["bad code lines"] += 1
        return None
    code = (m.group("code") or "").upper()
    also: tuple[str, ...] = ()
    if "/" in code:
        # (h30g) "THE_SHIRE [FRO/BIL/SAM]": PETRARCH codes the name as all of them (one event each); the
        # first is the entry's code, the others act together with it (an undated code only)
        parts = [c for c in code.split("/") if c]
        code, also = (parts[0] if parts else ""), tuple(c for c in parts[1:] if CODE_RE.match(c) and c not in NULL_CODES)
        counts["multi-code entries (one actor per code)" if also and not (m.group("op") or m.group("a"))
               else "multi-code entries (first code kept)"] += 1
    if code in NULL_CODES or not code:
        code = None
    elif not CODE_RE.match(code):
        counts["bad code lines"] += 1
        return None
    try:
        if m.group("op") == "<":
            return _Restriction(code, None, parse_petrarch_date(m.group("d")), True)  # limits are inclusive
        if m.group("op") == ">":
            return _Restriction(code, parse_petrarch_date(m.group("d")), None, True)
        if m.group("a"):
            return _Restriction(code, parse_petrarch_date(m.group("a")), parse_petrarch_date(m.group("b")), True)
    except ValueError:
        counts["bad dates"] += 1
        return None
    return _Restriction(code, also=also, blocks=(m.group("code") or "").strip() == "---")


def _add_codes(rec: _ActorRecord, bodies: list[str], counts: Counter) -> None:
    """The readable codes of a line's brackets, added to the record (a bad one is counted in `_parse_code`)."""
    rec.codes.extend(r for r in (_parse_code(b, counts) for b in bodies) if r is not None)


def read_actor_records(path: str | Path, counts: Counter | None = None) -> list[_ActorRecord]:
    """The records of an actor dictionary. As in PETRARCH's reader, a name line that follows a name
    with no code line yet (no code on its line, no ``[...]`` line since) names the same actor: the
    names share the codes that follow ("LEONID_BREZHNEV_ / LEONID_ILYICH_BREZHNEV / [RUSGOV ...]")."""
    counts = counts if counts is not None else Counter()
    records: list[_ActorRecord] = []
    cur: _ActorRecord | None = None
    coded = False  # a code (valid or not) has been read for `cur`
    for n, line in _lines(path):
        stripped = line.strip()
        head = stripped.partition("[")[0]
        codes_text = re.findall(r"\[([^\]]*)\]", stripped)
        coded_line = bool(codes_text)
        if stripped.startswith("["):
            if cur is None:
                counts["code lines without a name"] += 1
                continue
            coded = True
            _add_codes(cur, codes_text, counts)
            continue
        if stripped.startswith("+"):
            if cur is None:
                counts["aliases without a name"] += 1
                continue
            alias = head[1:].strip()
            if alias:
                cur.aliases.append(alias)
            coded = coded or coded_line
            _add_codes(cur, codes_text, counts)
            continue
        name = head.strip()
        if not name:
            counts["bad lines"] += 1
            continue
        if cur is not None and not coded:
            # a second name line before any code: PETRARCH files it under the same actor
            cur.aliases.append(name)
            counts["names read with the next name's codes (name lines with no code between)"] += 1
            coded = coded_line
            _add_codes(cur, codes_text, counts)
            continue
        cur = _ActorRecord(name, n)
        coded = coded_line
        records.append(cur)
        _add_codes(cur, codes_text, counts)
    return records


def _kind_for(code: str) -> tuple[str, str | None]:
    """(kind, country) for an undated code."""
    prefix = code[:3]
    if len(code) == 3:
        return ("organisation", None) if code in NON_STATE else ("country", code)
    if prefix in NON_STATE:
        return "organisation", None
    if code[3:6] in GROUP_SECTORS:
        return "group", prefix
    return "organisation", prefix


def _add_entry(kb: KnowledgeBase, entry: Entry, names: Iterable[tuple[str, str]]) -> int:
    """`kb.add` the entry with the surface forms of its names, then put this entry first in each
    of its buckets, so a user's dictionary wins ties against ours. Returns the new surfaces."""
    forms = [(text, form, None) for raw, form in names for text in surface_forms(raw)]
    texts = list(dict.fromkeys(t for t, _, _ in forms))
    kb.user_actor_names.update(texts)
    kb.user_name_words = max([kb.user_name_words, *(len(t.split()) for t in texts)])
    # (h34d) a code the user's dictionary gives is carried as written, a known group's of ours or not
    for code in (entry.code, *(r.code for r in entry.roles)):
        kb.known_groups.pop(code, None)
    before = sum(len(kb.surfaces.get(t, ())) for t in texts)
    kb.add(entry, forms)
    kb.user_surfaces.update((t, entry.id) for t in texts)
    # (h34a) our surfaces that are the name with an article before it ("the European Union") are the user's name too:
    # a PETRARCH name never holds the article, and the longer match would give our entry for the name the user codes
    # ("the European Union" IGOEUREEC for the user's EUROPEAN_UNION [IGOEEU])
    articled = [a for t in texts for a in (f"the {t}", f"The {t}") if a in kb.surfaces]
    kb.add(entry, [(a, "alias", None) for a in articled])
    kb.user_surfaces.update((a, entry.id) for a in articled)
    for t in (*texts, *articled):
        bucket = kb.surfaces[t]
        kb.surfaces[t] = [x for x in bucket if x.entry_id == entry.id] + [x for x in bucket if x.entry_id != entry.id]
    return sum(len(kb.surfaces[t]) for t in texts) - before


def add_actor_records(kb: KnowledgeBase, records: list[_ActorRecord], source: str, counts: Counter) -> None:
    for rec in records:
        names = [(rec.name, "name")] + [(a, "alias") for a in rec.aliases]
        display = (surface_forms(rec.name) or [rec.name])[0]
        dated = [r for r in rec.codes if r.dated]
        undated = [r for r in rec.codes if not r.dated]
        if not rec.codes:
            counts["skipped names: no usable code"] += 1
            continue
        if not dated:
            code = undated[-1].code
            if code is None and not undated[-1].blocks:
                counts["skipped names: null code [+++], [###] or [***]"] += 1
                continue
            if code is None:
                # (h30g) PETRARCH matches the name and codes no actor: the longer name blocks the shorter ones in
                # it (INDIAN_OCEAN [---] is not "Indian"), a null entry the coder matches and drops
                entry = Entry(f"null:{display}:{source}", "null", display, None)
                counts["null-code names (matched, no actor: they block shorter names in them)"] += 1
                counts["surface forms"] += _add_entry(kb, entry, names)
                continue
            kind, country = _kind_for(code)
            entry = None
            if kind == "country":  # a code we know already (RUSSIA [RUS]): the names join our entry
                entry = kb.entries.get(f"country:{code}") or kb.entries.get(f"region:{code}")
            if entry is None:
                eid = f"country:{code}" if kind == "country" else f"{kind}:{code}:{display}:{source}"
                entry = Entry(eid, kind, display, code, country=country)
                counts[f"entries: {kind}"] += 1
            else:
                counts["names added to existing entries"] += 1
            counts["surface forms"] += _add_entry(kb, entry, names)
            if undated[-1].also:
                kb.user_multi_codes[entry.id] = tuple(
                    kb.entries.get(f"country:{c}") or Entry(f"{k}:{c}:{display}:{source}", k, f"{display} ({c})", c, country=cc)
                    for c in undated[-1].also for k, cc in [_kind_for(c)])
            continue
        current = [r.code for r in dated if r.code and r.start and r.end is None]
        place = kb.entries.get(f"country:{current[-1]}") if current and len(current[-1]) == 3 else None
        if place is not None and place.kind == "country":
            # (h30h) a state whose code changed ("UKRAINE_ [USRUKR <910824] [UKRUNR ...] [UKR >911221]", "IRAQ_ [IRQ
            # <20030320] ... [IRQ >20060520]"): its names join our entry of the country whose code is open from a
            # date to today, as an undated "RUSSIA [RUS]" does; never a person (the earlier codes are not kept)
            counts["dated place records joined to our country entry (its current code)"] += 1
            counts["surface forms"] += _add_entry(kb, place, names)
            continue
        # people: dated roles, and the undated code (if any) as the default, tried last
        roles: list[Role] = []
        null_roles = 0
        for r in dated:
            if r.code is None:
                null_roles += 1
                continue
            roles.append(Role(r.code, None, r.start, r.end))
        default = next((r.code for r in reversed(undated) if r.code), None)
        if default:
            roles.append(Role(default, None, None, None))
        counts["null-code date restrictions dropped (no code in that period)"] += null_roles
        if not roles:
            counts["skipped names: null code [---] (PETRARCH's 'no actor')"] += 1
            continue
        # country=None: out of every restriction and with no default, PETRARCH gives the null code
        entry = Entry(f"person:{display}:{source}", "person", display, roles[-1].code, country=None, roles=tuple(roles))
        counts["entries: person"] += 1
        counts["dated roles"] += sum(1 for r in roles if r.start or r.end)
        counts["surface forms"] += _add_entry(kb, entry, names)


# -- agent dictionaries -------------------------------------------------------------------------------
def _plural(word: str) -> str:
    w = word.upper()
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return word[:-1] + "ies"
    if w.endswith(("SS", "SH", "CH", "X")):
        return word + "es"
    if w.endswith("S"):
        return word
    return word + "s"


def read_agents(path: str | Path, counts: Counter | None = None) -> dict[str, str]:
    """word or phrase (lower case) → sector code (without '~')."""
    counts = counts if counts is not None else Counter()
    macros: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for _, line in _lines(path):
        line = line.strip()
        m = re.match(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            counts["substitution sets"] += 1
            continue
        m = re.match(r"^(?P<name>[^\[{]+?)\s*(?:\{(?P<pl>[^}]*)\})?\s*\[\s*(?P<code>[^\]]*?)\s*\]\s*$", line)
        if not m:
            counts["skipped agent lines: no [code] (PETRARCH requires one)"] += 1
            continue
        code = m.group("code").replace(" ", "")
        if code.startswith("~"):
            sector = code[1:]
        elif code.endswith("~"):
            # PETRARCH puts these before the actor code (NGO~ + GBR → NGOGBR); eventwire composes a
            # country code with a sector after it only
            counts["skipped agent lines: prefix codes CODE~ (go before the actor code)"] += 1
            continue
        else:
            counts["skipped agent lines: code without '~'"] += 1
            continue
        if not re.match(r"^[A-Z0-9]{2,12}$", sector):
            counts["bad agent codes"] += 1
            continue
        names = [m.group("name").strip()]
        if " " in names[0].strip("_ "):
            # a blank lets other words come between in PETRARCH ("GOVERNMENT_RUN FIRM"); read as consecutive
            counts["agents with a blank between words (read as consecutive words)"] += 1
        expanded = False
        for mark, subs in macros.items():
            if any(mark in n for n in names):
                names = [n.replace(mark, s) for n in names for s in subs]
                expanded = True
        if any("!" in n for n in names):
            counts["undefined substitution sets"] += 1
            continue
        forms: list[str] = []
        for n in names:
            phrase = phrase_text(n).lower()
            if not phrase:
                continue
            forms.append(phrase)
            if expanded:
                continue
            pl = m.group("pl")
            if pl is None:
                words = phrase.split()
                forms.append(" ".join(words[:-1] + [_plural(words[-1])]))
            else:
                forms += [phrase_text(p).lower() for p in pl.split() if p.strip()]
        for f in forms:
            out[f] = sector
        counts["agents"] += 1
    return out


def _agents_take_surfaces(kb: KnowledgeBase, words: dict[str, str]) -> int:
    """(h30h) A word or phrase the user's agent dictionary names ("CONGRESS [~LEG]", "DEFENSE_DEPARTMENT
    [~GOVMIL]") is an agent, as PETRARCH reads it, not one of eventwire's own entries bearing that surface (our
    "Congress" is a seat of the United States): our entries lose the surface (it then takes the agent's code, with
    the null actor when no actor owns it); a name the user's actor dictionaries give keeps theirs.
    Returns the surfaces taken."""
    taken = 0
    for text in [t for t in kb.surfaces if t.lower() in words]:
        bucket = kb.surfaces[text]
        kept = [s for s in bucket if (text, s.entry_id) in kb.user_surfaces]
        if len(kept) == len(bucket):
            continue
        taken += 1
        if kept:
            kb.surfaces[text] = kept
        else:
            del kb.surfaces[text]
    return taken


def add_petrarch_dictionary(kb: KnowledgeBase, path: str | Path) -> Counter:
    """Add a PETRARCH actor or agent dictionary to `kb` (the kind is told by the content).
    Returns counts of what was read and skipped (also kept in ``kb.sources``)."""
    path = Path(path)
    if not path.is_file():
        raise EventwireError("E032", path=str(path), reason="no such file")
    counts: Counter = Counter()
    kind = detect_kind(path)
    if kind == "agents":
        words = read_agents(path, counts)
        if not kb.null_actor_agents:
            # (h30h) PETRARCH codes agents from its agent dictionary alone: the first one a user brings sets ours
            # aside, with the sectors we give bare generic heads ("Filipino peacekeepers" are PHL and "the US
            # leader" USA with Phoenix.agents.txt, which has neither PEACEKEEPER nor LEADER); later ones add to it
            counts["our sector words set aside (the user's agent dictionary codes agents)"] = \
                len(kb.sector_words) + len(kb.generic_head_defaults)
            kb.sector_words = {}
            kb.generic_head_defaults = {}
        kb.sector_words.update(words)  # the user's agents win over ours
        counts["sector words"] = len(words)
        long = {w for w in words if len(w.split()) >= 3}
        kb.agent_phrases |= long
        kb.null_actor_agents = True
        counts["our surfaces the user's agents take (coded as agents, as PETRARCH does)"] = _agents_take_surfaces(kb, words)
        counts["agent phrases of 3+ words (matched whole at a noun phrase's end)"] = len(long)
    else:
        records = read_actor_records(path, counts)
        counts["records"] = len(records)
        add_actor_records(kb, records, path.name, counts)
    kb.sources[f"petrarch:{path.name}"] = f"{kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if v)
    log.info("PETRARCH %s dictionary %s: %s", kind, path, dict(counts))
    return counts


# -- verb dictionaries (PETRARCH-2) ------------------------------------------------------------------------
class PatternList(list):
    """A list of `Pattern`s with `counts` of what was translated and what was skipped."""

    counts: Counter
    # (h32i) a verb's forms as PETRARCH-2 stores them (the forms in braces, else the regular forms it makes): form →
    # the verb's word, both lower case
    forms: dict


_TARGET_PREPS = _V["target_prepositions"]
BARE_TARGET = ("dobj", "dobj.iobj", *(f"prep:{p}" for p in _TARGET_PREPS))
OBJECT_TARGET = (*(f"object.prep:{p}" for p in (*_TARGET_PREPS, *_V["object_target_prepositions"])), "dobj.iobj",
                 *(f"prep:{p}" for p in _TARGET_PREPS), "object.poss")
# (h30a) a linear pattern's target when no `+` places it: the first actor after the verb, as PETRARCH's
# linear matcher takes it: the object, else the object's or the verb's prepositional object
LINEAR_TARGET = ("dobj", *OBJECT_TARGET, "object.compound", "ccomp.subj", "dobj.deep",
                 *(f"prep:{p}.deep" for p in (*_TARGET_PREPS, *_V["deep_target_prepositions"])),
                 # (h31j) last, the verb's own "of" phrase: "Ithilen's minister warned of the Prince of Dol Amroth"
                 *(f"prep:{p}" for p in _V["verb_target_prepositions"]))
# ... and a bare verb's (no words of a pattern line): not the subject of its complement clause ("Russia said China
# ..." is no statement to China; with CAMEO.2.0.txt on the GSR records it made 11 more extra events, 62 against 51)
VERB_TARGET = tuple(t for t in LINEAR_TARGET if t != "ccomp.subj")
# (h31j) ... but a bare verb of one word that is no verb of saying (petrarch.yaml `reporting_verbs`, as written in the
# file) does take it when the clause has a tense of its own (events.py `ccomp.finite_subj`; "Obama wants Putin to
# attack" is left as it was), as PETRARCH takes the first actor after the verb: "Arnor believes Dagolath and Osgiliath can
# cope", "Gollum allowed that Mordor isn't ..." (on all verbs, SAID alone made 100 more extra events on the unit records)
CLAUSE_VERB_TARGET = tuple("ccomp.finite_subj" if t == "ccomp.subj" else t for t in LINEAR_TARGET)
REPORTING_VERBS = _V["reporting_verbs"]
# (h32g) a pattern naming an object word and no `+` ("- * ASYLUM [174L]") takes, as PETRARCH does once the pattern's
# words have matched, the first actor after the verb: its object's phrases first, then the rest of a linear pattern's
# paths ("bargain foreign asylum in Gondor")
OBJECT_FAR_TARGET = (*OBJECT_TARGET, *(t for t in VERB_TARGET if t not in OBJECT_TARGET and t != "dobj"),
                     # (h33e) ... last, any of the verb's prepositional phrases after it ("halted his march towards
                     # further adventures in the vicinity of Cirith Ungol": `- * MARCH [192]` → MORMIL)
                     "prep_after.deep")


def _placed_prep_target(prep: str, placed: bool = True) -> tuple[str, ...]:
    """(h32g) A preposition naming the target ("(ABOUT)") or followed by `+` ("* THEIR ^ ABOUT +", "(TO +)"): PETRARCH
    reads the words in order, so the preposition's object is the target wherever the parse attaches the preposition:
    the verb's, else the object's ("warned their populations about the Prince", "welcomed rumors about Bree"); with
    `+` (placed: the target is whatever follows) also further into the verb's phrase of that preposition."""
    return (f"prep:{prep}", f"object.prep:{prep}") + ((f"prep:{prep}.deep",) if placed else ())


def _noun_forms(word: str) -> set[str]:
    """Lower-case forms to compare with a token's lemma/text: the word as written. (h30j) A plural names the plural
    only, as PETRARCH compares a pattern's words ("* AGREEMENTS [057]" is not "endorsed an agreement": ENDORSE's 051);
    a singular matches its plural through the token's lemma ("* COOPERATION", "+AGREEMENT" → "agreements")."""
    return {word.lower().strip("_")}


def _tokens(text: str) -> list[str]:
    """Pattern text → tokens, keeping (...) and {...} groups as single items."""
    out, buf, depth = [], "", 0
    for ch in text:
        if ch in "({":
            if depth == 0 and buf.strip():
                out.extend(buf.split())
                buf = ""
            depth += 1
            buf += ch
        elif ch in ")}":
            buf += ch
            depth = max(0, depth - 1)
            if depth == 0:
                out.append(buf.strip())
                buf = ""
        else:
            buf += ch
    out.extend(buf.split())
    return out


USER_CODE_RE = re.compile(r"^[0-9]{2,4}[A-Z]{0,2}$")


def read_verb_dictionary(path: str | Path, *, confidence: float = 0.6) -> PatternList:
    """Translate a PETRARCH-2 verb dictionary into eventwire `Pattern`s.

    Kept: verbs with their own or their block's code (bare patterns, target = the first actor after
    the verb), and pattern lines ``- * WORD [c]``, ``- * &SYNSET [c]``,
    ``- * (PREP) [c]``, ``- * (PREP WORD) [c]``, ``- * WORD (PREP WORD) [c]``, ``- * PARTICLE WORD [c]``
    and ``- * + [c]`` as structural patterns; (h30a) every other line as a linear word pattern
    (`translate_linear`: words before the verb, several words or phrases after it, ``{...}``, synsets
    with phrases, ``$ + %`` markers). A code not in eventwire's CAMEO table but shaped like an event code
    (``212``, ``1717``, ``174K``) is carried as the user's own (`cameo.user_code`). Skipped (and counted):
    null codes, codes that are no event codes (``[abc]``), ``%``
    after the verb, ``$`` after the verb unless ``+`` stands before it, ``+`` after a word that is no
    preposition and verb transformations (``~``). (h32k) A compound verb with words before the verb (``WIRE_+TAP``)
    is the verb after ``+`` with those words right before it (``before`` slot "wire *"). (h33e) The second half of a
    code pair ``[a:b]`` is kept as the pattern's `reverse_code`: the target's act b on the source, which PETRARCH-2
    codes with the pair (converses.py `_user_reverses`)."""
    from .cameo import cameo_table, user_code
    from .events import USER_PATTERN_PREFIX, Pattern

    table = cameo_table()
    counts: Counter = Counter()
    synsets: dict[str, list[str]] = {}
    synset_name: str | None = None
    block = ""
    block_code: str | None = None
    verbs: list[tuple[str, str | None, str | None, str | None, str | None]] = []  # lemma, code, particle, prep, front
    made: dict[tuple, Pattern] = {}
    forms: dict[str, str] = {}
    phrases_left_out: set[tuple[str, str]] = set()
    seq = 0
    reverse: str | None = None  # (h33e) the second half of the line's code pair, for `add`
    reverse_only = False  # (h34a) the line's code is `[:c]`: only the target's act c on the source, for `add`
    block_reverse: str | None = None

    def reverse_of(raw: str | None) -> str | None:
        """(h33e) '[032:033]' → '033', the target's act on the source PETRARCH-2 codes with the pair ('[031:031]': the
        same act both ways); None when the code is no pair or the second is no event code."""
        if not raw:
            return None
        first, sep, second = raw.strip().strip("[]").strip().partition(":")
        if not sep or not first.strip():
            return None
        return second_code(second)

    def second_code(second: str) -> str | None:
        """The second code of a pair as an event code (ours, or the user's own shape); None for a null or no code."""
        second = second.strip()
        if not second or second in NULL_CODES:
            return None
        if second not in table:
            if not USER_CODE_RE.match(second):
                return None
            user_code(second)
        return second

    def code_of(raw: str) -> str | None:
        """'[042:043]' → '042' when it is a plain CAMEO code in our table; None otherwise."""
        body = raw.strip().strip("[]").strip()
        first, sep, second = body.partition(":")
        if sep and not first:
            counts["skipped: reverse-only codes [:c]"] += 1
            return None
        if sep and second.strip():
            counts["code pairs [a:b] (the target's act b coded too)"] += 1
        if first in NULL_CODES or not first:
            return None
        if first not in table:
            if not USER_CODE_RE.match(first):
                counts["skipped: codes that are no event codes"] += 1
                return None
            # (h30a) the user's own code (WEIS-era 212, 1717, 174K ...): carried as written, with no
            # QuadClass, Goldstein value or PLOVER type (cameo.user_code)
            user_code(first)
            counts["codes not in eventwire's CAMEO table (carried as user codes)"] += 1
        return first

    def add(p_kwargs: dict, code: str) -> None:
        nonlocal seq
        key = (p_kwargs["lemmas"], p_kwargs.get("object", frozenset()), p_kwargs.get("prep"),
               p_kwargs.get("prep_object", frozenset()), p_kwargs.get("particle"), p_kwargs["target"],
               p_kwargs.get("before", ()), p_kwargs.get("after", ()), p_kwargs.get("source", ("subj",)),
               p_kwargs.get("reciprocal", False))
        if key in made:
            counts["duplicates (later line wins)"] += 1
        seq += 1
        kw = {"source": ("subj",), **p_kwargs}
        if reverse:
            kw["reverse_code"] = reverse
        if reverse_only:
            kw["reverse_only"] = True
        made[key] = Pattern(id=f"{USER_PATTERN_PREFIX}{block.lower()}.{seq}.{code}", kind="verb", code=code,
                            confidence=confidence, alone=False, **kw)
        # (PETRARCH codes an event only with both sides: its patterns never stand one-sided)

    def expand(item: str) -> set[str] | None:
        """A noun slot → lemma forms; None when it cannot be expressed."""
        if item.startswith("&"):
            members = synsets.get(item.rstrip("_"))
            if members is None:
                counts["skipped: undefined synsets"] += 1
                return None
            words: set[str] = set()
            for m in members:
                if " " in m:
                    if (item, m) not in phrases_left_out:
                        phrases_left_out.add((item, m))
                        counts["synset phrases left out (used synsets)"] += 1
                    continue
                words |= _noun_forms(m)
            return words or None
        if item.startswith("{") or any(c in item for c in "$%^+"):
            return None
        if not re.match(r"^[A-Z][A-Z'\-]*_?$", item):
            return None
        return _noun_forms(item)

    def translate_pattern(body: str) -> None:
        nonlocal reverse, reverse_only
        cm = re.search(r"\[([^\]]*)\]\s*$", body)
        if not cm:
            counts["skipped: pattern lines without a code"] += 1
            return
        # (h34a) `[:c]`: the line codes only the target's act c on the source ("- * PRESSURE [:100]" under FACE:
        # "Obama faces pressure from Congress" is Congress 100 Obama), as PETRARCH-2 reads a pair with no first code
        head, sep, rest = cm.group(1).strip().partition(":")
        only = second_code(rest) if sep and not head.strip() else None
        reverse_only = only is not None
        code = only or code_of(cm.group(0))
        if code is None:
            counts["skipped: null or unusable code"] += 1
            return
        if only:
            counts["pattern lines with a reverse-only code [:c] (the target's act on the source)"] += 1
        reverse = None if only else reverse_of(cm.group(0))
        pre, star, post = body[: cm.start()].partition("*")
        if not star:
            counts["skipped: no verb marker"] += 1
            return
        if pre.strip() or any(m in post for m in "$%^"):
            translate_linear(pre, post, code)
            return
        items = _tokens(post)
        if any("{" in i for i in items):
            translate_linear(pre, post, code)
            return
        preps = [i for i in items if i.startswith("(")]
        nouns = [i for i in items if not i.startswith("(")]
        particle = None
        if nouns and nouns[0].lower() in PARTICLES:
            if nouns[0].lower() in PREPOSITIONS and len(nouns) > 1:
                # (h30a) "* OVER EFFORTS": a preposition with its noun, no particle
                translate_linear(pre, post, code)
                return
            particle, nouns = nouns[0].lower(), nouns[1:]
        if len(nouns) > 1 or len(preps) > 1 or any(
                " " in m for i in items for w in split_words(i) if w.startswith("&")
                for m in synsets.get(w.rstrip("_"), ())):
            # (h30a) several words, or a synset with phrases ("SWISS FRANCS"): read as PETRARCH's linear matcher does
            translate_linear(pre, post, code)
            return
        kw: dict = {}
        if len(nouns) == 1 and not preps and nouns[0].lower() in PREPOSITIONS:
            # (h32g) "- * FOR [096]": a preposition written bare after the verb names the preposition, as "(FOR)" does
            # (it was read as an object noun "for"): "called immediately for Gondor to be allowed to leave" → 096
            nouns, preps = [], [f"({nouns[0]})"]
            counts["pattern lines: a bare preposition after the verb read as (PREP)"] += 1
        if nouns == ["+"]:
            target: tuple[str, ...] = ("dobj",)
        elif nouns:
            obj = expand(nouns[0])
            if obj is None:  # (h30a) a phrase ("REALLY_PLEASANT", "FOR_ASYLUM"): its words in order
                translate_linear(pre, post, code)
                return
            kw["object"] = frozenset(obj)
            target = OBJECT_FAR_TARGET
        else:
            target = LINEAR_TARGET
        if preps:
            inner = preps[0].strip("()").split()
            prep = inner[0].lower() if inner else ""
            if prep not in PREPOSITIONS:
                counts["skipped: unknown preposition"] += 1
                return
            kw["prep"] = prep
            rest = inner[1:]
            if not rest or rest == ["+"]:
                target = _placed_prep_target(prep, bool(rest)) + (target if "object" in kw else ())
            elif len(rest) == 1:
                pobj = expand(rest[0])
                if pobj is None:
                    translate_linear(pre, post, code)
                    return
                kw["prep_object"] = frozenset(pobj)
                target = tuple(t for t in target if t != f"prep:{prep}")
            else:
                translate_linear(pre, post, code)
                return
        if add_for_block(particle, {"target": target, **kw}, code):
            counts["pattern lines translated"] += 1

    def add_for_block(particle: str | None, kw: dict, code: str) -> bool:
        """The pattern for each group of the block's verbs (by particle); False when none can take it."""
        groups: dict[tuple[str | None, str | None], set[str]] = {}
        for lemma, _c, vpart, vprep, front in verbs:
            if vprep or (particle and vpart and vpart != particle):
                continue
            groups.setdefault((particle or vpart, front), set()).add(lemma)
        if not groups:
            counts["skipped: no usable verb in block"] += 1
            return False
        for (part, front), lemmas in groups.items():
            k = dict(kw)
            if part:
                k["particle"] = part
            if front:
                # (h32k) a verb written with words before it ("WIRE_+TAP"): the line's words before the verb, then
                # those words right before it
                k["before"] = (*k.get("before", ()), frozenset({front}))
            add({"lemmas": frozenset(lemmas), **k}, code)
        return True

    def part_forms(part: str) -> list[str] | None:
        """One part of a chunk → its alternatives (lower case; a phrase as words separated by spaces)."""
        if part == "*":
            return ["*"]
        if part.startswith("&"):
            members = synsets.get(part.rstrip("_"))
            if members is None:
                counts["skipped: undefined synsets"] += 1
                return None
            return list(dict.fromkeys(" ".join(m.lower().split()) for m in members if m.split())) or None
        if part.startswith("{"):
            # (h31a) a synset inside the braces ("{&TIETYPES TIES}", "{NEW &TIETYPES RELATIONS}") stands for each of
            # its phrases, as it does outside them: the group is every such phrase, its words in order
            alts = [""]
            for word in split_words(part.strip("{}").replace("\x01", " ")):
                forms = part_forms(word) if word.startswith("&") else [word.lower()]
                if forms is None or not all(re.match(r"^[a-z][a-z'\-]*$", w) for f in forms for w in f.split()):
                    return None
                alts = [f"{a} {f}".strip() for a in alts for f in forms]
            return [a for a in alts if a] or None
        w = part.lower()
        return [w] if re.match(r"^[a-z][a-z'\-]*$", w) or w in _V["clitics"] else None

    def chunk_slot(chunk: list[str]) -> frozenset[str] | None:
        """A chunk of parts joined by "_" (PETRARCH: the words follow each other) → its alternatives (the
        last word as `_noun_forms` gives it: as written, h30j)."""
        alts = [""]
        for k, part in enumerate(chunk):
            forms = part_forms(part)
            if forms is None:
                return None
            if k == len(chunk) - 1 and part != "*":
                forms = [" ".join(f.split()[:-1] + [g]) for f in forms for g in sorted(_noun_forms(f.split()[-1]))]
            alts = [f"{a} {f}".strip() for a in alts for f in forms]
            if len(alts) > 2000:
                counts["skipped: phrases with too many alternatives"] += 1
                return None
        return frozenset(alts)

    def chunks_of(text: str, side: str) -> list[list[str]]:
        """The chunks of one side of a linear pattern (markers and brackets dropped; a {...} phrase one part;
        a connector onto the verb, "RECENTLY_*" / "*_OUT", puts the verb "*" in the chunk)."""
        # (h31a) a {...} noun phrase is read as its words: a blank lets other words come between, "_" joins words that
        # follow each other, as everywhere in a pattern ("{DEATH TOLL}" is "death and injury toll" too)
        text = re.sub(r"[(){}]", " ", text)
        if side == "before" and text.endswith("_"):
            text += "*"
        if side == "after" and text.startswith("_"):
            text = "*" + text
        out: list[list[str]] = []
        for raw in text.split():
            cur: list[str] = []
            for part in split_words(raw):
                if part in ("$", "+", "%", "^"):
                    if cur:
                        out.append(cur)
                    cur = []
                    continue
                cur.append(part)
            if cur:
                out.append(cur)
        return out

    def words_of(text: str) -> list[str]:
        """The flat items of one side of a linear pattern (to place its `$ + %` markers): connectors and
        brackets dissolved, markers kept."""
        return split_words(re.sub(r"\{[^}]*\}", " {} ", text))

    def split_words(text: str) -> list[str]:
        """Words split at spaces, connectors and brackets, but a defined synset keeps the underscores of its name
        ("&RELIEF_GOODS"; "DEMAND_&GENINT_CONVENTIONS" is DEMAND, &GENINT, CONVENTIONS): the longest name wins."""
        parts = [w for w in re.split(r"[\s_()]+", text) if w]
        out: list[str] = []
        i = 0
        while i < len(parts):
            if parts[i].startswith("&"):
                j = next((j for j in range(len(parts), i, -1) if "_".join(parts[i:j]) in synsets), i + 1)
                out.append("_".join(parts[i:j]))
                i = j
                continue
            out.append(parts[i])
            i += 1
        return out

    def translate_linear(pre: str, post: str, code: str) -> None:
        """(h30a) A pattern line as PETRARCH's linear matcher reads it: words before the verb (`before`, in
        order, anywhere earlier in the sentence), words after it (`after`, in order), `+` the target where it
        stands (first after the verb: the object; after a preposition: that preposition's object; before the
        verb with `$` after a preposition: the subject is the target and that preposition's object the
        source), `%` before the verb a compound subject whose members act on each other, `^` (skip a noun
        phrase) dropped. What cannot be told this way is skipped and counted."""
        before_items, after_items = words_of(pre), words_of(post)
        kw: dict = {}
        # "(TO)", "(TO +)": the target is that preposition's object, as in the plain form
        bare_prep = [g.split() for g in re.findall(r"\(([^)]*)\)", post) if g.split()[:1]
                     and g.split()[0].lower() in PREPOSITIONS and g.split()[1:] in ([], ["+"])]
        if "%" in after_items:
            i = after_items.index("%")
            if "+" in after_items or not i or after_items[i - 1].lower() not in PREPOSITIONS:
                counts["skipped: compound (%) after the verb"] += 1
                return
            # (h32g) "* WITH % [031]": a compound after a preposition is the target, each of its members ("Eriador agrees
            # with the Philippines and France" → ERI 031 PHL, ERI 031 FRA), as `+` there
            after_items = [*after_items[:i], "+", *after_items[i + 1:]]
            post = post.replace("%", "+")
            counts["linear lines: a compound (%) after a preposition read as the target"] += 1
        if "%" in before_items:
            kw["reciprocal"] = kw["compound_source"] = True
        target: tuple[str, ...] = LINEAR_TARGET
        plus_before, dollar_before = "+" in before_items, "$" in before_items
        if "+" in after_items:
            i = after_items.index("+")
            prev = after_items[i - 1].lower() if i else None
            if i == 0:
                target = ("dobj",)
            elif prev in PREPOSITIONS:
                target = _placed_prep_target(prev)
            elif prev == "^" and (j := next((k for k in range(i - 1, -1, -1) if after_items[k] != "^"), -1)) >= 0 \
                    and after_items[j].lower() in PREPOSITIONS:
                # (h32g) "* IFTAR IN ^ +", "* AT ^ +": `^` skips the preposition's noun phrase and `+` is the next actor, the
                # first after the verb that is not in that preposition's phrase ("celebrated Iftar in Osgiliath with the
                # leaders of Gondor" → GON)
                skipped = after_items[j].lower()
                target = tuple(t for t in VERB_TARGET if not t.startswith((f"prep:{skipped}", f"object.prep:{skipped}")))
                # (h33e) ... first the next actor inside that phrase after its noun: `^` skips the noun phrase, not the
                # phrases on it ("warned at the Gondor of the Prince of Dol Amroth" → the Prince's DOL)
                target = (*(f"prep:{skipped}.prep:{q}" for q in dict.fromkeys(
                    (*_V["object_target_prepositions"], *_TARGET_PREPS)) if q != skipped), *target)
                counts["linear lines: + after a skipped (^) phrase of a preposition"] += 1
            else:
                counts["skipped: + after words that are no preposition"] += 1
                return
        if bare_prep and "+" not in after_items:
            target = _placed_prep_target(bare_prep[0][0].lower(), bool(bare_prep[0][1:]))
            first_bare = next(m for m in re.finditer(r"\(([^)]*)\)", post) if m.group(1).split() == bare_prep[0])
            if re.search(r"[A-Za-z&]", re.sub(r"[$+%^]", " ", post[:first_bare.start()])):
                # (h34g) words named before the bare preposition ("* ASSURANCES (ON &TIETYPES) (FROM)"): once they have
                # matched, PETRARCH-2 takes the first actor after the verb, wherever the parse hangs the preposition
                # ("welcomed assurances on cultural issues[← from] Bree"), as the plain form's object line does
                # (`(PREP)` after an object word: its phrase, then OBJECT_FAR_TARGET)
                # (not deeper into that preposition's own phrase: unplaced, its object is the target, h32g)
                own = f"prep:{bare_prep[0][0].lower()}.deep"
                target = (*target, *(t for t in OBJECT_FAR_TARGET if t not in target and (bare_prep[0][1:] or t != own)))
                counts["linear lines: a bare (PREP) after named words, then the first actor after the verb"] += 1
        if "$" in after_items:
            i = after_items.index("$")
            prev = after_items[i - 1].lower() if i else None
            if not plus_before or prev not in PREPOSITIONS:
                counts["skipped: $ source after the verb"] += 1
                return
            kw["source"] = (f"prep:{prev}",)
            # (h33e) `+` before the verb is the word written there, the clause's subject as written: a passive verb's
            # patient ("the militia was freed from Barad-dur": `+ * FROM $`), an active verb's doer
            target = ("surface_subj",)
        elif plus_before and not dollar_before:
            counts["skipped: + target before the verb with no $ source"] += 1
            return
        before_chunks, after_chunks = chunks_of(pre, "before"), chunks_of(post, "after")
        # a verb's particle right after it stays a particle ("SAID *_UP")
        particle = None
        if after_chunks:
            first = [w for w in after_chunks[0] if w != "*"]
            if first and first[0].lower() in PARTICLES and first[0].lower() not in PREPOSITIONS:
                particle = first[0].lower()
                after_chunks = ([first[1:]] if first[1:] else []) + after_chunks[1:]
        before_slots, after_slots = [], []
        for chunks, slots in ((before_chunks, before_slots), (after_chunks, after_slots)):
            for ch in chunks:
                if ch == ["*"]:
                    continue
                sl = chunk_slot(ch)
                if sl is None:
                    counts["skipped: words not expressible"] += 1
                    return
                slots.append(sl)
        if before_slots:
            kw["before"] = tuple(before_slots)
            negations = _V["negations"]
            if any(all(set(a.split()) & negations for a in sl) for sl in before_slots):
                # "- NOT * [112]", "- &NEGATVAUXVRB * ... [904]": the negation is the act the code names
                kw["negated"] = True
            counts["linear lines: words before the verb"] += 1
        if after_slots:
            kw["after"] = tuple(after_slots)
        if add_for_block(particle, {"target": target, **kw}, code):
            counts["pattern lines translated"] += 1
            counts["pattern lines translated as linear word patterns"] += 1

    def translate_verb(s: str) -> None:
        """WORD {forms} [code]  |  +WORD_PART {forms} [code]  |  FRONT_+WORD {forms} [code]."""
        nonlocal reverse, reverse_only
        vm = re.match(r"^(?P<w>[^\s{\[]+)\s*(?:\{[^}]*\})?\s*(?P<c>\[[^\]]*\])?\s*$", s)
        if not vm:
            counts["bad verb lines"] += 1
            return
        word = vm.group("w")
        code = code_of(vm.group("c")) if vm.group("c") else block_code
        reverse_only = False
        reverse = reverse_of(vm.group("c")) if vm.group("c") else block_reverse
        particle = prep = front_words = None
        if "_" in word or "+" in word:
            front, _, back = word.partition("+") if "+" in word else ("", "", word)
            if front.strip("_"):
                # (h32k) PETRARCH-2's compound verb with words before the verb ("WIRE_+TAP"): the verb is the word after
                # "+", the words before it must stand right before it, in order ("wire tapped", "will not wire tap");
                # read as a pattern's words before the verb with the verb itself last ("wire *")
                fw = [w.lower() for w in front.split("_") if w]
                if not all(re.match(r"^[a-z][a-z'\-]*$", w) for w in fw) or "_" in back.strip("_"):
                    counts["skipped: compound verbs with words before the verb"] += 1
                    return
                front_words = " ".join([*fw, "*"])
                back = back.strip("_")
                counts["compound verbs with words before the verb"] += 1
            parts = back.split("_")
            word, extra = parts[0], [p for p in parts[1:] if p]
            if len(extra) > 1:
                counts["skipped: compound verbs of 3+ words"] += 1
                return
            if extra:
                low = extra[0].lower()
                if low in PARTICLES and low not in _V["compound_verb_prepositions"]:
                    particle = low
                elif low in PREPOSITIONS:
                    prep = low
                else:
                    counts["skipped: compound verbs of 3+ words"] += 1
                    return
        lemma = word.lower()
        if not re.match(r"^[a-z][a-z\-]*$", lemma):
            counts["bad verb lines"] += 1
            return
        if not prep:
            # (h32i) PETRARCH-2 stores a verb's forms as words of their own: those in braces ("+CORDON_OFF
            # {+CORDONED_OFF ...}": "cordoned"), else the regular ones it makes (`make_verb_forms`: S, ED or D, ING);
            # our lemmatiser may not give the verb back from them ("cordoned" → "cordone")
            braced = re.search(r"\{([^}]*)\}", s)
            for form in _verb_forms(lemma, braced.group(1) if braced else None, front=bool(front_words)):
                if form != lemma and forms.setdefault(form, lemma) == lemma:
                    counts["verb forms (braced or made as PETRARCH-2 makes them)"] += 1
        verbs.append((lemma, code, particle, prep, front_words))
        counts["verbs"] += 1
        if code is None:
            return
        kw: dict = {"lemmas": frozenset({lemma})}
        if front_words:
            kw["before"] = (frozenset({front_words}),)
        if particle:
            kw["particle"] = particle
            kw["target"] = VERB_TARGET
        elif prep:
            kw["prep"] = prep
            kw["target"] = (f"prep:{prep}",)
        else:
            kw["target"] = VERB_TARGET if lemma in REPORTING_VERBS else CLAUSE_VERB_TARGET
        add(kw, code)
        counts["verbs with a code"] += 1

    in_synset = False
    for _n, line in _lines(path):
        s = line.strip()
        if s.startswith("~"):
            counts["skipped: verb transformations"] += 1
            continue
        if s.startswith("&"):
            synset_name = s.split()[0].rstrip("_")
            synsets[synset_name] = []
            in_synset = True
            continue
        if s.startswith("+") and in_synset and synset_name is not None:
            synsets[synset_name].append(phrase_text(s[1:]).upper())
            continue
        in_synset = False
        if s.startswith("---"):
            m = re.match(r"^---\s*(\S+)\s*(\[[^\]]*\])?\s*---", s)
            if not m:
                counts["bad block headers"] += 1
                continue
            block = m.group(1)
            block_code = code_of(m.group(2)) if m.group(2) else None
            block_reverse = reverse_of(m.group(2))
            verbs = []
            counts["verb blocks"] += 1
            continue
        if not block:
            continue
        if s.startswith("-"):
            counts["pattern lines"] += 1
            translate_pattern(s[1:])
            continue
        translate_verb(s)
    # (h30a) among the dictionary's own patterns, those that name more words around the verb come first (PETRARCH
    # takes the longest match: "&NEGATVAUXVRB EVER * OVER EFFORTS" before "* OVER EFFORTS"); the sort is stable
    def words(p: Pattern) -> int:  # the fewest words the pattern's slots need
        return sum(min(len(a.split()) for a in slot) for slot in (*p.before, *p.after))

    def by_length(p: Pattern) -> list[Pattern]:
        """(h34g) A pattern whose slots hold phrases of different lengths (a synset: `&HYPERCURR` has BITCOIN and
        AUSTRIAN GOLD FLORIN) as one pattern per length, so that the longest match comes first as PETRARCH-2 takes it
        ("contribute a million austrian gold florin" is `&HYPERCURR`'s 904, not `&CURRENCY`'s FLORIN 070); a
        pattern with many such slots stays whole."""
        slots = (*p.before, *p.after)
        groups = [sorted({len(a.split()) for a in slot}, reverse=True) for slot in slots]
        if all(len(g) == 1 for g in groups) or math.prod(len(g) for g in groups) > _MAX_LENGTH_VARIANTS:
            return [p]
        out_ = []
        for k, lengths in enumerate(itertools.product(*groups)):
            cut = [frozenset(a for a in slot if len(a.split()) == n) for slot, n in zip(slots, lengths)]
            out_.append(replace(p, id=f"{p.id.rsplit('.', 1)[0]}w{k}.{p.code}", before=tuple(cut[:len(p.before)]),
                                after=tuple(cut[len(p.before):])))
        counts["patterns split by the length of their slots' phrases (the longest match first)"] += 1
        return out_

    out = PatternList(sorted((v for p in made.values() for v in by_length(p)), key=lambda p: -words(p)))
    counts["patterns"] = len(out)
    out.counts = counts
    out.forms = forms
    return out


def _verb_forms(lemma: str, braced: str | None, *, front: bool = False) -> list[str]:
    """(h32i) The forms of a verb line's word as PETRARCH-2 stores them, lower case: each form in braces (its word
    before any `_` part: "+CORDONED_OFF" → "cordoned"; a form with words before the verb is left), else the regular
    forms of PETRARCH-2's `make_verb_forms` (word + S; + D and less E + ING after an E, else + ED and + ING).
    (h32k) `front`: the line is a verb with words before it ("WIRE_+TAP {WIRE_+TAPPED ...}"); its forms are the words
    after "+" of the braced forms written the same way ("tapped")."""
    if braced is not None:
        out = []
        for raw in braced.split():
            if "+" in raw and bool(raw.partition("+")[0].strip("_")) != front:
                continue
            if front:
                raw = raw.partition("+")[2]
            word = raw.lstrip("+").split("_")[0].lower()
            if re.match(r"^[a-z][a-z\-]*$", word):
                out.append(word)
        return out
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


def read_discards(path: str | Path) -> tuple[list[str], list[str]]:
    """A PETRARCH discard file (``Phoenix.discards.txt``): (sentence-level phrases, story-level phrases), lower
    case. A line is a phrase (underscores are spaces); a leading ``+`` makes it story-level: a story holding it
    gives no events at all, a sentence holding a sentence-level phrase gives none ("YEARS LATER", "1914")."""
    path = Path(path)
    if not path.is_file():
        raise EventwireError("E032", path=str(path), reason="no such file")
    sentence: list[str] = []
    story: list[str] = []
    for _, line in _lines(path):
        raw = line.strip()
        phrase = phrase_text(raw.lstrip("+")).lower()
        if phrase:
            (story if raw.startswith("+") else sentence).append(phrase)
    return sentence, story


class DiscardList:
    """(h32h) A PETRARCH discard list as PETRARCH-2 and UniversalPetrarch apply it (``check_discards``): the
    sentence's text is split at white space and compared word for word, case aside, with the phrases' words, so
    a word carrying punctuation is another word ("three years ago, a police officer said" holds no ``YEARS
    AGO``: its word is "ago,"), and a phrase is told complete only when another word follows it. The words are
    walked once, left to right, through the phrases as a tree: a word that breaks a partial match starts the
    next try at the word after it. A ``+`` phrase drops the story, another the sentence."""

    END = {"sentence": "$", "story": "+"}

    def __init__(self) -> None:
        self.tree: dict = {}
        self.size = 0

    def add(self, phrase: str, level: str) -> None:
        node = self.tree
        for word in phrase.lower().split():
            node = node.setdefault(word, {})
        node[self.END[level]] = {}
        self.size += 1

    def check(self, text: str) -> str | None:
        """'story', 'sentence' or None for one sentence's text (PETRARCH's walk: the end of a phrase is seen
        at the next word, a story phrase before a sentence one)."""
        node = self.tree
        for word in text.lower().split():
            if "+" in node:
                return "story"
            if "$" in node:
                return "sentence"
            node = node[word] if word in node else self.tree
        return None


def discard_list(paths: Iterable[str | Path]) -> DiscardList:
    """The phrases of several discard files (``read_discards``) in one `DiscardList`."""
    out = DiscardList()
    for path in paths:
        sentence, story = read_discards(path)
        for level, phrases in (("sentence", sentence), ("story", story)):
            for phrase in dict.fromkeys(phrases):
                out.add(phrase, level)
    return out


def patterns_from_files(paths: Iterable[str | Path]) -> PatternList:
    """Patterns from several PETRARCH-2 verb dictionaries (the verb-file twin of
    ``Pipeline(actor_files=...)``); ids stay unique across files."""
    out = PatternList()
    out.counts = Counter()
    out.forms = {}
    seen: set[str] = set()
    for path in paths:
        pats = read_verb_dictionary(path)
        out.counts.update(pats.counts)
        for form, lemma in pats.forms.items():
            out.forms.setdefault(form, lemma)
        for p in pats:
            if p.id in seen:
                continue
            seen.add(p.id)
            out.append(p)
    return out
