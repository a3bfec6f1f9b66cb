"""A warning whose author is left vague ("experts warn that") or that the writer sharpens ("a stark warning of")
is a candidate appeal to fear, whichever side the warning serves; a warning given by a body the text names, as
any report tells of one, is not, nor is "warned him to" (advice, not a danger). Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import by_rule, findings_of

RULE = "appeal-to-fear.warning"


@pytest.mark.parametrize("text", [
    # mirror pairs: the same warning from either side
    "Experts warned that closing the mine would empty the valley within a decade.",
    "Experts warned that opening the mine would empty the valley within a decade.",
    "The union issued a stark warning of job losses if the plant is sold.",
    "The owners issued a stark warning of job losses if the plant is not sold.",
    "Officials are now warning that the vaccine campaign could collapse.",
    "Some have warned that the vaccine campaign could be rushed.",
])
def test_a_vague_or_sharpened_warning_is_a_candidate_appeal_to_fear(tmp_path, text):
    flags = by_rule(findings_of(tmp_path, text), RULE)
    assert flags and "warning" in flags[0].reason


@pytest.mark.parametrize("text", [
    "The instructor warned him to check the brakes before every ride.",
    "The council met on Monday and agreed on the budget for the new school.",
    # a named body warns, as a wire report tells it
    "The national weather service warned on Tuesday that rivers in the valley could burst their banks.",
    "The weather service issued a warning of flooding for six districts and asked residents to avoid travel.",
])
def test_advice_a_plain_report_or_a_named_body_s_warning_is_not(tmp_path, text):
    assert by_rule(findings_of(tmp_path, text), RULE) == []
