"""Files read from the seeds folder stay in the seeds folder: a symbolic link that leads out is refused.

A seed pack from a git repository or an archive can carry links (``seeds/a.md -> /etc/passwd``);
followed, the linked file would be published as a lesson and in the search index. Links between files
of the seeds folder itself stay allowed.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, Problem


def refuse_link_out(path: Path, what: str = "a seed") -> None:
    """Raise InputError when ``path`` is a symbolic link leading out of the folder it is in."""
    folder = path.parent.resolve()
    try:
        real = path.resolve()
    except (OSError, RuntimeError):         # a link loop: refused the same way
        real = None
    if real is not None and real.is_relative_to(folder):
        return
    raise InputError([Problem(
        path, f"is a symbolic link to {real or 'itself (a loop)'}, outside the folder {folder}; medialit does not "
              f"read {what} through a link that leaves that folder, so that no other file of this computer is published",
        fix=f"copy the file into {folder} instead of linking to it, or delete the link")])
