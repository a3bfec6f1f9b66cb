"""Overlaps: which of the candidates that overlap one another stand (``resolve_overlaps``): a small, pure
function, so the choice among overlapping flags is made in one place and can be read and tested alone.
"""

from __future__ import annotations

import bisect

from .candidates import Candidate


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep, within each level, the surest of overlapping spans (then the longest, then the first); on
    sentences a hand-written rule before the sentence model.

    Word-level flags compete with each other whatever their technique; sentence-level flags compete
    only with flags of the same technique, since one sentence can use several techniques."""
    kept: list[Candidate] = []
    # Per level, the spans kept so far, sorted. They do not overlap, so their ends are sorted too, and
    # of those that start before a candidate ends, the last one reaches furthest: it alone decides
    # whether the candidate overlaps one (a binary search instead of a look at every kept span).
    taken: dict[tuple, list[tuple[int, int]]] = {}
    # A hand-written passage rule goes before the sentence model's guess of the same technique, as in
    # ``display.primaries``: its reason names the words a student can check.
    for c in sorted(candidates, key=lambda c: (c.level == "sentence" and c.rule.endswith(".model-sentence"),
                                               -c.confidence, -(c.end - c.start), c.start, c.rule)):
        key = (c.level, c.technique) if c.level == "sentence" else (c.level,)
        spans = taken.setdefault(key, [])
        before_end = bisect.bisect_left(spans, (c.end,))
        if before_end and spans[before_end - 1][1] > c.start:
            continue
        bisect.insort(spans, (c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end, c.technique, c.rule))
