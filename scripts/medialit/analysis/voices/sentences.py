"""Where a text's sentences and quotations are: the spans inside quotation marks, the sentences that hold
them (read once per text), and whether a voice's words are a direct quote.

The cheapest layer: it knows the text, not the data; every other stage asks it.
"""

from __future__ import annotations

import bisect
import re

from ...text.source import Source
from ..sentences import split_sentences


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (content[start].isspace() or content[start] in ",”\"*'’"):
        start += 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in ",:"):
        end -= 1
    return start, end


def _kind_near(source: Source, start: int, end: int) -> str:
    """A direct quote when the sentence holding the attribution has quotation marks."""
    starts, sentences, quoted = _sentences_with_quotes(source)
    number = bisect.bisect_right(starts, start) - 1          # (sentences are sorted and disjoint)
    if number >= 0 and start < sentences[number].end:
        has_marks = quoted[number]
    else:
        has_marks = any(mark in source.content[start:end] for mark in "“”\"")
    return "direct quote" if has_marks else "reported speech"


def _sentences_with_quotes(source: Source) -> tuple[list[int], list, list[bool]]:
    """The source's sentences, their starts, and whether each has quotation marks: computed once per
    source, so that a voice costs a bisection, not a pass over every sentence (issue 17: 990 KB of
    "he said " took 261 s)."""
    if _quotes_memo and _quotes_memo[0][0] is source:
        return _quotes_memo[0][1]
    sentences = split_sentences(source)
    content = source.content
    marked = [any(mark in content[s.start:s.end] for mark in "“”\"") for s in sentences]
    _quotes_memo[:] = [(source, ([s.start for s in sentences], sentences, marked))]
    return _quotes_memo[0][1]


_quotes_memo: list = []
# (Some papers open and close a quotation with two apostrophes: ''We will,'' Ms. Roe said.)
# A straight quotation mark opens after a space and closes before one, and a pair of them never spans a
# curly mark: papers that mix the two ('"Roe is wrong,” said Lee. "We ..."') have an attribution between.
_QUOTE_PAIRS = re.compile(r"“[^“”\n]{1,400}”|(?<![^\s(\[—–-])\"(?=\S)[^\"“”\n]{1,400}?(?<=\S)\"(?![^\s.,;:!?)\]—–'’-])|"
                          r"''(?:[^'\n]|'(?!')){1,400}''")


def _quoted_spans(source: Source) -> list[tuple[int, int]]:
    """Spans of the body inside quotation marks (the words quoted, marks included)."""
    return [m.span() for m in _QUOTE_PAIRS.finditer(source.content, source.body_start)]


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    at = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return at >= 0 and spans[at][0] < offset < spans[at][1]


def _unquoted(content: str, start: int, end: int, quoted) -> str:
    """content[start:end] with quoted words blanked out: names inside a quotation are not antecedents."""
    text = list(content[start:end])
    first = max(0, bisect.bisect_right(quoted, (start, float("inf"))) - 1)
    for a, b in quoted[first:bisect.bisect_left(quoted, (end, 0))]:
        if b > start and a < end:
            for i in range(max(a, start), min(b, end)):
                text[i - start] = " "
    return "".join(text)


def _paragraph_end(content: str, at: int) -> int:
    end = content.find("\n\n", at)
    return len(content) if end < 0 else end
