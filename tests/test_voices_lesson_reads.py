"""Faults a teacher would not keep, found reading the voices tables of new texts: a role after a name with a
relative clause ("a professor of law who teaches at ..."), a described speaker's line whose verb comes before
the colon ("Jo Roe, a professor, told the Gazette: “...”"), and a "he said" after an inverted attribution
("..., warned Jo Roe, an engineer."). Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


@pytest.mark.parametrize("body, role", [
    ("“The ferry is late again,” said Jo Roe, a professor of law who teaches at Harbour College.", "expert"),
    ("“The ferry is late again,” said Jo Roe, a spokeswoman who speaks for the ferry line.", "official"),
    ("“The ferry is late again,” said Jo Roe, who teaches at Harbour College.", "person"),
])
def test_a_role_after_the_name_is_read_before_its_relative_clause(tmp_path, body, role):
    assert [(v.speaker, v.role) for v in voices_of(tmp_path, body)] == [("Jo Roe", role)]


@pytest.mark.parametrize("body", [
    "Jo Roe, a professor, told the Gazette: “The ferry needs a second pier.”",
    "Jo Roe, professor of harbour studies at the Harbour School of Law, told the Gazette: “The ferry needs a pier.”",
])
def test_a_verb_before_the_colon_is_the_lines_verb(tmp_path, body):
    assert [(v.speaker, v.verb, v.role) for v in voices_of(tmp_path, body)] == [("Jo Roe", "told", "expert")]


def test_a_line_that_describes_the_speaker_before_the_colon_still_speaks(tmp_path):
    body = "Dr. Jo Roe, a professor at Harbour University: “The ferry needs a second pier.”"
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [("Dr. Jo Roe", None)]


def test_a_line_with_a_relative_clause_before_its_verb_keeps_its_speaker(tmp_path):
    """The line of "Jo Roe , who runs the Harbour Office, echoed the board: “...”" is Roe's, never the board's."""
    body = "Jo Roe , who runs the Harbour Office, echoed the board: “The pier must close.”"
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [("Jo Roe", "echoed")]


@pytest.mark.parametrize("name, pronoun", [("Jo Roe", "she"), ("Tom Berg", "he")])
def test_a_pronoun_after_an_inverted_attribution_is_its_speaker(tmp_path, name, pronoun):
    """Mirror image: a woman and a man named after the verb are found alike."""
    body = (f"The old pier will have to close by May, warned {name}, an engineer at Harbour College.\n"
            f"“Nobody has checked the piles for ten years,” {pronoun} said.")
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [(name, "warned"), (name, "said")]
