"""What a verification key says to start from: whom the sentence gives a number to, the document it takes
a number from or cites (named whole, never cut inside a name, a web address the text gives), the
speaker's own record (a speaker named by role, a body that speaks without a name), the plan of someone
who proposes a figure, the decision behind a penalty, the rule behind a definition, and the studies a
science claim rests on. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import source_of, tasks_of

from medialit.analysis import analyze
from medialit.analysis.claims import detect_claims
from medialit.lesson.verification import verification_questions


# -------------------------------------------------------------------------------------------------- numbers


BODY = """\
Millhaven Primary School closed its kitchen on Tuesday after 23 pupils and two teachers reported stomach pains over the weekend, the district health office said.

Ice cream stalls on the pier have been told to close for a week while inspectors test the freezers.

Food scares in schools peak in winter, according to a 2022 report by the national public health agency, which found that fewer than one in five were traced to food.

The caterer said in a statement that none of the 40 other schools it serves had reported any illness.

The school's head teacher, Ann Okafor, wrote to parents on Monday that the kitchen would stay shut.

Parents said they had been told nothing by the caterer for three days.
"""


def test_a_numbers_key_names_who_the_sentence_gives_it_to(tmp_path):
    source = source_of(tmp_path, BODY)
    questions = verification_questions(source, analyze(source))
    number = [q for q in questions if q.kind == "claim:number" and q.paragraph == 1]
    assert number, [q.kind for q in questions]
    why = number[0].answer.why
    assert "the sentence gives it to the district health office" in why
    assert "two teachers" not in why


def test_a_number_taken_from_a_document_names_that_document_in_its_key(tmp_path):
    body = ("The Dunmore bakery chain sold 3.4 million loaves last year, according to its annual accounts.\n\n"
            "Its owner, Jo Brandt, said the new ovens had cut waste by a third.")
    source = source_of(tmp_path, body)
    number = tasks_of(source, "number")
    assert number, "no number task"
    assert "the sentence takes it from “its annual accounts”, so start with that document" in number[0].answer.why


def test_a_figure_someone_proposes_is_traced_to_their_plan(tmp_path):
    body = "Councillor Dana Roe wants to make the Elm Road bus free for the 3,000 pupils of Dunmore from September."
    source = source_of(tmp_path, body)
    number = tasks_of(source, "number")
    assert number, "no number task"
    assert "so start with what Councillor Dana Roe published" in number[0].answer.why, number[0].answer.why
    believed = source_of(tmp_path, "Councillor Dana Roe believes 3,000 pupils of Dunmore take the Elm Road bus.")
    keys = [q.answer.why for q in verification_questions(believed, analyze(believed)) if q.kind == "claim:number"]
    assert keys and not any("Councillor Dana Roe published" in k for k in keys)


@pytest.mark.parametrize("sentence", [
    "If the ban is confirmed, the Dunmore rower Kit Varga could be banned for up to four years from every race.",
    "The Dunmore harbour board barred its pilot, Jo Brandt, from working on the ferries for one year.",
])
def test_a_penalty_is_settled_by_the_decision_or_the_rule_not_by_who_counted_it(tmp_path, sentence):
    source = source_of(tmp_path, sentence)
    number = tasks_of(source, "number")
    assert number, "no number task"
    assert "this figure is a penalty, though: no one counted it, so start with the decision that set it" in number[0].answer.why


def test_a_figure_inside_a_definition_is_traced_to_the_rule_that_defines_it(tmp_path):
    body = ("The Dunmore grant requires a project in a harbour district, which is defined as a ward where at least "
            "40 percent of homes lie within a mile of the quay.")
    source = source_of(tmp_path, body)
    number = tasks_of(source, "number")
    assert number, "no number task"
    assert "this figure is part of a definition, though, so start with the law, regulation or rule" in \
        number[0].answer.why


# ------------------------------------------------------------------------------------------------ documents


def test_the_document_an_according_to_cites_is_named_whole(tmp_path):
    source = source_of(tmp_path, BODY)
    questions = verification_questions(source, analyze(source))
    document = [q for q in questions if q.kind == "claim:document" and q.paragraph == 3]
    assert document, [q.kind for q in questions]
    assert "“according to a 2022 report by the national public health agency”" in document[0].answer.why


def test_a_source_is_never_cut_inside_a_name(tmp_path):
    body = ("According to a 12-count complaint filed by the state Office of Fair Trading and Consumer Safety and a "
            "letter from 40 tenants, the Dunmore landlord overcharged families by $2 million over six years.")
    source = source_of(tmp_path, body)
    document = tasks_of(source, "document")
    assert document, "no document task"
    assert "Office of Fair Trading and Consumer Safety”" in document[0].answer.why


def test_a_sentence_that_gives_a_web_address_is_checked_at_that_address(tmp_path):
    body = ("Jo Brandt, a parent at the Dunmore school, sent me the worksheet. "
            "Here it is: https://www.example.org/files/Harbour/Plans/sheet.pdf So the teacher chose to skip the "
            "chapter on the harbour strike and the school board has backed her decision.")
    source = source_of(tmp_path, body)
    claims = [c for c in detect_claims(source) if "example.org" in c.text]
    assert claims and claims[0].kind == "document" and claims[0].cues == ("www.example.org",), claims
    document = tasks_of(source, "document")
    assert document and "the page at the address the text gives, “https://www.example.org/files/Harbour/Plans/" \
                         "sheet.pdf”" in document[0].answer.why


def test_a_science_claim_resting_on_studies_is_settled_by_the_studies(tmp_path):
    body = ("Since the harbour vaccine became widely available, these outlets have kept warning readers against it, "
            "although the vaccine has been shown to work well against the fever in countless clinical studies.")
    source = source_of(tmp_path, body)
    questions = verification_questions(source, analyze(source))
    document = [q for q in questions if q.kind == "claim:document"]
    assert document, [q.kind for q in questions]
    assert "the document itself (“countless clinical studies”)" in document[0].answer.why


# ------------------------------------------------------------------------------------------ reported speech


def test_a_speaker_named_by_role_is_named_in_the_key(tmp_path):
    body = ("The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
            "The regulator said it had asked the bakery to act after it received complaints from parents.")
    source = source_of(tmp_path, body)
    reported = tasks_of(source, "reported")
    assert reported, "no reported-speech task"
    assert "the speaker's own record (the regulator)" in reported[0].answer.why


@pytest.mark.parametrize("sentence, role", [
    ("Dunmore police say the lorry driver had been arrested by the harbour patrol after he fled the bridge.",
     "Dunmore police"),
])
def test_a_body_that_speaks_without_a_name_is_the_speaker_in_the_key(tmp_path, sentence, role):
    source = source_of(tmp_path, sentence)
    reported = tasks_of(source, "reported")
    assert reported, "no reported-speech task"
    assert f"the speaker's own record ({role})" in reported[0].answer.why
