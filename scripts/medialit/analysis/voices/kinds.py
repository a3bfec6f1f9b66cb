"""Telling what a speaker is before it counts as a voice: a person, a body, a group, a thing, or no speaker
at all (an act of a body, a byline, a day, a word in capitals for emphasis).

Each function is one rule ``detect_voices`` applies to the voices found, with the reason in its docstring.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...text.source import Source
from ..detect_text import whole_words
from ..findings import Voice
from .data import VoiceData
from .names import (_NAME, _NAME_GOES_ON, _PRONOUNS, _TITLES, _a_day, _body_people, _capitals, _drop_leading,
                    _followed_by, _genders, _given_a_first_name, _mentions, _named_as_place, _title_words,
                    _written_as_a_name)
from .patterns import _NUMBERED_NAME


def speaks_as_body(speaker: str | None, data: VoiceData) -> bool:
    """Does a body itself speak ("the health ministry", "the campaign"), whose statement can be found, rather
    than someone unnamed from it ("a State Department representative")?"""
    last = (speaker or "").split()[-1:]
    return bool(last) and (last[0].lower() in data.institutions or last[0] in data.organisation_words
                           or last[0].lower() in data.organisation_words or last[0].lower() in _BODY_NOUNS)


_BODY_NOUNS = frozenset({"ministry", "department", "agency", "campaign", "office", "government", "administration",
                         "committee", "council", "court", "police", "newspaper", "website", "watchdog", "commission",
                         "authority"})

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
    teams removed ...", "Hamas, which runs Gaza, said"; so is one it calls a medium ("the weekly newspaper Die
    Harbourpost"). (Names no list knows: companies, movements. "said it" is no clue: "Roe said it was cold".)"""
    persons = {v.speaker for v in voices if v.named and v.speaker_type == "person" and v.speaker}
    organisations = {name for name in persons if _called_its(content, name, data) or _named_as_a_medium(content, name)}
    # (The plural and the members: "Hamas have said", "Hamas leader Ali Roe"; never a name the text ties
    # to "he" or "she".)
    bodies = {name for name in persons - organisations if _named_as_a_body(content, name, data)}
    if bodies:
        genders = _genders(content)
        organisations |= {name for name in bodies if name not in genders}
    return [replace(v, speaker_type="organisation", role="organisation" if v.role == "person" else v.role)
            if v.speaker in organisations and v.named and v.speaker_type == "person" else v for v in voices]


def _named_as_a_medium(content: str, name: str) -> bool:
    """Does the text write a noun of a medium right before the name ("reported by the newspaper Die Harbourpost",
    "the website Harbour Watch")?"""
    return re.search(rf"\b(?:{_MEDIUM_NOUNS})[^\S\n]+{re.escape(name)}(?![\w’'-])", content) is not None


_MEDIUM_NOUNS = "newspaper|newspapers|magazine|daily|weekly|tabloid|website|broadcaster|outlet|news agency|radio station"


def _called_its(content: str, name: str, data: VoiceData) -> bool:
    """One word the text never gives with a first name ("Roe" of "Dana Roe" is a person), followed by
    ", which" or by a verb of saying and "its"."""
    if " " in name or name.lower() in data.descriptions:
        return False
    if _given_a_first_name(content, name):
        return False
    return bool(re.search(rf"\b{re.escape(name)}(?:,[^\S\n]+which\b|[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?"
                          rf"(?:{_SAYING_BEFORE_ITS})[^\S\n]+(?:that[^\S\n]+)?its\b)", content))


def _named_as_a_body(content: str, name: str, data: VoiceData) -> bool:
    """One word the text never gives with a first name or a title, followed by a plural verb ("Hamas have
    said") or by a noun of its members ("Hamas leader", "Hamas fighters")."""
    if " " in name or name.lower() in data.descriptions:
        return False
    return _followed_by(content, name, _MEMBERS_AFTER) and not _given_a_first_name(content, name)


# What follows a body's name, never a person's: a plural verb, or the body's members.
_MEMBERS_OF_A_BODY = (r"(?:have|are|were)[^\S\n]+(?:said|saying|says|denied|claimed|warned|rejected|accused|insisted|"
                      "announced|called|vowed)|leader|leaders|leadership|spokesman|spokeswoman|spokesperson|"
                      "official|officials|fighters|militants|members|commander|commanders|founder|founders")
_MEMBERS_AFTER = re.compile(rf"[^\S\n]+(?:{_MEMBERS_OF_A_BODY})\b")
_SAYING_BEFORE_ITS = "said|says|stated|announced|added|claimed|denied|insisted"

# A company's legal form after its name ("Harbourfoods Ltd"), or a business noun set before it ("the
# catering firm, Harbourfoods").
_COMPANY_FORMS = r"(?:Ltd|Limited|Inc|Corp|Corporation|LLC|plc|PLC|GmbH|Co)\b"
_BUSINESS_NOUNS = r"(?:firm|company|business|supplier|retailer|manufacturer|maker|chain|contractor|charity|startup)"

_COMPANY_FORM_AFTER = re.compile(rf"[^\S\n]+{_COMPANY_FORMS}")
_BUSINESS_NOUN_BEFORE = re.compile(rf"\b{_BUSINESS_NOUNS},[^\S\n]+$")


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
        # ("Lorvan said ... “...,” he added": a "he" or "she" the text has speak for the name)
        if unsure.get(v.speaker or "") and v.text.split()[:1] in (["he"], ["she"], ["He"], ["She"]):
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


def _shouted_after_a_pronoun(content: str, voice: Voice) -> bool:
    """A word in capitals right after a pronoun is emphasis, not a name: "they ALL supported", "Don't you
    DARE say"."""
    speaker = voice.speaker or ""
    return (voice.named and " " not in speaker and _capitals(speaker)
            and bool(_PRONOUN_BEFORE.search(content, max(0, voice.start - 8), voice.start)))


_PRONOUN_BEFORE = re.compile(r"\b(?:I|you|we|they|he|she|it|You|We|They|He|She|It)[^\S\n]+$")


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
    if not voice.named and voice.verb and voice.verb.endswith("ing") and voice.verb not in ("saying", "telling") and voice.speaker and \
            re.fullmatch(rf"{re.escape(voice.speaker)}[^\S\n]+{re.escape(voice.verb)}", voice.text):
        return True         # "Leaders praising the dictator, calling for ...": the group the participle describes
        #                     ("voters saying they want": a share polled speaks)
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
