"""Issue 17, item 11: crash windows and messages. A build killed half-way never costs the site; leftovers
of killed builds are cleaned; messages say what happened; what a seed holds reaches the terminal escaped;
control characters written as YAML escapes are refused; 'serve' and 'build' name a wrong setting."""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures.small import run_medialit, small_project, write_seed

from medialit.cli import main
from medialit.site import builder


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return small_project(tmp_path_factory.mktemp("crash"))


def build(config: Path, *extra: str) -> tuple[int, str, str]:
    return run("build", "--config", str(config), "--site-dir", str(config.parent / "site"), *extra)


# ---------------------------------------------------------------------------------------- the swap


def test_a_build_killed_between_the_renames_never_costs_the_site(project):
    site = project.parent / "site"
    assert build(project)[0] == 0
    before = (site / "index.html").read_bytes()
    pid = dead_pid()
    # What a kill between the two renames of the swap leaves: no site/, the old one beside it.
    site.rename(project.parent / f".site.old-{pid}")
    (project.parent / f".site.building-{pid}").mkdir()
    # The next build fails (--strict and a bad seed): the previous site must be back all the same.
    bad = project.parent / "seeds" / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    try:
        code, _, err = build(project, "--strict")
    finally:
        bad.unlink()
    assert code == 1, err
    assert (site / "index.html").read_bytes() == before
    assert "the previous site was put back" in err
    assert not list(project.parent.glob(".site.*-*")), "leftovers of the killed build are still there"


def test_a_running_builds_folders_are_left_alone(project):
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        staging = project.parent / f".site.building-{running.pid}"
        staging.mkdir()
        assert build(project)[0] == 0
        assert staging.is_dir()
    finally:
        running.kill()
        running.wait()
        shutil.rmtree(project.parent / f".site.building-{running.pid}", ignore_errors=True)


def test_an_old_site_that_cannot_be_removed_is_reported_as_such(project, monkeypatch):
    remove = builder._remove

    def refuse_old(path: Path) -> None:
        if ".old-" in path.name and path.exists():
            raise PermissionError(13, "Permission denied", str(path))
        remove(path)

    assert build(project)[0] == 0
    monkeypatch.setattr(builder, "_remove", refuse_old)
    code, out, err = build(project)
    assert code == 0, err
    assert "the new site is in" in err and "could not be removed" in err
    assert "the previous site was left as it was" not in err
    monkeypatch.undo()
    for leftover in project.parent.glob(".site.old-*"):
        shutil.rmtree(leftover)


# ---------------------------------------------------------------------------------- what is printed


def test_seed_paths_and_text_reach_the_terminal_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    hostile = seeds / "clear\x1b[2J\nerror: forged.md"
    hostile.write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    write_seed(seeds, "warn.md", "Index")          # a warning naming a path
    code, _, err = run("check", "--seeds", str(seeds))
    assert code == 1
    assert "\x1b" not in err and "\\x1b[2J\\nerror: forged.md" in err, err
    assert not any(line.startswith("error: forged") for line in err.splitlines()), err


def test_analyze_prints_seed_text_escaped(tmp_path):
    seed = write_seed(tmp_path, title="Title \u202e reversed")
    seed.write_text(seed.read_text(encoding="utf-8").replace("reckless", "reck\x1b[31mless"), encoding="utf-8")
    code, out, _ = run("analyze", str(seed))
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\\u202e" in out


@pytest.mark.parametrize("escape,shown", [("\\0", "U+0000"), ("\\ud800", "U+D800"), ("\\x07", "U+0007")])
def test_control_characters_written_as_yaml_escapes_are_refused(tmp_path, escape, shown):
    seed = write_seed(tmp_path, extra_front=f'level: "upper{escape}secondary"\n')
    code, _, err = run("check", "--seeds", str(tmp_path))
    assert code == 1 and f"text.md:6: front matter field 'level' holds the control character {shown}" in err, err
    code, out, err = run("analyze", "--format", "json", str(seed))
    assert code == 1 and out == "", out


def test_analyze_json_is_whole_json(tmp_path):
    seed = write_seed(tmp_path)
    code, out, _ = run("analyze", "--format", "json", str(seed))
    assert code == 0 and json.loads(out)["techniques"]


# ------------------------------------------------------------------------------------ settings named


def config_with(project: Path, old: str, new: str) -> Path:
    text = project.read_text(encoding="utf-8")
    assert old in text
    changed = project.with_name("changed.yml")
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return changed


@pytest.mark.parametrize("old,new,words", [
    ("threshold: 0.485", "threshold: high", "setting 'extra: medialit: threshold' must be a number from 0 to 1"),
    ("seeds_dir: seeds", "seeds_dir: [seeds, more]", "setting 'extra: medialit: seeds_dir' must be a folder name"),
])
def test_build_names_a_wrong_setting(project, old, new, words):
    code, _, err = run("build", "--config", str(config_with(project, old, new)),
                       "--site-dir", str(project.parent / "site-settings"))
    assert code == 1 and words in err and "bug" not in err, err


def test_serve_names_a_wrong_setting(project):
    result = run_medialit("serve", "--config", str(config_with(project, "threshold: 0.485", "threshold: high")),
                          "--dev-addr", f"127.0.0.1:{free_port()}", timeout=120)
    assert result.returncode == 1, result.stderr
    assert "threshold" in result.stderr and "bug" not in result.stderr and "Traceback" not in result.stderr


def test_build_names_a_broken_review_file(project):
    review = project.parent / "seeds" / "text-01.review.yaml"
    review.write_bytes(b"drop:\n  - quote: caf\xe9\n")
    try:
        code, _, err = build(project)
    finally:
        review.unlink()
    assert code == 1 and "text-01.review.yaml:2" in err and "UTF-8" in err and "bug" not in err, err


# ------------------------------------------------------------------------------------------- serve


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_a_nul_in_the_path_and_a_broken_review_without_a_traceback(project, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as output:
        server = subprocess.Popen([sys.executable, "-m", "medialit", "serve", "--config", str(project),
                                   "--dev-addr", f"127.0.0.1:{port}"], cwd=project.parent, stdout=output,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  env={**__import__("os").environ, "MEDIALIT_CACHE_DIR": "off"})
    try:
        status = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", "/%00")
                status = connection.getresponse().status
                connection.close()
                break
            except OSError:
                time.sleep(0.5)
        assert status == 404, log.read_text(errors="replace")[-3000:]
        # A review file broken while previewing: the rebuild fails with a message naming it.
        review = project.parent / "seeds" / "text-01.review.yaml"
        review.write_bytes(b"drop:\n  - quote: caf\xe9\n")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Aborted" not in log.read_text(errors="replace"):
            time.sleep(0.5)
        review.unlink()
        assert "text-01.review.yaml:2: is not UTF-8" in log.read_text(errors="replace")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert "Traceback" not in log.read_text(errors="replace")
