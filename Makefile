# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test setup db-start db-stop demo system-deps clean

run: setup
	./scripts/run.sh

test: setup
	./scripts/test.sh

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $@

db-start: setup
	$(PY) -m config.embedded_db start

db-stop:
	$(PY) -m config.embedded_db stop

demo: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

system-deps:
	./scripts/system-deps.sh

clean: db-stop
	rm -rf $(VENV) .pgdata
