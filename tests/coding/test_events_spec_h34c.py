"""(h34c) Event dates on new wire copy: each row is a general reading written for these tests (not taken from an
evaluation set), with look-alikes that must keep what other rules gave them. Rows of the new readings failed before
their rule (checked against main at 4d5c316).

- A happening named as the subject of what it did ("Russian air strikes killed 12 civilians ... on Monday") is dated by
  that verb, so a reaction naming it again ("Turkey condemned the strikes") takes its day (dates.yaml
  `mention_subject_acts`; timing.py `_mention_date`); not one told to come, in the perfect, or placed by "came after".
- A verb coordinated with the act and told as what is to come ("... and will send investigators on Monday", "... and
  that its envoys would travel ... on Thursday") keeps its time phrases: they never date an act that happened
  (dates.yaml `to_come_conjuncts`; timing.py `_to_come_conjunct`).
- A time phrase in the infinitive of a verb of intent ("pledged to resume talks in June", "voted to expel the ambassador
  in April") tells when what was pledged or voted is to be done: it is read into the future (dates.yaml
  `intent_verbs`; timing.py `_intent_phrase`); an attempt or a refusal ("tried to send", "refused to expel") keeps the
  past.
- An act to come starts when its start is told: "from" a date on its own verb ("will raise tariffs on Mexican steel from
  Nov. 15"), or a participle of `measure_start_words` the parser hung on a noun of its clause ("will supply gas to
  Turkey's pipeline operator BOTAS starting in 2027") (dates.yaml `start_prepositions`, `start_participles`); an act
  told as done keeps h24c's reading, and "from" stays a skip preposition for it.
- An act to come told by the infinitive of purpose of a verb with its day ("would travel to Brussels on Thursday to ask
  NATO allies ...") is done that day (dates.yaml `purpose_own_day`; timing.py `_purpose_of`).
- An act in the present perfect ("has held talks", "have pledged troops") takes no time phrase of another verb of its
  sentence, coordinated above or below it: English gives that tense no past time (dates.yaml
  `present_perfect_auxiliaries`); a report's date and its own phrase still count.
- A second verb of a saying's subject coordinated with the sentence's root ("said the strike was a crime and urged the
  U.N. to act") is said in that statement, so it takes the day the next sentence gives the same speaker's words
  (dates.yaml `statement_conjuncts`; timing.py `_saying`); a paragraph break still ends the statement.
- An act told in the words of a quotation that runs on into a later sentence is done on the day of the reporting verb
  that closes the quotation (dates.yaml `quotation_attribution_day`; timing.py `_quoted_attribution`).
"""
from __future__ import annotations

import pytest
from event_checks import check_dated

# (published, text, trigger, expected date, reason)
DATED = [
    # a happening dated by what it did, named again by a reaction
    ("2025-06-11", "Russian air strikes killed 12 civilians in Idlib on Monday, rescuers said. Turkey condemned the "
     "strikes.", "condemned", "2025-06-09", "reaction"),
    ("2025-06-11", "A Russian missile attack killed three people in Odesa on Tuesday. Moldova's president denounced the "
     "attack.", "denounced", "2025-06-10", "reaction"),
    ("2025-06-11", "An Israeli raid destroyed a school in Jenin on Sunday. Jordan condemned the raid.", "condemned",
     "2025-06-08", "reaction"),
    # a coordinated verb to come keeps its day
    ("2025-06-12", "Germany condemned Russia's attack on its embassy in Kabul and will send investigators on Monday.",
     "condemned", None, None),
    ("2025-06-12", "The African Union said it supported Chad's transition and that its envoys would travel to N'Djamena "
     "on Thursday.", "supported", None, None),
    ("2025-06-12", "Police arrested 30 protesters in Nairobi, and a court will hear their cases on Tuesday.", "arrested",
     None, None),
    # the infinitive of an intent told into the future
    ("2025-03-13", "Iran pledged to resume talks with the IAEA in June.", "pledged", "2025-06", "month"),
    ("2025-03-13", "Kenya vowed to send more police officers to Haiti in January.", "vowed", "2026-01", "month"),
    ("2025-03-13", "Rwanda's parliament voted to expel the Belgian ambassador in April.", "expel", "2025-04", "month"),
    # an act to come starts when its start is told
    ("2026-10-27", "The United States will raise tariffs on Mexican steel from Nov. 15, the trade office said.", "raise",
     "2026-11-15", "month_day"),
    ("2026-10-27", "India will ban imports of Pakistani goods from Dec. 1.", "ban", "2026-12-01", "month_day"),
    ("2026-02-11", "QatarEnergy will supply gas to Turkey's pipeline operator BOTAS starting in 2027, the ministry said.",
     "supply", "2027", "year"),
    ("2026-02-11", "Russia will supply oil to India's state refiner starting in March.", "supply", "2026-03", "month"),
    # the purpose of an act to come is done on its day
    ("2026-01-14", "Ukraine's foreign minister said he would travel to Brussels on Thursday to ask NATO allies for more "
     "air defence systems.", "ask", "2026-01-15", "weekday"),
    ("2026-04-29", "Carney will travel to Buenos Aires on Thursday to meet Argentine President Javier Milei.", "meet",
     "2026-04-30", "weekday"),
    ("2026-04-29", "Japan's prime minister will fly to Seoul on Friday to hold talks with South Korea's president.",
     "hold", "2026-05-01", "weekday"),
    # the present perfect takes no other verb's time
    ("2026-05-28", "Jakarta signed a deal with Turkey last year for 48 fighter jets and has held talks with China about "
     "J-10 fighters.", "held", None, None),
    ("2026-06-09", "Chad and Bangladesh have pledged troops for the force, and a first contingent of Chadian soldiers "
     "arrived in Haiti last week.", "pledged", None, None),
    ("2026-09-18", "Lithuania and Poland have accused Minsk of orchestrating migrant crossings, and Lithuania closed its "
     "border with Belarus last year.", "accused", None, None),
    # a second verb of the saying is dated by the statement the next sentence dates
    ("2026-02-11", "Iranian Foreign Minister Abbas Araqchi said the strike was a crime and urged the United Nations to "
     "act. \"We will respond,\" Araqchi told reporters in Tehran on Tuesday.", "urged", "2026-02-10", "context"),
    ("2026-02-11", "Kenyan President William Ruto said the vote was fair and thanked the European Union for its "
     "observers. \"Democracy has won,\" Ruto told a rally in Nairobi on Sunday.", "thanked", "2026-02-08", "context"),
    ("2026-02-11", "Polish Prime Minister Donald Tusk said the incursion was deliberate and accused Russia of testing "
     "NATO. \"We will not be intimidated,\" Tusk told reporters in Warsaw on Monday.", "accused", "2026-02-09",
     "context"),
    # an act in a quotation of several sentences is done when the quotation is said
    ("2026-10-12", "\"We thank Qatar for its tireless mediation. Our citizens are finally home,\" U.S. Secretary of State "
     "Marco Rubio said in a statement on Sunday.", "thank", "2026-10-11", "report"),
    ("2026-10-12", "\"We accuse Russia of deliberately targeting civilians. This is a war crime,\" Ukrainian President "
     "Volodymyr Zelenskiy said in his nightly address on Saturday.", "accuse", "2026-10-10", "report"),
    ("2026-10-12", "\"We reject the demands of Serbia. Kosovo is a sovereign state,\" Kosovo Prime Minister Albin Kurti "
     "told reporters in Pristina on Friday.", "reject", "2026-10-09", "report"),
]

DATED_GUARDS = [
    # a happening told to come, or in the perfect over a span, dates nothing
    ("2025-06-11", "Israeli air strikes would hit Gaza on Friday, officials warned. Egypt condemned the strikes.",
     "condemned", None, None),
    ("2025-06-11", "Israeli air strikes have killed 40 people in Gaza since Monday. Egypt condemned the strikes.",
     "condemned", None, None),
    # a happening placed by "came after" is no telling of its own day
    ("2025-06-11", "The strikes came a day after Hamas fired rockets at Israel on Monday. Egypt condemned the strikes.",
     "condemned", None, None),
    # a coordinated verb of the same time still shares its day
    ("2025-06-12", "Police arrested 30 protesters in Nairobi and charged them with rioting on Monday.", "arrested",
     "2025-06-09", "weekday"),
    # an act to come itself keeps its own day
    ("2025-06-12", "Kenya and Uganda will meet on Friday and will sign a trade pact.", "meet", "2025-06-13", "weekday"),
    # an attempt or a refusal is no intent: the month is read into the past
    ("2025-03-13", "Kenya tried to send more police officers to Haiti in January.", "send", "2025-01", "month"),
    ("2025-03-13", "Rwanda's parliament refused to expel the Belgian ambassador in February.", "refused", "2025-02",
     "month"),
    # a start told of an act done: "starting" on a noun is the noun's, h24c's reading otherwise
    ("2026-02-11", "Canada imposed tariffs on U.S. steel starting in March.", "imposed", None, None),
    # the present perfect keeps its report's date and its own phrase; the simple past beside it keeps its own
    ("2026-09-18", "Iran said on Monday it has seized a British tanker in the Gulf.", "seized", "2026-09-14", "report"),
    ("2026-09-18", "Egypt has hosted talks between Israel and Hamas this week.", "hosted", "2026-09", "relative_week"),
    ("2026-09-18", "Lithuania and Poland have accused Minsk of orchestrating migrant crossings, and Lithuania closed its "
     "border with Belarus last year.", "closed", "2025", "relative_period"),
    # a paragraph break ends the statement
    ("2026-02-11", "Iranian Foreign Minister Abbas Araqchi said the strike was a crime and urged the United Nations to "
     "act.\n\n\"We will respond,\" Araqchi told reporters in Tehran on Tuesday.", "urged", None, None),
    # a quotation closed by a saying with no day dates nothing
    ("2026-10-12", "\"We thank Qatar for its tireless mediation. Our citizens are finally home,\" U.S. Secretary of State "
     "Marco Rubio said in a statement.", "thank", None, None),
    # the purpose of an act that happened keeps h25b's reading
    ("2026-04-29", "Japan's prime minister flew to Seoul on Friday to hold talks with South Korea's president.",
     "hold", "2026-04-24", "weekday"),
]


@pytest.mark.slow
@pytest.mark.parametrize("published, text, trigger, expected, reason", DATED + DATED_GUARDS,
                         ids=[f"{r[2]}:{r[1][:50]}" for r in DATED + DATED_GUARDS])
def test_dates_h34c(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)
