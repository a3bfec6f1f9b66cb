"""Claims, verification keys and source questions on new texts, round 6 (issue 16, helper vr-26): a product
recall, a doping case, a lawsuit report, a visa-fraud report and a personal-finance column. Each case is a
task, a key, a claims-table row or a source question a teacher would not keep, written as a small text of
our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.analysis.checkworthy import salient_names
from medialit.analysis.claims import detect_claims
from medialit.analysis.framing import detect_framing
from medialit.lesson import bias
from medialit.lesson.verification import verification_questions
from medialit.text.source import load_source


def source_of(tmp_path: Path, body: str, published: str = "2025-03-04"):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\npublished: {published}\ntopics: [local]\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


def claims_of(tmp_path: Path, body: str):
    return detect_claims(source_of(tmp_path, body))


@pytest.mark.parametrize("sentence", [
    "The tenants' union said the landlord had ignored the damp flats in Harrow Street all winter.",
    "Supporters on the council say the tram line, built with a regional grant, has brought shoppers back to Elm Road.",
    "The bakery chain says it began checking its ovens in Dunmore after the first complaints.",
    "Jo Brandt told the Harbour Gazette he was blamed for the delays on the Elm Road works by the council.",
    "He has also attacked the harbour board, saying that the Elm Road contract was handed to a friend.",
    "Councillor Dana Roe has mentioned moving the Elm Road market to the harbour car park.",
])
def test_a_clause_of_someones_words_is_reported_speech_not_an_event(tmp_path, sentence):
    kinds = [c.kind for c in claims_of(tmp_path, sentence)]
    assert kinds and "event" not in kinds and "reported" in kinds, kinds


def test_a_reported_clause_names_its_verb_without_the_aside(tmp_path):
    (claim,) = [c for c in claims_of(tmp_path, "Supporters on the council say the tram line, built with a regional "
                                               "grant, has brought shoppers back to Elm Road.") if c.kind == "reported"]
    assert claim.cues[0] == "say the tram line has"


@pytest.mark.parametrize("sentence, not_a_document", [
    ("Dr Ann Okafor, a nutritionist at Dunmore University who studies school meals, said the menu lacked iron.",
     "studies"),
    ("The bakery has received 52 reports of burnt loaves since the new ovens were fitted in Dunmore.", "reports"),
    ("The Dunmore bakery says it changed its recipe as soon as the first reports came in from parents.", "reports"),
])
def test_a_verb_or_an_account_is_no_document_to_find(tmp_path, sentence, not_a_document):
    claims = claims_of(tmp_path, sentence)
    assert claims and all(c.kind != "document" for c in claims), [(c.kind, c.cues) for c in claims]


def test_someone_who_has_not_corrected_an_error_is_no_correction_of_the_page(tmp_path):
    claims = claims_of(tmp_path, "The Dunmore school board still has not corrected the error in the leaflet it "
                                 "sent to 400 parents.")
    assert claims and all(c.kind != "correction" for c in claims)
    note = claims_of(tmp_path, "Correction: The Dunmore school board meets on Thursday, not on Tuesday as this "
                               "story first said.")
    assert any(c.kind == "correction" for c in note)


@pytest.mark.parametrize("sentence, figure", [
    ("The harbour master notes that three things are happening at once in Dunmore this spring.", "three"),
    ("Prices for a flat on Elm Road in Dunmore now start at six figures, the agents reported.", "six"),
])
def test_the_writers_own_list_is_no_count_to_trace(tmp_path, sentence, figure):
    cues = [cue for c in claims_of(tmp_path, sentence) for cue in c.cues]
    assert figure not in cues, cues


@pytest.mark.parametrize("text, not_a_name", [
    ("So she suggested a cheaper way to pay for the Dunmore pool: Borrow against the town hall now.", "Borrow"),
    ("The leaflet is online at https://www.example.org/files/Harbour/Plans/2024.pdf So the council says it acted.",
     "Harbour"),
])
def test_a_word_after_a_colon_or_inside_a_web_address_is_no_name(text, not_a_name):
    names = salient_names(text)
    assert not any(not_a_name in n for n in names), names
    assert "So" not in names


def test_a_number_taken_from_a_document_names_that_document_in_its_key(tmp_path):
    body = ("The Dunmore bakery chain sold 3.4 million loaves last year, according to its annual accounts.\n\n"
            "Its owner, Jo Brandt, said the new ovens had cut waste by a third.")
    source = source_of(tmp_path, body)
    number = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert number, "no number task"
    assert "the sentence takes it from “its annual accounts”, so start with that document" in number[0].answer.why


def test_a_source_is_never_cut_inside_a_name(tmp_path):
    body = ("According to a 12-count complaint filed by the state Office of Fair Trading and Consumer Safety and a "
            "letter from 40 tenants, the Dunmore landlord overcharged families by $2 million over six years.")
    source = source_of(tmp_path, body)
    document = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:document"]
    assert document, "no document task"
    assert "Office of Fair Trading and Consumer Safety”" in document[0].answer.why


def test_a_speaker_named_by_role_is_named_in_the_key(tmp_path):
    body = ("The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
            "The regulator said it had asked the bakery to act after it received complaints from parents.")
    source = source_of(tmp_path, body)
    reported = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:reported"]
    assert reported, "no reported-speech task"
    assert "the speaker's own record (the regulator)" in reported[0].answer.why


def test_a_search_keeps_the_name_of_who_did_it(tmp_path):
    body = ("Dunmore Kitchen Appliances announced today a recall of about 48,000 toasters sold in the county "
            "between March 2023 and January 2024.")
    source = source_of(tmp_path, body)
    number = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert number, "no number task"
    first_search = number[0].answer.why.split("Search for “")[1].split("”")[0]
    assert "Dunmore Kitchen Appliances" in first_search, first_search


def test_a_body_named_before_and_referred_to_again_is_no_unnamed_source(tmp_path):
    body = ("Dunmore Kitchen Appliances announced a recall of 48,000 toasters on Monday.\n\n"
            "The company said four people had been slightly burnt. Ravi Menon of the Fair Shelf group said the "
            "firm had been too slow.")
    source = source_of(tmp_path, body)
    prompts = [q.prompt for q in bias.voice_questions(source, analyze(source))]
    assert not any("does not name its source" in p and "The company" in p for p in prompts), prompts
    officials = source_of(tmp_path, "Four people were slightly burnt by the toasters, officials said on Monday.")
    assert any("does not name its source" in q.prompt for q in bias.voice_questions(officials, analyze(officials)))


@pytest.mark.parametrize("sentence", [
    "If the ban is confirmed, the Dunmore rower Kit Varga could be banned for up to four years from every race.",
    "The Dunmore harbour board barred its pilot, Jo Brandt, from working on the ferries for one year.",
])
def test_a_penalty_is_settled_by_the_decision_or_the_rule_not_by_who_counted_it(tmp_path, sentence):
    source = source_of(tmp_path, sentence)
    number = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert number, "no number task"
    assert "this figure is a penalty, though: no one counted it, so start with the decision that set it" in number[0].answer.why


def test_a_sentence_that_gives_a_web_address_is_checked_at_that_address(tmp_path):
    body = ("Jo Brandt, a parent at the Dunmore school, sent me the worksheet. "
            "Here it is: https://www.example.org/files/Harbour/Plans/sheet.pdf So the teacher chose to skip the "
            "chapter on the harbour strike and the school board has backed her decision.")
    source = source_of(tmp_path, body)
    claims = [c for c in detect_claims(source) if "example.org" in c.text]
    assert claims and claims[0].kind == "document" and claims[0].cues == ("www.example.org",), claims
    document = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:document"]
    assert document and "the page at the address the text gives, “https://www.example.org/files/Harbour/Plans/" \
                         "sheet.pdf”" in document[0].answer.why


def test_a_page_note_on_a_correction_needs_the_outlets_note(tmp_path):
    story = source_of(tmp_path, "The Dunmore school board still has not corrected the error in the leaflet it sent "
                                "to 400 parents.")
    assert not [s for s in detect_framing(story) if s.kind == "correction"]
    note = source_of(tmp_path, "The board met on Monday.\n\nCorrection: The Dunmore school board meets on Thursday, "
                               "not on Tuesday as this story first said.")
    assert [s for s in detect_framing(note) if s.kind == "correction"]


@pytest.mark.parametrize("sentence, role", [
    ("Dunmore police say the lorry driver had been arrested by the harbour patrol after he fled the bridge.",
     "Dunmore police"),
])
def test_a_body_that_speaks_without_a_name_is_the_speaker_in_the_key(tmp_path, sentence, role):
    source = source_of(tmp_path, sentence)
    reported = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:reported"]
    assert reported, "no reported-speech task"
    assert f"the speaker's own record ({role})" in reported[0].answer.why


@pytest.mark.parametrize("sentence", [
    "Which the mayor of Dunmore quickly corrected: the Elm Road bridge would stay open to buses.",
    "Hundreds of Dunmore parents signed the Harbour Correction: a letter to the school board on Elm Road.",
])
def test_a_correction_word_before_a_colon_in_the_story_is_no_page_note(tmp_path, sentence):
    assert not [s for s in detect_framing(source_of(tmp_path, sentence)) if s.kind == "correction"]


def test_a_figure_someone_proposes_is_traced_to_their_plan(tmp_path):
    body = "Councillor Dana Roe wants to make the Elm Road bus free for the 3,000 pupils of Dunmore from September."
    source = source_of(tmp_path, body)
    number = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert number, "no number task"
    assert "so start with what Councillor Dana Roe published" in number[0].answer.why, number[0].answer.why
    believed = source_of(tmp_path, "Councillor Dana Roe believes 3,000 pupils of Dunmore take the Elm Road bus.")
    keys = [q.answer.why for q in verification_questions(believed, analyze(believed)) if q.kind == "claim:number"]
    assert keys and not any("Councillor Dana Roe published" in k for k in keys)


def test_a_figure_inside_a_definition_is_traced_to_the_rule_that_defines_it(tmp_path):
    body = ("The Dunmore grant requires a project in a harbour district, which is defined as a ward where at least "
            "40 percent of homes lie within a mile of the quay.")
    source = source_of(tmp_path, body)
    number = [q for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert number, "no number task"
    assert "this figure is part of a definition, though, so start with the law, regulation or rule" in \
        number[0].answer.why


@pytest.mark.parametrize("body, weak", [
    ("The Dunmore harbour board barred its pilot, Jo Brandt, from working on the ferries for one year.", "one"),
    ("About 1 in 4 pupils at the Dunmore school skipped lunch last winter, the district health office said.", "1 4"),
])
def test_a_lone_digit_or_small_number_word_is_not_searched(tmp_path, body, weak):
    source = source_of(tmp_path, body)
    keys = [q.answer.why for q in verification_questions(source, analyze(source)) if q.kind == "claim:number"]
    assert keys, "no number task"
    searches = keys[0].split("Search for ", 1)[1]
    assert f"“{weak} " not in searches and f" {weak} " not in searches, searches


def test_a_scale_word_alone_is_not_searched(tmp_path):
    body = "The Dunmore inquiry's report heard from at least a thousand former pupils of the Elm Road school."
    source = source_of(tmp_path, body)
    keys = [q.answer.why for q in verification_questions(source, analyze(source))]
    assert keys and all(" thousand " not in f" {k.split('Search for ', 1)[-1]} ".replace("“", " ") for k in keys), keys
