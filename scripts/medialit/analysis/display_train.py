"""Fitting the display model (``display``) on annotated articles: never run when a lesson is built.

An example is one candidate of the detector with its display features; its target is the share of the
candidate's characters that lie inside any annotated technique span (spans-alone precision credit).
A logistic regression with soft targets and an L2 penalty is fitted by plain gradient descent (numpy,
seeded, deterministic). ``benchmarks/techniques_dev_benchmark.py`` fits it on training folds to score
held-out articles, and ``--write-data`` fits it on every article to write ``data/rules/display.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .detect_text import merge
from .display import DisplayModel, features
from .rules_derive import overlap
from .techniques import technique_candidates


@dataclass(frozen=True)
class Example:
    article: str
    features: dict
    target: float       # share of the candidate inside annotated spans
    weight: float = 1.0


def examples(article_id: str, source, gold, rulebook, weight: float = 1.0) -> tuple[list, list[Example]]:
    """The candidates of one article and their examples. ``gold``: (technique or None, start, end); a
    technique of None is an annotation with no counterpart in the taxonomy (scored as a span only).

    The target is the candidate's share inside annotated spans, times 0 when the annotations it
    overlaps that have a counterpart all name another technique: the display confidence is the
    chance that the highlight lies on persuasion *and* names it as an annotator would."""
    text, candidates = technique_candidates(source, rulebook)
    union = merge((s, e) for _, s, e in gold)
    rows = features(text, candidates)
    found = []
    for c, row in zip(candidates, rows):
        credit = overlap((c.start, c.end), union) / max(c.end - c.start, 1)
        near = {t for t, s, e in gold if t and s < c.end and c.start < e}
        if near and c.technique not in near:
            credit = 0.0
        found.append(Example(article_id, row, credit, weight))
    return candidates, found


def fit(training: list[Example], l2: float = 3.0, steps: int = 25) -> DisplayModel:
    """Logistic regression with soft targets and weighted examples, by Newton's method; ``l2`` is a
    ridge penalty in units of examples (a feature seen a few times stays near zero), bias not penalised."""
    names = sorted({name for e in training for name in e.features})
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(training), len(names) + 1))
    x[:, -1] = 1.0                                     # the bias column
    for row, e in enumerate(training):
        for name, value in e.features.items():
            x[row, index[name]] = value
    y = np.array([e.target for e in training])
    w = np.array([e.weight for e in training])
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    theta = np.zeros(len(names) + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ theta)))
        gradient = x.T @ (w * (p - y)) + penalty * theta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-6:
            break
    return DisplayModel(round(float(theta[-1]), 4), {n: round(float(v), 4) for n, v in zip(names, theta[:-1])})
