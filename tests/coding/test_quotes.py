"""Spec table for eventwire.coding.quotes: direct, partial and indirect quotations and their speakers.

Every case runs the whole default pipeline (`eventwire.extract`) over a short text, so the
speaker is resolved by the real actor coder: the expected speaker is the actor's canonical
name (the dictionary name, or the name as written for a person the dictionary lacks).

Conventions (../shared/examples/ANNOTATION.md, issue 5):
- a direct quote is the text between the quotation marks, exactly (a trailing comma or full stop
  inside the marks is kept);
- `partial`: a quoted fragment woven into the reporter's own sentence ("noting the “truly strong
  bonds of friendship” that ..."); a fragment of one or two words is a scare quote, not a quote;
- `indirect`: reported speech ("X said that ...", "X told reporters that ..."), the quote is the
  reported clause without "that" and without the final full stop;
- the expected list is the complete list of quotes of the text, in text order.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.coding.quotes import find_quote_spans

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed.txt"
PUBLISHED = "2024-06-01"

D, P, I = "direct", "partial", "indirect"

# (case id, text, [(quote, speaker canonical name or None, kind), ...])
CASES = [
    # --- tenth pass: a quotation that ends a paragraph after an attributed one keeps its speaker;
    # the next paragraph's first sentence attributes nothing of it
    ("standalone-after-attributed",
     "“We will keep up the pressure on the Kremlin for as long as it takes,” EU foreign policy chief Kaja "
     "Kallas told reporters after the meeting. “Russia must pay for its aggression.”\n\nMoscow condemned the "
     "measures as illegal and said it would respond.",
     [("We will keep up the pressure on the Kremlin for as long as it takes,", "Kaja Kallas", D),
      ("Russia must pay for its aggression.", "Kaja Kallas", D),
      ("it would respond", "Russia (GOV)", I)]),
    # --- a partial quote in a reported clause is the reporter's, not the nearer cue's subject
    ("partial-in-reported-clause",
     "Donald Trump said on social media that China had shown a “lack of respect” for world markets, while "
     "announcing a 90-day pause on higher tariffs for dozens of other countries.",
     [("lack of respect", "Donald Trump", P)]),
    # --- "he" for a person named only by a title; never the speaker of the next sentence --------
    ("he-title-only",
     "Ukraine's foreign minister condemned the attack on Tuesday. “Every day of delay costs lives,” he "
     "told reporters in Kyiv. The Kremlin denied targeting civilians.",
     [("Every day of delay costs lives,", "Ukraine's foreign minister", D)]),
    # --- speaker after the quote --------------------------------------------------------------
    ("curly-after",
     "Ukrainian President Volodymyr Zelensky rejected the proposal on Monday. "
     "“We will never accept these terms,” Zelensky said.",
     [("We will never accept these terms,", "Volodymyr Zelenskyy", D)]),
    ("straight-after",
     'Emmanuel Macron spoke in Paris on Friday. "Europe must be able to defend itself," Macron said.',
     [("Europe must be able to defend itself,", "Emmanuel Macron", D)]),
    ("inverted-said-putin",
     "Vladimir Putin addressed the nation on Tuesday. “The West is waging a war against our country,” said Putin.",
     [("The West is waging a war against our country,", "Vladimir Putin", D)]),
    ("inverted-said-title-name",
     "“Ukraine will never be a member of NATO,” said Kremlin spokesman Dmitry Peskov.",
     [("Ukraine will never be a member of NATO,", "Dmitry Peskov", D)]),
    ("inverted-name-apposition",
     "“The ceasefire must be respected by all sides,” said António Guterres, the UN Secretary-General.",
     [("The ceasefire must be respected by all sides,", "António Guterres", D)]),
    ("question-mark-asked",
     "“Why should anyone trust Moscow now?” Antony Blinken asked.",
     [("Why should anyone trust Moscow now?", "Antony Blinken", D)]),
    ("subject-not-addressee",
     "“The talks were useful and constructive,” Sergei Lavrov told Antony Blinken.",
     [("The talks were useful and constructive,", "Sergei Lavrov", D)]),
    ("one-word-direct",
     "“Never,” Volodymyr Zelensky said when he was asked whether Ukraine would give up Crimea.",
     [("Never,", "Volodymyr Zelenskyy", D)]),
    ("guillemets",
     "Emmanuel Macron said: «Europe must wake up before it is too late.»",
     [("Europe must wake up before it is too late.", "Emmanuel Macron", D)]),
    # --- speaker before the quote -------------------------------------------------------------
    ("colon-intro",
     "Lula said: “Brazil wants peace between Russia and Ukraine.”",
     [("Brazil wants peace between Russia and Ukraine.", "Luiz Inácio Lula da Silva", D)]),
    ("comma-intro",
     "Antony Blinken told reporters in Brussels, “Russia has not shown any interest in real diplomacy.”",
     [("Russia has not shown any interest in real diplomacy.", "Antony Blinken", D)]),
    ("according-to-direct",
     "“Russia is ready for negotiations without preconditions,” according to Kremlin spokesman Dmitry Peskov.",
     [("Russia is ready for negotiations without preconditions,", "Dmitry Peskov", D)]),
    ("organisation-speaker",
     "“All parties must respect international humanitarian law,” the UN said in a statement.",
     [("All parties must respect international humanitarian law,", "United Nations", D)]),
    # --- pronoun and title speakers -----------------------------------------------------------
    ("pronoun-he",
     "Emmanuel Macron arrived in Kyiv on Tuesday. "
     "“France will stand by Ukraine for as long as it takes,” he said.",
     [("France will stand by Ukraine for as long as it takes,", "Emmanuel Macron", D)]),
    ("pronoun-she",
     "Ursula von der Leyen announced a new aid package for Ukraine. "
     "“Europe will not be intimidated by threats,” she said.",
     [("Europe will not be intimidated by threats,", "Ursula von der Leyen", D)]),
    ("title-speaker-known",
     "Dmitry Peskov spoke to journalists on Monday. "
     "“There are no plans for a meeting between the two presidents yet,” the Kremlin spokesman said.",
     [("There are no plans for a meeting between the two presidents yet,", "Dmitry Peskov", D)]),
    ("title-unknown-person",
     "Oleksandr Marchenko, a spokesman for the Ukrainian army, described the attack. "
     "“Three missiles hit residential buildings in the city centre,” the spokesman said.",
     [("Three missiles hit residential buildings in the city centre,", "Oleksandr Marchenko", D)]),
    ("unknown-person-apposition-after",
     "“We have lost contact with two of our units,” said Anna Kovalenko, a Ukrainian army spokeswoman.",
     [("We have lost contact with two of our units,", "Anna Kovalenko", D)]),
    ("title-organisation",
     "A spokesman for the UN said the convoy had been attacked. “Our staff are safe,” the spokesman said.",
     [("the convoy had been attacked", "United Nations", I),
      ("Our staff are safe,", "United Nations", D)]),
    # --- speaker in the previous / next sentence ----------------------------------------------
    ("speaker-previous-sentence",
     "Vladimir Putin spoke to reporters after the talks in Beijing. "
     "“We have agreed on all the main points.”",
     [("We have agreed on all the main points.", "Vladimir Putin", D)]),
    ("speaker-next-sentence",
     "“We will respond to any attack on our territory.” "
     "Vladimir Putin said this in a televised address on Tuesday.",
     [("We will respond to any attack on our territory.", "Vladimir Putin", D)]),
    ("speaker-previous-paragraph",
     "Volodymyr Zelensky addressed parliament on Wednesday.\n\n"
     "“We are grateful to our partners. But we need more.”",
     [("We are grateful to our partners. But we need more.", "Volodymyr Zelenskyy", D)]),
    # --- split, multi-sentence and continued quotes -------------------------------------------
    ("split-curly",
     "“We are ready to talk,” Antony Blinken said, “but Russia must first stop its attacks.”",
     [("We are ready to talk,", "Antony Blinken", D),
      ("but Russia must first stop its attacks.", "Antony Blinken", D)]),
    ("split-straight-short-first",
     '"No," Emmanuel Macron said, "France will not send troops to Ukraine."',
     [("No,", "Emmanuel Macron", D),
      ("France will not send troops to Ukraine.", "Emmanuel Macron", D)]),
    ("two-sentences-in-quote",
     "Volodymyr Zelensky spoke in Kyiv. "
     "“We need more air defence. Every day our cities are under attack,” he said.",
     [("We need more air defence. Every day our cities are under attack,", "Volodymyr Zelenskyy", D)]),
    ("two-sentences-colon",
     "Lula said: “Brazil will not send weapons to Ukraine. We want to talk about peace.”",
     [("Brazil will not send weapons to Ukraine. We want to talk about peace.", "Luiz Inácio Lula da Silva", D)]),
    ("paragraph-continuation",
     "Vladimir Putin said on Friday: “The sanctions have failed. Our economy is growing.\n\n"
     "“We will keep trading with our partners in Asia and Africa.”",
     [("The sanctions have failed. Our economy is growing.", "Vladimir Putin", D),
      ("We will keep trading with our partners in Asia and Africa.", "Vladimir Putin", D)]),
    ("next-paragraph-quote",
     "“Russia will not win this war,” Volodymyr Zelensky said.\n\n“Our soldiers are holding the line in the east.”",
     [("Russia will not win this war,", "Volodymyr Zelenskyy", D),
      ("Our soldiers are holding the line in the east.", "Volodymyr Zelenskyy", D)]),
    ("two-speakers",
     "“We want a just peace,” Volodymyr Zelensky said. “Peace on whose terms?” Vladimir Putin replied.",
     [("We want a just peace,", "Volodymyr Zelenskyy", D),
      ("Peace on whose terms?", "Vladimir Putin", D)]),
    ("added",
     "“We will rebuild every city,” Volodymyr Zelensky said. “Every school, every hospital,” he added.",
     [("We will rebuild every city,", "Volodymyr Zelenskyy", D),
      ("Every school, every hospital,", "Volodymyr Zelenskyy", D)]),
    # --- partial quotes and scare quotes ------------------------------------------------------
    ("partial-called",
     "Emmanuel Macron called the attack “a cowardly act of terror” on Tuesday.",
     [("a cowardly act of terror", "Emmanuel Macron", P)]),
    ("partial-described-as",
     "Antony Blinken described the Russian strikes as “deliberate attacks on civilians”.",
     [("deliberate attacks on civilians", "Antony Blinken", P)]),
    ("partial-with-verb",
     "Volodymyr Zelensky said Ukraine would “never give up its land” to the invaders.",
     [("never give up its land", "Volodymyr Zelenskyy", P)]),
    # (sixteenth pass: the word someone used for a thing is their quotation, whatever its length;
    # quotes.yaml `characterising_verbs`)
    ("short-characterisations",
     "Putin described the protesters as “traitors” and the sanctions as “illegal”.",
     [("traitors", "Vladimir Putin", P), ("illegal", "Vladimir Putin", P)]),
    ("short-called-object-word",
     "Japan's foreign ministry dismissed the report as \"groundless\" and said it would protest.",
     [("groundless", "Japan's foreign ministry", P), ("it would protest", "Japan's foreign ministry", I)]),
    ("short-called-after-reported-clause",
     "Serbia's defence ministry denied that its jets had entered Bosnian airspace, calling the claim \"pure fiction\".",
     [("pure fiction", "Serbia's defence ministry", P)]),
    ("scare-quotes-two-words",
     "Moscow rejected the so-called “peace plan” put forward by Kyiv in the spring.",
     []),
    # (seventeenth pass: the words a speech verb of the quotation's own sentence reports are its subject's,
    # however short: "accused X of “...”", "urged X to “...”", "said Y would be “...”"; a label after
    # "so-called" / "known as" or a name of capitalised words is still no one's, nor a verb that only
    # continues ("would continue to seek"); quotes.yaml `label_markers`, `aspectual_cues`)
    ("short-reported-accused-of",
     "Chad's foreign minister Abderaman Koulamallah accused the rebels of “ethnic cleansing” in the east.",
     [("ethnic cleansing", "Abderaman Koulamallah", P)]),
    ("short-reported-urged-and-said",
     "Sweden's foreign ministry urged Minsk to “stop provocations” and said its diplomats had been "
     "“harassed” for weeks.",
     [("stop provocations", "Sweden's foreign ministry", P), ("harassed", "Sweden's foreign ministry", P)]),
    ("short-reported-pronoun-said",
     "Emmanuel Macron met Olaf Scholz in Berlin on Monday. He said he would be “open” to new talks with Moscow.",
     [("open", "Emmanuel Macron", P)]),
    ("short-reported-unnamed-speaker",
     "A police officer in Lagos said all of the dead were “bandits” and that the raid had been planned for weeks.",
     [("bandits", "police officer", P)]),
    ("short-reported-labels-are-not-quotes",
     "Recep Tayyip Erdogan said a unit known as “the Wolves” had “crushed” the militants in the "
     "“Border Shield” operation.",
     [("crushed", "Recep Tayyip Erdoğan", P)]),
    ("short-reported-continue-is-no-cue",
     "Nikol Pashinyan said on Sunday that his government would not be lectured by Moscow and would continue "
     "to seek “balanced” ties with the West.",
     [("balanced", "Nikol Pashinyan", P)]),
    # (a characterisation of three words or more is also its subject's, not the previous speaker's; "what he
    # called" continues the sentence's speaker, not the person the pronoun was resolved to)
    ("characterisation-long-own-subject",
     "“We will not yield,” Alexander Lukashenko told reporters in Minsk.\n\nThe European Commission rejected "
     "the claims as “absurd and dangerous”.",
     [("We will not yield,", "Alexander Lukashenko", D), ("absurd and dangerous", "European Commission", P)]),
    ("characterisation-what-he-called",
     "Aleksandar Vucic accused Kosovo's prime minister, Albin Kurti, of “provocations” meant to justify what he "
     "called “a campaign of terror against Serbs”.",
     [("provocations", "Aleksandar Vučić", P), ("a campaign of terror against Serbs", "Aleksandar Vučić", P)]),
    # --- marks inside quotes, broken marks ----------------------------------------------------
    ("apostrophe-straight",
     'Antony Blinken said: "Russia\'s aggression will not go unanswered."',
     [("Russia's aggression will not go unanswered.", "Antony Blinken", D)]),
    ("apostrophe-curly",
     "“Russia’s war has cost thousands of lives,” Emmanuel Macron said.",
     [("Russia’s war has cost thousands of lives,", "Emmanuel Macron", D)]),
    ("nested-single-quotes",
     "“We will not accept a ‘frozen conflict’ in Ukraine,” Volodymyr Zelensky said.",
     [("We will not accept a ‘frozen conflict’ in Ukraine,", "Volodymyr Zelenskyy", D)]),
    ("nested-single-straight",
     "\"They call it a 'special military operation', but it is a war,\" Volodymyr Zelensky said.",
     [("They call it a 'special military operation', but it is a war,", "Volodymyr Zelenskyy", D)]),
    ("unclosed-quote",
     "Putin said: “We will win this war. The West cannot stop us.",
     []),
    ("inch-mark",
     'The museum in Kyiv displayed a 12" shell fragment found near the station.',
     []),
    # --- indirect (reported) speech ------------------------------------------------------------
    ("indirect-said-that",
     "Vladimir Putin said that Russia would continue its military operation in Ukraine.",
     [("Russia would continue its military operation in Ukraine", "Vladimir Putin", I)]),
    ("indirect-told-reporters",
     "Antony Blinken told reporters that Washington would send more air defence systems to Kyiv.",
     [("Washington would send more air defence systems to Kyiv", "Antony Blinken", I)]),
    ("indirect-warned",
     "Volodymyr Zelensky warned that Russia was preparing a new offensive in the east.",
     [("Russia was preparing a new offensive in the east", "Volodymyr Zelenskyy", I)]),
    ("indirect-denied",
     "Dmitry Peskov denied that the Kremlin had been involved in the attack.",
     [("the Kremlin had been involved in the attack", "Dmitry Peskov", I)]),
    ("indirect-stressed",
     "Emmanuel Macron stressed that Europe must take responsibility for its own security.",
     [("Europe must take responsibility for its own security", "Emmanuel Macron", I)]),
    ("indirect-organisation",
     "The UN said that at least 40 civilians had been killed in the strike.",
     [("at least 40 civilians had been killed in the strike", "United Nations", I)]),
    ("indirect-pronoun",
     "Recep Tayyip Erdoğan spoke in Ankara on Monday. He said that Turkey was ready to host peace talks.",
     [("Turkey was ready to host peace talks", "Recep Tayyip Erdoğan", I)]),
    ("indirect-no-that",
     "Sergei Lavrov said Russia was ready to resume talks with the United States.",
     [("Russia was ready to resume talks with the United States", "Sergei Lavrov", I)]),
    ("indirect-according-to",
     "According to the UN, more than 10,000 civilians have been killed since the invasion.",
     [("more than 10,000 civilians have been killed since the invasion", "United Nations", I)]),
    # --- known people by surname only -----------------------------------------------------------
    ("bare-surname",
     "“The West is waging a war against our country,” said Putin.",
     [("The West is waging a war against our country,", "Vladimir Putin", D)]),
    # --- not speech ----------------------------------------------------------------------------
    ("not-speech-negated",
     "Antony Blinken did not say that Washington would send more weapons.",
     []),
    ("not-speech-embedded-question",
     "The Kremlin has not said where the talks will take place.",
     []),
    ("not-speech-belief",
     "Analysts believe that the war will last for years.",
     []),
    ("indirect-according-to-end",
     "Several hospitals have run out of fuel, according to the World Health Organization.",
     [("Several hospitals have run out of fuel", "World Health Organization", I)]),
    ("not-speech-know",
     "Vladimir Putin knows that the West is divided over Ukraine.",
     []),
    ("indirect-and-direct",
     "Volodymyr Zelensky said that Ukraine needed more weapons. “Without them we cannot hold the front,” he added.",
     [("Ukraine needed more weapons", "Volodymyr Zelenskyy", I),
      ("Without them we cannot hold the front,", "Volodymyr Zelenskyy", D)]),
    # a subject the parser split into the title and the name: the person speaks, coded by the title
    ("indirect-split-subject",
     "Iran's Foreign Ministry spokesman Esmaeil Baghaei called the resolution \"politically motivated\" and warned "
     "that Iran would respond firmly.",
     [("politically motivated", "Esmaeil Baghaei", P), ("Iran would respond firmly", "Esmaeil Baghaei", I)]),
    # an organisation no dictionary knows, named by what it is (coref.yaml org_name_heads), speaks
    ("unknown-firm",
     "Iran seized the tanker on Thursday. \"The vessel was in international waters,\" Corvina Maritime said in a "
     "statement.",
     [("The vessel was in international waters,", "Corvina Maritime", D)]),
    ("unknown-firm-short-form",
     "Iran seized a tanker managed by Greece-based Aegis Star Maritime. \"The vessel was in international waters,\" "
     "Aegis Star said.",
     [("The vessel was in international waters,", "Aegis Star Maritime", D)]),
    ("named-body-short-form",
     "Chinese carmaker Zhenlong Motors opened a plant in Hungary. Zhenlong said the plant would employ 1,000 people.",
     [("the plant would employ 1,000 people", "Zhenlong Motors", I)]),
]


# Known gaps outside quotes.py (the quote and its cue are found; the speaker's actor is not the
# canonical one): kept as expected failures so the table states the requirement.
# Known gaps (none now: a bare surname of a dictionary person in office is resolved since the
# second actor pass). A case listed here runs as a non-strict xfail.
XFAIL: dict[str, str] = {}


def _got(article):
    return [(q.quote, q.speaker, q.kind) for q in article.quotes]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    pytest.param(t, e, id=i, marks=[pytest.mark.xfail(reason=XFAIL[i], strict=False)] if i in XFAIL else [])
    for i, t, e in CASES])
def test_quotes(text, expected):
    article = eventwire.extract(text, published=PUBLISHED)
    assert _got(article) == expected
    for q in article.quotes:
        if q.kind != "indirect":
            assert text[q.span.start:q.span.end] == q.quote  # the exact text between the marks
        if q.speaker is not None:
            # resolved to an actor, with its cue; (h25g) or a speaker described, not named ("a volunteer told the crowd"),
            # with no actor but its cue
            assert q.cue and (q.speaker_id is not None or q.speaker in text)  # (the description as written)


# --- wire copy (fourteenth pass) -------------------------------------------------------------------
# Reuters/AP-style passages with datelines, for the attribution forms of real wire copy. Each row is
# (case id, text, [(how a quote starts, its speaker's canonical name or None), ...]); only the listed
# quotes are checked (the table is about speakers, not about which other quotes are found).
WIRE = [
    # sixteenth pass (set D grading): a second "that" clause the parser coordinated with a passive speech
    # verb is the first cue's; "he" named since as the subject of another reporter's words is not the last
    # speaker; "ministry spokeswoman" speaks for the ministry last named, not the country her quote names
    ("second-that-clause",
     "RIGA, May 6 (Reuters) - An EU official said the bloc's ambassadors had been briefed by Latvia's envoy on "
     "Monday and that member states were \"monitoring the situation\" with Riga.",
     [("monitoring the situation", "European Union")]),
    ("he-named-since-in-another-report",
     "NAIROBI, July 2 (AFP) - “We arrested those who were looting,” police spokesman Peter Mwangi told reporters.\n\n"
     "Interior Minister Daniel Otieno resigned on Tuesday, the presidency said.\n\n"
     "In a statement, he thanked the police and said he did not want to “stand in the way” of the inquiry.",
     [("We arrested", "Peter Mwangi"), ("stand in the way", "Daniel Otieno")]),
    # seventeenth pass: "“...,” the party's secretary-general, X, said" with a cue the parser left without a
    # subject is the one person named between the quotation and the cue, not the previous quotation's party
    ("subjectless-cue-after-quotation",
     "LUSAKA, Aug 14 (AFP) - The opposition UPND rejected the count as “a sham, not an election”.\n\n"
     "“We will not accept any result announced by this commission,” the party’s secretary-general, Batuke Imenda, "
     "said in a statement.",
     [("We will not accept", "Batuke Imenda")]),
]
WIRE_CODES = [
    ("KYIV, May 6 (Reuters) - Russia's defence ministry said Ukrainian drones had struck an oil depot on Monday.\n\n"
     "Ukraine's defence ministry denied that its forces had targeted civilian sites.\n\n"
     "It said instead that Russian missiles had hit a school on Monday night.\n\n"
     "\"This is another lie from Moscow,\" ministry spokeswoman Olena Kravets told reporters.",
     "This is another lie", "UKRMIL"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, start, code", WIRE_CODES)
def test_speaker_codes(text, start, code):
    art = eventwire.extract(text, published=PUBLISHED)
    got = [q.speaker_code for q in art.quotes if q.quote.startswith(start)]
    assert got == [code], [(q.quote[:30], q.speaker, q.speaker_code) for q in art.quotes]


WIRE += [
    ("apposition-title-told-reporters",
     "CANBERRA, March 4 (Reuters) - Australia will send a naval patrol ship to the Pacific after a Chinese "
     "flotilla sailed near its coast, the government said on Tuesday.\n\n"
     "\"We expect all countries to act in a safe and professional manner,\" Foreign Minister Penny Wong told "
     "reporters in Canberra.\n\n\"Australia will always defend its interests,\" she added.",
     [("We expect all countries", "Penny Wong"), ("Australia will always", "Penny Wong")]),
    ("ministry-statement",
     "TEHRAN, May 12 (Reuters) - Iran rejected a new U.N. resolution on its nuclear programme on Monday.\n\n"
     "\"The resolution is politically motivated and has no legal basis,\" Iran's foreign ministry said in a "
     "statement.\n\nIn a statement, the ministry said \"Tehran will take appropriate measures to protect its rights.\"",
     [("The resolution is politically", "Iran's foreign ministry"), ("Tehran will take", "Iran's foreign ministry")]),
    # an agency that relays someone's words is not the speaker: "quoted X as saying", "was quoted by
    # RIA as saying", "cited X as saying" (direct and reported)
    ("agency-quoted-as-saying",
     "MOSCOW, March 5 (Reuters) - Russia is ready to discuss a ceasefire in the Black Sea, Foreign Minister "
     "Sergei Lavrov said on Wednesday.\n\n"
     "\"We have never refused to negotiate,\" the TASS news agency quoted Lavrov as saying.\n\n"
     "Deputy Foreign Minister Sergei Ryabkov was quoted by RIA as saying: \"Washington must take the first step.\"",
     [("We have never refused", "Sergei Lavrov"), ("Washington must take", "Sergei Ryabkov")]),
    ("agency-cited-as-saying",
     "KYIV, April 2 (Reuters) - Ukraine's military said on Wednesday it had shot down 40 drones overnight.\n\n"
     "\"Air defence worked in eight regions,\" Interfax-Ukraine news agency cited air force spokesman Yuriy "
     "Ihnat as saying.",
     [("Air defence worked", "Yuriy Ihnat")]),
    ("state-media-quoted-leader",
     "BEIJING, Aug 5 (Reuters) - Chinese President Xi Jinping called for closer ties with Russia on Tuesday, "
     "state media reported.\n\nXinhua quoted Xi as saying: \"China and Russia are good neighbours.\"\n\n"
     "The RIA news agency quoted Kremlin spokesman Dmitry Peskov as saying Russia was ready for talks.",
     [("China and Russia are good", "Xi Jinping"), ("Russia was ready for talks", "Dmitry Peskov")]),
    # a subject the parser broke ("WHO[PRON] chief[VERB] Tedros ...") still names its person; a
    # quotation continued over paragraphs keeps the speaker
    ("broken-subject-multi-paragraph",
     "GENEVA, Nov 6 (Reuters) - The World Health Organization warned on Friday that hospitals in Gaza were on "
     "the verge of collapse.\n\nWHO chief Tedros Adhanom Ghebreyesus told a news conference: \"The situation is "
     "beyond catastrophic. Patients are dying for lack of fuel.\n\n"
     "\"We call on all parties to allow aid in immediately.\"\n\n\"Without fuel, there is no health care,\" he said.",
     [("The situation is beyond", "Tedros Adhanom Ghebreyesus"), ("We call on all parties", "Tedros Adhanom Ghebreyesus"),
      ("Without fuel", "Tedros Adhanom Ghebreyesus")]),
    # an unnamed source in the quotation's own sentence is not the last named speaker
    ("unnamed-source",
     "LONDON, April 3 (Reuters) - Shell Chief Executive Wael Sawan said on Thursday the company would cut "
     "costs.\n\n\"It's a done deal,\" one of the sources said.",
     [("It's a done deal", None)]),
    # a pronoun continues the last speaker when the actor named since is named only in that speaker's
    # reported words
    ("it-after-reported-country",
     "SEOUL, June 4 (Reuters) - North Korea said on Wednesday it would boost its nuclear forces after South "
     "Korea held drills with the United States.\n\n"
     "\"The drills are a rehearsal for invasion,\" it said in a statement carried by state media KCNA.",
     [("The drills are a rehearsal", "North Korea")]),
    ("it-after-reported-party",
     "GAZA, March 10 (Reuters) - Hamas said on Monday it was ready to release more hostages if Israel met its "
     "commitments.\n\n\"We have fulfilled all our obligations,\" it said in a statement.",
     [("We have fulfilled", "Hamas")]),
    ("she-after-added-person",
     "BERLIN, Oct 9 (Reuters) - German Foreign Minister Annalena Baerbock met her Ukrainian counterpart in Kyiv "
     "on Thursday.\n\nBaerbock said Germany would deliver more air defence. \"We stand by Ukraine,\" she said, "
     "adding that European Commission President Ursula von der Leyen would visit next week.\n\n"
     "\"Ukraine's future is in the EU,\" she told reporters.",
     [("We stand by Ukraine", "Annalena Baerbock"), ("Ukraine's future is in the EU", "Annalena Baerbock")]),
    ("she-new-subject",
     "KYIV, Jan 5 (Reuters) - \"We will keep fighting,\" Zelenskiy said on Sunday.\n\n"
     "European Commission President Ursula von der Leyen arrived in Kyiv on Monday. \"Europe stands with you,\" she said.",
     [("We will keep fighting", "Volodymyr Zelenskyy"), ("Europe stands with you", "Ursula von der Leyen")]),
    # a name after a title that the NER labelled an organisation is a person
    ("title-then-name-ner-org",
     "ABUJA, Nov 5 (Reuters) - Nigeria rejected U.S. claims on Wednesday that Christians were being persecuted "
     "in the country.\n\n\"Nigeria is a secular state,\" presidential spokesman Bayo Onanuga said in a "
     "statement. \"No religion is targeted.\"",
     [("Nigeria is a secular", "Bayo Onanuga"), ("No religion is targeted", "Bayo Onanuga")]),
    # "the official" is who was last introduced as an official, not the last person named
    ("the-official-after-named-person",
     "WASHINGTON, Nov 18 (Reuters) - Secretary of State Marco Rubio said on Tuesday that Washington was still "
     "working on a peace plan.\n\n\"There are a lot of moving parts,\" a senior State Department official told "
     "reporters. \"Nothing is agreed until everything is agreed,\" the official said.",
     [("There are a lot of", "United States (GOV)"), ("Nothing is agreed", "United States (GOV)")]),
    ("his-office-said",
     "JERUSALEM, July 20 (Reuters) - Israeli Prime Minister Benjamin Netanyahu will travel to Washington next "
     "week, his office said on Sunday.\n\n\"The prime minister will discuss the hostages and Iran,\" the office said.",
     [("The prime minister will discuss", "Benjamin Netanyahu")]),
    ("statement-said-after-organisation",
     "JERUSALEM, May 9 (Reuters) - Israel's military said on Friday it had struck Houthi targets at the port "
     "of Hodeidah.\n\n\"The strikes were carried out in response to repeated attacks on Israel,\" the military "
     "said in a statement.\n\n\"The Houthis will pay a heavy price,\" the statement said.",
     [("The strikes were carried out", "Israel's military"), ("The Houthis will pay", "Israel's military")]),
    # a parenthesised acronym names the organisation before it
    ("acronym-in-apposition",
     "GENEVA, April 9 (Reuters) - \"Aid supplies are running out across the Gaza Strip,\" the U.N. Office for "
     "the Coordination of Humanitarian Affairs (OCHA) said in its latest update.",
     [("Aid supplies are running out", "United Nations Office for the Coordination of Humanitarian Affairs")]),
    ("split-around-attribution",
     "KYIV, Jan 15 (Reuters) - Ukraine's President Volodymyr Zelenskiy on Wednesday urged allies to speed up "
     "air defence deliveries.\n\n\"Every day of delay costs lives,\" Zelenskiy said in his nightly video "
     "address, \"and every system we receive saves them.\"\n\n\"We need decisions, not promises.\"",
     [("Every day of delay", "Volodymyr Zelenskyy"), ("and every system", "Volodymyr Zelenskyy"),
      ("We need decisions", "Volodymyr Zelenskyy")]),
    # eighteenth pass (set G grading): a fragment whose full stop sits inside the closing mark is the
    # characterising or speech verb's subject's, as the same fragment without the stop is
    ("fragment-stop-inside-marks",
     "OTTAWA, March 3 (Reuters) - Canadian Prime Minister Mark Carney ended a call with Chinese officials on Monday, "
     "describing the exchange as \"very productive.\" He said talks would resume in April.\n\n"
     "Turkish Defence Minister Yasar Guler told Kurdish fighters on Tuesday that Ankara's restraint was “wearing thin.”",
     [("very productive.", "Mark Carney"), ("wearing thin.", "Yaşar Güler")]),
    # a cue after the quotation that the parser hung on the quoted verb takes no subject from inside the marks:
    # the person apposed to the role noun between the mark and the cue speaks
    ("role-apposed-name-told",
     "DA NANG, Vietnam, May 2 (Reuters) - Chinese coast guard ships rammed a Vietnamese trawler near the Spratly "
     "Islands on Thursday, Vietnam's foreign ministry said.\n\n\"We lost our nets and our engine. They took "
     "everything,\" the trawler's skipper, Tran Quoc Bao, told reporters in Da Nang.",
     [("We lost our nets", "Tran Quoc Bao")]),
    # the quotation's own cue has a named subject: never the previous sentence's speaker (the PLA's theater
    # commands are China's military, countries.yaml seats)
    ("own-cue-named-body",
     "MANILA, July 8 (Reuters) - The Philippines protested on Tuesday and urged Beijing to halt its \"dangerous "
     "manoeuvres\" near Scarborough Shoal.\n\nChina's Southern Theater Command said the patrols were \"a firm "
     "and lawful response to provocation\" by Manila.",
     [("a firm and lawful response", "China (MIL)")]),
    # "the statement said": the statement's issuer — whom its earlier mention names, else the last speaker told;
    # "a statement said" stays unnamed; a possessed statement is its owner's
    ("the-statement-last-speaker",
     "BAMAKO, May 14 (AFP) - Mali's military government on Wednesday dissolved all political parties, accusing them "
     "of \"endless bickering\" that had weakened the state.\n\nThe decree, read out on state television, takes "
     "effect immediately.\n\n“The time of sterile quarrels is behind us”, the statement said.",
     [("The time of sterile quarrels", "Mali's military government")]),
    ("the-statement-issuer-named",
     "TEHRAN, May 12 (Reuters) - Iran's foreign ministry said in a statement on Monday that the sanctions were "
     "illegal.\n\nThe European Union announced the measures on Friday after a meeting in Brussels.\n\n"
     "\"Those who impose them will bear the consequences,\" the statement said.",
     [("Those who impose them", "Iran's foreign ministry")]),
    ("a-statement-unnamed",
     "TEHRAN, May 12 (Reuters) - Iran's foreign minister Abbas Araqchi criticised the sanctions on Monday.\n\n"
     "\"Those who impose them will bear the consequences,\" a statement said.",
     [("Those who impose them", None)]),
    ("possessed-statement",
     "TEHRAN, May 12 (Reuters) - Iran's foreign minister Abbas Araqchi criticised the sanctions on Monday.\n\n"
     "\"Those who impose them will bear the consequences,\" the Revolutionary Guards' statement said.",
     [("Those who impose them", "Iran (MIL)")]),
]


# (h23f) a spokesperson named only by a body's head word speaks for the body last named with it (quotes.yaml
# `spokes_body_titles`), not for an earlier spokesman's body; a sentence right after a quotation that tells who made
# the remarks names its speaker, also across a paragraph break (`remarks_verbs`, `remarks_nouns`)
WIRE += [
    ("ministry-spokeswoman-last-ministry",
     "MOSCOW, April 10 (Reuters) - Russia accused Finland on Thursday of militarising the border.\n\n"
     "\"Helsinki is turning its border into a frontline,\" a spokesman for the Russian foreign ministry said.\n\n"
     "Finland's foreign ministry rejected the accusation. \"These claims have no basis,\" a ministry spokeswoman said.",
     [("Helsinki is turning", "Russian foreign ministry"), ("These claims have no basis", "Finland's foreign ministry")]),
    ("made-the-remarks-next-paragraph",
     "ADDIS ABABA, April 10 (Reuters) - Ethiopia's prime minister accused Eritrea on Thursday of preparing for war.\n\n"
     "\"They are massing troops on our border and we will defend our sovereignty.\"\n\n"
     "Abiy Ahmed made the remarks in a speech to parliament. Eritrea's information minister Yemane Gebremeskel "
     "dismissed the accusation as \"baseless\".",
     [("They are massing troops", "Abiy Ahmed"), ("baseless", "Yemane Gebremeskel")]),
    # (h23f) a cue under a future or modal auxiliary says no words yet (quotes.yaml `unspoken_cue_auxiliaries`): the
    # short quotation in a reported clause is the reporter's
    ("modal-cue-in-reported-clause",
     "BEIRUT, June 4 (Reuters) - Israeli strikes killed 12 people in southern Lebanon on Tuesday.\n\n"
     "Israeli Prime Minister Benjamin Netanyahu warned on Wednesday that Israel would respond \"with force\" to any "
     "further attacks.",
     [("with force", "Benjamin Netanyahu")]),
    # (h23f) a gendered pronoun never continues a last speaker whose first name is of the other sex (coref.yaml
    # `gendered_pronouns`); it keeps the person it was resolved to
    ("she-not-the-last-speaker",
     "BRUSSELS, May 14 (Reuters) - EU foreign policy chief Kaja Kallas met U.S. Secretary of State Marco Rubio in "
     "Brussels on Tuesday.\n\nRubio urged European allies to spend more on defence. \"Europe is already doing a "
     "lot,\" she said after the meeting.",
     [("Europe is already doing a lot", "Kaja Kallas")]),
    # (h23f) ... and "a spokesman for the ministry" by the body last named with "ministry"
    ("spokesman-for-the-ministry",
     "ANKARA, Oct 8 (Reuters) - Turkey's defence ministry said on Wednesday its forces had killed 12 Kurdish militants "
     "in northern Iraq.\n\n\"Our operations will continue until the last terrorist is neutralised,\" a spokesman for "
     "the ministry said.",
     [("Our operations will continue", "Turkey's defence ministry")]),
    # (h23f) a definite title with a nationality ("the Iranian minister") is the person it was resolved to, not the last
    # one introduced with the title ("the Saudi minister")
    ("title-with-nationality",
     "RIYADH, Aug 14 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan met his Iranian counterpart Abbas "
     "Araqchi in Jeddah on Wednesday.\n\nThe Saudi minister said the kingdom wanted stability in the region. \"We "
     "reject any attack on Iran's sovereignty,\" the Saudi minister said.\n\n\"Our relations with Riyadh are "
     "excellent,\" the Iranian minister said.",
     [("We reject any attack", "Faisal bin Farhan"), ("Our relations with Riyadh", "Abbas Araghchi")]),
    # (h23f) a collective head whose own modifier names a country or an organisation is that side's body, not the last
    # organisation named ("the UAE mission" after "the RSF")
    ("named-side-mission",
     "UNITED NATIONS, Oct 8 (Reuters) - Sudan's envoy to the U.N., Al-Harith Idriss, accused the United Arab Emirates "
     "of arming the RSF, a charge Abu Dhabi denies.\n\n\"These accusations are baseless,\" the UAE mission said in a "
     "statement.",
     [("These accusations are baseless", "United Arab Emirates (GOV)")]),
    ("he-the-last-speaker",
     "BRUSSELS, May 14 (Reuters) - EU foreign policy chief Kaja Kallas met U.S. Secretary of State Marco Rubio in "
     "Brussels on Tuesday.\n\nRubio urged European allies to spend more on defence. \"Europe must do more,\" he "
     "said after the meeting.",
     [("Europe must do more", "Marco Rubio")]),
    # (h24i) a line break after a word that keeps its stop ("on X.") ends the paragraph: the body that opens the next
    # line speaks its own words, and is no name run on from "X." (guard: a named speaker before the break keeps his)
    ("break-after-abbreviation",
     "MANILA, Aug 11 (Reuters) - \"They rammed our vessel twice,\" coast guard spokesman Armand Balilo wrote on X.\nThe "
     "Vietnam Coast Guard said it had acted to stop \"an unlawful intrusion\" near the reef.",
     [("They rammed our vessel", "Armand Balilo"), ("an unlawful intrusion", "Vietnam Coast Guard")]),
    # (h24i) an opposition body the dictionary names is the speaker under its own name
    ("named-opposition-coalition",
     "CONAKRY, Sept 3 (AFP) - The Forces Vives de Guinee said the new electoral roll was \"riddled with ghost "
     "voters\" and called for an independent audit.",
     [("riddled with ghost voters", "Forces Vives de Guinée")]),
    # (h24i) a country's body described, not named, speaks under the body's words with its country: "the ministry" after
    # "the foreign ministry" of New Delhi is the Indian foreign ministry (not "India (GOV)"), "the country's interior
    # ministry" the Serbian one; guards: a possessive country stays, a body's own name stays
    ("described-body-speaker",
     "NEW DELHI, June 2 (Reuters) - New Delhi summoned Bangladesh's envoy on Monday, the foreign ministry said in a "
     "statement.\n\"We will not accept interference in our internal affairs,\" the ministry said.",
     [("We will not accept", "Indian foreign ministry")]),
    ("possessive-body-speaker",
     "BELGRADE, June 2 (Reuters) - Serbia expelled two Croatian diplomats on Monday. In a statement, the country's "
     "interior ministry said they had \"acted against national security\".",
     [("acted against national security", "Serbian interior ministry")]),
    ("country-possessive-body-speaker",
     "RABAT, June 2 (Reuters) - Morocco's foreign ministry said the decision was \"a hostile and unjustified act\".",
     [("a hostile and unjustified act", "Morocco's foreign ministry")]),
    # (h24i) a definite title past `title_lookback` is the one person the story introduced with it; with two such
    # people, neither (the guard keeps the title's own actor)
    ("title-introduced-long-before",
     "LAGOS - Twenty villagers were freed on Sunday, Governor Dapo Abiodun said. The victims were taken on Monday. A "
     "teacher was among them. Police said two suspects were held. The army said it had joined the search. \"We will "
     "not rest until every one of them is home,\" the governor said.",
     [("We will not rest", "Dapo Abiodun")]),
    ("title-two-holders-long-before",
     "LAGOS - Governor Dapo Abiodun met Governor Kola Adeyemi on Sunday. The victims were taken on Monday. A teacher "
     "was among them. Police said two suspects were held. The army said it had joined the search. \"We will not rest "
     "until every one of them is home,\" the governor said.",
     [("We will not rest", "governor")]),
    # (h24i) a cue the parser joined to the clause a reporter's speech verb reports is the reporter's (and the words
    # its clause holds are governed by it, not by the root through the stop inside the closing mark); guard: a cue
    # with an auxiliary of its own stays in the reported clause
    ("cue-joined-to-reported-clause",
     "KHARTOUM - The army said the RSF had shelled the market, while the RSF said in a statement that the army had "
     "bombed the area and accused it of using hospitals \"as shields for its fighters.\"",
     [("as shields for its fighters", "Rapid Support Forces")]),
    ("cue-with-own-auxiliary",
     "KYIV - Ukraine said that Russian troops had shelled the town and had called the strike \"a necessary measure "
     "against terrorists.\"",
     [("a necessary measure", "Russian troops")]),
    # (h25g) a quotation whose own cue has a subject of its own is that subject's, also when it names no actor: a body
    # described by its country and role ("Ukraine's coordination centre ..."), a person described by role, a group by
    # the name it gives itself; never the speaker of the sentence before
    ("own-subject-described-body",
     "KYIV, Dec 30 (Reuters) - Russia's defence ministry said Moscow was ready for more swaps but accused Kyiv of "
     "delaying the lists. Ukraine's coordination centre for missing persons said talks would resume \"as soon as "
     "possible\" next month.",
     [("as soon as possible", "Ukraine's coordination centre for missing persons")]),
    ("role-described-speaker",
     "BELGRADE, March 16 (AFP) - Tens of thousands marched through the capital on Saturday.\n\n\"We will stay here "
     "until the government resigns,\" a volunteer told the crowd.",
     [("We will stay here", "volunteer")]),
    ("self-named-group",
     "NIAMEY, July 27 (AFP) - A group calling itself the National Council for the Safeguard of the Homeland said in a "
     "statement that it had seized \"full control\" of the capital.",
     [("full control", "National Council for the Safeguard of the Homeland")]),
    # (h25g) a quotation is the words of the speech verb whose clause holds it, not of a cue in a later appositive
    # that the parser put above it
    ("announcement-clause-not-later-relative",
     "MANILA, May 4 (Reuters) - The clash came a week after Beijing announced plans to declare the reef a "
     "\"protected marine zone\", a move Manila said it would contest.",
     [("protected marine zone", "China (GOV)")]),
    # (h25g) names: a ruler told by a bare description is the body the story named before; a body told with its
    # country's possessive that the story also names with the adjective takes that form; speakers joined in one
    # subject speak together. Guards: a possessive the story never turns keeps it; "the army" is no ruler
    # description; "a source" describes no one
    ("ruler-description-story-name",
     "KHARTOUM, May 5 (Reuters) - Sudan's military government announced a truce on Monday. The junta said it would "
     "\"respond firmly to any violation\" of the truce.",
     [("respond firmly", "Sudan's military government")]),
    ("possessive-body-story-adjective",
     "MANILA, June 17 (Reuters) - Chinese coast guard ships blocked a Philippine supply boat on Monday. China's coast "
     "guard said it had \"driven away the intruding vessel\" in line with the law.",
     [("driven away", "Chinese coast guard")]),
    ("joint-subject-speakers",
     "VIENNA, Aug 29 (AFP) - Britain, France and Germany on Thursday accused Tehran of \"grave violations of its "
     "commitments\" under the nuclear deal.",
     [("grave violations", "Britain, France and Germany")]),
    ("possessive-body-kept",
     "BEIJING, April 9 (Reuters) - China's commerce ministry said it would \"fight to the end\" against the tariffs.",
     [("fight to the end", "China's commerce ministry")]),
    ("army-is-no-ruler-description",
     "YANGON, April 2 (Reuters) - Myanmar's military government declared a ceasefire on Wednesday. The army said it "
     "would \"respond to any attack on its troops\".",
     [("respond to any attack", "army")]),
    ("a-source-describes-no-one",
     "LONDON, April 3 (Reuters) - Shell said on Thursday it would cut costs.\n\n\"It's a done deal,\" a source said.",
     [("It's a done deal", None)]),
    # (h26h) a name the NER took for an organisation, apposed to a bare title ("X, head of ..."), is a person: "he"
    # in the next sentence is that person, not a leader named before
    ("apposed-title-name-then-he",
     "BAMAKO, June 7 (AFP) - Junta leader Assimi Goita thanked Moscow for its support. Ulf Brandt, head of the "
     "Africa desk at Germany's Konrad Adenauer Foundation, said the move changed little. \"Moscow keeps its soldiers, "
     "only under a new flag,\" he said.",
     [("Moscow keeps its soldiers", "Ulf Brandt")]),
    ("apposed-title-name-then-he-2",
     "NIAMEY, June 7 (AFP) - President Abdourahamane Tiani addressed the nation on Friday. Ulf Kessler, head "
     "of research at Sweden's Nordic Africa Institute, said the coup leaders were isolated. \"They have few "
     "friends left in the region,\" he said.",
     [("They have few friends", "Ulf Kessler")]),
    # (h26h) "he" after a sentence whose subject is no person and whose one person is named in it is that person,
    # not the last speaker two sentences back; guard: a person named inside the last speaker's reported words
    ("sole-person-of-sentence-before",
     "THE HAGUE, June 25 (AFP) - NATO chief Mark Rutte hailed the deal as \"historic.\" Canada, which won an "
     "exemption, drew sharp criticism from Trump. \"Canada is a disgrace,\" he told reporters.",
     [("Canada is a disgrace", "Donald Trump")]),
    ("sole-person-of-sentence-before-2",
     "BRUSSELS, March 3 (Reuters) - NATO chief Mark Rutte called the plan \"a good start.\" The "
     "proposal quickly drew scorn from Viktor Orban. \"This is madness,\" he said on state radio.",
     [("This is madness", "Viktor Orbán")]),
    ("person-in-reported-words-not-sole",
     "PYONGYANG, May 2 (Reuters) - North Korea said it would boost its forces after Yoon Suk Yeol ordered drills. "
     "\"We will answer force with force,\" it said.",
     [("We will answer force", "North Korea")]),
    # (h26h) "he" is never a woman (given_names.yaml) and a family name the parser read as an adverb, opening a
    # sentence left with no subject, is the person; guard: "she" stays with the woman
    ("he-not-the-woman-surname-opening",
     "WASHINGTON, June 27 (Reuters) - Foreign ministers Therese Kayikwamba Wagner and Olivier Nduhungirehe signed "
     "the accord. Kayikwamba Wagner said it was a turning point. Nduhungirehe, while praising the deal, was more "
     "reserved. There was \"still a long way to go,\" he told reporters.",
     [("still a long way to go", "Olivier Nduhungirehe")]),
    ("she-stays-with-the-woman",
     "WASHINGTON, June 27 (Reuters) - Foreign ministers Therese Kayikwamba Wagner and Olivier Nduhungirehe signed "
     "the accord. Nduhungirehe said it was a turning point. Kayikwamba Wagner, while praising the deal, was more "
     "reserved. There was \"still a long way to go,\" she told reporters.",
     [("still a long way to go", "Thérèse Kayikwamba Wagner")]),
    # (h26h) a bare "the party" is the party of the same kind named last as the subject of its sentence or the one
    # before, not one named earlier with the word "party"; guard: the one named with the word when it is the last
    ("the-party-last-subject",
     "DHAKA, May 12 (AFP) - The National Citizen Party staged protests in Dhaka. The Awami League, whose leaders are "
     "in exile, rejected the ban. \"This decision has no legal basis whatsoever,\" the party said in a statement.",
     [("This decision has no legal basis", "Awami League")]),
    ("the-party-named-with-the-word-last",
     "DHAKA, May 12 (AFP) - The Awami League rejected the ban. The National Citizen Party, which led the protests, "
     "welcomed it. \"This is a victory for the martyrs of July,\" the party said in a statement.",
     [("This is a victory for the martyrs", "National Citizen Party")]),
    # (h26h) a name the NER took for an organisation, apposed to a person's title, is the person when it opens with a
    # given name (given_names.yaml: Leonel)
    ("title-with-apposed-name",
     "STOCKHOLM, Jan 16 (Reuters) - Rioters set cars alight in the capital. A police spokesman, Ulf Lindqvist, said "
     "officers had used \"minimal force\" against the crowd.",
     [("minimal force", "Ulf Lindqvist")]),
    ("title-with-apposed-name-2",
     "MAPUTO, Jan 16 (Reuters) - Protesters blocked roads in the capital. A police spokesman, Leonel Nhantumbo, said "
     "officers had used \"minimal force\" against looters.",
     [("minimal force", "Leonel Nhantumbo")]),
    # (h26h) an unnamed reporter ("a source close to ...", "a diplomat familiar with ...") of a characterisation is
    # that description, never an actor its reported clause names; guard: a bare "source" describes no one
    ("unnamed-reporter-characterises",
     "BAMAKO, June 7 (AFP) - A source close to the presidency said the army would take over the camp, describing "
     "the move as \"a long-overdue step.\"",
     [("a long-overdue step", "source close to the presidency")]),
    ("unnamed-reporter-characterises-2",
     "GENEVA, June 7 (AFP) - Iran rejected the offer. A diplomat familiar with the talks said the deal would "
     "collapse, describing the offer as \"a dead end for everyone involved.\"",
     [("a dead end", "diplomat familiar with the talks")]),
    ("bare-source-characterises",
     "BAMAKO, June 7 (AFP) - A source said the army would take over the camp, describing the move as \"a "
     "long-overdue step.\"",
     [("a long-overdue step", None)]),
    # (h26h) a short quotation in the clause of an inner "threaten" with its own subject is that subject's
    ("inner-threaten-speaks",
     "ISTANBUL, May 16 (Reuters) - A Ukrainian source familiar with the talks said Vladimir Medinsky had threatened "
     "that Russia was ready to \"fight forever.\"",
     [("fight forever", "Vladimir Medinsky")]),
    ("inner-threaten-speaks-2",
     "KYIV, May 16 (Reuters) - Ukrainian officials said Sergei Lavrov had threatened Kyiv with \"total "
     "destruction.\"",
     [("total destruction", "Sergei Lavrov")]),
    # (h26h) a named group's body told by a description speaks under the group's name; a country's body named with
    # its country and capitals ("U.S. State Department") as written
    ("described-group-body-named",
     "BAMAKO, June 6 (AFP) - Russia's Wagner mercenary group said on Friday it was leaving Mali. \"Mission "
     "accomplished,\" the group said.",
     [("Mission accomplished", "Wagner Group")]),
    ("part-of-group-keeps-its-description",
     "GOMA, June 28 (Reuters) - The M23 rebels seized the town in January. A spokesman for the rebels' political "
     "wing, the Congo River Alliance, said the group would not \"give up an inch of Goma.\"",
     [("give up an inch of Goma", "rebels' political wing")]),
    ("country-capitalised-body",
     "QUITO, Jan 10 (Reuters) - The U.S. State Department said it was \"deeply concerned\" by the violence.",
     [("deeply concerned", "U.S. State Department")]),
    # --- (p27) a person named in apposition to a described speaker speaks, not the body the description names
    ("apposed-name-to-envoy",
     "Russia's ambassador to international organisations in Vienna, Mikhail Ulyanov, called the resolution "
     "\"counterproductive\".",
     [("counterproductive", "Mikhail Ulyanov")]),
    ("apposed-name-to-resolved-description",
     "Lebanon's Foreign Minister Youssef Rajji summoned the envoy. Hezbollah did not respond. Its leader, Naim "
     "Qassem, said last week that the group's patience \"has limits,\" without elaborating.",
     [("has limits,", "Naim Qassem")]),
    ("description-no-name-keeps-body",
     "Russia's ambassador to the United Nations called the resolution \"counterproductive\".",
     [("counterproductive", "Russia")]),
    # (p27) what a welcomer calls a thing, "as" hung on the object
    ("welcomed-as-on-object",
     "Sudan's foreign ministry welcomed the genocide determination as a “long overdue” recognition of the "
     "suffering of the Masalit.",
     [("long overdue", "Sudan's foreign ministry")]),
    # (p27) thanking someone for their words
    ("thanked-for-words",
     "Prime Minister Garry Conille greeted the officers and thanked Kenya for “standing with the Haitian people” "
     "at a time when other countries hesitated.",
     [("standing with the Haitian people", "Garry Conille")]),
    # (p27) a participle after a parenthetical attribution is the attributor's
    ("participle-after-parenthetical-said",
     "The destroyer USS Carney fired missiles at a radar site near Sanaa, U.S. Central Command said, calling it a "
     "\"follow-on action\" meant to degrade the rebels' ability.",
     [("follow-on action", "United States (MIL)")]),
    ("participle-no-parenthetical",
     "Putin rejected the proposal, calling it \"unacceptable\".",
     [("unacceptable", "Vladimir Putin")]),
    # (p27) a name opening the sentence that the parser read as a modifier of a speech verb with a clause
    ("name-read-as-adverb-before-clause",
     "Rwandan Foreign Minister Olivier Nduhungirehe signed the deal. Nduhungirehe acknowledged that there was "
     "“a great deal of uncertainty” because earlier deals had not been implemented.",
     [("a great deal of uncertainty", "Olivier Nduhungirehe")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in WIRE])
def test_wire_speakers(text, expected):
    article = eventwire.extract(text, published="2025-06-01")
    got = []
    for start, _ in expected:
        q = next((q for q in article.quotes if q.quote.startswith(start)), None)
        got.append((start, q.speaker if q is not None else "<no quote>"))
    assert got == expected


SEED_EXPECTED = [
    ("I believe that victory must be yours under your strong and decisive leadership.", "Min Aung Hlaing", D),
    ("truly strong bonds of friendship", "Vladimir Putin", P),
    ("a military unit from Myanmar would participate in the military parade in Moscow on May 9 to commemorate "
     "the 80th anniversary of World War II’s victory over Nazi Germany, with Hlaing also in attendance",
     "Vladimir Putin", I),
    ("Hlaing is seeking international legitimacy and willing to exchange resources for support", "Nay Phone Latt", I),
    ("To maintain his power, he will seek out countries that recognize him and provide assistance,", "Nay Phone Latt", D),
]


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed():
    article = eventwire.extract(SEED.read_text(encoding="utf-8"), published="2025-03-05")
    assert _got(article) == SEED_EXPECTED
    codes = {q.quote[:20]: q.speaker_code for q in article.quotes}
    assert codes["I believe that victo"] == "MMRMIL"
    assert codes["truly strong bonds o"] == "RUSGOV"
    assert codes["To maintain his powe"] == "MMROPP"


# --- the span finder alone (no model) -------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("He said “a b c” and “d e f”.", ["a b c", "d e f"]),
    ('He said "a b c" and "d e f".', ["a b c", "d e f"]),
    ("He said “a b c.", []),
    ('A 12" gun and "a b c".', ["a b c"]),
    ("“a b.\n\n“c d.”", ["a b.", "c d."]),
    ("“a b.\n\nNo quote here.", []),
])
def test_find_quote_spans(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected
