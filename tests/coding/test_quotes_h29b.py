"""h29b: who speaks in wire copy that names a speaker by title, spokesperson, body or short form. Each case runs the
whole pipeline over a short story; every listed quotation (found by its first words) must have that speaker (the
actor's name, or a code prefix). Guards keep the speakers other rules gave. New rows failed before their rule.

- an apposed title and name ("The country's foreign minister, Abbas Araghchi, said:") is the named person;
- a "who" clause the parser hung on a place or a time is the person's before it (syntax.py `personal_antecedent`,
  coref.yaml `personal_relatives`);
- a bare spokesperson ("a spokesperson said", "the spokesman added") speaks for the body last named as a clause's
  subject (quotes.py `_reporting_body`, coref.yaml `reporting_office_sectors`, `spokes_body_lookback`); "the
  ministry said" is the body of that head named lately whatever its sector (actors.py `_describe`);
- a short form in brackets after a composed body ("South Korea's Joint Chiefs of Staff (JCS)") and the body's name
  written again without its owner are that body (actors.py `_composed_initialisms`, coref.yaml
  `initialism_skip_words`; sectors.yaml MIL "chiefs of staff", "joint staff").
"""
from __future__ import annotations

import pytest

import eventwire

PUBLISHED = "2025-06-15"

# (case id, text, [(first words of the quotation, speaker name or code prefix; None: no actor speaks)])
CASES = [
    ("apposed-title-colon",
     "TEHRAN, June 10 (Wire) - Iran said on Tuesday it would not resume talks with Washington.\n\n"
     "The country's foreign minister, Abbas Araghchi, said: \"We will not negotiate under fire.\"",
     [("We will not negotiate", "Abbas Araghchi")]),
    ("apposed-title-told",
     "Iran's top diplomat, Abbas Araghchi, told reporters: \"We need firm guarantees.\"",
     [("We need firm", "Abbas Araghchi")]),
    ("apposed-title-after-quote",
     "\"Lebanon will decide its own defence strategy,\" the country's deputy foreign minister, Karim Haddad, said.",
     [("Lebanon will decide", "Karim Haddad")]),
    ("who-after-place-advcl",
     "Ukrainian President Volodymyr Zelenskiy met Prime Minister Giorgia Meloni in Rome, who said Italy would keep "
     "supporting Kyiv.",
     [("Italy would keep", "Giorgia Meloni")]),
    ("who-after-time-advcl",
     "Blinken held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday, who said Egypt would keep "
     "the crossing open.",
     [("Egypt would keep", "EGYGOV")]),
    ("who-on-person-kept",  # guard: the parser's own reading stands
     "The envoy met the opposition leader in Caracas, who said the elections were rigged.",
     [("the elections were rigged", "VENOPP")]),
    ("which-on-place-kept",  # guard: "which" is no personal relative
     "The delegation arrived in Rome, which said it would host the talks.",
     [("it would host", "ITA")]),
    ("bare-spokesperson-after-body",
     "The Iranian foreign ministry issued a statement rejecting a U.S. proposal. \"The proposal is unacceptable,\" a "
     "spokesperson said.\n\n\"We have made our position clear,\" the spokesman added.",
     [("The proposal is", "IRNGOV"), ("We have made", "IRNGOV")]),
    ("bare-spokeswoman-not-quoted-body",
     "Russia's foreign ministry on Wednesday accused Britain of sending military instructors to Ukraine.\n\n"
     "\"London is directly involved in the conflict,\" a spokeswoman said.",
     [("London is directly", "RUSGOV")]),
    ("bare-spokesman-defence",
     "China's defence ministry said the voyage was routine. \"It complies with international law,\" a spokesman said.",
     [("It complies", "CHNMIL")]),
    ("spokesperson-for-family-kept",  # guard: a spokesperson for someone named is theirs, not a body's
     "Police arrested three men in Nairobi on Sunday. \"We are grieving,\" a spokesperson for the family said.",
     [("We are grieving", None)]),
    ("spokesperson-no-body",  # guard: no body named as a subject
     "Heavy rain flooded the capital on Monday. \"It was terrible,\" a spokesperson said.",
     [("It was terrible", None)]),
    ("spokesperson-body-too-far",  # guard: past `spokes_body_lookback`
     "Russia's foreign ministry accused Britain of escalation. Kenya held elections on Monday. The vote was calm. "
     "Turnout was high. \"We are pleased,\" a spokesperson said.",
     [("We are pleased", None)]),
    ("ministry-said-defence-ministry",
     "SEOUL, March 5 (Wire) - North Korea fired missiles, South Korea's military said.\n\n"
     "Japan's defence ministry said the missiles fell outside its exclusive economic zone. \"There is no damage,\" "
     "the ministry said.",
     [("There is no damage", "JPNMIL")]),
    ("initialism-jcs",
     "SEOUL, March 5 (Wire) - North Korea fired several short-range ballistic missiles into the sea on Wednesday, "
     "South Korea's Joint Chiefs of Staff (JCS) said.\n\n\"Our military is maintaining a full readiness posture,\" "
     "the JCS said in a statement.\n\n\"We strongly condemn North Korea's launches,\" the JCS added.",
     [("Our military is", "KORMIL"), ("We strongly condemn", "KORMIL")]),
    ("joint-staff-name-again",
     "Japan's Joint Staff said Chinese warships had sailed through the Miyako Strait. \"We are monitoring the "
     "situation closely,\" the Joint Staff said.",
     [("We are monitoring", "JPNMIL")]),
    ("initialism-not-spelled",  # guard: a short form that spells no initials of the body is not it
     "South Korea's Joint Chiefs of Staff (KCNA) said North Korea fired two missiles. \"We are on alert,\" KCNA said.",
     [("We are on alert", "PRKMED")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_h29b_speakers(text, expected):
    article = eventwire.extract(text, published=PUBLISHED)
    got = [(q.quote, q.speaker, q.speaker_code) for q in article.quotes]
    for first, want in expected:
        q = next((q for q in article.quotes if q.quote.startswith(first)), None)
        assert q is not None, got
        if want is None:
            assert q.speaker_code is None, got
        else:
            assert want in (q.speaker or "") or (q.speaker_code or "").startswith(want), got
