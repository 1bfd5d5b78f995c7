"""A numbered remissinstans list read by its layout: columns by position, order by number.

Regeringskansliet sets lists of 50–150 instanser in one or two numbered columns over several
pages; a long name wraps onto a line of its own in the same column. With each line's left
edge and cell edges from the reading, an item is a cell starting with a number, a wrapped
line continues the last item of the column it stands in, and the numbers give the reading
order whatever the columns. The list ends at the first line that fits no column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from remiss.domain import Line

NUMBERED = re.compile(r"^(?P<num>\d{1,3})\s*[.)]?\s+(?P<rest>[^\d\s].*)$")
COLUMN_TOLERANCE = 14.0  # points a wrapped line may stand right of its column's edge (a hanging indent)
LEFT_TOLERANCE = 6.0  # points it may stand left of it: the body text's margin further left is no column
MAX_NUMBER = 400
BULLET = re.compile(r"^[-•–*·▪●○■\uf0b7]\s")
SENTENCE = re.compile(r"\b(?:skickas|lämnas|ska|skall|senast|ange|bör|kommit\s+in)\b", re.IGNORECASE)


@dataclass
class _Post:
    number: int
    column: float
    text: str


def parse_numbered(lines: Sequence[Line]) -> list[str]:
    """Given the lines after a list heading, return the names of a numbered list read by layout."""
    return numbered_list(lines)[0]


def numbered_list(lines: Sequence[Line]) -> tuple[list[str], bool]:
    """Given the lines after a list heading, return the names of a numbered list read by layout, and
    whether its numbers run whole from 1 (1, 2, … N, none missing, none twice): then the numbers say how
    many names there are, and a reading that finds more has cut a wrapped name in two."""
    posts: list[_Post] = []
    columns: list[float] = []
    sizes: set[float] = set()
    for index, line in enumerate(lines):
        cells = _cells(line)
        if line.x0 is None and not NUMBERED.match(line.text.strip()):
            break  # a paragraph (DOCX) is never a wrapped line: an unnumbered one ends the list
        if _take_row(cells, posts, columns):
            sizes.add(line.size)
            continue
        if not posts:
            return [], False
        if not _numbering_goes_on(lines[index + 1 : index + 3], columns):
            break
        if sizes and all(abs(line.size - size) > 0.4 for size in sizes):
            continue  # a running header or footer between two pages of the list
        if len(cells) != 1 or not _continues(cells[0][1]):
            break
        posts[-1].text = _join(posts[-1].text, cells[0][1])  # a wrapped rest set outside its column
    if len(posts) < 2:
        return [], False
    ordered = sorted(posts, key=lambda p: p.number)
    whole = [p.number for p in ordered] == list(range(1, len(ordered) + 1))
    return [post.text for post in ordered], whole


def _cells(line: Line) -> list[tuple[float, str]]:
    """Given a line, return its cells with their left edges (a paragraph without layout stands at 0)."""
    texts = [t.strip() for t in line.text.split(" | ")]
    x0 = line.x0 if line.x0 is not None else 0.0
    edges = list(line.cells_x) if len(line.cells_x) == len(texts) else [x0] * len(texts)
    return [(x, t) for x, t in zip(edges, texts, strict=True) if t]


def _take_row(cells: list[tuple[float, str]], posts: list[_Post], columns: list[float]) -> bool:
    """Given a row's cells, add its items or continuations to posts; return False when it ends the list."""
    for x, text in cells:
        item = NUMBERED.match(text)
        if item and 0 < int(item.group("num")) <= MAX_NUMBER and not SENTENCE.search(text):
            column = _column(x, columns)
            if column is None:
                columns.append(x)
                column = x
            posts.append(_Post(number=int(item.group("num")), column=column, text=item.group("rest").strip()))
            continue
        column = _column(x, columns)
        last = next((p for p in reversed(posts) if p.column == column), None)
        if column is None or last is None or not _continues(text):
            return False
        last.text = _join(last.text, text)
    return True


def _numbering_goes_on(lines: Sequence[Line], columns: list[float]) -> bool:
    """Return True when one of the lines starts with a numbered item in one of the list's columns."""
    for line in lines:
        cells = _cells(line)
        if cells and NUMBERED.match(cells[0][1]) and _column(cells[0][0], columns) is not None:
            return True
    return False


def _column(x: float, columns: list[float]) -> float | None:
    """Given a left edge, return the column edge it belongs to, or None."""
    for column in columns:
        if -LEFT_TOLERANCE <= x - column <= COLUMN_TOLERANCE:
            return column
    return None


def _continues(text: str) -> bool:
    """Return True for a line that can be the wrapped rest of a name (short, no sentence)."""
    if BULLET.match(text):
        return False  # '* Naturvårdsverkets redovisning …': a bulleted list after the numbered one
    return len(text) <= 80 and not SENTENCE.search(text) and not text.endswith(".")


def _join(first: str, rest: str) -> str:
    """Given a name cut at a line end and its rest, return the whole name."""
    if re.search(r"[a-zåäö]-$", first) and rest[:1].islower() and not re.match(r"(?:och|eller|samt)\b", rest):
        return first[:-1] + rest
    return f"{first} {rest}"
