"""What a claim gives a student to trace, on sentences a teacher would stop at: how often something happened
to one person is no figure, a scale of a scale is one figure ("hundreds of thousands"), a person cited with
"according to" is someone's words and no document, a term held at a distance in quotation marks is no
quotation, a deed "they" or "we" did not do is no event, and a quotation closed in its sentence is traced by
its own words, not by who said them. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, figures_of


def _cues(tmp_path, sentence: str) -> list[str]:
    return [c for cues in figures_of(tmp_path, sentence) for c in cues]


@pytest.mark.parametrize("sentence, count", [
    ("I have been stopped three times on this road since March, and each stop took more than an hour.", "three"),
    ("The ferry from Dalmore broke down 4 times in the first week of the summer season last year.", "4"),
])
def test_how_often_something_happened_is_no_figure(tmp_path, sentence, count):
    assert count not in _cues(tmp_path, sentence)


def test_times_as_many_is_still_a_figure(tmp_path):
    assert "three" in _cues(tmp_path, "The harbour handled three times as many containers in 2023 as the "
                                      "regional port office had forecast in its plan.")


@pytest.mark.parametrize("scale", ["Hundreds of thousands", "Tens of thousands", "Tens of millions"])
def test_a_scale_of_a_scale_is_one_figure(tmp_path, scale):
    cues = _cues(tmp_path, f"{scale} of people cross the river road each year, according to the regional "
                           "transport office.")
    assert scale in cues and scale.split()[0] not in cues and "thousands" not in cues


@pytest.mark.parametrize("person", ["a State Department representative", "the mayor", "a spokeswoman"])
def test_according_to_a_person_is_their_words_not_a_document(tmp_path, person):
    claims = claims_of(tmp_path, f"The checkpoints were a matter for the regional government, according to "
                                 f"{person} who spoke to reporters.")
    assert claims and all(c.kind != "document" for c in claims)
    assert any(c.kind == "reported" and any(cue.startswith("according to") for cue in c.cues) for c in claims)


def test_according_to_a_report_is_still_a_document(tmp_path):
    claims = claims_of(tmp_path, "The checkpoints cost the region 4 million euros last year, according to the "
                                 "audit office's annual report.")
    assert claims and claims[0].kind == "document"


@pytest.mark.parametrize("term", ['so-called "crimes against humanity"', 'the "temporary checkpoints"'])
def test_a_term_held_at_a_distance_is_no_quotation(tmp_path, term):
    claims = claims_of(tmp_path, f"The minister said the raids were {term} invented by foreign lawyers "
                                 "in the capital.")
    assert claims and all(c.kind != "quotation" for c in claims)


def test_words_someone_is_quoted_saying_are_still_a_quotation(tmp_path):
    claims = claims_of(tmp_path, 'The minister said the raids were "a crime against the whole of humanity" '
                                 "and left the chamber.")
    assert claims and claims[0].kind == "quotation"


@pytest.mark.parametrize("sentence", [
    "They did not build this library so that faceless officials could censor what our children read.",
    "We did not vote for this council so that it could sell our parks to developers.",
])
def test_a_deed_they_or_we_did_not_do_is_no_event(tmp_path, sentence):
    assert all(c.kind != "event" for c in claims_of(tmp_path, sentence))


def test_a_named_doer_who_did_not_act_is_not_judged_by_that_rule(tmp_path):
    claims = claims_of(tmp_path, "The Dalmore council did not publish the minutes of the March meeting, "
                                 "Anna Berg wrote to the regional ombudsman.")
    assert all(c.kind != "statement" for c in claims)


def test_a_quotation_closed_in_its_sentence_is_traced_by_its_own_words(tmp_path):
    claims = claims_of(tmp_path, '"Nobody asked us. Nobody ever asks us," said Maria Lopez, a mother of three '
                                 "who drives to the coast for work every morning.")
    quoted = [c for c in claims if c.kind == "quotation"]
    assert quoted and all("Maria Lopez" not in cue and "said" not in cue for c in quoted for cue in c.cues)
    assert any("Nobody ever asks us" in cue for c in quoted for cue in c.cues)
