"""Quotations and their speakers.

Direct quotes are found between quotation marks in the text (curly, straight, guillemets); a
quote split by its attribution ("“A,” she said, “B.”") gives two spans with one speaker. The
speaker is the subject of the nearest cue verb outside the quote in the same sentence — or the
next or previous sentence when the quote stands alone — resolved through the article's mentions
(so "he" and a surname after the quote get the right person). Reported speech ("stated that
...") is kept as `kind: indirect`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span as TSpan, Token

from ..model import Article, Mention, Quote, Span
from .kb import read_yaml
from .syntax import subject


@functools.lru_cache(maxsize=1)
def quote_vocab() -> dict:
    data = read_yaml("quotes.yaml")
    return {"pairs": dict(data["pairs"]), "min_words": int(data["min_words"]),
            "speech_verbs": set(data["speech_verbs"]), "reported": set(data["reported_speech_verbs"])}


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text."""
    pairs = quote_vocab()["pairs"]
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        close = pairs.get(ch)
        if close is None:
            i += 1
            continue
        if ch == '"' and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
            i += 1  # inch mark inside a word
            continue
        j = text.find(close, i + 1)
        # a quotation does not run over a paragraph break unless the next paragraph reopens it
        para = text.find("\n\n", i + 1)
        if j == -1 or (para != -1 and para < j and text[para:].lstrip()[:1] != ch):
            i += 1
            continue
        out.append((i + 1, j))
        i = j + 1
    return out


class QuoteFinder:
    name = "quotes"
    requires = ("doc", "actors", "mentions")
    assigns = ("quotes",)

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        self.v = quote_vocab()

    def __call__(self, doc: Doc, article: Article) -> Article:
        by_token: dict[int, Mention] = {}
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    by_token.setdefault(t.i, m)
        actors = {a.id: a for a in article.actors}
        sents = list(doc.sents)
        quotes: list[Quote] = []
        spans = find_quote_spans(doc.text)
        inside = set()
        for s, e in spans:
            inside.update(range(s, e))
        prev_speaker = None
        for s, e in spans:
            raw = doc.text[s:e]
            words = len(re.findall(r"\w+", raw))
            if words < self.v["min_words"]:
                continue
            sent_idx = next((k for k, st in enumerate(sents) if st.start_char <= s < st.end_char), 0)
            cue, speaker = self._speaker(doc, sents, sent_idx, s, e, inside, by_token)
            if speaker is None and prev_speaker is not None and self._continues(doc.text, s):
                speaker = prev_speaker
            actor = actors.get(speaker) if speaker else None
            kind = "direct" if self._is_clause(doc, s, e) else "partial"
            quotes.append(Quote(raw, actor.name if actor else None, actor.code if actor else None, Span(s, e),
                                actor.id if actor else None, cue.lemma_ if cue is not None else None, kind, sent_idx))
            prev_speaker = speaker or prev_speaker
        quotes += self._indirect(doc, sents, inside, by_token, actors)
        return replace(article, quotes=tuple(sorted(quotes, key=lambda q: q.span.start)))

    def _continues(self, text: str, start: int) -> bool:
        """A quotation that opens a paragraph right after another quotation continues it."""
        before = text[:start - 1].rstrip()
        return before.endswith(tuple(self.v["pairs"].values()))

    def _is_clause(self, doc: Doc, s: int, e: int) -> bool:
        span = doc.char_span(s, e, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _speaker(self, doc, sents, k, s, e, inside, by_token):
        order = [k, k + 1, k - 1] if k + 1 < len(sents) else [k, k - 1]
        for idx in order:
            if not 0 <= idx < len(sents):
                continue
            sent = sents[idx]
            cues = [t for t in sent if t.lemma_.lower() in self.v["speech_verbs"] and t.idx not in inside
                    and t.pos_ in ("VERB", "AUX")]
            if idx != k:
                # only a sentence that is pure attribution ("He said.") or starts with one
                cues = [t for t in cues if not any(c.dep_ in ("ccomp", "dobj") and c.idx not in inside for c in t.children)]
            cues.sort(key=lambda t: min(abs(t.idx - s), abs(t.idx - e)))
            for cue in cues:
                for subj in subject(cue)[0]:
                    m = by_token.get(subj.i)
                    if m is not None:
                        return cue, m.actor_id
        return None, None

    def _indirect(self, doc, sents, inside, by_token, actors) -> list[Quote]:
        out = []
        for k, sent in enumerate(sents):
            for t in sent:
                if t.lemma_.lower() not in self.v["reported"] or t.idx in inside or t.pos_ != "VERB":
                    continue
                comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i
                             and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
                if comp is None or any(x.idx in inside for x in comp.subtree):
                    continue
                subj = subject(t)[0]
                m = by_token.get(subj[0].i) if subj else None
                if m is None:
                    continue
                toks = [x for x in comp.subtree if x.dep_ != "mark" or x.head.i != comp.i]
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
                while end > start and doc.text[end - 1] in ".,;":
                    end -= 1
                a = actors[m.actor_id]
                out.append(Quote(doc.text[start:end], a.name, a.code, Span(start, end), a.id, t.lemma_, "indirect", k))
        return out
