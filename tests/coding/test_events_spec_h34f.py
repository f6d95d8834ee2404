"""h34f: actors in news events. General readings, each proved on look-alikes of my own: a spokesperson of no body
named, whose own speech verb reports a body's act ("The interior ministry has arrested 12 people, spokesman X said"),
speaks for that body, before the body that spoke last (actors.py `_reported_body`); a capitalised title in the "of" phrase of an owned
"Office" is the owner's ("the ICC's Office of the Prosecutor" IGOJUDICC, "Ukraine's Office of the Prosecutor General"
UKRJUD), not the story's country's (coref.yaml `owned_body_name_heads`); a person's name closing its sentence after a
comma, which the parser hung on the verb, is apposed to the title phrase before the comma ("met by the U.S. special
presidential envoy for hostage affairs, Adam Boehler[npadvmod].": coref.yaml `sentence_end_apposition_deps`). SPEC rows must be coded, ABSENT
rows must not; the new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

from eventwire import extract

SPEC = [
    # a spokesman reporting his body's act in his own sentence speaks for it, not for the body that spoke before
    ("Pakistan's army said Indian troops had fired first. India's foreign ministry summoned a senior Pakistani "
     "diplomat and lodged a strong protest, spokesman Ravi Kumar told reporters. He accused Pakistan of backing "
     "militants.", "INDGOV", "112", "PAK", "happened"),
    ("The Russian defence ministry said its forces had taken the village. The Ukrainian air force shot down 40 "
     "drones overnight, spokesman Yuriy Ihnat said. He accused Russia of targeting power plants.", "UKRMIL", "112",
     "RUS", "happened"),
    # a title in an owned office's name is the owner's, not the story's country's
    ("Myanmar's army burned villages in Rakhine. The UN's Office of the High Commissioner for Human Rights said it "
     "had documented the killings. It condemned the army.", "IGOUNO", "111", "MMRMIL", "happened"),
    # guard: with no owner written, read as before
    ("The Office of the Prosecutor General said it had charged two Ukrainian officers with treason.", "UKRJUD",
     "173", "UKRMIL", "happened"),
    # a name closing its sentence after a comma, hung on the verb by the parser, is apposed to the title before it
    ("Daniel Ferris was met in Doha by the U.S. special presidential envoy for hostage affairs, Adam Boehler. Boehler "
     "accused the Taliban of holding Americans as bargaining chips.", "USAGOV", "112", "AFGGOV", "happened"),
    ("The Americans were welcomed at the airport by the U.S. special presidential envoy for hostage affairs, Roger "
     "Carstens. Carstens accused Venezuela of using detainees as bargaining chips.", "USAGOV", "112", "VEN",
     "happened"),
    # guards: already apposed, as before; no title before the comma, no apposition
    ("The ceasefire talks in Cairo were attended by the German special envoy for the Middle East, Tobias Lindner. "
     "Lindner urged Hamas to release the hostages.", "DEUGOV", "0253", "PSEREBHMS", "happened"),
    # guard: people in the plural do not speak through a spokesman; the body that spoke last, as before
    ("Pakistan's army said India had fired first. Indian troops opened fire on Pakistani posts, spokesman Ahmed "
     "Sharif told reporters. He accused India of violating the ceasefire.", "PAKMIL", "112", "IND", "happened"),
]

ABSENT = [
    ("The Americans were welcomed at the airport by the U.S. special presidential envoy for hostage affairs, Roger "
     "Carstens. Carstens accused Venezuela of using detainees as bargaining chips.", ("USA", "112", "VEN")),
    ("The ship was boarded by the coast guard, Maria Santos. She accused China of harassment.",
     ("CHNMIL", "112", "CHN")),
    ("Myanmar's army burned villages in Rakhine. The UN's Office of the High Commissioner for Human Rights said it "
     "had documented the killings. It condemned the army.", ("MMRGOV", "111", "MMRMIL")),
    ("Pakistan's army said Indian troops had fired first. India's foreign ministry summoned a senior Pakistani "
     "diplomat and lodged a strong protest, spokesman Ravi Kumar told reporters. He accused Pakistan of backing "
     "militants.", ("PAKMIL", "112", "PAK")),
    ("The Russian defence ministry said its forces had taken the village. The Ukrainian air force shot down 40 "
     "drones overnight, spokesman Yuriy Ihnat said. He accused Russia of targeting power plants.", ("RUSMIL", "112",
                                                                                                    "RUS")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC, ids=[s[0][:48] for s in SPEC])
def test_h34f_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT, ids=[s[0][:48] for s in ABSENT])
def test_h34f_absent(sentence, triple):
    check_absent(sentence, triple)


# the actor of a title in an owned office's name (mention level: "the ICC's Office of the Prosecutor" was AFGJUD)
MENTIONS = [
    ("The Taliban banned women from universities. On Wednesday, the ICC's Office of the Prosecutor asked the court's "
     "judges to issue arrest warrants.", "Prosecutor", "IGOJUDICC"),
    ("Russian troops shelled Kherson. Ukraine's Office of the Prosecutor General opened a war crimes case.",
     "Prosecutor General", "UKRJUD"),
    ("The Taliban banned women from universities. The UN's Office of the High Commissioner for Human Rights "
     "criticised the ban.", "High Commissioner", "IGOUNO"),
]


@pytest.mark.parametrize("text,mention,code", MENTIONS, ids=[m[1] for m in MENTIONS])
def test_h34f_mention_code(text, mention, code):
    article = extract(text)
    actors = {a.id: a for a in article.actors}
    got = [actors[m.actor_id].code for m in article.mentions if m.text == mention]
    assert got and all(c == code for c in got), got
