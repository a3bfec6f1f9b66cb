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


# ------------------------------------------------------------------- a question answered yes or no at once

YES_OR_NO = [
    # mirror pairs: the same question about either side's plan, answered at once
    "Is the new tax on bread really fair to the families who pay it every single week? No, it is not, and the figures show it.",
    "Is the new subsidy for bread really fair to the families who pay for it every single week? No, it is not, and the figures show it.",
    "Will the union's strike do anything at all for the nurses who walk out in the cold? Yes. It won them a raise last year.",
    "Will the hospital's offer do anything at all for the nurses who stay on the wards? Yes. It won them a raise last year.",
]


def test_a_question_the_next_sentence_answers_yes_or_no_is_not_flagged(tmp_path):
    for text in YES_OR_NO:
        question = text[:text.index("?") + 1]
        assert not any(f.text == question for f in findings_of(tmp_path, text)), question


def test_a_question_answered_yes_or_no_in_the_next_paragraph_is_not_flagged(tmp_path):
    text = ("Does the council want the roads of the old town to crumble while the money sits in a bank?\n\n"
            "No. The council voted on Monday to mend them in the spring.")
    question = text[:text.index("?") + 1]
    assert not any(f.text == question for f in findings_of(tmp_path, text))


def test_no_one_or_yesterday_is_no_answer(tmp_path):
    for text in ["Does the mayor want the roads of the old town to crumble while the budget sits in the bank? "
                 "No one believes that.",
                 "Does the union want the roads of the old town to crumble while the budget sits in the bank? "
                 "Yesterday the union said so."]:
        question = text[:text.index("?") + 1]
        assert by_rule(findings_of(tmp_path, text), "doubt.rhetorical-question"), question
