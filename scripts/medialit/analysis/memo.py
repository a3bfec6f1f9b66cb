"""Bounded memos of per-word answers that last from one text to the next.

Texts repeat their words, and so do the texts of a corpus: the rows of a word's model weights or the
rule terms that may start at it are worked out once per process and then looked up. ``filled`` makes
sure a memo holds every key a text needs, so that callers look them all up with
``map(memo.__getitem__, keys)`` (a loop in C), and keeps the memo under a bound on memory however
large the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def filled(memo: dict[K, V], keys: Iterable[K], compute: Callable[[K], V], bound: int) -> dict[K, V]:
    """A dict holding ``compute(key)`` for every one of ``keys``: ``memo`` with the missing ones added,
    or, when they would take it past ``bound``, ``memo`` emptied and refilled with these keys only.
    Should one text alone have more keys than ``bound``, its answers come in a dict of their own."""
    keys = set(keys)
    missing = keys.difference(memo)
    if len(memo) + len(missing) > bound:
        memo.clear()
        missing = keys
        if len(keys) > bound:
            return {key: compute(key) for key in keys}
    for key in missing:
        memo[key] = compute(key)
    return memo
