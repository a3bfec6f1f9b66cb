"""Fit the convolutional token tagger (``tagger.py``) on annotated articles, in plain numpy.

    PYTHONPATH=scripts .venv/bin/python benchmarks/tagger_train.py [--ptc DIR] [--write-data]

Backpropagation and Adam written out by hand (no deep-learning library ships or is needed): the loss is
the mean log loss of "this word lies inside an annotated span (any technique)". Batches of articles are
laid end to end with ``WINDOW // 2`` zero rows between them, and the first layer's output is zeroed on
those rows, so no window reads across two articles and training computes exactly what inference computes
on one text. Deterministic: the initial weights and the order of the batches come from ``seed``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from medialit.analysis.model import word_forms
from medialit.analysis.rules import Rulebook, load_rulebook
from tagger import (INPUTS, TAGGER_FILE, WINDOW, Tagger, covered, group_means, sentence_groups, token_inputs, windows,
                     write_tagger)
from medialit.analysis.prepared_text import prepare
from medialit.analysis.rule_matching import match_rules

HALF = WINDOW // 2
_HAND_WRITTEN_ONLY = (".model", ".model-sentence", ".corpus")


def source_inputs(source, rulebook: Rulebook) -> tuple[list, np.ndarray, np.ndarray]:
    """A source's tokens, the tagger's input matrix and the tokens' sentences (``sentence_groups``). Only hand-written rules enter as features (the
    corpus cues and the linear models are themselves fitted on the PTC)."""
    text = prepare(source)
    tokens = list(text.tokens)
    starts = {tokens[i].start for i in _sentence_firsts(tokens, text.sentences)}
    forms = word_forms(tokens, starts, rulebook.settings.side_words)
    fired = [c for c in match_rules(rulebook, text) if not c.rule.endswith(_HAND_WRITTEN_ONLY)]
    word = covered(tokens, [(c.start, c.end) for c in fired if c.level != "sentence"])
    passage = covered(tokens, [(c.start, c.end) for c in fired if c.level == "sentence"])
    quoted = covered(tokens, text.quotes)
    return (tokens, token_inputs(text.content, tokens, forms, text.sentences, quoted, word, passage),
            sentence_groups(tokens, text.sentences))


def _sentence_firsts(tokens, sentences) -> list[int]:
    import bisect
    starts = [t.start for t in tokens]
    firsts = (bisect.bisect_left(starts, s) for s, _ in sentences)
    return [i for i in firsts if i < len(tokens)]


def token_labels(tokens, gold) -> np.ndarray:
    """Per token: 1.0 when it lies inside an annotated span (of any technique)."""
    return covered(tokens, [(s, e) for _, s, e in gold]).astype(np.float32)


# -------------------------------------------------------------------------------------------- training


def train_tagger(inputs: Sequence[np.ndarray], labels: Sequence[np.ndarray], groups: Sequence[np.ndarray], channels: int = 64, epochs: int = 6,
                 batch: int = 12, rate: float = 1e-3, decay: float = 1e-4, dropout: float = 0.0, seed: int = 0,
                 log=None) -> Tagger:
    rng = np.random.default_rng(seed)
    stacked = np.vstack(inputs)
    mean = stacked.mean(axis=0).astype(np.float32)
    scale = (stacked.std(axis=0) + 1e-3).astype(np.float32)
    del stacked
    params = {
        "w1": (rng.standard_normal((WINDOW * INPUTS, channels)) * np.sqrt(2.0 / (WINDOW * INPUTS))).astype(np.float32),
        "b1": np.zeros(channels, dtype=np.float32),
        "w2": (rng.standard_normal(((WINDOW + 1) * channels, channels))
               * np.sqrt(2.0 / ((WINDOW + 1) * channels))).astype(np.float32),
        "b2": np.zeros(channels, dtype=np.float32),
        "w3": (rng.standard_normal(channels) * np.sqrt(1.0 / channels)).astype(np.float32),
        "b3": np.zeros((), dtype=np.float32),
    }
    positive = float(np.mean(np.concatenate(labels)))
    params["b3"] = np.float32(np.log(positive / (1 - positive)))
    first, second = ({k: np.zeros_like(v) for k, v in params.items()} for _ in range(2))
    step = 0
    order = np.arange(len(inputs))
    for epoch in range(epochs):
        rng.shuffle(order)
        total = count = 0.0
        for b in range(0, len(order), batch):
            chosen = order[b:b + batch]
            x, y, real, g = _laid_out([(inputs[i] - mean) / scale for i in chosen], [labels[i] for i in chosen],
                                      [groups[i] for i in chosen])
            masks = None
            if dropout:
                masks = [(rng.random(shape) >= dropout).astype(np.float32) / (1 - dropout)
                         for shape in (x.shape, (len(x), channels), (len(x), channels))]
            loss, grads = _loss_and_gradients(params, x, y, real, g, masks)
            step += 1
            for k, g in grads.items():
                if k.startswith("w"):
                    g = g + decay * params[k]
                first[k] = 0.9 * first[k] + 0.1 * g
                second[k] = 0.999 * second[k] + 0.001 * g * g
                corrected = first[k] / (1 - 0.9 ** step)
                params[k] = (params[k] - rate * corrected / (np.sqrt(second[k] / (1 - 0.999 ** step)) + 1e-8)).astype(np.float32)
            total += loss * real.sum()
            count += real.sum()
        if log:
            log(f"  epoch {epoch + 1}/{epochs}: log loss {total / count:.4f}")
    return Tagger(mean=mean, scale=scale, **params)


def _laid_out(xs: list[np.ndarray], ys: list[np.ndarray], gs: list[np.ndarray]):
    """Articles end to end with HALF zero rows between them; ``real`` marks the rows that are words, and
    the groups (sentences) are renumbered to stay apart, the gap a group of its own."""
    gap_x = np.zeros((HALF, INPUTS), dtype=np.float32)
    parts_x, parts_y, parts_real, parts_g = [], [], [], []
    offset = 0
    for x, y, g in zip(xs, ys, gs):
        parts_x += [x, gap_x]
        parts_y += [y, np.zeros(HALF, dtype=np.float32)]
        parts_real += [np.ones(len(x), dtype=bool), np.zeros(HALF, dtype=bool)]
        top = int(g.max()) + 1 if len(g) else 0
        parts_g += [g + offset, np.full(HALF, offset + top)]
        offset += top + 1
    return (np.vstack(parts_x).astype(np.float32), np.concatenate(parts_y), np.concatenate(parts_real),
            np.concatenate(parts_g))


def _loss_and_gradients(p: dict, x: np.ndarray, y: np.ndarray, real: np.ndarray, groups: np.ndarray,
                        masks=None) -> tuple[float, dict]:
    """The mean log loss and its gradients; ``masks`` (input, first and second layer) drop units out."""
    ones = np.float32(1.0)
    m0, m1, m2 = masks or (ones, ones, ones)
    a = windows(x * m0)
    z1 = a @ p["w1"] + p["b1"]
    h1 = np.maximum(z1, 0.0) * real[:, None] * m1
    b = np.hstack([windows(h1), group_means(h1, groups)])
    z2 = b @ p["w2"] + p["b2"]
    h2 = np.maximum(z2, 0.0) * m2
    out = h2 @ p["w3"] + p["b3"]
    prob = 1.0 / (1.0 + np.exp(-out))
    n = real.sum()
    eps = 1e-7
    loss = -float(np.sum(real * (y * np.log(prob + eps) + (1 - y) * np.log(1 - prob + eps))) / n)
    d_out = (prob - y) * real / n
    grads = {"w3": h2.T @ d_out, "b3": np.float32(d_out.sum())}
    d_z2 = np.outer(d_out, p["w3"]) * (z2 > 0) * m2
    grads["w2"], grads["b2"] = b.T @ d_z2, d_z2.sum(axis=0)
    d_b = d_z2 @ p["w2"].T
    c = h1.shape[1]
    d_h1 = (_unwindow(d_b[:, :WINDOW * c], c) + group_means(d_b[:, WINDOW * c:], groups)) * real[:, None] * m1
    d_z1 = d_h1 * (z1 > 0)
    grads["w1"], grads["b1"] = a.T @ d_z1, d_z1.sum(axis=0)
    return loss, {k: np.asarray(v, dtype=np.float32) for k, v in grads.items()}


def _unwindow(d_windows: np.ndarray, d: int) -> np.ndarray:
    """The gradient of ``windows``: each row's share of every window it appears in, added back."""
    n = d_windows.shape[0]
    out = np.zeros((n + 2 * HALF, d), dtype=np.float32)
    for j in range(WINDOW):
        out[j:j + n] += d_windows[:, j * d:(j + 1) * d]
    return out[HALF:HALF + n]


# ------------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    from medialit.analysis.rules_derive import load_ptc
    parser = argparse.ArgumentParser(description="Fit the token tagger on the PTC training split.")
    parser.add_argument("--ptc", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "ptc")
    parser.add_argument("--write-data", action="store_true", help=f"write {TAGGER_FILE.name}")
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args(argv)
    articles = load_ptc(args.ptc)
    rulebook = load_rulebook(with_corpus=False)
    xs, ys, gs = [], [], []
    for article in articles:
        tokens, x, g = source_inputs(article.source, rulebook)
        xs.append(x)
        ys.append(token_labels(tokens, article.gold))
        gs.append(g)
    tagger = train_tagger(xs, ys, gs, epochs=args.epochs, log=lambda m: print(m, file=sys.stderr))
    if args.write_data:
        write_tagger(TAGGER_FILE, tagger, f"the PTC training split ({len(articles)} articles)")
        print(f"wrote {TAGGER_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
