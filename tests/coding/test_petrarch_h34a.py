"""h34a: with a user's PETRARCH verb dictionary, the user's bare verb says what kind of act the verb is.

- Our readings that name words (an object, a preposition's object, a complement) refine the user's bare verb, they do
  not overrule it: of those ranked before it, the ones whose code has another CAMEO root than the bare verb's come after
  it ("promised aid" is PROMISE's 050, not our 033; "broke relations" BREAK's 1717, not our 161), those of its root stay
  before it ("asked Russia for economic aid": our 0231 refines ASK's 020). When one of the user's patterns naming words
  fits the clause (its words are there, its arguments are not: CALL's ``- * (FOR) [020]`` on "called for a boycott
  against Israel", whose "for" phrase holds no actor), the bare verb is not the user's reading of the clause and our
  order is kept (our 113). When the bare verb codes nothing (no target), ours are tried next (events.py
  `_user_kind_first`).
- A pattern line coded ``[:c]`` (PETRARCH-2's pair with no first code) is the target's act c on the source: ``- *
  SCOLDING [:1110]`` under ENDURE codes "Kenya endured a scolding from Uganda" as UGA 1110 KEN (petrarch.py
  `translate_pattern`, `Pattern.reverse_only`); such lines were skipped.

Nothing changes without a user's verb file (the guards at the end)."""
from __future__ import annotations

import pytest

from eventwire.coding.petrarch import read_verb_dictionary
from petrarch_checks import has_event, user_codes, user_verb_suite

VERBS = """\
--- PROMISE [050] ---
PROMISE
- * RAIDS [173]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}

--- ASK [020] ---
ASK

--- CALL [041] ---
CALL
- * (FOR) [020]

--- SIGN [081] ---
SIGN

--- FACE [040] ---
FACE
- * PRESSURE [:100]

--- ENDURE [---] ---
ENDURE
- * SCOLDING [:1110]
"""

# (what the row shows, sentence, source, code, target)
SPEC = [
    ("the user's bare verb over our reading of another root", "Japan promised aid to the Philippines.", "JPN", "050",
     "PHL"),
    ("... a user's code outside CAMEO", "Russia broke relations with Georgia.", "RUS", "1717", "GEO"),
    ("... the verb written inflected", "Russia has broken diplomatic relations with Georgia.", "RUS", "1717", "GEO"),
    ("the user's pattern naming words still first", "Japan promised raids on the Philippines.", "JPN", "173", "PHL"),
    ("our reading of the bare verb's root refines it", "China asked Russia for economic aid.", "CHN", "0231", "RUS"),
    ("a user's pattern whose words fit: our order kept", "Brazil called for a boycott against Israel.", "BRA", "113",
     "ISR"),
    ("the bare verb finds no target: ours next", "Russia signed an accord on Thursday to supply Belarus with wheat.",
     "RUS", "057", "BLR"),
    ("[:c]: the target's act on the source", "Kenya endured a scolding from Uganda.", "UGA", "1110", "KEN"),
    ("[:c] under a block with a code", "Kenya faces pressure from the United Nations.", "IGOUNO", "100", "KEN"),
]

# (what the row guards against, look-alike sentence, (source, code, target) that must not be coded)
ABSENT = [
    ("our reading of another root yields", "Japan promised aid to the Philippines.", ("JPN", "033", "PHL")),
    ("... and BREAK's", "Russia broke relations with Georgia.", ("RUS", "161", "GEO")),
    ("our refinement is not overruled by the bare verb", "China asked Russia for economic aid.", ("CHN", "020", "RUS")),
    ("a fitting user pattern: not the bare verb's act", "Brazil called for a boycott against Israel.",
     ("BRA", "041", "ISR")),
    ("[:c]: no act of the source on the target", "Kenya endured a scolding from Uganda.", ("KEN", "1110", "UGA")),
    ("[:c]: no act without the other side", "Kenya endured a scolding on Monday.", ("---", "1110", "KEN")),
    ("[:c]: the line's word must be there", "Kenya endured the drought with Uganda.", ("UGA", "1110", "KEN")),
    ("[:c]: the block's own code is not coded with the line", "Kenya faces pressure from the United Nations.",
     ("KEN", "040", "IGOUNO")),
]

verb_path, pipeline, test_spec, test_absent = user_verb_suite("h34a", VERBS, SPEC, ABSENT)


# the default pipeline (no verb file) keeps our readings
DEFAULT = [
    ("Japan promised aid to the Philippines.", ("JPN", "033", "PHL")),
    ("Russia broke relations with Georgia.", ("RUS", "161", "GEO")),
    ("Brazil called for a boycott against Israel.", ("BRA", "113", "ISR")),
]


def test_default_pipeline_keeps_ours():
    from eventwire.pipeline import Pipeline

    plain = Pipeline()
    for sentence, triple in DEFAULT:
        got = user_codes(plain, sentence, null="---")
        assert has_event(got, *triple), (sentence, got)
    assert not has_event(user_codes(plain, "Kenya endured a scolding from Uganda.", null="---"), "UGA", "1110", "KEN")


def test_reader_reverse_only(verb_path):
    pats = read_verb_dictionary(verb_path)
    assert pats.counts["pattern lines with a reverse-only code [:c] (the target's act on the source)"] == 2
    assert not pats.counts.get("skipped: reverse-only codes [:c]")
    only = {p.code: p for p in pats if p.reverse_only}
    assert set(only) == {"100", "1110"}
    assert all(p.reverse_code is None for p in only.values())
    assert not any(p.reverse_only for p in pats if p.code in ("050", "040", "173"))


# (h34a) with a user's actor dictionary: a name both dictionaries know is the user's, with the article before it
# ("the European Union": our surface with the article was the longer match, petrarch.py `_add_entry`) and with the
# short form the story gives it in brackets ("the European Union (EU)" ... "the EU": actors.py `_abbreviations`)
ACTOR_LINES = "EUROPEAN_UNION [IGOEEU]\n"

ACTOR_SPEC = [
    ("the user's name with an article before it", "Kenya and the European Union agreed to resume trade talks.",
     "KEN", "040", "IGOEEU"),
    ("the short form in brackets after a user's name is the user's actor",
     "The European Union (EU) criticized Kenya on Monday.", "IGOEEU", "111", "KEN"),
    ("... and the same short form later in the story",
     "The European Union (EU) criticized Kenya on Monday. The EU also warned Uganda.", "IGOEEU", "130", "UGA"),
    ("a short form the story does not tie to the user's name stays ours", "The EU criticized Kenya.", "IGOEUREEC",
     "111", "KEN"),
    ("a name the user does not list keeps its bracketed short form ours", "The African Union (AU) criticized Kenya.",
     "IGOAFRAFU", "111", "KEN"),
]

ACTOR_ABSENT = [
    ("no code of ours for the user's name with an article", "Kenya and the European Union agreed to resume trade talks.",
     ("KEN", "040", "IGOEUREEC")),
    ("no code of ours for the bracketed short form", "The European Union (EU) criticized Kenya on Monday.",
     ("IGOEUREEC", "111", "KEN")),
]


@pytest.fixture(scope="module")
def actor_pipeline(tmp_path_factory):
    from eventwire.pipeline import Pipeline

    path = tmp_path_factory.mktemp("h34a_actors") / "h34a.actors.txt"
    path.write_text(ACTOR_LINES, encoding="utf-8")
    return Pipeline(actor_files=[str(path)])


@pytest.mark.parametrize("line,sentence,source,code,target", ACTOR_SPEC, ids=[r[0] for r in ACTOR_SPEC])
def test_actor_spec(actor_pipeline, line, sentence, source, code, target):
    got = user_codes(actor_pipeline, sentence, null="---")
    assert has_event(got, source, code, target), got


@pytest.mark.parametrize("line,sentence,triple", ACTOR_ABSENT, ids=[r[0] for r in ACTOR_ABSENT])
def test_actor_absent(actor_pipeline, line, sentence, triple):
    got = user_codes(actor_pipeline, sentence, null="---")
    assert not has_event(got, *triple), got


def test_default_pipeline_keeps_our_names():
    from eventwire.pipeline import Pipeline

    got = user_codes(Pipeline(), "The European Union (EU) criticized Kenya on Monday.", null="---")
    assert has_event(got, "IGOEUREEC", "111", "KEN"), got
