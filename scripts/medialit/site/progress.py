"""Progress of long builds on stderr, with no dependency: a bar redrawn in place on a terminal, a line
every 10% otherwise (CI logs), nothing for small corpora."""

from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

Progress = Callable[[str, int, int], None]

MIN_TOTAL = 20          # below this a build is quick: no progress output at all
BAR_WIDTH = 30


class ProgressBar:
    """A ``Progress`` callable: ``bar(stage, done, total)``."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self._started: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < MIN_TOTAL:
            return
        start = self._started.setdefault(stage, time.perf_counter())
        if _is_tty(self.stream):
            filled = BAR_WIDTH * done // total
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            end = "\n" if done == total else "\r"
            self.stream.write(f"  {stage:<10} [{bar}] {done}/{total} {time.perf_counter() - start:5.1f}s{end}")
            self.stream.flush()
        elif done % max(1, total // 10) == 0 or done == total:
            self.stream.write(f"  {stage} {done}/{total}\n")
            self.stream.flush()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
