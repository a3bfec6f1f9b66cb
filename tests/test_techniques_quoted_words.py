"""Whose word a flagged word in quotation marks is: a quoted speaker's, or the author's set apart."""

from __future__ import annotations

import pytest

from medialit.analysis.techniques import QUOTED_PREFIX, detect_techniques
from medialit.text.source import load_source


def reasons_for(tmp_path, text: str, word: str) -> list[str]:
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{text}\n", encoding="utf-8")
    # (the scare-quote rule flags the quotation marks themselves and says so in its own words)
    found = [f for f in detect_techniques(load_source(path)) if f.text.strip("“”\"") == word
             and f.rule != "doubt.scare-quotes"]
    assert found, f"no finding on {word!r}"
    return [f.reason for f in found]


@pytest.mark.parametrize("text", [
    "The “thugs” who run the council have decided to close the library on Sundays.",
    "Every “thug” on the council voted for the closure of the library last night.",
])
def test_a_word_set_in_quotation_marks_by_the_author_is_the_authors_word(tmp_path, text):
    assert not any(r.startswith(QUOTED_PREFIX) for r in reasons_for(tmp_path, text, "thugs" if "thugs" in text else "thug"))


@pytest.mark.parametrize("text", [
    "The mayor called the protesters “thugs” on Monday, and the council agreed with her.",
    "The mayor described the protesters as “thugs” in a post on Monday night.",
    "The mayor said: “These thugs will not take this city back from the people who live in it.”",
    "The protests pushed the police to act against “thugs”, the mayor's statement pointed out on Monday.",
])
def test_a_word_quoted_from_a_speaker_is_the_speakers(tmp_path, text):
    assert all(r.startswith(QUOTED_PREFIX) for r in reasons_for(tmp_path, text, "thugs"))
