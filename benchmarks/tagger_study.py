"""The convolutional token tagger (``benchmarks/tagger.py``) as an experiment on the PTC and techniques-dev.

    PYTHONPATH=scripts .venv/bin/python benchmarks/tagger_study.py [--cache DIR]

PTC: 5-fold cross-validation by article exactly as ``ptc_benchmark.py`` (the fold's rulebook derived from
the training folds; the tagger fitted on the training folds' words only). The held-out findings and the
tagger's held-out probabilities are cached in ``--cache`` and every variant re-shapes, drops or adds to
them before scoring (spans alone, partial-overlap credit). Prints figures only; no text of either corpus.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from ptc_benchmark import DEFAULT_PTC, fold_rulebooks, score  # noqa: E402
from medialit.analysis.rules import load_rulebook  # noqa: E402
from medialit.analysis.rules_derive import load_ptc  # noqa: E402
from tagger_train import source_inputs, token_labels, train_tagger  # noqa: E402
from medialit.analysis.techniques import detect_techniques  # noqa: E402


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def ptc_findings(articles, folds: int) -> dict:
    """Held-out findings per article id: (technique, start, end, confidence, primary, rule, level, shown)."""
    from medialit.analysis import DEFAULT_THRESHOLD
    result = {}
    for rulebook, test in fold_rulebooks(articles, load_rulebook(with_corpus=False), folds):
        for article in test:
            findings = detect_techniques(article.source, rulebook, threshold=DEFAULT_THRESHOLD)
            result[article.id] = [(f.technique, f.start, f.end, f.confidence, f.primary, f.rule, f.level, f.shown)
                                  for f in findings]
    return result


def ptc_inputs(articles) -> dict:
    rulebook = load_rulebook(with_corpus=False)
    result = {}
    for article in articles:
        tokens, x, groups = source_inputs(article.source, rulebook)
        result[article.id] = ([(t.start, t.end) for t in tokens], x, token_labels(tokens, article.gold), groups)
    return result


EPOCHS, DROPOUT = 8, 0.3


def held_out_probabilities(inputs: dict, folds: int) -> dict:
    """Per article id: the tagger's probability for each token, from a tagger fitted on the other folds."""
    ids = sorted(inputs)
    result = {}
    for fold in range(folds):
        train = [i for k, i in enumerate(ids) if k % folds != fold]
        tagger = train_tagger([inputs[i][1] for i in train], [inputs[i][2] for i in train],
                              [inputs[i][3] for i in train], epochs=EPOCHS,
                              dropout=DROPOUT, log=log)
        for k, i in enumerate(ids):
            if k % folds == fold:
                result[i] = tagger.probabilities(inputs[i][1], inputs[i][3])
        log(f"tagger fold {fold + 1}/{folds}")
    return result


def token_range(starts: np.ndarray, ends: np.ndarray, s: int, e: int) -> tuple[int, int]:
    return int(np.searchsorted(ends, s, side="right")), int(np.searchsorted(starts, e, side="left"))


def best_run(p: np.ndarray, tau: float) -> tuple[int, int] | None:
    """The run of ``p`` with the largest sum of (p - tau), or None when no value reaches tau."""
    best, best_sum, start, current = None, 0.0, 0, 0.0
    for k, v in enumerate(p - tau):
        if current <= 0:
            start, current = k, 0.0
        current += v
        if current > best_sum:
            best, best_sum = (start, k + 1), current
    return best


def runs(p: np.ndarray, tau: float, breaks: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs of tokens with p >= tau that do not cross a sentence break (``breaks[k]``: a sentence
    ends between token k-1 and k)."""
    found, start = [], None
    for k, v in enumerate(p):
        if start is not None and (v < tau or breaks[k]):
            found.append((start, k))
            start = None
        if v >= tau and start is None:
            start = k
    if start is not None:
        found.append((start, len(p)))
    return found


def variants(findings: dict, gold: dict, inputs: dict, probabilities: dict, contents: dict) -> None:
    ids = sorted(findings)
    table = {}
    for i in ids:
        spans = inputs[i][0]
        starts = np.array([s for s, _ in spans]); ends = np.array([e for _, e in spans])
        content = contents[i]
        breaks = np.zeros(len(spans), dtype=bool)
        for k in range(1, len(spans)):
            gap = content[ends[k - 1]:starts[k]]
            breaks[k] = any(ch in gap for ch in ".!?\n")
        table[i] = (starts, ends, probabilities[i], breaks)

    def run(name, make):
        pairs = [(make(i, findings[i], *table[i]), gold[i]) for i in ids]
        r = score(pairs, labelled=False)
        print(f"| {name} | {r['f1']:.3f} ({r['precision']:.3f}, {r['recall']:.3f}) | {r['predicted']} |", flush=True)
        return r

    def mean_p(f, starts, ends, p):
        i, j = token_range(starts, ends, f[1], f[2])
        return float(p[i:j].mean()) if j > i else 0.0

    print("| variant | PTC all F1 (P, R) | merged spans |")
    print("| --- | --- | --- |")
    run("all findings (cached)", lambda i, fs, *_: [(f[0], f[1], f[2]) for f in fs])
    run("shown at 0.485 (cached)", lambda i, fs, *_: [(f[0], f[1], f[2]) for f in fs if f[7]])
    # token-level check: the tagger alone
    for tau in (0.3, 0.4, 0.5, 0.6):
        run(f"(d) tagger runs alone, p >= {tau}",
            lambda i, fs, st, en, p, br, tau=tau: [("x", int(st[a]), int(en[b - 1])) for a, b in runs(p, tau, br)])
    # (b) dropping findings the tagger scores low
    for scope in ("all", "passage", "unshown", "unshown passage"):
        for t in (0.1, 0.15, 0.2, 0.25, 0.3):
            def keep(f, st, en, p, t=t, scope=scope):
                if "passage" in scope and f[6] != "passage":
                    return True
                if "unshown" in scope and f[7]:
                    return True
                return mean_p(f, st, en, p) >= t
            run(f"(b) {scope} findings with mean p < {t} dropped",
                lambda i, fs, st, en, p, br, keep=keep: [(f[0], f[1], f[2]) for f in fs if keep(f, st, en, p)])
    # (c) passages cut to the tagger's best run
    for tau in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
        for drop in (False, True):
            def cut(i, fs, st, en, p, br, tau=tau, drop=drop):
                out = []
                for f in fs:
                    if f[6] != "passage":
                        out.append((f[0], f[1], f[2]))
                        continue
                    a, b = token_range(st, en, f[1], f[2])
                    r = best_run(p[a:b], tau) if b > a else None
                    if r is None:
                        if not drop:
                            out.append((f[0], f[1], f[2]))
                        continue
                    out.append((f[0], int(st[a + r[0]]), int(en[a + r[1] - 1])))
                return out
            run(f"(c) passages cut to the best run of p - {tau}" + (", no run: dropped" if drop else ""), cut)
    # (c') word flags grown over neighbours the tagger scores high
    for tau in (0.4, 0.5, 0.6):
        def grow(i, fs, st, en, p, br, tau=tau):
            out = []
            for f in fs:
                if f[6] == "passage":
                    out.append((f[0], f[1], f[2]))
                    continue
                a, b = token_range(st, en, f[1], f[2])
                while a > 0 and not br[a] and p[a - 1] >= tau:
                    a -= 1
                while b < len(p) and not br[b] and p[b] >= tau:
                    b += 1
                out.append((f[0], int(st[a]), int(en[b - 1])) if b > a else (f[0], f[1], f[2]))
            return out
        run(f"(c') word flags grown over neighbours with p >= {tau}", grow)
    # (d) tagger runs added to all findings
    for tau in (0.4, 0.5, 0.6, 0.7):
        run(f"(d) all findings + tagger runs p >= {tau}",
            lambda i, fs, st, en, p, br, tau=tau: [(f[0], f[1], f[2]) for f in fs] +
            [("x", int(st[a]), int(en[b - 1])) for a, b in runs(p, tau, br)])


def dev_experiment(articles_ptc, inputs: dict, cache: Path, folds: int) -> None:
    """techniques-dev, held out: the tagger (fitted on every PTC article) as a display feature."""
    import math
    from dataclasses import replace
    import techniques_dev_benchmark as dev
    from medialit.analysis import DEFAULT_THRESHOLD
    from medialit.analysis.display_train import examples, fit
    from tagger import load_tagger, write_tagger
    path = cache / "tagger-all.tsv"
    if not path.exists():
        ids = sorted(inputs)
        tagger = train_tagger([inputs[i][1] for i in ids], [inputs[i][2] for i in ids], [inputs[i][3] for i in ids],
                              epochs=EPOCHS,
                              dropout=DROPOUT, log=log)
        write_tagger(path, tagger, f"the PTC training split ({len(ids)} articles)")
    tagger = load_tagger(path)
    articles = dev.load_dev(dev.DEFAULT_DEV)
    rulebook, base = load_rulebook(), load_rulebook(with_corpus=False)
    prepared = []
    for a in articles:
        candidates, found = examples(a["id"], a["source"], a["gold"], rulebook)
        tokens, x, groups = source_inputs(a["source"], base)
        p = tagger.probabilities(x, groups)
        starts = np.array([t.start for t in tokens]); ends = np.array([t.end for t in tokens])
        means, maxes = [], []
        for c in candidates:
            i, j = token_range(starts, ends, c.start, c.end)
            means.append(float(p[i:j].mean()) if j > i else 0.0)
            maxes.append(float(p[i:j].max()) if j > i else 0.0)
        prepared.append((a, candidates, found, means, maxes, (starts, ends, p)))
    log("techniques-dev prepared")
    dev_candidates(prepared, score)

    def logit(v):
        v = min(max(v, 0.01), 0.99)
        return math.log(v / (1 - v))

    def with_feature(kind):
        out = []
        for a, candidates, found, means, maxes, _ in prepared:
            rows = []
            for c, e, m, x in zip(candidates, found, means, maxes):
                level = "word" if c.level in ("cue", "quote-marks", "repetition") else "passage"
                extra = {}
                if kind in ("mean", "both"):
                    extra[f"tagger|{level}"] = logit(m)
                if kind in ("max", "both"):
                    extra[f"tagger-max|{level}"] = logit(x)
                rows.append(replace(e, features={**e.features, **extra}))
            out.append((a, candidates, rows))
        return out

    def held_out(data, order):
        held = []
        data = [data[k] for k in order]
        for fold in range(folds):
            model = fit([e for i, (_, _, found) in enumerate(data) if i % folds != fold for e in found])
            for i, (a, candidates, found) in enumerate(data):
                if i % folds == fold:
                    held.append(dev._held(a, candidates, [model.score(e.features) for e in found]))
        return sorted(held, key=lambda h: h["id"])

    thresholds = [round(0.20 + 0.01 * k, 2) for k in range(51)]
    print("\n| techniques-dev variant | shown at 0.485: P | R | agreement | all: P, R | P at R >= 0.15 / 0.20 / 0.30 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind in ("none", "mean", "max", "both"):
        data = with_feature(kind)
        held = held_out(data, list(range(len(data))))
        chosen = dev.evaluate(held, DEFAULT_THRESHOLD)
        every = dev.evaluate(held, 0.0)
        sweep = [dev.evaluate(held, t) for t in thresholds]
        frontier = []
        for r in (0.15, 0.20, 0.30):
            ok = [row["precision"] for row in sweep if row["recall"] >= r]
            frontier.append(f"{max(ok):.3f}" if ok else "—")
        print(f"| display feature: {kind} | {chosen['precision']:.3f} | {chosen['recall']:.3f} | "
              f"{chosen['agreement']:.1%} of {chosen['agreement_n']} | {every['precision']:.3f}, {every['recall']:.3f} | "
              f"{' / '.join(frontier)} |", flush=True)
        if True:
            import random
            rows = []
            for seed in range(8):
                order = list(range(len(data)))
                random.Random(seed).shuffle(order)
                rows.append(dev.evaluate(held_out(data, order), DEFAULT_THRESHOLD))
            print(f"|   8 shuffled splits | {np.mean([r['precision'] for r in rows]):.3f} (lowest "
                  f"{min(r['precision'] for r in rows):.3f}) | {np.mean([r['recall'] for r in rows]):.3f} | | | |", flush=True)


def dev_candidates(prepared, score) -> None:
    """techniques-dev all findings: dropped by the tagger (b), or with the tagger's runs added (d)."""
    gold = [[(t or "-", s, e) for t, s, e in a["gold"]] for a, *_ in prepared]
    contents = [a["source"].content for a, *_ in prepared]

    def run(name, make):
        pairs = [(make(k, item), g) for k, (item, g) in enumerate(zip(prepared, gold))]
        r = score(pairs, labelled=False)
        print(f"| {name} | {r['f1']:.3f} ({r['precision']:.3f}, {r['recall']:.3f}) | {r['predicted']} |", flush=True)

    def breaks_of(k, starts, ends):
        content = contents[k]
        return np.array([k2 > 0 and any(ch in content[ends[k2 - 1]:starts[k2]] for ch in ".!?\n")
                         for k2 in range(len(starts))], dtype=bool)

    print("\n| techniques-dev, all findings | F1 (P, R) | merged spans |")
    print("| --- | --- | --- |")
    run("all findings", lambda k, item: [(c.technique, c.start, c.end) for c in item[1]])
    for t in (0.1, 0.15, 0.2):
        run(f"(b) findings with mean p < {t} dropped",
            lambda k, item, t=t: [(c.technique, c.start, c.end) for c, m in zip(item[1], item[3]) if m >= t])
    for tau in (0.3, 0.4, 0.5):
        def runs_of(k, item, tau=tau):
            starts, ends, p = item[5]
            return [("x", int(starts[a]), int(ends[b - 1])) for a, b in runs(p, tau, breaks_of(k, starts, ends))]
        run(f"(d) tagger runs alone, p >= {tau}", runs_of)
        run(f"(d) all findings + tagger runs p >= {tau}",
            lambda k, item, runs_of=runs_of: [(c.technique, c.start, c.end) for c in item[1]] + runs_of(k, item))


def cached(path: Path, make):
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    path.write_bytes(pickle.dumps(value))
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path("/tmp/nn1-cache"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--step", default="all")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    articles = load_ptc(DEFAULT_PTC)
    log(f"{len(articles)} articles")
    inputs = cached(args.cache / "ptc-inputs.pkl", lambda: ptc_inputs(articles))
    log(f"inputs: {sum(len(v[0]) for v in inputs.values())} tokens")
    if args.step == "inputs":
        return 0
    if args.step == "findings":
        cached(args.cache / "ptc-findings.pkl", lambda: ptc_findings(articles, args.folds))
        log("findings cached")
    probabilities = cached(args.cache / "ptc-probabilities.pkl", lambda: held_out_probabilities(inputs, args.folds))
    if args.step == "probabilities":
        return 0
    if args.step == "dev":
        dev_experiment(articles, inputs, args.cache, args.folds)
        return 0
    findings = cached(args.cache / "ptc-findings.pkl", lambda: ptc_findings(articles, args.folds))
    gold = {a.id: list(a.gold) for a in articles}
    variants(findings, gold, inputs, probabilities, {a.id: a.source.content for a in articles})
    return 0


if __name__ == "__main__":
    sys.exit(main())
