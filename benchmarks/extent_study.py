"""How far annotated spans reach around the detector's findings (issue 14: the extent of a highlight).

    PYTHONPATH=scripts .venv/bin/python benchmarks/extent_study.py [--ptc DIR] [--dev DIR] [--cache DIR]

The findings are the detector's own spans, the words that fired, without the extents of
``data/rules/corpus.yaml`` (``analysis/extents.py`` was chosen from these figures). PTC: every article's
findings from 5-fold cross-validation by article, as ``ptc_benchmark`` (cues, calibration and models from
the other folds); techniques-dev: every candidate of the shipped rules. For each finding that overlaps an
annotated span (spans alone: every label merged), how much of that span it covers, how many words of the
span lie left and right of it, and how often the span reaches past it on each side; per technique and
level, and per rule family. Writes benchmarks/results/extents.md: counts and shares only, never text of
the corpora. ``--cache DIR`` keeps the PTC findings between runs.
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

from dataclasses import replace  # noqa: E402

from medialit.analysis.detect_text import merge  # noqa: E402
from medialit.analysis.display import WORD_LEVELS, family  # noqa: E402
from medialit.analysis.rules import Rulebook, load_rulebook  # noqa: E402
from medialit.analysis.rules_derive import load_ptc  # noqa: E402
from medialit.analysis.techniques import technique_candidates  # noqa: E402
from provenance import run_meta  # noqa: E402
from ptc_benchmark import fold_rulebooks  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"


def without_extents(rulebook: Rulebook) -> Rulebook:
    """The rulebook with no extents: findings on the words that fired."""
    return Rulebook(rulebook.rules, replace(rulebook.settings, extents={}), rulebook.cues, rulebook.calibration,
                    rulebook.models)


def held_out_ptc(ptc: Path, folds: int = 5) -> list[dict]:
    """Every PTC article's findings (word or passage, rule) from rules derived on the other folds."""
    held = []
    for rulebook, test in fold_rulebooks(load_ptc(ptc), without_extents(load_rulebook(with_corpus=False)), folds):
        held += [_article(a.source, a.gold, rulebook) for a in test]
    return held


def dev_findings(dev: Path) -> list[dict]:
    """Every techniques-dev article's findings under the shipped rules (without extents)."""
    from techniques_dev_benchmark import load_dev
    rulebook = without_extents(load_rulebook())
    return [_article(a["source"], [(t or "-", s, e) for t, s, e in a["gold"]], rulebook) for a in load_dev(dev)]


def _article(source, gold, rulebook) -> dict:
    _, candidates = technique_candidates(source, rulebook)
    return {"content": source.content, "gold": list(gold),
            "flags": [(c.technique, c.start, c.end, c.level in WORD_LEVELS, c.rule) for c in candidates]}


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
            start, end = flag[1], flag[2]
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
             "| group | flags | overlap gold | flag precision | gold covered | flag words (median) "
             "| gold words (median) "
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
            f"| {name} | {n} | {k / n:.2f} | {statistics.mean(g['precision']):.2f} "
            f"| {statistics.mean(g['covered']):.2f} "
            f"| {statistics.median(g['flag_words']):.0f} | {statistics.median(g['gold_words']):.0f} "
            f"| {statistics.mean(g['left']):.1f}, {statistics.median(g['left']):.0f} "
            f"| {statistics.mean(g['right']):.1f}, {statistics.median(g['right']):.0f} "
            f"| {sum(x > 0 for x in g['left']) / k:.2f} | {sum(x > 0 for x in g['right']) / k:.2f} |")
    return lines + [""]


def by_technique(flag) -> str:
    return f"{flag[0]} ({'word' if flag[3] else 'passage'})"


def by_family(flag) -> str:
    return f"{family(flag[4])} ({'word' if flag[3] else 'passage'})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ptc", type=Path, default=REPO.parent / "shared" / "ptc")
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "ext" / "techniques-dev")
    parser.add_argument("--cache", type=Path, help="directory to keep the PTC findings in between runs")
    args = parser.parse_args(argv)
    if not (args.ptc / "train-articles").is_dir() or not (args.dev / "articles").is_dir():
        print("PTC or techniques-dev not found; skipping (pass --ptc DIR --dev DIR).")
        return 0
    held = (load_cached(args.cache / "extent-study-ptc.pkl", lambda: held_out_ptc(args.ptc)) if args.cache
            else held_out_ptc(args.ptc))
    dev = dev_findings(args.dev)
    meta = run_meta(ptc_articles=len(held), dev_articles=len(dev))
    lines = ["# How far annotated spans reach around the detector's findings", "",
             f"- Date: {meta['date']}", f"- Git commit: {meta['commit']}", f"- Machine: {meta['machine']}",
             f"- Data: PTC training split, {len(held)} articles, held-out findings of 5-fold cross-validation by "
             f"article; techniques-dev, {len(dev)} articles, findings of the shipped rules",
             "- Findings on the words that fired (no extents). Per group: flags; share that overlaps an annotated "
             "span (spans alone); the flags' own precision; of the overlapping flags, the share of the annotated "
             "span they cover, median words of flag and span, words of the span left and right of the flag (mean, "
             "median), and how often the span reaches past the flag on each side",
             "- Reproduce: `PYTHONPATH=scripts .venv/bin/python benchmarks/extent_study.py`", ""]
    lines += render(extent_rows(held, by_technique), "PTC, by technique")
    lines += render(extent_rows(held, by_family), "PTC, by rule family (40 flags or more)", 40)
    lines += render(extent_rows(dev, by_technique), "techniques-dev, by technique")
    lines += render(extent_rows(dev, by_family), "techniques-dev, by rule family (20 flags or more)", 20)
    text = "\n".join(lines)
    print(text)
    (RESULTS / "extents.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
