# Everything a fresh machine needs, from Python ≥ 3.11 and make alone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-all lint bench bench-small serve clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/beizeng demo

test: $(STAMP)
	$(BIN)/python -m pytest

test-all: $(STAMP)
	$(BIN)/python -m pytest -m ''

lint: $(STAMP)
	$(BIN)/ruff check beizeng flows schemas tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench.py

bench-small: $(STAMP)
	$(BIN)/python bench/bench.py --small

serve: $(STAMP)
	$(BIN)/beizeng serve

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/out warehouse/archive inbox/rejected
