"""A flag on someone else's words says so in its reason ("In a quotation ..."): a short quotation after a
verb of saying ("calling the budget a “shameful disgrace”"), and an embedded social-media post, which runs
from after its introduction to its attribution line. Words the author sets in quotation marks, and the
author's own words after a post, are not noted as quoted. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


@pytest.mark.parametrize("side", ["The governor", "The opposition leader"])
@pytest.mark.parametrize("sentence", ["{side} drew cheers for calling the budget a “shameful disgrace” at the rally.",
                                      "{side} is accusing the agency of being run by “corrupt thugs” again."])
def test_a_short_quotation_after_a_verb_of_saying_is_noted_as_someone_elses_words(tmp_path, side, sentence):
    findings = findings_of(tmp_path, "The vote is on Monday. " + sentence.format(side=side), threshold=0.0)
    inside = [f for f in findings if f.level == "word" and f.rule != "doubt.scare-quotes"
              and f.text.strip("“”") in ("shameful disgrace", "disgrace", "shameful", "corrupt thugs", "thugs", "corrupt")]
    assert inside
    assert all(f.reason.startswith("In a quotation") for f in inside)


def test_a_word_the_author_sets_in_quotation_marks_is_not_noted_as_quoted(tmp_path):
    findings = findings_of(tmp_path, "The vote is on Monday. The “shameful disgrace” of a budget passed anyway.",
                           threshold=0.0)
    inside = [f for f in findings if f.level == "word" and f.rule != "doubt.scare-quotes"
              and "disgrace" in f.text]
    assert inside
    assert not any(f.reason.startswith("In a quotation") for f in inside)


# ------------------------------------------------------------------- an embedded post is its poster's words


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
