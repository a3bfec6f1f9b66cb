"""A person described by a role ("Northland's finance minister said ...") and the one holder of that role the
text names ("Finance Minister Jean Dupont said ...") are one voice in the heard list; where the text names two
holders, ties the holder to another place, or another speaker comes between, the description stays unnamed.
``detect_voices`` keeps the description unnamed. Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import heard_of, voices_of

_NAMED_LATER = ("Northland's finance minister said on Monday that the budget would be cut.\n\n"
                "Later, Finance Minister Jean Dupont said the cuts would spare schools.")


def test_a_description_and_the_holder_named_later_are_one_voice(tmp_path):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, _NAMED_LATER)][0] == (
        "Northland's finance minister", False)
    assert [(v.speaker, v.named, v.role) for v in heard_of(tmp_path, _NAMED_LATER)] == [
        ("Finance Minister Jean Dupont", True, "official"), ("Finance Minister Jean Dupont", True, "official")]


def test_a_holder_set_off_after_the_name_is_found(tmp_path):
    body = ("Jean Dupont, the finance minister, opened the port on Friday.\n\n"
            "The finance minister said the cuts would spare schools.")
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)] == [("Jean Dupont", True)]


def test_two_holders_leave_the_description_unnamed(tmp_path):
    body = _NAMED_LATER + "\n\nSouthland's Finance Minister Ann Lee said her country would not follow."
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)][0] == ("Northland's finance minister", False)


def test_a_holder_of_another_place_is_not_the_one_described(tmp_path):
    """Mirror image: Southland's minister described, Northland's named: not one voice either way."""
    body = ("Southland's finance minister said on Monday that the budget would be cut.\n\n"
            "Later, Northland Finance Minister Jean Dupont said the cuts would spare schools.")
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)][0] == ("Southland's finance minister", False)


def test_another_speaker_before_the_description_keeps_it_unnamed(tmp_path):
    body = ("Ann Lee, the harbour master, said the docks were full. The finance minister said the tolls would rise.\n\n"
            "Later, Finance Minister Jean Dupont said the cuts would spare schools.")
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)][1] == ("The finance minister", False)
