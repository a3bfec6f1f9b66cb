"""A number the size of a year after a word of amount ("over 2000 infected") is a count to trace, not a date;
the same number after "in" or "since" still dates the event. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of


@pytest.mark.parametrize("amount", ["over", "nearly", "almost", "more than", "at least"])
def test_a_year_sized_number_after_an_amount_word_is_a_count(tmp_path, amount):
    claims = claims_of(tmp_path, f"The fever has left {amount} 2000 people ill across the Dunmore valley, the "
                                 "harbour clinic reported on Friday.")
    assert [c.kind for c in claims] == ["number"], [(c.kind, c.cues) for c in claims]
    assert "2000" in " ".join(claims[0].cues)


@pytest.mark.parametrize("before", ["In", "Since"])
def test_the_same_number_after_in_or_since_dates_the_event(tmp_path, before):
    claims = claims_of(tmp_path, f"{before} 2000 the Dunmore harbour clinic has reported a fever outbreak every "
                                 "winter, the council said on Friday.")
    assert claims and claims[0].kind == "date", [(c.kind, c.cues) for c in claims]
