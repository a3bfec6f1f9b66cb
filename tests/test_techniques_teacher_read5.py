"""Highlights a careful teacher rejected in lessons on new texts, read by hl-30 (issue 14). The density
minimum forced a sentence flag and the word flag inside it onto a plain report: the same weak finding twice.
Now a forced flag never overlaps a flag already shown or forced; the next surest flag elsewhere takes its
place. Texts here are our own words."""

from __future__ import annotations

from pathlib import Path

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.display import shown
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def test_the_minimum_forces_no_flag_inside_another():
    weak, primary = [0.30, 0.29, 0.25], [True] * 3
    # a sentence (0-30), a word inside it (5-12), another sentence (40-60); 800 words ask for two flags
    spans = [(0, 30), (5, 12), (40, 60)]
    assert shown(weak, primary, 800, 0.5, floor=0.2, words_per_flag=400) == [True, True, False]
    assert shown(weak, primary, 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, False, True]


def test_a_flag_shown_at_the_threshold_keeps_its_word():
    spans = [(0, 30), (5, 12)]
    # the minimum does not force a weak word inside a sentence already shown ...
    assert shown([0.8, 0.3], [True, True], 800, 0.5, floor=0.2, words_per_flag=400) == [True, True]
    assert shown([0.8, 0.3], [True, True], 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, False]
    # ... but a word that reaches the threshold inside a shown sentence is the display's own choice
    assert shown([0.8, 0.6], [True, True], 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, True]


def test_no_two_forced_flags_overlap_in_a_lesson(tmp_path: Path):
    text = ("Title\n\nA storm of protest followed the vote, and the council asked a retired judge to look into it. "
            "The judge spoke to forty members over three weeks. He found that the members had voted on the plan "
            "itself, not on who proposed it, though he called the complaint sincere and understandable.\n\n"
            "The council will publish his report on Friday. Its chair said the members would read it before "
            "the next meeting in March.\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    findings = detect_techniques(load_source(path), threshold=DEFAULT_THRESHOLD)
    forced = [f for f in findings if f.shown and f.confidence < DEFAULT_THRESHOLD]
    assert all(not (a.start < b.end and b.start < a.end) for i, a in enumerate(forced) for b in forced[i + 1:])
