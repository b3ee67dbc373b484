# Two commands: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench baseline clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/gestae ingest samples --db demo.duckdb
	$(BIN)/gestae events --db demo.duckdb --format table
	$(BIN)/gestae events --db demo.duckdb --dyads

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_coding.py

baseline: $(STAMP)
	$(BIN)/python -m gestae.evaluate --write-baseline tests/eval_baseline.json

clean:
	rm -rf $(VENV) demo.duckdb
