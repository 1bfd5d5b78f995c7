"""Safety: many processes writing at once, and a process killed in the middle of an import."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from remiss.register import open_register
from remiss.register.db import handelser, remisser, remissinstanser
from tests import test_register_fixtures as fixtures
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url
ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 8
PER_PROCESS = 50


def _register_many(url: str, worker: int, count: int) -> None:
    """Given a URL and a worker number, register `count` distinct remisser (runs in a child process)."""
    with open_register(url) as reg:
        for i in range(count):
            n = worker * 10_000 + i
            remiss = replace(make_remiss(n, avsandare=f"Avsändare {worker}", titel=f"Remiss {n}"),
                             fil=f"w{worker}_{i}.pdf")
            reg.add(remiss, sha256=f"{worker:032d}{i:032d}", kalla_fil=remiss.fil, user=f"process{worker}")


def _consistency(url: str) -> tuple[int, list[int]]:
    """Given a URL, return the number of remisser and the ids lacking instanser or an event."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(remisser)).scalar_one()
            instanser = dict(conn.execute(sa.select(remissinstanser.c.remiss_id, sa.func.count())
                                          .group_by(remissinstanser.c.remiss_id)).all())
            events = dict(conn.execute(sa.select(handelser.c.remiss_id, sa.func.count())
                                       .group_by(handelser.c.remiss_id)).all())
            expected = {row.id: len(row.data["remissinstanser"])
                        for row in conn.execute(sa.select(remisser.c.id, remisser.c.data))}
    finally:
        engine.dispose()
    broken = [i for i, n in expected.items() if instanser.get(i, 0) != n or events.get(i, 0) < 1]
    orphans = (set(instanser) | set(events)) - set(expected)
    return count, sorted(broken) + sorted(orphans)


def test_eight_processes_write_at_once(db_url: str) -> None:
    """8 processes × 50 remisser into one register: all 400 rows, each complete, no crash."""
    open_register(db_url).close()  # create the schema first, as a real installation has it
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_register_many, args=(db_url, w, PER_PROCESS))
               for w in range(PROCESSES)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [p.exitcode for p in workers] == [0] * PROCESSES
    count, broken = _consistency(db_url)
    assert count == PROCESSES * PER_PROCESS
    assert broken == []


def test_processes_racing_on_a_new_register(db_url: str) -> None:
    """Processes that open an empty register at the same time migrate it once and all write."""
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_register_many, args=(db_url, w, 5)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=60)
    assert [p.exitcode for p in workers] == [0] * 4
    assert _consistency(db_url) == (20, [])


KILLED_SCRIPT = """
import sys
from tests.test_register_concurrency import _register_many
_register_many(sys.argv[1], 7, 100000)
"""


def test_killed_import_leaves_register_consistent(db_url: str) -> None:
    """SIGKILL in the middle of a big import: every stored remiss has its instanser and event; it goes on."""
    open_register(db_url).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_SCRIPT, db_url], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if child.poll() is not None:
                raise AssertionError(f"the import ended by itself with {child.returncode}")
            if _consistency(db_url)[0] >= 40:
                break
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    count, broken = _consistency(db_url)
    assert count >= 40 and broken == []
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="f" * 64, kalla_fil="efter.pdf")
        assert reg.count() == count + 1 and len(reg.history(post.id)) == 1
