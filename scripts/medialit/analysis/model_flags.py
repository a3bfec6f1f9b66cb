"""Model flags: the token and sentence models' flags (``model``), each with a reason a student can check.

The token model flags runs of words, the sentence model whole sentences; both read the hand-written rules'
spans as a feature (``rule_spans_for_model``). A reason names what the model saw, or the words of a
hand-written rule of the same technique when one fired there. A doubt flag on a question the author
answers at once, or that is not the author's (``questions``), is left out, and so is a sentence flag of a
technique that needs a rule's words when no rule names any.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .candidates import Candidate
from .detect_text import normalize_word
from .model import ANY, LinearModel, describe, model_input, readable
from .plain_words import plain_words
from .prepared_text import PreparedText
from .questions import is_question, not_the_authors_question, set_apart_and_answered
from .rule_matching import match_rules
from .rules import Rulebook


def model_candidates(rulebook: Rulebook, text: PreparedText, matched: list[Candidate]) -> list[Candidate]:
    """Flags of the token and sentence models (see ``model``), each naming the features that fired.

    Model flags on words compete with rule flags like any others: the surer one stands."""
    models = rulebook.models
    if models.token is None and models.sentence is None:
        return []
    uncited = rulebook.settings.stopwords | rulebook.settings.uncited
    data = model_input(text.content, text.tokens, text.paragraphs, text.sentences, text.quotes,
                       rule_spans_for_model(rulebook, text, matched), rulebook.settings.side_words)
    found = []
    if models.token is not None:
        found += _token_model_flags(rulebook, data, text, matched, uncited)
    if models.sentence is not None:
        found += _sentence_model_flags(rulebook, data, text, matched, uncited)
    return found


def rule_spans_for_model(rulebook: Rulebook, text: PreparedText,
                         matched: list[Candidate] | None = None) -> list[tuple]:
    """(start, end, technique) of the hand-written rules' candidates: a feature of the models."""
    matched = match_rules(rulebook, text) if matched is None else matched
    learnt = _learnt(rulebook)
    return [(c.start, c.end, c.technique) for c in matched if not c.rule.startswith(learnt)]


def _learnt(rulebook: Rulebook) -> tuple[str, ...]:
    """Rule-id prefixes of rules whose evidence comes from the corpus itself (not model features)."""
    return tuple(r.id for r in rulebook.rules if r.computed in ("corpus-cues", "repetition"))


# ------------------------------------------------------------------------------------------- token model


def _token_model_flags(rulebook: Rulebook, data, text: PreparedText, matched: list[Candidate],
                       uncited: frozenset[str]) -> list[Candidate]:
    """The token model's flags, leaving out those on plain words alone; a flag on a rule's words takes its reason."""
    settings = rulebook.settings.model
    stopwords = rulebook.settings.stopwords
    rule_cues = sorted((c for c in matched if c.level == "cue" and ".model" not in c.rule),
                       key=lambda c: (-c.confidence, c.start, c.rule))
    plain = plain_words(rulebook)
    found = []
    for flag in _token_flags(rulebook.models.token, data, text, float(settings.get("token_floor", 0.3)), uncited):
        if plain and all(normalize_word(w) in plain or normalize_word(w) in stopwords for w in flag.cues):
            continue      # the corpus shows these words often and rarely marked: context alone is too little
        rule = next((c for c in rule_cues if c.technique == flag.technique and c.start < flag.end
                     and flag.start < c.end and _names_words_inside(text.content, c, flag)), None)
        if rule is not None:      # a rule fired on these words: its reason is the one a student can check
            # (That the model agrees shows in the flag's confidence; a student cannot check it, so the
            # reason does not say it.)
            flag = replace(flag, reason=rule.reason)
        found.append(flag)
    return found


def _names_words_inside(content: str, rule: Candidate, flag: Candidate) -> bool:
    """Do the words a rule's reason names lie inside the model's flag? A rule whose span reaches past its
    word ("rogue" with the noun after it) can overlap a flag on the noun alone; its reason would then name
    a word the highlight does not show."""
    shown = content[flag.start:flag.end].casefold()
    return all(cue.strip(_CUE_MARKS).casefold() in shown for cue in rule.cues)


_CUE_MARKS = " \"“”‘’'.,;:!?"


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
    """The flag of class ``c`` on a run of tokens: their mean score, and the features that pushed them most."""
    start, end = data.tokens[run[0]].start, data.tokens[run[-1]].end
    confidence = round(sum(scores[k][c] for k in run) / len(run), 3)
    pushes: dict[str, float] = {}
    for k in run:
        for weight, feature in model.contributions(features[k], c):
            pushes[feature] = pushes.get(feature, 0.0) + weight
    cues = _top_features(pushes, stopwords)
    words = tuple(" ".join(text.content[start:end].split()).split(" "))
    reason = _token_reason(model, c, technique, cues, words)
    return Candidate(start, end, f"{technique}.model", technique, confidence, reason, words, "cue")


def _token_reason(model: LinearModel, c: int, technique: str, cues: list[str], words: tuple[str, ...]) -> str:
    """A token flag's reason: the features it cites with how often annotators marked them, when one of them
    quotes the flagged words; otherwise the flagged words themselves."""
    name = technique.replace("-", " ")
    evidence = []
    for feature in cues:
        total, counts = model.counts.get(feature, (0, ()))
        note = f" ({counts[c]} of {total} times)" if total and counts else ""
        evidence.append(describe(feature) + note)
    if any(_cites_a_word(item, words) for item in evidence):
        reason = f"{_join(evidence)}: words and contexts that annotators of real news often marked as {name}"
    else:       # what the model saw lies around the words (a rule's span, a word before): name the words themselves
        these, them = ("words like these", "them") if len(words) > 1 else ("a word like this", "it")
        reason = (f"'{' '.join(words)}': annotators of real news often marked {these}, in sentences like this one, "
                  f"as {name}; read the sentence without {them}")
    return reason[:1].upper() + reason[1:]


def _cites_a_word(item: str, words: tuple[str, ...]) -> bool:
    """Does a reason's evidence item quote one of the flagged words ("'tortured'", "words like 'total…'")?"""
    quoted = item.casefold()
    return any(f"'{w.casefold().strip(_CUE_MARKS)}" in quoted for w in words if w.strip(_CUE_MARKS))


# ---------------------------------------------------------------------------------------- sentence model


def _sentence_model_flags(rulebook: Rulebook, data, text: PreparedText, matched: list[Candidate],
                          uncited: frozenset[str]) -> list[Candidate]:
    """The sentence model's flags, leaving out doubt on a question that leaves none hanging and a flag without
    the rule its technique needs (``_has_evidence``); each names the words of a rule that fired in its sentence."""
    settings = rulebook.settings.model
    answered = int(settings.get("answered_max_words", 0))
    flags = _sentence_flags(rulebook.models.sentence, data, text, float(settings.get("sentence_floor", 0.3)), uncited)
    return [_with_rule_words(text, f, cues, matched) for f, cues in flags
            if not (f.technique == "doubt" and _leaves_no_doubt(text, f, answered))
            and _has_evidence(text, f, matched, settings)]


def _leaves_no_doubt(text: PreparedText, flag: Candidate, answered_max_words: int) -> bool:
    """Is the flagged question one the author sets apart and answers at once (questions of at most
    ``answered_max_words`` words; none when it is 0), or one that is not the author's?"""
    return (bool(answered_max_words) and set_apart_and_answered(text, (flag.start, flag.end), answered_max_words)
            or not_the_authors_question(text.content, flag.start, flag.end))


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


def _sentence_reason(technique: str, items: list[str]) -> str:
    """A sentence flag's reason: what the model saw (``MODEL_SENTENCE_REASON``) and the items it cites."""
    reason = f"{MODEL_SENTENCE_REASON} {technique.replace('-', ' ')}"
    if items:
        reason += ": " + _join(items)
    return reason[:1].upper() + reason[1:]


# ----------------------------------------------------------------------------------- what a reason cites


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
    """Items joined as prose: "a", "a and b", "a, b and c" (nothing for none)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""
