"""``medialit check``: validate every seed and every data file, reporting all problems at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from typing import Callable

from .analysis import framing, voices
from .analysis.rules import load_rulebook
from .analysis.taxonomy import load_taxonomy
from .datafiles import DATA_DIR
from .errors import InputError, Problem
from .lesson import outlets, readings, verification
from .lesson.outlets import load_outlets
from .lesson.readings import load_catalog
from .site import load_sources


@dataclass
class CheckReport:
    seed_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_project(seeds_dir: Path) -> CheckReport:
    report = CheckReport()
    for loader in _data_loaders():
        try:
            loader()
        except InputError as error:
            report.problems.extend(error.problems)
    try:
        sources, problems, warnings = load_sources(seeds_dir)
    except InputError as error:
        report.problems.extend(error.problems)
        return report
    report.seed_count = len(sources) + len({p.path for p in problems})
    report.problems.extend(problems)
    report.warnings.extend(warnings)
    return report


def _data_loaders() -> list:
    """Every data file a build reads, each validated by its own loader (all problems reported at once)."""
    return [load_taxonomy, load_rulebook, load_outlets, load_catalog]


def validate_data(data_dir: Path | None = None) -> list[Problem]:
    """Every problem in the outlet profiles, reading catalog, known checks, voices and framing data,
    sorted by file and line. An empty list means the data is fine."""
    data_dir = data_dir or DATA_DIR
    validators: list[Callable[[Path], list[Problem]]] = [
        lambda d: outlets.validate_outlets(d / outlets.OUTLETS_FILE.name),
        lambda d: readings.validate_catalog(d / readings.CATALOG_FILE.name),
        lambda d: verification.validate_checks(d / verification.CHECKS_FILE.name,
                                               d / readings.CATALOG_FILE.name),
        lambda d: voices.validate_voices(d / voices.VOICES_FILE.name),
        lambda d: framing.validate_framing(d / framing.FRAMING_FILE.name),
    ]
    problems: list[Problem] = []
    for validate in validators:
        problems.extend(validate(data_dir))
    return sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.message))
