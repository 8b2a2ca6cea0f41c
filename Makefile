# Everything a fresh machine needs, from Python ≥ 3.11 and make alone.
SHELL  := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-all lint bench bench-small serve clean install browser

# The versions are those of constraints.txt (what the tests passed with); pip's own chatter goes to a log
# shown only when the install fails.
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -m venv $(VENV)
	@echo "Installing beizeng and its dependencies into $(VENV) (about a minute the first time; log: $(VENV)/install.log)…"
	@{ $(BIN)/pip install --upgrade pip && $(BIN)/pip install -c constraints.txt -e '.[dev,dask]'; } \
	  > $(VENV)/install.log 2>&1 || { tail -40 $(VENV)/install.log; echo "安装失败，完整日志见 $(VENV)/install.log"; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/beizeng demo
	@echo ""
	@echo "以后直接输入 beizeng 命令：先运行  source $(VENV)/bin/activate  （或每次写全路径 $(CURDIR)/$(BIN)/beizeng），"
	@echo "例如  beizeng status 2026-10 、 beizeng explain 规上工业总产值 2026-10 、 beizeng --help 。"

# Debian's chromium for the 报送平台's browser test (tests/test_web_browser.py), installed when missing:
# as root (CI) directly, otherwise through sudo without a prompt; where neither works the test says why it skips.
# A Chinese font too (fonts-wqy-microhei, 5 MB), or the screenshots it takes show boxes for every character.
browser:
	@{ command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } \
	  && { ! command -v fc-list >/dev/null 2>&1 || [ -n "$$(fc-list :lang=zh 2>/dev/null)" ]; } || { \
	  if ! command -v apt-get >/dev/null 2>&1; then echo "No apt-get here: install chromium yourself for the browser test."; exit 0; fi; \
	  if [ "$$(id -u)" = 0 ]; then AS=; else AS="sudo -n"; fi; \
	  echo "Installing chromium and a Chinese font for the browser test (apt-get)…"; \
	  { $$AS apt-get update -qq && $$AS apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; } \
	    || echo "chromium could not be installed: the browser test will be skipped."; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2 --durations=40

test-all: $(STAMP) browser
	$(BIN)/python -m pytest -m ''

lint: $(STAMP)
	$(BIN)/ruff check beizeng flows schemas tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/bench.py

bench-small: $(STAMP)
	$(BIN)/python bench/bench.py --small

serve: $(STAMP)
	$(BIN)/beizeng serve

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/out warehouse/archive inbox/rejected
