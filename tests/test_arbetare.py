"""Worker processes end with their parent: a killed `registrera --jobb 2` or OCR leaves no worker behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The parent: tolka_alla with two workers, as `remiss registrera --jobb 2` runs it; each worker writes
# its pid and then works "forever" on its file (a stand-in for a slow OCR).
FORALDER = """
import os, sys, time
from pathlib import Path
import remiss.pipeline
from remiss.register.intake import tolka_alla

pids = Path(sys.argv[1])

def tolka_fil(fil, **kwargs):
    (pids / str(os.getpid())).write_text(fil)
    time.sleep(600)
    return []

remiss.pipeline.tolka_fil = tolka_fil
list(tolka_alla(["a.pdf", "b.pdf", "c.pdf", "d.pdf"], jobb=2))
"""


def _lever(pid: int) -> bool:
    """Given a pid, return True while that process runs (a zombie waiting to be reaped counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="läser processtillstånd ur /proc (Linux)")
def test_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL to the parent while both workers are busy: both workers are gone a few seconds later."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, "-c", FORALDER, str(tmp_path)], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2:
            assert parent.poll() is None, "the parent ended by itself"
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert all(_lever(pid) for pid in workers)
        os.kill(parent.pid, signal.SIGKILL)
    finally:
        parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_lever(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _lever(pid)]
    for pid in left:  # do not leave them running if the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_a_worker_whose_parent_is_already_gone_ends_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watcher ends the process at start when the parent pid given is not its parent."""
    from remiss import arbetare

    ended: list[int] = []

    def exit_(code: int) -> None:
        ended.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(arbetare.os, "_exit", exit_)
    with pytest.raises(SystemExit):
        arbetare.vakta_foralder(os.getppid() + 1_000_000)
    assert ended == [1]
