"""Text from seeds is always shown as text: lessons built from the injection seeds of the hostile corpus
are opened in Chromium from file://, and no injected script runs and no injected element exists, also
after using the page (highlight toggle, self-check answers, search)."""

from __future__ import annotations

import shutil

import pytest
from fixtures.hostile import HERE, LESSONS, make_project

from medialit.site import build_site

SEEDS = ["injection.md", "template-syntax.md", "markdown-breakers.md", "rtl-emoji.md"]
# Elements a payload tries to create inside the lesson content.
INJECTED = ("article script, article iframe, article img, article svg[onload], [onerror], [onload]:not(body), "
            "[ontoggle], a[href^='javascript:' i], a[href^='data:' i], iframe[src^='javascript:' i]")
TRAP = """() => { window.__dialogs = []; for (const name of ['alert', 'confirm', 'prompt'])
                    window[name] = (m) => { window.__dialogs.push(String(m)); }; }"""


@pytest.fixture(scope="module")
def injection_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("injection")
    seeds = folder / "seeds"
    seeds.mkdir()
    for name in SEEDS:
        shutil.copy(HERE / name, seeds / name)
    return build_site(make_project(folder / "project", seeds=seeds), site_dir=folder / "site")


@pytest.fixture()
def watched(browser):
    """A page whose dialogs are recorded (and dismissed) and whose script errors are kept."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, dialogs, errors
    context.close()


def assert_clean(page, dialogs, errors) -> None:
    assert page.evaluate("() => window.__pwned") is None, "an injected script ran"
    assert dialogs == [], f"an injected script opened a dialog: {dialogs}"
    found = page.evaluate(f"() => [...document.querySelectorAll({INJECTED!r})].map(e => e.outerHTML.slice(0, 120))")
    assert found == [], f"injected elements exist: {found}"
    assert errors == [], f"script errors: {errors}"


@pytest.mark.parametrize("seed", SEEDS)
def test_lesson_pages_show_payloads_as_text(injection_site, watched, seed):
    page, dialogs, errors = watched
    page.goto((injection_site / "lessons" / f"{LESSONS[seed]}.html").as_uri())
    page.wait_for_load_state("load")
    assert_clean(page, dialogs, errors)
    # Using the page must not bring a payload to life: toggle the highlights, answer every self-check.
    toggle = page.locator("button.ml-toggle:visible")
    if toggle.count():
        toggle.first.click()
    page.evaluate("""() => { for (const option of document.querySelectorAll('fieldset.ml-ex input[type=radio]')) {
        option.click(); option.closest('fieldset').querySelector('button.ml-ex-check')?.click(); } }""")
    page.wait_for_timeout(100)
    assert_clean(page, dialogs, errors)


def test_title_is_shown_as_text_everywhere(injection_site, watched):
    page, dialogs, errors = watched
    page.goto((injection_site / "lessons" / f"{LESSONS['injection.md']}.html").as_uri())
    assert page.title().startswith("<script>window.__pwned = 'title'</script><img src=x onerror=")
    heading = page.locator("article h1").inner_text()
    assert heading.startswith("<script>window.__pwned = 'title'</script>")
    text = page.locator("#p1").inner_text()
    assert "<script>window.__pwned = 'body-script'</script>" in text
    assert_clean(page, dialogs, errors)


@pytest.mark.parametrize("path", ["index.html", "lessons/index.html", "tags.html"])
def test_index_pages_list_titles_and_tags_as_text(injection_site, watched, path):
    page, dialogs, errors = watched
    page.goto((injection_site / path).as_uri())
    page.wait_for_load_state("load")
    assert_clean(page, dialogs, errors)


def test_search_results_show_payloads_as_text(injection_site, watched):
    page, dialogs, errors = watched
    page.goto((injection_site / "index.html").as_uri())
    page.wait_for_load_state("load")
    # Material searches on key events, and on file:// the index loads on first use: type, and allow
    # a slow machine time to load it.
    page.click("input.md-search__input")
    page.keyboard.type("anchor", delay=10)           # a word of the injection lesson's body
    page.wait_for_selector(".md-search-result__item", timeout=45_000)
    page.wait_for_timeout(200)
    assert_clean(page, dialogs, errors)
    assert "window.__pwned" in page.locator(".md-search-result").inner_text()
