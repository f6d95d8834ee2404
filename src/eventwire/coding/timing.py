"""Event dates: the time expression nearest an event's trigger, resolved against the article's
publication date by `coding.dates.resolve_date` (past for happened events, future for planned)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Event, EventDate
from .dates import ResolvedDate, _normalize, holiday_names, is_amount, resolve_date, shift_date
from .geo import dateline_end, names_thing
from .kb import read_yaml

TIME_LABELS = {"DATE", "TIME"}
_REF = dt.date(2000, 1, 5)  # any day: only the precision of an expression is asked of it


class EventDater:
    name = "dates"
    requires = ("doc", "events")
    assigns = ("events",)

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        vocab = read_yaml("dates.yaml")
        self.recency = {w for w in vocab.get("recency", []) if " " not in w and w != "just"}
        self.skip_preps = set(vocab.get("event_date_skip_prepositions", []))
        self.own_time = set(vocab.get("own_time_adverbs", []))
        self.reporting = set(read_yaml("repairs.yaml")["trailing_reporting_verbs"])  # one list with the parse repair
        self.undated = set(vocab.get("undated_adverbs", []))
        self.time_heads = set(vocab.get("date_modifier_time_heads", []))
        self.future_preps = set(vocab.get("future_prefixes", []))
        self.span_words = set(vocab.get("span_cue_words", []))
        self.span_tags = set(vocab.get("span_cue_tags", []))
        self.sequence = dict(vocab.get("sequence_words", {}))
        self.context_adverbs = set(vocab.get("context_adverbs", []))
        self.context_window = int(vocab.get("context_window", 0))
        self.context_pronouns = set(vocab.get("context_pronouns", []))
        self.quote_marks = tuple(vocab.get("context_quote_marks", []))
        self.equivalents: dict[str, set[str]] = {}
        for group in vocab.get("anchor_equivalents", []):
            for word in group:
                self.equivalents.setdefault(word, set()).update(group)
        self.light_verbs = set(vocab.get("anchor_light_verbs", []))
        self.late_words = set(vocab.get("late_day_words", []))
        self.years = (int(vocab["year_bounds"]["min"]), int(vocab["year_bounds"]["max"]))
        self.offset_adverbs = {str(k): int(v) for k, v in (vocab.get("offset_adverbs") or {}).items()}
        self.future_aux = set(vocab.get("future_auxiliaries", []))
        self.to_come_aux = set(vocab.get("to_come_auxiliaries", []))
        self.measure_stops = set(vocab.get("measure_stop_words", []))
        self.approximators = sorted(vocab.get("amount_approximators", []), key=len, reverse=True)
        self.reaction_roots = {str(r) for r in vocab.get("reaction_roots", [])}
        self.day_parts = set(vocab.get("day_part_words", []))
        self.simultaneous = set(vocab.get("simultaneous_marks", []))
        self.day_part_window = int(vocab.get("day_part_window", 0))
        self.day_bounds = set(vocab.get("day_bound_prepositions", []))
        self.day_times = set(vocab.get("time_of_day", []))
        self.weekdays = set(vocab.get("weekdays", {}))
        self.quote_words = int(vocab.get("context_quote_words", 0))
        self.anaphoric_days = {str(k): int(v) for k, v in (vocab.get("anaphoric_days") or {}).items()}
        self.occasion_nouns = set(vocab.get("occasion_nouns", []))
        self.occasion_preps = set(vocab.get("occasion_prepositions", []))
        self.when_words = set(vocab.get("when_relative_words", []))
        self.concurrent = set(vocab.get("concurrent_participles", []))
        self.untimed_marks = set(vocab.get("untimed_marks", []))
        self.neutral_marks = set(vocab.get("scene_neutral_marks", []))
        self.statement_window = int(vocab.get("statement_window", 0))
        self.occasion_words = set(vocab.get("occasion_relative_words", []))
        self.spokes_words = set(vocab.get("statement_spokes_words", []))
        self.arranging = set(vocab.get("arranging_verbs", []))
        self.object_pronouns = set(vocab.get("context_object_pronouns", []))
        # (h31f) determiners that make a noun definite; auxiliaries of a past perfect and of a past progressive
        self.definite = frozenset(vocab["referring_determiners"])
        self.past_perfect_aux = frozenset(vocab["past_perfect_auxiliaries"])
        self.past_progressive_aux = frozenset(vocab["past_progressive_auxiliaries"])
        self.sequence_light = set(vocab.get("sequence_light_verbs", []))
        self.prevented_preps = set(vocab.get("prevented_prepositions", []))
        self.state_preps = set(vocab.get("state_duration_prepositions", []))
        self.descriptors = set(vocab.get("descriptor_participles", []))
        self.media = set(vocab.get("medium_nouns", []))
        self.media_preps = set(vocab.get("medium_prepositions", []))
        self.perfect_lead_days = int(vocab.get("perfect_lead_days", 0))
        self.saying_verbs = set(vocab.get("reaction_saying_verbs", []))
        self.day_preps = set(vocab.get("day_prepositions", []))
        self.cause_preps = set(vocab.get("cause_prepositions", []))
        self.start_words = set(vocab.get("measure_start_words", []))
        self.lead_subject = bool(vocab.get("lead_subject_scene", False))
        self.reaction_noun_roots = {str(r) for r in vocab.get("reaction_noun_roots", [])}
        self.reaction_days = int(vocab.get("reaction_days", 0))
        self.published_fallback = bool(vocab.get("published_fallback", False))
        self.session_acts = set(vocab.get("session_acts", []))
        self.retold = [frozenset(g) for g in vocab.get("retold_acts", [])]
        self.retold_window = int(vocab.get("retold_window", 0))
        self.session_roots = {str(r) for r in vocab.get("session_statement_roots", [])}
        self.session_speakers = set(vocab.get("session_speakers", []))
        self.participle_deps = set(vocab.get("participle_act_deps", []))
        self.since_preps = set(vocab.get("since_prepositions", []))
        self.place_window = int(vocab.get("place_scene_window", 0))
        self.place_preps = set(vocab.get("place_scene_prepositions", []))
        self.anaphoric_event_anchor = bool(vocab.get("anaphoric_event_anchor", False))
        self.derived_reasons = set(vocab.get("derived_date_reasons", []))
        self.happening_preps = set(vocab.get("happening_time_prepositions", []))
        self.content_participles = bool(vocab.get("sequence_content_participles", False))
        self.state_sectors = set(vocab.get("context_state_sectors", []))
        self.skip_quoted_sentences = bool(vocab.get("statement_next_skips_quotation", False))
        self.next_statement_roots = {str(r) for r in vocab.get("statement_next_roots", [])}
        # (h32a) a day told relative to a dated report's, or to the clause a relative clause's noun is in
        self.report_anaphoric = bool(vocab.get("report_anaphoric", False))
        self.contrast_words = set(vocab.get("contrast_conjunctions", []))
        self.named_act = bool(vocab.get("named_act_reading", False))
        self.mention_exact = bool(vocab.get("mention_exact_fallback", False))
        self.shared_report = bool(vocab.get("shared_report_day", False))
        self.asked_participles = set(vocab.get("asked_participles", []))
        self.lead_background = bool(vocab.get("perfect_lead_sides", False))
        self.anaphoric_relative = bool(vocab.get("anaphoric_relative", False))
        # (h34c) a happening named as the subject of what it did ("Israeli air strikes killed five people on Monday")
        self.subject_mentions = bool(vocab.get("mention_subject_acts", False))
        # (h34c) a to-come clause of its own coordinated with the act; an intent's infinitive told by its own time
        self.to_come_conjuncts = bool(vocab.get("to_come_conjuncts", False))
        self.intent_verbs = set(vocab.get("intent_verbs", []))
        # (h34c) the start of a measure told by a participle the parser hung on a noun, or by "from" on an act to come;
        # the purpose of an act to come done on its day
        self.start_participles = bool(vocab.get("start_participles", False))
        self.start_preps = set(vocab.get("start_prepositions", []))
        self.purpose_own_day = bool(vocab.get("purpose_own_day", False))
        self.present_perfect_aux = frozenset(vocab.get("present_perfect_auxiliaries", []))
        self.shared_saying = bool(vocab.get("statement_conjuncts", False))
        self.quotation_attribution = bool(vocab.get("quotation_attribution_day", False))

    def __call__(self, doc: Doc, article: Article) -> Article:
        if not article.events:
            return article
        skip = dateline_end(doc.text)  # its date says when the story was filed, not when its events happened
        spans = [ent for ent in _time_spans(doc, self.years) if ent.start_char >= skip]  # once per article
        st = _State(doc, article, spans, lambda ent: self._measure(ent) or self._neutral(ent))
        # in the order of the text, so an act named again later finds the date its earlier telling was given
        # (`_State.dated`, read by `_mention_date`)
        where = {n: self._trigger(doc, e) for n, e in enumerate(article.events)}
        order = sorted(range(len(article.events)), key=lambda n: (
            article.events[n].span.start, where[n].i if where[n] is not None else -1, n))
        dated: dict[int, Event] = {}
        for n in order:
            e = self._scheduled(self._date(doc, article, article.events[n], spans, st), article)
            dated[n] = e
            trigger = self._trigger(doc, e)
            if trigger is not None and e.date is not None and e.date_precision == "day" and e.mode == "happened":
                st.dated.setdefault(trigger.i, {})[e.event_date] = (e.date.text, ResolvedDate(
                    e.date.text, e.event_date, e.date_precision, e.date.recent, e.date.reason))
        events = tuple(dated[n] for n in range(len(article.events)))
        return replace(article, events=events)

    @staticmethod
    def _scheduled(e: Event, article: Article) -> Event:
        """An act told as done whose own day falls after publication is one set for that day: "announced
        additional tariffs ..., effective March 10" (published March 4) imposes them from then, planned."""
        if e.mode == "happened" and e.date_precision == "day" and e.event_date and article.published is not None \
                and e.event_date > article.published.isoformat():
            return replace(e, mode="planned")
        return e

    def _measure(self, ent) -> bool:
        """Whether a time entity only measures a length of time ("four hours of talks", "an hours-long battle"
        read as "hours", "for two years", "within 72 hours"): an amount that is no offset ("two days later",
        "hours after the vote", "three days ago" move a date: `offset_adverbs`, `sequence_words`)."""
        if not (is_amount(ent.text) or self._approximate_amount(ent.text)) or ent.root.dep_ == "npadvmod":
            return False
        doc = ent.doc
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        return after not in self.offset_adverbs and after not in self.sequence and after not in self.measure_stops

    def _approximate_amount(self, text: str) -> bool:
        """(h33g) An amount of time told roughly ("more than a decade", "nearly three years", "almost 24 hours";
        dates.yaml `amount_approximators`): still a length measured, no time phrase of its sentence."""
        s = _normalize(text)
        return any(s.startswith(w + " ") and is_amount(s[len(w) + 1:]) for w in self.approximators)

    def _neutral(self, ent) -> bool:
        """Whether a time entity only says since when a state has held ("has been Brazil's largest trading partner
        since 2009", "have been at odds since India revoked ... in 2019"; dates.yaml `scene_neutral_marks`): it sets
        no scene of its sentence, so it neither dates the acts after it by context nor breaks a scene carried
        across it."""
        if not self.neutral_marks:
            return False
        for t in [ent.root, *ent.root.ancestors]:
            if (t.dep_ == "prep" or t.dep_ == "mark") and t.lower_ in self.neutral_marks:
                return True
            if any(c.dep_ == "mark" and c.lower_ in self.neutral_marks for c in t.children):
                return True
            if t.dep_ in ("ROOT", "relcl", "ccomp"):
                return False
        return False

    def _trigger(self, doc: Doc, e: Event) -> Token | None:
        span = doc.char_span(e.span.start, e.span.end, alignment_mode="expand")
        if span is None:
            return None
        return next((t for t in span if t.text == e.trigger), span.root)

    def _expressions(self, trigger: Token, spans: list, *, own: bool = False,
                     detail: bool = False, trailing: bool = False) -> list[tuple]:
        """(distance in the tree, text, first token, whether it is a report's) of the time expressions
        `spans` (outside a dateline) in the trigger's sentence; with `own`, only those in the trigger's
        own clause (not on a verb above it: "announced on Wednesday that it would invest" dates the
        announcement, not the investment). A date on a reporting verb above the act ("said on Monday
        it had arrested 14 people") is the report's: it dates the act only with the reason `report`.
        With `detail`, each also says how far up the act's own verb is (0: on it) and whether the
        expression is on a verb coordinated below it."""
        sent = trigger.sent
        out = []
        ancestors = {trigger.i: 0}
        t, d = trigger, 0
        inside_relative = None  # depth of the relative clause the trigger is in, if any
        where_relative = False
        sequenced = None  # depth of a "before"/"after" phrase the trigger is named in, if any
        after_clause = None  # depth of a "before"/"after" clause the trigger is in: a day above it is not its
        while t.head.i != t.i:
            if t.dep_ == "relcl" and inside_relative is None:
                inside_relative = d
                # (h22d) a "where" clause the parser hangs on a date tells a place, not that time ("visited Bucha on
                # Tuesday, where Russian troops killed hundreds": `_occasion_relative` decides)
                where_relative = any(c.dep_ == "advmod" and c.lower_ in self.occasion_words for c in t.children)
            if t.dep_ == "pobj" and t.head.lower_ in self.skip_preps and sequenced is None:
                sequenced = d + 1  # "fired missiles ... after two days of U.S. strikes[pobj]"
            if t.dep_ == "advcl" and sequenced is None and any(
                    c.dep_ == "mark" and c.lower_ in self.sequence and not any(g.dep_ == "npadvmod" for g in c.children)
                    and not (c.i > c.sent.start and c.nbor(-1).dep_ == "npadvmod") for c in t.children) and not any(c.dep_ == "npadvmod" for c in t.children):
                # "lodged a protest on Wednesday after officers attacked[advcl] a boat": not Wednesday (but "hours
                # after", an amount, and a month or a year: "resigned in January after a student was beaten")
                after_clause = d
            if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in self.sequence and after_clause is None \
                    and not any(c.dep_ == "npadvmod" for c in t.head.children):
                # (h27f) ... and so is one above a gerund "after" or "before" ("cut ties with Rwanda on Saturday ...
                # after accusing[pcomp] its neighbour of sending troops": the accusation came before Saturday)
                after_clause = d
            t, d = t.head, d + 1
            ancestors[t.i] = d
        # (h34c) an act to come (a future auxiliary on its verb) may be told with its start by a participle the parser
        # hung on a noun ("will supply gas to Turkey's operator BOTAS starting[acl] in 2027")
        clause = self._clause_verb(trigger)
        to_come_start = self.start_participles and self._has_aux(clause, self.future_aux)
        # (h34c) an act in the present perfect ("has held talks", "have pledged troops") takes no time phrase of another
        # verb: English gives it none of a past time ("*has held talks last year")
        perfect_now = clause.tag_ == "VBN" and self._has_aux(clause, self.present_perfect_aux)
        for ent in spans:
            if not (sent.start <= ent.start < sent.end):
                continue
            root = ent.root
            if root.dep_ in ("compound", "amod", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
                    and root.i < root.head.i and root.head.i not in ancestors \
                    and root.head.lemma_.lower() not in self.time_heads and not self._dated_occasion(root.head, ancestors) \
                    and not self._misread_day(ent):
                continue  # a date naming a thing, not when the act was: "a violation of the November ceasefire"
            if self._names_happening_time(ent, trigger):
                continue  # (h29d) "welcomed Baghdad's decision in March": the decision's month, not the welcome's
            if self._closes_cause(ent, spans):
                continue  # (h23f) "sentenced Hasina ... on Monday over a deadly crackdown on protesters last year[npadvmod]"
            # tree distance: climb from the entity root until an ancestor of the trigger
            u, k = ent.root, 0
            relative = False  # "Qatar, which brokered a ceasefire in March, invited ...": March is the brokering's
            coordinated = False  # on a verb coordinated below the act's: "... and called for protests next week"
            start = False  # (h24c) when a measure starts: "announced tariffs ..., effective March 10"
            contrast = False  # (h32a) on a clause of its own set against the act's: "..., but the truce held on Sunday"
            while u.i not in ancestors and u.head.i != u.i:
                # ... and so is a date inside any other clause that does not hold the act ("days after
                # Zelenskiy met Trump on Nov 14", "hostages seized during the October 7 attack"); a free
                # relative of naming is a noun phrase ("struck what Islamabad described as militant
                # hideouts ... late on Tuesday")
                relative = relative or u.dep_ == "relcl" or (
                    u.dep_ in ("advcl", "acl", "pcomp", "ccomp") and u.pos_ in ("VERB", "AUX")
                    and not (to_come_start and u.lower_ in self.start_words and u.tag_ == "VBG")
                    and not names_thing(u) and not self._concurrent_participle(u) and not self._prevented_closing(u, ent)
                    and not self._state_closing(u, ent, ancestors) and not self._purpose_day(u, ent, ancestors)
                    and not self._descriptor_day(u, ent, ancestors) and not self._medium_day(u, ent, ancestors))
                coordinated = coordinated or (u.dep_ == "conj" and u.pos_ in ("VERB", "AUX"))
                contrast = contrast or self._contrast_clause(u) or self._to_come_conjunct(u, trigger)
                start = start or u.lower_ in self.start_words
                u, k = u.head, k + 1
            if contrast:
                continue
            if relative:
                closing = self._closing_relative(ent, trigger)
                if closing is not None:
                    out.append((50, closing, ent.start, False, 0, False))
                continue
            if start and u.i != trigger.i:
                continue  # (h24c) "announced tariffs ..., effective March 10, and the ministry added ...": not added's
            if u.i != trigger.i and u.i > trigger.i and u.lemma_.lower() in self.reporting and not trailing:
                continue  # "X carried out airstrikes ..., officials said on Tuesday": the saying's date
            if inside_relative is not None and ancestors.get(u.i, 10) > inside_relative \
                    and not (ancestors.get(u.i) == inside_relative + 1 and u.i == ent.root.i and not where_relative):
                continue  # "Egypt, which has mediated ..., invited both sides to talks next month": the invitation's
            if after_clause is not None and ancestors.get(u.i, 10) > after_clause \
                    and resolve_date(ent.text, _REF).precision == "day":
                continue
            if sequenced is not None and ancestors.get(u.i, 10) > sequenced:
                continue  # "said on Monday it had fired ... after two days of U.S. strikes": not the strikes' date
            if perfect_now and (coordinated or (u.i not in (clause.i, trigger.i)
                                                and u.lemma_.lower() not in self.reporting)):
                continue  # (h34c) "signed a deal last year and has held talks with China": not last year's talks
            dist = k + ancestors.get(u.i, 10)
            if own and u.i != trigger.i and not (u.i == trigger.head.i and trigger.dep_ == "acomp") \
                    and not (u.i == clause.i and self._arranging(u)) \
                    and not (u.i == trigger.head.i and self._purpose_of(trigger)):
                continue  # (the copula of an adjective is the act's own verb: "is due[acomp] in Kigali on Saturday")
            text = ent.text
            prep = ent.root.head if ent.root.dep_ == "pobj" else None
            if prep is None and ent.root.head.dep_ == "pobj" and ent.root.head.head.dep_ == "prep" \
                    and ent.root.head.i != trigger.i:
                # "since the 2021 coup": the date modifies the pobj (but "high since a 2023 attack[trigger]
                # by Serb gunmen" dates the attack itself)
                prep = ent.root.head.head
            # a "when" clause on the date itself tells what happened then, also under "since" ("at war since
            # February 2022, when Russia invaded[relcl] Ukraine": the invasion's date)
            when_clause = inside_relative is not None and u.i == ent.root.i \
                and ancestors.get(u.i) == inside_relative + 1 and self._when_relative(ent.root, trigger)
            if prep is not None and prep.dep_ == "prep" and not when_clause:
                if prep.lower_ in self.skip_preps and not (
                        prep.lower_ in self.day_bounds and u.tag_ in ("VBD", "VBN")
                        and any(t.lower_ in self.day_times for t in prep.subtree)
                        and any(t.lower_ in self.weekdays for t in ent)) and not (
                        prep.lower_ in self.start_preps and prep.head.i == u.i
                        and self._has_aux(u, self.future_aux)):
                    # ("had detected 21 warships by Tuesday evening": on Tuesday; (h34c) "will raise tariffs ... from
                    # Nov. 15": the act to come starts then)
                    continue
                if prep.lower_ in self.future_preps and is_amount(ent.text) and self._measures_span(prep):
                    continue  # "Modi's first visit to China in seven years": a span, not seven years from now
                text = f"{prep.text} {text}"
            first = prep if prep is not None and prep.dep_ == "prep" else ent[0]
            if first.i > sent.start and first.nbor(-1).lower_ in self.late_words:
                text = f"{first.nbor(-1).text} {text}"  # "late on Tuesday": late in the day (dates.shift_date)
            report = u.i != trigger.i and u.lemma_.lower() in self.reporting
            out.append((dist, text, ent.start, report, ancestors.get(u.i, 10), coordinated))
        for tok in sent:
            if tok.lower_ in self.recency and tok.ent_type_ not in TIME_LABELS:
                dist = 0 if tok.head.i == trigger.i else 3
                out.append((dist, tok.text, tok.i, False, 0 if tok.head.i == trigger.i else 10, False))
        # nearest first; of two as near, the one on the act's own verb before one on a verb above it
        # ("Dbeibah, whose government accepted ... earlier this year, welcomed the warrant on Thursday",
        # with the relative clause misparsed as the main verb), then the earlier in the text
        out.sort(key=lambda x: (x[0], x[4], x[2]))
        return out if detail else [x[:4] for x in out]

    def _contrast_clause(self, verb: Token) -> bool:
        """(h32a) Whether `verb` heads a clause of its own (a subject of its own) coordinated by a contrasting conjunction
        (dates.yaml `contrast_conjunctions`) after the verb it hangs on: "India and Pakistan accused each other of
        violating a ceasefire ..., but the truce appeared to be holding on Sunday" (Sunday is the truce's, not the
        accusation's). Not a second verb of the same subject ("killed 12 people and set fire to homes on Monday")."""
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or not self.contrast_words:
            return False
        head = verb.head
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and any(
            c.dep_ == "cc" and c.lower_ in self.contrast_words and head.i < c.i < verb.i for c in head.children)

    def _to_come_conjunct(self, verb: Token, trigger: Token) -> bool:
        """(h34c) Whether `verb` is a verb coordinated below the act told as what is to come (an auxiliary of dates.yaml
        `to_come_auxiliaries`) while the act's own verb is not: its time phrases are those of what is to come, never the
        act's ("Rutte said the alliance stood in solidarity with Estonia and that ambassadors would discuss the incident
        at a meeting on Friday": not Friday; "Germany condemned the attack and will send aid on Monday")."""
        if not self.to_come_conjuncts or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        return self._has_aux(verb, self.to_come_aux) and not self._has_aux(self._clause_verb(trigger), self.to_come_aux)

    def _intent_phrase(self, anchor: Token, tok: Token) -> bool:
        """(h34c) Whether the time phrase at `tok` sits in the infinitive complement of a verb of intent on the way up to
        `anchor` (dates.yaml `intent_verbs`): it tells when what was agreed or decided is to be done, so it is read into
        the future ("the African Union and the EU had agreed to convene[xcomp] a joint meeting in May", published in
        March: May of this year, not last year's)."""
        if not self.intent_verbs:
            return False
        u = tok
        while True:  # up to the anchor, itself included ("voted to expel[anchor] the ambassador in April")
            if u.dep_ == "xcomp" and u.head.lemma_.lower() in self.intent_verbs \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in u.children):
                return True
            if u.i == anchor.i or u.head.i == u.i:
                return False
            u = u.head

    def _closes_cause(self, ent, spans: list) -> bool:
        """(h23f) Whether a time phrase the parser hung on the verb right after a phrase of the act's cause (dates.yaml
        `cause_prepositions`: "over a deadly crackdown on protesters last year") dates that cause, not the act: it
        follows the cause phrase with no comma, and the act has another time phrase on it."""
        root = ent.root
        if root.dep_ != "npadvmod" or ent.start == 0:
            return False
        verb = root.head
        doc = ent.doc
        prev = doc[ent.start - 1]
        cause = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in self.cause_preps
                      and c.right_edge.i == prev.i and c.i < ent.start), None)
        return cause is not None and not prev.is_punct and any(
            o is not ent and o.sent.start == ent.sent.start and o.start < cause.i for o in spans)

    def _misread_day(self, ent) -> bool:
        """(h23f) Whether a day the parser read as a noun's modifier is a time phrase: a month's day right after "on"
        ("signed an executive order on Feb. 7[nmod] halting[amod] aid[pobj]"; dates.yaml `day_prepositions`), not "the
        Feb. 7 order"."""
        doc = ent.doc
        if ent.start == 0 or doc[ent.start - 1].lower_ not in self.day_preps or doc[ent.start - 1].dep_ != "prep":
            return False
        r = resolve_date(ent.text, _REF)
        return r.reason in ("month_day", "explicit") and r.precision == "day"

    def _prevented_closing(self, gerund: Token, ent) -> bool:
        """(h23f) Whether a time phrase closing the sentence inside the gerund of what the act prevented is the act's
        own ("barred Thiam from running in October's election on Monday": the barring, Monday; dates.yaml
        `prevented_prepositions`): what was prevented did not happen, so the day told is not its. Only a gerund with
        no subject of its own on the preposition of the act's verb, and a day told relative to publication."""
        if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.head.lower_ not in self.prevented_preps \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in gerund.children):
            return False
        end = ent.end
        doc = ent.doc
        if end < len(doc) and not (doc[end].is_punct and doc[end].text in ".;") or end >= ent.sent.end:
            return False
        return resolve_date(ent.text, _REF).reason in ("weekday", "relative_day", "relative_week")

    def _state_closing(self, participle: Token, ent, ancestors: dict[int, int]) -> bool:
        """(h25b) Whether a day closing a past participle that tells how long the act's object had been in a state
        ("Hamas freed three Israeli women held in Gaza for 471 days on Sunday"; dates.yaml `state_duration_prepositions`)
        is the act's: a state measured over a span has no single day, so the parser's attachment is wrong. Only a
        participle with no auxiliary or subject of its own on an object of the act's verb (or of one above it), a measured
        span before the day, and a day told relative to publication that closes the participle's phrase."""
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.dep_ not in ("dobj", "nsubjpass") \
                or participle.head.head.i not in ancestors or any(
                    c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in participle.children):
            return False
        if ent.end - 1 != participle.right_edge.i:
            return False
        if resolve_date(ent.text, _REF).reason not in ("weekday", "relative_day"):
            return False
        first = ent.root.head.i if ent.root.dep_ == "pobj" and ent.root.head.i < ent.start else ent.start
        return any(c.dep_ == "prep" and c.lower_ in self.state_preps and c.i < first
                   and any(x.dep_ == "pobj" and is_amount(" ".join(w.text for w in x.subtree if w.i < first))
                           for x in c.children)
                   for c in participle.children)

    def _descriptor_day(self, participle: Token, ent, ancestors: dict[int, int]) -> bool:
        """(h27f) Whether a day the parser hung on a past participle that only says who leads or makes up the act's object
        ("Egypt hosted a Hamas delegation led[acl] by Khalil al-Hayya in Cairo on Tuesday"; dates.yaml
        `descriptor_participles`) is the act's: the participle tells a standing state, not an act with a day. Only a
        participle with an agent and no auxiliary or subject of its own on an object of an act told in the simple past,
        and a day told relative to publication on the participle itself."""
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lower_ not in self.descriptors \
                or participle.head.dep_ not in ("dobj", "nsubjpass", "pobj"):
            return False
        if not any(c.dep_ == "agent" for c in participle.children) or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in participle.children):
            return False
        verb = participle.head.head if participle.head.dep_ != "pobj" else participle.head.head.head
        if verb.i not in ancestors or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        root = ent.root
        if not (root.head.i == participle.i or (root.dep_ == "pobj" and root.head.dep_ == "prep"
                                                and root.head.head.i == participle.i)):
            return False
        return resolve_date(ent.text, _REF).reason in ("weekday", "relative_day")

    def _medium_day(self, participle: Token, ent, ancestors: dict[int, int]) -> bool:
        """(h33g) Whether a day on a past participle that tells when the statement, letter or message an act is told in
        went out is the act's (dates.yaml `medium_nouns`, `medium_prepositions`): "rejected the decision in a statement
        read[acl] on national radio late on Wednesday", "In a diplomatic note delivered[acl] on Monday, Mexico asked Lima
        ...", "In an audio message circulated[acl] on social media on Sunday, Hasina called the vote a farce": the act
        is done by that statement, that day. Only a participle with no auxiliary, subject or agent of its own on such a
        noun under such a preposition on a verb above the act (or the act's own, or its object: "rejected the sanctions[← in]
        in a statement read ..."), and a day told by a weekday, a
        relative day or a month's day on the participle itself."""
        if not self.media or participle.dep_ != "acl" or participle.tag_ != "VBN" \
                or participle.head.lemma_.lower() not in self.media or participle.head.dep_ != "pobj" \
                or participle.head.head.lower_ not in self.media_preps:
            return False
        holder = participle.head.head.head  # the act's verb, or its object the parser hung the phrase on
        if holder.i not in ancestors and not (holder.dep_ == "dobj" and holder.head.i in ancestors):
            return False
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "agent") for c in participle.children):
            return False
        root = ent.root
        if not (root.head.i == participle.i or (root.dep_ == "pobj" and root.head.dep_ == "prep"
                                                and root.head.head.i == participle.i)):
            return False
        return resolve_date(ent.text, _REF).reason in ("weekday", "relative_day", "month_day")

    def _purpose_of(self, verb: Token) -> bool:
        """(h34c) Whether `verb` is the infinitive of purpose of the verb it hangs on (an advcl with "to", no subject or
        mark of its own): what it tells is done on that verb's occasion, so an act to come takes that verb's day ("he
        would travel to Brussels on Thursday to ask[advcl] NATO allies for more air defence systems": the asking
        Thursday); dates.yaml `purpose_own_day`."""
        return self.purpose_own_day and verb.dep_ == "advcl" and verb.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)

    def _purpose_day(self, purpose: Token, ent, ancestors: dict[int, int]) -> bool:
        """(h25b) Whether a day on the infinitive of purpose of an act told in the simple past dates the act too: "China
        sent warships ... to surround Taiwan on Tuesday" (the sending Tuesday). Only an infinitive with no subject of its
        own right on the act's verb, and a day told relative to publication on the infinitive itself."""
        head = purpose.head
        if purpose.dep_ != "advcl" or purpose.tag_ != "VB" or head.i not in ancestors or head.tag_ != "VBD" \
                or any(c.dep_ == "aux" for c in head.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in purpose.children):
            return False
        root = ent.root
        if not (root.head.i == purpose.i or (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == purpose.i)):
            return False
        return resolve_date(ent.text, _REF).reason in ("weekday", "relative_day")

    def _arranging(self, verb: Token) -> bool:
        """(h23f) Whether the time phrase of `verb`, the verb a nominal act is the object of, is the act's own when the
        act is planned: a verb with a future auxiliary ("will host talks ... on Sunday") or a scheduling word
        (dates.yaml `arranging_verbs`: "is set to host talks on Sunday", read "set to[prep] host talks[pobj]")."""
        return verb.lemma_.lower() in self.arranging or self._has_aux(verb, self.future_aux)

    def _concurrent_participle(self, verb: Token) -> bool:
        """Whether `verb` is a participle set off by a comma that tells the occasion of the act it hangs on
        ("Speaking at a news conference on Tuesday, the minister condemned ...", "Addressing parliament on Monday,
        ..."; dates.yaml `concurrent_participles`): its time phrase is the act's. Not one with a mark, an
        auxiliary or a subject of its own ("after meeting", "having met")."""
        doc, left, right = verb.doc, verb.left_edge, verb.right_edge
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in self.concurrent \
                and verb.head.dep_ == "nsubj" and verb.head.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            # (p23) ... or set off by commas right after the act's subject ("Gonzalez, speaking at a rally in Caracas on
            # Tuesday, rejected the accusation")
            return left.i > 0 and doc[left.i - 1].text == "," and right.i + 1 < len(doc) and doc[right.i + 1].text == ","
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in self.asked_participles \
                and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            # (h32a) a question put to the speaker, opening the sentence ("Asked about the phone calls on Monday, Wang
            # said ..."; dates.yaml `asked_participles`): the answer is given when asked
            return left.i == verb.sent.start and right.i + 1 < len(doc) and doc[right.i + 1].text == ","
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in self.concurrent \
                or verb.head.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return False
        if verb.i < verb.head.i:
            return left.i == verb.sent.start and right.i + 1 < len(doc) and doc[right.i + 1].text == ","
        return left.i > verb.sent.start and doc[left.i - 1].text == ","

    def _dated_occasion(self, noun: Token, ancestors: dict[int, int]) -> bool:
        """Whether a date before a noun dates the act because the noun is the occasion the act was done in or
        during, on the act's own verb ("ousted the president in a 2021 coup", "seized 251 hostages during its
        Oct. 7, 2023 attack"; dates.yaml `occasion_nouns`, `occasion_prepositions`)."""
        return noun.lemma_.lower() in self.occasion_nouns and noun.dep_ == "pobj" \
            and noun.head.lower_ in self.occasion_preps and noun.head.head.i in ancestors

    def _when_relative(self, date: Token, trigger: Token) -> bool:
        """Whether the trigger is in a "when" clause on the date `date` ("since April 2023, when fighting erupted")."""
        rel = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
        return rel is not None and rel.head.i == date.i and any(
            c.dep_ == "advmod" and c.lower_ in self.when_words for c in rel.children)

    def _closing_relative(self, ent, trigger: Token) -> str | None:
        """The text of a weekday's part of the day that closes a relative clause in the simple past on the act's
        object ("detained two employees who refused to leave an office in Zvecan on Wednesday afternoon, and
        released them on Thursday morning"): the parser hangs such a phrase on the nearest verb, but it tells
        the scene of the act too; a last resort, after the act's own time phrases (None when it is not one)."""
        rel = next((t for t in [ent.root, *ent.root.ancestors] if t.dep_ == "relcl"), None)
        if rel is None or rel.head.dep_ != "dobj" or rel.head.head.i != trigger.i or rel.tag_ != "VBD" \
                or any(c.dep_ in ("aux", "auxpass") for c in rel.children):
            return None
        phrase = ent.root
        while phrase.dep_ in ("compound", "pobj", "prep") and phrase.i != rel.i and phrase.head.i != rel.i \
                and phrase.head.pos_ in ("NOUN", "PROPN", "ADP"):
            phrase = phrase.head
        if phrase.head.dep_ == "prep" and phrase.dep_ == "pobj":
            phrase = phrase.head
        words = list(phrase.subtree)
        if words[-1].i != rel.head.right_edge.i or not any(t.lower_ in self.day_times for t in words) \
                or not any(t.lower_ in self.weekdays for t in words):
            return None
        return " ".join(t.text for t in words)

    def _measures_span(self, prep: Token) -> bool:
        """Whether "in N <unit>" under `prep` counts back over a span: a first / last / only, an
        ordinal, a superlative or a negation before it in the phrase it hangs on, or in that verb's
        clause outside its subject and other clauses ("the first convoy will arrive in two days" is
        an offset)."""
        head = prep.head
        words = [head]
        if head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.i < prep.i and child.dep_ not in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl",
                                                           "advcl", "ccomp", "relcl", "parataxis"):
                    words.extend(child.subtree)
        else:
            words.extend(t for t in head.subtree if t.i < prep.i)
        return any(t.lower_ in self.span_words or t.tag_ in self.span_tags or t.ent_type_ == "ORDINAL"
                   for t in words)

    def _sequence(self, trigger: Token) -> tuple[Token, int, str | None] | None:
        """(the token whose date is the anchor, sign, amount) when the trigger's act is placed before or
        after another: "withdrew on Thursday, a day after Israel struck ..." → (withdrew, -1, "a day");
        also a noun ("two days after the strike"). None when the trigger is in no such clause."""
        t = trigger
        while t.head.i != t.i:
            if t.dep_ == "advcl":
                mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in self.sequence), None)
                if mark is None:
                    return None
                amounts = [c for x in (t, mark) for c in x.children if c.dep_ == "npadvmod" and c.i < mark.i]
                break
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in self.sequence:
                mark = t = t.head
                amounts = [c for c in mark.children if c.dep_ == "npadvmod"]
                if mark.head.dep_ == "npadvmod" and mark.head.i < mark.i:
                    t = mark.head  # "a day after the strike" with the preposition on "day"
                    amounts = [t]
                break
            if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj" and self.content_participles:
                # (h29d) what the object of the act says or does: "came a day after the Security Council adopted a
                # resolution demanding[acl] that the Houthis stop" (the demand is made by the adoption)
                t = t.head
                continue
            if t.dep_ in ("relcl", "ccomp", "acl", "csubj", "parataxis"):
                return None
            t = t.head
        else:
            return None
        amount = " ".join(x.text for x in amounts[0].subtree if x.i < mark.i) if amounts else None
        return t.head, self.sequence[mark.lower_], amount

    def _resolve(self, anchor: Token, spans: list, article: Article, direction: str, *,
                 own: bool = False, outside: set[int] | frozenset[int] = frozenset()) -> tuple[str, ResolvedDate] | None:
        """The first expression of `anchor` (not starting on a token in `outside`) that resolves. One on
        a verb coordinated with the act is that verb's when the act has a date of its own ("rejected the
        election on Thursday and called for protests next week"); else it may be shared ("killed 12
        people and set fire to homes on Monday")."""
        found = []
        for _dist, text, start, report, up, coordinated in self._expressions(anchor, spans, own=own, detail=True):
            if start in outside:
                continue
            here = "future" if direction == "past" and self._intent_phrase(anchor, anchor.doc[start]) else direction
            r = resolve_date(text, article.published, direction=here)
            if r.value is not None or r.recent:
                found.append((text, (replace(r, reason="report") if report and r.value is not None else r),
                              up == 0 and not coordinated and r.value is not None, coordinated))
        if any(x[2] for x in found):
            found = [x for x in found if not x[3]]
            if found[0][1].reason == "report":
                # a time phrase in the act's own clause before a report's nearer one ("announced a
                # ceasefire on Tuesday, after clashes ... on Monday night killed two people": Monday)
                found = [x for x in found if x[2]] + [x for x in found if not x[2]]
        return found[0][:2] if found else None

    def _date(self, doc: Doc, article: Article, e: Event, spans: list, st: "_State") -> Event:
        trigger = self._trigger(doc, e)
        if trigger is None:
            return e
        # what is planned, or would happen if something else did, is not yet: "plan to march on Thursday
        # if their demands are not met" is next Thursday, not last
        direction = "future" if e.mode in ("planned", "hypothetical") else "past"
        verb = self._clause_verb(trigger)  # "hit back hours later with attacks[trigger]": hit's adverbs
        adverbs = {c.lower_ for t in {trigger, verb} for c in t.children if c.dep_ == "advmod"}
        if adverbs & self.undated:
            return e
        if e.mode == "happened" and self._has_aux(verb, self.to_come_aux):
            # an act told by what is to come ("said it would close the border on Friday": a threat, 13x; "will not
            # attend the summit next week": a refusal): its own time phrases are the act's to come, so it takes
            # only the date of the report that makes it ("said on Tuesday it would close ...", reason `report`)
            return self._reported_only(trigger, spans, article, e, st)
        own = e.mode == "planned" or bool(adverbs & self.own_time)
        sequence = self._sequence(trigger)
        if sequence is not None and sequence[2] is not None:
            # "a day after X": X's own date if it has one, else the anchor's moved by the amount
            found = self._resolve(trigger, spans, article, direction, own=True)
            if found is None:
                anchor = self._resolve(sequence[0], spans, article, direction)
                if anchor is None and e.mode == "happened":
                    anchor = self._named_again(sequence[0], spans, article, st)
                if anchor is None:
                    # (h23f) "a day after the attack[trigger] on Kharkiv": the act named again is dated by its
                    # earlier mention ("shelled Kharkiv on Monday"; reason `anchor`)
                    again = self._mention_date(trigger, spans, article, st) \
                        if trigger.pos_ == "NOUN" and e.mode == "happened" else None
                    if again is None or _after_publication(again[1], article):
                        # (h27f) "have signed a treaty ..., a day before its heads of state meet": the lead's day
                        lead = self._perfect_lead(trigger, spans, article, st) if e.mode == "happened" else None
                        if lead is None:
                            return e
                        again = lead
                    text, r = again[0], replace(again[1], reason="anchor")
                    date = EventDate(r.value, r.precision, text, r.recent, r.reason)
                    return replace(e, event_date=r.value, date_precision=r.precision, date=date)
                r = shift_date(anchor[1], sequence[2], sequence[1])
                if r.value is None:
                    return e
                found = (f"{anchor[0]}, {sequence[2]} {'after' if sequence[1] < 0 else 'before'}", r)
        else:
            phrase = self._anchored(trigger)
            outside = phrase[0] if phrase is not None else frozenset()
            found = self._resolve(trigger, spans, article, direction, own=own, outside=outside)
            if found is not None and found[1].reason == "report" and e.mode == "happened":
                found = self._report_anaphoric(trigger, found, spans) or found
            if found is None:
                if phrase is not None:
                    # "attacked Cabaret hours before the vote": the vote's date moved by the amount; the
                    # expressions inside the phrase are the vote's, never the act's
                    found = self._from_anchor(phrase, spans, article, direction, st)
                elif e.mode == "happened":
                    found = self._offset(verb, spans, article, st)
                    if found is None:
                        found = self._anaphoric_day(trigger, spans, article, st)
                    if found is None and not self._own_phrases(trigger, spans):
                        found = self._context(trigger, spans, article, st)
                        if found is None:
                            found = self._parties_scene(trigger, e, spans, article, st)
                        if found is None:
                            found = self._statement(trigger, e, spans, article, st)
                        if found is None:
                            found = self._statement_next(trigger, e, spans, article, st)
                        if found is None:
                            found = self._quoted_attribution(trigger, spans, article, st)
                if e.mode == "happened":
                    # the readings of an act that happened with no time phrase of its own, in order; the first that
                    # dates it wins
                    readings = (
                        lambda: self._reaction(trigger, e, spans, article, st),
                        lambda: self._retold(trigger, e, spans, article, st),
                        lambda: self._after_today(trigger, spans, article, st, e),
                        lambda: self._lead_subject(trigger, e, spans, article, st) if self.lead_subject else None,
                        lambda: self._session(trigger, e, spans, article, st),
                        lambda: self._occasion_relative(trigger, e, spans, article, st),
                        lambda: self._simultaneous(trigger, spans, article, st),
                        lambda: self._day_part(trigger, verb, spans, article, st),
                        lambda: self._coordinated(verb, spans, st),
                        lambda: self._participle_act(trigger, spans, article, st),
                        lambda: self._named_act(trigger, e, spans, article, st),
                        lambda: self._since_month(trigger, spans, article, st),
                        lambda: self._place_scene(trigger, spans, article, st),
                        lambda: self._perfect_lead(trigger, spans, article, st),
                    )
                    for reading in readings:
                        if found is not None:
                            break
                        found = reading()
                if found is not None and e.mode == "happened" and _after_publication(found[1], article):
                    return e  # what happened is not after publication: an anchor or a scene read as a plan
        if found is None and e.mode == "happened" and not own:
            found = self._restated(trigger, spans, article, st)
        if found is None and e.mode == "happened" and self.published_fallback and not own:
            found = self._published(trigger, verb, spans, article)
        if found is None:
            return e
        text, r = found
        date = EventDate(r.value, r.precision, text, r.recent, r.reason)
        return replace(e, event_date=r.value, date_precision=r.precision, date=date)

    def _reported_only(self, trigger: Token, spans: list, article: Article, e: Event,
                       st: "_State | None" = None) -> Event:
        """`e` dated by the time phrase of the reporting verb above its trigger, and by nothing else: one before
        its clause or, since the threat or refusal is made in the saying, one closing it ("“We will strike back,”
        Araqchi said on Tuesday"); else the statement the report continues ("He also said Iran would ...")."""
        for _dist, text, _start, report in self._expressions(trigger, spans, trailing=True):
            if not report:
                continue
            r = resolve_date(text, article.published, direction="past")
            if r.value is not None:
                date = EventDate(r.value, r.precision, text, r.recent, "report")
                return replace(e, event_date=r.value, date_precision=r.precision, date=date)
        found = self._statement(trigger, e, spans, article, st, closing=True) if st is not None else None
        if found is None and self.shared_report:
            found = self._shared_report(trigger, spans, article)
        if found is not None:
            date = EventDate(found[1].value, found[1].precision, found[0], found[1].recent, "report")
            return replace(e, event_date=found[1].value, date_precision=found[1].precision, date=date)
        return e

    def _shared_report(self, trigger: Token, spans: list, article: Article) -> tuple[str, ResolvedDate] | None:
        """(h32a) The day of the verb a reporting verb over the act is coordinated with, sharing its subject ("Nielsen
        presented a coalition government on Friday and said Greenland would not give in": the saying, Friday; dates.yaml
        `shared_report_day`): the same speaker's acts told in one breath, on that verb's own time phrase only."""
        t = trigger
        while t.head.i != t.i and t.lemma_.lower() not in self.reporting:
            t = t.head
        if t.lemma_.lower() not in self.reporting or t.i == trigger.i or t.dep_ != "conj" \
                or t.head.pos_ not in ("VERB", "AUX") or self._contrast_clause(t) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or self._own_phrases(t, spans):
            return None
        found = self._resolve(t.head, spans, article, "past", own=True)
        if found is None or found[1].value is None or _after_publication(found[1], article):
            return None
        return found

    # --- dates of a statement continued ("He also said ...") ---------------------------------------------------

    def _reporting_verb(self, trigger: Token, *, closing: bool = False) -> Token | None:
        """The reporting verb that is its sentence's root and whose clausal complement holds the trigger, through
        the words that carry its time (`_path`); one before the complement ("He also said Kenya had recalled ..."),
        or with `closing` also one after it ("“...,” he said")."""
        t = trigger
        for _ in range(6):
            if t.head.i == t.i:
                return None
            if t.dep_ == "ccomp" and t.head.head.i == t.head.i and t.head.lemma_.lower() in self.reporting \
                    and (closing or t.head.i < t.i):
                return t.head
            if t.dep_ not in (*_CARRIED_DEPS, "advcl", "ccomp") and not (t.dep_ in _NOMINAL_DEPS and t.pos_ == "NOUN"):
                return None
            t = t.head
        return None

    def _speech_root(self, sent, st: "_State") -> Token | None:
        """The sentence's root when it is an act in words: a reporting verb, or the trigger of an event of
        `reaction_roots` (a statement, appeal, accusation, criticism, rejection or threat)."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        if root.lemma_.lower() in self.reporting or st.roots_at(root.i) & self.reaction_roots:
            return root
        return None

    def _statement(self, trigger: Token, e: Event, spans: list, article: Article, st: "_State",
                   *, closing: bool = False) -> tuple[str, ResolvedDate] | None:
        """The date of a statement a sentence with no time phrase of its own continues (reason `report` for an act
        it reports, `context` for an act in words it makes): "Kenya's foreign minister told a news conference on
        Tuesday that ... He also said Kenya had recalled its ambassador" → the recall, reported, Tuesday; "In a
        statement on Monday, the ministry criticised ... It also accused Tokyo ..." → Monday. The saying is the
        sentence's root, in the simple past, by the same speaker (a pronoun, or an actor the statement's speaker
        names) as a dated statement at most `statement_window` sentences before, with no time phrase in between
        (`_statement_date`). A report closing its clause ("X struck Y, officials said") dates it only with
        `closing` (a threat or a refusal, made in the saying)."""
        if not self.statement_window or e.mode != "happened":
            return None
        saying = self._saying(trigger, st, closing=closing)
        if saying is None:
            return None
        speech, report = saying
        found = self._statement_date(speech, spans, article, st)
        if found is None:
            return None
        return found[0], replace(found[1], reason="report" if report is not None else "context")

    def _timed_by_adverb(self, verb: Token) -> bool:
        """Whether an adverb on `verb` gives it a time of its own or leaves it undated ("later", "then", "since";
        dates.yaml `own_time_adverbs`, `undated_adverbs`): no date from the story's scene reaches it."""
        return any(c.dep_ == "advmod" and (c.lower_ in self.own_time or c.lower_ in self.undated) for c in verb.children)

    def _saying(self, trigger: Token, st: "_State", *, closing: bool | str = False) -> tuple[Token, Token | None] | None:
        """The saying that carries `trigger`'s act, and the reporting verb when it reports the act: the reporting verb
        over it, else the trigger itself when it is the root of a sentence that is a statement; None otherwise. With
        `closing="next"` (h29d), a root of `statement_next_roots` is a statement too."""
        report = self._reporting_verb(trigger, closing=closing is True)
        if report is not None:
            return report, report
        root = trigger.sent.root
        if trigger.i != root.i and not (self.shared_saying and trigger.dep_ == "conj" and trigger.head.i == root.i
                                        and trigger.pos_ in ("VERB", "AUX") and self._simple_past(trigger)
                                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)):
            # (h34c) ... or a second verb of the root's subject ("Vucic said the arrest was a provocation and called[conj]
            # on KFOR to protect Serbs. “...,” Vucic told reporters on Monday evening": called on Monday)
            return None
        if self._speech_root(trigger.sent, st) is None and not (
                closing == "next" and st.roots_at(root.i) & self.next_statement_roots):
            return None
        return root, None

    def _statement_next(self, trigger: Token, e: Event, spans: list, article: Article,
                        st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h24c) The date of the statement the next sentence of the paragraph tells the same speaker made, when this
        saying has no time phrase: "Lin Jian criticised the new U.S. export controls. “This is economic coercion,” Lin
        told a regular news briefing on Tuesday" -> Tuesday (reason `report` for an act reported, `context` for an act
        in words). Another speaker, a paragraph break or an undated next sentence give nothing."""
        if not self.statement_window or e.mode != "happened":
            return None
        saying = self._saying(trigger, st, closing="next") or self._saying(trigger, st)
        if saying is None:
            return None
        speech, report = saying
        if not self._simple_past(speech) or self._own_phrases(speech, spans) or self._timed_by_adverb(speech) \
                or any(self._time_clause(c) for c in speech.children):
            return None
        subj = _subject(speech)
        k = st.index(speech)
        if subj is None or k + 1 >= len(st.sents) or st.has_time(k):
            return None
        j = k + 1
        while self.skip_quoted_sentences and j + 1 < len(st.sents) and self._quoted_only(st.sents[j], st) \
                and "\n" not in speech.doc.text[st.sents[j].start_char:st.sents[j].end_char]:
            j += 1  # (h29d) a sentence of the quotation the saying closes: "“Serbia has won. You cannot ...,” he said"
        nxt = st.sents[j]
        last = next((t for t in reversed(st.sents[k]) if not t.is_space), st.sents[k][-1])
        if "\n" in speech.doc.text[last.idx + len(last):nxt.start_char]:
            return None  # (the same paragraph: a line break may close the sentence before)
        said = nxt.root
        if said.pos_ not in ("VERB", "AUX") or said.lemma_.lower() not in self.reporting or not self._simple_past(said):
            return None
        other = _subject(said)
        speaker = st.actors(subj) or st.actors(subj, phrase=True)
        if other is None or not self._same_speaker(subj, speaker, other, st):
            return None
        found = self._resolve(said, spans, article, "past", own=True)
        if found is None or found[1].value is None or found[1].reason == "report" \
                or _after_publication(found[1], article):
            return None
        return found[0], replace(found[1], reason="report" if report is not None else "context")

    def _quoted_attribution(self, trigger: Token, spans: list, article: Article,
                            st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h34c) An act told in the words of a quotation that runs on into a later sentence of the paragraph is done when
        the quotation is said: the day of the reporting verb that closes it ("“We thank our Qatari partners for their
        tireless efforts. President Trump has been clear: ...,” Rubio said in a statement on Sunday" -> the thanks
        Sunday; reason `report`; dates.yaml `quotation_attribution_day`). A quotation closed in the act's own sentence is
        the other readings'; a line break before its close, a closing sentence with no reporting verb in the simple past
        or one with no day give nothing."""
        if not self.quotation_attribution or not st.in_quote(trigger):
            return None
        q = next((q for q in article.quotes if q.span.start <= trigger.idx < q.span.end), None)
        if q is None or q.span.end <= trigger.sent.end_char or "\n" in st.doc.text[trigger.idx:q.span.end]:
            return None
        close = next((s for s in st.sents if s.start_char <= q.span.end - 1 < s.end_char), None)
        if close is None or close.start <= trigger.sent.start:
            return None
        said = close.root
        if said.lemma_.lower() not in self.reporting or not self._simple_past(said) or st.in_quote(said) \
                or said.idx < q.span.end - 1:
            return None
        found = self._resolve(said, spans, article, "past", own=True)
        if found is None or found[1].value is None or _after_publication(found[1], article):
            return None
        return found[0], replace(found[1], reason="report")

    def _statement_date(self, speech: Token, spans: list, article: Article,
                        st: "_State") -> tuple[str, ResolvedDate] | None:
        """The date of the statement the saying `speech` (its sentence's root) continues (see `_statement`)."""
        if not self._simple_past(speech) or self._own_phrases(speech, spans) or self._timed_by_adverb(speech) \
                or any(self._time_clause(c) for c in speech.children):
            return None
        subj = _subject(speech)
        if subj is None:
            return None
        speaker = st.actors(subj) or st.actors(subj, phrase=True)
        k = st.index(speech)
        for j in range(k - 1, max(-1, k - 1 - self.statement_window), -1):
            said = self._speech_root(st.sents[j], st)
            other = _subject(said) if said is not None else None
            if other is not None and self._same_speaker(subj, speaker, other, st):
                found = self._resolve(said, spans, article, "past", own=True)
                if found is not None and found[1].value is not None:
                    return found
                if st.has_time(j):
                    return None
                found = self._statement_date(said, spans, article, st)
                if found is not None:
                    return found
            elif st.has_time(j):
                return None
        return None

    def _same_speaker(self, subj: Token, speaker: set[str], other: Token, st: "_State") -> bool:
        """Whether the subject `subj` (its actors `speaker`) is the one who made the statement whose subject is
        `other`: the same actor or body, or a pronoun resolved to none of another."""
        theirs = st.actors(other) or st.actors(other, phrase=True)
        if speaker and theirs:
            if speaker & theirs:
                return True
            # a body and its spokespeople speak for one side ("China's foreign ministry on Wednesday accused ...
            # Spokesperson Lin Jian told a regular news briefing"; dates.yaml `statement_spokes_words`); two people,
            # or another of the side, are other speakers ("Lavrov said on Monday ... Putin said", "Ukrainian officials
            # said on Wednesday ... Zelenskiy called on")
            spokes = lambda t: any(w.lower_ in self.spokes_words for w in t.subtree)  # noqa: E731
            return (spokes(subj) or spokes(other)) and not (st.people(speaker) and st.people(theirs)) \
                and bool(st.codes(speaker) & st.codes(theirs))
        return not speaker and subj.lower_ in self.context_pronouns and bool(theirs)

    def _own_phrases(self, trigger: Token, spans: list) -> list[tuple]:
        """The time phrases of the trigger's own clause but those that only measure a length of time ("hosted Xi
        for four hours of talks" has none)."""
        by_start = {ent.start: ent for ent in spans}
        return [x for x in self._expressions(trigger, spans, own=True)
                if x[2] not in by_start or not self._measure(by_start[x[2]])]

    def _anaphoric_phrase(self, verb: Token) -> tuple[str, str] | None:
        """(text, key of `anaphoric_days`) of a day told relative to the story's last that the NER does not mark
        ("summoned the ambassador the same evening", "condemned the strike that night": a noun phrase on the verb)."""
        for c in verb.children:
            if c.dep_ == "npadvmod" and c.ent_type_ not in TIME_LABELS:
                text = " ".join(t.text for t in c.subtree)
                key = " ".join(text.lower().split())
                if key in self.anaphoric_days:
                    return text, key
        return None

    def _report_anaphoric(self, trigger: Token, report: tuple[str, ResolvedDate],
                          spans: list) -> tuple[str, ResolvedDate] | None:
        """(h32a) An act a dated report tells by a day relative to the report's ("MSF said on Sunday that RSF fighters
        had stormed the hospital the previous day": Saturday; dates.yaml `anaphoric_days`, `report_anaphoric`): the
        report's day moved by the days (reason `report`). Only a phrase in the act's own clause, and a day not after the
        report's ("the following day" is the story's scene's)."""
        if not self.report_anaphoric or report[1].precision != "day":
            return None
        by_start = {ent.start: ent for ent in spans}
        keys = [(ent.text, self._anaphoric_key(ent)) for _d, _t, start, _r in
                self._expressions(trigger, spans, own=True) for ent in [by_start.get(start)] if ent is not None]
        phrase = self._anaphoric_phrase(self._clause_verb(trigger))
        keys += [phrase] if phrase is not None else []
        for text, key in keys:
            if key in self.anaphoric_days:
                days = self.anaphoric_days[key]
                if days > 0:
                    return None  # ("the following day" follows the story's last scene, not the report: after it)
                r = report[1] if days == 0 else shift_date(report[1], f"{abs(days)} day", 1 if days > 0 else -1)
                if r.value is None:
                    return None
                return f"{text}, {report[0]}", replace(r, reason="report")
        return None

    def _anaphoric_day(self, trigger: Token, spans: list, article: Article,
                       st: "_State") -> tuple[str, ResolvedDate] | None:
        """An act dated by a day told relative to the story's last ("Pakistan closed its border crossings the
        following day", "the White House accused Mexico that day"; dates.yaml `anaphoric_days`): the date of the
        verb it is coordinated with, else the scene of the nearest earlier sentence with a dated main act (at
        most `context_window` back), moved by the days (reason `context`)."""
        if not self.anaphoric_days:
            return None
        by_start = {ent.start: ent for ent in spans}
        # the trigger's own phrases, or those of the verb a participle of it hangs on ("retaliated the next day,
        # expelling[advcl] the envoy")
        holders = [trigger] + ([trigger.head] if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" else [])
        found = []
        for holder in holders:
            found += [(holder, ent.text, self._anaphoric_key(ent)) for _d, _t, start, _r in
                      self._expressions(holder, spans, own=True) for ent in [by_start.get(start)] if ent is not None]
            phrase = self._anaphoric_phrase(self._clause_verb(holder))
            if phrase is not None:
                found.append((holder, *phrase))
        for holder, text, key in found:
            if key not in self.anaphoric_days:
                continue
            verb = self._clause_verb(holder)
            anchor = None
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in self.sequence:
                # (h29d) "attended the session on Monday after meeting Mikati earlier in the day": the day of the verb
                # the phrase hangs on, else the scene before
                anchor = self._resolve(verb.head.head, spans, article, "past")
            if anchor is None and verb.dep_ == "relcl" and self.anaphoric_relative:
                # (h32a) a relative clause told relative to the day of the clause its noun is in ("was read out on
                # Thursday by lawmakers, who had visited him earlier that day": Thursday)
                head = verb.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head  # (up through "by lawmakers[pobj] from the party[pobj], who ...")
                anchor = self._resolve(head, spans, article, "past") if head.pos_ in ("VERB", "AUX") else None
                if anchor is None:
                    return None
            if anchor is None and verb.dep_ == "conj":
                anchor = self._resolve(verb.head, spans, article, "past")
            elif anchor is None:
                k = st.index(trigger)
                for j in range(k - 1, max(-1, k - 1 - self.context_window), -1):
                    anchor = st.scene(self, j)
                    if anchor is None and st.has_time(j) and self.anaphoric_event_anchor:
                        # (h29d) the sentence before dates an act that is not its main one ("JNIM claimed an assault
                        # ... on June 1 ... The next day, militants attacked"): that act's day when it is the one day
                        # the sentence dates its acts on by their own phrases
                        anchor = self._told_day(j, st)
                    if anchor is not None or st.has_time(j):
                        break
            if anchor is None or anchor[1].value is None or anchor[1].precision != "day":
                return None
            days = self.anaphoric_days[key]
            r = anchor[1] if days == 0 else shift_date(anchor[1], f"{abs(days)} day", 1 if days > 0 else -1)
            if r.value is None or _after_publication(r, article):
                return None
            return f"{text}, {anchor[0]}", replace(r, reason="context")
        return None

    def _names_happening_time(self, ent, trigger: Token) -> bool:
        """(h29d) Whether a month or a year under a preposition of `happening_time_prepositions` on the act's object
        tells when that object happened: a noun of an `anchor_equivalents` group with an owner ("welcomed Baghdad's
        decision in March to declare the PKK a banned organisation": March is the decision's). A day is left to the
        act ("condemned Russia's attack on Monday" is most often the condemnation's Monday)."""
        root = ent.root
        prep = root.head
        noun = prep.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.happening_preps \
                or noun.i == trigger.i or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") \
                or noun.lemma_.lower() not in self.equivalents or not any(c.dep_ == "poss" for c in noun.children):
            return False
        if noun.dep_ == "pobj" and not (noun.head.dep_ == "prep" and noun.head.head.i == trigger.i):
            return False
        if noun.dep_ == "dobj" and noun.head.i != trigger.i:
            return False
        return resolve_date(ent.text, _REF).precision in ("month", "year")

    @staticmethod
    def _anaphoric_key(ent) -> str:
        """(h29d) The key of `anaphoric_days` a time entity is read by: its text, or with the adverb it is told under
        when the NER marks only "the day" of "earlier in the day" / "later in the day"."""
        key = " ".join(ent.text.lower().split())
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ == "advmod" and prep.head.i < prep.i:
            key = f"{prep.head.lower_} {prep.lower_} {key}"
        return key

    def _told_day(self, k: int, st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h29d) The one day on which sentence `k` dates its acts by time phrases of its own sentence (not from
        context), when it dates them on one day only and tells no other day; None otherwise."""
        sent = st.sents[k]
        days = {v: (text, r) for tok in sent for v, (text, r) in st.dated.get(tok.i, {}).items()
                if r.reason not in self.derived_reasons}
        told = {r.value for ent in st.spans if sent.start <= ent.start < sent.end
                for r in [resolve_date(ent.text, st.article.published)] if r.precision == "day"}
        return next(iter(days.values())) if len(days) == 1 and told <= set(days) else None

    def _lead_subject(self, trigger: Token, e: Event, spans: list, article: Article,
                      st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h24c) The lead's day for a sentence's main act in the simple past, with no time phrase, whose subject is an
        actor the subject of the lead (the first sentence with a dated main act) named, when no sentence from the lead
        to it has a time phrase that resolves ("Lula and Ishiba signed agreements on Wednesday ... [quotes, a
        statement] ... Lula urged Tokyo to open negotiations" -> Wednesday; reason `context`; dates.yaml
        `lead_subject_scene`). Another subject, a time phrase in between (a background date), a perfect or a plan
        take nothing."""
        root = self._main(trigger.sent)
        if root.i not in {t.i for t in self._path(trigger)} or not self._simple_past(root) \
                or self._own_phrases(root, spans) or (self._speech(trigger.sent) and self._open_quote(root)) \
                or self._timed_by_adverb(root):
            return None
        subj = _subject(root)
        k = st.index(trigger)
        lead = next((j for j in range(k) if st.scene(self, j) is not None or st.has_time(j)), None)
        if subj is None or lead is None or st.scene(self, lead) is None:
            return None  # (the first time phrase of the story dates no main act: no lead's day)
        for ent in spans:
            if st.sents[lead + 1].start <= ent.start < trigger.sent.end and not self._measure(ent) \
                    and not self._neutral(ent) and resolve_date(ent.text, article.published).value is not None:
                return None  # a time set in between
        scene = st.scene(self, lead)
        lead_subject = _subject(self._main(st.sents[lead]))
        theirs = st.actors(lead_subject, phrase=True) if lead_subject is not None else set()
        if scene[1].precision != "day" or not (st.actors(subj) or st.actors(subj, phrase=True)) & theirs:
            return None
        for j in range(lead + 1, k):
            # what stands between is the scene itself, words said or the lead's subject's acts: another's act not dated
            # ("Residents stayed indoors") may have happened on another day
            main = self._main(st.sents[j])
            other = _subject(main)
            if st.scene(self, j) is None and not self._speech(st.sents[j]) \
                    and main.lemma_.lower() not in self.reporting and not (
                        other is not None and (st.actors(other) or st.actors(other, phrase=True)) & theirs):
                return None
        return scene[0], replace(scene[1], reason="context")

    def _retold_verb(self, verb: Token, group: frozenset[str]) -> bool:
        """Whether `verb` is a word of the act group `group` ("detain", "take>from": take with from, away ...)."""
        lemma = verb.lemma_.lower()
        if lemma in group:
            return True
        return any(f"{lemma}>{c.lower_}" in group for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))

    def _retold(self, trigger: Token, e: Event, spans: list, article: Article,
                st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h24g) An act told again by another verb of its group (dates.yaml `retold_acts`) on the same one it was done
        to, dated there on a day: "rallied on Thursday ... after police detained Mayor Ekrem Imamoglu. Imamoglu was taken
        from his home in a dawn raid on Wednesday" -> the detention Wednesday (reason `anchor`); the telling within
        `retold_window` sentences either side, its verb's own time phrase, the one done to named as its object or its
        passive subject; tellings dated on different days give none."""
        if not e.target_id or trigger.pos_ not in ("VERB", "AUX"):
            return None
        groups = [g for g in self.retold if self._retold_verb(trigger, g)]
        if not groups:
            return None
        k = st.index(trigger)
        dates: dict[str, tuple[str, ResolvedDate]] = {}
        for j in range(max(0, k - self.retold_window), min(len(st.sents), k + self.retold_window + 1)):
            if j == k:
                continue
            for v in st.sents[j]:
                if v.pos_ not in ("VERB", "AUX") or v.i == trigger.i or not any(self._retold_verb(v, g) for g in groups):
                    continue
                done_to = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
                if not any(e.target_id in st.actors(c) for c in done_to) or st.in_quote(v):
                    continue
                found = self._resolve(v, spans, article, "past", own=True)
                if found is not None and found[1].value is not None and found[1].precision == "day" \
                        and not _after_publication(found[1], article):
                    dates.setdefault(found[1].value, found)
        if len(dates) != 1:
            return None
        found = next(iter(dates.values()))
        return found[0], replace(found[1], reason="anchor")

    def _session(self, trigger: Token, e: Event, spans: list, article: Article,
                 st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h24g) Words said at the story's one dated session: a statement (dates.yaml `session_statement_roots`) in
        the simple past with no time phrase, the main act of its sentence, by a delegate (`session_speakers`:
        "Algeria's U.N. Ambassador ... said the veto sent a dangerous message", not an ambassador to a country) after
        a session act dated on a day ("The United States on Wednesday vetoed a U.N. Security Council resolution";
        `session_acts`), takes that day (reason `context`); a story of sessions on several days gives none."""
        if not self.session_acts or e.cameo_root not in self.session_roots or self._own_phrases(trigger, spans):
            return None
        root = self._main(trigger.sent)
        if root.i not in {t.i for t in self._path(trigger)} and not (
                root.lemma_.lower() in self.reporting and trigger.head.i == root.i and trigger.dep_ == "ccomp"):
            return None
        if not self._simple_past(root) or self._timed_by_adverb(root):
            return None
        subj = _subject(root)
        if subj is None or not any(
                t.lemma_.lower() in self.session_speakers and not any(c.dep_ == "prep" and c.lower_ == "to"
                                                                      for c in t.children) for t in subj.subtree):
            return None
        days, first = set(), None
        for tok in st.doc:
            if tok.lemma_.lower() not in self.session_acts or tok.sent.start > trigger.sent.start:
                continue
            found = self._resolve(tok, spans, article, "past", own=True)
            if found is not None and found[1].value is not None:
                days.add(found[1].value)
                first = first or found
        if len(days) != 1 or first[1].precision != "day" or _after_publication(first[1], article) \
                or st.has_time(st.index(trigger)):
            return None
        return first[0], replace(first[1], reason="context")

    def _after_today(self, trigger: Token, spans: list, article: Article,
                     st: "_State", e: Event | None = None) -> tuple[str, ResolvedDate] | None:
        """(h24c) An act that happened placed after something, by no amount ("clashed with security forces after the
        announcement", "wept after the verdict was announced"), when that thing is dated on the publication day: the
        act, after it and not after publication, was that day too (reason `sequence`)."""
        if article.published is None:
            return None
        today = article.published.isoformat()
        for t in self._path(trigger):
            for c in t.children:
                anchor = None
                if c.dep_ == "prep" and self.sequence.get(c.lower_, 0) < 0 and not any(
                        x.dep_ == "npadvmod" for x in c.children):
                    anchor = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
                elif c.dep_ == "advcl" and any(m.dep_ == "mark" and self.sequence.get(m.lower_, 0) < 0
                                               for m in c.children) and not any(
                        x.dep_ == "npadvmod" for y in [c, *c.children] for x in y.children):
                    anchor = c
                if anchor is None:
                    continue
                found = self._resolve(anchor, spans, article, "past", own=True)
                if (found is None or found[1].value is None) and anchor.pos_ == "NOUN":
                    found = self._mention_date(anchor, spans, article, st)
                if (found is None or found[1].value is None) and anchor.pos_ in ("VERB", "AUX"):
                    subj = next((x for x in anchor.children if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "NOUN"),
                                None)
                    found = self._mention_date(subj, spans, article, st) if subj is not None else None
                if found is not None and found[1].value == today and found[1].precision == "day":
                    return f"after {found[0]}", replace(found[1], reason="sequence")
                if found is not None and found[1].precision == "day" and self._said_after(trigger, t, e) \
                        and 0 <= (article.published - dt.date.fromisoformat(found[1].value)).days <= self.reaction_days:
                    # (h24g) words said after a session, by a saying that hangs the "after" phrase ("Le Pen told
                    # reporters after the vote, accusing Barnier ..."): remarks to the press on the way out, that day
                    return f"after {found[0]}", replace(found[1], reason="sequence")
                return None
        return None

    def _said_after(self, trigger: Token, holder: Token, e: Event | None) -> bool:
        """(h24g) Whether the act placed "after" something is words said (a statement of `session_statement_roots`)
        by a saying in the simple past that holds the "after" phrase, "told reporters after the vote", about a
        session (`session_acts`, `anchor_equivalents` of them) named in it."""
        if e is None or e.cameo_root not in self.session_roots or holder.lemma_.lower() not in self.reporting \
                or not self._simple_past(holder):
            return False
        prep = next((c for c in holder.children if c.dep_ == "prep" and self.sequence.get(c.lower_, 0) < 0), None)
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None) if prep is not None else None
        words = {w for a in self.session_acts for w in self.equivalents.get(a, {a})} | self.session_acts
        return obj is not None and obj.lemma_.lower() in words

    def _reaction(self, trigger: Token, e: Event, spans: list, article: Article,
                  st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h24c) The date of the act a reaction names by a definite noun ("Zelenskiy denounced the attack", "hailed the
        ruling"; dates.yaml `reaction_noun_roots`: praise, criticism, rejection): the one date of that act's earlier
        mentions (`_mention_date`, `anchor_equivalents`), when it is a day at most `reaction_days` before publication
        (reason `reaction`, so users can tell). A reaction with a time phrase of its own keeps its own; one to an act
        the story dates nowhere, or on several days, gets none."""
        if e.cameo_root not in self.reaction_noun_roots or self._own_phrases(trigger, spans):
            return None
        verb = self._clause_verb(trigger)
        if not self._simple_past(verb) and not (verb.dep_ == "conj" and self._simple_past(verb.head)) \
                and not self._said_with(verb):
            return None
        # what it reacts to: its object, or (h25b) the cause it is said for ("thanking the UAE for its mediation",
        # "condemned Israel over the strikes"; dates.yaml `cause_prepositions`)
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
            x for c in verb.children if c.dep_ == "prep" and c.lower_ in self.cause_preps
            for x in c.children if x.dep_ == "pobj"]
        noun = next((c for c in named if c.pos_ == "NOUN"
                     and any((d.dep_ == "det" and d.lower_ in self.definite) or d.dep_ == "poss" for d in c.children)
                     and ({c.lemma_.lower(), c.lower_} & set(self.equivalents))), None)
        if noun is None:
            return None
        found = self._mention_date(noun, spans, article, st, fallback=True)
        if found is None or found[1].precision != "day" or article.published is None \
                or _after_publication(found[1], article) \
                or (article.published - dt.date.fromisoformat(found[1].value)).days > self.reaction_days:
            return None
        return f"{noun.text}: {found[0]}", replace(found[1], reason="reaction")

    def _named_act(self, trigger: Token, e: Event, spans: list, article: Article,
                   st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h32a) The date of the act an act is done in, named by a definite noun as its passive subject or its object
        ("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha on Saturday ... The talks were mediated by
        Qatar and Turkey"; "signed a declaration in Qatar on Saturday ... Qatar hosted the ceremony"; dates.yaml
        `named_act_reading`, `anchor_equivalents`): the one date of that act's earlier mentions, a day not after
        publication (reason `anchor`). Only the main act of its sentence in the simple past, with no time phrase of its
        own; words said about it are `_reaction`'s."""
        if not self.named_act or e.cameo_root in self.reaction_noun_roots or self._own_phrases(trigger, spans):
            return None
        verb = self._clause_verb(trigger)
        if verb.i != self._main(trigger.sent).i or not self._simple_past(verb) or self._timed_by_adverb(verb):
            return None
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                     and any(d.dep_ == "det" and d.lower_ in self.definite for d in c.children)
                     and ({c.lemma_.lower(), c.lower_} & set(self.equivalents))), None)
        if noun is None:
            return None
        found = self._mention_date(noun, spans, article, st, fallback=True)
        if found is None or found[1].precision != "day" or _after_publication(found[1], article):
            return None
        return f"{noun.text}: {found[0]}", replace(found[1], reason="anchor")

    def _participle_act(self, trigger: Token, spans: list, article: Article,
                        st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h26f) The date of the act a participle's definite noun names ("The meeting, hosted[acl] by Saudi Crown Prince
        Mohammed bin Salman, lasted 33 minutes" after "Trump met al-Sharaa in Riyadh on Wednesday"; dates.yaml
        `participle_act_deps`, `anchor_equivalents`): the noun's own time phrase ("Friday's meeting, hosted by ...") or the
        one date of its earlier mentions (reason `anchor`), a day or a month not after publication. Not an indefinite
        noun ("a meeting hosted by ..." is another), nor a participle with an auxiliary or a subject of its own."""
        if trigger.dep_ not in self.participle_deps or trigger.tag_ != "VBN" or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in trigger.children):
            return None
        noun = trigger.head
        if noun.pos_ != "NOUN" or not ({noun.lemma_.lower(), noun.lower_} & set(self.equivalents)) or not any(
                (d.dep_ == "det" and d.lower_ in self.definite) or d.dep_ == "poss" for d in noun.children):
            return None
        found = self._resolve(noun, spans, article, "past", own=True)
        if found is None or found[1].value is None:
            found = self._mention_date(noun, spans, article, st)
        if found is None or found[1].value is None or found[1].precision not in ("day", "month") \
                or _after_publication(found[1], article):
            return None
        return f"{noun.text}: {found[0]}", replace(found[1], reason="anchor")

    def _perfect_lead(self, trigger: Token, spans: list, article: Article,
                      st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h27f) The day of a lead told in the present perfect with no time phrase: the day of the next sentence's main
        act in the simple past, when it is at most `perfect_lead_days` before publication (reason `lead`): "Colombian
        President Gustavo Petro has suspended peace talks with the ELN ... Petro announced the suspension on Friday" →
        Friday. Only the acts of the lead's main clause and what hangs on it (its coordinated verbs, participles and
        nominal acts), not one in a relative clause ("an offensive that has left 80 people dead")."""
        if self.perfect_lead_days <= 0 or article.published is None:
            return None
        skip = dateline_end(trigger.doc.text)  # the lead: the first sentence past a dateline the parser split off
        k = next((j for j, sent in enumerate(st.sents) if sent.end_char > skip), None)
        if k is None or k + 1 >= len(st.sents) or st.index(trigger) != k:
            return None
        if st.has_time(k) and not (self.lead_background and all(
                self._in_relative(ent.root) for ent in spans if st.sents[k].start <= ent.start < st.sents[k].end)):
            return None  # (h32a: but a date in a relative clause is background: "asked India to send back Hasina,
            # who fled to New Delhi in August")
        lead = self._main(st.sents[k])
        if lead.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                         for c in lead.children):
            return None
        t = trigger
        while t.i != lead.i:
            if t.dep_ in ("relcl", "ccomp", "parataxis") or t.head.i == t.i:
                return None
            t = t.head
        nxt = self._main(st.sents[k + 1])
        if st.in_quote(nxt) or any(q in st.sents[k + 1][0].text for q in self.quote_marks) or not self._simple_past(nxt) or any(c.dep_ == "mark" for c in nxt.children):
            return None
        found = self._resolve(nxt, spans, article, "past", own=True)
        if found is None or found[1].value is None or found[1].precision != "day" or _after_publication(found[1], article):
            return None
        if (article.published - dt.date.fromisoformat(found[1].value)).days > self.perfect_lead_days:
            return None
        if self.lead_background:
            # (h32a) the next sentence tells the lead's news only when it names a side the lead names (not in what the lead
            # says came before it: `sequence_words`): "Guyana has
            # asked the Security Council to intervene ... Venezuelan President Nicolas Maduro on Tuesday unveiled a new
            # map" is the cause, on its own day
            codes = st.code_map()
            first, sent = st.sents[k], st.sents[k + 1]
            cause = set()  # what the lead tells came before it: "after Venezuela moved to create a new state"
            for t in first:
                if t.lower_ in self.sequence and t.dep_ in ("prep", "mark"):
                    cause.update(x.idx for x in (t.head.subtree if t.dep_ == "mark" else t.subtree))
            doc = first.doc
            theirs = {_side(codes[m.actor_id]) for m in article.mentions if m.actor_id in codes
                      and first.start_char <= m.start < first.end_char
                      and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                      and span[0].idx not in cause}
            named = {_side(codes[m.actor_id]) for m in article.mentions if m.actor_id in codes
                     and sent.start_char <= m.start < sent.end_char}
            if not theirs & named:
                return None
        return found[0], replace(found[1], reason="lead")

    @staticmethod
    def _in_relative(tok: Token) -> bool:
        """(h32a) Whether a word is inside a relative clause ("Hasina, who fled to New Delhi in August")."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ == "relcl":
                return True
            t = t.head
        return False

    def _since_month(self, trigger: Token, spans: list, article: Article,
                     st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h26f) The month an act in the perfect began that a "since" phrase on its verb tells (dates.yaml
        `since_prepositions`): "Fico had blocked the package since June" -> June; "Since the attack, New Delhi has
        suspended the treaty" -> the month of the attack's one date (reason `since`). A year ("has fought jihadists since
        2021"), a progressive ("has been holding talks since June"), the simple past or a clause ("since Assad fell")
        give none."""
        if not self.since_preps:
            return None
        by_start = {ent.start: ent for ent in spans}
        for t in self._path(trigger):
            if t.pos_ not in ("VERB", "AUX"):
                continue
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            head = t
            while not auxes and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
                head = head.head  # "has suspended the treaty, expelled[conj] advisers": the perfect of the first
                auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            if t.tag_ != "VBN" or not auxes or auxes[0].lemma_.lower() != "have":
                continue  # (a progressive, "has been holding talks since June", is a state)
            prep = next((c for x in (t, head) for c in x.children if c.dep_ == "prep" and c.lower_ in self.since_preps),
                        None)
            if prep is None:
                continue
            if any(c.dep_ in ("dobj", "nsubjpass") and any(n.dep_ == "nummod" for n in c.children) for c in t.children):
                return None  # a count of acts done over the span ("have killed at least eight leaders since last July")
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            ent = next((by_start[i] for i in range(obj.left_edge.i, obj.right_edge.i + 1) if i in by_start
                        and by_start[i].root.i == obj.i), None)
            if ent is not None:
                r = resolve_date(ent.text, article.published, direction="past")
                text = f"{prep.text} {ent.text}"
            elif obj.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in self.definite for d in obj.children):
                # the act named again by the same noun ("the April 22 attack ... Since the attack"), not by another of
                # its group ("India launched strikes on Wednesday"): the nearest reading of "the"
                found = self._mention_date(obj, spans, article, st, exact=True)
                if found is None:
                    return None
                text, r = f"{prep.text} {obj.text}: {found[0]}", found[1]
            else:
                return None
            if r.value is None or r.precision not in ("day", "month") or _after_publication(r, article):
                return None
            return text, replace(r, value=r.value[:7], precision="month", reason="since")
        return None

    def _scene_places(self, sent, article: Article, within: Token | None = None) -> set[str]:
        """(h26f) The towns and sites a sentence (or the clause of `within`) names after a preposition of place ("in
        Zvecan", "outside the municipal building in Leposavic"; dates.yaml `place_scene_prepositions`): proper names that
        are no country's name (a country is named all through a story) and no mention of a person or a body."""
        from .geo import _countries
        countries = _countries()[0]
        inside = {t.i for t in within.subtree} if within is not None else None
        kinds = {x.id: x.kind for x in article.actors}
        mentioned = [(m.start, m.end, kinds.get(m.actor_id)) for m in article.mentions if m.actor_id]
        out = set()
        for tok in sent:
            first = tok
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "in Zvecan, Leposavic[conj] and Zubin Potok[conj]"
            if tok.pos_ != "PROPN" or first.dep_ != "pobj" or first.head.lower_ not in self.place_preps \
                    or (inside is not None and tok.i not in inside):
                continue
            name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i and (t.dep_ != "conj" or t.i == tok.i))
            if name.casefold() in countries or any(
                    s <= tok.idx < e and kind not in ("country", "region") for s, e, kind in mentioned):
                continue
            out.add(name.casefold())
        return out

    def _place_scene(self, trigger: Token, spans: list, article: Article,
                     st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h26f) The day of the scene a sentence's main act continues by its place: a main act in the simple past with no
        time phrase, not words said, done in a town or site (dates.yaml `place_scene_prepositions`) that the nearest
        earlier sentence with a dated main act, a day, named too (at most `place_scene_window` sentences back, none with a
        time phrase of its own between): "Officers entered municipal offices in Zvecan and Leposavic [on Wednesday] ...
        About a hundred Serbs gathered outside the municipal building in Zvecan to protest" -> Wednesday (reason
        `context`). A country ("in Kosovo"), a place only the scene names, or a scene dated by a month give none."""
        if not self.place_window or self._speech(trigger.sent):
            return None
        root = self._main(trigger.sent)
        if root.i not in {t.i for t in self._path(trigger)} or not self._simple_past(root) \
                or root.lemma_.lower() in self.reporting or self._own_phrases(root, spans) \
                or self._timed_by_adverb(root) or st.has_time(st.index(trigger)) or any(
                    (c.dep_ == "prep" and c.lower_ in self.skip_preps) or self._time_clause(c) for c in root.children):
            return None
        places = self._scene_places(trigger.sent, article, root)
        if not places:
            return None
        k = st.index(trigger)
        for j in range(k - 1, max(-1, k - 1 - self.place_window), -1):
            scene = st.scene(self, j)
            if scene is not None:
                if scene[1].precision != "day" or _after_publication(scene[1], article) \
                        or not places & self._scene_places(st.sents[j], article):
                    return None
                return scene[0], replace(scene[1], reason="context")
            if st.has_time(j):
                return None
        return None

    def _said_with(self, verb: Token) -> bool:
        """(h25b) Whether `verb` is a participle with no mark, auxiliary or subject of its own set off after a saying in
        the simple past with no time phrase ("Zelenskiy wrote, thanking the UAE for its mediation"): the words are said
        with it, in the same past."""
        head = verb.head
        return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.lemma_.lower() in self.saying_verbs \
            and self._simple_past(head) and not any(
                c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)

    def _occasion_relative(self, trigger: Token, e: Event, spans: list, article: Article,
                           st: "_State") -> tuple[str, ResolvedDate] | None:
        """The date of the act a "where" clause on its place tells the occasion of ("Li was received by Lula at the
        Planalto Palace, where the two leaders discussed trade": the reception's day; dates.yaml
        `occasion_relative_words`, reason `context`): the clause in the simple past, on the object of a
        preposition of that act's verb, and both its sides named in the sentence outside the clause, so that it
        tells what they did there then ("visited Bucha, where Russian troops killed civilians" names the troops
        only in the clause: no date)."""
        if not self.occasion_words or not (e.source_id and e.target_id):
            return None
        rel = next((t for t in self._path(trigger) if t.dep_ == "relcl"), None)
        if rel is None and trigger.dep_ == "relcl":
            rel = trigger
        if rel is None or not self._simple_past(rel) or not any(
                c.dep_ == "advmod" and c.lower_ in self.occasion_words for c in rel.children):
            return None
        noun = rel.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = noun.head.head
        inside = {t.idx for t in rel.subtree}
        sent = trigger.sent
        outside = {m.actor_id for m in article.mentions if m.actor_id and sent.start_char <= m.start < sent.end_char
                   and m.start not in inside}
        if not {e.source_id, e.target_id} <= outside:
            return None
        found = self._resolve(verb, spans, article, "past")
        if (found is None or found[1].value is None) and self._main(sent).i == verb.i:
            found = st.scene(self, st.index(verb))
        if found is None or found[1].value is None:
            return None
        return found[0], replace(found[1], reason="context")

    def _simultaneous(self, trigger: Token, spans: list, article: Article,
                      st: "_State") -> tuple[str, ResolvedDate] | None:
        """The date of a happening the act went on during ("gathered outside Congress as the vote took
        place", dates.yaml `simultaneous_marks`): a clause whose verb is a light verb of an anchor noun
        (`anchor_light_verbs`: the vote took place, the talks began) gives that noun's date, from the
        clause itself or an earlier mention ("in a late-night vote on Thursday"; reason `anchor`)."""
        for t in self._path(trigger):
            for c in t.children:
                if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in self.simultaneous for m in c.children):
                    continue
                if c.lemma_.lower() not in self.light_verbs:
                    # (h24g) a clause going on at the time with a day of its own ("struck Sumy as residents gathered
                    # for Palm Sunday", "fired tear gas as protesters marched on Tuesday"): the act is that day
                    if c.tag_ == "VBD" or (c.tag_ == "VBG" and any(x.dep_ == "aux" and x.lower_ in self.past_progressive_aux
                                                                   for x in c.children)):
                        found = self._resolve(c, spans, article, "past", own=True)
                        if found is not None and found[1].precision == "day":
                            return found[0], replace(found[1], reason="context")
                    continue
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "NOUN"), None)
                if subj is None:
                    continue
                found = self._resolve(c, spans, article, "past", own=True)
                if found is None or found[1].value is None:
                    found = self._mention_date(subj, spans, article, st)
                if found is not None and found[1].value is not None:
                    return found[0], replace(found[1], reason="anchor")
                return None
        return None

    def _day_part(self, trigger: Token, verb: Token, spans: list, article: Article,
                  st: "_State") -> tuple[str, ResolvedDate] | None:
        """The day of an act told only by a part of the day ("attacked the town before dawn", "rebels who
        attacked a town overnight", "had been arrested by early evening"; dates.yaml `day_part_words`, or a
        time phrase that names no day): the day of the scene the story set last, in its own sentence or
        up to `day_part_window` sentences before ("on Tuesday" in the lead); when none was set, the
        publication day, the wire's convention for the night and the dawn just past (reason `context`)."""
        own = {trigger.i, verb.i}
        if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            own.add(trigger.head.i)  # (h24c) the act named by the subject: "Trump's tariffs took effect just after midnight"
        part = None
        for ent in spans:
            if ent.sent.start == trigger.sent.start and self._phrase_of(ent.root, own):
                r = resolve_date(ent.text, article.published)
                if r.value is None and r.reason == "time_only":
                    part = ent.text
        for tok in trigger.sent:
            if part is None and tok.lower_ in self.day_parts and not tok.ent_type_ and self._phrase_of(tok, own):
                part = f"{tok.head.text} {tok.text}" if tok.dep_ == "pobj" else tok.text
        if part is None:
            return None
        root = trigger.sent.root
        if root.i not in own and root.lemma_.lower() in self.reporting and any(a.i == root.i for a in trigger.ancestors):
            # (h23f) "... at Ukraine overnight, the air force said on Thursday", "shot down drones that entered its
            # airspace overnight, Tusk said on Wednesday": the night that ended on the morning of the report's day
            found = self._resolve(root, spans, article, "past", own=True)
            if found is not None and found[1].precision == "day" and not _after_publication(found[1], article):
                return f"{part}, {found[0]}", replace(found[1], reason="context")
        k = st.index(trigger)
        for j in range(k, max(-1, k - 1 - self.day_part_window), -1):
            if j == k and self._main(st.sents[j]).i in own:
                continue  # the act is its sentence's scene
            scene = st.scene(self, j)
            if scene is not None:
                if scene[1].precision != "day" or _after_publication(scene[1], article):
                    return None
                return f"{part}, {scene[0]}", replace(scene[1], reason="context")
        if article.published is None:
            return None
        r = resolve_date("today", article.published)
        return part, replace(r, reason="context")

    @staticmethod
    def _phrase_of(tok: Token, own: set[int]) -> bool:
        """Whether the word `tok` is in the phrase of a verb in `own`: on it, or on its objects and their
        prepositions and conjuncts, which the parser may hang it on ("launched 400 drones and 40 missiles[conj] at
        Ukraine overnight[advmod]"); not in another clause."""
        t = tok
        for _ in range(8):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.i in own:
                return True
            if t.dep_ == "relcl" and t.right_edge.i == tok.i and t.head.dep_ == "dobj" and t.tag_ == "VBD":
                continue  # "shot down drones that entered[relcl] its airspace overnight": closing the object's clause
            if t.dep_ not in ("prep", "agent", "pobj", "dobj", "conj", "appos") or t.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _coordinated(self, verb: Token, spans: list, st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h25b) The day of the verb an act is coordinated with when a reading of its own dated that verb (a time phrase
        on it already dates both): "said it had detected 71 aircraft ... in the 24 hours to 6 a.m., and had dispatched
        its own ships in response" (reason that verb's). Not when the verb has two days, or the act a time phrase, an
        adverb of its own time ("later") or a subject of its own in another tense."""
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or self._own_phrases(verb, spans) \
                or any(c.dep_ == "advmod" and c.lower_ in self.own_time for c in verb.children):
            return None
        head = verb.head
        days = st.dated.get(head.i, {})
        if len(days) != 1:
            return None
        aux = lambda v: tuple(sorted(c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")))
        if aux(verb) and aux(verb) != aux(head) or (head.tag_ != verb.tag_ and not aux(verb)):
            return None
        return next(iter(days.values()))

    def _restated(self, trigger: Token, spans: list, article: Article,
                  st: "_State") -> tuple[str, ResolvedDate] | None:
        """The date a nearby sentence gives the same act, told again in the passive with its object as
        subject: "Judges have issued an arrest warrant for X, the court said. The warrant was issued
        under seal on Oct 9" → Oct 9 (at most `context_window` sentences away, not in a quotation;
        reason `context`)."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return None
        objects = {c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        if not objects:
            return None
        k = st.index(trigger)
        near = [j for d in range(1, self.context_window + 1) for j in (k + d, k - d) if 0 <= j < len(st.sents)]
        for j in near:
            for tok in st.sents[j]:
                if tok.lemma_ != trigger.lemma_ or tok.pos_ not in ("VERB", "AUX") or st.in_quote(tok) \
                        or not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in objects for c in tok.children):
                    continue
                found = self._resolve(tok, spans, article, "past", own=True)
                if found is not None and found[1].value is not None and not _after_publication(found[1], article):
                    return found[0], replace(found[1], reason="context")
        return None

    @staticmethod
    def _has_aux(verb: Token | None, words) -> bool:
        """Whether `verb` has an auxiliary among `words` (dates.yaml `future_auxiliaries`, `to_come_auxiliaries`,
        `present_perfect_auxiliaries`)."""
        return verb is not None and any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)

    def _clause_verb(self, trigger: Token) -> Token:
        """The verb whose clause a nominal trigger is in ("hit back hours later with attacks" → hit): up
        through prepositions and objects only; the trigger itself when it is a verb or has none."""
        t = trigger
        while t.pos_ not in ("VERB", "AUX") and t.dep_ in _NOMINAL_DEPS and t.head.i != t.i:
            t = t.head
        return t if t.pos_ in ("VERB", "AUX") else trigger

    def _offset(self, verb: Token, spans: list, article: Article,
                st: "_State") -> tuple[str, ResolvedDate] | None:
        """An act an amount of time after or before the one it continues ("struck ... on Tuesday, and
        Taliban forces hit back hours later", `offset_adverbs`): the date of the verb it is coordinated
        with, else of the scene of the sentence before, moved by the amount (reason `sequence`)."""
        for t in self._path(verb):
            adverb = next((c for c in t.children if c.dep_ == "advmod" and c.lower_ in self.offset_adverbs), None)
            amount = next((c for c in adverb.children if c.dep_ == "npadvmod" and c.i < adverb.i), None) \
                if adverb is not None else None
            words = None
            if amount is None and adverb is not None:
                # (h23f) the parser reads the amount into the phrase before: "in the Red Sea hours[pobj] later"
                doc = adverb.doc
                words = next((doc[adverb.i - n:adverb.i] for n in (2, 1) if adverb.i - n > adverb.sent.start
                              and not any(x.is_punct for x in doc[adverb.i - n:adverb.i])
                              and is_amount(doc[adverb.i - n:adverb.i].text)
                              and doc[adverb.i - n - 1].pos_ not in ("ADP", "NUM", "DET")), None)
            if amount is None and words is None:
                continue
            phrase = {x.i for x in adverb.subtree} | ({x.i for x in words} if words is not None else set())
            if any(start not in phrase for _d, _t, start, _r in self._expressions(t, spans, own=True)):
                return None  # a time phrase of its own besides the amount
            if t.dep_ == "conj":
                anchor = self._resolve(t.head, spans, article, "past")
            elif self._is_main(t) and st.index(t) > 0:
                anchor = st.scene(self, st.index(t) - 1)
            else:
                return None
            if anchor is None or anchor[1].value is None:
                return None
            text = " ".join(x.text for x in amount.subtree) if amount is not None else words.text
            r = shift_date(anchor[1], text, self.offset_adverbs[adverb.lower_])
            if r.value is None:
                return None
            return f"{anchor[0]}, {text} {adverb.text}", r
        return None

    # --- dates from an anchor named in the article ("a day after the vote") ------------------------

    def _path(self, trigger: Token) -> list[Token]:
        """The trigger and the words above it that carry its time with them: the verb it is
        coordinated with or an infinitive, participle ("attacked Cabaret ..., killing six") or object
        of; up to the first clause of its own."""
        path = [trigger]
        t = trigger
        while t.head.i != t.i and (t.dep_ in _CARRIED_DEPS or (t.dep_ == "advcl" and t.tag_ == "VBG")):
            t = t.head
            path.append(t)
        return path

    def _anchored(self, trigger: Token) -> tuple[frozenset[int], Token, int, str] | None:
        """(the phrase's tokens, its anchor, sign, amount) when the trigger's act (or the one it is
        carried by) is placed an amount of time before or after something named: "attacked Cabaret
        hours before the vote" → (…, vote, -1, "hours"); also a clause ("a day after protesters stormed
        the palace" → stormed). The sign moves the anchor's date to the act's: after +1, before -1."""
        for t in self._path(trigger):
            for c in t.children:
                prep = obj = None
                amount: list[Token] = []
                if c.dep_ == "prep" and c.lower_ in self.sequence:
                    prep = c
                    obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
                    amount = [x for x in c.children if x.dep_ == "npadvmod" and x.i < c.i] or \
                        [x for x in t.children if x.dep_ == "npadvmod" and x.right_edge.i == c.i - 1]
                elif c.dep_ == "npadvmod":
                    prep = next((x for x in c.children if x.dep_ == "prep" and x.lower_ in self.sequence
                                 and x.i > c.i), None)
                    if prep is not None:
                        obj = next((x for x in prep.children if x.dep_ in ("pobj", "pcomp")), None)
                        amount = [c]
                elif c.dep_ == "advcl":
                    prep = next((x for x in c.children if x.dep_ == "mark" and x.lower_ in self.sequence), None)
                    if prep is not None:
                        obj = c
                        amount = [x for y in (c, prep) for x in y.children if x.dep_ == "npadvmod" and x.i < prep.i]
                if prep is None or obj is None:
                    continue
                if amount:
                    text = " ".join(x.text for x in amount[0].subtree if x.i < prep.i)
                else:  # the parser reads the amount into the phrase before: "the town of Cabaret[compound] hours"
                    doc = prep.doc  # ... but "for two weeks after", "within hours of" are spans, not amounts
                    words = next((doc[prep.i - k:prep.i] for k in (3, 2, 1) if prep.i - k > prep.sent.start
                                  and not any(x.is_punct for x in doc[prep.i - k:prep.i])
                                  and doc[prep.i - k - 1].pos_ != "ADP"
                                  and is_amount(doc[prep.i - k:prep.i].text)), None)
                    if words is None:
                        continue
                    amount, text = list(words), words.text
                tokens = {x.i for x in (prep.subtree if obj is not c else c.subtree)} | \
                    {x.i for a in amount for x in a.subtree}
                return frozenset(tokens), obj, -self.sequence[prep.lower_], text
        return None

    def _from_anchor(self, phrase, spans: list, article: Article, direction: str,
                     st: "_State") -> tuple[str, ResolvedDate] | None:
        """The act's date from its anchor's: the anchor's own phrase or clause ("a day after the vote
        on Tuesday", reason `sequence`), else an earlier mention of it in the article (`anchor`)."""
        _tokens, anchor, sign, amount = phrase
        found = self._resolve(anchor, spans, article, direction, own=True)
        reason = "sequence"
        if found is None or found[1].value is None:
            found, reason = self._mention_date(anchor, spans, article, st), "anchor"
        if found is None:
            return None
        r = shift_date(found[1], amount, sign)
        if r.value is None:
            return None
        return f"{found[0]}, {amount} {'after' if sign > 0 else 'before'}", replace(r, reason=reason)

    def _named_again(self, verb: Token, spans: list, article: Article,
                     st: "_State") -> tuple[str, ResolvedDate] | None:
        """(h23f) The date of a happening a light verb's definite subject names again ("The launch came a day after the
        United States and South Korea began drills", after "North Korea fired missiles ... on Wednesday"): the date of
        its earlier mentions (`_mention_date`, `anchor_equivalents`), for a verb of `sequence_light_verbs`."""
        if verb.lemma_.lower() not in self.sequence_light:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subj is None or not any(c.dep_ == "det" and c.lower_ in self.definite
                                   for c in subj.children):
            return None
        found = self._mention_date(subj, spans, article, st)
        if found is None or _after_publication(found[1], article):
            return None
        return found

    def _mention_date(self, anchor: Token, spans: list, article: Article,
                      st: "_State", *, exact: bool = False, fallback: bool = False) -> tuple[str, ResolvedDate] | None:
        """The one date of the earlier mentions of `anchor` (its lemma or one of its group in
        `anchor_equivalents`; with `exact`, its lemma only) dated in their own phrase or clause or by the light verb they
        are the object or subject of ("held a referendum on Tuesday"); None when there is none or they differ."""
        words = {anchor.lemma_.lower(), anchor.lower_}
        if not exact:
            words |= {w for x in tuple(words) for w in self.equivalents.get(x, ())}
        dates: dict[str, tuple[str, ResolvedDate]] = {}
        for tok in st.doc[:anchor.i]:
            if tok.pos_ not in ("NOUN", "PROPN", "VERB") or not ({tok.lemma_.lower(), tok.lower_} & words):
                continue
            if st.in_quote(tok):
                continue
            holder = tok
            base = tok
            if tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                base = tok.head.head  # (h25b) a count of them: "carried out waves[dobj] of air strikes on Saturday"
            if tok.pos_ != "VERB" and base.dep_ in ("dobj", "nsubj", "nsubjpass") \
                    and base.head.lemma_.lower() in self.light_verbs:
                holder = base.head
            elif tok.pos_ != "VERB" and self.subject_mentions and base.dep_ == "nsubj" and base.head.pos_ == "VERB" \
                    and base.head.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in base.head.children) \
                    and base.head.lemma_.lower() not in self.sequence_light \
                    and base.head.lemma_.lower() not in self.reporting:
                # (h34c) a happening that did something is dated by what it did (the simple past, which the parser may tag
                # VBN when it has no auxiliary): "Israeli air strikes killed[nsubj] at
                # least five people ... on Monday" (the strikes Monday: "Aoun condemned the strikes"); not "the strikes
                # came a day after ..." (`sequence_light_verbs`) nor "the ruling said" (a report)
                holder = base.head
            elif tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ in self.occasion_preps \
                    and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" \
                    and tok.lemma_.lower() in self.occasion_nouns:
                holder = tok.head.head  # (h25b) the occasion of a dated act: "surround Taiwan on Tuesday in exercises"
            if holder.pos_ == "VERB" and holder.dep_ == "advcl" and holder.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in holder.children):
                holder = holder.head  # (h24c) a participle of the act it hangs on: "upheld ... on Friday, ruling that ..."
            verb = holder if holder.pos_ in ("VERB", "AUX") else None
            if verb is None:  # the verb a noun mention hangs under says whether it is a plan
                verb = next((a for a in holder.ancestors if a.pos_ in ("VERB", "AUX")), None)
            future = self._has_aux(verb, self.future_aux)
            found = self._resolve(tok, spans, article, "future" if future else "past", own=True)
            if (found is None or found[1].value is None) and holder is not tok:
                found = self._resolve(holder, spans, article, "future" if future else "past", own=True)
            if (found is None or found[1].value is None) and len(st.dated.get(tok.i, {})) == 1:
                # (h25b) a telling dated by a reading of its own ("as protesters attacked[as: Tuesday] the embassies")
                found = next(iter(st.dated[tok.i].values()))
            if found is not None and found[1].value is not None:
                dates.setdefault(found[1].value, found)
        if len(dates) > 1 and not exact and fallback and self.mention_exact:
            # (h32a) mentions of the group dated on different days: those of the word itself, if they agree ("Israeli
            # warplanes struck[Saturday] ... in retaliation for Tehran's Oct. 1 ... attack ... condemned the strikes");
            # for a reaction and an act done in the act named (`fallback`), not for an amount "after" it
            return self._mention_date(anchor, spans, article, st, exact=True)
        return next(iter(dates.values())) if len(dates) == 1 else None

    # --- dates from the narrative context ("Police then detained dozens") ---------------------------

    def _context(self, trigger: Token, spans: list, article: Article, st: "_State") -> tuple[str, ResolvedDate] | None:
        """The scene's date for an act with no time phrase of its own (reason `context`): an act
        "then" takes the time of the act before it; a sentence's main act in the simple past continues
        the scene of the sentence just before it (in wire copy often a paragraph of its own) when its
        subject is a pronoun or an actor that sentence's subject named."""
        if self._speech(trigger.sent):
            return None
        path = self._path(trigger)
        for t in path:
            if (t.dep_ in ("ROOT", "conj") or self._is_main(t)) and not self._simple_past(t):
                return None
            if any(c.dep_ == "advmod" and c.lower_ in self.context_adverbs for c in t.children):
                found = self._after(t, spans, article, st)
                break
        else:
            top = path[-1]
            found = self._continues(top, spans, article, st) if self._is_main(top) else None
        if found is None:
            return None
        return found[0], replace(found[1], reason="context")

    def _parties_scene(self, trigger: Token, e: Event, spans: list, article: Article,
                       st: "_State") -> tuple[str, ResolvedDate] | None:
        """The scene of the story for a sentence's main act in the simple past, with no time phrase, that one side
        does to another when both sides (by country, or organisation) took part in the scene the nearest earlier
        sentence with a dated main act set (at most `context_window` back, none with a time phrase of its own in
        between): "Ethiopia and Somalia agreed on Wednesday ..., following talks brokered by Erdogan. Erdogan hosted
        Abiy and Mohamud ..." → Wednesday (reason `context`). A third party's reaction names a side that was not
        there, and a time clause sets a time of its own; words said about the scene (statements, appeals, demands,
        criticism, rejections, threats: `reaction_roots`) are often said later, on a day the story leaves open. (h22d) A
        sentence that opens with a report takes the scene for the act it reports in the past when neither has a time
        phrase ("India launched strikes on Pakistan on Wednesday. Pakistan said it had shot down five Indian jets"),
        unless the scene is itself a statement."""
        if not (e.source_code and e.target_code) or e.cameo_root in self.reaction_roots:
            return None
        root = self._main(trigger.sent)
        if self._speech(trigger.sent) and self._open_quote(root):
            return None  # (h27f) not a quotation inside the act's own clause, after it: "Rubio hosted the two ministers
            # for the ceremony, calling it “an important moment after 30 years of war”" is the narrator's act
        path = self._path(trigger)
        top = path[-1]
        reported = False
        if root.lemma_.lower() in self.reporting and root.head.i == root.i and top.dep_ == "ccomp" \
                and top.head.i == root.i and root.i < top.i:
            # (h22d) ... also an act a side reports, in the past, with no time phrase in the report or the act ("India
            # launched missile strikes on Pakistan on Wednesday ... Pakistan said it had shot down five Indian jets")
            if not self._simple_past(root) or self._own_phrases(root, spans) or not self._past_act(top) \
                    or self._timed_by_adverb(root):
                return None
            root = top
            reported = True
        elif root.i not in {t.i for t in path} or not self._simple_past(root) \
                or (root.lemma_.lower() in self.reporting and root.head.i == root.i):
            return None
        if self._timed_by_adverb(root) or any(
                c.i < root.i and ((c.dep_ == "prep" and c.lower_ in self.skip_preps) or self._time_clause(c))
                for c in root.children):
            return None  # ("After the coup, they ...": a time of its own)
        k = st.index(trigger)
        sides = {_side(e.source_code), _side(e.target_code)}
        for j in range(k - 1, max(-1, k - 1 - self.context_window), -1):
            scene = st.scene(self, j)
            if scene is not None:
                if reported and self._speech_root(st.sents[j], st) is not None \
                        and self._main(st.sents[j]).i == st.sents[j].root.i:  # (h23f: not a report closing the act)
                    return None  # (a statement sets no scene a side reports acts of: "Kenya accused Uganda on Tuesday
                    # of arming rebels. Uganda's army said its troops had killed 12 Kenyan rebels")
                there = st.sentence_codes(j)
                if scene[1].precision != "day" or not sides <= {_side(c) for c in there}:
                    return None
                if len(sides) == 1 and e.target_code not in there:
                    return None  # within one country, one who was there is acted on ("... marched in Dakar on
                    # Sunday. Police fired tear gas at the marchers"; not "Police arrested the president")
                return scene[0], replace(scene[1], reason="context")
            if st.has_time(j):
                return None
        return None

    def _past_act(self, verb: Token) -> bool:
        """A reported act told in the past: the simple past, or the past perfect ("had shot down", "had been
        expelled"), not a present, a plan or a modal ("was ready to", "would", "has")."""
        if self._simple_past(verb):
            return True
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return verb.tag_ == "VBN" and bool(auxes) and auxes[0].lower_ == "had" \
            and all(a.lower_ in self.past_perfect_aux for a in auxes)

    def _published(self, trigger: Token, verb: Token, spans: list, article: Article) -> tuple[str, ResolvedDate] | None:
        """(h24g, dates.yaml `published_fallback`, off by default) The wire convention GDELT and ICEWS follow: an act
        told in the simple past with no time phrase in its sentence, the main act of its sentence or of a report
        closing it, happened on the story's day (reason `published`). Never a relative or adverbial clause, a
        perfect, present or modal verb, "earlier", "previously" (`own_time_adverbs`), or a sentence with a time phrase."""
        if article.published is None or self._own_phrases(trigger, spans) \
                or any(trigger.sent.start <= x.start < trigger.sent.end for x in spans):
            return None
        v = verb
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        main = v.dep_ == "ROOT" or (v.dep_ == "ccomp" and v.head.dep_ == "ROOT" and v.head.i > v.i
                                    and v.head.lemma_.lower() in self.reporting and self._simple_past(v.head))
        if not main or not self._simple_past(verb) \
                or any(c.dep_ == "advmod" and c.lower_ in self.own_time for t in {trigger, verb, v} for c in t.children):
            return None
        return "published", ResolvedDate("published", article.published.isoformat(), "day", False, "published")

    def _open_quote(self, root: Token) -> bool:
        """(h24g) Whether a sentence's quotation makes it speech for the lead's scene: not a short phrase quoted after the
        main act in its own clause when that act is no saying ("Macron urged Putin to agree to a ceasefire “as soon as
        possible”" is the narrator's act); any other quotation is ("“We will not give up,” he said")."""
        marks = [t.i for t in root.sent if any(q in t.text for q in self.quote_marks)]
        if len(marks) % 2 or root.lemma_.lower() in self.reporting:
            return True
        return not all(root.i < a and b <= root.right_edge.i for a, b in zip(marks[::2], marks[1::2]))

    def _speech(self, sent) -> bool:
        """Whether a sentence holds quoted speech: a quotation of more than `context_quote_words` words, or a
        mark left open ("accused the authorities of “anti-Russian hysteria”" is a characterisation, not speech)."""
        if not self.quote_marks:
            return False
        marks = [t.i for t in sent if any(q in t.text for q in self.quote_marks)]
        if len(marks) % 2:
            return True
        doc = sent.doc
        return any(sum(not t.is_punct for t in doc[a + 1:b]) > self.quote_words for a, b in zip(marks[::2], marks[1::2]))

    def _simple_past(self, verb: Token) -> bool:
        """"seized", "were arrested": not "has seized", "had seized", "would seize", "did not seize", "seizes"."""
        if any(c.dep_ == "aux" for c in verb.children):
            return False
        if verb.tag_ == "VBD":
            return True
        passive = [c for c in verb.children if c.dep_ == "auxpass"]
        return verb.tag_ == "VBN" and bool(passive) and all(c.tag_ == "VBD" for c in passive)

    def _after(self, verb: Token, spans: list, article: Article, st: "_State") -> tuple[str, ResolvedDate] | None:
        """The time of the act before "then": the verb `verb` is coordinated with, else the nearest
        earlier sentence with a dated main act (at most `context_window` back, none past a sentence
        whose time phrase does not date its main act)."""
        if verb.dep_ == "conj":
            found = self._resolve(verb.head, spans, article, "past")
            if found is None and verb.head.head.i == verb.head.i:
                return st.scene(self, st.index(verb.head))
            return found if found is not None and found[1].value is not None else None
        if not self._is_main(verb):
            return None
        k = st.index(verb)
        for j in range(k - 1, max(-1, k - 1 - self.context_window), -1):
            scene = st.scene(self, j)
            if scene is not None:
                return scene
            if st.has_time(j):
                return None
        return None

    def _continues(self, root: Token, spans: list, article: Article, st: "_State") -> tuple[str, ResolvedDate] | None:
        """The scene of the sentence before when the root's sentence continues it (see `_context`)."""
        k = st.index(root)
        if k == 0 or st.has_time(k):
            return None
        if (root.lemma_.lower() in self.reporting and root.head.i == root.i) or not self._simple_past(root):
            return None
        if self._timed_by_adverb(root):
            return None
        if any((c.dep_ == "prep" and c.lower_ in self.skip_preps) or self._time_clause(c) for c in root.children):
            return None  # "After the coup, they ...", "When the talks failed, they ...": a time of its own
        subj = _subject(root)
        prev = _subject(self._main(st.sents[k - 1]))
        if subj is None:
            return None
        if subj.lower_ not in self.context_pronouns and not (prev is not None and (
                st.actors(subj) & st.actors(prev, phrase=True) or st.codes(st.actors(subj)) & st.codes(st.actors(prev))
                or self._state_of(st.actors(subj), st.actors(prev, phrase=True), st))) \
                and not self._acts_on_them(root, subj, st, k) and not self._act_named_again(subj, st, k):
            return None  # (or a body of the same side: "The Kremlin rejected ... on Tuesday. Russia's foreign ministry")
        return st.scene(self, k - 1)

    @staticmethod
    def _quoted_only(sent, st: "_State") -> bool:
        """(h29d) Whether every word of a sentence is inside a quotation (a sentence of it the parser split off)."""
        words = [t for t in sent if not t.is_punct and not t.is_space]
        return bool(words) and all(st.in_quote(t) for t in words)

    def _state_of(self, subj: set[str], prev: set[str], st: "_State") -> bool:
        """(h29d) Whether the subject is a country whose government (a code of `context_state_sectors`) the sentence
        before's subject named: "Aliyev and Pashinyan[ARMGOV] also signed a joint declaration at Friday's summit.
        Armenia[ARM] also granted the United States development rights" (the state acts through its leader)."""
        if not self.state_sectors:
            return False
        codes = st.code_map()
        mine = {c for i in subj for c in [codes.get(i)] if c and len(c) == 3}
        theirs = {c[:3] for i in prev for c in [codes.get(i)] if c and c[3:] in self.state_sectors}
        return bool(mine & theirs)

    def _act_named_again(self, subj: Token, st: "_State", k: int) -> bool:
        """(h23f) Whether the subject of sentence `k` is a definite noun naming again the main act of the sentence before
        (its lemma, or one of its group in `anchor_equivalents`): "U.S. warplanes struck Houthi targets on Tuesday. The
        strikes hit radar sites near Hodeidah" -> Tuesday."""
        if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in self.definite
                                          for c in subj.children):
            return False
        prev = self._main(st.sents[k - 1])
        words = {prev.lemma_.lower()} | self.equivalents.get(prev.lemma_.lower(), set())
        return subj.lemma_.lower() in words or subj.lower_ in words

    def _acts_on_them(self, root: Token, subj: Token, st: "_State", k: int) -> bool:
        """(h23f) Whether the act of sentence `k` is done to those the sentence before told of, named again by an object
        pronoun (dates.yaml `context_object_pronouns`) in its clause or its purpose, in the same paragraph: "Hundreds
        of his supporters gathered outside the party headquarters on Tuesday. Police fired tear gas to disperse them"."""
        doc = root.doc
        if "\n" in doc.text[st.sents[k - 1].end_char:st.sents[k].start_char]:
            return False
        skip = {t.i for t in subj.subtree}
        for t in root.subtree:
            if t.i in skip or t.lower_ not in self.object_pronouns or t.dep_ not in ("dobj", "pobj"):
                continue
            v = t.head if t.dep_ == "dobj" else t.head.head
            while v.i != root.i and v.dep_ in ("xcomp", "advcl", "conj", "prep") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
                v = v.head
            if v.i == root.i:
                return True
        return False

    def _time_clause(self, c: Token) -> bool:
        """Whether `c` is an adverbial clause with a mark that sets a time of its own ("when the talks failed", "after
        the coup"); a condition, a reason or a concession sets none ("if the military does not present a timetable":
        dates.yaml `untimed_marks`)."""
        return c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) \
            and not any(m.dep_ == "mark" and m.lower_ in self.untimed_marks for m in c.children)

    def _main(self, sent) -> Token:
        """A sentence's main act: its root, or the clause before a trailing report ("Protesters then
        tried to break through the gates, the interior ministry said")."""
        root = sent.root
        if root.lemma_.lower() in self.reporting:
            return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
        return root

    def _is_main(self, verb: Token) -> bool:
        return verb.head.i == verb.i or (verb.dep_ == "ccomp" and verb.head.i > verb.i
                                         and verb.head.head.i == verb.head.i
                                         and verb.head.lemma_.lower() in self.reporting)

    def _scene(self, root: Token, spans: list, article: Article, st: "_State") -> tuple[str, ResolvedDate] | None:
        """The date of a sentence's main act in the simple past, not a report of another act: its own
        time phrase's, else its context's."""
        if root.pos_ not in ("VERB", "AUX") or not self._simple_past(root):
            return None
        if root.lemma_.lower() in self.reporting and any(c.dep_ == "ccomp" for c in root.children):
            return None
        phrase = self._anchored(root)  # "arrested ... a day after the vote on Tuesday": the Wednesday
        found = self._resolve(root, spans, article, "past", outside=phrase[0] if phrase is not None else frozenset())
        if found is None and phrase is not None:
            found = self._from_anchor(phrase, spans, article, "past", st)
            if found is None or _after_publication(found[1], article):
                return None
        if found is not None:
            return found if found[1].value is not None else None
        if st.has_time(st.index(root)) or (self.quote_marks and any(q in root.sent.text for q in self.quote_marks)):
            return None
        found = self._context(root, spans, article, st)
        if found is None:
            # (h22d) ... or the scene its act on another side continues ("Li was received by Lula at the palace"
            # after the lead's signing by China and Brazil on Tuesday: `_parties_scene`)
            found = next((f for e in st.events_at(root.i) if e.mode == "happened"
                          for f in [self._parties_scene(root, e, spans, article, st)] if f is not None), None)
        return found


_CARRIED_DEPS = ("conj", "xcomp", "dobj")
_NOMINAL_DEPS = ("pobj", "prep", "dobj", "amod")  # (h21f: an adjective trigger, "condemned the strike that night as an unprovoked[amod] violation")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with."""
    t = verb
    while True:
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or t.dep_ != "conj":
            return subj
        t = t.head


def _side(code: str) -> str:
    """The side a code names: its country, or the organisation of an international code (IGOEUREEC → IGOEUR)."""
    return code[:6] if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def _after_publication(r: ResolvedDate, article: Article) -> bool:
    return r.value is not None and article.published is not None \
        and r.value > article.published.isoformat()[:len(r.value)]


class _State:
    """What the dater works out once per article: sentences, actors by position, scene dates."""

    def __init__(self, doc: Doc, article: Article, spans: list, measure=lambda ent: False) -> None:
        self.doc, self.article, self.spans = doc, article, spans
        self.sents = list(doc.sents)
        self._index = {s.start: k for k, s in enumerate(self.sents)}
        self._time = [False] * len(self.sents)
        for ent in spans:
            if not measure(ent):  # a length of time measured dates nothing: no time phrase of the sentence's
                self._time[self._index[ent.sent.start]] = True
        self._scenes: dict[int, tuple[str, ResolvedDate] | None] = {}
        self._quotes = [(q.span.start, q.span.end) for q in article.quotes]
        self._roots: dict[int, list[Event]] | None = None
        self.dated: dict[int, dict[str, tuple[str, ResolvedDate]]] = {}  # trigger token -> its events' days so far

    def events_at(self, i: int) -> list[Event]:
        """The article's events whose trigger is the token `i`."""
        if self._roots is None:
            self._roots = {}
            for e in self.article.events:
                span = self.doc.char_span(e.span.start, e.span.end, alignment_mode="expand")
                if span is None:
                    continue
                tok = next((t for t in span if t.text == e.trigger), span.root)
                self._roots.setdefault(tok.i, []).append(e)
        return self._roots.get(i, [])

    def roots_at(self, i: int) -> set[str]:
        """The CAMEO roots of the article's events whose trigger is the token `i`."""
        return {e.cameo_root for e in self.events_at(i)}

    def index(self, tok: Token) -> int:
        return self._index[tok.sent.start]

    def sentence_codes(self, k: int) -> set[str]:
        """The codes of the actors mentioned in sentence `k` (a place too: the host of a meeting held there)."""
        sent = self.sents[k]
        start, end = sent.start_char, sent.end_char
        if not hasattr(self, "_codes"):
            self._codes = {a.id: a.code for a in self.article.actors if a.code}
        if not hasattr(self, "_members"):
            # (h23f) the members of a compound mention are named there too ("Thai and Cambodian troops")
            self._members = {a.id: a.members for a in self.article.actors if getattr(a, "members", None)}
        return {c for m in self.article.mentions if m.actor_id and start <= m.start < end
                for i in (m.actor_id, *self._members.get(m.actor_id, ())) for c in [self._codes.get(i)] if c}

    def has_time(self, k: int) -> bool:
        return self._time[k]

    def in_quote(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self._quotes)

    def actors(self, tok: Token, *, phrase: bool = False) -> set[str]:
        """The actors of the mentions over the word `tok` (not a possessive before it: "his government"),
        or with `phrase` anywhere in its phrase ("Fighters from the Islamic State West Africa Province")."""
        if phrase:
            start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
            return {m.actor_id for m in self.article.mentions if m.actor_id and start <= m.start and m.end <= end}
        return {m.actor_id for m in self.article.mentions if m.actor_id and m.start <= tok.idx < m.end}

    def people(self, ids: set[str]) -> bool:
        """Whether all these actors are people."""
        kinds = {a.id: a.kind for a in self.article.actors}
        return bool(ids) and all(kinds.get(i) in ("person", "unknown_person") for i in ids)

    def code_map(self) -> dict[str, str]:
        """Actor id → code, for the article's coded actors (built once)."""
        if not hasattr(self, "_codes"):
            self._codes = {a.id: a.code for a in self.article.actors if a.code}
        return self._codes

    def codes(self, ids: set[str]) -> set[str]:
        """The codes of these actors that name a side's body (a country and a sector: "RUSGOV", not "RUS")."""
        codes = self.code_map()
        return {c for i in ids for c in [codes.get(i)] if c and len(c) >= 6}

    def scene(self, dater: EventDater, k: int) -> tuple[str, ResolvedDate] | None:
        if k not in self._scenes:
            self._scenes[k] = None  # no loops
            self._scenes[k] = dater._scene(dater._main(self.sents[k]), self.spans, self.article, self)
        return self._scenes[k]


def _time_spans(doc: Doc, years: tuple[int, int] = (0, 0)) -> list:
    """The DATE and TIME entities, split at commas: the small NER runs "on Thursday, days after
    ..." into one entity ("Thursday, days") whose parts hang on different clauses; and a year the NER
    calls a number, written before a singular noun ("a 2023[CARDINAL] attack"; "2000 troops" is a count),
    within `years` (dates.yaml `year_bounds`)."""
    out = []
    for tok in doc:
        if tok.ent_type_ not in TIME_LABELS and tok.tag_ == "CD" and len(tok.text) == 4 and tok.text.isdigit() \
                and years[0] <= int(tok.text) <= years[1] and tok.dep_ in ("nummod", "compound", "amod") \
                and tok.head.tag_ in ("NN", "NNP") and tok.i < tok.head.i:
            out.append(doc[tok.i:tok.i + 1])
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS:
            continue
        start = ent.start
        for t in ent:
            # also at a preposition of the verb's own ("protested in April over months[DATE] of unpaid wages"); not
            # the comma of a month's day before its year ("during its Oct. 7, 2023 attack")
            if (t.text == "," and not _day_comma_year(t)) \
                    or (t.dep_ == "prep" and t.i > ent.start and not (ent.start <= t.head.i < ent.end)):
                # (h24c) not the adverb of the preposition itself ("just[advmod] after midnight"): no time of its own
                if t.i > start and not all(x.dep_ == "advmod" and x.head.i == t.i for x in doc[start:t.i]):
                    out.append(doc[start:t.i])
                start = t.i + 1
        if start < ent.end:
            out.append(doc[start:ent.end])
    # (h24g) a holiday named as a day, which the small NER tags as anything or nothing ("gathered for Palm Sunday[LOC]",
    # "on Orthodox Easter[PERSON]"): the object of a preposition or an adverbial noun phrase, not a modifier of a
    # noun ("Christmas trees", "the Christmas Day attack"); dates.yaml `holidays`
    names = holiday_names()
    taken = {t.i for span in out for t in span}
    i = 0
    while names and i < len(doc):
        for n in (4, 3, 2, 1):
            span = doc[i:i + n]
            if len(span) == n and span.root.i == span.end - 1 and span.root.dep_ in ("pobj", "npadvmod") \
                    and _normalize(span.text) in names:
                # a part of the name the NER tagged alone ("Easter Sunday[DATE: Sunday]") gives way to the name
                inner = [x for x in out if span.start <= x.start and x.end <= span.end]
                if taken & {t.i for t in span} - {t.i for x in inner for t in x}:
                    continue
                out = [x for x in out if x not in inner]
                out.append(span)
                i += n - 1
                break
        i += 1
    # ... and a month's day and its year the NER tags apart across the comma ("Oct. 7[DATE], 2023[DATE] attack") are
    # one date
    by_start = {span.start: span for span in out}
    for span in list(out):
        year = by_start.get(span.end + 1)
        if year is not None and len(year) == 1 and span.end < len(doc) and _day_comma_year(doc[span.end]) \
                and span in out and year in out:
            out[out.index(span)] = doc[span.start:year.end]
            out.remove(year)
    return out


def _day_comma_year(comma: Token) -> bool:
    """Whether a comma separates a month's day from its year ("Oct. 7, 2023"): one date, not two."""
    doc = comma.doc
    if comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    day, year = doc[comma.i - 1], doc[comma.i + 1]
    return day.text.isdigit() and 1 <= int(day.text) <= 31 and year.text.isdigit() and len(year.text) == 4
