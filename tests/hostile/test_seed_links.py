"""Issue 17.5: symbolic links that leave seeds/ are refused, with the file, what and the fix."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from fixtures.hostile import make_project

from medialit.analysis.review import apply_review
from medialit.cli import main
from medialit.errors import InputError
from medialit.lesson.units import load_units
from medialit.site import load_sources
from medialit.text.source import load_source

SECRET = "---\ntitle: Private notes\n---\n\nThe password of the staff room is swordfish-4711.\n"


@pytest.fixture
def outside(tmp_path) -> Path:
    secret = tmp_path / "elsewhere" / "private.md"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return secret


def test_a_seed_linking_out_of_seeds_is_refused_and_never_published(tmp_path, outside):
    config = make_project(tmp_path / "project")
    seeds = config.parent / "seeds"
    (seeds / "a.md").symlink_to(outside)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["build", "-q", "--config", str(config), "--site-dir", str(tmp_path / "site")])
    assert code == 0, err.getvalue()
    assert f"{seeds / 'a.md'}: is a symbolic link to {outside}" in err.getvalue()
    assert "copy the file into" in err.getvalue()
    published = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "site").rglob("*")
                        if p.is_file() and p.suffix in (".html", ".js", ".json"))
    assert "swordfish" not in published
    assert "1 seed(s) left out" in out.getvalue()


def test_check_reports_the_link(tmp_path, outside):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").symlink_to(outside)
    sources, problems, _ = load_sources(seeds)
    assert sources == [] and len(problems) == 1 and "symbolic link" in problems[0].message


def test_links_inside_the_seeds_folder_still_work(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "texts").mkdir(parents=True)
    (seeds / "texts" / "real.md").write_text(SECRET.replace("Private notes", "Linked inside"), encoding="utf-8")
    (seeds / "a.md").symlink_to(seeds / "texts" / "real.md")
    sources, problems, _ = load_sources(seeds)
    assert problems == [] and [s.meta.title for s in sources] == ["Linked inside"]


def test_a_link_loop_is_refused_not_a_crash(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").symlink_to(seeds / "b.md")
    (seeds / "b.md").symlink_to(seeds / "a.md")
    sources, problems, _ = load_sources(seeds)
    assert sources == []


def test_a_review_file_linking_out_is_refused(tmp_path, outside):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(SECRET, encoding="utf-8")
    (seeds / "a.review.yaml").symlink_to(outside)
    with pytest.raises(InputError) as raised:
        apply_review(load_source(seeds / "a.md"), [])
    assert "a.review.yaml: is a symbolic link" in str(raised.value) and "a review file" in str(raised.value)


def test_a_units_file_linking_out_is_refused(tmp_path, outside):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "units.yaml").symlink_to(outside)
    with pytest.raises(InputError) as raised:
        load_units(seeds, [])
    assert "units.yaml: is a symbolic link" in str(raised.value)


@pytest.mark.parametrize("name", ["readings.yaml", "outlets.yaml"])
def test_a_teacher_data_file_linking_out_is_refused(tmp_path, name):
    from medialit.lesson import local_data
    from medialit.lesson.readings import teacher_data_problems

    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("readings: []\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).symlink_to(elsewhere)
    before = local_data.use_seeds_folder(seeds)
    try:
        problems = teacher_data_problems()
    finally:
        local_data.use_seeds_folder(before)
    assert [p.path.name for p in problems] == [name] and "symbolic link" in problems[0].message
