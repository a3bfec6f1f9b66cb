"""Verification: checkable claims become tasks (which SIFT move, what to search, what settles it).

A claim linked to a known check (data/checks.yaml) gets that check's task and, in the teacher key, what
the sources show and the sources themselves (titles and seen addresses from the reading catalog). Any
other claim gets a task built from its kind and its own cue words (the date, the number, the report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .datafiles import (DATA_DIR, EntryChecker, check_cue_groups, clean, compile_term, entries, named_entries,
                        parsed_or_raise, read_mapping)
from .errors import Problem
from .questions import LEVELS, Answer, Citation, Question

CHECKS_FILE = DATA_DIR / "checks.yaml"
SIFT_MOVES = ("stop", "investigate", "find", "trace")
CLAIM_KINDS = ("correction", "document", "quotation", "number", "date", "event")
MIN_QUESTIONS = 5
MAX_QUESTIONS = 8
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


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
    digits: bool = False
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

    def get(self, check_id: str | None) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)


# ------------------------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_checks(path: Path = CHECKS_FILE) -> Checks:
    """The known checks and claim cues; raises InputError naming every problem in the file."""
    return parsed_or_raise(_parse, path)


def validate_checks(path: Path = CHECKS_FILE, catalog_path: Path | None = None) -> list[Problem]:
    """Every problem in checks.yaml, including source readings that are not in the catalog."""
    problems: list[Problem] = []
    checks = _parse(path, problems)
    if catalog_path is not None and catalog_path.exists():
        from .readings import catalog_ids
        known = catalog_ids(catalog_path)
        for check in checks.checks:
            for ref in check.sources:
                if ref.reading and known is not None and ref.reading not in known:
                    problems.append(Problem(path, f"check {check.id!r} field 'sources' names reading {ref.reading!r}, "
                                                  f"which is not in {catalog_path.name}",
                                            fix="use a reading id from catalog.yaml, or give a title and a seen url"))
    return problems


def _parse(path: Path, problems: list[Problem]) -> Checks:
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
    return Checks(checks=checks, claim_kinds=tuple(k for k in kinds if k), generic=generic,
                  sift_moves={k: clean(str(v)) for k, v in sift_moves.items()})


def _claim_kind(checker: EntryChecker) -> ClaimKind | None:
    kind = checker.choice("kind", CLAIM_KINDS, "claim kind")
    words = checker.texts("words", required=True)
    if kind is None:
        return None
    return ClaimKind(kind=kind, words=words, digits=checker.flag("digits", False),
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


# ------------------------------------------------------------------------------------------ questions


def verification_questions(source, analysis) -> list[Question]:
    """Five to eight verification tasks: the known checks the text's claims touch (one question each, at
    the first claim; the most important checks first if there are more than eight), then tasks for other
    claims by kind, spread over the text. In text order."""
    checks = load_checks()
    first_claim: dict[str, object] = {}
    for claim in analysis.claims:
        if claim.check and checks.get(claim.check) and claim.check not in first_claim:
            first_claim[claim.check] = claim
    chosen = sorted(first_claim.items(), key=lambda kv: (checks.get(kv[0]).priority, kv[1].start))[:MAX_QUESTIONS]
    questions = [_known_check_question(source, claim, checks.get(check_id), checks)
                 for check_id, claim in sorted(chosen, key=lambda kv: kv[1].start)]
    used = {check_id for check_id, _ in chosen}
    for claim in _spread(list(analysis.claims), used, MIN_QUESTIONS - len(questions)):
        questions.append(_generic_question(source, claim, checks))
    return sorted(questions, key=lambda q: (q.paragraph or 0, q.prompt))


def _spread(claims: list, used_checks: set[str], wanted: int) -> list:
    """Claims without a known check, best kinds first, at most one per paragraph, in text order."""
    if wanted <= 0:
        return []
    rank = {kind: i for i, kind in enumerate(CLAIM_KINDS)}
    pool = [c for c in claims if c.check is None or c.check not in used_checks]
    chosen: list = []
    paragraphs: set[int] = set()
    ranked = sorted(pool, key=lambda c: (rank.get(c.kind, 99), -len(c.cues), c.start))
    for claim in ranked:
        if claim.paragraph not in paragraphs and len(chosen) < wanted:
            chosen.append(claim)
            paragraphs.add(claim.paragraph)
    for claim in ranked:                        # a short text: a second claim from the same paragraph
        if claim not in chosen and len(chosen) < wanted:
            chosen.append(claim)
    return sorted(chosen, key=lambda c: c.start)


def _known_check_question(source, claim, check: Check, checks: Checks) -> Question:
    move = checks.sift_moves.get(check.sift, check.sift)
    searches = "; ".join(f"“{s}”" for s in check.search)
    return Question(
        section="verification", level=check.level, paragraph=claim.paragraph,
        quote=_quote_for(source, claim, check),
        prompt=f"{move}. {check.task} What would you search for, and which document or report would settle it?",
        answer=Answer(
            good_answer=f"Uses the move “{move.split(':')[0]}”; searches for something like {searches}; names "
                        f"{check.settles} as what settles it; reports what those sources say, attributed.",
            why=f"{check.title}. {check.finding}",
            sources=citations(check),
        ),
        minutes=6 if check.level in ("evaluate", "create") else 4,
    )


def _generic_question(source, claim, checks: Checks) -> Question:
    task = checks.generic[claim.kind]
    move = checks.sift_moves.get(task.sift, task.sift)
    cue_text = ", ".join(f"“{c}”" for c in claim.cues[:3])
    return Question(
        section="verification", level=task.level, paragraph=claim.paragraph, quote=_quote_for(source, claim, None),
        prompt=f"{move}. {task.task.format(cues=cue_text)}",
        answer=Answer(good_answer=task.good_answer,
                      why=f"The sentence is a checkable {claim.kind} claim; the words to check are {cue_text}. "
                          f"No known check for it is recorded yet, so the answer is the search itself."),
        minutes=4,
    )


def _quote_for(source, claim, check: Check | None) -> str:
    """A short exact quote: the clause of the claim around the check's cue words, or the claim's cues."""
    from .analysis.claims import Sentence, clause_around

    sentence = Sentence(claim.start, claim.end, claim.paragraph)
    start, end = claim.start, claim.end
    groups = check.patterns if check else ((compile_term(c),) for c in claim.cues[:1])
    for group in groups:
        hits = [p.search(source.content, claim.start, claim.end) for p in group]
        if all(hits):
            start, end = min(h.start() for h in hits), max(h.end() for h in hits)
            break
    start, end = clause_around(source, sentence, start, end)
    return source.content[start:end]


def citations(check: Check) -> tuple[Citation, ...]:
    """The check's sources as citations; catalog readings give their title, publisher, date and link."""
    from .readings import load_catalog

    catalog = load_catalog()
    result = []
    for ref in check.sources:
        if ref.reading:
            reading = catalog.get(ref.reading)
            if reading is None:
                continue
            result.append(Citation(title=f"{reading.title} ({reading.publisher}, {reading.date})",
                                   url=reading.link, note=ref.note or (None if reading.link else reading.access)))
        else:
            result.append(Citation(title=ref.title or "", url=ref.url, note=ref.note))
    return tuple(result)


@dataclass(frozen=True)
class KnownCheck:
    """A known check that a claim of this text touches, for the teacher's verification notes."""

    check: Check
    paragraph: int
    citations: tuple[Citation, ...]


def partial_context(source, analysis) -> dict:
    """What verification.md.j2 needs besides the lesson context: ``known_checks`` (KnownCheck, in text
    order, one per check) and ``sift_moves`` (move id -> explanation)."""
    checks = load_checks()
    known: dict[str, KnownCheck] = {}
    for claim in analysis.claims:
        check = checks.get(claim.check)
        if check is not None and check.id not in known:
            known[check.id] = KnownCheck(check, claim.paragraph, citations(check))
    return {"known_checks": tuple(known.values()), "sift_moves": dict(checks.sift_moves)}
