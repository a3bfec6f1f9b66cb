"""Benchmark the claims analysis on sentences labelled check-worthy or not (CheckThat! 2024, English).

    PYTHONPATH=scripts .venv/bin/python benchmarks/claims_benchmark.py [--data DIR] [--write-data]

The check-worthiness model (analysis/checkworthy.py) is a logistic regression over the readable features
of data/checkworthy.yaml. ``--write-data`` derives its weights from the training split (Newton's method,
L2 penalty, deterministic) and its threshold from 5-fold cross-validation on the training split (the
threshold with the best held-out F1), and writes data/checkworthy.tsv: numbers only, nothing of the
sentences. The report scores the claims ``detect_claims`` picks, each dev sentence read as a one-sentence
text (a sentence is picked when it comes out as a claim), and counts the artefacts (model numbers, the
modal "may", the verb "march", years in a biography) that verification tasks are built on in the seeds
and in texts of our own.

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

from medialit.analysis.checkworthy import WEIGHTS_FILE, WEIGHTS_HEADER, features_of, load_scorer  # noqa: E402
from medialit.analysis.claims import detect_claims  # noqa: E402
from medialit.text.blocks import NUMBERED_KINDS, parse_blocks  # noqa: E402
from medialit.text.source import Source, SourceMeta, load_source  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "ext" / "checkworthy"
TRAIN, DEV = "CT24_checkworthy_english_train.tsv", "CT24_checkworthy_english_dev.tsv"
RESULTS = REPO / "benchmarks" / "results"
TARGET_F1 = 0.70
# Earlier feature sets, as measured then (commit, features, dev F1 of detect_claims, train CV F1).
HISTORY = (
    ("0f2636d", 28, 0.779, 0.609),
)
L2 = 1.0
FOLDS = 5


def load_split(path: Path) -> tuple[list[str], np.ndarray]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r["Text"] for r in rows], np.array([r["class_label"].strip() == "Yes" for r in rows], dtype=float)


def matrix(texts: list[str], ids: list[str]) -> np.ndarray:
    scorer = load_scorer()
    rows = np.zeros((len(texts), len(ids)))
    for i, text in enumerate(texts):
        present = features_of(text, scorer)
        rows[i] = [feature in present for feature in ids]
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = 30) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method; the bias is not penalised."""
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


def prf(picked: np.ndarray, y: np.ndarray) -> dict:
    tp = float((picked & (y == 1)).sum())
    p = tp / picked.sum() if picked.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "picked": int(picked.sum()), "gold": int(y.sum())}


def cross_validated(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Held-out probabilities of every training sentence (folds by position, so deterministic)."""
    folds = np.arange(len(y)) % FOLDS
    held_out = np.zeros(len(y))
    for k in range(FOLDS):
        w = fit(x[folds != k], y[folds != k])
        held_out[folds == k] = probabilities(w, x[folds == k])
    return held_out


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    grid = [round(0.10 + 0.01 * i, 2) for i in range(71)]
    return max(grid, key=lambda t: (prf(p >= t, y)["f1"], -t))


def write_data(data_dir: Path) -> None:
    ids = [f.id for f in load_scorer().features]
    texts, y = load_split(data_dir / TRAIN)
    x = matrix(texts, ids)
    threshold = best_threshold(cross_validated(x, y), y)
    w = fit(x, y)
    lines = [f"# Check-worthiness weights: logistic regression over the features of checkworthy.yaml, derived by",
             f"# benchmarks/claims_benchmark.py --write-data from {TRAIN} ({len(y)} sentences, L2 {L2});",
             f"# threshold: best F1 in {FOLDS}-fold cross-validation on the same split. Numbers only.",
             WEIGHTS_HEADER, f"bias\t{w[0]:.4f}", f"threshold\t{threshold:.2f}",
             *(f"{name}\t{weight:.4f}" for name, weight in zip(ids, w[1:]))]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_scorer.cache_clear()
    print(f"wrote {len(ids)} weights and threshold {threshold:.2f} to {WEIGHTS_FILE}")


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
    detect_claims(source)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        detect_claims(one_sentence_source(text))
        best = min(best, time.perf_counter() - started)
    return {"words": min(len(words), target_words), "seconds": round(best, 4)}


def render(result: dict, meta: dict) -> str:
    dev, model, cv = result["dev_analysis"], result["dev_model"], result["train_cv"]
    verdict = "meets" if dev["f1"] >= TARGET_F1 else "misses"
    lines = [
        "# Claims ranked by check-worthiness (CheckThat! 2024 English)",
        "",
        f"- Date: {meta['date']}",
        f"- Git commit: {meta['commit']}",
        f"- Machine: {meta['machine']}",
        f"- Data: {TRAIN} ({meta['train']} sentences, to derive weights and threshold), {DEV} ({meta['dev']} "
        f"sentences, to report)",
        f"- Model: logistic regression over {len(result['weights']) - 1} readable features (data/checkworthy.yaml), "
        f"threshold {result['threshold']:.2f} (best F1 in {FOLDS}-fold cross-validation on train)",
        f"- detect_claims on a {meta['timing']['words']}-word text: {meta['timing']['seconds']} s (one core)",
        "- Reproduce: `PYTHONPATH=scripts .venv/bin/python benchmarks/claims_benchmark.py [--write-data]`",
        "",
        "| scope | precision | recall | F1 | picked | check-worthy |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| **dev, claims detect_claims picks** ({verdict} the target F1 ≥ {TARGET_F1}) | {dev['precision']} | "
        f"{dev['recall']} | **{dev['f1']}** | {dev['picked']} | {dev['gold']} |",
        f"| dev, model alone at the threshold | {model['precision']} | {model['recall']} | {model['f1']} | "
        f"{model['picked']} | {model['gold']} |",
        f"| train, {FOLDS}-fold cross-validation | {cv['precision']} | {cv['recall']} | {cv['f1']} | {cv['picked']} | "
        f"{cv['gold']} |",
        f"| dev, the cue rules before this model (any cue = a claim) | {result['before']['precision']} | "
        f"{result['before']['recall']} | {result['before']['f1']} | {result['before']['picked']} | "
        f"{result['before']['gold']} |",
        f"| train, the cue rules before this model | {result['before_train']['precision']} | "
        f"{result['before_train']['recall']} | {result['before_train']['f1']} | {result['before_train']['picked']} | "
        f"{result['before_train']['gold']} |",
        "",
        "Train sentences are harder than dev ones: on train the model (cross-validated) gains about as much over",
        "the cue rules as on dev; a test set like train would score nearer the train figures.",
        "",
        "How far a light model goes on train (5-fold CV, measured once at dbaa037, not shipped): logistic",
        "regression over the 1,500 most frequent words reaches F1 0.648, and over those words plus the features",
        "above 0.663. The readable features (0.633) are close to that ceiling; the 0.70 target on sentences like",
        "train's needs more than a linear model over words (the published systems are large transformers).",
        "",
        "## Earlier feature sets",
        "",
        "| commit | features | dev F1 (detect_claims) | train CV F1 |",
        "| --- | --- | --- | --- |",
        *(f"| {commit} | {n} | {dev_f1} | {cv_f1} |" for commit, n, dev_f1, cv_f1 in HISTORY),
        "",
        "## Weights (positive: a reason to check)",
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
    from medialit.analysis.claims import _kinds_of, _cue_words_by_sentence, split_sentences

    checks = load_checks()
    picked = []
    for text in texts:
        source = one_sentence_source(text)
        sentences = split_sentences(source)
        cue_words = _cue_words_by_sentence(source, sentences, checks)
        picked.append(any(_kinds_of(source.content[s.start:s.end], checks, cue_words.get(i, {}))[0]
                          and len(source.content[s.start:s.end].split()) >= 6 for i, s in enumerate(sentences)))
    return np.array(picked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the CT24 tsv files")
    parser.add_argument("--write-data", action="store_true", help="derive data/checkworthy.tsv from train")
    parser.add_argument("--no-results", action="store_true", help="print the report only")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN).is_file():
        print(f"Check-worthiness data not found at {args.data}; skipping the benchmark (pass --data DIR).")
        return 0
    if args.write_data:
        write_data(args.data)
    scorer = load_scorer()
    ids = [f.id for f in scorer.features]
    train_texts, train_y = load_split(args.data / TRAIN)
    dev_texts, dev_y = load_split(args.data / DEV)
    timing = time_claims()
    dev_x = matrix(dev_texts, ids)
    z = scorer.weights.get("bias", 0.0) + dev_x @ np.array([scorer.weights.get(i, 0.0) for i in ids])
    result = {
        "threshold": scorer.threshold,
        "weights": {"bias": scorer.weights.get("bias", 0.0), **{i: scorer.weights.get(i, 0.0) for i in ids}},
        "dev_analysis": prf(picked_by_analysis(dev_texts), dev_y),
        "dev_model": prf(1 / (1 + np.exp(-z)) >= scorer.threshold, dev_y),
        "train_cv": prf(cross_validated(matrix(train_texts, ids), train_y) >= scorer.threshold, train_y),
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
