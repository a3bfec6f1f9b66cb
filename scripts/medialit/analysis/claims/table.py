"""Which claims a lesson shows: ranked, without repeats, at most a table's rows."""

from __future__ import annotations

from ..findings import Claim
from .speech import is_quoted_cue


def ranked_claims(claims, limit: int | None = None) -> list[Claim]:
    """The claims most worth checking first: those a known check settles, then those with something to
    look up (a name, a figure, a date, a document or a quotation) before statements, which only the
    writer's judgement holds together; by score, ties in text order. (Lessons take the best claims of the
    whole text, not the first ones.)"""
    ranked = sorted(claims, key=lambda c: (c.check is None, c.kind in _JUDGED_KINDS, -c.score, c.start))
    return ranked[:limit] if limit is not None else ranked


# Claims with nothing of their own to look up: a student weighs them, no report or record settles them.
_JUDGED_KINDS = frozenset(("statement",))
TABLE_CLAIMS = 12       # rows of a lesson's claims table


def table_claims(claims) -> list[Claim]:
    """The rows of a lesson's claims table: the TABLE_CLAIMS claims most worth checking, in text order;
    a lead repeated further down (the same two or more figures) is one row, as it is one task."""
    return sorted(without_repeats(ranked_claims(claims))[:TABLE_CLAIMS], key=lambda c: c.start)


def without_repeats(claims) -> list[Claim]:
    """The claims, in the order given, without those whose figures (two or more) an earlier one already
    gives: a news report repeats its lead further down ("21 suspected cases, including 17 deaths")."""
    seen: set[frozenset[str]] = set()
    kept = []
    for claim in claims:
        figures = frozenset(c for c in claim.cues if any(ch.isdigit() for ch in c) and not is_quoted_cue(c))
        if len(figures) >= 2 and figures in seen:
            continue
        seen.add(figures)
        kept.append(claim)
    return kept
