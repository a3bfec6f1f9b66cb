"""Highlights a careful teacher rejected in lessons on new texts, read by hl-29 (issue 14): an alarm or a
single option inside a view the sentence reports in order to dispute it ("the myth that ..."), and a label
noun used as a verb after a modal ("they can fool the tenants"). Each fix has its own text here (our own words), with
the look-alikes it must leave alone and mirror images where a rule could take sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.techniques import detect_techniques
from medialit.text.source import load_source


def findings_of(tmp_path: Path, text: str, threshold: float | None = 0.0):
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return detect_techniques(load_source(path), threshold=threshold)


def rules_of(findings) -> set[str]:
    return {f.rule for f in findings}


# ------------------------------------------------------------------- a view reported in order to dispute it

@pytest.mark.parametrize("text, rule", [
    # mirror pair: the same construction disputing either side's alarm
    ("Campaigners keep selling the myth that the new dam is an existential threat to the valley, and the "
     "survey shows otherwise.", "appeal-to-fear.grave-danger"),
    ("Campaigners keep selling the myth that pulling down the dam is an existential threat to the valley, and "
     "the survey shows otherwise.", "appeal-to-fear.grave-danger"),
    ("Talk of a new tax rests on the tired notion that there is no alternative for mending roads, and the budget says otherwise.",
     "black-and-white.only-option"),
    ("Talk of a pay freeze rests on the tired notion that there is no alternative for mending roads, and the budget says otherwise.",
     "black-and-white.only-option"),
])
def test_an_alarm_or_an_only_option_in_a_disputed_view_is_not_the_authors(tmp_path, text, rule):
    assert rule not in rules_of(findings_of(tmp_path, text))


@pytest.mark.parametrize("text, rule", [
    ("The new dam is an existential threat to the valley, and the survey shows it.", "appeal-to-fear.grave-danger"),
    ("Pulling down the dam is an existential threat to the valley, and the survey shows it.",
     "appeal-to-fear.grave-danger"),
    ("There is no alternative for mending roads but a new tax, whatever the council says.", "black-and-white.only-option"),
    # a view named far from the cue: the cue is the author's own sentence again
    ("That is the claim that the mayor made on Monday before the vote in the hall, and so the only way to mend "
     "the roads is a new tax.", "black-and-white.only-option"),
])
def test_the_authors_own_alarm_or_only_option_stays(tmp_path, text, rule):
    assert rule in rules_of(findings_of(tmp_path, text))


# ------------------------------------------------------------------------ a label noun as a verb after a modal

@pytest.mark.parametrize("text", [
    "The board thinks it can fool the tenants twice with the same letter.",
    "The tenants think they can fool the board twice with the same letter.",
    "Nobody should fool themselves about the rent.",
])
def test_a_label_noun_after_a_modal_is_a_verb(tmp_path, text):
    assert not [f for f in findings_of(tmp_path, text) if f.technique == "name-calling" and "fool" in f.text.lower()]


def test_the_same_noun_as_a_label_stays_name_calling(tmp_path):
    text = "Only a fool would sign the board's letter, and the tenants know it."
    assert [f for f in findings_of(tmp_path, text) if f.technique == "name-calling" and "fool" in f.text.lower()]


# ------------------------------------------------------------------- a place named in each item of a list

@pytest.mark.parametrize("place", ["Freedonia", "Sylvania"])
def test_a_place_named_in_each_item_of_a_list_is_no_repetition(tmp_path, place):
    text = (f"Second, in {place}, the river authority has closed the northern weir of {place}; the ferry to the "
            f"islands of {place}, run by a private firm since the flood, has stopped for the winter season.")
    assert not [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


@pytest.mark.parametrize("place", ["Freedonia", "Sylvania"])
def test_short_parallel_clauses_on_a_name_stay_repetition(tmp_path, place):
    text = f"We work for {place}, we vote for {place}, we live for {place}, and nobody will tell us otherwise."
    assert [f for f in findings_of(tmp_path, text) if f.technique == "repetition"]


# --------------------------------------------------------- the density minimum asks more of someone else's words

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
    from medialit.analysis.techniques import Candidate, prepare, quoted_candidates
    path = tmp_path / "t.txt"
    path.write_text("Title\n\n" + sentence + "\n", encoding="utf-8")
    source = load_source(path)
    text = prepare(source)
    start, end = text.sentences[0]
    candidate = Candidate(start, end, "doubt.model-sentence", "doubt", 0.3, "reason", (), "sentence")
    assert quoted_candidates(source, text, [candidate], mostly=True) == [expected]
    assert quoted_candidates(source, text, [candidate]) == [False]     # the reason's note needs the whole span quoted


# ------------------------------------------------------------------------ an embedded post is its poster's words

POSTS = """The mayor answered on social media within the hour:
The council's vote tonight was shameful and reckless!
Our town deserves better.
— Mayor Ann Ortiz (@annortiz) March 3, 2021
A councillor replied:
The mayor's answer was shameful and reckless!
— Cllr Ben Moss (@benmoss) March 3, 2021
The council meets again on Friday, and the vote was shameful and reckless in the view of this newspaper.
"""


def test_an_embedded_post_runs_from_after_its_introduction_to_its_attribution():
    from medialit.analysis.detect_text import embedded_post_spans
    spans = embedded_post_spans(POSTS)
    assert [POSTS[s:e].strip() for s, e in spans] == [
        "The council's vote tonight was shameful and reckless!\nOur town deserves better.",
        "The mayor's answer was shameful and reckless!"]


def test_a_flag_inside_an_embedded_post_says_it_is_quoted_and_the_authors_own_does_not(tmp_path):
    findings = [f for f in findings_of(tmp_path, POSTS) if f.text.lower().startswith("shameful")]
    by_use = {}
    for f in findings:
        by_use.setdefault(f.start, set()).add(f.reason.startswith("In a quotation"))
    # both posters alike; the newspaper's own words last
    assert [by_use[start] for start in sorted(by_use)] == [{True}, {True}, {False}]


def test_the_minimum_forces_at_most_max_forced_flags_onto_a_long_text():
    from medialit.analysis.display import shown
    weak = [0.30, 0.29, 0.28, 0.27, 0.26]
    # 2,000 words with nothing at the threshold: one per 400 words would force all five weak flags ...
    assert shown(weak, [True] * 5, 2000, 0.5, floor=0.2, words_per_flag=400) == [True] * 5
    # ... the cap forces only the two surest; a flag at the threshold is never capped
    assert shown(weak, [True] * 5, 2000, 0.5, floor=0.2, words_per_flag=400, max_forced=2) == [True, True, False, False, False]
    assert shown([0.9, 0.8, 0.3], [True] * 3, 2000, 0.5, floor=0.2, words_per_flag=400, max_forced=1) == [True, True, True]
