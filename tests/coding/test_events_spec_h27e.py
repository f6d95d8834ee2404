"""Twenty-seventh pass (h27e): the right two actors coded under the wrong CAMEO code. Each positive row failed before
its rule; the guard rows are near sentences whose coding must not change. SPEC rows must be coded, ABSENT rows must
not."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a withdrawal from an organisation announced breaks relations with it (x.withdrawal_from_org.161), as the verb does
    ("The military regimes of Mali, Burkina Faso and Niger on Sunday announced their immediate withdrawal from the "
     "Economic Community of West African States.", "MLIMIL", "161", "IGOWAFWAS", "happened"),
    ("Hungary announced its withdrawal from the International Criminal Court.", "HUN", "161", "IGOJUDICC", "happened"),
    ("Burundi withdrew from the International Criminal Court in 2017.", "BDI", "161", "IGOJUDICC", "happened"),
    # guard: a withdrawal from a country stays a military retreat
    ("The United States completed its withdrawal from Afghanistan.", "USA", "0874", "AFG", "happened"),
    # forces arriving in another country are sent there (074 a mission, 072 instructors), no visit
    ("The first contingent of Kenyan police officers landed in Haiti on Tuesday.", "KENCOP", "074", "HTI", "happened"),
    ("Russian military instructors arrived in Niger in April with an air defence system.", "RUSMIL", "072", "NER",
     "happened"),
    # guard: a minister arriving is a visit
    ("Chinese Foreign Minister Wang Yi arrived in Islamabad on Monday.", "CHNGOV", "042", "PAK", "happened"),
    # protesters attacking an embassy riot (145)
    ("Protesters in Kinshasa attacked the embassies of Rwanda, France and the United States.", "CODCVL", "145",
     "RWAGOV", "happened"),
    # guard: rebels attacking it use force
    ("Rebels attacked the French embassy in Kinshasa.", "CODREB", "190", "FRAGOV", "happened"),
    # inspectors threatened with expulsion: international involvement threatened (136)
    ("Iranian officials have warned that Tehran could expel inspectors of the International Atomic Energy Agency.",
     "IRNGOV", "136", "IGOUNOIAEA", "happened"),
    # guard: an ambassador threatened with expulsion is diplomatic relations threatened
    ("Iran warned that it could expel the British ambassador.", "IRN", "1313", "GBRGOV", "happened"),
    # a report asked for is no aid asked for: the plain appeal
    ("Grossi called on Iran to provide a report without further delay.", "IGOUNOIAEA", "020", "IRN", "happened"),
    # a bombing campaign halted de-escalates (087), no labour strike ended
    ("Washington halted its bombing campaign in Yemen.", "USAGOV", "087", "YEM", "happened"),
    # guard: a strike ended stays 082
    ("Nigeria's unions ended their strike against the government on Friday.", "NGALAB", "082", "NGAGOV", "happened"),
    # a blockade lifted by an army eases a military blockade (0872)
    ("The Israeli army lifted a day-old blockade on Palestinian lorries.", "ISRMIL", "0872", "PSE", "happened"),
    # guard: sanctions lifted stay 085
    ("The European Union lifted sanctions on Syria.", "IGOEUREEC", "085", "SYR", "happened"),
    # fire opened to disperse a crowd is violent repression (175)
    ("Egyptian police opened fire to disperse demonstrators on Monday.", "EGYCOP", "175", "EGYCVL", "happened"),
    # guard: fire opened on soldiers is fighting
    ("Israeli troops opened fire on Hezbollah fighters near the border.", "ISRMIL", "193", "LBNREBHEZ", "happened"),
    # an act judged an attempt to sabotage, undermine or derail is a verdict (111)
    ("Turkey's foreign ministry said the Israeli attacks were an attempt to sabotage Syria's efforts to secure peace "
     "and stability.", "TURGOV", "111", "ISR", "happened"),
    ("Qatar said the Israeli strike was a bid to derail the negotiations.", "QAT", "111", "ISR", "happened"),
    # sanctions lifted, "most of" them, and the target told in the relative clause that imposed them
    ("ECOWAS lifted most of the sanctions it had imposed on Niger in February.", "IGOWAFWAS", "085", "NER", "happened"),
    ("ECOWAS lifted the sanctions it had imposed on Niger.", "IGOWAFWAS", "085", "NER", "happened"),
    # a framework or roadmap agreed is an agreement (057, x.sign_recip.057), not a bare intent (030)
    ("Iran and the IAEA agreed a framework for cooperation in Cairo in September.", "IRN", "057", "IGOUNOIAEA",
     "happened"),
]

ABSENT = [
    ("Iranian officials have warned that Tehran could expel inspectors of the International Atomic Energy Agency.",
     ("IRNGOV", "1313", "IGOUNOIAEA")),
    ("Grossi called on Iran to provide a report without further delay.", ("IGOUNOIAEA", "023", "IRN")),
    ("The first contingent of Kenyan police officers landed in Haiti on Tuesday.", ("KENCOP", "042", "HTI")),
    # troops arriving are no visit
    ("Israeli troops arrived in the Lebanese town of Khiam.", ("ISRMIL", "042", "LBN")),
    ("The United States completed its withdrawal from Afghanistan.", ("USA", "161", "AFG")),
    # guards: an attempt to make peace is no verdict; a relative clause whose subject is the pronoun is no gap
    ("Turkey said the talks were an attempt to secure peace.", ("TUR", "111", "TUR")),
    ("Israel condemned the attack that killed civilians in Gaza.", ("ISR", "111", "PSE")),
    # guard: unions ending a strike do not de-escalate militarily
    ("Nigeria's unions ended their strike against the government on Friday.", ("NGALAB", "087", "NGAGOV")),
    # guard: a state's blockade of a country lifted is not the army's
    ("Saudi Arabia lifted its blockade of Qatar.", ("SAU", "085", "QAT")),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h27e_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h27e_absent(sentence, triple):
    check_absent(sentence, triple)
