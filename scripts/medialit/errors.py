"""Domain errors. They know nothing of the CLI: each carries the file, where in it, what was wrong
and how to fix it, and the CLI turns them into one clean message per problem."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# What must never reach a terminal as it is: control characters (an escape sequence clears the screen, a
# newline in a file name forges an "error:" line), bidirectional overrides and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` with every character a terminal would act on written as an escape (\\n, \\x1b, \\u202e)."""
    return _UNPRINTABLE.sub(_escaped, str(text))


def _escaped(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


# A message names a value, never prints it whole: past this it is cut (a last guard behind the bounded
# reprs the checks use, for a value from a file that holds a huge list or a megabyte-long line).
MAX_MESSAGE_CHARS = 2_000


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file."""

    path: Path
    message: str
    line: int | None = None
    fix: str | None = None

    def __post_init__(self) -> None:
        if len(self.message) > MAX_MESSAGE_CHARS:
            object.__setattr__(self, "message", self.message[: MAX_MESSAGE_CHARS - 1] + "…")

    def __str__(self) -> str:
        # Escaped: a file name or a quoted value may hold anything, and this text is printed.
        where = f"{printable(self.path)}:{self.line}" if self.line else printable(self.path)
        text = f"{where}: {printable(self.message)}"
        return f"{text} ({printable(self.fix)})" if self.fix else text


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
