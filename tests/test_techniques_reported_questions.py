"""Rhetorical questions: a question the text reports someone asking ("neighbours have asked me, “How can
you ...?”") is that person's question, not the author's doubt; a question the author asks after "we have
to ask:" stays doubt. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import doubt_questions, findings_of


@pytest.mark.parametrize("text", [
    "For years neighbours have asked me, “How can you still shop at that market?” I tell them the bread is good.",
    "At every meeting someone wonders aloud: “Who will pay for the new pool?” The treasurer then reads the budget.",
])
def test_a_question_someone_is_reported_asking_is_not_doubt(tmp_path, text):
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0)) == []


def test_a_question_the_author_asks_after_ask_stays_doubt(tmp_path):
    text = "We have to ask: why did the council wait three years before it even looked at the pool?"
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0))
