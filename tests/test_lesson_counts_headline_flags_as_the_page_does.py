"""The key points and the list of lessons count a flag in the headline as the text's own note does ("3
passages are flagged" above the text): a lesson that flags the headline never says "(2 flags)" in its key
points while its text says 3. Texts are our own."""

from __future__ import annotations

import re

from fixtures.lesson_pages import lesson_of, pages_of, source_of

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding
from medialit.analysis.taxonomy import load_taxonomy
from medialit.site.render import make_environment

TITLE = "A ticking time bomb under every school roof"
BODY = """Inspectors found cracked beams in four of the town's nine school roofs this autumn, the council said.

Parents fear a disaster, and some warn that a roof will fall on a classroom full of children before the council acts.

The council says the repairs will take two years and cost 3 million, and that no roof is in danger of falling now."""


def finding(source_text: str, words: str, paragraph: int, in_headline: bool = False) -> TechniqueFinding:
    start = source_text.index(words)
    return TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=paragraph,
                            technique="appeal-to-fear", ptc_label=None, rule="appeal-to-fear.test",
                            reason="a test reason", confidence=0.8, shown=True, in_headline=in_headline)


def test_key_points_and_the_lessons_list_count_the_headline_flag(tmp_path):
    source = source_of(tmp_path, BODY, front=f"title: {TITLE}")
    body = tuple(finding(source.content, words, source.paragraph_at(source.content.index(words)))
                 for words in ("Parents fear a disaster", "a roof will fall on a classroom full of children"))
    headline = (finding(TITLE, "ticking time bomb", 0, in_headline=True),)
    lesson = lesson_of(source, Analysis(techniques=body, voices=(), claims=(), headline=headline))
    assert dict(lesson.techniques_used) == {"appeal-to-fear": 3}
    page, _ = pages_of(lesson, "student")
    assert "3 passages are flagged" in page
    assert re.search(r"appeal to fear or prejudice \(3 flags\)", page)
    index = make_environment().get_template("lessons_index.md.j2").render(lessons=[lesson], taxonomy=load_taxonomy())
    row = next(line for line in index.splitlines() if lesson.slug in line)
    assert row.rstrip().endswith("| 3 |")
