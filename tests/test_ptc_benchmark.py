"""The PTC benchmark's metric, and a smoke run on a few corpus articles when ../shared/ptc is present."""

from __future__ import annotations

from pathlib import Path

import pytest

import ptc_benchmark  # benchmarks/ is on pytest's path (pyproject.toml)

REPO = Path(__file__).resolve().parents[1]
PTC = REPO.parent / "shared" / "ptc"


def test_partial_overlap_credit():
    score = ptc_benchmark.score
    # predicted 0-10 lies half inside gold 5-15: P = 0.5; gold gets 5/10 covered: R = 0.5
    assert score([([("doubt", 0, 10)], [("doubt", 5, 15)])]) == {
        "precision": 0.5, "recall": 0.5, "f1": 0.5, "predicted": 1, "gold": 1}
    # a label mismatch earns nothing with techniques, full overlap credit for spans alone
    pairs = [([("doubt", 5, 15)], [("slogans", 5, 15)])]
    assert score(pairs)["f1"] == 0.0
    assert score(pairs, labelled=False)["f1"] == 1.0


def test_short_span_inside_long_gold_is_precise_but_recalls_little():
    result = ptc_benchmark.score([([("loaded-language", 2, 4)], [("loaded-language", 0, 20)])])
    assert result["precision"] == 1.0 and result["recall"] == 0.1


def test_missing_corpus_is_skipped_cleanly(tmp_path, capsys):
    assert ptc_benchmark.main(["--ptc", str(tmp_path / "nowhere"), "--no-results"]) == 0
    assert "skipping" in capsys.readouterr().out


@pytest.mark.skipif(not (PTC / "train-articles").is_dir(), reason="PTC corpus not present at ../shared/ptc")
def test_derivation_runs_on_a_subset():
    from medialit.analysis.rules import load_rulebook
    from medialit.analysis.rules_derive import calibrate, derive_cues, load_ptc

    articles = load_ptc(PTC)[:20]
    base = load_rulebook(with_corpus=False)
    cues = derive_cues(articles, base)
    assert all(len(c.cue.split()) == 1 and c.inside <= c.total for c in cues)
    calibration = calibrate(articles, base.with_corpus(cues=cues))
    assert all(0 <= credit <= matched for matched, credit in calibration.values())


def test_threshold_sweep_filters_the_held_out_findings_by_confidence():
    module = ptc_benchmark
    # (findings as (technique, start, end, confidence, primary), gold, words)
    held_out = [([("doubt", 0, 10, 0.9, True), ("slogans", 20, 30, 0.2, True)], [("doubt", 0, 10), ("doubt", 20, 30)], 10)]
    sweep = module.sweep(held_out, thresholds=[0.1, 0.5])
    low, high = sweep["thresholds"]
    # at 0.1 both findings count: the slogan has the wrong technique but the right words
    assert low["with_technique"]["precision"] == 0.5 and low["spans_alone"]["f1"] == 1.0
    assert high["with_technique"] == module.score(module.at_threshold(held_out, 0.5))
    assert high["with_technique"]["precision"] == 1.0 and high["with_technique"]["recall"] == 0.5
    assert sweep["best_with_technique_at_target_precision"]["threshold"] == 0.5
    assert sweep["best_spans_alone"] == {"threshold": 0.1, **low["spans_alone"]}


def test_held_out_findings_follow_the_display_policy():
    """A passage flag that is not its sentence's primary one is never shown; a text with no flag above
    the threshold still shows its surest one when it reaches the floor."""
    module = ptc_benchmark
    held_out = [([("doubt", 0, 10, 0.9, False), ("slogans", 20, 30, 0.3, True), ("doubt", 40, 50, 0.1, True)],
                 [("doubt", 0, 10)], 200)]
    assert module.at_threshold(held_out, 0.5) == [([("slogans", 20, 30)], [("doubt", 0, 10)])]
    assert len(module.at_threshold(held_out, 0.0)[0][0]) == 3


def test_threshold_sweep_says_when_no_threshold_is_precise_enough():
    module = ptc_benchmark
    sweep = module.sweep([([("doubt", 0, 10, 0.9, True)], [("slogans", 0, 10)], 10)], thresholds=[0.5])
    assert sweep["best_with_technique_at_target_precision"] is None
    every = {"with_technique": module.score([]), "spans_alone": module.score([])}
    assert "no threshold reaches precision 0.50" in "\n".join(module.render_sweep(sweep, every))
