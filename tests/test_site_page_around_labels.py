"""The page around the text names each run of lines under one label once: a reader poll's lines are one
box headed by its label, not a label repeated on every line; a new label is named where it starts. Texts are
our own."""

from __future__ import annotations

from fixtures.lesson_pages import lesson_of, source_of

from medialit.analysis.taxonomy import load_taxonomy
from medialit.site.render import make_environment
from medialit.site.textview import RenderedParagraph


def test_a_run_of_lines_under_one_label_names_it_once(tmp_path):
    lesson = lesson_of(source_of(tmp_path, "The ferry runs again from Monday.\n\nTickets cost the same as before."))
    poll = [RenderedParagraph(None, line, (), "furniture", "Reader poll") for line in
            ("Take our poll", "Will the ferry run on time?", "Yes", "No")]
    paragraphs = [RenderedParagraph(1, "The ferry runs again from Monday.", ()), *poll,
                  RenderedParagraph(None, "Share this story", (), "furniture", "Sharing prompt"),
                  RenderedParagraph(2, "Tickets cost the same as before.", ())]
    page = make_environment().get_template("partials/text.md.j2").render(
        lesson=lesson, source=lesson.source, analysis=lesson.analysis, taxonomy=load_taxonomy(), edition="student",
        paragraphs=paragraphs, headline=None)
    assert page.count("Reader poll:") == 1 and page.count("Sharing prompt:") == 1
    assert page.count("<aside class=\"ml-page-around\"") == 1
    for line in ("Take our poll", "Will the ferry run on time?", "<li>Yes</li>", "<li>No</li>"):
        assert line in page
