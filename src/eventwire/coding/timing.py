"""Event dates: the time expression nearest an event's trigger, resolved against the article's
publication date by `coding.dates.resolve_date` (past for happened events, future for planned)."""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Event, EventDate
from .dates import ResolvedDate, resolve_date, shift_date
from .geo import dateline_end
from .kb import read_yaml

TIME_LABELS = {"DATE", "TIME"}


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

    def __call__(self, doc: Doc, article: Article) -> Article:
        if not article.events:
            return article
        skip = dateline_end(doc.text)  # its date says when the story was filed, not when its events happened
        spans = [ent for ent in _time_spans(doc) if ent.start_char >= skip]  # once per article
        events = tuple(self._date(doc, article, e, spans) for e in article.events)
        return replace(article, events=events)

    def _trigger(self, doc: Doc, e: Event) -> Token | None:
        span = doc.char_span(e.span.start, e.span.end, alignment_mode="expand")
        if span is None:
            return None
        return next((t for t in span if t.text == e.trigger), span.root)

    def _expressions(self, trigger: Token, spans: list, *, own: bool = False) -> list[tuple[int, str]]:
        """(distance in the tree, text) of the time expressions `spans` (outside a dateline) in the
        trigger's sentence; with `own`, only those in the trigger's own clause
        (not on a verb above it: "announced on Wednesday that it would invest" dates the
        announcement, not the investment)."""
        sent = trigger.sent
        out = []
        ancestors = {trigger.i: 0}
        t, d = trigger, 0
        inside_relative = None  # depth of the relative clause the trigger is in, if any
        while t.head.i != t.i:
            if t.dep_ == "relcl" and inside_relative is None:
                inside_relative = d
            t, d = t.head, d + 1
            ancestors[t.i] = d
        for ent in spans:
            if not (sent.start <= ent.start < sent.end):
                continue
            root = ent.root
            if root.dep_ in ("compound", "amod", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
                    and root.i < root.head.i and root.head.i not in ancestors \
                    and root.head.lemma_.lower() not in self.time_heads:
                continue  # a date naming a thing, not when the act was: "a violation of the November ceasefire"
            # tree distance: climb from the entity root until an ancestor of the trigger
            u, k = ent.root, 0
            relative = False  # "Qatar, which brokered a ceasefire in March, invited ...": March is the brokering's
            while u.i not in ancestors and u.head.i != u.i:
                # ... and so is a date inside any other clause that does not hold the act ("days after
                # Zelenskiy met Trump on Nov 14", "hostages seized during the October 7 attack")
                relative = relative or u.dep_ == "relcl" or (
                    u.dep_ in ("advcl", "acl", "pcomp", "ccomp") and u.pos_ in ("VERB", "AUX"))
                u, k = u.head, k + 1
            if relative:
                continue
            if u.i != trigger.i and u.i > trigger.i and u.lemma_.lower() in self.reporting:
                continue  # "X carried out airstrikes ..., officials said on Tuesday": the saying's date
            if inside_relative is not None and ancestors.get(u.i, 10) > inside_relative:
                continue  # "Egypt, which has mediated ..., invited both sides to talks next month": the invitation's
            dist = k + ancestors.get(u.i, 10)
            if own and u.i != trigger.i:
                continue
            text = ent.text
            prep = ent.root.head if ent.root.dep_ == "pobj" else None
            if prep is None and ent.root.head.dep_ == "pobj" and ent.root.head.head.dep_ == "prep":
                prep = ent.root.head.head  # "since the 2021 coup": the date modifies the pobj
            if prep is not None and prep.dep_ == "prep":
                if prep.lower_ in self.skip_preps:
                    continue
                if prep.lower_ in self.future_preps and self._measures_span(prep):
                    continue  # "Modi's first visit to China in seven years": a span, not seven years from now
                text = f"{prep.text} {text}"
            out.append((dist, text))
        for tok in sent:
            if tok.lower_ in self.recency and tok.ent_type_ not in TIME_LABELS:
                dist = 0 if tok.head.i == trigger.i else 3
                out.append((dist, tok.text))
        return sorted(out)

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
            if t.dep_ in ("relcl", "ccomp", "acl", "csubj", "parataxis"):
                return None
            t = t.head
        else:
            return None
        amount = " ".join(x.text for x in amounts[0].subtree if x.i < mark.i) if amounts else None
        return t.head, self.sequence[mark.lower_], amount

    def _resolve(self, anchor: Token, spans: list, article: Article, direction: str, *,
                 own: bool = False) -> tuple[str, ResolvedDate] | None:
        for _dist, text in self._expressions(anchor, spans, own=own):
            r = resolve_date(text, article.published, direction=direction)
            if r.value is not None or r.recent:
                return text, r
        return None

    def _date(self, doc: Doc, article: Article, e: Event, spans: list) -> Event:
        trigger = self._trigger(doc, e)
        if trigger is None:
            return e
        direction = "future" if e.mode == "planned" else "past"
        adverbs = {c.lower_ for c in trigger.children if c.dep_ == "advmod"}
        if adverbs & self.undated:
            return e
        own = e.mode == "planned" or bool(adverbs & self.own_time)
        sequence = self._sequence(trigger)
        if sequence is not None and sequence[2] is not None:
            # "a day after X": X's own date if it has one, else the anchor's moved by the amount
            found = self._resolve(trigger, spans, article, direction, own=True)
            if found is None:
                anchor = self._resolve(sequence[0], spans, article, direction)
                if anchor is None:
                    return e
                r = shift_date(anchor[1], sequence[2], sequence[1])
                if r.value is None:
                    return e
                found = (f"{anchor[0]}, {sequence[2]} {'after' if sequence[1] < 0 else 'before'}", r)
        else:
            found = self._resolve(trigger, spans, article, direction, own=own)
        if found is None:
            return e
        text, r = found
        date = EventDate(r.value, r.precision, text, r.recent, r.reason)
        return replace(e, event_date=r.value, date_precision=r.precision, date=date)


def _time_spans(doc: Doc) -> list:
    """The DATE and TIME entities, split at commas: the small NER runs "on Thursday, days after
    ..." into one entity ("Thursday, days") whose parts hang on different clauses."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS:
            continue
        start = ent.start
        for t in ent:
            if t.text == ",":
                if t.i > start:
                    out.append(doc[start:t.i])
                start = t.i + 1
        if start < ent.end:
            out.append(doc[start:ent.end])
    return out
