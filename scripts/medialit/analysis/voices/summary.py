"""The voices summarised for the lesson (``summarize_voices``): the sides heard and the expected ones absent,
the roles heard and missing, unnamed and loaded-verb voices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text.source import Source
from ..findings import Voice
from .data import load_voice_data
from .roles import _sides_of_text
from .heard import heard_voices


@dataclass(frozen=True)
class VoiceSummary:
    """Who is heard in a text, and which sides one would expect to hear from that are absent."""

    heard: tuple[tuple[str, str, tuple[str, ...]], ...]    # (side id, label, speakers)
    missing: tuple[tuple[str, str], ...]                   # (side id, label)
    unnamed: tuple[Voice, ...]
    loaded: tuple[Voice, ...]
    effects: tuple[tuple[str, str], ...]                   # (verb as written, its effect), for the teacher
    uses_sides: bool = False                               # the text's topic has sides in the data
    by_role: tuple[tuple[str, str, tuple[str, ...]], ...] = ()     # (role id, label, speakers)
    roles_missing: tuple[tuple[str, str], ...] = ()        # (role id, label) of expected roles not heard


def _add_name(names: list[str], speaker: str | None) -> None:
    """Add a speaker to a list of names once: "The Washington Post" and "Washington Post" are one."""
    key = lambda name: re.sub(r"^the\s+", "", name, flags=re.I).casefold()
    if speaker and key(speaker) not in {key(n) for n in names}:
        names.append(speaker)


def summarize_voices(source: Source, voices) -> VoiceSummary:
    """Who is heard: by side where the text's topic has sides in the data (and which expected sides are
    absent), and always by role (officials, experts, organisations, people in the story, unnamed
    sources), with the expected roles nobody speaks for; of the voices a lesson lists as heard
    (``heard_voices``)."""
    data = load_voice_data()
    voices = heard_voices(source, voices)
    sides = _sides_of_text(source, data)
    heard: dict[str, list[str]] = {}
    by_role: dict[str, list[str]] = {}
    for voice in voices:
        if voice.side in sides:
            _add_name(heard.setdefault(voice.side, []), voice.speaker)
        _add_name(by_role.setdefault(voice.role or data.role_of(voice.speaker, voice.named), []), voice.speaker)
    role_order = [r.id for r in data.roles] + ["person", "named", "organisation", "unnamed-source"]
    return VoiceSummary(
        heard=tuple((s.id, s.label, tuple(heard[s.id])) for s in data.sides if s.id in heard),
        missing=tuple((s.id, s.label) for s in data.sides if s.id in sides and s.id not in heard),
        # (One person the text describes, "the Harbourland prime minister", is no unnamed source to ask about.)
        unnamed=tuple(v for v in voices if not v.named and v.speaker_type != "person"),
        loaded=tuple(v for v in voices if not v.verb_neutral),
        effects=tuple(dict.fromkeys((v.verb, data.verb(v.verb).effect) for v in voices
                                    if not v.verb_neutral and v.verb and data.verb(v.verb))),
        uses_sides=bool(sides),
        by_role=tuple((role, data.role_label(role), tuple(by_role[role]))
                      for role in dict.fromkeys(role_order) if role in by_role),
        roles_missing=tuple((r.id, r.label) for r in data.roles if r.expected and r.id not in by_role),
    )
