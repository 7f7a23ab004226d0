# sovang: the two commands of the README's quick start, and a few more.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# the tests get their own environment: reinstalling sovang for them never touches .venv, where a demo or a
# long ingest may be running (found by a newcomer in session 14)
TEST_VENV ?= .venv-test
TBIN := $(TEST_VENV)/bin
CONSTRAINTS := ci/constraints.txt
SAMPLES_DB ?= samples.sqlite

.PHONY: demo test venv eval clean

%/bin/python:
	$(PYTHON) -m venv $*
	$*/bin/pip install -q --upgrade pip

# Quick start 1: set up and run the main job on the bundled samples.
demo: $(BIN)/python
	$(BIN)/pip install -q -c $(CONSTRAINTS) .
	rm -f $(SAMPLES_DB) $(SAMPLES_DB)-wal $(SAMPLES_DB)-shm
	$(BIN)/sovang ingest corpora/samples/docs --db $(SAMPLES_DB)
	$(BIN)/sovang export facts --db $(SAMPLES_DB) -o samples-facts.jsonl
	@echo "Facts: samples-facts.jsonl.  Browse: $(BIN)/sovang serve $(SAMPLES_DB)  (then open http://127.0.0.1:8001/)"

# Quick start 2: set up and run the tests.
test: $(TBIN)/python
	$(TBIN)/pip install -q -c $(CONSTRAINTS) -e '.[test]'
	$(TBIN)/python -m pytest -q

# Score the dev set with the reference scorer (needs ../shared).
eval: $(TBIN)/python
	$(TBIN)/pip install -q -c $(CONSTRAINTS) -e '.[test]'
	rm -f dev.sqlite*
	$(TBIN)/sovang ingest ../shared/corpora/dev/docs --db dev.sqlite -q
	$(TBIN)/sovang export facts --db dev.sqlite -o facts.jsonl
	$(TBIN)/python ../shared/eval/score.py --gold ../shared/corpora/dev/gold.jsonl --pred facts.jsonl

clean:
	rm -rf $(VENV) $(TEST_VENV) build dist *.egg-info samples.sqlite* dev.sqlite* samples-facts.jsonl facts.jsonl
