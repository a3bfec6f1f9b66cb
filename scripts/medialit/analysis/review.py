"""Teacher review of flags: a sidecar file next to a seed confirms, drops or adds flags.

Placeholder until the review format lands: returns findings unchanged.
"""

from __future__ import annotations

from ..sources import Source
from .findings import TechniqueFinding


def apply_review(source: Source, findings: list[TechniqueFinding]) -> list[TechniqueFinding]:
    return list(findings)
