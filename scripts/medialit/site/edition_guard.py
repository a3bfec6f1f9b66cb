"""The student edition's last line of defence: a generated page holding a teacher-only block fails the build.

Whatever went wrong before (a setting, a template, a custom ``templates_dir`` that forgot its ``if``),
a student site with answer keys must never be swapped into place. Each marker is a piece of HTML that
only the templates write around a teacher-only block: it starts with ``<``, which a seed's text can never
put into a page unescaped, so an article quoting "Answer key" cannot trip it. The edition tests check
that every marker is real (the teacher edition has it).
"""

from __future__ import annotations

TEACHER_ONLY_MARKERS = (
    '<p class="admonition-title">Answer key</p>',
    '<p class="admonition-title">Teacher edition</p>',
    '<p class="admonition-title">Teacher note</p>',
    '<summary>How this list is balanced (teacher)</summary>',
    '<summary>Read only the bold passages</summary>',
    '<summary>Voices: teacher notes</summary>',
    '<summary>What the sources show (teacher)</summary>',
    '<h2 data-search-exclude id="teacher-notes">',
    '<div class="ml-key">',
    '<p class="ml-ws-meta">Worksheet with answer key',
)


def teacher_only_marker(html: str) -> str | None:
    """The first teacher-only marker found in ``html``, or None."""
    return next((marker for marker in TEACHER_ONLY_MARKERS if marker in html), None)
