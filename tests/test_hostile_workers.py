"""Issue 17, item 7: the worker processes of a build die with it, however the build process dies
(SIGKILL as the OOM killer sends it, SIGTERM, SIGHUP), instead of waiting for work forever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures.small import BODY, make_project

from medialit.site.parallel import available_cores

pytestmark = [pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process parents from /proc"),
              pytest.mark.skipif(available_cores() < 2, reason="one core: a build starts no worker processes")]

SEEDS = 24              # past PARALLEL_MIN_ITEMS (16): the build analyses them in worker processes


def children_of(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == pid and state != "Z":
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """Seeds that keep two workers busy for some seconds: long texts, each different."""
    seeds = tmp_path_factory.mktemp("workers") / "seeds"
    seeds.mkdir()
    for number in range(SEEDS):
        body = "\n".join(f"{BODY.strip()} Paragraph {number}-{n} adds a detail." for n in range(60))
        (seeds / f"text-{number:02}.md").write_text(
            f'---\ntitle: "Worker test {number}"\npublished: 2022-03-04\n---\n\n{body}\n', encoding="utf-8")
    return make_project(seeds.parent / "project", seeds=seeds)


def start_build(config: Path) -> tuple[subprocess.Popen, set[int]]:
    """A build in its own process, and its worker processes once they are at work."""
    env = {**os.environ, "MEDIALIT_CACHE_DIR": "off", "MEDIALIT_WORKERS": "2"}
    # (stderr to a file, not a pipe: workers that outlive the build would hold a pipe open forever)
    with open(config.parent / "stderr.txt", "wb") as stderr:
        build = subprocess.Popen([sys.executable, "-m", "medialit", "build", "-q", "--config", str(config),
                                  "--site-dir", str(config.parent / "site")], env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = children_of(build.pid)
        if len(workers) >= 2:
            return build, workers
        if build.poll() is not None:
            break
        time.sleep(0.05)
    build.kill()
    pytest.fail(f"the build started no workers (exit {build.poll()}): {stderr_of(config)[-2000:]}")


def stderr_of(config: Path) -> str:
    return (config.parent / "stderr.txt").read_text(errors="replace")


def gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return {pid for pid in pids if alive(pid)}


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=["KILL", "TERM", "HUP"])
def test_workers_exit_when_the_build_is_killed(project, signum):
    build, workers = start_build(project)
    try:
        os.kill(build.pid, signum)
        build.wait(timeout=60)
        assert gone_within(workers, 10) == set(), "worker processes outlived the build"
    finally:
        for pid in workers | children_of(build.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if build.poll() is None:
            build.kill()
            build.wait()


def test_a_terminated_build_says_so_and_leaves_no_staging_folder(project):
    build, workers = start_build(project)
    try:
        os.kill(build.pid, signal.SIGTERM)
        build.wait(timeout=60)
        stderr = stderr_of(project)
        assert build.returncode == 128 + signal.SIGTERM, stderr
        assert "stopped by signal 15; the previous site was left as it was" in stderr, stderr
        assert "Traceback" not in stderr
        assert not list(project.parent.glob(".site.building-*"))
        assert gone_within(workers, 10) == set()
    finally:
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
