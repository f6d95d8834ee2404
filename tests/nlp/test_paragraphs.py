"""Paragraph breaks are sentence boundaries (`eventwire_paragraphs`, set before the real parser)."""
from __future__ import annotations

import pytest
import spacy

import eventwire
from eventwire.nlp.model import load_spacy
from eventwire.nlp.paragraphs import NAME

pytestmark = pytest.mark.slow

TWO_PARAGRAPHS = ('Spanish Foreign Minister Jose Manuel Albares said his government would respond "proportionately".'
                  '\n\nBrazil offered to mediate between Caracas and Madrid.')

# text → the sentences the pipeline must give (stripped)
SPLITS = [
    (TWO_PARAGRAPHS, ['Spanish Foreign Minister Jose Manuel Albares said his government would respond "proportionately".',
                      "Brazil offered to mediate between Caracas and Madrid."]),
    ('The minister said talks would resume "soon."\nBrazil offered to mediate between Caracas and Madrid.',
     ['The minister said talks would resume "soon."', "Brazil offered to mediate between Caracas and Madrid."]),
]


@pytest.mark.parametrize("text, sents", SPLITS, ids=["blank-line-after-quote", "line-break-after-quoted-stop"])
def test_paragraph_break_ends_a_sentence(text, sents):
    doc = load_spacy()(text)
    assert [s.text.strip() for s in doc.sents] == sents


def test_a_wrapped_line_is_left_to_the_parser():
    nlp = load_spacy()
    doc = nlp.get_pipe(NAME)(nlp.make_doc("The ministers of the two countries\nmet in Geneva on Monday."))
    assert all(t.is_sent_start is not True for t in doc[1:])


def test_component_sits_before_the_parser_and_is_an_entry_point():
    names = load_spacy().pipe_names
    assert names.index(NAME) < names.index("parser")
    nlp = spacy.blank("en")
    nlp.add_pipe(NAME)  # found through the spacy_factories entry point as well
    assert nlp.pipe_names == [NAME]


def test_events_of_one_paragraph_do_not_take_the_next_ones_sentence():
    art = eventwire.extract(TWO_PARAGRAPHS, published="2026-11-29")
    brazil = [e for e in art.events if e.source_code == "BRA"]
    assert brazil, art.events
    assert all(e.sentence.startswith("Brazil offered") for e in brazil)


DATELINED = ("BEIJING (AP) — Chinese President Xi Jinping welcomed Brazilian President Luiz Inacio Lula da Silva "
             "to Beijing on Tuesday.")


def test_a_dateline_is_not_the_first_sentences_subject():
    """Unmarked, the parser made "BEIJING" the subject and the president its apposition: no event."""
    art = eventwire.extract(DATELINED, published="2026-11-25")
    assert ("CHNGOV", "043", "BRAGOV") in {(e.source_code, e.cameo_code, e.target_code) for e in art.events}, art.events
    assert [s.text for s in art.sentences][0].startswith("BEIJING")
    assert art.places and art.places[0].name == "Beijing"  # the dateline still places the story
