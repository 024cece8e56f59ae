# The two quick-start commands: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test lint bench corpus corpus-real score score-unseen unseen score-unseen2 unseen2 score-unseen3 unseen3 score-unseen4 score-unseen5 score-unseen6 score-unseen7 score-unseen8 score-unseen9 clean

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

# Held-out sets in our own words (corpus/unseen, unseen2, unseen3: never tuned on when first measured;
# see each FINDINGS.md). `make unseen`, `unseen2`, `unseen3` regenerate the files (LibreOffice for the
# PDFs) and the gold JSON; `make score-unseen`, `score-unseen2`, `score-unseen3` score them
# (`score-unseen4` … `score-unseen9` score corpus/unseen4 … unseen9, whose files
# make_unseen4.py … make_unseen9.py and write_gold4.py … write_gold9.py write).
unseen: setup
	$(BIN)/python corpus/unseen/make_unseen.py
	$(BIN)/python corpus/unseen/write_gold.py

unseen2 unseen3: unseen%: setup
	$(BIN)/python corpus/unseen$*/make_unseen$*.py
	$(BIN)/python corpus/unseen$*/write_gold$*.py

score-unseen score-unseen2 score-unseen3 score-unseen4 score-unseen5 score-unseen6 score-unseen7 score-unseen8 score-unseen9: score-%: setup
	$(BIN)/python $(SHARED)/tools/score_extraction.py --gold corpus/$*/gold \
	    --docs corpus/$* --recursive --ext docx,pdf,xlsx,html \
	    --jobs 2 --details 20 --cmd "$(BIN)/rubrics extract {file} --format json"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
