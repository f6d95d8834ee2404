"""h31f: the PETRARCH import's word lists out of code, and descriptions of a person named before with a user's agents.

1. The words of the PETRARCH format (``coding/data/petrarch.yaml``) are read as the literal sets petrarch.py held
   before, the linear patterns' negations are modality.yaml `negation_words` with `negating_preconjunctions`, and the
   other word lists moved out of coding/*.py (coref.yaml, dates.yaml, quotes.yaml) are read as they were written.
"""
from __future__ import annotations

import pytest

from eventwire.coding import petrarch
from eventwire.coding.kb import read_yaml

# the sets petrarch.py held in code before h31f: the data must read as exactly these
FORMER = {
    "function_words": {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "del", "la", "le", "da",
                       "di", "van", "von", "y", "et"},
    "particles": {"up", "down", "off", "out", "away", "back", "over", "in", "on", "aside", "forward", "through", "along",
                  "around", "together", "apart"},
    "prepositions": {"to", "with", "for", "against", "from", "on", "in", "into", "at", "by", "of", "about", "over",
                     "upon", "onto", "toward", "towards", "between", "among", "under", "before", "after", "behind",
                     "across", "through", "within", "without", "near", "as", "like"},
    "compound_verb_prepositions": {"in", "on", "over"},
    "clitics": {"n't", "'s"},
    "negations": {"not", "n't", "never", "no", "neither"},
    "non_state_codes": {"IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "UNO", "EEC", "IMF", "IBR", "WBK", "G77", "INT", "CVL",
                        "MED", "BUS", "REL", "ELI"},
    "group_sectors": {"REB", "INS", "OPP", "SEP", "PTY", "UAF"},
    "null_codes": {"---", "+++", "###", "***"},
}
ORDERED = {
    "target_prepositions": ("to", "with", "against", "on", "for", "from", "into", "at"),
    "object_target_prepositions": ("of",),
    "deep_target_prepositions": ("over", "about", "in"),
}


def test_petrarch_yaml_is_versioned_and_all_strings():
    data = read_yaml("petrarch.yaml")
    assert data["version"]
    for key, words in data.items():
        if key == "version":
            continue
        # YAML 1.1 reads a bare on, off, yes, no as booleans: every word must stay a string
        assert isinstance(words, list) and all(isinstance(w, str) for w in words), key


@pytest.mark.parametrize("key", sorted(FORMER))
def test_format_words_read_as_before(key):
    assert set(petrarch.petrarch_vocab()[key]) == FORMER[key]


@pytest.mark.parametrize("key", sorted(ORDERED))
def test_target_prepositions_keep_their_order(key):
    assert petrarch.petrarch_vocab()[key] == ORDERED[key]


def test_module_names_read_the_data():
    v = petrarch.petrarch_vocab()
    assert petrarch.PARTICLES == v["particles"] and petrarch.PREPOSITIONS == v["prepositions"]
    assert petrarch.FUNCTION_WORDS == v["function_words"] and petrarch.NULL_CODES == v["null_codes"]
    assert petrarch.OBJECT_TARGET[:9] == tuple(f"object.prep:{p}" for p in (*ORDERED["target_prepositions"], "of"))
    assert petrarch.LINEAR_TARGET[-3:] == ("prep:over.deep", "prep:about.deep", "prep:in.deep")


def test_linear_negations_are_the_modality_negations():
    mod = read_yaml("modality.yaml")
    assert petrarch.petrarch_vocab()["negations"] == set(mod["negation_words"]) | set(mod["negating_preconjunctions"])


def test_word_lists_moved_from_other_coders():
    from eventwire.coding import syntax
    from eventwire.coding.quote_acts import quote_act_vocab
    from eventwire.coding.quotes import quote_vocab

    assert syntax.REL_PRONOUNS == {"which", "that", "who", "whom", "whose"}
    assert quote_act_vocab()["negating"] == {"not", "never", "no", "n't"}
    assert quote_vocab()["articles"] == {"the", "a", "an"} and quote_vocab()["indefinite_articles"] == {"a", "an"}
    dates, coref = read_yaml("dates.yaml"), read_yaml("coref.yaml")
    assert set(dates["definite_determiners"]) == {"the", "this", "that", "these", "those"}
    assert dates["past_perfect_auxiliaries"] == ["had", "been"] and dates["past_progressive_auxiliaries"] == ["was", "were"]
    assert coref["pair_determiners"] == ["both", "these", "those"]
    assert coref["organisation_sector_heads"] == ["company", "firm", "bank", "carmaker"]
