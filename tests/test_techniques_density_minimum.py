"""The density minimum: on a text with few flags at the threshold, the display forces the surest weak
flags above a floor, about one per so many words. A flag in someone else's words (a sentence that opens
with a quotation counts) needs its own, higher floor; at most max_forced flags are forced onto a long
text; and a forced flag never overlaps a flag already shown or forced, because a teacher rejected a
sentence flag and the word flag inside it forced onto a plain report, the same weak finding twice: the
next surest flag elsewhere takes its place. Texts are our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import DEFAULT_THRESHOLD
from medialit.analysis.display import shown
from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def test_the_minimum_asks_a_quoted_flag_for_its_own_floor():
    from medialit.analysis.display import minimum_floors, shown
    floors = minimum_floors([False, True], {"floor": 0.2, "quoted_floor": 0.4})
    assert floors == [0.2, 0.4]
    # a text of 400 words with nothing at the threshold: the minimum takes the author's weak flag ...
    assert shown([0.3], [True], 400, 0.5, floor=0.2, words_per_flag=400, floors=[0.2]) == [True]
    # ... but not the same weak flag in a quotation, which needs 0.4
    assert shown([0.3], [True], 400, 0.5, floor=0.2, words_per_flag=400, floors=[0.4]) == [False]
    assert shown([0.45], [True], 400, 0.5, floor=0.2, words_per_flag=400, floors=[0.4]) == [True]
    # a quoted floor under the floor never lowers it
    assert minimum_floors([True], {"floor": 0.3, "quoted_floor": 0.1}) == [0.3]


@pytest.mark.parametrize("sentence, expected", [
    ("“We cannot yet say how the shoals move or how deep they dive,” a marine biologist at the institute explains.",
     True),
    ("The biologist, who has studied the shoals for a decade, says they “dive deeper at night”.", False),
])
def test_a_sentence_that_opens_with_a_quotation_counts_as_quoted_for_the_minimum(tmp_path, sentence, expected):
    from medialit.analysis.prepared_text import prepare
    from medialit.analysis.candidates import Candidate
    from medialit.analysis.techniques import quoted_candidates
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + sentence + "\n", encoding="utf-8")
    source = load_source(path)
    text = prepare(source)
    start, end = text.sentences[0]
    candidate = Candidate(start, end, "doubt.model-sentence", "doubt", 0.3, "reason", (), "sentence")
    assert quoted_candidates(source, text, [candidate], mostly=True) == [expected]
    assert quoted_candidates(source, text, [candidate]) == [False]     # the reason's note needs the whole span quoted


def test_the_minimum_forces_at_most_max_forced_flags_onto_a_long_text():
    from medialit.analysis.display import shown
    weak = [0.30, 0.29, 0.28, 0.27, 0.26]
    # 2,000 words with nothing at the threshold: one per 400 words would force all five weak flags ...
    assert shown(weak, [True] * 5, 2000, 0.5, floor=0.2, words_per_flag=400) == [True] * 5
    # ... the cap forces only the two surest; a flag at the threshold is never capped
    assert shown(weak, [True] * 5, 2000, 0.5, floor=0.2, words_per_flag=400, max_forced=2) == [True, True, False, False, False]
    assert shown([0.9, 0.8, 0.3], [True] * 3, 2000, 0.5, floor=0.2, words_per_flag=400, max_forced=1) == [True, True, True]


# --------------------------------------------------------------------- a forced flag never overlaps another


def test_the_minimum_forces_no_flag_inside_another():
    weak, primary = [0.30, 0.29, 0.25], [True] * 3
    # a sentence (0-30), a word inside it (5-12), another sentence (40-60); 800 words ask for two flags
    spans = [(0, 30), (5, 12), (40, 60)]
    assert shown(weak, primary, 800, 0.5, floor=0.2, words_per_flag=400) == [True, True, False]
    assert shown(weak, primary, 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, False, True]


def test_a_flag_shown_at_the_threshold_keeps_its_word():
    spans = [(0, 30), (5, 12)]
    # the minimum does not force a weak word inside a sentence already shown ...
    assert shown([0.8, 0.3], [True, True], 800, 0.5, floor=0.2, words_per_flag=400) == [True, True]
    assert shown([0.8, 0.3], [True, True], 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, False]
    # ... but a word that reaches the threshold inside a shown sentence is the display's own choice
    assert shown([0.8, 0.6], [True, True], 800, 0.5, floor=0.2, words_per_flag=400, spans=spans) == [True, True]


def test_no_two_forced_flags_overlap_in_a_lesson(tmp_path: Path):
    text = ("Title\n\nA storm of protest followed the vote, and the council asked a retired judge to look into it. "
            "The judge spoke to forty members over three weeks. He found that the members had voted on the plan "
            "itself, not on who proposed it, though he called the complaint sincere and understandable.\n\n"
            "The council will publish his report on Friday. Its chair said the members would read it before "
            "the next meeting in March.\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    findings = detect_techniques(load_source(path), threshold=DEFAULT_THRESHOLD)
    forced = [f for f in findings if f.shown and f.confidence < DEFAULT_THRESHOLD]
    assert all(not (a.start < b.end and b.start < a.end) for i, a in enumerate(forced) for b in forced[i + 1:])
