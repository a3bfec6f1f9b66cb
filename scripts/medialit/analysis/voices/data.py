"""voices.yaml as data: the verbs that introduce words, the group nouns, the sides and roles, read and
checked once (``load_voice_data``, ``validate_voices``).

``VoiceData`` also answers the questions asked of the data for one speaker (its role, its side, whether
it names an organisation or a place), so the organisation patterns it needs live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...datafiles import DATA_DIR, EntryChecker, compile_term, named_entries, parsed_or_raise, problems_of, read_mapping
from ...errors import Problem
from ..taxonomy import QUESTION_LEVELS as LEVELS


VOICES_FILE = DATA_DIR / "voices.yaml"
VOICE_KINDS = ("direct quote", "reported speech", "cited document", "position")
_QUESTIONS = ("roles_missing", "heard_missing", "no_missing", "loaded_verb", "compare_verbs", "compare_verbs_roles",
              "unnamed", "unnamed_share", "quotes_no_speaker", "no_voices")
# Nouns that name an organisation ("Center", "Union"): a name holding one before "for" or "of" is a body's.
_ORG_NOUNS = ("Center", "Centre", "Centers", "Institute", "Organization", "Organisation", "Club", "Alliance",
              "Coalition", "Committee", "Council", "Foundation", "Fund", "Society", "Association", "Union", "Network",
              "Commission", "Bureau", "Agency", "Federation", "League", "Office", "Campaign", "Project", "Partnership",
              "Department", "Ministry", "University", "School", "College", "Academy", "Board", "Court", "Bank")
# A title and a person's first and last name ending a speaker (a title ends an organisation's part).
_TITLED_NAME = re.compile(r"\b(?:Spokesperson|Spokesman|Spokeswoman|Director|Secretary|Minister|Chairman|Chairwoman|"
                          r"Chair|President|Ambassador|Commissioner|Chief|Head|Leader|Senator|Governor|Mayor|Sen\.|"
                          r"Gov\.|Rep\.)[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w’'-]*[a-z]$")
_ORG_NAME = re.compile(rf"\b(?:{'|'.join(_ORG_NOUNS)})[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
def _a_body_as_head(speaker: str, bodies: frozenset[str]) -> bool:
    """Does a body in lower case end the speaker as its head ("the city council", "the food watchdog"), not as
    the object of a preposition ("a spokeswoman for the company", "chair of the advisory council")?"""
    words = speaker.split()
    return words[-1] in bodies and not any(w in _PREPOSITIONS for w in words[:-1])


_PREPOSITIONS = frozenset("of for at in from with on by to".split())

# A body's name: capitalised words with "of", "for", "and", "on", "the" between them ("University of Virginia's
# Center for Politics"), a think tank after it or alone ("the Harbour Network think tank", "a think tank").
_BODY = (r"(?:(?:[A-Z][\w.’'&-]*(?:[^\S\n]+(?:(?:of|for|and|on|the|&)[^\S\n]+)*[A-Z][\w.’'&-]*)*)(?:[^\S\n]+think[- ]tank)?"
         r"|(?:[a-z][\w-]*[^\S\n]+){0,2}think[- ]tank)")


def _words_and_pairs(text: str) -> set[str]:
    """The words of ``text`` and each two words together ("think tank")."""
    words = re.findall(r"[\w.’'-]+", text)
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def _has_a_word_of(role: Role, speaker: str) -> bool:
    """Does ``speaker`` hold one of the role's words (capitalised ones exactly, lower-case ones ignoring case)?"""
    words = set(re.findall(r"[\w.’'-]+", speaker))
    lower = {w.lower() for w in words}
    return any((" " in word and word in speaker) or (word in words if word[:1].isupper() else word in lower)
               for word in role.words)
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


# Compared and hashed by identity (eq=False): the patterns built from it are cached by it, and hashing every
# word list of voices.yaml on each lookup cost a third of a lesson's time.
@dataclass(frozen=True, eq=False)
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
    people_endings: tuple[str, ...] = ()           # "ers", "ists": "grain traders said" is a group of people
    not_people: frozenset[str] = frozenset()       # "others", "papers": that shape, no people
    nation_titles: tuple[str, ...] = ()            # "president": "the French president" is one person, unnamed
    research_bodies: frozenset[str] = frozenset()  # "Institute", "think tank": its director is an expert
    public_bodies: frozenset[str] = frozenset()    # "National", "Agency": a body's name that makes it a government's
    posts: tuple[str, ...] = ()                    # "director", "fellow": a post one holds at a body
    short_titles: tuple[tuple[str, str], ...] = ()  # ("senator", "Sen."): the title a name is written with
    _sides_of: dict[str, str | None] = field(default_factory=dict, init=False, compare=False, repr=False)
    _roles_of: dict[tuple[str, bool], str] = field(default_factory=dict, init=False, compare=False, repr=False)
    _titles: list = field(default_factory=list, init=False, compare=False, repr=False)
    _role_nouns: list = field(default_factory=list, init=False, compare=False, repr=False)
    _by_form: dict[str, Verb] = field(default_factory=dict, init=False, compare=False, repr=False)
    _posts: list = field(default_factory=list, init=False, compare=False, repr=False)

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
        if not named and _a_body_as_head(speaker, self.bodies):
            # ("the council said", "the food watchdog warned": a body, though "council" and "watchdog" are also
            # the official role's words, which name the officials of "council members", "a watchdog official".)
            return "organisation"
        if self._post_at_a_research_body(speaker):
            return "expert"
        for role in self.roles:
            if _has_a_word_of(role, speaker):
                return role.id
        if named:
            return "organisation" if self.is_organisation(speaker) else "person"
        if speaker.split()[-1].lower() in self.bodies:
            return "organisation"   # "the national anti-doping agency": a body, not an unnamed person
        return "unnamed-source"

    def _post_at_a_research_body(self, speaker: str) -> bool:
        """Does the speaker hold a post at a research centre or a think tank ("director of the Harbour Policy
        Institute", "a research fellow of the Harbour Centre for Tides", "Harbour Institute president Jo Roe"),
        which is no government's, and no official title besides ("Former Rep. Jo Roe, director of ...")?"""
        if not self.research_bodies or not self.posts:
            return False
        official = next((r for r in self.roles if r.id == "official"), None)
        for pattern in self._post_patterns():
            for match in pattern.finditer(speaker):
                body = match.group("body")
                if not any(w in self.research_bodies for w in _words_and_pairs(body)):
                    continue
                if official is not None and (_has_a_word_of(official, body)
                                             or _has_a_word_of(official, speaker[:match.start()] + " " + speaker[match.end():])):
                    return False
                if any(w in self.public_bodies for w in body.split()):
                    return False
                return True
        return False

    def _post_patterns(self) -> tuple[re.Pattern, re.Pattern]:
        """A post before a body ("director of economic policy at the Harbour Institute") and a body before a
        post ("Harbour Institute associate director"). (Built once: kept on the data.)"""
        if not self._posts:
            posts = "|".join(f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in sorted(self.posts, key=len, reverse=True))
            self._posts.append((re.compile(rf"\b(?:{posts})\b(?:[^\S\n]+[a-z][\w’'-]*){{0,5}}?[^\S\n]+(?:of|at|for|with)"
                                           rf"[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?P<body>{_BODY})"),
                                re.compile(rf"(?P<body>{_BODY})(?:[^\S\n]+[a-z][\w’'-]*){{0,2}}?[^\S\n]+(?:{posts})\b")))
        return self._posts[0]

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
                     bodies=frozenset(top.texts("bodies")), people_endings=top.texts("people_endings"),
                     not_people=frozenset(top.texts("not_people")), nation_titles=top.texts("nation_titles"),
                     research_bodies=frozenset(top.texts("research_bodies")),
                     public_bodies=frozenset(top.texts("public_bodies")), posts=top.texts("posts"),
                     short_titles=_pairs(top, "short_titles"))


def _pairs(checker: EntryChecker, key: str) -> tuple[tuple[str, str], ...]:
    """A list of two texts each ("[senator, Sen.]"), every malformed item reported."""
    pairs = []
    for index, item in enumerate(checker.get(key) or [], 1):
        if isinstance(item, list) and len(item) == 2 and all(isinstance(w, str) and w.strip() for w in item):
            pairs.append((item[0].strip(), item[1].strip()))
        else:
            checker.add(key, f"item #{index} must be two words, a role noun and its title (got {item!r})",
                        fix="e.g. [senator, Sen.]")
    return tuple(pairs)
