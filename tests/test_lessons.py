"""Lesson composition on the real seeds: every section is there, every question points at the text."""

from __future__ import annotations

import pytest

from medialit.analysis import analyze
from medialit.lesson.compose import MIN_QUESTIONS_PER_SECTION, compose_lesson
from medialit.lesson.outlets import load_outlets
from medialit.lesson.questions import LEVELS, SECTIONS
from medialit.lesson.readings import load_catalog
from medialit.text.source import load_source
from medialit.analysis.taxonomy import load_taxonomy


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def lessons(seed_paths):
    taxonomy, outlets, catalog = load_taxonomy(), load_outlets(), load_catalog()
    result = []
    for path in seed_paths:
        source = load_source(path)
        result.append(compose_lesson(source, analyze(source), taxonomy, outlets, catalog))
    return result


def test_both_seeds_make_lessons(lessons):
    assert len(lessons) == 2
    assert len({lesson.slug for lesson in lessons}) == 2


@pytest.mark.parametrize("section", SECTIONS)
def test_at_least_four_questions_per_section_for_long_texts(lessons, section):
    for lesson in lessons:
        assert lesson.source.word_count >= 500
        assert len(lesson.questions_in(section)) >= MIN_QUESTIONS_PER_SECTION, (lesson.slug, section)


def test_every_question_quotes_the_paragraph_it_points_at(lessons):
    for lesson in lessons:
        for question in lesson.questions:
            if question.quote is None:      # a question on an outlet the text never names: the source card
                assert question.paragraph is None and question.section == "source", question
                continue
            # (paragraph None with a quote: the page around the text)
            paragraph = squash(lesson.source.located_text(question.paragraph))
            quote = squash(question.quote).rstrip("…")
            assert quote in paragraph, (lesson.slug, question.paragraph, question.quote)
            assert question.answer.good_answer.strip()


def test_questions_run_from_simple_to_demanding_within_a_section(lessons):
    for lesson in lessons:
        for section in SECTIONS:
            levels = [LEVELS.index(q.level) for q in lesson.questions_in(section)]
            assert levels == sorted(levels), (lesson.slug, section)
        assert {q.level for q in lesson.questions_in("techniques")} >= {"identify", "evaluate", "create"}


def test_technique_keys_name_the_flagged_technique(lessons):
    taxonomy = load_taxonomy()
    for lesson in lessons:
        # A question quotes a flag's words with their white space folded ("Combat-\n\nReady" in a seed).
        shown = {(f.paragraph, " ".join(f.text.split())): f.technique for f in lesson.analysis.shown_techniques}
        for question in lesson.questions_in("techniques"):
            if question.answer.technique:
                assert question.answer.technique in taxonomy
                assert shown.get((question.paragraph, " ".join(question.quote.split()))) == question.answer.technique


def test_timing_adds_up_and_reading_time_follows_length(lessons):
    for lesson in lessons:
        assert lesson.lesson_minutes == sum(step.minutes for step in lesson.timing)
        assert lesson.reading_minutes == -(-lesson.source.word_count // 200)
        assert lesson.activities, lesson.slug


def test_publication_chain_puts_the_first_outlet_first(lessons):
    whitney = next(lesson for lesson in lessons if lesson.source.meta.author == "Mike Whitney")
    assert [name for name, _ in whitney.profiles] == ["The Unz Review", "Global Research"]


def test_session_plans_fit_their_period_and_touch_every_section(lessons):
    import re

    from medialit.lesson.compose import SESSION_LENGTHS

    for lesson in lessons:
        assert [length for length, _ in lesson.sessions] == list(SESSION_LENGTHS)
        for length, plan in lesson.sessions:
            assert sum(step.minutes for step in plan) <= length, (lesson.slug, length)
            asked = [int(n) for step in plan for n in re.findall(r"\bQ(\d+)\b", step.step)]
            assert asked and max(asked) <= len(lesson.questions)
            sections = {lesson.questions[n - 1].section for n in asked}
            assert sections == {"techniques", "source", "verification"}, (lesson.slug, length, sections)
