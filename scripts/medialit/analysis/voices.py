"""Quoted voices: who is quoted or cited, with which attribution verb, named or not, and for which side.

The verbs, the nouns of unnamed groups, the phrases that introduce quotations and the sides are data
(data/voices.yaml). This module builds patterns from them and finds spans; ``summarize_voices`` says which
sides are heard and which expected ones are absent.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..datafiles import DATA_DIR, EntryChecker, compile_term, named_entries, parsed_or_raise, problems_of, read_mapping
from ..errors import Problem
from .taxonomy import QUESTION_LEVELS as LEVELS
from ..text.source import Source
from .detect_text import NAME_TITLES, whole_words
from .findings import Voice

VOICES_FILE = DATA_DIR / "voices.yaml"
VOICE_KINDS = ("direct quote", "reported speech", "cited document", "position")
_QUESTIONS = ("roles_missing", "heard_missing", "no_missing", "loaded_verb", "compare_verbs", "compare_verbs_roles",
              "unnamed", "unnamed_share", "quotes_no_speaker", "no_voices")

# Titles before a name, with a full stop or without (the shared list, and the ranks and suffixes a
# speaker's name may carry).
_TITLES = (*NAME_TITLES, "Cpl", "Jr", "Sr")
# A capitalised word: an abbreviated title ("Sen.", "Mr."), or letters with hyphens, inner apostrophes
# ("O’Malley", "Trump’s") and inner dots ("U.S"). A closing quote mark is not part of it ("BRIDGES'").
_NAME_WORD = (rf"(?:(?:{'|'.join(_TITLES)})\.|"
              r"(?:[A-Z]\.){2,}(?=[^\S\n]+[A-Za-z])|[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z](?:[\w-]|['’](?=\w)|\.(?=\w))*)")
# "for" inside an organisation's name, after a noun that names one ("Center for Reproductive Rights",
# "Club for Growth"); never after a person or a group of people ("Col. Jane Roe for Trump", "Attorneys for").
_ORG_NOUNS = ("Center", "Centre", "Centers", "Institute", "Organization", "Organisation", "Club", "Alliance",
              "Coalition", "Committee", "Council", "Foundation", "Fund", "Society", "Association", "Union", "Network",
              "Commission", "Bureau", "Agency", "Federation", "League", "Office", "Campaign", "Project", "Partnership",
              "Department", "Ministry", "University", "School", "College", "Academy", "Board", "Court", "Bank")
_ORG_FOR = "(?:" + "|".join(rf"(?<={noun}[^\S\n])" for noun in _ORG_NOUNS) + ")"
_WHEN_WORD = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
              r"September|October|November|December)\b")
# "on" inside a body's name after a noun that names a panel ("Select Committee on Fisheries"): its topic, not
# a place or a person the name ends before.
_ORG_ON = "(?:" + "|".join(rf"(?<={noun}[^\S\n])" for noun in ("Committee", "Subcommittee", "Commission", "Council",
                                                               "Panel", "Conference")) + ")"
# A title and a person's first and last name ending a speaker (a title ends an organisation's part).
_TITLED_NAME = re.compile(r"\b(?:Spokesperson|Spokesman|Spokeswoman|Director|Secretary|Minister|Chairman|Chairwoman|"
                          r"Chair|President|Ambassador|Commissioner|Chief|Head|Leader|Senator|Governor|Mayor|Sen\.|"
                          r"Gov\.|Rep\.)[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w’'-]*[a-z]$")
_ORG_NAME = re.compile(rf"\b(?:{'|'.join(_ORG_NOUNS)})[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
# A run of capitalised words on one line, allowing "of" and "and" inside ("Secretary of State Antony
# Blinken"). A heading on the line before is not glued to the name.
# A name may open with a number: a broadcaster's or a programme's ("9 News Australia", "60 Minutes", "7News"),
# never a year's, an amount's or a date's ("2016 Trump", "$5 Million", "9 March").
_NUMBER_OPENING = (r"(?:\d(?<![\w$€£.,/-]\d)\d?(?<![\w$€£.,/-]\d\d)[^\S\n]?(?!(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|"
                   r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[A-Z][a-z]))")
_NAME_REST = rf"(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?|and[^\S\n]+|{_ORG_FOR}for[^\S\n]+(?:the[^\S\n]+)?|{_ORG_ON}on[^\S\n]+(?!{_WHEN_WORD})(?:the[^\S\n]+)?|de[^\S\n]+)?\*?(?!(?:He|She|It|They|We|I)\b){_NAME_WORD}\*?){{0,6}}"
_NAME = rf"{_NAME_WORD}{_NAME_REST}"
# (Only a speaker before its verb and a document's maker may open with a number: in every pattern, the
# number's branch cost 1 ms per text.)
_NUMBERED_NAME = rf"{_NUMBER_OPENING}{_NAME_WORD}{_NAME_REST}"
# An unnamed speaker: a determiner, up to four words, and a group noun ("a senior U.S. defense official").
_DETERMINERS = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]op|[Ss]enior)"
_AUX = (r"(?:\s+(?:has|have|had|also|again|repeatedly|reportedly|now|then|later|once|first|even|still|just|already|"
        r"(?:is|are|was|were|been)(?=\s+[a-z]+ing\b)|continues to|continue to|"
        r"did|does|do|will|would|could|can|may|might|must|should|not|never|both|all|\w+ly|earlier|"
        r"itself|himself|herself|themselves|overall|polled|surveyed|"
        r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
        r"today|yesterday|since|(?:last|this)\s+(?:week|month|year)|"
        r"in\s+a\s+statement|in\s+an\s+interview|"
        r"(?:in|on)\s+(?:a|an|his|her|their|its)\s+(?:[A-Z][\w-]*\s+|new\s+|recent\s+|radio\s+|television\s+|TV\s+|"
        r"campaign\s+)?(?:post|op-ed|letter|email|e-mail|tweet|blog\s+post|speech|statement|interview|memo|video|"
        r"column|essay|book|appearance)|on\s+(?:Twitter|Facebook|Instagram|Fox\s+News|CNN|MSNBC)))*")
# A dot that ends no sentence: a title's ("Mr. Romney"), an initial's ("John F. Kennedy"), or an abbreviated
# state's or party label's before a comma ("R-Ky.,", "R-Calif.,", "of Huntsville, Ala., says").
_INNER_DOT = (r"(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bSt)|(?<=\bJr)|"
              r"(?<=\b[A-Z])(?<!\bon X))\.(?=[^\S\n]*[A-Z,])|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3})|(?<=\b[A-Z][a-z]{4}))\.(?=,)|"
              r"(?<=\bNo)\.(?=[^\S\n]*\d)|(?<=\b[A-Z])\.(?=-[a-z])")     # ("the D.C.-based group")
# Between a speaker and the verb: a party label in brackets ("(R-Ohio)"), and one to three parts between
# commas ("Roe, 35, the daughter of ..., said") or one between dashes. A part that opens with "and" or
# "or" and a name names a second person, who speaks ("Jo Roe, the chair, and Sam Lee, who wants").
# (Two apostrophes close a quotation in some papers: an apposition never holds them.)
_APPOSITION = (r"(?:[^\S\n]*\([^()\n]{1,40}\),?)?"
               rf"(?:(?:,(?![^\S\n]+(?:and|or)[^\S\n]+[A-Z])(?:[^,.;:“”\"'\n]|'(?!')|{_INNER_DOT}){{1,200}}){{1,3}},|[^\S\n]+(?:[—–]|--)[^.;:“”\"—–\n]{{1,120}}?(?:[—–]|--)|,)?")
_PRONOUNS = ("he", "she", "He", "She")
_FEMALE_TITLES = ("Mrs.", "Ms.", "Mrs", "Ms", "Miss")
_MALE_TITLES = ("Mr.", "Mr")
# "70 people reported killed": a counted noun and a passive, not someone speaking.
_COUNTED = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|dozens|hundreds|thousands|millions)\s+(?:\w+\s+)?$")
_PASSIVE_AFTER = re.compile(r"\s+(?:killed|dead|missing|injured|wounded|hurt|arrested|detained|displaced|"
                            r"infected|sick|ill|affected)\b")
_PARTICIPLES = ("admitting", "insisting", "claiming", "warning")     # "While insisting that ..., X declared"
# What no "Name, who ..., said" attribution spans: its speaker is a name, a group or a pronoun, and the
# apposition stops at these marks. A name holds a '.' only before a letter ("U.S"), so one that ends a
# sentence is a stop too.
_STOP_MARKS = ";:“”\""
_SPEAKERS_KEPT = 4096        # speakers whose side VoiceData.side_of remembers


@dataclass(frozen=True)
class Verb:
    form: str
    neutral: bool
    effect: str | None = None
    ambiguous: bool = False     # also a noun: counts only before "that", a comma, a colon or a quote
    position: bool = False      # a stance or intention ("wants", "plans to"), not words said: a "position" voice
    before: tuple[str, ...] = ()    # words one of which must follow ("plans" counts only before "to")
    not_before: tuple[str, ...] = ()    # words that must not follow ("reported from Washington": a byline)
    bodies_act: bool = False    # words said only by a person: "the US recalled staff" is an act


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    members: tuple[str, ...]
    topics: tuple[str, ...]
    pattern: re.Pattern | None = field(default=None, compare=False, repr=False)     # any of the members

    def includes(self, speaker: str) -> bool:
        return self.pattern is not None and self.pattern.search(speaker) is not None


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    words: tuple[str, ...]
    expected: bool = False


@dataclass(frozen=True)
class VoiceData:
    verbs: tuple[Verb, ...]
    groups: tuple[str, ...]
    not_speakers: frozenset[str]
    phrases: tuple[tuple[str, str], ...]      # (pattern, kind)
    sides: tuple[Side, ...]
    questions: tuple[tuple[str, tuple[str, str, str]], ...] = ()   # name -> (level, prompt, good_answer)
    institutions: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    descriptions: frozenset[str] = frozenset()
    roles: tuple[Role, ...] = ()
    organisation_words: frozenset[str] = frozenset()
    group_names: frozenset[str] = frozenset()      # lower case: "democrats", "russians"
    places: frozenset[str] = frozenset()           # "France", "Ohio": a place speaks for its government
    demonyms: frozenset[str] = frozenset()         # "Israeli", "Norwegian": a noun's qualifier, no speaker
    things: frozenset[str] = frozenset()           # "drug", "vaccine": a name the text calls one never speaks
    bodies: frozenset[str] = frozenset()           # "board": unnamed in lower case, a name's end in capitals
    _sides_of: dict[str, str | None] = field(default_factory=dict, init=False, compare=False, repr=False)
    _roles_of: dict[tuple[str, bool], str] = field(default_factory=dict, init=False, compare=False, repr=False)
    _titles: list = field(default_factory=list, init=False, compare=False, repr=False)
    _role_nouns: list = field(default_factory=list, init=False, compare=False, repr=False)
    _by_form: dict[str, Verb] = field(default_factory=dict, init=False, compare=False, repr=False)

    def role_of(self, speaker: str | None, named: bool) -> str:
        """The id of the first role with a word in ``speaker``; else "person" for a named speaker (or
        "organisation" for a name that is one) and "unnamed-source" for an unnamed one. (Kept, like
        ``side_of``: the same speakers recur.)"""
        if not speaker:
            return "unnamed-source"
        key = (speaker, named)
        if key not in self._roles_of:
            if len(self._roles_of) >= _SPEAKERS_KEPT:
                self._roles_of.clear()
            self._roles_of[key] = self._role_of(speaker, named)
        return self._roles_of[key]

    def _role_of(self, speaker: str, named: bool) -> str:
        if named and self.is_place(speaker):
            return "official"       # "France said": its government speaks
        words = set(re.findall(r"[\w.’'-]+", speaker))
        lower = {w.lower() for w in words}
        for role in self.roles:
            for word in role.words:
                if (" " in word and word in speaker) or (word in words if word[:1].isupper() else word in lower):
                    return role.id
        if named:
            return "organisation" if self.is_organisation(speaker) else "person"
        return "unnamed-source"

    def is_organisation(self, speaker: str) -> bool:
        if _TITLED_NAME.search(speaker):
            return False            # "Russian Ministry of Foreign Affairs Spokesperson Maria Zakharova"
        person = re.split(r"[^\S\n]+(?:of|at|from)[^\S\n]+", speaker, maxsplit=1)
        if len(person) == 2 and len(person[0].split()) >= 2:
            if person[0].split()[-1] in self.organisation_words:
                return True         # "National Harbour Party of Ruritania": the organisation is named first
            if not any(w in self.organisation_words or w.lower() in self.organisation_words for w in person[0].split()):
                return False        # "Jane Roe of Clemson University": a person, with where she works
        if _ORG_NAME.search(speaker):
            return True             # "Center for Economic and Policy Research", "Union of Concerned Scientists"
        if speaker[:1].isdigit():
            return True             # "60 Minutes", "9 News": no person's name opens with a number
        if re.search(r"\w\.(?:com|org|net|co\.uk|news|info|io|us|gov|edu|eu|uk|ca|de|fr|ru|ua|ai|tv)$", speaker, re.I):
            return True             # "RadarOnline.com": a website
        words = re.findall(r"[\w.’'-]+", speaker)
        # (The parts of a hyphenated last word count: "Las Vegas Review-Journal" is a newspaper.)
        last = words[-2:] + (words[-1].split("-")[1:] if words else [])
        if any(w in self.organisation_words or w.lower() in self.organisation_words for w in last):
            return True
        return bool(words) and all(w.isupper() and len(w) >= 2 for w in words if w[:1].isalpha())

    def is_place(self, speaker: str | None) -> bool:
        """Is the speaker a country, a union of countries or a US state ("France", "the United States")?"""
        return bool(speaker) and re.sub(r"^the\s+", "", speaker, flags=re.I) in self.places

    def role_label(self, role_id: str) -> str:
        labels = {r.id: r.label for r in self.roles}
        return labels.get(role_id) or {"person": "Other named people", "organisation": "Organisations and the media",
                                       "named": "Other names (person or body: the text does not say)",
                                       "unnamed-source": "Unnamed sources"}.get(role_id, role_id)

    def question(self, name: str) -> tuple[str, str, str]:
        return dict(self.questions)[name]

    def verb(self, text: str) -> Verb | None:
        if not self._by_form:
            self._by_form.update((v.form, v) for v in reversed(self.verbs))
        return self._by_form.get(" ".join(text.lower().split()))

    def side_of(self, speaker: str | None) -> str | None:
        """The first side with a member named in ``speaker``. The same speakers recur from text to text
        (five calls in six), and trying every side's pattern cost 0.15 ms per text: answers are kept, for
        a bounded number of speakers."""
        if not speaker:
            return None
        if speaker not in self._sides_of:
            if len(self._sides_of) >= _SPEAKERS_KEPT:
                self._sides_of.clear()
            self._sides_of[speaker] = next((s.id for s in self.sides if s.includes(speaker)), None)
        return self._sides_of[speaker]


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


# ------------------------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_voice_data(path: Path = VOICES_FILE) -> VoiceData:
    return parsed_or_raise(_parse, path)


def validate_voices(path: Path = VOICES_FILE) -> list[Problem]:
    return problems_of(_parse, path)


def _parse(path: Path, problems: list[Problem]) -> VoiceData:
    data = read_mapping(path, problems)
    if data is None:
        return VoiceData((), (), frozenset(), (), ())
    verbs: list[Verb] = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("verbs") or [], 1):
        checker = EntryChecker(path, item, f"verb #{index}", problems)
        forms = checker.texts("forms", required=True)
        neutral = checker.flag("neutral", True)
        effect = checker.text("effect", required=not neutral,
                              fix="say how the verb colours the words it introduces, e.g. effect: casts doubt on ...")
        for form in forms:
            if form.lower() in seen:
                checker.add("forms", f"lists {form!r}, which another verb entry already lists")
            seen.add(form.lower())
            verbs.append(Verb(form.lower(), neutral, effect, checker.flag("ambiguous", False),
                              checker.flag("position", False), checker.texts("before"), checker.texts("not_before"),
                              checker.flag("bodies_act", False)))
    phrases = []
    for index, item in enumerate(data.get("phrases") or [], 1):
        checker = EntryChecker(path, item, f"phrase #{index}", problems)
        pattern = checker.text("pattern")
        kind = checker.choice("kind", VOICE_KINDS, "voice kind")
        if pattern and "{speaker}" not in pattern:
            checker.add("pattern", "must contain {speaker}", fix="e.g. pattern: \"according to {speaker},\"")
        elif pattern and kind:
            phrases.append((pattern, kind))
    sides = []
    for index, item in enumerate(data.get("sides") or [], 1):
        checker = EntryChecker(path, item, f"side #{index}", problems)
        members = checker.texts("members", required=True)
        sides.append(Side(id=checker.text("id") or f"side-{index}", label=checker.text("label") or "",
                          members=members, topics=checker.texts("topics", required=True),
                          pattern=compile_term("|".join(members))))
    questions = []
    for name, checker in named_entries(path, data, "questions", _QUESTIONS, "question", "level, prompt and good_answer",
                                       problems):
        needs_prompt = name != "no_missing"
        questions.append((name, (checker.choice("level", LEVELS, "level", required=needs_prompt) or "analyse",
                                 checker.text("prompt", required=needs_prompt) or "", checker.text("good_answer") or "")))
    roles = []
    for index, item in enumerate(data.get("roles") or [], 1):
        checker = EntryChecker(path, item, f"role #{index}", problems)
        roles.append(Role(id=checker.text("id") or f"role-{index}", label=checker.text("label") or "",
                          words=checker.texts("words", required=True), expected=checker.flag("expected", False)))
    top = EntryChecker(path, data, "voices.yaml", problems)
    return VoiceData(verbs=tuple(sorted(verbs, key=lambda v: (-len(v.form), v.form))),
                     groups=top.texts("groups", required=True), not_speakers=frozenset(top.texts("not_speakers")),
                     phrases=tuple(phrases), sides=tuple(sides), questions=tuple(questions),
                     institutions=frozenset(top.texts("institutions")), roles=tuple(roles),
                     documents=frozenset(top.texts("documents")),
                     descriptions=frozenset(top.texts("descriptions")),
                     organisation_words=frozenset(top.texts("organisation_words")),
                     group_names=frozenset(w.lower() for w in top.texts("group_names")),
                     places=frozenset(top.texts("places")), demonyms=frozenset(top.texts("demonyms")),
                     things=frozenset(w.lower() for w in top.texts("things")),
                     bodies=frozenset(top.texts("bodies")))


# ----------------------------------------------------------------------------------------- detection


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern                  # "Jens Stoltenberg said", "Western officials have also repeated"
    stops_and_verbs: re.Pattern | None  # where ``before`` can match, see _attributions_before
    after: re.Pattern                   # "...", said Blinken
    participle: re.Pattern              # "Insisting that ..."
    phrases: tuple[tuple[re.Pattern, str], ...]
    documents: re.Pattern | None = None  # "A new CNN/ORC poll released Sunday shows ..."
    colon: re.Pattern | None = None      # "JAKE TAPPER: ...", "Ann Coulter: ..." at a line's start
    document_hint: re.Pattern | None = None  # where ``documents`` can match: a document noun, then its verb
    passive: re.Pattern | None = None    # "Rubio was asked by moderator Gerard Baker": who asked follows "by"
    apposition_verb: re.Pattern | None = None   # a name and a plain attribution verb inside an apposition


@lru_cache(maxsize=4)
def _patterns(data: VoiceData) -> _Patterns:
    verbs = _by_first_letter([_verb_regex(v) for v in data.verbs] + _headline_verbs(data))
    speaker = rf"(?:{_share_regex(data.groups)}|{_unnamed_regex(data.groups)}|{_owned_regex(data.groups)}|{_speaker_regex(data.groups)}|{_NUMBERED_NAME}|{_NAME}{_MEDIUM}?|\b(?:he|she|He|She)\b)"
    before = re.compile(rf"{_speaker_start(data.groups)}{_not_a_speaker(data)}(?P<speaker>{speaker})"
                        rf"(?P<apposition>{_APPOSITION})(?:\s+who)?{_AUX}\s+(?P<verb>{verbs})\b")
    # (A verb or group written with a stop mark could span it: then the whole body is searched.)
    words = (*data.groups, *(v.form for v in data.verbs))
    spans_stops = any(mark in word for word in words for mark in _STOP_MARKS + ".")
    # A stop or white space and a verb, read as (?P<stop>[{_STOP_MARKS}]|\.(?!\w))|\s(?:{verbs})\b, where
    # the dot of a title ("Sen.") is no stop. Written to start with the class of their first characters,
    # which lets the regex engine skip to those characters (it tries the pattern at every position
    # otherwise); the look-backs then pick the branch.
    stops_and_verbs = None if spans_stops else re.compile(
        rf"[{_STOP_MARKS}.\s](?:(?P<stop>(?<=[{_STOP_MARKS}])|(?<=\.){_NOT_A_TITLE_DOT}(?!\w))|(?<=\s)(?:{verbs})\b)")
    # (Never "told": "..., told ABC News" names who was told.)
    said = _by_first_letter([_verb_regex(v) for v in data.verbs
                             if not v.position and v.form not in _TOLD and v.form not in _NOT_INVERTED])
    # (A role before the name, set off by a comma: "..., said Rubio's deputy campaign manager, Rich Roe.")
    after = re.compile(rf"(?:[,“”\"]|'')\s*(?P<verb>{said})[^\S\n]+(?P<speaker>"
                       rf"(?:(?:the|a|an)[^\S\n]+)?(?:{_NAME}['’]s?[^\S\n]+)?(?:[a-z][\w’'-]*[^\S\n]+){{0,3}}"
                       rf"(?:{_NAME}[^\S\n]+)?[a-z][\w-]*,"
                       rf"[^\S\n]+{_NAME}(?<!\b[A-Z])(?=,|\.(?:\s|$)|$|[^\S\n]+of\b)|{_unnamed_regex(data.groups)}|"
                       rf"(?:{_NAME}[^\S\n]+)?(?:(?!{_NOT_BEFORE_NAME})[a-z][\w-]*[^\S\n]+){{0,4}}{_NAME}{_MEDIUM}?){_AFTER_NAME}")
    # (Opening its sentence: "Insisting that ..., Roe declared"; never "Lee was blunt, claiming that Roe wanted ...".)
    participle = re.compile(rf"\b(?:While\s+|(?=[A-Z]))(?P<verb>(?i:{'|'.join(_PARTICIPLES)}))\b")
    past = _by_first_letter([re.escape(v.form) for v in data.verbs      # ("threatened by China": no position)
                             if re.fullmatch(r"[a-z]+ed", v.form) and v.form not in _NOT_PASSIVE and not v.position])
    # ("were told by Carla Roe": the teller speaks, as the asker of "asked by" does.)
    passive = re.compile(rf"\b(?P<verb>(?:{past}|Asked)(?<=ed)|told)[^\S\n]+by[^\S\n]+(?P<speaker>{_unnamed_regex(data.groups)}|"
                         rf"(?:{_NAME}[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){{0,4}}{_NAME}){_AFTER_NAME}") if past else None
    phrases = []
    for pattern, kind in data.phrases:
        parts = re.split(r"(\{speaker\}|\{verb\})", pattern)
        # A speaker with words after it ("in a {speaker} poll") is a name of a few words: "in a race that
        # saw Bush slip in the poll" names no pollster. One that ends the pattern runs to the clause's end.
        inner = r"(?:[^:.,;(“\"\s]|\.(?=\w))+(?:[^\S\n]+(?:[^:.,;(“\"\s]|\.(?=\w))+){0,6}?"
        regex = "".join(
            (rf"(?P<speaker>(?:[^:.,;(“\"\n]|\.(?=\w)|{_INNER_DOT}){{2,150}}?)" if pattern.endswith("{speaker}") else
             rf"(?P<speaker>{inner})") if p == "{speaker}" else rf"(?P<verb>{verbs})" if p == "{verb}"
            else re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") + (r"(?:s|ing)?\b" if p[-1:].isalpha() else "")
            for p in parts)
        if pattern.endswith("{speaker}"):
            # The speaker runs to the end of the clause, which no title's or initial's dot ends ("Mr. Roe").
            regex += rf"(?=\s*(?:[,;:()]|(?!{_INNER_DOT})\.(?!\w))|\s*$)"
        phrases.append((re.compile(regex), kind))
    # A document noun, also capitalised in a pollster's name ("a new Harbour Post/Northland College Poll finds").
    nouns = "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in sorted(data.documents))
    plurals = "|".join(re.escape(n) for n in sorted(data.documents) if n.endswith("s") and n not in ("analysis",))
    capital_plurals = "|".join(re.escape(n.capitalize()) for n in sorted(data.documents)
                               if n.endswith("s") and n not in ("analysis",))
    documents = re.compile(
        # ("that" before an article is a conjunction: "argued that the board's own data suggested".)
        rf"(?P<speaker>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat(?![^\S\n]+(?:the|a|an|his|her|its|their)\b)|[Nn]ew|[Ee]xit|[Rr]ecent|[Ll]atest|[Ss]everal|[Tt]wo)[^\S\n]+(?:(?!(?:that|which|who|saying)\b)(?:[\w/&'’-]|\.(?=\w))+[^\S\n]+){{0,6}}?(?:{nouns})"
        # (Or its maker's name and a plural noun, with no article: "Federal Election Commission records show".)
        # (An acronym or two capitalised words: "Early polls show" names no maker.)
        rf"|(?<![\w’'-])(?:(?:[A-Z]\.){{2,}}|[A-Z]{{2,}}[\w/-]*|[A-Z][\w-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w-]*)+)"
        rf"[^\S\n]+(?:{plurals})"
        # (Or a plural noun opening its clause that a place or a date identifies: "Polls in Ohio show".)
        rf"|(?<![\w’'-])(?:{capital_plurals})(?=[^\S\n]+(?:in|from|released|conducted|taken)[^\S\n]+[A-Z])"
        # (Or a day's or a month's document: "Tuesday's results show".)
        rf"|(?<![\w’'-]){_DAY_OR_MONTH}['’]s[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{nouns}))"
        r"(?P<apposition>,?[^\S\n]+(?:released|conducted|published|taken|by|from|of|for|in|last|this|on|out)\b"
        rf"[^.;:“”\"\n]{{0,80}}?,?)?[^\S\n]+(?:(?:have|has|had|also)[^\S\n]+)?(?P<verb>{_DOCUMENT_VERB})\b"
    ) if data.documents else None
    document_hint = re.compile(
        rf"\b(?:{nouns})\b[^.;:“”\"\n]{{0,90}}?\b(?:{_DOCUMENT_VERB})\b") if data.documents else None
    # At a line's start, or after a dash when a quotation follows the colon ("TOO EARLY - Jon Cohen: “...").
    colon = re.compile(rf"(?m)(?:^[ \t>*_]*|[^\S\n][-—–][^\S\n]+(?=[^:\n]{{2,60}}:[^\S\n]*[“\"]))"
                       rf"(?P<speaker>{_NAME})(?:[^\S\n]*\([^()\n]{{1,30}}\))?:[^\S\n]")
    plain = _by_first_letter([re.escape(v.form) for v in data.verbs if not (v.ambiguous or v.position or v.before)
                              and re.fullmatch(r"[a-z]+", v.form) and not v.form.endswith("ing")])
    # (A part set off by commas that opens with a capital and holds the verb: "..., Senator Roe endorsed";
    # not "Roe, who on Tuesday endorsed Lee, said".)
    apposition_verb = re.compile(rf",[^\S\n]+[A-Z][^,]*?[^\S\n](?:{plain})\b")
    return _Patterns(before, stops_and_verbs, after, participle, tuple(phrases), documents, colon, document_hint,
                     passive, apposition_verb)


_TOLD = frozenset({"told", "tells", "tell", "telling"})
# A publication named with what it is: "Harbour magazine", "the Harbour daily" (its name, and a named speaker).
_MEDIUM_NOUNS = "magazine|newspaper|daily|website"
_MEDIUM = rf"(?:[^\S\n]+(?:{_MEDIUM_NOUNS})\b)"
# Words that never lead from a verb to its speaker's name: ", pledged her vote to Roe" names whom the
# vote went to; "said the former governor Jane Roe" and "added his campaign manager Jeff Weaver" do.
_NOT_BEFORE_NAME = r"(?:to|in|on|at|for|from|with|by|into|about|against|him|them|us|me|it)\b"
# Verbs whose name after them is what they act on, never who spoke: "..., endorsed Jane Roe last week",
# "..., quoted the Talmud". (On PolNeAR train, 4 of 5 such names after "endorsed" or "quoted" were objects.)
# "The event, called the Harbour Freeze, ..." names a thing: a name after "called" is never its speaker
# (PolNeAR dev: distinct speakers 0.933 -> 0.934, no source lost on train or dev).
_NOT_INVERTED = frozenset({"endorsed", "endorses", "endorsing", "quoted", "called"})
# The dot of a title ("Sen."), of an initial ("Harry M. Reid"), of "No. 2", or before a bracket or a comma
# ("(R-Ky.)", "Carthage, Ill., said") ends no sentence.
# ("on X." is the platform, once Twitter, at a sentence's end: no initial.)
_NOT_A_TITLE_DOT = ("".join(rf"(?<!\b{title}\.)" for title in _TITLES) + r"(?:(?<!\b[A-Z]\.)|(?<=\bon X\.))(?![),])"
                    r"(?!(?<=\bNo\.)[^\S\n]*\d)")
# After a speaker named after the verb ("..., said Blinken"): the clause ends or goes on with a
# preposition. "... “declared” Kiev a ..." names what was declared, not who spoke.
_AFTER_NAME = (r"(?=[^\S\n]*(?:[,.;:()—–]|$)|[^\S\n]+(?:who|of|in|on|at|to|after|when|during|from|for|about|last|this|"
               r"yesterday|today|earlier|told|said|says|and|whether|if)\b)")


def _not_a_speaker(data: VoiceData) -> str:
    """A look-ahead refusing to start a speaker at a word that opens sentences but names nobody ("After
    Russian President Vladimir Putin said" starts at "Russian"; "And on Tuesday, Kevin Brady, chairman
    of ..., said" does not take "And" for the speaker). Determiners stay: they open unnamed speakers."""
    words = sorted(w for w in data.not_speakers if re.fullmatch(r"[A-Z][\w’']*", w) and
                   not re.fullmatch(_DETERMINERS, w) and w not in _GROUP_QUALIFIERS)
    qualifiers = "|".join(sorted(_GROUP_QUALIFIERS))
    groups = "|".join(re.escape(g) for g in data.groups)
    # A party or a nation's adjective opens a group's name ("American law enforcement officials said"),
    # never a person's ("American Vladimir Putin").
    qualified = rf"|(?:{qualifiers})\b(?![^\S\n]+(?:[\w.-]+[^\S\n]+){{0,2}}(?:{groups})\b)"
    return rf"(?!(?:{_by_first_letter([re.escape(w) for w in words])})\b{qualified})" if words else ""


# Adjectives in not_speakers that may open a group's name.
_GROUP_QUALIFIERS = frozenset({"American", "Republican", "Democratic", "Democrat"})


# A share of a group: "Nine in 10", "56 percent of", "a majority of", "two-thirds of".
_SHARE = (r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Ss]ome|[Rr]oughly|[Jj]ust|[Mm]ore[^\S\n]+than|"
          r"[Ff]ewer[^\S\n]+than|[Ll]ess[^\S\n]+than)[^\S\n]+)?"
          r"(?:(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)[^\S\n]+(?:in|of|out[^\S\n]+of)[^\S\n]+(?:\d+|ten|10)|"
          r"\d[\d.,]*[^\S\n]*(?:%|percent)(?:[^\S\n]+of)?|[A-Z][a-z]+(?:-[a-z]+)?[^\S\n]+percent[^\S\n]+of|"
          r"(?:[Aa]|[Tt]he)[^\S\n]+(?:large[^\S\n]+|slim[^\S\n]+|narrow[^\S\n]+|clear[^\S\n]+)?"
          r"(?:majority|minority|plurality)[^\S\n]+of|(?:[Hh]alf|[Tt]wo-thirds|[Tt]hree-quarters)[^\S\n]+of)")


def _share_regex(groups: tuple[str, ...]) -> str:
    """A share of a group as speaker: "Nine in 10 Democratic voters", "56 percent of Cuban-Americans"
    (a group noun, or a capitalised plural, ends it)."""
    alternation = "|".join(re.escape(g) for g in groups)
    return (rf"(?<![\w’'-]){_SHARE}[^\S\n]+(?:(?:the|all|those)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){{0,4}}?"
            rf"(?:(?:{alternation})\b|[A-Z][\w-]*s\b)")


def _unnamed_regex(groups: tuple[str, ...]) -> str:
    """A determiner, up to four words and a group noun: "a senior U.S. defense official"."""
    alternation = "|".join(re.escape(g) for g in groups)
    # (The words between never include a preposition: "an increasing concern amongst experts" is no
    # description of the experts.)
    # (Two roles joined by "and" are one speaker's: "the Harbour senator and Republican presidential candidate".)
    return (rf"(?<![\w’'-]){_DETERMINERS}[^\S\n]+(?:(?!(?:{_PREPOSITIONS})\b)[\w.’'-]+[^\S\n]+){{0,4}}?"
            rf"(?:{alternation})\b(?:[^\S\n]+and[^\S\n]+(?:(?!(?:{_PREPOSITIONS}|the|a|an)\b)[\w.’'-]+[^\S\n]+){{0,3}}?"
            rf"(?:{alternation})\b)?")


_PREPOSITIONS = "among|amongst|between|about|like|including|over|under"


def _owned_regex(groups: tuple[str, ...]) -> str:
    """A name owning a group: "O’Malley’s campaign", "Trump's aides"."""
    alternation = "|".join(re.escape(g) for g in groups)
    # (Up to three lower-case words between: "Roe's campaign manager", "Lee's top aides".)
    return rf"{_NAME}['’]s?[^\S\n]+(?:(?!(?:{_LINKS})\b)[a-z][\w-]*[^\S\n]+){{0,3}}?(?:{alternation})\b"


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation of regular expressions, grouped by a first letter they share: "s(?:aid|ays)|told".
    The regex engine tries the branches of an alternation one by one at every position it gets to;
    grouped, it tries only those that start with the letter there. A match is the same: alternatives
    keep their order, and (case mattering) alternatives starting with different letters never match at
    one position."""
    grouped: dict[str, list[str]] = {}
    for alternative in alternatives:
        # An alternative that does not start with a letter or digit is a group of its own.
        key = alternative[0] if alternative[:1].isalnum() else alternative
        grouped.setdefault(key, []).append(alternative)
    return "|".join(members[0] if len(members) == 1 else
                    f"{key}(?:{'|'.join(member[len(key):] for member in members)})"
                    for key, members in grouped.items())


# Words that join clauses, never describe a group: "Trump and voters", "Clinton said officials".
# Modal verbs and adverbs, which never describe a group: "Republicans can reasonably campaign, saying".
_MODALS = r"can|could|will|would|may|might|must|should|shall|\w+ly"
_LINKS = "and|or|but|of|in|on|at|to|for|from|with|by|said|says|told|the|a|an|that|who|which|as|than|is|are|was|were"


def _speaker_regex(groups: tuple[str, ...]) -> str:
    r"""An unnamed group as speaker, with a capitalised word before it or not: "Western officials",
    "experts", never the end of a longer word ("eyewitnesses"). Read as
    (?:[A-Z][\w-]*\s+|(?<![\w-]))(?:groups)\b; written as two branches, which the regex engine
    tries faster at positions where neither can start (the word never ends in white space, so giving
    back its letters never helps, hence *+)."""
    alternation = "|".join(re.escape(g) for g in groups)
    return rf"[A-Z][\w.-]*+\s+(?:[A-Z][\w.-]*+\s+){{0,2}}(?:(?!(?:{_LINKS}|{_MODALS})\b)[a-z][\w-]*+\s+){{0,2}}(?:{alternation})\b|(?<![\w-])(?:{alternation})\b"


# A speaker starts a word, never inside one ("comScore"); a live blog's time glued to a name starts it
# ("9:52PMJane Roe Says").
_WORD_START = r"(?:(?<![\w-])|(?<=\d[AP]M))"     # (not after a hyphen: "anti-Harbourite who accused")


def _speaker_start(groups: tuple[str, ...]) -> str:
    """A look-ahead for the first character of any speaker in ``before``: a capital (a name, or a word
    before a group), the first letter of a group, or of he/she. Most positions fail this one test
    instead of each branch of the speaker (0.15 ms per text)."""
    first = sorted({"h", "s", "H", "S", "a", "A", "t", "T", "o", "O", "f", "F", "m", "M", "n", "r", "j", "l"}
                   | {g[0] for g in groups})
    return rf"{_WORD_START}(?=[A-Z0-9{''.join(re.escape(c) for c in first)}])"     # (digits and "nearly": shares)


def _headline_verbs(data: VoiceData) -> list[str]:
    """Verbs as a headline writes them ("Clinton Says Crash Seems ..."): a capital, one word, never one
    that is also a noun (ambiguous) nor a participle ("Warning", "Calling" open sentences)."""
    return [re.escape(v.form[0].upper() + v.form[1:]) for v in data.verbs
            if not v.ambiguous and not v.before and v.form.isalpha() and v.form.islower() and not v.form.endswith("ing")]


def _verb_regex(verb: Verb) -> str:
    regex = re.escape(verb.form).replace(r"\ ", r"\s+")
    if verb.before:
        # "plans to", "is pushing for": the word that makes the form a stance, not a noun or an act.
        regex += rf"(?=\s+(?:{'|'.join(re.escape(w) for w in verb.before)})\b)"
    if verb.not_before:
        regex += rf"(?!\s+(?:{'|'.join(re.escape(w) for w in verb.not_before)})\b)"
    if verb.form.endswith("ed"):
        regex += r"(?![^\S\n]+by\b)"     # "Johnson, supported by 13 percent": a passive, whose speaker follows
    if not verb.ambiguous:
        return regex
    # A past tense also at the end of a sentence ("Voters like the plan, Gallup found."), never a noun
    # there ("the Baltic states.").
    past = verb.form.endswith("ed") or verb.form in ("found", "thought")
    # "concluded this month that"; a pronoun opening the clause marks a verb too ("Roe claims he is worth").
    # (A present tense before a determiner is a verb too: "Roe notes the foundation hid ...".)
    determiner = _DETERMINER_AFTER if verb.form.endswith("s") else ""
    # ("The Harbour Post reports Roe will ...": a name after "reports" or "notes" is what it reports.)
    named = _NAME_AFTER if verb.form in _REPORTS else ""
    that = rf"(?:(?:{_WHEN})?\s+that|\s+(?:he|she|they|we){determiner}){named}\b"
    return regex + (rf"(?={that}|\s*[:“\"]|,\s*[“\"]|\.(?:\s|$))" if past else rf"(?={that}|\s*[:“\"]|,\s*[“\"])")


_REPORTS = frozenset({"reports", "notes"})
_NAME_AFTER = (r"|[^\S\n]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+(?:['’]s)?"
               r"(?=[^\S\n]+[a-z])")      # (not "Media reports Monday said": a day)
# After a present tense that is also a noun, a determiner marks it as the verb ("Roe notes the ...").
_DETERMINER_AFTER = r"|[^\S\n]+(?:the|his|her|their|its)"
# A short phrase of time between a verb and what it introduces: "this month", "on Tuesday", "last week".
_WHEN = (r"\s+(?:(?:this|last|on|earlier|later)\s+(?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"morning|afternoon|evening|night)|today|yesterday)")


def is_share(speaker: str | None) -> bool:
    """Is the speaker a share of a group ("About two-thirds of fishermen", "56 percent of voters")?"""
    return bool(speaker) and bool(re.match(_SHARE, speaker))


def speaks_as_body(speaker: str | None, data: VoiceData) -> bool:
    """Does a body itself speak ("the health ministry", "the campaign"), whose statement can be found, rather
    than someone unnamed from it ("a State Department representative")?"""
    last = (speaker or "").split()[-1:]
    return bool(last) and (last[0].lower() in data.institutions or last[0] in data.organisation_words
                           or last[0].lower() in data.organisation_words or last[0].lower() in _BODY_NOUNS)


_BODY_NOUNS = frozenset({"ministry", "department", "agency", "campaign", "office", "government", "administration",
                         "committee", "council", "court", "police", "newspaper", "website"})


def detect_voices(source: Source) -> list[Voice]:
    data = load_voice_data()
    patterns = _patterns(data)
    content, start = source.content, source.body_start
    found: list[Voice] = []
    for pattern, kind in patterns.phrases:
        for match in pattern.finditer(content, start):
            found.extend(_voice(source, data, match, kind))
    for match in (*_past_appositions(patterns, content,
                                     _past_datelines(patterns, content, _attributions_before(patterns, content, start))),
                  *patterns.after.finditer(content, start), *_passives(patterns, content, start)):
        found.extend(_voice(source, data, match, None))
    found.extend(_embedded_posts(source, data))
    found.extend(_vague_sources(source, data))
    found.extend(_described_subjects(source, data))
    found.extend(_owned_words(source, data))
    found.extend(_documents_and_transcripts(source, data, patterns))
    quoted = _quoted_spans(source)
    found = [v for v in found if not _inside(v.start, quoted)]
    voices = _resolve_pronouns(source, data, _without_overlaps(found), quoted)
    for match in _participles(patterns, content, start):
        voices.extend(_participle_voice(source, data, match, voices))
    voices.extend(_subject_participles(source, data, voices))
    voices.extend(_block_quotes(source, data, voices))
    voices = _without_places(source, data, voices)
    voices = _without_common_openers(source, data, voices)
    voices = _groups_of_a_place(data, _hyphenated_groups(source.content, voices))
    voices = _without_things(source, data, voices)
    voices = [v for v in voices if not ((_ASKED_ABOUT.search(source.content, max(0, v.start - 12), v.start)
                                         or _AUXILIARY_BEFORE.search(source.content, max(0, v.start - 40), v.start))
                                        and _SENTENCE_REST.match(source.content, v.end).group().endswith("?"))
              and not _according_to_a_view(v.text) and not _shouted_after_a_pronoun(source.content, v)
              and not _participle_after_a_noun(source.content, v) and not _a_day(v.speaker)]
    voices = [_group_at_work_on(source.content, data, v) for v in voices]
    voices = [_anonymity_asked(source.content, data, v) for v in voices]
    voices = [_maker_before_in(source.content, data, v) for v in voices]
    voices = [_name_before_a_body(data, v) for v in voices]
    sided = _sides_of_text(source, data)
    described = sorted((_described(v, data, sided) for v in _without_overlaps(voices)), key=lambda v: (v.start, v.end))
    described = _organisations_by_pronoun(source.content, described, data)
    described = [v for v in described if not _act_of_a_body(source.content, data, v) and not _legal_act(source.content, v)
                 and not (v.verb == "support" and _NOUN_ENDS.match(source.content, v.end))
                 and not _demonym_before_a_noun(source.content, data, v) and not _byline(data, v)]
    described = _nicknames(source, data, described)
    described = sorted(described + _quotation_runs(source, described), key=lambda v: (v.start, v.end))
    described = _companies(source.content, described)
    return _names_of_no_known_kind(source, data, _roles_carried(_people_in_the_story(source.content, data, _roles_from_titles(
        source.content, data, [_role_after(source.content, data, v) for v in described]))))


# What a nickname's word looks like: an adjective ("Crazy", "Crooked", "Sleepy", "Little"), never a first name
# such as "Elton" (of "Elton John", with "John Kerry" named).
# (Suffixes that end few first names; "Andy", "Eric", "Fred" and "Emily" end in others, so those adjectives
# are listed.)
_NICKNAME_ADJECTIVE = re.compile(r"^\w{3,}(?:ous|ful|less|ish|ive|ing)$|^Lyin['’]$")
_NICKNAME_WORDS = frozenset("""Crazy Lazy Sleepy Creepy Shifty Sleazy Crooked Dopey Goofy Nasty Silly Phony Sloppy
Little Big Old Young Lil Low Honest Slick Mini Dumb Mad Tiny Weak Wacky Cocky Shady""".split())


def _nicknames(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A word before the first name of a person the text names in full ("Crazy Dana" after "Dana Roe") is a
    nickname of that person: the speaker is the full name, where one person the text names has that first
    name and the word before it opens no other name in the text (no "Dana Lee" beside "Dana Roe"; no
    "Elton John" read as John Kerry)."""
    nicknamed = [v for v in voices if v.named and v.speaker and len(v.speaker.split()) == 2
                 and v.speaker_type == "person" and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", v.speaker)]
    if not nicknamed:
        return voices
    people = {p for p in _body_people(source, data) if len(p.split()) >= 2}
    renamed = {}
    for voice in nicknamed:
        word, first = voice.speaker.split()
        titles = _title_words(data)
        holders = {p for p in people if p != voice.speaker and
                   [w for w in p.split() if w not in titles and w.strip(".") not in _TITLES][:1] == [first]}
        if len(holders) != 1 or word in _title_words(data) or word in data.not_speakers or \
                not (_NICKNAME_ADJECTIVE.search(word) or word in _NICKNAME_WORDS):
            continue
        if re.search(rf"\b{word}[^\S\n]+(?!{first})[A-Z]", source.content):
            continue                # ("Elton John", "Elton Roe": a first name, no nickname)
        renamed[voice.speaker] = next(iter(holders))
    return [replace(v, speaker=renamed[v.speaker]) if v.speaker in renamed and v.named else v for v in voices]


def heard_voices(source: Source, voices) -> list[Voice]:
    """The voices as a lesson lists who is heard: without the positions held inside another speaker's words
    ("Tom Berg believes victory is possible, Jane Roe says": only Roe is heard), and one name per person
    ("Mayor Jo Lane of Harbour City" is "Mayor Jo Lane" where the text has that name speak too).
    (``detect_voices`` keeps both as found: PolNeAR counts a nested source and a place's name, and dropping
    them there cost 4 train sources of 5090.)"""
    voices = list(voices)
    nested = _nested_positions(source, voices)
    data = load_voice_data()
    # (Roles carried again once one person has one name: "Robert “Bob” Dane, the port director, said" and
    # "Bob Dane said" are one official, not an official and a person.)
    kept = [_described_by_a_name_named(source.content, data, v) for at, v in enumerate(voices) if at not in nested]
    return _roles_carried(_titles_as_names(_one_name_per_person(kept, data), data))


def _described_by_a_name_named(content: str, data: VoiceData, voice: Voice) -> Voice:
    """"According to The Harbour Show actress" is the person the text calls "The Harbour Show star Jo Lane"
    (the name before her full name, one person so described): the lesson names her."""
    described = _DESCRIBED_BY_A_NAME.fullmatch(voice.speaker or "") if not voice.named else None
    if described is None:
        return voice
    name = " ".join(voice.speaker.split()[1:-1])
    people = {_drop_leading(m.group("person"), data) for m in re.finditer(
        rf"{re.escape(name)}[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{1,2}}(?P<person>{_NAME})", content)}
    people = {p for p in people if len(p.split()) >= 2 and _is_person(p, data)}
    if len(people) != 1:
        return voice
    return replace(voice, speaker=people.pop(), named=True, speaker_type="person", role="person")


def _titles_as_names(voices: list[Voice], data: VoiceData) -> list[Voice]:
    """"The governor said" where the text has one person speak with that title ("Governor Ana Roe said")
    is that person, named: a lesson does not ask who "the governor" could be. (``detect_voices`` keeps
    the title unnamed: PolNeAR marks "the president" as an unnamed source.)"""
    holders: dict[str, set[str]] = {}
    for v in voices:
        if v.named and v.speaker and v.speaker_type == "person" and " and " not in v.speaker:
            for word in v.speaker.split():
                if word in _title_words(data) and word[:1].isupper() and not word.endswith("."):
                    holders.setdefault(word.lower(), set()).add(v.speaker)
    named = {v.speaker: v for v in voices if v.named and v.speaker}
    renamed = []
    for v in voices:
        title = re.fullmatch(r"(?:the|The)[^\S\n]+([a-z]+)", v.speaker or "") if not v.named else None
        people = holders.get(title.group(1), set()) if title else set()
        if len(people) == 1:
            person = named[next(iter(people))]
            v = replace(v, speaker=person.speaker, named=True, role=person.role, speaker_type=person.speaker_type,
                        side=person.side)
        renamed.append(v)
    return renamed


def _nested_positions(source: Source, voices: list[Voice]) -> set[int]:
    """Indexes of the positions held inside another speaker's words: "President Tom Berg apparently believes
    that victory is possible, Jane Roe says", "Jane Roe says Tom Berg wants war", "According to Jane Roe, Tom
    Berg believes ...". Only Roe speaks: Berg's belief is what she says of him, not a voice of the text."""
    content = source.content
    nested = set()
    for at, voice in enumerate(voices):
        if voice.kind != "position" and not _a_count_of_people(voice):
            continue
        # (Voices are in text order and no attribution spans another: only the neighbours can hold it.)
        for other in voices[max(0, at - 1):at] + voices[at + 1:at + 2]:
            if other.kind == "position" or other.speaker == voice.speaker or other.paragraph != voice.paragraph:
                continue
            if other.start >= voice.end:
                # "..., Jane Roe says." after the position, in its sentence, ending it.
                between = content[voice.end:other.start]
                if _ONE_SENTENCE.fullmatch(between) and between.rstrip().endswith(",") and \
                        _ENDS_SENTENCE.match(content, other.end):
                    nested.add(at)
            elif other.end <= voice.start and _SAYS_THAT.fullmatch(content, other.end, voice.start):
                nested.add(at)      # "Jane Roe says (that) Tom Berg wants ...", "According to Roe, Berg believes"
    return nested


def _a_count_of_people(voice: Voice) -> bool:
    """Is the voice a count of unnamed people ("two teachers reported pains")? Inside another speaker's
    report ("..., the health office said") they are what the report counts, not a source of the text."""
    return not voice.named and bool(re.match(rf"(?:\d[\d,]*|{_COUNT_WORDS})[^\S\n]+[a-z]+s\b", voice.speaker or ""))


_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands"
_ONE_SENTENCE = re.compile(r"[^.!?\n]*")
# (A lede or a subtitle may end its sentence with the line, without a full stop.)
_ENDS_SENTENCE = re.compile(r"[^\S\n]*(?:(?:on|in|at|last|this|earlier|later|today|yesterday)\b[^.!?,;:\n]{0,40})?"
                            r"(?:[.!?]|[^\S\n]*(?:\n|$))")
_SAYS_THAT = re.compile(r"[^\S\n]*,?[^\S\n]*(?:that[^\S\n]+)?")


def _one_name_per_person(voices: list[Voice], data: VoiceData) -> list[Voice]:
    """A name with where the person is from or works ("Mayor Jo Lane of Harbour City") is the same
    speaker as the name alone ("Mayor Jo Lane"), where the text has that name speak too: one speaker,
    written as the name alone, so that a lesson lists the person once."""
    # (Never a title's "of": "Secretary of State Jane Roe" is no "Secretary".)
    names = {v.speaker for v in voices if v.named and v.speaker and v.speaker.split()[-1] not in _title_words(data)}
    voices = [replace(v, speaker=bare) if v.named and v.speaker and (bare := _without_place(v.speaker)) in names
              and bare != v.speaker else v for v in voices]
    return _surnames_as_full_names(voices, data)


def _surnames_as_full_names(voices: list[Voice], data: VoiceData) -> list[Voice]:
    """A person's surname, alone or after a title ("Roe-Berg", "Ms. Roe-Berg"), is the full name
    the text gave her first ("Rep. Dana Roe-Berg"), where only one person of that surname speaks
    in the text ("Ann Lee" and "Tom Lee": "Lee" stays as written)."""
    titles = _title_words(data)

    def core(speaker: str) -> tuple[str, ...]:
        # (Not a middle initial nor a country before a title: "Donald J. Roe" and "U.S. President Donald
        # Roe" are "Donald Roe".)
        # (Nor the apostrophe's form: a text that mixes "O'Neil" and "O’Neil" names one person.)
        return tuple(w.replace("’", "'") for w in speaker.split() if w.strip(".") not in _TITLES and w not in titles
                     and not re.fullmatch(r"(?:[A-Z]\.)+", w))

    people = [v.speaker for v in voices if v.named and v.speaker and " and " not in v.speaker
              and not data.is_organisation(v.speaker) and not data.is_place(v.speaker)]
    full: dict[str, list[str]] = {}
    for speaker in people:
        if len(core(speaker)) >= 2:
            full.setdefault(core(speaker)[-1], []).append(speaker)
    canonical = {surname: names[0] for surname, names in full.items() if len({core(n) for n in names}) == 1}
    # A name whose family name comes first ("Kim Jong Un", then "Kim said"), or a first name alone ("Bernie"
    # after "Bernie Sanders"): the one word opens one full name, and ends none.
    firsts: dict[str, set[tuple[str, ...]]] = {}
    for speaker in people:
        words = speaker.split()
        if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words[0]) and words[0] not in titles and \
                words[1] not in titles and words[0] not in data.demonyms and not data.is_place(words[0]) and \
                words[0] not in data.not_speakers:
            firsts.setdefault(words[0], set()).add(core(speaker))
    canonical_first = {first: " ".join(next(iter(names))) for first, names in firsts.items()
                       if len(names) == 1 and first not in canonical}
    roles = {v.speaker: v.role for v in voices if v.named and v.role not in (None, "person")}
    renamed = []
    for v in voices:
        words = core(v.speaker) if v.speaker in people else ()
        if words and words[-1] in canonical and (len(words) == 1 or words == core(canonical[words[-1]])):
            v = replace(v, speaker=canonical[words[-1]])
        elif len(words) == 1 and words[0] in canonical_first:
            name = next(n for n in people if core(n) == tuple(canonical_first[words[0]].split()))
            v = replace(v, speaker=name, role=roles.get(name, v.role) if v.role in (None, "person") else v.role)
        renamed.append(v)
    return renamed


def _without_place(speaker: str) -> str:
    """The name before "of", "at" or "from" and a place or a body ("Jane Roe of Clemson University": Jane
    Roe); the speaker itself when it has none."""
    match = _OF_PLACE.fullmatch(speaker)
    if match and match.group(1).split()[-1] in _title_words(load_voice_data()):
        return speaker              # ("Secretary of State Tom Berg": a title's "of")
    return match.group(1) if match else speaker


_OF_PLACE = re.compile(rf"(.+?)[^\S\n]+(?:of|at|from)[^\S\n]+(?:the[^\S\n]+)?{_NAME}")


def _act_of_a_body(content: str, data: VoiceData, voice: Voice) -> bool:
    """Is the voice's verb one only a person says ("recalled") used as an act: before a number ("recalled
    2,000 cars"), or with an organisation, a place or a government as subject ("the US recalled staff")
    where no "that", "how", colon or quote follows?"""
    verb = data.verb(voice.verb) if voice.verb else None
    if verb is None or not verb.bodies_act or not voice.text.lower().endswith(voice.verb):
        return False
    if _NUMBER_AFTER.match(content, voice.end):
        return True
    last = (voice.speaker or "").split()[-1:]
    body = voice.speaker_type == "organisation" or data.is_place(voice.speaker) or \
        bool(last) and last[0].lower() in data.institutions      # ("the ministry recalled the envoy")
    return body and not _WORDS_FOLLOW.match(content, voice.end)


# "Prosecutors dismissed the old charge", "the judge rejected the motion": acts of a court case, no
# words said ("dismissed the claims as ..." still reports words).
_LEGAL_OBJECT = re.compile(r"[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?(?:charge|charges|case|cases|lawsuit|lawsuits|suit|"
                           r"indictment|complaint|complaints|counts|appeal|appeals|motion|motions|petition|jury|jurors)\b")
_LEGAL_VERBS = frozenset({"dismissed", "dismisses", "rejected", "rejects", "defended", "defends"})


# After "support" as a noun ("anti-Roe support, ...", "Roe support 27 percent"): no object follows.
_NOUN_ENDS = re.compile(r"[^\S\n]*(?:[,.;:)—–]|\d|percent\b|$)|[^\S\n]+(?:(?:also|still|now|\w+ly)[^\S\n]+)?"
                        r"(?:is|was|has|had|will|would|remains|remained|includes|included|grew|fell|came|comes)\b")
# ("Weapon support also includes ...": the noun, its verb after it.)


def _legal_act(content: str, voice: Voice) -> bool:
    if voice.verb in ("charged", "charges") and voice.text.lower().endswith(voice.verb):
        return bool(_CHARGED_WITH.match(content, voice.end))    # ("charged Tom Berg with theft": a prosecutor's act)
    return voice.verb in _LEGAL_VERBS and voice.text.lower().endswith(voice.verb) and \
        bool(_LEGAL_OBJECT.match(content, voice.end))


_CHARGED_WITH = re.compile(r"[^\S\n]+(?:[\w.’'-]+[^\S\n]+){1,4}?with\b")


def _byline(data: VoiceData, voice: Voice) -> bool:
    """Is the voice a byline in capitals ("..., writes JANE ROE", "JANE ROE writes")? It names the text's
    author, who is no voice the text quotes. (A newspaper in capitals, "USA TODAY writes", stays.)"""
    words = (voice.speaker or "").split()
    return (voice.named and voice.verb in _BYLINE_VERBS and len(words) >= 2 and all(_capitals(w) for w in words)
            and not any(w.capitalize() in data.organisation_words or w in data.organisation_words for w in words))


_BYLINE_VERBS = frozenset({"writes", "wrote", "reports"})


def _demonym_before_a_noun(content: str, data: VoiceData, voice: Voice) -> bool:
    """Is the speaker an adjective of a nation after an article, before a verb that is no past tense ("the
    Israeli plan to annex", "a German warning about")? The verb is then a noun the adjective qualifies."""
    if not voice.named or voice.speaker not in data.demonyms or not voice.verb:
        return False
    at = voice.text.find(voice.speaker)
    return bool(_ARTICLE_BEFORE.search(content, max(0, voice.start + at - 6), voice.start + at)) and \
        not _PAST_TENSE.search(voice.verb.split()[0])


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]+$")
_PAST_TENSE = re.compile(r"(?:ed|said|told|wrote|spoke|thought|found|saw|felt|knew|sought|swore|went|made)$")


_NUMBER_AFTER = re.compile(r"[^\S\n]+(?:about[^\S\n]+|nearly[^\S\n]+|more[^\S\n]+than[^\S\n]+)?[\d$€£]")
# What follows a verb of saying that introduces words: "that", "how", a colon or a quotation mark.
_WORDS_FOLLOW = re.compile(r"[^\S\n]*(?:[:“\"]|,[^\S\n]*[“\"])|[^\S\n]+(?:that|how|what|when)\b")


def _organisations_by_pronoun(content: str, voices: list[Voice], data: VoiceData) -> list[Voice]:
    """A name the text refers to with "its" or "which" is an organisation, not a person: "TikTok said its
    teams removed ...", "Hamas, which runs Gaza, said". (Names no list knows: companies, movements. "said
    it" is no clue: "Roe said it was cold".)"""
    persons = {v.speaker for v in voices if v.named and v.speaker_type == "person" and v.speaker}
    organisations = {name for name in persons if _called_its(content, name, data)}
    # (The plural and the members: "Hamas have said", "Hamas leader Ali Roe"; never a name the text ties
    # to "he" or "she".)
    bodies = {name for name in persons - organisations if _named_as_a_body(content, name, data)}
    if bodies:
        genders = _genders(content)
        organisations |= {name for name in bodies if name not in genders}
    return [replace(v, speaker_type="organisation", role="organisation" if v.role == "person" else v.role)
            if v.speaker in organisations and v.named and v.speaker_type == "person" else v for v in voices]


def _called_its(content: str, name: str, data: VoiceData) -> bool:
    """One word the text never gives with a first name ("Roe" of "Dana Roe" is a person), followed by
    ", which" or by a verb of saying and "its"."""
    if " " in name or name.lower() in data.descriptions:
        return False
    if _given_a_first_name(content, name):
        return False
    return bool(re.search(rf"\b{re.escape(name)}(?:,[^\S\n]+which\b|[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?"
                          rf"(?:{_SAYING_BEFORE_ITS})[^\S\n]+(?:that[^\S\n]+)?its\b)", content))


def _given_a_first_name(content: str, name: str) -> bool:
    """Does the text write a capitalised word right before ``name`` ("Dana Roe", "Mr. Roe", "U.S. Roe")? A
    word ending a sentence is no first name ("... in Gaza. Roe said")."""
    at = content.find(name)
    while at >= 0:
        before = _FIRST_NAME_BEFORE.search(content, max(0, at - 24), at)
        if before and before.group().split()[0] not in _OPENING_DETERMINERS \
                and not content[at + len(name):at + len(name) + 1].isalnum():
            return True
        at = content.find(name, at + 1)
    return False


# A capitalised determiner opening a sentence is no first name: "A Hamas spokesperson said".
_OPENING_DETERMINERS = frozenset("A An The This That These Those Every Each Another One No Some Any Its Their His Her Our "
                         "My Your".split())
# (Looked for only before each place the name occurs: a search of the whole text per name cost 2 ms.)
_FIRST_NAME_BEFORE = re.compile(rf"(?<![\w’'.-])(?:[A-Z][\w’'-]*|(?:{'|'.join(_TITLES)})\.|(?:[A-Z]\.)+)[^\S\n]+$")


def _named_as_a_body(content: str, name: str, data: VoiceData) -> bool:
    """One word the text never gives with a first name or a title, followed by a plural verb ("Hamas have
    said") or by a noun of its members ("Hamas leader", "Hamas fighters")."""
    if " " in name or name.lower() in data.descriptions:
        return False
    return _followed_by(content, name, _MEMBERS_AFTER) and not _given_a_first_name(content, name)


def _followed_by(content: str, name: str, pattern: re.Pattern) -> bool:
    """Does ``pattern`` match right after some whole-word occurrence of ``name``? (Found with ``str.find``:
    a regular expression per name searching the whole text cost a millisecond per text.)"""
    at = content.find(name)
    while at >= 0:
        if (at == 0 or not content[at - 1].isalnum()) and pattern.match(content, at + len(name)):
            return True
        at = content.find(name, at + 1)
    return False


# What follows a body's name, never a person's: a plural verb, or the body's members.
_MEMBERS_OF_A_BODY = (r"(?:have|are|were)[^\S\n]+(?:said|saying|says|denied|claimed|warned|rejected|accused|insisted|"
                      "announced|called|vowed)|leader|leaders|leadership|spokesman|spokeswoman|spokesperson|"
                      "official|officials|fighters|militants|members|commander|commanders|founder|founders")
_MEMBERS_AFTER = re.compile(rf"[^\S\n]+(?:{_MEMBERS_OF_A_BODY})\b")
_SAYING_BEFORE_ITS = "said|says|stated|announced|added|claimed|denied|insisted"


# What follows a speaker named after the verb: ", field office director of the agency," (the role).
# (An abbreviation's dots stay inside it: ", Harbourland's member of the U.S. Congress".)
_ROLE_AFTER = re.compile(r",[^\S\n]*(?:(?:a|an|the)[^\S\n]+)?(?P<role>(?:(?:[A-Z]\.){2,}|[^,.;:“”\"\n]){3,80})")


def _role_after(content: str, data: VoiceData, voice: Voice) -> Voice:
    """A person named after the verb takes the role the words after the name give ("..., said Ricardo Roe,
    field office director of the agency": an official; "said Dana Roe, a professor of law": an expert)."""
    if not (voice.named and voice.speaker_type == "person" and voice.role == "person" and voice.speaker
            and voice.text.endswith(voice.speaker)):
        return voice
    after = _ROLE_AFTER.match(content, voice.end)
    if after is None:
        return voice
    words = after.group("role").split()
    # A role is a noun phrase ("a professor of law"), not a clause ("who authored ...", "police had ...").
    if len(words) > _ROLE_AFTER_WORDS or _CLAUSE_WORDS & {w.lower() for w in words}:
        return voice
    role = data.role_of(after.group("role"), False)
    return replace(voice, role=role) if role in ("official", "expert") else voice


_ROLE_AFTER_WORDS = 10
_CLAUSE_WORDS = frozenset("which who whom whose that had has have is was are were will would said says told "
                          "warn warns warned".split())


_FIRST_NAMES_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'-]*\.?[^\S\n]+){1,3}$")


def _roles_from_titles(content: str, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A named person of no known role gets the one the text gives with the name elsewhere ("President Donald
    Roe" in the first paragraph, "Roe said" in the fifth: an official), where the text names one person of
    that surname (not "Ann Lee" and "Tom Lee")."""
    surnames = {v.speaker.split()[-1] for v in voices if v.named and v.speaker and v.role in (None, "person")
                and v.speaker_type == "person" and re.fullmatch(r"[A-Z][\w’'-]+", v.speaker.split()[-1])}
    if not surnames:
        return voices
    titles = _title_words(data)
    roles: dict[str, str | None] = {}
    firsts: dict[str, set[str]] = {}
    # (One pass over the text for all the surnames, each mention with a capitalised word before it.)
    alternation = "|".join(re.escape(n) for n in sorted(surnames, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w’'-])(?:{alternation})\b", content):
        surname = match.group()
        names = _FIRST_NAMES_BEFORE.search(content, max(0, match.start() - 60), match.start())
        if names is None:
            continue
        start = _after_a_sentence_end(content, names.start(), match.start(), titles)
        if start == match.start():
            continue
        titled = content[start:match.end()]
        # (First names: "Donald" of "US President Donald Roe", not "US" nor "President".)
        words = titled.split()[:-1]
        after_title = [at + 1 for at, w in enumerate(words) if w in titles or w.strip(".") in _TITLES]
        # (Only the words after the last title: "Defense Secretary Lloyd Roe" has the first name "Lloyd".)
        firsts.setdefault(surname, set()).update(
            w for w in words[max(after_title, default=0):] if re.fullmatch(r"[A-Z][a-z][\w’'-]*", w) and w not in _TITLES
            and w not in titles and w not in data.not_speakers and not data.is_place(w) and w not in data.demonyms)
        if not roles.get(surname):
            roles[surname] = _role_before(content, start, titled, surname, data)
    for surname in roles:
        if len(firsts.get(surname, ())) != 1:
            roles[surname] = None       # ("Ann Lee" and "Tom Lee": whose title is it? "Harbour-X": nobody's)
    return [replace(v, role=roles[v.speaker.split()[-1]]) if v.named and v.speaker and v.role in (None, "person")
            and roles.get(v.speaker.split()[-1]) else v for v in voices]


def _after_a_sentence_end(content: str, start: int, end: int, titles: frozenset[str]) -> int:
    """Where the capitalised words before a surname begin once a sentence's end among them is left out:
    "... of Infectious Diseases. Roe" gives Roe no first names "Infectious" and "Diseases" (a word with a
    full stop that is no title and no initial, "Sen." or "J.", ends a sentence)."""
    cut = start
    for word in re.finditer(r"\S+", content[start:end]):
        token = word.group()
        if token.endswith(".") and token not in titles and token.rstrip(".") not in _TITLES \
                and not re.fullmatch(r"(?:[A-Z]\.)+", token):
            cut = start + word.end()
    while cut < end and content[cut].isspace():
        cut += 1
    return cut


# A company's legal form after its name ("Harbourfoods Ltd"), or a business noun set before it ("the
# catering firm, Harbourfoods").
_COMPANY_FORMS = r"(?:Ltd|Limited|Inc|Corp|Corporation|LLC|plc|PLC|GmbH|Co)\b"
_BUSINESS_NOUNS = r"(?:firm|company|business|supplier|retailer|manufacturer|maker|chain|contractor|charity|startup)"


_COMPANY_FORM_AFTER = re.compile(rf"[^\S\n]+{_COMPANY_FORMS}")
_BUSINESS_NOUN_BEFORE = re.compile(rf"\b{_BUSINESS_NOUNS},[^\S\n]+$")
_NAME_GOES_ON = re.compile(r"[\w’'-]")


def _mentions(content: str, name: str):
    """(start, end) of each place ``content`` writes ``name`` not inside a longer word or name before it.
    (A search for the name and fixed patterns matched at its ends: a pattern built around each name cost
    a compilation, ~0.2 ms, per name and text.)"""
    start = content.find(name)
    while start >= 0:
        if not (start and _NAME_GOES_ON.match(content, start - 1)):
            yield start, start + len(name)
        start = content.find(name, start + 1)


_WORD_CHAR = re.compile(r"\w")


def _companies(content: str, voices: list[Voice]) -> list[Voice]:
    """A one-word name the text elsewhere writes with a company's legal form ("Harbourfoods Ltd") or
    introduces as a firm ("the catering firm, Harbourfoods") is an organisation, not a person."""
    found: dict[str, bool] = {}
    for v in voices:
        if v.named and v.speaker and v.speaker_type == "person" and re.fullmatch(r"[A-Z][\w’'-]+", v.speaker) \
                and v.speaker not in found:
            found[v.speaker] = any(_COMPANY_FORM_AFTER.match(content, end) or (
                _BUSINESS_NOUN_BEFORE.search(content, max(0, start - 40), start) and not _NAME_GOES_ON.match(content, end))
                for start, end in _mentions(content, v.speaker))
    return [replace(v, speaker_type="organisation", role="organisation" if v.role in (None, "person") else v.role)
            if found.get(v.speaker or "") else v for v in voices]


# A personal pronoun: "he" or "her" after a name tells that the name is a person's.
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
# The rest of a sentence and the first word of the next, in the same paragraph or the next one.
_NEXT_SENTENCE = re.compile(r"[^.!?\n]*[.!?]+[\"”’']*\s+[\"“‘']?(\w+)")


def _names_of_no_known_kind(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A one-word name that nothing in the text shows to be a person's ("According to Debkafile", "A Ruptly
    video shows", "Hezbollah has vowed") is a name of no known kind (role ``named``): a lesson that called it a
    person would state what it does not know. A person shows by a title or a first name before the word
    somewhere ("President Trump", "Vladimir Putin") or by "he" or "she" after it in its sentence or at the
    next one's start ("Putin said ... He added")."""
    unsure: dict[str, bool] = {}
    content = source.content
    people = None
    for v in voices:
        if not (v.named and v.speaker and v.speaker_type == "person" and v.role == "person"
                and re.fullmatch(r"[A-Z][\w’'-]+", v.speaker)) or v.speaker in unsure:
            continue
        if people is None:
            # (any word of a person's full name: "Pak" of "Pak Sun Ho" is a family name written first)
            people = {w for p in _body_people(source, data) for w in p.split()}
        if _THE_BEFORE.search(content, max(0, v.start - 5), v.start) or \
                f"the {v.speaker.lower()}" in " ".join(v.text.lower().split()):
            continue            # "The Pope said": a title ("the Harbour Mail" is typed an organisation before)
        unsure[v.speaker] = v.speaker not in people and not any(
            _title_before(content, data, start) or _pronoun_after(content, end, next_sentence=False)
            for start, end in _mentions(content, v.speaker))
    for v in voices:        # "Putin said ... He added": "he" opening the sentence after the name's words
        if unsure.get(v.speaker or "") and _pronoun_after(content, v.end, next_sentence=True):
            unsure[v.speaker] = False
    return [replace(v, speaker_type="name", role="named") if unsure.get(v.speaker or "") and v.named
            and v.speaker_type == "person" and v.role == "person" else v for v in voices]


def _title_before(content: str, data: VoiceData, start: int) -> bool:
    before = _WORD_BEFORE_NAME.search(content, max(0, start - 30), start)
    return bool(before) and before.group(1) in _title_words(data)


_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+$")
_WORD_BEFORE_NAME = re.compile(r"([A-Z][\w.]*)[^\S\n]+$")


def _pronoun_after(content: str, end: int, next_sentence: bool) -> bool:
    """"he" or "she" in the rest of the name's sentence, or (``next_sentence``) opening the next one."""
    if next_sentence:
        following = _NEXT_SENTENCE.match(content, end)
        return bool(following) and _PERSONAL_PRONOUN.fullmatch(following.group(1)) is not None
    rest = _SENTENCE_REST_PLAIN.match(content, end)
    return bool(_PERSONAL_PRONOUN.search(content, end, min(rest.end(), end + 300)))


_SENTENCE_REST_PLAIN = re.compile(r"[^.!?\n]*")


# What a text writes after the name of someone it meets in the story: an age (", 25,"), a relation
# (", whose daughter ..."), or a plain noun of the people role (", a resident of ...", ", a parent").
_RELATIONS = "son|sons|daughter|daughters|child|children|wife|husband|mother|father|parents|family|brother|sister"


def _people_in_the_story(content: str, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A named person of no known role whom the text introduces by age, by a relation or as a resident,
    a parent, a witness ("Jo Roe, 25, said", "said Jo Roe, whose son ...", "Jo Roe, a resident of ...") is
    one of the people in the story, not an unplaced "other named person"."""
    people_words = {w for r in data.roles if r.id == "people" for w in r.words}
    found: dict[str, bool] = {}
    for v in voices:
        if v.named and v.speaker and v.role in (None, "person") and v.speaker_type == "person" and \
                v.speaker not in found:
            found[v.speaker] = _introduced_as_in_the_story(content, v.speaker, people_words)
    return [replace(v, role="people") if found.get(v.speaker or "") and v.role in (None, "person") else v
            for v in voices]


_APPOSITION_AFTER = re.compile(r",[^\S\n]+([^,.;:\n]{1,60})")


def _introduced_as_in_the_story(content: str, speaker: str, people_words: set[str]) -> bool:
    for _, end in _mentions(content, speaker):
        after = _APPOSITION_AFTER.match(content, end)
        if after is None:
            continue
        words = after.group(1).split()
        if re.fullmatch(r"\d{1,3}", words[0]) or (words[0] == "whose" and len(words) > 1 and
                                                  re.fullmatch(_RELATIONS, words[1])):
            return True
        if words[0] in ("a", "an") and len(words) > 1:
            noun = next((w for w in words[1:4] if w in people_words or f"{w}s" in people_words), None)
            if noun and words[1:].index(noun) <= 2 and not any(w in ("of", "at", "for") for w in
                                                                   words[1:words[1:].index(noun) + 1]):
                return True
    return False


def _roles_carried(voices: list[Voice]) -> list[Voice]:
    """A surname or a full name keeps the role the person was given ("Max Roe, a historian, ..." then "Roe
    said" or "Max Roe said": an expert each time), where one person with that name has a role."""
    roles: dict[str, set[str]] = {}
    for voice in voices:
        if voice.named and voice.speaker_type == "person" and voice.role not in (None, "person") and voice.speaker:
            roles.setdefault(voice.speaker.split()[-1], set()).add(voice.role)
            # (The full name keeps it too: "Jane Roe, an associate professor, believes ... Jane Roe says".)
            roles.setdefault(voice.speaker, set()).add(voice.role)
    return [replace(v, role=next(iter(roles[v.speaker]))) if v.named and v.role == "person" and v.speaker
            and len(roles.get(v.speaker, ())) == 1 else _joined_role(v, roles) for v in voices]


def _joined_role(voice: Voice, roles: dict[str, set[str]]) -> Voice:
    """People joined by "and" share the role each was given ("Rossello and Gonzalez said", both
    officials), where they have one and the same."""
    if not (voice.named and voice.role == "person" and voice.speaker and " and " in voice.speaker):
        return voice
    parts = [p.strip() for p in voice.speaker.split(" and ")]
    held = [roles.get(p) or roles.get(p.split()[-1] if p else "") for p in parts]
    if all(h and len(h) == 1 for h in held) and len({next(iter(h)) for h in held}) == 1:
        return replace(voice, role=next(iter(held[0])))
    return voice


def _without_places(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """Without voices whose speaker the text also names as a place ("in Paris", "on Wall Street"): "Paris
    attacks" is no speaker. Capitals that speak for a side in the data ("Moscow insists") stay. (Countries
    go too: kept, they were more often a clause's object than a government speaking.)"""
    content = source.content
    kept = []
    for voice in voices:
        speaker = voice.speaker or ""
        if voice.named and voice.kind != "cited document" and data.side_of(speaker) is None and \
                _named_as_place(content, speaker):
            continue
        kept.append(voice)
    return kept


# A question about someone ("Does Murphy want to send troops?", "Did the ministry say so?") reports no
# words and no position of theirs.
# ("And does any sane person think that ...?": a question about a belief, nobody's position.)
_AUXILIARY_BEFORE = re.compile(r"\b(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould)[^\S\n]+"
                               r"(?:[\w’'-]+[^\S\n]+){0,3}$")
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]?")      # (a question ends with its question mark: "Will Roe win?")
_ASKED_ABOUT = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:Does|Do|Did|Will|Would|Can|Could|Should|Has|Have|Had|Is|Are|Was|"
                          r"Were)\s+$")


def _shouted_after_a_pronoun(content: str, voice: Voice) -> bool:
    """A word in capitals right after a pronoun is emphasis, not a name: "they ALL supported", "Don't you
    DARE say"."""
    speaker = voice.speaker or ""
    return (voice.named and " " not in speaker and _capitals(speaker)
            and bool(_PRONOUN_BEFORE.search(content, max(0, voice.start - 8), voice.start)))


_PRONOUN_BEFORE = re.compile(r"\b(?:I|you|we|they|he|she|it|You|We|They|He|She|It)[^\S\n]+$")


_DAYS_AND_MONTHS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Today Yesterday Tomorrow""".split())


def _a_day(speaker: str | None) -> bool:
    """Is the speaker only a day or a month ("according to Friday's statement": the statement's date, not
    its maker)?"""
    words = re.sub(r"['’]s?$", "", speaker or "").split()
    return bool(words) and all(w in _DAYS_AND_MONTHS for w in words)


def _name_before_a_body(data: VoiceData, voice: Voice) -> Voice:
    """A one-word name that a body in lower case follows in the voice's words ("unveiled by a House
    committee investigating ...") is no speaker itself: the body is, unnamed ("a House committee")."""
    if not (voice.named and voice.speaker and re.fullmatch(r"[A-Z][\w’'-]+", voice.speaker)):
        return voice
    for start, end in _mentions(voice.text, voice.speaker):
        article = _LOWER_ARTICLE_BEFORE.search(voice.text, max(0, start - 6), start)
        body = _BODY_AFTER.match(voice.text, end) if article else None
        if body is not None:
            if body.group("body") not in data.bodies:
                return voice
            return replace(voice, speaker=f"{article.group('article')} {voice.speaker} {body.group('body')}",
                           named=False, speaker_type=None, role=None)
    return voice


_LOWER_ARTICLE_BEFORE = re.compile(r"\b(?P<article>an?|the)[^\S\n]+$")
_BODY_AFTER = re.compile(r"[^\S\n]+(?P<body>[a-z]+)\b")


# "Harbour Watch in a 2004 report observed": the maker, named before "in", of a document with no name of
# its own.
_MAKER_IN = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?P<maker>[A-Z][\w’'&.-]*(?:[^\S\n]+(?:of|for|and|on|the|[A-Z][\w’'&.-]*)){0,5})"
                       r"[^\S\n]+in[^\S\n]+$")
_PLAIN_DOCUMENT = re.compile(r"(?:(?:1[89]|20)\d\d[^\S\n]+)?(?:report|study|survey|poll|analysis|review|paper)")


def _maker_before_in(content: str, data: VoiceData, voice: Voice) -> Voice:
    """A cited document named only by its kind ("a 2004 report observed") whose maker opens the sentence
    before "in" ("Harbour Watch in a 2004 report observed ...") is the maker's: the lesson names it."""
    if voice.named or voice.kind != "cited document" or not _PLAIN_DOCUMENT.fullmatch(voice.speaker or ""):
        return voice
    before = _MAKER_IN.search(content, max(0, voice.start - 80), voice.start)
    if before is None:
        return voice
    maker = before.group("maker")
    if _a_day(maker) or maker.split()[0] in data.not_speakers or maker.split()[-1] in ("of", "for", "and", "on", "the"):
        return voice
    typed = "organisation" if data.is_organisation(maker) or len(maker.split()) == 1 else None
    return replace(voice, start=before.start("maker"), text=content[before.start("maker"):voice.end], speaker=maker,
                   named=True, speaker_type=typed or voice.speaker_type, role=None)


# "who asked not to be named", "who spoke on condition of anonymity", "who requested anonymity to discuss
# ...": why a source is unnamed, up to the verb that reports its words (", said", "told").
_ANONYMITY = re.compile(r"[^\S\n]+(?:not[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified)|(?:on[^\S\n]+)?(?:the[^\S\n]+)?"
                        r"condition[^\S\n]+of[^\S\n]+anonymity|anonymity|to[^\S\n]+be[^\S\n]+(?:named|identified))"
                        r"[^.;:?!“”\"\n]{0,80}?,?[^\S\n]+(?P<verb>said|says|told|tells|added|explained|wrote)\b")
_ANONYMITY_ASKED = re.compile(r"\banonymity\b|\bto[^\S\n]+be[^\S\n]+(?:named|identified)\b")
_ANONYMITY_VERBS = frozenset("asked asks requested spoke declined".split())


def _anonymity_asked(content: str, data: VoiceData, voice: Voice) -> Voice:
    """A source that "asked not to be named" or "spoke on condition of anonymity" is reported by the verb
    after that ("A council member who asked not to be named said ..."): asking for anonymity reports no
    words, so the lesson shows the verb of saying that follows."""
    if voice.verb not in _ANONYMITY_VERBS or not voice.text.endswith(voice.verb):
        return voice
    rest = _ANONYMITY.match(content, voice.end)
    if rest is None:
        return voice
    verb = data.verb(rest.group("verb"))
    return replace(voice, end=rest.end(), text=content[voice.start:rest.end()], verb=rest.group("verb"),
                   verb_neutral=verb.neutral if verb else True)


def _participle_after_a_noun(content: str, voice: Voice) -> bool:
    """Is the verb a participle describing the noun before it ("these scientists mentioned above", "the
    people named in the report", "a campaign intended to"), not words said? Before "above", "below",
    "earlier", "here" or "previously" always; before "in" only after an unnamed group ("Roe mentioned in a
    speech that" speaks); "intended", "aimed" and "planned" after a group that "a" or "an" opens."""
    if voice.verb in _PURPOSE_PARTICIPLES and not voice.named and \
            re.match(r"(?:an?|An?)[^\S\n]", voice.speaker or "") and voice.text.endswith(voice.verb):
        return True         # "a smear campaign intended to hurt": what the campaign is for, no one's plan
    if voice.verb not in _PARTICIPLE_VERBS or not voice.text.endswith(voice.verb) or \
            not voice.text[:-len(voice.verb)].rstrip().endswith(voice.speaker or "\0"):
        return False
    after = _PARTICIPLE_AFTER.match(content, voice.end)
    return after is not None and (after.group(1) != "in" or not voice.named)


def _group_at_work_on(content: str, data: VoiceData, voice: Voice) -> Voice:
    """"Researchers studying Harbour City have found", "analysts covering Harbour Bank said": the name is
    what the group works on; the group speaks, unnamed, with what it works on ("Researchers studying
    Harbour City") (vr-24, techniques-dev read)."""
    if not voice.named or not voice.speaker or not voice.text.startswith(voice.speaker):
        return voice
    before = _GROUP_AT_WORK.search(content, max(0, voice.start - 60), voice.start)
    if before is None or before.group("group").lower() not in data.groups:
        return voice
    speaker = " ".join(content[before.start():voice.start + len(voice.speaker)].split())
    return replace(voice, start=before.start(), text=content[before.start():voice.end],
                               speaker=speaker, named=False)


# A group noun and a participle right before a name: "Researchers studying ", "lawyers representing the ".
_GROUP_AT_WORK = re.compile(r"(?P<group>\b[A-Za-z]+s)[^\S\n]+[a-z]{3,}ing[^\S\n]+(?:the[^\S\n]+)?$")


_PARTICIPLE_VERBS = frozenset({"mentioned", "quoted", "cited", "named", "listed", "referenced"})
_PURPOSE_PARTICIPLES = frozenset({"intended", "aimed", "planned"})
_PARTICIPLE_AFTER = re.compile(r"[^\S\n]+(above|below|earlier|here|previously|before|in)\b")


def _according_to_a_view(text: str) -> bool:
    """"according to their standing as former tenants", "according to his vision": a measure, not a source
    ("according to his campaign", "according to its FEC reports" stay)."""
    return bool(_ACCORDING_TO_A_VIEW.match(text))


_ACCORDING_TO_A_VIEW = re.compile(r"(?i)according\s+to\s+(?:their|his|her|its|our|my|your)\s+(?:own\s+)?"
                                  r"(?:status|vision|visions|logic|ideology|beliefs|values|standards|wishes|needs|"
                                  r"taste|tastes|whims?|interests|nature|design|will)\b")


def _without_things(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """Without voices of a name the text calls a thing ("ZMapp, an experimental drug", "the vaccine Vaxo"),
    and without a name that "shows" something unless it is a person or a body: "ZMapp show “promise,”"
    is a drug's result, not words said ("Dana Roe shows", "the Harbour Institute shows" stay; documents are
    cited documents)."""
    content = source.content
    things = _called_things(content, data)
    return [v for v in voices if not (v.named and v.speaker and v.kind != "cited document" and v.speaker not in _PRONOUNS
                                      and (v.speaker in things or _shows_no_person(content, data, v)))]


def _called_things(content: str, data: VoiceData) -> frozenset[str]:
    """The names the text calls a thing: "Name, a/an/the (describing words) thing", "Name is a ... thing",
    "the (describing words) thing Name" (not "a product of Yale": a person's origin). Looked for only
    around the things' nouns, which few texts hold: a search of the whole text per name cost 6 ms."""
    patterns = _thing_patterns(data)
    if patterns is None:
        return frozenset()
    hint, called, before = patterns
    names = set()
    for noun in hint.finditer(content):
        window_start = max(0, noun.start() - _THING_WINDOW)
        for match in (*called.finditer(content, window_start, noun.end() + _THING_AFTER),
                      *before.finditer(content, window_start, noun.end() + _THING_WINDOW)):
            run = match.group("name")
            names.update((run, _drop_leading(run, data)))
    return frozenset(names)


_THING_WINDOW, _THING_AFTER = 120, 40


@lru_cache(maxsize=4)
def _thing_patterns(data: VoiceData) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    if not data.things:
        return None
    nouns = "|".join(re.escape(t) for t in sorted(data.things))
    noun = rf"(?:{nouns})(?![^\S\n]+of\b)(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:that|which|made|developed|produced|used|approved|being|to|for)\b)"
    hint = re.compile(rf"\b(?:{nouns})\b")
    called = re.compile(rf"(?<![\w’'-])(?P<name>{_NUMBERED_NAME}|{_NAME})(?:,|[^\S\n]+(?:is|was)|[^\S\n]+—)[^\S\n]+(?:an?|the)[^\S\n]+"
                        rf"(?:[\w-]+[^\S\n]+){{0,3}}?{noun}")
    before = re.compile(rf"\b[Tt]he[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{nouns})[^\S\n]+(?P<name>{_NUMBERED_NAME}|{_NAME})(?![\w’'-])")
    return hint, called, before


_SHOW = frozenset({"show", "shows", "showed"})


def _shows_no_person(content: str, data: VoiceData, voice: Voice) -> bool:
    """Is the voice a name "showing" something that is neither a person nor a body: a plural "show" after a
    name ("Trials of ZMapp show"), or one word the text never gives a first name or a title ("ZMapp
    shows"), not an organisation?"""
    speaker = voice.speaker or ""
    if voice.verb not in _SHOW or data.is_organisation(speaker):
        return False
    if voice.verb == "show":
        return " and " not in speaker     # a plural verb after one name: "Trials of ZMapp show", "ZMapp show"
    return " " not in speaker and not _given_a_first_name(content, speaker)


def _without_common_openers(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """Without one-word speakers that are a common word opening a sentence ("Forecasts now say ..."): the
    text also writes the word in lower case ("the centre forecasts rain") and never writes it as a name,
    with its capital inside a sentence or beside another name ("... met Sanders", "Bernie Sanders")."""
    content = source.content
    common: dict[str, bool] = {}        # (a text quotes "Sanders" twenty times: one look per word)

    def is_common(word: str) -> bool:
        if word not in common:
            common[word] = (not data.is_place(word) and word.lower() not in data.group_names
                            and bool(whole_words(content, word.lower()))
                            and not _written_as_a_name(content, word))
        return common[word]

    return [v for v in voices if not (v.named and re.fullmatch(r"[A-Z][a-z’'-]+", v.speaker or "")
                                      and is_common(v.speaker))]


def _groups_of_a_place(data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A plural group of a named place or body ("Residents of Harbour City", "Farmers in Lorvik") is a group
    the text leaves unnamed: no one in it can be looked up, whatever the name after it."""
    return [replace(v, named=False, role=data.role_of(v.speaker.split()[0].lower(), False))
            if v.named and v.speaker and (m := _GROUP_OF_A_NAME.match(v.speaker))
            and m.group(1).lower() in data.groups else v for v in voices]


_GROUP_OF_A_NAME = re.compile(r"(?:(?:Some|Many|Local|Most|Other)[^\S\n]+)?([A-Za-z]+s)[^\S\n]+(?:of|in|from)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def _hyphenated_groups(content: str, voices: list[Voice]) -> list[Voice]:
    """A plural with a hyphen opening a sentence ("Science-deniers claim", "Anti-vaxxers say") is a group the
    text leaves unnamed, not a name, where the text never writes the word with its capital inside a sentence."""
    return [replace(v, named=False, role="unnamed-source") if v.named and v.speaker
            and _HYPHENATED_PLURAL.fullmatch(v.speaker) and not _written_as_a_name(content, v.speaker) else v
            for v in voices]


_HYPHENATED_PLURAL = re.compile(r"[A-Z][a-z]+-[a-z]+s")


def _written_as_a_name(content: str, word: str) -> bool:
    """Is ``word`` written with its capital after a word inside a sentence, or next to another capitalised
    word, anywhere in the text or its title ("... met Cruz", "Ted Cruz", "President Obama")?"""
    for match in re.finditer(rf"\b{re.escape(word)}\b", content):
        before = content[max(0, match.start() - 40):match.start()].rstrip()
        after = content[match.end():match.end() + 3]
        if (before[-1:].islower() or before[-1:].isdigit() or before[-1:] in ",;’'"
                or re.search(r"[A-Z][\w.’'-]*$", before) or re.match(r"\s[A-Z]", after)):
            return True
    return False


# What follows a place named after "in": a mark or a word that is no noun ("in Paris, ...", "in Ohio on
# Tuesday"); "in Sanders parlance" names no place.
_PLACE_END = re.compile(r"(?:[^\w’']|$)(?<![\s-])|[^\S\n]+(?:and|on|last|this|next|in|at|to|for|from|with|where|when|"
                        r"while|after|before|since|during|is|was|are|were|has|had|have|will|would|but|or|as|said|says)\b|"
                        r"[^\S\n]*$")


# "an article in Politico", "an interview in The Atlantic": a publication, not a place.
_PUBLISHED_IN = re.compile(r"\b(?:article|story|interview|op-ed|column|piece|editorial|essay|post|letter|report|"
                           r"profile|ad|advertisement|commentary)\s+in\s$")


def _named_as_place(content: str, name: str) -> bool:
    """Does ``content`` say "in <name>" (or across, outside), the name ending there?"""
    at = content.find(name)
    while at >= 0:
        end = at + len(name)
        before = content[max(0, at - 30):at]
        if re.search(r"\b(?:in|across|outside)\s$", before) and not _PUBLISHED_IN.search(before) and \
                _PLACE_END.match(content, end):
            return True
        at = content.find(name, at + 1)
    return False


def _described(voice: Voice, data: VoiceData, sides: frozenset[str]) -> Voice:
    """The voice with its role, whether it is a person or an organisation, and its side when the text's
    topic has sides."""
    side = data.side_of(voice.speaker) if voice.named else None
    speaker_type = "unnamed" if not voice.named else "organisation" if data.is_organisation(voice.speaker or "") or \
        data.is_place(voice.speaker) or _named_with_the(voice, data) else "person"
    role = voice.role if voice.role not in (None, "person") else data.role_of(voice.speaker, voice.named)
    if voice.kind == "cited document" and _document_noun(voice.speaker, data):
        role = "document"           # "The study, published in the Harbour Journal, said": no newspaper speaks
    if role == "person" and speaker_type == "organisation" and voice.kind != "cited document":
        role = "organisation"       # "According to the Daily Mail": a newspaper, not a person
    return replace(voice, side=side if side in sides else None, role=role, speaker_type=speaker_type)


def _document_noun(speaker: str | None, data: VoiceData) -> bool:
    """Is the speaker a document itself ("study", "the report"), not who made it ("the Harbour Institute")?"""
    words = (speaker or "").split()
    return bool(words) and words[-1].lower() in data.documents


def _named_with_the(voice: Voice, data: VoiceData) -> bool:
    """Is the name written after "the" ("according to the Daily Mail", "the Heritage Foundation said")? A
    person never is; a newspaper, a company or a body is (not a group: "the Democrats said")."""
    speaker = voice.speaker or ""
    at = voice.text.find(speaker)
    return (at >= 4 and voice.text[at - 4:at].lower() == "the " and speaker[:1].isupper()
            and speaker.split()[-1].lower() not in data.group_names and not speaker.endswith("s")
            and not any(w.strip(".") in _title_words(data) or w.strip(".").lower() in _role_nouns(data)
                        for w in speaker.split()) and speaker.lower() not in data.descriptions)


def _sides_of_text(source: Source, data: VoiceData) -> frozenset[str]:
    """Ids of the sides whose topics are the text's: its front-matter topics or, without them, topics
    the body names at least three times, where it names a second topic of the same side too. A text on a
    health scare gets no NATO/Russia sides; nor does one on a US inquiry into Russia that names no NATO,
    Ukraine or European security."""
    topics = text_topics(source, data)
    if source.meta.topics:
        return frozenset(s.id for s in data.sides if topics & {t.casefold() for t in s.topics})
    from .claims import term_positions

    named = {t.casefold() for side in data.sides for t in side.topics if term_positions(source, t)}
    return frozenset(s.id for s in data.sides if topics & {t.casefold() for t in s.topics}
                     and len(named & {t.casefold() for t in s.topics}) >= 2)


def text_topics(source: Source, data: VoiceData | None = None) -> frozenset[str]:
    from .claims import term_positions

    if source.meta.topics:
        return frozenset(t.casefold() for t in source.meta.topics)
    data = data or load_voice_data()
    candidates = {t for side in data.sides for t in side.topics}
    return frozenset(t.casefold() for t in candidates if len(term_positions(source, t)) >= _TOPIC_MENTIONS)


_TOPIC_MENTIONS = 3
# Group nouns of one person: a "he" or "she" after them may be them.
_ONE_PERSON = frozenset("""official spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney diplomat
expert analyst officer source minister senator governor mayor candidate nominee congressman congresswoman lawmaker
justice speechwriter president secretary strategist operative pollster prosecutor""".split())
_DESCRIPTION_WORDS = 3


def _attributions_before(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """What ``patterns.before.finditer(content, start)`` finds, searching only the stretches between two
    stops that hold an attribution verb. No match spans a stop, so the other stretches hold none.
    (Trying the pattern at every position of the body was half the time of ``detect_voices``; this
    saves about 0.5 ms per text.) A stretch is searched up to and including its stop, which the
    pattern may look at ("claims:")."""
    if patterns.stops_and_verbs is None:
        yield from patterns.before.finditer(content, start)
        return
    stretch_start, has_verb = start, False
    for mark in patterns.stops_and_verbs.finditer(content, start):
        if mark.group("stop") is None:
            has_verb = True
            continue
        if has_verb:
            yield from patterns.before.finditer(content, stretch_start, mark.end())
        stretch_start, has_verb = mark.end(), False
    if has_verb:
        yield from patterns.before.finditer(content, stretch_start)


def _past_datelines(patterns: _Patterns, content: str, matches: Iterator[re.Match]) -> Iterator[re.Match]:
    """The matches, each that starts at a dateline ("WASHINGTON, June 10 (UPI) — Senator Ann Lee told")
    searched again after it: the dateline is no speaker, and its match hid the one after it."""
    for match in matches:
        dateline = _DATELINE.match(content, match.start("speaker")) if _capitals(match.group("speaker").split()[0]) \
            else None
        if dateline is None:
            yield match
            continue
        again = patterns.before.search(content, dateline.end(), match.end())
        if again is not None:
            yield again


def _past_appositions(patterns: _Patterns, content: str, matches: Iterator[re.Match]) -> Iterator[re.Match]:
    """The matches, each whose apposition holds a clause with its own attribution verb ("At a rally in
    Portsmouth, N.H., on Tuesday, Senator Jane Roe endorsed him, saying": the commas after "Portsmouth"
    are no apposition), or the speaker's own predicate ("Harbourland, like the other ports, has a pact which
    ... if Berg, or any other, attacked"), searched again after its speaker: the clause's own speaker comes
    first."""
    for match in matches:
        apposition = match.group("apposition") or ""
        if "," not in apposition or not (patterns.apposition_verb.search(apposition) or (
                not match.group("verb").endswith("ing") and _predicate_in_apposition(apposition))):
            yield match
            continue
        again = patterns.before.search(content, match.end("speaker"), match.end())
        yield again if again is not None else match


# Past tenses whose passive names no speaker after "by": acts, not words ("responded by settling",
# "continued by the foundation", "confirmed by the Senate", "was called by the party to ...").
_NOT_PASSIVE = frozenset({"responded", "continued", "confirmed", "called", "reported", "announced", "added"})


def _passives(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """"asked by Ingraham", "endorsed by the mayor": only where " by " occurs at all."""
    if patterns.passive is not None and content.find(" by ", start) >= 0:
        yield from patterns.passive.finditer(content, start)


def _participles(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """Most texts hold none of the participles: looking for the words first is much cheaper than trying
    the pattern at every position (0.2 ms per text)."""
    if any(content.find(word[1:], start) >= 0 for word in _PARTICIPLES):
        yield from patterns.participle.finditer(content, start)


# A dateline opening a news report: "WASHINGTON —", "PARIS, Aug 31 (Reuters) -". It names a place.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\S\n]*[\w. ]{1,30})?(?:[^\S\n]*\([^()\n]{1,30}\))?"
                       r"[^\S\n]+[—–-]+[^\S\n]*")     # (a dash between spaces: "KING-TV" is a name)


# A short phrase of time or place before the subject, up to its comma: "Here in Columbia, ", "On Tuesday, ".
_INTRO = re.compile(r"(?:Here|There|Now|Then|Later|Earlier|Still|Instead|Meanwhile|Today|Yesterday|On|In|At|During|"
                    r"After|Before|Last|This|Since|By|As|When|While|Although|Though|Because|If)\b[^,.;:“”\"\n]{0,50},"
                    r"[^\S\n]+")


def _opening_name(sentence: str, data: VoiceData) -> str:
    """The name that opens a sentence (after a dateline and sentence openers); after a describing
    adjective and role words, the name they lead to ("Presumptive Republican presidential nominee Dana
    Holt also entered ...": Dana Holt)."""
    text = _without_dateline(sentence.lstrip("“\"‘*_ "))
    opening = re.match(_NAME, text)
    if opening is None:
        return ""
    first = _drop_leading(opening.group(), data)
    intro = None if first else _INTRO.match(text)
    if intro:
        # "Here in Millbrook, Roe pressed on ...", "On Tuesday, Mr. McConnell deflected ...".
        text = text[intro.end():]
        opening = re.match(_NAME, text)
        if opening is None:
            return ""
        first = _drop_leading(opening.group(), data)
    described = re.match(rf"[^\S\n]+((?:[a-z][\w-]*[^\S\n]+){{1,3}})({_NAME})", text[opening.end():])
    # (Or a body and a role: "The Harbour Times columnist Dana Roe wrote": the columnist.)
    if described and (re.search(r"(?:an|ic|ese|ish|ive)$", opening.group()) or
                      first and _a_role(described.group(1).split(), data)) and \
            not any(w in _LINKS.split("|") or data.verb(w) for w in described.group(1).split()):
        return _drop_leading(described.group(2), data) or first
    return first


def _a_role(words: list[str], data: VoiceData) -> bool:
    """Do the words name a role ("columnist", "senior policy adviser"): a role noun last, and before it
    role nouns or words that describe one? (Not "took down businessman": a verb before the noun.)"""
    return bool(words) and (words[-1] in _role_nouns(data) or words[-1] in data.groups) and \
        all(w in _role_nouns(data) or w in data.groups or w in _ROLE_WORDS for w in words[:-1])


_ROLE_WORDS = frozenset("senior deputy former chief top campaign press national political policy communications "
                        "finance foreign longtime veteran general executive managing founding legal social media "
                        "digital research data economic military".split())


def _without_dateline(text: str) -> str:
    dateline = _DATELINE.match(text)
    return text[dateline.end():] if dateline else text


# Who made a cited document, after it: "A poll from Northland Law School", "a survey conducted by the Harbour
# City News Network".
_DOCUMENT_MAKER = re.compile(rf"\b(?:by|from|for)[^\S\n]+(?:the[^\S\n]+)?(?:(?!(?:{_LINKS})\b)[a-z][\w-]*[^\S\n]+)?"
                             rf"(?P<maker>{_NAME}(?:/{_NAME})*)")     # (one describing word: "by the progressive X")
# A preposition right before a name: the name is its object ("to the Observer"), not a subject.
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|in|at|for|from|on|about|than|by)[^\S\n]+(?:the[^\S\n]+)?$")


def _voice(source: Source, data: VoiceData, match: re.Match, kind: str | None) -> list[Voice]:
    raw_speaker = match.group("speaker")
    if _capitals(raw_speaker.split()[0]) and _DATELINE.match(source.content, match.start("speaker")):
        return []                   # "WASHINGTON, June 10 (UPI) — ... wants": a place, not a speaker
    if kind is None and re.search(r"['’]s\W*$", raw_speaker):
        return []                   # "Washington's claims": a noun, not a speaker
    speaker, named = _speaker(raw_speaker, data)
    described = _DESCRIBED_BY_A_NAME.fullmatch(raw_speaker.strip()) if kind is not None and named else None
    if described and described.group("noun") not in data.documents and described.group("noun") not in data.things:
        speaker, named = " ".join(raw_speaker.split()), False     # "The Harbour Show actress": a person, unnamed
    if speaker is None:
        return []
    if not named and match.groupdict().get("verb") and match.start("verb") < match.start("speaker") and \
            not _group_before_of(raw_speaker, data):
        return []                   # "..., answered the call of the harbour board": what was answered
    if re.match(r"[^\S\n]*,[^\S\n]*(?:an?|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,3}?(?:that|which|whom)[^\S\n]+"
                r"(?!(?:has|have|had|is|was|are|were)\b)[^,]*,[^,]+,", match.groupdict().get("apposition") or "") and \
            match.start("speaker") < match.start("verb"):
        return []                   # "Harbourland, a country that the former nominee, Tom Berg, called a foe": the
        #                             verb is the clause's (a clause about the speaker's name has its own subject)
    if _OWNER_BEFORE_A_THING.match(raw_speaker) and match.groupdict().get("verb") and \
            match.start("verb") < match.start("speaker"):
        return []                   # ", criticized President Roe's way of running ...": what was criticized, not who
    if not named and (match.groupdict().get("apposition") or "").lstrip().startswith(",") and \
            _ADVERBIAL_OPENING.search(source.content, max(0, match.start("speaker") - 12), match.start("speaker")):
        return []                   # "In the 1990 campaign, Roe ... criticized": when, not who
    if not (match.groupdict().get("verb") or "").endswith("ing") and \
            _predicate_in_apposition(match.groupdict().get("apposition") or ""):
        return []                   # "Roe, like the other ports, has a pact which ... if Berg, or any other, attacked":
        #                             the subject's own verb comes first; the last verb is another clause's
    if re.match(r"[^\S\n]*,[^\S\n]*[\w.]+-based[^\S\n]", match.groupdict().get("apposition") or ""):
        return []                   # "Bay City, H.B.-based Roe Foods ... cited": where the body is based
    if (match.groupdict().get("apposition") or "").strip() == "," and \
            not source.content[:match.start("speaker")].rstrip().endswith(",") and \
            not re.match(r"[^\S\n]+who\b", source.content[match.end("apposition"):match.start("verb")]):
        return []                   # "X, said" only for a name that is itself set off: "its director, Lena Park, told"
        #                             ("Sam Lee, who said" is his relative clause: he speaks)
    if kind is None and named and _object_of_preposition(source.content, match, raw_speaker, data):
        return []                   # "refugees from Iraq admitted", "flights to France said to be": an object
    if kind is None and named and _OBJECT_OF_A_CLAUSE.search(source.content, max(0, match.start("speaker") - 40),
                                                             match.start("speaker")):
        return []                   # "voters who had supported Sen. Roe now support Lee": Roe is the clause's object
    if named and kind is None:
        # "... an ever-expanding NATO, Jane Roe, an associate professor in Oslo, believes": the person set off
        # with her role speaks; the name before her ends the words she is reported to hold.
        set_off = _person_in_apposition(match.groupdict().get("apposition") or "", data)
        speaker = set_off or speaker
        # "Professor Dana Roe from the University of Surrey told": the person speaks, the body is theirs.
        person = _PERSON_FROM.search(source.content, max(0, match.start("speaker") - 120), match.start("speaker"))
        if person is not None and _is_person(_drop_leading(person.group("person"), data) or "", data):
            speaker = _drop_leading(person.group("person"), data)
    else:
        set_off = None
    if named:
        speaker, title_at = _without_title_phrase(source.content, match.start("speaker"), speaker, data)
    else:
        title_at = None
    group = _group_before(source.content, match, data) if named and kind is None else None
    if group is not None:
        # "Protest organizers in Cleveland say": the group speaks; the place says which one.
        words = source.content[group.start("group"):match.end("speaker")].split()
        ends = [at for at, word in enumerate(words[:-1]) if re.fullmatch(r"[\w-]*[a-z][\w-]*[.!?]", word)]
        words = words[ends[-1] + 1:] if ends else words     # ("... nominations. Legislative leaders in Ohio")
        while len(words) > 1 and words[0] in data.not_speakers:
            words = words[1:]           # ("But protest organizers in Cleveland")
        speaker, named = " ".join(words), False
    verb_text = match.groupdict().get("verb")
    content = source.content
    copula = _NAME_IS.search(content, max(0, match.start("speaker") - 120), match.start("speaker")) \
        if not named and kind is None and verb_text and match.start("speaker") < match.start("verb") else None
    described_as = None
    if copula and _is_person(_drop_leading(copula.group("person"), data) or "", data):
        # "Jane Roe was the only official who denounced ...": the person the sentence describes so speaks.
        described_as = data.role_of(speaker, False)
        speaker, named = re.sub(r"['’]s?$", "", _drop_leading(copula.group("person"), data)), True
    named_later = _NAMED_LATER.match(content, match.end()) if not named and kind is None and verb_text and \
        "apposition" not in match.re.groupindex and match.start("verb") < match.start("speaker") else None
    if named_later and _is_person(_drop_leading(named_later.group("person"), data) or "", data):
        # "..., said a former spokesman for Harbourland's Foreign Ministry, Oleg Roe, who ...": Roe speaks.
        speaker, named = _drop_leading(named_later.group("person"), data), True
    apposed = _NAME_SET_OFF.match(content, match.end()) if not named and kind is not None and \
        match.end() == match.end("speaker") and data.role_of(speaker, False) in ("official", "expert") else None
    if apposed and _is_person(_drop_leading(apposed.group("person"), data) or "", data):
        # "According to American historian, Christopher Kell, and ...": the historian is named after a comma.
        described_as = data.role_of(speaker, False)
        speaker, named = _drop_leading(apposed.group("person"), data), True
    if not named and _COUNTED.search(content[max(0, match.start("speaker") - 24):match.start("speaker")]):
        return []                   # "70 people reported killed": counted, not speaking
    apposition_text = match.groupdict().get("apposition") or ""
    if not named and apposition_text and not _INCLUDING.match(apposition_text):
        # "the city hall spokesman, Jo Roe, said": the role is described, the name follows it.
        names = [n for n in (_drop_leading(r, data) for r in re.findall(_NAME, apposition_text)) if n]
        if names and _is_person(names[0], data) and not re.match(r"[,\s—–-]*(?:in|like|such\s+as)\s", apposition_text):
            # (Not "the results in Northland and Harbour County show": a place; not "candidates — like Dana Roe —
            # who say": an example.)
            speaker, named = names[0], True
            lead = apposition_text[:apposition_text.find(names[0])]
            if kind is None and lead.strip(" ,—–-") and re.search(r"[a-z]{2}", lead):
                # ("Beliefs like X, that fostered opposition were rare, Dana Roe, a fellow ..., told": the voice
                # is hers, from her name.)
                set_off = names[0]
        elif names and _person_of_place(names[0], names[0], data):
            speaker, named = _person_of_place(names[0], names[0], data), True   # "David Roe of Clemson University"
        maker = _DOCUMENT_MAKER.search(apposition_text)
        if not named and speaker and speaker.split()[-1].lower() in data.documents and maker:
            speaker, named = re.sub(r"['’]s?$", "", maker.group("maker")), True    # "A poll from Northland Law School"
        if not named and speaker and kind == "cited document" and (
                _DATE_WORD.search(apposition_text) and re.match(rf"[,\s]*{_RELEASED}\b", apposition_text) or
                re.fullmatch(rf"\s+in[^\S\n]+(?:the[^\S\n]+)?{_NAME}", apposition_text)):
            # "New polls released Sunday", "The most recent polling in Florida": when or where identifies it.
            speaker = f"{speaker} {' '.join(apposition_text.strip(' ,').split())}"
    elif named and apposition_text and _OBJECT_BEFORE.search(content, max(0, match.start("speaker") - 16),
                                                             match.start("speaker")):
        # "In a note to the Gazette, her aide, Sam Lee, said": the name set off by commas
        # speaks; the one before it is the object of a preposition.
        people = [n for n in (_drop_leading(r, data) for r in re.findall(_NAME, apposition_text))
                  if n and _is_person(n, data)]
        if not people or re.match(r"[\s,]*(?:who|whom|whose|which|that)\b", apposition_text):
            return []               # ("an aide for Mr. Roe, who paid Mr. Berg's fees, declined": Berg is no speaker)
        speaker = re.sub(r"['’]s?$", "", people[-1])
    if verb_text and verb_text.startswith("report") and _PASSIVE_AFTER.match(content, match.end("verb")):
        return []
    if verb_text and verb_text.split()[0].endswith("ing") and kind is None:
        speaker, named = _subject_of_participle(source, data, match, speaker, named)
        if speaker is None:
            return []
    verb = data.verb(verb_text) if verb_text else None
    if raw_speaker.split() and raw_speaker.split()[-1] in data.documents or not named and speaker and \
            (_identified_document(speaker, data) == speaker or _document_clause(" ".join(raw_speaker.split()), data)):
        kind = "cited document"     # (not "the Federal Bureau of Investigation said": a name's last word)
    elif kind is None and (verb.position if verb is not None else verb_text is not None):
        kind = "position"           # a stance, or a verb the data does not list: not said to have been said
    start, end = match.span()
    if title_at is not None and start == match.start("speaker"):
        start = title_at            # (the voice shows the whole title: "Under Secretary of ... for ... Gil Roe")
    if set_off and set_off == speaker:
        start = match.start("apposition") + match.group("apposition").index(set_off)     # (the voice starts at her)
    start, end = _trim(content, start, end)
    paragraph = source.paragraph_at(start)
    if paragraph is None:
        return []
    # A role given beside the name counts too ("Mr. Harlan, the chairman of the association").
    apposition = (match.groupdict().get("apposition") or "").strip(" ,")
    role = data.role_of(f"{speaker} {apposition}", named) if apposition else None
    if role == "organisation" and named and not data.is_organisation(speaker):
        role = None                 # "Ben Roe, a senior fellow at the Center for ...": a person who works there
    if named and role is None and data.role_of(speaker, named) == "person":
        role = _role_before(content, match.start("speaker"), raw_speaker, speaker, data)
    if described_as in ("official", "expert") and role in (None, "person"):
        role = described_as         # ("Jane Roe was the only official who ...": an official)
    voice = Voice(start=start, end=end, text=content[start:end], paragraph=paragraph,
                  speaker=speaker, verb=" ".join(verb_text.lower().split()) if verb_text else None,
                  verb_neutral=verb.neutral if verb else True, named=named,
                  kind=kind or _kind_near(source, start, end), role=role)
    if not named and _INCLUDING.match(apposition_text):
        return _with_members(voice, data, content, match.start("apposition"))
    if not named and re.match(r"(?:other|fellow)\b", speaker):
        return [*_named_with_others(voice, data, content), voice]
    if named and " and " in speaker:
        return _two_people(voice, data, content)
    return [*_joined_before(voice, data, content), voice] if named and kind is None else [voice]


# A person described by a name and what she is to it: "the Harbour Show actress", "a Harbour Times columnist".
_DESCRIBED_BY_A_NAME = re.compile(r"(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+){1,4}"
                                  r"(?P<noun>[a-z]+(?:ess|or|er|ist|ian|ant|ent)|star|host|legend|chief|head|boss)")
def _predicate_in_apposition(apposition: str) -> bool:
    """Does a part between commas hold a finite verb before any relative pronoun, the main clause's own
    predicate? (A part after one that opened a relative clause belongs to it: "whose hometown, Harbour,
    is projected to ...".)"""
    for part in apposition.split(",")[1:-1]:
        if _PREDICATE_IN_PART.match(part):
            return True
        if _RELATIVE.search(part):
            return False
    return False


_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom|where|when|what|if|because|as)\b")
# A part between commas whose finite verb comes before any relative pronoun: the main clause's predicate.
_PREDICATE_IN_PART = re.compile(r"(?:(?!\b(?:who|which|that|whose|whom|where|when|what|if|because|as)\b)[^\n])*?"
                                r"[^\S\n](?:has|have|is|are|was|were|might|would|will|can|could)[^\S\n]+[a-z]")
# A name set off after a role: ", Christopher Kell, and", ", Christopher Kell."
_NAME_SET_OFF = re.compile(rf"[^\S\n]*,[^\S\n]+(?P<person>{_NAME})(?=[^\S\n]*(?:[,.;:]|and\b))")
# A name owning a thing, with no comma before the name that speaks: "President Roe's way of running the Harbour Board".
# (A role between owner and name holds no article nor gerund: "Roe's top aide Jo Lee", "Roe's director of
# communications Jo Lee".)
_OWNER_BEFORE_A_THING = re.compile(r"[^,]*['’]s[^\S\n]+[a-z][^,]*\b(?:the|an?|[a-z]+ing)\b[^,]*$")
# A preposition opening a sentence: what follows it up to a comma says when or where, and is no speaker.
_ADVERBIAL_OPENING = re.compile(r"(?:^|[.!?”\"][^\S\n]+|\n)(?:In|During|At|On|After|Before|Throughout|Since|Under|"
                                r"Amid|Over)[^\S\n]+$")
_INCLUDING = re.compile(r"[^\S\n]*,[^\S\n]*including[^\S\n]")
# A name and a copula before a described speaker: "Jane Roe was the only official who ...".
_NAME_IS = re.compile(rf"(?P<person>{_NAME})[^\S\n]+(?:is|was|remains|remained|became|has[^\S\n]+been|had[^\S\n]+been)"
                      r"[^\S\n]+$")


def _with_members(voice: Voice, data: VoiceData, content: str, at: int) -> list[Voice]:
    """"Some observers, including Harbour University professor Dana Roe, also criticized": the group speaks,
    and so does each named member the apposition lists (an item between commas or "and": its last name,
    a person's or an organisation's; the names before it say who that one is), the group's voice up to
    the apposition, each member's up to the next."""
    apposition = content[at:voice.end]
    members: list[tuple[int, str]] = []
    for item in re.finditer(r"(?:[^,]|,(?=\S))+?(?=,|[^\S\n]+and[^\S\n]|$)", apposition):
        runs = [r for r in re.finditer(_NAME, item.group()) if " and " not in r.group()]
        name = re.sub(r"['’]s?$", "", _drop_leading(runs[-1].group(), data) or "") if runs else ""
        if not name or name.lower() in data.group_names or data.is_place(name):
            continue                # ("including Muslims", "including Ohio": a group or a place, nobody's name)
        if _is_person(name, data) or data.is_organisation(name):
            run = runs[-1]
            members.append((item.start() + run.start() + run.group().index(name.split()[0]), name))
    if not members:
        return [voice]
    starts = [at + offset for offset, _ in members]
    found = [replace(voice, end=at, text=content[voice.start:at])]
    for (offset, name), begin, end in zip(members, starts, [*starts[1:], voice.end]):
        end = begin + len(re.sub(r"(?:[\s,]|\band\b)+$", "", content[begin:end]))    # (not "Tom Berg and ")
        found.append(replace(voice, start=begin, end=end, text=content[begin:end], speaker=name, named=True,
                             role=data.role_of(name, True)))
    return found


# The words right before a name, from its clause's start, that may say what the person is: "national
# security adviser Jake Roe", "then-Under Secretary of Harbours for Piers Gil Roe" (no verb among them).
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[.,;:!?“”\"()—–\n]))[^\S\n]*((?:(?!(?:said|says|told|is|was|are|were|has|had|have|will|would|be|been|being|about|by|with|to|"
                           r"[a-z]+ed)\b)"
                           rf"(?:[\w’'-]+|(?:{'|'.join(_TITLES)})\.)[^\S\n]+){{1,10}})$")


def _role_before(content: str, at: int, raw_speaker: str, speaker: str, data: VoiceData) -> str | None:
    """The role of a named person the words before the name give ("national security adviser Jake Roe" is
    an official; "Under Secretary of Harbours for Piers Gil Roe", whose title the speaker drops, too);
    None where they give none of the roles in the data."""
    before = _WORDS_BEFORE.search(content, max(0, at - 90), at)
    set_off = _ROLE_SET_OFF_BEFORE.search(content, max(0, at - 90), at) if before is None else None
    raw = " ".join(raw_speaker.split())
    described = " ".join(part for part in ((raw if speaker in raw and raw != speaker else ""),
                                           (_after_other_names(before.group(1).split(), data) if before else ""),
                                           (set_off.group("role") if set_off else ""))
                         if part)
    if not described:
        return None
    role = data.role_of(f"{speaker} {described}", True)
    if role == "organisation" and _MEDIA_ROLE.search(described):
        return role                 # ("journalist Jane Roe": a voice of the media)
    return role if role in ("official", "expert") else None     # (a title or a profession, not "voters")


# A role set off by a comma before the name, opening its sentence: "The program director, Ann Lee, told".
_ROLE_SET_OFF_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"\n])[^\S\n]+|(?<=\n))(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[^\S\n]+"
                                  r"(?P<role>(?:[a-z][\w’'-]*[^\S\n]+){0,4}[a-z][\w’'-]*),[^\S\n]*$")
_MEDIA_ROLE = re.compile(r"\b(?:journalist|reporter|columnist|editor|correspondent|host|anchor|commentator)\b")


def _after_other_names(words: list[str], data: VoiceData) -> str:
    """The words after the last other name that a lower-case word follows: what describes the person named
    next ("Harbour Party leader" -> "leader"; "Roe threw famous reporter" -> "threw famous reporter"), not
    someone named before (a title's words stay: "Former Secretary of State")."""
    titles = _title_words(data)
    cut = 0
    for at in range(1, len(words) - 1):
        pair = words[at - 1:at + 1]
        if all(w[:1].isupper() and w.strip(".") not in titles for w in pair) and words[at + 1][:1].islower():
            cut = at + 1
    return " ".join(words[cut:])


def _person_in_apposition(apposition: str, data: VoiceData) -> str | None:
    """The person an apposition names first, when a role follows her name (", Jane Roe, an associate
    professor at a university in Oslo,"); else None (", the chairman of the board,", ", 35, ...")."""
    parts = [p.strip() for p in apposition.split(",")]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not re.fullmatch(_NAME, parts[0]) or not _ROLE_OPENING.match(parts[1]):
        return None
    name = _drop_leading(parts[0], data)
    return name if name == parts[0] and len(name.split()) >= 2 and _is_person(name, data) else None


# What opens a role after a name: an article ("an associate professor"), or a role's word ("professor of law").
_ROLE_OPENING = re.compile(r"(?:an?|the|who|whose)\b|(?:senior|former|chief|professor|director|head|president)\b")


# People joined by "and" to the speaker, each with a party or state label the name run cannot hold:
# "Dana Roe (D) and former Port Gov. Tom Berg (R) announced", "Sens. Ann Lee (Ore.), Dan Roe (Ida.) and ...".
_LABELLED = rf"{_NAME}[^\S\n]*\([^()\n]{{1,30}}\)"
_JOINED_BEFORE = re.compile(rf"(?:^|(?<=[\s“\"(]))(?:{_LABELLED},[^\S\n]+){{0,6}}{_LABELLED},?[^\S\n]+and[^\S\n]+"
                            r"(?:(?:former|then|the)[^\S\n]+)?$")


def _joined_before(voice: Voice, data: VoiceData, content: str) -> list[Voice]:
    """The people listed before "(D) and" who speak with the voice's speaker (each a person's name, two
    words at least)."""
    if content.rfind(") and ", max(0, voice.start - 40), voice.start) < 0:
        return []                   # (most voices: the pattern is tried only after a label and "and")
    joined = _JOINED_BEFORE.search(content, max(0, voice.start - 300), voice.start)
    found = []
    for item in re.finditer(_LABELLED, joined.group() if joined else ""):
        run = item.group()[:item.group().rindex("(")].rstrip()
        name = _drop_leading(run, data)
        if len(name.split()) < 2 or not _is_person(name, data):
            continue
        start = joined.start() + item.start() + run.index(name)
        found.append(replace(voice, start=start, end=start + len(name), text=name, speaker=name,
                             role=data.role_of(name, True)))
    return found


_AND_BEFORE = re.compile(rf"({_NAME})[^\S\n]+and[^\S\n]+$")


def _named_with_others(voice: Voice, data: VoiceData, content: str) -> list[Voice]:
    """"Mr. Lin and other leaders have argued": the person named before "and other ..." speaks too."""
    before = _AND_BEFORE.search(content, max(0, voice.start - 80), voice.start)
    name = _drop_leading(before.group(1), data) if before else ""
    if not name or not (_is_person(name, data) or data.is_organisation(name)):
        return []
    at = before.start(1) + before.group(1).index(name)
    end = before.end(1)         # (the name's own span: the group's voice follows it)
    return [replace(voice, start=at, end=end, text=content[at:end], speaker=re.sub(r"['’]s?$", "", name),
                    named=True, role=data.role_of(name, True))]


# Nouns of people (besides the group nouns) whose "of"/"to" names the one they belong to, not an object.
_PEOPLE_HEADS = frozenset("member members adviser advisers friend friends ally allies son daughter wife husband "
                          "brother sister father mother chief head director president chairman founder "
                          "fans fan staff staffer staffers".split())
_TITLE_FOR = re.compile(rf"({_NAME})[^\S\n]+for[^\S\n]+$")


_PLURALS = frozenset({"people", "police", "media"})     # group nouns of many, without an -s


def _group_before(content: str, match: re.Match, data: VoiceData) -> re.Match | None:
    """A group noun and "in", "from" or "at" right before the speaker's name ("organizers in Cleveland")."""
    if "verb" not in match.re.groupindex or match.start("speaker") > match.start("verb"):
        return None
    return _group_pattern(data).search(content, max(0, match.start("speaker") - 60), match.start("speaker"))


def _group_pattern(data: VoiceData) -> re.Pattern:
    """(Built once per data: escaping every group noun for each voice was a tenth of ``detect_voices``;
    kept by identity, as hashing the data for a cache costs more.)"""
    if _group_memo and _group_memo[0][0] is data:
        return _group_memo[0][1]
    groups = "|".join(re.escape(g) for g in (*data.groups, *sorted(data.group_names)) if g.endswith("s") or g in _PLURALS)
    # ("Democrats in Congress", "Republicans on Harbour Hill", "delegates at the convention in Philadelphia": where the group is, then the place.)
    pattern = re.compile(rf"(?<![\w-])(?P<group>(?:[\w.-]+[^\S\n]+){{0,2}}?(?i:{groups}))"
                         r"(?:[^\S\n]+at[^\S\n]+the[^\S\n]+[a-z]+)?[^\S\n]+(?:in|from|at|on)[^\S\n]+(?:the[^\S\n]+)?$")
    _group_memo[:] = [(data, pattern)]
    return _group_memo[0][1]


_group_memo: list = []


# What describes an unnamed source after its noun: "a person familiar with the talks", "two officials
# briefed on the plan", "a Republican close to the campaign", "an aide who was in the room".
_SOURCE_DESCRIBED = (r"(?:familiar|close|briefed|involved|knowledgeable|aware|who|with[^\S\n]+(?:no[^\S\n]+)?"
                     r"(?:direct[^\S\n]+|firsthand[^\S\n]+)?knowledge)\b")


def _described_source(data: VoiceData) -> re.Pattern:
    """(Built once per data, like ``_group_pattern``.)"""
    if _described_memo and _described_memo[0][0] is data:
        return _described_memo[0][1]
    nouns = "|".join(re.escape(g) for g in (*data.groups, "person", "Democrat", "Republican", "Democrats", "Republicans"))
    # (Or a plural opening its sentence with no determiner: "Officials familiar with the plan said", "Democrats
    # trying to win back the county say".)
    plurals = "|".join(re.escape(g.capitalize()) for g in (*data.groups, "democrats", "republicans")
                       if g.endswith("s") and g.isalpha())
    described = (rf"(?:{_DETERMINERS}[^\S\n]+(?:[\w.’'-]+[^\S\n]+){{0,4}}?(?:{nouns})|(?<![\w’'-])(?:{plurals}))"
                 rf"[^\S\n]+(?:{_SOURCE_DESCRIBED}|trying|hoping|seeking|working)")
    # (As the subject of a plain verb of saying, the description running up to it: "A person familiar with
    # the harbour plans says".)
    subject = re.compile(rf"(?<![\w’'-])(?P<speaker>{described}[^.,;:!?“”\"\n]{{0,60}}?)[^\S\n]+"
                         rf"(?P<verb>said|says|say|told|tells|tell)\b"
                         # (Or after the words and the verb: "..., said one Democrat familiar with the talks.")
                         rf"|(?:[,“”\"]|'')[^\S\n]*(?P<verb2>said|says|added)[^\S\n]+"
                         rf"(?P<speaker2>{described}[^.,;:!?“”\"\n]{{0,60}}?)(?=[^\S\n]*[,.;:!?]|$)")
    _described_memo[:] = [(data, re.compile(described), subject)]
    return _described_memo[0][1]


def _described_subjects(source: Source, data: VoiceData) -> list[Voice]:
    """Unnamed sources described before their verb: "A person familiar with the talks said"."""
    content = source.content
    if " familiar " not in content and " close to " not in content and " briefed " not in content and \
            " knowledge " not in content and " involved " not in content and " aware " not in content and \
            " trying " not in content and " hoping " not in content and " seeking " not in content and \
            " working " not in content and " who " not in content:
        return []
    _described_source(data)
    found = []
    for match in _described_memo[0][2].finditer(content, source.body_start):
        paragraph = source.paragraph_at(match.start())
        if paragraph is None:
            continue
        speaker, verb = match.group("speaker") or match.group("speaker2"), match.group("verb") or match.group("verb2")
        if _ANONYMITY_ASKED.search(speaker):
            continue                # ("A board member who asked not to be named said": see _anonymity_asked)
        start = match.start() if match.group("speaker") else match.start("verb2")   # (not at the closing quote)
        found.append(Voice(start=start, end=match.end(), text=content[start:match.end()], paragraph=paragraph,
                           speaker=" ".join(speaker.split()), verb=verb.lower(),
                           verb_neutral=True, named=False, kind=_kind_near(source, match.start(), match.end()),
                           role="unnamed-source"))
    return found


_described_memo: list = []


def _without_title_phrase(content: str, at: int, speaker: str, data: VoiceData) -> tuple[str, int | None]:
    """"Under Secretary of Transport for Ports and Harbours Jo Marsh": the run after a title's "for"
    is the rest of the title glued to the name; the speaker is the name ("Jo Marsh", with a middle
    initial if any), and the title's start is where the voice begins (else None)."""
    words = speaker.split()
    if len(words) < 3:
        return speaker, None
    title = _TITLE_FOR.search(content, max(0, at - 80), at)
    if title is None or not any(w in _title_words(data) for w in title.group(1).split()):
        return speaker, None
    keep = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
    return " ".join(words[-keep:]), title.start()


# A person's name right before "from the" or "at the" and the body they belong to, which would speak.
_PERSON_FROM = re.compile(rf"(?P<person>{_NAME})[^\S\n]+(?:from|at)[^\S\n]+the[^\S\n]+$")
# A preposition right before a name that would speak: "refugees from Iraq admitted to ...", "a graduate of
# Harvard Law School who argued" (the name is its object; the sentence's subject came before). (A party's
# adjective starts no speaker: "the bylaws of the Harbour Party ... adds" speaks from "Party".)
_PREPOSITION_BEFORE = re.compile(r"(?:^|[^\w’'-])(?P<head>[a-z][\w-]*)[^\S\n]+(?:to|from|of|with|into|against|like|at)"
                                 r"[^\S\n]+(?:the[^\S\n]+)?(?:(?:Republican|Democratic|Democrat|American)[^\S\n]+)?$")


# After a role set before the name ("said a former spokesman for the ministry, Oleg Roe, who"): the role's
# body, then the person between commas or before the sentence's end.
_NAMED_LATER = re.compile(rf"[^\S\n]+(?:for|of|at|with|in)[^\S\n]+[^,.;:“”\"\n]{{1,60}},[^\S\n]+(?P<person>{_NAME})"
                          r"[^\S\n]*(?=,|\.(?:\s|$)|$)")
_OBJECT_OF_A_CLAUSE = re.compile(r"\b(?:who|that)[^\S\n]+(?:[a-z]+[^\S\n]+){0,4}?[a-z]+ed[^\S\n]+$")
_TITLE_PREPOSITION_BEFORE = re.compile(r"(?:^|[^\w’'-])(?P<head>[A-Z][a-z]+)[^\S\n]+(?:to|for)[^\S\n]+(?:the[^\S\n]+)?$")


def _object_of_preposition(content: str, match: re.Match, raw_speaker: str, data: VoiceData) -> bool:
    """Is the name before the verb the object of a preposition after a thing ("flights to France said to
    be")? Not after a person or a group ("members of Congress criticized", "an adviser to Obama said":
    who speaks is described, and the name stays its clue), not for a name set off by commas (the
    apposition rules read those), one owning a group ("one of Trump's aides said") nor the subject of a
    participle ("footage of Trump saying")."""
    at = match.start("speaker")
    if "verb" not in match.re.groupindex or at > match.start("verb") or \
            match.group("verb").split()[0].endswith("ing") or \
            (match.groupdict().get("apposition") or "").strip()[:1] in (",", "(") or \
            re.search(r"['’]s?[^\S\n]+\S+$", raw_speaker):
        return False                # (a part between dashes is no apposition: "the rules of the Party — ... — adds")
    before = _PREPOSITION_BEFORE.search(content, max(0, at - 40), at)
    if before is None:
        # ("Harbourland's Ambassador to France confirmed": the title's place, not its holder.)
        titled = _TITLE_PREPOSITION_BEFORE.search(content, max(0, at - 40), at)
        return titled is not None and titled.group("head") in _title_words(data)
    head = before.group("head").lower()
    return head not in data.groups and head.rstrip("s") not in data.groups and head not in _PEOPLE_HEADS


def _whole_organisation(name: str, data: VoiceData) -> bool:
    """An organisation's whole name, ending with an organisation word or in capitals ("The Harbour Times",
    "CNN"); not a part of one ("Center for Economic" of "Center for Economic and Policy Research", "Union
    of Dock Workers" of "... and Harbour Pilot Societies": a name with "of" or "for" goes on after "and")."""
    last = name.split()[-1]
    return not data.is_place(name) and not re.search(r"\s(?:of|for)\s", name) and \
        (last in data.organisation_words or _capitals(last) and len(name.split()) == 1)


def _two_people(voice: Voice, data: VoiceData, content: str) -> list[Voice]:
    """"Jane Roe and John Doe said": two voices, each a person's name (the first voice spans its name,
    the second the rest), unless either part is no person ("Health and Human Services")."""
    first, _, second = voice.speaker.partition(" and ")
    if first.split()[-1].rstrip(".") in _TITLES or first.split()[-1] in _PERSON_TITLES:
        # "former Harbourland Gov. and Harbour Party Chairman Ed Roe": two titles of one person.
        return [replace(voice, speaker=second, role=data.role_of(f"{first} {second}", True))]
    at = content.find(first, voice.start, voice.end)
    if at < 0:
        return [voice]
    if not (_is_person(first, data) and _is_person(second, data)):
        # Two surnames the text gives in full elsewhere ("Lavrov and Blinken") are two people too; so are a
        # person and such a surname ("Trump and Sen. Jane Roe"), and two organisations ("CNN and The Times").
        surnames = {p.split()[-1] for p in _people(content[max(0, voice.start - 20000):voice.start], data)}
        if not all(_is_person(part, data) or part in surnames for part in (first, second)) and \
                not all(_whole_organisation(part, data) for part in (first, second)):
            return [voice]
    middle = content.find(second, at + len(first), voice.end)
    if middle < 0:
        return [voice]
    return [*_listed_before(voice, data, content, at),
            replace(voice, start=at, end=at + len(first), text=first, speaker=first,
                    role=data.role_of(first, True)),
            replace(voice, start=middle, end=voice.end, text=content[middle:voice.end], speaker=second,
                    role=data.role_of(second, True))]


_PERSON_TITLES = frozenset({"President", "Chairman", "Chairwoman", "Secretary", "Minister", "Governor", "Senator",
                            "Mayor", "Speaker", "Chancellor", "Ambassador", "Commissioner", "Director"})
_LIST_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[\s“\"(]))((?:{_NAME},[^\S\n]+)+)$")


def _listed_before(voice: Voice, data: VoiceData, content: str, at: int) -> list[Voice]:
    """"Jane Roe, Tom Berg and Ann Lee said": the people listed before the last two speak too (each a
    person's full name; the list opens its clause)."""
    listed = _LIST_ITEM_BEFORE.search(content, max(0, at - 160), at)
    if listed is None:
        return []
    found = []
    for item in reversed(list(re.finditer(_NAME, listed.group(1)))):
        name = item.group()
        if not (_is_person(name, data) and len(name.split()) >= 2) or _drop_leading(name, data) != name:
            break                   # ("On Monday, Jane Roe, ...": the list starts after it)
        start = listed.start(1) + item.start()
        found.insert(0, replace(voice, start=start, end=start + len(name), text=name, speaker=name,
                                role=data.role_of(name, True)))
    return found


def _subject_of_participle(source: Source, data: VoiceData, match: re.Match, speaker: str,
                           named: bool) -> tuple[str | None, bool]:
    """"Fiorina spoke of her distaste for Trump, saying ...": the one saying is the sentence's subject,
    not the name just before the participle. A speaker that opens its sentence keeps it."""
    from .claims import split_sentences

    sentence = next((s for s in split_sentences(source) if s.start <= match.start() < s.end), None)
    if sentence is None or not source.content[sentence.start:match.start("speaker")].strip(" “\"‘*_"):
        return speaker, named
    if named and match.end("speaker") <= match.start("verb") and \
            re.fullmatch(_AUX, source.content[match.end("speaker"):match.start("verb")].rstrip()):
        return speaker, named       # "– Ryan saying he was encouraged": the name is the participle's own subject
    subject = _opening_name(source.content[sentence.start:sentence.end], data)
    if subject and (_is_person(subject, data) or data.is_organisation(subject)):
        return re.sub(r"['’]s?$", "", subject), True
    return None, False


# ", saying ...", "— adding that ...": the sentence's subject speaks.
_SUBJECT_PARTICIPLES = ("saying", "adding", "noting", "telling", "arguing", "insisting", "claiming", "warning",
                        "explaining", "writing", "declaring", "calling", "asking", "urging", "citing", "accusing",
                        "blaming", "promising", "vowing", "predicting", "suggesting", "questioning", "demanding",
                        "threatening", "praising", "criticizing", "criticising", "touting", "announcing", "tweeting",
                        "acknowledging", "admitting", "denying", "confirming", "stressing", "emphasizing",
                        "recalling", "describing", "pointing out", "expressing", "rejecting", "dismissing")
_TRAILING_PARTICIPLE = re.compile(rf"[,–—][^\S\n]*(?P<verb>{'|'.join(_SUBJECT_PARTICIPLES)})\b")
# "Roe became a delegate and said ...", "Kasich offered him a job, then says ...": a second verb of the
# sentence's subject, joined by "and", "but" or "then" with no subject of its own.
_COORDINATED_VERB = re.compile(r"(?:,[^\S\n]+then|[^\S\n]and(?:[^\S\n]+then)?|[^\S\n]but)[^\S\n]+"
                               r"(?:(?:later|also|now|has|have|had|then|again)[^\S\n]+|(?:on|last|this)[^\S\n]+[A-Za-z]+[^\S\n]+){0,2}"
                               r"(?P<verb>said|says|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|"
                               r"explained|insisted|warned|declared|announced|accused|accuses|criticized|criticised|"
                               r"described|urged|urges|called\s+for|asked|asks|predicted|suggested|acknowledged|"
                               r"admitted|conceded|claimed|denied|vowed|promised|praised|questioned|stressed)\b")


def _subject_participles(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """"Roe changed her pick at once – saying she was cheering for Lee": a participle after a
    comma or a dash, with no speaker before it, speaks for the person who opens the sentence."""
    from .claims import split_sentences

    content = source.content
    if not any(word in content for word in ("and ", "but ", "then ", *(f" {p}" for p in _SUBJECT_PARTICIPLES))):
        return []
    taken = [(v.start, v.end) for v in voices]
    known_speakers = {v.speaker.split()[-1] for v in voices if v.named and v.speaker and v.speaker not in _PRONOUNS}
    found = []
    for sentence in split_sentences(source):
        for match in _subject_verbs(content, sentence.start, sentence.end):
            if any(a <= match.start("verb") < b for a, b in taken):
                continue
            earlier = [v for v in voices if v.named and sentence.start <= v.start and v.end <= match.start()]
            # A voice earlier in the sentence speaks on ("At a rally in Dover, N.H., Roe endorsed Lee, saying").
            subject = earlier[-1].speaker if earlier and earlier[-1].speaker not in _PRONOUNS else \
                re.sub(r"['’]s?$", "", _opening_name(content[sentence.start:match.start()], data))
            if subject and re.search(rf"{re.escape(subject)}[^\S\n]*,[^\S\n]*[\w.]+-based[^\S\n]",
                                     content[sentence.start:match.start()]):
                continue            # ("Bay City, H.B.-based Roe Foods ..., citing": where a body is based)
            group = bool(subject) and subject.split()[-1].lower() in data.group_names
            # "Sanders" where the text has Sanders speak elsewhere, or names Bernie Sanders in full.
            known = subject in known_speakers or " " not in subject and subject in _full_name_surnames(source, data)
            if not subject or not (group or known or _is_person(subject, data) or data.is_organisation(subject)) or \
                    _inside(match.start(), _quoted_spans(source)):
                continue
            verb = data.verb(match.group("verb"))
            start, end = match.start("verb"), match.end("verb")
            found.append(Voice(start=start, end=end, text=content[start:end], paragraph=sentence.paragraph,
                               speaker=subject, verb=match.group("verb"), verb_neutral=verb.neutral if verb else True,
                               named=not group, kind=_kind_near(source, start, end)))
            break
    return found


def _full_name_surnames(source: Source, data: VoiceData) -> frozenset[str]:
    """Surnames of the people the text names in full ("Hillary Clinton" makes "Clinton" a person)."""
    if _surnames_memo and _surnames_memo[0][0] is source:
        return _surnames_memo[0][1]
    surnames = frozenset(p.split()[-1] for p in _body_people(source, data))
    _surnames_memo[:] = [(source, surnames)]
    return surnames


_surnames_memo: list = []


def _subject_verbs(content: str, start: int, end: int) -> Iterator[re.Match]:
    """Trailing participles and coordinated verbs of one sentence, in text order."""
    found = [*_TRAILING_PARTICIPLE.finditer(content, start, end), *_COORDINATED_VERB.finditer(content, start, end)]
    for match in sorted(found, key=lambda m: m.start()):
        yield match


def _participle_voice(source: Source, data: VoiceData, match: re.Match, voices: list[Voice]) -> list[Voice]:
    """"Insisting that ..., Stoltenberg declared": the speaker is the next voice in the same sentence."""
    paragraph = source.paragraph_at(match.start())
    later = [v for v in voices if v.paragraph == paragraph and v.start > match.end()
             and "." not in source.content[match.end():v.start].replace("...", "")]
    if not later or paragraph is None:
        return []
    speaker = later[0]
    verb = data.verb(match.group("verb"))
    start, end = match.span()
    return [Voice(start=start, end=end, text=source.content[start:end], paragraph=paragraph, speaker=speaker.speaker,
                  verb=match.group("verb").lower(), verb_neutral=verb.neutral if verb else True, named=speaker.named,
                  kind="reported speech")]


def _speaker(raw: str, data: VoiceData) -> tuple[str | None, bool]:
    """The speaker's name as written (emphasis, possessive and the words before a name dropped) and
    whether it is named: a name, or a name owning an institution ("O’Malley’s campaign")."""
    speaker, named = _speaker_as_read(raw, data)
    # "The U.S. said": the name run stops before the abbreviation's last dot, which the name keeps.
    if speaker and _ABBREVIATION_CUT.search(speaker):
        speaker += "."
    return speaker, named


_ABBREVIATION_CUT = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")


def _speaker_as_read(raw: str, data: VoiceData) -> tuple[str | None, bool]:
    text = " ".join(raw.replace("*", "").split())
    text = re.sub(r"['’]s?$", "", text)
    if text in _PRONOUNS:
        return text, True
    clause = _document_clause(text, data)
    if clause:
        text = clause               # "a new poll that shows voters view Clinton ...": the poll, not Clinton
    words = text.split()
    if re.match(_SHARE, text) or re.fullmatch(r"(?:[A-Z][a-z]+-(?:thirds|quarters|fifths)|Half)", text):
        return text, False          # a share of a group is nobody's name ("Two-thirds support ...")
    if _described_source(data).match(text):
        return text, False          # "a senior official familiar with the talks": unnamed, and described
    publication = re.fullmatch(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?((?!(?:{_DETERMINERS})\s)(?:[A-Z]\S*\s+)+(?:{_MEDIUM_NOUNS}))", text)
    if publication:
        return publication.group(1), True     # "Harbour magazine", "the Harbour Times newspaper"
    if words and words[-1].lower() in data.documents:
        # "a new CNN poll", "the Environmental Protection Agency's annual report": a cited document,
        # whose speaker is who made it (without a possessive), when the text names them.
        # Pollsters working together are one maker: "a Reuters/Ipsos poll", "a New York Times/CBS News survey".
        named_part = re.sub(r"^(?:New|Exit|Recent|Latest|Several|Two)\s+(?=[a-z])", "", text)    # "New polls show"
        makers = [re.sub(r"['’]s?$", "", n) for n in (_drop_leading(r, data) for r in re.findall(_MAKERS, named_part))
                  if n and n.lower() not in data.documents and n not in _MEDIA     # ("Polling shows", "a TV ad")
                  and not re.search(rf"\bin\s+{re.escape(n)}", named_part)    # ("the results in Iowa": a place)
                  and not _DATE_WORD.fullmatch(re.sub(r"['’]s?$", "", n))      # ("Tuesday's results": when, not who)
                  and n not in data.demonyms]         # ("a 2021 Harbourish poll": where it was taken, not who)
        if makers and all(data.is_place(n) for n in makers):
            return " ".join(words[1:] if words[0].lower() in ("a", "an", "the") else words), False  # "Ohio polls"
        if makers:
            return max(makers, key=lambda n: (len(n.split()), -text.index(n))), True
        return " ".join(words[1:] if words[0].lower() in ("a", "an", "the") else words), False
    if words and words[-1].lower() in data.groups and not _ORG_NAME.search(text) and \
            not (words[-1].lower() in data.bodies and words[-1][:1].isupper()) and \
            words[-1] not in ("Group", "Groups"):   # ("the Federal Reserve Board", "the Harbour Intelligence Group")
        owner = re.match(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?({_NAME})(?:['’]s?)?\s", text)
        if owner and words[-1].lower() in data.institutions and _drop_leading(owner.group(1), data):
            return text[text.index(_drop_leading(owner.group(1), data)):], True
        while len(words) > 1 and words[0] in data.not_speakers and words[0].lower() not in ("the", "a", "an") \
                and words[0] not in _GROUP_QUALIFIERS:
            # (an opener's "of" goes with it: "Many of the experts" is "the experts", never "of the experts")
            words = words[2:] if len(words) > 2 and words[1] == "of" else words[1:]
        return " ".join(words), False
    if len(words) == 1 and (words[0].lower() in data.groups or words[0].lower() in data.documents):
        return text, False          # "Polls show", "Officials said": a group noun opening a sentence
    # ("a new article in Politico": in a publication, its maker; not in a place.)
    placed = _identified_document(text, data) if " in " in text and \
        not _PUBLISHED_IN.search(text, 0, text.find(" in ") + 4) else None
    if placed and not re.match(rf"(?:(?:an?|the|The|An?)\s+)?(?:[\w’'-]+\s+){{0,4}}?{_NAME}", text[:text.find(" in ")]):
        return placed, False        # "the exit polls in New Hampshire": no maker named before the place
    runs = re.findall(_MAKERS, text)
    runs = [r for r in (_drop_leading(r, data) for r in runs) if r]
    if not runs:
        dated = _identified_document(text, data)
        return (dated, False) if dated else (None, False)
    if len(runs) > 1 and _ROLE_BRIDGE.search(text[text.index(runs[-2]) + len(runs[-2]):text.rindex(runs[-1])]):
        # "Florida-based Republican strategist Al Cardenas": the role words lead to the name.
        return re.sub(r"['’]s?$", "", runs[-1]), True
    person = _person_of_place(runs[0], text, data)
    if person:
        return person, True
    best = re.sub(r"['’]s?$", "", max(runs, key=lambda r: (len(r.split()), -text.index(r))))
    if best.split()[-1].lower() in data.group_names:
        return best, False          # "Senate Republicans", "Russians": a group, nobody's name
    if re.match(r"[Tt]he\s", text) and " " not in best and best in _title_words(data) and \
            best not in data.organisation_words:
        return f"the {best.lower()}", False     # "The President said": a role, described, not a name
        #                                         ("The Kremlin said": a named institution)
    rest = re.fullmatch(r"[^\S\n]+((?:[a-z]+[^\S\n]*){1,2})", text[text.index(best) + len(best):]) \
        if len(runs) == 1 and _ORG_NAME.search(best) else None
    if rest and _ORG_NAME.search(best).end() > len(best) - len(best.split()[-1]):
        # "according to the Center for Harbour rights": the name as the text writes it, not cut at the
        # lower-case word that ends it.
        return f"{best} {rest.group(1).strip()}", True
    return best, True


# Where a document appeared, which names no maker: "a new TV ad", "a Web video".
_MEDIA = frozenset({"TV", "Web", "Internet", "Radio", "Online"})
# A document and when it came out: "results tallied through Wednesday", "a memo released Friday".
_DATE_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")
_RELEASED = r"(?:released|published|filed|issued|conducted|taken|tallied|compiled|out)"


def _document_clause(text: str, data: VoiceData) -> str | None:
    """A document and the clause about it after "according to" ("a new poll that shows most voters distrust
    Lee ...", "new tax documents he handed to the Harbour Board"): the document's words,
    without the clause, whose names made or said nothing; else None."""
    nouns = "|".join(re.escape(d) for d in sorted(data.documents))
    match = re.match(rf"((?:(?:[\w/&’'.-]+)\s+){{0,6}}?(?:{nouns}))\s+(?:(?:that|which|he|she|they|we|it|I)\s|"
                     rf"{_HANDED_TO})", text)
    return match.group(1) if match else None


# "according to data provided to the Harbour Times", "records obtained by Harbour Weekly": the outlet that
# received the document reports it; the document, not the outlet, is the source (vr-24, techniques-dev read).
_HANDED_TO = r"(?:provided|given|sent|leaked|released|shown|supplied)\s+to\s|(?:obtained|seen|reviewed)\s+by\s"


def _identified_document(text: str, data: VoiceData) -> str | None:
    """An unnamed document that its date or its place identifies, as written ("unofficial election results
    tallied through Wednesday afternoon", "figures her campaign released Friday", "the exit polls in New
    Hampshire"), without its article; else None."""
    nouns = "|".join(re.escape(d) for d in sorted(data.documents))
    match = re.match(rf"(?:(?:an?|the|The|An?)\s+)?((?:[\w’'-]+\s+){{0,4}}?(?:{nouns})(?:\s+[a-z][\w’'-]*){{0,2}}?"
                     rf"\s+{_RELEASED}\b.*)", text)
    if match and _DATE_WORD.search(match.group(1)):
        return match.group(1)
    placed = re.fullmatch(rf"(?:(?:an?|the|The|An?)\s+)?((?:[\w’'-]+\s+){{0,4}}?(?:{nouns})\s+in\s+{_NAME})", text)
    return placed.group(1) if placed else None


def _person_of_place(run: str, text: str, data: VoiceData) -> str | None:
    """"Jason Gilbert of Cheyenne", "Dana Holt of the University of Northland": the person with where
    they are from or work, as written, rather than the place or the employer alone (a title's "of" is
    no such link: "Secretary of State John Kerry")."""
    match = re.match(rf"((?:{_NAME_WORD}[^\S\n]+)*?{_NAME_WORD})[^\S\n]+(?:of|at|from)[^\S\n]+(?:the[^\S\n]+)?{_NAME}",
                     text[text.index(run):])
    if match is None:
        return None
    person = match.group(1)
    words = person.split()
    if len(words) >= 2 and not any(w.strip(".") in _TITLES or w in _title_words(data) for w in words[:-1]) and \
            _is_person(person, data):
        return match.group()
    return None


# Lower-case words between two names that make the second the speaker: a role ("strategist", "attorney",
# "co-host"), never a preposition ("John Smith of the University of Texas" is John Smith) nor a relative
# clause ("Sen. Jim Roe who represents Harbour City").
_ROLE_BRIDGE = re.compile(r"^[^\S\n]+(?:(?!(?:of|at|from|for|in|on|with|and|to|the|a|an|by|who|which|that|whose)\b)"
                          r"[a-z][\w-]*[^\S\n]+){0,3}"
                          r"(?!(?:of|at|from|for|in|on|with|and|to|the|a|an|by)\b)[a-z][\w-]*,?[^\S\n]+$")


_MAKERS = rf"(?<!\w)(?:{_NUMBERED_NAME}|{_NAME})(?:/{_NAME})*"


def _group_before_of(speaker: str, data: VoiceData) -> bool:
    """Does a speaker named after its verb hold a group noun before any "of" ("a spokesman of the
    ministry")? "the call of the harbour board" holds none: the board is not who answered."""
    head = re.split(r"\s+of\s+", speaker, maxsplit=1)[0]
    return " of " not in f" {speaker} " or any(w.lower().strip(".,") in data.groups for w in head.split())


_NAME_ADJECTIVES = frozenset({"Democratic", "Republican", "American", "National"})


def _drop_leading(run: str, data: VoiceData) -> str:
    """A run of capitalised words without the words before the name: sentence openers ("After", "As"),
    days and months, and a heading in capitals ("HANG THEM Putin" -> "Putin")."""
    words = run.split()
    # A heading is two words in capitals or more ("HANG THEM"); one is a name's ("ABC News", "USA TODAY").
    heading = next((at for at, word in enumerate(words) if not _capitals(word)), len(words))
    if heading >= 2 and heading < len(words):
        words = words[heading:]
    # A party's or a nation's adjective opens the name of its body: "Democratic National Committee".
    body = len(words) > 2 and words[-1] in data.organisation_words
    while words and (words[0].strip(".,") in data.not_speakers or words[0][:1].islower() or
                     (len(words) > 1 and _capitals(words[0]) and words[1].strip(".,") in data.not_speakers)):
        if body and words[0] in _NAME_ADJECTIVES:
            break
        words = words[1:]           # (and "U.S." ending a sentence before "While Clinton said")
    while words and words[-1].strip(".") in _TITLES:
        words = words[:-1]
    return " ".join(words)


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (content[start].isspace() or content[start] in ",”\"*'’"):
        start += 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in ",:"):
        end -= 1
    return start, end


def _kind_near(source: Source, start: int, end: int) -> str:
    """A direct quote when the sentence holding the attribution has quotation marks."""
    starts, sentences, quoted = _sentences_with_quotes(source)
    number = bisect.bisect_right(starts, start) - 1          # (sentences are sorted and disjoint)
    if number >= 0 and start < sentences[number].end:
        has_marks = quoted[number]
    else:
        has_marks = any(mark in source.content[start:end] for mark in "“”\"")
    return "direct quote" if has_marks else "reported speech"


def _sentences_with_quotes(source: Source) -> tuple[list[int], list, list[bool]]:
    """The source's sentences, their starts, and whether each has quotation marks: computed once per
    source, so that a voice costs a bisection, not a pass over every sentence (issue 17: 990 KB of
    "he said " took 261 s)."""
    if _quotes_memo and _quotes_memo[0][0] is source:
        return _quotes_memo[0][1]
    from .claims import split_sentences

    sentences = split_sentences(source)
    content = source.content
    marked = [any(mark in content[s.start:s.end] for mark in "“”\"") for s in sentences]
    _quotes_memo[:] = [(source, ([s.start for s in sentences], sentences, marked))]
    return _quotes_memo[0][1]


_quotes_memo: list = []


def _without_overlaps(voices: list[Voice]) -> list[Voice]:
    """Keep the earliest, then longest, of overlapping voices (first-longest, as span filters do)."""
    kept: list[Voice] = []
    for voice in sorted(voices, key=lambda v: (v.start, -(v.end - v.start))):
        if kept and voice.start < kept[-1].end:
            continue
        kept.append(voice)
    return kept


_PASSIVE_VOICE = re.compile(r"[A-Za-z]+ed[^\S\n]+by\b")


def _resolve_pronouns(source: Source, data: VoiceData, voices: list[Voice],
                      quoted: list[tuple[int, int]] = ()) -> list[Voice]:
    """"he said" speaks for the person it refers to (see ``_antecedent``); a pronoun nobody was named for
    is dropped."""
    resolved: list[Voice] = []
    last: Voice | None = None
    last_main: Voice | None = None          # the last voice whose speaker is its sentence's subject
    unnamed: Voice | None = None            # the last voice of one unnamed person ("a senior official")
    genders: dict[str, str] | None = None
    # Who a pronoun may stand for: someone with a title, or someone the text has speak elsewhere.
    content = source.content
    speakers = {v.speaker.split()[-1] for v in voices if v.named and v.speaker and v.speaker not in _PRONOUNS
                and not _only_asks(content, v)}
    role_names: dict[str, list[tuple[int, int, str]]] = {}
    for voice in voices:
        if not voice.named and _described_person(voice.speaker, data):
            person = _named_with_role(source, data, voice, role_names)
            if person is not None:
                # (The role stays: "the professor" is an expert, whatever her name says.)
                role = voice.role or data.role_of(voice.speaker, False)
                voice = replace(voice, speaker=person, named=True,
                                role=role if role in ("official", "expert") else voice.role)
        elif voice.speaker in _PRONOUNS:
            if unnamed is not None and unnamed.paragraph >= voice.paragraph - 1 and \
                    (last is None or unnamed.start > last.start):
                # "The mayor has promised a centre. She said ...": the last voice was someone unnamed.
                resolved.append(replace(voice, speaker=unnamed.speaker, named=False))
                continue
            if genders is None:
                genders = _genders(source.content[source.body_start:])
            person = _antecedent(source, data, voice, last, genders, quoted, last_main, speakers)
            if person is None:
                continue
            voice = replace(voice, speaker=person, named=True)
        if not voice.named and voice.speaker and voice.kind != "cited document" and \
                voice.speaker.split()[-1].lower() in _ONE_PERSON:
            unnamed = voice
        if voice.named and not _only_asks(content, voice):
            # (Who asked in "Asked by Matt Lauer whether ..., she said" is no antecedent of "she".)
            last = voice
            # ("Reporters were told by Carla Roe that ...": the teller is whom a "she said" after it means.)
            if _opens_sentence(source, data, voice) or _TOLD_BY.match(voice.text):
                last_main = voice
        resolved.append(voice)
    return resolved


_TOLD_BY = re.compile(r"told[^\S\n]+by\b")


def _only_asks(content: str, voice: Voice) -> bool:
    """Is the voice a passive's agent ("Asked by Matt Roe whether ..."), who is no antecedent of a "he" or
    "she" after it, unless a clause of saying follows ("He was echoed by spokesman Tom Berg, who told
    reporters ...": Berg speaks, and "He denounced ..." next is Berg)?"""
    return bool(_PASSIVE_VOICE.match(voice.text)) and not _WHO_SAID.match(content, voice.end)


_WHO_SAID = re.compile(r"[^\S\n]*,?[^\S\n]*who[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+)?(?:told|said|says|tells|added|"
                       r"stated|declared|wrote|insisted|stressed)\b")


_ROLE_ABBREVIATIONS = {"senator": ("Senator", "Sen."), "governor": ("Governor", "Gov."), "congressman": ("Rep.",),
                       "congresswoman": ("Rep.",), "secretary": ("Secretary",), "president": ("President",),
                       "mayor": ("Mayor",), "minister": ("Minister",), "justice": ("Justice",),
                       "professor": ("Professor", "Prof."), "doctor": ("Dr.", "Doctor")}


def _named_with_role(source: Source, data: VoiceData, voice: Voice,
                     found_by_role: dict[str, list[tuple[int, int, str]]] | None = None) -> str | None:
    """The person "the mayor" speaks for: the name the text gives that role before the voice ("Mayor Dana
    Lee", "Sen. Bernie Sanders", "Dana Lee, the mayor"), if it gives it to one person only; else none.
    ``found_by_role`` keeps each role's names found in the text, so each role is searched for once."""
    role = (voice.speaker or "").split()[-1].lower()
    found_by_role = {} if found_by_role is None else found_by_role
    if role not in found_by_role:
        found_by_role[role] = _role_names(source, data, role)
    names = [name for name in found_by_role[role] if name[1] <= voice.start]   # whole mentions before the voice
    # Only where the text gave the role to exactly one person (surnames compared): with two senators,
    # "the senator" may be either, and the description stays as written.
    return names[-1][2] if names and len({n.split()[-1] for _, _, n in names}) == 1 else None


def _role_names(source: Source, data: VoiceData, role: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention naming ``role``'s holder, in text order."""
    titles = _ROLE_ABBREVIATIONS.get(role, (role.capitalize(),))
    body, start = source.content, source.body_start
    found = []
    for title in titles:
        for match in re.compile(rf"(?<!\w){re.escape(title)}[^\S\n]+({_NAME})").finditer(body, start):
            found.append((match.start(), match.end(), f"{title} {match.group(1)}"))
    # (The role ends the apposition: "on Open Water, the art teacher shared" is a new clause's subject.)
    pattern = re.compile(rf"({_NAME}),[^\S\n]+(?:the|an?)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}{re.escape(role)}\b"
                         rf"{_ROLE_ENDS}")
    for match in pattern.finditer(body, start):
        found.append((match.start(), match.end(), _drop_leading(match.group(1), data)))
    # ("the history professor Jane Roe": the role in lower case before her name, after "the"; not "Republican
    # candidate Dana Roe's approach", a description in passing.)
    for match in re.compile(rf"\b[Tt]he[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?{re.escape(role)}[^\S\n]+({_NAME})"
                            ).finditer(body, start):
        found.append((match.start(), match.end(), _drop_leading(match.group(1), data)))
    # (A place is nobody's name: "... in Cedar Rapids, Iowa, the GOP candidate ...".)
    # (Two people joined by "and" are no one holder: "Professor Roe and Professor Berg".)
    return sorted((start, end, re.sub(r"['’]s?$", "", name)) for start, end, name in found
                  if name and not data.is_place(name) and " and " not in name)


_ROLE_ENDS = r"(?=[^\S\n]*(?:[,.;:)—–]|$)|[^\S\n]+(?:at|of|in|from|for|with|and|who|whose|since|until)\b)"


def _described_person(speaker: str | None, data: VoiceData) -> bool:
    """"the Vermont senator", "The GOP front-runner": one person, described by a role."""
    words = (speaker or "").split()
    return len(words) >= 2 and words[0].lower() == "the" and words[-1].lower() in data.descriptions


def _opens_sentence(source: Source, data: VoiceData, voice: Voice) -> bool:
    """Does the voice open its sentence or follow a quotation ("Ban said", "“...,” said Ban"), rather
    than sit in a clause about someone else ("Asked whether Trump, who has called ..., could win")?"""
    content = source.content
    paragraph = source.paragraphs[voice.paragraph - 1]
    start = max(paragraph.start, voice.start - PERSON_LOOKBACK)     # (a sentence is never this long)
    boundary = max(content.rfind(mark, start, voice.start) for mark in (". ", "! ", "? ", "”", "\"", "''"))
    prefix = content[max(boundary + 1, start):voice.start]
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", prefix) if w not in data.not_speakers]
    # A few words of description may come first ("School superintendent Mark Olsen said").
    return len(words) <= _DESCRIPTION_WORDS and "," not in prefix


# How far back before a pronoun's voice ("he said") a person's name is looked for: about two paragraphs
# of news. Unbounded, a paragraph of 100,000 "he said" searched its whole beginning again for each.
PERSON_LOOKBACK = 3000


def _antecedent(source: Source, data: VoiceData, voice: Voice, last: Voice | None,
                genders: dict[str, str], quoted: list[tuple[int, int]] = (),
                last_main: Voice | None = None, speakers: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The person a "he" or "she" speaker refers to: the subject of the latest sentence since the last
    voice that opens with a person's name ("Lavrov made an appeal. Russia, he insisted"); else the last
    voice whose speaker opens its sentence, if it is a person, in this paragraph or the one before
    ("..., Biden said at the White House. “...,” he said" is Biden); with no voice near, the last person
    named before it. A name known to go with the other pronoun is skipped; with no fitting person, the
    pronoun is left out rather than guessed.""" 
    pronoun = {"she": "she", "he": "he"}.get((voice.speaker or "").lower())     # None: a description
    near = last is not None and last.paragraph >= voice.paragraph - 1
    since = last.end if near else source.paragraphs[max(0, voice.paragraph - 2)].start
    since = max(since, voice.start - PERSON_LOOKBACK)     # bounded: linear in very long paragraphs
    if 0 < since and source.content[since - 1] == "\n" and voice.start - since < PERSON_LOOKBACK:
        since -= 1                  # (from the line break: a paragraph's first sentence is whole, its subject counts)
    window = _unquoted(source.content, since, voice.start, quoted)

    titles = _title_words(data)

    def fits(name: str, subject: bool = False) -> bool:
        if " and " in name:
            return False            # "he" or "she" is one person, never "Jane Roe and Tom Berg"
        words = name.split()
        known = words[-1] in speakers or any(w in titles for w in words) or _introduced(window, name, data)
        if pronoun is None:
            return known
        # A full name opening the sentence just before ("Jane Roe runs the shelter. “...,” she said") needs
        # no title, but the text must tie its surname to the pronoun.
        if subject and len(words) >= 2 and not known:
            return genders.get(words[-1]) == pronoun and _fits(name, pronoun == "she")
        return known and _fits(name, pronoun == "she") and genders.get(words[-1], pronoun) == pronoun

    subjects = [run for run in _sentence_subjects(window, data, _full_name_surnames(source, data))
                if fits(run, subject=True)]
    if subjects:
        # ("Professor Dr. Caleb Roe of Harbour University", which a name's run may cut: the person.)
        return _without_place(subjects[-1])
    main = last_main if last_main is not None and last_main.paragraph >= voice.paragraph - 1 else None
    if main is not None and main.paragraph < voice.paragraph and last is not None and last is not main and \
            last.paragraph == voice.paragraph and last.speaker and not data.is_organisation(last.speaker) and \
            fits(last.speaker):
        # ("On May 2, Roe repeated ... In a letter he stated": the person of this paragraph, not the one
        # who opened a sentence in the paragraph before.)
        main = last
    if main is not None and not data.is_organisation(main.speaker or "") and main.speaker and \
            fits(main.speaker) and main.speaker.split()[-1].lower() not in data.groups:
        return main.speaker
    if _DESCRIBED_SUBJECT.search(window) or last is not None and near:
        # "The former ambassador ... He stated": someone described, not named here; or a voice came
        # between, in a clause about someone else: no guess.
        return None
    # With no voice near, a person named in the window, if only one is (surnames compared).
    people = [run for run in _people(window, data) if fits(run)]
    if not people and pronoun is not None and not _names_a_person(window, source, data):
        return _main_person(source, data, voice.start, pronoun, genders)
    return people[-1] if people and len({p.split()[-1] for p in people}) == 1 else None


def _names_a_person(window: str, source: Source, data: VoiceData) -> bool:
    """Does ``window`` name someone: a person's name, or the surname of one the text names in full?"""
    if _people(window, data):
        return True
    surnames = _full_name_surnames(source, data)
    return any(w in surnames for w in re.findall(r"[A-Z][\w’'-]+", window))


def _main_person(source: Source, data: VoiceData, before: int, pronoun: str, genders: dict[str, str]) -> str | None:
    """The person the text is about, for a "he" or "she" with nobody named near it (a paragraph of quotation
    before "“...,” he explained"): of the people the text names in full before the pronoun, the one whose
    surname it writes most often (twice at least, more often than anyone else's), where the text ties
    that surname to the pronoun ("Dana Roe ... her ideas"). A person named once in passing ("an interview
    with Tom Berg") is none. The name is the full one first given."""
    named, mentions = _people_in_order(source, data)
    full: dict[str, str] = {}
    for end, name in named:
        if end > before:
            break
        full.setdefault(name.split()[-1], _without_place(name) if " " in _without_place(name) else name)
    counts = sorted(((bisect.bisect_right(mentions[surname], before), surname) for surname in full), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    surname = counts[0][1]
    return full[surname] if genders.get(surname) == pronoun and _fits(full[surname], pronoun == "she") else None


def _people_in_order(source: Source, data: VoiceData) -> tuple[list[tuple[int, str]], dict[str, list[int]]]:
    """The text's people once per text: (end offset, name) of each full name in order (no headline's "Roe
    Says Tom Berg"), and the end offsets of every mention of each of their surnames. Found for every
    pronoun again, a text of many "he said" was searched whole once per pronoun (quadratic)."""
    if _people_memo and _people_memo[0][0] is source:
        return _people_memo[0][1]
    body, content = source.body_start, source.content
    named = []
    for match in re.finditer(_NAME, content[body:]):
        name = _drop_leading(match.group(), data)
        if name and len(name.split()) >= 2 and _is_person(name, data) and " and " not in name \
                and not any(data.verb(w.lower()) for w in name.split()):
            named.append((body + match.end(), re.sub(r"['’]s?$", "", name)))
    mentions = {surname: [end for start, end in _mentions(content, surname) if start >= body
                          and not (_WORD_CHAR.match(content, end) and _WORD_CHAR.match(content, end - 1))]
                for surname in {name.split()[-1] for _, name in named}}
    _people_memo[:] = [(source, (named, mentions))]
    return named, mentions


_people_memo: list = []


def _introduced(window: str, name: str, data: VoiceData) -> bool:
    """Is ``name`` a person the text introduces with a role ("Kristen Roe, chief executive of the
    Harbour Trust, also took issue")? Such a subject is who a following "she wrote" speaks for."""
    if len(name.split()) < 2:
        return False
    at = window.rfind(name + ",")
    apposition = window[at + len(name) + 1:at + len(name) + 1 + _APPOSITION_CHARS].split(",")[0] if at >= 0 else ""
    words = {w.strip(".").lower() for w in apposition.split()}
    return bool(words & _role_nouns(data))


_APPOSITION_CHARS = 120


def _role_nouns(data: VoiceData) -> frozenset[str]:
    """Role words of officials and experts and the descriptions, lower case ("director", "professor", "ceo"),
    for appositions. (Kept on the data, like ``_title_words``.)"""
    if not data._role_nouns:
        data._role_nouns.append(data.descriptions | frozenset(
            w.strip(".").lower() for r in data.roles if r.id in ("official", "expert") for w in r.words if " " not in w))
    return data._role_nouns[0]


# A sentence whose subject is described, not named: "The former ambassador also discussed ...".
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:The|A|An|This|That)\s+(?:[a-z][\w-]*\s+){1,3}"
                                r"(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b[^.!?]*[.!?]?\s*$")
# (Some papers open and close a quotation with two apostrophes: ''We will,'' Ms. Roe said.)
# A straight quotation mark opens after a space and closes before one, and a pair of them never spans a
# curly mark: papers that mix the two ('"Roe is wrong,” said Lee. "We ..."') have an attribution between.
_QUOTE_PAIRS = re.compile(r"“[^“”\n]{1,400}”|(?<![^\s(\[—–-])\"(?=\S)[^\"“”\n]{1,400}?(?<=\S)\"(?![^\s.,;:!?)\]—–'’-])|"
                          r"''(?:[^'\n]|'(?!')){1,400}''")


def _quoted_spans(source: Source) -> list[tuple[int, int]]:
    """Spans of the body inside quotation marks (the words quoted, marks included)."""
    return [m.span() for m in _QUOTE_PAIRS.finditer(source.content, source.body_start)]


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    at = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return at >= 0 and spans[at][0] < offset < spans[at][1]


def _unquoted(content: str, start: int, end: int, quoted) -> str:
    """content[start:end] with quoted words blanked out: names inside a quotation are not antecedents."""
    text = list(content[start:end])
    first = max(0, bisect.bisect_right(quoted, (start, float("inf"))) - 1)
    for a, b in quoted[first:bisect.bisect_left(quoted, (end, 0))]:
        if b > start and a < end:
            for i in range(max(a, start), min(b, end)):
                text[i - start] = " "
    return "".join(text)


# "Clinton said she ...", "Trump ... his": the first pronoun in a sentence that opens with a surname (a line's
# start opens one: a paragraph after a heading).
_SUBJECT_AND_PRONOUN = re.compile(r"(?:^|[.!?”\"]\s+|(?<=\n))(?:[A-Z][\w’'.-]*[^\S\n]+){0,3}([A-Z][\w’'-]+)\s+(?P<between>[^.!?]{0,80}?)"
                                  r"\b(he|she|his|her|him|himself|herself)\b")
# A name in between may be who the pronoun stands for ("Roe attacked Lee and said she ..."); a place or a
# thing after a preposition or "the" is not ("Roe runs the shelter on Main Street and she ...").
_CAPITALISED_RUN = re.compile(r"(?:(?<=\s)|^)(?:(\S+)\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_BEFORE_A_THING = frozenset("on in at of the to from for a an".split())


def _names_someone(between: str) -> bool:
    """Does ``between`` hold a capitalised run that is not after a preposition or an article?"""
    return any((m.group(1) or "").lower() not in _BEFORE_A_THING for m in _CAPITALISED_RUN.finditer(between)
               if m.group(2))
_GENDER_OF = {"he": "he", "his": "he", "him": "he", "himself": "he", "she": "she", "her": "she", "herself": "she"}


def _genders(body: str) -> dict[str, str]:
    """Surname -> "he" or "she", from the first sentence that opens with the name and holds a pronoun;
    a name seen with both is left out."""
    seen: dict[str, set[str]] = {}
    for match in _SUBJECT_AND_PRONOUN.finditer(body):
        if not _names_someone(match.group("between")):
            seen.setdefault(match.group(1), set()).add(_GENDER_OF[match.group(3)])
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


def _title_words(data: VoiceData) -> frozenset[str]:
    """Capitalised words of the official and expert roles ("President", "Minister") and abbreviated
    titles: a name with one is a person's. (Kept on the data: hashing it for a cache costs more.)"""
    if not data._titles:
        words = {w for r in data.roles if r.id in ("official", "expert") for w in r.words
                 if w[:1].isupper() and " " not in w}
        data._titles.append(frozenset(words | {f"{t}." for t in _TITLES} | set(_TITLES)))
    return data._titles[0]


def _fits(name: str, female: bool) -> bool:
    """A name with a title of the other gender does not fit the pronoun ("Mrs. Clinton" is no "he")."""
    first = name.split()[0]
    return not (first in _FEMALE_TITLES if not female else first in _MALE_TITLES)


# (A line's start is a sentence's: a paragraph after a quotation, whose marks a pronoun's window blanks.)
_SENTENCE_START = re.compile(r"(?:^\n?|(?<=[.!?])[”\"’]?\s+|(?<=\n))(?=[“\"‘]?[A-Z])")


# A verb right after a surname that opens a sentence: the surname is its subject ("Sanders is outlining"),
# not a noun's qualifier ("Sanders supporters").
_SUBJECT_VERB = re.compile(r"[^\S\n]+(?:is|was|has|had|will|would|also|then|later|again|said|says|told|tells|"
                           r"did|does|can|could|should|must|may|might)\b")


_TITLE_DOT_END = re.compile(rf"\b(?:{'|'.join(_TITLES)})\.$")
_NAME_AT = re.compile(_NAME)


def _sentence_subjects(text: str, data: VoiceData, surnames: frozenset[str] = frozenset()) -> list[str]:
    """Names of people that open a sentence wholly inside ``text`` (after sentence openers); a surname
    alone counts where the text names that person in full (``surnames``: "Sanders is outlining ...")."""
    subjects = []
    for match in _SENTENCE_START.finditer(text):
        if match.start() == 0 and text[:1] not in ("", "\n") and not text[:1].isspace():
            continue                # ``text`` starts mid-sentence
        if _TITLE_DOT_END.search(text, max(0, match.start() - 8), match.start()):
            continue                # "Mr. Trump": a title's dot starts no sentence
        at = match.end() + len(text[match.end():]) - len(text[match.end():].lstrip("“\"‘"))
        run = _NAME_AT.match(text, at)
        if run is None:
            continue
        name = _drop_leading(run.group(), data)
        alone = name in surnames and _SUBJECT_VERB.match(text, run.end()) is not None
        if name and (_is_person(name, data) or alone) and not re.search(r"['’]s?[^\S\n]", name):
            subjects.append(re.sub(r"['’]s?$", "", name))      # (not "Trump's TV-friendly campaign")
    return subjects


def _is_person(name: str, data: VoiceData) -> bool:
    words = name.split()
    if not words:
        return False                # nothing left once the sentence openers are dropped ("It was")
    if data.is_organisation(name) or any(_capitals(w) for w in words[-1:]):
        return False
    if words[0] in _title_words(data) and re.fullmatch(r"of (?:the )?\S+", " ".join(words[1:])):
        return False                # "Secretary of Defense", "Secretary of the Navy": a role, nobody's name
    return len(words) >= 2 or any(w.strip(".") in _TITLES for w in words)


def _body_people(source: Source, data: VoiceData) -> tuple[str, ...]:
    """``_people`` of the whole body, read once per text: three passes ask for it, and the search for names
    over a whole body was a fifth of detect_voices' time (kept for the last text only, as
    ``furniture_paragraphs`` keeps its answer)."""
    if not (_last_body_people and _last_body_people[0][0] is source and _last_body_people[0][1] is data):
        _last_body_people[:] = [(source, data, tuple(_people(source.content[source.body_start:], data)))]
    return _last_body_people[0][2]


_last_body_people: list = []


def _people(text: str, data: VoiceData) -> list[str]:
    """Runs of capitalised words that look like a person's name (two words or more, no organisation)."""
    people = []
    for run in re.findall(_NAME, text):
        name = _drop_leading(run, data)
        if name and len(name.split()) >= 2 and _is_person(name, data) and " and " not in name:
            people.append(re.sub(r"['’]s?$", "", name))
    return people


_DAY_OR_MONTH = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                 r"September|October|November|December)")
_DOCUMENT_VERBS = (" show", " found", " finds", " suggest", " indicate", " reveal", " documents", " documented", " state",
                   " conclude")
# What a document does ("shows"; "show" after a plural: "FEC records show").
_DOCUMENT_VERB = ("documents|documented|shows|showed|shown|show|found|finds|suggests|suggested|suggest|indicates|indicated|indicate|revealed|"
                  "reveals|reveal|"
                  # (A report "states" or "concludes" what follows: "that" or a colon; "the report states
                  # the obvious" reports nothing, and "states" is a noun in "a report on the states".)
                  r"(?:states|stated|state|concludes|concluded|conclude)(?=[^\S\n]*(?:that\b|:))")


def _documents_and_transcripts(source: Source, data: VoiceData, patterns: _Patterns) -> list[Voice]:
    """Cited documents that show or find something ("A Quinnipiac University poll this month found"),
    and speakers of a transcript or a round-up, named at a line's start before a colon ("JAKE TAPPER:",
    "Ann Coulter:"; two words at least, no possessive)."""
    content, start = source.content, source.body_start
    found: list[Voice] = []
    if patterns.documents is not None and any(verb in content for verb in _DOCUMENT_VERBS):
        # Only near a document noun followed by one of the verbs: trying the pattern at every "a" and
        # "the" of the text cost 2 ms.
        seen = -1
        for near in patterns.document_hint.finditer(content, start):
            # (Past the verb by a few characters: "states" looks ahead for "that".)
            match = patterns.documents.search(content, max(start, seen, near.start() - 60), near.end() + 6)
            if match is not None and match.start() >= seen:
                seen = match.end()
                found.extend(replace(v, kind="cited document") for v in _voice(source, data, match, "cited document"))
    for match in patterns.colon.finditer(content, start):
        name = match.group("speaker")
        if re.match(r"[^\S\n]*[\d$€£]", content[match.end():match.end() + 3]):
            continue            # "Hillary Clinton: 1,769.": a table's row, not words said
        if len(name.split()) < 2 or re.search(r"['’]s?\b", name) or _drop_leading(name, data) != name:
            continue
        if _POST_SIGNATURE.search(content, match.end(), _paragraph_end(content, match.end())):
            continue            # a post's own text ("Latest Sheriff: ..." above "— Jo Roe (@jroe)"): the poster's
        # A transcript's "BERNIE SANDERS:" is Bernie Sanders; an acronym beside a name stays ("UNIPCC Tom Roe").
        words = name.split()
        speaker = " ".join(w.capitalize() for w in words) if all(_capitals(w) for w in words) else name
        paragraph = source.paragraph_at(match.start("speaker"))
        if paragraph is None:
            continue
        begin, end = match.start("speaker"), match.end() - 1
        found.append(Voice(start=begin, end=end, text=content[begin:end], paragraph=paragraph, speaker=speaker,
                           verb=None, verb_neutral=True, named=True, kind="direct quote"))
    taken = {v.start for v in found}
    return found + [v for v in _described_colon_speakers(source, data) if v.start not in taken]


# A quotation after a colon at a line's start, the person described before it ("Geologist Jane Roe : “...”",
# "Tom Berg in 1996: “...”", "Dr. Jane Roe, Harbour University physicist and adviser to ...: “...”",
# "Prize winner Dr. Jane Roe and a research scientist at ...: “...”"). No sentence's end comes before the colon.
_DESCRIBED_COLON = re.compile(r"(?m)^[ \t>*_]*(?P<prefix>[A-Z0-9](?:[^.!?“”\"\n:]|(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bProf)|(?<=\bSt)|(?<=\bJr))\.|"
                              r"(?<=\b[A-Z])\.){2,200}?)[^\S\n]?:[^\S\n]*[“\"]")
# Where the person's name ends: an apposition, a relative clause, a second role, a year.
_NAME_ENDS = re.compile(r",|[^\S\n]+(?:who|and[^\S\n]+(?:a|an|the)|in[^\S\n]+\d{4})\b|[^\S\n]*\(")


def _described_colon_speakers(source: Source, data: VoiceData) -> list[Voice]:
    """The person a line describes before a colon and a quotation (see ``_DESCRIBED_COLON``): the last name
    before the apposition, a typo's comma after a title mended ("Dr, Jane Roe"). Never a line whose words
    before the name hold a verb ("Jane Roe told reporters: “...”" is an attribution of its own)."""
    content = source.content
    if ":" not in content:
        return []
    found = []
    for match in _DESCRIBED_COLON.finditer(content, source.body_start):
        prefix = match.group("prefix")
        # ("Dr, Jane Roe", "Dr.Jane Roe": a title mistyped.)
        mended = re.sub(r"\b(Dr|Prof)\.?,?(?=[^\S\n]*[A-Z])[^\S\n]*", r"\1. ", prefix)
        cut = _NAME_ENDS.search(mended)
        head = mended[:cut.start()] if cut else mended
        lower = re.findall(r"(?<![\w.’'-])[a-z][\w’'-]*", head)
        if len(lower) > 3 or any(data.verb(w) or w.endswith("ed") for w in lower):
            continue
        runs = [r for r in re.findall(_NAME, head) if r.strip()]
        name = _drop_leading(runs[-1], data) if runs else ""
        name = re.sub(r"['’]s?$", "", name)
        if len(name.split()) < 2 or not _is_person(name, data) or name != " ".join(runs[-1].split()):
            continue
        paragraph = source.paragraph_at(match.start("prefix"))
        if paragraph is None:
            continue
        begin = match.start("prefix")
        end = begin + len(prefix.rstrip())
        role = data.role_of(head, True)
        found.append(Voice(start=begin, end=end, text=content[begin:end], paragraph=paragraph, speaker=name,
                           verb=None, verb_neutral=True, named=True, kind="direct quote",
                           role=role if role in ("official", "expert") else None))
    return found


# A name owning words or a claim: "Mr. Trump's comments", "Rubio's claim to be ...". The lesson lists who
# the text cites, with the noun as its verb; a claim is a position. (Plans, proposals, calls, pledges and
# attacks were measured too: on train they added people the annotators did not mark as sources, distinct
# precision 0.930 -> 0.928, for 4 more sources found.)
_OWNED_SPEECH = {"comments": "reported speech", "remarks": "reported speech", "statement": "reported speech",
                 "words": "reported speech", "testimony": "reported speech", "tweets": "reported speech",
                 "claim": "position", "claims": "position", "criticism": "position", "warning": "position",
                 "warnings": "position", "assertion": "position", "accusations": "position"}
_OWNED = re.compile(rf"(?P<speaker>{_NAME})['’]s?[^\S\n]+(?:(?:recent|latest|new|own|repeated|earlier)[^\S\n]+)?"
                    rf"(?P<verb>{'|'.join(sorted(_OWNED_SPEECH, key=len, reverse=True))})\b")


def _owned_words(source: Source, data: VoiceData) -> list[Voice]:
    """Names owning words said ("Mr. Trump's comments") or a claim ("Rubio's claim to be ...")."""
    content = source.content
    if "’s " not in content and "'s " not in content:
        return []
    found = []
    for match in _OWNED.finditer(content, source.body_start):
        speaker = re.sub(r"['’]s?$", "", _drop_leading(match.group("speaker"), data))
        if not speaker or data.is_place(speaker) or not (_is_person(speaker, data) or data.is_organisation(speaker)):
            continue                # (a person's full or titled name, or an organisation's: not "Washington's")
        paragraph = source.paragraph_at(match.start())
        if paragraph is None:
            continue
        start = match.start() + match.group("speaker").index(speaker.split()[0])
        found.append(Voice(start=start, end=match.end(), text=content[start:match.end()], paragraph=paragraph,
                           speaker=speaker, verb=match.group("verb"), verb_neutral=True, named=True,
                           kind=_OWNED_SPEECH[match.group("verb")]))
    return found


# -------------------------------------------------------------------------- block quotes and posts

# An embedded post's signature: "— Jane Roe (@janeroe) May 3, 2021".
_POST_SIGNATURE = re.compile(rf"[—–-][^\S\n]*(?P<speaker>{_NAME})[^\S\n]*\(@\w{{1,30}}\)")
_BLOCK_MAX = 160


def _paragraph_end(content: str, at: int) -> int:
    end = content.find("\n\n", at)
    return len(content) if end < 0 else end


# "Some say", "many believe", "others argue" opening a clause: a source the text leaves vague on purpose
# or by habit, which a student should ask about. (Only where it opens a sentence or follows "and"/"but":
# "for some, the losses would ..., said Roe" is no source.)
_VAGUE_SOURCE = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?”\"][^\S\n])|(?<=\b[Aa]nd[^\S\n])|(?<=\b[Bb]ut[^\S\n]))"
                           r"(?P<speaker>[Ss]ome|[Mm]any|[Oo]thers)[^\S\n]+(?:have[^\S\n]+)?"
                           r"(?P<verb>say|said|argue|argued|claim|claimed|insist|insisted|suggest|suggested|contend|"
                           r"contended|warn|warned|believe|believed|think|thought)\b", re.M)


def _vague_sources(source: Source, data: VoiceData) -> list[Voice]:
    found = []
    content = source.content
    for match in _VAGUE_SOURCE.finditer(content, source.body_start):
        paragraph = source.paragraph_at(match.start())
        verb = data.verb(match.group("verb"))
        if paragraph is None or verb is None:
            continue
        found.append(Voice(start=match.start(), end=match.end(), text=match.group(), paragraph=paragraph,
                           speaker=match.group("speaker").lower(), verb=match.group("verb").lower(),
                           verb_neutral=verb.neutral, named=False,
                           kind="position" if verb.position else "reported speech", role="unnamed-source"))
    return found


def _embedded_posts(source: Source, data: VoiceData) -> list[Voice]:
    found = []
    content = source.content
    if "(@" not in content:
        return found
    for match in _POST_SIGNATURE.finditer(content, source.body_start):
        speaker, named = _speaker(match.group("speaker"), data)
        paragraph = source.paragraph_at(match.start())
        if speaker and paragraph:
            start, end = _trim(content, match.start() + 1, match.end())
            found.append(Voice(start=start, end=end, text=content[start:end], paragraph=paragraph, speaker=speaker,
                               verb=None, verb_neutral=True, named=named, kind="direct quote"))
    return found


def _block_quotes(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """A block quotation (a paragraph marked '>' or wholly in quotation marks) after a paragraph that
    ends with a colon speaks for the speaker named there: the last voice of that paragraph, or the
    person its last sentence names ("In 2014 Putin told the Duma:")."""
    found = []
    content = source.content
    for before, paragraph in zip(source.paragraphs, source.paragraphs[1:]):
        text = content[paragraph.start:paragraph.end]
        intro = content[before.start:before.end].rstrip(" *_")
        if not intro.endswith(":") or not _is_block(text):
            continue
        in_intro = [v for v in voices if v.paragraph == before.number and v.named]
        if in_intro:
            speaker, verb, neutral = in_intro[-1].speaker, in_intro[-1].verb, in_intro[-1].verb_neutral
        else:
            last_sentence = re.split(r"(?<=[.!?])\s+", intro)[-1]
            # The clause the colon ends speaks, not the sentence's first: in "The Kremlin has embraced the
            # rules—and people are making excuses:" the Kremlin says none of the quotation (vr-24).
            last_clause = _CLAUSE_BREAK.split(last_sentence)[-1]
            names = [n for n in (_drop_leading(r, data) for r in re.findall(_NAME, last_clause)) if n]
            if not names:
                continue
            speaker, verb, neutral = re.sub(r"['’]s?$", "", names[0]), None, True
        start = paragraph.start + len(text) - len(text.lstrip("> *_“\""))
        end = min(paragraph.end, start + _BLOCK_MAX)
        if end < paragraph.end:
            end = content.rfind(" ", start, end) if content.rfind(" ", start, end) > start else end
        found.append(Voice(start=start, end=end, text=content[start:end], paragraph=paragraph.number,
                           speaker=speaker, verb=verb, verb_neutral=neutral, named=True, kind="direct quote"))
    return found


_CLAUSE_BREAK = re.compile(r"[—–;]|[^\S\n]-[^\S\n]|,[^\S\n]+(?:and|but|while)[^\S\n]")


def _quotation_runs(source: Source, voices: list[Voice]) -> list[Voice]:
    """Paragraphs wholly in quotation marks with no voice of their own, right before a paragraph that opens
    with a quotation its first sentence attributes ("“...” / “...” / “...,” he explained."): the same
    speaker's words, as news runs a long quotation over paragraphs."""
    content = source.content
    by_paragraph: dict[int, list[Voice]] = {}
    for voice in voices:
        by_paragraph.setdefault(voice.paragraph, []).append(voice)
    found = []
    paragraphs = source.paragraphs
    for at, paragraph in enumerate(paragraphs):
        text = content[paragraph.start:paragraph.end]
        if not _is_block(text) or paragraph.number in by_paragraph:
            continue
        after = next((p for p in paragraphs[at + 1:] if not _is_block(content[p.start:p.end])
                      or p.number in by_paragraph), None)
        if after is None or not content[after.start:after.end].lstrip(" *_").startswith(("“", "\"")):
            continue
        first = (by_paragraph.get(after.number) or [None])[0]
        if first is None or not first.named or first.kind != "direct quote" or \
                re.search(r"[.!?][”\"]?\s+[“\"A-Z]", content[after.start:first.start].replace("...", "")):
            continue            # (the attribution must be the first sentence's: "“...,” he explained.")
        start = paragraph.start + len(text) - len(text.lstrip("> *_“\""))
        end = min(paragraph.end, start + _BLOCK_MAX)
        if end < paragraph.end:
            end = content.rfind(" ", start, end) if content.rfind(" ", start, end) > start else end
        found.append(Voice(start=start, end=end, text=content[start:end], paragraph=paragraph.number,
                           speaker=first.speaker, verb=first.verb, verb_neutral=first.verb_neutral, named=True,
                           kind="direct quote", role=first.role))
    return found


def _is_block(text: str) -> bool:
    text = text.strip(" *_")
    return text.startswith(">") or (text[:1] in "“\"" and text.rstrip(" .")[-1:] in "”\"")


# ------------------------------------------------------------------------------------------- summary


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
        unnamed=tuple(v for v in voices if not v.named),
        loaded=tuple(v for v in voices if not v.verb_neutral),
        effects=tuple(dict.fromkeys((v.verb, data.verb(v.verb).effect) for v in voices
                                    if not v.verb_neutral and v.verb and data.verb(v.verb))),
        uses_sides=bool(sides),
        by_role=tuple((role, data.role_label(role), tuple(by_role[role]))
                      for role in dict.fromkeys(role_order) if role in by_role),
        roles_missing=tuple((r.id, r.label) for r in data.roles if r.expected and r.id not in by_role),
    )
