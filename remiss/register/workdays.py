"""Swedish working days: weekends, public holidays and de facto days off (midsommar-, jul-, nyårsafton)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=64)
def holidays_of(year: int) -> frozenset[date]:
    """Given a year, return the Swedish days off that are not weekends-only, from the `holidays` package."""
    import holidays

    calendar = holidays.country_holidays("SE", categories=("public", "de_facto"), language="sv", years=year)
    return frozenset(day for day in calendar if day.year == year)


def is_workday(day: date) -> bool:
    """Given a date, return True when it is a working day in a Swedish kommun."""
    return day.weekday() < 5 and day not in holidays_of(day.year)


@lru_cache(maxsize=8192)
def workdays_between(start: date, end: date) -> int:
    """Given two dates, return the working days after start up to and including end (negative if earlier)."""
    if end == start:
        return 0
    if end < start:
        return -sum(1 for n in range((start - end).days) if is_workday(end + timedelta(days=n)))
    return sum(1 for n in range(1, (end - start).days + 1) if is_workday(start + timedelta(days=n)))


def add_workdays(start: date, count: int) -> date:
    """Given a date and a number of working days (>= 0), return the date that many working days later."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_workday(day):
            count -= 1
    return day
