"""Reported speech and quotations in a claim's sentence: the verbs of saying (the voices' data,
data/voices.yaml), the clause that reports someone's words, quotation marks opened and closed, posts."""

from __future__ import annotations

import re
from functools import lru_cache

from ...text.source import Source
from ..sentences import Sentence
from ..voices.data import Verb, load_voice_data


_QUOTED = re.compile(r"[“\"][^”\"]{12,}[”\"]")
# A quotation that opens in the sentence and goes on past it ('... told MailOnline: “Fortunately in the
# plague, it has not developed much resistance.' with the closing mark paragraphs later).
_OPENS_A_QUOTE = re.compile(r"[:,]\s*[“\"][^”\"]*(?:\s+[^”\"\s]+){4,}[^”\"]*$")
# Words someone said, not a term held at a distance ("the “occupied territories”"): four words or more.
_QUOTATION = re.compile(r"[“\"][^”\"\s]+(?:\s+[^”\"\s]+){3,}[”\"]")
# The end of a quotation that opened in an earlier sentence, then who said it ('... have a nice weekend,”
# said Uffe Rustan.'; '...,” Vladimir Putin denounced'; '...,” the letter shared'): the sentence quotes
# someone although its opening mark is not in it.
_CLOSES_A_QUOTE = re.compile(r"[,.!?…][”\"][^\S\n]+(?:(?:the|a|an|his|her|their|its|this)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2})?"
                             r"(?:(?:[A-Z][\w.’'-]*|he|she|they|we|it)[^\S\n]+){0,4}"
                             r"(?:said|says|told|wrote|writes|shared|[a-z]+ed)\b")
# Someone's words told, not quoted: "..., he added, as ...", "— but said that Republicans ...", "..., the
# minister said." The sentence reports what a person said; their own record settles it, not a report of
# an event. The verbs of saying are the voices' (data/voices.yaml 'verbs', ``_saying``).
_SPEAKER = r"(?:he|she|they|officials|experts|the[^\S\n]+(?:[a-z]+[^\S\n]+)?[a-z]+|(?:the[^\S\n]+)?[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})"
# The finite verb that opens a clause after its subject ("... said the firm had been", "... say the testing
# still misses", "... says it began"): an auxiliary or a past tense, an adverb allowed before it.
_CLAUSE_VERB = (r"(?:(?:still|also|never|already|now|often|rarely)[^\S\n]+[a-z]+s|"
                r"(?:was|were|is|are|had|has|have|would|could|will|can|did|does|\w+ed|began|went|made|took|gave|"
                r"got|knew|left|found|sent|paid|spent|told)\b)")

# The verbs of saying, and the documents and things that say nothing, are the voices' (data/voices.yaml, as
# ``voices.data`` reads it).


def saying_verbs() -> tuple[Verb, ...]:
    """Every verb form of data/voices.yaml, as the voices read them (lower case, with the flags that decide
    whether a form reports words; a bad entry is the voices' to report: ``medialit check``)."""
    return load_voice_data().verbs


@lru_cache(maxsize=1)
def _says_nothing() -> frozenset[str]:
    """Documents and things (data/voices.yaml 'documents', 'things'): "the records showed that ..." is no
    one's words."""
    data = load_voice_data()
    return frozenset(w.lower() for w in data.documents | data.things)


@lru_cache(maxsize=1)
def _saying() -> str:
    """The verbs of saying of data/voices.yaml as one alternation: the forms that report words said, in the
    past or the third person ("said", "warns", "pointed out"). Not a stance ("wants", "believes": a
    position), not a form that is also a noun unless "that" follows ("claims", "notes"), not one that needs
    a given word after it ("plans to"), not a deed a body does ("recalled", "declared"), not a base form or
    an -ing form (the writer's own "we argue", or a participle). A form that is a noun too counts only
    before "that" ("the claims they made" is no one's words; voices.py, which also takes a pronoun after
    it, has a speaker to check it by)."""
    verbs = saying_verbs()
    forms = {v.form for v in verbs}
    # ("told" has a branch of its own in ``_reported_speech``: whom it was told to comes first.)
    said = [v for v in verbs if not (v.position or v.before or v.bodies_act) and _a_verb_told(v.form, forms)
            and v.form not in ("told", "tells")]
    alternation = lambda chosen: "|".join(sorted((re.escape(v.form).replace(r"\ ", r"[^\S\n]+") for v in chosen),
                                                  key=lambda f: (-len(f), f)))
    plain = alternation(v for v in said if not v.ambiguous)
    before_that = alternation(v for v in said if v.ambiguous)
    return rf"(?:(?:{plain})|(?:{before_that})(?=[^\S\n]+that\b))"


def _a_verb_told(form: str, forms: set[str]) -> bool:
    """A past or third-person form, alone or with its particle ("warned", "says", "pointed out"): not a base
    form ("argue", whose "argues" is there too), an -ing form, nor a longer phrase ("declined to comment")."""
    verb, *rest = form.split()
    third_persons = (verb + "s", verb + "es", verb[:-1] + "ies")
    return not verb.endswith("ing") and not any(" ".join((third, *rest)) in forms for third in third_persons) \
        and len(rest) <= 1 and all(word in _PARTICLES for word in rest)


_PARTICLES = frozenset("out back up on in".split())


@lru_cache(maxsize=1)
def _by_pronoun() -> re.Pattern:
    saying = _saying()
    return re.compile(rf"\b(?:he|she)[^\S\n]+(?:{saying}|told)\b|\b{saying}[^\S\n]+(?:he|she)\b", re.I)


@lru_cache(maxsize=1)
def _reported_speech() -> re.Pattern:
    """Someone's words in a clause of the sentence, each branch with what makes it a report and not a deed."""
    saying = _saying()
    # ("It is said that", "It should be noted that": the writer's own hearsay or aside, no speaker's record)
    return re.compile(rf"(?<!\bis )(?<!\bbe )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bwere )"
                      rf"\b{saying}[^\S\n]+(?:that|he|she|they|we|(?:there|it)[^\S\n]+(?:was|were|is|are|had))\b|\btold[^\S\n]+(?:[\w.’'-]+[^\S\n]+){{1,4}}?(?:that|he|she|they)\b|"
                      # "Critics say the testing still misses ...", "The group said the firm had been slow",
                      # "The company says it began ...", ", saying that ...": a clause of someone's words
                      rf"\b(?:{saying}|say)[^\S\n]+(?:it|(?!(?:as|is|was|has|this|its|his|thus|us)\b)[a-z]+s|the[^\S\n]+[\w’'-]+(?:[^\S\n]+[a-z]+)?)(?:,[^,;.]{{1,80}},)?[^\S\n]+{_CLAUSE_VERB}|"
                      r",[^\S\n]*saying[^\S\n]+(?:that|he|she|they|it)\b|"
                      # "has mentioned refinancing student loans", "suggested looking at ...": a proposal in words
                      r"\b(?:mentioned|suggested)[^\S\n]+[a-z]+ing\b|"
                      rf"(?:^|[,;—–](?:''|[’\"”])?[^\S\n]*){_SPEAKER}[^\S\n]+{saying}(?=[^\S\n]*(?:[,.]|$))|"
                      rf"[,—–](?:''|[’\"”])?[^\S\n]*{saying}[^\S\n]+{_SPEAKER}[^\S\n]*\.?$|"
                      # "The mayor rejected that claim and said ...", "denied the allegations": a reply in words
                      r"\b(?:rejected|denied|dismissed|disputed)[^\S\n]+(?:the|that|this|these|those|such)[^\S\n]+"
                      r"(?:claims?|allegations?|charges?|accusations?|suggestions?)\b|"
                      # "A board member who asked not to be named said the deal ...": an unnamed source's words
                      rf"\b(?:not[^\S\n]+to[^\S\n]+be[^\S\n]+(?:named|identified)|anonymity),?[^\S\n]+{saying}\b|"
                      # "She said none of the recommendations had been implemented."
                      rf"^\W*(?:He|She|They)[^\S\n]+(?:also[^\S\n]+)?{saying}[^\S\n]+(?!to\b|by\b)")


def _words_reported(text: str) -> re.Match | None:
    """The first clause of the sentence that reports someone's words; not one whose subject is a document or
    a thing ("the records showed that", "the video confirms that": what they show is checked in them, and
    no one's record settles it; data/voices.yaml 'documents' and 'things')."""
    for reported in _reported_speech().finditer(text):
        subject = _WORD_BEFORE.search(text, 0, reported.start())
        if not subject or subject.group(1).lower() not in _says_nothing():
            return reported
    return None


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[^\S\n]+$")


def _quote_cue(text: str) -> str:
    """The words to check of a sentence that quotes someone: the opening of what it quotes, or, for a
    sentence that is all quotation, its own first words ("“We’ve allowed purveyors of division…”")."""
    opening = _quoted_opening(text)
    if opening:
        return opening
    words = text.strip(" *_“\"‘'”’").split()
    cue = " ".join(words[:_QUOTE_CUE_WORDS]).rstrip(",;:.—–")
    return f"“{cue}…”" if len(words) > _QUOTE_CUE_WORDS else f"“{cue}”"


def _inside_quotations(source: Source, sentences: list[Sentence]) -> set[int]:
    """Numbers of the sentences that open inside a quotation: one opened in an earlier sentence of the
    same paragraph and not yet closed ("“The mother should not ... enemy. We’ve allowed ... it.”")."""
    content = source.content
    inside: set[int] = set()
    paragraph, is_open, at = None, False, 0
    for number, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph, is_open, at = sentence.paragraph, False, sentence.start
        is_open = _open_after(content, at, sentence.start, is_open)
        if is_open and content[sentence.start] not in "“\"":
            inside.add(number)
        at = sentence.start
    return inside


_QUOTE_MARK = re.compile(r"[“”\"]")


def _open_after(content: str, start: int, end: int, is_open: bool) -> bool:
    """Is a quotation open at ``end``, given whether it was at ``start``? "“" opens, "”" closes, a straight
    mark does whichever is due."""
    for mark in _QUOTE_MARK.findall(content, start, end):
        is_open = mark == "“" or (mark == '"' and not is_open)
    return is_open


def said_by_pronoun(text: str) -> bool:
    """Does the sentence give its words to "he" or "she" ("..., he added", "“...,” she said")?"""
    return bool(_by_pronoun().search(text))


def _starts_a_quote(text: str) -> bool:
    """A quotation that opens the sentence and goes on past it ('"A failure by the United States to defend
    its allies ... will lead only to ...'): five words or more, no closing mark."""
    stripped = text.lstrip(" *_")
    return stripped[:1] in "“\"" and not any(mark in stripped[1:] for mark in "”\"") and len(stripped.split()) >= 5


_QUOTE_CUE_WORDS = 5
_QUOTE_MARK = re.compile(r"[“”\"]")
# A term the writer holds at a distance, in the writer's own sentence ('so-called "crimes against humanity"',
# 'the "temporary checkpoints"'): three words or fewer in quotation marks after "so-called" or an article,
# a demonstrative or a possessive. No one's words to trace; "called it “a disgrace”" quotes someone.
_HELD_AT_A_DISTANCE = re.compile(r"(?:\bso-called|\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your))"
                                 r"[^\S\n]+[“\"][^”\"\s]+(?:[^\S\n]+[^”\"\s]+){0,2}[”\"]", re.I)


def quoted_words(text: str) -> re.Match | None:
    """The first words in quotation marks (twelve characters or more) that are someone's, not a term the
    writer holds at a distance."""
    return next((m for m in _QUOTED.finditer(text) if not _held_at_a_distance(text, m)), None)


def _held_at_a_distance(text: str, quoted: re.Match) -> bool:
    return any(held.end() == quoted.end() for held in _HELD_AT_A_DISTANCE.finditer(text, max(0, quoted.start() - 12),
                                                                                     quoted.end()))


def _quoted_opening(text: str) -> str | None:
    """The first words of what a sentence quotes, as written, in quotation marks ("“Although 10,000
    deaths a month…”"): the words to check of a quotation."""
    match = _QUOTATION.search(text) or quoted_words(text) or _OPENS_A_QUOTE.search(text)
    closing = _CLOSES_A_QUOTE.search(text)
    # A quotation opened in an earlier sentence and closed in this one ('Nobody ever asks us," said Maria
    # Lopez, a mother ...'): its closing mark is no opening one, whatever follows it.
    if closing is not None and (match is None or not _QUOTE_MARK.search(text, 0, closing.start() + 1)):     # the end of a quotation opened in an earlier sentence: its words open this one
        quoted = text[:closing.start() + 1].lstrip(" *_“\"‘'")
    elif match is None:
        return None
    else:
        quoted = text[match.start():match.end()].lstrip(":, ")[1:].rstrip("”\"")
    words = quoted.split()
    opening = " ".join(words[:_QUOTE_CUE_WORDS]).rstrip(",;:.—–")
    return f"“{opening}…”" if len(words) > _QUOTE_CUE_WORDS else f"“{opening}”"


def is_quoted_cue(cue: str) -> bool:
    """Is a claim's cue the opening of its quotation (see ``_quoted_opening``) rather than a figure or a word?"""
    return cue.startswith("“")
