"""Known claim checks and the cue words of checkable claims (data/checks.yaml).

The claims analysis reads the cues and ties a sentence to a known check; the lesson's verification tasks
read the checks' tasks, searches and sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..datafiles import (DATA_DIR, EntryChecker, check_cue_groups, clean, compile_term, entries, named_entries,
                        parsed_or_raise, read_mapping)
from ..errors import Problem
from .taxonomy import QUESTION_LEVELS as LEVELS

CHECKS_FILE = DATA_DIR / "checks.yaml"
SIFT_MOVES = ("stop", "investigate", "find", "trace")
# "prediction" and "statement" have no cue words: analysis/claims tells them by what a sentence tells (the future;
# neither an event nor a figure, date, document or quotation).
CLAIM_KINDS = ("correction", "document", "quotation", "number", "date", "event", "reported", "prediction", "statement")


@dataclass(frozen=True)
class SourceRef:
    """A source of a known check: a catalog reading id, or a title with an optional seen address."""

    reading: str | None = None
    title: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    cues: tuple[tuple[str, ...], ...]
    sift: str
    level: str
    task: str
    search: tuple[str, ...]
    settles: str
    finding: str
    sources: tuple[SourceRef, ...]
    claim_kind: str | None = None
    priority: int = 1
    patterns: tuple[tuple[re.Pattern, ...], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class ClaimKind:
    kind: str
    words: tuple[str, ...]
    digits: bool = False           # fires on a number written in digits, not a year
    years: bool = False            # fires on a year written in digits (1800-2099)
    needs_quote_marks: bool = False
    patterns: tuple[re.Pattern, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class GenericTask:
    sift: str
    level: str
    task: str
    good_answer: str


@dataclass(frozen=True)
class Checks:
    checks: tuple[Check, ...]
    claim_kinds: tuple[ClaimKind, ...]
    generic: dict
    sift_moves: dict
    not_names: frozenset[str] = frozenset()     # capitalised words that name no one ("White", "Black")

    def get(self, check_id: str | None) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)


# ------------------------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_checks(path: Path = CHECKS_FILE) -> Checks:
    """The known checks and claim cues; raises InputError naming every problem in the file."""
    return parsed_or_raise(parse_checks, path)


def parse_checks(path: Path, problems: list[Problem]) -> Checks:
    data = read_mapping(path, problems)
    if data is None:
        return Checks((), (), {}, {})
    sift_moves = data.get("sift_moves") or {}
    for move in SIFT_MOVES:
        if move not in sift_moves:
            problems.append(Problem(path, f"'sift_moves' lacks {move!r}", fix=f"add '{move}: ...' under sift_moves"))
    kinds = tuple(_claim_kind(EntryChecker(path, item, f"claim kind #{i}", problems))
                  for i, item in enumerate(data.get("claim_kinds") or [], 1))
    generic = {kind: GenericTask(sift=checker.choice("sift", SIFT_MOVES, "SIFT move") or "trace",
                                 level=checker.choice("level", LEVELS, "level") or "analyse",
                                 task=checker.text("task") or "", good_answer=checker.text("good_answer") or "")
               for kind, checker in named_entries(path, data, "generic", CLAIM_KINDS, "task for claim kind",
                                                  "sift, level, task and good_answer", problems)}
    checks = tuple(_check(c) for c in entries(path, data, "checks", "check", problems))
    not_names = frozenset(EntryChecker(path, data, "checks.yaml", problems).texts("not_names"))
    return Checks(checks=checks, claim_kinds=tuple(k for k in kinds if k), generic=generic,
                  sift_moves={k: clean(str(v)) for k, v in sift_moves.items()}, not_names=not_names)


def _claim_kind(checker: EntryChecker) -> ClaimKind | None:
    kind = checker.choice("kind", CLAIM_KINDS, "claim kind")
    words = checker.texts("words", required=True)
    if kind is None:
        return None
    return ClaimKind(kind=kind, words=words, digits=checker.flag("digits", False),
                     years=checker.flag("years", False),
                     needs_quote_marks=checker.flag("needs_quote_marks", False),
                     patterns=tuple(compile_term(w) for w in words))


def _priority(checker: EntryChecker) -> int:
    value = checker.get("priority", 1)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        checker.add("priority", f"must be a whole number of at least 1 (got {value!r})", fix="1 is the most important")
        return 1
    return value


def _check(checker: EntryChecker) -> Check:
    cues = check_cue_groups(checker, "cues", required=True)
    sources = []
    for index, item in enumerate(checker.get("sources") or [], 1):
        ref = EntryChecker(checker.path, item, f"{checker.label} source #{index}", checker.problems)
        if not isinstance(item, dict) or not (item.get("reading") or item.get("title")):
            ref.add(None, "needs 'reading: R..' (a catalog id) or a 'title'",
                    fix="e.g. - {reading: R11} or - {title: 'Reuters, 25 Feb 2022', url: 'https://...'}")
            continue
        sources.append(SourceRef(reading=ref.text("reading", required=False), title=ref.text("title", required=False),
                                 url=ref.url("url", required=False), note=ref.text("note", required=False)))
    if not sources:
        checker.add("sources", "needs at least one source", fix="name the document or report that settles the claim")
    return Check(
        id=str(checker.get("id")), title=checker.text("title") or "", cues=cues,
        sift=checker.choice("sift", SIFT_MOVES, "SIFT move") or "trace",
        level=checker.choice("level", LEVELS, "level") or "analyse",
        task=checker.text("task") or "", search=checker.texts("search", required=True),
        settles=checker.text("settles") or "", finding=checker.text("finding") or "",
        sources=tuple(sources),
        claim_kind=checker.choice("claim_kind", CLAIM_KINDS, "claim kind", required=False),
        priority=_priority(checker),
        patterns=tuple(tuple(compile_term(t) for t in group) for group in cues),
    )
