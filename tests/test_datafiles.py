"""Validation of the data files (scripts/medialit/datafiles.py): every problem named, with file, entry,
field, line and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from medialit.checking import validate_data
from medialit.datafiles import DATA_DIR
from medialit.lesson.outlets import validate_outlets
from medialit.lesson.readings import validate_catalog
from medialit.lesson.verification import validate_checks

FILES = ("catalog.yaml", "outlets.yaml", "checks.yaml", "voices.yaml", "framing.yaml", "settles.yaml",
         "furniture.yaml", "paragraph_breaks.yaml", "checkworthy.yaml", "checkworthy.tsv",
         "checkworthy.vectors.tsv", "checkworthy.lexical.tsv")

READING = """\
  - id: {id}
    title: A test reading
    authors: A. Author
    publisher: A Publisher
    date: {date}
    url: https://example.org/reading
    kind: analysis
    perspective: {perspective}
    status: verified
    about: Why a student would read it.
    ties:
      - cues: [[bike lane]]
        why: ¶{{p}} mentions a bike lane ("{{quote}}").
"""


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    for name in FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def add_reading(data_dir: Path, **fields) -> Path:
    path = data_dir / "catalog.yaml"
    values = {"id": "T1", "date": "2022-02-25", "perspective": "wire-service", **fields}
    path.write_text(path.read_text(encoding="utf-8") + "\n" + READING.format(**values), encoding="utf-8")
    return path


def test_the_shipped_data_is_valid():
    assert validate_data() == []


@pytest.mark.parametrize("fields, words", [
    ({"perspective": "cheerful"}, ["reading 'T1' field 'perspective'", "'cheerful'", "not a known perspectives"]),
    ({"id": "R01"}, ["reading 'R01' field 'id'", "duplicates an id already used (first used on line"]),
    ({"date": "2022-02-30"}, ["reading 'T1' field 'date'", "must be a date like 2022-02-25"]),
    ({"date": "March 2022"}, ["reading 'T1' field 'date'", "(got 'March 2022')"]),
])
def test_a_bad_reading_gets_a_named_error(data_dir, fields, words):
    path = add_reading(data_dir, **fields)
    problems = validate_catalog(path)
    assert len(problems) == 1, problems
    message = str(problems[0])
    assert str(path) in message and problems[0].line and problems[0].fix
    for word in words:
        assert word in message, message


def test_validate_data_reports_every_file_at_once(data_dir):
    add_reading(data_dir, perspective="cheerful")
    outlets = data_dir / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace("by: Media Bias/Fact Check\n", "by: Somebody\n", 1),
                       encoding="utf-8")
    problems = validate_data(data_dir)
    files = {p.path.name for p in problems}
    assert files == {"catalog.yaml", "outlets.yaml"}
    assert any("does not name 'Somebody'" in str(p) for p in problems)


def test_a_check_citing_an_unknown_reading_is_named(data_dir):
    checks = data_dir / "checks.yaml"
    checks.write_text(checks.read_text(encoding="utf-8").replace("{reading: R15}", "{reading: R99}"), encoding="utf-8")
    problems = validate_checks(checks, data_dir / "catalog.yaml")
    assert any("'stoltenberg-high-price'" in str(p) and "R99" in str(p) for p in problems)


def test_a_yaml_syntax_error_names_the_line(data_dir):
    path = data_dir / "outlets.yaml"
    path.write_text("outlets:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    problems = validate_outlets(path)
    assert problems and problems[0].line and "not valid YAML" in problems[0].message


def test_a_missing_field_says_how_to_fix_it(data_dir):
    path = data_dir / "catalog.yaml"
    text = READING.format(id="T2", date="2022-01-01", perspective="wire-service").replace("    about: Why a student would read it.\n", "")
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
    problems = validate_catalog(path)
    assert [str(p) for p in problems] and "reading 'T2' field 'about' is required" in str(problems[0])


@pytest.mark.parametrize("name", ["catalog.yaml", "outlets.yaml", "checks.yaml", "framing.yaml", "voices.yaml",
                                  "taxonomy.yaml", "rules/loaded-language.yaml"])
@pytest.mark.parametrize("content, says", [
    (b"- a list\n- instead of fields\n", "holds a list"),
    (b"", "holds nothing"),
    (b"just one line of text\n", "holds a str"),
    (b"readings: \xff\xfe broken\n", "is not UTF-8"),
])
def test_a_data_file_without_fields_gets_a_named_error_not_a_crash(data_dir, name, content, says):
    """A data file a teacher emptied, turned into a list or saved in another encoding: every data file
    reports it, naming the file, instead of crashing the check or passing as empty."""
    from medialit.analysis.rules import load_rulebook
    from medialit.errors import InputError
    from medialit.analysis.taxonomy import load_taxonomy

    if name.startswith("rules/"):
        shutil.copytree(DATA_DIR / "rules", data_dir / "rules")
    path = data_dir / name
    path.write_bytes(content)
    if name == "taxonomy.yaml":
        with pytest.raises(InputError) as raised:
            load_taxonomy(path)
        problems = raised.value.problems
    elif name.startswith("rules/"):
        with pytest.raises(InputError) as raised:
            load_rulebook(path.parent)
        problems = raised.value.problems
    else:
        problems = validate_data(data_dir)
    named = [p for p in problems if p.path == path]
    assert named and says in named[0].message and named[0].fix, [str(p) for p in problems]


@pytest.mark.parametrize("name, section, entry, noun", [
    ("outlets.yaml", "questions", "assessments", "question template"),
    ("checks.yaml", "generic", "number", "task for claim kind"),
    ("voices.yaml", "questions", "unnamed", "question"),
])
def test_a_missing_named_entry_is_named_with_the_fields_to_add(data_dir, name, section, entry, noun):
    """Question templates and per-kind tasks must each be there by name: the build needs every one."""
    import yaml

    path = data_dir / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data[section][entry]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    [problem] = [p for p in validate_data(data_dir) if p.path == path]
    assert problem.message == f"'{section}' lacks the {noun} '{entry}'"
    assert f"add '{entry}:' under '{section}:'" in problem.fix


@pytest.mark.parametrize("name, section", [("outlets.yaml", "questions"), ("checks.yaml", "generic"),
                                           ("voices.yaml", "questions")])
def test_named_entries_written_as_a_list_are_an_error_not_a_crash(data_dir, name, section):
    import yaml

    path = data_dir / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[section] = list(data[section].values())
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = [p for p in validate_data(data_dir) if p.path == path]
    assert any(f"'{section}' must be a mapping" in p.message and p.line for p in problems), problems


def test_a_bad_check_worthiness_weight_names_the_line_and_the_fix(data_dir):
    weights = data_dir / "checkworthy.tsv"
    weights.write_text(weights.read_text(encoding="utf-8") + "percent\tlots\nno_such_feature\t0.5\n", encoding="utf-8")
    problems = validate_data(data_dir)
    assert any("weight of 'percent' must be a number" in str(p) and p.line and p.fix for p in problems), problems
    weights.write_text(weights.read_text(encoding="utf-8").replace("percent\tlots\n", ""), encoding="utf-8")
    assert any("'no_such_feature'" in str(p) and "checkworthy.yaml" in str(p) for p in validate_data(data_dir))
