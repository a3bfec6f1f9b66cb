"""The extent of a highlight: how much text around the words that fired a flag covers (issue 14).

A rule fires on a word ("mob"); annotators mark the phrase it belongs to ("radical left mob"). How far
a word flag of a rule family reaches is data, ``extents:`` in ``data/rules/corpus.yaml``: ``{left: L,
right: R}`` takes in up to L content words before the flag and R after it, chosen on the PTC training
folds (``benchmarks/extent_study.py``). A flag grows only within its phrase: never across punctuation
that ends a clause (, ; : brackets, dashes, quotation marks), a sentence end, a word that opens a clause
("and", "which", "because"), a function word (the stopwords and prepositions: "the radical left mob" grows
to "radical left mob", not to "the"), a possessive ("Russia's oligarchs" highlights "oligarchs"), or a word
another word-level flag lies on.

Passage flags keep their sentence, and word flags do not grow to their clause: on both corpora,
shrinking passages to a clause lost more of the annotated spans than it gained in precision, and a
clause ("This is a CATASTROPHE") reads worse to a teacher than the word and its phrase. The reason keeps
speaking of the cue ("'mob' labels a group of people"); only the highlighted stretch changes. A flag's
id (rule@start) moves with its start, so a teacher's review selects flags by quote.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..errors import Problem

# Characters between two words that end a clause (a sentence end is read from the sentence spans).
CLAUSE_MARKS = frozenset(",;:()[]{}—–\"“”«»'‘’")
# Words that open a new clause: a phrase never grows over them.
CLAUSE_WORDS = frozenset(
    "and but or nor yet so because while whereas although though since unless until if when whenever where "
    "which who whom whose that than as".split())
# Prepositions the stopwords leave out: "rise above partisan interests" grows "partisan" to "partisan
# interests", not to "above partisan".
PREPOSITIONS = frozenset(
    "above across against along amid amidst among around behind below beneath beside besides between beyond "
    "despite during except inside like near onto outside per through throughout toward towards under underneath "
    "unlike upon via within without".split())
MAX_WORDS = 5       # a phrase, not a sentence
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_STOPS = CLAUSE_MARKS | frozenset(".!?\n")


@dataclass(frozen=True)
class Extent:
    left: int = 0       # content words taken in before the flag
    right: int = 0      # content words taken in after it


def parse_extents(data, path, problems: list[Problem]) -> dict[str, Extent]:
    """``extents:`` of corpus.yaml: rule family -> ``{left: L, right: R}``."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(path, "'extents' must map rule families to an extent",
                                fix="e.g. extents: {loaded-language.model: {left: 1, right: 1}}"))
        return {}
    extents = {}
    for family, value in data.items():
        if (isinstance(value, dict) and value and set(value) <= {"left", "right"}
                and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_WORDS
                        for v in value.values())):
            extents[str(family)] = Extent(**{k: int(v) for k, v in value.items()})
        else:
            problems.append(Problem(path, f"extents: '{family}' has the extent {value!r}",
                                    fix=f"write {{left: N, right: N}} with N from 0 to {MAX_WORDS}"))
    return extents


def apply_extents(candidates: list, text, extents: dict[str, Extent], stopwords: frozenset[str],
                  word_levels: tuple[str, ...]) -> list:
    """The word-level candidates with the extents of their rule families (see the module's docstring)."""
    if not extents or not candidates:
        return candidates
    chosen = [extents.get(".".join(c.rule.split(".")[:2])) if c.level in word_levels else None for c in candidates]
    if not any(chosen):
        return candidates
    phrases = _Phrases(text)
    taken = set()          # tokens that word-level flags lie on: a flag grows up to them, not over them
    for c in candidates:
        if c.level in word_levels:
            taken.update(range(*phrases.token_range(c.start, c.end)))
    out = []
    for c, extent in zip(candidates, chosen):
        if extent is not None:
            start, end = phrases.extend(c.start, c.end, extent, stopwords, taken)
            c = replace(c, start=start, end=end)
        out.append(c)
    return out


class _Phrases:
    """A text's tokens and where a phrase must end: after token i when the gap to token i + 1 holds a
    clause mark or a sentence's end, or the two lie in different sentences."""

    def __init__(self, text) -> None:
        self.tokens = text.tokens
        self.starts = [t.start for t in text.tokens]
        sentence_starts = [s for s, _ in text.sentences]
        number = [bisect.bisect_right(sentence_starts, t.start) - 1 for t in text.tokens]
        gaps = [text.content[a.end:b.start] for a, b in zip(text.tokens, text.tokens[1:])]
        self.breaks = [number[i] != number[i + 1] or not _STOPS.isdisjoint(gap) for i, gap in enumerate(gaps)] + [True]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last + 1) of the tokens inside [start, end)."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def extend(self, start: int, end: int, extent: Extent, stopwords: frozenset[str],
               taken: set[int]) -> tuple[int, int]:
        first, stop = self.token_range(start, end)
        if stop <= first:
            return start, end
        first, last = self._grow(first, stop - 1, extent, stopwords, taken)
        return min(start, self.tokens[first].start), max(end, self.tokens[last].end)

    def _grow(self, first: int, last: int, extent: Extent, stopwords: frozenset[str],
              taken: set[int]) -> tuple[int, int]:
        for _ in range(extent.left):
            k = first - 1
            if k < 0 or self.breaks[k] or not self._content(k, stopwords, taken):
                break
            first = k
        for _ in range(extent.right):
            k = last + 1
            if k >= len(self.tokens) or self.breaks[last] or not self._content(k, stopwords, taken):
                break
            last = k
        return first, last

    def _content(self, k: int, stopwords: frozenset[str], taken: set[int]) -> bool:
        token = self.tokens[k]
        # A possessive names the owner, not the label ("Russia's oligarchs" highlights "oligarchs").
        possessive = token.text.lower().endswith(_POSSESSIVE)
        return (token.norm not in stopwords and token.norm not in CLAUSE_WORDS and token.norm not in PREPOSITIONS
                and not possessive and k not in taken)
