"""Benchmark the display policy on out-of-domain news (techniques-dev) and fit the display model.

    PYTHONPATH=scripts .venv/bin/python benchmarks/techniques_dev_benchmark.py [--dev DIR] [--folds 5] [--write-data]

techniques-dev (``../shared/ext/techniques-dev``): news and opinion articles of late 2023 annotated with
the 23 techniques of SemEval-2023 Task 3; ``label-map.tsv`` maps 17 of them onto PTC labels. Spans are
scored alone (every label) with the PTC metric (``ptc_benchmark.score``); a shown flag's technique
*agrees* when an annotated span it overlaps has the same technique (only annotations with a PTC
counterpart count). The display model (``analysis/display.py``) is fitted by k-fold cross-validation by
article: the held-out fold is scored with a model fitted on the other folds only, so every figure below
is a held-out figure. A threshold sweep filters those held-out confidences. ``--write-data`` then fits
the model on every article and writes ``data/rules/display.tsv``. Also measured: flags per 1,000 words
of opinion pieces against wire-style reports (``benchmarks/texts/``, written for this benchmark), and the
seeds without their review files against the teacher's list (the entries of ``seeds/*.review.yaml``).
The headline (an article file's first line) is read as the lesson reads it (``analysis.headline``: its own
text, sentence case for title case, no density minimum) and its flags are scored at their offsets in the
file, held out like the body's; ``--no-headline`` scores the body alone (the figures before issue 14).

Writes benchmarks/results/techniques-dev.md (and .json). Skips cleanly when the data are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

import yaml  # noqa: E402

from medialit.analysis import DEFAULT_THRESHOLD  # noqa: E402
from medialit.analysis.detect_text import merge  # noqa: E402
from medialit.analysis.display import (DISPLAY_FILE, WORD_LEVELS, family, family_offsets, hidden_families,  # noqa: E402
                                      primaries, write_display)
from medialit.analysis.display import shown as display_shown  # noqa: E402
from medialit.analysis.display_train import examples, fit  # noqa: E402
from medialit.analysis.rules import load_rulebook  # noqa: E402
from medialit.analysis.rules_derive import overlap  # noqa: E402
from medialit.analysis.display import minimum_floors  # noqa: E402
from medialit.analysis.headline import detect_headline_techniques, headline_source, is_headline  # noqa: E402
from medialit.analysis.prepared_text import prepare  # noqa: E402
from medialit.analysis.techniques import detect_techniques, quoted_candidates  # noqa: E402
from medialit.text.source import load_source  # noqa: E402
from medialit.analysis.taxonomy import load_taxonomy  # noqa: E402
from ptc_benchmark import _meta, score  # noqa: E402

DEFAULT_DEV = REPO.parent / "shared" / "ext" / "techniques-dev"
TEXTS = REPO / "benchmarks" / "texts"
RESULTS = REPO / "benchmarks" / "results"
SWEEP = [round(0.30 + 0.02 * i, 2) for i in range(31)]
TARGETS = {"precision": 0.75, "recall": 0.30, "agreement": 0.65, "density_ratio": 0.33}


def load_dev(dev: Path) -> list[dict]:
    taxonomy = load_taxonomy()
    mapping = {}
    for line in (dev / "label-map.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        label, ptc = line.split("\t")
        mapping[label] = taxonomy.by_ptc_label(ptc).id
    gold = defaultdict(list)
    for line in (dev / "gold.tsv").read_text(encoding="utf-8").splitlines():
        article, label, start, end = line.split("\t")
        gold[article].append((mapping.get(label), int(start), int(end)))
    articles = []
    for path in sorted((dev / "articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        articles.append({"id": article, "source": load_source(path), "gold": sorted(gold[article], key=str)})
    return articles


# ------------------------------------------------------------------------------------------ held-out


def cross_validate(articles: list[dict], folds: int, headlines: bool = True) -> list[dict]:
    """Every article's candidates with held-out display confidences and passage choice; with ``headlines``,
    its headline's too (scored by the same held-out model, which is fitted on the bodies only, as shipped)."""
    rulebook = load_rulebook()
    prepared = []
    for a in articles:
        candidates, found = examples(a["id"], a["source"], a["gold"], rulebook)
        head = headline_examples(a, rulebook) if headlines else ([], [])
        prepared.append((a, candidates, found, head))
    held = []
    for fold in range(folds):
        training = [e for i, (_, _, found, _) in enumerate(prepared) if i % folds != fold for e in found]
        model = fit(training)
        for i, (a, candidates, found, (head_candidates, head_found)) in enumerate(prepared):
            if i % folds == fold:
                confidences = [model.score(e.features) for e in found]
                held.append({**_held(a, candidates, confidences),
                             "headline": _held_headline(head_candidates, [model.score(e.features) for e in head_found])})
    return sorted(held, key=lambda h: h["id"])


def headline_offset(source) -> int | None:
    """Where the headline (``source.meta.title``) stands in the article file: its first line, or None when the
    first line is not the title as written (its flags could not be placed)."""
    title = source.meta.title
    start = source.content.find(title)
    return start if is_headline(source) and 0 <= start and "\n" not in source.content[:start] else None


def headline_examples(article: dict, rulebook) -> tuple[list, list]:
    """The headline's candidates (offsets in the file) and examples, as ``analysis.headline`` reads it."""
    source = article["source"]
    offset = headline_offset(source)
    if offset is None:
        return [], []
    size = len(source.meta.title)
    gold = [(t, s - offset, e - offset) for t, s, e in article["gold"] if s < offset + size and offset <= e]
    candidates, found = examples(article["id"], headline_source(source), gold, rulebook)
    kept = [(c, e) for c, e in zip(candidates, found) if c.end <= size]
    return ([replace(c, start=c.start + offset, end=c.end + offset) for c, _ in kept], [e for _, e in kept])


def _held_headline(candidates: list, confidences: list[float]) -> list[tuple]:
    first = primaries(candidates, confidences, hidden_families(load_rulebook().settings.display))
    return [(c.technique, c.start, c.end, conf, p, c.level in WORD_LEVELS, c.rule)
            for c, conf, p in zip(candidates, confidences, first)]


def _held(article: dict, candidates: list, confidences: list[float]) -> dict:
    first = primaries(candidates, confidences, hidden_families(load_rulebook().settings.display))
    flags = [(c.technique, c.start, c.end, conf, p, c.level in WORD_LEVELS, c.rule)
             for c, conf, p in zip(candidates, confidences, first)]
    source = article["source"]
    floors = minimum_floors(quoted_candidates(source, prepare(source), candidates, mostly=True), load_rulebook().settings.display)
    return {"id": article["id"], "words": source.word_count, "gold": article["gold"], "flags": flags, "floors": floors}


POLICY = {"floor": float(load_rulebook().settings.display.get("floor", 0.0)),
          "words_per_flag": int(load_rulebook().settings.display.get("words_per_flag", 0)),
          "max_forced": int(load_rulebook().settings.display.get("max_forced", 0))}
OFFSETS = family_offsets(load_rulebook().settings.display)


def shown(held: dict, threshold: float) -> list[tuple]:
    """The flags the display policy shows at ``threshold``, the headline's first (never forced by the body's
    minimum); at 0, every finding."""
    return shown_in_headline(held, threshold) + _shown_in_body(held, threshold)


def shown_in_headline(held: dict, threshold: float) -> list[tuple]:
    flags = held.get("headline") or []
    if threshold <= 0:
        return list(flags)
    margins = [f[3] - OFFSETS.get(family(f[6]), 0.0) for f in flags]
    show = display_shown(margins, [f[4] for f in flags], 0, threshold)
    return [f for f, s in zip(flags, show) if s]


def _shown_in_body(held: dict, threshold: float) -> list[tuple]:
    flags = held["flags"]
    if threshold <= 0:
        return list(flags)
    margins = [f[3] - OFFSETS.get(family(f[6]), 0.0) for f in flags]
    show = display_shown(margins, [f[4] for f in flags], held["words"], threshold, **POLICY, floors=held.get("floors"),
                        spans=[(f[1], f[2]) for f in flags])
    return [f for f, s in zip(flags, show) if s]


def evaluate(held: list[dict], threshold: float) -> dict:
    pairs = [([(f[0], f[1], f[2]) for f in shown(h, threshold)], [(t or "-", s, e) for t, s, e in h["gold"]])
             for h in held]
    spans = score(pairs, labelled=False)
    agree = overlapping = 0
    for h in held:
        for technique, start, end, *_ in shown(h, threshold):
            near = {t for t, s, e in h["gold"] if t and s < end and start < e}
            if near:
                overlapping += 1
                agree += technique in near
    words = sum(h["words"] for h in held)
    flags = sum(len(shown(h, threshold)) for h in held)
    return {"threshold": threshold, "precision": spans["precision"], "recall": spans["recall"], "f1": spans["f1"],
            "flags": flags, "per_1000_words": round(1000 * flags / words, 1),
            "agreement": round(agree / overlapping, 3) if overlapping else 0.0, "agreement_n": overlapping,
            "without_flag": sum(1 for h in held if not shown(h, threshold)),
            "without_flag_300": sum(1 for h in held if h["words"] >= 300 and not shown(h, threshold))}


def headline_figures(held: list[dict], threshold: float) -> dict:
    """The headline's shown flags alone: how many, in how many headlines, their spans-alone precision, and each
    flag by article id, offsets and rule (for the teacher read; no text)."""
    flags = [(h["id"], f) for h in held for f in shown_in_headline(h, threshold)]
    credit = 0.0
    for article_id, (_, start, end, *_rest) in flags:
        union = merge((s, e) for _, s, e in next(h for h in held if h["id"] == article_id)["gold"])
        credit += overlap((start, end), union) / max(end - start, 1)
    return {"flags": len(flags), "headlines_with_flag": len({a for a, _ in flags}),
            "precision": round(credit / len(flags), 3) if flags else 0.0,
            "list": [{"article": a, "start": f[1], "end": f[2], "technique": f[0], "rule": f[6],
                      "confidence": round(f[3], 3)} for a, f in flags]}


def per_family(held: list[dict], threshold: float) -> dict:
    """Spans-alone precision of shown flags by rule family and by technique (level)."""
    rows: dict = defaultdict(lambda: [0, 0.0])
    for h in held:
        union = merge((s, e) for _, s, e in h["gold"])
        for technique, start, end, conf, first, word, rule in shown(h, threshold):
            credit = overlap((start, end), union) / max(end - start, 1)
            for key in (".".join(rule.split(".")[:2]), f"{technique} ({'word' if word else 'passage'})"):
                rows[key][0] += 1
                rows[key][1] += credit
    return {k: {"flags": n, "precision": round(c / n, 3)} for k, (n, c) in sorted(rows.items(), key=lambda r: -r[1][0])}


def confusion(held: list[dict], threshold: float) -> dict:
    """Shown flags whose technique disagrees with the annotations they overlap: how many of each
    (our technique and level, the annotated techniques), and by rule family (disagreeing of
    overlapping). Only annotations with a counterpart count, as for the agreement."""
    pairs: dict = defaultdict(int)
    families: dict = defaultdict(lambda: [0, 0])
    for h in held:
        for technique, start, end, conf, first, word, rule in shown(h, threshold):
            near = {t for t, s, e in h["gold"] if t and s < end and start < e}
            if not near:
                continue
            level = "word" if word else "passage"
            key = f"{'.'.join(rule.split('.')[:2])} ({level})"
            families[key][1] += 1
            if technique not in near:
                families[key][0] += 1
                pairs[(f"{technique} ({level})", ", ".join(sorted(near)))] += 1
    return {"pairs": [{"ours": o, "annotated": a, "flags": n}
                      for (o, a), n in sorted(pairs.items(), key=lambda r: (-r[1], r[0]))],
            "families": {k: {"disagree": d, "overlapping": n}
                         for k, (d, n) in sorted(families.items(), key=lambda r: (-r[1][0], -r[1][1], r[0]))}}


def shuffled_splits(articles: list[dict], folds: int, seeds: int, headlines: bool = True) -> dict:
    """The chosen policy over ``seeds`` shuffles of the articles (the whole cross-validation rerun for each):
    how much the fixed split's figures owe to the split. Mean, standard deviation and lowest value."""
    import random
    import statistics
    rows = []
    for seed in range(seeds):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        rows.append(evaluate(cross_validate(shuffled, folds, headlines), DEFAULT_THRESHOLD))
    out = {"splits": seeds}
    for key in ("precision", "recall", "agreement", "flags"):
        values = [r[key] for r in rows]
        out[key] = {"mean": round(statistics.mean(values), 3), "sd": round(statistics.pstdev(values), 3),
                    "lowest": round(min(values), 3)}
    return out


# ------------------------------------------------------------------------------------- density, seeds


def density(threshold: float, headlines: bool = True) -> dict:
    """Shown flags per 1,000 words in the opinion and the wire-style texts of benchmarks/texts/ (with
    ``headlines``, the headline's flags count too; the words are the body's)."""
    result = {}
    for kind in ("opinion", "wire"):
        words = flags = 0
        for path in sorted((TEXTS / kind).glob("*.txt")):
            source = load_source(path)
            words += source.word_count
            flags += sum(f.shown for f in detect_techniques(source, threshold=threshold))
            flags += sum(f.shown for f in detect_headline_techniques(source, threshold=threshold)) if headlines else 0
        result[kind] = {"texts": len(list((TEXTS / kind).glob("*.txt"))), "words": words, "flags": flags,
                        "per_1000_words": round(1000 * flags / words, 1) if words else 0.0}
    opinion = result["opinion"]["per_1000_words"]
    result["ratio"] = round(result["wire"]["per_1000_words"] / opinion, 3) if opinion else 0.0
    return result


def seeds_without_review(threshold: float) -> list[dict]:
    """For each seed, how many entries of its review file (the teacher's list: confirmed and added
    flags) a shown flag covers when the review file is not applied."""
    rows = []
    for review in sorted((REPO / "seeds").glob("*.review.yaml")):
        seed = review.with_name(review.name.removesuffix(".review.yaml") + ".md")
        source = load_source(seed)
        findings = [f for f in detect_techniques(source, threshold=threshold) if f.shown]
        data = yaml.safe_load(review.read_text(encoding="utf-8")) or {}
        wanted = [e for section in ("confirm", "add") for e in data.get(section) or [] if "quote" in e]
        found = 0
        for entry in wanted:
            spans = _quote_spans(source, entry)
            found += any(f.start < e and s < f.end for s, e in spans for f in findings)
        rows.append({"seed": seed.name, "listed": len(wanted), "shown": found})
    return rows


def _quote_spans(source, entry: dict) -> list[tuple[int, int]]:
    quote, paragraph = entry["quote"], entry.get("paragraph")
    spans, start = [], source.body_start
    while (index := source.content.find(quote, start)) >= 0:
        if paragraph is None or source.paragraph_at(index) == paragraph:
            spans.append((index, index + len(quote)))
        start = index + 1
    return spans


def time_analysis(articles: list[dict], target_words: int = 2000, repeats: int = 5) -> dict:
    """Seconds to detect techniques in ~2,000 words (the longest articles joined), best of repeats."""
    article = max(articles, key=lambda a: a["source"].word_count)
    detect_techniques(article["source"])
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        detect_techniques(article["source"])
        best = min(best, time.perf_counter() - started)
    words = article["source"].word_count
    return {"article_words": words, "seconds": round(best, 4), "per_2000_words": round(best * 2000 / words, 4)}


# --------------------------------------------------------------------------------------------- output


def render(result: dict, meta: dict) -> str:
    chosen = result["chosen"]
    lines = [
        "# Display policy on out-of-domain news (techniques-dev)",
        "",
        f"- Date: {meta['date']}",
        f"- Git commit: {meta['commit']}",
        f"- Machine: {meta['machine']}",
        f"- Data: techniques-dev, {result['articles']} articles, {result['words']} words, {result['gold']} gold spans "
        f"(SemEval-2023 Task 3 labels; spans scored alone, every label)",
        f"- Display model fitted by {result['folds']}-fold cross-validation by article: every figure is held out",
        f"- Teaching threshold: {DEFAULT_THRESHOLD}",
        ("- Headlines read as the lesson reads them (the file's first line; sentence case for title case, no density "
         "minimum), their flags scored at their offsets in the file" if result.get("headlines", True) else
         "- Body alone (`--no-headline`): headlines not read"),
        "- Reproduce: `PYTHONPATH=scripts .venv/bin/python benchmarks/techniques_dev_benchmark.py`",
        "",
        f"## Shown flags at the teaching threshold ({DEFAULT_THRESHOLD}), held out",
        "",
        "| measure | value | target |",
        "| --- | --- | --- |",
        f"| spans-alone precision | {chosen['precision']:.3f} | >= {TARGETS['precision']} |",
        f"| spans-alone recall | {chosen['recall']:.3f} | >= {TARGETS['recall']} |",
        f"| technique agrees with an overlapping annotation | {chosen['agreement']:.1%} of {chosen['agreement_n']} | "
        f">= {TARGETS['agreement']:.0%} |",
        f"| flags per 1,000 words | {chosen['per_1000_words']} | |",
        f"| articles without a shown flag | {chosen['without_flag']} of {result['articles']} "
        f"({chosen['without_flag_300']} of 300+ words) | 0 |",
        f"| all findings (no threshold): precision, recall | {result['all']['precision']:.3f}, "
        f"{result['all']['recall']:.3f} | |",
        "",
    ]
    hl = result.get("headline")
    if hl and result.get("headlines", True):
        lines += [f"Of these, in the headlines: {hl['flags']} flags in {hl['headlines_with_flag']} of {result['articles']} "
                  f"headlines, spans-alone precision {hl['precision']:.3f} (each listed by article id, offsets and rule in "
                  "the .json; read in `teacher-read.md`).", ""]
    if "splits" in result:
        sp = result["splits"]
        lines += [f"Over {sp['splits']} shuffled splits (the articles shuffled with seeds 0–{sp['splits'] - 1}, the whole "
                  "cross-validation rerun for each; mean ± standard deviation, lowest): precision "
                  f"{sp['precision']['mean']:.3f} ± {sp['precision']['sd']:.3f} (lowest {sp['precision']['lowest']:.3f}), "
                  f"recall {sp['recall']['mean']:.3f}, agreement {sp['agreement']['mean']:.1%} ± "
                  f"{sp['agreement']['sd']:.1%} (lowest {sp['agreement']['lowest']:.1%}), {sp['flags']['mean']:.0f} flags.", ""]
    lines += [
        "## Threshold sweep (held-out confidences)",
        "",
        "| threshold | flags | per 1,000 words | precision | recall | F1 | agreement | articles without a flag |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in result["sweep"]:
        lines.append(f"| {row['threshold']:.2f} | {row['flags']} | {row['per_1000_words']} | {row['precision']:.3f} | "
                     f"{row['recall']:.3f} | {row['f1']:.3f} | {row['agreement']:.1%} | {row['without_flag']} |")
    lines += ["", "## Shown flags by rule family and by technique (held out)", "",
              "| family or technique | flags | spans-alone precision |", "| --- | --- | --- |"]
    for key, row in result["families"].items():
        lines.append(f"| {key} | {row['flags']} | {row['precision']:.3f} |")
    c = result["confusion"]
    lines += ["", "## Shown flags that disagree with the annotations they overlap (held out)", "",
              "Our technique (level) against the overlapping annotations' techniques; rows with one flag are "
              "left out of this table but counted in the one by rule family.", "",
              "| ours | annotated | flags |", "| --- | --- | --- |"]
    lines += [f"| {row['ours']} | {row['annotated']} | {row['flags']} |" for row in c["pairs"] if row["flags"] > 1]
    lines += ["", "| rule family (level) | disagree | of overlapping |", "| --- | --- | --- |"]
    lines += [f"| {k} | {row['disagree']} | {row['overlapping']} |" for k, row in c["families"].items()
              if row["disagree"]]
    d = result["density"]
    lines += ["", "## Opinion against wire-style texts (benchmarks/texts/, shipped model)", "",
              "| texts | words | shown flags | per 1,000 words |", "| --- | --- | --- | --- |",
              f"| opinion ({d['opinion']['texts']}) | {d['opinion']['words']} | {d['opinion']['flags']} | "
              f"{d['opinion']['per_1000_words']} |",
              f"| wire-style ({d['wire']['texts']}) | {d['wire']['words']} | {d['wire']['flags']} | "
              f"{d['wire']['per_1000_words']} |",
              "", f"- wire ÷ opinion density: {d['ratio']} (target <= {TARGETS['density_ratio']})", "",
              "## Seeds without their review files (shipped model)", "",
              "The teacher's list is the `confirm` and `add` entries of `seeds/*.review.yaml` that quote words; an "
              "entry counts as shown when a shown flag overlaps its words.", "",
              "| seed | listed | shown |", "| --- | --- | --- |"]
    for row in result["seeds"]:
        lines.append(f"| {row['seed']} | {row['listed']} | {row['shown']} ({row['shown'] / max(row['listed'], 1):.0%}) |")
    t = result["timing"]
    lines += ["", f"Analysis time: {t['seconds']} s for the longest article ({t['article_words']} words), "
              f"{t['per_2000_words']} s per 2,000 words (one core, shipped model).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write-data", action="store_true", help="fit on every article and write display.tsv")
    parser.add_argument("--no-results", action="store_true")
    parser.add_argument("--splits", type=int, default=8, help="shuffled splits to rerun the cross-validation on (0: none)")
    parser.add_argument("--no-headline", action="store_true", help="score the body alone, as before issue 14")
    args = parser.parse_args(argv)
    if not (args.dev / "gold.tsv").is_file():
        print(f"techniques-dev not found at {args.dev}; skipping the benchmark (pass --dev DIR).")
        return 0
    articles = load_dev(args.dev)
    if args.write_data:
        rulebook = load_rulebook()
        training = [e for a in articles
                    for e in examples(a["id"], a["source"], a["gold"], rulebook)[1]]
        write_display(DISPLAY_FILE, fit(training), f"on techniques-dev ({len(articles)} articles)")
    timing = time_analysis(articles)
    headlines = not args.no_headline
    held = cross_validate(articles, args.folds, headlines)
    result = {"articles": len(articles), "folds": args.folds, "words": sum(h["words"] for h in held),
              "gold": sum(len(h["gold"]) for h in held), "chosen": evaluate(held, DEFAULT_THRESHOLD),
              "all": evaluate(held, 0.0), "sweep": [evaluate(held, t) for t in SWEEP],
              "families": per_family(held, DEFAULT_THRESHOLD), "confusion": confusion(held, DEFAULT_THRESHOLD),
              "density": density(DEFAULT_THRESHOLD, headlines), "headlines": headlines,
              "headline": headline_figures(held, DEFAULT_THRESHOLD),
              "seeds": seeds_without_review(DEFAULT_THRESHOLD), "timing": timing}
    if args.splits:
        result["splits"] = shuffled_splits(articles, args.folds, args.splits, headlines)
    meta = _meta([], args.folds, timing)
    text = render(result, meta)
    print(text)
    if not args.no_results:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "techniques-dev.md").write_text(text, encoding="utf-8")
        (RESULTS / "techniques-dev.json").write_text(json.dumps({"meta": meta, "result": result}, indent=2,
                                                                sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
