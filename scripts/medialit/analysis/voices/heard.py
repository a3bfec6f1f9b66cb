"""Who is heard, as a lesson lists it (``heard_voices``): one row per person, not the positions held inside
another speaker's words, with titles and surnames read as the person the text names in full.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...text.source import Source
from ..findings import Voice
from .data import VoiceData, load_voice_data
from .names import _NAME, _TITLES, _drop_leading, _is_person, _people, _title_words, _without_place
from .patterns import _nation_title
from .roles import _roles_carried
from .attributions import _DESCRIBED_BY_A_NAME


def heard_voices(source: Source, voices) -> list[Voice]:
    """The voices as a lesson lists who is heard: without the positions held inside another speaker's words
    ("Tom Berg believes victory is possible, Jane Roe says": only Roe is heard), and one name per person
    ("Mayor Jo Lane of Harbour City" is "Mayor Jo Lane" where the text has that name speak too).
    (``detect_voices`` keeps both as found: PolNeAR counts a nested source and a place's name, and dropping
    them there cost 4 train sources of 5090.)

    A lesson asks for the same text's heard voices four times (the table, two questions, the summary): the last
    text's are kept, as readings keep its word counts."""
    if _last_heard and _last_heard[0][0] is source and _last_heard[0][1] is voices:
        return list(_last_heard[0][2])
    heard = _heard(source, list(voices))
    _last_heard[:] = [(source, voices, tuple(heard))]
    return heard


_last_heard: list[tuple[Source, object, tuple[Voice, ...]]] = []


def _heard(source: Source, voices: list[Voice]) -> list[Voice]:
    nested = _nested_positions(source, voices)
    data = load_voice_data()
    # (Roles carried again once one person has one name: "Robert “Bob” Dane, the port director, said" and
    # "Bob Dane said" are one official, not an official and a person.)
    kept = [_described_by_a_name_named(source.content, data, v) for at, v in enumerate(voices) if at not in nested]
    kept = _nation_titles_named(source.content, data, kept)
    return _roles_carried(_role_holders_named(source, data,
                                              _titles_as_names(_one_name_per_person(kept, data), data)))


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


def _nation_titles_named(content: str, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """"President Emmanuel Macron visited the port. The French president said ..." is Macron: a title with a
    nation's adjective is the holder of that title the text names before it with that nation ("French President
    Jean Lac"), or else the one holder it names with no nation, where no other nation's description of the
    title needs that holder, the text ties no other nation to the holder ("U.S. President Dana Roe") and names
    nobody else in full after it ("President Roe met Jean Lac. The French president said": Lac may be meant).
    (``detect_voices`` keeps the description unnamed: by the role alone it was the US president the text named
    before.)"""
    described = [v for v in voices if not v.named and v.speaker and _nation_title(data).fullmatch(v.speaker)]
    if not described:
        return voices
    nations: dict[str, set[str]] = {}
    for v in described:
        nations.setdefault(_title_of(v.speaker), set()).add(v.speaker.split()[1])
    named = []
    for v in voices:
        holder = _holder(content, data, _title_of(v.speaker), v.speaker.split()[1], nations, v.start) \
            if v in described else None
        named.append(replace(v, speaker=holder, named=True, speaker_type="person", role="official") if holder else v)
    return named


def _title_of(description: str) -> str:
    return " ".join(description.split()[2:]).lower()        # "the French prime minister": "prime minister"


def _holder(content: str, data: VoiceData, title: str, nation: str, nations: dict[str, set[str]],
            before: int) -> str | None:
    """The person of ``nation`` the text names with ``title`` before ``before`` (see ``_nation_titles_named``);
    none where the text does not tell which one."""
    # (Which nation a holder is of, the whole text may say; who is named before the description, only that part.)
    everywhere = _titled_mentions(content, data, title)
    mentions = [m for m in everywhere if m[3] <= before]
    tied = {surname: name for qualifier, surname, name, _ in mentions if qualifier == nation}
    if len(tied) == 1:
        return next(iter(tied.values()))
    if tied:
        return None
    elsewhere = {surname for qualifier, surname, _, _ in everywhere if qualifier is not None}
    plain = {surname: (name, end) for qualifier, surname, name, end in mentions if qualifier is None}
    others_untied = [n for n in nations.get(title, ()) if n != nation and
                     len({s for q, s, _, _ in everywhere if q == n}) != 1]
    if len(plain) != 1 or others_untied or set(plain) & elsewhere:
        return None
    surname, (name, end) = next(iter(plain.items()))
    end = max(end, content.rfind(surname, 0, before))       # (the holder's last mention: "Macron said ...")
    between = [p for p in _people(content[end:before], data) if p.split()[-1] not in {surname, *elsewhere}]
    return None if between else name


def _titled_mentions(content: str, data: VoiceData, title: str) -> list[tuple[str | None, str, str, int]]:
    """(nation written before the title or None, surname, name with the title, end) of each mention of a
    holder of ``title`` ("French President Jean Lac", "President Jean Lac"); not another title ("Vice
    President", "Former President")."""
    titled = " ".join(w.capitalize() for w in title.split())
    mentions = []
    pattern = rf"(?:(?P<qualifier>[A-Z][\w.’'-]*)[^\S\n]+)?{re.escape(titled)}[^\S\n]+(?P<name>{_NAME})"
    for match in re.finditer(pattern, content):
        qualifier, name = match.group("qualifier"), _drop_leading(match.group("name"), data)
        if qualifier is not None and (qualifier in data.not_speakers or qualifier.startswith("“")):
            qualifier = None        # "The President Jean Lac", "After President ...": no nation
        if qualifier is not None and qualifier not in data.demonyms and not data.is_place(qualifier):
            continue                # "Vice President ...", "Former President ...": another title
        if not name or not _is_person(f"{titled} {name}", data):
            continue
        name = re.sub(r"['’]s?$", "", name)
        mentions.append((qualifier, name.split()[-1], f"{titled} {name}", match.end()))
    return mentions


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


def _role_holders_named(source: Source, data: VoiceData, voices: list[Voice]) -> list[Voice]:
    """"Northland's finance minister said ..." and later "Finance Minister Jean Dupont said ...": one person
    described by a role ("the finance minister", "the Harbour senator", "Northland's finance minister") is the
    one holder of that role the text names ("Finance Minister Jean Dupont", "Jean Dupont, the finance
    minister"), where no other person is named between the description and that holder's nearest mention,
    and the place or owner the description gives is the holder's or the text ties none to anybody: one voice,
    not two. (The nation titles are read by ``_nation_titles_named``; ``detect_voices`` keeps descriptions
    unnamed, as PolNeAR marks them.)"""
    described = [(at, m) for at, v in enumerate(voices) if not v.named and v.speaker
                 and not _nation_title(data).fullmatch(v.speaker)
                 and (m := _DESCRIBED_ROLE.fullmatch(v.speaker)) and m.group("noun") in data.descriptions]
    if not described:
        return voices
    speaking = {v.speaker.split()[-1]: v for v in voices if v.named and v.speaker and v.speaker_type == "person"}
    renamed = list(voices)
    for at, match in described:
        holder = _holder_of_role(source, data, match, voices[at], set(speaking))
        if holder is None or _someone_else_speaks(voices, voices[at], holder):
            continue
        surname, name, _ = holder
        voice = speaking.get(surname)
        described_as = data.role_of(voices[at].speaker, False)
        role = voice.role if voice and voice.role not in (None, "person") else \
            described_as if described_as in ("official", "expert", "organisation") else "person"
        renamed[at] = replace(voices[at], speaker=voice.speaker if voice else name, named=True, speaker_type="person",
                              role=role, side=voice.side if voice else voices[at].side)
    return renamed


# A description of one person: "the" and a place or a party ("the Harbour senator", "The Republican nominee"), or
# an owner ("Northland's finance minister"), then up to three words of the role ("finance minister").
_DESCRIBED_ROLE = re.compile(r"(?:[Tt]he[^\S\n]+(?P<place>(?:[A-Z][\w.’'-]*[^\S\n]+){0,3})|"
                             r"(?P<owner>(?:[A-Z][\w.’'-]*[^\S\n]+){0,2}[A-Z][\w.’'-]*)['’]s?[^\S\n]+)"
                             r"(?P<core>(?:[a-z][\w-]*[^\S\n]+){0,3}(?P<noun>[a-z][\w-]*))")
# Words before a role that make it another ("former senator", "Vice President", "deputy minister").
_ANOTHER_ROLE = frozenset("former ex then vice deputy acting assistant associate under late".split())


def _holder_of_role(source: Source, data: VoiceData, described: re.Match, voice: Voice,
                    speakers: set[str]) -> tuple[str, str, int] | None:
    """(surname, name as written with the role, where the text before the description may name someone it
    means) of the one person the text names with the described role (see ``_role_holders_named``); None where it
    names none, several, or another person who speaks in the text (``speakers``, surnames) is named near it."""
    content, at = source.content, voice.start
    place = " ".join(((described.group("place") or "") or (described.group("owner") or "")).split())
    core = described.group("core").split()
    if any(w in _ANOTHER_ROLE for w in core[:-1]) or (place and place.split()[0].lower() in _ANOTHER_ROLE):
        return None
    mentions = _role_mentions(content, data, tuple(core))
    holders = {surname for surname, _, _, _ in mentions}
    if place:
        tied = {surname for surname, qualifier, _, _ in mentions if qualifier and place in qualifier}
        untied = {surname for surname in holders
                  if not any(q for s, q, _, _ in mentions if s == surname)}
        chosen = tied if tied else untied if len(holders) == 1 else set()
    else:
        chosen = holders
    if len(chosen) != 1:
        return None
    surname = next(iter(chosen))
    spans = [(start, end, name) for s, _, name, (start, end) in mentions if s == surname]
    before = [end for start, end, _ in spans if end <= at]
    after = [start for start, end, _ in spans if start >= at]
    # (Named after the description, the holder comes too late for a reader who met someone else just before it:
    # "Sanders remarked ... the senator said. Later, Sen. Jo Roe said": the senator is Sanders.)
    since = max(before) if before else _previous_paragraph_start(source, at)
    until = at if before else min(after)
    owner = {re.sub(r"['’]s?$", "", w) for w in place.split()}     # ("Lee's lawyer": Lee is not the one meant)
    others = speakers - {surname} - owner
    if any(w in others for w in re.findall(r"[A-Z][\w’'-]+", content[since:until])):
        return None         # (a surname alone counts: "Roe sought ... the senator said" may be Roe)
    return surname, spans[0][2], since


def _previous_paragraph_start(source: Source, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts (the text's body where there is none)."""
    starts = [p.start for p in source.paragraphs if p.start <= at]
    return starts[-2] if len(starts) >= 2 else source.body_start


def _someone_else_speaks(voices: list[Voice], described: Voice, holder: tuple[str, str, int]) -> bool:
    """Does another named person speak between where the text last named the holder and the description?"""
    surname, _, since = holder
    return any(v.named and v.speaker_type == "person" and v.speaker and v.speaker.split()[-1] != surname
               and since <= v.start < described.start for v in voices)


@lru_cache(maxsize=64)
def _role_mentions(content: str, data: VoiceData, core: tuple[str, ...]) -> tuple[tuple[str, str, str, tuple[int, int]], ...]:
    """(surname, the place or owner written with the role or "", the name with the role, span) of each person the
    text names with the role ``core``: before the name ("Northland Finance Minister Jean Dupont", "Harbour Sen. Jo
    Roe") or set off after it ("Jean Dupont, the finance minister", "Jo Roe, Northland's finance minister"). Not
    another role ("former Finance Minister Jean Dupont", "Vice President Jo Roe")."""
    words = [rf"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in core]
    short = [re.escape(t) for noun, t in data.short_titles if noun == core[-1]]
    role = r"[^\S\n]+".join(words[:-1] + [f"(?:{'|'.join([words[-1], *short])})"])
    if not re.search(role, content):
        return ()       # (both patterns hold the role: a text that never writes it names no holder of it)
    before = rf"(?P<qualifier>(?:[\w.’'-]+[^\S\n]+){{0,3}}){role}[^\S\n]+(?P<name>{_NAME})"
    # (Set off: "Jo Roe, the minister, said", not the subject of a clause: "hosts Jo Roe, the minister said".)
    after = (rf"(?P<name>{_NAME}),[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?P<qualifier>(?:[\w.’'-]+[^\S\n]+){{0,3}}?)"
             rf"{role}\b(?=[^\S\n]*(?:[,.;:)—–]|$))")
    mentions = []
    for pattern in (before, after):
        for match in re.finditer(pattern, content):
            qualifier = [w for w in match.group("qualifier").split() if w[:1].isupper() or w.lower() in _ANOTHER_ROLE]
            # (The words of the qualifier after the last word in lower case: "met Harbour Sen. Jo Roe" is Harbour.)
            if any(w.lower() in _ANOTHER_ROLE for w in qualifier[-1:]):
                continue
            name = _without_place(re.sub(r"['’]s?$", "", _drop_leading(match.group("name"), data)))
            if not name or len(name.split()) < 2 or " and " in name or not _is_person(name, data):
                continue
            place = " ".join(re.sub(r"['’]s?$", "", w) for w in _trailing_capitals(match.group("qualifier")))
            start = match.end("qualifier") if pattern is before else match.start()
            written = f"{content[match.end('qualifier'):match.start('name')]}{name}" if pattern is before else name
            mentions.append((name.split()[-1], place, " ".join(written.split()), (start, match.end())))
    return tuple(mentions)     # (cached: callers share it, so it cannot be changed)


def _trailing_capitals(text: str) -> list[str]:
    """The capitalised words ending ``text`` ("met Harbour" -> ["Harbour"])."""
    words = text.split()
    at = len(words)
    while at > 0 and words[at - 1][:1].isupper():
        at -= 1
    return words[at:]


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


# Short titles written before a surname ("VP Roe", "PM Berg"): the person of the full name.
_SHORT_TITLES = frozenset({"VP", "PM"})
_TITLE_QUALIFIERS = frozenset({"Vice", "Deputy"})     # ("Vice President": a title alone)


def _surnames_as_full_names(voices: list[Voice], data: VoiceData) -> list[Voice]:
    """A person's surname, alone or after a title ("Roe-Berg", "Ms. Roe-Berg"), is the full name
    the text gave her first ("Rep. Dana Roe-Berg"), where only one person of that surname speaks
    in the text ("Ann Lee" and "Tom Lee": "Lee" stays as written)."""
    titles = _title_words(data)

    def core(speaker: str) -> tuple[str, ...]:
        # (Not a middle initial nor a country before a title: "Donald J. Roe" and "U.S. President Donald
        # Roe" are "Donald Roe".)
        # (Nor the apostrophe's form: a text that mixes "O'Neil" and "O’Neil" names one person.)
        # (Nor a title of a description before the name: "Cardinal Jo Roe" and "Cardinal Roe" are "Jo Roe".)
        words = speaker.split()
        return tuple(w.replace("’", "'") for at, w in enumerate(words) if w.strip(".") not in _TITLES and w not in titles
                     and w not in _SHORT_TITLES and not re.fullmatch(r"(?:[A-Z]\.)+", w)
                     and not (at < len(words) - 1 and w[:1].isupper() and w.lower() in data.descriptions))

    people = [v.speaker for v in voices if v.named and v.speaker and " and " not in v.speaker
              and not data.is_organisation(v.speaker) and not data.is_place(v.speaker)]
    full: dict[str, list[str]] = {}
    for speaker in people:
        if len(core(speaker)) >= 2:
            full.setdefault(core(speaker)[-1], []).append(speaker)
    canonical = {surname: names[0] for surname, names in full.items() if len({core(n) for n in names}) == 1}
    titled = [n for n in people if core(n) and n.split()[0] not in _SHORT_TITLES]
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
        if v.named and v.speaker in people and set(core(v.speaker)) <= _TITLE_QUALIFIERS and \
                v.speaker.split()[-1] in titles:
            # ("The Vice President vowed" after "Vice President Dana Roe said": the one person with that title.)
            holders = {core(n) for n in titled if re.search(rf"(?<!\w){re.escape(v.speaker)}[^\S\n]+[A-Z]", n)}
            if len(holders) == 1:
                v = replace(v, speaker=next(n for n in titled if core(n) == next(iter(holders))))
        words = core(v.speaker) if v.speaker in people else ()
        if words and words[-1] in canonical and (len(words) == 1 or words == core(canonical[words[-1]])):
            v = replace(v, speaker=canonical[words[-1]])
        elif len(words) == 1 and words[0] in canonical_first:
            name = next(n for n in people if core(n) == tuple(canonical_first[words[0]].split()))
            v = replace(v, speaker=name, role=roles.get(name, v.role) if v.role in (None, "person") else v.role)
        renamed.append(v)
    return renamed
