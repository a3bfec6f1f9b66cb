"""Technique rules as data: loading and validation of ``data/rules/``.

Layout of ``scripts/medialit/data/rules/``:

``<technique-id>.yaml`` (one per taxonomy technique)::

    technique: loaded-language
    rules:
      - id: loaded-language.emotive-adjective   # "<technique-id>.<name>", unique
        terms: [hysterical, reckless, shameful]  # words or short phrases (at most 6 words);
                                                 # "warmonger*" matches any ending; case-insensitive
        # or   pattern: "(?i:\\bno choice but\\b)" # a Python regular expression; case-sensitive unless (?i)
        # or   computed: repetition              # a detector written in Python (see COMPUTED)
        span: cue            # cue (the words that fired, default) | sentence (the sentence holding them)
                             # | passage (the match itself as a passage flag, e.g. a run of exclamations)
        reason: "'{cue}' tells you how to feel about it"   # one line; {cue} is the words that fired
        confidence: 0.6      # hand-set confidence 0..1, blended with corpus calibration when present
        not_after: [sanctions, visa]      # optional: skip when the word before the cue is one of these
        not_before: [change]              # optional: skip when the word after the cue is one of these
        label_nouns: true                 # optional: its words are nouns for people; a singular one right after
                                          # a preposition with no determiner is no label ("by hook or by crook";
                                          # bare_label_prepositions in lexicon.yaml)
        adjective_terms: [elite]          # optional: terms that are also adjectives, skipped before a plain
                                          # lower-case word with no determiner just before them ("spared elite
                                          # cycling" qualifies a thing; "the elite ignore" names people)
        not_in_disputed_view: true        # optional (span sentence): skip a term inside a view the sentence
                                          # reports in order to dispute it ("the myth that ... is the only way")
        not_negated_by: [not, isn't]      # optional: skip a term with one of these words among the two words
                                          # before it in its sentence ("isn't the only option" denies it)
        extend: next-word    # optional: also cover the next word when it is a plain lower-case word
                             # ("reckless provocations"), as annotators mark the word with what it qualifies
        calibrate: rule      # optional: term (default: each term gets its own corpus calibration) | rule
                             # (all terms share the rule's): use "rule" for mirror lists such as
                             # far-left/far-right, so that the corpus cannot make one side's label surer

``corpus.yaml``: how statistics from the annotated corpus (PTC) become confidences.
``ptc-cues.tsv``: words derived from the corpus (technique, cue, inside, total), written by
``benchmarks/ptc_benchmark.py --write-data``. ``ptc-calibration.tsv``: for each hand-written rule (and
each term of a terms rule), how many spans it produced on the corpus and how much of them lay inside gold
spans of its technique (rule, term, matched, credit); the term is our own lexicon entry, never corpus text.

Every problem in every file is reported at once, naming the file, the rule and the fix.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import read_mapping
from ..errors import InputError, Problem
from .taxonomy import load_taxonomy
from .extents import parse_extents
from .model import ModelSet, load_model
from .required import Required, required_texts

RULES_DIR = Path(__file__).resolve().parents[1] / "data" / "rules"
MODEL_FILE = "model-ptc.tsv"
COMPUTED = ("corpus-cues", "repetition", "scare-quotes", "lexicon", "lexicon-labels", "capitals", "anaphora",
            "triad", "charged-label")
SPANS = ("cue", "sentence", "passage")
MAX_CUE_WORDS = 6
_RULE_ID = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
_FIELDS = {"id", "terms", "pattern", "computed", "span", "reason", "confidence", "not_after", "not_before", "calibrate",
           "extend", "answered_max_words", "statements_only", "adjective_terms",
           "label_nouns", "not_in_disputed_view", "not_negated_by"}
EXTEND = ("none", "next-word")
CALIBRATE = ("term", "rule")


@dataclass(frozen=True)
class Rule:
    id: str
    technique: str
    reason: str
    confidence: float
    terms: tuple[str, ...] = ()
    pattern: re.Pattern | None = None
    computed: str | None = None
    span: str = "cue"
    calibrate: str = "term"
    extend: str = "none"
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    label_nouns: bool = False     # its words are nouns for people (see labels.without_bare_labels)
    adjective_terms: frozenset[str] = frozenset()   # used as adjectives before a plain word ("elite cycling"): skipped
    answered_max_words: int = 0   # a question this short that its paragraph answers next is not flagged
    statements_only: bool = False  # span sentence: a sentence that asks (ends in '?') is not flagged
    not_in_disputed_view: bool = False  # a term inside "the notion/myth that ..." (a view reported to be disputed) is skipped
    not_negated_by: frozenset[str] = frozenset()  # a term with one of these among the two words before it is skipped
    path: Path | None = None

    @cached_property
    def required(self) -> tuple[Required, ...]:
        """Searches for texts that every match of ``pattern`` contains (see ``required``)."""
        return required_texts(self.pattern) if self.pattern is not None else ()


@dataclass(frozen=True)
class CueStat:
    technique: str
    cue: str
    inside: int   # corpus occurrences inside a gold span of the technique
    total: int    # all corpus occurrences


@dataclass(frozen=True)
class CorpusSettings:
    calibration_weight: float = 5.0   # pseudo-spans of the hand-set confidence in the calibrated blend
    cue_weight: float = 3.0           # pseudo-occurrences at cue_base for a corpus cue
    cue_base: float = 0.1
    cue_min_total: int = 4
    cue_min_inside: int = 3
    cue_keep: float = 0.3             # corpus cues below this confidence are not written to ptc-cues.tsv
    cue_techniques: tuple[str, ...] = ()
    stopwords: frozenset[str] = frozenset()
    uncited: frozenset[str] = frozenset()     # function words a model flag's reason never cites (with stopwords)
    side_words: frozenset[str] = frozenset()
    cue_exclude: frozenset[str] = frozenset()
    cue_side_window: int = 1          # words either side of a marked use that may name a side (0: off)
    cue_side_max_share: float = 0.5   # a word with more of its marked uses beside a side is no cue
    model: dict = field(default_factory=dict, compare=False)   # the ``model:`` section (see model_train)
    display: dict = field(default_factory=dict, compare=False)  # the ``display:`` section (see display.shown)
    extents: dict = field(default_factory=dict, compare=False)  # rule family -> Extent (see extents)


@dataclass(frozen=True, eq=False)
class Rulebook:
    rules: tuple[Rule, ...]
    settings: CorpusSettings
    cues: tuple[CueStat, ...] = ()
    calibration: dict = field(default_factory=dict)   # rule id or "rule id|term" -> (matched, credit)
    models: ModelSet = field(default_factory=ModelSet)  # linear models learnt from the corpus (model-ptc.tsv)

    def confidence(self, rule: Rule, term: str = "") -> float:
        """The rule's hand-set confidence moved toward its measured precision on the corpus, and then,
        for a term of a terms rule, toward that term's own measured precision."""
        weight = self.settings.calibration_weight
        matched, credit = self.calibration.get(rule.id, (0, 0.0))
        value = (credit + weight * rule.confidence) / (matched + weight)
        if term:
            matched, credit = self.calibration.get(f"{rule.id}|{term}", (0, 0.0))
            value = (credit + weight * value) / (matched + weight)
        return round(value, 3)

    def cue_confidence(self, stat: CueStat) -> float:
        s = self.settings
        return round((stat.inside + s.cue_weight * s.cue_base) / (stat.total + s.cue_weight), 3)

    def with_corpus(self, cues=None, calibration=None, models=None) -> "Rulebook":
        return Rulebook(self.rules, self.settings, tuple(cues if cues is not None else self.cues),
                        dict(calibration if calibration is not None else self.calibration),
                        models if models is not None else self.models)


# ---------------------------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def load_rulebook(rules_dir: Path = RULES_DIR, with_corpus: bool = True) -> Rulebook:
    """All rules, corpus settings and (unless ``with_corpus`` is False) the derived corpus data."""
    problems: list[Problem] = []
    settings = _load_settings(rules_dir / "corpus.yaml", problems)
    rules: list[Rule] = []
    taxonomy = load_taxonomy()
    for technique in taxonomy.ids:
        path = rules_dir / f"{technique}.yaml"
        if not path.exists():
            problems.append(Problem(path, f"is missing: every technique needs a rule file ({technique})",
                                    fix="add the file with 'technique:' and 'rules:'"))
            continue
        rules.extend(load_rule_file(path, technique, problems))
    for path in sorted(rules_dir.glob("*.yaml")):
        if path.stem not in taxonomy.ids and path.name not in ("corpus.yaml", "lexicon.yaml"):
            problems.append(Problem(path, "is not named after a technique id",
                                    fix=f"rename it to one of {', '.join(taxonomy.ids)}.yaml"))
    _check_unique(rules, problems)
    cues, calibration, models = (), {}, ModelSet()
    if with_corpus:
        cues = tuple(_load_cues(rules_dir / "ptc-cues.tsv", problems))
        calibration = _load_calibration(rules_dir / "ptc-calibration.tsv", problems)
        models = load_model(rules_dir / MODEL_FILE, problems, set(taxonomy.ids))
    if problems:
        raise InputError(problems)
    return Rulebook(tuple(rules), settings, cues, calibration, models)


def load_rule_file(path: Path, technique: str, problems: list[Problem]) -> list[Rule]:
    """Rules of one technique file; problems are appended, never raised one by one."""
    data = read_mapping(path, problems)
    if data is None:
        return []
    if data.get("technique") != technique:
        problems.append(Problem(path, f"field 'technique' must be {technique!r} (got {data.get('technique')!r})",
                                fix="name the file after the technique it holds"))
    entries = data.get("rules")
    if not isinstance(entries, list) or not entries:
        problems.append(Problem(path, "field 'rules' must be a non-empty list", fix="add at least one rule"))
        return []
    rules = []
    for index, entry in enumerate(entries, 1):
        rule = _parse_rule(path, technique, index, entry, problems)
        if rule:
            rules.append(rule)
    return rules


def _parse_rule(path: Path, technique: str, index: int, entry: object, problems: list[Problem]) -> Rule | None:
    if not isinstance(entry, dict):
        problems.append(Problem(path, f"rule #{index} must be a mapping (id, terms/pattern/computed, reason, confidence)"))
        return None
    rule_id = str(entry.get("id", f"#{index}"))
    before = len(problems)

    def problem(message: str, fix: str | None = None) -> None:
        problems.append(Problem(path, f"rule '{rule_id}': {message}", fix=fix))

    if not _RULE_ID.match(rule_id) or not rule_id.startswith(technique + "."):
        problem("id must look like '<technique>.<name>' in lower case", fix=f"e.g. {technique}.my-rule")
    for key in sorted(set(map(str, entry)) - _FIELDS):
        problem(f"unknown field '{key}'", fix=f"known fields: {', '.join(sorted(_FIELDS))}")
    kinds = [k for k in ("terms", "pattern", "computed") if k in entry]
    if len(kinds) != 1:
        problem("needs exactly one of 'terms', 'pattern' or 'computed'", fix="keep one and move the rest to another rule")
    terms = _terms(entry.get("terms"), problem) if "terms" in entry else ()
    pattern = _pattern(entry.get("pattern"), problem) if "pattern" in entry else None
    computed = entry.get("computed")
    if computed is not None and computed not in COMPUTED:
        problem(f"computed {computed!r} is not a known detector", fix=f"use one of {', '.join(COMPUTED)}")
    span = entry.get("span", "cue")
    if span not in SPANS:
        problem(f"span must be one of {', '.join(SPANS)} (got {span!r})")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip() or "\n" in reason.strip():
        problem("needs a one-line 'reason' a student can check", fix="e.g. reason: \"'{cue}' labels a government\"")
        reason = ""
    confidence = entry.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        problem(f"confidence must be a number from 0 to 1 (got {confidence!r})", fix="e.g. confidence: 0.6")
        confidence = 0.0
    calibrate = entry.get("calibrate", "term")
    if calibrate not in CALIBRATE:
        problem(f"calibrate must be one of {', '.join(CALIBRATE)} (got {calibrate!r})")
    extend = entry.get("extend", "none")
    if extend not in EXTEND:
        problem(f"extend must be one of {', '.join(EXTEND)} (got {extend!r})")
    not_after = _words(entry.get("not_after"), "not_after", problem)
    not_before = _words(entry.get("not_before"), "not_before", problem)
    not_negated_by = _words(entry.get("not_negated_by"), "not_negated_by", problem)
    adjective_terms = _words(entry.get("adjective_terms"), "adjective_terms", problem)
    if adjective_terms - set(terms):
        problem(f"adjective_terms {sorted(adjective_terms - set(terms))} are not among its terms",
                fix="list only terms of this rule")
    answered = entry.get("answered_max_words", 0)
    if isinstance(answered, bool) or not isinstance(answered, int) or answered < 0:
        problem(f"answered_max_words must be a whole number of words, 0 or more (got {answered!r})",
                fix="e.g. answered_max_words: 8")
        answered = 0
    label_nouns = entry.get("label_nouns", False)
    if not isinstance(label_nouns, bool):
        problem(f"label_nouns must be true or false (got {label_nouns!r})", fix="e.g. label_nouns: true")
    statements_only = entry.get("statements_only", False)
    if not isinstance(statements_only, bool):
        problem(f"statements_only must be true or false (got {statements_only!r})", fix="e.g. statements_only: true")
    disputed = entry.get("not_in_disputed_view", False)
    if not isinstance(disputed, bool):
        problem(f"not_in_disputed_view must be true or false (got {disputed!r})", fix="e.g. not_in_disputed_view: true")
    if len(problems) > before:
        return None
    return Rule(id=rule_id, technique=technique, reason=reason.strip(), confidence=float(confidence), terms=terms,
                pattern=pattern, computed=computed, span=span, calibrate=calibrate, extend=extend, not_after=not_after, not_before=not_before,
                adjective_terms=adjective_terms, label_nouns=label_nouns, answered_max_words=answered, statements_only=statements_only,
                not_in_disputed_view=disputed is True, not_negated_by=not_negated_by, path=path)


def _terms(value: object, problem) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(t, str) and t.strip() for t in value):
        problem("'terms' must be a non-empty list of words or phrases", fix="e.g. terms: [regime, junta]")
        return ()
    long = [t for t in value if len(t.split()) > MAX_CUE_WORDS]
    if long:
        problem(f"term {long[0]!r} is longer than {MAX_CUE_WORDS} words", fix="cues are words or short phrases")
    return tuple(" ".join(t.lower().replace("’", "'").split()) for t in value)


def _pattern(value: object, problem) -> re.Pattern | None:
    if not isinstance(value, str) or not value:
        problem("'pattern' must be a regular expression in quotes")
        return None
    try:
        return re.compile(value, re.MULTILINE)
    except re.error as exc:
        problem(f"pattern is not a valid regular expression: {exc}", fix="check brackets and escape backslashes")
        return None


def _words(value: object, name: str, problem) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        problem(f"'{name}' must be a list of words")
        return frozenset()
    return frozenset(w.lower() for w in value)


def _check_unique(rules: list[Rule], problems: list[Problem]) -> None:
    seen: dict[str, Path] = {}
    for rule in rules:
        if rule.id in seen:
            problems.append(Problem(rule.path, f"rule '{rule.id}': duplicate id (also in {seen[rule.id].name})",
                                    fix="give each rule its own id"))
        seen.setdefault(rule.id, rule.path)


def _load_settings(path: Path, problems: list[Problem]) -> CorpusSettings:
    data = read_mapping(path, problems) if path.exists() else {}
    if data is None:
        return CorpusSettings()
    try:
        return CorpusSettings(
            calibration_weight=float(data.get("calibration_weight", 5)),
            cue_weight=float(data.get("cue_weight", 3)),
            cue_base=float(data.get("cue_base", 0.1)),
            cue_min_total=int(data.get("cue_min_total", 4)),
            cue_min_inside=int(data.get("cue_min_inside", 3)),
            cue_keep=float(data.get("cue_keep", 0.3)),
            cue_techniques=tuple(data.get("cue_techniques") or ()),
            stopwords=frozenset(str(w).lower() for w in data.get("stopwords") or ()),
            uncited=frozenset(str(w).lower() for w in data.get("uncited_words") or ()),
            side_words=frozenset(str(w).lower() for w in data.get("side_words") or ()),
            cue_exclude=frozenset(str(w).lower() for w in data.get("cue_exclude") or ()),
            cue_side_window=int(data.get("cue_side_window", 1)),
            cue_side_max_share=float(data.get("cue_side_max_share", 0.5)),
            model=dict(data.get("model") or {}),
            display=dict(data.get("display") or {}),
            extents=parse_extents(data.get("extents"), path, problems),
        )
    except (TypeError, ValueError) as exc:
        problems.append(Problem(path, f"has a setting of the wrong type: {exc}", fix="numbers must be plain numbers"))
        return CorpusSettings()


def _load_cues(path: Path, problems: list[Problem]) -> list[CueStat]:
    if not path.exists():
        return []
    cues = []
    for line_number, row in _tsv_rows(path):
        try:
            technique, cue, inside, total = row
            cues.append(CueStat(technique, cue, int(inside), int(total)))
        except ValueError:
            problems.append(Problem(path, "row must be: technique<TAB>cue<TAB>inside<TAB>total", line=line_number,
                                    fix="regenerate it with benchmarks/ptc_benchmark.py --write-data"))
            continue
        if len(cue.split()) > MAX_CUE_WORDS:
            problems.append(Problem(path, f"cue {cue!r} is longer than {MAX_CUE_WORDS} words", line=line_number))
    return cues


def _load_calibration(path: Path, problems: list[Problem]) -> dict:
    calibration = {}
    if not path.exists():
        return calibration
    for line_number, row in _tsv_rows(path):
        try:
            rule_id, term, matched, credit = row
            calibration[f"{rule_id}|{term}" if term else rule_id] = (int(matched), float(credit))
        except ValueError:
            problems.append(Problem(path, "row must be: rule<TAB>term<TAB>matched<TAB>credit", line=line_number,
                                    fix="regenerate it with benchmarks/ptc_benchmark.py --write-data"))
    return calibration


def _tsv_rows(path: Path):
    with open(path, encoding="utf-8", newline="") as handle:
        for line_number, row in enumerate(csv.reader(handle, delimiter="\t"), 1):
            if row and not row[0].startswith("#") and row[0] != "technique" and row[0] != "rule":
                yield line_number, row
