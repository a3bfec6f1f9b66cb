"""Browser fixtures: both editions built once, served from file:// and from a local http server, opened
in Debian's Chromium (/usr/bin/chromium) through Playwright. Never downloads a browser.

Every page a test opens records its network requests and JavaScript errors; at the end of the test,
any request that left the site folder (or the local server) and any script error fails it.

Set-up (``make test`` does it): ``apt-get install -y chromium`` and ``npm ci`` (axe-core). Without
them these tests are skipped with the reason, unless ``MEDIALIT_REQUIRE_BROWSER=1`` (set by
``make test``) turns the skip into a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "tests" / "_artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Requests to these schemes never leave the machine.
LOCAL_SCHEMES = ("data:", "blob:", "about:", "chrome-extension:", "chrome:", "devtools:")

LESSON = "did-nato-just-declare-war-on-russia"    # the seed lesson most tests use (longest, most flags)
TECHNIQUE = "loaded-language"


def _missing_setup() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python playwright is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (make test installs it: apt-get install -y chromium)"
    if not AXE.exists():
        return f"{AXE.relative_to(ROOT)} is missing (make test runs npm ci)"
    return None


@pytest.fixture(scope="session")
def browser():
    problem = _missing_setup()
    if problem:
        if os.environ.get("MEDIALIT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests cannot run: {problem}")
        pytest.skip(f"browser tests skipped: {problem}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def http_root(built_sites) -> str:
    """Both editions served by a quiet http.server thread on a free port of 127.0.0.1."""
    folder = built_sites["student"].parent
    assert built_sites["teacher"].parent == folder

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@dataclass
class Site:
    """Where one edition of the built site is, as the browser sees it."""

    base: str          # ends with "/"
    edition: str
    transport: str     # "file" or "http"
    folder: Path

    def url(self, path: str = "index.html") -> str:
        return self.base + path


@pytest.fixture(scope="session")
def site_for(built_sites, http_root):
    def make(edition: str = "student", transport: str = "file") -> Site:
        folder = built_sites[edition]
        base = folder.as_uri() + "/" if transport == "file" else f"{http_root}/{folder.name}/"
        return Site(base=base, edition=edition, transport=transport, folder=folder)
    return make


@dataclass
class Recorder:
    allowed: list[str]
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        return [url for url in self.requests
                if not url.startswith(LOCAL_SCHEMES) and not any(url.startswith(a) for a in self.allowed)]


@pytest.fixture
def open_context(browser, built_sites, http_root):
    """``open_context(**options)`` gives a fresh browser context whose pages are all watched: at the end of
    the test no request may have left the site and no script may have failed."""
    contexts, recorders = [], []
    allowed = [Path(built_sites["student"]).parent.as_uri() + "/", http_root + "/"]

    def make(extra_allowed: tuple[str, ...] = (), **options):
        options.setdefault("viewport", DESKTOP)
        options.setdefault("service_workers", "block")
        context = browser.new_context(**options)
        recorder = Recorder(allowed=[*allowed, *extra_allowed])
        context.on("request", lambda request: recorder.requests.append(request.url))
        context.on("page", lambda page: page.on("pageerror", lambda error: recorder.errors.append(str(error))))
        contexts.append(context)
        recorders.append(recorder)
        return context

    yield make
    for context in contexts:
        context.close()
    for recorder in recorders:
        assert not recorder.outside(), f"requests left the site: {recorder.outside()}"
        assert not recorder.errors, f"script errors: {recorder.errors}"


@pytest.fixture
def page(open_context):
    return open_context().new_page()


@pytest.fixture(scope="session")
def shots() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def run_axe(page) -> list[dict]:
    """WCAG 2.0/2.1 A and AA violations on the current page (axe injected after every navigation)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => { const r = await axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']});"
        " return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(' '), summary: n.failureSummary}))})); }")
    return result
