"""The acts one coded act implies, added once every trigger is coded: the host of a visit made to meet
someone (`_visit_hosts`), the other side's act (`_converses`: a hosting is also the guest's visit) and the
cooperation of an act done "in coordination with" a partner (`_joint_partners`); tables in
``data/modality.yaml`` (`visit_hosts`, `converse_acts`, `joint_act_partners`). A mixin of the event coder
(`EventCoder`), which provides ``self.mod`` (the modality vocabulary) and `_country`."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Event
from .cameo import _cameo_fields, cameo
from .kb import load_kb
from .syntax import prep_objects as _prep_objects

if TYPE_CHECKING:
    from .events import _Frame


def _other_sides_act(e: Event, code: str, reading: str, **fields) -> Event:
    """The act `code` the target of `e` does to its source, told by the same words: `e` with its sides swapped, the
    code's CAMEO fields, and its rule marked with the reading that implied it (``+converse``, ``+pair``)."""
    return replace(e, **_cameo_fields(cameo(code)), source_actor=e.target_actor, source_code=e.target_code,
                   target_actor=e.source_actor, target_code=e.source_code, source_id=e.target_id, target_id=e.source_id,
                   rule=f"{e.rule}+{reading}", **fields)


class ConverseActs:
    """The implied-act post-passes of `EventCoder` (see the module docstring)."""

    def _visit_hosts(self, frame: _Frame, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """A visit to a country made to meet someone of it is made to that person, who hosts it
        (modality.yaml `visit_hosts`): "Sy arrived in Bujumbura and held talks with Ndayishimiye" → Sy
        042 Ndayishimiye and Ndayishimiye 043 Sy; "He is due in Kigali for a meeting with President
        Kagame" (planned, both ways); "arrived in Juba and was received by Kiir". The host is the one the
        visitor meets in the same sentence (an event of `meeting_codes`) or the one who receives the
        visitor there, else the person after "with" in the visit's purpose (`purpose_nouns`)."""
        spec = self.mod.get("visit_hosts") or {}
        if not spec:
            return events
        out = list(events)
        for n, e in enumerate(events):
            tgt = frame.actors.get(e.target_id or "")
            src = frame.actors.get(e.source_id or "")
            if e.cameo_code != "042" or e.rule.split("+")[0] not in spec["patterns"] or tgt is None \
                    or tgt.kind != "country" or src is None or src.sector in spec["visitor_sectors_not"]:
                continue
            there = self._country(frame, e.target_id)

            def local(aid: str | None) -> bool:
                a = frame.actors.get(aid or "")
                return a is not None and a.kind in ("person", "unknown_person") and self._country(frame, aid) == there
            same = [o for o in events if o.sentence_index == e.sentence_index and o is not e]
            met = [o.target_id for o in same if o.source_id == e.source_id and o.cameo_code in spec["meeting_codes"]
                   and local(o.target_id)]
            hosts = [o.source_id for o in same if o.target_id == e.source_id and o.cameo_code == "043" and local(o.source_id)]
            if not hosts and not met and id(e) in triggers:
                tok = frame.doc[triggers[id(e)]]
                for v in (tok, tok.head) if tok.dep_ in ("acomp", "xcomp") else (tok,):
                    for c in v.children:
                        if c.dep_ != "prep" or c.lower_ != "for":
                            continue
                        for noun in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in spec["purpose_nouns"]):
                            hosts += [a for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                                      for o in w.children if o.dep_ == "pobj" for a in frame.actor_at(o) if local(a)]
            if not hosts and not met:
                continue
            host = frame.actors[(hosts or met)[0]]
            # (the visit stays the country's when the meeting is an event of its own: "arrived in Bujumbura and
            # held talks with Ndayishimiye" is two acts)
            visit = replace(e, target_actor=host.name, target_code=host.code, target_id=host.id, rule=f"{e.rule}+host") \
                if hosts else e
            out[n] = visit
            if not any(o.cameo_code == "043" and o.source_id == host.id and o.target_id == e.source_id for o in same):
                out.append(replace(visit, **_cameo_fields(cameo("043")), source_actor=host.name, source_code=host.code,
                                   source_id=host.id, target_actor=e.source_actor, target_code=e.source_code,
                                   target_id=e.source_id, rule=f"{e.rule.split('+')[0]}+host+converse",
                                   confidence=round(max(0.05, e.confidence - float(spec["penalty"])), 3)))
                triggers[id(out[-1])] = triggers.get(id(e), 0)
            if id(e) in triggers:
                triggers[id(visit)] = triggers[id(e)]
        return out

    def _converses(self, frame: _Frame, events: list[Event], triggers: dict[int, int] | None = None) -> list[Event]:
        """The other side's act that one act implies (modality.yaml `converse_acts`): "Tiani hosted
        Russia's deputy defence minister" is also the minister's visit (042) to the host, when the one
        received is a person or delegation from another country and the article does not tell the
        visit itself."""
        table = self.mod.get("converse_acts") or {}
        out = list(events)
        for e in events:
            spec = table.get(e.cameo_code)
            if not spec or not e.source_id or not e.target_id or e.mode not in spec.get("modes", ("happened", "planned")) \
                    or e.rule.split("+")[0] not in spec["patterns"]:
                continue
            tgt = frame.actors.get(e.target_id)
            if e.source_id not in frame.actors or tgt is None or tgt.kind not in spec["target_kinds"] \
                    or frame.actors[e.source_id].sector in spec.get("source_sectors_not", ()):
                continue
            if triggers and id(e) in triggers and frame.doc[triggers[id(e)]].tag_ in spec.get("trigger_tags_not", ()):
                continue  # ("a day before Sarkozy heads[VBZ] to Beijing": a trip told in the present is yet to come)
            home, other = self._country(frame, e.source_id), self._country(frame, e.target_id)
            if other in (None, home):
                continue
            code = str(spec["code"])
            own_sentence = bool(spec.get("own_sentence"))
            if any(o.cameo_code[:3] == code and o.source_id and o.target_id and self._country(frame, o.source_id) == other
                   and self._country(frame, o.target_id) == home
                   and (not own_sentence or o.sentence_index == e.sentence_index) for o in events):
                continue  # (the other side's act told in its own words, in this sentence or another; `own_sentence`:
                # in this one only, for acts told again and again between the same two, as arms deals)
            out.append(_other_sides_act(e, code, "converse",
                                        confidence=round(max(0.05, e.confidence - float(spec["penalty"])), 3)))
        return out

    def _user_reverses(self, frame: _Frame, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """(h33e) The second half of a user's PETRARCH code pair (`ARRIVE [032:033]`, `MEET [031:031]`... `[a:b]`:
        the source does a to the target, the target b to the source, as PETRARCH-2 codes the pair): "Bree's president
        arrived in Gondor" is BRE 032 GON and GON 033 BRE. Added for each event of a pattern with a `reverse_code`
        whose two sides are two actors, unless an event already tells that act of the target on the source."""
        out = list(events)
        have = {(e.source_id, e.target_id, e.cameo_code) for e in events}
        for e in events:
            code = self.reverse_codes.get(e.rule.split("+")[0])
            if not code or not e.source_id or not e.target_id or e.source_id == e.target_id \
                    or (e.target_id, e.source_id, code) in have:
                continue
            have.add((e.target_id, e.source_id, code))
            out.append(_other_sides_act(e, code, "pair"))
            if id(e) in triggers:
                triggers[id(out[-1])] = triggers[id(e)]
        return out

    def _exchanged(self, frame: _Frame, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """(h24d) A release "in exchange for" someone (modality.yaml `exchanged_releases`) is also the other side's
        release of that one to the releaser: "Russia freed Ksenia Karelina, a Russian-American ballet dancer, in exchange
        for a dual Russian-German national held in the United States" → USA 0841 RUS. The other side is where or by whom
        the one exchanged was held ("held in the United States"), else the country of the one the releaser freed; the
        act is aimed at the releaser, to whom the one exchanged goes. None when the article tells that act itself."""
        spec = self.mod.get("exchanged_releases") or {}
        nouns, preps, fors = set(spec.get("nouns", ())), set(spec.get("prepositions", ())), set(spec.get("for_prepositions", ()))
        holders, holder_preps = set(spec.get("holder_participles", ())), set(spec.get("holder_prepositions", ()))
        out = list(events)
        for e in events:
            if e.cameo_code not in spec.get("codes", ()) or e.mode != "happened" or not e.source_id or not e.target_id \
                    or id(e) not in triggers or e.source_id not in frame.actors:
                continue
            tok = frame.doc[triggers[id(e)]]
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            swaps = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns]
            # (someone exchanged, an actor: not "in exchange for guarantees")
            given = [o for n in swaps for f in fors for o in _prep_objects(n, f) if frame.actor_at(o)]
            if not given:
                continue
            home = self._country(frame, e.source_id)
            held = [a for g in given for v in g.children if v.dep_ == "acl" and v.lemma_.lower() in holders
                    for p in holder_preps for w in _prep_objects(v, p) for a in frame.actor_at(w, places=True)]
            others = [self._country(frame, a) for a in held] + [self._country(frame, e.target_id)]
            other = next((c for c in others if c and c != home), None)
            if other is None:
                continue
            source = frame.country_actor(other) \
                or next((a for a in held if self._country(frame, a) == other), None)
            if source is None:
                # (the country itself, which the story names only by its people: "released 90 Ukrainian soldiers in
                # exchange for 90 Russian soldiers" → Ukraine)
                entry = load_kb().country(other)
                if entry is None:
                    continue
                source = frame.compose(f"country:{other}", entry.name, other, "").id
            if any(o.cameo_code == e.cameo_code and o.source_id and o.target_id and self._country(frame, o.source_id) == other
                   and self._country(frame, o.target_id) == home for o in events):
                continue  # (the other side's release told in its own words)
            src, tgt = frame.actors[source], frame.actors[e.source_id]
            out.append(replace(e, source_actor=src.name, source_code=src.code, source_id=src.id, target_actor=tgt.name,
                               target_code=tgt.code, target_id=tgt.id, rule=f"{e.rule}+exchanged",
                               confidence=round(max(0.05, e.confidence - float(spec.get("penalty", 0.1))), 3)))
            triggers[id(out[-1])] = triggers[id(e)]
        return out

    def _joint_partners(self, frame: _Frame, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """An act done "in coordination with" a party (modality.yaml `joint_act_partners`) is also the doer's
        cooperation with that party: "carried out an airstrike against al-Shabaab in coordination with the Federal
        Government of Somalia" → the strike, and USAMIL → SOMGOV 062. One per doer and partner."""
        spec = self.mod.get("joint_act_partners") or {}
        codes, nouns, preps = spec.get("codes") or {}, set(spec.get("nouns", ())), set(spec.get("prepositions", ()))
        out, seen = list(events), set()
        for e in events:
            code = codes.get(e.cameo_code[:2])
            if not code or not e.source_id or id(e) not in triggers or e.source_id not in frame.actors:
                continue
            tok = frame.doc[triggers[id(e)]]
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            joint = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns]
            partners = [a for n in joint for w in _prep_objects(n, "with") for v in (w, *w.conjuncts)
                        for a in frame.actor_at(v)]
            src = frame.actors[e.source_id]
            for a in dict.fromkeys(partners):
                tgt = frame.actors.get(a)
                if tgt is None or not tgt.code or not src.code or tgt.code == src.code or a == e.target_id \
                        or (e.source_id, a) in seen:
                    continue
                seen.add((e.source_id, a))
                out.append(replace(e, **_cameo_fields(cameo(str(code))), target_actor=tgt.name, target_code=tgt.code,
                                   target_id=a, rule=f"{e.rule}+joint"))
        return out
