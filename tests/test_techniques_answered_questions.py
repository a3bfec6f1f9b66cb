"""Rhetorical questions the text answers at once: a long one is still flagged, but its reason must not
say it is left unanswered; a short one answered at once is not flagged. Texts are our own words."""

from __future__ import annotations

from fixtures.techniques_text import by_rule, findings_of


ANSWERED = ("The town signed every trade deal it was offered.\n\n"
            "What did twenty years of those deals bring the people of the valley?\n\n"
            "Closed mills, lower wages and a main street of empty shops.")


def test_the_reason_of_a_question_answered_at_once_does_not_say_it_is_unanswered(tmp_path):
    questions = by_rule(findings_of(tmp_path, ANSWERED), "doubt.rhetorical-question")
    assert [q.text for q in questions] == ["What did twenty years of those deals bring the people of the valley?"]
    reason = questions[0].reason
    assert "does not answer" not in reason
    assert "What did twenty years of those deals" in reason and "steers" in reason


def test_a_short_question_answered_at_once_is_still_not_flagged(tmp_path):
    text = "Why did the mill close? Because the owners sold the land to a developer."
    assert by_rule(findings_of(tmp_path, text), "doubt.rhetorical-question") == []
