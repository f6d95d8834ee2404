"""h33e: coordination and PETRARCH unit-record readings that are also news syntax.

A list of names whose later member carries its own determiner or adjectives, which the small parser reads as a
modifier, an apposition or a bare conjunct, is a list (repairs.yaml `list_names_read_as_modifiers`, repairs.py
`_list_names_read_as_modifiers`): "Fornost[nmod] and the evil awful[conj] Gondor", "China, the secretive North
Korea[appos], and Russia". SPEC rows must be coded, ABSENT rows must not; PARSE rows state the mended tree."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event
from eventwire.nlp.model import load_spacy

SPEC = [
    # a name set off by commas before the list's "and" is a member, not a renaming of the first
    ("China, the secretive North Korea, and Russia criticized Japan.", "PRK", "111", "JPN", "happened"),
    ("China, the secretive North Korea, and Russia criticized Japan.", "RUS", "111", "JPN", "happened"),
    ("Iran, the isolated Syria, and Qatar criticized Israel.", "SYR", "111", "ISR", "happened"),
]

ABSENT = [
    # a description between commas is no member
    ("Iran, the region's biggest Shiite power, and Qatar criticized Israel.", ("IRN", "111", "QAT")),
    # a title between commas is no member
    ("Obama, the President, and Biden met Putin.", ("USAGOV", "040", "USA")),
]

# (sentence, word, (dependency, head word)) after the repair
PARSE = [
    ("Fornost and the evil awful Gondor welcomed a resumption of ties with Osgiliath.", "Gondor", ("conj", "Fornost")),
    ("Fornost and the evil awful Gondor welcomed a resumption of ties with Osgiliath.", "Fornost", ("nsubj", "welcomed")),
    ("Fornost and the evil awful Gondor welcomed a resumption of ties with Osgiliath.", "awful", ("compound", "Gondor")),
    ("Arnor, Calenardhon and the evil awful Gondor welcomed a resumption of ties.", "Gondor", ("conj", "Calenardhon")),
    ("The lions and the evil awful Gondor welcomed a resumption of ties with Osgiliath.", "Gondor", ("conj", "lions")),
    ("Russia and the tiny breakaway Transnistria accused Moldova of provocations.", "Transnistria", ("conj", "Russia")),
    ("China, the secretive North Korea, and Russia criticized Japan.", "Korea", ("conj", "China")),
    # guards: a name among the conjunct's own words keeps the parser's reading; a description stays an apposition
    ("Calenardhon and the evil Arnor awful Gondor welcomed a resumption of ties.", "Gondor", ("appos", "Calenardhon")),
    ("Iran, the region's biggest Shiite power, and Qatar criticized Israel.", "power", ("appos", "Iran")),
    ("Obama, the President, and Biden met Putin.", "President", ("appos", "Obama")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h33e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h33e_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.parametrize("sentence,word,expected", PARSE, ids=[f"{s[1]}:{s[0][:40]}" for s in PARSE])
def test_h33e_list_repair(sentence, word, expected):
    doc = load_spacy()(sentence)
    tok = next(t for t in doc if t.text == word)
    assert (tok.dep_, tok.head.text) == expected, [(t.text, t.pos_, t.dep_, t.head.text) for t in doc]
