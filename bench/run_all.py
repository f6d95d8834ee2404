"""The quality benchmarks in bench/ (today: the peer suites, same arguments as bench/peers.py).

`make bench` runs bench/throughput.py, bench/peers.py and the gate (tests/test_bench_baseline.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402

if __name__ == "__main__":
    sys.exit(peers.main(sys.argv[1:]))
