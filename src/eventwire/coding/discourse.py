"""Who an act answers or who did the act a word names, read beyond the trigger's own phrase, mostly from
the events told before it: the author of an act a noun names (`_author`, "the proposal" → who proposed it),
the one a verdict judges (`_verdicts`, `_judged_author`), the accuser a denial answers, the culprits, captors
and aggressors a statement means, the doers of an act told in the passive with no agent, the story's lead
(`_lead_deeds`), the two sides of its conflict, and whom a refusal waits on or defies (its counterparts).
A mixin of the event coder (`EventCoder`), which provides ``self.mod`` (the modality vocabulary) and the
argument helpers these readers call (`_subject`, `_actors`, `_targets`, `_country`, `_sent_index` ...)."""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Collection, Iterable

from spacy.tokens import Token

from ..model import Event
from .actors import coref_vocab
from .cameo import refusal_code
from .kb import load_kb
from .sides import party_side, same_side as _same_side, side_key as _side_key
from .syntax import REL_PRONOUNS, clause_top, content_clause, governing_verb, is_passive, participle_agents, repeated_verb
from .syntax import reporting_verb
from .syntax import prep_objects as _prep_objects

if TYPE_CHECKING:
    from .events import Pattern, _Frame


class DiscourseReader:
    """The discourse readers of `EventCoder` (see the module docstring)."""

    def _verdicts(self, p: Pattern, tok: Token) -> list[Token]:
        """The clausal complements of a statement that pass one of the pattern's `verdict`s on what their
        subject names: a copula or a verb of modality.yaml `verdict_verbs` whose attribute (or the object of
        its `verdict_prepositions`) is a verdict word ("said the measures were illegal", "said the seizure
        was a blatant violation of international law", "amounted to an act of piracy"), or a verb that is one
        itself ("said the strikes violated international law": "violate>law"); not a negated one ("was not
        illegal", "was no violation")."""
        out = []
        evidential = set(self.mod.get("evidential_verbs", ()))
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            if self._passes_verdict(p, c) or c.lemma_.lower() in evidential \
                    and any(self._passes_verdict(p, g) for g in c.children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX")):
                # (h24e) ... also through a verb of evidence: "said China's actions showed[→] it was the real troublemaker"
                # (modality.yaml `evidential_verbs`), the clause that shows it (its subject is what is judged)
                out.append(c)
        return out

    def _passes_verdict(self, p: Pattern, c: Token) -> bool:
        """Whether one clausal complement passes one of the pattern's `verdict`s (see `_verdicts`)."""
        judging = set(self.mod.get("judging_verbs", ()))
        verdict = p.verdict
        if any(g.dep_ == "neg" for g in c.children):
            # (h20f) a verdict denied is one when the pattern names it so ("not legitimate": "said the vote
            # was not legitimate", "cannot be considered legitimate")
            verdict = frozenset(w[4:] for w in p.verdict if isinstance(w, str) and w.startswith("not "))
            if not verdict:
                return False
        if c.lemma_.lower() not in self.mod["verdict_verbs"] and c.lemma_.lower() not in judging:
            # a verb that is itself the verdict ("said the strikes violated[→ violate>law] international law")
            return self._verdict_word(c, verdict)
        attrs = [g for g in c.children if g.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp")]
        # ("amounted to theft", "was in breach of": the preposition's object; "was behind the bombing":
        # the preposition itself, "behind>bombing")
        attrs += [o for g in c.children if g.dep_ == "prep"
                  for o in ([x for x in g.children if x.dep_ == "pobj"] if g.lower_ in self.mod["verdict_prepositions"] else [g])]
        return any(self._verdict_word(a, verdict) for x in attrs for a in (x, *x.conjuncts))

    def _verdict_word(self, a: Token, words: frozenset[str], depth: int = 0) -> bool:
        """Whether an attribute is one of the verdict `words`: its lemma, a modifier's ("a blatant
        violation", "an illegal act"), a modifier and head ("a positive step", "politically motivated"), "head>object" of a
        preposition on it ("a step in the right direction": "step>direction"), the "of" phrase of a
        frame noun (modality.yaml `verdict_frames`: "an act of piracy"), or the infinitive of an aim noun
        (`verdict_aim_frames`: "an attempt to sabotage the talks"); never a negated one."""
        if any(g.dep_ == "neg" or g.dep_ == "det" and g.lower_ in self.mod["negating_determiners"] for g in a.children):
            return False
        lemma = a.lemma_.lower()
        mods = [g.lemma_.lower() for g in a.children if g.dep_ in ("amod", "compound", "advmod")]  # ("politically motivated")
        cands = {lemma, a.lower_, *mods, *(f"{m} {lemma}" for m in mods)}
        cands |= {f"{lemma}>{o.lemma_.lower()}" for g in a.children if g.dep_ in ("prep", "advmod", "pobj", "dobj")
                  for o in (g, *(x for x in g.children if x.dep_ == "pobj" and g.dep_ == "prep"))}
        # (h24e) an object with its modifier: "said the veto sent a dangerous message" is "send>dangerous message"
        cands |= {f"{lemma}>{m.lemma_.lower()} {g.lemma_.lower()}" for g in a.children if g.dep_ == "dobj"
                  for m in g.children if m.dep_ in ("amod", "compound")}
        # (h19e) through a count's "of" phrase: "had committed hundreds of violations" is "commit>violation"
        cands |= {f"{lemma}>{o.lemma_.lower()}" for g in a.children if g.dep_ == "dobj"
                  and (g.tag_ == "CD" or g.lemma_.lower() in self.mod["tally_quantity_heads"]) for o in _prep_objects(g, "of")}
        if cands & words:
            return True
        if depth < 2 and lemma in self.mod.get("verdict_aim_frames", ()) and any(
                self._verdict_word(v, words, depth + 1) for v in a.children if v.dep_ == "acl" and v.pos_ == "VERB"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in v.children)):
            # (h27a) an aim that is the verdict: "said the attacks were an attempt to sabotage[acl] Syria's efforts", "a bid
            # to undermine regional stability" (modality.yaml `verdict_aim_frames`)
            return True
        if depth < 2 and a.pos_ in ("VERB", "AUX") and lemma in self.mod.get("verdict_aim_verbs", ()) and any(
                self._verdict_word(v, words, depth + 1) for v in a.children if v.dep_ == "xcomp" and v.pos_ == "VERB"):
            # (h27k) ... and so is one told by a verb of aiming: "said the opposition was trying to seize[xcomp] power",
            # "said Russia was seeking to destabilize Moldova" (modality.yaml `verdict_aim_verbs`)
            return True
        return depth < 2 and lemma in self.mod["verdict_frames"] \
            and any(self._verdict_word(o, words, depth + 1) for o in _prep_objects(a, "of"))

    def _repeated_act(self, frame: _Frame, tok: Token, p: Pattern, obj: Token, earlier: list[Event]) -> list[str]:
        """(h21c) An object "it" that no actor resolves, after a verb that repeats one told shortly before
        (`syntax.repeated_verb`: the same verb, "Russia condemned the attack ... Saudi Arabia also condemned it"), is
        the thing that act was on: the same act again, aimed at whom that one was (its event of the same root, told
        before, with a target: the attack's author). Nothing when that act had no target."""
        if obj.lower_ not in coref_vocab()["thing_pronouns"] or obj.dep_ != "dobj" or obj.head.i != tok.i:
            return []
        verb, _additive = repeated_verb(obj, coref_vocab().get("additive_adverbs", ()), coref_vocab().get("repeated_act_verbs", {}).values())
        if verb is None:
            return []
        prior = [e for e in earlier if e.trigger == verb.text and e.span.start <= verb.idx < e.span.end
                 and e.target_id and e.cameo_root == p.code[:2]]
        return [prior[-1].target_id] if prior else []

    def _noun_author(self, frame: _Frame, p: Pattern, tok: Token, noun: Token | None, sources: list[str],
                     earlier: list[Event]) -> list[str]:
        """Who did the act a noun names, for an act of `tok` on it: told on the noun or before (`_author`),
        else, for a noun that names no particular act ("the move", modality.yaml `act_nouns`), the last act
        done to the speaker's country; for an incident, the last use of force."""
        if noun is None:
            return []
        author = self._author(frame, noun, tok, exclude=frozenset(sources))
        # (h32f) whom the act's own verdict names as wronged ("condemned the attack as a violation of Iran's
        # sovereignty") suffered it: never its author; the last deed done to them by another is
        wronged = self._verdict_victims(frame, tok, sources)
        author = self._not_wronged(frame, author, wronged)
        victims = self._struck(frame, noun, sources) or wronged
        # (h23b) a noun a free relative names is a particular act, whatever its article ("condemned what it called an act
        # of aggression": the act told)
        unspecific = set(self.mod["unspecific_determiners"]) - (
            set(self.mod["named_determiners"]) if (named := self._named(tok)) is not None and named.i == noun.i else set())
        if not author and victims and (wronged or noun.lemma_.lower() in self.mod["act_nouns"] | self.mod["incident_nouns"]):
            # "condemned the reckless action against the Philippine vessel": the last act
            # done to the vessel's country by another, never the vessel
            author = self._acted_on(frame, tok, sources, earlier, noun.lemma_.lower(), victims=victims)
        elif not author and noun.lemma_.lower() in self.mod["act_nouns"] \
                and not any(c.dep_ == "det" and c.lower_ in unspecific for c in noun.children):
            # (a particular act: "the decision", "this move"; not "any steps toward peace")
            author = self._acted_on(frame, tok, sources, earlier, noun.lemma_.lower(),
                                    endorsing=p.code[:2] in self.mod["endorsing_roots"])
        elif not author and noun.lemma_.lower() in self.mod["incident_nouns"]:
            author = self._last_force(frame, tok, sources, earlier)
        if not author and noun.lemma_.lower() in self.mod["answered_act_nouns"] \
                and not any(c.dep_ == "det" and c.lower_ in unspecific for c in noun.children):
            author = self._answered_act(frame, tok, noun.lemma_.lower(), sources, earlier)
        return self._not_wronged(frame, author, wronged)

    def _verdict_victims(self, frame: _Frame, tok: Token, sources: list[str]) -> list[str]:
        """(h32f) The actors a verdict on an act names as the ones it wronged (modality.yaml `verdict_victims`): the
        owner of what the act violated, in the trigger's "as" phrase ("condemned the attack as a violation of Iran's
        sovereignty" → Iran), or the object of the verdict noun's own "against"/"on" ("as an attack on Qatar"). An
        actor the phrase names otherwise ("as an act of Russian aggression") is no victim."""
        spec = self.mod.get("verdict_victims") or {}
        owned, aimed = set(spec.get("owned_nouns", ())), set(spec.get("aimed_prepositions", ()))
        found: list[str] = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in spec.get("prepositions", ()):
                continue
            for verdict in (o for o in prep.children if o.dep_ == "pobj"):
                for t in verdict.subtree:
                    if t.dep_ == "poss" and t.head.lemma_.lower() in owned:
                        found += frame.actor_at(t)
                    elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in aimed and t.head.head.i == verdict.i:
                        found += [a for v in (t, *t.conjuncts) for a in frame.actor_at(v)]
        return [a for a in dict.fromkeys(found) if a not in sources]

    def _not_wronged(self, frame: _Frame, author: list[str], wronged: list[str]) -> list[str]:
        """(h32f) The authors found, less those of a country the verdict names as wronged."""
        if not wronged:
            return author
        hit = {self._country(frame, a) for a in wronged} - {None}
        return [a for a in author if self._country(frame, a) not in hit]

    def _agent_act(self, noun: Token | None) -> bool:
        """(h25c) Whether a noun names a deed done to someone by someone (modality.yaml `act_agent`: an attack, a
        crackdown, an arrest, a takeover, "the use of force"), whose disapproval is aimed at its doer, never at whom it
        was done to."""
        spec = self.mod.get("act_agent") or {}
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma, cv = noun.lemma_.lower(), coref_vocab()
        if lemma in spec.get("use_nouns", ()):
            # "the use of force", "the use of tear gas against protesters"
            return any(o.lemma_.lower() in spec.get("used_nouns", ()) or o.lower_ in spec.get("used_nouns", ())
                       for o in _prep_objects(noun, "of"))
        return lemma in spec.get("nouns", ()) or lemma in cv["attack_nouns"] or lemma in cv["custody_nouns"]

    def _deed_victims(self, frame: _Frame, noun: Token, sources: list[str]) -> frozenset[str]:
        """(h25c) Whom the deed a noun names was done to, by its own preposition (coref.yaml `attack_target_prepositions`
        and modality.yaml `act_agent.victim_prepositions`: "against peaceful protesters", "on Kyiv", "the arrest of X"; not
        "the use of force", nor the "of" of an agentive noun: "the actions of the coast guard" act), the speaker's excepted."""
        spec = self.mod.get("act_agent") or {}
        cv = coref_vocab()
        lemma = noun.lemma_.lower()
        preps = set(cv["attack_target_prepositions"]) | set(spec.get("victim_prepositions", ()))
        if lemma in spec.get("use_nouns", ()) or lemma in cv["agentive_of_nouns"]:
            preps.discard("of")
        return frozenset(a for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                         for o in c.children if o.dep_ == "pobj" for v in (o, *o.conjuncts)
                         for t in v.subtree for a in frame.actor_at(t, places=True) if a not in sources)

    def _act_agent_author(self, frame: _Frame, tok: Token, noun: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """(h25c) Who did the deed a disapproved act noun names (`_agent_act`), told before in the story: the last act of
        `act_agent.codes` (happened) on whom the noun says it was done to ("against peaceful protesters", "on Kyiv", "the
        arrest of Imamoglu": an actor of the same code, or their country), by another than them and than the speaker;
        with none named, the last such act told in its sentence or the `lookback_sentences` before by another than the
        speaker's own ("Georgian riot police used water cannon ... Kallas condemned 'the use of force against peaceful
        protesters'" → the police). [] when none: the victims are never the target."""
        spec = self.mod.get("act_agent") or {}
        codes = tuple(spec.get("codes", ()))
        victims = list(self._deed_victims(frame, noun, sources))
        own = {frame.actors[a].code for a in sources if a in frame.actors}

        def doer_ok(e: Event) -> bool:
            return e.mode == "happened" and e.cameo_code.startswith(codes) and e.source_id in frame.actors \
                and e.source_id not in sources and frame.actors[e.source_id].code not in own
        before = [e for e in earlier if e.source_id and e.span.start < tok.idx]
        if victims:
            codes_hit = {frame.actors[a].code for a in victims}
            countries = {self._country(frame, a) for a in victims} - {None}
            prior = [e for e in before if doer_ok(e) and e.target_id and e.source_id not in victims
                     and frame.actors[e.source_id].code not in codes_hit
                     and (e.target_id in victims or frame.actors[e.target_id].code in codes_hit)]
            if not prior:
                prior = [e for e in before if doer_ok(e) and e.target_id and e.source_id not in victims
                         and frame.actors[e.source_id].code not in codes_hit
                         and self._country(frame, e.target_id) in countries]
            return _last_doers(prior)
        prior = [e for e in self._recent(frame, tok, before, int(spec.get("lookback_sentences", 3))) if doer_ok(e)]
        return _last_doers(prior)

    def _stricken(self, frame: _Frame, tok: Token, sources: list[str]) -> list[str]:
        """Path `stricken`: the one country where the story's natural disaster struck (a place in the phrase of a disaster
        noun or of the verb it is the subject of, modality.yaml `natural_force_places`), else the one country named,
        outside an active subject, in the sentences of the story up to `tok` that name a natural disaster (modality.yaml
        `natural_forces`), the speaker's own excepted; none when they name two or more."""
        words = set(self.mod.get("natural_forces", ()))
        ties = self.mod.get("natural_force_places") or {}
        preps, mods = set(ties.get("prepositions", ())), set(ties.get("modifier_deps", ()))

        def struck():
            # (h24d) where the story says the disaster itself struck, anywhere in it, before the countries its
            # sentences name otherwise: "The quake struck near Mandalay", "the earthquake in Nepal", "the Myanmar
            # earthquake", not "China, India and Russia were among the first to send help" beside "the earthquake"
            for t in frame.doc:
                if t.lemma_.lower() not in words and t.lower_ not in words or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                holders = [t] + ([t.head] if t.dep_ == "nsubj" and t.head.pos_ == "VERB" else [])
                for h in holders:
                    for c in h.children:
                        if c.dep_ == "prep" and c.lower_ in preps:
                            spans = [g for g in c.children if g.dep_ == "pobj"]
                        elif (h is t and c.dep_ in mods) or (h is not t and c.dep_ == "dobj"):
                            spans = [c]
                        else:
                            continue
                        for g in spans:
                            for x in g.subtree:
                                yield from frame.actor_at(x, places=True)

        direct = self._sole_country(frame, struck(), sources)
        if direct:
            return direct

        def named():
            for sent in frame.doc.sents:
                if sent.start > tok.i:
                    break
                if not any(t.lemma_.lower() in words or t.lower_ in words for t in sent):
                    continue
                # (where it struck, not who answered it: "The United States[nsubj] released $5 million to support
                # the earthquake response")
                actors_ = {t.i for t in sent if t.dep_ == "nsubj" for t in t.subtree}
                for t in sent:
                    if t.i not in actors_:
                        yield from frame.actor_at(t, places=True)
        return self._sole_country(frame, named(), sources)

    def _aid_giver(self, frame: _Frame, tok: Token, earlier: list[Event]) -> list[str]:
        """Path `aid_giver` (sources, h24d): who gave or pledged the aid whose arrival `tok` tells, the source of the
        aid told in its sentence before it or in the sentences just before (modality.yaml `aid_arrival`: "China said it
        would provide 100 million yuan in assistance, and a first batch of supplies arrived in Yangon"); none when
        givers of two countries were told there."""
        vocab = self.mod.get("aid_arrival") or {}
        here = self._sent_index(frame, tok.sent)
        prior = [e for e in earlier if e.source_id and e.span.start < tok.idx
                 and e.cameo_code.startswith(tuple(vocab.get("codes", ())))
                 and 0 <= here - e.sentence_index <= int(vocab.get("lookback_sentences", 1))]
        if len({self._country(frame, e.source_id) for e in prior}) != 1:
            return []
        return [prior[-1].source_id]

    def _protesters(self, frame: _Frame, tok: Token) -> list[str]:
        """Path `protesters` (sources, h25e): who protests in a protest its noun tells with no one's ("The demonstrations
        erupted on Thursday"): the people last told protesting before `tok`, in its sentence or the modality.yaml
        `protest_outbreak.lookback_sentences` before, of a country and a sector (a mention headed by a protester noun of
        coref.yaml `protest_leaders.owners`: "police dispersed thousands of pro-European protesters"; or the subject of one
        of its `verbs`: "Thousands of Kenyans marched"); else the civilians of the one country the verb's phrases of
        `protest_outbreak.place_prepositions` place it in ("Protests erupted across Serbia" → Serbia's civilians)."""
        vocab = self.mod.get("protest_outbreak") or {}
        leaders = coref_vocab()["protest_leaders"]
        owners, verbs = set(leaders["owners"]), set(leaders["verbs"])
        here = self._sent_index(frame, tok.sent)
        floor = frame.sent_starts[max(0, here - int(vocab.get("lookback_sentences", 2)))]
        best = None
        for t in frame.doc[floor:tok.i]:
            m = frame.by_token.get(t.i)
            if t.pos_ not in ("NOUN", "PROPN") or m is None or m.resolution == "place" or m.actor_id not in frame.actors \
                    or len(frame.actors[m.actor_id].code or "") < 6:
                continue
            subject = t
            if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ in ("NOUN", "NUM"):
                subject = subject.head.head  # "Thousands of Kenyans[pobj] marched"
            if t.lemma_.lower() in owners or (subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs):
                best = m.actor_id
        if best:
            return [best]
        found = {c for p in vocab.get("place_prepositions", ()) for g in _prep_objects(tok, p) for t in g.subtree
                 for a in frame.actor_at(t, places=True) if _plain_country(c := self._country(frame, a))}
        if len(found) != 1:
            return []
        country = next(iter(found))
        return [frame.compose(f"people:{country}", "public", country, "CVL").id]

    def _place_authority(self, frame: _Frame, tok: Token) -> list[str]:
        """Path `place_authority` (sources, h24d): who did an act told in the passive with no agent, in a place of one
        country: that country's body of modality.yaml `place_authority.sector` ("Karelina was arrested in the Urals city
        of Yekaterinburg" → Russia's police); none when the act has an agent or names no place, or places of two."""
        vocab = self.mod.get("place_authority") or {}
        if not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
            return []
        held = [t for p in vocab.get("prepositions", ()) for g in _prep_objects(tok, p) for t in g.subtree]
        if not held:
            return self._speaker_authority(frame, tok, vocab)
        contested = set(vocab.get("contested_places", ()))
        if any(t.lower_ in contested or (t.i in frame.by_token and frame.by_token[t.i].text.lower() in contested)
               for t in held):
            return []  # a place held or policed by another state's forces: whose arrest it was is not told
        found = {c for t in held for a in frame.actor_at(t, places=True) if _plain_country(c := self._country(frame, a))}
        if len(found) != 1 or found & set(vocab.get("contested_countries", ())):
            return []
        return [_authority_body(frame, next(iter(found)), tok, vocab)]

    def _speaker_authority(self, frame: _Frame, tok: Token, vocab: dict) -> list[str]:
        """(h25h) ... and one told in no place, in what a state's government reports of foreign nationals, was made by
        that state's body (modality.yaml `place_authority.speaker_sectors`, `verb_sectors`: "Prime Minister Donald Tusk
        said two Ukrainian nationals suspected of setting the blaze had been charged" → Poland's judiciary); none when
        those acted on are of the reporter's country, of no country, or of none told ("Biden said the American
        journalist had been detained": held abroad, by whom is not told)."""
        clause = clause_top(tok, ("conj",), climbs=1)
        if clause.dep_ != "ccomp" or clause.head.i == clause.i \
                or clause.head.lemma_.lower() not in self.mod["reporter_doer_verbs"]:
            return []
        subj, said_passive = self._subject(clause.head)
        speakers = [] if said_passive else self._actors(frame, subj, False)
        # (h29e) a reporter that keeps order at home (an interior ministry or minister, the police: `home_reporters`)
        # tells the arrests its own state made, of its own people too ("Interior Minister Ivica Dacic said dozens of
        # people had been detained" → Serbia's police)
        home_words = vocab.get("home_reporters") or {}
        home = bool(speakers) and any(
            t.lower_ in home_words.get("words", ()) for s in subj for t in s.subtree) or any(
            (frame.actors[a].code or "")[3:6] in home_words.get("sectors", ()) for a in speakers)
        allowed = set(vocab.get("speaker_sectors", ())) | (set(home_words.get("sectors", ())) if home else set())
        countries = {self._country(frame, a) for a in speakers}
        if not speakers or len(countries) != 1 or not _plain_country(country := next(iter(countries))) \
                or country in set(vocab.get("contested_countries", ())) \
                or any((frame.actors[a].code or "")[3:6] not in allowed for a in speakers):
            return []
        held = self._actors(frame, [c for c in tok.children if c.dep_ == "nsubjpass"], False)
        theirs = {self._country(frame, a) for a in held}
        if not held or not all(_plain_country(c) for c in theirs) or (country in theirs and not home):
            return []
        return [_authority_body(frame, country, tok, vocab)]

    def _haven(self, frame: _Frame, tok: Token, sources: list[str], spec: dict) -> list[str]:
        """Path `haven` (h20h): the one country the story told, before `tok`, that people fled or went to (a verb of
        modality.yaml `haven.verbs` with a `haven.destination_prepositions` phrase naming a place or country), the
        speaker's own excepted; none when it told two or more."""
        verbs, preps = set(spec.get("verbs", ())), set(spec.get("destination_prepositions", ()))

        def named():
            for t in frame.doc[:tok.sent.end]:
                if t.i >= tok.i or t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
                    continue
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        for g in (o for o in c.children if o.dep_ == "pobj"):
                            yield from frame.actor_at(g, places=True)
        return self._sole_country(frame, named(), sources)

    def _sole_country(self, frame: _Frame, actors: Iterable[str], sources: list[str]) -> list[str]:
        """The one country (a plain three-letter code, no international body) of `actors`, in order, other than the
        speaker's own: its country actor if the story has one, else the first actor of it; none when there are two
        or more (`stricken`, `haven`)."""
        own = {self._country(frame, a) for a in sources} - {None}
        found: dict[str, str] = {}
        for a in actors:
            country = self._country(frame, a)
            if country not in own and _plain_country(country):
                found.setdefault(country, a)
        if len(found) != 1:
            return []
        country, first = next(iter(found.items()))
        entry = frame.country_actor(country)
        return [entry or first]

    def _other_party(self, frame: _Frame, tok: Token, noun: Token | None, sources: list[str],
                     earlier: list[Event]) -> list[str]:
        """Path `dobj.party`: the other party of the meeting, call or talks a definite noun names (modality.yaml
        `party_acts`: the noun's codes), the last such act told shortly before between the speaker's side and
        another, in either direction ("Scholz spoke by phone with Erdogan ... Scholz's office described the call
        as frank" → Erdogan); none when the story tells no such act of the speaker's."""
        if noun is None:
            return []
        vocab = self.mod.get("party_acts", {})
        codes = tuple(vocab.get("nouns", {}).get(noun.lemma_.lower(), ()))
        if not codes or any(c.dep_ == "det" and c.lower_ in self.mod["unspecific_determiners"] for c in noun.children):
            return []
        countries = {self._country(frame, a) for a in sources} - {None}

        def mine(a: str | None) -> bool:
            return bool(a) and (a in sources or self._country(frame, a) in countries)
        out: list[str] = []
        for e in self._recent(frame, tok, earlier, int(vocab.get("lookback_sentences", 3))):
            if not e.cameo_code.startswith(codes) or e.mode != "happened" or not e.target_id:
                continue
            if mine(e.source_id) and not mine(e.target_id):
                out = [e.target_id]
            elif mine(e.target_id) and not mine(e.source_id):
                out = [e.source_id]
        return out

    def _meeting_parties(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event], *,
                         shares: bool = False) -> list[str]:
        """Path `meeting.parties` (h21d): for a passive verb whose subject, or the noun its relative pronoun stands for,
        names a meeting, call or talks (modality.yaml `party_acts` nouns) with no "between" or "with" phrase, the sides
        of the last such act (the noun's codes) told shortly before, those of the source's own country left out ("Modi
        met Putin in Moscow. The talks were hosted by the Kremlin" → Modi); [] when there is none."""
        vocab = self.mod.get("party_acts", {})
        nouns = vocab.get("nouns", {})
        if tok.tag_ != "VBN" or not is_passive(tok):
            # (h23b) ... or an active verb whose object, or the noun its object gap or relative pronoun stands for, names
            # the meeting by a definite determiner ("The talks, which Turkey hosted, ...", "Turkey hosted the talks")
            obj = self._object(tok, shares=shares) if tok.pos_ in ("VERB", "AUX") and vocab.get("active_verbs") \
                and tok.lemma_.lower() in vocab["active_verbs"] else None
            if obj is None or not any(c.dep_ == "det" and c.lower_ in self.mod["chain_determiners"] for c in obj.children):
                return []
            subj = [obj]
        else:
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subj and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            subj = [tok.head]  # (p23) "signed the deal in a ceremony hosted by Rubio": the ceremony
        if tok.dep_ == "relcl" and subj and subj[0].lower_ in REL_PRONOUNS:
            subj = [tok.head]  # "the talks, which were hosted by Holness": the talks
        noun = subj[0] if subj else None
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns \
                or any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children) \
                or any(c.dep_ == "det" and c.lower_ in self.mod["unspecific_determiners"] for c in noun.children):
            return []
        codes = tuple(nouns[noun.lemma_.lower()])
        countries = {self._country(frame, a) for a in sources} - {None}
        last = None
        for e in self._recent(frame, tok, earlier, int(vocab.get("lookback_sentences", 3))):
            if e.cameo_code.startswith(codes) and e.mode == "happened" and e.target_id:
                last = e
        if last is None:
            return []
        return [a for a in dict.fromkeys((last.source_id, last.target_id))
                if a not in sources and self._country(frame, a) not in countries]

    def _answered_act(self, frame: _Frame, tok: Token, noun: str, sources: list[str], earlier: list[Event]) -> list[str]:
        """"Guyana protested the vote ... Gil dismissed the protest" → Guyana: the last act of the type the noun
        names (modality.yaml `answered_act_nouns`: a protest is a 114 or a 14x, an accusation a 112), told shortly
        before (`act_lookback_sentences`) by another than the speaker's country, aimed at that country or at no one."""
        codes = tuple(self.mod["answered_act_nouns"][noun])
        countries = {self._country(frame, a) for a in sources} - {None}
        prior = [e for e in self._recent(frame, tok, earlier, int(self.mod["act_lookback_sentences"]))
                 if e.cameo_code.startswith(codes) and e.mode == "happened" and e.source_id not in sources
                 and self._country(frame, e.source_id) not in countries
                 and (not e.target_id or self._country(frame, e.target_id) in countries)]
        return _last_doers(prior)

    def _judged_author(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """Path `ccomp.subj.author`: who did the act the subject of a statement's clausal complement names
        (the verdict's, for a pattern with `verdict`): "Peskov said the British measures were illegal" →
        Britain; its owner, adjective or compound, a split subject piece before it ("the US[nsubj]
        strikes[nsubj]"), its by-agent ("the seizure of the tanker by the Guards"), else its author told before
        ("Takaichi made the remarks ... China said the remarks were a gross interference"). Not an act
        no particular one ("any attack would be illegal"), nor the speaker's own."""
        clauses = self._verdicts(p, tok) if p.verdict else [c for c in tok.children if c.dep_ == "ccomp"]
        speakers = frozenset(sources)
        acts = self.mod["act_nouns"] | self.mod["incident_nouns"]
        for c in clauses:
            subj, passive = self._subject(c)
            if passive and (c.lemma_.lower() not in self.mod["verdict_verbs"] or c.lemma_.lower() in self.mod.get("judging_verbs", ())):
                # a verdict in the passive form of its verb ("said the strikes were justified[VBN]"): what was judged
                subj, passive = [g for g in c.children if g.dep_ == "nsubjpass"], False
            if passive:
                continue
            if all(s.lower_ in REL_PRONOUNS for s in subj) and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
                subj = [tok.head]  # "..., a move (that) Moscow said was illegal": the move
            for noun in subj:
                lemma = noun.lemma_.lower()
                if noun.lower_ in self.mod["act_pronouns"] and noun.pos_ == "PRON":
                    # "'This is a clear violation of Afghanistan's sovereignty,' Mujahid wrote": the last act
                    # done to the speaker's country by another, shortly before
                    found = self._acted_on(frame, tok, sources, earlier, endorsing=p.code[:2] in self.mod["endorsing_roots"])
                    if found:
                        return found
                    continue
                # (an actor mention on the noun is its owner: "the British measures" → Britain)
                if noun.pos_ not in ("NOUN", "PROPN") or not (lemma in self.nominals or lemma in acts) \
                        or any(g.dep_ == "det" and g.lower_ in self.mod["unspecific_determiners"] for g in noun.children) \
                        and self._summed_clause(noun) is None:
                    continue
                owners = [s for s in subj if s.i < noun.i and s.right_edge.i + 1 == noun.left_edge.i]
                owners += [g for g in noun.children if g.dep_ in ("nsubj", "nmod") and g.i < noun.i]  # "the US[nsubj→] strikes"
                owners += _prep_objects(noun, "by")
                owners += participle_agents(noun)
                named = self._actors(frame, [noun, *owners], False)
                found = [a for a in named if not self._own(frame, a, speakers)]
                if found:
                    return found
                if named:
                    continue  # its owner is the speaker's own ("Israel said its strikes were justified")
                found = self._noun_author(frame, p, tok, noun, sources, earlier)
                if found:
                    return found
        return []

    def _verdict_addressee(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str]) -> list[str]:
        """(h27k) Path `ccomp.subj.addressee`: whom a verdict on words is told to, when the words' author is not named
        ("Rajji told the Iranian envoy that such statements amounted to interference in Lebanon's internal affairs" →
        the envoy): the clause's subject is a noun of words (modality.yaml `verdict_speech_nouns`) with no owner of
        its own, and the addressee, the object of the statement's verb, is a person (`verdict_addressee_kinds`: an envoy
        summoned, not "told the Security Council") of another country than the speaker's and of no `non_party_sectors`
        (coref.yaml: "told reporters" judges no one)."""
        nouns = set(self.mod.get("verdict_speech_nouns", ()))
        non_party = set(coref_vocab()["non_party_sectors"])
        speakers = frozenset(sources)
        for c in self._verdicts(p, tok):
            subj, passive = self._subject(c)
            if passive or not any(s.lemma_.lower() in nouns and not any(
                    g.dep_ in ("poss", "compound", "amod") and frame.actor_at(g) for g in s.children)
                    and not _prep_objects(s, "by") for s in subj):
                continue
            found = [a for o in tok.children if o.dep_ in ("dobj", "dative") for a in frame.actor_at(o)
                     if a in frame.actors and not self._own(frame, a, speakers)
                     and frame.actors[a].kind in self.mod.get("verdict_addressee_kinds", ())
                     and (frame.actors[a].code or "")[3:6] not in non_party
                     and self._country(frame, a) not in {self._country(frame, s) for s in sources}]
            if found:
                return found
        return []

    def _partner_accuser(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """"The TPLF denied having any military pact with Eritrea", after "Ethiopia accused Eritrea of
        preparing war in collusion with a faction of the TPLF": a tie denied with a partner answers who
        accused the partner, in the `partner_accuser_lookback_sentences` (modality.yaml) before; the
        partner is never the denial's target."""
        partners = {a for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj")
                    for t in c.subtree for a in frame.actor_at(t) if a not in sources}
        if not partners:
            return []
        theirs = {self._country(frame, a) for a in partners} - {None}
        prior = [e for e in self._recent(frame, tok, earlier, int(self.mod["partner_accuser_lookback_sentences"]))
                 if e.cameo_code.startswith(self.mod["accusation_code"]) and e.target_id
                 and (e.target_id in partners or self._country(frame, e.target_id) in theirs)
                 and e.source_id not in sources and self._country(frame, e.source_id) not in theirs]
        return [prior[-1].source_id] if prior else []

    def _conflict_sides(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event],
                        codes: Collection[str] = ()) -> list[str]:
        """The two principal sides of the story's conflict before `tok`, each by its latest party: the
        pair the most acts of force (`conflict_roots`, happened) in the `conflict_lookback_sentences`
        (modality.yaml) were between, when no other pair had as many; [] otherwise, or when the speaker's
        country is a side. Sides as `_side` reads them."""
        non_party = set(coref_vocab()["non_party_sectors"])
        pairs: dict[str, list[tuple[str, str]]] = {}  # pair of sides → (side, actor) of its acts, in order
        keys: dict[str, tuple[str, str]] = {}  # the pair's key → its two sides
        here = self._sent_index(frame, tok.sent)
        for e in self._recent(frame, tok, earlier, int(self.mod["conflict_lookback_sentences"])):
            # (h24h) talks to come, told in the same sentence, have their sides too ("is due to meet Witkoff, with Oman
            # acting as intermediary")
            if (e.cameo_code not in codes if codes else e.cameo_root not in self.mod["conflict_roots"]) \
                    or not (e.mode == "happened" or codes and e.mode == "planned" and e.sentence_index == here) \
                    or not e.target_id:
                continue
            a, b = self._side(frame, e.source_id, e.target_id), self._side(frame, e.target_id, e.source_id)
            if a is None or b is None or _same_side(a, b):
                continue
            a, b = _side_key(a, {x for k in keys.values() for x in k}), _side_key(b, {x for k in keys.values() for x in k})
            key = "|".join(sorted((a, b)))
            keys[key] = (a, b)
            pairs.setdefault(key, []).extend(((a, e.source_id), (b, e.target_id)))
        if not pairs:
            return []
        ranked = sorted(pairs, key=lambda k: -len(pairs[k]))
        if len(ranked) > 1 and len(pairs[ranked[1]]) == len(pairs[ranked[0]]):
            return []  # (no pair leads: whose conflict it is is not clear)
        top = ranked[0]
        speakers = {self._country(frame, s) for s in sources} | set(sources)
        if any(sd in speakers or sd[:3] in speakers for sd in keys[top]):
            return []  # (a side appealing for calm asks the other, whom it does not name)
        out = []
        for sd in sorted(keys[top], key=lambda sd: next(i for i, (x, _a) in enumerate(pairs[top]) if x == sd)):
            actors = [a for x, a in pairs[top] if x == sd]
            # each side by its latest party that is no bystander ("killed 12 people" names no side)
            parties = [a for a in actors if (frame.actors[a].code or "")[3:6] not in non_party] or actors
            out.append(parties[-1])
        return out

    def _sides_addressee(self, tok: Token) -> bool:
        """Whether the appeal at `tok` is addressed to sides it does not name (modality.yaml `sides_addressees`: "called
        on all parties to allow access", "urged the warring parties"): a plural party head with one of the modifiers."""
        vocab = self.mod.get("sides_addressees") or {}
        heads, mods = set(vocab.get("heads", ())), set(vocab.get("modifiers", ()))
        preps = set(vocab.get("prepositions", ()))
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in heads and o.tag_ in ("NNS", "NNPS")
                   and any(c.lower_ in mods for c in o.children if c.dep_ in ("det", "amod", "nummod", "predet"))
                   for o in objs)

    def _sole_force_doers(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """(h25h) The one party whose acts of force (`conflict_roots`, happened) the appeal's own sentence (and the
        modality.yaml `sides_addressees.lookback_sentences` before it) told before it, when it did them all: one side of
        "all parties" when the story tells only its force ("said the military had shelled villages ... and called on all
        parties to allow access" → the military); [] when none or several did such acts, or the speaker did."""
        window = int((self.mod.get("sides_addressees") or {}).get("lookback_sentences", 0))
        prior = [e for e in self._recent(frame, tok, earlier, window)
                 if e.cameo_root in self.mod["conflict_roots"] and e.mode == "happened" and e.target_id]
        doers = _sole_doers(prior) if prior else []
        return [] if set(doers) & set(sources) else doers

    def _told_object_targets(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """(h25h) Path `dobj.told` (targets): a definite object with no phrase of its own names the like act told shortly
        before (modality.yaml `told_objects`: the noun, the rules that told it): its targets, all of the last such act's
        ("The ICC issued arrest warrants for Netanyahu and Gallant ... Prosecutor Karim Khan had requested the warrants in
        May" → Netanyahu, Gallant); [] when none was told, or the noun has a phrase ("the warrant for Deif")."""
        vocab = self.mod.get("told_objects") or {}
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        rules = set((vocab.get("nouns") or {}).get(obj.lemma_.lower(), ())) if obj is not None else set()
        if not rules or any(c.dep_ in ("prep", "relcl", "acl", "poss", "compound", "amod") for c in obj.children) \
                or not any(c.dep_ == "det" and c.lower_ in vocab.get("determiners", ()) for c in obj.children):
            return []
        prior = [e for e in self._recent(frame, tok, earlier, int(vocab.get("lookback_sentences", 3)))
                 if e.rule.split("+")[0] in rules and e.target_id and e.mode == "happened" and e.target_id not in sources]
        if not prior:
            return []
        last = prior[-1]
        # (the one act's targets: its trigger and code, its span starting alike)
        return list(dict.fromkeys(e.target_id for e in prior if e.span.start == last.span.start
                                  and e.trigger == last.trigger and e.cameo_code == last.cameo_code
                                  and e.sentence_index == last.sentence_index))

    def _antecedent_act(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """(h26c) Path `dobj.antecedent` (targets): a reaction whose object is a definite noun naming an earlier act or
        statement (modality.yaml `act_anaphora` classes: "rejected the criticism", "denounced the remarks", "condemned
        the bombing", "welcomed the decision") is aimed at the source of the most recent act of the noun's class told
        before it, in its own sentence first, then in the `lookback_sentences` before; or at the target of an earlier
        reaction to a noun of the same class ("The AU condemned the assassination attempt ... Washington also denounced
        the bombing"). Never the reactor's own side; [] for a noun with an owner, an actor modifier or an author phrase
        (other paths read those), an indefinite or new one ("denied reports that ..."), or when no such act was told."""
        vocab = self.mod.get("act_anaphora") or {}
        obj = self._object(tok, shares=self._shares(p.code))
        if not vocab or obj is None or obj.pos_ != "NOUN" or frame.actor_at(obj):
            return []
        noun = self._content(obj)
        if noun is None or noun.pos_ != "NOUN" or frame.actor_at(noun):
            return []
        codes, quads, aimed, reported = self._anaphora_class(noun, vocab)
        speech = set(vocab.get("speech_verbs", ()))
        if not codes and not quads:
            return []
        dets = [c for c in noun.children if c.dep_ in ("det", "predet")]
        if any(c.dep_ == "poss" for c in noun.children) \
                or any(c.dep_ in ("amod", "compound", "nmod") and frame.actor_at(c) for c in noun.children) \
                or any(c.dep_ == "prep" and c.lower_ in vocab.get("author_prepositions", ()) for c in noun.children) \
                or participle_agents(noun) or self._new_allegation(noun):
            return []
        if not any(c.lower_ in vocab.get("determiners", ()) for c in dets) \
                and not (noun.tag_ == "NNS" and not dets and not any(c.dep_ in ("acl", "relcl", "prep") for c in noun.children)):
            return []  # (a new act: "a strike", "any attack"; a bare plural of its own phrase tells its own)
        reactions = tuple(vocab.get("reaction_roots", ()))
        speakers = frozenset(sources)

        def mine(a: str) -> bool:
            return a in frame.actors and (self._own(frame, a, speakers) or any(self._family(frame, a, s) for s in sources)
                                          or any(self._state_voice(frame, s) and self._state_voice(frame, a)
                                                 and self._country(frame, a) == self._country(frame, s) for s in sources))

        def answer(e: Event) -> str | None:
            if e.mode in ("hypothetical", "denied") or e.source_id not in frame.actors or "+context_target" in e.rule:
                return None
            i = self._event_token(frame, e)
            if i is None or i == tok.i:
                return None
            if e.cameo_code.startswith(reactions) and e.target_id in frame.actors:
                # an earlier reaction to an act of the same class: that act again, aimed at whom it was
                theirs = self._object(frame.doc[i], shares=self._shares(e.cameo_code))
                theirs = self._content(theirs) if theirs is not None else None
                if theirs is not None and theirs.pos_ == "NOUN" and self._anaphora_class(theirs, vocab)[:2] == (codes, quads) \
                        and not mine(e.target_id) and frame.actors[e.target_id].code:
                    return e.target_id
            if not (e.cameo_code.startswith(codes) or e.quad_class in quads) or e.mode not in ("happened", "planned"):
                return None
            if mine(e.source_id) or not frame.actors[e.source_id].code:
                return None
            to_me = bool(e.target_id) and mine(e.target_id)
            if e.cameo_code.startswith(aimed) and not to_me:
                return None  # (a bare statement or an appeal is an accusation or a criticism only of whom it is about)
            if reported:
                # words are their speaker's: an act told in a clause an actor of another side reports ("A senior Russian
                # lawmaker said Moscow rejected the plan, prompting Kyiv to condemn the comments" → the lawmaker)
                verb = reporting_verb(frame.doc[i], ("xcomp", "conj", "acomp"), climbs=2)
                if verb is not None and verb.lemma_.lower() in speech:
                    subj, passive = self._subject(verb)
                    said = [] if passive else [a for a in self._actors(frame, subj, False)
                                               if a in frame.actors and frame.actors[a].code and not mine(a)]
                    if said:
                        return said[0]
            return e.source_id

        least, slack = int(vocab.get("stem_chars", 4)), int(vocab.get("stem_slack", 2))
        lemma = noun.lemma_.lower()

        def kin(other: str) -> bool:
            n = len(os.path.commonprefix([lemma, other]))
            return bool(other) and (lemma == other or n >= least and n >= min(len(lemma), len(other)) - slack)

        def same_word(e: Event) -> bool:
            # the act told by the noun's own word ("attacked ... the attack", "accused ... the accusations")
            i = self._event_token(frame, e)
            return i is not None and kin(frame.doc[i].lemma_.lower())

        # an act told with its own site ("condemned the attack on Khan Younis"): only an act whose clause names that place
        # (modality.yaml `site_prepositions`, as for the author search)
        sites = {g.lower_ for prep in self.mod.get("site_prepositions", ()) for g in _prep_objects(noun, prep)
                 if g.pos_ == "PROPN"}

        def at_site(e: Event) -> bool:
            i = self._event_token(frame, e)
            return not sites or i is not None and any(t.lower_ in sites for t in frame.doc[i].subtree)

        here = self._sent_index(frame, tok.sent)
        window = int(vocab.get("lookback_sentences", 2))
        # (h32f) never who the reaction's own verdict says the act wronged ("condemned the attack as a violation of
        # Iran's sovereignty": not Iran's attack told before)
        wronged = {self._country(frame, a) for a in self._verdict_victims(frame, tok, sources)} - {None}
        candidates = [(e, a) for e in earlier if 0 <= here - e.sentence_index <= window and e.span.start < tok.idx
                      and at_site(e) and (a := answer(e)) is not None and self._country(frame, a) not in wronged]
        if candidates and not any(same_word(e) for e, _a in candidates):
            # the noun's own word told as a verb no event was coded on ("Jihadist fighters attacked a convoy ... the army
            # struck the attackers ... Guterres condemned the attack"): that act, which the search for the noun's author
            # (`dobj.author`) reads; no other act stands for it
            start = frame.sent_starts[max(0, here - window)]
            if any(t.pos_ == "VERB" and kin(t.lemma_.lower()) for t in frame.doc[start:tok.i]):
                return []
        # the act told by the noun's own word first ("Jihadists attacked a convoy ... the army struck the attackers ...
        # Guterres condemned the attack": the jihadists' attack, not the strike on them), then the nearest: its own
        # sentence, then the ones before
        for found in ([c for c in candidates if same_word(c[0])], candidates):
            if found:
                nearest = max(e.sentence_index for e, _a in found)
                found = [(e, a) for e, a in found if e.sentence_index == nearest]
                if reported:
                    # (words of two parties told there: whose the reactor answers is not said, "Ukraine said Russia was
                    # massing troops, and Britain said Moscow was preparing an offensive. The Kremlin denied the claims")
                    start = frame.sent_starts[nearest]
                    end = frame.sent_starts[nearest + 1] if nearest + 1 < len(frame.sent_starts) else len(frame.doc)
                    said = {frame.actors[a].code for t in frame.doc[start:min(end, tok.i)]
                            if t.pos_ == "VERB" and t.lemma_.lower() in speech and not self._subject(t)[1]
                            for a in self._actors(frame, self._subject(t)[0], False)
                            if a in frame.actors and frame.actors[a].code and not mine(a)}
                    first = min(said, key=len, default="")
                    if any(not x.startswith(first) for x in said):
                        return []
                last = found[-1][0]
                later = self._later_uncoded_act(frame, noun, vocab, last, tok, [e for e, _a in candidates])
                if later is not None:
                    subj, _passive = self._subject(later)
                    makers = [a for a in self._actors(frame, subj, False) if a in frame.actors and frame.actors[a].code
                              and not mine(a)]
                    return list(dict.fromkeys(makers))
                # (all who did that one act together: "Britain, France and Germany triggered ...")
                return list(dict.fromkeys(a for e, a in found if e.trigger == last.trigger and e.span.end == last.span.end
                                          and e.cameo_code == last.cameo_code))
        return []

    def _later_uncoded_act(self, frame: _Frame, noun: Token, vocab: dict, last: Event, tok: Token,
                           earlier: list[Event]) -> Token | None:
        """(h27c) Whether an act of the noun's class was told after the act found for it, by a verb of the class
        (modality.yaml `act_anaphora.classes.*.verbs`) with a subject of its own and no candidate event (`earlier`) on it: "Fico said he
        would lift his veto. EU ambassadors approved the sanctions package on Friday. Zelenskiy welcomed the decision"
        names the approval back, not Fico's promise: that verb (its subject is the decision's maker), else None."""
        lemma = noun.lemma_.lower()
        verbs = {v for c in (vocab.get("classes") or {}).values() if lemma in c.get("nouns", ()) for v in c.get("verbs", ())}
        start = self._event_token(frame, last)
        if not verbs or start is None:
            return None
        coded = {i for e in earlier if (i := self._event_token(frame, e)) is not None}
        return next((t for t in reversed(frame.doc[start + 1:tok.i]) if t.pos_ == "VERB" and t.lemma_.lower() in verbs
                     and t.i not in coded and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                     and not t.is_ancestor(tok)), None)

    def _anaphora_class(self, noun: Token, vocab: dict) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...], bool]:
        """(h26c) The codes, QuadClasses and aimed-only codes of the acts a noun can name back (modality.yaml
        `act_anaphora.classes`), and whether they are words (`reported`: their speaker's): of its lemma's classes, else
        of a class noun compounded on it ("the assassination attempt"); empty when it names none."""
        classes = (vocab.get("classes") or {}).values()
        words = [noun.lemma_.lower()]
        words += [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        for w in words:
            hit = [c for c in classes if w in c.get("nouns", ())]
            if hit:
                return (tuple(dict.fromkeys(x for c in hit for x in c.get("codes", ()))),
                        tuple(dict.fromkeys(int(q) for c in hit for q in c.get("quads", ()))),
                        tuple(dict.fromkeys(x for c in hit for x in c.get("aimed_codes", ()))),
                        any(c.get("reported") for c in hit))
        return (), (), (), False

    @staticmethod
    def _event_token(frame: _Frame, e: Event) -> int | None:
        """(h26c) The index of an event's trigger token: the token of its trigger's text inside its span."""
        span = frame.doc.char_span(e.span.start, e.span.end, alignment_mode="expand")
        if span is None:
            return None
        return next((t.i for t in span if t.text == e.trigger), None)

    def _side(self, frame: _Frame, a: str, other: str) -> str | None:
        """The side actor `a` is on in an act between it and actor `other` — one convention for every reader of a
        story's sides (`_conflict_sides`, `_counterparts`, `_adversary`) and for the resolver's "both sides":
        `sides.party_side`, with the two actors' countries as this frame reads them. None for an actor of no code."""
        actor = frame.actors.get(a)
        if actor is None or not actor.code:
            return None
        return party_side(actor.code, actor.kind, self._country(frame, a), coref_vocab(),
                          other_country=self._country(frame, other))

    def _antecedent_doers(self, frame: _Frame, p: Pattern, tok: Token, earlier: list[Event]) -> list[str]:
        """Who did an act told in the passive with no agent (source path `antecedent_doer`): the doers
        of the act of the same CAMEO root on the same target told just before, in the
        `antecedent_doer_lookback_sentences` (modality.yaml) before its sentence ("Britain, France and
        Germany triggered the snapback ... UN sanctions on Iran were restored" → the three), when one
        party or the coordinated doers of one act did all such acts there; else []."""
        agents, passive = self._subject(tok)
        if not passive or agents:
            return []
        targets = self._targets(frame, p, tok, [], earlier)[0]
        if not targets:
            return []
        here = self._sent_index(frame, tok.sent)
        # (h20e) ... or of a root that act answers (modality.yaml `antecedent_doer_roots`: a release is by who
        # took the released, "Police arrested Losik on Monday. He was released hours later" → the police)
        roots = {p.code[:2], *((self.mod.get("antecedent_doer_roots") or {}).get(p.code[:2]) or ())}
        prior = [e for e in self._recent(frame, tok, earlier, int(self.mod["antecedent_doer_lookback_sentences"]))
                 # (an act answered earlier in its own sentence too: "detained ten, and several of them were released")
                 if (e.sentence_index < here or e.cameo_root != p.code[:2]) and e.cameo_root in roots
                 and e.mode == "happened"]
        # a verdict or charge is passed by the courts: by one that passed one just before, on anyone ("A court
        # sentenced Khan ... His wife was sentenced to seven years"), never by the police who arrested
        judicial = self.mod.get("judicial_passive_verbs") or set()
        if tok.lemma_.lower() in judicial:
            sectors = set(self.mod.get("judicial_passive_sectors") or ())
            # (a court of the convicted's own country: "In Belarus, two journalists were convicted" after a Moscow
            # court's verdict is no Russian verdict)
            countries = {(frame.actors[t].code or "")[:3] for t in targets if t in frame.actors}
            judged = [e for e in prior if (e.source_code or "")[3:6] in sectors and (e.source_code or "")[:3] in countries]
            if judged or tok.lemma_.lower() not in set(self.mod.get("judicial_named_court_verbs") or ()):
                return _sole_doers(judged)
            # (h19m) ... and a verdict with no such act before is the court named where the trial was, just
            # before ("The trial took place at the Minsk regional court. Kolesnikova was sentenced to 11 years")
            return self._court_named_before(frame, tok, countries, int(self.mod["antecedent_doer_lookback_sentences"]))
        return _sole_doers([e for e in prior if e.target_id in targets])

    def _reporting_doers(self, frame: _Frame, p: Pattern, tok: Token) -> list[str]:
        """Who did an act told in the passive with no agent, in what a body that does such acts reports
        ("Tanzanian police said 40 protesters had been arrested", "the captain would be charged with
        smuggling, Iran's judiciary said"), or denies ("denied reports that protesters were among those
        detained", modality.yaml `denial_verbs` and `allegation_nouns`): the reporter, when its sector is one modality.yaml
        `reporter_doer_sectors` lists for the act's CAMEO root; else []."""
        sectors = (self.mod.get("reporter_doer_sectors") or {}).get(p.code[:2])
        agents, passive = self._subject(tok)
        if not sectors or not passive or agents or any(c.dep_ == "agent" for c in tok.children):
            return []
        clause = clause_top(tok, ("conj",), climbs=1)
        among = self._inclusion_copula(clause)
        if among is not None:  # "opposition candidates were among those detained": the copula's clause
            clause = clause_top(among, ("conj",), climbs=1)
        verbs = self.mod["reporter_doer_verbs"] | self.mod["denial_verbs"]
        # (h20h) "... were arrested, according to police": the attribution phrase on the clause names the reporter
        # (modality.yaml `attribution_phrases`: the preposition and the word before it)
        cited = [o for c in clause.children if c.dep_ == "prep"
                 for entry in self.mod.get("attribution_phrases", ()) if c.lower_ == entry.split()[0]
                 for g in c.children if g.dep_ == "prep" and g.lower_ == entry.split()[-1]
                 for o in g.children if o.dep_ == "pobj"]
        if cited:
            if any(t.lemma_.lower() in self.mod["reporter_not_doers"] for t in cited):
                return []
            return [a for a in self._actors(frame, cited, False) if (frame.actors[a].code or "")[3:6] in sectors]
        if clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.lemma_.lower() in verbs:
            said = clause.head
        elif content_clause(clause) and clause.head.lemma_.lower() in self.mod.get("allegation_nouns", ()) \
                and clause.head.dep_ == "dobj" and clause.head.head.lemma_.lower() in verbs:
            # ... and so is one in what a report the body confirms or denies says ("police denied reports that
            # protesters had been beaten", "the army denied that civilians were killed": the act denied is theirs)
            said = clause.head.head
        else:
            return []
        subj, said_passive = self._subject(said)
        if said_passive or any(t.lemma_.lower() in self.mod["reporter_not_doers"] for t in subj):
            return []  # (a defendant's lawyers report a sentence, they did not hand it down)
        return [a for a in self._actors(frame, subj, False)
                if (frame.actors[a].code or "")[3:6] in sectors]

    def _culprit_noun(self, t: Token) -> bool:
        """"the perpetrators", "those responsible": a noun for the doers of an act it does not name
        (modality.yaml `culprit_nouns`)."""
        words = self.mod["culprit_nouns"]
        lemma = t.lemma_.lower()
        return lemma in words or t.lower_ in words or any(f"{w} {c.lower_}" in words for w in (lemma, t.lower_)
                                                          for c in t.children if c.dep_ in ("amod", "prep", "acl"))

    def _culprits(self, frame: _Frame, toks: list[Token], tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """Who "the perpetrators" (`_culprit_noun`) at `toks` are: the author of the act their phrase
        names ("the perpetrators of the attack", "those responsible for the coup"), else the doers of
        the story's acts of force or coercion (QuadClass 4, happened) shortly before, when they are
        one party or the coordinated doers of one act; [] when several parties did them."""
        nouns = [t for t in toks if not frame.actor_at(t) and self._culprit_noun(t)]
        if not nouns:
            return []
        noun = nouns[0]
        author = self._act_author(frame, [t for t in noun.subtree if t.i != noun.i and not frame.actor_at(t)], tok, sources)
        if author:
            return author
        speakers = frozenset(sources)
        prior = [e for e in self._recent(frame, tok, earlier, int(self.mod["culprit_lookback_sentences"]))
                 if e.quad_class == 4 and e.mode == "happened" and not self._own(frame, e.source_id, speakers)]
        return _sole_doers(prior)

    def _act_author(self, frame: _Frame, toks: list[Token], tok: Token, sources: list[str]) -> list[str]:
        """Who did the first act noun (core.yaml `nominals`) among `toks`, told before `tok` or on the noun."""
        acts = [t for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in self.nominals]
        return self._author(frame, acts[0], tok, exclude=frozenset(sources)) if acts else []

    def _new_allegation(self, noun: Token | None) -> bool:
        """Whether a denied allegation noun tells a new claim: one with a content clause of its own and no
        determiner but an indefinite one (modality.yaml `indefinite_determiners`: "denied reports that ...",
        "rejected a claim that ..."), not one that points back ("the accusations", "these claims")."""
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children) for c in noun.children):
            return False
        dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
        return all(c.dep_ == "det" and c.lower_ in self.mod["indefinite_determiners"] for c in dets)

    def _allegers(self, frame: _Frame, tok: Token, sources: list[str], *, shares: bool = False) -> list[str]:
        """(h23b) Path `alleger`: who made the claims a denial's allegation noun points back to (modality.yaml `allegers`),
        when no accusation was coded: the speaker of a report (a verb of `speech_verbs`, or an `attribution_phrases`
        phrase on the clause: "according to UN experts") in the denial's sentence before it or the `lookback_sentences`
        before, whose clausal complement's (or clause's) subject is of the denier's side ("UN experts
        said Rwandan troops were fighting alongside M23 rebels. Rwanda denied the allegations" → the UN; "Amnesty said in
        a report that Ethiopian troops had killed ... Ethiopia dismissed the report"), the speaker of another side. Only
        when one party made every such report there: two claimants are two candidates, and no guess is made."""
        vocab = self.mod.get("allegers") or {}
        obj = self._object(tok, shares=shares)
        # (h27b) a denial of a clause, not of a noun ("Qatar denied receiving any advance notice", "Rwanda denied sending
        # troops", "Moscow denied that its forces had used ...": `clause_denial_verbs`) answers such a claim too
        clausal = obj is None and tok.lemma_.lower() in set(vocab.get("clause_denial_verbs", ())) \
            and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children)
        if not vocab or not clausal and (obj is None or obj.lemma_.lower() not in self.mod["allegation_nouns"]
                                         or self._new_allegation(obj)):
            return []
        states = self.mod["state_act_sectors"]
        countries = {self._country(frame, a) for a in sources} - {None}
        state = any((frame.actors[a].code or "")[3:6] in states for a in sources if a in frame.actors)

        def mine(a: str) -> bool:
            return a in sources or any(self._family(frame, a, s) for s in sources) \
                or state and self._country(frame, a) in countries and (frame.actors[a].code or "")[3:6] in states
        here = bisect.bisect_right(frame.sent_starts, tok.i) - 1
        first = frame.sent_starts[max(0, here - int(vocab.get("lookback_sentences", 2)))]
        speech = set(vocab.get("speech_verbs", ()))
        found: list[list[str]] = []
        phrases = [entry.split() for entry in self.mod.get("attribution_phrases", ())]
        for t in frame.doc[first:tok.i]:
            if t.i >= tok.sent.start and t.head.i == tok.i:
                continue
            cited = [o for words in phrases if t.dep_ == "prep" and t.lower_ == words[0] and t.head.pos_ in ("VERB", "AUX")
                     for g in t.children if g.dep_ == "prep" and g.lower_ == words[-1]
                     for o in g.children if o.dep_ == "pobj"]
            if cited:
                # "Rwandan troops are fighting alongside M23 rebels, according to UN experts" (`attribution_phrases`)
                told, subj, passive = self._subject(t.head)[0], cited, False
            elif t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX"):
                # (the clause the parser hangs on the document it was said in: "concluded in a report[→] that Israel ...")
                clauses = [c for c in t.children if c.dep_ == "ccomp"] + [
                    c for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                    and o.lemma_.lower() in self.mod["allegation_nouns"] for c in o.children
                    if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children)]
                told = [s for c in clauses for s in self._subject(c)[0]]
                subj, passive = self._subject(t)
            else:
                continue
            about = [a for a in self._actors(frame, told, False) if a in frame.actors]
            speakers = [] if passive else [a for a in self._actors(frame, subj, False) if a in frame.actors]
            if clausal and not cited and about and speakers and set(about) <= set(speakers):
                # (h27b) a claim of the speaker's own act on the denier's side, told by its recipient (a "to" phrase or
                # dative; not an object: "Grossi said he had asked Tehran to reverse that decision" claims nothing
                # Tehran did): "The White House said it had passed a warning to Qatari officials. Qatar denied
                # receiving any advance notice" → the White House
                about = [a for c in clauses for a in self._actors(
                    frame, [g for g in c.children if g.dep_ == "dative" and g.pos_ != "ADP"]
                    + [o for g in c.children if g.dep_ in ("dative", "prep") and g.lower_ == "to"
                       for o in g.children if o.dep_ == "pobj"], False) if a in frame.actors]
            if about and speakers and all(mine(a) for a in about) and not any(mine(a) for a in speakers):
                found.append(speakers)
        if not found or any(not any(a == b or self._family(frame, a, b) for a in f for b in found[-1]) for f in found):
            return []
        return found[-1]

    def _acts_on(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event]) -> list[Event]:
        """Earlier events done to the country of `sources`, before `tok` in its sentence or in the
        `act_lookback_sentences` (modality.yaml) before it, in text order."""
        countries = {self._country(frame, a) for a in sources}
        return [e for e in self._recent(frame, tok, earlier, int(self.mod["act_lookback_sentences"]))
                if self._country(frame, e.target_id) in countries]

    def _aimed_at(self, frame: _Frame, e: Event, sources: list[str]) -> bool:
        """Whether `e` was done to `sources`: to one of them or an actor of the same code, or, when they
        speak for their state (a country, a sector of `state_act_sectors`), to their country."""
        if e.target_id in sources:
            return True
        target = frame.actors[e.target_id].code if e.target_id in frame.actors else None
        codes = {frame.actors[s].code for s in sources}
        if target in codes:
            return True
        states = self.mod["state_act_sectors"]
        return any((frame.actors[s].code or "")[3:6] in states for s in sources) \
            and (target or "")[3:6] in states

    def _aimed_at_country(self, frame: _Frame, e: Event, sources: list[str]) -> bool:
        """(h34i) Whether `e` was done to `sources` or to an actor of their own country (the first three letters of
        the code: "the Ethiopian army" accused, "the government" denying), never merely to another state."""
        if e.target_id in sources:
            return True
        target = (frame.actors[e.target_id].code or "") if e.target_id in frame.actors else ""
        return bool(target) and any(len(target) >= 3 and (frame.actors[s].code or "")[:3] == target[:3]
                                    for s in sources if s in frame.actors)

    def _recent(self, frame: _Frame, tok: Token, earlier: list[Event], window: int) -> list[Event]:
        """Earlier events with a source (who did them is what the lookups want) before `tok`, in its
        sentence or in the `window` sentences before it."""
        sent_index = self._sent_index(frame, tok.sent)
        return [e for e in earlier if e.source_id and 0 <= sent_index - e.sentence_index <= window and e.span.start < tok.idx]

    def _struck(self, frame: _Frame, noun: Token | None, sources: list[str]) -> list[str]:
        """The actors an act noun is aimed at by its own preposition (coref.yaml
        `attack_target_prepositions`: "the action against the Philippine vessel"), the speaker's
        excepted."""
        if noun is None:
            return []
        vocab = coref_vocab()
        preps = set(vocab["attack_target_prepositions"])
        if noun.lemma_.lower() not in vocab["attack_nouns"] or noun.lemma_.lower() in vocab["agentive_of_nouns"]:
            preps.discard("of")  # "the shelling of Kherson" is struck; "the actions of the coast guard" act
        return [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" for v in (o, *o.conjuncts)
                for a in frame.actor_at(v) if a not in sources]

    def _acted_on(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event], noun: str = "",
                  victims: list[str] | None = None, endorsing: bool = False) -> list[str]:
        """"Venezuela condemned the move": a noun that names no particular act is the last act done,
        shortly before, to the speaker's country by another, or to the speaker by anyone (modality.yaml act_nouns); a deed, not a
        word, unless the noun names words (`verbal_act_nouns`: a demand, a request), and by all who did
        it together ("Britain, France and Germany triggered the snapback ... Iran condemned the
        decision"). With `victims` (the act's own "against X"), the last deed done to their country
        by another than them and the speaker's country. `endorsing` (the act backs or welcomes what it
        names, modality.yaml `endorsing_roots`): the last deed by another, done to anyone ("Niger
        expelled the EU's ambassador ... Mali and Burkina Faso backed the decision")."""
        countries = {self._country(frame, a) for a in sources}
        if victims:
            # (by another than the victims and the speaker's country: "the violence against peaceful
            # demonstrators" after the country's police dispersed them is the police's)
            struck = {frame.actors[a].code for a in victims}
            prior = [e for e in self._acts_on(frame, tok, victims, earlier)
                     if e.mode == "happened" and e.source_id not in victims and frame.actors[e.source_id].code not in struck
                     and self._country(frame, e.source_id) not in countries]
            return _last_doers([e for e in prior if e.quad_class in (2, 4)])
        # (by another country, or, done to the speaker itself, by anyone else: "Prosecutors charged Vizcarra ...
        # 'This is political persecution,' Vizcarra said" → the prosecutors)
        prior = [e for e in self._acts_on(frame, tok, sources, earlier)
                 if e.mode in ("happened", "planned") and (self._country(frame, e.source_id) not in countries
                                                           or e.target_id in sources and e.source_id not in sources)]
        if not prior and (endorsing or all(c is None or c in coref_vocab()["international_prefixes"] for c in countries)):
            # a speaker of no country (a rights group, an international body) speaks of the last
            # material act (QuadClass 2 or 4: a decision, not a statement) reported shortly before by
            # another: "The ICC issued a warrant ... Human Rights Watch welcomed the decision"
            prior = [e for e in self._recent(frame, tok, earlier, int(self.mod["act_lookback_sentences"]))
                     if e.mode in ("happened", "planned") and e.source_id not in sources
                     and e.target_id not in sources and e.quad_class in (2, 4)]
            if not prior and endorsing:
                # none shortly before: the deed the story leads with ("Niger's junta ordered the EU's
                # ambassador to leave ... [ten paragraphs] ... Mali and Burkina Faso backed the decision")
                prior = self._lead_deeds(tok, earlier, lambda e: e.source_id not in sources and e.target_id not in sources)
        if not prior and not endorsing:
            # none shortly before: the deed the story leads with, when it was done to the speaker's country
            # ("The ICC issued a warrant for a Libyan commander ... [seven paragraphs] ... The LNA dismissed
            # the decision")
            prior = self._lead_deeds(tok, earlier, lambda e: self._country(frame, e.target_id) in countries - {None}
                                     and self._country(frame, e.source_id) not in countries)
        if not prior and countries - {None}:
            # (s24) ... else the act the story leads with, by another country, whoever it was done to ("Britain,
            # Canada and Australia recognised the state of Palestine ... Netanyahu rejected the move", "Abbas welcomed
            # the announcements"), a statement, an appeal or a meeting excepted (modality.yaml `lead_move_skipped_roots`)
            skipped = tuple(self.mod.get("lead_move_skipped_roots", ()))
            prior = self._lead_deeds(tok, earlier, lambda e: self._country(frame, e.source_id) not in countries
                                     and e.source_id not in sources and not e.cameo_root.startswith(skipped),
                                     quads=(1, 2, 3, 4))
        deeds = [e for e in prior if e.quad_class in (2, 4)]
        if deeds and noun not in self.mod["verbal_act_nouns"]:
            prior = deeds
        return _last_doers(prior)

    def _lead_deeds(self, tok: Token, earlier: list[Event], keep, quads: tuple[int, ...] = (2, 4)) -> list[Event]:
        """The deeds (QuadClass 2 or 4, happened; or of `quads`) the story's lead reports (its first sentence with
        such a deed that `keep` accepts, when it is one of the first modality.yaml `lead_sentences`), told before `tok`."""
        lead = [e for e in earlier if e.source_id and e.mode == "happened" and e.quad_class in quads
                and e.span.start < tok.idx and keep(e)]
        first = min((e.sentence_index for e in lead), default=None)
        if first is None or first >= int(self.mod["lead_sentences"]):
            return []
        return [e for e in lead if e.sentence_index == first]

    def _context_targets(self, frame: _Frame, events: list[Event], triggers: dict[int, int]) -> list[Event]:
        """Fill the missing target of a one-sided act from the story, when the evidence is strong (modality.yaml
        `context_targets`): a rejection or denial answers who last accused, pressed or punished the source's side
        ("Lithuania accused Minsk ... Minsk denied any involvement" → Lithuania); a show of force, a threat or a
        border closure is aimed at the source's one adversary in the story ("Guyana accused Venezuela ... the
        Guyana Defence Force sent more troops to the river" → Venezuela); a protest "against the closures" at who
        made them. The event's rule is marked `+context_target` and keeps the one-sided confidence (below a
        two-sided reading's). Only the events coded from the text are evidence, never a target filled here."""
        spec = self.mod.get("context_targets") or {}
        if not spec:
            return events
        doc = frame.doc
        answer, adversary, protest = spec.get("answers") or {}, spec.get("adversary") or {}, spec.get("protests") or {}
        redress, refusal = spec.get("redress") or {}, spec.get("refusals") or {}
        donation, yields = spec.get("donations") or {}, spec.get("yields") or {}
        dissent = spec.get("dissent") or {}
        counterparts = self._counterparts(frame, events, triggers, spec.get("counterparts") or {})
        out = []
        for e in events:
            i = triggers.get(id(e))
            if e.target_id or not e.source_id or e.mode == "hypothetical" or i is None or i < 0 \
                    or e.source_id not in frame.actors or not frame.actors[e.source_id].code:
                out.append(e)
                continue
            tok = doc[i]
            shares = self._shares(e.cameo_code)  # (the act's own: no pattern's state outlives its reading)
            found = counterparts.get(id(e), [])
            if found:
                pass  # (h20h) the other side of a one-sided act of force or yielding told with it
            elif refusal and (tok.lemma_.lower() in self.mod["refusal_verbs"] and self._stand_refused(tok, shares=shares)
                              or e.rule.endswith("+refusal") and tok.lemma_.lower() not in self.mod["refusal_verbs"]
                              or tok.lemma_.lower() in self.mod.get("refusal_object_verbs", ())):
                # (h20b) a refusal of what another side asked ("demanded an apology ... refused to apologise")
                # answers the asker; one of nothing asked states a stand
                found = self._refused_askers(frame, tok, e.source_id, events, triggers, refusal)
            elif yields and e.cameo_code.startswith(tuple(yields.get("codes", ()))) \
                    and self._elliptic_refusal(frame, tok, [], yields):
                # (h23b) "Washington demanded that Panama expel the firm. Panama complied.": who asked it
                found = self._elliptic_askers(frame, tok, e.source_id, events, triggers, yields)
            elif e.cameo_code.startswith(tuple(redress.get("codes", ()))) and self._redress_asked(tok, redress, shares=shares):
                # (h20b) "demanded a public apology": from who did the wrong
                found = self._answered_actor(frame, tok, e.source_id, e.cameo_code, events, redress, redress=True,
                                             shares=shares)
            elif e.cameo_code.startswith(tuple(answer.get("codes", ()))) and "+refusal" not in e.rule \
                    and not self._stand_refused(tok, shares=shares):
                # (a refusal, "would never give up its weapons", states a stand; it answers no one in particular)
                found = self._answered_actor(frame, tok, e.source_id, e.cameo_code, events, answer, shares=shares)
            elif e.cameo_code.startswith(tuple(protest.get("codes", ()))):
                found = self._protested_author(frame, tok, e.source_id, protest)
            elif e.cameo_code.startswith(tuple(donation.get("codes", ()))):
                found = self._aid_recipients(frame, tok, e.source_id, events, donation)
            if not found and e.cameo_code.startswith(tuple(adversary.get("codes", ()))) and not (
                    e.cameo_code.startswith(tuple(adversary.get("nonstate_codes", ()))) and self._state_voice(frame, e.source_id)):
                # (h20b) a street protest is aimed at the protesters' adversary; one read on a state's own voice
                # ("summoned the envoy to protest") is no street protest to complete
                found = self._adversary(frame, tok, e, events, adversary)
            if not found and e.cameo_code.startswith(tuple(dissent.get("codes", ()))):
                # (s24) a protest, strike or hunger strike of a country's own people aimed at no one named and at no
                # adversary told is aimed at their government
                found = self._own_government(frame, e.source_id, dissent)
            src = frame.actors[e.source_id]
            found = [t for t in dict.fromkeys(found) if t in frame.actors and frame.actors[t].code
                     and frame.actors[t].code != src.code]
            if len(found) != 1:
                out.append(e)  # (none, or several: a one-sided act is not split by a guess)
                continue
            tgt = frame.actors[found[0]]
            out.append(replace(e, target_actor=tgt.name, target_code=tgt.code, target_id=tgt.id,
                               rule=f"{e.rule}+context_target"))
            triggers[id(out[-1])] = i
        return out

    def _counterparts(self, frame: _Frame, events: list[Event], triggers: dict[int, int], spec: dict) -> dict[int, list[str]]:
        """(h20h) One-sided acts of force and of yielding told in one sentence by two sides are done to each other
        (modality.yaml `context_targets.counterparts`): "Azerbaijani troops attacked on Sept. 19, and the region's
        fighters agreed the next day to lay down their arms" → the troops attacked the fighters, who yielded to
        them. Only one such act of each kind in the sentence, and their sources of two sides (`_side`): two countries,
        or in one country the state and another party. Event id → [the other source]."""
        if not spec:
            return {}
        by_sentence: dict[int, dict[str, list[Event]]] = {}
        for e in events:
            i = triggers.get(id(e))
            if e.target_id or not e.source_id or e.mode == "hypothetical" or i is None or i < 0:
                continue
            kind = "force" if e.cameo_code.startswith(tuple(spec.get("force_codes", ()))) else \
                "yield" if e.cameo_code.startswith(tuple(spec.get("yield_codes", ()))) else None
            if kind:
                by_sentence.setdefault(frame.doc[i].sent.start, {}).setdefault(kind, []).append(e)
        out: dict[int, list[str]] = {}
        for kinds in by_sentence.values():
            force, yielded = kinds.get("force", []), kinds.get("yield", [])
            if len({e.source_id for e in force}) != 1 or len({e.source_id for e in yielded}) != 1:
                continue
            a, b = force[0].source_id, yielded[0].source_id
            sa, sb = self._side(frame, a, b), self._side(frame, b, a)
            if sa is None or sb is None or _same_side(sa, sb):
                continue
            out.update({id(e): [b] for e in force})
            out.update({id(e): [a] for e in yielded})
        return out

    def _redress_asked(self, tok: Token, spec: dict, *, shares: bool = False) -> bool:
        """A demand whose object (or the noun after its "for") is redress for a wrong (modality.yaml
        `context_targets.redress.nouns`: "demanded a public apology")."""
        nouns = set(spec.get("nouns", ()))
        obj = self._object(tok, shares=shares)
        if obj is not None and obj.lemma_.lower() in nouns:
            return True
        return any(o.lemma_.lower() in nouns for o in _prep_objects(tok, "for"))

    def _refused_askers(self, frame: _Frame, tok: Token, source: str, events: list[Event], triggers: dict[int, int],
                        spec: dict) -> list[str]:
        """Who asked the source's side for what it refused ("Madrid demanded an apology ... Milei refused to
        apologise" → Madrid): the doer of the last act of `asked_codes` (happened) by another side, aimed at the
        source's side or at no one, in the `lookback_sentences` before, a word of whose phrase shares its stem with
        the refused verb or its object (`stem_chars`, `stem_slack`), or is one of its `kin` ("refused to appear" answers a
        summons)."""
        refused = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if tok.lemma_.lower() not in self.mod["refusal_verbs"]:
            refused = [tok]  # (h21e) the act refused itself, negated under will/would: "would not apologise"
        elif self._elliptic_refusal(frame, tok, refused, spec):
            # (h23b) "Hamas demanded a full withdrawal ... Israel refused.": a refusal with nothing refused told is
            # the answer to what was just asked of the refuser's side
            return self._elliptic_askers(frame, tok, source, events, triggers, spec)
        words = {w.lemma_.lower() for c in refused for w in (c, *(g for g in c.children if g.dep_ in ("dobj", "prep")))
                 if w.pos_ in ("VERB", "NOUN")}
        words |= {o.lemma_.lower() for c in refused for p in c.children if p.dep_ == "prep"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
        # (and what is refused outright: "refused any dialogue" after a call for dialogue)
        words |= {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        if not words:
            return []
        least, slack = int(spec.get("stem_chars", 5)), int(spec.get("stem_slack", 2))

        def kin(a: str, b: str) -> bool:
            n = len(os.path.commonprefix([a, b]))
            return a == b or n >= least and n >= min(len(a), len(b)) - slack

        def fits(ev: Event) -> bool:
            if not self._asked_of(frame, ev, source, spec):
                return False
            i = triggers.get(id(ev))
            if i is None or i < 0:
                return False
            phrase = {w.lemma_.lower() for w in frame.doc[i].subtree if w.pos_ in ("VERB", "NOUN")}
            return any(kin(a, b) or b in (spec.get("kin") or {}).get(a, ()) for a in words for b in phrase)
        return _last_doers([ev for ev in self._recent(frame, tok, events, int(spec.get("lookback_sentences", 3)))
                            if fits(ev)])

    def _asked_of(self, frame: _Frame, ev: Event, source: str, spec: dict) -> bool:
        """Whether `ev` asked something of the refuser `source`'s side: an act of `asked_codes` (happened) by another side,
        aimed at the source's side or at no one (a domestic opposition is another side than its state)."""
        country, state = self._country(frame, source), self._state_voice(frame, source)
        if ev.mode != "happened" or not ev.cameo_code.startswith(tuple(spec.get("asked_codes", ()))) \
                or ev.source_id not in frame.actors or self._family(frame, ev.source_id, source) \
                or state and self._country(frame, ev.source_id) == country and self._state_voice(frame, ev.source_id):
            return False  # (the refuser's own side)
        return not (ev.target_id and ev.target_id in frame.actors and not (
            self._family(frame, ev.target_id, source) or ev.target_id == source
            or state and self._country(frame, ev.target_id) == country and self._state_voice(frame, ev.target_id)))

    def _elliptic_refusal(self, frame: _Frame, tok: Token, refused: list[Token], spec: dict) -> bool:
        """(h23b) A refusal verb that tells nothing refused: no object, no complement but a pro-form ("refused to do so",
        `pro_forms`), no phrase but of time or circumstance (`elliptic_prepositions`, per verb: "Israel refused.",
        "Berlin has so far declined.", "refused on Tuesday"), unnegated, its subject itself an actor named ("Argentina's
        reserves declined" is no refusal)."""
        preps = (spec.get("elliptic_prepositions") or {}).get(tok.lemma_.lower())
        pro = spec.get("pro_forms") or {}
        # (h32d) ... or a bare verb of compliance, which names no act of its own ("Ottawa asked New Delhi to waive their
        # immunity, but India refused to cooperate"; `compliance_verbs`)
        compliance = set(spec.get("compliance_verbs", ()))
        if preps is None or any(not (c.lemma_.lower() in compliance and all(g.dep_ in ("aux", "advmod") for g in c.children))
                                and (c.lemma_.lower() not in pro or not any(g.lower_ in pro[c.lemma_.lower()] for g in c.children)
                                     or any(g.dep_ not in ("aux", "advmod", "dobj", "neg") for g in c.children)
                                     or any(g.dep_ == "neg" for g in c.children)) for c in refused):
            return False
        subj, passive = self._subject(tok)
        return not passive and bool(subj) and all(frame.actor_at(t) for t in subj) \
            and not any(c.dep_ in ("dobj", "ccomp", "attr", "oprd", "dative", "nsubjpass", "neg", "acomp")
                        or c.dep_ == "xcomp" and c not in refused
                        or c.dep_ == "prep" and c.lower_ not in preps for c in tok.children)

    def _elliptic_askers(self, frame: _Frame, tok: Token, source: str, events: list[Event], triggers: dict[int, int],
                         spec: dict) -> list[str]:
        """(h23b) Whom a refusal of nothing told answers (modality.yaml `context_targets.refusals`
        `elliptic_lookback_sentences`): who asked the refuser's side something (`_asked_of`) in its sentence or the
        ones just before ("Ukraine asked Germany to supply Taurus missiles. Berlin has so far refused" → Ukraine),
        when one party asked it all; none when two sides asked ("Ukraine asked ..., and Poland urged Berlin ...")."""
        window = int(spec.get("elliptic_lookback_sentences", 1))
        prior = [ev for ev in self._recent(frame, tok, events, window) if self._asked_of(frame, ev, source, spec)
                 and "+context_target" not in ev.rule]
        doers = _last_doers(prior)
        if not doers or any(not any(ev.source_id == d or self._family(frame, ev.source_id, d) for d in doers)
                            for ev in prior):
            return []
        return doers

    def _stand_refused(self, tok: Token, *, shares: bool = False) -> bool:
        """A refusal verb (modality.yaml `refusal_verbs`) whose object names no act of `answered_act_nouns`
        states a stand ("opposition parties refused to take up their seats"), answering no one in particular;
        "refused the demand" answers the demand."""
        if tok.lemma_.lower() not in self.mod["refusal_verbs"]:
            return False
        obj = self._object(tok, shares=shares)
        return obj is None or obj.lemma_.lower() not in self.mod["answered_act_nouns"]

    def _family(self, frame: _Frame, a: str, b: str) -> bool:
        """Whether two actors are one party: the same code, or one's code refining the other's below the
        country (TZAOPP and TZAOPPCHD)."""
        ca, cb = frame.actors[a].code or "", frame.actors[b].code or ""
        return bool(ca) and (ca == cb or len(ca) >= 6 and len(cb) >= 6 and (ca.startswith(cb) or cb.startswith(ca)))

    def _state_voice(self, frame: _Frame, a: str) -> bool:
        """An actor that speaks for its country's state (modality.yaml `state_act_sectors`), of a country."""
        actor = frame.actors[a]
        country = self._country(frame, a)
        return bool(country) and country not in coref_vocab()["international_prefixes"] \
            and (actor.code or "")[3:6] in self.mod["state_act_sectors"]

    def _answered_actor(self, frame: _Frame, tok: Token, source: str, code: str, events: list[Event],
                        spec: dict, redress: bool = False, shares: bool = False) -> list[str]:
        """Who a rejection or denial with no target answers: the doer of the last act of `answered_codes` aimed
        at the source's side (the source's party, or its country's state when the source speaks for it) by
        another side, in the `lookback_sentences` before; else the one the story's lead reports. With an
        object, only one that names such an act (modality.yaml `answered_act_nouns`: "dismissed the protest",
        the acts of its codes) or, for `object_codes`, the act denied ("denied any involvement")."""
        answered = tuple(spec.get("answered_codes", ()))
        country, state = self._country(frame, source), self._state_voice(frame, source)
        codes: tuple[str, ...] = ()
        obj = None if redress else self._object(tok, shares=shares)  # (redress asked: its object is the apology, no act answered)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            lemma = obj.lemma_.lower()
            if lemma in self.mod["answered_act_nouns"]:
                codes = tuple(self.mod["answered_act_nouns"][lemma])  # "denied the accusation": an accusation
            elif not code.startswith(tuple(spec.get("object_codes", ()))):
                return []  # a thing rejected ("the result", "those overtures") answers whoever made it, not a guess

        # (h25f) the one whose body the source is named as ("Hasina's Awami League party rejected the charges") is on its
        # side: an act aimed at that one is answered too
        owners = {a for t in self._subject(tok)[0] for c in t.children if c.dep_ == "poss"
                  for a in frame.actor_at(c) if a in frame.actors and a != source}

        def fits(ev: Event) -> bool:
            if not ev.target_id or ev.target_id not in frame.actors or ev.source_id not in frame.actors \
                    or not ev.cameo_code.startswith(answered) or ev.mode != "happened" \
                    or codes and not ev.cameo_code.startswith(codes):
                return False
            if ev.source_id in owners:
                return False
            aimed = self._family(frame, ev.target_id, source) or ev.target_id in owners \
                or state and self._country(frame, ev.target_id) == country and self._state_voice(frame, ev.target_id)
            other = self._country(frame, ev.source_id) != country if state \
                else not self._family(frame, ev.source_id, source) and ev.source_id != source
            return aimed and other
        prior = [ev for ev in self._recent(frame, tok, events, int(spec.get("lookback_sentences", 3))) if fits(ev)]
        if prior:
            return _last_doers(prior)
        ahead = int(spec.get("following_sentences", 0))
        if codes and ahead:
            # (h24e) accusations rejected before they are told: the accusation of the noun's kind aimed at the source's side
            # in the next sentences ("Peskov ..., rejecting accusations that it deliberately attacked civilians. Ukraine's
            # Foreign Minister accused Russia of deliberately targeting civilians" → Ukraine)
            here = self._sent_index(frame, tok.sent)
            after = [ev for ev in events if ev.source_id and 0 < ev.sentence_index - here <= ahead and fits(ev)]
            if after:
                return [after[0].source_id]
        return _last_doers(self._lead_deeds(tok, events, fits, quads=(1, 2, 3, 4)))

    def _aid_recipients(self, frame: _Frame, tok: Token, source: str, events: list[Event], spec: dict) -> list[str]:
        """(h21j) Whom a pledge or gift of aid with no recipient goes to: the one recipient of the aid of `codes`
        other donors gave or pledged in its sentence before it or in the `lookback_sentences` before ("The EU
        pledged 2 billion euros to Sudan. Germany promised 200 million euros" → Sudan: the donors of one
        appeal); none when they gave to two or more, or only the source itself did."""
        codes = tuple(spec.get("codes", ()))
        prior = [ev for ev in self._recent(frame, tok, events, int(spec.get("lookback_sentences", 2)))
                 if ev.target_id and ev.target_id in frame.actors and ev.cameo_code.startswith(codes)
                 and ev.source_id != source and not self._family(frame, ev.source_id, source)
                 and ev.mode != "hypothetical" and "+context_target" not in ev.rule]
        found = list(dict.fromkeys(ev.target_id for ev in prior))
        if found or prior:
            # (another country aid went to there, left uncoded: "pledged 20 million pounds to Jordan and 10 million
            # pounds to Lebanon" is two recipients)
            starts, doc = frame.sent_starts, frame.doc
            known = {frame.actors[a].code for a in (*found, *(ev.source_id for ev in prior), source) if a in frame.actors}
            for n in {ev.sentence_index for ev in prior}:
                end = starts[n + 1] if n + 1 < len(starts) else len(doc)
                for t in doc[starts[n]:end]:
                    if t.dep_ == "pobj" and t.head.lower_ in spec.get("recipient_prepositions", ()) and any(
                            a in frame.actors and frame.actors[a].kind == "country" and frame.actors[a].code not in known
                            for a in frame.actor_at(t, places=True)):
                        return []
            return found
        # ... or, with none coded, the one country a pledge by donors no actor names was made to help, told there
        # ("Donors meeting in Brussels pledged 5 billion euros to help Sudan"): `pledge_verbs` with a purpose verb
        # of `purpose_verbs`, its object
        here = bisect.bisect_right(frame.sent_starts, tok.i) - 1
        first = frame.sent_starts[max(0, here - int(spec.get("lookback_sentences", 2)))]
        pledges, purposes = set(spec.get("pledge_verbs", ())), set(spec.get("purpose_verbs", ()))
        for t in frame.doc[first:tok.i]:
            if t.lemma_.lower() not in pledges or t.pos_ != "VERB" or self._actors(frame, self._subject(t)[0], False):
                continue
            for c in t.children:
                if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in purposes:
                    # (its object, or the subject of the clause it helps do: "to help Syria recover")
                    objs = [o for o in c.children if o.dep_ == "dobj"] + [o for x in c.children if x.dep_ in ("ccomp", "xcomp")
                                                                          for o in x.children if o.dep_ == "nsubj"]
                    for v in (v for o in objs for v in (o, *o.conjuncts)):
                        named = [a for a in frame.actor_at(v) if a in frame.actors and frame.actors[a].kind == "country"]
                        if not named and len(objs) + sum(len(o.conjuncts) for o in objs) > 1:
                            return []  # (one of several helped names no country: "to help Yemen and Sudan recover")
                        found += [a for a in named if a != source]
        return list(dict.fromkeys(found))

    def _protested_author(self, frame: _Frame, tok: Token, source: str, spec: dict) -> list[str]:
        """Who made the act a protest is against ("gathered to protest against the closures" → who closed
        them), named by an act noun (core.yaml `nominals`) after the protest's `prepositions`, told before."""
        preps = set(spec.get("prepositions", ()))
        nouns = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj" and not frame.actor_at(o) and o.lemma_.lower() in self.nominals]
        # (h20b) ... or the object of the protest (a purpose verb itself: "protested the postponement") or of its
        # purpose: "took to the streets to denounce the delay"
        purpose = set(spec.get("purpose_verbs", ()))
        nouns += [o for c in (tok, *(c for c in tok.children if c.dep_ in ("advcl", "xcomp")))
                  if c.lemma_.lower() in purpose
                  for o in c.children if o.dep_ == "dobj" and not frame.actor_at(o) and o.lemma_.lower() in self.nominals]
        for noun in nouns:
            found = [a for a in self._author(frame, noun, tok, exclude=frozenset([source]))
                     if not self._family(frame, a, source)]
            if found:
                return found
        return []

    def _own_government(self, frame: _Frame, source_id: str, spec: dict) -> list[str]:
        """(s24) The government of the source's country, for dissent by a body of that country of
        modality.yaml `context_targets.dissent.sectors` (the opposition, civilians, workers, students, rights groups):
        "stopped eating on October 29 to protest against what he calls an unjust trial" → the Tunisian government.
        A state's own organs, international bodies and people of no country take none."""
        src = frame.actors[source_id]
        country = self._country(frame, source_id)
        sector = src.sector or ((src.code or "")[3:6] if src.code and len(src.code) >= 6 else None)
        if not _plain_country(country) or sector not in set(spec.get("sectors", ())) \
                or country in set(spec.get("excluded_countries", ())):
            return []
        return [_country_body(frame, country, spec.get("sector", "GOV"), spec.get("name", "government"))]

    def _adversary(self, frame: _Frame, tok: Token, e: Event, events: list[Event], spec: dict) -> list[str]:
        """The source's one adversary in the story: the other side of the two-sided acts of `hostile_roots`
        (happened) between the source's side and another, told before the act (what follows a story's lead act
        is mostly the reactions to it: "troops seized the palace ... the African Union suspended the country");
        [] when there are two or more. Sides as `_side` reads them, the source's own side being the one it would be
        on against the same other. For `foreign_codes` (closing a border) only another country is a side."""
        cv = coref_vocab()
        country = self._country(frame, e.source_id)
        if not _plain_country(country):
            return []
        foreign_only = e.cameo_code.startswith(tuple(spec.get("foreign_codes", ())))
        roots = set(spec.get("hostile_roots", ()))
        # (h25f) for `same_sentence_codes`, acts told after it in its own sentence too ("declared a ceasefire ..., hours
        # after rebel groups accused the army")
        same = e.cameo_code.startswith(tuple(spec.get("same_sentence_codes", ())))
        sides: dict[str, list[str]] = {}  # the other side → its actors in those acts told before, in order
        for ev in events:
            if ev is e or ev.span.start >= tok.idx and not (same and ev.sentence_index == e.sentence_index) or not ev.source_id or not ev.target_id or ev.mode != "happened" or ev.cameo_root not in roots \
                    or ev.source_id not in frame.actors or ev.target_id not in frame.actors:
                continue
            a, b = self._side(frame, ev.source_id, ev.target_id), self._side(frame, ev.target_id, ev.source_id)
            if a is None or b is None or _same_side(a, b):
                continue
            # (the source is on a side when it would be that side against the same other: "Israel struck Hezbollah"
            # is Israel's; "the army fought the RSF" is the Sudanese government's)
            mine_a = _same_side(self._side(frame, e.source_id, ev.target_id) or "", a)
            mine_b = _same_side(self._side(frame, e.source_id, ev.source_id) or "", b)
            if mine_a == mine_b:
                continue
            other, actor = (b, ev.target_id) if mine_a else (a, ev.source_id)
            if foreign_only and (other[:3] == country or not re.fullmatch(r"[A-Z]{3}", other)
                                 or other in cv["international_prefixes"]):
                continue  # (a border is closed to another country)
            sides.setdefault(_side_key(other, set(sides)), []).append(actor)
        if len(sides) != 1:
            return []
        other, actors = next(iter(sides.items()))
        # the country itself when it is named in the story ("Venezuela"), else its last actor in those acts
        whole = [a.id for a in frame.actors.values() if a.kind == "country" and a.code == other]
        return whole[:1] or actors[-1:]

    def _captors(self, frame: _Frame, tok: Token, p: Pattern, sources: list[str], earlier: list[Event],
                 held: tuple[str, ...]) -> list[str]:
        """Who holds the people a release is asked for, however far back they were taken: "Kosovo police
        arrested three Serbian citizens ... [ten paragraphs] ... Petkovic demanded the release of the three
        men" → who took them (an act of `held` codes on an actor of the same code as the released); "the
        release of all those detained" (a participle of modality.yaml `captivity_verbs`) → who last took
        anyone. Another than the speaker's country."""
        words = p.object | p.prep_object
        release = next((t for t in tok.subtree if t.lemma_.lower() in words and t.pos_ == "NOUN"), None)
        if release is None:
            return []
        captives = [v for c in release.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                    for o in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"])
                    for v in (o, *o.conjuncts)]
        # (h23b) who took them, told in a clause on them: "the release of two American citizens, whom Russia jailed in
        # March", "... jailed by Russia" (a verb of modality.yaml `captivity_verbs`: its active subject or by-agent)
        verbs = self.mod["captivity_verbs"]
        countries = {self._country(frame, a) for a in sources} - {None}
        told = [a for v in captives for c in v.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs
                for a in self._actors(frame, self._subject(c)[0], False)
                if a in frame.actors and a not in sources and self._country(frame, a) not in countries
                and not any(t.dep_ == "neg" for t in c.children)]
        if told:
            return list(dict.fromkeys(told))
        # (p25) ... or the country they are held in, told so with no captor ("pressing for the release of other Americans
        # held in Afghanistan" → Afghanistan; modality.yaml `captivity_place_prepositions`), another than the captives'
        own = {(frame.actors[a].code or "")[:3] for v in captives for a in frame.actor_at(v)} - {""}
        at = set(self.mod.get("captivity_place_prepositions") or ())
        placed = [a for v in captives for c in v.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs
                  and not self._subject(c)[0] for pp in c.children if pp.dep_ == "prep" and pp.lower_ in at
                  for o in pp.children if o.dep_ == "pobj" for a in frame.actor_at(o, places=True)
                  if a in frame.actors and frame.actors[a].kind == "country"
                  and self._country(frame, a) not in countries | own]
        if placed:
            return list(dict.fromkeys(placed))[:1]
        # (h24f) prisoners held for their politics (modality.yaml `state_held_captives`: "political prisoners") are held
        # by their own country's state, when the story names its government: "the BLA demanded the release of Baloch
        # political prisoners" → PAKGOV
        held_words = self.mod.get("state_held_captives", {})
        if any(v.lemma_.lower() in held_words.get("heads", ()) and any(
                c.dep_ in ("amod", "compound") and c.lower_ in held_words.get("modifiers", ()) for c in v.children)
               for v in captives):
            states = {(frame.actors[a].code or "")[:3] for v in captives for a in frame.actor_at(v)} - {""}
            own = self.mod.get("state_held_captor_sector", "GOV")
            for st in states:
                govs = sorted((a for a in frame.actors.values() if a.code == st + own and a.kind != "person"),
                              key=lambda a: a.kind != "country") \
                    or [a for a in frame.actors.values() if a.code == st + own]
                if govs:
                    return [govs[0].id]
        # (however far back: every sentence before this one)
        taken = [e for e in self._others_acts(frame, tok, sources, earlier, self._sent_index(frame, tok.sent))
                 if e.cameo_code.startswith(held)]
        codes = {frame.actors[a].code for v in captives for a in frame.actor_at(v)} - {None}
        if codes:
            return _last_doers([e for e in taken if e.target_id in frame.actors and frame.actors[e.target_id].code in codes])
        if any(t.lemma_.lower() in verbs and t.tag_ == "VBN" for v in captives for t in v.subtree):
            return _last_doers(taken)
        return []

    def _last_force(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event]) -> list[str]:
        """"The United States condemned the incident": an incident is the last use of force reported
        shortly before (QuadClass 4, modality.yaml incident_lookback_sentences) by another than the
        speaker's country."""
        prior = [e for e in self._others_acts(frame, tok, sources, earlier, int(self.mod["incident_lookback_sentences"]))
                 if e.quad_class == 4]
        return [prior[-1].source_id] if prior else []

    def _others_acts(self, frame: _Frame, tok: Token, sources: list[str], earlier: list[Event], window: int) -> list[Event]:
        """The acts that happened shortly before `tok` (`_recent`, `window` sentences), done by another
        than the country of `sources`: what "the incident", a captor or an aggressor is looked for in."""
        countries = {self._country(frame, a) for a in sources}
        return [e for e in self._recent(frame, tok, earlier, window)
                if e.mode == "happened" and self._country(frame, e.source_id) not in countries]

    def _author(self, frame: _Frame, noun: Token | None, before: Token, exclude: frozenset[str] = frozenset()) -> list[str]:
        """Who made the thing a definite noun refers to: "the proposal" → the subject of an earlier
        "proposed", "the deals" → who signed them (verbs per noun from the `nominals` table)."""
        if noun is None:
            return []
        summed = self._summed_clause(noun)
        if summed is not None:
            # "imposed sanctions on more than a dozen companies, a move Tehran called 'economic terrorism'":
            # the act the appositive noun sums up, by that clause's doer
            subj, passive = self._subject(summed)
            own = [a for a in self._actors(frame, subj, False) if not self._own(frame, a, exclude)]
            if own:
                return own
        verbs = self.nominals.get(noun.lemma_.lower()) or set()
        # (h29c) the noun's own word told as a verb before it ("voted ... the vote", "decided ... the decision",
        # "handed over ... the handover"; modality.yaml `author_stem`), with or without a `nominals` entry
        stem = self._stem_authored(frame, noun)
        if not verbs and not stem:
            return []
        # the two sides of fighting between them ("fighting between ELN guerrillas and FARC dissidents has
        # killed 80 people": both killed them)
        sides = [a for g in _prep_objects(noun, "between") for v in (g, *g.conjuncts)
                 for a in frame.actor_at(v) if a not in exclude]
        if len(set(sides)) >= 2:
            return list(dict.fromkeys(sides))
        # who made it, told on the noun itself: "the tariffs that Trump imposed", "the tariffs imposed by
        # Washington"
        for c in noun.children:
            if c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in verbs or c.lemma_.lower() in self.mod["claiming_verbs"]):
                # (also who claimed it: "the strike, which was claimed by Islamic State")
                subj, passive = self._subject(c)
                by_agent = any(g.dep_ == "agent" for g in c.children)
                own = [a for a in self._actors(frame, subj, False) if a not in exclude] \
                    if not passive or c.dep_ == "acl" or by_agent else []
                if own:
                    return own
        # the act a verb's subject does it by ("Somali police arrested 15 suspects in raids"): theirs;
        # not one that only dates or causes it ("halted its project after a 2021 attack",
        # modality.yaml `act_means_prepositions`)
        # (h29f) ... also through a container ("Israel responded with a wave of strikes")
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in self.containers and noun.head.head.dep_ == "pobj" else noun
        if held.dep_ == "pobj" and held.head.dep_ == "prep" and held.head.head.pos_ == "VERB" \
                and held.head.lower_ in self.mod["act_means_prepositions"] \
                and held.head.head.lemma_.lower() not in self.mod.get("act_means_not_verbs", ()):
            subj, passive = self._subject(held.head.head)
            own = [a for a in self._actors(frame, subj, False) if a not in exclude] if not passive else []
            if own:
                return own
        if noun.dep_ == "pobj" and noun.head.lower_ not in self.mod["act_means_prepositions"] and any(c.dep_ == "det" and c.lower_ in self.mod["indefinite_determiners"] for c in noun.children) \
                and not any(c.lower_ in self.mod["series_modifiers"] for c in noun.children):
            # "after a 2021 attack": a new act, not one told before ("a second attack" is one of them;
            # "condemned what it called a barbaric attack" names the one told, and "were killed in a
            # strike on an apartment building" is most often part of the attack the story leads with)
            return []
        if self._new_allegation(noun):
            # "denied reports that Iran had expelled the inspectors": a claim told here for the first time
            return []
        doc = frame.doc
        window = int(self.mod["author_lookback_tokens"])
        here = before.sent.start
        # from the first sentence that starts within the window (Token.sent is slow: the starts once)
        first = next((st for st in frame.sent_starts if st >= here - window), here)
        # the same word first ("attacked a convoy ... the army struck the attackers ... Guterres
        # condemned the attack": the attack), then any verb or act noun of its entry, nearest first
        same = noun.lemma_.lower()
        # (h19e) an act told with its own site ("condemned the attack on Sumy"): the earlier act whose clause
        # names that site first, not another act told since ("... struck two hospitals in Sumy. The Kremlin
        # said Ukraine had attacked an oil depot ... Germany condemned the attack on Sumy": Russia's);
        # modality.yaml `site_prepositions`
        sites = {g.lower_ for prep in self.mod.get("site_prepositions", ()) for g in _prep_objects(noun, prep)
                 if g.pos_ == "PROPN"} if noun.lemma_.lower() in coref_vocab()["attack_nouns"] else set()
        # (h20g) the same word told before with a definite or demonstrative determiner ("The strikes came two
        # days after ...", "these targeted strikes") is the same thing: its author is looked for back from the
        # earliest such mention too ("... struck 60 targets ... [300 words] ... Iran condemned the strikes")
        # earliest mention, and the verbs of its entry are looked for first before that mention (what is told
        # between is another act)
        chained, earliest = first, None
        while True:
            earlier = next((t for t in doc[chained:before.i] if t.i != noun.i and t.lemma_.lower() == same
                            and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in self.mod["chain_determiners"]
                                                         for c in t.children)), None)
            if earlier is None or earliest is not None and earlier.i >= earliest.i:
                break
            earliest = earlier
            wider = next((st for st in frame.sent_starts if st >= earlier.sent.start - window), chained)
            if wider >= chained:
                break
            chained = wider
        spans = [({same}, doc[chained:before.i])]
        if earliest is not None:
            spans.append((verbs, doc[chained:earliest.sent.start]))
        spans.append((verbs, doc[first:before.i]))
        for site in ([sites] if sites else []) + [None]:
            for n, (words, tokens) in enumerate(spans):
                found = self._author_in(frame, noun, tokens, words, verbs, exclude, site, stem=stem and n == 0)
                if found:
                    return found
        return []

    def _stem_authored(self, frame: _Frame, noun: Token) -> bool:
        """(h29c) Whether the author of the act a noun names may be the subject of a verb of its own word told before
        (modality.yaml `author_stem`): a common noun of no `never_nouns`, with no author named on it (a possessor, an
        actor modifier, a by-phrase: "Russia's decision" is Russia's, read by the paths that read those)."""
        spec = self.mod.get("author_stem") or {}
        if not spec or noun.pos_ != "NOUN" or noun.lemma_.lower() in spec.get("never_nouns", ()):
            return False
        return not any(c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and frame.actor_at(c)
                       or c.dep_ == "prep" and c.lower_ in self.mod["document_author_prepositions"]
                       for c in noun.children)

    def _stem_verb(self, lemma: str, verb: Token) -> bool:
        """(h29c) Whether a verb tells the act a noun of `lemma` names by the noun's own word (modality.yaml
        `author_stem`): its lemma and particle joined are the noun ("handed over" → handover); with no particle, a
        lemma sharing at least `stem_chars` letters with the noun, all but `stem_slack` of the shorter (decide →
        decision, agree → agreement, vote → vote); never a phrasal verb the noun does not spell ("stepped up" is no
        step), nor a verb whose noun adds a particle it lacks ("handed the town to" is no handover; the particle read
        as the next word's, "handed over[quantmod] 20 prisoners", is the verb's)."""
        spec = self.mod.get("author_stem") or {}
        if verb.pos_ != "VERB":
            return False
        word, particles = verb.lemma_.lower(), set(spec.get("particles", ()))
        lemma = lemma.replace("-", "")
        parts = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.lower_ in particles]
        if parts:
            return lemma == word + parts[0]
        if lemma.startswith(word) and lemma[len(word):] in particles:
            # (a particle the small parser hung elsewhere: "handed over[quantmod] 20 prisoners")
            return verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == lemma[len(word):]
        n = len(os.path.commonprefix([lemma, word]))
        return lemma == word or n >= int(spec.get("stem_chars", 4)) \
            and n >= min(len(lemma), len(word)) - int(spec.get("stem_slack", 2))

    def _dissents(self, verb: Token, lemma: str | None = None) -> bool:
        """(h29c) Whether a verb tells its subject's dissent from an act (modality.yaml `author_stem`
        `dissent_prepositions`: "Russia voted against the resolution"): with `lemma`, only dissent from a thing of that
        noun (the resolution's author is not who voted against it)."""
        preps = (self.mod.get("author_stem") or {}).get("dissent_prepositions", ())
        return any(c.dep_ == "prep" and c.lower_ in preps and (lemma is None or any(
            o.lemma_.lower() == lemma for o in c.children if o.dep_ == "pobj")) for c in verb.children)

    def _summed_clause(self, noun: Token) -> Token | None:
        """The clause an appositive act noun (modality.yaml `summary_nouns`) sums up, its verb: "Britain
        imposed sanctions on a shipping firm, a move[appos] ..." → imposed; up from relative, participle and
        complement clauses inside it ("... companies it accused of shipping oil to China, a move ..." →
        imposed), never past an adverbial clause ("came a week after the U.S. imposed sanctions ..., a move
        ..." → imposed). None for any other noun."""
        if noun.dep_ != "appos" or noun.lemma_.lower() not in self.mod["summary_nouns"] or noun.head.i == noun.i:
            return None
        verb = governing_verb(noun.head)
        while verb.dep_ in ("relcl", "acl", "xcomp", "pcomp") and verb.head.i != verb.i:
            verb = governing_verb(verb.head)
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _author_in(self, frame: _Frame, noun: Token, tokens, words: set[str], verbs: set[str],
                   exclude: frozenset[str], sites: set[str] | None = None, stem: bool = False) -> list[str]:
        """`_author` over `tokens` (backwards), taking only verbs and nouns of `words` (and, with `sites`,
        only those whose phrase names one of those places); with `stem`, also a verb of the noun's own word
        (`_stem_verb`), never one of dissent, nor a population's (modality.yaml `author_stem`)."""
        made_by, nouns = words & verbs, words | {noun.lemma_.lower()}
        spec = self.mod.get("author_stem") or {}
        idle = set(spec.get("sectors_not", ()))
        # (h25c) an entry "verb>object" counts only with that object: "seize>power" is a takeover, "stop him taking office" not
        objected: dict[str, set[str]] = {}
        for w in made_by:
            if ">" in w:
                v, o = w.split(">", 1)
                objected.setdefault(v, set()).add(o)

        def at_site(t: Token) -> bool:
            # (in what it was done to or where, not in who did it: "Israel struck Gaza" names no attack on Israel)
            return sites is None or any(g.lower_ in sites for c in t.children
                                        if c.dep_ not in ("nsubj", "poss", "conj", "agent") for g in c.subtree)

        def others(toks: list[Token]) -> list[str]:
            # (not the speaker's own: "for as long as it takes" is no measure of theirs)
            return [a for a in self._actors(frame, toks, False) if not self._own(frame, a, exclude)]
        for t in reversed(tokens):
            if not at_site(t):
                continue
            if t.pos_ == "VERB" and self._dissents(t, noun.lemma_.lower()):
                continue  # (h29c) "Russia voted against the resolution": not its author
            if t.pos_ == "VERB" and self._asked(t):
                continue  # (h31e) "urged Iran to stop attacking[xcomp] Israel": an act asked about, no act told
            if stem and t.lemma_.lower() not in made_by and t.i != noun.i and self._stem_verb(noun.lemma_.lower(), t) \
                    and not self._dissents(t):
                # (h29c) the noun's own word as a verb: its subject did the act ("Niger's junta voted to expel the
                # ambassador ... ECOWAS condemned the vote"), not a population's ("millions of Hungarians voted")
                found = [a for a in others(self._subject(t)[0]) if (frame.actors[a].code or "")[3:6] not in idle]
                if found:
                    return found
            if (t.lemma_.lower() in made_by or t.lemma_.lower() in objected and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objected[t.lemma_.lower()] for c in t.children)) \
                    and t.pos_ in ("VERB", "AUX") and self._makes(t, noun):
                found = others(self._subject(t)[0])
                if found:
                    return found
            lemma = t.lemma_.lower()
            if t.dep_ == "pobj" and t.head.lower_ in self.mod.get("fixed_phrase_nouns", {}).get(lemma, ()):
                continue  # (h19l) "in order to stop smuggling": no order (modality.yaml fixed_phrase_nouns)
            if t.i != noun.i and t.pos_ in ("NOUN", "PROPN") and lemma in nouns and (
                    lemma == noun.lemma_.lower() or lemma in verbs and noun.lemma_.lower() in coref_vocab()["attack_nouns"]):
                # (another act noun stands for an attack only: "the strikes" for "the attack", never
                # for "the deal" that one strikes)
                # an earlier mention of the thing: its owner ("Russia's attack", "a Russian missile
                # strike", "an attack by Russia"), or the subject of a verb of the same table that
                # made it ("Russia launched an attack ... Zelensky condemned the strikes")
                found = others([c for c in t.children if c.dep_ in ("poss", "amod")] + _prep_objects(t, "by"))
                if not found and lemma in self.mod.get("gathering_nouns", ()):
                    # (p20) a gathering told before with its parties: "after a tense meeting between their presidents
                    # ... The meeting was hosted by Gonsalves" → the presidents
                    found = others([v for g in _prep_objects(t, "between") for v in (g, *g.conjuncts)])
                # (modifiers that name no one, "large-scale military drills", leave it to the verb)
                if not found and t.dep_ == "dobj" and t.head.lemma_.lower() in verbs:
                    found = others(self._subject(t.head)[0])
                if not found and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" \
                        and (t.head.lower_ in self.mod["act_means_prepositions"]
                             and t.head.head.lemma_.lower() not in self.mod.get("act_means_not_verbs", ())
                             or lemma in self.mod.get("gathering_nouns", ())
                             and t.head.lower_ in self.mod.get("gathering_prepositions", ())):
                    # "Israeli troops arrested 18 Palestinians in raids ... Jordan condemned the raids":
                    # who acted in them (by means of them: not who "provided intelligence for the strike", h20f)
                    owners, passive = self._subject(t.head.head)
                    found = [] if passive else others(owners)
                if found:
                    return found
        return []

    def _asked(self, verb: Token) -> bool:
        """(h31e) Whether a verb is the open or clausal complement (or a conjunct of one), at most three levels down, of a
        verb of appeal, threat or wish (modality.yaml `hypothetical_verbs`): "urged Iran to stop attacking Israel",
        "called on Russia to end the invasion" tell what is asked, so they name no author of "the attack" told after."""
        t = verb
        for _ in range(3):
            if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
                return False
            t = t.head
            if t.lemma_.lower() in self.mod["hypothetical_verbs"]:
                return True
        return False

    def _makes(self, verb: Token, noun: Token) -> bool:
        """Whether a verb of the noun's `nominals` entry made the thing: any for an act (its object is
        whom it befell: "killed 40 civilians ... the massacre"); for a thing made by a support verb
        (modality.yaml `made_nouns`), the verb of the thing itself or one whose object is such a
        thing ("struck a deal" for the agreement, not "sites struck by warplanes")."""
        lemma, v = noun.lemma_.lower(), verb.lemma_.lower()
        if lemma not in self.mod.get("made_nouns", ()) or v[:4] == lemma[:4]:
            return True
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # (h25j) an entry "verb>object" of the noun's own names what the verb made it with ("upheld the sentence" for
        # "the decision")
        if any(f"{v}>{o.lemma_.lower()}" in self.nominals[lemma] for o in objs):
            return True
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objs.append(verb.head)  # "sites struck by warplanes": the sites were struck
        # an object of the same kind (the noun, or one made by another verb of its entry: "struck a deal"
        # for the agreement), and one that was made ("made no arrests" is no decision)
        own = set(self.nominals[lemma]) - {v}

        def kind(o: Token) -> bool:
            return o.lemma_.lower() == lemma or bool(own & set(self.nominals.get(o.lemma_.lower(), ())))
        # (h19l) or a compound on it, the thing the small parser hung before its participle ("signed a decree[compound]
        # suspending[compound] beef imports[dobj]": a decree was signed)
        return not objs or any((kind(o) or any(c.dep_ == "compound" and c.pos_ == "NOUN" and kind(c)
                                               for c in o.subtree if c.i < o.i))
                               and not any(c.dep_ == "det" and c.lower_ in self.mod["negating_determiners"] for c in o.children)
                               for o in objs)

    def _own(self, frame: _Frame, actor_id: str, speakers: frozenset[str]) -> bool:
        """Whether an actor is one of the speakers, or the speaker's country itself or its body of
        the same code ("for as long as it[Russia] takes" is not Russia's measure for the Kremlin; a
        Pakistani court's verdict is another body's for Pakistan's government)."""
        if actor_id in speakers:
            return True
        actor = frame.actors[actor_id]
        country = self._country(frame, actor_id)
        return any(country is not None and country == self._country(frame, s)
                   and (actor.kind == "country" or actor.code == frame.actors[s].code) for s in speakers)

    def _refusal_counterparts(self, frame: _Frame, p: Pattern, tok: Token, sources: list[str]) -> list[str]:
        """Whom a refusal until or unless another acts waits on: the subject of that clause (modality.yaml
        `refusal_condition_marks`; "if ... not" reads as "unless"), of another country than the refuser's
        ("will not sign the treaty until Armenia changes its constitution" → Armenia). A refusal is the
        complement of refuse / decline or an act negated under will / would that cameo.yaml `refusals` recodes,
        or the refusing verb's own rejection."""
        mod = self.mod
        refusing = tok.lemma_.lower() in mod["refusal_verbs"] and p.code.startswith("12")
        if not refusing and not (refusal_code(p.code) is not None and self._refusal(tok) and self._mode(tok, p.code) == "denied"):
            return []
        marks = mod.get("refusal_condition_marks", ())
        heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp" and refusing)]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in mod["refusal_verbs"]:
            heads.append(tok.head)
        own = {self._country(frame, s) for s in sources}
        for head in heads:
            for clause in head.children:
                if clause.dep_ != "advcl" or clause.i < tok.i:
                    continue
                mark = next((g for g in clause.children if g.dep_ == "mark"), None)
                if mark is None:
                    continue
                word = mark.lower_
                if any(g.dep_ == "neg" for g in clause.children):
                    word = mod.get("negated_marks", {}).get(word, word)
                if word not in marks:
                    continue
                subj, passive = self._subject(clause)
                if passive:
                    continue
                found = [a for a in self._actors(frame, subj, False) if self._country(frame, a) not in own]
                if found:
                    return found
        return self._refused_authority(frame, heads, sources)

    def _refused_authority(self, frame: _Frame, heads: list[Token], sources: list[str]) -> list[str]:
        """Who made the decision, order or plan a refusal is under, despite or defying (modality.yaml
        `refusal_authority`): "would not hand over its weapons under a government decision to disarm the group" →
        the government (the noun's owner, modifier or by-agent, else its maker told before)."""
        spec = self.mod.get("refusal_authority") or {}
        preps, verbs, nouns = set(spec.get("prepositions", ())), set(spec.get("verbs", ())), set(spec.get("nouns", ()))
        found_nouns = []
        for head in heads:
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    found_nouns += [g for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in verbs:
                    found_nouns += [g for g in c.children if g.dep_ == "dobj"]
        for noun in found_nouns:
            if noun.lemma_.lower() not in nouns:
                continue
            owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")] + _prep_objects(noun, "by") \
                + participle_agents(noun)
            found = [a for a in self._actors(frame, owners, False) if a not in sources]
            found = found or self._state_modifier_body(frame, owners, sources, spec.get("state_modifiers") or {})
            found = found or [a for a in self._author(frame, noun, noun, frozenset(sources)) if a not in sources]
            if found:
                return found
        return []

    def _state_modifier_body(self, frame: _Frame, owners: list[Token], sources: list[str], table: dict) -> list[str]:
        """A modifier naming a state body of no country ("a government decision", `table`: word → sector) is that
        body of the sources' one country; the composed actor joins the article's actors."""
        countries = {self._country(frame, s) for s in sources}
        country = next(iter(countries)) if len(countries) == 1 else None
        if not country or not re.fullmatch(r"[A-Z]{3}", country):
            return []
        for o in owners:
            sector = table.get(o.lemma_.lower())
            if not sector or frame.actor_at(o):
                continue
            return [frame.compose(f"{o.lemma_.lower()}:{country}", o.lemma_.lower(), country, sector).id]
        return []


def _plain_country(code: str | None) -> bool:
    """A plain three-letter country code: no international body (coref.yaml `international_prefixes`), no sector."""
    return bool(code) and re.fullmatch(r"[A-Z]{3}", code) is not None \
        and not code.startswith(tuple(coref_vocab()["international_prefixes"]))


def _authority_body(frame: _Frame, country: str, tok: Token, vocab: dict) -> str:
    """The body of `country` that made an arrest or charge told with no agent (`place_authority`): of the sector its
    verb says (`verb_sectors`: charged → the judiciary), else of the default `sector`."""
    sector, name = (vocab.get("verb_sectors") or {}).get(tok.lemma_.lower(), (vocab["sector"], vocab["name"]))
    return _country_body(frame, country, sector, name)


def _country_body(frame: _Frame, country: str, sector: str, name: str) -> str:
    """The id of the composed body of `sector` of `country` ("Tunisia government", "Russia police"), joined to the
    article's actors the first time it is asked for (`place_authority`, `dissent`)."""
    entry = load_kb().country(country)
    return frame.compose(f"authority:{country}{sector}", f"{entry.name if entry else country} {name}", country, sector).id


def _last_doers(prior: list[Event]) -> list[str]:
    """Who did the last of `prior`: its source, or all the coordinated doers of that one act (the same
    trigger and code, its span ending alike: "Britain, France and Germany triggered ...")."""
    if not prior:
        return []
    last = prior[-1]
    return list(dict.fromkeys(e.source_id for e in prior if e.span.end == last.span.end and e.trigger == last.trigger
                              and e.cameo_code == last.cameo_code))


def _sole_doers(prior: list[Event]) -> list[str]:
    """`_last_doers`, only when they did every act of `prior` (one party, or the doers of one act,
    did them all); else []."""
    doers = _last_doers(prior)
    return doers if all(e.source_id in doers for e in prior) else []
