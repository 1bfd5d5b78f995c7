"""Swedish working days: weekends, public holidays and de facto days off (midsommar-, jul-, nyårsafton)."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

CACHE_ENV = "REMISS_CACHE"


def cache_file() -> Path:
    """Return the file where the holidays of each year are kept between runs."""
    base = os.environ.get(CACHE_ENV) or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "remiss" / "helgdagar-SE.json"


def _package_key() -> str:
    """Return a key naming the installed `holidays` package, so a new version refreshes the cache."""
    spec = importlib.util.find_spec("holidays")
    origin = spec.origin if spec and spec.origin else ""
    try:
        return f"{origin}:{os.stat(origin).st_mtime_ns}" if origin else ""
    except OSError:
        return origin


def _from_package(year: int) -> frozenset[date]:
    """Given a year, return the Swedish days off (public and de facto) from the `holidays` package."""
    import holidays

    calendar = holidays.country_holidays("SE", categories=("public", "de_facto"), language="sv", years=year)
    return frozenset(day for day in calendar if day.year == year)


def _read_cache(path: Path, key: str) -> dict[str, list[str]]:
    """Given the cache file and the package key, return its years, or {} when missing or stale."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("paket") != key or not isinstance(data.get("ar"), dict):
        return {}
    return data["ar"]


def _write_cache(path: Path, key: str, years: dict[str, list[str]]) -> None:
    """Given the cache file, the package key and the years, write them (skipped when not possible)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"paket": key, "ar": years}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass


@lru_cache(maxsize=64)
def holidays_of(year: int) -> frozenset[date]:
    """Given a year, return the Swedish days off besides weekends (cached on disk: the package is slow)."""
    path, key = cache_file(), _package_key()
    years = _read_cache(path, key)
    if str(year) in years:
        return frozenset(date.fromisoformat(day) for day in years[str(year)])
    days = _from_package(year)
    years[str(year)] = sorted(day.isoformat() for day in days)
    _write_cache(path, key, years)
    return days


def is_workday(day: date) -> bool:
    """Given a date, return True when it is a working day in a Swedish kommun."""
    return day.weekday() < 5 and day not in holidays_of(day.year)


def _weekdays_until(day: date) -> int:
    """Given a date, return the number of Mondays to Fridays from 0001-01-01 (a Monday) up to it."""
    n = day.toordinal()
    return (n // 7) * 5 + min(n % 7, 5)


def _count(after: date, until: date) -> int:
    """Given after <= until, return the working days d with after < d <= until."""
    days_off = sum(1 for year in range(after.year, until.year + 1) for day in holidays_of(year)
                   if after < day <= until and day.weekday() < 5)
    return _weekdays_until(until) - _weekdays_until(after) - days_off


@lru_cache(maxsize=8192)
def workdays_between(start: date, end: date) -> int:
    """Given two dates, return the working days after start up to and including end (negative if earlier)."""
    if end >= start:
        return _count(start, end)
    one = timedelta(days=1)
    return -_count(end - one, start - one)


def subtract_workdays(end: date, count: int) -> date:
    """Given a date and a number of working days (>= 0), return the date that many working days earlier."""
    day = end
    while count > 0:
        day -= timedelta(days=1)
        if is_workday(day):
            count -= 1
    return day


def add_workdays(start: date, count: int) -> date:
    """Given a date and a number of working days (>= 0), return the date that many working days later."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_workday(day):
            count -= 1
    return day
