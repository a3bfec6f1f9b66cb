"""Quoted voices: who is quoted or cited, with which attribution verb."""

from __future__ import annotations

import re

from ..sources import Source
from .findings import Voice

_NEUTRAL = {"said", "says", "told", "stated", "added", "wrote"}
_ATTRIBUTION = re.compile(
    r"(?P<speaker>(?:[A-Z][\w.-]+\s){0,4}[A-Z][\w.-]+)\s+(?P<verb>said|says|told|stated|added|claimed|insisted|admitted|declared|warned)\b")


def detect_voices(source: Source) -> list[Voice]:
    voices = []
    for match in _ATTRIBUTION.finditer(source.content, source.body_start):
        start, end = match.span()
        verb = match.group("verb")
        voices.append(Voice(start=start, end=end, text=source.content[start:end],
                            paragraph=source.paragraph_at(start) or 0, speaker=match.group("speaker"), verb=verb,
                            verb_neutral=verb in _NEUTRAL, named=True, kind="reported speech"))
    return voices
