"""Spec table for actor coding (issue 3): what an analyst codes, per docs ANNOTATION.md.

Every row is ``(text, published, mention, expected, alternatives)``. The text runs through the
real pipeline (``eventwire.extract``); the row names one mention of it and the code its actor
must carry. The expectations are written as an analyst would code the text (country ISO3 +
sector, IGO codes, people by the role they held on the published date), not copied from what
the system currently outputs: a failing row is a bug to fix, in the resolver or in a dictionary.

How a row names its mention
  ``"Putin"``              the first whole-word occurrence of the string in the text;
  ``"talks in [Moscow]"``  the bracketed part of the first occurrence of the whole context
                           (to pick one occurrence among several, or a word inside a phrase).
  The mention found is the one whose span equals that target, else the one that contains it,
  else the longest mention inside it ("Sharaa" for "al-Sharaa").

What ``expected`` (and each alternative) means
  ``"RUSGOV"``             the mention's actor has exactly this code;
  ``None``                 not coded: no mention there, or a mention whose actor has no code.
                           Decision for unknown people with no context at all ("John Carter
                           said"): None. ANNOTATION.md gives a bare country code only when a
                           country is named, and nothing here names one;
  ``"MMR+RUS"``            a compound actor ("the two countries", "both sides"): the codes of
                           its ``members`` (order-insensitive).

Capitals and seats used as places ("talks in Moscow") are rows of PLACE_SPEC: coded as the
country at most (expected "RUS"), never as its government; ``test_capital_as_place`` also
checks that such a mention, if there is one, is resolved as a place.
"""
from __future__ import annotations

import functools
import re

import pytest

import eventwire

D = "2025-03-05"  # default publication date

# ---------------------------------------------------------------------------------------------
# Multi-sentence texts (in-article coreference): several rows each.
T_HLAING_MOSCOW = ("Senior General Min Aung Hlaing arrived in Moscow on Tuesday. Hlaing met Russian President "
                   "Vladimir Putin at the Kremlin. Later, Hlaing told reporters that the two countries would "
                   "deepen military ties.")
T_HLAING_TITLES = ("Min Aung Hlaing met Chinese officials in Kunming. The general said Myanmar would hold "
                   "elections. The junta chief also thanked Beijing for its support. The military leader later "
                   "returned to Naypyidaw.")
T_PUTIN_XI = ("Vladimir Putin hosted Xi Jinping in Moscow. The Russian president praised the partnership. "
              "Xi said the two leaders had agreed to expand trade.")
T_SUU_KYI_2018 = ("Aung San Suu Kyi met the Japanese foreign minister in Naypyidaw. She said her government "
                  "wanted more investment.")
T_PETROVSKY = "Russian Deputy Foreign Minister Ivan Petrovsky arrived in Tehran. He said Moscow was ready to help."
T_ARM_AZE = "Armenia and Azerbaijan signed a peace framework on Friday. Both sides agreed to reopen transport links."
T_ISR_HAMAS = "Israel and Hamas agreed to a ceasefire in Gaza. Both sides exchanged hostages and prisoners."
T_IND_PAK = ("India and Pakistan exchanged fire along the Line of Control. The two neighbours later agreed to a "
             "ceasefire.")
T_USA_CHN = "Washington and Beijing resumed trade talks in Geneva. The two countries agreed to cut tariffs."
T_XI_KAZAN = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Kazan. Xi said China valued "
              "the relationship.")
T_KIM = "Kim Jong Un inspected a new submarine. Kim said the navy must be ready for war."
T_ERDOGAN = ("Recep Tayyip Erdoğan spoke by phone with Emmanuel Macron. Erdoğan said his country was ready to "
             "mediate.")
T_SHARAA = ("Syrian President Ahmed al-Sharaa met Turkish officials in Ankara. Al-Sharaa said Syria would "
            "rebuild its army.")
T_KHAN = "Karim Khan asked the judges to approve the warrants. Khan said the evidence was overwhelming."
T_LULA_MILEI = ("Lula met Javier Milei on the sidelines of the summit. The Brazilian president said the two "
                "leaders had buried their differences.")
T_ZELENSKY_TRUMP = ("Volodymyr Zelensky met Donald Trump at the White House. The Ukrainian leader left without "
                    "signing the minerals deal. Trump later accused him of gambling with world war.")
T_HEMEDTI = ("Mohamed Hamdan Dagalo appeared in a new video on Saturday. The RSF commander said his forces would "
             "keep fighting.")
T_SUU_KYI_2022 = ("Aung San Suu Kyi was sentenced to four more years in prison. The Nobel laureate has denied all "
                  "the charges.")
T_NUG = ("Nay Phone Latt, a spokesperson for Myanmar's opposition National Unity Government, said the junta had "
         "lost control of the border.")
T_STARMER = "Keir Starmer met Olaf Scholz in Berlin. The British prime minister said he wanted a closer partnership."

SPEC = [
    # (p23) the authorities or government a state's diplomats act on are another state's (coref.yaml
    # diplomatic_reporter_words, as for a country acting on them)
    ("CARACAS, July 31 (Reuters) - Venezuelan police detained dozens of protesters. Brazil's foreign ministry urged "
     "the electoral authorities on Monday to publish detailed results.", "2024-07-31", "electoral authorities", "VENGOV",
     ()),
    ("KAMPALA, July 31 (Reuters) - Ugandan police arrested opposition leader Kizza Besigye on Monday. The U.S. embassy "
     "urged the government to respect the rule of law.", "2024-07-31", "urged the [government]", "UGAGOV", ()),
    # (p23) a nationality after a stance prefix ("pro-European", "anti-Western") is whom people side with or against,
    # not who they are (coref.yaml stance_prefixes)
    ("Georgian riot police used water cannon to disperse thousands of pro-European demonstrators outside parliament "
     "in Tbilisi.", "2024-12-02", "pro-European demonstrators", "GEOCVL", ()),
    ("Pro-Russian separatists attacked Ukrainian positions near Donetsk on Monday.", "2025-06-01", "Pro-Russian separatists",
     "UKRSEP", ("UKRREB",)),
    ("Police in Tbilisi detained dozens of pro-Western protesters on Monday.", "2024-12-02", "pro-Western protesters",
     "GEOCVL", ()),
    # (p23) a bare body noun hyphened to a participle ("the army-led administration") is no actor of its sentence's
    # country: "the army" after it is still the story's army (coref.yaml hyphen_participle_tags); the Mali row held
    # before (a guard)
    ("The Sudanese army blamed the Rapid Support Forces for the attack. The UAE foreign ministry denied supplying "
     "weapons to the RSF and said the army-led administration did not represent all Sudanese. The RSF accused the "
     "army of bombing civilians in Darfur.", "2025-05-07", "accused the [army]", "SDNMIL", ()),
    ("Mali's junta expelled the French ambassador on Monday. Paris said the military-backed authorities in Bamako had "
     "no right to do so, and France's foreign minister said the military had broken its word.", "2025-06-01",
     "said the [military] had", "MLIMIL", ()),
    # (h19g) refugees and migrants are of where they come from: never of where they are held, nor of who holds,
    # rescues or sends them (no country when that is all the sentence says)
    ("The Maltese navy rescued 120 migrants south of Lampedusa on Sunday.", "2025-06-01", "120 migrants", None, ()),
    ("Refugees held in camps in Kenya complained of food shortages, the agency said.", "2025-06-01", "Refugees",
     None, ()),
    ("Greece sent 40 asylum seekers to Cyprus on Monday.", "2025-06-01", "40 asylum seekers", None, ()),
    # (kept: the country they fled; people displaced at home are of the country they are in)
    ("About 5,000 refugees fled Myanmar into Thailand on Sunday.", "2025-06-01", "5,000 refugees", "MMRREF", ()),
    ("Aid agencies will deliver food to refugees fleeing the fighting in Mali.", "2025-06-01", "refugees", "MLIREF", ()),
    ("Thousands of displaced people in Yemen have no shelter.", "2025-06-01", "displaced people", "YEMREF", ()),
    # (h19g) forces a country has or keeps somewhere are its own, not the place's (coref.yaml deployment_verbs)
    ("Turkey still has about 3,000 soldiers in northern Iraq, officials said.", "2025-06-01",
     "3,000 soldiers", "TURMIL", ()),
    ("Moscow keeps thousands of troops in Transnistria.", "2025-06-01", "troops", "RUSMIL", ()),
    # (h19g) "the government in <capital>" is the state's seated there, not a breakaway body of the country's letters
    ("Puntland's leader visited Nairobi on Monday. The government in Mogadishu said the trip violated Somalia's "
     "sovereignty.", "2025-06-01", "government", "SOMGOV", ()),
    # (h19g) a junta's officer speaks for the country under military rule the story names, not the last actor's
    ("The State Department said it had cut aid to Burkina Faso. Junta spokesman Captain Moussa Sawadogo said the "
     "decision changed nothing.", "2025-06-01", "Moussa Sawadogo", "BFAMIL", ("BFAGOV",)),
    # (h19j) "the Hague-based tribunal" after an international court named before is that court, not a court of
    # the country the speaker is from; a legislature that impeaches a president is of the president's country
    ("Chile's foreign minister criticised the Permanent Court of Arbitration on Monday, accusing the Hague-based "
     "tribunal of bias.", "2025-06-01", "Hague-based tribunal", "IGOJUDPCA", ()),
    ("WASHINGTON (Reuters) - The United States said on Tuesday it was watching the crisis in Ecuador closely. The "
     "State Department said it trusted Ecuador's institutions. U.S. officials declined further comment, and the White "
     "House did not respond.\n\nThe opposition-controlled National Assembly impeached President Daniel Noboa on "
     "Monday.", "2025-06-01", "National Assembly", "ECULEG", ()),
    # (h19f) a dictionary name led by an acronym is also read with the acronym's possessive ("UN refugee agency",
    # "EU top court", "U.N. top court")
    ("The U.N.'s refugee agency said 3,000 people had fled into Chad.", "2025-06-01", "U.N.'s refugee agency",
     "IGOUNOHCR", ()),
    ("Poland asked the EU's top court to annul the rules.", "2025-06-01", "EU's top court", "IGOJUDECJ", ()),
    ("Gambia asked the UN's highest court to order Myanmar to stop the killings.", "2025-06-01",
     "UN's highest court", "IGOJUDICJ", ()),
    # (h19a) "officers" of the service whose spokesman reports them, named before them in the sentence
    ("Ugandans voted on Thursday. The opposition rejected the result. Thousands marched in Kampala. Police spokesman "
     "Kituuma Rusoke said officers had detained 300 people.", "2026-01-20", "officers", "UGACOP", ()),
    ("Ugandans voted on Thursday. The opposition rejected the result. Thousands marched in Kampala. An army "
     "spokesman said officers had detained 300 people.", "2026-01-20", "officers", "UGAMIL", ()),
    # (h19a) a party's lawyers act and speak for it (coref.yaml counsel_heads): not the judiciary
    ("Police in Kinshasa arrested Martin Fayulu's lawyer on Monday.", "2025-06-01", "Martin Fayulu's lawyer", "CODOPP", ()),
    ("Tanzanian opposition leader Tundu Lissu was charged with treason on Thursday. His lawyers said the charges were "
     "baseless.", "2025-04-12", "His lawyers", "TZAOPP", ()),
    ("Opposition leader Tundu Lissu's lawyer, Peter Kibatala, was detained at the court.", "2025-06-01",
     "Peter Kibatala", "TZAOPP", ()),
    ("Lawyers for Ousmane Sonko said they would appeal.", "2023-06-05", "Lawyers", "SENOPP", ()),
    ("Defence lawyers walked out of the military court in Kinshasa.", "2025-06-01", "Defence lawyers", "CODJUD", ()),
    # (h18m) a party's adjective gives the party's country (groups.yaml "<word> Party"), not the dateline's
    ("DOHA, May 2 (AFP) - Qatar's prime minister met Hamas leaders in Doha on Friday to revive talks on a ceasefire "
     "in Gaza, a deal the United States backs. Democratic senators accused President Donald Trump of ignoring the "
     "hostages.", "2025-05-02", "Democratic senators", "USALEG", ()),
    # (h18d) employees of no body named are civilians of their country
    ("Serbian police detained three Bosnian Serb employees at the border crossing.", "2025-06-01", "Bosnian Serb employees",
     "BIHCVL", ()),
    # (h18c) "the company" after a firm named with its descriptor is that firm, not a company of the sentence's
    # country; an unknown name apposed to "the main party of X" is a party of X
    ("Portuguese energy group Calvera said profits fell on Monday. Angola's government accused the company of tax "
     "fraud.", D, "the [company]", "PRTBUS", ()),
    ("Nova Voz, the main party of Bosnian Croats, called for a boycott of the vote.", D, "Nova Voz", "BIHOPP", ()),
    # (h17i) an organisation written in the title before a dictionary person with no role on the date outranks
    # their past office (no ELI): "U.N. envoy Kofi Annan" in 2013; Dombrovskis's Commission roles
    ("U.N. envoy Kofi Annan said the Geneva talks had failed.", "2013-05-01", "Kofi Annan", "IGOUNO", ()),
    ("EU trade chief Valdis Dombrovskis said talks with Beijing would go on.", "2024-10-30", "Valdis Dombrovskis",
     "IGOEUREEC", ()),
    # (h16n) a nationality word inside a facility's name gives no country; one who identifies himself as a
    # body's spokesman is that body's
    ("Gunmen shelled the Kuwaiti Specialist Hospital in Rafah on Tuesday.", D, "Kuwaiti Specialist Hospital", "PSEHLH", ()),
    ("Police said a man who identified himself as a Hamas commander fired on the crowd.", D, "man", "PSEREBHMS", ()),
    # -- countries: names, short and historic names --------------------------------------------
    ("Russia launched a fresh offensive near Kharkiv on Monday.", D, "Russia", "RUS", ()),
    ("Burma rejected the statement as interference in its internal affairs.", D, "Burma", "MMR", ()),
    ("Myanmar and Thailand agreed to reopen the border crossing.", D, "Myanmar", "MMR", ()),
    ("Myanmar and Thailand agreed to reopen the border crossing.", D, "Thailand", "THA", ()),
    ("Ivory Coast recalled its ambassador from Paris.", D, "Ivory Coast", "CIV", ()),
    ("Türkiye said it would host the next round of talks.", D, "Türkiye", "TUR", ()),
    ("North Korea fired two ballistic missiles into the sea on Sunday.", D, "North Korea", "PRK", ()),
    ("The United States and Britain condemned the attack.", D, "United States", "USA", ()),
    ("The United States and Britain condemned the attack.", D, "Britain", "GBR", ()),
    ("The US will send more air defence systems to Ukraine.", D, "US", "USA", ()),
    ("The US will send more air defence systems to Ukraine.", D, "Ukraine", "UKR", ()),
    ("DR Congo accused Rwanda of backing the rebels.", D, "DR Congo", "COD", ()),
    ("DR Congo accused Rwanda of backing the rebels.", D, "Rwanda", "RWA", ()),
    ("DR Congo accused Rwanda of backing the rebels.", D, "the [rebels]", "CODREB", ()),
    ("Czechia and Slovakia signed a defence pact.", D, "Czechia", "CZE", ()),
    ("Swaziland's king dissolved parliament.", "2018-05-01", "Swaziland's [king]", "SWZGOV", ()),
    # -- demonyms and adjectives used as actors --------------------------------------------------
    ("The Russians have refused to withdraw their troops.", D, "Russians", "RUS", ("RUSGOV",)),
    ("Ukrainians queued for hours to buy bread.", D, "Ukrainians", "UKRCVL", ("UKR",)),
    ("The Chinese have offered to mediate in the dispute.", D, "Chinese", "CHN", ("CHNGOV",)),
    ("Israelis voted in a snap election on Tuesday.", D, "Israelis", "ISRCVL", ("ISR",)),
    ("The British have warned their citizens to leave Lebanon.", D, "British", "GBR", ("GBRGOV",)),
    ("The Americans and the Iranians held indirect talks in Oman.", D, "Americans", "USA", ("USAGOV",)),
    ("The Americans and the Iranians held indirect talks in Oman.", D, "Iranians", "IRN", ("IRNGOV",)),
    ("The Burmese have endured four years of civil war.", D, "Burmese", "MMR", ("MMRCVL",)),
    # a modifier is no actor of its own, but the phrase it makes stands for the country as an event
    # argument ("a ban on Russian oil exports" → RUS)
    ("Russian oil exports to India rose sharply in January.", D, "Russian", "RUS", ()),
    # -- capitals and seats as actors (subjects, objects, agents) -------------------------------
    ("Moscow said on Tuesday it would respond to the new sanctions.", D, "Moscow", "RUSGOV", ()),
    ("The Kremlin denied any involvement in the poisoning.", D, "Kremlin", "RUSGOV", ()),
    ("Washington imposed new sanctions on Tehran over its nuclear programme.", D, "Washington", "USAGOV", ()),
    ("Washington imposed new sanctions on Tehran over its nuclear programme.", D, "Tehran", "IRNGOV", ()),
    ("Beijing warned Manila against further provocations in the South China Sea.", D, "Beijing", "CHNGOV", ()),
    ("Beijing warned Manila against further provocations in the South China Sea.", D, "Manila", "PHLGOV", ()),
    ("Kyiv welcomed the decision to release the frozen funds.", D, "Kyiv", "UKRGOV", ()),
    ("Naypyidaw has rejected the ASEAN peace plan.", D, "Naypyidaw", "MMRGOV", ("MMRMIL",)),
    ("Tokyo lodged a formal protest with Seoul over the islands.", D, "Tokyo", "JPNGOV", ()),
    ("Tokyo lodged a formal protest with Seoul over the islands.", D, "with [Seoul]", "KORGOV", ()),
    ("The White House said the president would sign the bill on Friday.", D, "White House", "USAGOV", ()),
    ("The White House said the president would sign the bill on Friday.", D, "the [president]", "USAGOV", ()),
    ("Downing Street declined to comment on the leaked memo.", D, "Downing Street", "GBRGOV", ()),
    ("The Pentagon announced the deployment of 3,000 additional troops.", D, "Pentagon", "USAMIL", ()),
    # US federal departments named without a country are the US's, whatever else the sentence names
    ("The Treasury Department on Thursday imposed sanctions on two Venezuelan military officers.", "2025-08-20",
     "Treasury Department", "USAGOV", ()),
    ("The Justice Department charged two Venezuelan officers with drug trafficking.", "2025-08-20",
     "Justice Department", "USAGOV", ()),
    ("The Commerce Department added 23 Chinese companies to its export blacklist.", "2025-08-20",
     "Commerce Department", "USAGOV", ()),
    ("The Defense Department sent three destroyers towards the Venezuelan coast.", "2025-08-20",
     "Defense Department", "USAMIL", ()),
    # 2025 envoys and leaders (people/current_2024_2025.yaml)
    ("Massad Boulos, senior adviser for Africa, urged Rwanda to withdraw its troops.", "2025-08-20",
     "Massad Boulos", "USAGOV", ()),
    ("ELN commander Antonio García rejected the government's offer of talks.", "2025-08-20",
     "Antonio García", "COLREBELN", ()),
    ("The Pentagon announced the deployment of 3,000 additional troops.", D, "additional [troops]", "USAMIL", ()),
    ("The Elysee said the president would travel to Algiers next week.", D, "Elysee", "FRAGOV", ()),
    ("The Tatmadaw launched airstrikes on villages in Sagaing.", D, "Tatmadaw", "MMRMIL", ()),
    ("The Knesset passed the judicial overhaul bill late on Monday.", D, "Knesset", "ISRLEG", ()),
    ("The Duma approved the treaty unanimously.", D, "Duma", "RUSLEG", ()),
    ("Pyongyang test-fired a cruise missile, Seoul said.", D, "Pyongyang", "PRKGOV", ("PRKMIL",)),
    ("Pyongyang test-fired a cruise missile, Seoul said.", D, "Seoul", "KORGOV", ()),
    ("Ankara and Damascus restored diplomatic relations.", D, "Ankara", "TURGOV", ()),
    ("Ankara and Damascus restored diplomatic relations.", D, "Damascus", "SYRGOV", ()),
    ("New Delhi summoned the Canadian envoy.", D, "New Delhi", "INDGOV", ()),
    ("New Delhi summoned the Canadian envoy.", D, "Canadian envoy", "CANGOV", ()),
    ("Chinese state media accused Washington of hypocrisy.", D, "Washington", "USAGOV", ()),
    ("The European Union extended sanctions against Moscow for six months.", D, "against [Moscow]", "RUSGOV", ()),
    ("Xi Jinping called for closer ties with Moscow.", "2024-05-16", "with [Moscow]", "RUSGOV", ()),
    ("The US Congress approved the aid package.", D, "US Congress", "USALEG", ()),
    # -- possessive / adjective country + sector ---------------------------------------------------
    ("Myanmar's military detained dozens of activists on Sunday.", D, "Myanmar's military", "MMRMIL", ()),
    ("Myanmar's military detained dozens of activists on Sunday.", D, "[activists] on", "MMRCVL", ()),
    ("An Argentine court ordered the arrest of a former minister.", D, "Argentine court", "ARGJUD", ()),
    ("Sudanese police fired tear gas at demonstrators in Khartoum.", D, "Sudanese police", "SDNCOP", ()),
    ("Sudanese police fired tear gas at demonstrators in Khartoum.", D, "demonstrators", "SDNCVL", ()),
    ("Russian troops crossed the border at dawn.", D, "Russian troops", "RUSMIL", ()),
    ("Israeli forces raided the Jenin refugee camp.", D, "Israeli forces", "ISRMIL", ()),
    ("The Ukrainian parliament voted to extend martial law.", D, "Ukrainian parliament", "UKRLEG", ()),
    ("Chinese state media accused Washington of hypocrisy.", D, "Chinese state media", "CHNMED", ()),
    ("Iranian protesters chanted slogans against the government.", D, "Iranian protesters", "IRNCVL", ()),
    ("Iranian protesters chanted slogans against the government.", D, "the [government]", "IRNGOV", ()),
    ("Syrian refugees in Lebanon fear forced returns.", D, "Syrian refugees", "SYRREF", ()),
    ("Kenyan lawmakers approved a controversial finance bill.", D, "Kenyan lawmakers", "KENLEG", ()),
    ("A Brazilian company won the contract to build the bridge.", D, "Brazilian company", "BRABUS", ()),
    ("The Turkish foreign ministry summoned the Swedish ambassador.", D, "Turkish foreign ministry", "TURGOV", ()),
    ("The Turkish foreign ministry summoned the Swedish ambassador.", D, "Swedish ambassador", "SWEGOV", ()),
    ("Pakistan's army said it had killed six militants.", D, "Pakistan's army", "PAKMIL", ()),
    ("Pakistan's army said it had killed six militants.", D, "militants", "PAKREB", ()),
    ("Nigerian soldiers rescued 20 kidnapped schoolgirls.", D, "Nigerian soldiers", "NGAMIL", ()),
    ("German prosecutors charged three men with spying for Russia.", D, "German prosecutors", "DEUJUD", ()),
    ("German prosecutors charged three men with spying for Russia.", D, "for [Russia]", "RUS", ()),
    ("India's Supreme Court struck down the electoral bonds scheme.", D, "Supreme Court", "INDJUD", ()),
    ("South African police arrested two suspects in Durban.", D, "South African police", "ZAFCOP", ()),
    ("Mexican journalists marched to demand protection.", D, "Mexican journalists", "MEXMED", ()),
    ("Colombian rebels freed five hostages.", D, "Colombian rebels", "COLREB", ()),
    ("Egyptian authorities reopened the Rafah crossing.", D, "Egyptian authorities", "EGYGOV", ()),
    ("A Russian human rights group documented the abuses.", D, "Russian human rights group", "RUSHRI", ()),
    ("The Venezuelan opposition boycotted the vote.", D, "Venezuelan opposition", "VENOPP", ()),
    ("Ethiopian government forces retook the town.", D, "Ethiopian government forces", "ETHMIL", ()),
    ("Police in Nairobi dispersed the crowd with water cannon.", D, "Police", "KENCOP", ()),
    ("Police in Nairobi dispersed the crowd with water cannon.", D, "the [crowd]", "KENCVL", ()),
    ("The army of Sudan regained control of the capital.", D, "The [army] of Sudan", "SDNMIL", ()),
    ("Myanmar's junta extended the state of emergency.", D, "Myanmar's junta", "MMRMIL", ("MMRGOV",)),
    ("Belarusian intelligence officers were expelled from Lithuania.", D, "Belarusian intelligence officers",
     "BLRSPY", ()),
    ("Japan's parliament elected a new prime minister.", D, "Japan's parliament", "JPNLEG", ()),
    ("Thai protesters defied a ban on public gatherings.", D, "Thai protesters", "THACVL", ()),
    ("Afghan refugees were deported from Pakistan.", D, "Afghan refugees", "AFGREF", ()),
    ("The Iraqi interior ministry announced a curfew.", D, "Iraqi interior ministry", "IRQGOV", ()),
    ("Russia's defence ministry said its forces had shot down 30 drones.", D, "defence ministry", "RUSMIL",
     ("RUSGOV",)),
    ("Russia's defence ministry said its forces had shot down 30 drones.", D, "its [forces]", "RUSMIL", ()),
    ("A military unit from Myanmar crossed into Bangladesh.", D, "military unit", "MMRMIL", ()),
    ("Myanmar's opposition National Unity Government called for talks.", D, "National Unity Government",
     "MMROPP", ()),
    ("The NUG rejected the junta's election plan.", D, "NUG", "MMROPP", ()),
    ("The NUG rejected the junta's election plan.", D, "the [junta]", "MMRMIL", ("MMRGOV",)),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the report.", D, "Maria Zakharova",
     "RUSGOV", ()),
    # -- international organisations --------------------------------------------------------------
    ("The United Nations called for an immediate ceasefire.", D, "United Nations", "IGOUNO", ()),
    ("The UN said aid convoys had been blocked.", D, "UN", "IGOUNO", ()),
    ("The International Criminal Court issued an arrest warrant for the former president.", D,
     "International Criminal Court", "IGOJUDICC", ()),
    ("The ICC prosecutor asked judges to issue a warrant.", D, "ICC prosecutor", "IGOJUDICC", ()),
    ("The European Union extended sanctions against Moscow for six months.", D, "European Union", "IGOEUREEC",
     ()),
    ("The EU and China agreed to resume climate talks.", D, "EU", "IGOEUREEC", ()),
    ("NATO will hold its summit in The Hague in June.", D, "NATO", "IGOWSTNAT", ()),
    ("ASEAN leaders met in Jakarta to discuss the crisis in Myanmar.", D, "ASEAN leaders", "IGOASAASEAN", ()),
    ("Naypyidaw has rejected the ASEAN peace plan.", D, "ASEAN", "IGOASAASEAN", ()),  # the plan's author: target
    ("The African Union suspended Niger after the coup.", D, "African Union", "IGOAFRAFU", ()),
    ("The African Union suspended Niger after the coup.", D, "Niger", "NER", ()),
    ("The WHO declared the outbreak a public health emergency.", D, "WHO", "IGOUNOWHO", ()),
    ("The IAEA said its inspectors had been denied access.", D, "IAEA", "IGOUNOIAEA", ()),
    ("The IMF approved a $3 billion loan for Egypt.", D, "IMF", "IGOIMF", ()),
    ("The World Bank cut its growth forecast for sub-Saharan Africa.", D, "World Bank", "IGOWBK", ()),
    ("The Red Cross evacuated wounded civilians from the city.", D, "Red Cross", "NGOICRC", ()),
    ("Amnesty International accused the security forces of torture.", D, "Amnesty International", "NGOAMN", ()),
    ("Human Rights Watch documented dozens of unlawful killings.", D, "Human Rights Watch", "NGOHRW", ()),
    ("UN peacekeepers came under fire in southern Lebanon.", D, "UN peacekeepers", "IGOUNOPKO", ("IGOUNO",)),
    ("An EU spokesperson said the bloc was monitoring the situation.", D, "EU spokesperson", "IGOEUREEC", ()),
    ("A NATO official said the alliance would not be intimidated.", D, "NATO official", "IGOWSTNAT", ()),
    ("The UN refugee agency said 40,000 people had fled.", D, "UN refugee agency", "IGOUNOHCR", ()),
    ("The Arab League condemned the strikes.", D, "Arab League", "IGOARBLAS", ()),
    ("Doctors Without Borders suspended its operations in the area.", D, "Doctors Without Borders", "NGOMSF", ()),
    ("Volodymyr Zelensky addressed the European Parliament by video link.", "2022-03-01", "European Parliament",
     "IGOEUREECPAR", ("IGOEUREEC",)),
    ("Aung San Suu Kyi defended the army at the International Court of Justice.", "2019-12-11",
     "International Court of Justice", "IGOJUDICJ", ()),
    ("Lula urged the G20 to tax billionaires.", "2024-11-18", "G20", "IGOGTW", ()),
    # -- people by the role held on the date -------------------------------------------------------
    ("Russian Prime Minister Vladimir Putin met business leaders in Sochi.", "2010-06-01", "Vladimir Putin",
     "RUSGOV", ()),
    ("Vladimir Putin signed a decree on Monday.", "2025-03-05", "Vladimir Putin", "RUSGOV", ()),
    ("Putin said Russia would not back down.", D, "Putin", "RUSGOV", ()),
    ("Min Aung Hlaing inspected troops in Naypyidaw.", "2015-11-02", "Min Aung Hlaing", "MMRMIL", ()),
    ("Min Aung Hlaing inspected troops in Naypyidaw.", "2015-11-02", "troops", "MMRMIL", ()),
    ("Min Aung Hlaing announced elections would be held in December.", "2025-03-05", "Min Aung Hlaing", "MMRMIL",
     ("MMRGOV",)),
    ("Aung San Suu Kyi defended the army at the International Court of Justice.", "2019-12-11",
     "Aung San Suu Kyi", "MMRGOV", ()),
    ("Aung San Suu Kyi defended the army at the International Court of Justice.", "2019-12-11", "the [army]",
     "MMRMIL", ()),
    ("Aung San Suu Kyi received the Chinese ambassador in Naypyidaw.", "2018-06-01", "Aung San Suu Kyi", "MMRGOV",
     ()),
    ("Aung San Suu Kyi received the Chinese ambassador in Naypyidaw.", "2018-06-01", "Chinese ambassador",
     "CHNGOV", ()),
    ("Aung San Suu Kyi remains in detention, her son said.", "2023-08-01", "Aung San Suu Kyi", "MMROPP", ()),
    ("Aung San Suu Kyi remains in detention, her son said.", "2023-08-01", "[her] son", "MMROPP", ()),
    ("President Donald Trump threatened new tariffs on Chinese goods.", "2018-07-10", "Donald Trump", "USAGOV", ()),
    ("Donald Trump announced another run for the White House.", "2022-11-16", "Donald Trump", "USAELI",
     ("USAOPP", "USA")),
    ("Donald Trump signed an executive order on tariffs.", "2025-04-02", "Donald Trump", "USAGOV", ()),
    ("Trump said the talks had gone very well.", "2025-04-02", "Trump", "USAGOV", ()),
    ("Brazilian President Luiz Inácio Lula da Silva launched a new welfare programme.", "2005-03-01",
     "Luiz Inácio Lula da Silva", "BRAGOV", ()),
    ("Former president Lula da Silva was questioned by federal police.", "2015-09-01", "Lula da Silva", "BRAELI",
     ("BRAOPP", "BRA")),
    ("Former president Lula da Silva was questioned by federal police.", "2015-09-01", "federal police", "BRACOP",
     ()),
    ("Lula urged the G20 to tax billionaires.", "2024-11-18", "Lula", "BRAGOV", ()),
    ("Volodymyr Zelensky addressed the European Parliament by video link.", "2022-03-01", "Volodymyr Zelensky",
     "UKRGOV", ()),
    ("Zelensky said Ukraine needed more air defence.", D, "Zelensky", "UKRGOV", ()),
    ("Benjamin Netanyahu promised to topple the coalition government.", "2022-03-01", "Benjamin Netanyahu",
     "ISROPP", ()),
    ("Israeli Prime Minister Benjamin Netanyahu rejected the ceasefire proposal.", "2024-05-01",
     "Benjamin Netanyahu", "ISRGOV", ()),
    ("Xi Jinping called for closer ties with Moscow.", "2024-05-16", "Xi Jinping", "CHNGOV", ()),
    ("Narendra Modi inaugurated a new airport.", "2023-01-01", "Narendra Modi", "INDGOV", ()),
    ("Narendra Modi, then chief minister of Gujarat, courted foreign investors.", "2010-01-15", "Narendra Modi",
     "INDGOV", ()),
    ("Recep Tayyip Erdoğan said Turkey would not accept the plan.", "2024-06-01", "Recep Tayyip Erdoğan", "TURGOV",
     ()),
    ("Tayyip Erdogan, then prime minister, clashed with Israel's president at Davos.", "2009-01-29",
     "Tayyip Erdogan", "TURGOV", ()),
    ("Tayyip Erdogan, then prime minister, clashed with Israel's president at Davos.", "2009-01-29",
     "Israel's president", "ISRGOV", ()),
    ("Emmanuel Macron dissolved the National Assembly.", "2024-06-09", "Emmanuel Macron", "FRAGOV", ()),
    ("Emmanuel Macron dissolved the National Assembly.", "2024-06-09", "National Assembly", "FRALEG", ()),
    ("Economy Minister Emmanuel Macron unveiled a bill to deregulate the economy.", "2015-01-10", "Emmanuel Macron",
     "FRAGOV", ()),
    ("Keir Starmer pledged to increase defence spending.", "2025-02-25", "Keir Starmer", "GBRGOV", ()),
    ("Labour leader Keir Starmer called for a general election.", "2022-10-20", "Keir Starmer", "GBROPP", ()),
    ("Javier Milei announced sweeping spending cuts.", "2024-01-10", "Javier Milei", "ARGGOV", ()),
    ("Javier Milei, a libertarian lawmaker, launched his presidential bid.", "2022-11-01", "Javier Milei", "ARGLEG",
     ("ARGOPP",)),
    ("Abu Mohammad al-Jolani, the leader of Hayat Tahrir al-Sham, gave a rare interview.", "2020-06-01",
     "Abu Mohammad al-Jolani", "SYRREBHTS", ("SYRREB",)),
    ("Abu Mohammad al-Jolani, the leader of Hayat Tahrir al-Sham, gave a rare interview.", "2020-06-01",
     "Hayat Tahrir al-Sham", "SYRREBHTS", ()),
    # a body whose standing changed is coded by the one it had on the date (groups.yaml roles)
    ("The Taliban attacked a police post in Kandahar.", "2015-05-01", "Taliban", "AFGREBTAL", ()),
    ("The Taliban rejected a UN report on human rights.", "2025-05-01", "Taliban", "AFGGOV", ()),
    ("HTS fighters captured Aleppo.", "2024-11-30", "HTS", "SYRREBHTS", ()),
    ("Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "2025-02-02", "Ahmed al-Sharaa",
     "SYRGOV", ()),
    ("Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "2025-02-02", "Mohammed bin Salman",
     "SAUGOV", ()),
    ("Mohamed Hamdan Dagalo, known as Hemedti, signed the power-sharing deal.", "2019-08-17",
     "Mohamed Hamdan Dagalo", "SDNMIL", ()),
    ("Hemedti's Rapid Support Forces shelled El Fasher.", "2024-06-01", "Hemedti", "SDNREBRSF", ("SDNREB",)),
    ("Hemedti's Rapid Support Forces shelled El Fasher.", "2024-06-01", "Rapid Support Forces", "SDNREBRSF", ()),
    ("ICC Prosecutor Karim Khan sought arrest warrants for both leaders.", "2024-05-20", "Karim Khan", "IGOJUDICC",
     ()),
    ("UN Secretary-General António Guterres urged restraint.", D, "António Guterres", "IGOUNO", ()),
    ("NATO Secretary General Mark Rutte said allies must spend more.", D, "Mark Rutte", "IGOWSTNAT", ()),
    ("Jens Stoltenberg said NATO allies must spend more.", "2020-02-01", "Jens Stoltenberg", "IGOWSTNAT", ()),
    ("EU foreign policy chief Kaja Kallas called the attack a war crime.", D, "Kaja Kallas", "IGOEUREEC", ()),
    ("Ursula von der Leyen announced a new sanctions package.", "2024-02-21", "Ursula von der Leyen", "IGOEUREEC",
     ()),
    ("WHO chief Tedros Adhanom Ghebreyesus warned of a new pandemic threat.", "2024-05-27",
     "Tedros Adhanom Ghebreyesus", "IGOUNOWHO", ()),
    ("IAEA chief Rafael Grossi toured the Zaporizhzhia plant.", "2024-02-08", "Rafael Grossi", "IGOUNOIAEA", ()),
    ("Volker Türk said the killings may amount to war crimes.", "2024-01-10", "Volker Türk", "IGOUNOHCHR", ()),
    ("ASEAN Secretary-General Kao Kim Hourn arrived in Naypyidaw.", "2024-03-01", "Kao Kim Hourn", "IGOASAASEAN",
     ()),
    ("AU Commission chairperson Mahmoud Ali Youssouf called for a ceasefire.", D, "Mahmoud Ali Youssouf",
     "IGOAFRAUCOM", ("IGOAFRAU",)),
    # officials of international bodies 2019-2025: a former head of government is coded by the office held
    # on the date, not as an elite of his country; the Council's president carries the Council's code
    ("Valdis Dombrovskis said the EU would respond to US tariffs.", "2023-07-30", "Valdis Dombrovskis",
     "IGOEUREEC", ()),
    ("Maroš Šefčovič flew to Washington for tariff talks.", "2025-03-12", "Maroš Šefčovič", "IGOEUREEC", ()),
    ("Moussa Faki Mahamat condemned the coup in Niger.", "2023-07-30", "Moussa Faki Mahamat", "IGOAFRAUCOM",
     ("IGOAFRAFU",)),
    ("Luis Almagro called the election a fraud.", "2024-07-30", "Luis Almagro", "IGOAMROAS", ()),
    ("Didier Reynders opened an infringement procedure against Hungary.", "2022-04-05", "Didier Reynders",
     "IGOEUREEC", ()),
    ("European Council President Charles Michel called for unity.", "2023-06-29", "Charles Michel",
     "IGOEUREECEUC", ()),
    ("Sergei Lavrov held talks with his Turkish counterpart.", "2023-01-20", "Sergei Lavrov", "RUSGOV", ()),
    ("Sergei Lavrov held talks with his Turkish counterpart.", "2023-01-20", "Turkish [counterpart]", "TURGOV", ()),
    ("Defence Minister Sergei Shoigu inspected troops in Ukraine.", "2023-06-01", "Sergei Shoigu", "RUSGOV",
     ("RUSMIL",)),
    ("Valery Gerasimov was appointed to lead the campaign.", "2023-01-11", "Valery Gerasimov", "RUSMIL", ()),
    ("Alexei Navalny was jailed after returning to Russia.", "2021-02-02", "Alexei Navalny", "RUSOPP", ()),
    ("Yahya Sinwar rejected the latest hostage proposal.", "2024-09-01", "Yahya Sinwar", "PSEREBHMS", ("PSEREB",)),
    ("Kim Jong Un oversaw the launch of a spy satellite.", "2023-11-22", "Kim Jong Un", "PRKGOV", ()),
    ("Abdel Fattah al-Burhan rejected talks with the RSF.", "2024-06-01", "Abdel Fattah al-Burhan", "SDNMIL",
     ("SDNGOV",)),
    ("Abdel Fattah al-Burhan rejected talks with the RSF.", "2024-06-01", "RSF", "SDNREBRSF", ()),
    ("Defence Minister Prabowo Subianto signed a deal for French fighter jets.", "2022-02-10", "Prabowo Subianto",
     "IDNGOV", ()),
    ("Foreign Secretary Boris Johnson called the attack despicable.", "2017-04-07", "Boris Johnson", "GBRGOV", ()),
    # -- appositions ---------------------------------------------------------------------------
    (T_NUG, "2024-03-01", "Nay Phone Latt", "MMROPP", ()),
    (T_NUG, "2024-03-01", "a [spokesperson] for", "MMROPP", ()),
    (T_NUG, "2024-03-01", "the [junta]", "MMRMIL", ("MMRGOV",)),
    ("Thura Aung, a spokesperson for the National Unity Government, denied the claim.", D, "Thura Aung", "MMROPP",
     ()),
    ("The bloc's chair, Malaysian Prime Minister Anwar Ibrahim, urged an end to the violence.", "2025-04-10",
     "Anwar Ibrahim", "MYSGOV", ()),
    ("Myanmar's military leader, Senior General Min Aung Hlaing, flew to Moscow on Monday.", "2025-03-03",
     "military leader", "MMRMIL", ("MMRGOV",)),
    ("Myanmar's military leader, Senior General Min Aung Hlaing, flew to Moscow on Monday.", "2025-03-03",
     "Min Aung Hlaing", "MMRMIL", ("MMRGOV",)),
    ("Maria Benitez, a judge on Argentina's Supreme Court, resigned on Friday.", D, "Maria Benitez", "ARGJUD", ()),
    ("Abdi Warsame, a police spokesman in Mogadishu, said five people had died.", D, "Abdi Warsame", "SOMCOP", ()),
    ("Taras Hnatiuk, a Ukrainian lawmaker, said the vote was postponed.", D, "Taras Hnatiuk", "UKRLEG", ()),
    ("Li Wenbo, a spokesman for China's foreign ministry, dismissed the accusations.", D, "Li Wenbo", "CHNGOV", ()),
    ("Pierre Lacombe, the French ambassador to Mali, was expelled.", D, "Pierre Lacombe", "FRAGOV", ()),
    ("Sarah Okafor, a researcher at Human Rights Watch, said the evidence was clear.", D, "Sarah Okafor", "NGOHRW",
     ()),
    ("Dmitri Volkov, a Kremlin spokesman, declined to comment.", D, "Dmitri Volkov", "RUSGOV", ()),
    ("Sudan's army chief, General Abdel Fattah al-Burhan, visited Cairo.", "2024-02-01", "army chief", "SDNMIL",
     ("SDNGOV",)),
    ("The ICC's chief prosecutor, Karim Khan, announced the investigation.", "2021-11-03", "chief prosecutor",
     "IGOJUDICC", ()),
    ("The ICC's chief prosecutor, Karim Khan, announced the investigation.", "2021-11-03", "Karim Khan",
     "IGOJUDICC", ()),
    # -- unknown people with a title -----------------------------------------------------------
    ("Russian Deputy Foreign Minister Ivan Petrovsky met the Iranian envoy.", D, "Ivan Petrovsky", "RUSGOV", ()),
    ("Russian Deputy Foreign Minister Ivan Petrovsky met the Iranian envoy.", D, "Iranian envoy", "IRNGOV", ()),
    ("Colonel Jean Mbeki of the Congolese army denied the allegations.", D, "Jean Mbeki", "CODMIL", ("COGMIL",)),
    ("Colonel Jean Mbeki of the Congolese army denied the allegations.", D, "Congolese army", "CODMIL",
     ("COGMIL",)),
    ("Kenyan Interior Minister Joseph Kamau ordered a curfew.", D, "Joseph Kamau", "KENGOV", ()),
    ("Brazilian Senator Ana Ribeiro proposed the amendment.", D, "Ana Ribeiro", "BRALEG", ()),
    ("Nigerian Police Chief Musa Bello said the suspects had been arrested.", D, "Musa Bello", "NGACOP", ()),
    ("Israeli Defence Minister Avi Levin ordered a full siege.", D, "Avi Levin", "ISRGOV", ("ISRMIL",)),
    ("Indian Army chief General Rajan Sharma visited the border posts.", D, "Rajan Sharma", "INDMIL", ()),
    ("Chilean Judge Carmen Rojas ordered the release of the detainees.", D, "Carmen Rojas", "CHLJUD", ()),
    # a leader's family name before "administration" or "government" gives the country after they
    # left office too (a family name alone names only a person in office)
    ("The Biden administration announced new aid for Ukraine.", "2026-03-01", "Biden administration", "USAGOV", ()),
    # an opposition is the country's whose rulers face it; a pronoun with no antecedent in its own
    # sentence is the previous sentence's subject, before the last person named
    ("Rubio urged Maduro to release political prisoners and to hold talks with the opposition.", D,
     "the [opposition]", "VENOPP", ()),
    ("Opposition leader Maria Corina Machado called on the army to abandon Maduro. Thousands of her supporters "
     "marched in Caracas.", D, "of [her] supporters", "VENOPP", ()),
    # a definite noun that is a word of a name an actor gave itself is that actor, and so is a phrase
    # built on it ("A spokesman for the council")
    ("Gambia's junta, which calls itself the Council for National Renewal, detained the president. A spokesman "
     "for the council said he was safe.", D, "for the [council]", "GMBMIL", ()),
    ("Gambia's junta, which calls itself the Council for National Renewal, detained the president. A spokesman "
     "for the council said he was safe.", D, "A [spokesman] for", "GMBMIL", ()),
    # a subject the parser split into a title phrase and a name: the title is the person's
    ("Iran's Foreign Ministry spokesman Esmaeil Baghaei called the resolution \"politically motivated\" and warned "
     "that Iran would respond firmly.", D, "Esmaeil Baghaei", "IRNGOV", ()),
    # ... and a former office holder now acting for an international body is its
    ("The African Union's envoy, former Sierra Leone president Ernest Bai Koroma, met Kiir.", "2025-10-02",
     "Ernest Bai Koroma", "IGOAFRAFU", ()),
    # an international body's role outranks a nationality another apposition gives
    ("An African Union envoy, Abdoulaye Sy, a veteran Senegalese diplomat, arrived in Bujumbura on Thursday.", D,
     "Abdoulaye Sy", "IGOAFRAFU", ()),
    # a seat name other countries' bodies bear is theirs with their modifier, or in a story from there
    ("Peru's Congress removed President Dina Boluarte from office.", D, "Peru's [Congress]", "PERLEG", ()),
    ("LIMA, Oct 10 (Reuters) - Congress voted on Thursday to remove the president.", D, "[Congress]", "PERLEG", ()),
    ("WASHINGTON, Oct 10 (Reuters) - Congress passed the bill on Thursday.", D, "[Congress]", "USALEG", ()),
    # "the ruling party" after "the ruling Georgian Dream party" is that party, not the last body named ((h24i) a party
    # in power is coded as its government while it rules, groups.yaml roles; the identity is an IDENTITY row)
    ("President Salome Zourabichvili is a critic of the ruling Georgian Dream party. The European Union froze "
     "accession talks. The United States said the ruling party's decisions violated the constitution.", D,
     "ruling [party]", "GEOGOV", ()),
    # people of an international body's sector named before are its own, not the story's country's
    ("The International Criminal Court issued a warrant for a Libyan commander on Thursday. Prosecutor Karim "
     "Khan had asked judges in May to approve it.", D, "[judges]", "IGOJUDICC", ()),
    # "the paramilitary group" after a named armed group is that group, whatever sector word describes it
    ("The RSF seized El Fasher last week. The paramilitary group denied killing civilians.", D,
     "paramilitary [group]", "SDNREBRSF", ()),
    # a state's office is its government's, and so is its head ("his office" makes no new body)
    ("Petar Petkovic, the head of Serbia's office for Kosovo, demanded their release.", D, "Petar Petkovic",
     "SRBGOV", ()),
    # a bare singular "force" is a mass noun, no body ("the force", "a UN force" stay bodies)
    ("Tanzanian police said officers had used minimum force against criminals.", D, "minimum [force]", None, ()),
    ("The U.N. urged Tanzanian security forces to refrain from unnecessary or disproportionate force.", D,
     "disproportionate [force]", None, ()),
    # a family name the NER tags as a place, that is no place, is still the person's
    ("Putin sent his condolences to Erdogan after the earthquake.", D, "Erdogan", "TURGOV", ()),
    # someone acting for an international body gives no country to the nouns around them
    ("WHO Director-General Tedros Adhanom Ghebreyesus said several hospitals had run out of fuel.", D,
     "several [hospitals]", None, ()),
    # an unknown person titled by a body's name is the body's, as the title alone would be
    ("Senior Hamas official Basem Naim accused Israel of sabotaging the talks.", D, "Basem Naim", "PSEREBHMS", ()),
    ("ICC prosecutor Jane Doe announced the charges.", D, "Jane Doe", "IGOJUDICC", ()),
    # "heads of state" is a sector term that ends in its own "of" phrase
    ("EU heads of state met in Brussels.", D, "EU heads of state", "IGOEUREEC", ()),
    ("The head of state of Niger met the French president.", D, "head of state", "NERGOV", ()),
    # people called foreign are not the sentence's country; a "foreign minister" is its minister
    ("Foreign fighters attacked the town in Syria.", D, "Foreign fighters", None, ()),
    ("The foreign minister met the Chinese envoy in Damascus.", D, "foreign minister", "SYRGOV", ()),
    # a title with no nationality is a role of the country the sentence is about, as "the president" is
    ("Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbago to lay down their arms.", D,
     "Laurent Gbago", "CIVGOV", ()),
    ("Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials.", D, "Alejandro Rivera",
     "CHLJUD", ()),
    ("Supporters of former President Ahmed Ben Bella blocked roads in Algiers.", D, "Ahmed Ben Bella", None,
     ("DZAELI",)),
    ("Major General Aung Myo, a spokesman for Myanmar's junta, said the rebels had been repelled.", D, "Aung Myo",
     "MMRMIL", ()),
    ("Major General Aung Myo, a spokesman for Myanmar's junta, said the rebels had been repelled.", D,
     "the [rebels]", "MMRREB", ()),
    ("Swedish Foreign Minister Erik Lindqvist summoned the Russian ambassador.", D, "Erik Lindqvist", "SWEGOV", ()),
    ("Swedish Foreign Minister Erik Lindqvist summoned the Russian ambassador.", D, "Russian ambassador", "RUSGOV",
     ()),
    # -- unknown people with no context: not coded (see module docstring) ----------------------
    ("John Carter said the plan would fail.", D, "John Carter", None, ()),
    ("Maria Gonzalez told reporters she had not been consulted.", D, "Maria Gonzalez", None, ()),
    ("Maria Gonzalez told reporters she had not been consulted.", D, "she", None, ()),
    # ... with a nationality only: the country (a civilian accepted)
    ("Peter Otieno, a Kenyan, said the prices were too high.", D, "Peter Otieno", "KEN", ("KENCVL",)),
    ("Ahmed Karimi, an Afghan farmer, lost his crops to the drought.", D, "Ahmed Karimi", "AFGAGR",
     ("AFGCVL", "AFG")),
    # -- in-article coreference ----------------------------------------------------------------
    (T_HLAING_MOSCOW, "2025-03-05", "Senior General Min Aung Hlaing", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_MOSCOW, "2025-03-05", "[Hlaing] met", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_MOSCOW, "2025-03-05", "Later, [Hlaing]", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_MOSCOW, "2025-03-05", "Vladimir Putin", "RUSGOV", ()),
    (T_HLAING_MOSCOW, "2025-03-05", "the two countries", "MMR+RUS", ()),
    (T_HLAING_TITLES, "2024-11-08", "Min Aung Hlaing", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_TITLES, "2024-11-08", "Chinese officials", "CHNGOV", ()),
    (T_HLAING_TITLES, "2024-11-08", "The [general]", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_TITLES, "2024-11-08", "junta chief", "MMRMIL", ("MMRGOV",)),
    (T_HLAING_TITLES, "2024-11-08", "thanked [Beijing]", "CHNGOV", ()),
    (T_HLAING_TITLES, "2024-11-08", "military leader", "MMRMIL", ("MMRGOV",)),
    (T_PUTIN_XI, "2023-03-21", "Vladimir Putin", "RUSGOV", ()),
    (T_PUTIN_XI, "2023-03-21", "Xi Jinping", "CHNGOV", ()),
    (T_PUTIN_XI, "2023-03-21", "Russian president", "RUSGOV", ()),
    (T_PUTIN_XI, "2023-03-21", "[Xi] said", "CHNGOV", ()),
    (T_PUTIN_XI, "2023-03-21", "the two leaders", "RUSGOV+CHNGOV", ()),
    (T_SUU_KYI_2018, "2018-10-08", "Japanese foreign minister", "JPNGOV", ()),
    (T_SUU_KYI_2018, "2018-10-08", "[She] said", "MMRGOV", ()),
    (T_SUU_KYI_2018, "2018-10-08", "[her] government", "MMRGOV", ()),
    (T_SUU_KYI_2018, "2018-10-08", "her [government]", "MMRGOV", ()),
    (T_PETROVSKY, D, "Ivan Petrovsky", "RUSGOV", ()),
    (T_PETROVSKY, D, "[He] said", "RUSGOV", ()),
    (T_PETROVSKY, D, "said [Moscow]", "RUSGOV", ()),
    (T_ARM_AZE, D, "Both sides", "ARM+AZE", ()),
    (T_ISR_HAMAS, "2025-01-19", "Hamas", "PSEREBHMS", ()),
    (T_ISR_HAMAS, "2025-01-19", "Both sides", "ISR+PSEREBHMS", ("ISR+PSEREB",)),
    (T_IND_PAK, D, "two neighbours", "IND+PAK", ()),
    (T_USA_CHN, D, "Washington", "USAGOV", ()),
    (T_USA_CHN, D, "two countries", "USA+CHN", ("USAGOV+CHNGOV",)),
    (T_XI_KAZAN, "2024-10-22", "Xi Jinping", "CHNGOV", ()),
    (T_XI_KAZAN, "2024-10-22", "[Xi] said", "CHNGOV", ()),
    (T_KIM, "2023-09-08", "[Kim] said", "PRKGOV", ()),
    (T_KIM, "2023-09-08", "the [navy]", "PRKMIL", ()),
    (T_ERDOGAN, D, "Emmanuel Macron", "FRAGOV", ()),
    (T_ERDOGAN, D, "[Erdoğan] said", "TURGOV", ()),
    (T_ERDOGAN, D, "[his] country", "TURGOV", ()),
    (T_SHARAA, "2025-02-04", "Ahmed al-Sharaa", "SYRGOV", ()),
    (T_SHARAA, "2025-02-04", "Turkish officials", "TURGOV", ()),
    (T_SHARAA, "2025-02-04", "[Al-Sharaa] said", "SYRGOV", ()),
    (T_SHARAA, "2025-02-04", "its [army]", "SYRMIL", ()),
    (T_KHAN, "2024-05-20", "Karim Khan", "IGOJUDICC", ()),
    (T_KHAN, "2024-05-20", "[Khan] said", "IGOJUDICC", ()),
    (T_LULA_MILEI, "2024-11-18", "Javier Milei", "ARGGOV", ()),
    (T_LULA_MILEI, "2024-11-18", "Brazilian president", "BRAGOV", ()),
    (T_LULA_MILEI, "2024-11-18", "two leaders", "BRAGOV+ARGGOV", ()),
    (T_ZELENSKY_TRUMP, "2025-02-28", "Ukrainian leader", "UKRGOV", ()),
    (T_ZELENSKY_TRUMP, "2025-02-28", "[Trump] later", "USAGOV", ()),
    (T_ZELENSKY_TRUMP, "2025-02-28", "accused [him]", "UKRGOV", ()),
    (T_HEMEDTI, "2024-06-01", "Mohamed Hamdan Dagalo", "SDNREBRSF", ("SDNREB",)),
    (T_HEMEDTI, "2024-06-01", "RSF commander", "SDNREBRSF", ("SDNREB",)),
    (T_HEMEDTI, "2024-06-01", "[his] forces", "SDNREBRSF", ("SDNREB",)),
    (T_HEMEDTI, "2024-06-01", "his [forces]", "SDNREBRSF", ("SDNREB",)),
    (T_SUU_KYI_2022, "2022-01-10", "Aung San Suu Kyi", "MMROPP", ()),
    (T_SUU_KYI_2022, "2022-01-10", "Nobel laureate", "MMROPP", ()),
    (T_STARMER, "2024-08-28", "Olaf Scholz", "DEUGOV", ()),
    (T_STARMER, "2024-08-28", "British prime minister", "GBRGOV", ()),
    (T_STARMER, "2024-08-28", "[he] wanted", "GBRGOV", ()),
    # -- issue-3 fixes: invented sentences over other countries, bodies and dates --------------------
    # bare family names as a first mention: only someone in office on the date
    ("Macron said France would send more instructors.", "2024-03-01", "Macron", "FRAGOV", ()),
    ("Modi told the rally that India would not bow to pressure.", "2024-04-20", "Modi", "INDGOV", ()),
    ("Netanyahu rejected the proposal within hours.", "2024-05-01", "Netanyahu", "ISRGOV", ()),
    ("Obama signed the health care bill into law.", "2010-03-23", "Obama", "USAGOV", ()),
    ("Biden pledged another round of military aid.", "2023-08-10", "Biden", "USAGOV", ()),
    ("Erdogan accused Sweden of harbouring militants.", "2023-01-24", "Erdogan", "TURGOV", ()),
    ("Medvedev signed the treaty in Prague.", "2010-04-08", "Medvedev", "RUSGOV", ()),
    ("Tinubu promised to end fuel subsidies.", "2023-05-29", "Tinubu", "NGAGOV", ()),
    # capitals as parties (objects of on/with/against/by) and as places (in/from/to/of)
    ("Canberra imposed travel bans on Moscow officials and lodged a complaint with Beijing.", D,
     "with [Beijing]", "CHNGOV", ()),
    ("Ottawa announced new sanctions against Tehran.", D, "against [Tehran]", "IRNGOV", ()),
    ("The decision was welcomed by Kyiv.", D, "by [Kyiv]", "UKRGOV", ()),
    ("The foreign minister flew to Nairobi for the summit.", D, "to [Nairobi]", "KEN", (None,)),
    ("Refugees continued to arrive from Kabul.", D, "from [Kabul]", "AFG", (None,)),
    # seats as places vs seats as actors
    ("Protesters gathered outside the Kremlin on Sunday.", D, "outside the [Kremlin]", "RUS", (None,)),
    ("The Pentagon said its troops had left the base.", D, "Pentagon", "USAMIL", ()),
    ("Congress approved a new aid package for Taiwan.", D, "Congress", "USALEG", ()),
    # generic heads with a default sector; the country from the sentence's first actor
    ("Colombian forces clashed with dissidents near the border.", D, "Colombian forces", "COLMIL", ()),
    ("Kenyan officials denied the report.", D, "Kenyan officials", "KENGOV", ()),
    ("Vladimir Putin said the army would be strengthened.", "2024-06-01", "the [army]", "RUSMIL", ()),
    ("The Knesset voted to dissolve itself, and the government resigned.", D, "the [government]", "ISRGOV", ()),
    # multiword adjectives
    ("South Korean police raided the party offices.", D, "South Korean police", "KORCOP", ()),
    ("North Korean troops were deployed to the front.", D, "North Korean troops", "PRKMIL", ()),
    # organisation before a sector head, and appositions with for/at/of
    ("An IAEA spokesman said inspectors would return.", D, "IAEA spokesman", "IGOUNOIAEA", ()),
    ("Hamas fighters attacked the checkpoint.", "2024-01-15", "Hamas fighters", "PSEREBHMS", ("PSEREB",)),
    ("Omar Haddad, a spokesman for Jordan's foreign ministry, condemned the raid.", D, "Omar Haddad", "JORGOV",
     ()),
    ("Lena Fischer, an analyst at Amnesty International, said the law was repressive.", D, "Lena Fischer",
     "NGOAMN", ()),
    ("Captain Idris Mahamat of the Chadian army said the attackers had fled.", D, "Idris Mahamat", "TCDMIL", ()),
    ("Kofi Mensah, a Ghanaian lawmaker, criticised the budget.", D, "Kofi Mensah", "GHALEG", ()),
    ("Diego Rojas, a Peruvian, was detained at the airport.", D, "Diego Rojas", "PER", ("PERCVL",)),
    ("The British High Commission in Nairobi said it was monitoring the situation.", D, "British High Commission",
     "GBRGOV", ()),
    # pairs of people, parties and countries
    ("Emmanuel Macron met Olaf Scholz in Paris. The two leaders discussed defence spending.", "2023-07-01",
     "two leaders", "FRAGOV+DEUGOV", ()),
    ("Colombia and the ELN resumed talks in Caracas. Both sides agreed to a ceasefire.", D, "Both sides",
     "COL+COLREBELN", ("COL+COLREB",)),
    ("Tokyo and Seoul held talks in Jakarta. The two countries agreed to share intelligence.", D,
     "two countries", "JPN+KOR", ("JPNGOV+KORGOV",)),
    # who acts on the two is not one of them
    ("Pakistan accused India of backing militants. The United States urged both countries to exercise restraint.",
     D, "both countries", "PAK+IND", ()),
    ("Emmanuel Macron met Olaf Scholz in Paris. Recep Tayyip Erdogan later called the two leaders.", "2023-07-01",
     "two leaders", "FRAGOV+DEUGOV", ()),
    # descriptions, possessives and pronouns
    ("Min Aung Hlaing visited Moscow. The general thanked Russia for its support.", "2023-09-01", "The [general]",
     "MMRMIL", ("MMRGOV",)),
    ("Joe Biden met Xi Jinping in California. Xi later accused him of meddling.", "2023-11-16", "accused [him]",
     "USAGOV", ()),
    ("Ukraine's defence ministry said its forces had repelled the attack.", D, "its [forces]", "UKRMIL", ()),
    # ... whatever place the sentence names ("foreign" names no country)
    ("China will send its foreign minister to Islamabad.", D, "foreign minister", "CHNGOV", ()),
    ("The mayor of the department of Cusco was arrested.", D, "mayor", "PERGOV", ()),
    ("Japan said it would send its foreign minister to Manila next week.", D, "foreign minister", "JPNGOV", ()),
    # time-aware roles: before they led their country
    ("Javier Milei said Argentina should adopt the dollar.", "2022-11-01", "Javier Milei", "ARGLEG", ("ARGOPP",)),
    ("Milei said Argentina should adopt the dollar.", "2024-05-01", "Milei", "ARGGOV", ()),
    # a nationality adjective on a noun that is no actor of its own: the country (with the sector
    # of another modifier); never an uncoded "person" made of the adjective
    ("The government banned imports of Turkish fruit after the dispute.", D, "Turkish fruit", "TUR", ()),
    ("Police seized a convoy of Sudanese trucks at the border.", D, "Sudanese trucks", "SDN", ()),
    ("The navy intercepted two Iranian fishing boats.", D, "Iranian fishing boats", "IRNCVL", ()),
    ("The president vowed to bar Kenyan opposition politicians from the vote.", D,
     "Kenyan opposition politicians", "KENOPP", ("KEN",)),
    ("A second batch of Nepali peacekeeping troops landed in Juba on Friday.", D, "Nepali peacekeeping troops",
     "NPLMIL", ()),
    # a news agency or reporter is no context country for the actors of the story it reports
    ("Two hundred peacekeepers pulled out of the camp, an AFP reporter said, a week after militants seized a "
     "convoy.", D, "[militants] seized", None, ()),
    ("A Reuters correspondent saw Ethiopian soldiers and rebels exchange fire.", D, "[rebels] exchange", "ETHREB",
     (None,)),
    # a dictionary person with no role on the date takes the role the text gives them (a title with
    # their country, an apposition, or a title naming one of their roles), unless marked past
    ("Japanese Prime Minister Shinzo Abe arrived in Delhi.", "1990-01-01", "Shinzo Abe", "JPNGOV", ()),
    ("The Russian army chief, General Valery Gerasimov, inspected the troops.", "2005-01-01", "Valery Gerasimov",
     "RUSMIL", ()),
    ("President Michel Suleiman received the delegation.", None, "Michel Suleiman", "LBNGOV", ()),
    ("Former Lebanese President Michel Suleiman received the delegation.", D, "Michel Suleiman", "LBNELI", ()),
    ("Michel Suleiman, the former Lebanese president, received the delegation.", D, "Michel Suleiman", "LBNELI",
     ()),
    # a family name after a title: the one person of that name who held that title (stopword
    # surnames too); the one in office on the date when several did
    ("President Bush signed the trade bill on Tuesday.", "2006-05-10", "Bush", "USAGOV", ()),
    ("Former President Bush criticised the tariffs.", "2018-03-01", "Bush", "USAELI", (None,)),
    ("Syrian President Assad received the Iranian delegation.", "1995-04-01", "Assad", "SYRGOV", ()),
    ("Syrian President Assad received the Iranian delegation.", "2005-04-01", "Assad", "SYRGOV", ()),
    ("President Obama telephoned the Kenyan leader.", "2012-02-01", "Obama", "USAGOV", ()),
    # counted members of a community are its country's people (seventh pass; the country alone before)
    ("Some 3,000 Syrian Kurds crossed into Turkey overnight.", D, "Syrian Kurds", "SYRCVL", ("SYR",)),
    ("Kampuchean refugees crossed into Thailand.", "1985-01-01", "Kampuchean refugees", "KHMREF", ()),
    ("Ethiopian immigrants protested outside the parliament.", D, "Ethiopian immigrants", "ETHREF", ()),
    # coordinated countries before a sector head, the first one parsed as nmod ("US and Iraqi")
    ("US and Iraqi troops raided the village.", D, "US and Iraqi troops", "USAMIL+IRQMIL", ()),
    # an official "of" a place takes the place's country, before the sentence's context
    ("Gunmen kidnapped the mayor of the eastern Libyan city of Derna.", D, "[mayor] of", "LBYGOV", ()),
    ("Israeli soldiers detained the mayor of the West Bank town of Jenin.", D, "[mayor] of", "PSEGOV", ()),
    # people nouns: students are EDU in CAMEO; an adviser of a country is its government
    ("A Kenyan student was detained at the airport.", D, "Kenyan student", "KENEDU", ()),
    ("Egypt's national security adviser met his Jordanian counterpart.", D, "Egypt's national security adviser",
     "EGYGOV", ()),
    # a title "of" a named country is that country's, not the last earlier holder of the title
    ("Erdogan hosted the president of Azerbaijan in Ankara on Tuesday.", D, "[president] of", "AZEGOV", ()),
    ("Macron spoke by phone with the prime minister of Canada.", D, "[prime minister] of", "CANGOV", ()),
    # victims of an attack are not the attacker's people; a capital struck is the city (its country)
    ("Russia launched a drone attack on Kyiv overnight, killing nine people.", D, "nine people", "UKRCVL", ()),
    ("Israel carried out air strikes on Beirut on Sunday.", D, "Beirut", "LBN", ()),
    ("Russian forces shelled Kyiv on Monday.", D, "Kyiv", "UKR", ()),
    ("The US imposed new sanctions on Moscow.", D, "Moscow", "RUSGOV", ()),
    # older names of organisations ("the European Community" before 1993)
    ("The European Community lifted its oil embargo on South Africa.", "1991-06-01", "European Community", "IGOEUREEC", ()),
    # a place inside a longer name beats the sentence's context
    ("Volunteers from a German charity repaired the Kabul University Law School.", D,
     "Kabul University Law School", "AFGEDU", ()),
    # -- historical heads (people/heads_1975_1999.yaml) and misspelt names (coref.yaml person_fuzzy)
    ("Helmut Kohl flew to Washington for talks on the missile deployment.", "1983-11-02", "Helmut Kohl",
     "DEUGOV", ()),
    ("Helmut Kohl attended the opening of the new chancellery in Berlin.", "2010-05-02", "Helmut Kohl",
     "DEUELI", ()),
    ("Margaret Thatcher told parliament the fleet would sail within days.", "1982-04-03", "Margaret Thatcher",
     "GBRGOV", ()),
    ("Francois Mitterand received the Spanish prime minister at the Elysee.", "1986-10-14", "Francois Mitterand",
     "FRAGOV", ()),
    ("Omar El Bashir dissolved parliament and declared a state of emergency.", "1999-12-13", "Omar El Bashir",
     "SDNGOV", ()),
    ("Mikhail Gorbachov proposed deep cuts in strategic arsenals.", "1986-10-12", "Mikhail Gorbachov",
     "RUSGOV", ()),
    # near misses: a different family name, and a short one, must not become a known leader
    ("Helmut Schmitt, a trade union official, criticised the wage deal.", "1980-06-04", "Helmut Schmitt",
     None, ()),
    ("John Majors, a local businessman, opened the new factory.", "1992-06-04", "John Majors", None, ()),
    # fifth pass (issue 4): "its" with no person in the text; counted people; the sentence's own
    # nationality before the article's most-named country
    ("Israel said its troops had killed three militants in Jenin.", "2024-05-01", "troops", "ISRMIL", ()),
    ("Thousands of Serbs rallied in Belgrade against the government.", "2024-05-01", "Serbs", "SRBCVL", ()),
    ("Russia shelled Kharkiv. Meanwhile, Sudanese and Chadian troops clashed near the border, according to "
     "local residents.", "2024-05-01", "local residents", "SDNCVL", ("TCDCVL",)),
    # "its" on an object is its clause's subject, not the last country named
    ("Egypt, a close U.S. partner, urged its citizens to leave Lebanon.", "2024-05-01", "citizens", "EGYCVL", ()),
    # sixth pass: a led force is its leader's; a secretary or a country's leader is its government
    ("US-led forces bombed Taliban positions near Kandahar.", "2010-05-01", "forces", "USAMIL", ()),
    ("The British foreign secretary visited Kyiv on Monday.", "2024-05-01", "foreign secretary", "GBRGOV", ()),
    ("Japan wants to meet North Korea's leader.", "2024-05-01", "leader", "PRKGOV", ()),
    # seventh pass: ethnic and religious communities (proper-noun plurals the lemmatizer leaves alone)
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "2024-05-01", "Kurds", "IRQCVL", ()),
    ("Hundreds of Egyptian Christians marched in Cairo.", "2024-05-01", "Christians", "EGYCVL", ()),
    ("Saudi Arabia urged Muslim countries to boycott Israeli goods.", "2024-05-01", "Muslim countries", None, ()),
    # eighth pass: bare counts of people, victims by age, towns the NER left untagged
    ("Thousands marched in Belgrade on Sunday.", "2024-05-01", "Thousands", "SRBCVL", ()),
    ("Police detained dozens in Minsk on Sunday.", "2024-05-01", "dozens", "BLRCVL", ()),
    ("Russia spent thousands on the project in Syria.", "2024-05-01", "thousands", None, ()),
    ("Three children were wounded in the shelling of Kherson.", "2024-05-01", "Three children", "UKRCVL", ()),
    ("At least 12 people were killed in Russian missile strikes on Kharkiv overnight.", "2024-05-01", "12 people",
     "UKRCVL", ()),
    # an actor that names itself, or is named
    ("Gambia's junta, which calls itself the Council for National Renewal, expelled the French ambassador.",
     "2026-01-15", "Council for National Renewal", "GMBMIL", ()),
    ("The gunmen, known as the Katiba Serma, attacked a convoy in northern Mali.", "2026-01-15",
     "Katiba Serma", "MLIUAF", ("MLIREB",)),
    # tenth pass: a title naming an office a dictionary person never held makes a namesake
    # (Colombia's defence minister, not Spain's prime minister); a matching title does not
    ("The ELN attacked a base in Arauca. Defence Minister Pedro Sanchez said troops had captured two ELN "
     "commanders.", "2025-11-26", "Pedro Sanchez", "COLMIL", ("COLGOV",)),
    ("The ELN attacked a base in Arauca. Defence Minister Pedro Sanchez said troops had captured two ELN "
     "commanders.", "2025-11-26", "troops", "COLMIL", ()),
    ("Prime Minister Pedro Sanchez met the Colombian president in Madrid.", "2025-11-26", "Pedro Sanchez",
     "ESPGOV", ()),
    ("Defence Secretary Pete Hegseth visited the Pentagon.", "2025-03-05", "Pete Hegseth", "USAGOV", ("USAMIL",)),
    ("Vice President Kamala Harris met Mexico's president.", "2023-06-05", "Kamala Harris", "USAGOV", ()),
    # two nationality words side by side (not coordinated): a people of the first's country
    ("Croatian authorities are failing to uphold the property rights of Croatian Serb refugees.", "2000-01-01",
     "Croatian Serb refugees", "HRVREF", ()),
    ("Bosnian Serb forces shelled Sarajevo.", "1995-06-01", "Bosnian Serb forces", "BIHMIL", ()),
    # a subject "it" continues the last subject, not the nearest noun
    ("The Russian Defence Ministry said its forces had struck fuel depots supplying the Ukrainian army, and it "
     "denied targeting civilians.", "2025-06-01", "and [it] denied", "RUSMIL", ("RUSGOV",)),
    # the second-last word of a three-word name is a family name too (Spanish naming)
    ("Opposition candidate Edmundo Gonzalez Urrutia fled to Spain. Gonzalez said he would return.", "2024-09-10",
     "Spain. [Gonzalez] said", "VENOPP", ()),
    # forces a country deploys are its own, wherever they go
    ("China deployed 30 warships near Taiwan.", "2025-06-01", "30 warships", "CHNMIL", ()),
    # a dateline names no actor ("PORT-AU-PRINCE": no African Union from "AU")
    ("PORT-AU-PRINCE, March 3 (AP) - Gangs attacked a police station in the Haitian capital on Monday.", "2025-03-03",
     "AU", None, ()),
    # a town before a sector noun gives its country, as a capital does
    ("The Karachi police arrested the opposition leader.", "2024-05-01", "Karachi police", "PAKCOP", ()),
    # "the government" is a state's, never an international body named before it (the court after
    # the ICC is the ICC)
    ("Congo's government accused Rwanda. The European Union sent aid. Protesters demanded that the government "
     "restore security.", "2025-11-28", "that the [government] restore", "CODGOV", ()),
    # a province or city before a title gives the country; the story's dateline breaks a tie for
    # "the federal government", and a titled person not yet coded counts for the sentence's country
    ("OTTAWA, March 3 (Reuters) - Canada's trade minister met U.S. Commerce Secretary Howard Lutnick in Washington "
     "on Monday. Saskatchewan Premier Scott Moe criticised the federal government for failing to protect farmers. "
     "Ontario Premier Doug Ford said the province would impose a surcharge on electricity exported to the United "
     "States.", "2025-03-04", "Scott Moe", "CANGOV", ()),
    ("OTTAWA, March 3 (Reuters) - Canada's trade minister met U.S. Commerce Secretary Howard Lutnick in Washington "
     "on Monday. Saskatchewan Premier Scott Moe criticised the federal government for failing to protect farmers. "
     "Ontario Premier Doug Ford said the province would impose a surcharge on electricity exported to the United "
     "States.", "2025-03-04", "federal government", "CANGOV", ()),
    ("OTTAWA, March 3 (Reuters) - Canada's trade minister met U.S. Commerce Secretary Howard Lutnick in Washington "
     "on Monday. Saskatchewan Premier Scott Moe criticised the federal government for failing to protect farmers. "
     "Ontario Premier Doug Ford said the province would impose a surcharge on electricity exported to the United "
     "States.", "2025-03-04", "Doug Ford", "CANGOV", ()),
    ("Kharkiv Governor Oleh Syniehubov said two people were injured.", "2025-03-04", "Oleh Syniehubov", "UKRGOV", ()),
    # the victims of an attacker whose country the sentence names are not its people; the story's
    # other country ("the army killed 20 civilians" with no country named still kills its own)
    ("PHNOM PENH, July 25 (Reuters) - Thai and Cambodian troops exchanged heavy fire along their disputed border on "
     "Friday, as Thailand launched airstrikes with F-16 fighter jets, killing at least 15 people.", "2025-07-25",
     "15 people", "KHMCVL", ()),
    ("Russia attacked the town, killing ten civilians.", "2025-03-04", "ten civilians", None, ()),
    # a leader and their group share one code, whichever file names the role less precisely
    ("Hezbollah leader Naim Qassem said the group would not disarm.", "2025-06-01", "Naim Qassem", "LBNREBHEZ", ()),
    ("Bertrand Bisimwa said the rebels would hold Goma.", "2025-06-01", "Bertrand Bisimwa", "CODREBMTT", ()),
    # half of a hyphenated name is no one's surname; an honorific is no one's name
    ("Goita met Russian Deputy Defence Minister Yunus-Bek Yevkurov in Bamako.", "2025-06-01", "Yunus-Bek Yevkurov",
     "RUSMIL", ("RUSGOV",)),
    ("Emir Sheikh Tamim hosted Trump in Doha.", "2025-05-14", "Sheikh Tamim", "QATGOV", ()),
    # a noun joined to one whose phrase names its country shares it; "the West" inside a sea's name
    # is no actor
    # "both sides" are the two its own sentence names as sides ("between X and Y"), before a pair
    # named together earlier
    ("US and British warships struck Houthi targets. Oman, which has mediated between Washington and the Houthis, "
     "urged both sides to de-escalate.", "2025-10-12", "both sides", "USAGOV+YEMREBHTH", ()),
    # a bare "the junta" is the state the story named a military government of
    ("YANGON, Aug 1 (Reuters) - Myanmar's military government ended its state of emergency on Thursday. Malaysian "
     "Prime Minister Anwar Ibrahim said the bloc would not send observers unless the junta stopped its air strikes.",
     "2025-08-01", "the [junta] stopped", "MMRMIL", ("MMRGOV",)),
    # a body named before a title is the person's, also when the parser cut it off the phrase
    ("ECOWAS Commission President Omar Touray appealed for restraint.", "2025-04-07", "Omar Touray", "IGOWAFWAS", ()),
    # "the rebels" are the group the story called rebels, however far back, before the latest group
    ("GOMA, July 20 (Reuters) - Congo and the M23 rebel group signed a declaration in Doha on Saturday. The deal "
     "follows a peace agreement between Congo and Rwanda. Kinshasa agreed to neutralise the FDLR, a Rwandan Hutu "
     "militia. Congolese President Felix Tshisekedi said the rebels must withdraw from Goma.", "2025-07-20",
     "the [rebels] must", "CODREBMTT", ()),
    # "both sides" someone else acts on are the story's two principal sides (named most often), a civil
    # war's state side by its body; not a country named once in between
    ("YANGON, Aug 1 (Reuters) - Myanmar's military government ended its state of emergency on Thursday. "
     "The National Unity Government urged voters to boycott the election. NUG spokesman Kyaw Zaw said the vote "
     "was a sham. The military denied bombing civilians. Malaysian Prime Minister Anwar Ibrahim, whose country "
     "chairs ASEAN this year, said the bloc "
     "would not send observers unless the junta stopped its air strikes. The UN envoy appealed to both sides "
     "to allow aid.", "2025-08-01", "both sides", "MMRMIL+MMROPP", ("MMRGOV+MMROPP",)),
    ("PORT SUDAN, Sept 15 (Reuters) - The Rapid Support Forces shelled El Fasher on Sunday. The Sudanese Armed "
     "Forces said the RSF had killed 40 people. The RSF denied it. Chad closed its border. The UN urged both sides "
     "to agree a truce.", "2025-09-15", "both sides", "SDNMIL+SDNREBRSF", ()),
    ("KINSHASA, Aug 19 (Reuters) - Congo's government and the M23 rebel group resumed talks in Doha on Monday. "
     "Qatari mediators met delegations from both sides separately.", "2025-08-19", "both sides", "CODGOV+CODREBMTT", ()),
    # a non-state armed group's victims are its named country's people, not those of a country named later
    ("PORT SUDAN, Sept 15 (Reuters) - Sudan's paramilitary Rapid Support Forces shelled a displacement camp on "
     "the edge of El Fasher on Sunday, killing at least 40 people, according to a local aid group, as the United "
     "States and three Arab states pressed both warring parties to accept a humanitarian truce.", "2025-09-15",
     "40 people", "SDNCVL", ()),
    # "whose government" is the government of the noun the relative clause is on
    ("BOGOTA, Jan 20 (Reuters) - Thousands of people have fled to the city of Cucuta, and some crossed into "
     "Venezuela, whose government said it was providing them with shelter and food.", "2025-01-20",
     "whose government", "VENGOV", ()),
    # leaders of no state body are civilians; a count of leaders without "the" is no pair named before
    ("The ELN killed two community leaders in Cucuta.", "2025-01-20", "two community leaders", "COLCVL", ()),
    ("Among those killed in Colombia were a former peace negotiator and several social leaders.", "2025-01-20",
     "several social leaders", "COLCVL", ()),
    # a bare "the government" that people of no state body act on is their own country's, not the last
    # government named
    ("BRASILIA, Aug 6 (Reuters) - Brazil filed a complaint at the WTO on Wednesday. Washington's commitments were "
     "questioned. Brazilian business leaders have urged the government to keep negotiating.", "2025-08-06",
     "the [government] to", "BRAGOV", ()),
    # "the agency", "the watchdog": the organisation named before whose name has the word
    ("Rafael Grossi, head of the International Atomic Energy Agency, met Araqchi in Cairo. Iran suspended "
     "cooperation with the agency in July.", "2025-09-09", "the [agency] in", "IGOUNOIAEA", ()),
    # "the two sides" who act are the last two named, two states' as their countries
    ("NEW DELHI, Aug 20 (Reuters) - Relations soured after a clash in 2020 in which 20 Indian soldiers and four "
     "Chinese troops were killed. The two sides reached a deal on patrolling last October.", "2025-08-20",
     "The two sides", "CHN+IND", ()),
    ("Taiwan detected 23 Chinese military aircraft and seven navy ships around the island.", "2025-06-01",
     "seven navy ships", "CHNMIL", ()),
    ("China's coast guard fired water cannon at a Philippine vessel in the West Philippine Sea.", "2025-06-01",
     "West", "PHL", (None,)),
    # --- fourteenth pass: a town named as one is in the story's countries (Palma, Spain is no target here) ---
    ("MAPUTO, June 12 (Reuters) - Mozambican troops fought insurgents in Cabo Delgado. TotalEnergies halted its "
     "gas project in Mozambique after a 2021 attack on the town of Palma.", "2025-06-12", "Palma", None, ()),
    ("The RDF said its troops had killed 12 militants in Mozambique.", "2025-06-12", "RDF", "RWAMIL", ()),
    # an unknown body named after a title with a sector word anywhere in it ("the state police agency SIPA")
    ("SARAJEVO, March 13 (Reuters) - The state police agency SIPA said it had arrested two men.", "2025-03-13",
     "SIPA", "BIHCOP", ()),
    # a name under an envoy's title with no country is the envoy just named, not the host's official
    ("NIAMEY, Sept 17 (Reuters) - Niger's military government on Wednesday ordered the European Union's "
     "ambassador to leave the country. A statement said ambassador Karin Lindqvist had been declared persona non "
     "grata.", "2025-09-17", "Karin Lindqvist", "IGOEUREEC", ()),
    # a police force of no country is the one named just before, not a country named nearby
    ("PRISTINA, Nov 11 (Reuters) - Kosovo police arrested three Serbian citizens on Monday. The men, one of whom "
     "is a reservist in the Serbian army, were detained by a special police unit after they opened fire on a "
     "patrol.", "2025-11-11", "special police unit", "XKXCOP", ()),
    # a family name inside a longer person's name is not its dictionary owner ("Abdelsalam al-Zoubi" is not
    # the Houthis' Mohamed Abdelsalam)
    ("The warrant for Abdelsalam al-Zoubi, a senior figure in a brigade aligned with Khalifa Haftar, was issued "
     "on Oct 9.", "2025-10-23", "Abdelsalam", None, ()),
    # a body based, registered or headquartered somewhere is of that place's country
    ("The Dubai-based shipping company Halcyon denied any wrongdoing, Britain said.", "2025-11-20",
     "Dubai-based shipping company Halcyon", "AREBUS", ()),
    ("A Cyprus-registered firm was sanctioned by the United States.", "2025-11-20", "Cyprus-registered firm",
     "CYPBUS", ()),
    # --- fourteenth pass: a leading article counts for nothing when matches overlap ---
    ("The West African bloc ECOWAS condemned the coup in Benin.", "2025-12-08", "The West", None, ()),
    # --- fourteenth pass: forces in a coup, aircraft ---
    # officers with no sector word are the army's, of the country whose rulers they act against
    ("A group of officers appeared on state television and announced the removal of President Patrice Talon.",
     "2025-12-07", "group of officers", "BENMIL", ()),
    # ... the dateline's country, when the story names it about as often (at least half as often) as the
    # country the article names most
    ("COTONOU, Dec 7 (Reuters) - Nigeria sent fighter jets to Benin on Sunday after a coup attempt. Nigeria's "
     "president Bola Tinubu said Nigerian forces had acted at Benin's request. Nigeria and ECOWAS condemned the "
     "attempt. Benin's government said the situation in Benin was under control. A group of officers appeared on "
     "state television and announced the dissolution of all institutions. Nigerian officials said Nigeria would "
     "help.", "2025-12-07", "group of officers", "BENMIL", ()),
    ("COTONOU, Dec 7 (Reuters) - Nigeria sent fighter jets to Benin on Sunday after a coup attempt. Nigeria's "
     "president Bola Tinubu said Nigerian forces had acted at Benin's request. Nigeria and ECOWAS condemned the "
     "attempt. Benin's government said the situation in Benin was under control. A group of officers appeared on "
     "state television and announced the dissolution of all institutions. Nigerian officials said Nigeria would "
     "help.", "2025-12-07", "state television", "BENMED", ()),
    # ... but a story filed from a regional hub that names the hub's country in passing is not the hub's
    ("BANGKOK, Oct 3 (Reuters) - Myanmar's military government carried out air strikes on a village in Sagaing "
     "on Friday, killing 40 people, residents and the Arakan Army said. Myanmar's junta has fought rebels since "
     "2021. The military says it is fighting \"terrorists\". Thailand, which shares a long border with Myanmar, "
     "said it would host talks in Bangkok.", "2025-10-03", "terrorists", "MMRREB", ()),
    # mutineers are never of the country that reports them: the story's, or the soldiers' named before
    ("COTONOU, Dec 7 (Reuters) - Mutineers briefly seized the state broadcaster on Sunday, France's foreign "
     "ministry said. Benin's government said the situation was under control.", "2025-12-07", "Mutineers", "BENMIL", ()),
    ("PARIS, Dec 7 (Reuters) - French President Emmanuel Macron spoke with Benin's President Patrice Talon on "
     "Sunday. A group of soldiers had announced on television that they had removed Talon. France condemned the "
     "attempt and French officials said mutineers had been arrested.", "2025-12-07", "said [mutineers]", "BENMIL", ()),
    # officers after the police are the police's; after a noun naming another service, no one's
    ("LONDON, Dec 7 (Reuters) - Police said officers arrested two men in Manchester.", "2025-12-07", "said [officers]",
     "GBRCOP", ()),
    ("Customs officers seized cocaine at the port of Antwerp.", "2025-12-07", "Customs officers", None, ()),
    # fighters after an aircraft model or word are aircraft, the air force's: not militants
    ("Italian F-35 fighters intercepted Russian aircraft over the Baltic.", "2025-12-07", "Italian F-35 fighters",
     "ITAMIL", ()),
    ("Chinese J-20 stealth fighters flew near Taiwan.", "2025-12-07", "Chinese J-20 stealth fighters", "CHNMIL", ()),
    ("Russian Tu-95 bombers flew near Alaska, the Pentagon said.", "2025-12-07", "Russian Tu-95 bombers", "RUSMIL", ()),
    # --- fourteenth pass, arguments and referents from set B ---
    # civilians an apposition or a partitive clause says are, all or most of them, of another sector are of that sector
    ("Benin's government said it had arrested 14 people, most of them soldiers, after foiling a coup.", "2025-12-08",
     "14 people", "BENMIL", ()),
    ("Kenyan police arrested 40 people, mostly students.", "2025-12-08", "40 people", "KENEDU", ()),
    ("Benin's government said it had arrested 14 people, some of them soldiers, after foiling a coup.", "2025-12-08",
     "14 people", "BENCVL", ()),
    # "the detainees" are the people the story told were arrested
    ("Benin's government said it had arrested 14 people, most of them soldiers. Prosecutors charged the detainees "
     "with treason.", "2025-12-08", "detainees", "BENMIL", ()),
    # "rights groups": the two-word term with its modifier as written (the lemmatizer makes it "right")
    # (h27c) ... a rights group with no country written on it is international (coref.yaml international_ngo)
    ("Human rights groups accused Kenyan police of killing protesters.", "2025-12-08", "Human rights groups", "NGOHRI", ()),
    ("Kenyan rights groups accused the police of torture.", "2025-12-08", "Kenyan rights groups", "KENHRI", ()),
    ("Rights activists accused Kenyan police of torture.", "2025-12-08", "Rights activists", "KENHRI", ()),
    # "the federal government" is a federation's: not the other government named just before
    ("Asmara was funding armed groups in the Amhara region. The TPLF accused the federal government of lying.",
     "2025-10-30", "federal government", "ETHGOV", ()),
    ("Niger's government closed its border with Nigeria on Monday. The federal government said it would reopen talks "
     "with Niger.", "2025-10-30", "federal government", "NGAGOV", ()),
    # "it" is no people counted in the plural
    ("A Chinese ship chased a Philippine vessel near the shoal, the Philippine coast guard said. The vessel had been "
     "escorting boats bringing food to Filipino fishermen when the Chinese ships attempted to block it.", "2025-08-12",
     "block [it]", "PHLMIL", ()),
    # a body set up by someone is theirs, not a force of the same head named before
    ("Rights groups said a new force had killed civilians. Rights groups accused a task force set up by Haiti's "
     "transitional government of killing civilians.", "2025-10-01", "task force", "HTIGOV", ()),
    # "their shared border": the clause's coordinated subjects together
    ("Ethiopia and Eritrea have moved troops towards their shared border.", "2025-10-30", "[their] shared", "ETH+ERI", ()),
    # a country named only by its adjective on a noun counts for a pair phrase
    ("Indian troops fired on Pakistani posts on Monday. China called on both sides to exercise restraint.",
     "2025-05-10", "both sides", "IND+PAK", ("INDMIL+PAK", "INDMIL+PAKMIL")),
    # "both capitals", "the two governments" are the two countries' governments
    ("Ethiopia and Eritrea have traded accusations for months. The African Union envoy will travel to both "
     "capitals next week.", "2025-10-30", "both capitals", "ETHGOV+ERIGOV", ()),
    ("Indian troops fired on Pakistani posts on Monday. The United States urged both governments to show restraint.",
     "2025-05-10", "both governments", "INDGOV+PAKGOV", ()),
    # --- fifteenth pass: organisations no dictionary knows ---
    # a name whose last word says what the body is (coref.yaml org_name_heads) takes the country the text gives it:
    # a located participle before or after it, an apposition, an owner ...
    ("Lisbon-based Atlantica Freight Lines denied the allegations on Monday.", "2025-11-20",
     "Atlantica Freight Lines", "PRTBUS", ()),
    ("Sanctions were imposed on Marlow Freight Lines, which is based in Hong Kong.", "2025-11-20",
     "Marlow Freight Lines", "HKGBUS", ()),
    ("Corvo Holdings, a Singapore-registered firm, said the cargo was legal.", "2025-11-20", "Corvo Holdings",
     "SGPBUS", ()),
    ("The U.S. Navy's Fifth Fleet said the seizure was illegal.", "2025-08-08", "Fifth Fleet", "USAMIL", ()),
    # ... a country or its capital named inside the name ...
    ("The Kyiv Post reported that Russian drones struck Odesa overnight.", "2025-11-20", "Kyiv Post", "UKRMED", ()),
    ("Washington sanctioned Iran Shipping Lines and two Chinese firms on Monday.", "2025-11-20", "Iran Shipping Lines",
     "IRNBUS", ()),
    # ... an owner before it (coref.yaml owning_participles) ...
    ("Hamas-run Al-Aqsa TV said the strike killed 12 people.", "2025-11-20", "Al-Aqsa TV", "PSEMED", ()),
    # ... and its short forms after it are the same body
    ("Lisbon-based Atlantica Freight Lines operates the tanker. Atlantica denied the allegations on Monday.",
     "2025-11-20", "[Atlantica] denied", "PRTBUS", ()),
    # ... or the one indefinite description of its kind told in an earlier sentence, when it is the story's
    # only such name with no country of its own
    ("Britain imposed sanctions on a Cyprus-based shipping company on Tuesday. Nordvik Tanker Management was added "
     "to the sanctions list, the Foreign Office said.", "2025-11-20", "Nordvik Tanker Management", "CYPBUS", ()),
    # ... (a body: "a Turkish businessman" is no company)
    ("Police arrested a Turkish businessman on Monday. Nordvik Holdings said the arrest was unlawful.", "2025-11-20",
     "Nordvik Holdings", None, ()),
    # ... never the story's country: a firm of no country told has no code, and "the company" is that firm
    ("The tanker is managed by Corvina Maritime, Iranian state media said. Iran said the company had smuggled "
     "fuel.", "2025-08-08", "the [company] had", None, ()),
    # a phrase an unknown body owns is the body's, and of no code when the body has none (not the story's country)
    ("Britain sanctioned Lisbon-based Atlantica Freight Lines on Monday. Ola Berg, Atlantica's owner, denied any "
     "wrongdoing.", "2025-11-20", "Ola Berg", "PRTBUS", ()),
    ("Britain sanctioned Corvina Maritime on Monday. Ola Berg, Corvina's owner, denied any wrongdoing.", "2025-11-20",
     "Ola Berg", None, ()),
    # a role with no sector of its own owned by a coded body, named or by a pronoun, is the body's, and so is
    # the person apposed to it
    ("Lisbon-based Nordvik Shipping and its director, Ola Berg, were added to the sanctions list on Tuesday.",
     "2025-11-20", "Ola Berg", "PRTBUS", ()),
    ("The Libyan National Army rejected the warrant. Its spokesman, Ahmed Saleh, called the court a political tool.",
     "2025-10-23", "Ahmed Saleh", "LBYMILLNA", ()),
    ("The Libyan National Army rejected the warrant. Its spokesman said the court was a political tool.",
     "2025-10-23", "Its [spokesman]", "LBYMILLNA", ()),
    # a second apposition the parser hangs on the first noun names the conjunct noun right before it
    ("SARAJEVO, March 13 (Reuters) - Bosnia's state court issued an arrest warrant for the president of the Republika "
     "Srpska region. Warrants were also issued for the region's prime minister, Radovan Viskovic, and the speaker of "
     "its parliament, Nenad Stevandic, the court said in a statement.", "2025-03-13", "Nenad Stevandic", "BIHLEG", ()),
    # a commissioner is a body's member (sectors.yaml generic_heads)
    ("The European Union's enlargement commissioner, Petra Novak, urged Belgrade to respect the right to peaceful "
     "assembly.", "2025-03-16", "Petra Novak", "IGOEUREEC", ()),
    # executives and owners are business people (sectors.yaml generic_heads), a body's when it has them
    ("Ola Berg, a former executive at a Russian state shipping firm, founded the company in 2022.", "2025-11-20",
     "Ola Berg", "RUSBUS", ()),
    ("Britain imposed sanctions on a Dubai-based company and its Russian owner.", "2025-11-20", "Russian owner",
     "RUSBUS", ()),
    # a name apposed to a body noun is an organisation's, whatever the NER called it, of the apposition's code
    ("Halvard, a Dubai-based shipping company, denied any wrongdoing on Friday.", "2025-11-20", "Halvard", "AREBUS",
     ()),
    # a body composed with its name (after a body noun, whatever the NER called the name) is called by that
    # name, and its short forms after it are the body
    ("Chinese carmaker Zhenlong Motors opened a plant in Hungary. Zhenlong said the plant would employ 1,000 "
     "people.", "2025-11-20", "[Zhenlong] said", "CHNBUS", ()),
    ("Iran seized a tanker operated by Greek shipping company Aegis Star on Thursday. Aegis Star denied the "
     "smuggling claim.", "2025-08-08", "[Aegis Star] denied", "GRCBUS", ()),
    # a name after a nationality word and a company descriptor is a company of that country (coref.yaml
    # company_descriptors), its bare name after it the same body
    ("Canadian mining group Norvale rejected the charges brought by Mali's government. Mali accused Norvale of "
     "tax evasion.", "2025-06-20", "[Norvale] of", "CANBUS", ()),
    # a body named for a country it deals with is its possessor's; the country inside its name no actor
    # (coref.yaml affairs_bodies)
    ("Japan's Korea Affairs Office criticised the new policy on Monday.", "2025-06-20", "Japan's Korea Affairs Office",
     "JPNGOV", ()),
    # a spokesman of no body or country written is the voice of the body that spoke last (coref.yaml spokes_titles)
    ("MANILA, Aug 12 (Reuters) - A Chinese ship chased a Philippine vessel near the shoal, the Philippine coast guard "
     "said. The Chinese ships fired water cannon, spokesman Ramon Dizon said.", "2025-08-12", "Ramon Dizon", "PHLMIL",
     ()),
    # a deputy chief of mission is a diplomat (sectors.yaml DIP), of the country that owns the title
    ("MANILA, Sept 17 (AP) - The foreign ministry summoned China's deputy chief of mission in Manila on Wednesday.",
     "2025-09-17", "China's deputy [chief] of mission", "CHNGOV", ()),
    ("The U.N. human rights office on Friday urged the police to release the protesters. \u201cWe are alarmed by the "
     "arrests,\u201d spokesperson Amara Lind told a briefing in Geneva.", "2025-10-31", "Amara Lind", "IGOUNOHCHR", ()),
    # a definite role a firm plays for a thing is the one firm the story named (coref.yaml firm_role_heads)
    ("Iran seized a tanker managed by Greece-based Aegis Star Maritime on Thursday. The ship's manager denied the "
     "smuggling claim.", "2025-08-08", "The ship's [manager]", "GRCBUS", ()),
    # "we", "our" inside a quotation are its speaker (coref.yaml first_person_pronouns; the second row held before)
    ("\u201cWe are ready to defend our allies,\u201d NATO Secretary-General Mark Rutte told reporters in Brussels.",
     "2025-06-01", "We", "IGOWSTNAT", ()),
    ("Brazil's president signed the deal in Beijing. Lula said: \u201cChina has been a reliable partner for our farmers.\u201d",
     "2025-05-13", "our [farmers]", "BRAAGR", ("BRACVL", "BRABUS")),
    # "he" after a sentence whose root is another's report: the subject of the reported clause (a name in
    # apposition to it counts), not the last person named
    ("An African Union envoy, Abdoulaye Sy, a veteran Senegalese diplomat, arrived in Bujumbura on Thursday and "
     "held talks with Ndayishimiye, the AU said. He is due in Kigali on Saturday.", "2025-06-12", "[He] is due",
     "IGOAFRAFU", ()),
    ("Rwandan troops had crossed the border, Burundian President Evariste Ndayishimiye said on Monday. He called on "
     "the African Union to act.", "2025-06-12", "[He] called", "BDIGOV", ()),
    # a bare "the army" is a state's, not the armed group named sentences before whose name has the word (coref.yaml
    # state_force_heads)
    ("The White Army militia attacked a garrison in Nasir in March. Aid agencies have since left the town. Food "
     "prices have doubled. Clashes resumed this week. The army said the militia had lost 40 men.", "2025-06-12",
     "The [army] said", "SSDMIL", ()),
    ("Arakan Army fighters seized a border town in Rakhine in May. Thousands fled to Bangladesh. The fighting has "
     "since spread south. The army said it had repelled several attacks near Sittwe on Monday.", "2025-06-12",
     "The [army] said", "MMRMIL", ()),
    # a definite description of a place by what it is: the last country or territory named of which its words are
    # true, not a sovereign holding it (coref.yaml place_epithets)
    ("Washington renewed its interest in buying Greenland on Monday, and the Arctic island's premier rejected the "
     "idea.", "2025-09-02", "Arctic island's [premier]", "GRLGOV", ()),
    ("Qatar hosted the talks in Doha on Sunday. The Gulf state's foreign ministry said a ceasefire was close.",
     "2025-09-02", "Gulf state's foreign [ministry]", "QATGOV", ()),
    ("Montenegro applied to join the European Union in 2008. The Balkan country's parliament approved the reform on "
     "Tuesday.", "2025-09-02", "Balkan country's [parliament]", "MNELEG", ()),
    ("Rwanda and Congo signed the deal in Washington. The landlocked nation's government praised the agreement on "
     "Friday.", "2025-09-02", "landlocked nation's [government]", "RWAGOV", ()),
    # ... not an island a name follows, nor one no such country was named for
    ("Tokyo protested after Russian border guards seized a boat near the island known in Japan as Etorofu.",
     "2025-09-02", "near the [island]", None, ()),
    # a name that only modifies another noun is no antecedent of "it"
    ("Officials said visa rules would be waived for European Union citizens. \u201cWe will answer it firmly,\u201d "
     "Prime Minister Inga Ruginiene said.", "2025-10-28", "answer [it]", None, ()),
    # monitors from a mission an organisation's name heads are the organisation's, and "the monitors" are they
    ("Monitors from the European Union Mission in Georgia patrolled the boundary line on Monday. Russia accused the "
     "monitors of spying.", "2025-09-02", "accused the [monitors]", "IGOEUREEC", ()),
    ("UN peacekeepers patrolled the Blue Line on Saturday. Gunmen attacked the peacekeepers near Naqoura on Sunday.",
     "2025-09-02", "attacked the [peacekeepers]", "IGOUNOPKO", ()),
    # the nationality an apposition gives a person is not the country of the government the sentence acts on
    ("An African Union envoy, Jean Mbeki, arrived in Bangui on Monday. Mbeki, a veteran Gabonese diplomat, urged the "
     "government and the rebels to resume talks.", "2025-09-02", "urged the [government]", "CAFGOV", ()),
    # (h16f) an aid body tied to a name no dictionary knows, with no country told, is an international NGO, and so
    # are its staff; one told to be local or of a country is of that country
    ("BANGUI, March 4 (AFP) - The aid group Mercy Harbour International said two of its staff had been detained by "
     "soldiers.", "2025-03-04", "two of its [staff]", "NGO", ()),
    ("GOMA, May 9 (Reuters) - The charity Open Hands Foundation said rebels had looted its warehouse and abducted "
     "three of its staff.", "2025-05-09", "three of its [staff]", "NGO", ()),
    ("MOGADISHU, June 2 (Reuters) - Blue Crescent Relief, a Turkish charity, said its staff were safe.", "2025-06-02",
     "its [staff]", "TURAID", ()),
    ("MOGADISHU, June 2 (Reuters) - Nuur Aid, a local charity, said police had arrested its staff.", "2025-06-02",
     "its [staff]", "SOMAID", ()),
    # a former office holder named with no country is of the story's state when one dominates it (ELI); else no code
    ("QUITO, Oct 3 (Reuters) - Ecuador's Congress voted to impeach the president on Thursday, and police detained "
     "two lawmakers. Prosecutors said the army had been deployed. Colombia said it had granted asylum to former "
     "Defence Minister Julio Andrade Ruiz.", "2025-10-03", "former Defence Minister [Julio Andrade Ruiz]", "ECUELI", ()),
    ("Colombia said it had granted asylum to former Defence Minister Julio Andrade Ruiz.", "2025-10-03",
     "former Defence Minister [Julio Andrade Ruiz]", None, ()),
    ("Bolivia granted asylum to former Peruvian Interior Minister Raul Sotomayor on Friday.", "2025-10-03",
     "former Peruvian Interior Minister [Raul Sotomayor]", "PERELI", ()),
    # vessels (sectors.yaml `vessels`): flag, owner, home port; a name next to the noun is the same vessel;
    # "the boat", "its crew" after it; no country told, no code
    ("The Kaiyo Maru No. 3, a 14-tonne boat from the port of Nemuro, was boarded by Russian border guards on "
     "Friday.", "2025-10-03", "[Kaiyo Maru No. 3]", "JPN", ()),
    ("Russian border guards boarded a Japanese fishing boat off Kunashir on Friday. The boat's crew of seven "
     "was taken to Yuzhno-Kurilsk.", "2025-10-03", "[crew] of seven", "JPNCVL", ()),
    ("Iranian forces seized the Panama-flagged tanker Sea Lark, operated by a Greek company, on Monday.",
     "2025-10-03", "tanker [Sea Lark]", "PANBUS", ()),
    ("Houthi fighters fired missiles at a Greek-operated bulk carrier in the Red Sea on Sunday.", "2025-10-03",
     "Greek-operated bulk [carrier]", "GRCBUS", ()),
    ("A Hokkaido-based trawler was detained near the disputed islands on Wednesday.", "2025-10-03",
     "Hokkaido-based [trawler]", "JPNCVL", ()),
    ("Coast guard officers said two Russian border guard ships shadowed the trawler for an hour.", "2025-10-03",
     "two Russian border guard [ships]", "RUSMIL", ()),
    ("Iran seized the tanker Sea Lark in the Gulf of Oman on Monday.", "2025-10-03", "tanker [Sea Lark]", None, ()),
    # (h17b) "his" timing a clause is its subject's (the speaker reported), not its object's
    ('Modi said he would be "happy" to meet Shehbaz Sharif during his trip to Asia.', "2025-10-03",
     "during [his] trip", "INDGOV", ()),
    # (h17e) a charge's gerund is no part of the accused; people in politics take their modifier's sector;
    # the president of a body no state holds is not the government; a rank of a force at home is no foreign
    # inspector, and "officers" after its quotation are that force; a body named only in a clause on a phrase
    # and countries in an embassies' phrase are not whom a state body acts on; a mission abroad is its owner's,
    # not its host's; the name a person is known as is that person
    ("Uganda's security minister accused opposition leaders of financing gangs.", D, "opposition [leaders]",
     "UGAOPP", ()),
    ("Nigeria's information minister accused opposition politicians of sponsoring militias.", D,
     "opposition [politicians]", "NGAOPP", ()),
    ("LUSAKA, May 3 (Reuters) - Zambian police arrested dozens of protesters in Lusaka. Zambia's opposition demanded "
     "their release. \"We will not be silenced,\" said Mary Banda, the association's president, who spoke outside "
     "the court.", D, "Mary [Banda]", None, ()),
    ("DAR ES SALAAM, May 3 (Reuters) - Tanzanian police fired tear gas at protesters in Dar es Salaam. The police "
     "inspector-general, Camillus Wambura, said officers had acted lawfully.", D, "Camillus [Wambura]", "TZACOP", ()),
    ("LIMA, May 3 (Reuters) - Peruvian police arrested a former minister in Lima on Monday. Lima police said 20 "
     "people had been detained. \"We acted within the law,\" a spokesman told reporters. Students accused officers "
     "of beating them.", D, "accused [officers]", "PERCOP", ()),
    ("ACCRA, May 3 (Reuters) - Ghanaian police dispersed protesters in Accra. The Ghanaian parliament met on Monday. "
     "The Communications Authority ordered radio stations to stop their broadcasts, a directive that the Ghana Bar "
     "Association challenged in court. Western embassies, including those of the United States, Britain and "
     "Germany, urged the authorities to respect the right to protest.", D, "Communications [Authority]", "GHAGOV", ()),
    ("ACCRA, May 3 (Reuters) - Ghanaian police dispersed protesters in Accra. The Ghanaian parliament met on Monday. "
     "Western embassies, including those of the United States, Britain and Germany, urged the authorities to "
     "respect the right to protest.", D, "the [authorities]", "GHAGOV", ()),
    ("Russia closed its embassy in Bamako and consular offices on Monday.", D, "consular [offices]", "RUSGOV", ()),
    # (h17k) a person's party: the one party of the person's country the story names, else the person's side; a
    # defence spokesperson is the defence ministry's; "the agency" only an organisation called so (or whose name
    # ends in no other body word), never a council or an armed group; an armed force abroad reporting whom its own
    # strikes hurt: the struck place's people; "the X-linked group" is not X
    ("Police in Dhaka detained 40 supporters of the party of former prime minister Sheikh Hasina on Friday.", D,
     "the [party] of", "BGDOPP", ()),
    ("Police detained 40 members of the party of former prime minister Sheikh Hasina on Friday. The interim "
     "government suspended the Awami League in May.", D, "the [party] of", "BGDPTYAWL", ()),
    ("A Thai defence spokeswoman said Cambodian troops had fired rockets into Sisaket province.", D,
     "defence [spokeswoman]", "THAMIL", ()),
    ("The World Food Programme said its stocks in Gaza had run out. The UN Security Council met in New York on "
     "Monday. Israel later blocked the agency's trucks at the crossing.", D, "the [agency]'s", "IGOUNOWFP", ()),
    ("SANAA, May 3 (Reuters) - Yemen's Houthis fired missiles at ships in the Red Sea. U.S. Central Command said "
     "no civilians were wounded in the strikes.", D, "no [civilians]", "YEMCVL", ()),
    ("NAIROBI, May 3 (Reuters) - Kenyan police arrested two men in Nairobi. AFRICOM said it killed seven militants "
     "in an airstrike on Tuesday.", D, "seven [militants]", "KENREB", ()),
    ("Al-Shabaab fighters overran an army post in Somalia on Sunday. The al-Qaeda-linked group said it had seized "
     "weapons.", D, "linked [group]", "SOMREBSHB", ()),
    # (h17m) a bare state body that is its clause's subject takes no country from the other state it acts on, nor
    # from a place in the clause it reports: the story's (the dateline's) or none; "the mines ministry" is not an
    # earlier ministry with another portfolio; "law enforcement officers" are police, and "the officers" them
    ("Prosecutors accused Belarusian intelligence services of funding the unrest.", D, "[Prosecutors] accused", None, ()),
    ("TBILISI, May 3 (Reuters) - Georgian police detained 12 people on Friday. Prosecutors accused Russian "
     "intelligence services of funding the protests and said the detainees had been trained in Belarus.", D,
     "[Prosecutors]", "GEOJUD", ()),
    ("BAMAKO, May 3 (Reuters) - Mali's junta seized the gold mine on Monday. Canada's foreign ministry called on "
     "Bamako to respect its contracts. The mines ministry denied reports that it had agreed to sell the gold to "
     "Turkey.", D, "The mines [ministry]", "MLIGOV", ()),
    ("Chinese law enforcement officers boarded a Philippine supply boat near the shoal on Sunday.", D,
     "enforcement [officers]", "CHNCOP", ()),
    # (h18g) "Interior Minister X" with no country is of the country whose interior ministry was named just before,
    # not of the other state the sentences around name; a ministry of another portfolio lends nothing
    ("BELGRADE, Jan 16 (Reuters) - Serbian President Aleksandar Vucic criticised Pristina on Thursday. Police sealed "
     "the offices in North Mitrovica, Kosovo's interior ministry said.\n\nInterior Minister Dren Gashi said the "
     "offices had been illegal.", D, "Dren Gashi", "XKXGOV", ()),
    ("BELGRADE, Jan 16 (Reuters) - Serbian President Aleksandar Vucic criticised Pristina on Thursday. Police sealed "
     "the offices in North Mitrovica, Kosovo's foreign ministry said.\n\nInterior Minister Dren Gashi said the "
     "offices had been illegal.", D, "Dren Gashi", "SRBGOV", ()),
    # (h18b) a "they" opening its sentence continues the last sentence's subject, not a party named inside what that
    # sentence reported
    ("Ghanaian police detained 20 people in Accra on Friday. Prosecutors accused foreign agents of financing the riots "
     "and said the suspects had been taught to attack police. They said the men would appear in court on Monday.", D,
     "[They] said", "GHAJUD", ()),
    # (h18f) rioters are civilians, as protesters are
    ("Riot police fired tear gas at Greek rioters in Athens.", D, "Greek rioters", "GRCCVL", ()),
    # (h18f) a name written in the wrong case, read as a name by the parse
    ("Police detained two kenyan activists in Kampala.", D, "kenyan activists", "KENCVL", ()),
    ("President obama expressed sympathy for the flood victims in Texas.", "2015-06-18", "obama", "USAGOV", ()),
    # (guards, held before) a common noun that is also a country's name or adjective stays a common noun
    ("Guests ate roast turkey at the Kenyan embassy.", D, "turkey", None, ()),
    ("The chef served french fries to the Nigerian diplomats.", D, "french", None, ()),
    # (h19d) a bare "the army", "the government" is the story's state's, not a foreign seat named before it
    ("OUAGADOUGOU, Oct 2 (Reuters) - Burkina Faso's military rulers suspended two French broadcasters on Tuesday. "
     "The Pentagon said it had halted joint drills. The army later ordered the broadcasters' offices closed.", D,
     "The [army] later", "BFAMIL", ()),
    ("BAMAKO, Aug 9 (Reuters) - Mali's junta expelled a Swedish envoy on Friday. The Kremlin offered to send more "
     "instructors. The government said the envoy had insulted the country.", D, "The [government] said", "MLIGOV",
     ()),
    # ... held: a seat of the story's own country is "the government" the story goes on with
    ("WASHINGTON, Aug 9 (Reuters) - Washington imposed new tariffs on Brazilian steel. The government said the move "
     "would protect jobs.", D, "The [government] said", "USAGOV", ()),
    # (h19d) a diplomat reporting on "the army" speaks of another state's, not its own
    ("CONAKRY, Sept 6 (Reuters) - Guinea's ruling council dissolved the electoral commission on Friday. The French "
     "foreign ministry said the army should hand power back to civilians.", D, "said the [army]", "GINMIL", ()),
    # ... held: a defence body reporting on "the army" speaks of its own
    ("KYIV, June 3 (Reuters) - Ukraine reported heavy shelling overnight. Russia's defence ministry said the army had "
     "captured two villages.", D, "said the [army]", "RUSMIL", ()),
    # (h19d) a headline line before the dateline: the dateline still sets the story's country
    ("Chile's lawmakers back pension overhaul\n\nSANTIAGO, Jan 29 (Reuters) - Chilean lawmakers approved a pension "
     "overhaul on Wednesday. The US embassy welcomed the vote. Congress had debated the bill for two years.", D,
     "[Congress] had", "CHLLEG", ()),
    # (h19d) "the interior ministry" is not an earlier foreign ministry of another country
    ("ABUJA, Aug 5 (Reuters) - Ghana's foreign ministry urged calm on Monday. Police detained 30 protesters in Lagos, "
     "the interior ministry said.", D, "the [interior ministry]", "NGAGOV", ()),
    # ... held: an earlier ministry of the same portfolio is the one named again
    ("NAIROBI, Aug 5 (Reuters) - Uganda's interior ministry deported two Kenyan activists on Monday. Kenya protested. "
     "The interior ministry said the activists had entered illegally.", D, "The [interior ministry] said", "UGAGOV", ()),
    # (h19d) "the two neighbours" are the two countries the story named together, not the two named last
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday. "
     "Emirati President Mohamed bin Zayed said the two neighbours had agreed to keep talking.", D,
     "the two neighbours", "ARM+AZE", ()),
    ("Kenya and Tanzania agreed on Monday to reopen a border crossing. Ugandan officials welcomed the step. "
     "China's foreign ministry said both countries were important partners.", D, "both countries", "KEN+TZA", ()),
    # (h20c) US federal departments are known bodies wherever the story is set, also coordinated ("the X and Y
    # departments" is each of them)
    ("MOSCOW, May 2 (Reuters) - The Treasury and State departments blacklisted 40 Russian banks on Thursday. The "
     "Kremlin called the step hostile.", D, "Treasury and State departments", "USAGOV", ()),
    ("TEHRAN, May 2 (Reuters) - The Energy Department warned Iranian oil traders on Thursday.", D,
     "Energy Department", "USAGOV", ()),
    ("NIAMEY, May 2 (Reuters) - The U.S. Agency for International Development pledged $5 million to flood victims "
     "in Niger.", D, "Agency for International Development", "USAGOV", ()),
    # ... a bare "the foreign and defence ministries" names no country: the story's, as before
    ("ANKARA, May 2 (Reuters) - The foreign and defence ministries condemned the attack on Thursday.", D,
     "defence ministries", "TURGOV", ("TURMIL",)),
    # (h20c) a kin noun with an appositive name is that named person, not the relative who owns the noun; the
    # relative's country is the kin's (a private person: civilian)
    ("MINSK, May 2 (Reuters) - A court jailed opposition activist Pavel Sevrin for ten years. Sevrin's wife, Olga "
     "Sevrina, appealed to the European Union for help.", D, "Sevrin's [wife]", "BLRCVL", ()),
    ("Jailed Kyrgyz journalist Bolot Temirov's mother, Asel Temirova, thanked the OSCE for its support.", D,
     "[mother]", "KGZCVL", ()),
    ("Alexei Navalny's widow, Yulia Navalnaya, urged European leaders to stand firm.", "2024-05-01",
     "[widow]", "RUSOPP", ("RUSCVL",)),
    # ... also a name the NER did not take for a person, and a relative named by a pronoun
    ("Kazakh journalist Marat Zhanuzak fled to Vilnius in 2020. His wife, Natalya Zhanuzak, told reporters the family "
     "had been followed.", D, "His [wife]", "KAZCVL", ()),
    # (h20c) a name the parser hangs on the country closing an envoy's phrase is the envoy's: the sending country's
    ("Lithuania's ambassador to Kazakhstan, Arunas Vinciunas, criticised the Kazakh government on Monday.", D,
     "Arunas Vinciunas", "LTUGOV", ()),
    # (h20c) a person the dictionary lacks takes a country from evidence: a title naming one country's institution
    ("BEIJING, May 2 (Reuters) - China's foreign ministry condemned the trip on Thursday. Then-House Speaker Margaret "
     "Hollis visited Taipei in 2022, angering Beijing.", D, "Margaret Hollis", "USALEG", ()),
    # ... not the article's most-named country, nor what the person acts on: an office of no country written is
    # as likely another state's
    ("BEIJING, May 2 (Reuters) - China's foreign ministry protested on Thursday. Chinese officials said the drills "
     "would continue. Interior Minister Tomas Ruiz criticised Beijing's military drills.", D, "Tomas Ruiz", None, ()),
    # ... nor a diplomat reporting on the person
    ("WASHINGTON, May 2 (Reuters) - The State Department said security officials had tortured activist Nurgeldi "
     "Halykov in prison.", D, "Nurgeldi Halykov", None, ()),
    # ... held: a private person in a story about one state's affairs is that state's
    ("ASTANA, May 2 (Reuters) - A Kazakh court jailed blogger Daniyar Adilbekov on Thursday. Prosecutors had accused "
     "him of spreading false information. Journalist Erlan Tulegenov criticised the court.", D, "Erlan Tulegenov",
     "KAZMED", ()),
    # ... and a Speaker the dictionary knows
    ("BEIJING, May 2 (Reuters) - China condemned the visit. Former House Speaker Nancy Pelosi praised Taiwan's "
     "president.", "2024-05-01", "Nancy Pelosi", "USALEG", ("USAELI",)),
    # (h20c) ... also when an apposition that names no country says the role
    ("BEIJING, May 2 (Reuters) - China's foreign ministry condemned the trip on Thursday. Chinese officials said the "
     "visit harmed ties. Margaret Hollis, a senior lawmaker, criticised Beijing's military drills.", D,
     "Margaret Hollis", None, ()),
    ("ASTANA, May 2 (Reuters) - A Kazakh court jailed blogger Daniyar Adilbekov on Thursday. Prosecutors had accused "
     "him of spreading false information. Erlan Tulegenov, a local journalist, criticised the court.", D,
     "Erlan Tulegenov", "KAZMED", ()),
    # (h20c) a title and family name several people of one office held, none on the date: that office
    ("President Bush warned Iraq of serious consequences on Monday.", "2000-06-05", "Bush", "USAGOV", ("USAELI",)),
    # (h20g) a person's name that begins a place's or facility's name is no mention of that person, and a bare
    # family name after it is the person named as an actor
    ("North Korean leader Kim Jong Un reviewed a parade in Kim Il Sung Square on Sunday. Kim later praised the "
     "army's loyalty.", D, "Kim later", "PRKGOV", ()),
    ("North Korean leader Kim Jong Un reviewed a parade in Kim Il Sung Square on Sunday.", D,
     "in [Kim Il Sung] Square", None, ()),
    ("The Turkish foreign minister received his Greek counterpart at the Ataturk Cultural Centre in Istanbul.", D,
     "[Ataturk] Cultural", None, ()),
    # (h20g) a nationality word of a denomination on a place of worship says nothing of where it stands, and a bare
    # force word the story used before with a country is that country's force
    ("Kosovo police arrested two men in Pristina on Monday. On Sunday, gunmen fired on a police patrol near the "
     "village of Leposavic and then fled to a Serbian Orthodox monastery.", D, "a [police patrol]", "XKXCOP", ()),
    ("Gunmen attacked a police patrol near the village of Brnjak, killing a sergeant, and then hid in a Serbian "
     "Orthodox monastery.", D, "a [police patrol]", None, ()),
    ("Kosovo police sealed off the area on Monday. Officials in Belgrade denied any role. Gunmen had wounded two "
     "police officers near the town of Zvecan.", D, "two [police officers]", "XKXCOP", ()),
    # (h20g) "it" in a relative clause on the object of an infinitive is that infinitive's doer, the object of the
    # verb that urges it, not the urger
    ("The European Union called on Belarus on Tuesday to pull back the troops it has massed near its border with "
     "Lithuania.", D, "troops [it] has", "BLR", ()),
    ("Japan urged China to withdraw the coast guard ships it has sent into waters near the disputed islands.", D,
     "ships [it] has", "CHN", ()),
    # (h20g) what an actor is likened to is no actor, and a speaker's country is not taken from inside the quotation
    ("Vietnam's navy said Chinese coast guard personnel boarded two fishing boats on Monday. The navy commander "
     "likened the Chinese personnel to bandits. \"They boarded our boats and seized our nets,\" he said.", D,
     "[They] boarded", "CHN", ("CHNMIL",)),
    ("Vietnam's navy said Chinese coast guard personnel boarded two fishing boats on Monday. \"We demand that the "
     "Chinese return our nets,\" the navy commander, Admiral Tran Van Hoa, told reporters.", D, "Tran Van Hoa",
     "VNMMIL", ()),
    # (h20g) a person the dictionary lacks who served in an office under a person it knows is a former office
    # holder of that person's country
    ("Ecuadorian police detained Marco Vera on Friday. Vera, who served as vice-president under Rafael Correa, was "
     "convicted of corruption.", D, "Marco Vera", "ECUELI", ()),
    ("Prosecutors charged Luis Herrera on Monday. Herrera, who served as finance minister under Alvaro Uribe, denied "
     "wrongdoing.", D, "Luis Herrera", "COLELI", ()),
    # (h20g) "the group" is no body named as another kind of body (a council, a union, the United Nations)
    ("Hezbollah was urged by the UN Security Council on Friday to halt its rocket fire. On Sunday, the group fired "
     "30 rockets at northern Israel.", D, "the [group] fired", "LBNREBHEZ", ()),
    ("Hezbollah was urged by the United Nations to stop firing rockets. The group said it would fight on.", D,
     "The [group] said", "LBNREBHEZ", ()),
    ("Colombian President Gustavo Petro met Venezuelan officials at the Simon Bolivar Bridge on Monday.", D, "the [Simon Bolivar] Bridge", None, ()),
    # (h20h) security agents who seize people are the state's security forces (sectors.yaml COP), the sentence's country
    ("Opposition leader Juan Ortega was seized by hooded agents in Caracas on Tuesday, his party said.", D,
     "hooded agents", "VENCOP", ("VENSPY",)),
    ("Security agents detained two Belarusian journalists in Minsk on Monday.", D, "Security agents", "BLRCOP",
     ("BLRSPY",)),
    # (h21a) a form of address before a family name is the person named before by it ("Ms Anand")
    ("Foreign Minister Anita Anand met Indian envoy Rajesh Malhotra on Monday. Ms Anand said she had told him to "
     "leave.", "2025-06-01", "Ms Anand", "CANGOV", ()),
    ("Foreign Minister Anita Anand met Indian envoy Rajesh Malhotra on Monday. Ms Anand said she had told him to "
     "leave.", "2025-06-01", "told [him]", "INDGOV", ()),
    # (h21a) a name the NER calls an organisation, apposed to a person's title and opening with a given name, is a person
    ("The dispute has pitted Catalonia's regional president, Isabel Ferrer Vidal of the Socialist Party, against the "
     "central government in Madrid.", D, "Isabel Ferrer Vidal", "ESPGOV", ()),
    # (h21a) a place a private person lives in or is exiled in is not their country
    ("The dissident Andrei Kuzmich, who lives in exile in Vilnius, accused Minsk of torturing prisoners.", D,
     "Andrei Kuzmich", "BLROPP", ()),
    ("The blogger Andrei Kuzmich, an exile in Riga, said he feared for his colleagues.", D, "Andrei Kuzmich", None, ()),
    # (h21a) a name under an envoy title is the envoy named by another envoy word just before
    ("Canada expelled a senior Indian diplomat on Monday. High Commissioner Rajesh Malhotra was given five days to "
     "leave.", D, "Rajesh Malhotra", "INDGOV", ()),
    # (h21a) ... and of the country that owns that envoy noun, once its owner is known ("its ambassador to Peru")
    ("Chile recalled its ambassador to Peru on Monday after a row over migrants. Foreign Minister Alberto van Klaveren "
     "said ambassador Jorge Molina would stay in Santiago until further notice.", D, "Jorge Molina", "CHLGOV", ()),
    ("Ghana recalled its envoy to Burkina Faso on Friday. The foreign ministry said envoy Kofi Mensah would return to "
     "Accra for consultations.", D, "Kofi Mensah", "GHAGOV", ()),
    # (h21b) a weapon or armed vehicle that acts stands for the force operating it (sectors.yaml `weapons`); what is
    # shot down or made somewhere is only the country's
    ("Israeli tanks shelled houses on the edge of Khan Younis on Sunday.", D, "Israeli tanks", "ISRMIL", ()),
    ("Two farmers were wounded by Azerbaijani artillery near the border overnight.", D, "Azerbaijani artillery",
     "AZEMIL", ()),
    ("Ukrainian drones set fire to a fuel depot in the Bryansk region, the governor said.", D, "Ukrainian drones",
     "UKRMIL", ()),
    # (h30d) ... and so is one countered (shot down, intercepted): the adjective's military (sectors.yaml `countered_verbs`)
    ("Kyiv's air defences shot down 30 Russian drones overnight.", D, "Russian drones", "RUSMIL", ()),
    ("Iranian-made drones hit a power station near Odesa.", D, "Iranian-made drones", "IRN", ()),
    # (h21b) a bare "the embassy", "the consulate" is the mission of the envoy or mission named just before
    ("Kenya summoned the Chinese ambassador on Monday. The embassy rejected the protest.", D, "The [embassy]",
     "CHNGOV", ()),
    ("MOSCOW, May 2 (Reuters) - Russia's foreign ministry summoned the French ambassador. The embassy declined to "
     "comment.", D, "The [embassy] declined", "FRAGOV", ()),
    ("Turkey's consulate in Mosul was shelled overnight. The consulate said none of its staff were hurt.", D,
     "The [consulate] said", "TURGOV", ()),
    # (h21b) a two-word sector term before a generic head codes the phrase ("coast guard personnel")
    ("Chinese coast guard personnel seized two Vietnamese fishing boats on Friday.", D, "Chinese coast guard personnel",
     "CHNMIL", ()),
    ("Russian border guard officials detained three Estonian citizens on Monday.", D, "Russian border guard officials",
     "RUSMIL", ()),
    # (h21b) a country's nationals are its civilians
    ("Three Pakistani nationals were arrested in Dubai on Sunday.", D, "Three Pakistani nationals", "PAKCVL", ()),
    # (h21b) a television is media; state media acting on another state are not that state's
    ("Iran's state-run television accused Israel of sabotage at the Natanz plant.", D, "Iran's state-run television",
     "IRNMED", ()),
    ("BEIJING (Reuters) - State media accused Washington of meddling on Tuesday.", D, "State media", "CHNMED", ()),
    ("MOSCOW (Reuters) - State television accused Kyiv of shelling the plant.", D, "State television", "RUSMED", ()),
    # (h21b) a place the noun's own phrase puts it in gives its country before the sentence's other places; who backs
    # a militia does not (coref.yaml own_place_prepositions)
    ("Iran-backed militias in Iraq fired rockets at a US base in Syria overnight.", D, "militias", "IRQUAF", ()),
    ("Gunmen in Nigeria kidnapped 20 students near the border with Niger.", D, "Gunmen", "NGAUAF", ()),
    # (h21g) a bare ministry that acts, its sentence naming no actor before it, is the state acting just before
    # (coref.yaml ministry_owner_*), not the country its clause or the story talks about most
    ("Pakistan expelled four Afghan diplomats on Thursday over a visa dispute. The foreign ministry said the Afghan "
     "diplomats had two days to leave.", D, "The foreign [ministry]", "PAKGOV", ()),
    ("Russia summoned the French ambassador on Tuesday over remarks by President Emmanuel Macron. The foreign ministry "
     "said the remarks were unacceptable.", D, "The foreign [ministry]", "RUSGOV", ()),
    ("ISLAMABAD (Reuters) - Pakistan expelled four Afghan diplomats on Thursday. The ministry said the Afghan envoys "
     "had been warned.", D, "The [ministry]", "PAKGOV", ()),
    ("Poland summoned the Belarusian charge d'affaires over remarks by President Alexander Lukashenko. The ministry "
     "said the remarks were a provocation.", D, "The [ministry] said", "POLGOV", ()),
    ("Germany recalled its ambassador from Moscow on Monday. Russia called the move hostile. The foreign ministry said "
     "Berlin would regret it.", D, "The foreign [ministry]", "RUSGOV", ()),
    ("Farmers blocked roads across Poland on Monday. The agriculture ministry said talks would resume.", D,
     "The agriculture [ministry]", "POLGOV", ()),
    # (h21g) "both sides" follows the one side convention of sides.party_side: two armed groups of one country are
    # two sides, not one country's ("both sides" is no lumped Palestine)
    ("RAFAH (Reuters) - Gunmen from Hamas and Islamic Jihad clashed in Rafah on Tuesday, wounding six people. Qatar "
     "urged both sides to stop the fighting.", D, "both sides", "PSEREBHMS+PSEREBPIJ", ()),
    # (h21g) a military government is a junta: the armed forces' sector (ANNOTATION.md; coref.yaml military_rule_*)
    ("Mali's military government expelled the French ambassador on Monday.", D, "Mali's military government",
     "MLIMIL", ()),
    ("Niger's military-led government ordered French troops to leave by the end of the year.", D,
     "Niger's military-led government", "NERMIL", ()),
    ("Thailand's military-backed government approved the budget on Tuesday.", D, "Thailand's military-backed government",
     "THAGOV", ()),
    # (h21g) a descriptive noun right before a named group's name is that group (coref.yaml named_descriptor_heads)
    ("The Lebanese armed group Hezbollah said it had fired rockets at an Israeli army post.", D,
     "The Lebanese armed [group]", "LBNREBHEZ", ()),
    ("The Palestinian militant group Hamas said on Thursday it had fired rockets at Sderot. Israeli troops killed two "
     "members of the Palestinian militant group Islamic Jihad in Jenin on Friday.", D,
     "The Palestinian militant [group] Hamas said", "PSEREBHMS", ()),
    ("The Palestinian militant group Hamas said on Thursday it had fired rockets at Sderot. Israeli troops killed two "
     "members of the Palestinian militant group Islamic Jihad in Jenin on Friday.", D, "two members", "PSEREBPIJ", ()),
    # (h21l) a country name with its own "of" inside "the ministers of X and Y": the whole name is X, and the list
    # goes on after it (the parser may hang Y on the first "of")
    ("The foreign ministers of the Democratic Republic of Congo and Rwanda met in Doha on Monday.", D,
     "The foreign ministers of the Democratic Republic of Congo and Rwanda", "CODGOV+RWAGOV", ()),
    ("The presidents of the Central African Republic and Chad held talks in N'Djamena on Friday.", D,
     "The presidents of the Central African Republic and Chad", "CAFGOV+TCDGOV", ()),
    ("The foreign ministers of the Democratic Republic of Congo met in Luanda on Monday.", D,
     "The foreign ministers of the Democratic Republic of Congo", "CODGOV", ()),
    # (h21l) a national human rights commission is its country's human rights sector, however it is written
    ("Uganda's human rights commission criticised the army on Tuesday.", D, "Uganda's human rights commission",
     "UGAHRI", ()),
    ("The Nigeria National Commission on Human Rights accused soldiers of torturing detainees.", D,
     "The Nigeria National Commission on Human Rights", "NGAHRI", ()),
    ("ABUJA (Reuters) - Soldiers detained dozens of protesters on Monday. The National Human Rights Commission "
     "condemned the arrests on Tuesday.", D, "The National Human Rights Commission", "NGAHRI", ()),
    ("Uganda's electoral commission rejected the opposition's complaint on Tuesday.", D,
     "Uganda's electoral commission", "UGAGOV", ("UGA", "UGAELI")),
    # (h21l) a party's plural sitting in a legislature is that legislature (coref.yaml `body_member_*`)
    ("Republicans in Congress accused the White House of caving to Tehran on Tuesday.", D, "Republicans", "USALEG", ()),
    ("Democrats in Congress criticised the president's budget request on Monday.", D, "Democrats", "USALEG", ()),
    ("Republicans in Texas accused the White House of neglecting the border on Tuesday.", D, "Republicans", None,
     ("USA", "USAPTYREP")),
    # (h22c) an office holder whose title and sentence give no country takes the one the story gives the office
    # (coref.yaml office_story): the dateline's or leading state, never one their own clause acts on; the same office
    # named before with a country; the bodies of the office's domain, when all are of one country ("Vice" is rank)
    ("TOKYO, March 9 (Reuters) - Japan lodged a protest with China on Monday over a naval drill near Okinawa. Vice "
     "Foreign Minister Kenji Okano summoned the Chinese ambassador.", D, "Kenji Okano", "JPNGOV", ()),
    ("Japan and China traded barbs on Monday over the drill. Vice Foreign Minister Kenji Okano summoned the Chinese "
     "ambassador.", D, "Kenji Okano", "JPNGOV", ()),
    ("Japan's foreign ministry said on Monday it had protested to Beijing over the drill. Vice Foreign Minister Kenji "
     "Okano called the drill a provocation.", D, "Kenji Okano", "JPNGOV", ()),
    ("Japan's vice foreign minister summoned China's ambassador on Friday. China and the United States held talks in "
     "Geneva on Monday, and Chinese officials praised the talks. Vice Foreign Minister Kenji Okano criticised the "
     "talks.", D, "Kenji Okano", "JPNGOV", ()),
    ("Chad's government said on Tuesday it had expelled two French diplomats. Interior Minister Ali Mahamat accused "
     "France of meddling.", D, "Ali Mahamat", "TCDGOV", ()),
    # ... what their own clause reports gives them no country when the story gives one ("said Washington was abusing
    # ..." in a story filed from Beijing), and does when it gives none
    ("BEIJING (Reuters) - China on Tuesday criticised new U.S. export controls on chips. Foreign Ministry spokesperson "
     "Lin Wenhua said Washington was abusing national security.", D, "Lin Wenhua", "CHNGOV", ()),
    ("Foreign Minister Kenji Okano said Japan would host the talks next month.", D, "Kenji Okano", "JPNGOV", ()),
    # ... look-alikes: two countries with equal claim, the domain's bodies of two countries say nothing
    ("France and Germany condemned Russia's attack on Kyiv. Foreign Minister Jean Dupont summoned the Russian "
     "ambassador.", D, "Jean Dupont", None, ()),
    ("The United States and Iran held talks in Oman on Monday. Deputy Foreign Minister Reza Tabrizi said the talks "
     "were useful.", D, "Reza Tabrizi", None, ()),
    ("LONDON (Reuters) - Britain's foreign office said on Monday it had summoned Iran's ambassador over the detention of "
     "two British nationals. British officials said the couple had been held for months. Deputy Foreign Minister Majid "
     "Takht-Ravanchi said the two were accused of spying.", D, "Majid Takht-Ravanchi", None, ()),
    # ... and one whose act the person judges by a noun told before is not theirs: the other
    ("The United States imposed sanctions on Iran on Monday. Deputy Foreign Minister Reza Tabrizi condemned the "
     "sanctions.", D, "Reza Tabrizi", "IRNGOV", ()),
    ("WASHINGTON (Reuters) - The United States imposed new sanctions on Iran's oil sector on Thursday, the Treasury "
     "Department said. The State Department said the measures targeted shadow fleet tankers. Deputy Foreign Minister "
     "Kazem Gharibabadi called the sanctions illegal.", D, "Kazem Gharibabadi", "IRNGOV", ()),
    ("Japan's foreign ministry and China's foreign ministry traded accusations on Monday. Vice Foreign Minister "
     "Kenji Okano criticised the drills.", D, "Kenji Okano", None, ()),
    # ... a visitor is a guest of the story's state (office_story.visitor_words)
    ("TOKYO (Reuters) - Japan's prime minister said on Monday Japan would boost defence spending. Japan's foreign "
     "ministry welcomed the plan. Visiting Defence Secretary Mark Hollis said the alliance was strong.", D,
     "Mark Hollis", None, ()),
    ("TOKYO (Reuters) - Japan's prime minister said on Monday Japan would boost defence spending. Japan's foreign "
     "ministry welcomed the plan. Defence Minister Mark Hollis said the alliance was strong.", D, "Mark Hollis",
     "JPNMIL", ("JPNGOV",)),
    # (h22c) a state office holder's own lawyers are not the state: the person's country, their own sector (coref.yaml
    # counsel_state_sectors); an opposition leader's still act for the party (above), a government's for it
    ("SEOUL (Reuters) - South Korean prosecutors indicted Interior Minister Lee Sang-min on Monday on charges of "
     "abuse of power. His lawyers said the charges were politically motivated.", D, "His lawyers", "KORJUD", ()),
    ("Israeli Prime Minister Benjamin Netanyahu testified in his corruption trial on Tuesday. Netanyahu's lawyer "
     "asked the court to postpone the hearing.", D, "Netanyahu's lawyer", "ISRJUD", ()),
    ("Lawyers for the Kenyan government asked the court to dismiss the case.", D, "Lawyers", "KENGOV", ()),
    ("Kenya's interior minister was charged with corruption on Monday. The minister's lawyers said the charges were "
     "false.", D, "minister's lawyers", "KENJUD", ()),
    # (h22c) a protest's organisers and leaders are the protesters' side: their owner, the people last told protesting,
    # else their country's civilians (coref.yaml protest_leaders); organisers of no protest are no one
    ("NAIROBI (Reuters) - Thousands of Kenyans marched in Nairobi on Tuesday against a new finance bill. Protest "
     "organisers accused police of beating demonstrators.", D, "Protest organisers", "KENCVL", ()),
    ("TBILISI (Reuters) - Tens of thousands of Georgians rallied outside parliament on Sunday. Organisers of the rally "
     "called on the government to resign.", D, "Organisers of the rally", "GEOCVL", ()),
    ("Protesters blocked roads in Belgrade on Friday. The demonstrators' leaders demanded that President Aleksandar "
     "Vucic call early elections.", D, "demonstrators' leaders", "SRBCVL", ()),
    ("Thousands of opposition supporters marched through Dhaka on Saturday. Rally organizers said police arrested 50 "
     "people.", D, "Rally organizers", "BGDOPP", ()),
    ("Opposition supporters protested in Kampala on Friday. The protest's leaders accused the police of brutality.", D,
     "protest's leaders", "UGAOPP", ()),
    ("Organisers of the Paris marathon thanked the city on Sunday.", D, "Organisers", None, ()),
    ("Opposition leader Raila Odinga called on President William Ruto to resign.", D, "Raila Odinga", "KENOPP",
     ("KENELI",)),
    # (h22c) people counted are all counted: "Thousands of Serbians and Hungarians" are Hungary's civilians too
    ("Thousands of Serbians and Hungarians protested against the government in Novi Sad.", D, "Hungarians", "HUNCVL",
     ()),
    # (h22c) people harmed with no doer told are not of the country whose forces the story told attacking, when it names
    # another (the attackers' own people may be: "Sudan's army bombed a market")
    ("Russian forces shelled Kharkiv on Monday. Two civilians were killed, the governor said.", D, "Two civilians",
     "UKRCVL", ()),
    ("Sudan's army bombed a market in Darfur on Sunday. Dozens of civilians were killed.", D, "civilians", "SDNCVL",
     ()),
    # (h24a) a person's followers are never the person: their party or armed group when the person leads one, else the
    # civilians of the person's country (coref.yaml `followers`); who acts on a foreign journalist is not of the
    # journalist's country (coref.yaml `foreign_nationals`)
    ("Supporters of former president Jair Bolsonaro stormed government buildings in Brasilia.", "2025-06-10",
     "Supporters", "BRAOPP", ()),
    ("President William Ruto spoke in Eldoret on Wednesday. His supporters attacked journalists in Nakuru.", D,
     "His [supporters]", "KENCVL", ()),
    ("Thousands of Trump supporters marched on the Capitol.", D, "Trump supporters", "USACVL", ()),
    ("Loyalists of General Mohamed Hamdan Dagalo seized the airport.", D, "Loyalists", "SDNREBRSF", ()),
    ("The army arrested a Ukrainian photographer, Russian officials said.", D, "army", "RUSMIL", ()),
    # (h24e) a country's envoy to an organisation is the country's, not the organisation's; the organisation's own envoy
    # stays its; "the council" is the body phrase of that head named before
    ("Algeria's UN envoy criticised Israel on Tuesday.", D, "Algeria's UN envoy", "DZAGOV", ()),
    ("Tunisia's U.N. Ambassador Khaled Mohamed Khiari criticised the resolution.", D, "Khaled Mohamed Khiari", "TUNGOV",
     ()),
    ("The UN envoy for Syria criticised Israel on Tuesday.", D, "UN envoy", "IGOUNO", ()),
    ("Senegal's Constitutional Council declared Faye the winner. The council later rejected three petitions.", D,
     "The [council] later", "SENJUD", ()),
    # (h24i) the armed forces' command speaks for them (sectors.yaml MIL "defence headquarters", "general staff"); a
    # country's state security service named in full is its SPY, never the US "Department of State" inside the name
    ("ABUJA - The Defence Headquarters said on Monday that soldiers had killed 12 bandits in Katsina State.", D,
     "Defence Headquarters", "NGAMIL", ()),
    ("Mali's general staff said in a statement that an army convoy had been ambushed near Gao.", D, "general staff",
     "MLIMIL", ()),
    ("Nigeria's Department of State Services arrested two journalists in Lagos on Friday.", D,
     "Department of State Services", "NGASPY", ()),
    # (h24i) a ruling party is its country's government while it rules (groups.yaml roles), a party before it did not
    ("The European Union criticised Georgian Dream over the new foreign agents law.", "2024-05-15", "Georgian Dream",
     "GEOGOV", ()),
    ("Georgian Dream was founded by the billionaire Bidzina Ivanishvili in April.", "2012-06-01", "Georgian Dream",
     "GEOPTYGDR", ()),
    # (h24i) a party's name holding a sector word ("Union") is the party, not trade unionists
    ("Guinea's junta suspended the Union of Democratic Forces of Guinea on Saturday.", D,
     "Union of Democratic Forces of Guinea", "GINPTYUFD", ()),
    # (h25d) a group ruling a country names its state organs (coref.yaml `ruling_group_organs`), not before it ruled
    ("George Glezmann was detained by Taliban intelligence in Kabul.", D, "Taliban intelligence", "AFGSPY", ()),
    ("Taliban police detained a journalist in Kabul.", "2019-05-01", "Taliban police", "AFGREBTAL", ()),
    ("Hamas police detained a journalist in Gaza.", D, "Hamas police", "PSEREBHMS", ()),
    # (h25d) a trade names a civilian, whatever the employer before it
    ("The Taliban released an American airline mechanic on Thursday.", D, "American airline mechanic", "USACVL", ()),
    ("The Taliban released an American airline executive on Thursday.", D, "American airline executive", "USABUS", ()),
    # (h25d) an aid body by its name alone is an international NGO; a noun calling itself a name is its actor
    ("Relief International said nine of its staff were killed in Sudan.", D, "Relief International", "NGO", ()),
    ("A group calling itself the Military Command for the Restoration of Order said in a statement read on state "
     "television in Bissau that it had taken control.", D, "A [group] calling", "GNBMIL", ()),
    # (h25d) a person named with an age right after one told by an indefinite description is that person; not when two
    # were described
    ("The Taliban released an American airline mechanic on Thursday. George Glezmann, 66, was detained in Kabul in "
     "2022.", D, "George Glezmann", "USACVL", ()),
    ("Police arrested a British tourist and a French student on Monday. John Smith, 45, was released later.", D,
     "John Smith", None, ()),
    # (h25d) "six others" the same doer acted on are more of its counted objects
    ("Beijing added 12 U.S. companies to an export control list and placed six others, mostly defence firms, on its "
     "unreliable entity list.", D, "six [others]", "USABUS", ()),
    # (h25d) the Kenya-led mission in Haiti by its name without "Kenya-led"
    ("Officers backed by Kenyan personnel from the U.N.-backed Multinational Security Support mission launched an "
     "operation.", D, "Multinational Security Support mission", "IGOAMRMSS", ()),
    # (h25d) a camp of the displaced is theirs
    ("The RSF seized the Zamzam displacement camp in Sudan.", D, "Zamzam displacement camp", "SDNREF", ()),
    # (h25i) Malay honorifics of several words before a known person's name are titles, not the name
    ("Malaysian Prime Minister Anwar Ibrahim met Prime Minister Lawrence Wong in Putrajaya. Mr Wong thanked Datuk Seri "
     "Anwar for his personal commitment to the project.", "2025-01-08", "Datuk Seri [Anwar]", "MYSGOV", ()),
    ("Malaysian Prime Minister Anwar Ibrahim met Prime Minister Lawrence Wong in Putrajaya. Dato' Sri Anwar said ties "
     "were strong.", "2025-01-08", "Sri Anwar", "MYSGOV", ()),
    # guard: their second words alone are names ("Sri Mulyani" is no "Mulyani")
    ("Indonesian Finance Minister Sri Mulyani Indrawati met Malaysian officials. Sri Mulyani said growth would slow.",
     "2023-09-02", "Sri Mulyani said", "IDNGOV", ()),
    # (h25i) an electoral body of no country that declares a person the winner is that person's country's
    ("Argentina's Foreign Ministry said the expulsion would not change its position. The National Electoral Council "
     "(CNE) declared Maduro the winner with 51.2 percent of the vote.", "2024-07-30", "National Electoral Council",
     "VENGOV", ()),
    # guard: a body with its country written keeps it
    ("Argentina's Foreign Ministry said the expulsion would not change its position. Venezuela's National Electoral "
     "Council declared Maduro the winner.", "2024-07-30", "Venezuela's National Electoral Council", "VENGOV", ()),
    ("Brazil's Foreign Ministry said it was concerned. Argentina's electoral council declared Milei the winner.",
     "2023-11-20", "Argentina's electoral council", "ARGGOV", ()),
    # (h25i) "the two armies" are the two countries' armies, not the army named last
    ("Cambodian troops exchanged fire with Thai troops on the border. Thai Prime Minister Paetongtarn Shinawatra said "
     "the two armies had agreed to withdraw.", "2025-05-29", "the two armies", "KHMMIL+THAMIL", ()),
    # (h25i) a body of one sector "from both sides" with no country of its own is that body of each side
    ("Cambodian troops exchanged fire with Thai troops on the border. Army commanders from both sides met at a border "
     "checkpoint.", "2025-05-29", "Army commanders", "KHMMIL+THAMIL", ()),
    # guards: a body with its country written keeps it; "two armies" with no pair before is no pair
    ("Cambodian troops exchanged fire with Thai troops on the border. Thai army commanders from both sides met.",
     "2025-05-29", "Thai army commanders", "THAMIL", ()),
    ("Sudan's army said it had retaken the city.", "2025-05-29", "Sudan's army", "SDNMIL", ()),
    # (h25i) a bare title as its clause's subject is not the person of the country its clause acts on
    ("Turkish Foreign Minister Hakan Fidan was received by his Iraqi counterpart Fuad Hussein in Baghdad. Fidan told "
     "a joint press conference with Hussein that Turkey stood with Iraq. The minister also urged Baghdad to take "
     "firmer steps against the PKK, which Ankara says uses northern Iraq as a base.", "2025-04-16",
     "The [minister] also urged", "TURGOV", ()),
    # guards: with no other minister named, the one named stays; one its clause does not act on is the last named
    ("Iraqi Foreign Minister Fuad Hussein visited Ankara. The minister urged Baghdad's neighbours to help.",
     "2025-04-16", "The [minister] urged", "IRQGOV", ()),
    ("Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Baghdad. Fidan thanked Hussein. "
     "The minister later urged Syria to act against the PKK.", "2025-04-16", "The [minister] later", "IRQGOV", ()),
    # (h25i) a state body that prosecutes graft is judicial, of the story's country
    ("An accountability court in Rawalpindi sentenced former prime minister Imran Khan to 14 years in prison. The "
     "National Accountability Bureau (NAB) had accused Khan of receiving land from a property tycoon.", "2025-01-18",
     "National Accountability Bureau", "PAKJUD", ()),
    # (h25i) named border forces: India's BSF, Border Guard Bangladesh
    ("The Border Guard Bangladesh (BGB) has sought a flag meeting with the BSF to discuss the incident.", "2024-09-03",
     "Border Guard Bangladesh", "BGDMIL", ()),
    ("The Border Guard Bangladesh (BGB) has sought a flag meeting with the BSF to discuss the incident.", "2024-09-03",
     "with the [BSF]", "INDMIL", ()),
    # (h26a) a place, actor or nationality named inside a relative or participial clause on another noun says where
    # those others are, not whose the noun is; nor does the charge a clause of suspicion on the noun itself makes
    ("CHISINAU (Reuters) - Moldova's government ordered an inquiry. Police detained 40 people suspected of training "
     "at camps in Belarus.", "2025-09-30", "Police", "MDACOP", ()),
    ("CHISINAU (Reuters) - Moldova's government ordered an inquiry. Police detained 40 people suspected of training "
     "at camps in Belarus.", "2025-09-30", "40 people", "MDACVL", ()),
    ("TBILISI (Reuters) - Georgia's parliament passed the media law on Tuesday. Opposition leaders called a rally "
     "outside parliament and accused the ruling party of harassing journalists who work for outlets in Ukraine.",
     "2025-09-30", "outside [parliament]", "GEOLEG", ()),
    ("NAIROBI (Reuters) - Kenya's president signed the finance bill. Police fired tear gas at students who had "
     "returned from Uganda to join the protest.", "2025-09-30", "Police", "KENCOP", ()),
    # guards: a place on the noun's own clause or act still counts, and so does one in a clause the noun is in
    ("Police raided homes in Tanzania on Tuesday.", "2025-09-30", "Police", "TZACOP", ()),
    ("Dozens of people who were detained by police in Uganda were released on Friday.", "2025-09-30", "by [police]",
     "UGACOP", ()),
    # (h26a) a bare "the government" a state office holder speaks of, with a participle of speech too, is the speaker's
    ("PRISTINA (Reuters) - The Serbian government condemned the raids. Kurti rejected the criticism, telling reporters "
     "the government was only enforcing the law.", "2025-09-30", "the [government] was", "XKXGOV", ()),
    ("PRISTINA (Reuters) - The Serbian government condemned the raids. Kurti said the government would keep "
     "enforcing the law.", "2025-09-30", "the [government] would", "XKXGOV", ()),
    ("BELGRADE (Reuters) - Kosovo's government ordered the raids. Vucic rejected the move, telling reporters the "
     "government would protect Serbs.", "2025-09-30", "the [government] would", "SRBGOV", ()),
    # guard: a government the speaker names is the one named
    ("PRISTINA (Reuters) - Kurti rejected the criticism, telling reporters the Serbian government was lying.", "2025-09-30",
     "Serbian government", "SRBGOV", ()),
    # (h26a) a commission or party its modifiers make a state's is no international body named before
    ("MAPUTO (Reuters) - The European Union criticised the count. The ruling party won 71% of the vote, the "
     "electoral commission said.", "2025-09-30", "electoral commission", "MOZGOV", ()),
    ("MAPUTO (Reuters) - The European Union criticised the count. The ruling party won 71% of the vote, the "
     "electoral commission said.", "2025-09-30", "ruling party", "MOZGOV", ()),
    ("CHISINAU (Reuters) - The European Union welcomed the vote. The central election commission barred two parties "
     "from running.", "2025-09-30", "central election commission", "MDAGOV", ()),
    # guards: "the bloc" after the EU is the EU; a bloc's own name describes no earlier body
    ("BRUSSELS (Reuters) - The European Union agreed new sanctions on Russia. The bloc said they would take effect on "
     "Monday.", "2025-09-30", "bloc", "IGOEUREEC", ()),
    ("CHISINAU (Reuters) - The European Union welcomed the vote. The Russia-friendly Patriotic Electoral Bloc came "
     "second.", "2025-09-30", "Patriotic Electoral Bloc", None, ("MDAOPP",)),
    # (h26a) legislators a person speaks to are the speaker's own, a pronoun's too
    ("BRUSSELS (Reuters) - The EU approved sanctions against Russia. Moscow said Russia would respond. Slovak Prime "
     "Minister Robert Fico had blocked the package. He lifted his veto, though he told lawmakers that further vetoes "
     "could follow.", "2025-09-30", "lawmakers", "SVKLEG", ()),
    ("BRUSSELS (Reuters) - The EU approved sanctions against Russia. Moscow said Russia would respond. Slovak Prime "
     "Minister Robert Fico had blocked the package. On Thursday he briefed lawmakers on the assurances.", "2025-09-30",
     "lawmakers", "SVKLEG", ()),
    # guard: urging is no addressing; a place of the legislators' own is theirs
    ("Slovak Prime Minister Robert Fico met Ukrainian officials. He urged lawmakers in Kyiv to back the deal.", "2025-09-30",
     "lawmakers", "UKRLEG", ()),
    # (h26a) a generic noun in apposition to a named group restates it: the group's country
    ("KINSHASA (Reuters) - Congo pledged to neutralise the FDLR, a militia founded by Hutu extremists.", "2025-09-30",
     "a [militia]", "RWAUAF", ("RWAREBFDL",)),
    ("GOMA (Reuters) - Congolese troops clashed with the FDLR, an armed group, near the town of Rutshuru.", "2025-09-30",
     "armed group", "RWAREB", ("RWAREBFDL",)),
    # guard: a nationality written on the noun is its own
    ("KINSHASA (Reuters) - Congo pledged to neutralise the FDLR, a Rwandan militia.", "2025-09-30", "Rwandan militia",
     "RWAUAF", ()),
    # (h26a) parties counted with a describing word are no pair of the sides named before; "the two parties" are
    ("Georgia and Russia held talks on Friday. The commission barred two opposition parties from running.", "2025-09-30",
     "two opposition parties", "GEOOPP", (None,)),
    ("CHISINAU (Reuters) - Moldova's ruling party won the vote. The Kremlin denied meddling. The central election "
     "commission also barred two pro-Russian parties from running.", "2025-09-30", "two pro-Russian parties", None, ()),
    ("Armenia and Azerbaijan signed a deal. The two parties agreed to reopen borders.", "2025-09-30", "The two parties",
     "ARM+AZE", ()),
]

# Capitals and seats named as places: the country at most, never its government.
PLACE_SPEC = [
    ("Talks between the two delegations were held in Moscow.", D, "in [Moscow]", "RUS", (None,)),
    ("Thousands of protesters gathered in Tehran on Friday.", D, "in [Tehran]", "IRN", (None,)),
    ("A car bomb exploded near a market in Kabul.", D, "in [Kabul]", "AFG", (None,)),
    ("Vladimir Putin arrived in Beijing on Thursday for a two-day visit.", D, "in [Beijing]", "CHN", (None,)),
    ("The summit will take place in Washington and Ottawa.", D, "in [Washington]", "USA", (None,)),
    ("The summit will take place in Washington and Ottawa.", D, "and [Ottawa]", "CAN", (None,)),
    ("A drone was shot down near the Kremlin overnight.", D, "Kremlin", "RUS", (None,)),
    ("Ivory Coast recalled its ambassador from Paris.", D, "from [Paris]", "FRA", (None,)),
    ("The Elysee said the president would travel to Algiers next week.", D, "to [Algiers]", "DZA", (None,)),
    ("Fighting continued on the outskirts of Khartoum.", D, "of [Khartoum]", "SDN", (None,)),
    ("Sudanese police fired tear gas at demonstrators in Khartoum.", D, "in [Khartoum]", "SDN", (None,)),
    ("The Americans and the Iranians held indirect talks in Oman.", D, "in [Oman]", "OMN", (None,)),
    ("Syrian refugees in Lebanon fear forced returns.", D, "in [Lebanon]", "LBN", (None,)),
    ("Min Aung Hlaing inspected troops in Naypyidaw.", "2015-11-02", "in [Naypyidaw]", "MMR", (None,)),
    ("Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "2025-02-02", "in [Riyadh]", "SAU",
     (None,)),
    ("NATO will hold its summit in The Hague in June.", D, "in [The Hague]", "NLD", (None,)),
    (T_HLAING_MOSCOW, "2025-03-05", "in [Moscow]", "RUS", (None,)),
    (T_HLAING_MOSCOW, "2025-03-05", "at the [Kremlin]", "RUS", (None,)),
    (T_SHARAA, "2025-02-04", "in [Ankara]", "TUR", (None,)),
    (T_PETROVSKY, D, "in [Tehran]", "IRN", (None,)),
    (T_ZELENSKY_TRUMP, "2025-02-28", "at the [White House]", "USA", (None,)),
    (T_STARMER, "2024-08-28", "in [Berlin]", "DEU", (None,)),
    ("Shots were fired near the Lebanese border overnight.", D, "Lebanese border", "LBN", (None,)),
]

ALL = SPEC + PLACE_SPEC


# ---------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _extract(text: str, published: str):
    """One pipeline run per distinct (text, date); the first call loads the shared pipeline."""
    return eventwire.extract(text, published=published)


def _target(text: str, key: str) -> tuple[int, int]:
    """Character span of the row's mention key in the text (see the module docstring)."""
    if "[" in key:
        left, rest = key.split("[", 1)
        inner, right = rest.split("]", 1)
        context = left + inner + right
        pos = text.find(context)
        assert pos >= 0, f"context {context!r} not in text"
        return pos + len(left), pos + len(left) + len(inner)
    m = re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text)
    assert m, f"{key!r} not in text"
    return m.start(), m.end()


def _find_mention(art, start: int, end: int):
    exact = [m for m in art.mentions if (m.start, m.end) == (start, end)]
    if exact:
        return exact[0]
    around = [m for m in art.mentions if m.start <= start and end <= m.end]
    if around:
        return min(around, key=lambda m: m.end - m.start)
    inside = [m for m in art.mentions if start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: m.end - m.start)
    return None


def _describe(art) -> str:
    rows = []
    for m in art.mentions:
        a = art.actor(m.actor_id)
        members = "+".join(art.actor(x).code or "?" for x in a.members) if a.members else ""
        rows.append(f"  [{m.text}] -> {a.code}{' members=' + members if members else ''} "
                    f"({a.kind}, {m.resolution})")
    return "\n".join(rows) or "  (no mentions)"


def _coded(art, mention) -> str | None:
    """The code a row compares: the actor's code, or "A+B" of a compound actor's members."""
    if mention is None:
        return None
    actor = art.actor(mention.actor_id)
    if actor.members:
        return "+".join(sorted(art.actor(x).code or "?" for x in actor.members))
    return actor.code


def _norm(expected: str | None) -> str | None:
    if expected is not None and "+" in expected:
        return "+".join(sorted(expected.split("+")))
    return expected


def _id(row) -> str:
    text, published, key, expected, _ = row
    return f"{key}|{expected}|{published}|{text[:40]}"


# Rows expected to fail (non-strict xfail) until the resolver is fixed; an unexpected pass is
# reported (XPASS) so the list can shrink. The 53 gaps of 2026-11-29 (issue 3) are fixed.
KNOWN_GAPS = frozenset([
    # "analyst" is neither a sector word nor a generic head: the apposition gives no affiliation
    "test_actor_code[Lena Fischer|NGOAMN|2025-03-05|Lena Fischer, an analyst at Amnesty Inte]",
    # "The general" as subject of "thanked": not yet resolved in this parse
    "test_actor_code[The [general]|MMRMIL|2023-09-01|Min Aung Hlaing visited Moscow. The gene]",
])


def _params(rows, test):
    out = []
    for r in rows:
        rid = _id(r)
        escaped = rid.encode("unicode_escape").decode("ascii")  # pytest's form of non-ASCII ids
        if f"{test}[{rid}]" in KNOWN_GAPS or f"{test}[{escaped}]" in KNOWN_GAPS:
            out.append(pytest.param(*r, id=rid, marks=pytest.mark.xfail(reason="known resolver gap (issue 3)", strict=False)))
        else:
            out.append(pytest.param(*r, id=rid))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("text, published, key, expected, alternatives", _params(ALL, "test_actor_code"))
def test_actor_code(text, published, key, expected, alternatives):
    art = _extract(text, published)
    start, end = _target(text, key)
    mention = _find_mention(art, start, end)
    got = _coded(art, mention)
    accepted = {_norm(e) for e in (expected, *alternatives)}
    where = f"mention {mention.text!r} ({mention.resolution})" if mention else "no mention"
    assert got in accepted, (f"{key!r} in {text!r} ({published}): got {got!r} from {where}; expected "
                             f"{expected!r}{' or ' + repr(alternatives) if alternatives else ''}\n{_describe(art)}")


@pytest.mark.slow
@pytest.mark.parametrize("text, published, key, expected, alternatives", _params(PLACE_SPEC, "test_capital_as_place"))
def test_capital_as_place(text, published, key, expected, alternatives):
    """A capital or seat named as a place is resolved as a place (or not at all), never as a government."""
    art = _extract(text, published)
    start, end = _target(text, key)
    mention = _find_mention(art, start, end)
    if mention is None:
        return
    code = _coded(art, mention) or ""
    assert not code.endswith("GOV") and mention.resolution == "place", (
        f"{key!r} in {text!r}: {mention.text!r} resolved {mention.resolution!r} as {code!r}\n{_describe(art)}")


def test_spec_is_large_enough():
    assert len(ALL) >= 160
    assert len(set(ALL)) == len(ALL), "duplicate rows"


# Identity: (text, mention a, mention b, same actor?). Two phrases with one code are one actor only
# when they describe the same thing: "the government" is not an earlier "pro-Kurdish mayor".
IDENTITY = [
    ("Police arrested a pro-Kurdish mayor in Diyarbakir, the Interior Ministry said. Opposition leader "
     "Ozgur Ozel accused the government of trampling on democracy.", "pro-Kurdish mayor", "accused the [government]", False),
    ("Police arrested a pro-Kurdish mayor in Diyarbakir, the Interior Ministry said. Opposition leader "
     "Ozgur Ozel accused the government of trampling on democracy.", "Interior Ministry", "accused the [government]", False),
    ("Police arrested a pro-Kurdish mayor in Diyarbakir on Monday. Opposition leaders called for the "
     "mayor's release.", "pro-Kurdish mayor", "the [mayor]'s release", True),
    ("Russian troops shelled the town on Monday. The troops later withdrew.", "Russian troops", "The troops", True),
    # "the soldiers" are those named shortly before, not the country of the sentence that urges them
    ("Soldiers in Guinea-Bissau seized power on Wednesday and arrested the president. Portugal urged the soldiers "
     "to return to their barracks.", "Soldiers", "urged the [soldiers]", True),
    # a counted group is one per count: the people killed in one town are not those wounded in another
    ("Russian drones hit Ternopil overnight, killing seven people, the governor said. Two people were wounded by "
     "shelling in Kherson, officials said.", "seven people", "Two people", False),
    # an indefinite description, then the one unknown name of its kind: one body
    ("Britain imposed sanctions on a Cyprus-based shipping company on Tuesday. Nordvik Tanker Management was added "
     "to the sanctions list, the Foreign Office said.", "Cyprus-based shipping company", "Nordvik Tanker Management",
     True),
    # ... but a known body's name the parser hangs on it is another body
    ("The Malaysia Airlines Boeing 777 flight MH17 was blown up over Eastern Ukraine by a missile.", "Malaysia Airlines",
     "Boeing", False),
    # (h17e) the name a person is known as is that person; a mission abroad is not a host body of the same code
    ("The escape of gang leader Jose Ramirez, known as \"El Gordo,\" from a prison in San Pedro Sula set off riots. "
     "Police said El Gordo had fled to Guatemala.", "Jose Ramirez", "said [El Gordo]", True),
    ("BAMAKO, May 3 (Reuters) - Mali's prosecutor's office said five soldiers had been arrested. Russia closed its "
     "embassy in Bamako and consular offices on Monday.", "prosecutor's office", "consular offices", False),
    # (h20c) a kin noun that says its person's sex: a pronoun of the other sex is not that person
    ("A court jailed activist Pavel Sevrin on Monday. Sevrin's wife, Olga Sevrina, appealed for help. His mother, "
     "Irina Sevrina, criticised the court.", "Pavel Sevrin", "[His] mother", True),
    # (h21a) the sex a given name, a form of address or a gendered title tells: a pronoun of the other sex is not
    # that person (given_names.yaml, coref.yaml `person_gender_words`)
    ("Prime Minister Giorgia Meloni hosted President Emmanuel Macron in Rome on Monday. He praised her leadership.",
     "Emmanuel Macron", "[He] praised", True),
    ("Kamala Harris launched her campaign in Milwaukee on Sunday. Donald Trump attacked her record.", "Kamala Harris",
     "attacked [her] record", True),
    ("Police detained opposition leader Ilya Sorokin in Moscow on Monday. His spokeswoman Zhenya Volkova said his "
     "lawyers had not seen him.", "Ilya Sorokin", "said [his] lawyers", True),
    ("Foreign Minister Anita Anand met Indian envoy Rajesh Malhotra on Monday. Ms Anand said she had told him to "
     "leave.", "Rajesh Malhotra", "told [him]", True),
    # (h21a) "she" after a person of no known sex takes the woman named next to them (coref.yaml
    # `preferred_pronoun_sexes`) ...
    ("Chinese Premier Li Qiang met German Chancellor Olaf Scholz and European Commission President Ursula von der "
     "Leyen in Berlin. \"We will defend our industries,\" she told reporters after the meeting.",
     "Ursula von der Leyen", "[she] told", True),
    # ... but "he" keeps its antecedent by position, and a woman's own "she" stays hers
    ("Joe Biden met Xi Jinping in California on Wednesday. Xi said he wanted stable ties.", "Xi Jinping",
     "said [he]", True),
    ("Kaja Kallas met Ursula von der Leyen in Brussels. Kallas said she would push for new sanctions.", "Kaja Kallas",
     "said [she]", True),    # (h24a) followers are not their leader, also when they share the leader's code
    ("Imran Khan was arrested on Tuesday. His supporters attacked the police in Lahore.", "Imran Khan",
     "His [supporters]", False),
    ("Supporters of opposition leader Tundu Lissu clashed with police.", "Tundu Lissu", "Supporters", False),
    # (h24i) "the ruling party" is the ruling party named before, now that both carry the government's code
    ("President Salome Zourabichvili is a critic of the ruling Georgian Dream party. The European Union froze "
     "accession talks. The United States said the ruling party's decisions violated the constitution.",
     "Georgian Dream", "ruling [party]'s decisions", True),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, a, b, same", IDENTITY, ids=[f"{r[1]}~{r[2]}" for r in IDENTITY])
def test_actor_identity(text, a, b, same):
    art = _extract(text, D)
    ma, mb = (_find_mention(art, *_target(text, k)) for k in (a, b))
    assert ma is not None and mb is not None, _describe(art)
    assert (ma.actor_id == mb.actor_id) is same, f"{ma.text!r} {ma.actor_id} / {mb.text!r} {mb.actor_id}\n{_describe(art)}"
