"""Quotations that are acts: a speaker's own words that accuse, condemn or threaten someone.

The event coder reads a quotation's clause like any other, so a quotation with a verb of an act ("We
condemn the strikes") is already coded; this stage reads what it cannot: a verdict or accusation with no such
verb ("“This is a sham, staged for television,” Ali said", "“Baku has spread disinformation again,” she
said", "“It will not go unanswered,” he wrote"). Cue phrases are grouped by CAMEO code in
``quote_acts.yaml``; the act's source is the quotation's speaker, its target

1. an actor the quotation names as the doer: the possessor, compound or "by"/"from" phrase of the cue
   ("Moscow's provocation", "a group that came from Serbia"), else the subject of the cue's clause ("Baku has
   spread disinformation") — never the speaker's own side;
2. else, when the quotation points back to an act or party ("this", "they", "their", "the seizure", a
   characterised "the attack") or the cue answers an act by itself ("we do not accept"), the story's other
   side: the other party of its last event with the speaker's side shortly before.

No target, no act; one act per quotation, and none where the event coder already coded the speaker's
disapproval, rejection or threat in that sentence (`covered_roots`), or an act of the same root by a
speaker of the same code at the same country earlier in the story (a statement repeated is coded once)."""
from __future__ import annotations

import functools
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import __version__
from ..model import Actor, Article, Event, Quote, Span
from .cameo import _cameo_fields, cameo
from .kb import dictionary_version, known_group_codes, load_kb, read_yaml
from .quotes import quote_vocab
from .syntax import innermost_mentions

CODER_VERSION = "quote_acts.v1"


@functools.lru_cache(maxsize=1)
def quote_act_vocab() -> dict:
    data = read_yaml("quote_acts.yaml")
    groups = [(str(g["code"]), [tuple(p.lower().split()) for p in g["phrases"]]) for g in data["cues"]]
    return {"version": str(data["version"]), "gap": int(data["gap"]), "groups": groups,
            "answering": {tuple(p.lower().split()) for p in data["answering_phrases"]},
            "deictic": set(data["deictic_pronouns"]), "act_dets": set(data["act_determiners"]),
            "act_nouns": set(data["act_nouns"]), "conditional": set(data["conditional_marks"]),
            "lookback": int(data["counterpart_lookback_sentences"]), "lead": int(data["lead_sentences"]),
            "quads": {int(c) for c in data["counterpart_quad_classes"]},
            "state": set(data["state_sectors"]), "home_opponents": set(data["home_opponent_sectors"]),
            "covered": tuple(str(r) for r in data["covered_roots"]), "confidence": float(data["confidence"]),
            # (h31f) what negates a cue: the event coder's own negation words (modality.yaml `negation_words`)
            "negating": frozenset(read_yaml("modality.yaml")["negation_words"])}


class QuoteActs:
    name = "quote_acts"
    requires = ("doc", "actors", "mentions", "events", "quotes")
    assigns = ("events",)

    def __init__(self, nlp: Language | None = None, min_confidence: float = 0.5, actor_files: tuple = (),
                 **_: object) -> None:
        self.v = quote_act_vocab()
        self.kb = load_kb(tuple(actor_files or ()))  # (h34d) an event's codes of known groups
        self.min_confidence = min_confidence
        self.versions = {"pipeline": __version__, "coder": CODER_VERSION,
                         "patterns": f"quote_acts@{self.v['version']}", "dictionary": dictionary_version()}

    def __call__(self, doc: Doc, article: Article) -> Article:
        if self.v["confidence"] < self.min_confidence:
            return article
        actors = {a.id: a for a in article.actors}
        by_token = {i: m.actor_id for i, m in innermost_mentions(doc, article.mentions).items()}
        added: list[Event] = []
        events = list(article.events)
        for q in article.quotes:
            e = self._quote_act(doc, article, q, actors, by_token, events + added)
            if e is not None:
                added.append(known_group_codes(self.kb, e))
        if not added:
            return article
        out = sorted(events + added, key=lambda e: (e.sentence_index, e.span.start))
        return replace(article, events=tuple(out))

    # -----------------------------------------------------------------------------------------
    def _quote_act(self, doc, article, q: Quote, actors, by_token, events) -> Event | None:
        speaker = actors.get(q.speaker_id or "")
        if speaker is None or not speaker.code:
            return None
        if q.kind == "indirect" or q.kind == "partial" and q.cue not in quote_vocab()["characterising"]:
            return None  # (reported speech is the event coder's; a partial quotation counts only as what one called something)
        span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        if span is None:
            return None
        toks = [t for t in span if not t.is_space]
        for code, phrases in self.v["groups"]:
            for phrase in phrases:
                for matched in self._matches(toks, phrase):
                    anchor = min(matched, key=_depth)
                    if not self._asserted(anchor, phrase, q):
                        continue
                    here = self._sent_index(doc, anchor)
                    if any(e.source_id == speaker.id and e.cameo_code[:2] in self.v["covered"]
                           and e.sentence_index == here for e in events):
                        return None  # (the event coder read the speaker's act there already)
                    target = self._named(anchor, matched, toks, speaker, actors, by_token)
                    if target is None and (phrase in self.v["answering"] or self._points_back(anchor, q, doc)):
                        target = self._counterpart(doc, q, speaker, actors, events)
                    if target is None:
                        continue
                    if any((e.source_group or e.source_code) == speaker.code and e.cameo_code[:2] == code[:2] and e.target_code
                           and e.target_code[:3] == (target.code or "")[:3] and e.sentence_index < q.sentence_index
                           for e in events):
                        return None  # (said before by the same body: a repeated statement is coded once)
                    return self._event(doc, article, q, code, phrase, anchor, speaker, target)
        return None

    def _matches(self, toks: list[Token], phrase: tuple[str, ...]) -> list[list[Token]]:
        """Every run of `toks` the phrase matches (each word a token's lower form or lemma; "*" up to `gap` words)."""
        out = []

        def word(t: Token, w: str) -> bool:
            return t.lower_ == w or t.lemma_.lower() == w

        def go(i: int, k: int, got: list[Token]) -> list[Token] | None:
            if k == len(phrase):
                return got
            if phrase[k] == "*":
                for skip in range(self.v["gap"] + 1):
                    r = go(i + skip, k + 1, got)
                    if r is not None:
                        return r
                return None
            if i < len(toks) and word(toks[i], phrase[k]):
                return go(i + 1, k + 1, got + [toks[i]])
            return None

        for i, t in enumerate(toks):
            if word(t, phrase[0]):
                r = go(i, 0, [])
                if r:
                    out.append(r)
        return out

    def _asserted(self, anchor: Token, phrase: tuple[str, ...], q: Quote) -> bool:
        """The cue is asserted: its clause (and the copula it is the attribute of) is not negated, unless the
        phrase holds the negation; not under a condition; not in a question."""
        negating = self.v["negating"]
        chain = [anchor]
        t = anchor
        for _ in range(3):  # the verb over a predicate noun or adjective ("is not a sham", "was no provocation")
            if t.dep_ in ("attr", "acomp", "dobj", "pobj", "prep", "amod", "oprd") and t.head.i != t.i:
                t = t.head
                chain.append(t)
            else:
                break
        if not negating & set(phrase):
            for c in chain:
                if any(g.dep_ == "neg" or g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                    return False
        t = anchor
        for _ in range(10):
            if any(g.dep_ == "mark" and g.lower_ in self.v["conditional"] for g in t.children):
                return False
            if t.head.i == t.i:
                break
            t = t.head
        sent = anchor.sent
        return not any(tok.text == "?" and tok.i > anchor.i for tok in sent)

    def _named(self, anchor: Token, matched: list[Token], toks: list[Token], speaker: Actor, actors, by_token) -> Actor | None:
        """An actor the quotation names as the cue's doer (not the speaker's side)."""
        inside = {t.i for t in toks}

        def other(t: Token) -> Actor | None:
            a = actors.get(by_token.get(t.i, ""))
            return a if a is not None and a.code and not self._same_side(a, speaker) else None

        heads = set(t.i for t in matched)
        # owner of the cue's head noun: "Moscow's provocation", "Russian disinformation" (not of a word inside the
        # phrase: "a violation of Ukraine's sovereignty" is not Ukraine's)
        for g in anchor.children:
            if g.dep_ in ("poss", "compound", "amod", "nmod") and g.i in inside:
                for x in g.subtree:
                    if x.i in inside and other(x):
                        return other(x)
        # a "by" / "from" phrase in the quotation ("an armed group that came from Serbia")
        for t in toks:
            if t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and other(t):
                return other(t)
        # the subject of the cue's clause ("Baku has spread disinformation")
        t = anchor
        for _ in range(4):
            for g in t.children:
                if g.dep_ in ("nsubj",) and g.i in inside and g.i not in heads:
                    a = other(g) or next((other(x) for x in g.subtree if x.i in inside and other(x)), None)
                    if a is not None:
                        return a
            if t.head.i == t.i or t.dep_ in ("ccomp", "conj", "advcl") or t.head.i not in inside:
                break
            t = t.head
        return None

    def _points_back(self, anchor: Token, q: Quote, doc: Doc) -> bool:
        """The quotation points back to an act or party told before: a deictic subject, possessor or determiner on
        the cue's clause ("This is a sham", "Their plan was ...", "it will not go unanswered"), a definite act noun
        ("The seizure is unacceptable"), or, for a word someone called a thing, a definite act noun called so
        ("called the attack “unprovoked and reckless”")."""
        ancestors = {anchor.i} | {t.i for t in anchor.ancestors}

        def back(t: Token) -> bool:
            if t.lower_ in self.v["deictic"] and t.pos_ in ("PRON", "DET"):
                return True
            return t.lower_ in self.v["act_nouns"] and any(
                g.dep_ in ("det", "poss") and (g.lower_ in self.v["act_dets"] or g.lower_ in self.v["deictic"])
                for g in t.children)

        for t in anchor.sent:
            if not (q.span.start <= t.idx < q.span.end):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ancestors and any(back(x) for x in t.subtree):
                return True
            if t.dep_ in ("det", "poss") and t.head.i in ancestors and back(t):
                return True
        if q.kind == "partial":
            verb = next((t for t in anchor.ancestors if t.lemma_.lower() == q.cue), None)
            if verb is not None:
                return any(back(g) for g in verb.children if g.dep_ == "dobj")
        return False

    def _counterpart(self, doc: Doc, q: Quote, speaker: Actor, actors, events) -> Actor | None:
        """The other party of the story's last event of conflict (`counterpart_quad_classes`) between the speaker's
        side and another side, before the quotation, in its sentence or `counterpart_lookback_sentences` before, else in the story's lead."""
        near, lead = None, None
        for e in sorted(events, key=lambda e: (e.sentence_index, e.span.start)):
            if e.mode != "happened" or not e.source_id or not e.target_id or e.sentence_index > q.sentence_index \
                    or e.quad_class not in self.v["quads"]:
                continue
            if e.sentence_index == q.sentence_index and e.span.start >= q.span.start:
                continue
            src, tgt = actors.get(e.source_id), actors.get(e.target_id)
            if src is None or tgt is None or not src.code or not tgt.code:
                continue
            own_src, own_tgt = self._same_side(src, speaker), self._same_side(tgt, speaker)
            other = tgt if own_src and not own_tgt else src if own_tgt and not own_src else None
            if other is None or not self._opponent(other, speaker):
                continue
            if e.sentence_index >= q.sentence_index - self.v["lookback"]:
                near = other
            elif e.sentence_index < self.v["lead"]:
                lead = lead or other  # (the lead's first act: what the story is about)
        return near or lead

    def _opponent(self, a: Actor, speaker: Actor) -> bool:
        """Whether an actor of another side may be the speaker's opponent: of another country, or of the
        speaker's own an opposition, armed group or former office holder against a state speaker
        (`home_opponent_sectors`), not its civilians."""
        ca, cs = a.code or "", speaker.code or ""
        if ca[:3] != cs[:3]:
            return True
        return ca[3:6] in self.v["home_opponents"]

    def _same_side(self, a: Actor, speaker: Actor) -> bool:
        if a.id == speaker.id:
            return True
        ca, cs = a.code or "", speaker.code or ""
        if ca[:3] != cs[:3]:
            return False
        if ca[:3] in ("IGO", "NGO", "IMG", "MNC"):
            return ca[:6] == cs[:6]
        sa, ss = ca[3:6], cs[3:6]
        state = self.v["state"]
        return (not sa or sa in state) == (not ss or ss in state) and (not sa or sa in state or sa == ss)

    @staticmethod
    def _sent_index(doc: Doc, tok: Token) -> int:
        return next(n for n, s in enumerate(doc.sents) if s.start <= tok.i < s.end)

    def _event(self, doc, article, q, code, phrase, anchor: Token, src: Actor, tgt: Actor) -> Event:
        c = cameo(code)
        k = self._sent_index(doc, anchor)
        sent = article.sentences[k] if k < len(article.sentences) else None
        pos = [anchor.idx, anchor.idx + len(anchor)]
        pos += [x for m in article.mentions if m.actor_id in (src.id, tgt.id) and sent is not None
                and sent.start <= m.start < sent.end for x in (m.start, m.end)]
        group = {"11": "condemn" if code == "111" else "accuse", "13": "threaten"}.get(code[:2], "act")
        return Event(
            source_actor=src.name, source_code=src.code, target_actor=tgt.name, target_code=tgt.code,
            **_cameo_fields(c), mode="happened", event_date=None, date_precision="unknown",
            sentence=(sent.text if sent else anchor.sent.text).strip(), sentence_index=k, span=Span(min(pos), max(pos)),
            trigger=anchor.text, confidence=round(self.v["confidence"], 3), rule=f"q.{group}.{code}",
            source_id=src.id, target_id=tgt.id, versions=dict(self.versions))


def _depth(t: Token) -> int:
    return sum(1 for _ in t.ancestors)
