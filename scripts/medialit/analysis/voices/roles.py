"""The role of each voice (official, expert, organisation, person, unnamed source) from the words the text
gives with the name, anywhere in the text, and the side it speaks for when the text's topic has sides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...text.source import Source
from ..findings import Voice
from ..sentences import term_positions
from .data import VoiceData, load_voice_data
from .names import _TITLES, _described_person, _mentions, _role_nouns, _title_words


# What follows a speaker named after the verb: ", field office director of the agency," (the role).
# (An abbreviation's dots stay inside it: ", Harbourland's member of the U.S. Congress".)
_ROLE_AFTER = re.compile(r",[^\S\n]*(?:(?:a|an|the)[^\S\n]+)?(?P<role>(?:(?:[A-Z]\.){2,}|[^,.;:“”\"\n]){3,80})")


def _role_after(content: str, data: VoiceData, voice: Voice) -> Voice:
    """A person named after the verb takes the role the words after the name give ("..., said Ricardo Roe,
    field office director of the agency": an official; "said Dana Roe, a professor of law": an expert)."""
    if not (voice.named and voice.speaker_type == "person" and voice.role == "person" and voice.speaker):
        return voice
    if not voice.text.endswith(voice.speaker):
        return _role_set_off_before(content, data, voice)
    after = _ROLE_AFTER.match(content, voice.end)
    if after is None:
        return _role_set_off_before(content, data, voice)
    # ("a professor of law who teaches at Harbour College": the noun phrase before its relative clause.)
    words = _RELATIVE_CLAUSE.split(after.group("role"), maxsplit=1)[0].split()
    # A role is a noun phrase ("a professor of law"), not a clause ("who authored ...", "police had ...").
    if len(words) > _ROLE_AFTER_WORDS or _CLAUSE_WORDS & {w.lower() for w in words}:
        return voice
    role = data.role_of(" ".join(words), False) if words else None
    return replace(voice, role=role) if role in ("official", "expert") else voice


_RELATIVE_CLAUSE = re.compile(r"[^\S\n]+(?:who|whose|which)[^\S\n]")


def _role_set_off_before(content: str, data: VoiceData, voice: Voice) -> Voice:
    """A person named after her role set off by a comma takes it ("the new Harbourland prime minister, Tom
    Berg, who told": an official; "the visiting professor, Ann Lee, said": an expert)."""
    at = content.find(voice.speaker, voice.start, voice.end) if voice.named and voice.speaker else -1
    before = _ROLE_SET_OFF.search(content, max(0, at - 80), at) if at > 0 else None
    if before is None:
        return voice
    role = data.role_of(before.group("noun"), False)
    return replace(voice, role=role) if role in ("official", "expert") else voice


# (The role opens a clause or follows "is" or "was", never a preposition's object: "On the campaign trail, Roe", "at the prospect of
# Roe becoming president, Berg" give no role.)
_ROLE_SET_OFF = re.compile(r"(?:^|(?<=[.!?,;:”\"—–]\s)|(?<=''\s)|(?<=\n)|(?<=\swas\s)|(?<=\sis\s))(?:[Tt]he|[Aa]n?)[^\S\n]+"
                           r"(?P<role>(?:[\w.-]+[^\S\n]+){0,4}?(?P<noun>[a-z][\w-]*)),[^\S\n]+$")
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
        given = tuple(w for w in words[max(after_title, default=0):] if re.fullmatch(r"[A-Z][a-z][\w’'-]*", w)
                      and w not in _TITLES and w not in titles and w not in data.not_speakers and not data.is_place(w)
                      and w not in data.demonyms)
        if given:
            firsts.setdefault(surname, set()).add(given)
        # (A courtesy title alone says nothing of a role, and the words before "Ms. Roe" are about someone
        # else as often as not: "the therapist's notes that Ms. Roe gave".)
        if not roles.get(surname) and not all(w.strip(".") in _COURTESY_TITLES for w in words):
            roles[surname] = _role_before(content, start, titled, surname, data)
    for surname in roles:
        if not _one_person(firsts.get(surname, set())):
            roles[surname] = None       # ("Ann Lee" and "Tom Lee": whose title is it? "Harbour-X": nobody's)
    return [replace(v, role=roles[v.speaker.split()[-1]]) if v.named and v.speaker and v.role in (None, "person")
            and roles.get(v.speaker.split()[-1]) else v for v in voices]


_COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx".split())


def _one_person(given_names: set[tuple[str, ...]]) -> bool:
    """Do the given names written before a surname name one person? "Ann" and "Tom" name two; "Mary Ann"
    is one person with two given names, and so is "Ann" beside "Mary Ann" (the longer name ends with it)."""
    if not given_names:
        return False
    longest = max(given_names, key=len)
    return all(longest[len(longest) - len(g):] == g for g in given_names)


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


def _described(voice: Voice, data: VoiceData, sides: frozenset[str]) -> Voice:
    """The voice with its role, whether it is a person or an organisation, and its side when the text's
    topic has sides."""
    side = data.side_of(voice.speaker) if voice.named else None
    speaker_type = ("person" if _described_person(voice.speaker, data) else "unnamed") if not voice.named else \
        "organisation" if data.is_organisation(voice.speaker or "") or data.is_place(voice.speaker) or \
        _named_with_the(voice, data) else "person"
    # ("the Harbourland prime minister", "the Vermont senator": one person the text describes, not names.)
    role = voice.role if voice.role not in (None, "person") else data.role_of(voice.speaker, voice.named)
    if voice.kind == "cited document" and _document_noun(voice.speaker, data):
        role = "document"           # "The study, published in the Harbour Journal, said": no newspaper speaks
    if role == "person" and speaker_type == "organisation":
        role = "organisation"       # "According to the Daily Mail", "the Harbourpost report": a newspaper, not a person
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
    named = {t.casefold() for side in data.sides for t in side.topics if term_positions(source, t)}
    return frozenset(s.id for s in data.sides if topics & {t.casefold() for t in s.topics}
                     and len(named & {t.casefold() for t in s.topics}) >= 2)


def text_topics(source: Source, data: VoiceData | None = None) -> frozenset[str]:
    if source.meta.topics:
        return frozenset(t.casefold() for t in source.meta.topics)
    data = data or load_voice_data()
    candidates = {t for side in data.sides for t in side.topics}
    return frozenset(t.casefold() for t in candidates if len(term_positions(source, t)) >= _TOPIC_MENTIONS)


_TOPIC_MENTIONS = 3


def _a_role(words: list[str], data: VoiceData) -> bool:
    """Do the words name a role ("columnist", "senior policy adviser"): a role noun last, and before it
    role nouns or words that describe one? (Not "took down businessman": a verb before the noun.)"""
    return bool(words) and (words[-1] in _role_nouns(data) or words[-1] in data.groups) and \
        all(w in _role_nouns(data) or w in data.groups or w in _ROLE_WORDS for w in words[:-1])


_ROLE_WORDS = frozenset("senior deputy former chief top campaign press national political policy communications "
                        "finance foreign longtime veteran general executive managing founding legal social media "
                        "digital research data economic military".split())

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
