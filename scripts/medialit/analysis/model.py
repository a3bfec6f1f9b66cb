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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import Problem
from .detect_text import Token

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
        z = list(self.bias)
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row is not None:
                z = [total + w for total, w in zip(z, row)]
        return [_sigmoid(v) for v in z]

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

        slots = self._slots
        b, a, quote, seen, rule = (slots.get(prefix, {}) for prefix in ("b", "a", "quote", "seen", "rule"))
        # A text repeats its words: the slots that depend on one word alone are looked up once per word.
        known_forms, known_texts = self._rows_by_form, self._rows_by_text    # (a call only for new words)
        by_form = [known_forms.get(f) or self._form_rows(f) for f in forms]
        by_text = [known_texts.get(t.text) or self._text_rows(t.text) for t in data.tokens]
        prevs = ["<s>", *forms[:-1]]
        nexts = [*forms[1:], "</s>"]
        words, stems, as_prev, as_next = zip(*by_form)
        quoted = quote.get("in", 0)
        columns = [                                       # one row of the weight matrix per token and slot
            words,
            stems,
            [slots.get("p", {}).get("<s>", 0), *as_prev[:-1]],      # the word before, as seen from each token
            [*as_next[1:], slots.get("n", {}).get("</s>", 0)],      # the word after
            [b.get(pair, 0) for pair in zip(prevs, forms)],
            [a.get(pair, 0) for pair in zip(forms, nexts)],
            *zip(*by_text),
            [quoted if q else 0 for q in data.quoted],
            [seen.get(_seen(c), 0) if c else 0 for c in data.seen],
        ]
        for j in range(max(map(len, data.rule_hits))):
            columns.append([rule.get(r[j], 0) if len(r) > j else 0 for r in data.rule_hits])
        _, matrix = self._matrix
        # (fromiter over the chained columns converts the ints about twice as fast as np.array(columns).)
        rows = np.fromiter(chain.from_iterable(columns), dtype=np.intp, count=len(columns) * len(forms))
        z = matrix[rows.reshape(len(columns), len(forms))].sum(axis=0) + np.array(self.bias)
        keep = (z[:, list(classes)] >= _logit(floor) - _SIEVE_MARGIN).any(axis=1)
        return np.flatnonzero(keep).tolist()

    def likely_sentences(self, data: ModelInput, floor: float, classes: Sequence[int]) -> list[int]:
        """Numbers of the sentences of ``data`` whose probability for one of ``classes`` may reach
        ``floor``: the sieve of ``likely_tokens``, for the sentence model."""
        if not data.sentences:
            return []
        import numpy as np

        ids, matrix = self._matrix
        w, b = self._slots.get("w", {}), self._slots.get("b", {})
        rows: list[int] = []
        owners: list[int] = []
        for number, ((_, _, i, j), context) in enumerate(zip(data.sentences, data.sentence_contexts)):
            words = data.forms[i:j]
            found = [w.get(f, 0) for f in set(words)]
            found += [b.get(pair, 0) for pair in set(zip(words, words[1:]))]
            found += [ids.get(f, 0) for f in ("len:" + _length(len(words)), *_sentence_extras(context))]
            rows += found
            owners += [number] * len(found)
        rows_of_matrix = matrix[np.array(rows, dtype=np.intp)]
        keep = np.zeros(len(data.sentences), dtype=bool)
        for c in classes:
            z = np.bincount(owners, weights=rows_of_matrix[:, c], minlength=len(data.sentences)) + self.bias[c]
            keep |= z >= _logit(floor) - _SIEVE_MARGIN
        return np.flatnonzero(keep).tolist()

    def _form_rows(self, form: str) -> tuple[int, int, int, int]:
        """Rows of ``_matrix`` for a word form as the word itself, its stem, the word before another
        and the word after another (memoised: a corpus has far fewer forms than tokens)."""
        rows = self._rows_by_form.get(form)
        if rows is None:
            slots = self._slots
            stemmed = 0 if form == NAME or form == NUMBER else slots.get("s", {}).get(stem(form), 0)
            rows = (slots.get("w", {}).get(form, 0), stemmed, slots.get("p", {}).get(form, 0),
                    slots.get("n", {}).get(form, 0))
            if len(self._rows_by_form) >= _MAX_MEMO:       # a bound on memory over very large corpora
                self._rows_by_form.clear()
            self._rows_by_form[form] = rows
        return rows

    def _text_rows(self, text: str) -> tuple[int, int]:
        """Rows of ``_matrix`` for a token's shape as written: its case, and whether it has a hyphen."""
        rows = self._rows_by_text.get(text)
        if rows is None:
            shape = self._slots.get("shape", {})
            rows = (shape.get(_case_shape(text), 0), shape.get("hyphen", 0) if "-" in text else 0)
            if len(self._rows_by_text) >= _MAX_MEMO:
                self._rows_by_text.clear()
            self._rows_by_text[text] = rows
        return rows

    @cached_property
    def _rows_by_form(self) -> dict[str, tuple[int, int, int, int]]:
        return {}

    @cached_property
    def _rows_by_text(self) -> dict[str, tuple[int, int]]:
        return {}

    @cached_property
    def _matrix(self) -> tuple[dict[str, int], np.ndarray]:
        """Feature -> row of a weight matrix whose row 0 (unknown features) is all zeros."""
        import numpy as np

        ids = {feature: row for row, feature in enumerate(self.weights, 1)}
        matrix = np.zeros((len(ids) + 1, len(self.classes)))
        for feature, row in ids.items():
            matrix[row] = self.weights[feature]
        return ids, matrix

    @cached_property
    def _slots(self) -> dict[str, dict]:
        """Feature prefix -> value -> row of ``_matrix``, word pairs ("b", "a") keyed by their two words."""
        ids, _ = self._matrix
        slots: dict[str, dict] = {}
        for feature, row in ids.items():
            prefix, _, value = feature.partition(":")
            slots.setdefault(prefix, {})[tuple(value.split(" ")) if prefix in ("a", "b") else value] = row
        return slots

    def contributions(self, features: list[str], c: int) -> list[tuple[float, str]]:
        """Features that pushed class ``c`` up, strongest first."""
        found = {}
        for feature in features:
            row = self.weights.get(feature)
            if row is not None and row[c] > 0:
                found[feature] = found.get(feature, 0.0) + row[c]
        return sorted(((w, f) for f, w in found.items()), key=lambda x: (-x[0], x[1]))


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
    forms = []
    for token in tokens:
        placeholder = _placeholder(token.norm, side_words)
        if placeholder:
            forms.append(placeholder)
        elif token.capitalized and token.start not in sentence_starts:
            forms.append(NAME)
        else:
            forms.append(token.norm)
    return forms


@lru_cache(maxsize=1 << 16)
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


def describe(feature: str) -> str:
    """A feature as a student reads it."""
    kind, _, value = feature.partition(":")
    return {
        "w": f"'{value}'", "s": f"words like '{value}…'", "p": f"after '{value}'", "n": f"before '{value}'",
        "b": f"'{value}'", "a": f"'{value}'", "quote": "in quotation marks", "rule": f"a rule for {value.replace('-', ' ')} fired here",
        "seen": "a word used before in the text", "end": f"ends with '{value}'", "first": "opens a paragraph",
        "shape": {"upper": "in capitals", "cap": "capitalised", "hyphen": "a hyphenated word"}.get(value, value),
        "len": f"a {value} sentence",
    }.get(kind, feature)


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
    for s, e, technique in rule_spans:
        i = bisect.bisect_left(starts, s)
        while i < len(tokens) and tokens[i].start < e:
            hits.setdefault(i, set()).add(technique)
            i += 1
    seen_count: dict[str, int] = {}
    seen = []
    for form in forms:
        seen.append(seen_count.get(form, 0) if form not in (NAME, NUMBER) else 0)
        seen_count[form] = seen_count.get(form, 0) + 1
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


def _inside_each(spans, tokens: list[Token]) -> list[bool]:
    """``inside(spans, token)`` for every token, in one pass over both (tokens and spans are sorted)."""
    result, at = [], 0
    for token in tokens:
        while at < len(spans) and spans[at][1] < token.end:
            at += 1
        result.append(at < len(spans) and spans[at][0] <= token.start)
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
