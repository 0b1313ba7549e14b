# Two commands do all set-up on a fresh machine:
#   make demo   create .venv, install, code the bundled examples, print a summary
#   make test   the same set-up, then the test suite (what CI runs)

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test smoke install eval clean dictionaries ungd ungd-probe statements-extra digest

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

EXAMPLES = $(wildcard examples/*.txt examples/*.html)

demo: $(STAMP)
	$(BIN)/communique extract --summary $(EXAMPLES)
	$(BIN)/communique ingest --db communique.db $(EXAMPLES)
	@echo "Archive: communique.db.  Browse it with: $(BIN)/communique serve --db communique.db"

test: $(STAMP)
	$(BIN)/python -m pytest

# The installed wheel in a fresh venv, through the `communique` command (what .ci/run adds).
smoke:
	PYTHON=$(PYTHON) bash .ci/smoke.sh

eval: $(STAMP)
	$(BIN)/communique evaluate all --split dev --report reports/dev.md

# The UN General Debate corpus (sessions 75-79) into a fresh build/ungd.db, then reports/ungd.md.
# The ingest goes on to the report when some speeches fail (they are listed in its summary).
UNGD_CORPUS ?= ../shared/eval-data/ungd-statements/ungd_sessions75-79_2020-2024.jsonl
UNGD_WORKERS ?= 2
UNGD_DB ?= build/ungd.db
UNGD_REPORT ?= reports/ungd.md
UNGD_JSONL = $(UNGD_DB:.db=.jsonl)
ungd: $(STAMP)
	mkdir -p $(dir $(UNGD_DB)) $(dir $(UNGD_REPORT))
	rm -f $(UNGD_DB) $(UNGD_DB)-wal $(UNGD_DB)-shm
	$(BIN)/python tools/ungd/to_jsonl.py $(UNGD_CORPUS) -o $(UNGD_JSONL)
	@date +%s > $(UNGD_DB).start
	-$(BIN)/communique ingest $(UNGD_JSONL) --db $(UNGD_DB) --workers $(UNGD_WORKERS)
	@echo "ingest took $$(( $$(date +%s) - $$(cat $(UNGD_DB).start) )) s"
	$(BIN)/communique report dyads --db $(UNGD_DB) --top 15 -o $(UNGD_REPORT)

# A probe of the statement coder on 600 UN General Debate sentences picked by their grammar
# (not a gold evaluation; see tools/ungd_probe.py): misses by construction, and the figures
# into reports/ungd_probe.md under the run's label.
PROBE_LABEL ?= latest
ungd-probe: $(STAMP)
	$(BIN)/python tools/ungd_probe.py --sentences 600 --seed 14 --report reports/ungd_probe.md --label "$(PROBE_LABEL)"

# A second, self-annotated statements set (NOT gold; tools/statements_extra/README.md): passages of
# UN General Debate speeches outside statements.dev, rebuilt from the corpus into build/, then
# scored by the unchanged statements scorer into reports/statements_extra.md.
STATEMENTS_EXTRA_DIR ?= build/statements_extra
statements-extra: $(STAMP)
	$(BIN)/python -m tools.statements_extra.build -o $(STATEMENTS_EXTRA_DIR)
	$(BIN)/communique evaluate statements --split dev --gold $(STATEMENTS_EXTRA_DIR) --report reports/statements_extra.md

# One sha256 per output kind (extract JSON, every export format, web API answers) over
# examples/ and 200 UN General Debate speeches, to check a refactor leaves outputs identical:
#   make digest DIGEST_ARGS="--out before.json"   (then after the change, --out after.json)
#   $(BIN)/python tools/digest.py --compare before.json after.json
DIGEST_ARGS ?=
digest: $(STAMP)
	$(BIN)/python tools/digest.py $(DIGEST_ARGS)

# Re-compile the PETRARCH-2 dictionaries (../shared/resources/petrarch2-dictionaries/)
# into src/communique/events/data/petrarch/ and src/communique/resolve/kb/petrarch/.
dictionaries:
	$(PYTHON) tools/petrarch/compile.py
	$(PYTHON) tools/petrarch/compile.py --validate

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
