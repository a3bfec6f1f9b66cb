"""Which figures a claim gives a student to trace: an age, a family, a dateline's day and the writer's own
list ("three things") are none; a hyphenated number, and a count beside an age, are. Texts are our own
words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, figures_of


@pytest.mark.parametrize("sentence, figure", [
    ("The death of Kit Varga, 43, a father of seven, has angered the harbour town, where 300 people marched.",
     "43"),
    ("The death of Kit Varga, 43, a father of seven, has angered the harbour town, where 300 people marched.",
     "seven"),
    ("Ann and Tom Roe, 27 and 29, walked past 200 police officers on the pier after their wedding.", "27"),
])
def test_an_age_or_a_family_is_no_figure_to_trace(tmp_path, sentence, figure):
    cues = [c for cues in figures_of(tmp_path, sentence) for c in cues]
    assert figure not in cues


def test_a_count_beside_an_age_stays_a_figure(tmp_path):
    cues = [c for cues in figures_of(tmp_path, "Kit Varga, 43, said that 300 people marched to the harbour "
                                               "office on Friday to demand the report.") for c in cues]
    assert "300" in cues and "43" not in cues


@pytest.mark.parametrize("sentence, figure", [
    ("We've got five-hundred thousand more people out of work at the harbour than we had last year.", "hundred"),
])
def test_a_hyphenated_number_stays_a_figure(tmp_path, sentence, figure):
    cues = [c for cues in figures_of(tmp_path, sentence) for c in cues]
    assert any(figure in c for c in cues), cues


def test_a_datelines_day_is_no_date_of_the_claim(tmp_path):
    body = ("Mar 3 (Harbour Wire) - The harbour town expects $16 billion from the state to rebuild its piers after "
            "the storm, its mayor told reporters on Friday.")
    cues = [c for cues in figures_of(tmp_path, body) for c in cues]
    assert "16 billion" in cues and not any("Mar" in c for c in cues)


@pytest.mark.parametrize("sentence, figure", [
    ("The harbour master notes that three things are happening at once in Dunmore this spring.", "three"),
    ("Prices for a flat on Elm Road in Dunmore now start at six figures, the agents reported.", "six"),
])
def test_the_writers_own_list_is_no_count_to_trace(tmp_path, sentence, figure):
    cues = [cue for c in claims_of(tmp_path, sentence) for cue in c.cues]
    assert figure not in cues, cues
