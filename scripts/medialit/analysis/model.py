"""Small linear models learnt from the annotated corpus: features, prediction, the weights file.

Two one-vs-rest logistic models sit beside the hand-written rules:

- the **token model** scores every word of the body for techniques that live in a word or two (loaded
  language, name calling, ...); adjacent words that score high for one technique become one flag;
- the **sentence model** scores every sentence for techniques that live in a clause or a sentence
  (appeal to fear, doubt, black-and-white, ...); the sentence becomes the flag, with the technique of
  the highest score.

Features are deliberately small and readable: the word itself (lower case), a crude stem, the word
before and after, two-word pairs, the word's shape, whether it stands in quotation marks, which rule
fired on it, and for sentences their words, word pairs, ending and length. Words that name a side
(``side_words`` in ``corpus.yaml``), capitalised words inside a sentence (names) and numbers are all
replaced by placeholders, so no weight can attach to a country, party or person and the same words
score alike whichever side a text takes. No feature holds more than two words of text.

The weights file (``model-ptc.tsv``) is written by ``model_train.write_model``; every flag a model
makes names the features that pushed it ("'hysterical', marked as loaded language 8 of 12 times").
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, reduce
from itertools import chain, compress, count
from operator import add, attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ..errors import Problem
from .detect_text import Token
from .memo import filled

if TYPE_CHECKING:
    import numpy as np

NAME = "<name>"    # a side word, or a capitalised word inside a sentence: a name, never a feature of its own
NUMBER = "<num>"
ANY = "any"        # a class of the sentence model: any technique at all (decides whether a sentence is flagged)
KINDS = ("token", "sentence")
FEATURE_PREFIXES = ("bias", "w", "s", "p", "n", "b", "a", "shape", "quote", "rule", "seen", "end", "len", "first")
MAX_FEATURE_WORDS = 2

_SUFFIXES = ("ations", "ation", "ingly", "ness", "ment", "ings", "ing", "edly", "ed", "ly", "ies", "es", "s")
_ALPHA = re.compile(r"[a-z]")


@dataclass(frozen=True, eq=False)
class LinearModel:
    """One-vs-rest logistic weights: ``weights[feature]`` holds one weight per class."""

    kind: str                                   # "token" | "sentence"
    classes: tuple[str, ...]                    # technique ids
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    counts: dict[str, tuple[int, tuple[int, ...]]] = field(default_factory=dict)   # "w:x" -> (total, inside per class)
    scale: tuple[float, ...] = ()               # sentence model: mean share of a positive sentence inside gold spans

    def scores(self, features: list[str]) -> list[float]:
        """Probability of each class for one example."""
        return self._probabilities(row for row in map(self.weights.get, features) if row is not None)

    def scores_of_rows(self, rows: Iterable[int]) -> list[float]:
        """``scores`` of the features of ``rows`` of ``_matrix`` (given in the order of the features)."""
        weights = self._row_weights
        return self._probabilities(weights[r] for r in rows)

    def scores_of_row_lists(self, row_lists: Sequence[Sequence[int]]) -> list[list[float]]:
        """``scores_of_rows`` of each of ``row_lists``, all at once, bit for bit.

        ``np.add.accumulate`` along an axis adds one term at a time to the running sum, in order (unlike
        ``np.sum``, which may add in pairs), so accumulating [bias, w1, w2, ...] makes the additions of
        ``_probabilities`` for every class of every list together. Shorter lists are padded at the end
        with row 0 of ``_matrix``, all zeros: x + 0.0 is x (0.0 for x = -0.0, which ``_sigmoid`` maps
        alike). The sigmoid stays Python's: numpy's ``exp`` may differ from ``math.exp`` in the last bit."""
        if not row_lists:
            return []
        import numpy as np

        _, matrix = self._matrix
        lengths = np.fromiter(map(len, row_lists), dtype=np.intp, count=len(row_lists))
        padded = np.zeros((len(row_lists), int(lengths.max()) + 1), dtype=np.intp)    # column 0: the bias
        within = np.arange(padded.shape[1] - 1) < lengths[:, None]
        padded[:, 1:][within] = np.fromiter(chain.from_iterable(row_lists), dtype=np.intp, count=int(lengths.sum()))
        terms = matrix[padded.T]            # (term, list, class): each addition is of contiguous rows
        terms[0] = self.bias
        sums = np.add.accumulate(terms, axis=0)[-1].tolist()
        return [list(map(_sigmoid, z)) for z in sums]

    def _probabilities(self, rows: Iterable[tuple[float, ...]]) -> list[float]:
        """The one exact definition of a probability: each class's weights added one by one to its bias,
        in the order of the features, then ``_sigmoid``. (``reduce(add, ...)`` over a class's column of
        weights makes the same additions as a loop would, in order, in half the time of adding rows.)"""
        rows = list(rows)
        columns = zip(*rows) if rows else [()] * len(self.bias)          # one column of weights per class
        return [_sigmoid(reduce(add, column, start)) for start, column in zip(self.bias, columns)]

    def contributions(self, features: list[str], c: int) -> list[tuple[float, str]]:
        """Features that pushed class ``c`` up, strongest first."""
        found = {}
        for feature in features:
            row = self.weights.get(feature)
            if row is not None and row[c] > 0:
                found[feature] = found.get(feature, 0.0) + row[c]
        return sorted(((w, f) for f, w in found.items()), key=lambda x: (-x[0], x[1]))

    def pushes_of_rows(self, rows: Iterable[int], c: int) -> dict[str, float]:
        """The ``contributions`` of the features of ``rows`` of ``_matrix`` (distinct rows), unsorted:
        feature -> weight."""
        weights, names = self._row_weights, self._row_features
        return {names[r]: weights[r][c] for r in rows if weights[r][c] > 0}

    def likely_tokens(self, data: ModelInput, floor: float, classes: Sequence[int]) -> list[int]:
        """Indices of the tokens of ``data`` whose probability for one of ``classes`` may reach ``floor``.

        A sieve: the logits of all tokens are added up at once with numpy, each feature looked up by its
        slot (the word, the word before, the pair, ...) in tables of the weights, so that none of the
        feature strings is made. Only the few tokens it keeps need ``scores``, which stays the one exact
        definition: no flag, confidence or reason depends on numpy's order of additions, and the margin
        covers any rounding difference."""
        forms = data.forms
        if not forms:
            return []
        import numpy as np     # here, not at the top: a build whose workers analyse never loads it (17 MB)

        _, matrix = self._matrix
        slots = self._slots
        # The text between "<s>" and "</s>", so that the first and last words have neighbours too.
        distinct, numbers = data.numbered_forms
        ends = np.array([len(distinct), len(distinct) + 1])
        by_word = self._form_table([*distinct, "<s>", "</s>"])[np.concatenate((ends[:1], numbers, ends[1:]))]
        pair_ids = by_word[:, _PAIR_ID]
        by_text = self._rows_of_texts(data.tokens)
        seen = slots.get("seen", {})
        seen_rows = np.array([0, seen.get(_seen(1), 0), seen.get(_seen(2), 0)], dtype=np.intp)  # by count 0, 1, 2+
        rows = np.stack([                            # one row of the weight matrix per slot and token
            by_word[1:-1, _WORD],
            by_word[1:-1, _STEM],
            by_word[:-2, _BEFORE],                   # the word before, as seen from each token
            by_word[2:, _AFTER],                     # the word after
            self._pair_rows("b", pair_ids[:-2], pair_ids[1:-1]),
            self._pair_rows("a", pair_ids[1:-1], pair_ids[2:]),
            by_text[:, 0],
            by_text[:, 1],
            seen_rows[np.minimum(np.fromiter(data.seen, dtype=np.intp, count=len(forms)), 2)],
            np.where(np.fromiter(data.quoted, dtype=bool, count=len(forms)), slots.get("quote", {}).get("in", 0), 0),
        ])
        # (``np.take`` gathers the same rows as ``matrix[rows]`` in a quarter of the time.)
        z = np.take(matrix, rows, axis=0).sum(axis=0) + np.array(self.bias)
        # A quarter of the tokens lie under rules, in a few combinations: each is added up once.
        rule = slots.get("rule", {})
        under = list(compress(range(len(forms)), data.rule_hits))
        combinations, numbers = _numbered([data.rule_hits[k] for k in under])
        by_rules = np.array([matrix[[rule.get(t, 0) for t in techniques]].sum(axis=0) for techniques in combinations])
        if under:
            z[under] += by_rules[numbers]
        keep = (z[:, list(classes)] >= _logit(floor) - _SIEVE_MARGIN).any(axis=1)
        return np.flatnonzero(keep).tolist()

    def likely_sentences(self, data: ModelInput, floor: float, classes: Sequence[int]) -> list[int]:
        """Numbers of the sentences of ``data`` whose probability for one of ``classes`` may reach
        ``floor``: the sieve of ``likely_tokens``, for the sentence model."""
        return [number for number, _ in self.likely_sentence_rows(data, floor, classes)]

    def likely_sentence_rows(self, data: ModelInput, floor: float,
                             classes: Sequence[int]) -> list[tuple[int, list[int]]]:
        """The sentences ``likely_sentences`` keeps, each with the rows of ``_matrix`` of its features:
        ``scores_of_rows`` of them is ``scores`` of ``data.sentence_features(number)`` (rows are numbered
        in the order of the features, which ``sentence_features`` sorts)."""
        if not data.sentences:
            return []
        import numpy as np

        _, matrix = self._matrix
        owners, rows = self._sentence_rows(data)
        count = len(data.sentences)
        keep = np.zeros(count, dtype=bool)
        for c in classes:
            z = np.bincount(owners, weights=matrix[rows, c], minlength=count) + self.bias[c]
            keep |= z >= _logit(floor) - _SIEVE_MARGIN
        kept = np.flatnonzero(keep)
        starts, ends = np.searchsorted(owners, kept), np.searchsorted(owners, kept, side="right")
        rows = rows.tolist()
        return [(number, rows[i:j]) for number, i, j in zip(kept.tolist(), starts.tolist(), ends.tolist())]

    def _sentence_rows(self, data: ModelInput) -> tuple[np.ndarray, np.ndarray]:
        """(sentence number, row of ``_matrix``) of every known feature of every sentence, each pair
        once, sorted: a sentence's features are a set of its words, word pairs and extras."""
        import numpy as np

        ids, _ = self._matrix
        firsts, ends = np.array([(i, j) for _, _, i, j in data.sentences], dtype=np.intp).reshape(-1, 2).T
        lengths = ends - firsts
        numbers = np.arange(len(data.sentences))
        owners = np.repeat(numbers, lengths)                        # per word of a sentence: the sentence
        at = np.arange(len(owners)) + np.repeat(firsts - (np.cumsum(lengths) - lengths), lengths)  # ... and the word
        distinct, numbers = data.numbered_forms
        by_word = self._form_table(distinct)[numbers]
        word_rows = by_word[at, _WORD]
        pair_ids = by_word[at, _PAIR_ID]
        in_one = owners[:-1] == owners[1:]                          # pairs of words within a sentence
        pair_rows = self._pair_rows("b", pair_ids[:-1][in_one], pair_ids[1:][in_one])
        extra_owners, extra_rows = [], []
        for number, ((_, _, i, j), context) in enumerate(zip(data.sentences, data.sentence_contexts)):
            for feature in ("len:" + _length(j - i), *_sentence_extras(context)):
                extra_owners.append(number)
                extra_rows.append(ids.get(feature, 0))
        size = len(ids) + 1
        keys = np.concatenate([owners * size + word_rows, owners[:-1][in_one] * size + pair_rows,
                               np.array(extra_owners, dtype=np.intp) * size + np.array(extra_rows, dtype=np.intp)])
        # (The keys come nearly in order, sentence by sentence: a stable sort, timsort, takes a quarter
        # of the time of np.unique's.)
        keys.sort(kind="stable")
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        owners, rows = np.divmod(keys, size)
        known = rows > 0
        return owners[known], rows[known]

    def _form_table(self, forms: list[str]) -> np.ndarray:
        """``_form_rows`` of each of ``forms``, one row each."""
        import numpy as np

        known = filled(self._rows_by_form, forms, self._form_rows, _MAX_MEMO)
        rows = chain.from_iterable(map(known.__getitem__, forms))
        return np.fromiter(rows, dtype=np.intp, count=5 * len(forms)).reshape(-1, 5)

    def _rows_of_texts(self, tokens: list[Token]) -> np.ndarray:
        """``_text_rows`` of each token."""
        import numpy as np

        texts = list(map(attrgetter("text"), tokens))
        known = filled(self._rows_by_text, texts, self._text_rows, _MAX_MEMO)
        rows = chain.from_iterable(map(known.__getitem__, texts))
        return np.fromiter(rows, dtype=np.intp, count=2 * len(texts)).reshape(-1, 2)

    def _form_rows(self, form: str) -> tuple[int, int, int, int, int]:
        """Rows of ``_matrix`` for a word form as the word itself, its stem, the word before another
        and the word after another, and its number in ``_pairs`` (memoised in ``_rows_by_form``: a
        corpus has far fewer forms than tokens)."""
        slots = self._slots
        stemmed = 0 if form == NAME or form == NUMBER else slots.get("s", {}).get(stem(form), 0)
        return (slots.get("w", {}).get(form, 0), stemmed, slots.get("p", {}).get(form, 0),
                slots.get("n", {}).get(form, 0), self._pairs[0].get(form, 0))

    def _text_rows(self, text: str) -> tuple[int, int]:
        """Rows of ``_matrix`` for a token's shape as written: its case, and whether it has a hyphen."""
        shape = self._slots.get("shape", {})
        return shape.get(_case_shape(text), 0), shape.get("hyphen", 0) if "-" in text else 0

    def _pair_rows(self, prefix: str, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """Rows of ``_matrix`` of the word pairs ``prefix:first second`` (words by their number in ``_pairs``)."""
        import numpy as np

        words, tables = self._pairs
        keys, rows = tables.get(prefix, tables[""])
        wanted = firsts * (len(words) + 1) + seconds
        at = np.searchsorted(keys, wanted)       # (the last key is larger than any pair: ``at`` is a key)
        return np.where(keys[at] == wanted, rows[at], 0)

    @cached_property
    def _pairs(self) -> tuple[dict[str, int], dict[str, tuple[np.ndarray, np.ndarray]]]:
        """Word -> number (from 1) of the words of pair features, and for "a" and "b" the pairs as sorted
        numbers ``first * (words + 1) + second`` with their rows of ``_matrix``. A word in no pair is 0,
        and no pair holds a 0."""
        import numpy as np

        pairs = {prefix: {key: row for key, row in self._slots.get(prefix, {}).items() if len(key) == 2}
                 for prefix in ("a", "b")}
        words = {w: n for n, w in enumerate(sorted({w for table in pairs.values() for key in table for w in key}), 1)}
        size = len(words) + 1
        tables = {"": (np.array([size * size], dtype=np.intp), np.zeros(1, dtype=np.intp))}
        for prefix, table in pairs.items():
            numbered = sorted((words[x] * size + words[y], row) for (x, y), row in table.items())
            keys = np.array([key for key, _ in numbered] + [size * size], dtype=np.intp)
            tables[prefix] = (keys, np.array([row for _, row in numbered] + [0], dtype=np.intp))
        return words, tables

    @cached_property
    def _rows_by_form(self) -> dict[str, tuple[int, int, int, int, int]]:
        return {}

    @cached_property
    def _rows_by_text(self) -> dict[str, tuple[int, int]]:
        return {}

    @cached_property
    def _matrix(self) -> tuple[dict[str, int], np.ndarray]:
        """Feature -> row of a weight matrix whose row 0 (unknown features) is all zeros. Rows follow the
        order of the features' strings, so that rows sorted are features sorted."""
        import numpy as np

        ids = {feature: row for row, feature in enumerate(self._row_features) if row}
        matrix = np.zeros((len(ids) + 1, len(self.classes)))
        for feature, row in ids.items():
            matrix[row] = self.weights[feature]
        return ids, matrix

    @cached_property
    def _row_features(self) -> list[str]:
        return ["", *sorted(self.weights)]

    @cached_property
    def _row_weights(self) -> list[tuple[float, ...]]:
        """The weights of each row of ``_matrix``, as ``weights`` holds them (Python floats)."""
        return [(0.0,) * len(self.classes), *(self.weights[f] for f in self._row_features[1:])]

    @cached_property
    def _slots(self) -> dict[str, dict]:
        """Feature prefix -> value -> row of ``_matrix``, word pairs ("b", "a") keyed by their two words."""
        ids, _ = self._matrix
        slots: dict[str, dict] = {}
        for feature, row in ids.items():
            prefix, _, value = feature.partition(":")
            slots.setdefault(prefix, {})[tuple(value.split(" ")) if prefix in ("a", "b") else value] = row
        return slots


H = TypeVar("H", bound=Hashable)


def _numbered(values: list[H]) -> tuple[list[H], np.ndarray]:
    """The distinct values (in order), and each value's number among them. (A text repeats its words:
    looking each distinct word up once, then spreading the results with numpy, is several times faster
    than looking up every token.)"""
    import numpy as np

    number = dict(zip(dict.fromkeys(values), count()))
    return list(number), np.fromiter(map(number.__getitem__, values), dtype=np.intp, count=len(values))


# Columns of ``LinearModel._form_rows``.
_WORD, _STEM, _BEFORE, _AFTER, _PAIR_ID = range(5)


@dataclass(frozen=True, eq=False)
class ModelSet:
    token: LinearModel | None = None
    sentence: LinearModel | None = None


_SIEVE_MARGIN = 1e-6
_MAX_MEMO = 200_000


def _logit(p: float) -> float:
    """The logit at which ``_sigmoid`` reaches ``p`` (its clamps included)."""
    if p <= 0:
        return -math.inf
    if p >= 1:
        return 30.0
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


# ---------------------------------------------------------------------------------------------- features


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem, so that 'hysterically' and 'hysterical' share evidence."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def word_forms(tokens: list[Token], sentence_starts: set[int], side_words: frozenset[str]) -> list[str]:
    """The form each token enters the features as: lower case, or a placeholder for names and numbers."""
    placeholders = _placeholders(side_words)      # (a plain dict: ~0.1 ms less per text than lru_cache's keys)
    forms = []
    for token in tokens:
        norm = token.norm
        placeholder = placeholders.get(norm)
        if placeholder is None:
            if len(placeholders) >= _MAX_MEMO:         # a bound on memory over very large corpora
                placeholders.clear()
            placeholder = placeholders[norm] = _placeholder(norm, side_words) or ""
        if placeholder:
            forms.append(placeholder)
        elif token.text[:1].isupper() and token.start not in sentence_starts:      # (``Token.capitalized``)
            forms.append(NAME)
        else:
            forms.append(norm)
    return forms


@lru_cache(maxsize=4)
def _placeholders(side_words: frozenset[str]) -> dict[str, str]:
    """A memo of ``_placeholder`` for one set of side words: word -> placeholder, or "" for none."""
    return {}


def _placeholder(norm: str, side_words: frozenset[str]) -> str | None:
    """NAME for a word that names a side, NUMBER for one without letters, else None."""
    if norm in side_words or stem(norm) in side_words or any(part in side_words for part in norm.split("-")):
        return NAME
    if not _ALPHA.search(norm):
        return NUMBER
    return None


def token_features(prev: str, form: str, nxt: str, text: str, in_quotes: bool, rules: tuple[str, ...],
                   count: int) -> list[str]:
    """Features of one token, from its form, its neighbours' forms and its context (see the module
    docstring). ``LinearModel.likely_tokens`` adds up the same features without making these strings:
    a change here must be made there too (a test compares the two)."""
    features = ["bias", "w:" + form, "p:" + prev, "n:" + nxt, "b:" + prev + " " + form, "a:" + form + " " + nxt]
    if form != NAME and form != NUMBER:
        features.append("s:" + stem(form))
    case = _case_shape(text)
    if case:
        features.append("shape:" + case)
    if "-" in text:
        features.append("shape:hyphen")
    if in_quotes:
        features.append("quote:in")
    for technique in rules:
        features.append("rule:" + technique)
    if count:
        features.append("seen:" + _seen(count))
    return features


def _case_shape(text: str) -> str | None:
    if text.isupper() and len(text) > 1:
        return "upper"
    if text[:1].isupper():
        return "cap"
    return None


def _seen(count: int) -> str:
    return "1" if count == 1 else "2+"


class SentenceContext(NamedTuple):
    """What a sentence's features need besides its words."""

    tail: str               # its last character
    quoted_share: float     # share of its words inside quotation marks
    first: bool             # it opens a paragraph
    fired: frozenset[str]   # techniques of the rules that fired in it


def sentence_features(forms: list[str], context: SentenceContext) -> list[str]:
    """Features of one sentence: its words and word pairs, ending, length, quotation and rules fired.
    (``LinearModel.likely_sentences`` adds up the same features without making these strings.)"""
    f = {"bias", "len:" + _length(len(forms))}
    f.update("w:" + form for form in forms)
    f.update("b:" + a + " " + b for a, b in zip(forms, forms[1:]))
    f.update(_sentence_extras(context))
    return sorted(f)


def _length(words: int) -> str:
    return "short" if words < 8 else "medium" if words < 25 else "long"


def _sentence_extras(context: SentenceContext) -> list[str]:
    extras = ["rule:" + t for t in context.fired]
    if context.tail in ("?", "!"):
        extras.append("end:" + context.tail)
    if context.quoted_share > 0.5:
        extras.append("quote:in")
    if context.first:
        extras.append("first:paragraph")
    return extras


@lru_cache(maxsize=1 << 14)
def describe(feature: str) -> str:
    """A feature as a student reads it."""
    kind, _, value = feature.partition(":")
    return {
        "w": f"'{value}'", "s": f"words like '{value}…'", "p": f"after '{value}'", "n": f"before '{value}'",
        "b": f"'{value}'", "a": f"'{value}'", "quote": "in quotation marks", "rule": f"a typical sign of {value.replace('-', ' ')}",
        "seen": "a word used before in the text", "end": f"ends with '{value}'", "first": "opens a paragraph",
        "shape": {"upper": "in capitals", "cap": "capitalised", "hyphen": "a hyphenated word"}.get(value, value),
        "len": f"a {value} sentence",
    }.get(kind, feature)


@lru_cache(maxsize=1 << 14)
def readable(feature: str) -> bool:
    """Features worth citing in a reason: words, pairs, quotation marks, capitals; not placeholders."""
    kind, _, value = feature.partition(":")
    if kind in ("bias", "len", "first", "seen") or NAME in value or NUMBER in value or "<s>" in value or "</s>" in value:
        return False
    return True


# -------------------------------------------------------------------------------------------- prepared text


@dataclass(frozen=True, eq=False)
class ModelInput:
    """Everything the models read from one text, computed once. Feature strings are made on demand,
    for the few words and sentences that may be flagged: a text has ~18,000 of them, and the sieves
    (``LinearModel.likely_tokens``, ``likely_sentences``) do without."""

    tokens: list[Token]
    forms: list[str]
    quoted: list[bool]                               # per token: inside quotation marks
    rule_hits: list[tuple[str, ...]]                 # per token: techniques of the rules that fired on it
    seen: list[int]                                  # per token: how often its form was used before
    sentences: list[tuple[int, int, int, int]]       # (start, end, first token, end token)
    sentence_contexts: list[SentenceContext]

    @cached_property
    def numbered_forms(self) -> tuple[list[str], np.ndarray]:
        """The distinct forms, and each token's form by its number among them (``_numbered``), for the
        sieves of both models."""
        return _numbered(self.forms)

    def token_features(self, k: int) -> list[str]:
        forms = self.forms
        prev = forms[k - 1] if k else "<s>"
        nxt = forms[k + 1] if k + 1 < len(forms) else "</s>"
        return token_features(prev, forms[k], nxt, self.tokens[k].text, self.quoted[k], self.rule_hits[k],
                              self.seen[k])

    def sentence_features(self, number: int) -> list[str]:
        _, _, i, j = self.sentences[number]
        return sentence_features(self.forms[i:j], self.sentence_contexts[number])


def model_input(content: str, tokens: tuple[Token, ...], paragraphs, sentences, quotes,
                rule_spans: list[tuple[int, int, str]], side_words: frozenset[str]) -> ModelInput:
    """What the token and sentence models read; ``rule_spans`` are (start, end, technique) of rule cues."""
    tokens = list(tokens)
    starts = [t.start for t in tokens]
    sentence_starts = set()
    sentence_ranges = []
    for s, e in sentences:
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_left(starts, e)
        if i < len(tokens):
            sentence_starts.add(tokens[i].start)
        sentence_ranges.append((s, e, i, j))
    forms = word_forms(tokens, sentence_starts, side_words)
    quoted = _inside_each(quotes, tokens)
    hits: dict[int, set[str]] = {}          # token -> techniques of the rules that fired on it
    for s, e, technique in _merged_spans(rule_spans):
        i = bisect.bisect_left(starts, s)
        while i < len(tokens) and tokens[i].start < e:
            hits.setdefault(i, set()).add(technique)
            i += 1
    seen_count = dict.fromkeys(forms, 0)
    placeholders = {NAME, NUMBER}
    seen = []
    for form in forms:
        if form in placeholders:
            seen.append(0)
        else:
            count = seen_count[form]
            seen_count[form] = count + 1
            seen.append(count)
    rule_hits = [()] * len(tokens)
    for i, techniques in hits.items():
        rule_hits[i] = tuple(sorted(techniques))
    paragraph_starts = sorted({p[0] for p in paragraphs})
    hit_tokens = sorted(hits)
    contexts = []
    for s, e, i, j in sentence_ranges:
        share = sum(quoted[i:j]) / (j - i) if j > i else 0.0
        # A paragraph starts at the sentence or within its first 3 characters (behind a quotation mark).
        near = bisect.bisect_left(paragraph_starts, s)
        first = near < len(paragraph_starts) and paragraph_starts[near] < s + 3
        fired = frozenset().union(*(hits[k] for k in hit_tokens[bisect.bisect_left(hit_tokens, i):bisect.bisect_left(hit_tokens, j)]))
        contexts.append(SentenceContext(content[s:e].rstrip()[-1:], share, first, fired))
    return ModelInput(tokens, forms, quoted, rule_hits, seen, sentence_ranges, contexts)


def _merged_spans(rule_spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans of each technique with overlapping or touching ones merged: the same tokens get the
    same techniques, and each token is walked once per technique, not once per span (issue 17: a
    sentence-long rule firing at every "either ... or" of one long sentence made this quadratic)."""
    merged: list[tuple[int, int, str]] = []
    for technique in sorted({technique for _, _, technique in rule_spans}):
        current = None
        for s, e in sorted((s, e) for s, e, t in rule_spans if t == technique):
            if current is not None and s <= current[1]:
                current = (current[0], max(current[1], e))
                continue
            if current is not None:
                merged.append((*current, technique))
            current = (s, e)
        if current is not None:
            merged.append((*current, technique))
    return merged


def _inside_each(spans, tokens: list[Token]) -> list[bool]:
    """``inside(spans, token)`` for every token (tokens and spans are sorted): each span marks the run of
    tokens that lie in it, found by bisection, as a quotation holds a few dozen of a text's ~1,500 tokens.

    A token belongs to the first span that does not end before it (spans ending no later than an earlier
    span are never that span), and lies inside it if it does not start before it."""
    starts = list(map(attrgetter("start"), tokens))
    ends = list(map(attrgetter("end"), tokens))
    result = [False] * len(tokens)
    last = -math.inf                                  # the end of the last span that was some token's first
    for s, e in spans:
        if e <= last:
            continue
        lo = bisect.bisect_right(ends, last)          # tokens ending after ``last`` ...
        hi = bisect.bisect_right(ends, e, lo)         # ... up to ``e``: their first span is this one
        lo = bisect.bisect_left(starts, s, lo, hi)    # those that do not start before it lie in it
        result[lo:hi] = [True] * (hi - lo)
        last = e
    return result


# -------------------------------------------------------------------------------------------------- file

HEADER = "kind\tfeature\ttotal\tweights\tinside"


def load_model(path: Path, problems: list[Problem], techniques: set[str]) -> ModelSet:
    """The weights file: ``classes`` rows name each model's classes, then one row per feature."""
    if not path.exists():
        return ModelSet()
    classes: dict[str, tuple[str, ...]] = {}
    bias: dict[str, tuple[float, ...]] = {}
    scale: dict[str, tuple[float, ...]] = {}
    weights: dict[str, dict] = {k: {} for k in KINDS}
    counts: dict[str, dict] = {k: {} for k in KINDS}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line == HEADER:
                continue
            row = line.split("\t")
            try:
                kind, feature = row[0], row[1]
                if kind == "classes":
                    names = tuple(row[3].split())
                    unknown = [c for c in names if c not in techniques and c != ANY]
                    if unknown or feature not in KINDS:
                        raise ValueError(f"unknown technique {unknown[0]!r}" if unknown else f"unknown model {feature!r}")
                    classes[feature] = names
                    continue
                if kind not in classes:
                    raise ValueError(f"model {kind!r} has no 'classes' row before its weights")
                values = tuple(float(v) for v in row[3].split())
                if len(values) != len(classes[kind]):
                    raise ValueError(f"{len(values)} weights for {len(classes[kind])} classes")
                if feature == "bias":
                    bias[kind] = values
                elif feature == "scale":
                    scale[kind] = values
                else:
                    prefix, _, value = feature.partition(":")
                    if prefix not in FEATURE_PREFIXES or not value:
                        raise ValueError(f"unknown feature {feature!r}")
                    if len(value.split()) > MAX_FEATURE_WORDS:
                        raise ValueError(f"feature {feature!r} holds more than {MAX_FEATURE_WORDS} words")
                    weights[kind][feature] = values
                    if len(row) > 4 and row[4]:
                        inside_counts = tuple(int(v) for v in row[4].split())
                        counts[kind][feature] = (int(row[2]), inside_counts)
            except (ValueError, IndexError) as exc:
                problems.append(Problem(path, f"bad row: {exc}", line=number,
                                        fix="regenerate it with benchmarks/ptc_benchmark.py --write-data"))
    models = {}
    for kind, names in classes.items():
        if kind not in bias:
            problems.append(Problem(path, f"model {kind!r} has no bias row",
                                    fix="regenerate it with benchmarks/ptc_benchmark.py --write-data"))
            continue
        models[kind] = LinearModel(kind, names, bias[kind], weights[kind], counts[kind], scale.get(kind, ()))
    return ModelSet(models.get("token"), models.get("sentence"))


def model_rows(model: LinearModel) -> list[str]:
    rows = [f"classes\t{model.kind}\t\t{' '.join(model.classes)}\t", f"{model.kind}\tbias\t\t{_numbers(model.bias)}\t"]
    if model.scale:
        rows.append(f"{model.kind}\tscale\t\t{_numbers(model.scale)}\t")
    for feature in sorted(model.weights):
        total, inside_counts = model.counts.get(feature, (0, ()))
        rows.append(f"{model.kind}\t{feature}\t{total or ''}\t{_numbers(model.weights[feature])}\t"
                    f"{' '.join(map(str, inside_counts))}")
    return rows


def _numbers(values) -> str:
    return " ".join(_number(v) for v in values)


def _number(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
