"""Issue 17.2: when site/ is a mount point (it cannot be renamed), a full disk never costs the previous site.

No root needed: the mount point is simulated by a rename of the site folder that fails with EBUSY, as
rename(2) does on a mount point, and the full disk by a copy that fails part way with ENOSPC."""

from __future__ import annotations

import contextlib
import errno
import io
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from fixtures.hostile import make_project, tree_digest

from medialit.cli import main
from medialit.errors import BuildFailed
from medialit.site import builder


@pytest.fixture
def mounted(monkeypatch):
    """Make every folder named 'site' behave like a mount point: it cannot be renamed."""
    real_rename = Path.rename

    def rename(self, other):
        if self.name == "site":
            raise OSError(errno.EBUSY, "Device or resource busy", str(self))
        return real_rename(self, other)

    monkeypatch.setattr(Path, "rename", rename)


def full_after(count: int, monkeypatch) -> list:
    """Copies into the site fail with ENOSPC after ``count`` files."""
    copied = []
    real = builder._copy_file

    def copy(source, target):
        if len(copied) >= count:
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        copied.append(target)
        real(source, target)

    monkeypatch.setattr(builder, "_copy_file", copy)
    return copied


def small_site(folder: Path, text: str) -> Path:
    (folder / "sub").mkdir(parents=True)
    (folder / "index.html").write_text(text)
    for n in range(5):
        (folder / "sub" / f"{text}-{n}.html").write_text(text * 100)
    return folder


def build(config: Path, site: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["build", "-q", "--config", str(config), "--site-dir", str(site)])
    return code, out.getvalue(), err.getvalue()


def test_a_full_disk_in_a_mounted_site_keeps_the_previous_site_and_says_so(tmp_path, monkeypatch):
    config = make_project(tmp_path / "project")
    site = tmp_path / "site"
    assert build(config, site)[0] == 0
    before = tree_digest(site)
    real_rename = Path.rename

    def rename(self, other):
        if self == site:
            raise OSError(errno.EBUSY, "Device or resource busy", str(self))
        return real_rename(self, other)

    monkeypatch.setattr(Path, "rename", rename)
    full_after(10, monkeypatch)
    code, out, err = build(config, site)
    assert code == 1, err
    assert "No space left on device" in err and "the previous site was left as it was" in err
    assert "bug" not in err, err
    assert tree_digest(site) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_new_site_is_swapped_in_inside_the_mount_point(tmp_path, mounted):
    staging, target = small_site(tmp_path / ".site.building-1", "new"), small_site(tmp_path / "site", "old")
    builder._swap(staging, target)
    assert (target / "index.html").read_text() == "new"
    assert sorted(p.name for p in (target / "sub").iterdir()) == [f"new-{n}.html" for n in range(5)]
    assert sorted(p.name for p in target.iterdir()) == ["index.html", "sub"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_copy_failing_part_way_removes_the_partial_copy(tmp_path, mounted, monkeypatch):
    staging, target = small_site(tmp_path / ".site.building-1", "new"), small_site(tmp_path / "site", "old")
    before = tree_digest(target)
    full_after(3, monkeypatch)
    with pytest.raises(BuildFailed, match="No space left on device.*the partial copy was removed and the previous site was left as it was"):
        builder._swap(staging, target)
    assert tree_digest(target) == before
    assert sorted(p.name for p in target.iterdir()) == ["index.html", "sub"]


def test_free_space_is_checked_before_anything_is_copied(tmp_path, mounted, monkeypatch):
    staging, target = small_site(tmp_path / ".site.building-1", "new"), small_site(tmp_path / "site", "old")
    before = tree_digest(target)
    copied = full_after(10**6, monkeypatch)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 50_000, 50_000))
    with pytest.raises(BuildFailed, match=r"0\.1 MB free.*previous site was left as it was"):
        builder._swap(staging, target)
    assert copied == [] and tree_digest(target) == before


def test_a_swap_failing_half_way_moves_everything_back(tmp_path, mounted, monkeypatch):
    staging, target = small_site(tmp_path / ".site.building-1", "new"), small_site(tmp_path / "site", "old")
    before = tree_digest(target)
    real_rename = Path.rename

    def rename(self, other):
        if self.name == "site":
            raise OSError(errno.EBUSY, "Device or resource busy", str(self))
        if self.parent.name.startswith(".medialit-new-") and self.name == "sub":
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real_rename(self, other)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(BuildFailed, match="Input/output error.*the previous site was left as it was"):
        builder._swap(staging, target)
    assert tree_digest(target) == before
    assert sorted(p.name for p in target.iterdir()) == ["index.html", "sub"]


def test_hidden_folders_of_a_killed_swap_are_cleaned(tmp_path, mounted):
    staging, target = small_site(tmp_path / ".site.building-1", "new"), small_site(tmp_path / "site", "old")
    (target / ".medialit-new-999999999").mkdir()
    builder._swap(staging, target)
    assert sorted(p.name for p in target.iterdir()) == ["index.html", "sub"]
