"""Event dates of session 27 (h27f; dates.yaml, coding/timing.py), each a row (published, text, trigger, date, reason)
in the shape of test_dates.py: a day the parser hung on a participle that only says who leads the act's object ("a
delegation led by ...") dates the act (`descriptor_participles`); a lead told in the present perfect with no time phrase
takes the day of the next sentence's main act (`perfect_lead_days`, reason `lead`); an act told by a gerund "after" the
dated act ("cut ties on Saturday ... after accusing[pcomp] its neighbour") is not dated by it (`sequence_words`); a
phrase quoted after the act in its own clause does not keep it from the scene both sides took part in. Rows with no date are look-alikes
that must take none. New dated rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_dated

_KENYA = "Kenya has expelled Uganda's ambassador over a border dispute. "
_DRC = "The foreign ministers of Congo and Rwanda signed a U.S.-mediated peace deal in Washington on Friday. "
_MINISTERS = "Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe"
_NAIROBI = ("NAIROBI, March 12 (Reuters) - Ethiopia and Eritrea have agreed to reopen their border, following talks mediated "
            "by Saudi Arabia. ")

H27F_DATES = [
    # a day on a participle of who leads or makes up the act's object is the act's
    ("2026-02-18", "Egypt hosted a Hamas delegation led by Khalil al-Hayya in Cairo on Tuesday for talks on the ceasefire.",
     "hosted", "2026-02-17", "weekday"),
    ("2025-03-12", "Putin received a Chinese delegation headed by Foreign Minister Wang Yi in Moscow on Monday.",
     "received", "2025-03-10", "weekday"),
    # ... not a participle of an act, a month, or an act to come
    ("2025-03-12", "Israel condemned the attack carried out by Hamas on Monday.", "condemned", None, None),
    ("2025-03-12", "Egypt hosted a Hamas delegation led by Khalil al-Hayya in Cairo in January.", "hosted", None, None),
    ("2025-03-12", "Egypt will host a Hamas delegation led by Khalil al-Hayya in Cairo on Tuesday.", "host", None, None),
    # a lead in the present perfect with no time phrase: the day of the next sentence's main act
    ("2025-03-12", _KENYA + "Foreign Minister Musalia Mudavadi announced the expulsion on Monday.", "expelled",
     "2025-03-10", "lead"),
    ("2025-03-12", _NAIROBI + "Saudi Crown Prince Mohammed bin Salman hosted the two leaders in Jeddah on Tuesday.",
     "mediated", "2025-03-11", "lead"),
    ("2025-09-03", "The United States military has struck a vessel carrying drugs from Venezuela, killing 11 people. Trump "
     "announced the strike on Tuesday.", "struck", "2025-09-02", "lead"),
    # ... not a lead in the simple past, a next sentence dated by a month, far back, in the perfect or quoted, a perfect
    # that is not the lead, or a relative clause in the lead
    ("2025-03-12", "Kenya expelled Uganda's ambassador over a border dispute. Foreign Minister Musalia Mudavadi announced "
     "the expulsion on Monday.", "expelled", None, None),
    ("2025-03-12", _KENYA + "Relations soured in January.", "expelled", None, None),
    ("2025-03-12", _KENYA + "The dispute began on March 1.", "expelled", None, None),
    ("2025-03-12", _KENYA + "Mudavadi has announced the expulsion in parliament.", "expelled", None, None),
    ("2025-03-12", _KENYA + "\u201cWe will not be bullied,\u201d Mudavadi said on Monday.", "expelled", None, None),
    ("2025-03-12", "Ugandan troops clashed with Kenyan police at the border. " + _KENYA + "Mudavadi announced the "
     "expulsion on Monday.", "expelled", None, None),
    ("2025-01-20", "Petro has suspended peace talks with the ELN after an offensive by the group that has forced thousands "
     "of villagers to flee. Petro announced the suspension on Friday.", "forced", None, None),
    # an act told by a gerund "after" (or "before") the dated act is not dated by it
    ("2025-01-28", "Congo cut diplomatic ties with Rwanda on Saturday, recalling its diplomats from Kigali, after accusing "
     "its neighbour of sending troops across the border.", "accusing", None, None),
    ("2025-01-28", "Congo cut diplomatic ties with Rwanda on Saturday after accusing Kigali of sending troops across the "
     "border.", "accusing", None, None),
    # ... but keeps a day of its own, and a participle or a gerund of means keeps the act's day
    ("2025-01-28", "Congo cut diplomatic ties with Rwanda on Saturday after accusing Kigali on Friday of sending troops "
     "across the border.", "accusing", "2025-01-24", "weekday"),
    ("2025-01-28", "Congo cut diplomatic ties with Rwanda on Saturday, accusing Kigali of sending troops across the "
     "border.", "accusing", "2025-01-25", "weekday"),
    ("2025-01-28", "Congo retaliated on Saturday by expelling Rwanda's ambassador.", "expelling", "2025-01-25", "weekday"),
    # the scene of both sides carried to an act whose sentence quotes a phrase after it, in its own clause
    ("2025-06-28", _DRC + "Secretary of State Marco Rubio hosted " + _MINISTERS + ", for the ceremony, calling it "
     "\u201can important moment after 30 years of war.\u201d", "hosted", "2025-06-27", "context"),
    ("2025-06-28", _DRC + "Secretary of State Marco Rubio hosted " + _MINISTERS + ", for the ceremony.", "hosted",  # (before too)
     "2025-06-27", "context"),
    # ... not an act told inside the quotation
    ("2025-06-28", _DRC + "\u201cWe hosted " + _MINISTERS + " for a truly historic ceremony,\u201d Secretary of State "
     "Marco Rubio said.", "hosted", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize("published, text, trigger, expected, reason", H27F_DATES,
                         ids=[f"{r[2]}:{r[0]}:{r[1][-40:]}" for r in H27F_DATES])
def test_h27f_dates(published, text, trigger, expected, reason):
    check_dated(published, text, trigger, expected, reason)
