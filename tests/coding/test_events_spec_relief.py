"""Event coder rules for disaster relief, prisoner releases and swaps (h24d, session 24): spec table of sentence →
expected (source, code, target, mode). Every SPEC row failed before its fix; ABSENT rows are look-alikes the new rules
must not reach; KEPT rows held before and must still hold."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # relief with no recipient named goes where the disaster struck (a place in the phrase of the disaster noun or of the
    # verb it is the subject of: modality.yaml natural_force_places), before the countries its sentences name otherwise
    ("Neighbours Kenya, Uganda and Tanzania sent help as the floods spread. The floods hit southern Somalia hardest.",
     "KEN", "073", "SOM", "happened"),
    ("Aid poured into Afghanistan after the earthquake, with Turkey, Iran and Pakistan among the first to send help. "
     "The quake struck near Herat on Saturday. Japan released $3 million in emergency aid.", "JPN", "071", "AFG",
     "happened"),
    # aid asked for as "international" with no one asked named is asked of the international community (path donors,
    # organisations.yaml IGO); an appeal made is its maker's (n.n.make_appeal_aid.023)
    ("Floods hit Pakistan. Prime Minister Shehbaz Sharif appealed for international aid on Monday.", "PAKGOV", "023",
     "IGO", "happened"),
    ("Haiti's president made an urgent appeal for international assistance after the hurricane.", "HTIGOV", "023",
     "IGO", "happened"),
    ("Nepal asked the international community for help.", "NPL", "023", "IGO", "happened"),
    # a truce a rebel or opposition side declares with no other side named is toward its state's forces the story names
    # (path state_adversary)
    ("Colombia's army has fought the ELN for decades. The ELN rebels declared a unilateral ceasefire over Christmas.",
     "COLREBELN", "0871", "COLMIL", "happened"),
    # a city aid is sent or delivered to is a place, coded as its country (coref.yaml place_delivery; give_aid.073
    # prep:to.place)
    ("India delivered 15 tonnes of relief material to Yangon on Saturday.", "IND", "073", "MMR", "happened"),
    ("Jordan sent three planeloads of aid to Benghazi.", "JOR", "073", "LBY", "happened"),
    # aid told arriving is the aid of the giver just told (n.aid_arrived.073, path aid_giver)
    ("Turkey pledged aid to Syria on Monday. The first shipment arrived in Damascus on Wednesday.", "TUR", "073", "SYR",
     "happened"),
    # a person the dictionary lacks, described by an indefinite apposition with a nationality, is a private person of it
    # (the last of hyphenated ones); a name the NER took for a place, opening with a given name, is a person by it
    ("Russia freed John Smith, a Russian-American ballet dancer, on Thursday.", "RUS", "0841", "USACVL", "happened"),
    ("Moscow freed Marina Kirovska, a Russian-Canadian pianist, on Friday.", "RUSGOV", "0841", "CANCVL", "happened"),
    # a release "in exchange for" someone is also the other side's release to the releaser (converses.py _exchanged)
    ("Belarus freed a German citizen in exchange for a Belarusian spy held in Germany.", "DEU", "0841", "BLR", "happened"),
    ("Russia released 90 Ukrainian soldiers in exchange for 90 Russian soldiers.", "UKR", "0841", "RUS", "happened"),
    # an arrest in the passive with no agent, in a place of one country, is that country's police's (path place_authority)
    ("A British journalist was detained in Tehran on Monday.", "IRNCOP", "173", "GBRMED", "happened"),
    # a speech act joined by "and" to a state told by a phrase in a reported clause is the reporter's (repairs.yaml
    # reported_state_deps)
    ("Germany's foreign minister confirmed that the hostages were on their way home and thanked Qatar for its mediation.",
     "DEUGOV", "051", "QAT", "happened"),
]

ABSENT = [
    # exchanged for no one: no second release
    ("Russia released an American journalist in exchange for guarantees.", ("USA", "0841", "RUS")),
    # weapons that arrive after an arms delivery are no aid
    ("Russia sent weapons to Venezuela. A batch arrived in Caracas.", ("RUS", "073", "VEN")),
    # an arrest with its agent is the agent's, not the place's police's
    ("Two activists were arrested by Israeli forces in the West Bank.", ("PSECOP", "173", "PSECVL")),
    # aid asked of someone named is not asked of the international community
    ("Sudan appealed for humanitarian aid from Egypt.", ("SDN", "0233", "IGO")),
    # aid sent to a town of one's own country is no aid to a foreign state
    ("The Myanmar government sent aid to Mandalay.", ("MMRGOV", "073", "MMR")),
    # a pause in protests is no truce toward the state
    ("Kenya's government banned the rallies. The opposition announced a pause in its street protests on Monday.",
     ("KENOPP", "0871", "KENGOV")),
    # a truce by a group of another country than the state forces named is not toward them
    ("The Syrian army shelled Idlib. Hezbollah declared a ceasefire.", ("LBNREBHEZ", "0871", "SYRMIL")),
    # (s24) an agentless arrest where another state's forces commonly make them names no police
    ("A Palestinian journalist was detained in the West Bank on Monday.", ("PSECOP", "173", "PSEMED")),
    ("A Ukrainian teacher was detained in Crimea on Monday.", ("UKRCOP", "173", "UKREDU")),
]

KEPT = [
    ("Sudan appealed for humanitarian aid from Egypt.", "SDN", "0233", "EGY", "happened"),
    ("Russian drones struck Victoria Falls, a town on the border.", "RUSMIL", "195", "ZWE", "happened"),
    ("Two activists were arrested by Israeli forces in the West Bank.", "ISRMIL", "173", "PSECVL", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC + KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in SPEC + KEPT])
def test_relief_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in ABSENT])
def test_relief_absent(sentence, triple):
    check_absent(sentence, triple)
