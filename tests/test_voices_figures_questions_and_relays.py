"""What makes no speaker, or no unnamed person: a figure before a speaker, a question the writer asks about
someone, a participle that describes a group, a medium that relays another speaker's words, and a body
named by a common noun (typed an organisation); small texts of our own, with mirror images."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def voices_of(tmp_path: Path, body: str):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return detect_voices(load_source(path))


@pytest.mark.parametrize("body, speaker", [
    ("Workers left after the board offered a 3% raise, well below the 9% the union had demanded.", "the union"),
    ("Managers left after the union asked for a 9% raise, far above the 3% the board had demanded.", "the board"),
])
def test_a_figure_is_never_part_of_a_speaker(tmp_path, body, speaker):
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert speaker in speakers
    assert not any(any(c.isdigit() for c in s or "") for s in speakers)


@pytest.mark.parametrize("subject", ["the council", "the mayor"])
def test_a_question_the_writer_asks_about_someone_is_no_attribution(tmp_path, subject):
    asked = voices_of(tmp_path, f"Why has {subject} never mentioned this study? Nobody knows.")
    stated = voices_of(tmp_path, f"{subject.capitalize()} never mentioned the study.")
    assert asked == []
    assert [v.verb for v in stated] == ["mentioned"]


@pytest.mark.parametrize("body", [
    "Leaders praising the governor, calling for calm, met on Monday.",
    "Leaders criticising the governor, calling for change, met on Monday.",
])
def test_a_participle_that_describes_a_group_gives_it_no_words(tmp_path, body):
    assert voices_of(tmp_path, body) == []


@pytest.mark.parametrize("speaker", ["Minister Jo Lane", "Senator Tom Berg"])
def test_a_medium_relaying_a_quotation_is_not_its_speaker(tmp_path, speaker):
    voices = voices_of(tmp_path, f"{speaker} told the Harbour Post, as reported by Channel Nine: “We will not sign.”")
    assert [v.speaker for v in voices] == [speaker]


def test_a_medium_reporting_on_its_own_is_still_cited(tmp_path):
    voices = voices_of(tmp_path, "The deal was reported by Channel Nine on Monday.")
    assert [v.speaker for v in voices] == ["Channel Nine"]


@pytest.mark.parametrize("body, speaker", [
    ("The national anti-doping agency said the tests were clean.", "The national anti-doping agency"),
    ("The dockers' union said the talks had failed.", "The dockers' union"),
])
def test_a_body_in_lower_case_is_an_organisation_not_an_unnamed_person(tmp_path, body, speaker):
    voice = next(v for v in voices_of(tmp_path, body))
    assert (voice.speaker, voice.named, voice.role) == (speaker, False, "organisation")


@pytest.mark.parametrize("body, speaker", [
    ("Grain traders said prices rose.", "Grain traders"),
    ("Prices rose. Coffee growers told the paper that the rains came late.", "Coffee growers"),
    ("But shipping brokers warned that fees would climb.", "shipping brokers"),
])
def test_a_plural_noun_of_people_by_its_shape_speaks_unnamed(tmp_path, body, speaker):
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.named) for v in voices] == [(speaker, False)]


@pytest.mark.parametrize("body", [
    "The numbers said little about the harbour.",
    "When local dealers say so, nobody listens.",
    "The port and its dealers said nothing new.",
])
def test_a_noun_of_that_shape_that_is_no_group_of_people_does_not_speak(tmp_path, body):
    assert voices_of(tmp_path, body) == []


@pytest.mark.parametrize("body, role", [
    ("Among the guests was the new Harbourland prime minister, Tom Berg, who told the summit that talks must go on.",
     "official"),
    ("The visiting professor, Ann Lee, said the data were thin.", "expert"),
])
def test_a_role_set_off_before_a_name_types_the_person(tmp_path, body, role):
    voice = next(v for v in voices_of(tmp_path, body) if v.named)
    assert voice.role == role


def test_a_phrase_about_something_else_before_a_name_gives_no_role(tmp_path):
    voice = next(v for v in voices_of(tmp_path, "On the campaign trail, Tom Berg said the talks must go on."))
    assert (voice.speaker, voice.role) == ("Tom Berg", "person")
