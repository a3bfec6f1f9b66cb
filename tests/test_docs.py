"""Documentation matches the code: every CLI command and every technique is documented."""

from __future__ import annotations

import yaml

from conftest import ROOT
from medialit.cli import _parser
from medialit.analysis.taxonomy import load_taxonomy


def test_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"medialit {name}" in readme, name


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make site" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_navigation_lists_every_technique_page():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    techniques = next(item["Techniques"] for item in config["nav"] if "Techniques" in item)
    pages = {list(entry.values())[0] for entry in techniques if isinstance(entry, dict)}
    assert pages == {f"techniques/{t.id}.md" for t in load_taxonomy().techniques}
