"""Browser tests: Playwright driving Debian Chromium against the built site (see conftest.py)."""
