"""A year dates a claim; it is no figure to trace (scripts/medialit/analysis/claims/, data/checks.yaml):
"Where does the number 2024 come from? Find who counted it" was asked of "the 2024 field"."""

from __future__ import annotations

import pytest

from medialit.analysis.claims import detect_claims
from medialit.text.source import load_source


def _claims(tmp_path, body: str):
    seed = tmp_path / "a.md"
    seed.write_text(f"---\ntitle: Years\n---\n\n{body}\n", encoding="utf-8")
    return detect_claims(load_source(seed))


def test_a_year_is_a_date_cue_not_a_number(tmp_path):
    [claim] = _claims(tmp_path, "In 2024 the former governor dominated the field after the spring primaries began.")
    assert claim.kind == "date" and "2024" in claim.cues


@pytest.mark.parametrize("sentence", [
    "The former governor has dominated the 2024 field since the spring primaries began.",
    "The senator endorsed the governor in the party's 2024 primary after the debate had ended.",
])
def test_a_year_that_names_a_thing_dates_no_event(tmp_path, sentence):
    """"the 2024 field" is the name of a race, not when the claim happened: no task asks for a report of 2024."""
    claims = _claims(tmp_path, sentence)
    assert all(claim.kind != "date" and "2024" not in claim.cues for claim in claims)


def test_a_count_beside_a_year_is_still_a_number(tmp_path):
    [claim] = _claims(tmp_path, "In 2023 the council counted 4,512 empty homes across the district, officials said.")
    assert claim.kind == "number" and "4,512" in claim.cues
