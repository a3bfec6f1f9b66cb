"""Repetition: a place named once in each item of a list, or a list of people by their titles, is no
repetition; short parallel clauses on a name stay repetition, whichever place they name. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


@pytest.mark.parametrize("place", ["Freedonia", "Sylvania"])
def test_a_place_named_in_each_item_of_a_list_is_no_repetition(tmp_path, place):
    text = (f"Second, in {place}, the river authority has closed the northern weir of {place}; the ferry to the "
            f"islands of {place}, run by a private firm since the flood, has stopped for the winter season.")
    assert not [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


@pytest.mark.parametrize("place", ["Freedonia", "Sylvania"])
def test_short_parallel_clauses_on_a_name_stay_repetition(tmp_path, place):
    text = f"We work for {place}, we vote for {place}, we live for {place}, and nobody will tell us otherwise."
    assert [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


@pytest.mark.parametrize("title", ["former", "acting"])
def test_a_list_of_people_by_their_titles_is_no_repetition(tmp_path, title):
    text = (f"The board also asked for the letters of the mayor Ana Sorel, {title} Port Director Jonas Weller, "
            f"{title} harbour master Olaf Brandt and {title} deputy mayor Pia Lund.")
    assert not [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


@pytest.mark.parametrize("opener", ["for", "with"])
def test_a_chant_on_single_names_stays_repetition(tmp_path, opener):
    text = f"We stand {opener} Freedonia, {opener} Sylvania, {opener} freedom and {opener} our children, now and always."
    assert [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]
