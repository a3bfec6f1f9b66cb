"""Lesson addresses that stay put: each seed keeps the address (slug) it was first given.

A lesson's address comes from its title, and two seeds with the same title cannot share one: the second
gets '-2'. Which one is "second" must not depend on file names, or a new seed sorting before an old one
would take over the old lesson's address, and units, bookmarks and saved progress would follow the new
text. So every build records the addresses it gave in ``seeds/addresses.tsv`` (one ``address<TAB>file``
line per seed; keep the file with the seeds), and the next build gives each recorded seed its address
back before the newcomers get theirs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ADDRESSES_FILE = "addresses.tsv"
_HEADER = ("# The address of each lesson, given once and kept (medialit writes this file; keep it with the seeds,\n"
           "# so that a new seed with the same title never takes an existing lesson's address).\n")
# Addresses medialit itself uses among the lessons: a title "Index" gets 'index-2'.
RESERVED_SLUGS = {"index"}


def read_addresses(seeds_dir: Path) -> dict[str, str]:
    """File name -> address, as recorded; empty when there is no record or it cannot be read."""
    try:
        text = (seeds_dir / ADDRESSES_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    recorded = {}
    for line in text.splitlines():
        slug, _, name = line.partition("\t")
        if not line.startswith("#") and name and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            recorded[name] = slug
    return recorded


def write_addresses(seeds_dir: Path, addresses: dict[str, str]) -> None:
    """Record the addresses (atomically; only when they changed). A read-only seeds folder just goes
    without a record: the addresses then follow file-name order, as before."""
    if addresses == read_addresses(seeds_dir):
        return
    path = seeds_dir / ADDRESSES_FILE
    temporary = seeds_dir / f".{ADDRESSES_FILE}.{os.getpid()}"
    lines = "".join(f"{slug}\t{name}\n" for name, slug in sorted(addresses.items(), key=lambda kv: (kv[1], kv[0]))
                    if not re.search(r"[\t\n\r]", name))     # (a name that would break the line is not recorded)
    try:
        temporary.write_text(_HEADER + lines, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def fits(recorded: str, slug: str) -> bool:
    """Whether a recorded address still belongs to a title whose own address is ``slug``."""
    return recorded == slug or re.fullmatch(re.escape(slug) + r"-\d+", recorded) is not None


def unique_slug(slug: str, taken: set[str]) -> str:
    """Duplicate titles never drop a lesson: the second gets '-2', the third '-3'."""
    candidate, number = slug, 2
    while candidate in taken or candidate in RESERVED_SLUGS:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
