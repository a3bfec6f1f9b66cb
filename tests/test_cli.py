"""The command line: clean messages and exit codes, never a traceback; the build report."""

from __future__ import annotations

import pytest
from fixtures.hostile import make_project

from medialit import site
from medialit.cli import EXIT_INPUT, EXIT_INTERNAL, main


def test_build_reports_the_cache_and_the_stage_times(tmp_path, capsys):
    config = make_project(tmp_path / "project")
    assert main(["build", "-q", "--config", str(config), "--site-dir", str(tmp_path / "out")]) == 0
    assert main(["build", "-q", "--config", str(config), "--site-dir", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "2 lesson(s) from 2 seed(s)" in out
    assert "analysed 0 seed(s), 2 unchanged from the cache" in out and "MkDocs" in out


def test_a_missing_config_is_a_message(tmp_path, capsys):
    assert main(["build", "--config", str(tmp_path / "nope.yml"), "--site-dir", str(tmp_path / "o")]) == EXIT_INPUT
    assert "nope.yml does not exist" in capsys.readouterr().err


def test_a_missing_seeds_folder_is_a_message(tmp_path, capsys):
    config = make_project(tmp_path / "project")
    code = main(["build", "-q", "--config", str(config), "--seeds", str(tmp_path / "none"), "--site-dir", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT and "the seeds folder does not exist" in err and "Traceback" not in err


def test_an_unexpected_error_is_a_message_not_a_traceback(tmp_path, capsys, monkeypatch):
    def explode(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(site, "build", explode)
    assert main(["build", "--site-dir", str(tmp_path / "o")]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "unexpected problem (KeyError" in err and "please report it" in err and "Traceback" not in err


def test_check_reports_every_problem(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: [x\n---\n\nText.\n", encoding="utf-8")
    (seeds / "b.md").write_bytes(b"\xff\xfe bad bytes")
    (seeds / "c.md").write_text("---\ntitle: Fine\nauthor: A. Writer\npublisher: The Example\n"
                                "url: https://example.org/a\n---\n\nText.\n", encoding="utf-8")
    assert main(["check", "--seeds", str(seeds)]) == EXIT_INPUT
    captured = capsys.readouterr()
    assert "a.md:" in captured.err and "b.md:" in captured.err and "c.md" not in captured.err
    assert "checked 3 seed(s)" in captured.out


@pytest.mark.parametrize("argv", [["analyze", "/nonexistent.md"], ["build", "--config", "/"]])
def test_bad_paths_are_messages(argv, capsys):
    assert main(argv) in (EXIT_INPUT, EXIT_INTERNAL)
    assert "Traceback" not in capsys.readouterr().err


def test_progress_is_quiet_for_small_corpora_and_sparse_in_logs():
    import io

    from medialit.site.progress import ProgressBar

    log = io.StringIO()
    bar = ProgressBar(log)
    for done in range(1, 11):
        bar("analysing", done, 10)
    assert log.getvalue() == ""
    for done in range(1, 101):
        bar("analysing", done, 100)
    assert log.getvalue().splitlines() == [f"  analysing {n}/100" for n in range(10, 101, 10)]


def test_progress_redraws_one_line_on_a_terminal():
    import io

    from medialit.site.progress import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    bar = ProgressBar(screen)
    for done in range(1, 41):
        bar("rendering", done, 40)
    assert screen.getvalue().count("\r") == 39 and screen.getvalue().endswith("\n")
    assert "[##############################] 40/40" in screen.getvalue()


def test_a_new_seed_must_get_its_article_before_it_checks(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--title", "A headline"]) == 0
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "seeds/a-headline.md" in err and "placeholder" in err
    path = tmp_path / "seeds" / "a-headline.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(text.split("---\n")[-1], "The council said on Monday that it would act.\n"),
                    encoding="utf-8")
    assert main(["check"]) == 0


def test_a_command_that_writes_no_site_speaks_of_none(tmp_path, capsys, monkeypatch):
    import medialit.cli as cli

    def explode(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "analyze", explode)
    seed = tmp_path / "a.md"
    seed.write_text("---\ntitle: A\n---\n\nText of the article.\n", encoding="utf-8")
    assert main(["analyze", str(seed)]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "unexpected problem (KeyError" in err and "previous site" not in err


def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(tmp_path):
    import subprocess
    import sys

    seed = tmp_path / "a.md"
    # (more output than a pipe holds, so the writer meets the closed pipe)
    seed.write_text("---\ntitle: A\n---\n\n" + "\n\n".join(f"Why has council {i} never told us the truth?"
                                                            for i in range(1500)) + "\n", encoding="utf-8")
    command = f"{sys.executable} -m medialit analyze {seed} | head -c 10 > /dev/null"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert done.stderr == ""
