"""Self-check exercises: built from the flags, distractors are real techniques, every option explains
itself with the flag's reason, and the output is the same on every build."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace

import pytest

from medialit.analysis.findings import Claim, TechniqueFinding, Voice
from medialit.lesson.exercises import build_exercises, clean, excerpt
from medialit.site.render import make_environment, render
from medialit.analysis.taxonomy import load_taxonomy

TEXT = ("The regime's hysterical claims are everywhere. Officials said the plan was final.\n\n"
        "Blinken claimed that the troops were ready. Blame NATO. The report of 2021 lists 40 ships.")


def finding(word: str, technique: str, reason: str, confidence: float = 0.6) -> TechniqueFinding:
    start = TEXT.index(word)
    return TechniqueFinding(start=start, end=start + len(word), text=word, paragraph=1 if start < 82 else 2,
                            technique=technique, ptc_label=None, rule=f"{technique}.test", reason=reason,
                            confidence=confidence)


def make_lesson(findings=None, republished=(), voices=(), claims=(), unshown=()):
    findings = findings if findings is not None else [
        finding("regime", "name-calling", "'regime' labels a government as illegitimate"),
        finding("hysterical", "loaded-language", "'hysterical' tells the reader how to feel"),
        finding("Blame NATO", "slogans", "'Blame NATO' packs a verdict into a few words"),
        finding("everywhere", "exaggeration", "'everywhere' states an absolute"),
    ]
    meta = SimpleNamespace(publisher="Example Outlet", published=dt.date(2022, 3, 4), republished=republished)
    paragraphs = (SimpleNamespace(number=1, start=0, end=81), SimpleNamespace(number=2, start=83, end=len(TEXT)))
    source = SimpleNamespace(content=TEXT, paragraphs=paragraphs, meta=meta)
    analysis = SimpleNamespace(shown_techniques=tuple(findings), techniques=tuple(findings) + tuple(unshown),
                               voices=tuple(voices), claims=tuple(claims))
    return SimpleNamespace(slug="example", source=source, analysis=analysis)


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def test_every_exercise_has_exactly_one_right_answer_and_feedback_for_every_option(taxonomy):
    exercises = build_exercises(make_lesson(), taxonomy)
    assert {e.kind for e in exercises} == {"technique", "passage", "source", "verification"}
    for exercise in exercises:
        assert sum(o.correct for o in exercise.options) == 1, exercise.id
        assert all(o.feedback and o.text for o in exercise.options), exercise.id
        assert len({o.text for o in exercise.options}) == len(exercise.options), exercise.id
    assert len({e.id for e in exercises}) == len(exercises)


def test_which_technique_offers_real_techniques_and_explains_with_the_flags_reason(taxonomy):
    exercise = next(e for e in build_exercises(make_lesson(), taxonomy) if e.kind == "technique")
    names = {t.name for t in taxonomy.techniques}
    assert len(exercise.options) == 4 and {o.text for o in exercise.options} <= names
    flagged = next(f for f in make_lesson().analysis.shown_techniques if exercise.id.endswith(f.id))
    assert exercise.answer.text == taxonomy[flagged.technique].name
    assert all(flagged.reason in o.feedback for o in exercise.options)
    assert exercise.excerpt.text == flagged.text


@pytest.mark.parametrize("flagged", [("hysterical", "loaded-language"), ("regime", "name-calling")])
def test_which_technique_never_offers_a_close_technique_as_wrong(taxonomy, flagged):
    """A charged word is loaded language and a label at once (hl-23's read): the other is no wrong option.
    The distractors are drawn by the finding's id, so the test tries a dozen ids."""
    word, technique = flagged
    other = "name-calling" if technique == "loaded-language" else "loaded-language"
    for n in range(12):
        one = replace(finding(word, technique, f"'{word}' is charged"), rule=f"{technique}.rule{n}")
        exercise = next(e for e in build_exercises(make_lesson([one]), taxonomy) if e.kind == "technique")
        assert taxonomy[other].name not in {o.text for o in exercise.options}, one.rule
        assert len(exercise.options) == 4


def test_which_technique_never_offers_as_wrong_a_technique_found_on_the_same_words(taxonomy):
    """A label whose sentence repeats it is found as repetition too (not shown): repetition is no wrong option."""
    for n in range(12):
        one = replace(finding("regime", "name-calling", "'regime' labels a government"), rule=f"name-calling.rule{n}")
        also = replace(finding("The regime's hysterical claims", "repetition", "'regime' comes back"), shown=False)
        exercise = next(e for e in build_exercises(make_lesson([one], unshown=[also]), taxonomy)
                        if e.kind == "technique")
        assert taxonomy["repetition"].name not in {o.text for o in exercise.options}, one.rule
        assert len(exercise.options) == 4


def test_find_the_passage_never_offers_a_close_technique_as_wrong(taxonomy):
    lesson = make_lesson([finding("hysterical", "loaded-language", "'hysterical' tells the reader how to feel", 0.5),
                          finding("regime", "name-calling", "'regime' labels a government", 0.5),
                          finding("Blame NATO", "slogans", "'Blame NATO' packs a verdict into a few words"),
                          finding("everywhere", "exaggeration", "'everywhere' states an absolute"),
                          finding("Officials", "appeal-to-authority", "officials are named as the source")])
    asked = [e for e in build_exercises(lesson, taxonomy) if e.kind == "passage"
             and e.id.startswith(("passage:loaded-language", "passage:name-calling"))]
    assert len(asked) == 2
    for exercise in asked:
        options = " ".join(o.text for o in exercise.options)
        assert not ("“regime”" in options and "“hysterical”" in options), exercise.id


def test_close_pairs_name_real_techniques(tmp_path):
    from medialit.analysis.taxonomy import TAXONOMY_FILE
    from medialit.errors import InputError
    bad = tmp_path / "taxonomy.yaml"
    bad.write_text(TAXONOMY_FILE.read_text(encoding="utf-8").replace("[loaded-language, name-calling]",
                                                                    "[loaded-language, name-callin]"),
                   encoding="utf-8")
    with pytest.raises(InputError, match="name-callin is no technique id"):
        load_taxonomy(bad)


def test_find_the_passage_uses_passages_flagged_with_other_techniques(taxonomy):
    lesson = make_lesson()
    exercise = next(e for e in build_exercises(lesson, taxonomy) if e.kind == "passage")
    target = next(f for f in lesson.analysis.shown_techniques if exercise.id == f"passage:{f.id}")
    assert target.text in exercise.answer.text
    for option in exercise.options:
        if not option.correct:
            assert "Not this one: it is flagged as" in option.feedback


def test_exercises_are_deterministic(taxonomy):
    assert build_exercises(make_lesson(), taxonomy) == build_exercises(make_lesson(), taxonomy)


def test_a_text_without_flags_still_gets_source_and_verification_checks(taxonomy):
    claim = Claim(start=TEXT.index("The report"), end=len(TEXT), text="The report of 2021 lists 40 ships.",
                  paragraph=2, kind="document", cues=("report",))
    exercises = build_exercises(make_lesson(findings=[], claims=(claim,)), taxonomy)
    assert exercises and {e.kind for e in exercises} == {"source", "verification"}
    # ...but none about what a flag shows: the lesson shows no flag to ask about.
    assert not [e for e in exercises if "flagged" in e.prompt]


def test_the_claim_to_check_is_the_one_most_worth_checking_not_the_first(taxonomy):
    start = TEXT.index("Officials said")
    opinion = Claim(start=start, end=start + 35, text=TEXT[start:start + 35], paragraph=1, kind="event", score=0.3)
    start = TEXT.index("The report of 2021")
    report = Claim(start=start, end=len(TEXT), text=TEXT[start:], paragraph=2, kind="event", score=0.9)
    exercise = next(e for e in build_exercises(make_lesson(claims=(opinion, report)), taxonomy)
                    if e.id.startswith("verification:claim@"))
    assert exercise.id == f"verification:claim@{report.start}"


def test_what_a_flag_shows_names_a_technique_the_lesson_shows(taxonomy):
    only_slogans = [finding("Blame NATO", "slogans", "'Blame NATO' packs a verdict into a few words")]
    exercise = next(e for e in build_exercises(make_lesson(findings=only_slogans), taxonomy)
                    if e.id == "verification:what-a-flag-shows")
    assert "flagged as slogans" in exercise.prompt and "loaded language" not in exercise.prompt


def test_republished_text_asks_where_it_appeared_first(taxonomy):
    first = SimpleNamespace(outlet="First Outlet", date=dt.date(2022, 2, 26), url=None, note=None)
    exercise = next(e for e in build_exercises(make_lesson(republished=(first,)), taxonomy)
                    if e.id == "source:first-publication")
    assert exercise.answer.text == "First Outlet" and "2022-02-26" in exercise.answer.feedback


def test_a_colouring_attribution_verb_gets_an_exercise_and_claims_get_a_check(taxonomy):
    start = TEXT.index("Blinken claimed")
    voice = Voice(start=start, end=start + 15, text="Blinken claimed", paragraph=2, speaker="Blinken",
                  verb="claimed", verb_neutral=False, named=True, kind="reported speech")
    start = TEXT.index("The report of 2021")
    claim = Claim(start=start, end=len(TEXT), text=TEXT[start:], paragraph=2, kind="document")
    exercises = build_exercises(make_lesson(voices=[voice], claims=[claim]), taxonomy)
    verb = next(e for e in exercises if e.id.startswith("source:verb@"))
    assert "“claimed”" in verb.prompt
    check = next(e for e in exercises if e.id.startswith("verification:claim@"))
    assert check.answer.text.startswith("Find the document itself")


def test_excerpt_is_the_sentence_around_the_flag():
    lesson = make_lesson()
    flag = lesson.analysis.shown_techniques[1]                       # "hysterical"
    x = excerpt(lesson.source, flag)
    assert (x.before, x.text, x.after) == ("The regime's ", "hysterical", " claims are everywhere.")


@pytest.mark.parametrize("raw, expected", [
    ("**bold** and *it*", "bold and it"),
    ("[a link](https://example.org) here", "a link here"),
    ("  spread\n over   lines ", "spread over lines"),
])
def test_clean_drops_seed_markdown(raw, expected):
    assert clean(raw) == expected


def test_the_template_escapes_everything_from_seeds_and_data(taxonomy):
    hostile = "</script><img src=x onerror=alert(1)> & \"quotes\""
    findings = [finding("regime", "name-calling", hostile), finding("hysterical", "loaded-language", "r2"),
                finding("Blame NATO", "slogans", "r3")]
    lesson = make_lesson(findings=findings)
    html = render(make_environment(), "partials/exercises.md.j2", lesson=lesson,
                  exercises=build_exercises(lesson, taxonomy))
    assert "<img" not in html and "</script>" not in html
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;" in html
