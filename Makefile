# The two quick-start commands: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test lint bench corpus corpus-real score score-unseen unseen score-unseen2 unseen2 score-unseen3 unseen3 clean

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

# The held-out set (corpus/unseen: nine documents written for it, never tuned on) against its gold.
# `make unseen` regenerates the files (LibreOffice for the PDFs) and the gold JSON.
unseen: setup
	$(BIN)/python corpus/unseen/make_unseen.py
	$(BIN)/python corpus/unseen/write_gold.py

score-unseen: setup
	$(BIN)/python $(SHARED)/tools/score_extraction.py --gold corpus/unseen/gold \
	    --docs corpus/unseen --recursive --ext docx,pdf,xlsx,html \
	    --jobs 2 --details 20 --cmd "$(BIN)/rubrics extract {file} --format json"

# The second held-out set (corpus/unseen2: eight more documents in other layouts, never tuned on).
unseen2: setup
	$(BIN)/python corpus/unseen2/make_unseen2.py
	$(BIN)/python corpus/unseen2/write_gold2.py

score-unseen2: setup
	$(BIN)/python $(SHARED)/tools/score_extraction.py --gold corpus/unseen2/gold \
	    --docs corpus/unseen2 --recursive --ext docx,pdf,xlsx,html \
	    --jobs 2 --details 20 --cmd "$(BIN)/rubrics extract {file} --format json"

# The third held-out set (corpus/unseen3: six documents in still other layouts, measured, never tuned on).
unseen3: setup
	$(BIN)/python corpus/unseen3/make_unseen3.py
	$(BIN)/python corpus/unseen3/write_gold3.py

score-unseen3: setup
	$(BIN)/python $(SHARED)/tools/score_extraction.py --gold corpus/unseen3/gold \
	    --docs corpus/unseen3 --recursive --ext docx,pdf,xlsx,html \
	    --jobs 2 --details 20 --cmd "$(BIN)/rubrics extract {file} --format json"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
