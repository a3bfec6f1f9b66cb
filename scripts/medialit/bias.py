"""Source and bias: questions about who is behind the text, whose voices are heard, and the page's framing.

First version: questions from the front matter and the quoted voices.
"""

from __future__ import annotations

from .questions import Answer, Question


def source_questions(source, analysis, profiles) -> list[Question]:
    meta = source.meta
    first = source.paragraphs[0]
    questions = [Question(
        section="source", level="identify", paragraph=first.number, quote=source.paragraph_text(first.number),
        prompt=f"Who wrote this text and where did it appear? Leave the page and find out what "
               f"{meta.publisher or 'the outlet'} is, who runs it and who pays for it.",
        answer=Answer(good_answer="Author, outlet, date; what independent sources say about the outlet."),
    )]
    for voice in analysis.voices[:4]:
        questions.append(Question(
            section="source", level="analyse", paragraph=voice.paragraph, quote=voice.text,
            prompt=f"The text introduces this voice with '{voice.verb}'. Is that verb neutral? Whose voices are missing?",
            answer=Answer(good_answer="Neutral verbs (said, told) versus loaded ones (claimed, admitted); which sides are heard."),
        ))
    return questions
