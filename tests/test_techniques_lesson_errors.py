"""Highlight errors the lead saw in lessons on new texts (issue 14, hl-20): people spoken of as an invading
army, a label noun in an idiom ("by hook or by crook"), "elite" as an adjective and a superlative that
compares. Each fix has its own text here (our own words), with the look-alikes it must leave alone and
mirror images where a rule could take sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.lexicon import strong_words, superlative_base
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, name: str = "t.txt", threshold: float | None = DEFAULT_THRESHOLD):
    path = tmp_path / name
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def texts_of(findings, rule: str) -> list[str]:
    return [f.text for f in findings if f.rule == rule]


# ------------------------------------------------------------------------------ people as an invading army


@pytest.mark.parametrize("text,words", [
    ("Our mayor keeps talking about an invasion of Hindus in the suburbs.", "invasion of Hindus"),
    ("The pamphlet blames the migrant invasion for the bus delays.", "migrant invasion"),
    ("The leaflet calls the new families Buddhist invaders.", "Buddhist invaders"),
    ("The blogger wrote of a flood of refugees at the harbour.", "flood of refugees"),
    ("Hordes of foreigners fill the beaches, the columnist complains.", "Hordes of foreigners"),
    ("Every August the fishing village is overrun by tourists.", "overrun by tourists"),
    ("The poster claims that settlers are invading the plateau.", "settlers are invading"),
])
def test_people_spoken_of_as_an_invading_army_are_name_calling(tmp_path, text, words):
    found = [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "name-calling.invaders"]
    assert [f.text for f in found] == [words]
    assert found[0].technique == "name-calling" and "invading army" in found[0].reason


@pytest.mark.parametrize("text", [
    "The invasion of Ukraine began in February.",
    "Russian invaders shelled the town at night.",
    "The Roman invaders crossed the river, and the army overran the fort.",
    "An invasion of locusts destroyed the crops.",
    "The nurses were swamped with work all winter.",
    "A flood of letters reached the ministry.",
])
def test_armies_and_things_are_not_invaders(tmp_path, text):
    assert texts_of(findings_of(tmp_path, text, threshold=0.0), "name-calling.invaders") == []


def test_the_migrant_invasion_is_shown(tmp_path):
    findings = findings_of(tmp_path, "At every rally the candidate rails against the migrant invasion of our towns.")
    assert any(f.shown and f.rule == "name-calling.invaders" for f in findings)


# ----------------------------------------------------------------------- a label noun in an idiom or as adjective


@pytest.mark.parametrize("text", [
    "The co-op will get its seed in spring by hook or by crook.",
    "The senators voted for regime change in the north.",
])
def test_a_bare_label_noun_after_a_preposition_is_no_label(tmp_path, text):
    findings = findings_of(tmp_path, text, threshold=0.0)
    assert [f.text for f in findings if f.technique == "name-calling"] == []


@pytest.mark.parametrize("text,words", [
    ("The ministry is run by crooks.", "crooks"),
    ("The ministry was robbed by a crook.", "crook"),
    ("She met with far-right ministers in May.", "far-right"),
])
def test_a_label_with_a_determiner_or_in_the_plural_stays(tmp_path, text, words):
    findings = findings_of(tmp_path, text, threshold=0.0)
    assert any(words in f.text.split() for f in findings if f.technique == "name-calling")


@pytest.mark.parametrize("text", [
    "The heat wave has not spared elite cycling this year.",
    "Elite athletes train at altitude.",
])
def test_elite_as_an_adjective_is_no_label(tmp_path, text):
    assert texts_of(findings_of(tmp_path, text, threshold=0.0), "name-calling.elite") == []


@pytest.mark.parametrize("text", [
    "The elite ignore the farmers again.",
    "The liberal elite want more taxes.",
    "Nobody asked the elite.",
])
def test_the_elite_as_people_is_still_a_label(tmp_path, text):
    assert texts_of(findings_of(tmp_path, text, threshold=0.0), "name-calling.elite") == ["elite"]


# ------------------------------------------------------------------------------- a superlative that compares


def test_a_superlative_is_read_as_its_adjective():
    assert superlative_base("weakest", {"weak"}) == "weak"
    assert superlative_base("saddest", {"sad"}) == "sad"
    assert superlative_base("happiest", {"happy"}) == "happy"
    assert superlative_base("cutest", {"cut", "cute"}) == "cute"
    assert superlative_base("weak", {"weak"}) is None
    words = strong_words()
    assert "weakest" not in words          # "weak" is rated -1.9, under the lexicon's threshold
    assert "greatest" not in words         # "great" is excluded (it rarely judges)
    assert "cruelest" in words             # "cruel" is strong itself
    assert "dishonest" in words            # no superlative


def test_a_superlative_that_compares_is_not_loaded_language(tmp_path):
    findings = findings_of(tmp_path, "A convoy moves only as fast as its weakest truck.", threshold=0.0)
    assert [f.text for f in findings if f.level == "word"] == []


# ------------------------------------------------------------------------------------------ mirror images

MIRRORS = [
    ("The leaflet calls the new families Muslim invaders.", "The leaflet calls the new families Christian invaders."),
    ("A flood of refugees from Syria reached the border.", "A flood of refugees from Ukraine reached the border."),
    ("The Russian elite ignore the farmers.", "The American elite ignore the farmers."),
    ("Moscow wants regime change by hook or by crook.", "Washington wants regime change by hook or by crook."),
]


@pytest.mark.parametrize("left,right", MIRRORS, ids=[m[0][:30] for m in MIRRORS])
def test_the_fixes_act_alike_on_both_sides(tmp_path, left, right):
    def signature(text, name):
        return sorted((f.technique, f.rule, f.text.split()[-1] if f.level == "word" else "", f.confidence, f.primary,
                       f.shown) for f in findings_of(tmp_path, text, name))
    assert signature(left, "a.txt") == signature(right, "b.txt")
