"""A label of the voices data (a side, a kind of voice) keeps its own case inside a running list: the data
writes labels to head a line ("The Russian government ...", "People in Ukraine ..."), and a list in a key or
a teacher note lowers a first word that is no name ("the Russian government", "people in Ukraine") but
keeps a name's capital ("NATO", "Ukraine's", "Russian"); a speaker the text named at the start of a sentence
("A source familiar with the talks said") is listed as a list names them ("a source familiar with the talks").
The same rule for every side. Texts are our own."""

from __future__ import annotations

import pytest

from fixtures.lesson_pages import lesson_of, pages_of, source_of

from medialit.lesson.bias import listed_label


@pytest.mark.parametrize("label, listed", [
    ("The Russian government and its advisers", "the Russian government and its advisers"),
    ("People in Ukraine (civilians, soldiers, local officials)", "people in Ukraine (civilians, soldiers, local officials)"),
    ("Independent researchers and journalists", "independent researchers and journalists"),
    ("Officials and politicians", "officials and politicians"),
    ("NATO and Western governments", "NATO and Western governments"),
    ("Ukraine's government", "Ukraine's government"),
    ("Russian government", "Russian government"),
    ("the press", "the press"),
])
def test_a_label_in_a_list_lowers_only_a_first_word_that_is_no_name(label, listed):
    assert listed_label(label) == listed


# Mirror texts: each side speaks first in one of them, so each side's label is mid-list in one key.
RUSSIA_FIRST = ("Russian President Vladimir Putin said the talks had failed on Monday.\n\n"
                "NATO Secretary-General Jens Stoltenberg said the alliance would meet again on Friday.")
NATO_FIRST = "\n\n".join(reversed(RUSSIA_FIRST.split("\n\n")))


@pytest.mark.parametrize("body", [RUSSIA_FIRST, NATO_FIRST])
def test_the_voices_key_lists_the_sides_in_their_own_case(tmp_path, body):
    lesson = lesson_of(source_of(tmp_path, body, front="title: Talks\ntopics: [Ukraine, NATO]"))
    keys = [q.answer.good_answer for q in lesson.questions if "by side" in q.answer.good_answer]
    assert keys, "no question on the sides heard"
    assert "the Russian government and its advisers: " in keys[0] and "NATO and Western governments: " in keys[0]
    assert "The Russian government" not in keys[0] and "People in Ukraine" not in keys[0]
    assert "people in Ukraine" in keys[0]           # a side expected for the topic and not heard
    # The teacher's notes under the voices table list them the same way.
    page, _ = pages_of(lesson, "teacher")
    heard = next(line for line in page.splitlines() if "**Heard:**" in line)
    assert "; the Russian government and its advisers (" in heard or "** the Russian government" in heard
    assert "NATO and Western governments (" in heard and "The Russian" not in heard
    missing = next(line for line in page.splitlines() if "**Not heard" in line)
    assert "people in Ukraine" in missing and "People in" not in missing


def test_a_speaker_named_at_a_sentence_start_is_listed_in_lower_case(tmp_path):
    body = ("A source familiar with the talks said the ferry would run again on Monday.\n\n"
            "The harbour master said the new timetable starts in May.")
    lesson = lesson_of(source_of(tmp_path, body, front="title: The ferry"))
    keys = [q.answer.good_answer for q in lesson.questions if "by kind" in q.answer.good_answer]
    assert keys and "a source familiar with the talks" in keys[0] and "A source familiar" not in keys[0]
    page, _ = pages_of(lesson, "teacher")
    heard = next(line for line in page.splitlines() if "**Heard, by kind of voice:**" in line)
    assert "a source familiar with the talks" in heard and "A source familiar" not in heard
