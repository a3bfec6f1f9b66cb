"""How a speaker is typed: a company named with its legal form and a monitor or observatory are
organisations, and so is a group the text names; a group the text only describes (advocacy groups,
officials familiar with a plan) is an unnamed source; a person described by a show is no organisation.
Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


def test_a_company_named_with_its_legal_form_is_an_organisation(tmp_path):
    body = ("The town hired Pierlight Ltd to run the ferry.\n\nPierlight said in a statement that every boat "
            "had passed its checks.")
    voice = [v for v in voices_of(tmp_path, body) if v.speaker == "Pierlight"][0]
    assert voice.speaker_type == "organisation" and voice.role == "organisation"


def test_a_monitor_or_an_observatory_is_an_organisation(tmp_path):
    body = "According to the independent Harbour Rights Monitor, the shelling went on for nine days."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.speaker_type) == ("Harbour Rights Monitor", "organisation")


def test_a_group_described_is_unnamed_and_a_group_named_is_an_organisation(tmp_path):
    body = ("A major Harbourite civil rights group says the fee is unfair.\n\n"
            "The Tallow Intelligence Group said the fee was fair.")
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [
        ("A major Harbourite civil rights group", False), ("Tallow Intelligence Group", True)]


def test_advocacy_groups_are_unnamed_sources(tmp_path):
    voice = voices_of(tmp_path, "Eleven advocacy groups say the harbour fee is unfair.")[0]
    assert voice.speaker == "Eleven advocacy groups" and not voice.named


@pytest.mark.parametrize("body, speaker", [
    ("Officials familiar with the pier plan said it would cost more.", "Officials familiar with the pier plan"),
    ("Democrats trying to win back the county in November say the race is close.",
     "Democrats trying to win back the county in November"),
    ("Voters who backed the mayor in 2019 say they feel let down.", "Voters who backed the mayor in 2019"),
])
def test_a_plural_group_described_before_its_verb_is_an_unnamed_source(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


def test_a_person_described_by_a_show_is_no_organisation(tmp_path):
    body = "According to The Harbour Show actress, the town had ignored the warnings."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.named) == ("The Harbour Show actress", False)
