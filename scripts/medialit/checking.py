"""``medialit check``: validate every seed and every data file, reporting all problems at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, Problem
from .site import load_sources
from .taxonomy import load_taxonomy


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
    from .analysis.rules import load_rulebook
    from .outlets import load_outlets
    from .readings import load_catalog

    return [load_taxonomy, load_rulebook, load_outlets, load_catalog]

