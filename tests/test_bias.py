"""Source-and-bias questions, framing signals and the partials (scripts/medialit/lesson/bias.py, analysis/framing.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit.lesson import bias
from medialit.analysis import analyze
from medialit.analysis.framing import detect_framing
from medialit.lesson.outlets import load_outlets
from medialit.lesson.readings import select_readings
from medialit.site.render import make_environment
from medialit.text.source import load_source

ROOT = Path(__file__).resolve().parents[1]
WHITNEY = ROOT / "seeds" / "whitney-did-nato-just-declare-war-on-russia.md"
PETERS = ROOT / "seeds" / "peters-us-and-nato-ramp-up-anti-russia-war-drive.md"
PARTIALS = ("outlet_profile", "voices", "framing", "verification", "readings")

BIKE_LANE = """\
---
title: Council approves Elm Street bike lane
author: Sam Ortiz
publisher: Riverside Weekly Courier
published: 2023-05-12
topics: [local politics]
---
Council approves Elm Street bike lane

The city council voted 7 to 2 on Tuesday to build a protected bike lane on Elm Street.

Construction is planned to start in September, according to a city report.
"""


def lesson(path: Path):
    source = load_source(path)
    analysis = analyze(source)
    outlets = load_outlets()
    chain = [r.outlet for r in source.meta.republished] + [source.meta.publisher]
    profiles = [(name, outlets.profile_for(name)) for name in chain]
    return source, analysis, profiles


@pytest.fixture(scope="module", params=[WHITNEY, PETERS], ids=["whitney", "peters"])
def seed(request):
    return lesson(request.param)


def test_questions_quote_their_paragraph(seed):
    source, analysis, profiles = seed
    questions = bias.source_questions(source, analysis, profiles)
    assert len(questions) >= 5
    assert sum(q.quote is not None for q in questions) >= 4
    for question in questions:
        assert question.section == "source"
        if question.quote is None:      # about the source card: an outlet the text never names
            assert question.paragraph is None
            assert any(name in question.prompt or (profile and profile.name in question.prompt)
                       for name, profile in profiles), question.prompt
        else:                           # paragraph None: the page around the text
            assert question.quote and question.quote in source.located_text(question.paragraph), question.prompt


def test_no_question_states_a_verdict(seed):
    source, analysis, profiles = seed
    verdict = re.compile(r"\b(this|the) (text|article|outlet|site) is (propaganda|fake|disinformation)\b", re.I)
    for question in bias.source_questions(source, analysis, profiles):
        assert not verdict.search(question.prompt + " " + question.answer.good_answer + " " + (question.answer.why or ""))


def test_whitney_gets_chain_framing_and_profile_questions():
    source, analysis, profiles = lesson(WHITNEY)
    questions = bias.source_questions(source, analysis, profiles)
    prompts = " ".join(q.prompt for q in questions)
    assert "appeared first in The Unz Review (2022-02-26)" in prompts
    assert "Who is behind Global Research?" in prompts and "Who is behind The Unz Review?" in prompts
    quotes = {q.quote for q in questions if q.quote}     # (None: an outlet the body never names)
    assert "Global Research condemns Russia’s invasion of Ukraine." in quotes
    assert any("renowned geopolitical and social analyst" in q for q in quotes)
    assert any(q.startswith("Disclaimer") for q in quotes)
    assert any("Media Bias/Fact Check" in (q.answer.why or "") for q in questions)


@pytest.mark.parametrize("kind", ["editorial-note", "correction", "disclaimer", "author-bio", "emphasis",
                                  "support-appeal", "share-appeal", "republished-from"])
def test_framing_signals_of_the_whitney_page(kind):
    source = load_source(WHITNEY)
    signals = [s for s in detect_framing(source) if s.kind == kind]
    assert signals, kind
    for signal in signals:
        assert source.plain(signal.start, signal.end) == signal.text      # the words, without Markdown


def test_an_outlet_without_a_profile_gets_a_lateral_reading_task(tmp_path):
    path = tmp_path / "bike.md"
    path.write_text(BIKE_LANE, encoding="utf-8")
    source, analysis, profiles = lesson(path)
    assert profiles == [("Riverside Weekly Courier", None)]
    questions = bias.source_questions(source, analysis, profiles)
    assert any("no profile of Riverside Weekly Courier" in q.prompt for q in questions)
    # The only source is "a city report": a cited document that names nobody, which students are asked about.
    assert any("does not name its source" in q.prompt and "city report" in q.prompt for q in questions)
    for question in questions:
        if "no profile of" in question.prompt:
            # The text never names the Courier: the task is about the source card, not about ¶1's opening
            assert question.paragraph is None and question.quote is None
        else:
            assert question.quote in source.content


@pytest.mark.parametrize("path", [WHITNEY, PETERS], ids=["whitney", "peters"])
def test_partials_render_and_keep_teacher_notes_out_of_the_student_edition(path):
    source, analysis, profiles = lesson(path)
    env = make_environment()
    context = dict(source=source, analysis=analysis, profiles=profiles, readings=select_readings(source, analysis),
                   **bias.partial_context(source, analysis))
    for partial in PARTIALS:
        template = env.get_template(f"partials/{partial}.md.j2")
        student = template.render(edition="student", **context)
        teacher = template.render(edition="teacher", **context)
        assert student.strip(), partial
        assert "(teacher)" not in student and "teacher notes" not in student, partial
        assert len(teacher) >= len(student), partial
    readings = env.get_template("partials/readings.md.j2").render(edition="teacher", **context)
    assert "How this list is balanced" in readings


@pytest.mark.parametrize("opening, quote", [
    ("This is a scandal in the making! The council hid the report from everyone for a year.",
     "This is a scandal in the making!"),
    ("Every morning the long queue outside the small bakery on the corner grows a little longer.",
     "Every morning the long queue outside the small"),
])
def test_a_text_without_voices_is_quoted_by_its_opening_not_cut_after_a_sentence(tmp_path, opening, quote):
    path = tmp_path / "alone.md"
    path.write_text(f"---\ntitle: Alone\n---\n{opening}\n\nNothing else happened here at all.\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    assert not analysis.voices
    (question,) = bias.voice_questions(source, analysis)
    assert question.quote == quote


def test_quotations_whose_speaker_is_not_found_are_never_called_no_quotes(tmp_path):
    """A column that quotes a candidate's interview paragraph by paragraph, with no reporting verb the
    analysis can tie to a name: the lesson must not say the text quotes no one."""
    path = tmp_path / "column.md"
    path.write_text("---\ntitle: Column\n---\nThe candidate gave a long interview on Sunday, and it went badly.\n\n"
                    "“The river belongs to the town and the town should decide what to do with the river.”\n\n"
                    "“Nobody asked the farmers, and nobody will ask them, because they do not vote here.”\n\n"
                    "What a thing to say about the people who feed the town.\n", encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    assert not analysis.voices
    (question,) = bias.voice_questions(source, analysis)
    assert "quotes someone's words (¶2 and ¶3)" in question.prompt and question.paragraph == 2
    assert question.quote in source.content
    page = make_environment().get_template("partials/voices.md.j2").render(
        edition="student", source=source, analysis=analysis, **bias.partial_context(source, analysis))
    assert "found no one quoted" not in page and "(¶2, ¶3)" in page


def test_verbs_are_compared_by_kind_of_voice_where_the_topic_has_no_sides(tmp_path):
    """A health text has no sides in the data: the verb question speaks of kinds of voice, never of sides."""
    path = tmp_path / "health.md"
    path.write_text("---\ntitle: Clinic\ntopics: [health]\n---\n\nHealth Secretary Anna Berg admitted the clinic "
                    "was late. Dr. Tom Wells, a researcher at the university, said the data were clear.\n",
                    encoding="utf-8")
    source = load_source(path)
    prompts = [q.prompt for q in bias.voice_questions(source, analyze(source)) if q.prompt.startswith("Compare")]
    assert len(prompts) == 1 and "each kind of voice" in prompts[0] and "side" not in prompts[0]
    assert "admitted" in prompts[0] and "said" in prompts[0]


def test_a_ministry_that_speaks_is_no_unnamed_source_but_officials_are(tmp_path):
    def unnamed_prompts(body):
        path = tmp_path / "t.md"
        path.write_text(f"---\ntitle: Fever\ntopics: [health]\n---\n\n{body}\n", encoding="utf-8")
        source = load_source(path)
        return [q.prompt for q in bias.voice_questions(source, analyze(source)) if "does not name its source" in q.prompt]
    assert not unnamed_prompts("Seventeen people have died of the fever, the health ministry said on Tuesday.")
    prompts = unnamed_prompts("Seventeen people have died of the fever, officials said on Tuesday.")
    assert len(prompts) == 1 and "officials" in prompts[0]


def test_no_voice_question_hangs_on_a_denied_verb(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: Fire\ntopics: [local]\n---\n\nThe fire started on Monday. Authorities have not said "
                    "how it began. The owner does not claim that it was arson. The station was closed, Fire Chief Dana Roe "
                    "said.\n", encoding="utf-8")
    source = load_source(path)
    questions = bias.voice_questions(source, analyze(source))
    assert questions and not any(q.quote in ("Authorities have not said", "owner does not claim") for q in questions)
    assert not any("does not name its source" in q.prompt for q in questions)


def test_a_voice_of_no_side_is_listed_with_the_sides_and_its_verbs_compared(tmp_path):
    """Where the topic has sides, a historian who speaks for none of them is still a voice of the text."""
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: Summit\n---\n\nNATO leaders met in Vilnius. NATO Secretary General Jens Stoltenberg "
                    "said the alliance would grow. Russia called NATO a threat, Kremlin spokesman Dmitry Peskov said.\n\n"
                    "The alliance has grown for decades, Jane Roe, a historian at a university in Oslo, claimed. "
                    "NATO and Russia both ignore the past, Roe argued.\n", encoding="utf-8")
    source = load_source(path)
    questions = bias.voice_questions(source, analyze(source))
    heard = next(q.answer.good_answer for q in questions if q.answer.good_answer.startswith("Lists the voices by side"))
    assert "no side in the data): " in heard and "Jane Roe)" in heard and "Jens Stoltenberg" in heard
    assert ", Roe" not in heard                              # her surname is the same voice
    assert "advisers: Russia, Dmitry Peskov;" in heard        # a country that speaks is its government
    compare = next(q.prompt for q in questions if q.prompt.startswith("Compare"))
    assert compare.index("advisers: called, said") < compare.index("no side in the data): ")
    assert "claimed" in compare.split("no side in the data): ")[1]


def test_a_study_that_speaks_is_a_document_not_an_organisation_or_an_unnamed_source(tmp_path):
    """"The study, published in the Harbour Journal, said" is grouped with documents: no newspaper speaks,
    and "The study estimated" later is the same kind of voice, not an unnamed person."""
    path = tmp_path / "tides.md"
    path.write_text("---\ntitle: Tides\ntopics: [science]\n---\n\nThe study, which appeared in the "
                    "Harbour Journal of Tides, said the sea will rise by 4 centimetres.\n\nThe study estimated that "
                    "120 homes would flood. Dr. Tom Wells of the tide office said the data were clear.\n",
                    encoding="utf-8")
    source = load_source(path)
    analysis = analyze(source)
    studies = [v for v in analysis.voices if v.speaker and v.speaker.lower().endswith("study")]
    assert len(studies) == 2 and {v.role for v in studies} == {"document"}
    page = make_environment().get_template("partials/voices.md.j2").render(
        edition="student", source=source, analysis=analysis, **bias.partial_context(source, analysis))
    assert "document, <strong>not named</strong>" in page and "organisation, <strong>not named</strong>" not in page
