"""Text helpers for the technique detector: words, sentences, quotations and span trimming.

Everything works on plain strings and returns code-point offsets into the string it was given, so
callers can add ``Source.body_start`` (or any base) and keep the offsets contract of ``text.source``.
Nothing here knows about rules or techniques.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

# A word: letters/digits with inner hyphens or apostrophes ("so-called", "cat's-paw", "NATO's").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A sentence ends at . ! ? or … (plus closing quotes/brackets/emphasis) followed by space and a likely start.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’')\]*_]*\s+(?=[\"“‘'(*\[_]*[A-Z0-9])")
# Words whose full stop does not end a sentence: titles before a name, abbreviated months, "v." and "vs.",
# "No.", company suffixes before more of the name, and a capital initial ("Susan B. Anthony"; not "X.",
# the platform's name, which often ends a sentence). A short generic list of English abbreviations.
NAME_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
               "Adm", "Cmdr", "Rev", "Hon")
# A title and its full stop before a name: "Sen. Tommy Tuberville" is one name, not "Sen" and another.
TITLE_BEFORE_NAME = rf"(?:{'|'.join(NAME_TITLES)})\.\s+(?=[A-Z])"
_ABBREVIATION = re.compile(rf"(?:(?<![\w.])(?:{'|'.join(NAME_TITLES)}|Mt|Ft|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Dept|Ave|"
                           r"""Blvd|v|vs|e\.g|i\.e|U\.S|U\.K|U\.N)|(?<![\w.’'])[A-WYZ])\.[”"’')\]*_]*$""")


def ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end with an abbreviation's full stop (which ends no sentence)?"""
    return _ABBREVIATION.search(text, max(start, end - 8), end) is not None


# A line break ends a sentence only after closing punctuation; otherwise the paragraph was wrapped.
_LINE_BREAK = re.compile(r"(?<=[.!?…:;\"”’*)\]])[ \t]*\n\s*")


class Token(NamedTuple):
    """A word with its offsets. (A named tuple, not a dataclass: a text has thousands and a tuple is
    made twice as fast.)"""

    start: int
    end: int
    text: str      # as written
    norm: str      # lower case, straight apostrophe, possessive "'s" removed

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """The form lexicons are written in: lower case, straight apostrophes, no possessive 's."""
    norm = word.lower().replace("’", "'")
    if norm.endswith("'s") and len(norm) > 2:
        norm = norm[:-2]
    elif norm.endswith("'"):
        norm = norm[:-1]
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]`` with offsets into ``text``: the matches of ``_WORD``."""
    words, starts, ends = matches_with_offsets(_WORD, text, start, end)
    # Column by column, then zipped into tuples: about half the time of a Token(...) call per word.
    return list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, map(normalize_word, words))))


def matches_with_offsets(pattern: re.Pattern, text: str, start: int = 0,
                         end: int | None = None) -> tuple[list[str], list[int], list[int]]:
    """What ``pattern.finditer(text, start, end)`` finds, as the matched texts, their starts and their
    ends, for a pattern that never matches an empty string and has no look-arounds or anchors (such
    as a word). Split around the matches, the pieces alternate between the gap before a match and the
    match; adding up their lengths gives every offset. All of it runs in C: ~0.5 ms a text less than a
    match object per word. (Without look-arounds, matching a slice finds what matching in place would.)"""
    pieces = _around(pattern).split(text[start:end])      # gap, match, gap, ..., match, gap
    offsets = list(accumulate(map(len, pieces), initial=start))
    return pieces[1::2], offsets[1:-1:2], offsets[2::2]


@lru_cache(maxsize=8)
def _around(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` as one capturing group, so that splitting by it keeps the matches."""
    return re.compile(f"({pattern.pattern})", pattern.flags)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines in ``text`` (used when no Source paragraphs are at hand)."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", text):
        if match.group(0).strip():
            spans.append((match.start(), match.end()))
    return spans


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of the paragraph ``text[start:end]``; lines inside a paragraph also end a sentence."""
    spans = []
    for line_start, line_end in _split(text, start, end, _LINE_BREAK):
        for s, e in _split(text, line_start, line_end, _SENTENCE_BREAK, keep=_not_after_abbreviation):
            spans.extend(sentence_windows(text, s, e))
    return [span for span in (trim_to_words(text, s, e) for s, e in spans) if span]


# No sentence of the seeds or of the 371 PTC articles is this long.
# A longer "sentence" (a text with no full stops, one pasted without punctuation) is analysed in windows
# of about this length, cut at a space: a sentence-wide flag or question then points at a readable
# stretch, and nothing that works sentence by sentence grows with the whole text (issue 17).
MAX_SENTENCE = 3000


def sentence_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` as it is when short enough, else cut into windows of at most MAX_SENTENCE
    characters, each ending after the last white space it holds (or cut hard when there is none)."""
    windows = []
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space + 1 if space >= 0 else start + MAX_SENTENCE
        windows.append((start, cut))
        start = cut
    windows.append((start, end))
    return windows


def _not_after_abbreviation(text: str, cursor: int, match: re.Match) -> bool:
    return not ends_with_abbreviation(text, cursor, match.start())


def _split(text: str, start: int, end: int, pattern: re.Pattern, keep=None) -> list[tuple[int, int]]:
    """``[start, end)`` cut at the matches of ``pattern`` (those ``keep(text, cursor, match)`` accepts)."""
    pieces, cursor = [], start
    for match in pattern.finditer(text, start, end):
        if keep is not None and not keep(text, cursor, match):
            continue
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if e > s]


def trim_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` so it starts on a word and ends on a word (or on a closing ? or !).

    Markdown marks, quotation marks and brackets at the edges are left out of the span; the mark of a
    hashtag or a handle is part of its word."""
    first = _WORD.search(text, start, end)
    if first is None:
        return None
    # The last word ends at the last word character: found from the end, without matching every word.
    new_end = end
    while not _is_word_char(text[new_end - 1]):
        new_end -= 1
    new_start = first.start()
    if new_start > start and text[new_start - 1] in "#@":
        new_start -= 1                  # a hashtag or a handle keeps its mark: "#KatesLaw" is one word
    if new_end < end and text[new_end] in "?!":
        new_end += 1
    return new_start, new_end


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches (letters and digits of any script, and the underscore)."""
    return char.isalnum() or char == "_"


# ------------------------------------------------------------------------------------------ quotations

_LOOKAHEAD_PARAGRAPHS = 6


def quotation_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` inside quotation marks, as (start, end) between the marks.

    Double quotes follow the conventions of long quotations: a quotation may run over several
    paragraphs (each may reopen it with a mark at its start), and a closing mark with no opening
    partner closes a quotation that began before the paragraph. Single quotes (‘…’) are left to
    ``single_quoted_spans``: they mark scare quotes more often than speech."""
    spans: list[tuple[int, int]] = []
    carry = False
    for number, (p_start, p_end) in enumerate(paragraphs):
        opened, depth = (p_start, 1) if carry else (None, 0)
        marks = _double_marks(text, p_start, p_end)
        if carry and marks and marks[0][0] == _first_visible(text, p_start, p_end):
            opened = marks[0][0] + 1                 # the paragraph reopens the quotation
        for position, (index, role) in enumerate(marks):
            if role == "open":
                if depth == 0:
                    opened = index + 1
                elif not (carry and position == 0 and index == _first_visible(text, p_start, p_end)):
                    depth += 1
                    continue
                depth = max(depth, 1)
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((opened, index))
            else:
                spans.append((p_start, index))       # closes a quotation begun before this paragraph
        carry = depth > 0 and _quote_continues(text, paragraphs[number + 1 : number + 1 + _LOOKAHEAD_PARAGRAPHS])
        if depth > 0:
            spans.append((opened, p_end))
    return merge(s for s in spans if s[1] > s[0])


_DOUBLE_MARK = re.compile('[“”"]')


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    marks = []
    for match in _DOUBLE_MARK.finditer(text, start, end):
        index, char = match.start(), match.group()
        if char == "“":
            marks.append((index, "open"))
        elif char == "”":
            marks.append((index, "close"))
        elif char == '"':
            marks.append((index, "open" if _opens(text, index, start, end) else "close"))
    return marks


def _opens(text: str, index: int, start: int, end: int) -> bool:
    """A straight double quote opens when it follows a space (or a bracket, or the paragraph start)
    and precedes a word; Markdown emphasis marks around it are looked through."""
    before, after = index - 1, index + 1
    while before >= start and text[before] in "*_":
        before -= 1
    while after < end and text[after] in "*_":
        after += 1
    prev_char = text[before] if before >= start else " "
    next_char = text[after] if after < end else " "
    return (prev_char.isspace() or prev_char in "([—–/") and not next_char.isspace()


def single_quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words between single quotation marks (‘…’) inside one paragraph: scare quotes, usually."""
    return [span for p in paragraphs for span in _single_quoted(text, *p)]


def _single_quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + 1, m.end() - 1) for m in _SINGLE_QUOTED.finditer(text, start, end)]


_SINGLE_QUOTED = re.compile(r"(?<![\w’'])‘[^‘’\n]{1,80}’(?!\w)")


def _first_visible(text: str, start: int, end: int) -> int:
    for index in range(start, end):
        if not (text[index].isspace() or text[index] in "*_>"):
            return index
    return -1


def _quote_continues(text: str, following: list[tuple[int, int]]) -> bool:
    """Does an open quotation go on into the next paragraphs? Yes when, before any new quotation
    opens mid-paragraph, a paragraph reopens it at its start or closes it with an unpartnered mark."""
    for start, end in following:
        marks = _double_marks(text, start, end)
        if not marks:
            continue
        index, role = marks[0]
        return role == "close" or index == _first_visible(text, start, end)
    return False


def merge(spans) -> list[tuple[int, int]]:
    """Sorted union of (start, end) spans: overlapping or touching spans become one."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is ``[start, end)`` within one of ``spans`` (sorted and merged, as ``quotation_spans`` returns
    them)? A binary search: this runs for every word of a text."""
    return enclosing(spans, start, end) is not None


# An embedded social-media post as a web page pastes it: the post's lines, then "— Name (@handle) Month D, YYYY"
# (the name may break onto a line of its own before the handle). On the PTC training split 42 of 371 articles
# embed posts so; the post is its poster's words, though no quotation mark says so.
_POST_ATTRIBUTION = re.compile(r"[—–] ?[^\n—–]{0,60}?\s*\(@\w{1,15}\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")
_POST_MAX_CHARS = 300        # a post is short (280 characters on the platform most pasted)
_POST_INTRO_ENDS = (":", "…", "...")


def embedded_post_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Stretches of ``text`` (from ``start``) that are embedded posts: the lines before each post attribution
    (``_POST_ATTRIBUTION``), back to the line that introduces it (ending in ":" or "…"), the previous
    attribution or an empty line, at most ``_POST_MAX_CHARS`` characters; the attribution's own line up to its
    dash belongs to the post."""
    spans = []
    previous_end = start
    for match in _POST_ATTRIBUTION.finditer(text, start):
        end = match.start()
        post_start = text.rfind("\n", previous_end, end) + 1 or previous_end
        post_start = max(post_start, previous_end)
        while post_start > previous_end:
            line_start = text.rfind("\n", previous_end, post_start - 1) + 1
            line_start = max(line_start, previous_end)
            line = text[line_start:post_start - 1].strip()
            if not line or line.endswith(_POST_INTRO_ENDS) or end - line_start > _POST_MAX_CHARS:
                break
            post_start = line_start
        while post_start < end and text[post_start].isspace():
            post_start += 1
        if post_start < end:
            spans.append((post_start, end))
        previous_end = match.end()
    return spans


def enclosing(spans, start: int, end: int) -> tuple[int, int] | None:
    """The one of ``spans`` (sorted and merged) that holds ``[start, end)``, if any."""
    at = bisect.bisect_right(spans, (start, math.inf))
    return spans[at - 1] if at > 0 and spans[at - 1][0] <= start and end <= spans[at - 1][1] else None


def whole_words(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each place ``text`` writes ``word`` with no letter, digit or underscore on either
    side. (A search and two character checks: a pattern built around each word cost a compilation, ~0.2 ms,
    each time a new word came by.)"""
    found, start = [], text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _WORD_CHAR.match(text, start - 1)) and not _WORD_CHAR.match(text, end):
            found.append((start, end))
        start = text.find(word, start + 1)
    return found


_WORD_CHAR = re.compile(r"\w")
