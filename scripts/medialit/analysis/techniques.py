"""Persuasion-technique detector: runs the rules of ``data/rules/`` over a source's body.

Finding spans (``match_rules``) and choosing among overlapping ones (``resolve_overlaps``) are separate
steps; each finding names its rule, the cue words that fired and a reason a student can check. A span
inside quotation marks says so in its reason: those are the quoted speaker's words, not the author's.
A rule's confidence is its hand-set value moved toward its measured precision on the annotated corpus
(see ``rules``); the display model (``display``) then calibrates every finding's confidence on
out-of-domain news, and the display policy decides which findings are shown.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import compress

from ..text.furniture import furniture_paragraphs
from ..text.source import Source
from .taxonomy import load_taxonomy
from .detect_text import enclosing, normalize_word
from .display import (WORD_LEVELS, DisplayModel, carried_by_words, family_offsets, hidden_families,
                      load_display, margins, minimum_floors, primaries, shown)
from .display import features as display_features
from .extents import apply_extents
from .findings import TechniqueFinding
from .model import ANY, LinearModel, describe, model_input, readable
from .attribution import SAYING_VERBS, attributed
from .candidates import Candidate
from .questions import is_question, names_a_title, reported_or_filler_question, set_apart_and_answered
from .plain_words import plain_words
from .labels import label_groups, without_bare_labels
from .prepared_text import PreparedText, prepare, sentence_starts
from .rule_matching import match_rules
from .rules import Rulebook, load_rulebook

QUOTED_PREFIX = "In a quotation (the quoted speaker's words, not the author's): "


def detect_techniques(source: Source, rulebook: Rulebook | None = None, threshold: float | None = None,
                      display: DisplayModel | None | bool = True, minimum: bool = True) -> list[TechniqueFinding]:
    """All technique findings in the body of ``source``, sorted by position, each with a confidence;
    with a ``threshold``, the display policy (``display.shown``) marks which are ``shown``.
    ``display`` is the display model that calibrates confidences (True: the shipped one; None or False: the rules' own confidences).
    ``minimum``: the display policy's minimum per words may force flags (False for a headline: one line is no
    text to keep from being bare, and its words must not count toward the body's minimum)."""
    rulebook = rulebook or load_rulebook()
    text, candidates = technique_candidates(source, rulebook)
    model = load_display() if display is True else display or None
    confidences = [c.confidence for c in candidates]
    if model is not None:
        confidences = [round(model.score(row), 3) for row in display_features(text, candidates)]
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
    findings = []
    for c, confidence, first, visible, quoted_ in zip(candidates, confidences, primary, show, quoted):
        reason = QUOTED_PREFIX + c.reason[:1].lower() + c.reason[1:] if quoted_ else c.reason
        findings.append(TechniqueFinding(
            start=c.start, end=c.end, text=source.content[c.start:c.end], paragraph=source.paragraph_at(c.start) or 0,
            technique=c.technique, ptc_label=taxonomy[c.technique].ptc_label, rule=c.rule, reason=reason,
            confidence=confidence, cues=c.cues, level="word" if c.level in WORD_LEVELS else "passage",
            primary=first, shown=visible))
    return sorted(findings, key=lambda f: (f.start, f.end, f.technique, f.rule))


def quoted_candidates(source: Source, text: PreparedText, candidates: list[Candidate], mostly: bool = False) -> list[bool]:
    """Which candidates stand in someone else's words: a quotation, or a block quotation (someone else's words
    just as a span in quotation marks is). A scare-quote flag is about the marks themselves, never quoted.
    ``mostly``: also a sentence flag mostly quoted (``mostly_quoted``)."""
    quoted = [c.level != "quote-marks" and (someone_elses_words(text, c.start, c.end) or source.in_block_quote(c.start))
              for c in candidates]
    return mostly_quoted(text, candidates, quoted) if mostly else quoted


def mostly_quoted(text: PreparedText, candidates: list[Candidate], quoted: list[bool]) -> list[bool]:
    """``quoted`` (from ``quoted_candidates``), and also a sentence flag that is mostly a quotation, or opens
    with one and runs on into its attribution (“We cannot yet say how the shoals move,” a biologist explains)."""
    return [q or (c.level != "quote-marks" and _mostly_quoted(text, c.start, c.end)) for c, q in zip(candidates, quoted)]


def _mostly_quoted(text: PreparedText, start: int, end: int) -> bool:
    """Is most of the span a quotation of more than three words, or does the span open with one (a quotation and
    then its attribution)?"""
    quotes = [(q_start, q_end) for q_start, q_end in text.quotes + text.posts if q_start < end and start < q_end
              and len(text.content[q_start:q_end].split()) > _SHORT_QUOTE_WORDS]
    inside = sum(min(end, q_end) - max(start, q_start) for q_start, q_end in quotes)
    return inside * 2 > end - start or any(q_start <= start + 1 for q_start, _ in quotes)


def _shown_at(candidates: list[Candidate], confidences: list[float], primary: list[bool], words: int,
              threshold: float, policy: dict, quoted_flags: list[bool] | None = None) -> list[bool]:
    """The display policy at ``threshold``: each family's offset asked on top of it, and the text's minimum
    (which asks more of a flag in someone else's words: ``minimum_floors``)."""
    floors = minimum_floors(quoted_flags, policy) if quoted_flags is not None else None
    return shown(margins(candidates, confidences, family_offsets(policy)), primary, words, threshold,
                 float(policy.get("floor", 0.0)), int(policy.get("words_per_flag", 0)), floors,
                 int(policy.get("max_forced", 0)), [(c.start, c.end) for c in candidates])


def _reported(source: Source, text: PreparedText, candidates: list[Candidate], confidences: list[float],
              primary: list[bool], model: DisplayModel | None, policy: dict, furniture) -> list[bool]:
    """Which candidates are reported (``reported_passages``). A sentence-model flag whose technique its word
    flags carry is reported only when the display policy shows it at the teaching threshold, whatever
    threshold the caller sets, and judged with the shipped display model when the caller asks for the
    rules' own confidences: every threshold reports the same findings."""
    judge = model or load_display()
    if judge is not model:
        confidences = [round(judge.score(row), 3) for row in display_features(text, candidates)]
        primary = _primaries(source, candidates, confidences, policy, furniture)
    return reported_passages(candidates, confidences, primary, source.word_count, policy)


def _primaries(source: Source, candidates: list[Candidate], confidences: list[float], policy: dict,
               furniture) -> list[bool]:
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


# ---------------------------------------------------------------------------------------------- matching


# ---------------------------------------------------------------------------------------------- models


def _learnt(rulebook: Rulebook) -> tuple[str, ...]:
    """Rule-id prefixes of rules whose evidence comes from the corpus itself (not model features)."""
    return tuple(r.id for r in rulebook.rules if r.computed in ("corpus-cues", "repetition"))


def rule_spans_for_model(rulebook: Rulebook, text: PreparedText, matched: list[Candidate] | None = None) -> list[tuple]:
    """(start, end, technique) of the hand-written rules' candidates: a feature of the models."""
    matched = match_rules(rulebook, text) if matched is None else matched
    learnt = _learnt(rulebook)
    return [(c.start, c.end, c.technique) for c in matched if not c.rule.startswith(learnt)]


def _names_words_inside(content: str, rule: Candidate, flag: Candidate) -> bool:
    """Do the words a rule's reason names lie inside the model's flag? A rule whose span reaches past its
    word ("rogue" with the noun after it) can overlap a flag on the noun alone; its reason would then name
    a word the highlight does not show."""
    shown = content[flag.start:flag.end].casefold()
    return all(cue.strip(_CUE_MARKS).casefold() in shown for cue in rule.cues)


_CUE_MARKS = " \"“”‘’'.,;:!?"


def model_candidates(rulebook: Rulebook, text: PreparedText, matched: list[Candidate]) -> list[Candidate]:
    """Flags of the token and sentence models (see ``model``), each naming the features that fired.

    Model flags on words compete with rule flags like any others: the surer one stands."""
    models = rulebook.models
    if models.token is None and models.sentence is None:
        return []
    settings = rulebook.settings.model
    stopwords = rulebook.settings.stopwords
    uncited = stopwords | rulebook.settings.uncited
    data = model_input(text.content, text.tokens, text.paragraphs, text.sentences, text.quotes,
                       rule_spans_for_model(rulebook, text, matched), rulebook.settings.side_words)
    found = []
    if models.token is not None:
        rule_cues = sorted((c for c in matched if c.level == "cue" and ".model" not in c.rule),
                           key=lambda c: (-c.confidence, c.start, c.rule))
        plain = plain_words(rulebook)
        for flag in _token_flags(models.token, data, text, float(settings.get("token_floor", 0.3)), uncited):
            if plain and all(normalize_word(w) in plain or normalize_word(w) in stopwords for w in flag.cues):
                continue      # the corpus shows these words often and rarely marked: context alone is too little
            rule = next((c for c in rule_cues if c.technique == flag.technique and c.start < flag.end
                         and flag.start < c.end and _names_words_inside(text.content, c, flag)), None)
            if rule is not None:      # a rule fired on these words: its reason is the one a student can check
                # (That the model agrees shows in the flag's confidence; a student cannot check it, so the
                # reason does not say it.)
                flag = replace(flag, reason=rule.reason)
            found.append(flag)
    if models.sentence is not None:
        answered = int(settings.get("answered_max_words", 0))
        found += [_with_rule_words(text, f, cues, matched)
                  for f, cues in _sentence_flags(models.sentence, data, text,
                                                 float(settings.get("sentence_floor", 0.3)), uncited)
                  if not (f.technique == "doubt" and (answered and set_apart_and_answered(text, (f.start, f.end), answered)
                                                      or names_a_title(text.content, f.end)
                                                      or reported_or_filler_question(text.content[f.start:f.end])))
                  and _has_evidence(text, f, matched, settings)]
    return found


def _with_rule_words(text: PreparedText, flag: Candidate, cues: list[str], matched: list[Candidate]) -> Candidate:
    """A sentence-model flag whose sentence holds a hand-written rule's flag of its technique names that
    rule's words, which a student can check, instead of "a typical sign of ..."; a sentence that is
    nothing but the rule's words ("Unacceptable.") takes the rule's own reason."""
    inside = sorted((c for c in matched if c.technique == flag.technique and ".model" not in c.rule
                     and flag.start <= c.start and c.end <= flag.end), key=lambda c: (c.start, c.rule))
    if not inside:
        return flag
    sentence = text.content[flag.start:flag.end].strip(" \"“”‘’'*_.!?")
    if len(inside) == 1 and text.content[inside[0].start:inside[0].end].strip(" \"“”‘’'*_") == sentence:
        return replace(flag, reason=inside[0].reason)
    words = list(dict.fromkeys(text.content[c.start:c.end] for c in inside))
    # Two rules on the same words ("nonsense" and "nonsense talk") are cited once, by the longer words.
    words = [w for w in words if not any(w != o and w.lower() in o.lower() for o in words)][:2]
    return replace(flag, reason=_sentence_reason(flag.technique, _cited(cues, flag.technique, words)))


def _cited(cues: list[str], technique: str, rule_words: list[str]) -> list[str]:
    """The cues a sentence flag's reason cites, the sign of a rule of its own technique replaced by that
    rule's words. A word the rule's words already hold is not cited again: a reason that read "'nonsense',
    'nonsense' and 'mayor'" or "'world order' and 'order'" names the same words twice."""
    sign = f"rule:{technique}"
    taken = {w for phrase in rule_words for w in re.findall(r"[\w'’-]+", phrase.lower())}
    items: list[str] = []
    for feature in cues:
        if feature == sign:
            items += [f"'{w}'" for w in rule_words]
        elif not (feature[:2] in ("w:", "b:", "a:") and _feature_words(feature) & taken):
            items.append(describe(feature))
    return list(dict.fromkeys(items))


def _has_evidence(text: PreparedText, flag: Candidate, matched: list[Candidate], settings: dict) -> bool:
    """Does a sentence-model flag that needs a rule hold a hand-written rule's flag of the same technique?
    Techniques in ``needs_rule`` (corpus.yaml, model:) always need one: the model reads flag-waving into any
    sentence that says "our", and the flag stands only when a rule names what waves the flag ("our
    nation"). Those in ``statements_need_rule`` need one on a statement, not on a question: a student
    needs a word to point at."""
    needs_rule = flag.technique in (settings.get("needs_rule") or ()) or (
        flag.technique in (settings.get("statements_need_rule") or ())
        and not is_question(text.content[flag.start:flag.end]))
    return not needs_rule or any(c.technique == flag.technique and flag.start <= c.start < flag.end for c in matched)


def _token_flags(model: LinearModel, data, text: PreparedText, floor: float, stopwords) -> list[Candidate]:
    """Runs of adjacent words (in one sentence) that score at least ``floor`` for a technique."""
    likely = model.likely_tokens(data, floor, range(len(model.classes)))
    features = {k: data.token_features(k) for k in likely}
    scores = {k: model.scores(features[k]) for k in likely}
    sentence_firsts = [i for _, _, i, _ in data.sentences]
    found = []
    for c, technique in enumerate(model.classes):
        run: list[int] = []
        for k in (k for k in likely if scores[k][c] >= floor):
            if run and k == run[-1] + 1 and _sentence_of(data, sentence_firsts, k) == _sentence_of(
                    data, sentence_firsts, run[-1]) and data.tokens[k].start - data.tokens[run[-1]].end <= 2:
                run.append(k)
                continue
            if run:
                found.append(_token_flag(model, c, technique, run, scores, features, data, text, stopwords))
            run = [k]
        if run:
            found.append(_token_flag(model, c, technique, run, scores, features, data, text, stopwords))
    return found


def _sentence_of(data, sentence_firsts: list[int], k: int) -> int | None:
    """Number of the sentence holding token ``k`` (None between sentences)."""
    number = bisect.bisect_right(sentence_firsts, k) - 1
    return number if number >= 0 and k < data.sentences[number][3] else None


def _token_flag(model: LinearModel, c: int, technique: str, run: list[int], scores, features, data, text: PreparedText,
                stopwords) -> Candidate:
    start, end = data.tokens[run[0]].start, data.tokens[run[-1]].end
    confidence = round(sum(scores[k][c] for k in run) / len(run), 3)
    pushes: dict[str, float] = {}
    for k in run:
        for weight, feature in model.contributions(features[k], c):
            pushes[feature] = pushes.get(feature, 0.0) + weight
    cues = _top_features(pushes, stopwords)
    name = technique.replace("-", " ")
    evidence = []
    for feature in cues:
        total, counts = model.counts.get(feature, (0, ()))
        note = f" ({counts[c]} of {total} times)" if total and counts else ""
        evidence.append(describe(feature) + note)
    words = tuple(" ".join(text.content[start:end].split()).split(" "))
    if any(_cites_a_word(item, words) for item in evidence):
        reason = f"{_join(evidence)}: words and contexts that annotators of real news often marked as {name}"
    else:       # what the model saw lies around the words (a rule's span, a word before): name the words themselves
        these, them = ("words like these", "them") if len(words) > 1 else ("a word like this", "it")
        reason = (f"'{' '.join(words)}': annotators of real news often marked {these}, in sentences like this one, "
                  f"as {name}; read the sentence without {them}")
    return Candidate(start, end, f"{technique}.model", technique, confidence, reason[:1].upper() + reason[1:], words,
                     "cue")


def _cites_a_word(item: str, words: tuple[str, ...]) -> bool:
    """Does a reason's evidence item quote one of the flagged words ("'tortured'", "words like 'total…'")?"""
    quoted = item.casefold()
    return any(f"'{w.casefold().strip(_CUE_MARKS)}" in quoted for w in words if w.strip(_CUE_MARKS))


# How a sentence-model flag's reason begins: what the model saw, which a lesson's key does not ask a
# student to explain (lesson/technique_questions.py).
MODEL_SENTENCE_REASON = "this sentence is worded like sentences annotators of real news marked as"


def _sentence_flags(model: LinearModel, data, text: PreparedText, floor: float,
                    stopwords) -> list[tuple[Candidate, list[str]]]:
    """A sentence is flagged when the model's score for any technique (class ``any``) reaches ``floor``;
    the flag takes the technique with the highest score, and that score is its confidence. Each flag
    comes with the features its reason cites (``_with_rule_words`` may cite a rule's words instead)."""
    gate = model.classes.index(ANY) if ANY in model.classes else None
    techniques = [c for c, t in enumerate(model.classes) if t != ANY]
    # The sieve hands over the rows of each sentence's features: their strings are never made.
    likely = model.likely_sentence_rows(data, floor, [gate] if gate is not None else techniques)
    found = []
    for (number, rows), scores in zip(likely, model.scores_of_row_lists([rows for _, rows in likely])):
        start, end, _, _ = data.sentences[number]
        c = max(techniques, key=lambda i: (scores[i], -i))
        if (scores[gate] if gate is not None else scores[c]) < floor:
            continue
        technique = model.classes[c]
        pushes = model.pushes_of_rows(rows, c)
        # Function words are cited only when nothing else pushed: a flag always names what a student can check.
        cues = _top_features(pushes, stopwords, 3) or _top_features(pushes, frozenset(), 3)
        words = tuple(f.partition(":")[2] for f in cues if f[:2] in ("w:", "b:", "a:"))
        found.append((Candidate(start, end, f"{technique}.model-sentence", technique, round(scores[c], 3),
                                _sentence_reason(technique, [describe(f) for f in cues]), words, "sentence"), cues))
    return found


def _sentence_reason(technique: str, items: list[str]) -> str:
    reason = f"{MODEL_SENTENCE_REASON} {technique.replace('-', ' ')}"
    if items:
        reason += ": " + _join(items)
    return reason[:1].upper() + reason[1:]


def _top_features(pushes: dict[str, float], stopwords: frozenset[str], n: int = 2) -> list[str]:
    """The strongest features worth citing: not placeholders, not function words alone."""
    # Sorted by (strength, words before other features, name): the keys themselves, as names are distinct.
    ranked = sorted((-round(w, 6), not f.startswith("w:"), f) for f, w in pushes.items()
                    if readable(f) and not _feature_words(f) <= stopwords)
    chosen: list[str] = []
    for _, _, feature in ranked:
        if not any(_feature_words(feature) & _feature_words(c) for c in chosen if c[:2] != "ru"):
            chosen.append(feature)
        if len(chosen) == n:
            break
    return chosen


@lru_cache(maxsize=1 << 14)
def _feature_words(feature: str) -> frozenset[str]:
    """The words of a feature's value (memoised: a text cites the same features again and again)."""
    return frozenset(feature.partition(":")[2].split())


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


# -------------------------------------------------------------------------------------------- overlaps


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep, within each level, the surest of overlapping spans (then the longest, then the first); on
    sentences a hand-written rule before the sentence model.

    Word-level flags compete with each other whatever their technique; sentence-level flags compete
    only with flags of the same technique, since one sentence can use several techniques."""
    kept: list[Candidate] = []
    # Per level, the spans kept so far, sorted. They do not overlap, so their ends are sorted too, and
    # of those that start before a candidate ends, the last one reaches furthest: it alone decides
    # whether the candidate overlaps one (a binary search instead of a look at every kept span).
    taken: dict[tuple, list[tuple[int, int]]] = {}
    # A hand-written passage rule goes before the sentence model's guess of the same technique, as in
    # ``display.primaries``: its reason names the words a student can check.
    for c in sorted(candidates, key=lambda c: (c.level == "sentence" and c.rule.endswith(".model-sentence"),
                                               -c.confidence, -(c.end - c.start), c.start, c.rule)):
        key = (c.level, c.technique) if c.level == "sentence" else (c.level,)
        spans = taken.setdefault(key, [])
        before_end = bisect.bisect_left(spans, (c.end,))
        if before_end and spans[before_end - 1][1] > c.start:
            continue
        bisect.insort(spans, (c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end, c.technique, c.rule))
