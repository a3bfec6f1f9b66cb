"""Persuasion-technique detector: the rules of ``data/rules/`` and the models, run over a source's body.

How a text becomes findings, one module a step:

1. ``prepared_text``: the body read once (tokens, paragraphs, sentences, quotations).
2. ``rule_matching``: every hand-written rule's candidates (``term_matching``, ``scare_quotes``, patterns,
   corpus cues, the detectors of ``passages``, repetition); ``candidates`` says what a candidate is.
3. ``model_flags``: the token and sentence models' flags and their reasons (``questions``: which
   questions leave no doubt hanging).
4. ``labels``: a loaded word before a group noun labels the group; a label noun in an idiom labels nobody.
5. ``overlaps``: which of overlapping candidates stand; ``extents`` then gives each flag the extent
   annotators mark.
6. Here: the display model (``display``) calibrates every confidence on out-of-domain news, the display
   policy decides what is reported and shown, and a flag in someone else's words (``attribution``) says so
   in its reason: those are the quoted speaker's words, not the author's.

Each finding names its rule, the cue words that fired and a reason a student can check. A rule's confidence
is its hand-set value moved toward its measured precision on the annotated corpus (see ``rules``).
"""

from __future__ import annotations

import bisect
from itertools import compress

from ..text.furniture import furniture_paragraphs
from ..text.source import Source
from .attribution import SAYING_VERBS, attributed
from .candidates import Candidate
from .detect_text import enclosing
from .display import (WORD_LEVELS, DisplayModel, carried_by_words, family_offsets, hidden_families,
                      load_display, margins, minimum_floors, primaries, shown)
from .display import features as display_features
from .extents import apply_extents
from .findings import TechniqueFinding
from .labels import label_groups, without_bare_labels
from .model_flags import model_candidates
from .overlaps import resolve_overlaps
from .prepared_text import PreparedText, prepare, sentence_starts
from .rule_matching import match_rules
from .rules import Rulebook, load_rulebook
from .taxonomy import Taxonomy, load_taxonomy

QUOTED_PREFIX = "In a quotation (the quoted speaker's words, not the author's): "


def detect_techniques(source: Source, rulebook: Rulebook | None = None, threshold: float | None = None,
                      display: DisplayModel | None | bool = True, minimum: bool = True) -> list[TechniqueFinding]:
    """All technique findings in the body of ``source``, sorted by position, each with a confidence;
    with a ``threshold``, the display policy (``display.shown``) marks which are ``shown``.
    ``display`` is the display model that calibrates confidences (True: the shipped one; None or False: the
    rules' own confidences).
    ``minimum``: the display policy's minimum per words may force flags (False for a headline: one line is no
    text to keep from being bare, and its words must not count toward the body's minimum)."""
    rulebook = rulebook or load_rulebook()
    text, candidates = technique_candidates(source, rulebook)
    model = load_display() if display is True else display or None
    confidences = [c.confidence for c in candidates]
    if model is not None:
        confidences = _calibrated(model, text, candidates)
    policy = rulebook.settings.display if minimum else {**rulebook.settings.display, "words_per_flag": 0}
    # Page furniture numbered as text (a bio, a citation line) is not the author's argument: its flags
    # stay in the findings but are never shown.
    furniture = furniture_paragraphs(source)
    primary = _primaries(source, candidates, confidences, policy, furniture)
    reported = _reported(source, text, candidates, confidences, primary, model, policy, furniture)
    candidates, confidences, primary = (list(compress(v, reported)) for v in (candidates, confidences, primary))
    quoted = quoted_candidates(source, text, candidates)
    show = ([True] * len(candidates) if threshold is None else
            _shown_at(candidates, confidences, primary, source.word_count, threshold, policy,
                      mostly_quoted(text, candidates, quoted)))
    taxonomy = load_taxonomy()
    findings = [_finding(source, taxonomy, *values) for values in zip(candidates, confidences, primary, show, quoted)]
    return sorted(findings, key=lambda f: (f.start, f.end, f.technique, f.rule))


def technique_candidates(source: Source, rulebook: Rulebook) -> tuple[PreparedText, list[Candidate]]:
    """The prepared text and its candidates after overlaps are resolved, with the rules' own confidences."""
    text = prepare(source)
    matched = match_rules(rulebook, text)
    # The models read every rule that fired (their features); what is reported leaves out rule terms the
    # corpus has shown to be almost never marked (``report_floor``).
    reported = [c for c in matched if not below_report_floor(rulebook, c)]
    found = without_bare_labels(rulebook, text, reported + model_candidates(rulebook, text, matched))
    resolved = resolve_overlaps(label_groups(rulebook, text, found))
    # Then each flag takes the extent its rule family's annotated spans show (``extents``).
    return text, apply_extents(resolved, text, rulebook.settings.extents, rulebook.settings.stopwords, WORD_LEVELS)


def _calibrated(model: DisplayModel, text: PreparedText, candidates: list[Candidate]) -> list[float]:
    """Each candidate's confidence as the display model calibrates it."""
    return [round(model.score(row), 3) for row in display_features(text, candidates)]


def _finding(source: Source, taxonomy: Taxonomy, c: Candidate, confidence: float, primary: bool, shown_: bool,
             quoted: bool) -> TechniqueFinding:
    """The finding a candidate reports; in someone else's words, its reason says so first."""
    reason = QUOTED_PREFIX + c.reason[:1].lower() + c.reason[1:] if quoted else c.reason
    return TechniqueFinding(
        start=c.start, end=c.end, text=source.content[c.start:c.end], paragraph=source.paragraph_at(c.start) or 0,
        technique=c.technique, ptc_label=taxonomy[c.technique].ptc_label, rule=c.rule, reason=reason,
        confidence=confidence, cues=c.cues, level="word" if c.level in WORD_LEVELS else "passage",
        primary=primary, shown=shown_)


# -------------------------------------------------------------------------------------- what is reported


def below_report_floor(rulebook: Rulebook, c: Candidate) -> bool:
    """Is this a word-level hand-written rule's term (or a rule calibrated as a whole) that produced at least
    ``report_min_matched`` spans on the annotated corpus with at most ``report_max_share`` of their
    words inside spans of its technique (``display:`` in corpus.yaml; ptc-calibration.tsv)? Such a
    candidate is not reported at all: the corpus counts show it is almost never what annotators mark."""
    policy = rulebook.settings.display
    minimum = int(policy.get("report_min_matched", 0))
    if minimum <= 0 or c.level != "cue":
        return False      # (a passage rule's credit is low by design: annotators mark a clause, not the sentence)
    matched, credit = rulebook.calibration.get(f"{c.rule}|{c.term}" if c.term else c.rule, (0, 0.0))
    return matched >= minimum and credit <= float(policy.get("report_max_share", 0.0)) * matched


def _reported(source: Source, text: PreparedText, candidates: list[Candidate], confidences: list[float],
              primary: list[bool], model: DisplayModel | None, policy: dict, furniture) -> list[bool]:
    """Which candidates are reported (``reported_passages``). A sentence-model flag whose technique its word
    flags carry is reported only when the display policy shows it at the teaching threshold, whatever
    threshold the caller sets, and judged with the shipped display model when the caller asks for the
    rules' own confidences: every threshold reports the same findings."""
    judge = model or load_display()
    if judge is not model:
        confidences = _calibrated(judge, text, candidates)
        primary = _primaries(source, candidates, confidences, policy, furniture)
    return reported_passages(candidates, confidences, primary, source.word_count, policy)


def _primaries(source: Source, candidates: list[Candidate], confidences: list[float], policy: dict,
               furniture) -> list[bool]:
    """Which candidates a lesson may show (``display.primaries``), none in the page furniture numbered as text."""
    primary = primaries(candidates, confidences, hidden_families(policy))
    return [p and (source.paragraph_at(c.start) or 0) not in furniture for c, p in zip(candidates, primary)]


def reported_passages(candidates: list[Candidate], confidences: list[float], primary: list[bool], words: int,
                      policy: dict) -> list[bool]:
    """Which candidates are reported: all but the sentence-model flags that their word flags carry
    (``display.carried_by_words``), unless the display policy shows such a flag at the threshold
    ``words_carry_shown_at`` (the teaching threshold). The same findings are reported at any threshold."""
    carried = carried_by_words(candidates, frozenset(policy.get("words_carry") or ()))
    if not any(carried):
        return [True] * len(candidates)
    at_teaching = _shown_at(candidates, confidences, primary, words, float(policy.get("words_carry_shown_at", 0.0)),
                            policy)
    return [not k or visible for k, visible in zip(carried, at_teaching)]


def _shown_at(candidates: list[Candidate], confidences: list[float], primary: list[bool], words: int,
              threshold: float, policy: dict, quoted_flags: list[bool] | None = None) -> list[bool]:
    """The display policy at ``threshold``: each family's offset asked on top of it, and the text's minimum
    (which asks more of a flag in someone else's words: ``minimum_floors``)."""
    floors = minimum_floors(quoted_flags, policy) if quoted_flags is not None else None
    return shown(margins(candidates, confidences, family_offsets(policy)), primary, words, threshold,
                 float(policy.get("floor", 0.0)), int(policy.get("words_per_flag", 0)), floors,
                 int(policy.get("max_forced", 0)), [(c.start, c.end) for c in candidates])


# ---------------------------------------------------------------------------------- someone else's words


def quoted_candidates(source: Source, text: PreparedText, candidates: list[Candidate],
                      mostly: bool = False) -> list[bool]:
    """Which candidates stand in someone else's words: a quotation, or a block quotation (someone else's words
    just as a span in quotation marks is). A scare-quote flag is about the marks themselves, never quoted.
    ``mostly``: also a sentence flag mostly quoted (``mostly_quoted``)."""
    quoted = [c.level != "quote-marks" and (someone_elses_words(text, c.start, c.end) or source.in_block_quote(c.start))
              for c in candidates]
    return mostly_quoted(text, candidates, quoted) if mostly else quoted


def mostly_quoted(text: PreparedText, candidates: list[Candidate], quoted: list[bool]) -> list[bool]:
    """``quoted`` (from ``quoted_candidates``), and also a sentence flag that is mostly a quotation, or opens
    with one and runs on into its attribution (“We cannot yet say how the shoals move,” a biologist explains)."""
    return [q or (c.level != "quote-marks" and _mostly_quoted(text, c.start, c.end))
            for c, q in zip(candidates, quoted)]


def _mostly_quoted(text: PreparedText, start: int, end: int) -> bool:
    """Is most of the span a quotation of more than three words, or does the span open with one (a quotation and
    then its attribution)?"""
    quotes = [(q_start, q_end) for q_start, q_end in text.quotes + text.posts if q_start < end and start < q_end
              and len(text.content[q_start:q_end].split()) > _SHORT_QUOTE_WORDS]
    inside = sum(min(end, q_end) - max(start, q_start) for q_start, q_end in quotes)
    return inside * 2 > end - start or any(q_start <= start + 1 for q_start, _ in quotes)


# A word or two in quotation marks is someone's word only where the sentence says whose: a verb of saying
# or naming ("called the protesters “thugs”") or another quotation ("pushed Kiev to take “reckless steps”,
# including “terrorist acts”"). Otherwise the author sets the word apart (scare quotes: "The “elite” that
# are in power"), and the word is the author's choice.
_SHORT_QUOTE_WORDS = 3


def someone_elses_words(text: PreparedText, start: int, end: int) -> bool:
    """Is the span inside a quotation of someone's words (not a word the author set in quotation marks), or
    inside an embedded post?"""
    if text.posts and enclosing(text.posts, start, end):
        return True
    quote = enclosing(text.quotes, start, end)
    if quote is None:
        return False
    quote_start, quote_end = quote
    return (len(text.content[quote_start:quote_end].split()) > _SHORT_QUOTE_WORDS
            or attributed(text, quote_start, SAYING_VERBS) or _among_quotations(text, quote_start, quote_end))


def _among_quotations(text: PreparedText, quote_start: int, quote_end: int) -> bool:
    """Does the sentence holding the quotation hold another one?"""
    near = bisect.bisect_right(sentence_starts(text), quote_start) - 1
    sentence = text.sentences[near] if near >= 0 and quote_start < text.sentences[near][1] else None
    if sentence is None:
        return False
    at = bisect.bisect_left(text.quotes, (quote_start, quote_end))
    neighbours = text.quotes[max(at - 1, 0):at] + text.quotes[at + 1:at + 2]
    return any(sentence[0] <= s < sentence[1] for s, _ in neighbours)
