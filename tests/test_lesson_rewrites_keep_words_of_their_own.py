"""A rewrite (the guiding question or the activity) is asked of words that keep something once the flagged
words are dropped or replaced: a paragraph that is one flagged question, quoted whole as its words, is never
the target ("drop or replace the flagged words" would drop the paragraph). Texts are our own."""

from __future__ import annotations

from fixtures.lesson_pages import lesson_of, source_of

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding

BODY = """The harbour board voted on Tuesday to close the old ferry pier for good.

How likely is it that a board which ignored every protest will listen to the town now?

The board's shameful decision leaves the island's forty families with a two-hour drive to the mainland, and the board has published no figures on what the pier costs to keep open."""

QUESTION = "How likely is it that a board which ignored every protest will listen to the town now?"


def analysis_of(source) -> Analysis:
    start = source.content.index(QUESTION)
    question = TechniqueFinding(start=start, end=start + len(QUESTION), text=QUESTION, paragraph=source.paragraph_at(start),
                                technique="doubt", ptc_label=None, rule="doubt.rhetorical-question",
                                reason="the sentence puts its point as a question", confidence=0.9, shown=True,
                                level="passage", cues=(QUESTION,))
    word = "shameful decision"
    at = source.content.index(word)
    loaded = TechniqueFinding(start=at, end=at + len(word), text=word, paragraph=source.paragraph_at(at),
                              technique="loaded-language", ptc_label=None, rule="loaded-language.test",
                              reason="'shameful' tells the reader how to judge", confidence=0.6, shown=True)
    return Analysis(techniques=(question, loaded), voices=(), claims=())


def test_a_paragraph_that_is_one_flagged_question_is_not_rewritten(tmp_path):
    source = source_of(tmp_path, BODY, front="title: The ferry pier")
    lesson = lesson_of(source, analysis_of(source))
    rewrites = [q for q in lesson.questions if q.kind == "rewrite"]
    activities = [a for a in lesson.activities if a.title.startswith("Rewrite")]
    assert [q.paragraph for q in rewrites] == [3]           # the paragraph with words of its own
    assert all(a.paragraph != 2 for a in activities)
    assert "shameful decision" in rewrites[0].prompt and QUESTION not in rewrites[0].prompt


def test_the_question_is_still_asked_about(tmp_path):
    source = source_of(tmp_path, BODY, front="title: The ferry pier")
    lesson = lesson_of(source, analysis_of(source))
    assert any(q.paragraph == 2 and q.section == "techniques" for q in lesson.questions)
