"""A source question that quotes the page around the text (an author's bio, a disclaimer) puts the page's
words in “…” and nests their own double marks as single ones, with no full stop doubled after the closing
mark: “… author of ‘Salt Roads.’ …”. , never "… author of "Salt Roads." …". nor "….".". The self-check on
an attribution verb speaks of the words it introduces, which are often reported speech with no quotation
marks. Texts are our own."""

from __future__ import annotations

from fixtures.lesson_pages import lesson_of, pages_of, source_of

from medialit.analysis.taxonomy import load_taxonomy
from medialit.lesson.exercises import build_exercises

BODY = """The county will close two of its five bus depots next spring, the transport office said on Monday.

Drivers claimed the closures would add an hour to some routes, and the union insisted that no driver would accept the new shifts.

The office says the change saves 2 million a year and that no route will be cut.

Jane Ferris is the author of "Salt Roads." She writes about transport for the Valley Post."""


def test_the_author_bio_question_quotes_the_bio_in_curly_nested_marks(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Depots to close\nauthor: Jane Ferris\npublisher: Valley Post")
    lesson = lesson_of(source)
    bio = [q for q in lesson.questions if q.prompt.startswith("The bio says")]
    assert bio, [q.prompt for q in lesson.questions]
    prompt = bio[0].prompt
    assert "“Jane Ferris is the author of ‘Salt Roads.’ She writes" in prompt and prompt.count("“") == 1
    assert '"' not in prompt and "“”" not in prompt and ".”." not in prompt


def test_the_verb_self_check_speaks_of_the_words_the_verb_introduces(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Depots to close\nauthor: Jane Ferris\npublisher: Valley Post")
    verbs = [e for e in build_exercises(lesson_of(source), load_taxonomy()) if e.id.startswith("source:verb@")]
    assert verbs
    right = [o.text for o in verbs[0].options if o.correct]
    assert right and "words it introduces" in right[0] and "quotation" not in right[0]


def test_the_worksheet_points_a_question_on_the_page_around_the_text_at_it(tmp_path):
    source = source_of(tmp_path, BODY, front="title: Depots to close\nauthor: Jane Ferris\npublisher: Valley Post")
    lesson = lesson_of(source)
    around = [q for q in lesson.questions if q.quote and not q.paragraph and q.kind != "identify:headline"]
    assert around
    page, worksheet = pages_of(lesson, "student")
    for shown in (page, worksheet):
        heads = [line for line in shown.splitlines() if around[0].quoted in line and "<strong>Q" in line]
        assert heads and all("the page around the text" in head for head in heads)
