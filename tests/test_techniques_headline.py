"""The headline is read by the body's rules and display model, its flags kept apart from the body's and shown
above ¶1 with their notes (issue 14). Every headline and text here is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD, analyze
from medialit.analysis.headline import detect_headline_techniques, headline_source, sentence_case
from medialit.analysis.taxonomy import load_taxonomy
from medialit.analysis.techniques import detect_techniques
from medialit.cli import main
from medialit.lesson.compose import compose_lesson
from medialit.lesson.outlets import load_outlets
from medialit.lesson.readings import load_catalog
from medialit.site.builder import render_lesson
from medialit.site.render import make_environment
from medialit.site.textview import render_text
from medialit.text.source import load_source

# A plain report: nothing in it for a flag, so whatever the lesson shows comes from the headline.
PLAIN_BODY = ("The council met on Tuesday to discuss the new water plant. Officials said the plant would open "
              "next year, after a review of its costs.\n\nResidents asked questions about the project, which the "
              "council put at 3 million euros. A vote is planned for March.\n")


def seed(tmp_path: Path, title: str, body: str = PLAIN_BODY, name: str = "text.md") -> Path:
    path = tmp_path / name
    path.write_text(f"---\ntitle: {json.dumps(title)}\nauthor: A. Writer\npublisher: The Daily Test\n"
                    f"published: 2022-01-01\n---\n\n{body}", encoding="utf-8")
    return path


def shown_in_headline(tmp_path: Path, title: str) -> list:
    return [f for f in analyze(load_source(seed(tmp_path, title))).headline if f.shown]


@pytest.mark.parametrize("side", ["Left-wing", "Right-wing"])
def test_a_loaded_headline_is_flagged_whichever_side_it_attacks(tmp_path, side):
    title = f"{side} thugs attack peaceful protesters"
    labels = [f for f in shown_in_headline(tmp_path, title) if f.technique == "name-calling"]
    assert len(labels) == 1 and labels[0].text.endswith("thugs")
    assert title[labels[0].start:labels[0].end] == labels[0].text


def test_a_plain_wire_headline_has_no_flag(tmp_path):
    assert shown_in_headline(tmp_path, "Council approves budget for new water plant") == []


def test_a_title_case_headline_is_read_in_sentence_case_and_shown_as_written(tmp_path):
    title = "Evil Fascist Thugs Attack Peaceful Protesters"
    assert sentence_case(title) == "Evil fascist thugs attack peaceful protesters"
    assert sentence_case("NATO Chief Says Talks Will Go On") == "NATO chief says talks will go on"
    assert sentence_case("Council approves budget for a new plant") == "Council approves budget for a new plant"
    flags = shown_in_headline(tmp_path, title)
    assert "Thugs" in [f.text for f in flags]
    assert all(title[f.start:f.end] == f.text for f in flags)


def test_a_headline_flag_is_never_forced_by_the_density_minimum(tmp_path):
    source = load_source(seed(tmp_path, "They Are Poisoning Our Children's Water"))
    forced = detect_techniques(headline_source(source), threshold=DEFAULT_THRESHOLD)
    assert any(f.shown for f in forced), "the body's minimum would force a flag on a one-line text"
    findings = detect_headline_techniques(source, threshold=DEFAULT_THRESHOLD)
    assert findings and not any(f.shown for f in findings)


def test_a_headline_flag_is_never_counted_in_a_paragraph(tmp_path):
    path = seed(tmp_path, "Evil Fascist Thugs Attack Peaceful Protesters")
    source = load_source(path)
    analysis = analyze(source)
    assert analysis.shown_headline
    assert all(f.in_headline and f.paragraph == 0 and f.id.startswith("headline@") for f in analysis.headline)
    assert not any(f.in_headline for f in analysis.techniques)
    plain = analyze(load_source(seed(tmp_path, "Council approves budget", name="b.md")))
    assert [(f.text, f.rule) for f in analysis.shown_techniques] == [(f.text, f.rule) for f in plain.shown_techniques]
    # Even handed the headline's flags, the text view puts none under a numbered paragraph.
    paragraphs = render_text(source, analysis.shown_headline, load_taxonomy())
    assert not any(p.notes for p in paragraphs)
    # A text whose first line was cut into a title ("…") has no headline: those words are ¶1's.
    cut = tmp_path / "cut.txt"
    cut.write_text("Evil fascist thugs attack peaceful protesters and the council says nothing at all about it, "
                   "although everyone in the town has seen what happened on Tuesday evening near the square.\n\n"
                   + PLAIN_BODY, encoding="utf-8")
    assert load_source(cut).meta.title.endswith("…") and analyze(load_source(cut)).headline == ()


def test_analyze_json_lists_the_headline_flags_marked_as_the_headline(tmp_path, capsys):
    title = "Evil Fascist Thugs Attack Peaceful Protesters"
    assert main(["analyze", str(seed(tmp_path, title)), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["headline_techniques"]
    for item in result["headline_techniques"]:
        assert item["in_headline"] is True and item["paragraph"] == 0
        assert result["source"]["title"][item["start"]:item["end"]] == item["text"]
    assert not any(item["in_headline"] for item in result["techniques"])
    assert main(["analyze", str(seed(tmp_path, title))]) == 0
    out = capsys.readouterr().out
    assert "Techniques in the headline (2 shown" in out and "* headline" in out


def _rendered(path: Path, edition: str):
    taxonomy = load_taxonomy()
    source = load_source(path)
    lesson = compose_lesson(source, analyze(source), taxonomy, load_outlets(), load_catalog())
    return lesson, render_lesson(lesson, make_environment(), taxonomy, edition)


def test_the_lesson_shows_the_headline_line_with_its_notes(tmp_path):
    lesson, rendered = _rendered(seed(tmp_path, "Evil Fascist Thugs Attack Peaceful Protesters"), "student")
    page = rendered.pages[f"lessons/{lesson.slug}.md"]
    line = page[page.index('<div class="ml-para ml-headline"'):]
    line = line[:line.index("</div>")]
    assert line.index("Headline") < line.index("Thugs") and "¶" not in line
    assert '<mark class="ml-flag ml-name-calling"' in line and 'href="#flag-h-1"' in line
    assert '<li id="flag-h-1">' in line and "Name calling and labelling" in line
    assert page.index('class="ml-para ml-headline"') < page.index('id="p1"')
    assert not rendered.notes or all(not n.finding.in_headline for n in rendered.notes)


def test_the_student_worksheet_shows_the_headline_without_its_flags(tmp_path):
    path = seed(tmp_path, "Evil Fascist Thugs Attack Peaceful Protesters")
    lesson, student = _rendered(path, "student")
    worksheet = student.pages[f"worksheets/{lesson.slug}.md"]
    line = worksheet[worksheet.index('<div class="ml-para ml-headline"'):]
    line = line[:line.index("</div>")]
    assert "Thugs" in line and "<mark" not in line and "ml-notes" not in line and "name calling" not in line.lower()
    _, teacher = _rendered(path, "teacher")
    assert '<span class="ml-note-label">H.1</span>' in teacher.pages[f"worksheets/{lesson.slug}.md"]
    # The teacher's list of every flag names the headline's, with ids a review file does not take for its own.
    assert "| headline | Thugs |" in teacher.pages[f"lessons/{lesson.slug}.md"]
    assert "`headline@" not in student.pages[f"lessons/{lesson.slug}.md"]


def test_no_question_cites_paragraph_zero(tmp_path):
    lesson, _ = _rendered(seed(tmp_path, "Evil Fascist Thugs Attack Peaceful Protesters"), "teacher")
    assert all(q.paragraph != 0 for q in lesson.questions)


def test_one_question_may_point_at_the_headline_and_names_no_paragraph(tmp_path):
    lesson, rendered = _rendered(seed(tmp_path, "Why Is Nobody Asking What The Council Is Hiding?"), "teacher")
    on_headline = [q for q in lesson.questions if q.kind == "identify:headline"]
    assert len(on_headline) == 1
    question = on_headline[0]
    assert question.paragraph is None and question.quote in lesson.source.meta.title
    assert question.answer.technique == "doubt"
    page = rendered.pages[f"lessons/{lesson.slug}.md"]
    assert '· <a href="#headline">the headline</a> · “' in page
    assert "the headline · “" in rendered.pages[f"worksheets/{lesson.slug}.md"]


def test_no_headline_question_when_the_body_already_asks_for_its_technique(tmp_path):
    body = ("The regime's thugs beat the marchers again on Friday, and the thugs were cheered by their masters. "
            "Nobody was charged, and the police said the inquiry would take months.\n\n" + PLAIN_BODY)
    lesson, _ = _rendered(seed(tmp_path, "Evil Fascist Thugs Attack Peaceful Protesters", body), "teacher")
    asked = {q.answer.technique for q in lesson.questions if q.kind.startswith(("identify", "analyse"))}
    assert "name-calling" in asked
    assert not [q for q in lesson.questions if q.kind == "identify:headline"]
