"""Verification tasks (scripts/medialit/lesson/verification.py, data/checks.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis import analyze
from medialit.text.source import load_source
from medialit.lesson.verification import MAX_QUESTIONS, MIN_QUESTIONS, load_checks, verification_questions

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.md"))

BIKE_LANE = """\
---
title: Council approves Elm Street bike lane
publisher: Riverside Weekly Courier
published: 2023-05-12
---
Council approves Elm Street bike lane

The city council voted 7 to 2 on Tuesday to build a protected bike lane on Elm Street, Mayor Dana Lee said.

The project will cost 1.2 million dollars and remove 40 parking spaces, according to a city report published in April.

Shop owners claimed the lane would hurt business. "We were not asked," said Priya Shah, who runs a bakery.

Construction is planned to start in September.
"""


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem.split("-")[0])
def test_each_seed_gets_five_to_eight_sourced_tasks(path):
    source = load_source(path)
    questions = verification_questions(source, analyze(source))
    assert MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS
    with_sources = [q for q in questions if q.answer.sources]
    assert len(with_sources) >= 5
    for question in questions:
        assert question.section == "verification"
        assert question.quote and question.quote in source.located_text(question.paragraph)
        assert len(question.quote) < 300, "quote the claim, not the paragraph"
        assert question.answer.good_answer and question.answer.why
        assert any(move in question.prompt for move in ("Stop", "Investigate", "Find better", "Trace"))
    for citation in (c for q in with_sources for c in q.answer.sources):
        assert citation.title and (citation.url is None or citation.url.startswith("http"))


def test_the_istanbul_check_mentions_both_halves_of_paragraph_8():
    check = load_checks().get("osce-indivisible-security")
    assert "at the expense of others" in check.finding and "choose" in check.finding
    assert "sphere of influence" in check.finding


def test_an_unrelated_text_gets_specific_generic_tasks(tmp_path):
    path = tmp_path / "bike.md"
    path.write_text(BIKE_LANE, encoding="utf-8")
    source = load_source(path)
    questions = verification_questions(source, analyze(source))
    # The vote, the cost and Priya Shah's words are worth checking; "would hurt business" is a prediction
    # and "is planned to start" a plan, which the check-worthiness model ranks below its threshold.
    assert len(questions) >= 3
    assert len({q.paragraph for q in questions}) >= 3, "spread over the text"
    for question in questions:
        assert question.quote in source.content
        assert not question.answer.sources, "no known check, so no invented sources"
    prompts = " ".join(q.prompt for q in questions)
    assert "“7”" in prompts or "“1.2”" in prompts or "“report”" in prompts


def test_every_check_has_a_task_a_search_and_a_source():
    for check in load_checks().checks:
        assert check.task and check.search and check.settles and check.finding and check.sources, check.id
        assert check.sift in ("stop", "investigate", "find", "trace")


def test_a_quotation_key_points_to_the_speakers_record_not_to_every_name_in_the_sentence(tmp_path):
    path = tmp_path / "quote.md"
    path.write_text("---\ntitle: Teachers and the new rules\n---\n"
                    "After the ruling in Marsh v. Ellery, Deputy Minister Ana Ruiz told Parliament that \"some teachers "
                    "may leave the profession altogether because of the new rules.\"\n\n"
                    "The rules take effect in September, the ministry said.\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    assert any(v.speaker and "Ana Ruiz" in v.speaker for v in analysis.voices)
    keys = [q.answer.why for q in verification_questions(source, analysis) if q.kind == "claim:quotation"]
    assert keys, "the quoted sentence is a quotation claim"
    record = keys[0].split("the speaker's own record (")[1].split(")")[0]
    assert "Ana Ruiz" in record and "Marsh" not in record and "Parliament" not in record


def test_a_date_key_says_where_its_names_come_from_and_lists_each_thing_once(tmp_path):
    path = tmp_path / "dispute.md"
    path.write_text("---\ntitle: The harbour dispute\n---\n"
                    "In 1998, for example, Northland gave up its claim to the Ostra Peninsula after the court ruled "
                    "against it, because taking Ostra by force would have cost it far more than it could gain, and "
                    "the fishing towns on both coasts had already lost most of their trade to the war.\n",
                    encoding="utf-8")
    source = load_source(path)
    keys = [q.answer.good_answer for q in verification_questions(source, analyze(source)) if q.kind == "claim:date"]
    assert keys, "the dated sentence is a date claim"
    # A peninsula is no person or organisation involved; and "Ostra" is the peninsula again.
    assert "people involved (" not in keys[0]
    named = keys[0].split("the sentence names ")[1].split(")")[0]
    assert "Ostra Peninsula" in named and "Ostra," not in named + "," and not named.endswith(", Ostra")


def _claim_in(tmp_path, body: str, sentence: str, kind: str, cues: tuple[str, ...]):
    from medialit.analysis.findings import Claim

    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\npublished: 2023-05-12\n---\n" + body + "\n", encoding="utf-8")
    source = load_source(path)
    start = source.content.index(sentence)
    claim = Claim(start=start, end=start + len(sentence), text=sentence, paragraph=1, kind=kind, cues=cues, score=0.9)
    return source, claim


def test_a_number_task_names_the_figures_not_the_sentences_other_cue_words(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = "Health officials in Northland warned nine countries about the fever on the coast this week."
    source, claim = _claim_in(tmp_path, sentence + " The fever spread along the coast.", sentence, "number",
                              ("nine", "warned", "this week"))
    question = _generic_question(source, claim, load_checks())
    assert "“nine”" in question.prompt and "“warned”" not in question.prompt and "“this week”" not in question.prompt
    assert "“nine”" in question.answer.good_answer, "a spelled figure is a figure to trace"
    assert "as the sentence gives it" not in question.answer.good_answer


def test_a_prediction_asks_whose_forecast_it_is_not_for_a_report_of_an_event(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = "In about five years, the old families of the valley will constitute less than half of its people."
    source, claim = _claim_in(tmp_path, sentence, sentence, "prediction", ("will constitute", "five"))
    question = _generic_question(source, claim, load_checks())
    assert "forecast" in question.prompt and "event" not in question.prompt
    assert "forecast" in question.answer.why and "report of the event" not in question.answer.why


def test_a_statement_asks_to_separate_what_a_source_can_confirm_from_judgement(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = "She and her followers in the party are tortured by the recent history of their nation."
    source, claim = _claim_in(tmp_path, sentence, sentence, "statement", ("party",))
    question = _generic_question(source, claim, load_checks())
    assert "judgement" in question.prompt and "judgement" in question.answer.good_answer
    assert "this event" not in question.prompt


def test_a_contraction_is_no_search_word(tmp_path):
    from medialit.lesson.readings import claim_terms

    body = ("They don’t want the shelter, and the mayor doesn’t either. The shelter opened in Northtown in 2019.\n\n"
            "Residents don’t trust the council about the shelter, which cost 3 million euros to build.")
    sentence = "Residents don’t trust the council about the shelter, which cost 3 million euros to build."
    source, claim = _claim_in(tmp_path, body, sentence, "number", ("3 million",))
    _, _, searches = claim_terms(source, claim)
    assert searches and not any("don’t" in q or "doesn’t" in q for q in searches)
    assert any("shelter" in q for q in searches)


def test_a_date_counted_from_the_texts_own_is_the_figure_to_place_and_time_units_are_no_search_words(tmp_path):
    from medialit.lesson.verification import _generic_question

    body = ("Within a month the army had left the city, and by the next month it was back.\n\n"
            "The government of Northland declared last month that it seeks no territory in the west.")
    sentence = "The government of Northland declared last month that it seeks no territory in the west."
    source, claim = _claim_in(tmp_path, body, sentence, "date", ("last month",))
    question = _generic_question(source, claim, load_checks())
    assert "“last month”" in question.answer.why and "as the sentence gives it" not in question.answer.why
    assert " month" not in " ".join(question.answer.why.split("Search for")[1:]).replace("last month", "")


def test_a_lead_repeated_further_down_is_one_task_not_two(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text("---\ntitle: Fever outbreak declared\npublished: 2018-05-08\n---\n"
                    "Over the last five weeks the health ministry has counted 21 suspected cases of the fever in "
                    "Northland, including 17 deaths, it said.\n\n"
                    "The ministry declared an outbreak on Tuesday after two samples tested positive in the capital.\n\n"
                    "The vaccine stocks of the region were sent to the coast by the army on Monday, officials said.\n\n"
                    "Since the middle of April the province has logged 21 suspected cases of the fever, "
                    "including 17 deaths, according to the ministry.\n", encoding="utf-8")
    source = load_source(path)
    questions = verification_questions(source, analyze(source))
    on_the_figures = [q for q in questions if "“21”" in q.prompt and "“17”" in q.prompt]
    assert len(on_the_figures) <= 1


def test_a_quote_cut_short_does_not_end_on_an_auxiliary(tmp_path):
    from medialit.analysis.sentences import Sentence
    from medialit.analysis.claims import clause_around

    text = ("Closing statements in a suit filed by a handful of nurses and teachers were expected on Friday in a "
            "case that asks whether the city water board did its work when it cleared the dam in 2004 for use in "
            "the dry months of the year.")
    path = tmp_path / "cut.md"
    path.write_text("---\ntitle: T\n---\n" + text + "\n", encoding="utf-8")
    source = load_source(path)
    start = source.content.index(text)
    at = source.content.index("Friday")
    for limit in range(150, 175):
        left, right = clause_around(source, Sentence(start, start + len(text), 1), at, at + 6, limit=limit)
        assert source.content[left:right].split()[-1] not in ("did", "was", "were", "has")


def test_a_quotation_task_quotes_the_words_quoted_not_the_lead_in(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = ("In the aftermath of the ruling in Marsh v. Ellery on the rights of the members of the service, the "
                "former under secretary Gil Corral said that \"some recruits may choose to leave the corps "
                "entirely since they could be posted to states with harsh rules.\"")
    source, claim = _claim_in(tmp_path, sentence, sentence, "quotation", ("Marsh", "said"))
    question = _generic_question(source, claim, load_checks())
    assert "may choose to leave" in question.quote


def test_a_long_titled_name_is_searched_without_what_comes_before_its_title(tmp_path):
    from medialit.lesson.readings import claim_terms
    from medialit.lesson.verification import _generic_question

    sentence = ("Democratic Sen. Jo Merrow of Northland told the minister that one family “had three times got a "
                "message saying, ‘Go to the crossing,’ and they waited until dark.")
    source, claim = _claim_in(tmp_path, sentence, sentence, "number", ("three",))
    _, _, searches = claim_terms(source, claim)
    assert searches and any("Jo Merrow" in q and "Sen." not in q for q in searches)
    assert "Search for ." not in _generic_question(source, claim, load_checks()).answer.why


def test_a_document_key_without_figures_names_whose_document_it_is(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = ("The outbreak is unusual as it has reached the towns of the coast, according to the World Health "
                "Organization.")
    source, claim = _claim_in(tmp_path, sentence, sentence, "document", ("according to",))
    why = _generic_question(source, claim, load_checks()).answer.why
    assert "“according to the World Health Organization”" in why and "as the sentence gives it" not in why
    sentence = "The talks failed, according to an official who was not authorized to speak about them."
    source, claim = _claim_in(tmp_path, sentence, sentence, "document", ("according to",))
    assert "as the sentence gives it" not in _generic_question(source, claim, load_checks()).answer.why


def test_a_hashtag_or_an_editors_label_is_no_name_of_the_key(tmp_path):
    from medialit.lesson.readings import claim_terms

    sentence = "[X post (former Twitter)] #BREAKING: Mayor Bo Lee of Northtown declares that the town is full."
    source, claim = _claim_in(tmp_path, sentence, sentence, "statement", ("Mayor Bo Lee of Northtown",))
    _, names, _ = claim_terms(source, claim)
    assert names and not {"Twitter", "BREAKING", "X"} & set(names)


@pytest.mark.parametrize("sentence, cues, document, not_the_document", [
    # the source after "according to" is named whole, lower case and all, not the figures found in it
    ("The fire service put out 412 fires in 2021, according to data provided to the Harbour Gazette.",
     ("according to", "412", "2021"), "“according to data provided to the Harbour Gazette”", "document itself (“412”"),
    # a document word with what names it, not a count the sentence also gives
    ("The board denies that it ever made such an agreement with the three mill owners.",
     ("agreement", "three"), "“such an agreement”", "document itself (“three”"),
    ("A recent Lakeside Trust report found that 2,300 tenants moved out of the old town in 2022.",
     ("report", "2,300", "2022"), "“A recent Lakeside Trust report”", "document itself (“2,300”"),
    # a warrant or its documents are the document, not "whatever the sentence cites"
    ("The baker said she has been threatened ever since the search warrant documents came out on Tuesday.",
     ("documents", "Tuesday"), "“the search warrant”", "whatever the sentence cites"),
    # the names between commas are the source's, not only "a local historian"
    ("According to local historian, Mira Holt, and harbour archivist, Tom Bell, the town has flooded 40 times.",
     ("According to", "40"), "“according to local historian, Mira Holt, and harbour archivist, Tom Bell”",
     "“according to local historian”"),
])
def test_a_document_key_names_the_document_not_its_figures(tmp_path, sentence, cues, document, not_the_document):
    """A teacher rejects "the document itself (“three”)": a count is not a document. The key names the
    document as the sentence does, and keeps the figures for what to find in it."""
    from medialit.lesson.verification import _generic_question

    source, claim = _claim_in(tmp_path, sentence, sentence, "document", cues)
    answer = _generic_question(source, claim, load_checks()).answer
    assert document in answer.why and not_the_document not in answer.why
    figures = [c for c in cues if any(ch.isdigit() for ch in c)]
    assert all(f"“{f}”" in answer.good_answer for f in figures)


PRONOUN_QUOTE = """The harbour fees will rise by 40 percent next year, Mayor Ruth Okafor said on Tuesday.

“Many of these families have paid the fees for thirty years and now they will pay twice as much,” she said.
"""


def test_words_given_to_she_are_checked_in_the_record_of_the_person_last_named(tmp_path):
    """"the speaker's own record (whoever the text quotes)" leaves the student guessing when the text has
    just named her."""
    from medialit.analysis import analyze
    from medialit.lesson.verification import _speakers_in, settling_key

    path = tmp_path / "q.md"
    path.write_text(f"---\ntitle: T\n---\n{PRONOUN_QUOTE}", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    quotation = next(c for c in analysis.claims if c.paragraph == 2)
    assert quotation.kind == "quotation"
    speakers = _speakers_in(quotation, analysis.voices)
    assert speakers == ("Mayor Ruth Okafor",)
    assert "own record (Mayor Ruth Okafor)" in settling_key(source, quotation, speakers=speakers).settles


def test_reported_speech_gets_a_task_on_what_the_speaker_actually_said(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = "The clinic has lost two of its four doctors since the spring, Dr Ana Reyes said at the council."
    source, claim = _claim_in(tmp_path, sentence, sentence, "reported", ("Dr Ana Reyes said",))
    question = _generic_question(source, claim, load_checks(), speakers=("Dr Ana Reyes",))
    assert question.kind == "claim:reported" and "without quoting them" in question.prompt
    assert "own record (Dr Ana Reyes)" in question.answer.why
    assert "summary" in question.answer.good_answer


def test_a_date_counted_from_another_is_the_figure_of_its_key(tmp_path):
    """"as the sentence gives it" for "a month before" sends the student nowhere: the key names it."""
    from medialit.lesson.verification import _generic_question

    sentence = "The mayor had told the council a month before the flood that the harbour wall was safe."
    source, claim = _claim_in(tmp_path, sentence, sentence, "date", ("a month before",))
    answer = _generic_question(source, claim, load_checks()).answer
    assert "“a month before”" in answer.why and "as the sentence gives it" not in answer.why + answer.good_answer


def test_a_quotations_speaker_is_in_the_clause_that_quotes_not_after_a_dash(tmp_path):
    """"own record (Denis Pushilin)" for words the text gives to an army group cited by the BBC."""
    from medialit.analysis.findings import Claim, Voice
    from medialit.lesson.verification import _speakers_in

    text = ("The Gazette went so far as to cite a “harbour workers group in the town” as saying that they “did not "
            "close the gates” – despite the fact that Jo Roe, head of the board, confirmed that they did.")
    claim = Claim(start=0, end=len(text), text=text, paragraph=1, kind="quotation", cues=("“harbour workers…”",))
    at = text.index("Jo Roe")
    roe = Voice(start=at, end=at + 40, text=text[at:at + 40], paragraph=1, speaker="Jo Roe", verb="confirmed",
                verb_neutral=False, named=True, kind="direct quote", speaker_type="person")
    assert _speakers_in(claim, [roe]) == ()
    quoted = Claim(start=0, end=len(text), text=text.replace(" –", ","), paragraph=1, kind="quotation", cues=())
    assert _speakers_in(quoted, [roe]) == ("Jo Roe",)


def _analysed(tmp_path, body: str):
    """(source, analysis) of a seed with ``body`` as its text."""
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}", encoding="utf-8")
    source = load_source(path)
    return source, analyze(source)


def _moorings_report(tmp_path):
    return _analysed(tmp_path, "The harbour board of Northtown approved 400 new moorings on 3 May 2021, the board's "
                               "report says.\n")


def test_the_claims_table_is_given_to_the_template(tmp_path):
    from medialit.lesson.verification import partial_context

    source, analysis = _moorings_report(tmp_path)
    assert partial_context(source, analysis)["claims_table"] == tuple(analysis.claims)


DEEDS_OF_PRONOUNS = """The fund manager Mara Quill spoke to reporters on Monday. "I saw the numbers and nobody listened," Quill said of the housing market.

She sold her whole position in the bank two weeks before the collapse, and then she bought insurance against its bonds.

Officials named two traders, Ivo Dane and Lena Pratt, in a later complaint. "We followed the rules," Dane said. "Nothing was hidden," Pratt said.

Ivo Dane and Lena Pratt met the regulator on Friday.

He sold shares in the bank a week before the collapse, the complaint says.
"""


def test_a_deed_of_she_names_the_person_last_named_in_its_key_and_search(tmp_path):
    """"He shorted the market": the student must know whose deed to search for, not only the verb."""
    source, analysis = _analysed(tmp_path, DEEDS_OF_PRONOUNS)
    deed = next(c for c in analysis.claims if c.text.startswith("She sold"))
    assert deed.kind == "event" and deed.cues[0] == "Mara Quill"
    question = next(q for q in verification_questions(source, analysis) if q.quote and "She sold" in q.quote)
    assert "“she” in the sentence is Mara Quill, named before it" in question.answer.why
    assert "Mara Quill" in question.answer.why.split("Search for", 1)[1]


def test_a_deed_of_he_after_two_people_named_together_names_no_one(tmp_path):
    """Where the sentence before names two people, "he" could be either: the key does not guess."""
    from medialit.analysis.claims import person_last_named

    source, analysis = _analysed(tmp_path, DEEDS_OF_PRONOUNS)
    deed = next(c for c in analysis.claims if c.text.startswith("He sold"))
    assert person_last_named(source, deed, analysis.voices) is None
    assert "Ivo Dane" not in deed.cues and "Lena Pratt" not in deed.cues


def test_a_pronoun_does_not_take_a_name_whose_title_tells_another_gender(tmp_path):
    from medialit.analysis.claims import person_last_named

    path = tmp_path / "g.md"
    path.write_text("---\ntitle: T\n---\n“We will appeal the ruling in the spring,” Ms. Ada Wren said on Monday.\n\n"
                    "He filed the appeal two days later at the district court in the city.\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    deed = next(c for c in analysis.claims if c.text.startswith("He filed"))
    assert person_last_named(source, deed, analysis.voices) is None


def test_a_claim_without_a_readable_reason_is_not_said_to_have_a_known_check(tmp_path):
    """"Why check it: a known check covers it" is true only of a claim a known check covers."""
    from dataclasses import replace

    from medialit.site.render import make_environment

    source, analysis = _moorings_report(tmp_path)
    bare = replace(analysis, claims=[replace(c, reasons=(), check=None) for c in analysis.claims])
    table = make_environment().get_template("partials/verification.md.j2").render(
        edition="student", analysis=bare, source=source)
    assert analysis.claims and "known check" not in table and "annotators marked as worth checking" in table


def test_a_quoted_cue_keeps_its_own_quotation_marks_in_the_task(tmp_path):
    from medialit.lesson.verification import _generic_question

    sentence = 'The report of the harbour board called the damage "rare and mild" on Monday.'
    source, claim = _claim_in(tmp_path, sentence, sentence, "document", ("report", "“rare and mild”"))
    question = _generic_question(source, claim, load_checks())
    assert "“rare and mild”" in question.prompt and "““" not in question.prompt
