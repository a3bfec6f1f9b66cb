"""Bad and hostile seeds: each gives a correct lesson with its text shown as text, or a clear error naming
the file and the problem; the other lessons still build; no traceback ever reaches the user."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fixtures.hostile import ERRORS, EXPECTED, LESSONS, make_corpus, make_project, visible_text

from medialit.cli import main
from medialit.site.render import yamlstr
from medialit.site import load_sources


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("hostile") / "seeds")


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus) -> dict:
    """The hostile corpus built once through the CLI, with what it printed."""
    folder = tmp_path_factory.mktemp("hostile-project")
    config = make_project(folder / "project", seeds=corpus)
    out = folder / "site"
    import contextlib
    import io

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["build", "--config", str(config), "--site-dir", str(out)])
    return {"code": code, "site": out, "stdout": stdout.getvalue(), "stderr": stderr.getvalue(), "config": config}


def lesson_html(built: dict, name: str) -> str:
    return (built["site"] / "lessons" / f"{LESSONS[name]}.html").read_text(encoding="utf-8")


def article(page: str) -> str:
    """The lesson's own content, without Material's header, sidebars and scripts."""
    match = re.search(r'<article class="md-content__inner[^"]*">(.*)</article>', page, re.S)
    assert match, "no article element in the page"
    return match.group(1)


# ------------------------------------------------------------------------------------------- loading


def test_every_hostile_seed_is_expected(corpus):
    assert {p.name for p in corpus.iterdir()} == set(EXPECTED)


def test_each_seed_gives_a_lesson_or_a_clear_error(corpus):
    sources, problems, _ = load_sources(corpus)
    by_file: dict[str, list[str]] = {}
    for problem in problems:
        by_file.setdefault(problem.path.name, []).append(str(problem))
    assert {s.path.name: s.slug for s in sources} == LESSONS
    assert set(by_file) == set(ERRORS)
    for name, words in ERRORS.items():
        assert any(words in message and name in message for message in by_file[name]), by_file[name]


def test_yaml_strings_survive_any_character():
    import yaml

    for text in ["a\x85b\x9f\ufffe\u2028", '" \\ {{ x }} </title>', "😀 مرحبا \x00\x01\t\n", "- [x]: y # z"]:
        assert yaml.safe_load(f"t: {yamlstr(text)}")["t"] == text


# --------------------------------------------------------------------------------------------- build


def test_the_good_lessons_build_and_the_bad_seeds_are_named(built):
    assert built["code"] == 0, built["stderr"]
    assert "Traceback" not in built["stderr"] + built["stdout"]
    for name, slug in LESSONS.items():
        assert (built["site"] / "lessons" / f"{slug}.html").is_file(), name
    for name, words in ERRORS.items():
        assert any(name in line and words in line for line in built["stderr"].splitlines()), (name, words)
    assert f"{len(LESSONS)} lesson(s) from {len(EXPECTED)} seed(s)" in built["stdout"]


def test_duplicate_titles_keep_both_lessons(built):
    first, second = lesson_html(built, "duplicate-a.md"), lesson_html(built, "duplicate-b.md")
    assert "The first of two texts" in first and "The second of two texts" in second


class Elements(HTMLParser):
    """Every element of a page as the browser's parser sees it: (tag, attributes)."""

    def __init__(self, page: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_injected_markup_is_text(built):
    page = lesson_html(built, "injection.md")
    content = article(page)
    everything, inside = Elements(page), Elements(content)
    assert not any("__pwned" in script for script in everything.scripts)
    for tag, attrs in everything.found:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            assert not re.match(r"\s*(javascript|data|vbscript):", attrs.get(name) or "", re.I), (tag, attrs)
    assert not {tag for tag, _ in inside.found} & {"script", "iframe", "img", "svg", "style", "details", "body", "textarea"}
    shown = html.unescape(visible_text(content))
    assert "<script>window.__pwned = 'body-script'</script>" in shown
    assert "<img src=x onerror=\"window.__pwned='body-img'\">" in shown
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title, "the page title must be escaped inside <title>"


def test_template_syntax_is_shown_literally(built):
    shown = html.unescape(visible_text(article(lesson_html(built, "template-syntax.md"))))
    assert "{{ 7*7 }}" in shown and '{% include "lesson.md.j2" %}' in shown and "{# a comment #}" in shown
    assert "{{ lesson.slug }}" in shown


def test_markdown_in_the_text_cannot_break_the_page(built):
    content = article(lesson_html(built, "markdown-breakers.md"))
    # One numbered paragraph per paragraph of the seed (8: the fence, the raw HTML, the comment, the
    # table, the admonition and the footnote each stay a paragraph of text); the "# " line is a heading.
    assert len(re.findall(r'class="ml-para"', content)) == 8
    assert len(re.findall(r'<h3 class="ml-heading"', content)) == 1
    assert "<table><tr>" not in content and '<div class="md-header"' not in content
    # The sections after the text are still there: the unclosed fence did not swallow the page.
    assert 'id="guiding-questions"' in content and 'id="key-points"' in content


def test_right_to_left_text_and_emoji_survive(built):
    shown = html.unescape(visible_text(article(lesson_html(built, "rtl-emoji.md"))))
    assert "مرحبا بالعالم 🌍 שלום" in shown and "👩‍👩‍👧" in shown


def test_crlf_and_bom_give_clean_paragraphs(built):
    content = article(lesson_html(built, "crlf.md"))
    assert "\r" not in content and len(re.findall(r'class="ml-para"', content)) == 2
    assert "\ufeff" not in article(lesson_html(built, "bom.md"))


# ---------------------------------------------------------------------------------------- subprocess


def test_cli_in_a_subprocess_prints_no_traceback(built, corpus, tmp_path):
    medialit = [sys.executable, "-m", "medialit"]
    check = subprocess.run([*medialit, "check", "--seeds", str(corpus)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert f"{len(ERRORS)} seed" not in check.stderr   # one line per problem, not a summary only
    for name in ERRORS:
        assert name in check.stderr
    strict = subprocess.run([*medialit, "build", "-q", "--strict", "--config", str(built["config"]),
                             "--site-dir", str(tmp_path / "strict")], capture_output=True, text=True, timeout=120)
    assert strict.returncode == 1 and "Traceback" not in strict.stderr
    assert "could not be turned into lessons" in strict.stderr and not (tmp_path / "strict").exists()
    assert not list(tmp_path.glob(".strict.*")), "a staging folder was left behind"
