"""data/furniture.yaml is checked when read: a count that is not a whole number and a flag that is not true
or false are named with their field, and the shipped file has no problem."""

from __future__ import annotations

from medialit.text.furniture import FURNITURE_FILE, validate_furniture


def test_the_shipped_furniture_file_has_no_problem():
    assert validate_furniture(FURNITURE_FILE) == []


def test_a_wrong_count_or_flag_is_named(tmp_path):
    path = tmp_path / "furniture.yaml"
    path.write_text("between_max_words: 30\nfoot_max_words: 0\nkinds:\n  - id: sign-off\n    label: Byline\n"
                    "    page_after: sometimes\n    ends_text: true\n    patterns: ['^x$']\n", encoding="utf-8")
    messages = [problem.message for problem in validate_furniture(path)]
    assert any("foot_max_words" in m and "whole number" in m for m in messages)
    assert any("page_after" in m and "true or false" in m for m in messages)
    assert len(messages) == 2
