# Two commands do all set-up on a fresh machine:
#   make site   build the student edition (site/) and the teacher edition (site-teacher/) from seeds/
#   make test   run the test suite, browser tests included
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: site test browser-setup check serve clean

site: $(VENV)/.installed
	$(BIN)/medialit build
	$(BIN)/medialit build --teacher

check: $(VENV)/.installed
	$(BIN)/medialit check

serve: $(VENV)/.installed
	$(BIN)/medialit serve

test: $(VENV)/.installed-test browser-setup
	MEDIALIT_REQUIRE_BROWSER=1 $(BIN)/python -m pytest

# The browser tests drive Debian's Chromium (never a downloaded browser) and inject axe-core from npm.
# Installing chromium needs root (or sudo); it is skipped when /usr/bin/chromium is already there.
CHROMIUM ?= /usr/bin/chromium
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser-setup: node_modules/axe-core/axe.min.js
	@[ -x $(CHROMIUM) ] || { echo "installing chromium (apt-get)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

clean:
	rm -rf site site-teacher .cache
