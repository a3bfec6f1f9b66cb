"""Repetition: a place named once in each item of a list, or a list of people by their titles, is no
repetition; short parallel clauses on a name stay repetition, whichever place they name. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


def repetitions(tmp_path, text: str) -> list:
    return [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


@pytest.mark.parametrize("text", [
    # a place named once in each item of a list of facts, on either side's place
    *(f"Second, in {place}, the river authority has closed the northern weir of {place}; the ferry to the islands of "
      f"{place}, run by a private firm since the flood, has stopped for the winter season."
      for place in ("Freedonia", "Sylvania")),
    # a report's list of people by their titles
    *(f"The board also asked for the letters of the mayor Ana Sorel, {title} Port Director Jonas Weller, "
      f"{title} harbour master Olaf Brandt and {title} deputy mayor Pia Lund." for title in ("former", "acting")),
])
def test_a_list_is_no_repetition(tmp_path, text):
    assert not repetitions(tmp_path, text)


@pytest.mark.parametrize("text", [
    # short parallel clauses on a name, whichever place they name
    *(f"We work for {place}, we vote for {place}, we live for {place}, and nobody will tell us otherwise."
      for place in ("Freedonia", "Sylvania")),
    # a chant on single names
    *(f"We stand {opener} Freedonia, {opener} Sylvania, {opener} freedom and {opener} our children, now and always."
      for opener in ("for", "with")),
])
def test_a_chant_stays_repetition(tmp_path, text):
    assert repetitions(tmp_path, text)
