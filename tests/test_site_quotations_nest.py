"""Words of the text shown in quotation marks outside the text nest their own quotation marks as print does
(“... ‘word’ ...” or “... 'word' ...”), never “... “word” ...” or “... "word" ...”: on the technique pages' examples, in the
voices table and in the headline question of "Before you read". Texts are our own."""

from __future__ import annotations

import re

from fixtures.lesson_pages import lesson_of, pages_of, source_of

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding
from medialit.analysis.taxonomy import load_taxonomy
from medialit.site import builder
from medialit.site.render import make_environment
from medialit.site.textview import Note

BODY = """The mayor called the plan a "reckless gamble" with the town's money, and the council voted it down.

"We will not let this "reckless gamble" go ahead," the mayor said on Monday at the town hall."""


def test_a_technique_page_nests_the_quotation_marks_of_a_quoted_example(tmp_path):
    source = source_of(tmp_path, BODY, front="title: The vote")
    words = 'a "reckless gamble" with'
    start = source.content.index(words)
    finding = TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=1,
                               technique="loaded-language", ptc_label=None, rule="loaded-language.test",
                               reason="a test reason", confidence=0.8, shown=True)
    lesson = lesson_of(source, Analysis(techniques=(finding,), voices=(), claims=()))
    taxonomy = load_taxonomy()
    technique = taxonomy["loaded-language"]
    examples = [(lesson, Note("flag-1-1", "1.1", finding))]
    common = dict(taxonomy=taxonomy, edition="student", lessons=[lesson])
    for many in (False, True):          # the technique page, and the pages of all examples
        shown = examples * (builder.EXAMPLES_ON_TECHNIQUE_PAGE + 1 if many else 1)
        for page in builder.render_technique_pages(make_environment(), technique, shown, common).values():
            example = next(line for line in page.splitlines() if "reckless gamble" in line)
            assert re.search(r"“a [‘']reckless gamble[’'] with”", example.replace("\\", ""))
            assert '"' not in example and "““" not in example


def test_the_voices_table_and_the_headline_question_nest_quotation_marks(tmp_path):
    source = source_of(tmp_path, BODY, front='title: Mayor calls plan a "reckless gamble"')
    page, _ = pages_of(lesson_of(source), "student")
    assert re.search(r"The headline is “Mayor calls plan a [‘']reckless gamble[’']”", page.replace("\\", ""))
    rows = [line for line in page.splitlines() if line.startswith("<td>“")]
    assert rows and all('"' not in row and row.count("“") == 1 for row in rows)
