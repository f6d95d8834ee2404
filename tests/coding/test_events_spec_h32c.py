"""h32c: acts told inside reporting frames and their complement clauses. A future the speaker states on a condition
another must meet first ("until", "only after", "only if") is a demand of that other (n.say_only_after.100, path
`demand_condition.subj`, modality.yaml `demand_condition`); force the speaker's own side will keep up ("press on with
its operations") on a condition another must meet threatens that other with force (n.warn_keep_force_if.138); a
response one's own side "will be obliged" or "forced" to make if another acts, in the speaker's own words, threatens
the condition's subject (n.obliged_response.130); an accuser said to have presented no evidence is rejected
(n.say_no_evidence.120); an entry that is itself a trespass ("had intruded into Chinese waters"), reported done, is an
accusation (n.say_blame.112's verdict list). SPEC rows must be coded, ABSENT rows must not, RULE_ABSENT rows make no
event of the named rule; every SPEC row but the marked guard failed before its rule."""
from __future__ import annotations

import eventwire
import pytest

from event_checks import PUBLISHED, check_absent, check_event

SPEC = [
    # a condition another must meet first: a demand of it (n.say_only_after.100)
    ("Azerbaijan's foreign minister said a peace treaty would be signed only after Armenia removed the territorial "
     "claims from its constitution.", "AZEGOV", "100", "ARM", "happened"),
    ("Azerbaijan has said it will not sign the treaty until Armenia changes its constitution.", "AZE", "100", "ARM",
     "happened"),
    ("Serbia's opposition said the protests would continue until the government resigned.", "SRBOPP", "100", "SRBGOV",
     "happened"),
    ("Russian Foreign Minister Sergei Lavrov said sanctions would be lifted only if Ukraine recognised the new borders.",
     "RUSGOV", "100", "UKR", "happened"),
    ("Israel's prime minister said the war would not end until Hamas released all the hostages.", "ISRGOV", "100",
     "PSEREBHMS", "happened"),
    # force kept up on a condition: a threat of force to the condition's subject (n.warn_keep_force_if.138)
    ("Turkish President Recep Tayyip Erdogan welcomed the call by the PKK. He warned, however, that the security forces "
     "would press on with their operations if the militants failed to keep their word.", "TURGOV", "138", "TURREBPKK",
     "happened"),
    ("Israeli Defence Minister Israel Katz said the army would press ahead with its offensive unless Hamas freed the "
     "hostages.", "ISRGOV", "138", "PSEREBHMS", "happened"),
    ("Sudan's army chief Abdel Fattah al-Burhan said his forces would carry on with their offensive if the Rapid Support "
     "Forces refused to leave Khartoum.", "SDNMIL", "138", "SDNREBRSF", "happened"),
    # a response one will be obliged to make if another acts (n.obliged_response.130)
    ("\"If the regime in Iran were to make the mistake of beginning a new round of escalation, we will be obligated to "
     "respond,\" military spokesman Rear Admiral Daniel Hagari said.", "ISRELI", "130", "IRNGOV", "happened"),
    ("\"If Hamas fires again, we will be forced to act,\" Israeli Defence Minister Israel Katz said.", "ISRGOV", "130",
     "PSEREBHMS", "happened"),
    # an accuser said to have presented no evidence: a rejection (n.say_no_evidence.120)
    ("Poland's foreign ministry summoned Russia's charge d'affaires Andrei Ordash, who told Russian news agencies that "
     "Warsaw had presented no evidence that the drones had been launched from Russia.", "RUSGOV", "120", "POLGOV",
     "happened"),
    ("China's foreign ministry said Washington had provided no evidence for its claims.", "CHNGOV", "120", "USAGOV",
     "happened"),
    ("Kremlin spokesman Dmitry Peskov said Britain had not offered any proof of Russian involvement.", "RUSGOV", "120",
     "GBR", "happened"),
    # an entry that is itself a trespass, reported done: an accusation (n.say_blame.112's verdict list)
    ("China's coast guard said Philippine vessels had intruded into Chinese waters.", "CHNMIL", "112", "PHL", "happened"),
    ("Guyana's president said Venezuelan troops had encroached on its territory.", "GUYGOV", "112", "VENMIL", "happened"),
    # guard: evidence presented stays the presenter's accusation
    ("Kremlin spokesman Dmitry Peskov said Britain had presented evidence of Russian involvement.", "GBR", "112", "RUS",
     "happened"),
]

ABSENT = [
    # the reported act of another is not made the speaker's: the evidence presented is no rejection
    ("Kremlin spokesman Dmitry Peskov said Britain had presented evidence of Russian involvement.", ("RUSGOV", "120", "GBR")),
    # the speaker's own lack of evidence rejects no one
    ("Kremlin spokesman Dmitry Peskov said Russia had seen no evidence of British involvement.", ("RUSGOV", "120", "GBR")),
    ("Reuters said the Pentagon had provided no evidence for the claims.", ("GBRMED", "120", "USAMIL")),
    # no condition: force announced threatens no one named
    ("Israeli Defence Minister Israel Katz said the army would press on with its operations in Gaza.",
     ("ISRGOV", "138", "PSE")),
    # another side's force forecast, not the speaker's own
    ("Ukrainian President Volodymyr Zelensky said Russia would press on with its offensive if the talks failed.",
     ("UKRGOV", "138", "RUS")),
]

# sentences on which the named rule makes no event
RULE_ABSENT = [
    # a bare "after" or "once", a state, a passive with no agent, no actor in the condition
    ("Israel said talks would resume after Iran's election.", "n.say_only_after.100"),
    ("Russian Foreign Minister Sergei Lavrov said Russia would resume talks with Ukraine once the weather improved.",
     "n.say_only_after.100"),
    ("The Kenyan government said its officers would remain in Haiti until the new force was in place.",
     "n.say_only_after.100"),
    ("Serbian students said the blockades would continue until all those detained were released.",
     "n.say_only_after.100"),
    ("Japan's central bank said rates would stay low until inflation reached 2%.", "n.say_only_after.100"),
    # force forecast of others, or with no condition
    ("Ukrainian President Volodymyr Zelensky said Russia would press on with its offensive if the talks failed.",
     "n.warn_keep_force_if.138"),
    ("Colombian President Gustavo Petro said the rebels would press ahead with their attacks if the government refused "
     "to negotiate.", "n.warn_keep_force_if.138"),
    ("Israeli Defence Minister Israel Katz said the army would press on with its operations in Gaza.",
     "n.warn_keep_force_if.138"),
    # no condition, a response made, another's response foretold
    ("\"We will be forced to respond to the letter,\" Israeli Defence Minister Israel Katz said.", "n.obliged_response.130"),
    ("Israeli Defence Minister Israel Katz said Israel had been forced to respond after Hamas fired rockets.",
     "n.obliged_response.130"),
    ("Israeli Defence Minister Israel Katz said Hamas would be forced to respond if Israel attacked.",
     "n.obliged_response.130"),
    # a trespass denied
    ("China's foreign ministry said Chinese vessels had never intruded into Philippine waters.", "n.say_blame.112"),
    ("Manila said it had not intruded into Chinese waters.", "n.say_blame.112"),
    # the speaker's own finding, a wire agency
    ("Kremlin spokesman Dmitry Peskov said Russia had seen no evidence of British involvement.", "n.say_no_evidence.120"),
    ("Reuters said the Pentagon had provided no evidence for the claims.", "n.say_no_evidence.120"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h32c_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h32c_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,rule", RULE_ABSENT, ids=[s[0][:48] for s in RULE_ABSENT])
def test_h32c_rule_absent(sentence, rule):
    article = eventwire.extract(sentence, published=PUBLISHED)
    assert not [e for e in article.events if e.rule.split("+")[0] == rule], \
        [(e.source_code, e.cameo_code, e.target_code, e.rule) for e in article.events]
