"""A student moving around a lesson: from a question or a self-check to its paragraph and back, on a phone
and on a laptop, by mouse and by keyboard. The sticky header and the sticky highlight toggle must never
cover the place a link lands on."""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, LESSON, PHONE


def lesson(site_for) -> str:
    return site_for("student", "file").url(f"lessons/{LESSON}.html")


def covered_by_sticky_bars(page, selector: str) -> float:
    """How many pixels of the element's top are hidden under the sticky header and toggle row (<= 0: none)."""
    return page.evaluate(
        """sel => {
            const top = document.querySelector(sel).getBoundingClientRect().top;
            const bars = [...document.querySelectorAll('.md-header, .ml-toggle-row')]
                .filter(b => !b.hidden && getComputedStyle(b).position !== 'static')
                .map(b => b.getBoundingClientRect().bottom);
            return Math.max(...bars) - top;
        }""", selector)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "laptop"])
def test_a_question_link_lands_on_its_paragraph_in_view_and_offers_a_way_back(site_for, open_context, viewport):
    page = open_context(viewport=viewport).new_page()
    page.goto(lesson(site_for))
    link = page.locator(".ml-question a[href^='#p']").nth(2)
    question = link.locator("xpath=ancestor::div[contains(@class,'ml-question')]").get_attribute("id")
    target = link.get_attribute("href")
    link.click()
    page.wait_for_timeout(200)
    assert covered_by_sticky_bars(page, target) <= 0, "the paragraph's first line is under the sticky bars"
    back = page.locator(f"{target} a.ml-back")
    assert back.get_attribute("href") == f"#{question}" and back.is_visible()
    assert back.inner_text().endswith(question.upper())
    assert back.bounding_box()["height"] >= 24, "a touch target of at least 24 px"
    back.click()
    page.wait_for_timeout(200)
    assert covered_by_sticky_bars(page, f"#{question}") <= 0
    # A second trip leaves one back link, in the new paragraph only.
    other = page.locator(".ml-question a[href^='#p']").nth(5)
    other.click()
    assert page.locator("a.ml-back").count() == 1
    assert page.locator(f"{other.get_attribute('href')} a.ml-back").count() == 1


def test_a_flag_note_reached_by_link_is_not_under_the_toggle_row(site_for, open_context):
    page = open_context(viewport=PHONE).new_page()
    page.goto(lesson(site_for))
    page.locator("button.ml-toggle").click()
    ref = page.locator("a.ml-ref").nth(3)
    ref.click()
    page.wait_for_timeout(200)
    assert covered_by_sticky_bars(page, ref.get_attribute("href")) <= 0


def test_keyboard_only_question_to_paragraph_and_back(site_for, page):
    page.goto(lesson(site_for))
    link = page.locator(".ml-question a[href^='#p']").first
    link.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    # The next stop after landing on the paragraph is its back link; Enter returns to the question.
    assert page.evaluate("document.activeElement.classList.contains('ml-back')")
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    assert page.evaluate("location.hash") == "#q1"


def test_a_self_check_excerpt_link_offers_a_way_back_to_the_exercise(site_for, page):
    page.goto(lesson(site_for))
    where = page.locator(".ml-ex .ml-ex-where").first
    exercise = where.locator("xpath=ancestor::fieldset").get_attribute("id")
    where.click()
    back = page.locator(f"{where.get_attribute('href')} a.ml-back")
    assert back.get_attribute("href") == f"#{exercise}"
    assert back.inner_text() == f"↩ Back to exercise {exercise[2:]}"


def test_back_to_top_never_covers_the_highlight_toggle(site_for, open_context):
    page = open_context(viewport=PHONE).new_page()
    page.goto(lesson(site_for))
    page.evaluate("window.scrollTo(0, document.getElementById('p20').offsetTop)")
    page.mouse.move(200, 400)
    page.mouse.wheel(0, 300)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -200)           # scrolling up is what shows Material's "Back to top"
    top = page.locator(".md-top")
    top.wait_for(state="visible")
    toggle = page.locator("button.ml-toggle")
    assert toggle.is_visible()
    hit = page.evaluate("""() => { const r = document.querySelector('button.ml-toggle').getBoundingClientRect();
        return [...Array(5).keys()].every(i => {
            const e = document.elementFromPoint(r.left + r.width * (i + .5) / 5, r.top + r.height / 2);
            return e && e.closest('button.ml-toggle'); }); }""")
    assert hit, "the Back to top button covers the highlight toggle"
    toggle.click()


def test_on_a_phone_the_keyboard_never_tabs_into_the_closed_menu(site_for, open_context):
    page = open_context(viewport=PHONE).new_page()
    page.goto(lesson(site_for))
    offscreen = []
    for _ in range(15):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => { const e = document.activeElement, r = e.getBoundingClientRect();
            return {text: (e.textContent || '').trim().slice(0, 30), right: r.right, link: e.tagName === 'A',
                    menu: !!e.closest('.md-sidebar--primary')}; }""")
        if where["menu"] or (where["link"] and where["right"] <= 0):
            offscreen.append(where["text"])
    assert not offscreen, f"Tab reached links of the closed menu, out of sight: {offscreen[:5]}"
    page.locator("label.md-header__button[for='__drawer']").click()
    link = page.locator(".md-sidebar--primary a.md-nav__link").first
    link.wait_for(state="visible")
    link.focus()
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"), "the open menu is usable"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "laptop"])
def test_a_search_result_for_a_word_of_the_text_shows_the_match(site_for, open_context, viewport):
    """Material links a match in the text to the section ("#the-text") with ?h=word; the word is far down."""
    page = open_context(viewport=viewport).new_page()
    page.goto(lesson(site_for) + "?h=implementing#the-text")
    match = page.locator(".ml-text mark[data-md-highlight]").first
    match.wait_for()
    page.wait_for_timeout(300)
    assert match.evaluate("m => m.closest('.ml-para').id") not in ("p1", "p2", "p3")
    top = match.evaluate("m => m.getBoundingClientRect().top")
    assert covered_by_sticky_bars(page, ".ml-text mark[data-md-highlight]") <= 0 and top < viewport["height"], \
        "the first match of the searched word is in view"
