# The two quick-start commands: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test lint bench corpus clean

$(BIN)/rubrics: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

setup: $(BIN)/rubrics

demo: setup
	$(BIN)/rubrics demo

lint: setup
	$(BIN)/ruff check .

test: setup lint
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py

corpus: setup
	$(BIN)/python corpus/make_corpus.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
