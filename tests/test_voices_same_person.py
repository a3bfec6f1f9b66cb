"""One person under several names: the heard list names a person once, whatever the form (a title, a
middle initial, another apostrophe, a nickname, a show that describes them) and with one role; "the
governor" is the one governor the text names, but stays unnamed where the text names two; a pronoun is
the person of its own paragraph and keeps a title's "of". Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import heard_of, source_of, voices_of

from medialit.analysis.voices import detect_voices, heard_voices, summarize_voices


def test_the_heard_list_names_one_person_once_whatever_the_form(tmp_path):
    body = ("President Dana Roe said the port would close.\n\nU.S. President Dana Roe said it again.\n\n"
            "The port is closing today, and it is the right call.\n\n— Dana J. Roe (@danaroe) May 2, 2024\n\n"
            "President Roe said more on Friday.")
    source = source_of(tmp_path, body)
    names = {v.speaker for v in heard_voices(source, detect_voices(source)) if v.named}
    assert names == {"President Dana Roe"}


def test_one_person_under_two_apostrophes_is_listed_once(tmp_path):
    body = "Jim O'Neil said the cost was high. O’Neil said the city would borrow."
    assert {v.speaker for v in heard_of(tmp_path, body)} == {"Jim O'Neil"}


def test_one_person_keeps_one_role_in_the_heard_list(tmp_path):
    body = ("Robert “Bob” Dane, the port director, said trucks would wait.\n\n"
            "Bob Dane said later that the wait was short.")
    assert {(v.speaker, v.role) for v in heard_of(tmp_path, body)} == {("Bob Dane", "official")}


def test_the_heard_list_names_a_person_described_by_a_show(tmp_path):
    body = ("The Harbour Show star Jo Lane said the pier was a disgrace.\n\n"
            "According to The Harbour Show actress, the town had ignored the warnings.")
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)] == [("Jo Lane", True), ("Jo Lane", True)]


# ----------------------------------------------------------------------------------- a title without a name


def test_the_governor_is_the_one_governor_the_text_names(tmp_path):
    body = ("The island will get $2 billion, according to a statement from Governor Ana Berg and Tom Lee, its "
            "delegate.\n\nBerg and Lee said the money would help.\n\nThe governor has asked Congress for $5 "
            "billion more.")
    source = source_of(tmp_path, body)
    assert [v.speaker for v in detect_voices(source) if not v.named] == ["The governor"]
    heard = heard_voices(source, detect_voices(source))
    assert [(v.speaker, v.named) for v in heard if v.paragraph == 3] == [("Governor Ana Berg", True)]
    assert summarize_voices(source, detect_voices(source)).unnamed == ()


def test_the_title_stays_unnamed_where_the_text_names_two_holders(tmp_path):
    body = ("Governor Ana Berg said the island would get $2 billion.\n\nGovernor Tom Lee said his state would "
            "get less.\n\nThe governor has asked Congress for $5 billion more.")
    source = source_of(tmp_path, body)
    heard = heard_voices(source, detect_voices(source))
    assert [(v.speaker, v.named) for v in heard if v.paragraph == 3] == [("The governor", False)]


# ------------------------------------------------------------------------------------------------- pronouns


def test_a_pronoun_is_the_person_of_its_own_paragraph_not_of_the_one_before(tmp_path):
    body = ("Then Harbour Minister Ana Berg remarked that the pier was safe.\n\n"
            "On May 2, 2019, Tom Lee repeated his doubts, noting that “the pier is old.” In a letter to the "
            "board he stated that it “should be closed.”")
    voices = voices_of(tmp_path, body)
    assert [v.speaker for v in voices if v.verb == "stated"] == ["Tom Lee"]


def test_a_pronouns_person_keeps_a_titles_of(tmp_path):
    body = ("Sen. Dana Roe of Harbourland told U.S. Secretary of State Tom Berg on Tuesday that the port must "
            "open. “Why can’t the families leave?” he pressed.")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert len(speakers) == 2 and "Secretary" not in speakers


def test_a_title_alone_and_a_short_title_are_the_one_person_so_titled(tmp_path):
    body = ("Vice President Dana Roe said the talks would go on.\n\nLater the Vice President told reporters that no "
            "deal was near.\n\nVP Roe added that the talks had been long.")
    assert {v.speaker for v in heard_of(tmp_path, body) if v.named} == {"Vice President Dana Roe"}


def test_a_title_alone_stays_as_written_where_two_people_hold_it(tmp_path):
    body = ("Vice President Dana Roe said the talks would go on.\n\nVice President Tom Berg said they would end.\n\n"
            "Later the Vice President told reporters that no deal was near.")
    assert "Vice President" in {v.speaker for v in heard_of(tmp_path, body)}
