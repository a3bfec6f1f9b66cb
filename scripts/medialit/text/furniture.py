"""The page around the text: bylines, datelines, labels, prompts and disclaimers, found by the generic
patterns of ``data/furniture.yaml``.

A block that matches is not a paragraph of the author's argument: the lesson shows it apart, the detector
does not flag it, and the framing signals still read it (what the page adds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import DATA_DIR, entries, parsed_or_raise, problems_of, read_mapping, whole_numbers
from ..errors import Problem

FURNITURE_FILE = DATA_DIR / "furniture.yaml"
_PLACEHOLDERS = {"author", "surname"}


@dataclass(frozen=True)
class FurnitureKind:
    id: str
    label: str
    max_words: int
    patterns: tuple[str, ...]
    edges_only: bool = False       # only before the argument's first paragraph or after its last
    triggers: tuple[str, ...] = () # one of these (lower case) is in every match; () means always search
    page_after: bool = False       # only when nothing but a few short blocks of the page follow it (a sign-off)
    ends_text: bool = False        # the text ends above it: the short blocks below it are the page too


@dataclass(frozen=True)
class FurnitureData:
    kinds: tuple[FurnitureKind, ...]
    between_max_words: int = 30
    foot_max_words: int = 150

    @cached_property
    def longest(self) -> int:
        """No block longer than this is page furniture of any kind."""
        return max((kind.max_words for kind in self.kinds), default=0)


@lru_cache(maxsize=4)
def load_furniture(path: Path = FURNITURE_FILE) -> FurnitureData:
    return parsed_or_raise(_parse, path)


def validate_furniture(path: Path = FURNITURE_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def _parse(path: Path, problems: list[Problem]) -> FurnitureData:
    data = read_mapping(path, problems)
    if data is None:
        return FurnitureData(())
    kinds = []
    for checker in entries(path, data, "kinds", "kind", problems):
        patterns = checker.texts("patterns", required=True)
        for pattern in patterns:
            unknown = set(re.findall(r"\{([A-Za-z_]\w*)\}", pattern)) - _PLACEHOLDERS
            try:
                re.compile(_fill(pattern, "Name", "Name"))
            except re.error as exc:
                checker.add("patterns", f"holds {pattern!r}, which is not a regular expression: {exc}",
                            fix="check brackets and backslashes (in single quotes a backslash is written once)")
            if unknown:
                checker.add("patterns", f"uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                            fix="use {author} or {surname}")
        max_words = checker.get("max_words", 30)
        if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1:
            checker.add("max_words", f"must be a whole number of at least 1 (got {max_words!r})")
            max_words = 30
        triggers = tuple(t.casefold() for t in checker.texts("triggers"))
        kinds.append(FurnitureKind(str(checker.get("id")), checker.text("label") or "", max_words, patterns,
                                   checker.flag("edges_only", False), triggers, checker.flag("page_after", False),
                                   checker.flag("ends_text", False)))
    return FurnitureData(tuple(kinds), **whole_numbers(path, data, {"between_max_words": 30, "foot_max_words": 150},
                                                       problems))


def _fill(pattern: str, author: str | None, surname: str | None) -> str | None:
    """The pattern with the author's name in; None when it needs a name the text does not give."""
    if ("{author}" in pattern and not author) or ("{surname}" in pattern and not surname):
        return None
    return pattern.replace("{author}", re.escape(author or "")).replace("{surname}", re.escape(surname or ""))


@lru_cache(maxsize=256)
def _compiled(author: str | None) -> tuple[tuple[FurnitureKind, re.Pattern | None], ...]:
    """Each kind with its patterns joined into one expression (one search a block instead of one a pattern)."""
    surname = author.split()[-1] if author and author.split() else None
    result = []
    for kind in load_furniture().kinds:
        filled = [p for p in (_fill(p, author, surname) for p in kind.patterns) if p]
        result.append((kind, re.compile("|".join(f"(?:{p})" for p in filled), re.I) if filled else None))
    return tuple(result)


def furniture_kind(text: str, author: str | None, edge: bool = True, page_after: bool = False) -> FurnitureKind | None:
    """The kind of page furniture ``text`` (a block without its Markdown) is, or None for the text itself.
    ``edge``: the block stands before the argument's first paragraph or after its last; ``page_after``: only a
    few short blocks of the page around the text follow it (the kinds that need it are not looked for else)."""
    words = text.split()
    if len(words) > load_furniture().longest:
        return None                 # most paragraphs of an article: longer than any page furniture
    text = " ".join(words)
    folded = text.casefold()
    for kind, pattern in _compiled(author):
        if (pattern is not None and len(words) <= kind.max_words and (edge or not kind.edges_only)
                and (page_after or not kind.page_after)
                and (not kind.triggers or any(t in folded for t in kind.triggers)) and pattern.search(text)):
            return kind
    return None


# Kinds of numbered paragraph that are the page around the text rather than the author's words.
FURNITURE_KINDS = frozenset({"furniture", "page", "byline", "dateline", "share", "separator"})


def furniture_paragraphs(source) -> frozenset[int]:
    """Numbers of the paragraphs that are page furniture (bylines, share prompts, disclaimers) although
    numbered as the author's text: marked so (``Paragraph.kind``) or recognised by ``furniture_kind``.
    The detector and the lesson both ask for the same text, so the last text's answer is kept."""
    if _last_found and _last_found[0][0] is source:
        return _last_found[0][1]
    found = set()
    for paragraph in source.paragraphs:
        if str(getattr(paragraph, "kind", "") or "").lower() in FURNITURE_KINDS \
                or furniture_kind(source.paragraph_text(paragraph.number), source.meta.author):
            found.add(paragraph.number)
    _last_found[:] = [(source, frozenset(found))]
    return _last_found[0][1]


_last_found: list[tuple[object, frozenset[int]]] = []
