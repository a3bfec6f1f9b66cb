"""A prepared text: a source's body read once into tokens, paragraphs, sentences and quotations.

Every rule and model of the technique detector reads this (``prepare``), never the raw source: only the
author's numbered text is in it. The small views below (token starts, normal forms, sentence starts) are
remembered for the last few texts, as each stage of the detector asks for them again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from ..text.source import Source
from .detect_text import Token, embedded_post_spans, quotation_spans, sentence_spans, single_quoted_spans, tokenize


@dataclass(frozen=True, eq=False)
class PreparedText:
    """A source's body prepared once: tokens, paragraphs, sentences and quotations (offsets into content)."""

    content: str
    tokens: tuple[Token, ...]
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int], ...]          # double quotation marks: someone's words
    single_quoted: tuple[tuple[int, int], ...]   # ‘…’: scare quotes, usually
    posts: tuple[tuple[int, int], ...] = ()      # embedded social-media posts: their posters' words


def prepare(source: Source) -> PreparedText:
    """The source's body prepared once: its numbered paragraphs only, and their tokens, sentences and quotations."""
    content = source.content
    paragraphs = tuple((p.start, p.end) for p in source.paragraphs if p.start >= source.body_start)
    sentences = tuple(s for p in paragraphs for s in sentence_spans(content, *p))
    # Only the author's text is read: the page around it, headings and pull quotes are not the argument
    # (and a pull quote would count as the author repeating a sentence).
    return PreparedText(content=content, tokens=_text_tokens(source, paragraphs), paragraphs=paragraphs,
                        sentences=sentences, quotes=tuple(quotation_spans(content, list(paragraphs))),
                        single_quoted=tuple(single_quoted_spans(content, list(paragraphs))),
                        posts=tuple(embedded_post_spans(content, source.body_start)) if "(@" in content else ())


def _text_tokens(source: Source, paragraphs: tuple[tuple[int, int], ...]) -> tuple[Token, ...]:
    """The body's tokens that stand inside ``paragraphs``."""
    tokens = tuple(tokenize(source.content, source.body_start))
    if len(source.blocks) == len(paragraphs):
        return tokens                               # every block is numbered text: nothing to leave out
    starts = [start for start, _ in paragraphs]
    kept = []
    for token in tokens:
        index = bisect.bisect_right(starts, token.start) - 1
        if index >= 0 and token.start < paragraphs[index][1]:
            kept.append(token)
    return tuple(kept)


def same_sentence(text: PreparedText, a: Token, b: Token) -> bool:
    """Do tokens ``a`` and ``b`` (``a`` first) stand in one sentence: no line break or end mark between them?"""
    return "\n" not in text.content[a.end:b.start] and not any(ch in ".!?" for ch in text.content[a.end:b.start])


def token_after(text: PreparedText, offset: int) -> Token | None:
    """The first token starting at or after ``offset``, if any."""
    starts = token_starts(text)
    index = bisect.bisect_left(starts, offset)
    return text.tokens[index] if index < len(starts) else None


@lru_cache(maxsize=4)
def token_starts(text: PreparedText) -> list[int]:
    """Where each token starts (sorted: a binary search finds the token at an offset)."""
    return [t.start for t in text.tokens]


@lru_cache(maxsize=4)
def token_norms(text: PreparedText) -> list[str]:
    """Each token's normal form."""
    return [t.norm for t in text.tokens]


@lru_cache(maxsize=4)
def sentence_starts(text: PreparedText) -> list[int]:
    """Where each sentence starts (sorted)."""
    return [start for start, _ in text.sentences]
