"""Absences from meetings and acts described as good or bad (h25a, issue 4).

A meeting stayed away from, skipped or sat out is boycotted (125, REJECT, as "boycotted the ECOWAS meeting"): aimed at
its organiser, else its named parties, else the host country of its place, else one-sided; talks walked or pulled out
of are broken off (164, one-sided when no party is named). "did not attend" follows the project's convention for a
plain negated past act (cameo.yaml `refusals`): the attendance, mode denied (042 to the organiser or host country), and
with neither, no event. A deal, decision or move described as a good thing praises who made it (051), one described as
a wrong is disapproval of them (111); with no maker resolvable, no event. SPEC rows failed before; ABSENT rows are
look-alikes the rules must not reach."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event, coded

SPEC = [
    # absences
    ("Several West African leaders stayed away from the summit in Abuja.", "WAFGOV", "125", "NGA", "happened"),
    ("Mali stayed away from the ECOWAS summit in Abuja.", "MLI", "125", "IGOWAFWAS", "happened"),
    ("Xi Jinping skipped the G20 summit in Rio.", "CHNGOV", "125", "IGOGTW", "happened"),
    ("Three EU ministers snubbed the conference.", "IGOEUREEC", "125", None, "happened"),
    ("Mali sat out the talks with Algeria.", "MLI", "125", "DZA", "happened"),
    ("Xi was absent from the G20 summit in Rio.", "CHNGOV", "125", "IGOGTW", "happened"),
    ("Modi opted out of the SCO summit in Islamabad.", "INDGOV", "125", "IGOASASCO", "happened"),
    ("Putin will stay away from the G20 summit in Rio.", "RUSGOV", "125", "IGOGTW", "planned"),
    ("Russia pulled out of the negotiations.", "RUS", "164", None, "happened"),
    ("Iran walked away from the talks with the United States.", "IRN", "164", "USA", "happened"),
    ("Mali did not attend the talks in Algiers.", "MLI", "042", "DZA", "denied"),
    # deals walked away from or pulled out of are rejected (120)
    ("The United States walked away from the nuclear deal with Iran.", "USA", "120", "IRN", "happened"),
    ("Russia pulled out of the grain deal with Ukraine and Turkey.", "RUS", "120", "TUR", "happened"),
    # talks told before: their other party
    ("Russia and Ukraine held talks in Istanbul on Monday. Russia pulled out of the negotiations on Friday.", "RUS",
     "164", "UKR", "happened"),
    ("Ethiopia and Egypt held talks on the dam in Cairo. Ethiopia boycotted the talks the following week.", "ETH", "125",
     "EGY", "happened"),
    # acts described
    ("The United States and China reached a trade deal on Monday. Ghana's president described the deal as a step in "
     "the right direction.", "GHAGOV", "051", "USA", "happened"),
    ("Ghana's president described the US-China deal as a step in the right direction.", "GHAGOV", "051", "USA",
     "happened"),
    ("Kenya described Ethiopia's decision as a positive step.", "KEN", "051", "ETH", "happened"),
    ("Armenia and Azerbaijan signed a peace agreement on Friday. Macron described the agreement as historic.",
     "FRAGOV", "051", "AZE", "happened"),
    ("Modi met Japan's prime minister in Tokyo. Modi described the talks as a step in the right direction.",
     "INDGOV", "051", "JPNGOV", "happened"),
    ("Armenia and Azerbaijan signed a peace agreement on Friday. Iran described the agreement as a betrayal.",
     "IRN", "111", "ARM", "happened"),
    ("Trump described Russia's release of the prisoners as an act of goodwill.", "USAGOV", "051", "RUS", "happened"),
    ("Zelensky described Trump's plan as a good basis for talks.", "UKRGOV", "051", "USAGOV", "happened"),
    ("China described the US tariffs as economic bullying.", "CHN", "111", "USA", "happened"),
    ("Hamas described Israel's decision as a dangerous escalation.", "PSEREBHMS", "111", "ISR", "happened"),
]

ABSENT = [
    # "act" is a wrong only as one ("an act of aggression"): goodwill and solidarity are no disapproval
    ("Trump described Russia's release of the prisoners as an act of goodwill.", ("USAGOV", "111", "RUS")),
    ("Macron described Germany's decision as an act of solidarity.", ("FRAGOV", "111", "DEU")),
    # a praise word on a wrong is no praise
    ("Armenia and Azerbaijan signed a peace agreement on Friday. Macron described the agreement as a historic mistake.",
     ("FRAGOV", "051", "ARM")),
    ("The United States and China reached a trade deal on Monday. Ghana's president described the deal as a dangerous "
     "step.", ("GHAGOV", "051", "USA")),
    ("Modi met Japan's prime minister in Tokyo. Israel described the talks as a step backwards.", ("ISR", "051", "JPNGOV")),
]

# sentences that must code no event at all
NOTHING = [
    "The journalist described the scene as chaotic.",
    # no maker of the deal resolvable: no guess
    "Ghana's president described the deal as a step in the right direction.",
    "The boy did not attend school.",
    # a denied attendance with no organiser or host named is no one-sided event
    "Mali did not attend the talks.",
    "The children stayed away from school.",
    "Fans stayed away from the stadium.",
    "Police stayed away from the protest.",
    "The minister was absent from work.",
    "Russia pulled out of the town.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_absence_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_absence_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NOTHING, ids=[s[:48] for s in NOTHING])
def test_absence_nothing(sentence):
    assert not coded(sentence)


def test_preposition_on_particle_is_the_verbs():
    """A preposition a parser hangs on the verb's particle or the adverb right after it is the verb's ("stayed
    away[advmod] from[→ away] the summit"): syntax.prep_objects and so the pattern paths find its object."""
    import spacy
    from spacy.tokens import Doc

    from eventwire.coding.syntax import prep_objects

    words = ["Mali", "stayed", "away", "from", "the", "summit", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 1],
              deps=["nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"],
              pos=["PROPN", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in prep_objects(doc[1], "from")] == ["summit"]
    assert prep_objects(doc[2], "from") == [doc[5]]  # the adverb keeps its own too
