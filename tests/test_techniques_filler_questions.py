"""Rhetorical questions: a sentence whose only question mark follows the filler "you know?" is no
question; a real question that also ends in "you know?" stays doubt. Texts are our own words."""

from __future__ import annotations

from fixtures.techniques_text import doubt_flags_with_a_question_mark as doubt_questions
from fixtures.techniques_text import findings_of


def test_a_filler_you_know_is_no_question(tmp_path):
    text = ("“I grew up two streets from the old mill, you know?” the baker told me. "
            "“We all worked there once.”")
    assert doubt_questions(findings_of(tmp_path, text)) == []


def test_a_question_that_also_ends_in_you_know_stays_doubt(tmp_path):
    text = ("Why would the council close the only library in town, and who will pay for the new one, you know? "
            "Nobody has said.")
    assert doubt_questions(findings_of(tmp_path, text))
