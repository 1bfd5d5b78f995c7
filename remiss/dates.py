"""Swedish dates: find and parse the forms remisser use, as pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MANADER = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
MANAD_NAMN = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTHS = "|".join(sorted(MANADER, key=len, reverse=True))
# the months as an alternation in MANADER's order (the names, then the short forms), and a time after a date
# ('15 maj 2013, kl. 10:30'): a news list's date lines (kontroll.struktur) and the cheap test before them
# (split._kan_ha_daterade_inlagg) read the same
MANADER_MONSTER = "|".join(MANADER)
KLOCKSLAG = r"(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?"

# One pattern for every date form; named groups tell which matched.
DATE_PATTERN = (
    r"(?P<iso>(?P<iy>(?:19|20)\d{2})\s?-\s?(?P<im>[01]?\d)\s?-\s?(?P<id>[0-3]?\d))(?!\d)"
    rf"|(?P<sv>(?<!\d)(?P<sd>[0-3]?\d)(?:\s*:e|\s*:a|e(?=\s))?\.?(?:\s+|(?<=\d)(?=[a-zA-Z]))(?P<sm>{_MONTHS})\.?(?:\s*,?\s*(?P<sy>(?:19|20)\d{{2}})(?!\d))?)(?![a-zåäö])"
    r"|(?P<num>(?<!\d)(?P<nd>[0-3]?\d)\s?[/.]\s?(?P<nm>[01]?\d)"  # not '23. 2' inside 'mars 2023. 2. En'
    r"(?:\s?[./ ]\s?(?P<ny>(?:19|20)?\d{2}))?)(?![\d/])"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def date_matches(text: str) -> list[re.Match[str]]:
    """Return DATE_RE's matches in text, the same as its finditer, tried only where a digit stands.

    Every form begins with a digit and no match is empty, so trying each digit from the end of the
    last match finds what finditer finds; the pattern alone (no prefix for `re` to skip to) is tried
    at every character, about four times slower on a page of prose.
    """
    from remiss.fastsearch import matches_at

    return list(matches_at(DATE_RE, text, (digit.start() for digit in _DIGIT.finditer(text))))


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: its value, where it starts and ends, and whether the year was given."""

    value: date
    start: int
    end: int
    year_given: bool = True


def parse_match(match: re.Match[str], *, default_year: int | None = None) -> FoundDate | None:
    """Given a DATE_RE match, return the FoundDate, or None when it is no valid date."""
    groups = match.groupdict()
    year_given = True
    try:
        if groups["iso"]:
            value = date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        else:
            swedish = bool(groups["sv"])  # '3 mars 2024', else '3/3 2024', '3.3.24'
            year = _year(groups["sy" if swedish else "ny"], default_year)
            if year is None:
                return None
            month = MANADER[groups["sm"].lower()] if swedish else int(groups["nm"])
            value = date(year[0], month, int(groups["sd" if swedish else "nd"]))
            year_given = year[1]
    except (ValueError, KeyError):
        return None
    return FoundDate(value=value, start=match.start(), end=match.end(), year_given=year_given)


def _year(text: str | None, default_year: int | None) -> tuple[int, bool] | None:
    """Given a date's year as written (two digits are 20xx) or None, and the year to assume without one,
    return the year and whether the text gave it; None when neither gives a year."""
    if text is None:
        return None if default_year is None else (default_year, False)
    return int(text) + (2000 if len(text) == 2 else 0), True


def find_dates(text: str, *, default_year: int | None = None) -> list[FoundDate]:
    """Given text, return every valid date in it in order."""
    found = []
    for match in date_matches(text):
        parsed = parse_match(match, default_year=default_year)
        if parsed:
            found.append(parsed)
    return found


def svensk_form(value: date) -> str:
    """Given a date, return it the Swedish way: '11 december 2022'."""
    return f"{value.day} {MANAD_NAMN[value.month - 1]} {value.year}"
