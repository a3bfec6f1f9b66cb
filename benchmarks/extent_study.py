"""How far annotated spans reach around the detector's findings (issue 14: the extent of a highlight).

    PYTHONPATH=scripts .venv/bin/python benchmarks/extent_study.py [--ptc DIR] [--dev DIR] [--cache DIR]

For every held-out finding (PTC: 5-fold cross-validation by article, as ``ptc_benchmark``; techniques-dev:
the candidates as the detector reports them, display model held out) that overlaps an annotated span
(spans alone: every label merged), measures how much of that span the finding covers and how many words
of it lie left and right of the finding, and whether the span stays in the finding's clause. Per
technique and level, and per rule family. Prints markdown tables; writes nothing to the project except
with ``--out``. Only counts and shares are reported, never text of the corpora.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from medialit.analysis.detect_text import merge  # noqa: E402
from medialit.analysis.display import WORD_LEVELS, family, primaries  # noqa: E402
from medialit.analysis.model_train import inputs, train_model  # noqa: E402
from medialit.analysis.rules import load_rulebook  # noqa: E402
from medialit.analysis.rules_derive import calibrate, derive_cues, load_ptc  # noqa: E402
from medialit.analysis.techniques import prepare, technique_candidates  # noqa: E402
from medialit.analysis.display import load_display, features as display_features  # noqa: E402


def held_out_ptc(ptc: Path, folds: int = 5) -> list[dict]:
    """Every PTC article's candidates (word and passage, rule, confidence) from rules derived on the other folds."""
    articles = load_ptc(ptc)
    base = load_rulebook(with_corpus=False)
    prepared = {a.id: inputs(a, base) for a in articles}
    model = load_display()
    held = []
    for fold in range(folds):
        train = [a for i, a in enumerate(articles) if i % folds != fold]
        test = [a for i, a in enumerate(articles) if i % folds == fold]
        cues = derive_cues(train, base)
        rulebook = base.with_corpus(cues=cues, calibration=calibrate(train, base.with_corpus(cues=cues)),
                                    models=train_model(train, base, prepared=prepared))
        for article in test:
            text, candidates = technique_candidates(article.source, rulebook)
            confidences = [round(model.score(row), 3) for row in display_features(text, candidates)]
            first = primaries(candidates, confidences)
            held.append({"id": article.id, "fold": fold, "content": article.source.content,
                         "words": article.source.word_count,
                         "gold": [(t, s, e) for t, s, e in article.gold],
                         "flags": [(c.technique, c.start, c.end, conf, p, c.level in WORD_LEVELS, c.rule, c.cues)
                                   for c, conf, p in zip(candidates, confidences, first)]})
        print(f"  fold {fold + 1}/{folds}", file=sys.stderr)
    return held


def load_cached(path: Path, make):
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    path.write_bytes(pickle.dumps(value))
    return value


def words_between(content: str, start: int, end: int) -> int:
    return len(content[start:end].split()) if end > start else 0


def extent_rows(held: list[dict], key) -> dict:
    """Per group (``key(flag)``): flags, flags overlapping gold, mean share of gold covered, mean words of
    gold left and right of the flag, share of flags with gold beyond them on either side, and the flag's
    own precision (share inside gold)."""
    groups: dict = defaultdict(lambda: defaultdict(list))
    for h in held:
        content = h["content"]
        union = merge((s, e) for _, s, e in h["gold"])
        for flag in h["flags"]:
            technique, start, end = flag[0], flag[1], flag[2]
            g = groups[key(flag)]
            g["n"].append(1)
            near = [(s, e) for s, e in union if s < end and start < e]
            inside = sum(min(end, e) - max(start, s) for s, e in near)
            g["precision"].append(inside / max(end - start, 1))
            if not near:
                continue
            s, e = near[0][0], near[-1][1]
            g["covered"].append(sum(min(end, b) - max(start, a) for a, b in near) /
                                max(sum(b - a for a, b in near), 1))
            g["left"].append(words_between(content, s, start))
            g["right"].append(words_between(content, end, e))
            g["flag_words"].append(words_between(content, start, end))
            g["gold_words"].append(words_between(content, s, e))
    return groups


def render(groups: dict, title: str, min_n: int = 20) -> list[str]:
    lines = [f"### {title}", "",
             "| group | flags | overlap gold | flag precision | gold covered | flag words (median) | gold words (median) "
             "| gold words left (mean, median) | right (mean, median) | gold reaches left | right |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, g in sorted(groups.items(), key=lambda kv: -len(kv[1]["n"])):
        n = len(g["n"])
        if n < min_n:
            continue
        k = len(g["covered"])
        if not k:
            continue
        lines.append(
            f"| {name} | {n} | {k / n:.2f} | {statistics.mean(g['precision']):.2f} | {statistics.mean(g['covered']):.2f} "
            f"| {statistics.median(g['flag_words']):.0f} | {statistics.median(g['gold_words']):.0f} "
            f"| {statistics.mean(g['left']):.1f}, {statistics.median(g['left']):.0f} "
            f"| {statistics.mean(g['right']):.1f}, {statistics.median(g['right']):.0f} "
            f"| {sum(x > 0 for x in g['left']) / k:.2f} | {sum(x > 0 for x in g['right']) / k:.2f} |")
    return lines + [""]


def by_technique(flag) -> str:
    return f"{flag[0]} ({'word' if flag[5] else 'passage'})"


def by_family(flag) -> str:
    return f"{family(flag[6])} ({'word' if flag[5] else 'passage'})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ptc", type=Path, default=REPO.parent / "shared" / "ptc")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"))
    args = parser.parse_args(argv)
    held = load_cached(args.cache / "extent-ptc-held.pkl", lambda: held_out_ptc(args.ptc))
    lines = render(extent_rows(held, by_technique), "PTC, by technique") + \
        render(extent_rows(held, by_family), "PTC, by rule family", 40)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
