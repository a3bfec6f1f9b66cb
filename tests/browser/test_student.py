"""A student on a workshop laptop: search, reading mode, self-checks with kept progress, no network,
a phone-sized screen. Each behaviour runs from file:// and from a local http server."""

from __future__ import annotations

import re
import shutil

import pytest

from .conftest import LESSON, PHONE, ROOT, TECHNIQUE

TRANSPORTS = ["file", "http"]
# A phrase from the Whitney seed that only its lesson contains.
SEARCH_PHRASE = "Norway's next Central Bank chief"


def lesson_url(site, slug: str = LESSON) -> str:
    return site.url(f"lessons/{slug}.html")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_search_finds_a_phrase_from_a_seed_and_reaches_its_lesson(site_for, page, transport):
    assert SEARCH_PHRASE in (ROOT / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md").read_text(encoding="utf-8")
    site = site_for("student", transport)
    page.goto(site.url())
    page.locator("input.md-search__input").click()
    page.keyboard.type(SEARCH_PHRASE, delay=10)     # Material searches on key events, not on fill()
    result = page.locator(f".md-search-result__item a[href*='{LESSON}']").first
    result.wait_for(timeout=45_000)
    result.click()
    page.wait_for_url(re.compile(re.escape(LESSON)))
    assert page.locator("h1").first.inner_text().startswith("Did NATO Just Declare War on Russia?")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_highlights_start_off_toggle_by_keyboard_and_keep_their_state(site_for, page, transport):
    page.goto(lesson_url(site_for("student", transport)))
    text, toggle = page.locator(".ml-text"), page.locator("button.ml-toggle")
    assert "ml-plain" in text.get_attribute("class"), "the first reading is plain"
    assert toggle.get_attribute("aria-pressed") == "false"
    assert not page.locator(".ml-refs").first.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.locator(".ml-refs").first.is_visible() and page.locator(".ml-notes").first.is_visible()
    assert "Highlights are on" in page.locator(".ml-toggle-state").inner_text()
    page.reload()
    assert page.locator("button.ml-toggle").get_attribute("aria-pressed") == "true", "the choice is kept"
    page.locator("button.ml-toggle").focus()
    page.keyboard.press("Space")
    assert "ml-plain" in page.locator(".ml-text").get_attribute("class")


def test_a_link_to_a_flag_shows_the_highlights(site_for, page):
    site = site_for("student", "file")
    page.goto(site.url(f"techniques/{TECHNIQUE}.html"))
    link = page.locator(f"a[href*='{LESSON}.html#flag-']").first
    link.click()
    page.wait_for_url(re.compile("#flag-"))
    assert page.locator("button.ml-toggle").get_attribute("aria-pressed") == "true"
    target = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{target}']").is_visible()


def answer(page, number: int, right: bool) -> str:
    """Answer exercise ``number`` by keyboard only: tab to the choice, Space, tab to the button, Enter."""
    exercise = page.locator(f"#ex{number}")
    choice = exercise.locator(f"input[data-correct='{'true' if right else 'false'}']").first
    choice.focus()
    page.keyboard.press("Space")
    assert choice.is_checked()
    page.keyboard.press("Tab")
    # Tab leaves the radio group for the next focusable element: the check button.
    assert page.evaluate("document.activeElement.classList.contains('ml-ex-check')")
    page.keyboard.press("Enter")
    return choice.get_attribute("data-feedback")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_exercises_give_feedback_and_keep_progress_across_reloads(site_for, page, transport):
    page.goto(lesson_url(site_for("student", transport)))
    total = page.locator(".ml-ex").count()
    assert total >= 5
    score = page.locator(".ml-ex-score")
    assert score.inner_text() == f"Answered 0 of {total}; 0 right."

    feedback = answer(page, 1, right=True)
    first = page.locator("#ex1 .ml-ex-feedback")
    assert first.inner_text().startswith("✓ Right.") and feedback in first.inner_text()
    wrong = answer(page, 2, right=False)
    assert page.locator("#ex2 .ml-ex-feedback").inner_text().startswith("✗ Not quite.")
    assert wrong in page.locator("#ex2 .ml-ex-feedback").inner_text()
    assert score.inner_text() == f"Answered 2 of {total}; 1 right."

    page.reload()
    assert page.locator("#ex1 input[data-correct='true']").is_checked()
    assert page.locator("#ex1 .ml-ex-feedback").inner_text().startswith("✓ Right.")
    assert page.locator(".ml-ex-score").inner_text() == f"Answered 2 of {total}; 1 right."
    stored = page.evaluate(f"localStorage.getItem('medialit:{LESSON}:exercises')")
    # Saved by each exercise's opaque key (a digest, not its flag id) with the chosen option's text.
    assert stored and page.locator("#ex1").get_attribute("data-ex") in stored and "technique:" not in stored

    page.locator(".ml-ex-reset").click()
    assert page.locator(".ml-ex-score").inner_text().endswith(f"Answered 0 of {total}; 0 right.")
    assert not page.locator("#ex1 input:checked").count()
    assert page.evaluate(f"localStorage.getItem('medialit:{LESSON}:exercises')") is None


def test_checking_without_a_choice_asks_for_one(site_for, page):
    page.goto(lesson_url(site_for("student", "file")))
    page.locator("#ex1 .ml-ex-check").click()
    assert page.locator("#ex1 .ml-ex-feedback").inner_text() == "Choose an answer first."
    assert page.locator(".ml-ex-score").inner_text().startswith("Answered 0")


def test_technique_exercises_explain_with_the_flags_reason_and_offer_real_techniques(site_for, page):
    page.goto(lesson_url(site_for("student", "file")))
    names = set(page.evaluate("[...document.querySelectorAll('.md-nav__link')].map(a => a.textContent.trim())"))
    exercise = page.locator(".ml-ex[data-kind='technique']").first
    options = exercise.locator(".ml-ex-text").all_inner_texts()
    assert len(options) == 4 and len(set(options)) == 4
    assert set(options) <= names, "every option is a technique of the taxonomy (listed in the navigation)"
    assert exercise.locator("mark.ml-ex-mark").inner_text()
    paragraph = exercise.locator(".ml-ex-where").get_attribute("href")          # "#p33"
    reasons = [note.split(": ", 1)[1] for note in page.locator(f"{paragraph} .ml-notes li").all_inner_texts()]
    right = exercise.locator("input[data-correct='true']").get_attribute("data-feedback")
    assert any(reason in right for reason in reasons), "the feedback gives the reason of the flag"
    for wrong in exercise.locator("input[data-correct='false']").all():
        assert any(reason in wrong.get_attribute("data-feedback") for reason in reasons)


def test_progress_survives_moving_the_site_folder(site_for, open_context, tmp_path):
    """On file:// the key is the lesson id, not the address: a copied folder finds the same answers."""
    site = site_for("student", "file")
    moved = tmp_path / "usb-stick" / "medialit"
    shutil.copytree(site.folder, moved)
    context = open_context(extra_allowed=(moved.as_uri() + "/",))
    page = context.new_page()
    page.goto(lesson_url(site))
    answer(page, 1, right=True)
    page.goto(moved.as_uri() + f"/lessons/{LESSON}.html")
    assert page.locator("#ex1 input[data-correct='true']").is_checked()
    assert page.locator(".ml-ex-score").inner_text().startswith("Answered 1 of")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_no_request_leaves_the_site(site_for, open_context, transport):
    """Every page kind, with search used: the recorder in ``open_context`` fails the test on any outside request."""
    site = site_for("student", transport)
    context = open_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("index.html", f"lessons/{LESSON}.html", "lessons/index.html", f"techniques/{TECHNIQUE}.html",
                 "techniques/index.html", "units/index.html", f"worksheets/{LESSON}.html", "tags.html",
                 "teachers/guide.html"):
        response = page.goto(site.url(path))
        assert response is None or response.ok, path
        page.wait_for_load_state("load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("NATO", delay=10)
    page.locator(".md-search-result__item").first.wait_for(timeout=45_000)
    assert any("search" in url for url in requests), "the search index loaded from the site"


def test_phone_screen_has_no_sideways_scrolling_and_works_by_touch(site_for, open_context, shots):
    context = open_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    site = site_for("student", "file")
    for path in ("index.html", f"lessons/{LESSON}.html", "units/index.html", f"worksheets/{LESSON}.html"):
        page.goto(site.url(path))
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a phone"
    page.goto(site.url(f"lessons/{LESSON}.html"))
    page.screenshot(path=str(shots / "phone-lesson-top.png"), animations="disabled")
    page.locator("button.ml-toggle").tap()
    assert page.locator("button.ml-toggle").get_attribute("aria-pressed") == "true"
    page.locator("#p17").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('p17').scrollIntoView({block: 'center'})")
    page.screenshot(path=str(shots / "phone-lesson-highlights.png"), animations="disabled")
    page.locator("#ex1 input[data-correct='false']").first.tap()
    page.locator("#ex1 .ml-ex-check").tap()
    page.evaluate("document.getElementById('ex1').scrollIntoView({block: 'start'})")
    page.screenshot(path=str(shots / "phone-exercise-feedback.png"), animations="disabled")
