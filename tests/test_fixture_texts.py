"""Lessons from texts of each kind a teacher brings (tests/fixtures/texts/): no raw Markdown reaches the
page's questions and tables, the page around the text is never a numbered paragraph, and every question
quotes the paragraph it points at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.analysis.taxonomy import load_taxonomy
from medialit.cli import main
from medialit.lesson.compose import compose_lesson
from medialit.lesson.outlets import load_outlets
from medialit.lesson.readings import load_catalog
from medialit.site.builder import render_lesson
from medialit.site.render import make_environment
from medialit.text.source import SEED_SUFFIXES, load_source

TEXTS = Path(__file__).parent / "fixtures" / "texts"
# Markdown syntax that must never be shown to a student as text.
RAW = re.compile(r"\*\*|\]\(|(?<![\w*])\*(?=\w)[^*\n]*\w\*(?!\w)|^#{1,6} |^> |___", re.M)


def fixture_seeds(tmp_path_factory) -> list[Path]:
    paths = sorted(p for p in TEXTS.iterdir() if p.suffix in SEED_SUFFIXES)
    imported = tmp_path_factory.mktemp("imported") / "saved-page.md"
    assert main(["new", str(imported), "--from", str(TEXTS / "saved-page.html")]) == 0
    return paths + [imported]


@pytest.fixture(scope="module")
def lessons(tmp_path_factory):
    taxonomy, outlets, catalog = load_taxonomy(), load_outlets(), load_catalog()
    result = []
    for path in fixture_seeds(tmp_path_factory):
        source = load_source(path)
        lesson = compose_lesson(source, analyze(source), taxonomy, outlets, catalog)
        result.append((path.name, lesson, render_lesson(lesson, make_environment(), taxonomy, "teacher")))
    return result


def test_every_kind_of_text_gives_a_lesson(lessons):
    assert len(lessons) == 6          # five seeds and the imported saved page
    for name, _, rendered in lessons:
        assert rendered.error is None, (name, rendered.error)


def test_no_raw_markup_in_questions(lessons):
    for name, lesson, _ in lessons:
        for question in lesson.questions:
            for text in (question.prompt, question.quote or ""):
                assert not RAW.search(text), (name, text)


def test_no_raw_markup_in_the_page_outside_the_text(lessons):
    for name, lesson, rendered in lessons:
        page = rendered.pages[f"lessons/{lesson.slug}.md"]
        # Everything but the text view (whose HTML shows emphasis as <em>/<strong>) and the front matter.
        outside = re.sub(r'<div class="ml-text".*?\n</div>\n', "", page.split("\n---\n", 1)[1], flags=re.S)
        tables = [line for line in outside.splitlines() if line.startswith("|")]
        for line in tables:
            assert "\\*\\*" not in line and "\\]\\(" not in line and "\\_\\_\\_" not in line, (name, line)


def test_every_question_quotes_where_it_points(lessons):
    for name, lesson, _ in lessons:
        for question in lesson.questions:
            where = " ".join(lesson.source.located_text(question.paragraph).split())
            assert " ".join((question.quote or "").split()).rstrip("…") in where, (name, question.paragraph, question.quote)


def test_the_page_around_the_text_is_never_a_numbered_paragraph(lessons):
    furniture = ("By ", "Share this", "Follow us", "Become a member", "Filed under", "Comment on", "Our Standards",
                 "(Reporting by", "Opinion | Section")
    for name, lesson, _ in lessons:
        for paragraph in lesson.source.paragraphs:
            text = lesson.source.paragraph_text(paragraph.number)
            assert not text.startswith(furniture), (name, paragraph.number, text)


def test_structure_is_shown_as_structure(lessons):
    page = next(r.pages[f"lessons/{l.slug}.md"] for n, l, r in lessons if n == "oped-structure.md")
    assert page.count('<h3 class="ml-heading">') == 3
    assert page.count('<blockquote class="ml-blockquote">') == 2
    assert 'data-kind="list"' in page and "<li>a flood study" in page
    assert page.count('<hr class="ml-separator">') == 2
    assert 'class="ml-pullquote"' in page and "The page around the text" in page
    speech = next(r.pages[f"lessons/{l.slug}.md"] for n, l, r in lessons if n == "speech-no-breaks.md")
    assert "Paragraph breaks made by medialit" in speech
    assert "Paragraph breaks made by medialit" not in page
