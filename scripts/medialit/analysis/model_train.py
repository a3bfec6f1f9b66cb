"""Training the linear models of ``model`` on annotated articles (pure Python, deterministic).

``train_model(articles, rulebook)`` takes any list of articles, so the benchmark trains on the training
folds and scores the held-out fold; ``benchmarks/ptc_benchmark.py --write-data`` trains on all articles
and writes ``model-ptc.tsv`` with ``write_model``. Logistic regression by stochastic gradient descent,
one-vs-rest, examples visited in a seeded order; the targets are the share of each word (or sentence)
that annotators marked with the technique, so a model's output estimates how much of a flag lies inside
an annotated span — the same thing the benchmark's precision credits. Only features seen in at least
``min_count`` training examples are learnt, and only weights that matter are written.

Nothing here runs when a lesson is built.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .model import ANY, LinearModel, ModelInput, ModelSet, model_input, model_rows, _sigmoid, HEADER
from .rules import Rulebook
from .rules_derive import Article, gold_unions, merge, overlap
from .prepared_text import prepare
from .model_flags import rule_spans_for_model


@dataclass(frozen=True)
class ModelSettings:
    token_techniques: tuple[str, ...]
    sentence_techniques: tuple[str, ...]
    min_count: int = 3
    epochs: int = 4
    rate: float = 0.2
    l2: float = 1e-6
    keep: float = 0.02          # weights smaller than this are not written
    seed: int = 13


def settings_from(rulebook: Rulebook) -> ModelSettings:
    m = rulebook.settings.model
    return ModelSettings(
        token_techniques=tuple(m.get("token_techniques", ())), sentence_techniques=tuple(m.get("sentence_techniques", ())),
        min_count=int(m.get("min_count", 3)), epochs=int(m.get("epochs", 4)), rate=float(m.get("rate", 0.2)),
        l2=float(m.get("l2", 1e-6)), keep=float(m.get("keep", 0.02)), seed=int(m.get("seed", 13)))


def inputs(article: Article, rulebook: Rulebook) -> ModelInput:
    text = prepare(article.source)
    return model_input(text.content, text.tokens, text.paragraphs, text.sentences, text.quotes,
                       rule_spans_for_model(rulebook, text), rulebook.settings.side_words)


def train_model(articles: list[Article], rulebook: Rulebook, settings: ModelSettings | None = None,
                prepared: dict | None = None) -> ModelSet:
    """Token and sentence models learnt from ``articles`` (``prepared`` may cache ``inputs`` by article id)."""
    settings = settings or settings_from(rulebook)
    token_examples, sentence_examples = [], []
    for article in articles:
        data = prepared[article.id] if prepared is not None and article.id in prepared else inputs(article, rulebook)
        unions = gold_unions(article)
        unions[ANY] = merge(span for spans in list(unions.values()) for span in spans)
        for k, token in enumerate(data.tokens):
            features, size = data.token_features(k), token.end - token.start
            token_examples.append((features, [overlap((token.start, token.end), unions.get(t, [])) / size
                                              for t in settings.token_techniques]))
        for number, (start, end, _, _) in enumerate(data.sentences):
            features, size = data.sentence_features(number), end - start
            sentence_examples.append((features, [overlap((start, end), unions.get(t, [])) / size
                                                 for t in settings.sentence_techniques]))
    token = _train("token", settings.token_techniques, token_examples, settings) if settings.token_techniques else None
    sentence = (_train("sentence", settings.sentence_techniques, sentence_examples, settings)
                if settings.sentence_techniques else None)
    return ModelSet(token, sentence)


def _train(kind: str, classes: tuple[str, ...], examples: list, settings: ModelSettings) -> LinearModel:
    frequency: Counter = Counter()
    for features, _ in examples:
        frequency.update(set(features))
    vocabulary = sorted(f for f, n in frequency.items() if n >= settings.min_count and f != "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [([index[f] for f in features if f in index], targets) for features, targets in examples]
    n_classes = len(classes)
    weights = [[0.0] * len(vocabulary) for _ in classes]
    bias = [0.0] * n_classes
    order = list(range(len(rows)))
    rng = random.Random(settings.seed)
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        rate = settings.rate / (1 + epoch)
        shrink = 1 - rate * settings.l2 * len(rows)
        for k in order:
            ids, targets = rows[k]
            for c in range(n_classes):
                w = weights[c]
                z = bias[c]
                for i in ids:
                    z += w[i]
                step = rate * (targets[c] - _sigmoid(z))
                if -1e-4 < step < 1e-4:
                    continue
                bias[c] += step
                for i in ids:
                    w[i] += step
        if shrink < 1:
            for w in weights:
                for i in range(len(w)):
                    w[i] *= shrink
    inside_counts = _inside_counts(examples, classes)
    kept = {}
    counts = {}
    for f, i in index.items():
        row = tuple(round(weights[c][i], 3) for c in range(n_classes))
        if max(abs(v) for v in row) >= settings.keep:
            kept[f] = row
            if f.startswith("w:") and f in inside_counts:
                counts[f] = (frequency[f], inside_counts[f])
    return LinearModel(kind, classes, tuple(round(b, 3) for b in bias), kept, counts)


def _inside_counts(examples: list, classes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """For word features: in how many examples the word lay (mostly) inside a span of each class."""
    counts: dict[str, list[int]] = {}
    for features, targets in examples:
        positive = [t >= 0.5 for t in targets]
        if not any(positive):
            continue
        for f in set(features):
            if f.startswith("w:"):
                row = counts.setdefault(f, [0] * len(classes))
                for c, p in enumerate(positive):
                    row[c] += p
    return {f: tuple(v) for f, v in counts.items()}


def write_model(path: Path, models: ModelSet, note: str) -> None:
    lines = [f"# Derived by benchmarks/ptc_benchmark.py --write-data on {dt.date.today().isoformat()} from {note}.",
             "# Logistic weights of the token and sentence models (analysis/model.py), one weight per class;",
             "# features are single words, word pairs and shapes only; total/inside: how many training words",
             "# (or sentences) held the word and how many of them lay inside a span of each class.",
             HEADER]
    for model in (models.token, models.sentence):
        if model is not None:
            lines += model_rows(model)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
