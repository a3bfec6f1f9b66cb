"""Voices, round 6 (issue 16, helper vo-23): the voice errors earlier lesson reads noted, each a cause on
many texts (a post's text read as a speaker, a report that "states", role words, one person under two
names), and the rules that raised named-source recall on PolNeAR train; small texts of our own."""

from __future__ import annotations

from pathlib import Path

from medialit.analysis.voices import detect_voices, heard_voices
from medialit.text.source import load_source


def source_of(tmp_path: Path, body: str):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


def voices_of(tmp_path: Path, body: str):
    return detect_voices(source_of(tmp_path, body))


def heard_of(tmp_path: Path, body: str):
    source = source_of(tmp_path, body)
    return heard_voices(source, detect_voices(source))


def test_a_posts_own_text_before_its_signature_is_no_speaker(tmp_path):
    body = ("A timeline by a local blogger makes the point plainly:\n\n"
            "Newest Pier Warden: Saying they still cannot tell why the ferry turned back.\n"
            "theory looking good https://t.co/x1 — Kit Marlowe (@kitmarlowe) May 3, 2019")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert "Newest Pier Warden" not in speakers
    assert "Kit Marlowe" in speakers


def test_a_news_label_before_a_colon_is_no_speakers_first_name(tmp_path):
    body = "Latest Harbour Watch: “The ferry will not sail before noon.”"
    assert "Latest Harbour Watch" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_transcripts_speaker_before_a_colon_still_speaks(tmp_path):
    body = "Dana Fairweather: The ferry will sail at noon, weather permitting."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Dana Fairweather"]


def test_a_report_that_states_what_follows_is_a_cited_document(tmp_path):
    body = ("A 2021 report by the Harbour Council states that nine of the ten wells were tested.\n\n"
            "The council report concluded: the water was safe to drink.")
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.verb, v.kind) for v in voices] == [
        ("Harbour Council", "states", "cited document"), ("council report", "concluded", "cited document")]


def test_states_as_a_noun_after_a_report_reports_nothing(tmp_path):
    body = "The report states the obvious, and a survey of the states found no change."
    assert [v.verb for v in voices_of(tmp_path, body)] == ["found"]


def test_coordinators_and_directors_are_officials(tmp_path):
    body = ("“We checked every pipe,” said Dana Roe, the water coordinator for the county.\n\n"
            "The program director, Ann Lee, told reporters the plan had changed.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles == {"Dana Roe": "official", "Ann Lee": "official"}


def test_one_person_under_two_apostrophes_is_listed_once(tmp_path):
    body = "Jim O'Neil said the cost was high. O’Neil said the city would borrow."
    assert {v.speaker for v in heard_of(tmp_path, body)} == {"Jim O'Neil"}


def test_one_person_keeps_one_role_in_the_heard_list(tmp_path):
    body = ("Robert “Bob” Dane, the port director, said trucks would wait.\n\n"
            "Bob Dane said later that the wait was short.")
    assert {(v.speaker, v.role) for v in heard_of(tmp_path, body)} == {("Bob Dane", "official")}
