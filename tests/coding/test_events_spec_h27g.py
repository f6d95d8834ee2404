"""Precision rules of pass 27 (h27g), each a row: an act of force told in the reporter's own quoted words inside the
clause it reports is the reporter's charge (112) against the doer, no deed (filters.py `_quoted_charges`, modality.yaml
`reported_wrong` `quoted_roots`); remarks to the press are no talks (talk.040 `prep_object_not`); "called X a Y" with two
predicates names X, it is no phone call (path `oprd`); a clause of harm the parser hung on a noun further back than the
war noun right before its pronoun is the war's ("fighting ... that has killed thousands": syntax.py `_war_before`); a
"with" phrase of help names a helper, no party (modality.yaml `helper_nouns`); an infinitive right after a noun of intent
or capacity is what may be done, wherever the parser hung it (syntax.py `held_noun`). SPEC rows failed before their rule;
ABSENT rows were coded before and must not be; GUARD rows are look-alikes that keep their reading."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a partial quotation inside the reported clause: the reporter's charge against the doer
    ("Congo’s Foreign Minister Therese Kayikwamba Wagner told the U.N. Security Council on Sunday that Rwanda was "
     "carrying out “a frontal attack” on Congo’s sovereignty.", "CODGOV", "112", "RWA", "happened"),
    ('The U.S. embassy said in a post on X that the Houthis had "kidnapped many of the surviving Greek crew members" of '
     "the ship.", "USAGOV", "112", "YEMREBHTH", "happened"),
    # talks begun "with Turkey's help" are the two parties' own
    ("Ethiopia and Somalia agreed to begin technical negotiations with Turkey's help.", "ETH", "046", "SOM", "planned"),
]

ABSENT = [
    ("Congo’s Foreign Minister Therese Kayikwamba Wagner told the U.N. Security Council on Sunday that Rwanda was "
     "carrying out “a frontal attack” on Congo’s sovereignty.", ("RWA", "190", "COD")),
    ('The U.S. embassy said in a post on X that the Houthis had "kidnapped many of the surviving Greek crew members" of '
     "the ship.", ("YEMREBHTH", "181", "GRC")),
    ("Zelensky said Russia was waging \"a war of terror\" against Ukrainian cities.", ("RUS", "190", "UKR")),
    ("Speaking to reporters aboard Air Force One, Trump praised the deal.", ("USAGOV", "040", "USAMED")),
    ("Trump spoke to reporters after he spoke with Putin.", ("USAGOV", "040", "USAMED")),
    ("Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. Speaking to reporters aboard Air Force One "
     'afterwards, Trump called Sharaa a "young, attractive guy" with a "strong past."', ("USAGOV", "041", "SYRGOV")),
    ('Speaking to reporters afterwards, Trump called Erdogan a "tough, smart guy".', ("USAGOV", "041", "TURGOV")),
    ("The foreign ministers of Congo and Rwanda signed a peace agreement on Friday, pledging to end fighting in eastern "
     "Congo that has killed thousands of people.", ("CODGOV", "190", "CODCVL")),
    ("Ethiopia and Somalia agreed to begin technical negotiations with Turkey's help.", ("ETH", "040", "TUR")),
    ("Israel held talks with Hamas with Qatari mediation.", ("ISR", "040", "QAT")),
    # an infinitive right after a noun of capacity is what may be done, wherever the parser hung it
    ("The U.N. Security Council on Tuesday approved a new and larger force to combat gangs in Haiti, replacing the "
     "struggling Kenyan-led mission with a Gang Suppression Force of up to 5,550 personnel with powers to arrest "
     "suspects.", ("IGOUNOSC", "173", "HTICVL")),
]

GUARD = [
    # no quotation: the reported deed stays, beside the accusation
    ("Ukraine said Russia had shelled a hospital in Kherson.", "RUS", "190", "UKRHLH", "happened"),
    ("Ukraine said Russia had shelled a hospital in Kherson.", "UKR", "112", "RUS", "happened"),
    # a quotation beside the act, or the whole sentence quoted, is no charge of its words
    ('Ukraine said Russia had shelled a hospital in Kherson, calling it "a war crime".', "RUS", "190", "UKRHLH",
     "happened"),
    ('"Russian forces shelled a hospital in Kherson," Ukraine said.', "RUSMIL", "190", "UKRHLH", "happened"),
    # the reporter's own side's deed in quoted words is reported, not charged
    ('The army said its soldiers had "neutralised" 20 militants in Borno.', "NGAMIL", "190", "NGAREB", "happened"),
    # talks and calls with a party
    ("Trump spoke to reporters after he spoke with Putin.", "USAGOV", "040", "RUSGOV", "happened"),
    ("Macron called Putin on Friday.", "FRAGOV", "041", "RUSGOV", "happened"),
    # a name the parser split into two predicates is one name ("President[oprd] Trump[oprd]")
    ('Iran called President Trump a "gangster".', "IRN", "111", "USAGOV", "happened"),
    ("Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. Speaking to reporters aboard Air Force One "
     'afterwards, Trump called Sharaa a "young, attractive guy" with a "strong past."', "USAGOV", "040", "SYRGOV",
     "happened"),
    # (h33c) negotiations are 046, talks 040
    ("Ethiopia agreed to begin technical negotiations with Somalia.", "ETH", "046", "SOM", "planned"),
    ("Israel held talks with Hamas with Qatari mediation.", "ISR", "040", "PSEREBHMS", "happened"),
    # a clause of harm on an attack noun, or on an actor, keeps its doer
    ("Russia launched a missile strike on Kyiv that killed 12 people.", "RUS", "195", "UKR", "happened"),
    ("Hamas fighters, who killed five Israeli soldiers in Rafah on Monday, rejected the truce.", "PSEREBHMS", "190",
     "ISRMIL", "happened"),
    ("The U.N. Security Council on Tuesday approved a new and larger force to combat gangs in Haiti, replacing the "
     "struggling Kenyan-led mission with a Gang Suppression Force of up to 5,550 personnel with powers to arrest "
     "suspects.", "IGOUNOSC", "0861", "HTIMIL", "happened"),
    # (h33d) the rejected request's content codes it: a policy change refused (x.reject_demand_that_policy.1232; was 120)
    ("Iran rejected the U.S. request to halt enrichment.", "IRN", "1232", "USA", "happened"),
    # the agreement itself stays
    ("The foreign ministers of Congo and Rwanda signed a peace agreement on Friday, pledging to end fighting in eastern "
     "Congo that has killed thousands of people.", "CODGOV", "057", "RWAGOV", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h27g_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h27g_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", GUARD, ids=[s[0][:48] for s in GUARD])
def test_h27g_guard(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)
