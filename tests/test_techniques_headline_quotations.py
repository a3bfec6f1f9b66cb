"""A headline sets quotations in single marks ('…' or ‘…’): a flag inside one that is someone's words (it opens
the line or stands beside a colon, is long, or a verb of saying names whose it is) says so in its reason, as a
flag inside a body quotation does; a word the headline sets apart mid-line, or an apostrophe, stays the
author's. Every headline here is written for these tests."""

from __future__ import annotations

import json

import pytest

from medialit.analysis.headline import detect_headline_techniques, single_quotations
from medialit.analysis.techniques import QUOTED_PREFIX
from medialit.text.source import load_source


def reasons_on(tmp_path, title: str, word: str) -> list[str]:
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: {json.dumps(title)}\n---\n\nThe council met on Tuesday.\n", encoding="utf-8")
    found = [f for f in detect_headline_techniques(load_source(path), threshold=0.0)
             if f.text == word and f.rule != "doubt.scare-quotes"]
    assert found, f"no headline finding on {word!r}"
    return [f.reason for f in found]


@pytest.mark.parametrize("title", [
    # mirror pairs: either side's speaker
    "'You cowards and traitors': Mayor slams the protesters",
    "'You cowards and traitors': Protesters slam the mayor",
    "Mayor on the protesters: ‘cowards and traitors’",
    "Protesters on the mayor: ‘cowards and traitors’",
    "Union leader accuses 'traitors' of selling out the workers",
    "Factory owner accuses 'traitors' of selling out the company",
])
def test_a_flag_inside_a_quotation_of_the_headline_is_someone_elses_words(tmp_path, title):
    assert all(r.startswith(QUOTED_PREFIX) for r in reasons_on(tmp_path, title, "traitors"))


@pytest.mark.parametrize("title", [
    "The 'traitors' who run the council",
    "The 'traitors' who lead the union",
    "Mayor's critics are cowards and traitors",
])
def test_a_word_the_headline_sets_apart_is_the_authors(tmp_path, title):
    assert not any(r.startswith(QUOTED_PREFIX) for r in reasons_on(tmp_path, title, "traitors"))


@pytest.mark.parametrize("title, quoted", [
    ("Here's why the council's plan isn't working", []),
    ("'Not today': the parents' answer to the mayor", ["Not today"]),
    ("Minister: ‘There isn’t enough money’", ["There isn’t enough money"]),
])
def test_apostrophes_are_not_quotation_marks(title, quoted):
    assert [title[s:e] for s, e in single_quotations(title)] == quoted
