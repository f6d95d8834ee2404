"""Event coder rules from the analyst reviews of 2025 wire stories (issue 4, patterns/news.yaml and the
pattern lines they corrected): spec table of sentence → expected (source, code, target, mode), and events
that must not appear. Every SPEC row failed before the fix; an ABSENT row either failed before it (an event
the fix removed) or, from the twenty-first pass on, is a look-alike a new pattern must not reach; KEPT rows held
before and must still hold (the neighbouring readings the fixes must not take away); NOTHING_AIMED rows held before too and
guard the limits of the fourteenth pass (no appeal or accusation where whom it is aimed at is not clear);
PASSIVE_DOERS rows, like SPEC rows, failed before their fix."""
from __future__ import annotations

import pytest

import eventwire
from event_checks import PUBLISHED, check_absent, check_event

# (h20g) a long story: the act told in the lead, then named again by the same definite noun ("The raids came
# ..."), then condemned hundreds of words later
T_LONG_RAIDS = (
    "Israeli warplanes bombed dozens of targets in southern Lebanon early on Tuesday, in response to weeks of rocket "
    "fire across the border. Fuel depots, weapons stores and command posts were hit, the military said, and local "
    "officials said four people had been killed. Residents of several border villages said the explosions shook "
    "their homes for more than an hour and that many families had fled north towards the coastal city of Sidon. "
    "The raids came a day after Hezbollah was urged by the United Nations to stop its rocket fire, in a statement "
    "issued by the office of the secretary-general on Monday. On Sunday, the group fired more than 40 rockets at "
    "towns in northern Israel, wounding three people, in what it said was a response to earlier shelling. The "
    "region has been tense for months, and diplomats from several countries have travelled to Beirut in recent "
    "weeks to try to stop the fighting from spreading. Shipping companies have raised insurance rates for vessels "
    "calling at ports in the eastern Mediterranean, and several airlines have cancelled flights to the Lebanese "
    "capital until the end of the month. Schools in the south were closed on Tuesday, and hospitals in Tyre and "
    "Nabatieh said they were treating dozens of wounded people, many of them women and children. Aid groups said "
    "thousands of people had been displaced since the start of the year, and that supplies of food, water and "
    "medicine were running low in several villages near the frontier. Lebanon's caretaker government has appealed "
    "for international help to rebuild homes, roads and power lines damaged in the fighting, but donors have so "
    "far pledged only a small part of what it says it needs. Jordan condemned the raids on Tuesday as a dangerous "
    "escalation.")

# (sentence, source code, CAMEO code, target code, mode)
SPEC = [
    # (h23b) force struck "back" answers who last used arms on the striker's country (n.strike_back.190, path
    # armed_aggressor); a yielding that tells nothing yielded to answers who asked it (n.yield_alone.080, modality.yaml
    # context_targets.yields), one complied "with" a ruling its author
    ("Hezbollah fired rockets at northern Israel. Israel hit back with air strikes.", "ISR", "195", "LBNREBHEZ",
     "happened"),
    ("Israeli jets struck Hezbollah positions. Hezbollah hit back with rockets.", "LBNREBHEZ", "190", "ISRMIL",
     "happened"),
    ("Washington demanded that Panama expel the Chinese firm. Panama complied.", "PAN", "080", "USAGOV", "happened"),
    ("China warned the Philippines to withdraw its vessels from the shoal. Manila backed down.", "PHLGOV", "083", "CHN",
     "happened"),
    ("The ICJ ordered Israel to allow aid into Gaza. Israel said it would comply with the ruling.", "ISR", "080",
     "IGOJUDICJ", "planned"),
    # (h23b) what an inquiry found or concluded is an allegation too (modality.yaml allegation_nouns finding, conclusion,
    # assessment; x.deny_allegation.120), also when the parser hangs the clause on the report it was told in
    ("The IAEA concluded that Iran had enriched uranium to 60 percent. Tehran rejected the findings.", "IRNGOV", "120",
     "IGOUNOIAEA", "happened"),
    ("A UN commission of inquiry found that Israel had committed genocide in Gaza. Israel dismissed the findings.",
     "ISR", "120", "IGOUNO", "happened"),
    ("Amnesty International concluded in a report that Israel was committing genocide. Israel rejected the "
     "conclusions.", "ISR", "120", "NGOAMN", "happened"),
    # (h23b) a call or appeal rejected is who called for it or demanded it (core.yaml nominals call, appeal)
    ("Serbia's students demanded the resignation of the government. Vucic rejected the call.", "SRBGOV", "120",
     "SRBEDU", "happened"),
    ("Macron called for a ceasefire in Gaza on Monday. Israel rejected the call.", "ISR", "120", "FRAGOV", "happened"),
    # (h23b) a release asked for is aimed at who took the people, told in a clause on them (path captor: "whom Russia
    # jailed", "jailed by Russia"); urged or sought, it is an appeal (n.urge_release_n.0253)
    ("Washington demanded the release of two American citizens, whom Russia jailed in March.", "USAGOV", "1053", "RUS",
     "happened"),
    ("Kenya demanded the release of 30 Kenyan fishermen whom Somali pirates seized last month.", "KEN", "1053", "SOMCRM",
     "happened"),
    ("The EU called for the release of two Swedish citizens whom Iran detained in May.", "IGOEUREEC", "0253", "IRN",
     "happened"),
    ("Britain urged the release of a British aid worker whom the Taliban abducted in Kabul.", "GBR", "0253", "AFGGOV",
     "happened"),
    # (h23b) a deal or truce mediated in an active relative clause is between who made it, told before (path
    # noun.parties, as for the passive); a truce or ceasefire is who agreed or declared it (core.yaml nominals)
    ("Israel and Hamas agreed to a ceasefire on Wednesday. The deal, which Qatar brokered, takes effect on Sunday.",
     "QAT", "045", "ISR", "happened"),
    ("Thailand and Cambodia agreed to a truce on Monday. The truce, which Malaysia mediated, held overnight.", "MYS",
     "045", "KHM", "happened"),
    ("Russia declared a unilateral Easter truce. Ukraine rejected the truce as a publicity stunt.", "UKR", "127", "RUS",
     "happened"),
    ("Russia declared a unilateral Easter truce on Saturday. The truce, which Turkey welcomed, lasted 30 hours.", "TUR",
     "051", "RUS", "happened"),
    # (h23b) claims told "according to" someone are theirs too (path alleger, modality.yaml attribution_phrases); an idea
    # welcomed or accepted is its proposer's (x.welcome_decision.051, x.accept_proposal.030, nominals idea)
    ("Rwandan troops are fighting alongside M23 rebels, according to UN experts. Rwanda denied the allegations.", "RWA",
     "120", "IGOUNO", "happened"),
    ("Russia proposed talks in Istanbul on Sunday. Ukraine welcomed the idea.", "UKR", "051", "RUS", "happened"),
    ("Egypt floated the idea of a truce during Ramadan. Hamas accepted the idea.", "PSEREBHMS", "030", "EGY", "happened"),
    # (h23b) a relative clause that answers no act told before it in its sentence is read as its verb's own readings,
    # on the noun its pronoun stands for (events.py: the deferred relative readings fall back); a proposal "shot down" is
    # rejected (n.shoot_down_proposal.120)
    ("Egypt's proposal, which Israel rejected, called for a two-month truce.", "ISR", "120", "EGY", "happened"),
    ("Egypt proposed a two-month truce on Sunday. The proposal, which Israel rejected, included a prisoner exchange.",
     "ISR", "120", "EGY", "happened"),
    ("Azerbaijan proposed a peace treaty in March. Armenia shot down the proposal.", "ARM", "120", "AZE", "happened"),
    # (h23b) a relative clause on "which" closing the sentence after a comma, on a noun that names no act, judges the deed
    # told before it (path antecedent_deed, modality.yaml relative_deed_quads)
    ("Israel struck a school in Gaza, which Hamas condemned.", "PSEREBHMS", "111", "ISR", "happened"),
    ("China sent warships to the Scarborough Shoal, which Manila condemned.", "PHLGOV", "111", "CHN", "happened"),
    # (h23b) a refusal that tells nothing refused ("Israel refused.", "Berlin has so far declined.", "refused to do so")
    # answers who asked the refuser's side something in its sentence or the two before, when one party asked it all
    # (modality.yaml context_targets.refusals elliptic_*, pro_forms)
    ("Hamas demanded a full withdrawal of Israeli troops from Gaza on Monday. Israel refused.", "ISR", "120",
     "PSEREBHMS", "happened"),
    ("The EU asked Serbia on Tuesday to impose sanctions on Russia. Belgrade declined.", "SRBGOV", "120", "IGOEUREEC",
     "happened"),
    ("Ukraine asked Germany on Monday to supply Taurus cruise missiles. Berlin has so far refused.", "DEUGOV", "120",
     "UKR", "happened"),
    ("Colombia's ELN rebels demanded the release of jailed comrades on Friday. The government refused.", "COLGOV", "120",
     "COLREBELN", "happened"),
    ("Protesters demanded the resignation of Serbia's prime minister. Vucic refused.", "SRBGOV", "120", "SRBCVL",
     "happened"),
    ("Washington urged Israel to allow more aid into Gaza. Israel refused to do so.", "ISR", "120", "USAGOV", "happened"),
    ("Iran called for talks with Saudi Arabia on Monday. Riyadh refused, saying Tehran must first end its support for "
     "the Houthis.", "SAUGOV", "120", "IRN", "happened"),
    # (h23b) a free relative of naming is what it names, on every path ("rejected what it described as interference by
    # the United States" → dobj, dobj.deep); a name the parser read as the naming verb's object is its predicate, and a
    # "by" phrase hung on that verb the name's (repairs.yaml named_author_prepositions); the name is a particular act
    # whatever its article ("what it called an act of aggression": modality.yaml named_determiners)
    ("China rejected what it described as interference by the United States.", "CHN", "120", "USA", "happened"),
    ("China rejected what it described as U.S. interference.", "CHN", "120", "USA", "happened"),
    ("Russia rejected what it called a hostile resolution by the European Parliament.", "RUS", "120", "IGOEUREECPAR",
     "happened"),
    ("Iran dismissed what it called baseless accusations by Israel.", "IRN", "120", "ISR", "happened"),
    ("Israel struck Iran's nuclear sites on Friday. Iran condemned what it called an act of aggression.", "IRN", "111",
     "ISR", "happened"),
    # (h23b) claims denied are who reported that the denier's side did something, shortly before, when one party did
    # (path alleger, modality.yaml allegers): also a report the claims were made in ("said in a report that ...")
    ("UN experts said Rwandan troops were fighting alongside M23 rebels in Congo. Rwanda denied the allegations.", "RWA",
     "120", "IGOUNO", "happened"),
    ("Congo said on Monday that Rwandan troops were fighting alongside M23 rebels. Kigali denied the claims.", "RWAGOV",
     "120", "COD", "happened"),
    ("Ukraine said Russia was preparing a new offensive in the north. The Kremlin dismissed the claims.", "RUSGOV",
     "120", "UKR", "happened"),
    ("Human Rights Watch said Kenyan police had killed 60 protesters. Police denied the allegations.", "KENCOP", "120",
     "NGOHRW", "happened"),
    ("Amnesty International said in a report on Tuesday that Ethiopian troops had killed hundreds of civilians in "
     "Amhara. Ethiopia dismissed the report as false.", "ETH", "120", "NGOAMN", "happened"),
    # (h23b) a plan put forward, an idea proposed or floated, a demand called for are their proposer's (core.yaml
    # nominals plan, idea, demand)
    ("The United States put forward a peace plan on Monday. Hamas rejected the plan.", "PSEREBHMS", "120", "USA",
     "happened"),
    ("Russia proposed talks in Istanbul on Sunday. Ukraine rejected the idea.", "UKR", "120", "RUS", "happened"),
    ("Egypt floated the idea of a truce during Ramadan. Israel rejected the idea.", "ISR", "120", "EGY", "happened"),
    ("Kenya's opposition called for early elections on Monday. The government rejected the demand.", "KENGOV", "120",
     "KENOPP", "happened"),
    # (h23b) talks hosted in the active, by a relative clause or a main clause, with no parties of their own, are hosted
    # for the sides of the meeting told just before (path meeting.parties; modality.yaml party_acts active_verbs)
    ("Russian and Ukrainian delegations met in Istanbul on Friday. The talks, which Turkey hosted, ended without "
     "agreement.", "TUR", "043", "RUS", "happened"),
    ("Armenian and Azerbaijani leaders met in Washington on Friday. The talks, which the United States hosted, lasted "
     "two days.", "USA", "043", "ARMGOV", "happened"),
    ("Israeli and Hamas negotiators met in Cairo on Sunday. Egypt, which hosted the talks, said progress had been made.",
     "EGY", "043", "ISR", "happened"),
    ("Russian and Ukrainian delegations met in Istanbul on Friday. Turkey hosted the talks.", "TUR", "043", "UKR",
     "happened"),
    # (h23b) an object relative the parser read as a participle on its subject, with the main verb as the relative
    # clause (repair object_relatives_read_as_roots)
    ("The sanctions that the EU imposed on Russia took effect on Monday.", "IGOEUREEC", "163", "RUS", "happened"),
    ("The tariffs that the Trump administration imposed on Brazil took effect on Wednesday.", "USAGOV", "163", "BRA",
     "happened"),
    # (h23d) a subject the parser read as conjuncts of the last noun of a phrase opening the sentence ("In a joint
    # statement on Sunday[pobj], Britain[conj], ...": repair subjects_read_as_phrase_conjuncts), and a verb read as a
    # participle on the root noun after a phrase set off by commas ("Brazil and Argentina, in a joint communique,
    # called[acl]"): each party acts
    ("In a joint statement on Sunday, Britain, France and Germany urged Iran to return to negotiations.", "DEU", "026",
     "IRN", "happened"),
    ("Brazil and Argentina, in a joint communique, called on Venezuela to release political prisoners.", "ARG", "0253",
     "VEN", "happened"),
    ("According to Reuters, Israel and Hamas agreed to extend the truce.", "PSEREBHMS", "0871", "ISR", "planned"),
    # (h23d) a country after "by" is a document's author (not a place it came from, as after "from")
    ("A joint statement by Egypt and Qatar urged Israel and Hamas to return to talks.", "QAT", "026", "PSEREBHMS",
     "happened"),
    # (h23d) gapping: a name joined to the object, followed by a count, is the subject of a clause whose verb is left out
    # (syntax.is_gapped_subject): it does the act to what the verb's other arguments name
    ("Germany pledged 50 million euros and France 30 million to Sudan.", "FRA", "0331", "SDN", "happened"),
    ("The U.S. sanctioned two Russian banks and the EU three.", "IGOEUREEC", "163", "RUSBUS", "happened"),
    ("The U.S. sanctioned two Russian banks on Monday and the EU three.", "IGOEUREEC", "163", "RUSBUS", "happened"),
    ("Russia expelled two British diplomats and Belarus one.", "BLR", "161", "GBRGOV", "happened"),
    ("Japan donated 5 million dollars and Australia 3 million to the Philippines.", "AUS", "071", "PHL", "happened"),
    ("Russia has deployed 10,000 troops and Belarus 5,000 near the border.", "BLR", "154", None, "happened"),
    ("The EU imposed sanctions on 20 Iranian officials and Britain on 15.", "GBR", "163", "IRNGOV", "happened"),
    ("Britain pledged 100 million pounds and Norway 40 million pounds to Ukraine.", "NOR", "0331", "UKR", "happened"),
    ("The U.S. sanctioned two Russian banks and the EU three Russian banks.", "IGOEUREEC", "163", "RUSBUS", "happened"),
    # (h23d) right node raising: a verb with a subject and nothing after it but "and" shares the next clause's object
    # (syntax.shared_object)
    ("Britain condemned and France criticised Iran's missile attack on Israel.", "GBR", "111", "IRN", "happened"),
    ("China criticised and Russia condemned the U.S. strikes on Yemen.", "CHN", "111", "USA", "happened"),
    ("The United States condemned, and Britain denounced, North Korea's missile launch.", "USA", "111", "PRK",
     "happened"),
    ("France welcomed but Germany criticised the decision by Israel to expand settlements.", "FRA", "051", "ISR",
     "happened"),
    # (h23d) release targets: foreigners or a seized vessel released go to the released people's or owner's side
    # (n.release_foreigners.0841, n.release_vessel.0842)
    ("The Taliban released a British couple held since February.", "AFGGOV", "0841", "GBR", "happened"),
    ("Iran released the seized British tanker on Friday.", "IRN", "0842", "GBRBUS", "happened"),
    ("Hamas handed over four Israeli hostages to the Red Cross.", "PSEREBHMS", "0841", "ISRCVL", "happened"),
    # (h23d) coordinated subjects that "each" released people of no other side released each other's
    # (modality.yaml distributive_reciprocal_codes)
    ("Russia and Ukraine each freed 150 prisoners of war.", "RUS", "0841", "UKR", "happened"),
    ("Russia and Ukraine each freed 150 prisoners of war.", "UKR", "0841", "RUS", "happened"),
    # (h23d) calls: a call received or taken is the caller's (x.receive_call.041); "spoke on the phone" is a call
    # (x.speak_on_phone.041); a visitor received is also the visitor's visit (converse_acts 043: receive.043)
    ("Putin received a call from Erdogan on Monday.", "TURGOV", "041", "RUSGOV", "happened"),
    ("Zelensky took a call from Trump on Wednesday.", "USAGOV", "041", "UKRGOV", "happened"),
    ("Netanyahu received a phone call from Trump.", "USAGOV", "041", "ISRGOV", "happened"),
    ("Starmer and Trump spoke on the phone on Sunday.", "GBRGOV", "041", "USAGOV", "happened"),
    ("Putin received Modi in the Kremlin on Tuesday.", "INDGOV", "042", "RUSGOV", "happened"),
    # (h23d) talks by telephone are a call (hold_talks.040 object_not); a person visited hosts the visit (converse_acts
    # 042 target_kinds person)
    ("Ethiopia's Abiy Ahmed held telephone talks with Egypt's Abdel Fattah al-Sisi.", "ETHGOV", "041", "EGYGOV",
     "happened"),
    ("Macron visited Lula in Brasilia on Tuesday.", "BRAGOV", "043", "FRAGOV", "happened"),
    # (h23d) a call an appeal was made in took place (modality.yaml setting_prepositions)
    ("In a phone call with Putin, Erdogan urged a ceasefire.", "TURGOV", "041", "RUSGOV", "happened"),
    ("In a telephone call with Ruto on Friday, Museveni called for calm in South Sudan.", "UGAGOV", "041", "KENGOV",
     "happened"),
    # (h23d) attack sites: the place a struck site is in (path prep:on.prep:in.place); a site struck is not its
    # attacker's (coref.yaml struck_site_attack_nouns); "Gaza City" is a place (city_name_heads); a capital owning the
    # part struck is the place, not its government (struck_place_parts)
    ("A Ukrainian drone attack on an oil refinery in Russia's Ryazan region caused a fire.", "UKR", "195", "RUS",
     "happened"),
    ("A Russian drone strike on a market in Kharkiv killed five people.", "RUS", "195", "UKR", "happened"),
    ("An Israeli airstrike on a school in Gaza City killed 20 people.", "ISR", "195", "PSEEDU", "happened"),
    ("Israeli strikes on Beirut's southern suburbs killed 12 people.", "ISR", "190", "LBN", "happened"),
    ("Israeli jets struck Beirut's southern suburbs on Sunday.", "ISRMIL", "195", "LBN", "happened"),
    ("Russian shelling of Kherson's port killed two workers.", "RUS", "194", "UKR", "happened"),
    # (h23d) what an attack noun subject struck is not among the attackers of its victims
    ("Russian strikes on Kyiv killed 12 people.", "RUS", "190", "UKRCVL", "happened"),
    # (h22c) conjoined actors each act: a comitative phrase between subject and verb (repairs.yaml comitative_phrases),
    # two possessed names the parser nested ("X's A and Y's B"), a relational noun's apposition ("its ally Belarus");
    # a verb the parser hung on the root noun's "of" phrase ("Organisers of the rally called[acl]")
    ("Germany, along with France, condemned Russia's attack on Kyiv.", "FRA", "111", "RUS", "happened"),
    ("Russia, together with China, blocked a U.S. resolution at the Security Council on Monday.", "CHN", "129", "USA",
     "happened"),
    # (p23) "the vessel" is the one last called a vessel, before any ship named last (sectors.yaml vessels); its
    # country's coast guard reporting it hit did not hit it
    ("MANILA, Sept 17 (Reuters) - The Philippines lodged a formal protest after a Chinese coast guard ship fired a water "
     "cannon at a Philippine government vessel near Scarborough Shoal. The vessel was hit on Tuesday morning while "
     "escorting Filipino fishing boats, the coast guard said.", None, "190", "PHLGOV", "happened"),
    # (p23) a quoted adjective after a named object is what the naming verb calls it (repairs._quoted_predicates), aimed
    # at the object's author; a praising word is praise (call_names.111 xcomp_not, x.call_praise.051)
    ("Estonia, Latvia and Lithuania imposed sanctions on Georgian officials on Monday. Georgia's foreign ministry "
     "called the Baltic sanctions \"unjustified and counterproductive\".", "GEOGOV", "111", "LTU", "happened"),
    ("Brazil's Supreme Court convicted Bolsonaro on Thursday. Trump called the verdict \"very surprising\".", "USAGOV",
     "111", "BRAJUD", "happened"),
    # (p23) a return to constitutional order or civilian rule appealed for or demanded is a change of regime (0244, 1044),
    # no release (news.yaml n.appeal_return_to_order.0244; `object_prep` on a preposition's object)
    ("BISSAU, Nov 28 (Reuters) - Soldiers detained President Umaro Sissoco Embalo on Wednesday. The African Union called "
     "for a swift return to constitutional order.", "IGOAFRAFU", "0244", "GNBMIL", "happened"),
    ("Soldiers seized power in Niger and detained President Bazoum. ECOWAS demanded a return to civilian rule.",
     "IGOWAFWAS", "1044", "NERMIL", "happened"),
    # (p23) a bare "the country" acted on is the state the story is about, when one dominates it (coref.yaml
    # story_country_heads)
    ("BISSAU, Nov 28 (Reuters) - Soldiers in Guinea-Bissau detained President Umaro Sissoco Embalo on Wednesday. The "
     "army closed the borders and the military said it had taken power. The African Union suspended the country on "
     "Friday.", "IGOAFRAFU", "161", "GNB", "happened"),
    # (p23) a visit "from" someone is to whom the clause is about (news.yaml n.n.visit_from.042)
    ("Ukraine received a visit from Canadian Prime Minister Mark Carney on Sunday.", "CANGOV", "042", "UKR", "happened"),
    ("Kyiv marked its Independence Day with visits from Canadian Prime Minister Mark Carney and U.S. envoy Keith "
     "Kellogg.", "USAGOV", "042", "UKRGOV", "happened"),
    # (p23) a ceremony hosted by someone, where the sides just told signed, is hosted for both (modality.yaml party_acts
    # nouns ceremony; core.yaml host_talks.043)
    ("Congo and Rwanda signed the deal at a ceremony hosted by U.S. Secretary of State Marco Rubio.", "USAGOV", "043",
     "RWA", "happened"),
    # (p23) the military a foreign state urges is another state's (coref.yaml ruling_sectors); (h33c) restoring
    # constitutional order asked for is an appeal for regime change, 0244, as the nominal n.appeal_return_to_order.0244
    ("BISSAU, Nov 28 (Reuters) - Soldiers in Guinea-Bissau detained President Umaro Sissoco Embalo on Wednesday and "
     "seized power. Portugal, the former colonial power, urged the military to restore constitutional order.", "PRT",
     "0244", "GNBMIL", "happened"),
    # (p23) a praising predicate's own adjective praises ("an important moment": _complement_in reads an oprd noun's modifiers)
    ("Putin hosted Modi in Moscow. Modi called the visit an important moment for both countries.", "INDGOV", "051",
     "RUSGOV", "happened"),
    # (p23) a passive relative clause on a deal or truce ("which was brokered by") finds its parties, as the active does
    ("Israel and Hamas agreed to a ceasefire on Wednesday. The truce, which was brokered by Qatar, Egypt and the United "
     "States, took effect on Sunday.", "EGY", "045", "PSEREBHMS", "happened"),
    # (p23) ... also a quoted adjective the parser hung on the object as a clause ("the verdict "biased[acl] and ...")
    ("Brazil's Supreme Court convicted Bolsonaro on Thursday. Trump called the verdict \"biased and politically "
     "motivated\".", "USAGOV", "111", "BRAJUD", "happened"),
    # (p23) an answer promised to the act (quote_acts.yaml 130 "will respond accordingly", an answering phrase)
    ("Russian forces shelled Kharkiv on Monday. \"We will respond accordingly,\" Zelensky said.", "UKRGOV", "130",
     "RUSMIL", "happened"),
    # (p23) a release a captor announces in the passive is the captor's (modality.yaml reporter_doer_sectors "08"), and
    # the hostages are those named before, not the captor's people (coref.yaml hostage_heads)
    ("Hamas freed three Israeli hostages on Sunday. Hamas said the next four hostages would be released on Saturday.",
     "PSEREBHMS", "0841", "ISRCVL", "planned"),
    ("The Sudanese army said 50 RSF prisoners had been freed.", "SDNMIL", "0841", "SDNREBRSF", "happened"),
    # (p23) "those detained" are the people the story last told were taken (coref.yaml captive_pronouns)
    ("TBILISI, Dec 2 (Reuters) - Georgian police detained dozens of protesters. Georgia's ombudsman said many of those "
     "detained had been beaten by police.", "GEOCOP", "182", "GEOCVL", "happened"),
    ("Ugandan police arrested 40 opposition supporters on Monday. A court later freed those arrested.", "UGAJUD", "0841",
     "UGAOPP", "happened"),
    # (p23) a verb with an object the parser hung on the object of a phrase on the root noun (or on a reporter's
    # object): the root noun's verb (repairs._phrase_hung_verb)
    ("Israeli strikes during those hours killed at least 13 Palestinians.", "ISR", "190", "PSECVL", "happened"),
    ("Gaza's civil defence agency said Israeli strikes during those hours killed at least 13 people.", "ISR", "190",
     "PSECVL", "happened"),
    # (p23) a passive with its own auxiliary joined to an active verb shares its subject, a relative pronoun's
    # antecedent too ("who oversaw the case and has been sanctioned by")
    ("Justice Alexandre de Moraes, who oversaw the case and has been sanctioned by the United States, said the "
     "evidence was clear.", "USA", "163", "BRAJUD", "happened"),
    # (h27e: protesters attacking are a riot, 145, as protesters clashing with police are: x.attack_riot.145)
    ("Kenyan police fired tear gas and were attacked by protesters in Nairobi.", "KENCVL", "145", "KENCOP", "happened"),
    # (p23) a preposition repeated after a comma on the verb ("held talks with Modi, with[→held] Sharif and with ...")
    # shares the object's preposition (syntax.prep_objects)
    ("U.S. officials held talks with Indian Prime Minister Narendra Modi, with Pakistani Prime Minister Shehbaz Sharif "
     "and with Pakistan's army chief on Saturday.", "USAGOV", "040", "PAKGOV", "happened"),
    ("American officials held talks with Indian Prime Minister Narendra Modi, with Sharif and with Pakistan's army "
     "chief, General Asim Munir.", "USAGOV", "040", "PAKMIL", "happened"),
    # (p23) ... and after a verb of joint force (repairs.yaml comitative_after_verbs, comitative_verbs)
    ("Eritrean troops fought alongside Ethiopia's army against the Tigray People's Liberation Front.", "ETHMIL", "190",
     "ETHPTYTPL", "happened"),
    ("Rwandan troops fought alongside M23 rebels against Congolese forces in North Kivu.", "CODREBMTT", "190", "CODMIL",
     "happened"),
    ("Syrian troops bombed rebel positions in Idlib along with Russian jets.", "RUSMIL", "195", "SYRREB", "happened"),
    ("Kenya's William Ruto and Uganda's Yoweri Museveni condemned the coup in Niger.", "KENGOV", "111", "NER",
     "happened"),
    ("Russia and its ally Belarus held joint military exercises on Monday.", "BLR", "062", "RUS", "happened"),
    ("Israel and its main ally, the United States, struck Iran's nuclear sites.", "USA", "190", "IRN", "happened"),
    ("The Houthis attacked Israel and U.S. warships in the Red Sea.", "YEMREBHTH", "190", "ISR", "happened"),
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday. Organisers of the rally called on "
     "the government to resign.", "GEOCVL", "0241", "GEOGOV", "happened"),
    # (h22c) a protest's organisers are the protesters (coref.yaml protest_leaders)
    ("Thousands of Kenyans marched in Nairobi on Tuesday against a new finance bill. Protest organisers accused police "
     "of beating demonstrators.", "KENCVL", "112", "KENCOP", "happened"),
    # (h22c) revenge vowed as a noun threatens who last used force on the vower's country (n.vow_revenge.130)
    ("Israeli jets struck Houthi targets in Yemen on Sunday. The Houthis vowed revenge.", "YEMREBHTH", "130", "ISRMIL",
     "happened"),
    ("Hamas fighters attacked southern Israel on Saturday. Netanyahu vowed a tough response.", "ISRGOV", "130",
     "PSEREBHMS", "happened"),
    # (h22c) a protest banned is aimed at who said they would hold it (core.yaml nominals rally, protest; path
    # dobj.author on x.prevent_demo.172)
    ("The opposition National Unity Platform said on Monday it would hold rallies across Uganda. Police banned the "
     "rallies.", "UGACOP", "172", "UGAPTYNUP", "happened"),
    # (h22c) an office holder of no country written, in a story about Japan (coref.yaml office_story)
    ("TOKYO, March 9 (Reuters) - Japan lodged a protest with China on Monday over a naval drill near Okinawa. Vice "
     "Foreign Minister Kenji Okano summoned the Chinese ambassador.", "JPNGOV", "114", "CHNGOV", "happened"),
    # (h21j) a pledge of aid with no recipient goes to the one recipient of the aid other donors pledged just before, or
    # that donors no actor names pledged to help (modality.yaml context_targets.donations)
    ("Japan pledged 40 million dollars in aid to Haiti on Thursday. South Korea offered 15 million dollars.", "KOR",
     "0331", "HTI", "happened"),
    ("The World Bank approved a 300 million dollar loan for Malawi on Monday. Norway promised 50 million dollars and "
     "Ireland offered 20 million euros.", "IRL", "0331", "MWI", "happened"),
    ("Donors at a conference in Cairo pledged 2 billion dollars on Sunday to help Sudan rebuild. Kuwait promised "
     "100 million dollars.", "KWT", "0331", "SDN", "happened"),
    # (h21j) suggestions rejected answer who suggested it of the rejecter's side (modality.yaml answered_act_nouns)
    ("Human Rights Watch suggested on Tuesday that Nigerian troops had ordered the killings. Nigeria's army chief "
     "rejected suggestions that his soldiers were to blame.", "NGAMIL", "120", "NGOHRW", "happened"),
    ("Donors meeting in Oslo pledged 1.2 billion dollars to support Somalia on Tuesday. Sweden promised 40 million "
     "dollars.", "SWE", "0331", "SOM", "happened"),
    # (h21i) appeals whose addressee is the subject of a "for" clause (path complement.subj on every appeal pattern by
    # what is asked: release 0253, withdrawal 0256, talks 026, support 022, cooperation 021); a nationality hyphenated
    # to a participle of good offices is its doer (modality.yaml agent_hyphen_participles); sanctions relief granted
    # (085), promised (0354) or pressed for (0254); a demand backed off yields (080)
    ("Berlin called for Tehran to free the detained aid workers.", "DEUGOV", "0253", "IRNGOV", "happened"),
    ("Poland called for Moscow to withdraw its forces from Belarus.", "POL", "0256", "RUSGOV", "happened"),
    ("Norway called for Colombia to resume talks with the rebels.", "NOR", "026", "COL", "happened"),
    ("The Arab League called for Iran to support the peace plan.", "IGOARBLAS", "022", "IRN", "happened"),
    ("Senegal called for Guinea to cooperate with the regional bloc.", "SEN", "021", "GIN", "happened"),
    ("Serbia and Kosovo signed a Hungarian-brokered deal on Thursday.", "HUN", "045", "SRB", "happened"),
    ("Rwanda and Congo held Qatari-mediated talks on Monday.", "QAT", "045", "COD", "happened"),
    ("The Sudanese army and the RSF attended Saudi-hosted talks in Jeddah.", "SAU", "043", "SDNMIL", "happened"),
    ("Washington approved sanctions relief for Venezuela on Tuesday.", "USAGOV", "085", "VEN", "happened"),
    ("Britain promised sanctions relief for Syria.", "GBR", "0354", "SYR", "happened"),
    ("Canada pressed for sanctions relief for Syria.", "CAN", "0254", "SYR", "happened"),
    ("Pakistan backed off its demands for compensation from India.", "PAK", "080", "IND", "happened"),
    # (h33d) the demand dropped is for compensation, economic aid (n.n.demand_for_loan.1031; was 100)
    ("Pakistan backed off its demands for compensation from India.", "PAK", "1031", "IND", "denied"),
    # (h21d) phrasing sweep of roots 01-09: passive, nominal and idiomatic forms of cooperative acts (patterns/news.yaml
    # n.sit_down_with.040, n.talks_held_between.040, n.deal_reached_between.057, n.throw_weight_behind.051,
    # n.extend_olive_branch.050, n.present_credentials.050, n.roll_out_red_carpet.043, n.carry_out_swap.0841, n.n.*);
    # a meeting hosted in the passive hosts the sides of the last meeting told (path meeting.parties); an object entry
    # "X of Y" names a noun and its "of" phrase (letter of intent, message of condolence, commission of inquiry)
    ("Rubio sat down with Wang Yi in Kuala Lumpur on Friday.", "USAGOV", "040", "CHNGOV", "happened"),
    ("Talks were held between Indian and Pakistani officials in Islamabad on Monday.", "INDGOV", "040", "PAKGOV",
     "happened"),
    ("A deal was struck between Ethiopia and Somalia in Ankara.", "ETH", "057", "SOM", "happened"),
    ("Germany threw its weight behind Kenya's bid for a seat on the Security Council.", "DEU", "051", "KEN",
     "happened"),
    ("Algeria extended an olive branch to Morocco on Sunday.", "DZA", "050", "MAR", "happened"),
    ("The new Brazilian ambassador presented his credentials to President Putin.", "BRAGOV", "050", "RUSGOV",
     "happened"),
    ("Modi rolled out the red carpet for the Egyptian president in New Delhi.", "INDGOV", "043", "EGYGOV", "happened"),
    ("Armenia and Azerbaijan carried out a prisoner exchange on Thursday.", "ARM", "0841", "AZE", "happened"),
    ("The signing of a trade pact between Chile and India took place in Santiago.", "CHL", "057", "IND", "happened"),
    ("Britain's pledge of $3 billion to Ukraine was announced in London.", "GBR", "033", "UKR", "happened"),
    ("Saudi Arabia made a pledge of $500 million to Yemen.", "SAU", "033", "YEM", "happened"),
    ("Turkey made an offer of mediation to Ethiopia.", "TUR", "039", "ETH", "happened"),
    ("The easing of sanctions on Belarus by Washington angered Lithuania.", "USAGOV", "085", "BLR", "happened"),
    ("France's delivery of howitzers to Armenia was condemned by Azerbaijan.", "FRA", "072", "ARM", "happened"),
    ("Egypt welcomed an offer of mediation from Qatar to Sudan.", "QAT", "039", "SDN", "happened"),
    ("Erdogan met Sisi in Ankara on Tuesday. The talks were hosted by the Turkish foreign ministry.", "TURGOV", "043",
     "EGYGOV", "happened"),
    ("Rubio flew to Doha for the talks, which were hosted by the Emir of Qatar.", "QATGOV", "043", "USAGOV",
     "happened"),
    ("Erdogan sent a message of condolence to the Moroccan king.", "TURGOV", "018", "MARGOV", "happened"),
    ("Norway signed a letter of intent with Poland on ammunition production.", "NOR", "057", "POL", "happened"),
    ("Trump played host to Netanyahu at Mar-a-Lago.", "USAGOV", "043", "ISRGOV", "happened"),
    ("Kenya entered into a security agreement with Ethiopia.", "KEN", "057", "ETH", "happened"),
    ("Jordan airdropped aid into Gaza on Tuesday.", "JOR", "073", "PSE", "happened"),
    ("Kenya turned to China for help with its debt.", "KEN", "023", "CHN", "happened"),
    ("Pakistan sought the help of the IMF.", "PAK", "023", "IGOIMF", "happened"),
    ("Putin paid a visit to Pyongyang.", "RUSGOV", "042", "PRK", "happened"),
    ("Germany sent a letter of support to Moldova.", "DEU", "051", "MDA", "happened"),
    ("India extended a line of credit to Sri Lanka.", "IND", "071", "LKA", "happened"),
    ("The UN set up a commission of inquiry into abuses in Sudan.", "IGOUNO", "090", "SDN", "happened"),
    ("Xi conveyed his congratulations to Lula on his election win.", "CHNGOV", "051", "BRAGOV", "happened"),
    ("The UAE dispatched relief supplies to Libya.", "ARE", "073", "LBY", "happened"),
    ("Britain trained 30,000 Ukrainian recruits.", "GBR", "074", "UKR", "happened"),
    ("The United States unfroze Iranian assets.", "USA", "085", "IRN", "happened"),
    # (h21d) greetings, consultations, tributes, fences mended, forces joined, operations scaled back, matters looked
    # into, protection granted, requests put in, a return to the negotiating table
    ("Erdogan greeted Putin at the airport in Ankara.", "TURGOV", "043", "RUSGOV", "happened"),
    ("Lavrov consulted with his Chinese counterpart on Monday.", "RUSGOV", "040", "CHNGOV", "happened"),
    ("Macron held a videoconference with Zelensky on Tuesday.", "FRAGOV", "041", "UKRGOV", "happened"),
    ("Egypt kicked off talks with Ethiopia over the dam.", "EGY", "040", "ETH", "happened"),
    ("Turkey paid tribute to Azerbaijan for its support.", "TUR", "051", "AZE", "happened"),
    ("Trump heaped praise on Erdogan during the visit.", "USAGOV", "051", "TURGOV", "happened"),
    ("India mended fences with Canada after a year of tensions.", "IND", "050", "CAN", "happened"),
    ("Turkey and Egypt buried the hatchet after a decade of tensions.", "TUR", "050", "EGY", "happened"),
    ("Ankara patched up relations with Cairo.", "TURGOV", "050", "EGYGOV", "happened"),
    ("Britain joined forces with France to patrol the Channel.", "GBR", "060", "FRA", "happened"),
    ("Saudi Arabia bankrolled Egypt's economy for a decade.", "SAU", "071", "EGY", "happened"),
    ("Israel scaled back its military operations in Gaza.", "ISR", "087", "PSE", "happened"),
    ("The ICC looked into allegations of war crimes in Myanmar.", "IGOJUDICC", "090", "MMR", "happened"),
    ("Colombia granted temporary protection to Venezuelan migrants.", "COL", "075", "VENREF", "happened"),
    ("Ukraine put in a request to Germany for Taurus missiles.", "UKR", "020", "DEU", "happened"),
    ("Iran returned to the negotiating table with the United States.", "IRN", "040", "USA", "happened"),
    # (h21d) a mediator or host hyphenated to a participle before the noun (path participle.agent): "an EU-brokered
    # deal", "the Oman-hosted talks"
    ("Serbia and Kosovo signed an EU-brokered deal on Monday.", "IGOEUREEC", "045", "SRB", "happened"),
    ("The Oman-hosted talks between Iran and the United States ended on Sunday.", "OMN", "043", "IRN", "happened"),
    ("The Qatar-mediated talks between Hamas and Israel stalled.", "QAT", "045", "ISR", "happened"),
    # (h21d) a visit hosted in the passive hosts the visitor told before (host.043, path meeting.parties)
    ("Modi landed in Riyadh on Monday. The visit was hosted by King Salman.", "SAUGOV", "043", "INDGOV", "happened"),
    # (h21d) an audience held with a party meets it (n.audience_with.040); support signalled (x.voice_support.051)
    ("The Pope held an audience with Zelensky.", "VATREL", "040", "UKRGOV", "happened"),
    ("Kenya signalled support for Ethiopia's bid.", "KEN", "051", "ETH", "happened"),
    # (h21d) a joint statement signed by two parties is an agreement (n.sign_partnership.057)
    ("The Kenyan and Ugandan presidents signed a joint statement on trade.", "KENGOV", "057", "UGAGOV", "happened"),
    # (h21h) a denial in a relative clause on a summing accusation noun the small parser misread (the name read as
    # the noun's apposition or compound, "that" as a mark): the denier rejects the accuser (120); a state's protest
    # against an act is an official complaint (114), a crowd's a demonstration (141); "threatened on Monday to close":
    # the infinitive past a time phrase is the threat's complement, as without it
    ("Taiwan accused China of flying spy balloons over the island, a charge Beijing has repeatedly denied.", "CHNGOV",
     "120", "TWN", "happened"),
    ("Latvia accused Belarus of pushing migrants across the border, an accusation Minsk rejects.", "BLRGOV", "120",
     "LVA", "happened"),
    ("Finland accused Russia of steering migrants to its frontier, an accusation that Moscow has rejected.", "RUSGOV",
     "120", "FIN", "happened"),
    ("South Korea protested against Japan's decision to release treated water.", "KOR", "114", "JPN", "happened"),
    ("Lithuania threatened on Friday to close its border with Belarus.", "LTU", "131", "BLR", "happened"),
    # (h21h) a capital struck, told in the passive, is its country, as in the active ("Israeli warplanes struck Beirut")
    ("Beirut was struck by Israeli warplanes on Sunday.", "ISRMIL", "195", "LBN", "happened"),
    # (h21e) phrasing sweep of roots 10-20: retaliation, a response or consequences threatened name no means (130; a
    # military one stays 138); access to a platform or the internet blocked restricts freedoms (1721); an apology
    # refused under would or ruled out is a rejection (120) aimed at who asked for it; sanctions asked or demanded
    # lifted (0254, 1054), also in a "for" clause; accusation and criticism idioms; a siege imposed (191); peacekeepers
    # ordered out (1661); an expulsion of diplomats ordered (161); trade suspended with a country (163)
    ("Hezbollah threatened Israel with retaliation on Sunday.", "LBNREBHEZ", "130", "ISR", "happened"),
    ("Tehran vowed retaliation against Washington over the killing.", "IRNGOV", "130", "USAGOV", "happened"),
    ("The Iranian government blocked access to Instagram on Monday.", "IRNGOV", "1721", "IRNCVL", "happened"),
    ("Access to WhatsApp was blocked by the Turkish authorities on Friday.", "TURGOV", "1721", "TURCVL", "happened"),
    ("Seoul demanded an apology from Tokyo. Japan's prime minister said he would not apologise for the remarks.",
     "JPNGOV", "120", "KORGOV", "happened"),
    ("Tokyo ruled out an apology to Beijing over the comments.", "JPNGOV", "120", "CHN", "happened"),
    ("Venezuela called for the United States to lift sanctions on its oil industry.", "VEN", "0254", "USA", "happened"),
    ("Moscow demanded that the EU lift its sanctions on Russian banks.", "RUSGOV", "1054", "IGOEUREEC", "happened"),
    ("Iran held Washington responsible for the strike.", "IRN", "112", "USAGOV", "happened"),
    ("China held the Philippines responsible for the collision at sea.", "CHN", "112", "PHL", "happened"),
    ("Moscow pointed the finger at Kyiv for the blast.", "RUSGOV", "112", "UKR", "happened"),
    ("The United States levelled accusations of espionage at China.", "USA", "112", "CHN", "happened"),
    ("Ottawa said there were credible allegations of a link between the Indian government and the killing.", "CANGOV",
     "112", "INDGOV", "happened"),
    ("Canada cited credible allegations of a link between agents of India and the murder of a Sikh leader.", "CAN",
     "112", "IND", "happened"),
    ("Rwanda faced accusations from Congo of backing the M23 rebels.", "COD", "112", "RWA", "happened"),
    ("Israel came under fire from the United Nations over the strikes on Gaza.", "IGOUNO", "111", "ISR", "happened"),
    ("Moscow drew criticism from NATO over the drone incursion.", "IGOWSTNAT", "111", "RUSGOV", "happened"),
    ("Germany took aim at China over its trade practices.", "DEU", "111", "CHN", "happened"),
    ("Egypt voiced disapproval of Ethiopia's dam filling.", "EGY", "110", "ETH", "happened"),
    ("Israel imposed a siege on Gaza.", "ISR", "191", "PSE", "happened"),
    ("Mali ordered the withdrawal of UN peacekeepers.", "MLI", "1661", "IGOUNOPKO", "happened"),
    ("Russia ordered the expulsion of two Estonian diplomats.", "RUS", "161", "ESTGOV", "happened"),
    ("Turkey suspended all trade with Israel.", "TUR", "163", "ISR", "happened"),
    # (h21e) a strike launched by doctors is a labour strike (143); defence pacts scrapped or revoked reduce relations
    # (160); hitting back at a party over something criticises it (111); sanctions and trade bans stated as nouns (163);
    # a man kicked is beaten (182), not expelled
    ("Kenyan doctors launched a nationwide strike on Monday.", "KENHLH", "143", None, "happened"),
    ("Mali scrapped its defence agreements with France.", "MLI", "160", "FRA", "happened"),
    ("Niger revoked its security pact with the European Union.", "NER", "160", "IGOEUREEC", "happened"),
    ("Beijing hit back at Washington over the tariffs.", "CHNGOV", "111", "USA", "happened"),
    ("The imposition of tariffs on Chinese cars by the EU angered Beijing.", "IGOEUREEC", "163", "CHN", "happened"),
    ("China's ban on Japanese seafood imports hurt fishermen.", "CHN", "163", "JPN", "happened"),
    ("Israeli soldiers kicked a Palestinian man in Hebron.", "ISRMIL", "182", "PSECVL", "happened"),
    # (h21e) sanctions or accusations shrugged or brushed off are rejected (120), accusations from a capital are its
    # government's, a package held up is blocked (129)
    ("Moscow shrugged off the new EU sanctions.", "RUSGOV", "120", "IGOEUREEC", "happened"),
    ("Moscow brushed off the accusations by Kyiv.", "RUSGOV", "120", "UKRGOV", "happened"),
    ("Beijing flatly denied the accusations from Washington.", "CHNGOV", "120", "USA", "happened"),
    ("Slovakia held up the EU aid package for Ukraine.", "SVK", "129", "IGOEUREEC", "happened"),
    # (h21e) threats and bombardments stated as nouns
    ("Tehran's threat of retaliation against Israel alarmed Washington.", "IRNGOV", "130", "ISR", "happened"),
    ("The US threat of tariffs on Mexico worried investors.", "USA", "1312", "MEX", "happened"),
    ("Israel's bombardment of Gaza continued on Tuesday.", "ISR", "190", "PSE", "happened"),
    ("The Russian shelling of Kherson killed two people.", "RUS", "194", "UKR", "happened"),
    # (h20l) a meal or reception hosted for a visitor hosts them (n.host_meal_for.043)
    ("Meloni hosted a dinner for the Emir of Qatar in Rome on Friday.", "ITAGOV", "043", "QATGOV", "happened"),
    ("Ramaphosa hosted a state banquet for the Turkish president.", "ZAFGOV", "043", "TURGOV", "happened"),
    # (h20l) a joint communique signed is an agreement (n.sign_partnership.057); relations elevated are improved
    # (n.elevate_relations.050)
    ("The Kenyan and Tanzanian presidents signed a joint communique in Arusha.", "KENGOV", "057", "TZAGOV", "happened"),
    ("Hanoi elevated relations with Canberra on Thursday.", "VNMGOV", "050", "AUSGOV", "happened"),
    # (h20l) an invitation extended or issued to someone invites them (n.extend_invitation.036)
    ("Ghana extended an invitation to President Macron to visit Accra.", "GHA", "036", "FRAGOV", "happened"),
    ("Vietnam issued an invitation to the Indian prime minister on Monday.", "VNM", "036", "INDGOV", "happened"),
    # (h20l) two states exchanging ambassadors set up relations (n.exchange_envoys.050)
    ("Bahrain and Iraq exchanged ambassadors on Wednesday.", "BHR", "050", "IRQ", "happened"),
    # (h20l) two leaders exchanging views consult each other (n.exchange_views.040)
    ("Erdogan and Orban exchanged views on the war in Gaza.", "HUNGOV", "040", "TURGOV", "happened"),
    # (h20l) a strategic partnership signed is an agreement (n.sign_partnership.057)
    ("Poland and South Korea signed a strategic partnership on Tuesday.", "KOR", "057", "POL", "happened"),
    # (h20m) lexicon sweep of roots 10-14: words brushed or waved aside are rejected (n.brush_aside.120), scorn poured
    # on an act criticises its author (n.pour_scorn.111), bristling at a plan disapproves of it (n.bristle_at.110),
    # an act deplored is criticised (n.deplore_act.111), outrage voiced at an act is aimed at its author (x.concern.110)
    ("Tehran brushed aside the European Union's call to stop enriching uranium.", "IRNGOV", "120", "IGOEUREEC", "happened"),
    ("Beijing waved aside Washington's concerns about the surveillance balloon.", "CHNGOV", "120", "USAGOV", "happened"),
    ("The Kremlin poured scorn on Kyiv's ten-point peace plan.", "RUSGOV", "111", "UKRGOV", "happened"),
    ("The Russian foreign ministry bristled at NATO's plans to open an office in Tokyo.", "RUSGOV", "110", "IGOWSTNAT",
     "happened"),
    ("Berlin deplored Moscow's decision to pull out of the grain corridor deal.", "DEUGOV", "111", "RUSGOV", "happened"),
    ("Greece voiced outrage at Turkey's decision to turn the Hagia Sophia into a mosque.", "GRC", "110", "TUR",
     "happened"),
    # (h20n) forces put on combat readiness or standby are on alert (n.military_readiness.152); a ship sunk is
    # attacked (n.sink_vessel.190)
    ("Serbia put its army on combat readiness along the border with Kosovo.", "SRB", "152", "XKX", "happened"),
    ("Houthi rebels sank a Greek-owned cargo ship off the coast of Yemen.", "YEMREBHTH", "190", "GRCBUS",
     "happened"),
    # (h20n) a vessel intercepted at sea is movement restricted, like one blocked (n.block_vessel.191), active and
    # passive; a resupply run blocked is the same
    ("The Chinese navy intercepted a Philippine supply boat near the reef on Tuesday.", "CHNMIL", "191", "PHL",
     "happened"),
    ("A Vietnamese fishing trawler was intercepted by Chinese coast guard ships near the Paracels.", "CHNMIL", "191",
     "VNMCVL", "happened"),
    ("Chinese coast guard ships blocked a Philippine resupply mission to the atoll.", "CHNMIL", "191", "PHL",
     "happened"),
    # (h20n) a blockade imposed restricts movement (191); it is no sanction (163)
    ("Israel imposed a naval blockade on the Gaza Strip.", "ISR", "191", "PSE", "happened"),
    # (h20n) armour or troops pushing into a place is military force there (n.push_into.190)
    ("Israeli troops pushed into the southern Gaza city of Rafah on Tuesday.", "ISRMIL", "190", "PSE", "happened"),
    ("Russian troops advanced into the Ukrainian town of Vovchansk.", "RUSMIL", "190", "UKR", "happened"),
    # (h20k) a joint news conference meets the other speaker (n.speak_at_conference_with.040,
    # n.hold_conference_with.040)
    ("Wang Yi said at a news conference with his Brazilian counterpart, Mauro Vieira, that trade would grow.",
     "CHNGOV", "040", "BRAGOV", "happened"),
    ("Macron held a joint press conference with Merz in Berlin on Monday.", "FRAGOV", "040", "DEUGOV", "happened"),
    # (h20k) a matter said not to be on the table is refused for talks, to the story's other side
    # (n.say_not_on_table.125, path opponent)
    ("Putin met Zelensky in Istanbul on Monday. Zelensky made clear that Crimea was not on the table.", "UKRGOV", "125",
     "RUSGOV", "happened"),
    # (h20k) an act said to go against one's values is condemned (n.say_verdict.111 "go>value"), the adoption of a law
    # its makers' (news.yaml nominals adoption)
    ("Slovakia's parliament adopted the media law on Monday. The European Union said the adoption of the law ran "
     "against European values.", "IGOEUREEC", "111", "SVKLEG", "happened"),
    # (h20k) two sides pledging not to use force against each other agree on non-aggression (n.pledge_no_force.057;
    # events.py "~" complement entries)
    ("Armenia and Azerbaijan pledged on Friday not to use force against each other.", "ARM", "057", "AZE", "happened"),
    ("Armenia and Azerbaijan pledged on Friday not to threaten or use force against each other.", "AZE", "057", "ARM",
     "happened"),
    # (h20k) a vow to take a place threatens to occupy it, also told in a clause (n.vow_take_place.1382)
    ("Putin has vowed that Russian troops will take Kyiv.", "RUSGOV", "1382", "UKRGOV", "happened"),
    ("The Rapid Support Forces vowed to take Khartoum within weeks.", "SDNREBRSF", "1382", "SDNGOV", "happened"),
    # (h20k) a protest outside a body's building the parser read as an object (n.gather_outside_misparsed.141)
    ("Thousands of protesters gathered outside parliament in Tbilisi on Tuesday.", "GEOCVL", "141", "GEOLEG",
     "happened"),
    # (h20k) trade halted to or from a country is an embargo (x.ban_imports.163), also with the preposition on the
    # verb or on a noun the parser joined to the verb
    ("Egypt has stopped all exports to and imports from Qatar, its trade ministry said.", "EGY", "163", "QAT",
     "happened"),
    ("Algeria halted gas exports to Morocco on Monday.", "DZA", "163", "MAR", "happened"),
    # (h20k) two leaders who sat down for talks met each other (n.sit_down_talks.040 reciprocal)
    ("Ruto and Museveni sat down for talks in Entebbe on Monday.", "KENGOV", "040", "UGAGOV", "happened"),
    ("Ruto and Museveni sat down for talks in Entebbe on Monday.", "UGAGOV", "040", "KENGOV", "happened"),
    # (h20k) joining another party's case against someone is the joiner's legal action (n.join_case.115)
    ("Colombia said it would join Nicaragua's case against Germany at the World Court.", "COL", "115", "DEU",
     "planned"),
    # (h20j) an envoy brought home from the host country, or a high commissioner withdrawn, is recalled
    # (n.bring_envoy_home.161, n.recall_commissioner.161)
    ("Germany will bring its ambassador home from Mali.", "DEU", "161", "MLI", "planned"),
    ("Pakistan said on Monday it was withdrawing its high commissioner from Bangladesh.", "PAK", "161", "BGD",
     "happened"),
    # (h20j) a diplomat ordered out of the country is expelled (n.order_diplomat_out.161, n.order_out_diplomat.161)
    ("Burkina Faso's junta ordered the French ambassador out of the country on Tuesday.", "BFAMIL", "161", "FRAGOV",
     "happened"),
    ("The Swedish ambassador was ordered out of the country by Mali's military government.", "MLIMIL", "161",
     "SWEGOV", "happened"),
    ("Niger's junta ordered a German journalist out of the country on Monday.", "NERMIL", "174", "DEUMED",
     "happened"),
    # (h20j) aircraft banned from a country's airspace are a sanction on their country (n.ban_aircraft.163)
    ("Mali's military government banned Swedish aircraft from its airspace.", "MLIMIL", "163", "SWE", "happened"),
    ("Ukrainian aircraft were banned from Belarusian airspace by the government in Minsk.", "BLRGOV", "163", "UKR",
     "happened"),
    # ... and with no agent, by the airspace's owner (source path prep:from)
    ("Hours earlier, Polish aircraft had been banned from Belarusian airspace.", "BLR", "163", "POL", "happened"),
    # (h20j) a person held at his residence is detained (n.hold_at_residence.173)
    ("Guinea's junta has held President Alpha Conde at his residence in Conakry.", "GINMIL", "173", "GINGOV",
     "happened"),
    # (h20j) a government's finding that a party committed a crime accuses it (verdict_speech "determine")
    ("Washington determined that Myanmar's military had committed genocide.", "USAGOV", "112", "MMRMIL", "happened"),
    # (h20j) a warning that sanctions could follow threatens them (n.warn_sanctions_follow.1312, "follow<sanction")
    ("The European Union warned Belgrade that sanctions could follow.", "IGOEUREEC", "1312", "SRBGOV", "happened"),
    # (h20j) a review of one's relations with another launched is reduced relations (n.n.review_relations.160)
    ("Washington would launch a comprehensive review of its cooperation with Baku.", "USAGOV", "160", "AZEGOV",
     "planned"),
    ("The European Union announced a review of its relations with Israel on Tuesday.", "IGOEUREEC", "160", "ISR",
     "happened"),
    # (h20j) linking a party's agents to a crime, or a crime to a party, accuses it (n.link_to_crime.112,
    # n.link_crime_to.112)
    ("Australian police linked agents of the Chinese government to a campaign of intimidation.", "AUSCOP", "112",
     "CHNGOV", "happened"),
    ("British police linked the poisoning to Russian military intelligence.", "GBRCOP", "112", "RUSSPY", "happened"),
    # (h20j) telling a party to refrain from an act demands it (n.tell_refrain.100)
    ("The International Court of Justice told Russia to refrain from any action that might aggravate the dispute.",
     "IGOJUDICJ", "100", "RUS", "happened"),
    # (h20i) no justification for an act condemns its author (n.say_no_justification.111, ccomp.prep:for.author)
    ("Israel struck Damascus on Monday. Syria said there was no justification for the attack.", "SYR", "111", "ISR",
     "happened"),
    # (h20i) pushed to the ground is a physical assault (n.push_to_ground.182), also in the passive
    ("A Mexican diplomat was pushed to the ground by Ecuadorian police officers.", "ECUCOP", "182", "MEXGOV",
     "happened"),
    ("Israeli soldiers pushed a Palestinian journalist to the ground in Hebron.", "ISRMIL", "182", "PSEMED", "happened"),
    # (h20i) a court asked to certify results is appealed to (n.ask_court_certify.020)
    ("Maduro asked the Supreme Court on Wednesday to certify the results.", "VENGOV", "020", "VENJUD", "happened"),
    # (h20i) a foreign government saying a candidate won the election endorses the candidate, also when it says
    # there was evidence that he won (news.yaml n.say_won_election.051, events._evidenced)
    ("The US said on Friday there was compelling evidence that opposition candidate Carlos Mesa won the presidential "
     "election.", "USA", "051", "BOLOPP", "happened"),
    ("Britain's foreign secretary said opposition leader Raila Odinga won the election.", "GBRGOV", "051", "KENELI",
     "happened"),
    # (h20i) a diplomat declared persona non grata is expelled (news.yaml n.persona_non_grata.161)
    ("Peru declared Mexico's ambassador Pablo Monroy persona non grata on Wednesday.", "PER", "161", "MEXGOV",
     "happened"),
    ("Niger's junta declared the French ambassador persona non grata.", "NERMIL", "161", "FRAGOV", "happened"),
    # (h20i) told or ordered to halt attacks is a demand to de-escalate (n.tell_halt_force.1056), also in the passive
    ("Washington told Israel to stop the offensive in Rafah.", "USAGOV", "1056", "ISR", "happened"),
    ("The Houthis were told by the UN Security Council to stop their attacks on merchant ships.", "IGOUNOSC", "1056",
     "YEMREBHTH", "happened"),
    # (h20i) likening a party to something is name-calling (n.liken.111, n.compare_slur.111)
    ("Philippine defence chief Gilberto Teodoro likened the Chinese coast guard to a criminal gang.", "PHLGOV", "111",
     "CHNMIL", "happened"),
    ("Turkish President Tayyip Erdogan compared Israeli Prime Minister Benjamin Netanyahu to Hitler.", "TURGOV", "111",
     "ISRGOV", "happened"),
    # (h20i) forcing one's way into another country's premises is coercion (n.force_way_into.170)
    ("Bolivian soldiers forced their way into the Peruvian embassy in La Paz on Saturday.", "BOLMIL", "170", "PERGOV",
     "happened"),
    # (h20i) "what he called X's terror" is name-calling of X, no phone call (n.what_called.111)
    ("Erdogan said the protesters were resisting what he called Netanyahu's genocide.", "TURGOV", "111", "ISRGOV",
     "happened"),
    ("Vucic said Serbs in the north had risen against what he called Kurti's terror.", "SRBGOV", "111", "XKXGOV",
     "happened"),
    # (h20g) an act noun whose act was named again by the same definite noun is that act's, however far back
    ("T_LONG_RAIDS", "JOR", "111", "ISRMIL", "happened"),
    # (h20b) one-sided acts completed from the story: a demand for redress is aimed at who did the wrong told before
    # (modality.yaml context_targets.redress)
    ("Ghana summoned Togo's ambassador on Monday after Togolese minister Kofi Adjei mocked Ghana on television. "
     "Ghana's foreign minister demanded a public apology.", "GHAGOV", "100", "TGOGOV", "happened"),
    ("Colombian President Gustavo Petro called Ecuador a narco-state on Sunday. Quito demanded an apology.", "ECUGOV",
     "100", "COLGOV", "happened"),
    # (h20b) an apology called for is demanded (extended.yaml x.call_for_apology.100), from the wrong's doer
    ("Milei insulted Spanish Prime Minister Pedro Sanchez at a rally in Madrid on Sunday. Spain's foreign minister "
     "Jose Manuel Albares called for a public apology.", "ESPGOV", "100", "ARGGOV", "happened"),
    ("Zagreb called for an apology from Belgrade.", "HRVGOV", "100", "SRB", "happened"),
    # (h20b) calls rejected answer the last demand (modality.yaml answered_act_nouns call)
    ("Chile demanded an apology from Bolivia on Monday. Bolivian President Luis Arce rejected calls to apologize.",
     "BOLGOV", "120", "CHL", "happened"),
    # (h20b) a refusal of what another side asked is aimed at the asker (context_targets.refusals: the refused verb
    # shares its stem with a word of the demand)
    ("Chile demanded an apology from Bolivia on Monday. Bolivian President Luis Arce refused to apologise.", "BOLGOV",
     "120", "CHL", "happened"),
    ("Lithuania demanded an explanation from Belarus after a balloon crossed the border. Minsk declined to explain.",
     "BLRGOV", "120", "LTU", "happened"),
    ("Kenya's opposition demanded a public apology from President William Ruto on Monday. Ruto refused to "
     "apologise, his spokesman said.", "KENGOV", "120", "KENOPP", "happened"),
    ("Norway urged Venezuela's government to open a dialogue with the opposition on Monday. Caracas refused any "
     "dialogue.", "VENGOV", "125", "NOR", "happened"),
    ("Prosecutors questioned former Peruvian president Martin Vizcarra on Monday. His lawyers said he refused to "
     "answer questions.", "PERELI", "120", "PERJUD", "happened"),
    # (h20b) ... and a summons refused ("refused to appear", refusals.kin); a person summoned for questioning is
    # questioned (extended.yaml x.summon_questioning.091)
    ("Prosecutors in Lima summoned former Peruvian president Martin Vizcarra for questioning on Monday. Vizcarra "
     "refused to appear.", "PERELI", "120", "PERJUD", "happened"),
    ("Guatemalan prosecutors summoned journalist Jose Ruben Zamora for questioning on Tuesday.", "GTMJUD", "091",
     "GTMMED", "happened"),
    # (h20b) a protest whose purpose verb names an act noun is aimed at that act's author (protests.purpose_verbs,
    # core.yaml nominals delay)
    ("Malawi's electoral commission postponed local elections on Monday. Hundreds of opposition supporters took to "
     "the streets of Lilongwe on Tuesday to denounce the delay.", "MWIOPP", "141", "MWIGOV", "happened"),
    ("Gabon's transitional government delayed the referendum by three months. Opposition supporters rallied in "
     "Libreville on Tuesday to protest the postponement.", "GABOPP", "140", "GABGOV", "happened"),
    # (h20b) a protest with no target is aimed at the protester's one adversary, the police being the state's side
    # (adversary codes 14, state_sectors)
    # (h24j: a general strike is aimed at the strikers' government, core.yaml n.general_strike.143, path own_government)
    ("Police arrested dozens of opposition supporters in Harare on Monday. Opposition parties called a general "
     "strike on Tuesday.", "ZWEOPP", "143", "ZWEGOV", "happened"),
    # (h20b) a demand in the passive quoted is on the clause's subject (path ccomp.patient, demand_patient_verbs)
    ("\"Israel must be held accountable for these crimes,\" Turkish Foreign Minister Hakan Fidan said.", "TURGOV",
     "100", "ISR", "happened"),
    ("\"Russia must be punished for this attack,\" Ukrainian President Volodymyr Zelensky said on Monday.", "UKRGOV",
     "100", "RUS", "happened"),
    # (h20f) a verdict denied ("not legitimate"), also after a verb of judging in the passive, and an act called
    # regrettable are disapproval of the act's author (n.say_verdict.111, modality.yaml judging_verbs)
    ("The junta held a referendum on a new constitution in Mali. France said the vote \"cannot be considered "
     "legitimate\".", "FRA", "111", "MLIMIL", "happened"),
    ("Belarus held a presidential election on Sunday. Lithuania said the election was not free.", "LTU", "111", "BLR",
     "happened"),
    ("Gabon's electoral commission postponed the runoff by three months. The European Union said the delay was "
     "\"deeply regrettable\".", "IGOEUREEC", "111", "GABGOV", "happened"),
    # (h20f) relief with no recipient named goes to the country the story's disaster struck (pattern path stricken,
    # modality.yaml natural_forces); trucks and planes hold what they carry; rescue teams sent are aid (073)
    ("A powerful earthquake struck western Nepal on Friday, killing 90 people. India dispatched a search-and-rescue "
     "team of 40 specialists.", "IND", "073", "NPL", "happened"),
    ("Floods hit southern Malawi on Monday. Britain released $3 million to support the flood response.", "GBR", "071",
     "MWI", "happened"),
    ("A cyclone struck coastal Mozambique on Sunday. South Africa sent 15 trucks of tents and blankets across the "
     "border.", "ZAF", "073", "MOZ", "happened"),
    # (h20f) saying one had no part in an act denies responsibility (016), to whom it was told (n.say_no_involvement.016)
    ("Houthi drones struck a tanker in the Red Sea on Monday. Saudi Arabia told Washington that it had no involvement "
     "in the attack.", "SAU", "016", "USAGOV", "happened"),
    # (h20f) who supplied something for an attack did not make it: the attack called an aggression is the striker's
    ("Israeli jets struck a fuel depot near Hodeidah on Monday. Yemen's Houthis said the United States had provided "
     "intelligence for the strike. The Houthi leader called the strike \"a criminal act of aggression\".", "YEMREBHTH",
     "111", "ISRMIL", "happened"),
    # (h20f) a wrong reported of another country is an accusation of its doer (112; modality.yaml reported_wrong,
    # filters.py _reported_wrong)
    ("Lebanon's army said Israeli drones had struck a car near Tyre.", "LBNMIL", "112", "ISRMIL", "happened"),
    ("Caracas said Colombia had provided weapons for the attack on the barracks.", "VENGOV", "112", "COL", "happened"),
    ("Somalia's security minister said Kenyan nationals had carried out an attack on a hotel in Mogadishu.", "SOMGOV",
     "112", "KENCVL", "happened"),
    # (h20f) a meeting, call or talks described warmly praise the other party (051), named on the noun or told before
    # (news.yaml n.describe_talks_as.051, path dobj.party; "as" hung on the object, an adjective hung on "as")
    ("Egyptian President Abdel Fattah al-Sisi hosted Palestinian President Mahmoud Abbas in Cairo on Monday. Egypt "
     "described the meeting as constructive.", "EGY", "051", "PSEGOV", "happened"),
    ("Macron spoke by phone with Erdogan on Tuesday. Macron's office described the call as frank and productive.",
     "FRAGOV", "051", "TURGOV", "happened"),
    ("Egypt's foreign minister described his talks with Marco Rubio as frank.", "EGYGOV", "051", "USAGOV", "happened"),
    # (h20f) a delay denounced is its decider's (news.yaml nominals delay); remarks described as baseless are rejected
    ("The electoral council in Port-au-Prince postponed the vote by six months. Canada denounced the delay as a "
     "\"betrayal of voters\".", "CAN", "111", "HTIGOV", "happened"),
    ("Pakistan's interior minister Mohsin Naqvi accused Kabul of harbouring militants. The Taliban spokesman described "
     "Naqvi's remarks as \"baseless\".", "AFGGOV", "120", "PAKGOV", "happened"),
    # (h20d) restrictions a government imposes on its own population are administrative sanctions (172), not
    # international sanctions (core.yaml impose_sanctions.163 foreign_target, impose_restrictions.172)
    ("The Taliban imposed new restrictions on Afghan women on Tuesday.", "AFGGOV", "172", "AFGCVL", "happened"),
    # (h20d) a party said to bear responsibility for what follows is blamed by the speaker (n.say_bear_responsibility.112)
    ("Seoul said Pyongyang would bear full responsibility for the consequences of the launch.", "KORGOV", "112",
     "PRKGOV", "happened"),
    # (h20e) arms promised to a country are an intent to give military aid (extended.yaml x.offer_troops.0332), also
    # to a pronoun ("met Zelensky and promised him ..."); demands handed over are a demand (news.yaml
    # n.deliver_demands.100)
    ("Berlin promised Kyiv three more IRIS-T batteries on Friday.", "DEUGOV", "0332", "UKR", "happened"),
    ("Germany's defence minister met Volodymyr Zelensky in Berlin and promised him more tanks.", "DEUMIL", "0332",
     "UKRGOV", "happened"),
    ("Turkey handed Sweden a list of demands on Kurdish militants.", "TUR", "100", "SWE", "happened"),
    # (h20e) a pronoun never means a person a kin noun of the other sex named ("his wife, X ... him" is not X); a
    # plural subject pronoun of a quotation reported by "she" is not her
    ("Belarusian police detained opposition activist Ihar Sidorenko in Minsk. His wife, Volha Sidorenko, said "
     "officials had refused to let her see him. She accused the police of beating him.", "BLRCVL", "112", "BLRCOP",
     "happened"),
    ("Belarusian police detained opposition activist Ihar Sidorenko in Minsk. His wife, Volha Sidorenko, said the "
     "authorities had refused to let her see him. \"They beat him in the van,\" she told reporters.", "BLRGOV", "182",
     "BLRCVL", "happened"),
    # (h20e) a noun the parser joins to the verb right after the object of the verb's preposition is that object's
    # conjunct (nlp/repairs.py nouns_joined_to_verbs, no comma)
    ("Kenyan police fired tear gas at protesters and a group of journalists in Nairobi on Tuesday.", "KENCOP", "175",
     "KENMED", "happened"),
    # (h20e) an object "it" is not its own clause's subject, also through a conjunct verb (as "him" is not)
    ("NATO opened a summit in Madrid on Tuesday. Russia accused it of provoking a new arms race.", "RUS", "112",
     "IGOWSTNAT", "happened"),
    # (h20e) an object "him" may mean one named by a title only in its own sentence
    ("Hungary's Viktor Orban defended Ankara. Sweden summoned the Turkish ambassador and accused him of spreading "
     "lies.", "SWE", "112", "TURGOV", "happened"),
    # (h20e) a bare definite generic body head is the body of that kind named before, when its names or mentions call
    # it so (coref.yaml collective_heads; NATO's alias "North Atlantic Alliance", "the Saudi-led coalition")
    ("NATO defence ministers gathered in Brussels on Thursday. Russia's foreign minister criticised the alliance.",
     "RUSGOV", "111", "IGOWSTNAT", "happened"),
    ("Saudi-led coalition warplanes bombed Hodeidah overnight. The Houthis accused the coalition of war crimes.",
     "YEMREBHTH", "112", "IGOARBSLC", "happened"),
    ("The UN Security Council met in New York on Friday. Moscow criticised the council for its inaction.",
     "RUSGOV", "111", "IGOUNOSC", "happened"),
    # (h20e) a person's kin are civilians of the person's country, and an appositive name is that kin (sectors.yaml
    # CVL: wife, mother ...), never the person ("His wife, X, accused ...")
    ("Belarusian police detained opposition blogger Ihar Sidorenko in Minsk. His wife, Volha Sidorenko, accused the "
     "police of beating him.", "BLRCVL", "112", "BLRCOP", "happened"),
    ("Turkish police detained the Istanbul mayor on Tuesday. His wife accused the government of silencing him.",
     "TURCVL", "112", "TURGOV", "happened"),
    # (h20a) lexicon gaps: economic coercion and crackdowns (news.yaml, "(h20a)" block; extended.yaml
    # x.order_leave_*.174). A population's internet cut restricts its freedoms (1721), aimed at the source's own public
    # (path `public`) when no one else is named
    ("The Ethiopian government cut mobile internet access in the Amhara region on Tuesday.", "ETHGOV", "1721", "ETHCVL",
     "happened"),
    ("Iranian authorities shut down the internet across several provinces on Friday.", "IRNGOV", "1721", "IRNCVL",
     "happened"),
    # ... of the place its "in" phrase names when that is another country's
    ("Israel cut internet and phone services in Gaza on Friday.", "ISR", "1721", "PSECVL", "happened"),
    # a shutdown condemned is who cut the service; sanctions condemned after assets frozen are who froze them
    # (news.yaml nominals shutdown, blackout, sanction)
    ("The Ethiopian government cut mobile internet access in Amhara on Tuesday. Human Rights Watch condemned the "
     "shutdown.", "NGOHRW", "111", "ETHGOV", "happened"),
    ("Britain froze the assets of five Georgian officials on Monday. Georgia's foreign ministry condemned the sanctions "
     "as illegal.", "GEOGOV", "111", "GBR", "happened"),
    # lawmakers removed from a chamber are coerced (170), not removed from a post (1722)
    ("Georgian police removed four opposition lawmakers from the parliament chamber on Monday.", "GEOCOP", "170", "GEOLEG",
     "happened"),
    # taken off a blacklist or an entity list: sanctions eased (085), also planned
    ("The Commerce Department said it would remove three Chinese chipmakers from its entity list.", "USAGOV", "085",
     "CHN", "planned"),
    ("The Financial Action Task Force removed Nigeria from its grey list on Friday.", "IGOFATF", "085", "NGA", "happened"),
    # a law challenged before a court is legal action (115) against who passed it
    ("Georgia's parliament passed the foreign agents law on Tuesday. The opposition said it would challenge the law "
     "before the Constitutional Court.", "GEOOPP", "115", "GEOLEG", "planned"),
    # ... and restrictions challenged are who cut the service (news.yaml nominals restriction)
    ("Zambia's government cut mobile internet access on Thursday. The opposition party said it would challenge the "
     "restrictions before the Constitutional Court.", "ZMBOPP", "115", "ZMBGOV", "planned"),
    # another country said to be going to be punished is threatened (130)
    ("Turkish President Tayyip Erdogan said Israel would be punished for the raid.", "TURGOV", "130", "ISR", "happened"),
    # a national dialogue launched with a party is a consultation (040)
    ("Kenya's president launched a national dialogue with opposition leaders on Monday.", "KENGOV", "040", "KENOPP",
     "happened"),
    # an honour or a medal given to someone of another country (051)
    ("Macron presented the Legion of Honour to the Indian prime minister on Friday.", "FRAGOV", "051", "INDGOV",
     "happened"),
    # ... also when the parser hangs the medal on the recipient (repairs.yaml double_object_verbs)
    ("King Charles awarded a Ukrainian army medic the George Medal on Tuesday.", "GBRGOV", "051", "UKRHLH", "happened"),
    ("King Charles awarded a Polish army nurse the George Medal for bravery at a ceremony at Windsor Castle on Tuesday, "
     "the palace said.", "GBRGOV", "051", "POLHLH", "happened"),
    # migrants or foreign nationals ordered to leave are expelled (174), not merely asked (100)
    ("Pakistan ordered undocumented Afghan nationals to leave the country by the end of the month.", "PAK", "174", "AFGCVL",
     "happened"),
    ("Algerian authorities ordered hundreds of migrants to leave the border town or face deportation.", "DZAGOV", "174",
     "DZAREF", "happened"),
    # (h19m) a verdict told in the passive with no verdict before is the court named where the trial was, in the
    # sentences before (modality.yaml judicial_named_court_verbs, court_heads)
    ("The trial took place at a regional court in Grodno. Belarusian activist Ales Bialiatski was sentenced to ten "
     "years.", "BLRJUD", "173", "BLRCVL", "happened"),
    ("The hearing took place at a district court in Baku. The blogger was convicted of smuggling.", "AZEJUD", "173",
     "AZEMED", "happened"),
    # (h19m) a court that finds someone guilty, the small clause "found X[nsubj] guilty[ccomp]" read as the verb's
    # object and predicate; (h21k) coded CAMEO 116 "find guilty" (extended.yaml x.find_guilty.116), as "convicted X
    # of" is, not 173
    ("A court in Izmir found the journalist guilty of espionage on Monday.", "TURJUD", "116", "TURMED", "happened"),
    ("A district court in Almaty found the activist guilty of organising an illegal rally.", "KAZJUD", "116", "KAZCVL",
     "happened"),
    ("A three-judge panel in Ankara voted 2-1 to find the former mayor guilty of bribery.", "TURJUD", "116", "TURELI",
     "happened"),
    # (h19m) an organisation coordinated with a country after "ministers from" is its own actor, not the ministers
    # of a country ("Ministers of Union", IGOGOV)
    ("Ministers from Spain, the African Union and the European Union met in Madrid on Monday.", "ESPGOV", "040",
     "IGOAFRAFU", "happened"),
    # (h19k) regret at another country's act is disapproval (news.yaml n.regret_act.111)
    ("Senegal regretted the decision by Mauritania to close the border.", "SEN", "111", "MRT", "happened"),
    ("Lithuania said it regretted Slovakia's veto of the sanctions package.", "LTU", "111", "SVK", "happened"),
    # (h19k) a constructive role offered between parties is an intent to mediate (n.constructive_role.039)
    ("Turkey said it was ready to play a constructive role in easing tensions between Armenia and Azerbaijan.",
     "TUR", "039", "ARM", "planned"),
    ("Turkey said it was ready to play a constructive role in easing tensions between Armenia and Azerbaijan.",
     "TUR", "039", "AZE", "planned"),
    # (h19k) a police deployment abroad paused or put on hold stops security assistance (n.hold_deployment.1622,
    # n.halt_deployment.1622)
    ("Rwanda put the deployment of its police officers to the Central African Republic on hold.", "RWA", "1622",
     "CAF", "happened"),
    ("Benin paused the deployment of its police to Haiti on Monday.", "BEN", "1622", "HTI", "happened"),
    # (h19k) aid handed out to people in a place goes to that place's country (n.distribute_aid_place.073)
    ("UNICEF said it had distributed hot meals to displaced families in Yemen.", "IGOUNOICEF", "073", "YEM",
     "happened"),
    # (h19j) staff or officials called diplomatic or consular ordered to leave are diplomats expelled (161), and
    # diplomats "from" a region's countries are that region's (core.yaml order_leave.161, regions.yaml)
    ("Germany ordered 15 Russian diplomatic staff to leave the country on Wednesday.", "DEU", "161", "RUSGOV", "happened"),
    ("Canada ordered five Chinese diplomatic and consular officials to leave the country on Friday.", "CAN", "161",
     "CHNGOV", "happened"),
    ("Bolivia ordered diplomats from seven Latin American countries to leave within 48 hours.", "BOL", "161", "LAM",
     "happened"),
    ("Argentina ordered diplomats from three African countries to leave the country.", "ARG", "161", "AFR", "happened"),
    # (h19j) "the Hague-based tribunal" after an international court named before is that court
    ("Brazil's president Luiz Inacio Lula da Silva lashed out at the Permanent Court of Arbitration on Monday, and "
     "later accused the Hague-based tribunal of overstepping its mandate.", "BRAGOV", "112", "IGOJUDPCA", "happened"),
    # (h19j) a legislature that impeaches a president is of the president's country, not the story's most-named
    # (coref.yaml own_office_verbs)
    ("WASHINGTON (Reuters) - The United States said on Tuesday it was watching the crisis in Ecuador closely. "
     "The State Department said it trusted Ecuador's institutions. U.S. officials declined further comment, and "
     "the White House did not respond.\n\nThe opposition-controlled National Assembly impeached President Daniel "
     "Noboa on Monday.", "ECULEG", "172", "ECUGOV", "happened"),
    ("WASHINGTON (AP) - The United States said on Monday it was monitoring the political crisis in Armenia. The "
     "U.S. State Department said it had full confidence in the country's institutions. American officials declined "
     "to comment further, and the White House was silent.\n\nThe National Assembly impeached President Vahagn "
     "Khachaturyan last week.", "ARMLEG", "172", "ARMGOV", "happened"),
    # parse repair: an opening name and its past verb hung as modifiers inside the object's noun phrase
    ("Trump hosted Japanese Prime Minister Shigeru Ishiba at the White House on Friday.", "USAGOV", "043", "JPNGOV",
     "happened"),
    # (h19i) protesters storming a residence riot (storm_riot.145)
    ("Protesters stormed the prime minister's residence in Kathmandu on Tuesday.", "NPLCVL", "145", "NPLGOV", "happened"),
    # (h19e) a wrong reported as committed accuses whoever committed it (112), also through a count's "of" phrase
    # (news.yaml n.say_blame.112 "commit>violation" ...)
    ("Armenia's foreign ministry said Azerbaijan had committed hundreds of violations of the truce.", "ARMGOV", "112",
     "AZE", "happened"),
    ("Kyiv said Russian troops had committed war crimes in the village of Yahidne.", "UKRGOV", "112", "RUSMIL",
     "happened"),
    ("Ethiopia's government said the Fano militia had committed atrocities against civilians in Amhara.", "ETHGOV",
     "112", "ETHREBFAN", "happened"),
    # (h19e) an act in words joined to a reported clause whose subject its own object names again is the reporter's:
    # no one accuses itself (events.py _names_again)
    ("Baku said Armenia had fired on its positions in Nakhchivan and accused Yerevan of wrecking the peace talks.",
     "AZEGOV", "112", "ARMGOV", "happened"),
    ("The Houthis said the United States had bombed the port of Hodeidah and accused Washington of killing "
     "civilians.", "YEMREBHTH", "1124", "USAGOV", "happened"),
    ("Pyongyang said South Korea had sent drones over its capital and blamed Seoul for the provocation.", "PRKGOV",
     "112", "KORGOV", "happened"),
    # (h19e) an appeal to both sides joined to any reported clause is the reporter's: one side does not urge both
    # (repairs.yaml sides_appeal_verbs, sides_addressee_modifiers)
    ("Kazakhstan said Azerbaijan had shelled Armenian border posts and called on the two countries to show "
     "restraint.", "KAZ", "0256", "AZE", "happened"),
    ("Kazakhstan said Azerbaijan had shelled Armenian border posts and called on the two countries to show "
     "restraint.", "KAZ", "0256", "ARM", "happened"),
    ("Ghana's foreign minister said M23 rebels had seized Bukavu and called on both sides to respect the Doha talks.",
     "GHAGOV", "020", "CODREBMTT", "happened"),
    ("Norway said Israeli troops had shelled a school in Gaza and urged both sides to accept the truce.", "NOR", "025",
     "ISR", "happened"),
    # (h19e) an attack condemned with its own site is the attack told on that place, by its maker, not the act of
    # another side told since (modality.yaml `site_prepositions`)
    ("Russian missiles struck a school in Kharkiv on Monday. Moscow said Ukrainian drones had attacked a refinery in "
     "the Belgorod region. France condemned the attack on Kharkiv.", "FRA", "111", "RUSMIL", "happened"),
    ("Israeli warplanes bombed a school in Khan Younis on Tuesday, medics said. Hamas said its fighters had attacked "
     "Israeli troops near Rafah. Jordan condemned the attack on Khan Younis.", "JOR", "111", "ISRMIL", "happened"),
    ("Myanmar's military bombed a monastery in Sagaing on Friday. The Arakan Army said it had attacked a navy base in "
     "Kyaukphyu. Britain condemned the air strike in Sagaing.", "GBR", "111", "MMRMIL", "happened"),
    # (h19c) what one was prompted, led or caused to do, one did: the object of a verb of cause is its infinitive's
    # subject (modality.yaml object_control_verbs)
    ("The raid on the embassy led Mexico to sever diplomatic relations with Ecuador.", "MEX", "161", "ECU", "happened"),
    ("The expulsions prompted Bamako to recall its ambassador from Algiers on Sunday.", "MLIGOV", "161", "DZA",
     "happened"),
    ("The strike on the consulate prompted Tehran to summon the Swiss ambassador.", "IRNGOV", "114", "CHEGOV",
     "happened"),
    # (h19c) a tariff "lifted" to or by a rate is raised (163), not eased (x.lift_tariff_rate.163, x.lift_tariff_by.163)
    ("Canada lifted its tariffs on Chinese electric vehicles to 100% on Tuesday.", "CAN", "163", "CHN", "happened"),
    ("Washington lifted the levy on Brazilian coffee by 40 percentage points.", "USAGOV", "163", "BRA", "happened"),
    # (h19c) parse repairs: a participle describing the person after it ("met visiting Chinese Foreign Minister
    # Wang Yi") is no open complement: the person is met, not visited by the host (repairs.yaml
    # `attributive_participles`); a manner adverb read as a noun with the name before it as compound ("met Trump
    # briefly[NOUN]") gives the name back to the verb (repairs.yaml `adverbs_read_as_nouns`)
    ("Lula met visiting German Chancellor Olaf Scholz in Brasilia on Monday.", "BRAGOV", "040", "DEUGOV",
     "happened"),
    ("Indonesian President Prabowo Subianto received visiting Australian Prime Minister Anthony Albanese in Jakarta "
     "on Thursday.", "IDNGOV", "043", "AUSGOV", "happened"),
    ("Colombian President Gustavo Petro criticised the deportations. He met Trump briefly in Davos on Thursday.",
     "COLGOV", "040", "USAGOV", "happened"),
    ("Kenyan President William Ruto met Trump briefly at his Mar-a-Lago resort.", "KENGOV", "040", "USAGOV",
     "happened"),
    # (h19b) "it" reporting for a body owned by "its" is the owned body ("Its army said it shot down")
    ("Pakistan condemned the strikes. Its army said it shot down five Indian aircraft.", "PAKMIL", "190", "IND",
     "happened"),
    ("Iran condemned the attack. Its navy said it had seized a British tanker in the Gulf.", "IRNMIL", "1711",
     "GBRBUS", "happened"),
    # (h19b) a subject "it" opening a sentence is not the subject of a relative clause before it
    ('Hamas said it had fired rockets at an area Egypt controls. It accused Israel of killing civilians.', "PSEREBHMS", "1124", "ISR", "happened"),
    ('The Arakan Army said it had captured a base near a port that India built. It accused the junta of bombing villages.', "MMRREBAA", "112", "MMRMIL", "happened"),
    # (h19b) sites struck "across" or "throughout" a place are struck in it
    ("Russia struck targets across eastern Ukraine overnight.", "RUS", "190", "UKR", "happened"),
    ("Turkey struck targets throughout northern Syria on Sunday.", "TUR", "190", "SYR", "happened"),
    # (h19b) "the two sides" after two named only as what a third acted on are the story's principal sides
    ('Ethiopia and Eritrea exchanged artillery fire along their border on Monday. Ethiopia accused Eritrea of massing troops, and Eritrea accused Ethiopia of planning an invasion. Ethiopian Prime Minister Abiy Ahmed thanked Kenya, Djibouti and other neighbours for their help. Officials said the two sides had agreed to hold talks in Nairobi next week.',
     "ETH", "040", "ERI", "planned"),
    ('Thailand accused Cambodia of laying new landmines on Monday, and Cambodia accused Thai troops of shelling a temple. Thailand closed the border. Prime Minister Anwar Ibrahim praised Japan and China for their support. The two countries agreed to meet in Kuala Lumpur on Friday.',
     "THA", "040", "KHM", "planned"),
    # (h19b) a titled office holder of no country written is not of the state their clause acts on
    ("Defence Minister Ali Hassan accused Eritrea of arming the Tigray People's Liberation Front.",
     "ETHMIL", "1123", "ERI", "happened"),
    ("Interior Minister Khalil Basha accused Chad of sheltering fighters of the Rapid Support Forces.",
     "SDNGOV", "112", "TCD", "happened"),
    # (h19b) a copula with an infinitive and a subject tells an act arranged, not done ("are to withdraw")
    ("Under the agreement, Ugandan troops are to withdraw from eastern Congo within 90 days.",
     "UGAMIL", "0874", "COD", "planned"),
    ("Russian forces are to pull out of Armenia by the end of the year, the Kremlin said.",
     "RUSMIL", "0874", "ARM", "planned"),
    ("The Indian foreign minister is to visit Dhaka next week.", "INDGOV", "042", "BGDGOV", "planned"),
    # (h18k) passives and the things acted on: a named vessel's apposition says what it is ("the X, a trawler"); a
    # state's ship prefix tells its country; a bare passive joined to "had their Y seized by Z" shares Z; a bare
    # ministry "in" a capital is that country's, not the government named last
    ("The Hoshin Maru, a trawler from the port of Wakkanai, was seized by Russian coast guards on Monday.",
     "RUSMIL", "1711", "JPNCVL", "happened"),
    ("The BRP Sierra Madre, a navy transport ship, was blocked by three Chinese coast guard vessels near the shoal.",
     "CHNMIL", "191", "PHL", "happened"),
    ("Reporters covering the march in Nairobi were beaten or had their cameras smashed by Kenyan police.",
     "KENCOP", "182", "KENMED", "happened"),
    # a mediation of no parties told is between the sides of the talks told just before
    ("Serbia and Kosovo held talks in Brussels on Monday. Norway, which mediated the talks, said they were useful.",
     "NOR", "045", "XKX", "happened"),
    ("Tehran said Britain was meddling. London's ambassador was later summoned to the foreign ministry in Ankara "
     "over the remarks.", "TURGOV", "114", "GBRGOV", "happened"),
    # (h18i) the missing target of a one-sided act, from the story: a denial answers who pressed the denier's
    # country in the lead; a show of force, a threat or a border closure is aimed at the source's one adversary
    # told before; a protest against "the closures" at who closed them
    ("RIGA, May 4 (Reuters) - Latvia summoned Russia's ambassador on Monday after a military drone crashed in a field "
     "near Rezekne. Nobody was hurt in the crash. Police cordoned off the area for several hours. Farmers said they "
     "had heard a loud bang before dawn. Moscow denied any involvement.", "RUSGOV", "016", "LVA", "happened"),
    ("Sudan accused Chad on Monday of letting weapons reach the RSF through its territory. Chad's army said it had "
     "sent extra units to the eastern border.", "TCDMIL", "154", "SDN", "happened"),
    ("Algerian troops clashed with Moroccan soldiers near Figuig on Thursday. Algeria closed its border crossings on "
     "Friday.", "DZA", "191", "MARMIL", "happened"),
    ("Indian troops shelled Pakistani posts along the Line of Control on Monday. Pakistan's army chief warned that "
     "Pakistan would strike back if the shelling continued.", "PAKMIL", "138", "INDMIL", "happened"),
    ("Kenyan police shut three opposition radio stations on Monday. Hundreds of journalists gathered in Nairobi to "
     "protest against the closures.", "KENMED", "141", "KENCOP", "happened"),
    # (h18l) a quotation that is itself an act (stage eventwire.quote_acts.v1, quote_acts.yaml): a verdict or
    # accusation with no verb of an act, by the speaker, aimed at the doer the quotation names (owner or subject of
    # the cue) or, when it points back ("this", "they", "the attack") or answers by itself ("we will not accept"),
    # at the other party of the story's last conflict event with the speaker's side
    ("China held military drills near Taiwan on Monday. \"This reckless move will not go unanswered,\" Taiwanese "
     "President Lai Ching-te said.", "TWNGOV", "111", "CHN", "happened"),
    ("\"Moscow keeps spreading lies about our army,\" Ukrainian Foreign Minister Andrii Sybiha said on Monday.",
     "UKRGOV", "112", "RUSGOV", "happened"),
    ("Azerbaijan accused Armenian troops of firing across the border. \"Yerevan is again spreading disinformation,\" "
     "Azerbaijani Foreign Ministry spokesman Aykhan Hajizada said.", "AZEGOV", "112", "ARMGOV", "happened"),
    ("\"Beijing's provocations endanger everyone in the region,\" Philippine Defence Secretary Gilberto Teodoro said.",
     "PHLGOV", "111", "CHNGOV", "happened"),
    ("Guyana accused Venezuela of staging an illegal vote in Essequibo on Sunday. \"This is a farce staged for the "
     "cameras,\" Guyanese Foreign Minister Hugh Todd said.", "GUYGOV", "111", "VEN", "happened"),
    ("Israel struck targets in Beirut on Monday. \"We will not accept this,\" Lebanese Prime Minister Nawaf Salam said.",
     "LBNGOV", "111", "ISR", "happened"),
    ("Police in Tbilisi arrested five opposition leaders on Sunday. \"They wanted to overthrow the government, and they "
     "will answer for it,\" Prime Minister Irakli Kobakhidze said.", "GEOGOV", "130", "GEOOPP", "happened"),
    ("Chinese coast guard ships fired water cannon at a Philippine vessel on Tuesday. The Philippine coast guard "
     "called the attack \"unprovoked and reckless\".", "PHLMIL", "111", "CHNMIL", "happened"),
    # (h18j) what a denied report says is coded like any clause, then denied: a passive with no agent is the denier's
    # act when bodies of its kind do such acts; "X were among those detained" says X were detained; an open
    # complement of what is denied is denied; "its" in it is never a person (the denier); a store "of" goods is
    # the goods
    ("Armenian police denied claims that two opposition candidates were among those arrested on Sunday.", "ARMCOP",
     "173", "ARMOPP", "denied"),
    ("The Malian army denied that villagers had been detained during the raid.", "MLIMIL", "173", "MLICVL", "denied"),
    ("Kazakhstan's energy ministry denied reports that it had agreed to sell its stockpile of uranium to China.",
     "KAZGOV", "061", "CHN", "denied"),
    ("Chile's foreign ministry denied reports that a former Bolivian minister had sought refuge at its embassy in "
     "La Paz.", "BOLELI", "0234", "CHLGOV", "denied"),
    ("Peru's foreign ministry said Chile's former defence minister had asked for asylum at its embassy in Santiago.",
     "CHLELI", "0234", "PERGOV", "happened"),
    ("Turkey agreed to sell a cargo of wheat to Egypt.", "TUR", "061", "EGY", "planned"),
    # (h18n) legislative, humanitarian and diplomatic verbs: a veto overridden rejects the vetoer; bodies forced to
    # register as foreign agents are sanctioned; a span of time given to leave is an ultimatum; defensive measures
    # lifted abroad de-escalate; a joint security body set up is military cooperation; clemency and pardons release;
    # a sanctions waiver eases sanctions; war breaking out between two parties is force by each; an expected visit
    # is also the host's; operations with a partner are cooperation; looting a thing seizes it; hacking targets
    ("Poland's parliament overrode the president's veto of the media bill.", "POLLEG", "120", "POLGOV", "happened"),
    ("Hungary's parliament labelled the newspaper as a foreign agent.", "HUNLEG", "172", "HUNMED", "happened"),
    ("Niger's junta gave Orano two months to leave the country.", "NERMIL", "139", "FRABUS", "happened"),
    ("Uganda will lift its defensive measures inside South Sudan.", "UGA", "087", "SSD", "planned"),
    ("Kenya and Somalia will set up a joint security commission.", "KEN", "062", "SOM", "planned"),
    ("The White House granted clemency to two Venezuelan prisoners.", "USAGOV", "084", "VENCVL", "happened"),
    ("The U.S. Treasury issued a sanctions waiver for Iraq.", "USAGOV", "085", "IRQ", "happened"),
    ("Fighting broke out between Ethiopian troops and Eritrean troops in May.", "ETHMIL", "190", "ERIMIL", "happened"),
    ("Fighting broke out between Ethiopian troops and Eritrean troops in May.", "ERIMIL", "190", "ETHMIL", "happened"),
    ("The Indian prime minister is expected in Beijing on Monday.", "CHN", "043", "INDGOV", "planned"),
    ("Kenya put its armed forces on high alert.", "KEN", "152", None, "happened"),
    ("French warplanes will carry out flight operations with the Estonian army next week.", "FRAMIL", "062", "ESTMIL",
     "planned"),
    ("Russian hackers targeted the computer network of Germany's parliament.", "RUS", "170", "DEULEG", "happened"),
    ("Houthi fighters looted a UNICEF convoy in Hodeidah.", "YEMREBHTH", "1711", "IGOUNOICEF", "happened"),
    # (h18m) a party's adjective gives the party's country, not the dateline's
    ("DOHA, May 2 (AFP) - Qatar's prime minister met Hamas leaders in Doha on Friday to revive talks on a ceasefire "
     "in Gaza, a deal the United States backs. Republican senators accused President Donald Trump of ignoring the "
     "hostages.", "USALEG", "112", "USAGOV", "happened"),
    # (h18p) legal challenges are 115 against the other side, never an appeal to the court: a case brought before a
    # court against the story's other side, a court asked to strike down a law against the law's makers; an
    # instrument unsealed or filed is its issuer's act; a mediated deal's parties are the doer and the one acted on;
    # concern over an incident answers who did it; a crossing opened "to" someone is opened to them, not to the
    # neighbour it is shared with; "his" on a reported clause's subject is the reporter's; "on X and on Y" is both
    ("Azerbaijan accused Armenia of planting landmines. Armenia rejected the claim. Azerbaijan then took the dispute "
     "before the International Court of Justice, asking it to uphold a 1994 ceasefire.", "AZE", "115", "ARM", "happened"),
    ("Ukraine's parliament voted to adopt the language law on Tuesday. Hungary said it would ask the European Court "
     "of Justice to annul the law.", "HUN", "115", "UKRLEG", "planned"),
    ("The U.S. Justice Department unsealed an indictment charging four Russian nationals with money laundering.",
     "USAGOV", "173", "RUSCVL", "happened"),
    ("Venezuela freed three Colombian soldiers on Sunday in a swap mediated by Brazil.", "BRA", "045", "VEN", "happened"),
    ("Venezuela freed three Colombian soldiers on Sunday in a swap mediated by Brazil.", "BRA", "045", "COLMIL", "happened"),
    ("Russian warplanes bombed a Turkish convoy near Idlib on Sunday. Greece's foreign ministry voiced deep concern "
     "over the incident.", "GRCGOV", "110", "RUSMIL", "happened"),
    ("Egypt said it would reopen the Rafah crossing with Israel to Red Cross ambulances on Monday.",
     "EGY", "0872", "NGOICRC", "planned"),
    ("Kenyan President William Ruto said he had spoken with French President Emmanuel Macron, and that his government "
     "had asked the African Union to convene an emergency summit.", "KENGOV", "026", "IGOAFRAFU", "happened"),
    ("The EU imposed sanctions on Russia's defence ministry and on former president Dmitry Medvedev.",
     "IGOEUREEC", "163", "RUSELI", "happened"),
    # (h18a) passive, participial and reported forms of coded acts: a passive relative clause on talks ("talks that
    # were brokered by X") is towards the talks' parties like the reduced participle; a body "led by" or "headed
    # by" people that names no actor itself is its leaders; a participle on an instrument enacted ("signed a
    # decree banning") is its enacter's act; an act called a warning to someone in a statement warns them
    ("Ethiopia and Eritrea agreed to reopen the border during talks in Jeddah that were brokered by Saudi Arabia.",
     "SAU", "045", "ERI", "happened"),
    ("The two delegations, led by Indian Foreign Minister Subrahmanyam Jaishankar and his Chinese counterpart Wang Yi, "
     "met in New Delhi on Monday.", "INDGOV", "040", "CHNGOV", "happened"),
    ("Macron said a delegation led by Foreign Minister Jean-Noel Barrot would hold talks with Algerian officials.",
     "FRAGOV", "040", "DZAGOV", "planned"),
    ("Museveni signed a law banning imports of sugar from Kenya.", "UGAGOV", "163", "KEN", "happened"),
    ("Erdogan signed orders imposing duties on steel from China.", "TURGOV", "163", "CHN", "happened"),
    ("North Korea's army said the missile launches were a stern warning to South Korean forces.", "PRKMIL", "130",
     "KORMIL", "happened"),
    # (h18d) a march whose purpose clause demands something of X is a demonstration against X, also after a fronted
    # place phrase; aid let into a place (an unknown name after "into" is where, not whom; the object of "allowed"
    # read as the infinitive's subject); money given as aid to "each of" a group; a business nationalised is
    # property seized from its owner named by "operated by"; asking a body to hold a session is an appeal to meet
    ("In Jaramana, hundreds of Syrian Druze residents marched on Sunday to demand that the authorities let medicine "
     "into the town.", "SYRCVL", "141", "SYRGOV", "happened"),
    ("Hundreds of Iraqi students marched on Monday to demand that the government reopen the universities.",
     "IRQEDU", "141", "IRQGOV", "happened"),
    ("Egypt's army allowed medical supply trucks into Sheikh Zuweid.", "EGYMIL", "0863", None, "happened"),
    ("Egypt said it had allowed the first relief lorries to cross into Gaza.", "EGY", "0863", "PSE", "happened"),
    ("Israel let 150 aid trucks enter Gaza on Sunday.", "ISR", "0863", "PSE", "happened"),
    ("A Philippine fishing boat capsized near Scarborough Shoal. Philippine authorities handed each of the "
     "fishermen 10,000 pesos in emergency assistance.", "PHLGOV", "073", "PHLAGR", "happened"),
    ("Burkina Faso's junta nationalised two gold mines owned by Orano.", "BFAMIL", "1711", "FRABUS", "happened"),
    # ... and so is a permit or licence withdrawn from its holder
    ("Mali's government cancelled the exploration permits of two Australian companies.", "MLIGOV", "1711", "AUSBUS",
     "happened"),
    ("Iran asked the U.N. Security Council to hold an urgent meeting on the strikes.", "IRN", "026", "IGOUNOSC",
     "happened"),
    # (h18c) an unknown name apposed to "the main party of X" is a party of X; a place noun after "in" says where
    # offices were closed, their owner is whom the closing is aimed at
    ("Nova Voz, the main party of Bosnian Croats, urged its supporters to protest against the Bosnian government on "
     "Monday.", "BIHOPP", "141", "BIHGOV", "planned"),
    ("Kosovo police shut the offices of Belgrade-funded bodies in four northern municipalities.", "XKXCOP", "161",
     "SRB", "happened"),
    # (h18c) foreign forces detected near a place show force against the place's country, not the detector
    ("Estonia's army said it had spotted two Russian fighter jets near Tallinn.", "RUSMIL", "150", "EST",
     "happened"),
    # (h17c) force and crowd control aimed at who is there: "them" in a purpose clause is never the clause's own
    # controller (the police), and a group named by a singular noun ("the ruling ... party") is "it", not "them";
    # the target of "opened fire with small arms on" hangs on the weapon; a home or settlement struck is its
    # people (the dateline's country when no place is known and the attacker is foreign or insurgent); sites
    # and infrastructure struck are the country of the place they are in, also after "what it called"
    ("Hundreds of demonstrators gathered outside the presidential palace in Dhaka on Friday, and police fired tear "
     "gas to disperse them.", "BGDCOP", "175", "BGDCVL", "happened"),
    ("Thousands of farmers blocked roads outside Lahore on Monday, hours after the ruling Pakistan Muslim League party "
     "won a by-election. Police used water cannon to push them back.", "PAKCOP", "175", "PAKAGR", "happened"),
    ("Kyrgyzstan's defence ministry said Tajik troops had opened fire with small arms on its positions near Batken.",
     "TJKMIL", "193", "KGZMIL", "happened"),
    ("GOMA, June 2 (Reuters) - The army said Ugandan soldiers had shelled a village near the border on Sunday.",
     "UGAMIL", "194", "CODCVL", "happened"),
    ("NIAMEY, March 4 (AFP) - Niger accused Mali of sheltering jihadists who attacked a town in the west overnight, "
     "killing 12 people.", "NERREB", "190", "NERCVL", "happened"),
    # (h18f) people named by what they oppose are the opposition
    ("Opponents of the Kenyan president marched in Mombasa on Saturday.", "KENOPP", "141", "KEN", "happened"),
    ("Ugandan police arrested a critic of the president in Kampala.", "UGACOP", "173", "UGAOPP", "happened"),
    # (h18f) a country written in the wrong case is still the country when the parse reads it as a name, or as a
    # nationality on an actor noun
    ("Thai troops clashed with cambodian soldiers near the border.", "THAMIL", "190", "KHMMIL", "happened"),
    ("Sweden pledged to send aid to jordan.", "SWE", "033", "JOR", "happened"),
    ("Canada signed a trade deal with mexico on Tuesday.", "CAN", "057", "MEX", "happened"),
    ("Thailand struck what it called military targets at three sites in Cambodia on Thursday.", "THA", "190", "KHM",
     "happened"),
    # (h17i) trade measures are aimed at where the goods come from: made in X, X-made, from X, imports of X's
    # goods (a region's adjective is its trade bloc's when the story names the bloc); a trade-remedy
    # investigation into another's goods is a trade measure (163), not an inquiry (090)
    ("Washington imposed tariffs on solar panels manufactured in Vietnam.", "USAGOV", "163", "VNM", "happened"),
    ("Ottawa slapped duties on lumber shipped from Brazil.", "CANGOV", "163", "BRA", "happened"),
    ("Turkey banned imports of Indian-made generic drugs.", "TUR", "163", "IND", "happened"),
    ("The EU filed its case. Tokyo imposed duties on imports of European whisky.", "JPNGOV", "163", "IGOEUREEC",
     "happened"),
    ("Australia launched an anti-dumping investigation into Chinese aluminium.", "AUS", "163", "CHN", "happened"),
    ("India opened an anti-subsidy probe into glass produced in Malaysia.", "IND", "163", "MYS", "happened"),
    # (h17i) a measure fought at the WTO or in court is legal action at its author (115 planned), never force; a
    # ruling not accepted after a measure on the speaker's country rejects its author (120); a complaint filed at or
    # under a trade body's mechanism is against who last coerced the complainant (115); "all necessary measures"
    # vowed in a dispute threaten that side (130)
    ("Washington imposed duties on Indian shrimp. New Delhi pledged to challenge the duties at the WTO.", "INDGOV",
     "115", "USAGOV", "planned"),
    ("Canada raised tariffs on Japanese cars. Tokyo said it did not accept the ruling.", "JPNGOV", "120", "CAN",
     "happened"),
    ("Canada raised tariffs on Japanese cars. Tokyo lodged a complaint at the World Trade Organization.", "JPNGOV",
     "115", "CAN", "happened"),
    ("Indonesia banned nickel exports to the EU. Brussels filed a case under the WTO's dispute settlement rules.",
     "IGOEUREEC", "115", "IDN", "happened"),
    ("Mexico imposed tariffs on Chinese shoes. Beijing said it would take all necessary measures to safeguard its "
     "interests.", "CHNGOV", "130", "MEX", "happened"),
    # the killings, shootings or deaths condemned are the shooters' ("shot dead" told before)
    ("Ugandan police shot dead three students in Kampala on Monday. The opposition condemned the killings.",
     "UGAOPP", "111", "UGACOP", "happened"),
    ("Zambian soldiers shot dead two miners near Kitwe. Amnesty International condemned the shootings.",
     "NGOAMN", "111", "ZMBMIL", "happened"),
    # (h16o) talks or a ceasefire ruled out are refused (125, 1246); ships sent by a navy or coast guard are
    # forces deployed (154), as a destroyer sent by a state; a commitment stood by is an intent to cooperate (030)
    ("The Israeli government ruled out talks with Hamas on Sunday.", "ISRGOV", "125", "PSEREBHMS", "happened"),
    ("Moscow ruled out any ceasefire with Ukraine before its conditions are met.", "RUSGOV", "1246", "UKR",
     "happened"),
    ("Russia ruled out a withdrawal of its troops from Syria.", "RUS", "1246", "SYR", "happened"),
    # ... and the withdrawal ruled out did not happen
    ("Russia ruled out a withdrawal of its troops from Syria.", "RUSMIL", "0874", "SYR", "denied"),
    ("The Chinese navy dispatched three more vessels to the disputed reef.", "CHNMIL", "154", None, "happened"),
    ("Britain sent a destroyer to the Red Sea on Monday.", "GBR", "154", None, "happened"),
    ("Tokyo stood by its commitments to Manila, the foreign minister said.", "JPNGOV", "030", "PHL", "happened"),
    # (h16n) a reported act that is itself a wrong accuses its doer (112); a disgrace of the country said of
    # someone is disapproval (111); a price warned of on a condition threatens the condition's subject (130)
    ("Thailand's army said Cambodian soldiers had violated the truce near the temple.", "THAMIL", "112", "KHMMIL",
     "happened"),
    ("The Japanese coast guard said a Chinese survey ship had illegally entered its waters.", "JPNMIL", "112", "CHN",
     "happened"),
    ("Kavelashvili said the opposition leaders had disgraced the nation.", "GEOGOV", "111", "GEOOPP", "happened"),
    ("Erdogan warned that Athens would pay a heavy price if it armed the islands.", "TURGOV", "130", "GRCGOV",
     "happened"),
    # an act ruled out is denied, like one refused (modality.yaml particle_denial_verbs)
    ("The M23 ruled out withdrawing from Goma.", "CODREBMTT", "0874", "COD", "denied"),
    # (h16m) a vessel blocked at sea is movement restricted (191), active and passive
    ("Chinese coast guard vessels blocked a Philippine research vessel near Second Thomas Shoal on Monday.", "CHNMIL",
     "191", "PHL", "happened"),
    ("A Vietnamese fishing vessel was blocked by Chinese coast guard ships near the Paracels on Sunday.", "CHNMIL",
     "191", "VNMCVL", "happened"),
    # (h16m) a joint sail is a joint military activity, planned (062)
    ("Japan and Australia will hold a joint sail in the South China Sea next week.", "JPN", "062", "AUS", "planned"),
    # troops, forces or ships expelled are withdrawn by force (166), not diplomats sent home (161)
    ("The juntas of Mali, Burkina Faso and Niger, which expelled French troops, formed a confederation.",
     "NER", "166", "FRAMIL", "happened"),
    ("Niger's junta expelled French troops last year.", "NERMIL", "166", "FRAMIL", "happened"),
    ("The Chinese coast guard expelled two Philippine vessels near Scarborough Shoal.", "CHNMIL", "166", "PHL",
     "happened"),
    ("The Malian junta kicked out French forces in 2022.", "MLIMIL", "166", "FRAMIL", "happened"),
    # welcoming a declaration or decision endorses it (051); no host's welcome
    ("Kenya welcomed the American declaration.", "KEN", "051", "USA", "happened"),
    ("Tshisekedi welcomed the Doha declaration.", "CODGOV", "051", "QAT", "happened"),
    # "call X a <noun>": name-calling, in the parser's readings (X dobj + noun oprd; X oprd + noun dobj)
    ('China called President Lai Ching-te a "parasite".', "CHN", "111", "TWNGOV", "happened"),
    ('Iran called President Trump a "gangster".', "IRN", "111", "USAGOV", "happened"),
    ("Zelensky called President Putin a terrorist.", "UKRGOV", "111", "RUSGOV", "happened"),
    # military aircraft, ships or air defences destroyed: an attack on their owner (195 with missiles or drones)
    ("Ukraine's SBU security service said its drones had destroyed 41 Russian aircraft at four air bases deep "
     "inside Russia on Sunday.", "UKRSPY", "195", "RUS", "happened"),
    ("The Ukrainian army said it had destroyed a Russian warship in the Black Sea.", "UKRMIL", "190", "RUSMIL",
     "happened"),
    ("Israel destroyed Iranian air defence systems.", "ISR", "190", "IRN", "happened"),
    ("Russia destroyed Ukrainian fighter jets with missiles.", "RUS", "195", "UKRMIL", "happened"),
    # foreign military aircraft or ships detected: a show of force by their owner against the detector, or (h18c)
    # against the country of the place they were detected near
    ("Taiwan's defence ministry said it had detected 23 Chinese military aircraft and seven navy ships operating "
     "around the island on Wednesday.", "CHNMIL", "150", "TWNMIL", "happened"),
    ("Japan's defence ministry said it had spotted four Chinese warships near Okinawa.", "CHNMIL", "150", "JPN",
     "happened"),
    # an ambassador recalled "to X" is recalled from X, each conjunct
    ("Iran recalled its ambassadors to Germany, France and Britain.", "IRN", "161", "DEU", "happened"),
    ("Iran recalled its ambassadors to Germany, France and Britain.", "IRN", "161", "GBR", "happened"),
    # the snapback of sanctions triggered is sanctions imposed
    ("Britain, France and Germany triggered the snapback mechanism against Iran.", "GBR", "163", "IRN", "happened"),
    # "ordered X jailed / held": the order jails them
    ("A Turkish court ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial.", "TURJUD", "173", "TUROPP",
     "happened"),
    ("A Pakistani court ordered Imran Khan held in custody.", "PAKJUD", "173", "PAKOPP", "happened"),
    # a state body dissolved is an administrative sanction on it (172)
    ("Madagascar's military dissolved the senate.", "MDGMIL", "172", "MDGLEG", "happened"),
    # impeachment is an administrative sanction (172), no arrest
    ("Madagascar's lawmakers voted to impeach Rajoelina.", "MDGLEG", "172", "MDGGOV", "happened"),
    # violating a deal or breaching an agreement is a plain accusation (112), not of aggression (1123)
    ("Britain, France and Germany accused Iran of violating the 2015 nuclear deal.", "GBR", "112", "IRN", "happened"),
    ("China accused the Philippines of breaching the agreement.", "CHN", "112", "PHL", "happened"),
    # a response or retaliation threatened with no military means named is a threat, not of force (130)
    ("Iran warned the United States that it would respond firmly.", "IRN", "130", "USA", "happened"),
    ("China vowed to retaliate against the United States.", "CHN", "130", "USA", "happened"),
    # urging to accept talks is an appeal to negotiate (026), not to yield (025)
    ("Trump urged Iran to accept direct talks.", "USAGOV", "026", "IRN", "happened"),
    ("The EU urged Serbia to accept direct talks with Kosovo.", "IGOEUREEC", "026", "SRB", "happened"),
    # ready to resume diplomacy: intent to meet or negotiate (036)
    ("Witkoff said the United States was ready to resume diplomacy with Tehran.", "USAGOV", "036", "IRNGOV",
     "happened"),  # (h32b: a country its own government speaks of is that government, own_government_clause)
    ("Araghchi said Tehran was ready to resume diplomacy with Washington.", "IRNGOV", "036", "USAGOV", "happened"),
    # a call held with X is a telephone call (041)
    ("Japan's trade negotiator held a two-hour call with U.S. Commerce Secretary Howard Lutnick.", "JPN", "041",
     "USAGOV", "happened"),
    ("Modi held a 40-minute call with Trump.", "INDGOV", "041", "USAGOV", "happened"),
    # --- second review (items 1-16) ---
    # a treaty or agreement suspended reduces relations with its other party (160), not a rejection (120)
    ("India had suspended the Indus Waters Treaty, a decades-old water-sharing agreement with Pakistan.", "IND", "160",
     "PAK", "happened"),
    ("Russia suspended the grain deal with Ukraine.", "RUS", "160", "UKR", "happened"),
    # force threatened "unless" someone yields is aimed at whoever must yield
    ("Haitian gang leader Jimmy Cherizier said his fighters would attack the National Palace unless the presidential "
     "council resigned.", "HTIREB", "138", "HTIGOV", "happened"),
    # a retreat from a town at home is a retreat, towards the town's country; "began withdrawing" too
    ("Syrian government troops began withdrawing from Sweida on Tuesday.", "SYRMIL", "0874", "SYR", "happened"),
    # forces deployed, in the passive: by their owner
    ("Ethiopian troops were deployed near the Eritrean border.", "ETHMIL", "154", "ERI", "happened"),
    ("Russian tanks were massed near the Ukrainian border.", "RUS", "154", "UKR", "happened"),
    # a party barred from a vote is banned (1722)
    ("The election commission barred Chadema from the vote.", "TZAGOV", "1722", "TZAOPPCHD", "happened"),
    # fighting between two sides: force each way
    ("Hundreds were killed in fighting between the Sudanese army and the RSF.", "SDNMIL", "190", "SDNREBRSF", "happened"),
    ("Hundreds were killed in fighting between the Sudanese army and the RSF.", "SDNREBRSF", "190", "SDNMIL", "happened"),
    ("Clashes between Israeli forces and Hezbollah continued.", "LBNREBHEZ", "190", "ISRMIL", "happened"),
    # an attack repelled: force against the attackers
    ("RSF fighters stormed the base before the Sudanese army repelled the assault.", "SDNMIL", "190", "SDNREBRSF",
     "happened"),
    ("Al-Shabaab fighters attacked the base but Somali troops repelled the attack.", "SOMMIL", "190", "SOMREBSHB",
     "happened"),
    # police or peacekeepers promised: intent to protect (0334); troops or arms asked for: military aid (0232)
    ("Ruto promised to send 600 additional police officers to Haiti.", "KENGOV", "0334", "HTI", "happened"),
    ("Haiti's council urged the UN to send more troops and equipment.", "HTI", "0232", "IGOUNO", "happened"),
    ("Zelensky urged the European Union to provide more weapons.", "UKRGOV", "0232", "IGOEUREEC", "happened"),
    # halting what is no use of force: an appeal to yield (025); to respect international law: an appeal (020)
    ("Haiti called on Santo Domingo to halt the expulsions.", "HTI", "025", "DOMGOV", "happened"),
    ("Iran called on Washington to respect international law.", "IRN", "020", "USAGOV", "happened"),
    # military ties strengthened: intent to cooperate militarily (0312)
    ("Putin pledged to strengthen military cooperation with North Korea.", "RUSGOV", "0312", "PRK", "happened"),
    # force the state's leader announces for it: a threat (138), as "Iran said it would strike"
    ("Netanyahu said Israel would keep attacking Syrian government forces until they withdrew.", "ISRGOV", "138",
     "SYRMIL", "happened"),
    # a relative clause's object is its antecedent, not the predicate noun
    ("Venezuela's Maduro denounced the Tren de Aragua gang, which Washington has designated a terrorist "
     "organization.", "USAGOV", "163", "VENCRMTDA", "happened"),
    # an armed group to be neutralised: planned force, not cooperation with it
    ("Kinshasa agreed to neutralise the FDLR.", "CODGOV", "190", "RWAREBFDL", "planned"),
    # a commitment to defend another: intent to protect (0334)
    ("Washington reaffirmed its commitment to defend the Philippines.", "USAGOV", "0334", "PHL", "happened"),
    # a denial of the accusation the sentence just made rejects it (ANNOTATION.md: REJECT, 120), aimed at the
    # accuser: in a relative clause ("which") and in a reduced one on a noun of accusation ("a charge X rejected")
    ("Kenya's opposition accused President William Ruto of rigging the vote, which his office denied.",
     "KENGOV", "120", "KENOPP", "happened"),
    ("Armenian opposition leaders accused Pashinyan of betraying national interests, a charge his government rejected.",
     "ARMGOV", "120", "ARMOPP", "happened"),
    ("Congo's government accused Rwanda of sending troops to support the rebels, an accusation Kigali denied.",
     "RWAGOV", "120", "CODGOV", "happened"),
    # a relative clause with no pronoun has the noun it is on as its object
    ("Ukraine said the drones Iran supplied to Russia were used in the attack.", "IRN", "072", "RUS", "happened"),
    ("The sanctions the European Union imposed on Russia in 2022 remain in force.", "IGOEUREEC", "163", "RUS", "happened"),
    # rights or a licence granted is economic cooperation, the recipient hung on the object by the parser
    ("Armenia will grant the United States exclusive development rights to a transit corridor.",
     "ARM", "061", "USA", "planned"),
    ("Venezuela gave Chevron a licence to pump oil.", "VEN", "061", "USABUS", "happened"),
    # --- fourth review (issue 4, review round 4) ---
    # a warrant reinstated or renewed is a warrant issued (173)
    ("Colombian President Gustavo Petro reinstated arrest warrants against 31 ELN leaders.", "COLGOV", "173",
     "COLREBELN", "happened"),
    # "provided X with shelter and food": aid to X (073); with weapons, military aid (072)
    ("Venezuela provided Colombian refugees with shelter and food.", "VEN", "073", "COLREF", "happened"),
    ("Thousands of Colombian refugees fled across the border. Venezuela was providing them with shelter and food.",
     "VEN", "073", "COLREF", "happened"),
    ("Iran provided the Houthis with weapons.", "IRN", "072", "YEMREBHTH", "happened"),
    # exercises ordered: a show of force by who orders them
    ("Maduro ordered military exercises along the coast.", "VENGOV", "150", None, "happened"),
    # standing by an ally named in the phrase is support (051)
    ("Moscow stood by its ally Iran.", "RUSGOV", "051", "IRN", "happened"),
    # engaging with someone is consultation (040); only armed forces engaging with others fight
    ("The United States engaged with Iran.", "USA", "040", "IRN", "happened"),
    # an attack called or described as a crime, an act of terrorism, an execution: disapproval of the attacker
    ("Iran called the Israeli strikes a crime.", "IRN", "111", "ISR", "happened"),
    ("Russia called Ukraine's attack a terrorist act.", "RUS", "111", "UKR", "happened"),
    ("Venezuela described the US strikes as extrajudicial executions.", "VEN", "111", "USA", "happened"),
    # ... and one called a success is praise of the attacker
    ("Trump called the Israeli strikes a great success.", "USAGOV", "051", "ISR", "happened"),
    # armed forces driving an armed group from a place use force (190), no diplomatic expulsion (161)
    ("The army expelled the RSF from the capital Khartoum.", "SDNMIL", "190", "SDNREBRSF", "happened"),
    # support ended for a group is support reduced (162), no de-escalation with it
    ("Kigali pledged to end support for M23.", "RWAGOV", "162", "CODREBMTT", "planned"),
    # a ceasefire called for is one whatever its adjective (0256, not humanitarian aid 0233)
    ("Egypt called for a three-month humanitarian ceasefire in Sudan.", "EGY", "0256", "SDN", "happened"),
    ("Egypt called for a humanitarian pause in Gaza.", "EGY", "0256", "PSE", "happened"),
    # assuring someone that one's side will act is an intent to cooperate (030)
    ("Wang Yi assured Indian Foreign Minister Subrahmanyam Jaishankar that Beijing would address India's needs.",
     "CHNGOV", "030", "INDGOV", "happened"),
    # an invitation accepted to attend or visit: the visit planned
    ("Modi accepted an invitation to attend a summit in Tianjin.", "INDGOV", "042", "CHN", "planned"),
    ("Iran accepted an invitation to visit China.", "IRN", "042", "CHN", "planned"),
    # fourteenth pass (set B): vessels driven away are coerced (170), also in an infinitive the parser hangs on
    # the noun as a relative clause; a place taken "from" someone is taken from them; an exchange of fire
    ("Chinese ships chased off a Philippine vessel near the shoal.", "CHN", "170", "PHL", "happened"),
    ("Chinese ships chased a Philippine supply boat near the shoal.", "CHN", "170", "PHL", "happened"),
    # a distributive phrase after the object says who the object is ("five people, all members of the opposition")
    ("Kenyan police detained five people, all members of the opposition.", "KENCOP", "173", "KENOPP", "happened"),
    # every person a warrant is for, also the one the parser joined to the verb; a parliament's speaker is LEG
    ("Bosnia's state court issued arrest warrants for the region's prime minister, Radovan Viskovic, and the "
     "speaker of its parliament, Nenad Stevandic.", "BIHJUD", "173", "BIHLEG", "happened"),
    # a ship seized is property seized (1711), not territory (192); backing "the decision" backs its maker
    ("Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz.",
     "IRNMIL", "1711", "MHLBUS", "happened"),
    ("Niger's junta expelled the European Union's ambassador on Tuesday. Mali and Burkina Faso backed the "
     "decision.", "MLI", "051", "NERMIL", "happened"),
    # pulling out of talks halts negotiations (164); pulling out of a country is a withdrawal
    ("Belarus pulled out of the talks with Lithuania.", "BLR", "164", "LTU", "happened"),
    # ... and a visit made to a country is its hosting by that country
    ("Min Aung Hlaing arrived in Beijing on Friday for talks.", "CHN", "043", "MMRMIL", "happened"),
    # ships shadowed or tracked are watched (150), not chased
    ("Japan's coast guard shadowed two Russian warships near Hokkaido.", "JPNMIL", "150", "RUSMIL", "happened"),
    # an aid group halting its work somewhere stops its humanitarian aid there
    ("Medecins Sans Frontieres suspended its operations in Upper Nile.", "NGOMSF", "1623", "SSD", "happened"),
    # two parties who discussed something together consulted each other
    ("Min Aung Hlaing arrived in Beijing on Friday. Xi Jinping welcomed him. The two leaders discussed border "
     "security.", "CHNGOV", "040", "MMRMIL", "happened"),
    # countermeasures one says one will take are a threat made, against whom they would answer
    ("China said it would take \"resolute countermeasures\" if Japan interfered in Taiwan.", "CHN", "130", "JPN",
     "happened"),
    # negotiations concluded are an agreement reached, by each side
    ("India and the European Union concluded negotiations on a free trade agreement.", "IGOEUREEC", "057", "IND",
     "happened"),
    # protests or strikes called for by their organisers are planned
    ("Chadema on Thursday rejected the election and called for fresh protests next week.", "TZAOPPCHD", "141",
     "TZAGOV", "planned"),
    ("Kenya's opposition called for a general strike next week.", "KENOPP", "143", "KENGOV", "planned"),
    # accusations or threats traded by two sides: each to the other; "provide X with <arms>"; fines; stripped
    # of citizenship with "of" hung on the object
    ("Kyiv and Moscow traded accusations over the attack.", "RUSGOV", "112", "UKRGOV", "happened"),
    ("Ethiopia and Eritrea traded threats over access to the Red Sea.", "ERI", "130", "ETH", "happened"),
    ("Germany will provide Ukraine with two more Patriot air defence systems.", "DEU", "072", "UKR", "planned"),
    ("A Russian court fined an American journalist.", "RUSJUD", "172", "USAMED", "happened"),
    ("Nicaragua stripped 94 opposition figures of their citizenship.", "NIC", "1722", "NICOPP", "happened"),
    # warplanes, bombers or drones sent near or into a country are forces deployed (154)
    ("China sent 30 warplanes near Taiwan on Sunday.", "CHN", "154", "TWN", "happened"),
    # "a charge X denied" after an accusation: X rejects the accuser's charge
    ("Borno governor Babagana Zulum accused some security personnel of colluding with the insurgents, a charge "
     "the Nigerian military has rejected.", "NGAMIL", "120", "NGAGOV", "happened"),
    # an act told with who claimed it ("the strike, which was claimed by X") is X's
    ("The strike, which was claimed by the Islamic State, killed 12 soldiers in Niger.", "IMGREBISL", "190",
     "NERMIL", "happened"),
    # sanctions that "target" someone are sanctions on them by who imposed them, no attack
    ("Britain imposed new sanctions on Monday. The measures target 12 Russian banks.", "GBR", "163", "RUSBUS",
     "happened"),
    # "discuss X with Y" with the "with" hung on the object; aid let into a place (0863)
    ("The UAE will discuss the designations with British officials.", "ARE", "040", "GBRGOV", "planned"),
    ("Israel allowed 100 trucks of aid into Gaza on Sunday.", "ISR", "0863", "PSE", "happened"),
    # armed forces raising their alert or readiness: the military's alert (152)
    ("Taiwan's military raised its alert level on Sunday.", "TWNMIL", "152", None, "happened"),
    # an act a speaker's side "could" do unless (if ... not) the other acts is a threat
    ("Kallas said Brussels could suspend its remaining budget support to Niger if the junta did not reverse the "
     "expulsion.", "IGOEUREEC", "1311", "NER", "happened"),
    # hosting a person or delegation from abroad is also their visit (ANNOTATION.md: visits both ways)
    ("Tiani hosted Russian Deputy Defence Minister Yunus-Bek Yevkurov in Niamey last week.", "RUSMIL", "042",
     "NERMIL", "happened"),
    ("Egypt hosted Hamas negotiators in Cairo.", "PSEREBHMS", "042", "EGY", "happened"),
    # ... and a decision rejected with no deed shortly before is the lead's deed done to the speaker's country
    ("The International Criminal Court issued an arrest warrant on Thursday for a Libyan militia commander. "
     "Prosecutor Karim Khan had asked judges in May to approve it. Khan said the evidence was strong. Human "
     "rights groups praised the court. Families of victims held a vigil. The Libyan National Army dismissed "
     "the decision within hours.", "LBYMILLNA", "120", "IGOJUDICC", "happened"),
    # a release asked for is aimed at who took the people released, however far back: the taker of the same
    # people, or of anyone when they are only "those detained"
    ("Tanzanian police arrested hundreds of protesters on Wednesday. The opposition rejected the result. "
     "Chadema called for new protests. Observers said the vote was flawed. The internet was cut. Schools were "
     "closed. The U.N. human rights office called for the release of all those detained for peacefully "
     "expressing their views.", "IGOUNOHCHR", "0253", "TZACOP", "happened"),
    ("Kosovo police arrested three Serbian citizens on Monday. Vucic denied any link. Kurti accused Belgrade. "
     "The EU urged calm. Serbia raised its army's readiness. Petar Petkovic, the head of Serbia's office for "
     "Kosovo, demanded the immediate release of the three men.", "SRBGOV", "1053", "XKXCOP", "happened"),
    # ... also when the lead is far back and "made no arrests" comes between (no decision made)
    ("Niger's junta expelled the European Union's ambassador on Tuesday. The EU rejected the accusations. "
     "Kallas said the bloc regretted it. An EU spokesperson said the envoy would leave on Friday. About 200 "
     "people rallied outside the EU delegation in Niamey. Police watched from a distance and made no arrests. "
     "Tiani hosted a Russian minister last week. Mali and Burkina Faso backed the decision in a joint "
     "statement.", "BFA", "051", "NERMIL", "happened"),
    # who mediated together with the speaker is no side ("Qatar, which together with Turkey brokered ...")
    ("Pakistani jets struck Afghanistan on Tuesday. Afghan forces hit back at Pakistan. Qatar, which together "
     "with Turkey brokered a ceasefire between the two neighbours in October, called on both sides to show "
     "restraint.", "QAT", "0256", "AFG", "happened"),
    # the agent of a passive the parser hung on its phrase's noun
    ("Chadema was barred from the race by Tanzania's electoral commission.", "TZAGOV", "1722", "TZAOPPCHD",
     "happened"),
    # a release demanded is aimed at the captor told just before, not at the people held
    ("Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker on Thursday. India demanded the "
     "release of its crew.", "IND", "1053", "IRNMIL", "happened"),
    ("Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker on Thursday. The UN called for the "
     "release of the crew.", "IGOUNO", "0253", "IRNMIL", "happened"),
    # people handed over are released (0841); control or documents handed over are not (below, ABSENT)
    ("Under the deal, Thailand will release 18 Cambodian soldiers, while Cambodia will hand over two Thai villagers "
     "who were detained by Cambodian border police in August.", "KHM", "0841", "THACVL", "planned"),
    # a volley is what it is a volley of ("a barrage of ballistic missiles" is no artillery, 194)
    ("The Houthis fired a barrage of ballistic missiles at Israel.", "YEMREBHTH", "190", "ISR", "happened"),
    ("Russian forces fired a barrage at Ukrainian positions.", "RUSMIL", "194", "UKR", "happened"),
    # "the actions of X" name who acts (coref.yaml agentive_of_nouns), as "the shelling of X" names who is struck
    ("The Philippines condemned the dangerous actions of the Chinese coast guard.", "PHL", "111", "CHNMIL", "happened"),
    # talks suspended "on" joining someone are talks with them
    ("Georgia suspended talks on joining the European Union.", "GEO", "164", "IGOEUREEC", "happened"),
    ("China's coast guard said it had taken necessary measures to drive away Philippine vessels.", "CHNMIL", "170",
     "PHL", "happened"),
    ("The EU said it would take measures to sanction Russian banks.", "IGOEUREEC", "163", "RUSBUS", "planned"),
    ("Congo's army recaptured the town of Bunia from M23 rebels on Friday.", "CODMIL", "192", "CODREBMTT", "happened"),
    ("Beninese troops retook the state broadcaster after an exchange of fire with Burkinabe soldiers.",
     "BENMIL", "193", "BFAMIL", "happened"),
    ("Manila asserted that Chinese ships had rammed its vessel.", "PHLGOV", "112", "CHN", "happened"),
    # the predicate the parser reads as a second object ("designated Hezbollah[dobj] a terrorist organisation[dobj]")
    ("The United States designated Hezbollah a foreign terrorist organisation in May.", "USA", "163", "LBNREBHEZ",
     "happened"),
    ("Iran announced counter-sanctions against 20 European officials.", "IRN", "163", "EURGOV", "happened"),
    # a call to quit a treaty is a plain appeal (020), no military de-escalation (0256)
    ("Iranian hardline lawmakers have called on the government to withdraw from the nuclear Non-Proliferation Treaty.",
     "IRNLEG", "020", "IRNGOV", "happened"),
    # --- unauthored acts and appeals (fourteenth pass) ---
    # what a speaker called an act is the act: the attempt condemned is who tried, told before
    ("A group of soldiers seized the state broadcaster in Benin on Sunday and announced the removal of President "
     "Patrice Talon. The Economic Community of West African States condemned what it called an attempt to subvert "
     "the will of the people.", "IGOWAFWAS", "111", "BENMIL", "happened"),
    ("Russia struck Kyiv overnight. Ukraine condemned what it called a barbaric attack.", "UKR", "111", "RUS",
     "happened"),
    # "the perpetrators", "those responsible": the doers of the story's act
    ("Gunmen attacked a police station in northern Nigeria on Sunday. The governor condemned the perpetrators.",
     "NGAGOV", "111", "NGAUAF", "happened"),
    # a call for someone to be held accountable or brought to justice accuses them (112)
    ("Gunmen attacked a police station in northern Nigeria on Sunday. President Bola Tinubu called for those "
     "responsible to be brought to justice.", "NGAGOV", "112", "NGAUAF", "happened"),
    ("The United Nations demanded that Russia be held accountable.", "IGOUNO", "112", "RUS", "happened"),
    # an appeal for calm with no addressee is to the two sides of the story's conflict, one event each
    ("Thai and Cambodian troops clashed along the disputed border on Thursday. China called for de-escalation.",
     "CHN", "0256", "THAMIL", "happened"),
    ("Thai and Cambodian troops clashed along the disputed border on Thursday. China called for de-escalation.",
     "CHN", "0256", "KHMMIL", "happened"),
    ("Thai and Cambodian troops clashed along the disputed border on Thursday. The European Union urged restraint.",
     "IGOEUREEC", "0256", "KHMMIL", "happened"),
    ("Sudan's army and the Rapid Support Forces clashed in El Fasher on Sunday. Egypt appealed for calm.",
     "EGY", "0256", "SDNREBRSF", "happened"),
    ("Sudan's army and the Rapid Support Forces clashed in El Fasher on Sunday. Egypt appealed for calm.",
     "EGY", "0256", "SDNMIL", "happened"),
    ("Thai and Cambodian troops clashed along the disputed border on Thursday. Malaysia called for dialogue.",
     "MYS", "026", "THAMIL", "happened"),
    # --- fourteenth pass: senses ---
    # the removal of one office holder announced is a removal from office (1722), as "removed X from office" is
    ("Soldiers announced the removal of President Patrice Talon on state television.", "BENMIL", "1722", "BENGOV",
     "happened"),
    # a building, facility or outlet seized is property seized (1711), not people arrested
    ("Mutineers briefly seized the state broadcaster in Cotonou.", "BENMIL", "1711", "BENMED", "happened"),
    ("Houthi forces seized the UN compound in Sanaa.", "YEMREBHTH", "1711", "IGOUNO", "happened"),
    # ... but a military site taken is a military capture (192)
    ("The Arakan Army said it had captured a battalion headquarters in Rakhine state after weeks of fighting.",
     "MMRREBAA", "192", "MMRMIL", "happened"),
    # --- fourteenth pass: arguments and referents from set B ---
    # people an apposition or partitive says are mostly soldiers are soldiers; "the detainees" are those arrested
    ("Benin's government said it had arrested 14 people, most of them soldiers, after foiling a coup.", "BENGOV", "173",
     "BENMIL", "happened"),
    ("Benin's government said it had arrested 14 people, most of them soldiers. Prosecutors charged the detainees with "
     "treason.", "BENJUD", "173", "BENMIL", "happened"),
    ("Human rights groups accused Kenyan police of torture.", "NGOHRI", "112", "KENCOP", "happened"),  # (h27c)
    # "the federal government" is a federation's, not the last government named
    ("Eritrea's government denied the report. The TPLF accused the federal government of lying.", "ETHPTYTPL", "112",
     "ETHGOV", "happened"),
    ("Niger's government closed its border with Nigeria on Monday. The federal government said it would reopen talks "
     "with Niger.", "NGAGOV", "040", "NER", "planned"),
    # the condemned act against a victim is aimed at who did it to the victim, never at the victim
    ("Chinese ships rammed a Philippine vessel. The U.S. ambassador condemned the reckless action against the "
     "Philippine vessel.", "USAGOV", "111", "CHN", "happened"),
    # a tie denied with a partner answers who accused the partner
    ("Ethiopia accused Eritrea of preparing to wage war in collusion with Tigrayan hardliners. The TPLF denied having "
     "any military pact with Eritrea.", "ETHPTYTPL", "120", "ETH", "happened"),
    # coordinated subjects moving troops to their shared border: each towards the other
    ("Ethiopia and Eritrea have moved troops towards their shared border.", "ETH", "154", "ERI", "happened"),
    ("Ethiopia and Eritrea have moved troops towards their shared border.", "ERI", "154", "ETH", "happened"),
    # a purpose infinitive the parser hangs on a time phrase after the verb is the verb's ((h24i) the ruling party is GEOGOV)
    ("Tens of thousands of people rallied in the capital on Saturday, the day of local elections, to protest against "
     "the ruling Georgian Dream party.", "GEOCVL", "141", "GEOGOV", "happened"),
    # a body set up by a government is the government's
    ("Rights groups said a new force had killed civilians. Rights groups accused a task force set up by Haiti's "
     "transitional government of killing civilians.", "NGOHRI", "112", "HTIGOV", "happened"),  # (h27c) NGOHRI
    # ----- round 6 (fourteenth pass): modality, phrasings and targets -----
    # an act avoided or refrained from is not done
    ("Iran refrained from attacking Israel.", "IRN", "190", "ISR", "denied"),
    # sitting down for talks is holding them; refusing to is a refusal (125)
    ("Pyongyang said it would not sit down for talks with Seoul.", "PRKGOV", "125", "KORGOV", "happened"),
    # an exercise wrapped up is held; denounced in a relative clause, it is its holders who are denounced
    ("Russia and Belarus wrapped up a joint military exercise, which Poland had denounced as a provocation.",
     "RUS", "062", "BLR", "happened"),
    ("Russia and Belarus wrapped up a joint military exercise, which Poland had denounced as a provocation.",
     "POL", "111", "RUS", "happened"),
    ("Russia and Belarus wrapped up a joint military exercise, which Poland had denounced as a provocation.",
     "POL", "111", "BLR", "happened"),
    # a summons ignored is rejected
    ("Imran Khan ignored a summons from Pakistani prosecutors.", "PAKOPP", "120", "PAKJUD", "happened"),
    # a telephone call after which the subject acts: by the subject, and it happened
    ("Macron said France would tighten border controls after a telephone call with Meloni on Monday.",
     "FRAGOV", "041", "ITAGOV", "happened"),  # (h32b: own_government_clause)
    # a decree criticised is who declared or issued it
    ("Tunisian President Kais Saied declared a state of emergency on Sunday. Rights groups criticised the decree.",
     "NGOHRI", "111", "TUNGOV", "happened"),  # (h27c) a rights group of no country is international
    # a denial is aimed at whom the denied act is said to be aimed at
    ("China has denied that its military drills are aimed at Taiwan.", "CHN", "120", "TWN", "happened"),
    # retaliation vowed is against who last used force on the speaker's country
    ("Israeli strikes killed 20 people in Lebanon on Sunday. Hezbollah vowed to retaliate.", "LBNREBHEZ", "130",
     "ISR", "happened"),
    # a refusal to withdraw answers who demanded it
    ("China demanded that Shigeru Ishiba retract his remarks. Ishiba has refused to withdraw the comments.",
     "JPNGOV", "1246", "CHN", "happened"),
    # waters entered around a place are its country's
    ("Chinese warships entered the waters around Taiwan.", "CHNMIL", "150", "TWN", "happened"),
    # --- fourteenth pass: nested acts and complements from round 6 ---
    # a relative clause of killing ("that"/"which") on what an attack noun struck tells of the attack
    ("Yemen's Houthis said they had fired missiles at a U.S. warship after two days of U.S. strikes on the group "
     "that killed at least 31 people.", "USA", "190", "YEMCVL", "happened"),
    # a passive subject that is words said is aimed at their author, told before; the "as" complement names no one
    ("Japanese Prime Minister Sanae Takaichi made the remarks in parliament on Friday. The remarks were condemned by "
     "Beijing as a gross interference in China's internal affairs.", "CHNGOV", "111", "JPNGOV", "happened"),
    # words protested: an official complaint to their author
    ("Japan protested a social media post by China's consul general.", "JPN", "114", "CHNGOV", "happened"),
    ("India protested against Pakistan's remarks.", "IND", "114", "PAK", "happened"),
    # --- fifteenth pass: evaluative speech ---
    # an act noun in apposition to a clause ("..., a move X called Y") is that clause's act, by its doer
    ("The U.S. Treasury imposed sanctions on more than a dozen companies, a move Tehran called \"economic "
     "terrorism\".", "IRNGOV", "111", "USAGOV", "happened"),
    ("Britain imposed sanctions on Russian oil firms, a move that Moscow called a provocation.", "RUSGOV", "111",
     "GBR", "happened"),
    ("Britain imposed sanctions on Russian oil firms, a move Kyiv called a positive step.", "UKRGOV", "051", "GBR",
     "happened"),
    ("Israel struck Iranian nuclear sites, a move the United States welcomed.", "USA", "051", "ISR", "happened"),
    # a verdict passed in a statement on an act is disapproval (111) or praise (051) of who did it: the act's owner,
    # adjective, by-agent or author told before
    ("Britain imposed sanctions on a Dubai-based shipping firm on Thursday. Kremlin spokesman Dmitry Peskov told "
     "reporters in Moscow that the measures were illegal.", "RUSGOV", "111", "GBR", "happened"),
    ("Kremlin spokesman Dmitry Peskov told reporters that the British measures were illegal.", "RUSGOV", "111", "GBR",
     "happened"),
    ('"The British measures are illegal and unacceptable," Peskov said.', "RUSGOV", "111", "GBR", "happened"),
    ("Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Thursday. The U.S. Navy's Fifth Fleet "
     "said the seizure of the tanker by the Guards was \"a blatant violation of international law\".", "USAMIL",
     "111", "IRNMIL", "happened"),
    ("Japanese Prime Minister Sanae Takaichi made the remarks in parliament on Friday. China said the remarks were a "
     "gross interference in its internal affairs.", "CHN", "111", "JPNGOV", "happened"),
    ("Lavrov said the U.S. strikes on Venezuela were a gross violation of international law.", "RUSGOV", "111", "USA",
     "happened"),
    ("The Kremlin said the decision by Britain to seize Russian assets amounted to theft.", "RUSGOV", "111", "GBR",
     "happened"),
    ("Mali's junta expelled the French ambassador. France said the decision was unjustified.", "FRA", "111",
     "MLIMIL", "happened"),
    ("The EU adopted its 19th sanctions package against Russia. The Kremlin said the new package was illegal.",
     "RUSGOV", "111", "IGOEUREEC", "happened"),
    ("Algeria's army shot down a Malian military drone near the border. Mali said the downing of the drone was "
     "\"a hostile act\".", "MLI", "111", "DZAMIL", "happened"),
    ("Britain imposed sanctions on Russian oil firms, a move Moscow said was illegal.", "RUSGOV", "111", "GBR",
     "happened"),
    # ... "this" is the last act done to the speaker's country by another
    ("Israeli jets bombed Damascus. \"This is a flagrant aggression,\" Syria's foreign ministry said.", "SYRGOV",
     "111", "ISRMIL", "happened"),
    ("The White House said the Chinese decision was a positive step.", "USAGOV", "051", "CHN", "happened"),
    ("Iran and the IAEA signed an agreement on Tuesday. Grossi said the agreement was \"a step in the right "
     "direction\".", "IGOUNOIAEA", "051", "IRN", "happened"),
    # ... a verb that is a verdict, an adverb of how the act was done, a verdict in the passive form of its verb
    ("Israel carried out airstrikes on Damascus. Syria said the strikes violated international law.", "SYR", "111",
     "ISR", "happened"),
    ("Russia annexed four Ukrainian regions. The EU said the annexation flagrantly violated the U.N. Charter.",
     "IGOEUREEC", "111", "RUS", "happened"),
    ("Britain imposed sanctions on Russian oil firms. Russia said the sanctions were imposed illegally.", "RUS", "111",
     "GBR", "happened"),
    ("Israeli jets struck a hospital in Gaza. Egypt said Israel's strikes were justified.", "EGY", "051", "ISR",
     "happened"),
    # ... by a speaker warning, responding, finding or ruling
    ("President Saied issued a decree dissolving parliament. The constitutional court ruled that the decree was "
     "unconstitutional.", "TUNJUD", "111", "TUNGOV", "happened"),
    ("The United States approved a $2 billion arms sale to Taiwan. China warned that the arms sale was a serious "
     "violation of the one-China principle.", "CHN", "111", "USA", "happened"),
    # a verdict on an actor: disapproval of it (111); blame for an act of harm: an accusation (112)
    ("Taiwan said China was the biggest threat to peace in the region.", "TWN", "111", "CHN", "happened"),
    ("Kyiv said Russia was responsible for the attack.", "UKRGOV", "112", "RUS", "happened"),
    ("Israel's army said Hamas was behind the bombing.", "ISRMIL", "112", "PSEREBHMS", "happened"),
    # a verdict of falsehood on words: their rejection (120), aimed at who said them
    ("The United States accused China of hacking. China said the accusations were groundless.", "CHN", "120", "USA",
     "happened"),
    ("Amnesty International published a report accusing India of abuses. India said the report was baseless.", "IND",
     "120", "NGOAMN", "happened"),
    # --- fifteenth pass: collective phrases, relative and reduced relative clauses ---
    # a relative pronoun that is the object of its clause (or of a preposition or complement in it) is the noun the
    # clause is on
    ("The Pakistani military said the strikes targeted commanders of the Tehreek-e-Taliban Pakistan (TTP), which it "
     "blames for a suicide bombing on Sunday.", "PAKMIL", "112", "PAKREBTTP", "happened"),
    ("Israel struck Hezbollah, which it accuses of rearming in southern Lebanon.", "ISR", "112", "LBNREBHEZ",
     "happened"),
    ("Russia released the journalist, whom it had detained for two years.", "RUS", "173", "RUSMED", "happened"),
    # "both sides" after countries named by their adjectives; "both capitals": one event per party
    ("Indian troops fired on Pakistani posts on Monday. China called on both sides to exercise restraint.",
     "CHN", "0256", "PAK", "happened"),
    ("Ethiopia and Eritrea have traded accusations for months. The African Union envoy will travel to both capitals "
     "next week.", "IGOAFRAFU", "042", "ETHGOV", "planned"),
    ("Ethiopia and Eritrea have traded accusations for months. The African Union envoy will travel to both capitals "
     "next week.", "IGOAFRAFU", "042", "ERIGOV", "planned"),
    # coordinated subjects acting on "each other", "one another": each on the other
    ("India and Pakistan accused each other of violating the ceasefire.", "PAK", "112", "IND", "happened"),
    ("Israel and Hamas blamed one another for the collapse of the talks.", "ISR", "112", "PSEREBHMS", "happened"),
    ("Thai and Cambodian troops fired at each other on Monday.", "THAMIL", "193", "KHMMIL", "happened"),
    ("Russia and Ukraine have attacked each other's energy facilities.", "UKR", "190", "RUS", "happened"),
    # ... and so does "each" (side, country) on "the other" (side)
    ("India and Pakistan exchanged fire, each accusing the other of starting the clashes.", "PAK", "112", "IND",
     "happened"),
    ("India and Pakistan exchanged fire on Monday. Each side blamed the other for the escalation.", "IND", "112",
     "PAK", "happened"),
    ("Ethiopia and Eritrea massed troops on the border. Each country accused the other side of preparing an invasion.",
     "ERI", "112", "ETH", "happened"),
    # talks or a deal mediated, brokered or hosted by someone: towards their parties (a "between" phrase, else two
    # or more subjects of the clause that holds the noun)
    ("Thailand and Cambodia agreed on Thursday to extend their ceasefire, following two days of talks in Kuala Lumpur "
     "mediated by Malaysia.", "MYS", "045", "THA", "happened"),
    ("Thailand and Cambodia agreed on Thursday to extend their ceasefire, following two days of talks in Kuala Lumpur "
     "mediated by Malaysia.", "MYS", "045", "KHM", "happened"),
    ("Armenia and Azerbaijan signed a peace deal brokered by the United States.", "USA", "045", "AZE", "happened"),
    ("Thailand and Cambodia held two days of talks in Kuala Lumpur mediated by Malaysia.", "MYS", "045", "KHM",
     "happened"),
    ("Russia and Ukraine held talks hosted by Turkey.", "TUR", "043", "RUS", "happened"),
    # a sentence-opening name the parser hung on the verb it read as a participle on the object noun
    ("Malaysia mediated talks between Thailand and Cambodia.", "MYS", "045", "THA", "happened"),
    # a weapon fired or launched, a statement issued by someone stands for them; a participle with a by-agent read
    # as the verb of the noun before it is that noun's
    ("Rockets fired by Hezbollah at Israel wounded three people.", "LBNREBHEZ", "190", "ISR", "happened"),
    ("Missiles fired by Iran hit an Israeli air base.", "IRN", "190", "ISR", "happened"),
    ("The ceasefire agreed by Israel and Hamas in October has largely held.", "ISR", "0871", "PSEREBHMS", "happened"),
    ("The statement, issued by the Chinese foreign ministry, condemned Japan's remarks.", "CHNGOV", "111", "JPN",
     "happened"),
    # heavy weapons withdrawn are a military withdrawal; "their disputed border" is the subjects' shared one
    ("Thailand and Cambodia will withdraw heavy weapons from their disputed border.", "KHM", "0874", "THA", "planned"),
    # a second open complement is read with its governor as if it stood alone ("agreed to pull heavy weapons back")
    ("Thailand and Cambodia agreed on Thursday to extend their ceasefire and stop laying landmines.", "THA", "0356",
     "KHM", "happened"),
    # a preposition hung on the particle of a phrasal verb is the verb's ("pull heavy weapons back from")
    ("Thailand and Cambodia agreed to pull heavy weapons back from their disputed border.", "KHM", "0874", "THA",
     "planned"),
    ("The United Nations called on Mali's junta to reverse the decree and to release those held arbitrarily.",
     "IGOUNO", "0253", "MLIMIL", "happened"),
    # --- fifteenth pass: a firm no dictionary knows, placed by the text, is a party ---
    ("The United States imposed sanctions on Lisbon-based Atlantica Freight Lines on Monday.", "USA", "163", "PRTBUS",
     "happened"),
    ("Britain imposed sanctions on a Cyprus-based shipping company on Tuesday. Washington plans to impose matching "
     "sanctions on Nordvik Tanker Management.", "USAGOV", "163", "CYPBUS", "planned"),
    ("Britain imposed sanctions on a Dubai-based company and its Russian owner.", "GBR", "163", "RUSBUS", "happened"),
    ("Britain sanctioned Halvard, a Dubai-based shipping company, on Friday.", "GBR", "163", "AREBUS", "happened"),
    ("Washington sanctioned Iran Shipping Lines on Monday.", "USAGOV", "163", "IRNBUS", "happened"),
    # (sixteenth pass, h16a) events stated in quotes and reported speech: "we", "I", "our" inside a quotation are its
    # speaker (coref.yaml first_person_pronouns), who is the source of what the quotation's own clause says
    ('"We stand in full solidarity with Poland," NATO Secretary-General Mark Rutte wrote on X.',
     "IGOWSTNAT", "051", "POL", "happened"),
    ('European Commission President Ursula von der Leyen said: "We stand in full solidarity with Moldova."',
     "IGOEUREEC", "051", "MDA", "happened"),
    ('"I will meet President Putin next week," Turkish President Recep Tayyip Erdogan told reporters.',
     "TURGOV", "040", "RUSGOV", "planned"),
    # a court or its jurisdiction not recognised is rejected (120), not a denied recognition (n.not_recognise.120)
    ("The International Criminal Court's prosecutor asked judges for a warrant on Monday. \"We do not recognise this "
     "court,\" a spokesman for Myanmar's junta said.", "MMRMIL", "120", "IGOJUDICC", "happened"),
    ("Israel said it does not recognise the jurisdiction of the International Criminal Court.", "ISR", "120",
     "IGOJUDICC", "happened"),
    # words not accepted or tolerated are rejected (120), at their author (n.not_accept.120; accusations are remarks)
    ('Russian Foreign Ministry spokeswoman Maria Zakharova accused Estonia of provoking an escalation in the Baltic. '
     '"We do not accept these remarks," Estonia\'s foreign minister told reporters.', "ESTGOV", "120", "RUSGOV", "happened"),
    ('Chinese coast guard ships rammed a Philippine supply boat on Monday. "We will not tolerate these dangerous '
     'actions," the Philippine foreign ministry said.', "PHLGOV", "120", "CHNMIL", "happened"),
    # an act said to be used as a pretext is an accusation against its user (n.say_blame.112), not a bare statement
    ("Serbia's president said Kosovo was using the arrests as a pretext to expel Serb officials from the north.",
     "SRBGOV", "112", "XKX", "happened"),
    ("Venezuela's foreign minister said Washington was looking for a pretext to attack the country.",
     "VENGOV", "112", "USAGOV", "happened"),
    # persecution is a verdict; "this" is the last act done to the speaker, by anyone (a compatriot too)
    ('Police arrested Pakistani opposition leader Imran Khan in Islamabad on Tuesday. "This is political persecution," '
     'Khan told reporters before he was led away.', "PAKOPP", "111", "PAKCOP", "happened"),
    # a quoted name after a naming verb's object is what it is called (repairs: quoted_names)
    ('Prosecutors charged former Peruvian president Pedro Castillo with rebellion. Castillo called the charges '
     '"political persecution".', "PERELI", "111", "PERJUD", "happened"),
    # a negated hesitation does its complement ("will not hesitate to expel": planned)
    ('Vance accused Denmark of neglecting Greenland. "We do not accept these remarks," Danish Foreign Minister Lars '
     'Lokke Rasmussen said.', "DNKGOV", "120", "USAGOV", "happened"),
    ('"I won\'t hesitate to call President Ramaphosa," Kenyan President William Ruto said.', "KENGOV", "041", "ZAFGOV",
     "planned"),
    ('"My government will not hesitate to expel the Rwandan ambassador," Burundian President Evariste Ndayishimiye '
     'said.', "BDIGOV", "161", "RWAGOV", "planned"),
    # --- sixteenth pass: acts told in passives and relative clauses ---
    # a by-agent closing a coordination of passives is the agent of each
    ("Two Ethiopian reporters were detained and beaten by soldiers in Mekelle.", "ETHMIL", "173", "ETHMED",
     "happened"),
    ("Two Ethiopian reporters were detained and beaten by soldiers in Mekelle.", "ETHMIL", "182", "ETHMED",
     "happened"),
    # ... also after a participle the tagger read as an adjective ("is armed[JJ] and financed by")
    ("Khartoum says the Rapid Support Forces are armed and financed by the United Arab Emirates.", "ARE", "072",
     "SDNREBRSF", "happened"),
    # the subject of a clause reported inside a relative clause is the noun the relative clause is on
    ("The Houthis, who Washington says are armed by Iran, fired missiles at a ship in the Red Sea.", "IRN", "072",
     "YEMREBHTH", "happened"),
    ("Fighters of the M23, which Kinshasa says is armed and trained by Rwanda, seized the town of Uvira.", "RWA",
     "072", "CODREBMTT", "happened"),
    # "its" never stands for a plural noun: the reporter's own positions
    ("Somalia's army said al-Shabaab militants attacked its base near Mogadishu on Monday.", "SOMREBSHB", "190",
     "SOMMIL", "happened"),
    # a partitive aside the parser made a second subject ("many of them ...") leaves the subject as it was
    # (h25e: protesters who set fire riot, 145, x.set_fire_riot.145)
    ("Demonstrators, many of them dressed in black, set fire to a police station in Nairobi.", "KENCVL", "145",
     "KENCOP", "happened"),
    # a place named by an epithet: the last country named of which it is true (coref.yaml place_epithets)
    ("Washington again talked of buying Greenland. The Arctic island's government signed a fisheries agreement with "
     "Iceland on Wednesday.", "GRLGOV", "057", "ISL", "happened"),
    # "the monitors": those of the mission named just before
    ("Monitors from the European Union Mission in Georgia patrolled the boundary line on Monday. Russia accused the "
     "monitors of spying.", "RUS", "112", "IGOEUREEC", "happened"),
    # each conjunct of an appeal, the government the story's, not the envoy's native country's
    ("An African Union envoy, Musa Kamara, arrived in Juba on Wednesday. Kamara, a veteran Sierra Leonean "
     "diplomat, urged the government and the SPLM-IO to return to the 2018 peace agreement.", "IGOAFRAFU", "020",
     "SSDGOV", "happened"),
    # --- sixteenth pass: senses, modes, lexicon and second acts (set D causes 2, 4, 7) ---
    # border guards sent to help another country are that help (070); "help X do" has X as its object
    ("Poland said it would send additional border guards to help Lithuania patrol the frontier.", "POL", "070", "LTU",
     "planned"),
    ("The United States will help Ukraine rebuild its power grid.", "USA", "070", "UKR", "planned"),
    # asylum asked for is sought from the state asked (a denied report of it: denied)
    ("Former Peruvian prime minister Betssy Chavez applied for asylum in Mexico.", "PERELI", "0234", "MEX",
     "happened"),
    ("Mexico denied reports that former Peruvian prime minister Betssy Chavez had asked for asylum at its embassy.",
     "PERELI", "0234", "MEXGOV", "denied"),
    # a briefing is a session with the one briefed (040), also in the passive
    ("The North Atlantic Council had been briefed by Lithuania's ambassador to the alliance on Tuesday.", "LTUGOV",
     "040", "IGOWSTNAT", "happened"),
    ("Lithuania's foreign minister briefed NATO allies on the balloon incursions.", "LTUGOV", "040", "IGOWSTNAT",
     "happened"),
    # a matter raised with someone; a visit one is due for
    ("Frederiksen said she would raise the matter with NATO Secretary General Mark Rutte next week.", "DNKGOV", "040",
     "IGOWSTNAT", "planned"),
    ("Kenya's President William Ruto is due in Kigali on Saturday for a meeting with President Paul Kagame.", "KENGOV",
     "042", "RWAGOV", "planned"),
    # a ruling accepted is yielding to the court; a safe-conduct refused is a refusal to ease a restriction
    ("Russia accepted the ruling of the International Court of Justice.", "RUS", "080", "IGOJUDICJ", "happened"),
    ("Peru's foreign ministry said it would not issue safe-conduct to former Peruvian prime minister Betssy Chavez.",
     "PERGOV", "1241", "PERELI", "happened"),
    # retaliatory measures taken by armed forces are force against who attacked them
    ("Armenian troops fired on Azerbaijani positions near Kalbajar on Monday. Azerbaijan's defence ministry said its "
     "units had taken adequate retaliatory measures.", "AZEMIL", "190", "ARMMIL", "happened"),
    # two complements of one appeal are two appeals (h22a: restraint urged is 0256); two acts of one root on two verbs
    # are two events
    ("The UN human rights office urged the Indonesian authorities to exercise restraint and to release everyone "
     "detained.", "IGOUNOHCHR", "0256", "IDNGOV", "happened"),
    ("Thailand declared a ceasefire with Cambodia and withdrew its troops from Cambodia.", "THA", "0871", "KHM",
     "happened"),
    # (h16f) a count or quantifier of a partitive stands for the people it counts
    ("Sudanese soldiers detained two of the journalists in El Fasher on Tuesday.", "SDNMIL", "173", "SDNMED",
     "happened"),
    ("Several of the protesters were arrested by Kenyan police in Nairobi.", "KENCOP", "173", "KENCVL", "happened"),
    ("BANGUI, March 4 (AFP) - The aid group Mercy Harbour International said two of its staff had been detained by "
     "Central African soldiers.", "CAFMIL", "173", "NGO", "happened"),
    # a former minister of the story's state, named with no country, granted asylum abroad
    ("LIMA, Oct 10 (Reuters) - Peru's Congress removed the president on Thursday. Riot police fired tear gas at "
     "protesters outside Congress, and prosecutors charged two lawmakers. Bolivia said it had granted asylum to "
     "former Interior Minister Raul Cardenas Vela.", "BOL", "075", "PERELI", "happened"),
    # (h16e) acts stated as nouns take the verb's code and arguments: owner or "by" phrase the doer, "of" phrase
    # what was done to; a trial is held by the court named, else the defendant's country's judiciary; a measure
    # responded to is aimed at the responder; an act noun denied is denied
    ("The expulsion of three Lithuanian diplomats by Belarus was condemned in Vilnius.", "BLR", "161", "LTUGOV", "happened"),
    ("Hungary's expulsion of the Ukrainian consul angered Kyiv.", "HUN", "161", "UKRGOV", "happened"),
    ("The ouster of President Alpha Conde by the army in 2021 was condemned by ECOWAS.", "GINMIL", "170", "GINGOV",
     "happened"),
    ("Poland's closure of its border with Belarus has left hundreds of lorries stranded.", "POL", "191", "BLR", "happened"),
    ("The corruption trial of former president Jacob Zuma resumed in Pietermaritzburg on Monday.", "ZAFJUD", "173",
     "ZAFOPP", "happened"),
    ("The trial of Imran Khan before an anti-terrorism court resumed in Rawalpindi on Tuesday.", "PAKJUD", "173",
     "PAKOPP", "happened"),
    ("Beijing suspended seafood imports in response to Canada's sanctions.", "CAN", "163", "CHNGOV", "happened"),
    ("Iran's support for the Houthis has drawn new U.S. sanctions.", "IRN", "051", "YEMREBHTH", "happened"),
    ("Britain's military support for Kyiv has grown since 2022.", "GBR", "072", "UKRGOV", "happened"),
    ("The seizure of a Greek tanker by Iran's Revolutionary Guards drew protests from Athens.", "IRNMIL", "1711", "GRCBUS",
     "happened"),
    ("Rwanda denied its support for the M23 rebels.", "RWA", "051", "CODREBMTT", "denied"),
    # --- h16g ---
    # an act ordered in a passive small clause or that-clause is done by who ordered it, to the clause's noun
    ("A court in Vladivostok ordered the South Korean trawler confiscated on Friday.", "RUSJUD", "1711", "KORCVL",
     "happened"),
    ("Putin ordered the Estonian diplomats expelled.", "RUSGOV", "161", "ESTGOV", "happened"),
    ("The Kremlin ordered that the Estonian diplomats be expelled.", "RUSGOV", "161", "ESTGOV", "happened"),
    ("An Iranian court ordered the Swedish researcher detained for another two months.", "IRNJUD", "173", "SWEEDU",
     "happened"),
    # a refusal until or unless another acts is aimed at the other (when the refused act names no other party)
    ("Serbia will not sign the agreement until Kosovo dismantles its special police units.", "SRB", "127", "XKX",
     "happened"),
    ("Israel refuses to pull its troops out of the corridor unless Hamas disarms.", "ISR", "1246", "PSEREBHMS",
     "happened"),
    ("Thailand will not reopen its border checkpoints until Cambodia withdraws its troops.", "THA", "1246", "KHM",
     "happened"),
    # a country or territory taken by force or "one way or the other": occupation, announced a threat (1382)
    ("Trump told reporters the United States would take Greenland one way or another.", "USAGOV", "1382", "GRL",
     "happened"),
    ('Trump renewed his interest in Greenland on Tuesday. He said the United States would get the island "one way '
     'or the other".', "USAGOV", "1382", "GRL", "happened"),  # (h32b: own_government_clause)
    ("Xi said China would take Taiwan by force if necessary.", "CHNGOV", "1382", "TWN", "happened"),  # (h32b)
    ("Beijing said it would reunify with Taiwan by force.", "CHNGOV", "1382", "TWN", "happened"),
    # a document's author ("by", "from") is the source of what it says
    ("A report by Amnesty International accused Sudan's paramilitary Rapid Support Forces of war crimes.", "NGOAMN",
     "112", "SDNREBRSF", "happened"),
    ("A statement from the Turkish foreign ministry said Israel was responsible for the attack on the flotilla.",
     "TURGOV", "112", "ISR", "happened"),
    ("A letter from the Algerian president accused France of interference.", "DZAGOV", "1123", "FRA", "happened"),
    # (h16j) a definite thing takes the counterpart its earlier mention named ("its border with X", "an
    # agreement with X"), when the same country owns both (modality.yaml counterpart_noun_groups)
    ("Tajikistan reopened its border with Kyrgyzstan in March after a year-long dispute. Dushanbe closed the border "
     "again on Sunday after a shootout near the Vorukh enclave.", "TJKGOV", "191", "KGZ", "happened"),
    ("Kazakhstan negotiated a trade agreement with Uzbekistan last year. Kazakh President Kassym-Jomart Tokayev said "
     "on Monday that Astana would sign the agreement next month.", "KAZGOV", "057", "UZB", "planned"),
    # (h16l) a readiness to meet or negotiate stated is the intent (036), said now, not the meeting planned
    ('Macron said on Friday he would be "open" to meeting Vladimir Putin.', "FRAGOV", "036", "RUSGOV", "happened"),
    ("Venezuela said last week it would be willing to hold new talks with Guyana.", "VEN", "036", "GUY", "happened"),
    ("Ethiopia's foreign ministry said Addis Ababa was ready to negotiate with Egypt.", "ETHGOV", "036", "EGY",
     "happened"),
    # (h16l) the act a report or a denial names, denied; not a fact
    ("Serbia's interior ministry denied reports on social media that police had used stun grenades against "
     "students.", "SRBCOP", "175", "SRBEDU", "denied"),
    # (h16l) a foreign group designated a terrorist organisation is sanctioned (163)
    ("Canada designated the Tren de Aragua gang a terrorist entity on Thursday.", "CAN", "163", "VENCRMTDA", "happened"),
    # (h17b) "his" on a noun timing a clause is the clause's subject's, not its object's
    ("Erdogan said he would be willing to meet Ilham Aliyev during his visit to Hungary next week.", "TURGOV", "042",
     "HUN", "planned"),
    # (h17b) a visit made to meet someone of the country visited is made to that person, who hosts it (planned too)
    ("Egypt's Foreign Minister Badr Abdelatty is due in Khartoum on Sunday for a meeting with Sudan's Prime Minister "
     "Kamil Idris.", "SDNGOV", "043", "EGYGOV", "planned"),
    ("A European Union envoy, Kaja Kallas, arrived in Tripoli on Monday and was received by Prime Minister Abdul Hamid "
     "Dbeibah.", "IGOEUREEC", "042", "LBYGOV", "happened"),
    ("Kenya's President William Ruto arrived in Kampala on Friday and held talks with President Yoweri Museveni.",
     "UGAGOV", "043", "KENGOV", "happened"),
    # (h17b) travelling to a country is a visit it hosts
    ("Indian Foreign Minister S. Jaishankar travelled to Moscow on Tuesday.", "RUS", "043", "INDGOV", "happened"),
    # (h17e) the accused, not the charge's object: "accused opposition leaders of financing gangs"
    ("Kenya's interior minister accused opposition leaders of financing gangs.", "KENGOV", "112", "KENOPP", "happened"),
    ("Zimbabwe's home affairs minister accused opposition politicians of funding gangs.", "ZWEGOV", "112", "ZWEOPP",
     "happened"),
    # (h17a) a diplomat summoned is one by title (sectors.yaml DIP), however the title is worded; in the passive
    # with no agent, by the ministry summoned to
    ("The Department of Foreign Affairs summoned China's deputy chief of mission in Manila.", "PHLGOV", "114",
     "CHNGOV", "happened"),
    ("Moldova's foreign ministry summoned Russia's deputy chief of mission on Friday.", "MDAGOV", "114", "RUSGOV",
     "happened"),
    ("Georgia's chargé d'affaires was summoned to the foreign ministry in Yerevan on Monday.", "ARMGOV", "114",
     "GEOGOV", "happened"),
    # (h17a) a protest, an accusation ... rejected answers the last act of its type against the speaker's country
    ("Chile lodged a formal protest with the Argentine embassy on Friday. Argentina's foreign ministry rejected the "
     "protest on Monday.", "ARGGOV", "120", "CHL", "happened"),
    ("Belize protested the referendum. Foreign Minister Carlos Ramirez of Guatemala dismissed the protest as "
     "meddling.", "GTMGOV", "120", "BLZ", "happened"),
    # (h17a) "..., a charge X denies" with the parser's apposition: X denies, the accuser is the target
    ("Chad's foreign ministry accused the UAE of financing the RSF, a charge Abu Dhabi denies.", "AREGOV", "120",
     "TCDGOV", "happened"),
    # (h17a) a denial of wrongdoing far from any accusation answers who the lead says sanctioned the denier
    ("Canada imposed sanctions on Russian businessman Oleg Petrov on Monday.\nHis company runs tankers in the "
     "Baltic.\nHe lives in Dubai, officials said.\nTwo of his vessels were seen near Estonia last month.\nIn a "
     "statement, Petrov denied any wrongdoing.", "RUSBUS", "120", "CAN", "happened"),
    # (h17h) expecting another to act is demanding it (1056); an order to another party to disarm is a demand on it
    ("The Congolese government expects Rwanda to withdraw its soldiers from North Kivu.", "CODGOV", "1056", "RWA",
     "happened"),
    ("The Iraqi cabinet ordered the Kurdish militia to disarm within 30 days.", "IRQGOV", "1056", "IRQUAF", "happened"),
    # (h17h) a protest an organiser calls its own followers to is planned, as "called for protests" is
    ("The Muslim Brotherhood called on its members to demonstrate against the government on Friday.", "IMGOPPMBR",
     "141", None, "planned"),
    ("Hamas called on its supporters to rally across the West Bank on Friday.", "PSEREBHMS", "140", None, "planned"),
    # (h17h) a vow to take a place back threatens who holds it (138)
    ("The Sudanese army vowed to recapture the town from the RSF.", "SDNMIL", "138", "SDNREBRSF", "happened"),
    # (h17h) lexicon: inspectors returning are accepted (0862); aid restrictions waived (081), lifted or imposed are
    # towards the aid's recipient, not its giver; troops joining a mission protect its country (074); leaving a
    # joint body with a country reduces relations (160)
    ("IAEA inspectors will return to North Korea next month.", "PRK", "0862", "IGOUNOIAEA", "planned"),
    ("Trump waived restrictions on military aid to Pakistan.", "USAGOV", "081", "PAK", "happened"),
    ("Britain lifted restrictions on British aid to Rwanda.", "GBR", "085", "RWA", "happened"),
    ("Congress imposed restrictions on U.S. military aid to Egypt in 2013.", "USALEG", "163", "EGY", "happened"),
    ("Rwandan troops will join the United Nations mission in the Central African Republic.", "RWAMIL", "074", "CAF",
     "planned"),
    ("Niger said it was withdrawing from a joint security commission with Benin.", "NER", "160", "BEN", "happened"),
    # (h17g) anaphora: "they" reporting its own clause is the reporter, a collective "Police" however tagged
    ("In a video posted on Monday, an al-Shabaab commander said the group's fighters would \"soon take Baidoa.\"\n\n"
     "Police in Baidoa said they had detained nine people this week on suspicion of aiding the group.",
     "SOMCOP", "173", "SOMCVL", "happened"),
    # ... "it" reporting its clause is the body that owns an uncoded reporter ("the ELN's leadership")
    ("The army also flew medical supplies to Arauca on Saturday. In a statement, the ELN's leadership said it had "
     "acted to defend villagers and accused the government of neglecting the region.", "COLREBELN", "112", "COLGOV",
     "happened"),
    # (h17g) a nominal act with a stated agent: the subject noun's by-agent is the killer; a claimed attack is the
    # claimer's; attack nouns after "after" (misread as a clause) and "its" on what they struck
    ("An offensive by M23 rebels has killed at least 40 people in North Kivu since Monday.", "CODREBMTT", "190",
     "CODCVL", "happened"),
    ("The Pakistani Taliban claimed a suicide attack on a police station in Bannu on Tuesday.", "PAKREBTTP", "1831",
     "PAKCOP", "happened"),
    ("Islamic State claimed responsibility for a bombing attack on an army base in northern Iraq.", "IMGREBISL", "190",
     "IRQMIL", "happened"),
    ("Tehran resumed talks with the agency weeks after Israeli and US strikes on its nuclear sites.", "USA", "190",
     "IRNGOV", "happened"),
    # (h17g) reported speech: a first blow reported blames who struck it; a measure called a worrying step is criticised
    ("Armenia's defence ministry said Azerbaijani troops had opened fire first.", "ARMMIL", "112", "AZEMIL", "happened"),
    ("Myanmar's junta banned the National League for Democracy on Monday. Japan's foreign ministry said the ban was "
     "a worrying step for democracy in Myanmar.", "JPNGOV", "111", "MMRMIL", "happened"),
    # (h17f) a body's standing or doings stand for the body: banned with them
    ("Thailand's Election Commission suspended the registration of the Move Forward Party on Tuesday.", "THAGOV",
     "1722", "THAOPPMFP", "happened"),
    ("The military government banned all activities of the National League for Democracy.", "MMRMIL", "1722",
     "MMRPTYNLD", "happened"),
    # (h17f) a bare "the cabinet" is the one named before, not the speaker's
    ("Iraq's cabinet approved a plan to disarm the militias. The British foreign ministry welcomed and praised the "
     "cabinet's decision.", "GBRGOV", "051", "IRQGOV", "happened"),
    # (h17f) a criticism whose object names no one is aimed at whom the reason it gives names
    ("Russia's foreign ministry condemned the deployment, saying a NATO presence near its borders would threaten "
     "regional stability.", "RUSGOV", "111", "IGOWSTNAT", "happened"),
    # (h17f) "the drone" is the one named before with its owner
    ("Turkish forces shot down an Iraqi army drone near the border on Monday. Ankara said the drone had violated "
     "Turkish airspace.", "TURGOV", "112", "IRQMIL", "happened"),
    # (h17f) a unified combatant command is the US military, kept whole
    ("U.S. Africa Command said it carried out an airstrike against Islamic State fighters in Puntland.", "USAMIL",
     "195", "IMGREBISL", "happened"),
    # (h17k) two countries' adjectives (or an adjective and a name) on one attack noun are two attackers; "the
    # Iran-backed group" after the group is named is that group, and the government it accuses is not its backer's
    ("Tehran resumed talks with the agency weeks after Israeli and US strikes on its nuclear sites.", "ISR", "190",
     "IRNGOV", "happened"),
    ("Syria protested after Israeli and American raids on its air bases.", "USA", "190", "SYR", "happened"),
    ("The Houthis vowed revenge for the Saudi and Emirati air strikes that killed 20 people in Yemen.", "ARE", "195",
     "YEMCVL", "happened"),
    ("Hezbollah rejected the plan on Tuesday. The Iran-backed group accused the cabinet of serving Israel.",
     "LBNREBHEZ", "112", "LBNGOV", "happened"),
    # (h17l) a deal mediated in the passive is mediation towards its parties, told before or in its own sentence
    ("Sudan and South Sudan signed an oil agreement in Doha on Monday. The agreement was brokered by Qatari Prime "
     "Minister Mohammed bin Abdulrahman Al Thani.", "QATGOV", "045", "SSD", "happened"),
    ("The accord was mediated by Turkey in recent months and was signed by Ethiopia and Somalia in Ankara.", "TUR",
     "045", "ETH", "happened"),
    # (h17l) an agreement's end warned of on another's act is a threat to who would act
    ("Lavrov warned that the treaty would lose its force if Washington deployed new missiles in Europe.", "RUSGOV",
     "130", "USAGOV", "happened"),
    ("Pyongyang warned that the armistice would be void if Seoul went ahead with the drills.", "PRKGOV", "130", "KORGOV",
     "happened"),
    # (h17l) a refusal under a decision is aimed at the decision's author
    ("The Popular Mobilization Forces said they would not hand over their weapons under a government decision to "
     "disband armed factions.", "IRQMILPMF", "1243", "IRQGOV", "happened"),
    # (h17l) an act "in coordination with" a party is also military cooperation with it
    ("French forces conducted an airstrike against jihadist fighters near Gao in coordination with the Malian army.",
     "FRAMIL", "062", "MLIMIL", "happened"),
    # (h17l) forces sent to a region of their own country are sent against the armed group that just struck there
    ("Boko Haram fighters killed 40 villagers in Borno state on Friday. The Nigerian government sent 3,000 soldiers "
     "to Borno state on Sunday.", "NGAGOV", "154", "NGAREBBKH", "happened"),
    # (h17l) aid flown to a town of one's own country is aid to its people
    ("The Peruvian government airlifted food, blankets and tents to Lima on Saturday.", "PERGOV", "073", "PERCVL",
     "happened"),
    # (h17n) lexicon gaps: solidarity voiced "with" a country; tariffs paused or postponed are eased (also when
    # agreed to: the act planned, not a bare agreement); punitive measures imposed are sanctions; concerns conveyed
    # to a capital; a border reinforced with troops; a planned visit is also its planned hosting
    ("The Indonesian foreign ministry voiced solidarity with Malaysia on Monday.", "IDNGOV", "051", "MYS", "happened"),
    ("The White House paused new tariffs on Brazilian steel for 90 days.", "USAGOV", "085", "BRA", "happened"),
    ("Beijing agreed to postpone its duties on Australian barley.", "CHNGOV", "085", "AUS", "planned"),
    ("The United Kingdom imposed punitive measures on Belarus on Thursday.", "GBR", "163", "BLR", "happened"),
    ("South Korea conveyed its concerns to Moscow on Friday.", "KOR", "110", "RUS", "happened"),
    ("Bangladesh will reinforce its border with Myanmar with additional troops.", "BGD", "154", "MMR", "planned"),
    ("German Chancellor Olaf Scholz will visit Nigeria next month.", "NGA", "043", "DEUGOV", "planned"),
    # (h18b) "both sides" reported through a pronoun that continues the last sentence's reporter are not that
    # reporter; a prosecutor's or police request that a court detain someone accuses them (112, as a warrant sought)
    ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in Abu Dhabi "
     "on Monday, the UAE foreign ministry said. It said the two sides would meet again next month.", "ARM", "040", "AZE",
     "planned"),
    ("Kenyan prosecutors said they would ask a court to keep 12 protesters in custody.", "KENJUD", "112", "KENCVL",
     "planned"),
    ("Ugandan prosecutors asked a magistrate to remand five suspects on Tuesday.", "UGAJUD", "112", "UGACVL", "happened"),
    ("Police in Lima asked a judge to place the former minister in pre-trial detention.", "PERCOP", "112", "PERELI",
     "happened"),
    # (h19f) "X accused Y of ..., a charge he denied": the pronoun is the accused Y (coref.yaml charge_denial_*)
    ("Warsaw accused Orban of blocking European aid to Ukraine at Putin's request, a charge he denied.", "HUNGOV",
     "120", "POLGOV", "happened"),
    ("Orban was accused by Warsaw of blocking European aid to Ukraine at Putin's request, a charge he dismissed.",
     "HUNGOV", "120", "POLGOV", "happened"),
    # (h19f) the wire's names for the ICJ ("the U.N.'s top court", "the top U.N. court"; organisations.yaml)
    ("The top U.N. court ordered Israel on Friday to halt its offensive in Rafah.", "IGOJUDICJ", "100", "ISR",
     "happened"),
    ("Ukraine welcomed a ruling by the U.N.'s top court against Russia.", "UKR", "051", "IGOJUDICJ", "happened"),
    # (h19f) "the office" is the organisation the story called an office (coref.yaml called_body_heads)
    ("GENEVA (Reuters) - The U.N. human rights office said on Friday that Belarus had jailed hundreds of critics. The "
     "office urged Minsk to free them.", "IGOUNOHCHR", "0253", "BLRGOV", "happened"),
    ("The U.N. human rights office said on Friday that Iran had executed at least 900 people last year. The office "
     "called on Tehran to halt all executions.", "IGOUNOHCHR", "025", "IRNGOV", "happened"),
    # (h19l) an order, directive or restriction praised, welcomed, backed, criticised, condemned or rejected is aimed at
    # who signed, issued, gave or imposed it, told before (news.yaml nominals order, directive, restriction;
    # modality.yaml made_nouns order, directive)
    ("Brazilian President Luiz Inacio Lula da Silva on Monday signed an executive order suspending beef imports from "
     "Argentina. Argentine Foreign Minister Diana Mondino praised the order.", "ARGGOV", "051", "BRAGOV", "happened"),
    ("Brazilian President Luiz Inacio Lula da Silva on Monday signed an executive order suspending beef imports from "
     "Argentina. Argentine Foreign Minister Diana Mondino said she welcomed the executive order.", "ARGGOV", "051",
     "BRAGOV", "happened"),
    ("Brazilian President Luiz Inacio Lula da Silva on Monday signed two executive orders suspending beef imports from "
     "Argentina. Argentine Foreign Minister Diana Mondino criticised the orders.", "ARGGOV", "111", "BRAGOV",
     "happened"),
    ("Brazilian President Luiz Inacio Lula da Silva on Monday signed an executive order suspending beef imports from "
     "Argentina. The order was condemned by Argentina's foreign ministry.", "ARGGOV", "111", "BRAGOV", "happened"),
    ("Brazilian President Luiz Inacio Lula da Silva on Monday signed an executive order suspending beef imports from "
     "Argentina. Argentine Foreign Minister Diana Mondino supported the order.", "ARGGOV", "051", "BRAGOV", "happened"),
    ("Indonesian President Prabowo Subianto issued an order banning palm oil exports to India. The Indian Supreme "
     "Court condemned the order.", "INDJUD", "111", "IDNGOV", "happened"),
    ("Ghana's President John Mahama gave the order to close the border with Togo. Togo's government condemned the "
     "order.", "TGOGOV", "111", "GHAGOV", "happened"),
    ("Ethiopia ordered the expulsion of two Kenyan diplomats on Monday. Kenyan President William Ruto condemned the "
     "order.", "KENGOV", "111", "ETH", "happened"),
    ("Vietnam's government issued a directive suspending rice exports to the Philippines. Manila criticised the "
     "directive.", "PHLGOV", "111", "VNMGOV", "happened"),
    ("The Spanish government on Tuesday introduced restrictions on Moroccan fishing boats. Morocco condemned the "
     "restrictions.", "MAR", "111", "ESPGOV", "happened"),
    ("China's government on Monday imposed new fishing restrictions near Scarborough Shoal. Philippine President "
     "Ferdinand Marcos rejected the measures.", "PHLGOV", "120", "CHNGOV", "happened"),
    ("The Spanish government on Tuesday introduced curbs on Moroccan fishing boats. Morocco condemned the curbs.", "MAR",
     "111", "ESPGOV", "happened"),
    ("Hungary's government on Monday restricted entry for Romanian trucks. Romania condemned the restrictions.", "ROU",
     "111", "HUNGOV", "happened"),
    ("A Kenyan court on Monday ordered the release of a detained Ugandan activist. Ugandan opposition leader Bobi Wine "
     "welcomed the order.", "UGAOPP", "051", "KENJUD", "happened"),
    # (h19l) ... also when the small parser hung the thing as a compound before its participle ("signed a
    # decree[compound] suspending[compound] imports[dobj]"; discourse._makes)
    ("Peruvian President Dina Boluarte on Monday signed a decree suspending fish imports from Ecuador. Ecuador's "
     "foreign minister criticised the order.", "ECUGOV", "111", "PERGOV", "happened"),
    ("The Indian Supreme Court on Monday issued an order halting deportations of Rohingya refugees to Myanmar. "
     "Myanmar's military government rejected the order.", "MMRMIL", "120", "INDJUD", "happened"),
    # (h19l) a directive, decree or sanctions welcomed endorse their author (extended.yaml x.welcome_decision.051 object;
    # core.yaml welcome.043 object_not)
    ("Vietnam's government on Monday issued a directive suspending rice exports to the Philippines. Manila welcomed "
     "the directive.", "PHLGOV", "051", "VNMGOV", "happened"),
    ("The European Union on Monday imposed sanctions on Belarusian officials. Lithuania welcomed the sanctions.", "LTU",
     "051", "IGOEUREEC", "happened"),
    # (h19l) a bill or law passed is "the measure" (core.yaml nominals measure)
    ("Mongolia's parliament passed a law restricting coal exports to China. China's commerce ministry criticised the "
     "measure.", "CHNGOV", "111", "MNGLEG", "happened"),
    # (p20) "attack" in words: a politician attacking judges, or anyone attacking a policy or a plan, criticises
    # (news.yaml n.attack_judges.111, n.attack_words.111)
    ("President Donald Trump attacked federal judges who blocked his tariffs.", "USAGOV", "111", "USAJUD", "happened"),
    ("Opposition leader Kemal Kilicdaroglu attacked the government's economic policy in a speech to parliament.",
     "TURELI", "111", "TURGOV", "happened"),
    ("Polish Prime Minister Donald Tusk attacked the European Commission's migration plan on Thursday.", "POLGOV", "111",
     "IGOEUREECCOM", "happened"),
    # (p20) military instructors, trainers or advisers sent to a country: military cooperation (n.send_trainers.062)
    ("MOSCOW (Reuters) - Russia sent military instructors to Burkina Faso in January.", "RUS", "062", "BFA",
     "happened"),
    ("Moscow deployed military advisers to the Central African Republic in 2018.", "RUSGOV", "062", "CAF",
     "happened"),
    # (p20) a gathering told before is its parties', also after a preposition of time or purpose (modality.yaml
    # gathering_nouns, gathering_prepositions): the meeting hosted is theirs
    ("Armenia and Azerbaijan pledged to continue negotiations after a long meeting in Almaty on Friday. The meeting "
     "was hosted by Kazakh Foreign Minister Murat Nurtleu.", "KAZGOV", "043", "ARM", "happened"),
    ("Armenia and Azerbaijan pledged to continue negotiations after a long meeting in Almaty on Friday. The meeting "
     "was hosted by Kazakh Foreign Minister Murat Nurtleu.", "KAZGOV", "043", "AZE", "happened"),
    # (h20h) a class noun names its members by example: each country after "including" or "such as" is a target
    # (coref.yaml exemplar_prepositions), also of an expulsion of diplomats announced (x.order_expulsion_diplomats.161)
    ("Caracas expelled diplomats from seven Latin American countries, including Argentina and Chile.", "VENGOV",
     "161", "ARG", "happened"),
    ("Caracas expelled diplomats from seven Latin American countries, including Argentina and Chile.", "VENGOV",
     "161", "CHL", "happened"),
    ("Russia expelled ambassadors of several EU states such as Poland and Lithuania.", "RUS", "161", "LTU",
     "happened"),
    ("Several European governments, including Spain and Italy, condemned the coup in Gabon on Thursday.", "ITA", "111",
     "GAB", "happened"),
    ("The EU imposed sanctions on 12 individuals, including Russian Defence Minister Andrei Belousov.", "IGOEUREEC",
     "163", "RUSGOV", "happened"),
    ("Venezuela's foreign minister announced the expulsion of diplomats from seven countries, including Argentina "
     "and Peru.", "VENGOV", "161", "PER", "happened"),
    # (h20h) a request that a body meet is an appeal to the body (x.request_session.020), not a demand to meet it
    ("Algeria requested an emergency meeting of the Arab League on Sunday.", "DZA", "020", "IGOARBLAS", "happened"),
    ("Iran sought an emergency session of the UN General Assembly.", "IRN", "020", "IGOUNOGA", "happened"),
    # (h20h) ... also by the rest of its name after the parent's qualifier, told after the whole name (coref.yaml
    # parent_qualifiers)
    ("The UN Security Council met on Monday. China requested an emergency meeting of the Security Council on Friday.",
     "CHN", "020", "IGOUNOSC", "happened"),
    # (h20h) a seizure by agents the dictionary called no one is by the security forces (sectors.yaml COP)
    ("Opposition leader Juan Ortega was seized by hooded agents in Caracas on Tuesday, his party said.", "VENCOP",
     "173", "VENOPP", "happened"),
    # (h20h) aid for displaced people of no country named goes to the one country the story told they fled to
    # (path haven, modality.yaml haven)
    ("More than 40,000 people have fled to Chad since April, the UN said. Britain announced $5 million in humanitarian "
     "aid for the new arrivals on Monday.", "GBR", "0333", "TCD", "happened"),
    # (h20h) one-sided acts of force and of yielding told together by two sides are done to each other
    # (modality.yaml context_targets.counterparts)
    ("Sudanese troops attacked on Monday with tanks, and the rebel fighters agreed two days later to lay down their "
     "arms.", "SDNMIL", "190", "SDNREB", "happened"),
    ("Sudanese troops attacked on Monday with tanks, and the rebel fighters agreed two days later to lay down their "
     "arms.", "SDNREB", "0873", "SDNMIL", "planned"),
    # (h21c) an object "it" after a verb that repeats an act told shortly before ("also condemned it") is that act
    # again, aimed at whom it was (discourse.py `_repeated_act`)
    ("Venezuelan troops shelled a Guyanese border post on Monday. Brazil condemned the shelling. Colombia also "
     "condemned it.", "COL", "111", "VENMIL", "happened"),
    # (h21c) a speech or vow the parser hangs an act noun's "in" phrase on did nothing by means of it (modality.yaml
    # act_means_not_verbs): the attack's author is who struck, not who vowed to avenge it
    ("A Russian missile strike hit a power plant in Odesa on Friday, killing four workers, Ukraine said, in an attack "
     "Kyiv vowed to avenge. Poland condemned the attack.", "POL", "111", "RUS", "happened"),
    # (h21c) the police are the state's side of a story's conflict with the soldiers (discourse.py `_side`): army and
    # police against the ELN lead, and the appeal goes to both sides
    ("Soldiers attacked ELN rebels in Arauca on Monday. Police fought FARC dissidents in Cauca on Tuesday. Police also "
     "clashed with ELN rebels in Norte de Santander. The United Nations urged restraint.", "IGOUNO", "0256",
     "COLREBELN", "happened"),
    # (h21c) a relation the speaker says is over or has ended is ended by the speaker (news.yaml n.*relation_over.*, key
    # `predicate`, source path `reporter`): diplomatic ties 161, military cooperation 1622, any other 160
    ("Colombia said diplomatic relations with Nicaragua were over.", "COL", "161", "NIC", "happened"),
    ("Lithuania's foreign minister told reporters that cooperation with China was over.", "LTUGOV", "160", "CHN", "happened"),
    ("Burkina Faso's junta said its defence cooperation with France had ended.", "BFAMIL", "1622", "FRA", "happened"),
    # (h21c) ... also after another verb of the same act (coref.yaml repeated_act_verbs)
    ("Iranian drones attacked a tanker in the Gulf of Oman. Britain condemned the attack, and the United States also "
     "slammed it.", "USA", "111", "IRNMIL", "happened"),
    # (h21f) an act one "has yet to" or "is yet to" do is not done (modality.yaml adverb_denial_verbs)
    ("Algeria has yet to expel the Moroccan ambassador.", "DZA", "161", "MARGOV", "denied"),
    ("Kenya is yet to deport the Ugandan opposition leader.", "KEN", "174", "UGAOPP", "denied"),
    # (h21f) an act noun, or a verb's object, with "no" is none
    ("Armenia and Azerbaijan reached no agreement on the border.", "ARM", "057", "AZE", "denied"),
    ("Germany sent no troops to Lithuania.", "DEU", "154", "LTU", "denied"),
    # (h21f) a participle after a comma that the parser hangs on an infinitive of object control is the act of who
    # ordered, done as the order was (ModeReader._participle_governor)
    ("Mali's junta ordered the French ambassador to leave the country within 72 hours, accusing Paris of hostile "
     "remarks.", "MLIMIL", "112", "FRAGOV", "happened"),
    ("Burkina Faso's military government ordered the Ivorian consul to leave within 48 hours, accusing Abidjan of "
     "sheltering rebels.", "BFAMIL", "112", "CIVGOV", "happened"),
    # (h21a) a pronoun never takes a person the text tells is of the other sex (a given name, "Ms", a gendered title),
    # and "Ms Anand" is the Anand named before
    ("Prime Minister Giorgia Meloni hosted President Emmanuel Macron in Rome on Monday. He praised her leadership.",
     "FRAGOV", "051", "ITAGOV", "happened"),
    ("Kamala Harris launched her campaign in Milwaukee on Sunday. Donald Trump attacked her record.", "USAGOV", "111",
     "USAELI", "happened"),
    # (h21b) a bare "the embassy" is the mission of the envoy named just before, not the host's
    # (coref.yaml mission_owner_lookback_sentences)
    ("China summoned the Japanese ambassador on Tuesday. The embassy rejected the protest.", "JPNGOV", "120", "CHN",
     "happened"),
    # (h25e: protesters who set fire riot, 145, x.set_fire_riot.145)
    ("Iraq expelled the Danish ambassador on Thursday. Hours later, protesters set fire to the embassy.", "IRQCVL",
     "145", "DNKGOV", "happened"),
    # (h21b) weapons acting are the force operating them (sectors.yaml weapons)
    ("Israeli tanks shelled a refugee camp in Jabalia on Monday.", "ISRMIL", "194", "PSEREF", "happened"),
    # (h21b) disapproval of a giving is aimed at the giver, of another act at its doer, when told (coref.yaml
    # giver_prepositions, act_doer_prepositions), not at whom it went to
    ("Beijing voiced strong displeasure over the US arms sale to Taiwan on Friday.", "CHNGOV", "110", "USA", "happened"),
    ("Moscow condemned Germany's military aid to Ukraine.", "RUSGOV", "111", "DEU", "happened"),
    ("Washington approved the sale of 40 tanks to Taiwan on Monday. China expressed strong displeasure over the arms "
     "sale to Taiwan.", "CHN", "110", "USAGOV", "happened"),
    ("China lodged a protest over the visit to Taiwan by Czech lawmakers.", "CHN", "114", "CZELEG", "happened"),
    # (h21b) a report that a composed force or a country's nationals did a wrong accuses them, also of a count of acts
    # (core.yaml state.ccomp.force.010, modality.yaml reported_wrong accusing_only)
    ("Lebanon's army said Israeli forces had shelled a farm near Khiam.", "LBNMIL", "112", "ISRMIL", "happened"),
    ("Niger's interior minister said Malian nationals had carried out three of the five attacks on the town.",
     "NERGOV", "112", "MLICVL", "happened"),
    # (h22a) lexicon sweep of roots 01-09 (patterns/news.yaml block "(h22a)"): wire forms of cooperative acts: a
    # party described as a partner (051), optimism voiced (013), restraint urged (0256), pleading with X for arms
    # (0232), loans and financial or military aid sought (0231, 0232), an extradition asked for (0213), readiness
    # voiced to talk or mediate (036, 039; xcomp.prep:X also reads the infinitive on the object), a prisoner swap agreed
    # to (0353), goods promised to be bought (0311), security cooperation stepped up (0312: "step up" is no stepping
    # down, x.intent_reform.034, nor an attack threatened), deals hammered out (057), courtesy calls (042), counterparts
    # briefed (040), visitors welcomed (043), talks facilitated (045), ambassadors returned (050), extraditions and
    # suspects handed over (063), police sent under a mission (074), donations (070), arms sales approved (072), relief
    # rushed (073), central-bank deposits and funding (071), children returned (0841), troops pulled back from a border
    # (0874), bans on parties lifted (0812; object_prep counts in a pattern's specificity), disengagement (087),
    # investigations for a crime (091; object_prep with no object) and into war crimes, abuses or military acts (094,
    # 092, 093; a governed noun's preposition the small parser hangs on its verb is read)
    ("Indonesia's foreign minister described Australia as a reliable partner during talks in Jakarta.",
     "IDNGOV", "051", "AUS", "happened"),
    ("The Kenyan president described relations with China as excellent.", "KENGOV", "051", "CHN", "happened"),
    ("Tokyo voiced optimism about the outcome of its trade talks with Washington.",
     "JPNGOV", "013", "USAGOV", "happened"),
    ("Guterres urged Israel and Hezbollah to exercise restraint.", "IGOUNO", "0256", "ISR", "happened"),
    ("Ukraine's foreign minister pleaded with the European Union for more artillery shells.",
     "UKRGOV", "0232", "IGOEUREEC", "happened"),
    ("Lebanon sought Saudi financial support to shore up its currency.", "LBN", "0231", "SAU", "happened"),
    ("Pakistan sought a $3 billion loan from the International Monetary Fund.", "PAK", "0231", "IGOIMF", "happened"),
    ("Ukraine requested military assistance from Germany.", "UKR", "0232", "DEU", "happened"),
    ("Seoul asked Washington to extradite the former defence minister's aide.", "KORGOV", "0213", "USAGOV", "happened"),
    ("Pakistan signalled its readiness to resume talks with India.", "PAK", "036", "IND", "happened"),
    ("Turkey reiterated its readiness to mediate between Russia and Ukraine.", "TUR", "039", "RUS", "happened"),
    ("Anwar Ibrahim expressed Malaysia's willingness to host talks between Thailand and Cambodia.",
     "MYSGOV", "039", "THA", "happened"),
    ("M23 rebels agreed to a prisoner swap with Kinshasa.", "CODREBMTT", "0353", "CODGOV", "happened"),
    ("China agreed to buy more US soybeans.", "CHN", "0311", "USA", "happened"),
    ("Japan vowed to step up security cooperation with the Philippines.", "JPN", "0312", "PHL", "happened"),
    ("Thai and Cambodian negotiators hammered out a border deal in Kuala Lumpur.", "THA", "057", "KHM", "happened"),
    ("Pakistan's army chief paid a courtesy call on the Saudi crown prince in Riyadh.",
     "PAKMIL", "042", "SAUGOV", "happened"),
    ("Japan's foreign minister briefed his US counterpart on the talks with Beijing.",
     "JPNGOV", "040", "USAGOV", "happened"),
    ("Ruto welcomed the visiting Ethiopian prime minister at State House in Nairobi.",
     "KENGOV", "043", "ETHGOV", "happened"),
    ("Qatar facilitated indirect talks between Israel and Hamas.", "QAT", "045", "ISR", "happened"),
    ("Algeria returned its ambassador to Paris.", "DZA", "050", "FRA", "happened"),
    ("Turkey extradited two suspects to Iraq.", "TUR", "063", "IRQ", "happened"),
    ("Jordan handed over three suspected smugglers to Syrian authorities.", "JOR", "063", "SYRGOV", "happened"),
    ("Kenya deployed 400 police officers to Haiti under a UN-backed mission.", "KEN", "074", "HTI", "happened"),
    ("Kenya sent 1,000 troops to Somalia as part of the African Union force.", "KEN", "074", "SOM", "happened"),
    ("The UAE donated 50 ambulances to Sudan.", "ARE", "070", "SDN", "happened"),
    ("Washington approved the sale of F-16 jets to Turkey.", "USAGOV", "072", "TUR", "happened"),
    ("The State Department approved a $330 million arms sale to Taiwan.", "USAGOV", "072", "TWN", "happened"),
    ("China rushed emergency supplies to flood-hit Pakistan.", "CHN", "073", "PAK", "happened"),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "SAU", "071", "PAKGOV", "happened"),
    ("Iran funds Hezbollah.", "IRN", "071", "LBNREBHEZ", "happened"),
    ("Russia returned 20 Ukrainian children deported during the war.", "RUS", "0841", "UKRCVL", "happened"),
    ("Cambodia pulled its troops back from the border with Thailand.", "KHM", "0874", "THA", "happened"),
    ("Mali's junta lifted a ban on opposition parties.", "MLIMIL", "0812", "MLIOPP", "happened"),
    ("Mali's junta lifted the ban on political parties on Wednesday.", "MLIMIL", "0812", None, "happened"),
    ("Indian and Chinese troops disengaged from two friction points in eastern Ladakh.",
     "INDMIL", "087", "CHNMIL", "happened"),
    ("Indian and Chinese troops completed disengagement at two friction points.",
     "INDMIL", "087", "CHNMIL", "happened"),
    ("Brazilian prosecutors are investigating Bolsonaro for fraud.", "BRAJUD", "091", "BRAOPP", "happened"),
    ("The ICC opened an investigation into alleged war crimes in Afghanistan.", "IGOJUDICC", "094", "AFG", "happened"),
    ("Poland opened an inquiry into the drone incursion from Belarus.", "POL", "093", "BLR", "happened"),
    ("Kenya opened an inquiry into the killing of protesters by police.", "KEN", "092", "KENCOP", "happened"),
    ("Hezbollah vowed to step up attacks on Israel.", "LBNREBHEZ", "138", "ISR", "happened"),
    # (h22a, second round from a further 50 sentences) aid trucks' entry allowed (0863), a preliminary examination opened
    # (090), an extradition requested (0213) or approved (063; neither an arrest), an official called on with nothing
    # asked (042), visa restrictions eased (081), a shared border to be reopened (0872 planned, not outsiders admitted)
    ("Israel allowed the entry of 50 aid trucks into Gaza.", "ISR", "0863", "PSE", "happened"),
    ("The ICC prosecutor opened a preliminary examination into alleged crimes in Venezuela.",
     "IGOJUDICC", "090", "VEN", "happened"),
    ("Kenya requested the extradition of two Chinese nationals from Uganda.", "KEN", "0213", "UGA", "happened"),
    ("A Spanish court approved the extradition of a Russian hacker to the United States.",
     "ESPJUD", "063", "USA", "happened"),
    ("Germany asked Poland to hand over the Ukrainian suspect in the Nord Stream case.",
     "DEU", "0213", "POL", "happened"),
    ("The Indian foreign minister called on his Sri Lankan counterpart in Colombo.",
     "INDGOV", "042", "LKAGOV", "happened"),
    ("Washington eased visa restrictions for Indian students.", "USAGOV", "081", "INDEDU", "happened"),
    ("Kenya and Somalia agreed to reopen their shared border.", "KEN", "0872", "SOM", "planned"),
    # (h23c) lexicon sweep of roots 10-20 (patterns/news.yaml block "(h23c)" and refinements in extended.yaml and
    # core.yaml): a suspect demanded handed over (1013); a party taken to task, torn into or attacked over or for
    # something by a political voice (111); a person convicted of[→ person] (116); a peace plan dismissed or a truce
    # proposal rejected (127), an offer of or call for talks rejected (125), a party snubbed (120); nuclear weapons
    # threatened (1385), a strike threatened by workers (133), talks threatened to be left (134; modality.yaml
    # conditional_threats 164 → 134), aid threatened to be cut (1311); a hunger strike begun (142, never a labour strike
    # nor an attack), a walkout by lawmakers (143), protesters clashing with police (145), barricades set up (144); a
    # military presence stepped up (154), reinforcements sent (154), a show of force (150), jets scrambled (150);
    # military or development aid suspended or frozen (1622, 1621: x.halt_aid.162 now read after them), foreign troops
    # or peacekeepers ordered to leave (166, 1661), export controls and surtaxes (163); a crackdown launched (175);
    # suicide, car and roadside bombings by their subject or object (1831-1833; a pattern's `subject` entry may be two
    # words), an assassination attempt survived (185: the survivor is the target); strikes across a region (190/195),
    # electricity or water cut off (191); massacred (202, no longer read as any killing)
    ("Pakistan demanded that Afghanistan hand over the militants behind the attack.", "PAK", "1013", "AFG", "happened"),
    ("Kenya's foreign ministry took Uganda to task over the detention of opposition figures.",
     "KENGOV", "111", "UGA", "happened"),
    ("Erdogan attacked Netanyahu over the war in Gaza, calling him a war criminal.",
     "TURGOV", "111", "ISRGOV", "happened"),
    ("A Tunisian court convicted opposition leader Rached Ghannouchi of plotting against state security.",
     "TUNJUD", "116", "TUNOPP", "happened"),
    ("Moscow dismissed Kyiv's peace plan as unrealistic.", "RUSGOV", "127", "UKRGOV", "happened"),
    ("Putin threatened to use nuclear weapons if Russia's territory were attacked.",
     "RUSGOV", "1385", None, "happened"),
    ("Nigerian unions threatened a nationwide strike over pension reforms.", "NGALAB", "133", None, "happened"),
    ("The Palestinian Authority threatened to pull out of talks with Israel.", "PSEGOV", "134", "ISR", "happened"),
    ("Palestinian prisoners began a hunger strike to protest their detention by Israel.",
     "PSECVL", "142", "ISR", "happened"),
    ("Kenyan opposition lawmakers staged a walkout during the president's address.", "KENLEG", "143", None, "happened"),
    ("Armenia beefed up its military presence along the border with Azerbaijan.", "ARM", "154", None, "happened"),
    ("Russian warplanes flew near Alaska in a show of force.", "RUSMIL", "150", "USA", "happened"),
    ("Washington suspended military aid to Pakistan.", "USAGOV", "1622", "PAK", "happened"),
    ("The European Union froze development aid to Niger.", "IGOEUREEC", "1621", "NER", "happened"),
    ("Mali ordered the UN peacekeeping mission to leave the country.", "MLI", "1661", "IGOUNOPKO", "happened"),
    ("A roadside bomb killed five Pakistani soldiers.", None, "1833", "PAKMIL", "happened"),
    ("Trump survived an assassination attempt in Pennsylvania.", None, "185", "USAGOV", "happened"),
    ("Israeli jets pounded targets across southern Lebanon.", "ISRMIL", "195", "LBN", "happened"),
    ("Israel cut off electricity to Gaza.", "ISR", "191", "PSE", "happened"),
    ("RSF fighters massacred hundreds of civilians in El Geneina.", "SDNREBRSF", "202", "SDNCVL", "happened"),
    ("Hungary's prime minister tore into the European Commission over its migration pact.",
     "HUNGOV", "111", "IGOEUREECCOM", "happened"),
    ("Hamas rejected Israel's proposal for a temporary truce.", "PSEREBHMS", "127", "ISR", "happened"),
    ("Zelensky spurned Putin's offer of talks.", "UKRGOV", "125", "RUSGOV", "happened"),
    ("Niger's junta snubbed the ECOWAS delegation.", "NERMIL", "120", "IGOWAFWAS", "happened"),
    ("Sudan's army chief rejected calls for talks with the RSF.", "SDNMIL", "125", "SDNREBRSF", "happened"),
    ("Washington threatened to cut aid to Kyiv.", "USAGOV", "1311", "UKR", "happened"),
    ("North Korea threatened to launch nuclear strikes on South Korea.", "PRK", "1385", "KOR", "happened"),
    ("Protesters clashed with police in Tbilisi.", "GEOCVL", "145", "GEOCOP", "happened"),
    ("Israel sent reinforcements to its northern border with Lebanon.", "ISR", "154", "LBN", "happened"),
    ("Taiwan scrambled jets to warn away Chinese aircraft.", "TWN", "150", "CHN", "happened"),
    ("Japan imposed export controls on South Korea.", "JPN", "163", "KOR", "happened"),
    ("Canada imposed a 25 percent surtax on Chinese steel.", "CAN", "163", "CHN", "happened"),
    ("Niger ordered French troops to leave the country.", "NER", "166", "FRAMIL", "happened"),
    ("Uganda barred opposition rallies ahead of the election.", "UGA", "172", None, "happened"),
    ("Police in Kenya launched a crackdown on opposition supporters.", "KENCOP", "175", "KENOPP", "happened"),
    ("A suicide bomber attacked a police station in Quetta.", "PAKUAF", "1831", "PAKCOP", "happened"),
    ("Militants detonated a car bomb outside a hotel in Mogadishu.", "SOMREB", "1832", "SOM", "happened"),
    ("The Israeli military carried out strikes across southern Lebanon.", "ISRMIL", "190", "LBN", "happened"),
    ("Gunmen massacred more than 100 villagers in Nigeria's Plateau state.", "NGAUAF", "202", "NGACVL", "happened"),
    ("Turkey demanded that Sweden extradite dozens of Kurdish militants.", "TUR", "1013", "SWE", "happened"),
    ("Iraq demanded that Turkey hand over the suspects in the killing of its soldiers.",
     "IRQ", "1013", "TUR", "happened"),
    ("The Philippine foreign ministry took Beijing to task for the water cannon attack.",
     "PHLGOV", "111", "CHNGOV", "happened"),
    ("Macron attacked Trump over his tariff threats.", "FRAGOV", "111", "USAGOV", "happened"),
    ("Kenya's opposition leader attacked President William Ruto for the rising cost of living.",
     "KENOPP", "111", "KENGOV", "happened"),
    ("Kyiv dismissed Moscow's peace plan as a ploy.", "UKRGOV", "127", "RUSGOV", "happened"),
    ("Israel rejected Hamas's proposal for a permanent ceasefire.", "ISR", "127", "PSEREBHMS", "happened"),
    ("The Taliban rebuffed Pakistan's offer of talks.", "AFGGOV", "125", "PAK", "happened"),
    ("Azerbaijan snubbed the French foreign minister.", "AZE", "120", "FRAGOV", "happened"),
    ("Kim Jong Un threatened to use nuclear weapons against South Korea.", "PRKGOV", "1385", "KOR", "happened"),
    ("Iran threatened to walk away from the nuclear talks with Washington.", "IRN", "134", "USAGOV", "happened"),
    ("Kenyan doctors threatened a nationwide strike over pay.", "KENHLH", "133", None, "happened"),
    ("Palestinian detainees launched a hunger strike in Israeli jails.", "PSECVL", "142", "ISR", "happened"),
    ("Iranian political prisoners began a hunger strike to protest executions.", "IRNCVL", "142", "IRNGOV", "happened"),
    ("Demonstrators clashed with riot police outside the parliament in Belgrade.",
     "SRBCVL", "145", "SRBCOP", "happened"),
    ("Protesters scuffled with security forces in Nairobi.", "KENCVL", "145", "KENMIL", "happened"),
    ("Farmers erected barricades on highways across France.", "FRAAGR", "144", None, "happened"),
    ("Kenyan opposition lawmakers staged a walkout in parliament.", "KENLEG", "143", None, "happened"),
    ("Chinese bombers flew near Japan in a show of force.", "CHNMIL", "150", "JPN", "happened"),  # (h30d: bombers MIL)
    ("Poland stepped up its military presence on the border with Belarus.", "POL", "154", None, "happened"),
    ("Israel sent reinforcements to the West Bank.", "ISR", "154", "PSE", "happened"),
    ("Germany suspended development aid to Niger.", "DEU", "1621", "NER", "happened"),
    ("Washington froze military assistance to Ukraine.", "USAGOV", "1622", "UKR", "happened"),
    ("Burkina Faso ordered French troops to leave the country within a month.", "BFA", "166", "FRAMIL", "happened"),
    ("Mali ordered UN peacekeepers to leave.", "MLI", "1661", "IGOUNOPKO", "happened"),
    ("Iranian authorities launched a crackdown on women defying the hijab law.", "IRNGOV", "175", "IRNCVL", "happened"),
    ("Uganda banned opposition rallies in Kampala.", "UGA", "172", None, "happened"),
    ("A suicide bomber struck a mosque in Peshawar.", "PAKUAF", "1831", "PAKREL", "happened"),
    ("A suicide bomber killed 12 soldiers in Somalia.", "SOMUAF", "1831", "SOMMIL", "happened"),
    ("A roadside bomb wounded three Iraqi policemen.", None, "1833", "IRQCOP", "happened"),
    ("A car bomb killed four Somali soldiers.", None, "1832", "SOMMIL", "happened"),
    ("Al-Shabaab detonated a car bomb at a checkpoint in Mogadishu.", "SOMREBSHB", "1832", "SOM", "happened"),
    # (p24) the bombing patterns written twice are one set each, the union of both: a bomb's kind, verb and target
    # phrase of either reading combine (a VBIED under a truck; a roadside device planted outside; a roadside mine that
    # maims; a hyphenated suicide-bomber that destroys; a car bombing its claimant carried out at a base)
    ("Al-Shabaab militants detonated a VBIED under a Somali army truck on Monday.", "SOMREBSHB", "1832", "SOMMIL",
     "happened"),
    ("Taliban fighters planted a roadside device outside an Afghan police station.", "AFGGOV", "1833", "AFGCOP",
     "happened"),
    ("A roadside mine maimed three Malian soldiers on Monday.", None, "1833", "MLIMIL", "happened"),
    ("A suicide-bomber destroyed an Afghan police post in Kandahar.", None, "1831", "AFGCOP", "happened"),
    ("Al-Shabaab said it carried out the car bombing at the Kenyan army base.", "SOMREBSHB", "1832", "KENMIL",
     "happened"),
    ("Slovakia's prime minister survived an assassination attempt.", None, "185", "SVKGOV", "happened"),
    ("Israeli warplanes carried out strikes across Gaza.", "ISRMIL", "195", "PSE", "happened"),
    ("Russian drones pounded targets across Ukraine.", "RUSMIL", "195", "UKR", "happened"),
    ("Israel cut off water to the Gaza Strip.", "ISR", "191", "PSE", "happened"),
    ("Israel shut off electricity to Gaza.", "ISR", "191", "PSE", "happened"),
    ("Islamic State fighters massacred hundreds of Yazidis in Sinjar.", "IMGREBISL", "202", "IRQCVL", "happened"),
    ("Militias massacred civilians in the Congolese province of Ituri.", "CODUAF", "202", "CODCVL", "happened"),
    # (h23c, second round from 71 further wire sentences) reparations demanded paid (1031), arms demanded delivered (1032),
    # a truce proposal turned down (127), roads blockaded by farmers (144), missiles paraded (150), arms shipments halted
    # (1622)
    ("Poland demanded that Germany pay reparations for World War Two.", "POL", "1031", "DEU", "happened"),
    ("Zelensky demanded that the West deliver more air defence systems.", "UKRGOV", "1032", "WST", "happened"),
    ("Russia turned down a US proposal for a 30-day ceasefire.", "RUS", "127", "USA", "happened"),
    ("French farmers blockaded roads around Paris.", "FRAAGR", "144", None, "happened"),
    ("North Korea paraded intercontinental ballistic missiles through Pyongyang.", "PRK", "150", None, "happened"),
    ("Washington halted weapons shipments to Israel.", "USAGOV", "1622", "ISR", "happened"),
    # (h23f) a present progressive with a time phrase after publication is an arrangement, planned
    # (modality.yaml `futurate_auxiliaries`); "is poised to", "is slated to" plan (the small model's lemmas poise,
    # slat); a nominal act after "to" on a planning verb is to come (`planned_object_prepositions`: "is set to[prep]
    # host talks[pobj]" as the parser reads it)
    ("British Prime Minister Keir Starmer is hosting European leaders in London on Thursday.", "GBRGOV", "043", "EURGOV",
     "planned"),
    ("Kenyan protesters are marching on parliament next week.", "KENCVL", "141", "KENLEG", "planned"),
    ("Israel is poised to launch a ground operation in Rafah.", "ISR", "190", "PSE", "planned"),
    ("Kenya is slated to send 400 police officers to Haiti next month.", "KEN", "153", "HTI", "planned"),
    ("Egypt is set to host talks between Israel and Hamas on Thursday.", "ISR", "040", "PSEREBHMS", "planned"),
    # (h23f) what a document says (a participle on it, the object of a verb) is in that verb's mode (modality.yaml
    # `document_heads`): a statement refused or not signed condemns no one, one to be issued is planned
    ("Hungary refused to sign the joint statement condemning Russia.", "HUN", "111", "RUS", "denied"),
    ("Hungary did not sign the declaration condemning Russia.", "HUN", "111", "RUS", "denied"),
    ("The G7 will issue a statement condemning Russia.", "IGOWSTGSV", "111", "RUS", "planned"),
    # (h23e) actors a blind grading missed: "the pair" is the two people named before (coref.yaml pair_nouns); a
    # family name the dictionary gives to the one holder in office is the person the story named in full with it, by
    # family name before given name ("Mahmoud Abbas ... Abbas Araghchi ... Abbas" is the president); one-word names
    # news uses for leaders (Prabowo, Anwar, Abiy, Tedros, Abbas, Petro) and 2024-2026 office holders left out (Reeves,
    # Huckabee, Lars Løkke Rasmussen as foreign minister); a GPE-tagged surname that is only some town is the person as
    # a party (Carney); a hyphenated title is one head ("the UN secretary-general": repairs.yaml hyphenated_title_heads),
    # and a hyphen after a dotted abbreviation is split off ("U.S.-brokered": segmentation.yaml infixes)
    ("Macron hosted Starmer in Paris on Thursday. The pair signed a defence pact.",
     "FRAGOV", "057", "GBRGOV", "happened"),
    ("Macron hosted Starmer in Paris on Thursday. The pair signed a defence pact.",
     "GBRGOV", "057", "FRAGOV", "happened"),
    ("Palestinian President Mahmoud Abbas met Iranian Foreign Minister Abbas Araghchi in Cairo. Abbas "
     "urged Iran to support the ceasefire.",
     "PSEGOV", "022", "IRN", "happened"),
    ("Kenyan opposition activist David Ruto was arrested in Nairobi on Monday. Ruto accused the police of "
     "torture.",
     "KENCVL", "112", "KENCOP", "happened"),
    ("Abbas condemned the Israeli raid on Jenin.", "PSEGOV", "111", "ISR", "happened"),
    ("Prabowo met Anwar in Jakarta on Monday.", "IDNGOV", "040", "MYSGOV", "happened"),
    ("Abiy accused Eritrea of preparing for war.", "ETHGOV", "112", "ERI", "happened"),
    ("Carney met Modi in Ottawa on Monday.", "CANGOV", "040", "INDGOV", "happened"),
    ("Starmer spoke with Carney on Monday.", "GBRGOV", "040", "CANGOV", "happened"),
    ("The UN secretary-general urged India and Pakistan to show restraint.", "IGOUNO", "0256", "IND", "happened"),
    ("The NATO secretary-general praised Poland for raising defence spending.",
     "IGOWSTNAT", "051", "POL", "happened"),
    ("The secretary-general of the Arab League condemned Israel.", "IGOARBLAS", "111", "ISR", "happened"),
    ("The U.N. secretary-general condemned the Israeli strikes on Gaza.", "IGOUNO", "111", "ISR", "happened"),
    ("Armenia and Azerbaijan signed a U.S.-brokered peace deal on Friday.", "USA", "045", "ARM", "happened"),
    ("Reeves met Bessent in Washington on Tuesday.", "GBRGOV", "040", "USAGOV", "happened"),
    ("Huckabee criticised France for recognising a Palestinian state.", "USAGOV", "111", "FRA", "happened"),
    ("Rasmussen met Rubio in Washington on Wednesday.", "DNKGOV", "040", "USAGOV", "happened"),
    ("Tedros criticised Israel for the strike on the hospital.", "IGOUNOWHO", "111", "ISR", "happened"),
    ("Petro accused Trump of violating Colombian sovereignty.", "COLGOV", "112", "USAGOV", "happened"),
    ("Paetongtarn accused Cambodia of provoking the clashes.", "THAGOV", "112", "KHM", "happened"),
    # (h23e) who heads an international body is the body (coref.yaml body_head_titles); a rapporteur is a generic head
    ("The World Bank president met Ruto in Nairobi.", "IGOWBK", "040", "KENGOV", "happened"),
    ("The ICC president condemned U.S. sanctions on the court's judges.", "IGOJUDICC", "111", "USA", "happened"),
    ("The U.N. special rapporteur accused Israel of genocide.", "IGOUNO", "1124", "ISR", "happened"),
    # (h23e) a family name with its article is also written without it (kb._add_surnames: "Sharaa", "Shaibani")
    ("Sharaa met Trump at the White House.", "SYRGOV", "040", "USAGOV", "happened"),
    ("Shaibani met Fidan in Damascus on Monday.", "SYRGOV", "040", "TURGOV", "happened"),
    # (h23e) two sides acting on what one of them is act each on the other ("Both sides denied the accusations")
    ("India and Pakistan accused each other of violating the ceasefire. Both sides denied the accusations.",
     "PAK", "120", "IND", "happened"),
    ("Ethiopia and Eritrea traded accusations on Monday. Both sides denied sending troops to the border.",
     "ERI", "120", "ETH", "happened"),
    # (h23e) a hyphenated doer of what the subjects agreed to mediated (modality.yaml party_verb_prepositions); a party's
    # name or noun before another's name and a plural noun is its own actor (repairs.yaml shared_head_parties); a region
    # of one country before a sector noun gives its country (coref.yaml modifier_place_features)
    ("Israel and Hamas agreed to a U.N.-brokered ceasefire on Sunday.", "IGOUNO", "045", "ISR", "happened"),
    ("Thailand and Cambodia agreed to a Malaysian-brokered truce on Monday.", "MYS", "045", "KHM", "happened"),
    ("Congo and M23 rebels signed a peace deal in Doha.", "COD", "057", "CODREBMTT", "happened"),
    ("The Ethiopian government and Tigray rebels signed a peace deal in Pretoria.",
     "ETHGOV", "057", "ETHREB", "happened"),
    ("The army and M23 rebels clashed near Goma.", "CODMIL", "190", "CODREBMTT", "happened"),
    ("The government and Houthi rebels agreed to a truce.", "YEMREBHTH", "0356", "YEMGOV", "happened"),
    ("Darfur rebels accused the army of shelling villages.", "SDNREB", "1123", "SDNMIL", "happened"),
    # (h23e) a name hyphenated to a backer's participle is its doer, not the noun's owner (repair hyphenated_doers)
    ("The UN-backed government in Tripoli accused Egypt of arming its rivals.", "LBYGOV", "1123", "EGY", "happened"),
    # (h23e) "both sides" someone acts on or reports are the two the story named together as subjects shortly before,
    # not mediators named more often (coref.yaml pair_lookback_sentences, as for "the two countries")
    ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and "
     "Turkey, Qatar's foreign ministry said on Sunday. Qatar's foreign ministry said the two sides would "
     "meet again in Istanbul. Pakistani Defence Minister Khawaja Asif said the deal would end cross-border "
     "attacks. The U.N. secretary-general urged both sides to respect the truce.",
     "IGOUNO", "0256", "AFG", "happened"),
    ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and "
     "Turkey, Qatar's foreign ministry said on Sunday. Qatar's foreign ministry said the two sides would "
     "meet again in Istanbul. Pakistani Defence Minister Khawaja Asif said the deal would end cross-border "
     "attacks. The U.N. secretary-general urged both sides to respect the truce.",
     "PAK", "040", "AFG", "planned"),
    # (h23e) "the Europeans" are Europe's states (regions.yaml demonyms, coref.yaml region_people_determiners)
    ("Russia accused the Europeans of prolonging the war.", "RUS", "112", "EUR", "happened"),
    ("Kremlin aide Yuri Ushakov criticised the Europeans for trying to derail the talks.", "RUSGOV", "111", "EUR",
     "happened"),
    # (h23e) a leader of an armed group is on the group's side for "the two sides" (not the group's country); an armed
    # group and a country named together as subjects are a pair
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Hayya also met Egyptian officials in "
     "Cairo. Egypt's foreign ministry said the two sides had agreed to hold indirect talks in Cairo next "
     "week.",
     "ISR", "040", "PSEREBHMS", "planned"),
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Hayya also met Egyptian officials in "
     "Cairo. Egypt's foreign ministry said the two sides had agreed to hold indirect talks in Cairo next "
     "week.",
     "PSEREBHMS", "040", "ISR", "planned"),
    # (h23e) wire epithets of bodies (organisations.yaml aliases): "the world body", "the 27-nation bloc"
    ("The 27-nation bloc imposed new sanctions on Russia.", "IGOEUREEC", "163", "RUS", "happened"),
    ("The world body urged Myanmar's junta to release Aung San Suu Kyi.", "IGOUNO", "0253", "MMRMIL", "happened"),
    ("The 32-member alliance warned Russia against further provocations.", "IGOWSTNAT", "130", "RUS", "happened"),
    # (h23e) a family name two in office bear is the one whose country the story names (_namesakes_by_country)
    ("Albanese said Australia would recognise a Palestinian state. Albanese also criticised Israel.",
     "AUSGOV", "111", "ISR", "happened"),
    ("Carney met Albanese in Ottawa on Monday. Carney said Canada and Australia would deepen cooperation.",
     "CANGOV", "040", "AUSGOV", "happened"),
    # (h23e) "the two leaders" are two people with a leader's title when two are named (coref.yaml leader_pair_heads)
    ("Modi met Xi in Tianjin on Sunday. Lavrov and Araghchi were also in the city for the summit. The two "
     "leaders agreed to resume direct flights.",
     "CHNGOV", "030", "INDGOV", "happened"),
    ("Modi met Xi in Tianjin on Sunday. Lavrov and Araghchi were also in the city for the summit. The two "
     "leaders agreed to resume direct flights.",
     "INDGOV", "030", "CHNGOV", "happened"),
]

# (text, trigger, source, code, target): an event on that trigger word (the story's earlier events may have the
# same actors and code): an act in the passive with no agent, by who did it just before
PASSIVE_DOERS = [
    # (h22c) people killed with no doer told right after one party's force on their country (modality.yaml
    # passive_force_doer)
    ("Israeli forces raided the Jenin refugee camp on Tuesday. Three Palestinians were killed.", "killed", "ISRMIL",
     "190", "PSECVL"),
    ("Russian forces shelled Kharkiv on Monday. Two civilians were killed, the governor said.", "killed", "RUSMIL",
     "190", "UKRCVL"),
    ("Sudan's army bombed a market in Darfur on Sunday. Dozens of civilians were killed.", "killed", "SDNMIL", "190",
     "SDNCVL"),
    ("Israeli forces raided the Jenin refugee camp on Tuesday. Ten Palestinians were arrested.", "arrested", "ISRMIL",
     "173", "PSECVL"),
    # (p23) ... or in an earlier clause of its own sentence
    ("Ethiopian police fired tear gas at protesters in Mekelle on Monday, and at least 30 people were arrested.",
     "arrested", "ETHCOP", "173", "ETHCVL"),
    ("Kenyan police used water cannon on demonstrators in Nairobi, witnesses said, and dozens were detained.",
     "detained", "KENCOP", "173", "KENCVL"),
    ("Turkish police detained at least ten journalists in Istanbul on Wednesday, and several of them were later "
     "released, rights groups said.", "released", "TURCOP", "0841", "TURMED"),
    # (h20e) a release told in the passive with no agent is by who took the released just before (modality.yaml
    # antecedent_doer_roots), in a relative clause too
    ("Belarusian police detained opposition activist Ihar Sidorenko in Minsk on Monday. He was released hours "
     "later.", "released", "BLRCOP", "0841", "BLRCVL"),
    ("Turkish police detained at least ten journalists in Istanbul on Wednesday. Several of them were freed later "
     "that night.", "freed", "TURCOP", "0841", "TURMED"),
    ("Belarusian police detained opposition activist Ihar Sidorenko in Minsk on Monday. Sidorenko, who was "
     "released hours later, said he had been beaten.", "released", "BLRCOP", "0841", "BLRCVL"),
    # (h19a) a verdict or charge told in the passive is by the court of the defendant's country that passed one
    # just before, whoever it was passed on
    ("A Cairo court sentenced activist Alaa Abdel Fattah to five years on Monday. His sister was convicted of "
     "insulting the judiciary.", "convicted", "EGYJUD", "173", "EGYCVL"),
    ("A Tunisian court sentenced opposition leader Rached Ghannouchi to 22 years in prison on Tuesday. His son-in-law "
     "was convicted of plotting against the state.", "convicted", "TUNJUD", "173", "TUNCVL"),  # (h20e) kin: CVL
    ("Britain, France and Germany triggered the snapback mechanism against Iran in August. UN sanctions on Iran "
     "were restored on Saturday.", "restored", "DEU", "163", "IRN"),
    ("Britain, France and Germany triggered the snapback mechanism against Iran in August. UN sanctions on Iran "
     "were restored on Saturday.", "restored", "GBR", "163", "IRN"),
    # ... or the body that reports it, when such bodies do such acts (not a defendant's lawyers)
    ("Tanzanian police said 40 protesters had been arrested in Dar es Salaam.", "arrested", "TZACOP", "173",
     "TZACVL"),
    ("Forty protesters were arrested in Dar es Salaam overnight, Tanzanian police said.", "arrested", "TZACOP",
     "173", "TZACVL"),
    ("Pakistan's army said 12 militants were killed in the operation.", "killed", "PAKMIL", "190", "PAKREB"),
    # (h20h) ... also named by "according to" on the clause (modality.yaml attribution_phrases)
    ("Forty protesters were arrested in Harare overnight, according to Zimbabwean police.", "arrested", "ZWECOP", "173",
     "ZWECVL"),
    ("Twelve militants were killed in the operation, according to the Pakistani army.", "killed", "PAKMIL", "190",
     "PAKREB"),
    # (h18j) "X were among those arrested": X were
    ("Georgian police said two opposition leaders were among those arrested.", "arrested", "GEOCOP", "173", "GEOOPP"),
]

# (sentence, (source, code, target)) that must not be coded
ABSENT = [
    # (p24) a bomb of no kind set off is no bombing of a kind (x.explode_bomb.183), the merged kinds' sets notwithstanding
    ("Al-Shabaab militants detonated a bomb outside the Turkish embassy.", ("SOMREBSHB", "1832", "TURGOV")),
    ("Al-Shabaab militants detonated a bomb outside the Turkish embassy.", ("SOMREBSHB", "1833", "TURGOV")),
    # (p23) a return to constitutional order is no release; the return of hostages still is (KEPT by x.appeal_for_release)
    ("BISSAU, Nov 28 (Reuters) - Soldiers detained President Umaro Sissoco Embalo on Wednesday. The African Union called "
     "for a swift return to constitutional order.", ("IGOAFRAFU", "0253", "GNBMIL")),
    # (p23) ... never the dateline's country when its state is not what the story is about
    ("LONDON (Reuters) - Britain and France urged Israel to allow aid into Gaza. The country rejected the calls.",
     ("GBR", "120", "FRA")),
    # (p23) what a court finds someone guilty of is the verdict's content, no act of its own (modality.yaml charge_verbs)
    ("A Bangladeshi court found Sheikh Hasina guilty of ordering security forces to use lethal force against "
     "demonstrators in July 2024.", ("BGDMIL", "175", "BGDCVL")),
    # (p23) a ceremony with no sides told hosts no one
    ("Rubio hosted a ceremony for the new ambassadors.", ("USAGOV", "043", None)),
    # (p23) a truce of no parties told, mediated, names none
    ("A truce, which was brokered by Qatar, took effect on Sunday.", ("QAT", "045", None)),
    # (p23) praise called so is no criticism
    ("Putin hosted Modi in Moscow. Modi called the visit an important moment for both countries.", ("INDGOV", "111", "RUSGOV")),
    ("Putin hosted Modi in Moscow. Modi called the visit historic.", ("INDGOV", "111", "RUSGOV")),
    ("Russia and Ukraine held talks in Istanbul on Friday. Turkey called the talks \"constructive\".", ("TUR", "111", "RUS")),
    # (p23) a body reporting a passive act on its own side did not do it
    ("MANILA, Sept 17 (Reuters) - The Philippines lodged a formal protest after a Chinese coast guard ship fired a water "
     "cannon at a Philippine government vessel near Scarborough Shoal. The vessel was hit on Tuesday morning while "
     "escorting Filipino fishing boats, the coast guard said.", ("PHLMIL", "190", "PHLGOV")),
    ("MANILA, Sept 17 (Reuters) - The Philippines lodged a formal protest after a Chinese coast guard ship fired a water "
     "cannon at a Philippine government vessel near Scarborough Shoal. The vessel was hit on Tuesday morning while "
     "escorting Filipino fishing boats, the coast guard said.", ("PHLMIL", "190", "CHNMIL")),
    # (h23b) a yielding after asks of two sides answers neither; a "hit back" of sport strikes no one
    ("The EU urged Serbia to align with its sanctions, and Russia pressed Belgrade to stay neutral. Serbia complied.",
     ("SRB", "080", "RUS")),
    ("The EU urged Serbia to align with its sanctions, and Russia pressed Belgrade to stay neutral. Serbia complied.",
     ("SRB", "080", "IGOEUREEC")),
    ("Pakistan won the toss and India hit back with quick runs.", ("IND", "190", "PAK")),
    # (h23b) a release demanded is not aimed at the people to be released
    ("Washington demanded the release of two American citizens, whom Russia jailed in March.",
     ("USAGOV", "1053", "USACVL")),
    ("The EU called for the release of two Swedish citizens whom Iran detained in May.", ("IGOEUREEC", "0253", "SWECVL")),
    # (h23b) deals brokered with no definite article, and a truce of one party mediated, name no parties
    ("Israel and Hamas agreed to a ceasefire on Wednesday. Qatar has brokered deals before.", ("QAT", "045", "ISR")),
    ("Russia declared a unilateral Easter truce on Saturday. The truce, which Turkey mediated, lasted 30 hours.",
     ("TUR", "045", "RUS")),
    # (h23b) a drone shot down is no proposal rejected; an accusation is no deed a closing relative judges
    ("Russian air defences shot down a Ukrainian drone over Belgorod.", ("RUS", "120", "UKR")),
    ("Russia accused Ukraine of attacking the Zaporizhzhia plant, which the IAEA condemned.",
     ("IGOUNOIAEA", "111", "RUS")),
    # (h23b) look-alikes of the context targets of this pass: a refusal after a demand made of another, after two
    # askers, negated, or a fall ("declined in March"); claims of two reporters, or about another country, or reported
    # by no one; an idea nobody named proposed; talks hosted with parties of their own
    ("Hamas demanded that Egypt open the Rafah crossing on Monday. Israel refused.", ("ISR", "120", "PSEREBHMS")),
    ("Ukraine asked Germany for Taurus missiles, and Poland urged Berlin to send them. Berlin refused.",
     ("DEUGOV", "120", "POL")),
    ("Ukraine asked Germany for Taurus missiles, and Poland urged Berlin to send them. Berlin refused.",
     ("DEUGOV", "120", "UKR")),
    ("Russia asked Turkey to close the straits. Ankara did not refuse.", ("TURGOV", "120", "RUS")),
    ("The IMF urged Argentina to cut spending on Monday. Argentina's reserves declined in March.",
     ("ARG", "120", "IGOIMF")),
    ("Ukraine said Russia was massing troops near Sumy, and Britain said Moscow was preparing a new offensive. The "
     "Kremlin denied the claims.", ("RUSGOV", "120", "GBR")),
    ("Ukraine said Russia was massing troops near Sumy, and Britain said Moscow was preparing a new offensive. The "
     "Kremlin denied the claims.", ("RUSGOV", "120", "UKR")),
    ("Ukraine said Belarus was preparing to join the war. The Kremlin denied the claims.", ("RUSGOV", "120", "UKR")),
    ("Reports said Rwandan troops were fighting in Congo. Rwanda denied the allegations.", ("RWA", "120", "COD")),
    ("Ukraine's allies called for a 30-day ceasefire on Saturday. Moscow rejected the idea.", ("RUSGOV", "120", "UKR")),
    ("Turkey hosted Russian and Ukrainian negotiators in Istanbul on Sunday. Ukraine rejected the idea of a ceasefire.",
     ("UKR", "120", "TUR")),
    ("Turkey hosted Russian and Ukrainian negotiators in Istanbul on Sunday. Ukraine rejected the idea of a ceasefire.",
     ("UKR", "120", "RUS")),
    ("Russian and Ukrainian delegations met in Istanbul on Friday. Turkey has also hosted talks between Armenia and "
     "Azerbaijan.", ("TUR", "043", "RUS")),
    ("Russian and Ukrainian delegations met in Istanbul on Friday. Turkey has hosted talks before.", ("TUR", "043", "RUS")),
    # (h23d) a gapped subject is no object's conjunct; a name after another preposition's object is no gapped subject
    # (it may be the recipient); a gapped clause counting something else shares no target; an object shared only when
    # the first verb has nothing after it; a call returned is the returner's; funds released are unfrozen (085); a
    # site struck is not the attacker's; a capital owning the suburbs struck is no government
    ("The U.S. sanctioned two Russian banks and the EU three.", ("USA", "163", "IGOEUREEC")),
    ("Russia expelled two British diplomats and Belarus one.", ("RUS", "161", "BLR")),
    ("The EU imposed sanctions on 20 Iranian officials and Britain on 15.", ("IGOEUREEC", "163", "GBR")),
    ("The U.S. sanctioned two Russian banks and the EU three Russian banks.", ("USA", "163", "IGOEUREECBUS")),
    ("Germany pledged 50 million euros to Sudan and Chad 30 million.", ("TCD", "0331", "SDN")),
    ("Israel released 90 Palestinian prisoners and Hamas three hostages.", ("PSEREBHMS", "0841", "PSECVL")),
    ("Britain condemned and China welcomed the deal between Israel and Hamas.", ("GBR", "051", "ISR")),
    ("Britain condemned the attack and France criticised Iran's missile launch.", ("GBR", "111", "IRN")),
    ("Protesters rallied and police arrested 20 opposition supporters in Nairobi.", ("KENCVL", "140", "KENOPP")),
    ("Hamas fighters attacked and Israeli troops killed three Palestinians.", ("PSEREBHMS", "190", "PSECVL")),
    ("Putin received a call from Erdogan on Monday.", ("RUSGOV", "041", "TURGOV")),
    ("Putin returned a call from Erdogan.", ("TURGOV", "041", "RUSGOV")),
    ("Erdogan urged talks with Russia.", ("TURGOV", "040", "RUS")),
    ("Zelensky spoke on the issue with Trump.", ("UKRGOV", "041", "USAGOV")),
    ("Macron held talks with Merz in Paris.", ("FRAGOV", "041", "DEUGOV")),
    ("South Korea released frozen Iranian funds.", ("KOR", "0842", "IRN")),
    ("Hamas handed over four Israeli hostages to the Red Cross.", ("PSEREBHMS", "0841", "NGOICRC")),
    ("Russia and Ukraine each freed 150 prisoners of war.", ("RUS", "0841", "RUSMIL")),
    ("Russia and Belarus each freed two Polish citizens.", ("RUS", "0841", "BLR")),
    ("A report from Kyiv said Russia had attacked the city.", ("UKR", "112", "RUS")),
    ("Iran released 20 students arrested during the protests.", ("IRN", "0841", "IRN")),
    ("An Israeli airstrike on a school killed 20 people.", ("ISR", "195", "ISREDU")),
    ("An Israeli airstrike on a school in Gaza City killed 20 people.", ("ISR", "195", "ISREDU")),
    ("Israeli strikes on Beirut's southern suburbs killed 12 people.", ("ISR", "190", "LBNGOV")),
    ("A U.S. strike on a boat in the Caribbean killed six people, Venezuelan officials said.", ("USA", "190", "CRB")),
    ("In talks with Iran on Monday, Britain, France and Germany urged Tehran to show restraint.", ("IRN", "0256", "IRNGOV")),
    # (h22c) "Ukraine's allies" are not Ukraine (coref.yaml relational_heads); a revenge vowed with no one who used force
    # on the vower's country names no target; an agentless killing after a clash (two doers) or told as a separate
    # incident is no one's
    ("Ukraine's allies pledged more military aid on Tuesday.", ("UKR", "033", None)),
    ("The Houthis attacked Israel and U.S. warships in the Red Sea.", ("YEMREBHTH", "190", "ISRMIL")),
    ("Egypt beat Nigeria 2-0 on Sunday. Nigeria's coach vowed revenge.", ("NGA", "130", None)),
    ("Egypt beat Nigeria 2-0 on Sunday. Nigeria's coach vowed revenge.", ("NGA", "130", "EGY")),
    ("Kenya's teachers' union wrote to the education ministry on Monday. The minister promised a response.",
     ("KENGOV", "130", "KENLAB")),
    ("Israeli forces and Hamas fighters clashed in Gaza on Monday. Three people were killed.", ("ISRMIL", "190", "PSECVL")),
    ("Israeli forces and Hamas fighters clashed in Gaza on Monday. Three people were killed.",
     ("PSEREBHMS", "190", "PSECVL")),
    ("Russian missiles struck a hospital in Kyiv on Monday. In a separate incident, three people were killed in Odesa.",
     ("RUSMIL", "190", "UKRCVL")),
    ("Pakistan's military said on Sunday it had killed 15 militants in the northwest. Five soldiers were killed in the "
     "clashes.", ("PAKMIL", "190", "PAKMIL")),
    ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Two protesters were killed.",
     ("KENCOP", "190", "KENCVL")),
    # (h22c) a state office holder's lawyers are not the government accusing its own prosecutors
    ("South Korean prosecutors indicted Interior Minister Lee Sang-min on Monday. His lawyers accused prosecutors of "
     "bias.", ("KORGOV", "112", "KORJUD")),
    # (h21j) look-alikes of context_targets.donations: aid to two recipients before, donors helping two countries,
    # the donor's own country, a pledge too far back
    ("Human Rights Watch suggested on Tuesday that Nigerian troops had ordered the killings. Ghana's army chief "
     "rejected suggestions that his troops had crossed the border.", ("GHAMIL", "120", "NGOHRW")),
    ("Britain pledged 20 million pounds to Jordan and 10 million pounds to Lebanon. Denmark promised 8 million "
     "dollars.", ("DNK", "0331", "JOR")),
    ("Britain pledged 20 million pounds to Jordan and 10 million pounds to Lebanon. Denmark promised 8 million "
     "dollars.", ("DNK", "0331", "LBN")),
    ("Donors pledged 900 million dollars on Monday to help Chad and Niger. Qatar promised 30 million dollars.",
     ("QAT", "0331", "TCD")),
    ("The IMF approved a 1 billion dollar loan for Kenya on Monday. Kenya pledged 2 billion dollars for new roads.",
     ("KEN", "0331", "KEN")),
    ("Japan pledged 40 million dollars in aid to Haiti on Thursday. The money will go to hospitals. Officials said "
     "schools would reopen next month. Canada later promised 10 million dollars for a new port.", ("CAN", "0331", "HTI")),
    # (h21k) not confirming an act is not denying it: the act is untold (modality.yaml unasserting_verbs)
    ("The Israeli military has not confirmed carrying out the air strike on the Syrian army base.",
     ("ISRMIL", "195", "SYRMIL")),
    ("Kyiv did not acknowledge carrying out the drone attack on the Russian air base.", ("UKRGOV", "195", "RUS")),
    # (h21i) sanctions relief is no aid and no call for sanctions
    ("Washington announced sanctions relief for Syria on Friday.", ("USAGOV", "033", "SYR")),
    ("Canada pressed for sanctions relief for Syria.", ("CAN", "113", "SYR")),
    ("Britain promised sanctions relief for Syria.", ("GBR", "033", "SYR")),
    # (h21i) joining protests asked for is no appeal for talks
    ("The opposition leader urged Kenyans to join the protests on Tuesday.", ("KENOPP", "026", "KEN")),
    ("The opposition leader urged Kenyans to join the protests on Tuesday.", ("KENOPP", "022", "KEN")),
    # (h21d) look-alikes of the roots 01-09 phrasing sweep: weight thrown around, olive oil, credentials shown to a
    # body, a currency swap, a welcome of another's offer, a lifting condemned, a planned meeting or an unspecific
    # summit hosted, a ceasefire reached, a pledge welcomed, a letter of protest or defiance, teachers trained,
    # a court turned to at home, bombs dropped, a message of support (no aid)
    ("Russia threw its weight around in Kazakhstan.", ("RUS", "051", "KAZ")),
    ("Tunisia extended its olive oil exports to Spain.", ("TUN", "050", "ESP")),
    ("The Nigerian candidate presented her credentials to the African Union.", ("NGA", "050", "IGOAFRAFU")),
    ("India and Japan carried out a currency swap.", ("IND", "0841", "JPN")),
    ("Egypt welcomed an offer of mediation from Qatar to Sudan.", ("EGY", "039", "SDN")),
    ("Russia condemned the lifting of sanctions on Syria by the European Union.", ("RUS", "085", "SYR")),
    ("Iran and the United States will meet again next week. The talks were hosted by Oman.", ("OMN", "043", "IRN")),
    ("Ruto met Museveni on Monday. A separate summit was hosted by Kenya in March.", ("KEN", "043", "UGAGOV")),
    ("A ceasefire was reached between Israel and Hamas on Sunday.", ("ISR", "057", "PSEREBHMS")),
    ("Ukraine welcomed a pledge of $2 billion from Japan.", ("UKR", "033", "JPN")),
    ("Britain trained 30,000 Ukrainian teachers.", ("GBR", "074", "UKR")),
    ("Ghana turned to the courts for help.", ("GHA", "023", "GHAJUD")),
    ("Kenya's treaty with Ethiopia entered into force on Monday.", ("KEN", "057", "ETH")),
    ("Russia dropped bombs into Gaza.", ("RUS", "073", "PSE")),
    ("Poland signed a letter to Ukraine on grain imports.", ("POL", "057", "UKR")),
    ("Germany sent a message of defiance to Russia.", ("DEU", "051", "RUS")),
    ("Germany sent a message of support to Ukraine.", ("DEU", "073", "UKR")),
    ("Macron paid tribute to French soldiers killed in Mali.", ("FRAGOV", "051", "FRAMIL")),
    ("Kenya scaled back its aid to Somalia.", ("KEN", "087", "SOM")),
    ("Erdogan greeted the decision by Moscow with dismay.", ("TURGOV", "043", "RUSGOV")),
    ("The Kenyan government greeted the Somali refugees' return with relief.", ("KENGOV", "043", "SOMREF")),
    ("Israel praised the US-brokered truce.", ("USA", "045", "ISR")),
    ("The visit was hosted by King Salman in Riyadh.", ("SAUGOV", "043", "SAU")),
    ("Ruto addressed an audience of Ugandan traders in Kampala.", ("KENGOV", "040", "UGABUS")),
    ("Forty lawmakers signed a statement condemning the coup in Niger.", ("NERLEG", "057", "NER")),
    ("Iranian-backed Houthi rebels attacked a Greek ship.", ("YEMREBHTH", "051", "GRC")),
    # (h21h) an object "it" after a sentence whose object is a deal between parties is the deal, not the last party
    # named in its phrase; a state's protest against an act is no demonstration (both failed before)
    ("Canada welcomed the accord signed by Serbia and Kosovo on Monday. Hungary also rejected it.", ("HUN", "120", "XKX")),
    ("Australia protested against the Chinese ban on barley imports.", ("AUS", "141", "CHN")),
    # (h21e) an act asked for in a "for" clause has not happened (it failed before); the look-alikes of the phrasing
    # sweep (held before too): a crossing's access blocked restricts no freedoms, an apology not made is no refusal,
    # allegations denied accuse no one, artillery fire and troops taking aim criticise no one, migrants are no
    # diplomats, holding someone accountable is no protest threatened (failed before)
    ("The EU called for Russia to withdraw its troops from Ukraine.", ("RUS", "0874", "UKR")),
    ("Israel vowed to hold Hamas accountable for the attack.", ("ISR", "133", None)),
    ("Israeli troops blocked access to the Rafah crossing.", ("ISRMIL", "1721", "ISRCVL")),
    ("Japan's prime minister did not apologise for the remarks.", ("JPNGOV", "120", None)),
    ("Ottawa said there were no credible allegations of Indian involvement in the killing.", ("CANGOV", "112", "IND")),
    ("The Ukrainian village came under fire from Russian artillery.", ("RUS", "111", "UKR")),
    ("Russian troops took aim at Ukrainian positions.", ("RUSMIL", "111", "UKR")),
    ("Pakistan ordered the expulsion of undocumented Afghan migrants.", ("PAK", "161", "AFGREF")),
    # (h21e, failed before) a labour strike is no attack, a penalty one is slapped with and an expulsion no beating, a
    # retort no blow, a kick no expulsion
    ("Kenyan doctors launched a nationwide strike on Monday.", ("KENHLH", "190", None)),
    ("Moscow was slapped with a ban on flights by Brussels.", (None, "182", "RUSGOV")),
    ("Russian diplomats were kicked out of Moldova.", (None, "182", "RUSGOV")),
    ("Beijing hit back at Washington over the tariffs.", ("CHNGOV", "190", None)),
    ("Israeli soldiers kicked a Palestinian man in Hebron.", ("ISRMIL", "174", "PSECVL")),
    # (h21e look-alike, held before) a convoy held up by rebels is no veto
    ("Rebels held up a Sudanese aid convoy for hours.", ("SDNREB", "129", "SDN")),
    # (h21e look-alike, held before) a standing danger is no threat made
    ("The Russian threat to Europe is growing, Polish officials said.", ("RUS", "130", "EUR")),
    # (h20l) a waiver extended to citizens is no invitation; fire or prisoners exchanged are no envoys, nor talks
    ("Egypt extended its visa waiver to Turkish citizens.", ("EGY", "036", "TURCVL")),
    ("Israel and Hezbollah exchanged fire across the border on Monday.", ("ISR", "050", "LBNREBHEZ")),
    ("Russia and Ukraine exchanged prisoners on Friday.", ("RUS", "040", "UKR")),
    # (h20l) a petition signed is no agreement with anyone
    ("Residents of Lagos signed a petition against the new highway.", ("NGACVL", "057", "NGA")),
    # (h20n) a plan put on standby alerts no forces; a ferry that sank was sunk by no one
    ("Serbia put the new rail project with Hungary on standby.", ("SRB", "152", "HUN")),
    ("A Greek ferry sank off the coast of Turkey on Sunday.", ("GRC", "190", "TUR")),
    # (h20n) a drone intercepted is shot down, not a vessel stopped; a country's own people pushing into a square
    # use no military force; a sanction is no blockade
    ("The Israeli navy intercepted a drone launched from Lebanon near the port of Haifa.", ("ISRMIL", "191", "LBN")),
    ("Thousands of protesters pushed into the main square of Tbilisi on Sunday.", ("GEOCVL", "190", "GEO")),
    ("The European Union imposed new sanctions on Iran over drone sales.", ("IGOEUREEC", "191", "IRN")),
    # (h20k) a news conference in a capital meets no one there
    ("Macron said at a news conference in Berlin that trade would grow.", ("FRAGOV", "040", "DEU")),
    # (h20k) a matter on the table is refused by no one
    ("Putin met Zelensky in Istanbul on Monday. Zelensky said Crimea was on the table.", ("UKRGOV", "125", "RUSGOV")),
    # (h20k) an outcome that went against expectations condemns no one
    ("Slovakia's parliament adopted the media law on Monday. The European Union said the vote went against "
     "expectations.", ("IGOEUREEC", "111", "SVKLEG")),
    # (h20k) a joint pledge not to use force against a third party is no agreement between the two, nor a vow to use it
    ("Armenia and Azerbaijan pledged not to use force against Georgia.", ("ARM", "057", "AZE")),
    ("Armenia and Azerbaijan vowed to use force against each other.", ("ARM", "057", "AZE")),
    # (h20k) a party's words taken seriously, or a party taken to court, are no threat to occupy it
    ("Biden vowed to take China's challenge seriously.", ("USAGOV", "1382", "CHN")),
    ("Zelensky vowed to take Russia to court over the dam.", ("UKRGOV", "1382", "RUS")),
    # (h20k) forces massed outside a city protest nothing
    ("Russian commanders gathered troops outside Kharkiv.", ("RUSMIL", "141", "UKR")),
    # (h20k) a halt with no partner named embargoes no one, nor does a cut to an amount
    ("Russia cut oil exports to nine million barrels a day.", ("RUS", "163", "RUS")),
    # (h20k) backing a case is no legal action of one's own
    ("Spain said it supported Nicaragua's case against Germany.", ("ESP", "115", "DEU")),
    # (h20j) an envoy brought from elsewhere to talks is not recalled; talks at a residence detain no one; drones
    # banned from one's own capital sanction no one; protests that could follow are no threat of sanctions
    ("Pakistan brought its ambassador from Paris to the talks.", ("PAK", "161", "FRA")),
    ("Guinea's president Alpha Conde held talks with the French ambassador at his residence.",
     ("GINGOV", "173", "FRAGOV")),
    ("The European Union warned Belgrade that protests could follow.", ("IGOEUREEC", "1312", "SRBGOV")),
    ("Kenyan police ordered the protesters out of the parliament building.", ("KENCOP", "174", "KENCVL")),
    ("Washington would launch a comprehensive review of the attack on Baku.", ("USAGOV", "160", "AZE")),
    ("Germany linked its aid to reforms in Ukraine.", ("DEU", "112", "UKR")),
    ("Pakistan said on Monday it was withdrawing its high commissioner from Bangladesh.", ("PAK", "0874", "BGD")),
    # (h20i) protection of one's own country's people is no military aid (x.protect.074 foreign_target)
    ("Kenyan police protected Kenyan protesters.", ("KENCOP", "074", "KENCVL")),
    # (h20i) troops authorised for one's own mission admit no one's peacekeepers (x.allow_peacekeepers.0861)
    ("Serbia has massed troops near its border with Kosovo. NATO said it had authorised additional troops for its "
     "KFOR peacekeeping mission.", ("IGOWSTNAT", "0861", "SRBMIL")),
    # (h20i) a privilege abused is no torture (x.torture.1822 object_not); the charge stays (KEPT)
    ("Russia's foreign ministry said Britain had abused its privileges as host.", ("GBR", "1822", None)),
    # (h20i) an electoral body announcing its own country's result endorses no one, nor does "no evidence"; what a
    # party is likened to is no actor (coref.yaml likening_verbs): the pronoun is not the "pirates"
    ("Kenya's electoral commission said William Ruto won the election.", ("KENELI", "051", "KENGOV")),
    ("The US said there was no evidence that Carlos Mesa won the election.", ("USA", "051", "BOLOPP")),
    ("Philippine General Romeo Brawner likened the Chinese personnel to pirates. \"They boarded our boats "
     "illegally,\" he said.", ("CHNCRM", "1711", None)),
    # (h20i) a failure told in the "for" phrase of a criticism is the charge, no act denied
    # (filters._drop_charged_failures)
    ("Yerevan criticised Moscow for failing to protect Armenia.", ("RUSGOV", "074", "ARM")),
    ("Kyiv condemned Moscow for failing to protect civilians.", ("RUSGOV", "074", "UKRCVL")),
    # (h20i) a speech participle that explains a rejection is no statement of its own
    # (filters._drop_explaining_statements)
    ("Ankara rejected the accusation, saying Greece was spreading lies.", ("TURGOV", "010", "GRC")),
    ("Baku rejected the charge, saying the Armenians were leaving voluntarily.", ("AZEGOV", "010", "ARM")),
    ("Quito rejected the accusation, saying the Colombians were leaving voluntarily.", ("ECUGOV", "010", "COL")),
    # (h20i) "what they called" a name is no name-calling
    ("The three leaders appeared together to announce what they called the Ankara Declaration.", ("TURGOV", "111", "TUR")),
    # (h20i) likening a thing to a thing
    ("Analysts likened the summit to a chess match.", (None, "111", None)),
    # (h20b) the same arrest told again with no arrester is no second, one-sided event (filters.py _repeated_one_sided)
    ("Police in Baku arrested opposition leader Ali Karimli on Saturday. Karimli was taken into custody at his home, "
     "his party said.", (None, "173", "AZEOPP")),
    # (h20b) ... and one on another actor of that code takes the nearby act's doer (test_one_coded_event_per_act
    # below: two arrests by the police)
    ("Police in Minsk arrested two opposition leaders on Monday. Opposition leader Pavel Latushko was also detained, "
     "his party said.", (None, "173", "BLROPP")),
    # (h20f) what a natural force struck is nobody's attack; relief inside the disaster's own country, or where it
    # struck two countries, is aimed at no one guessed
    ("A powerful earthquake struck western Nepal on Friday.", (None, "190", "NPL")),
    ("Floods hit southern Malawi on Monday. Britain released $3 million to support the flood response.", (None, "190", "MWI")),
    ("Floods hit Malawi and Mozambique this week. Britain released $3 million to support the flood response.", ("GBR", "071", "MWI")),
    ("Floods hit Malawi and Mozambique this week. Britain released $3 million to support the flood response.", ("GBR", "071", "MOZ")),
    ("A powerful earthquake struck western Nepal on Friday, killing 90 people. Nepal's army dispatched rescue teams to "
     "the district.", ("NPLMIL", "073", "NPL")),
    # (h20f) having a part in something is no denial
    ("Qatar said it had a role in the talks.", ("QAT", "016", None)),
    # (h20d) background: an act told as going on over a long span (perfect + "since" a year or an act of history,
    # "for" a span of years; modality.yaml long_running) and the act a span or an anniversary runs from
    ("Israel has for years carried out air strikes on Hezbollah targets in Syria.", ("ISR", "195", "LBNREBHEZ")),
    ("Friday marks three years since Russia's invasion of Ukraine.", ("RUS", "190", "UKR")),
    ("Sudan's army has fought the Rapid Support Forces since 2023.", ("SDNMIL", "190", "SDNREBRSF")),
    ("Ethiopian troops have shelled Eritrean border posts for two years.", ("ETHMIL", "194", "ERI")),
    # (h20d) a bare statement told to someone, a leader or a news outlet, is no event (core.yaml tell.010 silent)
    ("Erdogan told Putin that the grain corridor was vital for world food supplies.", ("TURGOV", "010", "RUSGOV")),
    ("A Ukrainian commander told the BBC that Russian forces were regrouping near Pokrovsk.", ("UKRMIL", "010", "GBRMED")),
    # (h20d) a protest as the aim of a summons or a recall is that act, no street demonstration (purpose_aims)
    ("Norway summoned Iran's ambassador to protest against the execution of a Norwegian-Iranian dissident.",
     ("NOR", "141", "IRNOPP")),
    ("Lithuania recalled its ambassador from Beijing to protest against Chinese trade curbs.", ("LTU", "141", "CHN")),
    # (h20d) domestic restrictions are no sanctions
    ("The Taliban imposed new restrictions on Afghan women on Tuesday.", ("AFGGOV", "163", "AFGCVL")),
    # (h20d) ... and makes no claim of responsibility by the blamed
    ("Seoul said Pyongyang would bear full responsibility for the consequences of the launch.", ("PRKGOV", "015", None)),
    # (h20d) a visit cut short took place: no 160
    ("Merz cut short a visit to Brazil after floods hit southern Germany.", ("DEUGOV", "160", "BRA")),
    # (h20d) parts of one act of force (what the strike destroyed, the missiles the jets fired) are no second and third
    # event beside it (modality.yaml subsumed_acts, force_part_subjects)
    ("An Iranian missile strike on a Kurdish opposition base in Erbil killed five fighters on Sunday. The Iranian strike "
     "destroyed the base's main building. Iranian jets fired four missiles from across the border, Kurdish officials "
     "said.", ("IRN", "1712", None)),
    ("An Iranian missile strike on a Kurdish opposition base in Erbil killed five fighters on Sunday. The Iranian strike "
     "destroyed the base's main building. Iranian jets fired four missiles from across the border, Kurdish officials "
     "said.", ("IRN", "150", "IRQ")),
    ("A Russian air strike on Ukraine's embassy compound in Kyiv killed two guards on Sunday. The Russian strike "
     "destroyed the consular section. Russian Tu-95 bombers fired six cruise missiles from the Caspian Sea, Ukraine's "
     "air force said.", ("RUSMIL", "150", "UKR")),
    ("An Israeli air strike on a Hamas command post in Gaza City killed four militants on Monday. The Israeli strike "
     "destroyed the building. Israeli jets fired two missiles at it, witnesses said.", ("ISR", "1712", None)),
    # (h20e) "the committee" is no earlier organisation whose names do not call it so; kin are not the person
    ("Belarusian police detained opposition leader Ihar Sidorenko in Minsk. His mother accused the police of "
     "beating him.", ("BLROPP", "112", "BLRCOP")),
    # (h20a) a visit cut short was made, not cancelled (160); lawmakers removed from a chamber lose no post (1722)
    ("The Chinese premier cut short a visit to New Zealand on Monday.", ("CHNGOV", "160", "NZL")),
    ("Georgian police removed four opposition lawmakers from the parliament chamber on Monday.", ("GEOCOP", "1722", "GEOLEG")),
    # (h20a, held before: guards of the new patterns) own citizens told to leave a war zone are evacuated, not
    # expelled; an honour to one's own soldiers is no act towards another; a punishment demanded is no threat
    ("The United States ordered its citizens to leave Lebanon immediately.", ("USA", "174", "USACVL")),
    ("Putin awarded medals to Russian soldiers on Monday.", ("RUSGOV", "051", "RUSMIL")),
    ("Iranian authorities switched the internet back on Friday.", ("IRNGOV", "1721", "IRNCVL")),
    ("The French government said those responsible for the attack on the embassy in Niamey should be punished.",
     ("FRAGOV", "130", "NER")),
    # (h19m) no made-up "ministers of Union" (IGOGOV) from a coordinated "from" phrase with organisations
    ("Ministers from Spain, the African Union and the European Union met in Madrid on Monday.", ("ESPGOV", "040", "IGOGOV")),
    ("Ministers from Spain, the African Union and the European Union met in Madrid on Monday.", ("IGOGOV", "040", "IGOEUREEC")),
    # (h19n) an opposition that foreign diplomats meet is not the diplomats' country's
    ("OUAGADOUGOU, Burkina Faso (AP) - Two Italian diplomats had met opposition figures in Ouagadougou, state "
     "television said on Monday.", ("ITAGOV", "040", "ITAOPP")),
    ("NIAMEY (Reuters) - Three Belgian diplomats met opposition leaders last week, Niger's government said.",
     ("BELGOV", "040", "BELOPP")),
    # (h19n) a place vowed to be retaken is held by who fought for it, not by who imposed sanctions on the vower
    ("ADDIS ABABA (Reuters) - The European Union imposed sanctions on Ethiopia's army chief on Thursday. The "
     "government has vowed to retake all of Tigray.", ("ETHGOV", "138", "IGOEUREEC")),
    # (h19n) a departure demanded is a leadership change only of one office holder; instructors or trainers sent
    # are no forces mobilised (nor advisers, p20); an aid body warning it may cut rations or food threatens no one
    ("NIAMEY (Reuters) - Niger's junta demanded the departure of French soldiers on Thursday.",
     ("NERMIL", "1041", "FRAMIL")),
    ("BAMAKO (AFP) - Mali's military government has demanded the departure of the UN peacekeeping mission.",
     ("MLIMIL", "1041", "IGOUNOPKO")),
    ("MOSCOW (Reuters) - Russia sent military instructors to Burkina Faso in January.", ("RUS", "154", "BFA")),
    ("Turkey sent military trainers to Somalia last year.", ("TUR", "154", "SOM")),
    ("The World Food Programme warned it may cut rations for Rohingya refugees in Bangladesh.",
     ("IGOUNOWFP", "131", "BGD")),
    # (h19j) a body said to be based in a place is not the country of who speaks of it, nor is a legislature the
    # dateline's when it impeaches another country's president
    ("Lula accused the Hague-based tribunal of overstepping its mandate.", ("BRAGOV", "112", "BRAJUD")),
    ("Hungary's foreign minister criticised the European Court of Human Rights, accusing the Strasbourg-based "
     "tribunal of bias.", ("HUNGOV", "112", "FRAJUD")),
    ("WASHINGTON (Reuters) - The United States said on Tuesday it was watching the crisis in Ecuador closely. "
     "The State Department said it trusted Ecuador's institutions. U.S. officials declined further comment, and "
     "the White House did not respond.\n\nThe opposition-controlled National Assembly impeached President Daniel "
     "Noboa on Monday.", ("USALEG", "172", "ECUGOV")),
    ("Germany ordered 15 Russian diplomatic staff to leave the country on Wednesday.", ("DEU", "100", "RUSGOV")),
    # (h19h) condemning an arrest, detention or sentencing is aimed at who did it, never at who suffered it
    # (coref.yaml custody_nouns)
    ("Britain condemned the arrest of Belarusian opposition activists.", ("GBR", "111", "BLRCVL")),
    ("Norway condemned the detention of Venezuelan opposition activists.", ("NOR", "111", "VENCVL")),
    # (h19h) what a characterising verb calls its object is no part of it ("as interference in X's affairs")
    ("Nicaragua's government dismissed the criticism as interference in Nicaragua's internal affairs.",
     ("NICGOV", "120", "NIC")),
    ("Serbia's government rejected the resolution as interference in Serbia's internal affairs.", ("SRBGOV", "120", "SRB")),
    # (h19i) breaking into a building is no hacking (x.break_into.170 needs a digital object)
    ("Opposition supporters tried to break into the parliament building in Tbilisi on Monday.", ("GEOOPP", "170", "GEO")),
    # (h19i) migrants picked up at sea or off a coast are rescued, not arrested (x.pick_up.173)
    ("Dozens of migrants had been picked up at sea by the Italian coast guard on Sunday.", ("ITAMIL", "173", "ITAREF")),
    ("The Greek coast guard picked up 40 migrants off Lesbos on Tuesday.", ("GRCMIL", "173", "GRCREF")),
    # (h19i) not saying when troops must leave demands nothing (modality.yaml indirect_question_words)
    ("The junta in Niamey did not say when the French troops must leave.", ("NERMIL", "100", "FRAMIL")),
    ("The Sahel leaders did not say whether UN peacekeepers must leave.", ("WAFGOV", "100", "IGOUNOPKO")),
    # (h19i) an act a party only would block is neither done nor denied by its doer
    ("Somalia has said it would block Ethiopian troops from joining the new African Union mission.",
     ("ETHMIL", "074", "IGOAFRAFU")),
    # (h19i) reviewing one's relations with a country consults no one (n.review_together.040)
    ("The Slovak government said it was reviewing its relations with Budapest.", ("SVKGOV", "040", "HUNGOV")),
    ("India is reviewing its relations with Maldives after the remarks.", ("IND", "040", "MDV")),
    # (h19i) defending one's own border supports no one (defend.051, x.defend_against.052 object_not)
    ("Uganda said its forces act only to defend its border with Congo.", ("UGAMIL", "051", "UGA")),
    ("Rwanda says its forces act only to defend its border against the FDLR.", ("RWAMIL", "052", "RWA")),
    # (h19i) protesters storming a residence riot; no military force (storm.190 / storm_riot.145)
    ("Protesters stormed her residence in Dhaka.", ("BGDCVL", "190", "BGD")),
    # (h19e) ... not a mere statement
    ("Armenia's foreign ministry said Azerbaijan had committed hundreds of violations of the truce.",
     ("ARMGOV", "010", "AZE")),
    # (h19e) ... never an accusation of the clause's subject at itself
    ("Baku said Armenia had fired on its positions in Nakhchivan and accused Yerevan of wrecking the peace talks.",
     ("ARM", "112", "ARMGOV")),
    ("Pyongyang said South Korea had sent drones over its capital and blamed Seoul for the provocation.",
     ("KOR", "112", "KORGOV")),
    # (h19e) ... never the reported clause's subject's
    ("Kazakhstan said Azerbaijan had shelled Armenian border posts and called on the two countries to show "
     "restraint.", ("AZE", "0256", "KAZ")),
    # (h19e) ... never at the other side, whose act on another place was told since
    ("Russian missiles struck a school in Kharkiv on Monday. Moscow said Ukrainian drones had attacked a refinery in "
     "the Belgorod region. France condemned the attack on Kharkiv.", ("FRA", "111", "UKR")),
    ("Israeli warplanes bombed a school in Khan Younis on Tuesday, medics said. Hamas said its fighters had attacked "
     "Israeli troops near Rafah. Jordan condemned the attack on Khan Younis.", ("JOR", "111", "PSEREBHMS")),
    # (h19c) senses: a crackdown on a trade or a crime represses no one (crack_down.175 prep_object_not); what is
    # "broken into" has no object ("broke X into paying" is no intrusion, x.hack_into.170 no_object); a document
    # submitted to a body is no yielding (x.submit_to.083 no_object)
    ("Thailand agreed to crack down on smuggling of Cambodian rice across the border.", ("THA", "175", None)),
    ("Lukashenko said Putin had broken the Yerevan leadership into buying Russian gas.", ("RUSGOV", "170", "RUS")),
    ("The Kremlin said Washington had broken the Moldovan government into buying American gas.",
     ("USAGOV", "170", "USA")),
    ("Prime Minister Mark Carney said the government would submit the trade deal to parliament next week.",
     ("CANGOV", "083", "CANLEG")),
    ("Canada lifted its tariffs on Chinese electric vehicles to 100% on Tuesday.", ("CAN", "085", "CHN")),
    ("Washington lifted the levy on Brazilian coffee by 40 percentage points.", ("USAGOV", "085", "BRA")),
    # (h19c) the visitor described by "visiting" is not visited by the host
    ("Lula met visiting German Chancellor Olaf Scholz in Brasilia on Monday.", ("BRAGOV", "042", "DEUGOV")),
    # (h19a) a name on a head noun names it; the possessor only owns it and does not act with it
    ("A Dhaka court sentenced former Prime Minister Sheikh Hasina on Monday. Her Awami League party condemned the "
     "ruling.", ("BGDELI", "111", "BGDJUD")),
    # (h19a) an arrest warrant sought is no arrest ordered, with no one named either (112 with a target)
    ("Bolivian prosecutors will seek a new arrest warrant, officials said.", ("BOLJUD", "173", None)),
    ("Bolivian prosecutors sought an arrest warrant on Monday, the attorney general's office said.", ("BOLJUD", "173", None)),
    # (h19a) a refusal verb with no act named as its object states a stand and answers no one from the story
    ("Police in Kampala detained an opposition leader on Tuesday. Opposition parties later declined to take part in "
     "the parliamentary debate.", ("UGAOPP", "120", "UGACOP")),
    # (h19a, guard) a passive verdict is no foreign court's
    ("A Cairo court sentenced activist Alaa Abdel Fattah to five years. In a separate case, two Tunisian journalists "
     "were convicted of spreading false news.", ("EGYJUD", "173", "TUNMED")),
    # (h19a) an open complement after "is expected / due to" names its own act, no visit to its object
    ("Peru's Congress is expected to question President Dina Boluarte next week.", ("PERLEG", "042", "PERGOV")),
    ("Thai prosecutors are expected to indict former Prime Minister Thaksin Shinawatra.", ("THAJUD", "042", "THAELI")),
    # (h19b) not the country a relative clause names
    ('Hamas said it had fired rockets at an area Egypt controls. It accused Israel of killing civilians.', ("EGY", "1124", "ISR")),
    # (h19b) not the two a third party thanked or praised
    ('Ethiopia and Eritrea exchanged artillery fire along their border on Monday. Ethiopia accused Eritrea of massing troops, and Eritrea accused Ethiopia of planning an invasion. Ethiopian Prime Minister Abiy Ahmed thanked Kenya, Djibouti and other neighbours for their help. Officials said the two sides had agreed to hold talks in Nairobi next week.',
     ("KEN", "040", "DJI")),
    ('Thailand accused Cambodia of laying new landmines on Monday, and Cambodia accused Thai troops of shelling a temple. Thailand closed the border. Prime Minister Anwar Ibrahim praised Japan and China for their support. The two countries agreed to meet in Kuala Lumpur on Friday.',
     ("JPN", "040", "CHN")),
    # (h19b) no minister accusing their own country
    ("Defence Minister Ali Hassan accused Eritrea of arming the Tigray People's Liberation Front.",
     ("ERIMIL", "1123", "ERI")),
    # (h18i) no target from the story where it is not clear: two adversaries told before; a reaction told after the
    # lead act; a thing rejected (the result is not the police's); a refusal stating a stand
    ("Ethiopia accused Eritrea on Monday of arming rebels in Tigray. Ethiopia also accused Sudan of sheltering the "
     "rebels. The Ethiopian army said it had sent more soldiers to the northern frontier.", ("ETHMIL", "154", "ERI")),
    ("Soldiers in Gabon seized the presidential palace on Wednesday and sent troops to the borders. The African Union "
     "condemned the coup.", ("GABMIL", "154", "IGOAFRAFU")),
    ("Police arrested two opposition leaders in Yaounde on Monday. The opposition rejected the election result.",
     ("CMROPP", "120", "CMRCOP")),
    ("Japan lodged a protest with North Korea over the missile launch. Kim said North Korea would never give up its "
     "nuclear weapons.", ("PRK", "1243", "JPN")),
    # (h18n) measures of control taken are no control taken; operations with a partner are no offensive; looting
    # a convoy is no riot; a hacking target is no strike
    ("China's coast guard said it had taken necessary control measures near the shoal.", ("CHNMIL", "192", None)),
    ("French warplanes will carry out flight operations with the Estonian army next week.", ("FRAMIL", "190", "ESTMIL")),
    ("Houthi fighters looted a UNICEF convoy in Hodeidah.", ("YEMREBHTH", "145", None)),
    ("Russian hackers targeted the computer network of Germany's parliament.", ("RUS", "190", "DEULEG")),
    # (h18p) a court asked to rule is no appeal to it; an apposition's "at odds with" party is not the "it" a
    # participle names after the verb's own object; a family name is not a body of that name; a second title of
    # one person named in apposition is no second person
    ("Kenya's opposition asked the Supreme Court to overturn the election law.", ("KENOPP", "020", "KENJUD")),
    ("Kais Saied, a president at odds with the Ennahda party, rejected the bill, calling it 'a betrayal of the "
     "revolution'.", ("TUNGOV", "111", "TUNPTYENN")),
    ("Therese Kayikwamba Wagner said Congo wanted Rwandan troops gone. Kayikwamba Wagner demanded that Rwanda withdraw.",
     ("RUSMILWAG", "1056", "RWA")),
    # (h18a) an instrument struck down, criticised or merely named is no act of who did that; a warning denied none
    ("Uganda's constitutional court struck down a law banning imports of sugar from Kenya.", ("UGAJUD", "163", "KEN")),
    ("China's defence ministry said the drills were not a warning to Japan.", ("CHNMIL", "130", "JPN")),
    # (h18b) the reporter of the last sentence, continued by "It said", is not one of "the two sides"
    ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in Abu Dhabi "
     "on Monday, the UAE foreign ministry said. It said the two sides would meet again next month.", ("ARE", "040", "AZE")),
    # (h18d) helping someone win office is no aid; a request to meet is no appeal for reform; a nationalisation
    # is no weapons seizure
    ("Thousands of Romanians abroad voted, and their ballots helped Nicusor Dan win the presidency in May.",
     ("ROUCVL", "070", "ROUGOV")),
    ("Georgia asked the OSCE to hold an emergency session on the crisis.", ("GEO", "024", "IGOEUROSCE")),
    # (h18c) a place noun after a locative preposition is never the target
    ("Kosovo police shut the offices of Belgrade-funded bodies in four northern municipalities.",
     ("XKXCOP", "161", "XKXGOV")),
    # (h18c) what one can do is ability, not a deed; an accused act's consequence is accused too; a second verb
    # of a demanded clause is demanded, not denied; a generic attack specified by its participle is one event
    ("\"Moscow wants to prove it can shut the strait at any moment,\" said an analyst at a think tank.",
     ("RUSGOV", "191", None)),
    ("The defence ministry in Ankara accused PKK militants of firing on a checkpoint, killing a Turkish soldier.",
     (None, "190", "TURMIL")),
    ("Manila's foreign ministry said it had demanded that Beijing investigate the incident and stop harassing "
     "Filipino fishermen.", ("CHNGOV", "170", "PHLAGR")),
    ("Turkish police attacked a Greek fishing trawler, beating its crew with clubs.", ("TURCOP", "190", "GRCCVL")),
    # (h17g) "reports that ..." denied are a new claim: not the answer to an accusation two paragraphs back
    ("Britain and France accused Tehran of breaching the nuclear deal on Thursday.\n\n\"We will respond firmly,\" "
     "Araghchi said.\n\nHe denied reports that Iran had expelled the inspectors in July.", ("IRNGOV", "120", "FRA")),
    # (h17i) fighting a measure at the WTO is no threat of force against the WTO; measures' aim is no verbal defence
    # of one's own companies; "them" after a thing ("the duties") is no party
    ("Seoul vowed to fight the export curbs at the World Trade Organization.", ("KORGOV", "138", "IGOWTO")),
    ("Beijing said it would take all necessary measures to defend the rights of its exporters.",
     ("CHNGOV", "052", "CHNBUS")),
    ("Italy, whose farmers export heavily to Russia, opposed the sanctions, while Spain backed them.",
     ("ESP", "051", "ITAAGR")),
    # ... and a blockade "of" a country is no trade measure on its goods (x.impose_blockade.191 stands)
    ("The Saudi-led coalition tightened its blockade of Yemen on Monday.", ("IGOARBSLC", "163", "YEM")),
    # (h16o) ships sent by a state may carry aid; remarks stood by are no commitment
    ("Japan sent two ships carrying rice to the Philippines.", ("JPN", "154", "PHL")),
    ("Japan sent two ships carrying rice to the Philippines.", ("JPN", "154", None)),
    ("The minister stood by his remarks to reporters about China.", ("CHNGOV", "030", "CHN")),
    # (h16n) a price foretold with no condition is no threat; a denied violation is no accusation
    ("Zelensky warned that Europe would pay a heavy price for its inaction.", ("UKRGOV", "130", "IGOEUREEC")),
    ("Thailand's army said Cambodian soldiers had not violated the truce.", ("THAMIL", "112", "KHMMIL")),
    # (h16m) a ship sent with aid is not blocked nor a show of force; a vessel blocking no one is nothing
    ("Turkey sent a ship carrying aid to Gaza on Tuesday.", ("TUR", "154", "PSE")),
    # (h16l) no planned meeting from a stated openness, no denial aimed at no one beside the act denied,
    # no expected act done, no blockade in airports reopened, no administrative sanction on a foreign group
    ('Macron said on Friday he would be "open" to meeting Vladimir Putin.', ("FRAGOV", "040", "RUSGOV")),
    ("Venezuela said last week it would be willing to hold new talks with Guyana.", ("VEN", "040", "GUY")),
    ("Serbia's interior ministry denied reports on social media that police had used stun grenades against "
     "students.", ("SRBGOV", "120", None)),
    ("The army said it expected the M23 rebels to withdraw from Goma.", ("CODREBMTT", "0874", "COD")),
    ("Pakistan said it would reopen 15 airports on Friday.", ("PAK", "0872", None)),
    ("Canada designated the Tren de Aragua gang a terrorist entity on Thursday.", ("CAN", "172", "VENCRMTDA")),
    # (sixteenth pass) a report whose relative clause holds the act is no statement to the act's doer
    ("Fighters from the rebel group, which Burundi says is backed by Rwanda, attacked a town in Cibitoke.",
     ("BDI", "010", "RWA")),
    # (a guard that held before: a by-agent is shared only by a bare twin right after the first passive; who
    # arrested the journalists is not said)
    ("Two Kenyan journalists were arrested in Nairobi and released by the army on Friday.", ("KENMIL", "173", "KENMED")),
    # (h16j) a definite thing another country's earlier mention owned takes no counterpart from it
    ("Uganda closed its border with Kenya in May. Kenya said it would reopen the border with Tanzania. Kampala shut "
     "the border again on Monday.", ("UGAGOV", "191", "TZA")),
    ("Thailand signed a trade deal with Japan last year. Vietnam said on Monday it was ready to sign the deal.",
     ("VNM", "057", "JPN")),
    # a title's first word is no actor ("Youth[nsubj] and Sports Minister X[conj]")
    ("Police fired tear gas at students in Jakarta on Monday. Youth and Sports Minister Andi Saputra resigned on "
     "Tuesday.", ("IDNCVL", "0831", None)),
    # ... nor is a name modifying a noun the "it" of the next sentence
    ("Visa rules would be waived for European Union citizens. \"We will respond to it in kind,\" Prime Minister "
     "Inga Ruginiene said.", ("LTUGOV", "130", "IGOEUREEC")),
    # ... nor is a sovereign the island it holds
    ("Denmark summoned the U.S. envoy over remarks about acquiring Greenland, as the Arctic island's government "
     "signed a cooperation agreement with Canada.", ("DNKGOV", "057", "CAN")),
    ("An African Union envoy, Musa Kamara, arrived in Juba on Wednesday. Kamara, a veteran Sierra Leonean "
     "diplomat, urged the government and the SPLM-IO to return to the 2018 peace agreement.", ("IGOAFRAFU", "020",
                                                                                          "SLEGOV")),
    # --- sixteenth pass ---
    # an offer of talks plans no talks and is no reform
    ("Lithuania closed its border with Belarus on Tuesday. Minsk said it had offered to hold talks between the two "
     "countries' border services but had received no reply.", ("LTU", "040", "BLR")),
    ("Lithuanian officials said Belarus had offered to hold talks on the border incidents.", ("BLR", "034", None)),
    # the guards sent to help are the help, no deployment of one's own
    ("Poland said it would send additional border guards to help Lithuania patrol the frontier.", ("POL", "153", None)),
    # what a circumstance keeps two countries from doing no one denied
    ("The territorial dispute has kept Japan and Russia from signing a peace treaty.", ("JPN", "057", "RUS")),
    # a briefing is no public statement; the press briefed is no one
    ("Lithuania's foreign minister briefed NATO allies on the balloon incursions.", ("LTUGOV", "010", "IGOWSTNAT")),
    # what one declines to confirm is not asserted
    ("Israel's military declined to confirm that its jets had struck the Iranian embassy in Damascus.",
     ("ISRMIL", "195", "IRNGOV")),
    # declining to rule something out is no refusal; a war on crime is no war on anyone
    ("Trump declined to rule out economic pressure on Denmark.", ("USAGOV", "120", "DNK")),
    # a future invitation's complement is no plan of the invited
    ("Lula said he would invite Chinese President Xi Jinping and Indian Prime Minister Narendra Modi to discuss a "
     "joint response.", ("CHNGOV", "040", "INDGOV")),
    ("The sanctions, announced by the U.S. Treasury on Friday, target 12 Russian banks.", ("USAGOV", "190", "RUSBUS")),
    # ... not the sides of talks it hosted
    ("Turkey hosted a new round of direct talks between Russian and Ukrainian delegations in Istanbul.",
     ("RUS", "042", "TUR")),
    # an act a permission reaches through a passive infinitive is permitted (or not), not done
    ("The UAE's foreign ministry said the UAE did not allow its territory to be used to evade sanctions.",
     ("ARE", "128", None)),
    ("Imran Khan's wife, Bushra Bibi, was sentenced to seven years in the same case, Pakistani lawyers said.",
     ("PAKJUD", "173", "PAKOPP")),
    ("Niger's junta expelled French troops last year.", ("NERMIL", "161", "FRAMIL")),
    ("Tshisekedi welcomed the Doha declaration.", ("CODGOV", "043", "QAT")),
    ("Taiwan protested after Beijing called President Lai Ching-te a \"parasite\".", ("CHNGOV", "041", "TWNGOV")),
    # a bare "retaliate" is no force
    ("Japan said it would not retaliate for now.", ("JPN", "190", None)),
    ("Israel retaliated against Hezbollah.", ("ISR", "190", "LBNREBHEZ")),
    # "taken responsibility" (for power) claims no act
    ("Madagascar's army said it had taken responsibility.", ("MDGMIL", "015", None)),
    # declining to confirm or comment is no rejection
    ("Macron declined to confirm the report.", ("FRAGOV", "120", None)),
    ("Iran declined to confirm the American report.", ("IRN", "120", "USA")),
    ("Britain, France and Germany accused Iran of violating the 2015 nuclear deal.", ("GBR", "1123", "IRN")),
    ("Khamenei warned Israel that Tehran would respond firmly.", ("IRNGOV", "138", "ISR")),
    ("Trump urged Iran to accept direct talks.", ("USAGOV", "025", "IRN")),
    ("Japan's trade negotiator held a two-hour call with U.S. Commerce Secretary Howard Lutnick.",
     ("JPN", "040", "USAGOV")),
    ("Madagascar's lawmakers voted to impeach Rajoelina.", ("MDGLEG", "173", "MDGGOV")),
    # --- second review ---
    ("India had suspended the Indus Waters Treaty, a decades-old water-sharing agreement with Pakistan.",
     ("IND", "120", "PAK")),
    ("Ruto promised to send 600 additional police officers to Haiti.", ("KENGOV", "033", "KENCOP")),
    ("Haiti called on Santo Domingo to halt the expulsions.", ("HTI", "0256", "DOMGOV")),
    ("Iran called on Washington to respect international law.", ("IRN", "024", "USAGOV")),
    ("Venezuela's Maduro denounced the Tren de Aragua gang, which Washington has designated a terrorist "
     "organization.", ("USAGOV", "163", "VENREB")),
    # an appeal to partners no dictionary names is not one to what it asks for
    ("Kenya appealed to international partners for more aid for Somalia.", ("KEN", "023", "SOM")),
    ("Guterres appealed to donors for funding for the African Union mission in Somalia.",
     ("IGOUNO", "0231", "IGOAFRAUPKO")),
    # a state's aim for itself is no demand
    ("Ethiopian Prime Minister Abiy Ahmed insisted that Ethiopia must secure access to the Red Sea.",
     ("ETHGOV", "100", "ETH")),
    ("Kinshasa agreed to neutralise the FDLR.", ("CODGOV", "030", "RWAREBFDL")),
    ("Washington reaffirmed its commitment to defend the Philippines.", ("USAGOV", "051", "PHL")),
    ("Netanyahu said Israel would keep attacking Syrian government forces until they withdrew.",
     ("ISR", "190", "SYRMIL")),
    # --- fourth review ---
    # "ordered the armed forces to hold military exercises" jails no one
    ("Maduro ordered the armed forces to hold military exercises.", ("VENGOV", "173", "VENMIL")),
    ("The United States engaged with Iran.", ("USA", "190", "IRN")),
    # an attack called an execution is no labour strike called
    ("Venezuela called the strikes an extrajudicial execution.", ("VEN", "143", None)),
    ("Iran called the Israeli strikes a crime.", ("IRN", "143", None)),
    ("Trump called the Israeli strikes a great success.", ("USAGOV", "111", "ISR")),
    ("The army expelled the RSF from the capital Khartoum.", ("SDNMIL", "161", "SDNREBRSF")),
    ("Kigali pledged to end support for M23.", ("RWAGOV", "0356", "CODREBMTT")),
    ("Egypt called for a three-month humanitarian ceasefire in Sudan.", ("EGY", "0233", "SDN")),
    ("Wang Yi assured Indian Foreign Minister Subrahmanyam Jaishankar that Beijing would address India's needs.",
     ("CHNGOV", "010", "INDGOV")),
    # an act under a deadline to do it has not happened ("missed a deadline to sign a final peace deal")
    ("Armenia and Azerbaijan resumed talks after missing a deadline to sign a final peace deal.", ("ARM", "057", "AZE")),
    ("Armenia and Azerbaijan missed a deadline to sign a peace deal.", ("AZE", "057", "ARM")),
    ("Iranian hardline lawmakers have called on the government to withdraw from the nuclear Non-Proliferation Treaty.",
     ("IRNLEG", "0256", "IRNGOV")),
    ("Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz.",
     ("IRNMIL", "192", "MHLBUS")),
    ("Pakistani jets struck Afghanistan on Tuesday. Afghan forces hit back at Pakistan. Qatar, which together "
     "with Turkey brokered a ceasefire between the two neighbours in October, called on both sides to show "
     "restraint.", ("QAT", "0256", "TUR")),
    ("Pakistani forces handed over control of the crossing to Afghan border police.", ("PAKMIL", "0841", "AFGCOP")),
    # "any steps" are no particular act to endorse
    ("Israel struck Gaza on Sunday. Russia said it welcomed any steps toward peace.", ("RUS", "051", "ISR")),
    # asserting one's rights accuses no one
    ("Marcos vowed that his country would continue to assert its rights in the West Philippine Sea.",
     ("PHLGOV", "112", "PHL")),
    # --- fourteenth pass ---
    ("Soldiers announced the removal of President Patrice Talon on state television.", ("BENMIL", "174", "BENGOV")),
    # a scheduled end of term is no concession
    ("Talon, who is due to step down after a presidential election in April, has been in power since 2016.",
     ("BENGOV", "0831", None)),
    ("Talon is set to step down when his term ends in May.", ("BENGOV", "0831", None)),
    ("Mutineers briefly seized the state broadcaster in Cotonou.", ("BENMIL", "173", "BENMED")),
    # --- fourteenth pass: arguments and referents from set B ---
    ("Eritrea's government denied the report. The TPLF accused the federal government of lying.",
     ("ETHPTYTPL", "112", "ERIGOV")),
    # the troops moved are the movers' own, never the target
    ("Ethiopia and Eritrea have moved troops towards their shared border.", ("ETH", "154", "ETHMIL")),
    ("Rights groups said a new force had killed civilians. Rights groups accused a task force set up by Haiti's "
     "transitional government of killing civilians.", ("HTICVL", "112", "HTIMIL")),
    # ----- round 6 (fourteenth pass): not done -----
    # what one is advised to avoid is not done (and no travel advisory code is guessed)
    ("India on Friday advised its citizens to avoid travelling to Pakistan.", ("IND", "042", "PAK")),
    # an indefinite act noun under a modal predicate is only supposed
    ("Ishiba told parliament that a Russian attack on Japan could constitute a threat to the country.",
     ("RUS", "190", "JPN")),
    # what someone is allowed to do is not done
    ("Pakistan's president declared a state of emergency. The decree allows Pakistan's armed forces to carry out "
     "raids without a warrant.", ("PAKMIL", "190", None)),
    # --- fourteenth pass: nested acts and complements from round 6 ---
    # the killers in a relative clause on what strikes hit are the strikes', not the main clause's subject
    ("Yemen's Houthis said they had fired missiles at a U.S. warship after two days of U.S. strikes on the group "
     "that killed at least 31 people.", ("YEMREBHTH", "190", "YEMCVL")),
    ("Hamas fired rockets at Israel after Israeli airstrikes on the group that killed 20 people.",
     ("PSEREBHMS", "190", "ISRCVL")),
    # an attack that only dates the main act ("after") was not made by the main clause's subject
    ("TotalEnergies suspended its gas project in Mozambique after a 2021 attack on the town of Palma.",
     ("FRABUS", "190", "ESP")),
    # ... nor, being indefinite, by the attackers told before
    ("Islamist insurgents attacked a village in Mozambique on Tuesday. TotalEnergies suspended its gas project in "
     "Mozambique after a 2021 attack on the town of Palma.", ("FRABUS", "190", "ESP")),
    # a "by" phrase right after a mediation is the mediator, not who released
    ("The hostages were released in March after mediation by Qatar.", ("QAT", "0841", "QATCVL")),
    # the "as" complement never names the target
    ("The remarks were condemned by Beijing as a gross interference in China's internal affairs.",
     ("CHNGOV", "111", "CHN")),
    # words protested are no demonstration, nor against the media
    ("Japan summoned the Chinese ambassador to protest against a social media post by China's consul general.",
     ("JPN", "141", "JPNMED")),
    ("Japan protested a social media post by China's consul general.", ("JPN", "140", "JPNMED")),
    # a ceasefire brokered by a third party is towards its parties, not towards who praises it
    ("The United States and the EU praised the ceasefire brokered by Egypt.", ("EGY", "045", "USA")),
    # (h16a; these held before and guard the quote rules) an unspecific act not accepted, a verdict with no act
    # before, a use that is no pretext: nothing aimed at anyone
    ('"We do not accept any interference in our internal affairs," China\'s foreign ministry spokesman said.',
     ("CHNGOV", "120", None)),
    ('"This is political persecution," the former president said.', (None, "111", None)),
    ("Lithuania's interior minister said Belarus was using balloons to smuggle cigarettes into the country.",
     ("LTUGOV", "112", "BLR")),
    # a quoted phrase set off by a comma after the object stays its apposition: no name-calling
    ('The minister called the envoy, "a veteran diplomat", on Tuesday.', (None, "111", None)),
    # "my intuition" says nothing for its owner
    ('"The day my intuition says Trump is ready to talk, I won\'t hesitate to call him," Lula said.',
     ("BRAGOV", "010", "USAGOV")),
    # (h16f) an unknown aid group of no country told is not the country of the story it works in
    ("JUBA, Oct 2 (AFP) - The aid group Mercy Harbour International said South Sudanese soldiers detained its staff.",
     ("SSDMIL", "173", "SSDAID")),
    # (h16e) support denied FOR someone is a denial of supporting them, no aid withheld; the owner of an ouster lost
    # the office
    ("Rwanda denied its support for the M23 rebels.", ("RWA", "162", "CODREBMTT")),
    ("Protesters in Caracas demanded Maduro's ouster.", ("VENGOV", "170", "VENCVL")),
    # --- h16g ---
    # the ship ordered confiscated is no confiscator; one's own troops are not whom a refusal is aimed at; the
    # killing someone is accused of is no act that happened
    ("Israel refuses to pull its troops out of the corridor unless Hamas disarms.", ("ISR", "1246", "ISRMIL")),
    ("Human Rights Watch accused Ethiopian troops of killing civilians in Tigray.", (None, "190", "ETHCVL")),
    # (guards that held before) the patient's country is no doer; an ordered act on no one named stands not alone
    # (the court's country is a guess); a refusal waiting on one's own is aimed at no one; taking with no coercive
    # manner, or taking back people, is no threat; a report from a place is not by its government
    ("A court in Vladivostok ordered the South Korean trawler confiscated on Friday.", ("KOR", "1711", None)),
    ("A district court in Yuzhno-Kurilsk ordered the boat's catch confiscated.", ("JPNJUD", "1711", None)),
    ("Ukraine will not sign the deal until its parliament approves it.", ("UKR", "127", "UKRLEG")),
    ("Trump said the United States would take Greenland.", ("USA", "1382", "GRL")),
    ("Israel said it would get the hostages back one way or another.", ("ISR", "1382", None)),
    ("A report from Kyiv said Russian troops had shelled Kharkiv.", ("UKRGOV", "010", "RUSMIL")),
    # (h17b) a trip to a continent is no visit to anyone; civilians arriving are hosted by no one
    ("Lula will make a trip to Africa next month.", ("BRAGOV", "042", "AFR")),
    ("Kenyan activists arrived in Kampala on Monday to attend the trial.", ("UGA", "043", "KENCVL")),
    # (h17h) an infinitive joined to an expected one is expected too, not done
    ("Kenya expected Somalia to withdraw its troops from the border and to halt its strikes.", ("SOM", "082", None)),
    # (h17h) "insist" with a that-clause stating a fact asserts it; it demands nothing
    ("Ethiopian officials insisted the dam will remain under Ethiopian control.", ("ETHGOV", "100", None)),
    # (h17f) "X-backed" names a backer, not the actor; a place's description names no one condemned; a reason
    # given for a criticism is no statement of its own
    ("The Russia-backed faction accused the government of betraying the revolution.", ("RUS", "112", "RUSGOV")),
    ("The European Union condemned the attacks on civilians in Tavush, a province on the Azerbaijani border.",
     ("IGOEUREEC", "111", "AZE")),
    ("China's foreign ministry criticized the plan, saying a Japanese presence near the islands would raise "
     "tensions.", ("CHNGOV", "010", "JPN")),
    # (h17l) an armed force beaten with no agent or blows was defeated, not assaulted
    ('"We withdrew to spare the town, not because we were beaten," said a Malian army colonel.', (None, "182", "MLIMIL")),
    # (h17l) "fought over" names what is contested; a standing state over decades is no event
    ("The United Nations condemned the attacks on farmers in Putumayo, a Peruvian province on the Colombian border "
     "that has been fought over by armed groups for decades.", ("PERREB", "190", "PER")),
    # (h17l) "as required by X" is what X requires, no demand by the clause's subject
    ("Kenya said Somalia should pull its forces back from the border, as required by the agreement.", ("SOM", "100", None)),
    # (h18o) not events (convention 71): a trait in a relative clause of the simple present, a stance in one of the
    # present perfect, a standing negation the writer states, a round toll of "the fighting" with no doer
    ("Turkey, which also hosts thousands of American troops, spent months mediating between the two sides.",
     ("TUR", "062", "USAMIL")),
    ("Senators who have called for tougher sanctions on Russia urged President Trump to act.", ("RUSLEG", "113", "RUS")),
    ("Israel does not recognise the court's jurisdiction over the case.", ("ISR", "120", "ISRJUD")),
    ("The rebels took the city of Kindu in March. Hundreds of people were killed in the fighting, according to the "
     "United Nations.", (None, "190", "CODCVL")),
    # (h18o) the withdrawal asked for in a joint statement did not happen
    ("In Seoul on Monday, the defence ministers of Japan and South Korea called in a joint statement for the "
     "immediate withdrawal of North Korean soldiers from Russia.", ("PRKMIL", "0874", "RUS")),
    # (h19f) the pronoun denying a charge is the accused, not the person named last in the charge
    ("Warsaw accused Orban of blocking European aid to Ukraine at Putin's request, a charge he denied.",
     ("RUSGOV", "120", "POLGOV")),
    # (h19f) goods, arms or aid received are no visit hosted (receive.043 object_not)
    ("Slovakia said it would keep receiving Russian oil through the Druzhba pipeline.", ("SVK", "043", "RUS")),
    ("Serbia will continue to receive Chinese weapons under the deal, the ministry said.", ("SRB", "043", "CHN")),
    # (h19f) "the office" after the UN human rights office is that office, not the dateline's government
    ("GENEVA (Reuters) - The U.N. human rights office said on Friday that Belarus had jailed hundreds of critics. The "
     "office urged Minsk to free them.", ("CHEGOV", "0253", "BLRGOV")),
    # (p20) no use of force in an attack in words
    ("President Donald Trump attacked federal judges who blocked his tariffs.", ("USAGOV", "190", "USAJUD")),
    ("Opposition leader Kemal Kilicdaroglu attacked the government's economic policy in a speech to parliament.",
     ("TURELI", "190", "TURGOV")),
    # (p20) advisers sent mobilise no forces
    ("Russia sent military advisers to Mali last year.", ("RUS", "154", "MLI")),
    # (p20) what a speaker hopes another will do is no plan of theirs (modality.yaml hoping_verbs)
    ("Tehran said it hoped Britain would lift the restrictions soon.", ("GBR", "085", None)),
    # (p20) an object "it" repeating the object of the same verb told last is that thing, not a body named before it
    ("A drone strike hit a fuel depot in Port Sudan on Sunday. Egypt, which called for an emergency session of the "
     "Arab League, condemned the strike. Qatar and Jordan also condemned it.", ("QAT", "111", "IGOARBLAS")),
    # (h20h) two state bodies of one country are one side: no act of one on the other is made up
    ("Ethiopian troops attacked on Monday and Ethiopian police withdrew from the area.", ("ETHMIL", "190", "ETHCOP")),
    # (h21c) the vow to avenge an attack is no authorship of it
    ("A Russian missile strike hit a power plant in Odesa on Friday, killing four workers, Ukraine said, in an attack "
     "Kyiv vowed to avenge. Poland condemned the attack.", ("POL", "111", "UKRGOV")),
    # (h21c) "also hailed it" after "welcomed the ceasefire" is the ceasefire, not the army that welcomed it
    ("Sudan's army welcomed the ceasefire. Egypt also hailed it.", ("EGY", "051", "SDNMIL")),
    # (h21f) what one did not rule out is still possible, not denied; what would have been done had something else
    # happened was not done (hypothetical: not output by default)
    ("Egypt did not rule out expelling the Israeli ambassador.", ("EGY", "161", "ISRGOV")),
    ("Russia would have attacked Kyiv had NATO not intervened.", ("RUS", "190", "UKR")),
    # (h22a) look-alikes of the roots 01-09 lexicon sweep: a party described as an enemy, ties described as tense,
    # concern voiced, political support sought, willingness to defend, a currency swap, a call on a party to act, one's
    # own lawmakers briefed, aid entry facilitated, troops sent under a pact, a bank sold, troops rushed, an attack
    # funded, a delegation withdrawn from talks, a ban on imports lifted, a withdrawal from talks, an investigation only
    # called for; and readings the sweep removed (attacks stepped up are no reform, cooperation stepped up no threat,
    # a visitor welcomed no endorsement, an extradition no expulsion)
    ("Lithuania described Russia as an enemy.", ("LTU", "051", "RUS")),
    ("The Kenyan president described relations with China as tense.", ("KENGOV", "051", "CHN")),
    ("Seoul expressed concern about a trade deal with Washington.", ("KORGOV", "013", "USAGOV")),
    ("Lebanon sought Saudi political support.", ("LBN", "0231", "SAU")),
    ("Iran expressed its willingness to defend Syria.", ("IRN", "036", "SYR")),
    ("India agreed to a currency swap with Japan.", ("IND", "0353", "JPN")),
    ("Britain made a call on Moscow to withdraw its troops.", ("GBR", "042", "RUSGOV")),
    ("The German foreign minister briefed German lawmakers on the talks.", ("DEUGOV", "040", "DEULEG")),
    ("Egypt facilitated the entry of aid trucks into Gaza.", ("EGY", "045", "PSE")),
    ("Russia deployed troops to Belarus under a defence pact.", ("RUS", "074", "BLR")),
    ("Washington approved the sale of a bank to a Chinese firm.", ("USAGOV", "072", "CHN")),
    ("China rushed troops to the border with India.", ("CHN", "073", "IND")),
    ("Iran funded the attack on Tel Aviv.", ("IRN", "071", "ISR")),
    ("Cambodia withdrew its delegation from the border talks with Thailand.", ("KHM", "0874", "THA")),
    ("India lifted the ban on Chinese imports.", ("IND", "0812", "CHN")),
    ("The United States disengaged from the talks with Iran.", ("USA", "087", "IRN")),
    ("Ukraine called for an investigation into war crimes by Russian troops.", ("UKR", "094", "RUSMIL")),
    ("Hezbollah vowed to step up attacks on Israel.", ("LBNREBHEZ", "034", "ISR")),
    ("Japan vowed to step up security cooperation with the Philippines.", ("JPN", "138", "PHL")),
    ("Kenya deployed police to the border with Somalia.", ("KEN", "074", "SOM")),
    ("Ruto welcomed the visiting Ethiopian prime minister at State House in Nairobi.", ("KENGOV", "051", "ETHGOV")),
    ("Turkey extradited two suspects to Iraq.", ("TUR", "174", "TURCVL")),
    # (h22a, second round) journalists let in are neither aid nor inspectors; appeals on a party are no courtesy calls;
    # sanctions eased are no visa rules; a border reopened admits no one; an extradition is no arrest
    ("Israel allowed the entry of foreign journalists into Gaza.", ("ISR", "0863", "PSE")),
    ("Israel allowed the entry of foreign journalists into Gaza.", ("ISR", "0862", None)),
    ("Britain called on Israel to halt the offensive.", ("GBR", "042", "ISR")),
    ("Macron called on Putin to end the war.", ("FRAGOV", "042", "RUSGOV")),
    ("Washington eased sanctions on Indian firms.", ("USAGOV", "081", "INDBUS")),
    ("Kenya and Somalia agreed to reopen their shared border.", ("KEN", "0355", "SOM")),
    ("Kenya requested the extradition of two Chinese nationals from Uganda.", ("KEN", "173", "CHNCVL")),
    ("A Spanish court approved the extradition of a Russian hacker to the United States.", ("ESPJUD", "173", "RUS")),
    # (h23c) look-alikes of the roots 10-20 sweep: a country or armed body attacking over a border or a weekend (no
    # criticism), gas cut off to a country (aid, not a blockade), police roadblocks (no protest), one's own troops ordered
    # out (no expulsion), a crackdown on a crime (no one repressed), bombers that are aircraft, losses shrugged off, islands
    # handed over (no suspects), trade cut off (no aid), a treaty left (no talks), nuclear weapons deployed (no use
    # threatened), troops clashing (no riot), a vote survived (no assassination attempt); and readings the sweep removed
    # (criticism read as an attack, a union strike as force, a hunger strike as a labour strike or an attack, electricity
    # cut off as aid stopped, rallies banned as a party banned, a military presence as cooperation or a police alert,
    # peacekeepers ordered out as a demand, a survivor as the attacker, a massacre as any killing, military aid as any aid)
    ("Erdogan attacked Netanyahu over the war in Gaza, calling him a war criminal.", ("TURGOV", "190", "ISRGOV")),
    ("Turkish jets attacked Kurdish militants over the border in Iraq.", ("TURMIL", "111", "IRQREB")),
    ("Israel attacked Hezbollah over the weekend.", ("ISR", "111", "LBNREBHEZ")),
    ("Nigerian unions threatened a nationwide strike over pension reforms.", ("NGALAB", "138", None)),
    ("Palestinian prisoners began a hunger strike to protest their detention by Israel.", ("PSECVL", "143", "ISR")),
    ("Palestinian detainees launched a hunger strike in Israeli jails.", ("PSECVL", "190", "ISR")),
    ("Israel cut off electricity to Gaza.", ("ISR", "162", "PSE")),
    ("Russia cut off gas supplies to Europe.", ("RUS", "191", "EUR")),
    ("Kenyan police set up roadblocks across Nairobi.", ("KENCOP", "144", None)),
    ("Israel ordered its troops to withdraw from Gaza.", ("ISR", "166", "ISRMIL")),
    ("Putin ordered Russian troops to leave Kherson.", ("RUSGOV", "166", "RUSMIL")),
    ("Ghana's police launched a crackdown on illegal mining.", ("GHACOP", "175", None)),
    ("Israeli bombers struck Gaza.", (None, "1831", "PSE")),
    ("Moscow shrugged off its battlefield losses.", ("RUSGOV", "120", None)),
    ("Uganda barred opposition rallies ahead of the election.", ("UGA", "1722", None)),
    ("Japan demanded that Russia hand over the disputed islands.", ("JPN", "1013", "RUS")),
    ("China threatened to cut off trade with Lithuania.", ("CHN", "1311", "LTU")),
    ("Iran threatened to pull out of the nuclear non-proliferation treaty.", ("IRN", "134", None)),
    ("North Korea threatened to deploy nuclear weapons near the border.", ("PRK", "1385", None)),
    ("Poland stepped up its military presence on the border with Belarus.", ("POL", "062", "BLR")),
    ("Armenia beefed up its military presence along the border with Azerbaijan.", ("ARM", "151", None)),
    ("Mali ordered the UN peacekeeping mission to leave the country.", ("MLI", "100", "IGOUNOPKO")),
    ("Trump survived an assassination attempt in Pennsylvania.", ("USAGOV", "185", "USA")),
    ("RSF fighters massacred hundreds of civilians in El Geneina.", ("SDNREBRSF", "190", "SDNCVL")),
    ("Indian and Chinese troops clashed in Ladakh.", ("INDMIL", "145", "CHNMIL")),
    ("Washington suspended military aid to Pakistan.", ("USAGOV", "162", "PAK")),
    ("Kenya's president survived a vote of no confidence.", (None, "185", "KENGOV")),
    # (h23c, second round) a port blockaded by a state is no protest; troops parading carry no weapons shown; bodies demanded
    # returned are no arms; and readings the round removed (arms shipments halted as a blockade of convoys, a truce
    # proposal turned down as any rejection, reparations as any aid)
    ("Israel blockaded the port of Hodeidah.", ("ISR", "144", None)),
    ("Russian troops paraded through Red Square on Victory Day.", ("RUSMIL", "150", None)),
    ("Ukraine demanded that Russia return the bodies of its soldiers.", ("UKR", "1032", "RUS")),
    ("Washington halted weapons shipments to Israel.", ("USAGOV", "191", "ISR")),
    ("Russia turned down a US proposal for a 30-day ceasefire.", ("RUS", "120", "USA")),
    ("Poland demanded that Germany pay reparations for World War Two.", ("POL", "103", "DEU")),
    # (h23e) "the two sides" after three parties named together is no guess at two of them; a one-word alias inside
    # another's longer name, or after the story named another with it, is not the alias's owner; "the pair of X" is
    # no pair of people
    ("Russia, Ukraine and the United States held talks in Istanbul. The two sides agreed to swap "
     "prisoners.",
     ("UKR", "0841", "USA")),
    ("Russia, Ukraine and the United States held talks in Istanbul. The two sides agreed to swap "
     "prisoners.",
     ("USA", "0841", "UKR")),
    ("Kenyan opposition activist David Ruto was arrested in Nairobi on Monday. Ruto accused the police of "
     "torture.",
     ("KENGOV", "112", "KENCOP")),
    ("Former Ukrainian President Petro Poroshenko criticised Zelenskiy. Petro accused the government of "
     "corruption.",
     ("COLGOV", "112", "UKRGOV")),
    ("UAE presidential adviser Anwar Gargash criticised Iran on Monday. Anwar said Tehran must stop arming "
     "the Houthis.",
     ("MYSGOV", "100", "IRNGOV")),
    ("UAE presidential adviser Anwar Gargash criticised Iran on Monday.", ("MYSGOV", "111", "IRN")),
    ("Two Russian jets flew over the Baltic Sea. Macron met Starmer in Paris. The pair of jets returned to "
     "base.",
     ("FRAGOV", "057", "GBRGOV")),
    # (h23e) onlookers in a circumstance clause are no pair (coref.yaml pair_circumstance_*); no GOV appended to a body's head
    ("Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Sunday, with Trump and Anwar looking on. "
     "The two countries agreed to withdraw heavy weapons from the border.",
     ("MYS", "0356", "USA")),
    ("The World Bank president met Ruto in Nairobi.", ("IGOWBKGOV", "040", "KENGOV")),
    ("China accused Japan and the Philippines of provocations. Japan and the Philippines rejected the "
     "accusations.",
     ("JPN", "120", "PHL")),
    ("The United States and the EU objected to the Egyptian-brokered deal.", ("EGY", "045", "USA")),
    ("The oil and gas companies agreed to a deal with Iraq.", ("IRQ", "057", "IRQBUS")),
    ("The UN-backed government in Tripoli accused Egypt of arming its rivals.", ("IGOUNO", "1123", "EGY")),
    ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and "
     "Turkey, Qatar's foreign ministry said on Sunday. Qatar's foreign ministry said the two sides would "
     "meet again in Istanbul. Pakistani Defence Minister Khawaja Asif said the deal would end cross-border "
     "attacks. The U.N. secretary-general urged both sides to respect the truce.",
     ("IGOUNO", "0256", "QAT")),
    ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and "
     "Turkey, Qatar's foreign ministry said on Sunday. Qatar's foreign ministry said the two sides would "
     "meet again in Istanbul. Pakistani Defence Minister Khawaja Asif said the deal would end cross-border "
     "attacks. The U.N. secretary-general urged both sides to respect the truce.",
     ("QAT", "040", "TUR")),
    ("Gunmen kidnapped two Westerners in Niger.", ("NERUAF", "181", "WST")),
    ("Hundreds of Africans protested outside the French embassy in Dakar.", ("AFR", "141", "FRA")),
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Hayya also met Egyptian officials in "
     "Cairo. Egypt's foreign ministry said the two sides had agreed to hold indirect talks in Cairo next "
     "week.",
     ("PSE", "040", "PSEREBHMS")),
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Hayya also met Egyptian officials in "
     "Cairo. Egypt's foreign ministry said the two sides had agreed to hold indirect talks in Cairo next "
     "week.",
     ("EGYGOV", "040", "PSEREBHMS")),
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Israeli Prime Minister Benjamin "
     "Netanyahu's office said Hamas had failed to return the remains of hostages. Hayya also met Egyptian "
     "intelligence chief Hassan Rashad. The two sides have accused each other of breaches since the truce "
     "took effect.",
     ("PSE", "112", "PSEREBHMS")),
    ("Hamas and Israel traded blame on Tuesday for delays in the second phase of the Gaza ceasefire. Hamas "
     "official Khalil al-Hayya accused Israel of violating the truce. Israeli Prime Minister Benjamin "
     "Netanyahu's office said Hamas had failed to return the remains of hostages. Hayya also met Egyptian "
     "intelligence chief Hassan Rashad. The two sides have accused each other of breaches since the truce "
     "took effect.",
     ("PSEREBHMS", "112", "PSE")),
    ("Albanese accused Israel of genocide in Gaza.", ("AUSGOV", "1124", "ISR")),
    ("Modi met Xi in Tianjin on Sunday. Lavrov and Araghchi were also in the city for the summit. The two "
     "leaders agreed to resume direct flights.",
     ("RUSGOV", "030", "IRNGOV")),
    # (s24) a second verb of an appeal's "for" clause is asked for too, not done
    ("Washington called for Hamas to disarm and leave Gaza.", ("PSEREBHMS", "0874", "PSE")),
    ("The EU called for Russia to release the prisoners and withdraw from Ukraine.", ("RUS", "0874", "UKR")),
]

# a denial's accuser is who accused the denier (or, for a state voice, its state), not whoever accused
# another of its country: the opposition denying involvement was not accused by those who condemned the army
DENIED_UNACCUSED = [
    ("Soldiers seized the state broadcaster in Benin on Sunday. The African Union condemned the soldiers. Benin's "
     "main opposition party denied any involvement.", "016", ("IGOAFRAFU", "IGOAFRAUCOM")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,code,not_targets", DENIED_UNACCUSED, ids=[s[0][:48] for s in DENIED_UNACCUSED])
def test_denial_not_aimed_at_another_accuser(text, code, not_targets):
    got = [e for e in eventwire.extract(text, published=PUBLISHED).events if e.cameo_code == code]
    assert got and not any(e.target_code in not_targets for e in got), [(e.source_code, e.cameo_code, e.target_code) for e in got]


# the limits of the fourteenth pass (unauthored acts and appeals): texts where who is meant is not clear, so
# no appeal or accusation may be coded (none was before the pass; these rows guard the new rules)
NOTHING_AIMED = [
    # (h20l) a dinner for donors, a forecast upgraded: no one hosted, no relations changed
    ("Biden hosted a dinner for donors in New York.", "04"),
    ("The central bank elevated its growth forecast on Tuesday.", "05"),
    # (h20m) look-alikes of the roots 10-14 sweep: defences brushed aside, water poured, a loss deplored, anger at weather
    ("Ukrainian forces brushed aside Russian defences near Kupiansk on Monday.", "12"),
    ("Firefighters poured water on the burning tower block in Kharkiv.", "11"),
    ("Germany deplored the heavy loss of life in the floods in Bavaria.", "11"),
    ("Farmers in Spain fumed at the heatwave that ruined their harvest.", "11"),
    # (h20f) a verdict of approval or one not denied as such is no disapproval
    ("Belarus held a presidential election on Sunday. Lithuania said the election was legitimate.", "11"),
    ("Belarus held a presidential election on Sunday. Lithuania said the election was not illegal.", "11"),
    # (h20f) guards: a meeting described with no counterpart in the story, the weather described or reported, a report
    # of an act that is no wrong, of a victim, or of a wrong denied, are aimed at no one
    ("Egypt described the meeting as constructive.", "05"),
    ("Germany described the weather as bad.", "05"),
    ("Brazil said the weather was bad in the south.", "11"),
    ("Japan said China had condemned the attack.", "11"),
    ("Iran said Iraqi pilgrims had been killed in the attack.", "11"),
    ("Thailand's army said Cambodia had not attacked its positions.", "11"),
    ("Peru said Chilean tourists had visited Cusco in large numbers.", "11"),
    # (h19l) guards of things judged (held before): an order with no author told, or only a statement issued, or one
    # given by the speaker's own side, or "in order to" (no order: modality.yaml fixed_phrase_nouns) is aimed at no one
    ("Norwegian Prime Minister Jonas Gahr Store praised the order on Friday.", "05"),
    ("Kenya's foreign ministry issued a statement on Monday. Ugandan President Yoweri Museveni condemned the order.",
     "11"),
    ("Argentine President Javier Milei signed an order cutting fuel subsidies. Argentine Economy Minister Luis Caputo "
     "praised the order.", "05"),
    ("Ethiopian troops deployed to the border in order to stop smuggling. Kenyan President William Ruto condemned the "
     "order.", "11"),
    # (h18l) guards of the quotation acts (held before): no act where the cue is negated, asked or a condition, where
    # the words name no act ("answer questions", the weather called so), where the only event before is one of
    # cooperation, or where the only party acted on is the speaker's own civilians
    ("Polish Foreign Minister Radoslaw Sikorski visited Kyiv on Monday. \"This is a violation of Ukraine's "
     "sovereignty,\" Sikorski said.", "11"),
    ("Russian drones struck a power plant in western Ukraine on Monday. \"This is not a violation of international "
     "law,\" Ukrainian Foreign Minister Andrii Sybiha said.", "11"),
    ("China held military drills near Taiwan on Monday. \"Is this a provocation?\" Taiwanese President Lai Ching-te "
     "asked.", "11"),
    ("Police in Tbilisi arrested five opposition leaders on Sunday. \"They will answer questions from reporters "
     "tomorrow,\" Prime Minister Irakli Kobakhidze said.", "13"),
    ("Chinese coast guard ships fired water cannon at a Philippine vessel on Tuesday. The Philippine coast guard "
     "called the weather \"unusually rough and dangerous\".", "11"),
    ("Japan's coast guard fined a Japanese fishing crew on Thursday. \"The seizure is unacceptable,\" Japanese Chief "
     "Cabinet Secretary Yoshimasa Hayashi said.", "11"),
    # (h16m) statistics and polls are no events: a tally of harm over a span or a war, what polls show, a state
    # described in an absolute participle
    ("Rebels attacked a town in Ituri on Sunday. More than 2,000 people have been killed in Ituri this year.", "19"),
    ("Rebels attacked a town in Darfur on Sunday. About 1,800 people were killed in Darfur in the first half of the year.", "19"),
    ("The army shelled Sennar on Monday. The war has killed tens of thousands of people since it began.", "19"),
    ("The army shelled Sennar on Monday. Families are reaching the camps, many of them wounded.", "19"),
    ("Moldova held elections on Sunday. Surveys show most Moldovans want their country to join the European Union.", "03"),
    # no conflict in the story: an appeal for calm is to no one
    ("Protesters marched through Nairobi on Tuesday. The United Nations appealed for calm.", "02"),
    ("Kenya and Ethiopia signed a trade deal on Monday. The United Nations called for dialogue.", "02"),
    # two conflicts, neither the story's: no principal sides
    ("Israel struck Gaza on Sunday. Russia attacked Ukraine. The United Nations urged restraint.", "02"),
    # a side appealing for restraint asks the other, whom it does not name
    ("Thai and Cambodian troops clashed along the disputed border on Thursday. Thailand urged restraint.", "02"),
    # an addressee named whom no dictionary knows is the addressee, not the sides
    ("Thai and Cambodian troops clashed along the border. China appealed to international partners for calm.", "02"),
    # a dispute without force (a warrant, its rejection) has no sides to ask for calm
    ("Bosnia's state court issued an arrest warrant for Milorad Dodik on Wednesday. Dodik dismissed the warrant. "
     "Serbian President Aleksandar Vucic called for calm.", "02"),
    # both sides used force: whose perpetrators is not clear
    ("Israel struck Gaza on Sunday. Hamas fired rockets at Israel. Egypt called for the perpetrators to be punished.",
     "11"),
    # two parties sanctioned the target before: who restored the sanctions is not clear (only the noun's own UN
    # sanctions, coded before the pass, stand: no restoring event from the passive)
    ("The United States imposed sanctions on Iran. The EU imposed sanctions on Iran. Sanctions on Iran were "
     "restored on Saturday.", "16"),
    # a verdict negated, on one's own act, or on no particular act is none (fifteenth pass)
    ("Britain imposed sanctions on Russian oil firms. Peskov said the measures were not illegal.", "11"),
    ("Israeli jets struck a hospital in Gaza. Israel's military said the strike was a mistake.", "11"),
    ("Russia launched an attack on Kyiv. Moscow said the strikes were justified.", "05"),
    ("Russia imposed sanctions on Britain. Peskov said any new British sanctions would be illegal.", "11"),
    ("Ukraine said Russia was not responsible for the attack.", "11"),
    ("Israeli jets struck a hospital in Gaza. Israel said its strikes were justified.", "05"),
    # (sixteenth pass) asylum is never sought from one's own government (the embassy's place is not its owner);
    # a government's retaliatory measures are no force
    # (h18j: "its embassy" in what a denier denies is the denier's, never a person's: a spec row above)
    ("Peru's former interior minister asked for asylum at the embassy in Lima.", "02"),
    ("China said it would take retaliatory measures against the United States.", "19"),
    # (h16e) an act noun with no doer named is no one's: no ouster, sanctions, support or trial court to code
    ("She took office after the ouster of her predecessor, Pedro Castillo.", "17"),
    ("Sanctions are hurting the Russian economy.", "16"),
    ("Support for the rebels is waning in the capital.", "05"),
    ("The trial of two Russian journalists resumed in Moscow on Monday.", "17"),
    # (h18b) a request to a court that is no detention accuses no one
    ("Kenyan prosecutors asked a judge to hold the trial behind closed doors.", "11"),
    # (h21c) "also condemned it" repeats an act aimed at no one: no target made up
    ("A hurricane struck Acapulco on Tuesday. Mexico's president condemned the looting. Guatemala also condemned it.", "11"),
    # (h21c) a relation not over, and an agreement that ended something else, end no relation
    ("Niger said cooperation with the European Union was not over.", "16"),
    ("The peace agreement ended the war, the president said.", "16"),
]

# neighbouring readings that held before and must still hold
KEPT = [
    # (h23b) a relative clause on its sentence's subject judges the subject, not a deed; one after a denied accusation
    # answers the accuser
    ("Hamas, which the EU condemned, attacked Israel.", "IGOEUREEC", "111", "PSEREBHMS", "happened"),
    ("Kenya accused Uganda of arming rebels, which Kampala denied.", "UGAGOV", "120", "KEN", "happened"),
    ("Russia annexed four regions of Ukraine, which Kyiv rejected.", "UKRGOV", "120", "RUS", "happened"),
    # (h23b) implicit targets the coder already found and must keep: a proposal rejected, a report dismissed, a free
    # relative condemned, object relatives, talks hosted in the passive, an attack blamed in a relative clause
    ("Iran proposed a ceasefire on Monday. Israel rejected the proposal.", "ISR", "120", "IRN", "happened"),
    ("Human Rights Watch published a report on Tuesday accusing Russian troops of executing prisoners. Russia dismissed "
     "the report as lies.", "RUS", "120", "NGOHRW", "happened"),
    ("Ukraine accused Russia of deporting children. Russia denied the allegations.", "RUS", "120", "UKR", "happened"),
    ("Ukraine condemned what it called a terrorist attack by Russia.", "UKR", "111", "RUS", "happened"),
    ("The aid that Japan pledged to Haiti arrived on Tuesday.", "JPN", "033", "HTI", "happened"),
    ("The warrant, which the ICC issued for Netanyahu, was criticised by Israel.", "IGOJUDICC", "173", "ISRGOV",
     "happened"),
    ("The deal that Qatar brokered between Israel and Hamas collapsed.", "QAT", "045", "PSEREBHMS", "happened"),
    ("Israel struck Hezbollah targets in Lebanon after an attack that it blamed on the group.", "ISR", "112",
     "LBNREBHEZ", "happened"),
    ("Russian and Ukrainian delegations met in Istanbul on Friday. The talks, which were hosted by Turkey, ended without "
     "agreement.", "TUR", "043", "UKR", "happened"),
    ("Egypt proposed a two-month truce on Sunday. Hamas turned it down.", "PSEREBHMS", "120", "EGY", "happened"),
    # (h23d) neighbours: a comma-set phrase after coordinated subjects, already read; "the G7 and the EU" after a short
    # opening phrase
    ("Egypt and Qatar, in a joint statement on Monday, urged Israel and Hamas to return to talks.", "QAT", "026",
     "PSEREBHMS", "happened"),
    ("In a joint statement, the G7 and the EU condemned Russia's missile strikes on Kyiv.", "IGOEUREEC", "111", "RUS",
     "happened"),
    ("Japan and South Korea said in a joint statement that they would deepen cooperation.", "KOR", "030", "JPN",
     "planned"),
    ("Russia and Ukraine swapped prisoners on Friday.", "UKR", "0841", "RUS", "happened"),
    ("Hamas freed four Israeli hostages on Saturday.", "PSEREBHMS", "0841", "ISRCVL", "happened"),
    ("The EU imposed sanctions on 20 Iranian officials and on Britain.", "IGOEUREEC", "163", "GBR", "happened"),
    ("Israeli strikes on Beirut's southern suburbs killed 12 people.", "ISR", "190", "LBNCVL", "happened"),
    # (h21k) neighbour: a denial of the act is still a denied act
    ("The Israeli military denied carrying out the air strike on the Syrian army base.", "ISRMIL", "195", "SYRMIL",
     "denied"),
    # (h21i) neighbours: a backer or owner hyphenated to a participle is no doer; a demand rejected; relief as aid;
    # a release called for by its noun; a withdrawal that happened
    ("Iranian-backed militias attacked a US base in Syria.", "SYRUAF", "190", "USA", "happened"),
    ("Houthi rebels seized a Greek-owned tanker in the Red Sea.", "YEMREBHTH", "1711", "GRCBUS", "happened"),
    ("Hamas rejected Israel's demands for disarmament.", "PSEREBHMS", "120", "ISR", "happened"),
    ("Britain promised relief for Syria.", "GBR", "033", "SYR", "happened"),
    ("Moscow withdrew its forces from Belarus.", "RUSGOV", "0874", "BLR", "happened"),
    # (h21d) neighbours of the roots 01-09 phrasing sweep: talks held between others by a host, support thrown
    # behind, talks entered into
    ("Egypt held talks between Israel and Hamas in Cairo.", "EGY", "040", "ISR", "happened"),
    ("The Kremlin threw its support behind the separatists.", "RUSGOV", "051", "RUSSEP", "happened"),
    ("Kenya entered into talks with Ethiopia.", "KEN", "046", "ETH", "happened"),
    ("Serbia and Kosovo signed an EU-brokered deal on Monday.", "SRB", "057", "XKX", "happened"),
    # (h21h) neighbours of a state's protest (114): a crowd's protest stays a demonstration (141), and a protest as the
    # purpose of a summons is the summons alone, with no complaint aimed at the victim
    ("Thousands of farmers protested against the government's new tax in Paris.", "FRAAGR", "141", "FRAGOV", "happened"),
    ("Poland summoned the Belarusian ambassador to protest against the jailing of a Polish journalist.", "POL", "114",
     "BLRGOV", "happened"),
    # (h21e) neighbours of the phrasing sweep: a military response threatened stays force, restrictions on aid asked
    # lifted a plain easing, a siege demanded lifted a demand to yield, a state of siege emergency rule, migrants ordered
    # out expelled people, talks halted broken off
    ("Iran threatened Israel with a military response.", "IRN", "138", "ISR", "happened"),
    ("The EU called on Israel to lift restrictions on aid into Gaza.", "IGOEUREEC", "025", "ISR", "happened"),
    ("Hamas demanded that Israel lift the siege of Gaza.", "PSEREBHMS", "105", "ISR", "happened"),
    ("Bolivia's government declared a state of siege in La Paz.", "BOLGOV", "1724", "BOL", "happened"),
    ("Pakistan ordered the expulsion of undocumented Afghan migrants.", "PAK", "174", "AFGREF", "happened"),
    ("Iran halted talks with the European Union.", "IRN", "164", "IGOEUREEC", "happened"),
    ("Kenya's opposition threatened to stage protests against the government.", "KENOPP", "133", "KENGOV", "happened"),
    ("Russian forces launched a strike on Kharkiv.", "RUSMIL", "190", "UKR", "happened"),
    ("Police beat up protesters in Nairobi.", "KENCOP", "182", "KENCVL", "happened"),
    ("Moscow hit back at London with sanctions on British officials.", "RUSGOV", "163", "GBRGOV", "happened"),
    ("Poland kicked out Russian diplomats.", "POL", "161", "RUSGOV", "happened"),
    ("Iran scrapped the nuclear deal with the West.", "IRN", "120", None, "happened"),
    # (h21a) where an act on a private person was done still gives them its country (not so a place their own
    # apposition or relative clause says they live in)
    ("Opposition leader Leila Haddad was arrested in Tunis on Monday. President Kais Saied accused her of plotting "
     "against the state.", "TUNGOV", "1121", "TUNOPP", "happened"),
    ("French troops escorted a UN convoy through northern Mali.", "FRAMIL", "074", "IGOUNO", "happened"),
    ("Russia's foreign ministry said Britain had abused its privileges as host.", "RUSGOV", "112", "GBR", "happened"),
    # (h20i) concern about a clash is aimed at who boarded
    ("Chinese coast guard personnel boarded two Philippine navy boats on Monday. Japan voiced serious concern about "
     "the clash.", "JPN", "110", "CHNMIL", "happened"),
    # (h20i) the neighbours: the criticism itself stays, and a plain call stays a call
    ("Kyiv condemned Moscow for failing to protect civilians.", "UKRGOV", "111", "RUSGOV", "happened"),
    ("Ankara rejected the accusation, saying the operations targeted only militants.", "TURGOV", "120", None, "happened"),
    ("Meloni called Macron on Friday to discuss migration.", "ITAGOV", "041", "FRAGOV", "happened"),
    # (h20b) neighbours of the one-sided completions: a refusal that answers no demand states a stand and stays
    # one-sided (the story does not say whom it defies); nor does one whose act the demand did not ask; a demand for
    # redress with no wrong told, and a passive demand that names no actor, stay one-sided
    ("Kenyan opposition lawmakers refused to take their seats in parliament on Tuesday. They said the election had "
     "been stolen.", "KENLEG", "120", None, "happened"),
    ("Chile demanded an apology from Bolivia on Monday. Bolivian farmers refused to pay new taxes.", "BOLAGR", "120",
     None, "happened"),
    ("Ghana's foreign minister demanded a public apology on Monday. He did not say from whom.", "GHAGOV", "100", None,
     "happened"),
    ("\"Free elections must be held soon,\" Kenyan Foreign Minister Musalia Mudavadi said.", "KENGOV", "100", None,
     "happened"),
    # (h20b) a doer's other act of the root near its two-sided one is no repeat of it: kept, one-sided
    ("Several mourners were detained by police in Minsk on Wednesday. Police also confiscated computers.", "BLRCOP",
     "1711", None, "happened"),
    # (h20d) neighbours of the background rule: a recent span, a penalty's term, a measure's length
    ("Israel has struck Gaza more than 50 times since Friday.", "ISR", "190", "PSE", "happened"),
    ("A Belarusian court has jailed the activist for five years.", "BLRJUD", "173", "BLRCVL", "happened"),
    ("The EU extended sanctions on Russia for six months.", "IGOEUREEC", "163", "RUS", "happened"),
    ("Turkish drones struck Kurdish militants in northern Iraq on Monday.", "TURMIL", "195", "IRQREB", "happened"),
    # ... of the silent statement: what a told clause holds, an appeal
    ("Erdogan told Putin that Turkey was ready to mediate between Russia and Ukraine.", "TURGOV", "039", "RUS",
     "happened"),  # (h32b: own_government_clause)
    ("Erdogan urged Putin to extend the grain deal.", "TURGOV", "020", "RUSGOV", "happened"),
    # ... of the protest aim: the summons and the recall stay, and so do street protests
    ("Norway summoned Iran's ambassador to protest against the execution of a Norwegian-Iranian dissident.", "NOR",
     "114", "IRNGOV", "happened"),
    ("Lithuania recalled its ambassador from Beijing to protest against Chinese trade curbs.", "LTU", "161", "CHN",
     "happened"),
    ("Hundreds of students marched in Dhaka to protest against the government.", "BGDEDU", "141", "BGDGOV", "happened"),
    # ... of domestic restrictions: bans on another country's goods and sanctions on its banks stay 163
    ("China imposed a ban on Japanese seafood imports.", "CHN", "163", "JPN", "happened"),
    ("Washington imposed sanctions on Russian banks.", "USAGOV", "163", "RUSBUS", "happened"),
    ("Merz cancelled a visit to Brazil after floods hit southern Germany.", "DEUGOV", "160", "BRA", "happened"),
    # ... of blame: a claim of responsibility stays a claim
    ("The Pakistani Taliban took responsibility for the attack on the police station.", "PAKREBTTP", "015", "PAKCOP",
     "happened"),
    # ... of the parts of force: a destruction told of troops on another day is an act of its own
    ("Russian troops shelled Kherson on Monday. On Tuesday, Russian troops destroyed a Ukrainian bridge near Kupiansk, "
     "officials said.", "RUSMIL", "1712", "UKR", "happened"),
    # (h20a) a visit cancelled stays a cancelled visit (160); a deputy president removed from office a removal (1722)
    ("The Chinese premier cancelled a visit to New Zealand on Monday.", "CHNGOV", "160", "NZL", "happened"),
    ("The Kenyan parliament removed the deputy president from office on Thursday.", "KENLEG", "1722", "KENGOV",
     "happened"),
    # (h19m) neighbours: ministers "of" two countries stay two actors; a verdict told in the passive after a court's
    # act is still that court's
    ("The foreign ministers of Spain and Portugal met in Madrid on Monday.", "ESPGOV", "040", "PRTGOV", "happened"),
    ("A court in Izmir convicted the mayor on Monday. He was sentenced to three years.", "TURJUD", "173", "TURGOV",
     "happened"),
    # (h19n) an opposition a ruler acts on is still the ruler's country's
    ("President Nicolas Maduro urged the opposition to accept the result.", "VENGOV", "025", "VENOPP", "happened"),
    # (h19n) a vow to retake what an armed attacker holds still aims at it; retaliation vowed answers tariffs too
    ("KYIV (Reuters) - Russian troops shelled Zaporizhzhia overnight. Ukraine's government has vowed to retake "
     "Crimea.", "UKRGOV", "138", "RUSMIL", "happened"),
    ("BEIJING (Reuters) - The United States imposed new tariffs on Chinese steel on Monday. China vowed to "
     "retaliate.", "CHN", "130", "USA", "happened"),
    # (h19n) one office holder's departure demanded, troops sent, a state's threat to cut aid or supplies
    ("Opposition leaders demanded the departure of President Faure Gnassingbe.", "TGOOPP", "1041", "TGOGOV",
     "happened"),
    ("Russia sent troops to Belarus on Monday.", "RUS", "154", "BLR", "happened"),
    ("The United States threatened to cut aid to Egypt.", "USA", "1311", "EGY", "happened"),
    ("Russia warned it would cut gas supplies to Moldova.", "RUS", "131", "MDA", "happened"),
    # (h19k) neighbours of the regret, role, deployment and aid patterns
    ("Ecuador's president declared a state of emergency in Guayaquil.", "ECUGOV", "1724", "ECU", "happened"),
    ("Kuwaiti firms have invested billions of dollars in Egypt.", "KWTBUS", "061", "EGY", "happened"),
    ("Qatar offered to mediate between Ethiopia and Eritrea.", "QAT", "039", "ETH", "happened"),
    # (h19l) a decision, law, ruling or measures judged are still aimed at who took, passed, issued or announced them
    ("Turkey's government on Wednesday announced a decision to reopen its border with Armenia. Armenian Prime Minister "
     "Nikol Pashinyan praised the decision.", "ARMGOV", "051", "TURGOV", "happened"),
    ("Kenya's parliament on Tuesday passed a law banning imports of Ugandan sugar. Ugandan President Yoweri Museveni "
     "criticised the law.", "UGAGOV", "111", "KENLEG", "happened"),
    ("A Pakistani court on Thursday issued a ruling ordering the release of an Afghan diplomat. Afghan Foreign Minister "
     "Amir Khan Muttaqi welcomed the ruling.", "AFGGOV", "051", "PAKJUD", "happened"),
    ("China's government on Monday announced new measures restricting fishing near Scarborough Shoal. Philippine "
     "President Ferdinand Marcos rejected the measures.", "PHLGOV", "120", "CHNGOV", "happened"),
    # (h19h) a condemned arrest is still aimed at the arresting body told before (custody_nouns)
    ("Nicaraguan police detained dozens of protesters in Managua. The United States condemned the arrests of "
     "protesters.", "USA", "111", "NICCOP", "happened"),
    ("Germany condemned the killing of aid workers by Israeli forces in Gaza.", "DEU", "111", "ISRMIL", "happened"),
    ("The European Union condemned Slovakia's new media law as a threat to press freedom.", "IGOEUREEC", "111", "SVK",
     "happened"),
    # (h19i) breaking into a digital thing is still hacking; picking people up on land still arrests them
    ("Russian hackers broke into the email accounts of German lawmakers.", "RUS", "170", "DEULEG", "happened"),
    ("Police picked up three opposition activists in Minsk on Friday.", "BLRCOP", "173", "BLRCVL", "happened"),
    ("Security forces picked up the journalist from his home in Istanbul.", "TURMIL", "173", "TURMED", "happened"),
    # (h19i) a review with a person, or between the subjects, is still talks
    ("Modi reviewed bilateral ties with Putin.", "INDGOV", "040", "RUSGOV", "happened"),
    ("Japan and Australia reviewed their defence ties at talks in Tokyo.", "JPN", "040", "AUS", "happened"),
    # (h19i) gunmen or an army storming a place still use force; a country defended against pressure is defended
    ("Gunmen stormed a police station in Niger's Tillaberi region on Sunday.", "NERUAF", "190", "NERCOP", "happened"),
    ("France said it would defend Moldova against Russian pressure.", "FRA", "052", "MDA", "planned"),
    # (h19i) a blocking done still denies the act blocked; a demand stated still demands
    ("Hungary banned the Slovak minister from travelling to Budapest.", "SVKGOV", "042", "HUN", "denied"),
    ("Burkina Faso's junta said French troops must leave the country within a month.", "BFAMIL", "100", "FRAMIL",
     "happened"),
    # (h19e) an act joined to a reported clause on another than its subject stays the subject's
    ("Ukraine's army said Russian troops had crossed into Sumy and threatened Ukrainian villages nearby.", "RUSMIL",
     "130", "UKR", "happened"),
    # (h19e) the reported act itself stays its subject's
    ("Kazakhstan said Azerbaijan had shelled Armenian border posts and called on the two countries to show "
     "restraint.", "AZE", "194", "ARM", "happened"),
    # (h19e) an attack condemned with no site of its own is still the last one told
    ("Russian missiles struck a school in Kharkiv on Monday. Kyiv said its drones had attacked a refinery in Belgorod. "
     "Moscow condemned the attack.", "RUSGOV", "111", "UKRGOV", "happened"),
    # (h19c) the other object-control verbs keep their readings: an appeal, a forced act
    ("The European Union urged Serbia to withdraw its troops from the border.", "IGOEUREEC", "0256", "SRB", "happened"),
    ("The sanctions forced Russia to withdraw its ambassador from Riga.", "RUS", "161", "LVA", "happened"),
    # (h19c) the neighbouring senses stay: a crackdown on people, a break-in, yielding to pressure
    ("Police in Nairobi cracked down on opposition protesters on Tuesday.", "KENCOP", "175", "KENCVL", "happened"),
    ("Chinese hackers broke into the computers of the U.S. Treasury Department.", "CHN", "170", "USAGOV", "happened"),
    ("Tunisia's president finally bowed to pressure from the unions.", "TUNGOV", "083", "TUNLAB", "happened"),
    # (h19c) tariffs lifted with no rate, or cut to a rate, are eased
    ("The European Union lifted its duties on Ukrainian grain on Monday.", "IGOEUREEC", "085", "UKR", "happened"),
    ("India cut its tariffs on American motorcycles to 30% on Friday.", "IND", "085", "USA", "happened"),
    # (h19c) neighbours of the parse repairs: "the visiting X" as a subject, a manner adverb the parser reads right,
    # a meeting on a summit's sidelines
    ("The visiting Indian prime minister held talks with Lula in Brasilia.", "INDGOV", "040", "BRAGOV", "happened"),
    ("Modi met Putin privately in Kazan on Tuesday.", "INDGOV", "040", "RUSGOV", "happened"),
    ("Hungarian Prime Minister Viktor Orban met Erdogan briefly at the summit.", "HUNGOV", "044", "TURGOV",
     "happened"),
    # (h19a) ... the named party acts
    ("A Dhaka court sentenced former Prime Minister Sheikh Hasina on Monday. Her Awami League party condemned the "
     "ruling.", "BGDPTYAWL", "111", "BGDJUD", "happened"),
    # (h19a) ... while an arrest ordered and a warrant sought for someone hold
    ("A Bolivian judge ordered the arrest of former President Evo Morales.", "BOLJUD", "173", "BOLOPP", "happened"),
    ("Prosecutors in Manila sought an arrest warrant for Vice President Sara Duterte on Monday.", "PHLJUD", "112",
     "PHLGOV", "happened"),
    # (h19a) ... while a refusal of a named accusation still answers the accuser
    ("Lithuania accused Minsk of sending balloons across the border. Minsk refused the accusation.", "BLRGOV", "120",
     "LTU", "happened"),
    # (h19b) a body named with its country keeps it for its "it"
    ("Kenya's army said it had killed 12 Al Shabaab fighters near the border.", "KENMIL", "190", "SOMREBSHB",
     "happened"),
    # (h19b) a subject "it" still continues the last main subject
    ('The Russian Defence Ministry said its forces had struck depots in Ukraine. It accused Kyiv of shelling Belgorod.', "RUSMIL", "1123", "UKRGOV", "happened"),
    # (h19b) a deal struck stays a deal
    ("Russia struck a deal across the table with Ukraine.", "RUS", "057", "UKR", "happened"),
    # (h19b) two named last as the subjects of an act stay "the two countries"
    ('Russia launched drones at Kyiv overnight, and Russia said it had hit energy sites in Ukraine. Kenya and Somalia signed a border deal on Monday. The two countries agreed to hold talks in Mombasa next month.',
     "KEN", "040", "SOM", "planned"),
    # (h19b) a titled minister after their country was named keeps it
    ("Mali's junta expelled the French ambassador. Foreign Minister Abdoulaye Diop accused France of supporting the "
     "rebels.", "MLIGOV", "1123", "FRA", "happened"),
    # (h19b) a withdrawal told as done stays done
    ("Ugandan troops withdrew from eastern Congo on Monday.", "UGAMIL", "0874", "COD", "happened"),
    # (h18b) the court ordering a detention still arrests (173)
    ("A Nairobi court ordered that the five suspects be held in custody for 14 days.", "KENJUD", "173", "KENCVL",
     "happened"),
    # (h18c) a generic attack its manner participle specifies is that act, which stays
    ("Turkish police attacked a Greek fishing trawler, beating its crew with clubs.", "TURCOP", "182", "GRCCVL",
     "happened"),
    # (h16m) an act of force on a day, counted, is still an event; so is one earlier this year
    ("Gunmen killed 14 villagers in Zamfara state on Thursday.", "NGAUAF", "190", "NGACVL", "happened"),
    ("Earlier this year, soldiers killed 12 protesters in Lagos.", "NGAMIL", "190", "NGACVL", "happened"),
    # (h16m) a doer named who counts its own acts over a span still acted
    ("Nigerian air strikes have killed dozens of Boko Haram fighters in Borno this year.", "NGA", "195", "NGAREBBKH",
     "happened"),
    # (h16l) an act agreed is planned; a push towards an act is pressing
    ("Russia and Ukraine agreed to hold talks in Istanbul next week.", "RUS", "040", "UKR", "planned"),
    ("Washington pushed Kyiv to accept the ceasefire.", "USAGOV", "100", "UKRGOV", "happened"),
    # (h16l) an act denied stays denied
    # ((h20e) "the movement" is now the Houthi movement named just before: YEMREBHTH, not a bare YEMREB)
    ("A Houthi spokesman denied that the movement's fighters had attacked Yemeni civilians.", "YEMREBHTH", "190",
     "YEMCVL", "denied"),
    ("Chad's government denied a report that it had withdrawn its troops from Niger.", "TCDGOV", "0874", "NER",
     "denied"),
    # --- sixteenth pass ---
    # an act an actor prevents is still denied; an offer accepted is an intent; the appeal's second complement stays
    ("Hungary prevented the European Union from imposing new sanctions on Russia.", "IGOEUREEC", "163", "RUS", "denied"),
    ("Hamas accepted the Egyptian offer.", "PSEREBHMS", "030", "EGY", "happened"),
    # a state not recognised stays a recognition not given
    ("Moscow does not recognise Kosovo as a state.", "RUSGOV", "054", "XKX", "denied"),
    ("The UN human rights office urged the Indonesian authorities to exercise restraint and to release everyone "
     "detained.", "IGOUNOHCHR", "0253", "IDNGOV", "happened"),
    ("Thailand declared a ceasefire with Cambodia and withdrew its troops from Cambodia.", "THA", "0874", "KHM",
     "happened"),
    ("Russia agreed to hold talks with Ukraine in Istanbul.", "RUS", "040", "UKR", "planned"),
    ("Belarus offered to hold talks with Lithuania.", "BLR", "036", "LTU", "happened"),
    ("Lithuania closed its border with Belarus on Tuesday. Minsk said it had offered to hold talks between the two "
     "countries' border services but had received no reply.", "BLRGOV", "036", "LTU", "happened"),
    ("Mali's junta promised to hold elections within a year.", "MLIMIL", "034", None, "happened"),
    ("Bangladesh's interim leader Muhammad Yunus promised that elections would be held in February.", "BGDGOV", "034",
     None, "happened"),
    # (round 6) a definite act noun under a modal predicate was done
    ("The Israeli strike on Iran could spark a wider war.", "ISR", "190", "IRN", "happened"),
    # a warrant dismissed is no accusation denied: a rejection (120) of its issuer
    ("An Argentine court issued a warrant for Hlaing, which Myanmar dismissed as politically motivated.",
     "MMR", "120", "ARGJUD", "happened"),
    ("Poland expelled two Russian diplomats.", "POL", "161", "RUSGOV", "happened"),
    ("Algeria recalled its ambassador to France.", "DZA", "161", "FRA", "happened"),
    ("Putin welcomed Modi at the Kremlin.", "RUSGOV", "043", "INDGOV", "happened"),
    ("Putin called President Erdogan on Monday.", "RUSGOV", "041", "TURGOV", "happened"),
    ("The UN Security Council rejected a Russian draft resolution.", "IGOUNOSC", "120", "RUS", "happened"),
    ("Israel retaliated against Hezbollah with airstrikes.", "ISR", "195", "LBNREBHEZ", "happened"),
    ("Russia accused Ukraine of attacking a nuclear plant.", "RUS", "1123", "UKR", "happened"),
    ("Iran warned Israel that it would respond with force.", "IRN", "138", "ISR", "happened"),
    ("Modi held talks with Putin.", "INDGOV", "040", "RUSGOV", "happened"),
    ("Foreign Ministry spokesperson Lin Jian urged Manila to stop provocations.", "CHNGOV", "0256", "PHLGOV", "happened"),
    ("Qatar urged Israel to stop attacking Gaza.", "QAT", "0256", "ISR", "happened"),
    ("Somalia appealed to the European Union for more funding for the African Union mission.", "SOM", "0231",
     "IGOEUREEC", "happened"),
    ("Ethiopia deployed troops near the Eritrean border.", "ETH", "154", "ERI", "happened"),
    ("Russian troops withdrew from Kherson.", "RUSMIL", "0874", "UKR", "happened"),
    ("The opposition demanded that Kenya hold new elections.", "KENOPP", "104", "KEN", "happened"),
    ("Iran said it would strike Israel.", "IRN", "138", "ISR", "happened"),
    # --- fourth review ---
    ("Colombia issued arrest warrants against 31 ELN leaders.", "COL", "173", "COLREBELN", "happened"),
    ("Maduro ordered the armed forces to hold military exercises.", "VENMIL", "150", None, "planned"),
    ("Russia stood with Iran.", "RUS", "051", "IRN", "happened"),
    ("Ukrainian troops engaged with Russian forces near Pokrovsk.", "UKRMIL", "190", "RUSMIL", "happened"),
    ("The United States struck a boat off Venezuela. Venezuela called the strikes an extrajudicial execution.",
     "VEN", "111", "USA", "happened"),
    ("Nigeria's labour unions called a general strike against the government.", "NGALAB", "143", "NGAGOV", "happened"),
    ("ECOWAS expelled Niger from the bloc.", "IGOWAFWAS", "161", "NER", "happened"),
    ("Egypt called for humanitarian aid for Sudan.", "EGY", "0233", "SDN", "happened"),
    ("Armenia and Azerbaijan resumed talks after missing a deadline to sign a final peace deal.", "ARM", "040", "AZE",
     "happened"),
    ("Modi accepted Xi's invitation to attend a summit in Tianjin.", "INDGOV", "036", "CHNGOV", "happened"),
    # --- fourteenth pass ---
    # a removal of people, troops or diplomats is an expulsion still
    ("Benin announced the removal of 20 French diplomats from the country.", "BEN", "174", "FRAGOV", "happened"),
    ("Mali ordered the removal of UN peacekeepers from the country.", "MLI", "174", "IGOUNOPKO", "happened"),
    # stepping down amid protests is still a concession; people seized are arrested; a town or airport taken
    ("Sheikh Hasina stepped down amid mass protests.", "BGDELI", "0831", None, "happened"),
    ("Police seized two journalists in Istanbul.", "TURCOP", "173", "TURMED", "happened"),
    ("Rebels seized the airport in Goma.", "CODREB", "192", "COD", "happened"),
    # --- fourteenth pass, set B ---
    # a letter dismissed is aimed at its author, told before
    ("Ethiopia's foreign minister Gedion Timothewos wrote a letter to the United Nations accusing Eritrea of preparing "
     "for war. Eritrea's information minister Yemane Gebremeskel dismissed the letter as a false flag.", "ERIGOV",
     "120", "ETHGOV", "happened"),
    # the condemned act's own doer named on it still wins
    ("Washington condemned the Chinese action against the Philippine vessel.", "USAGOV", "111", "CHN", "happened"),
    # troops moved to a border not said to be shared: no target (one-sided, as before)
    ("Ethiopia and Eritrea have moved troops towards the border.", "ETH", "154", None, "happened"),
    # --- fourteenth pass: nested acts and complements from round 6 ---
    # an object put after the "as" complement is still the verb's object
    ("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro.",
     "ALB", "111", "SRB", "happened"),
    # who carried out an attack made it; the raids one acts in are one's own; a by-agent on the verb still acts
    ("Al Shabaab militants carried out an attack on a military base in Somalia.", "SOMREBSHB", "190", "SOMMIL",
     "happened"),
    ("Israeli troops killed five Palestinians in raids on the Jenin refugee camp.", "ISRMIL", "190", "PSECVL",
     "happened"),
    ("The hostages were released by Hamas after mediation by Qatar.", "PSEREBHMS", "0841", "PSECVL", "happened"),
    # a street protest against a government, a protest to a government, stay what they were
    ("Japanese students protested against the government.", "JPNEDU", "141", "JPNGOV", "happened"),
    ("Japan protested to China over the remarks.", "JPN", "114", "CHN", "happened"),
    # an indefinite strike victims were killed "in" may be the attack told before
    ("Russia launched more than 400 drones and 30 missiles at Ukraine overnight. At least seven people were killed "
     "in a strike on an apartment building in Ternopil.", "RUS", "190", "UKRCVL", "happened"),
    # (h16a) a report with nothing evaluative stays the bare statement; a refusal under "would not" keeps its code
    ("Belarus's foreign minister said Lithuania was ready for talks on the border.", "BLRGOV", "010", "LTU", "happened"),
    ("Japan's prime minister said Tokyo would not accept Beijing's demands.", "JPNGOV", "123", "CHNGOV", "happened"),
    # (h16g) an order to hold someone stays the order's; a refusal with its own party keeps it; a document's owner
    # stays its author; an accusation of a gerund keeps its accused
    ("A Moscow court ordered the American reporter held for two more months.", "RUSJUD", "173", "USAMED", "happened"),
    ("Iran will not negotiate with Washington until the sanctions are lifted.", "IRN", "125", "USAGOV", "happened"),
    ("Amnesty International's report accused Myanmar's military of war crimes.", "NGOAMN", "112", "MMRMIL", "happened"),
    ("Human Rights Watch accused Ethiopian soldiers of executing villagers in Tigray.", "NGOHRW", "112", "ETHMIL",
     "happened"),
    # (h17h) "insist" that another do something is still a demand
    ("Ethiopia insisted that Egypt withdraw its complaint.", "ETH", "1056", "EGY", "happened"),
    # (h18o) kept: a negation quoted is a rejection made; a deed told in the present perfect in a relative clause
    ("\"We do not recognise the court,\" the Israeli foreign ministry said.", "ISRGOV", "120", "ISRJUD", "happened"),
    ("Iran, which has supplied drones to Russia, denied the report.", "IRN", "072", "RUS", "happened"),
    # (h18o) an appeal made "in a joint statement for" an act asks for it, however long the sentence before
    ("In Cairo on Tuesday, the foreign ministers of Egypt and Jordan called in a joint statement for the withdrawal "
     "of Israeli troops from Gaza.", "EGYGOV", "0256", "ISRMIL", "happened"),
    # (h18o) a long quoted modifier on the target of a sanction keeps the sanction
    ('Britain announced travel bans last week on Iranian officials "responsible for or complicit in the violent '
     'repression of protesters" in the country.', "GBR", "163", "IRNGOV", "happened"),
    # (h18o) an act the speaker calls (or describes as) a warning to someone warns them, as "said X was a warning to"
    ("Iran's army chief called the missile test a warning to Israel.", "IRNMIL", "130", "ISR", "happened"),
    ("Russia described the naval drills as a warning to NATO.", "RUS", "130", "IGOWSTNAT", "happened"),
    # (h19f) a charge closed by a name keeps its denier
    ("Poland accused Orban of blocking European aid to Ukraine, a charge Budapest denied.", "HUNGOV", "120", "POL",
     "happened"),
    # (h19f) a visitor or delegation received is still hosted (receive.043)
    ("Egypt's president received visiting Greek Prime Minister Kyriakos Mitsotakis in Cairo on Monday.", "EGYGOV",
     "043", "GRCGOV", "happened"),
    ("Jordan's King Abdullah received a Syrian delegation in Amman on Sunday.", "JORGOV", "043", "SYR", "happened"),
    # (h19f) "the office" after a leader's office is still that leader's (called_body_heads needs an organisation)
    ("KYIV (Reuters) - Zelenskiy's office said on Friday that Russian drones had hit Kyiv. The office urged Western "
     "allies to send more air defence systems.", "UKRGOV", "023", "WST", "happened"),
    # (p20) gunmen attacking a court complex still attack; (h25e) the complex stands for the courts, as a police station for
    # the police (coref.yaml installation_heads)
    ("Militants attacked a court complex in Peshawar on Monday, killing four policemen.", "PAKREB", "190", "PAKJUD",
     "happened"),
    # (p20) troops sent are still a deployment
    ("The United States deployed 300 troops to Poland on Monday.", "USA", "154", "POL", "happened"),
    # (h20h) a class noun of one country keeps it whatever its examples say; a meeting with someone is still demanded
    ("The United States imposed sanctions on several Iranian firms, including companies based in China.", "USA", "163",
     "IRNBUS", "happened"),
    ("China demanded a meeting with Japanese officials on Monday.", "CHN", "106", "JPNGOV", "happened"),
    # (h22a) police deployed at home are still a show of force (x.deploy_police.153), only those sent under a mission
    # abroad keep the peace (n.deploy_under_mission.074)
    ("Kenya deployed police to the border with Somalia.", "KEN", "153", "SOM", "happened"),
    # (h22a) inspectors' return and entry are still admitted (x.allow_return_inspectors.0862 now names whose), economic
    # sanctions still eased (085)
    ("Iran allowed the return of IAEA inspectors.", "IRN", "0862", "IGOUNOIAEA", "happened"),
    # (h23f) look-alikes of the present progressive arrangement: going on today, or told in the past; talks held
    ("British Prime Minister Keir Starmer is hosting European leaders in London today.", "GBRGOV", "043", "EURGOV",
     "happened"),
    ("British Prime Minister Keir Starmer was hosting European leaders in London on Thursday.", "GBRGOV", "043",
     "EURGOV", "happened"),
    ("Egypt hosted talks between Israel and Hamas on Thursday.", "ISR", "040", "PSEREBHMS", "happened"),
    ("Iran agreed on Tuesday to talks with the United States.", "IRN", "036", "USA", "happened"),
    ("Hungary signed a joint statement condemning Russia.", "HUN", "111", "RUS", "happened"),
    ("Iran agreed to allow IAEA inspectors into its sites.", "IRN", "0355", "IGOUNOIAEA", "happened"),
    ("Washington eased sanctions on Indian firms.", "USAGOV", "085", "INDBUS", "happened"),
    # (h23e) neighbours: a given name the story gave one person in full stays theirs; "both sides", "the two leaders",
    # undotted hyphenated doers and a titled name keep their readings
    ("Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat. Abbas later criticised "
     "Washington.",
     "IRNGOV", "111", "USAGOV", "happened"),
    ("UAE presidential adviser Anwar Gargash criticised Iran on Monday. Anwar said Tehran must stop arming "
     "the Houthis.",
     "AREGOV", "100", "IRNGOV", "happened"),
    ("Israel and Hamas agreed to a ceasefire on Sunday. Both sides exchanged prisoners on Monday.",
     "PSEREBHMS", "0841", "ISR", "happened"),
    ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi. The two "
     "leaders agreed to continue peace talks.",
     "AZEGOV", "040", "ARMGOV", "planned"),
    ("Congo and Rwanda signed a Qatari-mediated agreement in Doha.", "QAT", "045", "RWA", "happened"),
    ("Armenia and Azerbaijan signed a US-brokered peace deal on Friday.", "USA", "045", "ARM", "happened"),
    ("UN Secretary-General Antonio Guterres urged Israel to allow aid into Gaza.",
     "IGOUNO", "025", "ISR", "happened"),
    ("Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Sunday, with Trump and Anwar looking on. "
     "The two countries agreed to withdraw heavy weapons from the border.",
     "THA", "0356", "KHM", "happened"),
    ("The European Commission president met Zelensky in Kyiv.", "IGOEUREECCOM", "040", "UKRGOV", "happened"),
    ("Al-Sharaa met Trump at the White House.", "SYRGOV", "040", "USAGOV", "happened"),
    ("China accused Japan and the Philippines of provocations. Japan and the Philippines rejected the "
     "accusations.",
     "PHL", "120", "CHN", "happened"),
    ("India and Pakistan accused each other of violating the ceasefire. Both sides denied the accusations.",
     "IND", "120", "PAK", "happened"),
    ("The Houthis attacked Israel and U.S. warships in the Red Sea.", "YEMREBHTH", "190", "USAMIL", "happened"),
    ("The U.N.-backed government in Tripoli accused Egypt of arming its rivals.",
     "LBYGOV", "1123", "EGY", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC + KEPT, ids=[s[0][:48] for s in SPEC + KEPT])
def test_spec(sentence, source, code, target, mode):
    sentence = globals().get(sentence, sentence) if sentence.startswith("T_") else sentence
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_absent(sentence, triple):
    check_absent(sentence, triple)


@pytest.mark.slow
@pytest.mark.parametrize("text,root", NOTHING_AIMED, ids=[s[0][:48] for s in NOTHING_AIMED])
def test_nothing_aimed(text, root):
    # no event of that root from the last sentence's speaker (the story's own events may stand)
    last = text.rsplit(". ", 1)[-1]
    got = [e for e in eventwire.extract(text, published=PUBLISHED).events
           if e.cameo_root == root and e.sentence.strip() == last.strip()]
    assert not got, [(e.source_code, e.cameo_code, e.target_code) for e in got]


@pytest.mark.slow
@pytest.mark.parametrize("text,trigger,source,code,target", PASSIVE_DOERS, ids=[f"{s[0][:40]}-{s[2]}" for s in PASSIVE_DOERS])
def test_passive_doers(text, trigger, source, code, target):
    got = {(e.source_code, e.cameo_code, e.target_code) for e in eventwire.extract(text, published=PUBLISHED).events
           if e.trigger == trigger and e.mode == "happened"}
    assert (source, code, target) in got, sorted(got)


# One act on two actors of one code is one coded event (the vessel and its crew are both Japanese civilians);
# two codes stay two ("urged Baku and Yerevan"), and so do two people named (test_events_spec.py).
ONCE = [
    # (h20b) a second arrest told with no arrester near one by the police is the police's too: two events
    ("Police in Minsk arrested two opposition leaders on Monday. Opposition leader Pavel Latushko was also detained, "
     "his party said.", ("BLRCOP", "173", "BLROPP"), 2),
    # "X Affairs Office" is one body of its possessor's country, the country in its name no second accuser
    ("Japan's Korea Affairs Office accused President Lee Jae-myung of provoking confrontation.",
     ("JPNGOV", "112", "KORGOV"), 1),
    ("TOKYO, June 17 (Reuters) - A Russian court fined the captain of a Japanese fishing boat seized last week, as "
     "Tokyo renewed its demand for the release of the vessel and its crew.", ("JPNGOV", "100", "JPNCVL"), 1),
    ("Police arrested two Kenyan activists and a Kenyan student in Nairobi on Monday.", ("KENCOP", "173", "KENCVL"), 1),
    # (h18p) a bare title joined to a title a named person restates is that person's second title
    ("Rubio will meet Oman's deputy prime minister and foreign minister, Sayyid Badr Albusaidi, in Muscat on Monday.",
     ("USAGOV", "040", "OMNGOV"), 1),
    # (h17i) a region's goods are its bloc's once, never also a person holding the bloc's code
    ("EU trade chief Valdis Dombrovskis said talks would go on. Beijing opened an anti-dumping probe into European "
     "cheese.", ("CHNGOV", "163", "IGOEUREEC"), 1),
]


@pytest.mark.parametrize("text, triple, n", ONCE)
def test_one_coded_event_per_act(text, triple, n):
    events = eventwire.extract(text, published=PUBLISHED).events
    got = [e for e in events if (e.source_code, e.cameo_code, e.target_code) == triple]
    assert len(got) == n, [(e.source_code, e.cameo_code, e.target_code, e.trigger) for e in events]


# (h22d) twenty-second pass, from a blind grading of fresh wire stories. A trip to attend a multilateral meeting (one
# an organisation holds or is named by) is no visit to the host country: the silent readings of news.yaml
# (n.trip_for_multilateral.042, n.trip_to_attend_multilateral.042) outrank x.arrive_in.042 and travel_to.042, whose
# bare preposition is a structural condition, and attending such a meeting is the organisation's
# (x.attend_multilateral.042). A condition told by inversion ("Should X ...", "Were X to ...") makes its clause and
# the clause it conditions hypothetical (not output), as "if" does; a quotation's plain statement of fact stays.
H22D_SPEC = [
    ("Modi attended the G20 summit in Johannesburg on Saturday.", "INDGOV", "042", "IGOGTW", "happened"),
]
H22D_ABSENT = [
    ("Brazil's President Lula arrived in New York on Sunday for the UN General Assembly.", ("BRAGOV", "042", "USA")),
    ("Brazil's President Lula arrived in New York on Sunday for the UN General Assembly.", ("USA", "043", "BRAGOV")),
    ("Zelenskiy traveled to the United States on Sunday for the UN General Assembly.", ("UKRGOV", "042", "USA")),
    ("Iran's President Masoud Pezeshkian arrived in New York on Monday to attend the UN General Assembly.",
     ("IRNGOV", "042", "USA")),
    ("Xi arrived in Kazan on Tuesday for the BRICS summit.", ("CHNGOV", "042", "RUS")),
    ("Putin arrived in Beijing on Sunday for the Shanghai Cooperation Organisation summit.", ("RUSGOV", "042", "CHN")),
    ("Modi attended the G20 summit in Johannesburg on Saturday.", ("INDGOV", "042", "ZAF")),
    # a condition told by inversion: neither the condition nor what it conditions happened
    ("\"Should Serbia refuse, the EU will impose sanctions on Belgrade,\" Kallas said.", ("IGOEUREEC", "163", "SRBGOV")),
    ("\"Should the separatists provoke us, the army will crush them,\" a Chinese defence ministry spokesman said.",
     ("CHNMIL", "175", "CHNSEP")),
    ("\"Were Iran to attack Israel again, Washington would defend Israel,\" Rubio said.", ("USAGOV", "051", "ISR")),
    ("\"Were Iran to attack Israel again, Washington would defend Israel,\" Rubio said.", ("IRN", "190", "ISR")),
]
H22D_KEPT = [
    # a visit made for a meeting with a country or a person, or a summit no organisation names, stays a visit
    ("Erdogan arrived in Washington on Wednesday for a summit with Trump.", "TURGOV", "042", "USAGOV", "happened"),
    ("Macron arrived in Beijing on Wednesday for a state visit.", "FRAGOV", "042", "CHN", "happened"),
    ("Zelenskiy arrived in Washington on Friday to meet Trump.", "UKRGOV", "042", "USA", "happened"),
    ("Lula travelled to Washington on Monday for a meeting with Trump.", "BRAGOV", "042", "USAGOV", "happened"),
    ("Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.", "IRQGOV", "042",
     "JOR", "happened"),
    # a quotation's plain statement of fact happened; "should" with no inversion is advice (hypothetical, not output)
    ("\"Russia attacked our energy grid last night,\" Zelenskiy said on Tuesday.", "RUS", "190", "UKRGOV", "happened"),
    ("\"The Chinese coast guard fired water cannon at our vessel,\" a Philippine spokesman said on Monday.", "CHNMIL",
     "175", "PHL", "happened"),
    ("\"Israel will pay a heavy price if it attacks Lebanon,\" Hezbollah's leader said on Sunday.", "LBNREBHEZ", "130",
     "ISR", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H22D_SPEC + H22D_KEPT,
                         ids=[s[0][:48] for s in H22D_SPEC + H22D_KEPT])
def test_h22d_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H22D_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H22D_ABSENT])
def test_h22d_absent(sentence, triple):
    check_absent(sentence, triple)


# (h22d) the modes themselves, with hypothetical events kept: "if" and its inversions are hypothetical, in a quotation
# too; the speaker's own force announced under a condition is the threat made (13x, happened)
H22D_MODES = [
    ("\"If Rwanda attacks us, we will expel its ambassador,\" Congo's foreign minister said on Tuesday.",
     ("RWA", "190", "CODGOV"), "hypothetical"),
    ("\"If Rwanda attacks us, we will expel its ambassador,\" Congo's foreign minister said on Tuesday.",
     ("CODGOV", "161", "RWA"), "hypothetical"),
    ("\"Should Israel attack Iran, we will close the Strait of Hormuz,\" an Iranian commander said on Sunday.",
     ("ISR", "190", "IRN"), "hypothetical"),
    ("\"Should Serbia refuse, the EU will impose sanctions on Belgrade,\" Kallas said.", ("IGOEUREEC", "163", "SRBGOV"),
     "hypothetical"),
    ("\"Were Iran to attack Israel again, Washington would defend Israel,\" Rubio said.", ("IRN", "190", "ISR"),
     "hypothetical"),
    ("\"Were Iran to attack Israel again, Washington would defend Israel,\" Rubio said.", ("USAGOV", "051", "ISR"),
     "hypothetical"),
    ("\"Should Hamas break the truce, Israel will bomb Gaza,\" Katz said on Sunday.", ("ISRGOV", "138", "PSE"),
     "happened"),  # (h32b: own_government_clause)
    ("\"Israel attacked our nuclear sites in June. If they attack again, we will respond,\" Araqchi said on Tuesday.",
     ("ISR", "190", "IRNGOV"), "happened"),
    # (s24) a past clause with its own subject under a planned act is the writer's fact; a present "when" clause under
    # a plan is pending, not planned
    ("During that visit, the two governments had agreed to resume security and migration cooperation that had been "
     "frozen since last summer, when President Emmanuel Macron recognised Morocco's sovereignty over the disputed "
     "Western Sahara territory.",
     ("FRAGOV", "054", "MAR"), "happened"),
    ("Iran plans to attack Israel when Israel attacks Lebanon.", ("ISR", "190", "LBN"), "hypothetical"),
]


@pytest.fixture(scope="module")
def with_hypotheticals():
    from eventwire.pipeline import Pipeline, default_pipeline

    return Pipeline(default_pipeline().nlp, hypothetical=True)


@pytest.mark.slow
@pytest.mark.parametrize("text,triple,mode", H22D_MODES, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H22D_MODES])
def test_h22d_modes(with_hypotheticals, text, triple, mode):
    got = {(e.source_code, e.cameo_code, e.target_code): e.mode
           for e in with_hypotheticals.extract(text, published=PUBLISHED).events}
    assert got.get(triple) == mode, sorted(got.items())


# (h23a) twenty-third pass: nominal and light-verb forms news uses, from a blind grading of wire stories (patterns/news.yaml
# block "(h23a)"; modality.yaml scheduled_noun, ending_nouns; path hyphen_pair; pattern key `subject` with two-word
# entries). SPEC rows failed before; ABSENT rows are look-alikes the rules must not reach; KEPT rows held before.
H23A_SPEC = [
    # (h23a) weapons used or fired on a crowd are violent repression (175), as tear gas is (news.yaml n.arms_*_crowd.175;
    # prep_object_not on the firing patterns of extended.yaml)
    ("Soldiers fired live rounds at protesters in Khartoum on Sunday.", "SDNMIL", "175", "SDNCVL", "happened"),
    ("Security forces used live ammunition against demonstrators in Khartoum.", "SDNMIL", "175", "SDNCVL", "happened"),
    ("Police used excessive force on demonstrators in Nairobi on Tuesday.", "KENCOP", "175", "KENCVL", "happened"),
    # (h23a) aid halved, paused or frozen is cut (162), refined by what aid (1621 economic, 1622 military, 1623
    # humanitarian), which now outranks the bare 162 (core.yaml halt_aid.162 folded into extended.yaml x.cut_aid.162)
    ("Washington halved its aid to Ethiopia on Tuesday.", "USAGOV", "162", "ETH", "happened"),
    ("The United States paused military aid to Ukraine.", "USA", "1622", "UKR", "happened"),
    ("Britain cut its humanitarian aid to Yemen.", "GBR", "1623", "YEM", "happened"),
    ("Germany froze development aid to Niger after the coup.", "DEU", "1621", "NER", "happened"),
    ("The United States suspended military aid to Pakistan.", "USA", "1622", "PAK", "happened"),
    # (h23a) chairing or presiding over talks between two parties mediates between them (045, one event each)
    ("Qatar chaired talks between Rwanda and Congo in Doha.", "QAT", "045", "RWA", "happened"),
    ("Qatar chaired talks between Rwanda and Congo in Doha.", "QAT", "045", "COD", "happened"),
    ("Talks between Armenia and Azerbaijan were chaired by Kazakhstan.", "KAZ", "045", "AZE", "happened"),
    ("Qatar presided over talks between Rwanda and Congo.", "QAT", "045", "COD", "happened"),
    # (h23a) a bomb that kills or strikes is a bombing of its kind (1831 suicide, 1832 vehicle, 1833 roadside, 183), one-sided
    # when no doer is named (pattern key `subject` reads two-word entries)
    ("A car bomb killed 12 Somali soldiers in Mogadishu on Tuesday.", None, "1832", "SOMMIL", "happened"),
    ("A suicide bomber killed 15 Pakistani policemen in Peshawar.", "PAKUAF", "1831", "PAKCOP", "happened"),
    ("Boko Haram suicide bombers killed 20 people in Maiduguri.", "NGAREBBKH", "1831", "NGACVL", "happened"),
    ("A roadside bomb killed three Afghan soldiers in Helmand.", None, "1833", "AFGMIL", "happened"),
    ("Three Somali soldiers were killed by a car bomb in Mogadishu.", None, "1832", "SOMMIL", "happened"),
    ("A bomb killed five Nigerian soldiers in Borno on Friday.", None, "183", "NGAMIL", "happened"),
    # (h23a) a state of war is force between its sides (190; n.at_war_with.190)
    ("Russia is at war with Ukraine.", "RUS", "190", "UKR", "happened"),
    ("Ethiopia remains at war with Tigrayan rebels.", "ETH", "190", "ETHREB", "happened"),
    ("Russia and Ukraine are at war.", "UKR", "190", "RUS", "happened"),
    # (h23a) a summit or talks named by two hyphenated sides or an "of" phrase of two (040; path hyphen_pair)
    ("The US-China summit in Busan produced a trade truce.", "USA", "040", "CHN", "happened"),
    ("The India-Pakistan talks in Geneva ended without a deal.", "IND", "040", "PAK", "happened"),
    ("A summit of Chinese and Russian leaders was held in Beijing.", "CHNGOV", "040", "RUSGOV", "happened"),
    # (h23a) an act noun told as scheduled is planned (modality.yaml scheduled_noun, ModeReader._scheduled_noun)
    ("Talks between Iran and the United States are scheduled for next week.", "IRN", "040", "USA", "planned"),
    ("A visit by Modi to Washington is planned for March.", "INDGOV", "042", "USA", "planned"),
    ("The summit between Trump and Xi, set for Friday, was confirmed by Beijing.", "USAGOV", "040", "CHNGOV", "planned"),
    ("Talks between Russia and Ukraine are due to resume in Istanbul next week.", "RUS", "040", "UKR", "planned"),
    # (h23a) nominal acts: an incursion into a country, a country's detention of someone, a place seized
    ("Turkey's incursion into Iraq angered Baghdad.", "TUR", "190", "IRQ", "happened"),
    ("Iran's detention of a French journalist angered Paris.", "IRN", "173", "FRAMED", "happened"),
    ("China's seizure of the Scarborough Shoal angered Manila.", "CHN", "192", "PHL", "happened"),
    # (h23a) an aid cut told as a noun is the cut, by the noun's owner or the aid's (n.n.cut_*aid_*), and the aid in its
    # phrase is no aid given (modality.yaml ending_nouns)
    ("Washington's suspension of aid to Ethiopia angered Addis Ababa.", "USAGOV", "162", "ETH", "happened"),
    ("The suspension of US aid to Ethiopia hurt farmers.", "USA", "162", "ETH", "happened"),
    ("A freeze on humanitarian aid to Gaza by Israel was condemned.", "ISR", "1623", "PSE", "happened"),
    ("Washington's suspension of military aid to Ukraine alarmed Kyiv.", "USAGOV", "1622", "UKR", "happened"),
    # (h23a) an act noun made by a light verb is the verb's subject's act (n.n.launch_crackdown.175, carry_out_arrests.173,
    # carry_out_seizure.1711, issue_condemnation.111); sanctions or a blockade imposed told as a noun (n.n.impose_*)
    ("Police launched a crackdown on opposition supporters in Kampala.", "UGACOP", "175", "UGAOPP", "happened"),
    ("Police carried out arrests of opposition activists in Minsk.", "BLRCOP", "173", "BLRCVL", "happened"),
    ("Pakistan issued a strong condemnation of the Indian strikes.", "PAK", "111", "IND", "happened"),
    ("India carried out the seizure of a Pakistani boat.", "IND", "1711", "PAK", "happened"),
    ("Israel's imposition of a blockade on Gaza was condemned.", "ISR", "191", "PSE", "happened"),
    ("The US imposition of tariffs on Chinese goods angered Beijing.", "USA", "163", "CHN", "happened"),
    # (h23a) a charge on a crowd with batons, force met with crowd weapons, and crowd weapons used told as a noun are 175
    ("Police charged protesters with batons in Tbilisi.", "GEOCOP", "175", "GEOCVL", "happened"),
    ("Police responded with tear gas to stone-throwing protesters in Nairobi.", "KENCOP", "175", "KENCVL", "happened"),
    ("Kenyan police's use of live rounds against demonstrators drew criticism.", "KENCOP", "175", "KENCVL", "happened"),
    ("Kenyan police's use of tear gas against protesters drew criticism.", "KENCOP", "175", "KENCVL", "happened"),
    # (h23a) a scheduling modifier or a future date as owner makes an act noun planned (scheduled_noun.modifiers)
    ("The planned visit by Modi to Washington was confirmed by the White House.", "INDGOV", "042", "USA", "planned"),
    ("Next week's talks between Iran and the United States were confirmed by Oman.", "IRN", "040", "USA", "planned"),
    ("The upcoming summit between Trump and Xi was confirmed by Beijing.", "USAGOV", "040", "CHNGOV", "planned"),
    # (h23a) more nominal acts by their doer with what they fell on in the "of" phrase (n.n.trade_boycott_of.163,
    # close_embassy.161, open_embassy.054, downing.190) and a warning to another party (n.n.warning_to.130)
    ("Ukraine's boycott of Russian goods hurt Moscow.", "UKR", "163", "RUS", "happened"),
    ("China's suspension of imports of Japanese seafood angered Tokyo.", "CHN", "163", "JPN", "happened"),
    ("France's closure of its embassy in Niger angered Niamey.", "FRA", "161", "NER", "happened"),
    ("Britain's reopening of its embassy in Damascus was welcomed by Syria.", "GBR", "054", "SYR", "happened"),
    ("The downing of a Russian drone by Poland raised tensions.", "POL", "190", "RUS", "happened"),
    ("China's warning to Japan was seen as a signal.", "CHN", "130", "JPN", "happened"),
    # (h23a) talks chaired by a third party told by a participle: its parties are the clause's subjects (noun.parties) or
    # the talks' "between" phrase; a nationality hyphenated to "chaired" is the chair (agent_hyphen_participles)
    ("Rwanda and Congo signed a deal after talks chaired by Qatar.", "QAT", "045", "RWA", "happened"),
    ("The Qatari-chaired talks between Rwanda and Congo ended on Monday.", "QAT", "045", "COD", "happened"),
    # (h23a) a weapons test conducted is a show of force (150), no strike (object_not on air_strike.195, launch_attack.190)
    ("North Korea conducted a missile test on Sunday.", "PRK", "150", None, "happened"),
    ("North Korea carried out a missile test toward Japan.", "PRK", "150", "JPN", "happened"),
    # (h23a) mediation told by a role: "acted as a mediator between" reads both parties of its "between" phrase first
    # (x.act_as_mediator.045), a mediating role played (n.play_mediating_role.045), a mediator between two by a copula
    # (n.n.mediator_between.045); host played to talks hosts both (n.play_host_talks.043)
    ("Qatar acted as a mediator between Israel and Hamas.", "QAT", "045", "PSEREBHMS", "happened"),
    ("Qatar served as mediator in talks between Rwanda and Congo.", "QAT", "045", "COD", "happened"),
    ("Oman played a mediating role between Iran and the United States.", "OMN", "045", "USA", "happened"),
    ("Egypt has been a mediator between Israel and Hamas.", "EGY", "045", "ISR", "happened"),
    ("Turkey played host to talks between Russia and Ukraine.", "TUR", "043", "UKR", "happened"),
    # (h23a) congratulations or praise received are given by whom they came from (n.receive_congratulations.051)
    ("Lula received congratulations from Macron.", "FRAGOV", "051", "BRAGOV", "happened"),
    ("Ruto received praise from Xi for his handling of the summit.", "CHNGOV", "051", "KENGOV", "happened"),
    # (h23a) a bomb of a kind detonated or planted is that kind of bombing (extended.yaml x.detonate_*, before
    # x.explode_bomb.183)
    ("Al-Shabaab detonated a car bomb outside a hotel in Mogadishu.", "SOMREBSHB", "1832", "SOM", "happened"),
    ("A suicide bomber detonated his explosive vest at a checkpoint in Kabul.", "AFGUAF", "1831", "AFG", "happened"),
    ("Taliban fighters planted a roadside bomb near a Pakistani army post.", "AFGGOV", "1833", "PAKMIL", "happened"),
    # (h23a) ... through a container ("a new round of talks ... is scheduled")
    ("A new round of talks between Russia and Ukraine is scheduled for Monday in Istanbul.", "RUS", "040", "UKR",
     "planned"),
    ("Israel is in a state of war with Hezbollah.", "ISR", "190", "LBNREBHEZ", "happened"),
    ("The withdrawal of US aid to Ethiopia hurt farmers.", "USA", "162", "ETH", "happened"),
    ("The freezing of US aid to Ethiopia hurt farmers.", "USA", "162", "ETH", "happened"),
    # (h23a) a ceasefire violation told as a noun is aimed at the ceasefire's other party; an envoy's recall told as a noun
    ("Israel's violation of the ceasefire with Hezbollah was condemned by Lebanon.", "ISR", "196", "LBNREBHEZ",
     "happened"),
    ("Algeria's recall of its ambassador to Paris deepened the crisis.", "DZA", "161", "FRA", "happened"),
    ("The recall of the French ambassador from Niamey by France was announced.", "FRA", "161", "NER", "happened"),
    # (h23a) "the crowd", "the protesters" are the people last told protesting (coref.yaml crowd_referents)
    ("Thousands of opposition supporters marched in Dhaka on Sunday. Police fired tear gas at the crowd.", "BGDCOP",
     "175", "BGDOPP", "happened"),
    ("Supporters of Imran Khan's party rallied in Islamabad on Sunday. Police fired tear gas at the protesters.",
     "PAKCOP", "175", "PAKOPP", "happened"),
]
H23A_ABSENT = [
    # force at soldiers is no repression; funds frozen are sanctions, not an aid cut; the noun of aid cut is no aid given
    ("Soldiers fired live rounds at Russian troops in Kharkiv.", ("UKRMIL", "175", "RUSMIL")),
    ("Washington halved its aid to Ethiopia on Tuesday.", ("USAGOV", "070", "ETH")),
    ("The suspension of US aid to Ethiopia hurt farmers.", ("USA", "070", "ETH")),
    ("The withdrawal of US aid to Ethiopia hurt farmers.", ("USA", "070", "ETH")),
    ("The EU froze the assets of three Russian banks.", ("IGOEUREEC", "162", "RUSBUS")),
    # chairing talks with one party, or a body's own meeting, mediates nothing
    ("Ruto chaired talks with Ethiopia's Abiy Ahmed in Nairobi.", ("KENGOV", "045", "ETHGOV")),
    ("Saudi Arabia chaired a meeting of Arab foreign ministers.", ("SAU", "045", "IGOARL")),
    # a bomber killed is no bombing
    ("Pakistani forces killed a suicide bomber in Peshawar.", ("PAKMIL", "1831", "PAKUAF")),
    # a baton charge is no legal charge; force used against a country is no repression
    ("Police charged protesters with batons in Tbilisi.", ("GEOCOP", "173", "GEOCVL")),
    ("The use of force against Iran by Israel was condemned.", ("ISR", "175", "IRN")),
    # a crackdown on a practice is no repression of people
    ("Beijing launched a crackdown on corruption on Monday.", ("CHNGOV", "175", None)),
    # a state of war told as background (since a year) or with no other side is no event
    ("Russia has been at war with Ukraine since 2022.", ("RUS", "190", "UKR")),
    ("Sudan is at war, the UN said.", ("SDN", "190", None)),
    ("The two countries are not at war, Pakistan said.", ("PAK", "190", None)),
    # the parties a mediator stands between are not their governments by that
    ("Qatar acted as a mediator between Israel and Hamas.", ("QAT", "045", "ISRGOV")),
    # the crowd of opposition supporters is theirs, not any civilians
    ("Thousands of opposition supporters marched in Dhaka on Sunday. Police fired tear gas at the crowd.",
     ("BGDCOP", "175", "BGDCVL")),
    # a missile test is no air strike
    ("North Korea conducted a missile test on Sunday.", ("PRK", "195", None)),
    # a travel warning to one's own citizens threatens no one
    ("The State Department's travel warning to Americans was renewed.", ("USAGOV", "130", "USA")),
    # a summit of one side is no consultation
    ("The Russian summit ended on Friday.", ("RUS", "040", None)),
]
H23A_KEPT = [
    ("Soldiers fired live rounds at Russian troops in Kharkiv.", "UKRMIL", "193", "RUSMIL", "happened"),
    ("The EU froze the assets of three Russian banks.", "IGOEUREEC", "163", "RUSBUS", "happened"),
    ("Japan halted aid to Serbia in March.", "JPN", "162", "SRB", "happened"),
    ("Qatar hosted talks between Rwanda and Congo on Monday.", "QAT", "043", "COD", "happened"),
    ("Turkey brokered a deal between Russia and Ukraine.", "TUR", "045", "UKR", "happened"),
    ("Talks between Iran and the United States, scheduled for Sunday, were postponed.", "IRN", "040", "USA", "denied"),
    # talks held as scheduled happened (modality.yaml scheduled_noun.occurrence_verbs)
    ("The talks between Iran and the US, scheduled for Sunday, were held in Muscat.", "IRN", "040", "USA", "happened"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", "KENCOP", "175", "KENCVL", "happened"),
    ("The militants detonated a bomb at a market in Peshawar.", "PAKREB", "183", "PAK", "happened"),
    ("Pakistan went to war with India in 1971.", "PAK", "190", "IND", "happened"),
    ("Putin sent congratulations to Lukashenko on his re-election.", "RUSGOV", "051", "BLRGOV", "happened"),
    ("Macron congratulated Keir Starmer on his election victory.", "FRAGOV", "051", "GBRGOV", "happened"),
    ("Iran carried out a missile strike on Israel.", "IRN", "195", "ISR", "happened"),
    ("Thousands of Kenyans marched in Nairobi on Tuesday. Police fired tear gas at the crowd.", "KENCOP", "175", "KENCVL",
     "happened"),
    ("Putin played host to Indian Prime Minister Narendra Modi in Moscow.", "RUSGOV", "043", "INDGOV", "happened"),
    ("The US aid to Ethiopia helped farmers.", "USA", "070", "ETH", "happened"),
    ("The lifting of sanctions on Syria by Washington was welcomed.", "USAGOV", "085", "SYR", "happened"),
    # planned talks held happened
    ("The planned talks between Iran and the United States were held in Muscat.", "IRN", "040", "USA", "happened"),
    ("Iran and the United States held the planned talks in Muscat on Sunday.", "IRN", "040", "USA", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H23A_SPEC + H23A_KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in H23A_SPEC + H23A_KEPT])
def test_h23a_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H23A_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H23A_ABSENT])
def test_h23a_absent(sentence, triple):
    check_absent(sentence, triple)


# (h24f) coercive acts and who the sides are: officials of another state ordered out are expelled (161, core.yaml
# order_leave_officials.161), embassy staff expelled too (n.n.expel_diplomats.161); an arrest with no doer but its
# country (arrest.n.173, n.n.detention_of.173 path prep:in.place); "the government" in what a minister says is his own
# (coref.yaml speaker_own_bodies); sanctions on companies or tankers a clause says serve a country are aimed at it
# (path served); hitting back at, or hitting with, a measure or words, and a trade war, are no force
H24F_SPEC = [
    ("Mali ordered four Ivorian officials to leave the country within 72 hours.", "MLI", "161", "CIVGOV", "happened"),
    ("The move followed Ethiopia's expulsion of three Somali embassy staff last month.", "ETH", "161", "SOMGOV",
     "happened"),
    ("Rabat said the decision was a reply to the arrest in Paris last week of a Moroccan embassy employee.", "FRA",
     "173", "MARGOV", "happened"),
    ("Manila condemned the detention in Beijing of a Filipino businessman.", "CHN", "173", "PHLBUS", "happened"),
    ("NAIROBI, June 1 (Reuters) - Kenyan troops clashed with al-Shabaab fighters near the border. The Somali government "
     "in Mogadishu blamed Kenya for the clashes. Defence Minister Soipan Tuya said the government would send more "
     "troops to the border.", "KENGOV", "154", "SOM", "planned"),
    ("Britain imposed sanctions on five firms supplying drone parts to Russia.", "GBR", "163", "RUS", "happened"),
    # (h24f) a ruler's challenger is the opposition (coref.yaml ruler_rival_heads); a threat conditioned on talks is
    # aimed at whom the talks are with (modality.yaml condition_talks_nouns); political prisoners are held by their
    # state (state_held_captives)
    ("Kenya's President William Ruto won the vote, but his main challenger accused the electoral commission of fraud.",
     "KENOPP", "112", "KENGOV", "happened"),
    ("Netanyahu said he preferred a deal with Hamas but threatened military action if the negotiations collapsed.",
     "ISRGOV", "138", "PSEREBHMS", "happened"),
    ("Prime Minister Abiy Ahmed rejected the offer. The rebels demanded the release of Oromo political prisoners.",
     "ETHREB", "1053", "ETHGOV", "happened"),
    # (h24f) a measure promised in kind is a threat (quote_acts.yaml 130); a body coordinated with a country before a
    # head noun is its own member ("Kinshasa and United Nations experts": IGOUNO, not IGO)
    ("Beijing imposed tariffs on Australian wine on Monday. \"If they raise duties on our goods, we will respond in "
     "kind,\" Australian Trade Minister Don Farrell said.", "AUSGOV", "130", "CHNGOV", "happened"),
    ("The European Union imposed duties on American whiskey. \"When they tax our exports, our duties will rise by the "
     "same amount,\" Trump said.", "USAGOV", "130", "IGOEUREEC", "happened"),
    ("Kinshasa and United Nations experts accuse Rwanda of backing the rebels.", "IGOUNO", "112", "RWA", "happened"),
    ("Kigali and African Union mediators accuse Congo of stalling the talks.", "IGOAFRAFU", "112", "COD", "happened"),
    ("The U.S. Treasury slapped sanctions on a network of vessels that it said carried Venezuelan crude to Cuba.", "USAGOV",
     "163", "VEN", "happened"),
]
H24F_ABSENT = [
    ("Beijing hit back at Washington's new tariffs on Friday, announcing levies on U.S. farm goods.",
     ("CHNGOV", "190", "USAGOV")),
    ("Ottawa hit back at Trump's tariffs on Tuesday, slapping levies on American goods.", ("CANGOV", "190", "USAGOV")),
    ("The president said the United States had launched a trade war against Canada.", ("USA", "190", "CAN")),
    # guards (held before): hit with a measure stays the measure; one's own officials told to leave a room expel no one; a named foreign firm is the target itself
    ("The United States hit Mexico with fresh tariffs on steel.", ("USA", "190", "MEX")),
    ("The Kenyan minister ordered the officials to leave the meeting.", ("KENGOV", "161", "KENGOV")),
    ("Washington imposed sanctions on two Chinese companies that bought Iranian oil.", ("USAGOV", "163", "IRN")),
]
H24F_KEPT = [
    ("Hezbollah fired rockets at northern Israel. Israel hit back at Hezbollah with air strikes.", "ISR", "195",
     "LBNREBHEZ", "happened"),
    ("Washington imposed sanctions on two Chinese companies that bought Iranian oil.", "USAGOV", "163", "CHNBUS",
     "happened"),
    ("Russia launched a war against Ukraine in 2022.", "RUS", "190", "UKR", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H24F_SPEC + H24F_KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in H24F_SPEC + H24F_KEPT])
def test_h24f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H24F_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H24F_ABSENT])
def test_h24f_absent(sentence, triple):
    check_absent(sentence, triple)


# (h24a) followers are not their leader (coref.yaml followers); a verb tagged as a noun or a subject as an adverb
# (repairs.yaml); "called X a Y" is naming, not a call, and a verb joined to the predicate is the clause's
# (repairs.yaml predicate_naming_verbs, patterns phone.041 / phone_oprd.041); private foreign nationals acted on give
# the subject no country (coref.yaml nationals_sectors); occupations of private people (sectors.yaml)
H24A_SPEC = [
    ("Hundreds of Trump supporters attacked police officers outside the Capitol.", "USACVL", "190", "USACOP", "happened"),
    ("President William Ruto spoke in Eldoret on Wednesday. His supporters attacked journalists in Nakuru.", "KENCVL",
     "190", "KENMED", "happened"),
    ("Fighters loyal to Khalifa Haftar shelled the port of Tripoli on Monday.", "LBYMILLNA", "190", "LBY", "happened"),
    ("Starmer rang Zelensky on Sunday.", "GBRGOV", "041", "UKRGOV", "happened"),
    ("Lula phoned Macron on Tuesday.", "BRAGOV", "041", "FRAGOV", "happened"),
    ("Ruto called the agreement a milestone and thanked Museveni.", "KENGOV", "051", "UGAGOV", "happened"),
    ("Erdogan called Putin a brave man.", "TURGOV", "051", "RUSGOV", "happened"),
    ("The army arrested a Ukrainian photographer, Russian officials said.", "RUSMIL", "173", "UKRMED", "happened"),
    ("Sudan's army detained a Turkish engineer.", "SDNMIL", "173", "TURCVL", "happened"),
    ("Myanmar's junta freed Japanese documentary maker Toru Kubota.", "MMRMIL", "0841", "JPNMED", "happened"),
    # (item 5) who handed the sentences down: the court of the story, not a people it sentenced; "hanged" are executions;
    # a verb the parser hung on its object's name
    ("Prosecutors in Congo sought the death penalty for 50 defendants. The court handed down death sentences to 37 of "
     "them, including three Americans. Amnesty International criticised the death sentences.", "NGOAMN", "111", "CODJUD",
     "happened"),
    ("Saudi Arabia hanged three men on Sunday. Human Rights Watch condemned the executions.", "NGOHRW", "111", "SAU",
     "happened"),
    ("A Russian court jailed opposition activist Ilya Yashin.", "RUSJUD", "173", "RUSOPP", "happened"),
]
H24A_ABSENT = [
    ("Ruto called the agreement a milestone and thanked Museveni.", ("KENGOV", "041", "UGAGOV")),
    ("Erdogan called Putin a brave man.", ("TURGOV", "041", "RUSGOV")),
    ("The junta released a Japanese journalist on Tuesday.", ("JPNMIL", "0841", "JPNMED")),
    ("The tribunal handed down death sentences to 20 defendants, including two Americans.", ("USAJUD", "173", "USACVL")),
]
H24A_KEPT = [
    # guards: a call to a person is still a call; a name-calling still criticism; a coup's soldiers are their country's;
    # an opposition's own followers as a modifier stay OPP
    ("Macron called Putin on Friday to discuss Ukraine.", "FRAGOV", "041", "RUSGOV", "happened"),
    ("Lula called Netanyahu a war criminal.", "BRAGOV", "111", "ISRGOV", "happened"),
    ("Thousands of opposition supporters marched in Dhaka.", "BGDOPP", "141", "BGD", "happened"),
    ("Supporters of opposition leader Tundu Lissu clashed with police in Dar es Salaam.", "TZAOPP", "145", "TZACOP",
     "happened"),
    ("India called the talks constructive and thanked Egypt.", "IND", "051", "EGY", "happened"),
    ("Soldiers detained Gabonese President Ali Bongo.", "GABMIL", "173", "GABGOV", "happened"),
    ("Police arrested 40 Kenyan protesters.", "KENCOP", "173", "KENCVL", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H24A_SPEC + H24A_KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in H24A_SPEC + H24A_KEPT])
def test_h24a_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H24A_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H24A_ABSENT])
def test_h24a_absent(sentence, triple):
    check_absent(sentence, triple)


# (h24e) verbal criticism, rejection and denial told in statements
H24E_SPEC = [
    # an act said to cross a line, to inflame tensions or to send a dangerous message is condemned at its doer
    # (n.say_verdict.111; "send>wrong message": an object with its modifier)
    ("Russian drones struck a maternity hospital in Zaporizhzhia. Poland's foreign minister said the attack crossed "
     "every red line.", "POLGOV", "111", "RUSMIL", "happened"),
    ("Israeli jets struck a school in Gaza on Monday. Jordan said the strike crossed all lines of humanity.", "JOR",
     "111", "ISRMIL", "happened"),
    ("North Korea fired two ballistic missiles on Sunday. Japan said the launches escalate tensions and put regional "
     "security at risk.", "JPN", "111", "PRK", "happened"),
    ("Australia said Beijing's military activities in the South China Sea heighten tensions in the region.", "AUS",
     "111", "CHNGOV", "happened"),
    ("The United States vetoed the resolution on Tuesday. Malaysia's foreign minister said the veto sent the wrong "
     "message to the world.", "MYSGOV", "111", "USA", "happened"),
    # ... and one said to send a positive signal praised (n.say_verdict.051)
    ("Iran and the United States agreed to hold talks. Oman said the deal sent a positive signal to the region.", "OMN",
     "051", "USA", "happened"),
    # a verdict passed through a verb of evidence (modality.yaml evidential_verbs) judges the subject of the showing
    ("Pakistan said India's actions showed that it was the real aggressor in the region.", "PAK", "111", "IND",
     "happened"),
    ("India said Pakistan's actions showed it was a sponsor of terrorism.", "IND", "111", "PAK", "happened"),
    # a finite verb the parser read as a modifier in the reported object heads the reported clause (repairs)
    ("Tokyo said Moscow's aggressive military activities and rhetoric only exacerbate tensions and put Asia's security "
     "at risk.", "JPNGOV", "111", "RUSGOV", "happened"),
    ("Zelenskiy accused Russia of deliberately targeting civilians. Kremlin spokesman Dmitry Peskov said Russia's "
     "military only targeted military sites, rejecting accusations that it deliberately attacked civilians.", "RUSGOV",
     "120", "UKRGOV", "happened"),
    # an election result or outcome rejected is who declared or announced it (core.yaml nominals result, outcome)
    ("Zimbabwe's election commission announced the results on Saturday. The opposition rejected the outcome as "
     "fraudulent.", "ZWEOPP", "120", "ZWEGOV", "happened"),
    # "the council" is the body phrase of that head named before; petitions "by" someone are theirs (repairs)
    ("Senegal's Constitutional Council declared Faye the winner on Monday. The council later rejected three petitions "
     "by opposition candidates.", "SENJUD", "120", "SENOPP", "happened"),
    # a claim denied in a content clause with no accuser told answers the other side of the story's dispute
    ("Iran and the United States held a second round of talks in Muscat on Saturday. Tehran has repeatedly denied that "
     "it is seeking nuclear weapons.", "IRNGOV", "120", "USA", "happened"),
    # suggestions rejected repeat the accusation of the paragraph before
    ('Opposition leader Nika Melia accused the Georgian government of rigging the vote. "This is theft," Melia said. '
     "He called on supporters to keep protesting.\nGeorgia's justice minister rejected suggestions that the election "
     "was rigged.", "GEOGOV", "120", "GEOOPP", "happened"),
    # an accusation rejected before it is told answers the accusation of its kind in the next sentence
    # (modality.yaml context_targets.answers.following_sentences)
    ("China's foreign ministry dismissed the allegations on Monday. The Philippines accused Chinese vessels of ramming "
     "a supply boat near the shoal.", "CHNGOV", "120", "PHL", "happened"),
    ("Moscow rejected the accusation. Kyiv accused Russia of deliberately shelling a hospital.", "RUSGOV", "120",
     "UKRGOV", "happened"),
]
H24E_ABSENT = [
    # ... not one told two sentences on
    ("China's foreign ministry dismissed the allegations on Monday. Markets fell. The Philippines accused Chinese "
     "vessels of ramming a supply boat near the shoal.", ("CHNGOV", "120", "PHL")),
    # troops crossing a line judge no act; conduct shown to be good is no criticism; a positive signal no condemnation
    ("Cambodia said Thai troops crossed the line into its territory.", ("KHM", "111", "THAMIL")),
    ("Moscow said Kyiv's conduct showed it was a responsible partner.", ("RUS", "111", "UKR")),
    ("Iran and the United States agreed to hold talks. Oman said the deal sent a positive signal to the region.",
     ("OMN", "111", "USA")),
    # an accusation two paragraphs back is not what suggestions rejected repeat
    ("Opposition leader Nika Melia accused the Georgian government of rigging the vote.\nMarkets fell on Monday. The "
     "lari hit a record low.\nGeorgia's justice minister rejected suggestions that the election was rigged.",
     ("GEOGOV", "120", "GEOOPP")),
    # entry denied is no claim denied
    ("Belarus denied entry to three Lithuanian journalists.", ("BLR", "120", "LTUMED")),
]
H24E_KEPT = [
    ("Belarus denied entry to three Lithuanian journalists.", "BLR", "124", "LTUMED", "happened"),
    ("The court on Monday dismissed an appeal by former prime minister Imran Khan.", "PAKJUD", "120", "PAKOPP",
     "happened"),
    ("The United States imposed sanctions on Venezuela's oil sector. Caracas has denied that it harbours drug "
     "traffickers.", "VENGOV", "120", "USA", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H24E_SPEC + H24E_KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in H24E_SPEC + H24E_KEPT])
def test_h24e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H24E_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H24E_ABSENT])
def test_h24e_absent(sentence, triple):
    check_absent(sentence, triple)


# (h24h) false events an analyst would reject, from reading our output on realistic news: what one fails to meet is no
# meeting (core.yaml meet.040 object_not, prep_object_not); an act one calls a warning or a response is no criticism of
# it (call_names.111, x.call_praise.051 xcomp_not) and a warning to someone named on the verb threatens them
# (n.call_warning.130); a hostage siege ended is no emergency or blockade eased (x.end_hostage_siege.0872, silent);
# what would be easier to do, or is only alleged, has not happened (modality.yaml ease_adjectives, alleging_verbs);
# a mediator "acting as intermediary" mediates between the parties of the talks the sentence tells (conflict_sides);
# an act ordered or told is to come (planning_verbs tell, command) and forces ordered are the orderer's (coref.yaml
# deployment_verbs); a place inside a charge gives its accuser no country (coref.yaml charging_verbs)
H24H_SPEC = [
    ("Russian and Ukrainian delegations held talks in Istanbul on Friday, with Turkey acting as mediator.",
     "TUR", "045", "RUS", "happened"),
    ("Iran and the United States held indirect talks in Rome, with Oman serving as a go-between.",
     "OMN", "045", "IRN", "happened"),
    ("Israel's envoy is due to meet Hamas negotiators in Doha next week, with Qatar acting as intermediary.",
     "QAT", "045", "PSEREBHMS", "happened"),
    ("China's military launched a second day of large-scale drills around Taiwan on Wednesday, in exercises that "
     "Beijing called a stern warning to the island's \"separatist\" leader.", "CHNGOV", "130", "TWNSEP", "happened"),
    ("Putin ordered the army to attack Kharkiv.", "RUSMIL", "190", "UKR", "planned"),
    ("Erdogan instructed the military to strike Kurdish positions in Syria.", "TURMIL", "190", "SYR", "planned"),
    ("Sudan's army told the RSF to withdraw from Khartoum.", "SDNREBRSF", "0874", "SDN", "planned"),
    ("Georgia held a parliamentary election on Saturday. Critics accuse Georgian Dream, founded by billionaire Bidzina "
     "Ivanishvili, of becoming increasingly authoritarian and tilting toward Moscow.", "GEOOPP", "112", "GEOGOV",
     "happened"),
    ("Protesters in Tbilisi accused the government of selling out to Moscow.", "GEOCVL", "112", "GEOGOV", "happened"),
    # (h24h) two named as there "also" are no pair of "the two sides" (coref.yaml pair_additive_adverbs)
    ("Thailand and Cambodia agreed to a ceasefire on Monday. The United States and China also sent representatives to "
     "the meeting. Cambodia's spokeswoman said there had been no clashes between the two sides since the ceasefire.",
     "THA", "190", "KHM", "denied"),
]
H24H_ABSENT = [
    ("Kenya failed to meet the deadline set by the International Monetary Fund.", ("KEN", "040", "IGOIMF")),
    ("Pakistan said it had met all the requirements of the International Monetary Fund.", ("PAK", "040", "IGOIMF")),
    ("The opposition leader apologised for failing to meet the expectations of Kenyan voters.",
     ("KENOPP", "040", "KENCVL")),
    ("Japan has met its commitments under the Paris agreement with the European Union.", ("JPN", "040", "FRA")),
    ("Protesters were met with tear gas by Kenyan police.", ("KENCOP", "040", "KENCVL")),
    ("In exercises that Beijing called a stern warning to the island's leader, China's military surrounded Taiwan.",
     ("CHNGOV", "111", "CHNMIL")),
    ("In drills that Moscow called a clear warning to the Baltic states' leaders, Russian troops massed near the border.",
     ("RUSGOV", "051", "RUSMIL")),
    ("Nigeria's army ended the siege of a school in Kaduna, killing the gunmen.", ("NGAMIL", "0814", "NGA")),
    ("Pakistani security forces ended a day-long siege of a hijacked passenger train in the southwestern province of "
     "Balochistan on Wednesday, killing all 33 separatist militants involved.", ("PAKMIL", "0814", "PAK")),
    ("Canada's prime minister Justin Trudeau criticised the tariffs. He accused Trump of seeking to bring about \"a total "
     "collapse of the Canadian economy, because that'll make it easier to annex us.\"", ("CAN", "192", "CANGOV")),
    ("Kyiv says the new weapons will make it easier to strike Russian bases.", ("UKRGOV", "190", "RUS")),
    ("A first group of 21 people, including 16 Japanese nationals and family members, left Tehran by bus on Thursday "
     "and crossed into Azerbaijan early on Friday, Foreign Minister Takeshi Iwaya told reporters.",
     ("JPNGOV", "1056", "AZEMED")),
    ("Russian and Ukrainian delegations held talks in Istanbul on Friday, with Turkey acting as mediator.",
     ("TUR", "045", "TURGOV")),    ("The charity said it would support refugees fleeing the fighting in Sudan.", ("SDNAID", "051", "SDNREF")),
    ("Investigators allege that people close to senior Ukrainian officials demanded kickbacks from contractors.",
     ("UKRCVL", "100", None)),
    ("Prosecutors allege that Russian agents attacked the warehouse in London.", ("RUS", "190", "GBR")),
]
H24H_KEPT = [
    ("Zelensky met Trump at the White House.", "UKRGOV", "040", "USAGOV", "happened"),
    ("Erdogan will meet Putin next week.", "TURGOV", "040", "RUSGOV", "planned"),
    ("The Nigerian government said it had met the demands of the striking doctors.", "NGAGOV", "083", "NGAHLH",
     "happened"),
    ("Israeli troops ended a two-week siege of the Jenin refugee camp.", "ISRMIL", "0872", "PSEREF", "happened"),
    ("Thailand lifted the state of emergency in the southern provinces.", "THA", "0814", None, "happened"),
    ("Putin called Zelensky a criminal.", "RUSGOV", "111", "UKRGOV", "happened"),
    ("Pyongyang called the launch a warning to Seoul and Washington.", "PRKGOV", "130", "KOR", "happened"),
    ("Qatar served as mediator in talks between Rwanda and Congo.", "QAT", "045", "RWA", "happened"),
    ("Germany will support Ukraine.", "DEU", "051", "UKR", "planned"),
    ("The junta in Niger ordered French troops to leave the country.", "NERMIL", "166", "FRAMIL", "happened"),
    ("Ukraine said Russian forces attacked Kharkiv overnight.", "RUSMIL", "190", "UKR", "happened"),    ("India and Pakistan exchanged fire on Monday. China and Russia urged both sides to show restraint.", "CHN", "0256",
     "PAK", "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", H24H_SPEC + H24H_KEPT,
                         ids=[f"{s[0][:40]}-{s[2]}" for s in H24H_SPEC + H24H_KEPT])
def test_h24h_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", H24H_ABSENT, ids=[f"{s[0][:40]}-{s[1][1]}" for s in H24H_ABSENT])
def test_h24h_absent(sentence, triple):
    check_absent(sentence, triple)
