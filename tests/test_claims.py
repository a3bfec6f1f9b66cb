"""Checkable claims and the known checks that match them (scripts/medialit/analysis/claims/, data/checks.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.analysis.claims import clause_around, detect_claims
from medialit.analysis.sentences import split_sentences, term_positions
from medialit.datafiles import compile_term
from medialit.text.source import load_source

ROOT = Path(__file__).resolve().parents[1]
WHITNEY = ROOT / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md"
PETERS = ROOT / "seeds" / "peters-us-and-nato-ramp-up-anti-russia-war-drive.md"

PARAPHRASE = """\
---
title: A new escalation
publisher: Example Blog
published: 2022-03-10
---
A new escalation

On 25 February NATO said it was sending its rapid Response Force into Ukraine to fight alongside Kyiv.

Jens Stoltenberg, who will soon be governor of Norges Bank, made the announcement after a virtual summit.

The Istanbul Charter of 1999 says no state may strengthen its security at the expense of others.

A British destroyer sailed into Black Sea waters last June. New sanctions hit Nord Stream 2.
"""


@pytest.mark.parametrize("path, expected", [
    (WHITNEY, {"nrf-deployment", "own-correction-nrf", "stoltenberg-norges-bank", "osce-indivisible-security",
               "kuhn-article", "reuters-quote-context", "putin-address-epigraph", "glaziev-interview"}),
    (PETERS, {"hms-defender", "nord-stream-sanctions", "zelensky-coup-plot", "osce-indivisible-security",
              "stoltenberg-high-price", "blinken-consequences", "shoigu-bombers", "lavrov-stockholm"}),
], ids=["whitney", "peters"])
def test_known_checks_match_claims_in_the_seeds(path, expected):
    source = load_source(path)
    claims = detect_claims(source)
    assert expected <= {c.check for c in claims if c.check}
    for claim in claims:
        assert source.content[claim.start:claim.end] == claim.text
        assert claim.start >= source.body_start


def test_known_checks_match_a_paraphrase(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(PARAPHRASE, encoding="utf-8")
    checks = {c.check for c in detect_claims(load_source(path)) if c.check}
    assert checks >= {"nrf-deployment", "stoltenberg-norges-bank", "osce-indivisible-security", "hms-defender",
                      "nord-stream-sanctions"}


def test_the_correction_is_a_correction_claim():
    claims = detect_claims(load_source(WHITNEY))
    correction = [c for c in claims if c.kind == "correction"]
    assert correction and correction[0].text.startswith("NATO troops will not operate within Ukraine")
    assert correction[0].check == "own-correction-nrf"


@pytest.mark.parametrize("sentence, kind, cue", [
    ("The council voted 7 to 2 on Tuesday to build the lane.", "number", "7"),
    ("Work on the Elm Street lane started in September last year.", "date", "September"),
    ("The plan was set out in a city report published in April.", "document", "report"),
    ("The mayor announced the new lane to reporters after the council vote.", "event", "announced"),
])
def test_claim_kinds_and_cues(tmp_path, sentence, kind, cue):
    path = tmp_path / "c.md"
    path.write_text(f"---\ntitle: T\n---\n{sentence}\n", encoding="utf-8")
    claims = detect_claims(load_source(path))
    assert claims and claims[0].kind == kind and cue in claims[0].cues


def test_sentences_do_not_cross_a_blank_line_before_a_capital():
    source = load_source(WHITNEY)
    for sentence in split_sentences(source):
        text = source.content[sentence.start:sentence.end]
        assert "\n\nIn a move" not in text


def test_a_known_check_needs_all_its_cue_words_in_one_sentence(tmp_path):
    """Cue groups are matched per sentence: words split over two sentences, or a cue word inside a
    longer word, link no check."""
    path = tmp_path / "split.md"
    path.write_text("---\ntitle: T\n---\nT\n\nJens Stoltenberg said on Tuesday that 30 allies had signed the summit "
                    "declaration. "
                    "The central bank raised its rates by 2 percent in March.\n\n"
                    "Stoltenbergs and Norges Bankers met in 2022 to discuss the plan.\n\n"
                    "In June 2021 a destroyer sailed into the Black Sea near Crimea.\n", encoding="utf-8")
    linked = {c.text.split()[0]: c.check for c in detect_claims(load_source(path))}
    assert linked["Jens"] is None and linked["The"] is None
    assert linked["Stoltenbergs"] is None
    assert linked["In"] == "hms-defender"


def test_a_check_for_one_claim_kind_links_only_claims_of_that_kind(tmp_path):
    # own-correction-nrf is a 'correction' check: the same words in an ordinary sentence link nothing.
    path = tmp_path / "kind.md"
    path.write_text("---\ntitle: T\n---\nT\n\nNATO said on 25 February that its troops would not go to Ukraine "
                    "or any other non-member states.\n", encoding="utf-8")
    assert "own-correction-nrf" not in {c.check for c in detect_claims(load_source(path))}


@pytest.mark.parametrize("term", [
    "NATO", "nato", "Response Force|NRF", "said", "is a writer", "the the", "Nord Stream*", "indivisib*", "escalat*",
    "Editor's note|Editor’s note", "said, “", "said,", "U.S.", "so-called", "Response Force|Response", "on 25", "“said",
])
def test_term_positions_are_where_the_term_pattern_matches(tmp_path, term):
    """The word index finds what ``compile_term(term).finditer`` finds, for plain words, phrases, prefixes,
    alternatives and terms with punctuation inside."""
    path = tmp_path / "t.md"
    path.write_text(PARAPHRASE + "\nThe the the so-called U.S. Editor’s note: it said, “yes”, he said, “no”. Indivisible "
                    "NATO, the NRF said, said, “on 25 June”.\n", encoding="utf-8")
    for source in (load_source(path), load_source(WHITNEY), load_source(PETERS)):
        expected = [m.span() for m in compile_term(term).finditer(source.content, source.body_start)]
        assert term_positions(source, term) == expected


@pytest.mark.parametrize("content, start", [
    ("", 0), ("   ", 0), ("word", 0), ("two words", 0), (" gap first, gap last. ", 0), ("---\nfront\n---\nBody", 14),
    ("mid-word start", 2), ("Straße İstanbul ÇA ǅemal naïve 東京 ١٢٣", 0), ("İİ x İ", 0), ("a_b __ 3,5 x²", 0),
    ("“quoted” — dash… end", 0), ("out of range", 99),
])
def test_the_word_index_splits_the_body_as_finditer_does(content, start):
    """The index's words and spans are those of ``\\w+`` matches, also where lower case is longer than
    the word ("İ") and where the body starts or ends with a word."""
    from medialit.analysis.sentences import _words_of

    matches = list(re.compile(r"\w+").finditer(content, start))
    assert _words_of(content, start) == ([m.group().lower() for m in matches], [m.start() for m in matches],
                                         [m.end() for m in matches])


_PLAIN_SENTENCE_END = r"""[.!?…]+[”"’'*)\]]*(?=\s+[“"‘'(\[*]*[A-Z0-9“"])|\n[ \t]*\n(?=[ \t]*[“"‘'(\[*]*[A-Z])"""
_PLAIN_DIGITS = r"(?<![\w@/])\d(?:[\d,.]*\d)?(?!\w)"
_TRICKY = [
    "", "1", "a1 1a @5 /5 -5 (5) x5y", "It cost 12,000.50. Then 3. And 4.", "١٢٣ and a١ ٤", "v2.0/3 mail@4u.com",
    "One. Two! Three? Four… Five.” Six.) “Seven.” *Eight.* [Nine.] 10 left.", "Mr. Smith. e.g. this",
    "Ends here.\n\nNext paragraph\n \t\nAnother\n\nlower case\n\n“Quoted", "no end.", "end...  \n  Next", "?!?! A",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_the_reordered_patterns_match_as_written_plainly(text):
    """``_SENTENCE_END`` and ``DIGITS`` start with a character class so the regex engine can skip ahead;
    they find what the plain patterns find, also searched from the middle of a text (but not from inside
    a run of punctuation: a run is matched from its first character only, which keeps a long run linear)."""
    from medialit.analysis.checkworthy import DIGITS
    from medialit.analysis.sentences import _SENTENCE_END

    assert DIGITS.findall(text) == re.findall(_PLAIN_DIGITS, text)
    for start in range(len(text) + 1):
        if start and text[start - 1] in ".!?…":
            continue
        for end in (start, (start + len(text)) // 2, len(text)):
            expected = [m.span() for m in re.compile(_PLAIN_SENTENCE_END).finditer(text, start, end)]
            assert [m.span() for m in _SENTENCE_END.finditer(text, start, end)] == expected


def _plain_kinds_of(text, checks, cue_words):
    """``_kinds_of`` without its shortcut for sentences with no cue words and no number."""
    kinds, cues = [], []
    for kind_number, claim_kind in enumerate(checks.claim_kinds):
        digits = [m.group() for m in re.finditer(_PLAIN_DIGITS, text)     # but not a bracketed list mark "(5) x"
                  if not (len(m.group()) == 1 and text[m.start() - 1:m.start()] == "(" and
                          re.match(r"\)[^\S\n]+[a-z]", text[m.end():]))]
        found = cue_words.get(kind_number, []) + (digits if claim_kind.digits else [])
        quoted = re.search(r"[“\"]([^”\"]{12,})[”\"]", text)
        if found and claim_kind.needs_quote_marks and not quoted:
            found = []
        if found and claim_kind.needs_quote_marks:      # the words quoted, at most five, not the verb
            words = quoted.group(1).split()
            found = ["“" + " ".join(words[:5]).rstrip(",;:.") + ("…”" if len(words) > 5 else "”")]
        if found:
            kinds.append(claim_kind.kind)
            cues.extend(" ".join(f.split()) for f in found)
    return kinds, cues


@pytest.mark.parametrize("text", [*_TRICKY, "He said “this is a long quotation” to 5 crews."])
def test_claim_kinds_of_a_sentence_with_or_without_cue_words(text):
    from medialit.analysis.claims.kinds import _kinds_of
    from medialit.lesson.verification import load_checks

    checks = load_checks()
    for cue_words in ({}, {0: ["Correction"]}, {2: ["said"], 4: ["May"]}):
        assert _kinds_of(text, checks, cue_words) == _plain_kinds_of(text, checks, cue_words)


# ------------------------------------------------------------------ check-worthiness and artefacts (#16)


def _claims_of(tmp_path, body: str, author: str | None = None):
    path = tmp_path / "a.md"
    front = f"---\ntitle: T\n{'author: ' + author + chr(10) if author else ''}---\n"
    path.write_text(front + body + "\n", encoding="utf-8")
    return load_source(path), detect_claims(load_source(path))


@pytest.mark.parametrize("body, not_a_cue", [
    ("Old T-34-85 tanks and an Uran-9 robot stood in the town square on the morning of the parade.", "34"),
    ("Old T-34-85 tanks and an Uran-9 robot stood in the town square on the morning of the parade.", "9"),
    ("COVID-19 closed the schools of the valley again, the head teacher of the largest school said.", "19"),
])
def test_model_and_disease_numbers_are_not_numbers_to_check(tmp_path, body, not_a_cue):
    _, claims = _claims_of(tmp_path, body)
    assert all(not_a_cue not in claim.cues for claim in claims)
    assert all(claim.kind != "number" for claim in claims)


@pytest.mark.parametrize("body, date_cue", [
    ("Critics may say the new bridge cost the town far too much money, the mayor said on the radio.", None),
    ("The council approved the new bridge in May 2021 after a long debate, the mayor said.", "May"),
    ("Thousands march through the old capital to the parliament every spring, the organisers said.", None),
    ("On 3 March the council approved the new bridge after a long debate, the mayor said.", "3 March"),
])
def test_the_modal_may_and_the_verb_march_are_not_dates(tmp_path, body, date_cue):
    _, claims = _claims_of(tmp_path, body)
    cues = {cue for claim in claims for cue in claim.cues}
    if date_cue is None:
        assert not cues & {"may", "May", "march", "March"}
        assert all(claim.kind != "date" for claim in claims)
    else:
        assert date_cue in cues


@pytest.mark.parametrize("body, counted", [
    ("The county has passed one of the strictest noise rules in the nation, the council said last week.", False),
    ("No one on the harbour board voted against the new pier in the meeting on Tuesday, its chair said.", False),
    ("One in five households in the county lost power during the storm last week, the utility said.", True),
    ("The storm killed one person and cut power to 40,000 homes in the county last week, police said.", True),
    ("The probe has just captured one of Neptunes great storms as it crossed the planet, NASA said.", False),
    ("Crime in the county did not go down one bit during the ten years of the ban, the sheriff said.", False),
    ("The harbour toll was to be dropped in 2004, becoming just one piece of the regional fare, the mayor said.", False),
    ("Of course one could bless the two men in the chapel of the village, the bishop said in his letter.", False),
    ("The witness took part in the Harbour One sale to the council in 2012, the weekly paper reported.", False),
    ("The state wants a one-state solution for the whole region, the minister of the interior said on Monday.", False),
    ("He was the only one named by the police in the report on the attack at the festival, officials said.", False),
    ("The army killed at least one civilian in the raid on the northern villages last night, officials said.", True),
    # a pronoun for a thing just named, after a dash; "in one form or another"; "issued one in ten years"
    ("The new strain carries a change, S417Q, that helps it spread faster—one found in older strains too.", False),
    ("The parish fund has paid for the choir in one form or another since 1951, the treasurer said on Monday.", False),
    ("The harbour board had issued one in almost ten years before the flood of 2019, the files of the port show.", False),
    ("One in 10 tenants in the old town were behind on rent in 2023, the housing office said last week.", True),
])
def test_one_that_counts_nothing_is_no_number_to_trace(tmp_path, body, counted):
    _, claims = _claims_of(tmp_path, body)
    cues = {cue.lower() for claim in claims for cue in claim.cues}
    assert ("one" in cues) is counted


@pytest.mark.parametrize("body, counted", [
    ("Building a three-front port on the border of the county would make the harbour far busier, the board said.", None),
    ("The court gave the former mayor a three-year sentence for fraud in the harbour deal last week.", "three"),
])
def test_a_number_word_in_a_compound_counts_nothing(tmp_path, body, counted):
    _, claims = _claims_of(tmp_path, body)
    cues = {cue.lower() for claim in claims for cue in claim.cues}
    assert ("three" in cues) is (counted is not None)


def test_a_quotation_that_goes_on_past_its_sentence_is_still_a_quotation(tmp_path):
    _, claims = _claims_of(tmp_path, "Professor Dana Roe of the harbour college told the Courier: “Fortunately "
                                     "the river has not flooded the old town since the wall was built in 1998.\n\n"
                                     "If the wall fails, the damage will be far worse.”")
    assert claims and claims[0].kind == "quotation"


def test_a_figure_keeps_the_word_that_scales_it(tmp_path):
    _, claims = _claims_of(tmp_path, "There are around 3,500 doctors for 22 million people in the country, "
                                     "the health ministry said in its report last year.")
    cues = [cue for claim in claims for cue in claim.cues]
    assert "22 million" in cues and "million" not in cues
    _, claims = _claims_of(tmp_path, "The plan leaves more than one million refugees in the region without a "
                                     "state, the agency said in its report last year.")
    cues = [cue for claim in claims for cue in claim.cues]
    assert "one million" in cues and "one" not in cues and "million" not in cues


def test_a_term_in_scare_quotes_is_no_quotation_to_trace(tmp_path):
    _, claims = _claims_of(tmp_path, "This was the case in the 1920s when the Northmen began raiding the "
                                     "Southmen before Riverland existed, and in the 1960s when the Riverland "
                                     "Front introduced the world to river piracy (before “occupied banks” existed).")
    assert claims and all(claim.kind != "quotation" for claim in claims)


@pytest.mark.parametrize("body", [
    "Had we expanded the clinics in the county, we could have served 4,000 more patients every year.",
    "If the council had approved the pier in 2019, the harbour would have doubled its trade by now.",
])
def test_a_counterfactual_has_no_event_to_check(tmp_path, body):
    _, claims = _claims_of(tmp_path, body)
    assert claims == []


def test_a_conditional_about_what_happened_stays_a_claim(tmp_path):
    _, claims = _claims_of(tmp_path, "The council approved the pier in 2019 and the harbour doubled its trade "
                                     "to 4,000 ships a year, the port authority said.")
    assert claims


def test_a_subheading_in_title_case_is_no_claim(tmp_path):
    body = ("The council voted 7 to 2 on Tuesday to close the ferry, the mayor said.\n\n"
            "Council Closed the Riverside Ferry in 2021 After 400 Jobs Were Lost in Three Counties\n\n"
            "The port authority said in its report that 400 jobs depend on the ferry.")
    _, claims = _claims_of(tmp_path, body)
    assert claims and not [c for c in claims if "Riverside Ferry" in c.text]


def test_years_in_the_authors_biography_are_not_claims(tmp_path):
    body = ("The harbour board approved the new pier in a vote of 6 to 1 last week, its chair said.\n\n"
            "Jane Roe is a writer and editor. She was born in 1961, and her books include a history of the "
            "harbour (2004) and a memoir (2015).")
    source, claims = _claims_of(tmp_path, body, author="Jane Roe")
    assert claims and all(claim.paragraph == 1 for claim in claims)


def test_according_to_a_view_is_not_a_cited_document(tmp_path):
    _, claims = _claims_of(tmp_path, "The region must be rebuilt according to their oppressive vision of the "
                                     "future, the speaker went on.")
    assert all(claim.kind != "document" for claim in claims)


def test_a_claim_carries_its_score_and_reasons_a_student_can_follow(tmp_path):
    _, claims = _claims_of(tmp_path, "Unemployment in the county rose to 7 percent last year, the state labour "
                                     "office reported.\n\nI think we should all be kinder to each other, don't you?")
    assert len(claims) == 1
    claim = claims[0]
    assert 0.5 < claim.score <= 1
    assert "it gives a percentage or a rate" in claim.reasons
    assert claim.to_json()["reasons"] == list(claim.reasons)


def test_opinions_promises_and_questions_score_below_reported_facts():
    from medialit.analysis.checkworthy import load_scorer

    scorer = load_scorer()
    opinions = ("I think this town deserves better than that.", "We will build a better future together.",
                "What kind of country do we want to live in?")
    fact, *others = scorer.scores(["The factory cut 300 jobs in 2019, the company said in its annual report.",
                                   *opinions])
    for text, score in zip(opinions, others):
        assert score < scorer.threshold < fact, text


def test_the_best_claims_of_the_whole_text_come_first(tmp_path):
    """Verification tasks and the claims table take the highest-scoring claims, wherever they are."""
    from medialit.analysis import analyze
    from medialit.analysis.claims import ranked_claims
    from medialit.lesson.verification import verification_questions
    from medialit.site.render import make_environment

    weak = "The committee met on Tuesday and the members talked about the plans of the town."
    strong = ("The county spent 4.2 million dollars on the bridge in 2021, 40 percent more than planned, the "
              "auditor's report found.")
    body = "\n\n".join([weak] * 14 + [strong])
    path = tmp_path / "late.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    best = ranked_claims(analysis.claims)[0]
    assert best.paragraph == 15
    assert any(q.paragraph == 15 for q in verification_questions(source, analysis))
    table = make_environment().get_template("partials/verification.md.j2").render(
        edition="student", analysis=analysis, source=source)
    assert 'href="#p15"' in table


@pytest.mark.parametrize("text, feature", [
    ("Prices at the pump have risen every month since the refinery closed.", "present_perfect"),
    ("The town has already cut its bus service twice.", "present_perfect"),
    ("Bus fares rose from 2 to 3 pounds in one year.", "several_numbers"),
    ("The mayor met Ana Ruiz of the Harbour Trust on the pier.", "several_names"),
    ("Since the vote the port has lost its ferry.", "time_span"),
    ("Property taxes paid for the new schools.", "public_matter"),
])
def test_readable_features_of_a_sentence(text, feature):
    from medialit.analysis.checkworthy import features_of

    assert feature in features_of(text)


@pytest.mark.parametrize("text, feature", [
    ("Prices at the pump rose every month.", "present_perfect"),      # a simple past is not "so far"
    ("Bus fares rose to 3 pounds.", "several_numbers"),
    ("Yesterday Ana walked to the pier.", "several_names"),           # the opening word is not a name
    ("I have a dream about the future.", "present_perfect"),
])
def test_readable_features_do_not_fire_without_their_cue(text, feature):
    from medialit.analysis.checkworthy import features_of

    assert feature not in features_of(text)


def test_a_measured_public_matter_is_worth_more_than_the_same_words_about_oneself():
    """Reasons shown to students are features with a positive weight; speaking of oneself and appealing to
    ideals lower a sentence's score."""
    from medialit.analysis.checkworthy import features_of, load_scorer

    scorer = load_scorer()
    texts = ("The county has cut school spending by 12 percent since 2019.",
             "I believe in freedom and I dream of a future for my children.")
    fact, self_talk = (features_of(text) for text in texts)
    fact_score, self_score = scorer.scores(list(texts))
    assert fact_score > scorer.threshold > self_score
    reasons = scorer.reasons(fact)
    assert "it says what has happened so far (has risen, have lost)" in reasons
    assert not any("ideals" in r or "themselves" in r for r in scorer.reasons(self_talk))


def test_a_figure_at_the_end_of_a_sentence_is_checked_without_its_full_stop(tmp_path):
    _, claims = _claims_of(tmp_path, "The country with the highest toll in the region counted more than 360,000.")
    cues = {cue for claim in claims for cue in claim.cues}
    assert "360,000" in cues and "360,000." not in cues


def test_a_titled_name_is_one_name_to_check_not_the_title_and_the_rest(tmp_path):
    _, claims = _claims_of(tmp_path, "The nominations of the defence ministry were blocked by Sen. Dana Whitfield "
                                     "for her own political gain, and Gen. Omar Brandt resigned.")
    cues = {cue for claim in claims for cue in claim.cues}
    assert "Sen" not in cues and "Gen" not in cues
    assert {"Sen. Dana Whitfield", "Gen. Omar Brandt"} <= cues


def _whole_sentence(source, text: str):
    """The sentence ``text`` of ``source`` (written by ``_claims_of``) as a Sentence of paragraph 1."""
    from medialit.analysis.sentences import Sentence

    first = source.content.index(text)
    return Sentence(first, first + len(text), 1)


def test_a_quote_cut_short_never_ends_on_a_word_that_promises_more(tmp_path):
    text = ("She has urged delegates against tying themselves to promises that are unpopular with a majority "
            "of the voters and has said that the board's ruling gives the critics of the plan the power to "
            "bargain at the level of the county")
    source, _ = _claims_of(tmp_path, text + ".")
    sentence, cue = _whole_sentence(source, text), source.content.index("delegates")
    endings = set()
    for limit in range(40, len(text) - 20):
        start, end = clause_around(source, sentence, cue, cue + len("delegates"), limit=limit)
        quote = source.content[start:end]
        # (from the clause's start when the cue fits in the limit, else from the cue)
        assert quote.startswith(("She has urged delegates", "delegates")) and text.find(quote) >= 0
        endings.add(quote.split()[-1])
    assert endings and not endings & {"the", "of", "a", "and", "that", "with", "to", "at"}


def test_a_clause_is_not_cut_at_the_comma_of_a_figure(tmp_path):
    text = ("After a long meeting of the board that went on until late in the evening, the office said it had "
            "freed $3 million (2,550,000 euros) from a reserve account, formed a response team and sent "
            "more than 40 engineers")
    source, _ = _claims_of(tmp_path, text + ".")
    cue = source.content.index("3 million")
    start, end = clause_around(source, _whole_sentence(source, text), cue, cue + 9, limit=120)
    assert source.content[start:end] == "the office said it had freed $3 million (2,550,000 euros) from a reserve account"


def test_a_notes_mark_is_neither_a_figure_nor_part_of_a_quote(tmp_path):
    source, claims = _claims_of(tmp_path, "The bishop[1] said in his sermon that the council had erred, and the "
                                          "diocese closed 14 parishes in 1977 after it.\n\n[1] Bishop Roe was "
                                          "appointed to the diocese of Northtown in 1969 and led it until 1981.")
    assert claims and all("1" not in claim.cues for claim in claims)
    note = source.content.index("[1] Bishop")
    start, _ = clause_around(source, _whole_sentence(source, source.content[note:note + 60]), note + 4, note + 8)
    assert source.content[start:].startswith("Bishop Roe")


def test_a_quotation_saying_something_was_reported_is_a_quotation_not_a_document(tmp_path):
    _, claims = _claims_of(tmp_path, "\"Since the outbreak began on June 9, no death has yet been reported to us,\" the ministry "
                                     "said on Tuesday in the capital.\n\nThe ministry's report of 4 May lists 21 "
                                     "cases in the province.")
    kinds = {claim.paragraph: claim.kind for claim in claims}
    assert kinds.get(1) == "quotation" and kinds.get(2) == "document"


@pytest.mark.parametrize("text, cue, checkable", [
    # a lead-in and an aside before the event
    ("In 1998, for example, the council of Northtown closed the old harbour to ships after a long dispute "
     "with the fishing families over the rents they paid, which had doubled in ten years", "1998",
     "closed the old harbour"),
    # the source and the names listed after it, then what it says
    ("According to the town historian, Jo Roe, and the archivist, Al Doe, the council has closed 14 of the 30 "
     "schools it ran in the district since the war and sold most of their buildings to developers",
     "According to", "14 of the 30"),
    # what follows a quotation: the words quoted are before it
    ("“The council has closed every school in the north of the district and sold the buildings to its "
     "friends,” she said, adding that nobody had asked the parents about it before the vote in the spring",
     "said", "sold the buildings"),
])
def test_a_clause_that_says_nothing_checkable_takes_in_its_neighbours(tmp_path, text, cue, checkable):
    source, _ = _claims_of(tmp_path, text + ".")
    at = source.content.index(cue)
    start, end = clause_around(source, _whole_sentence(source, text), at, at + len(cue), limit=120)
    quote = source.content[start:end]
    assert checkable in quote and text.find(quote) >= 0 and len(quote) <= 125


@pytest.mark.parametrize("body, day", [
    ("The bishop was ordained to the priesthood in the cathedral of Northtown on June 23, 1995.", "June 23"),
    ("The council of Northtown had warned the villages against holding the vote on Sept. 25, which carried "
     "with 92 percent.", "Sept. 25"),
])
def test_a_day_of_the_month_dates_the_claim_and_counts_nothing(tmp_path, body, day):
    _, claims = _claims_of(tmp_path, body)
    assert claims and day in claims[0].cues
    assert day.split()[-1] not in claims[0].cues, "the day alone is no figure to trace"


def _clause_at(tmp_path, sentence: str, word: str, limit: int) -> str:
    """The clause a task quotes around the first ``word`` of a text that is this one sentence."""
    source, _ = _claims_of(tmp_path, sentence + ".")
    at = source.content.index(word)
    start, end = clause_around(source, _whole_sentence(source, sentence), at, at + len(word), limit=limit)
    return source.content[start:end]


def test_what_follows_a_quotation_is_quoted_with_the_words_quoted(tmp_path):
    text = ("“It looks like we are watching the storm fade away, and it is not what the models led us to expect "
            "at all,” said Jo Roe of the University of Northtown at the observatory in the hills says")
    assert "the models led us to expect" in _clause_at(tmp_path, text, "said", limit=120)


def test_a_year_cut_to_two_digits_dates_the_claim(tmp_path):
    _, claims = _claims_of(tmp_path, "Father Roe was ordained in ’78 and was quickly appointed to run the "
                                     "seminaries of the order in Northtown.")
    assert claims and "’78" in claims[0].cues and "78" not in claims[0].cues and claims[0].kind != "number"


def test_a_clause_ending_on_a_word_that_promises_more_takes_in_the_next(tmp_path):
    text = ("The strangest report of all the reports came from the island where, for a single surviving house and "
            "an average age of 81, the order built a completely new structure with the approval of the bishop")
    assert "81" in _clause_at(tmp_path, text, "report", limit=140)


# ---------------------------------------------------------------- what a sentence tells (issue 16, new genres)


def _told(tmp_path, body: str) -> tuple[str, list[str]]:
    """The kind and cues the claim of a one-sentence text gets, whatever its check-worthiness score."""
    from medialit.analysis.checks import load_checks
    from medialit.analysis.checkworthy import features_of
    from medialit.analysis.claims.detect import _by_what_it_tells
    from medialit.analysis.claims.kinds import _cue_words_by_sentence, _kinds_of

    source, _ = _claims_of(tmp_path, body)
    sentences = split_sentences(source)
    text = source.content[sentences[0].start:sentences[0].end]
    kinds, cues = _kinds_of(text, load_checks(), _cue_words_by_sentence(source, sentences, load_checks()).get(0, {}))
    return _by_what_it_tells(text, kinds[0] if kinds else None, cues, features_of(text))


@pytest.mark.parametrize("body", [
    "In about five years, the old families of the valley will constitute less than half of its people.",
    "The new bridge across the river will collapse within a decade, and the council will be to blame for it.",
])
def test_a_forecast_is_a_prediction_not_an_event_or_a_count(tmp_path, body):
    kind, cues = _told(tmp_path, body)
    assert kind == "prediction"
    assert cues[0].startswith("will "), "the cue is the verb of the future"


@pytest.mark.parametrize("body", [
    "The ministry will publish 4,000 pages of the files next week, officials said on Monday in Northtown.",
    "The shop will close after 40 years because the rent rose by 300 percent in 2023, the owner told us.",
    "The comet will come within 4.2 million miles of our planet, roughly 17 times as far as the Moon.",
])
def test_what_happened_or_a_figure_that_is_no_horizon_keeps_its_kind(tmp_path, body):
    assert _told(tmp_path, body)[0] != "prediction"


def test_a_rule_in_a_law_is_no_prediction(tmp_path):
    assert _told(tmp_path, "The Charter says the President of the Council shall be removed from office "
                           "on conviction for treason by the High Court of Northland.")[0] != "prediction"


@pytest.mark.parametrize("body", [
    "She and her followers in the party are tortured by the recent history of their nation and its old wars.",
    "It is said by the gentlemen of the Chamber of Commerce that our wages in this valley are ample.",
    "The quarrel between the farmers and the mill would have never begun without the meddling of the bankers.",
    "Like most of the fishermen on the coast, she has grown deeply annoyed with the softness of the harbour board.",
])
def test_a_judgement_without_a_cue_is_a_statement_not_an_event(tmp_path, body):
    assert _told(tmp_path, body)[0] == "statement"


def test_a_past_deed_without_a_cue_is_still_an_event(tmp_path):
    assert _told(tmp_path, "The emails of the committee were downloaded by an insider at the office.")[0] == "event"


@pytest.mark.parametrize("body", [
    "“They gave us four weeks to move out everything we owned. She closed the meeting and more or less wished us "
    "a good summer,” said Uffe Berg, who rented the house for twenty years.",
    "“The landlord never answered our letters. Then one day he put a note under the door and that was all,” "
    "Berg told the local paper in Northtown.",
    "“The past comes back again. The evidence lies in the wrongs done to the families of the valley,” Ivan Petrov "
    "denounced in a press release.",
    # (a note: the words a letter or a report gives are checked in that document, a document claim)
    "“It is a country known as a great exporter of oil. It has made large investments in solar power,” the "
    "note shared.",
])
def test_the_end_of_a_quotation_that_opened_earlier_is_a_quotation(tmp_path, body):
    from medialit.analysis.checks import load_checks
    from medialit.analysis.claims.detect import _by_what_it_tells
    from medialit.analysis.claims.kinds import _cue_words_by_sentence, _kinds_of

    source, _ = _claims_of(tmp_path, body)
    sentences = split_sentences(source)
    text = source.content[sentences[1].start:sentences[1].end]
    assert not text.startswith("“")
    kinds, cues = _kinds_of(text, load_checks(), _cue_words_by_sentence(source, sentences, load_checks()).get(1, {}))
    assert _by_what_it_tells(text, kinds[0] if kinds else None, cues, frozenset())[0] == "quotation"


def test_an_aside_between_dashes_does_not_cut_the_quote_off_its_subject(tmp_path):
    sentence = ("The owners of the three largest spinning mills in the northern valley — and I name no man here "
                "tonight, for every man in this hall knows them well enough — have grown fat on our wages while "
                "your children go barefoot to the village school")
    quote = _clause_at(tmp_path, sentence, "grown", limit=180)
    assert quote.startswith("The owners") and "have grown fat" in quote
    assert _clause_at(tmp_path, sentence, "name no", limit=180) == "and I name no man here tonight", \
        "words inside the aside are quoted as the aside's own clause"


def test_a_long_clause_is_cut_at_its_end_not_at_its_figure(tmp_path):
    figure = ("Northland, the third province after the capital region to get there, saw its death toll pass 200,000 "
              "Friday as fresh waves of the illness dulled any hope of relief from the outbreak before winter in the "
              "crowded towns along the coast")
    assert _clause_at(tmp_path, figure, "200,000", limit=120).startswith("saw its death toll pass 200,000"), \
        "a long clause is cut at its end, not at the figure it is about"


@pytest.mark.parametrize("text, names", [
    ("It is said by the gentlemen of the Chamber of Commerce that our wages are ample.", ("Chamber of Commerce",)),
    ("Angela Merkel took a beating in the regional elections a week ago, and Olaf Brandt gained.",
     ("Angela Merkel", "Olaf Brandt")),
    ("In Northland the council met again.", ("Northland",)),
    ("Residents were angry at Mayor Bo Lee about the new pier.", ("Mayor Bo Lee",)),
    ("[X post (former Twitter)] #BREAKING: Mayor Bo Lee of Northtown declares that the town is full.",
     ("Mayor Bo Lee of Northtown",)),
    ("Even Northtown City has had enough of the queues.", ("Northtown City",)),     # an opening adverb, no name
    ("Still, Olaf Brandt kept the harbour open.", ("Olaf Brandt",)),
])
def test_the_words_to_check_keep_a_name_whole_and_the_name_that_opens_a_sentence(text, names):
    from medialit.analysis.checkworthy import salient_words

    found = salient_words(text)
    assert found[:len(names)] == names


def test_a_month_is_not_listed_again_beside_the_day_it_dates(tmp_path):
    _, claims = _claims_of(tmp_path, "The audience with the bishop took place on March 19, 1976, and nothing had "
                                     "been said to him about the condition before it.")
    assert claims and "March 19" in claims[0].cues and "March" not in claims[0].cues


@pytest.mark.parametrize("body, cue", [
    ("The fever is caused by one of five viruses that were found in the forest province in the last decade.", "five"),
    ("You may know that the council met on May 3 to vote on the new pier for the harbour, the mayor said.", "May"),
])
def test_a_cue_word_that_counts_nothing_does_not_hide_a_later_one_in_the_sentence(tmp_path, body, cue):
    source, _ = _claims_of(tmp_path, body)
    from medialit.analysis.checks import load_checks
    from medialit.analysis.claims.kinds import _cue_words_by_sentence

    words = [w for kind in _cue_words_by_sentence(source, split_sentences(source), load_checks()).get(0, {}).values()
             for w in kind]
    assert cue in words


@pytest.mark.parametrize("sentence, word, limit, held", [
    # a comma inside brackets does not end the clause a figure is quoted in
    ("During the walkout that shut the docks for six days she kept calling for the removal of the well-paid "
     "director of the port authority (salary: 550,000 euros, or 477,000 pounds), after the breakdown that "
     "stopped the ferries at the end of August", "477,000", 180, "(salary: 550,000 euros, or 477,000 pounds)"),
    # a list of names is quoted with what they did
    ("Luckily, Defense Secretary Lo Astin, Joint Chiefs Chairman Gen. Mara Mill, and the Department of "
     "Defense did what was right for the country by keeping the clinics open to soldiers, sailors and "
     "their children", "Defense Secretary", 180, "did"),
    # the comma between a day and its year does not end the clause
    ("The cardinal of the northern province, who has long argued for the change in the rules of the order, spoke "
     "at the meeting in the capital on the evening of February 8, 2018 and was cheered by the bishops who had come "
     "from the south", "2018", 120, "February 8, 2018"),
])
def test_a_quote_keeps_what_its_clause_holds(tmp_path, sentence, word, limit, held):
    assert held in _clause_at(tmp_path, sentence, word, limit=limit)


def test_a_bracketed_mark_of_a_list_inside_a_sentence_is_no_figure(tmp_path):
    from medialit.analysis.checkworthy import numbers

    text = "The bankers planned to (1) overthrow the sultan and (2) start a war against the empire in 1908."
    assert [m.group() for m in numbers(text)] == ["1908"]
    assert [m.group() for m in numbers("The council counted 2 votes and 3 abstentions in (12) wards.")] == ["2", "3", "12"]


def test_a_statement_is_not_said_to_report_something_that_happened(tmp_path):
    _, claims = _claims_of(tmp_path, "It is said by the gentlemen of the Chamber of Commerce that our wages in "
                                     "this valley are ample, and the tax on bread is fair.")
    statements = [c for c in claims if c.kind == "statement"]
    assert statements, "the judgement is worth checking and tells no deed"
    assert not any("happened" in r for r in statements[0].reasons)


# ------------------------------------------------ claims read as a teacher on new texts (issue 16, vr-21)


@pytest.mark.parametrize("body, kind, cue, not_a_cue", [
    # minutes of time are no minutes of a meeting
    ("For decades the county schools have held a weekly choir class of 30 minutes for the youngest pupils.",
     "number", "30", "minutes"),
    ("The minutes of the harbour board meeting show that the pier vote was held in private in 2019.",
     "document", "minutes", None),
    # a spelled number in capitals inside a sentence is part of a name
    ("The lessons treat the Ten Commandments as rules for the 400 pupils of the county, the parents said.",
     "number", "400", "Ten"),
    # a weekday before "school" dates nothing
    ("The classes sound like a Sunday school lesson for small children, the complaint says of the 300 pupils.",
     "number", "300", "Sunday"),
    # a document word that is a verb ("to study") cites no document
    ("The Harbour Society was founded in 1921 to study and preserve the records of 300 ships.",
     "number", "300", "study"),
    # the number of a part of a document counts nothing ("Chapter 8")
    ("The whole case rests on Chapter 8 of the harbour code, which cost the port 40 jobs.", "number", "40", "8"),
    # a small number of things the text names is no count to check ("the two speakers")
    ("The two speakers at the harbour meeting were Jo Roe and Sam Lee, who spoke for 45 minutes.",
     "number", "45", "two"),
    # a number of days before or after something places it in time: a date to work out, not a count
    ("The hotel said he checked in on September 28th, but the valet records show he arrived three days earlier.",
     "date", "September 28th", "three"),
    ("The ferry left Dock Road 2 weeks later than the council had announced in its spring notice to residents.",
     "date", "2 weeks later", "2"),
    ("Ten minutes later the harbour master closed the pier, and 14 passengers were sent back to the ferry.",
     "number", "14", "Ten"),
    # a time of day dates something: "at 7:45 p.m." is no figure whose counter one could find
    ("The harbour master said the ferry hit the pier at 7:45 p.m. and that 14 passengers were hurt.",
     "number", "14", "45"),
    ("The harbour master said the ferry hit the pier at 7:45 p.m. and that 14 passengers were hurt.",
     "number", "14", "7"),
    ("The harbour master said the ferry hit the pier at 7:45 p.m. and that 14 passengers were hurt.",
     "number", "14", "at 7:45 p.m."),
    # a period up to now places something in time: "in the last 36 hours" is no figure to trace
    ("In the last 36 hours the harbour board has cut 40 jobs and revised its account of the fire, its chair said.",
     "number", "40", "36"),
    ("In the last 36 hours the harbour board has cut 40 jobs and revised its account of the fire, its chair said.",
     "number", "40", "In the last 36 hours"),
    # an age is a detail of a person, not a figure with a counter to find
    ("My grandfather sailed the harbour for 52 winters, and he lived to 97.", "number", "52", "97"),
    ("The harbour pilot Jo Roe, 61, said the council had cut 40 jobs since the spring.", "number", "40", "61"),
    ("The harbour council hired a 19-year-old pilot and cut 40 jobs in the spring.", "number", "40", "19"),
    # an age limit is a rule's figure, worth checking
    ("A harbour pilot must now be 26 years old, up from 21, under the council's new rules.", "number", "26", None),
    # a number inside a name counts nothing ("the Pier 39 Market", "a Boeing 737 Max")
    ("The council closed the Pier 39 Market after 212 complaints about the smell of the harbour.",
     "number", "212", "39"),
])
def test_cues_that_only_look_like_documents_counts_or_days(tmp_path, body, kind, cue, not_a_cue):
    told_kind, cues = _told(tmp_path, body)
    assert told_kind == kind and cue in cues
    assert not_a_cue is None or not_a_cue not in cues


def test_a_quotation_is_checked_by_its_words_not_by_the_verb_that_reports_them(tmp_path):
    """"Words to check: said" tells a student nothing: the claims table shows the words quoted."""
    kind, cues = _told(tmp_path, "“The harbour has never been busier than in the last three summers,” the mayor "
                                 "said on Monday.")
    assert kind == "quotation" and "said" not in cues
    assert cues[0] == "“The harbour has never been…”"


@pytest.mark.parametrize("body", [
    "The queues at the clinic are longer than ever, he added, because the town has lost its doctors.",
    "The mayor went on to praise the ferry crews — but said that the council had cut their pay twice.",
    "The old pier was closed for repairs after the storm, Mayor Jo Lane said.",
    "They told reporters that the harbour had been dredged before the regatta.",
])
def test_words_someone_said_told_without_quotation_marks_are_reported_speech(tmp_path, body):
    """A sentence that reports what someone said is settled by their record, not by reports of an event."""
    kind, cues = _told(tmp_path, body)
    assert kind == "reported"
    assert cues[0] in ("he added", "said that", "Mayor Jo Lane said", "told reporters that")


@pytest.mark.parametrize("body", [
    "The mayor announced the new lane to reporters after the council vote.",
    # the writer's own hearsay or aside names no speaker whose record could settle it
    "It is said that the harbour board sold the old pier to a friend of the mayor in secret.",
    "It should be noted that most of the council backed the new harbour fees.",
])
def test_a_deed_or_the_writers_hearsay_is_not_reported_speech(tmp_path, body):
    kind, _ = _told(tmp_path, body)
    assert kind != "reported"


EMBED = """The valet records were posted online by a blogger on Friday, and they were shared 40,000 times.

Law enforcement and the FBI told the public on October 2 that the gunman checked in on September 28, but he arrived on September 25.

pic.twitter.com/aB3dE5 — Jo Quill (@joquill) October 6, 2017

The hotel said on Saturday that it had given its records to the police on the night of the shooting.
"""


def test_an_embedded_post_is_its_authors_words_and_its_byline_no_claim(tmp_path):
    source, claims = _claims_of(tmp_path, EMBED)
    by_paragraph = {c.paragraph: c for c in claims}
    assert 3 not in by_paragraph, "the byline of the post (link, handle, date) is no claim"
    post = by_paragraph.get(2)
    assert post is not None and post.kind == "quotation" and post.cues[0] == "post by Jo Quill"


@pytest.mark.parametrize("body, kind", [
    # how things were, with "had" and "were" only: a state, not a deed a report of an event could confirm
    ("Before the new rule, patients at the clinic had the comfort of knowing that doctors were close by.",
     "statement"),
    # a claim about anyone who did something generalises
    ("Anyone who has read the local paper in recent months has likely heard about the troubles of the harbour families.",
     "statement"),
    # a deed still is an event
    ("The council closed the clinic on the harbour after the vote, and the doctors moved to the city.", "event"),
])
def test_a_state_or_a_generalisation_is_a_statement_not_an_event(tmp_path, body, kind):
    assert _told(tmp_path, body)[0] == kind


def test_the_end_of_a_quotation_opened_earlier_is_checked_by_its_words(tmp_path):
    kind, cues = _told(tmp_path, "He left the harbour early and just said good luck to the crews,” said Ann Berg.")
    assert kind == "quotation" and cues[0] == "“He left the harbour early…”"


def test_a_disease_name_after_a_prefix_gives_no_figure(tmp_path):
    """"a non-COVID-19 vaccine": the "19" is the disease's name, not a count."""
    _, cues = _told(tmp_path, "The navy does not track requests for a non-COVID-19 vaccine from its 300 sailors.")
    assert "19" not in cues and "300" in cues


# ---------------------------------------------------------------- vr-22: four more lessons read as a teacher


@pytest.mark.parametrize("body", [
    # a verb alone: the writer's opinion of unnamed people, no event a report could confirm
    "The smart folk in charge of our towns have decided on a last drive against parking before the summer ends.",
    "This has been thoroughly disproved many times over by the people of the valley.",
    # a people's adjective is no one to search for
    "The Norwegian establishment has worked to make the valley a resort for wealthy visitors from abroad.",
    "Only the Western towns are growing quieter, and that comes from a plan made on purpose.",
])
def test_an_event_with_no_one_to_search_for_is_a_statement(tmp_path, body):
    """Find better coverage of this event (“decided”) sends the student nowhere: a statement task asks
    what would show it true or false."""
    kind, cues = _told_in(tmp_path, body)
    assert kind == "statement"
    assert not {"Norwegian", "Western"} & set(cues)


def _told_in(tmp_path, body: str) -> tuple[str, list[str]]:
    """As ``_told``, with the words that name no one in the text (``names_to_ignore``)."""
    from medialit.analysis.checks import load_checks
    from medialit.analysis.checkworthy import features_of
    from medialit.analysis.claims.detect import _by_what_it_tells
    from medialit.analysis.claims.kinds import _cue_words_by_sentence, _kinds_of
    from medialit.analysis.claims import names_to_ignore

    source, _ = _claims_of(tmp_path, body)
    sentences = split_sentences(source)
    text = source.content[sentences[0].start:sentences[0].end]
    kinds, cues = _kinds_of(text, load_checks(), _cue_words_by_sentence(source, sentences, load_checks()).get(0, {}))
    return _by_what_it_tells(text, kinds[0] if kinds else None, cues, features_of(text), names_to_ignore(source))


def test_an_event_keeps_its_office_and_names_who_did_it(tmp_path):
    kind, cues = _told(tmp_path, "The harbour board of Northtown approved the new ferry pier after a long night.")
    assert kind == "event" and cues[0] == "Northtown"


@pytest.mark.parametrize("body, not_a_cue", [
    ("The strict rules of parking he wants to impose on our town are the better subject for a long debate.", "impose"),
    ("Jo Roe and his two sons lived in a flat they rented in the town of Northtown for many years.", "two"),
])
def test_what_someone_wants_to_do_and_a_familys_size_are_no_cues(tmp_path, body, not_a_cue):
    kind, cues = _told(tmp_path, body)
    assert not_a_cue not in cues and kind not in ("number",)


def test_a_sentence_inside_an_open_quotation_is_the_speakers_words(tmp_path):
    """The middle sentence of a paragraph that is all quotation was an event task on 'allowed'."""
    body = ("Jo Roe spoke to the council on Monday about the new ferry pier and the harbour fees.\n\n"
            "“The harbour should not be sold to the highest bidder. We have allowed greedy developers to think "
            "that the shore belongs to them and they have a right to fence it off. Can you see how wrong that is?”")
    _, claims = _claims_of(tmp_path, body)
    inside = next((c for c in claims if c.text.startswith("We have allowed")), None)
    assert inside is None or (inside.kind == "quotation" and inside.cues[0].startswith("“We have allowed"))
    from medialit.analysis.claims.speech import _inside_quotations
    source, _ = _claims_of(tmp_path, body)
    sentences = split_sentences(source)
    texts = [source.content[sentences[n].start:sentences[n].end] for n in _inside_quotations(source, sentences)]
    assert any(t.startswith("We have allowed") for t in texts) and not any(t.startswith("Jo Roe") for t in texts)


def test_a_quotation_is_checked_by_its_quoted_words_not_a_verb_or_its_first_word(tmp_path):
    """'denounced' and 'Attacks' were the words to check of two quotations."""
    for body, first in (('He denounced the new fees as a "shameless grab at the pockets of the poor, as '
                         'always in this town."', "“shameless"),
                        ('Jo Roe stressed that "Fees on the ferry pier are against the harbour law and must end '
                         'at once."', "“Fees on the ferry")):
        kind, cues = _told(tmp_path, body)
        assert kind == "quotation" and cues[0].startswith(first)


def test_glued_sentences_are_two_sentences(tmp_path):
    """"...society.It has been made clear" gave 'It' as a name to check."""
    source, _ = _claims_of(tmp_path, "The harbour was a quiet place for the whole town.It has been made clear "
                                     "that the board wants it sold.")
    assert len(split_sentences(source)) == 2


def test_words_that_name_no_one(tmp_path):
    from medialit.analysis.checkworthy import salient_names
    from medialit.analysis.claims import names_to_ignore

    source, _ = _claims_of(tmp_path, "The climate of the valley changed, and climate talk filled the hall. The other "
                                     "Climate worriers met the Norwegian mayor Jo Roe.\n\nA TAXPAYING Norwegian family "
                                     "met Donald Duck’s friends in the White places.")
    ignored = names_to_ignore(source)
    assert {"Climate", "Norwegian", "White"} <= ignored
    assert salient_names("The other Climate worriers met the Norwegian mayor Jo Roe.", ignored) == ("Jo Roe",)
    assert salient_names("A TAXPAYING Norwegian family met Donald Duck’s friends in the White places.", ignored) == \
        ("Donald Duck",)


def test_the_claims_table_takes_statements_last(tmp_path):
    from medialit.analysis.claims import table_claims
    from medialit.analysis.findings import Claim

    claims = [Claim(start=i, end=i + 1, text="x", paragraph=1, kind=kind, score=score)
              for i, (kind, score) in enumerate([("statement", 0.99)] * 6 + [("number", 0.5)] * 7 + [("event", 0.4)])]
    shown = table_claims(claims)
    assert len(shown) == 12 and sum(c.kind == "statement" for c in shown) == 4
    assert [c.start for c in shown] == sorted(c.start for c in shown)


def test_a_name_that_opens_a_sentence_is_a_name_where_the_text_writes_it_inside_one(tmp_path):
    """'Haig said he learned ...' gave 'learned' to check: Haig opens the sentence, but the text names him
    inside another, and the sentence reports what he said."""
    body = ("The harbour board met in Northtown on Monday with Jo Haig and the mayor.\n\n"
            "Haig said he learned of the closure when the board phoned him at work the next morning.")
    source, claims = _claims_of(tmp_path, body)
    from medialit.analysis.checkworthy import salient_names
    from medialit.analysis.claims import names_known
    text = "Haig said he learned of the closure when the board phoned him at work the next morning."
    assert salient_names(text, known=names_known(source)) == ("Haig",)
    assert salient_names(text) == ()
    kind, cues = _told_in(tmp_path, text)
    assert kind == "reported"


def test_a_headings_capitals_make_no_name_known(tmp_path):
    """'Like' became a name to check because the title read "... Are Just Like Slave Owners"."""
    from medialit.analysis.claims import names_known

    path = tmp_path / "h.md"
    path.write_text("---\ntitle: Ferry Fees Are Just Like Highway Robbery\n---\nFerry Fees Are Just Like Highway "
                    "Robbery\n\nLike all the other towns, it has adopted the fees of Jo Roe and the board.\n",
                    encoding="utf-8")
    assert "Like" not in names_known(load_source(path))


def test_a_sentence_opening_on_she_said_is_reported_speech_not_an_event(tmp_path):
    """"She said none of the panel's proposals had been adopted" is settled by her record, not by a
    report of an event."""
    _, claims = _claims_of(tmp_path, "The inspector Rosa Lind visited the prison twice last spring.\n\n"
                                     "She said none of the panel's eleven proposals had been adopted by the ministry.")
    claim = next(c for c in claims if c.text.startswith("She said"))
    assert claim.kind == "reported"


@pytest.mark.parametrize("body, kind", [
    # what is expected is a forecast, and a participle inside the subject tells no deed
    ("In any case, water shortages experienced in the north after the drought are likely to persist in Spain.",
     "prediction"),
    ("The price of bread in Lorvik is expected to rise again next spring, the bakers of the town fear.", "prediction"),
    # a lawsuit under way is a deed that court records confirm, though told in the present
    ("Karl Lund is taking the Norrby town council to court over the eviction of his family.", "event"),
    # a judgement as the predicate of a sentence that names someone is the writer's view
    ("Senator Ada Vole and the other budget hawks of the committee are nothing new in this town.", "statement"),
])
def test_forecasts_lawsuits_and_judgements_get_their_kind(tmp_path, body, kind):
    assert _told(tmp_path, body)[0] == kind


def test_a_participle_with_its_own_deed_after_it_is_still_a_deed(tmp_path):
    """"Fishermen arrested in the raid" describes them; "were released on bail" is the deed."""
    assert _told(tmp_path, "Eleven fishermen arrested in the raid near Lorvik were released on bail by the court.")[0] == "event"


def test_a_number_word_keeps_its_tens_and_a_whole_word_only(tmp_path):
    from medialit.analysis.claims.figures import _figures_as_written

    assert _figures_as_written("Twenty-five million pupils now walk further to school than in 2010.", [],
                               ["five", "million"]) == ["Twenty-five million"]
    assert "one" not in _figures_as_written("Someone counted five million pupils in the valley.", [],
                                            ["five", "million", "one"])[:1]


def test_agreement_among_people_is_no_document_and_said_there_was_is_reported(tmp_path):
    """A speaker saying there was agreement at a session: what she said, not a document to find."""
    _, claims = _claims_of(tmp_path, "Council chair Ana Vidal said there was agreement at the session on "
                                     "paying for both the new bridge and the harbour school.")
    claim = claims[0]
    assert claim.kind == "reported" and "agreement" not in claim.cues


def test_a_quote_cut_deep_in_a_long_clause_does_not_open_on_a_preposition(tmp_path):
    text = ("For the director of the river trust, Ana Vidal, the town's delegation to the summit was far too large "
            "mainly because the summit was treated as a fair for investors judging from the number of letters of "
            "intent signed at the town's stand during three summits")
    source, _ = _claims_of(tmp_path, text + ".")
    cue = source.content.index("three summits")
    start, end = clause_around(source, _whole_sentence(source, text), cue, cue + 5)
    first = source.content[start:end].split()[0]
    assert first.lower() not in {"of", "at", "in", "on", "to", "for", "from", "by", "with", "and", "or", "that"}


@pytest.mark.parametrize("sentence, source_words", [
    ("According to the Harbour Office for Coastal Affairs, the storm will leave two million people without power.",
     "Harbour Office for Coastal Affairs"),
    ("The board sacked 41 pilots last winter, according to service data.", "service data"),
    # a title's full stop and initials do not end the name ("Dr" alone was once the words to check)
    ("According to Dr. Ann Roe, a harbour historian, the pier lost 41 pilots in a single winter.", "Dr. Ann Roe"),
    ("The pier lost 41 pilots in one winter, according to U.S. harbour data.", "U.S. harbour data"),
])
def test_according_to_gives_what_it_cites_as_the_words_to_check(tmp_path, sentence, source_words):
    """"According to" is a lead-in: the words to check of the document are what it cites, never the lead-in."""
    _, claims = _claims_of(tmp_path, sentence)
    claim = next(c for c in claims if c.kind == "document")
    assert source_words in claim.cues and not any(c.lower() == "according to" for c in claim.cues)


@pytest.mark.parametrize("sentence, counted", [
    ("The harbour board fined 14 captains in 2023 and one feels unable to defend them, its chair said.", False),
    ("The harbour board built the old pier for 40 boats in 1998 as a temporary one, its chair said.", False),
    ("The harbour board gave 40 boats a one-time grant in 2023 after the storm, its chair said.", False),
    ("The harbour board fined 14 captains in 2023, which would lead one to think the pier was unsafe.", False),
    ("In 2023 one Kino Berg asked the harbour board for its 14 letters, its chair said.", False),
    ("The harbour board fined 14 captains in 2023 and at least one pilot, its chair said.", True),
    ("The storm sank one trawler and 14 boats in the harbour in 2023, the coast guard said.", True),
])
def test_one_as_a_pronoun_or_an_article_is_no_figure(tmp_path, sentence, counted):
    _, claims = _claims_of(tmp_path, sentence)
    assert claims, "the sentence is a claim (its other figures)"
    assert any("one" in c.cues for c in claims) == counted


@pytest.mark.parametrize("first, second", [
    ("The storm cut power to 12,400 homes and 310 shops on Monday.",
     "In short, the storm cut power to 12,400 homes and 310 shops in the town on Monday."),
])
def test_a_lead_repeated_further_down_is_one_row_of_the_claims_table(tmp_path, first, second):
    from medialit.analysis.claims import table_claims
    _, claims = _claims_of(tmp_path, f"{first}\n\nThe harbour board met on Tuesday.\n\n{second}")
    rows = [c for c in table_claims(claims) if "12,400" in c.cues]
    assert len(rows) == 1


def test_a_word_shouted_in_capitals_is_no_part_of_a_name(tmp_path):
    # "BEFORE" is emphasis in a text that also writes "before"; "PIER" below stays what the text made it
    body = ("As it turns out, the harbour guard Sam Lee was hurt BEFORE Jo Roe opened the gates of the pier.\n\n"
            "The pier had been shut the week before, the council said.")
    kind, cues = _told_in(tmp_path, body)
    assert kind == "event" and "Jo Roe" in cues and not any("BEFORE" in cue for cue in cues)


def test_an_acronym_stays_a_name_where_the_text_never_writes_it_in_lower_case(tmp_path):
    body = ("The harbour guard Sam Lee was hurt after UNESCO inspectors opened the gates of the old pier.\n\n"
            "The pier had been shut the week before, the council said.")
    kind, cues = _told_in(tmp_path, body)
    assert kind == "event" and any("UNESCO" in cue for cue in cues)
