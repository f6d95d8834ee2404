"""Quality gate, in the manner of trafilatura's evaluation gate: the peer suites must not fall
below the figures pinned in ``bench/baseline.json``.

Runs the full UniversalPetrarch GSR suite (78 records), the full PLOVER suite (322 sentences) and
both gold files with one default pipeline (about 2.5 min of CPU on a 2-core machine, ~40 s of it
loading the pipeline), and checks every gated figure against the baseline: at least the baseline
minus TOLERANCE (at most the baseline plus TOLERANCE for the extra-event rates). Since the thirtieth
pass it also runs the like-for-like PETRARCH suites (``unit_up``: our patterns on UniversalPetrarch's
CAMEO revision of the unit records; ``unit_petrdict`` and ``gsr_petrdict``: PETRARCH's own dictionaries
through the import), about 30 s more, and since the thirty-third pass the project's news sets
(``bench/news``: actor-level and strict F1 of each), about 20 s more. The WEIS-era ``unit`` suite and the verbs-only runs stay in the
baseline's "reference" block.

The baseline is only ever changed on purpose, by ``python bench/peers.py --write-baseline`` after
a full run: the gate reads the file, so a lowered figure is a visible diff. The gated names and the
tolerance are also fixed here, so dropping a figure from the file or widening the tolerance fails.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "bench" / "baseline.json"
SHARED = ROOT.parent / "shared"
TOLERANCE = 0.01
GATED = {
    "gsr.exact", "gsr.root", "gsr.extra_per_expected", "gsr.extra_two_sided_per_expected", "gsr.actor_full",
    "gsr.actor_first3",
    "plover.accuracy", "plover.coverage",
    *(f"{s}.{k}" for s in ("unit_up", "unit_petrdict", "gsr_petrdict") for k in ("exact", "root", "extra_per_expected")),
    *(f"gold.{f}.{k}" for f in ("dev-gold", "examples-gold")
      for k in ("event_f1_actor", "event_f1_strict", "quote_recall", "speaker_accuracy", "entity_recall")),
    *(f"news.{f}.{k}" for f in ("G33", "H33", "I33", "J33", "K34") for k in ("event_f1_actor", "event_f1_strict")),
}
LOWER_IS_BETTER = {"gsr.extra_per_expected", "gsr.extra_two_sided_per_expected",
                   *(f"{s}.extra_per_expected" for s in ("unit_up", "unit_petrdict", "gsr_petrdict"))}


def _peers():
    spec = importlib.util.spec_from_file_location("eventwire_bench_peers", ROOT / "bench" / "peers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    if not SHARED.exists():
        pytest.skip("../shared (the peer suites' data) is not available")
    peers = _peers()
    pipeline = peers.make_pipeline()
    res = {"limit": None, "suites": {
        "gsr": peers.run_gsr(None, pipeline),
        "plover": peers.run_plover(None, pipeline),
        "gold": peers.run_gold(None, pipeline),
        "news": peers.run_news(None, pipeline),
        "unit_up": peers.run_unit_up(None, nlp=pipeline.nlp),
        "unit_petrdict": peers.run_unit_petrdict(None, nlp=pipeline.nlp),
        "gsr_petrdict": peers.run_gsr_petrdict(None, nlp=pipeline.nlp),
    }}
    return peers.flat_figures(res)


def test_baseline_is_complete(baseline):
    assert set(baseline["figures"]) == GATED
    assert baseline["gate"]["tolerance"] == TOLERANCE
    assert set(baseline["gate"]["lower_is_better"]) == LOWER_IS_BETTER
    assert all(isinstance(v, (int, float)) and 0 <= v <= 10 for v in baseline["figures"].values())


@pytest.mark.slow
def test_quality_gate(baseline, measured):
    failures = []
    for name in sorted(GATED):
        pinned, now = baseline["figures"][name], measured.get(name)
        if now is None:
            failures.append(f"{name}: not measured")
        elif name in LOWER_IS_BETTER and now > pinned + TOLERANCE:
            failures.append(f"{name}: {now:.3f} > baseline {pinned:.3f} + {TOLERANCE}")
        elif name not in LOWER_IS_BETTER and now < pinned - TOLERANCE:
            failures.append(f"{name}: {now:.3f} < baseline {pinned:.3f} - {TOLERANCE}")
    better = [f"{n}: {measured[n]:.3f} (baseline {baseline['figures'][n]:.3f})" for n in sorted(GATED)
              if n in measured and (measured[n] < baseline["figures"][n] - TOLERANCE if n in LOWER_IS_BETTER
                                    else measured[n] > baseline["figures"][n] + TOLERANCE)]
    if better:
        print("\nabove the baseline (pin with `python bench/peers.py --write-baseline`):\n  " + "\n  ".join(better))
    assert not failures, "quality gate: below the pinned baseline\n  " + "\n  ".join(failures)
