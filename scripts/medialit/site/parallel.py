"""Analyse seeds and compose their lessons on every available core, in a deterministic order.

``map_in_order`` calls a function on every item and yields the results in the order of the items,
whatever order the workers finish in, in worker processes when there are many items; ``compose_many``
uses it for analysis and composition. A seed whose analysis or composition raises is an outcome with
an error message, not a failed build: the other seeds still get their lessons.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from ..analysis import analyze
from ..errors import InputError, MedialitError, Problem
from ..lesson.compose import Lesson, compose_lesson
from ..lesson import local_data
from ..lesson.outlets import load_outlets
from ..lesson.readings import load_catalog
from ..text.source import Source
from ..analysis.taxonomy import load_taxonomy

# Starting worker processes costs ~0.1 s each; below this many items one process is faster.
PARALLEL_MIN_ITEMS = 16
# A spawned worker (no fork: Windows) starts a new interpreter and loads the rules again (~1 s): measured
# here, 100 seeds took 2.6 s spawned on 2 cores against 3.8 s in one process.
SPAWN_MIN_ITEMS = 50
T = TypeVar("T")
log = logging.getLogger("mkdocs.medialit")


@dataclass(frozen=True)
class Outcome:
    lesson: Lesson | None
    error: str | None = None       # what went wrong with this seed, for the problem report
    # A data file (rules, taxonomy) is invalid: not this seed's fault, and fatal for the whole build.
    # Kept as problems because exceptions with custom arguments do not survive the trip between processes.
    fatal: tuple[Problem, ...] = ()
    fatal_message: str | None = None
    # The lesson as it came back from a worker process: pickled there once, for the trip and for the
    # cache entry the build process writes (pickling it again here cost ~0.6 ms per lesson).
    pickled: bytes | None = field(default=None, repr=False, compare=False)
    # The seed's own problem (it took longer than its time budget): reported as it is, not as a bug.
    problem: Problem | None = None

    def __reduce__(self):
        pickled = None if self.lesson is None else pickle.dumps(self.lesson, protocol=pickle.HIGHEST_PROTOCOL)
        return _arrived, (pickled, self.error, self.fatal, self.fatal_message, self.problem)

    def raise_if_fatal(self) -> None:
        if self.fatal:
            raise InputError(list(self.fatal))
        if self.fatal_message:
            raise MedialitError(self.fatal_message)


def _arrived(pickled: bytes | None, error: str | None, fatal: tuple, fatal_message: str | None,
             problem: Problem | None = None) -> Outcome:
    """An outcome unpickled in the build process, keeping its lesson's pickled form for the cache."""
    lesson = None if pickled is None else pickle.loads(pickled)
    return Outcome(lesson, error, fatal, fatal_message, pickled, problem)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # not on Linux
        return os.cpu_count() or 1


def compose_many(sources: Sequence[Source], threshold: float, workers: int | None = None) -> Iterator[Outcome]:
    """Yield the outcome of each source, in order."""
    return map_in_order(compose_one, sources, (threshold,), workers)


# Each seed's time budget for analysis and composition (MEDIALIT_SEED_SECONDS; 0 turns it off). A seed
# past it is left out and reported by name while the others build. The slowest pathological seed of 1 MB
# takes under 20 s here (benchmarks/results/pathological.md); a real article of 1,500 words, ~0.05 s.
SEED_SECONDS = 60.0


class OverBudget(BaseException):
    """Raised into a seed's analysis when its time is up. A BaseException, so that no ``except
    Exception`` on the way (a detector guarding one rule) can swallow it."""


def seed_seconds() -> float:
    value = os.environ.get("MEDIALIT_SEED_SECONDS", "")
    try:
        return max(0.0, min(float(value), 86400.0)) if value else SEED_SECONDS
    except ValueError:
        return SEED_SECONDS


@contextmanager
def time_budget(seconds: float):
    """Raise OverBudget in this block after ``seconds``, by a timer signal. Only where signals can be
    had: the main thread on POSIX (the build process and every worker); elsewhere (``mkdocs serve``
    rebuilding in a thread, Windows) the block runs without a limit."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise OverBudget()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def compose_one(source: Source, threshold: float) -> Outcome:
    """Analyse one seed and compose its lesson, within the seed's time budget. The data files are loaded
    once per process (cached)."""
    budget = seed_seconds()
    try:
        with time_budget(budget):
            return _compose_one(source, threshold)
    except OverBudget:
        return Outcome(None, problem=Problem(
            source.path, f"took more than {budget:g} s to analyse, so it was left out (the other lessons were built)",
            fix="split it into several seeds, or keep only the article itself; a text this slow is usually very long "
                "or one phrase repeated. MEDIALIT_SEED_SECONDS sets the limit"))


def _compose_one(source: Source, threshold: float) -> Outcome:
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


def map_in_order(function: Callable[..., T], items: Sequence, shared: tuple = (), workers: int | None = None) -> Iterator[T]:
    """``function(item, *shared)`` for each item, in the order of ``items``.

    With many items and several cores, the calls run in worker processes, which are given only
    positions. Started by fork, they inherit ``items`` and ``shared`` as they are (loaded rules and
    sources: nothing is pickled on the way in). Where there is no fork (Windows), they are spawned,
    receive ``items`` and ``shared`` pickled once each, and load the rules again, so only larger
    corpora are worth it. Only results travel back, so ``function`` is a module-level function that
    returns picklable values and catches its own errors. Otherwise (one core, few items) the calls run
    here, one after another."""
    workers = workers or _workers_from_env() or available_cores()
    if workers >= 2 and len(items) >= PARALLEL_MIN_ITEMS:
        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods:
            return _in_processes(function, items, shared, workers, "fork")
        if len(items) >= SPAWN_MIN_ITEMS:
            return _in_processes(function, items, shared, workers, "spawn")
    return (function(item, *shared) for item in items)


def _in_processes(function, items: Sequence, shared: tuple, workers: int, start: str) -> Iterator:
    # Small chunks: at the end of a run one worker may still be busy with a whole chunk while the others
    # wait (at ~35 ms a lesson, a chunk of 32 kept a core idle for ~0.5 s); a round trip costs far less.
    chunk = max(1, min(8, len(items) // (workers * 8)))
    if sys.platform == "win32":
        workers = min(workers, 61)          # the most ProcessPoolExecutor can wait on there
    # Objects alive now (rules, models, catalog, sources) live as long as the build: moved out of the
    # garbage collector's sight, collections stop scanning them, in the workers (which would otherwise
    # copy every page they touch) and here.
    gc.freeze()
    try:
        done = 0
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start), initializer=_receive,
                                 initargs=(function, items, shared, local_data.seeds_folder(),
                                           os.getpid())) as pool:
            results = pool.map(_call, range(len(items)), chunksize=chunk)
            # When the caller stops early (a fatal error), closing map's results cancels the work not yet
            # started, so the build does not first wait for every seed to be analysed.
            with closing(results):
                for result in results:
                    yield result
                    done += 1
    except BrokenProcessPool as error:
        # A worker died (killed for memory, or could not start): the rest is done here, slower but whole.
        log.warning(f"a worker process stopped ({error}); analysing the remaining {len(items) - done} seed(s) "
                    "in the build process")
        yield from (function(item, *shared) for item in items[done:])
    finally:
        gc.unfreeze()


_work: tuple = ()      # in a worker process: (function, items, shared), inherited from the parent


def _receive(function, items, shared, seeds_folder=None, parent: int | None = None) -> None:
    global _work
    _work = (function, items, shared)
    # Where the teacher's readings and outlet profiles are: a spawned worker does not inherit it.
    local_data.use_seeds_folder(seeds_folder)
    if parent is not None:
        die_with(parent)


# Linux's prctl option that sends a signal to a process when its parent dies.
_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 1.0


def die_with(parent: int) -> None:
    """Make this worker exit when the build process ``parent`` dies, however it dies (SIGKILL, the OOM
    killer): otherwise it would wait for work on its queue forever. On Linux the kernel kills it at once
    (PR_SET_PDEATHSIG); everywhere a watchdog thread exits once the parent is gone (re-parented)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):      # no prctl: the watchdog alone will do
            pass
    if os.getppid() != parent:               # the parent died before the line above took effect
        os._exit(1)
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="medialit-parent-watch", daemon=True).start()


def _call(position: int):
    function, items, shared = _work
    result = function(items[position], *shared)
    # What a worker keeps from one seed to the next (memoised words, cue terms) only grows: frozen after
    # each seed, the garbage collector stops walking it again and again (~1 ms a seed, measured).
    gc.freeze()
    return result


def _workers_from_env() -> int | None:
    """``MEDIALIT_WORKERS``, capped at the cores there are (more processes only cost memory: each holds the
    rules and models); a value that is not a positive number is ignored. Both with a warning."""
    value = os.environ.get("MEDIALIT_WORKERS", "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) <= 0:
        log.warning(f"MEDIALIT_WORKERS={value[:20]!r} is not a positive whole number; using every core")
        return None
    cores = available_cores()
    if int(value) > cores:
        log.warning(f"MEDIALIT_WORKERS={int(value)} is more than the {cores} core(s) of this machine; using {cores}")
        return cores
    return int(value)
