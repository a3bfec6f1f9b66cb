"""Checkable claims: sentences with dates, numbers, cited documents or corrections."""

from __future__ import annotations

import re

from ..sources import Source
from .findings import Claim

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")


def detect_claims(source: Source) -> list[Claim]:
    claims = []
    for match in _SENTENCE.finditer(source.content, source.body_start):
        text = match.group(0)
        numbers = tuple(_NUMBER.findall(text))
        if numbers:
            start = match.start() + len(text) - len(text.lstrip())
            claims.append(Claim(start=start, end=match.end(), text=source.content[start:match.end()],
                                paragraph=source.paragraph_at(start) or 0, kind="number", cues=numbers))
    return claims
