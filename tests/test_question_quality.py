"""The question-quality check (medialit.lesson.quality) on every text we have: the seeds, every fixture
text under tests/fixtures/texts/ and tests/fixtures/question-texts/ and, when ../shared is present,
every PTC training article and every techniques-dev article. Each check is its own test, so a failure names what went wrong, where.

The lessons are made on every core (site.parallel.map_in_order), ~420 texts in ~15 s on 2 cores;
benchmarks/question_quality.py prints the same counts and records them in benchmarks/results/."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import ROOT, SEEDS, SHARED
from medialit.lesson.quality import CHECKS, check_text
from medialit.site.parallel import map_in_order
from medialit.text.source import SEED_SUFFIXES, find_seeds

# Every fixture text: those of each kind a teacher brings (texts/) and the question cases (question-texts/).
FIXTURES = (ROOT / "tests" / "fixtures" / "texts", ROOT / "tests" / "fixtures" / "question-texts")


def corpora() -> dict[str, list]:
    """Name -> the text files of each corpus present (the shared ones only where ../shared is)."""
    found = {"seeds": find_seeds(SEEDS),
             "fixtures": sorted(p for folder in FIXTURES for p in folder.glob("*") if p.suffix.lower() in SEED_SUFFIXES)}
    shared = {"ptc": SHARED / "ptc" / "train-articles", "techniques-dev": SHARED / "ext" / "techniques-dev" / "articles"}
    for name, folder in shared.items():
        if folder.is_dir():
            found[name] = sorted(folder.glob("*.txt"))
    return found


@pytest.fixture(scope="module")
def reports():
    texts = [(name, path) for name, paths in corpora().items() for path in paths]
    return [(name, report) for (name, _), report in zip(texts, map_in_order(check_text, [p for _, p in texts]))]


def test_every_text_makes_a_lesson_with_questions(reports):
    assert [(r.path, r.error) for _, r in reports if r.error] == []
    assert all(r.questions >= 3 and r.exercises >= 1 for _, r in reports)
    covered = Counter(name for name, _ in reports)
    assert covered["seeds"] >= 2 and covered["fixtures"] >= 3
    if (SHARED / "ptc" / "train-articles").is_dir():
        assert covered["ptc"] >= 300 and covered["techniques-dev"] >= 40


@pytest.mark.parametrize("check", CHECKS)
def test_no_lesson_fails_the_check(reports, check):
    issues = [str(issue) for _, r in reports for issue in r.issues if issue.check == check]
    assert issues == [], f"{len(issues)} issue(s), the first: " + "\n".join(issues[:10])


def test_the_corpus_exercises_every_kind_of_technique_question(reports):
    """The check is only as good as what it sees: every kind of question occurs in the lessons checked."""
    kinds = Counter()
    for _, report in reports:
        kinds.update(dict(report.kinds))
    assert {"identify", "analyse", "evaluate", "rewrite", "look"} <= set(kinds)


# ------------------------------------------------------------------------------------------ as rendered


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    """The student edition built from the fixture texts, as a teacher's project would be."""
    import shutil

    from fixtures.hostile import make_project
    from medialit.site import build_site

    folder = tmp_path_factory.mktemp("fixture-site")
    seeds = folder / "fixture-seeds"
    seeds.mkdir()
    for path in corpora()["fixtures"]:
        shutil.copy(path, seeds / path.name)
    return build_site(make_project(folder / "project", seeds=seeds), site_dir=folder / "site")


def test_fixture_lessons_as_rendered_hold_no_raw_markup_jargon_or_wrong_plural(fixture_site):
    import html
    import re

    from medialit.lesson.quality import _JARGON, _LABEL, _MARKUP, _PLURAL

    pages = [p for p in (fixture_site / "lessons").glob("*.html") if p.name != "index.html"]
    assert len(pages) >= 3
    found = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        article = html.unescape(re.sub(r"<[^>]+>", " ", re.search(r"<article\b.*?</article>", text, re.S).group()))
        found += [(page.name, m.group(), "") for m in _PLURAL.finditer(article)]
        parts = re.findall(r"<table\b.*?</table>|<p class=\"ml-q-(?:head|prompt)\">.*?</p>|<legend>.*?</legend>", text, re.S)
        for part in parts:
            words = html.unescape(re.sub(r"<[^>]+>", " ", part))
            for pattern in (_MARKUP, _JARGON, _LABEL):
                match = pattern.search(words)
                if match:
                    found.append((page.name, match.group(), words[:120]))
    assert found == []


# ------------------------------------------------------------------------------------------ the check itself


def test_the_check_catches_each_kind_of_problem(tmp_path):
    """The check is not vacuous: a lesson spoiled on purpose fails each check it should."""
    from dataclasses import replace

    from medialit.analysis import analyze
    from medialit.analysis.taxonomy import load_taxonomy
    from medialit.lesson.compose import compose_lesson
    from medialit.lesson.exercises import build_exercises
    from medialit.lesson.outlets import load_outlets
    from medialit.lesson.quality import check_lesson
    from medialit.lesson.questions import Answer, Question
    from medialit.lesson.readings import load_catalog
    from medialit.text.source import load_source

    path = ROOT / "tests" / "fixtures" / "question-texts" / "protest-quotes.md"
    source = load_source(path)
    taxonomy = load_taxonomy()
    lesson = compose_lesson(source, analyze(source), taxonomy, load_outlets(), load_catalog())
    assert check_lesson(lesson, build_exercises(lesson, taxonomy), taxonomy) == []
    fear_key = "Judges how likely the feared outcome is."
    spoiled = [
        Question("techniques", "analyse", "Which word is loaded here?", 4, "reckless scheme",
                 Answer("Offers a **plain** alternative."), kind="analyse:appeal-to-fear"),   # markup, wrong key
        Question("techniques", "create", "Rewrite paragraph 2 neutrally.", 2, "These greedy bureaucrats",
                 Answer("Keeps the facts."), kind="rewrite"),                               # a quotation
        Question("techniques", "evaluate", "Paragraph 4 carries 1 flags ({names}).", 4, "nowhere in the text",
                 Answer(fear_key), kind="evaluate"),                                        # plural, leftover, quote
        Question("techniques", "identify", "A model learnt from annotated news agrees: which technique?", 4,
                 "reckless scheme", Answer(fear_key), kind="identify"),                     # jargon, shared key
    ]
    checks = {issue.check for issue in check_lesson(replace(lesson, questions=tuple(spoiled)), (), taxonomy)}
    assert checks >= {"raw-markup", "key-of-another-kind", "rewrite-on-quotation", "wrong-plural",
                      "template-leftover", "quote-not-in-paragraph", "jargon"}
