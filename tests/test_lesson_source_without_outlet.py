"""Lateral reading starts from the outlet: where a copy names it, the lesson asks students to search for it;
where it names none, the lesson does not send them to search for "the outlet" (which points at nothing) but
first to find where the text was published. On the lesson page, the worksheet and the lateral-reading
activity alike. Texts are our own."""

from __future__ import annotations

import pytest
from fixtures.lesson_pages import lesson_of, pages_of, source_of

BODY = ("The town council voted on Tuesday to close the library on Sundays from May.\n\n"
        "The mayor said the closure would save money, and residents said they would miss the reading room.")
FIND_IT = "find where the text was published"


@pytest.mark.parametrize("edition", ["student", "teacher"])
def test_a_copy_without_an_outlet_sends_students_to_find_where_it_was_published(tmp_path, edition):
    lesson = lesson_of(source_of(tmp_path, BODY, front="title: Library hours"))
    page, worksheet = pages_of(lesson, edition)
    lateral = next(a for a in lesson.activities if a.title == "Read laterally")
    for text in (page, worksheet, lateral.instructions):
        assert FIND_IT in text.replace("\n", " ")
    assert "search for **the outlet**" not in page + worksheet and "Search for the outlet" not in lateral.instructions
    # "Who is behind it" is not left empty: it says to find the outlet first.
    behind = page.split("## Who is behind it", 1)[1].split("### What the page adds", 1)[0]
    assert "Find the outlet first" in behind


def test_a_copy_with_an_outlet_sends_students_to_search_for_it(tmp_path):
    lesson = lesson_of(source_of(tmp_path, BODY, front="title: Library hours\npublisher: Riverside Courier"))
    page, worksheet = pages_of(lesson)
    lateral = next(a for a in lesson.activities if a.title == "Read laterally")
    assert "Search for Riverside Courier" in lateral.instructions
    for text in (page, worksheet):
        assert "**Riverside Courier**" in text and FIND_IT not in text.replace("\n", " ")
    assert "Find the outlet first" not in page
