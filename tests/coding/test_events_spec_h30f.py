"""h30f: ordinary verbs and nouns our patterns missed, found through the unit_up suite (UniversalPetrarch's CAMEO
revision of PETRARCH's unit records) and written here as real-news sentences. Ties resumed "with" a country, welcomed,
hailed or announced with no owner written, are the welcomer's own (x.n.restore_ties_welcomed.050); an amount given or
received in any currency is economic aid (x.give_money.071 takes every currency noun, x.receive_money.071 the giver after
"from"); a deal signed "to supply X" or "to sell ... to X" is an agreement with X (sign_agreement.057, paths on the deal's
infinitive or purpose clause); a party itself deplored is criticised (deplore_party.111); leaving "for" a foreign
capital is a visit (x.leave_for.042), but not one told only as the time of another act ("before leaving for": pattern
key `trigger_deps_not`). SPEC rows must be coded,
ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # ties resumed with a country, welcomed or announced by it (x.n.restore_ties_welcomed.050)
    ("Turkey welcomed the resumption of diplomatic relations with Armenia.", "TUR", "050", "ARM", "happened"),
    ("Saudi Arabia announced the restoration of diplomatic ties with Iran.", "SAU", "050", "IRN", "happened"),
    ("Saudi Arabia and Bahrain welcomed the restoration of diplomatic ties with Qatar.", "BHR", "050", "QAT", "happened"),
    ("Lawmakers in Japan welcomed the normalisation of relations with South Korea.", "JPNLEG", "050", "KOR", "happened"),
    # guards: an owner written stays the owner; ties "between" two others are theirs
    ("Bahrain welcomed its resumption of diplomatic relations with Qatar.", "BHR", "050", "QAT", "happened"),
    ("The United Nations welcomed the resumption of diplomatic ties between Iran and Saudi Arabia.", "IRN", "050", "SAU",
     "happened"),
    # an amount in any currency given (x.give_money.071)
    ("Norway will contribute 50 million kroner to the World Food Programme.", "NOR", "071", "IGOUNOWFP", "planned"),
    ("India will give 5 million rupees to Nepal.", "IND", "071", "NPL", "planned"),
    ("Switzerland will donate 10 million Swiss francs to the Red Cross.", "CHE", "071", "NGOICRC", "planned"),
    ("Italy will contribute a million euros to Lebanon.", "ITA", "071", "LBN", "planned"),
    ("Japan will contribute $10 million to UNRWA.", "JPN", "071", "IGOUNORWA", "planned"),
    # ... or received from a giver (x.receive_money.071)
    ("Ukraine received $4.5 billion from the IMF on Friday.", "IGOIMF", "071", "UKR", "happened"),
    ("Egypt received 50 million euros from Germany.", "DEU", "071", "EGY", "happened"),
    ("Ukraine has received money from the European Union.", "IGOEUREEC", "071", "UKR", "happened"),
    # a deal signed to supply or sell to a party (sign_agreement.057, xcomp / purpose paths)
    ("Qatar signed a deal to supply Germany with liquefied natural gas.", "QAT", "057", "DEU", "happened"),
    ("Russia signed an agreement on Tuesday to supply Hungary with gas.", "RUS", "057", "HUN", "happened"),
    ("France signed a contract to sell 30 Rafale jets to Egypt.", "FRA", "057", "EGY", "happened"),
    ("Egypt signed a deal to buy 30 Rafale jets from France.", "EGY", "057", "FRA", "happened"),
    # guard: a partner after "with" still wins
    ("Egypt signed an agreement with Russia to build a nuclear plant.", "EGY", "057", "RUS", "happened"),
    # leaving or departing for a foreign capital is a visit (x.leave_for.042; the capital is a place: coref.yaml
    # place_movement_verbs), hosted by who is met there
    ("Indian Prime Minister Narendra Modi left for Moscow on Monday.", "INDGOV", "042", "RUS", "happened"),
    ("Indian Prime Minister Narendra Modi left for Moscow on Monday.", "RUS", "043", "INDGOV", "happened"),
    ("UN Secretary-General Antonio Guterres left for Kyiv on Tuesday.", "IGOUNO", "042", "UKR", "happened"),
    ("Pakistan's foreign minister left for Beijing on Wednesday for meetings with Chinese officials.", "PAKGOV", "042",
     "CHN", "happened"),
    ("Modi departed for Washington on Sunday for talks with President Trump.", "INDGOV", "042", "USAGOV", "happened"),
    ("Prime Minister Narendra Modi is leaving for Moscow on Monday.", "INDGOV", "042", "RUS", "planned"),
    # a party deplored (deplore_party.111)
    ("The African Union deplored the Sudanese army.", "IGOAFRAFU", "111", "SDNMIL", "happened"),
    ("Ethiopia said it deplored Egypt.", "ETH", "111", "EGY", "happened"),
    # guards: a state of things deplored stays a comment; an act deplored is its author's criticism
    ("The UN chief deplored the plight of Palestinians in Gaza.", "IGOUNO", "012", "PSE", "happened"),
    ("France deplored Israel's decision to expand settlements.", "FRA", "111", "ISR", "happened"),
]

ABSENT = [
    # ties sought or rejected are no resumption; flights resumed are no diplomatic ties
    ("Iran sought the resumption of diplomatic ties with Egypt.", ("IRN", "050", "EGY")),
    ("Iran rejected the restoration of diplomatic ties with Egypt.", ("IRN", "050", "EGY")),
    ("Turkey welcomed the resumption of flights with Armenia.", ("TUR", "050", "ARM")),
    # a third party welcoming ties between two others resumes none itself
    ("The United Nations welcomed the resumption of diplomatic ties between Iran and Saudi Arabia.",
     ("IGOUNO", "050", "IRN")),
    # troops contributed, "real" support, a payment received are no money given
    ("Kenya will contribute 1,000 police officers to the mission in Haiti.", ("KEN", "071", "HTI")),
    ("The United States provided real support to Ukraine.", ("USA", "071", "UKR")),
    ("Russia received payment from India for the oil.", ("IND", "071", "RUS")),
    # a deal to end a war, a law signed: no partner in the infinitive
    ("Russia signed a law to ban foreign agents.", ("RUS", "057", None)),
    # migrants or police leaving are no visit; a leader going home visits no one
    ("Thousands of migrants left Libya for Italy.", ("LBYREF", "042", "ITA")),
    ("Kenyan police officers left for Haiti on Tuesday.", ("KENCOP", "042", "HTI")),
    ("Putin left Beijing for Moscow on Friday.", ("RUSGOV", "042", "RUS")),
    # a trip told only as the time of another act (pattern key trigger_deps_not: pcomp)
    ("Before leaving for Beijing on Thursday, Prime Minister Narendra Modi will give a speech in Delhi.",
     ("INDGOV", "042", "CHN")),
    ("Putin left Beijing for Moscow on Friday.", ("RUSGOV", "042", "CHN")),
    # a loss deplored is no one criticised
    ("Germany deplored the loss of life.", ("DEU", "111", None)),
    ("The UN chief deplored the plight of Palestinians in Gaza.", ("IGOUNO", "111", "PSE")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h30f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h30f_absent(sentence, triple):
    check_absent(sentence, triple)
