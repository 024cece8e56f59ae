# The two quick-start commands: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test lint bench corpus corpus-real score clean

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

# Re-render the real documents of ../shared/corpus/real (LibreOffice); the results are committed.
corpus-real: setup
	$(BIN)/python corpus/make_corpus.py --real --no-seeds

# The reference scorer's full table: every gold document in every form (seeds, generated, real, rendered).
SHARED ?= ../shared
score: setup
	$(BIN)/python $(SHARED)/tools/score_extraction.py --gold $(SHARED)/gold \
	    --docs $(SHARED)/corpus corpus/sample corpus/real --recursive --ext txt,docx,pdf,xlsx,doc,html \
	    --jobs 2 --cmd "$(BIN)/rubrics extract {file} --format json"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
