# The front door: `make run` for the portal with demo content, `make test` for the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# A Python 3.12+ (bin/find_python: PATH, pyenv, uv; empty when there is none, and then
# creating .venv gets one with `bin/find_python --install`, see README *Run it*).
PYTHON ?= $(shell bin/find_python)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/regionet
MANAGE := $(BIN)/python manage.py

.PHONY: help venv install install-test run demo migrate messages compilemessages \
	lint format test check-catalogs clean prod-smoke backup restore test-deps bench test-browser bench-search css \
	lock lock-check compose-check

help:
	@echo "make run    – install, migrate SQLite, load demo content, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   – installs what it needs, pre-commit hooks, makemigrations --check, catalogs,"
	@echo "              the pytest suite on PostgreSQL on every core, prod-smoke (docs/testing.md)"
	@echo "make messages – update locale/de and locale/hu from the code"
	@echo "make css    – rebuild static/css/bootstrap.purged.css after templates use new classes"

$(BIN)/python:
	@python="$(PYTHON)"; [ -n "$$python" ] || python=$$(bin/find_python --install) || exit 1; \
	"$$python" -c 'import sys; sys.exit(sys.version_info < (3, 12))' || { \
		echo "ERROR: Python 3.12 or newer is needed (Django 6.1); $$python is $$("$$python" --version 2>&1)."; \
		echo "Run make without PYTHON=… to have one found or installed (bin/find_python), or make PYTHON=/path/to/python3.13 …"; \
		exit 1; }; \
	echo "$$python -m venv $(VENV)"; "$$python" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

venv: $(BIN)/python

install: venv
	$(BIN)/pip install --quiet -e .

install-test: venv
	$(BIN)/pip install --quiet -e ".[test]"

compilemessages: install
	DJANGO_SETTINGS_MODULE=regionet.settings.dev $(BIN)/python -m core.catalogs compile

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate compilemessages
	$(MANAGE) load_demo

# The portal's own error pages, as visitors see them in production; DJANGO_DEBUG=true make run
# shows Django's debug pages instead. The task worker (mails) and the scheduler (periodic
# commands) run beside the development server, as in production, and stop with it.
run: demo
	@export DJANGO_DEBUG=$${DJANGO_DEBUG:-false}; \
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

messages: install
	$(MANAGE) makemessages -l de -l hu --no-location --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=node_modules
	@echo "Now translate the new entries in locale/*/LC_MESSAGES/django.po"

# The hooks of .pre-commit-config.yaml (ruff check and format, django-upgrade, djhtml,
# lint-imports), the same ones a contributor's `git commit` runs after `pre-commit install`.
lint: install-test
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	git ls-files -z '*.py' | grep -zv '/migrations/' | xargs -0 $(BIN)/django-upgrade --target-version 6.1 >/dev/null || true
	git ls-files -z 'templates/*.html' | xargs -0 $(BIN)/djhtml

check-catalogs: install-test
	$(BIN)/python -m core.catalogs

# What the tests need beyond Python (bin/test_prereqs): PostgreSQL server and client tools,
# running and reachable as DATABASE_URL says, Node.js and npm, Debian's Chromium and a Java
# runtime (installed with apt-get when missing and running as root; otherwise it prints the
# commands), then the npm packages vnu-jar, axe-core and purgecss from package-lock.json.
# Playwright never downloads a browser here.
test-deps: install-test
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} PYTHON=$(BIN)/python bin/test_prereqs
	@test -d node_modules/vnu-jar -a -d node_modules/axe-core -a -d node_modules/purgecss \
		|| npm ci --no-audit --no-fund

# pytest-xdist: one worker per core (PYTEST_WORKERS=1 for one process), each with its own test
# database (test_<name>_gw0, …), media folder and browser; with worksteal an idle worker takes
# queued tests from a busy one, so a few long tests do not leave a core idle. docs/testing.md.
PYTEST_WORKERS ?= auto

test: install-test test-deps compilemessages lint check-catalogs lock-check
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} DJANGO_SETTINGS_MODULE=regionet.settings.test \
		$(BIN)/python -W error manage.py makemigrations --check --dry-run
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal --durations=15
	$(MAKE) prod-smoke

# The image installs exactly uv.lock's versions, by their hashes, from requirements.lock.
# `make lock` after changing the dependencies in pyproject.toml; `make lock-check` (part of
# make test, so of CI) fails when either file no longer matches pyproject.toml.
UV := UV_NATIVE_TLS=1 $(BIN)/uv
UV_EXPORT := export --extra s3 --no-dev --no-emit-project --format requirements-txt

lock: install-test
	$(UV) lock
	$(UV) $(UV_EXPORT) --frozen --quiet --no-header -o requirements.lock

lock-check: install-test
	$(UV) lock --check
	$(UV) $(UV_EXPORT) --frozen --quiet --no-header | diff -q - <(grep -v "^#" requirements.lock) >/dev/null \
		|| { echo "requirements.lock is out of date: run make lock"; exit 1; }

# The compose stack for real, with podman (bin/compose_check; not part of make test).
compose-check:
	bin/compose_check

# Only the real-browser, validator, crawler and fuzzing tests (also part of make test).
test-browser: install-test test-deps compilemessages
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal tests/browser tests/quality

# Only the Bootstrap rules the templates, scripts and Python code use (bin/build_css, purgecss).
# The result is committed, so `make run` needs no Node; tests/quality/test_css.py checks it.
css: install
	@test -d node_modules/purgecss || npm ci --no-audit --no-fund
	PYTHON=$(BIN)/python bin/build_css

# The Dockerfile's path without Docker: fresh venv, production settings, gunicorn, HTTP checks,
# backup and restore into an empty database.
prod-smoke: venv
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python bin/prod_smoke.py

# Search timings on 20,000 generated cases in a scratch database (regionet_bench, dropped
# afterwards); see docs/performance.md. Not part of `make test`.
bench-search: install compilemessages
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python bench/search.py

# Load benchmark (not part of make test): gunicorn + wrk over generated data; see docs/performance.md.
bench: install compilemessages
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "Please install wrk: sudo apt-get install wrk"; exit 1; }
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python bench/load.py

backup: install
	bin/backup $(BACKUP_DIR)

restore: install
	@test -n "$(BACKUP_DIR)" || { echo "usage: make restore BACKUP_DIR=backups/…"; exit 1; }
	bin/restore $(BACKUP_DIR)

clean:
	rm -rf $(VENV) staticfiles .test-media
