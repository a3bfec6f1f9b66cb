"""Whose words a flagged word in quotation marks is, as its reason says: a quoted speaker's ("In a
quotation ..."), whether a short quotation after a verb of saying ("calling the budget a “shameful
disgrace”"), a whole quoted sentence, or an embedded social-media post (which runs from after its
introduction to its attribution line); or the author's own, set apart in quotation marks, and the author's
words after a post. The same rules for every speaker (mirror cases). Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of

from medialit.analysis.techniques import QUOTED_PREFIX


def reasons_for(tmp_path, text: str, words: tuple[str, ...]) -> list[str]:
    """The reasons of every finding, weak ones too, on exactly ``words`` (quotation marks aside)."""
    # (the scare-quote rule flags the quotation marks themselves and says so in its own words)
    found = [f for f in findings_of(tmp_path, "The vote is on Monday. " + text)
             if f.text.strip("“”\"") in words and f.rule != "doubt.scare-quotes"]
    assert found, f"no finding on any of {words!r}"
    return [f.reason for f in found]


SPEAKER_QUOTED = [
    ("The mayor called the protesters “thugs” on Monday, and the council agreed with her.", ("thugs",)),
    ("The mayor described the protesters as “thugs” in a post on Monday night.", ("thugs",)),
    ("The mayor said: “These thugs will not take this city back from the people who live in it.”", ("thugs",)),
    ("The protests pushed the police to act against “thugs”, the mayor's statement pointed out on Monday.", ("thugs",)),
]
# Mirror cases: the same short quotation, whichever side's speaker says it.
SHORT_QUOTATIONS = [
    ("{side} drew cheers for calling the budget a “shameful disgrace” at the rally.",
     ("shameful disgrace", "disgrace", "shameful")),
    ("{side} is accusing the agency of being run by “corrupt thugs” again.", ("corrupt thugs", "thugs", "corrupt")),
]
SIDES = ["The governor", "The opposition leader"]


@pytest.mark.parametrize("text, words", SPEAKER_QUOTED + [(sentence.format(side=side), words)
                                                          for sentence, words in SHORT_QUOTATIONS for side in SIDES])
def test_a_word_quoted_from_a_speaker_is_noted_as_the_speakers(tmp_path, text, words):
    assert all(r.startswith(QUOTED_PREFIX) for r in reasons_for(tmp_path, text, words))


@pytest.mark.parametrize("text, words", [
    ("The “thugs” who run the council have decided to close the library on Sundays.", ("thugs",)),
    ("Every “thug” on the council voted for the closure of the library last night.", ("thug",)),
    ("The “shameful disgrace” of a budget passed anyway.", ("shameful disgrace", "disgrace")),
])
def test_a_word_set_in_quotation_marks_by_the_author_is_the_authors_word(tmp_path, text, words):
    assert not any(r.startswith(QUOTED_PREFIX) for r in reasons_for(tmp_path, text, words))


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
        by_use.setdefault(f.start, set()).add(f.reason.startswith(QUOTED_PREFIX))
    # both posters alike; the newspaper's own words last
    assert [by_use[start] for start in sorted(by_use)] == [{True}, {True}, {False}]
