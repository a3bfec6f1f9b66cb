"""Where a benchmark's figures come from: the date, the commit measured and the machine.

Run from an export of a commit (``git archive``) while the checkout changes, name it in $MEDIALIT_COMMIT.
A checkout with uncommitted changes says so, since its figures belong to no commit."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commit() -> str:
    if os.environ.get("MEDIALIT_COMMIT"):
        return os.environ["MEDIALIT_COMMIT"]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes)" if dirty else "")


def run_meta(**extra) -> dict:
    """Date, commit and machine of this run, with the benchmark's own ``extra`` fields."""
    return {"date": dt.date.today().isoformat(), "commit": commit(),
            "machine": f"{platform.machine()}, {platform.processor() or platform.system()}, "
                       f"Python {platform.python_version()}", **extra}
