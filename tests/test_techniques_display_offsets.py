"""A display policy calibrated on what a teacher accepts (issue 14, hl-27): a rule family whose shown flags a
teacher rejects more often needs more than the teaching threshold (``offsets:`` in corpus.yaml's
``display:``). The token model's single words were the read's most common reject; its flags now need 0.10
more, while a surer family's flag in the same sentence is still shown. Texts in our own words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.display import family_offsets, margins, shown
from medialit.analysis.rules import load_rulebook
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


@dataclass(frozen=True)
class _Flag:
    rule: str


def findings_of(tmp_path: Path, text: str):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=DEFAULT_THRESHOLD)


def test_the_shipped_policy_asks_more_of_the_token_models_single_words():
    offsets = family_offsets(load_rulebook().settings.display)
    assert offsets.get("loaded-language.model", 0.0) > 0.0
    assert "doubt.rhetorical-question" not in offsets   # the read's surest family keeps the plain threshold


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
    findings = findings_of(tmp_path, "The council met on Tuesday to discuss the new bus timetable. Critics called "
                                     "it a brutal plan that hurts riders. The mayor said the changes would save "
                                     "money. The vote is next week.")
    word = next(f for f in findings if f.rule.startswith("loaded-language.model.") or f.rule == "loaded-language.model")
    assert word.text == "brutal"
    assert word.confidence >= DEFAULT_THRESHOLD   # shown before the offset
    assert not word.shown
    assert any(f.shown and f.technique == "loaded-language" for f in findings)   # the sentence keeps its flag


def test_the_same_on_the_other_side(tmp_path):
    """Mirror image: the offset reads the rule family, never whose plan is called brutal. Here no other flag
    reaches the threshold, so the word is shown only as the text's one flag of the density minimum."""
    findings = findings_of(tmp_path, "The union met on Tuesday to discuss the new bus timetable. Managers called "
                                     "it a brutal plan that hurts the company. The chair said the changes would "
                                     "cost money. The vote is next week.")
    word = next(f for f in findings if f.text == "brutal" and f.rule.startswith("loaded-language.model"))
    assert word.confidence - 0.10 < DEFAULT_THRESHOLD
    assert [f.text for f in findings if f.shown] in ([], ["brutal"])
    assert not any(f.shown and f.confidence >= DEFAULT_THRESHOLD for f in findings if f is not word)
