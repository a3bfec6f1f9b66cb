"""Strings in the repository that repeat a corpus text (the rule: no text, sentence or span of the PTC or of
``../shared/ext`` goes into the project; names alone are fine, running text is not).

Every quoted string of five words or more in the tracked code, tests, data, docs and benchmark notes is
looked up in the corpora, read at run time: the PTC training articles, techniques-dev, PolNeAR and the
CheckThat! sentences. A string is reported when ``--words`` consecutive words of it (9 by default) occur
in a corpus text, case and spacing aside. Found strings should be rewritten in our own words, keeping what
a test checks; stock news phrasing, a real reading's title or an agency's name may stay (judge each).

Reproduce: ``.venv/bin/python benchmarks/corpus_overlap.py [--words 7]`` (about a minute; exit status 1
when something is found).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("ptc/train-articles/*.txt", "ext/techniques-dev/articles/*.txt", "ext/attribution-polnear/*/text/*.txt",
           "ext/checkworthy/*.tsv")
TRACKED = ("scripts", "tests", "benchmarks", "docs", "README.md")
SUFFIXES = (".py", ".md", ".yaml", ".j2", ".txt", ".tsv")
# A quoted string: straight or curly double or single quotes around up to 200 characters of one line.
QUOTED = re.compile(r"[\"“'‘]([^\"“”'‘’\n]{20,200})[\"”'’]")
MIN_WORDS = 5


def corpus_text(shared: Path) -> str:
    """All corpus texts as one lower-case string with single spaces."""
    texts = (path.read_text(encoding="utf-8") for pattern in CORPORA for path in sorted(shared.glob(pattern)))
    return " ".join(" ".join(texts).split()).lower()


def tracked_files(root: Path) -> list[Path]:
    names = subprocess.run(["git", "ls-files", *TRACKED], cwd=root, capture_output=True, text=True,
                           check=True).stdout.split()
    return [root / name for name in names if name.endswith(SUFFIXES)]


def overlaps(text: str, corpus: str, words: int) -> list[str]:
    """The quoted strings of ``text`` with ``words`` consecutive words found in ``corpus``."""
    found = []
    for match in QUOTED.finditer(text):
        tokens = match.group(1).split()
        if len(tokens) < max(words, MIN_WORDS):
            continue
        windows = (" ".join(tokens[i:i + words]).lower().strip(" .,;:") for i in range(len(tokens) - words + 1))
        if any(len(window) > 25 and window in corpus for window in windows):
            found.append(match.group(1))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=9, help="consecutive words that count as a repeat")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "ptc").is_dir():
        print(f"no corpora in {args.shared}: nothing to compare with", file=sys.stderr)
        return 2
    corpus = corpus_text(args.shared)
    hits = 0
    for path in tracked_files(ROOT):
        for string in overlaps(path.read_text(encoding="utf-8", errors="ignore"), corpus, args.words):
            hits += 1
            print(f"{path.relative_to(ROOT)}\t{string[:100]}")
    print(f"{hits} quoted strings repeat {args.words} or more words of a corpus text")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
