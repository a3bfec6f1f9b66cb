"""Quoted voices (scripts/medialit/analysis/voices/, data/voices.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.analysis.voices import detect_voices, load_voice_data, summarize_voices
from medialit.analysis.voices.patterns import _attributions_before, _patterns
from medialit.text.source import load_source

ROOT = Path(__file__).resolve().parents[1]


def source_of(tmp_path: Path, body: str, topics: str = "[NATO, Russia, Ukraine]"):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\ntopics: {topics}\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


@pytest.mark.parametrize("body, speaker, verb, neutral, named", [
    ("Jens Stoltenberg said on Friday that the alliance would act.", "Jens Stoltenberg", "said", True, True),
    ("Blinken claimed that the Kremlin was ready.", "Blinken", "claimed", False, True),
    ("Moscow insists that it has every right to move troops.", "Moscow", "insists", False, True),
    ("Western officials have also repeated the charges.", "Western officials", "repeated", True, False),
    ("NATO officials announced on Friday that they would deploy troops.", "NATO officials", "announced", True, False),
    ("The minister, speaking in Riga on Tuesday, admitted that talks had failed.", "The minister", "admitted", False,
     False),
    ("Here's how Putin summed it up: the West lied.", "Putin", "summed it up", False, True),
])
def test_attribution_verbs_and_named_speakers(tmp_path, body, speaker, verb, neutral, named):
    source = source_of(tmp_path, body)
    voices = detect_voices(source)
    assert voices, body
    voice = voices[0]
    assert source.content[voice.start:voice.end] == voice.text
    assert voice.verb == verb and voice.verb_neutral is neutral
    if speaker is not None:
        assert voice.speaker == speaker and voice.named is named


@pytest.mark.parametrize("body", [
    "NATO has deployed troops to the Baltic states.",
    "The size of the forces is based on Washington's claims.",
    "Today the dangers are beyond description.",
])
def test_nouns_that_look_like_verbs_are_not_voices(tmp_path, body):
    assert detect_voices(source_of(tmp_path, body)) == []


def test_a_pronoun_speaks_for_the_person_named_before_it(tmp_path):
    body = ("Russian Foreign Minister Sergei Lavrov made an appeal. Russia, he insisted, does "
            "\"not want any conflicts\" with NATO.")
    voices = detect_voices(source_of(tmp_path, body))
    assert [(v.text, v.speaker, v.verb) for v in voices] == [("he insisted", "Russian Foreign Minister Sergei Lavrov", "insisted")]


def test_sides_heard_and_missing(tmp_path):
    source = source_of(tmp_path, "Jens Stoltenberg said NATO would act. Putin said Russia would respond.")
    summary = summarize_voices(source, detect_voices(source))
    assert {side for side, _, _ in summary.heard} == {"nato-west", "russia"}
    assert "ukraine-government" in {side for side, _ in summary.missing}


def test_both_seeds_have_voices_with_offsets_that_hold():
    for path in sorted((ROOT / "seeds").glob("*.md")):
        source = load_source(path)
        voices = detect_voices(source)
        assert len(voices) >= 8, path.name
        assert any(not v.verb_neutral for v in voices) and any(not v.named for v in voices), path.name
        for voice in voices:
            assert source.content[voice.start:voice.end] == voice.text
            assert voice.start >= source.body_start and voice.paragraph >= 1


@pytest.mark.parametrize("body", [
    "Jens Stoltenberg, speaking in Riga; said nothing. U.S. officials said: no. The U.S. Secretary said “yes”.",
    "He said so. Asked why, she added that the minister, who “knows”, declared it. Dr. Smith noted that",
])
def test_attributions_are_searched_only_near_verbs_yet_all_found(tmp_path, body):
    """``before`` runs only over the stretches between stops that hold a verb: it finds what a search of
    the whole body finds."""
    patterns = _patterns(load_voice_data())
    sources = [source_of(tmp_path, body)] + [load_source(p) for p in sorted((ROOT / "seeds").glob("*.md"))]
    for source in sources:
        whole = [m.span() for m in patterns.before.finditer(source.content, source.body_start)]
        assert [m.span() for m in _attributions_before(patterns, source.content, source.body_start)] == whole


def _plain_patterns(data):
    """``before``, ``stops_and_verbs`` and ``after`` as written plainly, without the rewrites that let the
    regex engine skip ahead."""
    from medialit.analysis.voices.names import _NAME
    from medialit.analysis.voices.patterns import (_AFTER_NAME, _APPOSITION, _AUX, _LINKS, _NOT_A_TITLE_DOT, _STOP_MARKS,
                                                   _WORD_START, _headline_verbs, _not_a_speaker, _owned_regex,
                                                   _share_regex, _unnamed_regex, _verb_regex)

    verbs = "|".join([_verb_regex(v) for v in data.verbs] + _headline_verbs(data))
    groups = "|".join(re.escape(g) for g in data.groups)
    unnamed = _unnamed_regex(data.groups)
    described = rf"[A-Z][\w.-]*\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?:(?!(?:{_LINKS})\b)[a-z][\w-]*\s+){{0,2}}"
    speaker = (rf"(?:{_share_regex(data.groups)}|{unnamed}|{_owned_regex(data.groups)}|(?:{described}|(?<![\w-]))"
               rf"(?:{groups})\b|{_NAME}|\b(?:he|she|He|She)\b)")
    return {"before": re.compile(rf"{_WORD_START}{_not_a_speaker(data)}(?P<speaker>{speaker})(?P<apposition>{_APPOSITION})"
                                 rf"(?:\s+who)?{_AUX}\s+(?P<verb>{verbs})\b"),
            "stops_and_verbs": re.compile(rf"(?P<stop>[{_STOP_MARKS}]|\.{_NOT_A_TITLE_DOT}(?!\w))|\s(?:{verbs})\b"),
            "after": re.compile(rf"(?:[,“”\"]|'')\s*(?P<verb>{verbs})[^\S\n]+(?P<speaker>"
                                rf"(?:(?:the|a|an)[^\S\n]+)?(?:{_NAME}['’]s?[^\S\n]+)?(?:[a-z][\w’'-]*[^\S\n]+){{0,3}}"
                                rf"(?:{_NAME}[^\S\n]+)?[a-z][\w-]*,[^\S\n]+{_NAME}(?<!\b[A-Z])(?=,|\.(?:\s|$)|$|[^\S\n]+of\b)|"
                                rf"{unnamed}|"
                                rf"(?:{_NAME}[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){{0,4}}{_NAME}){_AFTER_NAME}")}


_TRICKY_BODIES = [
    "Western officials said so. officials said. nonofficials said it. Officials Said Things said no.",
    "He said. She says: “no”. he claims that x. The claims, he says, are old; Washington's claims: none.",
    "Jens Stoltenberg, who leads NATO, has also repeatedly said. Secretary of State Antony *Blinken* warned.",
    "McDonald said. xDonald told. U.S. officials went on. The U.S. Secretary would like us to believe it.",
    "Experts, analysts and people said so... The minister issued a warning. O'Brien-Smith declares: now.",
]


@pytest.mark.parametrize("body", _TRICKY_BODIES)
def test_rewritten_voice_patterns_match_as_the_plain_ones(tmp_path, body):
    """The verbs grouped by first letter, the speaker's look-ahead and the stop class find the same
    matches, groups included, as the plain patterns."""
    data = load_voice_data()
    patterns, plain = _patterns(data), _plain_patterns(data)
    for source in [source_of(tmp_path, body)] + [load_source(p) for p in sorted((ROOT / "seeds").glob("*.md"))]:
        for name, expected in plain.items():
            assert _found(getattr(patterns, name), source.content) == _found(expected, source.content), name


def _found(pattern, text):
    """Each match's span and groups; of the 'stop' group only whether it took part (the rewritten one is empty)."""
    return [(m.span(), {key: value is not None if key == "stop" else value for key, value in m.groupdict().items()})
            for m in pattern.finditer(text)]


@pytest.mark.parametrize("alternatives", [
    ["said", "says", "told", "stated"], ["a", "ab", "abc", "b"], ["abc", "ab", "a"], [r"\.x", r"\.x", "x", r"\-y"],
    [r"states(?=\s+that\b|\s*[,:“\"])", "stated", r"went\s+on"], ["x"],
])
def test_alternatives_grouped_by_first_letter_match_as_the_plain_alternation(alternatives):
    from medialit.analysis.voices.patterns import _by_first_letter

    text = "said says told stated states that ab abc a b .x -y x went  on states. abcd stateds"
    for end in ("", r"\b"):     # without \b the first alternative that matches wins, so their order counts
        grouped = re.compile(rf"(?:{_by_first_letter(alternatives)}){end}")
        plain = re.compile(rf"(?:{'|'.join(alternatives)}){end}")
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_side_of_a_speaker_is_remembered_as_first_found(monkeypatch):
    """``side_of`` keeps its answers: asked again, and after the kept answers are dropped at the bound,
    it says what trying the sides in order says."""
    import medialit.analysis.voices.data as voice_data

    data = load_voice_data()
    speakers = ["Jens Stoltenberg", "Sergei Lavrov", "Western officials", "NATO and Kremlin", "Kremlin and NATO",
                "Volodymyr Zelensky", "nobody known", "Reuters", "Putin's spokesman Dmitry Peskov", ""]
    monkeypatch.setattr(voice_data, "_SPEAKERS_KEPT", 3)
    for speaker in speakers * 2:
        plain = next((s.id for s in data.sides if s.includes(speaker)), None) if speaker else None
        assert data.side_of(speaker) == plain, speaker
    assert len(data._sides_of) <= 3


# ------------------------------------------------------------------------------ voices on real news (#16)


def speakers_of(tmp_path, body: str, topics: str = "[local news]"):
    return [(v.speaker, v.named) for v in detect_voices(source_of(tmp_path, body, topics))]


@pytest.mark.parametrize("body, speaker", [
    ("After Russian President Vladimir Putin said the talks had failed, markets fell.",
     "Russian President Vladimir Putin"),
    ("As Health Impact News reported, the clinic was closed for a week.", "Health Impact News"),
    ("And on Monday, Kim Dale, head of the harbour board, said that the pier would reopen.", "Kim Dale"),
    ("Sen. Mary Lund (R-Ohio) said the bill would pass.", "Sen. Mary Lund"),
    ("Harry M. Reid told reporters that he had spoken to the governor.", "Harry M. Reid"),
])
def test_a_speaker_is_a_name_not_the_sentences_first_word(tmp_path, body, speaker):
    assert speakers_of(tmp_path, body)[0] == (speaker, True)


def test_a_heading_is_not_glued_to_the_name_after_it(tmp_path):
    body = "HANG THEM FROM BRIDGES'\nPutin said the traitors would pay for it."
    assert speakers_of(tmp_path, body) == [("Putin", True)]


def test_no_possessive_leftovers(tmp_path):
    body = "Emissions fell, according to the Environmental Protection Agency's annual report, published in May."
    assert speakers_of(tmp_path, body) == [("Environmental Protection Agency", True)]


@pytest.mark.parametrize("body", [
    "At least 70 people reported killed in the floods on Sunday.",
    "Officials said 12 residents reported missing after the storm.",
])
def test_counted_nouns_are_not_voices(tmp_path, body):
    assert all(speaker not in ("people", "residents") for speaker, _ in speakers_of(tmp_path, body))


def test_he_said_after_a_quotation_is_the_person_quoted(tmp_path):
    body = ('"We will not back down," President Joe Biden said at the White House on Monday. '
            '"This is our moment," he said.')
    assert speakers_of(tmp_path, body) == [("President Joe Biden", True)] * 2


def test_a_pronoun_nobody_was_named_for_is_left_out(tmp_path):
    assert speakers_of(tmp_path, "The storm passed. He said it was the worst in years.") == []


def test_block_quotes_and_embedded_posts_are_attributed(tmp_path):
    body = ("In 2014 the president of the club, Anna Berg, told members:\n\n"
            "> The harbour has always belonged to the fishermen.\n\n"
            "The council chair replied on social media.\n\n"
            "> The pier stays open all summer. — Jane Roe (@janeroe) May 3, 2021\n\n"
            "Other news followed in the evening bulletin.")
    voices = detect_voices(source_of(tmp_path, body, "[local news]"))
    quote = next(v for v in voices if v.text.startswith("The harbour has always"))
    assert (quote.speaker, quote.kind, quote.paragraph) == ("Anna Berg", "direct quote", 2)
    post = next(v for v in voices if v.speaker == "Jane Roe")
    assert post.kind == "direct quote" and post.named


def test_organisations_and_people_are_told_apart(tmp_path):
    voices = detect_voices(source_of(tmp_path, "Fox News reported the closure. Anna Berg said it was temporary.",
                                     "[local news]"))
    assert [(v.speaker, v.speaker_type) for v in voices] == [("Fox News", "organisation"), ("Anna Berg", "person")]


def test_an_unnamed_source_is_marked_unnamed_and_questioned(tmp_path):
    from medialit.analysis import analyze
    from medialit.lesson.bias import voice_questions

    source = source_of(tmp_path, "A senior U.S. defense official said the drills would continue next week.",
                       "[defence]")
    voices = detect_voices(source)
    assert [(v.speaker, v.named, v.role) for v in voices] == [("A senior U.S. defense official", False, "official")]
    prompts = " ".join(q.prompt for q in voice_questions(source, analyze(source)))
    assert "does not name its source" in prompts and "A senior U.S. defense official" in prompts


def test_what_someone_declared_is_not_a_speaker(tmp_path):
    source = source_of(tmp_path, "Putin declared Kiev a threat to Russia. It was, he said, “declared” Kiev policy.")
    voices = detect_voices(source)
    assert {v.speaker for v in voices} == {"Putin"}
    summary = summarize_voices(source, voices)
    assert all("Kiev" not in speakers for _, _, speakers in summary.heard)


def test_sides_only_where_the_topic_has_sides(tmp_path):
    """A US health secretary is no "NATO and Western governments" voice: a text on health gets no sides,
    and its voices are grouped by role, with the kinds of voice nobody speaks for."""
    body = ("Health Secretary Anna Berg said the vaccine was safe. Dr. Tom Wells, a researcher at the "
            "university, said the data were clear.")
    source = source_of(tmp_path, body, "[health]")
    voices = detect_voices(source)
    assert all(v.side is None for v in voices)
    summary = summarize_voices(source, voices)
    assert not summary.uses_sides and not summary.heard and not summary.missing
    assert [role for role, _, _ in summary.by_role] == ["official", "expert"]
    assert {role for role, _ in summary.roles_missing} == {"organisation", "people"}


def test_a_text_without_topics_gets_sides_only_when_it_is_about_them(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: T\n---\nBlinken said NATO would act. NATO officials met. NATO leaders agreed. "
                    "Putin said Russia would respond.\n", encoding="utf-8")
    source = load_source(path)
    assert {v.side for v in detect_voices(source)} >= {"nato-west", "russia"}
    path.write_text("---\ntitle: T\n---\nThe health secretary, Joe Biden, said the clinic would open.\n",
                    encoding="utf-8")
    assert all(v.side is None for v in detect_voices(load_source(path)))


def test_a_lesson_never_says_nobody_is_quoted_when_someone_is(tmp_path):
    from medialit.analysis import analyze
    from medialit.lesson.bias import partial_context
    from medialit.site.render import make_environment

    source = source_of(tmp_path, '"The clinic will open in May," Anna Berg said.', "[health]")
    analysis = analyze(source)
    page = make_environment().get_template("partials/voices.md.j2").render(
        edition="teacher", analysis=analysis, source=source, **partial_context(source, analysis))
    assert "Anna Berg" in page and "nobody" not in page and "found no one" not in page
    assert "Heard, by kind of voice" in page and "No voice from" in page


def test_a_trailing_participle_speaks_for_the_sentences_subject(tmp_path):
    body = "Mayor Dana Lee changed her mind on the spot, saying the pier would stay open all summer."
    assert speakers_of(tmp_path, body) == [("Mayor Dana Lee", True)]


@pytest.mark.parametrize("body, speaker, verb", [
    # a headline writes the verb with a capital
    ("Harbour Trust Says Ferry Will Stop in May\n\nThe ferry will stop running, the trust said in a letter.",
     "Harbour Trust", "says"),
    # a stance verb reports a position as a voice does
    ("Ana Ruiz opposed the plan at the council meeting.", "Ana Ruiz", "opposed"),
    ("The Harbour Gazette revealed the cost of the new pier.", "The Harbour Gazette", "revealed"),
    # a second verb of the sentence's subject
    ("Ana Ruiz became a delegate in June and said she would vote for the pier.", "Ana Ruiz", "said"),
])
def test_headline_stance_and_coordinated_verbs(tmp_path, body, speaker, verb):
    voices = detect_voices(source_of(tmp_path, body, topics="[harbour]"))
    assert any(v.speaker.endswith(speaker.removeprefix("The ")) and v.verb == verb for v in voices), \
        [(v.speaker, v.verb) for v in voices]


@pytest.mark.parametrize("body", [
    "Officials met Ana Ruiz and said the plan was bad.",       # the subject is no name
    "Warning Signs Ahead for the Harbour\n\nThe pier is old.",  # a capital participle is no headline verb
])
def test_coordinated_and_headline_verbs_need_a_named_subject(tmp_path, body):
    voices = detect_voices(source_of(tmp_path, body, topics="[harbour]"))
    assert not any(v.named and v.speaker not in ("he", "she") for v in voices), [(v.speaker, v.verb) for v in voices]


@pytest.mark.parametrize("body, speakers", [
    ("Ana Ruiz and Tom Berg said the pier was unsafe.", ["Ana Ruiz", "Tom Berg"]),
    ("Health and Safety Services said the pier was unsafe.", ["Health and Safety Services"]),
    ("The latest Harbour/Coast poll showed the mayor ahead by five points.", ["Harbour/Coast"]),
    ("The mayor leads by 5 points, according to a Harbour Gazette/Coast Radio survey released on Monday.",
     ["Harbour Gazette/Coast Radio"]),
    ("In the new Harbour Gazette poll, the mayor leads by five points.", ["Harbour Gazette"]),
])
def test_two_people_and_joint_pollsters(tmp_path, body, speakers):
    voices = detect_voices(source_of(tmp_path, body, topics="[harbour]"))
    assert [v.speaker for v in voices] == speakers


@pytest.mark.parametrize("body, speakers", [
    ("THE POLLS WERE RIGHT - Jon Cohen: “The race moved late, and the polls saw it.”", ["Jon Cohen"]),
    ("The pier - Main Street: it is closed.", []),                  # no quotation after the colon
    ("Voters like the pier, the Harbour Gazette found.", ["Harbour Gazette"]),
    ("The ferry serves the Baltic states.", []),                    # a noun at a sentence's end
])
def test_dash_colon_speakers_and_a_finding_at_the_end(tmp_path, body, speakers):
    voices = detect_voices(source_of(tmp_path, body, topics="[harbour]"))
    assert [v.speaker.removeprefix("the ") for v in voices] == speakers


# ------------------------------------------------------------------ issue 16: recall on real news (vo-16)

def voices_of(tmp_path, body: str):
    return [(v.speaker, v.verb, v.kind, v.named) for v in detect_voices(source_of(tmp_path, body, "[harbour]"))]


@pytest.mark.parametrize("body, speaker, verb", [
    ("Mayor Dana Lee wants to close the old library by June.", "Mayor Dana Lee", "wants"),
    ("Council member Sam Ortiz plans to vote against the harbour budget.", "Sam Ortiz", "plans"),
    ("Ana Ruiz is pushing for a second ferry across the bay.", "Ana Ruiz", "is pushing for"),
    ("The Harbour Trust is against the new pier, its board decided.", "Harbour Trust", "is against"),
    ("Tom Berg is convinced that the ferry will stop running.", "Tom Berg", "is convinced"),
])
def test_a_stance_or_an_intention_is_a_position_not_words_said(tmp_path, body, speaker, verb):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.verb, v.kind) for v in voices][:1] == [(speaker, verb, "position")]


@pytest.mark.parametrize("body", [
    "Smith signed the bill on Friday.",                      # an act, not a stance or words
    "The mayor's plans changed after the storm.",            # "plans" as a noun
    "Ana Ruiz plans the harbour festival every summer.",     # "plans" without "to": an act
    "Lerer reported from Los Angeles.",                      # a byline
    "The Libertarian Party's Johnson, supported by 13 percent, trails.",   # a passive: Johnson is supported
    "Harbour-based Nortek and Millbrook-based Velo called off the merger.",    # called off: an act
    "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.",     # a table, not a transcript
    "The harbour towns feel threatened by a rapidly rising China.",     # a passive of a stance: no speaker
])
def test_acts_bylines_passives_and_tables_are_no_voices(tmp_path, body):
    assert [v for v in detect_voices(source_of(tmp_path, body, "[harbour]")) if v.named] == []


@pytest.mark.parametrize("body, speaker", [
    ("Sen. Rand Paul, R-Ky., told reporters the pier would close.", "Sen. Rand Paul"),
    ("Jo Marsh, 34, of Millbrook, Ore., says her main worry is the pier.", "Jo Marsh"),
    ("Dana Holt, 71, a retired nurse in Millbrook, Ore., supported Gov. Alan Reed in the primary.", "Dana Holt"),
    ("Senator Ann Lee of Ohio, the No. 3 Democrat on the committee, said the ballot could wait.",
     "Senator Ann Lee of Ohio"),
    ("Ana Ruiz in a Medium post said she would hire more pilots.", "Ana Ruiz"),
    ("The Tennessean first reported the decision on Sunday.", "Tennessean"),
    ("The venture capitalist Olav Berg, who backed Mr. Dale in 2014, said on Twitter that he agreed.",
     "Olav Berg"),
])
def test_appositions_with_abbreviations_and_where_the_words_appeared(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert voices and voices[0].speaker.removeprefix("The ") == speaker, [(v.speaker, v.verb) for v in voices]


@pytest.mark.parametrize("body, speaker", [
    ('"It is over," said Florida-based Republican strategist Al Cardenas.', "Al Cardenas"),
    ('"Nothing changes," explained Los Angeles-based attorney Edgar Marti.', "Edgar Marti"),
    ('"I know," said Jason Gilbert of Cheyenne.', "Jason Gilbert of Cheyenne"),
    ("When pressed by Holt on Friday about jobs, the senator smiled.", "Holt"),
    ("In a note to the Gazette, her chief aide, Sam Lee, said the plan stood.", "Sam Lee"),
    ("A poll from Northland Law School put out Wednesday found that Lee led.", "Northland Law School"),
    ("Presumptive Republican presidential nominee Dana Holt also entered the fray, announcing she would "
     "meet the group.", "Dana Holt"),
    ("On Tuesday, Mr. Dana Roe deflected questions about the pier, saying he would wait.", "Mr. Dana Roe"),
    ("Both men issued a statement – Ryan saying he was encouraged.", "Ryan"),
    ("Vermont Sen. Jane Roe also sent out a letter after the vote, asking members to rebuild the old pier.",
     "Vermont Sen. Jane Roe"),
    ("Dues start at $100,000. A Harbour Partners official said that half were women.", "A Harbour Partners official"),
    ("Sanders said he would campaign for Canova, in Sanders parlance a fighter.", "Sanders"),
])
def test_who_speaks_after_role_words_prepositions_and_participles(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert speaker in [v.speaker for v in voices], [(v.speaker, v.verb) for v in voices]


@pytest.mark.parametrize("body, speaker", [
    ("Nine in 10 Democratic voters say they like the pier.", "Nine in 10 Democratic voters"),
    ("About 56 percent of Cuban-Americans said they would vote.", "About 56 percent of Cuban-Americans"),
    ("South Carolina Republican primary voters say the pier matters.", "South Carolina Republican primary voters"),
    ("Senate Republicans said the pier could wait.", "Senate Republicans"),
    ("Republicans on Capitol Hill pounced on the memo, arguing that it proved intent.", "Republicans"),
])
def test_shares_and_groups_speak_as_groups_not_named_sources(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.named) for v in voices] == [(speaker, False)]


def test_a_dateline_is_no_speaker(tmp_path):
    body = ("WASHINGTON, June 10 (UPI) — Senator Ann Lee told a crowd she would act, saying the pier mattered.\n\n"
            "PARIS, Aug 31 (Reuters) - The harbour board voiced support for the plan on Wednesday, saying it was fair.")
    speakers = {v.speaker for v in detect_voices(source_of(tmp_path, body, "[harbour]"))}
    assert "Senator Ann Lee" in speakers and not speakers & {"WASHINGTON", "PARIS", "Washington", "Paris"}


def test_a_position_row_does_not_say_the_speaker_said_it(tmp_path):
    from medialit.analysis import analyze
    from medialit.lesson.bias import partial_context
    from medialit.site.render import make_environment

    source = source_of(tmp_path, "Mayor Dana Lee wants to close the library. “We cannot pay,” Lee said.", "[harbour]")
    analysis = analyze(source)
    page = make_environment().get_template("partials/voices.md.j2").render(
        edition="student", analysis=analysis, source=source, **partial_context(source, analysis))
    rows = page.split("<tr>")          # (the table is written in HTML, one cell a line)
    row = next(r for r in rows if "wants" in r)
    assert "position, not their words" in row and "reported speech" not in row and "neutral" not in row
    assert "does not quote them saying it" in page
    said = next(r for r in rows if "Lee said" in r)
    assert "direct quote" in said


@pytest.mark.parametrize("body, speaker, verb", [
    ("Now Jeb Bush, who has raised more money than votes, hopes his campaign could score there.", "Jeb Bush", "hopes"),
    ("The Harbour Trust has been warning for weeks that its fund will soon be empty.", "Harbour Trust", "warning"),
    ("Vermont Sen. Jane Roe even suggested in a radio interview that she might back another plan.",
     "Vermont Sen. Jane Roe", "suggested"),
    ("KING-TV reported the closure on Sunday.", "KING-TV", "reported"),
])
def test_clauses_without_that_progressives_and_hyphenated_names(tmp_path, body, speaker, verb):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker.removeprefix("The "), v.verb) for v in voices][:1] == [(speaker, verb)]


def test_who_asked_speaks_but_is_no_antecedent_of_the_answer(tmp_path):
    body = "Ana Ruiz opened the pier on Monday. Asked by Tom Berg whether she had practiced, she said no."
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert ("Tom Berg", "asked") in [(v.speaker, v.verb) for v in voices]
    assert not any(v.verb == "said" and v.speaker == "Tom Berg" for v in voices)


@pytest.mark.parametrize("body, speaker", [
    ("The Northland Union of Dock Workers and Harbour Pilot Societies said the clinics were full.",
     "Northland Union of Dock Workers and Harbour Pilot Societies"),
    ("The Valley Herald reported that the ferry would stop in May.", "Valley Herald"),
])
def test_a_federation_or_a_paper_is_one_organisation_not_people(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker.removeprefix("the "), v.speaker_type) for v in voices] == [(speaker, "organisation")]


# ----------------------------------------------- issue 16: recall, places and names (vo-17)

def typed_speakers(tmp_path, body: str):
    return [(v.speaker, v.named, v.speaker_type) for v in detect_voices(source_of(tmp_path, body, "[harbour]"))]


@pytest.mark.parametrize("body, speaker, speaker_type", [
    ("The checks found nothing, and the F.B.I. has said it kept no files.", "F.B.I.", "organisation"),
    ("The Harbour Brotherhood said the pier must stay open.", "Harbour Brotherhood", "organisation"),
    ("The Center for Reproductive Rights said the law would not stand.", "Center for Reproductive Rights",
     "organisation"),
    ("Under Secretary of Transport for Ports and Harbours Jo Marsh said the rule would change.",
     "Jo Marsh", "person"),
    ("Another pollster, Dana Roe of Clemson University, said her survey showed it.",
     "Dana Roe of Clemson University", "person"),
    ("Stephen Vale of the University of Texas said the case was weak.", "Stephen Vale of the University of Texas",
     "person"),
    ("A report by the Council of the Northland Harbour Towns found that fees rose.",
     "Council of the Northland Harbour Towns", "organisation"),
    ("The harbour fee rose, according to Mr. Roe.", "Mr. Roe", "person"),
    ("The harbour fee rose, according to U.S. Census data.", "U.S. Census", None),
    ("Roe, a war correspondent, told ABC News. Citing a gap, he left.", "Roe", None),
    ("The county votes well, according to a new article in Politico.", "Politico", None),
])
def test_names_with_dots_for_and_of_the(tmp_path, body, speaker, speaker_type):
    found = typed_speakers(tmp_path, body)
    assert speaker in [s for s, _, _ in found], found
    if speaker_type:
        assert (speaker, True, speaker_type) in found


@pytest.mark.parametrize("body, speaker", [
    ("France said on Monday that it would send two ships.", "France"),
    ("Iran insists it does not know where the ship is.", "Iran"),
    ("The United States said the harbour would stay open.", "United States"),
])
def test_a_country_speaks_for_its_government(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker.removeprefix("The "), v.speaker_type, v.role) for v in voices] == \
        [(speaker, "organisation", "official")]


@pytest.mark.parametrize("body", [
    "Airlines cut flights to France said to be unsafe.",              # "said to be": a report about France
    "A share of migrants from Northland let into the city are pupils.",    # the object of "from"
    "Roe, a graduate of Harbour Law School who has taught classes there, spoke.",     # "of" a school
    "The money shaped a contest in which rivals such as Roe slipped in the polls.",   # no pollster
    "Polling shows that the harbour fee is unpopular.",                # a document word names nobody
    "Ana Ruiz backed out of the race on Friday.",                      # "backed out": an act
    "Smith signed the bill on Friday.",                                 # an act
    "Most Southern states that hold primaries vote early.",             # "states" is a noun
])
def test_objects_reports_and_acts_are_no_named_voices(tmp_path, body):
    assert [v for v in detect_voices(source_of(tmp_path, body, "[harbour]")) if v.named] == []


@pytest.mark.parametrize("body, speaker, verb", [
    ("At a rally in Dover, N.H., on Tuesday, Senator Jane Roe of Vermont endorsed Ana Ruiz, saying she would win.",
     "Senator Jane Roe of Vermont", "saying"),
    ("The FBI concluded this month that the harbour files were lost.", "FBI", "concluded"),
    ("Ruth Lee has been wary of the scheme but on Monday wrote that she agreed.", "Ruth Lee", "wrote"),
    ("Rep. Tom Berg (D-Calif.) last month joked to the chair that the pier was cursed.", "Rep. Tom Berg", "joked"),
    ("Mrs. Ruiz has since said she would support the pier.", "Mrs. Ruiz", "said"),
    ("Sen. Ann Lee on Wednesday morning also called for a vote.", "Sen. Ann Lee", "called for"),
    ("Ana Ruiz quipped that the ferry was older than she was.", "Ana Ruiz", "quipped"),
    ("Tom Berg fired back at his critics on Monday.", "Tom Berg", "fired back"),
    ("A new Harbour Times/Suffolk University Poll finds that the pier is popular.",
     "Harbour Times/Suffolk University Poll", "finds"),
    ("The survey, conducted by the Harbour Policy Institute, finds that fees rose.", "Harbour Policy Institute", "finds"),
    ("Federal Election Commission records show that Lee gave nothing.", "Federal Election Commission", "show"),
])
def test_more_verbs_time_words_and_documents(tmp_path, body, speaker, verb):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert (speaker, verb) in [(v.speaker, v.verb) for v in voices], [(v.speaker, v.verb) for v in voices]


def test_a_name_before_and_other_speaks_with_the_group(tmp_path):
    body = "Since last spring, Mr. Lin and other leaders have argued the harbour must grow."
    assert [(s, named) for s, named, _ in typed_speakers(tmp_path, body)] == [("Mr. Lin", True), ("other leaders", False)]


def test_groups_of_people_and_the_media_speak_unnamed(tmp_path):
    body = ("Border Patrol agents described the tunnels as endless. “It is not our business,” the Russian leader "
            "said. The Ledger newspaper also reported in May that the pier had shut.")
    found = typed_speakers(tmp_path, body)
    assert ("Border Patrol agents", False, "unnamed") in found and ("the Russian leader", False, "unnamed") in found
    assert ("Ledger newspaper", True, "organisation") in found
    # A place after a group's "in" says which group speaks; the place is no person.
    assert typed_speakers(tmp_path, "But protest organizers in Dover say that the rules are strict.") == \
        [("protest organizers in Dover", False, "unnamed")]


def test_a_description_stands_for_a_name_only_when_one_person_had_the_role(tmp_path):
    one = "Sen. Ann Lee spoke first. Later the senator said the pier would stay."
    two = "Sen. Ann Lee spoke first, then Sen. Tom Berg. Later the senator said the pier would stay."
    assert ("Sen. Ann Lee", "said") in [(v.speaker, v.verb) for v in detect_voices(source_of(tmp_path, one))]
    said = [v for v in detect_voices(source_of(tmp_path, two)) if v.verb == "said"]
    assert [(v.speaker, v.named) for v in said] == [("the senator", False)]


def test_a_pronoun_stands_for_a_full_name_the_text_ties_to_it(tmp_path):
    body = "Jane Roe runs the shelter on Main Street and she is tired. “We are full every night,” she said."
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.verb) for v in voices if v.verb == "said"] == [("Jane Roe", "said")]


def test_a_name_owning_words_or_a_claim_is_cited(tmp_path):
    body = ("The pier was old. Mr. Dana Roe's comments drew fire. Ana Ruiz's claim to be the first was tested. "
            "Dover's plans changed, and Washington's claims are old.")
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.verb, v.kind) for v in voices] == [
        ("Mr. Dana Roe", "comments", "reported speech"), ("Ana Ruiz", "claim", "position")]


@pytest.mark.parametrize("body, speaker, verb", [
    ("He dubbed his voice over footage of Tom Berg talking about the pier.", "Tom Berg", "talking about"),
    ("Ana Ruiz opened the pier. Later Ruiz seemed ready to joke about it, telling the crowd, “It floats.”",
     "Ruiz", "telling"),
])
def test_a_participles_subject_and_a_surname_the_text_gave_in_full(tmp_path, body, speaker, verb):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert (speaker, verb) in [(v.speaker, v.verb) for v in voices], [(v.speaker, v.verb) for v in voices]


def test_who_was_told_is_no_speaker_and_one_capitalised_word_is_a_name(tmp_path):
    body = "Dana Roe, a war correspondent, told ABC News. “It is over,” said NBC News. HANG THEM Putin said no."
    speakers = [v.speaker for v in detect_voices(source_of(tmp_path, body, "[harbour]"))]
    assert "Dana Roe" in speakers and "NBC News" in speakers and "Putin" in speakers
    assert not {"News", "ABC News"} & set(speakers)


@pytest.mark.parametrize("body, speaker, speaker_type, role", [
    ("Moscow insists it has every right to move the ships.", "Moscow", "organisation", "official"),
    ("Ben Roe, a senior fellow at the Center for Harbour Studies, said it was hard.", "Ben Roe", "person", "expert"),
    ("Harbour Ministry of Fisheries Spokesperson Ana Ruiz said the boats were safe.",
     "Harbour Ministry of Fisheries Spokesperson Ana Ruiz", "person", "official"),
    ("In August, the Air Force reported 336 waivers.", "Air Force", "organisation", "organisation"),
])
def test_voices_are_typed_as_people_organisations_or_governments(tmp_path, body, speaker, speaker_type, role):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.speaker_type, v.role) for v in voices][:1] == [(speaker, speaker_type, role)]


def test_two_surnames_given_in_full_are_two_people_and_a_place_after_at_is_no_speaker(tmp_path):
    body = ("Ana Ruiz met Tom Berg. Later Ruiz and Berg indicated that talks would go on. An Air Force captain "
            "stationed at Joint Base Dover told reporters it was hard.")
    speakers = [v.speaker for v in detect_voices(source_of(tmp_path, body, "[harbour]"))]
    assert "Ruiz" in speakers and "Berg" in speakers and "Joint Base Dover" not in speakers


def test_a_pronoun_speaks_for_the_person_just_introduced_not_the_last_voice(tmp_path):
    body = ("Dana Herrod, president of the Harbour Policy Center, wrote that the plan “has failed.”\n\n"
            "“Watch this,” Herrod wrote. “Time to move on.”\n\n"
            "Kristen Waggoner, CEO of the Example Legal Trust, also took issue. “Laws like this are a mistake,” "
            "she wrote.")
    voices = detect_voices(source_of(tmp_path, body, "[health]"))
    assert [(v.paragraph, v.speaker) for v in voices if v.paragraph == 3] == [(3, "Kristen Waggoner")]


def test_a_pronoun_after_another_name_tells_nothing_of_the_subjects_gender():
    from medialit.analysis.voices.names import _genders

    genders = _genders("Jane Roe runs the shelter on Main Street and she is tired. Tom Berg attacked Ruiz and said "
                       "she lied. Bob Lee said he would go.")
    assert genders == {"Roe": "she", "Lee": "he"}


def test_a_surname_keeps_the_role_given_with_the_full_name(tmp_path):
    body = "Max Roe, a historian at the Harbour Institute, said the pier was old. “It will fall,” Roe said."
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.role) for v in voices] == [("Max Roe", "expert"), ("Roe", "expert")]


def test_a_post_on_x_ends_its_sentence_and_a_told_by_speaker_is_whom_she_said_means(tmp_path):
    body = ("One of the leaders in the state posted a segment of the interview on X. Cathi Roe, president of the "
            "Center for Harbour Policy, wrote that the mayor \"has abandoned the plan.\"\n\n"
            "Each time, journalists were told by Nora Vance, the agency's press director, that the "
            "chief \"would not sit for interviews.\" \"The inquiry has not finished,\" she said in an email.\n\n"
            "The Harbour City Review-Journal has asked to talk to the chief.")
    voices = detect_voices(source_of(tmp_path, body, "[local]"))
    by_paragraph = {(v.paragraph, v.speaker) for v in voices}
    assert (1, "Cathi Roe") in by_paragraph
    assert [v.speaker for v in voices if v.paragraph == 2] == ["Nora Vance", "Nora Vance"]
    newspaper = next(v for v in voices if v.paragraph == 3)
    assert newspaper.speaker == "Harbour City Review-Journal" and newspaper.speaker_type == "organisation"


def test_a_title_without_a_name_is_a_described_speaker_not_a_named_one(tmp_path):
    body = ("The meeting went on for hours. The President said the conference would not change its rules. He said "
            "that the vote was final. Later President Dana Roe said she would stay.")
    voices = detect_voices(source_of(tmp_path, body, "[church]"))
    assert [(v.speaker, v.named) for v in voices][:2] == [("the president", False), ("the president", False)]
    assert ("President Dana Roe", True) in [(v.speaker, v.named) for v in voices]


@pytest.mark.parametrize("after, role", [
    ("field office director of the agency in Chicago.", "official"),
    ("a professor of law at the university.", "expert"),
    ("who wrote a book about the agency.", "person"),          # a clause, not a role
])
def test_a_speaker_named_after_the_verb_takes_the_role_given_after_the_name(tmp_path, after, role):
    voices = detect_voices(source_of(tmp_path, f"\"We will keep going,\" said Dana Roe, {after}", "[local]"))
    assert [(v.speaker, v.role) for v in voices] == [("Dana Roe", role)]


def test_a_sentence_opening_article_is_no_first_name(tmp_path):
    """"A Harbourfront spokesperson said" makes Harbourfront a body: the capital "A" that opens the sentence
    is no first name, so the later "Harbourfront has said" is an organisation's voice, not a person's."""
    body = ("A Harbourfront spokesperson said the talks were over. Harbourfront has said the pier is closed. "
            "Jo Roe said the ferry would run.")
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    types = {v.speaker: v.speaker_type for v in voices if v.named}
    assert types["Harbourfront"] == "organisation" and types["Jo Roe"] == "person"


def test_a_name_with_and_without_its_article_is_listed_once(tmp_path):
    body = ("A study by The Harbour Post found that ferries ran late. The Harbour Post found that fares rose. "
            "Jo Roe said the ferry would run.")
    source = source_of(tmp_path, body, "[harbour]")
    summary = summarize_voices(source, detect_voices(source))
    listed = [name for _, _, speakers in summary.by_role for name in speakers]
    assert sum("Harbour Post" in name for name in listed) == 1 and "Jo Roe" in listed


def test_a_name_after_called_is_what_something_is_called_not_a_speaker(tmp_path):
    body = ("The event, called the Harbour Freeze, closed the port for a month. Jo Roe called the decision a "
            "disgrace.")
    assert {v.speaker for v in detect_voices(source_of(tmp_path, body, "[harbour]"))} == {"Jo Roe"}


@pytest.mark.parametrize("body, speakers", [
    # a capital after a hyphen opens no name: "anti-Harbourite" is no speaker called "Harbourite"
    ("He was called an anti-Harbourite who accused the board of theft.", set()),
    # what a campaign is for is nobody's plan
    ("It was a smear campaign intended to hurt the mayor.", set()),
    # "X, the chair, and Y, who said": the relative clause is Y's
    ("The speakers are Jo Roe, the chair of the club, and Sam Lee, who said the pier was old.", {"Sam Lee"}),
    ("Sam Lee, who said the pier was old, left the meeting early.", {"Sam Lee"}),
    # a named institution is no role: "The Kremlin denies" is named, "The President said" is a role
    ("The Kremlin denies any plan to close the harbour.", {"Kremlin"}),
    ("The President said the harbour would stay open.", {"the president"}),
    # a body in lower case is not named; in capitals its name is, with a party's adjective
    ("The county health board said the clinic would open.", {"The county health board"}),
    ("The Democratic Harbour Committee said the clinic would open.", {"Democratic Harbour Committee"}),
])
def test_who_speaks_in_lists_relative_clauses_and_hyphenated_words(tmp_path, body, speakers):
    assert {v.speaker for v in detect_voices(source_of(tmp_path, body, "[harbour]"))} == speakers


@pytest.mark.parametrize("body", [
    "The board turned away 312 boats in May, according to figures provided to the Coastal Ledger.",
    "The city cut 40 jobs, according to records obtained by Harbour Weekly.",
    "The clinic closed twice, according to documents seen by the Harbour Times.",
])
def test_the_outlet_that_received_a_document_is_not_its_source(tmp_path, body):
    """The outlet given or shown the data reports it; the data is the (unnamed) source, a cited document."""
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert len(voices) == 1
    assert voices[0].named is False and voices[0].kind == "cited document"
    assert voices[0].speaker in {"figures", "records", "documents"}


@pytest.mark.parametrize("intro, speaker", [
    ("The Harbour Council has adopted every new fee—and residents keep making excuses for it:", None),
    ("The fees rose twice; people still defend the council:", None),
    ("At the meeting in May, Anna Berg told the residents:", "Anna Berg"),
])
def test_a_block_quote_speaks_for_the_clause_its_colon_ends(tmp_path, intro, speaker):
    """A name earlier in the sentence, before a dash or a semicolon, is not who says the quotation."""
    body = f"{intro}\n\n“The harbour fees are only a rumour!”\n\nThe fees were published in the spring."
    voices = [v for v in detect_voices(source_of(tmp_path, body, "[harbour]")) if v.paragraph == 2]
    assert [v.speaker for v in voices] == ([speaker] if speaker else [])


@pytest.mark.parametrize("body, speaker", [
    ("Researchers studying New Harbour City have found that heat deaths rose.", "Researchers studying New Harbour City"),
    ("Analysts covering Harbour Bank said the shares fell.", "Analysts covering Harbour Bank"),
])
def test_a_name_a_group_works_on_is_not_the_speaker(tmp_path, body, speaker):
    voices = detect_voices(source_of(tmp_path, body, "[harbour]"))
    assert [(v.speaker, v.named) for v in voices] == [(speaker, False)]
