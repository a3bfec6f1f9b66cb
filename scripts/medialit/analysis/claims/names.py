"""Names in a claim's text: which capitalised words are names to ignore or know, embedded posts, the doer
of a pronoun's deed, and the person last named before it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ...text.source import Source
from ..checks import load_checks
from ..checkworthy import MONTHS, salient_names
from ..findings import Claim
from ..sentences import WORD, Sentence, split_sentences
from ..voices.data import load_voice_data


def names_to_ignore(source: Source) -> frozenset[str]:
    """Capitalised words that name no one to search for in this text: adjectives of nations and of groups
    (voices.yaml: "Swedish", "Western", "Republican" from "Republicans"), a people's colour
    (checks.yaml 'not_names'), and common nouns the author capitalises ("the other Climate fear mongers"
    in a text that writes "climate" more often)."""
    return _names_of_text(source)[0]


def names_known(source: Source) -> frozenset[str]:
    """Capitalised words the text writes inside a sentence that name someone: a name also where it opens
    a sentence ("Roe said she could not recall ...")."""
    return _names_of_text(source)[1]


def _names_of_text(source: Source) -> tuple[frozenset[str], frozenset[str]]:
    """(``names_to_ignore``, ``names_known``), kept for the source being worked on."""
    if _last_not_names and _last_not_names[0][0] is source:
        return _last_not_names[0][1]
    ignored = set(_peoples_adjectives()) | load_checks().not_names
    # (not in headings, where every word is capitalised: "... Are Just Like Slave Owners")
    body = "\n\n".join(text for text in (source.content[p.start:p.end] for p in source.paragraphs)
                       if not _looks_like_a_heading(text) and text.strip(" *_#") != source.meta.title.strip())
    inside = Counter(_CAPITALISED_INSIDE.findall(body))
    lower = Counter(w for w in _LOWER_WORD.findall(body) if w.capitalize() in inside)
    ignored |= {w for w, n in inside.items() if lower[w.lower()] > n}
    # A word shouted in capitals that the text also writes in lower case ("shot BEFORE Paddock opened
    # fire" in a text with "before") is emphasis, not an acronym. (Four letters at least: "WHO" and "US"
    # are names whose lower-case forms every text holds.)
    written_lower = set(_LOWER_WORD.findall(body))
    ignored |= {w for w in _SHOUTED.findall(body) if w.lower() in written_lower}
    result = frozenset(ignored), frozenset(inside) - ignored
    _last_not_names[:] = [(source, result)]
    return result


_last_not_names: list[tuple[Source, tuple[frozenset[str], frozenset[str]]]] = []


@lru_cache(maxsize=1)
def _peoples_adjectives() -> frozenset[str]:
    """voices.yaml's adjectives of nations ('demonyms') and its groups in the singular ('group_names':
    "Republican" from "Republicans"; a group in the plural acts, "the Republicans voted", the singular
    qualifies, "Republican candidates")."""
    data = load_voice_data()
    # (The voices keep group names in lower case; voices.yaml writes each as one capitalised word.)
    singulars = (g[:-1].capitalize() for g in data.group_names if g.endswith("s"))
    return frozenset([*data.demonyms, *singulars])


_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][a-zß-öø-ÿ’'-]+)(?![\w])")     # ("Lidingö" too)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")


def _role_actor(text: str, scorer) -> str | None:
    """The first word of the sentence that names an office or a body acting ("mayor", "government"; the
    feature role_actor of data/checkworthy.yaml)."""
    feature = next((f for f in scorer.features if f.id == "role_actor"), None)
    if feature is None or feature.lookup is None:
        return None
    return next((w for w in WORD.findall(text) if w.lower() in feature.lookup.singles), None)


# The byline of an embedded post as pages paste it: a link, a dash, the author, their handle and the date
# ("pic.twitter.com/x1Y2 — Jo Roe (@joroe) October 6, 2017").
_POST_SIGNATURE = re.compile(r"(?:^|\s)[—–-][^\S\n]*(?P<author>[^—–()\n]{1,60}?)[^\S\n]*\(@\w{1,30}\)[^\S\n]*"
                             r"(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4})?[^\S\n]*$")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")


def _is_post_signature(text: str) -> bool:
    """Is the sentence only an embedded post's byline, with its link?"""
    match = _POST_SIGNATURE.search(text)
    return bool(match) and len(_LINK.sub(" ", text[:match.start()]).split()) < 3


def _embedded_posts(source: Source, sentences: list[Sentence]) -> dict[int, str]:
    """Sentence number -> author, for the sentences of a post embedded in the page: the paragraph just
    before a byline paragraph ("— Jo Roe (@joroe) October 6, 2017"), or the sentences before the byline
    in its own paragraph."""
    posts: dict[int, str] = {}
    by_paragraph: dict[int, list[int]] = {}
    for number, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(number)
    for paragraph, in_paragraph in by_paragraph.items():
        last = source.content[sentences[in_paragraph[-1]].start:sentences[in_paragraph[-1]].end]
        byline = _POST_SIGNATURE.search(last)
        if byline is None:
            continue
        author = " ".join(byline.group("author").split())
        inside = [n for n in in_paragraph if not _is_post_signature(source.content[sentences[n].start:sentences[n].end])]
        # (a byline alone in its paragraph belongs to the paragraph before it)
        for n in inside or by_paragraph.get(paragraph - 1, []):
            posts[n] = author
    return posts


# A sentence whose subject is "he" or "she" ("He shorted the market", "She was previously convicted of ..."),
# or opens on "his" or "her" ("Her 2023 study of four regions found ..."): the deed, or the study, is that of
# a person named before it.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:And|But|Then|So|Yet|Later|Instead|Still)[,]?[^\S\n]+)?(He|She|His|Her)\b")
_FEMININE_PRONOUNS = ("She", "Her")
_FEMININE_TITLE = re.compile(r"^(?:Ms|Mrs|Miss|Madam|Madame|Lady|Queen|Sister)\b\.?")
_MASCULINE_TITLE = re.compile(r"^(?:Mr|Sir|Lord|King|Father|Brother)\b\.?")
_DOER_PARAGRAPHS = 2     # the person may be named this many paragraphs before the sentence, not further


def pronoun_subject(text: str) -> str | None:
    """"He" or "She" where the sentence opens on it as its subject ("And he ..." too), "His" or "Her" where
    it opens on a possessive, else None."""
    match = _PRONOUN_SUBJECT.match(text)
    return match.group(1) if match else None


def person_last_named(source: Source, claim, voices) -> str | None:
    """The person a sentence opening on "he" or "she" speaks of, where the text makes it clear: of the
    people the text names as speakers (``voices`` of type person, by full name or surname), the one named
    last before the sentence, in its paragraph or the two before it. None where it is not clear: that
    sentence names two of them ("Jo Roe and Ann Lee met. She ...") or a name that looks like a person's
    after the mention ("Jo Roe said this about Ann Lee: ..."), another name that looks like a
    person's comes in a sentence after it ("Roe said ... // Bishop Ann Lee signed. He ..."), the text gives
    the surname two first names ("Sarah Halimi", "Yonathan Halimi"), or a title tells another gender
    ("Ms. Ford" for "He ...")."""
    pronoun = pronoun_subject(claim.text)
    if pronoun is None:
        return None
    people = _people_by_surname(source, voices, _MASCULINE_TITLE if pronoun in _FEMININE_PRONOUNS else _FEMININE_TITLE)
    if not people:
        return None
    forms = {form: surname for surname, name in people.items() for form in (name, surname)}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    sentences = [s for s in split_sentences(source) if s.end <= claim.start
                 and claim.paragraph - _DOER_PARAGRAPHS <= s.paragraph <= claim.paragraph]
    ignored = names_to_ignore(source)
    for sentence in reversed(sentences):
        mentions = list(pattern.finditer(source.content, sentence.start, sentence.end))
        found = {forms[m.group()] for m in mentions}
        if found:
            # ("Jo Roe said this about Ann Lee: ... She ...": the one named after may be meant)
            after = _person_like_names(source.content[mentions[-1].end():sentence.end], ignored)
            return people[found.pop()] if len(found) == 1 and not after else None
        if _person_like_names(source.content[sentence.start:sentence.end], ignored):
            return None     # someone else named since ("Bishop Ann Lee signed it. He ..."): unclear
    return None


# A name that looks like a person's: a title and a capitalised word, or two or three capitalised words
# ("Julian Assange", "Bishop Marian Eleganti"), not at the sentence's start.
_PERSON_LIKE = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z’'-]+\.?(?:[^\S\n]+[A-Z][a-z’'-]+){1,2}\b")


def _person_like_names(text: str, ignored: frozenset[str]) -> list[str]:
    """Names in the sentence that look like a person's: no word of an organisation ("World Health
    Organization"), a people or a month ("European Union", "Mr Roe in March")."""
    bodies = _organisation_words()
    return [m.group() for m in _PERSON_LIKE.finditer(text)
            if not any(w.strip(".") in bodies or w in ignored or w.lower() in MONTHS for w in m.group().split())]


def _people_by_surname(source: Source, voices, wrong_title: re.Pattern) -> dict[str, str]:
    """Surname -> the longest name of the person the voices give it ("Donald J. Trump", "President
    Donald Trump"), for people only: not where a name of that surname carries a title of the other gender
    ("Ms. Ford" for "he"), nor where the text gives the surname two first names ("Sarah Halimi",
    "Yonathan Halimi"), nor names with a word of an organisation or a people ("Lake City Army Ammunition
    Plant", "Indonesian Christian") or a title alone ("Sister")."""
    bodies, known, ignored = _organisation_words(), names_known(source), names_to_ignore(source)
    names: dict[str, list[str]] = {}
    for voice in voices:
        name = voice.speaker
        if voice.named and name and voice.speaker_type == "person" and \
                not any(w in bodies or w in ignored for w in name.split()) and name.split()[-1] not in NAME_TITLE_WORDS:
            surname = name.split()[-1]
            if len(surname) > 2 and surname[:1].isupper() and surname[1:2].islower():
                names.setdefault(surname, []).append(name)
    people = {}
    for surname, given in names.items():
        firsts = set(re.findall(rf"\b([A-Z][a-z]+)[^\S\n]+(?:[A-Z]\.[^\S\n]+)?{re.escape(surname)}\b", source.content))
        # (a first name is written inside sentences too: not "Eventually Deal moved ...")
        if any(wrong_title.match(n) for n in given) or len((firsts & known) - set(NAME_TITLE_WORDS)) > 1:
            continue
        people[surname] = max(given, key=len)
    return people


NAME_TITLE_WORDS = ("Mr", "Mrs", "Ms", "Dr", "President", "Senator", "Sen", "Rep", "Gov", "Governor", "Judge",
                    "Justice", "Bishop", "Father", "Sister", "Brother", "Pope", "Prime", "Minister", "Secretary",
                    "Chairman", "General", "Gen", "Ambassador", "Professor", "Prof", "Mayor", "Officer", "Detective",
                    "Lady", "Lord", "Sir", "King", "Queen", "Prince", "Princess", "Archbishop", "Cardinal", "Chief")


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """voices.yaml 'organisation_words' ("Agency", "Army", "Church"): a name holding one is no person's."""
    return frozenset(w.strip(".") for w in load_voice_data().organisation_words)


def with_doers(source: Source, claims, voices) -> list[Claim]:
    """The claims, where one tells a deed of "he" or "she" and gives no name to search for ("He shorted
    the market"), with the person last named (``person_last_named``) first among its words to check:
    the student searches for that person's deed, not for the verb alone."""
    result = []
    not_names, known = names_to_ignore(source), names_known(source)
    for claim in claims:
        doer = None
        if claim.kind in ("event", "statement", "date", "number", "document") and pronoun_subject(claim.text) and \
                not salient_names(claim.text, not_names, known):
            doer = person_last_named(source, claim, voices)
        result.append(replace(claim, cues=(doer, *(c for c in claim.cues if c != doer))) if doer else claim)
    return result


def _looks_like_a_heading(text: str) -> bool:
    """A line in title case without a closing mark ("Banning Assault Weapons and Large-Capacity
    Magazines"): a subheading pasted as a paragraph, which states nothing to check."""
    stripped = text.strip(" *_#")
    if not stripped or stripped[-1] in ".!?:;\"”’)…":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", stripped) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
