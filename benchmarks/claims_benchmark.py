"""Benchmark the claims analysis on sentences labelled check-worthy or not (CheckThat! 2024, English).

    PYTHONPATH=scripts .venv/bin/python benchmarks/claims_benchmark.py [--data DIR] [--write-data]

The check-worthiness model (analysis/checkworthy.py) adds to the readable features of data/checkworthy.yaml
a sentence's vector (analysis/embeddings.py) read by one layer of units. ``--write-data`` trains it on the
training split (numpy only: Adam on mini-batches, L2 on the units, dropout on the units, a fixed seed, so the
same data gives the same numbers) and takes its threshold from 5-fold cross-validation on the training
split (the threshold with the best held-out F1), then writes data/checkworthy.tsv (bias, threshold, one
weight per feature) and data/checkworthy.vectors.tsv (one line per unit): numbers only, nothing of the
sentences. The folds are contiguous blocks of Sentence_id, so that neighbouring sentences of a debate
never sit on both sides of a fold (folds by position, i % 5, flatter the figure).

The report scores the claims ``detect_claims`` picks, each dev sentence read as a one-sentence text (a
sentence is picked when it comes out as a claim), and counts the artefacts (model numbers, the modal
"may", the verb "march", years in a biography) that verification tasks are built on in the seeds and in
texts of our own.

Writes benchmarks/results/claims.md (and claims.json). Skips cleanly when the data is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import run_meta  # noqa: E402

from medialit.analysis.checkworthy import (BUCKETS, LEXICAL_FILE, LEXICAL_HEADER, VECTORS_FILE,  # noqa: E402
                                           VECTORS_HEADER, WEIGHTS_FILE, WEIGHTS_HEADER, REASON_WEIGHT, Scorer,
                                           features_of, lexical_buckets, load_features, load_scorer)
from medialit.analysis.embeddings import embed  # noqa: E402
from medialit.analysis.claims import detect_claims  # noqa: E402
from medialit.text.blocks import NUMBERED_KINDS, parse_blocks  # noqa: E402
from medialit.text.source import Source, SourceMeta, load_source  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "ext" / "checkworthy"
TRAIN, DEV = "CT24_checkworthy_english_train.tsv", "CT24_checkworthy_english_dev.tsv"
RESULTS = REPO / "benchmarks" / "results"
TARGET_F1 = 0.70
# Earlier models, as measured then (commit, model, dev F1 of detect_claims, train CV F1, folds).
HISTORY = (
    ("0f2636d", "logistic regression, 28 features", 0.779, 0.609, "i % 5"),
    ("0e9cd22", "logistic regression, 44 features", 0.796, 0.633, "i % 5"),
)
L2 = 1.0
FOLDS = 5
# The units reading the sentence vector, and how they are trained (chosen by block cross-validation on
# train, see TRIED).
UNITS, EPOCHS, RATE, DECAY, BATCH, DROPOUT, SEED = 64, 20, 1e-3, 1e-3, 256, 0.3, 0
# The lexical regression (``fit_lexical``): its penalties, and its share of the shipped log-odds (MIX),
# chosen by block cross-validation on train (see TRIED). Buckets whose shipped weight is below
# LEXICAL_KEPT are left out of the file (they change no sentence's pick measurably, see claims.md).
L2_LINEAR, L2_LEXICAL, MIX, LBFGS_ITERATIONS, LEXICAL_KEPT = 1.0, 3.0, 0.5, 300, 0.005
# What else was tried, train F1 in 5-fold cross-validation with blocks of Sentence_id (threshold tuned on
# the held-out probabilities), dev F1 at that threshold; measured once at d4e3664, not shipped.
TRIED = (
    ("logistic regression, 44 features (the model before this one)", 0.630, 0.796),
    ("logistic regression, sentence vector alone", 0.597, 0.752),
    ("logistic regression, 44 features + sentence vector", 0.660, 0.830),
    ("logistic regression, features + mean and max of the token vectors", 0.661, 0.832),
    ("logistic regression, features + vectors of the sentence's halves", 0.655, 0.813),
    ("logistic regression, features + vector + vector around its numbers", 0.650, 0.810),
    ("one hidden layer (128 units) over features and vector together", 0.662, 0.854),
    ("features + 64 units over each token's vector, mean and max pooled", 0.662, 0.830),
    ("features + 128 units over each token's vector, mean and max pooled", 0.658, 0.837),
    ("features + 64 units over the sentence vector, five seeds averaged", 0.660, 0.854),
    ("features + 64 units over each pair of neighbouring tokens' vectors, pooled", 0.656, 0.841),
    ("features + 64 units over the vector of the sentence without function words", 0.655, 0.847),
    ("features + 64 units over both vectors (with and without function words)", 0.658, 0.833),
    ("at fc43744: features + 64 units + hashed words and word pairs, one model (Adam, L2 1e-3 on buckets)",
     0.676, 0.872),
    ("at fc43744: the same, L2 1e-4 on buckets", 0.676, 0.871),
    ("at fc43744: the same, buckets learning 3x faster", 0.676, 0.887),
    ("at fc43744: the same with word triples too", 0.675, 0.863),
    ("at fc43744: the same with hashed single words only", 0.672, 0.861),
    ("at fc43744: logistic regression (L-BFGS), features + vector + hashed words and pairs, L2 1 on buckets",
     0.678, None),
    ("at fc43744: the same, L2 3 on buckets", 0.682, 0.864),
    ("at fc43744: log-odds of the units model and that regression mixed, 0.3 of the regression", 0.680, 0.854),
    ("at fc43744: the same, 0.7 of the regression", 0.686, 0.861),
    ("at fc43744: the mix, half and half, with L2 6 on buckets (0.6 of the regression: 0.686)", 0.684, None),
    ("at fc43744: the mix, half and half, with L2 1.5 on buckets", 0.686, None),
    ("at fc43744: the mix with every run of digits hashed as one number word", 0.686, None),
    ("at fc43744: the mix with pairs of words one word apart hashed too", 0.686, None),
    ("at fc43744: the mix with both of these", 0.686, None),
    # At c7889cb (cw-18), each against the shipped mix (0.686) in the same folds; the fold's units model
    # and regression trained on the other four folds only (the naive-Bayes ratios too).
    ("at c7889cb: buckets scaled by their naive-Bayes log-count ratio (NBSVM, Wang & Manning 2012), L2 3 "
     "(0.7 of the regression: 0.684)", 0.682, None),
    ("at c7889cb: the same, L2 1 on buckets", 0.684, None),
    ("at c7889cb: buckets scaled by the square root of that ratio, 0.7 of the regression (0.5: 0.683)", 0.686, None),
    ("at c7889cb: hashed character 3-5-grams inside word boundaries (own 2^18 buckets) with the words, L2 3",
     0.678, None),
    ("at c7889cb: the same, L2 10 on all buckets", 0.680, None),
    ("at c7889cb: the same, L2 3 on words and pairs, 30 on character grams (0.7 of the regression: 0.686)",
     0.685, None),
    ("at c7889cb: the mix with positive sentences weighted 2 in the regression", 0.686, None),
    ("at c7889cb: the mix with the units model averaged over 5 seeds", 0.687, None),
    ("at c7889cb: units model with dropout 0.5 / 10 epochs / 40 epochs / 128 units, mixed "
     "(0.686 / 0.684 / 0.682 / 0.684)", 0.686, None),
    ("at c7889cb: mean of the log-odds of units, regression and the three NB-scaled regressions", 0.685, None),
    ("at c7889cb: rank average of units and regression (of all five members: 0.685)", 0.686, None),
    ("at c7889cb: the mix + 0.2 of the log-odds of the 30 nearest training sentences by vector (not shippable: "
     "it needs the training vectors)", 0.688, None),
    ("at c7889cb: the mix + 9 number-shape features (a number after a verb of change, from X to Y, X times, "
     "'the first/largest/only', since/in a year, digits, X of the, X per year/person, big numbers)", 0.687, 0.876),
    ("at c7889cb: those shapes with the units model averaged over 5 seeds", 0.688, None),
    ("at c7889cb: WordLlama tokenizer ids and pairs of neighbouring ids hashed into their own 2^18 buckets, "
     "L2 3 (0.7 of the regression: 0.688)", 0.687, None),
    ("at c7889cb: the same, L2 10 on the token buckets, 0.7 of the regression (0.5: 0.689; the best of the "
     "grid, its neighbours 0.687-0.689)", 0.690, None),
    ("at c7889cb: the same, L2 30 on the token buckets (0.6 / 0.7 / 0.8 of the regression: 0.688 / 0.689 / "
     "0.688; dev 0.86 / 0.858 / 0.864)", 0.688, 0.858),
    ("at c7889cb: token ids alone (no pairs), L2 10 on them (0.7 of the regression: 0.688)", 0.687, None),
    # At 9977b00 (vr-21), two readable features from reading lessons on new texts, each added to the 45
    # in the same folds; the shipped mix gave 0.686 there (threshold 0.26 throughout).
    ("at 9977b00: + a fact marker ('in fact', 'the fact is', 'the truth is', 'actually'; fires on 354 train "
     "sentences, 48% check-worthy)", 0.686, None),
    ("at 9977b00: + a denial ('did not', 'wasn't', 'has not', ...; fires on 1,468, 33% check-worthy; at its "
     "best threshold 0.29: 0.687)", 0.685, None),
    # At 016c652 (cw-19), each against the shipped mix (0.686) in the same folds, members trained on the
    # other four folds only.
    ("at 016c652: + 7 readable features from reading 100 missed and 100 wrongly picked sentences of the CV: a "
     "promise ('I will', 'we're going to'; fires on 1,270 train sentences, 9% check-worthy), a figure on a "
     "promise (155, 34%), someone else's stance or record ('she wants', 'he voted', 'you said'; 2,171, 40%), "
     "ordinals and 'twice' (302, 45%), up or down without 'than' ('more', 'is up', 'went down'; 1,767, 37%), "
     "35 tokens or more (2,236, 40%), 60% content words (5,930, 33%) (0.7 of the regression: 0.687; the units "
     "model alone 0.664, without them 0.663)", 0.686, None),
    ("at 016c652: stacking, a logistic regression over the two members' held-out log-odds, for each fold trained "
     "on the other folds' (weights about 0.34 units, 0.50 regression in every fold)", 0.684, None),
    ("at 016c652: the larger / the smaller of the two members' log-odds (0.680 / 0.681)", 0.681, None),
    ("at 016c652: the threshold chosen in each fold on its own labels (not shippable: an upper bound of any "
     "threshold or prior correction; fold 4's best threshold is 0.16, the others' 0.29-0.35)", 0.691, None),
    ("at 016c652: prior shift corrected by EM in each held-out fold (Saerens et al. 2002); fold 4's share "
     "comes out 0.117 against a true 0.249: its shift is in what the sentences look like, not in the share",
     0.673, None),
    ("at 016c652: fastText-style member (Joulin et al. 2017): 32-d embeddings of the hashed buckets, averaged, "
     "+ the features, Adam 3e-3, 5 epochs, seed 0; alone 0.656, as 0.2 of the log-odds beside the mix (mean "
     "of the three: 0.687; it would ship a 2^18 x 32 table)", 0.688, None),
    ("at 016c652: WordLlama token ids and pairs hashed (L2 10), re-measured (0.6 / 0.7 of the regression: "
     "0.689 / 0.689; with the fastText member as 0.2: 0.689)", 0.689, None),
    ("at 016c652: the buckets' weights scaled by (mean bucket count / the sentence's count)^0.5, so long "
     "sentences add no more than short ones (0.6 / 0.7 of the regression: 0.687 / 0.686)", 0.686, None),
    ("at 016c652: L2 0.3 on the regression's features and vector instead of 1 (0.6 of the regression: 0.685)",
     0.684, None),
    ("at 016c652: L2 3 on the regression's features and vector instead of 1 (0.6 / 0.7 of the regression: "
     "0.687 / 0.687)", 0.686, None),
    ("at 016c652: token ids and pairs (L2 10) + buckets scaled by count^-0.5 + L2 3 on features and vector, 0.7 "
     "of the regression (0.5 / 0.6: 0.688 / 0.689; the best of this grid of three, fold 4 at 0.659; not "
     "shipped: 0.6899 against 0.6859 is the bar of 0.004 exactly, within the grid's selection noise)", 0.690, None),
    # At 14ef164 (cw-20), each against the shipped mix (0.686) in the same folds, from the members' held-out
    # log-odds (members trained on the other four folds only); numpy trees (histogram splits, 32 bins, L2 1 on
    # the leaves, 0.8 of the rows and columns per tree, seed 0).
    ("at 14ef164: gradient-boosted trees, 300 of depth 4 (rate 0.05), over the 45 features and 32 principal "
     "components of the sentence vector (of the training folds); alone 0.661, as 0.2 / 0.3 / 0.5 of the log-odds "
     "beside the mix (0.687 / 0.687 / 0.686)", 0.687, None),
    ("at 14ef164: trees boosting from the mix's log-odds (150 of depth 4, rate 0.05) over the features, 16 "
     "components and the two members' log-odds; an optimistic bound, since the training folds' log-odds come from "
     "members that saw the held-out fold (half and half with the mix: 0.685)", 0.681, None),
    ("at 14ef164: the mix's log-odds shifted by 0.25-1.0 of their mean over the 25-400 neighbouring sentences "
     "(by Sentence_id, inside the held-out fold; a lesson's text at run time); the best, 400 and 0.75 (25 and 1.0: "
     "0.660)", 0.687, None),
    ("at 14ef164: the same standardised (z-score over 20-300 neighbours), as 0.5 or all of the log-odds; the best, "
     "100 and 0.5 (fold 4 up from 0.641 to 0.658, the others down; all of it over 300: 0.683)", 0.686, None),
    ("at 14ef164: the rank among 20-300 neighbours as log-odds, 0.3 / 0.6 beside the mix; the best, 300 and 0.3",
     0.687, None),
    ("at 14ef164: shift or z-score within the 37 runs of Sentence_id split at gaps over 20 (debates), 0.5 / 1.0 "
     "(0.686 / 0.686; 0.682 / 0.681)", 0.686, None),
    ("at 14ef164: + 0.1 / 0.2 / 0.3 of the mean log-odds of the sentences before and after (Sentence_id within 3; "
     "a check-worthy sentence follows a check-worthy one 38% of the time, another one 20%) (0.688 / 0.688 / 0.682; "
     "the hidden test reads each sentence alone)", 0.688, None),
    ("at 14ef164: label noise, co-teaching style: in each fold the 5% of training sentences with the highest loss "
     "under a units model trained on that fold's training sentences dropped, the regression retrained on the rest "
     "(the regression alone: 0.676, against 0.682 undropped)", 0.679, None),
    ("at 14ef164: the same, 10% dropped (the regression alone: 0.672; both members retrained on the rest: 0.667, "
     "the units model alone 0.646 against 0.663): the sentences of highest loss are hard, not mislabelled", 0.674,
     None),
    ("at 14ef164: bootstrapped loss (Reed et al. 2015): the regression trained on 0.8 of the label plus 0.2 of "
     "the fold's units model's probability (the regression alone: 0.683)", 0.685, None),
)


def load_split(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The sentences, their labels (1: check-worthy) and their Sentence_id."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return ([r["Text"] for r in rows], np.array([r["class_label"].strip() == "Yes" for r in rows], dtype=float),
            np.array([int(r["Sentence_id"]) for r in rows]))


def block_folds(sentence_ids: np.ndarray) -> np.ndarray:
    """Fold number of each sentence: FOLDS contiguous blocks of Sentence_id (a debate's sentences stay
    together), of equal size."""
    order = np.argsort(sentence_ids, kind="stable")
    folds = np.empty(len(sentence_ids), dtype=int)
    folds[order] = np.arange(len(sentence_ids)) * FOLDS // len(sentence_ids)
    return folds


def buckets_matrix(texts: list[str]) -> np.ndarray:
    """Each sentence's lexical buckets (checkworthy.lexical_buckets), one row each, padded with BUCKETS
    (a bucket of weight 0)."""
    rows = [lexical_buckets(text) for text in texts]
    padded = np.full((len(rows), max(map(len, rows), default=1)), BUCKETS, dtype=np.int64)
    for i, row in enumerate(rows):
        padded[i, :len(row)] = row
    return padded


def matrix(texts: list[str], ids: list[str]) -> np.ndarray:
    scorer = Scorer(load_features())        # the features only: the weights may not be written yet
    rows = np.zeros((len(texts), len(ids)))
    for i, text in enumerate(texts):
        present = features_of(text, scorer)
        rows[i] = [feature in present for feature in ids]
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = 30) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method; the bias is not penalised. (The
    readable features alone: the baseline the report compares with.)"""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(len(w) - 1)])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-xb @ w))
        gradient = xb.T @ (p - y) + penalty @ w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def probabilities(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def fit_units(x: np.ndarray, v: np.ndarray, y: np.ndarray) -> dict:
    """The model: a weight per feature plus UNITS units over the sentence vector v, trained with Adam on
    mini-batches (dropout on the units, L2 on the units' weights), from a fixed seed. Returns
    the weights with the vector's standardisation folded into the units, so the shipped units read the
    vector as embed() gives it."""
    rng = np.random.default_rng(SEED)
    mean, spread = v.mean(0), v.std(0) + 1e-6
    z = (v - mean) / spread
    m = {"inputs": rng.normal(0, np.sqrt(2 / v.shape[1]), (v.shape[1], UNITS)), "biases": np.zeros(UNITS),
         "weights": rng.normal(0, 0.01, UNITS), "features": np.zeros(x.shape[1]), "bias": np.zeros(1)}
    first, second = ({k: np.zeros_like(a) for k, a in m.items()} for _ in range(2))
    step = 0
    for _ in range(EPOCHS):
        order = rng.permutation(len(y))
        for start in range(0, len(y), BATCH):
            batch = order[start:start + BATCH]
            gradients = _gradients(m, x[batch], z[batch], y[batch], rng)
            step += 1
            for key, gradient in gradients.items():
                first[key] = 0.9 * first[key] + 0.1 * gradient
                second[key] = 0.999 * second[key] + 0.001 * gradient ** 2
                m[key] -= RATE * (first[key] / (1 - 0.9 ** step)) / (np.sqrt(second[key] / (1 - 0.999 ** step)) + 1e-8)
    inputs = m["inputs"] / spread[:, None]
    return {"inputs": inputs, "biases": m["biases"] - mean @ inputs, "weights": m["weights"],
            "features": m["features"], "bias": float(m["bias"][0])}


def _gradients(m: dict, x: np.ndarray, z: np.ndarray, y: np.ndarray, rng) -> dict:
    """Gradients of the mean log loss (plus the L2 penalty) on one mini-batch."""
    before = z @ m["inputs"] + m["biases"]
    kept = (rng.random(before.shape) >= DROPOUT) / (1 - DROPOUT)
    units = np.maximum(before, 0) * kept
    p = 1 / (1 + np.exp(-(units @ m["weights"] + x @ m["features"] + m["bias"][0])))
    g = (p - y) / len(y)
    back = np.outer(g, m["weights"]) * kept * (before > 0)
    return {"inputs": z.T @ back + DECAY * m["inputs"], "biases": back.sum(0),
            "weights": units.T @ g + DECAY * m["weights"], "features": x.T @ g,
            "bias": np.array([g.sum()])}


def unit_probabilities(m: dict, x: np.ndarray, v: np.ndarray, buckets: np.ndarray | None = None) -> np.ndarray:
    shift = np.maximum(v @ m["inputs"] + m["biases"], 0) @ m["weights"]
    if buckets is not None and "lexical" in m:
        shift = shift + np.append(m["lexical"], 0.0)[buckets].sum(1)
    return 1 / (1 + np.exp(-(m["bias"] + x @ m["features"] + shift)))


def fit_lexical(x: np.ndarray, v: np.ndarray, buckets: np.ndarray, y: np.ndarray) -> dict:
    """A logistic regression over the features, the sentence vector (linearly) and the hashed words
    (``buckets_matrix``), fitted on the whole split by L-BFGS with L2 penalties (L2_LINEAR on the features
    and the vector, L2_LEXICAL on the buckets; the bias is free). Deterministic: no sampling."""
    inputs = np.hstack([x, v])
    n, k = inputs.shape
    flat, rows = buckets.ravel(), np.repeat(np.arange(n), buckets.shape[1])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        linear, lexical = w[1:1 + k], w[1 + k:]
        z = w[0] + inputs @ linear + np.append(lexical, 0.0)[buckets].sum(1)
        value = float(np.logaddexp(0, z).sum() - y @ z + 0.5 * L2_LINEAR * linear @ linear
                      + 0.5 * L2_LEXICAL * lexical @ lexical)
        g = 0.5 * (1 + np.tanh(0.5 * z)) - y      # the logistic function, without overflow
        by_bucket = np.bincount(flat, weights=g[rows], minlength=BUCKETS + 1)[:BUCKETS]
        return value, np.concatenate([[g.sum()], inputs.T @ g + L2_LINEAR * linear, by_bucket + L2_LEXICAL * lexical])

    w = lbfgs(loss, np.zeros(1 + k + BUCKETS))
    return {"bias": float(w[0]), "features": w[1:1 + x.shape[1]], "linear": w[1 + x.shape[1]:1 + k],
            "lexical": w[1 + k:]}


def lbfgs(loss, w: np.ndarray, iterations: int = LBFGS_ITERATIONS, memory: int = 10) -> np.ndarray:
    """Minimise ``loss`` (returning value and gradient) from ``w`` by L-BFGS with a backtracking line
    search (numpy only; scipy is no dependency)."""
    value, gradient = loss(w)
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    for _ in range(iterations):
        direction = -_two_loop(gradient, steps)
        slope = gradient @ direction
        if slope >= 0:                       # not a descent direction: restart from the gradient
            steps, direction, slope = [], -gradient, -(gradient @ gradient)
        rate = 1.0
        while True:
            candidate = w + rate * direction
            new_value, new_gradient = loss(candidate)
            if new_value <= value + 1e-4 * rate * slope or rate < 1e-10:
                break
            rate *= 0.5
        s, change = candidate - w, new_gradient - gradient
        if s @ change > 1e-12:
            steps = (steps + [(s, change)])[-memory:]
        w, value, gradient = candidate, new_value, new_gradient
        if np.abs(gradient).max() < 1e-6:
            break
    return w


def _two_loop(gradient: np.ndarray, steps: list) -> np.ndarray:
    q, alphas = gradient.copy(), []
    for s, change in reversed(steps):
        rho = 1 / (change @ s)
        alpha = rho * (s @ q)
        q -= alpha * change
        alphas.append((rho, alpha, s, change))
    if steps:
        s, change = steps[-1]
        q *= (s @ change) / (change @ change)
    for rho, alpha, s, change in reversed(alphas):
        q += s * (alpha - rho * (change @ q))
    return q


def fit_model(x: np.ndarray, v: np.ndarray, buckets: np.ndarray, y: np.ndarray) -> dict:
    """The shipped model: the log-odds of the units model (``fit_units``) and of the lexical regression
    (``fit_lexical``) mixed, (1 - MIX) and MIX. The mix is again one model of the shipped shape: averaged
    feature weights, the units' weights scaled, the regression's linear vector term written as two units
    (max(0, a) - max(0, -a) = a) and the buckets' weights scaled."""
    units, lexical = fit_units(x, v, y), fit_lexical(x, v, buckets, y)
    linear = lexical["linear"][:, None]
    return {"inputs": np.hstack([units["inputs"], linear, -linear]), "biases": np.r_[units["biases"], 0.0, 0.0],
            "weights": np.r_[(1 - MIX) * units["weights"], MIX, -MIX],
            "features": (1 - MIX) * units["features"] + MIX * lexical["features"],
            "bias": (1 - MIX) * units["bias"] + MIX * lexical["bias"], "lexical": _kept(MIX * lexical["lexical"])}


def _kept(weights: np.ndarray) -> np.ndarray:
    """The buckets' weights as the file keeps them: rounded as written, those below LEXICAL_KEPT dropped."""
    rounded = np.array([float(_short(w)) if w else 0.0 for w in weights])
    return np.where(np.abs(rounded) >= LEXICAL_KEPT, rounded, 0.0)


def prf(picked: np.ndarray, y: np.ndarray) -> dict:
    tp = float((picked & (y == 1)).sum())
    p = tp / picked.sum() if picked.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "picked": int(picked.sum()), "gold": int(y.sum())}


def cross_validated(x: np.ndarray, v: np.ndarray | None, y: np.ndarray, folds: np.ndarray,
                    buckets: np.ndarray | None = None) -> np.ndarray:
    """Held-out probabilities of every training sentence: the model (or, without vectors, the features'
    logistic regression) trained on the other folds."""
    held_out = np.zeros(len(y))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        if v is None:
            held_out[test] = probabilities(fit(x[train], y[train]), x[test])
        else:
            m = fit_model(x[train], v[train], buckets[train], y[train])
            held_out[test] = unit_probabilities(m, x[test], v[test], buckets[test])
    return held_out


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    grid = [round(0.10 + 0.01 * i, 2) for i in range(71)]
    return max(grid, key=lambda t: (prf(p >= t, y)["f1"], -t))


def write_data(data_dir: Path) -> np.ndarray:
    """Derive and write the three weight files; returns the held-out probabilities of cross-validation
    (the report shows them rather than training the same folds again)."""
    ids = [f.id for f in load_features()]
    texts, y, sentence_ids = load_split(data_dir / TRAIN)
    x, v, buckets = matrix(texts, ids), embed(texts).astype(np.float64), buckets_matrix(texts)
    held_out = cross_validated(x, v, y, block_folds(sentence_ids), buckets)
    threshold = best_threshold(held_out, y)
    m = fit_model(x, v, buckets, y)
    units_count = len(m["weights"])
    source = (f"from {TRAIN} ({len(y)} sentences; {UNITS} units, {EPOCHS} epochs, seed {SEED}, mixed {1 - MIX:g} "
              f"with {MIX:g} of a regression whose vector term is units {UNITS + 1} and {UNITS + 2})")
    lines = [f"# Check-worthiness weights of the features of checkworthy.yaml (the sentence vector's units are in",
             f"# checkworthy.vectors.tsv), derived by benchmarks/claims_benchmark.py --write-data",
             f"# {source};",
             f"# threshold: best F1 in {FOLDS}-fold cross-validation (blocks of Sentence_id). Numbers only.",
             WEIGHTS_HEADER, f"bias\t{m['bias']:.4f}", f"threshold\t{threshold:.2f}",
             *(f"{name}\t{weight:.4f}" for name, weight in zip(ids, m["features"]))]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    units = [f"# Check-worthiness units over the sentence vector (analysis/embeddings.py), derived by",
             f"# benchmarks/claims_benchmark.py --write-data",
             f"# {source}.",
             f"# A unit's value is max(0, bias + vector . its vector weights); the score adds value x weight.",
             VECTORS_HEADER,
             *("\t".join([f"u{j + 1:02d}", _number(m["biases"][j]), _number(m["weights"][j]),
                          *(_number(w) for w in m["inputs"][:, j])]) for j in range(units_count))]
    VECTORS_FILE.write_text("\n".join(units) + "\n", encoding="utf-8")
    kept = np.flatnonzero(m["lexical"])
    lexical = [f"# Check-worthiness weights of hashed words and pairs of neighbouring words (analysis/checkworthy.py,",
               f"# lexical_buckets: zlib.crc32 of 'w word' or 'b word word', modulo {BUCKETS}), derived by",
               f"# benchmarks/claims_benchmark.py --write-data {source}.",
               f"# Bucket numbers and weights only (|weight| >= {LEXICAL_KEPT:g}); a sentence's score adds its buckets' weights.",
               LEXICAL_HEADER, *(f"{b}\t{_short(m['lexical'][b])}" for b in kept)]
    LEXICAL_FILE.write_text("\n".join(lexical) + "\n", encoding="utf-8")
    load_scorer.cache_clear()
    print(f"wrote {len(ids)} weights, {units_count} units, {len(kept)} buckets and threshold {threshold:.2f} "
          f"to {WEIGHTS_FILE.parent}")
    return held_out


def _number(value: float) -> str:
    return f"{value:.5g}"


def _short(value: float) -> str:
    return f"{value:.3g}"


def one_sentence_source(text: str) -> Source:
    """The text as ``load_source`` would read it from a file (blocks, numbered paragraphs)."""
    blocks = tuple(parse_blocks(text, 0, "sentence"))
    return Source(Path("sentence.txt"), "sentence", text, 0, SourceMeta(title="sentence"),
                  tuple(b for b in blocks if b.kind in NUMBERED_KINDS), blocks=blocks)


def picked_by_analysis(texts: list[str]) -> np.ndarray:
    return np.array([bool(detect_claims(one_sentence_source(t))) for t in texts])


# ---------------------------------------------------------------------------------------------- artefacts

# Texts of our own with the surface cues that only look like facts; none may become a verification task.
ARTEFACT_TEXTS = {
    "model numbers": "The column of T-72 tanks and two Uran-9 robots passed the bridge, the reporter said. "
                     "Old T-34-85 tanks stood in the square. COVID-19 closed the schools of the town again.",
    "modal may": "Critics may say the bridge was too costly, the mayor said. You may think the plan failed, "
                 "but the council may yet approve the second stage of the scheme.",
    "march the verb": "Thousands march through the capital every spring, the organisers said. They march "
                      "past the parliament and march back to the river before the speeches begin.",
    "a biography": "The council approved the plan in a vote last week, officials said.\n\n"
                   "Jane Roe is a writer and editor. She was born in 1961 and her books include a history of "
                   "the harbour (2004) and a memoir (2015).",
}


def artefact_tasks() -> dict:
    """Verification tasks whose words to check are an artefact, in the seeds and in ARTEFACT_TEXTS."""
    from medialit.analysis import analyze
    from medialit.analysis.checkworthy import model_number_spans, is_date_word
    from medialit.lesson.verification import verification_questions

    import tempfile
    counts = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = sorted((REPO / "seeds").glob("*.md"))
        for name, body in ARTEFACT_TEXTS.items():
            path = Path(folder) / f"{name.replace(' ', '-')}.md"
            path.write_text(f"---\ntitle: {name}\nauthor: Jane Roe\n---\n{body}\n", encoding="utf-8")
            paths.append(path)
        for path in paths:
            source = load_source(path)
            analysis = analyze(source)
            bad = 0
            for claim in analysis.claims:
                used = any(q.paragraph == claim.paragraph and q.quote and q.quote in claim.text
                           for q in verification_questions(source, analysis))
                cues = " ".join(claim.cues)
                artefact = (model_number_spans(cues) and not any(ch.isdigit() for ch in
                                                                 _without(cues, model_number_spans(cues))))
                artefact = artefact or any(c.lower() in ("may", "march") and not is_date_word(claim.text, *_span(claim.text, c))
                                           for c in claim.cues)
                artefact = artefact or "born in" in claim.text
                bad += bool(used and artefact)
            counts[path.stem] = bad
    return counts


def _without(text: str, spans) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _span(text: str, word: str) -> tuple[int, int]:
    at = text.find(word)
    return at, at + len(word)


# ---------------------------------------------------------------------------------------------- report


def _meta(train: int, dev: int, timing: dict) -> dict:
    return run_meta(train=train, dev=dev, timing=timing)


def time_claims(target_words: int = 2000, repeats: int = 5) -> dict:
    """Seconds for detect_claims on a 2,000-word text made of the seeds' paragraphs (best of repeats)."""
    body = "\n\n".join(load_source(p).body for p in sorted((REPO / "seeds").glob("*.md")))
    words = body.split()
    text = " ".join(words[:target_words]).replace(". ", ".\n\n", 40)
    source = one_sentence_source(text)
    from medialit.analysis import embeddings
    embeddings._model.cache_clear()
    started = time.perf_counter()
    embeddings._model()
    loading = time.perf_counter() - started
    detect_claims(source)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        detect_claims(one_sentence_source(text))
        best = min(best, time.perf_counter() - started)
    return {"words": min(len(words), target_words), "seconds": round(best, 4), "loading": round(loading, 3)}


def render(result: dict, meta: dict) -> str:
    dev, model, cv = result["dev_analysis"], result["dev_model"], result["train_cv"]
    features = result["train_cv_features"]
    verdict = "meets" if dev["f1"] >= TARGET_F1 else "misses"
    cv_verdict = "meets" if cv["f1"] >= TARGET_F1 else "misses"
    lines = [
        "# Claims ranked by check-worthiness (CheckThat! 2024 English)",
        "",
        f"- Date: {meta['date']}",
        f"- Git commit: {meta['commit']}",
        f"- Machine: {meta['machine']}",
        f"- Data: {TRAIN} ({meta['train']} sentences, to derive weights and threshold), {DEV} ({meta['dev']} "
        f"sentences, to report)",
        f"- Model: a weight for each of {len(result['weights']) - 1} readable features (data/checkworthy.yaml) plus "
        f"{result['units']} units over the sentence vector (data/checkworthy.vectors.tsv: {UNITS} trained units and "
        f"the regression's linear term as two) plus {result['buckets']} weights of hashed words and word pairs "
        f"(data/checkworthy.lexical.tsv, {result['lexical_bytes'] // 1024} KB); the log-odds of the units model "
        f"and of a logistic regression over features, vector and buckets mixed {1 - MIX:g}/{MIX:g}; threshold "
        f"{result['threshold']:.2f} (best F1 in {FOLDS}-fold cross-validation on train)",
        f"- Cross-validation folds: {FOLDS} contiguous blocks of Sentence_id (a debate's sentences stay in one fold)",
        f"- detect_claims on a {meta['timing']['words']}-word text: {meta['timing']['seconds']} s (one core; "
        f"loading the word vectors once per process: {meta['timing']['loading']} s)",
        "- Reproduce: `PYTHONPATH=scripts taskset -c 0 .venv/bin/python benchmarks/claims_benchmark.py [--write-data]`",
        "",
        "| scope | precision | recall | F1 | picked | check-worthy |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| **dev, claims detect_claims picks** ({verdict} the target F1 ≥ {TARGET_F1}) | {dev['precision']} | "
        f"{dev['recall']} | **{dev['f1']}** | {dev['picked']} | {dev['gold']} |",
        f"| dev, model alone at the threshold | {model['precision']} | {model['recall']} | {model['f1']} | "
        f"{model['picked']} | {model['gold']} |",
        f"| **train, {FOLDS}-fold cross-validation** ({cv_verdict} the target F1 ≥ {TARGET_F1}) | {cv['precision']} | "
        f"{cv['recall']} | **{cv['f1']}** | {cv['picked']} | {cv['gold']} |",
        f"| train, {FOLDS}-fold cross-validation, the readable features alone (logistic regression, threshold "
        f"{features['threshold']:.2f}) | {features['precision']} | {features['recall']} | {features['f1']} | "
        f"{features['picked']} | {features['gold']} |",
        f"| dev, the cue rules before these models (any cue = a claim) | {result['before']['precision']} | "
        f"{result['before']['recall']} | {result['before']['f1']} | {result['before']['picked']} | "
        f"{result['before']['gold']} |",
        f"| train, the cue rules before these models | {result['before_train']['precision']} | "
        f"{result['before_train']['recall']} | {result['before_train']['f1']} | {result['before_train']['picked']} | "
        f"{result['before_train']['gold']} |",
        "",
        "Train sentences are harder than dev ones, and the maintainers' hidden test behaves like train: train",
        "cross-validation is the figure that matters. The \"Why check it\" reasons come from the readable features",
        f"whose weight reaches {REASON_WEIGHT}; the units and the hashed words only move the score.",
        "",
        f"### Train cross-validation by fold (threshold {result['threshold']:.2f})",
        "",
        "Fold k holds the k-th fifth of the training sentences in the order of their Sentence_id.",
        "",
        "| fold | sentences | check-worthy | precision | recall | F1 |",
        "| --- | --- | --- | --- | --- | --- |",
        *(f"| {k} | {n['sentences']} | {n['gold']} | {n['precision']} | {n['recall']} | {n['f1']} |"
          for k, n in enumerate(result["train_cv_folds"])),
        "",
        "## What was tried",
        "",
        "Train F1 in 5-fold cross-validation (blocks of Sentence_id, threshold tuned on the held-out",
        "probabilities) and dev F1 at that threshold, measured once with numpy (at d4e3664 unless the row names",
        "another commit), not shipped unless named above. A vocabulary of the data's words is not tried: it would",
        "be a word list from its sentences. Hashed words ship as bucket numbers and weights only: no word.",
        "",
        "| model | train CV F1 | dev F1 |",
        "| --- | --- | --- |",
        *(f"| {name} | {cv_f1} | {'not measured' if dev_f1 is None else dev_f1} |" for name, cv_f1, dev_f1 in TRIED),
        "",
        "## Earlier models",
        "",
        "| commit | model | dev F1 (detect_claims) | train CV F1 | folds |",
        "| --- | --- | --- | --- | --- |",
        *(f"| {commit} | {name} | {dev_f1} | {cv_f1} | {how} |" for commit, name, dev_f1, cv_f1, how in HISTORY),
        "",
        f"## Feature weights (from {REASON_WEIGHT}: a reason shown to students)",
        "",
        "| feature | weight |",
        "| --- | --- |",
        *(f"| {name} | {weight:+.2f} |" for name, weight in sorted(result["weights"].items(), key=lambda kv: -kv[1])),
        "",
        "## Verification tasks built on an artefact",
        "",
        "| text | tasks on an artefact |",
        "| --- | --- |",
        *(f"| {name} | {count} |" for name, count in result["artefacts"].items()),
        "",
    ]
    return "\n".join(lines)


def _before(texts: list[str]) -> dict:
    """The cue rules alone (any claim kind's cue in a sentence of six words or more), for comparison."""
    from medialit.analysis.checks import load_checks
    from medialit.analysis.claims.kinds import _cue_words_by_sentence, _kinds_of
    from medialit.analysis.sentences import split_sentences

    checks = load_checks()
    picked = []
    for text in texts:
        source = one_sentence_source(text)
        sentences = split_sentences(source)
        cue_words = _cue_words_by_sentence(source, sentences, checks)
        picked.append(any(_kinds_of(source.content[s.start:s.end], checks, cue_words.get(i, {}))[0]
                          and len(source.content[s.start:s.end].split()) >= 6 for i, s in enumerate(sentences)))
    return np.array(picked)


def _at_best_threshold(p: np.ndarray, y: np.ndarray) -> dict:
    threshold = best_threshold(p, y)
    return {**prf(p >= threshold, y), "threshold": threshold}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the CT24 tsv files")
    parser.add_argument("--write-data", action="store_true",
                        help="derive data/checkworthy.tsv and checkworthy.vectors.tsv from train")
    parser.add_argument("--no-results", action="store_true", help="print the report only")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN).is_file():
        print(f"Check-worthiness data not found at {args.data}; skipping the benchmark (pass --data DIR).")
        return 0
    held_out = write_data(args.data) if args.write_data else None
    scorer = load_scorer()
    ids = [f.id for f in scorer.features]
    train_texts, train_y, train_ids = load_split(args.data / TRAIN)
    dev_texts, dev_y, _ = load_split(args.data / DEV)
    timing = time_claims()
    train_x, folds = matrix(train_texts, ids), block_folds(train_ids)
    train_v, train_buckets = embed(train_texts).astype(np.float64), buckets_matrix(train_texts)
    if held_out is None:
        held_out = cross_validated(train_x, train_v, train_y, folds, train_buckets)
    result = {
        "threshold": scorer.threshold,
        "units": len(scorer.units.weights) if scorer.units is not None else 0,
        "buckets": len(scorer.lexical.weights) if scorer.lexical is not None else 0,
        "lexical_bytes": LEXICAL_FILE.stat().st_size if LEXICAL_FILE.is_file() else 0,
        "weights": {"bias": scorer.weights.get("bias", 0.0), **{i: scorer.weights.get(i, 0.0) for i in ids}},
        "dev_analysis": prf(picked_by_analysis(dev_texts), dev_y),
        "dev_model": prf(np.array(scorer.scores(dev_texts)) >= scorer.threshold, dev_y),
        "train_cv": prf(held_out >= scorer.threshold, train_y),
        "train_cv_folds": [{**prf(held_out[folds == k] >= scorer.threshold, train_y[folds == k]),
                            "sentences": int((folds == k).sum())} for k in range(FOLDS)],
        "train_cv_features": _at_best_threshold(cross_validated(train_x, None, train_y, folds), train_y),
        "before": prf(_before(dev_texts), dev_y),
        "before_train": prf(_before(train_texts), train_y),
        "artefacts": artefact_tasks(),
    }
    meta = _meta(len(train_y), len(dev_y), timing)
    text = render(result, meta)
    print(text)
    if not args.no_results:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "claims.md").write_text(text, encoding="utf-8")
        (RESULTS / "claims.json").write_text(json.dumps({"meta": meta, "result": result}, indent=2, sort_keys=True)
                                             + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
