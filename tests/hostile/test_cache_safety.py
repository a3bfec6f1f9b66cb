"""Issue 17.3: the cache deletes nothing it did not make, and never unpickles an entry it did not write."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest
from fixtures.hostile import ROOT

from medialit.site import builder as site
from medialit.site import cache as cache_module
from medialit.site.cache import LessonCache, entry_key
from medialit.text.source import load_source

TEXT = "---\ntitle: \"Text {n}\"\n---\n\nOfficials said the plan is a total disaster, number {n}.\n"


@pytest.fixture(autouse=True)
def own_key(tmp_path, monkeypatch):
    """A key of the test's own, so that the tests never depend on (or touch) the real ~/.config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def project(tmp_path: Path, cache_dir: Path) -> site.Project:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for n in (1, 2):
        (seeds / f"text-{n}.md").write_text(TEXT.format(n=n), encoding="utf-8")
    return site.Project(root=tmp_path, seeds_dir=seeds, docs_dir=ROOT / "docs", cache_dir=cache_dir)


def someone_elses(folder: Path) -> dict[str, bytes]:
    (folder / "lessons" / "holiday-photos").mkdir(parents=True)
    (folder / "lessons" / "holiday-photos" / "beach.jpg").write_bytes(b"\xff\xd8 a photo")
    (folder / "lessons" / "grades").mkdir()
    (folder / "lessons" / "grades" / "class-9.csv").write_text("name,grade\n")
    (folder / "notes.txt").write_text("mine")
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def files_of(folder: Path, before: dict) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in before if (folder / name).is_file()}


@pytest.mark.parametrize("how", ["setting", "symlink"])
def test_pruning_never_deletes_folders_it_did_not_make(tmp_path, monkeypatch, how):
    theirs = tmp_path / "their-folder"
    before = someone_elses(theirs)
    if how == "setting":
        cache_dir = theirs
    else:                                   # .cache/medialit is a symlink to their folder
        (tmp_path / ".cache").mkdir()
        (tmp_path / ".cache" / "medialit").symlink_to(theirs)
        cache_dir = tmp_path / ".cache" / "medialit"
    this = project(tmp_path, cache_dir)
    site.generate(this)
    monkeypatch.setattr(cache_module, "code_version", lambda: "a-newer-version")   # prunes the old version
    stats = site.generate(this).stats
    assert stats.analysed == 2
    assert files_of(theirs, before) == before
    own = theirs / "lesson-cache"
    assert sorted(p.name for p in own.iterdir() if p.is_dir()) == ["a-newer-version"]


def test_the_cache_folder_is_made_private_and_marked(tmp_path):
    site.generate(project(tmp_path, tmp_path / "cache"))
    own = tmp_path / "cache" / "lesson-cache"
    assert (own / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    key = tmp_path / "config" / "medialit" / "cache-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and not key.is_relative_to(own)


class Planted:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').write('ran')",))


def test_a_planted_entry_is_never_unpickled(tmp_path):
    this = project(tmp_path, tmp_path / "cache")
    source = load_source(this.seeds_dir / "text-1.md")
    cache = LessonCache(this.cache_dir)
    key = entry_key(source, this.threshold)
    path = cache._path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    ran = tmp_path / "code-ran"
    evil = pickle.dumps(Planted(ran))
    for planted in (key.encode() + b"\n" + evil,                                 # the format before issue 17
                    key.encode() + b"\n" + b"0" * 64 + b"\n" + evil):            # a MAC made without the secret
        path.write_bytes(planted)
        assert cache.get(source, this.threshold) is None
        assert not ran.exists(), "a planted cache entry ran code"
    stats = site.generate(this).stats
    assert stats.analysed == 2 and not ran.exists()
    assert site.generate(this).stats.from_cache == 2        # entries it wrote itself are used


def test_a_cache_folder_others_can_write_is_refused(tmp_path, caplog):
    this = project(tmp_path, tmp_path / "cache")
    site.generate(this)
    own = tmp_path / "cache" / "lesson-cache"
    own.chmod(0o777)
    stats = site.generate(this).stats
    assert stats.from_cache == 0
    assert "others can write it" in caplog.text


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no file owners or modes")
def test_a_key_others_can_read_is_refused(tmp_path, caplog):
    this = project(tmp_path, tmp_path / "cache")
    site.generate(this)
    (tmp_path / "config" / "medialit" / "cache-key").chmod(0o644)
    assert site.generate(this).stats.from_cache == 0
    assert "cache-key" in caplog.text and "read or write" in caplog.text


def test_a_lesson_cache_folder_it_did_not_mark_is_left_alone(tmp_path, caplog):
    planted = tmp_path / "cache" / "lesson-cache" / "something"
    planted.mkdir(parents=True)
    (planted / "file").write_text("theirs")
    this = project(tmp_path, tmp_path / "cache")
    assert site.generate(this).stats.analysed == 2
    assert "not a medialit cache" in caplog.text
    assert (planted / "file").read_text() == "theirs"
    assert sorted(p.name for p in planted.parent.iterdir()) == ["something"]
