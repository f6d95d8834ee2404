"""data/patterns/extended.yaml: the file loads, its codes exist, its ids are its own, and a spec
table of short sentences (one or more per CAMEO root) codes to the expected event.

Each spec case runs the whole default pipeline (`eventwire.extract`), so the actors are resolved
by the real actor coder; the sentences use actors the dictionaries know (countries, "Russia's
army", the UN, heads of state by full name). A case passes when the expected
(source code, CAMEO code, target code) is among the events of the sentence: other events the
sentence also holds (the governed "attack" of "threatened to attack") are not checked here.
"""
from __future__ import annotations

import re

import pytest

import eventwire
from eventwire.coding.cameo import cameo_table
from eventwire.coding.events import load_patterns, parse_patterns
from eventwire.coding.kb import read_yaml

PUBLISHED = "2025-06-01"
FILE = "patterns/extended.yaml"


@pytest.fixture(scope="module")
def data() -> dict:
    return read_yaml(FILE)


def _specs(data: dict) -> list[dict]:
    return [p for kind in ("verbs", "nouns") for p in data.get(kind) or []]


def test_file_loads(data):
    core = read_yaml("patterns/core.yaml")
    patterns = parse_patterns(data, core.get("defaults"))
    assert re.match(r"^\d{4}\.\d{1,2}\.\d+$", str(data["version"]))
    assert len(patterns) >= 250
    assert {p.kind for p in patterns} == {"verb", "noun"}


def test_every_code_exists(data):
    table = cameo_table()
    for spec in _specs(data):
        assert isinstance(spec["code"], str), spec["id"]
        assert spec["code"] in table, spec["id"]


def test_ids_unique_prefixed_and_not_in_core(data):
    ids = [spec["id"] for spec in _specs(data)]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("x.") for i in ids)
    core_ids = {spec["id"] for spec in _specs(read_yaml("patterns/core.yaml"))}
    assert not core_ids & set(ids)


def test_rule_ids_end_with_their_code(data):
    """A rule id is stored with every event: its last part must be the code the rule gives."""
    for spec in _specs(data) + _specs(read_yaml("patterns/core.yaml")):
        assert spec["id"].rsplit(".", 1)[-1] == spec["code"], spec["id"]


def test_words_are_strings(data):
    """YAML reads a bare on/off/yes/no as a boolean: `prep: on` must be quoted."""
    for spec in _specs(data):
        for key in ("prep", "particle"):
            if key in spec:
                assert isinstance(spec[key], str), (spec["id"], key)
        for key in ("lemmas", "object", "compound", "prep_object", "xcomp", "target", "source"):
            for word in spec.get(key, []):
                assert isinstance(word, str) and word == word.lower(), (spec["id"], key, word)
        assert spec["lemmas"] and spec["target"], spec["id"]
        assert 0.0 < float(spec.get("confidence", 0.8)) <= 1.0, spec["id"]


def test_covers_every_root(data):
    roots = {spec["code"][:2] for spec in _specs(data)}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_engine_loads_extended():
    patterns, meta = load_patterns()
    assert any(p.id.startswith("x.") for p in patterns)
    assert "extended@" in meta["version"]


# (sentence, source code, CAMEO code, target code)
SPEC = [
    # 01 statements
    ("France expressed condolences to Turkey over the earthquake.", "FRA", "018", "TUR"),
    ("Iran claimed responsibility for the attack on Israel.", "IRN", "015", "ISR"),
    ("Russia denied responsibility for the attack on Ukraine.", "RUS", "016", "UKR"),
    # 02 appeals
    ("Germany urged Russia to release the detained journalists.", "DEU", "0253", "RUS"),
    ("Qatar called on Israel to withdraw its troops from Gaza.", "QAT", "0256", "ISR"),
    ("The UN appealed for humanitarian aid for Sudan.", "IGOUNO", "0233", "SDN"),
    ("Egypt called for talks with Ethiopia.", "EGY", "026", "ETH"),
    # 03 intent to cooperate
    ("Turkey offered mediation between Russia and Ukraine.", "TUR", "039", "RUS"),
    ("Israel agreed to a ceasefire with Lebanon.", "ISR", "0356", "LBN"),
    ("Japan and South Korea agreed to improve relations.", "JPN", "050", "KOR"),  # the act agreed, planned
    # 04 consult
    ("Emmanuel Macron spoke by phone with Vladimir Putin.", "FRAGOV", "041", "RUSGOV"),
    ("Xi Jinping met Vladimir Putin on the sidelines of the summit.", "CHNGOV", "044", "RUSGOV"),
    ("Turkey launched a mediation effort between Russia and Ukraine.", "TUR", "045", "UKR"),
    ("Israel and Egypt resumed negotiations on Monday.", "ISR", "046", "EGY"),
    # 05 diplomatic cooperation
    ("India defended Russia against Western criticism.", "IND", "052", "RUS"),
    ("Japan offered an apology to South Korea.", "JPN", "055", "KOR"),
    ("Egypt accepted Qatar's mediation.", "EGY", "038", "QAT"),
    # 06 material cooperation
    ("France and Germany held joint military exercises.", "FRA", "062", "DEU"),
    ("Spain handed over the suspect to France.", "ESP", "063", "FRA"),
    # 07 aid
    ("Japan granted a loan to Indonesia.", "JPN", "071", "IDN"),
    ("Germany sent peacekeepers to Mali.", "DEU", "074", "MLI"),
    # 08 yield
    ("Israel lifted the curfew in Hebron.", "ISR", "0813", "PSE"),
    ("Israel declared a ceasefire in Gaza.", "ISR", "0871", "PSE"),
    ("Ethiopia allowed UN inspectors into the region.", "ETH", "0862", "IGOUNO"),
    # 09 investigate
    ("Ukraine investigated alleged war crimes by Russia's army.", "UKR", "094", "RUSMIL"),
    # 10 demand
    ("China demanded that Japan withdraw its warships.", "CHN", "1056", "JPN"),
    ("The EU demanded that Iran release the detained journalists.", "IGOEUREEC", "1053", "IRN"),
    # 11 disapprove
    ("France voiced concern over Iran's nuclear program.", "FRA", "110", "IRN"),
    ("Ukraine accused Russia of war crimes.", "UKR", "1124", "RUS"),
    ("China lodged a formal protest with Japan.", "CHN", "114", "JPN"),
    ("Ukraine filed a lawsuit against Russia.", "UKR", "115", "RUS"),
    # 12 reject
    ("Russia refused to meet Ukraine.", "RUS", "125", "UKR"),
    ("Russia vetoed a UN resolution on Syria.", "RUS", "129", "IGOUNO"),
    # 13 threaten
    ("Russia threatened to attack Ukraine.", "RUS", "138", "UKR"),
    ("China threatened Japan with sanctions.", "CHN", "1312", "JPN"),
    ("Iran issued an ultimatum to Iraq.", "IRN", "139", "IRQ"),
    # 14 protest
    ("Protesters demonstrated against the government of Serbia in Belgrade.", "SRBCVL", "141", "SRBGOV"),
    # 15 force posture
    ("Russia deployed troops to the border with Ukraine.", "RUS", "154", "UKR"),
    ("Russia mobilized reservists against Ukraine.", "RUS", "154", "UKR"),
    # 16 reduce relations
    ("Turkey suspended talks with Greece.", "TUR", "164", "GRC"),
    ("China froze the assets of US companies.", "CHN", "163", "USABUS"),
    ("Japan cut off aid to Myanmar.", "JPN", "162", "MMR"),
    # 17 coerce
    ("Israel imposed a curfew in Hebron.", "ISR", "1723", "PSE"),
    # (h17k) the party of a leader out of office is the opposition
    ("Russia banned Alexei Navalny's party.", "RUS", "1722", "RUSOPP"),
    ("China restricted the media in Hong Kong.", "CHN", "1721", "HKGMED"),
    ("Serbia deported Croatian journalists.", "SRB", "174", "HRVMED"),
    ("Iran sentenced a French citizen to ten years in prison.", "IRN", "173", "FRACVL"),
    # 18 assault
    ("Iran hijacked a ship belonging to Israel.", "IRN", "181", "ISR"),
    # 19 fight
    ("Israel dropped bombs on Gaza.", "ISR", "195", "PSE"),
    ("Israel opened fire on Lebanese soldiers.", "ISR", "193", "LBNMIL"),
    ("Russia violated the ceasefire with Ukraine.", "RUS", "196", "UKR"),
    ("Azerbaijan closed its border with Armenia.", "AZE", "191", "ARM"),
    ("Pakistan and India exchanged fire along the border.", "PAK", "193", "IND"),
    # 20 mass violence
    ("Syria used chemical weapons against its people.", "SYR", "2041", "SYRCVL"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,source,code,target", SPEC, ids=[s[0][:48] for s in SPEC])
def test_spec(sentence, source, code, target):
    article = eventwire.extract(sentence, published=PUBLISHED)
    got = {(e.source_code, e.cameo_code, e.target_code) for e in article.events}
    assert (source, code, target) in got, sorted(got)
    event = next(e for e in article.events if (e.source_code, e.cameo_code, e.target_code) == (source, code, target))
    assert event.rule.startswith("x."), event.rule  # coded by a pattern of this file
