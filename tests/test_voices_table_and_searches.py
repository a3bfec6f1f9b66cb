"""The voices in the lesson: the voices table lists the heard voices, and a balancing search names a
person once, whatever the form the text gives the name in. Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import source_of


def test_the_voices_table_lists_the_heard_voices(tmp_path):
    from medialit.lesson.bias import partial_context
    from medialit.analysis import analyze
    body = ("Harbour School closed its kitchen on Tuesday after 23 pupils and two teachers reported stomach pains "
            "over the weekend, the district health office said.")
    source = source_of(tmp_path, body)
    rows = partial_context(source, analyze(source))["heard_voices"]
    assert [v.speaker for v in rows] == ["the district health office"]


def test_a_balancing_search_names_a_person_once_whatever_the_form(tmp_path):
    from medialit.analysis import analyze
    from medialit.lesson.readings import balancing_task, load_catalog
    body = ("President Dana Roe said the harbour would close to ferries.\n\n"
            "The harbour is closing to ferries today, and it is the right call.\n\n"
            "— Dana J. Roe (@danaroe) May 2, 2024\n\nPresident Roe said more about the harbour on Friday.")
    source = source_of(tmp_path, body)
    searches = balancing_task(source, analyze(source), load_catalog()).searches
    assert not any("Dana J. Roe" in q for q in searches), searches
