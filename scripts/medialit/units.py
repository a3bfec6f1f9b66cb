"""Units: an ordered path through lessons, defined by a teacher in ``seeds/units.yaml`` (first version: none)."""

from __future__ import annotations

from pathlib import Path


def load_units(seeds_dir: Path, lessons) -> list:
    return []


def render_unit_pages(env, units, lessons, common: dict) -> dict[str, str]:
    return {}
