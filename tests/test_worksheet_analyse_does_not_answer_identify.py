"""A question never names the technique a "which technique?" question asks for, whichever paragraph it is
on: the printed worksheet sets every question on one page, and "These words are flagged as appeal to fear"
two lines under "which technique do these words use?" is the answer. The analyse question still asks the
technique's own question. Texts are our own."""

from __future__ import annotations

from fixtures.lesson_pages import flagged, lesson_of, pages_of, source_of

from medialit.lesson.quality import check_lesson

BODY = """Health officials counted twelve new cases of the fever in the port town this week, up from four.

Experts warn that the fever could sweep through every school in the county before the winter is out, and nobody is ready.

One doctor at the port clinic said the town faces a catastrophe that will leave no family untouched if the ferries keep running.

The ministry says the cases are mild, that the clinic has beds to spare, and that it will publish new figures on Friday."""

FEAR = [("Experts warn that the fever could sweep through every school in the county", "appeal-to-fear"),
        ("a catastrophe that will leave no family untouched", "appeal-to-fear"),
        ("nobody is ready", "appeal-to-fear")]


def test_analyse_questions_on_an_identified_technique_do_not_name_it(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Fever in the port")
    lesson = lesson_of(source, flagged(source, FEAR))
    identify = [q for q in lesson.questions if q.kind == "identify"]
    analyse = [q for q in lesson.questions if q.kind.startswith("analyse:")]
    assert identify and analyse and {q.paragraph for q in analyse} - {q.paragraph for q in identify}
    for question in [q for q in lesson.questions if q.section == "techniques" and q.kind != "identify"]:
        assert "appeal to fear" not in question.prompt.lower(), question.prompt
    assert all("feared outcome" in q.prompt for q in analyse)        # the technique's own question stays
    assert not [i for i in check_lesson(lesson) if i.check == "gives-away-identify"]
    _, worksheet = pages_of(lesson, "student")
    questions = worksheet[worksheet.index("## Questions"):]
    assert "appeal to fear" not in questions.lower()
