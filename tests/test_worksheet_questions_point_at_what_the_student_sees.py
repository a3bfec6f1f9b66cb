"""The printed student worksheet shows the text without highlights, so a question read there points at
words the student can find in it: the evaluate question quotes the flagged words of its paragraph instead of
counting flags ("Paragraph 2 carries 2 flags") the student cannot see. In both editions, on the lesson page
and on the worksheet alike. Texts are our own."""

from __future__ import annotations

import html
import re

import pytest
from fixtures.lesson_pages import flagged, lesson_of, pages_of, source_of

BODY = """The harbour board met on Tuesday to decide on the new sea wall for the old quay.

The board's reckless scheme is a shameful waste, and it will cost every family in town dearly. The engineers' report says the wall will cost 4 million and last fifty years, and the board has not said who will pay for the upkeep.

The next meeting is on 3 June at the harbour office, and residents may speak there for three minutes each."""

FLAGGED = [("reckless scheme", "loaded-language"), ("shameful waste", "loaded-language"),
           ("cost every family in town dearly", "exaggeration")]


def flagged_lesson(tmp_path):
    source = source_of(tmp_path, BODY, front="title: The sea wall\npublisher: Harbour Weekly")
    return lesson_of(source, flagged(source, FLAGGED))


def prompts(page: str) -> list[str]:
    return [html.unescape(p) for p in re.findall(r'<p(?: class="ml-q-prompt")?>([^<]*)</p>', page)]


@pytest.mark.parametrize("edition", ["student", "teacher"])
def test_the_evaluate_question_quotes_the_flagged_words_it_asks_about(tmp_path, edition):
    lesson = flagged_lesson(tmp_path)
    evaluate = next(q for q in lesson.questions if q.kind == "evaluate")
    assert evaluate.paragraph == 2
    for words, _ in FLAGGED:
        assert f"“{words}”" in evaluate.prompt
    assert not re.search(r"\b\d+ flags?\b|carries", evaluate.prompt)
    page, worksheet = pages_of(lesson, edition)
    for shown in (page, worksheet):
        assert evaluate.prompt in prompts(shown)


def test_the_student_worksheet_shows_no_highlights_and_the_teachers_does(tmp_path):
    lesson = flagged_lesson(tmp_path)
    assert "ml-flag" not in pages_of(lesson, "student")[1]
    assert "ml-flag" in pages_of(lesson, "teacher")[1]
