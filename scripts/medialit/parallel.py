"""Analyse seeds and compose their lessons on every available core, in a deterministic order.

``compose_many`` returns one outcome per source, in the order of the sources, whatever order the
workers finish in. A seed whose analysis or composition raises is an outcome with an error message,
not a failed build: the other seeds still get their lessons.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .analysis import analyze
from .errors import InputError, MedialitError, Problem
from .lessons import Lesson, compose_lesson
from .outlets import load_outlets
from .progress import Progress
from .readings import load_catalog
from .sources import Source
from .taxonomy import load_taxonomy

# Starting worker processes costs ~0.1 s each; below this many seeds one process is faster.
PARALLEL_MIN_SOURCES = 16


@dataclass(frozen=True)
class Outcome:
    lesson: Lesson | None
    error: str | None = None       # what went wrong with this seed, for the problem report
    # A data file (rules, taxonomy) is invalid: not this seed's fault, and fatal for the whole build.
    # Kept as problems because exceptions with custom arguments do not survive the trip between processes.
    fatal: tuple[Problem, ...] = ()
    fatal_message: str | None = None

    def raise_if_fatal(self) -> None:
        if self.fatal:
            raise InputError(list(self.fatal))
        if self.fatal_message:
            raise MedialitError(self.fatal_message)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # not on Linux
        return os.cpu_count() or 1


def compose_many(sources: Sequence[Source], threshold: float, progress: Progress | None = None,
                 workers: int | None = None) -> Iterator[Outcome]:
    """Yield the outcome of each source, in order."""
    workers = workers or _workers_from_env() or available_cores()
    if workers > 1 and len(sources) >= PARALLEL_MIN_SOURCES:
        outcomes = _in_processes(sources, threshold, workers)
    else:
        outcomes = (compose_one(source, threshold) for source in sources)
    for done, outcome in enumerate(outcomes, 1):
        if progress:
            progress("analysing", done, len(sources))
        yield outcome


def compose_one(source: Source, threshold: float) -> Outcome:
    """Analyse one seed and compose its lesson. The data files are loaded once per process (cached)."""
    doing = "analysing its text"
    try:
        analysis = analyze(source, threshold)
        doing = "composing its lesson"
        return Outcome(compose_lesson(source, analysis, load_taxonomy(), load_outlets(), load_catalog(), slug=source.slug))
    except InputError as error:
        return Outcome(None, fatal=tuple(error.problems))
    except MedialitError as error:
        return Outcome(None, fatal_message=str(error))
    except RecursionError:
        return Outcome(None, f"{doing} (the text is nested too deeply)")
    except Exception as error:  # noqa: BLE001 - a detector bug on one seed must not cost the other lessons
        where = traceback.extract_tb(error.__traceback__)[-1]
        return Outcome(None, f"{doing} ({type(error).__name__}: {error}, in {os.path.basename(where.filename)}:{where.lineno})")


def _in_processes(sources: Sequence[Source], threshold: float, workers: int) -> Iterator[Outcome]:
    # fork shares the loaded rules with the workers for free; spawn (other systems) re-imports them.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, min(32, len(sources) // (workers * 8)))
    # Objects alive now (rules, models, catalog, sources) live as long as the build: moved out of the
    # garbage collector's sight, collections stop scanning them, in the workers (which would otherwise
    # copy every page they touch) and here.
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
            yield from pool.map(compose_one, sources, [threshold] * len(sources), chunksize=chunk)
    finally:
        gc.unfreeze()


def _workers_from_env() -> int | None:
    value = os.environ.get("MEDIALIT_WORKERS", "")
    return int(value) if value.isdigit() and int(value) > 0 else None
