"""A one-word name that nothing in the text shows to be a person's is listed as a name of no known kind
(issue 16, lead's read of three new texts: a video agency, a website and an armed group were all "person")."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def named_kinds(tmp_path: Path, body: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{body}\n", encoding="utf-8")
    return {v.speaker: (v.speaker_type, v.role) for v in detect_voices(load_source(path)) if v.named}


@pytest.mark.parametrize("body, name", [
    ("According to Harbourwatch, the port will close two of its four piers in the spring.", "Harbourwatch"),
    ("A Tidecam video shows hundreds of people waiting at the ferry terminal on Monday night.", "Tidecam"),
    ("Fenwald has vowed to block the new road, as it has done before. The council did not reply.", "Fenwald"),
])
def test_a_one_word_name_of_no_known_kind_is_not_called_a_person(tmp_path, body, name):
    assert named_kinds(tmp_path, body)[name] == ("name", "named")


@pytest.mark.parametrize("body, name", [
    ("Mayor Lindqvist said the port would close two piers.\n\nLindqvist said the piers were unsafe.", "Lindqvist"),
    ("Jonas Lindqvist owns the ferry line.\n\nLindqvist said the piers were unsafe.", "Lindqvist"),
    ("Lindqvist said the piers were unsafe.\n\nHe added that the council had known for years.", "Lindqvist"),
    ("Lindqvist said his ferries would stop at the old pier until May.", "Lindqvist"),
])
def test_a_title_a_first_name_or_he_shows_a_person(tmp_path, body, name):
    assert named_kinds(tmp_path, body)[name][0] == "person"


def test_he_opening_a_later_sentence_about_someone_else_shows_nothing(tmp_path):
    body = ("The pier is used by Harbourwatch and the ferry line.\n\nHe said the piers were unsafe, Mayor Jo Lind "
            "told reporters.\n\nHarbourwatch has vowed to block the closure.")
    assert named_kinds(tmp_path, body)["Harbourwatch"] == ("name", "named")


@pytest.mark.parametrize("body, speaker", [
    ("This winter is very different, doctors warn.", "doctors"),
    ("Experts warn that the harbour wall will not last another winter.", "Experts"),
    ("Officials admit the pier has not been inspected since 2019.", "Officials"),
    ("Residents point out that the ferry has been late every day this month.", "Residents"),
])
def test_a_group_speaks_in_the_plural_present_of_a_colouring_verb(tmp_path, body, speaker):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{body}\n", encoding="utf-8")
    voices = detect_voices(load_source(path))
    assert any(v.speaker and v.speaker.endswith(speaker) and not v.named for v in voices), voices


@pytest.mark.parametrize("body, speaker", [
    ("The regulator said the kettles were unsafe and should be returned to the shops.", "The regulator"),
    ("The chief inspector said the kettles were unsafe and should be returned to the shops.", "The chief inspector"),
])
def test_a_regulator_or_an_inspector_is_an_unnamed_official_voice(tmp_path, body, speaker):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{body}\n", encoding="utf-8")
    voices = detect_voices(load_source(path))
    assert [(v.speaker, v.named, v.role) for v in voices] == [(speaker, False, "official")]


def test_a_commander_before_a_name_is_an_official(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\n\nHarbour Guard commander Jo Lindqvist said the patrol boats were ready.\n",
                    encoding="utf-8")
    voices = detect_voices(load_source(path))
    assert [(v.speaker, v.role) for v in voices] == [("Jo Lindqvist", "official")]


@pytest.mark.parametrize("body, speaker, role", [
    ("Residents of Harbour City say the water has been brown since the storm.", "Residents of Harbour City", "people"),
    ("Officials in Lorvik County said the bridge would stay closed until May.", "Officials in Lorvik County", "official"),
])
def test_a_group_of_a_named_place_is_unnamed(tmp_path, body, speaker, role):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{body}\n", encoding="utf-8")
    voices = detect_voices(load_source(path))
    assert [(v.speaker, v.named, v.role) for v in voices] == [(speaker, False, role)]


def test_a_body_whose_name_holds_of_stays_named(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\n\nFriends of the Harbour said the new pier would harm the birds.\n",
                    encoding="utf-8")
    assert [(v.speaker, v.named) for v in detect_voices(load_source(path))] == [("Friends of the Harbour", True)]


@pytest.mark.parametrize("opening", ["Many", "Some", "Most"])
def test_a_share_of_a_group_is_the_group_not_of_the_group(tmp_path, opening):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n\n{opening} of the residents said the new pier was too short for their boats.\n",
                    encoding="utf-8")
    assert [v.speaker for v in detect_voices(load_source(path))] == ["the residents"]
