"""The joined text of a missiv with provenance, and patterns the field steps share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from remiss.domain import Line

# the longest common first name (modeller/fornamn.txt 'Christoffer'): a longer first part of an address's
# local part ('energiintelligent.dalarna@') names an organisation, not a person
LONGEST_FIRST_NAME = 11
PHONE_RE = re.compile(
    r"(?<![\d-])(?:\+46\s?\(?0?\)?\s?|0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:\s?\d{2,3}){1,3}(?![\d-])"
)
# a decision's date with its body and paragraph in parentheses ('2014-09-23 (Au § 166)', '2015-11-26 (KF §
# 121)', a notice's list of political decisions on the plan): when the plan was decided, not the page's date
DECISION_REFERENCE = re.compile(r"\(\s*[A-ZÅÄÖa-zåäö]{1,6}\s*§\s*\d+\s*\)")
ORG_WORD = re.compile(
    r"(?:departementet|nämnden|styrelsen|förvaltningen|kansliet|länsstyrelsen|kommun(?:en|s)?\b|"
    r"region(?!al)|landsting|myndigheten|verket|verk\b|inspektionen|kommunstyrelsen|förbund|förening(?:en)?\b|"
    r"\bAB\b|\bstad\b|landskapsregering)",  # 'Ålands landskapsregering'
    re.IGNORECASE,
)

# an organisation named for its county ends in the lower-case 'län': 'Funktionsrätt Stockholms län'
COUNTY_END = re.compile(r"^(?P<name>.*\b[A-ZÅÄÖ][\wåäö-]*s)\s+län$")


def county_name_words(text: str) -> list[str]:
    """Return a line's words, a final 'län' after a capitalised genitive counted as capitalised.

    'Funktionsrätt Stockholms län' names an organisation like 'Funktionsrätt Sverige'; a title keeps
    its lower-case words ('Regional biblioteksplan för Västernorrlands län').
    """
    match = COUNTY_END.match(text.strip())
    return text.split() if match is None else [*match.group("name").split(), "Län"]


def capitalised_words(text: str) -> bool:
    """Return True for two to four words that all begin with a capital (a final county 'län' counted):
    the shape of a name ('Funktionsrätt Sverige'); Swedish titles capitalise only their first word."""
    words = county_name_words(text)
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)


@dataclass(frozen=True)
class Found:
    """A field value, the line it came from, and why it was taken (shown by `tolka --forklara`)."""

    value: str
    line: Line
    skal: str = ""


def ends_in_number(text: str) -> bool:
    """Return True when text ends inside a number a line break cut at its dash or slash ('… 00973-').

    Only the last two characters are looked at: this runs on the growing joined text at every line."""
    return len(text) >= 2 and text[-2].isdigit() and text[-1] in "-/"


def _number_goes_on(before: str, text: str) -> bool:
    """Return True when a line ends inside a number that the next line finishes ('00973-' + '2021.')."""
    return text[:1].isdigit() and ends_in_number(before)


@dataclass(frozen=True)
class Text:
    """The lines of a part joined by spaces (none inside a number a line break cut), with each line's start
    offset for provenance."""

    joined: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> Text:
        """Given lines, return them joined, hyphenated line ends rejoined."""
        joined = ""
        starts: list[int] = []
        for line in lines:
            text = line.text.strip().replace(" | ", " ")
            if joined and not _number_goes_on(joined, text):
                joined += " "
            starts.append(len(joined))
            joined += text
        return cls(joined=joined, starts=tuple(starts), lines=tuple(lines))

    def line_at(self, offset: int) -> Line:
        """Given an offset into joined, return the line it falls in."""
        index = 0
        for i, start in enumerate(self.starts):
            if start > offset:
                break
            index = i
        return self.lines[index]

    def by_line(self, *, cells: bool = True) -> LineText:
        """Return the lines joined by line breaks (LineText), a printed mail's ' | ' cells run together unless
        cells is False."""
        return LineText.of(self.lines, cells=cells)


@dataclass(frozen=True)
class LineText:
    """The lines of a part, each stripped, joined by line breaks, so that a pattern sees where a line starts
    (a line opens a sentence: a web paragraph, a heading over it); with the line an offset falls in."""

    joined: str
    lines: tuple[Line, ...]

    @classmethod
    def of(cls, lines: Sequence[Line], *, cells: bool = True) -> LineText:
        """Given lines, return them joined by line breaks; a printed mail's ' | ' between cells becomes a
        space unless cells is False."""
        texts = (line.text.strip() for line in lines)
        joined = "\n".join(text.replace(" | ", " ") for text in texts) if cells else "\n".join(texts)
        return cls(joined=joined, lines=tuple(lines))

    def index_at(self, offset: int) -> int:
        """Given an offset into joined, return the index of the line it falls in."""
        return self.joined.count("\n", 0, offset)

    def line_at(self, offset: int) -> Line:
        """Given an offset into joined, return the line it falls in."""
        return self.lines[self.index_at(offset)]
