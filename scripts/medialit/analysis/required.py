"""Text that every match of a rule's pattern must contain, to skip paragraphs where it cannot match.

A rule's ``pattern`` (a teacher-readable regular expression, see ``rules``) is tried at every position
of every paragraph, and most of its patterns start with ``\\b`` or a look-behind, which keeps Python's
engine from skipping ahead to a likely first character: the seven patterns cost ~2 ms a text, for a
few matches. Yet each of them holds plain words that any match contains ("either", "blame", a "?"), and
looking for those is many times faster. ``required_texts`` reads them from the parsed pattern; a
paragraph that lacks one of them cannot hold a match, so skipping it changes nothing.

The parse tree comes from ``re._parser``, the module ``re.compile`` itself uses. It is not a public
API: anything in it this module does not know (another Python version) makes no requirement, which
is always correct, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

try:
    from re import _constants as _c, _parser
except ImportError:         # another Python: no shortcuts, the patterns still run everywhere
    _c = _parser = None

_MAX_REQUIREMENTS = 3       # the most telling ones; each costs a search per paragraph
# The only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter, with that
# letter: İ and ı (i), ſ (s) and the Kelvin sign (k). A test checks every character against ``re`` itself.
CASE_TWINS_OF_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


@dataclass(frozen=True)
class Required:
    """One of ``alternatives`` occurs in every match (compared ignoring case when ``ignore_case``)."""

    alternatives: tuple[str, ...]
    ignore_case: bool
    search: re.Pattern          # the exact test, with the pattern's own case rules
    lowered: tuple[str, ...]    # the alternatives in lower case, when all are ASCII (see ``fold_case``)

    def found_in(self, text: str, folded: str, start: int, end: int) -> bool:
        """Does ``text[start:end]`` hold one of the alternatives? ``folded`` is ``fold_case(text)``."""
        if not self.ignore_case:
            return any(text.find(alternative, start, end) >= 0 for alternative in self.alternatives)
        if self.lowered:
            return any(folded.find(alternative, start, end) >= 0 for alternative in self.lowered)
        # (A case-insensitive search by ``re`` is exact too, but several times slower than ``find``.)
        return self.search.search(text, start, end) is not None


def required_texts(pattern: re.Pattern) -> tuple[Required, ...]:
    """Texts any match of ``pattern`` contains. A match lies inside its search range, so where one of
    these is missing from that range, ``pattern`` finds nothing either."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return ()
    try:
        sets = _required(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:       # noqa: BLE001 - an unfamiliar parse tree only means no shortcut
        return ()
    # Longer words are rarer in prose: looked for first, they rule most paragraphs out at once.
    best = sorted(set(sets), key=lambda alternatives: (-min(map(len, alternatives)),
                                                       -sum(map(len, alternatives)) / len(alternatives), alternatives))
    return tuple(_requirement(alternatives, pattern.flags) for alternatives in best[:_MAX_REQUIREMENTS])


def _requirement(alternatives: tuple[str, ...], flags: int) -> Required:
    flags &= re.IGNORECASE | re.ASCII          # (the flags that decide how a literal character matches)
    lowered = tuple(a.lower() for a in alternatives) if all(a.isascii() for a in alternatives) else ()
    return Required(alternatives, bool(flags & re.IGNORECASE), re.compile("|".join(map(re.escape, alternatives)), flags),
                    lowered)


def may_match(required: Iterable[Required], text: str, folded: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` lacks a required text, so that the pattern cannot match there."""
    return all(r.found_in(text, folded, start, end) for r in required)


def fold_case(text: str) -> str:
    """``text`` in lower case, character for character (same offsets), such that an ASCII character of a
    case-insensitive pattern matches a character of ``text`` exactly where the folded character is
    that ASCII character in lower case."""
    for twin, letter in CASE_TWINS_OF_ASCII.items():
        if twin in text:
            text = text.replace(twin, letter)
    return text.lower()         # (İ, now gone, is the only character whose lower case is longer)


def _required(items: list) -> list[tuple[str, ...]]:
    """Sets of alternatives (sorted tuples), one of each of which every match of the sequence ``items``
    contains. Only what is certainly inside a match counts: runs of literal characters, and what a
    group, a repetition of at least one, or every branch of an alternation requires. Look-arounds
    test text outside the match and are skipped; so is anything under flags of its own."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = value
            if not add_flags and not del_flags:
                found += _required(list(sub))
        elif op is _c.ATOMIC_GROUP:
            found += _required(list(value))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            least, _, sub = value
            if least >= 1:
                found += _required(list(sub))
        elif op is _c.BRANCH:
            _, branches = value
            choices = [_most_telling(_required(list(branch))) for branch in branches]
            if branches and all(choices):
                found.append(tuple(sorted({alternative for choice in choices for alternative in choice})))
    if run:
        found.append(("".join(run),))
    return found


def _most_telling(sets: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The set whose shortest alternative is longest (empty when there is none)."""
    return max(sets, key=lambda alternatives: (min(map(len, alternatives)), -len(alternatives)), default=())
