"""A verification task names the SIFT move it practises once: a task that opens with the move's own words
("Find better coverage of this event ...") is not put after the move's line ("Find better coverage: ...").
Texts are our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of, tasks_of
from medialit.analysis import analyze
from medialit.analysis.checks import load_checks
from medialit.lesson.verification import verification_questions

TEXT = ("The harbour board of Dunmore closed the old pier on Monday after a ferry hit it in a storm.\n\n"
        "The Port Authority of Dunmore sold the pier to Kellby Shipping, and Mayor Ann Roe signed the deal with "
        "the regional government in Kellby.\n\n"
        "The ferry company said 14 passengers were hurt when the ferry struck the pier at full speed.\n")


def test_each_task_names_its_move_once(tmp_path):
    source = source_of(tmp_path, TEXT)
    moves = [m.split(":")[0] for m in load_checks().sift_moves.values()]
    tasks = [q for q in verification_questions(source, analyze(source)) if q.kind.startswith("claim:")]
    assert tasks
    for task in tasks:
        for move in moves:
            assert task.prompt.count(move) <= 1, task.prompt


def test_a_task_in_other_words_keeps_its_move_before_it(tmp_path):
    source = source_of(tmp_path, TEXT)
    numbers = tasks_of(source, "number")
    assert numbers and numbers[0].prompt.startswith("Find better coverage: look for other reports")
