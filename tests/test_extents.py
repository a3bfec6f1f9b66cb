"""The extent of a highlight (analysis/extents.py, issue 14): a word flag grows to its phrase by rule family."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.display import WORD_LEVELS
from medialit.analysis.extents import Extent, apply_extents, parse_extents
from medialit.analysis.rules import load_rulebook
from medialit.analysis.prepared_text import prepare
from medialit.analysis.candidates import Candidate
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source

STOPWORDS = load_rulebook().settings.stopwords


def text_of(tmp_path: Path, body: str, name: str = "t.txt"):
    path = tmp_path / name
    path.write_text("Title\n\n" + body + "\n", encoding="utf-8")
    return prepare(load_source(path))


def cue(text, word: str, rule: str = "name-calling.model", level: str = "cue", nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.content.index(word, start + 1)
    return Candidate(start, start + len(word), rule, rule.split(".")[0], 0.5, f"'{word}' is a label", (word,), level)


def grown(text, candidates, extents) -> list[str]:
    return [text.content[c.start:c.end] for c in apply_extents(candidates, text, extents, STOPWORDS, WORD_LEVELS)]


def test_a_label_grows_over_its_modifiers_but_not_over_the_determiner(tmp_path):
    text = text_of(tmp_path, "They sent the radical left mob into the streets.")
    assert grown(text, [cue(text, "mob")], {"name-calling.model": Extent(left=2, right=1)}) == ["radical left mob"]
    # one word to the left at most
    assert grown(text, [cue(text, "mob")], {"name-calling.model": Extent(left=1)}) == ["left mob"]


def test_a_word_grows_to_the_right_up_to_a_function_word(tmp_path):
    text = text_of(tmp_path, "It was a reckless provocation of the neighbours.")
    extents = {"loaded-language.emotive-adjective": Extent(left=2, right=2)}
    flag = cue(text, "reckless", "loaded-language.emotive-adjective")
    assert grown(text, [flag], extents) == ["reckless provocation"]


@pytest.mark.parametrize("body", [
    "The plan failed, shameful as it was.",            # a comma ends the phrase
    "The plan failed and shameful deals followed.",    # "and" opens a clause
    "The plan failed. Shameful deals followed.",       # a sentence ends
    "The plan “failed” shameful deals followed.",      # quotation marks
])
def test_a_phrase_never_crosses_a_clause_boundary(tmp_path, body):
    text = text_of(tmp_path, body)
    word = "shameful" if "shameful" in body else "Shameful"
    flag = cue(text, word, "loaded-language.emotive-adjective")
    (extended,) = grown(text, [flag], {"loaded-language.emotive-adjective": Extent(left=2)})
    assert extended == word


def test_a_phrase_does_not_take_in_a_preposition(tmp_path):
    text = text_of(tmp_path, "Leaders must rise above partisan interests.")
    extents = {"name-calling.corpus": Extent(left=1, right=1)}
    assert grown(text, [cue(text, "partisan", "name-calling.corpus")], extents) == ["partisan interests"]


@pytest.mark.parametrize("owner", ["Russia's", "America's", "the allies'", "Kyiv’s"])
def test_a_label_does_not_take_in_its_owner(tmp_path, owner):
    text = text_of(tmp_path, f"They met {owner} oligarchs yesterday.")
    assert grown(text, [cue(text, "oligarchs")], {"name-calling.model": Extent(left=1)}) == ["oligarchs"]


def test_a_phrase_stops_before_a_word_another_flag_lies_on(tmp_path):
    text = text_of(tmp_path, "They are vicious corrupt thugs.")
    flags = [cue(text, "vicious", "loaded-language.emotive-adjective"), cue(text, "thugs", "name-calling.thug")]
    extents = {"name-calling.thug": Extent(left=2), "loaded-language.emotive-adjective": Extent(left=2, right=2)}
    assert grown(text, flags, extents) == ["vicious corrupt", "corrupt thugs"]


def test_passages_and_families_without_an_extent_keep_their_span(tmp_path):
    text = text_of(tmp_path, "They sent the radical left mob into the streets.")
    sentence = Candidate(text.sentences[0][0], text.sentences[0][1], "doubt.model-sentence", "doubt", 0.5, "r", (),
                         "sentence")
    extents = {"name-calling.model": Extent(left=2), "doubt.model-sentence": Extent(left=2)}
    assert grown(text, [sentence, cue(text, "mob", "name-calling.junta")], extents) == [
        "They sent the radical left mob into the streets", "mob"]


def test_the_same_extent_on_both_sides_of_a_conflict(tmp_path):
    left = text_of(tmp_path, "Moscow's brutal occupiers shelled the town.", "a.txt")
    right = text_of(tmp_path, "Kyiv's brutal occupiers shelled the town.", "b.txt")
    extents = {"name-calling.thug": Extent(left=1, right=1)}
    a = grown(left, [cue(left, "occupiers", "name-calling.thug")], extents)
    b = grown(right, [cue(right, "occupiers", "name-calling.thug")], extents)
    assert a == b == ["brutal occupiers shelled"]


def test_the_reason_and_cue_stay_on_the_word(tmp_path):
    text = text_of(tmp_path, "They sent the radical left mob into the streets.")
    (extended,) = apply_extents([cue(text, "mob")], text, {"name-calling.model": Extent(left=2)}, STOPWORDS,
                                WORD_LEVELS)
    assert extended.cues == ("mob",) and extended.reason == "'mob' is a label"


def test_shipped_extents_grow_a_detected_flag(tmp_path):
    # A label noun ("thugs") takes in the word before it, not the verb after it, as the shipped data say.
    assert load_rulebook().settings.extents["name-calling.thug"] == Extent(left=1)
    path = tmp_path / "t.txt"
    path.write_text("Title\n\nThe masked thugs attacked the village at night.\n", encoding="utf-8")
    flags = [f for f in detect_techniques(load_source(path)) if f.rule.startswith("name-calling.thug")]
    assert [(f.text, f.cues) for f in flags] == [("masked thugs", ("thugs",))]


@pytest.mark.parametrize("value", ["clause", {"left": 9}, {"left": -1}, {"up": 1}, {}, {"left": True}, {"right": 1.5}])
def test_a_wrong_extent_is_reported_with_its_family_and_fix(value):
    problems = []
    assert parse_extents({"name-calling.model": value}, Path("corpus.yaml"), problems) == {}
    assert len(problems) == 1
    message = str(problems[0])
    assert "corpus.yaml" in message and "name-calling.model" in message and "left: N" in message


def test_extents_must_be_a_mapping():
    problems = []
    assert parse_extents(["name-calling.model"], Path("corpus.yaml"), problems) == {}
    assert problems and "extents" in str(problems[0])
