"""Content-hash cache of lessons, so that after editing one seed only that seed is analysed again.

What is cached is the seed's analysis together with the lesson composed from it (questions, readings,
framing: composing costs as much as analysing). An entry is keyed by everything they depend on: the
seed's text, address and review sidecar, the threshold, and the *code version*, a hash of medialit's
Python code and data files (rules, taxonomy, catalog), so that a rules change invalidates every entry.
Rendering (templates) is not cached: it is cheap and a template change must always show. Entries live
in ``.cache/medialit/lessons/<version>/`` under the project root; folders of other versions are removed
when a new version is first written.

The cache is an optimisation, never a source of truth: an entry that cannot be read (corrupt, truncated,
from another Python) is ignored and replaced, and a cache folder that cannot be written is ignored too.
Entries are pickles: whoever can write into the project's ``.cache`` can also edit its code, so this
trusts nothing that the project did not already trust.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import sys
from functools import lru_cache
from pathlib import Path

from ..lesson import local_data
from ..lesson.compose import Lesson
from ..text.source import Source

log = logging.getLogger("mkdocs.medialit")

FORMAT = "medialit-lesson-cache-2"    # an entry: its key, a newline, the pickled lesson
PACKAGE_DIR = Path(__file__).parents[1]   # the whole medialit package: its code and data
# Modules that only present or orchestrate cached lessons: editing them cannot change a cached lesson.
PRESENTATION_ONLY = {"hook.py", "cli.py", "progress.py", "render.py", "textview.py", "checking.py", "__main__.py"}


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of medialit's code and data files: changes whenever a rule, the taxonomy, the catalog or
    any code does. (Broader than strictly needed; a stale lesson would be worse than a slow build.)"""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    files = sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and (p.suffix == ".py" or "data" in p.parts))
    for file in files:
        if "__pycache__" in file.parts or file.name in PRESENTATION_ONLY:
            continue
        digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def review_path(source: Source) -> Path:
    return source.path.with_suffix(".review.yaml")


def entry_key(source: Source, threshold: float) -> str:
    digest = hashlib.sha256()
    digest.update(f"{threshold!r}\0{source.slug}\0{source.path}\0{source.body_start}\0".encode())
    digest.update(f"{local_data.fingerprint()}\0".encode())    # the teacher's readings and outlets
    digest.update(source.content.encode("utf-8", "surrogatepass") + b"\0")
    review = review_path(source)
    try:
        digest.update(review.read_bytes())
    except OSError:
        digest.update(b"(no review)")
    return digest.hexdigest()


class LessonCache:
    """``get``/``put`` lessons by seed content. ``folder=None`` makes a cache that remembers nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder / "lessons" / code_version() if folder else None
        self.hits = 0
        self.misses = 0
        self._writable = folder is not None
        self._pruned = False
        self._folders_made: set[Path] = set()

    def get(self, source: Source, threshold: float) -> Lesson | None:
        if self.folder is None:
            self.misses += 1
            return None
        key = entry_key(source, threshold)
        try:
            with open(self._path(key), "rb") as handle:
                stored_key, _, pickled = handle.read().partition(b"\n")
            if stored_key != key.encode():
                raise ValueError("entry does not match its key")
            lesson = pickle.loads(pickled)
            if not isinstance(lesson, Lesson):
                raise ValueError("entry does not hold a lesson")
        except FileNotFoundError:
            lesson = None
        except Exception as error:   # noqa: BLE001 - any damage to an entry only means "analyse again"
            log.debug(f"ignoring a damaged cache entry for {source.path}: {error}")
            lesson = None
        if lesson is None:
            self.misses += 1
        else:
            self.hits += 1
        return lesson

    def put(self, source: Source, threshold: float, lesson: Lesson, pickled: bytes | None = None) -> None:
        """Store ``lesson``; ``pickled`` is the lesson already pickled, when it came from a worker process."""
        if self.folder is None or not self._writable:
            return
        key = entry_key(source, threshold)
        path = self._path(key)
        if pickled is None:
            pickled = pickle.dumps(lesson, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._prune_other_versions()
            if path.parent not in self._folders_made:      # (a mkdir per entry cost ~0.5 ms each)
                path.parent.mkdir(parents=True, exist_ok=True)
                self._folders_made.add(path.parent)
            # Write then rename: a build killed mid-write leaves a stray temp file, never a torn entry.
            # (One writer per cache, this process: a temp name of its own needs no random part.)
            temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
            with open(temporary, "wb") as handle:
                handle.write(key.encode() + b"\n")
                handle.write(pickled)
            os.replace(temporary, path)
        except OSError as error:
            self._writable = False
            log.warning(f"the analysis cache in {self.folder} cannot be written ({error.strerror or error}); "
                        "building without it")

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def _prune_other_versions(self) -> None:
        """Entries of older analysis versions can never be used again: drop them once per build."""
        if self._pruned:
            return
        self._pruned = True
        parent = self.folder.parent
        if parent.is_dir():
            for other in parent.iterdir():
                if other.is_dir() and other.name != self.folder.name:
                    shutil.rmtree(other, ignore_errors=True)
