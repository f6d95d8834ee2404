"""The `eventwire_paragraphs` spaCy component: paragraph breaks are sentence boundaries.

The small parser decides sentence boundaries by itself and, after a closing quotation mark, often
runs one paragraph on into the next ('... respond "proportionately".\\n\\nBrazil offered ...'), so
that two paragraphs' actors share one sentence; and it makes a wire dateline's city ("BEIJING
(AP) —") the subject of the first sentence. Set before the parser, `is_sent_start` is a
constraint it respects. The marks are in `coding/data/segmentation.yaml`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..coding.geo import dateline_end
from ..coding.kb import read_yaml

NAME = "eventwire_paragraphs"


class ParagraphBreaks:
    def __init__(self) -> None:
        data = read_yaml("segmentation.yaml")
        self.newlines = int(data["paragraph_newlines"])
        self.final = frozenset(data["sentence_final"])
        self.closing = frozenset(data["closing_marks"])
        self.word_final = tuple(data.get("word_final") or ())

    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc.text)
        if end:
            # "BEIJING (AP) — Chinese President Xi Jinping welcomed ...": without a boundary the
            # parser makes the dateline's city the subject and the president its apposition
            nxt = next((t for t in doc if t.idx >= end and not t.is_space), None)
            if nxt is not None and nxt.i > 0:
                nxt.is_sent_start = True
        for tok in doc[:-1]:
            if not tok.is_space or "\n" not in tok.text:
                continue
            nxt = doc[tok.i + 1]
            if nxt.is_space:
                continue
            last = doc[tok.i - 1] if tok.i else None  # the text before the line break ends a sentence:
            final = last is not None and last.text in self.final  # with a stop ...
            # ... or a word that keeps its stop ("on X.", "the U.S.") before a capitalised line
            final = final or (last is not None and len(last.text) > 1 and last.text.endswith(self.word_final)
                              and nxt.text[:1].isupper())
            closed = last is not None and last.i > 0 and last.text in self.closing and doc[last.i - 1].text in self.final
            if tok.text.count("\n") >= self.newlines or final or closed:  # ... or a stop and a closing mark
                nxt.is_sent_start = True
                if closed:
                    last.is_sent_start = False  # 'resume "soon."' ends with its closing mark
        return doc


@Language.factory(NAME, requires=[], assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the component before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp
