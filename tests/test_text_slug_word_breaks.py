"""A lesson's address (``text.source.slugify``): a dash or another mark between words breaks them as a space
does, and an apostrophe or an accent inside a word keeps the word whole."""

from __future__ import annotations

import pytest

from medialit.text.source import slugify


@pytest.mark.parametrize("title, slug", [
    ("The Harbour Is Closed—Who Pays Now?", "the-harbour-is-closed-who-pays-now"),
    ("Harbour closed – ferries run on", "harbour-closed-ferries-run-on"),
    ("The “new”pier and its costs", "the-new-pier-and-its-costs"),
    ("Tides…and storms", "tides-and-storms"),
    ("Harbour · Town · Sea", "harbour-town-sea"),
])
def test_a_mark_between_words_is_a_word_break(title, slug):
    assert slugify(title) == slug


@pytest.mark.parametrize("title, slug", [
    ("The mayor’s pier", "the-mayors-pier"),
    ("Café owners protest", "cafe-owners-protest"),
])
def test_a_word_stays_whole(title, slug):
    assert slugify(title) == slug
