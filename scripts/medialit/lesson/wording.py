"""How a lesson words what it says: counts with the right plural, outlet names short enough for a
prompt, and seed text without its Markdown.

One small function each rather than a dependency: a lesson counts a handful of nouns ("flag",
"passage", "paragraph", "question"), all with regular plurals or listed in ``_IRREGULAR``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_IRREGULAR = {"analysis": "analyses", "quiz": "quizzes", "person": "people"}

# A front-matter publisher longer than this many words is a description pasted by a blog export or a
# saved page ("Global Research - Centre for Research on Globalization, an independent ..."): prompts
# use its short name, or "the outlet".
MAX_OUTLET_WORDS = 6
_NAME_ENDS = re.compile(r"\s+[-–—|:]\s+|,\s+|\s+\(")


def plural(noun: str, count: int = 2) -> str:
    """``noun`` in the singular for a count of one, else in the plural ("flag" -> "flags",
    "analysis" -> "analyses", "summary" -> "summaries", "box" -> "boxes")."""
    if count == 1:
        return noun
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def count(number: int, noun: str) -> str:
    """"1 flag", "3 flags", "no flags"."""
    return f"{number if number else 'no'} {plural(noun, number)}"


def outlet_name(value: str | None, fallback: str = "the outlet") -> str:
    """The outlet's name as a prompt can use it: the value itself when it is a few words, the part
    before a dash, bar, colon, comma or bracket when that is (the name before its description), else
    ``fallback``. Never the whole of a long description."""
    text = clean(value or "")
    if not text:
        return fallback
    if len(text.split()) <= MAX_OUTLET_WORDS:
        return text
    head = _NAME_ENDS.split(text, maxsplit=1)[0].strip()
    return head if head and len(head.split()) <= MAX_OUTLET_WORDS else fallback


# A byline that names no one: prompts say "the author" instead ("Search for Staff writer" reads oddly).
_NOBODY = re.compile(r"(?i)^(?:by\s+)?(?:(?:our|the)\s+)?(?:staff|editors?|editorial(?: board| team)?|admin(?:istrator)?|"
                     r"newsroom|web ?desk|news ?desk|correspondents?|reporters?|guest(?: author)?|anonymous|unknown)"
                     r"(?:\s+(?:writer|reporter|correspondent|team|desk))?$")


def author_name(value: str | None, fallback: str = "the author") -> str:
    """The author as a prompt can name them: the byline when it names someone, else ``fallback``."""
    text = clean(value or "")
    if not text or _NOBODY.match(text):
        return fallback
    return outlet_name(text, fallback)


_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
# Emphasis is a pair of marks at a word's edges ("**Blame NATO.**", "*Guardian*", "_so-called_"); an
# unpaired mark ("window.__x", "5 * 3") or marks inside a word ("f**king") are the text's own, and stay.
# A run of three or more (spaced or not) on its own is a separator line.
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
_SEPARATOR = re.compile(r"(?:(?<=\s)|^)(?:[*_-]\s?){3,}(?=\s|$)")
_TICKS = re.compile(r"`+|\\(?=[\\`*_{}\[\]()#+\-.!|>])")
_LINE_MARKS = re.compile(r"(?m)^\s*(?:#{1,6}\s+|>\s?)+")


def clean(text: str) -> str:
    """Text without the seed's Markdown (heading and quotation marks at line starts, emphasis, code
    ticks, link targets, escapes), on one line. Underscores inside a word (snake_case) stay."""
    text = text or ""
    if "[" in text:         # links are rare, and each substitution with a template costs ~1 µs even with no match
        text = _LINK.sub(r"\1", text)
    if "#" in text or ">" in text:
        text = _LINE_MARKS.sub("", text)
    if "*" in text or "_" in text:
        text = _SEPARATOR.sub(" ", _EMPHASIS.sub(r"\2", text))
    if "`" in text or "\\" in text:
        text = _TICKS.sub("", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def clean_paragraph(text: str) -> str:
    """``clean`` for a whole paragraph, remembered: a lesson's questions, activities and checks ask for
    the same few paragraphs again and again (~0.1 ms a paragraph each time)."""
    return clean(text)


_WORDS = re.compile(r"\w+")


def words_of(text: str) -> str:
    """The words of ``text``, lower case, one space apart: how a quotation is matched against its
    paragraph whatever Markdown, brackets or punctuation either side kept or dropped."""
    return " ".join(_WORDS.findall(text.lower()))


@lru_cache(maxsize=4096)
def paragraph_words(text: str) -> str:
    """``words_of`` a whole paragraph, remembered (the same few paragraphs are asked about again and again)."""
    return " ".join(_WORDS.findall(clean(text).lower()))


def quote_in(quote: str, paragraph: str) -> bool:
    """Are the words of ``quote`` (each part, when "…" marks a cut) in ``paragraph``, in order?"""
    words = paragraph_words(paragraph)
    parts = [words_of(clean(part)) for part in quote.split("…")]
    return all(f" {part} " in f" {words} " for part in parts if part)


# Double quotation marks inside a quoted passage become single ones, as in print: the page puts the
# passage in “…”, and a sentence that opens a quotation of its own otherwise showed as ““They …”.
_INNER_MARKS = str.maketrans({"“": "‘", "”": "’"})
# A straight mark has no side of its own: it opens where it starts the passage or follows a space or an
# opening bracket or dash, and closes anywhere else (after a word or a stop), as a typesetter reads it.
_STRAIGHT_OPENING = re.compile(r'(?:(?<=^)|(?<=[\s(\[{—–-]))"')


def quoted(text: str | None) -> str:
    """``text`` in quotation marks, the double marks it holds (curly or straight) turned into single
    curly ones; "" for no text."""
    if not text:
        return ""
    inner = text.translate(_INNER_MARKS)
    if '"' in inner:
        inner = _STRAIGHT_OPENING.sub("‘", inner).replace('"', "’")
    return f"“{inner}”"


_ARTICLE = re.compile(r"^(The|A|An)(?=\s)")


def mid_sentence(name: str | None) -> str:
    """A name or label as it reads inside a sentence: a leading article in lower case ("The Muslim
    Brotherhood's leaders" -> "the Muslim Brotherhood's leaders"); the rest as written."""
    return _ARTICLE.sub(lambda m: m.group(1).lower(), name or "")
