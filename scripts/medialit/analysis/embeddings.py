"""Static word embeddings: what a word or a sentence is about, as 256 numbers, for models that must
carry what they learnt from annotated words over to words the annotators never saw.

The vectors are WordLlama's ``l2_supercat`` token embeddings (Miller 2024; MIT licence), which ship
inside the pinned ``wordllama`` wheel together with their tokenizer. They are read from the installed
package and never downloaded: ``disable_download`` makes a missing file an error instead of a fetch,
and the package folder doubles as wordllama's cache folder, so nothing is written outside it. A text's
vector is the mean of its tokens' vectors, normalised; loading takes about 0.2 s once per process and
a sentence costs tens of microseconds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import MedialitError

CONFIG = "l2_supercat"
DIMENSIONS = 256


@lru_cache(maxsize=1)
def _model():
    import wordllama                       # imported here: only the models that need vectors pay for it
    from threadpoolctl import threadpool_limits
    from wordllama import WordLlama

    # The products here are small (a text's sentences times 256): BLAS threads only spin, which doubled
    # the CPU time of an analysis and slows the other worker on the same cores. One thread per process.
    threadpool_limits(limits=1, user_api="blas")
    folder = Path(wordllama.__file__).parent
    try:
        return WordLlama.load(config=CONFIG, dim=DIMENSIONS, cache_dir=folder, disable_download=True)
    except FileNotFoundError as exc:     # a damaged install: say so, never try the network
        raise MedialitError(f"the word vectors are missing from the installed wordllama package in {folder} "
                            f"({exc}); reinstall it: rm -rf .venv && make .venv/.installed") from exc


def embed(texts: Sequence[str]) -> np.ndarray:
    """One normalised row of ``DIMENSIONS`` float32 numbers per text (a zero row for an empty text)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with np.errstate(invalid="ignore", divide="ignore"):   # an empty text has no tokens: 0 / 0
        vectors = np.asarray(_model().embed(list(texts), norm=True), dtype=np.float32)
    return np.nan_to_num(vectors, nan=0.0)
