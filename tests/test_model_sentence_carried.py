"""A sentence-model flag whose technique its word flags carry (``words_carry:`` in corpus.yaml's ``display:``)
is reported only when the display shows it (issue 14): the word flags already say what persuades and where."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.display import carried_by_words
from medialit.analysis.rules import load_rulebook
from medialit.analysis.techniques import Candidate, detect_techniques
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


def test_the_shipped_policy_lists_the_word_techniques():
    assert set(load_rulebook().settings.display["words_carry"]) == WORDS_CARRY


def test_an_unshown_sentence_flag_over_flagged_loaded_words_is_not_reported(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\nThe town council met on Tuesday to discuss the new bus timetable.\n\n"
                    "These disgraceful, spineless cowards betrayed every decent family in this town with their "
                    "vile and shameful lies.\n\nThe meeting ended at nine, and the minutes will follow next week.\n",
                    encoding="utf-8")
    source = load_source(path)

    def sentence_flags(threshold):
        return [f for f in detect_techniques(source, threshold=threshold)
                if f.rule == "loaded-language.model-sentence"]

    # Without a threshold every finding counts as shown: the sentence flag is there, over its loaded words.
    (everything,) = sentence_flags(None)
    assert "vile" in everything.text
    # At a threshold the display does not reach, it is not reported; its words keep their own flags.
    assert sentence_flags(0.99) == []
    words = {f.text for f in detect_techniques(source, threshold=0.99) if f.technique == "loaded-language"}
    assert {"vile", "shameful"} <= words
    # At a threshold it reaches, it is shown and reported.
    (shown,) = sentence_flags(0.3)
    assert shown.shown
