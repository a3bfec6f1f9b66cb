"""Attribution: whether the sentence around a quotation says whose words it holds.

A verb of saying or naming in the sentence ("said", "called", "dubbed") tells a quotation of someone's words
from a word the author sets in quotation marks. The rule for scare quotes reads the shorter list of verbs;
the note "In a quotation" reads the longer one (``SAYING_VERBS``).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from .prepared_text import PreparedText, sentence_starts, token_starts


# Verbs that say whose words a quotation in their sentence holds.
_ATTRIBUTION_VERBS = frozenset(
    "said says told stated added wrote warned declared claimed insisted called described dubbed termed "
    "announced tweeted according asked replied urged demanded echoed noted argued reiterated pointed stressed "
    "explained labelled labeled branded".split())


# Whose words a short quotation is: more verbs say so than the rule for scare quotes reads ("calling the plan a
# “total failure”", "accusing the board of being “asleep at the wheel”", "dismissed as “rumours”"). Only the
# note "In a quotation" reads them; it changes on 18 flags of the PTC training split and 7 of techniques-dev, 24
# of them someone's words. The scare-quote rule keeps the shorter list: the scare quotes the longer one would
# take out (PTC 120) lay inside doubt spans as often as the rest (0.05; techniques-dev 23, none), and without
# them held-out precision fell (0.795 -> 0.793, 8 splits 0.775 -> 0.772) and two accepted flags went. hl-26.
SAYING_VERBS = _ATTRIBUTION_VERBS | frozenset(
    "tells adds writes warns declares insists describes dubs announces tweets asks replies urges argues reiterates "
    "stresses explains accuses accused accusing saying calling telling writing warning declaring claiming insisting "
    "describing dubbing labelling labeling branding tweeting asking arguing admitted admits conceded concedes "
    "acknowledged acknowledges responded responds answered recalled recalls repeated repeats quipped joked shouted "
    "yelled screamed pleaded remarked commented vowed promised boasted complained lamented mocked derided "
    "dismissed".split())


def attributed(text: PreparedText, offset: int, verbs: frozenset[str] = _ATTRIBUTION_VERBS) -> bool:
    """Is there an attribution verb (one of ``verbs``) in the sentence holding ``offset``?"""
    # Sentences are sorted and disjoint: only the last one to begin at or before ``offset``, or the one
    # before it (which may end right there), can hold it. (Scanning them all took ~0.4 ms per text.)
    near = bisect.bisect_right(sentence_starts(text), offset) - 1
    for s_start, s_end in text.sentences[max(near - 1, 0):near + 1]:
        if s_start <= offset <= s_end:
            starts = token_starts(text)
            first, last = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
            verbs_before = _verbs_before(text, verbs)
            return verbs_before[last] > verbs_before[first]
    return False


@lru_cache(maxsize=8)
def _verbs_before(text: PreparedText, verbs: frozenset[str]) -> list[int]:
    """How many of ``verbs`` come before each token: whether a sentence holds one is then a
    subtraction, not a pass over its tokens (issue 17: quotation after quotation in one long sentence
    made that quadratic)."""
    counts = [0]
    for token in text.tokens:
        counts.append(counts[-1] + (token.norm in verbs))
    return counts
