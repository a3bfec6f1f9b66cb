"""A build never leaves a half-written site, never writes outside its own folders, never overwrites a
hand-written page, and keeps the navigation and index pages from growing with the corpus."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from fixtures.hostile import make_project, tree_digest

from medialit.site import builder as site
from medialit.errors import BuildFailed
from medialit.text.source import find_seeds, load_source


@pytest.fixture()
def project(tmp_path) -> Path:
    return make_project(tmp_path / "project")


@pytest.fixture()
def old_site(project) -> tuple[Path, dict]:
    target = project.parent / "site"
    site.build_site(project, site_dir=target)
    return target, tree_digest(target)


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".building-" in p.name or ".old-" in p.name]


def test_a_strict_build_that_fails_leaves_the_old_site_byte_identical(project, old_site):
    target, before = old_site
    (project.parent / "seeds" / "broken.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    with pytest.raises(BuildFailed, match="left untouched"):
        site.build_site(project, site_dir=target, strict=True)
    assert tree_digest(target) == before
    assert _leftovers(project.parent) == []


def test_an_exception_in_generation_leaves_the_old_site_byte_identical(project, old_site, monkeypatch):
    target, before = old_site

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(site, "render_pages", explode)
    with pytest.raises(RuntimeError, match="boom"):
        site.build_site(project, site_dir=target)
    assert tree_digest(target) == before
    assert _leftovers(project.parent) == []


def test_a_seed_that_breaks_the_renderer_is_left_out_alone(project, tmp_path, monkeypatch):
    real = site.render_text

    def fragile(source, *args):
        if "nato-ramp-up" in source.path.name:
            raise ValueError("renderer bug")
        return real(source, *args)

    monkeypatch.setattr(site, "render_text", fragile)
    (project.parent / "seeds" / "units.yaml").unlink(missing_ok=True)   # a unit naming the lost lesson fails the build
    report = site.build(project, site_dir=tmp_path / "out")
    assert report.stats.lessons == 1
    assert [p.path.name for p in report.problems] == ["peters-us-and-nato-ramp-up-anti-russia-war-drive.md"]
    assert "renderer bug" in report.problems[0].message and "please report it" in report.problems[0].fix


def test_a_hand_written_lesson_wins_and_docs_are_never_written(project, tmp_path):
    docs = project.parent / "docs"
    slug = load_source(find_seeds(project.parent / "seeds")[0]).slug
    (docs / "lessons").mkdir(exist_ok=True)
    (docs / "lessons" / f"{slug}.md").write_text("# My own version\n\nWritten by the teacher.\n", encoding="utf-8")
    before = tree_digest(docs)
    target = site.build_site(project, site_dir=tmp_path / "out")
    assert tree_digest(docs) == before
    assert "Written by the teacher." in (target / "lessons" / f"{slug}.html").read_text(encoding="utf-8")
    written = {p.name for p in project.parent.iterdir()}
    assert written <= {"mkdocs.yml", "docs", "seeds", ".cache"}, written


def test_the_swap_copies_when_the_target_cannot_be_renamed(tmp_path, monkeypatch):
    staging, target = tmp_path / ".out.building-1", tmp_path / "out"
    for folder, text in ((staging, "new"), (target, "old")):
        (folder / "sub").mkdir(parents=True)
        (folder / "index.html").write_text(text)
        (folder / "sub" / f"{text}.html").write_text(text)
    real_rename = Path.rename

    def rename(self, other):
        if self == staging:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_rename(self, other)

    monkeypatch.setattr(Path, "rename", rename)
    site._swap(staging, target)
    assert (target / "index.html").read_text() == "new"
    assert sorted(p.name for p in (target / "sub").iterdir()) == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_refuses_to_build_into_a_project_folder(project):
    with pytest.raises(BuildFailed, match="project folder"):
        site.build_site(project, site_dir=project.parent / "docs")
    (project.parent / "notes").mkdir()
    (project.parent / "notes" / "todo.txt").write_text("mine")
    with pytest.raises(BuildFailed, match="does not look like a built site"):
        site.build_site(project, site_dir=project.parent / "notes")


def test_lessons_are_kept_out_of_the_sidebar(project, tmp_path, caplog):
    target = site.build_site(project, site_dir=tmp_path / "out")
    assert "  - lessons/" not in caplog.text, "generated lessons must be marked as not in the nav"
    first, second = sorted(p for p in (target / "lessons").glob("*.html") if p.name != "index.html")
    # No page carries a link to every lesson: a lesson's sidebar does not list the others.
    assert f'href="{second.name}"' not in first.read_text(encoding="utf-8")
    assert f'href="{first.name}"' not in second.read_text(encoding="utf-8")


def test_technique_pages_are_capped_with_a_path_to_all_examples():
    from medialit.site.render import make_environment
    from medialit.analysis.taxonomy import load_taxonomy

    project = site.Project(root=site.Path("."), seeds_dir=Path(__file__).parents[1] / "seeds", docs_dir=Path("docs"))
    generated = site.generate(project)
    taxonomy = load_taxonomy()
    lesson = generated.lessons[0]
    notes = [n for p in site.render_text(lesson.source, lesson.analysis.shown_techniques, taxonomy) for n in p.notes]
    assert notes, "the seed lesson has no shown flag to repeat"
    examples = [(lesson, notes[0])] * (2 * site.EXAMPLES_PER_PAGE + 5)
    technique = taxonomy.techniques[0]
    pages = site.render_technique_pages(make_environment(), technique, examples,
                                        dict(taxonomy=taxonomy, edition="student", lessons=generated.lessons))
    assert sorted(pages) == sorted([f"techniques/{technique.id}.md", f"techniques/{technique.id}/examples.md",
                                    f"techniques/{technique.id}/examples-2.md", f"techniques/{technique.id}/examples-3.md"])
    main = pages[f"techniques/{technique.id}.md"]
    assert main.count("\n- “") == site.EXAMPLES_ON_TECHNIQUE_PAGE
    assert f"[All {len(examples)} examples]({technique.id}/examples.md)" in main
    assert pages[f"techniques/{technique.id}/examples-3.md"].count("\n- “") == 5
    assert "search:\n  exclude: true" in pages[f"techniques/{technique.id}/examples-2.md"]


def test_a_technique_page_shows_a_long_flagged_passage_shortened():
    """A flag over a whole long passage (a repetition across a huge paragraph) made its technique page
    half a megabyte of Markdown, which took MkDocs minutes: examples are shortened."""
    from dataclasses import replace

    from medialit.analysis.taxonomy import load_taxonomy
    from medialit.site.render import make_environment

    project = site.Project(root=site.Path("."), seeds_dir=Path(__file__).parents[1] / "seeds", docs_dir=Path("docs"))
    generated = site.generate(project)
    taxonomy = load_taxonomy()
    lesson = generated.lessons[0]
    note = [n for p in site.render_text(lesson.source, lesson.analysis.shown_techniques, taxonomy) for n in p.notes][0]
    long_note = replace(note, finding=replace(note.finding, text="the regime " * 5000))
    technique = taxonomy.techniques[0]
    pages = site.render_technique_pages(make_environment(), technique, [(lesson, long_note)],
                                        dict(taxonomy=taxonomy, edition="student", lessons=generated.lessons))
    page = pages[f"techniques/{technique.id}.md"]
    assert "the regime the regime" in page and len(page) < 5000 and "…" in page
