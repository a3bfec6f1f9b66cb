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
from .findings import Voice

VOICES_FILE = DATA_DIR / "voices.yaml"
VOICE_KINDS = ("direct quote", "reported speech", "cited document")
_QUESTIONS = ("heard_missing", "no_missing", "loaded_verb", "compare_verbs", "unnamed", "no_voices")

_NAME_WORD = r"[A-Z](?:[\w’'-]|\.(?=\w))*"
# A run of capitalised words, allowing "of" and "and" inside ("Secretary of State Antony Blinken").
_NAME = rf"{_NAME_WORD}(?:\s+(?:of\s+|and\s+|de\s+)?\*?{_NAME_WORD}\*?){{0,6}}"
_AUX = r"(?:\s+(?:has|have|had|also|again|repeatedly|reportedly|now|then|later|once|continues to|continue to))*"
_APPOSITION = r"(?:,[^,.;:“”\"]{1,90},)?"
_PRONOUNS = ("he", "she", "He", "She")
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
class VoiceData:
    verbs: tuple[Verb, ...]
    groups: tuple[str, ...]
    not_speakers: frozenset[str]
    phrases: tuple[tuple[str, str], ...]      # (pattern, kind)
    sides: tuple[Side, ...]
    questions: tuple[tuple[str, tuple[str, str, str]], ...] = ()   # name -> (level, prompt, good_answer)
    _sides_of: dict[str, str | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def question(self, name: str) -> tuple[str, str, str]:
        return dict(self.questions)[name]

    def verb(self, text: str) -> Verb | None:
        wanted = " ".join(text.lower().split())
        return next((v for v in self.verbs if v.form == wanted), None)

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
            verbs.append(Verb(form.lower(), neutral, effect, checker.flag("ambiguous", False)))
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
    top = EntryChecker(path, data, "voices.yaml", problems)
    return VoiceData(verbs=tuple(sorted(verbs, key=lambda v: (-len(v.form), v.form))),
                     groups=top.texts("groups", required=True), not_speakers=frozenset(top.texts("not_speakers")),
                     phrases=tuple(phrases), sides=tuple(sides), questions=tuple(questions))


# ----------------------------------------------------------------------------------------- detection


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern                  # "Jens Stoltenberg said", "Western officials have also repeated"
    stops_and_verbs: re.Pattern | None  # where ``before`` can match, see _attributions_before
    after: re.Pattern                   # "...", said Blinken
    participle: re.Pattern              # "Insisting that ..."
    phrases: tuple[tuple[re.Pattern, str], ...]


@lru_cache(maxsize=4)
def _patterns(data: VoiceData) -> _Patterns:
    verbs = _by_first_letter([_verb_regex(v) for v in data.verbs])
    speaker = rf"(?:{_speaker_regex(data.groups)}|{_NAME}|\b(?:he|she|He|She)\b)"
    before = re.compile(rf"{_speaker_start(data.groups)}(?P<speaker>{speaker}){_APPOSITION}(?:\s+who)?{_AUX}"
                        rf"\s+(?P<verb>{verbs})\b")
    # (A verb or group written with a stop mark could span it: then the whole body is searched.)
    words = (*data.groups, *(v.form for v in data.verbs))
    spans_stops = any(mark in word for word in words for mark in _STOP_MARKS + ".")
    # A stop or white space and a verb, read as (?P<stop>[{_STOP_MARKS}]|\.(?!\w))|\s(?:{verbs})\b. Written to
    # start with the class of their first characters, which lets the regex engine skip to those characters
    # (it tries the pattern at every position otherwise); the look-backs then pick the branch.
    stops_and_verbs = None if spans_stops else re.compile(
        rf"[{_STOP_MARKS}.\s](?:(?P<stop>(?<=[{_STOP_MARKS}])|(?<=\.)(?!\w))|(?<=\s)(?:{verbs})\b)")
    after = re.compile(rf"[,”\"]\s*(?P<verb>{verbs})\s+(?P<speaker>{_NAME})")
    participle = re.compile(rf"\b(?:While\s+)?(?P<verb>{'|'.join(_PARTICIPLES)})\b")
    phrases = []
    for pattern, kind in data.phrases:
        parts = re.split(r"(\{speaker\}|\{verb\})", pattern)
        regex = "".join(
            r"(?P<speaker>[^:.,(“\"]{2,80}?)" if p == "{speaker}" else rf"(?P<verb>{verbs})" if p == "{verb}"
            else re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in parts)
        phrases.append((re.compile(regex), kind))
    return _Patterns(before, stops_and_verbs, after, participle, tuple(phrases))


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


def _speaker_regex(groups: tuple[str, ...]) -> str:
    r"""An unnamed group as speaker, with a capitalised word before it or not: "Western officials",
    "experts". Read as (?:[A-Z][\w-]*\s+)?(?:groups)\b; written as two branches, which the regex engine
    tries faster at positions where neither can start (the word never ends in white space, so giving
    back its letters never helps, hence *+)."""
    alternation = "|".join(re.escape(g) for g in groups)
    return rf"[A-Z][\w-]*+\s+(?:{alternation})\b|(?:{alternation})\b"


def _speaker_start(groups: tuple[str, ...]) -> str:
    """A look-ahead for the first character of any speaker in ``before``: a capital (a name, or a word
    before a group), the first letter of a group, or of he/she. Most positions fail this one test
    instead of each branch of the speaker (0.15 ms per text)."""
    first = sorted({"h", "s", "H", "S"} | {g[0] for g in groups})
    return rf"(?=[A-Z{''.join(re.escape(c) for c in first)}])"


def _verb_regex(verb: Verb) -> str:
    regex = re.escape(verb.form).replace(r"\ ", r"\s+")
    return regex + r"(?=\s+that\b|\s*[,:“\"])" if verb.ambiguous else regex


def detect_voices(source: Source) -> list[Voice]:
    data = load_voice_data()
    patterns = _patterns(data)
    content, start = source.content, source.body_start
    found: list[Voice] = []
    for pattern, kind in patterns.phrases:
        for match in pattern.finditer(content, start):
            found.extend(_voice(source, data, match, kind))
    for match in (*_attributions_before(patterns, content, start), *patterns.after.finditer(content, start)):
        found.extend(_voice(source, data, match, None))
    voices = _resolve_pronouns(source, data, _without_overlaps(found))
    for match in _participles(patterns, content, start):
        voices.extend(_participle_voice(source, data, match, voices))
    return sorted(_without_overlaps(voices), key=lambda v: (v.start, v.end))


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


def _participles(patterns: _Patterns, content: str, start: int) -> Iterator[re.Match]:
    """Most texts hold none of the participles: looking for the words first is much cheaper than trying
    the pattern at every position (0.2 ms per text)."""
    if any(content.find(word, start) >= 0 for word in _PARTICIPLES):
        yield from patterns.participle.finditer(content, start)


def _voice(source: Source, data: VoiceData, match: re.Match, kind: str | None) -> list[Voice]:
    raw_speaker = match.group("speaker")
    if kind is None and re.search(r"['’]s\W*$", raw_speaker):
        return []                   # "Washington's claims": a noun, not a speaker
    speaker, named = _speaker(raw_speaker, data)
    if speaker is None:
        return []
    verb_text = match.groupdict().get("verb")
    verb = data.verb(verb_text) if verb_text else None
    start, end = match.span()
    start, end = _trim(source.content, start, end)
    paragraph = source.paragraph_at(start)
    if paragraph is None:
        return []
    return [Voice(start=start, end=end, text=source.content[start:end], paragraph=paragraph,
                  speaker=speaker, verb=" ".join(verb_text.split()) if verb_text else None,
                  verb_neutral=verb.neutral if verb else True, named=named,
                  kind=kind or _kind_near(source, start, end), side=data.side_of(speaker))]


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
                  verb=match.group("verb"), verb_neutral=verb.neutral if verb else True, named=speaker.named,
                  kind="reported speech", side=speaker.side)]


def _speaker(raw: str, data: VoiceData) -> tuple[str | None, bool]:
    """The speaker's name as written (emphasis and possessive dropped) and whether it is named."""
    text = " ".join(raw.replace("*", "").split())
    text = re.sub(r"['’]s$", "", text)
    if text in _PRONOUNS:
        return text, True
    words = text.split()
    if words and words[-1].lower() in data.groups:
        return text, False
    runs = re.findall(_NAME, text)
    runs = [r for r in (_drop_leading(r, data) for r in runs) if r]
    if not runs:
        return None, False
    best = max(runs, key=lambda r: (len(r.split()), -text.index(r)))
    return re.sub(r"['’]s$", "", best), True


def _drop_leading(run: str, data: VoiceData) -> str:
    words = run.split()
    while words and words[0].strip(".,") in data.not_speakers:
        words = words[1:]
    return " ".join(words)


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (content[start].isspace() or content[start] in ",”\"*"):
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


def _resolve_pronouns(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """"he added" speaks for the last person named before it: a person's name mentioned after the last
    voice ("... Sergei Lavrov made an appeal. Russia, he insisted"), else the last named voice."""
    resolved: list[Voice] = []
    last: Voice | None = None
    for voice in voices:
        if voice.speaker in _PRONOUNS:
            since = last.end if last else (source.paragraphs[max(0, voice.paragraph - 2)].start)
            since = max(since, voice.start - PERSON_LOOKBACK)     # bounded: linear in very long paragraphs
            person = _last_person(source.content[since:voice.start], data)
            if person is not None:
                voice = replace(voice, speaker=person, named=True, side=data.side_of(person))
            elif last is not None:
                voice = replace(voice, speaker=last.speaker, named=last.named, side=last.side)
            else:
                continue
        if voice.named:
            last = voice
        resolved.append(voice)
    return resolved


# How far back before a pronoun's voice ("he said") a person's name is looked for: about two paragraphs
# of news. Unbounded, a paragraph of 100,000 "he said" searched its whole beginning again for each.
PERSON_LOOKBACK = 3000


def _last_person(text: str, data: VoiceData) -> str | None:
    """The last run of two or more capitalised words that looks like a person's name (no acronyms, no
    "of": "Sergei Lavrov", not "NATO Council of Russia")."""
    people = []
    for run in re.findall(_NAME, text):
        words = _drop_leading(run, data).split()
        if len(words) >= 2 and "of" not in words and "and" not in words and not any(w.isupper() for w in words):
            people.append(" ".join(words))
    return people[-1] if people else None


# ------------------------------------------------------------------------------------------- summary


def summarize_voices(source: Source, voices) -> VoiceSummary:
    data = load_voice_data()
    topics = {t.casefold() for t in source.meta.topics}
    heard: dict[str, list[str]] = {}
    for voice in voices:
        if voice.side:
            names = heard.setdefault(voice.side, [])
            if voice.speaker and voice.speaker not in names:
                names.append(voice.speaker)
    expected = [s for s in data.sides if topics & {t.casefold() for t in s.topics}]
    return VoiceSummary(
        heard=tuple((s.id, s.label, tuple(heard[s.id])) for s in data.sides if s.id in heard),
        missing=tuple((s.id, s.label) for s in expected if s.id not in heard),
        unnamed=tuple(v for v in voices if not v.named),
        loaded=tuple(v for v in voices if not v.verb_neutral),
        effects=tuple(dict.fromkeys((v.verb, data.verb(v.verb).effect) for v in voices
                                    if not v.verb_neutral and v.verb and data.verb(v.verb))),
    )
