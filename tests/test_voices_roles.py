"""Which role a speaker has (official, expert, people in the story, other named person): councillors,
coordinators and directors are officials; people joined by "and" share the role each was given; a title
before a sentence end is no first name, so the short name keeps the title's role; a role named after a
comma is that person's; people introduced by age or as a parent are people in the story, a plain name is
not. Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import source_of, voices_of

from medialit.analysis.voices import detect_voices, summarize_voices


def test_a_councillor_is_an_official(tmp_path):
    voice = voices_of(tmp_path, "Councillor Jo Brandt said the pool would reopen in June.")[0]
    assert voice.role == "official"


def test_coordinators_and_directors_are_officials(tmp_path):
    body = ("“We checked every pipe,” said Dana Roe, the water coordinator for the county.\n\n"
            "The program director, Ann Lee, told reporters the plan had changed.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles == {"Dana Roe": "official", "Ann Lee": "official"}


def test_people_joined_by_and_share_the_role_each_was_given(tmp_path):
    body = ("The town will get $3 million, according to a statement from Mayor Ana Berg and Tom Lee, the "
            "harbour's member of the U.S. Congress.\n\nBerg and Lee said the money would rebuild the pier.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles["Tom Lee"] == "official"
    assert roles["Berg and Lee"] == "official"


def test_a_title_given_before_a_sentence_end_is_no_first_name(tmp_path):
    body = ("Sen. Dana Roe (D-HB) questioned the head of the Office of Harbour Safety. Roe has accused him of "
            "hiding the figures.\n\nLater she spoke to Ann Lee of the Harbour Board. Roe said the board agreed.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles["Roe"] == "official"


def test_a_role_named_after_a_comma_is_that_person(tmp_path):
    body = "According to American historian, Chris Kell, and British scholar Ann Lee, the blockade failed."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.named, voice.role) == ("Chris Kell", True, "expert")


def test_people_introduced_by_age_or_as_a_parent_are_people_in_the_story(tmp_path):
    body = ("“The pool is too cold for the children,” said Ola Nyberg, whose son swims there.\n\n"
            "Kit Varga, 34, said the queue had been long all week.\n\n"
            "Mayor Ana Berg said the heating would be fixed.")
    source = source_of(tmp_path, body)
    summary = summarize_voices(source, detect_voices(source))
    by_role = {role: names for role, _, names in summary.by_role}
    assert set(by_role["people"]) == {"Ola Nyberg", "Kit Varga"}
    assert "people" not in {role for role, _ in summary.roles_missing}


def test_a_person_with_a_plain_name_stays_an_other_named_person(tmp_path):
    body = "Ola Nyberg, the harbour's new owner, said the ferry would stay."
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles["Ola Nyberg"] != "people"
