"""Outlet profiles (scripts/medialit/lesson/outlets.py, data/outlets.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.lesson.outlets import load_outlets

RESEARCH = Path(__file__).resolve().parents[1].parent / "shared" / "research" / "readings.yaml"


@pytest.mark.parametrize("name, outlet_id", [
    ("Global Research", "global-research"),
    ("Centre for Research on Globalization", "global-research"),
    ("The Unz Review", "unz-review"),
    ("unz review", "unz-review"),
    ("World Socialist Web Site", "wsws"),
    ("Reuters", "reuters"),
    ("Bulletin of the Atomic Scientists", "bulletin"),
    ("The Saker", "the-saker"),
    ("Riverside Weekly Courier", None),
    (None, None),
])
def test_profiles_are_found_by_name_or_alias(name, outlet_id):
    profile = load_outlets().profile_for(name)
    assert (profile.id if profile else None) == outlet_id


def test_every_fact_is_cited_and_every_assessment_attributed():
    for profile in load_outlets().profiles:
        assert profile.facts, profile.id
        for fact in profile.facts:
            assert fact.citations and all(c.url.startswith("http") for c in fact.citations), (profile.id, fact.text)
            if fact.about in ("assessment", "mission", "response"):
                assert fact.by and fact.by.casefold() in fact.text.casefold(), (profile.id, fact.text)


def test_no_verdict_of_our_own():
    words = re.compile(r"\b(is|are) (a )?(propaganda|fake|disinformation|unreliable|reliable)\b", re.I)
    for profile in load_outlets().profiles:
        for fact in profile.facts:
            assert not words.search(fact.text) or fact.by, fact.text


def test_an_outlet_without_a_profile_gets_a_lateral_reading_task():
    prompt, good = load_outlets().lateral_reading_task("Riverside Weekly Courier")
    assert "Riverside Weekly Courier" in prompt and "laterally" in prompt.lower() or "Leave the page" in prompt
    assert "Riverside Weekly Courier" in good


@pytest.mark.skipif(not RESEARCH.exists(), reason="shared/research is not beside the repository")
def test_every_citation_was_seen_in_the_research_file():
    text = RESEARCH.read_text(encoding="utf-8")
    for profile in load_outlets().profiles:
        for citation in profile.citations:
            assert citation.url in text, (profile.id, citation.url)
