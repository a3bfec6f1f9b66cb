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


# ------------------------------------------------------------------ recall on PolNeAR train (round 6)

import pytest  # noqa: E402


@pytest.mark.parametrize("body, speaker, verb", [
    ("Dana Roe is predicting that the ferry will sail by June.", "Dana Roe", "predicting"),
    ("Tom Berg labeled the plan a waste of harbour money.", "Tom Berg", "labeled"),
    ("Mayor Ann Lee hinted that the pier would close.", "Mayor Ann Lee", "hinted"),
    ("Harbour Watch noticed that the buoys had moved.", "Harbour Watch", "noticed"),
    ("Dana Roe put it this way: the town cannot pay.", "Dana Roe", "put it"),
    ("Tom Berg made the point that the ferry runs empty.", "Tom Berg", "made the point"),
    ("Mayor Ann Lee released the following statement: the pier stays open.", "Mayor Ann Lee",
     "released the following statement"),
    ("Dana Roe wonders whether the ferry will run at all.", "Dana Roe", "wonders"),
])
def test_more_verbs_of_saying(tmp_path, body, speaker, verb):
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [(speaker, verb)]


def test_putting_a_thing_somewhere_is_no_saying(tmp_path):
    assert voices_of(tmp_path, "Dana Roe put it on the table and left the room.") == []


def test_in_someones_view_is_their_position(tmp_path):
    voice = voices_of(tmp_path, "The answer, in Professor Dana Roe's view, is more dredging.")[0]
    assert (voice.speaker, voice.kind) == ("Professor Dana Roe", "position")


def test_advocacy_groups_are_unnamed_sources(tmp_path):
    voice = voices_of(tmp_path, "Eleven advocacy groups say the harbour fee is unfair.")[0]
    assert voice.speaker == "Eleven advocacy groups" and not voice.named


def test_a_phrase_of_time_opening_a_sentence_is_no_speaker(tmp_path):
    body = "In the 1990 campaign, Roe and his future harbour chief, Tom Berg, criticized the mayor's pier plan."
    assert "the 1990 campaign" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_what_an_inverted_verb_criticized_is_no_speaker(tmp_path):
    body = "Roe and Berg, the harbour chiefs, criticized Mayor Ann Lee's way of running the Harbour Board."
    assert "Mayor Ann Lee" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_role_owned_by_a_name_before_an_inverted_speaker_stays(tmp_path):
    body = "“The pier is safe,” said Roe’s top harbour aide Tom Berg."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Tom Berg"]


def test_a_monitor_or_an_observatory_is_an_organisation(tmp_path):
    body = "According to the independent Harbour Rights Monitor, the shelling went on for nine days."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.speaker_type) == ("Harbour Rights Monitor", "organisation")


def test_a_pronouns_person_keeps_a_titles_of(tmp_path):
    body = ("Sen. Dana Roe of Harbourland told U.S. Secretary of State Tom Berg on Tuesday that the port must "
            "open. “Why can’t the families leave?” he pressed.")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert len(speakers) == 2 and "Secretary" not in speakers


def test_a_role_named_after_a_comma_is_that_person(tmp_path):
    body = "According to American historian, Chris Kell, and British scholar Ann Lee, the blockade failed."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.named, voice.role) == ("Chris Kell", True, "expert")


def test_a_person_described_by_a_show_is_no_organisation(tmp_path):
    body = "According to The Harbour Show actress, the town had ignored the warnings."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.named) == ("The Harbour Show actress", False)


def test_the_heard_list_names_a_person_described_by_a_show(tmp_path):
    body = ("The Harbour Show star Jo Lane said the pier was a disgrace.\n\n"
            "According to The Harbour Show actress, the town had ignored the warnings.")
    assert [(v.speaker, v.named) for v in heard_of(tmp_path, body)] == [("Jo Lane", True), ("Jo Lane", True)]


def test_a_poll_named_by_its_maker_keeps_its_maker(tmp_path):
    voice = voices_of(tmp_path, "Roe leads, according to a Harbour Post poll.")[0]
    assert voice.speaker == "Harbour Post" and voice.named


def test_a_subjects_own_predicate_between_commas_ends_its_attribution(tmp_path):
    body = ("Port Tallow, just like the other ports in the region, has a pact with the navy which might be used if "
            "the Harbour League, or anyone else, attacked.")
    assert "Port Tallow" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_relative_clause_between_commas_keeps_its_speaker(tmp_path):
    body = "Tom Berg, whose town, Port Tallow, is sinking, argues that the dykes are enough."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Tom Berg"]


def test_a_group_described_is_unnamed_and_a_group_named_is_an_organisation(tmp_path):
    body = ("A major Harbourite civil rights group says the fee is unfair.\n\n"
            "The Tallow Intelligence Group said the fee was fair.")
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [
        ("A major Harbourite civil rights group", False), ("Tallow Intelligence Group", True)]


@pytest.mark.parametrize("body, speaker", [
    ("Officials familiar with the pier plan said it would cost more.", "Officials familiar with the pier plan"),
    ("Democrats trying to win back the county in November say the race is close.",
     "Democrats trying to win back the county in November"),
    ("Voters who backed the mayor in 2019 say they feel let down.", "Voters who backed the mayor in 2019"),
])
def test_a_plural_group_described_before_its_verb_is_an_unnamed_source(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


@pytest.mark.parametrize("body, verb", [
    ("Mayor Ann Lee is concerned about the cost of the new pier.", "is concerned about"),
    ("Tom Berg was critical of the ferry timetable.", "was critical of"),
    ("Dana Roe is refusing to sign the harbour lease.", "refusing"),
])
def test_a_stance_said_with_an_adjective_is_a_position(tmp_path, body, verb):
    voice = voices_of(tmp_path, body)[0]
    assert (voice.verb, voice.kind) == (verb, "position")


@pytest.mark.parametrize("body, verb, neutral", [
    ("Mayor Ann Lee is thanking the volunteers who cleaned the pier.", "thanking", True),
    ("Tom Berg is touting the new ferry as the fastest on the coast.", "touting", False),
    ("Dana Roe was defending the harbour fee on local radio.", "defending", False),
])
def test_verbs_of_saying_in_the_progressive(tmp_path, body, verb, neutral):
    voice = voices_of(tmp_path, body)[0]
    assert (voice.verb, voice.verb_neutral) == (verb, neutral)
