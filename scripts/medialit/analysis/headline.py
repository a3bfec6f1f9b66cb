"""The headline (``source.meta.title``) read by the same rules and display model as the body.

A headline is often a text's most loaded line, and students look at it first. It is analysed as a text of
one paragraph, at the caller's threshold but without the display policy's minimum per words (one line is no
text to keep from being bare, and the body's minimum counts the body's words and flags only). A headline set
in title case is read in sentence case: the models take a capital inside a sentence for a name, so "They Are
Poisoning Our Water" would hide its words from them (measured in ``benchmarks/headline_study.py``).

Headlines set quotations in single marks ('…' or ‘…’) where the body uses double ones. They are read as the
body reads its quotations (more than three words, a verb of saying, another quotation beside them), and
also by the headline's own forms for speech: a quotation that opens the line or stands after a colon, or
one a colon follows ("Mayor: '…'", "'…': mayor"). A flag inside one is someone else's words, and its reason
says so as a body flag inside a quotation does; a word the headline sets apart mid-line stays the author's.

Each finding is marked ``in_headline``, its offsets index the title and its ``paragraph`` is 0; the analysis
keeps them apart from the body's findings, so no consumer of body offsets can take one for its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.blocks import Paragraph
from ..text.source import Source
from .findings import TechniqueFinding
from .detect_text import enclosing
from .rules import Rulebook, load_rulebook
from .prepared_text import prepare
from .techniques import QUOTED_PREFIX, detect_techniques, someone_elses_words

TITLE_CASE_SHARE = 0.6      # a headline whose words are capitalised this often is set in title case
_ENDS_SENTENCE = ".!?"
_CUT_TITLE = "…"            # a .txt title made of the text's first words (``text.source.first_line_title``)
# A single mark that opens (no letter or mark before it, a word after) and one that closes (a word before, no
# letter after): an apostrophe ("Here's", "Hamas's", "isn't") has a letter on both sides and is neither.
_SINGLE_QUOTATION = re.compile(r"(?<![\w'’‘])['‘](?=[^\s'’])([^\n]{0,160}?[^\s'‘])['’](?!\w)")
_SPEECH_BEFORE = re.compile(r"(?:^|:)\s*$")    # the line's opening, or "Mayor: '…'"
_SPEECH_AFTER = re.compile(r"\s*:")            # "'…': mayor"


def sentence_case(headline: str) -> str:
    """The headline in sentence case when it is set in title case: every word after the first loses its
    capital, except words in capitals (acronyms). The length never changes, so offsets hold."""
    words = headline.split(" ")
    if sum(1 for w in words if w[:1].isupper()) < TITLE_CASE_SHARE * len(words):
        return headline
    cased = [w if i == 0 or (w.isupper() and len(w) > 1) else w[:1].lower() + w[1:] for i, w in enumerate(words)]
    result = " ".join(cased)
    return result if len(result) == len(headline) else headline


def is_headline(source: Source) -> bool:
    """Is the title a headline? A text without front matter whose first line was too long for one gets its
    first words as a title: those words are ¶1's, flagged there already."""
    title = source.meta.title
    if not title.strip():
        return False
    if title.endswith(_CUT_TITLE) and source.paragraphs:
        first = " ".join(source.paragraph_text(source.paragraphs[0].number).split())
        return not first.startswith(title.removesuffix(_CUT_TITLE).rstrip())
    return True


def detect_headline_techniques(source: Source, rulebook: Rulebook | None = None, threshold: float | None = None,
                               display=True) -> list[TechniqueFinding]:
    """The technique findings of the headline, offsets into ``source.meta.title``, each ``in_headline``
    with ``paragraph`` 0 and ``text`` as the headline writes it (not sentence-cased)."""
    if not is_headline(source):
        return []
    title = source.meta.title
    read = headline_source(source)
    rulebook = rulebook or load_rulebook()
    findings = detect_techniques(read, rulebook, threshold=threshold, display=display, minimum=False)
    written = [_as_written(f, read.content, title) for f in findings if f.end <= len(title) and title[f.start:f.end].strip()]
    about_the_marks = {r.id for r in rulebook.rules if r.computed == "scare-quotes"}
    quotations = spoken_quotations(read, single_quotations(title))
    return [_as_quoted(f) if f.rule not in about_the_marks and enclosing(quotations, f.start, f.end) else f
            for f in written]


def single_quotations(headline: str) -> list[tuple[int, int]]:
    """The stretches of the headline between single quotation marks, as (start, end) inside the marks."""
    return [match.span(1) for match in _SINGLE_QUOTATION.finditer(headline)]


def spoken_quotations(read: Source, quotations: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``quotations`` of the headline (as ``headline_source`` reads it) that are someone's words."""
    text = replace(prepare(read), quotes=tuple(quotations))
    content = read.content
    return [(start, end) for start, end in quotations
            if someone_elses_words(text, start, end) or _SPEECH_BEFORE.search(content, 0, start - 1)
            or _SPEECH_AFTER.match(content, end + 1)]


def _as_quoted(finding: TechniqueFinding) -> TechniqueFinding:
    """The finding's reason marked as a quoted speaker's words (once: the body's reading may have said so)."""
    if finding.reason.startswith(QUOTED_PREFIX):
        return finding
    return replace(finding, reason=QUOTED_PREFIX + finding.reason[:1].lower() + finding.reason[1:])


def _as_written(finding: TechniqueFinding, read: str, title: str) -> TechniqueFinding:
    """The finding marked as the headline's, its text, cue words and reason in the headline's own case (a
    question's key quotes them: "points at 'Why Is Nobody Asking...'", as the page shows the line)."""
    cues, reason = [], finding.reason
    for cue in finding.cues:
        at = read.find(cue)
        written = title[at:at + len(cue)] if at >= 0 and len(cue) > 0 else cue
        if written != cue and written.lower() == cue.lower():
            reason = reason.replace(cue, written)
            cue = written
        cues.append(cue)
    return replace(finding, text=title[finding.start:finding.end], cues=tuple(cues), reason=reason, paragraph=0,
                   in_headline=True)


def headline_source(source: Source) -> Source:
    """The headline as a text of one paragraph, in sentence case when set in title case, closed by a full stop
    when it has none (the sentence splitter reads a line as a sentence only when it ends)."""
    content = sentence_case(source.meta.title)
    if content.rstrip()[-1:] not in _ENDS_SENTENCE:
        content += "."
    paragraph = Paragraph(number=1, start=0, end=len(content), lines=((0, len(content)),))
    return Source(path=source.path, slug=source.slug, content=content, body_start=0,
                  meta=replace(source.meta, title=""), paragraphs=(paragraph,), blocks=(paragraph,))
