"""The blocks of a text: paragraphs, headings, block quotes, lists, separators, pull quotes, and the page
around the text.

A block is a span of ``Source.content`` (offsets never change: nothing here rewrites the text). Only the
author's text is numbered (paragraphs, block quotes, lists): those numbers are the ¶ every question,
claim and voice points at. Headings, separators, pull quotes and the page around the text have no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .breaks import regroup_long_block
from .furniture import FurnitureData, furniture_kind, load_furniture
from .markup import has_markup, strip_markup

# Kinds of block; the first three are the author's text and carry paragraph numbers.
NUMBERED_KINDS = ("paragraph", "quote", "list")
LABELS = {"headline": "Headline"}

# A paragraph that ends without closing punctuation and runs long was broken mid-sentence by the
# copy-paste that produced the seed ("...geopolitical trophy" / "for western elites"); join it.
_SENTENCE_END = tuple('.!?:;"”’\')]*…')
_BROKEN_PARAGRAPH_MIN_CHARS = 60
_SHORT_TAIL_CHARS = 40
# Lines of one block that are each a whole paragraph (pasted without blank lines between them): nearly
# all of them end a sentence, and they are not tiny on average (a verse or an address is left alone).
_LINE_PARAGRAPH_SHARE = 0.8
_LINE_PARAGRAPH_MIN_CHARS = 40
# A pull quote repeats a body sentence in large type; it is short.
_PULL_QUOTE_MAX_WORDS = 40
_PULL_QUOTE_MIN_CHARS = 20
_PULL_QUOTE_MIN_WORDS = 4
# A pull quote is set in its own style (emphasis, a quotation block), or, pasted as plain
# text, stands within a few paragraphs of the sentence it repeats; a refrain far away is the author's.
_PULL_QUOTE_STYLES = frozenset("*_>")
_PULL_QUOTE_NEAR = 3
# A paragraph of the argument is longer than this; page furniture between two of them is at most
# _MAX_INSERT_WORDS long (an inserted prompt to subscribe).
_ARGUMENT_MIN_WORDS = 30
_MAX_INSERT_WORDS = 25
# A sign-off at the foot is followed by at most this many short blocks (the outlet's name, a rule, a
# copyright line).
_FOOT_MAX_BLOCKS = 4
# The label of a block that is the page around the text by its place, not by a pattern of its own.
OTHER_PAGE_TEXT = "Other text of the page"
# A line set entirely in bold or italics, short and without a full stop, is a heading.
_EMPHASIS_HEADING_MAX_WORDS = 12
# A plain text's subheading: a short capitalised line without closing punctuation that opens a block
# and runs straight into its first paragraph ("UK strain hits France" / "France said it had ...").
_PLAIN_HEADING_MAX_WORDS = 8
_PLAIN_HEADING_OPENS = re.compile(r"[‘“\"']?[A-Z0-9]")
# A list's number on a line of its own ("1." above the point it numbers): a marker, not a paragraph.
_LIST_NUMBER_ALONE = re.compile(r"\(?\d{1,2}[.)]")
# ... and never ends in a word that needs more words after it ("The minister told reporters that" /
# "The Plan would go ahead." is one sentence broken at a line).
_OPEN_ENDED = re.compile(r"\b(?:a|an|the|that|this|these|those|which|who|of|to|in|on|at|by|for|from|with|as|"
                         r"and|or|but|is|are|was|were|be|will|would|can|could|his|her|its|their|our|my|your)$", re.I)

_SEPARATOR = re.compile(r"^[ \t]*(?:(?:\*[ \t]*)+|(?:[-_=—–][ \t]*){3,}|(?:[•·⁂~][ \t]*)+)$")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)")
# Every line prefix (separator, heading, quotation, list item) starts with one of these.
_PREFIX_STARTS = frozenset("*-_=—–•·⁂~#>+0123456789")
_WRAPPED = re.compile(r"^(\*{1,3}|_{1,3})(?=\S).*\S\1$", re.S)


@dataclass(frozen=True)
class Paragraph:
    """A block of the body: ``content[start:end]``. ``number`` is the ¶ students see (None for blocks
    that are not the author's text); ``lines`` are the spans to show without their line prefixes
    (one per quoted line, list item or heading); ``made`` marks a paragraph break medialit made."""

    number: int | None
    start: int
    end: int
    kind: str = "paragraph"
    label: str = ""
    lines: tuple[tuple[int, int], ...] = ()
    made: bool = False

    @property
    def numbered(self) -> bool:
        return self.number is not None


@dataclass
class _Line:
    kind: str          # text | heading | separator | quote | item | blank
    start: int         # the line without its trailing spaces
    end: int
    text_start: int    # after the line's prefix ("> ", "- ", "## ")
    # A text line that may carry on a list item: indented, or opening in lower case ("- one that
    # wraps" / "onto this line"). A capitalised line flush left after "- No new deaths -" (a subheading
    # in a plain text pasted a paragraph a line) starts a paragraph of its own.
    continues_item: bool = False


def parse_blocks(content: str, body_start: int, title: str = "", author: str | None = None) -> list[Paragraph]:
    """Every block of the body, in order, numbered as the lesson shows them."""
    blocks = _join_broken(_group(_lines(content, body_start)), content)
    blocks = [b for block in blocks for b in _split_line_paragraphs(content, block)]
    blocks = _classify(content, blocks, title, author)
    blocks = [b for block in blocks for b in (regroup_long_block(content, block) if block.kind == "paragraph" else [block])]
    blocks = _pull_quotes(content, blocks)
    blocks = _inside_one_insert(content, blocks, load_furniture().between_max_words)
    return _numbered(blocks)


def _lines(content: str, body_start: int) -> list[_Line]:
    lines = []
    offset = body_start
    for raw in content[body_start:].splitlines(keepends=True):
        stripped = raw.rstrip()
        start = offset + (len(stripped) - len(stripped.lstrip()))
        end = offset + len(stripped)
        line = content[offset:end]
        if not stripped.strip():
            lines.append(_Line("blank", start, start, start))
        elif content[start] not in _PREFIX_STARTS:
            # (the usual line: no prefix to look for)
            lines.append(_Line("text", start, end, start, start > offset or content[start].islower()))
        elif _SEPARATOR.match(line):
            lines.append(_Line("separator", start, end, start))
        elif m := _HEADING.match(line):
            lines.append(_Line("heading", start, end, offset + m.end()))
        elif m := _QUOTE.match(line):
            lines.append(_Line("quote", start, end, offset + m.end()))
        elif m := _ITEM.match(line):
            lines.append(_Line("item", start, end, offset + m.end()))
        else:
            lines.append(_Line("text", start, end, start))
        offset += len(raw)
    return lines


def _group(lines: list[_Line]) -> list[Paragraph]:
    """Runs of lines of one kind. A heading or separator is a block of its own; a text line right after a
    quoted line continues the quotation, and one right after a list item continues the item."""
    blocks: list[Paragraph] = []
    current: dict | None = None

    def close():
        nonlocal current
        if current:
            spans = tuple(current["lines"])
            blocks.append(Paragraph(None, current["start"], current["end"], current["kind"], lines=spans))
        current = None

    for line in lines:
        if line.kind == "blank":
            close()
            continue
        if line.kind in ("heading", "separator"):
            close()
            blocks.append(Paragraph(None, line.start, line.end, line.kind, lines=((line.text_start, line.end),)))
            continue
        kind = {"item": "list", "quote": "quote"}.get(line.kind, "paragraph")
        continues = current and (current["kind"] == "quote" or line.continues_item)
        if current and (kind == current["kind"] or (line.kind == "text" and continues)):
            if kind == current["kind"] or current["kind"] == "quote":
                current["lines"].append((line.text_start, line.end))      # a line, a quoted line, an item
            else:
                first, _ = current["lines"][-1]                          # a list item's next line
                current["lines"][-1] = (first, line.end)
            current["end"] = line.end
            continue
        close()
        current = {"kind": kind, "start": line.start, "end": line.end, "lines": [(line.text_start, line.end)]}
    close()
    return blocks


def _join_broken(blocks: list[Paragraph], content: str) -> list[Paragraph]:
    joined: list[Paragraph] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (last is not None and last.kind == block.kind == "paragraph"
                and _broken_mid_sentence(content[last.start:last.end], content[block.start:block.end])):
            joined[-1] = replace(last, end=block.end, lines=last.lines + block.lines)
        else:
            joined.append(block)
    return joined


def _broken_mid_sentence(paragraph: str, following: str) -> bool:
    """A long paragraph that stops without closing punctuation, followed by words that continue it:
    lower case ("trophy" / "for western elites"), the rest of a hyphenated word ("Combat-" / "Ready"), or
    a short tail that ends the sentence ("sanctions against" / "Moscow."). A capitalised paragraph after
    an epigraph or a caption is a new paragraph, not a continuation."""
    if len(paragraph) < _BROKEN_PARAGRAPH_MIN_CHARS or paragraph.rstrip().endswith(_SENTENCE_END):
        return False
    if any(mark in paragraph.split()[-1] for mark in ("@", "://", "www.")):
        return False                 # a line ending in an address ("publications@...") is complete
    following = following.lstrip("*_ ")
    return (following[:1].islower() or paragraph.rstrip().endswith("-")
            or (len(following) < _SHORT_TAIL_CHARS and following.rstrip("*_ ").endswith(_SENTENCE_END)))


def _split_line_paragraphs(content: str, block: Paragraph) -> list[Paragraph]:
    """A text block whose lines end sentences was pasted without blank lines between its paragraphs: one
    paragraph a line. (Hard-wrapped text breaks lines mid-sentence, and is left as it is.) A subheading
    that opens the block is a block of its own, so that it is never read as the paragraph's first words."""
    if block.kind != "paragraph" or len(block.lines) < 2:
        return [block]
    if _plain_heading(content, block.lines[0], block.lines[1][0]):
        (start, end), rest = block.lines[0], block.lines[1:]
        heading = Paragraph(None, start, end, "paragraph", lines=((start, end),))
        return [heading, *_split_line_paragraphs(content, Paragraph(None, rest[0][0], block.end, lines=rest))]
    texts = [content[s:e].rstrip("*_ ") for s, e in block.lines[:-1]]
    ending = sum(1 for t in texts if t.endswith(_SENTENCE_END))
    if ending < _LINE_PARAGRAPH_SHARE * len(texts) or sum(map(len, texts)) < _LINE_PARAGRAPH_MIN_CHARS * len(texts):
        return [block]
    paragraphs: list[Paragraph] = []
    for s, e in block.lines:
        last = paragraphs[-1] if paragraphs else None
        if last is not None and _continues(content, last, s, e):
            paragraphs[-1] = replace(last, end=e, lines=((last.start, e),))
        else:
            paragraphs.append(Paragraph(None, s, e, "paragraph", lines=((s, e),)))
    return paragraphs


def _continues(content: str, last: Paragraph, start: int, end: int) -> bool:
    """Does the line ``content[start:end]`` go on with the paragraph ``last`` of a text pasted a sentence a
    line? It does after a title ("... the board's engineer, Dr." / "Ann Lindqvist, who ..."), when it opens in
    lower case after an abbreviation (a splitter broke after "i.e." or "F.B.I.") or after a question or
    exclamation mark inside the sentence (a book's title: "Will It Last?" / "is out in May"), and when
    ``last`` leaves a quotation open that this line closes without opening a new one (a quoted speech split
    into its sentences). A quotation that runs over paragraphs reopens each of them with a quotation mark, so
    such a line is left a paragraph."""
    line = content[start:end].lstrip("*_ ")
    if _ENDS_ON_A_TITLE.search(content, last.start, last.end) and line[:1].isupper():
        return True
    if line[:1].islower() and _BROKEN_AT_AN_ABBREVIATION.search(content, last.start, last.end):
        return True
    if line[:1].islower() and _BROKEN_INSIDE_A_TITLE.search(content, last.start, last.end) and _goes_on(line):
        return True
    return (not line.startswith(_OPENING_QUOTES) and _closes_the_open_quotation(content[last.start:last.end], line))


_OPENING_QUOTES = ("“", '"', "‘")
# A question or exclamation mark inside a sentence (a book's title, a quoted cry: "Will it survive?" / "are
# available ..."): a sentence splitter breaks after it; a line that goes on in lower case finishes the sentence.
_BROKEN_INSIDE_A_TITLE = re.compile(r"[?!][”’\"')]*[*_]*$")
# ... unless that line is an address or a link ("pic.twitter.com/...", "https://..."), the tail of an embedded post.
_FIRST_WORD = re.compile(r"[a-z][a-z'’-]*(?![\w.:/])")
# A last word with a full stop inside it ("i.e.", "e.g.", "F.B.I.") or a short abbreviation ("etc.", "vs.",
# "approx."): a sentence splitter breaks after it; a line that goes on in lower case finishes its sentence.
# (Any other line that opens in lower case may be the page around the text, "take our poll", and is left.)
_BROKEN_AT_AN_ABBREVIATION = re.compile(r"(?:\b\w\.\w\.(?:\w\.)*|\b(?:etc|vs|approx|incl|esp|viz|cf)\.)[*_]*$", re.IGNORECASE)


def _goes_on(line: str) -> bool:
    """Does a line that opens in lower case go on with a sentence: a word, and no prompt of the page ("take
    our poll")?"""
    return bool(_FIRST_WORD.match(line)) and furniture_kind(line, None, edge=False) is None


def _open_quotation(text: str) -> bool:
    """Does ``text`` leave a double quotation open (more “ than ”, or an odd number of straight marks)?"""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _closes_the_open_quotation(last: str, line: str) -> bool:
    """Does ``line`` close the quotation ``last`` leaves open, and open none of its own? It does when it holds
    more ” than “ (and its straight marks pair up). Straight marks look alike: then the line's first one
    closes when it follows a word or a stop ('party," he said'), and the marks after it pair up."""
    if not _open_quotation(last):
        return False
    if line.count("”") > line.count("“") and line.count('"') % 2 == 0:
        return True
    first = line.find('"')
    return (last.count('"') % 2 == 1 and line.count("“") == line.count("”") and line.count('"') % 2 == 1
            and first > 0 and not line[first - 1].isspace() and not line[first + 1:first + 2].isalnum())


# A title written before a name, which no sentence ends on ("Jr.", "Sr." and "St." can: "on Main St.").
_ENDS_ON_A_TITLE = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Cpt|Sgt|Adm|Cmdr|"
                              r"Maj|Hon|Pres|Supt|Atty|Insp|Det)\.[*_]*$")


def _plain_heading(content: str, line: tuple[int, int], following: int) -> bool:
    """Is the line a subheading run into the text that starts at ``following``: a few words, capitalised,
    without closing punctuation, and the next line opening a sentence?"""
    text = content[line[0]:line[1]].strip()
    return (len(text.split()) <= _PLAIN_HEADING_MAX_WORDS and not text.endswith(_SENTENCE_END + (",",))
            and not _OPEN_ENDED.search(text)
            and bool(_PLAIN_HEADING_OPENS.match(text)) and bool(_PLAIN_HEADING_OPENS.match(content[following:])))


def _runs_into_next(content: str, blocks: list[Paragraph], index: int) -> bool:
    """Does the block end on the line just above the next block (no blank line between them)?"""
    return index + 1 < len(blocks) and content.count("\n", blocks[index].end, blocks[index + 1].start) == 1


def _classify(content: str, blocks: list[Paragraph], title: str, author: str | None) -> list[Paragraph]:
    """Headline, emphasis-only headings and the page around the text."""
    data = load_furniture()
    result = []
    title_key = _key(title)
    # The page around the text sits before the first paragraph of the argument and after the last; in
    # between, only short blocks are looked at (an inserted "Sign up for our newsletter"), which also
    # spares every paragraph of the argument a dozen searches.
    words = [content.count(" ", b.start, b.end) + 1 for b in blocks]
    long_ones = [i for i, n in enumerate(words) if n > _ARGUMENT_MIN_WORDS and blocks[i].kind == "paragraph"]
    first_long, last_long = (long_ones[0], long_ones[-1]) if long_ones else (len(blocks), -1)
    end_notice = None               # the first notice the text ends above (a copyright line)
    for index, block in enumerate(blocks):
        edge = index < first_long or index > last_long
        if index >= 3 and words[index] > (_MAX_INSERT_WORDS if not edge else data.longest):
            result.append(block)            # a paragraph of the argument: not headline, heading or page furniture
            continue
        text = _plain(content, block)
        if block.kind in ("paragraph", "heading") and index < 3 and title_key and _key(text) == title_key:
            block = replace(block, kind="headline", label=LABELS["headline"])
        elif block.kind == "paragraph":
            kind = furniture_kind(text, author, edge,
                                  page_after=edge and _only_page_follows(content, blocks, index, words, author, data))
            if kind is not None:
                block = replace(block, kind="furniture", label=kind.label)
                if kind.ends_text and end_notice is None:
                    end_notice = index
            elif _LIST_NUMBER_ALONE.fullmatch(text.strip()) or _emphasis_heading(content[block.start:block.end], text) or (
                    len(block.lines) == 1 and _runs_into_next(content, blocks, index)
                    and _plain_heading(content, block.lines[0], blocks[index + 1].start)):
                block = replace(block, kind="heading")
        result.append(block)
    result = _between_furniture(content, result, data.between_max_words, first_long, last_long)
    return _below_the_end(result, words, end_notice, data.foot_max_words)


def _only_page_follows(content: str, blocks: list[Paragraph], index: int, words: list[int], author: str | None,
                       data: FurnitureData) -> bool:
    """Do only a few short blocks follow ``blocks[index]``, one of them a rule or the page around the text?
    (A reporter's sign-off, "— Jane Roe", above the outlet's name, a rule and a copyright line; the same
    line under a quotation inside the text names the quotation's speaker, and is the text.)"""
    following = range(index + 1, len(blocks))
    if not following or len(following) > _FOOT_MAX_BLOCKS or any(words[i] > data.between_max_words for i in following):
        return False
    return any(blocks[i].kind == "separator" or (blocks[i].kind == "paragraph"
                                                 and furniture_kind(_plain(content, blocks[i]), author) is not None)
               for i in following)


def _below_the_end(blocks: list[Paragraph], words: list[int], end_notice: int | None, max_words: int) -> list[Paragraph]:
    """The blocks below a notice the text ends above (a copyright line) are the page around the text too
    (the author's bio, notices of books, a link), when they hold few words, and fewer than the text above
    it: a notice at the head of a text, or a picture's credit inside it, leaves the text below alone."""
    if end_notice is None:
        return blocks
    below = range(end_notice + 1, len(blocks))
    words_below = sum(words[i] for i in below)
    words_above = sum(words[i] for i in range(end_notice) if blocks[i].kind in NUMBERED_KINDS)
    if not below or words_below > max_words or words_below >= words_above:
        return blocks
    return blocks[:end_notice + 1] + [b if b.kind in ("furniture", "headline", "separator")
                                      else replace(b, kind="furniture", label=OTHER_PAGE_TEXT) for b in blocks[end_notice + 1:]]


def _emphasis_heading(raw: str, text: str) -> bool:
    raw = raw.strip()
    return ("\n" not in raw and bool(_WRAPPED.match(raw)) and len(text.split()) <= _EMPHASIS_HEADING_MAX_WORDS
            and not text.rstrip().endswith((".", "”", '"', "’")) and text[:1] not in "“\"‘")


def _between_furniture(content: str, blocks: list[Paragraph], max_words: int, first_long: int,
                       last_long: int) -> list[Paragraph]:
    """A short block with the page around the text on both sides belongs to it (a bio's second line), and
    so does a short last block after it (an address under "To contact us")."""
    page = ("furniture", "headline")
    # The next block that is not a separator, for each block (one pass from the end: the text may be
    # thousands of short blocks, and looking ahead from each one was quadratic).
    after_each: list[Paragraph | None] = [None] * len(blocks)
    following = None
    for index in range(len(blocks) - 1, -1, -1):
        after_each[index] = following
        if blocks[index].kind != "separator":
            following = blocks[index]
    result = list(blocks)
    before = None                   # the last block so far that is not a separator, as classified
    text_before = False             # whether a paragraph of the text came before
    for index, block in enumerate(blocks):
        if not (block.kind != "paragraph" or first_long <= index <= last_long
                or len(content[block.start:block.end].split()) > max_words):
            after = after_each[index]
            if before is not None and before.kind in page and (
                    (after is not None and after.kind in page) or (after is None and text_before)):
                result[index] = replace(block, kind="furniture", label=OTHER_PAGE_TEXT)
        if result[index].kind != "separator":
            before = result[index]
        text_before = text_before or result[index].kind == "paragraph"
    return result


# At most this many short blocks between two blocks of one insert belong to it (a poll's question and
# its answers between "take our poll" and "Email *").
_INSERT_MAX_BLOCKS = 8


def _inside_one_insert(content: str, blocks: list[Paragraph], max_words: int) -> list[Paragraph]:
    """Short blocks between two blocks of the page around the text of the same kind (a reader poll's
    question and its answers between its first line and its form fields) are part of that insert."""
    result = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "furniture":
            continue
        ahead = blocks[index + 1:index + 2 + _INSERT_MAX_BLOCKS]
        close = next((k for k, b in enumerate(ahead) if b.kind == "furniture" and b.label == block.label), None)
        if not close:
            continue
        between = ahead[:close]
        if all(b.kind in ("paragraph", "pullquote", "list") and content.count(" ", b.start, b.end) < max_words
               for b in between):
            for k in range(close):
                result[index + 1 + k] = replace(between[k], kind="furniture", label=block.label)
    return result


def _pull_quotes(content: str, blocks: list[Paragraph]) -> list[Paragraph]:
    """A short block whose words stand in a longer paragraph of the text is a pull quote: layout that
    repeats the text, not the author saying it twice. So is one that repeats the page around the text
    (a reader poll's question shown again in large type)."""
    repeatable = [b for b in blocks if b.kind in NUMBERED_KINDS or b.kind == "furniture"]   # what it may repeat
    index_of = {id(b): i for i, b in enumerate(repeatable)}
    folded: dict[int, str] = {}

    def text_of(i: int) -> str:                    # each block's text, folded once, when first needed
        if i not in folded:
            b = repeatable[i]
            folded[i] = " ".join(content[b.start:b.end].split()).casefold()
        return folded[i]

    result = []
    for block in blocks:
        i = index_of.get(id(block))
        if block.kind in ("paragraph", "quote") and _is_pull_quote(content, block, i, repeatable, text_of):
            block = replace(block, kind="pullquote", label="Pull quote")
        result.append(block)
    return result


def _is_pull_quote(content: str, block: Paragraph, i: int, repeatable: list[Paragraph], text_of) -> bool:
    if content.count(" ", block.start, block.end) >= _PULL_QUOTE_MAX_WORDS:
        return False
    core = " ".join(_plain(content, block).split()).strip(" “”\"‘’'").rstrip(".!?,;:…").casefold()
    if len(core) < _PULL_QUOTE_MIN_CHARS or len(core.split()) < _PULL_QUOTE_MIN_WORDS:
        return False
    # Set in its own style (emphasis, a quotation block), it may repeat any paragraph; pasted as plain
    # text, only one within a few paragraphs of it (a refrain far away is the author's).
    styled = content[block.start] in _PULL_QUOTE_STYLES
    near = range(len(repeatable)) if styled else range(max(0, i - _PULL_QUOTE_NEAR), min(len(repeatable), i + _PULL_QUOTE_NEAR + 1))
    length = block.end - block.start
    return any(j != i and repeatable[j].end - repeatable[j].start > length and core in text_of(j) for j in near)


def _plain(content: str, block: Paragraph) -> str:
    raw = content[block.start:block.end]
    return strip_markup(raw) if has_markup(raw) or raw.lstrip()[:1] in _PREFIX_STARTS else raw


def _numbered(blocks: list[Paragraph]) -> list[Paragraph]:
    result, number = [], 0
    for b in blocks:
        numbered = b.kind in NUMBERED_KINDS
        number += numbered
        result.append(Paragraph(number if numbered else None, b.start, b.end, b.kind, b.label,
                                b.lines or ((b.start, b.end),), b.made))
    return result


def _key(text: str) -> str:
    """Words only, lower case: how a headline or a pull quote is recognised whatever its punctuation."""
    return " ".join(re.findall(r"\w+", text.casefold()))
