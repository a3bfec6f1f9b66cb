"""Claims and verification keys on new texts, round 5 (issue 16, helper vr-25): a wire report, a local
news report and a food scare written for this read. Each case is a task, a key or a claims-table row a
teacher would not keep, written as a small text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.analysis.checkworthy import salient_names
from medialit.analysis.claims import detect_claims
from medialit.lesson.verification import verification_questions
from medialit.text.source import load_source


def source_of(tmp_path: Path, body: str, published: str = "2025-01-14"):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


def figures_of(tmp_path: Path, sentence: str) -> list[tuple[str, ...]]:
    return [c.cues for c in detect_claims(source_of(tmp_path, sentence))]


@pytest.mark.parametrize("sentence, figure", [
    ("The death of Kit Varga, 43, a father of seven, has angered the harbour town, where 300 people marched.",
     "43"),
    ("The death of Kit Varga, 43, a father of seven, has angered the harbour town, where 300 people marched.",
     "seven"),
    ("Ann and Tom Roe, 27 and 29, walked past 200 police officers on the pier after their wedding.", "27"),
])
def test_an_age_or_a_family_is_no_figure_to_trace(tmp_path, sentence, figure):
    cues = [c for cues in figures_of(tmp_path, sentence) for c in cues]
    assert figure not in cues


@pytest.mark.parametrize("sentence, figure", [
    ("We've got five-hundred thousand more people out of work at the harbour than we had last year.", "hundred"),
])
def test_a_hyphenated_number_stays_a_figure(tmp_path, sentence, figure):
    cues = [c for cues in figures_of(tmp_path, sentence) for c in cues]
    assert any(figure in c for c in cues), cues


def test_a_count_beside_an_age_stays_a_figure(tmp_path):
    cues = [c for cues in figures_of(tmp_path, "Kit Varga, 43, said that 300 people marched to the harbour "
                                               "office on Friday to demand the report.") for c in cues]
    assert "300" in cues and "43" not in cues


def test_a_datelines_day_is_no_date_of_the_claim(tmp_path):
    body = ("Mar 3 (Harbour Wire) - The harbour town expects $16 billion from the state to rebuild its piers after "
            "the storm, its mayor told reporters on Friday.")
    cues = [c for cues in figures_of(tmp_path, body) for c in cues]
    assert "16 billion" in cues and not any("Mar" in c for c in cues)


def test_a_document_not_yet_published_is_no_document_claim(tmp_path):
    body = ("Councillor Jo Brandt rejected the claim and said the tender documents would be published next "
            "month by the harbour board.")
    assert all(c.kind != "document" for c in detect_claims(source_of(tmp_path, body)))


def test_a_sentence_opening_on_an_ellipsis_names_no_the():
    names = salient_names("....The harm to our harbour at the Northern Pier, including the Broken boats, is grave.")
    assert "The" not in names and "Northern Pier" in names


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


def test_the_document_an_according_to_cites_is_named_whole(tmp_path):
    source = source_of(tmp_path, BODY)
    questions = verification_questions(source, analyze(source))
    document = [q for q in questions if q.kind == "claim:document" and q.paragraph == 3]
    assert document, [q.kind for q in questions]
    assert "“according to a 2022 report by the national public health agency”" in document[0].answer.why


@pytest.mark.parametrize("sentence", [
    "Councillor Jo Brandt, who chairs the harbour committee, rejected that claim and said the pier deal was fair.",
    "A harbour board member who asked not to be named said the ferry contract had been awarded without a full tender.",
    "Dr. Ann Okafor, an epidemiologist at Harbour University, said it was too early to say whether the food at the "
    "pier or a virus passed between children was to blame.",
])
def test_words_someone_said_are_reported_speech_not_an_event(tmp_path, sentence):
    kinds = [c.kind for c in detect_claims(source_of(tmp_path, sentence))]
    assert kinds and "event" not in kinds, kinds


def test_a_science_claim_resting_on_studies_is_settled_by_the_studies(tmp_path):
    body = ("Since the harbour vaccine became widely available, these outlets have kept warning readers against it, "
            "although the vaccine has been shown to work well against the fever in countless clinical studies.")
    source = source_of(tmp_path, body)
    questions = verification_questions(source, analyze(source))
    document = [q for q in questions if q.kind == "claim:document"]
    assert document, [q.kind for q in questions]
    assert "the document itself (“countless clinical studies”)" in document[0].answer.why


def test_pointed_out_that_is_reported_speech_with_its_verb_once(tmp_path):
    body = ("Later the mayor pointed out that half of the night ferries to the harbour carry smuggled fuel for "
            "resale.")
    claims = detect_claims(source_of(tmp_path, body))
    assert [c.kind for c in claims] == ["reported"]
    assert claims[0].cues[0] == "pointed out that" and "pointed" not in claims[0].cues
