"""Would flags in a text's headline hold? Measured on techniques-dev by hl-29 (issue 14); shipped by hd-1.

    PYTHONPATH=scripts .venv/bin/python benchmarks/headline_study.py [--no-results]

The detector read only the numbered paragraphs then: a headline was page furniture, so a loaded word or a
slogan in it was never flagged (the lesson now reads it: ``analysis.headline``). techniques-dev's annotators marked headlines too (the first line of each article). This
study analyses each headline alone, as a one-line text, and scores its flags at the teaching threshold (no
density minimum: a headline is one line) against the annotations inside the headline, spans alone: the share
of the flags' characters inside an annotation, and the share of the annotated characters a flag covers. It does
so twice: the headline as written, and in sentence case when it is set in title case (the models read a
capital inside a sentence as a name, so a title-case headline hides its words from them).

Writes benchmarks/results/headline-study.md (and .json). Skips cleanly when the data are absent. No text of
the articles is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from medialit.analysis import DEFAULT_THRESHOLD  # noqa: E402
from medialit.analysis.display import family  # noqa: E402
from medialit.analysis.headline import sentence_case  # noqa: E402
from medialit.analysis.techniques import detect_techniques  # noqa: E402
from medialit.text.source import load_source  # noqa: E402
from ptc_benchmark import _meta  # noqa: E402

DEV = REPO.parent / "shared" / "ext" / "techniques-dev"
RESULTS = REPO / "benchmarks" / "results"
_PREFIX = "Title\n\n"       # the one-line text's own title line: the headline is its only paragraph


def load_headlines(dev: Path = DEV) -> list[dict]:
    """Each article's first line and the annotated spans inside it (any label)."""
    gold: dict[str, list[tuple[int, int]]] = {}
    for line in (dev / "gold.tsv").read_text(encoding="utf-8").splitlines():
        article, _label, start, end = line.split("\t")
        gold.setdefault(article, []).append((int(start), int(end)))
    headlines = []
    for path in sorted((dev / "articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        text = path.read_text(encoding="utf-8")
        headline = text.split("\n", 1)[0]
        spans = [(s, e) for s, e in gold.get(article, []) if e <= len(headline) + 1]
        headlines.append({"id": article, "headline": headline, "gold": spans})
    return headlines


def flags_of(headline: str, workdir: Path) -> list[tuple[int, int, str]]:
    """The flags the detector shows at the teaching threshold on the headline alone (offsets in the headline)."""
    body = headline if headline.rstrip()[-1:] in ".!?" else headline + "."
    path = workdir / "headline.txt"
    path.write_text(_PREFIX + body + "\n", encoding="utf-8")
    findings = detect_techniques(load_source(path), threshold=DEFAULT_THRESHOLD)
    return [(f.start - len(_PREFIX), f.end - len(_PREFIX), f.rule) for f in findings
            if f.confidence >= DEFAULT_THRESHOLD and f.end - len(_PREFIX) <= len(headline)]


def score(headlines: list[dict], cased: bool) -> dict:
    flags = inside = covered = annotated = 0
    with_flag = set()
    rules: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for h in headlines:
            text = sentence_case(h["headline"]) if cased else h["headline"]
            gold_chars = {i for s, e in h["gold"] for i in range(s, e)}
            flag_chars = set()
            for start, end, rule in flags_of(text, Path(tmp)):
                chars = set(range(start, end))
                flags += 1
                inside += len(chars & gold_chars) / max(len(chars), 1)
                flag_chars |= chars
                with_flag.add(h["id"])
                rules[family(rule)] = rules.get(family(rule), 0) + 1
            annotated += len(gold_chars)
            covered += len(gold_chars & flag_chars)
    return {"flags": flags, "headlines_with_flag": len(with_flag), "precision": round(inside / flags, 3) if flags else 0.0,
            "coverage": round(covered / annotated, 3) if annotated else 0.0, "rules": dict(sorted(rules.items()))}


def render(result: dict, meta: dict) -> str:
    lines = ["# Flags in headlines, if the detector read them (techniques-dev)", "",
             f"- Date: {meta['date']}", f"- Git commit: {meta['commit']}",
             f"- Data: techniques-dev, {result['articles']} articles; {result['annotated']} of their first lines hold "
             f"an annotation ({result['spans']} of the {result['all_spans']} annotated spans)",
             f"- Each headline analysed alone at the teaching threshold ({DEFAULT_THRESHOLD}), no density minimum; spans "
             "alone, any label", "- Reproduce: `PYTHONPATH=scripts .venv/bin/python benchmarks/headline_study.py`",
             "", "| headline | flags | headlines with a flag | share of the flags' characters inside an annotation "
             "| share of the annotated characters covered |", "| --- | --- | --- | --- | --- |"]
    for name, key in (("as written", "as_written"), ("sentence case (title-case headlines)", "sentence_case")):
        r = result[key]
        lines.append(f"| {name} | {r['flags']} | {r['headlines_with_flag']} | {r['precision']:.2f} | {r['coverage']:.2f} |")
    lines += ["", "Rule families that fired (sentence case): " + ", ".join(f"{k} {v}" for k, v in result["sentence_case"]["rules"].items()),
              "", "Shipped since (hd-1): `analysis/headline.py` reads the headline in sentence case with the display policy "
              "and no density minimum; the lesson's held-out figures are in `techniques-dev.md`, the read in `teacher-read.md`.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-results", action="store_true")
    args = parser.parse_args(argv)
    if not (DEV / "articles").is_dir():
        print(f"techniques-dev not found under {DEV}; skipping.")
        return 0
    headlines = load_headlines()
    all_spans = sum(1 for _ in (DEV / "gold.tsv").read_text(encoding="utf-8").splitlines())
    result = {"articles": len(headlines), "annotated": sum(1 for h in headlines if h["gold"]),
              "spans": sum(len(h["gold"]) for h in headlines), "all_spans": all_spans,
              "as_written": score(headlines, cased=False), "sentence_case": score(headlines, cased=True)}
    text = render(result, _meta([], 0, {}))
    print(text)
    if not args.no_results:
        (RESULTS / "headline-study.md").write_text(text, encoding="utf-8")
        (RESULTS / "headline-study.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
