"""Word vectors cost ~0.2 s and ~120 MB to load: an analysis worker loads them once for all the seeds it
is given, never once per lesson."""

import os

from medialit.analysis import embeddings
from medialit.site.parallel import map_in_order


def _loads_so_far(text: str) -> tuple[int, int]:
    embeddings.embed([text])
    return os.getpid(), embeddings._model.cache_info().misses


def test_each_worker_loads_the_vectors_at_most_once():
    texts = [f"The council voted on the budget, item {n}." for n in range(24)]
    results = list(map_in_order(_loads_so_far, texts, workers=2))
    assert os.getpid() not in {pid for pid, _ in results}      # the work did go to worker processes
    assert all(misses <= 1 for _, misses in results)
