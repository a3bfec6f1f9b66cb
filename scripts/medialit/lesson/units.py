"""Units: an ordered path through lessons that a teacher hands a class, defined in ``seeds/units.yaml``.

A unit has an id (its address), a title, an audience, a time budget in minutes, an optional summary and
an ordered list of lessons, each with what the class does before it. The file is validated in full and
every problem is reported at once, naming the file, the line, the unit, the field and the fix; an unknown
lesson lists the lessons that exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..datafiles import UNSAFE_FIX, parse_yaml, read_text_limited, show, unsafe_character
from ..errors import InputError, Problem
from ..text.links import refuse_link_out

UNITS_FILE = "units.yaml"
UNIT_FIELDS = {
    "id": "the unit's address, lower-case letters, digits and hyphens (e.g. nato-and-russia)",
    "title": "what the class sees as the unit's name",
    "audience": "who the unit is for (e.g. 'upper secondary, 16-18')",
    "time_budget": "the class time you have for the whole unit, in minutes (e.g. 180)",
    "summary": "optional: one or two sentences on what the unit is about",
    "lessons": "the lessons in the order the class takes them",
}
REQUIRED = ("id", "title", "audience", "time_budget", "lessons")
STEP_FIELDS = {
    "lesson": "the lesson's address (the file name of its page, without .html)",
    "before": "optional: what the class does before this lesson (homework, a question to think about)",
}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Addresses medialit itself uses under units/: a unit with this id would replace the list of units.
RESERVED_IDS = {"index"}


@dataclass(frozen=True)
class Step:
    lesson: object           # the Lesson
    before: str | None


@dataclass(frozen=True)
class Unit:
    id: str
    title: str
    audience: str
    time_budget: int
    steps: tuple[Step, ...]
    summary: str | None = None

    @property
    def total_minutes(self) -> int:
        return sum(step.lesson.lesson_minutes for step in self.steps)

    @property
    def spare_minutes(self) -> int:
        """Minutes left in the budget; negative when the lessons need more than the budget."""
        return self.time_budget - self.total_minutes


# ---------------------------------------------------------------------------------------------- load


def load_units(seeds_dir: Path, lessons) -> list[Unit]:
    """The units of ``seeds/units.yaml`` (none if the file does not exist), validated against the lessons."""
    path = Path(seeds_dir) / UNITS_FILE
    if not path.is_file():
        return []
    refuse_link_out(path, "the units file")
    # (Bounded, and a file that is not UTF-8 is a problem named like any other, never a failed build.)
    return parse_units(path, read_text_limited(path, what="units file"), lessons)


def parse_units(path: Path, text: str, lessons) -> list[Unit]:
    _, root = parse_yaml(path, text, construct=False)
    problems: list[Problem] = []
    if root is None:
        return []
    top = _mapping(root)
    if top is None or "units" not in top:
        raise InputError([Problem(path, "must have a 'units:' list at the top", line=root.start_mark.line + 1,
                                  fix="start the file with 'units:' and list each unit under it (see the teacher guide)")])
    unknown = sorted(set(top) - {"units"})
    for key in unknown:
        problems.append(Problem(path, f"unknown top-level field '{key}'", line=top[key][0].start_mark.line + 1,
                                fix="only 'units:' belongs at the top; indent the field under a unit"))
    units_node = top["units"][1]
    if not isinstance(units_node, yaml.SequenceNode):
        raise InputError([*problems, Problem(path, "'units' must be a list of units", line=units_node.start_mark.line + 1,
                                             fix="put '- id: ...' lines under 'units:'")])
    by_slug = {lesson.slug: lesson for lesson in lessons}
    units: list[Unit] = []
    seen: dict[str, int] = {}
    for index, node in enumerate(units_node.value, 1):
        unit = _unit(path, index, node, by_slug, problems)
        if unit is None:
            continue
        line = node.start_mark.line + 1
        if unit.id in seen:
            problems.append(Problem(path, f"unit '{unit.id}': id is also used by the unit on line {seen[unit.id]}",
                                    line=line, fix="give each unit its own id"))
            continue
        seen[unit.id] = line
        units.append(unit)
    if problems:
        raise InputError(problems)
    return units


def _unit(path: Path, index: int, node, by_slug: dict, problems: list[Problem]) -> Unit | None:
    fields = _mapping(node)
    line = node.start_mark.line + 1
    if fields is None:
        problems.append(Problem(path, f"unit #{index} must be a mapping of fields", line=line,
                                fix=f"write it as '- id: ...' followed by {', '.join(REQUIRED[1:])}"))
        return None
    name = _scalar(fields.get("id", (None, None))[1]) or f"#{index}"
    label = f"unit '{name}'"
    count = len(problems)

    def problem(field: str, message: str, fix: str, at=None) -> None:
        where = (at or (fields[field][1] if field in fields else node)).start_mark.line + 1
        problems.append(Problem(path, f"{label}: field '{field}' {message}", line=where, fix=fix))

    for key in sorted(set(fields) - set(UNIT_FIELDS)):
        problem(key, "is not a unit field", f"use one of {', '.join(UNIT_FIELDS)}", at=fields[key][0])
    for key in REQUIRED:
        if key not in fields:
            problem(key, "is missing", f"add '{key}:' ({UNIT_FIELDS[key]})")
    values = {key: _scalar(fields[key][1]) for key in UNIT_FIELDS if key in fields and key != "lessons"}
    unit_id = values.get("id")
    if "id" in fields and (not unit_id or not _ID.match(unit_id)):
        problem("id", f"must be lower-case letters, digits and hyphens (got {show(unit_id)})",
                f"for example '{_suggest_id(unit_id or values.get('title') or 'my-unit')}'")
    elif unit_id in RESERVED_IDS:
        problem("id", f"'{unit_id}' is the address of the list of units", "choose another id, e.g. 'my-unit'")
    for key, value in values.items():
        if value and unsafe_character(value):
            problem(key, f"holds the control character {unsafe_character(value)}", UNSAFE_FIX)
    for key in ("title", "audience", "summary"):
        if key in fields and not values.get(key):
            problem(key, "must be text", f"write {UNIT_FIELDS[key]}")
    budget = _minutes(values.get("time_budget"))
    if "time_budget" in fields and budget is None:
        problem("time_budget", f"must be a whole number of minutes (got {show(values.get('time_budget'))})",
                "write a number such as 90 or 180, without 'min'")
    steps = _steps(fields, by_slug, problem) if "lessons" in fields else ()
    if len(problems) > count:
        return None
    return Unit(id=unit_id, title=values["title"], audience=values["audience"], time_budget=budget,
                steps=steps, summary=values.get("summary"))


def _steps(fields: dict, by_slug: dict, problem) -> tuple[Step, ...]:
    node = fields["lessons"][1]
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        problem("lessons", "must be a list with at least one lesson",
                "list lessons as '- lesson: <address>' lines, in the order the class takes them")
        return ()
    known = ", ".join(sorted(by_slug)) or "(no lessons were built)"
    steps: list[Step] = []
    seen: set[str] = set()
    for position, item in enumerate(node.value, 1):
        entry = _mapping(item)
        if entry is None and isinstance(item, yaml.ScalarNode):
            slug, before = _scalar(item), None
        elif entry is not None:
            for key in sorted(set(entry) - set(STEP_FIELDS)):
                problem("lessons", f"entry {position} has an unknown field '{key}'",
                        f"use {' and '.join(STEP_FIELDS)}", at=entry[key][0])
            if "lesson" not in entry:
                problem("lessons", f"entry {position} does not say which lesson",
                        f"add 'lesson: <address>'; the lessons are: {known}", at=item)
                continue
            slug = _scalar(entry["lesson"][1])
            before = _scalar(entry["before"][1]) if "before" in entry else None
        else:
            problem("lessons", f"entry {position} must be a lesson address or 'lesson: <address>'",
                    f"the lessons are: {known}", at=item)
            continue
        if slug not in by_slug:
            problem("lessons", f"entry {position}: there is no lesson '{slug}'",
                    f"use one of the lessons that exist: {known}", at=item)
            continue
        if slug in seen:
            problem("lessons", f"entry {position}: lesson '{slug}' is listed twice", "list each lesson once", at=item)
            continue
        seen.add(slug)
        steps.append(Step(lesson=by_slug[slug], before=before))
    return tuple(steps)


def _mapping(node) -> dict | None:
    """A YAML mapping node as {key: (key node, value node)}, or None if it is not a mapping."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return {str(key.value): (key, value) for key, value in node.value}


def _scalar(node) -> str | None:
    if not isinstance(node, yaml.ScalarNode):
        return None
    text = " ".join(str(node.value).split())
    return text or None


def _minutes(value: str | None) -> int | None:
    if value is None or not value.isdigit() or int(value) <= 0:
        return None
    return int(value)


def _suggest_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "my-unit"
