"""The student's printed worksheet shows the text without highlights or flag notes, so no question printed
on it tells the student to look at, or away from, a highlight: a prompt holds on paper as on screen. The
identify question still asks for an answer from the words alone. Texts are our own."""

from __future__ import annotations

import html
import re

from fixtures.lesson_pages import flagged, lesson_of, pages_of, source_of

from medialit.analysis import Analysis

BODY = """The library board met on Monday to vote on the opening hours of the branch on Mill Road.

The board's heartless cuts are a disgrace, and every child in the district will pay for them. The board's own figures say the branch costs 90,000 a year to keep open six days a week.

The vote was put off until March, and the board will publish its figures before then, together with the number of visitors the branch counted on each day of the week over the last two years.

The branch keeps its present hours until the vote, the reading club meets on Thursdays as before, and the homework room stays open after school on every weekday until six in the evening."""

FLAGGED = [("heartless cuts", "loaded-language"), ("every child in the district will pay", "appeal-to-fear")]


def worksheet_prompts(worksheet: str) -> list[str]:
    return [html.unescape(p) for p in re.findall(r"<p>([^<]*)</p>", worksheet)]


HIGHLIGHT_TALK = re.compile(r"(?i)highlights\b|is highlighted|looking at the")


def assert_prompts_hold_on_paper(lesson):
    _, worksheet = pages_of(lesson, "student")
    assert "ml-flag" not in worksheet and "ml-notes" not in worksheet     # paper shows neither
    prompts = [q.prompt for q in lesson.questions]
    assert prompts and all(prompt in worksheet_prompts(worksheet) for prompt in prompts)
    assert not [p for p in prompts if HIGHLIGHT_TALK.search(p)]


def test_no_prompt_on_a_flagged_lesson_s_worksheet_speaks_of_highlights(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Branch hours\npublisher: Mill Road News")
    lesson = lesson_of(source, flagged(source, FLAGGED))
    assert "identify" in {q.kind for q in lesson.questions}
    assert_prompts_hold_on_paper(lesson)


def test_the_look_for_yourself_question_holds_on_paper(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Branch hours")
    lesson = lesson_of(source, Analysis(techniques=(), voices=(), claims=()))
    assert "look" in {q.kind for q in lesson.questions}
    assert_prompts_hold_on_paper(lesson)


def test_the_identify_question_asks_for_an_answer_from_the_words_alone(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Branch hours")
    lesson = lesson_of(source, flagged(source, FLAGGED))
    identify = [q for q in lesson.questions if q.kind == "identify"]
    assert identify and all("words alone" in q.prompt for q in identify)
