"""A "he" or "she" right after a description that speaks ("The party's nominee said ... She claimed") is the
person the sentence before the description names, where the text ties that person to the pronoun; otherwise
the description, as written. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


@pytest.mark.parametrize("name, pronoun, possessive", [("Jane Holt", "She", "she"), ("Tom Berg", "He", "he")])
def test_a_pronoun_after_a_description_is_the_person_named_before_it(tmp_path, name, pronoun, possessive):
    """Mirror image: a woman and a man named before the description are found alike."""
    body = (f"{name} spoke at the harbour where {possessive} grew up. The party's nominee said the wall would be "
            f"rebuilt. {pronoun} claimed the money had been spent elsewhere.")
    assert [(v.speaker, v.named, v.verb) for v in voices_of(tmp_path, body)] == [
        ("The party's nominee", False, "said"), (name, True, "claimed")]


def test_a_surname_subject_is_given_its_full_name(tmp_path):
    body = ("Marco Berg waved at Dana Roe on the ferry. Berg left the pier early because he had a meeting.\n\n"
            "The Harbour senator wants a second pier. He said the ferry was too small.")
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)][-1] == ("Marco Berg", True)


def test_a_pronoun_of_the_other_gender_stays_with_the_description(tmp_path):
    body = ("Tom Berg spoke at the harbour where he grew up. The mayor said the wall would be rebuilt. She claimed "
            "the money had been spent elsewhere.")
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("The mayor", False), ("The mayor", False)]


def test_a_middle_initial_opens_no_sentence(tmp_path):
    """"... that Director Jim B. Lake had praised her" holds no sentence whose subject is "Lake"."""
    body = ("Dana Roe said she was wrong when she wrote that Director Jim B. Lake had praised her. The nominee added "
            "that Lake meant one speech, but she insisted that the other speeches were hers.")
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)][-1] == ("Dana Roe", "insisted")
