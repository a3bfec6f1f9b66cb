"""Analysis of one source: persuasion techniques, quoted voices and checkable claims.

``analyze`` is the single entry point used by the lesson composer, the CLI and the benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..text.source import Source
from .claims import detect_claims, with_doers
from .findings import Claim, TechniqueFinding, Voice
from .headline import detect_headline_techniques
from .review import apply_review
from .techniques import detect_techniques
from .voices import detect_voices

DEFAULT_THRESHOLD = 0.485  # on the display model's calibrated confidence; chosen from the techniques-dev sweep


@dataclass(frozen=True)
class Analysis:
    techniques: tuple[TechniqueFinding, ...]   # all findings, each with .shown
    voices: tuple[Voice, ...]
    claims: tuple[Claim, ...]
    # The headline's findings (``headline``): offsets into the title, ``paragraph`` 0, ``in_headline``. Kept
    # apart so that every reader of ``techniques`` sees body offsets only.
    headline: tuple[TechniqueFinding, ...] = ()

    @property
    def shown_techniques(self) -> tuple[TechniqueFinding, ...]:
        return tuple(f for f in self.techniques if f.shown)

    @property
    def shown_headline(self) -> tuple[TechniqueFinding, ...]:
        return tuple(f for f in self.headline if f.shown)

    def to_json(self, source: Source) -> dict:
        return {
            "source": source.meta.as_dict(),
            "techniques": [f.to_json() for f in self.techniques],
            "headline_techniques": [f.to_json() for f in self.headline],
            "voices": [v.to_json() for v in self.voices],
            "claims": [c.to_json() for c in self.claims],
        }


def analyze(source: Source, threshold: float = DEFAULT_THRESHOLD) -> Analysis:
    """Analyse one source. Findings under ``threshold`` are kept but not shown; a teacher's review
    sidecar (see ``review``) confirms, drops or adds flags on top of that."""
    techniques = apply_review(source, detect_techniques(source, threshold=threshold))
    voices = tuple(sorted(detect_voices(source), key=_position))
    return Analysis(
        techniques=_at_most_shown(sorted(techniques, key=_position)),
        headline=tuple(sorted(detect_headline_techniques(source, threshold=threshold), key=_position)),
        voices=voices,
        # (a deed of "he" or "she" names the person last named: voices tell who is a person)
        claims=tuple(sorted(with_doers(source, detect_claims(source), voices), key=_position)),
    )


# At most this many flags of one text are shown (the first ones; the others stay, not shown). A real
# article has a few dozen; a review confirming every "e" of a megabyte showed tens of thousands, and
# their highlights, notes and example pages kept MkDocs busy for minutes (issue 17).
MAX_SHOWN = 500


def _at_most_shown(techniques: list[TechniqueFinding]) -> tuple[TechniqueFinding, ...]:
    shown = 0
    capped = []
    for finding in techniques:
        if finding.shown:
            shown += 1
            if shown > MAX_SHOWN:
                finding = replace(finding, shown=False)
        capped.append(finding)
    return tuple(capped)


def _position(span) -> tuple:
    return (span.start, span.end, getattr(span, "technique", ""), getattr(span, "rule", ""))
