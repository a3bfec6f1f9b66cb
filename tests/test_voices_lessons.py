"""Voices on texts a teacher brings (issue 16): each case is a wrong speaker or a wrong kind of voice the
lead found reading lessons on new texts (an op-ed, a plague scare, a science report), written as a small
text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def voices_of(tmp_path: Path, body: str):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return detect_voices(load_source(path))


@pytest.mark.parametrize("body", [
    "The plan failed. Rest assured, when the council builds the pier, it won't be us who pay for it.",
    "Nothing says the harbour is safe, and the board knows it.",
    "The weather centre forecasts rain. Forecasts now say the storm will miss the harbour.",
])
def test_a_common_word_opening_a_sentence_is_no_speaker(tmp_path, body):
    assert [v.speaker for v in voices_of(tmp_path, body)] == []


def test_a_surname_opening_a_sentence_is_a_speaker_when_the_text_names_the_person(tmp_path):
    body = "Bernie Sanders spoke in Iowa on Monday. Sanders said the plan was bad."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Sanders"]


def test_a_question_about_someone_reports_no_position_of_theirs(tmp_path):
    assert voices_of(tmp_path, "Does Dana Roe want to send the navy into the harbour when they do?") == []
    assert [v.kind for v in voices_of(tmp_path, "Dana Roe wants to send the navy into the harbour.")] == ["position"]


@pytest.mark.parametrize("body, speaker, role", [
    ("UNIPCC Tom Roe: “The data do not show it.”", "UNIPCC Tom Roe", None),
    ("TOM ROE: The data do not show it.", "Tom Roe", None),
    ("Physicist Tom Roe: “The data do not show it.”", "Physicist Tom Roe", "expert"),
])
def test_a_speaker_before_a_colon_keeps_its_acronyms_and_its_trade(tmp_path, body, speaker, role):
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == speaker
    assert role is None or voice.role == role


def test_a_name_after_the_is_an_organisation_not_a_person(tmp_path):
    voice = voices_of(tmp_path, "According to the Harbour Mail, the hospital will be unable to cope.")[0]
    assert voice.speaker == "Harbour Mail" and voice.speaker_type == "organisation" and voice.role == "organisation"
    pope = voices_of(tmp_path, "The Pope said the harbour should stay open.")[0]
    assert pope.speaker_type == "person"


def test_a_person_from_a_body_speaks_not_the_body(tmp_path):
    body = "Professor Dana Roe from the University of Riverside told the Courier: “The river has not flooded.”"
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "Professor Dana Roe" and voice.role == "expert"


def test_a_group_is_not_described_across_a_preposition(tmp_path):
    body = "Rust damage is also a growing worry amongst experts who predict it will speed up the decay."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["experts"]


def test_a_role_after_the_keeps_its_role(tmp_path):
    voice = voices_of(tmp_path, "The US Secretary of State Dana Roe has said she is concerned about the harbour.")[0]
    assert voice.role == "official" and voice.speaker_type == "person"


def test_a_trade_alone_is_no_person_a_pronoun_can_stand_for(tmp_path):
    body = ("Atmospheric Physicist Dr, Tom Berg who has worked in Riverside: “We see no reason to worry.”\n\n"
            "Statistics Professor Dr. Dana Roe of Riverside College is now shunned by the party for her doubts. "
            "She called the prize the worst since 1973.")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert "Atmospheric Physicist" not in speakers


def test_an_organisation_named_with_for_the_stays_whole(tmp_path):
    body = "That evening, the Riverside Office for the Coordination of Harbour Affairs confirmed that 61 boats arrived."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Riverside Office for the Coordination of Harbour Affairs"]


@pytest.mark.parametrize("body, speakers", [
    ("The refugees must be treated according to their status as displaced people.", []),
    ("The pier will close in May, according to his campaign.", ["his campaign"]),
])
def test_according_to_a_view_is_no_source(tmp_path, body, speakers):
    found = [v.speaker for v in voices_of(tmp_path, body)]
    assert "their status as displaced people" not in found
    assert all(any(s in (f or "") for f in found) for s in speakers)


@pytest.mark.parametrize("body, expected", [
    ("The storm will pass tonight. And some say the lights could be spectacular.", [("some", "reported speech")]),
    ("Many believe the pier is unsafe.", [("many", "position")]),
    ("For a few, the fees would eat up the savings, said Dana Roe.", [("Dana Roe", "reported speech")]),
    ("It is a bold - some say naive - plan for the harbour.", []),
])
def test_a_vague_source_opening_a_clause_is_an_unnamed_voice(tmp_path, body, expected):
    assert [(v.speaker, v.kind) for v in voices_of(tmp_path, body)] == expected


@pytest.mark.parametrize("body, speaker_type", [
    ("Streamly said its teams removed the videos on Monday.", "organisation"),
    ("Harbourwatch, which runs the ferry, said the talks failed.", "organisation"),
    ("Dana Roe spoke on Monday. Roe said its roof was cold.", "person"),
    ("Dana Roe said it was cold on the pier.", "person"),
])
def test_a_name_the_text_calls_its_or_which_is_an_organisation(tmp_path, body, speaker_type):
    assert [v.speaker_type for v in voices_of(tmp_path, body)][-1] == speaker_type


@pytest.mark.parametrize("body, speakers", [
    ("Roe said the riots were bad. Yeah, they ALL supported the riots.", ["Roe"]),
    ("Don't you DARE say you love the harbour.", []),
    ("NATO said the pier was unsafe.", ["NATO"]),
])
def test_a_word_shouted_after_a_pronoun_is_no_speaker(tmp_path, body, speakers):
    assert [v.speaker for v in voices_of(tmp_path, body)] == speakers


def test_a_brigade_is_an_organisation(tmp_path):
    voice = voices_of(tmp_path, "The Riverside Brigades published a video on Monday.")[0]
    assert voice.speaker_type == "organisation"


def test_a_website_is_an_organisation_and_a_count_is_no_name(tmp_path):
    site = voices_of(tmp_path, "HarbourNews.com previously reported that the pier was unsafe.")[0]
    assert site.speaker == "HarbourNews.com" and site.speaker_type == "organisation"
    assert voices_of(tmp_path, "Hundreds, then thousands, answered the call of the harbour board.") == []


# vo-19: the lead's errors from reading lessons (issue 16).

@pytest.mark.parametrize("body, speakers", [
    ("The US recalled staff from its harbour office on Monday.", []),
    ("Norway recalled its envoy after the vote.", []),
    ("Harbourtek, which runs the ferry, recalled 2,000 life jackets.", []),
    ("The ministry recalled the envoy on Monday.", []),
    ("Dana Roe recalled the day the pier burned.", ["Dana Roe"]),
    ("Mr. Lee recalled that the pier had closed once before.", ["Mr. Lee"]),
    ("The US recalled that the treaty had lapsed.", ["US"]),
])
def test_recalled_is_remembering_for_a_person_and_an_act_for_a_country_or_a_company(tmp_path, body, speakers):
    assert [v.speaker for v in voices_of(tmp_path, body)] == speakers


@pytest.mark.parametrize("body, speakers", [
    ("Critics attacked the Norwegian plan to close the harbour.", ["Critics"]),
    ("The Israeli claims that the tunnel was empty were disputed.", []),
    ("A German warning about the storm reached the harbour.", []),
    ("The Texan said the pier was unsafe.", ["Texan"]),
    ("Mark Cuban spoke on Monday. Cuban said the pier was unsafe.", ["Cuban"]),
    ("Norwegian officials said the pier was unsafe.", ["Norwegian officials"]),
])
def test_a_nationality_before_a_noun_is_no_speaker(tmp_path, body, speakers):
    assert [v.speaker for v in voices_of(tmp_path, body)] == speakers


@pytest.mark.parametrize("body, speaker_type", [
    ("Harbourfront have rejected the offer. Harbourfront said the talks were over.", "organisation"),
    ("Harbourfront leader Ali Roe spoke on Monday. Harbourfront says the ceasefire is over.", "organisation"),
    ("Dana Roe spoke on Monday. Roe said the pier was old.", "person"),
    ("Roe said the pier was old. Roe officials were not asked, and he said so.", "person"),
])
def test_a_one_word_name_with_a_plural_verb_or_members_is_an_organisation(tmp_path, body, speaker_type):
    assert [v.speaker_type for v in voices_of(tmp_path, body)][-1] == speaker_type


@pytest.mark.parametrize("body", [
    "The harbour closed on Monday, writes JANE ROE.\n\nThe pier was old.",
    "JANE ROE writes\n\nThe harbour closed on Monday.",
])
def test_a_byline_in_capitals_is_no_voice_of_the_text(tmp_path, body):
    assert voices_of(tmp_path, body) == []


def test_a_newspaper_in_capitals_and_a_writer_quoted_stay_voices(tmp_path):
    body = "The pier was old, writes HARBOUR TIMES.\n\n“It burned,” writes Jane Roe in her column."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["HARBOUR TIMES", "Jane Roe"]


# ----------------------------------------------------------------------------- vo-20: the lead's lesson errors


def test_a_name_may_open_with_a_number(tmp_path):
    body = "The pier closed, as reported by 9 News Harbour. 60 Minutes reported the ferry was late."
    voices = voices_of(tmp_path, body)
    assert [v.speaker for v in voices] == ["9 News Harbour", "60 Minutes"]
    assert {v.speaker_type for v in voices} == {"organisation"}


def test_a_year_or_a_date_opens_no_name(tmp_path):
    body = "In 2016 Dana Roe said the pier was safe. On 9 March Tom Berg said it was not."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["Dana Roe", "Tom Berg"]


@pytest.mark.parametrize("body", [
    "Animal studies of Vaxo show “promise,” the doctors wrote. Vaxo is an experimental drug.",
    "Vaxo, an experimental vaccine, shows “promise,” the doctors wrote.",
    "The new drug Vaxo claimed the lives of nobody, the doctors wrote.",
    "The documentary 12 Nights says the pier burned, the doctors wrote.",
])
def test_a_name_the_text_calls_a_thing_or_that_shows_promise_is_no_speaker(tmp_path, body):
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["the doctors"]


def test_a_person_who_shows_something_stays(tmp_path):
    body = "Dana Roe shows “promise,” the coach said. Mr. Berg, a product of Harbour College, said he agreed."
    assert {"Dana Roe", "Mr. Berg"} <= {v.speaker for v in voices_of(tmp_path, body)}


def test_a_person_set_off_with_her_role_speaks_not_the_name_before_her(tmp_path):
    body = ("The war would never have happened without the West and its idea of an ever-growing HARBOURPACT, "
            "Jane Roe, an associate professor at a college in Riverside, believes.")
    [voice] = voices_of(tmp_path, body)
    assert (voice.speaker, voice.kind, voice.role) == ("Jane Roe", "position", "expert")
    assert voice.text.startswith("Jane Roe")


@pytest.mark.parametrize("introduction", [
    "Jane Roe, an associate professor at a college in Riverside, spoke first.",
    "The history professor Jane Roe spoke first.",
    "Professor Jane Roe spoke first.",
])
def test_the_role_noun_of_a_named_person_refers_back_to_her(tmp_path, introduction):
    body = f"{introduction} “The war was avoidable,” the professor argued."
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.named, v.role) for v in voices][-1][1:] == (True, "expert")
    assert voices[-1].speaker.endswith("Jane Roe")


def test_a_role_that_opens_a_new_clause_after_a_name_is_not_that_names(tmp_path):
    """"on Harbour Talk, the history professor shared": the role is the next clause's subject, not an
    apposition giving the role to "Harbour Talk"; Jane Roe stays the one professor."""
    body = ("The pier will stay, Jane Roe, an associate professor at a college, believes. Speaking on Harbour Talk, "
            "the history professor shared her view. “The war was avoidable,” the professor argued.")
    assert voices_of(tmp_path, body)[-1].speaker == "Jane Roe"


def test_the_role_noun_of_two_people_stays_unnamed(tmp_path):
    body = "Professor Jane Roe and Professor Tom Berg spoke first. “The war was avoidable,” the professor argued."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("the professor", False)]


def test_a_minister_named_once_is_the_minister_later(tmp_path):
    body = "Minister Dana Lee opened the pier. The minister said the harbour was safe."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("Minister Dana Lee", True)]


@pytest.mark.parametrize("body", [
    "President Tom Berg apparently believes that victory is possible, Jane Roe says.",
    "Jane Roe says Tom Berg wants to win the war.",
    "According to Jane Roe, Tom Berg believes that victory is possible.",
    "President Tom Berg apparently believes that victory is possible, Jane Roe says\n\nThe war goes on.",  # a lede
])
def test_a_position_inside_another_speakers_words_is_no_voice_heard(tmp_path, body):
    from medialit.analysis import analyze
    from medialit.analysis.voices import summarize_voices
    from medialit.lesson.bias import voice_questions

    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\ntopics: [harbour]\n---\n{body}\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    summary = summarize_voices(source, analysis.voices)
    assert [speakers for _, _, speakers in summary.by_role] == [("Jane Roe",)]
    keys = " ".join(q.answer.good_answer for q in voice_questions(source, analysis))
    assert "Jane Roe" in keys and "Tom Berg" not in keys


def test_a_position_of_its_own_is_heard(tmp_path):
    from medialit.analysis.voices import summarize_voices

    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\nTom Berg wants to win the war. Jane Roe said so.\n", encoding="utf-8")
    source = load_source(path)
    summary = summarize_voices(source, detect_voices(source))
    assert {name for _, _, speakers in summary.by_role for name in speakers} == {"Tom Berg", "Jane Roe"}


def test_a_name_with_its_place_is_one_person_in_the_summary(tmp_path):
    from medialit.analysis.voices import summarize_voices

    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\nMayor Eric Lee said the pier was safe.\n\n"
                    "Mayor Eric Lee of Harbour City said it would open in May.\n", encoding="utf-8")
    source = load_source(path)
    summary = summarize_voices(source, detect_voices(source))
    assert [speakers for _, _, speakers in summary.by_role] == [("Mayor Eric Lee",)]


def test_a_person_with_a_role_is_listed_once_under_it(tmp_path):
    from medialit.analysis.voices import summarize_voices

    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\nThe pier will stay, Jane Roe, an associate professor at Harbour College, "
                    "believes.\n\nThe ferry is late, Jane Roe says.\n", encoding="utf-8")
    source = load_source(path)
    summary = summarize_voices(source, detect_voices(source))
    assert [(role, speakers) for role, _, speakers in summary.by_role] == [("expert", ("Jane Roe",))]


def test_an_abbreviated_name_keeps_its_last_dot(tmp_path):
    body = "The U.S. said it would send aid. The pier opened on Monday, the U.N. said."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["U.S.", "U.N."]


# vo-21: from lessons on techniques-dev texts (a Gaza report, an op-ed on immigration, one on the army).

@pytest.mark.parametrize("body, role", [
    ("“The gate is open,” national security adviser Jane Roe stated.", "official"),
    ("Then-Under Secretary of Harbours for Fishing and Piers Tom Berg testified that the pier was old.", "official"),
    ("“The pier is old,” Harbour University economist Ann Lee said.", "expert"),
    ("“The pier is old,” local fisherman Tom Berg said.", "person"),
    ("Reporters will be briefed about Dr. Roe's plan. Tom Berg said the pier was old.", "person"),
])
def test_the_words_before_a_name_give_the_persons_role(tmp_path, body, role):
    [voice] = voices_of(tmp_path, body)
    assert voice.role == role


def test_the_heard_list_names_a_person_once_by_the_full_name_given_first(tmp_path):
    from medialit.analysis.voices import heard_voices
    body = ("Rep. Dana Roe-Berg (D-Harbour) warned that the pier was old. “It is falling,” Roe-Berg said. "
            "Ms. Roe-Berg added that the council knew. Ann Lee and Tom Lee spoke. Lee said no.")
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    source = load_source(path)
    heard = [v.speaker for v in heard_voices(source, detect_voices(source))]
    assert heard[:3] == ["Rep. Dana Roe-Berg"] * 3
    assert heard[-1] == "Lee"       # two Lees speak: the surname stays as written


@pytest.mark.parametrize("body, speakers", [
    ("Norway declared a week of silence for the fishermen.", []),
    ("Norway declared that the harbour was closed.", ["Norway"]),
    ("Tom Berg declared victory.", ["Tom Berg"]),
])
def test_declared_is_an_act_for_a_country_or_a_body(tmp_path, body, speakers):
    assert [v.speaker for v in voices_of(tmp_path, body)] == speakers


def test_a_report_of_a_website_is_cited_from_an_organisation(tmp_path):
    [voice] = voices_of(tmp_path, "A recent HarbourWatch.us report documents a shortfall of 2,000 fishermen.")
    assert (voice.speaker, voice.kind, voice.speaker_type) == ("HarbourWatch.us", "cited document", "organisation")


@pytest.mark.parametrize("body, speaker, text", [
    ("Ten piers closed, according to the Center for Harbour rights.", "Center for Harbour rights",
     "according to the Center for Harbour rights"),
    ("Later, then-Under Secretary of Harbours for Fishing and Piers Tom Berg testified that the pier was old.",
     "Tom Berg", "Under Secretary of Harbours for Fishing and Piers Tom Berg testified that"),
])
def test_a_name_is_shown_as_the_text_writes_it(tmp_path, body, speaker, text):
    [voice] = voices_of(tmp_path, body)
    assert (voice.speaker, voice.text) == (speaker, text)


def _source_questions(tmp_path: Path, body: str) -> list[str]:
    from medialit.analysis import analyze
    from medialit.lesson import bias
    path = tmp_path / "q.md"
    path.write_text(f"---\ntitle: Pier\ntopics: [harbour]\n---\n\n{body}\n", encoding="utf-8")
    source = load_source(path)
    return [q.prompt for q in bias.voice_questions(source, analyze(source))]


def test_someone_unnamed_from_a_body_is_an_unnamed_source_the_body_itself_is_not(tmp_path):
    asked = [p for p in _source_questions(tmp_path, "Ten boats left, according to a Harbour Department representative.")
             if "does not name its source" in p]
    assert len(asked) == 1 and "a Harbour Department representative" in asked[0]
    assert not [p for p in _source_questions(tmp_path, "Ten boats left, the harbour ministry said.")
                if "does not name its source" in p]


def test_a_share_of_a_group_asks_for_its_poll_not_for_who_it_is(tmp_path):
    prompts = _source_questions(tmp_path, "About two-thirds of local voters believe the pier should stay.")
    assert not [p for p in prompts if "does not name its source" in p]
    [asked] = [p for p in prompts if "without saying who measured it" in p]
    assert "About two-thirds of local voters" in asked


@pytest.mark.parametrize("body, speakers", [
    ("Harbour prosecutors, who had long stopped such cases, dismissed the old charge and released him.", []),
    ("The mayor dismissed the claims as nonsense.", ["The mayor"]),
    ("Tom Berg showed Ann Lee the film on a tablet during their talks.", []),
    ("Tom Berg showed that the pier was safe.", ["Tom Berg"]),
])
def test_acts_of_a_court_case_or_of_showing_something_are_no_voices(tmp_path, body, speakers):
    assert [v.speaker for v in voices_of(tmp_path, body)] == speakers


def test_sides_need_two_topics_of_the_conflict_in_a_text_without_topics(tmp_path):
    from medialit.analysis.voices import summarize_voices

    def uses_sides(body):
        path = tmp_path / "s.md"
        path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
        source = load_source(path)
        return summarize_voices(source, detect_voices(source)).uses_sides
    inquiry = ("The Russia inquiry files will be released, Tom Berg said. The Russia files are old. "
               "Critics of the Russia inquiry said the files were thin.")
    assert not uses_sides(inquiry)
    assert uses_sides(inquiry + " NATO was not involved, Ann Lee said.")


@pytest.mark.parametrize("body, role", [
    ("President Dana Roe met the fishermen on Monday.\n\n“It went well,” Roe said.", "official"),
    ("Hillary Roe and former President Bill Roe met the fishermen.\n\n“It went well,” Roe said.", "person"),
    ("The mayor, Tom Berg, threw famous harbour reporter Dana Roe out of the hall.\n\n“It was rude,” Roe said.",
     "organisation"),       # (a reporter: a voice of the media, never the mayor's title)
])
def test_a_person_keeps_the_title_the_text_gives_the_name_elsewhere(tmp_path, body, role):
    assert [v.role for v in voices_of(tmp_path, body) if v.speaker == "Roe"] == [role]


@pytest.mark.parametrize("speaker, role", [
    ("Republicans", "official"), ("Senate Democrats", "official"), ("Republican voters", "people"),
    ("Muslims", "people"), ("Many Catholics", "people"),
])
def test_a_party_is_heard_among_politicians_and_a_faith_or_a_people_among_people(speaker, role):
    from medialit.analysis.voices import load_voice_data
    assert load_voice_data().role_of(speaker, False) == role


@pytest.mark.parametrize("body", [
    "And does any sane person think that the pier will stay?",
    "So would the average fisherman really want the pier to close?",
])
def test_a_question_about_what_someone_believes_is_no_voice(tmp_path, body):
    assert voices_of(tmp_path, body) == []


def test_a_journalist_is_a_voice_of_the_media_and_a_poll_is_not_its_nations(tmp_path):
    voices = voices_of(tmp_path, "The pier is old, according to journalist Dana Roe. She cites a 2021 Norwegian "
                                 "poll saying that most fishermen agree.")
    assert [(v.speaker, v.role) for v in voices if v.named] == [("Dana Roe", "organisation")]


@pytest.mark.parametrize("body", [
    "The harbour board met. The experts mentioned above were never asked about the quay.",
    "The board met. The officials cited in the report were never asked about the quay.",
])
def test_a_participle_after_a_noun_is_no_verb_of_saying(tmp_path, body):
    assert voices_of(tmp_path, body) == []


def test_a_person_who_mentioned_something_in_a_speech_speaks(tmp_path):
    voices = voices_of(tmp_path, "Dana Roe mentioned in a speech that the pier would close.")
    assert [v.speaker for v in voices] == ["Dana Roe"]


@pytest.mark.parametrize("line, speaker", [
    ("Geologist Tom Berg : “The harbour has always silted up.”", "Geologist Tom Berg"),
    ("Tom Berg in 1996 : “The harbour has always silted up.”", "Tom Berg"),
    ("Dr. Jane Roe, Harbour University Physicist and appointed to the Pier Board: “The harbour silts.”",
     "Dr. Jane Roe"),
    ("Sailing Prize winner Dr. Jane Roe and a Research Diver at Harbour Lab: “The harbour silts.”", "Dr. Jane Roe"),
    ("Marine Physicist Dr, Jane Roe who has worked with the Harbour Trust: “The harbour silts.”",
     "Marine Physicist Dr. Jane Roe"),
])
def test_a_person_described_before_a_colon_and_a_quotation_speaks(tmp_path, line, speaker):
    voices = voices_of(tmp_path, f"The experts disagree.\n\n{line}")
    assert [v.speaker for v in voices] == [speaker]
    assert voices[0].kind == "direct quote"


def test_a_line_with_a_verb_before_the_colon_is_its_own_attribution(tmp_path):
    voices = voices_of(tmp_path, "The experts disagree.\n\nJane Roe told reporters: “The harbour silts.”")
    assert [(v.speaker, v.verb) for v in voices] == [("Jane Roe", "told")]


def test_he_after_a_paragraph_of_quotation_is_the_person_the_paragraph_before_opens_with(tmp_path):
    body = ("Marine Physicist Tom Berg: “The harbour silts, as it always has.”\n\n"
            "Harbour Professor Dr. Caleb Roe of Harbour Valley University and a sailor all his life is now shunned "
            "by the board.\n\nHe called the pier plan a folly.")
    voices = voices_of(tmp_path, body)
    assert [v.speaker for v in voices] == ["Marine Physicist Tom Berg", "Harbour Professor Dr. Caleb Roe"]


def test_he_after_a_passive_whose_agent_told_reporters_is_that_agent(tmp_path):
    body = ("Mayor Ann Lee condemned the flooding.\n\n"
            "She was echoed by harbour spokesman Tom Berg who told reporters that the board condemns the "
            "flooding. He denounced the delay as “a disgrace.”")
    voices = voices_of(tmp_path, body)
    assert voices[-1].text == "He denounced" and voices[-1].speaker == "Tom Berg"


def test_a_person_before_a_copula_and_a_described_speaker_speaks(tmp_path):
    body = "Harbour Secretary-General Jane Roe was the only official who firmly denounced the flooding."
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.named, voice.role) == ("Harbour Secretary-General Jane Roe", True, "official")


def test_charging_someone_with_a_crime_is_no_attribution(tmp_path):
    body = "Jane Roe is the harbour prosecutor who charged Tom Berg with theft of the pier."
    assert voices_of(tmp_path, body) == []


def test_he_after_quotations_is_the_person_the_text_is_about_though_he_has_not_spoken_yet(tmp_path):
    body = ("Tom Berg may speak softly, but his plans for the harbour are harsh. Not Berg, though, who chose an "
            "interview with Jane Roe to announce them.\n\n“The pier must go. The boats must go.”\n\n"
            "“Nobody needs a harbour,” he explained.")
    voices = voices_of(tmp_path, body)
    assert [(v.paragraph, v.speaker, v.verb) for v in voices] == [(2, "Tom Berg", "explained"),
                                                                  (3, "Tom Berg", "explained")]


def test_he_after_quotations_is_nobody_where_a_second_person_is_named_near(tmp_path):
    body = ("Tom Berg may speak softly, but his plans for the harbour are harsh. Not Berg, though, who chose an "
            "interview with Jane Roe to announce them.\n\nThe pier, Ann Lee of the board replied, is safe.\n\n"
            "“Nobody needs a harbour,” he explained.")
    assert [v.verb for v in voices_of(tmp_path, body) if v.speaker == "Tom Berg"] == []


@pytest.mark.parametrize("body, speaker", [
    ("Senator Dana Roe spoke on Monday. Later, Crazy Dana has declared that the harbour is safe.", "Senator Dana Roe"),
    ("Secretary John Berg spoke on Monday. Later, Elton John has declared that the harbour is safe.", "Elton John"),
])
def test_an_adjective_before_a_named_persons_first_name_is_that_persons_nickname(tmp_path, body, speaker):
    assert voices_of(tmp_path, body)[-1].speaker == speaker


def test_a_family_name_first_or_a_first_name_alone_is_the_full_name_in_the_heard_list(tmp_path):
    from medialit.analysis.voices import heard_voices
    from medialit.text.source import load_source
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\nHarbour leader Pak Sun Ho said the pier would open. Pak added that ships "
                    "were welcome. NATO Secretary-General Dana Roe said the plan was risky.\n", encoding="utf-8")
    source = load_source(path)
    heard = heard_voices(source, detect_voices(source))
    assert [(v.speaker, v.role) for v in heard] == [("Pak Sun Ho", "official"), ("Pak Sun Ho", "official"),
                                                   ("NATO Secretary-General Dana Roe", "official")]


def test_pressed_ends_a_quotation_but_pressing_someone_is_lobbying(tmp_path):
    voices = voices_of(tmp_path, "Mayor Tom Berg spoke at the pier.\n\n“We will build it,” he pressed.")
    assert [(v.speaker, v.verb) for v in voices] == [("Mayor Tom Berg", "pressed")]
    assert voices_of(tmp_path, "Tom Berg pressed diplomats to reopen the pier.") == []


def test_a_voice_named_in_an_apposition_after_a_clause_starts_at_the_name(tmp_path):
    body = ("Beliefs like anti-pier Harbour Witnesses, that fostered opposition were rare, Dana Roe, a senior fellow "
            "at the Center for a New Harbour, told Harbour Times on Monday.")
    voice = voices_of(tmp_path, body)[0]
    assert voice.speaker == "Dana Roe" and voice.text.startswith("Dana Roe, a senior fellow")


def test_that_before_an_article_opens_no_cited_document(tmp_path):
    body = "Harbour Deputy Dana Roe argued in an op-ed that the board’s own data suggested that the pier was unsafe."
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.role) for v in voices][0] == ("Harbour Deputy Dana Roe", "official")
    assert all(not (v.speaker or "").startswith("that") for v in voices)


def test_a_hyphenated_plural_opening_a_sentence_is_an_unnamed_group(tmp_path):
    voice = voices_of(tmp_path, "The pier reopened.\n\nPier-deniers claim the harbour is safe.")[0]
    assert (voice.speaker, voice.named) == ("Pier-deniers", False)


def test_a_question_whether_someone_is_saying_something_reports_nothing(tmp_path):
    assert voices_of(tmp_path, "Mayor Dana Roe spoke.\n\nIs Roe really suggesting that the pier helped the town?") \
        == []


def test_a_title_before_the_first_name_is_no_first_name(tmp_path):
    body = "“The pier will open,” Berg wrote in a memo.\n\nHarbour Secretary Lloyd Berg ordered a review."
    assert voices_of(tmp_path, body)[0].role == "official"


def test_quotation_paragraphs_before_an_attributed_one_are_the_same_speakers(tmp_path):
    body = ("Mayor Tom Berg spoke at his pier on Sunday. Berg was brief.\n\n“The pier must go. The boats must go.”\n\n"
            "“Nobody needs a harbour,” he explained. “Not one of us.”")
    voices = voices_of(tmp_path, body)
    assert [(v.paragraph, v.speaker, v.kind) for v in voices] == [
        (2, "Mayor Tom Berg", "direct quote"), (3, "Mayor Tom Berg", "direct quote")]


def test_a_quotation_paragraph_before_a_later_attribution_keeps_no_speaker(tmp_path):
    body = ("Mayor Tom Berg spoke at his pier on Sunday. Berg was brief.\n\n“The pier must go.”\n\n"
            "“The boats stay.” The board met for hours. “Nobody needs a harbour,” he explained.")
    assert 2 not in [v.paragraph for v in voices_of(tmp_path, body)]


def test_one_critic_is_an_unnamed_source(tmp_path):
    voice = voices_of(tmp_path, "The town quickly “swapped nets for cranes,” as one critic memorably quipped.")[0]
    assert (voice.speaker, voice.named, voice.verb) == ("one critic", False, "quipped")
