"""Voices on new texts, round 5 (issue 16, helper vr-25): each case is a voices row or a voice question a
teacher would not keep, found reading lessons on a wire report, a local news report, an op-ed and a
food scare written for this read; written as small texts of our own."""

from __future__ import annotations

from pathlib import Path

from medialit.analysis.voices import detect_voices, heard_voices, summarize_voices
from medialit.text.source import load_source


def source_of(tmp_path: Path, body: str):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


def voices_of(tmp_path: Path, body: str):
    return detect_voices(source_of(tmp_path, body))


def test_a_title_given_before_a_sentence_end_is_no_first_name(tmp_path):
    body = ("Sen. Dana Roe (D-HB) questioned the head of the Office of Harbour Safety. Roe has accused him of "
            "hiding the figures.\n\nLater she spoke to Ann Lee of the Harbour Board. Roe said the board agreed.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles["Roe"] == "official"


def test_a_source_that_asked_not_to_be_named_is_reported_by_the_verb_that_follows(tmp_path):
    body = "A harbour board member who asked not to be named said the contract went to a friend of the chair."
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "A harbour board member" and not voice.named
    assert voice.verb == "said"


def test_a_day_is_no_maker_of_a_statement(tmp_path):
    body = "The ferry will run twice a day from May, according to Friday's statement."
    assert [v.speaker for v in voices_of(tmp_path, body) if v.named] == []


def test_people_joined_by_and_share_the_role_each_was_given(tmp_path):
    body = ("The town will get $3 million, according to a statement from Mayor Ana Berg and Tom Lee, the "
            "harbour's member of the U.S. Congress.\n\nBerg and Lee said the money would rebuild the pier.")
    roles = {v.speaker: v.role for v in voices_of(tmp_path, body)}
    assert roles["Tom Lee"] == "official"
    assert roles["Berg and Lee"] == "official"


def test_a_councillor_is_an_official(tmp_path):
    voice = voices_of(tmp_path, "Councillor Jo Brandt said the pool would reopen in June.")[0]
    assert voice.role == "official"


def test_a_company_named_with_its_legal_form_is_an_organisation(tmp_path):
    body = ("The town hired Pierlight Ltd to run the ferry.\n\nPierlight said in a statement that every boat "
            "had passed its checks.")
    voice = [v for v in voices_of(tmp_path, body) if v.speaker == "Pierlight"][0]
    assert voice.speaker_type == "organisation" and voice.role == "organisation"


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


def test_the_heard_list_names_one_person_once_whatever_the_form(tmp_path):
    body = ("President Dana Roe said the port would close.\n\nU.S. President Dana Roe said it again.\n\n"
            "The port is closing today, and it is the right call.\n\n— Dana J. Roe (@danaroe) May 2, 2024\n\n"
            "President Roe said more on Friday.")
    source = source_of(tmp_path, body)
    names = {v.speaker for v in heard_voices(source, detect_voices(source)) if v.named}
    assert names == {"President Dana Roe"}


def test_the_governor_is_the_one_governor_the_text_names(tmp_path):
    body = ("The island will get $2 billion, according to a statement from Governor Ana Berg and Tom Lee, its "
            "delegate.\n\nBerg and Lee said the money would help.\n\nThe governor has asked Congress for $5 "
            "billion more.")
    source = source_of(tmp_path, body)
    assert [v.speaker for v in detect_voices(source) if not v.named] == ["The governor"]
    heard = heard_voices(source, detect_voices(source))
    assert [(v.speaker, v.named) for v in heard if v.paragraph == 3] == [("Governor Ana Berg", True)]
    assert summarize_voices(source, detect_voices(source)).unnamed == ()


def test_a_pronoun_is_the_person_of_its_own_paragraph_not_of_the_one_before(tmp_path):
    body = ("Then Harbour Minister Ana Berg remarked that the pier was safe.\n\n"
            "On May 2, 2019, Tom Lee repeated his doubts, noting that “the pier is old.” In a letter to the "
            "board he stated that it “should be closed.”")
    voices = voices_of(tmp_path, body)
    assert [v.speaker for v in voices if v.verb == "stated"] == ["Tom Lee"]


def test_the_title_stays_unnamed_where_the_text_names_two_holders(tmp_path):
    body = ("Governor Ana Berg said the island would get $2 billion.\n\nGovernor Tom Lee said his state would "
            "get less.\n\nThe governor has asked Congress for $5 billion more.")
    source = source_of(tmp_path, body)
    heard = heard_voices(source, detect_voices(source))
    assert [(v.speaker, v.named) for v in heard if v.paragraph == 3] == [("The governor", False)]


def test_a_report_named_by_its_kind_is_its_maker_s_that_opens_the_sentence(tmp_path):
    body = "Harbour Watch International in a 2019 report observed: “The pier is in poor repair.”"
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "Harbour Watch International" and voice.named
    assert voice.speaker_type == "organisation" and voice.kind == "cited document"


def test_a_report_after_a_month_keeps_no_maker(tmp_path):
    body = "In March in a short report the board observed that the pier is in poor repair."
    assert all(v.speaker != "In March" and v.speaker != "March" for v in voices_of(tmp_path, body))


def test_the_voices_table_lists_the_heard_voices(tmp_path):
    from medialit.lesson.bias import partial_context
    from medialit.analysis import analyze
    body = ("Harbour School closed its kitchen on Tuesday after 23 pupils and two teachers reported stomach pains "
            "over the weekend, the district health office said.")
    source = source_of(tmp_path, body)
    rows = partial_context(source, analyze(source))["heard_voices"]
    assert [v.speaker for v in rows] == ["the district health office"]


def test_a_balancing_search_names_a_person_once_whatever_the_form(tmp_path):
    from medialit.analysis import analyze
    from medialit.lesson.readings import balancing_task, load_catalog
    body = ("President Dana Roe said the harbour would close to ferries.\n\n"
            "The harbour is closing to ferries today, and it is the right call.\n\n"
            "— Dana J. Roe (@danaroe) May 2, 2024\n\nPresident Roe said more about the harbour on Friday.")
    source = source_of(tmp_path, body)
    searches = balancing_task(source, analyze(source), load_catalog()).searches
    assert not any("Dana J. Roe" in q for q in searches), searches


def test_a_name_before_a_body_in_lower_case_is_no_speaker_itself(tmp_path):
    body = ("The mayor tried to keep the pier closed, according to emails unveiled by a Harbour committee looking "
            "into the closure.")
    speakers = [(v.speaker, v.named) for v in voices_of(tmp_path, body)]
    assert ("Harbour", True) not in speakers
    assert ("a Harbour committee", False) in speakers
