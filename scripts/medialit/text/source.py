"""A source text (one seed file) and its loader.

Offsets everywhere in medialit are code-point indices into ``Source.content``: the whole file as read
with ``open(path, encoding="utf-8").read()``, front matter and byte-order mark included. Nothing here
rewrites the text; paragraphs and the body are spans of it.

``Source.blocks`` are all the blocks of the body (``text.blocks``); ``Source.paragraphs`` are the numbered
ones, the author's text, whose numbers every question, claim and voice points at. The page around the
text (headline, byline, labels, prompts, disclaimers) is in ``page_blocks``, unnumbered. Quotations are
taken with ``plain`` / ``paragraph_text``, which show the words without their Markdown.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import reprlib
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from ..datafiles import UNSAFE_FIX, read_limited, unsafe_character
from ..errors import InputError, Problem
from .blocks import NUMBERED_KINDS, Paragraph, parse_blocks
from .markup import inline_marks, strip_markup

SEED_SUFFIXES = (".md", ".markdown", ".txt")
BOM = "\ufeff"
# Characters that take no room on the page: a byte-order mark inside a text (left where files were pasted
# together) and the zero-width space. Left in, they glue a word to the one before it ("\ufeffAs" reads
# as a name, not a sentence's first word) and open quotations. The loader reads each as a space, so that
# offsets still index the file; 'medialit new' drops them.
INVISIBLE_AS_SPACE = str.maketrans({BOM: " ", "\u200b": " "})
# A news or opinion text is 5-100 KB; a seed far past that is a mistake (a whole book, a database dump)
# and would make one lesson page of many megabytes. Refused with a clear message, never half-built.
MAX_SEED_BYTES = 1_000_000
MAX_TITLE_CHARS = 300
# The body 'medialit new' writes; a seed still holding it is not a text yet.
PLACEHOLDER_BODY = "Paste the article here, exactly as published: headline, byline and all paragraphs."

# A .txt title: its first line when that is a headline; else its first words, cut at a word.
_TXT_TITLE_MAX_CHARS = 120
_TXT_TITLE_WORDS = 10
_SLUG_MAX_CHARS = 60
# Apostrophes, which stand inside a word ("Boehner’s"); every other mark beyond ASCII (a dash, a quotation
# mark, a bullet) stands between words.
_APOSTROPHES = frozenset("’ʼ‘")


@dataclass(frozen=True)
class Republication:
    outlet: str
    date: dt.date | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SourceMeta:
    """Validated front matter."""

    title: str
    author: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    republished: tuple[Republication, ...] = ()
    language: str = "en"
    topics: tuple[str, ...] = ()
    level: str | None = None

    @property
    def publication_chain(self) -> tuple[str, ...]:
        """Outlets in the order the text appeared: earlier republications first, this copy's publisher last."""
        chain = [r.outlet for r in self.republished]
        if self.publisher and self.publisher not in chain:
            chain.append(self.publisher)
        return tuple(chain)

    def as_dict(self) -> dict:
        """Front matter as plain JSON-ready values (dates as ISO strings)."""
        return {
            "title": self.title,
            "author": self.author,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "republished": [
                {"outlet": r.outlet, "date": r.date.isoformat() if r.date else None, "url": r.url, "note": r.note}
                for r in self.republished
            ],
            "language": self.language,
            "topics": list(self.topics),
            "level": self.level,
        }


@dataclass(frozen=True)
class Source:
    path: Path
    slug: str
    content: str
    body_start: int
    meta: SourceMeta
    paragraphs: tuple[Paragraph, ...]          # the author's text, numbered: paragraphs, block quotes, lists
    warnings: tuple[str, ...] = field(default=())
    blocks: tuple[Paragraph, ...] = field(default=())   # every block in order, numbered or not (see text.blocks)

    @property
    def body(self) -> str:
        return self.content[self.body_start :]

    @property
    def page_blocks(self) -> tuple[Paragraph, ...]:
        """The page around the text (headline, byline, labels, prompts, disclaimers), in order."""
        return tuple(b for b in self.blocks if b.kind in ("furniture", "headline"))

    @property
    def page_text(self) -> str:
        """The page around the text as a reader sees it, one block a line."""
        return "\n".join(self.plain(b.start, b.end) for b in self.page_blocks)

    def located_text(self, number: int | None) -> str:
        """What a question, voice or signal pointing at ``number`` quotes from: paragraph ``number``, or
        the page around the text when it has no number."""
        return self.paragraph_text(number) if number else self.page_text

    @property
    def made_breaks(self) -> bool:
        """True when medialit grouped a one-block text into paragraphs (the lesson says so)."""
        return any(b.made for b in self.blocks)

    def block_at(self, offset: int) -> Paragraph | None:
        """The block holding ``offset``, numbered or not."""
        index = bisect.bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    def in_block_quote(self, offset: int) -> bool:
        """True inside a block quotation ("> ..."): someone else's words, set apart by the page."""
        block = self.block_at(offset)
        return block is not None and block.kind in ("quote", "pullquote")

    def plain(self, start: int, end: int) -> str:
        """``content[start:end]`` as a reader sees it: without emphasis, link syntax or line prefixes.
        Quotations in questions and tables use this, never the raw slice. Markup is found on whole
        lines, so a span that starts inside "**...**" loses the closing stars too."""
        pieces = []
        blocks = self.blocks
        # (Indexes, not a slice of the later blocks: a slice copies them all, once per quotation.)
        for index in range(max(0, bisect.bisect_right(self._block_starts, start) - 1), len(blocks)):
            block = blocks[index]
            if block.start >= end:
                break
            if block.end <= start:
                continue
            for line_start, line_end in block.lines:
                a, b = max(start, line_start), min(end, line_end)
                if a < b:
                    pieces.append(_without_marks(self.content, line_start, line_end, a, b))
        if not pieces:
            return strip_markup(self.content[start:end])
        return "\n".join(pieces)

    @property
    def _block_starts(self) -> list[int]:
        starts = self.__dict__.get("_bstarts")
        if starts is None:
            starts = [b.start for b in self.blocks]
            object.__setattr__(self, "_bstarts", starts)
        return starts

    def paragraph_at(self, offset: int) -> int | None:
        """Number of the paragraph holding ``offset``, or None outside every paragraph (a binary search:
        paragraphs are sorted and disjoint, and the detector asks once per finding)."""
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return self.paragraphs[index].number
        return None

    @property
    def _paragraph_starts(self) -> list[int]:
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = [p.start for p in self.paragraphs]
            object.__setattr__(self, "_starts", starts)   # a cache on a frozen dataclass
        return starts

    def paragraph_text(self, number: int) -> str:
        """Paragraph ``number`` as a reader sees it (without Markdown); ``content[p.start:p.end]`` is the raw text."""
        paragraph = self.paragraphs[number - 1]
        return self.plain(paragraph.start, paragraph.end)

    @cached_property
    def word_count(self) -> int:
        # (Counted once: the lesson and its templates ask three times, ~0.3 ms each.)
        return len(re.findall(r"\w+", self.body))


def _without_marks(content: str, line_start: int, line_end: int, start: int, end: int) -> str:
    """``content[start:end]`` (inside one line) without the inline markup found on the whole line."""
    pieces, position = [], start
    for mark in inline_marks(content, line_start, line_end):
        if mark.end <= position or mark.start >= end:
            continue
        pieces.append(content[position:max(position, mark.start)])
        position = max(position, mark.end)
    pieces.append(content[position:end] if position < end else "")
    return "".join(pieces)


# ---------------------------------------------------------------------------------------------- loading


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Seed files in ``seeds_dir``, sorted by name; sidecar files (``*.review.yaml``) are not seeds."""
    return sorted(
        p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
    )


def load_source(path: Path, slug: str | None = None) -> Source:
    """Read and validate one seed. Raises InputError naming every problem in the file."""
    content = _read_text(path)
    front, body_start, front_line = _split_front_matter(path, content)
    warnings: list[str] = []
    if front is None:
        meta_raw: dict = {}
        title, whole_line = first_line_title(content)
        if title is None:
            raise InputError([Problem(path, "the file has no text", fix="add the article text below a title line")])
        if whole_line:
            warnings.append(f"{path}: no front matter; using the first line as the title ({title!r}). "
                            "Run 'medialit new' to see the fields a seed can carry.")
        else:
            warnings.append(f"{path}:1: no front matter and the first line is too long for a headline; using its "
                            f"first words as the title ({title!r}). Put the headline on a line of its own, or run "
                            "'medialit new' to add front matter with a 'title'.")
        meta_raw = {"title": title}
    else:
        meta_raw = front
    meta = _validate_meta(path, meta_raw, front_line, warnings, _field_lines(content) if front is not None else None)
    blocks = tuple(parse_blocks(content, body_start, meta.title, meta.author))
    paragraphs = tuple(b for b in blocks if b.kind in NUMBERED_KINDS)
    if not paragraphs:
        if blocks:
            raise InputError([Problem(path, "holds only the page around a text (headline, byline, prompts, "
                                            "disclaimers) and no paragraph of the article itself",
                                      fix="paste the article's paragraphs below the closing '---' line")])
        raise InputError([Problem(path, "the file has front matter but no article text",
                                  fix="paste the article below the closing '---' line")])
    if PLACEHOLDER_BODY in content[body_start:]:
        raise InputError([Problem(path, "still holds the placeholder text of 'medialit new' instead of an article",
                                  fix="replace the line 'Paste the article here...' with the article")])
    return Source(
        path=path,
        slug=slug or slugify(meta.title) or slugify(path.stem) or "lesson",
        content=content,
        body_start=body_start,
        meta=meta,
        paragraphs=paragraphs,
        warnings=tuple(warnings),
        blocks=blocks,
    )


def missing_fields(source: Source) -> list[str]:
    """Warnings for front matter a lesson needs and the seed leaves empty (``medialit check`` shows them):
    without an author, publisher or address, students cannot read laterally about the source."""
    fields = {"author": "the name in the byline", "publisher": "the outlet this copy comes from",
              "url": "the address of this copy, https://..."}
    return [f"{source.path}: front matter field '{name}' is empty (fill in {what}: students need it to find out "
            "who is behind the text)" for name, what in fields.items() if not getattr(source.meta, name)]


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            raise InputError([Problem(path, f"is too large for one lesson ({size / 1e6:.1f} MB; the limit is "
                                            f"{MAX_SEED_BYTES / 1e6:.0f} MB, about 150,000 words)",
                                      fix="split the text into several seeds, or keep only the article itself")])
    except OSError as exc:
        raise InputError([Problem(path, f"cannot be read: {exc.strerror or exc}")]) from None
    # At most the limit + 1 bytes, from a regular file only: /dev/zero or a FIFO is refused, not read.
    raw = read_limited(path, MAX_SEED_BYTES, "seed")
    if b"\x00" in raw:
        raise InputError([Problem(path, "is a binary file (it contains NUL bytes), not a text",
                                  fix="save the article as plain text or Markdown in UTF-8")])
    try:
        # Decode exactly as the offsets contract says: utf-8, keeping any byte-order mark.
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError([Problem(path, f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start})",
                                  line=line, fix="re-save the file as UTF-8 in your editor")]) from None
    # open(path, encoding="utf-8").read() applies universal newlines (\r\n and \r become \n); offsets
    # must index exactly that string, so translate the same way. A byte-order mark at the very start stays
    # (the front matter pattern allows it); invisible characters after it become spaces of the same length.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:1] + text[1:].translate(INVISIBLE_AS_SPACE)


_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def _split_front_matter(path: Path, content: str) -> tuple[dict | None, int, int]:
    """Parsed front matter, the offset where the body starts, and the line the front matter starts on."""
    match = _FRONT_MATTER.match(content)
    if not match:
        if content.lstrip(BOM).startswith("---\n"):
            raise InputError([Problem(path, "front matter starts with '---' but never ends", line=1,
                                      fix="close the front matter with a line holding only '---'")])
        return None, len(BOM) if content.startswith(BOM) else 0, 0
    text = match.group(2) or ""
    try:
        data = _load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["unreadable"])[0]
        raise InputError([Problem(path, f"front matter is not valid YAML: {problem}", line=line,
                                  fix="check quotes and colons; a value with ':' needs quotes")]) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # PyYAML's own checks are not YAMLErrors: "published: 2022-02-30" raises ValueError.
        line, key = _unreadable_line(text)
        field_name = f"field '{key}' " if key else ""
        raise InputError([Problem(path, f"front matter {field_name}has a value that cannot be read: {exc}", line=line,
                                  fix="is it an impossible date such as 2022-02-30? Correct it, "
                                      "or put the value in quotes")]) from None
    except RecursionError:
        raise InputError([Problem(path, "front matter is nested too deeply to read", line=2,
                                  fix="front matter holds simple 'field: value' lines")]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError([Problem(path, "front matter must be 'field: value' lines", line=2)])
    return data, match.end(), 2


# libyaml's parser (PyYAML's C loader) reads front matter ~5 times faster (0.07 ms instead of 0.38 ms a
# seed), but a file nested some 50,000 levels deep crashes the interpreter (a segmentation fault, not an
# exception). Nesting is bounded by the number of lines plus brackets, so it reads only front matter where
# that bound is small; it parses to the same values. Anything it rejects is read again by the pure-Python
# parser, whose error messages the teacher sees.
_C_LOADER_MAX_NESTING = 1_000


def _dates_as_text(loader_class: type) -> type:
    """A loader that keeps dates as text: an impossible date (2022-02-30) is then one problem among the
    others, on its own line, instead of an error that stops the reading of the whole front matter."""
    loader = type(f"Text{loader_class.__name__}", (loader_class,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", lambda self, node: self.construct_scalar(node))
    return loader


_C_LOADER = _dates_as_text(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else None
_PY_LOADER = _dates_as_text(yaml.SafeLoader)


def _load_yaml(text: str):
    if _C_LOADER is not None and text.count("\n") + text.count("[") + text.count("{") < _C_LOADER_MAX_NESTING:
        try:
            return yaml.load(text, Loader=_C_LOADER)     # noqa: S506 - a safe loader
        except Exception:  # noqa: BLE001 - read again below, for the pure-Python parser's message
            pass
    return yaml.load(text, Loader=_PY_LOADER)     # noqa: S506 - a safe loader


def _unreadable_line(front_matter: str) -> tuple[int, str | None]:
    """The file line and field of the first front matter line that YAML cannot construct on its own."""
    for number, line in enumerate(front_matter.splitlines(), 2):
        try:
            yaml.safe_load(line)
        except (ValueError, TypeError, OverflowError):
            return number, line.split(":", 1)[0].strip() or None
        except yaml.YAMLError:
            continue
    return 2, None


def first_line_title(content: str) -> tuple[str | None, bool]:
    """The title of a text without front matter, and whether it is the whole first line: a first line that
    reads as a headline is the title; a long one (a text pasted without its headline) gives its first
    words."""
    for line in content.lstrip(BOM).splitlines():
        line = " ".join(strip_markup(line.strip()).split())
        if not line:
            continue
        if _reads_as_headline(line):
            return line, True
        words = line.split()[:_TXT_TITLE_WORDS]
        while len(" ".join(words)) > _TXT_TITLE_MAX_CHARS - 1 and len(words) > 1:
            words.pop()
        return " ".join(words).rstrip(",;:.") + "…", False
    return None, False


# A sentence ends inside the line: a full stop, ! or ? before a capital.
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _reads_as_headline(line: str) -> bool:
    """A short line is a headline; so is a longer one up to a title's limit in which no sentence ends (a
    web headline of twenty words: "The Fall Of ... Into The Dustbin Of Time"). Cutting it to its
    first words would leave the whole line in the text as a numbered paragraph."""
    if len(line) <= _TXT_TITLE_MAX_CHARS:
        return True
    return len(line) <= MAX_TITLE_CHARS and not line.endswith(".") and not _SENTENCE_INSIDE.search(line)


# ------------------------------------------------------------------------------------------ validation

_KNOWN_FIELDS = {"title", "author", "publisher", "published", "url", "republished", "language", "topics", "level"}


def _field_lines(content: str) -> dict[str, int]:
    """The file line of each top-level front matter field (the front matter starts on line 2)."""
    match = _FRONT_MATTER.match(content)
    lines: dict[str, int] = {}
    for number, line in enumerate((match.group(2) or "").splitlines() if match else [], 2):
        field_match = re.match(r"([A-Za-z_][\w-]*)[ \t]*:", line)
        if field_match:
            lines.setdefault(field_match.group(1), number)
    return lines


def _validate_meta(path: Path, raw: dict, first_line: int, warnings: list[str] | None = None,
                   field_lines: dict[str, int] | None = None) -> SourceMeta:
    problems: list[Problem] = []

    def problem(fieldname: str, message: str, fix: str | None = None) -> None:
        line = (field_lines or {}).get(re.split(r"[\[.]", fieldname)[0], first_line or None)
        problems.append(Problem(path, f"front matter field '{fieldname}' {message}", line=line, fix=fix))

    # A blog export carries its own keys (layout, categories, description): named, then ignored.
    for key in sorted(set(map(str, raw)) - _KNOWN_FIELDS):
        if warnings is not None:
            warnings.append(f"{path}:{_key_line(path, key, first_line)}: front matter field '{key[:40]}' is not one "
                            f"medialit uses and is ignored (known fields: {', '.join(sorted(_KNOWN_FIELDS))})")
    for key in sorted(set(map(str, raw)) & _KNOWN_FIELDS):
        bad = _unsafe_character_in(raw[key])
        if bad:
            problem(key, f"holds the control character {bad}", fix=UNSAFE_FIX)

    title = raw.get("title")
    if isinstance(title, (int, float)) and not isinstance(title, bool):
        title = str(title)                      # title: 1984
    if not isinstance(title, str) or not title.strip():
        problem("title", f"is required and must be text (got {_show(title)})", fix="add a line like: title: \"The headline\"")
        title = ""
    elif len(strip_markup(title)) > MAX_TITLE_CHARS:
        problem("title", f"is {len(title)} characters long; a headline has at most {MAX_TITLE_CHARS}",
                fix="put the headline in 'title' and the rest in the text")
        title = ""
    published = _not_future(_date(raw.get("published"), "published", problem), "published", problem)
    republished = []
    items = raw.get("republished") or []
    if not isinstance(items, list):
        problem("republished", f"must be a list of outlet/date/url entries (got {_show(items)})")
        items = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("outlet"), str):
            problem(f"republished[{index}]", "needs an 'outlet' name", fix="e.g. - {outlet: The Unz Review, date: 2022-02-26}")
            continue
        republished.append(Republication(
            outlet=item["outlet"].strip(),
            date=_not_future(_date(item.get("date"), f"republished[{index}].date", problem),
                             f"republished[{index}].date", problem),
            url=_text(item.get("url"), f"republished[{index}].url", problem),
            note=_text(item.get("note"), f"republished[{index}].note", problem),
        ))
    topics = raw.get("topics") or []
    if isinstance(topics, str):
        topics = [topics]
    if not isinstance(topics, list) or not all(isinstance(t, (str, int)) for t in topics):
        problem("topics", f"must be a list of words (got {_show(topics)})", fix="e.g. topics: [NATO, Ukraine]")
        topics = []
    meta = SourceMeta(
        title=" ".join(strip_markup(title).split()),
        author=_text(raw.get("author"), "author", problem),
        publisher=_text(raw.get("publisher"), "publisher", problem),
        published=published,
        url=_url(raw.get("url"), "url", problem),
        republished=tuple(sorted(republished, key=lambda r: (r.date or dt.date.max, r.outlet))),
        language=_text(raw.get("language"), "language", problem) or "en",
        topics=tuple(str(t).strip() for t in topics if str(t).strip()),
        level=_text(raw.get("level"), "level", problem),
    )
    if problems:
        raise InputError(problems)
    return meta


def _unsafe_character_in(value: object) -> str | None:
    """The first control character in any text of a value (lists and mappings included). Each object is
    looked at once, so a YAML alias bomb costs no more than its few nodes."""
    seen: set[int] = set()
    todo = [value]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            bad = unsafe_character(item)
            if bad:
                return bad
        elif isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return None


def _key_line(path: Path, key: str, first_line: int) -> int:
    """The file line of a front matter key (for a message); the front matter's first line if not found."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return first_line or 1
    for number, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            break
        if line.split(":", 1)[0].strip().strip("'\"") == key:
            return number
    return first_line or 1


def _not_future(date: dt.date | None, name: str, problem) -> dt.date | None:
    """A publication date after today is a typing mistake (2032 for 2023), or today's date was not meant."""
    if date is not None and date > dt.date.today():
        problem(name, f"is {date.isoformat()}, a date in the future",
                fix="write the date the page gives for the text, like 2022-03-04; leave it empty if it gives none")
        return None
    return date


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 50, 50


def _show(value: object) -> str:
    """A short picture of a value for a message. Bounded: a YAML alias bomb would make repr() explode."""
    text = _REPR.repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _text(value: object, name: str, problem) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    problem(name, f"must be text (got {_show(value)})")
    return None


def _url(value: object, name: str, problem) -> str | None:
    text = _text(value, name, problem)
    if text and not re.match(r"https?://", text):
        problem(name, f"must be a web address starting with http:// or https:// (got {_show(text)})")
        return None
    return text


def _date(value: object, name: str, problem) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = _iso_date(value.strip())
        if parsed is not None:
            return parsed
    problem(name, f"must be a date like 2022-03-04 (got {_show(value)})",
            fix="write year-month-day; an impossible date such as 2022-02-30 is refused")
    return None


# What YAML reads as a timestamp: a day, optionally followed by a time (kept as text by the loader).
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)\d.*)?")


def _iso_date(text: str) -> dt.date | None:
    match = _ISO_DATE.fullmatch(text)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def slugify(text: str) -> str:
    """A URL-safe, lower-case slug (ASCII letters, digits and hyphens), at most 60 characters, cut
    between words ("did-nato-just-declare", never "did-nato-just-decl"). A dash or other mark between words
    breaks them ("Right—It's" is "right-it-s", not "rightit-s"), as a space does."""
    spaced = "".join(" " if _breaks_words(c) else c for c in strip_markup(text))
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) <= _SLUG_MAX_CHARS:
        return slug
    head = slug[: _SLUG_MAX_CHARS + 1]          # one more: a hyphen there means the cut falls between words
    return head.rsplit("-", 1)[0] if "-" in head else slug[:_SLUG_MAX_CHARS]


def _breaks_words(character: str) -> bool:
    """A mark beyond ASCII that stands between words: read as a space, or the ASCII slug, which drops it,
    would glue the words on either side together."""
    return (character > "\x7f" and character not in _APOSTROPHES
            and unicodedata.category(character)[0] in "PS")
