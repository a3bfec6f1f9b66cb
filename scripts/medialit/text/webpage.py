"""A seed from a text a teacher brings: a page saved from a browser (.html), or a .txt / .md file.

For a saved page, trafilatura (Apache-2.0) finds the article's main text, without navigation, ads,
share bars or comments, and reads the page's metadata (<meta> tags, JSON-LD, the canonical link). Only
the file's contents are given to it, never an address, so nothing is fetched from the network. The
article keeps its structure in Markdown (headings, block quotes, lists, bold and italics), which the
lesson shows as structure (``text.blocks``). The front matter is filled from the metadata for the
teacher to check; ``published`` stays empty unless the page gives a date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import read_limited
from ..errors import InputError, Problem
from .source import INVISIBLE_AS_SPACE, first_line_title

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Fewer words than this is not an article (a cookie notice, a login wall, a page of links).
MIN_ARTICLE_WORDS = 40
_HTML_SIGN = re.compile(r"<\s*(html|body|head|article|main|div|p)\b", re.I)
_MAX_BYTES = 10_000_000     # a saved page with its inline scripts and styles; far larger is not a page


@dataclass
class ImportedText:
    """What a seed is made of: front matter values (None: not given), the body, and what to tell the teacher."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    body: str = ""
    notes: list[str] = field(default_factory=list)


def import_file(path: Path) -> ImportedText:
    """The article in ``path``: a saved web page, or a .txt/.md file taken as it is."""
    raw = _read(path)
    if path.suffix.lower() in HTML_SUFFIXES or _HTML_SIGN.search(raw[:5000]):
        return import_html(path, raw)
    return import_plain(path, raw)


def import_html(path: Path, html: str) -> ImportedText:
    if not _HTML_SIGN.search(html):
        raise InputError([Problem(path, "is not an HTML page (no <html>, <body> or <p> tag found)",
                                  fix="save the page from the browser as 'Web page, HTML only', or paste the "
                                      "text into a .txt file and import that")])
    import trafilatura          # (imported here: only 'new --from page.html' needs it)

    xml = trafilatura.extract(html, output_format="xml", include_formatting=True, include_comments=False,
                              include_tables=True, include_links=False, include_images=False, with_metadata=False)
    body = _markdown(xml) if xml else ""
    words = len(re.findall(r"\w+", body))
    if not words or not re.search(r"\w[.!?]", body):          # words, but not one sentence: menus and labels
        raise InputError([Problem(path, "no article found in the page (only menus, links or scripts)",
                                  fix="open the page in the browser, check that the article is there, and save it "
                                      "again; or paste the article's text into a .txt file and import that")])
    if words < MIN_ARTICLE_WORDS:
        raise InputError([Problem(path, f"the article found in the page is nearly empty ({words} words)",
                                  fix="the page may load its text with scripts: copy the article's text from the "
                                      "browser into a .txt file and import that")])
    meta = trafilatura.extract_metadata(html)
    found = ImportedText(body=body)
    if meta is not None:
        found.title = _clean(meta.title)
        found.author = _clean(meta.author)
        found.publisher = _clean(meta.sitename)
        found.published = _date(meta.date)
        found.url = meta.url if meta.url and re.match(r"https?://", meta.url) else None
    found.notes.append("the text and the front matter were read from the saved page: check them against the page")
    return found


def import_plain(path: Path, text: str) -> ImportedText:
    """A .txt or .md file: its text as it is; a title from its own front matter or first line."""
    text = text.lstrip("\ufeff")
    found = ImportedText()
    front = re.match(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", text, re.S)
    if front:
        import yaml

        try:
            data = yaml.safe_load(front.group(1) or "") or {}
        except yaml.YAMLError:
            data = {}
        if isinstance(data, dict):
            for key in ("title", "author", "publisher", "url"):
                if isinstance(data.get(key), (str, int)) and str(data[key]).strip():
                    setattr(found, key, str(data[key]).strip())
            found.published = _date(data.get("published") or data.get("date"))
            dropped = sorted(set(map(str, data)) - {"title", "author", "publisher", "url", "published", "date"})
            if dropped:
                found.notes.append(f"front matter fields not used by medialit were left out: {', '.join(dropped)}")
        text = text[front.end():]
    body = text.strip("\n") + "\n"
    found.body = body if path.suffix.lower() in (".md", ".markdown") else _escape_line_marks(body)
    if not re.search(r"\w", found.body):
        raise InputError([Problem(path, "holds no text", fix="put the article's text in the file")])
    return found


def seed_text(found: ImportedText, title: str | None = None) -> str:
    """The seed file: front matter with what was found (empty fields to fill in), then the body."""
    def value(text: str | None) -> str:
        return json.dumps(text, ensure_ascii=False) if text else ""

    lines = ["---",
             f"title: {value(title or found.title or _first_line(found.body))}",
             f"author: {value(found.author)}" + ("" if found.author else "                 # as given on the page"),
             f"publisher: {value(found.publisher)}" + ("" if found.publisher else "              # the outlet this copy comes from"),
             f"published: {found.published or ''}" + ("" if found.published else "              # date of this copy, YYYY-MM-DD"),
             f"url: {value(found.url)}" + ("" if found.url else "                    # address of this copy (https://...)"),
             "language: en",
             "topics: []              # e.g. [NATO, Ukraine]",
             "level:                  # e.g. upper secondary",
             "---", "", found.body.rstrip("\n"), ""]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------- helpers


# What Markdown reads as a list, heading or quote at a line's start: in a plain text, "- No new deaths -"
# is a subheading and "1. The" a sentence, and unescaped they would swallow the lines after them.
_LINE_MARK = re.compile(r"^([ \t]*)([-+*](?=[ \t])|#{1,6}(?=[ \t])|>|\d{1,9}(?=[.)][ \t]))", re.M)
_SEPARATOR_LINE = re.compile(r"[ \t]*([-*_])([ \t]*\1){2,}[ \t]*")


def _escape_line_marks(text: str) -> str:
    """A plain text's lines as Markdown that reads the same: line-start marks escaped, separators kept."""
    lines = text.split("\n")
    return "\n".join(line if _SEPARATOR_LINE.fullmatch(line) else _LINE_MARK.sub(_escaped, line) for line in lines)


def _escaped(match: re.Match) -> str:
    mark = match.group(2)
    # "1." is escaped at its full stop ("1\."): a backslash before a digit is no Markdown escape.
    return match.group(1) + (mark + "\\" if mark[0].isdigit() else "\\" + mark)


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise InputError([Problem(path, "is too large to be one article or one saved page",
                                      fix="save only the article's page, as 'HTML only'")])
    except OSError as exc:
        raise InputError([Problem(path, f"cannot be read: {exc.strerror or exc}")]) from None
    raw = read_limited(path, _MAX_BYTES, "saved page")      # (a device or a FIFO is refused, not read)
    if b"\x00" in raw[:4096]:
        raise InputError([Problem(path, "is a binary file, not a web page or a text",
                                  fix="import a page saved as HTML, or a .txt or .md file")])
    for encoding in ("utf-8", "cp1252"):
        try:
            return _plain_characters(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _plain_characters(raw.decode("latin-1"))


def _plain_characters(text: str) -> str:
    """Unix line ends; a byte-order mark or zero-width space anywhere dropped (the new seed need not keep them)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE_DROPPED)


_INVISIBLE_DROPPED = dict.fromkeys(INVISIBLE_AS_SPACE)      # (the same characters, mapped to nothing)


def _markdown(xml: str) -> str:
    """trafilatura's XML of the article as Markdown blocks: headings, paragraphs, quotations, lists."""
    root = ElementTree.fromstring(xml)
    main = root.find("main")
    blocks = []
    for element in (main if main is not None else root):
        blocks.extend(_block(element))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def _block(element) -> list[str]:
    tag = element.tag
    if tag == "head":
        level = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}.get(element.get("rend", ""), 2)
        return [f"{'#' * level} {_inline(element)}"]
    if tag == "quote":
        inner = [b for child in element for b in _block(child)] or [_inline(element)]
        return ["\n".join("> " + line for block in inner for line in block.splitlines())]
    if tag == "list":
        return ["\n".join(f"- {_inline(item)}" for item in element if item.tag == "item")]
    if tag == "table":
        return [" | ".join(_inline(cell) for cell in row) for row in element if row.tag == "row"]
    if tag in ("p", "item"):
        return [_inline(element)]
    return [_inline(element)] if (element.text or "").strip() else [b for child in element for b in _block(child)]


def _inline(element) -> str:
    parts = [element.text or ""]
    for child in element:
        text = _inline(child)
        if child.tag == "hi" and text.strip():
            mark = {"#b": "**", "#i": "*", "#u": "*"}.get(child.get("rend", ""), "")
            text = f"{mark}{text.strip()}{mark}" if mark else text
        elif child.tag == "lb":
            text = " "
        parts.append(text)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _date(value) -> str | None:
    """An ISO date (YYYY-MM-DD) from what the page or an export gives, or None."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _first_line(body: str) -> str:
    return first_line_title(body)[0] or "Headline of the article"
