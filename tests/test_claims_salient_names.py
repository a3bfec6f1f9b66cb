"""Which words are names a claim turns on: not "The" after an ellipsis, not a word after a colon or inside
a web address, not a sentence's opening "So", nor a word that opens a clause ("Where", "During"). Texts are our own words."""

from __future__ import annotations

import pytest

from medialit.analysis.checkworthy import salient_names


def test_a_sentence_opening_on_an_ellipsis_names_no_the():
    names = salient_names("....The harm to our harbour at the Northern Pier, including the Broken boats, is grave.")
    assert "The" not in names and "Northern Pier" in names


@pytest.mark.parametrize("text, not_a_name", [
    ("So she suggested a cheaper way to pay for the Dunmore pool: Borrow against the town hall now.", "Borrow"),
    ("The leaflet is online at https://www.example.org/files/Harbour/Plans/2024.pdf So the council says it acted.",
     "Harbour"),
])
def test_a_word_after_a_colon_or_inside_a_web_address_is_no_name(text, not_a_name):
    names = salient_names(text)
    assert not any(not_a_name in n for n in names), names
    assert "So" not in names


@pytest.mark.parametrize("text, name", [
    ("Where Mayor Ann Roe refused to fund the pier, the council has paid for it twice.", "Mayor Ann Roe"),
    ("Whereas Mayor Ann Roe refused to fund the pier, the council has paid for it twice.", "Mayor Ann Roe"),
    ("Unlike Mayor Ann Roe, the council has paid for the pier twice.", "Mayor Ann Roe"),
    ("During Harbour Week the council paid for the pier twice.", "Harbour Week"),
])
def test_a_word_that_opens_a_clause_is_not_part_of_the_name_after_it(text, name):
    """"Where Mayor Ann Roe refused ...": the name is "Mayor Ann Roe", searched without the sentence's first word."""
    names = salient_names(text)
    assert name in names and not any(n.startswith(text.split()[0]) for n in names), names
