"""Guiding questions and their answer keys.

A question always points at a paragraph and quotes the words it is about. The answer key is part of
the value but only the teacher edition renders it; the student build never receives it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis.taxonomy import QUESTION_LEVELS as LEVELS
from ..text.markup import strip_markup
from .wording import quoted

SECTIONS = ("techniques", "source", "verification")
SECTION_TITLES = {
    "techniques": "Propaganda techniques",
    "source": "Source and bias",
    "verification": "Verification",
}


@dataclass(frozen=True)
class Citation:
    title: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Answer:
    """Teacher-only key: what a good answer mentions, and where it comes from."""

    good_answer: str
    technique: str | None = None   # taxonomy id when the question is about a technique
    why: str | None = None         # the reason the span was flagged / the fact that settles it
    sources: tuple[Citation, ...] = field(default=())


@dataclass(frozen=True)
class Question:
    section: str                   # one of SECTIONS
    level: str                     # one of LEVELS
    prompt: str
    paragraph: int | None
    quote: str | None
    answer: Answer
    minutes: int = 3               # time estimate for the timing plan
    kind: str = ""                 # the template the prompt and its key come from ("analyse:doubt"), if any

    def __post_init__(self) -> None:
        # Quotations come from the seed, which may hold Markdown ("**", "[Europe](#)"); students see words.
        object.__setattr__(self, "prompt", strip_markup(self.prompt))
        if self.quote:
            object.__setattr__(self, "quote", strip_markup(self.quote))

    @property
    def quoted(self) -> str:
        """The quote as the page shows it, in quotation marks (``wording.quoted``)."""
        return quoted(self.quote)

    def sort_key(self) -> tuple:
        return (SECTIONS.index(self.section), LEVELS.index(self.level), self.paragraph or 0, self.prompt)
