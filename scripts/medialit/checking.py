"""``medialit check``: validate every seed and every data file, reporting all problems at once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

from .analysis import DEFAULT_THRESHOLD, analyze, checkworthy, framing, voices
from .analysis.review import has_sidecar, sidecar_path
from .analysis.rules import load_rulebook
from .analysis.taxonomy import load_taxonomy
from .datafiles import DATA_DIR
from .errors import InputError, Problem
from .lesson import local_data, outlets, readings, verification
from .lesson.outlets import load_outlets
from .lesson.readings import load_catalog, teacher_data_problems
from .lesson.technique_questions import load_question_templates
from .lesson.units import load_units
from .site import load_sources
from .text import breaks, furniture
from .text.source import Source, missing_fields


@dataclass
class CheckReport:
    seed_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_project(seeds_dir: Path) -> CheckReport:
    report = CheckReport()
    before = local_data.use_seeds_folder(seeds_dir)
    try:
        for loader in _data_loaders():
            try:
                loader()
            except InputError as error:
                report.problems.extend(error.problems)
        data_ok = not report.problems
        report.problems.extend(teacher_data_problems())     # the teacher's readings.yaml and outlets.yaml
        try:
            sources, problems, warnings = load_sources(seeds_dir)
        except InputError as error:
            report.problems.extend(error.problems)
            return report
        report.seed_count = len(sources) + len({p.path for p in problems})
        report.problems.extend(problems)
        report.warnings.extend(warnings)
        report.warnings.extend(_notes_for_one_text(sources))
        for source in sources:
            report.warnings.extend(missing_fields(source))
        if data_ok:                 # (the review files are applied to an analysis, which needs the data)
            report.problems.extend(review_problems(sources))
        report.problems.extend(units_problems(seeds_dir, sources))
    finally:
        local_data.use_seeds_folder(before)
    return report


def review_problems(sources: list[Source]) -> list[Problem]:
    """Every problem of the review files next to the seeds: each is applied to its seed's analysis, as a
    build does, so that a quote no longer in the text is found here and not by the build."""
    problems: list[Problem] = []
    for source in sources:
        if has_sidecar(sidecar_path(source)):
            try:
                analyze(source, DEFAULT_THRESHOLD)
            except InputError as error:
                problems.extend(error.problems)
    return problems


def units_problems(seeds_dir: Path, sources: list[Source]) -> list[Problem]:
    """The problems of ``units.yaml``, checked against the lessons the seeds make (by address)."""
    try:
        load_units(seeds_dir, [SimpleNamespace(slug=source.slug) for source in sources])
    except InputError as error:
        return list(error.problems)
    return []


def _notes_for_one_text(sources) -> list[str]:
    """Outlet facts that name a seed's author without saying which text they are for: they would show
    in the lessons on every other text of that outlet."""
    warnings = []
    try:
        profiles = load_outlets().profiles
    except InputError:
        return warnings
    for source in sources:
        surname = (source.meta.author or "").split()[-1:] or [""]
        if len(surname[0]) < 3:
            continue
        for profile in profiles:
            for fact in profile.facts:
                if not fact.texts and re.search(rf"\b{re.escape(surname[0])}\b", fact.text):
                    warnings.append(f"outlet {profile.id!r}: a fact names {surname[0]!r}, the author of {source.path.name}, "
                                    f"but has no 'texts' (add 'texts: [{source.path.stem}]' so that only that lesson shows it)")
    return warnings


def _data_loaders() -> list:
    """Every data file a build reads, each validated by its own loader (all problems reported at once)."""
    return [load_taxonomy, load_rulebook, load_outlets, load_catalog, verification.load_settles,
            load_question_templates]


def validate_data(data_dir: Path | None = None) -> list[Problem]:
    """Every problem in the outlet profiles, reading catalog, known checks, voices and framing data,
    sorted by file and line. An empty list means the data is fine."""
    data_dir = data_dir or DATA_DIR
    validators: list[Callable[[Path], list[Problem]]] = [
        lambda d: outlets.validate_outlets(d / outlets.OUTLETS_FILE.name),
        lambda d: readings.validate_catalog(d / readings.CATALOG_FILE.name),
        lambda d: verification.validate_checks(d / verification.CHECKS_FILE.name,
                                               d / readings.CATALOG_FILE.name),
        lambda d: verification.validate_settles(d / verification.SETTLES_FILE.name),
        lambda d: voices.validate_voices(d / voices.VOICES_FILE.name),
        lambda d: framing.validate_framing(d / framing.FRAMING_FILE.name),
        lambda d: furniture.validate_furniture(d / furniture.FURNITURE_FILE.name),
        lambda d: breaks.validate_break_rules(d / breaks.BREAKS_FILE.name),
        lambda d: checkworthy.validate_checkworthy(d / checkworthy.FEATURES_FILE.name, d / checkworthy.WEIGHTS_FILE.name,
                                                   d / checkworthy.VECTORS_FILE.name, d / checkworthy.LEXICAL_FILE.name),
    ]
    problems: list[Problem] = []
    for validate in validators:
        problems.extend(validate(data_dir))
    return sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.message))
