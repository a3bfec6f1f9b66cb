"""Plain words: words the annotated corpus used often and rarely marked, whatever their context.

The token model's counts say which (``plain_min_total`` and ``plain_max_share`` in corpus.yaml, model:). A
lexicon detector or the token model alone does not flag them: context alone is too little.
"""

from __future__ import annotations

from functools import lru_cache

from .model import LinearModel
from .rules import Rulebook


def plain_words(rulebook: Rulebook) -> frozenset[str]:
    """Words the token model's counts show to be plain (see ``_plain_words``; ``corpus.yaml``, model:)."""
    settings = rulebook.settings.model
    if rulebook.models.token is None:
        return frozenset()
    return _plain_words(rulebook.models.token, int(settings.get("plain_min_total", 0)),
                        float(settings.get("plain_max_share", 0.0)))


@lru_cache(maxsize=8)
def _plain_words(model: LinearModel, min_total: int, max_share: float) -> frozenset[str]:
    """Words the corpus used at least ``min_total`` times and marked (any technique of the model) at most
    ``max_share`` of them: plain words, whatever their context (none when ``min_total`` is 0)."""
    if min_total <= 0:
        return frozenset()
    return frozenset(feature[2:] for feature, (total, inside) in model.counts.items()
                     if feature.startswith("w:") and total >= min_total and sum(inside) <= max_share * total)
