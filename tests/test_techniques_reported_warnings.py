"""A sentence that reports a warning ("warned that", "a stark warning of") is a candidate appeal to fear, whoever
warns and whichever side the warning serves; "warned him to" (advice, not a danger) is not. Texts are our own
words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import by_rule, findings_of

RULE = "appeal-to-fear.warning"


@pytest.mark.parametrize("text", [
    # mirror pairs: the same warning from either side
    "The mining company warned that closing the mine would empty the valley within a decade.",
    "The river trust warned that opening the mine would empty the valley within a decade.",
    "The union issued a stark warning of job losses if the plant is sold.",
    "The owners issued a stark warning of job losses if the plant is not sold.",
])
def test_a_reported_warning_is_a_candidate_appeal_to_fear(tmp_path, text):
    flags = by_rule(findings_of(tmp_path, text), RULE)
    assert flags and "warning" in flags[0].reason


@pytest.mark.parametrize("text", [
    "The instructor warned him to check the brakes before every ride.",
    "The council met on Monday and agreed on the budget for the new school.",
])
def test_advice_or_a_plain_report_is_not(tmp_path, text):
    assert by_rule(findings_of(tmp_path, text), RULE) == []
