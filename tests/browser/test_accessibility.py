"""WCAG 2.1 AA with axe-core: home, lesson (highlights on, exercises answered, every <details> open),
technique, unit and worksheet pages, in the light and the dark colour scheme."""

from __future__ import annotations

import pytest

from .conftest import LESSON, PHONE, TECHNIQUE, run_axe

PAGES = {
    "home": "index.html",
    "lesson": f"lessons/{LESSON}.html",
    "technique": f"techniques/{TECHNIQUE}.html",
    "unit": "units/nato-russia-two-texts.html",
    "worksheet": f"worksheets/{LESSON}.html",
}
SCHEMES = {"light": "default", "dark": "slate"}


def exercise_the_lesson(page) -> None:
    """Put the lesson page in its busiest state: highlights on, one right and one wrong answer, details open."""
    page.locator("button.ml-toggle").click()
    for number, right in ((1, True), (2, False)):
        page.locator(f"#ex{number} input[data-correct='{'true' if right else 'false'}']").first.check()
        page.locator(f"#ex{number} .ml-ex-check").click()
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", PAGES)
def test_no_wcag_violations(site_for, open_context, name, scheme):
    edition = "student" if name != "worksheet" else "teacher"   # the teacher worksheet has the most parts
    context = open_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_for(edition, "file").url(PAGES[name]))
    # Material follows the system preference through its palette's media queries.
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    if name == "lesson":
        exercise_the_lesson(page)
    violations = run_axe(page)
    assert violations == [], "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(f"{n['target']}: {n['summary']}" for n in v["nodes"])
        for v in violations)


def test_highlights_are_not_colour_alone(site_for, page):
    """Each highlight has an underline, a visible number with a technique tag, and a note in words."""
    page.goto(site_for("student", "file").url(PAGES["lesson"]))
    page.locator("button.ml-toggle").click()
    mark = page.locator("mark.ml-flag").first
    assert mark.evaluate("m => getComputedStyle(m).borderBottomStyle") == "solid"
    ref = page.locator(".ml-ref").first
    assert ref.is_visible() and any(c.isalpha() for c in ref.inner_text())
    note_id = ref.get_attribute("href").lstrip("#")
    assert ":" in page.locator(f"[id='{note_id}']").inner_text()


def test_every_control_is_reachable_by_keyboard(site_for, page):
    """Tabbing through the lesson reaches the toggle, every exercise's choices and check button, and the reset."""
    page.goto(site_for("student", "file").url(PAGES["lesson"]))
    page.locator("#ex1 input[data-correct='true']").check()
    page.locator("#ex1 .ml-ex-check").click()
    page.locator("button.ml-toggle").focus()
    count = page.locator(".ml-ex").count()
    seen = ["ml-toggle||button"]
    last = f"ml-ex-check|ex{count}|button"
    while seen[-1] != last:
        assert len(seen) < 400, f"tabbing never reached the last exercise; last: {seen[-5:]}"
        page.keyboard.press("Tab")
        seen.append(page.evaluate("(() => { const e = document.activeElement; const f = e.closest('.ml-ex');"
                                  " const mine = [...e.classList].find(c => c.startsWith('ml-')) || e.tagName;"
                                  " return mine + '|' + (f ? f.id : '') + '|' + (e.type || ''); })()"))
    assert "ml-ex-reset||button" in seen
    assert {s.split("|")[1] for s in seen if s.endswith("|radio")} == {f"ex{n}" for n in range(1, count + 1)}
    assert {s.split("|")[1] for s in seen if s.startswith("ml-ex-check|")} == {f"ex{n}" for n in range(1, count + 1)}


def test_teacher_lesson_on_a_phone_has_no_wcag_violations(site_for, open_context):
    """On a phone the teacher's all-flags table scrolls sideways: the keyboard must be able to reach it."""
    page = open_context(viewport=PHONE).new_page()
    page.goto(site_for("teacher", "file").url(PAGES["lesson"]))
    wide = page.locator(".md-typeset__scrollwrap[data-ml-wide]")
    assert wide.count() >= 1 and wide.first.get_attribute("tabindex") == "0"
    wide.first.focus()
    page.keyboard.press("ArrowRight")
    # (The browser may scroll smoothly: wait for the table to move rather than read it at once.)
    page.wait_for_function("w => w.scrollLeft > 0", arg=wide.first.element_handle(), timeout=3000)
    violations = run_axe(page)
    assert violations == [], "\n".join(f"{v['id']}: {v['nodes']}" for v in violations)
