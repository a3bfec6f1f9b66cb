"""The convolutional token tagger (benchmarks/tagger.py, tagger_train.py: experiment code, not in the package): shapes, determinism, its file."""

from __future__ import annotations

import numpy as np
import pytest

from medialit.analysis.rules import load_rulebook
from tagger import (INPUTS, WINDOW, Tagger, group_means, load_tagger, sentence_groups, windows,
                                      write_tagger)
from tagger_train import _loss_and_gradients, _laid_out, source_inputs, train_tagger
from medialit.analysis.detect_text import Token
from medialit.errors import MedialitError
from medialit.text.source import load_source

TEXT = """---
title: A test
---

The council voted on Tuesday to repair the old bridge. Critics called the plan a reckless waste!
Why would anyone trust them again? The mayor said the work starts in May.
"""


def _source(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(TEXT, encoding="utf-8")
    return load_source(path)


def _tiny(channels: int = 4, seed: int = 0) -> Tagger:
    rng = np.random.default_rng(seed)
    return Tagger(mean=np.zeros(INPUTS, np.float32), scale=np.ones(INPUTS, np.float32),
                  w1=rng.standard_normal((WINDOW * INPUTS, channels)).astype(np.float32) * 0.05,
                  b1=np.zeros(channels, np.float32),
                  w2=rng.standard_normal(((WINDOW + 1) * channels, channels)).astype(np.float32) * 0.3,
                  b2=np.zeros(channels, np.float32), w3=rng.standard_normal(channels).astype(np.float32),
                  b3=np.float32(-1.0))


def test_inputs_one_row_per_word_and_probabilities_one_per_word(tmp_path):
    tokens, x, groups = source_inputs(_source(tmp_path), load_rulebook(with_corpus=False))
    assert x.shape == (len(tokens), INPUTS) and len(tokens) > 20
    assert groups.tolist() == sorted(groups.tolist()) and groups.max() == 3     # four sentences
    p = _tiny().probabilities(x, groups)
    assert p.shape == (len(tokens),) and np.all((p > 0) & (p < 1))
    assert _tiny().probabilities(np.zeros((0, INPUTS), np.float32), np.zeros(0, int)).shape == (0,)


def test_sentence_groups_and_their_means():
    tokens = [Token(s, s + 3, "abc", "abc") for s in (0, 4, 8, 14, 18)]
    assert sentence_groups(tokens, [(0, 11), (14, 21)]).tolist() == [0, 0, 0, 1, 1]
    h = np.array([[1.0], [2.0], [3.0], [10.0], [20.0]])
    assert group_means(h, np.array([0, 0, 0, 1, 1])).ravel().tolist() == [2.0, 2.0, 2.0, 15.0, 15.0]


def test_names_enter_as_one_placeholder(tmp_path):
    """A side's name never has a vector of its own: "Ruritania" and "Freedonia" give the same inputs."""
    rulebook = load_rulebook(with_corpus=False)
    rows = []
    for name in ("Ruritania", "Freedonia"):
        path = tmp_path / f"{name}.md"
        path.write_text(TEXT.replace("The mayor", f"The mayor of {name}"), encoding="utf-8")
        rows.append(source_inputs(load_source(path), rulebook)[1:])
    assert np.array_equal(rows[0][1], rows[1][1])
    rows = [r[0] for r in rows]
    assert np.array_equal(rows[0], rows[1])


def test_windows_read_neighbours_and_zeros_past_the_edges():
    x = np.arange(1, 7, dtype=np.float32).reshape(3, 2)
    w = windows(x, 3)
    assert w.shape == (3, 6)
    assert w[0].tolist() == [0, 0, 1, 2, 3, 4] and w[2].tolist() == [3, 4, 5, 6, 0, 0]


def test_a_window_never_reads_across_two_articles_in_a_batch():
    """Training lays articles end to end; the loss of one article must not depend on its neighbour."""
    rng = np.random.default_rng(3)
    tagger = _tiny()
    params = {k: v for k, v in tagger.arrays().items() if k not in ("mean", "scale")}
    a, b, c = (rng.standard_normal((n, INPUTS)).astype(np.float32) for n in (6, 5, 5))
    ya, yb = np.ones(6, np.float32), np.zeros(5, np.float32)
    ga, gb = np.array([0, 0, 0, 1, 1, 1]), np.array([0, 0, 1, 1, 1])

    def loss(xs, ys, gs):
        return _loss_and_gradients(params, *_laid_out(xs, ys, gs))[0]
    first, second = loss([a, b], [ya, yb], [ga, gb]), loss([a, c], [ya, yb], [ga, gb])
    alone_a, alone_b, alone_c = loss([a], [ya], [ga]), loss([b], [yb], [gb]), loss([c], [yb], [gb])
    assert first == pytest.approx((6 * alone_a + 5 * alone_b) / 11, rel=1e-5)
    assert second == pytest.approx((6 * alone_a + 5 * alone_c) / 11, rel=1e-5)


def test_training_is_deterministic_and_learns():
    rng = np.random.default_rng(0)
    xs = [rng.standard_normal((40, INPUTS)).astype(np.float32) for _ in range(6)]
    ys = [(x[:, 0] > 0).astype(np.float32) for x in xs]       # the label is one input's sign
    gs = [np.arange(40) // 10 for _ in xs]
    one = train_tagger(xs, ys, gs, channels=8, epochs=30, batch=3, rate=3e-3, dropout=0.1, seed=1)
    two = train_tagger(xs, ys, gs, channels=8, epochs=30, batch=3, rate=3e-3, dropout=0.1, seed=1)
    for name, array in one.arrays().items():
        assert np.array_equal(array, two.arrays()[name]), name
    p = one.probabilities(xs[0], gs[0])
    assert np.mean((p > 0.5) == (ys[0] > 0)) > 0.9


def test_weights_round_trip_through_the_file(tmp_path):
    path = tmp_path / "tagger.tsv"
    tagger = _tiny()
    write_tagger(path, tagger, "random numbers")
    loaded = load_tagger(path)
    x = np.random.default_rng(1).standard_normal((9, INPUTS)).astype(np.float32)
    groups = np.array([0, 0, 0, 0, 1, 1, 1, 2, 2])
    assert np.allclose(loaded.probabilities(x, groups), tagger.probabilities(x, groups), atol=1e-4)
    assert np.array_equal(loaded.probabilities(x, groups), load_tagger(path).probabilities(x, groups))


@pytest.mark.parametrize("damage", ["missing", "not numbers", "array gone", "wrong shape"])
def test_a_missing_or_damaged_weights_file_names_the_file_and_the_fix(tmp_path, damage):
    path = tmp_path / f"tagger-{damage.replace(' ', '-')}.tsv"
    if damage != "missing":
        write_tagger(path, _tiny(), "random numbers")
        lines = path.read_text(encoding="utf-8").splitlines()
        if damage == "not numbers":
            lines[3] = lines[3].replace("\t", "\tfoo ", 2)
        elif damage == "array gone":
            lines = [line for line in lines if not line.startswith("w2\t")]
        else:
            lines = [line.replace("w3\t4\t", "w3\t2x2\t") for line in lines]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(MedialitError) as error:
        load_tagger(path)
    assert str(path) in str(error.value) and "tagger_train.py --write-data" in str(error.value)
