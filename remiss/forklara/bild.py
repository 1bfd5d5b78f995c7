"""`tolka --bild MAPP`: a PNG of each missiv page with the source line of every field boxed and labelled.

The page is rendered by pypdfium2 and drawn on with Pillow, as pdfplumber's `to_image().draw_rects`
does: a registrator checks the fields at a glance, a developer sees where a miss came from.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from remiss.domain import Line
from remiss.errors import InputError
from remiss.forklara.kor import Forklaring
from remiss.forklara.text import FALT_NAMN

_Box = tuple[float, float, float, float]
SKALA = 2.0  # pixels per point: 144 dpi, an A4 page is 1191 × 1684 pixels
FARGER: dict[str, tuple[int, int, int]] = {  # one colour per field, told apart also by colour-blind eyes
    "diarienummer": (213, 94, 0),
    "avsandare": (0, 114, 178),
    "titel": (204, 121, 167),
    "datum": (120, 120, 120),
    "svarsdatum": (230, 159, 0),
    "svarsadress": (0, 158, 115),
    "handlaggare": (86, 60, 160),
    "remissinstanser": (0, 150, 200),
}
TEXTSTORLEK = 14  # label font size in pixels
MARGINAL = 2.5  # points between a line and its box
_TYPSNITT = ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class Ruta:
    """A field's source line on a page: the field and the line (its box in points)."""

    falt: str
    rad: Line
    varde: str = ""  # the value read from the line: in a row of cells only its cell is boxed


def ar_pdf(fil: str | Path) -> bool:
    """Return True when the file starts like a PDF."""
    try:
        with open(fil, "rb") as handle:
            return b"%PDF-" in handle.read(1024)
    except OSError:
        return False


def bildfiler(forklaring: Forklaring, mapp: str | Path) -> dict[int, Path]:
    """Given an explanation and a folder, return the PNG path of every missiv page (page number → path)."""
    stem = Path(forklaring.handling.fil).stem
    pages = sorted({page for m in forklaring.missiv if m.remiss is not None
                    for page in range(m.del_.forsta_sida, m.del_.sista_sida + 1)})
    return {page: Path(mapp) / f"{stem}-sida{page}.png" for page in pages}


def rutor(forklaring: Forklaring, *, utan_lage: bool = False) -> dict[int, list[Ruta]]:
    """Given an explanation, return per page the fields whose source line stands on it (with utan_lage
    also lines without a position, as a Word file's are)."""
    out: dict[int, list[Ruta]] = {}
    for missiv in forklaring.missiv:
        if missiv.remiss is None:
            continue
        for falt in FARGER:
            winner = missiv.vinnare(falt)
            if winner is not None and winner.rad is not None and (utan_lage or winner.rad.top is not None):
                out.setdefault(winner.rad.page, []).append(Ruta(falt, winner.rad, winner.varde))
    return out


def skriv_bilder(forklaring: Forklaring, mapp: str | Path, *, force: bool = False) -> list[Path]:
    """Given an explanation of a PDF or Word file, write a PNG of each missiv page into mapp; return them.

    A Word file is first laid out as a PDF by LibreOffice (a temporary file) and each field's source line
    is found on its pages by its text. Nothing is written when one of the files exists and force is not given.
    """
    fil = forklaring.handling.fil
    if ar_pdf(fil):
        return _skriv(fil, bildfiler(forklaring, mapp), rutor(forklaring), mapp, force=force)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="remiss-bild-") as tmp:
        pdf = _som_pdf(fil, Path(tmp))
        boxes = flytta_rutor(rutor(forklaring, utan_lage=True), _pdf_lines(pdf))
        first = [m.del_.forsta_sida for m in forklaring.missiv if m.remiss is not None]
        pages = sorted(set(boxes) | ({min(first)} if first and not boxes else set()))
        stem = Path(fil).stem
        targets = {page: Path(mapp) / f"{stem}-sida{page}.png" for page in pages}
        return _skriv(pdf, targets, boxes, mapp, force=force, fil=fil)


def _skriv(pdf: str | Path, targets: dict[int, Path], boxes: dict[int, list[Ruta]], mapp: str | Path, *,
           force: bool, fil: str | Path | None = None) -> list[Path]:
    """Given the PDF to render, the PNG of each page, the boxes per page and the folder, write the PNGs."""
    from remiss.fileio import skriv_atomiskt

    fil = str(fil or pdf)
    existing = [path for path in targets.values() if path.exists()]
    if existing and not force:
        raise InputError(f"bilden {existing[0]} finns redan. Använd --force för att skriva över den, eller "
                         "välj en annan mapp.", fil=fil)
    try:
        Path(mapp).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"mappen {mapp} kan inte skapas ({exc.strerror}). Välj en mapp du kan skriva i.",
                         fil=fil) from exc
    written = []
    for page, path in targets.items():
        data = sidbild(pdf, page, boxes.get(page, []))
        written.append(skriv_atomiskt(data, path, force=force))
    return written


def _som_pdf(fil: str | Path, tmp: Path) -> Path:
    """Given a Word file and a temporary folder, return the file laid out as a PDF by LibreOffice."""
    from remiss.draft import soffice, till_pdf
    from remiss.errors import RemissError

    if Path(fil).suffix.lower() not in {".docx", ".docm", ".dotx"}:
        raise InputError("bilder (--bild) görs av PDF- och Word-filer (.docx). Kör --forklara för att se "
                         "fältens källrader, eller spara filen som PDF och försök igen.", fil=str(fil))
    if soffice() is None:
        raise InputError("bilder (--bild) av en Word-fil kräver LibreOffice, som saknas. Installera "
                         "LibreOffice, eller spara filen som PDF i Word och kör --bild på PDF:en.",
                         fil=str(fil))
    try:
        return till_pdf(Path(fil), tmp / (Path(fil).stem + ".pdf"))
    except RemissError as exc:
        raise InputError(f"{exc.message} Spara filen som PDF i Word och kör --bild på PDF:en.",
                         fil=str(fil)) from exc


def _pdf_lines(pdf: Path) -> list[Line]:
    """Given a PDF, return the lines of all its pages with their boxes."""
    from remiss.read import read_pdf

    return [line for page in read_pdf(pdf, ocr=False).pages for line in page.lines if line.top is not None]


def flytta_rutor(boxes: dict[int, list[Ruta]], lines: Sequence[Line]) -> dict[int, list[Ruta]]:
    """Given boxes on a Word file's lines and the lines of the same file laid out as a PDF, return the boxes
    moved to the PDF line that reads most like each source line (one holding the value first; same page
    number breaks ties). A box whose line is not found (under 60 % alike) is left out.
    """
    from rapidfuzz import fuzz

    def plain(text: str) -> str:
        return " ".join(text.replace(" | ", " ").split()).casefold()

    moved: dict[int, list[Ruta]] = {}
    texts = [plain(line.text) for line in lines]
    for page, page_boxes in sorted(boxes.items()):
        for box in page_boxes:
            source, value = plain(box.rad.text), plain(box.varde)
            best: tuple[float, ...] | None = None
            found: Line | None = None
            for line, text in zip(lines, texts, strict=True):
                holds = bool(value) and value in text
                partial = len(text) >= max(8.0, min(0.5 * len(source), 40.0))  # a wrapped line's first part
                score = max(fuzz.ratio(source, text), fuzz.partial_ratio(text, source) if partial else 0)
                key = (holds, score, line.page == page)
                if score >= 60 and (best is None or key > best):
                    best, found = key, line
            if found is not None:
                moved.setdefault(found.page, []).append(Ruta(box.falt, found, box.varde))
    return moved


def sidbild(fil: str | Path, page_number: int, boxes: Sequence[Ruta]) -> bytes:
    """Given a PDF, a page number (from 1) and the fields on it, return the page as PNG bytes, boxes drawn."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(fil))
    try:
        page = pdf[page_number - 1]
        try:
            image = page.render(scale=SKALA).to_pil().convert("RGB")
            width = page.get_width()
        finally:
            page.close()
    finally:
        pdf.close()
    rita(image, boxes, page_width=width)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)  # fast; optimize=True took 3× as long for 5 % less
    return buffer.getvalue()


def rita(image: Any, boxes: Sequence[Ruta], *, page_width: float) -> None:
    """Given a page image (Pillow, SKALA pixels per point) and field boxes, draw each box and its label."""
    from PIL import Image, ImageDraw

    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    fill = ImageDraw.Draw(overlay)
    draw = ImageDraw.Draw(image)
    font = _font()
    seen: dict[tuple[int, float | None], int] = {}  # fields already drawn on a line: nest their boxes
    label_x: dict[tuple[int, float | None], float] = {}
    rects = []
    for box in boxes:
        key = (box.rad.page, box.rad.top)
        nest = seen.get(key, 0)
        seen[key] = nest + 1
        cell = _cell(box)
        rect = _rect(box.rad, page_width, pad=MARGINAL + 2.5 * nest, cell=cell)
        colour = FARGER[box.falt]
        fill.rectangle(rect, fill=(*colour, 45))
        rects.append((box, rect, colour, key, cell is None or abs(cell[0] - (box.rad.x0 or 0.0)) < 1))
    image.paste(Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB"))
    placed: list[_Box] = []  # labels drawn so far: none covers another
    for box, rect, colour, key, first_cell in rects:
        draw.rectangle(rect, outline=colour, width=3)
        label = FALT_NAMN[box.falt]
        left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
        w, h = right - left + 10, bottom - top + 6
        x, y = rect[0] - w - 4, rect[1]
        if x < 0 or not first_cell:  # no room left of the box (or a cell is there): above it
            x, y = label_x.get(key, rect[0]), rect[1] - h if rect[1] - h >= 0 else rect[3]
            label_x[key] = x + w + 4
        y = _free_y(placed, x, y, w, h)
        placed.append((x, y, x + w, y + h))
        draw.rectangle((x, y, x + w, y + h), fill=colour)
        draw.text((x + 5 - left, y + 3 - top), label, fill=(255, 255, 255), font=font)


def _free_y(placed: Sequence[_Box], x: float, y: float, w: float, h: float) -> float:
    """Given labels already placed and a new label's place and size, return a y where it covers none."""
    for _ in range(len(placed) + 1):
        hit = next((r for r in placed if x < r[2] and r[0] < x + w and y < r[3] and r[1] < y + h), None)
        if hit is None:
            return y
        y = hit[3] + 2
    return y


def _cell(box: Ruta) -> tuple[float, float] | None:
    """Given a field's box, return the left and right edge of the one cell of its row holding the value."""
    line = box.rad
    cells = line.text.split(" | ")
    if not box.varde or len(cells) < 2 or len(cells) != len(line.cells_x) or line.x1 is None:
        return None
    holding = [i for i, cell in enumerate(cells) if box.varde in cell]
    if len(holding) != 1:
        return None
    index = holding[0]
    right = line.cells_x[index + 1] - 6.0 if index + 1 < len(cells) else line.x1
    return line.cells_x[index], right


def _rect(line: Line, page_width: float, *, pad: float,
          cell: tuple[float, float] | None = None) -> tuple[float, float, float, float]:
    """Given a line with its box in points, return its (or its cell's) box in pixels, widened by pad."""
    top = line.top or 0.0
    bottom = line.bottom if line.bottom is not None else top + 12.0  # OCR lines know only their top
    x0 = line.x0 if line.x0 is not None else page_width * 0.06
    x1 = line.x1 if line.x1 is not None and line.x1 > x0 else page_width * 0.94
    if cell is not None and cell[1] > cell[0]:
        x0, x1 = cell
    return ((x0 - pad) * SKALA, (top - pad) * SKALA, (x1 + pad) * SKALA, (bottom + pad) * SKALA)


def _font() -> Any:
    """Return the label font: DejaVu Sans Bold when installed, else Pillow's own."""
    from PIL import ImageFont

    for name in _TYPSNITT:
        try:
            return ImageFont.truetype(name, TEXTSTORLEK)
        except OSError:
            continue
    return ImageFont.load_default(size=TEXTSTORLEK)
