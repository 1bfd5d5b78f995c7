"""The deadline list: which remisser are due, which are late, and the meeting each must be decided at."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from remiss.config import Config
from remiss.errors import RegisterError
from remiss.limits import rimligt_datum
from remiss.register.status import OPEN_STATUSES, SCHEMA_VERSION, STATUSES
from remiss.register.workdays import workdays_between

ORDFORANDEBESLUT = "ordförandebeslut eller begär förlängd svarstid"
UTGAENDE = "utgaende"  # remisser.riktning of a remiss we sent out (remiss.register.remissvar)
ORIMLIGT = "orimligt svarsdatum: rätta det med remiss uppdatera --svarsdatum"
BRADSKANDE_ARBETSDAGAR = 5
_SWEDISH = str.maketrans("åäöæøüéè", "{|}|}yee")  # { | } sort right after z in code point order


def svensk_nyckel(text: str | None) -> str:
    """Given a name, return a sort key putting Å, Ä, Ö after Z in that order (case-insensitive)."""
    return (text or "").casefold().translate(_SWEDISH)


@dataclass(frozen=True)
class Filter:
    """What to list: days ahead, only late ones, statuses, handläggare and sender (substring)."""

    inom: int | None = None
    forsenade: bool = False
    status: tuple[str, ...] = ()
    handlaggare: str | None = None
    avsandare: str | None = None


@dataclass(frozen=True)
class Beslutsvag:
    """The meeting that must decide a yttrande and the day its tjänsteskrivelse must be ready."""

    sammantrade: date | None
    beredning: date | None
    text: str


@dataclass(frozen=True)
class Rad:
    """One line of the deadline list."""

    id: int
    eget_dnr: str | None
    avsandare: str | None
    avsandare_dnr: str | None
    titel: str | None
    svarsdatum: date | None
    arbetsdagar_kvar: int | None
    status: str
    handlaggare: str | None
    sammantrade: date | None
    beredning: date | None
    beslutsvag: str
    forsenad: bool = False

    @property
    def bradskande(self) -> bool:
        """Return True when not late and at most BRADSKANDE_ARBETSDAGAR working days are left."""
        return (not self.forsenad and self.arbetsdagar_kvar is not None
                and self.arbetsdagar_kvar <= BRADSKANDE_ARBETSDAGAR)

    def to_dict(self) -> dict[str, Any]:
        """Return the row as JSON-ready data with ISO dates."""
        return {
            "id": self.id, "eget_dnr": self.eget_dnr, "avsandare": self.avsandare,
            "avsandare_dnr": self.avsandare_dnr, "titel": self.titel,
            "svarsdatum": _iso(self.svarsdatum), "arbetsdagar_kvar": self.arbetsdagar_kvar,
            "status": self.status, "handlaggare": self.handlaggare, "sammantrade": _iso(self.sammantrade),
            "beredning": _iso(self.beredning), "beslutsvag": self.beslutsvag, "forsenad": self.forsenad,
        }


def _iso(day: date | None) -> str | None:
    """Given a date or None, return its ISO form or None."""
    return day.isoformat() if day else None


def beslutsvag(svarsdatum: date | None, status: str, *, idag: date, sammantradesdagar: tuple[date, ...],
               beredningstid: int) -> Beslutsvag:
    """Given a svarsdatum and the meetings, return the last meeting on or before it and its beredning date."""
    if status not in ("inkommen", "tilldelad", "under_beredning"):
        return Beslutsvag(None, None, "")
    if svarsdatum is None:
        return Beslutsvag(None, None, "svarsdatum saknas")
    if not rimligt_datum(svarsdatum):
        return Beslutsvag(None, None, ORIMLIGT)
    if not sammantradesdagar:
        return Beslutsvag(None, None, "")
    if svarsdatum < idag:
        return Beslutsvag(None, None, ORDFORANDEBESLUT)
    if not _covered(svarsdatum, sammantradesdagar):
        return Beslutsvag(None, None, f"sammanträdesdagar för {svarsdatum.year} saknas i konfigurationen")
    position = bisect_right(sammantradesdagar, svarsdatum)
    if position == 0:
        return Beslutsvag(None, None, ORDFORANDEBESLUT)
    meeting = sammantradesdagar[position - 1]
    ready = meeting - timedelta(days=beredningstid)
    if ready < idag:
        return Beslutsvag(None, None, ORDFORANDEBESLUT)
    return Beslutsvag(meeting, ready, f"sammanträde {meeting.isoformat()}, klar senast {ready.isoformat()}")


@lru_cache(maxsize=16)
def _years(sammantradesdagar: tuple[date, ...]) -> frozenset[int]:
    """Given the meetings, return the years they cover (a December meeting also covers the next year)."""
    december = {d.year + 1 for d in sammantradesdagar if d.month == 12}
    return frozenset({d.year for d in sammantradesdagar} | december)


def _covered(svarsdatum: date, sammantradesdagar: tuple[date, ...]) -> bool:
    """Given a svarsdatum, return True when the config has meetings in its year (or the December before)."""
    return svarsdatum.year in _years(sammantradesdagar)


@dataclass(frozen=True)
class Urval:
    """What the SQL selects: the statuses and the latest svarsdatum (inclusive), from a Filter and today."""

    statuses: tuple[str, ...]
    till: date | None


def urval(filter: Filter, idag: date) -> Urval:
    """Given a filter and today, return the statuses and date bound that the database filters on."""
    statuses = filter.status or OPEN_STATUSES
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise RegisterError(f"okänd status '{unknown[0]}'. Tillåtna: {', '.join(STATUSES)}.")
    bounds = []
    if filter.forsenade:
        bounds.append(idag - timedelta(days=1))
    if filter.inom is not None:
        bounds.append(idag + timedelta(days=filter.inom))
    return Urval(tuple(statuses), min(bounds) if bounds else None)


LIST_COLUMNS = ("id", "eget_dnr", "avsandare", "avsandare_dnr", "titel", "svarsdatum", "status",
                "handlaggare")


def _query(selection: Urval) -> Any:
    """Given the selection, return the SQLAlchemy SELECT of the list columns."""
    import sqlalchemy as sa

    from remiss.register.db import remisser

    query = (sa.select(*(remisser.c[name] for name in LIST_COLUMNS))
             .where(remisser.c.status.in_(selection.statuses))
             .where(sa.literal_column("riktning") != UTGAENDE))  # remisser we sent: lista --utgaende
    if selection.till is not None:  # a remiss without svarsdatum is always shown: it is the one most at risk
        query = query.where(sa.or_(remisser.c.svarsdatum <= selection.till, remisser.c.svarsdatum.is_(None)))
    return query


def _sql(selection: Urval) -> tuple[str, list[Any]]:
    """Given the selection, return the same SELECT as plain SQL for sqlite3 and its parameters."""
    sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM remisser "
           f"WHERE status IN ({', '.join('?' for _ in selection.statuses)}) AND riktning <> ?")
    params: list[Any] = [*selection.statuses, UTGAENDE]
    if selection.till is not None:
        sql += " AND (svarsdatum <= ? OR svarsdatum IS NULL)"
        params.append(selection.till.isoformat())
    return sql, params


def _matches(row: Any, filter: Filter) -> bool:
    """Given a row and the filter, return True when handläggare and sender match (case-insensitive)."""
    if filter.handlaggare and (row.handlaggare or "").casefold() != filter.handlaggare.casefold():
        return False
    if filter.avsandare and filter.avsandare.casefold() not in (row.avsandare or "").casefold():
        return False
    return True


def lista(reg: Any, config: Config, *, idag: date, filter: Filter = Filter()) -> list[Rad]:
    """Given a Register, the config, today and a filter, return the deadline list sorted by svarsdatum."""
    query = _query(urval(filter, idag))
    rows = reg._read(lambda conn: conn.execute(query).all())
    return _rader(rows, config, idag, filter)


def lista_sqlite(path: str | Path, config: Config, *, idag: date,
                 filter: Filter = Filter()) -> list[Rad] | None:
    """Given a SQLite register file, return lista's rows read with sqlite3 alone; None when not up to date.

    The command line uses this to answer without importing SQLAlchemy; it runs the same SELECT as lista().
    """
    import sqlite3

    sql, params = _sql(urval(filter, idag))
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            return None
        conn.row_factory = _row_factory
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _rader(rows, config, idag, filter)


def _row_factory(cursor: Any, values: tuple[Any, ...]) -> Any:
    """Given a sqlite3 cursor and a row, return it as a named tuple of the list columns."""
    return _Row(*values)


class _Row(NamedTuple):
    id: int
    eget_dnr: str | None
    avsandare: str | None
    avsandare_dnr: str | None
    titel: str | None
    svarsdatum: Any
    status: str
    handlaggare: str | None


def _rader(rows: Any, config: Config, idag: date, filter: Filter) -> list[Rad]:
    """Given database rows, return the matching list rows: those without svarsdatum first, then by date."""
    paths: dict[tuple[Any, str], Beslutsvag] = {}
    result = [_rad(row, config, idag, paths) for row in rows if _matches(row, filter)]
    return sorted(result, key=lambda r: (r.svarsdatum is not None, r.svarsdatum or idag,
                                         svensk_nyckel(r.avsandare), r.id))


def _rad(row: Any, config: Config, idag: date, paths: dict[tuple[Any, str], Beslutsvag]) -> Rad:
    """Given a row of the query, return its Rad with working days left and decision path (cached per date)."""
    svarsdatum = row.svarsdatum
    if isinstance(svarsdatum, str):  # SQLite read without SQLAlchemy
        svarsdatum = _stored_date(svarsdatum)
    key = (svarsdatum, row.status)
    path = paths.get(key)
    if path is None:
        path = paths[key] = beslutsvag(svarsdatum, row.status, idag=idag,
                                       sammantradesdagar=config.sammantradesdagar,
                                       beredningstid=config.beredningstid)
    return Rad(id=row.id, eget_dnr=row.eget_dnr, avsandare=row.avsandare, avsandare_dnr=row.avsandare_dnr,
               titel=row.titel, svarsdatum=svarsdatum,
               arbetsdagar_kvar=_arbetsdagar(idag, svarsdatum),
               status=row.status, handlaggare=row.handlaggare, sammantrade=path.sammantrade,
               beredning=path.beredning, beslutsvag=path.text,
               forsenad=svarsdatum is not None and svarsdatum < idag and row.status in OPEN_STATUSES)


def _stored_date(text: str) -> date | None:
    """Given a date as SQLite stores it, return the date; a damaged value is None (shown as missing)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _arbetsdagar(idag: date, svarsdatum: date | None) -> int | None:
    """Given today and a svarsdatum, return the working days left; None when a date is missing or absurd."""
    if svarsdatum is None or not (rimligt_datum(svarsdatum) and rimligt_datum(idag)):
        return None
    return workdays_between(idag, svarsdatum)
