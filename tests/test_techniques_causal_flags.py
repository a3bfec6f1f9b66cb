"""Which causal-oversimplification flags are shown (issue 14). The sentence model's causal oversimplification
reads a plain "because" and the sentence's topic words, never a causal rule's cue: a student has nothing to
check. Its flags are reported (``analyze --format json``, shown: false) and never shown; the causal rules, which
name their words, stay shown. The same on either side of a quarrel. Texts here are our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source

# One report, and its mirror image: the same sentence with the two sides swapped.
_REPORT = ("Harbour news\n\nThe river flooded the lower town because the old levee gave way after three days of rain. "
           "Prices rose in the shops because the port closed for a week. {blamer} said {blamed} failed the town "
           "because {pronoun} ignored the engineers. The bridge closed because its steel had rusted through.\n\n"
           "The council will meet on Monday to hear the engineers' report and to decide how to pay for the repairs.\n")
_SIDES = [("The mayor", "the council", "it"), ("The council", "the mayor", "he")]


def _findings(tmp_path: Path, text: str):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return detect_techniques(load_source(path), threshold=DEFAULT_THRESHOLD)


@pytest.mark.parametrize("blamer, blamed, pronoun", _SIDES)
def test_the_sentence_models_causal_guess_is_reported_and_not_shown(tmp_path, blamer, blamed, pronoun):
    findings = _findings(tmp_path, _REPORT.format(blamer=blamer, blamed=blamed, pronoun=pronoun))
    causal = [f for f in findings if f.rule == "causal-oversimplification.model-sentence"]
    assert causal, "the sentence model no longer reads these sentences as causal: pick another test text"
    assert not any(f.shown for f in causal)


@pytest.mark.parametrize("blamed", ["the council", "the mayor"])
def test_a_causal_rules_words_are_still_shown(tmp_path, blamed):
    text = (f"Harbour news\n\nThe river flooded the lower town. Blame {blamed} for everything that went wrong this "
            "spring, from the levee to the bridge. That is why the shops are empty and the port is closed.\n")
    shown = [f for f in _findings(tmp_path, text) if f.shown and f.technique == "causal-oversimplification"]
    assert shown and all(".model-sentence" not in f.rule for f in shown)
