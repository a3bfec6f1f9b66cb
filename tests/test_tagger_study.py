"""The tagger study's span helpers (benchmarks/tagger_study.py): the cut and the runs its figures rest on."""

from __future__ import annotations

import numpy as np

import tagger_study  # benchmarks/ is on pytest's path (pyproject.toml)


def test_best_run_maximises_the_sum_above_tau_and_is_none_below_it():
    p = np.array([0.1, 0.8, 0.7, 0.3, 0.9, 0.2])
    assert tagger_study.best_run(p, 0.4) == (1, 5)        # 0.4 + 0.3 - 0.1 + 0.5: one dip does not cut it
    assert tagger_study.best_run(p, 0.75) == (4, 5)       # a deep dip does
    assert tagger_study.best_run(p, 0.95) is None


def test_runs_stop_at_low_words_and_at_sentence_breaks():
    p = np.array([0.7, 0.8, 0.2, 0.9, 0.9, 0.9])
    breaks = np.array([False, False, False, False, True, False])
    assert tagger_study.runs(p, 0.5, breaks) == [(0, 2), (3, 4), (4, 6)]


def test_token_range_covers_the_words_a_span_touches():
    starts, ends = np.array([0, 4, 9]), np.array([3, 8, 12])
    assert tagger_study.token_range(starts, ends, 2, 9) == (0, 2)
    assert tagger_study.token_range(starts, ends, 4, 12) == (1, 3)
