"""Write a corpus document's blocks as a PDF letter with reportlab, in one of several layouts."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BREDD, HOJD = A4
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _typsnitt(layout: str) -> tuple[str, str]:
    """Return (regular, bold) font names for a layout: a TTF (DejaVu or reportlab's Vera) or Times."""
    if layout in ("vanster", "epost"):
        return "Times-Roman", "Times-Bold"
    try:
        pdfmetrics.getFont("Brev")
    except KeyError:
        import reportlab

        vera = Path(reportlab.__file__).parent / "fonts"
        regular, bold = _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"
        if not regular.exists():
            regular, bold = vera / "Vera.ttf", vera / "VeraBd.ttf"
        pdfmetrics.registerFont(TTFont("Brev", str(regular)))
        pdfmetrics.registerFont(TTFont("Brev-Bold", str(bold)))
    return "Brev", "Brev-Bold"


def _stilar(layout: str) -> dict[str, ParagraphStyle]:
    """Return the paragraph styles of a layout."""
    regular, bold = _typsnitt(layout)
    bas = ParagraphStyle("stycke", fontName=regular, fontSize=10.5, leading=14, spaceAfter=6)
    return {
        "stycke": bas,
        "rubrik": ParagraphStyle("rubrik", parent=bas, fontName=bold, fontSize=15 if layout == "webb" else 13,
                                 leading=19, spaceAfter=10, spaceBefore=4),
        "underrubrik": ParagraphStyle("underrubrik", parent=bas, fontName=bold, fontSize=11.5, spaceBefore=8),
        "grupp": ParagraphStyle("grupp", parent=bas, fontName=bold, fontSize=10.5, spaceBefore=6,
                                spaceAfter=2),
        "punkt": ParagraphStyle("punkt", parent=bas, leftIndent=14, spaceAfter=1, leading=13),
        "epostfalt": ParagraphStyle("epostfalt", parent=bas, spaceAfter=0, leading=13),
        "liten": ParagraphStyle("liten", parent=bas, fontSize=8.5, leading=10, spaceAfter=0),
    }


def _para(text: str, stil: ParagraphStyle) -> Paragraph:
    """Return a Paragraph of plain text (escaped)."""
    return Paragraph(escape(text), stil)


def _epostfalt(text: str, stil: ParagraphStyle) -> Paragraph:
    """Return an e-mail header line with its label in bold ('Från: …')."""
    etikett, _, varde = text.partition(":")
    bold = stil.fontName.replace("-Roman", "") + "-Bold" if "Times" in stil.fontName else "Brev-Bold"
    return Paragraph(f'<font name="{bold}">{escape(etikett)}:</font>{escape(varde)}', stil)


def _flowables(spec: dict[str, Any], blocks: list[Any], stilar: dict[str, ParagraphStyle]) -> list[Any]:
    """Return the body flowables: headings, paragraphs, list items (in columns when asked), page breaks."""
    out: list[Any] = []
    brytningar = spec.get("sidbrytning", [])
    kolumner = int(spec.get("kolumner", 1))
    lista: list[Any] = []
    tabell = spec.get("listtabell")  # the list as a ruled table: {"huvud": "start of the header block"}
    huvud: list[Any] = []

    def tom_lista() -> None:
        if lista and tabell is not None:
            out.append(_listtabell(huvud, lista, stilar))
        elif lista:
            out.extend(_kolumner(lista, kolumner, stilar) if kolumner > 1
                       else [_para(b.text, stilar["punkt"]) for b in lista])
        elif huvud:
            out.append(_para(huvud[0].text, stilar["grupp"]))
        lista.clear()
        huvud.clear()

    for b in blocks:
        if any(b.text.startswith(s) for s in brytningar):
            tom_lista()
            out.append(PageBreak())
        if b.typ == "punkt":
            lista.append(b)
            continue
        if tabell is not None and tabell.get("huvud") and b.text.startswith(tabell["huvud"]):
            tom_lista()
            huvud.append(b)
            continue
        tom_lista()
        if b.typ == "epostfalt":
            out.append(_epostfalt(b.text, stilar["epostfalt"]))
        elif b.typ == "faktarad":
            out.append(_faktarad(b.text, stilar))
        elif b.typ == "tabellrad":
            out.append(_tabellrad(b.text, stilar))
        else:
            out.append(_para(b.text, stilar.get(b.typ, stilar["stycke"])))
    tom_lista()
    return out


def _kolumner(lista: list[Any], antal: int, stilar: dict[str, ParagraphStyle]) -> list[Any]:
    """Return list items as a table of `antal` columns read down each column (as printed letters do)."""
    hojd = -(-len(lista) // antal)
    rader = []
    for r in range(hojd):
        rad = []
        for k in range(antal):
            i = k * hojd + r
            rad.append(_para(lista[i].text, stilar["punkt"]) if i < len(lista) else "")
        rader.append(rad)
    tabell = Table(rader, colWidths=[(BREDD - 50 * mm) / antal] * antal, hAlign="LEFT")
    tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [tabell]


def _listtabell(huvud: list[Any], lista: list[Any], stilar: dict[str, ParagraphStyle]) -> Table:
    """Return list items as a ruled one-column table (a header row first when the spec names one)."""
    rader = [[_para(b.text, stilar["grupp"])] for b in huvud]
    rader += [[_para(b.text, stilar["stycke"])] for b in lista]
    tabell = Table(rader, colWidths=[BREDD - 60 * mm], hAlign="LEFT", repeatRows=len(huvud))
    stil = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if huvud:
        stil.append(("BACKGROUND", (0, 0), (-1, len(huvud) - 1), "#DDDDDD"))
    tabell.setStyle(TableStyle(stil))
    return tabell


def _faktarad(text: str, stilar: dict[str, ParagraphStyle]) -> Table:
    """Return a 'Label: value' fact line as a two-cell table row (label left, value right)."""
    etikett, _, varde = text.partition(":")
    rad = [[_para(etikett + ":", stilar["grupp"]), _para(varde.strip(), stilar["stycke"])]]
    tabell = Table(rad, colWidths=[45 * mm, BREDD - 95 * mm], hAlign="LEFT")
    tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("GRID", (0, 0), (-1, -1), 0.3, "#999999")]))
    return tabell


def _tabellrad(text: str, stilar: dict[str, ParagraphStyle]) -> Table:
    """Return a table row whose cells the source separated by a wide gap (three spaces or more), as a
    layout-keeping text extraction prints a ruled table ('Fastighetskontoret      fastighetskontoret@…')."""
    celler = re.split(r"\s{3,}", text.strip())
    bredd = [58 * mm, 92 * mm, 20 * mm][: len(celler)] if len(celler) > 1 else [160 * mm]
    rad = [[_para(c, stilar["stycke"]) for c in celler]]
    tabell = Table(rad, colWidths=bredd, hAlign="LEFT")
    tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tabell


def _huvud(spec: dict[str, Any], stilar: dict[str, ParagraphStyle]) -> list[Any]:
    """Return the letter head flowables of layouts that put it in the flow (tabell, vanster, epost)."""
    layout = spec.get("layout", "rk")
    varden = spec.get("huvud", [])
    etiketter = spec.get("etiketter", [])
    if layout == "tabell" and not varden:
        return [_para(spec["brevhuvud"], stilar["underrubrik"])] if spec.get("brevhuvud") else []
    if layout == "tabell":
        rader = [[_para(e, stilar["liten"]) for e in etiketter]] if etiketter else []
        rader.append([_para(v, stilar["stycke"]) for v in varden])
        bredd = 75 * mm / max(len(varden), 1)
        tabell = Table(rader, colWidths=[bredd] * len(varden), hAlign="RIGHT")
        tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        out = [_para(spec["brevhuvud"], stilar["underrubrik"])] if spec.get("brevhuvud") else []
        return out + [tabell, Spacer(1, 8 * mm)]
    if layout == "vanster":
        out = [_para(spec["brevhuvud"], stilar["underrubrik"])] if spec.get("brevhuvud") else []
        par = list(zip(etiketter, varden, strict=False)) if etiketter else [("", v) for v in varden]
        out += [_para(f"{e} {v}".strip(), stilar["stycke"]) for e, v in par]
        return out + [Spacer(1, 6 * mm)]
    if layout == "epost" and spec.get("brevhuvud"):
        return [_para(spec["brevhuvud"], stilar["rubrik"]), Spacer(1, 2 * mm)]
    return [Spacer(1, 18 * mm)] if layout == "rk" else []


class Sidor(canvas.Canvas):
    """A canvas that knows the page count at save time, to draw the furniture of every page: `mobler`
    draws it on the canvas for page n of antal."""

    def __init__(self, *args: Any, mobler: Callable[[canvas.Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mobler = mobler
        self._sidor: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._sidor.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        antal = len(self._sidor)
        for n, tillstand in enumerate(self._sidor, start=1):
            self.__dict__.update(tillstand)
            self._mobler(self, n, antal)
            super().showPage()
        super().save()


def _mobler(c: canvas.Canvas, spec: dict[str, Any], n: int, antal: int) -> None:
    """Draw the page furniture of a layout: letterhead, header values, page counter, footer."""
    layout = spec.get("layout", "rk")
    regular, bold = _typsnitt(layout)
    if layout == "rk":
        if n == 1 and spec.get("brevhuvud"):
            c.setFont(bold, 12)
            c.drawString(25 * mm, HOJD - 22 * mm, spec["brevhuvud"])
        if n == 1:
            c.setFont(regular, 10)
            for i, varde in enumerate(spec.get("huvud", [])):
                c.drawString(125 * mm, HOJD - 22 * mm - i * 5 * mm, varde)
        c.setFont(regular, 9)
        c.drawRightString(BREDD - 20 * mm, HOJD - 14 * mm, f"{n} ({antal})")
    elif layout in ("tabell", "vanster"):
        c.setFont(regular, 9)
        c.drawRightString(BREDD - 20 * mm, HOJD - 14 * mm, f"{n}({antal})")
        if n > 1 and spec.get("brevhuvud"):
            c.drawString(25 * mm, HOJD - 14 * mm, spec["brevhuvud"])
    elif layout == "webb":
        c.setFont(regular, 8)
        if spec.get("brevhuvud"):
            c.drawString(20 * mm, HOJD - 12 * mm, spec["brevhuvud"])
        c.drawRightString(BREDD - 20 * mm, 12 * mm, f"Sida {n}({antal})")
    elif layout == "epost":
        c.setFont(regular, 8)
        c.drawCentredString(BREDD / 2, 12 * mm, str(n))
    if spec.get("sidfot"):
        c.setFont(regular, 7.5)
        c.line(25 * mm, 20 * mm, BREDD - 20 * mm, 20 * mm)
        c.drawString(25 * mm, 16 * mm, spec["sidfot"][:130])


def skriv(spec: dict[str, Any], blocks: list[Any], ut: Path) -> None:
    """Write the blocks of a spec as a PDF at `ut`."""
    stilar = _stilar(spec.get("layout", "rk"))
    dok = SimpleDocTemplate(str(ut), pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=26 * mm, title=spec["id"], author="korpus",
                            invariant=1)
    innehall = _huvud(spec, stilar) + _flowables(spec, blocks, stilar)
    dok.build(innehall, canvasmaker=lambda *a, **k: Sidor(
        *a, mobler=lambda c, n, antal: _mobler(c, spec, n, antal), **k))
