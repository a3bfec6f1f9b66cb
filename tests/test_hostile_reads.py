"""Issue 17, item 6: unbounded reads and formats. A YAML alias bomb fails fast with a short message, in a
review file and in a data file; a device, a FIFO or an oversized review file is refused without being
read; MEDIALIT_WORKERS is capped."""

from __future__ import annotations

import logging
import os
import re
import shutil

import pytest
from fixtures.small import run_medialit, write_seed

from medialit.analysis import analyze
from medialit.datafiles import DATA_DIR
from medialit.errors import InputError
from medialit.lesson import readings
from medialit.site import parallel
from medialit.text.source import load_source


def alias_bomb(levels: int, indent: str = "") -> str:
    """Anchors of anchors: level n holds nine copies of level n-1, so 9**levels values in a few lines."""
    lines = [f'{indent}b0: &b0 ["lol"]']
    for level in range(1, levels + 1):
        copies = ", ".join([f"*b{level - 1}"] * 9)
        lines.append(f"{indent}b{level}: &b{level} [{copies}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_a_review_file_fails_fast_with_a_short_message(tmp_path):
    seed = write_seed(tmp_path)
    # 9**6 = 531,441 values: past the bound, and a repr of it would be megabytes long.
    (tmp_path / "text.review.yaml").write_text(
        "bombs:\n" + alias_bomb(6, "  ") + "add:\n  - quote: reckless\n    technique: *b6\n    reason: x\n",
        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        analyze(load_source(seed), 0.5)
    message = str(caught.value)
    assert "text.review.yaml" in message and "once its aliases" in message
    assert len(message) < 2_000


def test_an_alias_bomb_in_the_catalog_is_refused_with_a_short_message(tmp_path):
    catalog = tmp_path / "catalog.yaml"
    text = (DATA_DIR / "catalog.yaml").read_text(encoding="utf-8")
    catalog.write_text(alias_bomb(6) + text.replace("  - id: R01\n", "  - id: R01\n    caution: *b6\n", 1),
                       encoding="utf-8")
    problems = readings.validate_catalog(catalog)
    assert any("aliases" in str(p) and "catalog.yaml" in str(p) for p in problems), problems
    assert sum(len(str(p)) for p in problems) < 2_000


def test_every_message_shows_a_value_through_a_bounded_repr(tmp_path):
    """Under the bounds, a large value still makes a short message (a technique that is not a taxonomy id)."""
    seed = write_seed(tmp_path)
    (tmp_path / "text.review.yaml").write_text(f"add:\n  - quote: reckless\n    technique: {'x' * 100_000}\n"
                                               "    reason: why\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        analyze(load_source(seed), 0.5)
    assert "needs a 'technique' from the taxonomy" in str(caught.value) and len(str(caught.value)) < 1_000


def test_analyze_refuses_a_device_instead_of_reading_it_forever():
    result = run_medialit("analyze", "/dev/zero", timeout=60)
    assert result.returncode == 1, result.stderr
    assert "/dev/zero" in result.stderr and "not a regular file" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_analyze_refuses_a_fifo_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "seed.md"
    os.mkfifo(fifo)
    result = run_medialit("analyze", str(fifo), timeout=60)
    assert result.returncode == 1 and "not a regular file" in result.stderr, result.stderr


def test_a_review_file_has_a_size_limit(tmp_path):
    seed = write_seed(tmp_path)
    (tmp_path / "text.review.yaml").write_text("# padding\n" * 30_000 + "confirm: []\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        analyze(load_source(seed), 0.5)
    assert "text.review.yaml" in str(caught.value) and "too large" in str(caught.value)


def test_a_seed_in_a_folder_of_its_own_name_is_refused_not_read(tmp_path):
    folder = tmp_path / "seed.md"
    folder.mkdir()
    with pytest.raises(InputError, match="not a regular file"):
        load_source(folder)


def test_medialit_workers_is_capped_at_the_cores_with_a_warning(monkeypatch, caplog):
    monkeypatch.setenv("MEDIALIT_WORKERS", "100000")
    with caplog.at_level(logging.WARNING, logger="mkdocs.medialit"):
        workers = parallel._workers_from_env()
    assert workers == parallel.available_cores()
    assert any("MEDIALIT_WORKERS=100000" in r.getMessage() for r in caplog.records)


def test_medialit_workers_that_is_no_number_is_ignored_with_a_warning(monkeypatch, caplog):
    monkeypatch.setenv("MEDIALIT_WORKERS", "lots")
    with caplog.at_level(logging.WARNING, logger="mkdocs.medialit"):
        assert parallel._workers_from_env() is None
    assert any(re.search(r"MEDIALIT_WORKERS='lots' is not", r.getMessage()) for r in caplog.records)


def test_the_real_data_files_stay_under_the_alias_bound():
    assert shutil.disk_usage(DATA_DIR)  # (the data folder exists)
    assert readings.validate_catalog() == []


def test_a_problem_never_prints_a_value_whole():
    from medialit.errors import MAX_MESSAGE_CHARS, Problem

    problem = Problem(DATA_DIR / "catalog.yaml", "field 'x' must be text (got " + "['lol'], " * 100_000 + ")")
    assert len(str(problem)) < MAX_MESSAGE_CHARS + 200


def test_new_from_refuses_a_device_instead_of_reading_it_forever(tmp_path):
    result = run_medialit("new", str(tmp_path / "seed.md"), "--from", "/dev/zero", timeout=60)
    assert result.returncode == 1 and "not a regular file" in result.stderr, result.stderr
    assert not (tmp_path / "seed.md").exists()
