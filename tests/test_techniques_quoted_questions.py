"""Rhetorical questions: a question quoted after a colon (someone's words: “Am I the keeper of your
hens?”) is not the author's doubt, whichever side asks it; the author's own question after a colon stays
doubt. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import doubt_flags_with_a_question_mark as doubt_questions
from fixtures.techniques_text import findings_of


@pytest.mark.parametrize("text", [
    # the same story told of either side: the rule must not care whose question is quoted
    ("In the fable the fox is caught near the henhouse and only shrugs at the farmer: “Am I the keeper of "
     "your hens?” The farmer counts the feathers on the path."),
    ("In the fable the farmer is caught near the fox's den and only shrugs at the fox: “Am I the keeper of "
     "your cubs?” The fox counts the tracks on the path."),
    "The minister put it to the committee: “Who among you has read the whole report?” Nobody answered.",
])
def test_a_question_quoted_after_a_colon_is_not_the_authors_doubt(tmp_path, text):
    assert doubt_questions(findings_of(tmp_path, text)) == []


@pytest.mark.parametrize("text", [
    "The committee met for three hours: so who, in the end, read the whole report before voting on it?",
    ("Officials gave one answer: the report was read. But did anyone on the committee actually read the "
     "whole report before voting on it?"),
])
def test_the_authors_own_question_after_a_colon_stays_doubt(tmp_path, text):
    assert doubt_questions(findings_of(tmp_path, text))
