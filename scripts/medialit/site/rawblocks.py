"""Set the generated pages' raw HTML blocks aside while MkDocs converts the Markdown around them.

A lesson page is mostly HTML the renderer already wrote (the text with its flags, the self-checks, the
questions): Python-Markdown would only parse it twice (MkDocs' anchor scan and md_in_html) to hand it
back unchanged, and that was ~40% of converting a lesson page. ``set_aside`` replaces each such block
with a placeholder and ``put_back`` restores it in the converted HTML, byte for byte what Markdown
would have produced. A block qualifies only when Markdown would pass it through untouched: it starts a
line after a blank line with ``<div`` or ``<section`` or ``<fieldset``, outside any element with a
``markdown`` attribute (md_in_html rebuilds the elements in there) and has none itself, its tags balance
and its closing tag ends a line followed by a blank line. Anything else stays for Markdown. Seed text inside these blocks is HTML-escaped by the renderer, so no ``<`` in it can open
or close a tag.
"""

from __future__ import annotations

import html
import re

_OPENING = re.compile(r"<(div|section|fieldset)[\s>]")
_MARKDOWN_ATTRIBUTE = re.compile(r"\smarkdown(?:[\s=>]|$)")
_ID = re.compile(r'\sid="([^"]*)"')
PLACEHOLDER = '<div data-ml-raw="{}"></div>'
_PLACEHOLDER = re.compile(r'<div data-ml-raw="(\d+)"></div>')


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with its raw HTML blocks replaced by placeholders, and the blocks in their order."""
    lines = markdown.split("\n")
    blocks: list[str] = []
    out: list[str] = []
    index = 0
    while index < len(lines):
        opening = _opening(lines[index])
        end = _end(lines, index, opening[0]) if opening else None
        if end is None and opening and opening[1]:
            out.extend(lines[index:])           # Markdown inside, never closed: all of it stays
            break
        if end is None:
            out.append(lines[index])
            index += 1
        elif opening[1] or index and lines[index - 1].strip() or not _raw_to_the_end(lines, index, end, opening[0]):
            out.extend(lines[index:end + 1])      # Markdown inside (nested blocks too), or not a raw block
            index = end + 1
        else:
            out.append(PLACEHOLDER.format(len(blocks)))
            blocks.append("\n".join(lines[index:end + 1]))
            index = end + 1
    if not blocks:
        return markdown, []
    return "\n".join(out), blocks


def _opening(line: str) -> tuple[str, bool] | None:
    """(tag, whether it has a ``markdown`` attribute) of the element opening at the start of ``line``."""
    match = _OPENING.match(line)
    if match is None:
        return None
    tag_end = line.find(">")
    return match.group(1), bool(_MARKDOWN_ATTRIBUTE.search(line[: tag_end + 1] if tag_end >= 0 else line))


def _end(lines: list[str], start: int, tag: str) -> int | None:
    """The index of the line where the ``tag`` element opening at ``start`` closes (None: never)."""
    opens, closes = re.compile(rf"<{tag}[\s>]"), f"</{tag}>"
    depth = 0
    for index in range(start, len(lines)):
        depth += len(opens.findall(lines[index])) - lines[index].count(closes)
        if depth <= 0:
            return index if depth == 0 else None
    return None


def _raw_to_the_end(lines: list[str], start: int, end: int, tag: str) -> bool:
    """Whether Markdown passes the element on lines ``start``-``end`` through untouched: no ``markdown``
    attribute inside, its closing tag ends the line, and a blank line (or the page's end) follows."""
    if any("markdown" in line and _MARKDOWN_ATTRIBUTE.search(line) for line in lines[start:end + 1]):
        return False
    followed_by_blank = end + 1 == len(lines) or not lines[end + 1].strip()
    return lines[end].rstrip().endswith(f"</{tag}>") and followed_by_blank


def put_back(converted: str, blocks: list[str]) -> str | None:
    """The converted HTML with every block back in its place; None if a placeholder did not come
    through the conversion exactly once (the caller then converts the original Markdown)."""
    seen: list[int] = []

    def block(match: re.Match) -> str:
        seen.append(int(match.group(1)))
        return blocks[int(match.group(1))]

    restored = _PLACEHOLDER.sub(block, converted)
    return restored if sorted(seen) == list(range(len(blocks))) else None


def anchor_ids(blocks: list[str]) -> set[str]:
    """The ids in the blocks, which MkDocs would have found itself (links to ``#p5`` are checked)."""
    return {html.unescape(found) for block in blocks for found in _ID.findall(block)}
