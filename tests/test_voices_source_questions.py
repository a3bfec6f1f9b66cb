"""The voice questions: a body the text named before and refers to again ("the company") is no unnamed
source, while "officials said" still asks who the officials are. Texts are our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of

from medialit.analysis import analyze
from medialit.lesson import bias


def test_a_body_named_before_and_referred_to_again_is_no_unnamed_source(tmp_path):
    body = ("Dunmore Kitchen Appliances announced a recall of 48,000 toasters on Monday.\n\n"
            "The company said four people had been slightly burnt. Ravi Menon of the Fair Shelf group said the "
            "firm had been too slow.")
    source = source_of(tmp_path, body)
    prompts = [q.prompt for q in bias.voice_questions(source, analyze(source))]
    assert not any("does not name its source" in p and "The company" in p for p in prompts), prompts
    officials = source_of(tmp_path, "Four people were slightly burnt by the toasters, officials said on Monday.")
    assert any("does not name its source" in q.prompt for q in bias.voice_questions(officials, analyze(officials)))


def test_the_question_on_every_voice_points_at_words_the_other_voice_questions_do_not(tmp_path):
    body = ("Harbour officials claimed on Monday that the new ferry timetable had cut waiting times.\n\n"
            "Passengers at the pier disagreed. Mara Quill, who commutes daily, said the morning boats were full.\n\n"
            "The operator's spokesman, Dev Anand, said more boats would run from June.")
    source = source_of(tmp_path, body)
    questions = bias.voice_questions(source, analyze(source))
    quotes = [(q.paragraph, q.quote) for q in questions]
    every_voice = next(q for q in questions if "Make a list of everyone" in q.prompt)
    others = [(q.paragraph, q.quote) for q in questions if q is not every_voice]
    assert others, quotes
    assert (every_voice.paragraph, every_voice.quote) not in others, quotes
