"""Verbs of saying and what they make of a voice: more verbs and phrases of saying, in the progressive
too, each neutral or not; putting a thing somewhere and "states" as a noun say nothing; a report that
"states" is a cited document; "in someone's view" and a stance said with an adjective are positions; a
source that asked not to be named is reported by the verb that follows. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


@pytest.mark.parametrize("body, speaker, verb", [
    ("Dana Roe is predicting that the ferry will sail by June.", "Dana Roe", "predicting"),
    ("Tom Berg labeled the plan a waste of harbour money.", "Tom Berg", "labeled"),
    ("Mayor Ann Lee hinted that the pier would close.", "Mayor Ann Lee", "hinted"),
    ("Harbour Watch noticed that the buoys had moved.", "Harbour Watch", "noticed"),
    ("Dana Roe put it this way: the town cannot pay.", "Dana Roe", "put it"),
    ("Tom Berg made the point that the ferry runs empty.", "Tom Berg", "made the point"),
    ("Mayor Ann Lee released the following statement: the pier stays open.", "Mayor Ann Lee",
     "released the following statement"),
    ("Dana Roe wonders whether the ferry will run at all.", "Dana Roe", "wonders"),
])
def test_more_verbs_of_saying(tmp_path, body, speaker, verb):
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [(speaker, verb)]


@pytest.mark.parametrize("body, verb, neutral", [
    ("Mayor Ann Lee is thanking the volunteers who cleaned the pier.", "thanking", True),
    ("Tom Berg is touting the new ferry as the fastest on the coast.", "touting", False),
    ("Dana Roe was defending the harbour fee on local radio.", "defending", False),
])
def test_verbs_of_saying_in_the_progressive(tmp_path, body, verb, neutral):
    voice = voices_of(tmp_path, body)[0]
    assert (voice.verb, voice.verb_neutral) == (verb, neutral)


def test_putting_a_thing_somewhere_is_no_saying(tmp_path):
    assert voices_of(tmp_path, "Dana Roe put it on the table and left the room.") == []


def test_a_source_that_asked_not_to_be_named_is_reported_by_the_verb_that_follows(tmp_path):
    body = "A harbour board member who asked not to be named said the contract went to a friend of the chair."
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "A harbour board member" and not voice.named
    assert voice.verb == "said"


# ---------------------------------------------------------------------------- cited documents and positions


def test_a_report_that_states_what_follows_is_a_cited_document(tmp_path):
    body = ("A 2021 report by the Harbour Council states that nine of the ten wells were tested.\n\n"
            "The council report concluded: the water was safe to drink.")
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.verb, v.kind) for v in voices] == [
        ("Harbour Council", "states", "cited document"), ("council report", "concluded", "cited document")]


def test_states_as_a_noun_after_a_report_reports_nothing(tmp_path):
    body = "The report states the obvious, and a survey of the states found no change."
    assert [v.verb for v in voices_of(tmp_path, body)] == ["found"]


def test_in_someones_view_is_their_position(tmp_path):
    voice = voices_of(tmp_path, "The answer, in Professor Dana Roe's view, is more dredging.")[0]
    assert (voice.speaker, voice.kind) == ("Professor Dana Roe", "position")


@pytest.mark.parametrize("body, verb", [
    ("Mayor Ann Lee is concerned about the cost of the new pier.", "is concerned about"),
    ("Tom Berg was critical of the ferry timetable.", "was critical of"),
    ("Dana Roe is refusing to sign the harbour lease.", "refusing"),
])
def test_a_stance_said_with_an_adjective_is_a_position(tmp_path, body, verb):
    voice = voices_of(tmp_path, body)[0]
    assert (voice.verb, voice.kind) == (verb, "position")
