"""Text structure benchmark: what ``text.blocks`` makes of real articles, and what reading a seed costs.

    .venv/bin/python benchmarks/structure_benchmark.py            # prints a Markdown report
    .venv/bin/python benchmarks/structure_benchmark.py --out benchmarks/results/structure.md

Reads the PTC training articles, the techniques-dev articles and the shared seeds when ../shared (or
/work/shared) is there, plus this checkout's seeds. Reports counts only (blocks of each kind, page
furniture by label, texts regrouped into paragraphs) and ``load_source``'s CPU time per text, best of
three passes; nothing from the articles is written out.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import commit  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))

from medialit.errors import InputError  # noqa: E402
from medialit.text.source import find_seeds, load_source  # noqa: E402


def corpus() -> dict[str, list[Path]]:
    shared = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()), None)
    groups = {"seeds": find_seeds(ROOT / "seeds")}
    if shared is not None:
        for name, folder in (("ptc", shared / "ptc" / "train-articles"),
                             ("techniques-dev", shared / "ext" / "techniques-dev" / "articles"),
                             ("shared seeds", shared / "seeds")):
            if folder.is_dir():
                groups[name] = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [f"# Text structure: {dt.date.today().isoformat()}, commit {commit()}", "",
             "| texts | files | errors | regrouped | paragraphs | headline | furniture | pull quotes | headings | lists | quotes | separators | load_source CPU ms/text |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    labels: collections.Counter = collections.Counter()
    for name, paths in corpus().items():
        kinds: collections.Counter = collections.Counter()
        errors = regrouped = 0
        sources = []
        for path in paths:
            try:
                sources.append(load_source(path))
            except InputError:
                errors += 1
        for source in sources:
            regrouped += source.made_breaks
            for block in source.blocks:
                kinds[block.kind] += 1
                if block.kind == "furniture":
                    labels[block.label] += 1
        ok = [s.path for s in sources]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for path in ok:
                load_source(path)
            best = min(best, (time.process_time() - start) / max(1, len(ok)) * 1000)
        lines.append(f"| {name} | {len(paths)} | {errors} | {regrouped} | {kinds['paragraph']} | {kinds['headline']} | "
                     f"{kinds['furniture']} | {kinds['pullquote']} | {kinds['heading']} | {kinds['list']} | "
                     f"{kinds['quote']} | {kinds['separator']} | {best:.2f} |")
    lines += ["", "Page furniture by label (all texts): "
              + ", ".join(f"{label} {count}" for label, count in sorted(labels.items(), key=lambda i: (-i[1], i[0]))), ""]
    report = "\n".join(lines)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
