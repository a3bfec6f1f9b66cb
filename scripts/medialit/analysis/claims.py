"""Checkable claims: sentences with dates, numbers, quotations of others, cited documents, events or
corrections, each linked to a known check (data/checks.yaml) when one settles it.

Two steps, as in a rule-based matcher: ``split_sentences`` and ``find_cues`` find spans; ``detect_claims``
turns them into ``Claim`` findings. The cue words are data (checks.yaml 'claim_kinds'); this module only
knows how to match them. Offsets index ``source.content``; only the body is searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..datafiles import compile_term
from ..sources import Source
from .findings import Claim

# A sentence ends at . ! ? (with any closing quotes or emphasis marks) followed by white space and
# something that can start a sentence. Paragraph ends always end a sentence.
_SENTENCE_END = re.compile(r"""[.!?…]+[”"’'*)\]]*(?=\s+[“"‘'(\[*]*[A-Z0-9“"])|\n[ \t]*\n(?=[ \t]*[“"‘'(\[*]*[A-Z])""")
_DIGITS = re.compile(r"(?<![\w@/])\d[\d,.]*\d?(?!\w)")
_QUOTED = re.compile(r"[“\"][^”\"]{12,}[”\"]")
_MIN_WORDS = 6          # shorter lines are bylines, datelines and labels, not claims
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "U.S.", "U.K.", "e.g.", "i.e.", "No.", "vs.", "Gen.", "Sen.")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class CueMatch:
    """Where a group of cue words occurs together: the sentence and the span from first to last word."""

    sentence: Sentence
    start: int
    end: int
    words: tuple[str, ...]


def split_sentences(source: Source) -> list[Sentence]:
    """Sentences of the body, in order, each inside one paragraph."""
    sentences: list[Sentence] = []
    content = source.content
    for paragraph in source.paragraphs:
        start = paragraph.start
        for match in _SENTENCE_END.finditer(content, paragraph.start, paragraph.end):
            if content[max(start, match.start() - 4): match.end()].endswith(_ABBREVIATIONS):
                continue
            sentences.append(_trimmed(content, start, match.end(), paragraph.number))
            start = match.end()
        if content[start:paragraph.end].strip():
            sentences.append(_trimmed(content, start, paragraph.end, paragraph.number))
    return [s for s in sentences if s.end > s.start]


def _trimmed(content: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and content[start].isspace():
        start += 1
    while end > start and content[end - 1].isspace():
        end -= 1
    return Sentence(start, end, paragraph)


def find_cues(source: Source, groups: tuple[tuple[str, ...], ...], sentences: list[Sentence] | None = None,
              within: str = "sentence") -> list[CueMatch]:
    """Every sentence (or paragraph, with ``within="paragraph"``) where all words of a group occur,
    in text order; a span matched by an earlier group is not reported again for a later one."""
    units = sentences if within == "sentence" and sentences is not None else (
        split_sentences(source) if within == "sentence" else
        [Sentence(p.start, p.end, p.number) for p in source.paragraphs])
    compiled = [[compile_term(term) for term in group] for group in groups]
    found: dict[tuple[int, int], CueMatch] = {}
    for unit in units:
        for group, patterns in zip(groups, compiled):
            hits = [p.search(source.content, unit.start, unit.end) for p in patterns]
            if all(hits):
                key = (unit.start, unit.end)
                if key not in found:
                    found[key] = CueMatch(unit, min(h.start() for h in hits), max(h.end() for h in hits),
                                          tuple(h.group(0) for h in hits))
    return sorted(found.values(), key=lambda m: (m.start, m.end))


def clause_around(source: Source, sentence: Sentence, start: int, end: int, limit: int = 180) -> tuple[int, int]:
    """A short span of the sentence holding ``start:end``: the whole sentence if short, else the clause
    (between commas, semicolons, colons or dashes) around it. Always exact text of the source."""
    content = source.content
    if sentence.end - sentence.start <= limit and "\n\n" not in content[sentence.start:sentence.end]:
        return _strip_marks(content, sentence.start, sentence.end)
    left = start
    while left > sentence.start and content[left - 1] not in ",;:—–\n":
        left -= 1
    right = end
    while right < sentence.end and content[right] not in ",;:—–\n":
        right += 1
    if right - left > limit:
        left, right = start, min(sentence.end, max(end, start + limit))
        while right < sentence.end and content[right - 1].isalnum():
            right += 1
    return _strip_marks(content, left, right)


def _strip_marks(content: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space, emphasis and punctuation at the edges of a span, keeping brackets balanced."""
    while start < end and (content[start].isspace() or content[start] in "*_[“\"‘'"):
        start += 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in "*_],;:—–"):
        end -= 1
    for opening, closing in (("(", ")"), ("“", "”")):
        while start < end and content[start] == opening and content.count(opening, start, end) > content.count(closing, start, end):
            start += 1
        while end > start and content[end - 1] == closing and content.count(closing, start, end) > content.count(opening, start, end):
            end -= 1
        if content.count(opening, start, end) > content.count(closing, start, end) and content[end:end + 1] == closing:
            end += 1
    return start, end


# ---------------------------------------------------------------------------------------------- claims


def detect_claims(source: Source) -> list[Claim]:
    """One claim per sentence that carries at least one cue of a checkable kind."""
    from ..verification import load_checks   # checks.yaml holds the claim cues and the known checks

    checks = load_checks()
    sentences = split_sentences(source)
    correction_after = _correction_headings(source, checks)
    claims: list[Claim] = []
    for sentence in sentences:
        text = source.content[sentence.start:sentence.end]
        kinds, cues = _kinds_of(text, checks)
        if sentence.paragraph in correction_after and _first_in_paragraph(sentence, sentences):
            kinds.insert(0, "correction")
            cues.insert(0, correction_after[sentence.paragraph])
        kind = kinds[0] if kinds else None
        check = checks.match(text, kind)
        if check is None and (not kinds or len(text.split()) < _MIN_WORDS):
            continue
        if kind is None:        # a sentence a known check settles is a claim even without other cues
            kind = "quotation" if _QUOTED.search(text) else "event"
        claims.append(Claim(start=sentence.start, end=sentence.end, text=text, paragraph=sentence.paragraph,
                            kind=kind, cues=tuple(dict.fromkeys(cues)), check=check))
    return claims


def _kinds_of(text: str, checks) -> tuple[list[str], list[str]]:
    kinds: list[str] = []
    cues: list[str] = []
    for claim_kind in checks.claim_kinds:
        found = [m.group(0) for m in (p.search(text) for p in claim_kind.patterns) if m]
        if claim_kind.digits:
            found += _DIGITS.findall(text)
        if claim_kind.needs_quote_marks and not _QUOTED.search(text):
            found = []
        if found:
            kinds.append(claim_kind.kind)
            cues.extend(" ".join(f.split()) for f in found)
    return kinds, cues


def _correction_headings(source: Source, checks) -> dict[int, str]:
    """Paragraph numbers that follow a short heading such as "Correction:", with the heading word."""
    correction = next((k for k in checks.claim_kinds if k.kind == "correction"), None)
    result: dict[int, str] = {}
    if correction is None:
        return result
    for paragraph in source.paragraphs:
        text = source.paragraph_text(paragraph.number).strip(" *_:")
        if len(text.split()) <= 3 and any(p.fullmatch(text) for p in correction.patterns):
            result[paragraph.number + 1] = text
    return result


def _first_in_paragraph(sentence: Sentence, sentences: list[Sentence]) -> bool:
    return next(s for s in sentences if s.paragraph == sentence.paragraph) == sentence
