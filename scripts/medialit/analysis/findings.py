"""Findings: small value objects saying what was found, where (code-point offsets into
``Source.content``), why (the rule and a reason a student can check) and how sure."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class TechniqueFinding(Span):
    technique: str            # taxonomy id, e.g. "loaded-language"
    ptc_label: str | None     # one of the 14 PTC labels, e.g. "Loaded_Language"
    rule: str                 # id of the rule that fired, e.g. "name-calling.junta"
    reason: str               # one line a student can check
    confidence: float         # 0..1
    shown: bool = True        # above the teaching threshold and not dropped by a teacher review
    cues: tuple[str, ...] = field(default=())  # the words that fired, for the reason and the key
    level: str = "word"       # "word" (a word or phrase) | "passage" (a sentence or a run of sentences)
    primary: bool = True      # False for a passage flag on a sentence whose passage flag is another one
    # True for a flag in the headline (``source.meta.title``): its offsets index the title, not the content,
    # and its ``paragraph`` is 0. Such flags live apart (``Analysis.headline``), never among the body's.
    in_headline: bool = False

    @property
    def id(self) -> str:
        """Stable id a teacher can cite in a review sidecar: rule@start (headline@rule@start in the headline,
        which a review file does not reach: its offsets would be taken for the body's)."""
        return f"headline@{self.rule}@{self.start}" if self.in_headline else f"{self.rule}@{self.start}"

    def to_json(self) -> dict:
        data = asdict(self)
        data["cues"] = list(self.cues)
        data["id"] = self.id
        return data


@dataclass(frozen=True)
class Voice(Span):
    """Someone quoted or cited: the span is the quotation or the attribution clause."""

    speaker: str | None       # "Jens Stoltenberg", "Western officials", or None when nobody is named
    verb: str | None          # attribution verb as written: "said", "claimed", "insisted"
    verb_neutral: bool        # "said"/"told"/"stated" are neutral; "claimed"/"admitted" colour the quote
    named: bool               # a named person or organisation versus "officials", "experts"
    kind: str                 # "direct quote" | "reported speech" | "cited document"
    side: str | None = None   # id of the side the speaker speaks for (data/voices.yaml), if the topic has sides
    role: str | None = None   # official | expert | organisation | people | person | unnamed-source (voices.yaml)
    speaker_type: str | None = None   # "person" | "organisation" | "unnamed"

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Claim(Span):
    """A checkable statement: an event, date, number, quotation of others, cited document or correction."""

    kind: str                 # one of checks.CLAIM_KINDS: "event", "number", "quotation", "document", "correction",
    #                           "date", "prediction" (a forecast), "statement" (no deed, figure or source)
    cues: tuple[str, ...] = field(default=())
    check: str | None = None  # id of a known check (data/checks.yaml) that settles it, if any
    score: float = 0.0        # check-worthiness, 0..1 (analysis/checkworthy.py)
    reasons: tuple[str, ...] = field(default=())  # why it is worth checking, as a student would say it

    def to_json(self) -> dict:
        data = asdict(self)
        data["cues"] = list(self.cues)
        data["reasons"] = list(self.reasons)
        return data
