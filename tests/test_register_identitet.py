"""The database keeps a remiss's identity and its status chain: registrators and handläggare racing at once.

Each test runs on SQLite and, with REMISS_TEST_PG_URL, on PostgreSQL (where READ COMMITTED let a
read-then-insert register the same remiss several times and lost concurrent status changes).
"""

from __future__ import annotations

import json
import multiprocessing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from remiss.errors import RegisterError
from remiss.register import open_register
from remiss.register.db import handelser, identitet, remisser
from remiss.register.service import DuplicateError, check_transition
from tests import test_register_fixtures as fixtures
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url
PROCESSES = 8
REMISSER = 25
# how each registrator's copy names the sender: spacing and case differ, one copy has no sender at all
AVSANDARE = ("Kommunstyrelsen", "KOMMUNSTYRELSEN", "Kommunstyrelsen ", " kommunstyrelsen", "Kommunstyrelsen",
             None, "Kommunstyrelsen", "KommunStyrelsen")


def _register_copies(url: str, worker: int, start: Any, out: str) -> None:
    """Register this worker's byte-different copies (own sha256) of the same remisser; write the outcomes."""
    outcomes = []
    with open_register(url) as reg:
        start.wait(timeout=60)
        for n in range(REMISSER):
            remiss = replace(make_remiss(n, dnr=f"KS 2026-{n:05d}"), avsandare=AVSANDARE[worker],
                             fil=f"kopia{worker}_{n}.pdf")
            try:
                post = reg.add(remiss, sha256=f"{worker:02d}{n:062d}", kalla_fil=remiss.fil,
                               user=f"reg{worker}")
                outcomes.append([n, "registrerad", post.id])
            except DuplicateError as exc:
                outcomes.append([n, "dubblett", exc.id, exc.line()])
    Path(out).write_text(json.dumps(outcomes), encoding="utf-8")


def _start(target: Any, args_of: Any, count: int) -> list[Any]:
    """Start `count` forked processes running target(*args_of(i), barrier) released together; join them."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(count)
    workers = [context.Process(target=target, args=(*args_of(i)[:2], barrier, *args_of(i)[2:]))
               for i in range(count)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=180)
    return workers


def test_eight_registrators_with_copies_give_one_row_per_remiss(db_url: str, tmp_path: Path) -> None:
    """8 processes × byte-different copies of the same 25 remisser: 25 rows; every loser names the winner."""
    open_register(db_url).close()
    workers = _start(_register_copies, lambda w: (db_url, w, str(tmp_path / f"w{w}.json")), PROCESSES)
    assert [p.exitcode for p in workers] == [0] * PROCESSES
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.select(remisser.c.id, remisser.c.avsandare_dnr)).all()
    finally:
        engine.dispose()
    ids = {dnr: id for id, dnr in rows}
    assert len(rows) == REMISSER and len(ids) == REMISSER
    for worker in range(PROCESSES):
        for n, utfall, id, *text in json.loads((tmp_path / f"w{worker}.json").read_text(encoding="utf-8")):
            assert id == ids[f"KS 2026-{n:05d}"], (worker, n, utfall)
            if utfall == "dubblett":
                assert text[0].startswith(f"redan registrerad som #{id} ")


def _change_status(url: str, worker: int, start: Any, ids: list[int], out: str) -> None:
    """Try one status change on each remiss, all workers at once; write which ones were accepted."""
    wanted = ("tilldelad", "avstar", "tilldelad", "avskriven", "under_beredning", "tilldelad", "avstar",
              "tilldelad")[worker]
    accepted = []
    with open_register(url) as reg:
        start.wait(timeout=60)
        for id in ids:
            try:
                reg.update(id, status=wanted, user=f"handl{worker}")
                accepted.append(id)
            except RegisterError:
                pass
    Path(out).write_text(json.dumps(accepted), encoding="utf-8")


def test_racing_status_changes_leave_one_valid_chain(db_url: str, tmp_path: Path) -> None:
    """8 handläggare change the status of the same remisser at once: each log is one valid chain."""
    with open_register(db_url) as reg:
        ids = [reg.add(make_remiss(n), sha256=f"{n:064d}", kalla_fil=f"r{n}.pdf").id for n in range(20)]
    workers = _start(_change_status, lambda w: (db_url, w, ids, str(tmp_path / f"s{w}.json")), PROCESSES)
    assert [p.exitcode for p in workers] == [0] * PROCESSES
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            status = dict(conn.execute(sa.select(remisser.c.id, remisser.c.status)).all())
            events = conn.execute(sa.select(handelser).where(handelser.c.handelse == "uppdaterad")
                                  .order_by(handelser.c.id)).all()
    finally:
        engine.dispose()
    accepted = sum(len(json.loads((tmp_path / f"s{w}.json").read_text(encoding="utf-8")))
                   for w in range(PROCESSES))
    assert accepted == len(events)
    for id in ids:
        current = "inkommen"
        for event in (e for e in events if e.remiss_id == id):
            assert event.fore["status"] == current, (id, event.fore, event.efter)
            check_transition(current, event.efter["status"])  # raises on an impossible step
            current = event.efter["status"]
        assert status[id] == current


def test_identity_key_normalises_sender_and_dnr() -> None:
    """Spacing and case do not make a new identity; an unknown dnr has none; an unknown sender is empty."""
    assert identitet(" Kommunstyrelsen ", "KS  2022-00304") == identitet("KOMMUNSTYRELSEN", "ks 2022-00304")
    assert identitet("Kommunstyrelsen", None) is None and identitet("Kommunstyrelsen", "  ") is None
    assert identitet(None, "KS 1") == "\x1fks 1"
    assert identitet("Kommunstyrelsen", "KS 1") != identitet("Miljönämnden", "KS 1")


def test_the_database_refuses_a_second_row_with_the_same_identity(db_url: str) -> None:
    """Even a writer that skips our check cannot store the same (sender, dnr) twice: the unique key holds."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1, dnr="KS 2026-1"), sha256="a" * 64, kalla_fil="a.pdf")
        row = {"sha256": "b" * 64, "forsta_sida": 1, "kalla_fil": "b.pdf", "status": "inkommen", "data": {},
               "registrerad": "x", "andrad": "x", "identitet": identitet("kommunstyrelsen", "ks 2026-1")}
        with pytest.raises(sa.exc.IntegrityError), reg.engine.begin() as conn:
            conn.execute(remisser.insert().values(**row))
        copy = replace(make_remiss(1, dnr="ks  2026-1"), avsandare="KOMMUNSTYRELSEN")
        with pytest.raises(DuplicateError) as info:
            reg.add(copy, sha256="c" * 64, kalla_fil="c.pdf")
        assert info.value.id == post.id and reg.count() == 1


def test_migration_keeps_old_duplicates_and_keys_the_oldest(tmp_path: Path) -> None:
    """A register from before the key with two rows of one remiss migrates: both kept, the first keyed."""
    from remiss.register import db as regdb

    url = f"sqlite:///{tmp_path / 'gammal.db'}"
    engine = regdb.create_engine(url)
    regdb.migrate(engine, target=3)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX IF EXISTS uq_remisser_identitet"))
        for n, sha in enumerate(("a", "b", "c"), 1):
            conn.execute(remisser.insert().values(
                sha256=sha * 64, forsta_sida=1, kalla_fil=f"{sha}.pdf", status="inkommen", data={},
                registrerad="x", andrad="x", avsandare="Kommunstyrelsen" if n < 3 else "Miljönämnden",
                avsandare_dnr="KS 2026-1"))
        conn.execute(sa.text("UPDATE remisser SET identitet = NULL"))
    assert regdb.migrate(engine) == regdb.LATEST
    with engine.connect() as conn:
        keys = conn.execute(sa.select(remisser.c.id, remisser.c.identitet).order_by(remisser.c.id)).all()
    engine.dispose()
    assert keys == [(1, "kommunstyrelsen\x1fks 2026-1"), (2, None), (3, "miljönämnden\x1fks 2026-1")]
