"""Name words and the people a text names: the regular expressions of a capitalised name (``_NAME``), the
titles and role words, and the tests on a run of capitals (is it a person's name, a day, a place the
text writes "in ..."), with the text's people and surnames read once per text.

Detection, the pronouns and the lesson's list of voices all ask these questions, so they come first.
"""

from __future__ import annotations

import re

from ...text.source import Source
from ..detect_text import NAME_TITLES
from .data import VoiceData, _ORG_NOUNS, load_voice_data


# Titles before a name, with a full stop or without (the shared list, and the ranks and suffixes a
# speaker's name may carry).
_TITLES = (*NAME_TITLES, "Cpl", "Jr", "Sr")
# A capitalised word: an abbreviated title ("Sen.", "Mr."), or letters with hyphens, inner apostrophes
# ("O’Malley", "Trump’s") and inner dots ("U.S"). A closing quote mark is not part of it ("BRIDGES'").
_NAME_WORD = (rf"(?:(?:{'|'.join(_TITLES)})\.|"
              r"(?:[A-Z]\.){2,}(?=[^\S\n]+[A-Za-z])|[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z](?:[\w-]|['’](?=\w)|\.(?=\w))*)")
# "for" inside an organisation's name, after a noun that names one ("Center for Reproductive Rights",
# "Club for Growth"); never after a person or a group of people ("Col. Jane Roe for Trump", "Attorneys for").
_ORG_FOR = "(?:" + "|".join(rf"(?<={noun}[^\S\n])" for noun in _ORG_NOUNS) + ")"
_WHEN_WORD = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
              r"September|October|November|December)\b")
# "on" inside a body's name after a noun that names a panel ("Select Committee on Fisheries"): its topic, not
# a place or a person the name ends before.
_ORG_ON = "(?:" + "|".join(rf"(?<={noun}[^\S\n])" for noun in ("Committee", "Subcommittee", "Commission", "Council",
                                                               "Panel", "Conference")) + ")"
# A numeral inside a broadcaster's name ("Channel 4 News", "Fox 5 News", "Channel 4 said"): before a noun of
# broadcasting or after "Channel" or "Radio" ("BBC Radio 4"), never a date's or an amount's ("May 5 Trump", "Vote 2016 Roe").
_BROADCAST_NUMBER = r"(?:\d{1,2}(?!\w)(?=[^\S\n]+(?:News|Radio|TV|Television|Network)\b)|(?:(?<=Channel[^\S\n])|(?<=Radio[^\S\n]))\d{1,2}(?!\w))"
# A run of capitalised words on one line, allowing "of" and "and" inside ("Secretary of State Antony
# Blinken"). A heading on the line before is not glued to the name.
_NAME_REST = rf"(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?|and[^\S\n]+|{_ORG_FOR}for[^\S\n]+(?:the[^\S\n]+)?|{_ORG_ON}on[^\S\n]+(?!{_WHEN_WORD})(?:the[^\S\n]+)?|de[^\S\n]+)?\*?(?!(?:He|She|It|They|We|I)\b)(?:{_NAME_WORD}|{_BROADCAST_NUMBER})\*?){{0,6}}"
_NAME = rf"{_NAME_WORD}{_NAME_REST}"
_PRONOUNS = ("he", "she", "He", "She")


def _without_place(speaker: str) -> str:
    """The name before "of", "at" or "from" and a place or a body ("Jane Roe of Clemson University": Jane
    Roe); the speaker itself when it has none."""
    match = _OF_PLACE.fullmatch(speaker)
    if match and match.group(1).split()[-1] in _title_words(load_voice_data()):
        return speaker              # ("Secretary of State Tom Berg": a title's "of")
    return match.group(1) if match else speaker


_OF_PLACE = re.compile(rf"(.+?)[^\S\n]+(?:of|at|from)[^\S\n]+(?:the[^\S\n]+)?{_NAME}")


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


def _followed_by(content: str, name: str, pattern: re.Pattern) -> bool:
    """Does ``pattern`` match right after some whole-word occurrence of ``name``? (Found with ``str.find``:
    a regular expression per name searching the whole text cost a millisecond per text.)"""
    at = content.find(name)
    while at >= 0:
        if (at == 0 or not content[at - 1].isalnum()) and pattern.match(content, at + len(name)):
            return True
        at = content.find(name, at + 1)
    return False


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

_DAYS_AND_MONTHS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Today Yesterday Tomorrow""".split())


def _a_day(speaker: str | None) -> bool:
    """Is the speaker only a day or a month ("according to Friday's statement": the statement's date, not
    its maker)?"""
    words = re.sub(r"['’]s?$", "", speaker or "").split()
    return bool(words) and all(w in _DAYS_AND_MONTHS for w in words)


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


def _full_name_surnames(source: Source, data: VoiceData) -> frozenset[str]:
    """Surnames of the people the text names in full ("Hillary Clinton" makes "Clinton" a person)."""
    if _surnames_memo and _surnames_memo[0][0] is source:
        return _surnames_memo[0][1]
    surnames = frozenset(p.split()[-1] for p in _body_people(source, data))
    _surnames_memo[:] = [(source, surnames)]
    return surnames


_surnames_memo: list = []

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


def _role_nouns(data: VoiceData) -> frozenset[str]:
    """Role words of officials and experts and the descriptions, lower case ("director", "professor", "ceo"),
    for appositions. (Kept on the data, like ``_title_words``.)"""
    if not data._role_nouns:
        data._role_nouns.append(data.descriptions | frozenset(
            w.strip(".").lower() for r in data.roles if r.id in ("official", "expert") for w in r.words if " " not in w))
    return data._role_nouns[0]


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


def _described_person(speaker: str | None, data: VoiceData) -> bool:
    """"the Vermont senator", "The GOP front-runner": one person, described by a role."""
    words = (speaker or "").split()
    return len(words) >= 2 and words[0].lower() == "the" and words[-1].lower() in data.descriptions
