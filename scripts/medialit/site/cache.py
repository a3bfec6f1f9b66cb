"""Content-hash cache of lessons, so that after editing one seed only that seed is analysed again.

What is cached is the seed's analysis together with the lesson composed from it (questions, readings,
framing: composing costs as much as analysing). An entry is keyed by everything they depend on: the
seed's text, address and review sidecar, the threshold, and the *code version*, a hash of medialit's
Python code and data files (rules, taxonomy, catalog), so that a rules change invalidates every entry.
Rendering (templates) is not cached: it is cheap and a template change must always show. Entries live
in ``.cache/medialit/lesson-cache/<version>/`` under the project root; folders of other versions are
removed when a new version is first written.

The cache is an optimisation, never a source of truth: an entry that cannot be read (corrupt, truncated,
from another Python) is ignored and replaced, and a cache folder that cannot be written is ignored too.

The cache trusts nothing it did not make (issue 17):
- Its folder is medialit's own: ``lesson-cache`` inside the folder the settings name, created by medialit
  (owner-only) and marked with a ``CACHEDIR.TAG`` naming medialit. A ``lesson-cache`` that is not empty
  and carries no such mark is not used, nor one that others can write; nothing else in the named folder
  (``MEDIALIT_CACHE_DIR`` pointed at a folder of other files, a symlinked ``.cache/medialit``) is ever
  touched. Old versions are pruned only when their folder carries medialit's version mark.
- Entries are pickles, so each is authenticated before it is unpickled: an HMAC-SHA256 with a secret
  of this user's (``cache-key`` in ``$XDG_CONFIG_HOME/medialit`` or ``~/.config/medialit``, mode
  0600, outside the cache folder). A planted or edited entry fails the check and is analysed again; it
  is never unpickled. (Pickle, not JSON: a lesson is a deep tree of dataclasses, and pickling keeps the
  1,000-lesson cold build within its budget. The MAC costs well under a millisecond a lesson.)
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import shutil
import stat
import sys
from functools import lru_cache
from pathlib import Path

from ..lesson import local_data
from ..lesson.compose import Lesson
from ..text.source import Source

log = logging.getLogger("mkdocs.medialit")

FORMAT = "medialit-lesson-cache-3"    # an entry: its key, a newline, its MAC (hex), a newline, the pickled lesson
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


CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by medialit (its analysed lessons).\n"
                "# For information about cache directory tags see https://bford.info/cachedir/\n")
# The folder medialit makes for itself inside the cache folder named by the settings (.cache/medialit,
# MEDIALIT_CACHE_DIR, cache_dir): whatever else is there is never touched.
OWN_FOLDER = "lesson-cache"
VERSION_MARK = ".medialit-cache-version"     # in each version folder: "medialit lesson cache <version>"
KEY_BYTES = 32


class CacheRefused(Exception):
    """The cache folder or the key cannot be trusted: the build goes on without the cache."""


def key_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "medialit" / "cache-key"


def cache_secret(path: Path | None = None) -> bytes:
    """This user's secret for the entries' MACs, made on first use (0600, in a 0700 folder)."""
    path = path or key_file()
    try:
        if not path.exists():
            _make_key(path)
        _refuse_shared(path, "the cache key", f"delete {path}: medialit makes a new one (the cache is then analysed again)")
        with open(path, "rb") as handle:
            secret = handle.read(1024)
    except OSError as error:
        raise CacheRefused(f"the cache key {path} cannot be made or read ({error.strerror or error})") from None
    if len(secret) < KEY_BYTES:
        raise CacheRefused(f"the cache key {path} is too short; delete it and medialit makes a new one")
    return secret


def _make_key(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".cache-key-{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secrets.token_hex(KEY_BYTES).encode())
    try:
        os.link(temporary, path)        # never replaces a key another build made meanwhile
    except FileExistsError:
        pass
    finally:
        temporary.unlink()


def _refuse_shared(path: Path, what: str, fix: str) -> None:
    """Refuse a file or folder that is not this user's, or that others can write (a key: or read)."""
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise CacheRefused(f"{what} {path} is a symbolic link; {fix}")
    if not hasattr(os, "geteuid"):      # (no owners or modes to check on Windows)
        return
    others = 0o077 if stat.S_ISREG(info.st_mode) else 0o022
    if info.st_uid != os.geteuid() or info.st_mode & others:
        raise CacheRefused(f"{what} {path} belongs to another user or others can "
                           f"{'read or write' if others == 0o077 else 'write'} it; {fix}")


def own_cache_folder(folder: Path) -> Path:
    """``folder``, made medialit's own cache folder (created and marked) or proved to be one already."""
    tag = folder / "CACHEDIR.TAG"
    try:
        if folder.is_symlink():
            raise CacheRefused(f"the cache folder {folder} is a symbolic link; name the real folder instead")
        if not folder.exists():
            folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)       # (another build may make it at the same moment)
        elif not _is_ours(tag):
            if any(folder.iterdir()):
                raise CacheRefused(f"{folder} holds files and is not a medialit cache (no CACHEDIR.TAG made by "
                                   "medialit), so medialit will not write or delete anything in it; name another folder "
                                   "in MEDIALIT_CACHE_DIR or cache_dir")
        _refuse_shared(folder, "the cache folder", "make it yours and writable only by you (chmod go-w), or name another")
        if not _is_ours(tag):
            tag.write_text(CACHEDIR_TAG, encoding="utf-8")
    except OSError as error:
        raise CacheRefused(f"the cache folder {folder} cannot be made or marked ({error.strerror or error})") from None
    return folder


def _is_ours(tag: Path) -> bool:
    try:
        return tag.is_file() and not tag.is_symlink() and tag.read_text(encoding="utf-8", errors="replace") == CACHEDIR_TAG
    except OSError:
        return False


def entry_mac(secret: bytes, key: bytes, pickled: bytes) -> bytes:
    # HMAC-SHA256: with the processor's SHA instructions ~0.7 ms for a 150 KB lesson, faster than BLAKE2b.
    mac = hmac.new(secret, digestmod="sha256")
    mac.update(key + b"\n")
    mac.update(pickled)
    return mac.hexdigest().encode()


class LessonCache:
    """``get``/``put`` lessons by seed content. ``folder=None`` makes a cache that remembers nothing."""

    def __init__(self, folder: Path | None):
        self.folder = None
        self.hits = 0
        self.misses = 0
        self._pruned = False
        self._folders_made: set[Path] = set()
        self._secret = b""
        if folder is not None:
            try:
                self.folder = own_cache_folder(Path(folder) / OWN_FOLDER) / code_version()
                self._secret = cache_secret()
            except CacheRefused as why:
                self.folder = None
                log.warning(f"building without the analysis cache: {why}")
        self._writable = self.folder is not None

    def get(self, source: Source, threshold: float) -> Lesson | None:
        if self.folder is None:
            self.misses += 1
            return None
        key = entry_key(source, threshold)
        try:
            with open(self._path(key), "rb") as handle:
                stored_key, _, rest = handle.read().partition(b"\n")
            mac, _, pickled = rest.partition(b"\n")
            if stored_key != key.encode():
                raise ValueError("entry does not match its key")
            # Checked before unpickling: an entry this user's medialit did not write is never loaded.
            if not hmac.compare_digest(mac, entry_mac(self._secret, stored_key, pickled)):
                raise ValueError("entry was not written by this user's medialit")
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
                self._make_version_folder()
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                self._folders_made.add(path.parent)
            # Write then rename: a build killed mid-write leaves a stray temp file, never a torn entry.
            # (One writer per cache, this process: a temp name of its own needs no random part.)
            temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
            with open(temporary, "wb") as handle:
                handle.write(key.encode() + b"\n")
                handle.write(entry_mac(self._secret, key.encode(), pickled) + b"\n")
                handle.write(pickled)
            os.replace(temporary, path)
        except OSError as error:
            self._writable = False
            log.warning(f"the analysis cache in {self.folder} cannot be written ({error.strerror or error}); "
                        "building without it")

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def _make_version_folder(self) -> None:
        if self.folder in self._folders_made:
            return
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.folder / VERSION_MARK).write_text(_version_mark(self.folder.name), encoding="utf-8")
        self._folders_made.add(self.folder)

    def _prune_other_versions(self) -> None:
        """Entries of older analysis versions can never be used again: drop them once per build, but only
        folders that carry medialit's version mark (never anything else that happens to be there)."""
        if self._pruned:
            return
        self._pruned = True
        parent = self.folder.parent
        if not parent.is_dir():
            return
        for other in parent.iterdir():
            if other.name != self.folder.name and not other.is_symlink() and other.is_dir() and _marked(other):
                shutil.rmtree(other, ignore_errors=True)


def _version_mark(version: str) -> str:
    return f"medialit lesson cache {version}\n"


def _marked(folder: Path) -> bool:
    mark = folder / VERSION_MARK
    try:
        return not mark.is_symlink() and mark.read_text(encoding="utf-8", errors="replace") == _version_mark(folder.name)
    except OSError:
        return False
