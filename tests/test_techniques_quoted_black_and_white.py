"""The sentence model's black-and-white reading of someone else's words (a sentence that is mostly a quotation)
stands only with a black-and-white rule's cue in it; in the author's own words it stands alone. The same on
either side. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of

MODEL = "black-and-white.model-sentence"


def techniques_and_rules(tmp_path, text: str) -> tuple[set[str], set[str]]:
    found = findings_of(tmp_path, text)
    return {f.technique for f in found}, {f.rule for f in found}


@pytest.mark.parametrize("speaker", ["the mayor", "the union leader"])
def test_the_models_black_and_white_on_a_quotation_needs_a_rule(tmp_path, speaker):
    text = f"“We must choose between jobs and the river, and there is no middle path,” {speaker} said."
    assert MODEL not in techniques_and_rules(tmp_path, text)[1]


def test_the_models_black_and_white_in_the_authors_words_stands(tmp_path):
    text = "We must choose between jobs and the river, and there is no middle path."
    assert MODEL in techniques_and_rules(tmp_path, text)[1]


@pytest.mark.parametrize("speaker", ["the mayor", "the union leader"])
def test_a_quoted_only_option_is_still_black_and_white(tmp_path, speaker):
    text = f"“There is no alternative to the new mine for the valley,” {speaker} said on Monday."
    assert "black-and-white" in techniques_and_rules(tmp_path, text)[0]
