"""The deadline list: which remisser are due, which are late, and the meeting each must be decided at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from remiss.config import Config
from remiss.errors import RegisterError
from remiss.register.db import remisser
from remiss.register.service import OPEN_STATUSES, STATUSES, Register
from remiss.register.workdays import workdays_between

ORDFORANDEBESLUT = "ordförandebeslut eller begär förlängd svarstid"
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
    if not sammantradesdagar:
        return Beslutsvag(None, None, "")
    if not _covered(svarsdatum, sammantradesdagar):
        return Beslutsvag(None, None, f"sammanträdesdagar för {svarsdatum.year} saknas i konfigurationen")
    fitting = [day for day in sammantradesdagar if day <= svarsdatum]
    if not fitting:
        return Beslutsvag(None, None, ORDFORANDEBESLUT)
    meeting = fitting[-1]
    ready = meeting - timedelta(days=beredningstid)
    if ready < idag:
        return Beslutsvag(None, None, ORDFORANDEBESLUT)
    return Beslutsvag(meeting, ready, f"sammanträde {meeting.isoformat()}, klar senast {ready.isoformat()}")


def _covered(svarsdatum: date, sammantradesdagar: tuple[date, ...]) -> bool:
    """Given a svarsdatum, return True when the config has meetings in its year (or the December before)."""
    return any(day.year == svarsdatum.year or (day.year == svarsdatum.year - 1 and day.month == 12)
               for day in sammantradesdagar)


def _query(filter: Filter, idag: date) -> sa.Select[Any]:
    """Given a filter and today, return the SELECT that does the date and status filtering in SQL."""
    c = remisser.c
    query = sa.select(c.id, c.eget_dnr, c.avsandare, c.avsandare_dnr, c.titel, c.svarsdatum, c.status,
                      c.handlaggare)
    statuses = filter.status or OPEN_STATUSES
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise RegisterError(f"okänd status '{unknown[0]}'. Tillåtna: {', '.join(STATUSES)}.")
    query = query.where(c.status.in_(statuses))
    if filter.forsenade:
        query = query.where(c.svarsdatum < idag)
    if filter.inom is not None:
        query = query.where(c.svarsdatum <= idag + timedelta(days=filter.inom))
    return query.order_by(c.svarsdatum.is_(None), c.svarsdatum, c.id)


def _matches(row: Any, filter: Filter) -> bool:
    """Given a row and the filter, return True when handläggare and sender match (case-insensitive)."""
    if filter.handlaggare and (row.handlaggare or "").casefold() != filter.handlaggare.casefold():
        return False
    if filter.avsandare and filter.avsandare.casefold() not in (row.avsandare or "").casefold():
        return False
    return True


def lista(reg: Register, config: Config, *, idag: date, filter: Filter = Filter()) -> list[Rad]:
    """Given a register, the config, today and a filter, return the deadline list sorted by svarsdatum."""
    query = _query(filter, idag)
    rows = reg._read(lambda conn: conn.execute(query).all())
    result = [_rad(row, config, idag) for row in rows if _matches(row, filter)]
    return sorted(result, key=lambda r: (r.svarsdatum is None, r.svarsdatum or idag,
                                         svensk_nyckel(r.avsandare), r.id))


def _rad(row: Any, config: Config, idag: date) -> Rad:
    """Given a row of the query, return its Rad with working days left and decision path."""
    svarsdatum = row.svarsdatum
    if isinstance(svarsdatum, str):  # pragma: no cover - drivers that return text
        svarsdatum = date.fromisoformat(svarsdatum)
    path = beslutsvag(svarsdatum, row.status, idag=idag, sammantradesdagar=config.sammantradesdagar,
                      beredningstid=config.beredningstid)
    return Rad(id=row.id, eget_dnr=row.eget_dnr, avsandare=row.avsandare, avsandare_dnr=row.avsandare_dnr,
               titel=row.titel, svarsdatum=svarsdatum,
               arbetsdagar_kvar=workdays_between(idag, svarsdatum) if svarsdatum else None,
               status=row.status, handlaggare=row.handlaggare, sammantrade=path.sammantrade,
               beredning=path.beredning, beslutsvag=path.text,
               forsenad=svarsdatum is not None and svarsdatum < idag and row.status in OPEN_STATUSES)
