"""Issue 17.1: the CLI's --teacher alone decides the edition; a student build never holds a teacher block."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from fixtures.hostile import make_project, tree_digest

from medialit.cli import main
from medialit.site import builder
from medialit.site.edition_guard import TEACHER_ONLY_MARKERS, teacher_only_marker


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("edition") / "project")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def site_html(site: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html")))


def test_the_environment_cannot_turn_a_student_build_into_the_teacher_edition(project, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_EDITION", "teacher")
    code, out, err = run("build", "-q", "--config", str(project), "--site-dir", str(tmp_path / "site"))
    assert code == 0, err
    assert "built the student edition" in out
    assert teacher_only_marker(site_html(tmp_path / "site")) is None
    assert "teacher edition" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_the_environment_cannot_turn_a_teacher_build_into_the_student_edition(project, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_EDITION", "student")
    code, out, err = run("build", "-q", "--teacher", "--config", str(project), "--site-dir", str(tmp_path / "site"))
    assert code == 0, err
    assert "built the teacher edition" in out
    assert teacher_only_marker(site_html(tmp_path / "site")) is not None


def test_plain_mkdocs_still_reads_the_variable(project, monkeypatch):
    """MEDIALIT_EDITION serves `mkdocs serve`/`mkdocs build`: a config that the CLI did not mark."""
    from mkdocs.config import load_config

    monkeypatch.setenv("MEDIALIT_EDITION", "teacher")
    assert builder.edition_of(load_config(str(project))) == "teacher"


def test_every_teacher_only_marker_is_real(built_sites):
    teacher, student = site_html(built_sites["teacher"]), site_html(built_sites["student"])
    for marker in TEACHER_ONLY_MARKERS:
        assert marker in teacher, marker
        assert marker not in student, marker


def test_a_student_build_that_holds_a_teacher_block_fails_and_keeps_the_previous_site(project, tmp_path, monkeypatch):
    site = tmp_path / "site"
    assert run("build", "-q", "--config", str(project), "--site-dir", str(site))[0] == 0
    before = tree_digest(site)
    real = builder.render_lesson
    # A template bug (simulated): lessons rendered as the teacher edition inside a student build.
    monkeypatch.setattr(builder, "render_lesson", lambda lesson, env, taxonomy, edition: real(lesson, env, taxonomy, "teacher"))
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", "off")
    code, out, err = run("build", "-q", "--config", str(project), "--site-dir", str(site))
    assert code == 1
    assert "teacher-only block" in err and "built the" not in out
    assert tree_digest(site) == before
    assert not list(tmp_path.glob(".site.*"))


def test_an_article_quoting_the_block_titles_is_not_a_teacher_block():
    assert teacher_only_marker("<p>Answer key: Teacher note (teacher) &lt;div class=\"ml-key\"&gt;</p>") is None
