"""Labels: when a loaded word labels a group, and when a label noun labels nobody.

A loaded word right before a noun for a group ("barbaric terrorists") labels the group: name calling on
both words (``label_groups``). A label noun used as an idiom or a noun before a noun ("by hook or by crook",
"for regime change"), and a name-calling word used as a verb ("they disgraced themselves"), label nobody
(``without_bare_labels``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .candidates import Candidate
from .detect_text import Token
from .display import family, hidden_families
from .lexicon import bare_label_prepositions, group_nouns as label_group_nouns
from .prepared_text import PreparedText, same_sentence, token_after, token_starts
from .rules import Rulebook


def label_groups(rulebook: Rulebook, text: PreparedText, candidates: list[Candidate]) -> list[Candidate]:
    """A loaded word right before a noun for a group ("a terror group", "barbaric terrorists") labels
    that group: its flag becomes name calling (rule ``name-calling.charged-label``) on both words, the
    way annotators mark it. A loaded word about a thing or an act stays loaded language. Before a noun
    that is a label itself ("regime", "elites") each word keeps its own note, unless the loaded word is
    of a family the display policy hides (a lexicon word read alone): "rogue regimes" is then one label,
    shown on its merits, instead of a hidden word beside a weak label note."""
    rule = next((r for r in rulebook.rules if r.computed == "charged-label"), None)
    groups = label_group_nouns()
    if rule is None or not groups:
        return candidates
    confidence = rulebook.confidence(rule)
    labels = {c.start for c in candidates if c.level == "cue" and c.technique == "name-calling"}
    hidden = hidden_families(rulebook.settings.display)
    labelled = []
    for c in candidates:
        if c.level == "cue" and c.technique == "loaded-language":
            noun = _group_noun_at(text, c, groups)
            if noun is not None and (noun.start not in labels or family(c.rule) in hidden):
                cue = " ".join(text.content[c.start:noun.end].split())
                c = Candidate(c.start, noun.end, rule.id, "name-calling", max(confidence, c.confidence),
                              rule.reason.format(cue=cue), (cue,), "cue")
        labelled.append(c)
    return labelled


def _group_noun_at(text: PreparedText, c: Candidate, groups: frozenset[str]) -> Token | None:
    """The group noun that ends the candidate's span or follows it directly (one space), if any."""
    starts = token_starts(text)
    last = bisect.bisect_left(starts, c.end) - 1
    if last >= 0 and text.tokens[last].norm in groups and text.tokens[last].start > c.start:
        return text.tokens[last]
    following = token_after(text, c.end)
    if following is not None and following.norm in groups and text.content[c.end:following.start] == " ":
        return following
    return None


def without_bare_labels(rulebook: Rulebook, text: PreparedText, candidates: list[Candidate]) -> list[Candidate]:
    """Leaves out one-word flags of label-noun rules (``label_nouns: true``) on a singular noun right after
    a preposition, with no determiner: "by hook or by crook", "for regime change", "to elite schools" use
    the word as an idiom, a noun before a noun or an adjective, not as a label for someone
    (``bare_label_prepositions`` in lexicon.yaml, with the counts). A plural stays a label ("run by
    crooks"), and so does a word with a determiner ("by a crook"). Adjectives that label (corpus cues such as
    "disgraced", camp labels, the token model's words) are not touched: after a preposition they still
    qualify people ("by disgraced officials"). A name-calling word before a reflexive pronoun or right after a
    modal is a verb (``_REFLEXIVE_AFTER``, ``_MODAL_BEFORE``) and is left out too."""
    prepositions = bare_label_prepositions()
    nouns = _label_noun_rules(rulebook)
    kept = []
    for c in candidates:
        if c.level == "cue" and c.rule in nouns and _bare_after_preposition(text, c, prepositions):
            continue
        if c.level == "cue" and c.technique == "name-calling" and _used_as_a_verb(text.content, c):
            continue
        kept.append(c)
    return kept


@lru_cache(maxsize=8)
def _label_noun_rules(rulebook: Rulebook) -> frozenset[str]:
    """Ids of the rules whose words are nouns for people (``label_nouns: true``)."""
    return frozenset(r.id for r in rulebook.rules if r.label_nouns)


def _bare_after_preposition(text: PreparedText, c: Candidate, prepositions: frozenset[str]) -> bool:
    """Is the candidate one singular word right after one of ``prepositions`` in its sentence ("by crook")?"""
    starts = token_starts(text)
    i = bisect.bisect_left(starts, c.start)
    return (0 < i < len(starts) and starts[i] == c.start and text.tokens[i].end == c.end
            and not text.tokens[i].norm.endswith("s") and text.tokens[i - 1].norm in prepositions
            and same_sentence(text, text.tokens[i - 1], text.tokens[i]))


def _used_as_a_verb(content: str, c: Candidate) -> bool:
    """Does a reflexive pronoun follow the candidate, or a modal verb come right before it?"""
    return bool(_REFLEXIVE_AFTER.match(content, c.end) or _after_modal(content, c.start))


# A word right before a reflexive pronoun is a verb ("they disgraced themselves", "she discredited herself"):
# it tells what someone did, it puts no label on anyone. On the PTC training split 2 name-calling cues stood
# so, none inside a name-calling span (any "-ed" word before a reflexive: PTC 40, 0.04 of their characters
# inside name-calling or loaded-language spans; techniques-dev 3, none). hl-23.
_REFLEXIVE_AFTER = re.compile(r"\s+(?:him|her|them|it|our|your|my|one)sel(?:f|ves)\b", re.IGNORECASE)


# A word right after a modal verb is a verb too ("they hope they can fool the voters", "it would shame them"): an act,
# no label. On the PTC training split and techniques-dev one name-calling flag stood so (a verb of deceiving,
# annotated as another technique, rejected on the teacher read: PTC 721406153); hl-29.
_MODAL_BEFORE = re.compile(r"\b(?:can|could|will|would|may|might|must|shall|should|cannot|(?:can|won|would|could|"
                           r"should|must)n[’']t)\s+$", re.IGNORECASE)


def _after_modal(content: str, start: int) -> bool:
    """Does a modal verb stand right before ``start`` (``_MODAL_BEFORE``)?"""
    return _MODAL_BEFORE.search(content, max(start - 16, 0), start) is not None
