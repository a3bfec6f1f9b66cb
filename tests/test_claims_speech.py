"""Claims in a speech (issue 16, lead's read of a union address written for it): the words a student is
asked to check are the figure or the name, never a modal, a negation or an idiom with a number in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.checkworthy import numbers
from medialit.analysis.claims import detect_claims
from medialit.text.source import load_source


def claims_of(tmp_path: Path, body: str):
    path = tmp_path / "speech.md"
    path.write_text(f"---\ntitle: An address\npublished: 1912-05-01\n---\n\n{body}\n", encoding="utf-8")
    return detect_claims(load_source(path))


def test_one_by_one_is_a_manner_not_a_count(tmp_path):
    claims = claims_of(tmp_path, "Either the dockers stand together now, or they will be beaten one by one, "
                                 "as the porters were beaten in the strike of 1889.")
    assert claims and all("one" not in c.cues for c in claims)


@pytest.mark.parametrize("number", ["Forty", "Thirty", "Sixty", "Ninety"])
def test_tens_written_as_words_are_figures(tmp_path, number):
    claims = claims_of(tmp_path, f"The company's accounts for last year show a profit of {number.lower()} "
                                 f"thousand pounds. {number} thousand pounds were paid to the shareholders "
                                 "and nothing to the men.")
    figures = [cue for c in claims for cue in c.cues]
    assert any(cue.lower().startswith(number.lower()) for cue in figures), figures


@pytest.mark.parametrize("modal", ["shall", "cannot", "must"])
def test_a_modal_is_never_a_word_to_check(tmp_path, modal):
    claims = claims_of(tmp_path, f"Our grandfathers did not bow to the shipping owners, and we {modal} not "
                                 "bow to them either, whatever wages they offered the crews.")
    assert claims and all(modal not in c.cues for c in claims)


@pytest.mark.parametrize("written, number", [("(2,735km)", "2,735"), ("$3.5m", "3.5"), ("10kg", "10")])
def test_a_number_glued_to_its_unit_is_the_whole_number(written, number):
    assert [m.group() for m in numbers(f"The convoy covered {written} before the border, officials said.")] == [number]


@pytest.mark.parametrize("written", ["5G", "3D", "2nd"])
def test_a_digit_glued_to_other_letters_is_no_number(written):
    assert numbers(f"The {written} plan was announced by the council.") == []
