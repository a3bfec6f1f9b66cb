"""Pathological-input benchmark (issue 17): times the analysis and the build of one seed made of one
phrase repeated, at 10 KB, 100 KB and 990 KB (just under the 1 MB limit), for each pattern that was once quadratic.

    .venv/bin/python benchmarks/pathological_benchmark.py                  # writes results/pathological.md
    .venv/bin/python benchmarks/pathological_benchmark.py --sizes 10000 100000 --patterns dots --out -

Linear growth shows as a ratio near 10 from 100 KB to 990 KB (quadratic: near 100). Each measurement runs
in a fresh process, so that one pattern's memos and garbage do not weigh on the next; "analyse" is
``analyze`` alone (after a first small text has loaded the rules and models), "build" a whole ``medialit build`` of that one seed with
the analysis cache off and no per-seed budget (MEDIALIT_SEED_SECONDS=0), "MkDocs" its MkDocs part.
The patterns are in tests/fixtures/pathological.py; the guard tests run them at 200 KB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import commit  # noqa: E402
sys.path.insert(0, str(ROOT / "tests"))
from fixtures.pathological import PATTERNS  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "pathological.md"
SIZES = (10_000, 100_000, 990_000)     # (the limit, 1 MB, counts the front matter too)

RUNNER = textwrap.dedent("""
    import json, sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from fixtures.hostile import make_project
    from fixtures.pathological import write_seed
    from medialit.analysis import analyze
    from medialit.site import build
    from medialit.text.source import load_source
    work, name, size, step = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    if step == "analyse":
        analyze(load_source(write_seed(work / "warm", "dots", 100)), 0.5)    # rules and models loaded
        source = load_source(write_seed(work / "seeds", name, size))
        started = time.perf_counter()
        analyze(source, 0.5)
        print(json.dumps({{"analyse": time.perf_counter() - started}}))
    else:
        config = make_project(work / "project")
        seeds = config.parent / "seeds"
        for path in seeds.iterdir():
            path.unlink()
        write_seed(seeds, name, size)
        report = build(config, site_dir=work / "site")
        print(json.dumps({{"build": report.stats.seconds["total"], "mkdocs": report.stats.seconds["mkdocs"],
                          "lessons": report.stats.lessons}}))
""").format(tests=str(ROOT / "tests"))


def measure(name: str, size: int, step: str) -> dict:
    env = dict(os.environ, MEDIALIT_CACHE_DIR="off", MEDIALIT_SEED_SECONDS="0", NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory() as work:
        done = subprocess.run([sys.executable, "-c", RUNNER, work, name, str(size), step], env=env,
                              capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{name} {size} {step} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(rows: list[dict], sizes: list[int]) -> str:
    lines = [f"# Pathological inputs: analysis and build time by size", "",
             f"{dt.date.today().isoformat()}, commit {commit()}, "
             f"{platform.python_version()}, {os.cpu_count()} cores; `benchmarks/pathological_benchmark.py`.", "",
             "Seconds for one seed of one phrase repeated; *x* is the growth from the previous size "
             "(linear: 10, quadratic: 100).", "",
             "| pattern | phrase | size | analyse s | x | build s | x | of which MkDocs s |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    previous: dict[str, dict] = {}
    for row in rows:
        last = previous.get(row["pattern"])
        grow = lambda key: f"{row[key] / last[key]:.1f}" if last and last[key] > 0 else ""   # noqa: E731
        phrase = json.dumps(PATTERNS[row["pattern"]][0])[1:-1].replace("|", "\\|")
        lines.append(f"| {row['pattern']} | `{phrase}` | {row['size'] // 1000} KB | {row['analyse']:.2f} | {grow('analyse')} "
                     f"| {row['build']:.2f} | {grow('build')} | {row['mkdocs']:.2f} |")
        previous[row["pattern"]] = row
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--patterns", nargs="+", default=list(PATTERNS), choices=list(PATTERNS))
    parser.add_argument("--out", default=str(RESULTS), help="results file ('-' for stdout only)")
    args = parser.parse_args()
    rows = []
    for name in args.patterns:
        for size in args.sizes:
            row = {"pattern": name, "size": size, **measure(name, size, "analyse"), **measure(name, size, "build")}
            print(json.dumps(row), flush=True)
            rows.append(row)
    text = report(rows, args.sizes)
    print(text)
    if args.out != "-":
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
