"""Spec table for eventwire.coding.geo: where each event happened (issue 5).

Each row runs the whole default pipeline over one invented sentence and finds the event by its
trigger word; the expected place is (name, ISO3 country) or None when the sentence does not say
where the event happened. The rules under test:

- a locative phrase in the event's own clause places it ("met ... in Tokyo", "at the Kremlin");
- a locative on the event's object places it ("attended the summit in Cairo");
- a locative on a noun deeper in the clause, or inside a temporal/topical phrase, places that
  noun, not the event ("praised the leadership in the war in Ukraine", "after the coup in Niamey");
- a capital that is an actor is not a place ("visited Tehran" has no place);
- an act of force whose object is a place name happened there ("attacked the town of Cabaret");
- with no locative, the dateline ("BEIRUT (AP) -") places an event when its country is where the act
  was likely done: the target's for acts of force, either side's for cooperation, else the source's.
"""
from __future__ import annotations

import pytest

import eventwire
from eventwire.coding.geo import find_dateline, geocode, preferred_countries

PUB = "2025-03-05"

# (id, text, trigger, expected (name, country) or None)
CASES = [
    ("in-city", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Saturday.",
     "met", ("Tokyo", "JPN")),
    ("host-in-city", "The German chancellor hosted the Polish prime minister in Berlin.", "hosted", ("Berlin", "DEU")),
    ("landmark-seat", "Hungary's prime minister held talks with Vladimir Putin at the Kremlin.", "held", ("Moscow", "RUS")),
    ("near-town", "Sudanese paramilitary forces attacked a camp for displaced people near El Fasher.",
     "attacked", ("El Fasher", "SDN")),
    ("outside-city", "Somali troops fought al-Shabaab militants outside Mogadishu on Friday.", "fought", ("Mogadishu", "SOM")),
    ("object-phrase", "Kenya's president attended the summit in Cairo on Sunday.", "attended", ("Cairo", "EGY")),
    ("complement-clause", "Putin announced that a military unit from Myanmar would participate in the military "
     "parade in Moscow on May 9.", "participate", ("Moscow", "RUS")),
    ("during-phrase", "Turkey and Syria signed a trade agreement during a ceremony in Ankara.", "signed", ("Ankara", "TUR")),
    ("at-conference", "Germany pledged humanitarian aid to Syria at a donor conference in Brussels on Monday.",
     "pledged", ("Brussels", "BEL")),
    ("at-summit", "The European Union imposed sanctions on Belarus at a summit in Brussels.", "imposed", ("Brussels", "BEL")),
    ("clash-in-capital", "Protesters clashed with police in Dhaka after the verdict.", "clashed", ("Dhaka", "BGD")),
    ("object-in-city", "Russian forces shelled a hospital in Kharkiv, Ukrainian officials said.", "shelled", ("Kharkiv", "UKR")),
    ("dateline", "KYIV (Reuters) - Ukraine accused Russia of attacking its energy grid.", "accused", ("Kyiv", "UKR")),
    ("dateline-source", "TEHRAN (Reuters) - Iran expelled two French diplomats on Monday.", "expelled",
     ("Tehran", "IRN")),
    ("dateline-force-target", "KYIV (Reuters) - Russian forces shelled Ukrainian villages on Sunday.", "shelled",
     ("Kyiv", "UKR")),
    ("dateline-one-sided-force", "BISSAU (Reuters) - Guinea-Bissau's army imposed a curfew on Thursday.", "imposed",
     ("Bissau", "GNB")),
    ("known-inside-unknown", "NEW DELHI, May 7 (Reuters) - India launched missile strikes on nine sites in Pakistan and "
     "Pakistani Kashmir early on Wednesday.", "launched", ("Pakistan", "PAK")),
    # --- not the event's place -------------------------------------------------------------
    ("deep-noun", "Min Aung Hlaing praised Vladimir Putin's leadership in the war in Ukraine.", "praised", None),
    ("after-phrase", "The African Union suspended Niger after the coup in Niamey.", "suspended", None),
    ("capital-visited", "The Saudi foreign minister visited Tehran last week.", "visited", ("Tehran", "IRN")),
    ("no-locative", "The United States imposed sanctions on Venezuelan officials.", "imposed", None),
    # an act of force whose object is a place happened there, and so did what its participles tell
    ("town-object", "PORT-AU-PRINCE, Oct 1 (AP) - Gang members attacked the town of Cabaret, north of the capital, "
     "killing at least 15 people, Haitian police said.", "attacked", ("Cabaret", "HTI")),
    ("town-object-participle", "PORT-AU-PRINCE, Oct 1 (AP) - Gang members attacked the town of Cabaret, north of the "
     "capital, killing at least 15 people, Haitian police said.", "killing", ("Cabaret", "HTI")),
    # a locative elsewhere in the sentence that places another happening or sits in a relative clause on
    # another noun is not the event's ("a letter that raised fears of a new conflict in the Horn of Africa")
    ("relative-elsewhere", "ADDIS ABABA, Oct 30 (Reuters) - Ethiopia accused Eritrea on Wednesday of preparing to "
     "wage war, in a letter that raised fears of a new conflict in the Horn of Africa.", "accused",
     ("Addis Ababa", "ETH")),
    # ... but a strike carried out somewhere is the event, and so is its participle
    ("strike-participle", "Israel's military carried out an air strike in Khan Younis on Sunday, killing three "
     "people, according to Gaza's civil defence agency.", "killing", ("Khān Yūnis", "PSE")),
    # a visit to a place happened there; a local place named as one is in the story's countries
    ("visit-object", "MAPUTO, June 12 (Reuters) - Mozambican President Daniel Chapo visited Kigali last month.",
     "visited", ("Kigali", "RWA")),
    ("province-compound", "MAPUTO, June 12 (Reuters) - Islamic State-linked insurgents attacked a village in "
     "Mozambique's northern Cabo Delgado province on Tuesday.", "attacked", ("Cabo Delgado", "MOZ")),
    # what something is aimed at is no place ("patrols aimed at Japan")
    ("aimed-at", "BEIJING, Nov 17 (Reuters) - China has denied that the coast guard patrols are aimed at Japan.",
     "denied", ("Beijing", "CHN")),
    # a place owned by a town is in the town's country ("Khost's Gurbuz district" is no Turkish Gürbüz)
    ("owned-district", "ISLAMABAD, Dec 3 (AFP) - Pakistani jets struck Afghanistan on Tuesday. Taliban spokesman "
     "Zabihullah Mujahid said 14 civilians were killed when homes in Khost's Gurbuz district were hit. Turkey's "
     "foreign minister Hakan Fidan called for calm.", "killed", ("Khōst", "AFG")),
    # the dateline of a story told from elsewhere: no place
    ("dateline-other-country", "MOGADISHU (Reuters) - Eritrea's information minister accused Ethiopia of "
     "preparing for war.", "accused", None),
    ("dateline-force-elsewhere", "NEW DELHI (Reuters) - Indian jets struck Pakistani army posts on Wednesday.",
     "struck", None),
    ("dateline-foreign-source", "PORT-AU-PRINCE, Oct 1 (AP) - The United States designated Haiti's Viv Ansanm gang "
     "coalition a foreign terrorist organisation.", "designated", None),
    ("dateline-neighbour", "BANGKOK (Reuters) - Myanmar's military carried out air strikes on rebel-held towns "
     "on Sunday.", "carried", None),
    # a place name the geocoder does not know: no place, not the dateline's
    ("unknown-place", "PORT-AU-PRINCE, June 3 (Reuters) - Gang members killed at least ten people in Morne Zorvanto on "
     "Monday, police said.", "killed", None),
    # a small town (GeoNames cities1000) is found in the article's own countries only
    ("town-in-own-country", "PORT-AU-PRINCE, June 3 (Reuters) - Gang members killed at least ten people in Mirebalais on "
     "Monday, police said.", "killed", ("Mirebalais", "HTI")),
    ("town-of", "Gang members killed at least ten people in the town of Mirebalais, Haitian police said.", "killed",
     ("Mirebalais", "HTI")),
    # --- from a blind grader's review of 2025 wire stories ---------------------------------------
    # a free relative of naming is the object's phrase: where the hideouts were, the strikes fell
    ("free-relative", "ISLAMABAD, Dec 3 (AFP) - Pakistani warplanes struck what Islamabad described as militant "
     "hideouts in Afghanistan's Khost and Paktika provinces late on Tuesday.", "struck", ("Khōst", "AFG")),
    # praise and thanks are said where the speaker is, not in the capital the story is filed from
    ("thanks-from-home", "LONDON, Nov 20 (Reuters) - Britain imposed sanctions on a Russian shipping firm on Thursday. "
     "Ukrainian President Volodymyr Zelenskiy thanked Britain for the move.", "thanked", None),
    # a place inside what someone said is not where it was said
    ("saying-place", "Hanna Tetteh, the head of the U.N. Support Mission in Libya, urged all Libyan authorities to "
     "cooperate with the ICC, saying the families of the victims in Tarhuna had waited far too long for justice.",
     "urged", None),
    # (a denial aimed at no one beside the act denied is that act, denied: h16l; the accuser's claim keeps it)
    ("denied-place", "Israel denied Hamas's claim that its troops had fired on Palestinians near an aid site in "
     "Rafah.", "denied", None),
    # a common noun with an article is no town ("the Gulf" is not Gulf province, Papua New Guinea)
    ("the-gulf", "Iran has seized several foreign tankers in and around the Gulf in recent years.", "seized", None),
    # one act done to several targets is done in one place: the dateline stands in for all or none
    ("one-act-many-targets", "PRISTINA, Nov 11 (Reuters) - The European Union urged Serbia and Kosovo to refrain "
     "from any step that could escalate tensions.", "urged", None),
    # a site named by a place ("the Rafah border crossing") places the act; an unknown name, no place
    ("known-site", "CAIRO, Dec 3 (Reuters) - Egyptian authorities shut the Rafah border crossing on Wednesday.",
     "shut", ("Rafaḩ", "EGY")),
    ("unknown-site", "ISLAMABAD, Dec 3 (AFP) - The main Torkham border crossing was shut by Pakistani authorities on "
     "Wednesday morning.", "shut", None),
    # "the strikes" named again are where the strikes were
    ("told-before", "ISLAMABAD, Dec 3 (AFP) - Pakistani warplanes struck militant hideouts in Khost on Tuesday. The "
     "Pakistani military said the strikes targeted commanders of the Tehreek-e-Taliban Pakistan.", "targeted",
     ("Khōst", "AFG")),
    # an attack on Pakistani posts is not where the other side's strikes, in a clause of their own, fell
    ("other-clause-country", "Pakistani warplanes struck militant hideouts in Khost on Tuesday, and Taliban forces hit "
     "back with attacks on Pakistani border posts.", "attacks", None),
    # a name before or after a place noun ("the town of X", "X district") is a place whatever the NER calls it
    ("classed-person-tagged", "MAPUTO, Nov 20 (Reuters) - Rwandan troops repelled an attack on a military post near the "
     "town of Macomia on Wednesday, killing 12 militants, Rwanda's defence force said.", "killing", ("Macomia", "MOZ")),
    ("classed-unknown", "ISLAMABAD, Dec 3 (AFP) - Before dawn on Wednesday, Afghan forces opened fire on several "
     "Pakistani posts in the Kurram and Bajaur districts, according to the Afghan defence ministry.", "opened", None),
    # sixteenth pass: what an act charges someone with is placed apart from the act (`content_prepositions`)
    ("charged-content", "Rwanda's foreign minister accused Uganda of arming rebels in eastern Congo.", "accused", None),
    ("credited-content", "Canada thanked Japan for sending aid to Kyiv during a visit to Tokyo.", "thanked", None),
    # ... an adverbial clause with its own subject and the main clause do not place each other
    ("adverbial-not-by-main", "Denmark summoned the U.S. ambassador in Copenhagen on Wednesday as Greenland's "
     "government signed an agreement with Canada.", "signed", None),
    ("main-not-by-adverbial", "Denmark summoned the U.S. ambassador on Wednesday as Greenland's government signed an "
     "agreement with Canada in Nuuk.", "summoned", None),
    ("adverbial-own-place", "Greenland's government signed an agreement with Canada in Nuuk as Denmark summoned the "
     "U.S. ambassador.", "signed", ("Nuuk", "GRL")),
    ("fallback-report", "Russia criticised Ukraine, officials in Kyiv said.", "criticised", ("Kyiv", "UKR")),
    # h16k: where the story puts a speaker places the statement, not the dateline (`presence_verbs`)
    ("speech-place-after", "NAIROBI, May 2 (Reuters) - The U.N. refugee agency urged Kenya to keep the Dadaab camps "
     "open. \"Closing them would endanger thousands of lives,\" a spokesman for the agency told a briefing in Geneva.",
     "urged", ("Geneva", "CHE")),
    ("rally-place-after", "LUSAKA, Feb 3 (AFP) - President Hakainde Hichilema warned Malawi on Friday against "
     "interfering in Zambia's affairs. \"We will defend our sovereignty,\" he told a rally in Ndola.", "warned",
     ("Ndola", "ZMB")),
    ("other-speaker-presence", "MOSCOW, June 5 (Reuters) - Japan's foreign minister told reporters in Tokyo that the "
     "seizure was unacceptable. Russia rejected the protest on Thursday.", "rejected", ("Moscow", "RUS")),
    # a foreign actor's expressed intent is said at home, not in the dateline city (03 is no joint act)
    ("intent-foreign", "VILNIUS, Oct 3 (Reuters) - Russia offered to hold talks with Lithuania on transit to "
     "Kaliningrad.", "offered", None),
    # force by the dateline country's side on no country's target keeps the dateline (country-right more often
    # than not)
    ("force-no-target", "TBILISI, Aug 9 (Reuters) - Georgian troops opened fire overnight, the defence ministry "
     "said.", "opened", ("Tbilisi", "GEO")),
    # a relative location places the act at its place ("off the coast of Yemen", "east of X")
    ("relative-location", "DUBAI, Jan 8 (Reuters) - Houthi fighters attacked a Greek tanker off the coast of Yemen "
     "on Monday.", "attacked", ("Yemen", "YEM")),
    # eighteenth pass (set G grading): a named place beats the dateline; the dateline is no fallback for a
    # material act its sentence puts elsewhere (`away_place_nouns`, any other known place named)
    ("neighborhoods-of-city", "DAMASCUS, Oct 7 (AP) - Syria's defence minister announced a truce with the Kurdish-led "
     "SDF on Tuesday, after clashes in two neighborhoods of Aleppo on Monday night killed four people.", "killed",
     ("Aleppo", "SYR")),
    ("after-clause-elsewhere", "DAMASCUS, Oct 7 (AP) - Syria's defence minister announced a truce with the "
     "Kurdish-led SDF on Tuesday, after clashes in two neighborhoods of Aleppo on Monday night killed four people.",
     "announced", ("Damascus", "SYR")),
    ("away-noun", "PRISTINA, Jan 16 (Reuters) - Kosovo police shut the offices of Serbian-run bodies in several "
     "northern municipalities on Wednesday.", "shut", None),
    ("along-frontier", "ISLAMABAD, Oct 19 (AFP) - Taliban fighters attacked Pakistani border posts at several "
     "points along the frontier.", "attacked", None),
    ("sentence-names-elsewhere", "PRISTINA, Jan 16 (Reuters) - Police arrested two men who refused to leave an "
     "office in Zvecan.", "arrested", None),
    ("disputed-islands", "Chinese coast guard officers rammed a Vietnamese trawler near the Paracel Islands on Sunday.",
     "rammed", ("Paracel Islands", None)),
    ("purpose-clause", "Hundreds of Serbs gathered in North Mitrovica on Friday to protest against the arrests.",
     "protest", ("Mitrovicë", "XKX")),
]


@pytest.mark.parametrize("text, trigger, expected", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_event_place(text, trigger, expected):
    article = eventwire.extract(text, published=PUB)
    events = [e for e in article.events if e.trigger == trigger]
    assert events, f"no event with trigger {trigger!r}: {[(e.trigger, e.cameo_code) for e in article.events]}"
    for e in events:
        got = (e.place.name, e.place.country) if e.place else None
        assert got == expected, f"{e.cameo_code} {e.source_code}->{e.target_code}: place {got}, evidence " \
                                f"{e.place.evidence if e.place else None!r}"
        if e.place:
            assert text[e.place.start:e.place.end] == e.place.evidence
            if e.place.latitude is not None:  # a division has no coordinates offline
                assert -90 <= e.place.latitude <= 90 and -180 <= e.place.longitude <= 180


# (surface, label, expected name, country, feature)
GEOCODE = [
    ("Moscow", "GPE", "Moscow", "RUS", "city"),
    ("Kiev", "GPE", "Kyiv", "UKR", "city"),
    ("Naypyidaw", "GPE", "Nay Pyi Taw", "MMR", "city"),
    ("Burma", "GPE", "Myanmar", "MMR", "country"),
    ("Ivory Coast", "GPE", None, "CIV", "country"),
    ("Sao Paulo", "GPE", "São Paulo", "BRA", "city"),
    # first-level divisions (ISO 3166-2) no city is named after; a name two countries share is none
    ("Alaska", "GPE", "Alaska", "USA", "admin1"),
    ("Balochistan", "LOC", "Balochistan", "PAK", "admin1"),
    ("Oromia", "GPE", "Oromia", "ETH", "admin1"),
    # a division before a smaller city of another country that shares its name; a capital stays a city
    ("Ontario", "GPE", "Ontario", "CAN", "admin1"),
    ("Sucre", "GPE", "Sucre", "BOL", "city"),
    # "Congo" alone is the DRC, as for actors; a sea's name holding "West" is a region
    ("Congo", "GPE", None, "COD", "country"),
    ("West Philippine Sea", "LOC", "West Philippine Sea", "PHL", "region"),
]


@pytest.mark.parametrize("surface, label, name, country, feature", GEOCODE)
def test_geocode(surface, label, name, country, feature):
    got = geocode(surface, label, alternates=True)
    assert got is not None
    assert got["country"] == country and got["feature"] == feature
    if name is not None:
        assert got["name"] == name


@pytest.mark.parametrize("surface", ["Police", "Parliament", "Reuters", "Congress", "Punjab", "Northern", "Far North",
                                     "the Gulf", "the Delta", "the Crossing"])
def test_not_places(surface):
    assert geocode(surface, "GPE", alternates=True) is None


@pytest.mark.parametrize("text, city", [
    ("KYIV (Reuters) — Ukraine said ...", "Kyiv"),
    ("NAYPYIDAW, March 4 (AP) - The junta said ...", "Nay Pyi Taw"),
    ("WASHINGTON - The White House said ...", "Washington"),
    # (p23) an agency not listed, when a separator follows (places.yaml dateline.unknown_agency_max_chars)
    ("BRASILIA, Sept 12 (Wire) - Brazil's Supreme Court on Thursday convicted ...", "Brasília"),
    ("LAGOS, May 3 (NAN) - Police said ...", "Lagos"),
])
def test_dateline(text, city):
    place = find_dateline(text)
    assert place is not None and place.name == city
    assert text[place.start:place.end] == place.evidence


def test_no_dateline_in_ordinary_sentence():
    assert find_dateline("The talks in Moscow ended on Friday.") is None


# a name several cities share, in a story about some countries: theirs, unless another country's city
# of the name is ten times larger (places.yaml `preferred_outweigh_ratio`)
PREFERRED = [
    ("Paris", ["USA"], "FRA"),
    ("Ottawa", ["USA"], "CAN"),
    ("Valencia", ["ESP"], "ESP"),
    ("Valencia", ["VEN"], "VEN"),
    ("Tripoli", ["LBN"], "LBN"),
    ("Tripoli", ["LBY"], "LBY"),
]


@pytest.mark.parametrize("surface, prefer, country", PREFERRED)
def test_preferred_countries_give_way_to_a_far_larger_city(surface, prefer, country):
    assert geocode(surface, "GPE", prefer=prefer)["country"] == country


def test_towns_only_in_the_countries_the_story_is_about():
    """"in Gurbuz" in a story about Pakistani strikes in Afghanistan that names Turkey, a mediator, three
    times is not Gürbüz, Turkey (places.yaml `town_country_share`); a story about Turkey has it."""
    story = preferred_countries("PAK", ["PAK"] * 28 + ["AFG"] * 17 + ["TUR"] * 3)
    assert geocode("Gurbuz", "GPE", prefer=story) is None
    assert geocode("Gurbuz", "GPE", prefer=preferred_countries(None, ["TUR"] * 5))["country"] == "TUR"


# (p23) the scene an act on the ground continues (places.yaml scene_roots), and background acts the dateline does not
# place (dateline_recent_days): (text, trigger, expected place name or None)
SCENES = [
    ("ADDIS ABABA, Feb 11 (Reuters) - Thousands of people rallied in Mekelle on Monday against the presence of Eritrean "
     "troops. Ethiopian police fired tear gas to disperse the crowd, witnesses said.", "fired", "Mek'ele"),
    ("NAIROBI, June 26 (Reuters) - Protesters marched in Mombasa on Tuesday against new taxes. Kenyan police fired tear "
     "gas at them and arrested dozens.", "arrested", "Mombasa"),
    # a statement is said where its speaker is, not in the scene
    ("KYIV, May 4 (Reuters) - Russian drones struck Kharkiv on Sunday, killing two people. Ukraine's President "
     "Volodymyr Zelenskiy condemned the attack.", "condemned", "Kyiv"),
    # a new paragraph is a new scene
    ("ADDIS ABABA, Feb 11 (Reuters) - Thousands of people rallied in Mekelle on Monday against the presence of Eritrean "
     "troops.\n\nEthiopian police arrested an opposition leader on Monday.", "arrested", "Addis Ababa"),
    # background: years before the dateline's story
    ("ADDIS ABABA, Feb 11 (Reuters) - Ethiopia's army shelled Tigrayan positions in 2021, killing dozens.", "shelled",
     None),
]


@pytest.mark.parametrize("text,trigger,expected", SCENES, ids=[s[0][30:78] for s in SCENES])
def test_scene_place(text, trigger, expected):
    article = eventwire.extract(text, published="2025-02-11")
    places = {(e.place.name if e.place else None) for e in article.events if e.trigger == trigger}
    assert places == {expected}, [(e.trigger, e.cameo_code, e.place and e.place.name) for e in article.events]


def test_unlisted_agency_dateline_date_is_not_the_event_date():
    """(p23) the dateline's own date is the filing date, not the act's: "on Thursday" dates it."""
    article = eventwire.extract("BRASILIA, Sept 12 (Wire) - Brazil's Supreme Court on Thursday convicted former President "
                                "Jair Bolsonaro of plotting a coup.", published="2025-09-12")
    assert {e.event_date for e in article.events} == {"2025-09-11"}
