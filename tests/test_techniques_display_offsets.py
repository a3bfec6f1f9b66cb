"""A display policy calibrated on what a teacher accepts (issue 14, hl-27): a rule family whose shown flags a
teacher rejects more often can be asked for more than the teaching threshold (``offsets:`` in corpus.yaml's
``display:``; none is shipped: the measured candidate, the token model's single words at +0.10, hides the
issue's own words on the probe, see teacher-read-curve.md). With an offset, that family's flag is no longer
shown while a surer family's flag in the same sentence still is. Texts in our own words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.display import family_offsets, margins, shown
from medialit.analysis.rules import load_rulebook
from medialit.analysis.techniques import detect_techniques
from medialit.errors import InputError
from medialit.text.source import load_source


@dataclass(frozen=True)
class _Flag:
    rule: str


def findings_of(tmp_path: Path, text: str, offsets: dict | None = None):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    rulebook = load_rulebook()
    if offsets is not None:
        display = {**rulebook.settings.display, "offsets": offsets}
        rulebook = replace(rulebook, settings=replace(rulebook.settings, display=display))
    return detect_techniques(load_source(path), rulebook, threshold=DEFAULT_THRESHOLD)


TOKEN_MODEL = {"loaded-language.model": 0.10}


def test_offsets_are_read_as_numbers_and_a_bad_one_names_the_file_and_the_fix():
    assert family_offsets({}) == {}
    assert family_offsets({"offsets": {"loaded-language.model": 0.1}}) == {"loaded-language.model": 0.1}
    with pytest.raises(InputError) as caught:
        family_offsets({"offsets": {"loaded-language.model": "high"}})
    message = str(caught.value)
    assert "corpus.yaml" in message and "loaded-language.model" in message and "0.1" in message


def test_an_offset_lowers_only_its_own_familys_margin_and_the_minimum_reads_it_too():
    flags = [_Flag("loaded-language.model.vader"), _Flag("loaded-language.emotive-adjective")]
    lowered = margins(flags, [0.55, 0.55], {"loaded-language.model": 0.10})
    assert lowered == [0.55 - 0.10, 0.55]
    assert shown(lowered, [True, True], words=100, threshold=0.5) == [False, True]
    # the density minimum's floor asks the same: a weak flag under floor + offset does not fill the minimum
    assert shown(margins(flags[:1], [0.25], {"loaded-language.model": 0.10}), [True], words=400, threshold=0.5,
                 floor=0.2, words_per_flag=400) == [False]
    assert shown([0.25], [True], words=400, threshold=0.5, floor=0.2, words_per_flag=400) == [True]


def test_a_token_model_word_at_the_threshold_is_no_longer_shown_but_a_surer_flag_is(tmp_path):
    text = ("The council met on Tuesday to discuss the new bus timetable. Critics called it a brutal plan that hurts "
            "riders. The mayor said the changes would save money. The vote is next week.")
    before = next(f for f in findings_of(tmp_path, text) if f.rule == "loaded-language.model")
    assert before.text == "brutal" and before.confidence >= DEFAULT_THRESHOLD and before.shown
    findings = findings_of(tmp_path, text, TOKEN_MODEL)
    word = next(f for f in findings if f.rule == "loaded-language.model")
    assert word.confidence == before.confidence   # the finding keeps its confidence
    assert not word.shown
    assert any(f.shown and f.technique == "loaded-language" for f in findings)   # the sentence keeps its flag


def test_the_same_on_the_other_side(tmp_path):
    """Mirror image: the offset reads the rule family, never whose plan is called brutal. Here no other flag
    reaches the threshold, so the word is shown only as the text's one flag of the density minimum."""
    findings = findings_of(tmp_path, "The union met on Tuesday to discuss the new bus timetable. Managers called "
                                     "it a brutal plan that hurts the company. The chair said the changes would "
                                     "cost money. The vote is next week.", TOKEN_MODEL)
    word = next(f for f in findings if f.text == "brutal" and f.rule.startswith("loaded-language.model"))
    assert word.confidence - 0.10 < DEFAULT_THRESHOLD
    assert [f.text for f in findings if f.shown] in ([], ["brutal"])
    assert not any(f.shown and f.confidence >= DEFAULT_THRESHOLD for f in findings if f is not word)
