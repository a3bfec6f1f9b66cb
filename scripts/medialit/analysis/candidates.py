"""Candidates: what a rule or a model flags, before overlaps are resolved and the display policy judges it.

A candidate is a span with its rule, technique, confidence, reason and cue words, and the level at which it
competes with others (``overlaps``). ``rule_candidate`` makes a hand-written rule's candidate on the words it
matched, widened to their sentence when the rule reads sentences.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .prepared_text import PreparedText, sentence_starts
from .questions import is_question
from .rules import Rule, Rulebook


@dataclass(frozen=True)
class Candidate:
    """A flag before overlaps are resolved: offsets into the content, the rule and its reason, how sure."""

    start: int
    end: int
    rule: str
    technique: str
    confidence: float
    reason: str
    cues: tuple[str, ...]
    level: str            # "cue" | "sentence" | "repetition" | "quote-marks": overlaps are resolved within a level
    term: str = ""        # the lexicon term that fired (terms rules only), for per-term calibration
    extend: str = "none"  # "next-word": the span may take in the word after the cue (see extend_spans)


def rule_candidate(rulebook: Rulebook, rule: Rule, text: PreparedText, start: int, end: int, cue: str,
                   term: str = "") -> Candidate | None:
    """The candidate of ``rule`` on the words it matched from ``start`` to ``end`` (``cue``): the words themselves,
    or for a rule that reads sentences the sentence holding them (none outside a sentence, and none on a
    question for a rule of statements only)."""
    level = "cue"
    if rule.span == "passage":          # the match itself, however many sentences it spans
        level = "sentence"
    elif rule.span == "sentence":
        number = bisect.bisect_right(sentence_starts(text), start) - 1
        if number < 0 or start >= text.sentences[number][1]:
            return None
        start, end = text.sentences[number]
        level = "sentence"
        if rule.statements_only and is_question(text.content[start:end]):
            return None     # "Is this the only way?" questions the claim instead of making it
    cue = " ".join(cue.split())
    return Candidate(start, end, rule.id, rule.technique, rulebook.confidence(rule, term),
                     rule.reason.format(cue=cue), (cue,), level, term, rule.extend if level == "cue" else "none")
