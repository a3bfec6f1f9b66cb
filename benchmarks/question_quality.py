"""Question-quality counts: what the mechanical check of lessons (medialit.lesson.quality) finds in every
text we have, and how many questions of each kind the lessons ask.

    .venv/bin/python benchmarks/question_quality.py                 # prints the counts
    .venv/bin/python benchmarks/question_quality.py --out benchmarks/results/question_quality.md

Corpora: the seeds, the fixture texts (tests/fixtures/texts/ and question-texts/) and, when ../shared is
present, the PTC training articles and the techniques-dev articles (read at run time; nothing from them is stored, only
counts). The same check runs in the test suite (tests/test_question_quality.py), which asserts that every
count of issues is zero; this script records the counts, the number of questions by kind and the time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import commit  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))

from medialit.lesson.quality import CHECKS, check_text  # noqa: E402
from medialit.site.parallel import available_cores, map_in_order  # noqa: E402
from medialit.text.source import SEED_SUFFIXES, find_seeds  # noqa: E402

SHARED = ROOT.parent / "shared"
KINDS = ("identify", "analyse", "evaluate", "rewrite", "look", "source", "claim", "check")


def corpora() -> dict[str, list[Path]]:
    found = {"seeds": find_seeds(ROOT / "seeds"),
             "fixtures": sorted(p for folder in ("texts", "question-texts")
                                for p in (ROOT / "tests" / "fixtures" / folder).glob("*")
                                if p.suffix.lower() in SEED_SUFFIXES)}
    for name, folder in {"ptc": SHARED / "ptc" / "train-articles",
                         "techniques-dev": SHARED / "ext" / "techniques-dev" / "articles"}.items():
        if folder.is_dir():
            found[name] = sorted(folder.glob("*.txt"))
    return found


def measure() -> tuple[dict[str, dict], float]:
    texts = [(name, path) for name, paths in corpora().items() for path in paths]
    started = time.perf_counter()
    reports = list(map_in_order(check_text, [path for _, path in texts]))
    seconds = time.perf_counter() - started
    rows: dict[str, dict] = {}
    for (name, _), report in zip(texts, reports):
        row = rows.setdefault(name, {"texts": 0, "errors": 0, "questions": 0, "exercises": 0,
                                     "kinds": Counter(), "issues": Counter(), "examples": []})
        row["texts"] += 1
        row["errors"] += report.error is not None
        row["questions"] += report.questions
        row["exercises"] += report.exercises
        row["kinds"].update(dict(report.kinds))
        row["issues"].update(issue.check for issue in report.issues)
        row["examples"].extend(str(issue) for issue in report.issues[:2])
    return rows, seconds


def render(rows: dict[str, dict], seconds: float) -> str:
    names = list(rows)
    total = sum(r["texts"] for r in rows.values())
    lines = [
        "# Question quality",
        "",
        "What the mechanical question-quality check (`medialit.lesson.quality`, run by",
        "`tests/test_question_quality.py`) finds in the lessons of every text we have; produced by",
        "`benchmarks/question_quality.py`. Every issue count must be 0 (the test suite asserts it).",
        "",
        f"- date: {dt.date.today().isoformat()}; commit: {commit()}",
        f"- {total} texts in {seconds:.1f} s on {available_cores()} core(s) "
        f"({1000 * seconds / max(1, total):.0f} ms a text: load, analysis, lesson, self-checks and the check)",
        "",
        "| | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for label, key in (("texts", "texts"), ("texts that made no lesson", "errors"), ("questions", "questions"),
                       ("self-check exercises", "exercises")):
        lines.append(f"| {label} | " + " | ".join(f"{rows[n][key]:,}" for n in names) + " |")
    for kind in KINDS:
        lines.append(f"| questions: {kind} | " + " | ".join(f"{rows[n]['kinds'][kind]:,}" for n in names) + " |")
    for check in CHECKS:
        lines.append(f"| **issues: {check}** | " + " | ".join(str(rows[n]["issues"][check]) for n in names) + " |")
    examples = [e for n in names for e in rows[n]["examples"]][:10]
    if examples:
        lines += ["", "First issues found:", ""] + [f"- {e}" for e in examples]
    lines += ["", "Question kinds: identify, analyse (the technique's own question, with its own key), evaluate",
              "(the busiest paragraph), rewrite (the author's own words only), look (look for yourself, in the",
              "author's most loaded paragraphs); source (source and bias); claim and check (verification: a",
              "task by the kind of claim, or a known check).", ""]
    return "\n".join(lines)


def earlier_sections(path: Path) -> str:
    """The "## Before ..." sections of the results file, kept under the new figures for comparison."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    start = old.find("\n## Before")
    return "" if start < 0 else old[start:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table to this file (Markdown)")
    args = parser.parse_args(argv)
    rows, seconds = measure()
    text = render(rows, seconds)
    print(text)
    if args.out:
        args.out.write_text(text + earlier_sections(args.out), encoding="utf-8")
    return 1 if any(sum(r["issues"].values()) for r in rows.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
