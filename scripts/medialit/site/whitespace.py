"""Drop the indentation between tags from a finished page.

Material's templates indent every line of the page around the lesson (header, navigation, footer): ~7 KB
of a 113 KB lesson page, written once per page. A browser collapses a run of whitespace between tags to
one space whatever its length, so a line break alone renders the same. Elements whose whitespace is shown
as written (``pre``, ``code``, ``kbd``, ``textarea``) and scripts and styles are copied untouched.
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"<(pre|code|kbd|textarea|script|style)\b.*?</\1>", re.S | re.I)
_INDENT = re.compile(r"\n\s+")


def squeeze(page: str) -> str:
    """``page`` with every line break and the whitespace after it shrunk to one line break, outside the
    elements that show their whitespace."""
    out: list[str] = []
    position = 0
    for kept in _KEEP.finditer(page):
        out.append(_INDENT.sub("\n", page[position:kept.start()]))
        out.append(kept.group())
        position = kept.end()
    out.append(_INDENT.sub("\n", page[position:]))
    return "".join(out)
