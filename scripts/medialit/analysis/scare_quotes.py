"""Scare quotes: a word or two in quotation marks that nobody is said to have spoken.

The marks cast doubt on the word they hold ("the “experts” agree"). A quotation whose sentence names a
speaker (``attribution``), a title or a name in capitals, a term the text goes on to use without the marks,
and a short line someone speaks are someone's words, not scare quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import attributed
from .candidates import Candidate, rule_candidate
from .detect_text import Token, tokenize, trim_to_words
from .prepared_text import PreparedText
from .rules import Rule, Rulebook


_SCARE_QUOTE_MAX = 40      # characters between the marks


def match_scare_quotes(rulebook: Rulebook, rule: Rule, text: PreparedText) -> list[Candidate]:
    """A word or two in quotation marks that nobody is said to have spoken: the marks cast doubt on it."""
    found = []
    # (Short quotations only: the attribution test is the costly part, and longer ones never qualify.)
    double = [(s, e) for s, e in text.quotes if e - s <= _SCARE_QUOTE_MAX and not attributed(text, s)]
    for start, end in sorted(double + list(text.single_quoted)):
        span = trim_to_words(text.content, start, end)
        if not span or end - start > _SCARE_QUOTE_MAX:
            continue
        words = tokenize(text.content, *span)
        if not 1 <= len(words) <= 3 or _a_name_or_a_spoken_line(text.content, start, end, words):
            continue
        cue = text.content[start - 1:end + 1]
        candidate = rule_candidate(rulebook, rule, text, span[0], span[1], cue)
        if candidate:
            found.append(replace(candidate, level="quote-marks"))
    return found


def _a_name_or_a_spoken_line(content: str, start: int, end: int, words: list[Token]) -> bool:
    """Are the quoted words (between ``start`` and ``end``) a title or a name, a term the text goes on to use
    without the marks, or a short line someone speaks: marks that cast no doubt?"""
    if all(w.capitalized for w in words) and len(words) > 1:     # a title or a name, not a scare quote
        return True
    if len(words) == 1 and words[0].capitalized and _used_unquoted(content, words[0]):
        return True
    return _spoken_line(content, start, end)


# A short quotation that opens its sentence or line and closes with its own punctuation ("“Stay inside!” the
# officer shouts", "Her answer: “No comment.”", the last line of a longer quotation) is someone's words, whatever
# the verb: on the PTC training split 70 such "scare quotes", 0.01 of their characters inside a doubt span (the
# rule's others 0.05); techniques-dev 4, none (the others 0.10). A word set in quotation marks inside a sentence
# ("praised its own “rescue,” and left") is left to the rule. hl-26.
_OPENS_AFTER = re.compile(r"(?:^|\n|[.!?:][\"”’')]?)[ \t]*$")


def _spoken_line(content: str, start: int, end: int) -> bool:
    """Does the quotation between ``start`` and ``end`` (inside its marks) open its sentence or line and end
    with its own , . ! or ? inside the marks?"""
    return content[start:end].rstrip().endswith((",", ".", "!", "?")) and bool(
        _OPENS_AFTER.search(content, max(start - 1 - 40, 0), max(start - 1, 0)))


# Marks that open or close a quotation: a word right beside one is quoted.
_QUOTE_MARKS = "\"“”‘’'"


def _used_unquoted(content: str, word: Token) -> bool:
    """Does the text also write this capitalised word without quotation marks ("the variant “Pirola” ...
    Pirola spreads")? Then the marks introduce a name or a term the author goes on to use, and cast no
    doubt on it. On the PTC training split none of the 30 such words lay inside a doubt annotation (0.20
    of their characters inside any), nor any of the 4 on techniques-dev (hl-21)."""
    for match in re.finditer(rf"\b{re.escape(word.text)}\b", content):
        if match.start() != word.start and content[match.start() - 1:match.start()] not in _QUOTE_MARKS \
                and content[match.end():match.end() + 1] not in _QUOTE_MARKS:
            return True
    return False
