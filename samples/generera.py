"""Generera exempelfiler till samples/: sammanträdespaket, remisser, facit och trasiga filer.

Körs som `.venv/bin/python samples/generera.py [--ut MAPP] [--endast NAMN ...]`.
Allt är deterministiskt (reportlab `invariant=1`, fasta datum): två körningar ger samma bytes.
Seed-texterna läses från `<repo>/../shared/seeds`; saknas mappen hoppas de filerna över.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"

PAGE_W, PAGE_H = A4
LEFT = 70.0
RIGHT = PAGE_W - 60.0
TOP = PAGE_H - 150.0
BOTTOM = 90.0

# --------------------------------------------------------------------------- typsnitt

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
if (_DEJAVU / "DejaVuSans.ttf").exists() and (_DEJAVU / "DejaVuSans-Bold.ttf").exists():
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_DEJAVU / "DejaVuSans-Bold.ttf")))
    FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

_REPLACE = {"\uf0b7": "•", "\u00ad": "\u00ad"}


def clean_chars(text: str) -> str:
    """Given text, return it with private-use bullets replaced and (for Helvetica) unknown characters dropped."""
    for old, new in _REPLACE.items():
        text = text.replace(old, new)
    if FONT == "Helvetica":
        text = "".join(ch if ch.encode("cp1252", "ignore") else "?" for ch in text)
    return text


# --------------------------------------------------------------------------- sidlayout


@dataclass
class Op:
    """One string drawn at a position in a font."""

    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass
class Sida:
    """One page: its drawing operations and the decoration (header/footer) drawn around them."""

    ops: list[Op] = field(default_factory=list)
    dekor: Callable[[canvas.Canvas, int, int], None] | None = None
    dok: int = 0
    forst: list[Op] = field(default_factory=list)


Dekor = Callable[[canvas.Canvas, int, int], None]


def width(text: str, font: str, size: float) -> float:
    """Given a string, font and size, return its width in points."""
    return pdfmetrics.stringWidth(text, font, size)


def parse_runs(text: str, bold: bool = False) -> list[tuple[str, bool]]:
    """Given a line with **bold** markup, return (text, bold) runs."""
    parts = text.split("**")
    runs = []
    for i, part in enumerate(parts):
        if part:
            runs.append((part, bold or i % 2 == 1))
    return runs


class Layout:
    """Lays text out on A4 pages, top to bottom, with wrapping and page breaks."""

    def __init__(self, size: float = 10.5, leading: float = 14.0, top: float = TOP, bottom: float = BOTTOM) -> None:
        self.pages: list[Sida] = []
        self.size = size
        self.leading = leading
        self.top = top
        self.bottom = bottom
        self.dekor: Dekor | None = None
        self.dok = 0
        self.y = 0.0
        self.cont_top = top

    # -- pages
    def new_page(self, dekor: Dekor | None | bool = False, new_doc: bool = False, top: float | None = None) -> Sida:
        """Start a new page (optionally a new document with its own decoration) and return it."""
        if new_doc:
            self.dok += 1
        if dekor is not False:
            self.dekor = dekor  # type: ignore[assignment]
        sida = Sida(dekor=self.dekor, dok=self.dok)
        self.pages.append(sida)
        self.y = top if top is not None else self.cont_top
        return sida

    @property
    def page(self) -> Sida:
        if not self.pages:
            self.new_page()
        return self.pages[-1]

    def page_empty(self) -> bool:
        """Return True when the current page has nothing drawn on it yet."""
        return not self.pages or not self.pages[-1].ops

    def need(self, height: float) -> None:
        """Break the page when less than height points are left."""
        if not self.pages or self.y - height < self.bottom:
            self.new_page()

    def space(self, lines: float = 1.0) -> None:
        """Add vertical space (in lines); never carries over to a new page."""
        if self.pages:
            self.y -= self.leading * lines

    def draw(self, x: float, y: float, text: str, bold: bool = False, size: float | None = None) -> None:
        """Draw one string at an absolute position on the current page."""
        font = FONT_BOLD if bold else FONT
        self.page.ops.append(Op(x, y, clean_chars(text), font, size or self.size))

    def text(self, line: str, bold: bool = False, size: float | None = None, indent: float = 0.0,
             hang: float = 0.0, right: float = RIGHT) -> None:
        """Lay out one logical line (with **bold** runs), wrapping words over lines and pages."""
        size = size or self.size
        leading = self.leading * size / self.size
        runs = parse_runs(line, bold)
        words: list[tuple[str, bool]] = []
        for run_text, run_bold in runs:
            for i, word in enumerate(re.split(r"( +)", run_text)):
                if word:
                    words.append((word, run_bold))
        if not words:
            self.space()
            return
        x0 = LEFT + indent
        lines: list[list[tuple[str, bool]]] = [[]]
        x = x0
        for word, wbold in words:
            w = width(word, FONT_BOLD if wbold else FONT, size)
            if word.strip() and x + w > right and lines[-1]:
                while lines[-1] and not lines[-1][-1][0].strip():
                    lines[-1].pop()
                lines.append([])
                x = x0 + hang
            if not lines[-1] and not word.strip():
                continue
            lines[-1].append((word, wbold))
            x += w
        for n, parts in enumerate(lines):
            self.need(leading)
            self.y -= leading
            x = x0 + (hang if n else 0.0)
            # merge consecutive parts with the same weight into one string
            merged: list[tuple[str, bool]] = []
            for word, wbold in parts:
                if merged and merged[-1][1] == wbold:
                    merged[-1] = (merged[-1][0] + word, wbold)
                else:
                    merged.append((word, wbold))
            for chunk, wbold in merged:
                self.draw(x, self.y, chunk, wbold, size)
                x += width(chunk, FONT_BOLD if wbold else FONT, size)

    def table(self, rows: Sequence[Sequence[str]], cols: Sequence[float], bold_first: bool = False,
              size: float | None = None, grid: bool = False) -> None:
        """Lay out table rows with cells starting at the given x offsets (cells wrap within their column)."""
        size = size or self.size
        leading = self.leading * size / self.size
        for r, row in enumerate(rows):
            cell_lines: list[list[str]] = []
            for c, cell in enumerate(row):
                x0 = LEFT + cols[c]
                x1 = LEFT + cols[c + 1] - 6 if c + 1 < len(cols) else RIGHT
                cell_lines.append(wrap(cell, x1 - x0, FONT_BOLD if (bold_first and r == 0) else FONT, size))
            height = max(len(cl) for cl in cell_lines) * leading
            self.need(height + 4)
            top = self.y
            for c, cl in enumerate(cell_lines):
                for n, part in enumerate(cl):
                    self.draw(LEFT + cols[c] + 2, top - leading * (n + 1), part, bold_first and r == 0, size)
            self.y = top - height - 4


def wrap(text: str, avail: float, font: str, size: float) -> list[str]:
    """Given a cell text and the available width, return its wrapped lines."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if width(trial, font, size) <= avail or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def render(layout: Layout, path: Path, title: str) -> int:
    """Given a finished layout, write it as a deterministic PDF and return its page count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("samples/generera.py")
    c.setCreator("samples/generera.py")
    docs: dict[int, list[int]] = {}
    for i, sida in enumerate(layout.pages):
        docs.setdefault(sida.dok, []).append(i)
    for i, sida in enumerate(layout.pages):
        if sida.dekor is not None:
            members = docs[sida.dok]
            sida.dekor(c, members.index(i) + 1, len(members))
        for op in sida.ops:
            c.setFont(op.font, op.size)
            c.drawString(op.x, op.y, op.text)
        c.showPage()
    c.save()
    return len(layout.pages)


# --------------------------------------------------------------------------- dekor (sidhuvud och sidfot)

BORAS_FOOTER = [("Postadress", "501 80 Borås"), ("Besöksadress", "Kungsgatan 55"), ("Hemsida", "boras.se"),
                ("E-post", "boras.stad@boras.se"), ("Telefon", "033-35 70 00 vxl")]


def boras_footer(c: canvas.Canvas, falt: Sequence[tuple[str, str]] = BORAS_FOOTER, y: float = 42.0) -> None:
    """Draw the Borås Stad footer: labels above values, column by column."""
    x = LEFT
    for label, value in falt:
        c.setFont(FONT_BOLD, 7)
        c.drawString(x, y, clean_chars(label))
        c.setFont(FONT, 7.5)
        c.drawString(x, y - 10, clean_chars(value))
        x += max(width(value, FONT, 7.5), width(label, FONT_BOLD, 7)) + 18


def boras_header(doktyp: str, instans: str, datum: str, dnr: str, org: str | None = None,
                 footer: Sequence[tuple[str, str]] | None = BORAS_FOOTER,
                 vanster: Sequence[str] = ()) -> Dekor:
    """Return a decoration drawing a Borås Stad header block (doktyp, Sida n(N), Datum, Instans, Dnr) and footer."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        if footer:
            boras_footer(c, footer)
        c.setFont(FONT_BOLD, 12)
        c.drawString(LEFT, PAGE_H - 60, clean_chars(org or instans))
        yl = PAGE_H - 100
        for n, rad in enumerate(vanster):
            c.setFont(FONT, 9)
            c.drawString(LEFT, yl - 12 * n, clean_chars(rad))
        xr = 330.0
        if doktyp:
            c.setFont(FONT_BOLD, 11)
            c.drawString(xr, PAGE_H - 60, doktyp)
        c.setFont(FONT, 7)
        c.drawString(470, PAGE_H - 56, "Sida")
        c.setFont(FONT, 9)
        c.drawString(470, PAGE_H - 67, f"{nr}({antal})")
        c.setFont(FONT, 7)
        c.drawString(xr, PAGE_H - 85, "Datum")
        c.setFont(FONT, 9)
        c.drawString(xr, PAGE_H - 96, datum)
        if instans:
            c.setFont(FONT, 7)
            c.drawString(xr, PAGE_H - 110, "Instans")
            c.setFont(FONT, 9)
            c.drawString(xr, PAGE_H - 121, clean_chars(instans))
        if dnr:
            c.setFont(FONT, 9)
            c.drawString(xr, PAGE_H - 134, clean_chars(dnr))

    return dekor


def page_number_footer(text: str = "") -> Dekor:
    """Return a decoration with only a centred 'n (N)' page number and an optional footer text."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        c.setFont(FONT, 8)
        if text:
            c.drawString(LEFT, 40, clean_chars(text))
        c.drawCentredString(PAGE_W / 2, 28, f"{nr} ({antal})")

    return dekor


# --------------------------------------------------------------------------- seeds → sammanträdespaket

_JOINED = re.compile(r"^(.*\S)(Datum|Instans|Dnr)\s*$")
_NAME = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéü]+){1,3}$")
_ORG = re.compile(r"(nämnden|styrelsen|förvaltningen|Kommunstyrelsen)$")
_FOOTER_WORDS = {"Postadress", "Besöksadress", "Hemsida", "E-post", "Telefon", "501 80 Borås", "Kungsgatan 55",
                 "Österlånggatan 72", "boras.se", "033-35 70 00 vxl", "arbetsliv@boras.se", "boras.stad@boras.se",
                 "Fel! Dokumentvariabel saknas.", "«OrgNamn»"}

# Lines after which (or at which) a seed package gets an extra page break: the start of an attached document.
EXTRA_BREAKS = {
    "000": ["Utveckla stödet för anhöriga till kriminella", "Mikael Lund, 033-35 35 64", "Remiss",
            "Borås Stads Miljöprogram", "Bilaga 1. Globala och nationella mål kopplat till programmet"],
    "002": ["Motion till Kommunfullmäktige:"],
    "003": ["Strategi", "Fastställt av: Kommunfullmäktige"],
}


def read_seed(prefix: str) -> list[str] | None:
    """Given a seed number like '000', return its lines (None when the seeds are not there)."""
    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        return None
    return files[0].read_text(encoding="utf-8").splitlines()


def split_joined(lines: Iterable[str]) -> list[str]:
    """Given seed lines, split header words glued to the previous value ('2022-08-22Instans')."""
    out: list[str] = []
    for line in lines:
        m = _JOINED.match(line.rstrip())
        if m and not m.group(1).endswith(" "):
            out.extend([m.group(1), m.group(2)])
        else:
            out.append(line.rstrip("\n"))
    return out


def _next_nonblank(lines: Sequence[str], i: int) -> str:
    for j in range(i + 1, min(len(lines), i + 6)):
        if lines[j].strip():
            return lines[j].strip()
    return ""


def _prev_nonblank(lines: Sequence[str], i: int) -> tuple[int, str]:
    for j in range(i - 1, max(-1, i - 14), -1):
        if lines[j].strip():
            return j, lines[j].strip()
    return -1, ""


def _is_phone(text: str) -> bool:
    return bool(re.fullmatch(r"[\d \-]{7,}", text))


def _closes_missiv(lines: Sequence[str], i: int) -> bool:
    """Return True when the name at line i signs the end of a missiv (its closing demands come just before)."""
    seen = 0
    for j in range(i - 1, max(-1, i - 30), -1):
        s = lines[j].strip()
        if not s:
            continue
        seen += 1
        if any(w in s for w in ("beslut.", "ställningstagande", "e-postmeddelandet")):
            return True
        if seen >= 6:
            break
    return False


def doc_starts(lines: Sequence[str], seed: str) -> tuple[set[int], set[int]]:
    """Given package lines, return the indexes where a new document begins and where only a new page begins."""
    starts: set[int] = set()
    page_only: set[int] = set()
    extra = list(EXTRA_BREAKS.get(seed, []))
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            continue
        nxt = _next_nonblank(lines, i)
        start = None
        if nxt == "Handläggare" and _NAME.match(s) and not _closes_missiv(lines, i):
            start = i
        elif s in ("Sammanträdesdatum", "MISSIV"):
            start = i
        elif re.fullmatch(r"§ \d+.*", s) and not any(
                lines[j].strip() == "Sammanträdesdatum" for j in range(max(0, i - 10), i)):
            start = i
        elif s.startswith("Remiss: ") and nxt == "Remissinstanser" and not any(
                lines[j].strip().startswith("Dnr ") for j in range(max(0, i - 15), i)):
            start = i
        elif s == "Datum":
            _, prev = _prev_nonblank(lines, i)
            if _next_nonblank(lines, i + 1) == "Dnr" and "Instans" not in lines[i:i + 4]:
                k, prev = _prev_nonblank(lines, i)
                page_only.add(k if _ORG.search(prev) else i)
                continue
            if not (_is_phone(prev) or prev in ("Handläggare", "1(1)", "1(2)", "Sida") or "@" in prev):
                start = i
        elif s in extra:
            extra.remove(s)
            start = i
        elif raw.startswith(" ") and not raw.startswith("  ") and seed in ("003", "004"):
            page_only.add(i)  # a page boundary of the original PDF
            continue
        if start is None:
            continue
        # back up over a preceding footer block or organisation line belonging to the same page
        j = start
        while True:
            k, prev = _prev_nonblank(lines, j)
            if k < 0 or not (prev in _FOOTER_WORDS or (_ORG.search(prev) and len(prev) < 40)
                             or (prev.startswith("Postadress"))):
                break
            j = k
            if k in starts or k in page_only:
                break
        starts.add(j)
    return starts, page_only - starts


def _table_row(line: str) -> list[str] | None:
    s = line.strip()
    if s.startswith("|") and s.endswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if all(re.fullmatch(r":?-{3,}:?", c) or not c for c in cells):
            return []
        return cells
    return None


def layout_seed(lines: list[str], seed: str) -> Layout:
    """Given the lines of a seed, lay them out as a meeting package: each document starts on a new page."""
    lines = split_joined(lines)
    starts, page_only = doc_starts(lines, seed)
    lay = Layout(size=10, leading=13.0, top=PAGE_H - 60)
    lay.new_page(page_number_footer("Borås Stad"), new_doc=True)
    blank = 0
    table: list[list[str]] = []

    def flush_table() -> None:
        if table:
            ncol = max(len(r) for r in table)
            step = (RIGHT - LEFT) / ncol
            lay.table([r + [""] * (ncol - len(r)) for r in table], [step * n for n in range(ncol)],
                      bold_first=True, size=9)
            table.clear()

    for i, raw in enumerate(lines):
        row = _table_row(raw)
        if row is not None:
            if row:
                table.append(row)
            continue
        flush_table()
        if raw.strip() in ("- | | |", "-"):
            continue
        if i in starts and not lay.page_empty():
            lay.new_page(new_doc=True)
            blank = 0
        elif i in page_only and not lay.page_empty():
            lay.new_page()
            blank = 0
        s = raw.strip()
        if not s:
            blank += 1
            continue
        if blank and not lay.page_empty():
            lay.space(0.5 if seed == "003" else 0.6)
        blank = 0
        if "\t" in s:
            cells = [c.strip() for c in s.split("\t")]
            if len(cells) > 2:
                step = (RIGHT - LEFT) / len(cells)
                lay.table([cells], [step * n for n in range(len(cells))], size=8)
                continue
            s = "    ".join(cells)
        bullet = re.match(r"^([-•\uf0b7]|\d+\.)\s+", s)
        if bullet:
            lay.text(s, hang=width(bullet.group(0), FONT, lay.size), indent=10)
        else:
            lay.text(s)
    flush_table()
    return lay


PACKAGES = [("000", "paket/sammantrade_000.pdf", "Arbetslivsnämnden sammanträde 2022-08-29"),
            ("002", "paket/sammantrade_002.pdf", "Arbetslivsnämnden sammanträde 2024-04-23"),
            ("003", "paket/sammantrade_003.pdf", "Arbetslivsnämnden sammanträde 2022-11-22"),
            ("001", "ovrigt/budget_001.pdf", "Arbetslivsnämnden budget"),
            ("004", "ovrigt/uppfoljning_004.pdf", "Arbetslivsnämnden uppföljning")]


def generera_paket(ut: Path, endast: set[str] | None = None) -> list[Path]:
    """Given an output folder, write the seed meeting packages as PDFs and return their paths."""
    written = []
    for seed, name, title in PACKAGES:
        if endast and Path(name).stem not in endast:
            continue
        lines = read_seed(seed)
        if lines is None:
            print(f"Hoppar över {name}: seed-mappen {SEEDS} saknas.", file=sys.stderr)
            continue
        path = ut / name
        sidor = render(layout_seed(lines, seed), path, title)
        print(f"{name}: {sidor} sidor")
        written.append(path)
    return written


# --------------------------------------------------------------------------- huvudprogram


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, generate the samples and return the exit code."""
    parser = argparse.ArgumentParser(description="Generera exempelfiler till samples/.")
    parser.add_argument("--ut", type=Path, default=SAMPLES, help="målmapp (standard: samples/)")
    parser.add_argument("--endast", nargs="*", default=None, help="generera bara filerna med dessa namn (utan .pdf)")
    args = parser.parse_args(argv)
    endast = set(args.endast) if args.endast else None
    generera_paket(args.ut, endast)
    return 0


if __name__ == "__main__":
    sys.exit(main())
