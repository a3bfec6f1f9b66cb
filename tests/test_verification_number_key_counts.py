"""A number task asks where its counts come from, not its dates (no one "counted" a date), while its searches
keep the dates; a time counted from another date ("five days before") is never searched on its own. Texts are
our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of, tasks_of


def test_a_number_task_names_its_counts_not_its_dates(tmp_path):
    source = source_of(tmp_path, "On May 3, 2019, the Dunmore harbour board sold 40 fishing licences to "
                                 "boats from the next bay, the board's chair told the council.")
    tasks = tasks_of(source, "number")
    assert tasks, "no number task"
    prompt, key = tasks[0].prompt, tasks[0].answer
    assert "“40”" in prompt and "“2019”" not in prompt and "“May 3”" not in prompt, prompt
    assert "“2019”" not in key.good_answer, key.good_answer
    assert "2019" in key.why.split("Search for ", 1)[1], key.why


def test_a_time_counted_from_another_is_not_searched(tmp_path):
    body = ("The Dunmore ferry company cut its fares by 30 percent five days before the harbour board met, "
            "the company's director told the council.")
    source = source_of(tmp_path, body)
    tasks = tasks_of(source, "number")
    assert tasks, "no number task"
    searches = " ".join(t.answer.why.split("Search for ", 1)[1] for t in tasks)
    assert "30 percent" in searches and "five days before" not in searches, searches
