"""The sorting of missed named sources by the shape of the miss (benchmarks/voices_misses.py; no data needed)."""

from __future__ import annotations

import voices_misses  # benchmarks/ is on pytest's path (pyproject.toml)
from voices_benchmark import Article, source_of

from medialit.analysis.voices import detect_voices, load_voice_data

TEXT = ("Roe Wins Harbour Vote.\n\n"
        "The ferry will run, according to Harbour Watch. Tom Berg voted against the fee. "
        "Dana Lee said the fee was fair.")


def shape_of(identity: str, source: str, cue: str) -> str:
    at = TEXT.index(source)
    cue_at = TEXT.index(cue, at) if cue and cue in TEXT[at:] else at + len(source)
    marks = [(at, at + len(source), source, cue_at, cue_at + len(cue), cue)]
    article = Article("t", TEXT, (source,))
    voices = detect_voices(source_of(article))
    forms = {v.form for v in load_voice_data().verbs}
    return voices_misses.shape(article, voices, identity, marks, forms)


def test_a_source_named_only_in_the_headline():
    assert shape_of("roe", "Roe", "Wins") == "headline"


def test_a_source_whose_cue_is_an_act_the_data_does_not_list():
    assert shape_of("berg", "Tom Berg", "voted against") == "cue unknown"


def test_a_source_a_voice_covers():
    assert shape_of("lee", "Dana Lee", "said") == "voice, other name"
