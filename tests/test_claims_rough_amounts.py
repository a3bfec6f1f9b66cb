"""An age or an amount said roughly ("twenty something", "a hundred-odd", "one or two") and idioms with
number words ("one of a kind", "at sixes and sevens") are no figure to trace; a count said plainly still is.
Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import figures_of


def _cues(tmp_path, body: str) -> list[str]:
    return [c.lower() for cues in figures_of(tmp_path, body) for c in cues]


@pytest.mark.parametrize("body, word", [
    ("A twenty something clerk told the harbour council in Dunmore that the ferry was late again.", "twenty"),
    ("A hundred odd fishermen marched to the town hall in Dunmore on Friday to protest the quotas.", "hundred"),
    ("Each year the Dunmore harbour board holds one or two meetings with the ferry company.", "one"),
    ("The mayor said two or three boats leave the Dunmore harbour every night without a licence.", "two"),
    ("The old ferry captain of Dunmore was one of a kind, the mayor said at the harbour on Friday.", "one"),
    ("The Dunmore council was at sixes and sevens over the ferry plan, the harbour master said on Friday.", "sixes"),
])
def test_a_rough_amount_or_an_idiom_is_no_figure(tmp_path, body, word):
    cues = _cues(tmp_path, body)
    assert not any(word in c.split() for c in cues), cues


@pytest.mark.parametrize("body, word", [
    ("Twenty fishermen marched to the town hall in Dunmore on Friday to protest the new quotas.", "twenty"),
    ("One in three boats in the Dunmore harbour has no licence, the harbour board reported in May.", "one"),
    ("The board said two or more inspectors will check every ferry that leaves the Dunmore harbour.", "two"),
])
def test_a_plain_count_stays_a_figure(tmp_path, body, word):
    cues = _cues(tmp_path, body)
    assert any(word in c.split() for c in cues), cues
