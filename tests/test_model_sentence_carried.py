"""A sentence-model flag whose technique its word flags carry (``words_carry:`` in corpus.yaml's ``display:``)
is reported only when the display shows it at the teaching threshold (issue 14): the word flags already say
what persuades and where. The same findings are reported whatever threshold the caller sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataclasses import replace

from medialit.analysis.display import carried_by_words
from medialit.analysis.rules import Rulebook, load_rulebook
from medialit.analysis.candidates import Candidate
from medialit.analysis.techniques import detect_techniques, reported_passages
from medialit.text.source import load_source

WORDS_CARRY = frozenset({"loaded-language", "name-calling"})


def flag(rule: str, start: int, end: int, level: str) -> Candidate:
    return Candidate(start, end, rule, rule.split(".")[0], 0.4, "a reason", (), level)


SENTENCE = flag("loaded-language.model-sentence", 100, 200, "sentence")


@pytest.mark.parametrize("others, carried", [
    ([flag("loaded-language.model", 120, 128, "cue")], True),             # a loaded word inside: carried
    ([flag("loaded-language.emotive-adjective", 100, 111, "cue")], True),  # at the sentence's first word
    ([flag("name-calling.model", 120, 128, "cue")], False),               # a word of another technique
    ([flag("loaded-language.model", 90, 99, "cue")], False),              # a loaded word before the sentence
    ([flag("loaded-language.model", 195, 205, "cue")], False),            # a word reaching past its end
    ([], False),
])
def test_a_model_sentence_flag_is_carried_by_a_word_flag_of_its_technique_inside_it(others, carried):
    assert carried_by_words([SENTENCE, *others], WORDS_CARRY)[0] is carried


def test_only_the_model_s_sentence_flags_of_the_listed_techniques_are_carried():
    word = flag("loaded-language.model", 120, 128, "cue")
    rule_passage = flag("loaded-language.rhetoric", 100, 200, "sentence")        # a hand-written passage rule
    assert carried_by_words([rule_passage, word], WORDS_CARRY) == [False, False]
    fear = flag("appeal-to-fear.model-sentence", 100, 200, "sentence")
    fear_word = flag("appeal-to-fear.catastrophe", 120, 128, "cue")
    assert carried_by_words([fear, fear_word], WORDS_CARRY) == [False, False]
    assert carried_by_words([SENTENCE, word], frozenset()) == [False, False]


def test_the_shipped_policy_lists_the_word_techniques_at_the_teaching_threshold():
    from medialit.analysis import DEFAULT_THRESHOLD
    display = load_rulebook().settings.display
    assert set(display["words_carry"]) == WORDS_CARRY
    assert display["words_carry_shown_at"] == DEFAULT_THRESHOLD


POLICY = {"words_carry": sorted(WORDS_CARRY), "words_carry_shown_at": 0.485, "floor": 0.2, "words_per_flag": 400}
WORD = flag("loaded-language.model", 120, 128, "cue")


@pytest.mark.parametrize("confidence, primary, word_confidence, reported", [
    (0.60, True, 0.70, True),     # shown at the teaching threshold: reported
    (0.30, True, 0.70, False),    # under it, and the text shows its word: not reported
    (0.60, False, 0.70, False),   # another passage flag is its sentence's: never shown, not reported
    (0.30, True, 0.10, True),     # the text's surest flag, shown by the minimum of one per 400 words
])
def test_a_carried_sentence_flag_is_reported_when_shown_at_the_teaching_threshold(confidence, primary,
                                                                                  word_confidence, reported):
    kept = reported_passages([SENTENCE, WORD], [confidence, word_confidence], [primary, True], 200, POLICY)
    assert kept == [reported, True]


def test_flags_no_word_carries_are_always_reported():
    fear = flag("appeal-to-fear.model-sentence", 100, 200, "sentence")
    assert reported_passages([fear, WORD], [0.1, 0.9], [True, True], 200, POLICY) == [True, True]


def without_words_carry() -> Rulebook:
    rulebook = load_rulebook()
    display = {k: v for k, v in rulebook.settings.display.items() if not k.startswith("words_carry")}
    return replace(rulebook, settings=replace(rulebook.settings, display=display))


def test_an_unshown_sentence_flag_over_flagged_loaded_words_is_not_reported_at_any_threshold(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\nThe town council met on Tuesday to discuss the new bus timetable.\n\n"
                    "These disgraceful, spineless cowards betrayed every decent family in this town with their "
                    "vile and shameful lies.\n\nThe meeting ended at nine, and the minutes will follow next week.\n",
                    encoding="utf-8")
    source = load_source(path)

    def sentence_flags(threshold, rulebook=None):
        return [f for f in detect_techniques(source, rulebook, threshold=threshold)
                if f.rule == "loaded-language.model-sentence"]

    # Without the policy the sentence model flags the sentence, over its loaded words, under the threshold.
    (sentence,) = sentence_flags(None, without_words_carry())
    assert "vile" in sentence.text and sentence.confidence < 0.485
    # With it, the sentence flag is not reported, whatever the threshold; its words keep their own flags.
    for threshold in (None, 0.0, 0.3, 0.485, 1.01):
        assert sentence_flags(threshold) == []
        assert {"vile", "shameful"} <= {f.text for f in detect_techniques(source, threshold=threshold)
                                        if f.technique == "loaded-language"}
