"""Issue 4, twenty-fifth pass (h25c): threats told as one's own side's future hostile act, and disapproval of a deed
aimed at its doer, never its victims.

Threats: a statement or warning whose complement is a retaliation, a response or "necessary measures" by the speaker's
own side (patterns/news.yaml `n.announce_retaliation_alone.130`, `n.future_retaliation.130`, `n.not_hesitate_*`,
`n.announce_treat_responsible.130`, `n.warn_never_allow.130`, `n.warn_buildup.130`; pattern keys `own_complement`, `aux`; target paths
`appeal_addressee`, `response_cause`, modality.yaml `appeal_addressee_roots`). Disapproval: "condemned the use of force against
protesters", "the takeover", "the crackdown on students" is aimed at who did the deed told before (modality.yaml
`act_agent`), never at the protesters or students. SPEC rows failed before the change; ABSENT and NO_THREAT rows are
look-alikes the rules must not reach."""
from __future__ import annotations

import pytest

import eventwire
from event_checks import PUBLISHED, check_absent, check_event

# (sentence, source code, CAMEO code, target code, mode)
SPEC = [
    # a retaliation announced with no one named: the adversary the story tells
    ("Poland expelled three Russian diplomats on Monday. Russia's foreign ministry spokeswoman Maria Zakharova said "
     "Moscow would retaliate.", "RUSGOV", "130", "POL", "happened"),
    # ... the one whose closure of a consulate the story told first (n.n.close_embassy.161 now takes the owner)
    ("Poland ordered the closure of Russia's consulate in Krakow on Monday. Russia's foreign ministry spokeswoman Maria "
     "Zakharova said Moscow would retaliate.", "RUSGOV", "130", "POL", "happened"),
    # ... a bare response in a dispute the story tells (path opponent)
    ("Poland expelled three Russian diplomats on Monday. Russia's foreign ministry spokeswoman Maria Zakharova said "
     "Moscow would respond.", "RUSGOV", "130", "POL", "happened"),
    ("Poland closed Russia's consulate in Krakow on Monday.", "POL", "161", "RUS", "happened"),
    # a threat joined to the speaker's own appeal is aimed at whom the appeal was made to
    ("China's commerce ministry urged the EU to remove Chinese companies from the list and said it would take "
     "\"necessary measures\" to protect their interests.", "CHNGOV", "130", "IGOEUREEC", "happened"),
    # a retaliation in the speaker's own quoted future, on a condition
    ("\"If the U.S. insists on escalating, China will resolutely counter,\" commerce ministry spokesperson He Yadong "
     "told a news conference.", "CHN", "130", "USA", "happened"),
    # force one "will not hesitate" to use
    ("\"We will not hesitate to strike Hamas if negotiations fail,\" Netanyahu said.", "ISRGOV", "138", "PSEREBHMS",
     "happened"),
    ("Netanyahu said Israel would not hesitate to use force against Hamas.", "ISRGOV", "138", "PSEREBHMS",
     "happened"),  # (h32b: own_government_clause)
    # treating a country as responsible
    ("Israel carried out air strikes across southern Lebanon on Saturday. Defence Minister Israel Katz said Israel "
     "would treat Beirut as responsible.", "ISRGOV", "130", "LBNGOV", "happened"),
    # a warning that one's side will never allow what another seeks
    ("China's Taiwan Affairs Office spokesman Zhu Fenglian warned that Beijing would never allow Taiwan independence.",
     "CHN", "130", "TWN", "happened"),
    # an arms buildup warned of in response to another's act threatens its doers (path response_cause)
    ("Kim Jong Un warned that the country would keep expanding its nuclear deterrent in response to what he called the "
     "\"confrontational\" military drills of Washington and Seoul.", "PRKGOV", "130", "USA", "happened"),
    # disapproval of a deed: its doer told before, not its victims
    ("Georgian riot police used water cannon and tear gas to disperse thousands of protesters on Sunday. The European "
     "Union's foreign policy chief Kaja Kallas condemned \"the use of force against peaceful protesters\".",
     "IGOEUREEC", "111", "GEOCOP", "happened"),
    ("Soldiers seized power in Guinea-Bissau on Wednesday. Opposition candidate Fernando Dias said the coup had been "
     "staged to stop him taking office. The African Union condemned the takeover.", "IGOAFRAFU", "111", "GNBMIL",
     "happened"),
    ("Police arrested dozens of students in Dhaka on Monday. Amnesty International condemned the crackdown on "
     "students.", "NGOAMN", "111", "BGDCOP", "happened"),
    ("Israel struck a school in Gaza. Egypt condemned the killing of civilians in Gaza.", "EGY", "111", "ISR",
     "happened"),
]

ABSENT = [
    # the victims of a deed condemned are never its target
    ("Georgian riot police used water cannon and tear gas to disperse thousands of protesters on Sunday. The European "
     "Union's foreign policy chief Kaja Kallas condemned \"the use of force against peaceful protesters\".",
     ("IGOEUREEC", "111", "GEOCVL")),
    ("Israel struck a school in Gaza. Egypt condemned the killing of civilians in Gaza.", ("EGY", "111", "PSE")),
    # who only "took office" did no takeover
    ("Soldiers seized power in Guinea-Bissau on Wednesday. Opposition candidate Fernando Dias said the coup had been "
     "staged to stop him taking office. The African Union condemned the takeover.", ("IGOAFRAFU", "111", "GNBOPP")),
    # a retaliation told in a reported clause is the reporter's threat, once
    ("Poland expelled three Russian diplomats on Monday. Russia's foreign ministry spokeswoman Maria Zakharova said "
     "Moscow would retaliate.", ("RUS", "130", "POL")),
    # another's act forecast is no threat of the speaker's
    ("Russia struck Kyiv on Monday. The Kremlin said Ukraine would retaliate.", ("RUSGOV", "130", "UKR")),
]

# sentences where no threat (13x) may be coded at all
NO_THREAT = [
    "The meteorological agency warned that the storm would hit the coast on Friday.",
    "The central bank governor warned that prices would rise further this year.",
    "The UN warned of a humanitarian catastrophe in Gaza.",
    "The ministry said it would respond to the request within days.",
    "The health ministry said it would take necessary measures to protect citizens from the virus.",
    "The government said it would respond to the needs of flood victims.",
    "Japan said it would not retaliate against the tariffs.",
    # a bare response outside any dispute the story tells
    "The central bank said it would respond if inflation rose further.",
    "The central bank said it would react quickly.",
    "China retaliated on Friday.",
    # a buildup with no act answered, or of no arms
    "Kim Jong Un warned that North Korea would keep expanding its nuclear deterrent.",
    "The finance minister warned that Japan would keep expanding its economy in response to the tariffs of Washington.",
    "Israel struck Gaza on Monday. \"We did not hesitate to strike Hamas,\" Netanyahu said.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_threats25_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_threats25_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NO_THREAT, ids=[s[:48] for s in NO_THREAT])
def test_threats25_no_threat(sentence):
    article = eventwire.extract(sentence, published=PUBLISHED)
    assert not [e for e in article.events if e.cameo_code.startswith("13")], [
        (e.source_code, e.cameo_code, e.target_code, e.rule) for e in article.events]
