"""The lesson cache: only changed seeds are analysed again; a rules change or a damaged entry costs
time, never correctness; parallel analysis gives the same result as serial, in the same order."""

from __future__ import annotations

import time

import pytest
from fixtures.hostile import ROOT

from medialit.site import cache as cache_module
from medialit.site import parallel
from medialit.site import builder as site
from medialit.text.source import find_seeds, load_source

TEXT = ("---\ntitle: \"Text {n}\"\npublished: 2024-01-{day:02d}\n---\n\nOfficials said the plan is a total disaster. "
        "Everyone knows that the {n} corrupt elites lie.\n\nA second paragraph, number {n}, with \"a quote\".\n")


@pytest.fixture()
def project(tmp_path) -> site.Project:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(1, 5):
        (seeds / f"text-{n}.md").write_text(TEXT.format(n=n, day=n), encoding="utf-8")
    return site.Project(root=tmp_path, seeds_dir=seeds, docs_dir=ROOT / "docs", cache_dir=tmp_path / ".cache")


def test_only_the_edited_seed_is_analysed_again(project):
    first = site.generate(project).stats
    assert (first.analysed, first.from_cache) == (4, 0)
    again = site.generate(project).stats
    assert (again.analysed, again.from_cache) == (0, 4)
    seed = project.seeds_dir / "text-2.md"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    edited = site.generate(project).stats
    assert (edited.analysed, edited.from_cache) == (1, 3)


def test_progress_counts_every_seed_once_cached_or_analysed(project):
    """One bar for the whole stage: a rebuild that takes most lessons from the cache still shows them."""
    calls = []
    site.generate(project, progress=lambda *call: calls.append(call))
    assert calls == [("lessons", n, 4) for n in range(1, 5)]
    seed = project.seeds_dir / "text-2.md"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    calls.clear()
    site.generate(project, progress=lambda *call: calls.append(call))
    assert calls == [("lessons", n, 4) for n in range(1, 5)]


def test_cached_and_fresh_pages_are_identical(project):
    fresh = site.generate(project).pages
    assert site.generate(project).pages == fresh


def test_a_rules_change_invalidates_every_entry(project, monkeypatch):
    site.generate(project)
    monkeypatch.setattr(cache_module, "code_version", lambda: "another-version")
    stats = site.generate(project).stats
    assert (stats.analysed, stats.from_cache) == (4, 0)
    folders = [p.name for p in (project.cache_dir / "lesson-cache").iterdir() if p.is_dir()]
    assert folders == ["another-version"], "entries of the old version were not removed"


def test_a_damaged_entry_is_ignored(project):
    site.generate(project)
    entries = sorted((project.cache_dir / "lesson-cache").rglob("*.pickle"))
    assert len(entries) == 4
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:20])
    entries[2].write_bytes(entries[3].read_bytes())       # a valid entry under the wrong key
    stats = site.generate(project).stats
    assert (stats.analysed, stats.from_cache) == (3, 1)


def test_an_unwritable_cache_is_no_obstacle(project, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    stats = site.generate(site.Project(**{**project.__dict__, "cache_dir": blocker / "cache"})).stats
    assert stats.lessons == 4


def test_the_review_sidecar_is_part_of_the_key(project):
    site.generate(project)
    (project.seeds_dir / "text-1.review.yaml").write_text("drop: []\n", encoding="utf-8")
    assert site.generate(project).stats.analysed == 1


def test_parallel_analysis_matches_serial_in_order(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(parallel.PARALLEL_MIN_ITEMS):
        (seeds / f"t{n:02d}.md").write_text(TEXT.format(n=n, day=1 + n % 28), encoding="utf-8")
    sources = [load_source(p) for p in find_seeds(seeds)] + [load_source(p) for p in find_seeds(ROOT / "seeds")]
    serial = [o.lesson for o in parallel.compose_many(sources, 0.5, workers=1)]
    parallel_run = [o.lesson for o in parallel.compose_many(sources, 0.5, workers=2)]
    assert parallel_run == serial and all(a is not None for a in serial)


def test_pages_do_not_depend_on_where_each_lesson_came_from(tmp_path, monkeypatch):
    """Lessons are rendered as they arrive (cached ones first, then the workers' in order): the pages
    are the same as a build in one process, with no cache, whichever lessons the cache held."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(parallel.PARALLEL_MIN_ITEMS + 4):
        (seeds / f"t{n:02d}.md").write_text(TEXT.format(n=n, day=1 + (7 * n) % 28), encoding="utf-8")
    project = site.Project(root=tmp_path, seeds_dir=seeds, docs_dir=ROOT / "docs", cache_dir=tmp_path / ".cache")
    monkeypatch.setenv("MEDIALIT_WORKERS", "1")
    serial = site.generate(site.Project(**{**project.__dict__, "cache_dir": None}), "teacher").pages
    monkeypatch.setenv("MEDIALIT_WORKERS", "2")
    in_workers = site.generate(project, "teacher")
    entries = sorted((tmp_path / ".cache").rglob("*.pickle"))
    for entry in entries[::2]:
        entry.unlink()
    mixed = site.generate(project, "teacher")
    assert (in_workers.stats.analysed, mixed.stats.analysed, mixed.stats.from_cache) == (20, 10, 10)
    assert in_workers.pages == serial and mixed.pages == serial
    assert list(mixed.pages) == list(serial)


def _leave_a_mark(item, folder):
    import time

    (folder / f"{item}.done").touch()
    time.sleep(0.05)
    return item


def test_a_build_that_stops_early_drops_the_work_not_yet_started(tmp_path):
    """A fatal error (a broken data file or template) stops the build: the workers must not first
    analyse every remaining seed."""
    items = list(range(64))
    results = parallel.map_in_order(_leave_a_mark, items, (tmp_path,), workers=2)
    assert next(results) == 0
    results.close()
    done = len(list(tmp_path.glob("*.done")))
    assert done < len(items) // 2, f"{done} of {len(items)} items ran after the caller stopped"


def test_a_fatal_error_while_rendering_stops_the_analysis_at_once(tmp_path, monkeypatch):
    from medialit.errors import InputError

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(64):
        (seeds / f"t{n:02d}.md").write_text(TEXT.format(n=n, day=1 + n % 28), encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "lesson.md.j2").write_text("{% if %}\n", encoding="utf-8")
    marks = tmp_path / "marks"
    marks.mkdir()
    real = parallel.compose_one

    def marked(source, threshold):
        (marks / source.path.name).touch()
        # Slow seeds (analysing all 64 takes 3 s or more): a build process slowed down by a busy machine
        # still fails long before the workers could reach the end.
        time.sleep(0.1)
        return real(source, threshold)

    monkeypatch.setattr(parallel, "compose_one", marked)
    monkeypatch.setenv("MEDIALIT_WORKERS", "2")
    with pytest.raises(InputError):
        site.generate(site.Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs", templates_dir=templates))
    analysed = len(list(marks.iterdir()))
    assert analysed < 48, f"{analysed} of 64 seeds were analysed after the build had failed"


def _dies_in_a_worker(item, parent):
    import os

    if item == 5 and os.getpid() != parent:
        os._exit(1)             # as the kernel's out-of-memory killer would end it
    return item * item


def test_a_worker_that_dies_costs_time_not_lessons(caplog):
    import os

    items = list(range(40))
    results = list(parallel.map_in_order(_dies_in_a_worker, items, (os.getpid(),), workers=2))
    assert results == [item * item for item in items]
    assert "a worker process stopped" in caplog.text


def test_a_detector_crash_on_one_seed_is_an_outcome_not_an_exception(monkeypatch):
    source = load_source(find_seeds(ROOT / "seeds")[0])
    monkeypatch.setattr(parallel, "analyze", lambda *a: 1 / 0)
    outcome = parallel.compose_one(source, 0.5)
    assert outcome.lesson is None and "ZeroDivisionError" in outcome.error


def test_a_rendering_crash_leaves_that_lesson_out_and_names_it(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(parallel.PARALLEL_MIN_ITEMS):
        (seeds / f"t{n:02d}.md").write_text(TEXT.format(n=n, day=1 + n % 28), encoding="utf-8")
    real = site.render_text

    def fails_on_one(source, *args):
        if source.path.name == "t03.md":
            raise ValueError("boom")
        return real(source, *args)

    monkeypatch.setattr(site, "render_text", fails_on_one)
    generated = site.generate(site.Project(root=tmp_path, seeds_dir=seeds, docs_dir=tmp_path / "docs"))
    assert "lessons/text-3.md" not in generated.pages and "lessons/text-4.md" in generated.pages
    assert [p.path.name for p in generated.problems] == ["t03.md"]
    assert "ValueError: boom" in generated.problems[0].message


def test_without_fork_a_few_seeds_are_analysed_here_one_after_another(monkeypatch):
    """Where processes cannot fork (Windows), spawning workers pays only for larger corpora."""
    monkeypatch.setattr(parallel.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(parallel, "_in_processes", lambda *a: pytest.fail("no worker processes for a few seeds"))
    sources = [load_source(p) for p in find_seeds(ROOT / "seeds")] * (parallel.PARALLEL_MIN_ITEMS // 2)
    outcomes = list(parallel.compose_many(sources, 0.5, workers=2))
    assert [o.lesson.slug for o in outcomes] == [s.slug for s in sources]


def test_without_fork_a_large_corpus_is_analysed_in_spawned_workers(tmp_path, monkeypatch):
    """Spawned workers get the seeds pickled and load the rules themselves: same lessons, same order."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(parallel.SPAWN_MIN_ITEMS):
        (seeds / f"t{n:03d}.md").write_text(TEXT.format(n=n, day=1 + n % 28), encoding="utf-8")
    sources = [load_source(p) for p in find_seeds(seeds)]
    serial = [o.lesson for o in parallel.compose_many(sources, 0.5, workers=1)]
    monkeypatch.setattr(parallel.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    started = []
    real = parallel._in_processes
    monkeypatch.setattr(parallel, "_in_processes", lambda *a: started.append(a[-1]) or real(*a))
    spawned = [o.lesson for o in parallel.compose_many(sources, 0.5, workers=2)]
    assert started == ["spawn"]
    assert spawned == serial and all(lesson is not None for lesson in spawned)

def test_a_build_leaves_nothing_frozen_for_the_garbage_collector(project):
    """Lessons are frozen as they arrive (full collections skip them); a long-running ``mkdocs serve``
    must get them back, or every rebuild would keep its cyclic garbage for good."""
    import gc

    gc.unfreeze()
    generated = site.generate(project)
    assert generated.lessons and gc.get_freeze_count() == 0
