"""Words of the sentiment lexicon that name events are not flagged in any of their forms
(scripts/medialit/analysis/lexicon.py, data/rules/lexicon.yaml): "a pause in hostilities" reports, it does
not judge, as "hostility" does not."""

from __future__ import annotations

import pytest

from medialit.analysis.lexicon import strong_words


@pytest.mark.parametrize("word", ["hostilities", "killings", "destruction"])
def test_an_event_word_is_excluded_in_every_form(word):
    assert word not in strong_words()


@pytest.mark.parametrize("word", ["barbarity", "obscene", "horror"])
def test_judging_words_are_still_flagged(word):
    assert word in strong_words()
