"""First rule-based technique detector: a few lexicon rules, each with a reason."""

from __future__ import annotations

import re

from ..sources import Source
from ..taxonomy import load_taxonomy
from .findings import TechniqueFinding

_RULES = (
    ("name-calling.regime", "name-calling", r"\b(?:junta regime|regime)\b", 0.7,
     "'regime' labels a government as illegitimate instead of naming it"),
    ("loaded-language.hysterical", "loaded-language", r"\bhysterical\b", 0.7,
     "'hysterical' describes statements by the feeling it wants readers to have about them"),
    ("slogans.blame", "slogans", r"Blame NATO\.", 0.7, "a two-word verdict set apart in bold, like a placard"),
)


def detect_techniques(source: Source) -> list[TechniqueFinding]:
    taxonomy = load_taxonomy()
    findings = []
    for rule_id, technique, pattern, confidence, reason in _RULES:
        for match in re.finditer(pattern, source.content[source.body_start:], re.I):
            start, end = match.start() + source.body_start, match.end() + source.body_start
            findings.append(TechniqueFinding(
                start=start, end=end, text=source.content[start:end], paragraph=source.paragraph_at(start) or 0,
                technique=technique, ptc_label=taxonomy[technique].ptc_label, rule=rule_id, reason=reason,
                confidence=confidence, cues=(match.group(0),),
            ))
    return findings
