"""Domain errors. They know nothing of the CLI: each carries the file, where in it, what was wrong
and how to fix it, and the CLI turns them into one clean message per problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file."""

    path: Path
    message: str
    line: int | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        text = f"{where}: {self.message}"
        return f"{text} ({self.fix})" if self.fix else text


class MedialitError(Exception):
    """Base class for every error a user should see as a message, never as a traceback."""


class InputError(MedialitError):
    """One or more input files are invalid. Holds every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        # Rebuilt from its problems, so that it survives the trip back from a worker process.
        return (InputError, (self.problems,))


class BuildFailed(MedialitError):
    """The site could not be built; the previous site was left as it was."""
