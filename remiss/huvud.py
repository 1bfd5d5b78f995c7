"""The key-value header of a letter: labels (Datum, Dnr, Er referens, Handläggare …) paired with values.

The labels are data (`modeller/huvud.toml`, each family with examples and counter-examples). A label
and its value are paired by where they stand, as a reader of the letterhead pairs them:

- to the right on the same row: 'Dnr: KS 2024/123', 'Diarienummer 451-9410-2019 Er referens …';
- in the next cell of the row: 'Ärendenr: | NV-05012-14', 'Handläggare | Björn Rosborg';
- below: the cell of the next row that starts where the label's cell starts ('Datum | Diarienummer'
  over '2024-03-01 | KS 2024/123'), or the next row under a row of labels alone, the values taken in
  the labels' order. Without boxes (DOCX) cells are aligned by their order.

A value must be what its family holds (a date, a diarienummer, text), so a label in running text
('Sista datum för svar …') gives nothing. Pure functions over our own Lines, testable without a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from remiss.domain import Line
from remiss.modelldata import fras, modell_toml

Satt = Literal["samma rad", "nästa cell", "under"]
SATT_TEXT = {
    "samma rad": "till höger om etiketten på samma rad",
    "nästa cell": "i cellen efter etiketten",
    "under": "i raden under etiketten",
}
X_TOLERANS = 15.0  # points: a value below starts this close to its label's left edge
LANG_CELL = 80  # a cell longer than this is running text: a label there needs a colon
RAD_AVSTAND = 2.2  # a value row below stands at most this many label heights under the label row


@dataclass(frozen=True)
class Familj:
    """A label family: its name, its label words and what its value must be."""

    namn: str
    varde: str  # "datum", "dnr" or "text"
    ord: tuple[str, ...]


@dataclass(frozen=True)
class Huvudfalt:
    """A label and its value: the label as written, its family, the value, its line(s) and how paired."""

    etikett: str
    familj: str
    varde: str
    rader: tuple[Line, ...]  # the label's line, then the value's line when it stands below
    satt: Satt

    @property
    def rad(self) -> Line:
        """Return the line the value stands on."""
        return self.rader[-1]

    def forklaring(self) -> str:
        """Return how label and value were paired, in Swedish (shown by `tolka --forklara`)."""
        return f"etiketten '{self.etikett}' i brevhuvudet, värdet {SATT_TEXT[self.satt]}"


@lru_cache(maxsize=1)
def familjer() -> tuple[Familj, ...]:
    """Return the label families of modeller/huvud.toml."""
    return tuple(Familj(f["namn"], f["varde"], tuple(f["ord"])) for f in modell_toml("huvud.toml")["familj"])


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    """Return the pattern of any label word (longest first; a word ending ':' needs its colon)."""
    words = sorted(sorted({w for f in familjer() for w in f.ord}), key=len, reverse=True)  # same each run
    alternatives = "|".join(
        re.escape(w[:-1]) + r"(?=\s*:)" if w.endswith(":") else fras(w)
        for w in words
    )
    return re.compile(rf"(?<![\w.(/-])(?:{alternatives})(?![\w/-])(?:\s*:)?", re.IGNORECASE)


def bara_etiketter(text: str) -> bool:
    """Return True when a text holds header labels and nothing but their values, dates and numbers: a head
    row read as one line ('Datum Vår beteckning 2015-08-14 016522-2015'), no title."""
    rest, antal = _label_re().subn(" ", text)
    return antal > 0 and not re.search(r"[A-Za-zÅÄÖåäöÉé]{3,}", rest)


# (missiv40) the families whose values are the recipient's, never the letter's own (modeller/huvud.toml)
MOTTAGARENS_FAMILJER = ("er_referens", "er_datum")


def forsta_mottagaretikett(text: str) -> re.Match[str] | None:
    """Given a head's line, return the first of the recipient's labels in it ('Er referens', 'Ert datum'), or
    None: a head row read as one line gives each value to the label before it, so what follows is theirs."""
    for label in _label_re().finditer(text):
        familj = _familj_av(label.group(0))
        if familj is not None and familj.namn in MOTTAGARENS_FAMILJER:
            return label
    return None


def efter_mottagaretikett(fore: str) -> bool:
    """Given the text before a value on a head's line, return True when the last label in it is the
    recipient's ('… Ert datum Er referens 2012-09-18' before 'Fö2012/1345/SSP')."""
    labels = list(_label_re().finditer(fore))
    familj = _familj_av(labels[-1].group(0)) if labels else None
    return familj is not None and familj.namn in MOTTAGARENS_FAMILJER


@lru_cache(maxsize=64)
def _familj_av(label: str) -> Familj | None:
    """Given a label as written, return its family."""
    key = re.sub(r"\s+", " ", label.rstrip(": ").lower())
    for familj in familjer():
        if key in (w.rstrip(":") for w in familj.ord):
            return familj
    return None


@dataclass(frozen=True)
class _Etikett:
    """A label found in a cell: its text, family, where it starts and ends in the cell."""

    text: str
    familj: Familj
    start: int
    end: int


@dataclass(frozen=True)
class _Cell:
    """A cell of a row: its text, its left edge (None without boxes), its index in the row."""

    text: str
    x: float | None
    index: int


def las_huvud(lines: Sequence[Line]) -> list[Huvudfalt]:
    """Given the lines of a letter's head, return its label/value fields in reading order."""
    found: list[Huvudfalt] = []
    for index, line in enumerate(lines):
        found.extend(_rad(line, _row_below(lines, index)))
    paired = {id(f.rader[0]) for f in found}
    found.extend(f for f in _stacked(lines) if id(f.rader[0]) not in paired)
    return found


def _stacked(lines: Sequence[Line]) -> list[Huvudfalt]:
    """Given lines, return the fields of a header table read column by column: the labels alone, one a line
    ('Datum', 'Vår beteckning'), then as many values in the same order ('2015-08-14', '016522-2015').

    Each value must be what its label's family holds, or the run gives nothing.
    """
    out: list[Huvudfalt] = []
    index = 0
    while index < len(lines):
        run: list[tuple[Line, _Etikett]] = []
        end = index
        while end < len(lines) and (label := _alone_label(lines[end].text)) is not None:
            run.append((lines[end], label))
            end += 1
        values = lines[end : end + len(run)]
        if len(run) >= 2 and len(values) == len(run):
            pairs = [(line, label, _varde(label.familj, value.text, whole=True), value)
                     for (line, label), value in zip(run, values, strict=True)]
            if all(found is not None for _, _, found, _ in pairs):
                out.extend(Huvudfalt(label.text, label.familj.namn, found, (line, value), "under")
                           for line, label, found, value in pairs if found is not None)
                index = end + len(run)
                continue
        index = max(end, index + 1)
    return out


def _peel(labels: Sequence[_Etikett], text: str) -> tuple[list[str], str] | None:
    """Given labels waiting for values and the text after the last label of the row, return their values
    taken from the start of the text in order and the rest, or None when one is not there."""
    values = []
    for label in labels:
        value = _varde(label.familj, text, whole=False)
        if value is None or not text.lstrip(" :|\t").startswith(value):
            return None
        values.append(value)
        text = text.lstrip(" :|\t")[len(value) :].lstrip()
    return (values, text) if text else None


def _alone_label(text: str) -> _Etikett | None:
    """Return the label a line holds alone ('Vår beteckning', 'Datum:'), or None."""
    labels = _etiketter(text.strip())
    if len(labels) == 1 and labels[0].start == 0 and not text.strip()[labels[0].end :].strip(" :"):
        return labels[0]
    return None


def _row_below(lines: Sequence[Line], index: int) -> Line | None:
    """Return the row under line `index`: the next line, or with boxes the next one standing lower
    (the cells of one row may come as lines of their own: 'Datum', 'Diarienummer')."""
    line = lines[index]
    for below in lines[index + 1 : index + 6]:
        if below.top is None or line.top is None:
            return below
        if below.page != line.page:
            return None
        if below.top > line.top + 1.0:
            return below
    return None


def forsta(falt: Sequence[Huvudfalt], familj: str) -> Huvudfalt | None:
    """Given header fields, return the first of a family, or None."""
    return next((f for f in falt if f.familj == familj), None)


def _rad(line: Line, below: Line | None) -> list[Huvudfalt]:
    """Given a row and the row under it, return the fields whose labels stand on the row."""
    out: list[Huvudfalt] = []
    cells = _cells(line)
    for position, cell in enumerate(cells):
        labels = _etiketter(cell.text)
        waiting: list[_Etikett] = []  # labels with no value of their own yet (a row of labels)
        for number, label in enumerate(labels):
            end = labels[number + 1].start if number + 1 < len(labels) else len(cell.text)
            rest = cell.text[label.end : end].lstrip(" :\t").rstrip(" \t")
            if not rest.rstrip(":"):
                waiting.append(label)
                continue
            if waiting:  # 'Datum Vår beteckning 2015-08-24 15-01301': the values follow the labels in order
                peeled = _peel(waiting, rest)
                if peeled is not None:
                    out.extend(Huvudfalt(w.text, w.familj.namn, v, (line,), "samma rad")
                               for w, v in zip(waiting, peeled[0], strict=True))
                    rest = peeled[1]
            value = _varde(label.familj, rest, whole=True)
            last = position + 1 == len(cells) and number + 1 == len(labels)
            wrapped = _wrapped_number(line, cell, label, rest, below) if last and below is not None else None
            if wrapped is not None and below is not None and (value is None or len(wrapped) > len(value)):
                out.append(Huvudfalt(label.text, label.familj.namn, wrapped, (line, below), "samma rad"))
            elif value is not None and _godtas(label, cell, value):
                out.append(Huvudfalt(label.text, label.familj.namn, value, (line,), "samma rad"))
            waiting = []
        if not waiting:
            continue
        after = cells[position + 1] if position + 1 < len(cells) else None
        if len(waiting) == 1 and after is not None and not _etiketter(after.text):
            value = _varde(waiting[0].familj, after.text.strip(), whole=True)
            if value is not None:
                out.append(Huvudfalt(waiting[0].text, waiting[0].familj.namn, value, (line,), "nästa cell"))
            continue
        if below is not None and _alone(cell, waiting) and _close(line, below):
            out.extend(_under(line, cell, len(cells), waiting, below))
    return out


WRAP_X = 8.0  # points: a cell's wrapped rest starts this close to where its first line starts (estimated)


def _wrapped_number(line: Line, cell: _Cell, label: _Etikett, rest: str, below: Line | None) -> str | None:
    """Given a dnr label and its value at a row's end, return the value with its rest when a narrow cell
    broke the number onto the next line ('Dnr 2020/0' over '1057', the rest where 'Dnr' starts), else None."""
    if below is None or label.familj.varde != "dnr" or not line.size or below.top is None or line.top is None:
        return None
    if not 0 < below.top - line.top <= 1.6 * line.size or abs(below.size - line.size) > 0.4:
        return None  # the next line of the same cell, in the same size
    x = _label_x(line, cell, label)
    under = [c for c in _cells(below) if x is not None and c.x is not None and abs(c.x - x) <= WRAP_X]
    token = under[0].text.strip() if under else ""
    if not re.fullmatch(r"[0-9][0-9A-Za-z/-]{0,9}", token) or not re.search(r"[0-9/-]$", rest.strip()):
        return None
    from remiss.extract.dnr import dnr_after_label

    return dnr_after_label(rest.strip() + token)


def _cells(line: Line) -> list[_Cell]:
    """Given a row, return its ' | ' cells with their left edges when the row was read by position."""
    texts = line.text.split(" | ")
    if len(line.cells_x) == len(texts):
        edges: list[float | None] = list(line.cells_x)
    elif len(texts) == 1 and line.x0 is not None:
        edges = [line.x0]
    else:
        edges = [None] * len(texts)
    return [_Cell(text, x, i) for i, (text, x) in enumerate(zip(texts, edges, strict=True))]


def _etiketter(text: str) -> list[_Etikett]:
    """Given a cell's text, return the labels in it that stand as labels (not words of a sentence)."""
    out = []
    for match in _label_re().finditer(text):
        familj = _familj_av(match.group())
        word = match.group()
        colon = word.rstrip().endswith(":")
        at_start = not text[: match.start()].strip()
        if familj is None or not (word[0].isupper() or colon):
            continue
        if not colon and len(text.strip()) > LANG_CELL:
            continue  # running text
        if familj.varde == "text" and not (colon or at_start):
            continue
        out.append(_Etikett(word.rstrip(": "), familj, match.start(), match.end()))
    return out


def _godtas(label: _Etikett, cell: _Cell, value: str) -> bool:
    """Return True when a value right of its label is taken: a text value needs a colon ('Från och med …')."""
    return label.familj.varde != "text" or ":" in cell.text[label.start : label.end]


def _varde(familj: Familj, text: str, *, whole: bool) -> str | None:
    """Given a family and the text after its label, return the value it holds, or None."""
    cut = text.strip(" |\t").endswith(":")  # 'Dnr: KS/2015:' lost its number after the colon
    text = text.strip(" |:\t")
    if not text:
        return None
    if familj.varde == "datum":
        found = _datum_forst(text)
        return text[found[0] : found[1]] if found else None
    if familj.varde == "dnr":
        from remiss.extract.dnr import dnr_after_label
        from remiss.extract.text import ends_in_number

        if ends_in_number(text):  # 'diarienummer: 00973-' with '2021.' on the next line: cut off
            return None
        return dnr_after_label(text + ":" if cut else text)
    return text if whole else None


_VECKODAG = re.compile(r"^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?", re.IGNORECASE)


def _datum_forst(text: str) -> tuple[int, int] | None:
    """Given text, return where a date with a year starts and ends when the text begins with it."""
    from remiss.dates import find_dates

    skip = _VECKODAG.match(text)
    offset = skip.end() if skip else 0
    dates = [d for d in find_dates(text[offset:]) if d.year_given]
    if dates and dates[0].start == 0:
        return offset, offset + dates[0].end
    return None


def _alone(cell: _Cell, waiting: list[_Etikett]) -> bool:
    """Return True when the waiting labels are all the cell holds from the first of them to its end."""
    return not cell.text[waiting[-1].end :].strip(" :")


def _close(line: Line, below: Line) -> bool:
    """Return True when `below` is the next row under `line` (no gap of a paragraph between them)."""
    if line.top is None or below.top is None or line.page != below.page:
        return line.page == below.page
    height = (line.bottom - line.top) if line.bottom is not None else (line.size or 10.0)
    return 0 < below.top - line.top <= RAD_AVSTAND * max(height, 6.0) + height


def _under(line: Line, cell: _Cell, count: int, waiting: list[_Etikett], below: Line) -> list[Huvudfalt]:
    """Given a cell's waiting labels and the row below, return the values that stand under them."""
    target = _aligned(line, cell, count, waiting[0], _cells(below))
    if target is None:
        return []
    out = []
    rest = target.text.strip()
    for number, label in enumerate(waiting):
        last = number + 1 == len(waiting)
        value = _varde(label.familj, rest, whole=last)
        if value is None:
            break
        out.append(Huvudfalt(label.text, label.familj.namn, value, (line, below), "under"))
        at = rest.find(value)
        rest = rest[at + len(value) :].strip(" ,") if at >= 0 else ""
    return out


def _aligned(line: Line, cell: _Cell, count: int, first: _Etikett, cells: list[_Cell]) -> _Cell | None:
    """Return the cell of the row below that starts where the label `first` starts, or None."""
    if cell.x is not None and all(c.x is not None for c in cells):
        x = _label_x(line, cell, first)
        near = [c for c in cells if x is not None and c.x is not None and abs(c.x - x) <= X_TOLERANS]
        return near[0] if near else None
    if cell.text[: first.start].strip():
        return None  # without boxes only a label that opens its cell can be aligned
    if len(cells) == count:
        return cells[cell.index]
    return cells[0] if count == 1 and len(cells) == 1 else None


def _label_x(line: Line, cell: _Cell, label: _Etikett) -> float | None:
    """Return the left edge of a label: its cell's edge, or estimated by its place in a one-cell row."""
    if cell.x is None:
        return None
    if not cell.text[: label.start].strip():
        return cell.x
    if line.x1 is None or " | " in line.text:
        return None
    return cell.x + label.start / max(len(line.text), 1) * (line.x1 - cell.x)
