"""Claims and verification keys with one source for each fact (issue 16): the verbs of saying
are the voices' (data/voices.yaml), a key names the speaker the voices found, a number word is one that
checks.yaml knows. Each text is a small text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.claims_text import source_of, tasks_of

from medialit.analysis import analyze
from medialit.analysis.claims import detect_claims, table_claims, without_repeats
from medialit.analysis.voices import load_voice_data
from medialit.lesson.verification import verification_questions


def kinds_of(tmp_path: Path, body: str) -> list[str]:
    return [c.kind for c in detect_claims(source_of(tmp_path, body))]


# ------------------------------------------------------------------------------ verbs of saying from data


@pytest.mark.parametrize("sentence", [
    # the same verbs for either side of a dispute (mirror images)
    "The tenants' union asserted that the landlord had ignored the damp flats in Harrow Street all winter.",
    "The landlord asserted that the tenants' union had ignored the repair notices in Harrow Street all winter.",
    "The tenants' union emphasized that the landlord had ignored the damp flats in Harrow Street all winter.",
    "The landlord emphasized that the tenants' union had ignored the repair notices in Harrow Street all winter.",
])
def test_a_verb_of_saying_in_the_voices_data_makes_reported_speech(tmp_path, sentence):
    """"asserted", "emphasized" are verbs of saying in voices.yaml: the speaker's record settles the words."""
    assert "reported" in kinds_of(tmp_path, sentence)


def test_the_verbs_of_saying_come_from_the_voices_data(tmp_path, monkeypatch):
    """A verb the voices do not list as one of saying ("assert" here, left out) reports no words."""
    from medialit.analysis.claims import speech as claims
    verbs = tuple(v for v in claims.saying_verbs() if not v.form.startswith("assert"))
    for cached in (claims._saying, claims._reported_speech, claims._by_pronoun):
        cached.cache_clear()
    monkeypatch.setattr(claims, "saying_verbs", lambda: verbs)
    try:
        assert "reported" not in kinds_of(tmp_path, "The landlord asserted that the tenants' union had ignored the "
                                                    "repair notices in Harrow Street all winter.")
    finally:
        for cached in (claims._saying, claims._reported_speech, claims._by_pronoun):
            cached.cache_clear()


def test_the_verbs_of_saying_are_those_the_voices_read(tmp_path):
    """The claims take their verbs of saying from the voices' data: the same forms and flags."""
    from medialit.analysis.claims import saying_verbs
    read = {(v.form, v.ambiguous, v.position, v.before, v.bodies_act) for v in saying_verbs()}
    assert read == {(v.form, v.ambiguous, v.position, v.before, v.bodies_act) for v in load_voice_data().verbs}


@pytest.mark.parametrize("sentence", [
    "The council records showed that the Harbour Street flats had failed two inspections.",
    "The video confirms that the Elm Road tram stopped outside the market.",
])
def test_what_a_document_or_a_thing_shows_is_no_ones_words(tmp_path, sentence):
    """Records and videos say nothing: what they show is checked in them, not in a speaker's record."""
    assert "reported" not in kinds_of(tmp_path, sentence)


def test_words_told_to_someone_keep_the_listener_in_the_words_to_check(tmp_path):
    """"told" has its branch: "told the inspectors he ...", not "She told"."""
    claims = detect_claims(source_of(tmp_path, "She told the inspectors he had carried a knife into the Elm Road "
                                               "market."))
    assert claims and claims[0].kind == "reported"
    assert claims[0].cues[0] == "told the inspectors he"


def test_a_noun_that_is_also_a_verb_of_saying_reports_words_only_before_that(tmp_path):
    """"notes", "claims" are nouns too (voices.yaml 'ambiguous'): "the notes that ..." is no one's words, but
    "Jo Roe claims that ..." is."""
    assert "reported" in kinds_of(tmp_path, "Councillor Jo Roe claims that the landlord had ignored the damp flats in Harrow Street all winter.")


# ------------------------------------------------------------------------- the speaker a key names


def _reported_keys(tmp_path: Path, body: str) -> list[str]:
    source = source_of(tmp_path, body)
    return [q.answer.why for q in verification_questions(source, analyze(source)) if q.kind == "claim:reported"]


@pytest.mark.parametrize("body, speaker", [
    # the role as the voices give it, without the auxiliary or the adverb after it
    ("The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
     "Inspectors have said the bakery had been warned by the regulator about its ovens.", "inspectors"),
    ("The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
     "Officials later said the bakery had been warned by the regulator about its ovens.", "officials"),
    # a people's adjective stays as written
    ("The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
     "Irish inspectors say the bakery had been warned by the regulator about its ovens.", "Irish inspectors"),
])
def test_a_key_names_the_unnamed_speaker_the_voices_found(tmp_path, body, speaker):
    keys = _reported_keys(tmp_path, body)
    assert keys, "no reported-speech task"
    assert f"the speaker's own record ({speaker})" in keys[0]


def test_a_key_names_no_pronoun_as_the_speaker(tmp_path):
    keys = _reported_keys(tmp_path, "The Dunmore bakery recalled 9,000 loaves on Monday.\n\n"
                                    "They said the bakery had been warned by the regulator about its ovens.")
    assert all("own record (they)" not in key.lower() for key in keys)


# ------------------------------------------------------------------------------- number words, once


def test_a_spelled_number_alone_is_left_out_of_a_search_but_a_percentage_is_kept(tmp_path):
    """"thirty" alone finds nothing (checks.yaml's number words); "70 percent" is searched as written."""
    body = ("Thirty families in Harrow Street were moved to a hotel after the flood, the Dunmore council said.\n\n"
            "About 70 percent of the Harrow Street flats were damaged by the flood, the Dunmore council said.")
    source = source_of(tmp_path, body)
    searches = [q.answer.why.split("Search for ")[1] for q in verification_questions(source, analyze(source))
                if q.kind == "claim:number" and "Search for " in q.answer.why]
    assert searches, "no number task with a search"
    assert not any("Thirty" in s.split("”")[0] for s in searches)
    assert any("70 percent" in s for s in searches)


def test_the_claims_table_and_the_tasks_drop_the_same_repeated_lead(tmp_path):
    """A lead repeated further down (the same two figures) is one row and one task: one rule for both."""
    body = ("Dunmore hospital counted 21 cases of food poisoning, including 17 children, on Monday.\n\n"
            "The bakery on Elm Road closed on Tuesday.\n\n"
            "The hospital's 21 cases, with 17 children among them, were all traced to one bakery, the council said.")
    claims = detect_claims(source_of(tmp_path, body))
    repeated = [c for c in claims if "21" in c.cues and "17" in c.cues]
    assert len(repeated) == 2
    kept = without_repeats(sorted(claims, key=lambda c: c.start))
    assert repeated[0] in kept and repeated[1] not in kept
    assert repeated[1] not in table_claims(claims) or repeated[0] not in table_claims(claims)


# ------------------------------------------------------- read of three new lessons (part B)


def _questions(tmp_path: Path, body: str, kind: str):
    return tasks_of(source_of(tmp_path, body), kind)


def test_a_figure_given_to_someone_unnamed_starts_with_the_report_that_quoted_them(tmp_path):
    """"A harbour official told the Gazette ..." : an unnamed official publishes nothing; the key sends the
    student to the first report that quoted them, and writes the article in lower case."""
    body = ("The Dunmore ferry was late on Monday.\n\n"
            "A harbour official told the Harbour Gazette in May that the ferry company had cancelled 1,200 "
            "crossings in the winter before the strike.")
    number = _questions(tmp_path, body, "number")
    assert number, "no number task"
    why = number[0].answer.why
    assert "what A harbour official published" not in why
    assert "someone it does not name (a harbour official), so start with the first report that quoted them" in why


def test_a_figure_given_to_a_named_body_still_starts_with_what_it_published(tmp_path):
    body = "The Dunmore ferry company cancelled 1,200 crossings in the winter, the Harbour Board said on Monday."
    number = _questions(tmp_path, body, "number")
    assert number, "no number task"
    assert "so start with what Harbour Board published" in number[0].answer.why


def test_a_document_phrase_does_not_run_across_a_preposition(tmp_path):
    """"the mayor's aides spoke after reports" names no document: the key does not quote it as one."""
    body = ("Mayor Jo Lane's complaints about the harbour board and the mayor's aides spoke after reports that the "
            "board had met the ferry company 14 times in 2023.")
    keys = [q.answer.why for q in verification_questions(source_of(tmp_path, body),
                                                         analyze(source_of(tmp_path, body)))]
    assert keys
    assert not any("aides spoke after reports" in k for k in keys)


def test_a_figure_in_an_aside_between_dashes_is_quoted_with_what_it_qualifies(tmp_path):
    """"... its busiest day – 152 admissions – since ...": the quote keeps what the figure counts."""
    body = ("Dunmore hospital, the largest in the county after the merger of the two old hospitals in 2019, "
            "counted the flu patients of its busiest day – 152 admissions – since the wards were rebuilt, and "
            "expects 2,000 patients with the flu before the spring.")
    number = _questions(tmp_path, body, "number")
    assert number, "no number task"
    assert not number[0].quote[:1].isdigit(), number[0].quote
    assert "152" in number[0].quote


def test_a_document_key_names_the_document_the_voices_found_cited(tmp_path):
    """"... in the 140 pages of council records released by a county judge": the key names those records,
    not "whatever the sentence cites"."""
    body = ("The Dunmore ferry company was fined on Monday.\n\n"
            "The owner's name stood in the 140 pages of council records released by a county judge, and in two "
            "documents given to the Harbour Gazette.")
    document = _questions(tmp_path, body, "document")
    assert document, "no document task"
    assert "whatever the sentence cites" not in document[0].answer.why
    assert "140 pages of council records" in document[0].answer.why
