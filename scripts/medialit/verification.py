"""Verification: checkable claims become tasks (which SIFT move, what to search, what settles it).

First version: one question per detected claim.
"""

from __future__ import annotations

from .questions import Answer, Question


def verification_questions(source, analysis) -> list[Question]:
    questions = []
    for claim in analysis.claims[:6]:
        questions.append(Question(
            section="verification", level="analyse", paragraph=claim.paragraph, quote=claim.text,
            prompt="What would you search for to check this statement, and which original document or wire "
                   "report could confirm or correct it?",
            answer=Answer(good_answer="Names the specific fact to check (" + ", ".join(claim.cues) + ") and a "
                          "primary source or wire report that would settle it."),
        ))
    return questions
