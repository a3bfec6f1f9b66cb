"""Paragraphs for one-block texts: a long block is grouped into paragraphs of a few sentences, at the
places the text turns to something new (``data/paragraph_breaks.yaml``).

Every question points at a paragraph; a 1,400-word speech pasted as one block made every question point
at the same ¶. The new paragraphs are spans of the same text (offsets do not change) and carry
``made=True``, so the lesson can tell the teacher that medialit made the breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from ..datafiles import DATA_DIR, parsed_or_raise, problems_of, read_mapping, whole_numbers
from ..errors import Problem

BREAKS_FILE = DATA_DIR / "paragraph_breaks.yaml"

# A sentence ends at . ! ? or … (with closing quotes or brackets) before a space and a capital, a digit or
# an opening quote. "Dr. Rahm" and "U.S. troops" are not ends.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]*_]*\s+(?=[\"“‘(*_]*[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gen|Col|Lt|Gov|Jr|Sr|No|vs|etc|e\.g|i\.e)|\b[A-Z])\.$")
# "* * *" (or "***", "---") inside a block: the text's own section break.
_INLINE_SEPARATOR = re.compile(r"\s(?:\*\s?){3}(?=\s)|\s-{3,}(?=\s)")


@dataclass(frozen=True)
class BreakRules:
    long_block_words: int = 250
    min_sentences: int = 3
    max_sentences: int = 6
    openers: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_break_rules(path: Path = BREAKS_FILE) -> BreakRules:
    return parsed_or_raise(_parse, path)


def validate_break_rules(path: Path = BREAKS_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def _parse(path: Path, problems: list[Problem]) -> BreakRules:
    data = read_mapping(path, problems)
    if data is None:
        return BreakRules()
    numbers = whole_numbers(path, data, {"long_block_words": 250, "min_sentences": 3, "max_sentences": 6}, problems)
    openers = data.get("openers", [])
    if not isinstance(openers, list) or not all(isinstance(o, str) and o.strip() for o in openers):
        problems.append(Problem(path, "field 'openers' must be a list of words", line=data.line_of("openers"),
                                fix="e.g. openers: [now, finally, let me]"))
        openers = []
    return BreakRules(openers=tuple(o.strip().casefold() for o in openers), **numbers)


def regroup_long_block(content: str, block: "Paragraph") -> list["Paragraph"]:
    """``block`` as it is, or, when it is a long run of sentences, its sentences grouped into paragraphs
    (and any "* * *" inside it as a separator)."""
    rules = load_break_rules()
    if len(content[block.start:block.end].split()) <= rules.long_block_words:
        return [block]
    pieces = _pieces(content, block.start, block.end)
    result = []
    for kind, start, end in pieces:
        if kind == "separator":
            result.append(replace(block, kind="separator", start=start, end=end, lines=((start, end),), made=True))
            continue
        for s, e in _groups(content, _sentences(content, start, end), rules):
            result.append(replace(block, start=s, end=e, lines=((s, e),), made=True))
    return result if len(result) > 1 else [block]


def _pieces(content: str, start: int, end: int) -> list[tuple[str, int, int]]:
    pieces, position = [], start
    for m in _INLINE_SEPARATOR.finditer(content, start, end):
        pieces.append(("text", position, m.start()))
        sep_start = m.start() + len(m.group()) - len(m.group().lstrip())
        pieces.append(("separator", sep_start, m.end()))
        position = m.end()
    pieces.append(("text", position, end))
    return [(k, *_trim(content, s, e)) for k, s, e in pieces if content[s:e].strip()]


def _sentences(content: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    for m in _SENTENCE_END.finditer(content, start, end):
        if _ABBREVIATION.search(content, max(start, m.start() - 6), m.start() + 1):
            continue
        spans.append(_trim(content, position, m.end()))
        position = m.end()
    if content[position:end].strip():
        spans.append(_trim(content, position, end))
    return spans


def _groups(content: str, sentences: list[tuple[int, int]], rules: BreakRules) -> list[tuple[int, int]]:
    groups: list[list[tuple[int, int]]] = []
    for sentence in sentences:
        current = groups[-1] if groups else None
        if current is None or len(current) >= rules.max_sentences or (
                len(current) >= rules.min_sentences and _opens_topic(content, sentence[0], rules.openers)):
            groups.append([sentence])
        else:
            current.append(sentence)
    if len(groups) > 1 and len(groups[-1]) < 2:       # no one-sentence tail: it joins the paragraph before
        groups[-2].extend(groups.pop())
    return [(group[0][0], group[-1][1]) for group in groups]


def _opens_topic(content: str, start: int, openers: tuple[str, ...]) -> bool:
    head = content[start:start + 40].lstrip("\"“‘*_(").casefold()
    return any(head.startswith(opener) and not head[len(opener):len(opener) + 1].isalnum() for opener in openers)


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and content[start].isspace():
        start += 1
    while end > start and content[end - 1].isspace():
        end -= 1
    return start, end
