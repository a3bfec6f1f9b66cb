"""Check-worthiness: how much a sentence is worth checking, and the reasons a student can follow.

A sentence is described by a few readable features (data/checkworthy.yaml: a number with what it counts,
a named actor, a past event, a quoted figure, a comparison, a cited document, ...) and by its sentence
vector (analysis/embeddings.py: what it is about, as 256 numbers). Its score is a logistic function of
the features' weights (data/checkworthy.tsv) plus a shift that a small layer of units reads from the
vector (data/checkworthy.vectors.tsv) plus the weights of its words and pairs of neighbouring words,
hashed into numbered buckets (data/checkworthy.lexical.tsv: bucket numbers and weights, no words). The
files hold numbers only, derived by benchmarks/claims_benchmark.py from labelled sentences; nothing of
those sentences is kept.

The reasons a student sees ("Why check it") come from the readable features alone; the vector only moves
the score (sentences about what debaters check, such as votes, taxes and jobs, score higher than
greetings), and so do the hashed words, so no reason ever reads "a model agrees".

This module also knows the surface cues that only look like facts (artefacts): a model or product
number ("T-34-85", "Uran-9", "COVID-19"), the modal "may" or the verb "march" read as a month. Their
digits and month names are neither features nor claim cues.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..datafiles import DATA_DIR, entries, parsed_or_raise, problems_of, read_mapping
from ..errors import Problem
from .detect_text import TITLE_BEFORE_NAME
from .embeddings import DIMENSIONS, embed

FEATURES_FILE = DATA_DIR / "checkworthy.yaml"
WEIGHTS_FILE = DATA_DIR / "checkworthy.tsv"
WEIGHTS_HEADER = "feature\tweight"
VECTORS_FILE = DATA_DIR / "checkworthy.vectors.tsv"
VECTORS_HEADER = f"unit\tbias\tweight\t{DIMENSIONS} vector weights"
LEXICAL_FILE = DATA_DIR / "checkworthy.lexical.tsv"
LEXICAL_HEADER = "bucket\tweight"
# Words and pairs of neighbouring words are hashed (zlib.crc32: the same number on every machine and run,
# unlike Python's salted hash) into this many buckets; a bucket's weight is all the file keeps of them.
BUCKETS = 1 << 18

# ------------------------------------------------------------------------------------- surface cues

# A run of digits (with , or . inside, not after: "360,000." is "360,000"), not glued to a word, '@' or
# '/' before it. The look back stands after the first digit so the pattern starts with a character class,
# which lets the regex engine skip ahead (0.1 ms per text): (?<![\w@/])\d(?:[\d,.]*\d)?(?!\w).
# A number glued to a unit ("2,735km", "$3.5m", "10kg") is that number; no part of a longer one is a number
# ("2" of "2,735km"), nor one glued to other letters ("5G", "3D", "2nd").
DIGITS = re.compile(r"\d(?<![\w@/]\d)(?:[\d,.]*\d)?(?:(?=(?:k|m|bn|mn|tn|km|kg|cm|mm|mph|kmh|ft|mi|lbs?|"
                    r"kwh|mwh|gwh|kw|mw|gw|ha)\b)|(?!\w))(?![,.]\d)")
# A token that is a model, product or disease name: letters, then (after an optional hyphen) digits,
# possibly more parts: "T-34-85", "Uran-9", "COVID-19", "F-16", "Su-25", "MH17", "S-400"; also after a prefix
# with a hyphen ("non-COVID-19", "anti-COVID-19").
_MODEL_NUMBER = re.compile(r"(?<![\w-])(?:[A-Za-z]+-(?=[A-Za-z]))*[A-Za-z][A-Za-z.]*-?\d[\w]*(?:-[\w]+)*")
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = re.compile(r"(?<!\w)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                           r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|"
                           r"million|millions|billion|billions|trillion|dozen|dozens|half)(?!\w)", re.I)
_YEAR = re.compile(r"(?<![\w@/$£€.,-])(?:1[89]\d\d|20\d\d)(?![\w%-])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# Months as news writes them before a day ("Sept. 25", "Jan 10"); "May", "June" and "July" are not cut.
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
MONTHS = _MONTHS
_MONTH = re.compile(rf"\b(?:{'|'.join(_MONTHS)})\b")
_WEEKDAY_OR_RELATIVE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
                                  r"last (?:week|month|year)|this (?:week|month|year)|next (?:week|month|year))\b")
# A month name that is also a common word ("May" the modal, "March" the verb) counts as a date only in a
# date's company: a day or a year next to it, or a preposition or "last/next/early/late" before it.
_AMBIGUOUS_MONTHS = ("May", "March")
_DATE_BEFORE = re.compile(r"(?:\b(?:in|on|since|by|until|till|from|through|last|next|early|late|mid|of|this|"
                          r"that|during|before|after|between|and|to)|\d{1,2}(?:st|nd|rd|th)?|-)\s*$", re.I)
_DATE_AFTER = re.compile(r"^\s*(?:\d{1,2}(?!\d)|\d{4}|,\s*\d{4})")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_MONEY = re.compile(r"[$£€]\s?\d|\b(?:dollars?|euros?|pounds sterling)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_FUNCTION_WORDS = frozenset("""a an the and or but of to in on at by for from with as is are was were be been
that this these those it its than then so if not no yes per about over under more less some any all""".split())
_PAST_IRREGULAR = frozenset("""was were had did made went took gave got paid sold sent spent built left met won lost
cut put brought bought began came became saw told said wrote held led fought ran hit kept knew found chose fell rose
grew shot struck fled stood sat threw drove flew spoke broke sank chose won began drew""".split())
_NOT_PAST = frozenset("""need needed indeed speed feed seed bed red hundred shed bleed breed proceed succeed exceed
interested concerned supposed used tired""".split())
_PRONOUNS = re.compile(r"\b(?:he|she|they|we|it|He|She|They|We|It)\s+(?:\w+ly\s+)?(\w+)")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
# (An ellipsis opens a post's second part: "....The assault" opens on "The".)
_SENTENCE_OPENING = re.compile(r"^[\s\"“‘'(\[*_.…-]*")


def model_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of model, product and disease names written with digits ("T-34-85", "COVID-19")."""
    if not _ANY_DIGIT.search(text):
        return []
    return [m.span() for m in _MODEL_NUMBER.finditer(text) if any(c.isdigit() for c in m.group())]


def numbers(text: str) -> list[re.Match]:
    """Numbers written in digits, except those inside a model or product name, footnote marks ("[1]") and
    the marks of list items ("2) In Lebanon")."""
    if not _ANY_DIGIT.search(text):
        return []
    models = model_number_spans(text)
    return [m for m in DIGITS.finditer(text) if not any(s <= m.start() < e for s, e in models)
            and not _footnote_mark(text, m) and not _list_marker(text, m)]


def _list_marker(text: str, number: re.Match) -> bool:
    """Is the number an item's mark opening the text ("2) In Lebanon, ...", "(3) The", "1. The first"), or
    a bracketed mark inside it ("to (1) overthrow the sultan and (2) initiate ...")?"""
    if text[number.start() - 1:number.start()] == "(" and _INLINE_MARKER_AFTER.match(text, number.end()) \
            and len(number.group()) == 1:
        return True
    return not text[:number.start()].strip(" (*_") and bool(_MARKER_AFTER.match(text, number.end()))


_INLINE_MARKER_AFTER = re.compile(r"\)[^\S\n]+[a-z]")


_MARKER_AFTER = re.compile(r"(?:\)|\.)[^\S\n]+[A-Z“\"]")


def _footnote_mark(text: str, number: re.Match) -> bool:
    """Is the number a note's mark: in square brackets ("Benelli[1] said"), or opening a note ("1] ...")?"""
    closed = text[number.end():number.end() + 1] == "]"
    return closed and (text[number.start() - 1:number.start()] == "[" or not text[:number.start()].strip(" ([*_"))


def date_words(text: str) -> list[re.Match]:
    """Month names used as dates, weekdays and relative dates ("last week"). "May" and "March" count
    only with a day, a year or a preposition next to them, never as "you may" or "they march"."""
    found = []
    for match in _MONTH.finditer(text):
        if match.group() in _AMBIGUOUS_MONTHS and not (_DATE_BEFORE.search(text[max(0, match.start() - 12):match.start()])
                                                       or _DATE_AFTER.match(text[match.end():match.end() + 8])):
            continue
        found.append(match)
    found.extend(_WEEKDAY_OR_RELATIVE.finditer(text))
    return sorted(found, key=lambda m: m.start())


def past_verbs(text: str) -> list[str]:
    """The verbs of a sentence that tell what happened ("downloaded", "were", "said"): past forms, not a
    participle that describes a noun ("the targeted family") or follows a present "is/are" ("they are
    tortured by history", "it is said that": a state or a hearsay, no event)."""
    return [m.group() for m in _WORD.finditer(text) if _is_past(m.group())
            and not _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _PRESENT_BE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and not _LINKING_BEFORE.search(text, max(0, m.start() - 30), m.start())]


_PRESENT_BE_BEFORE = re.compile(r"\b(?:am|is|are|be|being|['’]re)\s+(?:\w+ly\s+|not\s+)?$", re.I)
# A participle after a verb of becoming or seeming is how someone feels or seems, no deed ("he has become
# enormously frustrated", "they seem worried", "she grew tired").
_LINKING_BEFORE = re.compile(r"\b(?:become|becomes|became|becoming|seem|seems|seemed|feel|feels|felt|grow|grows|"
                             r"grew|grown|remain|remains|remained|look|looks|looked)\s+"
                             r"(?:\w+ly\s+|not\s+|so\s+|very\s+|too\s+|more\s+|increasingly\s+)?$", re.I)


def is_date_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a month, weekday or relative date used as a date (see ``date_words``)?"""
    return any(m.start() <= start and end <= m.end() for m in date_words(text))


# ------------------------------------------------------------------------------------------- features


_TOKEN = re.compile(r"\w+(?:['’]\w+)*|['’]\w+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


@dataclass(frozen=True)
class WordSet:
    """The words of a feature, looked up in a sentence's tokens: single words in a set, phrases as
    substrings of the tokens joined by spaces, prefixes and contractions ("'ll") by the tokens' ends.
    (The terms' own patterns, tried at every position of every sentence, made scoring 100 sentences
    cost 0.1 s.)"""

    singles: frozenset[str]
    phrases: tuple[str, ...] = ()       # " a b "
    ends: re.Pattern | None = field(default=None, compare=False)     # prefixes and contractions

    @classmethod
    def of(cls, words: tuple[str, ...]) -> "WordSet":
        singles, phrases, ends = set(), [], []
        for term in words:
            for alternative in (a.strip().lower().replace("’", "'") for a in term.split("|")):
                if alternative.startswith("'"):
                    ends.append(re.escape(alternative) + " ")
                elif alternative.endswith("*"):
                    ends.append(" " + re.escape(alternative[:-1]))
                elif len(_tokens(alternative)) > 1:
                    phrases.append(" " + " ".join(_tokens(alternative)) + " ")
                elif alternative:
                    singles.add(alternative)
        return cls(frozenset(singles), tuple(phrases), re.compile("|".join(ends)) if ends else None)

    def found_in(self, words: set[str], joined: str) -> bool:
        if not self.singles.isdisjoint(words):
            return True
        if self.phrases and any(phrase in joined for phrase in self.phrases):
            return True
        return self.ends is not None and self.ends.search(joined) is not None


@dataclass(frozen=True)
class Feature:
    id: str
    reason: str
    test: str | None = None
    words: tuple[str, ...] = ()
    lookup: WordSet | None = field(default=None, compare=False, repr=False)


# A feature is named as a reason only when it raises the odds by 15% or more (weight 0.14): beside the
# vector, the weights of features such as "it points at something vague" come out barely above zero,
# and a reason a student reads must be one that counts.
REASON_WEIGHT = 0.14


@dataclass(frozen=True)
class VectorUnits:
    """The units that read a sentence vector: unit j is max(0, vector . inputs[:, j] + biases[j]), and the
    score shifts by the units' values times their ``weights``. (One hidden layer: a few numpy lines.)"""

    inputs: np.ndarray = field(compare=False)      # DIMENSIONS x units
    biases: np.ndarray = field(compare=False)      # units
    weights: np.ndarray = field(compare=False)     # units

    def shifts(self, vectors: np.ndarray) -> np.ndarray:
        """The shift of each row of ``vectors`` (n x DIMENSIONS)."""
        return np.maximum(vectors @ self.inputs + self.biases, 0.0) @ self.weights


def lexical_buckets(text: str) -> list[int]:
    """The buckets of a sentence's lower-case words and of its pairs of neighbouring words (the sentence's
    start and end count as words, so "thank you" opening a sentence is its own pair), each once."""
    tokens = _tokens(text)
    padded = ["<s>", *tokens, "</s>"]
    keys = {f"w {token}" for token in tokens} | {f"b {a} {b}" for a, b in zip(padded, padded[1:])}
    return sorted({zlib.crc32(key.encode("utf-8")) % BUCKETS for key in keys})


@dataclass(frozen=True)
class LexicalWeights:
    """What a sentence's words add to its score: the sum of the weights of its buckets (absent: 0)."""

    weights: dict = field(compare=False)     # bucket -> weight

    def shift(self, text: str) -> float:
        return sum(self.weights.get(bucket, 0.0) for bucket in lexical_buckets(text))


@dataclass(frozen=True)
class Scorer:
    features: tuple[Feature, ...]
    weights: dict = field(compare=False, default_factory=dict)     # feature id -> weight; "bias"
    threshold: float = 0.5
    units: VectorUnits | None = field(compare=False, default=None, repr=False)
    lexical: LexicalWeights | None = field(compare=False, default=None, repr=False)

    def score(self, present: frozenset[str], shift: float = 0.0) -> float:
        """The probability that a sentence with these features is worth checking; ``shift`` is what its
        vector adds (see ``shifts``)."""
        z = self.weights.get("bias", 0.0) + sum(self.weights.get(f, 0.0) for f in present) + shift
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def shifts(self, texts: list[str]) -> list[float]:
        """What each sentence's vector and words add to its score, all sentences embedded in one call."""
        if not texts:
            return []
        found = [0.0] * len(texts) if self.units is None else [float(v) for v in self.units.shifts(embed(texts))]
        if self.lexical is not None:
            found = [shift + self.lexical.shift(text) for shift, text in zip(found, texts)]
        return found

    def scores(self, texts: list[str]) -> list[float]:
        """The score of each sentence, features and vector together."""
        return [self.score(features_of(text, self), shift) for text, shift in zip(texts, self.shifts(texts))]

    def reasons(self, present: frozenset[str]) -> tuple[str, ...]:
        """What makes the sentence worth checking: its features whose weight reaches REASON_WEIGHT,
        strongest first."""
        fired = sorted((f for f in self.features if f.id in present and self.weights.get(f.id, 0.0) >= REASON_WEIGHT),
                       key=lambda f: (-self.weights.get(f.id, 0.0), f.id))
        # A counted number says more than a number: keep the more specific reason.
        ids = {f.id for f in fired}
        return tuple(f.reason for f in fired if not (f.id == "number" and ids & {"counted_number", "percent", "money"}))


_TESTS = ("number", "counted_number", "percent", "money", "year", "date", "named_actor", "quoted_figure",
          "past_event", "pronoun_past", "comparison", "question", "length_short", "length_long", "dated_event",
          "actor_event", "present_perfect",
          "several_numbers", "several_names")


@lru_cache(maxsize=2)
def load_scorer(features_path: Path = FEATURES_FILE, weights_path: Path = WEIGHTS_FILE,
                vectors_path: Path = VECTORS_FILE, lexical_path: Path = LEXICAL_FILE) -> Scorer:
    features = load_features(features_path)
    weights, threshold = parsed_or_raise(_parse_weights, weights_path)
    return Scorer(features, weights, threshold, parsed_or_raise(_parse_units, vectors_path),
                  parsed_or_raise(_parse_lexical, lexical_path))


@lru_cache(maxsize=2)
def load_features(features_path: Path = FEATURES_FILE) -> tuple[Feature, ...]:
    """The readable features alone (what the weights are derived for)."""
    return parsed_or_raise(_parse_features, features_path)


def validate_checkworthy(features_path: Path = FEATURES_FILE, weights_path: Path = WEIGHTS_FILE,
                         vectors_path: Path = VECTORS_FILE, lexical_path: Path = LEXICAL_FILE) -> list[Problem]:
    problems = (problems_of(_parse_features, features_path) + problems_of(_parse_weights, weights_path)
                + problems_of(_parse_units, vectors_path) + problems_of(_parse_lexical, lexical_path))
    if not problems:
        known = {f.id for f in parsed_or_raise(_parse_features, features_path)} | {"bias"}
        weights, _ = parsed_or_raise(_parse_weights, weights_path)
        for name in sorted(set(weights) - known):
            problems.append(Problem(weights_path, f"weight for {name!r}, which {features_path.name} does not define",
                                    fix="re-run benchmarks/claims_benchmark.py --write-data, or add the feature"))
    return problems


def _parse_features(path: Path, problems: list[Problem]) -> tuple[Feature, ...]:
    data = read_mapping(path, problems)
    if data is None:
        return ()
    features = []
    for checker in entries(path, data, "features", "feature", problems):
        feature_id = checker.text("id")
        reason = checker.text("reason", fix="say it as a student would, e.g. reason: it gives a number") or ""
        test = checker.choice("test", _TESTS, "feature test", required=False)
        words = checker.texts("words")
        if not test and not words:
            checker.add("words", "is needed when there is no 'test'", fix="list words, e.g. words: [report, study]")
        if feature_id:
            features.append(Feature(feature_id, reason, test, words, WordSet.of(words) if words and not test else None))
    return tuple(features)


def _parse_weights(path: Path, problems: list[Problem]) -> tuple[dict, float]:
    weights: dict[str, float] = {}
    threshold = 0.5
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.append(Problem(path, f"cannot be read: {exc.strerror}"))
        return weights, threshold
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line == WEIGHTS_HEADER:
            continue
        name, _, value = line.partition("\t")
        try:
            weight = float(value)
        except ValueError:
            problems.append(Problem(path, f"weight of {name!r} must be a number (got {value!r})", line=number,
                                    fix="write 'feature<TAB>number', e.g. 'number\t0.83'"))
            continue
        if name == "threshold":
            threshold = weight
        else:
            weights[name] = weight
    return weights, threshold


def _weight_lines(path: Path, problems: list[Problem]) -> list[str] | None:
    """The lines of a weights file the benchmark writes, or None (with the problem) when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.append(Problem(path, f"cannot be read: {exc.strerror}",
                                fix="re-run benchmarks/claims_benchmark.py --write-data"))
        return None


def _parse_units(path: Path, problems: list[Problem]) -> VectorUnits | None:
    """One line per unit: its name, bias, weight and DIMENSIONS input weights, separated by tabs."""
    lines = _weight_lines(path, problems)
    if lines is None:
        return None
    columns, names = [], set()
    expected = 3 + DIMENSIONS
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line == VECTORS_HEADER:
            continue
        name, *cells = line.split("\t")
        if len(cells) + 1 != expected:
            problems.append(Problem(path, f"unit {name!r} has {len(cells) + 1} fields, not {expected} (name, bias, "
                                          f"weight, {DIMENSIONS} vector weights)", line=number,
                                    fix="re-run benchmarks/claims_benchmark.py --write-data"))
            continue
        if name in names:
            problems.append(Problem(path, f"unit {name!r} is given twice", line=number, fix="keep one line per unit"))
            continue
        try:
            values = [float(cell) for cell in cells]
        except ValueError:
            bad = next(i for i, cell in enumerate(cells) if not _is_number(cell))
            field_name = ("bias", "weight")[bad] if bad < 2 else f"vector weight {bad - 1}"
            problems.append(Problem(path, f"{field_name} of unit {name!r} must be a number (got {cells[bad]!r})",
                                    line=number, fix="write a number such as 0.0123, or re-run "
                                                     "benchmarks/claims_benchmark.py --write-data"))
            continue
        if not all(math.isfinite(v) for v in values):
            problems.append(Problem(path, f"unit {name!r} has a weight that is not a finite number", line=number,
                                    fix="re-run benchmarks/claims_benchmark.py --write-data"))
            continue
        names.add(name)
        columns.append(values)
    if not columns:
        if not problems:
            problems.append(Problem(path, "has no units", fix="re-run benchmarks/claims_benchmark.py --write-data"))
        return None
    table = np.array(columns, dtype=np.float32)
    return VectorUnits(inputs=np.ascontiguousarray(table[:, 2:].T), biases=table[:, 0], weights=table[:, 1])


def _parse_lexical(path: Path, problems: list[Problem]) -> LexicalWeights | None:
    """One line per bucket: its number (0 to BUCKETS - 1) and its weight, separated by a tab."""
    lines = _weight_lines(path, problems)
    if lines is None:
        return None
    weights: dict[int, float] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line == LEXICAL_HEADER:
            continue
        problem = _lexical_problem(line, weights)
        if problem:
            problems.append(Problem(path, problem[0], line=number, fix=problem[1]))
            continue
        bucket, weight = line.split("\t")
        weights[int(bucket)] = float(weight)
    return LexicalWeights(weights)


def _lexical_problem(line: str, seen: dict) -> tuple[str, str] | None:
    """What is wrong with a line of the lexical weights (message, fix), or None."""
    rewrite = "re-run benchmarks/claims_benchmark.py --write-data"
    cells = line.split("\t")
    if len(cells) != 2:
        return f"has {len(cells)} fields, not 2 (bucket, weight)", f"write 'bucket<TAB>weight', e.g. '1234\t0.05', or {rewrite}"
    bucket, weight = cells
    if not bucket.isdigit() or int(bucket) >= BUCKETS:
        return (f"bucket must be a whole number from 0 to {BUCKETS - 1} (got {bucket!r})",
                f"write the bucket's number, or {rewrite}")
    if int(bucket) in seen:
        return f"bucket {bucket} is given twice", "keep one line per bucket"
    if not _is_number(weight) or not math.isfinite(float(weight)):
        return f"weight of bucket {bucket} must be a finite number (got {weight!r})", f"write a number such as 0.05, or {rewrite}"
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@dataclass
class _Sentence:
    """A sentence as the tests read it: its text, its lower-case tokens (also as a set, and joined with
    spaces around them), computed once for all features."""

    text: str
    tokens: list[str]
    words: set[str]
    joined: str
    digits: bool
    memo: dict = field(default_factory=dict)    # test name -> result, for the tests that combine others

    @classmethod
    def of(cls, text: str) -> "_Sentence":
        tokens = _tokens(text)
        return cls(text, tokens, set(tokens), " " + " ".join(tokens) + " ", _ANY_DIGIT.search(text) is not None)

    def has(self, test: str) -> bool:
        if test not in self.memo:
            self.memo[test] = _TEST_FUNCTIONS[test](self)
        return self.memo[test]


def features_of(text: str, scorer: Scorer | None = None, biography: bool = False) -> frozenset[str]:
    """The ids of the features a sentence has. In a ``biography`` (a sentence about the author), years
    are not dates worth checking."""
    scorer = scorer or load_scorer()
    sentence = _Sentence.of(text)
    found = set()
    for feature in scorer.features:
        if feature.test:
            if not (biography and feature.test in ("year", "date")) and sentence.has(feature.test):
                found.add(feature.id)
        elif feature.lookup is not None and feature.lookup.found_in(sentence.words, sentence.joined):
            found.add(feature.id)
    return frozenset(found)


_NUMBER_WORD_SET = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions
trillion dozen dozens half""".split())
_MONTH_WORDS = frozenset(m.lower() for m in _MONTHS)
_DATE_TOKENS = _MONTH_WORDS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "yesterday", "week", "month", "year"}
_SUPERLATIVES = frozenset("""most least largest highest lowest biggest smallest fastest slowest best worst greatest
record twice double doubled triple tripled""".split())
_THAN = re.compile(r" (?:\w+er|more|less|fewer) than ")
_MONEY_WORDS = frozenset("dollar dollars euro euros".split())     # not "billion": "parts per billion"


def _number(s: _Sentence) -> bool:
    return bool(s.digits and numbers(s.text)) or not _NUMBER_WORD_SET.isdisjoint(s.words)


def _counted_number(s: _Sentence) -> bool:
    """A number followed, within two words, by what it counts ("35,000 jobs", "three million people")."""
    if not _number(s):
        return False
    spans = [m.span() for m in numbers(s.text)] if s.digits else []
    if not _NUMBER_WORD_SET.isdisjoint(s.words):
        spans += [m.span() for m in _NUMBER_WORDS.finditer(s.text)]
    for _, end in spans:
        following = _WORD.findall(s.text[end:end + 40])[:2]
        if any(w.lower() not in _FUNCTION_WORDS and w.lower() not in _NUMBER_WORD_SET for w in following) or \
                _PERCENT.match(s.text[end:end + 9].lstrip()):
            return True
    return False


def _percent(s: _Sentence) -> bool:
    return "%" in s.text or "percent" in s.words or "percentage" in s.words or " per cent " in s.joined


def _money(s: _Sentence) -> bool:
    return bool(s.digits and _MONEY.search(s.text)) or not _MONEY_WORDS.isdisjoint(s.words)


def _year(s: _Sentence) -> bool:
    if not s.digits:
        return False
    models = model_number_spans(s.text)
    return any(not any(a <= m.start() < b for a, b in models) for m in _YEAR.finditer(s.text))


def _date(s: _Sentence) -> bool:
    return not _DATE_TOKENS.isdisjoint(s.words) and bool(date_words(s.text))


def _named_actor(s: _Sentence) -> bool:
    """A capitalised word that does not open the sentence (or a quotation), other than "I"."""
    text = s.text
    opening = _SENTENCE_OPENING.match(text).end()
    for match in _CAPITALISED.finditer(text, opening + 1):
        word = match.group()
        if word in _NOT_ACTORS:
            continue
        before = text[max(0, match.start() - 3):match.start()].rstrip(" *_")
        if before.endswith(("“", "\"", ".", "?", "!", ":")):
            continue
        return True
    return False


_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w’'-]*")
_NOT_ACTORS = frozenset(("I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d", *_MONTHS))


def _quoted_figure(s: _Sentence) -> bool:
    return any(_number(_Sentence.of(m.group(1))) for m in _QUOTED.finditer(s.text)) if s.digits or "“" in s.text \
        or '"' in s.text else False


def _is_past(word: str) -> bool:
    lower = word.lower()
    if lower in _PAST_IRREGULAR:
        return True
    return word.islower() and len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_PAST


_ED_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}ed(?![\w'’-])")


def _past_event(s: _Sentence) -> bool:
    if not _PAST_IRREGULAR.isdisjoint(s.words):
        return True
    return any(m.group() not in _NOT_PAST for m in _ED_WORD.finditer(s.text))


def _pronoun_past(s: _Sentence) -> bool:
    if _PRONOUN_WORDS.isdisjoint(s.words):
        return False
    return any(_is_past(m.group(1)) for m in _PRONOUNS.finditer(s.text))


_PRONOUN_WORDS = frozenset(("he", "she", "they", "we", "it"))


def _comparison(s: _Sentence) -> bool:
    return not _SUPERLATIVES.isdisjoint(s.words) or (" than " in s.joined and _THAN.search(s.joined) is not None) \
        or " times as " in s.joined


# "has risen", "have lost", "has already cut", "'ve seen": an auxiliary, at most one word, a participle.
_PRESENT_PERFECT = re.compile(r" (?:has|have|\w+'ve) (?:\w+ )?(?:\w+(?:ed|en|wn|ne|ght)|lost|cut|made|paid|spent|put|had) ")


def _present_perfect(s: _Sentence) -> bool:
    return _PRESENT_PERFECT.search(s.joined) is not None


def _several_numbers(s: _Sentence) -> bool:
    return s.digits and len(numbers(s.text)) >= 2


def _several_names(s: _Sentence) -> bool:
    """Two different capitalised words after the sentence's first word (other than "I" and months)."""
    opening = _SENTENCE_OPENING.match(s.text).end()
    names = {m.group() for m in _CAPITALISED.finditer(s.text, opening + 1)} - _NOT_ACTORS
    return len(names) >= 2


_TEST_FUNCTIONS = {
    "number": _number,
    "counted_number": _counted_number,
    "percent": _percent,
    "money": _money,
    "year": _year,
    "date": _date,
    "named_actor": _named_actor,
    "quoted_figure": _quoted_figure,
    "past_event": _past_event,
    "pronoun_past": _pronoun_past,
    "comparison": _comparison,
    "dated_event": lambda s: s.has("past_event") and (s.has("date") or s.has("year")),
    "actor_event": lambda s: s.has("named_actor") and s.has("past_event"),
    "question": lambda s: s.text.rstrip(" \"”’')*_").endswith("?"),
    "length_short": lambda s: len(s.tokens) < 6,
    "length_long": lambda s: len(s.tokens) >= 20,
    "present_perfect": _present_perfect,
    "several_numbers": _several_numbers,
    "several_names": _several_names,
}


# A run of capitalised words, a title's full stop inside it ("Sen. Tommy Tuberville", "Gen. Mark Milley").
# "of" or "for" joins the words of one name ("Chamber of Commerce", "Department for Education").
_NAME_RUN = re.compile(rf"(?:{TITLE_BEFORE_NAME}|[A-Z][\w’'-]+\s?)+(?:(?:of|for)\s(?:{TITLE_BEFORE_NAME}|[A-Z][\w’'-]+\s?)+)*")


def salient_words(text: str, limit: int = 3, not_names: frozenset[str] = frozenset(),
                  known: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Words to check in a sentence worth checking that has no cue of a claim kind: the names it gives
    (runs of capitalised words after its first word), else the verbs saying what happened. ``not_names``,
    ``known``: see ``salient_names``."""
    names = salient_names(text, not_names, known)
    if names:
        return names[:limit]
    verbs = [v for v in past_verbs(text) if v.lower() not in _NOT_SALIENT]
    if verbs:
        return tuple(dict.fromkeys(verbs))[:limit]
    # Else the longest content words, in text order ("harbour", "busier", "autumn").
    words = [w for w in _WORD.findall(text) if w.lower() not in _FUNCTION_WORDS and w.lower() not in _NOT_SALIENT
             and len(w) > 3 and w not in not_names]
    longest = sorted(words, key=lambda w: -len(w))[:limit]
    return tuple(dict.fromkeys(w for w in words if w in longest))[:limit]


def salient_names(text: str, not_names: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names a sentence gives, each once, in text order. Not a name: a word of ``not_names`` alone
    ("the Swedish establishment", "Republican candidates", "the other Climate fear mongers"), a shouted word
    in capitals before a name ("A TAXPAYING Swedish family"), nor a possessive's "’s" ("Donald Trump’s
    enthusiasm" names Donald Trump). ``known``: single words the text writes with a capital inside its
    sentences, names also when they open one ("Franken said he did not ...")."""
    opening = _SENTENCE_OPENING.match(text).end()
    names = []
    for m in _NAME_RUN.finditer(text):
        name = _name_of(m, opening, known)
        if not name or name in _NOT_ACTORS or is_page_label(text, m.start()):
            continue
        name = actor_name(name, not_names)
        if name:
            names.append(name)
    return tuple(dict.fromkeys(names))


def actor_name(name: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """A run of capitalised words as the name of someone or something to search for, or None: without a
    possessive's "’s", without shouted words in capitals before it ("TAXPAYING Swedish"), and none if
    all its words are in ``not_names`` ("Swedish", "Western", "Climate")."""
    words = _POSSESSIVE_END.sub("", name).split()
    while words and words[0].isupper() and (len(words[0]) > _ACRONYM_LETTERS or words[0] in not_names):
        words.pop(0)    # "TAXPAYING", "BEFORE": shouting (acronyms are short: NATO, UNICEF)
    return " ".join(words) if words and not all(w in not_names for w in words) else None


_POSSESSIVE_END = re.compile(r"[’']s?$")
_ACRONYM_LETTERS = 6


_IN_A_LINK = re.compile(r"(?:https?://|www\.)\S*$")


def is_page_label(text: str, at: int) -> bool:
    """A hashtag ("#BREAKING") or a word inside an editor's brackets ("[X post (former Twitter)]"): a label
    of the page, not someone in the story."""
    start = max(0, at - 80)     # (a label is short: looking back a little keeps a long text linear)
    return text[at - 1:at] == "#" or text.rfind("[", start, at) > text.rfind("]", start, at) \
        or _IN_A_LINK.search(text, start, at) is not None      # ".../Centricity/Domain/...": a web address


def _name_of(run: re.Match, opening: int, known: frozenset[str] = frozenset()) -> str | None:
    """A run of capitalised words as a name. At the sentence's opening the first word may be capitalised
    only because it opens the sentence: the run is a name once its common first words are dropped ("In
    Germany", "The White House"), or when it has two words or more ("Angela Merkel took ..."), or when
    the text writes that word with a capital inside a sentence too (``known``: "Franken said ...")."""
    name = run.group().strip()
    before = run.string[max(0, run.start() - 200):run.start()].rstrip()
    if run.start() > opening and not before.endswith(":") and not _IN_A_LINK.search(before):
        return name     # (after a colon or a web address a word is capitalised as at an opening: "...: Home values")
    words = name.split()
    while words and words[0].lower() in _FUNCTION_WORDS | _OPENING_WORDS:
        words.pop(0)
    if not words or (len(words) == len(name.split()) and len(words) < 2 and _POSSESSIVE_END.sub("", words[0]) not in known):
        return None
    return " ".join(words)


_OPENING_WORDS = frozenset("""he she they we i you his her their our my your there here when while after before
since although though as if once what who why how one two three even still now then yet also only just
meanwhile instead today yesterday tomorrow finally indeed perhaps maybe soon later earlier already again
thus so but and or nor yes no where whereas wherever whenever whether unless until because despite unlike
during following amid without""".split())


# A past participle after an article or a preposition describes a noun ("of unmitigated charges", "the
# targeted family"): it is not what happened.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|in|on|at|by|for|with|from|to|its|their|his|her|our|this|these|"
                               r"those|that|very|more|most|so|too)\s+$", re.I)
# Verbs too common to be what a student checks: reporting verbs and auxiliaries.
_NOT_SALIENT = frozenset("""said says told was were had did made went got would could should will than there
their they them what which when where while about shall cannot must might same such very only also even these
those other another every each ourselves yourselves themselves""".split())
