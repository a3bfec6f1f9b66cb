"""The newcomer's path: a new user reading only the README can install, build and add a text, and the
tool speaks for itself (its version, its own last word on a failed --strict build, tidy search
snippets and few tag chips)."""

from __future__ import annotations

import json
import re
import shlex

import pytest
from fixtures.hostile import make_project

from conftest import ROOT
from medialit import __version__
from medialit.cli import _parser, main
from medialit.errors import BuildFailed
from medialit.site import builder as site

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("prerequisite", ["Python 3.11", "venv", "make", "Node.js", "npm", "npm ci", "chromium",
                                          "apt-get"])
def test_readme_names_every_prerequisite(prerequisite):
    assert prerequisite in README


def test_readme_never_gives_a_bare_medialit_command():
    """`medialit` is on the PATH only inside an activated venv: the README's commands say .venv/bin/."""
    spans = re.findall(r"`([^`\n]+)`", README) + re.findall(r"```sh\n(.*?)```", README, re.S)
    bare = [span for span in spans for line in span.splitlines() if re.match(r"\s*medialit\s+\w", line)]
    assert bare == []


def test_readme_commands_parse_as_written():
    commands = re.findall(r"`\.venv/bin/medialit ([^`\n]+)`", README)
    assert len(commands) >= 6
    parser = _parser()
    for command in commands:
        args = shlex.split(command.replace("[FILE]", "FILE").replace("...", "x"))
        try:
            parser.parse_args(args)
        except SystemExit as stop:      # --version exits 0 after printing; a wrong command exits 2
            assert stop.code == 0, command


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip().startswith(f"medialit {__version__}")


def test_a_failed_strict_build_ends_with_our_own_message(tmp_path):
    project = make_project(tmp_path / "project")
    (project.parent / "seeds" / "broken.md").write_text("---\ntitle: x\npublished: March\n---\n\nSome text.\n",
                                                        encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        site.build_site(project, site_dir=tmp_path / "site", strict=True)
    message = str(failed.value)
    assert "Aborted with a BuildError" not in message
    assert "--strict build stopped" in message and "1 seed(s) could not be turned into lessons" in message
    assert "medialit check" in message and "without --strict" in message


def test_search_snippets_keep_the_source_card_labels_apart(built_sites):
    index = json.loads((built_sites["student"] / "search" / "search_index.json").read_text(encoding="utf-8"))
    cards = [doc["text"] for doc in index["docs"] if "<p>Source card</p>" in doc["text"]]
    assert cards
    for text in cards:
        assert re.search(r"Title: \S", text) and re.search(r"Author: \S", text) and re.search(r"Outlet: \S", text)
        assert not re.search(r"(Title|Author|Outlet|Date)[A-Z0-9]", text)


def test_a_lesson_has_few_tag_chips(built_sites):
    for page in (built_sites["student"] / "lessons").glob("*.html"):
        if page.name == "index.html":
            continue
        chips = re.findall(r'class="md-tag[ "]', page.read_text(encoding="utf-8"))
        assert 1 <= len(chips) <= 4, (page.name, len(chips))
