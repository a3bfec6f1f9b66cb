"""Labels and charged words (name-calling): a charged label on an act says it labels what was done; a
compound label ("man-hater", "fear mongers") is a label on either side, while a trade ("fishmonger") or a
plain word is not; a corpus cue that names a role or a quality ("publisher", "devoted") is no label; a
label word used as a verb (before a reflexive pronoun, after a modal) is no label, while the same word
before a person or as a noun stays one. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import by_rule, findings_of


def test_a_charged_label_on_an_act_says_so(tmp_path):
    text = "The council called it a barbaric terrorist act against the villagers of the valley."
    labels = by_rule(findings_of(tmp_path, text), "name-calling.charged-label")
    assert [f.text for f in labels] == ["barbaric terrorist"]
    assert "or what it did" in labels[0].reason


# ------------------------------------------------------------------------------------------ compound labels


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


# --------------------------------------------------------------------------- corpus cues that name no label


@pytest.mark.parametrize("text,word", [
    ("Global institutions devoted to research on the weather met in Geneva.", "devoted"),
    ("The publisher of the weekly paper spoke at the meeting.", "publisher"),
])
def test_a_role_or_a_quality_is_no_corpus_label(tmp_path, text, word):
    found = [f for f in findings_of(tmp_path, text) if f.rule.startswith("name-calling.corpus")]
    assert word not in " ".join(f.text for f in found)


# ------------------------------------------------------------------------------ a label word used as a verb


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


@pytest.mark.parametrize("text", [
    "The board thinks it can fool the tenants twice with the same letter.",
    "The tenants think they can fool the board twice with the same letter.",
    "Nobody should fool themselves about the rent.",
])
def test_a_label_noun_after_a_modal_is_a_verb(tmp_path, text):
    assert not [f for f in findings_of(tmp_path, text) if f.technique == "name-calling" and "fool" in f.text.lower()]


def test_the_same_noun_as_a_label_stays_name_calling(tmp_path):
    text = "Only a fool would sign the board's letter, and the tenants know it."
    assert [f for f in findings_of(tmp_path, text) if f.technique == "name-calling" and "fool" in f.text.lower()]
