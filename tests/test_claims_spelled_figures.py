"""Figures and documents as a speech or an old-style text writes them: a number word with its tens
("thirty-one", not "one"), a day written in words ("the twenty-ninth of August"), a page number in words
("page nine") that counts nothing, a unit of parts ("15 parts per billion", not "billion"), a document the
sentence says is missing ("without a declaration") or refers back to ("that review"), a review or a letter as
a document (not in a name, an idiom, a process or someone's quoted words) and a record over all time ("has never
lost") that no single report settles. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, figures_of


def test_a_number_word_keeps_its_tens(tmp_path):
    cues = figures_of(tmp_path, "This morning the town council voted, by thirty-one votes to four, to close the old bridge.")
    assert cues and "thirty-one" in cues[0] and "one" not in cues[0]


@pytest.mark.parametrize("sentence, day", [
    ("At dawn on the twenty-ninth of August the troops of Osterlind occupied the town of Kessen.", "twenty-ninth of August"),
    ("On the first of May the workers of Halden marched to the town hall to demand a pension.", "first of May"),
])
def test_a_day_written_in_words_is_a_whole_date(tmp_path, sentence, day):
    claims = claims_of(tmp_path, sentence)
    assert claims and claims[0].kind == "date" and day in claims[0].cues


def test_a_page_number_in_words_is_no_figure(tmp_path):
    cues = figures_of(tmp_path, "The water board announced the change in a notice on page nine of the Valley Courier.")
    assert all("nine" not in c for claim in cues for c in claim)


def test_parts_per_billion_is_one_figure(tmp_path):
    cues = figures_of(tmp_path, "Lead levels at the homes it sampled in February were below the federal action level "
                                "of 15 parts per billion, the board said in its report.")
    assert cues and "15 parts per billion" in cues[0] and "billion" not in cues[0]


def test_a_document_said_to_be_missing_is_not_the_document_cited(tmp_path):
    claims = claims_of(tmp_path, "They came without a declaration, without a word to our envoy, and without the least "
                                 "regard for the treaty of 1887 between the two kingdoms.")
    assert claims and claims[0].kind == "document"
    assert "declaration" not in claims[0].cues and "treaty" in claims[0].cues


@pytest.mark.parametrize("sentence", [
    "Tell them that Northmark has never lost a war it chose to fight together.",
    "The Harbour Mining Company has never paid a dividend to the families of its workers.",
])
def test_a_record_over_all_time_is_a_statement_not_an_event(tmp_path, sentence):
    claims = claims_of(tmp_path, sentence)
    assert all(c.kind != "event" for c in claims)


def test_a_deed_on_one_day_stays_an_event(tmp_path):
    """The mirror: a deed told in the past, with its doer named, is still an event."""
    claims = claims_of(tmp_path, "On Tuesday the Harbour Mining Company paid a dividend to the families of its workers "
                                 "for the first time.")
    assert claims and claims[0].kind in ("event", "date")


def test_a_document_word_quoted_after_a_modal_is_a_verb(tmp_path):
    """'would "review the programme"': the minister's words, not a review to find."""
    claims = claims_of(tmp_path, 'Minister of Labour Ruth Abara said in March that the government would "review the '
                                 'seasonal programme before the next harvest."')
    assert claims and claims[0].kind != "document"


def test_a_document_referred_back_to_is_not_cited_again(tmp_path):
    claims = claims_of(tmp_path, "A 2019 review in the Journal of Household Health reported that some people react to "
                                 "chloramine.\n\nThe water board did not mention that review in its notice of January 2020.\n")
    assert [c.kind for c in claims if c.paragraph == 2] != ["document"]
    assert claims and claims[0].kind == "document"


@pytest.mark.parametrize("sentence", [
    "But a 2019 review in the Journal of Household Health reported that some people with sensitive skin react to "
    "chloramine in tap water.",
    "The harbour pilot's lawyers showed the court a letter from the port office, dated 2016, that let him keep his "
    "licence for a year.",
])
def test_a_review_or_a_letter_is_a_document_to_find(tmp_path, sentence):
    """A review in a journal is no one's spoken words; a letter someone sent is the document to find."""
    claims = claims_of(tmp_path, sentence)
    assert claims and claims[0].kind == "document"


@pytest.mark.parametrize("sentence, word", [
    ("The harbour court said on Wednesday that fishing disputes go to the Regional Office for Licence Review, "
     "which meets twice a year.", "Review"),
    ("The study of the harbour's silt was published in the Coastal Journal Letters in March 2021.", "Letters"),
    ("She followed the letter of the law in her ruling of 2019, the court said.", "letter"),
    ("The agency followed the rules to the letter in 2019, the court said.", "letter"),
    ("The council sent the plan to the harbour board for review in March, the mayor said.", "review"),
    ("Marie Roe, a member of the harbour commission, told the Valley Courier: “We sent the harbour master a "
     "letter in 2015, and he promised to read it.”", "letter"),
])
def test_a_letter_or_review_that_names_nothing_to_find_is_no_document(tmp_path, sentence, word):
    """A name's word, an idiom, a process or someone's quoted words: no document cue."""
    assert all(word not in claim.cues for claim in claims_of(tmp_path, sentence))
