"""Figures and the sources a claim cites: numbers as written, and the numbers that are no figure to
trace (clock times, ages, days, short years, numbers inside a name)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..checkworthy import MONTH_ABBREVIATIONS, MONTHS
from ..detect_text import whole_words
from ..voices.data import load_voice_data


def _source_cited(text: str, cue: str) -> str:
    """What "according to" cites, as written ("the UN Office for Harbour Affairs", "service data"): the thing
    to look up, where the lead-in words alone name nothing to check (vr-24, from a techniques-dev read)."""
    match = _ACCORDING_SOURCE.search(text)
    if match is None:
        return cue
    rest = match.group(1).split()
    # (Up to a clause that says what the source found: "a 2022 report by the national health agency,
    # which found"; the whole noun phrase where it is short, "agency" too.)
    clause = next((at for at, w in enumerate(rest) if at and w.lower() in _CLAUSE_OPENERS), len(rest))
    rest = rest[:clause]
    words = rest[:_SOURCE_WORDS] if len(rest) > _SOURCE_WORDS_AT_MOST else rest
    while len(words) < len(rest) and rest[len(words)][:1].isupper():
        words.append(rest[len(words)])      # (a capitalised name of several words, "the Office of Harbour Works": the whole name)
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "for", "and", "the", "a", "an", "to", "by", "in", "on", "at"):
        words.pop()
    return " ".join(words) or cue


# (A title's abbreviation and initials keep their full stops: "according to Dr. Ann Roe", "U.S. data".)
_ACCORDING_SOURCE = re.compile(r"(?i)\baccording[^\S\n]+to[^\S\n]+((?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|"
                               r"Capt|Sgt|Rev|Jr|Sr)\.(?=[^\S\n])|(?-i:(?<![A-Za-z])(?:[A-Z]\.){1,3}(?=[^\S\n]*[A-Za-z]))|[^,.;:()“”\"—–\n])+)")
_SOURCE_WORDS = 8
_SOURCE_WORDS_AT_MOST = 12
_CLAUSE_OPENERS = frozenset("which who whom whose that where when while as if because after before".split())


def _is_clock_time(match: re.Match) -> bool:
    """Has the match "at" before it or "p.m." after it? Hours and minutes alone are no sure time."""
    return bool(match.group().split()[0].isalpha() or not match.group()[-1].isdigit())


def _inside_a_name(text: str, number: re.Match) -> bool:
    """Is the number part of a name ("the Route 91 Harvest festival", "Channel 4 said", "under Title 8 of",
    "the daily 20 Minutes reported", "the “24 Hours in Dunmore” host")? A name's number counts nothing."""
    return _between_capitalised_words(text, number) or _after_a_name_word(text, number) or _opens_a_name(text, number)


def with_its_number(text: str, name: str) -> str:
    """A name as the text writes it with the number that is part of it ("Channel" -> "Channel 4", "Title" ->
    "Title 8"), or the name alone: "Channel" finds every channel."""
    if not any(f"{name} {d}" in text for d in "0123456789"):
        return name         # (most names: no regular expression to build)
    for at in _whole_name(name).finditer(text):
        number = _DIGITS.match(text, at.end() + 1)
        if number and _inside_a_name(text, number):
            return f"{name} {number.group()}"
    return name


def _whole_name(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?=[^\S\n]\d)")


def _between_capitalised_words(text: str, number: re.Match) -> bool:
    """The number between two capitalised words ("the Route 91 Harvest festival", "Powell’s 10,000 Women
    programme"). The word before must not open the sentence: "About 300 People" is rare, "Nearly 40
    Democrats" is not."""
    before = _CAPITALISED_BEFORE.search(text, 0, number.start())
    if before is None or not _CAPITALISED_AFTER.match(text, number.end()):
        return False
    opening = text[:before.start()].rstrip(" *_“\"‘'(")
    return bool(opening) and not opening.endswith((".", "!", "?", ":"))


def _after_a_name_word(text: str, number: re.Match) -> bool:
    """A bare number right after a capitalised word inside the sentence ("Berth 7", "the Lark 2 rescue boat",
    "Channel 4"), which no figure's tail follows: not "Apple 10 million", "Ohio 52 percent", a tally ("Yes 52
    to 48"), a list of pairs ("Ohio 18, Iowa 6") nor things counted ("gave Kit Varga 300 crates"). Not after a
    possessive ("the county’s 35 schools"). A word that opens the sentence is a name's only before a
    verb of saying ("Channel 4 said"): "About 300", "Nearly 40 Democrats" count."""
    before = _NAME_WORD_BEFORE.search(text, 0, number.start())
    if before is None or not _BARE_NUMBER.fullmatch(number.group()) or _FIGURE_GOES_ON.match(text, number.end()):
        return False
    word = "".join(before.group().split())
    if word in _DATE_WORDS or word.endswith(("’s", "'s")) or word.lower() in _people_words() or _a_plural_of_people(word):
        return False        # "June 29" is a day; "Democrats 52" a count of votes
    if _THINGS_COUNTED.match(text, number.end()):
        return False
    opening = text[:before.start()].rstrip(" *_“\"‘'(")
    if not opening or opening.endswith((".", "!", "?", ":")):
        return bool(_SAID_AFTER.match(text, number.end()))
    return True


def _opens_a_name(text: str, number: re.Match) -> bool:
    """A bare number before capitalised words that are no people and that a verb of saying follows ("the
    daily 20 Minutes reported"; "40 Democrats said" counts people), or that open a short title in quotation
    marks (“24 Hours in Dunmore”, “9 Steps to a Calm Harbour”)."""
    if not _BARE_NUMBER.fullmatch(number.group()):
        return False
    name = _CAPITALISED_RUN.match(text, number.end())
    if name is None or any(w.lower().strip("’'") in _people_words() or _a_plural_of_people(w) for w in name.group().split()):
        return False
    quoted = text[number.start() - 1:number.start()] in "“\"‘" and number.start() > 0 and \
        bool(_TITLE_CLOSES.match(text, name.end()))
    return quoted or bool(_SAID_AFTER.match(text, name.end()))


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """Words for people and groups of people, in lower case (data/voices.yaml 'groups', 'group_names',
    'descriptions'): "40 Democrats said", "Officials 12" count people, they name nothing."""
    data = load_voice_data()
    return frozenset(w.lower() for w in (*data.groups, *data.group_names, *data.descriptions))


def _a_plural_of_people(word: str) -> bool:
    """"Indonesians", "Moroccans", "Teachers": a people or a group of people by its ending (data/voices.yaml
    'demonyms', 'people_endings')."""
    data = load_voice_data()
    lower = word.lower()
    return (lower.endswith(data.people_endings) and lower not in data.not_people) or \
        any(lower in (d.lower() + "s", d.lower() + "es") for d in data.demonyms if d[:1] == word[:1])


# (Up to four digits, no separator: "Route 91", "Title 8"; "600,000", "2.5" and "10%" are figures.)
_BARE_NUMBER = re.compile(r"\d{1,4}")
# A capitalised word, or one a stray space broke after its capital in a pasted copy ("T itle 8"): the number
# still belongs to the word, whatever it is (the copy is shown as published; no word is guessed).
_NAME_WORD_BEFORE = re.compile(r"(?:\b[A-Z][a-z][\w’'-]*|(?<![\w.])[B-HJ-Z][^\S\n][a-z]{4,})[^\S\n]+$")
_DIGITS = re.compile(r"\d{1,4}(?![\d%]|[.,]\d)")
_FIGURE_GOES_ON = re.compile(r"(?:[^\S\n]*(?:%|per[^\S\n]?cent\b|percent\b|million|billion|trillion|thousand|hundred)|"
                             r"[^\S\n]*(?:to|and|or|[-–—,;/])[^\S\n]*\d|[.:]\d)", re.I)
_SAID_AFTER = re.compile(r"[^\S\n]+(?:said|says|reported|reports|wrote|writes|told|tells|aired|broadcast|"
                         r"published|revealed|added|noted|claimed|announced)\b")
_CAPITALISED_RUN = re.compile(r"[^\S\n]+[A-Z][a-z][\w’'-]*(?:[^\S\n]+(?:(?:of|to|a|an|the|and|for|in)[^\S\n]+)?[A-Z][a-z][\w’'-]*){0,5}")
# (a plural after the number, maybe after an adjective: "300 crates", "35 empty crates"; not a verb, "Channel 4 says")
_THINGS_COUNTED = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+)?(?!(?:is|was|has|does|says|reports|tells|claims|shows|airs)\b)"
                             r"[a-z]{2,}s\b")
_TITLE_CLOSES = re.compile(r"[,.!?]?[”\"’]")
_DATE_WORDS = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                         "Saturday", "Sunday"))


def _is_an_age(text: str, number: re.Match) -> bool:
    """Is the number someone's age ("she lived to 94", "aged 17", "a 40-year-old driver", "Jo Roe, 61,")?
    An age is a detail of a person, not a figure whose counter one could find."""
    if len(number.group()) > 3:
        return False
    return bool(_AGE_BEFORE.search(text, max(0, number.start() - 20), number.start())
                or _AGE_AFTER.match(text, number.end())
                or (_NAME_COMMA_BEFORE.search(text, max(0, number.start() - 30), number.start())
                    and text.startswith(",", number.end()))
                or any(number.start() in (pair.start(1), pair.start(2))     # ("Ann and Tom Roe, 27 and 29,")
                       for pair in _AGE_PAIR.finditer(text, max(0, number.start() - 40), number.end() + 12)))


# (Not "the retirement age of 67" nor "must be 26 years old": an age limit is a rule's figure, worth checking.)
_AGE_BEFORE = re.compile(r"\b(?:aged|at the age of|lived to|lived to be|died at|turned|turns)[^\S\n]+$", re.I)
_AGE_AFTER = re.compile(r"-years?-olds?\b", re.I)
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z][\w’'-]*,[^\S\n]$")
_AGE_PAIR = re.compile(r"\b[A-Z][a-z][\w’'-]*,[^\S\n](\d{1,3})[^\S\n]+and[^\S\n]+(\d{1,3}),")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z][\w’'-]*[^\S\n]+$")
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
_MONTH_AFTER = re.compile(rf"[^\S\n]+(?:(?:{'|'.join(MONTHS)})\b|(?:{'|'.join(MONTH_ABBREVIATIONS)})\b\.?)(?:,?[^\S\n]+\d{{4}}\b)?")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+$")


def _without_parts(found: list[str]) -> list[str]:
    """Cue words without those another cue holds whole ("March" beside "March 19"): one thing, listed once."""
    return [f for f in found if not any(f != other and whole_words(other, f) for other in found)]


def _is_a_short_year(text: str, number: re.Match) -> bool:
    """Two digits after an apostrophe that follows no letter ("in ’78"; not "it’s 12")."""
    at = number.start()
    return len(number.group()) == 2 and at >= 1 and text[at - 1] in "’'" and (at < 2 or not text[at - 2].isalnum())


def _is_a_day(text: str, number: re.Match) -> bool:
    return len(number.group()) <= 2 and 1 <= int(number.group()) <= 31 and bool(_MONTH_BEFORE.search(text, 0, number.start()))


def day_before_its_month(text: str, number: re.Match) -> str:
    """The date as written where the number is a day before its month ("on 3 March", "the 9 June
    storm", "as of 20 Nov 2023"), else "": a day dates something, it counts nothing."""
    if len(number.group()) > 2 or not 1 <= int(number.group()) <= 31:
        return ""
    month = _MONTH_AFTER.match(text, number.end())
    return " ".join(text[number.start():month.end()].split()) if month else ""


_SCALE_OF_A_SCALE = re.compile(r"\b(?:[Tt]ens|[Hh]undreds|[Tt]housands|[Dd]ozens)[^\S\n]+of[^\S\n]+"
                               r"(?:thousands|millions|billions)\b")
_SCALE_AFTER = re.compile(r"\s+(?:parts?[^\S\n]+per[^\S\n]+(million|billion|trillion|thousand|hundred)\b|"
                          r"(million|billion|trillion|thousand|hundred)s?\b)", re.I)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


def _figures_as_written(text: str, counts: list[str], words: list[str]) -> list[str]:
    """A sentence's figures first, each with the word that scales it as the text writes them ("22
    million", "one million", not "million" and "22"), then the number words that scale nothing."""
    figures, used = [], set()
    # A scale of a scale ("hundreds of thousands", "tens of millions", "millions of"): one figure as written.
    for scaled in _SCALE_OF_A_SCALE.finditer(text):
        figures.append(" ".join(scaled.group().split()))
        used.update(w.lower() for w in scaled.group().split() if w.lower() != "of")
    counts = [c for c in counts if c.lower() not in used]
    spelled = [w for w in words if w.isalpha() and w.lower() not in used]    # "one", "hundreds", "percent"
    for count in [*counts, *spelled]:
        at, word = text.find(count), count
        if count in spelled and count not in counts:
            # a number word as a whole word, with its tens ("Twenty-five million", not "five million")
            whole = re.search(rf"(?:\b{_TENS}-)?\b{re.escape(count)}\b", text, re.I)
            at, count = (whole.start(), whole.group()) if whole else (at, count)
        scale = _SCALE_AFTER.match(text[at + len(count):]) if at >= 0 else None
        if scale and scale.group(1):
            # a unit, "15 parts per billion": the figure as written; "billion" scales nothing
            figures.append(f"{count} {' '.join(scale.group().split())}")
            used.update((scale.group(1).lower(), word.lower()))
        elif scale:
            figures.append(f"{count} {scale.group(2)}")
            used.update((scale.group(2).lower(), word.lower()))
        elif count in counts:
            figures.append(count)
        elif count != word:
            figures.append(count)       # a number word with its tens, "thirty-one", not "one"
            used.add(word.lower())
    merged = {f.split()[0] for f in figures if " " in f}
    return figures + [w for w in words if w.lower().rstrip("s") not in used and w.lower() not in used
                      and w not in merged]


# A year between an article or a possessive and a noun is part of a name ("the 2024 field", "the GOP's
# 2024 primary", "the 1997 Founding Act"); "in 2024", "the year 2024" and "by 2024, the" date something.
_BEFORE_A_NAMING_YEAR = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|next|last)|\w['’]s)[^\S\n]+$", re.I)
_AFTER_A_NAMING_YEAR = re.compile(r"[^\S\n]+(?!(?:to|and|or|in|on|at|by|for|from|when|after|before|until|was|were|"
                                  r"is|are|will|had|has)\b)[A-Za-z]")


def _names_a_thing(text: str, year: re.Match) -> bool:
    return bool(_BEFORE_A_NAMING_YEAR.search(text, max(0, year.start() - 20), year.start())
                and _AFTER_A_NAMING_YEAR.match(text, year.end()))
