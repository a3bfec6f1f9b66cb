"""A quoted passage that holds straight double quotation marks nests them as single curly ones, opening
and closing by their place, as it nests the curly ones: “He called it ‘a disgrace’.”, never
“He called it "a disgrace".” nor “… 'a disgrace' …”. Texts are our own."""

from __future__ import annotations

import pytest
from fixtures.lesson_pages import lesson_of, source_of

from medialit.lesson.wording import quoted


@pytest.mark.parametrize("text, shown", [
    ('He called it "a disgrace" twice.', "“He called it ‘a disgrace’ twice.”"),
    ('"We will not pay," she said.', "“‘We will not pay,’ she said.”"),
    ('the plan ("a gamble") failed', "“the plan (‘a gamble’) failed”"),
    ('He said: "No."', "“He said: ‘No.’”"),
    ("“We will not pay,” she said.", "“‘We will not pay,’ she said.”"),
    ("the board's own figures", "“the board's own figures”"),
])
def test_straight_and_curly_double_marks_nest_alike(text, shown):
    assert quoted(text) == shown


def test_a_lesson_on_a_text_with_straight_marks_shows_no_straight_double_mark_in_a_quote(tmp_path):
    body = ('The council called the new car park "a waste of money" and a "disgrace" to the town.\n\n'
            '"We will not let this go ahead," the mayor said on Monday, and the vote was put off.')
    lesson = lesson_of(source_of(tmp_path, body, front="title: The car park"))
    heads = [q.quoted for q in lesson.questions if q.quote] + [a.quoted for a in lesson.activities if a.quote]
    assert heads
    assert not [h for h in heads if '"' in h]
