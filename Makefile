# Two entry points (see README): `make demo` and `make test`.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup bench corpus

setup:
	@bash scripts/setup.sh

# Scrub every draft in samples/demo. phiscrub exits 1 when it found identifiers (by design), so 0 and 1 are success here.
demo: setup
	@for f in samples/demo/*.txt; do \
	  echo "== $$f"; \
	  $(BIN)/phiscrub text "$$f"; rc=$$?; \
	  if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	done
	@echo "== samples/images: every photo scrubbed into /tmp/phiscrub-demo-images"
	@rm -rf /tmp/phiscrub-demo-images; $(BIN)/phiscrub images samples/images --out /tmp/phiscrub-demo-images --workers 2; \
	  rc=$$?; if [ $$rc -gt 1 ]; then exit $$rc; fi
	@echo "== samples/demo/incident.txt: jigsaw risk (who could be singled out, and what to change)"
	@$(BIN)/phiscrub risk samples/demo/incident.txt; rc=$$?; if [ $$rc -gt 1 ]; then exit $$rc; fi
	@echo "== samples/text/drafts.jsonl: recall on the labelled corpus"
	@$(BIN)/python benchmarks/text_recall.py --corpus samples/text/drafts.jsonl --repeats 1 --processes 0 \
	  --out /tmp/phiscrub-demo-text_recall.md

test: setup
	@$(BIN)/python -m pytest -q

bench: setup
	@$(BIN)/python benchmarks/text_recall.py
	@$(BIN)/python benchmarks/partial_probe.py
	@$(BIN)/python benchmarks/cli_cold_start.py
	@$(BIN)/python benchmarks/scaling.py
	@$(BIN)/python benchmarks/image_recall.py
	@$(BIN)/python benchmarks/risk_eval.py
	@$(BIN)/python benchmarks/web_load.py

corpus:
	@$(BIN)/python samples/text/build_corpus.py
