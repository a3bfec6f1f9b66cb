# Two commands do all set-up on a fresh machine:
#   make site   build the student edition (site/) and the teacher edition (site-teacher/) from seeds/
#   make test   run the test suite, browser tests included
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: site test check serve clean

site: $(VENV)/.installed
	$(BIN)/medialit build
	$(BIN)/medialit build --teacher

check: $(VENV)/.installed
	$(BIN)/medialit check

serve: $(VENV)/.installed
	$(BIN)/medialit serve

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf site site-teacher .cache
