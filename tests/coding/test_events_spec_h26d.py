"""Session 26 (h26d): plural definite descriptions of a pair named before, and groups named together. "both ministers",
"the two envoys" are the two people whose title names the office (a known person's role, the title written before the
name, or a one-person title: "his Somali counterpart"), and two named together by "and" as a subject before two named
one by one since (coref.yaml `titled_pair_heads`, `joined_pair_lookback_sentences`); "the two delegations" are the two
countries' governments (`pair_heads`, `pair_head_sectors`); "the parties", "the neighbours" with no count are a pair
only when the story told one (between, together, or by a pair phrase before: `definite_pair_heads`); messages or
proposals carried between parties is mediation (n.relay_messages_between.045); one party and a group named together as
a reciprocal subject act with each other, not the group's members among themselves; a document signed together is an
agreement (n.sign_partnership.057). Guards: "the two men" repeating "two men" named before are those men, not two
people named earlier ("villages on both sides of the border" stay the two countries' places); "the parties" with no pair told resolves to none. SPEC
rows must be coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

MINISTERS = ("Kenyan Foreign Minister Musalia Mudavadi and his Somali counterpart Ahmed Moallim Fiqi held talks in "
             "Nairobi on Monday. Secretary of State Marco Rubio also attended. President William Ruto later received "
             "both ministers at State House.")
DELEGATIONS = ("Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff met in Muscat on Saturday, with "
               "Omani Foreign Minister Badr Albusaidi shuttling messages between the two delegations.")
RELAYED = ("Russian and Ukrainian officials met in Istanbul on Friday. Turkish Foreign Minister Hakan Fidan relayed "
           "proposals between the two delegations.")
PARTIES = ("Israel and Hamas agreed to a truce on Wednesday after weeks of talks. The Israeli army said it had struck a "
           "militant cell in Gaza City. U.N. Secretary-General Antonio Guterres welcomed the truce and urged the parties "
           "to honour their commitments.")
PARTIES_EU = ("Armenia and Azerbaijan signed a peace deal at the White House on Friday. The European Union welcomed the "
              "deal and urged the parties to implement it quickly.")
NEIGHBOURS = "Rwanda and Burundi reopened their border on Monday. The African Union praised the neighbours for their restraint."
GROUP = "President Donald Trump and the leaders of Egypt, Qatar and Turkey signed a declaration on Monday."
MEN = ("President William Ruto of Kenya spoke by phone with Somali President Hassan Sheikh Mohamud on Monday. Police "
       "arrested two men in Mombasa on Tuesday. The two men were charged with robbery.")
BORDER = ("Ethiopia and Eritrea fought a border war from 1998 to 2000. Sudan's army shelled villages on both sides of "
          "the border.")
UNTOLD = ("Russia launched drones at Kyiv on Monday. Hungarian Prime Minister Viktor Orban met Slovak Prime Minister "
          "Robert Fico in Budapest on Tuesday. Pope Leo urged the parties to negotiate.")

SPEC = [
    # "both ministers": the two named together with a minister's title, not the secretary of state who also attended
    (MINISTERS, "KENGOV", "043", "SOMGOV", "happened"),
    # "the two delegations": the two countries' governments; messages shuttled or proposals relayed between them
    (DELEGATIONS, "OMNGOV", "045", "IRNGOV", "happened"),
    (DELEGATIONS, "OMNGOV", "045", "USAGOV", "happened"),
    (RELAYED, "TURGOV", "045", "RUSGOV", "happened"),
    (RELAYED, "TURGOV", "045", "UKRGOV", "happened"),
    # "the parties", "the neighbours": the pair the story named together
    (PARTIES, "IGOUNO", "020", "ISR", "happened"),
    (PARTIES, "IGOUNO", "020", "PSEREBHMS", "happened"),
    (PARTIES_EU, "IGOEUREEC", "020", "ARM", "happened"),
    (PARTIES_EU, "IGOEUREEC", "020", "AZE", "happened"),
    (NEIGHBOURS, "IGOAFRAFU", "051", "RWA", "happened"),
    (NEIGHBOURS, "IGOAFRAFU", "051", "BDI", "happened"),
    # a document signed together is an agreement
    ("Kenya and Uganda signed a document on cross-border trade.", "KEN", "057", "UGA", "happened"),
    ("Ethiopia and Djibouti signed documents on port access in Addis Ababa.", "ETH", "057", "DJI", "happened"),
]

ABSENT = [
    (MINISTERS, ("KENGOV", "043", "USAGOV")),
    # one party and a group named together: each with the party, not the group's members among themselves
    (GROUP, ("EGYGOV", "057", "QATGOV")),
    (GROUP, ("QATGOV", "057", "TURGOV")),
    # "the two men" repeat the two men arrested, not the two presidents named before
    (MEN, (None, "173", "KENGOV")),
    (MEN, (None, "173", "SOMGOV")),
    # no pair told: "the parties" are not the two named last
    (UNTOLD, ("VATGOV", "020", "HUNGOV")),
    (UNTOLD, ("VATGOV", "020", "SVKGOV")),
]

KEPT = [
    # the group's members with the one party, both ways, as a reciprocal act of a coordinated subject
    (GROUP, "USAGOV", "057", "EGYGOV", "happened"),
    (GROUP, "TURGOV", "057", "USAGOV", "happened"),
    ("The foreign ministers of Congo and Rwanda signed a peace agreement on Friday.", "CODGOV", "057", "RWAGOV",
     "happened"),
    # "villages on both sides of the border" are the two countries' (as places)
    (BORDER, "SDNMIL", "194", "ERI", "happened"),
    (BORDER, "SDNMIL", "194", "ETH", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC + KEPT, ids=[s[0][:48] for s in SPEC + KEPT])
def test_h26d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h26d_absent(sentence, triple):
    check_absent(sentence, triple)
