"""The post-passes that drop events once every trigger is coded: a report's attribution of the event it
reports, an elaboration's own code, an act only intended, a denial with nothing denied, a failure charged, a statement that explains an act, a generic refusal, a
manner or means told as an act, a generic attack its participle specifies, a measure's aim, and duplicate readings of one act (`_dedupe`). A mixin of
the event coder (`EventCoder`), which provides ``self.mod`` (the modality vocabulary) and
``self.hypothetical``; each pass takes the events and ``triggers`` (id(event) → trigger token index)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Collection

from spacy.tokens import Doc, Token

from ..model import Event
from .cameo import _cameo_fields, cameo
from .actors import coref_vocab
from .modes import MODES, modality_vocab
from .quotes import find_quote_spans
from .sides import codes_on_one_side
from .syntax import content_clause, is_infinitive


def _reporter(code: str, vocab: dict) -> bool:
    """(h27k) Whether a source code is a reporter's (modality.yaml `reported_wrong` `reporter_sectors`: a news agency, a
    newspaper, a journalist), who tells what another did and accuses no one by telling it."""
    sectors = set(vocab.get("reporter_sectors", ()))
    return any(code[i:i + 3] in sectors for i in range(3, len(code), 3))


class EventFilters:
    """The post-passes of `EventCoder` that drop or merge events (see the module docstring)."""

    def _elaborations(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """A participle that says whom an act reached ("adopted a package of sanctions against
        Russia, targeting[advcl] tankers and Chinese companies"; modality.yaml `elaborating_verbs`)
        is that act towards them: its code, not an attack's."""
        words = self.mod.get("elaborating_verbs", ())
        by_token = _by_trigger(events, triggers)
        out = []
        for e in events:
            tok = doc[triggers[id(e)]] if id(e) in triggers else None
            if tok is not None and tok.lemma_.lower() in words and tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG":
                gov = tok.head if tok.dep_ == "advcl" else tok.head.head
                acts = [g for g in by_token.get(gov.i, ()) if g.source_id == e.source_id and g.mode == e.mode]
                if acts and any((g.target_code or "")[:3] == (e.target_code or "")[:3] for g in acts):
                    continue  # the same act told in more detail ("sanctions on Russia, targeting banks")
                if acts and acts[0].cameo_code != e.cameo_code:
                    e = replace(e, **_cameo_fields(cameo(acts[0].cameo_code)), rule=f"{e.rule}+{acts[0].rule}")
            out.append(e)
        return out

    def _drop_attributions(self, events: list[Event], reports: list[tuple[Token, list[Event]]],
                           triggers: dict[int, int]) -> list[Event]:
        """"X said that Y attacked Z": the report attributes the embedded event, it is no act of X
        towards Y; the statement stands only when its complement holds no event."""
        drop: set[int] = set()
        accused: set[int] = set()
        quoted: set[int] = set()
        made_charges: list[tuple[Event, int]] = []
        for tok, made in reports:
            ids = {id(m) for m in made}
            # a report about one's own country is no interaction ("Norway's minister said Norway
            # would ...": NORGOV → NOR)
            drop |= {id(m) for m in made if _same_country_pair(m.source_code, m.target_code)}
            # (p25) ... nor one of a state's organs about another (modality.yaml `own_state_report_sectors`)
            organs = set(self.mod.get("own_state_report_sectors") or ())
            drop |= {id(m) for m in made if m.source_code and m.target_code and len(m.source_code) == 6
                     and len(m.target_code) == 6 and m.source_code[:3] == m.target_code[:3]
                     and {m.source_code[3:], m.target_code[3:]} <= organs}
            if tok.dep_ == "advcl":
                # a participle giving the reason of an act between the same two ("criticized the plan, saying a
                # U.S. presence could threaten ...": the criticism of the U.S.) is no statement of its own
                on_head = {(e.source_id, e.target_id) for e in events if id(e) not in ids
                           and triggers.get(id(e)) == tok.head.i}
                drop |= {id(m) for m in made if (m.source_id, m.target_id) in on_head}
            for c in tok.children:
                if c.dep_ not in ("ccomp", "xcomp"):
                    continue
                if c.i < tok.i and c.dep_ == "ccomp":
                    # a trailing attribution ("..., officials said") names who reported the
                    # clause before it: never a statement towards the clause's subject
                    drop |= ids
                    continue
                inside = {t.i for t in c.subtree}
                # an open complement counts when its act is one ("agreed to impose sanctions"), not
                # when it is called off ("agreed to postpone the demonstration")
                modes = ("happened", "planned") if c.dep_ == "xcomp" else MODES
                held = [e for e in events if id(e) not in ids and triggers.get(id(e)) in inside and e.mode in modes]
                if c.dep_ == "ccomp":
                    # (h20f) a wrong reported of another is an accusation of its doer ("Iran said Israeli drones had
                    # struck a fuel depot", "said Afghan nationals had carried out suicide bombings")
                    now = {id(m): m for m in made if self._reported_wrong(c, m, held)}
                    accused |= set(now)
                    if now and tok.lemma_.lower() in self.mod.get("reported_wrong", {}).get("contested_verbs", ()):
                        # (h34b) ... and force a contested claim tells of another is only claimed, no deed reported
                        # ("the US claimed that ISIL had attacked Iraq": the accusation, not the attack)
                        doers = {m.target_id for m in now.values()}
                        roots = tuple(self.mod.get("reported_wrong", {}).get("roots", ()))
                        quoted |= {id(e) for e in held if e.source_id in doers and e.cameo_root in roots}
                    # (h27g) ... and so is one told in the reporter's own quoted words: the charge, no deed
                    charged = self._quoted_charges(c, made, held, triggers)
                    if charged:
                        quoted |= {id(e) for e in charged}
                        made_charges += [(e, tok.i) for e in self._charges(made, charged)]
                        drop |= ids
                        continue
                if held:
                    drop |= ids
        # (h21b) a reading kept only as an accusation (modality.yaml reported_wrong `accusing_only`)
        only = set(self.mod.get("reported_wrong", {}).get("accusing_only", ()))
        drop |= {id(m) for _tok, made in reports for m in made if m.rule.split("+", 1)[0] in only}
        accusation = _cameo_fields(cameo("112"))
        out = [replace(e, **accusation, rule=f"{e.rule}+reported_wrong") if id(e) in accused else e
               for e in events if id(e) not in quoted and (id(e) not in drop or id(e) in accused)]
        for e, at in made_charges:
            if not any(o.source_id == e.source_id and o.target_id == e.target_id and o.cameo_root == "11"
                       and o.sentence_index == e.sentence_index for o in out):
                out.append(e)
                triggers[id(e)] = at
        return out

    def _quoted_charges(self, clause: Token, made: list[Event], held: list[Event],
                        triggers: dict[int, int]) -> list[Event]:
        """(h27g) The acts of force a reported clause tells in the reporter's own quoted words, a quotation that opens
        inside the clause after its first word ("the Houthis had \"kidnapped many of the crew\"", "Rwanda was carrying
        out \u201ca frontal attack\u201d on Congo's sovereignty"): the reporter's charge, not a deed the story reports
        (modality.yaml `reported_wrong` `quoted_roots`; the quotations as quotes.py `find_quote_spans` finds them). Only when a doer of them is of another country
        than the reporter; empty otherwise. A whole sentence quoted, or quoted words beside the act, is no such charge."""
        vocab = self.mod.get("reported_wrong", {})
        roots = tuple(vocab.get("quoted_roots", ()))
        if not roots or not made:
            return []
        doc = clause.doc
        sub = list(clause.subtree)
        lo, hi = sub[0].i, sub[-1].i
        sent = clause.sent
        spans = [(sent.start_char + a, sent.start_char + b) for a, b in find_quote_spans(sent.text)]
        quoted = {t.i for t in sent if any(a <= t.idx < b for a, b in spans)}
        if not quoted or min(quoted) <= lo or min(quoted) > hi:
            return []

        def in_quote(e: Event) -> bool:
            tok = doc[triggers[id(e)]]
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            return tok.i in quoted or any(o.i in quoted for o in objs)

        found = [e for e in held if e.mode == "happened" and e.cameo_root in roots and id(e) in triggers and in_quote(e)]
        speaker = {(m.source_code or "")[:3] for m in made}
        if not any(e.source_code and e.source_code[:3] not in speaker for e in found):
            return []
        return found

    def _charges(self, made: list[Event], charged: list[Event]) -> list[Event]:
        """The reporter's accusation (112) of each doer of another country in `charged` (see `_quoted_charges`)."""
        accusation = _cameo_fields(cameo("112"))
        out: list[Event] = []
        for m in made:
            if _reporter(m.source_code or "", self.mod.get("reported_wrong", {})):
                continue  # (h27k) a reporter's quoted words are its source's, no charge of its own
            for e in charged:
                if not e.source_code or not m.source_code or e.source_code[:3] == m.source_code[:3] \
                        or any(o.target_id == e.source_id for o in out):
                    continue
                out.append(replace(m, **accusation, target_actor=e.source_actor, target_code=e.source_code,
                                   target_id=e.source_id, rule=f"quoted_charge.112+{m.rule}"))
        return out

    def _reported_wrong(self, clause: Token, report: Event, held: list[Event]) -> bool:
        """A statement (010) whose reported clause tells that its subject, of another country than the
        speaker, used force: by a coded act of force on the speaker's side or on no one named, or by the
        clause's own words when no act is coded in it — a violent verb in the active, an attack noun carried
        out or an attack noun something was supplied for (modality.yaml `reported_wrong`)."""
        vocab = self.mod.get("reported_wrong", {})
        if report.cameo_code != "010" or not report.target_code or not report.source_code:
            return False
        if _reporter(report.source_code, vocab):
            return False  # (h27k) a news agency or journalist reports, it accuses no one ("Reuters said Israeli drones had struck a car")
        if report.source_code[:3] == report.target_code[:3]:
            # (h24j) ... or of the other side of its own country's civil conflict: the state and an armed or opposition
            # body (`civil_sides`: "the army-aligned government said the RSF had deliberately targeted the convoy")
            sides = vocab.get("civil_sides", {})
            ends = {report.source_code[3:6], report.target_code[3:6]}
            if not (ends & set(sides.get("state", ())) and ends & set(sides.get("nonstate", ()))):
                return False
        roots = tuple(vocab.get("roots", ()))
        side = report.source_code[:3]
        # (h34b) a reporting verb that tells its content as contested (`contested_verbs`: "claimed that ISIL had attacked
        # Iraq") accuses the doer of force on anyone, not only on the speaker's side or on no one named
        contested = clause.head.lemma_.lower() in vocab.get("contested_verbs", ())
        if held:
            return any(e.mode == "happened" and e.source_id == report.target_id and e.cameo_root in roots
                       and (contested or not e.target_code or e.target_code[:3] == side) for e in held)
        if self._mode(clause) != "happened" or any(t.dep_ in ("nsubjpass", "auxpass") for t in clause.children):
            return False
        lemma = clause.lemma_.lower()
        if lemma in vocab.get("verbs", ()):
            return True
        nouns = set(vocab.get("act_nouns", ()))
        for child in clause.children:
            # (h21b) ... or the acts a count of them is of ("had carried out 14 of the 24 suicide bombings")
            counted = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                       if g.dep_ == "pobj"] if child.dep_ == "dobj" and child.pos_ == "NUM" else []
            if child.dep_ == "dobj" and lemma in vocab.get("doing_verbs", ()) \
                    and any(o.lemma_.lower() in nouns for o in (child, *counted)):
                return True
            if child.dep_ == "dobj" and lemma in vocab.get("supplying_verbs", ()):
                preps = [p for t in (clause, child) for p in t.children
                         if p.dep_ == "prep" and p.lower_ in vocab.get("supplying_prepositions", ())]
                if any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for p in preps for o in p.children):
                    return True
        return False

    def _drop_empty_denials(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"The ministry denied reports that officers had fired rubber bullets", "denied that its fighters had
        targeted civilians": the act denied (coded, mode denied) is the event; a rejection (12) on the denying
        verb that found no one it answers is not a second one (one naming its accuser stays)."""
        mod = self.mod
        by_token = _by_trigger(events, triggers)

        def denied_clause(tok: Token) -> bool:
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            clauses += [c for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in mod.get("allegation_nouns", ())
                        for c in o.children if content_clause(c)]
            return any(g.mode == "denied" for c in clauses for t in c.subtree for g in by_token.get(t.i, ()))

        return [e for e in events if not (
            e.cameo_root == "12" and not e.target_id and id(e) in triggers
            and doc[triggers[id(e)]].lemma_.lower() in mod["denial_verbs"] and denied_clause(doc[triggers[id(e)]]))]

    def _drop_charged_failures(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Pashinyan criticised Moscow for failing to protect Karabakh's Armenians": a failure or refusal told in the
        "for"/"of" phrase of a criticism or accusation (modality.yaml `charged_failure_prepositions`,
        `charged_failure_roots`) is the content of the charge, no act denied; the charge (11x) is the event."""
        preps = self.mod.get("charged_failure_prepositions", set())
        roots = self.mod.get("charged_failure_roots", set())
        charging = {triggers[id(e)] for e in events if id(e) in triggers and e.cameo_root in roots}
        if not charging:
            return events

        def charged(tok: Token) -> bool:
            t, through = tok, False
            while t.head.i != t.i:
                through = through or (t.dep_ == "prep" and t.lower_ in preps)
                t = t.head
                if t.i in charging:
                    return through
            return False

        return [e for e in events if not (e.mode == "denied" and id(e) in triggers and charged(doc[triggers[id(e)]]))]

    def _drop_explaining_statements(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Baku rejected the accusation, saying the Armenians were leaving of their own accord": a speech participle
        (modality.yaml `reason_speech_verbs`) that only gives the reason of an act its source did is no statement of
        its own; a bare statement (modality.yaml `explaining_statement_codes`) on it goes, the act stays."""
        words = self.mod.get("reason_speech_verbs", set())
        codes = self.mod.get("explaining_statement_codes", set())
        by_token = _by_trigger(events, triggers)

        def explains(e: Event) -> bool:
            tok = doc[triggers[id(e)]]
            if not (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in words):
                return False
            return any(g is not e and g.source_id == e.source_id and g.cameo_code not in codes
                       for g in by_token.get(tok.head.i, ()))

        return [e for e in events if not (e.cameo_code in codes and id(e) in triggers and explains(e))]

    @staticmethod
    def _drop_intended(doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Iran vowed to attack Israel", "China pledged to send aid to Ukraine", "Brazil offered to
        mediate": the threat, the pledge or the offer (13x, 033x, 039 on "vowed", "pledged",
        "offered"; modality.yaml `stating_codes`) is the event; the act it names, coded on the
        complement as planned between the same actors, is not a second one."""
        # only those (ANNOTATION.md: aid pledged is 033): an act agreed to or announced otherwise
        # keeps its own code, planned ("agreed to lift sanctions" 085), and the intent (03x) on a
        # committing governor between the same actors is not a second event ("agreed to hold talks":
        # 040 planned, not also 036), while an offer stands for itself ("offered to negotiate": 036,
        # not also 046 planned); an intent's act that names no target is the intent's
        # ("agreed with the UN to open two border crossings": 0355 towards the UN, not also 0872 alone)
        prefixes = tuple(modality_vocab()["stating_codes"])
        openness = (set(modality_vocab().get("openness_words", ())), tuple(modality_vocab().get("openness_codes", ())))

        def committing(governor: Token, intent: Event) -> bool:
            # a commitment ("agreed to", "decided to") is its act, planned; an offer, a wish or a pledge stands
            # for itself (modality.yaml `committing_verbs`), and so does a readiness to meet or negotiate ("is
            # ready to talk", "prepared to negotiate": 036; `openness_words`, `openness_codes`)
            lemma = governor.lemma_.lower()
            return not intent.cameo_code.startswith(prefixes) and lemma in modality_vocab()["committing_verbs"] \
                and not (lemma in openness[0] and openness[1] and intent.cameo_code.startswith(openness[1]))
        intents = {(triggers[id(e)], e.source_id, e.target_id): e for e in events
                   if e.cameo_root == "03" or e.cameo_code.startswith(prefixes)
                   if e.mode == "happened" and id(e) in triggers}
        if not intents:
            return events
        drop: set[int] = set()
        for e in events:
            if e.mode != "planned" or id(e) not in triggers:
                continue
            tok = doc[triggers[id(e)]]
            governor, at = tok.head, tok.head.i
            if tok.dep_ == "acl" and is_infinitive(tok) and tok.head.dep_ == "dobj":
                governor = tok.head.head  # "reaffirmed its commitment to defend X": the commitment's verb
                at = governor.i
            elif tok.dep_ == "conj" and tok.head.dep_ == "xcomp":
                # a second complement ("agreed to exchange prisoners and hold[conj] talks"), whose intent on the
                # governor is kept at the complement (__call__)
                governor, at = tok.head.head, tok.i
            elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.dep_ == "xcomp":
                # a nominal act the complement's verb holds ("offered to hold talks between the two countries'
                # border services"): the act the intent names, between the same two sides in either order
                governor, at = tok.head.head, tok.head.head.i
                sides = {(e.source_code or "")[:3], (e.target_code or "")[:3]}
                intent = next((i for k, i in intents.items() if k[0] == at and (i.source_code or "")[:3] in sides
                               and (i.target_code or "")[:3] in sides), None)
                if intent is not None:
                    drop.add(id(intent) if committing(governor, intent) else id(e))
                continue
            elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                # a gerund on an adjective's preposition ("would be open to meeting[pcomp] Kim"), which the small
                # parser may hang on the copula: the adjective's complement
                governor = tok.head.head
                governor = next((c for c in governor.children if c.dep_ == "acomp" and c.i < tok.i), governor) \
                    if governor.pos_ == "AUX" else governor
                at = governor.i
            elif tok.dep_ not in ("xcomp", "ccomp"):
                continue
            intent = intents.get((at, e.source_id, e.target_id))
            if intent is None and at == tok.i and governor.lemma_.lower() in modality_vocab()["committing_verbs"]:
                # (a second complement coded as its own planned act: the intent read on it is that act, whatever
                # target either found: "agreed to exchange prisoners and pull its troops back from Kyiv")
                intent = next((i for k, i in intents.items() if k[0] == at and k[1] == e.source_id
                               and not i.cameo_code.startswith(prefixes)), None)
            if intent is not None:
                drop.add(id(intent) if committing(governor, intent) else id(e))
            elif not e.target_id and any(k[0] == at and k[1] == e.source_id for k in intents):
                drop.add(id(e))
        return [e for e in events if id(e) not in drop]

    @staticmethod
    def _drop_manner_nouns(doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Somali police arrested 15 suspects in raids": a nominal act in a phrase on a verb coded
        with the same source is how that act was done, not a second one."""
        by_token = _by_trigger(events, triggers)

        def manner(e: Event) -> bool:
            if id(e) not in triggers or not e.source_id:
                return False
            tok = doc[triggers[id(e)]]
            # (an act on another target is another act: "drones that had entered its airspace during an
            # attack on Ukraine")
            return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in preps \
                and any(g.source_id == e.source_id and (e.target_id is None or g.target_id in (None, e.target_id))
                        for g in by_token.get(tok.head.head.i, ()))
        preps = modality_vocab()["manner_prepositions"]  # (not "after heavy fighting": another act)
        return [e for e in events if not manner(e)]

    def _drop_specified_attacks(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Chinese officers attacked a Vietnamese fishing boat, beating[advcl] its crew with iron bars": a generic
        attack (modality.yaml `generic_force_codes`) whose participle codes a more specific act of force
        (`specified_force_roots`) by the same source on the same side, in the same mode, is that act: one event."""
        generic = set(self.mod.get("generic_force_codes", ()))
        roots = tuple(self.mod.get("specified_force_roots", ()))
        if not generic or not roots:
            return events
        by_token = _by_trigger(events, triggers)

        def side(e: Event) -> str:
            return (e.target_code or "")[:3]

        def specified(e: Event) -> bool:
            if e.cameo_code not in generic or not e.source_id or id(e) not in triggers:
                return False
            tok = doc[triggers[id(e)]]
            return any(g.source_id == e.source_id and g.mode == e.mode and g.cameo_code not in generic
                       and g.cameo_code.startswith(roots)
                       and (g.target_id == e.target_id or (side(e) and side(g) == side(e)))
                       for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i
                       for g in by_token.get(c.i, ()))
        return [e for e in events if not specified(e)]

    def _drop_means(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Poland would send additional border guards to help Lithuania": an act with no target whose
        purpose clause is aid (modality.yaml `means_purpose_roots`) by the same source to someone is the
        means of that aid, not a second act (the sending is the help: 070 to Lithuania, no 153 alone)."""
        roots = tuple(self.mod.get("means_purpose_roots", ()))
        by_token = _by_trigger(events, triggers)

        def means(e: Event) -> bool:
            if e.target_id or not e.source_id or id(e) not in triggers:
                return False
            tok = doc[triggers[id(e)]]
            return any(c.dep_ == "advcl" and is_infinitive(c) and any(
                g.source_id == e.source_id and g.target_id and g.cameo_root in roots for g in by_token.get(c.i, ()))
                for c in tok.children)
        return [e for e in events if not means(e)] if roots else events

    def _drop_purpose_aims(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Germany summoned the Russian ambassador to protest against his death": an act in a purpose infinitive
        of an act by the same source whose root tells it (modality.yaml `purpose_aims`: a protest aimed by a
        summons, a complaint, a recall) is that act's aim, not a second act (no 141 demonstration)."""
        aims = self.mod.get("purpose_aims") or {}
        if not aims:
            return events
        by_token = _by_trigger(events, triggers)

        def aim(e: Event) -> bool:
            told_by = tuple(aims.get(e.cameo_root, ()))
            if not told_by or not e.source_id or id(e) not in triggers:
                return False
            tok = doc[triggers[id(e)]]
            if tok.dep_ not in ("advcl", "xcomp") or not is_infinitive(tok):
                return False
            return any(g.source_id == e.source_id and g.cameo_root in told_by for g in by_token.get(tok.head.i, ()))
        return [e for e in events if not aim(e)]

    def _drop_subsumed(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Russian forces fired 40 missiles at Ukraine, destroying power plants"; "Israeli warplanes struck Iran's
        consulate ... The strike destroyed the consular building": an act of a code that is part of an act of force
        (modality.yaml `subsumed_acts`: destroying what was struck, firing the missiles; values are code prefixes) told
        by the same source on the same side or on no one, in the same mode, in that act's sentence or, when it is told
        of the strike, the weapon or the aircraft (`force_part_subjects`), within `subsumed_window` sentences, is that
        act told in more detail, not a second one; (h25d) a government dissolved by who seized power is the coup."""
        parts = self.mod.get("subsumed_acts") or {}
        if not parts:
            return events
        window = int(self.mod.get("subsumed_window", 1))
        weapons = self.mod.get("force_part_subjects", ())

        def side(code: str | None) -> str:
            return (code or "")[:3]

        def told_of_weapon(e: Event) -> bool:
            if id(e) not in triggers:
                return False
            tok = doc[triggers[id(e)]]
            heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            heads += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return any(h.lemma_.lower() in weapons for h in heads)

        def part(e: Event) -> bool:
            wholes = tuple(parts.get(e.cameo_code, ()))
            if not wholes or not e.source_code:
                return False
            reach = window if told_of_weapon(e) else 0
            return any(g is not e and g.cameo_code.startswith(wholes) and g.mode == e.mode
                       and abs(g.sentence_index - e.sentence_index) <= reach
                       and (g.source_id == e.source_id or side(g.source_code) == side(e.source_code))
                       and (not e.target_code or g.target_id == e.target_id or side(g.target_code) == side(e.target_code))
                       for g in events)
        return [e for e in events if not part(e)]

    def _drop_measure_aims(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"China would take all necessary measures to defend the rights of its companies": the infinitive on a
        measure noun (modality.yaml `measure_nouns`) names the measures' aim, not a verbal act of its own
        (`measure_purpose_roots`: no 052 "defend verbally" of the companies)."""
        nouns = self.mod.get("measure_nouns", ())
        roots = tuple(self.mod.get("measure_purpose_roots", ()))
        if not nouns or not roots:
            return events

        def aim(e: Event) -> bool:
            if id(e) not in triggers or not e.cameo_code.startswith(roots):
                return False
            tok = doc[triggers[id(e)]]
            return tok.dep_ in ("acl", "advcl", "relcl") and is_infinitive(tok) and tok.head.lemma_.lower() in nouns
        return [e for e in events if not aim(e)]

    @staticmethod
    def _drop_generic_refusals(doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """"Iran refused to give IAEA inspectors access to sites struck by Israeli warplanes": the
        refusal coded on the complement (1245, towards the inspectors) is the event; the governing
        verb's generic refusal (121), whose target a phrase search found anywhere, is not another."""
        refused: dict[tuple[int, str], set[str]] = {}
        for e in events:
            if id(e) in triggers and e.rule.endswith("+refusal") and doc[triggers[id(e)]].dep_ in ("xcomp", "ccomp"):
                refused.setdefault((doc[triggers[id(e)]].head.i, e.source_id), set()).add(e.target_id)
        if not refused:
            return events
        # (only one aimed elsewhere: "refused to meet Ukraine" keeps both readings for the dedupe)
        return [e for e in events if not (id(e) in triggers and e.cameo_code in ("120", "121") and not e.rule.endswith("+refusal")
                                          and e.target_id not in refused.get((triggers[id(e)], e.source_id), {e.target_id}))]

    def _is_silent(self, e: Event) -> bool:
        """Whether the event's reading is a silent pattern's (`silent: true`: it holds its trigger, is never output)."""
        return e.rule.split("+", 1)[0] in self.silent

    def _repeated_one_sided(self, events: list[Event]) -> list[Event]:
        """(h20b) A one-sided event that repeats a two-sided act told nearby: an event with both sides, of the same
        CAMEO root and mode (the same code for one with no target: a doer does several acts of a root), told
        within modality.yaml `repeated_act_window_sentences` before or after it (not in its sentence, which
        `_dedupe` settles). On the same actor as the side it knows, it is that act told again
        and is dropped ("Police arrested opposition leader X on Thursday. ... she was detained without a
        warrant"): emitting it with the other side taken from that act would count one act twice. On another
        actor of the same code it is a second act of the kind, and takes its other side from the nearest such
        act ("Police arrested two opposition leaders. A third was also detained" → the police; rule suffixed
        `+repeated_side`, the one-sided confidence kept)."""
        window = int(self.mod.get("repeated_act_window_sentences", 0))
        if window <= 0:
            return events
        full = [e for e in events if e.source_id and e.target_id and not self._is_silent(e)]
        out = []
        for e in events:
            if e.source_id and e.target_id:
                out.append(e)
                continue
            near = sorted((m for m in full if m.cameo_root == e.cameo_root and m.mode == e.mode
                           and 0 < abs(m.sentence_index - e.sentence_index) <= window),
                          key=lambda m: (abs(m.sentence_index - e.sentence_index), m.sentence_index > e.sentence_index))
            if e.target_id:
                # (h27b) on the same victims, another act of a root whose codes are distinct acts (an arrest after tear
                # gas or a crackdown, modality.yaml `repeated_act_distinct_roots`) is no act told again but the next
                # one done to them: it is done by that act's doer, told before it ("Police fired tear gas at opposition
                # supporters. Dozens of opposition supporters were arrested" → the police, rule suffixed `+victims_doer`)
                distinct = e.cameo_root in set(self.mod.get("repeated_act_distinct_roots") or ())
                other = [m for m in near if distinct and (m.cameo_code or "")[:3] != (e.cameo_code or "")[:3]
                         and m.sentence_index < e.sentence_index]
                near = [m for m in near if m not in other]
                same = [m for m in near if m.target_id == e.target_id]
                kin = [m for m in near if e.target_code and m.target_code == e.target_code and m.source_id != e.target_id]
                prior = [m for m in other if m.target_id == e.target_id]
                # (none when another doer used force on them in between: "Ugandan soldiers beat opposition supporters")
                force = set(((self.mod.get("passive_force_doer") or {}).get("roots") or {}).get(e.cameo_root) or ())
                doers = {m.source_id for m in full if m.target_id == e.target_id and m.cameo_root in force
                         and 0 <= e.sentence_index - m.sentence_index <= window}
                if not same and not kin and prior and len({m.source_id for m in prior} | doers) > 1:
                    continue  # (as before: dropped, with no doer of its own to guess)
                if not same and not kin and prior:
                    m = prior[0]
                    out.append(replace(e, source_actor=m.source_actor, source_code=m.source_code, source_id=m.source_id,
                                       rule=f"{e.rule}+victims_doer"))
                    continue
            else:
                # (one doer does several acts of a root: "arrested ... confiscated computers" are two; its act told
                # again has the same code)
                near = [m for m in near if m.cameo_code == e.cameo_code]
                same = [m for m in near if m.source_id == e.source_id]
                kin = [m for m in near if e.source_code and m.source_code == e.source_code and m.target_id != e.source_id]
            if same:
                continue  # (the act told again)
            if kin:
                m = kin[0]
                side = dict(source_actor=m.source_actor, source_code=m.source_code, source_id=m.source_id) if e.target_id \
                    else dict(target_actor=m.target_actor, target_code=m.target_code, target_id=m.target_id)
                out.append(replace(e, **side, rule=f"{e.rule}+repeated_side"))
                continue
            doer = self._force_doer(e, full) if e.target_id else None
            if doer is not None:
                out.append(replace(e, source_actor=doer.source_actor, source_code=doer.source_code,
                                   source_id=doer.source_id, rule=f"{e.rule}+force_doer"))
                continue
            out.append(e)
        return out

    def _force_doer(self, e: Event, full: list[Event]) -> Event | None:
        """(h22c) Who did an act of force or an arrest with no doer told ("Three Palestinians were killed", "Ten Palestinians
        were arrested"): the one party whose force (modality.yaml `passive_force_doer.roots`: the roots that may have
        done an act of each root) on the victims' country the story told in the
        `lookback_sentences` just before ("Israeli forces raided the Jenin refugee camp on Tuesday. Three Palestinians
        were killed" → the forces, rule suffixed `+force_doer`; "Sudan's army bombed a market in Darfur. Dozens of
        civilians were killed" → the army). None when the act is no such force, when two parties used force there
        (clashes, an exchange of fire) or its sentence says so (`two_sided_words`: "killed in the clashes"), when the
        victims are on the doer's side (`sides.party_side`), when its sentence tells another incident
        (`unrelated_words`: "In a separate incident"), or when the victims' country is not known."""
        spec = self.mod.get("passive_force_doer") or {}
        roots = set((spec.get("roots") or {}).get(e.cameo_root) or ())
        back = int(spec.get("lookback_sentences") or 0)
        country = (e.target_code or "")[:3]
        if not roots or back <= 0 or len(country) != 3 or not country.isalpha():
            return None
        # (the sentences just before, or an earlier clause of its own: "Police fired tear gas, and at least 30 people
        # were arrested")
        prior = [m for m in full if m.cameo_root in roots and m.mode == e.mode and m.source_id
                 and (0 < e.sentence_index - m.sentence_index <= back
                      or (m.sentence_index == e.sentence_index and m.span.end <= e.span.start))]
        if not prior or len({m.source_code for m in prior}) != 1 or len({m.source_id for m in prior}) != 1:
            return None
        if any((m.target_code or "")[:3] != country for m in prior):
            return None
        if any(m.source_id == e.target_id for m in prior):
            return None
        words = set(re.findall(r"[a-z]+", e.sentence.lower()))
        if words & set(spec.get("unrelated_words") or ()):
            return None  # "In a separate incident, three people were killed in Odesa"
        if words & set(spec.get("two_sided_words") or ()):
            return None  # "Five soldiers were killed in the clashes": by either side
        doer = max(prior, key=lambda m: m.sentence_index)
        # (never the doer's own side: "Pakistan's military said it had killed 15 militants. Five soldiers were killed")
        if codes_on_one_side(doer.source_code or "", e.target_code or "", coref_vocab()):
            return None
        return doer

    def _drop_user_verb_nouns(self, doc: Doc, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """(h31a) With a user's PETRARCH verb dictionary: PETRARCH codes a clause by its verb alone (a noun is never
        its trigger), so an event of one of eventwire's own noun patterns whose trigger is in the phrase of a verb a
        user's pattern coded ("Fornost welcomed[041] a resumption[050] of ties between Gondor and Osgiliath": no GON
        OSG 050) is that verb's reading, not an act of its own. A noun in a clause of its own below the verb (a verb
        between them) is left alone. Nothing changes without a user's verb file (`self.user_nouns_subsumed`)."""
        if not self.user_nouns_subsumed or doc is None:
            return events
        from .events import USER_PATTERN_PREFIX  # (events imports this module)

        user_verbs = {triggers[id(g)] for g in events if id(g) in triggers and g.rule.startswith(USER_PATTERN_PREFIX)}
        if not user_verbs:
            return events

        def inside_user_verb(e: Event) -> bool:
            if id(e) not in triggers or e.rule.split("+")[0] not in self.noun_pattern_ids:
                return False
            t = doc[triggers[id(e)]]
            for _ in range(12):
                if t.head.i == t.i:
                    return False
                t = t.head
                if t.i in user_verbs:
                    return True
                if t.pos_ in ("VERB", "AUX"):
                    return False
            return False
        return [e for e in events if not inside_user_verb(e)]

    def _dedupe(self, events: list[Event], triggers: dict[int, int] | None = None,
                seconds: Collection[int] = (), doc: Doc | None = None,
                people: Collection[str] = ()) -> list[Event]:
        triggers = triggers or {}

        def governs(a: int, b: int) -> bool:
            # word a governs word b through no coordination: a verb and its complement or object ("threatened to
            # impose[xcomp]", "launched an attack[dobj]"), not two verbs joined by "and"
            t = doc[b]
            for _ in range(8):
                if t.head.i == t.i or t.dep_ == "conj":
                    return False
                t = t.head
                if t.i == a:
                    return True
            return False

        def same_act(e: Event, m: Event) -> bool:
            # one act found by two rules: the same code, the same trigger, or a code refining the other's on
            # the verb and its complement ("threatened to impose a curfew": 1323 and 130); two acts of one root
            # that CAMEO tells apart, on two words ("declared a ceasefire and withdrew its troops": 0871, 0874;
            # "seized the boat and fined its owner"), or an appeal's second complement ("urged the authorities
            # to exercise restraint and to release everyone detained": 020 and 0253) stay two events
            te, tm = triggers.get(id(e)), triggers.get(id(m))
            if te is None or tm is None or te == tm or e.cameo_code == m.cameo_code:
                return True
            if id(e) in seconds or id(m) in seconds:
                return False
            return doc is None or governs(te, tm) or governs(tm, te) \
                or _refines(e.cameo_code, m.cameo_code) or _refines(m.cameo_code, e.cameo_code)

        groups: dict[tuple, list[Event]] = {}
        for e in events:
            key = (e.sentence_index, e.source_id, e.target_id, e.cameo_root)
            acts = groups.setdefault(key, [])
            i = next((i for i, m in enumerate(acts) if same_act(e, m)), None)
            if i is None:
                acts.append(e)
            elif _better(e, acts[i]):
                acts[i] = e
        best = {(*k, i): e for k, acts in groups.items() for i, e in enumerate(acts)}
        # a one-sided reading of an act told with both sides in its sentence is the same act (one
        # that is output: "fired tear gas to disperse the crowd", the dispersal only intended): the
        # victims' side of any act of that root on them ("were killed in an air strike by government
        # forces": 190 and 195 are one act), or the actor's act of the same code ("fired tear gas and
        # arrested dozens": 175 and 173 are two acts)
        shown = [e for e in best.values() if e.source_id and e.target_id and (self.hypothetical or e.mode != "hypothetical")]
        acted = {(e.sentence_index, a, e.cameo_code) for e in shown for a in (e.source_id, e.target_id)}
        suffered = {(e.sentence_index, e.target_id, e.cameo_root) for e in shown}
        kept = [e for e in best.values() if (e.source_id and e.target_id)
                or (e.source_id and (e.sentence_index, e.source_id, e.cameo_code) not in acted)
                or (e.target_id and (e.sentence_index, e.target_id, e.cameo_root) not in suffered)]
        # ... and one act alone is one event whoever of one side names it: "China's ambassador Wang Di
        # warned that Beijing would retaliate" (CHNGOV 138 by the envoy and by Beijing)
        alone: dict[tuple, Event] = {}
        for e in kept:
            if not (e.source_id and e.target_id):
                key = (e.sentence_index, e.source_code, e.target_code, e.cameo_code)
                if key not in alone or e.confidence > alone[key].confidence:
                    alone[key] = e
        kept = [e for e in kept if (e.source_id and e.target_id)
                or alone[(e.sentence_index, e.source_code, e.target_code, e.cameo_code)] is e]
        # ... and one act on two actors of one code is one coded event: "renewed its demand for the release of
        # the vessel and its crew" (JPNCVL both) is one demand on Japanese civilians, not two; two people named
        # stay two ("Putin and Lavrov met Wang Yi")
        def code_key(e: Event) -> tuple:
            return (e.sentence_index, e.trigger, e.source_code, e.target_code, e.cameo_code, e.mode,
                    e.source_id if e.source_id in people else "", e.target_id if e.target_id in people else "")

        coded: dict[tuple, Event] = {}
        for e in kept:
            if e.source_code and e.target_code:
                key = code_key(e)
                if key not in coded or e.confidence > coded[key].confidence:
                    coded[key] = e
        kept = [e for e in kept if not (e.source_code and e.target_code) or coded[code_key(e)] is e]
        return sorted(kept, key=lambda e: (e.span.start, e.source_id))


def _by_trigger(events: list[Event], triggers: dict[int, int]) -> dict[int, list[Event]]:
    """The events of each trigger token (`triggers`: id(event) → token index; -1 for none)."""
    out: dict[int, list[Event]] = {}
    for e in events:
        out.setdefault(triggers.get(id(e), -1), []).append(e)
    return out


def _refines(code: str, other: str) -> bool:
    """`code` is a more specific CAMEO code under `other` (1323 under 130, 0841 under 084)."""
    return code != other and code.startswith(other.rstrip("0"))


def _better(e: Event, old: Event) -> bool:
    """Of two readings of one act (same actors and root), the more confident wins; of two close
    ones (0.1 apart at most), the one whose code refines the other's ("threatened to impose a
    curfew": 1323 over the bare threat 130)."""
    if abs(e.confidence - old.confidence) <= 0.1:
        if _refines(e.cameo_code, old.cameo_code):
            return True
        if _refines(old.cameo_code, e.cameo_code):
            return False
    return e.confidence > old.confidence


def _same_country_pair(a: str | None, b: str | None) -> bool:
    """One code is the bare country of the other (NORGOV and NOR)."""
    if not a or not b:
        return False
    return (len(a) == 3 and b.startswith(a)) or (len(b) == 3 and a.startswith(b))
