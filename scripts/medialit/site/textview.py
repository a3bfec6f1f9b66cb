"""The lesson text as HTML: numbered paragraphs, the seed's own emphasis, and technique highlights.

Every block of the text is rendered as what it is (``text.blocks``): paragraphs, block quotes and lists
carry their ¶ number; headings are headings, separators are rules, a pull quote is marked as layout, and
the page around the text (headline, byline, labels, prompts, disclaimers) is set apart, unnumbered.

Everything from the seed is escaped: the text is shown as text, never interpreted as HTML. The seed's
Markdown emphasis (``**bold**``, ``*italic*``) is kept because the outlet chose it (students discuss it);
links become marked text, never live links, since the addresses in a seed are not ours to vouch for.

Each highlight names its technique in visible text (a short tag like ``LL``) and links to a note under
the paragraph with the technique and the reason, so flags work by keyboard, in print and without colour.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass

from ..analysis.findings import TechniqueFinding
from ..text.markup import has_markup, inline_marks
from ..text.source import Source
from ..analysis.taxonomy import Taxonomy


@dataclass(frozen=True)
class Note:
    """A flag as listed under its paragraph."""

    anchor: str
    label: str
    finding: TechniqueFinding


@dataclass(frozen=True)
class RenderedParagraph:
    """A block as the text view shows it. ``kind`` is the block's (paragraph, quote, list, heading,
    separator, pullquote, furniture; "title" for the headline above ¶1); only the author's text has a ``number``,
    and it and the headline have notes."""

    number: int | None
    html: str
    notes: tuple[Note, ...]
    kind: str = "paragraph"
    label: str = ""
    made: bool = False


def render_text(source: Source, findings: tuple[TechniqueFinding, ...], taxonomy: Taxonomy) -> list[RenderedParagraph]:
    by_paragraph: dict[int, list[TechniqueFinding]] = {}
    for finding in findings:
        if not finding.in_headline:         # (offsets into the title: ``render_headline`` shows those)
            by_paragraph.setdefault(finding.paragraph, []).append(finding)
    rendered = []
    content = source.content
    for block in source.blocks or source.paragraphs:
        if block.kind == "headline":
            continue            # the title repeated in the text: ``render_headline`` shows it above ¶1
        if not block.numbered:
            text = html.escape(" ".join(source.plain(block.start, block.end).split()))
            rendered.append(RenderedParagraph(None, text, (), block.kind, block.label, block.made))
            continue
        if block.kind == "paragraph" and block.number not in by_paragraph and not has_markup(content, block.start, block.end):
            # Plain text, the usual case: one escaped slice (~4 µs a paragraph instead of ~11 µs).
            text = content[block.start:block.end].replace("\n", " ")
            rendered.append(RenderedParagraph(block.number, html.escape(text), (), block.kind, block.label, block.made))
            continue
        flags = sorted(by_paragraph.get(block.number, []), key=lambda f: (f.start, -f.end, f.technique))
        clusters = _clusters(flags)
        notes = tuple(
            Note(anchor=f"flag-{block.number}-{index}", label=f"{block.number}.{index}", finding=finding)
            for index, finding in enumerate((f for cluster in clusters for f in cluster), 1)
        )
        rendered.append(RenderedParagraph(block.number, _block_html(content, block, clusters, notes, taxonomy), notes,
                                          block.kind, block.label, block.made))
    return rendered


def render_headline(source: Source, findings: tuple[TechniqueFinding, ...], taxonomy: Taxonomy) -> RenderedParagraph:
    """The headline as the text view shows it above ¶1: unnumbered, labelled "Headline", its flags (offsets into
    the title, ``TechniqueFinding.in_headline``) highlighted with notes as a paragraph's are, labelled H.1, H.2."""
    title = source.meta.title
    flags = sorted((f for f in findings if f.in_headline), key=lambda f: (f.start, -f.end, f.technique))
    clusters = _clusters(flags)
    notes = tuple(Note(anchor=f"flag-h-{index}", label=f"H.{index}", finding=finding)
                  for index, finding in enumerate((f for cluster in clusters for f in cluster), 1))
    return RenderedParagraph(None, _paragraph_html(title, 0, len(title), clusters, notes, taxonomy), notes,
                             "title", "Headline")


def _block_html(content: str, block, clusters, notes: tuple[Note, ...], taxonomy: Taxonomy) -> str:
    """A paragraph is one run of text; a block quote is its lines without the "> "; a list is its items."""
    if block.kind == "paragraph":
        return _paragraph_html(content, block.start, block.end, clusters, notes, taxonomy)
    done: set[int] = set()         # clusters whose note links are out (a flag may run over two lines)
    parts = [_paragraph_html(content, start, end, clusters, notes, taxonomy, done) for start, end in block.lines]
    if block.kind == "list":
        return "<ul>" + "".join(f"<li>{part}</li>" for part in parts) + "</ul>"
    return " ".join(parts)


def _clusters(flags: list[TechniqueFinding]) -> list[list[TechniqueFinding]]:
    """Overlapping flags share one highlight; each keeps its own note."""
    clusters: list[list[TechniqueFinding]] = []
    end = -1
    for flag in flags:
        if clusters and flag.start < end:
            clusters[-1].append(flag)
            end = max(end, flag.end)
        else:
            clusters.append([flag])
            end = flag.end
    return clusters


def _paragraph_html(content: str, start: int, end: int, clusters, notes: tuple[Note, ...], taxonomy: Taxonomy,
                    done: set[int] | None = None) -> str:
    """Walk the paragraph once, turning it into runs of text that share emphasis and highlight, then
    emit each run with the highlight outermost so tags always nest. Text between two points where
    something changes (a piece of markup, a highlight starting or ending) is copied as one slice."""
    spans = [(min(f.start for f in c), max(f.end for f in c)) for c in clusters]
    span_starts = [s for s, _ in spans]
    markup = _markup_at(content, start, end)
    stops = sorted({*markup, *(p for span in spans for p in span if start < p < end), end})
    runs: list[tuple[int | None, tuple[str, ...], list[str]]] = []   # (cluster, emphasis, pieces of text)
    emphasis: list[str] = []
    position = start
    while position < end:
        match = markup.get(position)
        if match is not None and match.kind != "escaped":
            _apply_markup(match, emphasis)
            position = match.end
            continue
        if match is not None:
            text, following = match.text, match.end
        else:
            following = stops[bisect.bisect_right(stops, position)]
            text = content[position:following].replace("\n", " ")
        index = bisect.bisect_right(span_starts, position) - 1
        key = (index if index >= 0 and position < spans[index][1] else None, tuple(emphasis))
        if not runs or runs[-1][:2] != key:
            runs.append((key[0], key[1], []))
        runs[-1][2].append(text)
        position = following
    note_for = {id(n.finding): n for n in notes}
    out = []
    for index, (cluster, tags, chars) in enumerate(runs):
        text = html.escape("".join(chars))
        for tag in reversed(tags):
            text = f"{_OPEN[tag]}{text}</{tag.split('.')[0]}>"
        if cluster is not None:
            names = "; ".join(taxonomy[f.technique].name for f in clusters[cluster])
            text = f'<mark class="ml-flag ml-{clusters[cluster][0].technique}" title="{html.escape(names)}">{text}</mark>'
            last_run_of_cluster = index + 1 == len(runs) or runs[index + 1][0] != cluster
            if last_run_of_cluster and (done is None or cluster not in done):
                text += _refs(clusters[cluster], note_for, taxonomy)
                if done is not None:
                    done.add(cluster)
        out.append(text)
    return "".join(out)


_OPEN = {"strong": "<strong>", "em": "<em>", "span.link": '<span class="ml-link" title="a link in the original">'}


@dataclass(frozen=True)
class _Mark:
    """One piece of seed Markdown: what it is, its text, and where it ends."""

    kind: str        # "escaped" | "stars" | "link-open" | "link-close"
    text: str
    end: int


def _markup_at(content: str, start: int, end: int) -> dict[int, _Mark]:
    """The seed's inline Markdown in the range, by position (see ``text.markup``)."""
    markup: dict[int, _Mark] = {}
    for mark in inline_marks(content, start, end):
        if mark.kind == "escaped":
            # The backslash goes; the character after it is shown as text.
            markup[mark.start] = _Mark("escaped", content[mark.end:mark.end + 1], mark.end + 1)
        else:
            kind = "stars" if mark.kind in ("stars", "underscores") else mark.kind
            markup[mark.start] = _Mark(kind, mark.text, mark.end)
    return markup


def _apply_markup(match: _Mark, emphasis: list[str]) -> None:
    """Update the open emphasis for one piece of seed Markdown: stars toggle, link brackets open and close."""
    if match.kind == "link-close":
        _close(emphasis, "span.link")
        return
    if match.kind == "link-open":
        emphasis.append("span.link")
        return
    for tag in {1: ["em"], 2: ["strong"], 3: ["strong", "em"]}[len(match.text)]:
        if tag in emphasis:
            _close(emphasis, tag)
        else:
            emphasis.append(tag)


def _close(emphasis: list[str], tag: str) -> None:
    if tag in emphasis:
        emphasis.remove(tag)


def _refs(cluster: list[TechniqueFinding], note_for: dict, taxonomy: Taxonomy) -> str:
    refs = []
    for finding in cluster:
        note = note_for[id(finding)]
        technique = taxonomy[finding.technique]
        refs.append(
            f'<a class="ml-ref" href="#{note.anchor}" id="ref-{note.anchor}" '
            # The accessible name starts with the visible text (WCAG 2.5.3, label in name).
            f'aria-label="{note.label} {html.escape(technique.short)}: {html.escape(technique.name)}">'
            f'{note.label}&nbsp;{html.escape(technique.short)}</a>'
        )
    return f'<sup class="ml-refs">{" ".join(refs)}</sup>'
