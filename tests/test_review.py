"""Teacher review sidecars: confirm, drop, add, and errors that name the file, entry and fix."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from medialit.analysis.review import apply_review, sidecar_path
from medialit.analysis.techniques import detect_techniques
from medialit.errors import InputError
from medialit.text.source import load_source

# The first line is the headline (the page around the text, not numbered): the text starts at ¶1.
TEXT = "Title\n\nThe hysterical regime spoke.\n\nThe so-called plan is a reckless plan.\n\nThe meeting ended at noon.\n"


def reviewed(tmp_path: Path, sidecar: str | None, threshold: float = 0.5):
    path = tmp_path / "seed.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = load_source(path)
    if sidecar is not None:
        sidecar_path(source).write_text(sidecar, encoding="utf-8")
    found = [replace(f, shown=f.confidence >= threshold) for f in detect_techniques(source)]
    return source, found, apply_review(source, found)


def shown(findings, text):
    return {f.shown for f in findings if f.cues and f.cues[0] == text and not f.rule.startswith("repetition")
            and not f.rule.endswith("model-sentence")}


def test_sidecar_sits_next_to_the_seed(tmp_path):
    source, _, _ = reviewed(tmp_path, None)
    assert sidecar_path(source).name == "seed.review.yaml"


def test_no_sidecar_changes_nothing(tmp_path):
    _, found, result = reviewed(tmp_path, None)
    assert result == found


def test_confirm_by_quote_shows_a_hidden_flag(tmp_path):
    _, _, result = reviewed(tmp_path, "confirm:\n  - quote: regime\n", threshold=1.01)
    assert shown(result, "regime") == {True}
    assert shown(result, "hysterical") == {False}


def test_confirm_by_id_and_by_rule(tmp_path):
    _, found, _ = reviewed(tmp_path, None)
    target = next(f for f in found if f.text == "so-called")
    _, _, result = reviewed(tmp_path, f"confirm:\n  - id: {target.id}\n  - rule: name-calling.regime\n", threshold=1.01)
    assert shown(result, "so-called") == {True} and shown(result, "regime") == {True}


def test_drop_by_quote_with_paragraph(tmp_path):
    _, _, result = reviewed(tmp_path, "drop:\n  - quote: reckless\n    paragraph: 2\n", threshold=0.0)
    assert shown(result, "reckless") == {False}
    assert shown(result, "hysterical") == {True}


def test_add_creates_a_teacher_flag(tmp_path):
    sidecar = ("add:\n  - quote: spoke\n    technique: loaded-language\n"
               "    reason: \"'spoke' here hides who was addressed\"\n")
    source, _, result = reviewed(tmp_path, sidecar)
    added = [f for f in result if f.rule == "teacher.1"]
    assert len(added) == 1
    flag = added[0]
    assert flag.shown and flag.id == f"teacher.1@{flag.start}"
    assert source.content[flag.start:flag.end] == "spoke" and flag.paragraph == 1
    assert flag.ptc_label == "Loaded_Language"


ERRORS = [
    ("confirm:\n  - quote: hysterical rulers\n", "confirm entry #1: the quote 'hysterical rulers' no longer matches",
     "copy the words exactly"),
    ("drop:\n  - quote: reckless\n    paragraph: 1\n", "no longer matches paragraph 1", "remove the entry"),
    ("confirm:\n  - id: name-calling.regime@1\n", "no flag has the id", "select it by quote"),
    ("drop:\n  - quote: The meeting ended\n", "no flag lies on the quote 'The meeting ended'", "use 'add'"),
    ("add:\n  - quote: plan\n    technique: loaded-language\n    reason: r\n", "occurs 2 times", "paragraph: N"),
    ("add:\n  - quote: spoke\n    technique: lies\n    reason: r\n", "needs a 'technique' from the taxonomy", "use one of"),
    ("add:\n  - quote: spoke\n    technique: doubt\n", "needs a 'reason'", "reason:"),
    ("confirm:\n  - quote: regime\n    colour: red\n", "unknown field 'colour'", "known fields"),
    ("keep:\n  - quote: regime\n", "unknown section 'keep'", "use confirm, drop or add"),
    ("confirm:\n  - quote: regime\ndrop:\n  - quote: regime\n", "both confirmed and dropped", "keep it in one"),
    ("confirm: [unclosed\n", "is not valid YAML", "check quotes"),
    ("confirm:\n  - {}\n", "needs one of 'quote', 'id' or 'rule'", "e.g. quote"),
]


@pytest.mark.parametrize("sidecar,message,fix", ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_malformed_sidecar_names_file_entry_and_fix(tmp_path, sidecar, message, fix):
    with pytest.raises(InputError) as caught:
        reviewed(tmp_path, sidecar)
    text = str(caught.value)
    assert "seed.review.yaml" in text and message in text and fix in text


def test_error_points_at_the_entry_line(tmp_path):
    with pytest.raises(InputError) as caught:
        reviewed(tmp_path, "confirm:\n  - quote: regime\n  - quote: vanished words\n")
    assert caught.value.problems[0].line == 3


@pytest.mark.parametrize("seed", sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.md")),
                         ids=lambda p: p.stem)
def test_shipped_seed_sidecars_apply_cleanly(seed):
    source = load_source(seed)
    result = apply_review(source, [replace(f, shown=f.confidence >= 0.5) for f in detect_techniques(source)])
    assert any(f.shown for f in result)
