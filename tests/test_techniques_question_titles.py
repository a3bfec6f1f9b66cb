"""Rhetorical questions: a line that ends in a title with a question mark (a website, a blog or a column
named at the end of a sentence, or a signature line) is a name, not the author's question; a question the
author asks stays doubt. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import doubt_questions, findings_of

from medialit.analysis.questions import names_a_title


TITLED = ("The lake froze two weeks early this year, says the blog Who Needs Winter Anyway?\n\n"
          "The ice is thicker than last year, the ranger adds.\n\n"
          "– Who Needs Winter Anyway?")


def test_a_title_ending_in_a_question_mark_is_not_a_question(tmp_path):
    assert doubt_questions(findings_of(tmp_path, TITLED, threshold=0.0)) == []


@pytest.mark.parametrize("line,title", [
    ("The river rose again, says the website Where Did Summer Go?", True),
    ("– Where Did Summer Go?", True),
    ("She reviewed it in a column by him: “The Year We Lost The Cup?”", True),
    ("Why did the council ever trust its friend Mayor John Smith?", False),
    ("Why does nobody ask where the money went?", False),
    ("— WHO PAYS FOR ALL THIS?", False),
    ("Did The Council Just Ban Bicycles?", False),
])
def test_which_lines_end_in_a_title(line, title):
    assert names_a_title(line, len(line)) is title


def test_a_question_the_author_asks_stays_doubt(tmp_path):
    text = ("The council says the bridge is safe. But who checked the cables, and when did anyone last look "
            "at the report they keep quoting?")
    assert doubt_questions(findings_of(tmp_path, text, threshold=0.0))
