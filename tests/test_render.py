"""Escaping filters and the text view: seed text is always shown as text."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from medialit.text.markup import strip_markup

from medialit.analysis.findings import TechniqueFinding
from medialit.site.render import having, htmltitle, lacking, make_environment, md, tagname, urlmd
from medialit.text.source import load_source
from medialit.analysis.taxonomy import load_taxonomy
from medialit.site.textview import render_text

EXTENSIONS = ["attr_list", "md_in_html", "tables", "pymdownx.escapeall"]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** and _under_ and `code`",
    "{{ config }} {% raw %}",
    ":smile: &amp; &lt; | a | b |",
    "</textarea><svg onload=alert(1)>",
])
def test_md_filter_makes_any_text_literal(hostile):
    html = to_html(f"Quote: {md(hostile)}")
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert "<a " not in html and "<strong>" not in html and "<code>" not in html
    text = re.sub(r"<[^>]+>", "", html)
    import html as htmllib
    # The seed's own emphasis and link syntax is dropped (students see words, not "**"); all else is literal.
    assert " ".join(strip_markup(hostile).split()) in htmllib.unescape(text)


def test_urlmd_only_lets_web_addresses_through():
    assert urlmd("javascript:alert(1)") == "#"
    assert urlmd("data:text/html,hi") == "#"
    assert urlmd("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"


def test_htmltitle_and_tagname_neutralise_markup():
    assert htmltitle("</title><script>x</script>") == "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"
    assert tagname("<b>NATO</b>\"") == "bNATOb"


def test_having_and_lacking_split_findings_as_selectattr_and_rejectattr_do():
    from types import SimpleNamespace
    items = [SimpleNamespace(check=None, n=1), SimpleNamespace(check="known", n=2), SimpleNamespace(check="", n=3)]
    template = make_environment().from_string(
        '{{ items | selectattr("check") | list == items | having("check") }} '
        '{{ items | rejectattr("check") | list == items | lacking("check") }}')
    assert template.render(items=items) == "True True"
    assert [i.n for i in having(items, "check")] == [2] and [i.n for i in lacking(items, "check")] == [1, 3]


def make_source(tmp_path: Path, body: str):
    path = tmp_path / "t.md"
    path.write_text(f"---\ntitle: T\n---\n{body}\n", encoding="utf-8")
    return load_source(path)


def flag(source, text: str, technique: str = "loaded-language") -> TechniqueFinding:
    start = source.content.index(text)
    return TechniqueFinding(start=start, end=start + len(text), text=text, paragraph=source.paragraph_at(start),
                            technique=technique, ptc_label=None, rule="test.rule", reason="a test reason",
                            confidence=0.9)


def test_highlight_crossing_bold_nests_tags_properly(tmp_path):
    source = make_source(tmp_path, "Plain words **then bold words** and after.")
    paragraphs = render_text(source, (flag(source, "words **then bold"),), load_taxonomy())
    html = paragraphs[0].html
    # Each mark closes before the strong it sits in closes: a well-formed tree.
    import xml.etree.ElementTree as ET
    ET.fromstring(f"<p>{html.replace('&nbsp;', ' ')}</p>")
    assert html.count('class="ml-ref"') == 1
    assert "<strong>" in html and "**" not in html


def test_text_view_escapes_seed_html_and_keeps_link_text_inert(tmp_path):
    source = make_source(tmp_path, "Say <script>x()</script> and [a link](javascript:bad) \\(escaped\\).")
    html = render_text(source, (), load_taxonomy())[0].html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript" not in html and "a link" in html
    assert "(escaped)" in html


def test_every_shown_flag_gets_a_numbered_note(tmp_path):
    source = make_source(tmp_path, "One junta here.\n\nTwo regime there and a junta again.")
    flags = (flag(source, "junta"), flag(source, "regime", "name-calling"))
    paragraphs = render_text(source, flags, load_taxonomy())
    assert [n.label for n in paragraphs[0].notes] == ["1.1"]
    assert [n.label for n in paragraphs[1].notes] == ["2.1"]
    assert 'href="#flag-2-1"' in paragraphs[1].html


@pytest.mark.parametrize("body", [
    "Plain words & <tags>, \"quotes\" and 'apostrophes'\nover two lines.",
    "A paragraph with **bold**, *italic*, \\*escapes\\* and [a link](https://example.org).",
    "Stars * alone and a [bracket without a link.",
])
def test_plain_paragraphs_render_as_the_general_path_does(tmp_path, body):
    # Paragraphs without flags or markup take a short path; it must give what the walk through
    # markup and highlights gives.
    from medialit.site.textview import _paragraph_html
    source = make_source(tmp_path, body)
    paragraph = source.paragraphs[0]
    walked = _paragraph_html(source.content, paragraph.start, paragraph.end, [], (), load_taxonomy())
    assert render_text(source, (), load_taxonomy())[0].html == walked


# ------------------------------------------------------------------------------- a teacher's own templates

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def own_templates_project(tmp_path: Path, name: str, text: str):
    from medialit.site import builder as site

    templates = tmp_path / "my-templates"
    templates.mkdir()
    (templates / name).write_text(text, encoding="utf-8")
    return site.Project(root=tmp_path, seeds_dir=SEEDS, docs_dir=tmp_path / "docs", templates_dir=templates), templates


@pytest.mark.parametrize("text, line, words", [
    ("# {{ lesson.source.meta.title }}\n\n{% for x in %}\n", 3, "Expected an expression"),
    ("# Lesson\n\n{{ lesson.no_such_field }}\n", 3, "no_such_field"),
    ("# Lesson\n{% include 'partials/no-such-partial.md.j2' %}\n", 2, "no-such-partial"),
])
def test_a_mistake_in_a_teachers_own_template_names_the_file_and_line(tmp_path, text, line, words):
    from medialit.site import builder as site
    from medialit.errors import InputError

    project, templates = own_templates_project(tmp_path, "lesson.md.j2", text)
    with pytest.raises(InputError) as raised:
        site.generate(project)
    [problem] = raised.value.problems
    assert problem.path == templates / "lesson.md.j2" and problem.line == line
    assert words in problem.message and "remove it to use medialit's own" in problem.fix


def test_a_teachers_own_template_that_works_is_used(tmp_path):
    from medialit.site import builder as site

    project, _ = own_templates_project(tmp_path, "home.md.j2", "# Our class\n\n{{ lessons | length }} lessons\n")
    assert site.generate(project).pages["index.md"] == "# Our class\n\n2 lessons\n"


def test_a_teachers_own_partial_replaces_ours_inside_the_lesson_page(tmp_path):
    """As the teacher guide says: a copy under ``partials/`` in ``templates_dir`` replaces that part only."""
    from medialit.site import builder as site

    templates = tmp_path / "my-templates"
    (templates / "partials").mkdir(parents=True)
    (templates / "partials" / "activities.md.j2").write_text("## Our own activity\n", encoding="utf-8")
    project = site.Project(root=tmp_path, seeds_dir=SEEDS, docs_dir=tmp_path / "docs", templates_dir=templates)
    ours = site.generate(site.Project(root=tmp_path, seeds_dir=SEEDS, docs_dir=tmp_path / "docs"))
    theirs = site.generate(project)
    page = next(uri for uri in theirs.pages if uri.startswith("lessons/") and uri != "lessons/index.md")
    assert "## Our own activity" in theirs.pages[page] and "## Our own activity" not in ours.pages[page]
    assert ours.pages[page].split("\n", 3)[:3] == theirs.pages[page].split("\n", 3)[:3]     # the rest is ours


@pytest.mark.parametrize("value", [
    'He said "no" & left <b>now</b> | 1 < 2 > 0',
    "**Bold** [link](http://x) *em* `code` \\ back_slash #tag {attr} ~tilde^",
    "&amp; &#39; &copy; an entity-like &word; stays text",
    "  spaced\n  over   lines ",
    "“curly” ‘quotes’ — and é",
])
def test_html_parts_show_the_words_as_markdown_would(value):
    """A table written in HTML (``text``, ``plaintext``) looks exactly as the Markdown table did."""
    from medialit.site.render import plain, plaintext, text

    cell = lambda s: to_html(f"| a |\n|---|\n| {s} |").split("<td>")[1].split("</td>")[0]  # noqa: E731
    assert text(value) == cell(md(value))
    assert plaintext(value) == cell(plain(value))
