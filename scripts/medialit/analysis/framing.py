"""Framing signals of the page itself: what the outlet puts around the author's words.

Editorial notes, corrections, disclaimers, appeals, author bios, category labels and bold emphasis are
found by data-driven patterns (data/framing.yaml); each found signal can become a Source-and-bias
question. Nothing here judges the page: a signal says what is there and asks who put it there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from collections.abc import Sequence

from ..datafiles import DATA_DIR, check_cue_groups, entries, parsed_or_raise, problems_of, read_mapping
from ..errors import Problem
from ..text.source import Source
from .claims import is_correction_note
from .sentences import Sentence, find_cues, split_sentences, term_positions
from .taxonomy import QUESTION_LEVELS as LEVELS

FRAMING_FILE = DATA_DIR / "framing.yaml"
_BOLD = re.compile(r"(?<!\*)\*\*(?!\*)(?P<inner>[^*\n](?:[^*]|\*(?!\*))*?)\*\*|\*\*\*(?P<inner3>[^*\n]+?)\*\*\*")
_MIN_BOLD_WORDS = 4
_PLACEHOLDERS = {"outlet", "author_surname"}


@dataclass(frozen=True)
class SignalSpec:
    id: str
    label: str
    level: str
    priority: int
    prompt: str
    good_answer: str
    cues: tuple[tuple[str, ...], ...] = ()
    markup: str | None = None
    whole_paragraph: bool = False
    follows: bool = False


@dataclass(frozen=True)
class FramingSignal:
    """One thing the page adds around the text: where it is, what it says, and what kind it is."""

    kind: str
    label: str
    start: int
    end: int
    text: str                 # as a reader sees it (without Markdown)
    paragraph: int | None     # None: in the page around the text, which has no paragraph numbers
    count: int = 1            # for emphasis: how many bold passages the page has


@dataclass(frozen=True)
class FramingData:
    signals: tuple[SignalSpec, ...]
    max_questions: int = 5

    def spec(self, kind: str) -> SignalSpec:
        return next(s for s in self.signals if s.id == kind)


@lru_cache(maxsize=4)
def load_framing(path: Path = FRAMING_FILE) -> FramingData:
    return parsed_or_raise(_parse, path)


def validate_framing(path: Path = FRAMING_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def _parse(path: Path, problems: list[Problem]) -> FramingData:
    data = read_mapping(path, problems)
    if data is None:
        return FramingData(())
    specs = []
    for checker in entries(path, data, "signals", "signal", problems):
        markup = checker.choice("markup", ("bold",), "markup", required=False)
        cues = check_cue_groups(checker, "cues", required=markup is None)
        for group in cues:
            for term in group:
                unknown = set(re.findall(r"\{(\w+)\}", term)) - _PLACEHOLDERS
                if unknown:
                    checker.add("cues", f"uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                                fix="use {outlet} or {author_surname}")
        priority = checker.get("priority", 99)
        if not isinstance(priority, int):
            checker.add("priority", f"must be a whole number (got {priority!r})")
            priority = 99
        specs.append(SignalSpec(
            id=str(checker.get("id")), label=checker.text("label") or "", level=checker.choice("level", LEVELS, "level") or "analyse",
            priority=priority, prompt=checker.text("prompt") or "", good_answer=checker.text("good_answer") or "",
            cues=cues, markup=markup, whole_paragraph=checker.flag("whole_paragraph", False),
            follows=checker.flag("follows", False)))
    max_questions = data.get("max_questions", 5)
    return FramingData(tuple(sorted(specs, key=lambda s: (s.priority, s.id))),
                       max_questions if isinstance(max_questions, int) else 5)


# ----------------------------------------------------------------------------------------- detection


def detect_framing(source: Source, outlet_names: Sequence[str] = ()) -> list[FramingSignal]:
    """Every framing signal on the page, the first of each kind per paragraph, in text order.

    ``outlet_names`` are the names the page's outlets go by (with their profiles' aliases), for the
    cues' {outlet} placeholder; the publication chain's own names are used when none are given."""
    data = load_framing()
    outlets = list(outlet_names) or [n for n in dict.fromkeys(source.meta.publication_chain) if n]
    surname = _surname(source.meta.author)
    signals: list[FramingSignal] = []
    for spec in data.signals:
        if spec.markup == "bold":
            signals.extend(_bold(source, spec))
        else:
            signals.extend(_by_cues(source, spec, outlets, surname))
    return sorted(signals, key=lambda s: (s.start, s.kind))


def _by_cues(source: Source, spec: SignalSpec, outlets: list[str], surname: str | None) -> list[FramingSignal]:
    groups = _groups_present(source, _expand(spec.cues, outlets, surname))
    if not groups:
        return []
    found = []
    for match in find_cues(source, groups, _page_units(source), within="sentence"):
        if spec.follows and not is_correction_note(source.content, match.sentence.start, match.start, match.end):
            continue        # "the teacher has not corrected the error": the story's, not the page's note
        number = match.sentence.paragraph
        start, end = (match.sentence.start, match.sentence.end) if spec.whole_paragraph else (match.start, match.end)
        if number is None:                           # the page around the text: the whole block
            start, end = match.sentence.start, match.sentence.end
        elif spec.follows and number < len(source.paragraphs) and len(source.paragraph_text(number).split()) <= 3:
            nxt = source.paragraphs[number]          # the paragraph after a heading such as "Correction:"
            start, end, number = nxt.start, nxt.end, nxt.number
        elif not spec.whole_paragraph:
            start, end = _sentence_around(source, match.start, match.end)
            marks = source.content.rfind("**", start, match.end)
            if marks != -1:          # "***Michael Whitney** is a renowned ...": quote from after the name
                start = marks + 2
        start, end = _strip(source.content, start, end)
        found.append(FramingSignal(spec.id, spec.label, start, end, source.plain(start, end), number))
    return found


def _page_units(source: Source) -> list[Sentence]:
    """The blocks framing reads: the author's paragraphs and the page around the text (paragraph None)."""
    blocks = source.blocks or source.paragraphs
    return [Sentence(b.start, b.end, b.number) for b in blocks if b.numbered or b.kind in ("furniture", "headline")]


def _groups_present(source: Source, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The cue groups whose every term occurs somewhere in the body: only these can match in a paragraph.
    Most pages carry none of most signals, and the term positions are already indexed, so this spares
    ``find_cues`` building its paragraph units for nothing (~0.2 ms per lesson)."""
    return tuple(group for group in groups if all(term_positions(source, term) for term in group))


def _bold(source: Source, spec: SignalSpec) -> list[FramingSignal]:
    if not _may_have_bold(source):
        return []
    spans = []
    for match in _BOLD.finditer(source.content, source.body_start):
        group = "inner" if match.group("inner") is not None else "inner3"
        start, end = match.span(group)
        start, end = _strip(source.content, start, end)
        if end > start and source.paragraph_at(start):
            spans.append((start, end))
    if not spans:
        return []
    long_spans = [s for s in spans if len(source.content[s[0]:s[1]].split()) >= _MIN_BOLD_WORDS] or spans
    start, end = long_spans[0]
    return [FramingSignal(spec.id, spec.label, start, end, source.plain(start, end), source.paragraph_at(start),
                          count=len(spans))]


def bold_passages(source: Source) -> list[tuple[int, str]]:
    """(paragraph, text) of every bold passage, for the teacher's "read only the bold" exercise."""
    result: list[tuple[int, str]] = []
    if not _may_have_bold(source):
        return result
    for match in _BOLD.finditer(source.content, source.body_start):
        group = "inner" if match.group("inner") is not None else "inner3"
        start, end = _strip(source.content, *match.span(group))
        if end > start and source.paragraph_at(start):
            result.append((source.paragraph_at(start), source.plain(start, end)))
    return result


def _may_have_bold(source: Source) -> bool:
    """Every bold passage starts with "**"; most pages have none, and a plain search finds that out
    far faster than the bold pattern (~0.01 ms instead of ~0.15 ms for a 9,000-character page)."""
    return source.content.find("**", source.body_start) != -1


def _expand(groups, outlets: list[str], surname: str | None) -> tuple[tuple[str, ...], ...]:
    result = []
    for group in groups:
        terms = []
        for term in group:
            if "{author_surname}" in term and not surname:
                break
            alternatives = []
            for alternative in term.split("|"):
                if "{outlet}" in alternative:
                    alternatives.extend(alternative.replace("{outlet}", name) for name in outlets)
                else:
                    alternatives.append(alternative.replace("{author_surname}", surname or ""))
            if alternatives:
                terms.append("|".join(alternatives))
        else:
            if terms:
                result.append(tuple(terms))
    return tuple(result)


def _surname(author: str | None) -> str | None:
    words = (author or "").split()
    return words[-1] if words else None


def _sentence_around(source: Source, start: int, end: int) -> tuple[int, int]:
    for sentence in split_sentences(source):
        if sentence.start <= start < sentence.end:
            return sentence.start, max(sentence.end, end)
    return start, end


def _strip(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (content[start].isspace() or content[start] in "*_"):
        start += 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in "*_"):
        end -= 1
    return start, end
