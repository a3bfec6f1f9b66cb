"""Highlights a careful teacher rejected in lessons on new texts, third read (issue 14, hl-23): a question
quoted after a colon read as the author's doubt, and a sentence whose only question is the filler "you
know?" read as a question. Each fix has its own text here (our own words), with the look-alikes it must
leave alone and mirror images where a rule could take sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, threshold: float | None = 0.0):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def doubt_questions(findings) -> list[str]:
    return [f.text for f in findings if f.technique == "doubt" and "?" in f.text]


# ------------------------------------------------------------------------- a question quoted after a colon

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


# ---------------------------------------------------------------------------------- a filler "you know?"

def test_a_filler_you_know_is_no_question(tmp_path):
    text = ("“I grew up two streets from the old mill, you know?” the baker told me. "
            "“We all worked there once.”")
    assert doubt_questions(findings_of(tmp_path, text)) == []


def test_a_question_that_also_ends_in_you_know_stays_doubt(tmp_path):
    text = ("Why would the council close the only library in town, and who will pay for the new one, you know? "
            "Nobody has said.")
    assert doubt_questions(findings_of(tmp_path, text))


# ------------------------------------------------------------------ a label word used as a verb, reflexively

def labels(findings) -> list[str]:
    return [f.text for f in findings if f.technique == "name-calling"]


@pytest.mark.parametrize("text", [
    "The northern party's officials disgraced themselves by voting for the toll road they had opposed.",
    "The southern party's officials disgraced themselves by voting for the toll road they had opposed.",
    "The mayor discredited herself when she denied the meeting had happened.",
])
def test_a_label_word_before_a_reflexive_pronoun_is_a_verb(tmp_path, text):
    assert not any("disgraced" in w.lower() or "discredited" in w.lower() for w in labels(findings_of(tmp_path, text)))


def test_the_same_word_before_a_person_stays_a_label(tmp_path):
    text = "The disgraced former mayor was back on the council within a year, smiling for the cameras."
    assert any("disgraced" in w.lower() for w in labels(findings_of(tmp_path, text)))
