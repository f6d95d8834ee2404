"""`make bench`: every benchmark in bench/ that measures quality (the peer suites).

Throughput has its own script (bench/throughput.py, run first by `make bench`).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers  # noqa: E402

if __name__ == "__main__":
    sys.exit(peers.main(sys.argv[1:]))
