"""Whose words: the author's own, or someone else's quoted in the text.

Questions that ask students to rewrite a passage, or to look for techniques "for themselves", must
point at the author's words: rewriting a protester's quotation, or a block quote of a report, teaches
students to put words in someone else's mouth. This module says which stretches of a text are quoted
(inline quotations and block quotes) and which paragraphs are the author's argument.

Structure hook: when the text stage marks paragraphs (``Paragraph.kind``, as "quote" for a block quote
or "furniture" for the page around the text: bylines, share prompts), it is used here; until then a
block quote is a paragraph written as a Markdown quotation ("> ..."), and no paragraph is furniture.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from ..analysis.detect_text import embedded_post_spans, merge, quotation_spans
from ..text.furniture import FURNITURE_KINDS
from ..text.furniture import furniture_paragraphs as text_furniture_paragraphs

# A paragraph is the author's when at least this share of it stands outside quotation marks.
OWN_SHARE = 0.5
QUOTE_KINDS = frozenset({"quote", "blockquote", "block quote", "pull quote", "pullquote"})
NOT_ARGUMENT_KINDS = FURNITURE_KINDS | {"heading", "caption"}


@dataclass(frozen=True)
class Authorship:
    source: object
    quoted: tuple[tuple[int, int], ...]         # sorted, disjoint spans of quoted words (offsets in content)
    block_quotes: frozenset[int]                # paragraph numbers set as quotations
    furniture: frozenset[int]                   # paragraph numbers that are the page around the text

    def is_quoted(self, start: int, end: int) -> bool:
        """Do the words ``content[start:end]`` lie inside a quotation (or a block quote)?"""
        paragraph = self.source.paragraph_at(start)
        if paragraph is not None and paragraph in self.block_quotes:
            return True
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self.quoted[index][1] >= end

    def own_share(self, number: int) -> float:
        """Share of paragraph ``number``'s characters that stand outside quotation marks (0 for a block quote)."""
        if number in self.block_quotes:
            return 0.0
        paragraph = self.source.paragraphs[number - 1]
        length = paragraph.end - paragraph.start
        if length <= 0:
            return 0.0
        return 1 - self._quoted_length.get(number, 0) / length

    @cached_property
    def _quoted_length(self) -> dict[int, int]:
        """Paragraph number -> how many of its characters are quoted, in one pass over the quotations
        (asked once per candidate question, often of the same long paragraph)."""
        lengths: dict[int, int] = {}
        paragraphs = self.source.paragraphs
        starts = [p.start for p in paragraphs]
        for start, end in self.quoted:
            at = bisect.bisect_right(starts, start) - 1
            while 0 <= at < len(paragraphs) and paragraphs[at].start < end:
                paragraph = paragraphs[at]
                inside = min(end, paragraph.end) - max(start, paragraph.start)
                if inside > 0:
                    lengths[paragraph.number] = lengths.get(paragraph.number, 0) + inside
                at += 1
        return lengths

    def overlaps_quotation(self, start: int, end: int) -> bool:
        """Does any quoted word lie within ``content[start:end]`` (or is it in a block quote)?"""
        paragraph = self.source.paragraph_at(start)
        if paragraph is not None and paragraph in self.block_quotes:
            return True
        for quoted_start, quoted_end in self._from(start):
            if quoted_start >= end:
                return False
            if start < quoted_end:
                return True
        return False

    def is_argument(self, number: int) -> bool:
        """Is paragraph ``number`` part of the text itself: not furniture, a heading or a block quote?"""
        return (number not in self.furniture and number not in self.block_quotes
                and _kind(self.source.paragraphs[number - 1]) not in NOT_ARGUMENT_KINDS)

    def is_own(self, number: int) -> bool:
        """Is paragraph ``number`` the author's argument: not furniture, not a block quote, mostly unquoted?"""
        if number in self.furniture or _kind(self.source.paragraphs[number - 1]) in NOT_ARGUMENT_KINDS:
            return False
        return self.own_share(number) >= OWN_SHARE

    def _from(self, offset: int):
        """The quoted spans from the last one starting at or before ``offset`` on, one at a time (a slice
        would copy every later span: quadratic on a text of many quotations)."""
        quoted = self.quoted
        return (quoted[i] for i in range(max(0, bisect.bisect_right(self._starts, offset) - 1), len(quoted)))

    @cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self.quoted]


def authorship(source) -> Authorship:
    paragraphs = source.paragraphs
    spans = quotation_spans(source.content, [(p.start, p.end) for p in paragraphs])
    spans += embedded_post_spans(source.content, source.body_start)     # a pasted post is its poster's words
    return Authorship(
        source=source,
        quoted=tuple(merge(spans)),
        block_quotes=frozenset(p.number for p in paragraphs if _is_block_quote(source, p)),
        furniture=furniture_paragraphs(source),
    )


def furniture_paragraphs(source) -> frozenset[int]:
    """Numbers of the paragraphs that are page furniture (bylines, share prompts, disclaimers) although
    numbered as the author's text: the text stage's answer (``text.furniture``), which the detector
    uses too, so that no flag is shown there."""
    return text_furniture_paragraphs(source)


def _is_block_quote(source, paragraph) -> bool:
    if _kind(paragraph) in QUOTE_KINDS:
        return True
    return source.content[paragraph.start:paragraph.end].lstrip().startswith(">")


def _kind(paragraph) -> str:
    return str(getattr(paragraph, "kind", "") or "").lower()
