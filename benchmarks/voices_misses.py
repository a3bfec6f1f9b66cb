"""Sort the named PolNeAR sources the voices analysis misses by the shape of the miss (derive on train).

    PYTHONPATH=scripts .venv/bin/python benchmarks/voices_misses.py [--split train] [--show N]

A named gold source (as ``voices_benchmark.py`` counts them) is missed when no voice of the article has
its name word. Each missed source is put in the first group that fits its first mention outside the
headline, read against the voices the analysis found at the same place:

- ``headline``: every mention is in the headline (a lesson shows it as its title);
- ``voice, other name``: a voice covers the attribution, its speaker named by another word (too long,
  too short, another person);
- ``voice, unnamed``: a voice covers the attribution, its speaker unnamed or a pronoun left unresolved;
- ``by-phrase``: the source follows "according to", "by", "from", "in" or "for" (a passive, a document's
  maker, a medium);
- ``document``: the source is a poll, a report, a record or a body's document;
- ``description``: the source is a description (lower case or a determiner first) whose name word is a
  place, a party or a body;
- ``possessive``: the source owns a noun ("Roe's campaign", "Harbour's office");
- ``list``: the source is a list of names or holds "and";
- ``cue unknown``: a plain name whose cue verb the data does not list;
- ``cue known``: a plain name whose cue verb the data lists (layout, distance, resolution).

Counts only are printed unless ``--show`` asks for examples on the terminal; never commit examples (the
corpus's words stay out of the repository).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from voices_benchmark import (DEFAULT_DATA, Article, _CUE_FILLERS, _DESCRIBED, _DOCUMENT, is_named,  # noqa: E402
                              load_split, name_word, name_words, source_of)

from medialit.analysis.voices import detect_voices, load_voice_data  # noqa: E402

GROUPS = ("headline", "voice, other name", "voice, unnamed", "by-phrase", "document", "description", "possessive",
          "list", "cue unknown", "cue known")
_BY_BEFORE = re.compile(r"\b(?:according\s+to|by|from|in|for|with|on|to)\s+(?:the\s+)?$", re.I)


def mentions(data: Path, split: str) -> dict[str, list[tuple[int, int, str, int, int, str]]]:
    """Per article: (source start, source end, source, cue start, cue end, cue) of every attribution."""
    found: dict[str, list] = defaultdict(list)
    for ann in sorted((data / split / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[0].startswith("T"):
                kind, *where = parts[1].split(" ")
                bounds = " ".join(where).split(";")
                spans[parts[0]] = (int(bounds[0].split()[0]), int(bounds[-1].split()[-1]), " ".join(parts[2].split()))
            elif len(parts) == 2 and parts[0].startswith("E"):
                events.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
        for roles in events:
            if roles.get("Source") in spans:
                s0, s1, text = spans[roles["Source"]]
                c0, c1, cue = spans.get(roles.get("Cue"), (s1, s1, ""))
                found[stem].append((s0, s1, text, c0, c1, cue))
    return found


def shape(article: Article, voices, identity: str, marks: list, forms: set[str]) -> str:
    headline_end = article.text.find("\n")
    own = [m for m in marks if name_words(m[2])[:1] == (identity,)]
    body = [m for m in own if m[0] >= headline_end]
    if own and not body:
        return "headline"
    if not body:
        return "cue known"
    s0, s1, text, c0, c1, cue = body[0]
    low, high = min(s0, c0), max(s1, c1)
    near = [v for v in voices if v.start < high + 1 and v.end > low - 1]
    if near:
        if any(v.speaker and v.named for v in near):
            return "voice, other name"
        return "voice, unnamed"
    if _BY_BEFORE.search(article.text[max(0, s0 - 30):s0]):
        return "by-phrase"
    if _DOCUMENT.search(text) or identity in {"poll", "polls"}:
        return "document"
    if _DESCRIBED.match(text) or text[:1].islower():
        return "description"
    if re.search(r"[’']s?\s+\w", text):
        return "possessive"
    if re.search(r"\band\b|,\s*\w+,", text):
        return "list"
    words = [w.strip(":,") for w in cue.lower().split() if w not in _CUE_FILLERS]
    if words and (words[0] in forms or " ".join(words[:2]) in forms):
        return "cue known"
    return "cue unknown"


def sort_misses(data: Path, split: str, show: int = 0) -> Counter:
    marks = mentions(data, split)
    forms = {v.form for v in load_voice_data().verbs}
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for article in load_split(data, split):
        voices = detect_voices(source_of(article))
        speakers = {name_word(v.speaker) for v in voices if v.speaker} - {None}
        golds: dict[str, set[str]] = {}
        for source in article.sources:
            words = name_words(source)
            if words and is_named(source, article.text):
                golds.setdefault(words[0], set()).update(words)
        for identity, words in sorted(golds.items()):
            if words & speakers:
                continue
            group = shape(article, voices, identity, marks.get(article.name, []), forms)
            counts[group] += 1
            if show and len(examples[group]) < show:
                own = [m for m in marks.get(article.name, []) if name_words(m[2])[:1] == (identity,)]
                at = own[-1][0] if own else 0
                near = [f"{v.speaker!r}/{v.verb}" for v in voices if abs(v.start - at) < 200]
                examples[group].append(f"{article.name} | {identity} | {[(m[2], m[5]) for m in own][:3]} | "
                                       f"{article.text[max(0, at - 80):at + 120]!r} | {near[:4]}")
    if show:
        for group in GROUPS:
            print(f"== {group}")
            for line in examples[group]:
                print("  ", line)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="train")
    parser.add_argument("--show", type=int, default=0, help="print this many examples per group (never commit them)")
    args = parser.parse_args(argv)
    if not (args.data / args.split / "attributions").is_dir():
        print(f"PolNeAR not found at {args.data}; nothing to sort.")
        return 0
    counts = sort_misses(args.data, args.split, args.show)
    print(f"| shape of the miss ({args.split}) | sources |")
    print("| --- | --- |")
    for group in GROUPS:
        print(f"| {group} | {counts[group]} |")
    print(f"| all | {sum(counts.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
