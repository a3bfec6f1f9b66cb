"""Scare quotes (doubt.scare-quotes): quotation marks round a word the author holds at a distance. A
nickname the text goes on to use without the marks is a name, and a short quotation that opens its line
with its own punctuation is speech; a word in quotation marks inside the author's sentence stays a scare
quote, whichever side it is said of. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


def scare_quotes(findings) -> list[str]:
    return [f.text for f in findings if f.rule == "doubt.scare-quotes"]


def test_a_nickname_the_text_goes_on_to_use_is_not_doubt(tmp_path):
    text = ("Forecasters have named the storm “Bella” and expect heavy rain on Friday. "
            "Bella should reach the coast by noon, and ferries will stay in port.")
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == []


@pytest.mark.parametrize("text,quoted", [
    # the marks stay doubt when the word is never used without them
    ("The report praises the “Leadership” of the board for the closure of the clinic.", "Leadership"),
    # and when the quoted word is not a capitalised name
    ("The minister praised the “reform” again, and the reform cost the schools their libraries.", "reform"),
])
def test_other_scare_quotes_stay(tmp_path, text, quoted):
    assert quoted in scare_quotes(findings_of(tmp_path, text, threshold=0.0))


@pytest.mark.parametrize("line", ['"Come quickly," the farmer tells the operator twice.',
                                  '“Stay inside!” the officer shouts twice.',
                                  'Her answer was short: “No comment.”'])
def test_a_short_quotation_that_opens_its_line_with_its_own_punctuation_is_speech(tmp_path, line):
    text = "The storm reached the valley at noon.\n\n" + line
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == []


@pytest.mark.parametrize("side", ["the government", "the opposition"])
def test_a_word_in_quotation_marks_inside_a_sentence_stays_a_scare_quote_on_either_side(tmp_path, side):
    text = f"The storm reached the valley at noon. Then {side} praised its own “rescue,” and left."
    assert scare_quotes(findings_of(tmp_path, text, threshold=0.0)) == ["rescue"]
