"""Highlights a careful teacher rejected or missed in lessons on new texts, second round (issue 14, hl-22): a
question the author answers at once whose reason said it was left unanswered, a charged label on an act
whose reason said a group was labelled, a compound label ("man-hater", "fear mongers") that no rule read,
and corpus cues that name a role or a quality, not a label ("devoted", "publisher"). Each fix has its own
text here (our own words), with the look-alikes it must leave alone and mirror images where a rule could
take sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, name: str = "t.txt", threshold: float | None = 0.0):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def by_rule(findings, rule: str) -> list:
    return [f for f in findings if f.rule == rule]


# ------------------------------------------------------------ a question the author answers at once

ANSWERED = ("The town signed every trade deal it was offered.\n\n"
            "What did twenty years of those deals bring the people of the valley?\n\n"
            "Closed mills, lower wages and a main street of empty shops.")


def test_the_reason_of_a_question_answered_at_once_does_not_say_it_is_unanswered(tmp_path):
    questions = by_rule(findings_of(tmp_path, ANSWERED), "doubt.rhetorical-question")
    assert [q.text for q in questions] == ["What did twenty years of those deals bring the people of the valley?"]
    reason = questions[0].reason
    assert "does not answer" not in reason
    assert "What did twenty years of those deals" in reason and "steers" in reason


def test_a_short_question_answered_at_once_is_still_not_flagged(tmp_path):
    text = "Why did the mill close? Because the owners sold the land to a developer."
    assert by_rule(findings_of(tmp_path, text), "doubt.rhetorical-question") == []


# ------------------------------------------------------------------ a charged label on what a group did

def test_a_charged_label_on_an_act_says_so(tmp_path):
    text = "The council called it a barbaric terrorist act against the villagers of the valley."
    labels = by_rule(findings_of(tmp_path, text), "name-calling.charged-label")
    assert [f.text for f in labels] == ["barbaric terrorist"]
    assert "or what it did" in labels[0].reason


# ---------------------------------------------------------------------------------- compound labels

@pytest.mark.parametrize("text,label", [
    ("The senator, a known man-hater, spoke again on Monday.", "man-hater"),
    ("Climate fear mongers are on every channel this week.", "fear mongers"),
    ("The rumour-mongers of the capital had a busy week.", "rumour-mongers"),
    ("Those Jew-haters marched through the square again.", "Jew-haters"),
])
def test_a_compound_label_is_name_calling(tmp_path, text, label):
    found = [f for f in findings_of(tmp_path, text) if f.technique == "name-calling" and f.level == "word"]
    assert label in [f.text for f in found], [(f.rule, f.text) for f in found]


@pytest.mark.parametrize("text", [
    "The market has two fish mongers and a cheese monger near the church.",
    "The old fishmonger sold his stall to his nephew.",
    "The haters and the fans both filled the stadium on Sunday.",
])
def test_trades_and_plain_words_are_no_compound_label(tmp_path, text):
    assert by_rule(findings_of(tmp_path, text), "name-calling.compound-label") == []


@pytest.mark.parametrize("left,right", [
    ("Those Trump-haters marched through the square.", "Those Biden-haters marched through the square."),
    ("The climate fear mongers met in Paris.", "The growth fear mongers met in Paris."),
    ("The Russia-haters wrote another letter.", "The Ukraine-haters wrote another letter."),
])
def test_compound_labels_fire_alike_on_both_sides(tmp_path, left, right):
    a = by_rule(findings_of(tmp_path, left, "a.txt"), "name-calling.compound-label")
    b = by_rule(findings_of(tmp_path, right, "b.txt"), "name-calling.compound-label")
    assert a and [(f.confidence, f.level) for f in a] == [(f.confidence, f.level) for f in b]


# ------------------------------------------------------------- corpus cues that name no label

@pytest.mark.parametrize("text,word", [
    ("Global institutions devoted to research on the weather met in Geneva.", "devoted"),
    ("The publisher of the weekly paper spoke at the meeting.", "publisher"),
])
def test_a_role_or_a_quality_is_no_corpus_label(tmp_path, text, word):
    found = [f for f in findings_of(tmp_path, text) if f.rule.startswith("name-calling.corpus")]
    assert word not in " ".join(f.text for f in found)
