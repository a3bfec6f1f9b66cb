"""The techniques-dev benchmark's confusion table of shown flags that disagree (no data needed)."""

from __future__ import annotations

import techniques_dev_benchmark  # benchmarks/ is on pytest's path (pyproject.toml)


def test_confusion_counts_shown_flags_that_overlap_another_technique():
    module = techniques_dev_benchmark
    # flags: (technique, start, end, confidence, primary, word level, rule)
    held = [{"id": "a", "words": 100, "flags": [
        ("loaded-language", 0, 5, 0.9, True, True, "loaded-language.corpus.vile"),      # inside a fear span
        ("loaded-language", 10, 15, 0.9, True, True, "loaded-language.corpus.evil"),    # agrees
        ("doubt", 20, 40, 0.9, True, False, "doubt.rhetorical-question"),               # no counterpart: not counted
        ("loaded-language", 50, 55, 0.1, True, True, "loaded-language.model"),          # not shown
    ], "gold": [("appeal-to-fear", 0, 8), ("loaded-language", 10, 15), (None, 20, 40), ("name-calling", 50, 55)]}]
    table = module.confusion(held, 0.5)
    assert table["pairs"] == [{"ours": "loaded-language (word)", "annotated": "appeal-to-fear", "flags": 1}]
    assert table["families"] == {"loaded-language.corpus (word)": {"disagree": 1, "overlapping": 2}}
