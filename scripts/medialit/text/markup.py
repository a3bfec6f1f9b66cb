"""Inline Markdown found in pasted articles, and the text without it.

Seeds keep the markup the outlet used (``**bold**``, ``*italic*``, ``___pull quote___``, ``[link](url)``,
backslash escapes): the text view shows it as emphasis and marked links. Everywhere a piece of the text
is quoted (questions, tables, titles, search snippets) the reader sees words, never syntax, so quoting
goes through ``strip_markup`` or ``Source.plain``.

Emphasis follows CommonMark's flanking rule in a simple form: a run of ``*`` or ``_`` opens or closes
emphasis only when it touches a word on one side. A star with spaces on both sides ("* * *") is text,
so a separator can never turn what follows into italics; an underscore inside a word
("@globalresearch_crg") is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A backslash escape, or a run of emphasis characters.
_INLINE = re.compile(r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!|>])|(?P<run>\*{1,3}|_{1,3})")
# A link or image: ``[text](url)`` / ``![alt](src)``. The text part cannot hold a bracket, so a hostile line
# of a million '[' costs linear time.
_LINK = re.compile(r"(?P<bang>!?)\[[^\[\]\n]*(?P<close>\]\((?P<url>[^()\n]*)\))")
# Every piece of inline syntax starts with one of these; most paragraphs hold none of them.
_START = re.compile(r"[\\*_\[]")


@dataclass(frozen=True)
class Mark:
    """One piece of inline syntax: ``content[start:end]``. ``kind`` is "escaped" (the backslash of an
    escape; the character after it is text), "stars"/"underscores" (an emphasis run), "link-open" or
    "link-close" (``[`` and ``](url)``)."""

    kind: str
    start: int
    end: int
    text: str


def has_markup(content: str, start: int = 0, end: int | None = None) -> bool:
    return _START.search(content, start, len(content) if end is None else end) is not None


def inline_marks(content: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """The inline syntax in ``content[start:end]``, sorted by position."""
    end = len(content) if end is None else end
    if not has_markup(content, start, end):
        return []
    marks: dict[int, Mark] = {}
    runs: list[tuple[Mark, bool, bool]] = []          # (run, can open, can close)
    for m in _INLINE.finditer(content, start, end):
        if m.group("escaped"):
            marks[m.start()] = Mark("escaped", m.start(), m.start() + 1, "\\")
            continue
        opens, closes = _flanking(content, m.start(), m.end(), start, end)
        if opens or closes:
            kind = "stars" if m.group("run")[0] == "*" else "underscores"
            runs.append((Mark(kind, m.start(), m.end(), m.group("run")), opens, closes))
    links = []
    for m in _LINK.finditer(content, start, end):
        if m.start() > start and content[m.start() - 1] == "\\":
            continue                                     # an escaped '[' is text
        opening = m.start() + len(m.group("bang")) + 1
        links.append((m.start("close"), m.end()))
        marks[m.start()] = Mark("link-open", m.start(), opening, content[m.start():opening])
        marks[m.start("close")] = Mark("link-close", m.start("close"), m.end(), m.group("close"))
    # Stars inside a link address are not emphasis; emphasis needs an opening and a closing run.
    runs = [r for r in runs if not any(a <= r[0].start < b for a, b in links)]
    for run in _paired(runs):
        marks.setdefault(run.start, run)
    return [marks[k] for k in sorted(marks)]


def _paired(runs: list[tuple[Mark, bool, bool]]) -> list[Mark]:
    """The runs that open or close emphasis with a partner of the same character ("***a** b*" pairs all
    three); a run without a partner ("7*7", a lone "*") is text."""
    stack: list[list] = []           # [run, characters left to close]
    paired: set[int] = set()
    for run, opens, closes in runs:
        left = len(run.text)
        if closes:
            while left and stack and stack[-1][0].text[0] == run.text[0]:
                opener = stack[-1]
                used = min(left, opener[1])
                opener[1] -= used
                left -= used
                paired.update((id(opener[0]), id(run)))
                if not opener[1]:
                    stack.pop()
        if left and opens and id(run) not in paired:
            stack.append([run, left])
    return [run for run, _, _ in runs if id(run) in paired]


def _flanking(content: str, run_start: int, run_end: int, start: int, end: int) -> tuple[bool, bool]:
    """Whether an emphasis run can open and close emphasis (CommonMark's flanking rules): it opens before
    a word and closes after one; "* * *" does neither; an underscore or a star inside a word
    ("@globalresearch_crg", "window.__name", "f**king") is part of it."""
    before = content[run_start - 1] if run_start > start else " "
    after = content[run_end] if run_end < end else " "
    left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
    right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
    if content[run_start] == "_":
        return left and (not right or _punct(before)), right and (not left or _punct(after))
    if before.isalnum() and after.isalnum():
        # Stars inside a word are a censored word in pasted news ("f**king", "b***h"), not emphasis
        # (CommonMark would pair them: "f<strong>king fireplace, b</strong>h").
        return False, False
    return left, right


def _punct(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def strip_markup(text: str) -> str:
    """``text`` as a reader sees it: emphasis runs, link syntax and escape backslashes removed, line
    prefixes of headings, block quotes and list items dropped. For strings that do not come with
    offsets (titles, front matter, a quotation already cut out of the text)."""
    if not text:
        return text
    text = _LINE_PREFIX.sub("", text)
    marks = inline_marks(text)
    if marks:
        pieces, position = [], 0
        for mark in marks:
            pieces.append(text[position:mark.start])
            position = mark.end
        pieces.append(text[position:])
        text = "".join(pieces)
    if "*" in text:
        # Halves of emphasis cut in two by a quotation: "comes back. **Phones" and "a plan.***".
        text = _CUT_EMPHASIS.sub("", text)
    if "](" in text or "[" in text:
        # Halves of a link cut in two by a quotation: "Europe](#), Russia" and "see [Europe".
        text = _UNOPENED_LINK_END.sub("", text)
        text = _UNCLOSED_LINK_START.sub("", text)
    return text


# Line prefixes: "# " headings, "> " quotations, list bullets. Only at the start of a line, with the space
# after them that Markdown requires ("#hashtag" and "-5 degrees" are text).
_LINE_PREFIX = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+(?=\S))")
# (Stars only: a run of underscores in "window.__name" is text, and a cut "___" pull quote is rare.)
_CUT_EMPHASIS = re.compile(r"(?:(?<![\w*])\*{2,3}|^\*)(?=[\w“\"‘(])|(?<=[\w.,;:!?”\"’)])(?:\*{2,3}(?![\w*])|\*$)")
_UNOPENED_LINK_END = re.compile(r"\]\([^()\s]*(?:\)|$)")
_UNCLOSED_LINK_START = re.compile(r"\[(?=[^\]]*$)")
