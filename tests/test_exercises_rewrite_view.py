"""The rewrite activity asks students to reword the author's words. A sentence that reports someone's view
and says whose it is ("They blame the council's plan for ...") is not the author's wording to rewrite:
a wire report's only flag was such a sentence (teacher read, issue 14). Texts are our own."""

from __future__ import annotations

import pytest

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding
from medialit.analysis.taxonomy import load_taxonomy
from medialit.lesson.compose import compose_lesson
from medialit.lesson.outlets import load_outlets
from medialit.lesson.readings import load_catalog
from medialit.text.source import load_source

FRONT = """---
title: "Flood plan goes to a vote"
author: Ada Lindqvist
publisher: Valley Herald
published: 2023-04-18
---
"""

REPORT = FRONT + """
The council will vote on the flood plan on Thursday, after two years of consultation with residents of the lower town.

{sentence} The plan would raise the river wall by a metre and close the lower bridge for a year.

The meeting is at the town hall at 7 p.m., and residents may speak for three minutes each.
"""


def lesson_of(tmp_path, sentence: str, words: str):
    path = tmp_path / "report.md"
    path.write_text(REPORT.format(sentence=sentence), encoding="utf-8")
    source = load_source(path)
    start = source.content.index(words)
    finding = TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=source.paragraph_at(start),
                               technique="causal-oversimplification", ptc_label=None,
                               rule="causal-oversimplification.test", reason=f"'{words}' is a test reason",
                               confidence=0.7, shown=True)
    analysis = Analysis(techniques=(finding,), voices=(), claims=())
    return compose_lesson(source, analysis, load_taxonomy(), load_outlets(), load_catalog())


def rewrites(lesson) -> list:
    return ([q for q in lesson.questions if q.kind.partition(":")[0] == "rewrite"]
            + [a for a in lesson.activities if "Rewrite" in a.title])


@pytest.mark.parametrize("sentence", [
    # mirror pair: either side's view, reported and attributed
    "They blame the council's building plans for every flood in the lower town.",
    "Council officials blame the residents' garden walls for every flood in the lower town.",
    "The farmers' union argued that the dam upstream caused every flood in the lower town.",
    # an account attributed with "described", either side
    "Residents have described every flood in the lower town as the council's fault.",
    "Council engineers described every flood in the lower town as the residents' own doing.",
])
def test_a_sentence_reporting_someones_view_gets_no_rewrite(tmp_path, sentence):
    assert rewrites(lesson_of(tmp_path, sentence, "every flood")) == []


@pytest.mark.parametrize("sentence", [
    "The council's building plans caused every flood in the lower town.",
    # an unnamed crowd is the author's own device: still the author's wording
    "Some say the council's building plans caused every flood in the lower town.",
    "We blame the council's building plans for every flood in the lower town.",
])
def test_the_authors_own_sentence_keeps_its_rewrite(tmp_path, sentence):
    assert rewrites(lesson_of(tmp_path, sentence, "every flood"))


POST_REPORT = FRONT + """
The council will vote on the flood plan on Thursday, after two years of consultation with residents of the lower town.

The mayor answered on social media within the hour:
The council's plan is a reckless disgrace!
— Mayor Ann Ortiz (@annortiz) March 3, 2021

The meeting is at the town hall at 7 p.m., and residents may speak for three minutes each.
"""


def test_an_embedded_post_gets_no_rewrite(tmp_path):
    path = tmp_path / "posts.md"
    path.write_text(POST_REPORT, encoding="utf-8")
    source = load_source(path)
    words = "reckless disgrace"
    start = source.content.index(words)
    finding = TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=source.paragraph_at(start),
                               technique="loaded-language", ptc_label=None, rule="loaded-language.test",
                               reason=f"'{words}' is a test reason", confidence=0.7, shown=True)
    lesson = compose_lesson(source, Analysis(techniques=(finding,), voices=(), claims=()), load_taxonomy(),
                            load_outlets(), load_catalog())
    assert rewrites(lesson) == []
