"""Generera exempelfiler till samples/: sammanträdespaket, remisser, facit och trasiga filer.

Körs som `.venv/bin/python samples/generera.py [--ut MAPP] [--endast NAMN ...]`.
Allt är deterministiskt (reportlab `invariant=1`, fasta datum): två körningar ger samma bytes.
Seed-texterna läses från `tests/seeds/` (en kopia av `<repo>/../shared/seeds`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from remiss.dates import MANAD_NAMN as MANADER
from remiss.dates import svensk_form

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "tests" / "seeds"

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
    """Given text, return it with private-use bullets replaced and (for Helvetica) unknown characters
    dropped."""
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
    dekor_forst: bool = False


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

    def __init__(
        self, size: float = 10.5, leading: float = 14.0, top: float = TOP, bottom: float = BOTTOM
    ) -> None:
        self.pages: list[Sida] = []
        self.size = size
        self.leading = leading
        self.top = top
        self.bottom = bottom
        self.dekor: Dekor | None = None
        self.dekor_forst = False
        self.rader: dict[str, int] = {}
        self.dok = 0
        self.y = 0.0
        self.cont_top = top

    # -- pages
    def new_page(
        self, dekor: Dekor | None | bool = False, new_doc: bool = False, top: float | None = None
    ) -> Sida:
        """Start a new page (optionally a new document with its own decoration) and return it."""
        if new_doc:
            self.dok += 1
        if dekor is not False:
            self.dekor = dekor  # type: ignore[assignment]
        sida = Sida(dekor=self.dekor, dok=self.dok, dekor_forst=self.dekor_forst)
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

    def text(
        self,
        line: str,
        bold: bool = False,
        size: float | None = None,
        indent: float = 0.0,
        hang: float = 0.0,
        right: float = RIGHT,
    ) -> None:
        """Lay out one logical line (with **bold** runs), wrapping words over lines and pages."""
        if "\n" in line:
            for n, part in enumerate(line.split("\n")):
                self.text(
                    part, bold, size, indent if n == 0 else indent + hang, hang if n == 0 else 0.0, right
                )
            return
        size = size or self.size
        leading = self.leading * size / self.size
        runs = parse_runs(line, bold)
        words: list[tuple[str, bool]] = []
        for run_text, run_bold in runs:
            for word in re.split(r"( +)", run_text):
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

    def table(
        self,
        rows: Sequence[Sequence[str]],
        cols: Sequence[float],
        bold_first: bool = False,
        size: float | None = None,
        grid: bool = False,
    ) -> None:
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
        members = docs[sida.dok]
        if sida.dekor is not None and sida.dekor_forst:
            sida.dekor(c, members.index(i) + 1, len(members))
        for op in sida.ops:
            c.setFont(op.font, op.size)
            c.drawString(op.x, op.y, op.text)
        if sida.dekor is not None and not sida.dekor_forst:
            sida.dekor(c, members.index(i) + 1, len(members))
        c.showPage()
    c.save()
    return len(layout.pages)


# --------------------------------------------------------------------------- dekor (sidhuvud och sidfot)

BORAS_FOOTER = [
    ("Postadress", "501 80 Borås"),
    ("Besöksadress", "Kungsgatan 55"),
    ("Hemsida", "boras.se"),
    ("E-post", "boras.stad@boras.se"),
    ("Telefon", "033-35 70 00 vxl"),
]


def boras_footer(c: canvas.Canvas, falt: Sequence[tuple[str, str]] = BORAS_FOOTER, y: float = 42.0) -> None:
    """Draw the Borås Stad footer: labels above values, column by column."""
    x = LEFT
    for label, value in falt:
        c.setFont(FONT_BOLD, 7)
        c.drawString(x, y, clean_chars(label))
        c.setFont(FONT, 7.5)
        c.drawString(x, y - 10, clean_chars(value))
        x += max(width(value, FONT, 7.5), width(label, FONT_BOLD, 7)) + 18


def boras_header(
    doktyp: str,
    instans: str,
    datum: str,
    dnr: str,
    org: str | None = None,
    footer: Sequence[tuple[str, str]] | None = BORAS_FOOTER,
    vanster: Sequence[str] = (),
) -> Dekor:
    """Return a decoration drawing a Borås Stad header block (doktyp, Sida n(N), Datum, Instans, Dnr) and
    footer."""

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
_FOOTER_WORDS = {
    "Postadress",
    "Besöksadress",
    "Hemsida",
    "E-post",
    "Telefon",
    "501 80 Borås",
    "Kungsgatan 55",
    "Österlånggatan 72",
    "boras.se",
    "033-35 70 00 vxl",
    "arbetsliv@boras.se",
    "boras.stad@boras.se",
    "Fel! Dokumentvariabel saknas.",
    "«OrgNamn»",
}

# Lines after which (or at which) a seed package gets an extra page break: the start of an attached document.
EXTRA_BREAKS = {
    "000": [
        "Utveckla stödet för anhöriga till kriminella",
        "Mikael Lund, 033-35 35 64",
        "Remiss",
        "Borås Stads Miljöprogram",
        "Bilaga 1. Globala och nationella mål kopplat till programmet",
    ],
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
    """Return True when the name at line i signs the end of a missiv (its closing demands come just
    before)."""
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
    """Given package lines, return the indexes where a new document begins and where only a new page
    begins."""
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
            lines[j].strip() == "Sammanträdesdatum" for j in range(max(0, i - 10), i)
        ):
            start = i
        elif (
            s.startswith("Remiss: ")
            and nxt == "Remissinstanser"
            and not any(lines[j].strip().startswith("Dnr ") for j in range(max(0, i - 15), i))
        ):
            start = i
        elif (
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)
            and nxt == "Instans"
            and _prev_nonblank(lines, i)[1] != "Datum"
        ):
            start = i  # a header block whose "Datum" label was lost
        elif s == "Datum":
            _, prev = _prev_nonblank(lines, i)
            if _next_nonblank(lines, i + 1) == "Dnr" and "Instans" not in lines[i : i + 4]:
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
            if k < 0 or not (
                prev in _FOOTER_WORDS
                or (_ORG.search(prev) and len(prev) < 40)
                or (prev.startswith("Postadress"))
            ):
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
            lay.table(
                [r + [""] * (ncol - len(r)) for r in table],
                [step * n for n in range(ncol)],
                bold_first=True,
                size=9,
            )
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
            lay.space(0.3 if seed == "003" else 0.6)
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
        lay.rader.setdefault(s, len(lay.pages))
    flush_table()
    return lay


def doc_span(lay: Layout, rad: str) -> tuple[int, int]:
    """Given a laid-out package and a line in it, return the first and last page of the document holding
    it."""
    dok = lay.pages[lay.rader[rad] - 1].dok
    nummer = [n for n, sida in enumerate(lay.pages, 1) if sida.dok == dok]
    return (nummer[0], nummer[-1])


PACKAGES = [
    ("000", "paket/sammantrade_000.pdf", "Arbetslivsnämnden sammanträde 2022-08-29"),
    ("002", "paket/sammantrade_002.pdf", "Arbetslivsnämnden sammanträde 2024-04-23"),
    ("003", "paket/sammantrade_003.pdf", "Arbetslivsnämnden sammanträde 2022-11-22"),
    ("001", "ovrigt/budget_001.pdf", "Arbetslivsnämnden budget"),
    ("004", "ovrigt/uppfoljning_004.pdf", "Arbetslivsnämnden uppföljning"),
]


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
        lay = layout_seed(lines, seed)
        sidor = render(lay, path, title)
        fall = [(sanning, doc_span(lay, rad)) for rad, sanning in paket_remisser(seed)]
        stem = name.replace("/", "_").removesuffix(".pdf")
        write_facit(ut / "facit" / f"{stem}.json", name, fall)
        print(f"{name}: {sidor} sidor, {len(fall)} remiss(er)")
        written.append(path)
    return written


# --------------------------------------------------------------------------- remisser: data och facit


@dataclass(frozen=True)
class Inst:
    """A remissinstans as the truth file states it."""

    namn: str
    epost: str | None = None
    grupp: str | None = None
    omfattning: str | None = None

    def visad(self) -> str:
        """Return the name as printed in a list (with the scope in parentheses when there is one)."""
        return f"{self.namn} ({self.omfattning})" if self.omfattning else self.namn


@dataclass(frozen=True)
class Sanning:
    """The truth for one remiss: exactly the fields the facit file holds (pages are added at layout)."""

    diarienummer: str
    klassificering: str | None
    avsandare: str
    titel: str
    datum: str | None
    svarsdatum: str
    svarsadress: str | None
    kopia: tuple[str, ...]
    instanser: tuple[Inst, ...]
    handlaggare: tuple[str | None, str | None, str | None]

    def facit(self, sidor: tuple[int, int]) -> dict[str, object]:
        """Given the missiv's first and last page, return the facit object."""
        namn, telefon, epost = self.handlaggare
        return {
            "diarienummer": self.diarienummer,
            "klassificering": self.klassificering,
            "avsandare": self.avsandare,
            "titel": self.titel,
            "datum": self.datum,
            "svarsdatum": self.svarsdatum,
            "svarsadress": self.svarsadress,
            "kopia": list(self.kopia),
            "remissinstanser": [
                {"namn": i.namn, "epost": i.epost, "grupp": i.grupp, "omfattning": i.omfattning}
                for i in self.instanser
            ],
            "handlaggare": {"namn": namn, "telefon": telefon, "epost": epost},
            "sidor": [sidor[0], sidor[1]],
        }


def inst(*namn: str, grupp: str | None = None) -> tuple[Inst, ...]:
    """Given names, return them as remissinstanser (a name 'X (avsnitt 5)' gets its scope split off)."""
    out = []
    for n in namn:
        m = re.fullmatch(r"(.+?) \(((?:avsnitt|kapitel|del|bilaga) [^)]+)\)", n)
        if m:
            out.append(Inst(m.group(1), grupp=grupp, omfattning=m.group(2)))
        else:
            out.append(Inst(n, grupp=grupp))
    return tuple(out)


def numbered(instanser: Sequence[Inst], start: int = 1) -> list[str]:
    """Given remissinstanser, return the lines of a numbered list."""
    return [f"{n}. {i.visad()}" for n, i in enumerate(instanser, start)]


# --------------------------------------------------------------------------- block → sidor


def lay_blocks(lay: Layout, blocks: Sequence[tuple]) -> None:
    """Lay out content blocks on the layout's pages.

    ('h', text) rubrik, ('p', text) stycke, ('ol'|'ul', rader), ('tab', rader, kolumner), ('rad', text) en rad
    utan luft efter, ('luft', rader), ('sida',) sidbrytning.
    """
    for block in blocks:
        kind = block[0]
        if kind == "h":
            lay.need(lay.leading * 3)
            lay.space(0.4)
            lay.text(block[1], bold=True, size=block[2] if len(block) > 2 else lay.size + 0.5)
            lay.space(0.3)
        elif kind == "p":
            lay.text(block[1])
            lay.space(0.6)
        elif kind == "rad":
            lay.text(block[1])
        elif kind in ("ol", "ul"):
            for rad in block[1]:
                if kind == "ul":
                    lay.text(f"•  {rad}", indent=14, hang=width("•  ", FONT, lay.size))
                else:
                    m = re.match(r"\d+\.\s", rad)
                    lay.text(rad, indent=14, hang=width(m.group(0), FONT, lay.size) if m else 0.0)
            lay.space(0.6)
        elif kind == "tab":
            lay.table(block[1], block[2], bold_first=len(block) > 3 and block[3], size=lay.size - 0.5)
            lay.space(0.6)
        elif kind == "luft":
            lay.space(block[1])
        elif kind == "sida":
            lay.new_page()
        else:  # pragma: no cover - programming error
            raise ValueError(kind)


def lay_lines(
    lay: Layout, lines: Sequence[str], max_pages: int | None = None, page_breaks: Sequence[str] = ()
) -> None:
    """Lay out seed lines (an attached document) on new pages, at most max_pages of them."""
    start = len(lay.pages)
    blank = 0
    for raw in lines:
        s = raw.strip()
        if not s:
            blank += 1
            continue
        if s in page_breaks and not lay.page_empty():
            lay.new_page()
        elif blank and not lay.page_empty():
            lay.space(0.5)
        blank = 0
        s = s.replace("\t", "    ")
        bullet = re.match(r"^([-•\uf0b7]|\d+\.)\s+", s)
        lay.text(
            s, hang=width(bullet.group(0), FONT, lay.size) if bullet else 0.0, indent=10 if bullet else 0.0
        )
        if max_pages is not None and len(lay.pages) - start > max_pages:
            lay.pages.pop()
            break


def seed_slice(lines: Sequence[str], first: str, last: str | None = None, after: int = 0) -> list[str]:
    """Given seed lines, return the lines from the first one equal to `first` (stripped) through `last`."""
    i = next(n for n, line in enumerate(lines) if n >= after and line.strip() == first)
    if last is None:
        return list(lines[i:])
    j = next(n for n, line in enumerate(lines) if n > i and line.strip() == last)
    return list(lines[i : j + 1])


@dataclass
class Exempel:
    """One sample file: its name, how it is built and the truth of every remiss in it."""

    namn: str
    bygg: Callable[[Layout], list[tuple[Sanning, tuple[int, int]]]]
    seed: bool = False
    beskrivning: str = ""


def page_span(lay: Layout, first: int) -> tuple[int, int]:
    """Given the index of a document's first page, return its (first, last) page numbers from 1."""
    return (first + 1, len(lay.pages))


# --------------------------------------------------------------------------- Borås-missiv (från seeds)

BORAS_KRAV_SAMMANFATTNING = (
    "Nämndens/bolagets yttrande skall innehålla en kort sammanfattning. Denna kommer i "
    "normalfallet att användas i den sammanställning av remissvar som ingår i det "
    "beslutsunderlag som presenteras för {org}."
)
BORAS_KRAV_STALLNING = (
    "Yttranden skall alltid innehålla ett tydligt ställningstagande till det remitterade ärendet "
    "(tillstyrker, avstyrker, avstår från att yttra sig). Reservationer, särskilda yttranden och "
    "protokollsanteckningar skall alltid redovisas tillsammans med nämndens/styrelsens beslut."
)


def boras_missiv(
    lay: Layout,
    s: Sanning,
    dnr_rad: str,
    lista: list[tuple],
    text: list[tuple],
    handl: Sequence[str],
    doktyp: str = "MISSIV",
    instans: str | None = None,
    footer: Sequence[tuple[str, str]] = BORAS_FOOTER,
) -> tuple[int, int]:
    """Lay out a Borås Stad missiv (header block, 'Remiss: …', list, demands, handläggare); return its
    pages."""
    first = len(lay.pages)
    lay.dekor_forst = True
    lay.new_page(
        boras_header(doktyp, instans or s.avsandare, s.datum, dnr_rad, footer=footer), new_doc=True, top=TOP
    )
    lay.dekor_forst = False
    lay_blocks(lay, [("h", f"Remiss: {s.titel}", 13), ("h", "Remissinstanser", 11)] + lista + text)
    lay.space(0.6)
    for rad in handl:
        lay.text(rad)
    return page_span(lay, first)


def bilaga(lay: Layout, lines: Sequence[str], max_pages: int, breaks: Sequence[str] = ()) -> None:
    """Lay out an attached document after a missiv, on its own pages with page numbers."""
    lay.new_page(page_number_footer(), new_doc=True, top=PAGE_H - 70)
    lay.cont_top = PAGE_H - 70
    lay_lines(lay, lines, max_pages=max_pages, page_breaks=breaks)
    lay.cont_top = TOP


def seed_lines(prefix: str) -> list[str]:
    """Given a seed number, return its lines (the caller has checked that the seeds exist)."""
    lines = read_seed(prefix)
    assert lines is not None
    return split_joined(lines)


S_MILJO = Sanning(
    diarienummer="2022-1430",
    klassificering=None,
    avsandare="Miljöförvaltningen",
    titel="Miljöprogram",
    datum="2022-05-10",
    svarsdatum="2022-08-31",
    svarsadress="miljo@boras.se",
    kopia=(),
    instanser=inst(
        "Alla nämnder och bolagsstyrelser i Borås Stads kommunkoncern",
        "Alla partier som är representerade i Borås Stads kommunfullmäktige",
        grupp="Obligatoriska",
    )
    + inst("Länsstyrelsen Västra Götaland", "Allmänheten via Borås Stads hemsida", grupp="Valfria"),
    handlaggare=("Mikael Lund", "033-35 35 64", "mikael.lund@boras.se"),
)

MILJO_FOOTER = [
    ("POSTADRESS", "501 80 Borås"),
    ("BESÖKSADRESS", "Sturegatan 42"),
    ("WEBBPLATS", "boras.se"),
    ("E-POST", "miljo@boras.se"),
    ("TELEFON", "033-35 30 00"),
]


def bygg_miljoprogram(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Three pages of the programme, then the missiv with its header Dnr 2020-1430 (the text says
    2022-1430)."""
    lines = seed_lines("000")
    bilaga(lay, seed_slice(lines, "Borås Stads Miljöprogram", after=1600), max_pages=3)
    s = S_MILJO
    first = len(lay.pages)
    lay.dekor_forst = True
    lay.new_page(
        boras_header(
            "",
            "",
            s.datum,
            "Dnr 2020-1430",
            org="Miljöförvaltningen",
            footer=MILJO_FOOTER,
            vanster=["Mikael Lund, 033-35 35 64", "Mikael.lund@boras.se"],
        ),
        new_doc=True,
        top=TOP,
    )
    lay.dekor_forst = False
    lay_blocks(
        lay,
        [
            ("h", "Missiv till remiss Miljöprogram", 13),
            ("h", "Remissprocess"),
            ("rad", "Obligatoriska remissinstanser:"),
            ("luft", 0.4),
            ("rad", s.instanser[0].namn),
            ("rad", s.instanser[1].namn),
            ("luft", 0.6),
            ("rad", "Valfria remissinstanser:"),
            ("luft", 0.4),
            ("rad", s.instanser[2].namn),
            ("rad", s.instanser[3].namn),
            ("luft", 0.6),
            ("h", "Remisstid:"),
            ("p", "Sista svarsdatum är den 31 augusti 2022."),
            (
                "p",
                "Efter remisstiden kommer remissvaren sammanställas och eventuella ändringar arbetas in i "
                "dokumentet. "
                "Miljö- och konsumentnämnden beslutar sedan om programmet, som sedan skickas vidare för "
                "beslut i "
                "kommunfullmäktige.",
            ),
            ("h", "Svar:"),
            (
                "p",
                "Svar lämnas via e-post till miljo@boras.se, ange diarienummer 2022-1430 och "
                "remissinstansens namn i "
                "ämnesraden på e-postmeddelandet.",
            ),
            (
                "p",
                "Nämndens/bolagsstyrelsens yttrande ska innehålla en kort sammanfattning. Denna kommer att "
                "användas i "
                "den sammanställning av remissvar som ingår i det beslutsunderlag som presenteras för "
                "miljö- och "
                "konsumentnämnden.",
            ),
            (
                "p",
                "Reservationer, särskilda yttranden och protokollsanteckningar skall alltid redovisas "
                "tillsammans med "
                "nämndens/styrelsens beslut.",
            ),
            ("h", "När ni svara så tänk på:"),
            (
                "ul",
                [
                    "Svaret ska vara så kortfattat och konkret som möjligt.",
                    "Svara med hänvisning till sidnumrering.",
                    "Ta upp både det som ni ser som styrkor i miljöprogrammet och det ni tycker saknas "
                    "eller behöver "
                    "ändras. Motivera kortfattat.",
                    "Nämndens/bolagets yttrande skall innehålla en kort sammanfattning",
                    "Yttranden skall alltid innehålla ett tydligt ställningstagande till det remitterade "
                    "ärendet "
                    "(tillstyrker, avstyrker, avstår från att yttra sig).",
                ],
            ),
            ("sida",),
            ("rad", "Vi önskar att ni även beaktar följande i era svar:"),
            ("luft", 0.4),
            (
                "ul",
                [
                    "Vad är er samlade uppfattning om miljöprogrammet?",
                    "Vad anser ni om de gemensamma målen?",
                    "Vad tycker ni om arbetssättet med genomförande, uppföljning och samordning?",
                    "Hur kan er organisation bidra, exempelvis i expertgruppen?",
                ],
            ),
            ("h", "Frågor:"),
            ("p", "Frågor kan besvaras av handläggare:"),
            ("rad", "Mikael Lund, allmänna frågor, program, handlingsplaner och mål"),
            ("rad", "Mejladress: mikael.lund@boras.se"),
            ("rad", "Telefon: 033-35 35 64"),
            ("luft", 0.6),
            ("rad", "Nina Lundin, allmänna frågor, program, handlingsplaner och mål"),
            ("rad", "Mejladress: nina.lundin@boras.se"),
            ("rad", "Telefon: 0734-327848"),
            ("luft", 0.6),
            ("h", "Underlag:"),
            ("p", "Bilaga. Remissversion Miljöprogram inklusive bilaga (1)"),
            ("luft", 1.0),
            ("rad", "Agneta Sander"),
            ("rad", "Förvaltningschef"),
            ("luft", 0.6),
            ("rad", "Elin Johnsson"),
            ("rad", "Avdelningschef"),
        ],
    )
    return [(s, page_span(lay, first))]


S_ANHORIGA = Sanning(
    diarienummer="KS 2022-00216",
    klassificering=None,
    avsandare="Kommunstyrelsen",
    titel="Motion: Utveckla stödet för anhöriga till kriminella",
    datum="2022-04-04",
    svarsdatum="2022-08-31",
    svarsadress="ks.diarium@boras.se",
    kopia=(),
    instanser=(
        Inst("Arbetslivsnämnden", "aln.diarium@boras.se"),
        Inst("Fritids och folkhälsonämnden", "ff.diarium@boras.se"),
        Inst("Individ- och familjeomsorgsnämnden", "ifon.diarium@boras.se"),
        Inst("Sociala omsorgsnämnden", "Son.diarium@boras.se"),
        Inst("Vård- och äldreomsorgsnämnden", "van.diarium@boras.se"),
        Inst("Svenska kyrkan", "boras.diakonicentrum@svenskakyrkan.se"),
        Inst("Solrosen Borås", "solrosen@raddningsmissionen.se"),
    ),
    handlaggare=("Mikael Andersson", None, "mikael.an.andersson@boras.se"),
)


def bygg_anhoriga(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Missiv with a table of remissinstanser and e-mail addresses, deadline in bold ISO form, then the
    motion."""
    s = S_ANHORIGA
    rows = [[f"{n}. {i.namn}", i.epost or ""] for n, i in enumerate(s.instanser, 1)]
    span = boras_missiv(
        lay,
        s,
        "Dnr KS 2022-00216",
        [("tab", rows, [0, 230])],
        [
            (
                "p",
                "Motionen inkom till Kommunfullmäktige 2022-02-24 och remitterades till Kommunstyrelsen. "
                "Ärendet "
                "skickas på remiss för yttrande till ovanstående remissinstanser.",
            ),
            ("p", "Aktuella handlingar för ärendet:"),
            ("ul", ["Motion - Utveckla stödet för anhöriga till kriminella, bifogas denna remiss."]),
            (
                "p",
                "Se vidare i motionen där Kommunfullmäktige föreslås besluta att lämplig nämnd utreder hur "
                "anhörigstödet kan utvecklas i Borås Stad till att även omfatta anhöriga till kriminella.",
            ),
            (
                "p",
                "Yttranden ska innehålla ett tydligt ställningstagande till det remitterade ärendet "
                "(tillstyrker, "
                "avstyrker, avstår från att yttra sig). Reservationer, särskilda yttranden och "
                "protokollsanteckningar ska redovisas tillsammans med nämndens/styrelsens beslut.",
            ),
            (
                "p",
                "Nämndens/remissinstansens yttrande ska innehålla en kort sammanfattning. Denna kommer i "
                "normalfallet att användas i den sammanställning av remissvar som ingår i det "
                "beslutsunderlag som "
                "presenteras för Kommunstyrelsen.",
            ),
            (
                "p",
                "Remissvaren ska ha kommit in till Kommunstyrelsen senast den **2022-08-31**. Remissvaren "
                "skickas i "
                "elektronisk form till **ks.diarium@boras.se**.",
            ),
            (
                "p",
                "Ange diarienummer KS 2022-00216 och remissinstansens namn i ämnesraden på "
                "e-postmeddelandet.",
            ),
        ],
        [
            "Handläggare",
            "",
            "Mikael Andersson,",
            "Stadsledningskansliet, Centrum för kunskap och säkerhet",
            "mikael.an.andersson@boras.se",
        ],
    )
    bilaga(
        lay,
        seed_slice(
            seed_lines("000"), "Utveckla stödet för anhöriga till kriminella", "Ledamot, Kommunfullmäktige"
        ),
        max_pages=2,
    )
    return [(s, span)]


S_OVERENS = Sanning(
    diarienummer="FOFN 2023-00200",
    klassificering="2.3.1.0",
    avsandare="Fritids- och folkhälsonämnden",
    titel="Uppföljning av Överenskommelsen",
    datum="2024-02-26",
    svarsdatum="2024-04-30",
    svarsadress="FF.diarium@boras.se",
    kopia=(),
    instanser=inst(
        "Arbetslivsnämnden",
        "Förskolenämnden",
        "Grundskolenämnden",
        "Gymnasie- och vuxenutbildningsnämnden",
        "Individ- och familjeomsorgsnämnden",
        "Kulturnämnden",
        "Lokalförsörjningsnämnden",
        "Miljö- och konsumentnämnden",
        "Samhällsbyggnadsnämnden",
        "Servicenämnden",
        "Sociala omsorgsnämnden",
        "Tekniska nämnden",
        "Vård- och äldrenämnden",
        "Kommunstyrelsen",
        "Överförmyndarnämnden",
        "Bostäder i Borås AB",
        "Borås TME",
        "Borås Djurpark",
        "Borås Energi och Miljö AB",
        "Nätkraft Borås AB",
        "Borås Parkerings AB",
        "Industribyggnader i Borås AB",
        "Fristadbostäder AB",
        "Viskaforshem AB",
        "AB Toarpshus",
        "AB Sandhultbostäder",
        "Inkubatorn i Borås AB",
        "Akademiplatsen i Borås AB",
    ),
    handlaggare=("Isabell Berndtsson Warkki", "033-35 82 36", "isabell.berndtsson.warkki@boras.se"),
)


def bygg_overenskommelsen(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Missiv with 28 numbered instanser (breaking over to page 2), bold date and address, then the
    protocol."""
    s = S_OVERENS
    span = boras_missiv(
        lay,
        s,
        "Dnr FOFN 2023-00200 2.3.1.0",
        [("ol", numbered(s.instanser))],
        [
            (
                "p",
                "Remissvaren ska ha kommit in till Fritids- och folkhälsonämnden senast den **30 april "
                "2024**. "
                "Remissvaren skickas i elektronisk form till **FF.diarium@boras.se**. Ange diarienummer FOFN "
                "2023-00200 och remissinstansens namn i ämnesraden på e-postmeddelandet.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Fritids- och folkhälsonämnden")),
            ("p", BORAS_KRAV_STALLNING),
        ],
        ["Isabell Berndtsson Warkki", "Handläggare", "033-35 82 36", "isabell.berndtsson.warkki@boras.se"],
    )
    bilaga(
        lay,
        seed_slice(seed_lines("002"), "Sammanträdesdatum", "Rätt utdraget intygar:"),
        max_pages=3,
        breaks=["Sammanträdesdatum"],
    )
    return [(s, span)]


S_FINSKT = Sanning(
    diarienummer="KS 2023-00433",
    klassificering=None,
    avsandare="Kommunstyrelsen",
    titel="Motion: Aktualisera arbetet med finskt förvaltningsområde i hela staden",
    datum="2024-01-22",
    svarsdatum="2024-04-19",
    svarsadress="KS.diarium@boras.se",
    kopia=(),
    instanser=inst("Arbetslivsnämnden"),
    handlaggare=("Magnus Jungvid", "033-353072", None),
)


def bygg_finskt(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Missiv with a single remissinstans, an unfinished template footer, then the motion."""
    s = S_FINSKT
    trasig = [("«OrgNamn»", "")] + [
        (f, "Fel! Dokumentvariabel saknas.")
        for f in ("Postadress", "Besöksadress", "Hemsida", "E-post", "Telefon")
    ]
    span = boras_missiv(
        lay,
        s,
        "Dnr KS 2023-00433",
        [("ol", numbered(s.instanser))],
        [
            (
                "p",
                "Remissvaren ska ha kommit in till Kommunstyrelsen senast den 19 april 2024. Remissvaren "
                "skickas i "
                "elektronisk form till KS.diarium@boras.se",
            ),
            (
                "p",
                "Ange diarienummer KS 2023-00433 och remissinstansens namn i ämnesraden på "
                "e-postmeddelandet.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Kommunstyrelsen")),
            ("p", BORAS_KRAV_STALLNING),
        ],
        ["Magnus Jungvid", "033-353072"],
        footer=trasig[1:],
    )
    bilaga(
        lay,
        seed_slice(seed_lines("002"), "Motion till Kommunfullmäktige:", "Stefan Lindborg (V)"),
        max_pages=2,
    )
    return [(s, span)]


S_DELAKTIGHET = Sanning(
    diarienummer="KS 2022-00667",
    klassificering="1.4.2.0",
    avsandare="Kommunstyrelsen",
    titel="Riktlinjer - delaktighet och inflytande för medborgare",
    datum="2022-08-29",
    svarsdatum="2022-12-05",
    svarsadress="KS.diarium@boras.se",
    kopia=(),
    instanser=inst(
        "Arbetslivsnämnden",
        "Fritids- och folkhälsonämnden",
        "Förskolenämnden",
        "Grundskolenämnden",
        "Gymnasie- och vuxenutbildningsnämnden",
        "Individ- och familjeomsorgsnämnden",
        "Kulturnämnden",
        "Lokalförsörjningsnämnden",
        "Miljö- och konsumentnämnden",
        "Samhällsbyggnadsnämnden",
        "Servicenämnden",
        "Sociala omsorgsnämnden",
        "Stadsrevisionen",
        "Tekniska nämnden",
        "Valnämnden",
        "Vård- och äldrenämnden",
        "Överförmyndarnämnden",
        "Borås Energi och Miljö AB",
        "Borås Elnät AB",
        "Borås kommuns parkerings AB",
        "Borås Djurpark",
        "AB Bostäder Borås",
        "Fristadbostäder AB",
        "AB Sandhultsbostäder",
        "Toarpshus",
        "Viskaforshem AB",
        "Industribyggnader i Borås AB",
        "Inkubatorn i Borås AB",
    ),
    handlaggare=("Emma Lingefelt", "0734328803", None),
)


def bygg_delaktighet(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Missiv whose 28-name list crosses a page break and whose deadline is split over two lines."""
    s = S_DELAKTIGHET
    span = boras_missiv(
        lay,
        s,
        "Dnr KS 2022-00667 1.4.2.0",
        [("ol", numbered(s.instanser))],
        [
            (
                "p",
                "Remissvaren ska ha kommit in till Kommunstyrelsen senast den 5 december\n2022. "
                "Remissvaren skickas i "
                "elektronisk form till KS.diarium@boras.se.",
            ),
            (
                "p",
                "Ange diarienummer KS 2022-00667 och remissinstansens namn i ämnesraden på "
                "e-postmeddelandet.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Kommunstyrelsen")),
            ("p", BORAS_KRAV_STALLNING),
        ],
        ["Emma Lingefelt", "Handläggare", "0734328803"],
    )
    bilaga(
        lay, seed_slice(seed_lines("003"), "Fastställt av: Kommunfullmäktige", "Stödmaterial"), max_pages=4
    )
    return [(s, span)]


S_HEMLOSHET = Sanning(
    diarienummer="IFON 2022-00041",
    klassificering="1.1.3.0",
    avsandare="Individ- och familjeomsorgsnämnden",
    titel="Program mot hemlöshet",
    datum="2022-08-29",
    svarsdatum="2022-11-30",
    svarsadress="IFON.diarium@boras.se",
    kopia=(),
    instanser=inst(
        "Arbetslivsnämnden",
        "Fritids- och folkhälsonämnden",
        "Förskolenämnden",
        "Grundskolenämnden",
        "Gymnasie- och vuxenutbildningsnämnden",
        "Individ- och familjeomsorgsnämnden",
        "Kulturnämnden",
        "Lokalförsörjningsnämnden",
        "Miljö- och konsumentnämnden",
        "Samhällsbyggnadsnämnden",
        "Servicenämnden",
        "Sociala omsorgsnämnden",
        "Stadsrevisionen",
        "Tekniska nämnden",
        "Vård- och äldrenämnden",
        "Överförmyndarnämnden",
        "Bostäder i Borås",
        "Fristadbostäder AB",
        "AB Sandhultsbostäder",
        "AB Toarpshus",
        "Viskaforshem AB",
        "CA Fastigheter",
        "HSB",
        "Ås Härads fastigheter",
        "Viktoria Park Borås AB",
        "Willhem AB",
        "Svenska kyrkan",
        "Frälsningsarmén",
        "Pingstförsamlingen Borås",
        "Anonyma alkoholister Boråsgruppen",
        "RSMH Tryggheten i Borås (Riksförbundet för Social och Mental Hälsa)",
        "KRIS (Kriminellas Revansch i Samhället)",
        "Kvinnojouren Borås",
        "Borås Rödakorskrets",
        "Rädda barnen i Borås",
    ),
    handlaggare=("Maria Svensson", "033-35 82 32", None),
)


def bygg_hemloshet(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Missiv with 35 instanser (some with parentheses that are not a scope), then six pages of the
    programme."""
    s = S_HEMLOSHET
    span = boras_missiv(
        lay,
        s,
        "Dnr IFON 2022-00041 1.1.3.0",
        [("ol", numbered(s.instanser))],
        [
            (
                "p",
                "Remissvaren ska ha kommit in till Individ- och familjeomsorgsnämnden senast\nden 30 "
                "november 2022. "
                "Remissvaren skickas i elektronisk form till IFON.diarium@boras.se.",
            ),
            (
                "p",
                "Ange diarienummer IFON 2022-00041 och remissinstansens namn i ämnesraden på "
                "e-postmeddelandet.",
            ),
            (
                "p",
                "Nämndens/bolagets/aktörens yttrande skall innehålla en kort sammanfattning. Denna kommer i "
                "normalfallet att användas i den sammanställning av remissvar som ingår i det "
                "beslutsunderlag som "
                "presenteras för Individ- och familjeomsorgsnämnden.",
            ),
            (
                "p",
                BORAS_KRAV_STALLNING.replace(
                    "nämndens/styrelsens beslut", "nämndens/styrelsens/aktörens beslut"
                ),
            ),
        ],
        ["Maria Svensson", "Handläggare", "033-35 82 32"],
    )
    lines = seed_lines("003")
    start = next(
        n
        for n, line in enumerate(lines)
        if line.strip() == "Dokumentet gäller för: Individ- och familjeomsorgsnämnden"
    )
    bilaga(
        lay,
        seed_slice(lines, "1 Inledning", "samverkan med Kommunstyrelsen och berörda nämnder.", after=start),
        max_pages=6,
    )
    return [(s, span)]


S_SKOLSEG = Sanning(
    diarienummer="KS 2022-00304",
    klassificering="1.1.1.1",
    avsandare="Kommunstyrelsen",
    titel="Motion: Handlingsplan mot skolsegregationen",
    datum="2022-09-20",
    svarsdatum="2022-12-11",
    svarsadress="KS.diarium@boras.se",
    kopia=(),
    instanser=inst(
        "Förskolenämnden",
        "Grundskolenämnden",
        "Gymnasie- och vuxenutbildningsnämnden",
        "Fritids- och folkhälsonämnden",
        "Individ- och familjeomsorgsnämnden",
        "Arbetslivsnämnden",
        "Samhällsbyggnadsnämnden",
    ),
    handlaggare=("Ingegerd Eriksson", "033 357165", None),
)


def bygg_skolsegregation(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """The one-page missiv exactly as in seed 003 (MISSIV Sida 1(1), deadline split over two lines)."""
    s = S_SKOLSEG
    span = boras_missiv(
        lay,
        s,
        "Dnr KS 2022-00304 1.1.1.1",
        [("ol", numbered(s.instanser))],
        [
            (
                "p",
                "Remissvaren ska ha kommit in till Kommunstyrelsen senast den 11 december\n2022. "
                "Remissvaren skickas i "
                "elektronisk form till KS.diarium@boras.se",
            ),
            (
                "p",
                "Ange diarienummer KS 2022-00304 och remissinstansens namn i ämnesraden\npå "
                "e-postmeddelandet.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Kommunstyrelsen")),
            ("p", BORAS_KRAV_STALLNING),
        ],
        ["Ingegerd Eriksson", "Handläggare", "033 357165"],
    )
    return [(s, span)]


SEED_EXEMPEL = [
    Exempel(
        "miljoprogram",
        bygg_miljoprogram,
        True,
        "Miljöförvaltningens missiv (seed 000) efter tre sidor av programmet; Dnr i sidhuvudet 2020-1430 men "
        "2022-1430 i texten; grupperade remissinstanser (Obligatoriska/Valfria); två handläggare.",
    ),
    Exempel(
        "anhoriga_kriminella",
        bygg_anhoriga,
        True,
        "Kommunstyrelsens missiv (seed 000) med tabell över remissinstanser och e-postadresser, svarsdatum "
        "i fetstil som ISO-datum, handläggare utan telefon; motionen följer.",
    ),
    Exempel(
        "overenskommelsen",
        bygg_overenskommelsen,
        True,
        "Fritids- och folkhälsonämndens missiv (seed 002), 28 instanser som går över sidbrytningen, "
        "datum och adress i fetstil; protokollsutdraget § 19 följer.",
    ),
    Exempel(
        "finskt_forvaltningsomrade",
        bygg_finskt,
        True,
        "Kommunstyrelsens missiv (seed 002) med en enda remissinstans, sidfot med ofyllda dokumentvariabler "
        "och handläggare utan rubriken Handläggare; motionen följer.",
    ),
    Exempel(
        "delaktighet_inflytande",
        bygg_delaktighet,
        True,
        "Kommunstyrelsens missiv (seed 003), 28 instanser över sidbrytning, svarsdatum delat över två rader; "
        "fyra sidor av riktlinjerna följer.",
    ),
    Exempel(
        "hemloshet",
        bygg_hemloshet,
        True,
        "Individ- och familjeomsorgsnämndens missiv (seed 003), 35 instanser varav några med parentes som "
        "inte är en avgränsning, 'senast' och datumet på olika rader; sex sidor av programmet följer.",
    ),
    Exempel(
        "skolsegregation",
        bygg_skolsegregation,
        True,
        "Kommunstyrelsens ensidiga missiv (seed 003), som originalet: MISSIV Sida 1(1), svarsdatum delat "
        "över två rader.",
    ),
]


def paket_remisser(seed: str) -> list[tuple[str, Sanning]]:
    """Given a seed number, return (a line of the missiv, truth) for every remiss in its package.

    Missiv that have no header block in the seed have no datum and no klassificering there.
    """
    utan_huvud = {"datum": None, "klassificering": None}
    if seed == "000":
        return [
            ("Missiv till remiss Miljöprogram", S_MILJO),
            (
                "Remiss: Motion: Utveckla stödet för anhöriga till kriminella",
                replace(S_ANHORIGA, **utan_huvud),
            ),
        ]
    if seed == "002":
        return [
            ("Remiss: Uppföljning av Överenskommelsen", replace(S_OVERENS, **utan_huvud)),
            (
                "Remiss: Motion: Aktualisera arbetet med finskt förvaltningsområde i hela staden",
                replace(S_FINSKT, **utan_huvud),
            ),
        ]
    if seed == "003":
        return [
            ("Remiss: Riktlinjer - delaktighet och inflytande för", S_DELAKTIGHET),
            ("Remiss: Program mot hemlöshet", S_HEMLOSHET),
            ("Remiss: Motion: Handlingsplan mot skolsegregationen", S_SKOLSEG),
        ]
    return []


# --------------------------------------------------------------------------- egna remisser (andra avsändare)

RK_S_INSTANSER = (
    "Riksdagens ombudsmän (JO)",
    "Justitiekanslern",
    "Kammarrätten i Göteborg",
    "Förvaltningsrätten i Malmö",
    "Domstolsverket",
    "Åklagarmyndigheten",
    "Polismyndigheten (avsnitt 7 och 8)",
    "Kriminalvården",
    "Brottsförebyggande rådet (Brå)",
    "Brottsoffermyndigheten",
    "Integritetsskyddsmyndigheten",
    "Statens institutionsstyrelse",
    "Barnombudsmannen",
    "Diskrimineringsombudsmannen",
    "Arbetsförmedlingen (avsnitt 5 och 6)",
    "Försäkringskassan",
    "Pensionsmyndigheten (avsnitt 9)",
    "Inspektionen för socialförsäkringen",
    "Socialstyrelsen",
    "Inspektionen för vård och omsorg",
    "Folkhälsomyndigheten",
    "Myndigheten för familjerätt och föräldraskapsstöd",
    "Myndigheten för delaktighet",
    "Myndigheten för vård- och omsorgsanalys",
    "Statens beredning för medicinsk och social utvärdering",
    "Skolverket (kapitel 4)",
    "Skolinspektionen",
    "Specialpedagogiska skolmyndigheten",
    "Myndigheten för ungdoms- och civilsamhällesfrågor",
    "Jämställdhetsmyndigheten",
    "Skatteverket",
    "Kronofogdemyndigheten",
    "Ekonomistyrningsverket",
    "Statskontoret",
    "Arbetsgivarverket",
    "Migrationsverket (avsnitt 10)",
    "Länsstyrelsen i Stockholms län",
    "Länsstyrelsen i Västra Götalands län",
    "Länsstyrelsen i Skåne län",
    "Länsstyrelsen i Norrbottens län",
    "Länsstyrelsen i Jönköpings län",
    "Uppsala universitet (Juridiska fakultetsnämnden)",
    "Lunds universitet",
    "Göteborgs universitet",
    "Stockholms universitet (Institutionen för socialt arbete)",
    "Umeå universitet",
    "Linnéuniversitetet",
    "Högskolan i Gävle",
    "Malmö universitet",
    "Ersta Sköndal Bräcke högskola",
    "Forte",
    "Alingsås kommun",
    "Borås kommun",
    "Botkyrka kommun",
    "Eskilstuna kommun",
    "Falu kommun",
    "Gislaveds kommun",
    "Göteborgs kommun",
    "Haparanda kommun",
    "Helsingborgs kommun",
    "Hylte kommun",
    "Jönköpings kommun",
    "Kalmar kommun",
    "Karlstads kommun",
    "Kiruna kommun",
    "Linköpings kommun",
    "Luleå kommun",
    "Malmö kommun",
    "Norrköpings kommun",
    "Nässjö kommun",
    "Örebro kommun",
    "Östersunds kommun",
    "Sigtuna kommun",
    "Skellefteå kommun",
    "Stockholms kommun",
    "Sundsvalls kommun",
    "Tranemo kommun",
    "Trollhättans kommun",
    "Uddevalla kommun",
    "Umeå kommun",
    "Uppsala kommun",
    "Vänersborgs kommun",
    "Västerås kommun",
    "Växjö kommun",
    "Region Gotland",
    "Region Jämtland Härjedalen",
    "Region Stockholm",
    "Region Västra Götaland",
    "Region Skåne",
    "Sveriges Kommuner och Regioner (SKR)",
    "Akademikerförbundet SSR",
    "Barnrättsbyrån",
    "Bris – Barnens rätt i samhället",
    "Famna",
    "Föreningen Sveriges socialchefer",
    "Fryshuset",
    "Funktionsrätt Sverige",
    "Hela Sverige ska leva",
    "Kommunal",
    "Landsorganisationen i Sverige (LO)",
    "Maskrosbarn",
    "Nationell samverkan för psykisk hälsa (NSPH)",
    "Riksförbundet FUB",
    "Rädda Barnen",
    "Riksförbundet för Social och Mental Hälsa (RSMH)",
    "Sveriges advokatsamfund",
    "Sveriges Kvinno- och Tjejjourers Riksförbund (SKR)",
    "Stadsmissionernas riksorganisation",
    "Svenska kyrkan",
    "Sveriges Dövas Riksförbund",
    "Sveriges Psykologförbund",
    "Sveriges Stadsmissioner",
    "Svenskt Näringsliv",
    "Tjänstemännens centralorganisation (TCO)",
    "Unizon",
    "Vision",
    "Vårdföretagarna",
    "Winnet Sverige",
    "Friskolornas riksförbund",
    "Idéburna skolors riksförbund",
    "Läkarförbundet",
)

RK_FOOTER = (
    "Telefonväxel: 08-405 10 00    Postadress: 103 33 Stockholm    Besöksadress: Fredsgatan 8    "
    "E-post: {reg}"
)


def rk_header(dep: str, enhet: str, datum: str, dnr: str, reg: str) -> Dekor:
    """Return a Regeringskansliet decoration: logo text and department left, 'Remiss', date and dnr right."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        c.setFont(FONT_BOLD, 13)
        c.drawString(LEFT, PAGE_H - 60, "Regeringskansliet")
        c.setFont(FONT, 9)
        c.drawString(LEFT, PAGE_H - 78, clean_chars(dep))
        c.drawString(LEFT, PAGE_H - 90, clean_chars(enhet))
        c.setFont(FONT_BOLD, 11)
        c.drawString(330, PAGE_H - 60, "Remiss")
        c.setFont(FONT, 9)
        c.drawString(330, PAGE_H - 78, datum)
        c.drawString(330, PAGE_H - 90, dnr)
        c.drawRightString(RIGHT, PAGE_H - 60, f"{nr} ({antal})")
        c.setFont(FONT, 7)
        c.drawString(LEFT, 40, clean_chars(RK_FOOTER.format(reg=reg)))

    return dekor


S_RK_SOC = Sanning(
    diarienummer="S2023/01234",
    klassificering=None,
    avsandare="Socialdepartementet",
    titel="Ett stärkt stöd till barn och unga i samhällsvården (SOU 2023:66)",
    datum="2023-11-28",
    svarsdatum="2024-03-01",
    svarsadress="s.remissvar@regeringskansliet.se",
    kopia=("s.fst@regeringskansliet.se",),
    instanser=inst(*RK_S_INSTANSER),
    handlaggare=("Karin Holm", "08-405 35 12", "karin.holm@regeringskansliet.se"),
)


def rk_body(dep: str, svar: str, ovrigt: Sequence[tuple] = ()) -> list[tuple]:
    """Return the standard closing paragraphs of a Regeringskansliet remiss."""
    return [
        ("p", svar),
        (
            "p",
            "Remissvaren ska lämnas i två versioner: en redigerbar i Word och en tillgänglighetsanpassad "
            "PDF. "
            "Remissvaren kommer att publiceras på regeringens webbplats.",
        ),
        *ovrigt,
        (
            "p",
            "I remissen ligger att regeringen vill ha synpunkter på förslagen eller materialet i "
            f"{'betänkandet' if dep == 'S' else 'promemorian'}. Myndigheter under regeringen är skyldiga att "
            "svara på remissen. En myndighet avgör dock på eget ansvar om den har några synpunkter att "
            "redovisa "
            "i ett svar. Om myndigheten inte har några synpunkter räcker det att svaret ger besked om detta.",
        ),
        ("p", "För andra remissinstanser innebär remissen en inbjudan att lämna synpunkter."),
        (
            "p",
            "Råd om hur remissyttranden utformas finns i Statsrådsberedningens promemoria Svara på remiss "
            "– hur "
            "och varför (SB PM 2021:1). Den kan laddas ner från Regeringskansliets webbplats "
            "www.regeringen.se.",
        ),
    ]


def bygg_rk_soc(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Socialdepartementet: a long numbered list over three pages, scopes, a copy address."""
    s = S_RK_SOC
    first = len(lay.pages)
    lay.new_page(
        rk_header(
            "Socialdepartementet",
            "Enheten för familj och sociala tjänster",
            s.datum,
            s.diarienummer,
            "s.registrator@regeringskansliet.se",
        ),
        new_doc=True,
        top=PAGE_H - 130,
    )
    lay.cont_top = PAGE_H - 110
    lay_blocks(
        lay,
        [
            (
                "h",
                "Remiss av betänkandet Ett stärkt stöd till barn och unga i samhällsvården (SOU 2023:66)",
                12.5,
            ),
            ("h", "Remissinstanser"),
            ("ol", numbered(s.instanser)),
            ("p", "Betänkandet kan laddas ner från Regeringskansliets webbplats www.regeringen.se."),
            *rk_body(
                "S",
                "Remissvaren ska ha kommit in till Socialdepartementet senast den 1 mars 2024. Svaren bör "
                "lämnas per e-post till s.remissvar@regeringskansliet.se och med kopia till "
                "s.fst@regeringskansliet.se. Ange diarienummer S2023/01234 och remissinstansens namn i "
                "ämnesraden på e-postmeddelandet.",
            ),
            (
                "p",
                "Frågor om remissen kan ställas till Karin Holm, telefon 08-405 35 12, e-post "
                "karin.holm@regeringskansliet.se.",
            ),
            ("luft", 0.5),
            ("rad", "Enligt uppdrag"),
            ("luft", 1.5),
            ("rad", "Karin Holm"),
            ("rad", "Ämnesråd"),
            ("luft", 1.0),
            ("rad", "Kopia till"),
            ("rad", "Statsrådsberedningen, SB/Rättschefen"),
        ],
    )
    lay.cont_top = TOP
    return [(s, page_span(lay, first))]


RK_FI_INSTANSER = (
    "Riksdagens ombudsmän (JO)",
    "Kammarrätten i Stockholm",
    "Förvaltningsrätten i Göteborg",
    "Domstolsverket",
    "Ekonomistyrningsverket",
    "Statskontoret",
    "Skatteverket (avsnitt 3 och 4)",
    "Kronofogdemyndigheten",
    "Bolagsverket",
    "Finansinspektionen",
    "Konkurrensverket",
    "Upphandlingsmyndigheten",
    "Tillväxtverket (kapitel 6)",
    "Statistiska centralbyrån",
    "Riksgälden",
    "Kammarkollegiet",
    "Boverket",
    "Lantmäteriet",
    "Länsstyrelsen i Västra Götalands län",
    "Länsstyrelsen i Dalarnas län",
    "Göteborgs universitet (Handelshögskolan)",
    "Stockholms universitet (Juridiska fakultetsnämnden)",
    "Borås kommun",
    "Gotlands kommun",
    "Göteborgs kommun",
    "Järfälla kommun",
    "Lunds kommun",
    "Mora kommun",
    "Skövde kommun",
    "Strömstads kommun",
    "Trelleborgs kommun",
    "Ulricehamns kommun",
    "Region Dalarna",
    "Region Halland",
    "Sveriges Kommuner och Regioner",
    "Kommunala Företagens Samarbetsorganisation (KFS)",
    "Fastighetsägarna Sverige",
    "FAR",
    "Företagarna",
    "Svenskt Näringsliv",
    "Sveriges Allmännytta",
    "Hyresgästföreningen",
    "Regelrådet",
)

S_RK_FI = Sanning(
    diarienummer="Fi2015/04567",
    klassificering=None,
    avsandare="Finansdepartementet",
    titel="Ändrade regler om kommunal redovisning",
    datum="2015-11-30",
    svarsdatum="2016-03-01",
    svarsadress="fi.remissvar@regeringskansliet.se",
    kopia=("fi.ka@regeringskansliet.se",),
    instanser=inst(*RK_FI_INSTANSER),
    handlaggare=("Per Nordin", "08-405 14 27", "per.nordin@regeringskansliet.se"),
)


def bygg_rk_fi(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Finansdepartementet: 'senast tisdagen den 1 mars 2016 kl. 12.00', the list running onto page two."""
    s = S_RK_FI
    first = len(lay.pages)
    lay.new_page(
        rk_header(
            "Finansdepartementet",
            "Enheten för kommunal ekonomi",
            s.datum,
            s.diarienummer,
            "fi.registrator@regeringskansliet.se",
        ),
        new_doc=True,
        top=PAGE_H - 130,
    )
    lay.cont_top = PAGE_H - 110
    lay_blocks(
        lay,
        [
            ("h", "Remiss av promemorian Ändrade regler om kommunal redovisning", 12.5),
            ("h", "Remissinstanser"),
            ("ol", numbered(s.instanser)),
            *rk_body(
                "Fi",
                "Remissvaren ska ha kommit in till Finansdepartementet senast tisdagen den 1 mars 2016 kl. "
                "12.00. Svaren bör lämnas per e-post till fi.remissvar@regeringskansliet.se och med kopia "
                "till fi.ka@regeringskansliet.se. Ange diarienummer Fi2015/04567 och remissinstansens namn i "
                "ämnesraden på e-postmeddelandet.",
            ),
            (
                "p",
                "Frågor om remissen kan ställas till Per Nordin, telefon 08-405 14 27, e-post "
                "per.nordin@regeringskansliet.se.",
            ),
            ("luft", 0.5),
            ("rad", "Enligt uppdrag"),
            ("luft", 1.5),
            ("rad", "Per Nordin"),
            ("rad", "Kansliråd"),
        ],
    )
    lay.cont_top = TOP
    return [(s, page_span(lay, first))]


def lst_header(datum: str, dnr: str) -> Dekor:
    """Return a two-column länsstyrelse header: organisation and address left, REMISS, date and dnr right."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        c.setFont(FONT_BOLD, 14)
        c.drawString(LEFT, PAGE_H - 58, clean_chars("Länsstyrelsen"))
        c.setFont(FONT, 11)
        c.drawString(LEFT, PAGE_H - 72, clean_chars("Västra Götaland"))
        c.setFont(FONT, 8.5)
        for n, rad in enumerate(["Samhällsavdelningen", "Sofia Ekström", "010-224 45 67"]):
            c.drawString(LEFT, PAGE_H - 92 - 11 * n, clean_chars(rad))
        c.setFont(FONT_BOLD, 11)
        c.drawString(320, PAGE_H - 58, "REMISS")
        c.setFont(FONT, 8.5)
        c.drawString(320, PAGE_H - 74, "Datum")
        c.drawString(420, PAGE_H - 74, "Diarienummer")
        c.setFont(FONT, 9.5)
        c.drawString(320, PAGE_H - 86, datum)
        c.drawString(420, PAGE_H - 86, dnr)
        c.setFont(FONT, 8.5)
        c.drawRightString(RIGHT, PAGE_H - 58, f"{nr}({antal})")
        c.setFont(FONT, 7)
        c.drawString(
            LEFT,
            46,
            clean_chars(
                "Postadress: 403 40 Göteborg   Besöksadress: Södra Hamngatan 3   Telefon: 010-224 40 00"
            ),
        )
        c.drawString(
            LEFT,
            37,
            clean_chars(
                "Webb: www.lansstyrelsen.se/vastra-gotaland   E-post: vastragotaland@lansstyrelsen.se"
            ),
        )

    return dekor


S_LST = Sanning(
    diarienummer="451-12345-2023",
    klassificering=None,
    avsandare="Länsstyrelsen i Västra Götalands län",
    titel="Regional handlingsplan för grön infrastruktur",
    datum="2024-03-15",
    svarsdatum="2024-06-12",
    svarsadress="vastragotaland@lansstyrelsen.se",
    kopia=(),
    instanser=inst(
        "Västra Götalandsregionen",
        "Alingsås kommun",
        "Borås Stad",
        "Bollebygds kommun",
        "Herrljunga kommun",
        "Marks kommun",
        "Svenljunga kommun",
        "Tranemo kommun",
        "Ulricehamns kommun",
        "Vårgårda kommun",
        "Skogsstyrelsen",
        "Trafikverket Region Väst",
        "Naturskyddsföreningen i Västra Götaland",
        "LRF Västra Götaland",
        "Västkuststiftelsen",
        "Göteborgs universitet",
    ),
    handlaggare=("Sofia Ekström", "010-224 45 67", "sofia.ekstrom@lansstyrelsen.se"),
)


def bygg_lansstyrelsen(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Länsstyrelsen: two-column header, 'Sändlista' with bullets, doubled 'den den' in the deadline."""
    s = S_LST
    first = len(lay.pages)
    lay.new_page(lst_header(s.datum, s.diarienummer), new_doc=True, top=PAGE_H - 140)
    lay_blocks(
        lay,
        [
            ("rad", "Enligt sändlista"),
            ("luft", 1.0),
            ("h", "Remiss – Regional handlingsplan för grön infrastruktur", 13),
            (
                "p",
                "Länsstyrelsen i Västra Götalands län har tagit fram ett förslag till reviderad regional "
                "handlingsplan för grön infrastruktur. Handlingsplanen ska fungera som ett kunskaps- och "
                "planeringsunderlag för "
                "kommuner, myndigheter och andra aktörer.",
            ),
            (
                "p",
                "Vi vill ha era synpunkter senast den den 12 juni 2024. Skicka ert svar med e-post till "
                "vastragotaland@lansstyrelsen.se. Ange diarienummer 451-12345-2023 i ämnesraden.",
            ),
            ("p", "Om ni inte har några synpunkter vill vi gärna att ni meddelar det."),
            ("h", "Sändlista"),
            ("ul", [i.namn for i in s.instanser]),
            ("h", "Kontaktperson"),
            ("rad", "Sofia Ekström, handläggare"),
            ("rad", "Telefon 010-224 45 67"),
            ("rad", "sofia.ekstrom@lansstyrelsen.se"),
        ],
    )
    return [(s, page_span(lay, first))]


def simple_header(org: str, under: str, doktyp: str, datum: str, dnr: str, footer: str) -> Dekor:
    """Return a plain kommun header: organisation left, document type, date and dnr right, footer line."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        c.setFont(FONT_BOLD, 14)
        c.drawString(LEFT, PAGE_H - 60, clean_chars(org))
        c.setFont(FONT, 9)
        c.drawString(LEFT, PAGE_H - 75, clean_chars(under))
        c.setFont(FONT_BOLD, 10)
        c.drawString(360, PAGE_H - 60, clean_chars(doktyp))
        c.setFont(FONT, 9)
        c.drawString(360, PAGE_H - 75, datum)
        c.drawString(360, PAGE_H - 87, clean_chars(dnr))
        c.drawRightString(RIGHT, PAGE_H - 60, f"Sida {nr} av {antal}")
        c.setFont(FONT, 7)
        c.drawString(LEFT, 38, clean_chars(footer))

    return dekor


S_ULRICEHAMN = Sanning(
    diarienummer="KS 2023/145",
    klassificering=None,
    avsandare="Ulricehamns kommun, Kommunstyrelsen",
    titel="Vattenförsörjningsplan för Ulricehamns kommun",
    datum="2023-11-10",
    svarsdatum="2024-01-31",
    svarsadress="kommunstyrelsen@ulricehamn.se",
    kopia=(),
    instanser=inst(
        "Borås Stad",
        "Tranemo kommun",
        "Svenljunga kommun",
        "Herrljunga kommun",
        "Falköpings kommun",
        "Tidaholms kommun",
        "Jönköpings kommun",
        "Länsstyrelsen i Västra Götalands län",
        "Västra Götalandsregionen",
        "Trafikverket",
        "Sveriges geologiska undersökning",
    ),
    handlaggare=("Johan Lind", "0321-59 54 12", "johan.lind@ulricehamn.se"),
)


def bygg_ulricehamn(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Another kommun: 'Remiss av …', numbered list, the deadline date split across a line break."""
    s = S_ULRICEHAMN
    first = len(lay.pages)
    lay.new_page(
        simple_header(
            "Ulricehamns kommun",
            "Kommunledningsförvaltningen",
            "Missiv",
            s.datum,
            "Dnr KS 2023/145",
            "Ulricehamns kommun, 523 86 Ulricehamn. Besök: Stadshuset, "
            "Nygatan 8. Tel 0321-59 50 00. www.ulricehamn.se",
        ),
        new_doc=True,
        top=PAGE_H - 120,
    )
    lay_blocks(
        lay,
        [
            ("h", "Remiss av Vattenförsörjningsplan för Ulricehamns kommun", 13),
            (
                "p",
                "Kommunstyrelsen i Ulricehamns kommun har beslutat att skicka förslag till "
                "vattenförsörjningsplan på "
                "remiss. Planen redovisar kommunens vattenresurser och hur de ska skyddas på lång sikt.",
            ),
            ("h", "Remissen skickas till"),
            ("ol", numbered(s.instanser)),
            (
                "p",
                "Synpunkter lämnas skriftligt och ska ha inkommit till kommunen senast den 31\njanuari "
                "2024. Svaret "
                "skickas till kommunstyrelsen@ulricehamn.se. Märk svaret med diarienummer KS 2023/145.",
            ),
            ("p", "Remisshandlingarna finns på www.ulricehamn.se/vattenforsorjningsplan."),
            ("h", "Upplysningar"),
            ("rad", "Johan Lind, planarkitekt"),
            ("rad", "0321-59 54 12"),
            ("rad", "johan.lind@ulricehamn.se"),
        ],
    )
    return [(s, page_span(lay, first))]


S_SBN = Sanning(
    diarienummer="SBN 2023-00200",
    klassificering="3.1.2.0",
    avsandare="Samhällsbyggnadsnämnden",
    titel="Riktlinjer för bostadsförsörjning 2025–2030",
    datum="2025-08-25",
    svarsdatum="2025-10-06",
    svarsadress="samhallsbyggnad@boras.se",
    kopia=(),
    instanser=(
        Inst("Kommunstyrelsen", "ks.diarium@boras.se"),
        Inst("Arbetslivsnämnden", "aln.diarium@boras.se"),
        Inst("Individ- och familjeomsorgsnämnden", "ifon.diarium@boras.se"),
        Inst("Sociala omsorgsnämnden", "son.diarium@boras.se"),
        Inst("Vård- och äldrenämnden", "van.diarium@boras.se"),
        Inst("Lokalförsörjningsnämnden", "lfn.diarium@boras.se"),
        Inst("AB Bostäder i Borås", "info@abbostader.se"),
        Inst("Fristadbostäder AB", "info@fristadbostader.se"),
        Inst("Viskaforshem AB", "info@viskaforshem.se"),
        Inst("Hyresgästföreningen Region Västra Sverige", "vastra@hyresgastforeningen.se"),
    ),
    handlaggare=("Anders Wikström", "033-35 84 21", "anders.wikstrom@boras.se"),
)


def bygg_sbn(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Another Borås nämnd: table with a header row, 'Sista dag att svara …' with a soft hyphen at a line
    end."""
    s = S_SBN
    rows = [["Remissinstans", "E-post"]] + [[i.namn, i.epost or ""] for i in s.instanser]
    lay.dekor_forst = True
    first = len(lay.pages)
    lay.new_page(
        boras_header("MISSIV", s.avsandare, s.datum, "Dnr SBN 2023-00200 3.1.2.0"), new_doc=True, top=TOP
    )
    lay.dekor_forst = False
    lay_blocks(
        lay,
        [
            ("h", f"Remiss: {s.titel}", 13),
            (
                "p",
                "Samhällsbyggnadsnämnden har tagit fram förslag till nya riktlinjer för bostadsförsörjning "
                "och "
                "skickar dem på remiss till nedanstående instanser.",
            ),
            ("tab", rows, [0, 240], True),
            (
                "p",
                "Sista dag att svara på remis\u00ad\nsen är den 6 oktober 2025. Svaren skickas till "
                "samhallsbyggnad@boras.se. Ange diarienummer SBN 2023-00200 och remissinstansens namn i "
                "ämnesraden.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Samhällsbyggnadsnämnden")),
            ("p", BORAS_KRAV_STALLNING),
            ("luft", 0.5),
            ("rad", "Anders Wikström"),
            ("rad", "Handläggare"),
            ("rad", "033-35 84 21"),
            ("rad", "anders.wikstrom@boras.se"),
        ],
    )
    return [(s, page_span(lay, first))]


S_SJUHARAD = Sanning(
    diarienummer="2024/12",
    klassificering=None,
    avsandare="Boråsregionen Sjuhärads kommunalförbund",
    titel="Delregional utvecklingsstrategi för Sjuhärad 2024–2030",
    datum="2024-01-19",
    svarsdatum="2024-03-05",
    svarsadress="info@borasregionen.se",
    kopia=(),
    instanser=inst(
        "Bollebygds kommun",
        "Borås Stad",
        "Herrljunga kommun",
        "Marks kommun",
        "Svenljunga kommun",
        "Tranemo kommun",
        "Ulricehamns kommun",
        "Vårgårda kommun",
    ),
    handlaggare=("Lena Ahlqvist", "033-35 81 07", "lena.ahlqvist@borasregionen.se"),
)


def bygg_sjuharad(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """A kommunalförbund: short letter, deadline written '5/3 2024', instanser as a comma list in a
    sentence."""
    s = S_SJUHARAD
    first = len(lay.pages)
    lay.new_page(
        simple_header(
            "Boråsregionen",
            "Sjuhärads kommunalförbund",
            "Remiss",
            s.datum,
            "Dnr 2024/12",
            "Boråsregionen Sjuhärads kommunalförbund, Skaraborgsvägen 3A, 506 30 Borås, "
            "info@borasregionen.se",
        ),
        new_doc=True,
        top=PAGE_H - 120,
    )
    lay_blocks(
        lay,
        [
            ("h", "Remiss: Delregional utvecklingsstrategi för Sjuhärad 2024–2030", 13),
            (
                "p",
                "Förbundsstyrelsen beslutade den 15 december 2023 att skicka förslaget till delregional "
                "utvecklingsstrategi på remiss till medlemskommunerna: Bollebygds kommun, Borås Stad, "
                "Herrljunga "
                "kommun, Marks kommun, Svenljunga kommun, Tranemo kommun, Ulricehamns kommun och Vårgårda "
                "kommun.",
            ),
            ("p", "Svar önskas senast 5/3 2024 till info@borasregionen.se. Märk svaret med dnr 2024/12."),
            (
                "p",
                "Vi ser gärna att svaret är beslutat i kommunstyrelsen men tar också emot "
                "tjänstemannayttranden.",
            ),
            ("luft", 1.0),
            ("rad", "Med vänlig hälsning"),
            ("luft", 0.5),
            ("rad", "Lena Ahlqvist"),
            ("rad", "Regionutvecklare"),
            ("rad", "033-35 81 07"),
            ("rad", "lena.ahlqvist@borasregionen.se"),
        ],
    )
    return [(s, page_span(lay, first))]


S_SLK = Sanning(
    diarienummer="KS 2016-00021",
    klassificering="1.2.4.0",
    avsandare="Kommunstyrelsen",
    titel="Riktlinjer för bisysslor",
    datum="2016-01-20",
    svarsdatum="2016-03-01",
    svarsadress="ks.diarium@boras.se",
    kopia=(),
    instanser=inst("Arbetslivsnämnden", "Kulturnämnden", "Servicenämnden"),
    handlaggare=("Eva Lundgren", "033-35 71 44", "eva.lundgren@boras.se"),
)


def bygg_inline(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Borås Kommunstyrelsen: the remissinstanser only in a sentence, 'senast tisdagen den 1 mars 2016 kl.
    12.00'."""
    s = S_SLK
    lay.dekor_forst = True
    first = len(lay.pages)
    lay.new_page(
        boras_header("MISSIV", s.avsandare, s.datum, "Dnr KS 2016-00021 1.2.4.0"), new_doc=True, top=TOP
    )
    lay.dekor_forst = False
    lay_blocks(
        lay,
        [
            ("h", f"Remiss: {s.titel}", 13),
            (
                "p",
                "Stadsledningskansliet har tagit fram förslag till nya riktlinjer för bisysslor för "
                "anställda i "
                "Borås Stad. Remissen skickas till Arbetslivsnämnden, Kulturnämnden och Servicenämnden.",
            ),
            (
                "p",
                "Remissvaren ska ha kommit in till Kommunstyrelsen senast tisdagen den 1 mars 2016 kl. "
                "12.00. "
                "Remissvaren skickas i elektronisk form till ks.diarium@boras.se. Ange diarienummer KS "
                "2016-00021 och "
                "remissinstansens namn i ämnesraden på e-postmeddelandet.",
            ),
            ("p", BORAS_KRAV_SAMMANFATTNING.format(org="Kommunstyrelsen")),
            ("p", BORAS_KRAV_STALLNING),
            ("luft", 0.5),
            ("rad", "Eva Lundgren"),
            ("rad", "Handläggare"),
            ("rad", "033-35 71 44"),
            ("rad", "eva.lundgren@boras.se"),
        ],
    )
    return [(s, page_span(lay, first))]


S_TN = Sanning(
    diarienummer="TN 2024-00088",
    klassificering="3.2.1.0",
    avsandare="Tekniska nämnden",
    titel="Trafikstrategi 2035",
    datum="2024-05-13",
    svarsdatum="2024-08-30",
    svarsadress="tekniska@boras.se",
    kopia=(),
    instanser=inst(
        "Kommunstyrelsen",
        "Samhällsbyggnadsnämnden",
        "Miljö- och konsumentnämnden",
        "Fritids- och folkhälsonämnden",
        "Borås Parkerings AB",
        "Västtrafik AB",
    ),
    handlaggare=("Oskar Bergman", "033-35 56 10", "oskar.bergman@boras.se"),
)

S_LFN = Sanning(
    diarienummer="LFN 2024-00102",
    klassificering="1.1.3.1",
    avsandare="Lokalförsörjningsnämnden",
    titel="Lokalresursplan 2025–2027",
    datum="2024-05-14",
    svarsdatum="2024-06-28",
    svarsadress="lfn.diarium@boras.se",
    kopia=(),
    instanser=inst(
        "Förskolenämnden",
        "Grundskolenämnden",
        "Gymnasie- och vuxenutbildningsnämnden",
        "Arbetslivsnämnden",
        "Vård- och äldrenämnden",
        "Sociala omsorgsnämnden",
    ),
    handlaggare=("Helena Strand", "033-35 30 52", None),
)


def bygg_tva(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Two Borås missiv in one PDF, one after the other, each with its own header block."""
    fall = []
    for s, dnr, deadline in (
        (
            S_TN,
            "Dnr TN 2024-00088 3.2.1.0",
            "Remissvaren ska ha kommit in till Tekniska nämnden senast den 30 "
            "augusti 2024. Remissvaren skickas i elektronisk form till "
            "tekniska@boras.se.",
        ),
        (
            S_LFN,
            "Dnr LFN 2024-00102 1.1.3.1",
            "Svaren ska vara Lokalförsörjningsnämnden tillhanda senast "
            "fredagen den 28 juni 2024. Svar skickas till "
            "lfn.diarium@boras.se.",
        ),
    ):
        h = s.handlaggare
        span = boras_missiv(
            lay,
            s,
            dnr,
            [("ol", numbered(s.instanser))],
            [
                ("p", deadline),
                (
                    "p",
                    f"Ange diarienummer {s.diarienummer} och remissinstansens namn i ämnesraden på "
                    "e-postmeddelandet.",
                ),
                ("p", BORAS_KRAV_SAMMANFATTNING.format(org=s.avsandare)),
                ("p", BORAS_KRAV_STALLNING),
            ],
            [x for x in (h[0], "Handläggare", h[1], h[2]) if x],
        )
        fall.append((s, span))
    return fall


S_GBG = Sanning(
    diarienummer="SLK-2024-00317",
    klassificering=None,
    avsandare="Göteborgs Stad, Kommunstyrelsen",
    titel="Program för en jämlik stad 2024–2030",
    datum="2024-06-03",
    svarsdatum="2024-09-13",
    svarsadress="stadsledningskontoret@goteborg.se",
    kopia=(),
    instanser=inst(
        "Socialnämnden Centrum",
        "Socialnämnden Nordost",
        "Socialnämnden Sydväst",
        "Socialnämnden Hisingen",
        "Förskolenämnden",
        "Grundskolenämnden",
        "Utbildningsnämnden",
        "Arbetsmarknadsnämnden",
        "Kulturnämnden",
        "Idrotts- och föreningsnämnden",
        grupp="Nämnder",
    )
    + inst(
        "Bostadsbolaget",
        "Familjebostäder",
        "Göteborgs Stads Bostadsaktiebolag",
        "Business Region Göteborg AB",
        grupp="Bolag",
    )
    + inst("Göteborgsregionen (GR)", "Borås Stad", "Västra Götalandsregionen", grupp="Övriga"),
    handlaggare=("Amir Haddad", "031-368 02 15", "amir.haddad@stadshuset.goteborg.se"),
)


def bygg_goteborg(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Göteborgs Stad: grouped lists (Nämnder/Bolag/Övriga), the deadline sentence broken across a page
    break."""
    s = S_GBG
    first = len(lay.pages)
    lay.new_page(
        simple_header(
            "Göteborgs Stad",
            "Stadsledningskontoret",
            "Remiss",
            s.datum,
            "Diarienummer SLK-2024-00317",
            "Göteborgs Stad Stadsledningskontoret, Box 2551, 403 17 "
            "Göteborg. Besöksadress Gustaf Adolfs torg 4A. Telefon 031-365 00 00",
        ),
        new_doc=True,
        top=PAGE_H - 120,
    )
    grupper = {}
    for i in s.instanser:
        grupper.setdefault(i.grupp, []).append(i.namn)
    lay_blocks(
        lay,
        [
            ("h", "Remiss – Program för en jämlik stad 2024–2030", 13),
            (
                "p",
                "Kommunstyrelsen beslutade den 29 maj 2024 att skicka förslag till program för en jämlik "
                "stad på "
                "remiss. Programmet ersätter det tidigare programmet Jämlik stad 2018–2026 och anger stadens "
                "långsiktiga inriktning för att minska skillnader i livsvillkor och hälsa mellan olika "
                "grupper och "
                "stadsdelar. Förslaget har tagits fram i samverkan med stadens förvaltningar och bolag, "
                "Göteborgsregionen och Västra Götalandsregionen.",
            ),
            (
                "p",
                "Programmet är indelat i fyra målområden: goda förutsättningar för barn och unga, "
                "förutsättningar "
                "för arbete, goda boende- och livsmiljöer samt hälsa och välbefinnande. Till varje "
                "målområde hör "
                "inriktningsmål och förslag på uppföljningsbara indikatorer. Vi vill särskilt ha "
                "synpunkter på "
                "målområdena, på hur uppföljningen är tänkt att gå till och på hur ansvaret fördelas mellan "
                "nämnder och bolag.",
            ),
            ("h", "Remissinstanser"),
            ("rad", "Nämnder:"),
            ("ol", numbered([i for i in s.instanser if i.grupp == "Nämnder"])),
            ("rad", "Bolag:"),
            ("ol", numbered([i for i in s.instanser if i.grupp == "Bolag"])),
            ("rad", "Övriga:"),
            ("ol", numbered([i for i in s.instanser if i.grupp == "Övriga"])),
            (
                "p",
                "Remissvaren ska vara beslutade i nämnd eller styrelse. Om nämnden eller styrelsen inte "
                "hinner fatta "
                "beslut inom remisstiden kan ett tjänstemannayttrande lämnas med en upplysning om när beslut "
                "fattas.",
            ),
            ("rad", "Svar önskas senast fredag"),
            ("sida",),
            (
                "p",
                "13 september 2024 till stadsledningskontoret@goteborg.se. Ange diarienummer "
                "SLK-2024-00317 i "
                "ämnesraden.",
            ),
            ("h", "Kontaktperson"),
            ("rad", "Amir Haddad, utredare"),
            ("rad", "Telefon: 031-368 02 15"),
            ("rad", "E-post: amir.haddad@stadshuset.goteborg.se"),
        ],
    )
    return [(s, page_span(lay, first))]


def label_header(org: str, falt: Sequence[tuple[str, str]], footer: str) -> Dekor:
    """Return a header with the organisation left and a box of label/value rows right (Ärendenummer,
    Svarsdatum …)."""

    def dekor(c: canvas.Canvas, nr: int, antal: int) -> None:
        c.setFont(FONT_BOLD, 15)
        c.drawString(LEFT, PAGE_H - 62, clean_chars(org))
        c.setFont(FONT, 8)
        c.drawRightString(RIGHT, PAGE_H - 40, f"Sida {nr} ({antal})")
        y = PAGE_H - 58
        c.rect(330, y - 12 * len(falt) - 4, RIGHT - 330, 12 * len(falt) + 14, stroke=1, fill=0)
        for label, value in falt:
            c.setFont(FONT_BOLD, 8)
            c.drawString(336, y, clean_chars(label))
            c.setFont(FONT, 8.5)
            c.drawString(425, y, clean_chars(value))
            y -= 12
        c.setFont(FONT, 7)
        c.drawString(LEFT, 36, clean_chars(footer))

    return dekor


S_HALLAND = Sanning(
    diarienummer="RS 2024-00456",
    klassificering=None,
    avsandare="Region Halland",
    titel="Regional plan för kompetensförsörjning 2025–2028",
    datum="2024-09-02",
    svarsdatum="2024-11-15",
    svarsadress="regionen@regionhalland.se",
    kopia=(),
    instanser=inst(
        "Falkenbergs kommun",
        "Halmstads kommun",
        "Hylte kommun",
        "Kungsbacka kommun",
        "Laholms kommun",
        "Varbergs kommun",
        "Arbetsförmedlingen (kapitel 3)",
        "Högskolan i Halmstad",
        "Länsstyrelsen i Hallands län",
        "Borås Stad",
        "Region Västra Götaland",
        "Företagarna Halland",
        "LO-distriktet Västra Sverige",
        "Almi Företagspartner Halland",
    ),
    handlaggare=("Sara Lindqvist", "035-13 48 20", "sara.lindqvist@regionhalland.se"),
)


def bygg_halland(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Region Halland: label/value header box with Svarsdatum, the sändlista as an appendix page after the
    signature."""
    s = S_HALLAND
    first = len(lay.pages)
    lay.new_page(
        label_header(
            "Region Halland",
            [
                ("Remiss", ""),
                ("Datum", "2024-09-02"),
                ("Ärendenummer", "RS 2024-00456"),
                ("Sista svarsdag", "2024-11-15"),
                ("Kontaktperson", "Sara Lindqvist"),
            ],
            "Region Halland, Box 517, 301 80 Halmstad. Besöksadress: Södra vägen 9. Telefon 035-13 48 00. "
            "www.regionhalland.se",
        ),
        new_doc=True,
        top=PAGE_H - 150,
    )
    lay_blocks(
        lay,
        [
            ("h", "Remiss gällande Regional plan för kompetensförsörjning 2025–2028", 13),
            (
                "p",
                "Regionstyrelsen har gett Region Halland i uppdrag att ta fram en regional plan för "
                "kompetensförsörjning. Ett förslag är nu klart och vi skickar det på remiss till de "
                "instanser som "
                "framgår av bifogad sändlista.",
            ),
            (
                "p",
                "Vi vill ha ert svar senast den 15 november 2024. Svaret skickas med e-post till "
                "regionen@regionhalland.se. Skriv ärendenummer RS 2024-00456 i ämnesraden.",
            ),
            ("p", "Ni kan svara genom att fylla i bifogad svarsmall eller med ett eget yttrande."),
            (
                "p",
                "Har ni frågor om remissen är ni välkomna att kontakta Sara Lindqvist, "
                "sara.lindqvist@regionhalland.se, 035-13 48 20.",
            ),
            ("luft", 1.0),
            ("rad", "Region Halland"),
            ("luft", 0.5),
            ("rad", "Ulrika Berg"),
            ("rad", "Regional utvecklingsdirektör"),
            ("luft", 1.0),
            ("rad", "Bilagor"),
            ("rad", "Förslag till regional plan för kompetensförsörjning 2025–2028"),
            ("rad", "Sändlista"),
            ("rad", "Svarsmall"),
            ("sida",),
            ("h", "Sändlista", 13),
            ("ol", numbered(s.instanser)),
        ],
    )
    return [(s, page_span(lay, first))]


S_MARK = Sanning(
    diarienummer="MBN 2024-000345",
    klassificering=None,
    avsandare="Marks kommun",
    titel="Avfallsplan för Marks kommun 2025–2030",
    datum="2024-08-26",
    svarsdatum="2024-10-31",
    svarsadress="miljo.bygg@mark.se",
    kopia=("avfall@mark.se",),
    instanser=inst(
        "Kommunstyrelsen",
        "Tekniska nämnden",
        "Miljö- och byggnadsnämnden",
        "Marks Bostads AB",
        "Borås Energi och Miljö AB",
        "Sjuhärads Samordningsförbund",
        "Länsstyrelsen i Västra Götalands län",
        "Naturskyddsföreningen i Mark",
    ),
    handlaggare=("Per Gustafsson", "0320-21 70 00", "per.gustafsson@mark.se"),
)


def bygg_mark(lay: Layout) -> list[tuple[Sanning, tuple[int, int]]]:
    """Marks kommun: en-dash bullets, 'Svar senast 2024-10-31.' without 'den', handläggare on one line."""
    s = S_MARK
    first = len(lay.pages)
    lay.new_page(
        simple_header(
            "Marks kommun",
            "Miljö- och byggnadsförvaltningen",
            "REMISS",
            s.datum,
            "MBN 2024-000345",
            "Marks kommun, 511 80 Kinna. Besök: Stadshuset, Kinna. Växel 0320-21 70 00. www.mark.se",
        ),
        new_doc=True,
        top=PAGE_H - 120,
    )
    lay_blocks(
        lay,
        [
            ("h", "Remiss: Avfallsplan för Marks kommun 2025–2030", 13),
            (
                "p",
                "Enligt miljöbalken ska varje kommun ha en avfallsplan. Förslaget till ny avfallsplan har "
                "tagits fram "
                "av en arbetsgrupp med representanter från kommunens förvaltningar och bolag.",
            ),
            ("rad", "Förslaget skickas på remiss till:"),
            ("luft", 0.3),
        ],
    )
    for i in s.instanser:
        lay.text(f"–  {i.namn}", indent=14, hang=width("–  ", FONT, lay.size))
    lay.space(0.6)
    lay_blocks(
        lay,
        [
            (
                "p",
                "Svar senast 2024-10-31. Skicka svaret till miljo.bygg@mark.se med kopia till "
                "avfall@mark.se och "
                "märk det med MBN 2024-000345.",
            ),
            ("p", "Handläggare: Per Gustafsson, miljöstrateg, tel. 0320-21 70 00, per.gustafsson@mark.se"),
        ],
    )
    return [(s, page_span(lay, first))]


EGNA_EXEMPEL = [
    Exempel(
        "rk_socialdepartementet",
        bygg_rk_soc,
        False,
        f"Regeringskansliet (Socialdepartementet), {len(RK_S_INSTANSER)} numrerade remissinstanser över tre "
        "sidor med sidfot och "
        "sidhuvud mitt i listan, avgränsningar som 'Arbetsförmedlingen (avsnitt 5 och 6)', kopieadress, "
        "Word och tillgänglig PDF.",
    ),
    Exempel(
        "rk_finansdepartementet",
        bygg_rk_fi,
        False,
        "Regeringskansliet (Finansdepartementet), 'senast tisdagen den 1 mars 2016 kl. 12.00', listan "
        "fortsätter på sidan 2.",
    ),
    Exempel(
        "lansstyrelsen_vg",
        bygg_lansstyrelsen,
        False,
        "Länsstyrelsen Västra Götaland, tvåspaltigt sidhuvud (Datum och Diarienummer bredvid varandra), "
        "'Sändlista' i punktform, dubbelt 'den den' i svarsdatumet, rubriken 'Remiss – …'.",
    ),
    Exempel(
        "ulricehamn_ks",
        bygg_ulricehamn,
        False,
        "Annan kommun (Ulricehamn, KS 2023/145), 'Remiss av …', rubriken 'Remissen skickas till', "
        "svarsdatumet delat mitt i datumet över en radbrytning.",
    ),
    Exempel(
        "samhallsbyggnad_sbn",
        bygg_sbn,
        False,
        "Borås Samhällsbyggnadsnämnd, tabell med rubrikrad (Remissinstans/E-post), 'Sista dag att svara "
        "på remissen är den 6 oktober 2025' med mjukt bindestreck vid radslut.",
    ),
    Exempel(
        "sjuharad_kommunalforbund",
        bygg_sjuharad,
        False,
        "Kommunalförbund: kort brev, remissinstanserna bara i en mening, svarsdatum '5/3 2024'.",
    ),
    Exempel(
        "bisysslor_inline",
        bygg_inline,
        False,
        "Borås Kommunstyrelsen 2016: 'Remissen skickas till Arbetslivsnämnden, Kulturnämnden och "
        "Servicenämnden.', 'senast tisdagen den 1 mars 2016 kl. 12.00'.",
    ),
    Exempel(
        "tva_missiv",
        bygg_tva,
        False,
        "En PDF med två missiv efter varandra (Tekniska nämnden, Lokalförsörjningsnämnden), olika "
        "formuleringar av svarsdatum ('tillhanda senast fredagen den 28 juni 2024').",
    ),
    Exempel(
        "goteborg_jamlik_stad",
        bygg_goteborg,
        False,
        "Göteborgs Stad: grupperade listor (Nämnder/Bolag/Övriga), svarsdatumet delat över en sidbrytning.",
    ),
    Exempel(
        "region_halland",
        bygg_halland,
        False,
        "Region Halland: rutan med Ärendenummer och Sista svarsdag i sidhuvudet, 'Remiss gällande …', "
        "sändlistan som bilagesida efter underskriften.",
    ),
    Exempel(
        "marks_kommun_avfallsplan",
        bygg_mark,
        False,
        "Marks kommun: punkter med tankstreck, 'Svar senast 2024-10-31.' utan 'den', kopieadress, "
        "handläggaren "
        "på en rad med titel.",
    ),
]


def write_facit(path: Path, fil: str, fall: Sequence[tuple[Sanning, tuple[int, int]]]) -> None:
    """Write the truth file for one sample: {"fil", "remisser": [...]}, pretty-printed, stable key order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"fil": fil, "remisser": [s.facit(sidor) for s, sidor in fall]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def generera_remisser(ut: Path, exempel: Sequence[Exempel], endast: set[str] | None = None) -> list[Path]:
    """Given an output folder and samples, write each remiss PDF and its facit file; return the PDF paths."""
    written = []
    for ex in exempel:
        if endast and ex.namn not in endast:
            continue
        if ex.seed and read_seed("000") is None:
            print(f"Hoppar över {ex.namn}.pdf: seed-mappen {SEEDS} saknas.", file=sys.stderr)
            continue
        lay = Layout()
        fall = ex.bygg(lay)
        path = ut / f"{ex.namn}.pdf"
        sidor = render(lay, path, ex.namn)
        write_facit(ut / "facit" / f"{ex.namn}.json", path.name, fall)
        print(f"{path.name}: {sidor} sidor, {len(fall)} remiss(er)")
        written.append(path)
    return written


# --------------------------------------------------------------------------- DOCX-missiv

S_VGR = Sanning(
    diarienummer="RS 2023-04512",
    klassificering=None,
    avsandare="Västra Götalandsregionen, Regionstyrelsen",
    titel="Regional utvecklingsstrategi för Västra Götaland 2025–2035",
    datum="2023-10-16",
    svarsdatum="2024-01-15",
    svarsadress="regionstyrelsen@vgregion.se",
    kopia=("rus@vgregion.se",),
    instanser=(
        Inst("Borås Stad", "boras.stad@boras.se"),
        Inst("Göteborgs Stad", "goteborgs.stad@goteborg.se"),
        Inst("Trollhättans Stad", "trollhattans.stad@trollhattan.se"),
        Inst("Skövde kommun", "kommunstyrelsen@skovde.se"),
        Inst("Boråsregionen Sjuhärads kommunalförbund", "info@borasregionen.se"),
        Inst("Göteborgsregionen (GR)", "gr@goteborgsregionen.se"),
        Inst("Länsstyrelsen i Västra Götalands län", "vastragotaland@lansstyrelsen.se"),
        Inst("Högskolan i Borås", "registrator@hb.se"),
        Inst("Västsvenska Handelskammaren", "info@vastsvenskahandelskammaren.se"),
    ),
    handlaggare=("Karolina Bengtsson", "010-441 18 93", "karolina.bengtsson@vgregion.se"),
)

DOCX_FIXED_DATE = (2023, 10, 16, 9, 0, 0)


def docx_vgr(path: Path) -> list[tuple[Sanning, tuple[int, int]]]:
    """Write a DOCX missiv (Västra Götalandsregionen) with a table of remissinstanser and e-mail addresses."""
    import datetime as dt
    import zipfile

    from docx import Document
    from docx.shared import Pt

    s = S_VGR
    doc = Document()
    doc.core_properties.author = "Västra Götalandsregionen"
    doc.core_properties.title = f"Remiss: {s.titel}"
    fixed = dt.datetime(*DOCX_FIXED_DATE)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "samples"
    doc.core_properties.revision = 1
    doc.add_paragraph("Västra Götalandsregionen").runs[0].bold = True
    doc.add_paragraph("Regionstyrelsen")
    doc.add_paragraph(f"Datum: {s.datum}")
    doc.add_paragraph(f"Diarienummer: {s.diarienummer}")
    rubrik = doc.add_paragraph()
    run = rubrik.add_run(f"Remiss: {s.titel}")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(
        "Regionstyrelsen har beslutat att skicka förslaget till regional utvecklingsstrategi på remiss. "
        "Strategin anger den gemensamma riktningen för utvecklingen i Västra Götaland."
    )
    doc.add_paragraph("Remissinstanser").runs[0].bold = True
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Remissinstans"
    table.rows[0].cells[1].text = "E-post"
    for i in s.instanser:
        cells = table.add_row().cells
        cells[0].text = i.namn
        cells[1].text = i.epost or ""
    doc.add_paragraph("")
    doc.add_paragraph(
        "Svaret ska ha inkommit senast den 15 januari 2024 till regionstyrelsen@vgregion.se med kopia "
        "till rus@vgregion.se. Ange diarienummer RS 2023-04512 i ämnesraden."
    )
    doc.add_paragraph(
        "Vi önskar att yttrandet innehåller en sammanfattning och ett tydligt ställningstagande till "
        "förslaget."
    )
    doc.add_paragraph(
        "Handläggare: Karolina Bengtsson, telefon 010-441 18 93, e-post karolina.bengtsson@vgregion.se"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.docx")
    doc.save(str(tmp))
    # rewrite the zip with fixed timestamps so the bytes are the same every run
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            fixed_info = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed_info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed_info, data)
    tmp.unlink()
    return [(s, (1, 1))]


def generera_docx(ut: Path, endast: set[str] | None = None) -> list[Path]:
    """Given an output folder, write the DOCX missiv and its facit; return its path."""
    if endast and "vgr_utvecklingsstrategi" not in endast:
        return []
    path = ut / "vgr_utvecklingsstrategi.docx"
    fall = docx_vgr(path)
    write_facit(ut / "facit" / "vgr_utvecklingsstrategi.json", path.name, fall)
    print(f"{path.name}: DOCX, {len(fall)} remiss")
    return [path]


# --------------------------------------------------------------------------- trasiga filer och stor PDF

BRODTEXT = (
    "Kommunen ska verka för att invånarna får likvärdig service oavsett var de bor. Förslaget innebär att "
    "nämnderna samordnar sina insatser och följer upp dem årligen. Uppföljningen redovisas till "
    "kommunstyrelsen i samband med årsredovisningen. Ekonomiska konsekvenser bedöms rymmas inom befintliga "
    "ramar. Förslaget har stämts av med berörda förvaltningar och med de fackliga organisationerna."
)


def stor_pdf(path: str | Path, sidor: int = 500) -> Path:
    """Write a large PDF (a one-page Borås missiv followed by text pages) with `sidor` pages; return its
    path."""
    path = Path(path)
    lay = Layout()
    bygg_skolsegregation(lay)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Stor PDF")
    ops = lay.pages[0]
    if ops.dekor:
        ops.dekor(c, 1, 1)
    for op in ops.ops:
        c.setFont(op.font, op.size)
        c.drawString(op.x, op.y, op.text)
    c.showPage()
    rader = wrap(BRODTEXT, RIGHT - LEFT, FONT, 10)
    for nr in range(2, sidor + 1):
        c.setFont(FONT_BOLD, 11)
        c.drawString(LEFT, PAGE_H - 70, f"Bilaga, avsnitt {nr - 1}")
        c.setFont(FONT, 10)
        y = PAGE_H - 95
        while y > BOTTOM:
            for rad in rader:
                c.drawString(LEFT, y, rad)
                y -= 13
                if y <= BOTTOM:
                    break
            y -= 7
        c.setFont(FONT, 8)
        c.drawCentredString(PAGE_W / 2, 40, f"{nr} ({sidor})")
        c.showPage()
    c.save()
    return path


def _png_of_page(pdf: Path, png_stem: Path) -> Path | None:
    """Given a PDF, render its first page to PNG with pdftoppm; return the PNG path (None without poppler)."""
    import shutil
    import subprocess

    if not shutil.which("pdftoppm"):
        return None
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-gray",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(png_stem),
        ],
        check=True,
    )
    return png_stem.with_suffix(".png")


def _png_with_pil(png: Path) -> Path:
    """Draw a missiv-like page as an image with PIL (used when pdftoppm is missing); return its path."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(str(_DEJAVU / "DejaVuSans.ttf"), 26)
    except OSError:
        font = ImageFont.load_default()
    lay = Layout()
    bygg_skolsegregation(lay)
    for op in lay.pages[0].ops:
        draw.text((op.x * 150 / 72, (PAGE_H - op.y) * 150 / 72), op.text, fill=0, font=font)
    img.save(png)
    return png


def generera_trasiga(ut: Path, endast: set[str] | None = None) -> list[Path]:
    """Given an output folder, write the bad inputs in trasiga/ and return their paths."""
    if endast and "trasiga" not in endast:
        return []
    mapp = ut / "trasiga"
    mapp.mkdir(parents=True, exist_ok=True)
    written = []
    p = mapp / "inte_en_pdf.pdf"
    p.write_text(
        "Det här är ingen PDF utan en vanlig textfil som fått ändelsen .pdf.\n"
        "Remiss: Motion om fler parkbänkar\nSvar senast den 1 december 2024.\n",
        encoding="utf-8",
    )
    written.append(p)
    p = mapp / "tom.pdf"
    p.write_bytes(b"")
    written.append(p)
    # a real sample cut in half (written into a temporary layout so it does not depend on other files)
    lay = Layout()
    bygg_tva(lay)
    hel = mapp / "hel.tmp.pdf"
    render(lay, hel, "tva_missiv")
    data = hel.read_bytes()
    p = mapp / "avkortad.pdf"
    p.write_bytes(data[: len(data) // 2])
    written.append(p)
    # encrypted with a user password
    from reportlab.lib.pdfencrypt import StandardEncryption

    lay = Layout()
    bygg_inline(lay)
    p = mapp / "krypterad.pdf"
    enc = StandardEncryption("hemligt", ownerPassword="agare", canPrint=1, canModify=0, canCopy=0)
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1, encrypt=enc)
    for sida in lay.pages:
        if sida.dekor:
            sida.dekor(c, 1, 1)
        for op in sida.ops:
            c.setFont(op.font, op.size)
            c.drawString(op.x, op.y, op.text)
        c.showPage()
    c.save()
    written.append(p)
    # image only: a rendered missiv page embedded as a picture, no text layer
    lay = Layout()
    bygg_skolsegregation(lay)
    render(lay, hel, "skolsegregation")
    png = _png_of_page(hel, mapp / "sida") or _png_with_pil(mapp / "sida.png")
    p = mapp / "utan_textlager.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1, pageCompression=1)
    c.drawImage(str(png), 0, 0, width=PAGE_W, height=PAGE_H)
    c.showPage()
    c.save()
    png.unlink()
    hel.unlink()
    written.append(p)
    for path in written:
        print(f"trasiga/{path.name}: {path.stat().st_size} byte")
    return written


# ------------------------------------------------------------------ varianter (hålls utanför samples/)

VECKODAGAR = ["måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"]

V_TITLAR = [
    "Riktlinjer för ekonomiskt bistånd",
    "Plan för arbetsmarknadsinsatser",
    "Policy för digitalisering",
    "Program för nationella minoriteter",
    "Handlingsplan mot våld i nära relationer",
    "Strategi för social hållbarhet",
    "Riktlinjer för bostadsanpassning",
    "Plan för krisberedskap",
    "Program för föreningsstöd",
    "Riktlinjer för medborgardialog",
    "Taxa för offentlig kontroll",
    "Motion: Inför feriejobb för alla ungdomar",
    "Lokal överenskommelse med idéburen sektor",
]
V_NAMN = [
    "Anna Karlsson",
    "Erik Nilsson",
    "Maria Johansson",
    "Johan Andersson",
    "Fatima Ali",
    "Lars Berg",
    "Sofia Holm",
    "Mehmet Yilmaz",
    "Karin Lund",
    "Oskar Svensson",
]
V_BORAS = [
    "Arbetslivsnämnden",
    "Kulturnämnden",
    "Servicenämnden",
    "Förskolenämnden",
    "Grundskolenämnden",
    "Sociala omsorgsnämnden",
    "Vård- och äldrenämnden",
    "Tekniska nämnden",
    "Samhällsbyggnadsnämnden",
    "Miljö- och konsumentnämnden",
    "Fritids- och folkhälsonämnden",
    "Lokalförsörjningsnämnden",
    "Individ- och familjeomsorgsnämnden",
    "Gymnasie- och vuxenutbildningsnämnden",
    "Valnämnden",
    "AB Bostäder i Borås",
    "Borås Energi och Miljö AB",
    "Borås Djurpark",
    "Överförmyndarnämnden",
]
V_KOD = {
    "Arbetslivsnämnden": "ALN",
    "Kulturnämnden": "KN",
    "Servicenämnden": "SN",
    "Förskolenämnden": "FSN",
    "Grundskolenämnden": "GSN",
    "Sociala omsorgsnämnden": "SON",
    "Vård- och äldrenämnden": "VÄN",
    "Tekniska nämnden": "TN",
    "Samhällsbyggnadsnämnden": "SBN",
    "Miljö- och konsumentnämnden": "MKN",
    "Fritids- och folkhälsonämnden": "FOFN",
    "Lokalförsörjningsnämnden": "LFN",
    "Individ- och familjeomsorgsnämnden": "IFON",
    "Gymnasie- och vuxenutbildningsnämnden": "GVN",
    "Valnämnden": "VN",
}
V_KOMMUNER = [
    "Alingsås kommun",
    "Herrljunga kommun",
    "Vårgårda kommun",
    "Tranemo kommun",
    "Bollebygds kommun",
    "Svenljunga kommun",
    "Falköpings kommun",
    "Skövde kommun",
    "Jönköpings kommun",
    "Borås Stad",
]
V_MYNDIGHETER = [
    "Arbetsförmedlingen",
    "Försäkringskassan",
    "Socialstyrelsen",
    "Skolverket",
    "Boverket",
    "Migrationsverket",
    "Kronofogdemyndigheten",
    "Skatteverket",
    "Trafikverket",
    "Borås kommun",
    "Sveriges Kommuner och Regioner",
    "Länsstyrelsen i Västra Götalands län",
    "Statskontoret",
]
V_DEP = [
    ("Socialdepartementet", "S", "s"),
    ("Finansdepartementet", "Fi", "fi"),
    ("Arbetsmarknadsdepartementet", "A", "a"),
    ("Utbildningsdepartementet", "U", "u"),
    ("Landsbygds- och infrastrukturdepartementet", "LI", "li"),
    ("Justitiedepartementet", "Ju", "ju"),
]


_lang = svensk_form


V_REGIONER = [
    ("Region Halland", "RS", "regionen@regionhalland.se"),
    ("Västra Götalandsregionen", "RS", "regionstyrelsen@vgregion.se"),
    ("Region Jönköpings län", "RJL", "region@rjl.se"),
]
V_LANGA_TITLAR = [
    "Regional strategi för kompetensförsörjning och livslångt lärande i hela länet 2025–2030",
    "Förslag till reviderade riktlinjer för handläggning av ekonomiskt bistånd inom socialtjänsten",
]


def _slug(namn: str) -> str:
    """Given an organisation name, return an ASCII mail domain part for it."""
    ord_ = namn.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z]+", "", ord_.split()[0]) or "org"


def _deadline_forms(d: date, org: str) -> list[str]:
    """Given a date and the receiving organisation, return the deadline sentence forms the variants use."""
    return [
        f"Remissvaren ska ha kommit in till {org} senast den {_lang(d)}.",
        f"Sista dag att svara på remissen är den {_lang(d)}.",
        f"Svar senast {d.isoformat()}.",
        f"Vi vill ha era synpunkter senast {VECKODAGAR[d.weekday()]} den {_lang(d)}.",
        f"Svaren ska vara {org} tillhanda senast den {_lang(d)}.",
        f"Yttrandet ska ha inkommit senast {d.day}/{d.month} {d.year}.",
        f"Sista svarsdatum är den {_lang(d)}.",
        f"Remissvaren ska ha kommit in senast den {d.day} {MANADER[d.month - 1]}\n{d.year}.",
        f"Svar önskas senast {VECKODAGAR[d.weekday()]} den {_lang(d)} kl. 12.00.",
        f"Remisstiden går ut den {_lang(d)}.",
        f"Vi behöver ert svar senast den {_lang(d)}.",
        f"Svarsdatum: {d.isoformat()}.",
    ]


def _two_columns(lay: Layout, rader: Sequence[str]) -> None:
    """Lay out list rows in two columns, the left column drawn first."""
    half = (len(rader) + 1) // 2
    lay.need(lay.leading * (half + 1))
    top = lay.y
    for kol, delar in enumerate((rader[:half], rader[half:])):
        for n, rad in enumerate(delar):
            lay.draw(LEFT + 14 + kol * 230, top - lay.leading * (n + 1), rad)
    lay.y = top - lay.leading * (half + 0.6)


def variant(rng: random.Random, nr: int) -> tuple[Layout, Sanning]:
    """Given a random generator, lay out one varied remiss and return its layout and truth."""
    import datetime as dt

    kind = rng.choice(["boras", "kommun", "region", "rk", "lst"])
    datum = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 700))
    svar = datum + dt.timedelta(days=rng.randrange(30, 120))
    svar += dt.timedelta(days=max(0, 7 - svar.weekday()) if svar.weekday() >= 5 else 0)  # a weekday
    titel = rng.choice(V_TITLAR + V_LANGA_TITLAR)
    handl = rng.choice(V_NAMN)
    fornamn, efternamn = handl.lower().split()
    telefon = (
        rng.choice(["033-35 ", "08-405 ", "010-22 ", "0321-59 "])
        + f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    )
    klass = None
    sista_i_huvud = False
    if kind == "boras":
        avsandare = rng.choice(V_BORAS[:15])
        kort = V_KOD[avsandare]
        dnr = f"{kort} {datum.year}-{rng.randrange(1, 999):05d}"
        klass = rng.choice([None, "1.1.3.1", "2.3.1.0"])
        adress = f"{kort.lower().replace('ä', 'a')}.diarium@boras.se"
        pool = [x for x in V_BORAS if x != avsandare]
        epost = f"{fornamn}.{efternamn}@boras.se"
        dekor = boras_header(
            "MISSIV", avsandare, datum.isoformat(), f"Dnr {dnr}" + (f" {klass}" if klass else "")
        )
    elif kind in ("kommun", "region"):
        if kind == "kommun":
            avsandare = rng.choice(V_KOMMUNER[:-1])
            dom = _slug(avsandare).rstrip("s")
            dnr = rng.choice(
                [
                    f"KS {datum.year}/{rng.randrange(1, 999)}",
                    f"{datum.year}-{rng.randrange(1, 9999):06d}",
                    f"KS-{datum.year}-{rng.randrange(1, 999)}",
                ]
            )
            adress, pool = f"kommunstyrelsen@{dom}.se", [x for x in V_KOMMUNER if x != avsandare]
            under = "Kommunledningsförvaltningen"
        else:
            avsandare, kod, adress = rng.choice(V_REGIONER)
            dom = adress.split("@")[1].removesuffix(".se")
            dnr = f"{kod} {datum.year}-{rng.randrange(1, 9999):05d}"
            pool, under = V_KOMMUNER + V_MYNDIGHETER, "Regionstyrelsen"
        epost = f"{fornamn}.{efternamn}@{dom}.se"
        if rng.random() < 0.5:
            dekor = simple_header(
                avsandare,
                under,
                "Remiss",
                datum.isoformat(),
                f"Dnr {dnr}",
                f"{avsandare}, växel 0320-00 00 00",
            )
        else:
            sista_i_huvud = rng.random() < 0.5
            falt = [("Datum", datum.isoformat()), ("Ärendenummer", dnr)]
            if sista_i_huvud:
                falt.append(("Sista svarsdag", svar.isoformat()))
            dekor = label_header(avsandare, falt, f"{avsandare}, {under}")
    elif kind == "rk":
        avsandare, kod, mail = rng.choice(V_DEP)
        dnr = f"{kod}{datum.year}/{rng.randrange(1, 9999):05d}"
        adress = f"{mail}.remissvar@regeringskansliet.se"
        pool = list(RK_S_INSTANSER)
        epost = f"{fornamn}.{efternamn}@regeringskansliet.se"
        dekor = rk_header(
            avsandare,
            "Enheten för kommunfrågor",
            datum.isoformat(),
            dnr,
            f"{mail}.registrator@regeringskansliet.se",
        )
    else:
        lan = rng.choice(["Västra Götalands län", "Hallands län", "Jönköpings län", "Skåne län"])
        dnr = f"{rng.randrange(100, 999)}-{rng.randrange(1000, 99999)}-{datum.year}"
        avsandare, adress = f"Länsstyrelsen i {lan}", "registrator@lansstyrelsen.se"
        pool = V_MYNDIGHETER + V_KOMMUNER
        epost = f"{fornamn}.{efternamn}@lansstyrelsen.se"
        dekor = simple_header(
            avsandare,
            "Enheten för samhällsplanering",
            "REMISS",
            datum.isoformat(),
            f"Diarienummer {dnr}",
            "www.lansstyrelsen.se",
        )
    antal = rng.randrange(20, 90) if kind == "rk" else rng.randrange(3, min(14, len(pool)))
    pool = [n for n in pool if n != avsandare]
    namn = rng.sample(pool, min(antal, len(pool)))
    lista_stil = rng.choice(
        ["ol", "ul"] if antal >= 15 else ["ol", "ol)", "ul", "dash", "tab", "inline", "tva"]
    )
    if lista_stil == "tab":
        instanser = tuple(Inst(n, f"registrator@{_slug(n)}.se") for n in namn)
    else:
        instanser = inst(*namn)
    kopia = (f"remiss@{adress.split('@')[1]}",) if rng.random() < 0.3 else ()
    # an external kommun or region is named with the body its letterhead names ('Org, Regionstyrelsen')
    avsandare_facit = f"{avsandare}, {under}" if kind in ("kommun", "region") else avsandare
    s = Sanning(
        diarienummer=dnr,
        klassificering=klass,
        avsandare=avsandare_facit,
        titel=titel,
        datum=datum.isoformat(),
        svarsdatum=svar.isoformat(),
        svarsadress=adress,
        kopia=kopia,
        instanser=instanser,
        handlaggare=(handl, telefon, epost),
    )
    lay = Layout()
    lay.dekor_forst = kind == "boras"
    lay.new_page(dekor, new_doc=True, top=PAGE_H - 150)
    lay.dekor_forst = False
    rubrik = rng.choice(["Remiss: ", "Remiss – ", "Remiss av ", "Remiss gällande "])
    lay_blocks(
        lay, [("h", f"{rubrik}{titel}", 13), ("p", f"{avsandare} skickar härmed förslaget på remiss.")]
    )
    visade = [i.visad() for i in instanser]
    if lista_stil == "inline":
        lay_blocks(
            lay, [("p", "Remissen skickas till " + ", ".join(visade[:-1]) + " och " + visade[-1] + ".")]
        )
    else:
        lay_blocks(lay, [("h", rng.choice(["Remissinstanser", "Sändlista", "Remissen skickas till"]))])
        if lista_stil == "tab":
            rows = [["Remissinstans", "E-post"]] + [[i.visad(), i.epost or ""] for i in instanser]
            lay_blocks(lay, [("tab", rows, [0, 240], True)])
        elif lista_stil == "tva":
            _two_columns(lay, visade)
        elif lista_stil == "ol":
            lay_blocks(lay, [("ol", numbered(instanser))])
        elif lista_stil == "ol)":
            lay_blocks(lay, [("ol", [f"{n}) {v}" for n, v in enumerate(visade, 1)])])
        elif lista_stil == "dash":
            for v in visade:
                lay.text(f"–  {v}", indent=14, hang=width("–  ", FONT, lay.size))
            lay.space(0.6)
        else:
            lay_blocks(lay, [("ul", visade)])
    org = avsandare if kind != "lst" else "Länsstyrelsen"
    deadline = rng.choice(_deadline_forms(svar, org))
    kopiatext = f" med kopia till {kopia[0]}" if kopia else ""
    lay_blocks(
        lay,
        [
            (
                "p",
                f"{deadline} Svaren skickas till {adress}{kopiatext}. Ange diarienummer {dnr} i ämnesraden.",
            ),
            ("p", "Yttrandet ska innehålla en kort sammanfattning och ett tydligt ställningstagande."),
        ],
    )
    stil = rng.randrange(5)
    if stil == 0:
        lay_blocks(
            lay, [("luft", 0.5), ("rad", handl), ("rad", "Handläggare"), ("rad", telefon), ("rad", epost)]
        )
    elif stil == 1:
        lay_blocks(lay, [("p", f"Handläggare: {handl}, telefon {telefon}, e-post {epost}")])
    elif stil == 2:
        lay_blocks(
            lay, [("p", f"Frågor om remissen kan ställas till {handl}, telefon {telefon}, e-post {epost}.")]
        )
    elif stil == 3:
        lay_blocks(
            lay,
            [
                ("h", "Kontaktperson"),
                ("rad", handl),
                ("rad", f"Telefon: {telefon}"),
                ("rad", f"E-post: {epost}"),
            ],
        )
    else:
        lay_blocks(
            lay,
            [
                ("luft", 0.5),
                ("rad", "Med vänlig hälsning"),
                ("luft", 0.5),
                ("rad", handl),
                ("rad", rng.choice(["Utredare", "Handläggare", "Strateg"])),
                ("rad", f"Tel. {telefon}"),
                ("rad", epost),
            ],
        )
    return lay, s


def generera_varianter(ut: Path, antal: int, seed: int = 1) -> list[Path]:
    """Write `antal` varied remisser with facit into ut/ (a held-out set: not for samples/); return the
    paths."""
    rng = random.Random(seed)
    written = []
    for nr in range(1, antal + 1):
        lay, s = variant(rng, nr)
        path = ut / f"variant_{nr:03d}.pdf"
        render(lay, path, f"variant {nr}")
        write_facit(ut / "facit" / f"variant_{nr:03d}.json", path.name, [(s, (1, len(lay.pages)))])
        written.append(path)
    print(f"{antal} varianter i {ut}")
    return written


# --------------------------------------------------------------------------- huvudprogram


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, generate the samples and return the exit code."""
    parser = argparse.ArgumentParser(description="Generera exempelfiler till samples/.")
    parser.add_argument("--ut", type=Path, default=SAMPLES, help="målmapp (standard: samples/)")
    parser.add_argument(
        "--endast", nargs="*", default=None, help="generera bara filerna med dessa namn (utan .pdf)"
    )
    parser.add_argument(
        "--varianter",
        type=int,
        default=0,
        metavar="N",
        help="skriv i stället N varierade remisser med facit i --ut (en provuppsättning som inte checkas in)",
    )
    parser.add_argument("--frö", type=int, default=1, help="slumpfrö för --varianter")
    args = parser.parse_args(argv)
    if args.varianter:
        if args.ut == SAMPLES:
            parser.error("--varianter kräver --ut MAPP utanför samples/")
        generera_varianter(args.ut, args.varianter, args.frö)
        return 0
    endast = set(args.endast) if args.endast else None
    generera_paket(args.ut, endast)
    generera_remisser(args.ut, SEED_EXEMPEL + EGNA_EXEMPEL, endast)
    generera_docx(args.ut, endast)
    generera_trasiga(args.ut, endast)
    return 0


if __name__ == "__main__":
    sys.exit(main())
