# Everything a fresh machine needs, from Python ≥ 3.11 and make alone.
SHELL  := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-all lint bench bench-small serve clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "Installing beizeng and its dependencies into $(VENV) (about a minute the first time)…"
	$(BIN)/pip install --quiet --upgrade pip 2>&1 | { grep -v "is ignored: it is neither" || true; }
	$(BIN)/pip install --quiet -e '.[dev,dask]' 2>&1 | { grep -v "is ignored: it is neither" || true; }
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/beizeng demo
	@echo ""
	@echo "以后直接输入 beizeng 命令：先运行  source $(VENV)/bin/activate  （或每次写全路径 $(CURDIR)/$(BIN)/beizeng），"
	@echo "例如  beizeng status 2026-10 、 beizeng explain 规上工业总产值 2026-10 、 beizeng --help 。"

test: $(STAMP)
	$(BIN)/python -m pytest -n 2

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
