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
        end = _raw_block_end(lines, index) if index == 0 or not lines[index - 1].strip() else None
        if end is None:
            inner = _markdown_block_end(lines, index)
            if inner is not None:       # an element with Markdown inside stays whole, nested blocks too
                out.extend(lines[index:inner + 1])
                index = inner + 1
                continue
            out.append(lines[index])
            index += 1
            continue
        out.append(PLACEHOLDER.format(len(blocks)))
        blocks.append("\n".join(lines[index:end + 1]))
        index = end + 1
    if not blocks:
        return markdown, []
    return "\n".join(out), blocks


def _raw_block_end(lines: list[str], start: int) -> int | None:
    """The index of the last line of the raw block opening at ``start``, or None if none opens there."""
    match = _OPENING.match(lines[start])
    if match is None:
        return None
    tag = match.group(1)
    opening_tag = lines[start][: lines[start].find(">") + 1] if ">" in lines[start] else lines[start]
    if _MARKDOWN_ATTRIBUTE.search(opening_tag):
        return None
    opens, closes = re.compile(rf"<{tag}[\s>]"), f"</{tag}>"
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if "markdown" in line and _MARKDOWN_ATTRIBUTE.search(line):
            return None                 # Markdown inside: leave the whole block to Markdown
        depth += len(opens.findall(line)) - line.count(closes)
        if depth <= 0:
            followed_by_blank = index + 1 == len(lines) or not lines[index + 1].strip()
            return index if depth == 0 and line.rstrip().endswith(closes) and followed_by_blank else None
    return None


def _markdown_block_end(lines: list[str], start: int) -> int | None:
    """The index of the last line of the element with a ``markdown`` attribute opening at ``start``."""
    match = _OPENING.match(lines[start])
    if match is None or not _MARKDOWN_ATTRIBUTE.search(lines[start][: lines[start].find(">") + 1] or lines[start]):
        return None
    tag = match.group(1)
    opens, closes = re.compile(rf"<{tag}[\s>]"), f"</{tag}>"
    depth = 0
    for index in range(start, len(lines)):
        depth += len(opens.findall(lines[index])) - lines[index].count(closes)
        if depth <= 0:
            return index
    return len(lines) - 1


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
