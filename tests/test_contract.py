"""The `medialit analyze --format json` contract: one object, offsets that index the file as read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.cli import main
from medialit.analysis.taxonomy import PTC_LABELS, load_taxonomy


def analyze_json(path: Path, capsys) -> dict:
    assert main(["analyze", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def assert_offsets_hold(path: Path, result: dict) -> None:
    content = open(path, encoding="utf-8").read()
    for kind in ("techniques", "voices", "claims"):
        for item in result[kind]:
            assert content[item["start"]:item["end"]] == item["text"], (kind, item)
            assert isinstance(item["paragraph"], int) and item["paragraph"] >= 1


def test_seed_analysis_has_the_documented_shape(seed_paths, capsys):
    taxonomy = load_taxonomy()
    for path in seed_paths:
        result = analyze_json(path, capsys)
        assert set(result) == {"source", "techniques", "headline_techniques", "voices", "claims"}
        for item in result["headline_techniques"]:       # offsets into the title, never the file's
            assert item["in_headline"] is True and item["paragraph"] == 0
            assert result["source"]["title"][item["start"]:item["end"]] == item["text"]
        assert not any(item["in_headline"] for item in result["techniques"])
        assert result["source"]["title"]
        assert result["techniques"], f"{path.name}: no technique found at all"
        for item in result["techniques"]:
            assert item["technique"] in taxonomy
            assert item["ptc_label"] in (*PTC_LABELS, None)
            assert item["ptc_label"] == taxonomy[item["technique"]].ptc_label
            assert item["reason"].strip()
            assert 0.0 <= item["confidence"] <= 1.0
            assert isinstance(item["shown"], bool)
        assert_offsets_hold(path, result)


def test_seed_front_matter_is_reported_as_source(seed_paths, capsys):
    whitney = next(p for p in seed_paths if "whitney" in p.name)
    source = analyze_json(whitney, capsys)["source"]
    assert source["author"] == "Mike Whitney"
    assert source["publisher"] == "Global Research"
    assert source["published"] == "2022-03-04"
    assert [r["outlet"] for r in source["republished"]] == ["The Unz Review"]


@pytest.mark.parametrize("prefix, newline", [("", "\n"), ("\ufeff", "\n"), ("\ufeff", "\r\n"), ("", "\r")])
def test_plain_text_without_front_matter(tmp_path, capsys, prefix, newline):
    body = ["The regime in Washington is a ruthless junta.", "",
            "Officials said on Friday that 3,000 troops would deploy, the ministry claimed."]
    path = tmp_path / "plain.txt"
    path.write_bytes((prefix + newline.join(["A plain headline", ""] + body) + newline).encode("utf-8"))
    result = analyze_json(path, capsys)
    assert result["source"]["title"] == "A plain headline"
    assert_offsets_hold(path, result)


def test_analyze_reports_a_missing_file_without_traceback(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.md")]) == 1
    err = capsys.readouterr().err
    assert "nope.md" in err and "Traceback" not in err


def test_text_format_prints_ids_for_the_review_file(seed_paths, capsys):
    assert main(["analyze", str(seed_paths[0])]) == 0
    out = capsys.readouterr().out
    assert "id: " in out and ".review.yaml" in out
