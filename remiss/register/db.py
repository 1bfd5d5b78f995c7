"""The register's schema, its ordered migrations and the engine (SQLite file or PostgreSQL by URL)."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from remiss.errors import RegisterError
from remiss.register.status import SCHEMA_VERSION
from remiss.register.url import DATABASE_ENV, DEFAULT_SQLITE, resolve_url  # noqa: F401 - callers use db.*
from remiss.terminal import dolj_losenord

BUSY_TIMEOUT_S = 30.0
BUSY_ENV = "REMISS_VANTETID"  # seconds to wait for another process's write lock (default BUSY_TIMEOUT_S)
RETRIES = 40

T = TypeVar("T")

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

remisser = sa.Table(
    "remisser", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("forsta_sida", sa.Integer, nullable=False, server_default="1"),
    sa.Column("kalla_fil", sa.Text, nullable=False),
    sa.Column("avsandare", sa.Text),
    sa.Column("avsandare_dnr", sa.Text),
    sa.Column("klassificering", sa.Text),
    sa.Column("titel", sa.Text),
    sa.Column("datum", sa.Date),
    sa.Column("svarsdatum", sa.Date),
    sa.Column("ursprungligt_svarsdatum", sa.Date),
    sa.Column("svarsadress", sa.Text),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("handlaggare", sa.Text),
    sa.Column("eget_dnr", sa.Text),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("registrerad", sa.String(40), nullable=False),
    sa.Column("andrad", sa.String(40), nullable=False),
    sa.Column("inkommen", sa.Date),  # migration 4: the day the remiss came in (an e-mail's Date)
    sa.Column("bilagor", sa.JSON),  # migration 4: file names of the e-mail's other attachments
    # migration 6: normalised sender + the sender's dnr (None when the dnr is unknown), unique: the
    # database, not a read-then-insert, keeps two registrators from storing the same remiss twice
    sa.Column("identitet", sa.Text),
    sa.UniqueConstraint("sha256", "forsta_sida", name="uq_remisser_fil"),
)

remissinstanser = sa.Table(
    "remissinstanser", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("remiss_id", sa.Integer, sa.ForeignKey("remisser.id", ondelete="CASCADE"), nullable=False),
    sa.Column("ordning", sa.Integer, nullable=False),
    sa.Column("namn", sa.Text, nullable=False),
    sa.Column("epost", sa.Text),
    sa.Column("grupp", sa.Text),
    sa.Column("omfattning", sa.Text),
    sa.Column("kanoniskt_namn", sa.Text),
    sa.Column("matchning", sa.Float),
)

handelser = sa.Table(
    "handelser", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("remiss_id", sa.Integer, sa.ForeignKey("remisser.id", ondelete="CASCADE"), nullable=False),
    sa.Column("tid", sa.String(40), nullable=False),
    sa.Column("anvandare", sa.Text, nullable=False),
    sa.Column("handelse", sa.Text, nullable=False),
    sa.Column("fore", sa.JSON),
    sa.Column("efter", sa.JSON),
)

INDEXES = (
    sa.Index("ix_remisser_svarsdatum", remisser.c.svarsdatum),
    sa.Index("ix_remisser_status", remisser.c.status),
    sa.Index("ix_remisser_avsandare_dnr", remisser.c.avsandare_dnr),
    sa.Index("ix_remisser_eget_dnr", remisser.c.eget_dnr),
    sa.Index("ix_remissinstanser_remiss", remissinstanser.c.remiss_id),
    sa.Index("ix_handelser_remiss", handelser.c.remiss_id),
)
STATUS_SVARSDATUM = sa.Index("ix_remisser_status_svarsdatum", remisser.c.status, remisser.c.svarsdatum)
IDENTITET = sa.Index("uq_remisser_identitet", remisser.c.identitet, unique=True)


def identitet(avsandare: str | None, dnr: str | None) -> str | None:
    """Given a sender and its diarienummer, return the remiss's identity key (None when the dnr is unknown).

    Whitespace is collapsed and case folded in both parts ("Kommunstyrelsen ", "KS  2022-304" ->
    "kommunstyrelsen\x1fks 2022-304"); an unknown sender gives an empty first part.
    """
    dnr = " ".join((dnr or "").split()).casefold()
    if not dnr:
        return None
    return " ".join((avsandare or "").split()).casefold() + "\x1f" + dnr


def _m1_tables(conn: Connection) -> None:
    """Create the tables remisser, remissinstanser and handelser."""
    for table in (remisser, remissinstanser, handelser):
        conn.execute(sa.schema.CreateTable(table))  # the indexes come in migration 2


def _m2_indexes(conn: Connection) -> None:
    """Create the indexes lista filters on (svarsdatum, status, diarienummer) and the foreign keys."""
    for index in INDEXES:
        index.create(conn)


def _m3_status_svarsdatum(conn: Connection) -> None:
    """Create the index (status, svarsdatum): `lista --inom` reads only the rows it shows."""
    STATUS_SVARSDATUM.create(conn)


def _m4_inkommen_bilagor(conn: Connection) -> None:
    """Add remisser.inkommen (filled with the registration day for existing rows) and remisser.bilagor."""
    existing = {column["name"] for column in sa.inspect(conn).get_columns("remisser")}
    for name in ("inkommen", "bilagor"):
        if name not in existing:  # a register created by migration 1 of this version has them already
            column_type = remisser.c[name].type.compile(dialect=conn.dialect)
            conn.execute(sa.text(f"ALTER TABLE remisser ADD COLUMN {name} {column_type}"))
    day = sa.func.substr(remisser.c.registrerad, 1, 10)
    value = day if conn.dialect.name == "sqlite" else sa.cast(day, sa.Date)
    conn.execute(remisser.update().where(remisser.c.inkommen.is_(None)).values(inkommen=value))


def _m5_remissvar(conn: Connection) -> None:
    """Add remisser.riktning and the table remissvar (remiss.register.remissvar)."""
    from remiss.register.remissvar import migrera

    migrera(conn)


def _m6_identitet(conn: Connection) -> None:
    """Add remisser.identitet, fill it (a key already taken stays on the oldest row) and make it unique."""
    if "identitet" not in {column["name"] for column in sa.inspect(conn).get_columns("remisser")}:
        conn.execute(sa.text("ALTER TABLE remisser ADD COLUMN identitet TEXT"))
    taken: set[str] = set()
    rows = conn.execute(sa.select(remisser.c.id, remisser.c.avsandare, remisser.c.avsandare_dnr)
                        .order_by(remisser.c.id)).all()
    for row in rows:
        key = identitet(row.avsandare, row.avsandare_dnr)
        if key is not None and key not in taken:  # an earlier duplicate keeps its row, without the key
            taken.add(key)
            conn.execute(remisser.update().where(remisser.c.id == row.id).values(identitet=key))
    IDENTITET.create(conn)


# Ordered: migration N (from 1) takes the schema from version N-1 to N. Append, never reorder.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_m1_tables, _m2_indexes, _m3_status_svarsdatum,
                                                        _m4_inkommen_bilagor,
                                                        _m5_remissvar, _m6_identitet)
LATEST = len(MIGRATIONS)
assert LATEST == SCHEMA_VERSION, "update remiss.register.status.SCHEMA_VERSION with the migrations"


def is_sqlite(engine: Engine) -> bool:
    """Given an engine, return True when it is SQLite."""
    return engine.dialect.name == "sqlite"


def create_engine(url: str) -> Engine:
    """Given an SQLAlchemy URL, return an engine; SQLite gets WAL, busy timeout and BEGIN IMMEDIATE writes."""
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": busy_timeout()})
            _sqlite_events(engine)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise RegisterError(f"databas-URL:en '{dolj_losenord(url)}' går inte att använda ({exc}). Ange t.ex. "
                            "sqlite:///remiss.db eller postgresql+psycopg://användare:lösen@server/remiss "
                            "(kräver paketet psycopg: pip install 'remiss[postgres]').") from exc
    return engine


def _sqlite_events(engine: Engine) -> None:
    """Given a SQLite engine, set WAL and foreign keys on connect and take the write lock at BEGIN."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout() * 1000)}")
        if engine.url.database not in (None, "", ":memory:"):
            _retry_locked(lambda: cursor.execute("PRAGMA journal_mode = WAL"))
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("skriv", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _is_locked(exc: BaseException) -> bool:
    """Given an exception, return True when it is SQLite's "database is locked" (or busy)."""
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def busy_timeout() -> float:
    """Return the seconds to wait for a lock: REMISS_VANTETID (0.1–600) or BUSY_TIMEOUT_S."""
    try:
        return min(max(float(os.environ.get(BUSY_ENV) or BUSY_TIMEOUT_S), 0.1), 600.0)
    except ValueError:
        return BUSY_TIMEOUT_S


def _retry_locked(func: Callable[[], T]) -> T:
    """Given a function, call it, retrying with growing pauses while SQLite says the database is locked.

    The whole wait is bounded by the busy timeout: each attempt already waits inside SQLite, so retrying
    a fixed number of times would wait RETRIES times as long.
    """
    deadline = time.monotonic() + busy_timeout()
    for attempt in range(RETRIES):
        try:
            return func()
        except Exception as exc:  # noqa: BLE001 - sqlite3 and SQLAlchemy errors alike
            if not _is_locked(exc):
                raise
            if attempt == RETRIES - 1 or time.monotonic() >= deadline:
                waited = f"{busy_timeout():g}".replace(".", ",")
                raise RegisterError(f"registret är låst av en annan process (väntade {waited} s). "
                                    "Försök igen om en stund, eller sätt REMISS_VANTETID till fler "
                                    "sekunder.") from exc
            time.sleep(min(0.05 * (attempt + 1), 1.0) * (0.5 + random.random()))
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """Given an engine, yield a connection inside one write transaction (committed on success)."""
    with engine.connect().execution_options(skriv=True) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SET LOCAL lock_timeout = '30s'"))
        yield conn


def in_write(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Given an engine and work(conn), run it in one write transaction, retrying when SQLite is locked."""

    def once() -> T:
        with write_transaction(engine) as conn:
            return work(conn)

    try:
        return _retry_locked(once)
    except sa.exc.DatabaseError as exc:
        if is_damaged(exc):
            raise damaged_error(exc) from exc
        if not isinstance(exc, sa.exc.OperationalError):
            raise
        raise RegisterError(f"registret kan inte skrivas ({_short(exc)}). Försök igen om en stund.") from exc


def _short(exc: BaseException) -> str:
    """Given a database exception, return its first line without SQLAlchemy's links."""
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def current_version(conn: Connection) -> int:
    """Given a connection, return the schema version stored in the database (0 when empty)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    value = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(value or 0)


def migrate(engine: Engine, target: int = LATEST) -> int:
    """Given an engine, apply the pending migrations up to target in order and return the version."""
    with engine.connect() as conn:
        version = current_version(conn)
        conn.rollback()
    if version > LATEST:
        raise RegisterError(f"registret har schemaversion {version} men programmet känner bara till "
                            f"{LATEST}. Uppdatera remiss.")
    if version >= target:
        return version
    return in_write(engine, lambda conn: _migrate_locked(conn, target))


def _migrate_locked(conn: Connection, target: int) -> int:
    """Given a connection holding the write lock, apply pending migrations and record the version."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(471100)"))
    schema_version.create(conn, checkfirst=True)
    version = current_version(conn)
    for number in range(version + 1, target + 1):
        MIGRATIONS[number - 1](conn)
        conn.execute(schema_version.delete())
        conn.execute(schema_version.insert().values(version=number))
    return max(version, target)


def connect_error(url: str, exc: BaseException) -> RegisterError:
    """Given a URL and a connection failure, return a Swedish RegisterError without the password."""
    shown = sa.engine.make_url(url).render_as_string(hide_password=True)
    return RegisterError(f"registret {shown} kan inte öppnas ({_short(exc)}). Kontrollera --databas "
                         "eller REMISS_DATABAS och att databasservern är igång.")


_DAMAGED = ("malformed", "not a database", "database corrupt", "disk image", "file is encrypted")


def is_damaged(exc: BaseException) -> bool:
    """Given a database exception, return True when SQLite says the file itself is damaged."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(marker in text for marker in _DAMAGED)


def damaged_error(exc: BaseException) -> RegisterError:
    """Given SQLite's error for a damaged file, return one Swedish line (no SQL) that says how to restore."""
    return RegisterError(f"registret är skadat ({_short(exc)}). Återställ från senaste export: "
                         "`remiss import BACKUP.json --databas ny.db` (ett tomt register), eller från "
                         "säkerhetskopian av databasfilen. `remiss kontrollera-register` visar skadan.")


def integrity_check(url: str) -> list[str]:
    """Given a register URL, return what PRAGMA integrity_check finds wrong (empty: the file is whole).

    PostgreSQL checks its own pages; there every table is read once, so a broken connection still shows.
    """
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if not is_sqlite(engine):
                for table in (remisser, remissinstanser, handelser, schema_version):
                    conn.execute(sa.select(sa.func.count()).select_from(table))
                return []
            rows = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    except sa.exc.DatabaseError as exc:
        if is_damaged(exc):
            return [_short(exc)]
        raise connect_error(url, exc) from exc
    finally:
        engine.dispose()
    return [] if rows == ["ok"] else rows
