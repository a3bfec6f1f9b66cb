"""Whoever holds a post at a research centre or a think tank ("the director of the X Institute", "a fellow at
the Y Center") is an expert, not an official, though "director" and "president" are the official role's
words; the head of a government's body stays an official. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of

from medialit.analysis.voices import load_voice_data


@pytest.mark.parametrize("body", [
    "“Tolls push small boats out,” said Jane Roe, the director of the Harbour Policy Institute.",
    "Tom Berg, a senior fellow at the Northland Center for Maritime Studies, said the rise was modest.",
    "“We will watch the prices,” said Mark Hale, president of the Lowland Policy Institute.",
    "Lowland Policy Institute president Mark Hale said the rise was modest.",
    "“The docks are failing,” said Ann Lee, chairman of the engineering department at Harbour College.",
])
def test_a_post_at_a_research_body_is_an_expert(tmp_path, body):
    assert [(v.named, v.role) for v in voices_of(tmp_path, body)] == [(True, "expert")]


@pytest.mark.parametrize("body", [
    "“Tolls push small boats out,” said Jane Roe, the director of the Harbour Department.",
    "“Tolls push small boats out,” said Jane Roe, the director of the National Harbour Institute.",
    "“Tolls push small boats out,” said Jane Roe, the director of the Harbour Council.",
])
def test_a_post_at_a_governments_body_stays_official(tmp_path, body):
    """Mirror image of the test above: the same sentence with a public body keeps the official."""
    assert [(v.named, v.role) for v in voices_of(tmp_path, body)] == [(True, "official")]


@pytest.mark.parametrize("description, role", [
    ("director of the Harbour Policy Institute", "expert"),
    ("a fellow at a think tank", "expert"),
    ("Senator Jo Roe, director of the Harbour Policy Institute", "official"),     # a title besides
    ("Republican Party Committee Research Director Jo Roe", "official"),           # "Research" is no body's noun
    ("director of the Federal Research Center", "official"),
])
def test_the_role_of_a_description(description, role):
    assert load_voice_data().role_of(description, False) == role


@pytest.mark.parametrize("body, speaker, role", [
    ("The director of the Coastal Research Institute, Ann Lee, said fishermen would pay most.", "Ann Lee", "expert"),
    ("The head of the Harbour Ministry, Tom Berg, said the plan was fair.", "Tom Berg", "official"),
])
def test_the_person_set_off_after_her_posts_body_speaks(tmp_path, body, speaker, role):
    """The name after the body is the speaker, not the body: "The director of the X Institute, Ann Lee, said"."""
    assert [(v.speaker, v.role) for v in voices_of(tmp_path, body)] == [(speaker, role)]
