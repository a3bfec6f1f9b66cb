"""A convolutional token tagger: for every word of a text, how likely annotators of news marked it as part
of a persuasive span (any technique), read from the word and its neighbours.

Every other model of the detector is linear over word forms; this one reads a window of words as a
sequence. Its input per word is the word's WordLlama vector (``embeddings.py``; names, side words and
numbers enter as one zero vector, so no weight can attach to a side) and a few plain features the
detector already has (a hand-written rule fired on the word, quotation marks, capitals, where the word
stands in its sentence, how the sentence ends). Two 1-D convolutions (window ``WINDOW``, ReLU) and a
logistic output give one probability per word. Inference is a handful of numpy matrix products.

The weights (``data/tagger-ptc.tsv``, numbers only, derived from the PTC training split) are written by
``tagger_train.py``. The tagger decides nothing by itself: it is measured as an experiment
(``benchmarks/tagger_study.py``) and a flag's reason is never "a model agrees".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from medialit.errors import MedialitError
from medialit.analysis.detect_text import Token
from medialit.analysis.model import NAME, NUMBER

TAGGER_FILE = Path(__file__).resolve().parents[1] / "scripts" / "medialit" / "data" / "tagger-ptc.tsv"  # (not shipped)
WINDOW = 5
FEATURES = ("name", "number", "quoted", "all-caps", "capitalised", "sentence-first", "sentence-last",
            "sentence-position", "sentence-bang", "sentence-question", "clause-mark-after", "rule-word",
            "rule-passage", "seen-before", "sentence-length")
# WordLlama's vectors put the most in their first dimensions (Matryoshka), but the first 64 alone lost held-out
# token AUC on the PTC (0.743 against 0.763 with all 256, fold 1 of 5): all are read.
VECTOR_DIMENSIONS = 256
INPUTS = VECTOR_DIMENSIONS + len(FEATURES)
_CLAUSE_MARKS = frozenset(",;:—–")
_FIX = "regenerate it: PYTHONPATH=scripts .venv/bin/python benchmarks/tagger_train.py --write-data"


# ------------------------------------------------------------------------------------------------ inputs


@lru_cache(maxsize=1)
def _token_table() -> tuple[object, np.ndarray]:
    from medialit.analysis.embeddings import _model
    model = _model()
    return model.tokenizer, np.asarray(model.embedding[:, :VECTOR_DIMENSIONS], dtype=np.float32)


_VECTORS: dict[str, np.ndarray] = {}


def form_vectors(forms: Sequence[str]) -> np.ndarray:
    """One unit-length WordLlama vector per form (the mean of its sub-word vectors); a zero row for the
    placeholders of names and numbers. Vectors are kept per form for the life of the process."""
    missing = sorted({f for f in forms if f not in _VECTORS})
    if missing:
        tokenizer, table = _token_table()
        for form, encoding in zip(missing, tokenizer.encode_batch(missing, add_special_tokens=False)):
            ids = [i for i in encoding.ids if i > 2]
            if form in (NAME, NUMBER) or not ids:
                _VECTORS[form] = np.zeros(VECTOR_DIMENSIONS, dtype=np.float32)
                continue
            vector = table[ids].mean(axis=0)
            _VECTORS[form] = vector / (np.linalg.norm(vector) or 1.0)
    if not forms:
        return np.zeros((0, VECTOR_DIMENSIONS), dtype=np.float32)
    return np.stack([_VECTORS[f] for f in forms])


def token_inputs(content: str, tokens: Sequence[Token], forms: Sequence[str], sentences: Sequence[tuple[int, int]],
                 quoted: Sequence[bool], word_rule: Sequence[bool], passage_rule: Sequence[bool]) -> np.ndarray:
    """The (words × ``INPUTS``) input matrix: each word's vector, then ``FEATURES``."""
    n = len(tokens)
    extra = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if n == 0:
        return np.zeros((0, INPUTS), dtype=np.float32)
    starts = [t.start for t in tokens]
    seen: set[str] = set()
    for s, e in sentences:
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if j <= i:
            continue
        end_mark = content[s:e].rstrip()[-1:]
        length = j - i
        extra[i:j, 7] = (np.arange(length) + 0.5) / length
        extra[i, 5] = 1.0
        extra[j - 1, 6] = 1.0
        extra[i:j, 8] = end_mark == "!"
        extra[i:j, 9] = end_mark == "?"
        extra[i:j, 14] = min(length, 60) / 30.0
    for k, (token, form) in enumerate(zip(tokens, forms)):
        text = token.text
        extra[k, 0] = form == NAME
        extra[k, 1] = form == NUMBER
        extra[k, 3] = len(text) > 1 and text.isupper()
        extra[k, 4] = text[:1].isupper()
        extra[k, 10] = content[token.end:token.end + 1] in _CLAUSE_MARKS
        extra[k, 13] = form in seen and form not in (NAME, NUMBER)
        seen.add(form)
    extra[:, 2] = np.asarray(quoted, dtype=np.float32)
    extra[:, 11] = np.asarray(word_rule, dtype=np.float32)
    extra[:, 12] = np.asarray(passage_rule, dtype=np.float32)
    return np.hstack([form_vectors(forms), extra])


def sentence_groups(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]]) -> np.ndarray:
    """Per token: the number of its sentence (a word outside every sentence is a group of its own), for
    the second layer's view of the whole sentence. Non-decreasing."""
    starts = [t.start for t in tokens]
    firsts = np.zeros(len(tokens), dtype=bool)
    if len(tokens):
        firsts[0] = True
    for s, e in sentences:
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if i < len(tokens):
            firsts[i] = True
        if j < len(tokens):
            firsts[j] = True
    return np.cumsum(firsts) - 1


def group_means(h: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each row replaced by the mean of its group's rows (groups are runs of equal numbers)."""
    if len(h) == 0:
        return h
    starts = np.flatnonzero(np.diff(groups, prepend=groups[0] - 1))
    counts = np.diff(np.append(starts, len(h)))
    return np.repeat(np.add.reduceat(h, starts, axis=0) / counts[:, None], counts, axis=0)


def covered(tokens: Sequence[Token], spans) -> np.ndarray:
    """Per token: whether one of ``spans`` (start, end) overlaps it."""
    result = np.zeros(len(tokens), dtype=bool)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    for s, e in spans:
        i = bisect.bisect_right(ends, s)
        j = bisect.bisect_left(starts, e)
        result[i:j] = True
    return result


# ------------------------------------------------------------------------------------------------- model


@dataclass(frozen=True, eq=False)
class Tagger:
    """Two convolutions and a logistic output. ``w1``: (WINDOW × INPUTS, C); ``w2``: ((WINDOW + 1) × C, C),
    reading the first layer's window and its mean over the whole sentence; ``w3``: (C,). The inputs are
    standardised by ``mean`` and ``scale`` first."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    w3: np.ndarray
    b3: np.ndarray

    def probabilities(self, inputs: np.ndarray, groups: np.ndarray) -> np.ndarray:
        """One probability per row of ``inputs`` (a text's words in order); ``groups``: their sentences
        (``sentence_groups``)."""
        if len(inputs) == 0:
            return np.zeros(0, dtype=np.float32)
        x = (inputs - self.mean) / self.scale
        h1 = np.maximum(windows(x) @ self.w1 + self.b1, 0.0)
        h2 = np.maximum(np.hstack([windows(h1), group_means(h1, groups)]) @ self.w2 + self.b2, 0.0)
        return 1.0 / (1.0 + np.exp(-(h2 @ self.w3 + self.b3)))

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in ARRAYS}


ARRAYS = ("mean", "scale", "w1", "b1", "w2", "b2", "w3", "b3")


def windows(x: np.ndarray, width: int = WINDOW) -> np.ndarray:
    """Each row with its neighbours, (n × width·d): rows beyond the text are zeros."""
    n, d = x.shape
    half = width // 2
    padded = np.zeros((n + 2 * half, d), dtype=x.dtype)
    padded[half:half + n] = x
    return np.lib.stride_tricks.sliding_window_view(padded, (width, d))[:, 0].reshape(n, width * d)


# -------------------------------------------------------------------------------------------------- file


def write_tagger(path: Path, tagger: Tagger, note: str) -> None:
    lines = [f"# A convolutional token tagger fitted on {note} by benchmarks/tagger_train.py: numbers only.",
             "array\tshape\tvalues"]
    for name, array in tagger.arrays().items():
        values = " ".join(f"{v:.5g}" for v in np.asarray(array, dtype=np.float64).ravel())
        lines.append(f"{name}\t{'x'.join(map(str, np.shape(array))) or '1'}\t{values}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def load_tagger(path: Path = TAGGER_FILE) -> Tagger:
    """The tagger in ``path``; a missing or damaged file is a ``MedialitError`` naming it and the fix."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MedialitError(f"{path}: the tagger's weights cannot be read ({exc.strerror}); {_FIX}") from exc
    arrays: dict[str, np.ndarray] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#") or line.startswith("array\t"):
            continue
        try:
            name, shape, values = line.split("\t")
            dims = tuple(int(d) for d in shape.split("x"))
            arrays[name] = np.array(values.split(), dtype=np.float32).reshape(dims)
        except ValueError as exc:
            raise MedialitError(f"{path}, line {number}: not 'array<TAB>shape<TAB>numbers' ({exc}); {_FIX}") from exc
    missing = [a for a in ARRAYS if a not in arrays]
    if missing:
        raise MedialitError(f"{path}: arrays {', '.join(missing)} are missing; {_FIX}")
    tagger = Tagger(**{a: arrays[a] for a in ARRAYS})
    channels = tagger.b1.shape[0]
    expected = {"mean": (INPUTS,), "scale": (INPUTS,), "w1": (WINDOW * INPUTS, channels), "w2": ((WINDOW + 1) * channels, channels),
                "b2": (channels,), "w3": (channels,), "b3": ()}
    wrong = [f"{a} is {arrays[a].shape}, not {shape}" for a, shape in expected.items()
             if arrays[a].shape != shape and not (shape == () and arrays[a].size == 1)]
    if wrong:
        raise MedialitError(f"{path}: {'; '.join(wrong)} (written for other inputs); {_FIX}")
    return Tagger(**{**tagger.arrays(), "b3": np.float32(arrays["b3"].ravel()[0])})
