"""The Register: add remisser, read them, change them; every change is an event in the same transaction."""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from remiss.domain import Remiss
from remiss.errors import RegisterError
from remiss.register import db, rattelse
from remiss.register.db import handelser, remisser, remissinstanser
from remiss.register.status import CHAIN, OPEN_STATUSES, STATUSES, status_sv, statuslista

__all__ = ["CHAIN", "OPEN_STATUSES", "STATUSES", "DuplicateError", "Handelse", "Register", "RegisterPost",
           "open_register"]

SIMILAR_TITLE = 90.0
SIMILAR_SCAN = 2000  # the latest remisser from the same sender compared for a similar title
MAX_ID = 2**31 - 1  # the largest id every backend stores (PostgreSQL integer)


@dataclass(frozen=True)
class RegisterPost:
    """A remiss in the register: the extracted Remiss plus status, handläggare, own dnr and svarsdatum."""

    id: int
    remiss: Remiss
    status: str
    handlaggare: str | None
    eget_dnr: str | None
    svarsdatum: str | None
    ursprungligt_svarsdatum: str | None
    sha256: str
    kalla_fil: str
    registrerad: str
    andrad: str = ""
    varningar: tuple[str, ...] = ()
    inkommen: str | None = None
    bilagor: tuple[str, ...] = ()


@dataclass(frozen=True)
class Handelse:
    """One event of the log: when, who, what, and the fields before and after."""

    id: int
    remiss_id: int
    tid: str
    anvandare: str
    handelse: str
    fore: dict[str, Any] | None
    efter: dict[str, Any] | None


class DuplicateError(RegisterError):
    """The remiss is already in the register; `id` names the existing post."""

    def __init__(self, id: int, reason: str) -> None:
        self.id = id
        self.reason = reason
        super().__init__(f"redan registrerad som #{id} ({reason})")


def now() -> str:
    """Return the current local time as an ISO 8601 string with offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def default_user() -> str:
    """Return the login name of the user running the program."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no passwd entry in some containers
        return "okänd"


def normalise_dnr(dnr: str | None) -> str | None:
    """Given a diarienummer, return it with whitespace collapsed (None or empty -> None)."""
    if not dnr:
        return None
    return re.sub(r"\s+", " ", dnr).strip() or None


def check_transition(old: str, new: str) -> None:
    """Given the current and the wanted status, raise RegisterError when the change is impossible."""
    if new not in STATUSES:
        raise RegisterError(f"okänd status '{new}'. Tillåtna: {statuslista()}.")
    if new == old:
        raise RegisterError(f"remissen har redan status {status_sv(old)}.")
    if old not in OPEN_STATUSES:
        raise RegisterError(f"remissen är avslutad (status {status_sv(old)}) och kan inte få status "
                            f"{status_sv(new)}. Var det fel, ångra med `remiss uppdatera ID --angra`.")
    if new in ("avstar", "avskriven"):
        return
    allowed = CHAIN[CHAIN.index(old) + 1]
    if new != allowed:
        raise RegisterError(f"status kan inte ändras från {status_sv(old)} till {status_sv(new)}; nästa steg "
                            f"är {status_sv(allowed)} (eller avstår/avskriven).")


def _iso(value: date | str | None) -> str | None:
    """Given a date, an ISO string or None, return the ISO string or None."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _date(value: str | date | None, what: str) -> date | None:
    """Given an ISO string (or date), return the date; a malformed one raises RegisterError."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise RegisterError(f"{what} '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD.") from exc


def post_from_row(row: Any) -> RegisterPost:
    """Given a remisser row, return its RegisterPost."""
    data = {**row.data, "avsandare": row.avsandare, "diarienummer": row.avsandare_dnr, "titel": row.titel,
            "datum": _iso(row.datum), "svarsdatum": _iso(row.svarsdatum), "svarsadress": row.svarsadress}
    return RegisterPost(  # the columns hold the current values: a corrected or extended field wins
        id=row.id, remiss=Remiss.from_dict(data), status=row.status, handlaggare=row.handlaggare,
        eget_dnr=row.eget_dnr, svarsdatum=_iso(row.svarsdatum),
        ursprungligt_svarsdatum=_iso(row.ursprungligt_svarsdatum), sha256=row.sha256, kalla_fil=row.kalla_fil,
        registrerad=row.registrerad, andrad=row.andrad, inkommen=_iso(row.inkommen),
        bilagor=tuple(row.bilagor or ()))


def remiss_values(remiss: Remiss) -> dict[str, Any]:
    """Given a Remiss, return the remisser columns taken from it (control characters removed)."""
    from remiss.limits import rensa

    remiss = Remiss.from_dict(rensa(remiss.to_dict()))
    return {
        "forsta_sida": int(remiss.sidor[0]) if remiss.sidor else 1,
        "avsandare": remiss.avsandare, "avsandare_dnr": normalise_dnr(remiss.diarienummer),
        "identitet": db.identitet(remiss.avsandare, remiss.diarienummer),
        "klassificering": remiss.klassificering, "titel": remiss.titel,
        "datum": _date(remiss.datum, "datum"), "svarsdatum": _date(remiss.svarsdatum, "svarsdatum"),
        "svarsadress": remiss.svarsadress, "data": remiss.to_dict(),
        "inkommen": _date(remiss.inkommen, "inkommen"), "bilagor": list(remiss.bilagor) or None,
    }


def instans_rows(remiss_id: int, remiss: Remiss) -> list[dict[str, Any]]:
    """Given a remiss id and its Remiss, return the remissinstanser rows."""
    from remiss.limits import rensa

    return [{"remiss_id": remiss_id, "ordning": number, **rensa(instans.to_dict())}
            for number, instans in enumerate(remiss.remissinstanser, start=1)]


class Register:
    """A remiss register in a database (SQLite file or PostgreSQL); a context manager."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # --- reading ---------------------------------------------------------------------------------

    def _read(self, work: Any) -> Any:
        """Given work(conn), run it in a read transaction and return its result."""
        try:
            with self.engine.connect() as conn:
                return work(conn)
        except sa.exc.DatabaseError as exc:
            if db.is_damaged(exc):
                raise db.damaged_error(exc) from exc
            if not isinstance(exc, sa.exc.OperationalError):
                raise
            raise RegisterError(f"registret kan inte läsas ({db._short(exc)}).") from exc

    def get(self, id: int) -> RegisterPost:
        """Given an id, return the post; an unknown id raises RegisterError."""
        _check_id(id)
        row = self._read(lambda conn: conn.execute(sa.select(remisser).where(remisser.c.id == id)).first())
        if row is None:
            raise RegisterError(f"det finns ingen remiss #{id} i registret. Se `remiss lista`.")
        return post_from_row(row)

    def find_by_diarienummer(self, dnr: str) -> RegisterPost | None:
        """Given a diarienummer (the sender's or our own), return the first post with it, or None."""
        wanted = normalise_dnr(dnr)
        query = (sa.select(remisser).where(sa.or_(remisser.c.avsandare_dnr == wanted,
                                                  remisser.c.eget_dnr == wanted)).order_by(remisser.c.id))
        row = self._read(lambda conn: conn.execute(query).first())
        return post_from_row(row) if row is not None else None

    def history(self, id: int) -> list[Handelse]:
        """Given an id, return its events in the order they happened."""
        self.get(id)
        query = sa.select(handelser).where(handelser.c.remiss_id == id).order_by(handelser.c.id)
        rows = self._read(lambda conn: conn.execute(query).all())
        return [Handelse(id=r.id, remiss_id=r.remiss_id, tid=r.tid, anvandare=r.anvandare,
                         handelse=r.handelse, fore=r.fore, efter=r.efter) for r in rows]

    def count(self) -> int:
        """Return the number of remisser in the register."""
        return int(self._read(lambda conn: conn.execute(sa.select(sa.func.count()).select_from(remisser))
                              .scalar()) or 0)

    def instanser(self, id: int) -> list[dict[str, Any]]:
        """Given an id, return its remissinstanser rows in listed order."""
        _check_id(id)
        query = (sa.select(remissinstanser).where(remissinstanser.c.remiss_id == id)
                 .order_by(remissinstanser.c.ordning))
        return [dict(r._mapping) for r in self._read(lambda conn: conn.execute(query).all())]

    def duplicate_of(self, remiss: Remiss, sha256: str) -> int | None:
        """Given a Remiss and its file's hash, return the id it is already registered as, or None."""

        def work(conn: Connection) -> int | None:
            try:
                _refuse_duplicate(conn, sha256, remiss_values(remiss))
            except DuplicateError as exc:
                return exc.id
            return None

        return self._read(work)

    # --- writing ---------------------------------------------------------------------------------

    def add(self, remiss: Remiss, *, sha256: str, kalla_fil: str, handlaggare: str | None = None,
            eget_dnr: str | None = None, user: str | None = None,
            inkommen: str | date | None = None) -> RegisterPost:
        """Given an extracted Remiss and its file's hash, store it with its instanser and an event.

        The day it came in is the remiss's own `inkommen` (an e-mail's Date), else the `inkommen`
        argument (`--inkommen`), else today.
        """
        values = remiss_values(remiss)
        stamp = now()
        values["inkommen"] = (values["inkommen"] or _date(inkommen, "inkommen")
                              or date.fromisoformat(stamp[:10]))
        status = "tilldelad" if handlaggare else "inkommen"
        row = {**values, "sha256": sha256, "kalla_fil": kalla_fil, "status": status,
               "handlaggare": handlaggare, "eget_dnr": normalise_dnr(eget_dnr), "registrerad": stamp,
               "andrad": stamp}

        def work(conn: Connection) -> tuple[int, list[str]]:
            _lock_dnr(conn, values["avsandare_dnr"])
            _refuse_duplicate(conn, sha256, values)
            warnings = _similar_titles(conn, values)
            try:
                with conn.begin_nested():  # a savepoint: PostgreSQL can go on after the failed insert
                    inserted = conn.execute(remisser.insert().values(**row).returning(remisser.c.id))
                    new_id = int(inserted.scalar_one())
            except sa.exc.IntegrityError as exc:  # another process stored the same remiss just now
                raise _conflict(conn, sha256, values) from exc
            instanser = instans_rows(new_id, remiss)
            if instanser:
                conn.execute(remissinstanser.insert(), instanser)
            after = {k: _iso(row[k]) if k in ("svarsdatum", "inkommen") else row[k]
                     for k in ("kalla_fil", "avsandare", "avsandare_dnr", "titel", "svarsdatum", "status",
                               "handlaggare", "eget_dnr", "inkommen")}
            _event(conn, new_id, "registrerad", user, None, after)
            return new_id, warnings

        new_id, warnings = db.in_write(self.engine, work)
        post = self.get(new_id)
        return RegisterPost(**{**post.__dict__, "varningar": tuple(warnings)})

    def update(self, id: int, *, status: str | None = None, handlaggare: str | None = None,
               svarsdatum: str | None = None, eget_dnr: str | None = None, anteckning: str | None = None,
               user: str | None = None, rattelser: rattelse.Rattelser | None = None) -> RegisterPost:
        """Given an id and the fields to change, apply them and log one event; refuse impossible changes."""
        _check_id(id)
        new_date = _date(svarsdatum, "svarsdatum") if svarsdatum is not None else None
        if new_date is not None:
            from remiss.limits import datumfel

            problem = datumfel(new_date, "svarsdatum")
            if problem:
                raise RegisterError(problem)

        def work(conn: Connection) -> None:
            # the row is locked until commit (FOR UPDATE on PostgreSQL; SQLite holds the write lock from
            # BEGIN IMMEDIATE), so the transition is checked against the status no one else can change
            row = _row(conn, id, lock=True)
            current = rattelse.current_values(row, rattelse.instanser_of(conn, id))
            asked = _changes(row, status, handlaggare, new_date, normalise_dnr(eget_dnr))
            changes = {k: _iso(v) if isinstance(v, date) else v for k, v in asked.items()}
            if rattelser is not None:
                changes.update(rattelse.wanted_changes(current, rattelser))
            changes.update(rattelse.warnings_after(current, changes))
            if not changes and not anteckning:
                raise RegisterError("inget att ändra: ange t.ex. --status, --handlaggare, "
                                    "--svarsdatum, --titel eller --anteckning (se remiss uppdatera --help).")
            before = {k: current[k] for k in changes}
            after = dict(changes)
            if changes:
                rattelse.apply(conn, row, changes, stamp=now())
            if anteckning:
                after["anteckning"] = anteckning
            _event(conn, id, "uppdaterad" if changes else "anteckning", user, before or None, after)

        db.in_write(self.engine, work)
        return self.get(id)

    def undo(self, id: int, *, anteckning: str | None = None, user: str | None = None) -> Handelse:
        """Given an id, undo its last change not yet undone as a new event "ångrad"; return that event."""
        _check_id(id)

        def work(conn: Connection) -> None:
            row = _row(conn, id, lock=True)
            query = sa.select(handelser).where(handelser.c.remiss_id == id).order_by(handelser.c.id)
            target = rattelse.last_undoable(list(conn.execute(query)))
            if target is None:
                raise RegisterError(f"det finns ingen ändring att ångra för #{id} (se remiss historik {id}).")
            current = rattelse.current_values(row, rattelse.instanser_of(conn, id))
            changes = rattelse.undo_changes(target, current)
            rattelse.apply(conn, row, changes, stamp=now())
            after: dict[str, Any] = {**changes, "angrar": target.id, "angrar_tid": target.tid}
            if anteckning:
                after["anteckning"] = anteckning
            _event(conn, id, "ångrad", user, {k: current[k] for k in changes}, after)

        db.in_write(self.engine, work)
        return self.history(id)[-1]

    def log_event(self, id: int, action: str, *, user: str | None = None,
                  before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
        """Given an id and an action (e.g. "utkast skrivet"), record it in the event log."""
        _check_id(id)

        def work(conn: Connection) -> None:
            if conn.execute(sa.select(remisser.c.id).where(remisser.c.id == id)).first() is None:
                raise RegisterError(f"det finns ingen remiss #{id} i registret. Se `remiss lista`.")
            _event(conn, id, action, user, before, after)

        db.in_write(self.engine, work)


def _check_id(id: int) -> None:
    """Given an id, raise RegisterError when no register can hold it (0, negative, beyond MAX_ID)."""
    if not 1 <= id <= MAX_ID:
        raise RegisterError(f"det finns ingen remiss #{id} i registret. Se `remiss lista`.")


def _row(conn: Connection, id: int, *, lock: bool = False) -> Any:
    """Given an id, return its remisser row (locked for the transaction with lock); unknown: RegisterError."""
    query = sa.select(remisser).where(remisser.c.id == id)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise RegisterError(f"det finns ingen remiss #{id} i registret. Se `remiss lista`.")
    return row


def _event(conn: Connection, remiss_id: int, action: str, user: str | None, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> None:
    """Given a connection in a write transaction, insert one event."""
    conn.execute(handelser.insert().values(remiss_id=remiss_id, tid=now(), anvandare=user or default_user(),
                                           handelse=action, fore=before, efter=after))


def _changes(row: Any, status: str | None, handlaggare: str | None, svarsdatum: date | None,
             eget_dnr: str | None) -> dict[str, Any]:
    """Given the current row and the wanted values, return the columns that change (checked)."""
    changes: dict[str, Any] = {}
    if handlaggare is not None and handlaggare != row.handlaggare:
        changes["handlaggare"] = handlaggare
        if status is None and row.status == "inkommen":
            status = "tilldelad"
    if status is not None:
        check_transition(row.status, status)
        changes["status"] = status
    if svarsdatum is not None and svarsdatum != row.svarsdatum:
        changes["svarsdatum"] = svarsdatum
        if row.ursprungligt_svarsdatum is None:
            changes["ursprungligt_svarsdatum"] = row.svarsdatum
    if eget_dnr is not None and eget_dnr != row.eget_dnr:
        changes["eget_dnr"] = eget_dnr
    return changes


def _by_file(conn: Connection, sha256: str, forsta_sida: int) -> int | None:
    """Given a file hash and first page, return the id of the remiss registered from it, or None."""
    return conn.execute(sa.select(remisser.c.id).where(remisser.c.sha256 == sha256,
                                                       remisser.c.forsta_sida == forsta_sida)).scalar()


def _lock_dnr(conn: Connection, dnr: str | None) -> None:
    """On PostgreSQL, hold a transaction lock on the sender's dnr, so the duplicate check and the insert of
    two registrators with the same dnr run one after the other (SQLite: BEGIN IMMEDIATE does that)."""
    if dnr and conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(471101, hashtext(:dnr))"), {"dnr": dnr.casefold()})


def _conflict(conn: Connection, sha256: str, values: dict[str, Any]) -> DuplicateError:
    """Given a remiss whose insert hit a unique key, re-read the row that holds it: the DuplicateError."""
    existing = _by_file(conn, sha256, values["forsta_sida"])
    if existing is not None:
        return DuplicateError(existing, "samma fil")
    found = conn.execute(sa.select(remisser.c.id).where(remisser.c.identitet == values["identitet"])).scalar()
    return DuplicateError(int(found or 0), f"samma diarienummer {values['avsandare_dnr']}")


def _refuse_duplicate(conn: Connection, sha256: str, values: dict[str, Any]) -> None:
    """Given the new remiss's hash and columns, raise DuplicateError when it is already registered."""
    existing = _by_file(conn, sha256, values["forsta_sida"])
    if existing is not None:
        raise DuplicateError(existing, "samma fil")
    dnr = values["avsandare_dnr"]
    if not dnr:
        return
    rows = conn.execute(sa.select(remisser.c.id, remisser.c.avsandare)
                        .where(remisser.c.avsandare_dnr == dnr).order_by(remisser.c.id)).all()
    sender = " ".join((values["avsandare"] or "").split()).casefold()
    for row in rows:
        if not sender or not row.avsandare or " ".join(row.avsandare.split()).casefold() == sender:
            raise DuplicateError(row.id, f"samma diarienummer {dnr}")


def _similar_titles(conn: Connection, values: dict[str, Any]) -> list[str]:
    """Given the new remiss's columns, return warnings for similar titles from the same sender."""
    if not values["avsandare"] or not values["titel"]:
        return []
    from rapidfuzz import fuzz, utils

    query = (sa.select(remisser.c.id, remisser.c.titel)
             .where(remisser.c.avsandare == values["avsandare"], remisser.c.titel.is_not(None))
             .order_by(remisser.c.id.desc()).limit(SIMILAR_SCAN))
    return [f"liknande titel som #{row.id} från {values['avsandare']}: \"{row.titel}\""
            for row in conn.execute(query)
            if fuzz.token_sort_ratio(values["titel"], row.titel, processor=utils.default_process)
            >= SIMILAR_TITLE]


_PATH_LOSEN = re.compile(r":[^/@\s]*@")


def refuse_new_file(url: str) -> None:
    """Given a SQLite URL whose file does not exist, raise RegisterError naming the file and what to do."""
    if not url.startswith("sqlite:///") or "mode=memory" in url:
        return
    path = Path(url[len("sqlite:///"):].split("?", 1)[0])
    if path.name and not path.exists():
        shown = _PATH_LOSEN.sub(":***@", str(path.resolve()))  # 'anv:lösen@server/remiss' without a scheme
        raise RegisterError(f"det finns inget register i {shown}. Gå till mappen där registret "
                            "ligger, ange det med --databas FIL (eller REMISS_DATABAS), eller skapa ett nytt "
                            "med remiss registrera.")


def open_register(url: str | None = None, *, skapa: bool = True) -> Register:
    """Given a URL (or None: REMISS_DATABAS, remiss.toml, ./remiss.db), return the migrated Register.

    With skapa=False a SQLite file that does not exist is not created: RegisterError says where we looked.
    """
    resolved = db.resolve_url(url)
    if not skapa:
        refuse_new_file(resolved)
    engine = db.create_engine(resolved)
    try:
        db.migrate(engine)
    except RegisterError:
        engine.dispose()
        raise
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        if db.is_damaged(exc):
            raise db.damaged_error(exc) from exc
        raise db.connect_error(resolved, exc) from exc
    return Register(engine, resolved)
