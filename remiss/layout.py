"""Layout: a PDF page's text objects become rows that keep position, font size and weight.

PDFium gives every text object on a page with its box, font and size in one pass (about
2 ms a page), which is cheaper than asking for the text inside each text rectangle and keeps
what structure needs: which line is a heading (larger or bold), where a header block stands,
which pieces of a row are cells of a table. The grouping into rows is a pure function over
`Piece`s, testable without a PDF.
"""

from __future__ import annotations

import codecs
import ctypes
import re
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from remiss.clean import keeps_hyphen, word_before
from remiss.domain import Line

COLUMN_GAP = 24.0  # points between two pieces on one row that make them two cells (columns)
WORD_GAP = 0.18  # a gap wider than this share of the font size is a space between words
GAP = 0.8  # a space between two lines this much of a line's height parts two blocks (a wrap has none)
HEADING_SIZE = 1.15  # a line this much larger than the body text is a heading (rules, forklara's line kinds)
BOLD_WEIGHT = 600
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 0x40000  # PDF font descriptor flag
_utf16 = codecs.utf_16_le_decode  # what bytes.decode("utf-16-le") ends in, without the lookup each time


class Piece(NamedTuple):
    """A text object on a page: its text, box (points, top-left origin), font size and weight.

    Pieces and rows are named tuples, not dataclasses: a page makes dozens, a long PDF thousands.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool


class Row(NamedTuple):
    """A visual line: its text (cells joined by ' | '), cell edges, top, left, font size and weight."""

    text: str
    cells_x: tuple[float, ...]
    top: float
    x0: float
    size: float
    bold: bool
    x1: float = 0.0  # right edge, points
    bottom: float = 0.0  # lower edge, points from the top of the page
    cells_x1: tuple[float, ...] = ()  # right edge of each cell (with cells_x: a column's both edges)


def page_pieces(page: Any, textpage: Any) -> list[Piece]:
    """Given an open page and its text page (`remiss.pdfium`, or pypdfium2's), return its text objects as
    Pieces (PDFium's own functions, one pass)."""

    height = page.get_height()
    reader = _Reader(textpage.raw)
    text_of, piece = reader.text, reader.piece
    pieces: list[Piece] = []
    fonts: dict[int, bool] = {}
    for handle in _text_objects(page.raw):
        text = text_of(handle)
        if text.strip():
            pieces.append(piece(handle, text, height, fonts))
    return pieces


def scan_image(page: Any) -> bool:
    """Given an open page (`remiss.pdfium`), return True when an image covers over a third of it (a scan)."""
    from remiss.pdfium import image_bounds

    width, height = page.get_size()
    return any(_area(bounds) >= width * height / 3 for bounds in image_bounds(page, max_depth=3))


def _area(bounds: tuple[float, float, float, float]) -> float:
    """Given (left, bottom, right, top), return the area of the box."""
    left, bottom, right, top = bounds
    return max(0.0, right - left) * max(0.0, top - bottom)


def _text_objects(page_raw: Any) -> list[Any]:
    """Given a raw page, return its text objects in order, those inside forms (three levels deep) too."""
    from remiss.pdfium import PAGEOBJ_FORM, PAGEOBJ_TEXT

    calls = _pdfium()
    get_type = calls.FPDFPageObj_GetType
    found: list[Any] = []

    def walk(handles: Any, depth: int) -> None:
        for handle in handles:
            kind = get_type(handle)
            if kind == PAGEOBJ_TEXT:
                found.append(handle)
            elif kind == PAGEOBJ_FORM and depth < 3:
                count = calls.FPDFFormObj_CountObjects(handle)
                get = calls.FPDFFormObj_GetObject
                walk([get(handle, ctypes.c_ulong(i)) for i in range(count)], depth + 1)

    get_object = calls.FPDFPage_GetObject
    walk([get_object(page_raw, i) for i in range(calls.FPDFPage_CountObjects(page_raw))], 0)
    return found


def _pdfium() -> Any:
    """Return PDFium's functions as `remiss.pdfium` declares them (return types, no argument types)."""
    from remiss.pdfium import library

    return library()


class _Reader:
    """Reusable ctypes buffers for reading text objects: text, bounds, size and matrix."""

    def __init__(self, textpage: Any) -> None:
        from remiss.pdfium import Matrix

        self.calls = _pdfium()
        self.textpage = textpage
        self._grow(4096)  # bytes: 2048 UTF-16 code units
        self.box = [ctypes.c_float() for _ in range(4)]
        self.box_pointers = [ctypes.pointer(value) for value in self.box]
        self.size = ctypes.c_float()
        self.size_pointer = ctypes.pointer(self.size)
        self.matrix = Matrix()
        self.matrix_pointer = ctypes.pointer(self.matrix)

    def _grow(self, size: int) -> None:
        """Make the text buffer `size` bytes long."""
        self.buffer_size = ctypes.c_ulong(size)
        self.buffer = ctypes.create_string_buffer(size)
        self.view = memoryview(self.buffer)

    def text(self, handle: Any) -> str:
        """Given a raw text object, return its text."""
        get_text = self.calls.FPDFTextObj_GetText
        length = get_text(handle, self.textpage, self.buffer, self.buffer_size)
        if length > self.buffer_size.value:  # pdfium wrote nothing: the text needs a longer buffer
            self._grow(length)
            length = get_text(handle, self.textpage, self.buffer, self.buffer_size)
        if length <= 2:
            return ""
        return _utf16(self.view[: length - 2], "replace", True)[0]  # bytes.decode, without its codec lookup

    def piece(self, handle: Any, text: str, height: float, fonts: dict[int, bool]) -> Piece:
        """Given a raw text object and its text, return it as a Piece (box, size in points, weight)."""
        calls = self.calls
        calls.FPDFPageObj_GetBounds(handle, *self.box_pointers)
        left, bottom, right, top = self.box
        size = 0.0
        if calls.FPDFTextObj_GetFontSize(handle, self.size_pointer):
            matrix = self.matrix
            calls.FPDFPageObj_GetMatrix(handle, self.matrix_pointer)
            scale = (matrix.c**2 + matrix.d**2) ** 0.5 or 1.0
            size = round(float(self.size.value) * scale, 1)
        return Piece(text, left.value, height - top.value, right.value, height - bottom.value, size,
                     _is_bold(calls.FPDFTextObj_GetFont(handle), fonts))


def _is_bold(font: Any, cache: dict[int, bool]) -> bool:
    """Given a font handle (`remiss.pdfium.Handle`), return True when the font is bold (by weight, flag or
    name)."""
    key = font.value or 0  # its address
    if key not in cache:
        calls = _pdfium()
        buffer = ctypes.create_string_buffer(256)
        calls.FPDFFont_GetBaseFontName(font, buffer, ctypes.c_size_t(256))
        name = buffer.value.decode("latin-1", errors="replace")
        weight = calls.FPDFFont_GetWeight(font)
        flags = calls.FPDFFont_GetFlags(font)
        cache[key] = bool(_BOLD_NAME.search(name)) or weight >= BOLD_WEIGHT or bool(flags & _FORCE_BOLD)
    return cache[key]


ROW_SHARE = 0.4  # of a piece's box: how far its middle may stand from the row's
SMALL_LETTERS = 0.6  # a box lower than this share of the font size holds small letters only ('av', 'om')


def rows_of(pieces: list[Piece]) -> list[Row]:
    """Given a page's pieces, return its rows top to bottom, pieces on one baseline joined left to right.

    A piece's box is its glyphs' own: a word of small letters alone ('av' in LibreOffice's 'Sida 1 av 1',
    set between two page fields) is a third of the font size lower than 'MALÅ KOMMUN', so for such a piece
    the tolerance follows the font size, not only the box (a label in small print with its capital beside a
    larger name, 'Datum' by 'Västra Götaland', keeps its own row).
    """
    groups: list[tuple[float, list[Piece]]] = []
    for piece in sorted(pieces, key=lambda p: (p.top + p.bottom) / 2):
        middle = (piece.top + piece.bottom) / 2
        height = piece.bottom - piece.top
        tolerance = max(2.0, height * ROW_SHARE)
        if height < piece.size * SMALL_LETTERS and any(c.isalpha() for c in piece.text):
            # a word of small letters only ('av'): its middle stands lower than the row's (a full stop alone
            # keeps the box's tolerance)
            tolerance = max(tolerance, piece.size * ROW_SHARE)
        if groups and abs(groups[-1][0] - middle) < tolerance:
            groups[-1][1].append(piece)
        else:
            groups.append((middle, [piece]))
    ordered = [sorted(group, key=_left) if len(group) > 1 else group for _, group in groups]
    rows = [_row(group) for group in ordered]
    edges = _column_edges(rows)
    if edges:  # a table's row whose long cell runs up to the next column: split where the column starts
        tops = [row.top for row in rows if len(row.cells_x) >= 2]
        for index, (row, group) in enumerate(zip(rows, ordered, strict=True)):
            if not row.cells_x and len(group) > 1 and min(tops) - 20 <= row.top <= max(tops) + 20:
                rows[index] = _row(group, edges)
    return rows


def _left(piece: Piece) -> float:
    """Return a piece's left edge (the order of a row's pieces)."""
    return piece.x0


COLUMN_ROWS = 3  # rows whose cell starts at the same x that make it a column's left edge
EDGE_TOLERANCE = 1.5  # points a piece may stand from a column's left edge to start a cell there


def _column_edges(rows: list[Row]) -> tuple[float, ...]:
    """Given a page's rows, return the left edges (after the first) where cells of COLUMN_ROWS rows start."""
    counts: dict[int, list[float]] = {}
    for row in rows:
        for x in row.cells_x[1:]:
            counts.setdefault(round(x / 2), []).append(x)
    return tuple(sum(xs) / len(xs) for xs in counts.values() if len(xs) >= COLUMN_ROWS)


def _row(pieces: list[Piece], edges: tuple[float, ...] = ()) -> Row:
    """Given a row's pieces left to right, return the Row: cells split at wide gaps, words at narrow.

    With a table's column `edges` a piece starting at one after a word's space starts a cell too:
    a long name in the first column leaves less than COLUMN_GAP before the second ('4. Sveriges
    Kommuner och Landsting (SKL)' | '11. Falck Vägassistans').
    """
    if len(pieces) == 1:  # most rows: one text object (its fields by position, in Row's order)
        only = pieces[0]
        return Row(" ".join(only.text.split()), (), round(only.top, 1), round(only.x0, 1), only.size,
                   only.bold, round(only.x1, 1), round(only.bottom, 1))
    text, cells, rights, previous = "", [], [], None
    for piece in pieces:
        piece_text = " ".join(piece.text.split())
        if previous is None:
            text, cells, rights = piece_text, [piece.x0], [piece.x1]
        elif piece.x0 - previous.x1 > COLUMN_GAP or edges and _at_edge(piece, previous, edges):
            text += " | " + piece_text
            cells.append(piece.x0)
            rights.append(piece.x1)
            previous = piece
            continue
        elif piece.x0 - previous.x1 > WORD_GAP * max(piece.size, 1.0) or previous.text.endswith(" "):
            text += " " + piece_text
        else:
            text += piece_text
        rights[-1] = max(rights[-1], piece.x1)
        previous = piece
    weights = [(len(p.text.strip()), p) for p in pieces]
    total = sum(w for w, _ in weights) or 1
    bold = sum(w for w, p in weights if p.bold) * 2 > total
    size = max(weights, key=lambda wp: wp[0])[1].size
    return Row(
        text=text.strip(),
        cells_x=tuple(cells) if len(cells) > 1 else (),
        cells_x1=tuple(round(x, 1) for x in rights) if len(cells) > 1 else (),
        top=round(min(p.top for p in pieces), 1),
        x0=round(pieces[0].x0, 1),
        size=size,
        bold=bold,
        x1=round(max(p.x1 for p in pieces), 1),
        bottom=round(max(p.bottom for p in pieces), 1),
    )


def _at_edge(piece: Piece, previous: Piece, edges: tuple[float, ...]) -> bool:
    """Return True when a piece starts at a column edge, a word's space or more after the piece before."""
    gap = piece.x0 - previous.x1
    return gap > WORD_GAP * max(piece.size, 1.0) and any(abs(piece.x0 - x) <= EDGE_TOLERANCE for x in edges)


_BREAK_MARKS = frozenset("-\u00ad\x02\ufffe")


def join_hyphenated(rows: list[Row]) -> list[Row]:
    """Given rows, return them with a word broken by a line-end hyphen joined onto the first row."""
    out = list(rows)
    for index in range(len(out) - 1):
        text, following = out[index].text, out[index + 1].text
        if text[-1:] not in _BREAK_MARKS:
            continue
        broken = re.search(r"[a-zåäö](-|\u00ad|\x02|\ufffe)$", text)
        if not broken or not following[:1].islower():
            continue
        head, _, rest = following.partition(" ")
        if re.match(r"^(?:och|eller|samt|till)\b", head):  # 'Miljö-' 'och energidepartementet': a real dash
            if broken.group(1) != "-":
                out[index] = out[index]._replace(text=text[:-1] + "-")
            continue
        # (titel36) an abbreviation's hyphen is its own ('4 kv-' / 'ledning': '4 kv-ledning')
        own = broken.group(1) != "\u00ad" and keeps_hyphen(word_before(text, len(text) - 1))
        out[index] = out[index]._replace(text=text[:-1] + ("-" if own else "") + head)
        out[index + 1] = out[index + 1]._replace(text=rest)
    return [row for row in out if row.text]


class _Sized(Protocol):
    """Anything with text set in a font size: a Row or a domain Line."""

    @property
    def text(self) -> str: ...

    @property
    def size(self) -> float: ...


def gap_between(line: Line, follow: Line) -> bool:
    """Return True when an empty line's space stands between line and follow (positions known, one page):
    the rules' (remiss.extract.core) and the title model's (remiss.titelmodell) one test of a gap.

    'Funktionsrätt Sverige' over a gap over 'LSS-utredningen SOU 2018:88', both bold 13 pt: the sender in
    the letterhead and the title, not one wrapped heading.
    """
    if None in (line.top, line.bottom, follow.top) or follow.page != line.page:
        return False
    height = line.bottom - line.top  # type: ignore[operator]
    return height > 0 and follow.top - line.bottom > GAP * height  # type: ignore[operator]


def body_size(rows: Sequence[_Sized]) -> float:
    """Given rows or lines, return the font size most characters are set in (0 when sizes are unknown)."""
    counts: dict[float, int] = {}
    count = counts.get
    for row in rows:
        size = row.size
        counts[size] = count(size, 0) + len(row.text)
    return max(counts, key=counts.__getitem__) if counts else 0.0
