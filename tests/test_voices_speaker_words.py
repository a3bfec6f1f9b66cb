"""Which words are a speaker: a day, a month, a phrase of time, a news label before a colon, a post's own
text before its signature, a name before a body in lower case, what an inverted verb criticized, or a
subject whose own predicate follows between commas are no speaker; a transcript's speaker before a colon,
a speaker after a relative clause between commas, a person after a role owned by a name, and the maker
of a poll or of a report named by its kind are. Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import voices_of


# ----------------------------------------------------------------------------------------------- no speaker


def test_a_day_is_no_maker_of_a_statement(tmp_path):
    body = "The ferry will run twice a day from May, according to Friday's statement."
    assert [v.speaker for v in voices_of(tmp_path, body) if v.named] == []


def test_a_report_after_a_month_keeps_no_maker(tmp_path):
    body = "In March in a short report the board observed that the pier is in poor repair."
    assert all(v.speaker != "In March" and v.speaker != "March" for v in voices_of(tmp_path, body))


def test_a_phrase_of_time_opening_a_sentence_is_no_speaker(tmp_path):
    body = "In the 1990 campaign, Roe and his future harbour chief, Tom Berg, criticized the mayor's pier plan."
    assert "the 1990 campaign" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_news_label_before_a_colon_is_no_speakers_first_name(tmp_path):
    body = "Latest Harbour Watch: “The ferry will not sail before noon.”"
    assert "Latest Harbour Watch" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_posts_own_text_before_its_signature_is_no_speaker(tmp_path):
    body = ("A timeline by a local blogger makes the point plainly:\n\n"
            "Newest Pier Warden: Saying they still cannot tell why the ferry turned back.\n"
            "theory looking good https://t.co/x1 — Kit Marlowe (@kitmarlowe) May 3, 2019")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert "Newest Pier Warden" not in speakers
    assert "Kit Marlowe" in speakers


def test_a_name_before_a_body_in_lower_case_is_no_speaker_itself(tmp_path):
    body = ("The mayor tried to keep the pier closed, according to emails unveiled by a Harbour committee looking "
            "into the closure.")
    speakers = [(v.speaker, v.named) for v in voices_of(tmp_path, body)]
    assert ("Harbour", True) not in speakers
    assert ("a Harbour committee", False) in speakers


def test_what_an_inverted_verb_criticized_is_no_speaker(tmp_path):
    body = "Roe and Berg, the harbour chiefs, criticized Mayor Ann Lee's way of running the Harbour Board."
    assert "Mayor Ann Lee" not in [v.speaker for v in voices_of(tmp_path, body)]


def test_a_subjects_own_predicate_between_commas_ends_its_attribution(tmp_path):
    body = ("Port Tallow, just like the other ports in the region, has a pact with the navy which might be used if "
            "the Harbour League, or anyone else, attacked.")
    assert "Port Tallow" not in [v.speaker for v in voices_of(tmp_path, body)]


# ---------------------------------------------------------------------------------------------- the speaker


def test_a_transcripts_speaker_before_a_colon_still_speaks(tmp_path):
    body = "Dana Fairweather: The ferry will sail at noon, weather permitting."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Dana Fairweather"]


def test_a_relative_clause_between_commas_keeps_its_speaker(tmp_path):
    body = "Tom Berg, whose town, Port Tallow, is sinking, argues that the dykes are enough."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Tom Berg"]


def test_a_role_owned_by_a_name_before_an_inverted_speaker_stays(tmp_path):
    body = "“The pier is safe,” said Roe’s top harbour aide Tom Berg."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Tom Berg"]


def test_a_poll_named_by_its_maker_keeps_its_maker(tmp_path):
    voice = voices_of(tmp_path, "Roe leads, according to a Harbour Post poll.")[0]
    assert voice.speaker == "Harbour Post" and voice.named


def test_a_report_named_by_its_kind_is_its_maker_s_that_opens_the_sentence(tmp_path):
    body = "Harbour Watch International in a 2019 report observed: “The pier is in poor repair.”"
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "Harbour Watch International" and voice.named
    assert voice.speaker_type == "organisation" and voice.kind == "cited document"
