"""Outlet profiles (data/outlets.yaml): who is behind a publication, each fact with its citation.

Assessments are always attributed to whoever made them (the 'by' of a fact, which its text must name);
medialit states no verdict of its own. An outlet without a profile gets a lateral-reading task instead
(``lateral_reading_task``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import (DATA_DIR, EntryChecker, LineDict, clean, entries, named_entries, parsed_or_raise, problems_of,
                         read_mapping)
from ..errors import Problem
from . import local_data
from .questions import LEVELS, Citation

OUTLETS_FILE = DATA_DIR / "outlets.yaml"
ABOUT = ("owner", "founded", "mission", "assessment", "response", "note")
ABOUT_TITLES = {
    "owner": "Who runs it",
    "founded": "Founded",
    "mission": "What it says it stands for",
    "assessment": "What others say about it",
    "response": "Its answer to critics",
    "note": "Worth knowing",
}
# A fact worded for one text ("the article the Whitney text quotes") must say which ('texts'), or it would
# appear, as an answer key, in the lessons on every other text of the outlet.
_ONE_TEXT = re.compile(r"\b(this|the) (text|article|op-ed|essay)\b", re.I)
_NEEDS_BY = ("assessment", "mission", "response")
_TEMPLATES = ("who_is_behind", "assessments", "republication")


@dataclass(frozen=True)
class Fact:
    text: str
    citations: tuple[Citation, ...]
    about: str = "note"
    by: str | None = None          # who makes the statement (for assessments, missions and responses)
    texts: tuple[str, ...] = ()    # seeds (file names without suffix) it is about; () = every text

    def fits(self, source) -> bool:
        return not self.texts or bool({source.slug, source.path.stem} & set(self.texts))

    @property
    def citation(self) -> Citation | None:
        return self.citations[0] if self.citations else None


@dataclass(frozen=True)
class OutletProfile:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = field(default=())
    website: str | None = None

    def for_text(self, source) -> OutletProfile:
        """The profile as a lesson on ``source`` shows it: without facts meant for other texts."""
        facts = tuple(f for f in self.facts if f.fits(source))
        return self if facts == self.facts else replace(self, facts=facts)

    def facts_about(self, about: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.about == about)

    def sections(self) -> tuple[tuple[str, str, tuple[Fact, ...]], ...]:
        """(about, title, facts) in a fixed order; sections without facts are included, empty, so a
        template can say what is not known."""
        return tuple((about, ABOUT_TITLES[about], self.facts_about(about)) for about in ABOUT)

    @property
    def assessors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.by for f in self.facts_about("assessment") if f.by))

    @property
    def citations(self) -> tuple[Citation, ...]:
        seen: dict[str, Citation] = {}
        for fact in self.facts:
            for citation in fact.citations:
                seen.setdefault(citation.url or citation.title, citation)
        return tuple(seen.values())


@dataclass(frozen=True)
class QuestionTemplate:
    level: str
    prompt: str
    good_answer: str = ""


@dataclass(frozen=True)
class Outlets:
    profiles: tuple[OutletProfile, ...] = ()
    lateral_prompt: str = ""
    lateral_good_answer: str = ""
    templates: tuple[tuple[str, QuestionTemplate], ...] = ()

    def profile_for(self, name: str | None) -> OutletProfile | None:
        if not name:
            return None
        return self._by_key.get(_key(name))

    @cached_property
    def _by_key(self) -> dict[str, OutletProfile]:
        """Each name, id and alias of a profile (the first profile to claim one keeps it): every lesson
        asks for each outlet of its publication chain, several times."""
        found: dict[str, OutletProfile] = {}
        for profile in self.profiles:
            for name in (profile.name, profile.id, *profile.aliases):
                found.setdefault(_key(name), profile)
        return found

    def names_of(self, outlets: Sequence[str | None]) -> list[str]:
        """The names ``outlets`` go by: each name followed by its profile's aliases, without repeats."""
        expanded: list[str] = []
        for name in outlets:
            profile = self.profile_for(name)
            expanded.extend([name, *(profile.aliases if profile else ())])
        return [n for n in dict.fromkeys(expanded) if n]

    def template(self, name: str) -> QuestionTemplate:
        return dict(self.templates)[name]

    def lateral_reading_task(self, outlet: str) -> tuple[str, str]:
        """(prompt, good answer) of the lateral-reading task for an outlet without a profile."""
        return self.lateral_prompt.format(outlet=outlet), self.lateral_good_answer.format(outlet=outlet)


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split()).removeprefix("the ")


# ------------------------------------------------------------------------------------------- loading


def load_outlets(path: Path = OUTLETS_FILE) -> Outlets:
    """The outlet profiles; raises InputError naming every problem in the file. The package's profiles
    come merged with the teacher's ``outlets.yaml`` next to the seeds (lesson/local_data.py), unless that
    file has a mistake (then ``validate_local_outlets`` reports it and it is left out)."""
    return local_data.merged(path, OUTLETS_FILE, local_data.OUTLETS_NAME, _load_package_outlets, _parse_local)


@lru_cache(maxsize=4)
def _load_package_outlets(path: Path) -> Outlets:
    return parsed_or_raise(_parse, path)


def validate_local_outlets(local: Path, path: Path = OUTLETS_FILE) -> list[Problem]:
    """Every problem in a teacher's outlets.yaml, checked against the package's profiles."""
    return local_data.local_problems(local, path, _load_package_outlets, _parse_local)


def _parse_local(path: Path, problems: list[Problem], base: Outlets) -> Outlets:
    """The package's profiles with a teacher's added; a name or id the package uses already is refused
    (the package's profile would otherwise be shadowed without anyone noticing)."""
    data = read_mapping(path, problems)
    if data is None:
        return base
    for key in data:
        if key != "outlets":
            line = data.line_of(key) if isinstance(data, LineDict) else None
            problems.append(Problem(path, f"has the section '{key}', which a teacher's outlet file does not use",
                                    line=line, fix="put the profiles in a list 'outlets:'"))
    profiles = []
    for checker in entries(path, data, "outlets", "outlet", problems):
        profile = _profile(checker)
        known = base.profile_for(profile.name) or base.profile_for(profile.id) or next(
            (base.profile_for(a) for a in profile.aliases if base.profile_for(a)), None)
        if known is not None:
            checker.add("name", f"names an outlet the package profiles already ({known.name!r})",
                        fix="leave this outlet out (the package's profile is used), or give an outlet of your own")
            continue
        profiles.append(profile)
    _check_names_unique(path, tuple(profiles), problems)
    return replace(base, profiles=base.profiles + tuple(profiles))


def validate_outlets(path: Path = OUTLETS_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def _parse(path: Path, problems: list[Problem]) -> Outlets:
    data = read_mapping(path, problems)
    if data is None:
        return Outlets()
    lateral = EntryChecker(path, data.get("lateral_reading"), "lateral_reading", problems)
    templates = [(name, QuestionTemplate(level=checker.choice("level", LEVELS, "level") or "analyse",
                                         prompt=checker.text("prompt") or "",
                                         good_answer=checker.text("good_answer", required=False) or ""))
                 for name, checker in named_entries(path, data, "questions", _TEMPLATES, "question template",
                                                    "level, prompt and good_answer", problems)]
    profiles = tuple(_profile(c) for c in entries(path, data, "outlets", "outlet", problems))
    _check_names_unique(path, profiles, problems)
    return Outlets(profiles=profiles, lateral_prompt=lateral.text("prompt") or "",
                   lateral_good_answer=lateral.text("good_answer") or "", templates=tuple(templates))


def _profile(checker: EntryChecker) -> OutletProfile:
    facts = []
    for index, item in enumerate(checker.get("facts") or [], 1):
        fact = EntryChecker(checker.path, item, f"{checker.label} fact #{index}", checker.problems)
        if not isinstance(item, dict):
            fact.add(None, "must be a mapping with about, text and sources")
            continue
        about = fact.choice("about", ABOUT, "fact type")
        text = fact.text("text")
        by = fact.text("by", required=about in _NEEDS_BY,
                       fix="say who makes this statement, e.g. by: Media Bias/Fact Check")
        if by and text and by.casefold() not in text.casefold():
            fact.add("text", f"does not name {by!r}, who makes the statement",
                     fix=f"attribute it in the text itself, e.g. \"{by} rates ...\" - medialit states no verdict of its own")
        citations = _citations(fact)
        texts = fact.texts("texts")
        if text and not texts and _ONE_TEXT.search(text):
            fact.add("text", f"speaks of {_ONE_TEXT.search(text).group(0)!r}, which fits one text only",
                     fix="add 'texts: [<seed file name without .md>]' so that only that lesson shows it, "
                         "or word it so that it holds for every text of the outlet")
        if about and text:
            facts.append(Fact(text=text, citations=citations, about=about, by=by, texts=texts))
    if not facts:
        checker.add("facts", "needs at least one fact with its sources")
    return OutletProfile(id=str(checker.get("id")), name=checker.text("name") or str(checker.get("id")),
                         aliases=checker.texts("aliases"), facts=tuple(facts),
                         website=checker.text("website", required=False))


def _citations(fact: EntryChecker) -> tuple[Citation, ...]:
    items = fact.get("sources")
    if not isinstance(items, list) or not items:
        fact.add("sources", "needs at least one source (title and the address where the fact was seen)")
        return ()
    result = []
    for index, item in enumerate(items, 1):
        source = EntryChecker(fact.path, item, f"{fact.label} source #{index}", fact.problems)
        title, url = source.text("title"), source.url("url")
        if title and url:
            result.append(Citation(title=title, url=url, note=source.text("note", required=False)))
    return tuple(result)


def _check_names_unique(path: Path, profiles: tuple[OutletProfile, ...], problems: list[Problem]) -> None:
    owner: dict[str, str] = {}
    for profile in profiles:
        for name in {_key(profile.name), *(_key(a) for a in profile.aliases)}:
            if name in owner and owner[name] != profile.id:
                problems.append(Problem(path, f"outlet {profile.id!r}: the name or alias {name!r} is also used by "
                                              f"outlet {owner[name]!r}", fix="each name may point to one outlet only"))
            owner.setdefault(name, profile.id)


__all__ = ["ABOUT_TITLES", "Fact", "OutletProfile", "Outlets", "clean", "load_outlets", "validate_local_outlets",
           "validate_outlets"]
