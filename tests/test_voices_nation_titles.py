"""A title with a nation's adjective ("the French president said") is an unnamed voice of one person in
``detect_voices``; the heard list names the holder of the title the text names, where the text tells which
one. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import heard_of, voices_of


@pytest.mark.parametrize("body, speaker", [
    ("The French president said the state would pay.", "The French president"),
    ("The Harbourish chancellor told reporters that the talks would go on.", None),
    ("The German chancellor told reporters that the talks would go on.", "The German chancellor"),
    ("The British prime minister said the talks would go on.", "The British prime minister"),
])
def test_a_nations_title_is_one_unnamed_voice(tmp_path, body, speaker):
    voices = [(v.speaker, v.named) for v in voices_of(tmp_path, body)]
    assert voices == ([(speaker, False)] if speaker else [])


def test_a_former_holder_is_no_nations_title(tmp_path):
    assert voices_of(tmp_path, "The former French president said the state would pay.") == []


def test_the_heard_list_names_the_one_holder(tmp_path):
    body = "President Jean Lac visited the port on Friday. The French president said the state would pay."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("The French president", False)]
    assert [(v.speaker, v.named, v.role) for v in heard_of(tmp_path, body)] == [
        ("President Jean Lac", True, "official")]


def test_each_nations_title_is_its_own_holder(tmp_path):
    """Mirror image: the French and the Russian president, each named once, are each found alike."""
    body = ("President Jean Lac visited the port. The French president said the state would pay.\n\n"
            "Russian President Ivan Petrov spoke in his capital. The Russian president said the talks would go on.")
    assert [v.speaker for v in heard_of(tmp_path, body)] == ["President Jean Lac", "President Ivan Petrov"]


@pytest.mark.parametrize("body", [
    # another person named between the holder and the description may be meant
    "President Dana Roe met Jean Lac at the port. The French president said the ferry would run again.",
    # the text ties the holder to another nation
    "U.S. President Tom Berg met the press. The French president said the talks went well.",
    # another title
    "Vice President Ann Lee spoke first. The French president said the talks went well.",
])
def test_the_description_stays_unnamed_where_the_text_does_not_tell_who(tmp_path, body):
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)][-1] == ("The French president", False)
