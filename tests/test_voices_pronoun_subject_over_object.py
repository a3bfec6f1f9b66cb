"""A "he" or "she" after a sentence where one person tells or presses another speaks for the subject (the
last speaker), never the object, however the object's title is written ("U.S. Secretary of State ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def speakers_of(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return [v.speaker for v in detect_voices(load_source(path))]


@pytest.mark.parametrize("subject, told", [
    ("Sen. Ann Roe", "U.S. Secretary of State Jane Moss"),
    ("U.S. Secretary of State Jane Moss", "Sen. Ann Roe"),
])
def test_the_pronoun_after_a_telling_is_the_tellers(tmp_path, subject, told):
    speakers = speakers_of(tmp_path, f"{subject} told {told} that the families waited for days.\n\n"
                                     "“Why can the gate not open for them?” she pressed.")
    assert speakers == [subject, subject]
