"""Groups and bodies as speakers (issue 16): a group with a phrase after it, a body named by a common noun, a
group "of" a name, and one person described by a role; small texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.voices_text import source_of, voices_of

from medialit.analysis.voices import detect_voices, heard_voices, load_voice_data, speaks_as_body, summarize_voices


def only_voice(tmp_path: Path, body: str):
    voices = voices_of(tmp_path, body)
    assert len(voices) == 1, [v.speaker for v in voices]
    return voices[0]


@pytest.mark.parametrize("body, speaker, verb", [
    ("Critics of the plan said the pier would block the view.", "Critics of the plan", "said"),
    ("Residents of the town said they were never asked.", "Residents of the town", "said"),
    ("Doctors at the clinic warn that the dust could harm children.", "Doctors at the clinic", "warn"),
    ("Some residents of the area said the water smelled.", "Some residents of the area", "said"),
    ("An official at the embassy said the talks were over.", "An official at the embassy", "said"),
    ("On Monday critics of the plan said it was late.", "critics of the plan", "said"),
    ("Half of voters in each district say the road is unsafe.", "Half of voters in each district", "say"),
])
def test_a_group_with_a_phrase_after_it_speaks_unnamed(tmp_path, body, speaker, verb):
    voice = only_voice(tmp_path, body)
    assert (voice.speaker, voice.verb, voice.named) == (speaker, verb, False)


@pytest.mark.parametrize("body, speaker", [
    ("The ferry ran again in May, a month since harbour officials declared the pier safe.", "harbour officials"),
    ("The pier reopened a week after harbour officials said it was safe.", "harbour officials"),
])
def test_the_words_before_a_clause_opener_are_not_the_groups_name(tmp_path, body, speaker):
    """"a month since harbour officials declared": the officials speak; "a month since" says when."""
    assert only_voice(tmp_path, body).speaker == speaker


def test_a_group_in_a_named_place_keeps_its_whole_speaker(tmp_path):
    voice = only_voice(tmp_path, "Health officials in Harbour County say the risk is small.")
    assert (voice.speaker, voice.named, voice.role) == ("Health officials in Harbour County", False, "official")


def test_the_groups_phrase_rule_fires_on_either_side(tmp_path):
    """Mirror image: supporters and opponents of one plan are found alike."""
    body = "Supporters of the harbour plan said it brings jobs. Opponents of the harbour plan said it costs too much."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [
        ("Supporters of the harbour plan", False), ("Opponents of the harbour plan", False)]


@pytest.mark.parametrize("body", [
    "When a member of the choir suggested a walk, nobody answered.",
    "Mr. Berg, former host of the quiz show “Harbour Nights”, left early.",
])
def test_a_clause_opener_or_a_noun_ends_no_groups_phrase(tmp_path, body):
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert "when a member of the choir" not in [s.lower() for s in speakers if s]
    assert not any(s and s.endswith("the quiz") for s in speakers)


@pytest.mark.parametrize("body", [
    "The deal keeps the port open, according to proponents of the HPA.",
    "“It is a fair deal,” said proponents of the HPA.",
    "The proponents of the HPA argue that the deal is fair.",
])
def test_a_group_of_a_name_is_the_group_not_the_name(tmp_path, body):
    voice = only_voice(tmp_path, body)
    assert voice.speaker == "proponents of the HPA" and not voice.named and voice.speaker_type == "unnamed"


def test_supporters_of_a_person_speak_not_the_person(tmp_path):
    voice = only_voice(tmp_path, "Supporters of Dana Roe wondered why the vote was late.")
    assert not voice.named and "Dana Roe" in voice.speaker


def test_a_document_from_a_body_keeps_its_maker(tmp_path):
    voice = only_voice(tmp_path, "The tide is rising, according to a report from the Harbour Institute.")
    assert voice.named and voice.speaker == "Harbour Institute"


@pytest.mark.parametrize("body, speaker", [
    ("The food watchdog said the fish were safe to eat.", "The food watchdog"),
    ("A consumer watchdog warned that the label was wrong.", "A consumer watchdog"),
    ("The election commission said the count was over.", "The election commission"),
    ("The port authority said the ferry would sail.", "The port authority"),
])
def test_a_body_named_by_a_common_noun_speaks_unnamed(tmp_path, body, speaker):
    voice = only_voice(tmp_path, body)
    assert (voice.speaker, voice.named) == (speaker, False)
    assert speaks_as_body(voice.speaker, load_voice_data())


def test_a_body_named_with_capitals_stays_named(tmp_path):
    voice = only_voice(tmp_path, "The Harbour Port Authority said the ferry would sail.")
    assert voice.named and voice.speaker_type == "organisation"


def test_one_person_described_by_a_role_is_a_person_not_an_unnamed_source(tmp_path):
    source = source_of(tmp_path, "Jo Lane said the harbour would stay open. The Harbourland prime minister said "
                                 "the port was safe.")
    voices = detect_voices(source)
    described = next(v for v in voices if v.speaker == "The Harbourland prime minister")
    assert (described.named, described.speaker_type, described.role) == (False, "person", "official")
    assert all(v.speaker_type == "person" for v in heard_voices(source, voices))
    assert described.speaker not in [v.speaker for v in summarize_voices(source, voices).unnamed]
