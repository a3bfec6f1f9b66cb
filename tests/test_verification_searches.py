"""What a verification key tells a student to search for: the name of who did it, but never a lone digit,
a small number word or a scale word alone. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import source_of, tasks_of

from medialit.analysis import analyze
from medialit.lesson.verification import verification_questions


def test_a_search_keeps_the_name_of_who_did_it(tmp_path):
    body = ("Dunmore Kitchen Appliances announced today a recall of about 48,000 toasters sold in the county "
            "between March 2023 and January 2024.")
    source = source_of(tmp_path, body)
    number = tasks_of(source, "number")
    assert number, "no number task"
    first_search = number[0].answer.why.split("Search for “")[1].split("”")[0]
    assert "Dunmore Kitchen Appliances" in first_search, first_search


@pytest.mark.parametrize("body, weak", [
    ("The Dunmore harbour board barred its pilot, Jo Brandt, from working on the ferries for one year.", "one"),
    ("About 1 in 4 pupils at the Dunmore school skipped lunch last winter, the district health office said.", "1 4"),
])
def test_a_lone_digit_or_small_number_word_is_not_searched(tmp_path, body, weak):
    source = source_of(tmp_path, body)
    keys = [q.answer.why for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert keys, "no number task"
    searches = keys[0].split("Search for ", 1)[1]
    assert f"“{weak} " not in searches and f" {weak} " not in searches, searches


def test_a_scale_word_alone_is_not_searched(tmp_path):
    body = "The Dunmore inquiry's report heard from at least a thousand former pupils of the Elm Road school."
    source = source_of(tmp_path, body)
    keys = [q.answer.why for q in verification_questions(source, analyze(source))]
    assert keys and all(" thousand " not in f" {k.split('Search for ', 1)[-1]} ".replace("“", " ") for k in keys), keys


@pytest.mark.parametrize("scale", ["Tens of thousands", "Hundreds of thousands"])
def test_a_scale_of_a_scale_is_named_but_not_searched(tmp_path, scale):
    source = source_of(tmp_path, f"{scale} of drivers signed the Dunmore petition against the river road "
                                 "checkpoints in two weeks.")
    tasks = tasks_of(source, "number")
    assert tasks, "no number task"
    searched = " ".join(q for task in tasks for q in task.answer.why.split("Search for ")[1:]).lower()
    assert any(f"“{scale}”" in task.prompt for task in tasks) and "of thousands" not in searched
