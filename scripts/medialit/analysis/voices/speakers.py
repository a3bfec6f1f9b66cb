"""The speaker of one attribution as the lesson writes it: emphasis, possessives and the words before a
name dropped; a document with what identifies it; a person with the place or body she is from.
"""

from __future__ import annotations

import re

from .data import VoiceData, _ORG_NAME
from .names import _NAME, _NAME_WORD, _PRONOUNS, _PUBLISHED_IN, _TITLES, _drop_leading, _is_person, _title_words
from .patterns import _DETERMINERS, _GROUP_QUALIFIERS, _MEDIUM_NOUNS, _NUMBERED_NAME, _SHARE, _nation_title


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


_described_memo: list = []


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
    if _nation_title(data).fullmatch(text):
        return text, False          # "the French president": one person, described by the nation's title
    if _described_source(data).match(text):
        return text, False          # "a senior official familiar with the talks": unnamed, and described
    if _is_group_of(text, data):
        return text, False          # "according to proponents of the HPA": the group speaks, unnamed
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
            words[-1] not in ("Group", "Groups") and \
            not _identified_document(text, data):    # ("the Federal Reserve Board", "the Harbour Intelligence Group";
        #                                             "a memo released Friday by the watchdog": the memo, dated)
        owner = re.match(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?({_NAME})(?:['’]s?)?\s", text)
        if owner and words[-1].lower() in data.institutions and _drop_leading(owner.group(1), data):
            return text[text.index(_drop_leading(owner.group(1), data)):], True
        words = _after_a_clause_opener(words)
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


def _after_a_clause_opener(words: list[str]) -> list[str]:
    """The group's words after the last word that opens a clause before it: "a month since harbour officials
    declared" is the harbour officials' word; the words before "since" tell when, not who."""
    cut = max((i for i, w in enumerate(words[:-1]) if w.lower() in _CLAUSE_OPENERS), default=-1)
    return words[cut + 1:]


_CLAUSE_OPENERS = frozenset("since after before when while because until although though unless once whereas".split())


def _is_group_of(text: str, data: VoiceData) -> bool:
    """Is the speaker a group with what it belongs to after it ("proponents of the HPA", "residents of
    Harbour City", "Critics of the plan", "the officer in charge of the base")? The words after the
    preposition say which group; nobody in it is named. (A group's noun with a capital before a name with
    capitals opens an organisation's name: "Veterans of Northland Wars".)"""
    match = _GROUP_OF.match(text)
    if match is None:
        return False
    group = match.group("group")
    if group.lower() in data.documents or group.lower() in data.institutions:
        return False                # ("a report from the Harbour Institute": its maker; "the government in ...")
    if group[:1].isupper() and re.search(r"\b[A-Z]", match.group("rest")):
        return False
    return group.lower() in data.groups


# A group after a determiner and up to two words that describe it, then a preposition and the rest.
_GROUP_OF = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Ff]ew|[Aa]ll|[Bb]oth|[Tt]wo|"
                       r"[Tt]hree|[Dd]ozens|[Hh]undreds|[Tt]housands)[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?)?"
                       r"(?:[\w-]+[^\S\n]+){0,2}?(?P<group>[A-Za-z][\w-]*)[^\S\n]+(?:of|in|at|from|on)[^\S\n]+"
                       r"(?P<rest>\S.*)")

_PLURALS = frozenset({"people", "police", "media"})     # group nouns of many, without an -s

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
