"""The headline study's sentence case (benchmarks/headline_study.py): a title-case headline loses its capitals
after the first word, acronyms keep theirs, offsets hold, and a headline in sentence case is left alone."""

from __future__ import annotations

import pytest

from headline_study import sentence_case


@pytest.mark.parametrize("headline, expected", [
    ("Why The Council Keeps Failing Our Town", "Why the council keeps failing our town"),
    ("Why The Union Keeps Failing Our Town", "Why the union keeps failing our town"),
    ("The EU And The Ferry Plan Nobody Wanted", "The EU and the ferry plan nobody wanted"),
    ("Council delays the ferry plan for a year", "Council delays the ferry plan for a year"),
])
def test_sentence_case(headline, expected):
    assert sentence_case(headline) == expected
    assert len(sentence_case(headline)) == len(headline)
