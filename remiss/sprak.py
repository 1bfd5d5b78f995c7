"""Small helpers for Swedish output: singular/plural and times in local (Swedish) time."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

TIDSZON = "Europe/Stockholm"


def antal(count: int, singular: str, plural: str) -> str:
    """Given a count and the two forms, return e.g. "1 fil" or "2 filer"."""
    return f"{count} {singular if count == 1 else plural}"


@lru_cache(maxsize=1)
def _zone() -> Any:
    """Return the Swedish time zone (None when the system has no time zone data)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(TIDSZON)
    except (ZoneInfoNotFoundError, ValueError):  # pragma: no cover - Windows without tzdata
        return None


def lokal_tid(stamp: str | None) -> str:
    """Given an ISO 8601 time with offset, return it in Swedish local time as "ÅÅÅÅ-MM-DD TT:MM"."""
    if not stamp:
        return "–"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    zone = _zone()
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M")
