"""The printed worksheet gives the time of its own work (the source first, one reading, its questions and
the exit question), not the whole lesson's with the activities it does not print. Texts are our own."""

from __future__ import annotations

import re

from fixtures.lesson_pages import flagged, lesson_of, pages_of, source_of

BODY = ("The board's reckless scheme will ruin the valley, and every family in town will pay for it forever.\n\n"
        "The engineers' report says the wall will cost 4 million and last fifty years, the board said on Tuesday.\n\n"
        "Its shameful plan is a disaster, the board has not said who pays for the upkeep, and nobody asked us.")


def test_the_worksheet_header_gives_the_time_of_what_it_prints(tmp_path):
    source = source_of(tmp_path, BODY, front="title: The sea wall\npublisher: Harbour Weekly")
    lesson = lesson_of(source, flagged(source, [("reckless scheme", "loaded-language"), ("shameful plan", "loaded-language"),
                                                ("every family in town will pay for it forever", "exaggeration")]))
    _, worksheet = pages_of(lesson)
    minutes = int(re.search(r"· about (\d+) min</p>", worksheet).group(1))
    assert minutes == 5 + lesson.reading_minutes + sum(q.minutes for q in lesson.questions) + 5
    assert lesson.activities and minutes == lesson.lesson_minutes - sum(a.minutes for a in lesson.activities) - next(
        s.minutes for s in lesson.timing if s.step.startswith("Second reading"))
