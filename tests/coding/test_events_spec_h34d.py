"""h34d: a known group of a country is coded on an event by its country and sector, as ANNOTATION.md codes actors
(the Houthis YEMREB, the RSF SDNREB, Hamas PSEREB), and its whole CAMEO code is kept in the event's `source_group` /
`target_group` (groups.yaml `event_code_letters`, kb.known_group_codes), which the store keeps and the GDELT export
writes as Actor1Code with the tag as Actor1KnownGroupCode. Every other code is unchanged (a country, a sector, an IGO
and its organs, a stacked code a user's dictionary gives). The rows must fail before the change: the event's
`source_code` was the whole code."""
from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Span
from eventwire.store import Store
from eventwire.store.duck import GDELT_COLUMNS

PUBLISHED = "2025-06-01"


def sides(text: str) -> set[tuple]:
    """{(source_code, source_group, cameo_code, target_code, target_group)} of the text's events."""
    article = eventwire.extract(text, published=PUBLISHED)
    return {(e.source_code, e.source_group, e.cameo_code, e.target_code, e.target_group) for e in article.events}


# (text, source_code, source_group, cameo, target_code, target_group)
SPEC = [
    # a known group acting: its country and sector, the whole code beside
    ("The Houthis fired a ballistic missile at Israel on Sunday.", "YEMREB", "YEMREBHTH", "190", "ISR", None),
    ("Hamas accused Israel of violating the ceasefire.", "PSEREB", "PSEREBHMS", "112", "ISR", None),
    # a known group acted on
    ("The European Union imposed sanctions on the Rapid Support Forces.", "IGOEUREEC", None, "163", "SDNREB",
     "SDNREBRSF"),
    ("Egypt condemned Hamas for the attack.", "EGY", None, "111", "PSEREB", "PSEREBHMS"),
    ("Yemen's government accused the Houthis of blocking aid.", "YEMGOV", None, "112", "YEMREB", "YEMREBHTH"),
    # guards: a country and sector, an IGO, an IGO's organ and a person of a government keep their codes whole
    ("Russia's army shelled Ukrainian positions near Kharkiv.", "RUSMIL", None, "194", "UKR", None),
    ("The U.N. Human Rights Council condemned Iran's crackdown.", "IGOUNOHRC", None, "111", "IRN", None),
    ("The African Union Commission urged Sudan to end the war.", "IGOAFRAUCOM", None, "0256", "SDN", None),
]


@pytest.mark.parametrize("text,source,source_group,code,target,target_group", [r for r in SPEC if r[1]])
def test_known_group_event_codes(text, source, source_group, code, target, target_group):
    got = sides(text)
    assert (source, source_group, code, target, target_group) in got, sorted(got, key=str)


def test_the_actor_keeps_the_whole_code():
    article = eventwire.extract("The Houthis fired a ballistic missile at Israel on Sunday.", published=PUBLISHED)
    assert "YEMREBHTH" in {a.code for a in article.actors}
    assert not any(e.source_code == "YEMREBHTH" for e in article.events)


def test_store_and_gdelt_keep_the_known_group(tmp_path):
    article = eventwire.extract("The Houthis fired a ballistic missile at Israel on Sunday.", published=PUBLISHED)
    (event,) = [e for e in article.events if e.cameo_code == "190"]
    with Store(tmp_path / "h34d.duckdb") as s:
        s.add(article)
        (row,) = [r for r in s.events() if r["cameo_code"] == "190"]
        assert (row["source_code"], row["source_group"]) == ("YEMREB", "YEMREBHTH")
        assert [r["cameo_code"] for r in s.events(actor="YEMREBHTH")] == [r["cameo_code"] for r in s.events()]
        path = tmp_path / "h34d.tsv"
        s.export_gdelt(path)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in path.read_text(encoding="utf-8").splitlines()]
    (rec,) = [r for r in rows if r["EventCode"] == "190"]
    assert (rec["Actor1Code"], rec["Actor1CountryCode"], rec["Actor1Type1Code"], rec["Actor1KnownGroupCode"]) == \
        ("YEMREBHTH", "YEM", "REB", "HTH")
    assert (rec["Actor2Code"], rec["Actor2KnownGroupCode"]) == ("ISR", "")
    assert isinstance(event.span, Span)


def test_a_user_dictionarys_code_is_carried_as_written(tmp_path):
    # a PETRARCH actor file giving the Houthis a code of its own: the event carries it whole, no group split
    path = tmp_path / "actors.txt"
    path.write_text("HOUTHIS [YEMREBHTH]\nHOUTHI_MOVEMENT [YEMREBHTH]\n", encoding="utf-8")
    from eventwire.pipeline import Pipeline

    article = Pipeline(actor_files=[str(path)]).extract("The Houthis fired a ballistic missile at Israel on Sunday.",
                                                       published=PUBLISHED)
    assert any(e.source_code == "YEMREBHTH" and e.source_group is None for e in article.events), \
        [(e.source_code, e.source_group) for e in article.events]
