"""A failed build's last word, and which leftovers a build removes (scripts/medialit/site/builder.py)."""

from __future__ import annotations

import os

from mkdocs.exceptions import Abort

from medialit.site import builder


def test_a_strict_build_stopped_by_mkdocs_warnings_says_so(tmp_path):
    report = builder.BuildReport(target=tmp_path / "site", edition="student", stats=builder.BuildStats())
    message = builder._why_it_failed(Abort("Aborted with 2 warnings in strict mode!"), report, strict=True)
    assert "stopped on MkDocs' warnings" in message and "without --strict" in message


def test_the_staging_copy_of_a_running_build_is_kept_and_a_dead_ones_removed(tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    ours = tmp_path / f".site.building-{os.getpid()}"
    ours.mkdir()
    dead = tmp_path / ".site.building-999999999"      # no process has this id
    dead.mkdir()
    builder.recover_leftovers(target)
    assert ours.is_dir() and not dead.exists()


def test_an_earlier_swap_of_this_process_is_cleaned_from_the_mount(tmp_path):
    target = tmp_path / "site"
    (target / f".medialit-old-{os.getpid()}").mkdir(parents=True)
    (target / "index.html").write_text("kept", encoding="utf-8")
    builder._remove_stale_swaps(target)
    assert sorted(p.name for p in target.iterdir()) == ["index.html"]
