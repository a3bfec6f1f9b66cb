"""Voices on real news layouts (issue 16, vo-18): each case is a cause of a wrong or missed speaker found
on the PolNeAR train split, written as a small text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def voices_of(tmp_path: Path, body: str, topics: str = "[harbour]"):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\ntopics: {topics}\n---\n{body}\n", encoding="utf-8")
    return detect_voices(load_source(path))


def speakers(tmp_path: Path, body: str) -> list[str]:
    return [v.speaker for v in voices_of(tmp_path, body)]


def test_a_name_inside_a_quotation_in_two_apostrophes_is_no_speaker(tmp_path):
    body = "''If Dana Roe thinks the pier can wait, she is wrong,'' Ms. Lee said on Monday."
    assert speakers(tmp_path, body) == ["Ms. Lee"]


def test_a_pronoun_stands_for_one_person_never_for_two_joined_by_and(tmp_path):
    body = "Roe and Ms. Lee said the pier would stay. “It took ten years,” she said."
    assert speakers(tmp_path, body) == ["Roe and Ms. Lee"]


def test_a_name_never_starts_inside_a_word_but_a_live_blogs_time_is_cut_off(tmp_path):
    body = ("Fewer people fished this year, according to recent data from harbourScore.\n\n"
            "9:52PMDana Roe Says The Pier Will Stay Open.")
    assert speakers(tmp_path, body) == ["Dana Roe"]


@pytest.mark.parametrize("body, speaker", [
    ("New polls released Sunday showed Roe taking a lead at the harbour.", "New polls released Sunday"),
    ("The pier lost money, according to unofficial harbour results tallied through Wednesday afternoon.",
     "unofficial harbour results tallied through Wednesday afternoon"),
    ("The pier lost money, according to a memo released Friday by the harbour's watchdog.",
     "memo released Friday by the harbour's watchdog"),
])
def test_an_unnamed_document_keeps_the_date_that_identifies_it(tmp_path, body, speaker):
    [voice] = voices_of(tmp_path, body)
    assert (voice.speaker, voice.named, voice.kind) == (speaker, False, "cited document")


def test_a_named_maker_stays_the_speaker_of_a_dated_document(tmp_path):
    [voice] = voices_of(tmp_path, "A poll from Marquette Law School released Monday showed Roe ahead.")
    assert (voice.speaker, voice.named) == ("Marquette Law School", True)
