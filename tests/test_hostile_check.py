"""Issue 17, item 9: 'medialit check' finds what 'build' would then fail on, and names every mistake
with its file, line and fix, never as "a bug in medialit"."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from fixtures.small import write_seed

from medialit.analysis import analyze
from medialit.cli import main
from medialit.datafiles import DATA_DIR
from medialit.errors import InputError
from medialit.lesson import outlets, readings
from medialit.site import builder, load_sources
from medialit.text.source import MAX_TITLE_CHARS, load_source


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def review_problems(folder: Path, review: str | bytes) -> str:
    seed = write_seed(folder)
    target = folder / "text.review.yaml"
    target.write_bytes(review if isinstance(review, bytes) else review.encode("utf-8"))
    with pytest.raises(InputError) as caught:
        analyze(load_source(seed), 0.5)
    return str(caught.value)


# ------------------------------------------------------------------------------ check covers everything


def test_check_applies_the_review_files(tmp_path):
    write_seed(tmp_path / "seeds")
    (tmp_path / "seeds" / "text.review.yaml").write_text("drop:\n  - quote: words that are not there\n",
                                                         encoding="utf-8")
    code, _, err = run("check", "--seeds", str(tmp_path / "seeds"))
    assert code == 1 and "text.review.yaml:2" in err and "no longer matches" in err, err


def test_check_validates_units_yaml(tmp_path):
    write_seed(tmp_path / "seeds")
    (tmp_path / "seeds" / "units.yaml").write_text(
        "units:\n  - id: one\n    title: One\n    audience: all\n    time_budget: 90\n    lessons: [no-such-lesson]\n",
        encoding="utf-8")
    code, _, err = run("check", "--seeds", str(tmp_path / "seeds"))
    assert code == 1 and "units.yaml:6" in err and "no lesson 'no-such-lesson'" in err, err


# ------------------------------------------------------------------------- review mistakes, not bugs


@pytest.mark.parametrize("review,words", [
    ("confirm:\n  - quote: reckless\n    technique: [name-calling, doubt]\n", ":2: confirm entry #1: 'technique' must be text"),
    ("drop:\n  - rule: {a: b}\n", ":2: drop entry #1: 'rule' must be text"),
    ("drop:\n  - quote: reckless\n    paragraph: true\n", "'paragraph' must be a paragraph number (got True)"),
    ("confirm: " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    (b"drop:\n  - quote: caf\xe9\n", "text.review.yaml:2: is not UTF-8 text (byte 0xe9 at byte 20)"),
    ("drop:\n  - quote: \"reck\\0less\"\n", "holds the control character U+0000"),
])
def test_review_mistakes_name_the_file_and_line(tmp_path, review, words):
    message = review_problems(tmp_path, review)
    assert "text.review.yaml" in message and words in message, message
    assert "bug" not in message


def test_a_non_utf8_units_file_never_stops_the_lessons(tmp_path):
    (tmp_path / "units.yaml").write_bytes(b"units:\n  - id: caf\xe9\n")
    problems: list = []
    assert builder.load_units_or_report(tmp_path, [], problems) == []
    assert len(problems) == 1 and "units.yaml:2" in str(problems[0]) and "UTF-8" in str(problems[0])


# ------------------------------------------------------------------ misspelled fields in the data files


def test_a_misspelled_field_in_the_catalog_is_reported(tmp_path):
    catalog = tmp_path / "catalog.yaml"
    text = (DATA_DIR / "catalog.yaml").read_text(encoding="utf-8")
    catalog.write_text(text.replace("  - id: R01\n", "  - id: R01\n    cauton: read it slowly\n", 1), encoding="utf-8")
    problems = [str(p) for p in readings.validate_catalog(catalog)]
    assert any("reading 'R01' has an unknown field 'cauton'" in p and "caution" in p for p in problems), problems


def test_a_misspelled_field_in_the_outlets_is_reported(tmp_path):
    path = tmp_path / "outlets.yaml"
    text = (DATA_DIR / "outlets.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("    website: globalresearch.ca\n", "    webiste: globalresearch.ca\n", 1),
                    encoding="utf-8")
    problems = [str(p) for p in outlets.validate_outlets(path)]
    assert any("outlet 'global-research' has an unknown field 'webiste'" in p for p in problems), problems


# ----------------------------------------------------------------------------------------- front matter


def test_front_matter_errors_name_their_own_lines_and_a_bad_date_hides_nothing(tmp_path):
    seed = tmp_path / "seed.md"
    seed.write_text("---\ntitle: A title\nauthor: [a, b]\npublished: 2022-02-30\nurl: ftp://example.org\n---\n\n"
                    "Some text.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_source(seed)
    messages = [str(p) for p in caught.value.problems]
    assert any("seed.md:3: front matter field 'author'" in m for m in messages), messages
    assert any("seed.md:4: front matter field 'published' must be a date" in m for m in messages), messages
    assert any("seed.md:5: front matter field 'url'" in m for m in messages), messages


# ------------------------------------------------------------------------------------------ medialit new


@pytest.mark.parametrize("title,words", [("A\x1btitle", "control character U+001B"),
                                         ("x" * (MAX_TITLE_CHARS + 1), "at most 300")])
def test_new_never_writes_a_seed_that_check_refuses(tmp_path, title, words):
    target = tmp_path / "seeds" / "new.md"
    code, _, err = run("new", str(target), "--title", title)
    assert code == 1 and words in err and not target.exists(), err


def test_new_says_when_the_seed_it_writes_will_not_be_built(tmp_path):
    target = tmp_path / "seeds" / "drafts" / "new.md"
    code, _, err = run("new", str(target), "--title", "A draft")
    assert code == 0 and target.exists() and "subfolder" in err, err


def test_a_seed_in_a_subfolder_is_reported_not_silently_ignored(tmp_path):
    write_seed(tmp_path / "seeds")
    write_seed(tmp_path / "seeds" / "drafts", "draft.md", "A draft")
    _, _, warnings = load_sources(tmp_path / "seeds")
    assert any("drafts/draft.md" in w and "subfolder" in w for w in warnings), warnings
    code, _, err = run("check", "--seeds", str(tmp_path / "seeds"))
    assert code == 0 and "drafts/draft.md" in err


def test_a_misspelled_field_in_a_teacher_s_readings_is_reported(tmp_path):
    from test_readings_meaning import TEACHER_READINGS

    seeds = tmp_path / "seeds"
    write_seed(seeds)
    (seeds / "readings.yaml").write_text(TEACHER_READINGS.replace("    about:", "    abuot:"), encoding="utf-8")
    code, _, err = run("check", "--seeds", str(seeds))
    assert code == 1 and "readings.yaml" in err and "'abuot'" in err, err
