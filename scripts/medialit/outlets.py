"""Outlet profiles (data/outlets.yaml): who is behind a publication, each fact with its citation.

Placeholder: no profiles yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .questions import Citation


@dataclass(frozen=True)
class Fact:
    text: str
    citation: Citation


@dataclass(frozen=True)
class OutletProfile:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = field(default=())


@dataclass(frozen=True)
class Outlets:
    profiles: tuple[OutletProfile, ...] = ()

    def profile_for(self, name: str | None) -> OutletProfile | None:
        if not name:
            return None
        wanted = name.casefold().strip()
        for profile in self.profiles:
            if wanted in {profile.name.casefold(), *(a.casefold() for a in profile.aliases)}:
                return profile
        return None


def load_outlets() -> Outlets:
    return Outlets()
