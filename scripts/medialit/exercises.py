"""Self-check exercises generated from a lesson's analysis (first version: none yet).

Self-check answers sit in the page by design (students check themselves); graded answer keys stay in
the teacher edition only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    prompt: str


def build_exercises(lesson, taxonomy) -> list[Exercise]:
    return []
