"""The display policy: how sure a flag is, measured on what annotators marked, and which flags a lesson shows.

A rule's own confidence says how often *its* words were marked in the annotated corpus (PTC). What a
student sees should rather depend on how often a flag of that kind, in that kind of sentence, lies on
words that persuade. This module turns each candidate into a few plain features (its rule family and
technique, its own confidence, what else fired in its sentence and in the whole text, the sentence's
punctuation) and a small logistic model, ``data/rules/display.tsv``, turns them into a calibrated
confidence: the expected share of the flag that annotators marked as persuasive, counted only when
the technique agrees with the annotations it overlaps. The model is fitted by ``display_train`` on
out-of-domain news (techniques-dev; adding PTC cross-validated findings did not help on held-out
articles), and only its weights ship; ``benchmarks/techniques_dev_benchmark.py`` fits it by
cross-validation by article, reports the held-out figures and the threshold sweep, and writes it. The confidence decides nothing by itself: a flag is shown when it reaches the teaching
threshold (configurable), and every finding is still reported with ``shown``.

Passages: several sentence-level flags can fall on one sentence (a fear appeal the sentence model also
reads as loaded language). The lesson shows one, the passage's technique: a hand-written passage rule
before a model's guess, then the surer one. Loaded words inside keep their own notes. And so that a
text that persuades is never left bare, ``shown`` adds a text's surest flags up to a minimum.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError, Problem

DISPLAY_FILE = Path(__file__).resolve().parents[1] / "data" / "rules" / "display.tsv"
WORD_LEVELS = ("cue", "quote-marks", "repetition")
_WE = frozenset("we us our ours ourselves".split())
_SAID = frozenset("said says told stated according reported announced added".split())
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DisplayModel:
    bias: float
    weights: dict

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def family(rule: str) -> str:
    """A rule's family: its technique and rule name without the term or corpus cue ("doubt.so-called")."""
    return ".".join(rule.split(".")[:2])


def is_model_sentence(rule: str) -> bool:
    return rule.endswith(".model-sentence")


# --------------------------------------------------------------------------------------------- features


def features(text, candidates: list) -> list[dict[str, float]]:
    """The display features of every candidate (see the module's docstring)."""
    starts = [s for s, _ in text.sentences]
    words = max(len(text.tokens), 1)
    word_level = [c for c in candidates if c.level in WORD_LEVELS]
    per_sentence_words: dict[int, int] = {}
    per_sentence_passages: dict[int, set] = {}
    for c in candidates:
        number = _sentence(starts, c.start)
        if c.level in WORD_LEVELS:
            per_sentence_words[number] = per_sentence_words.get(number, 0) + 1
        else:
            per_sentence_passages.setdefault(number, set()).add(c.technique)
    density = 100.0 * len(word_level) / words
    document = {f"doc:{min(int(density), 6)}": 1.0}
    sentence_cache: dict[int, dict] = {}
    rows = []
    for c in candidates:
        number = _sentence(starts, c.start)
        if number not in sentence_cache:
            sentence_cache[number] = _sentence_features(text, number, per_sentence_words.get(number, 0),
                                                        len(per_sentence_passages.get(number, ())))
        level = "word" if c.level in WORD_LEVELS else "passage"
        row = {f"g:{family(c.rule)}": 1.0, f"t:{c.technique}|{level}": 1.0, f"conf|{level}": _logit(c.confidence),
               f"len|{level}": min(len(c.cues[0].split()) if c.cues else 1, 4) / 4}
        row.update(document)
        row.update({f"{k}|{level}": v for k, v in sentence_cache[number].items()})
        rows.append(row)
    return rows


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


def _sentence(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _sentence_features(text, number: int, word_flags: int, passage_techniques: int) -> dict[str, float]:
    if number < 0:
        return {}
    start, end = text.sentences[number]
    sentence = text.content[start:end]
    first = bisect.bisect_left(_token_starts(text), start)
    last = bisect.bisect_left(_token_starts(text), end)
    norms = [t.norm for t in text.tokens[first:last]]
    row = {f"w:{min(word_flags, 3)}": 1.0, f"p:{min(passage_techniques, 3)}": 1.0,
           f"n:{min(len(norms) // 10, 4)}": 1.0}
    if sentence.rstrip("\"”’') ").endswith("!"):
        row["excl"] = 1.0
    if sentence.rstrip("\"”’') ").endswith("?"):
        row["quest"] = 1.0
    if _WE.intersection(norms):
        row["we"] = 1.0
    if _SAID.intersection(norms):
        row["said"] = 1.0
    if any(ch in sentence for ch in "\"“”"):
        row["quote"] = 1.0
    if _DIGIT.search(sentence):
        row["digit"] = 1.0
    return row


@lru_cache(maxsize=4)
def _token_starts(text) -> list[int]:
    return [t.start for t in text.tokens]


# ------------------------------------------------------------------------------------------------ policy


def primaries(candidates: list, confidences: list[float], hidden: frozenset[str] = frozenset()) -> list[bool]:
    """Which candidates a lesson may show: on each sentence one passage flag, a hand-written passage
    rule before a model's guess, then the surer; and each word flag, except a repetition of a loaded
    word that is already flagged for what it is, and quotation marks around a flagged label (one note
    per word; the others stay in the findings). Flags of the rule families in ``hidden`` (``hide:`` in
    corpus.yaml's ``display:``) are reported, never shown: on held-out articles of both annotated
    corpora about half of what they flag was marked, whatever the display model's confidence."""
    words_by_technique: dict[str, list[tuple[int, int]]] = {}
    for c in candidates:
        if c.level in WORD_LEVELS and c.level != "repetition":
            words_by_technique.setdefault(c.technique, []).append((c.start, c.end))
    flagged_words = {span for spans in words_by_technique.values() for span in spans}
    best: dict[int, tuple] = {}
    for i, c in enumerate(candidates):
        if c.level in WORD_LEVELS or family(c.rule) in hidden:
            continue
        key = (not is_model_sentence(c.rule), confidences[i], c.end - c.start, -c.start, c.rule)
        if c.start not in best or key > best[c.start][0]:
            best[c.start] = (key, i)
    chosen = {i for _, i in best.values()}
    labels = words_by_technique.get("name-calling", [])
    return [((c.level in WORD_LEVELS and not (c.level == "repetition" and (c.start, c.end) in flagged_words)
              and not (c.level == "quote-marks" and _label_inside(c, labels)))
             or i in chosen) and family(c.rule) not in hidden for i, c in enumerate(candidates)]


def hidden_families(policy: dict) -> frozenset[str]:
    """The rule families the display policy never shows (``hide:`` in corpus.yaml's ``display:``)."""
    return frozenset(policy.get("hide") or ())


def carried_by_words(candidates: list, techniques: frozenset[str]) -> list[bool]:
    """Which candidates are sentence-model flags of one of ``techniques`` (``words_carry:`` in corpus.yaml's
    ``display:``) on a sentence where a word flag of the same technique lies. Such a flag only repeats
    over the whole sentence what the word flags say, and say where, with a reason a student can check;
    ``techniques.reported_passages`` reports it only when it is sure enough to be shown (issue 14)."""
    words: dict[str, list[tuple[int, int]]] = {}
    for c in candidates:
        if c.level in WORD_LEVELS and c.technique in techniques:
            words.setdefault(c.technique, []).append((c.start, c.end))
    for spans in words.values():
        spans.sort()
    return [c.level not in WORD_LEVELS and is_model_sentence(c.rule) and c.technique in words
            and _word_inside(words[c.technique], c.start, c.end) for c in candidates]


def _word_inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the sorted word ``spans`` lie within [start, end)?"""
    first = bisect.bisect_left(spans, (start,))
    return any(e <= end for s, e in spans[first:bisect.bisect_left(spans, (end,))])


def family_offsets(policy: dict) -> dict[str, float]:
    """How much more a flag of each rule family needs than the teaching threshold (``offsets:`` in
    corpus.yaml's ``display:``): a family whose shown flags a teacher rejects more often must be surer."""
    offsets = policy.get("offsets") or {}
    problems = [Problem(DISPLAY_FILE.with_name("corpus.yaml"),
                        f"display: offsets: {f}: must be a number of confidence to add to the threshold (got {o!r})",
                        fix=f"write e.g. '{f}: 0.1', or remove the line")
                for f, o in (offsets.items() if isinstance(offsets, dict) else [("offsets", offsets)])
                if isinstance(o, bool) or not isinstance(o, (int, float))]
    if problems:
        raise InputError(problems)
    return {str(f): float(o) for f, o in offsets.items()}


def margins(candidates: list, confidences: list[float], offsets: dict[str, float]) -> list[float]:
    """The confidences the display decision reads: each lowered by its family's offset, so that the
    threshold and the density minimum's floor ask more of a weak family. Findings keep their confidence."""
    if not offsets:
        return list(confidences)
    return [conf - offsets.get(family(c.rule), 0.0) for c, conf in zip(candidates, confidences)]


def _label_inside(c, labels: list[tuple[int, int]]) -> bool:
    """Is a name-calling flag on the words inside these quotation marks? Then the marks hold a label
    ("they call us 'racists'"): the label's note is the one to read, not a second note for doubt."""
    return any(c.start <= s and e <= c.end for s, e in labels)


def shown(confidences: list[float], primary: list[bool], words: int, threshold: float,
          floor: float = 0.0, words_per_flag: int = 0, floors: list[float] | None = None,
          max_forced: int = 0, spans: list[tuple[int, int]] | None = None) -> list[bool]:
    """Which flags a lesson shows: the primary ones that reach ``threshold``, and, so that a text that
    persuades is never left bare, at least one per ``words_per_flag`` words of its surest primary flags
    that reach ``floor`` (0 turns the minimum off), or each flag's own floor in ``floors`` (a flag in
    someone else's words asks more: ``quoted_floor``), and at most ``max_forced`` of them (0: no limit).
    Ties go to the earlier flag. With the flags' ``spans``, the minimum forces no flag that overlaps one
    already shown: a sentence and the word inside it forced together say the same weak thing twice (a plain
    report got "An outcry followed ..." and "outcry", both rejected on the teacher read, hl-30)."""
    show = [p and c >= threshold for c, p in zip(confidences, primary)]
    if words_per_flag <= 0:
        return show
    wanted = max(1, round(words / words_per_flag)) - sum(show)
    if max_forced > 0:
        wanted = min(wanted, max_forced)
    floors = floors or [floor] * len(confidences)
    ranked = sorted((i for i, (c, p) in enumerate(zip(confidences, primary)) if p and not show[i] and c >= floors[i]),
                    key=lambda i: (-confidences[i], i))
    for i in ranked:
        if wanted <= 0:
            break
        if spans is not None and _overlaps_shown(spans, show, i):
            continue
        show[i] = True
        wanted -= 1
    return show


def _overlaps_shown(spans: list[tuple[int, int]], show: list[bool], i: int) -> bool:
    start, end = spans[i]
    return any(s and spans[j][0] < end and start < spans[j][1] for j, s in enumerate(show))


# ------------------------------------------------------------------------------------------------ loading


@lru_cache(maxsize=2)
def load_display(path: Path = DISPLAY_FILE) -> DisplayModel | None:
    """The shipped display model, or None when the file is absent (the rules' own confidences stand)."""
    if not path.exists():
        return None
    bias, weights, problems = 0.0, {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, value = line.partition("\t")
        try:
            if name == "bias":
                bias = float(value)
            else:
                weights[name] = float(value)
        except ValueError:
            problems.append(Problem(path, f"row must be: feature<TAB>weight (got {line!r})", line=number,
                                    fix="regenerate it with benchmarks/techniques_dev_benchmark.py --write-data"))
    if problems:
        raise InputError(problems)
    return DisplayModel(bias, weights)


def write_display(path: Path, model: DisplayModel, note: str) -> None:
    lines = [f"# Display model: logistic weights fitted {note}.",
             "# Features are described in analysis/display.py; no text of any article is stored here.",
             f"bias\t{model.bias:.4f}"]
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(model.weights.items()) if abs(weight) >= 1e-4]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def minimum_floors(quoted: list[bool], policy: dict) -> list[float]:
    """Each flag's floor for the density minimum: ``quoted_floor`` for a flag in someone else's words (a
    quotation or a block quote), ``floor`` for the author's."""
    floor = float(policy.get("floor", 0.0))
    quoted_floor = max(floor, float(policy.get("quoted_floor", floor)))
    return [quoted_floor if q else floor for q in quoted]
