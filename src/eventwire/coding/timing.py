"""Event dates: the time expression nearest an event's trigger, resolved against the article's
publication date by `coding.dates.resolve_date` (past for happened events, future for planned)."""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Event, EventDate
from .dates import resolve_date
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
                text = f"{prep.text} {text}"
            out.append((dist, text))
        for tok in sent:
            if tok.lower_ in self.recency and tok.ent_type_ not in TIME_LABELS:
                dist = 0 if tok.head.i == trigger.i else 3
                out.append((dist, tok.text))
        return sorted(out)

    def _date(self, doc: Doc, article: Article, e: Event, spans: list) -> Event:
        trigger = self._trigger(doc, e)
        if trigger is None:
            return e
        direction = "future" if e.mode == "planned" else "past"
        adverbs = {c.lower_ for c in trigger.children if c.dep_ == "advmod"}
        if adverbs & self.undated:
            return e
        own = e.mode == "planned" or bool(adverbs & self.own_time)
        for _dist, text in self._expressions(trigger, spans, own=own):
            r = resolve_date(text, article.published, direction=direction)
            if r.value is None and not r.recent:
                continue
            date = EventDate(r.value, r.precision, text, r.recent, r.reason)
            return replace(e, event_date=r.value, date_precision=r.precision, date=date)
        return e


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
