"""h32h: real news coded with PETRARCH-2's dictionaries (bench/peers.py ``gsr_petrdict``), the discard class: a
user's PETRARCH discard file is applied as PETRARCH-2 and UniversalPetrarch apply it (``check_discards``), on the
sentence's white-space words (coding/petrarch.py ``DiscardList``):

* a phrase's words are compared whole, case aside, with the words of the sentence's text split at white space, so a
  word carrying punctuation is another word: "two Brazilian men sought in the slaying of two missionaries three years
  ago, a police officer said" holds no ``YEARS AGO`` ("ago," is its word) and is coded, as the GSR gold codes it;
* the end of a phrase is seen at the next word, so a phrase that is the sentence's last word discards nothing;
* the words are walked once through the phrases: a word that breaks a partial match is not tried again as the start
  of another phrase;
* a ``+`` phrase drops the story, another the sentence (as before).

SPEC rows must be coded, ABSENT rows not (the sentence's events dropped by the discard)."""
from __future__ import annotations

import pytest

from eventwire.coding.petrarch import DiscardList, discard_list
from petrarch_checks import plain_and_discarding, write_discards

DISCARDS = """\
# sentence-level phrases, and one story-level (+) phrase
YEARS AGO
MANY YEARS LATER
GROUP A_
+WORLD_GOLF_CHAMPIONSHIPS
"""


@pytest.fixture(scope="module")
def discard_path(tmp_path_factory):
    return write_discards(tmp_path_factory, "discards_h32h", DISCARDS)


@pytest.fixture(scope="module")
def pipelines(discard_path):
    return plain_and_discarding(discard_path)


# (what the row shows, text, the level PETRARCH-2 gives it)
CHECKS = [
    ("the phrase's words, any case, with a word after them", "Three years ago a court in Guyana issued warrants", "sentence"),
    ("... in capitals", "THREE YEARS AGO A COURT ISSUED WARRANTS", "sentence"),
    ("a comma on the phrase's last word makes it another word", "in southern Guyana three years ago, a police officer said", None),
    ("... a full stop too", "The court issued warrants three years ago.", None),
    ("a phrase ending the text is not seen (its end is read at the next word)", "The court issued warrants three years ago", None),
    ("the words apart", "years of talks, a week ago", None),
    ("a word breaking a partial match is not tried again as a phrase's start", "many years ago the court ruled", None),
    ("a trailing underscore is a whole word, as every word is", "the group A team won", "sentence"),
    ("... another word", "the group Abu Sayyaf attacked", None),
    ("a story phrase", "The World Golf Championships opened in Mexico", "story"),
    ("... with a comma on its last word", "The World Golf Championships, held in Mexico, opened", None),
]


@pytest.mark.parametrize("what,text,level", CHECKS, ids=[c[0] for c in CHECKS])
def test_discard_check(discard_path, what, text, level):
    assert discard_list([discard_path]).check(text) == level, what


def test_discard_list_counts_phrases():
    d = DiscardList()
    d.add("years ago", "sentence")
    d.add("world golf championships", "story")
    assert d.size == 2 and d.check("Fifty years ago today") == "sentence"


def _codes(pipeline, text):
    return [(e.source_code, e.cameo_code, e.target_code) for e in pipeline.extract(text, published="2025-01-01").events]


# (what the row shows, text, the events the discarding pipeline keeps; None: all the plain pipeline codes)
SPEC = [
    ("a sentence whose phrase word carries a comma is coded (the GSR's AFP0808020705_1 construction)",
     "Russia condemned Ukraine on Monday, three years ago, officials said.", None),
    ("a story phrase whose last word carries a comma drops nothing",
     "Russia condemned Ukraine on Monday. The World Golf Championships, held in Mexico, opened.", None),
]
ABSENT = [
    ("the phrase as whole words drops its sentence, the other is kept",
     "Russia condemned Ukraine on Monday. Three years ago China praised Japan.", [("RUS", "111", "UKR")]),
    ("a story phrase as whole words drops the story",
     "Russia condemned Ukraine on Monday. The World Golf Championships opened in Mexico.", []),
]


@pytest.mark.parametrize("what,text,kept", SPEC + ABSENT, ids=[r[0] for r in SPEC + ABSENT])
def test_discards_in_the_pipeline(pipelines, what, text, kept):
    plain, discarding = pipelines
    got, everything = _codes(discarding, text), _codes(plain, text)
    if kept is None:
        assert got == everything and got, what
    else:
        assert got == kept and len(everything) > len(kept), what
