"""The reading catalog (data/catalog.yaml) and the balancing reading list chosen for a lesson.

Placeholder: empty catalog.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    id: str
    title: str
    authors: str
    publisher: str
    date: str
    url: str
    kind: str
    perspective: str


@dataclass(frozen=True)
class SelectedReading:
    reading: Reading
    why: str


@dataclass(frozen=True)
class ReadingList:
    items: tuple[SelectedReading, ...]
    empty_message: str | None = None


@dataclass(frozen=True)
class Catalog:
    readings: tuple[Reading, ...] = ()


def load_catalog() -> Catalog:
    return Catalog()


def select_readings(source, analysis, catalog: Catalog) -> ReadingList:
    return ReadingList(items=(), empty_message="No catalog readings match this text yet.")
