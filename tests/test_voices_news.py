"""Voices on real news layouts (issue 16, vo-18): each case is a cause of a wrong or missed speaker found
on the PolNeAR train split, written as a small text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices
from medialit.text.source import load_source


def voices_of(tmp_path: Path, body: str, topics: str = "[harbour]"):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\ntopics: {topics}\n---\n{body}\n", encoding="utf-8")
    return detect_voices(load_source(path))


def speakers(tmp_path: Path, body: str) -> list[str]:
    return [v.speaker for v in voices_of(tmp_path, body)]


def test_a_name_inside_a_quotation_in_two_apostrophes_is_no_speaker(tmp_path):
    body = "''If Dana Roe thinks the pier can wait, she is wrong,'' Ms. Lee said on Monday."
    assert speakers(tmp_path, body) == ["Ms. Lee"]


def test_a_pronoun_stands_for_one_person_never_for_two_joined_by_and(tmp_path):
    body = "Roe and Ms. Lee said the pier would stay. “It took ten years,” she said."
    assert speakers(tmp_path, body) == ["Roe and Ms. Lee"]


def test_a_name_never_starts_inside_a_word_but_a_live_blogs_time_is_cut_off(tmp_path):
    body = ("Fewer people fished this year, according to recent data from harbourScore.\n\n"
            "9:52PMDana Roe Says The Pier Will Stay Open.")
    assert speakers(tmp_path, body) == ["Dana Roe"]


@pytest.mark.parametrize("body, speaker", [
    ("New polls released Sunday showed Roe taking a lead at the harbour.", "New polls released Sunday"),
    ("The pier lost money, according to unofficial harbour results tallied through Wednesday afternoon.",
     "unofficial harbour results tallied through Wednesday afternoon"),
    ("The pier lost money, according to a memo released Friday by the harbour's watchdog.",
     "memo released Friday by the harbour's watchdog"),
])
def test_an_unnamed_document_keeps_the_date_that_identifies_it(tmp_path, body, speaker):
    [voice] = voices_of(tmp_path, body)
    assert (voice.speaker, voice.named, voice.kind) == (speaker, False, "cited document")


def test_a_named_maker_stays_the_speaker_of_a_dated_document(tmp_path):
    [voice] = voices_of(tmp_path, "A survey by Northland Civic College out Tuesday showed Roe ahead.")
    assert (voice.speaker, voice.named) == ("Northland Civic College", True)


@pytest.mark.parametrize("body, speaker, verb", [
    ("Mr. Lee was blunt, claiming without evidence that Dana Roe wanted to close the pier.", "Mr. Lee", "claiming"),
    ("Insisting that the pier was safe, Dana Roe declared it open.", "Dana Roe", "insisting"),
])
def test_a_participle_speaks_for_the_next_speaker_only_where_it_opens_the_sentence(tmp_path, body, speaker, verb):
    voice = voices_of(tmp_path, body)[0]
    assert (voice.speaker, voice.verb) == (speaker, verb)


@pytest.mark.parametrize("body, not_a_speaker", [
    ("The vote went to the board, which had met for hours, endorsed Tom Berg last week.", "Tom Berg"),
    ("At the pier Mr. Lee spoke briefly, quoted the Harbour Charter and left.", "Harbour Charter"),
    ("It was the hard-right Dana Roe who went on to lead the harbour board.", "Dana Roe"),
    ("A team of divers and the Harbour Police continued their search on Monday.", "Harbour Police"),
])
def test_who_is_acted_on_or_acts_is_no_speaker(tmp_path, body, not_a_speaker):
    assert not_a_speaker not in speakers(tmp_path, body)


@pytest.mark.parametrize("second, speaker", [
    ("Roe is outlining a plan. He says the pier stays.", "Roe"),          # the surname opens the sentence
    ("Roe supporters cheered. He says the pier stays.", "Al Lee"),       # a qualifier, not a subject
])
def test_a_pronoun_stands_for_a_surname_that_opens_the_sentence_before_it(tmp_path, second, speaker):
    body = f"“We will stay,” Ben Roe said. “We will go,” Al Lee said.\n\n{second}"
    assert speakers(tmp_path, body)[-1] == speaker


def test_a_titles_dot_starts_no_sentence_for_a_pronoun(tmp_path):
    body = "“We will stay,” Ben Roe said. “We will go,” Al Lee said.\n\nMr. Roe was late. He says the pier stays."
    assert speakers(tmp_path, body)[-1] == "Mr. Roe"


@pytest.mark.parametrize("body, not_a_speaker", [
    ("He spent years as Secretary of Defense, then says he will listen. He says, “that is how you learn.”",
     "Secretary of Defense"),
    ("The Harbour Democratic Party of Ruritania said on Monday it would win. “We will win,” he said.",
     "Harbour Democratic Party of Ruritania"),
    ("Dade Harbour County said on Monday it would win. “We will win,” he said.", "Dade Harbour County"),
])
def test_a_pronoun_never_stands_for_a_role_or_an_organisation(tmp_path, body, not_a_speaker):
    assert [v.speaker for v in voices_of(tmp_path, body) if v.text.startswith(("He", "he"))] == []


@pytest.mark.parametrize("body, expected", [
    ("On Monday, Jane Roe, Tom Berg and Ann Lee said the pier stays.", ["Jane Roe", "Tom Berg", "Ann Lee"]),
    ("Visitors from Ohio, Tom Berg and Ann Lee said the pier stays.", ["Tom Berg", "Ann Lee"]),
])
def test_everyone_in_a_list_of_people_speaks(tmp_path, body, expected):
    assert speakers(tmp_path, body) == expected


@pytest.mark.parametrize("body, speaker", [
    ("“We will win,” said Rubio’s deputy campaign manager, Rich Roe, who ran the pier.", "Rich Roe"),
    ("The pier is under pressure, said the company's chief executive, John J. Roe.", "John J. Roe"),
    ("“We are anxious,” said another Harbour Forum user, Johanna Roe. “It is close.”", "Johanna Roe"),
    ("“It is close,” said another leading harbour advocate, Andrew J. Roe of the firm Lee Brown.", "Andrew J. Roe"),
])
def test_a_person_named_after_the_verb_and_a_role_speaks(tmp_path, body, speaker):
    assert speakers(tmp_path, body) == [speaker]


def test_a_talk_with_someone_reports_no_words(tmp_path):
    assert speakers(tmp_path, "Mayor Dana Roe spoke with two harbour reporters on Monday.") == []


@pytest.mark.parametrize("body, expected", [
    ("Jane Roe spoke first. Roe and Sen. Tom Berg said the pier stays.", ["Roe", "Sen. Tom Berg"]),
    ("CNN and The Harbour Times reported that the pier stays.", ["CNN", "The Harbour Times"]),
    ("The Center for Harbour and Policy Research said the pier stays.", ["Center for Harbour and Policy Research"]),
])
def test_two_speakers_joined_by_and_are_two_voices(tmp_path, body, expected):
    assert speakers(tmp_path, body) == expected


@pytest.mark.parametrize("body, speaker", [
    ("People in Fort Harbour said the pier was busy for years.", "People in Fort Harbour"),
    ("Some delegates at the convention in Harbourtown said they welcomed the plan.",
     "delegates at the convention in Harbourtown"),
    ("One Ruritania envoy said he had handed out spare tickets.", "Ruritania envoy"),
])
def test_a_group_is_named_by_where_it_is(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


@pytest.mark.parametrize("body, speaker", [
    ("The most recent polling in Ruritania shows Roe ahead.", "most recent polling in Ruritania"),
    ("Harbourco itself said the deal was on.", "Harbourco"),
])
def test_a_document_identified_by_its_place_and_a_speaker_itself(tmp_path, body, speaker):
    assert speakers(tmp_path, body) == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("Roe would win, according to a new poll that shows most voters distrust Lee.", "new poll"),
    ("Roe owns shares, according to new tax documents he handed to the Harbour Board.",
     "new tax documents"),
])
def test_names_in_the_clause_about_a_document_made_nothing(tmp_path, body, speaker):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == [(speaker, False, "cited document")]


@pytest.mark.parametrize("body, speaker", [
    ("Roe leads, according to the exit polls in Ruritania.", "exit polls in Ruritania"),
    ("Roe had cash, according to figures her campaign released Friday.", "figures her campaign released Friday"),
])
def test_after_according_to_a_document_keeps_its_place_or_date(tmp_path, body, speaker):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == [(speaker, False, "cited document")]


def test_a_present_tense_that_is_also_a_noun_is_a_verb_before_a_determiner(tmp_path):
    body = "The harbour kept records. For example, Dana Roe notes the board hid four payments."
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [("Dana Roe", "notes")]


# vo-19: recall on PolNeAR train, each cause written as a text of our own.

@pytest.mark.parametrize("body, speaker, verb", [
    ("Rep. Dana Roe used to back the pier, but now said the harbour must close.", "Rep. Dana Roe", "said"),
    ("Dana Roe ran the port for years and accused the board of hiding losses.", "Dana Roe", "accused"),
    ("Sen. Ann Lee has cast the mayor as weak and has urged voters to look elsewhere.", "Sen. Ann Lee", "urged"),
])
def test_a_second_verb_of_saying_joined_by_and_or_but_speaks_for_the_subject(tmp_path, body, speaker, verb):
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [(speaker, verb)]


def test_a_person_after_a_body_and_a_role_is_the_subject_not_the_body(tmp_path):
    body = "The Harbour Times columnist Dana Roe has been critical of the mayor but on Tuesday wrote that he was right."
    assert [(v.speaker, v.verb) for v in voices_of(tmp_path, body)] == [("Dana Roe", "wrote")]


def test_a_verb_before_the_role_makes_no_role(tmp_path):
    body = "Roe took down businessman Tom Berg in the primary, claiming 41 percent of the vote."
    assert "Tom Berg" not in speakers(tmp_path, body)


@pytest.mark.parametrize("body, speaker", [
    ("The harbour board raised $5 million, Harbour Election Commission records show.", "Harbour Election Commission"),
    ("HEC reports show that four groups spent $1 million on the pier.", "HEC"),
])
def test_a_plural_document_named_by_its_maker_without_an_article(tmp_path, body, speaker):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == [(speaker, True, "cited document")]


@pytest.mark.parametrize("body", [
    "Early polls show voters rejecting the pier.",
    "The campaign sent an email saying that the results in Ruritania and Harbourland show a two-way race.",
])
def test_an_adjective_or_a_place_before_a_plural_document_is_no_maker(tmp_path, body):
    assert [v for v in voices_of(tmp_path, body) if v.named] == []


@pytest.mark.parametrize("body, expected", [
    ('"The pier is old and the harbour is full,” said Dana Roe, a spokesman for the board. "We will see," he said.',
     ["Dana Roe", "Dana Roe"]),
    ('“The board is so tired of the pier," said harbour master Tom Berg (D-Port). "They want it gone."', ["Tom Berg"]),
    ('The "new" pier opened on Monday. "We are done," Lee said.', ["Lee"]),
])
def test_an_attribution_between_mixed_quotation_marks_is_no_quoted_text(tmp_path, body, expected):
    assert speakers(tmp_path, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Former Harbour Gov. Dana Roe (D) and former Port Gov. Tom Berg (R) announced they would quit.",
     ["Former Harbour Gov. Dana Roe", "Port Gov. Tom Berg"]),
    ("Leaders, including Sens. Ann Lee (Ore.), Kelly Roe (N.H.), Pat Berg (Pa.) and Chuck Moe (Iowa) denounced the pier.",
     ["Ann Lee", "Kelly Roe", "Pat Berg", "Chuck Moe"]),
])
def test_people_with_party_or_state_labels_joined_by_and_all_speak(tmp_path, body, expected):
    assert speakers(tmp_path, body) == expected


@pytest.mark.parametrize("body, speaker", [
    ("Harbour leaders — and, in particular, Senate Leader Dana Roe — insisted that the pier stay.", "Senate Leader Dana Roe"),
    ("Democrats — and some Republicans — say that the pier is old.", "Democrats"),
    ("Dana Roe — who is listed as a lawyer but does not practise — told the Harbour Post he was tired.", "Dana Roe"),
])
def test_a_part_between_dashes_is_an_apposition_of_any_length(tmp_path, body, speaker):
    assert speakers(tmp_path, body) == [speaker]


@pytest.mark.parametrize("body", [
    "The charter of the Harbour Party — notably Clause 12, as drafted — sets another limit.",
    "He pushed back against candidates — like Harbour front-runner Dana Roe — who say the port is in decline.",
])
def test_between_dashes_an_object_or_an_example_is_no_speaker(tmp_path, body):
    assert [v for v in voices_of(tmp_path, body) if v.named] == []


@pytest.mark.parametrize("body, speaker", [
    ("Nearly eight in 10 Harbour voters overall said they had made up their minds.", "Nearly eight in 10 Harbour voters"),
    ("Some 56 percent of Harbour voters polled said they were less likely to vote.", "Some 56 percent of Harbour voters"),
])
def test_a_share_of_a_group_polled_or_overall_speaks(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


def test_a_state_abbreviated_in_five_letters_ends_no_sentence(tmp_path):
    body = "House Leader Dana Roe, R-Calif., revealed this last fall when she boasted of the pier."
    assert [v.speaker for v in voices_of(tmp_path, body)] == ["House Leader Dana Roe", "House Leader Dana Roe"]


def test_two_roles_joined_by_and_describe_one_speaker(tmp_path):
    body = "“It is bad,” the Harbour senator and Republican presidential candidate said in a statement."
    [voice] = voices_of(tmp_path, body)
    assert (voice.speaker, voice.named) == ("the Harbour senator and Republican presidential candidate", False)


@pytest.mark.parametrize("body, speaker, named", [
    ("One Harbour Club ad, which is airing, argues that the pier is old.", "Harbour Club", True),
    ("The ad, titled Unifier, concludes that the pier is old.", "ad", False),
    ("A new TV ad says that the pier is old.", "new TV ad", False),
])
def test_an_ad_is_a_cited_document_of_its_maker(tmp_path, body, speaker, named):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == [(speaker, named, "cited document")]


def test_a_described_speaker_never_stands_for_a_place(tmp_path):
    body = "The rally was held in Dayton, Ohio, a state the candidate must win. The GOP presidential candidate says he will fight."
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [("The GOP presidential candidate", False)]


def test_a_representative_is_an_unnamed_speaker(tmp_path):
    [voice] = voices_of(tmp_path, "“Roe is on leave,” a Harbour1 representative said in a statement.")
    assert (voice.speaker, voice.named) == ("a Harbour1 representative", False)


@pytest.mark.parametrize("body, speakers_", [
    ("The Harbour Post reports Clinton's last press conference was in May.", ["Harbour Post"]),
    ("The Harbour Times reports Roe will endorse the mayor.", ["Harbour Times"]),
    ("Media reports Monday said the pier was old.", []),
])
def test_reports_before_a_name_is_the_verb(tmp_path, body, speakers_):
    assert [v.speaker for v in voices_of(tmp_path, body) if v.verb == "reports"] == speakers_


def test_a_relative_clause_after_the_name_makes_no_role_bridge(tmp_path):
    body = "“He waved it off,” said Sen. Jim Roe who represents Harbour City and served as its mayor."
    assert speakers(tmp_path, body) == ["Sen. Jim Roe"]


# vo-21: recall on PolNeAR train (documents identified by a place or a day, owned roles, groups in a place,
# panels named with "on") and an inverted attribution that names no speaker.

@pytest.mark.parametrize("body, speaker", [
    ("Polls in Harbourland show the two candidates level.", "Polls in Harbourland"),
    ("New Mexico polls have shown the two candidates level.", "New Mexico polls"),
    ("Tuesday’s results show that the pier vote may be close.", "Tuesday’s results"),
])
def test_a_document_a_place_or_a_day_identifies_is_an_unnamed_cited_document(tmp_path, body, speaker):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == [(speaker, False, "cited document")]


@pytest.mark.parametrize("body, speaker", [
    ("Roe’s campaign manager said the pier would stay.", "Roe’s campaign manager"),
    ("Later, Harbourland’s delegation chairman announced four votes for Roe.", "Harbourland’s delegation chairman"),
])
def test_a_role_owned_by_a_name_keeps_its_owner(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


@pytest.mark.parametrize("body, speaker", [
    ("Police in Harbourtown, the city next to the pier, said the road was closed.", "Police in Harbourtown"),
    ("Democrats in Congress said the pier bill would pass.", "Democrats in Congress"),
    ("Republicans on Harbour Hill said the pier bill would pass.", "Republicans on Harbour Hill"),
    ("He named them all. Residents in Harbourtown said the pier was old.", "Residents in Harbourtown"),
])
def test_a_group_in_a_place_speaks_even_with_an_apposition(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


def test_a_verb_after_a_comma_leads_to_no_name_past_a_preposition(tmp_path):
    body = "Ann Lee, the Harbour Party chairwoman, pledged her vote to Roe."
    assert speakers(tmp_path, body) == ["Ann Lee"]


def test_a_panel_named_with_on_is_one_name_but_not_a_day(tmp_path):
    assert speakers(tmp_path, "The Harbour Committee on Fisheries said the pier was old.") == \
        ["Harbour Committee on Fisheries"]
    assert speakers(tmp_path, "The Harbour Council on Monday said the pier was old.") == ["Harbour Council"]


@pytest.mark.parametrize("body, expected", [
    ("Some observers, including Harbour University professor Dana Roe, also criticized the plan.",
     [("observers", False), ("Dana Roe", True)]),
    ("Several critics, including The Harbour Post and Tom Berg, said the plan was late.",
     [("critics", False), ("Harbour Post", True), ("Tom Berg", True)]),
    ("Several candidates, including Dana J. Roe and Senators Tom Berg and Ann Lee, criticized the plan.",
     [("candidates", False), ("Dana J. Roe", True), ("Senators Tom Berg", True), ("Ann Lee", True)]),
    ("Many speakers, including Muslims and Jews, said the pier was theirs.", []),
])
def test_the_named_members_a_group_includes_speak_too(tmp_path, body, expected):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("“The pier is old,” wrote Harbour magazine.", [("Harbour magazine", True)]),
    ("Harbour magazine reported that the pier was old.", [("Harbour magazine", True)]),
    ("The newspaper said the pier was old.", [("The newspaper", False)]),
])
def test_a_publication_named_with_what_it_is_speaks_by_that_name(tmp_path, body, expected):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == expected


@pytest.mark.parametrize("body, speaker", [
    ("“We were shocked,” one Harbour Foods employee told a local radio station.", "one Harbour Foods employee"),
    ("Later, one Harbour insider described the plan as late.", "one Harbour insider"),
])
def test_one_employee_or_insider_is_an_unnamed_speaker(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


@pytest.mark.parametrize("body, speaker", [
    ("The pier will close, according to a senior official familiar with the plan.",
     "a senior official familiar with the plan"),
    ("The pier will close, according to a Harbour Party member close to the mayor.",
     "a Harbour Party member close to the mayor"),
    ("A person familiar with the harbour plans says the pier will close.",
     "A person familiar with the harbour plans"),
    ("The pier, two people briefed on the talks said, will close.", "two people briefed on the talks"),
])
def test_an_unnamed_source_keeps_what_describes_it(tmp_path, body, speaker):
    """Described unnamed sources are questioned in a lesson: never dropped, never a name inside them
    ("Harbour Party", "the mayor")."""
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


@pytest.mark.parametrize("body, speaker", [
    ("“It was weak,” said one Democrat familiar with the pier plan, who added more.",
     "one Democrat familiar with the pier plan"),
    ("Two former harbour officials with no direct knowledge of the sale said the pier was old.",
     "Two former harbour officials with no direct knowledge of the sale"),
])
def test_a_described_source_after_its_verb_or_without_knowledge_is_an_unnamed_speaker(tmp_path, body, speaker):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == [(speaker, False)]


def test_a_word_that_opens_questions_opens_no_question_without_a_question_mark(tmp_path):
    assert speakers(tmp_path, "Will Berg said the pier was old.") == ["Berg"]
    assert speakers(tmp_path, "Will Tom Berg say that the pier is old?") == []


def test_an_apposition_may_hold_an_abbreviation_before_a_hyphen(tmp_path):
    assert speakers(tmp_path, "Tom Berg, the head of the D.C.-based harbour group, said the pier was old.") == ["Tom Berg"]


def test_a_place_before_based_is_where_a_body_is_not_a_speaker(tmp_path):
    body = "Later, Bay City, H.B.-based Roe Foods and the firm Lee Fish ended the deal, citing the new rules."
    assert "Bay City" not in speakers(tmp_path, body)


def test_a_common_word_opening_a_sentence_makes_no_document(tmp_path):
    body = "The state keeps harbour records of sales. State harbour records suggest the pier was sold twice."
    assert [v.speaker for v in voices_of(tmp_path, body) if v.named] == []


@pytest.mark.parametrize("body, expected", [
    ("An aide for Mr. Roe, who paid Mr. Berg’s fees, declined to say whether he was paid.", []),
    ("She left on Monday, Harbourland’s Ambassador to France confirmed.", []),
    ("“It went well,” said former Harbourland Gov. and Harbour Party Chairman Ed Lee.",
     [("Harbour Party Chairman Ed Lee", True)]),
    ("It was late, said a former spokesman for Harbourland’s Fish Ministry, Oleg Roe, who also ran.",
     [("Oleg Roe", True)]),
])
def test_who_speaks_is_not_a_name_in_a_clause_a_title_or_a_role_before_the_person(tmp_path, body, expected):
    assert [(v.speaker, v.named) for v in voices_of(tmp_path, body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("The view upended policy toward Harbourland, a country that the former nominee, Tom Berg, called a foe.", []),
    ("Tom Berg, a rival whom Roe fired a week ago, said the pier was old.", ["Tom Berg"]),
])
def test_a_name_described_by_a_clause_with_its_own_subject_is_no_speaker(tmp_path, body, expected):
    assert speakers(tmp_path, body) == expected


def test_a_modal_or_an_adverb_describes_no_group(tmp_path):
    body = "Beyond that, Harbour Democrats can fairly run on a claim that they won."
    assert "Harbour Democrats can fairly run" not in speakers(tmp_path, body)


@pytest.mark.parametrize("body, expected", [
    ("Most voters support the pier plan.", [("voters", False, "position")]),
    ("Two-thirds support closing the old pier.", [("Two-thirds", False, "position")]),
    ("Despite the anti-Roe support, Roe leads the race.", []),
    ("Boat support also includes two tugs from the Harbour Fleet.", []),
    ("Most fishermen who said they had backed Sen. Tom Berg, D-Harb., now support Lee.", []),
])
def test_support_is_a_position_a_share_is_unnamed_and_a_clauses_object_is_no_speaker(tmp_path, body, expected):
    assert [(v.speaker, v.named, v.kind) for v in voices_of(tmp_path, body)] == expected
