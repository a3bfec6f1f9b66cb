"""Words the annotated corpus never saw: VADER's sentiment lexicon and shouting in capitals.

The PTC cues and the learnt models only know words that occurred in the annotated articles. A teacher's
text brings others ("barbarity", "fearmonger", "crap"). VADER's lexicon (Hutto & Gilbert, ICWSM 2014;
MIT licence, the word list ships inside the ``vaderSentiment`` wheel and is read from there, never
downloaded) rates 7,500 English words from -4 (most negative) to +4 by the judgement of ten raters
each. A word rated strongly either way is flagged with a reason a student can test: read the sentence
without it. Words that report events rather than judge them ("killed", "war", "crisis") are listed in
``data/rules/lexicon.yaml`` and never fire, so a wire report of a war is not flagged for naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datafiles import read_mapping
from ..errors import InputError, Problem

LEXICON_SETTINGS = Path(__file__).resolve().parents[1] / "data" / "rules" / "lexicon.yaml"
_PLAIN_WORD = re.compile(r"^[a-z]+(?:[-'][a-z]+)*$")


@dataclass(frozen=True)
class LexiconSettings:
    min_valence: float           # |valence| a word needs to be flagged
    min_positive: float          # valence a positive word needs ("win", "rich" praise little)
    exclude: frozenset[str]      # words that name events or things rather than judge them
    extra: dict                  # word -> valence, for strongly loaded words VADER lacks (our own list)
    labels: frozenset[str] = frozenset()   # nouns that label people ("racists", "lunatics"): name calling
    group_nouns: frozenset[str] = frozenset()   # nouns for a group ("group", "regime"): a loaded word before one labels it
    bare_label_prepositions: frozenset[str] = frozenset()   # "by crook": a bare singular after one is no label


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's single words and their mean valence (-4..4), as shipped in the pinned wheel."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and _PLAIN_WORD.match(parts[0]):
            table[parts[0]] = float(parts[1])
    return table


@lru_cache(maxsize=2)
def load_lexicon_settings(path: Path = LEXICON_SETTINGS) -> LexiconSettings:
    problems: list[Problem] = []
    data = read_mapping(path, problems) or {}
    extra = data.get("extra") or {}
    if not isinstance(extra, dict) or not all(isinstance(v, (int, float)) and -4 <= v <= 4 for v in extra.values()):
        problems.append(Problem(path, "field 'extra' must map words to a valence from -4 to 4",
                                fix="e.g. extra: {barbarity: -3.0}"))
        extra = {}
    try:
        minimum = float(data.get("min_valence", 2.5))
    except (TypeError, ValueError):
        problems.append(Problem(path, "field 'min_valence' must be a number", fix="e.g. min_valence: 2.5"))
        minimum = 2.5
    try:
        positive = float(data.get("min_positive", minimum))
    except (TypeError, ValueError):
        problems.append(Problem(path, "field 'min_positive' must be a number", fix="e.g. min_positive: 2.8"))
        positive = minimum
    labels, groups = data.get("labels") or [], data.get("group_nouns") or []
    prepositions = data.get("bare_label_prepositions") or []
    if not isinstance(prepositions, list) or not all(isinstance(w, str) for w in prepositions):
        problems.append(Problem(path, "field 'bare_label_prepositions' must be a list of words",
                                fix="e.g. bare_label_prepositions: [by, for, of]"))
        prepositions = []
    if not isinstance(labels, list) or not all(isinstance(w, str) for w in labels):
        problems.append(Problem(path, "field 'labels' must be a list of words", fix="e.g. labels: [racists, lunatics]"))
        labels = []
    if not isinstance(groups, list) or not all(isinstance(w, str) for w in groups):
        problems.append(Problem(path, "field 'group_nouns' must be a list of words", fix="e.g. group_nouns: [group, regime]"))
        groups = []
    if problems:
        raise InputError(problems)
    return LexiconSettings(min_valence=minimum, min_positive=positive,
                           exclude=frozenset(str(w).lower() for w in data.get("exclude") or ()),
                           extra={str(k).lower(): float(v) for k, v in extra.items()},
                           labels=frozenset(w.lower() for w in labels),
                           group_nouns=frozenset(w.lower() for w in groups),
                           bare_label_prepositions=frozenset(w.lower() for w in prepositions))


@lru_cache(maxsize=2)
def strong_words(path: Path = LEXICON_SETTINGS) -> dict[str, float]:
    """Word -> valence, for the words strong enough to flag (VADER's and our own extra list)."""
    settings = load_lexicon_settings(path)
    rated = valences()
    table = {w: v for w, v in rated.items() if _strong(settings, v)}
    table.update(settings.extra)
    excluded = settings.exclude | {_without_ending(w) for w in settings.exclude}
    return {w: v for w, v in table.items() if w not in excluded and _without_ending(w) not in excluded
            and not _plain_superlative(w, rated, settings, excluded)}


def _strong(settings: LexiconSettings, valence: float) -> bool:
    return -valence >= settings.min_valence or valence >= max(settings.min_valence, settings.min_positive)


def _plain_superlative(word: str, rated: dict, settings: LexiconSettings, excluded: set) -> bool:
    """Is this a superlative whose adjective is not strong or is excluded ("weakest": "weak" is rated -1.9)?
    VADER's raters rated superlatives apart and more strongly than their adjectives, but a superlative
    compares ("as fast as its weakest truck", "the greatest number"): it is read as its
    adjective. On the PTC training split none of the 23 uses of such superlatives lay inside a loaded-language
    span (techniques-dev: none of 9)."""
    base = superlative_base(word, rated)
    return base is not None and (base in excluded or not _strong(settings, rated[base]))


def superlative_base(word: str, known) -> str | None:
    """The adjective of a superlative that ``known`` holds ("weakest" -> "weak", "saddest" -> "sad",
    "happiest" -> "happy", "cutest" -> "cute"), or None."""
    if not word.endswith("est") or len(word) < 6:
        return None
    stem = word[:-3]
    for base in (stem + "e", stem, stem[:-1] + "y" if stem.endswith("i") else "",
                 stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in known:
            return base
    return None


# Inflectional endings, longest first: an excluded word's plural or past tense ("hostility" and
# "hostilities", "destroy" and "destroys") is excluded with it.
_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("s", ""))


def _without_ending(word: str) -> str:
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)] + replacement
    return word


@lru_cache(maxsize=2)
def label_words(path: Path = LEXICON_SETTINGS) -> frozenset[str]:
    """Nouns that label people with a judgement ("racists", "lunatics", "traitors"): a flag on one of them
    is name calling (it pins a label on people), not the loaded language of a word about a thing or an act."""
    return load_lexicon_settings(path).labels


@lru_cache(maxsize=2)
def group_nouns(path: Path = LEXICON_SETTINGS) -> frozenset[str]:
    """Nouns for a person, group or organisation: a loaded word right before one labels that group."""
    return load_lexicon_settings(path).group_nouns


@lru_cache(maxsize=2)
def bare_label_prepositions(path: Path = LEXICON_SETTINGS) -> frozenset[str]:
    """Prepositions after which a singular label noun with no determiner labels no one ("by crook")."""
    return load_lexicon_settings(path).bare_label_prepositions


def tone(valence: float) -> str:
    return "negative" if valence < 0 else "positive"
