"""Readings and outlet profiles a teacher keeps next to the seeds, without editing the package.

``seeds/readings.yaml`` adds readings (and, if needed, perspectives, frames and groups) to the package's
catalog; ``seeds/outlets.yaml`` adds outlet profiles. Both use the package files' format (see
docs/teachers/guide.md). The build, ``medialit check`` and the MkDocs hook name the seeds folder with
``use_seeds_folder``; ``load_catalog()`` and ``load_outlets()`` then return the package's data merged
with the teacher's, and ``readings.teacher_data_problems()`` lists the problems in the teacher's files. A file with a mistake is left out (its problems reported with file, line and fix),
never half-used: the lessons still build from the package's data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ..datafiles import field_checked
from ..errors import InputError
from ..text.links import refuse_link_out

READINGS_NAME = "readings.yaml"
OUTLETS_NAME = "outlets.yaml"

_folder: Path | None = None


def use_seeds_folder(folder: Path | None) -> Path | None:
    """Read teacher data from ``folder`` from now on (None: the package's data only); returns the
    folder used before, so that a caller can restore it."""
    global _folder
    before = _folder
    _folder = Path(folder).resolve() if folder is not None else None
    return before


def seeds_folder() -> Path | None:
    return _folder


def local_file(name: str) -> Path | None:
    """The teacher's file of that name next to the seeds, if there is one."""
    if _folder is None:
        return None
    path = _folder / name
    return path if path.is_file() else None


def stamp(path: Path | None) -> tuple | None:
    """What identifies a version of a file cheaply (so an edited file is read again by ``medialit serve``)."""
    if path is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def merged(path: Path, package_path: Path, name: str, load_package: Callable, parse_local: Callable):
    """The data of ``path`` (loaded by ``load_package``), merged by ``parse_local(local, problems, base)``
    with the teacher's file ``name`` when ``path`` is the package's own file and that file exists. A
    teacher's file with any problem is left out whole (``local_problems`` reports it)."""
    local = local_file(name) if path == package_path else None
    return _merged(path, local, stamp(local), load_package, parse_local)


@lru_cache(maxsize=16)
def _merged(path: Path, local: Path | None, _stamp, load_package: Callable, parse_local: Callable):
    base = load_package(path)
    if local is None or _link_problems(local):
        return base
    problems: list = []
    result = field_checked(lambda path, found: parse_local(path, found, base), local, problems)
    return base if problems else result


def local_problems(local: Path, path: Path, load_package: Callable, parse_local: Callable) -> list:
    """Every problem in a teacher's file, checked against the package's data in ``path``."""
    problems: list = _link_problems(local)
    if not problems:
        base = load_package(path)
        field_checked(lambda path, found: parse_local(path, found, base), local, problems)   # misspelled fields too
    return problems


def _link_problems(local: Path) -> list:
    """A teacher's file that is a symbolic link out of the seeds folder is refused, as seeds are."""
    try:
        refuse_link_out(local, "a teacher's data file")
    except InputError as error:
        return list(error.problems)
    return []


def fingerprint() -> str:
    """A hash of the teacher's data files, for the lesson cache: a lesson made with other readings or
    profiles is not reused. (Asked once per seed: remembered while the files stay as they are.)"""
    key = (_folder, *(stamp(local_file(name)) for name in (READINGS_NAME, OUTLETS_NAME)))
    if _fingerprints.get(key) is None:
        _fingerprints.clear()
        _fingerprints[key] = _digest()
    return _fingerprints[key]


_fingerprints: dict[tuple, str] = {}


def _digest() -> str:
    digest = hashlib.sha256()
    for name in (READINGS_NAME, OUTLETS_NAME):
        path = local_file(name)
        digest.update(name.encode() + b"\0")
        if path is not None:
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"(unreadable)")
        digest.update(b"\0")
    return digest.hexdigest()[:16]


__all__ = ["OUTLETS_NAME", "READINGS_NAME", "fingerprint", "local_file", "local_problems", "merged", "seeds_folder", "stamp",
           "use_seeds_folder"]
