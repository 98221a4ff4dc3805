# The two commands of the README: `make crawl` and `make test`. Both set up
# the virtual environment on first use, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: help crawl test lint typecheck demo clean

help:
	@echo "make crawl   set up, then crawl config/sources.yaml into data/articles.db"
	@echo "make test    set up, then run lint, type checks and the test suite"
	@echo "make demo    crawl a bundled fixture site served on 127.0.0.1 (no internet needed);"
	@echo "             make demo DEMO_DB=data/demo.db keeps the database to try the other commands"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

crawl: $(STAMP)
	$(BIN)/scrape crawl --config config/sources.yaml --db data/articles.db

# Tests mostly wait on servers and subprocesses: two workers overlap that waiting.
# TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2
test: $(STAMP) lint typecheck
	$(BIN)/pytest -q -n $(TEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

DEMO_DB ?=
demo: $(STAMP)
	$(BIN)/python -m scrape.cli.demo $(if $(DEMO_DB),--db $(DEMO_DB),)

.PHONY: bench-warc
bench-warc: $(STAMP)  # WARC ingestion records/s with 1 and 2 Dask workers
	$(BIN)/python bench/bench_warc.py --pages 5000 --files 16

.PHONY: bench-search browse
bench-search: $(STAMP)  # median full-text query times on 100,000 generated articles
	$(BIN)/python bench/bench_search.py --articles 100000

DB ?= data/articles.db
browse: $(STAMP)  # the corpus in Datasette on http://127.0.0.1:8001 (DB=path to choose)
	$(BIN)/scrape browse --db $(DB)

clean:
	rm -rf $(VENV) $(PEERS_VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

.PHONY: bench-extract
bench-extract: $(STAMP)  # WCXB and newsdev scores, dev vs held-back sites, vs trafilatura, htmldate, readability
	$(BIN)/python bench/bench_extract.py $(if $(SAMPLE),--sample $(SAMPLE),)

.PHONY: bench-probes
bench-probes: $(STAMP)  # scrape and trafilatura on bench/probes: page shapes in neither labelled set, by area and shape
	$(BIN)/python bench/probe_run.py --systems scrape,trafilatura

.PHONY: bench-blind
bench-blind: $(STAMP)  # scrape and trafilatura on bench/blind: pages written from memory of real publishers' templates
	$(BIN)/python bench/blind_run.py --systems scrape,trafilatura

.PHONY: bench-crawl
bench-crawl: $(STAMP)  # end-to-end crawl of a generated 2k/10k-page news site on 127.0.0.1: pages/s, CPU, peak memory
	$(BIN)/python bench/bench_crawl.py --pages 2000 10000

# Scrapy is the benchmark's peer, not a dependency: it gets an environment of its own.
PEERS_VENV := .venv-peers
PEERS_STAMP := $(PEERS_VENV)/.installed-stamp
PAGES ?= 2000

$(PEERS_STAMP):
	$(PYTHON) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/pip install --quiet --upgrade pip
	$(PEERS_VENV)/bin/pip install --quiet 'scrapy>=2.13' 'trafilatura>=2.0'
	@touch $@

.PHONY: bench-peers
bench-peers: $(STAMP) $(PEERS_STAMP)  # scrape crawl vs Scrapy + trafilatura on one generated site: pages/s, CPU, PSS, correctness (PAGES=10000 for memory flatness)
	$(BIN)/python bench/bench_peers.py --pages $(PAGES)

.PHONY: bench-robust
bench-robust: $(STAMP)  # CPU seconds of extraction on hostile pages (huge, deep, unclosed), full vs half size
	$(BIN)/python bench/bench_robust.py
