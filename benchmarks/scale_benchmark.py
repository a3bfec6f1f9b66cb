"""Scale benchmark: build corpora of N synthetic texts and report where the time, memory and bytes go.

    .venv/bin/python benchmarks/scale_benchmark.py                 # N = 10, 100, 1000; writes results/scale.md
    .venv/bin/python benchmarks/scale_benchmark.py --sizes 10 100 --no-browser --out -

For each N it makes a corpus of varied ~1,500-word texts (word banks and sentence patterns from a seeded
random generator, mixed with sentences of the PTC articles read at run time when /work/shared/ptc is
there; nothing from them is stored; and with the link and emphasis markup real seeds carry), then, each step in a fresh process so peak memory is its own:

1. a cold ``medialit build`` (empty analysis cache): load, analysis, page generation, MkDocs;
2. an incremental build after editing one seed: only that seed is analysed again;
3. the generated Markdown written out as a plain docs folder and built by a plain ``mkdocs build``
   (no hook), so the generator's own cost is a ratio of MkDocs' cost;
4. sizes: the site, the search index, HTML bytes per lesson, the largest page; and, with Chromium,
   how long search takes to show results when the site is opened from file://;
5. ``--repeat`` - 1 more cold builds, each beside another plain ``mkdocs build``: on a shared machine
   the ratio moves by several points from run to run, so its spread and median are reported too.

Work folders go to benchmarks/_work/ (git-ignored). To measure a commit while others edit the checkout:

    git archive HEAD | tar -x -C /tmp/snap && MEDIALIT_COMMIT=$(git rev-parse --short HEAD) \
      PYTHONPATH=/tmp/snap/scripts .venv/bin/python /tmp/snap/benchmarks/scale_benchmark.py --out benchmarks/results/scale.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from provenance import commit  # noqa: E402
WORK = ROOT / "benchmarks" / "_work"
RESULTS = ROOT / "benchmarks" / "results" / "scale.md"
PYTHON = sys.executable
HOOK_LINE = "  - scripts/medialit/site/hook.py"

# ------------------------------------------------------------------------------------------ the corpus

SUBJECTS = ["the government", "NATO", "the minister", "officials", "the committee", "local residents",
            "the opposition", "experts", "the mayor", "the regulator", "analysts", "the union", "critics",
            "the ministry of health", "the central bank", "farmers", "teachers", "the company", "voters",
            "the president", "lawmakers", "the army", "activists", "the council", "scientists"]
VERBS = ["announced", "said", "claimed", "warned", "insisted", "reported", "denied", "admitted",
         "argued", "suggested", "confirmed", "revealed", "promised", "rejected", "questioned"]
OBJECTS = ["a new plan for the region", "the budget for next year", "the results of the inquiry",
           "a deal with its neighbours", "the reform of the schools", "higher taxes on fuel",
           "the closure of the plant", "a ban on the protest", "the numbers from the census",
           "a shift in foreign policy", "the price of bread", "the safety of the water supply",
           "new rules for the internet", "the future of the alliance", "the outcome of the vote"]
LOADED = ["a disastrous betrayal", "an outrageous scandal", "a shameful cover-up", "a brutal regime",
          "a reckless gamble", "a catastrophic failure", "an evil agenda", "a total disaster",
          "corrupt elites", "a puppet government", "warmongers", "so-called experts"]
CONNECTIVES = ["Meanwhile,", "However,", "In fact,", "Yet", "Still,", "According to reports,",
               "Last week,", "On Tuesday,", "For years,", "Everyone knows that", "Make no mistake:"]
NUMBERS = ["3 percent", "12,000 people", "two thirds", "1.5 billion dollars", "40 years", "a dozen towns"]


def _sentence(rng: random.Random, ptc: list[str]) -> str:
    if ptc and rng.random() < 0.3:
        return rng.choice(ptc)
    kind = rng.random()
    subject, verb, obj = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
    if kind < 0.25:
        return f"{rng.choice(CONNECTIVES)} {subject} {verb} {obj}, calling it {rng.choice(LOADED)}."
    if kind < 0.45:
        return f'"This is {rng.choice(LOADED)}," {subject} {verb}, pointing to {rng.choice(NUMBERS)}.'
    if kind < 0.6:
        return f"Either we act now or we lose {obj}; there is no other way."
    if kind < 0.7:
        return f"Who really benefits from {obj}? Ask yourself why {subject} stayed silent."
    return f"{rng.choice(CONNECTIVES)} {subject} {verb} {obj} after {rng.choice(NUMBERS)} were affected.".capitalize()


def ptc_sentences(limit: int = 20000) -> list[str]:
    folder = Path(os.environ.get("MEDIALIT_PTC_DIR", "/work/shared/ptc")) / "train-articles"
    if not folder.is_dir():
        return []
    sentences: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
            sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if 40 <= len(s) <= 300)
        if len(sentences) >= limit:
            break
    return sentences[:limit]


# The markup real seeds carry, pasted with the article (the Whitney seed: "Region: [Europe](#), ..."):
# link-like brackets, emphasis, a heading line. Without it, the corpus missed Python-Markdown's slow
# paths on bracket-heavy pages (issue 17).
MARKUP = ["Region: [Europe](#), [Russia and FSU](#), [USA](#)", "Theme: [Intelligence](#), [Media](#)",
          "**Read more:** [the full report](#) and *the annex*", "By [Staff Writer](#) | [The Outlet](#)",
          "### Related", "Share: [Facebook](#) [Twitter](#) [Email](#)"]


def _paragraph(rng: random.Random, ptc: list[str]) -> str:
    sentences = [_sentence(rng, ptc) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.15:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(MARKUP))
    return " ".join(sentences)


def make_text(rng: random.Random, words: int, ptc: list[str]) -> str:
    paragraphs, count = [], 0
    while count < words:
        paragraph = _paragraph(rng, ptc)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def make_seed(index: int, rng: random.Random, words: int, ptc: list[str]) -> str:
    title = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} ({index})"
    topics = rng.sample(["economy", "health", "NATO", "schools", "elections", "climate", "energy", "media"], 2)
    day = 1 + index % 28
    return (f"---\ntitle: \"{title}\"\nauthor: Writer {index % 37}\npublisher: Outlet {index % 23}\n"
            f"published: 2024-{1 + index % 12:02d}-{day:02d}\nlanguage: en\ntopics: [{', '.join(topics)}]\n---\n\n"
            + make_text(rng, words, ptc) + "\n")


def write_corpus(folder: Path, n: int, words: int = 1500, seed: int = 6) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng, ptc = random.Random(seed), ptc_sentences()
    paths = []
    for index in range(n):
        path = folder / f"text-{index:05d}.md"
        path.write_text(make_seed(index, rng, words, ptc), encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------ the steps

# Runs inside a fresh interpreter: one build, then its figures as JSON on the last line of stdout.
BUILD_RUNNER = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    def cpu_seconds():
        own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return {"build": own.ru_utime + own.ru_stime, "workers": workers.ru_utime + workers.ru_stime}
    from medialit.site import builder as site
    report = site.build(Path(sys.argv[1]), site_dir=Path(sys.argv[2]), seeds_dir=Path(sys.argv[3]))
    s = report.stats
    print(json.dumps({"seconds": s.seconds, "analysed": s.analysed, "from_cache": s.from_cache,
                      "lessons": s.lessons, "problems": len(report.problems),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "cpu": cpu_seconds()}))
""")

# Writes the generated pages (and hand-written docs) as a plain MkDocs project, with no hook.
DUMP_RUNNER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from medialit.site import builder as site
    project = site.Project(root=Path(sys.argv[1]), seeds_dir=Path(sys.argv[2]), docs_dir=Path(sys.argv[3]) / "docs",
                           cache_dir=Path(sys.argv[4]))
    generated = site.generate(project)
    docs = Path(sys.argv[3]) / "docs"
    for uri, content in list(generated.pages.items()) + list(generated.assets.items()):
        path = docs / uri
        if path.exists():
            continue                    # hand-written pages win, as in the real build
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
""")

MKDOCS_RUNNER = textwrap.dedent("""
    import json, os, resource, sys, time
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    started = time.perf_counter()
    build(load_config(sys.argv[1], site_dir=sys.argv[2]))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": usage.ru_maxrss / 1024,
                      "cpu": usage.ru_utime + usage.ru_stime}))
""")


def run_json(code: str, *args: str, env: dict | None = None) -> dict:
    result = subprocess.run([PYTHON, "-c", code, *map(str, args)], capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"step failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def make_project(folder: Path, hook: bool = True) -> Path:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(HOOK_LINE, f"  - {ROOT / 'scripts/medialit/site/hook.py'}" if hook else "  []")
    if not hook:
        config = config.replace("hooks:\n  []", "hooks: []")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs")
    return folder / "mkdocs.yml"


def folder_bytes(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def site_figures(site_dir: Path, n: int) -> dict:
    lessons = [p for p in (site_dir / "lessons").glob("*.html") if p.name != "index.html"]
    html = [p for p in site_dir.rglob("*.html")]
    largest = max(html, key=lambda p: p.stat().st_size)
    index = site_dir / "search" / "search_index.json"
    return {
        "site_mb": folder_bytes(site_dir) / 1e6,
        "html_mb": sum(p.stat().st_size for p in html) / 1e6,
        "html_kb_per_lesson": sum(p.stat().st_size for p in lessons) / max(1, len(lessons)) / 1e3,
        "site_kb_per_lesson": folder_bytes(site_dir) / n / 1e3,
        "search_index_mb": index.stat().st_size / 1e6 if index.exists() else 0.0,
        "search_entries": len(json.loads(index.read_text(encoding="utf-8"))["docs"]) if index.exists() else 0,
        "largest_page": f"{largest.relative_to(site_dir)} ({largest.stat().st_size / 1e3:.0f} KB)",
        "pages": len(html),
    }


def search_seconds(site_dir: Path, query: str = "disaster") -> float | None:
    """Seconds from opening the site over file:// and typing a query to the first result, in Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path("/usr/bin/chromium").exists():
        return None
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto((site_dir / "index.html").as_uri())
        page.wait_for_load_state("load")
        started = time.perf_counter()
        page.fill("input.md-search__input", query)
        page.wait_for_selector(".md-search-result__item", timeout=120_000)
        seconds = time.perf_counter() - started
        browser.close()
    return seconds


def measure(n: int, words: int, browser: bool, repeat: int = 1) -> dict:
    work = WORK / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    seeds = work / "seeds"
    write_corpus(seeds, n, words)
    config = make_project(work / "project")
    env = {"MEDIALIT_CACHE_DIR": str(work / "cache")}
    print(f"N={n}: cold build", file=sys.stderr, flush=True)
    cold = run_json(BUILD_RUNNER, config, work / "site", seeds, env=env)
    print(f"N={n}: incremental build", file=sys.stderr, flush=True)
    edited = seeds / "text-00000.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph, added by a teacher.\n", encoding="utf-8")
    warm = run_json(BUILD_RUNNER, config, work / "site", seeds, env=env)
    print(f"N={n}: plain mkdocs build", file=sys.stderr, flush=True)
    plain_config = make_project(work / "plain", hook=False)
    subprocess.run([PYTHON, "-c", DUMP_RUNNER, work / "plain", seeds, work / "plain", work / "cache"], check=True, cwd=ROOT)
    plain = run_json(MKDOCS_RUNNER, plain_config, work / "plain-site")
    runs = [(cold, plain)]
    # The machine's speed drifts during a run: more cold builds, each next to a plain one, show how far
    # the ratio moves with it.
    for run in range(2, repeat + 1):
        print(f"N={n}: cold build and plain mkdocs build, run {run} of {repeat}", file=sys.stderr, flush=True)
        again = run_json(BUILD_RUNNER, config, work / f"site-{run}", seeds, env={"MEDIALIT_CACHE_DIR": str(work / f"cache-{run}")})
        runs.append((again, run_json(MKDOCS_RUNNER, plain_config, work / f"plain-site-{run}")))
    figures = site_figures(work / "site", n)
    figures["plain_site_mb"] = folder_bytes(work / "plain-site") / 1e6
    if browser:
        print(f"N={n}: search from file://", file=sys.stderr, flush=True)
        figures["search_seconds"] = search_seconds(work / "site")
    corpus_mb = folder_bytes(seeds) / 1e6
    return {"n": n, "cold": cold, "warm": warm, "plain": plain, "figures": figures, "corpus_mb": corpus_mb,
            "cold_ratios": [_cold_ratio(ours, theirs) for ours, theirs in runs],
            "cold_runs": [{"ours": ours["seconds"], "plain": theirs["seconds"]} for ours, theirs in runs]}


def _cold_ratio(cold: dict, plain: dict) -> float:
    """Load, analysis and generation of a cold build, over the plain MkDocs build's time."""
    return sum(cold["seconds"].get(k, 0.0) for k in ("load", "analyse", "generate")) / plain["seconds"]


# ------------------------------------------------------------------------------------------ the report


def table(rows: list[dict]) -> str:
    def col(title, get):
        return title, [get(r) for r in rows]

    s = lambda r, k: r["cold"]["seconds"].get(k, 0.0)  # noqa: E731
    columns = [
        col("N texts", lambda r: f"{r['n']:,}"),
        col("corpus", lambda r: f"{r['corpus_mb']:.1f} MB"),
        col("load", lambda r: f"{s(r, 'load'):.2f} s"),
        col("analysis, with each lesson's pages (cold)", lambda r: f"{s(r, 'analyse'):.1f} s"),
        col("… of which rendering lesson pages meanwhile", lambda r: f"{s(r, 'render'):.1f} s"),
        col("index pages", lambda r: f"{s(r, 'generate'):.1f} s"),
        col("MkDocs (in our build)", lambda r: f"{s(r, 'mkdocs'):.1f} s"),
        col("total (cold)", lambda r: f"{s(r, 'total'):.1f} s"),
        col("plain `mkdocs build`", lambda r: f"{r['plain']['seconds']:.1f} s"),
        # CPU seconds do not move with what else the machine runs, as wall seconds do.
        col("CPU, cold build: build process + analysis workers", lambda r: _cpu(r["cold"])),
        col("CPU, plain `mkdocs build`", lambda r: f"{r['plain']['cpu']:.1f} s" if "cpu" in r["plain"] else "not measured"),
        col("(load+analysis+generation) / plain, cold", lambda r: f"{r['cold_ratios'][0]:.0%}"),
        col("… in each of the alternating runs (median)", lambda r: _ratios(r["cold_ratios"])),
        col("(load+analysis+generation) / plain, one seed edited", lambda r: f"{sum(r['warm']['seconds'].get(k, 0) for k in ('load', 'analyse', 'generate')) / r['plain']['seconds']:.0%}"),
        col("rebuild after editing one seed", lambda r: f"{r['warm']['seconds']['total']:.1f} s ({r['warm']['analysed']} analysed, {r['warm']['from_cache']:,} cached)"),
        col("peak memory (build process)", lambda r: f"{max(r['cold']['peak_mb'], r['warm']['peak_mb']):.0f} MB"),
        col("peak memory (one analysis worker)", lambda r: f"{r['cold']['workers_peak_mb']:.0f} MB" if r['cold']['workers_peak_mb'] > 0 else "no workers"),
        col("peak memory (plain mkdocs)", lambda r: f"{r['plain']['peak_mb']:.0f} MB"),
        col("site size", lambda r: f"{r['figures']['site_mb']:.1f} MB"),
        col("site size per lesson", lambda r: f"{r['figures']['site_kb_per_lesson']:.0f} KB"),
        col("HTML per lesson page", lambda r: f"{r['figures']['html_kb_per_lesson']:.1f} KB"),
        col("largest page", lambda r: r["figures"]["largest_page"]),
        col("search index", lambda r: f"{r['figures']['search_index_mb']:.2f} MB ({r['figures']['search_entries']:,} entries)"),
        col("search from file:// (type → first result)", lambda r: f"{r['figures']['search_seconds']:.1f} s" if r["figures"].get("search_seconds") is not None else "not measured"),
    ]
    lines = ["| | " + " | ".join(f"N = {r['n']:,}" for r in rows) + " |", "|---|" + "---:|" * len(rows)]
    for title, values in columns[1:]:
        lines.append(f"| {title} | " + " | ".join(values) + " |")
    return "\n".join(lines)


def _cpu(run: dict) -> str:
    cpu = run.get("cpu")
    return f"{cpu['build']:.1f} + {cpu['workers']:.1f} s" if cpu else "not measured"


def _ratios(ratios: list[float]) -> str:
    if len(ratios) < 2:
        return "one run"
    return f"{', '.join(f'{r:.0%}' for r in ratios)} ({statistics.median(ratios):.0%})"


def machine() -> str:
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    try:
        memory = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024
    except (OSError, StopIteration):
        memory = 0
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--no-browser", action="store_true", help="do not time search in Chromium")
    parser.add_argument("--repeat", type=int, default=3,
                        help="cold builds, each beside a plain MkDocs build, for the ratio's spread (default 3)")
    parser.add_argument("--out", default=str(RESULTS), help="Markdown file for the results ('-' prints them)")
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        rows.append(measure(n, args.words, not args.no_browser, args.repeat))
        (WORK / "results.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    header = (f"Measured {dt.date.today().isoformat()} on {machine()}, commit {commit()}, "
              f"with `benchmarks/scale_benchmark.py --sizes {' '.join(map(str, args.sizes))} --repeat {args.repeat}` "
              f"(~{args.words:,}-word texts).")
    text = f"{header}\n\n{table(rows)}\n"
    print(text)
    if args.out != "-":
        write_between_markers(Path(args.out), text)
        print(f"written to {args.out}; raw figures in {WORK / 'results.json'}", file=sys.stderr)


BEGIN, END = "<!-- scale-benchmark:begin -->", "<!-- scale-benchmark:end -->"


def write_between_markers(path: Path, text: str) -> None:
    """Replace the measured part of the results file, keeping the notes written around it."""
    old = path.read_text(encoding="utf-8") if path.exists() else f"# Scale benchmark\n\n{BEGIN}\n{END}\n"
    if BEGIN not in old or END not in old:
        old = f"{old.rstrip()}\n\n{BEGIN}\n{END}\n"
    before, rest = old.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{before}{BEGIN}\n{text}{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
