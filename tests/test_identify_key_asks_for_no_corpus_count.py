"""The identify question's key tells the teacher what a student explains "in their own words": the flag's
reason without the corpus count some reasons end with ("... marked it as loaded language 3 of the 7 times
it appeared"), which is the teacher's evidence and nothing a student could explain; where the reason is only
the words and that evidence, what the technique does. The flag's note keeps the evidence. Texts are our own."""

from __future__ import annotations

from fixtures.lesson_pages import lesson_of, source_of

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding

BODY = """The mill closed on Friday after a grim year for the valley's last weavers, the owners said in a letter.

Forty people lose their jobs, and the owners say no buyer came forward for the looms or the building."""

REASON = ("'grim' is an emotive word: annotators of real news articles marked it as loaded language "
          "3 of the 7 times it appeared")


# A reason that names the words and then only the corpus evidence: the key says what the technique does.
WORDS_ONLY = "'grim': annotators of real news often marked a word like this, in sentences like this one, as loaded language"


def _identify_answer(tmp_path, reason: str):
    """The identify question's answer on a lesson whose one flag, on "grim", gives ``reason``."""
    source = source_of(tmp_path, BODY, front="title: The mill closes")
    start = source.content.index("grim")
    finding = TechniqueFinding(start=start, end=start + 4, text="grim", paragraph=1, technique="loaded-language",
                               ptc_label=None, rule="loaded-language.model", reason=reason, confidence=0.7, shown=True)
    lesson = lesson_of(source, Analysis(techniques=(finding,), voices=(), claims=()))
    return next(q for q in lesson.questions if q.kind == "identify").answer


def test_the_identify_key_keeps_the_reason_and_drops_the_count(tmp_path):
    answer = _identify_answer(tmp_path, REASON)
    assert "'grim' is an emotive word" in answer.good_answer
    assert "times it appeared" not in answer.good_answer and "annotators" not in answer.good_answer
    assert "3 of the 7 times" in answer.why          # the teacher still sees the evidence


def test_a_reason_of_words_and_evidence_only_gives_the_technique_s_definition(tmp_path):
    key = _identify_answer(tmp_path, WORDS_ONLY).good_answer
    assert "the passage does what loaded language does" in key and "annotators" not in key
