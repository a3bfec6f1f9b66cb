"""Sentences and cue words of a source's body, shared by every analysis that reads sentences (claims,
framing, voices, the readings): ``split_sentences``, ``find_cues`` (where every word of a group occurs in
one sentence) and ``term_positions`` (where one term occurs). Offsets index ``source.content``."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..datafiles import compile_term
from ..text.source import Source
from .detect_text import ends_with_abbreviation, matches_with_offsets, sentence_windows


# A sentence ends at . ! ? (with any closing quotes or emphasis marks) followed by white space and
# something that can start a sentence. Paragraph ends always end a sentence. Read as
#     [.!?…]+[”"’'*)\]]*(?=\s+[“"‘'(\[*]*[A-Z0-9“"])|\n[ \t]*\n(?=[ \t]*[“"‘'(\[*]*[A-Z])
# It is written to start with a character class, the first character of either branch: then the regex
# engine jumps between those characters instead of trying the pattern at every position (0.1 ms per text).
# Linear on runs of punctuation or spaces (issue 17: 100 KB of "." took 123 s): a run is matched from its
# first character only, and possessively, so that no position inside it is tried again.
_SENTENCE_END = re.compile(r"""(?<![.!?…])[.!?…]++[”"’'*)\]]*+(?=\s++[“"‘'(\[*]*[A-Z0-9“"])"""
                           r"""|\n[ \t]*+\n(?=[ \t]*+[“"‘'(\[*]*[A-Z])"""
                           # Two sentences glued without a space ("post corporate society.It has been"): a
                           # full stop between a lower-case word and a capitalised one ("U.S.A", "J.K.Rowling"
                           # and "Amazon.com" are not glued sentences).
                           r"""|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+[^\S\n])""")
WORD = re.compile(r"\w+")  # a word as cue terms and claim clauses count it


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
    """Sentences of the body, in order, each inside one paragraph. Several steps ask for the same
    source's sentences, so the last result is kept (a copy is returned: callers may change theirs)."""
    if _last_sentences and _last_sentences[0][0] is source:
        return list(_last_sentences[0][1])
    sentences = _split_sentences(source)
    _last_sentences[:] = [(source, tuple(sentences))]
    return sentences


_last_sentences: list[tuple[Source, tuple[Sentence, ...]]] = []


def _split_sentences(source: Source) -> list[Sentence]:
    sentences: list[Sentence] = []
    content = source.content
    for paragraph in source.paragraphs:
        start = paragraph.start
        for match in _SENTENCE_END.finditer(content, paragraph.start, paragraph.end):
            if ends_with_abbreviation(content, start, match.end()):
                continue
            sentences.extend(_trimmed(content, s, e, paragraph.number) for s, e in sentence_windows(content, start, match.end()))
            start = match.end()
        if content[start:paragraph.end].strip():
            sentences.extend(_trimmed(content, s, e, paragraph.number) for s, e in sentence_windows(content, start, paragraph.end))
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
    index = term_index(source)
    unit_starts = [unit.start for unit in units]
    found: dict[int, CueMatch] = {}
    for group in groups:
        # Units holding a match of every term: intersect per term, smallest first.
        per_term = [index.units_with(term, units, unit_starts) for term in group]
        common = set.intersection(*(set(hits) for hits in sorted(per_term, key=len))) if per_term else set()
        for unit_number in sorted(common - found.keys()):
            hits = [hits[unit_number] for hits in per_term]
            found[unit_number] = CueMatch(units[unit_number], min(h[0] for h in hits), max(h[1] for h in hits),
                                          tuple(source.content[h[0]:h[1]] for h in hits))
    return sorted(found.values(), key=lambda m: (m.start, m.end))


class TermIndex:
    """Where each cue term occurs in one source's body. Cue lookups run for claims, framing, checks and
    every catalog reading, so the body's words are indexed once and plain-word terms are looked up
    there; only terms with punctuation inside ("so-called", "U.S.") need their regular expression, and
    it is tried only where the term's first word occurs."""

    def __init__(self, source: Source):
        self.source = source
        self._positions: dict[str, list[tuple[int, int]]] = {}
        # Word n is self._tokens[n], at self._starts[n]:self._ends[n].
        self._tokens, self._starts, self._ends = _words_of(source.content, source.body_start)
        self._where: dict[str, list[int]] = {}
        for number, word in enumerate(self._tokens):
            self._where.setdefault(word, []).append(number)

    @cached_property
    def _words(self) -> list[str]:
        """The body's distinct words in order, for prefix terms ("indivisib*")."""
        return sorted(self._where)

    def positions(self, term: str) -> list[tuple[int, int]]:
        if term not in self._positions:
            alternatives = _alternatives(term)
            if len(alternatives) == 1:      # most terms: its matches are in order, one per start
                spans = self._alternative(alternatives[0])
            else:
                # As the pattern would: at each start the first alternative wins.
                by_start: dict[int, tuple[int, int]] = {}
                for alternative in alternatives:
                    for span in self._alternative(alternative):
                        by_start.setdefault(span[0], span)
                spans = [by_start[start] for start in sorted(by_start)]
            kept: list[tuple[int, int]] = []
            for span in spans:          # and matches do not overlap
                if not kept or span[0] >= kept[-1][1]:
                    kept.append(span)
            self._positions[term] = kept
        return self._positions[term]

    def _alternative(self, alternative: str) -> list[tuple[int, int]]:
        prefix, words, plain, pieces = _parsed(alternative)
        if not plain:
            return self._pattern_matches(alternative, pieces)
        if len(words) == 1:
            if not prefix:                  # most alternatives: one whole word
                return [(self._starts[number], self._ends[number]) for number in self._where.get(words[0], ())]
            # Like the pattern, a prefix term ("indivisib*") covers only the prefix, not the whole word.
            return [(self._starts[number], self._starts[number] + len(words[0]))
                    for number in self._prefixed(words[0])]
        # Look only where the rarest whole word of the term is: "is" is everywhere, "journalist" is not.
        whole = words[:-1] if prefix else words
        anchor = min(range(len(whole)), key=lambda at: len(self._where.get(whole[at], ())))
        spans = []
        for number in self._where.get(whole[anchor], ()):
            first, last = number - anchor, number - anchor + len(words) - 1
            if first < 0 or last >= len(self._tokens) or not self._spells(first, words, prefix):
                continue
            end = self._starts[last] + len(words[-1]) if prefix else self._ends[last]
            spans.append((self._starts[first], end))
        return spans

    def _pattern_matches(self, alternative: str, pieces: tuple[str, ...]) -> list[tuple[int, int]]:
        """Matches of an alternative with punctuation inside ("Editor's note", "said, “"). One that starts
        with a word can only match where a token spells that word, so the pattern is tried at those
        tokens only (running it over the whole body cost 0.1 ms per term and text)."""
        pattern = compile_term(alternative)
        content = self.source.content
        if not pieces or not alternative.lower().startswith(pieces[0]):
            return [m.span() for m in pattern.finditer(content, self.source.body_start)]
        spans: list[tuple[int, int]] = []
        for number in self._where.get(pieces[0], ()):
            start = self._starts[number]
            if spans and start < spans[-1][1]:
                continue        # as with finditer, matches do not overlap
            match = pattern.match(content, start)
            if match:
                spans.append(match.span())
        return spans

    def _prefixed(self, word: str) -> list[int]:
        """Numbers of the tokens that start with ``word``, in order."""
        numbers: list[int] = []
        at = bisect.bisect_left(self._words, word)
        while at < len(self._words) and self._words[at].startswith(word):
            numbers.extend(self._where[self._words[at]])
            at += 1
        return sorted(numbers)

    def _spells(self, first: int, words: tuple[str, ...], prefix: bool) -> bool:
        """Do the tokens from ``first`` on spell the term's words, separated only by white space?"""
        content = self.source.content
        for offset, word in enumerate(words):
            token = self._tokens[first + offset]
            is_last = offset == len(words) - 1
            if not (token == word or (prefix and is_last and token.startswith(word))):
                return False
            if offset and not content[self._ends[first + offset - 1]:self._starts[first + offset]].isspace():
                return False
        return True

    def units_with(self, term: str, units: list[Sentence], unit_starts: list[int]) -> dict[int, tuple[int, int]]:
        """Unit number -> the first match of ``term`` lying wholly inside that unit."""
        result: dict[int, tuple[int, int]] = {}
        for start, end in self.positions(term):
            number = bisect.bisect_right(unit_starts, start) - 1
            if number >= 0 and number not in result and end <= units[number].end:
                result[number] = (start, end)
        return result


def _words_of(content: str, start: int) -> tuple[list[str], list[int], list[int]]:
    """The words of ``content`` from ``start`` on, in lower case, with the offsets in ``content`` where
    each starts and where each ends: what ``WORD.finditer(content, start)`` finds, without a match
    object and a span tuple per word (which the garbage collector would also have to visit). Offsets
    come from the text as written: lower case can be longer ("İ")."""
    words, starts, ends = matches_with_offsets(WORD, content, start)
    return list(map(str.lower, words)), starts, ends


@lru_cache(maxsize=1 << 12)
def _alternatives(term: str) -> tuple[str, ...]:
    """The alternatives of a cue term ("Response Force|NRF"), as ``compile_term`` reads them."""
    return tuple(a for a in (a.strip() for a in term.split("|")) if a)


@lru_cache(maxsize=1 << 14)
def _parsed(alternative: str) -> tuple[bool, tuple[str, ...], bool, tuple[str, ...]]:
    """An alternative of a cue term, as ``TermIndex`` looks it up: whether it is a prefix ("indivisib*"),
    its words in lower case, whether they are all plain words, and the words the body's tokens would
    hold. (The same few hundred terms are looked up in every text.)"""
    prefix = alternative.endswith("*")
    words = tuple(alternative.rstrip("*").lower().split())
    plain = bool(words) and all(WORD.fullmatch(w) for w in words)
    return prefix, words, plain, (() if plain else tuple(WORD.findall(" ".join(words))))


def term_positions(source: Source, term: str) -> list[tuple[int, int]]:
    """(start, end) of every match of a cue term in the body, as ``compile_term(term).finditer`` finds them."""
    return term_index(source).positions(term)


_last_index: list[TermIndex] = []


def term_index(source: Source) -> TermIndex:
    """One index per source, kept while the same source is being worked on (lessons are composed one
    at a time, so a single slot is enough and memory stays flat)."""
    if not _last_index or _last_index[0].source is not source:
        _last_index[:] = [TermIndex(source)]
    return _last_index[0]
