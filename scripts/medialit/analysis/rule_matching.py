"""Rule matching: every candidate span of every hand-written rule of ``data/rules/``, before overlaps.

Each kind of rule has its matcher: terms (``term_matching``), patterns, the corpus cues of ptc-cues.tsv,
scare quotes (``scare_quotes``) and the computed detectors of ``passages``. Loaded words may then take in
the word they qualify (``extend_spans``), and a loaded word or label that comes back is flagged as
repetition.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import compress

from .candidates import Candidate, rule_candidate
from .detect_text import normalize_word, trim_to_words
from .passages import PASSAGE_HITS
from .plain_words import plain_words
from .prepared_text import PreparedText, token_after, token_norms
from .questions import answered_at_once, not_the_authors_question
from .required import fold_case, may_match
from .rules import Rule, Rulebook
from .scare_quotes import match_scare_quotes
from .term_matching import match_terms


def match_rules(rulebook: Rulebook, text: PreparedText) -> list[Candidate]:
    """Every candidate span of every rule, before overlaps are resolved."""
    candidates: list[Candidate] = []
    candidates.extend(match_terms(rulebook, text))
    for rule in rulebook.rules:
        if rule.pattern is not None:
            candidates.extend(_match_pattern(rulebook, rule, text))
        elif rule.computed == "corpus-cues":
            candidates.extend(_match_corpus_cues(rulebook, rule, text))
        elif rule.computed == "scare-quotes":
            candidates.extend(match_scare_quotes(rulebook, rule, text))
        elif rule.computed in PASSAGE_HITS:
            candidates.extend(_match_computed(rulebook, rule, text))
    candidates = extend_spans(candidates, text, rulebook.settings.stopwords)
    for rule in rulebook.rules:
        if rule.computed == "repetition":
            candidates.extend(_match_repetition(rulebook, rule, candidates))
    return candidates


def _match_pattern(rulebook: Rulebook, rule: Rule, text: PreparedText) -> list[Candidate]:
    """The matches of the rule's pattern, paragraph by paragraph. A rule of questions (``answered_max_words``)
    leaves out a question the author answers at once and one that is not the author's (``questions``)."""
    found = []
    required = rule.required
    folded = _folded(text) if required else None
    for p_start, p_end in text.paragraphs:
        if required and not may_match(required, text.content, folded, p_start, p_end):
            continue        # the paragraph lacks a word every match holds
        for match in rule.pattern.finditer(text.content, p_start, p_end):
            span = trim_to_words(text.content, match.start(), match.end())
            if span and rule.answered_max_words and (answered_at_once(text, span, p_end, rule.answered_max_words)
                                                     or not_the_authors_question(text.content, *span)):
                continue
            if span:
                found.append(rule_candidate(rulebook, rule, text, span[0], span[1], text.content[span[0]:span[1]]))
    return [c for c in found if c is not None]


@lru_cache(maxsize=4)
def _folded(text: PreparedText) -> str:
    """The content case-folded, where a pattern's required words are looked for (``required``)."""
    return fold_case(text.content)


def _match_corpus_cues(rulebook: Rulebook, rule: Rule, text: PreparedText) -> list[Candidate]:
    """Words that annotators of real news often marked with this rule's technique (ptc-cues.tsv)."""
    stats = _corpus_cues(rulebook, rule.technique)
    found = []
    tokens = text.tokens
    for i in compress(range(len(tokens)), map(stats.__contains__, token_norms(text))):     # (as in match_terms)
        token = tokens[i]
        stat = stats[token.norm]
        reason = rule.reason.format(cue=token.text, inside=stat.inside, total=stat.total)
        found.append(Candidate(token.start, token.end, f"{rule.id}.{_slug(stat.cue)}", rule.technique,
                               rulebook.cue_confidence(stat), reason, (token.text,), "cue", extend=rule.extend))
    return found


@lru_cache(maxsize=64)
def _corpus_cues(rulebook: Rulebook, technique: str) -> dict[str, object]:
    """Cue word -> its statistics, for the cues of ``technique`` that are frequent and telling enough."""
    settings = rulebook.settings
    return {s.cue: s for s in rulebook.cues
            if s.technique == technique and s.total >= settings.cue_min_total and s.inside >= settings.cue_min_inside
            and s.cue not in settings.stopwords and s.cue not in settings.side_words
            and s.cue not in settings.cue_exclude}


def _slug(cue: str) -> str:
    """A corpus cue as the last part of its rule id: normal forms joined by hyphens, no apostrophes ("dont")."""
    return "-".join(normalize_word(w).replace("'", "") for w in cue.split())


def _match_computed(rulebook: Rulebook, rule: Rule, text: PreparedText) -> list[Candidate]:
    """Candidates of a detector of ``passages`` (lexicon words, capitals, anaphora)."""
    confidence = rulebook.confidence(rule)
    plain = plain_words(rulebook) if rule.computed == "lexicon" else frozenset()
    found = []
    for hit in PASSAGE_HITS[rule.computed](text, rulebook.settings):
        if hit.level == "cue" and normalize_word(hit.cue) in plain:
            continue      # rated strongly by VADER, yet the corpus shows it often and rarely marked ("worse")
        cue = " ".join(hit.cue.split())
        found.append(Candidate(hit.start, hit.end, rule.id, rule.technique, confidence,
                               rule.reason.format(cue=cue, **hit.fields), (cue,), hit.level,
                               extend=rule.extend if hit.level == "cue" else "none"))
    return found


def _match_repetition(rulebook: Rulebook, rule: Rule, candidates: list[Candidate]) -> list[Candidate]:
    """A loaded word or label that comes back: every use after the first is flagged as repetition."""
    by_start = {c.start: c for c in sorted(candidates, key=lambda c: (c.start, c.rule))
                if c.level == "cue" and c.technique in ("loaded-language", "name-calling")}
    labelled = [by_start[start] for start in sorted(by_start)]     # one per position, whichever rules fired
    counts = Counter(normalize_word(c.cues[0]) for c in labelled)
    seen: Counter = Counter()
    found = []
    found_starts: set[int] = set()          # (a set rebuilt at every step made this quadratic: issue 17)
    for c in labelled:
        key = normalize_word(c.cues[0])
        seen[key] += 1
        if seen[key] > 1 and c.start not in found_starts:
            reason = rule.reason.format(cue=c.cues[0], count=counts[key])
            found.append(Candidate(c.start, c.end, rule.id, rule.technique, rulebook.confidence(rule), reason,
                                   c.cues, "repetition"))
            found_starts.add(c.start)
    return found


def extend_spans(candidates: list[Candidate], text: PreparedText, stopwords: frozenset[str]) -> list[Candidate]:
    """Let cues with ``extend: next-word`` take in the next word when it is a plain lower-case word
    right after them ("reckless provocations"), as annotators mark a loaded word with what it
    qualifies; never a word where another cue starts ("hysterical" stops before "anti-Russian")."""
    cue_starts = {c.start for c in candidates if c.level == "cue"}
    extended = []
    for c in candidates:
        following = token_after(text, c.end) if c.extend == "next-word" else None
        if (following is not None and text.content[c.end:following.start] == " " and following.text[:1].islower()
                and following.norm not in stopwords and following.start not in cue_starts):
            c = replace(c, end=following.end)
        extended.append(c)
    return extended
