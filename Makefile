# docs2api: every target sets up its own virtual environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := examples/modelarts-snippets-zh.txt

.PHONY: setup spec generate test check lint typecheck demo bench check-spec clean

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

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

check: lint typecheck test

demo: setup
	$(BIN)/python -m docs2api.demo

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
