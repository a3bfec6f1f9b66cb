"""Deriving the corpus data files of ``data/rules/`` from annotated articles (the PTC training split).

Two things are derived, each by a function that takes any subset of articles, so a benchmark can derive
them from training folds only and score on the held-out fold:

- ``derive_cues``: for single words, how often they occur and how often they lie inside a gold span of a
  technique (``ptc-cues.tsv``). A word whose marked uses stand mostly next to a side word or a name is no
  cue (``next_to_a_side``). Only counts of single words are kept, never text from the articles.
- ``calibrate``: for every hand-written rule, how many spans it produces and how much of them lies inside
  gold spans of its technique (``ptc-calibration.tsv``), which moves the rule's confidence toward its
  measured precision.

Nothing here runs when a lesson is built; ``benchmarks/ptc_benchmark.py --write-data`` calls it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..text.source import Source, load_source
from .taxonomy import load_taxonomy
from .detect_text import Token, merge, tokenize
from .rules import CueStat, Rulebook
from .prepared_text import prepare
from .rule_matching import match_rules

Interval = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One annotated article: the loaded source and its gold spans as (technique id, start, end)."""

    id: str
    source: Source
    gold: tuple[tuple[str, int, int], ...]


def load_ptc(ptc_dir: Path) -> list[Article]:
    """Articles of a PTC split with their technique labels, sorted by article id."""
    taxonomy = load_taxonomy()
    labels: dict[str, list] = defaultdict(list)
    for path in sorted((ptc_dir / "train-labels-task-flc-tc").glob("*.labels")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                article_id, label, start, end = line.split("\t")
                labels[article_id].append((taxonomy.by_ptc_label(label).id, int(start), int(end)))
    articles = []
    for path in sorted((ptc_dir / "train-articles").glob("article*.txt")):
        article_id = path.stem.removeprefix("article")
        articles.append(Article(article_id, load_source(path), tuple(sorted(labels.get(article_id, [])))))
    return articles


def overlap(span: Interval, union: list[Interval]) -> int:
    """Characters of ``span`` covered by the merged ``union``."""
    start, end = span
    return sum(max(0, min(end, e) - max(start, s)) for s, e in union if s < end and start < e)


def gold_unions(article: Article) -> dict[str, list[Interval]]:
    unions: dict[str, list] = defaultdict(list)
    for technique, start, end in article.gold:
        unions[technique].append((start, end))
    return {technique: merge(spans) for technique, spans in unions.items()}


# ------------------------------------------------------------------------------------------------- cues


def derive_cues(articles: list[Article], rulebook: Rulebook) -> list[CueStat]:
    """Single words that lie inside gold spans of a technique often enough to serve as cues."""
    settings = rulebook.settings
    total: Counter = Counter()
    capitalized: Counter = Counter()
    inside: dict[str, Counter] = {t: Counter() for t in settings.cue_techniques}
    sided: dict[str, Counter] = {t: Counter() for t in settings.cue_techniques}    # marked uses beside a side
    for article in articles:
        unions = gold_unions(article)
        content = article.source.content
        tokens = tokenize(content, article.source.body_start)
        for k, token in enumerate(tokens):
            word = token.norm
            total[word] += 1
            capitalized[word] += token.capitalized
            for technique in settings.cue_techniques:
                if overlap((token.start, token.end), unions.get(technique, [])) == token.end - token.start:
                    inside[technique][word] += 1
                    sided[technique][word] += next_to_a_side(content, tokens, k, settings)
    cues = []
    for technique, counts in inside.items():
        for word, hits in counts.items():
            if sided[technique][word] > settings.cue_side_max_share * hits:
                continue        # the evidence is one side's names ("Angry" in a camp's nickname), not the word
            if _usable(word, hits, total[word], capitalized[word], settings):
                stat = CueStat(technique, word, hits, total[word])
                if rulebook.cue_confidence(stat) >= settings.cue_keep:
                    cues.append(stat)
    return sorted(cues, key=lambda c: (c.technique, c.cue))


def next_to_a_side(content: str, tokens: list[Token], k: int, settings) -> bool:
    """Is the word ``tokens[k]``, or a word within ``cue_side_window`` words of it, a side word
    (``side_words``) or a name (capitalised inside a sentence)? A marked use there may be marked for the
    name it stands by: "Angry" in a camp's nickname says that the nickname was marked, and a cue learnt from
    such uses would carry that side into every text where the word occurs ("an angry crowd")."""
    window = settings.cue_side_window
    return window > 0 and any(_names_a_side(content, tokens, j, settings.side_words)
                              for j in range(max(0, k - window), min(len(tokens), k + window + 1)))


def _names_a_side(content: str, tokens: list[Token], j: int, side_words: frozenset[str]) -> bool:
    token = tokens[j]
    if token.norm in side_words or any(part in side_words for part in token.norm.split("-")):
        return True
    if not token.capitalized or token.text == "I" or j == 0:
        return False
    gap = content[tokens[j - 1].end:token.start]
    return not any(ch in gap for ch in _SENTENCE_OPENERS)      # a capital after these opens a sentence


# A capital after one of these may open a sentence, a quotation or a line, so it marks no name.
_SENTENCE_OPENERS = ".!?…:\n\"“"


def _usable(word: str, hits: int, total: int, capitalized: int, settings) -> bool:
    return (hits >= settings.cue_min_inside and total >= settings.cue_min_total and len(word) >= 3
            and word.isascii() and not any(ch.isdigit() for ch in word)
            and capitalized * 2 < total            # mostly capitalised: a name, not a word choice
            and word not in settings.stopwords and word not in settings.side_words and word not in settings.cue_exclude)


# ------------------------------------------------------------------------------------------ calibration


def calibrate(articles: list[Article], rulebook: Rulebook) -> dict[str, tuple[int, float]]:
    """For each hand-written rule, and each term of a terms rule ("rule|term"): spans produced on
    ``articles`` and their summed precision credit."""
    corpus_rules = tuple(r.id + "." for r in rulebook.rules if r.computed == "corpus-cues")
    matched: Counter = Counter()
    credit: defaultdict = defaultdict(float)
    for article in articles:
        unions = gold_unions(article)
        for c in match_rules(rulebook, prepare(article.source)):
            if c.rule.startswith(corpus_rules):      # corpus cues carry their own counts
                continue
            share = overlap((c.start, c.end), unions.get(c.technique, [])) / (c.end - c.start)
            for key in (c.rule, f"{c.rule}|{c.term}") if c.term else (c.rule,):
                matched[key] += 1
                credit[key] += share
    return {key: (matched[key], round(credit[key], 3)) for key in sorted(matched)}


# ---------------------------------------------------------------------------------------------- writing


def write_cues(path: Path, cues: list[CueStat], note: str) -> None:
    lines = [f"# Derived by benchmarks/ptc_benchmark.py --write-data on {dt.date.today().isoformat()} from {note}.",
             "# Single words and counts only: inside = occurrences inside a gold span of the technique.",
             "technique\tcue\tinside\ttotal"]
    lines += [f"{c.technique}\t{c.cue}\t{c.inside}\t{c.total}" for c in cues]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_calibration(path: Path, calibration: dict[str, tuple[int, float]], note: str) -> None:
    lines = [f"# Derived by benchmarks/ptc_benchmark.py --write-data on {dt.date.today().isoformat()} from {note}.",
             "# matched = spans the rule produced; credit = summed share of each span inside gold spans of its technique.",
             "rule\tterm\tmatched\tcredit"]
    lines += [f"{key.partition('|')[0]}\t{key.partition('|')[2]}\t{n}\t{c}" for key, (n, c) in sorted(calibration.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
