"""Guiding questions on techniques fit what they ask: each kind has its own key, rewrites are only of
the author's words, "look for yourself" picks the author's most loaded paragraphs, counts have the
right plural, prompts name the outlet by its name, and students never read the tool's jargon."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from medialit.analysis import Analysis
from medialit.analysis.findings import TechniqueFinding
from medialit.analysis.model_flags import MODEL_SENTENCE_REASON
from medialit.analysis.taxonomy import load_taxonomy
from medialit.lesson.compose import compose_lesson
from medialit.lesson.exercises import build_exercises
from medialit.lesson.outlets import load_outlets
from medialit.lesson.quality import JARGON, check_lesson
from medialit.lesson.readings import load_catalog
from medialit.lesson.technique_questions import load_question_templates
from medialit.lesson.wording import count, outlet_name, plural
from medialit.text.source import load_source

OPINION = """---
title: "The valley deserves better"
author: Ada Lindqvist
publisher: {publisher}
published: 2023-04-18
---

"These greedy bureaucrats are criminals, and their reckless, shameful, disgraceful plan is a catastrophe," said Mara Olsen, who organised the march on Saturday.

The council approved the bypass in March. Its transport officer said the route had been chosen after two years of consultation and that it would take lorries out of the high street.

> The bypass is the only way to make the high street safe. There is no alternative, and every hysterical delay costs lives.

The council's costly scheme will cut through the last meadow of the valley, and nobody on the council has said what it will cost or who will pay for it in the end, which is a question many residents keep asking at every meeting.

The meeting on the plan is on 2 May at the town hall, and residents may speak for three minutes each there, as they did at the last meeting.
"""


def write(tmp_path, publisher="Valley Herald", text=OPINION):
    path = tmp_path / "opinion.md"
    path.write_text(text.format(publisher=publisher), encoding="utf-8")
    return load_source(path)


def flag(source, words: str, technique: str, confidence: float = 0.7, shown: bool = True, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = source.content.index(words, start + 1)
    return TechniqueFinding(start=start, end=start + len(words), text=words, paragraph=source.paragraph_at(start),
                            technique=technique, ptc_label=None, rule=f"{technique}.test",
                            reason=f"'{words}' is a test reason", confidence=confidence, shown=shown)


def lesson_with(source, findings):
    analysis = Analysis(techniques=tuple(sorted(findings, key=lambda f: f.start)), voices=(), claims=())
    return compose_lesson(source, analysis, load_taxonomy(), load_outlets(), load_catalog())


def questions_of(lesson, kind):
    return [q for q in lesson.questions if q.kind.partition(":")[0] == kind]


# ------------------------------------------------------------------------------------------ keys

KEY_WORDS = {
    "appeal-to-fear": ("likely", "evidence"),
    "whataboutism": ("own words",),
    "name-calling": ("believe",),
    "loaded-language": ("neutral word",),
    "causal-oversimplification": ("other cause",),
    "black-and-white": ("third option",),
}


@pytest.mark.parametrize("technique, words", KEY_WORDS.items())
def test_an_analyse_question_has_the_key_of_its_technique(tmp_path, technique, words):
    source = write(tmp_path)
    # (The identified flag stands in another paragraph: an analyse question never names the technique
    # an identify question asks for in its own paragraph.)
    lesson = lesson_with(source, [flag(source, "costly scheme", "loaded-language", 0.9),
                                  flag(source, "catastrophe", technique, 0.6)])
    analyse = questions_of(lesson, "analyse")
    assert [q.kind for q in analyse] == [f"analyse:{technique}"]
    key = analyse[0].answer.good_answer
    assert all(word in key for word in words), key
    assert "plain alternative" not in key or technique == "loaded-language"


def test_an_identify_key_asks_for_what_the_technique_does_when_a_model_only_saw_a_likeness(tmp_path):
    from dataclasses import replace

    source = write(tmp_path)
    words = "The bypass is the only way to make the high street safe"
    guess = replace(flag(source, words, "black-and-white"), rule="black-and-white.model-sentence",
                    reason="This sentence is worded like sentences annotators of real news marked as black and "
                           "white: 'only' and 'way'")
    identify = [q for q in questions_of(lesson_with(source, [guess]), "identify") if q.quote == words]
    assert identify
    key = identify[0].answer.good_answer
    assert "annotators" not in key and "presenting two options as the only ones" in key
    assert "annotators" in identify[0].answer.why          # the teacher still sees what the flag rests on


def test_every_technique_has_a_key_of_its_own():
    templates = load_question_templates()
    keys = [templates.key_template(f"analyse:{t.id}") for t in load_taxonomy().techniques]
    assert len(set(keys)) == len(keys) == 14
    kinds = ("identify", "evaluate", "rewrite", "look")
    assert len({templates.key_template(k) for k in kinds} | set(keys)) == len(keys) + len(kinds)


def test_an_analyse_question_on_a_sentence_flag_points_at_the_words_doing_the_work(tmp_path):
    from dataclasses import replace

    source = write(tmp_path)
    sentence = "The council's costly scheme will cut through the last meadow of the valley"
    passage = replace(flag(source, sentence, "loaded-language", 0.6), level="passage", cues=(),
                      rule="loaded-language.model-sentence")
    inside = flag(source, "costly", "loaded-language", 0.3, shown=False)
    lesson = lesson_with(source, [flag(source, "nobody on the council", "exaggeration", 0.9), passage, inside])
    analyse = [q for q in questions_of(lesson, "analyse") if q.quote == sentence]
    assert analyse, [q.quote for q in lesson.questions]
    assert "above all “costly”" in analyse[0].prompt
    assert "for “costly”" in analyse[0].answer.good_answer


def test_an_analyse_question_never_repeats_the_identify_question_s_words(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "disgraceful", "loaded-language", 0.9),
                                  flag(source, "costly scheme", "loaded-language", 0.8)])
    identified = {q.quote for q in questions_of(lesson, "identify")}
    analysed = {q.quote for q in questions_of(lesson, "analyse")}
    assert identified and analysed and not identified & analysed


# ------------------------------------------------------------------------------------------ rewrites


def test_a_direct_quotation_never_gets_a_rewrite_task(tmp_path):
    source = write(tmp_path)
    # Four techniques in the protester's quotation (¶1), one in the author's own words (¶4).
    lesson = lesson_with(source, [flag(source, "greedy bureaucrats", "name-calling"),
                                  flag(source, "criminals", "name-calling"),
                                  flag(source, "reckless", "loaded-language"),
                                  flag(source, "catastrophe", "exaggeration"),
                                  flag(source, "costly scheme", "loaded-language", 0.6)])
    rewrites = questions_of(lesson, "rewrite")
    assert [q.paragraph for q in rewrites] == [4]
    assert "greedy" not in rewrites[0].prompt and "“costly scheme”" in rewrites[0].prompt
    # ¶4 is the author's only flagged paragraph and the question rewrites it: no activity repeats that.
    assert not [a for a in lesson.activities if "Rewrite" in a.title]
    assert not [i for i in check_lesson(lesson) if i.check == "rewrite-on-quotation"]


def test_the_rewrite_activity_takes_another_paragraph_than_the_rewrite_question(tmp_path):
    """A class that rewrote ¶4 as a guiding question and again as the pair activity learnt nothing new the
    second time (teacher read, lr-1: two texts rewrote the same words in both)."""
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "greedy bureaucrats", "name-calling"),
                                  flag(source, "costly scheme", "loaded-language", 0.6),
                                  flag(source, "nobody on the council", "exaggeration", 0.6),
                                  flag(source, "three minutes", "exaggeration", 0.5)])
    assert [q.paragraph for q in questions_of(lesson, "rewrite")] == [4]
    activity = next(a for a in lesson.activities if "Rewrite" in a.title)
    assert activity.paragraph == 5
    # The activity quotes the paragraph's first sentence; the words to replace are named in it.
    assert "(“three minutes”)" in activity.instructions and "greedy" not in activity.instructions


def test_no_rewrite_at_all_when_only_quotations_and_block_quotes_are_flagged(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "greedy bureaucrats", "name-calling"),
                                  flag(source, "hysterical", "loaded-language"),
                                  flag(source, "There is no alternative", "black-and-white")])
    assert questions_of(lesson, "rewrite") == []
    assert not [a for a in lesson.activities if "Rewrite" in a.title]


# ------------------------------------------------------------------------------------------ look for yourself


def test_look_for_yourself_picks_the_authors_most_loaded_paragraphs(tmp_path):
    source = write(tmp_path)
    # No flag is shown; weak signals sit in the quotation (¶1), the block quote (¶3) and the author's ¶4
    # and ¶5. The text is short, so two paragraphs are asked about: ¶4 and ¶5, not the longer ¶2.
    lesson = lesson_with(source, [flag(source, "disgraceful", "loaded-language", 0.4, shown=False),
                                  flag(source, "catastrophe", "exaggeration", 0.4, shown=False),
                                  flag(source, "hysterical", "loaded-language", 0.4, shown=False),
                                  flag(source, "costly scheme", "loaded-language", 0.2, shown=False),
                                  flag(source, "three minutes", "exaggeration", 0.1, shown=False)])
    looks = questions_of(lesson, "look")
    assert [q.paragraph for q in looks] == [4, 5]
    assert len(source.paragraph_text(2)) > len(source.paragraph_text(5))
    assert "costly scheme" in looks[0].answer.why


# ------------------------------------------------------------------------------------------ wording


def test_counts_have_the_right_plural(tmp_path):
    assert [count(1, "flag"), count(2, "flag"), count(1, "passage"), count(0, "flag")] == \
        ["1 flag", "2 flags", "1 passage", "no flags"]
    assert plural("summary") == "summaries" and plural("analysis") == "analyses"
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "costly scheme", "loaded-language")])
    evaluate = questions_of(lesson, "evaluate")[0]
    assert "1 flags" not in evaluate.prompt
    lesson = lesson_with(source, [flag(source, "costly scheme", "loaded-language"),
                                  flag(source, "nobody on the council", "exaggeration"),
                                  flag(source, "three minutes", "exaggeration")])
    activity = next(a for a in lesson.activities if "Rewrite" in a.title)
    assert "the flagged passage " in activity.instructions and "1 flagged" not in activity.instructions


LONG_PUBLISHER = ("\"Lakeside Weekly - an independent community newspaper covering the towns, villages and farms "
                  "around the lake since 1952\"")


def test_prompts_use_the_outlets_name_never_a_long_description(tmp_path):
    assert outlet_name("Lakeside Weekly - an independent community newspaper covering the lake") == "Lakeside Weekly"
    assert outlet_name("An independent newspaper about things that matter to everybody") == "the outlet"
    source = write(tmp_path, publisher=LONG_PUBLISHER)
    lesson = lesson_with(source, [flag(source, "costly scheme", "loaded-language")])
    texts = [q.prompt for q in lesson.questions] + [a.instructions for a in lesson.activities]
    texts += [e.prompt for e in build_exercises(lesson, load_taxonomy())]
    assert any("Lakeside Weekly" in t for t in texts)
    assert not [t for t in texts if "independent community newspaper" in t]


def test_no_self_check_about_a_technique_the_lesson_does_not_show(tmp_path):
    source = write(tmp_path)
    lesson = lesson_with(source, [flag(source, "costly scheme", "exaggeration")])
    prompts = [e.prompt for e in build_exercises(lesson, load_taxonomy())]
    assert not [p for p in prompts if "loaded language" in p]
    assert any("flagged as exaggeration or minimisation" in p for p in prompts)


# ------------------------------------------------------------------------------------------ jargon


def visible(html: str) -> str:
    """The visible text of a page's article (not the site's navigation, which links the method pages)."""
    html = re.search(r"<article\b.*?</article>", html, re.S).group()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_student_edition_holds_no_tool_jargon(built_sites):
    pages = [*(built_sites["student"] / "lessons").glob("*.html"), *(built_sites["student"] / "worksheets").glob("*.html"),
             *(built_sites["student"] / "techniques").rglob("*.html")]
    assert len(pages) > 14
    pattern = re.compile("|".join(re.escape(j) for j in JARGON) + r"|\b(?-i:[A-Z][a-z]+_[A-Z][a-z]+)", re.I)
    found = {page.name: pattern.findall(visible(page.read_text(encoding="utf-8"))) for page in pages}
    assert {name: words for name, words in found.items() if words} == {}


def test_a_broken_template_file_is_reported_with_file_line_and_fix(tmp_path):
    from medialit.errors import InputError
    from medialit.lesson.technique_questions import TEMPLATES_FILE

    broken = tmp_path / "technique_questions.yaml"
    broken.write_text(TEMPLATES_FILE.read_text(encoding="utf-8").replace("    doubt: >-", "    doubts: >-")
                      .replace("{cues} and says what", "{cue} and says what"), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_question_templates(broken)
    messages = [str(p) for p in error.value.problems]
    assert any("no key for technique 'doubt'" in m and ":" in m.split(" ")[0] for m in messages)
    assert any("unknown placeholder(s) {cue}" in m and "use only" in m for m in messages)
    assert any("'doubts', which is not a technique" in m for m in messages)


def test_a_censored_word_is_text_not_emphasis():
    """Pasted news censors words with stars inside them: "f**king ... b***h" is no bold passage."""
    from medialit.lesson.wording import clean
    from medialit.text.markup import strip_markup

    line = "“I am gonna throw this straight in the f**king bin, b***h,” he said. **Blame NATO.**"
    assert strip_markup(line) == clean(line) == "“I am gonna throw this straight in the f**king bin, b***h,” he said. Blame NATO."


def test_the_evaluate_key_notes_the_same_words_flagged_twice_once(tmp_path):
    text = OPINION.replace("The council approved the bypass in March.",
                           "The council approved the bypass in March, for our valley and for our valley alone.")
    source = write(tmp_path, text=text)
    lesson = lesson_with(source, [flag(source, "our valley", "flag-waving"),
                                  flag(source, "our valley", "flag-waving", nth=1)])
    evaluate = questions_of(lesson, "evaluate")[0]
    assert evaluate.prompt.count("“our valley”") == 1
    assert evaluate.answer.why.count("“our valley”") == 1


def test_a_word_flagged_inside_a_flagged_passage_is_rewritten_with_it_not_listed_apart(tmp_path):
    source = write(tmp_path)
    passage = "nobody on the council has said what it will cost or who will pay for it in the end"
    lesson = lesson_with(source, [flag(source, "costly scheme", "loaded-language"),
                                  flag(source, passage, "doubt"), flag(source, "nobody", "exaggeration")])
    rewrite = questions_of(lesson, "rewrite")[0]
    assert "(“costly scheme”, “nobody on the council has said" in rewrite.prompt
    assert "“nobody”" not in rewrite.prompt


def test_a_passage_of_one_or_two_words_is_identified_last(tmp_path):
    """"Which technique do these words use?" on a lone "Why?" cannot be answered from its words: the
    surer-looking fragment gives way to a longer passage of the same technique, in the guiding questions and
    in the self-check exercise alike."""
    text = OPINION.replace("who will pay for it in the end,", "who will pay for it in the end. Why?")
    source = write(tmp_path, text=text)
    fragment = flag(source, "Why?", "doubt", confidence=0.9)
    passage = flag(source, "nobody on the council has said what it will cost", "doubt", confidence=0.6)
    loaded = flag(source, "greedy bureaucrats", "name-calling", confidence=0.8)
    fragment, passage = (replace(f, level="passage") for f in (fragment, passage))
    lesson = lesson_with(source, [fragment, passage, loaded])
    identified = [q.quote for q in questions_of(lesson, "identify")]
    assert "nobody on the council has said what it will cost" in identified and "Why?" not in identified
    which = [e for e in build_exercises(lesson, load_taxonomy()) if e.kind == "technique"]
    assert which and not any(e.excerpt.text.strip() == "Why?" for e in which)
    assert any("nobody on the council" in e.excerpt.text for e in which)


def test_a_sentence_flagged_by_a_rule_is_named_by_the_rules_words_in_the_rewrite_and_evaluate_prompts(tmp_path):
    """The prompts name the words that do the work ("either ... or"), not the sentence's first words clipped;
    a sentence flagged only for resembling annotated ones names no such words, and is quoted as it is."""
    text = OPINION.replace("The council approved the bypass in March.",
                           "The council approved the bypass in March, and the valley must either accept the road "
                           "or lose the high street.")
    source = write(tmp_path, text=text)
    sentence = "The council approved the bypass in March, and the valley must either accept the road or lose the high street"
    either_or = replace(flag(source, sentence, "black-and-white"), level="passage", cues=("either accept the road or",),
                        reason="'either ... or' frames the question as two choices")
    lesson = lesson_with(source, [either_or, flag(source, "costly scheme", "loaded-language")])
    rewrite, evaluate = questions_of(lesson, "rewrite")[0], questions_of(lesson, "evaluate")[0]
    for question in (rewrite, evaluate):
        assert "“either accept the road or”" in question.prompt and "“The council approved" not in question.prompt
    model = replace(either_or, cues=("the", "or"), reason=f"{MODEL_SENTENCE_REASON} black and white",
                    rule="black-and-white.model-sentence")
    evaluate = questions_of(lesson_with(source, [model, flag(source, "costly scheme", "loaded-language")]), "evaluate")
    assert evaluate and "“the”" not in evaluate[0].prompt and "“The council approved the bypass" in evaluate[0].prompt
