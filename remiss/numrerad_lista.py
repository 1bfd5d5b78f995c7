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
    sub: bool = False  # a bulleted sub-item under a numbered one ('46. Swedish Association …' / '- Swetic …')
    rest: bool = False  # a name's rest at the top of a column, its start at the foot of the column before
    wrapped: int = -1  # the index of the line that last added a wrapped rest to it


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
    page = 0  # the page of the last row taken
    for index, line in enumerate(lines):
        cells = _cells(line)
        if line.x0 is None and _item(line.text.strip(), posts) is None:
            break  # a paragraph (DOCX) is never a wrapped line: an unnumbered one ends the list
        if _take_row(cells, posts, columns, at=index):
            sizes.add(line.size)
            page = line.page
            continue
        if not posts:
            return [], False
        if not _numbering_goes_on(lines[index + 1 : index + 3], columns, after=max(p.number for p in posts)):
            break
        if sizes and all(abs(line.size - size) > 0.4 for size in sizes):
            continue  # a running header or footer between two pages of the list
        if len(cells) != 1 or not _continues(cells[0][1]):
            break
        if line.page != page:
            continue  # a running head over the next page of the list ('Näringsdepartementet')
        target = _wrapping(posts, index)
        target.text = _join(target.text, cells[0][1])  # a wrapped rest set outside its column
        target.wrapped = index
    posts = _without_trailing_bullets(_with_column_rests(posts))
    if len(posts) < 2:
        return [], False
    ordered = sorted(posts, key=lambda p: p.number)  # stable: a sub-item stays after its item
    numbers = [p.number for p in ordered if not p.sub]
    whole = numbers == list(range(1, len(numbers) + 1))
    return [post.text for post in ordered], whole


def _without_trailing_bullets(posts: list[_Post]) -> list[_Post]:
    """Given the posts read, return them without bullets that no numbered item follows in their column:
    another list after the numbered one (the documents sent), not sub-items of its last item."""
    last = {post.column: k for k, post in enumerate(posts) if not post.sub}
    return [post for k, post in enumerate(posts) if not post.sub or k < last.get(post.column, -1)]


def _cells(line: Line) -> list[tuple[float, str]]:
    """Given a line, return its cells with their left edges (a paragraph without layout stands at 0)."""
    texts = [t.strip() for t in line.text.split(" | ")]
    x0 = line.x0 if line.x0 is not None else 0.0
    edges = list(line.cells_x) if len(line.cells_x) == len(texts) else [x0] * len(texts)
    return [(x, t) for x, t in zip(edges, texts, strict=True) if t]


def _wrapping(posts: list[_Post], index: int) -> _Post:
    """Given the posts read and the index of a wrapped rest set outside every column, return the post it
    continues: the last one read, unless another name wrapped on one of the two lines above and the last one
    read has not wrapped and does not end open. '12 Datainspektionen | social' over 'utvärdering' at the
    text's margin: the rest of '22 Statens beredning för medicinsk och social', the name that wraps on the
    line above, not of the one that started whole there (lista40, the A5 booklet of missiv/rk-u2017-
    personuppgiftsbehandling-for-forskningsandamal)."""
    wrapped = max(posts, key=lambda post: post.wrapped)
    last = posts[-1]
    if wrapped is not last and wrapped.wrapped >= index - 2 and last.wrapped < 0 \
            and not re.search(r"(?:\s(?:och|för|i)|[-,])$", last.text):
        return wrapped
    return posts[-1]


def _take_row(cells: list[tuple[float, str]], posts: list[_Post], columns: list[float], *,
              at: int = -1) -> bool:
    """Given a row's cells, add its items or continuations to posts; return False when it ends the list."""
    for x, text in cells:
        item = _item(text, posts)
        if item and 0 < item[0] <= MAX_NUMBER and not _sentence(item[1]):
            column = _column(x, columns)
            if column is None:
                columns.append(x)
                column = x
            posts.extend(_Post(number=number, column=column, text=name) for number, name in _run_on(*item))
            continue
        column = _column(x, columns)
        last = next((p for p in reversed(posts) if p.column == column), None)
        if column is not None and last is not None and BULLET.match(text):
            posts.append(_Post(number=last.number, column=column, text=text[1:].strip(), sub=True))
            continue  # a sub-item of the item above it; kept when the numbering goes on after it
        if last is None and posts and _opens_column(x, text, columns):
            if column is None:
                columns.append(x)
            posts.append(_Post(number=0, column=column or x, text=text, rest=True))
            continue
        if column is None or last is None or not _continues(text, long=_open_parenthesis(last.text),
                                                             sub=last.sub):
            return False
        last.text = _join(last.text, text)
        last.wrapped = at
    return True


# (lista40) a number broken by a space where the next one was due: '3 7 Transportarbetareförbundet' after '36
# Sveriges Åkeriföretag' (a regeringen.se remiss page as text, g0vse remiss-av-forordning-om-eko-bonussystem)
SPLIT_NUMBER = re.compile(r"^(?P<a>\d)\s(?P<b>\d{1,2})\s+(?P<rest>[^\d\s].*)$")


def _item(text: str, posts: list[_Post]) -> tuple[int, str] | None:
    """Given a cell's text and the posts read, return its item's number and text, or None."""
    item = NUMBERED.match(text)
    if item:
        return int(item.group("num")), item.group("rest").strip()
    split = SPLIT_NUMBER.match(text)
    due = max((post.number for post in posts), default=0) + 1
    if split and posts and int(split.group("a") + split.group("b")) == due:
        return due, split.group("rest").strip()
    return None


def _run_on(number: int, text: str) -> list[tuple[int, str]]:
    """Given an item's number and text, return it with the items run into its line split off, each opening
    with the next number and a capital: '48 Askersunds kommun 49 Bergs kommun' is two names (lista40, the
    remiss page as text, missiv/rk-u2017-ett-oppnare-och)."""
    items = [(number, text)]
    while nxt := re.search(rf"\s{items[-1][0] + 1}\.?\s+(?=[A-ZÅÄÖ])", items[-1][1]):
        last, rest = items[-1][1][: nxt.start()].strip(), items[-1][1][nxt.end():].strip()
        if not last or not rest:
            break
        items[-1:] = [(items[-1][0], last), (items[-1][0] + 1, rest)]
    return items


def _open_parenthesis(text: str) -> bool:
    """Return True for a name whose parenthesis the line end left open."""
    return text.count("(") > text.count(")")


def _opens_column(x: float, text: str, columns: list[float]) -> bool:
    """Return True for a name's rest that opens a column right of the others: the column broke the name
    ('24. Sveriges lantbruksuniversitet (Fakulteten …' at the first column's foot, '… jordbruksvetenskap,'
    at the top of the second)."""
    return bool(columns) and x > max(columns) + COLUMN_TOLERANCE and (text[:1].islower() or text[:1] == "(") \
        and "@" not in text and _continues(text)  # 'aln.diarium@boras.se': the names' address column


def _with_column_rests(posts: list[_Post]) -> list[_Post]:
    """Given the posts read, return them with each rest at a column's top joined to the last name of the
    column to its left."""
    out = [post for post in posts if not post.rest]
    for rest in (post for post in posts if post.rest):
        left = [post for post in out if post.column < rest.column]
        if left:
            column = max(post.column for post in left)
            last = [post for post in left if post.column == column][-1]
            last.text = _join(last.text, rest.text)
    return out


def _numbering_goes_on(lines: Sequence[Line], columns: list[float], *, after: int | None = None) -> bool:
    """Return True when one of the lines starts with a numbered item in one of the list's columns, or with the
    number after the last one read (`after`) wherever it stands: the list set on at another indent after a
    rest at the text's margin ('… areella' / 'näringar och' / 'samhällsbyggande' / '97 Statens
    energimyndighet' a few points left of the columns above, lista40)."""
    for line in lines:
        cells = _cells(line)
        item = NUMBERED.match(cells[0][1]) if cells else None
        if item and (_column(cells[0][0], columns) is not None or after is not None
                     and int(item.group("num")) == after + 1):
            return True
    return False


def _column(x: float, columns: list[float]) -> float | None:
    """Given a left edge, return the column edge it belongs to, or None."""
    for column in columns:
        if -LEFT_TOLERANCE <= x - column <= COLUMN_TOLERANCE:
            return column
    return None


def _sentence(text: str) -> bool:
    """Return True for a numbered line that is a sentence, no name: a verb among more than five words
    ('1. Remissvaren ska ha kommit in …'; 'Hela Sverige ska leva' is a name)."""
    return SENTENCE.search(text) is not None and len(text.split()) > 5


def _continues(text: str, *, long: bool = False, sub: bool = False) -> bool:
    """Return True for a line that can be the wrapped rest of a name (short, no sentence); `long` inside a
    name's parenthesis (a university's faculties over a whole line); `sub` under a bullet, whose item may
    end with a full stop ('* En utvärdering av svensk kronhjortsförvaltning' / '(rapport 6673).': the
    documents sent, set in the second column beside the first column's names)."""
    if BULLET.match(text):
        return False  # '* Naturvårdsverkets redovisning …': a bulleted list after the numbered one
    ends = sub or not text.endswith(".")
    return len(text) <= (120 if long else 80) and not SENTENCE.search(text) and ends


def _join(first: str, rest: str) -> str:
    """Given a name cut at a line end and its rest, return the whole name."""
    if re.search(r"[a-zåäö]-$", first) and rest[:1].islower() and not re.match(r"(?:och|eller|samt)\b", rest):
        return first[:-1] + rest
    return f"{first} {rest}"
