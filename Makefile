# make site  — set up .venv/ if needed, build pages from articles/, build the site into site/
# make test  — set up, run every test (installs Chromium with apt when root)
#   RENDERER=zensical renders with Zensical instead of MkDocs + Material; SPEEDUPS=0 turns off
#   the MkDocs hook's speed-ups (scripts/mkdocs_hooks.py), for checking that the site is the same
# make serve — preview at http://127.0.0.1:8000/
# make bench — synthetic corpora at 1k/2k/5k/10k, timings into bench/RESULTS.md's format
# make realworld — score the extractors on real articles in .build/realworld/ (kept outside git)
SHELL := /bin/bash
PYTHON_BASE := $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-12)
SITE_URL ?=
STRICT ?=
RENDERER ?= mkdocs
SPEEDUPS ?= 1
export BV_SPEEDUPS := $(SPEEDUPS)
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/scripts

.PHONY: setup pages site serve test browser bench realworld lock clean

setup: $(STAMP)

$(STAMP): requirements.lock
	@test -x $(PY) || $(PYTHON_BASE) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

pages: setup
	$(PY) -m dangbo build $(if $(STRICT),--strict) --site-url "$(SITE_URL)"

site: pages
	@rm -rf .build/site
	SITE_URL="$(SITE_URL)" $(PY) -m dangbo render --renderer "$(RENDERER)" --out .build/site --previous site --state .build/render.json
	$(PY) -m dangbo swap .build/site site
	@echo "site/ is ready ($$(find site -type f | wc -l) files)"

serve: pages
	SITE_URL="$(SITE_URL)" $(if $(filter zensical,$(RENDERER)),SITE_DIR=.build/serve $(PY) -m zensical serve -a,$(PY) -m mkdocs serve --dev-addr) 127.0.0.1:8000

browser:
	@if [ ! -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Chromium for the browser tests (apt-get install chromium)…"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "*** Chromium is missing and this user cannot install it: BROWSER TESTS WILL BE SKIPPED. ***"; \
	    echo "*** Install it with: sudo apt-get install chromium                                    ***"; \
	  fi; \
	fi

test: setup browser
	$(PY) -m pytest

bench: setup browser
	$(PY) -m bench.run $(BENCH_ARGS)
	$(PY) -m bench.search --synthetic 300

realworld: setup
	$(PY) tests/realworld/score.py

lock: setup
	$(PY) -m pip install --quiet uv==0.13.9
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf site .build .cache
