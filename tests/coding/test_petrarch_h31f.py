"""h31f: the PETRARCH import's word lists out of code, and descriptions of a person named before with a user's agents.

1. The words of the PETRARCH format (``coding/data/petrarch.yaml``) are read as the literal sets petrarch.py held
   before, the linear patterns' negations are modality.yaml `negation_words` with `negating_preconjunctions`, and the
   other word lists moved out of coding/*.py (coref.yaml, dates.yaml, quotes.yaml) are read as they were written.
2. With a user's agent dictionary (the null actor on), a definite description of a person the story named before
   ("Myanmar's military leader, General Min Aung Hlaing ... the military leader") is that person, as our in-article
   coreference reads it without the user's agents, not ---MIL; with no person named before whose roles fit, a plural,
   an indefinite, or a body ("the government"), the null actor (or the reading before) stays.
"""
from __future__ import annotations

import pytest

from eventwire.coding import petrarch
from eventwire.coding.kb import read_yaml
from petrarch_checks import coded, mention_codes, write_dictionaries

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
    # (h31j) then, last, the verb's own phrase of `verb_target_prepositions`
    assert petrarch.LINEAR_TARGET[-4:] == ("prep:over.deep", "prep:about.deep", "prep:in.deep", "prep:of")


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
    assert set(dates["referring_determiners"]) == {"the", "this", "that", "these", "those"}
    assert dates["past_perfect_auxiliaries"] == ["had", "been"] and dates["past_progressive_auxiliaries"] == ["was", "were"]
    assert coref["pair_determiners"] == ["both", "these", "those"]
    assert coref["organisation_sector_heads"] == ["company", "firm", "bank", "carmaker"]


# -- 2. descriptions of a person named before, with a user's agents ------------------------------------------------
ACTOR_LINES = """
GONDOR_ [GON]
BOROMIR_
\t[GONMIL >20100101]
"""

# agent lines as Phoenix.agents.txt writes them (MILITARY, COMMANDER, PRESIDENT, GOVERNMENT are its words)
AGENT_LINES = """
MILITARY [~MIL]
GOVERNMENT [~GOV]
PRESIDENT [~GOV]
COMMANDER [~MIL]
MINISTER [~GOV]
OFFICIAL [~GOV]
"""

HOSTED = "Russian President Vladimir Putin recently hosted Myanmar’s military leader, General Min Aung Hlaing, in Moscow. "


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=write_dictionaries(tmp_path_factory, "h31f", ACTOR_LINES, AGENT_LINES))


# (text, mention, the code it has)
SPEC = [
    # the description names again the person it fits (seed.txt: "The warming of ties between the military leader and
    # Putin")
    (HOSTED + "The warming of ties between the military leader and Putin reflects a deeper partnership.",
     "military leader", "MMRMIL"),
    # a person of the user's actor file, by a title the user's agents give a sector
    ("Gondor's commander Boromir met Putin in Moscow. The warming of ties between the commander and Putin reflects "
     "a deeper partnership.", "commander", "GONMIL"),
    # a head of state named before, with no other head of state since
    ("Kenyan President William Ruto met reporters in Nairobi. Ties between the president and Putin are strong.",
     "president", "KENGOV"),
    # nothing named before it fits: PETRARCH's null actor stays
    ("The warming of ties between the military leader and Putin reflects a deeper partnership.", "military leader",
     "---MIL"),
    ("Russian President Vladimir Putin met Chinese Foreign Minister Wang Yi in Moscow. The warming of ties between the "
     "military leader and Putin reflects a deeper partnership.", "military leader", "---MIL"),
    # a plural is no one person
    (HOSTED + "The warming of ties between the military leaders and Putin reflects a deeper partnership.",
     "military leaders", "---MIL"),
    # a body is no person: "the government" is not the president's (a body named again is left as PETRARCH reads it)
    ("Kenyan President William Ruto met Putin in Moscow. Ties between the government and Putin are strong.",
     "government", "---GOV"),
]

# look-alike guards: (text, mention, a code it must not have)
ABSENT = [
    (HOSTED + "The warming of ties between the military leader and Putin reflects a deeper partnership.",
     "military leader", "---MIL"),
    ("Russian President Vladimir Putin met Chinese Foreign Minister Wang Yi in Moscow. The warming of ties between the "
     "military leader and Putin reflects a deeper partnership.", "military leader", "CHNGOV"),
    (HOSTED + "The warming of ties between the military leaders and Putin reflects a deeper partnership.",
     "military leaders", "MMRMIL"),
    (HOSTED + "A military leader later thanked Putin for the visit.", "military leader", "MMRMIL"),
    ("Kenyan President William Ruto met Putin in Moscow. Ties between the government and Putin are strong.",
     "government", "KENGOV"),
]


@pytest.mark.parametrize("text,mention,code", SPEC)
def test_description_spec(pipeline, text, mention, code):
    mentions, _ = mention_codes(pipeline, text, "2025-03-05")
    assert code in mentions.get(mention, set()), mentions


@pytest.mark.parametrize("text,mention,code", ABSENT)
def test_description_absent(pipeline, text, mention, code):
    mentions, _ = mention_codes(pipeline, text, "2025-03-05")
    assert code not in mentions.get(mention, set()), mentions


def test_description_is_the_persons_actor(pipeline):
    """The description is a mention of the person's own actor, not a second actor of the same code."""
    art = coded(pipeline, HOSTED + "The warming of ties between the military leader and Putin reflects a deeper "
                "partnership.", "2025-03-05")
    ids = {m.text: m.actor_id for m in art.mentions}
    assert ids["military leader"] == ids["Min Aung Hlaing"]
    assert not any((a.code or "").startswith("---") for a in art.actors), [(a.name, a.code) for a in art.actors]


def test_default_pipeline_reads_it_as_before():
    import eventwire

    art = eventwire.extract(HOSTED + "The warming of ties between the military leader and Putin reflects a deeper "
                            "partnership.", published="2025-03-05")
    codes = {a.id: a.code for a in art.actors}
    assert {codes[m.actor_id] for m in art.mentions if m.text == "military leader"} == {"MMRMIL"}


@pytest.fixture(scope="module")
def general_pipeline(tmp_path_factory):
    """A user's agent file that makes "general" an agent (Phoenix's has no GENERAL): coref.yaml `description_heads`."""
    from eventwire.pipeline import Pipeline

    return Pipeline(actor_files=write_dictionaries(tmp_path_factory, "h31f_general", "GONDOR_ [GON]\n",
                                                   "MILITARY [~MIL]\nGENERAL [~MIL]\n"))


@pytest.mark.parametrize("text,code,not_code", [
    ("General Min Aung Hlaing met Putin in Moscow. Ties between the general and Putin are strong.", "MMRMIL", "---MIL"),
    # no one whose roles are military named before: the null actor
    ("Putin met Chinese Foreign Minister Wang Yi in Moscow. Ties between the general and Putin are strong.", "---MIL",
     "CHNGOV"),
])
def test_description_head_agent(general_pipeline, text, code, not_code):
    mentions, _ = mention_codes(general_pipeline, text, "2025-03-05")
    assert code in mentions.get("general", set()) and not_code not in mentions.get("general", set()), mentions
