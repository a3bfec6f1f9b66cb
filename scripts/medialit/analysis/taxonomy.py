"""The technique taxonomy (data/taxonomy.yaml): the 14 techniques of the Propaganda Techniques Corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import DATA_DIR, read_mapping, show
from ..errors import InputError, Problem

TAXONOMY_FILE = DATA_DIR / "taxonomy.yaml"

PTC_LABELS = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)
# Bloom-style progression of a lesson's questions: simple (identify) to demanding (evaluate, create).
# Data files that carry questions (taxonomy, voices, framing, checks) tag them with one of these.
QUESTION_LEVELS = ("identify", "analyse", "evaluate", "create")
# A technique's own question never asks to create.
LEVELS = QUESTION_LEVELS[:3]
_REQUIRED = ("id", "ptc_label", "name", "short", "definition", "how_to_spot", "question", "level")
# A technique id becomes a file name, an address and a CSS class: nothing but what those all accept.
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Technique:
    id: str
    ptc_label: str
    name: str
    short: str
    definition: str
    how_to_spot: tuple[str, ...]
    question: str
    level: str


@dataclass(frozen=True)
class Taxonomy:
    techniques: tuple[Technique, ...]
    close_pairs: tuple[frozenset[str], ...] = ()

    def close(self, a: str, b: str) -> bool:
        """Do careful readers often see both techniques in one flagged passage (``close_pairs``)?"""
        return frozenset((a, b)) in self.close_pairs

    def __getitem__(self, technique_id: str) -> Technique:
        return self._by_id[technique_id]

    def __contains__(self, technique_id: str) -> bool:
        return technique_id in self._by_id

    @cached_property
    def _by_id(self) -> dict[str, Technique]:
        """(Every finding and every page looks techniques up by id, thousands of times per build.)"""
        return {t.id: t for t in self.techniques}

    def by_ptc_label(self, label: str) -> Technique:
        for technique in self.techniques:
            if technique.ptc_label == label:
                return technique
        raise KeyError(label)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.techniques)


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_FILE) -> Taxonomy:
    """Load and validate the taxonomy, reporting every problem at once."""
    problems: list[Problem] = []
    data = read_mapping(path, problems)
    if data is None:
        raise InputError(problems)
    entries = data.get("techniques") or []
    techniques: list[Technique] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, 1):
        label = f"technique #{index} ({show(entry.get('id', '?'))})" if isinstance(entry, dict) else f"technique #{index}"
        if not isinstance(entry, dict):
            problems.append(Problem(path, f"{label} must be a mapping of fields"))
            continue
        missing = [f for f in _REQUIRED if not entry.get(f)]
        if missing:
            problems.append(Problem(path, f"{label} lacks {', '.join(missing)}"))
            continue
        wrong = [f for f in _REQUIRED if f != "how_to_spot" and not isinstance(entry[f], str)]
        if wrong or not isinstance(entry["how_to_spot"], list):
            problems.append(Problem(path, f"{label}: {', '.join(wrong) or 'how_to_spot'} must be "
                                          f"{'text' if wrong else 'a list of signs'}"))
            continue
        if not _ID.match(entry["id"]):
            problems.append(Problem(path, f"{label}: id must be lower-case letters, digits and hyphens",
                                    fix="for example 'loaded-language'"))
        if entry["ptc_label"] not in PTC_LABELS:
            problems.append(Problem(path, f"{label}: ptc_label {entry['ptc_label']!r} is not a corpus label",
                                    fix=f"use one of {', '.join(PTC_LABELS)}"))
        if entry["level"] not in LEVELS:
            problems.append(Problem(path, f"{label}: level must be one of {', '.join(LEVELS)}"))
        if entry["id"] in seen:
            problems.append(Problem(path, f"{label}: duplicate id {entry['id']!r}"))
        seen.add(entry["id"])
        techniques.append(Technique(
            id=entry["id"], ptc_label=entry["ptc_label"], name=entry["name"], short=entry["short"],
            definition=" ".join(entry["definition"].split()), how_to_spot=tuple(entry["how_to_spot"]),
            question=entry["question"], level=entry["level"],
        ))
    covered = {t.ptc_label for t in techniques}
    for missing_label in sorted(set(PTC_LABELS) - covered):
        problems.append(Problem(path, f"no technique carries the corpus label {missing_label!r}"))
    pairs = _close_pairs(path, data.get("close_pairs") or [], seen, problems)
    if problems:
        raise InputError(problems)
    return Taxonomy(tuple(techniques), pairs)


def _close_pairs(path: Path, entries, ids: set[str], problems: list[Problem]) -> tuple[frozenset[str], ...]:
    pairs = []
    for index, entry in enumerate(entries if isinstance(entries, list) else [entries], 1):
        if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(e, str) for e in entry)):
            problems.append(Problem(path, f"close_pairs #{index} must be a list of two technique ids",
                                    fix="for example [loaded-language, name-calling]"))
            continue
        unknown = [e for e in entry if e not in ids]
        if unknown:
            problems.append(Problem(path, f"close_pairs #{index}: {', '.join(unknown)} is no technique id"))
            continue
        pairs.append(frozenset(entry))
    return tuple(pairs)
