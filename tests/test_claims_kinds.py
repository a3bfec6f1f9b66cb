"""Which sentences are claims, and of which kind: a clause of someone's words is reported speech, not an
event, and names its verb once and without the aside; a verb or an account ("studies", "reports") and a
document not yet published are no document to find. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, source_of

from medialit.analysis.claims import detect_claims


@pytest.mark.parametrize("sentence", [
    "Councillor Jo Brandt, who chairs the harbour committee, rejected that claim and said the pier deal was fair.",
    "A harbour board member who asked not to be named said the ferry contract had been awarded without a full tender.",
    "Dr. Ann Okafor, an epidemiologist at Harbour University, said it was too early to say whether the food at the "
    "pier or a virus passed between children was to blame.",
])
def test_words_someone_said_are_reported_speech_not_an_event(tmp_path, sentence):
    kinds = [c.kind for c in detect_claims(source_of(tmp_path, sentence))]
    assert kinds and "event" not in kinds, kinds


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


def test_pointed_out_that_is_reported_speech_with_its_verb_once(tmp_path):
    body = ("Later the mayor pointed out that half of the night ferries to the harbour carry smuggled fuel for "
            "resale.")
    claims = detect_claims(source_of(tmp_path, body))
    assert [c.kind for c in claims] == ["reported"]
    assert claims[0].cues[0] == "pointed out that" and "pointed" not in claims[0].cues


# ------------------------------------------------------------------------------------------------ documents


@pytest.mark.parametrize("sentence, not_a_document", [
    ("Dr Ann Okafor, a nutritionist at Dunmore University who studies school meals, said the menu lacked iron.",
     "studies"),
    ("The bakery has received 52 reports of burnt loaves since the new ovens were fitted in Dunmore.", "reports"),
    ("The Dunmore bakery says it changed its recipe as soon as the first reports came in from parents.", "reports"),
])
def test_a_verb_or_an_account_is_no_document_to_find(tmp_path, sentence, not_a_document):
    claims = claims_of(tmp_path, sentence)
    assert claims and all(c.kind != "document" for c in claims), [(c.kind, c.cues) for c in claims]


def test_a_document_not_yet_published_is_no_document_claim(tmp_path):
    body = ("Councillor Jo Brandt rejected the claim and said the tender documents would be published next "
            "month by the harbour board.")
    assert all(c.kind != "document" for c in detect_claims(source_of(tmp_path, body)))
