# Madang developer entry points. The README names two: `make run` and `make test`.
# Helpers: install, messages, makemessages, lint, format, check, translations, bench,
# bench-registration, clean.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.madang-installed
MANAGE := $(PY) manage.py
ARGS   ?=
HOST   ?= 127.0.0.1
PORT   ?= 8000
# The public address every link follows (mails, QR codes, feeds): where `make run` serves.
SITE_URL ?= http://$(if $(findstring :,$(HOST)),[$(HOST)],$(HOST)):$(PORT)
export HOST PORT SITE_URL

export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Directories that gettext tools must never walk into.
I18N_IGNORE := --ignore=.venv --ignore=.git --ignore=var --ignore=node_modules
# The one makemessages command: Korean, Japanese and English catalogs in locale/.
MAKEMESSAGES_ARGS := -l ko -l ja -l en --no-obsolete $(I18N_IGNORE) --ignore=tests --ignore=benchmarks

.PHONY: help run test install messages makemessages lint format check translations bench bench-registration bench-suite lighthouse clean

help:
	@echo "make run    install, migrate, load demo content, serve http://127.0.0.1:8000/ko/"
	@echo "make test   install, compile messages, run pytest (make test ARGS='-k news')"
	@echo "helpers:    install messages makemessages lint format check translations bench"
	@echo "            bench-registration bench-suite lighthouse clean"

# --- Python 3.13 and the virtualenv ---------------------------------------

# `python` is 3.13 inside the repo through pyenv's .python-version; else try python3.13.
BASE_PYTHON = $(shell for c in python python3.13; do \
	if command -v $$c >/dev/null 2>&1 && \
	   $$c -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' >/dev/null 2>&1; then \
	  echo $$c; break; fi; done)

$(PY):
	@base="$(BASE_PYTHON)"; \
	if [ -z "$$base" ]; then \
	  echo "error: Madang needs Python 3.13, and neither 'python' nor 'python3.13' is 3.13." >&2; \
	  echo "       Install it (e.g. 'pyenv install 3.13') and run make again." >&2; \
	  exit 1; \
	fi; \
	echo "==> Creating $(VENV) with $$base ($$($$base --version))"; \
	$$base -m venv $(VENV)

# Re-install only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml | $(PY)
	@echo "==> Installing Madang into $(VENV): pip install -e '.[dev]'"
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

# --- Browser scripts bundled from npm packages (package.json, bin/build-js.mjs) ------

NODE_STAMP := node_modules/.madang-installed
JS_BUILD   := static/js/build/desk-scan.js

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "error: Madang bundles browser scripts with Node.js and npm (apt-get install nodejs npm)." >&2; \
	  exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

$(JS_BUILD): $(NODE_STAMP) bin/build-js.mjs static/js/src/desk-scan.js
	node bin/build-js.mjs

install: $(STAMP) $(JS_BUILD)

# --- Translations -------------------------------------------------------------

messages: $(STAMP)
	@if find . -path ./.venv -prune -o -path ./.git -prune -o -name '*.po' -print \
	     | grep -q .; then \
	  echo "==> Compiling translations"; \
	  $(MANAGE) compilemessages $(I18N_IGNORE); \
	else \
	  echo "==> No .po files yet: skipping compilemessages"; \
	fi

makemessages: $(STAMP)
	mkdir -p locale
	$(MANAGE) makemessages $(MAKEMESSAGES_ARGS)

translations: messages
	$(PY) bin/check_translations

# --- The two README commands --------------------------------------------------

run: messages $(JS_BUILD)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	exec $(PY) bin/serve

# One pytest run on two pytest-xdist workers (bin/test): tests that share a costly setup stay
# together on one worker (xdist_group: the demo, the served demo, the release, the two servers),
# the browser and two-server tests among the rest. TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2
test: messages $(JS_BUILD)
	$(PY) bin/test $(TEST_WORKERS) $(ARGS)

# --- Quality gates --------------------------------------------------------------

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: messages
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(PY) bin/check_translations

bench: messages
	$(PY) benchmarks/run.py $(ARGS)
	@echo "Lighthouse's mobile scores (performance, SEO) of the demo pages: make lighthouse"

# Lighthouse (npm, package.json) on Debian's Chromium: mobile performance and SEO of
# four demo pages, side by side (benchmarks/lighthouse.py). ARGS="--runs 5 --details".
lighthouse: messages $(NODE_STAMP)
	$(PY) benchmarks/lighthouse.py $(ARGS)

bench-registration: messages
	$(PY) benchmarks/registration.py $(ARGS)

# The test suite at a base commit and here, back to back, with ratios (benchmarks/suite.py):
# make bench-suite ARGS="--base 64a41e9" (clones and installs the base: a few minutes more).
bench-suite: messages $(JS_BUILD)
	$(PY) benchmarks/suite.py $(ARGS)

clean:
	rm -rf var/static .pytest_cache .ruff_cache static/js/build
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
