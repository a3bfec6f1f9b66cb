""""he said" speaks for the person it refers to: the antecedent is the subject of the latest sentence, a
person named with the role ("the mayor"), or the person the text is about; a pronoun nobody was named
for stays unnamed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...text.source import Source
from ..findings import Voice
from .data import VoiceData
from .sentences import _unquoted
from .patterns import _nation_title
from .names import (_NAME, _PRONOUNS, _TITLES, _described_person, _drop_leading, _full_name_surnames, _genders,
                    _is_person, _people, _people_in_order, _role_nouns, _title_words, _without_place)


_FEMALE_TITLES = ("Mrs.", "Ms.", "Mrs", "Ms", "Miss")
_MALE_TITLES = ("Mr.", "Mr")
# Group nouns of one person: a "he" or "she" after them may be them.
_ONE_PERSON = frozenset("""official spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney diplomat
expert analyst officer source minister senator governor mayor candidate nominee congressman congresswoman lawmaker
justice speechwriter president secretary strategist operative pollster prosecutor""".split())
_DESCRIPTION_WORDS = 3

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
        if not voice.named and _described_person(voice.speaker, data) and not _nation_title(data).search(voice.speaker):
            # (Not "the French president": the heard list names the holder, where the text ties no other nation
            # to the one it names; by the role alone it was the US president the text named before.)
            person = _named_with_role(source, data, voice, role_names)
            if person is not None:
                # (The role stays: "the professor" is an expert, whatever her name says.)
                role = voice.role or data.role_of(voice.speaker, False)
                voice = replace(voice, speaker=person, named=True,
                                role=role if role in ("official", "expert") else voice.role)
        elif voice.speaker in _PRONOUNS:
            if genders is None:
                genders = _genders(source.content[source.body_start:])
            if unnamed is not None and unnamed.paragraph >= voice.paragraph - 1 and \
                    (last is None or unnamed.start > last.start):
                # "The mayor has promised a centre. She said ...": the last voice was someone unnamed; but
                # "Jane Holt spoke ... The party's nominee said ... She claimed" is Holt, the person of the
                # sentence before the description, whom the text ties to "she" (the description refers back).
                person = _subject_before_description(source, data, voice, unnamed, genders, quoted)
                resolved.append(replace(voice, speaker=person, named=True) if person else
                                replace(voice, speaker=unnamed.speaker, named=False))
                continue
            person = _antecedent(source, data, voice, last, genders, quoted, last_main, speakers)
            if person is None:
                continue
            voice = replace(voice, speaker=person, named=True)
        if not voice.named and voice.speaker and voice.kind != "cited document" and \
                voice.speaker.split()[-1].lower() in _ONE_PERSON:
            unnamed = voice
        if voice.named and not _only_asks(content, voice) and not _a_body_cited(voice):
            # (Who asked in "Asked by Matt Lauer whether ..., she said" is no antecedent of "she"; nor a body whose
            # document is cited: "According to the Harbour Post report, Roe said ... He said" is Roe.)
            last = voice
            # ("Reporters were told by Carla Roe that ...": the teller is whom a "she said" after it means.)
            if _opens_sentence(source, data, voice) or _TOLD_BY.match(voice.text):
                last_main = voice
        resolved.append(voice)
    return resolved


def _a_body_cited(voice: Voice) -> bool:
    """Is the voice a document of a body the text writes after "the" ("according to the Harbour Post report")?"""
    return voice.kind == "cited document" and bool(voice.speaker) and \
        re.search(rf"\b[Tt]he[^\S\n]+{re.escape(voice.speaker)}\b", voice.text) is not None


def _subject_before_description(source: Source, data: VoiceData, voice: Voice, described: Voice,
                                genders: dict[str, str], quoted: list[tuple[int, int]]) -> str | None:
    """The person a description speaking before a "he" or "she" refers back to: the subject of the last
    sentence before the description that opens with a person's name, in its paragraph or the one before
    ("Tom Berg ... Berg left the pier ... The Harbour senator said ... He said" is Berg), where the text ties
    that surname to the pronoun; none otherwise."""
    pronoun = (voice.speaker or "").lower()
    since = source.paragraphs[max(0, described.paragraph - 2)].start
    since -= 1 if since > 0 and source.content[since - 1] == "\n" else 0    # (a paragraph's first sentence is whole)
    window = _unquoted(source.content, since, described.start, quoted)
    subjects = _sentence_subjects(window, data, _full_name_surnames(source, data))
    if not subjects:
        return None
    name = _without_place(subjects[-1])
    surname = name.split()[-1]
    if genders.get(surname) != pronoun or not _fits(name, pronoun == "she"):
        return None
    # (A surname alone is the full name the text gives that person: "Berg" after "Tom Berg".)
    named, _ = _people_in_order(source, data)
    full = [n for end, n in named if end <= described.start and n.split()[-1] == surname
            and n.split()[0].strip(".") not in _TITLES]      # ("Donald Trump", not "Mr. Trump")
    return name if len(name.split()) >= 2 or not full else _without_place(full[-1])


_TOLD_BY = re.compile(r"told[^\S\n]+by\b")
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?][”\"’]?|[”\"])\s*$|\n\s*$|^$")


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


def _opens_sentence(source: Source, data: VoiceData, voice: Voice) -> bool:
    """Does the voice open its sentence or follow a quotation ("Ban said", "“...,” said Ban"), rather
    than sit in a clause about someone else ("Asked whether Trump, who has called ..., could win")?"""
    content = source.content
    paragraph = source.paragraphs[voice.paragraph - 1]
    start = max(paragraph.start, voice.start - PERSON_LOOKBACK)     # (a sentence is never this long)
    boundary = max(content.rfind(mark, start, voice.start) for mark in (". ", "! ", "? ", "”", "\"", "''"))
    prefix = content[max(boundary + 1, start):voice.start]
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", prefix) if w not in data.not_speakers]
    if voice.verb and voice.text.lower().startswith(voice.verb) and prefix.rstrip().endswith(","):
        return True                 # "The port will close by May, warned Jo Roe, an engineer.": her sentence
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

    # (A window that opens inside the last voice's sentence opens no sentence: "Sen. Roe told Secretary Tom
    # Berg that ... “...?” he pressed" is Roe's; Berg is the object.)
    mid_sentence = near and not _SENTENCE_END_BEFORE.search(source.content, max(0, since - 4), since)
    subjects = [run for run in _sentence_subjects(window, data, _full_name_surnames(source, data), mid_sentence)
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

# A sentence whose subject is described, not named: "The former ambassador also discussed ...".
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:The|A|An|This|That)\s+(?:[a-z][\w-]*\s+){1,3}"
                                r"(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b[^.!?]*[.!?]?\s*$")


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
_MIDDLE_INITIAL_END = re.compile(r"(?<![\w.])[A-Z][a-z]+[^\S\n]+[A-Z]\.\s*$")
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_TITLE_AFTER = re.compile(rf"(?:{'|'.join(_TITLES)}|Secretary|Minister|Ambassador|Attorney|General|Senator|Governor)\b")
_NAME_AT = re.compile(_NAME)


def _sentence_subjects(text: str, data: VoiceData, surnames: frozenset[str] = frozenset(),
                       mid_sentence: bool = False) -> list[str]:
    """Names of people that open a sentence wholly inside ``text`` (after sentence openers); a surname
    alone counts where the text names that person in full (``surnames``: "Sanders is outlining ...").
    ``mid_sentence``: ``text`` starts inside a sentence, so its first words open none."""
    subjects = []
    for match in _SENTENCE_START.finditer(text):
        if match.start() == 0 and (mid_sentence or text[:1] not in ("", "\n") and not text[:1].isspace()):
            continue                # ``text`` starts mid-sentence
        if _TITLE_DOT_END.search(text, max(0, match.start() - 8), match.start()):
            continue                # "Mr. Trump": a title's dot starts no sentence
        if _MIDDLE_INITIAL_END.search(text, max(0, match.start() - 24), match.start()):
            continue                # "Director Jim B. Lake": a middle initial's dot starts no sentence
        if _INITIALS_END.search(text, max(0, match.start() - 8), match.start()) and \
                _TITLE_AFTER.match(text, match.end()):
            continue                # "told U.S. Secretary of State Tom Berg": initials before a title end no sentence
        at = match.end() + len(text[match.end():]) - len(text[match.end():].lstrip("“\"‘"))
        run = _NAME_AT.match(text, at)
        if run is None:
            continue
        name = _drop_leading(run.group(), data)
        alone = name in surnames and _SUBJECT_VERB.match(text, run.end()) is not None
        if name and (_is_person(name, data) or alone) and not re.search(r"['’]s?[^\S\n]", name):
            subjects.append(re.sub(r"['’]s?$", "", name))      # (not "Trump's TV-friendly campaign")
    return subjects
