"""Computed detectors for what lives beyond a listed word: lexicon words, shouting in capitals, and
repetition by anaphora (the same word opening, or closing, three clauses or sentences in a row) and
triads (three clauses ending on the same preposition).

Each detector returns ``Hit``s; ``techniques`` turns them into candidates of the rule that asked for
them, with the rule's reason (its ``{cue}`` and any other field of the hit filled in).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import compress
from typing import NamedTuple

from .lexicon import label_words, strong_words, tone, valences


class Hit(NamedTuple):
    start: int
    end: int
    cue: str
    level: str            # "cue" (a word or two) | "sentence" (a sentence or a run of them)
    fields: dict          # further {fields} of the rule's reason


# ------------------------------------------------------------------------------------------- lexicon


def lexicon_words(text, settings) -> list[Hit]:
    """Words VADER's raters judged strongly negative or positive (see ``lexicon``); a capitalised word
    inside a sentence is a name ("Hope", "Justice Department"), never flagged. Words that label people
    are left to ``lexicon_labels``."""
    return _lexicon_hits(text, settings, strong_words(), label_words())


def lexicon_labels(text, settings) -> list[Hit]:
    """Nouns of ``lexicon.yaml``'s ``labels`` list that pin a judgement on people ("racists",
    "lunatics"): name calling. Annotators mark such a word as a label, not as loaded language."""
    return _lexicon_hits(text, settings, {w: -1.0 for w in label_words()}, frozenset())


def _lexicon_hits(text, settings, strong: dict, leave: frozenset) -> list[Hit]:
    skip = settings.stopwords | settings.side_words | leave
    starts = set(s for s, _ in text.sentences)
    tokens = text.tokens
    hits = []
    # Only the few tokens in the lexicon are visited (picked in C, as the term rules do).
    for i in compress(range(len(tokens)), map(strong.__contains__, (t.norm for t in tokens))):
        token = tokens[i]
        if token.norm in skip:
            continue
        if token.text[:1].isupper() and not token.text.isupper() and token.start not in starts:
            continue
        hits.append(Hit(token.start, token.end, token.text, "cue", {"tone": tone(strong[token.norm])}))
    return hits


# ------------------------------------------------------------------------------------------ capitals


def capitals(text, settings) -> list[Hit]:
    """Runs of words in capitals that shout: they end in '!' or hold a word that carries feeling (a
    VADER word). An acronym (NATO, COVID) or a name set in capitals is not shouting."""
    tokens = text.tokens
    hits = []
    run: list = []
    # Only words in capitals are visited (picked in C: most texts have a handful).
    for i in compress(range(len(tokens)), map(str.isupper, (t.text for t in tokens))):
        token = tokens[i]
        if len(token.text) < 2 or not token.text.isalpha():
            continue
        # (never across a sentence's end: "CATASTROPHE! NATO" is a shout and then an acronym)
        if run and token.start - run[-1].end <= 2 and not any(ch in ".!?" for ch in text.content[run[-1].end:token.start]):
            run.append(token)
            continue
        if run and (hit := _shouting(text, run, settings)):
            hits.append(hit)
        run = [token]
    if run and (hit := _shouting(text, run, settings)):
        hits.append(hit)
    return hits


def _shouting(text, run: list, settings) -> Hit | None:
    start, end = run[0].start, run[-1].end
    words = [t for t in run if len(t.text) >= 3]
    if not words or _whole_line(text.content, start, end):
        return None                              # a heading set in capitals
    exclaimed = text.content[end:end + 1] == "!"
    feeling = any(t.norm in valences() for t in run)
    if not (exclaimed or feeling):          # "KAMALA HARRIS" in a kicker is a name, not a shout
        return None
    return Hit(start, end + (1 if exclaimed else 0), text.content[start:end], "cue", {})


def _whole_line(content: str, start: int, end: int) -> bool:
    line_start = content.rfind("\n", 0, start) + 1
    line_end = content.find("\n", end)
    line = content[line_start:line_end if line_end >= 0 else len(content)]
    return not any(ch.islower() for ch in line)


# ------------------------------------------------------------------------------------------ anaphora

# Clause boundaries inside a sentence: a comma, semicolon or colon, or a dash, with an "and"/"or" after it.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[-–—]\s)\s*(?:(?:and|or|but|nor)\s+)?|\s+(?:and|or|nor)\s+")
# Words that open many plain sentences in a row in any report: not a figure of speech.
_PLAIN_OPENERS = frozenset("the a an he she it they this that these those there his her its their i we you in on "
                           "at but and as after before when while according".split())


def anaphora(text, settings) -> list[Hit]:
    """Three or more clauses of one sentence that begin, or end, with the same word ("if ... if ...
    if"), and three or more sentences in a row of one paragraph that begin with the same word. Clauses
    that end on the same preposition are a triad (``triad``), not counted here."""
    hits = []
    for start, end in text.sentences:
        repeated = _repeated_clause_word(text.content[start:end])
        sentence = text.content[start:end]
        if repeated and not _is_triad(repeated) and not _a_name(sentence, repeated[0]) \
                and not _a_list_of_names(sentence, repeated):
            hits.append(Hit(start, end, repeated[0], "sentence", {}))
    hits.extend(_sentence_runs(text))
    return hits


def _a_name(sentence: str, word: str) -> bool:
    """Is the repeated word a name, written with a capital every time, in long clauses: a place named again in
    each item of a list of facts ("In Freedonia, ... the north of Freedonia; ... the ports of Freedonia, ..."), no
    figure of speech? Short parallel clauses on a name ("we work for Freedonia, we vote for Freedonia, we live
    for Freedonia") stay repetition. On the PTC training split and techniques-dev 6 clause runs repeated a name
    ("I" aside), 0.02 of their characters inside repetition spans (the other clause runs under 0.01: annotators
    rarely mark clause runs at all); one was a teacher's reject (techniques-dev 42141). hl-29."""
    uses = re.findall(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
    return (word != "i" and bool(uses) and all(u[:1].isupper() for u in uses)
            and len(sentence.split()) >= _LIST_ITEM_WORDS * len(uses))


_LIST_ITEM_WORDS = 8     # words per use of the name: clauses this long are items of a list, not a chant


_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]+")


def _a_list_of_names(sentence: str, repeated: tuple[str, str]) -> bool:
    """Do the clauses that open with the repeated word each name someone, a name of two capitalised words or
    more after it: a report's list of people by their titles ("former FBI counsel Lisa Page, former FBI Director
    James Comey and former ..."), no figure of speech? A chant on single names ("for Freedonia, for Europe, for
    freedom") and a speaker's "I ..., I ..., I ..." stay repetition. On the PTC training split and techniques-dev
    2 of the 50 clause runs were such lists, neither inside an annotation; one was shown on a wire report and a
    teacher rejected it."""
    word, where = repeated
    if where != "open" or word == "i":
        return False
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(sentence.strip(" .!?\"”“")) if c.strip()]
    items = [c[_FIRST_WORD.match(c).end():] for c in clauses if _first_word(c) == word]
    return len(items) >= 3 and all(len(_NAME_WORD.findall(item)) >= 2 for item in items)


# A clause that ends on a preposition has left its object behind ("worth fighting for"): three in a row
# are a figure of speech, never a list. Three list items can end on the same noun ("the oil industry, the
# gas industry, the coal industry"): none of the 10 closing-word triads of the PTC and techniques-dev closed
# on a preposition, and 0.30 of their words lay inside an annotation.
_CLOSING_PREPOSITIONS = frozenset("for to with against about on in of from by at over into upon toward towards "
                                  "without behind".split())


def triad(text, settings) -> list[Hit]:
    """Three or more clauses of one sentence that end on the same preposition ("worth fighting for,
    and sacrificing for, and dying for"): the stranded word makes the rhythm; no list reads like that."""
    hits = []
    for start, end in text.sentences:
        repeated = _repeated_clause_word(text.content[start:end])
        if repeated and _is_triad(repeated):
            hits.append(Hit(start, end, repeated[0], "sentence", {}))
    return hits


def _is_triad(repeated: tuple[str, str]) -> bool:
    word, where = repeated
    return where == "close" and word in _CLOSING_PREPOSITIONS


def _repeated_clause_word(sentence: str) -> tuple[str, str] | None:
    """The word that opens, or closes, three clauses in a row of the sentence, and which ("open" or
    "close"), if any."""
    if sentence.count(",") + sentence.count(";") + sentence.count(" and ") + sentence.count(" or ") < 2:
        return None         # fewer than three clauses (most sentences): no need to split
    words = _WORDS.findall(sentence.lower())
    if len(words) - len(set(words)) < 2:
        return None         # no word comes three times (nor two words twice)
    clauses = [c for c in _CLAUSE_BREAK.split(sentence.strip(" .!?\"”“")) if c.strip()]
    if len(clauses) < 3:
        return None
    firsts = [_first_word(c) for c in clauses]
    lasts = [_last_word(c) for c in clauses]
    for where, words in (("open", firsts), ("close", lasts)):
        for i in range(len(words) - 2):
            w = words[i]
            if w and w == words[i + 1] == words[i + 2] and w not in ("the", "a", "an"):
                return w, where
    # A short aside inside the run does not break a triad: "worth working for, worth suffering for, and
    # if it must be, worth dying for".
    run = [w for w, c in zip(lasts, clauses) if w in _CLOSING_PREPOSITIONS or len(c.split()) > _ASIDE_WORDS]
    for i in range(len(run) - 2):
        if run[i] in _CLOSING_PREPOSITIONS and run[i] == run[i + 1] == run[i + 2]:
            return run[i], "close"
    return None


_ASIDE_WORDS = 4     # "if it must be", "as it were": a clause this short is an aside


_WORDS = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _first_word(clause: str) -> str:
    match = _FIRST_WORD.match(clause)
    return match.group(1).lower() if match else ""


def _last_word(clause: str) -> str:
    match = _LAST_WORD.search(clause)
    return match.group(1).lower() if match else ""


def _sentence_runs(text) -> list[Hit]:
    """Three or more sentences in a row of one paragraph that open with the same word, or short ones that
    close on it ("Stand up. Show up. Speak up.")."""
    hits = []
    for p_start, p_end in text.paragraphs:
        first = bisect.bisect_left(text.sentences, (p_start,))
        last = bisect.bisect_left(text.sentences, (p_end,))
        sentences = text.sentences[first:last]
        said = [text.content[s:e] for s, e in sentences]
        openers = [_first_word(sentence) for sentence in said]
        closers = [_last_word(sentence) if len(_WORDS.findall(sentence)) <= _CHANT_WORDS else "" for sentence in said]
        for words, plain in ((openers, _PLAIN_OPENERS), (closers, _PLAIN_CLOSERS)):
            hits.extend(Hit(sentences[i][0], sentences[j][1], words[i], "sentence", {})
                        for i, j in _runs_of_three(words) if words[i] not in plain)
    return hits


def _runs_of_three(words: list[str]) -> Iterator[tuple[int, int]]:
    """First and last index of each run of three or more equal, non-empty words in a row."""
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1] == words[i]:
            j += 1
        if j - i >= 2 and words[i]:
            yield i, j
        i = j + 1


# A sentence this short that closes on the word of the two before it is a chant, not a report: on the PTC
# training split and techniques-dev, 3 runs of three such sentences, 2 inside an annotation (the third the
# same quoted exclamation in another article, unmarked there). Longer sentences closing alike are lists of facts ("... in 2019. ... in 2019.").
_CHANT_WORDS = 6
# Words that close many short sentences of dialogue or report in a row ("he said. she said."): no chant.
_PLAIN_CLOSERS = frozenset("said says asked told it them him her this that there here so too".split())


PASSAGE_HITS = {"lexicon": lexicon_words, "lexicon-labels": lexicon_labels, "capitals": capitals, "anaphora": anaphora,
                "triad": triad}
