"""A person quoted by surname takes the role the text gave her when it first named her with a title, even
when she has two given names; two people who share a surname take no one's title. Texts are our own."""
import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def _roles(tmp_path, text):
    path = tmp_path / "talks.txt"
    path.write_text("Talks on the port\n\n" + text, encoding="utf-8")
    return {v.speaker: v.role for v in detect_voices(load_source(path)) if v.named}


@pytest.mark.parametrize("title, given", [("President", "Mary Ann"), ("Prime Minister", "Jean Paul"),
                                          ("Governor", "Ana")])
def test_a_surname_takes_the_title_given_before_it(tmp_path, title, given):
    roles = _roles(tmp_path, f"The talks began with {title} {given} Holt in the capital and went on for two days.\n\n"
                             "Holt later complained that the delegation had arrived late.\n")
    assert roles["Holt"] == "official"


def test_two_people_of_one_surname_take_no_title(tmp_path):
    roles = _roles(tmp_path, "The talks began with President Ann Holt in the capital and went on for two days.\n\n"
                             "Her cousin Tom Holt, who runs a bakery, also came.\n\n"
                             "Holt later complained that the delegation had arrived late.\n")
    assert roles["Holt"] != "official"
