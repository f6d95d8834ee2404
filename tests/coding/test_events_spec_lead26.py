"""The lead's rules of session 26, each a row: a welcome of help, support or an effort hosts no one (welcome.043
`object_not`: abstract acts welcomed are not visitors); "what X called" a praising description is no name-calling
(n.what_called.111 `xcomp_not`); ambushing or attacking someone
"with" a video, questions or claims is a verbal attack (attack_with_words.111; and attack.190 `prep_object_not` the same words), no force. SPEC rows must be
coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # an episode taken to a court is taken against its doer (modality.yaml act_anaphora incident)
    ("Israeli forces detained 14 Turkish activists on Thursday. Ankara said it would take the matter to the "
     "International Court of Justice.", "TURGOV", "115", "ISRMIL", "planned"),
    # a coercive act named back by its noun (modality.yaml act_anaphora coercion: capture, boarding, interception ...)
    ("Russian troops captured three Ukrainian soldiers near Kupiansk on Monday. Kyiv condemned the capture as a war "
     "crime.", "UKRGOV", "111", "RUSMIL", "happened"),
    ("Iran seized a British tanker on Friday. London condemned the boarding.", "GBRGOV", "111", "IRN", "happened"),
    # a definite document noun with no author of its own is by whoever was told issuing one
    ("The G7 issued a joint statement on Friday. The statement condemned Iran for its attacks on shipping.", "IGOWSTGSV",
     "111", "IRN", "happened"),
    ("The UN Security Council adopted a resolution on Monday. The resolution demands that Israel allow aid into Gaza.",
     "IGOUNOSC", "105", "ISR", "happened"),
    # a relative "whose" on a noun that names no actor is the antecedent's
    ("Russia, whose invasion of Ukraine began in 2022, rejected the ruling.", "RUS", "190", "UKR", "happened"),
    ("Washington, whose sanctions on Caracas took effect in April, rejected the talks.", "USAGOV", "163", "VENGOV",
     "happened"),
    # a person who now heads a body is of it
    ("Petar Petkovic, who heads the Serbian government's office for Kosovo, accused Prime Minister Albin Kurti of "
     "launching a new wave of terror.", "SRBGOV", "112", "XKXGOV", "happened"),
    ("John Smith, who leads the Kenyan opposition coalition, urged President William Ruto to resign.", "KENOPP", "0241",
     "KENGOV", "happened"),
    ("Jane Doe, who runs Kenya's biggest bank, urged President William Ruto to cut taxes.", "KENBUS", "020", "KENGOV",
     "happened"),
    # an object "neither X nor Y" negates the act
    ("Britain invited neither the Sudanese government nor the RSF to the London conference.", "GBR", "036", "SDNGOV",
     "denied"),
    ("Britain invited both the Sudanese government and the RSF to the London conference.", "GBR", "036", "SDNGOV",
     "happened"),
    # an object "it" is not a party named only inside another noun's modifying clause
    ("Israel has kept up near-daily strikes in Lebanon despite a November ceasefire brokered by Washington and Paris, and "
     "Lebanese officials have accused it of violating the truce hundreds of times.", "LBNGOV", "112", "ISR", "happened"),
    ("Russia kept shelling the city despite a truce backed by the United Nations, and Ukraine accused it of breaking the "
     "deal.", "UKR", "112", "RUS", "happened"),
    # ... unless nothing else was named outside one
    ("The truce brokered by Qatar held for a week, and Israel thanked it for its efforts.", "ISR", "051", "QAT",
     "happened"),
    ("President Ruto welcomed the visiting Chinese delegation to State House.", "KENGOV", "043", "CHN", "happened"),
    ("Erdogan praised what he called Azerbaijan's courageous decision.", "TURGOV", "051", "AZE", "happened"),
    ("Putin denounced what he called Ukraine's criminal regime.", "RUSGOV", "111", "UKRGOV", "happened"),
    ("Donald Trump ambushed Cyril Ramaphosa in the Oval Office with a video and printed news articles.",
     "USAGOV", "111", "ZAFGOV", "happened"),
    ("U.S. senators attacked Secretary of State Marco Rubio with accusations of misleading Congress.",
     "USALEG", "111", "USAGOV", "happened"),
]

ABSENT = [
    # ... no hostile act told before: no target guessed
    ("Turkey hosted the talks on Thursday. Ankara said it would take the matter to the International Court of Justice.",
     ("TURGOV", "115", "TUR")),
    # ... not an indefinite one
    ("Egypt issued a statement on Friday. Later a statement condemned Israel.", ("EGY", "111", "ISR")),
    # ... not one who headed it once
    ("John Smith, who headed the Kenyan opposition coalition until 2019, urged President William Ruto to resign.",
     ("KENOPP", "0241", "KENGOV")),
    ("Nigeria said on Sunday it welcomed U.S. help in fighting Islamist insurgents.", ("NGA", "043", "USA")),
    ("Senators attacked Rubio with questions about the strikes.", (None, "190", "USAGOV")),
    ("Kyiv welcomed European support for its air defences.", ("UKRGOV", "043", "EUR")),
    ("Kenya welcomed Chinese investment in its railways.", ("KEN", "043", "CHN")),
    ("On Thursday, the envoy welcomed what he called the Lebanese government's historic and bold steps.",
     (None, "111", "LBNGOV")),
    ("Donald Trump ambushed Cyril Ramaphosa in the Oval Office with a video and printed news articles.",
     ("USAGOV", "190", "ZAFGOV")),
    # force stays force
    ("Gunmen ambushed a police patrol with rifles and grenades in Borno state.", ("NGAUAF", "111", "NGACOP")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_lead26_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_lead26_absent(sentence, triple):
    check_absent(sentence, triple)


def test_verbal_instruments_in_step():
    """x.invade_more.190 (extended.yaml) refuses the very words attack_with_words.111 (core.yaml) takes as a verbal
    attack's instruments: YAML anchors do not cross files, so the two lists are kept equal here."""
    from eventwire.coding.events import load_patterns

    pats = {p.id: p for p in load_patterns()[0]}
    assert pats["x.invade_more.190"].prep_object_not == pats["attack_with_words.111"].prep_object
    assert pats["attack.190"].prep_object_not == pats["attack_with_words.111"].prep_object


@pytest.mark.slow
@pytest.mark.parametrize("text, pronoun, code", [
    # reporters a speaker tells are the audience, never what a later "they" stands for (coref.yaml `audience`)
    ('"We have acquired a certain immunity to sanctions," spokesman Dmitry Peskov told reporters, adding that they were '
     "illegal.", "they", None),
    ("Peskov told reporters the EU sanctions were illegal. They would not change Russia's course, he said.", "They", None),
    # ... reporters acted on are a party like any other
    ("Police detained three reporters in Minsk. They were released on Monday.", "They", "BLRMED"),
])
def test_audience_is_no_antecedent(text, pronoun, code):
    import eventwire

    article = eventwire.extract(text, published="2025-06-01")
    codes = {a.id: a.code for a in article.actors}
    got = [codes.get(m.actor_id) for m in article.mentions if m.text == pronoun]
    assert got == ([code] if code else []), got
