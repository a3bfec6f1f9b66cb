"""What a teacher reading whole lessons on new texts found wrong in how a lesson words and picks its
items (teacher read lr-1): quotations shown inside quotation marks, keys that point at the words, an
evaluate question that gives an identify answer away or weighs a paragraph that is all flag, a self-check
that hides the number it asks about, a timing plan that leaves an activity out, and a verb comparison
with only one side. Every text here is written for the test."""

from __future__ import annotations

from dataclasses import replace

from medialit.analysis import Analysis, analyze
from medialit.analysis.findings import Claim, TechniqueFinding
from medialit.analysis.taxonomy import load_taxonomy
from medialit.lesson import bias
from medialit.lesson.compose import compose_lesson
from medialit.lesson.exercises import verification_exercises
from medialit.lesson.outlets import load_outlets
from medialit.lesson.quality import check_lesson
from medialit.lesson.questions import Answer, Question
from medialit.lesson.readings import load_catalog
from medialit.lesson.technique_questions import MODEL_SENTENCE_REASON, cue_list
from medialit.lesson.wording import mid_sentence, quoted
from medialit.site.render import make_environment
from medialit.text.source import load_source

REPORT = """---
title: "Harbour wall to be raised"
author: Lena Brandt
publisher: Coastline Gazette
published: 2024-03-02
---

"The old wall is a disgrace. Every storm floods the quay," said the harbour master, Piet Olsen, on Friday.

The port authority will raise the harbour wall by one metre before next winter. Its engineers said the work would take eight months and would close the northern quay for most of that time.

Shameful delays.

The cost, put at four million, will be shared by the town and the province, the authority said in a statement that also listed the firms invited to bid for the work.
"""


def write(tmp_path, text=REPORT):
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return load_source(path)


def flag(source, words, technique, confidence=0.7, **changes):
    start = source.content.index(words)
    finding = TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=source.paragraph_at(start),
                               technique=technique, ptc_label=None, rule=f"{technique}.test",
                               reason=f"'{words}' is a test reason", confidence=confidence, shown=True)
    return replace(finding, **changes)


def lesson_with(source, findings, claims=()):
    analysis = Analysis(techniques=tuple(sorted(findings, key=lambda f: f.start)), voices=(), claims=tuple(claims))
    return compose_lesson(source, analysis, load_taxonomy(), load_outlets(), load_catalog())


# ------------------------------------------------------------------------------------------ quotation marks


def test_a_quote_that_opens_a_quotation_is_shown_with_single_marks_inside():
    """The page puts every quote in “…”; a sentence that opens the text's own quotation showed as ““The …”."""
    assert quoted("“The old wall is a disgrace.") == "“‘The old wall is a disgrace.”"
    assert quoted('He called it "a disgrace" twice.') == "“He called it ‘a disgrace’ twice.”"
    assert quoted("plain words") == "“plain words”" and quoted(None) == quoted("") == ""
    question = Question(section="techniques", level="identify", prompt="p", paragraph=1,
                        quote="“The old wall is a disgrace.", answer=Answer(good_answer="g"))
    assert question.quoted == "“‘The old wall is a disgrace.”"


def test_no_question_head_or_activity_shows_doubled_quotation_marks(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "disgrace", "loaded-language"),
                                  flag(source, "Shameful delays", "loaded-language", 0.6)])
    heads = [q.quoted for q in lesson.questions if q.quote] + [a.quoted for a in lesson.activities if a.quote]
    assert heads
    assert not [h for h in heads if "““" in h or "””" in h or h.count("“") != 1]


# ------------------------------------------------------------------------------------------ what a key points at


def test_a_key_points_at_a_phrase_not_at_its_words_one_by_one(tmp_path):
    source = write(tmp_path)
    phrase = flag(source, "Shameful delays", "loaded-language", cues=("Shameful", "delays"))
    assert cue_list(phrase) == "“Shameful delays”"
    word = flag(source, "Shameful delays", "loaded-language", cues=("Shameful",))
    assert cue_list(word) == "“Shameful”"          # a cue inside the words is more precise: kept


def test_a_key_on_a_sentence_model_flag_points_at_the_sentence_not_at_function_words(tmp_path):
    source = write(tmp_path)
    sentence = "Every storm floods the quay"
    model = flag(source, sentence, "black-and-white", level="passage", cues=("every", "the"),
                 reason=f"{MODEL_SENTENCE_REASON} black and white: 'every' and 'the'")
    assert cue_list(model) == f"“{sentence}”"
    lesson = lesson_with(source, [flag(source, "Shameful delays", "loaded-language", 0.9), model])
    keys = [q.answer.good_answer for q in lesson.questions if q.kind == "analyse:black-and-white"]
    assert keys and "“every”" not in keys[0] and sentence in keys[0]


# ------------------------------------------------------------------------------------------ evaluate


def test_the_evaluate_question_does_not_name_the_technique_an_identify_question_asks_for(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "raise the harbour wall", "loaded-language")])
    identify = [q for q in lesson.questions if q.kind == "identify"]
    evaluate = [q for q in lesson.questions if q.kind == "evaluate"]
    assert identify and evaluate and identify[0].paragraph == evaluate[0].paragraph == 2
    assert "loaded language" not in evaluate[0].prompt.lower() and "Flagged in paragraph 2: “raise the harbour wall”." in evaluate[0].prompt
    # Nor where the identify question is on other words of the paragraph's technique (the worksheet prints
    # every question on one page: naming it anywhere answers "which technique?").
    lesson = lesson_with(source, [flag(source, "The old wall is a disgrace", "name-calling", 0.9),
                                  flag(source, "Shameful delays", "loaded-language", 0.95),
                                  flag(source, "raise the harbour wall", "loaded-language", 0.5),
                                  flag(source, "close the northern quay", "loaded-language", 0.4)])
    evaluate = [q for q in lesson.questions if q.kind == "evaluate"]
    identified = {q.quote for q in lesson.questions if q.kind == "identify"}
    assert evaluate and evaluate[0].paragraph == 2 and not identified & {"raise the harbour wall", "close the northern quay"}
    assert "loaded language" not in evaluate[0].prompt.lower() and "“raise the harbour wall”" in evaluate[0].prompt


def test_a_paragraph_that_is_all_flag_is_not_asked_for_its_evidence(tmp_path):
    """"Does the paragraph give evidence, or do the words do the work?" of a two-word paragraph that is all
    flag has one answer; the author's paragraph with words besides its flag is asked instead."""
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "Shameful delays", "loaded-language", 0.9),
                                  flag(source, "four million", "exaggeration", 0.5)])
    evaluate = [q for q in lesson.questions if q.kind == "evaluate"]
    assert [q.paragraph for q in evaluate] == [4]
    lesson = lesson_with(source, [flag(source, "Shameful delays", "loaded-language", 0.9)])
    assert not [q for q in lesson.questions if q.kind == "evaluate"]


# ------------------------------------------------------------------------------------------ self-check, timing


def test_a_self_check_on_a_long_claim_shows_the_number_it_asks_about(tmp_path):
    lead = "The province, which has argued for years with the town about the quay, the ferry, the car park and " \
           "the fish market, and which says it wants the work done before the summer season starts, "
    text = lead + "will pay 2.5 million of the cost."
    claim = Claim(start=0, end=len(text), text=text, paragraph=4, kind="number", cues=("2.5 million",), score=0.9)
    prompt = verification_exercises((claim,), None)[0].prompt
    assert "2.5 million" in prompt and prompt.startswith("¶4 says: “…")
    short = replace(claim, text="The province will pay 2.5 million of the cost.", end=46)
    assert "says: “The province will pay 2.5 million" in verification_exercises((short,), None)[0].prompt


def test_the_timing_plan_for_every_part_lists_every_activity(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "raise the harbour wall", "loaded-language"),
                                  flag(source, "Shameful delays", "loaded-language", 0.6),
                                  flag(source, "four million", "exaggeration", 0.5)],
                         claims=[Claim(start=source.content.index("The cost"), end=source.content.index("The cost") + 30,
                                       text="The cost, put at four million,", paragraph=4, kind="document")])
    steps = [s.step for s in lesson.timing]
    assert len(lesson.activities) == 3
    assert [s for s in steps if s.startswith("Activity")] == [f"Activity: {a.title}" for a in lesson.activities]
    assert lesson.lesson_minutes == sum(s.minutes for s in lesson.timing)


# ------------------------------------------------------------------------------------------ rendered wording


def render(partial, lesson, source):
    return make_environment().get_template(f"partials/{partial}.md.j2").render(
        lesson=lesson, source=source, meta=source.meta, taxonomy=load_taxonomy(), edition="teacher")


def test_key_points_say_what_the_count_counts_and_lean_only_where_one_technique_leads(tmp_path):
    source = write(tmp_path)
    one = lesson_with(source, [flag(source, "disgrace", "loaded-language"), flag(source, "Shameful", "loaded-language")])
    assert "The one technique flagged in this text is loaded language (2 flags)." in render("key_points", one, source)
    # Two techniques of one flag each are no leaning (teacher read, ls-2: three of one flag each "leaned most").
    two = lesson_with(source, [flag(source, "disgrace", "loaded-language"), flag(source, "four million", "exaggeration")])
    page = render("key_points", two, source)
    assert "The techniques flagged in this text are " in page and "leans most on" not in page
    assert "(1 flag)" in page and "(1)" not in page
    leading = lesson_with(source, [flag(source, "disgrace", "loaded-language"), flag(source, "Shameful", "loaded-language"),
                                   flag(source, "four million", "exaggeration")])
    assert "This text leans most on loaded language (2 flags), exaggeration" in render("key_points", leading, source)


def test_before_you_read_names_the_topic_or_the_subject_never_both(tmp_path):
    source = write(tmp_path)
    page = render("before_you_read", lesson_with(source, []), source)
    assert "already believe about the subject of the text." in page and "topic (" not in page
    source = write(tmp_path, REPORT.replace("published: 2024-03-02", "published: 2024-03-02\ntopics: [harbours]"))
    page = render("before_you_read", lesson_with(source, []), source)
    assert "already believe about the topic (harbours)." in page


# ------------------------------------------------------------------------------------------ voices


def test_a_name_or_label_reads_inside_a_sentence():
    assert mid_sentence("The Harbour Board's members") == "the Harbour Board's members"
    assert mid_sentence("Theodora Vance") == "Theodora Vance" and mid_sentence(None) == ""


def test_verbs_are_compared_only_between_two_sides_not_one_side_and_its_unplaced_speakers(tmp_path):
    """Mirror pair: a text that quotes one side's officials only, with a coloured verb, gets no "does each side
    get the same kind of verb?"; the same text with the other side quoted too does, whichever side it is."""
    def compare_prompts(body):
        path = tmp_path / "t.md"
        path.write_text(f"---\ntitle: Summit\ntopics: [NATO, Russia]\n---\n\n{body}\n", encoding="utf-8")
        source = load_source(path)
        return [q.prompt for q in bias.voice_questions(source, analyze(source)) if q.prompt.startswith("Compare")]
    nato_only = ("NATO leaders met in Vilnius. NATO Secretary General Jens Stoltenberg insisted the alliance would "
                 "grow. Vice Chair Mara Lind said the talks went well.")
    russia_only = ("Russian leaders met in Moscow. Kremlin spokesman Dmitry Peskov insisted Russia would stay "
                   "strong. Vice Chair Mara Lind said the talks went well.")
    assert compare_prompts(nato_only) == [] and compare_prompts(russia_only) == []
    both = nato_only + " Russia called NATO a threat, Kremlin spokesman Dmitry Peskov said."
    assert len(compare_prompts(both)) == 1


def test_an_analyse_question_never_names_the_technique_identified_in_its_paragraph(tmp_path):
    """Two loaded phrases in one paragraph: "which technique?" on one, "these words are flagged as loaded
    language" on the other would answer it. Another paragraph's flag of the same technique may be asked."""
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "four million", "loaded-language", 0.9),
                                  flag(source, "shared by the town", "loaded-language", 0.8),
                                  flag(source, "close the northern quay", "loaded-language", 0.6)])
    identify = [q for q in lesson.questions if q.kind == "identify"]
    analyse = [q for q in lesson.questions if q.kind.startswith("analyse")]
    assert [q.paragraph for q in identify] == [4] and [q.paragraph for q in analyse] == [2]
    assert not [i for i in check_lesson(lesson) if i.check == "gives-away-identify"]


def test_the_quality_check_finds_doubled_marks_a_give_away_and_a_rewrite_done_twice(tmp_path):
    from medialit.lesson.compose import Activity

    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "raise the harbour wall", "loaded-language")])
    identify = next(q for q in lesson.questions if q.kind == "identify")
    rewrite = next(q for q in lesson.questions if q.kind == "rewrite")
    broken = replace(lesson, questions=lesson.questions + (
        replace(identify, kind="evaluate", level="evaluate", prompt="Paragraph 2 carries 1 flag (loaded language)."),),
        activities=lesson.activities + (Activity("Rewrite it neutrally", 10, "Rewrite it.", rewrite.paragraph,
                                                 "raise the harbour wall"),))
    found = {i.check for i in check_lesson(broken)}
    assert {"gives-away-identify", "rewrite-twice"} <= found and "doubled-quote-marks" not in found
    quoting = replace(lesson, activities=(Activity("Read", 5, "Read it.", 1, None),))
    from medialit.lesson.exercises import Exercise
    doubled = Exercise(id="x", kind="verification", prompt="¶1 says: ““The old wall” What is the best way?", options=())
    assert "doubled-quote-marks" in {i.check for i in check_lesson(quoting, [doubled])}
    assert not check_lesson(lesson)


def test_a_double_period_takes_the_next_activity_when_the_questions_leave_time(tmp_path):
    """A short text: every question and the first activity fill about an hour of a 90-minute period; the
    lateral reading (10 min) fits in what is left and is planned, never beyond the period."""
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "raise the harbour wall", "loaded-language")],
                         claims=[Claim(start=source.content.index("The cost"), end=source.content.index("The cost") + 30,
                                       text="The cost, put at four million,", paragraph=4, kind="document")])
    plan = dict(lesson.sessions)[90]
    activities = [s.step for s in plan if s.step.startswith("Activity")]
    assert activities == ["Activity: Find the primary document", "Activity: Read laterally"]
    assert sum(s.minutes for s in plan) <= 90
    assert not [s for s in dict(lesson.sessions)[45] if s.step.startswith("Activity")]


def test_a_sentence_flagged_only_for_resembling_annotated_ones_is_not_given_to_rewrite(tmp_path):
    """Such a flag names no words that do the work: "replace the flagged words" would replace the sentence,
    facts and all. The same sentence flagged by a rule with its own reason is rewritten."""
    source = write(tmp_path)
    sentence = "The port authority will raise the harbour wall by one metre before next winter"
    model = flag(source, sentence, "exaggeration", level="passage", cues=("will", "by"),
                 reason=f"{MODEL_SENTENCE_REASON} exaggeration: 'will' and 'by'")
    lesson = lesson_with(source, [model])
    assert not [q for q in lesson.questions if q.kind == "rewrite"]
    ruled = flag(source, sentence, "exaggeration", level="passage", cues=("one metre",))
    assert [q.paragraph for q in lesson_with(source, [ruled]).questions if q.kind == "rewrite"] == [2]
