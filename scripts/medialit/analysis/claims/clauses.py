"""The clause around a cue: the words a student checks, cut at the clause's marks, asides and dashes."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...text.source import Source
from ..checkworthy import MONTH_ABBREVIATIONS, MONTHS
from ..sentences import WORD, Sentence


def clause_around(source: Source, sentence: Sentence, start: int, end: int, limit: int = 180) -> tuple[int, int]:
    """A short span of the sentence holding ``start:end``: the whole sentence if short, else the clause
    (between commas, semicolons, colons or dashes) around it. Always exact text of the source."""
    content = source.content
    if sentence.end - sentence.start <= limit and "\n\n" not in content[sentence.start:sentence.end]:
        return _strip_marks(content, sentence.start, sentence.end)
    left = start
    while True:
        while left > sentence.start and not _boundary(content, sentence, left - 1):
            left -= 1
        # An aside between dashes ("The mill owners — and I name no man, for all know them — have grown
        # fat") does not end the clause: without what comes before it, the quote loses its subject.
        opening = _aside_opening(content, sentence, left - 1)
        if opening is None:
            break
        left = opening
    right = end
    while True:
        while right < sentence.end and not _boundary(content, sentence, right):
            right += 1
        closing = _aside_closing(content, sentence, right)
        if closing is None:
            break
        right = closing + 1
    if _thin(content, sentence, left, right):
        left, right, leftwards = _widened(content, sentence, left, right)
        if right - left > limit:
            return _strip_marks(content, *_cut(content, left, right, limit, leftwards))
    if right - left > limit:
        # Cut at the end, from the clause's start if the cue words fit: a quote that opens on the figure
        # ("200,000 Thursday as new surges ...") or after an aside ("— have grown fat") loses its subject.
        # A cue too far into its clause keeps a few words before it: "Supreme Court rulings such as Roe v.
        # Smith in 1948 that banned ..." rather than "1948 that banned ...", which has lost its subject.
        if end - left > limit:
            left = min(start, max(left, end - limit, start - _LEAD_IN))
            while left < start and not content[left - 1].isspace():
                left += 1
            # not on a word that leans on the one before ("of agreement signed at ..." is "memoranda of
            # agreement signed at ...")
            while left > sentence.start and _LEANING.match(content, left):
                left = content.rfind(" ", sentence.start, left - 1) + 1 or sentence.start
        right = min(sentence.end, max(end, left + limit))
        while right < sentence.end and content[right - 1].isalnum():
            right += 1
        right = _without_dangling_words(content, max(end, left), right)
    return _strip_marks(content, left, right)


_DASHES = "—–"
_LEAD_IN = 60       # characters kept before a cue deep inside a long clause
_LEANING = re.compile(r"(?:of|at|in|on|to|for|from|by|with|and|or|than|as|that|which|who)\b", re.I)


def _aside_opening(content: str, sentence: Sentence, at: int) -> int | None:
    """Where the aside opens whose closing dash is ``content[at]``, or None if ``at`` closes no aside.
    Dashes pair in order within the sentence: the second, fourth ... close."""
    if not (sentence.start <= at < sentence.end and content[at] in _DASHES):
        return None
    dashes = _dashes_in(content, sentence.start, sentence.end)
    number = bisect.bisect_left(dashes, at)
    return dashes[number - 1] if number % 2 == 1 else None


def _aside_closing(content: str, sentence: Sentence, at: int) -> int | None:
    """Where the aside that opens with the dash ``content[at]`` closes, or None."""
    if not (sentence.start <= at < sentence.end and content[at] in _DASHES):
        return None
    dashes = _dashes_in(content, sentence.start, sentence.end)
    number = bisect.bisect_left(dashes, at)
    return dashes[number + 1] if number % 2 == 0 and number + 1 < len(dashes) else None


@lru_cache(maxsize=8)
def _dashes_in(content: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets of the dashes in ``content[start:end]``, found once per sentence (a run of dashes stays linear)."""
    return tuple(i for i in range(start, end) if content[i] in _DASHES)


# A clause that holds nothing checkable on its own: a lead-in ("In 2006", "According to the WMO") or
# what follows a quotation ("” she said"). Five words: "In 2006, for example" is still a lead-in.
_MIN_CLAUSE_WORDS = 5
_ATTRIBUTION_LEAD = re.compile(r"\W*according\s+to\b", re.I)


def _thin(content: str, sentence: Sentence, left: int, right: int) -> bool:
    last = _LAST_WORD.search(content, left, right)      # "... had come from the coast where, for ..."
    return (len(WORD.findall(content, left, right)) < _MIN_CLAUSE_WORDS or bool(_ATTRIBUTION_LEAD.match(content, left, right))
            or _after_a_quotation(content, sentence, left, right) or bool(last and last.group(1) in _DANGLING)
            or _names_only(content, left, right))


_NAME_GLUE = frozenset(("of", "the", "for", "and", "de", "von", "van"))


def _names_only(content: str, left: int, right: int) -> bool:
    """A clause of names and titles only ("Defense Secretary Lloyd Austin, Joint Chiefs Chairman Gen. Mark
    Milley"): one item of a list, which says nothing of what they did."""
    words = WORD.findall(content, left, right)
    return bool(words) and all(w[0].isupper() or w in _NAME_GLUE for w in words)


def _after_a_quotation(content: str, sentence: Sentence, left: int, right: int) -> bool:
    """Does the clause open with the closing mark of a quotation ("” said Jo Roe of the ...")?"""
    text = content[left:right].lstrip(" ,")
    return left > sentence.start and (text.startswith("”") or (text.startswith('"') and content.count('"', sentence.start, left) % 2 == 1))


def _widened(content: str, sentence: Sentence, left: int, right: int) -> tuple[int, int, bool]:
    """A thin clause with its neighbours: the clauses after it (before it, at the sentence's end) up to
    and including the first that is not short ("In 2011, for instance, Northland chose talks ...";
    "According to historian, Jo Roe, and ..., Al Doe, the US has ..."; "“...,” she said"). Also tells
    whether it grew to the left."""
    # What follows a quotation ("” she said, ...") belongs with the words quoted before it, and an aside
    # between dashes ("... its busiest day – 152 admissions – since the flood ...") with what it qualifies.
    leftwards = _after_a_quotation(content, sentence, left, right) or _opens_an_aside(content, sentence, left)
    while True:
        if right < sentence.end and not (leftwards and left > sentence.start):
            grown = right + 1
            while grown < sentence.end and not _clause_mark(content, grown):
                grown += 1
            added, right = len(WORD.findall(content, right, grown)), grown
        elif left > sentence.start:
            grown = left - 1
            while grown > sentence.start and not _clause_mark(content, grown - 1):
                grown -= 1
            added, left, leftwards = len(WORD.findall(content, grown, left)), grown, True
        else:
            return left, right, leftwards
        if added >= _MIN_CLAUSE_WORDS and not _names_only(content, left, right):
            return left, right, leftwards


def _opens_an_aside(content: str, sentence: Sentence, left: int) -> bool:
    """Does the clause at ``left`` open just after a dash that opens an aside (one that a later dash closes)?"""
    at = left - 1
    while at > sentence.start and content[at].isspace():
        at -= 1
    return _aside_closing(content, sentence, at) is not None


def opening_words(source: Source, start: int, end: int, limit: int) -> str:
    """The opening of ``start:end`` as written, at most ``limit`` characters, cut at a word's end (no
    dangling "of the") and without a mark left alone at its edges (a quotation's opening mark whose
    closing one was cut off): a pointer to a long span, never the span pasted whole."""
    content = source.content
    if end - start > limit:
        start, end = _cut(content, start, end, limit, leftwards=False)
    start, end = _strip_marks(content, start, end)
    return content[start:end]


def _cut(content: str, left: int, right: int, limit: int, leftwards: bool) -> tuple[int, int]:
    """At most ``limit`` characters of ``left:right`` at word ends, keeping the end the span grew to
    (a quotation before "” she said" keeps its last words)."""
    if leftwards:
        left = right - limit
        while left < right and not content[left - 1].isspace():
            left += 1
        return left, right
    end, right = right, left + limit
    while right < end and (content[right - 1].isalnum() or content[right - 1] in "-’'"):
        right += 1
    return left, _without_dangling_words(content, left, right)


def _boundary(content: str, sentence: Sentence, at: int) -> bool:
    """Does the clause around a cue end at ``content[at]``? Not at a mark inside brackets ("(€550,000,
    or £477,000)"): a quote that opens inside them is cut off from what they belong to."""
    if not _clause_mark(content, at):
        return False
    # Brackets are looked for near the mark only, so that a long run of marks stays linear.
    start, end = max(sentence.start, at - _BRACKET_REACH), min(sentence.end, at + _BRACKET_REACH)
    if content.find("(", start, at) < 0:
        return True
    depth = content.count("(", start, at) - content.count(")", start, at)
    return depth <= 0 or content.find(")", at, end) < 0


_BRACKET_REACH = 200


def _clause_mark(content: str, at: int) -> bool:
    """Does a clause end at ``content[at]``? Not at the comma or colon of a figure ("840,000", "10:30"),
    nor at the comma between a day and its year ("February 8, 2018")."""
    if content[at] not in ",;:—–\n":
        return False
    if content[at] == "," and _YEAR_AFTER_COMMA.match(content, at + 1) and _MONTH_DAY_BEFORE.search(content, max(0, at - 16), at):
        return False
    if content[at] == ":" and content.startswith("//", at + 1):
        return False        # the colon of a web address ("https://...")
    return not (content[at] in ",:" and content[at - 1:at].isdigit() and content[at + 1:at + 2].isdigit())


_YEAR_AFTER_COMMA = re.compile(r"[^\S\n]+(?:1[6-9]|20)\d\d\b")
_MONTH_DAY_BEFORE = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+\d{{1,2}}$")
# A quote cut short must not end on a word that promises more ("gives abortion opponents the").
_DANGLING = frozenset("a an the and or but nor of to in on at by for from with as into than that which who whose "
                      "whom where when while because if his her its their our your my this these those "
                      # an auxiliary promises its verb ("whether the agency did")
                      "did does do is are was were has have had will would could should can may might must".split())
_LAST_WORD = re.compile(r"\s+([A-Za-z]+)\W*$")


def _without_dangling_words(content: str, keep: int, end: int) -> int:
    """``end`` moved back over closing words a cut left hanging, never before ``keep``."""
    while (last := _LAST_WORD.search(content, keep, end)) and last.group(1).lower() in _DANGLING:
        end = last.start()
    return end


_NOTE_MARK = re.compile(r"\[\d{1,3}\]\s*")


def _strip_marks(content: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space, emphasis, a note's mark ("[1] ") and punctuation at the edges of a span, keeping
    brackets balanced."""
    while start < end and (content[start].isspace() or content[start] in "*_[“\"‘'"):
        mark = _NOTE_MARK.match(content, start, end)
        start = mark.end() if mark else start + 1
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
