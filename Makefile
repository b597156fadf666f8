# The targets CI runs: `make test` (lint, types, every test). `make run` opens the dashboard.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp

.PHONY: run test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lso-tui

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check lso_tui tests bench

typecheck: $(STAMP)
	$(BIN)/mypy lso_tui

pytest: $(STAMP)
	$(BIN)/python -m pytest

# Precision, recall and F1 of the extractor per field on every labelled corpus (tests/corpus*).
eval: $(STAMP)
	$(BIN)/python -m tests.corpus_eval

# The bench extra (VisiData, pyte) is installed on first use, and again when pyproject.toml changes.
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
