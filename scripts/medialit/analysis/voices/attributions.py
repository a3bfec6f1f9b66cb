"""One attribution match read into a voice (``_voice``): who speaks, the verb, the kind (quote, reported
speech, document, position), and the people listed or set off around the speaker who speak too.

Also the attributions that no verb pattern finds: unnamed sources described before their verb ("a person
familiar with the talks said") and the subject of a participle ("..., saying ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...text.source import Source
from ..findings import Voice
from ..sentences import split_sentences
from .data import VoiceData
from .sentences import _inside, _kind_near, _quoted_spans, _trim
from .names import (_NAME, _PRONOUNS, _TITLES, _capitals, _drop_leading, _full_name_surnames, _is_person, _people,
                    _title_words)
from .patterns import _AUX, _DATELINE, _LINKS, _predicate_in_apposition
from .roles import _a_role, _role_before
from .speakers import (_DATE_WORD, _PLURALS, _RELEASED, _described_memo, _described_source, _document_clause,
                       _group_before_of, _identified_document, _person_of_place, _speaker)


# "70 people reported killed": a counted noun and a passive, not someone speaking.
_COUNTED = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|dozens|hundreds|thousands|millions)\s+(?:\w+\s+)?$")
_PASSIVE_AFTER = re.compile(r"\s+(?:killed|dead|missing|injured|wounded|hurt|arrested|detained|displaced|"
                            r"infected|sick|ill|affected)\b")
_ANONYMITY_ASKED = re.compile(r"\banonymity\b|\bto[^\S\n]+be[^\S\n]+(?:named|identified)\b")

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
        # "The director of the Harbour Institute, Ann Lee, said": the person set off after her post's body.
        post = _POST_BEFORE.search(source.content, max(0, match.start("speaker") - 60), match.start("speaker")) \
            if set_off is None else None
        set_off = set_off or (_person_set_off_alone(match.groupdict().get("apposition") or "", data) if post else None)
        post_role = data.role_of(" ".join(source.content[post.start():match.end("speaker")].split()), False) \
            if post is not None and set_off else None
        speaker = set_off or speaker
        # "Professor Dana Roe from the University of Surrey told": the person speaks, the body is theirs.
        person = _PERSON_FROM.search(source.content, max(0, match.start("speaker") - 120), match.start("speaker"))
        if person is not None and _is_person(_drop_leading(person.group("person"), data) or "", data):
            speaker = _drop_leading(person.group("person"), data)
    else:
        set_off = post_role = None
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
    described_as = post_role if post_role in ("official", "expert") else None
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


def _person_in_apposition(apposition: str, data: VoiceData) -> str | None:
    """The person an apposition names first, when a role follows her name (", Jane Roe, an associate
    professor at a university in Oslo,"); else None (", the chairman of the board,", ", 35, ...")."""
    parts = [p.strip() for p in apposition.split(",")]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not re.fullmatch(_NAME, parts[0]) or not _ROLE_OPENING.match(parts[1]):
        return None
    name = _drop_leading(parts[0], data)
    return name if name == parts[0] and len(name.split()) >= 2 and _is_person(name, data) else None


def _person_set_off_alone(apposition: str, data: VoiceData) -> str | None:
    """The person's full name that is all an apposition holds (", Ann Lee,"); else None."""
    parts = [p.strip() for p in apposition.split(",") if p.strip()]
    if len(parts) != 1 or not re.fullmatch(_NAME, parts[0]):
        return None
    name = _drop_leading(parts[0], data)
    return name if name == parts[0] and len(name.split()) >= 2 and _is_person(name, data) else None


# A post opening its sentence, before the body it is at: "The director of the ", "A spokesman for the ".
_POST_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:[Tt]he|[Aa]n?|[Ii]ts)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,3}"
                          r"(?:of|for|at)[^\S\n]+(?:the[^\S\n]+)?$")

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


def _group_before(content: str, match: re.Match, data: VoiceData) -> re.Match | None:
    """A group noun and "in", "from", "at", "on" or "of" right before the speaker's name ("organizers in
    Cleveland", "supporters of Dana Roe said": the supporters speak, not Roe)."""
    if "verb" not in match.re.groupindex or match.start("speaker") > match.start("verb"):
        return None
    group = _group_pattern(data).search(content, max(0, match.start("speaker") - 60), match.start("speaker"))
    if group is not None and group.group("preposition") == "of" and group.group("group").split()[-1].lower() in \
            data.documents:
        return None                 # ("Animal studies of Vaxo show": what the studies are about, no speaker)
    return group


def _group_pattern(data: VoiceData) -> re.Pattern:
    """(Built once per data: escaping every group noun for each voice was a tenth of ``detect_voices``;
    kept by identity, as hashing the data for a cache costs more.)"""
    if _group_memo and _group_memo[0][0] is data:
        return _group_memo[0][1]
    groups = "|".join(re.escape(g) for g in (*data.groups, *sorted(data.group_names)) if g.endswith("s") or g in _PLURALS)
    # ("Democrats in Congress", "Republicans on Harbour Hill", "delegates at the convention in Philadelphia": where the group is, then the place.)
    pattern = re.compile(rf"(?<![\w-])(?P<group>(?:[\w.-]+[^\S\n]+){{0,2}}?(?i:{groups}))"
                         r"(?:[^\S\n]+at[^\S\n]+the[^\S\n]+[a-z]+)?[^\S\n]+(?P<preposition>in|from|at|on|of)[^\S\n]+"
                         r"(?:the[^\S\n]+)?$")
    _group_memo[:] = [(data, pattern)]
    return _group_memo[0][1]


_group_memo: list = []


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


def _groups_by_shape(source: Source, data: VoiceData) -> list[Voice]:
    """People the groups list does not name, read by the noun's shape ("Grain traders said", "Some coffee
    growers told"): a plural with one of ``people_endings`` opening a clause, right before a plain verb of
    saying, is an unnamed group's voice."""
    content = source.content
    found = []
    for match in _shape_pattern(data).finditer(content, source.body_start):
        noun = match.group("noun").lower()
        if noun in data.not_people or noun in data.groups or noun in data.documents:
            continue                # ("Critics said": the groups list reads it; "Papers say": no people)
        paragraph = source.paragraph_at(match.start())
        if paragraph is None:
            continue
        speaker = " ".join(match.group("speaker").split())
        found.append(Voice(start=match.start("speaker"), end=match.end(), text=content[match.start("speaker"):match.end()],
                           paragraph=paragraph, speaker=speaker, verb=match.group("verb").lower(), verb_neutral=True,
                           named=False, kind=_kind_near(source, match.start(), match.end()), role="unnamed-source"))
    return found


def _shape_pattern(data: VoiceData) -> re.Pattern:
    """(Built once per data, like ``_group_pattern``.)"""
    if _shape_memo and _shape_memo[0][0] is data:
        return _shape_memo[0][1]
    endings = "|".join(re.escape(e) for e in data.people_endings) or "(?!)"
    # (A clause's start: a sentence's, a line's or after a comma; the qualifiers are words, never a link:
    # "and dealers said" is a list's end, which the group's own clause reads.)
    pattern = re.compile(rf"(?:(?<=[.!?;:,”\"])[^\S\n]+|(?<=\n)|^)(?:(?:But|And|So|Yet|Now)[^\S\n]+)?(?P<speaker>(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|"
                         rf"[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ll]ocal|\d+)[^\S\n]+)?"
                         rf"(?:(?!(?i:{_SHAPE_LINKS})\b)[A-Za-z][\w-]*[^\S\n]+){{0,2}}?"
                         rf"(?P<noun>[a-z]{{3,}}(?:{endings})))[^\S\n]+(?:(?:have|had|also|have[^\S\n]+also)[^\S\n]+)?"
                         rf"(?P<verb>said|say|told|tell|warned|warn|argued|argue|claimed|claim|insisted|insist|"
                         rf"complained|complain|predicted|predict|noted|added|explained)\b", re.MULTILINE)
    _shape_memo[:] = [(data, pattern)]
    return _shape_memo[0][1]


_shape_memo: list = []
_SHAPE_LINKS = ("and|or|but|of|in|on|at|to|for|from|with|by|the|a|an|that|who|which|as|than|is|are|was|were|"
                "when|while|if|because|after|before|since|said|says|told|he|she|it|they|we|you|i|this|these|those")


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
    sentence = next((s for s in split_sentences(source) if s.start <= match.start() < s.end), None)
    if sentence is None or not source.content[sentence.start:match.start("speaker")].strip(" “\"‘*_"):
        return speaker, named
    between = source.content[match.end("speaker"):match.start("verb")] if match.end("speaker") <= match.start("verb") else None
    if named and between is not None and re.fullmatch(_AUX, between.rstrip()):
        return speaker, named       # "– Ryan saying he was encouraged": the name is the participle's own subject
    subject = _opening_name(source.content[sentence.start:sentence.end], data)
    if subject and not (_is_person(subject, data) or data.is_organisation(subject)):
        subject = None
    # (Not a clause that holds the group: "denied the idea that the council is asking ..."; the helpers
    # read with the verb after them: "are" counts before a participle only.)
    if not named and between is not None and _PROGRESSIVE.search(between) and not _CLAUSE_IN.search(speaker) and \
            re.fullmatch(rf"{_AUX}\s+{re.escape(match.group('verb'))}", source.content[match.end("speaker"):match.end("verb")]) \
            and not (subject and _JOINED_TO_A_NAME.search(source.content, max(0, match.start("speaker") - 20),
                                                         match.start("speaker"))):
        # "..., experts are warning": a group is the subject of its verb's progressive form (one joined to a
        # name is not all of it: "Sen. Jo Roe and two colleagues are asking" is Roe's).
        return speaker, named
    if between is not None and _ADVERB_IN_PROGRESSIVE.search(between):
        return None, False          # (an adverb inside the progressive is read for a group alone: "... since the
        #                             day that traders in Harbour are quietly plotting" is no one's position)
    return (re.sub(r"['’]s?$", "", subject), True) if subject else (None, False)


_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\b")
_ADVERB_IN_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)[^\S\n]+(?:now|also|still|again|already|\w+ly)\b")
_CLAUSE_IN = re.compile(r"\b(?:that|which|who|whom|whose)\b")
_JOINED_TO_A_NAME = re.compile(r"\b(?:and|along[^\S\n]+with|together[^\S\n]+with|with)[^\S\n]+$")
# ", saying ...", "— adding that ...": the sentence's subject speaks.
_SUBJECT_PARTICIPLES = ("saying", "adding", "noting", "telling", "arguing", "insisting", "claiming", "warning",
                        "explaining", "writing", "declaring", "calling", "asking", "urging", "citing", "accusing",
                        "blaming", "promising", "vowing", "predicting", "suggesting", "questioning", "demanding",
                        "threatening", "praising", "criticizing", "criticising", "touting", "announcing", "tweeting",
                        "acknowledging", "admitting", "denying", "confirming", "stressing", "emphasizing",
                        "recalling", "describing", "pointing out", "expressing", "rejecting", "dismissing")
# A subject described by a participle ("Leaders praising the dictator, ...", "Police officers praising the
# mayor, ..."): the sentence's words are not theirs.
_DESCRIBED_BY_A_PARTICIPLE = re.compile(
    r"[^\w]*(?P<noun>[A-Z][\w’'-]*(?:[^\S\n]+[a-z][\w-]*)?)[^\S\n]+"
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bbe\s)"
    r"(?!(?:nothing|something|anything|everything|during|according|being|going)\b)[a-z]{3,}ing\b")
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
            if subject and _DESCRIBED_BY_A_PARTICIPLE.match(content, sentence.start, match.start()) and \
                    subject.split()[-1] in _DESCRIBED_BY_A_PARTICIPLE.match(content, sentence.start).group("noun"):
                continue            # ("Leaders praising the dictator, calling for ...": the participle describes them)
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
