"""Quotations and their speakers.

Direct quotes are found between quotation marks in the text (curly, straight, guillemets): the
quote is the text between the marks, exactly. A quote split by its attribution ("“A,” she said,
“B.”") gives two spans with one speaker; a quotation that runs on into a new paragraph (the
paragraph ends without a closing mark and the next opens with one) gives one span per paragraph.

The speaker is the subject of the nearest cue verb outside the quote in the same sentence ("“...,”
said Putin", "Lula said: “...”"), or the object of "according to"; for a quote that stands alone,
the cue of the next or previous sentence ("Putin said this on Tuesday."), and for a quote that
opens a paragraph right after another quote, that quote's speaker. The subject is resolved through
the article's mentions (so "he" and a surname after the quote get the right person); a definite
title with no person behind it ("the spokesman said") goes to the last person named with that
title. An agency that relays someone's words is not the speaker ("TASS quoted Lavrov as saying":
Lavrov). A pronoun continues the last speaker of its kind when the actor it was resolved to was
named since only in other clauses ("North Korea said it would ... after South Korea held drills.
“...,” it said": North Korea). A speaker in the quotation's own sentence that names no actor ("one
of the sources said") is no one's: the quotation is not given to an earlier speaker; (h25g) one that describes
someone is that description's ("a student organiser told the crowd": "student organiser"; "Ukraine's coordination
headquarters for prisoners said": that phrase, coded as its possessor), with no actor, and one that names itself is
that name ("A group calling itself the High Military Command ... said"). Speakers joined in one subject speak together
("Britain, France and Germany", with the first one's actor). A quotation is the words of the speech verb whose clause
holds it, not of one above an adverbial or relative clause of another speech verb that holds it ("after Beijing
announced plans to turn the shoal into a “national nature reserve”, a move Manila said it would challenge": Beijing).
A country's body is named as the story names it: a ruler told by a bare description ("the junta") by the body of its
code named before ("Myanmar's military government"), and "China's coast guard" as "Chinese coast guard" where the story
says so.

`kind` is `direct` for a quotation that stands as its own utterance, `partial` for a fragment
woven into the reporter's sentence ("noting the “truly strong bonds of friendship” that ...") —
a partial one of one or two words is a scare quote and is dropped — and `indirect` for reported
speech ("stated that Hlaing is seeking ...", "Lavrov said Russia was ready ...", "According to the
UN, ..."), whose span is the reported clause.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Mention, Quote, Span
from .kb import read_yaml
from .syntax import innermost_mentions, subject

PERSON_KINDS = ("person", "unknown_person")


@functools.lru_cache(maxsize=1)
def quote_vocab() -> dict:
    data = read_yaml("quotes.yaml")
    return {"pairs": dict(data["pairs"]), "min_words": int(data["min_words"]),
            "direct_after": set(data["direct_after"]), "utterance_end": set(data["utterance_end"]),
            "speech_verbs": set(data["speech_verbs"]), "reported": set(data["reported_speech_verbs"]),
            "bare_reported": set(data["bare_reported_speech_verbs"]),
            "quote_pronouns": set(data["quote_pronouns"]),
            "relaying": set(data["relaying_verbs"]), "relaying_prep": data["relaying_preposition"],
            "speaker_pronouns": dict(data["speaker_pronouns"]), "anaphoric": set(data["anaphoric_determiners"]),
            "attribution": [tuple(p.split()) for p in data["attribution_prepositions"]],
            "titles": set(data["speaker_titles"]), "title_lookback": int(data["title_lookback"]),
            "affiliation": set(data["affiliation_prepositions"]), "wh_words": set(data["question_words"]),
            "characterising": set(data.get("characterising_verbs") or ()),
            "characterising_preps": set(data.get("characterising_prepositions") or ()),
            "aspectual": set(data["aspectual_cues"]), "documents": set(data["document_nouns"]),
            "label_markers": [tuple(m.split()) for m in data["label_markers"]],
            "spokes_body_titles": set(data.get("spokes_body_titles") or ()),
            "unspoken_aux": set(data.get("unspoken_cue_auxiliaries") or ()),
            "undescribed_heads": set(data.get("undescribed_speaker_heads") or ()),
            "self_naming": set(data.get("self_naming_verbs") or ()), "reflexives": set(data.get("reflexive_pronouns") or ()),
            # (the sex each pronoun tells, from the actor stage's own table: coref.yaml `gendered_pronouns`)
            "pronoun_sexes": {w: sex for sex, words in (read_yaml("coref.yaml").get("gendered_pronouns") or {}).items()
                              for w in words},
            "articles": set(data["articles"]), "indefinite_articles": set(data["indefinite_articles"]),
            "remarks_verbs": set(data.get("remarks_verbs") or ()), "remarks_nouns": set(data.get("remarks_nouns") or ()),
            "body_heads": set(data.get("body_speaker_heads") or ()),
            "title_article_unique": bool(data.get("title_article_unique")),
            "reporter_conjuncts": set(data.get("reporter_conjunct_cues") or ()),
            "possessive_pronouns": set(data.get("possessive_pronouns") or ()),
            # (h24i) each country's first adjective, and every word form that names a country (countries.yaml)
            "adjectives": {c["code"]: c["adjectives"][0] for c in read_yaml("countries.yaml")["countries"]
                           if c.get("adjectives")},
            # (h25g) every adjective and every name form of each country, for the story's own name of a body
            "all_adjectives": {c["code"]: list(c["adjectives"]) for c in read_yaml("countries.yaml")["countries"]
                               if c.get("adjectives")},
            "country_names": {c["code"]: {w.lower() for w in [c["name"], *c.get("names", ())]}
                              for c in read_yaml("countries.yaml")["countries"]},
            "ruler_descriptions": set(data.get("ruler_descriptions") or ()),
            "whole_group_heads": set(data.get("whole_group_heads") or ()),
            # (h29b) the bodies a bare spokesperson speaks for (coref.yaml, shared with the actor stage)
            "spokes_body_lookback": int(read_yaml("coref.yaml")["spokes_body_lookback"]),
            "reporting_office_sectors": set(read_yaml("coref.yaml")["reporting_office_sectors"]),
            "country_words": {w.lower() for c in read_yaml("countries.yaml")["countries"]
                              for w in [c["name"], *c.get("names", ()), *c.get("adjectives", ()),
                                        *c.get("demonyms", ())]}}


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text.

    A quotation does not run over a paragraph break: when the next paragraph reopens it (the
    convention for a quotation continued over paragraphs) the first part ends with its paragraph;
    otherwise the opening mark is left unclosed and gives no quotation. An opening mark followed
    by another opening mark of the same kind before any closing one is unclosed as well."""
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
        if ch == '"' and i > 0 and text[i - 1].isalnum() and (i + 1 == n or not text[i + 1].isalpha()):
            i += 1  # an inch mark after a number or inside a word ("a 12" shell")
            continue
        j = text.find(close, i + 1)
        para = text.find("\n\n", i + 1)
        if para != -1 and (j == -1 or para < j):
            if text[para:].lstrip()[:1] == ch:
                end = len(text[:para].rstrip())
                if end > i + 1:
                    out.append((i + 1, end))
                i = para
            else:
                i += 1
            continue
        if j == -1:
            i += 1
            continue
        if close != ch and 0 <= text.find(ch, i + 1) < j:
            i += 1  # reopened before it closed: this mark is unclosed
            continue
        if j > i + 1 and text[i + 1:j].strip():
            out.append((i + 1, j))
        i = j + 1
    return out


class QuoteFinder:
    """Stage `eventwire.quotes.v1`. It holds only the read-only vocabulary: each article is read by a
    `_QuoteReading` of its own, which holds the article's actors and mentions, so one finder serves
    articles coded re-entrantly or on several threads."""
    name = "quotes"
    requires = ("doc", "actors", "mentions")
    assigns = ("quotes",)

    def __init__(self, nlp: Language | None = None, **_: object) -> None:
        self.v = quote_vocab()

    def __call__(self, doc: Doc, article: Article) -> Article:
        return _QuoteReading(self.v, article).read(doc, article)


class _QuoteReading:
    """The quotations of one article and their speakers (made per call by `QuoteFinder`)."""

    def __init__(self, v: dict, article: Article) -> None:
        self.v = v
        self._actors = {a.id: a for a in article.actors}
        self._mentions = sorted(article.mentions, key=lambda m: m.start)
        # (h25g) speakers described or joined, not one actor: id → (name, code, actor id or None)
        self._descriptions: dict[str, tuple[str, str | None, str | None]] = {}
        self._inside: set[int] = set()  # (h29b) the characters of the article's quotations, their marks too

    def read(self, doc: Doc, article: Article) -> Article:
        by_token = innermost_mentions(doc, self._mentions)
        actors = self._actors
        sents = list(doc.sents)
        quotes: list[Quote] = []
        spans = find_quote_spans(doc.text)
        inside = set()
        for s, e in spans:
            inside.update(range(s - 1, e + 1))  # the marks too
        self._inside = inside
        prev = None  # (speaker id, cue, end, sentence of its end) of the last quote
        for s, e in spans:
            raw = doc.text[s:e]
            words = len(re.findall(r"\w+", raw))
            kind = "partial" if self._embedded(doc.text, s, e) else "direct"
            sent_idx = self._sent_of(sents, s)
            said = self._characterisation(doc, s, e, inside, by_token) if kind == "partial" else None
            if said is None and kind == "partial" and words < self.v["min_words"]:
                # a scare quote, unless it is the word someone used for a thing ("called the claim
                # “absurd”", "rejected the remarks as “disrespectful”") or words a cue in its own sentence
                # reports ("accused Kyiv of “genocide”", "said he would be “open” to talks"): theirs
                said = self._reported_words(doc, sents[sent_idx], s, e, inside, by_token)
                if said is None:
                    continue
            if said is not None:
                # (the word someone used for a thing is the subject's of the characterising verb, whatever
                # its length: "The EU delegation rejected the accusation as “absurd and dangerous”")
                cue, speaker = said
            else:
                cue, speaker = self._speaker(doc, sents, sent_idx, s, e, inside, by_token, prev)
            actor = actors.get(speaker) if speaker else None
            if speaker in self._descriptions:
                name, code, aid = self._descriptions[speaker]  # (h25g) a speaker described or joined
                quotes.append(Quote(raw, name, code, Span(s, e), aid, cue, kind, sent_idx))
            else:
                quotes.append(Quote(raw, self._speaker_name(doc.text, actor, s, e) if actor else None,
                                    actor.code if actor else None, Span(s, e), actor.id if actor else None, cue, kind,
                                    sent_idx))
            prev = (speaker, cue, e, self._sent_of(sents, max(s, e - 1)))
        quotes += self._indirect(doc, sents, inside, by_token)
        return replace(article, quotes=tuple(sorted(quotes, key=lambda q: q.span.start)))

    def _speaker_name(self, text: str, actor, s: int, e: int) -> str:
        """(h24i) The name a quotation's speaker is given: the actor's, but a country's body (a composed actor of a
        country and a sector) described rather than named is given its country: a possessive that names no country
        ("the country's", "its", "Halushchenko's") becomes the country's adjective, and one is put before a phrase
        with no country word ("the country's interior ministry" → "Georgian interior ministry"). For such a body named
        only by its country and sector ("China (GOV)"), the phrase is the actor's with a body head (quotes.yaml
        `body_speaker_heads`): the fullest with the head word of the one nearest the quotation ("“...,” the ministry
        said" after "the foreign ministry said" → "Chinese foreign ministry"). Not for a body the text names ("the
        junta, which calls itself the Council for National Renewal")."""
        code = actor.code or ""
        if actor.kind == "composed" and len(code) > 6 and actor.name.split()[-1].lower() in self.v["whole_group_heads"]:
            # (h26h) a named group told by a description of the whole group ("Russia's Wagner mercenary group" coded as
            # Wagner's; quotes.yaml `whole_group_heads`): the group's own name, when the story names it; not a part of
            # it ("the rebels' political wing")
            named = next((a for a in self._actors.values() if a.code == code and a.kind in ("group", "organisation")), None)
            if named is not None:
                return named.name
        adjective = self.v["adjectives"].get(code[:3])
        if actor.kind != "composed" or len(code) != 6 or adjective is None:
            return actor.name
        told = self._story_name(text, actor, s)
        if told is not None:
            return told
        if not actor.name.endswith(")"):
            if all(w[:1].isupper() for w in actor.name.split() if len(w) > 3):
                return actor.name  # a name, never a description
            words = self._body_words(actor.name)
            return self._with_country(words, adjective) if words else actor.name
        phrases = []
        for m in self._mentions:
            if m.actor_id != actor.id:
                continue
            words = self._body_words(text[m.start:m.end])
            before = text[max(0, m.start - 40):m.start]
            if not words and before[-1:] == " " and before.split() \
                    and self._country_word(before.split()[-1]):
                words = self._body_words(before.split()[-1] + " " + text[m.start:m.end])  # "U.S. [State Department]"
            if not words:
                continue
            distance = 0 if m.start <= s <= m.end else min(abs(m.start - e), abs(m.end - s))
            phrases.append((distance, words))
        if not phrases:
            return actor.name
        head = min(phrases, key=lambda p: p[0])[1][-1].lower()
        return self._with_country(max((p[1] for p in phrases if p[1][-1].lower() == head), key=len), adjective)

    def _story_name(self, text: str, actor, s: int) -> str | None:
        """(h25g) The name the story itself gives a country's body that speaks, when the actor's name is not it:
        - a ruler told by a bare description (quotes.yaml `ruler_descriptions`: "the junta said") is the body of the
          same code the story named before with its country ("Myanmar's military government declared a ceasefire ...
          The junta said": Myanmar's military government);
        - a body told by its country's possessive ("China's coast guard") that the story also names with the
          country's adjective ("Chinese coast guard ships fired water cannon") is given that adjective form, as written
          ("Chinese coast guard"); one the story names only with the possessive keeps it ("China's commerce ministry").
        None otherwise."""
        code = actor.code or ""
        name = actor.name
        if name.lower() in self.v["ruler_descriptions"]:
            for m in self._mentions:
                if m.start >= s:
                    break
                other = self._actors.get(m.actor_id)
                if other is None or other.id == actor.id or other.kind != "composed" or other.code != code \
                        or other.name.endswith(")"):
                    continue
                first = re.sub(r"['’]s$", "", other.name.split()[0]).lower()
                if first in self.v["country_names"].get(code[:3], ()) or other.name.split()[0] in \
                        self.v["all_adjectives"].get(code[:3], ()):
                    return other.name
            return None
        words = name.split()
        if len(words) < 2 or not re.search(r"['’]s$", words[0]) \
                or re.sub(r"['’]s$", "", words[0]).lower() not in self.v["country_names"].get(code[:3], ()):
            return None
        rest = r"\s+".join(re.escape(w) for w in words[1:])
        for adjective in self.v["all_adjectives"].get(code[:3], ()):
            found = re.search(rf"\b{re.escape(adjective)}\s+{rest}\b", text, flags=re.IGNORECASE)
            if found is not None:
                return adjective + " " + " ".join(text[found.start():found.end()].split()[1:])
        return None

    def _body_words(self, phrase: str) -> list[str] | None:
        """The words of a body's phrase without its article, its last word a body head and one word in lower case (not
        a capital, a pronoun or a name); None for any other phrase."""
        words = phrase.split()
        if words and words[0].lower() in self.v["articles"]:
            words = words[1:]
        if not words or words[-1].lower() not in self.v["body_heads"]:
            return None
        if not any(w.islower() for w in words) and not (
                len(words) > 2 and self._country_word(words[0])):
            return None  # ((h26h) a name only with its country first: "the U.S. State Department")
        return words

    def _country_word(self, word: str) -> bool:
        """Whether a word, with or without a possessive "'s", is a country's name, adjective or demonym ("U.S.",
        "China's")."""
        w = word.lower()
        return w in self.v["country_words"] or re.sub(r"['’]s$", "", w) in self.v["country_words"]

    def _with_country(self, words: list[str], adjective: str) -> str:
        """The phrase with its country: a possessive that names none becomes the adjective ("its ministry" → "Chinese
        ministry"), which is also put before a phrase with no country word nor capital; "Mali's armed forces" stays."""
        first = words[0].lower()
        if first in self.v["possessive_pronouns"] or first.endswith(("'s", "’s")) and not self._country_word(words[0]):
            words = words[1:]
        if not any(self._country_word(w) or w[:1].isupper() for w in words):
            words = [adjective, *words]  # (not before a name: "Bush administration", "Foreign Ministry")
        return " ".join(words)

    # -- kind --------------------------------------------------------------------------------------
    def _embedded(self, text: str, s: int, e: int) -> bool:
        """Is the quotation a fragment inside the reporter's sentence (a partial quote)?"""
        before = text[:s - 1].rstrip(" \t")
        if before and before[-1] not in self.v["direct_after"]:
            return True
        after = text[e + 1:e + 2]
        inner = text[s:e].rstrip()
        return bool(after) and after.isalnum() and inner[-1:] not in self.v["utterance_end"]

    @staticmethod
    def _sent_of(sents, pos: int) -> int:
        return next((k for k, st in enumerate(sents) if st.start_char <= pos < st.end_char), 0)

    def _reopened(self, text: str, prev_end: int, start: int) -> bool:
        """The quotation continues the previous one over a paragraph break (that one ended with its
        paragraph, without a closing mark, and this one opens the next paragraph)."""
        if text[prev_end:prev_end + 1] in self.v["pairs"].values():
            return False
        return "\n" in text[prev_end:start - 1] and not text[prev_end:start - 1].strip()

    # -- speaker -----------------------------------------------------------------------------------
    def _characterisation(self, doc, s, e, inside, by_token) -> tuple[str, str] | None:
        """(cue, speaker) of a short quotation that is what someone called a thing: the complement of a
        characterising verb (quotes.yaml `characterising_verbs`) as its object's predicate ("calling the
        demonstrators “paid troublemakers”"), after "as" ("dismissed the report as “fake news”") or as a
        word on its object ("calling the claim “absolutely untrue”"); the speaker is the verb's subject,
        and for a participle set off after a reported clause ("denied that ..., calling the claim
        “...”") the reporter's. None for any other fragment (a scare quote: "the so-called “peace plan”")."""
        quoted = self._quoted(doc, s, e)
        heads = [t for t in quoted if not s <= t.head.idx < e or t.head.i == t.i]
        if len(heads) != 1:
            return None
        t = heads[0]
        verb = None
        for _ in range(4):
            if t.head.i == t.i:
                return None
            dep, t = t.dep_, t.head
            if dep in ("pobj", "amod") and t.dep_ == "prep" and t.lower_ in self.v["characterising_preps"]:
                continue  # "as “...”": on to what the preposition hangs on
            if t.pos_ in ("VERB", "AUX") and dep in ("oprd", "acomp", "xcomp", "prep"):
                verb = t  # "calling the demonstrators “...”[oprd]", "dismissed the report as[prep] “...”"
            elif dep in ("amod", "compound", "appos", "prep") and t.pos_ in ("NOUN", "PROPN"):
                while t.dep_ == "conj":  # "described the protesters as “...” and the sanctions[conj] as “...”"
                    t = t.head
                if t.dep_ == "dobj":  # a word on the object: "calling the claim “absolutely untrue”"
                    verb = t.head
                elif t.dep_ == "pobj" and t.head.lower_ in self.v["characterising_preps"] \
                        and t.head.head.pos_ in ("VERB", "AUX"):
                    verb = t.head.head  # the second pair parsed as a conjunct of the first one's “...”
                elif t.dep_ == "pobj" and t.head.lower_ in self.v["characterising_preps"] \
                        and t.head.head.dep_ == "dobj" and t.head.head.head.pos_ in ("VERB", "AUX"):
                    # (p27) "as" hung on the object: "welcomed the determination as[prep of determination] a
                    # “long overdue” recognition"
                    verb = t.head.head.head
            break
        if verb is None or verb.lemma_.lower() not in self.v["characterising"]:
            return None
        reporter = verb
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" \
                and verb.head.head.lemma_.lower() in self.v["speech_verbs"]:
            reporter = verb.head.head  # "denied that its troops had fired, calling the claim “...”": the denier
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # (p27) a participle after a parenthetical attribution: "The destroyer fired missiles at ..., U.S. Central
            # Command said, calling it a “follow-on action”": who said it calls it, not the clause's subject
            said = [c for c in verb.head.children if c.dep_ in ("parataxis", "ccomp") and c.i < verb.i
                    and c.i > verb.head.i and c.lemma_.lower() in self.v["speech_verbs"] and subject(c)[0]]
            if said:
                reporter = said[-1]
        subjects = self._speaker_tokens(reporter)
        for subj in subjects:
            # ("Vucic accused Kurti of staging the incident to justify what he called “...”": Vucic's)
            speaker = self._subject_speaker(doc, subj, inside, by_token)
            if speaker is not None:
                return verb.lemma_.lower(), speaker
        if len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].idx not in inside \
                and self._points_nowhere(doc, subjects[0], by_token):
            # (h26h) a reporter that names no actor ("A source close to the army said ..., describing the move as
            # “...”"): that description's words (or no one's), never an actor named before by the reported clause
            return verb.lemma_.lower(), self._described(doc, subjects[0], by_token)
        return None

    def _reported_words(self, doc, sent, s, e, inside, by_token) -> tuple[str, str | None] | None:
        """(cue, speaker) of a short quotation inside the clause of a cue verb of its own sentence: the words
        the cue's subject used ("accused Kyiv of “genocide”", "urged Manila to “stop provocations”", "said
        he would be “open” to talks"); the nearest such cue above it speaks, and one whose subject names
        no actor ("a security official said ... “terrorists”") leaves the quotation with no speaker. None
        for a label (quotes.yaml `label_markers` before it: "the so-called “peace plan”") or a name (every
        word capitalised: a force named “Gang Suppression Force”), and for a fragment no cue governs."""
        raw = doc.text[s:e]
        names = re.findall(r"[^\W\d_][\w'’-]*", raw)
        if names and all(w[0].isupper() for w in names):
            return None
        before = doc.text[max(0, s - 40):s - 1].lower().split()
        if any(tuple(before[len(before) - len(m):]) == m for m in self.v["label_markers"] if len(before) >= len(m)):
            return None
        quoted = self._quoted(sent, s, e)
        heads = [t for t in quoted if not s <= t.head.idx < e or t.head.i == t.i]
        if len(heads) != 1:
            return None
        cues = {t.i for t in self._cues(sent, inside) if not self._separated(doc.text, t, s, e, inside)}
        for cue in heads[0].ancestors:
            if cue.i not in cues or not all(self._governs(cue, t) for t in quoted):
                continue
            if cue.lemma_.lower() in self.v["aspectual"] and any(c.dep_ == "xcomp" for c in cue.children):
                continue  # "would continue to seek “dignified” relations": no speech
            if any(c.dep_ == "aux" and c.lower_ in self.v["unspoken_aux"] for c in cue.children):
                continue  # (h23f) "warned that Israel would respond “with force”": a reply to come says no words yet
            subjects = self._speaker_tokens(cue)
            if not subjects:
                continue
            for subj in subjects:
                speaker = self._subject_speaker(doc, subj, inside, by_token)
                if speaker is not None:
                    return cue.lemma_.lower(), speaker
            if all(t.pos_ in ("NOUN", "PROPN") for t in subjects):
                described = self._described(doc, subjects[0], by_token) \
                    if len(subjects) == 1 and self._points_nowhere(doc, subjects[0], by_token) else None
                return cue.lemma_.lower(), described  # (h25g) "a security official said ...": that official
            return None
        return None

    @staticmethod
    def _quoted(tokens, s: int, e: int) -> list[Token]:
        """The tokens of the quotation at s..e without the punctuation at its ends: a sentence's full stop
        kept inside the closing mark ("calling the talks “very friendly.”") hangs on the sentence's root,
        not on the quoted words, and is no word of the fragment."""
        quoted = [t for t in tokens if s <= t.idx < e]
        while quoted and quoted[-1].is_punct:
            quoted.pop()
        while quoted and quoted[0].is_punct:
            quoted.pop(0)
        return quoted

    def _cues(self, sent, inside) -> list[Token]:
        return [t for t in sent if t.lemma_.lower() in self.v["speech_verbs"] and t.idx not in inside
                and t.pos_ in ("VERB", "AUX")]

    def _speaker(self, doc, sents, k, s, e, inside, by_token, prev):
        """(cue, speaker actor id) of the quotation at s..e, which starts in sentence k.

        In order: a quotation reopened after a paragraph break keeps its speaker; the cue in its own
        sentence (the sentence where the quotation ends, too, for one that runs over sentences); a
        next sentence that is pure attribution ("Putin said this on Tuesday."); the speaker of a
        quotation in the sentence just before; the cue of the sentence before, which introduces a
        quotation that stands alone ("Zelensky addressed parliament. “...”")."""
        if prev is not None and prev[0] is not None and self._reopened(doc.text, prev[2], s):
            return prev[1], prev[0]
        last = self._sent_of(sents, max(s, e - 1))
        for idx in range(k, last + 1):
            found = self._cue_speakers(doc, sents[idx], s, e, inside, by_token, own=True)
            if found:
                return found
        for idx in range(k, last + 1):
            issued = self._document_issuer(doc, sents, idx, s, e, inside, by_token, prev)
            if issued is not None:
                return issued
        for idx in range(k, last + 1):
            unnamed = self._unnamed_cue(sents[idx], s, e, inside, by_token)
            if unnamed is not None:
                # "“...,” one of the sources said": the quotation is someone's the text does not name,
                # not the last named speaker's; (h25g) one described ("a student organiser told the crowd",
                # "Ukraine's coordination headquarters for prisoners said") is that description's
                return unnamed
        if last + 1 < len(sents) and not self._own_quote(sents[last + 1], s, e, inside) \
                and "\n" not in doc.text[e:sents[last + 1].start_char]:
            # (not across a paragraph break: the next paragraph's first sentence attributes nothing
            # of the one before)
            found = self._cue_speakers(doc, sents[last + 1], s, e, inside, by_token, pure=True)
            if found:
                return found
        if last + 1 < len(sents) and not self._own_quote(sents[last + 1], s, e, inside):
            found = self._remarks_owner(doc, sents[last + 1], inside, by_token)
            if found:
                return found
        if prev is not None and prev[0] is not None and prev[3] >= k - 1:
            return prev[1], prev[0]
        if k > 0 and not self._own_quote(sents[k - 1], s, e, inside):
            found = self._cue_speakers(doc, sents[k - 1], s, e, inside, by_token)
            if found:
                return found
        return None, None

    def _cue_speakers(self, doc, sent, s, e, inside, by_token, *, own: bool = False, pure: bool = False):
        """(cue, speaker) of the cue (or "according to") in `sent` nearest the quotation. In the
        quotation's `own` sentence, not a cue that a sentence end parts from it (the parser may join
        "“A,” X said. “B,” Y said."); with `pure` only a cue that is pure attribution ("He said.",
        "Putin said this on Tuesday.")."""
        cues = self._cues(sent, inside)
        if pure:
            cues = [t for t in cues if not any(
                c.dep_ in ("ccomp", "dobj") and c.idx not in inside and c.lower_ not in self.v["quote_pronouns"]
                for c in t.children)]
        if own:
            cues = [t for t in cues if not self._separated(doc.text, t, s, e, inside)]
        found = []
        # ((h24i) without the stop kept inside the closing mark, which hangs on the sentence's root: "accused it of
        # using convoys “as a cover for military supplies.”" is governed by accused, not only by the root)
        quoted = self._quoted(sent, s, e)
        for cue in cues:
            # a cue whose clause holds the quotation comes first ("Trump said that China had shown a
            # 'lack of respect' ..., while announcing ...": said, not the nearer announcing)
            governs = bool(quoted) and all(self._governs(cue, t) for t in quoted)
            subjects = self._speaker_tokens(cue)
            if cue.idx not in inside:
                # a cue outside the quotation has no subject inside it: the parser hung "told" on the quoted
                # verb ("“We lost everything,” the boat's captain, X, told[conj of lost] ...") and lent it "We"
                subjects = [t for t in subjects if t.idx not in inside]
            if not subjects:
                speaker = self._between_speaker(doc, cue, e, inside, by_token)
                if speaker is not None:
                    found.append((self._distance(cue, s, e) - (10_000 if governs else 0), cue.lemma_.lower(), speaker))
            for subj in subjects:
                speaker = self._subject_speaker(doc, subj, inside, by_token)
                if speaker is not None:
                    speaker = self._joint(doc, subj, speaker, by_token)
                    found.append((self._distance(cue, s, e) - (10_000 if governs else 0), cue.lemma_.lower(), speaker))
                    break
        for tok, phrase in self._attributions(sent, inside):
            if own and self._separated(doc.text, tok, s, e, inside):
                continue
            speaker = self._resolve(doc, tok, by_token)
            if speaker is not None:
                found.append((self._distance(tok, s, e), phrase, speaker))
        if not found:
            return None
        _, cue, speaker = min(found, key=lambda f: f[0])
        return cue, speaker

    def _joint(self, doc, subj: Token, speaker: str, by_token) -> str:
        """(h25g) Speakers joined in one subject ("Britain, France and Germany ... accusing Tehran of “significant
        non-performance”") speak together: a speaker of its own (in `self._descriptions`) named by the coordination as
        written, with the first one's actor and code (who the quotation's acts are told of, as before). `speaker`
        itself when the subject is one actor, or when one of the joined names no actor."""
        joined = [t for t in subj.conjuncts if t.i > subj.i]
        if not joined or subj.pos_ != "PROPN" or any(t.pos_ != "PROPN" for t in joined):
            return speaker
        ids = [self._resolve(doc, t, by_token) for t in joined]
        if any(i is None or i == speaker for i in ids) or len(set(ids)) != len(ids):
            return speaker
        first, last = subj.left_edge.i, max(t.right_edge.i for t in joined)
        if doc[first].lower_ in self.v["articles"]:
            first += 1
        actor = self._actors[speaker]
        key = f"~j{subj.i}"
        self._descriptions[key] = (doc[first:last + 1].text, actor.code, actor.id)
        return key

    def _remarks_owner(self, doc, sent, inside, by_token) -> tuple[str, str] | None:
        """(h23f) (cue, speaker) of a sentence right after a quotation that tells who made it, also across a paragraph
        break: its root a verb of `remarks_verbs` whose object is a definite noun of `remarks_nouns` ("Abiy Ahmed made
        the remarks in a speech to parliament", "Kallas made the comments at a news conference")."""
        root = sent.root
        if root.lemma_.lower() not in self.v.get("remarks_verbs", ()) or root.idx in inside:
            return None
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.v.get("remarks_nouns", ())
                   and any(d.dep_ in ("det", "poss") and d.lower_ not in self.v["indefinite_articles"] for d in c.children)
                   for c in root.children):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.idx not in inside), None)
        speaker = self._subject_speaker(doc, subj, inside, by_token) if subj is not None else None
        return (root.lemma_.lower(), speaker) if speaker is not None else None

    def _subject_speaker(self, doc, subj: Token, inside, by_token) -> str | None:
        """The actor a cue's subject names; a pronoun continues the speaker told before it (`_continued_speaker`)."""
        speaker = self._resolve(doc, subj, by_token)
        if speaker is not None and subj.lower_ in self.v["speaker_pronouns"]:
            speaker = self._continued_speaker(doc, subj, speaker, inside, by_token)
        return speaker

    def _between_speaker(self, doc, cue: Token, e: int, inside, by_token) -> str | None:
        """The speaker of "“...,” X said" when the parser gave the cue no subject (it hung "the party's
        secretary-general, John Mnyika" on the quoted verb): the one person named between the closing mark
        and the cue, else the one actor named there."""
        if cue.idx <= e:
            return None
        toks = [t for t in doc[:cue.i] if t.idx > e]
        if not toks or any(t.idx in inside for t in toks) or self._separated(doc.text, cue, e, e, inside):
            return None
        found = {by_token[t.i].actor_id for t in toks if t.i in by_token and by_token[t.i].actor_id in self._actors}
        people = {a for a in found if self._actors[a].kind in PERSON_KINDS}
        if len(people) == 1:
            return people.pop()
        return found.pop() if len(found) == 1 else None

    def _governs(self, cue: Token, tok: Token) -> bool:
        """Whether the cue's clause holds `tok`: not through a "that" clause the parser coordinated with
        the cue, which is a second complement of the verb above it ("said the council had been briefed
        by X and that allies were “in close contact”": said's, not briefed's); (h25g) nor through another speech
        verb's clause that is no complement of the cue (an adverbial, relative or coordinated clause: "after Beijing
        announced plans to turn the shoal into a “national nature reserve”, a move Manila said it would challenge",
        parsed with announced[advcl] under said: the words are Beijing's announcement's, not Manila's)."""
        t = tok
        while t.i != cue.i:
            if t.head.i == t.i:
                return False
            if t.head.i == cue.i and t.dep_ == "conj" and any(c.dep_ == "mark" for c in t.children):
                return False
            if t is not tok and t.dep_ in ("advcl", "relcl", "acl") and t.pos_ in ("VERB", "AUX") \
                    and t.lemma_.lower() in self.v["speech_verbs"] and subject(t)[0] and t.head.i != t.i:
                return False
            t = t.head
        return True

    def _speaker_tokens(self, verb: Token) -> list[Token]:
        """Who speaks through a cue verb: its subject; but through a relaying verb with "as" and a
        speech verb ("TASS quoted Lavrov as saying", "Ryabkov was quoted by RIA as saying"), and
        through that speech verb itself, the one quoted: the relaying verb's object or passive
        subject, never the agency that relays."""
        relay = verb
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == self.v["relaying_prep"]:
            relay = verb.head.head
        if relay.lemma_.lower() in self.v["relaying"] and any(
                c.dep_ == "prep" and c.lower_ == self.v["relaying_prep"]
                and any(g.dep_ == "pcomp" and g.lemma_.lower() in self.v["speech_verbs"] for g in c.children)
                for c in relay.children):
            return [c for c in relay.children if c.dep_ in ("dobj", "nsubjpass")]
        reporter = self._reporter_of_conjunct(verb)
        if reporter is not None:
            return subject(reporter)[0]
        return subject(verb)[0]

    def _reporter_of_conjunct(self, verb: Token) -> Token | None:
        """(h24i) The speech verb a cue with no subject of its own was parsed as joined to the clause it reports ("the
        RSF said that the army had carried[ccomp] out a strike and accused[conj → carried] it of using convoys “...”"):
        a cue is the reporter's second act, not the reported doer's (quotes.yaml `reporter_conjunct_cues`). None
        otherwise, for a cue the reported clause's verb also speaks ("said that X had denied it and said ..."), and for
        one with an auxiliary of its own ("said that the troops had shelled the town and had called it ...")."""
        if verb.dep_ != "conj" or verb.lemma_.lower() not in self.v["reporter_conjuncts"] \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return None  # (one with an auxiliary of its own goes on the reported clause: "... had shelled it and had called")
        first = verb.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ != "ccomp" or first.lemma_.lower() in self.v["speech_verbs"]:
            return None
        cue = first.head
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in first.children):
            # (h33g) ... also a bare reported clause of a verb that reports one (quotes.yaml
            # `bare_reported_speech_verbs`): "UNIFIL said an Israeli tank had fired[ccomp] two shells ..., and
            # accused[conj] Israeli troops of endangering peacekeepers “...”", "A U.N. group of experts said at least 70
            # people remained[ccomp] in prison and accused[conj] the government of “...”": the reporter's accusation
            return cue if cue.lemma_.lower() in self.v["bare_reported"] and cue.pos_ in ("VERB", "AUX") else None
        return cue if cue.lemma_.lower() in self.v["speech_verbs"] and cue.pos_ in ("VERB", "AUX") else None

    def _document_issuer(self, doc, sents, k, s, e, inside, by_token, prev) -> tuple[str, str] | None:
        """(cue, speaker) when the cue of sentence k nearest the quotation has for subject a document told
        before ("“...,” the statement said"; quotes.yaml `document_nouns`, with "the"/"this" or a possessive):
        who issued it — the owner it is given ("the ministry's statement"), else whoever the nearest earlier
        mention of that document within `title_lookback` sentences names as its issuer ("X said in a
        statement", "X issued a statement"), else the speaker of the last quotation within those sentences
        (a statement "announced" with no agent is the decision-maker's last words told). None otherwise."""
        sent = sents[k]
        cues = [t for t in self._cues(sent, inside) if not self._separated(doc.text, t, s, e, inside)]
        if not cues:
            return None
        cue = min(cues, key=lambda t: self._distance(t, s, e))
        subj = [t for t in self._speaker_tokens(cue) if t.idx not in inside]
        if len(subj) != 1 or subj[0].lemma_.lower() not in self.v["documents"] or subj[0].i in by_token:
            return None
        noun = subj[0]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and not any(c.dep_ == "det" and c.lower_ in self.v["anaphoric"] for c in noun.children):
            return None
        lemma = cue.lemma_.lower()
        if owner is not None:
            speaker = self._resolve(doc, owner, by_token)
            return (lemma, speaker) if speaker is not None else None
        first = sents[max(0, k - self.v["title_lookback"])].start
        for t in reversed(doc[first:noun.i]):
            if t.lemma_.lower() != noun.lemma_.lower() or t.idx in inside:
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                for x in self._speaker_tokens(verb):
                    speaker = self._resolve(doc, x, by_token)
                    if speaker is not None:
                        return lemma, speaker
            break  # the nearest mention of the document names no issuer
        if prev is not None and prev[0] is not None and prev[3] >= k - self.v["title_lookback"]:
            return lemma, prev[0]
        return None

    def _unnamed_cue(self, sent, s, e, inside, by_token) -> tuple[str, str | None] | None:
        """(cue, described speaker) of the cue of the quotation's own sentence nearest it, when its speaker is a
        noun phrase that names no actor ("a Western diplomat said", "one of the sources said"): its lemma, and the
        speaker the phrase describes (`_described`: "Western diplomat") or None. Not for a pronoun nor a definite
        noun ("the spokesman", "the statement", "his office"), which may still point back; (h25g) a possessor that
        names an actor ("Ukraine's coordination headquarters for prisoners said") points back to no one."""
        cues = [t for t in self._cues(sent, inside) if not self._separated(sent.doc.text, t, s, e, inside)]
        if not cues:
            return None
        cue = min(cues, key=lambda t: self._distance(t, s, e))
        subj = self._speaker_tokens(cue)
        if not subj or any(t.pos_ not in ("NOUN", "PROPN", "NUM") for t in subj):
            return None
        lemma = cue.lemma_.lower()
        if all(t.pos_ == "PROPN" and t.i not in by_token for t in subj):
            # a name the actor coder did not take ("China's Eastern Theater Command said ...", a person the NER
            # read as an organisation): someone named here, never a speaker of another sentence
            return lemma, None
        if not all(self._points_nowhere(sent.doc, t, by_token) for t in subj):
            return None  # "the spokesman", "the statement", "his office": may point back
        return lemma, self._described(sent.doc, subj[0], by_token) if len(subj) == 1 else None

    def _points_nowhere(self, doc, tok: Token, by_token) -> bool:
        """Whether a speaker noun names no actor and may not point back to one: no mention in its phrase but its
        named possessor's and those behind its prepositions ("headquarters for prisoners"), no pronoun possessor
        ("his office") and no definite or demonstrative article ("the spokesman", "the statement")."""
        owners = self._named_owners(doc, tok, by_token)
        owned = {x.i for o in [*owners, *(c for c in tok.children if c.dep_ == "prep")] for x in o.subtree}
        # ((h26h) and those behind an adjective's preposition: "a source close to the Africa Corps", "an official
        # familiar with the talks")
        owned |= {x.i for a in tok.children if a.dep_ == "amod" for p in a.children if p.dep_ == "prep" for x in p.subtree}
        if any(x.i in by_token for x in tok.subtree if x.i not in owned):
            return False
        return not any(c.dep_ == "poss" and c not in owners or c.dep_ == "det" and c.lower_ in self.v["anaphoric"]
                       for c in tok.children)

    def _named_owners(self, doc, tok: Token, by_token) -> list[Token]:
        """(h25g) The possessors of a noun that are names resolved to an actor ("Ukraine's" in "Ukraine's coordination
        headquarters"), not pronouns ("his office")."""
        return [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                and self._resolve(doc, c, by_token) is not None]

    def _described(self, doc, tok: Token, by_token) -> str | None:
        """(h25g) The speaker a common noun phrase that names no actor describes ("a student organiser", "Ukraine's
        coordination headquarters for prisoners"), kept in `self._descriptions` under an id of its own: its name the
        phrase without its article, its relative or participle clauses and appositions ("student organiser"), its
        code the code of the actor its possessor names ("UKR"), else none. None for a head that is not a common noun
        of a speaker: a number ("one of the sources"), a document (quotes.yaml `document_nouns`: "a statement said"
        stays unnamed) or a word of `undescribed_speaker_heads` with no words of its own ((h26h) "a source said"; but
        "a source close to the Africa Corps" is "source close to the Africa Corps")."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() in self.v["documents"]:
            return None
        named = self._self_given_name(tok)
        if named is not None:
            kept = named  # "a group calling itself the National Council for ...": the name it gives itself
        else:
            kept = self._description_words(tok)
        if named is None and tok.lemma_.lower() in self.v["undescribed_heads"] and [x.i for x in kept] == [tok.i]:
            return None  # (h26h) a bare "a source said" tells no one; "a source close to the army" does
        if not kept or kept[-1].i - kept[0].i + 1 != len(kept):
            return None  # (a phrase broken by what was dropped is no name)
        name = doc[kept[0].i:kept[-1].i + 1].text
        owner = next((self._resolve(doc, o, by_token) for o in self._named_owners(doc, tok, by_token)), None)
        code = self._actors[owner].code if owner in self._actors else None
        key = f"~{tok.i}"
        self._descriptions[key] = (name, code, None)
        return key

    def _self_naming_clauses(self, tok: Token) -> list[Token]:
        """(h25g) The participles by which a noun names itself ("A group calling itself ..."): quotes.yaml
        `self_naming_verbs` with a reflexive of `reflexive_pronouns` for object."""
        return [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.v["self_naming"]
                and any(g.dep_ == "dobj" and g.lower_ in self.v["reflexives"] for g in c.children)]

    def _self_given_name(self, tok: Token) -> list[Token] | None:
        """(h25g) The words of the name a noun gives itself ("A group calling itself the High Military Command for the
        Restoration of Order"): the complement of a self-naming verb with a reflexive object and the prepositions
        that run on from it, without its article; None for a noun that names itself nothing."""
        for c in self._self_naming_clauses(tok):
            comp = next((g for g in c.children if g.dep_ in ("oprd", "xcomp", "attr")), None)
            if comp is None:
                continue
            words = list(comp.subtree)
            for g in c.children:  # (the parser may hang the name's "for the Restoration of Order" on the verb)
                if g.dep_ == "prep" and g.i == words[-1].i + 1:
                    words += list(g.subtree)
            while words and (words[0].dep_ == "det" or words[0].is_punct):
                words.pop(0)
            return words or None
        return None

    def _description_words(self, tok: Token) -> list[Token]:
        """The words of a describing noun phrase without its article, clauses and appositions."""
        dropped = set()
        for c in tok.children:
            if c.dep_ in ("relcl", "acl", "appos", "advcl", "conj", "cc", "punct") \
                    or c.dep_ == "det" and c.lower_ in self.v["articles"]:
                dropped |= {x.i for x in c.subtree}
        kept = [x for x in tok.subtree if x.i not in dropped]
        while kept and kept[-1].is_punct:
            kept.pop()
        return kept

    def _continued_speaker(self, doc, pron: Token, speaker: str, inside, by_token) -> str:
        """A pronoun that attributes a quotation ("“...,” it said") continues the last speaker of its
        kind named as the subject of a cue in the sentences before, when the actor the pronoun was
        resolved to has been named since only inside other clauses — that speaker's reported words
        ("North Korea said it would boost its forces after South Korea held drills", "..., adding that
        von der Leyen would visit") — not as a main clause's subject."""
        kind = self.v["speaker_pronouns"][pron.lower_]
        sents = list(doc.sents)
        k = next(n for n, st in enumerate(sents) if st.start <= pron.i < st.end)
        first = sents[max(0, k - self.v["title_lookback"])].start
        last = None  # (cue token, actor id)
        for t in doc[first:pron.i]:
            if t.lemma_.lower() not in self.v["speech_verbs"] or t.idx in inside or t.pos_ not in ("VERB", "AUX"):
                continue
            for subj in self._speaker_tokens(t):
                if subj.i >= pron.i:
                    continue
                m = by_token.get(subj.i)
                actor = self._actors.get(m.actor_id) if m is not None else None
                if actor is not None and (actor.kind in PERSON_KINDS) == (kind == "person"):
                    last = (t, actor.id)
                    break
        if last is None or last[1] == speaker:
            return speaker
        if self._other_sex(pron, last[1]):
            return speaker  # (h23f) "Rubio urged ... “...,” she said": "she" is not Rubio, whoever spoke last
        cue = last[0]
        lo = min(cue.i, *(x.i for x in self._speaker_tokens(cue)))
        for m in self._mentions:
            if m.actor_id != speaker or m.start >= pron.idx:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start < lo or m.start in inside:
                continue
            head = span.root
            main = head.dep_ in ("nsubj", "nsubjpass") and (head.head.dep_ == "ROOT" or head.head.head.dep_ == "ROOT"
                                                             and head.head.dep_ == "conj")
            if main:
                return speaker  # named since as a main clause's subject: the pronoun may well be theirs
            if head.dep_ in ("nsubj", "nsubjpass") and self._reported_by_other(doc, head, last[1], by_token):
                return speaker  # ... or as the subject of what another reporter told ("Rizal resigned, the
                # State Secretariat said"): not inside the last speaker's words
            if kind == "person" and self._sole_person_since(doc, span, cue, speaker, by_token):
                return speaker
        return last[1]

    def _sole_person_since(self, doc, span, cue: Token, speaker: str, by_token) -> bool:
        """(h26h) Whether a person mention (`span`) is the one person of a sentence after the last speaker's cue whose
        subject is no person, outside anyone's reported words ("Spain ... came under fire from Trump. “...,” he told
        reporters": Trump, not the alliance chief quoted two sentences before): the antecedent a reader takes."""
        sent = span.root.sent
        if sent.start <= cue.sent.start or any(t.lemma_.lower() in self.v["speech_verbs"] and t.pos_ in ("VERB", "AUX")
                                               for t in span.root.ancestors):
            return False
        for subj in self._speaker_tokens(sent.root):
            m = by_token.get(subj.i)
            if m is not None and getattr(self._actors.get(m.actor_id), "kind", None) in PERSON_KINDS:
                return False
        people = {m.actor_id for m in self._mentions if sent.start_char <= m.start < sent.end_char
                  and getattr(self._actors.get(m.actor_id), "kind", None) in PERSON_KINDS}
        return people == {speaker}

    def _other_sex(self, pron: Token, actor_id: str) -> bool:
        """(h23f) Whether a gendered pronoun (coref.yaml `gendered_pronouns`) cannot stand for the person `actor_id`: a
        first name of given_names.yaml of the other sex."""
        sex = self.v["pronoun_sexes"].get(pron.lower_)
        actor = self._actors.get(actor_id)
        if sex is None or actor is None or actor.kind not in PERSON_KINDS or not actor.name:
            return False
        from .actors import given_name_sexes

        told = given_name_sexes().get(actor.name.split()[0])
        return told is not None and told != sex

    def _reported_by_other(self, doc, subj: Token, speaker: str, by_token) -> bool:
        """Whether `subj` is the subject of a clause a main clause's cue reports, whose speaker is not
        `speaker` (whether the dictionary knows that reporter or not): not `speaker`'s own words."""
        clause = subj.head
        if clause.dep_ != "ccomp":
            return False
        cue = clause.head
        if cue.lemma_.lower() not in self.v["speech_verbs"] or cue.head.i != cue.i:
            return False
        reporters = self._speaker_tokens(cue)
        return bool(reporters) and all(self._resolve(doc, t, by_token) != speaker for t in reporters)

    def _person_within(self, tok: Token, by_token: dict[int, Mention]) -> str | None:
        """The one person named inside a speaker phrase whose head names no one: a subject the
        parser broke ("WHO chief Tedros Adhanom Ghebreyesus told" read as chief[csubj] with
        Ghebreyesus[dobj]) or a title in apposition ("the spokesman, Bayo Onanuga, said"). Not one
        behind a preposition, a possessive or a clause ("a spokesman for Netanyahu")."""
        found = set()
        stack = [c for c in tok.children]
        while stack:
            t = stack.pop()
            if t.dep_ in ("prep", "poss", "relcl", "acl", "advcl", "conj", "cc", "ccomp", "xcomp", "pcomp", "pobj",
                          "punct"):
                continue
            m = by_token.get(t.i)
            actor = self._actors.get(m.actor_id) if m is not None else None
            if actor is not None and actor.kind in PERSON_KINDS:
                found.add(actor.id)
            stack.extend(t.children)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _separated(text: str, tok: Token, s: int, e: int, inside: set[int]) -> bool:
        """Is a sentence end between the cue and the quotation (outside quotations)? Then the cue
        belongs to another utterance, however the parser split the sentences."""
        lo, hi = (tok.idx + len(tok), s - 1) if tok.idx < s else (e + 1, tok.idx)
        gap = "".join(text[i] for i in range(lo, hi) if i not in inside)
        return re.search(r"(?<![A-Z])[.!?]\s", gap + " ") is not None

    @staticmethod
    def _distance(tok: Token, s: int, e: int) -> int:
        return min(abs(tok.idx - s), abs(tok.idx - e))

    def _own_quote(self, sent, s, e, inside) -> bool:
        return any(sent.start_char <= i < sent.end_char and not s - 1 <= i <= e for i in inside)

    def _attributions(self, sent, inside) -> list[tuple[Token, str]]:
        """(source token, phrase) of each "according to X" outside the quotations."""
        out = []
        for t in sent:
            for first, prep in self.v["attribution"]:
                if t.lower_ != first or t.idx in inside or t.i + 1 >= sent.end or t.nbor().lower_ != prep:
                    continue
                objs = [g for g in t.nbor().children if g.dep_ == "pobj"] or \
                       [g for g in t.children if g.dep_ == "pobj"]
                out += [(o, f"{first} {prep}") for o in objs]
        return out

    def _resolve(self, doc: Doc, tok: Token, by_token: dict[int, Mention]) -> str | None:
        """Actor id of a speaker token: its mention (or its apposition's); for a title with no person
        behind it, the person last named with that title ("the spokesman") or the actor it speaks for
        ("a spokesman for the UN", "his office"); for "whose X", the antecedent; else the one person
        named inside its phrase."""
        m = by_token.get(tok.i)
        if m is not None and tok.pos_ == "NOUN":
            # (p27) a person named in apposition to a described speaker is the speaker, not the body the description
            # names ("Russia's ambassador to international organisations, Mikhail Ulyanov, called ...": Ulyanov, not
            # Russia; "The Gulf Cooperation Council's Secretary General, Jasem Albudaiwi, condemned ...")
            head_actor = self._actors.get(m.actor_id)
            # (the parser may hang the name on the last noun of the description: "... in Vienna[pobj], Mikhail Ulyanov[appos]")
            person = next((by_token[c.i].actor_id for c in tok.subtree if c.dep_ == "appos" and c.i in by_token
                           and by_token[c.i].actor_id in self._actors
                           and self._actors[by_token[c.i].actor_id].kind in PERSON_KINDS), None)
            if person is not None and (head_actor is None or head_actor.kind not in PERSON_KINDS):
                return person
        if m is None:
            # a name in apposition names the head ("the U.N. Office for the Coordination of
            # Humanitarian Affairs (OCHA) said", "the spokesman, Bayo Onanuga, said")
            appos = next((by_token[c.i] for c in tok.children if c.dep_ == "appos" and c.i in by_token), None)
            if appos is not None and appos.actor_id in self._actors:
                return appos.actor_id
        actor = self._actors.get(m.actor_id) if m is not None else None
        titled = tok.lemma_.lower() in self.v["titles"]
        if titled and actor is not None and actor.kind in PERSON_KINDS and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
            # (h23f) "the Iranian minister": a title with a nationality is the person the mention was resolved to (of
            # that country), not whoever was last introduced with the title ("the Saudi minister")
            return actor.id
        if titled and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # who was last introduced with the title comes before whom the pronoun-like title was
            # resolved to ("Rubio said ... a senior State Department official told reporters. “...,”
            # the official said": the official, not Rubio)
            person = self._titled_person(doc, tok, by_token)
            if person is not None:
                return person
        if actor is not None and (actor.kind in PERSON_KINDS or not titled
                                  or tok.pos_ == "PROPN" and m.resolution == "dictionary"):
            # ((h29a) a title word that ends a body's dictionary name is the body: "China's Taiwan Affairs Office said")
            return actor.id
        if titled:
            body = self._named_body(doc, tok) or self._reporting_body(doc, tok, by_token)
            if body is not None:
                return body
            org = self._affiliation(tok, by_token)
            if org is not None:
                return org
        if actor is None and tok.pos_ == "NOUN":
            named = self._self_named(tok, by_token)
            if named is not None:
                return named
        if actor is None and tok.head.dep_ == "relcl" and any(c.lower_ == "whose" for c in tok.children):
            m = by_token.get(tok.head.head.i)  # "Moscow, whose negotiators insisted ...": Moscow
            actor = self._actors.get(m.actor_id) if m is not None else None
        if actor is None and tok.pos_ != "PRON":
            return self._person_within(tok, by_token)
        return actor.id if actor is not None else None

    def _self_named(self, tok: Token, by_token: dict[int, Mention]) -> str | None:
        """(h25g) The actor a noun names by the name it gives itself: "A group calling itself the High Military
        Command for the Restoration of Order said ...": the actor of the name (quotes.yaml `self_naming_verbs` with a
        reflexive of `reflexive_pronouns` for object)."""
        for c in self._self_naming_clauses(tok):
            for g in c.children:
                if g.dep_ in ("oprd", "xcomp", "attr", "dobj") and g.lower_ not in self.v["reflexives"]:
                    m = by_token.get(g.i) or next((by_token[x.i] for x in g.subtree if x.i in by_token), None)
                    if m is not None and m.actor_id in self._actors:
                        return m.actor_id
        return None

    def _titled_person(self, doc: Doc, tok: Token, by_tok: dict[int, Mention]) -> str | None:
        """"the spokesman" → who was last introduced with that title within the last few sentences:
        a person named with it ("army spokesman X", "X, a spokesman for ...") or the organisation a
        bare title speaks for ("a spokesman for the UN"); else the last person holding it."""
        title = tok.lemma_.lower()
        sents = list(doc.sents)
        k = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
        first = sents[max(0, k - self.v["title_lookback"])]
        for t in reversed(doc[first.start:tok.i]):
            if t.lemma_.lower() != title:
                continue
            linked = [t, *(c for c in t.children if c.dep_ in ("appos", "compound"))]
            if t.dep_ in ("appos", "compound"):
                linked.append(t.head)
            for n in linked:
                actor = self._actors.get(by_tok[n.i].actor_id) if n.i in by_tok else None
                if actor is not None and actor.kind in PERSON_KINDS:
                    return actor.id
            if t.i in by_tok or any(c.dep_ == "prep" and c.lower_ in self.v["affiliation"] for c in t.children):
                org = self._affiliation(t, by_tok)
                if org is not None:
                    return org
                if t.i in by_tok and by_tok[t.i].actor_id in self._actors:
                    return by_tok[t.i].actor_id  # "a senior State Department official": the actor it was coded as
        for m in reversed(self._mentions):
            if m.start >= tok.idx or m.start < first.start_char:
                continue
            actor = self._actors.get(m.actor_id)
            if actor is not None and actor.kind in PERSON_KINDS and actor.title and title in actor.title.lower().split():
                return actor.id
        if self.v["title_article_unique"]:
            # (h24i) further back: the one person the story introduced with that title ("Governor Uba Sani said ...
            # “...,” the governor said" five sentences on); none when it introduced two
            found = set()
            for t in doc[:first.start]:
                if t.lemma_.lower() != title:
                    continue
                linked = [t, *(c for c in t.children if c.dep_ in ("appos", "compound"))]
                if t.dep_ in ("appos", "compound"):
                    linked.append(t.head)
                found |= {by_tok[n.i].actor_id for n in linked if n.i in by_tok
                          and getattr(self._actors.get(by_tok[n.i].actor_id), "kind", None) in PERSON_KINDS}
            if len(found) == 1:
                return found.pop()
        return None

    def _named_body(self, doc: Doc, tok: Token) -> str | None:
        """(h23f) The body a spokesperson named only by its head word speaks for ("Finland's foreign ministry rejected
        the accusation. “...,” a ministry spokeswoman said"): the body last named with that head word, within
        `title_lookback` sentences (a spokesperson title of `spokes_body_titles`, its modifier a common noun)."""
        if tok.lemma_.lower() not in self.v.get("spokes_body_titles", ()):
            return None
        words = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        if not words:
            # ... or by "for the ministry" with no other word: "a spokesman for the ministry said"
            for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.v["affiliation"]):
                for o in p.children:
                    if o.dep_ == "pobj" and o.pos_ == "NOUN" and [c.lower_ for c in o.children] == ["the"]:
                        words = {o.lower_}
        if not words or any(c.dep_ in ("compound", "amod", "poss") and c.pos_ in ("PROPN", "ADJ") for c in tok.children):
            return None
        sents = list(doc.sents)
        k = next(n for n, x in enumerate(sents) if x.start <= tok.i < x.end)
        floor = sents[max(0, k - self.v["title_lookback"])].start_char
        for m in reversed(self._mentions):
            if m.start >= tok.left_edge.idx or m.start < floor:
                continue
            actor = self._actors.get(m.actor_id)
            if actor is not None and actor.kind not in PERSON_KINDS and actor.code \
                    and doc.text[m.start:m.end].lower().split()[-1] in words:
                return actor.id
        return None

    def _reporting_body(self, doc: Doc, tok: Token, by_token: dict[int, Mention]) -> str | None:
        """(h29b) The body a bare spokesperson speaks for ("The Iranian foreign ministry issued a statement. “...,” a
        spokesperson said"; "“...,” the spokesman added"): a title of `spokes_body_titles` with nothing but an article
        on it, for the body last named as a clause's subject in its sentence or the coref.yaml `spokes_body_lookback`
        before, a body (no person, no country) coded in one of `reporting_office_sectors`. "A spokesperson for the
        family" (`_affiliation`) and "a ministry spokeswoman" (`_named_body`) are not this."""
        if tok.lemma_.lower() not in self.v["spokes_body_titles"] or any(c.dep_ != "det" for c in tok.children):
            return None
        sents = list(doc.sents)
        k = next(n for n, x in enumerate(sents) if x.start <= tok.i < x.end)
        floor = sents[max(0, k - self.v["spokes_body_lookback"])].start
        for t in reversed(doc[floor:tok.left_edge.i]):
            m = by_token.get(t.i)
            actor = self._actors.get(m.actor_id) if m is not None else None
            if actor is None or t.dep_ not in ("nsubj", "nsubjpass") or actor.kind in (*PERSON_KINDS, "country") \
                    or t.idx in self._inside:  # (not a body someone's quoted words name: "“London is involved”")
                continue
            if (actor.code or "")[3:6] in self.v["reporting_office_sectors"]:
                return actor.id
        return None

    def _affiliation(self, tok: Token, by_token: dict[int, Mention]) -> str | None:
        """The actor a bare title speaks for: "a spokesman for the UN", "a Kremlin spokesman"."""
        own = by_token.get(tok.i)
        for c in tok.children:
            objs = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in self.v["affiliation"] \
                else [c] if c.dep_ in ("compound", "poss", "amod", "nmod") else []
            for o in objs:
                m = by_token.get(o.i)
                if m is not None and m is not own and m.actor_id in self._actors:
                    return m.actor_id
        return None

    # -- indirect speech ---------------------------------------------------------------------------
    def _indirect(self, doc, sents, inside, by_token) -> list[Quote]:
        out = []
        for k, sent in enumerate(sents):
            for t in sent:
                lemma = t.lemma_.lower()
                if lemma not in self.v["reported"] or t.idx in inside or t.pos_ != "VERB":
                    continue
                comp = self._reported_clause(t, lemma)
                if comp is None or any(x.idx in inside for x in comp.subtree):
                    continue
                subj = self._speaker_tokens(t)
                speaker = self._resolve(doc, subj[0], by_token) if subj else None
                if speaker is None:
                    continue
                toks = [x for x in comp.subtree if not (x.dep_ == "mark" and x.head.i == comp.i and x.i < comp.i)]
                q = self._clause_quote(doc, toks, speaker, lemma, k)
                if q is not None:
                    out.append(q)
            out += self._according(doc, sent, k, inside, by_token)
        return out

    def _reported_clause(self, verb: Token, lemma: str) -> Token | None:
        """The clause a cue verb reports: "that ..." or, after say-verbs, a bare clause with its own
        subject. Not a clause with a quotation mark in it (direct speech, even with a mark left
        unclosed) nor one set off by punctuation ("said: We will ...")."""
        marks = set(self.v["pairs"]) | set(self.v["pairs"].values())
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "has not said where ...": nothing reported
        for c in verb.children:
            if c.dep_ != "ccomp" or c.i < verb.i:
                continue
            if c.left_edge.lower_ in self.v["wh_words"]:
                continue  # an embedded question ("said where they are held"), not a statement
            if any(x.text in marks for x in verb.doc[verb.i + 1:c.right_edge.i + 1]):
                continue
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return c
            if lemma in self.v["bare_reported"] and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) \
                    and not any(x.is_punct for x in verb.doc[verb.i + 1:c.left_edge.i]):
                return c
        return None

    def _according(self, doc, sent, k, inside, by_token) -> list[Quote]:
        """"According to the UN, more than 10,000 civilians have been killed": the clause it modifies."""
        out = []
        for src, phrase in self._attributions(sent, inside):
            word = src.head.head if src.head.dep_ == "prep" and src.head.head.lower_ == phrase.split()[0] else src.head
            clause = word.head
            if clause.i == word.i or clause.pos_ not in ("VERB", "AUX"):
                continue
            sub = list(clause.subtree)
            if any(x.idx in inside for x in sub):
                continue
            speaker = self._resolve(doc, src, by_token)
            if speaker is None:
                continue
            lo, hi = word.left_edge.i, word.right_edge.i
            before = [x for x in sub if x.i < lo]
            after = [x for x in sub if x.i > hi]
            if any(not x.is_punct for x in before) and any(not x.is_punct for x in after):
                continue  # "Civilians, according to the UN, were killed": no one clause to quote
            q = self._clause_quote(doc, before if any(not x.is_punct for x in before) else after, speaker, phrase, k)
            if q is not None:
                out.append(q)
        return out

    def _clause_quote(self, doc, toks, speaker, cue, k) -> Quote | None:
        while toks and toks[0].is_punct:
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        a = self._actors[speaker]
        return Quote(doc.text[start:end], self._speaker_name(doc.text, a, start, end), a.code, Span(start, end), a.id,
                     cue, "indirect", k)
