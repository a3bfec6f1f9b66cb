"""The key points say which techniques a text leans on only where one is flagged more often than another:
three techniques of one flag each are listed as the techniques flagged, not as what the text "leans most on".
Texts are our own."""

from __future__ import annotations

import pytest
from fixtures.lesson_pages import flagged, lesson_of, pages_of, source_of

BODY = ("The board's reckless scheme will ruin the valley, and every family in town will pay for it forever.\n\n"
        "Its shameful plan is a disaster, the board has not said who pays for the upkeep, and nobody asked us.")


def key_point(tmp_path, flags) -> str:
    source = source_of(tmp_path, BODY, front="title: The sea wall\npublisher: Harbour Weekly")
    page, _ = pages_of(lesson_of(source, flagged(source, flags)))
    return next(line for line in page.splitlines() if "Naming a technique does not settle" in line)


@pytest.mark.parametrize("flags, opening", [
    ([("reckless scheme", "loaded-language")], "The one technique flagged in this text is loaded language (1 flag)"),
    ([("reckless scheme", "loaded-language"), ("every family in town will pay for it forever", "exaggeration")],
     "The techniques flagged in this text are "),
    ([("reckless scheme", "loaded-language"), ("shameful plan", "loaded-language"),
      ("every family in town will pay for it forever", "exaggeration")],
     "This text leans most on loaded language (2 flags), exaggeration"),
])
def test_the_key_point_on_techniques_says_leans_most_only_where_one_leads(tmp_path, flags, opening):
    assert key_point(tmp_path, flags).startswith("- " + opening)
