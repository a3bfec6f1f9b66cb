"""The built site: both editions, answer keys only in the teacher one, nothing fetched from outside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.analysis.taxonomy import load_taxonomy

TEACHER_ONLY = ("Answer key", "A good answer", "Timing plan", "Teacher note", "Teacher edition", "(teacher)",
                "Voices: teacher notes", "Read only the bold passages", "minute session</strong>", "All flags in this text")
EXTERNAL_LOAD = re.compile(
    r"""<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc=["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["']?(?:https?:)?//[^>]*>"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:url\()?["']?(?:https?:)?//""",
    re.I,
)


def lesson_pages(site: Path) -> list[Path]:
    return sorted(p for p in (site / "lessons").glob("*.html") if p.name != "index.html")


def test_both_lessons_exist_in_both_editions(built_sites):
    for site in built_sites.values():
        assert len(lesson_pages(site)) == 2
        assert (site / "index.html").exists() and (site / "search" / "search_index.js").exists()


def test_lesson_pages_have_every_section(built_sites):
    for page in lesson_pages(built_sites["student"]):
        html = page.read_text(encoding="utf-8")
        for heading in ("Before you read", "The text", "Guiding questions", "Propaganda techniques",
                        "Source and bias", "Verification", "Activities", "Balancing reading list", "Key points"):
            assert f">{heading}<" in html or f">{heading} <" in html or f'{heading}</h' in html, (page.name, heading)
        assert 'class="ml-para"' in html and "¶1" in html


def test_student_edition_contains_no_answer_keys_anywhere(built_sites):
    student, teacher = built_sites["student"], built_sites["teacher"]
    teacher_pages = "".join(page.read_text(encoding="utf-8") for page in lesson_pages(teacher))
    for marker in TEACHER_ONLY:          # each marker is real: the teacher edition has it
        assert marker in teacher_pages, marker
    for page in lesson_pages(teacher):
        assert "Answer key" in page.read_text(encoding="utf-8")
    for path in student.rglob("*"):
        if path.suffix in {".html", ".js", ".json"} and "assets/javascripts" not in path.as_posix():
            text = path.read_text(encoding="utf-8", errors="replace")
            for marker in TEACHER_ONLY:
                assert marker not in text, f"{path.relative_to(student)} contains {marker!r}"


def test_no_page_loads_anything_from_outside_the_site(built_sites):
    for site in built_sites.values():
        for path in site.rglob("*"):
            if path.suffix in {".html", ".css"}:
                text = path.read_text(encoding="utf-8", errors="replace")
                match = EXTERNAL_LOAD.search(text)
                assert match is None, f"{path.relative_to(site)} loads {match.group(0)!r}"
        assert "unpkg.com" not in (site / "index.html").read_text(encoding="utf-8")
        assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")


def test_every_technique_has_a_page_listing_its_examples(built_sites):
    site = built_sites["student"]
    for technique in load_taxonomy().techniques:
        page = site / "techniques" / f"{technique.id}.html"
        assert page.exists(), technique.id
        assert technique.question.split(",")[0] in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["teachers/guide.html", "about/how-it-works.html", "tags.html"])
def test_hand_written_and_index_pages_are_built(built_sites, name):
    assert (built_sites["student"] / name).exists()


def test_the_reading_catalog_page_lists_every_reading(built_sites):
    import html as htmllib

    from medialit.lesson.readings import load_catalog

    page = htmllib.unescape((built_sites["student"] / "readings" / "index.html").read_text(encoding="utf-8"))
    for reading in load_catalog().readings:
        assert reading.title in page, reading.id


def test_student_edition_never_shows_a_flag_id(built_sites):
    """Flag ids (technique, rule or model, offset) are for the teacher's all-flags table; in a student page
    one named the answer of a "Which technique?" self-check in its page source."""
    teacher_pages = "".join(page.read_text(encoding="utf-8") for page in lesson_pages(built_sites["teacher"]))
    flag_ids = set(re.findall(r"<td><code>([^<]+)</code></td>", teacher_pages))
    assert len(flag_ids) > 10, "the teacher edition lists the flag ids"
    student = built_sites["student"]
    generated = [path for folder in ("lessons", "worksheets", "techniques", "units", "readings")
                 for path in (student / folder).rglob("*.html")]      # the method docs show one as an example
    assert len(generated) > 10
    for path in generated:
        text = path.read_text(encoding="utf-8", errors="replace")
        shown = [flag_id for flag_id in flag_ids if flag_id in text]
        assert not shown, f"{path.relative_to(student)} shows flag ids {shown[:3]}"
