"""Checkable claims: sentences with dates, numbers, quotations of others, cited documents, events or
corrections, each linked to a known check (data/checks.yaml) when one settles it.

Two steps, as in a rule-based matcher: ``split_sentences`` and ``find_cues`` find spans; ``detect_claims``
turns them into ``Claim`` findings. The cue words are data (checks.yaml 'claim_kinds'); this module only
knows how to match them. Offsets index ``source.content``; only the body is searched.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..datafiles import DATA_DIR, compile_term, read_mapping
from ..text.source import Source
from .checks import load_checks   # checks.yaml holds the claim cues and the known checks
from .checkworthy import (MONTH_ABBREVIATIONS, MONTHS, features_of, is_date_word, load_scorer, numbers, past_verbs,
                          salient_names, salient_words)
from .detect_text import ends_with_abbreviation, matches_with_offsets, sentence_windows, whole_words
from .findings import Claim

# A sentence ends at . ! ? (with any closing quotes or emphasis marks) followed by white space and
# something that can start a sentence. Paragraph ends always end a sentence. Read as
#     [.!?…]+[”"’'*)\]]*(?=\s+[“"‘'(\[*]*[A-Z0-9“"])|\n[ \t]*\n(?=[ \t]*[“"‘'(\[*]*[A-Z])
# It is written to start with a character class, the first character of either branch: then the regex
# engine jumps between those characters instead of trying the pattern at every position (0.1 ms per text).
# Linear on runs of punctuation or spaces (issue 17: 100 KB of "." took 123 s): a run is matched from its
# first character only, and possessively, so that no position inside it is tried again.
_SENTENCE_END = re.compile(r"""(?<![.!?…])[.!?…]++[”"’'*)\]]*+(?=\s++[“"‘'(\[*]*[A-Z0-9“"])"""
                           r"""|\n[ \t]*+\n(?=[ \t]*+[“"‘'(\[*]*[A-Z])"""
                           # Two sentences glued without a space ("post corporate society.It has been"): a
                           # full stop between a lower-case word and a capitalised one ("U.S.A", "J.K.Rowling"
                           # and "Amazon.com" are not glued sentences).
                           r"""|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+[^\S\n])""")
_WORD = re.compile(r"\w+")
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
# A verb of the future ("will constitute", "won't last", "is going to fall", "we’ll see") with the verb it
# carries: the sentence tells what has not happened yet. ("the will of the people" is no verb.)
_FUTURE = re.compile(r"\b(?:will|won['’]t|(?:is|are|am)\s+going\s+to|\w+['’]ll)"
                     r"(?:\s+(?:not|also|still|never|soon|only|likely|probably|then|now|ultimately|eventually|"
                     r"further|surely|certainly|definitely|more\s+than\s+likely|most\s+likely|almost\s+certainly))*"
                     r"(?:\s+be)?\s+(?!(?:of|the|a|an|and|to|be)\b)[a-z]+")
# A verb that says something is expected ("shortages ... are likely to persist", "is expected to rise"): a
# forecast too.
_EXPECTED = re.compile(r"\b(?:is|are|am|['’]re|remains?)\s+(?:\w+ly\s+)?(?:likely|unlikely|expected|set|bound|poised)\s+to\s+"
                       r"(?!(?:the|a|an|and|be\s+(?:\w+ed|said)\b)\b)[a-z]+")
# ("shall" is left out: in a law or a treaty it states a rule, "shall be removed from Office".)
# A time ahead that a figure or date of a prediction measures ("in about five years", "another six months",
# "by 2030"): the figure is the forecast's horizon, not a count anyone made.
_HORIZON = re.compile(r"\b(?:in|within|by|over|for|next|another|coming|until)\s+(?:about\s+|around\s+|roughly\s+|"
                      r"some\s+|the\s+(?:next|coming)\s+)?(?:[\w,.]+\s+)?(?:years?|months?|weeks?|days?|decades?)\b|"
                      r"\b(?:by|until)\s+(?:1[89]|20)\d\d\b", re.I)
# What would have been ("The war would have never happened without ..."): a judgement of causes, no event.
# Someone's words told, not quoted: "..., he added, as ...", "— but said that Republicans ...", "..., the
# minister said." The sentence reports what a person said; their own record settles it, not a report of
# an event. The verbs of saying are the voices' (data/voices.yaml 'verbs', ``_saying``).
_SPEAKER = r"(?:he|she|they|officials|experts|the[^\S\n]+(?:[a-z]+[^\S\n]+)?[a-z]+|(?:the[^\S\n]+)?[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})"
# A sentence about anyone or everyone generalises: no report of one event settles it.
_GENERAL_SUBJECT = re.compile(r"^\W*(?:Anyone|Anybody|Everyone|Everybody|Nobody|No one|Whoever|Most people|Many people)\b")
_STATE_VERBS = frozenset(("was", "were", "had"))
# The finite verb that opens a clause after its subject ("... said the firm had been", "... say the testing
# still misses", "... says it began"): an auxiliary or a past tense, an adverb allowed before it.
_ASIDE = re.compile(r",[^,;.]{1,80},")
_CLAUSE_VERB = (r"(?:(?:still|also|never|already|now|often|rarely)[^\S\n]+[a-z]+s|"
                r"(?:was|were|is|are|had|has|have|would|could|will|can|did|does|\w+ed|began|went|made|took|gave|"
                r"got|knew|left|found|sent|paid|spent|told)\b)")
# The verbs of saying, and the documents and things that say nothing, are the voices' (data/voices.yaml, read as
# it stands by ``_voice_words``).


@dataclass(frozen=True)
class SayingVerb:
    """A verb form of data/voices.yaml 'verbs', with the flags that decide whether it reports words."""

    form: str
    ambiguous: bool = False     # also a noun ("claims", "notes")
    position: bool = False      # a stance ("wants"), not words said
    before: tuple[str, ...] = ()    # needs a given word after it ("plans to")
    bodies_act: bool = False    # also a deed a body does ("recalled", "declared")


@lru_cache(maxsize=1)
def saying_verbs() -> tuple[SayingVerb, ...]:
    """Every verb form of data/voices.yaml, as voices.py reads them (lower case; a bad entry is voices.py's
    to report: ``medialit check``)."""
    data = _voice_words()
    return tuple(SayingVerb(str(form).lower(), bool(item.get("ambiguous")), bool(item.get("position")),
                            tuple(item.get("before") or ()), bool(item.get("bodies_act")))
                 for item in data.get("verbs") or () if isinstance(item, dict)
                 for form in item.get("forms") or ())


@lru_cache(maxsize=1)
def _says_nothing() -> frozenset[str]:
    """Documents and things (data/voices.yaml 'documents', 'things'): "the records showed that ..." is no
    one's words."""
    data = _voice_words()
    return frozenset(str(w).lower() for key in ("documents", "things") for w in data.get(key) or ())


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


_WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+(?:(?:also|later|\w+ly)[^\S\n]+)?$")


# ("... more damage than COVID could ever have done": what might have been, measured against what is.)
_WOULD_HAVE = re.compile(r"\b(?:would|could|might)(?:\s+not|n['’]t)?\s+(?:(?:\w+ly|ever|never)\s+)?have\s+"
                         r"(?:never\s+|not\s+)?[a-z]+")
# A judgement as the sentence's predicate ("... are nothing new", "was simply reckless", "is a disgrace"):
# an opinion about someone named, which no report of an event settles. On CT24 train, 412 sentences
# have one, 15.8% of them check-worthy (24.1% of all): a cue of opinion, used to choose the kind only.
_JUDGEMENTS = (r"wrong|right|good|bad|great|terrible|horrible|awful|disgraceful|shameful|ridiculous|absurd|outrageous|"
               r"dangerous|reckless|irresponsible|unacceptable|dishonest|corrupt|incompetent|pathetic|stupid|foolish|"
               r"insane|crazy|nothing[^\S\n]+new|an?[^\S\n]+(?:disaster|disgrace|joke|failure|mistake)|unfair|wonderful|"
               r"fantastic|tremendous|hypocritical|shameless|laughable|misguided|naive|deplorable|despicable|evil|immoral")
_JUDGED = re.compile(rf"\b(?:is|are|was|were|has[^\S\n]+been|have[^\S\n]+been|['’]s|['’]re)[^\S\n]+(?:not[^\S\n]+)?"
                     rf"(?:(?:so|very|simply|just|truly|really|\w+ly)[^\S\n]+)?(?:{_JUDGEMENTS})\b", re.I)
# Someone who might say something ("a cynic might say that ..."): the writer's own view, lent to no one.
_HYPOTHETICAL_SPEAKER = re.compile(r"\b(?:might|could|would|may)\s+(?:well\s+)?(?:say|argue|claim|object|think)\b")
# Features whose reasons say something happened ("it reports something that happened"): not the reasons
# given for a prediction or a statement, which tell no deed (the score still counts them).
_DEED_FEATURES = frozenset(("past_event", "dated_event", "actor_event", "pronoun_past", "present_perfect"))
_NO_DEED = ("prediction", "statement")
# Features of a sentence (data/checkworthy.yaml) that say something has happened or been done.
_HAPPENED = frozenset(("pronoun_past", "present_perfect", "record"))
_YEAR_ONLY = re.compile(r"1[89]\d\d|20\d\d")
# A sentence about the author rather than the story: "born in", "is the author of", "her books".
_BIOGRAPHY = re.compile(r"\b(?:was born|born in|is the author of|is an? (?:writer|journalist|columnist|author|"
                        r"editor|freelance|contributing)|(?:his|her|their) (?:latest |new |recent )?books?\b|"
                        r"has written for|graduated from|holds a (?:PhD|doctorate|degree))", re.I)
_BIO_HINT = re.compile(r"\b(?:book|books|author|writer|journalist|editor|born|graduated|PhD|professor|column|"
                       r"blog|website|podcast)\b", re.I)
_ACCORDING_TO_A_VIEW = re.compile(r"\s+(?:their|his|her|its|our|my|your|plan|schedule)\b", re.I)
_MIN_WORDS = 6          # shorter lines are bylines, datelines and labels, not claims
# "one" that counts nothing: a pronoun or a rank ("one of the strictest bans", "no one", "the one who",
# "one day"); "one in five", "one million" and "one person" still count.
# ("—one contained in earlier variants": after a dash, "one" stands for a thing just named.)
_ONE_BEFORE = re.compile(r"(?:\b(?:no|the|this|that|every|any|each|which|some|someone|anyone|at|only|"
                         # (vr-24) "the next one", "every single one", "would lead one to", "makes one wonder"
                         r"first|next|last|single|other|same|lead|leads|led|makes|made)\s+|[—–]\s*)$", re.I)
_ONE_AFTER = re.compile(r"(?:[.,;:!?)”\"]|[-’'](?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)[a-z])|"
                        r"\s+(?:of\b|"   # "one of the", "one of Neptune's storms": one among others
                        r"another\b|day\b|time\b|point\b|thing\b|way\b|side\b|hand\b|more\b|bit\b|step\b|"
                        # "in one form or another"; "one that works", "one which": a pronoun
                        r"[a-z]+\s+or\s+another\b|(?:that|which|who|whom)\b|"
                        # "one by one", "one after another": a manner, no count
                        r"by\s+one\b|after\s+(?:another|the\s+other)\b|"
                        # "had issued one in almost ten years"; "one in five", "one in 10" still count
                        r"in\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+(?:hundred|thousand|million))\b)|"
                        # the pronoun: "one would think", "one could bless", "one has stood out"
                        r"(?:could|would|should|can|must|might|may|will|has|is|was|does|were|need|needs|wonders|"
                        r"feels|realizes|sees|finds)\b|"
                        # (vr-24) "in one case"; "one Kino Roe" (a certain); before the spaces: "a temporary
                        # one.", "one-time", "one’s career"
                        r"case\b|(?-i:[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+)|"
                        # "one piece of the new Europe", "one member of the board": one among others too
                        r"(?!(?:million|billion|trillion|thousand|hundred)\b)[a-z]+\s+of\b)", re.I)
_MEASURE_AFTER_HYPHEN = re.compile(r"-(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|miles?|kilomet\w+|"
                                   r"metres?|meters?|feet|foot|percent|fold|times?)\b", re.I)
# A counterfactual ("Had we expanded access, we could have ..."; "If they had acted, it would have ...")
# tells what did not happen: there is no event to find a report of.
_COUNTERFACTUAL = re.compile(r"^\W*(?:Had\s+(?:we|they|I|he|she|it|you|the|our|their|this|that)\b|"
                             r"If\b[^,;]{0,120}\bhad\b[^.;]*\b(?:would|could|might)(?:\s+have|['’]ve)\b)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class CueMatch:
    """Where a group of cue words occurs together: the sentence and the span from first to last word."""

    sentence: Sentence
    start: int
    end: int
    words: tuple[str, ...]


def split_sentences(source: Source) -> list[Sentence]:
    """Sentences of the body, in order, each inside one paragraph. Several steps ask for the same
    source's sentences, so the last result is kept (a copy is returned: callers may change theirs)."""
    if _last_sentences and _last_sentences[0][0] is source:
        return list(_last_sentences[0][1])
    sentences = _split_sentences(source)
    _last_sentences[:] = [(source, tuple(sentences))]
    return sentences


_last_sentences: list[tuple[Source, tuple[Sentence, ...]]] = []


def _split_sentences(source: Source) -> list[Sentence]:
    sentences: list[Sentence] = []
    content = source.content
    for paragraph in source.paragraphs:
        start = paragraph.start
        for match in _SENTENCE_END.finditer(content, paragraph.start, paragraph.end):
            if ends_with_abbreviation(content, start, match.end()):
                continue
            sentences.extend(_trimmed(content, s, e, paragraph.number) for s, e in sentence_windows(content, start, match.end()))
            start = match.end()
        if content[start:paragraph.end].strip():
            sentences.extend(_trimmed(content, s, e, paragraph.number) for s, e in sentence_windows(content, start, paragraph.end))
    return [s for s in sentences if s.end > s.start]


def _trimmed(content: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and content[start].isspace():
        start += 1
    while end > start and content[end - 1].isspace():
        end -= 1
    return Sentence(start, end, paragraph)


def find_cues(source: Source, groups: tuple[tuple[str, ...], ...], sentences: list[Sentence] | None = None,
              within: str = "sentence") -> list[CueMatch]:
    """Every sentence (or paragraph, with ``within="paragraph"``) where all words of a group occur,
    in text order; a span matched by an earlier group is not reported again for a later one."""
    units = sentences if within == "sentence" and sentences is not None else (
        split_sentences(source) if within == "sentence" else
        [Sentence(p.start, p.end, p.number) for p in source.paragraphs])
    index = _term_index(source)
    unit_starts = [unit.start for unit in units]
    found: dict[int, CueMatch] = {}
    for group in groups:
        # Units holding a match of every term: intersect per term, smallest first.
        per_term = [index.units_with(term, units, unit_starts) for term in group]
        common = set.intersection(*(set(hits) for hits in sorted(per_term, key=len))) if per_term else set()
        for unit_number in sorted(common - found.keys()):
            hits = [hits[unit_number] for hits in per_term]
            found[unit_number] = CueMatch(units[unit_number], min(h[0] for h in hits), max(h[1] for h in hits),
                                          tuple(source.content[h[0]:h[1]] for h in hits))
    return sorted(found.values(), key=lambda m: (m.start, m.end))


class _TermIndex:
    """Where each cue term occurs in one source's body. Cue lookups run for claims, framing, checks and
    every catalog reading, so the body's words are indexed once and plain-word terms are looked up
    there; only terms with punctuation inside ("so-called", "U.S.") need their regular expression, and
    it is tried only where the term's first word occurs."""

    def __init__(self, source: Source):
        self.source = source
        self._positions: dict[str, list[tuple[int, int]]] = {}
        # Word n is self._tokens[n], at self._starts[n]:self._ends[n].
        self._tokens, self._starts, self._ends = _words_of(source.content, source.body_start)
        self._where: dict[str, list[int]] = {}
        for number, word in enumerate(self._tokens):
            self._where.setdefault(word, []).append(number)

    @cached_property
    def _words(self) -> list[str]:
        """The body's distinct words in order, for prefix terms ("indivisib*")."""
        return sorted(self._where)

    def positions(self, term: str) -> list[tuple[int, int]]:
        if term not in self._positions:
            alternatives = _alternatives(term)
            if len(alternatives) == 1:      # most terms: its matches are in order, one per start
                spans = self._alternative(alternatives[0])
            else:
                # As the pattern would: at each start the first alternative wins.
                by_start: dict[int, tuple[int, int]] = {}
                for alternative in alternatives:
                    for span in self._alternative(alternative):
                        by_start.setdefault(span[0], span)
                spans = [by_start[start] for start in sorted(by_start)]
            kept: list[tuple[int, int]] = []
            for span in spans:          # and matches do not overlap
                if not kept or span[0] >= kept[-1][1]:
                    kept.append(span)
            self._positions[term] = kept
        return self._positions[term]

    def _alternative(self, alternative: str) -> list[tuple[int, int]]:
        prefix, words, plain, pieces = _parsed(alternative)
        if not plain:
            return self._pattern_matches(alternative, pieces)
        if len(words) == 1:
            if not prefix:                  # most alternatives: one whole word
                return [(self._starts[number], self._ends[number]) for number in self._where.get(words[0], ())]
            # Like the pattern, a prefix term ("indivisib*") covers only the prefix, not the whole word.
            return [(self._starts[number], self._starts[number] + len(words[0]))
                    for number in self._prefixed(words[0])]
        # Look only where the rarest whole word of the term is: "is" is everywhere, "journalist" is not.
        whole = words[:-1] if prefix else words
        anchor = min(range(len(whole)), key=lambda at: len(self._where.get(whole[at], ())))
        spans = []
        for number in self._where.get(whole[anchor], ()):
            first, last = number - anchor, number - anchor + len(words) - 1
            if first < 0 or last >= len(self._tokens) or not self._spells(first, words, prefix):
                continue
            end = self._starts[last] + len(words[-1]) if prefix else self._ends[last]
            spans.append((self._starts[first], end))
        return spans

    def _pattern_matches(self, alternative: str, pieces: tuple[str, ...]) -> list[tuple[int, int]]:
        """Matches of an alternative with punctuation inside ("Editor's note", "said, “"). One that starts
        with a word can only match where a token spells that word, so the pattern is tried at those
        tokens only (running it over the whole body cost 0.1 ms per term and text)."""
        pattern = compile_term(alternative)
        content = self.source.content
        if not pieces or not alternative.lower().startswith(pieces[0]):
            return [m.span() for m in pattern.finditer(content, self.source.body_start)]
        spans: list[tuple[int, int]] = []
        for number in self._where.get(pieces[0], ()):
            start = self._starts[number]
            if spans and start < spans[-1][1]:
                continue        # as with finditer, matches do not overlap
            match = pattern.match(content, start)
            if match:
                spans.append(match.span())
        return spans

    def _prefixed(self, word: str) -> list[int]:
        """Numbers of the tokens that start with ``word``, in order."""
        numbers: list[int] = []
        at = bisect.bisect_left(self._words, word)
        while at < len(self._words) and self._words[at].startswith(word):
            numbers.extend(self._where[self._words[at]])
            at += 1
        return sorted(numbers)

    def _spells(self, first: int, words: tuple[str, ...], prefix: bool) -> bool:
        """Do the tokens from ``first`` on spell the term's words, separated only by white space?"""
        content = self.source.content
        for offset, word in enumerate(words):
            token = self._tokens[first + offset]
            is_last = offset == len(words) - 1
            if not (token == word or (prefix and is_last and token.startswith(word))):
                return False
            if offset and not content[self._ends[first + offset - 1]:self._starts[first + offset]].isspace():
                return False
        return True

    def units_with(self, term: str, units: list[Sentence], unit_starts: list[int]) -> dict[int, tuple[int, int]]:
        """Unit number -> the first match of ``term`` lying wholly inside that unit."""
        result: dict[int, tuple[int, int]] = {}
        for start, end in self.positions(term):
            number = bisect.bisect_right(unit_starts, start) - 1
            if number >= 0 and number not in result and end <= units[number].end:
                result[number] = (start, end)
        return result


def _words_of(content: str, start: int) -> tuple[list[str], list[int], list[int]]:
    """The words of ``content`` from ``start`` on, in lower case, with the offsets in ``content`` where
    each starts and where each ends: what ``_WORD.finditer(content, start)`` finds, without a match
    object and a span tuple per word (which the garbage collector would also have to visit). Offsets
    come from the text as written: lower case can be longer ("İ")."""
    words, starts, ends = matches_with_offsets(_WORD, content, start)
    return list(map(str.lower, words)), starts, ends


@lru_cache(maxsize=1 << 12)
def _alternatives(term: str) -> tuple[str, ...]:
    """The alternatives of a cue term ("Response Force|NRF"), as ``compile_term`` reads them."""
    return tuple(a for a in (a.strip() for a in term.split("|")) if a)


@lru_cache(maxsize=1 << 14)
def _parsed(alternative: str) -> tuple[bool, tuple[str, ...], bool, tuple[str, ...]]:
    """An alternative of a cue term, as ``_TermIndex`` looks it up: whether it is a prefix ("indivisib*"),
    its words in lower case, whether they are all plain words, and the words the body's tokens would
    hold. (The same few hundred terms are looked up in every text.)"""
    prefix = alternative.endswith("*")
    words = tuple(alternative.rstrip("*").lower().split())
    plain = bool(words) and all(_WORD.fullmatch(w) for w in words)
    return prefix, words, plain, (() if plain else tuple(_WORD.findall(" ".join(words))))


def term_positions(source: Source, term: str) -> list[tuple[int, int]]:
    """(start, end) of every match of a cue term in the body, as ``compile_term(term).finditer`` finds them."""
    return _term_index(source).positions(term)


_last_index: list[_TermIndex] = []


def _term_index(source: Source) -> _TermIndex:
    """One index per source, kept while the same source is being worked on (lessons are composed one
    at a time, so a single slot is enough and memory stays flat)."""
    if not _last_index or _last_index[0].source is not source:
        _last_index[:] = [_TermIndex(source)]
    return _last_index[0]


def clause_around(source: Source, sentence: Sentence, start: int, end: int, limit: int = 180) -> tuple[int, int]:
    """A short span of the sentence holding ``start:end``: the whole sentence if short, else the clause
    (between commas, semicolons, colons or dashes) around it. Always exact text of the source."""
    content = source.content
    if sentence.end - sentence.start <= limit and "\n\n" not in content[sentence.start:sentence.end]:
        return _strip_marks(content, sentence.start, sentence.end)
    left = start
    while True:
        while left > sentence.start and not _boundary(content, sentence, left - 1):
            left -= 1
        # An aside between dashes ("The mill owners — and I name no man, for all know them — have grown
        # fat") does not end the clause: without what comes before it, the quote loses its subject.
        opening = _aside_opening(content, sentence, left - 1)
        if opening is None:
            break
        left = opening
    right = end
    while True:
        while right < sentence.end and not _boundary(content, sentence, right):
            right += 1
        closing = _aside_closing(content, sentence, right)
        if closing is None:
            break
        right = closing + 1
    if _thin(content, sentence, left, right):
        left, right, leftwards = _widened(content, sentence, left, right)
        if right - left > limit:
            return _strip_marks(content, *_cut(content, left, right, limit, leftwards))
    if right - left > limit:
        # Cut at the end, from the clause's start if the cue words fit: a quote that opens on the figure
        # ("200,000 Thursday as new surges ...") or after an aside ("— have grown fat") loses its subject.
        # A cue too far into its clause keeps a few words before it: "Supreme Court rulings such as Roe v.
        # Smith in 1948 that banned ..." rather than "1948 that banned ...", which has lost its subject.
        if end - left > limit:
            left = min(start, max(left, end - limit, start - _LEAD_IN))
            while left < start and not content[left - 1].isspace():
                left += 1
            # not on a word that leans on the one before ("of agreement signed at ..." is "memoranda of
            # agreement signed at ...")
            while left > sentence.start and _LEANING.match(content, left):
                left = content.rfind(" ", sentence.start, left - 1) + 1 or sentence.start
        right = min(sentence.end, max(end, left + limit))
        while right < sentence.end and content[right - 1].isalnum():
            right += 1
        right = _without_dangling_words(content, max(end, left), right)
    return _strip_marks(content, left, right)


_DASHES = "—–"
_LEAD_IN = 60       # characters kept before a cue deep inside a long clause
_LEANING = re.compile(r"(?:of|at|in|on|to|for|from|by|with|and|or|than|as|that|which|who)\b", re.I)


def _aside_opening(content: str, sentence: Sentence, at: int) -> int | None:
    """Where the aside opens whose closing dash is ``content[at]``, or None if ``at`` closes no aside.
    Dashes pair in order within the sentence: the second, fourth ... close."""
    if not (sentence.start <= at < sentence.end and content[at] in _DASHES):
        return None
    dashes = _dashes_in(content, sentence.start, sentence.end)
    number = bisect.bisect_left(dashes, at)
    return dashes[number - 1] if number % 2 == 1 else None


def _aside_closing(content: str, sentence: Sentence, at: int) -> int | None:
    """Where the aside that opens with the dash ``content[at]`` closes, or None."""
    if not (sentence.start <= at < sentence.end and content[at] in _DASHES):
        return None
    dashes = _dashes_in(content, sentence.start, sentence.end)
    number = bisect.bisect_left(dashes, at)
    return dashes[number + 1] if number % 2 == 0 and number + 1 < len(dashes) else None


@lru_cache(maxsize=8)
def _dashes_in(content: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets of the dashes in ``content[start:end]``, found once per sentence (a run of dashes stays linear)."""
    return tuple(i for i in range(start, end) if content[i] in _DASHES)


# A clause that holds nothing checkable on its own: a lead-in ("In 2006", "According to the WMO") or
# what follows a quotation ("” she said"). Five words: "In 2006, for example" is still a lead-in.
_MIN_CLAUSE_WORDS = 5
_ATTRIBUTION_LEAD = re.compile(r"\W*according\s+to\b", re.I)


def _thin(content: str, sentence: Sentence, left: int, right: int) -> bool:
    last = _LAST_WORD.search(content, left, right)      # "... had come from the coast where, for ..."
    return (len(_WORD.findall(content, left, right)) < _MIN_CLAUSE_WORDS or bool(_ATTRIBUTION_LEAD.match(content, left, right))
            or _after_a_quotation(content, sentence, left, right) or bool(last and last.group(1) in _DANGLING)
            or _names_only(content, left, right))


_NAME_GLUE = frozenset(("of", "the", "for", "and", "de", "von", "van"))


def _names_only(content: str, left: int, right: int) -> bool:
    """A clause of names and titles only ("Defense Secretary Lloyd Austin, Joint Chiefs Chairman Gen. Mark
    Milley"): one item of a list, which says nothing of what they did."""
    words = _WORD.findall(content, left, right)
    return bool(words) and all(w[0].isupper() or w in _NAME_GLUE for w in words)


def _after_a_quotation(content: str, sentence: Sentence, left: int, right: int) -> bool:
    """Does the clause open with the closing mark of a quotation ("” said Jo Roe of the ...")?"""
    text = content[left:right].lstrip(" ,")
    return left > sentence.start and (text.startswith("”") or (text.startswith('"') and content.count('"', sentence.start, left) % 2 == 1))


def _widened(content: str, sentence: Sentence, left: int, right: int) -> tuple[int, int, bool]:
    """A thin clause with its neighbours: the clauses after it (before it, at the sentence's end) up to
    and including the first that is not short ("In 2011, for instance, Northland chose talks ...";
    "According to historian, Jo Roe, and ..., Al Doe, the US has ..."; "“...,” she said"). Also tells
    whether it grew to the left."""
    # What follows a quotation ("” she said, ...") belongs with the words quoted before it, and an aside
    # between dashes ("... its busiest day – 152 admissions – since the flood ...") with what it qualifies.
    leftwards = _after_a_quotation(content, sentence, left, right) or _opens_an_aside(content, sentence, left)
    while True:
        if right < sentence.end and not (leftwards and left > sentence.start):
            grown = right + 1
            while grown < sentence.end and not _clause_mark(content, grown):
                grown += 1
            added, right = len(_WORD.findall(content, right, grown)), grown
        elif left > sentence.start:
            grown = left - 1
            while grown > sentence.start and not _clause_mark(content, grown - 1):
                grown -= 1
            added, left, leftwards = len(_WORD.findall(content, grown, left)), grown, True
        else:
            return left, right, leftwards
        if added >= _MIN_CLAUSE_WORDS and not _names_only(content, left, right):
            return left, right, leftwards


def _opens_an_aside(content: str, sentence: Sentence, left: int) -> bool:
    """Does the clause at ``left`` open just after a dash that opens an aside (one that a later dash closes)?"""
    at = left - 1
    while at > sentence.start and content[at].isspace():
        at -= 1
    return _aside_closing(content, sentence, at) is not None


def opening_words(source: Source, start: int, end: int, limit: int) -> str:
    """The opening of ``start:end`` as written, at most ``limit`` characters, cut at a word's end (no
    dangling "of the") and without a mark left alone at its edges (a quotation's opening mark whose
    closing one was cut off): a pointer to a long span, never the span pasted whole."""
    content = source.content
    if end - start > limit:
        start, end = _cut(content, start, end, limit, leftwards=False)
    start, end = _strip_marks(content, start, end)
    return content[start:end]


def _cut(content: str, left: int, right: int, limit: int, leftwards: bool) -> tuple[int, int]:
    """At most ``limit`` characters of ``left:right`` at word ends, keeping the end the span grew to
    (a quotation before "” she said" keeps its last words)."""
    if leftwards:
        left = right - limit
        while left < right and not content[left - 1].isspace():
            left += 1
        return left, right
    end, right = right, left + limit
    while right < end and (content[right - 1].isalnum() or content[right - 1] in "-’'"):
        right += 1
    return left, _without_dangling_words(content, left, right)


def _boundary(content: str, sentence: Sentence, at: int) -> bool:
    """Does the clause around a cue end at ``content[at]``? Not at a mark inside brackets ("(€550,000,
    or £477,000)"): a quote that opens inside them is cut off from what they belong to."""
    if not _clause_mark(content, at):
        return False
    # Brackets are looked for near the mark only, so that a long run of marks stays linear.
    start, end = max(sentence.start, at - _BRACKET_REACH), min(sentence.end, at + _BRACKET_REACH)
    if content.find("(", start, at) < 0:
        return True
    depth = content.count("(", start, at) - content.count(")", start, at)
    return depth <= 0 or content.find(")", at, end) < 0


_BRACKET_REACH = 200


def _clause_mark(content: str, at: int) -> bool:
    """Does a clause end at ``content[at]``? Not at the comma or colon of a figure ("840,000", "10:30"),
    nor at the comma between a day and its year ("February 8, 2018")."""
    if content[at] not in ",;:—–\n":
        return False
    if content[at] == "," and _YEAR_AFTER_COMMA.match(content, at + 1) and _MONTH_DAY_BEFORE.search(content, max(0, at - 16), at):
        return False
    if content[at] == ":" and content.startswith("//", at + 1):
        return False        # the colon of a web address ("https://...")
    return not (content[at] in ",:" and content[at - 1:at].isdigit() and content[at + 1:at + 2].isdigit())


_YEAR_AFTER_COMMA = re.compile(r"[^\S\n]+(?:1[6-9]|20)\d\d\b")
_MONTH_DAY_BEFORE = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+\d{{1,2}}$")


# A quote cut short must not end on a word that promises more ("gives abortion opponents the").
_DANGLING = frozenset("a an the and or but nor of to in on at by for from with as into than that which who whose "
                      "whom where when while because if his her its their our your my this these those "
                      # an auxiliary promises its verb ("whether the agency did")
                      "did does do is are was were has have had will would could should can may might must".split())
_LAST_WORD = re.compile(r"\s+([A-Za-z]+)\W*$")


def _without_dangling_words(content: str, keep: int, end: int) -> int:
    """``end`` moved back over closing words a cut left hanging, never before ``keep``."""
    while (last := _LAST_WORD.search(content, keep, end)) and last.group(1).lower() in _DANGLING:
        end = last.start()
    return end


_NOTE_MARK = re.compile(r"\[\d{1,3}\]\s*")


def _strip_marks(content: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space, emphasis, a note's mark ("[1] ") and punctuation at the edges of a span, keeping
    brackets balanced."""
    while start < end and (content[start].isspace() or content[start] in "*_[“\"‘'"):
        mark = _NOTE_MARK.match(content, start, end)
        start = mark.end() if mark else start + 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in "*_],;:—–"):
        end -= 1
    for opening, closing in (("(", ")"), ("“", "”")):
        while start < end and content[start] == opening and content.count(opening, start, end) > content.count(closing, start, end):
            start += 1
        while end > start and content[end - 1] == closing and content.count(closing, start, end) > content.count(opening, start, end):
            end -= 1
        if content.count(opening, start, end) > content.count(closing, start, end) and content[end:end + 1] == closing:
            end += 1
    return start, end


# ---------------------------------------------------------------------------------------------- claims


def detect_claims(source: Source) -> list[Claim]:
    """One claim per sentence worth checking: its check-worthiness score (see ``checkworthy``) reaches
    the model's threshold and it carries a cue of a checkable kind, or a known check settles it. Cues
    that only look like facts (a model number, the modal "may", a year in the author's biography) are
    not cues. Each claim carries its score and the reasons a student can follow."""
    checks = load_checks()
    scorer = load_scorer()
    sentences = split_sentences(source)
    correction_after = _correction_headings(source, checks)
    cue_words = _cue_words_by_sentence(source, sentences, checks)
    known_checks = _checks_by_sentence(source, sentences, checks)
    author = _author_names(source)
    posts = _embedded_posts(source, sentences)
    shifts = scorer.shifts([source.content[s.start:s.end] for s in sentences])   # one embedding call per text
    not_names, known = names_to_ignore(source), names_known(source)
    quoted = _inside_quotations(source, sentences)
    claims: list[Claim] = []
    for number, sentence in enumerate(sentences):
        text = source.content[sentence.start:sentence.end]
        if text.strip(" *_#") == source.meta.title.strip() or _looks_like_a_heading(text):
            continue            # the title repeated as the body's first line, or a subheading: not a claim
        if _is_post_signature(text):
            continue            # "pic.twitter.com/x — Jo Roe (@joroe) May 6, 2017": an embed's byline, no claim
        biography = _is_biography(text, author)
        kinds, cues = _kinds_of(text, checks, cue_words.get(number, {}), biography)
        if sentence.paragraph in correction_after and _first_in_paragraph(sentence, sentences):
            kinds.insert(0, "correction")
            cues.insert(0, correction_after[sentence.paragraph])
        kind = kinds[0] if kinds else None
        check = next((c.id for c in known_checks.get(number, ()) if c.claim_kind in (None, kind)), None)
        present = features_of(text, scorer, biography)
        score = scorer.score(present, shifts[number])
        if check is None and (biography or len(text.split()) < _MIN_WORDS or _COUNTERFACTUAL.match(text) or
                              (score < scorer.threshold and kind != "correction")):
            continue
        if check is None and number in posts and kind in (None, "event", "date"):
            # An embedded post's words are its author's: their post settles them, not a report of an event
            kind, cues = "quotation", [f"{POST_BY}{posts[number]}"]
        elif check is None and kind in (None, "event") and (link := _CITED_LINK.search(text)):
            # "... https://www.example.org/plans.pdf So she used ...": the text gives the address of what it
            # relies on; the page at that address is what to open first
            kind, cues = "document", [link.group("host")]
        elif check is None:
            kind, cues = _by_what_it_tells(text, kind, cues, present, not_names, number in quoted, known)
        elif kind is None:      # settled by a known check without a cue of a kind
            kind, cues = "quotation" if _QUOTATION.search(text) else "event", list(salient_words(text))
        claims.append(Claim(start=sentence.start, end=sentence.end, text=text, paragraph=sentence.paragraph,
                            kind=kind, cues=tuple(dict.fromkeys(cues)), check=check, score=round(score, 3),
                            reasons=scorer.reasons(present - _DEED_FEATURES if kind in _NO_DEED else present)))
    return claims


def _by_what_it_tells(text: str, kind: str | None, cues: list[str], present: frozenset[str],
                      not_names: frozenset[str] = frozenset(), quoted: bool = False,
                      known: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """The kind of a claim from what its sentence tells, where its cues do not settle it. A sentence about
    the future that reports nothing done ("In five years Germans will be a minority") is a prediction:
    no report of an event or count can exist yet, whatever figure or date it gives. A sentence worth
    checking without a cue of a kind is an event only if it tells what happened; else it states how
    things are or judges them ("They are tortured by their history"), and no report of an event settles
    that: the student separates what a source could confirm from the writer's judgement. So is what would
    have been ("The war would have never happened without the West").

    A sentence inside a quotation that opened earlier in its paragraph (``quoted``: "“The mother should
    not ... We’ve allowed purveyors of division to ...”") is the speaker's words, whatever it tells. An
    event needs someone to search for, a name or an office ("the mayor announced"): one told by
    a verb alone ("The bosses have decided to act at last", "This has been thoroughly debunked") or
    by a people's adjective ("The Nordic establishment has sought to ...") is a statement to weigh; no
    report of an event settles it."""
    text = text.replace("''", '"')      # (two apostrophes for a quotation mark, as some archives print it)
    if kind in (None, "event") and (quoted or _QUOTATION.search(text) or _OPENS_A_QUOTE.search(text)
                                    or _CLOSES_A_QUOTE.search(text) or _starts_a_quote(text)):
        if kind is None or quoted:                      # someone's words: their record settles them
            return "quotation", [_quote_cue(text)]
    words = lambda: list(salient_words(text, not_names=not_names, known=known))
    if kind in (None, "event") and (_WOULD_HAVE.search(text) or _HYPOTHETICAL_SPEAKER.search(text)):
        return "statement", words()
    if kind in (None, "event") and _JUDGED.search(text) and \
            not any(v.lower() not in _STATE_VERBS for v in past_verbs(text)):
        return "statement", words()     # "X and the other fear mongers are nothing new": a judgement
    reported = _words_reported(text) if kind in (None, "event") else None
    if reported:
        # (without an aside between subject and verb: "say the program, run by ..., has" -> "say the program has")
        group = " ".join(_ASIDE.sub("", reported.group()).strip(",;—– .'’\"”").split())
        if group.startswith("not to be") and re.search(r"\basked[^\S\n]+$", text[:reported.start()]):
            group = f"asked {group}"        # ("asked not to be named said": the source is unnamed)
        # (not its own verb twice: "pointed out that", "pointed")
        return "reported", [group, *(w for w in words() if w not in group.split())]
    if kind is None and _GENERAL_SUBJECT.match(text):
        return "statement", words()     # "Anyone who has watched the news has heard ..."
    # "was", "were", "had" alone tell how things were ("patients had the security of ..."), not a deed
    happened = any(v.lower() not in _STATE_VERBS and not _describes_a_noun(text, v) for v in past_verbs(text)) \
        or not _HAPPENED.isdisjoint(present) or bool(_LEGAL_STEP.search(text))
    future = _FUTURE.search(text) or _EXPECTED.search(text)
    if future and not happened and (kind in (None, "event") or (kind in ("number", "date") and _HORIZON.search(text))):
        return "prediction", [" ".join(future.group().split()), *cues]
    if kind in (None, "event"):
        role = _role_actor(text, load_scorer()) if "role_actor" in present else None
        names = salient_names(text, not_names, known)[:3] or ((role,) if role else ())
        if not names and "pronoun_past" not in present:     # ("He shorted the market": someone named before)
            return "statement", words()
        if kind == "event":     # who did it, then what they did: "NATO", "deployed"
            return kind, [*names, *cues]
        if happened and role and names == (role,):      # "the Russian government has compared ..."
            return "event", [role, *words()]
    if kind is not None:
        return kind, cues
    return ("event" if happened else "statement"), words()


# A legal step under way ("Rustan is taking the city government to court", "the family sues the clinic",
# "she has filed a complaint"): a deed that court records and reports can confirm, told in the present.
_LEGAL_STEP = re.compile(r"\b(?:(?:is|are)[^\S\n]+(?:now[^\S\n]+)?(?:taking\b[^.;]{0,80}?\bto[^\S\n]+court|suing|"
                         r"prosecuting|appealing)|takes\b[^.;]{0,80}?\bto[^\S\n]+court|sues|"
                         r"(?:files|is[^\S\n]+filing|are[^\S\n]+filing)[^\S\n]+(?:a[^\S\n]+)?(?:lawsuit|suit|complaint|appeal))\b")
# What can stand before a verb that is a deed, not a noun the participle describes.
_NOT_A_NOUN = frozenset("he she they we it i you who which that was were is are be been being had has have and or "
                        "but then also not never just".split())
_PLACE_OR_TIME = re.compile(r"[^\S\n]+(?:by|in|during|since|across|over|at|from|under|throughout|on)\b")
_FINITE_AFTER = re.compile(r"^[^,;:.!?“”\"]{0,90}?\b(?:are|is|were|was|have|has|remain|remains)\b")


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[^\S\n]+$")


def _describes_a_noun(text: str, verb: str) -> bool:
    """Is the past form a participle inside the subject ("labour shortages experienced in the aftermath of
    the pandemic are likely to persist"): after a noun, before a place or time, with the sentence's own
    verb after it? Then it tells no deed."""
    for start, end in whole_words(text, verb):
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if match is None or match.group(1).lower() in _NOT_A_NOUN or not _PLACE_OR_TIME.match(text, end):
            continue
        after = _FINITE_AFTER.match(text[end:])
        if after and not re.search(r"\b(?:that|and|who|which)\b", after.group()):
            return True
    return False


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
def _voice_words() -> dict:
    """voices.yaml as data, read once: the voices module reads claims, not the reverse (an import circle)."""
    return read_mapping(DATA_DIR / "voices.yaml", []) or {}


@lru_cache(maxsize=1)
def _peoples_adjectives() -> frozenset[str]:
    """voices.yaml's adjectives of nations ('demonyms') and its groups in the singular ('group_names':
    "Republican" from "Republicans"; a group in the plural acts, "the Republicans voted", the singular
    qualifies, "Republican candidates")."""
    data = _voice_words()
    groups = [str(g) for g in data.get("group_names") or ()]
    return frozenset([*(str(d) for d in data.get("demonyms") or ()), *(g[:-1] for g in groups if g.endswith("s"))])


_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][a-zß-öø-ÿ’'-]+)(?![\w])")     # ("Lidingö" too)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")


def _role_actor(text: str, scorer) -> str | None:
    """The first word of the sentence that names an office or a body acting ("mayor", "government"; the
    feature role_actor of data/checkworthy.yaml)."""
    feature = next((f for f in scorer.features if f.id == "role_actor"), None)
    if feature is None or feature.lookup is None:
        return None
    return next((w for w in _WORD.findall(text) if w.lower() in feature.lookup.singles), None)


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


# The byline of an embedded post as pages paste it: a link, a dash, the author, their handle and the date
# ("pic.twitter.com/x1Y2 — Jo Roe (@joroe) October 6, 2017").
_POST_SIGNATURE = re.compile(r"(?:^|\s)[—–-][^\S\n]*(?P<author>[^—–()\n]{1,60}?)[^\S\n]*\(@\w{1,30}\)[^\S\n]*"
                             r"(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4})?[^\S\n]*$")
POST_BY = "post by "        # the cue of an embedded post's words: "post by Jo Roe"
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_CITED_LINK = re.compile(r"(?:https?://|(?=www\.))(?P<host>[\w-]+(?:\.[\w-]+)+)\S*", re.I)


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


# A sentence whose subject is "he" or "she" ("He shorted the market", "She was previously convicted of ..."):
# the deed is that of a person named before it.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:And|But|Then|So|Yet|Later|Instead|Still)[,]?[^\S\n]+)?(He|She)\b")
_FEMININE_TITLE = re.compile(r"^(?:Ms|Mrs|Miss|Madam|Madame|Lady|Queen|Sister)\b\.?")
_MASCULINE_TITLE = re.compile(r"^(?:Mr|Sir|Lord|King|Father|Brother)\b\.?")
_DOER_PARAGRAPHS = 2     # the person may be named this many paragraphs before the sentence, not further


def pronoun_subject(text: str) -> str | None:
    """"He" or "She" where the sentence opens on it as its subject ("And he ..." too), else None."""
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
    people = _people_by_surname(source, voices, _MASCULINE_TITLE if pronoun == "She" else _FEMININE_TITLE)
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
    return frozenset(str(w).strip(".") for w in _voice_words().get("organisation_words") or ())


def with_doers(source: Source, claims, voices) -> list[Claim]:
    """The claims, where one tells a deed of "he" or "she" and gives no name to search for ("He shorted
    the market"), with the person last named (``person_last_named``) first among its words to check:
    the student searches for that person's deed, not for the verb alone."""
    result = []
    not_names, known = names_to_ignore(source), names_known(source)
    for claim in claims:
        doer = None
        if claim.kind in ("event", "statement", "date", "number") and pronoun_subject(claim.text) and \
                not salient_names(claim.text, not_names, known):
            doer = person_last_named(source, claim, voices)
        result.append(replace(claim, cues=(doer, *(c for c in claim.cues if c != doer))) if doer else claim)
    return result


def said_by_pronoun(text: str) -> bool:
    """Does the sentence give its words to "he" or "she" ("..., he added", "“...,” she said")?"""
    return bool(_by_pronoun().search(text))


def _starts_a_quote(text: str) -> bool:
    """A quotation that opens the sentence and goes on past it ('"A failure by the United States to defend
    its allies ... will lead only to ...'): five words or more, no closing mark."""
    stripped = text.lstrip(" *_")
    return stripped[:1] in "“\"" and not any(mark in stripped[1:] for mark in "”\"") and len(stripped.split()) >= 5


def _looks_like_a_heading(text: str) -> bool:
    """A line in title case without a closing mark ("Banning Assault Weapons and Large-Capacity
    Magazines"): a subheading pasted as a paragraph, which states nothing to check."""
    stripped = text.strip(" *_#")
    if not stripped or stripped[-1] in ".!?:;\"”’)…":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", stripped) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def ranked_claims(claims, limit: int | None = None) -> list[Claim]:
    """The claims most worth checking first: those a known check settles, then those with something to
    look up (a name, a figure, a date, a document or a quotation) before statements, which only the
    writer's judgement holds together; by score, ties in text order. (Lessons take the best claims of the
    whole text, not the first ones.)"""
    ranked = sorted(claims, key=lambda c: (c.check is None, c.kind in _JUDGED_KINDS, -c.score, c.start))
    return ranked[:limit] if limit is not None else ranked


# Claims with nothing of their own to look up: a student weighs them, no report or record settles them.
_JUDGED_KINDS = frozenset(("statement",))
TABLE_CLAIMS = 12       # rows of a lesson's claims table


def table_claims(claims) -> list[Claim]:
    """The rows of a lesson's claims table: the TABLE_CLAIMS claims most worth checking, in text order;
    a lead repeated further down (the same two or more figures) is one row, as it is one task."""
    return sorted(without_repeats(ranked_claims(claims))[:TABLE_CLAIMS], key=lambda c: c.start)


def without_repeats(claims) -> list[Claim]:
    """The claims, in the order given, without those whose figures (two or more) an earlier one already
    gives: a news report repeats its lead further down ("21 suspected cases, including 17 deaths")."""
    seen: set[frozenset[str]] = set()
    kept = []
    for claim in claims:
        figures = frozenset(c for c in claim.cues if any(ch.isdigit() for ch in c) and not is_quoted_cue(c))
        if len(figures) >= 2 and figures in seen:
            continue
        seen.add(figures)
        kept.append(claim)
    return kept


def _author_names(source: Source) -> tuple[str, ...]:
    """The words of the author's name that identify them (not initials)."""
    author = source.meta.author or ""
    return tuple(w for w in re.findall(r"[A-Z][\w’'-]{2,}", author))


def _is_biography(text: str, author_names: tuple[str, ...]) -> bool:
    """A sentence about the text's author (their books, birth, jobs): its years and numbers are not
    claims of the text."""
    if _BIOGRAPHY.search(text):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in author_names[-1:]) and bool(_BIO_HINT.search(text))


def _cue_words_by_sentence(source: Source, sentences: list[Sentence], checks) -> dict[int, dict[int, list[str]]]:
    """Sentence number -> {number of a claim kind in checks.yaml: the words that matched its terms, in
    the order of its terms}, from one index lookup per term instead of one search per term and sentence."""
    index = _term_index(source)
    starts = [s.start for s in sentences]
    found: dict[int, dict[int, list[str]]] = {}
    for kind_number, claim_kind in enumerate(checks.claim_kinds):
        for term in claim_kind.words:
            taken: set[int] = set()         # the first match of a term in a sentence that is a cue, not one
            for start, end in index.positions(term):    # that only looks like one ("one of five viruses")
                number = bisect.bisect_right(starts, start) - 1
                if number < 0 or number in taken or end > sentences[number].end or \
                        _looks_like_a_cue_only(source.content, sentences[number], start, end, claim_kind.kind):
                    continue
                taken.add(number)
                found.setdefault(number, {}).setdefault(kind_number, []).append(source.content[start:end])
    return found


_CUE_REACH = 40     # characters around a cue word that tell what it is
# Document words that are verbs too, and what makes them verbs: "to" or a modal right before.
_DOCUMENT_VERBS = frozenset(("study", "report", "survey", "poll", "document", "order", "record", "review"))
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|should|must|may|might|shall)\s+$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.I)
_NOT_A_DAY_AFTER = re.compile(r"[^\S\n]+(?:schools?|services?|best|Times|Telegraph|Express|Mirror|Post|Herald)\b")
_MINUTES_AS_RECORD_BEFORE = re.compile(r"\b(?:the|its|their|meeting|council['’]s|board['’]s)\s+$", re.I)
_MINUTES_AS_RECORD_AFTER = re.compile(r"\s+of\s+(?:the|a|an|its|their|this|that)\b", re.I)
# A number of days or years before or after something ("three days earlier", "2 weeks later", "five years
# ago"): it places an event in time, counted from another date.
# An event verb after "to" or a modal ("wants to impose", "could send", "will never sign") tells what someone
# wants, plans or might do: no deed that a report could confirm.
_NO_DEED_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|cannot|won['’]t|wouldn['’]t)"
                             r"[^\S\n]+(?:(?:not|never|\w+ly)[^\S\n]+)?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)[^\S\n]+$", re.I)
_FAMILY_AFTER = re.compile(r"[^\S\n]+(?:(?:young|little|older|younger|grown|adult)[^\S\n]+)?"
                           r"(?:sons?|daughters?|children|kids|brothers?|sisters?|siblings|grandchildren|"
                           r"grandsons?|granddaughters?|wives|husbands|dogs?|cats?)\b", re.I)
_NOT_YET_PUBLISHED = re.compile(r"s?[^\S\n]+(?:will|would|shall|is[^\S\n]+to|are[^\S\n]+to|was[^\S\n]+to|were[^\S\n]+to)"
                                r"[^\S\n]+(?:soon[^\S\n]+|only[^\S\n]+)?be[^\S\n]+(?:published|released|made[^\S\n]+public|"
                                r"issued|unveiled|presented|posted|finished|completed|ready)\b", re.I)
_PARENT_OF = re.compile(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)[^\S\n]+of[^\S\n]+$", re.I)
_TIME_OFFSET = re.compile(r"[^\S\n]+(?:days?|weeks?|months?|years?|hours?|decades?)[^\S\n]+"
                          r"(?:earlier|later|ago|before|after|afterwards|prior)\b", re.I)


_CONSENSUS_BEFORE = re.compile(r"\b(?:was|is|were|are|be|been|in|broad|general|some|little|no|full|much|wide|"
                               r"widespread|complete|total|of)[^\S\n]+$", re.I)


# The outlet's own note ("This article has been corrected", "An earlier version ... was corrected", "Correction:"):
# a correction cue inside a sentence counts only after the page, article or version it corrects.
_OUTLETS_CORRECTION = re.compile(r"\b(?:article|story|post|report|version|piece|headline|page|text|item)[^\S\n]+"
                                 r"(?:(?:has|have|had)[^\S\n]+been|was|were|is)[^\S\n]+(?:\w+ly[^\S\n]+)?$", re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:who|he|she|it|they)[^\S\n]+(?:also[^\S\n]+|now[^\S\n]+)?$", re.I)
_ACCOUNTS_AFTER = re.compile(r"[^\S\n]+(?:of|came|come|began|started|poured|arrived|reached)\b", re.I)
# ("three things are happening", "two reasons"; "six figures": a size in digits, not a count)
_LIST_AFTER = re.compile(r"[^\S\n]+(?:(?:other|more|main|key|simple|big|important)[^\S\n]+)?"
                         r"(?:things|ways|reasons|steps|lessons|questions|points|tips|rules|options|ideas|figures)\b", re.I)


def is_correction_note(content: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the correction word at ``content[start:end]`` the outlet's own note ("Correction:", "This article has
    been corrected", a sentence that opens on it), not a deed in the story ("has not corrected the error")?"""
    # ("Correction:" heads a note; "Clinton quickly corrected:" and "the Filial Correction:" do not)
    heading = content.startswith(":", end) and content[start:start + 1].isupper() and \
        not _CAPITALISED_BEFORE.search(content, max(sentence_start, start - _CUE_REACH), start)
    return bool(_OUTLETS_CORRECTION.search(content, max(sentence_start, start - _CUE_REACH), start)
                or not content[sentence_start:start].strip(" “\"‘'(*_[") or heading)


def _looks_like_a_cue_only(content: str, sentence: Sentence, start: int, end: int, kind: str) -> bool:
    """Cue words that are not what their kind needs: a month name that is the modal "may" or the verb
    "march", or "according to" someone's vision rather than to a source ("according to their plan")."""
    if kind == "correction" and not is_correction_note(content, sentence.start, start, end):
        return True     # "the teacher has not corrected the error": someone in the story, not the page's note
    if kind == "document" and _PRONOUN_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start) and \
            content[start:end].lower() in ("studies", "reports", "surveys", "documents"):
        return True     # "a physician who studies blood doping", "she reports from Kyiv": a verb, no document
    if kind == "document" and content[start:end].lower() == "reports" and _ACCOUNTS_AFTER.match(content, end):
        return True     # "37 reports of lids opening", "the first reports came in": accounts received, no document
    if kind == "number" and content[start:end].isalpha() and _LIST_AFTER.match(content, end):
        return True     # "three things are happening", "two reasons": the writer's own list, no count to trace
    if kind == "date" and _NOT_A_DAY_AFTER.match(content, end):
        return True     # "Sunday school", "the Sunday Times": a weekday that dates nothing
    if kind == "date" and content[start:end].lower() in ("may", "march"):
        # (a window around the word, not the whole sentence: every "may" of a long sentence is looked at)
        left = max(sentence.start, start - _CUE_REACH)
        return not is_date_word(content[left:min(sentence.end, end + _CUE_REACH)], start - left, end - left)
    if kind == "document" and content[start:end].lower().startswith("according"):
        return bool(_ACCORDING_TO_A_VIEW.match(content, end))
    if kind == "document" and content[start:end].lower() == "agreement" and \
            _CONSENSUS_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "there was agreement in the meeting", "broad agreement": people agreeing, no document
    if kind == "document" and _NOT_YET_PUBLISHED.match(content, end):
        return True     # "the tender documents would be published next month": no document to find yet
    if kind == "document" and content[start:end].lower() == "minutes":
        # "30 minutes", "minutes later": a length of time; "the minutes of the meeting" is the document
        return not (_MINUTES_AS_RECORD_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start)
                    or _MINUTES_AS_RECORD_AFTER.match(content, end))
    if kind == "number" and content[start:end][:1].isupper() and content[start:end].isalpha() and \
            start > sentence.start and (start - sentence.start > 8 or content[sentence.start:start].strip(" “\"‘'(*_")):
        return True     # "One" or "Ten" inside a sentence is a name's ("Uranium One", "the Ten Commandments")
    if kind == "event" and _NO_DEED_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "he wants to impose", "they could send": what someone wants or might do, no deed
    if kind == "number" and _FAMILY_AFTER.match(content, end) and \
            _POSSESSIVE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "his two sons", "their three children": a family's size is not worth checking
    if kind == "number" and _PARENT_OF.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "a father of seven", "mother of three": who someone is, no count to trace
    if kind == "number" and _TIME_OFFSET.match(content, end):
        return True     # "three days earlier" places something in time: a date to work out, not a count
    if kind == "number" and content[start:end].lower() == "one" and \
            (_ONE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start) or _ONE_AFTER.match(content, end)):
        return True
    if kind == "document" and content[start:end].lower() in _DOCUMENT_VERBS and \
            _VERB_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "founded to study", "will report": a verb, no document
    if kind == "number" and content[start:end].isalpha() and \
            _DEFINITE_BEFORE.search(content, max(sentence.start, start - _CUE_REACH), start):
        return True     # "the two speakers", "both sides": things the text has named, not a count to check
    if kind == "number" and content[start:end].isalpha():
        # A number word in a compound counts nothing ("a three-front war", "the two-state solution"),
        # unless it measures time or distance ("a three-year sentence").
        return content.startswith("-", end) and not _MEASURE_AFTER_HYPHEN.match(content, end)
    return False


def _checks_by_sentence(source: Source, sentences: list[Sentence], checks) -> dict[int, list]:
    """Sentence number -> the known checks (in file order) with a cue group whose terms all occur in
    that sentence. Looked up in the body's word index: searching every sentence for every check's
    terms cost more than the rest of claim detection together."""
    index = _term_index(source)
    starts = [s.start for s in sentences]
    found: dict[int, list] = {}
    for check in checks.checks:
        matched: set[int] = set()
        for group in check.cues:
            per_term = [index.units_with(term, sentences, starts).keys() for term in group]
            matched |= set.intersection(*(set(hits) for hits in per_term))
        for number in matched:
            found.setdefault(number, []).append(check)
    return found


def _kinds_of(text: str, checks, cue_words: dict[int, list[str]],
              biography: bool = False) -> tuple[list[str], list[str]]:
    kinds: list[str] = []
    cues: list[str] = []
    # Not the digits of a model or product name ("T-34-85", "COVID-19"; ``numbers``), nor a bio's years.
    found_numbers = [m for m in numbers(text) if not (biography and _YEAR_ONLY.fullmatch(m.group()))]
    if not cue_words and not found_numbers:
        return kinds, cues          # nothing for any kind to find (about half the sentences)
    # A year dates something; it counts nothing ("the 2024 field" is no figure to trace). A year that
    # names a thing ("the 2024 field", "the GOP's 2024 primary") dates no event of the sentence either.
    years = [m.group() for m in found_numbers if _YEAR_ONLY.fullmatch(m.group()) and not _names_a_thing(text, m)]
    # A day of the month ("June 23", "Sept. 25", "before Jan. 10") dates something too: it counts nothing.
    days = [m for m in found_numbers if _is_a_day(text, m)]
    years += [" ".join(text[_MONTH_BEFORE.search(text, 0, m.start()).start():m.end()].split()) for m in days]
    # A year cut to two digits ("ordained in ’78") dates something as a year does.
    short_years = [m for m in found_numbers if _is_a_short_year(text, m)]
    years += [text[m.start() - 1:m.end()] for m in short_years]
    # A day written as an ordinal ("on September 28th", "July 1st") and a time counted from another date
    # ("three days earlier") date something too.
    years += [" ".join(m.group().split()) for m in _MONTH_ORDINAL.finditer(text)]
    years += [" ".join(m.group().split()) for m in _OFFSET_PHRASE.finditer(text)]
    # A period up to now ("in the last 24 hours", "for the past 20 years") places the event in time: its
    # number is no figure, and the phrase finds nothing in a search.
    periods = list(_PERIOD_PHRASE.finditer(text))
    # A time of day ("at 9:59 p.m.") counts nothing, and no one "counted or measured" it.
    clock_times = [t for t in _CLOCK_TIME.finditer(text) if _is_clock_time(t)]
    counts = [m.group() for m in found_numbers if not _YEAR_ONLY.fullmatch(m.group()) and m not in days
              and m not in short_years and not _TIME_OFFSET.match(text, m.end())
              and not _PART_OF_A_DOCUMENT.search(text, max(0, m.start() - 12), m.start())
              and not any(t.start() <= m.start() < t.end() for t in (*clock_times, *periods))
              and not _inside_a_name(text, m) and not _is_an_age(text, m)]
    # A dateline's day ("Feb 9 (Reuters) -") is when the report was filed, not a date the sentence claims.
    dateline = _DATELINE.match(text)
    if dateline:
        years = [y for y in years if y not in dateline.group()]
    for kind_number, claim_kind in enumerate(checks.claim_kinds):
        found = cue_words.get(kind_number, [])
        if claim_kind.digits:
            found = _figures_as_written(text, counts, found)
        if claim_kind.years:
            found = found + years
        if found and claim_kind.needs_quote_marks and not (_QUOTED.search(text) or _OPENS_A_QUOTE.search(text)
                                                           or _CLOSES_A_QUOTE.search(text)):
            found = []
        if found and claim_kind.needs_quote_marks:
            # What to check is the words quoted, not the verb that reports them ("said", "told")
            found = [_quoted_opening(text) or found[0]]
        if found and claim_kind.kind == "document":
            found = [_source_cited(text, f) if f.lower() == "according to" else f for f in found]
        if found and claim_kind.kind == "event" and kinds:
            continue        # a figure's or a document's claim: "announced", "entered" add nothing to check
        if found:
            kinds.append(claim_kind.kind)
            cues.extend(_without_parts([" ".join(f.split()) for f in found]))
    return kinds, cues


_DATELINE = re.compile(rf"^\W*(?:[A-Z][A-Z .,-]{{2,40}}[^\S\n]*)?(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
                       r"[^\S\n]+\d{1,2}[^\S\n]*(?:,[^\S\n]*\d{4}[^\S\n]*)?\([A-Z][\w .]{1,25}\)[^\S\n]*[-—–]")


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


# A time of day: hours and minutes with "a.m.", "p.m." or a time zone after them, or "at" before them
# ("at 10:05"). Bare "3:1" may be a score or a ratio, and "3:16" a verse: those stay numbers.
_CLOCK_TIME = re.compile(r"(?:\b(?:at|by|until|till|before|after|from|around|about|shortly)[^\S\n]+)?"
                         r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])"
                         r"(?:[^\S\n]*(?:[AaPp]\.?[^\S\n]?[Mm]\b\.?|GMT\b|UTC\b|[ECMP][SD]T\b|local[^\S\n]+time\b))?")


def _is_clock_time(match: re.Match) -> bool:
    """Has the match "at" before it or "p.m." after it? Hours and minutes alone are no sure time."""
    return bool(match.group().split()[0].isalpha() or not match.group()[-1].isdigit())


def _inside_a_name(text: str, number: re.Match) -> bool:
    """Is the number part of a name, between two capitalised words ("the Route 91 Harvest festival",
    "a Boeing 737 Max")? A name's number counts nothing. The word before must not open the sentence:
    "About 300 People" is rare, "Nearly 40 Democrats" is not."""
    before = _CAPITALISED_BEFORE.search(text, 0, number.start())
    if before is None or not _CAPITALISED_AFTER.match(text, number.end()):
        return False
    opening = text[:before.start()].rstrip(" *_“\"‘'(")
    return bool(opening) and not opening.endswith((".", "!", "?", ":"))


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


# "Chapter 8", "Section 230", "page 12": the number of a part of a document, which counts nothing.
_PART_OF_A_DOCUMENT = re.compile(r"\b(?:[Cc]hapter|[Ss]ection|[Aa]rticle|[Pp]aragraph|[Pp]age|[Cc]lause|[Vv]olume|"
                                 r"[Vv]ol\.|[Pp]art|[Aa]mendment|[Ff]ootnote|[Aa]nnex|[Tt]itle)\s+$")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+$")
_MONTH_ORDINAL = re.compile(rf"\b(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?[^\S\n]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b|"
                            # "the 7th of October"
                            rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[^\S\n]+of[^\S\n]+(?:{'|'.join(MONTHS)})\b")
_OFFSET_PHRASE = re.compile(r"\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+few|"
                            r"several)" + _TIME_OFFSET.pattern, re.I)
_QUOTE_CUE_WORDS = 5
_PERIOD_PHRASE = re.compile(r"\b(?:in|over|for|during|within|throughout)[^\S\n]+the[^\S\n]+"
                            r"(?:last|past|next|coming|previous|following)[^\S\n]+"
                            r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+few|several)"
                            r"[^\S\n]+(?:hours|days|weeks|months|years|decades|centuries)\b", re.I)


def _quoted_opening(text: str) -> str | None:
    """The first words of what a sentence quotes, as written, in quotation marks ("“Although 10,000
    deaths a month…”"): the words to check of a quotation."""
    match = _QUOTATION.search(text) or _QUOTED.search(text) or _OPENS_A_QUOTE.search(text)
    closing = _CLOSES_A_QUOTE.search(text) if match is None else None
    if closing is not None:     # the end of a quotation opened in an earlier sentence: its words open this one
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


def _without_parts(found: list[str]) -> list[str]:
    """Cue words without those another cue holds whole ("March" beside "March 19"): one thing, listed once."""
    return [f for f in found if not any(f != other and whole_words(other, f) for other in found)]


def _is_a_short_year(text: str, number: re.Match) -> bool:
    """Two digits after an apostrophe that follows no letter ("in ’78"; not "it’s 12")."""
    at = number.start()
    return len(number.group()) == 2 and at >= 1 and text[at - 1] in "’'" and (at < 2 or not text[at - 2].isalnum())


def _is_a_day(text: str, number: re.Match) -> bool:
    return len(number.group()) <= 2 and 1 <= int(number.group()) <= 31 and bool(_MONTH_BEFORE.search(text, 0, number.start()))


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


def _figures_as_written(text: str, counts: list[str], words: list[str]) -> list[str]:
    """A sentence's figures first, each with the word that scales it as the text writes them ("22
    million", "one million", not "million" and "22"), then the number words that scale nothing."""
    figures, used = [], set()
    spelled = [w for w in words if w.isalpha()]    # the number kind's words: "one", "hundreds", "percent"
    for count in [*counts, *spelled]:
        at, word = text.find(count), count
        if count in spelled and count not in counts:
            # a number word as a whole word, with its tens ("Twenty-five million", not "five million")
            whole = re.search(rf"(?:\b{_TENS}-)?\b{re.escape(count)}\b", text, re.I)
            at, count = (whole.start(), whole.group()) if whole else (at, count)
        scale = re.match(r"\s+(million|billion|trillion|thousand|hundred)s?\b", text[at + len(count):]) if at >= 0 else None
        if scale:
            figures.append(f"{count} {scale.group(1)}")
            used.update((scale.group(1).lower(), word.lower()))
        elif count in counts:
            figures.append(count)
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


def _correction_headings(source: Source, checks) -> dict[int, str]:
    """Paragraph numbers that follow a short heading such as "Correction:", with the heading word."""
    correction = next((k for k in checks.claim_kinds if k.kind == "correction"), None)
    result: dict[int, str] = {}
    if correction is None:
        return result
    for paragraph in source.paragraphs:
        text = source.paragraph_text(paragraph.number).strip(" *_:")
        if len(text.split()) <= 3 and any(p.fullmatch(text) for p in correction.patterns):
            result[paragraph.number + 1] = text
    return result


def _first_in_paragraph(sentence: Sentence, sentences: list[Sentence]) -> bool:
    return next(s for s in sentences if s.paragraph == sentence.paragraph) == sentence
