# Everyday verbs. `make run` and `make test` are the two commands in the README.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=

.PHONY: run serve setup install install-dev demo test test-browser test-postgres lint audit format check clean bench bench-http bench-hot bench-search load-test messages

run: setup
	$(MANAGE) runserver 127.0.0.1:8000

# Production-like, on http://127.0.0.1:8000: debug off (the secret key comes from .env or
# the environment), static files collected with hashed, compressed names for WhiteNoise,
# gunicorn with the workers and threads of filmhub/gunicorn.conf.py. Serves the same
# database as `make run`; uploads are served too, as no proxy is in front.
serve: install .env
	DJANGO_DEBUG=false $(MANAGE) migrate --noinput
	DJANGO_DEBUG=false $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=false DJANGO_SERVE_MEDIA=$${DJANGO_SERVE_MEDIA:-true} \
		$(BIN)/gunicorn --config filmhub/gunicorn.conf.py filmhub.wsgi

# Creates the virtual environment, a local .env, the database and the demo content.
setup: install .env
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

install: $(BIN)/.installed

# A new environment gets its Python's own setuptools, often one with known
# vulnerabilities (`make audit`): both it and pip are brought up to date.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1" "setuptools>=78.1.1"
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install-dev: $(BIN)/.installed-dev

$(BIN)/.installed-dev: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet --group dev
	touch $@

# A local .env: debug on and a fresh random secret key, never a shared one.
.env:
	@$(BIN)/python -c "import secrets; print('DJANGO_DEBUG=true'); print('DJANGO_SECRET_KEY=' + secrets.token_urlsafe(50))" > .env
	@echo "Wrote .env for local development."

test: install-dev
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-browser

# The browser suite in headless Chromium, one browser and one server for the run;
# screenshots go to artifacts/. Without a Chromium it is skipped, and says so, unless
# FILMHUB_BROWSER_TESTS=required (CI) makes that a failure.
CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
test-browser: install-dev
	@if [ -x "$(CHROMIUM_PATH)" ] || [ "$$FILMHUB_BROWSER_TESTS" = required ]; then \
		$(BIN)/python -m pytest -m browser tests/browser -rs $(BROWSER_PYTEST_ARGS); \
	else \
		echo "== Browser tests SKIPPED: no Chromium at $(CHROMIUM_PATH) (apt-get install chromium)"; \
	fi

# The same suite against PostgreSQL; DATABASE_URL defaults to the local server.
# A fresh test database each run: transactional tests end by emptying the database,
# and a reused one would start the next run without the roles a migration created.
test-postgres: install-dev
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/filmhub} \
		$(BIN)/python -m pytest -n 2 --create-db $(PYTEST_ARGS)

TEMPLATES := $(shell find templates -name '*.html')
PYTHON_FILES := $(shell find filmhub articles programmes tests -name '*.py' -not -path '*/migrations/*')

# Pages over HTTP against a static file, then search. Builds its own databases; takes
# half an hour or so. The search benchmark runs even when the HTTP one missed a target,
# and `make bench` fails at the end.
bench: install
	@$(MAKE) --no-print-directory -k bench-http bench-hot bench-search

# Pages per second and latency through gunicorn, as ratios to a static file served in the
# same run, at each size (articles; events half as many): benchmarks/http_bench.py. Needs wrk.
BENCH_DATABASE ?= sqlite
BENCH_SIZES ?= 1000,100000
bench-http: install
	$(BIN)/python benchmarks/http_bench.py --database $(BENCH_DATABASE) --sizes $(BENCH_SIZES)

# The home page while its content changes twice a second: requests waiting for the one
# rendering it, against each rendering its own (benchmarks/hot_page.py).
bench-hot: install
	$(BIN)/python benchmarks/hot_page.py --database $(BENCH_DATABASE)

# Search at 100,000 articles on SQLite, and on PostgreSQL when a server is reachable.
BENCH_ARTICLES ?= 100000
bench-search: install
	$(BIN)/python benchmarks/search_bench.py sqlite --articles $(BENCH_ARTICLES)
	@if $(BIN)/python -c "import psycopg; psycopg.connect('postgres://postgres@127.0.0.1:5432/postgres', connect_timeout=3).close()" 2>/dev/null; then \
		$(BIN)/python benchmarks/search_bench.py postgresql --articles $(BENCH_ARTICLES); \
	else echo "PostgreSQL not reachable on 127.0.0.1:5432: its benchmark skipped."; fi

# Mixed public traffic while an editor saves every second and a worker is killed:
# `make load-test` on SQLite (16 connections), DATABASE=postgresql for 64 connections.
DATABASE ?= sqlite
load-test: install
	$(BIN)/python benchmarks/load_test.py --database $(DATABASE)

# The Korean catalogue: every string the code and templates mark, gathered into
# locale/ko/LC_MESSAGES/django.po (new ones untranslated, unused ones dropped), then
# compiled to the django.mo committed beside it, so a fresh machine needs no gettext.
# Needs GNU gettext (apt-get install gettext). tests/test_translations.py uses the same
# options to check that the catalogue is complete.
MESSAGES_IGNORE := $(addprefix --ignore=,.venv staticfiles media node_modules artifacts tests benchmarks)
messages: install
	DJANGO_DEBUG=true DJANGO_SECRET_KEY=messages $(MANAGE) makemessages --locale=ko \
		--domain=django --add-location=file --no-wrap --no-obsolete $(MESSAGES_IGNORE)
	DJANGO_DEBUG=true DJANGO_SECRET_KEY=messages $(MANAGE) compilemessages --locale=ko $(MESSAGES_IGNORE)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djade --target-version 5.2 --check $(TEMPLATES)
	$(BIN)/django-upgrade --target-version 5.2 --check $(PYTHON_FILES)
	DJANGO_DEBUG=true DJANGO_SECRET_KEY=lint $(MANAGE) makemigrations --check --dry-run

# Known vulnerabilities in every installed package (PyPI's advisory database; needs the
# network, so not part of `make test`). The project itself is not on PyPI: skipped. With
# --strict a package that could not be looked up fails the audit instead of passing it.
audit: install-dev
	$(BIN)/pip-audit --strict --skip-editable

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	-$(BIN)/djade --target-version 5.2 $(TEMPLATES)
	-$(BIN)/django-upgrade --target-version 5.2 $(PYTHON_FILES)

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles
