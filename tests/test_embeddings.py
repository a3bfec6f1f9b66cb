"""The word vectors ship inside the pinned wheel: loading them opens no connection, and they place
words of one meaning near each other, which is what the models built on them rely on."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from medialit.analysis import embeddings


def test_vectors_load_from_the_installed_wheel_without_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access while loading word vectors")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    embeddings._model.cache_clear()
    vectors = embeddings.embed(["a quiet morning in the village"])
    assert vectors.shape == (1, embeddings.DIMENSIONS)
    assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-3


def test_words_of_one_meaning_lie_closer_than_unrelated_ones():
    cruel, brutal, meeting = embeddings.embed(["a cruel massacre", "a brutal slaughter", "the committee met on Tuesday"])
    assert float(cruel @ brutal) > float(cruel @ meeting)
    assert float(brutal @ cruel) > float(brutal @ meeting)


def test_an_empty_text_has_a_zero_vector_not_an_error():
    vectors = embeddings.embed(["", "words"])
    assert not np.isnan(vectors).any()
    assert float(np.abs(vectors[0]).sum()) == 0.0
    assert embeddings.embed([]).shape == (0, embeddings.DIMENSIONS)


def test_the_vectors_run_on_one_blas_thread():
    from threadpoolctl import threadpool_info

    embeddings.embed(["a short sentence"])
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_missing_vector_files_give_a_message_not_a_download(monkeypatch, tmp_path):
    import wordllama

    from medialit.errors import MedialitError

    monkeypatch.setattr(wordllama, "__file__", str(tmp_path / "wordllama" / "__init__.py"))
    embeddings._model.cache_clear()
    try:
        with pytest.raises(MedialitError, match="reinstall"):
            embeddings.embed(["a sentence"])
    finally:
        monkeypatch.undo()
        embeddings._model.cache_clear()
