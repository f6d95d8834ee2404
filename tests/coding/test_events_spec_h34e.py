"""h34e: events on new wire copy (sets G33, H33, I33, J33). General readings, each proved on look-alikes of my own:
"it" and "they" denying a charge that closes an accusation are the accused, also when the charge noun is apposed to the
accusation's last noun (coref.yaml `charge_accusation_climb`, actors.py `_charge_accused`); mediation in a phrase on a
clause's verb is the mediator's for that clause's subject (extended.yaml x.n.mediation_of_clause.045); an act done to
people welcomed praises who did it, never them (extended.yaml x.welcome_act_on.051, core.yaml `nominals` release,
freeing, summons, extradition); "a spokesman for X" speaks for X when X's body noun is tagged a proper noun or X is a
person (actors.py `_compose`); "its" owning what only a state has (airspace, territory, waters) is the last country
named before it, not the country of its own clause's subject (coref.yaml `sovereign_owned_nouns`, actors.py
`_sovereign_owner`); an armed group sheltered or harboured is given sanctuary, 075 (extended.yaml x.harbour_group.075,
x.harbour_militants.075); a price paid for deeds is a threat also when the deed is the price's own "for" phrase
(events.py `_complement_in` "lemma>Y P Z", news.yaml n.warn_pay_for_deeds.130 "pay>price for fire"); a news conference told "with" someone is a meeting with them (news.yaml
n.tell_conference_with.040). SPEC rows must be coded, ABSENT rows must not; the new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # "it"/"they" denying a charge are the accused, not the accuser named last
    ("The United States accused Iran of arming the Houthis, a charge it denies.", "IRN", "120", "USA", "happened"),
    ("Sudan accused the UAE of supplying drones to the RSF, an accusation it has repeatedly rejected.", "ARE", "120",
     "SDN", "happened"),
    ("Ethiopia has been accused by Eritrea of massing troops on the border, a claim it denies.", "ETH", "120", "ERI",
     "happened"),
    ("Israel and Hamas have both been accused by Amnesty International of war crimes, charges they deny.",
     "PSEREBHMS", "120", "NGOAMN", "happened"),
    ("The army and the RSF have both been accused by U.N. investigators of war crimes, charges they deny.", "SDNMIL",
     "120", "IGOUNO", "happened"),
    # guard: "he" as before
    ("Kyiv accused Fico of acting on Putin's orders, a charge he rejected.", "SVKGOV", "120", "UKRGOV", "happened"),
    # mediation in a phrase on the clause's verb: for each of its subjects
    ("Sudan's army and RSF negotiators resumed talks in Jeddah on Monday under Saudi mediation.", "SAU", "045",
     "SDNMIL", "happened"),
    ("Sudan's army and RSF negotiators resumed talks in Jeddah on Monday under Saudi mediation.", "SAU", "045",
     "SDNREBRSF", "happened"),
    ("Ethiopia and Eritrea signed a peace deal under Saudi mediation.", "SAU", "045", "ERI", "happened"),
    ("Russia and Ukraine exchanged 150 prisoners of war each on Friday following mediation by the United Arab "
     "Emirates.", "ARE", "045", "UKR", "happened"),
    ("Nicaragua released 41 political prisoners after mediation by the Vatican.", "VAT", "045", "NIC", "happened"),
    # an act done to people welcomed: its doer is praised
    ("Belarus freed 64 prisoners on Thursday. Lithuania's foreign minister welcomed the release of the Lithuanian "
     "citizens.", "LTUGOV", "051", "BLR", "happened"),
    ("Iran released two French nationals on Monday. Paris welcomed the release of its citizens.", "FRAGOV", "051", "IRN",
     "happened"),
    ("Colombian police arrested the gang leader on Friday. The United States welcomed the arrest.", "USA", "051",
     "COLCOP", "happened"),
    ("Bangladesh summoned India's high commissioner on Wednesday. Pakistan welcomed the summons.", "PAK", "051", "BGD",
     "happened"),
    # guards: a decision's "of" phrase is its maker, as before
    ("Germany welcomed the decision of the court.", "DEU", "051", "DEUJUD", "happened"),
    ("Kenya welcomed the return of Haiti's prime minister.", "KEN", "051", "HTIGOV", "happened"),
    # a spokesman for a body the tagger made a proper noun, or for a person
    ("A spokesman for China's foreign ministry accused Japan of provocations.", "CHNGOV", "1123", "JPN", "happened"),
    ("A spokesman for the Russian defence ministry accused Ukraine of shelling the plant.", "RUSMIL", "1123", "UKR",
     "happened"),
    ("A spokesman for Prime Minister Keir Starmer urged Iran to release the detained Britons.", "GBRGOV", "0253", "IRN",
     "happened"),
    # guard: as before
    ("A spokesman for the Chinese foreign ministry accused Japan of provocations.", "CHNGOV", "1123", "JPN", "happened"),
    # "its" owning what only a state has: the last country named, not the intruder's
    ("Estonia on Wednesday ordered a Russian diplomat to leave the country within 72 hours after three Russian military "
     "aircraft entered its airspace.", "RUSMIL", "150", "EST", "happened"),
    ("Estonia summoned Russia's envoy after Russian jets violated its airspace.", "RUSMIL", "150", "EST", "happened"),
    # guard: as before
    ("Turkey's military said a Syrian jet violated its airspace.", "SYRMIL", "150", "TUR", "happened"),
    # an armed group sheltered or harboured is given sanctuary
    ("Pakistan accuses Kabul of sheltering the Pakistani Taliban. Kabul denies sheltering the group.", "AFGGOV", "075",
     "PAKREBTTP", "denied"),
    ("Rwanda denied sheltering FDLR rebels.", "RWA", "075", "RWAREBFDL", "denied"),
    ("Syria harboured PKK militants, Turkish officials said.", "SYR", "075", "TURREBPKK", "happened"),
    # guard: refugees, as before
    ("Uganda has sheltered more than a million South Sudanese refugees.", "UGA", "075", "SSDREF", "happened"),
    # a price for deeds is a threat whichever word the preposition hangs on
    ("Netanyahu warned that Hezbollah would pay a heavy price for the rocket fire.", "ISRGOV", "130", "LBNREBHEZ",
     "happened"),
    ("Trump warned that Iran would pay a big price for the strikes on US bases.", "USAGOV", "130", "IRN", "happened"),
    ("Israeli Defence Minister Israel Katz warned on Monday that Abdul Malik al-Houthi would \u201cpay a heavy price\u201d "
     "for the missile fire.", "ISRGOV", "130", "YEMREBHTH", "happened"),
    # guard: as before
    ("Israel Katz warned that Hezbollah would pay a heavy price for the attack.", "ISRGOV", "130", "LBNREBHEZ",
     "happened"),
    # a news conference told with someone
    ("\"Moldova's place is in the European Union,\" Kallas told a joint news conference with President Maia Sandu.",
     "IGOEUREEC", "040", "MDAGOV", "happened"),
    ("Lula told a news conference with Xi Jinping in Beijing that trade would grow.", "BRAGOV", "040", "CHNGOV",
     "happened"),
    ("Erdogan addressed a joint press conference with Qatar's emir in Ankara.", "TURGOV", "040", "QATGOV", "happened"),
]

ABSENT = [
    # "it" in a clause of its own after an accusation is no denier of the charge
    ("Hamas accused Israel of violating the truce, and it said Israel was to blame.", ("ISR", "120", "PSEREBHMS")),
    # the people released are not the ones praised
    ("Belarus freed 64 prisoners on Thursday. Lithuania's foreign minister welcomed the release of the Lithuanian "
     "citizens.", ("LTUGOV", "051", "LTUCVL")),
    ("France welcomed the release of the journalist.", ("FRA", "051", "FRACVL")),
    # the airspace is not the envoy's
    ("Estonia on Wednesday ordered a Russian diplomat to leave the country within 72 hours after three Russian military "
     "aircraft entered its airspace.", ("RUSMIL", "150", "RUSGOV")),
    # civilians sheltered are given no sanctuary from a state
    ("Sudan sheltered thousands of civilians in schools.", ("SDN", "075", "SDNCVL")),
    # a price foretold for inaction is no threat
    ("Macron warned that Europe would pay a heavy price for its inaction.", ("FRAGOV", "130", "EUR")),
    # a news conference with no one named meets no one
    ("The minister told a news conference in Bangkok that the mines were new.", ("THAGOV", "040", None)),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h34e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h34e_absent(sentence, triple):
    check_absent(sentence, triple)
