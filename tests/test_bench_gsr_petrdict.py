"""bench/peers.py `gsr_petrdict` (h30b): the GSR records coded with PETRARCH-2's own dictionaries.
The suite reads the dictionaries in place from ../shared; here only its wiring is checked (the
dictionaries it names, its table rows), not its figures (those are in bench/results/peers.json)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _peers():
    spec = importlib.util.spec_from_file_location("eventwire_bench_peers_h30b", ROOT / "bench" / "peers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dictionaries_are_petrarch2s_own():
    peers = _peers()
    assert [p.name for p in peers.GSR_VERBS] == ["CAMEO.2.0.txt"]
    assert [p.name for p in peers.GSR_DICTS] == ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                                 "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"]
    if not peers.PETR.exists():
        pytest.skip("../shared is not available")
    assert all(p.exists() for p in [*peers.GSR_VERBS, *peers.GSR_DICTS])


def test_table_rows(capsys):
    peers = _peers()
    figures = {"exact": 0.5, "root": 0.6, "extra_per_expected": 0.5, "actor_full": 0.8, "actor_first3": 0.9}
    res = {"suites": {"gsr_petrdict": {
        "counts": {"records": 2, "expected": 2, "exact": 1, "root": 1, "extra": 1, "one_sided_extra": 0},
        "figures": figures, "actors": {"full_code": 3, "first3": 4, "slots": 4},
        "dictionary_load": {"seconds": 20.0, "cpu_seconds": 19.0}, "verb_import": {"patterns": 5},
        "dictionary_import": {"petrarch:Phoenix.agents.txt": "agents: skipped agent lines: prefix codes CODE~ 3"},
        "seconds": 1.0, "cpu_seconds": 1.0}},
        "dictionaries": {"entries_total": 1, "entries": {}, "surface_forms": 1, "sector_words": 1, "dated_roles": 0,
                         "event_patterns": 1}}
    peers.print_table(res)
    out = capsys.readouterr().out
    assert "GSR + PETR dicts" in out and "20.0s; 5 verb patterns" in out
    assert "prefix codes CODE~ 3" in out  # the import counts say what was skipped
    assert peers.flat_figures(res)["gsr_petrdict.exact"] == 0.5
    # (p30) gated since the thirtieth pass: exact and root may not drop, extra may not rise
    assert {"gsr_petrdict.exact", "gsr_petrdict.root", "gsr_petrdict.extra_per_expected"} <= set(peers.GATED)
    assert "gsr_petrdict.extra_per_expected" in peers.LOWER_IS_BETTER
