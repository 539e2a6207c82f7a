# docs2api: every target sets up its own virtual environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := examples/modelarts-snippets-zh.txt

.PHONY: setup spec generate test check lint typecheck demo bench check-spec node-tools browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

spec: setup
	$(BIN)/docs2api spec $(SEED) -o spec/modelarts.yaml --report build/modelarts-report.json

generate: setup
	$(BIN)/docs2api generate spec/modelarts.yaml -o generated/modelarts

# Optional tools for the publishing tests: npm packages (pinned in tools/node) and Debian's
# chromium with a CJK font (so screenshots of Chinese docs are legible). Each is skipped, with
# a message, where its installer is not on the machine; tests needing it skip with a reason.
node-tools:
	@if command -v npm >/dev/null 2>&1; then \
	  [ -x tools/node/node_modules/.bin/redocly ] || (cd tools/node && npm ci --no-audit --no-fund --loglevel=error); \
	else echo "node-tools: npm not found; publishing tests that need it will skip"; fi

browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  export DEBIAN_FRONTEND=noninteractive; \
	  (apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null 2>&1 \
	    || (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null)) \
	    || echo "browser: could not install chromium; browser tests will skip"; \
	else echo "browser: chromium (and a CJK font) not found: apt-get install chromium fonts-wqy-zenhei"; fi

test: setup node-tools browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

check: lint typecheck test

# The docs2api CI gate on this repository: committed specs and generated code match their
# inputs, specs lint clean, no breaking change against the previous commit (docs2api.toml).
check-spec: setup
	$(BIN)/docs2api check

demo: setup node-tools
	$(BIN)/python -m docs2api.demo

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
