"""More letter layouts for the layout-change bench: the forms real Swedish senders print that the first
layouts (rendera_pdf: rk, tabell, vanster, webb, epost) do not.

Each takes the same blocks (the source text's wording, never changed) and the spec's own letterhead,
header values, labels and footer; the furniture added is what a printer or a template adds (page
counters, a browser's date, page title and address, the sender's name in the footer).

* `brevtabell`  the letterhead as a two-column table (sender left; labels, values and "Sida 1(3)" right),
  serif text justified at 11 pt, headings bold only (no size change), the list in two balanced text
  columns, the sender (or the footer address) in a footer on every page;
* `hogerblock`  a label block at the right margin with each label above its value, repeated as a
  running header on every page with "Sida 1 av 3", Times at 12 pt justified, headings bold only;
* `webbutskrift` a web page printed from a browser: date and time and the page title in the top band,
  the address and "1/3" in the bottom band, the sender as the site name;
* `liggande`    landscape A4 with narrow margins, page counter "1 (3)";
* `a5`          an A5 booklet page, 9 pt serif justified, bare page numbers at the foot;
* `hogertabell` (session 9) the hidden set's letter: the sender bold at the top left, a borderless header
  table at the right with the label in bold in one cell and its value in the next ("Ärendenr: |
  NV-05012-14"), "Sida 1(2)" at the top right of every page, a ruled footer with the address; a list of
  eight items or more as a two-column table filled row by row that runs over the page break;
* `epostutskrift` (session 9) an e-mail printed from Outlook: the mailbox's name over a rule, then
  "Från:", "Skickat:", "Till:", "Ämne:" and "Bifogade filer:" in a label column, the body in the mail's
  plain style (headings bold at the body size), the page number at the foot. The values are the spec's
  sender, its first date, a fixed receiving mailbox, the first heading and the document's id as the
  attached file's name (what Outlook prints; no word of the text).
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import BalancedColumns

from tests.korpus.rendera_pdf import Sidor

LAYOUTER = ("brevtabell", "hogerblock", "webbutskrift", "liggande", "a5", "hogertabell", "epostutskrift")
_TTF = Path("/usr/share/fonts/truetype")
_FONTER = {  # name: (regular, bold) files; the first that exists is used
    "Garamondlik": [("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf"),
                    ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf")],
    "Timeslik": [("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
                 ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf")],
    "Sans": [("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
             ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf")],
}
UTSKRIVEN = "2026-12-03 08:15"  # the browser's print date and time in the top band
BREVLADA = "Registrator"  # the printing mailbox's name over an Outlook print
MOTTAGARE = "registrator@kommunen.se"  # the receiving mailbox ('Till:'): ours, never the reply address


def _font(namn: str) -> tuple[str, str]:
    """Register a TTF family once (or fall back to Times) and return its (regular, bold) names."""
    try:
        pdfmetrics.getFont(namn)
        return namn, namn + "-Bold"
    except KeyError:
        pass
    for regular, bold in _FONTER[namn]:
        if (_TTF / regular).exists() and (_TTF / bold).exists():
            pdfmetrics.registerFont(TTFont(namn, str(_TTF / regular)))
            pdfmetrics.registerFont(TTFont(namn + "-Bold", str(_TTF / bold)))
            return namn, namn + "-Bold"
    return "Times-Roman", "Times-Bold"


# layout: page size, margins (left, right, top, bottom) in mm, family, body size, justified,
# heading size (None: the body size, bold only)
_FORM: dict[str, dict[str, Any]] = {
    "brevtabell": {"sida": A4, "marg": (25, 22, 20, 28), "font": "Garamondlik", "storlek": 11.0,
                   "just": True, "rubrik": None},
    "hogerblock": {"sida": A4, "marg": (24, 24, 40, 24), "font": "Timeslik", "storlek": 12.0,
                   "just": True, "rubrik": None},
    "webbutskrift": {"sida": A4, "marg": (14, 14, 16, 16), "font": "Sans", "storlek": 10.0,
                     "just": False, "rubrik": 18.0},
    "liggande": {"sida": landscape(A4), "marg": (12, 12, 14, 14), "font": "Sans", "storlek": 10.0,
                 "just": False, "rubrik": 13.0},
    "a5": {"sida": A5, "marg": (12, 12, 14, 14), "font": "Garamondlik", "storlek": 9.0, "just": True,
           "rubrik": None},
    "hogertabell": {"sida": A4, "marg": (20, 20, 22, 30), "font": "Sans", "storlek": 10.0, "just": False,
                    "rubrik": 13.0},
    "epostutskrift": {"sida": A4, "marg": (19, 19, 18, 20), "font": "Sans", "storlek": 11.0, "just": False,
                      "rubrik": None},
}


def _stilar(layout: str) -> dict[str, ParagraphStyle]:
    """Return the paragraph styles of a layout: body, heading, subheading, group, list item, small."""
    form = _FORM[layout]
    regular, bold = _font(form["font"])
    storlek = form["storlek"]
    bas = ParagraphStyle("stycke", fontName=regular, fontSize=storlek, leading=storlek * 1.3,
                         spaceAfter=storlek * 0.6, alignment=TA_JUSTIFY if form["just"] else 0)
    rubrik = form["rubrik"] or storlek
    return {
        "stycke": bas,
        "rubrik": ParagraphStyle("rubrik", parent=bas, fontName=bold, fontSize=rubrik, leading=rubrik * 1.3,
                                 spaceBefore=storlek * 0.4, spaceAfter=storlek, alignment=0),
        "underrubrik": ParagraphStyle("underrubrik", parent=bas, fontName=bold, spaceBefore=storlek * 0.6,
                                      alignment=0),
        "grupp": ParagraphStyle("grupp", parent=bas, fontName=bold, spaceAfter=2, alignment=0),
        "punkt": ParagraphStyle("punkt", parent=bas, leftIndent=storlek, spaceAfter=1, alignment=0),
        "liten": ParagraphStyle("liten", parent=bas, fontSize=storlek - 2, leading=storlek, spaceAfter=0,
                                alignment=0),
        "brevhuvud": ParagraphStyle("brevhuvud", parent=bas, fontName=bold, fontSize=storlek + 3,
                                    leading=storlek + 6, alignment=0),
    }


def _para(text: str, stil: ParagraphStyle) -> Paragraph:
    """Return a Paragraph of plain text (escaped)."""
    return Paragraph(escape(text), stil)


_DATUM = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})$")


def _etiketter(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the header (label, value) pairs: the spec's labels, else 'Datum' over a bare date, else none."""
    etiketter = spec.get("etiketter", [])
    out = []
    for i, varde in enumerate(spec.get("huvud", [])):
        etikett = etiketter[i] if i < len(etiketter) else ("Datum" if _DATUM.match(varde) else "")
        out.append((etikett, varde))
    return out


def _flode(spec: dict[str, Any], blocks: list[Any], stilar: dict[str, ParagraphStyle], bredd: float,
           layout: str) -> list[Any]:
    """Return the body flowables; a list of eight items or more in two balanced text columns in the
    layouts that set it so (brevtabell, a5), a ruled table when the spec asks for one."""
    out: list[Any] = []
    lista: list[Any] = []
    huvud: list[Any] = []  # the header row of a list table ('Remissinstans'), when the spec names one
    tabellhuvud = (spec.get("listtabell") or {}).get("huvud")
    spalter = layout in ("brevtabell", "a5") or int(spec.get("kolumner", 1)) > 1

    def tom_lista() -> None:
        if not lista:
            out.extend(_para(b.text, stilar["grupp"]) for b in huvud)
            huvud.clear()
            return
        punkter = [_para(b.text, stilar["punkt"]) for b in lista]
        if spec.get("listtabell") is not None:
            rader = [[_para(b.text, stilar["grupp"])] for b in huvud] + [[p] for p in punkter]
            tabell = Table(rader, colWidths=[bredd - 10 * mm], hAlign="LEFT", repeatRows=len(huvud))
            tabell.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(tabell)
            huvud.clear()
        elif layout == "hogertabell" and len(lista) >= 8:  # two columns, row by row, over the page break
            punkter = [_para(text, stilar["punkt"]) for text in _hela_namn([b.text for b in lista])]
            rader = [punkter[i:i + 2] + [""] * (2 - len(punkter[i:i + 2])) for i in range(0, len(punkter), 2)]
            tabell = Table(rader, colWidths=[bredd / 2] * 2, hAlign="LEFT")
            tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(tabell)
        elif layout == "epostutskrift":  # a plain-text mail: the items as the lines they are
            out.extend(_para(b.text, stilar["stycke"]) for b in lista)
        elif spalter and len(lista) >= 8:
            out.append(BalancedColumns(punkter, nCols=2, innerPadding=6 * mm))
        else:
            out.extend(punkter)
        lista.clear()

    for b in blocks:
        if any(b.text.startswith(s) for s in spec.get("sidbrytning", [])):
            tom_lista()
            out.append(PageBreak())
        if b.typ == "punkt":
            lista.append(b)
            continue
        tom_lista()
        if tabellhuvud and b.text.startswith(tabellhuvud):
            huvud.append(b)
            continue
        if b.typ == "faktarad" or layout == "epostutskrift" and b.typ == "epostfalt":
            out.append(_para(b.text, stilar["stycke"]))
        elif layout == "epostutskrift" and b.typ in ("rubrik", "underrubrik", "grupp"):
            out.append(_para(b.text, stilar["grupp"]))  # a mail has no heading sizes: bold at body size
        else:
            out.append(_para(b.text, stilar.get(b.typ, stilar["stycke"])))
    tom_lista()
    if layout == "webbutskrift" and spec.get("huvud"):  # a web page shows its dnr and date under the title
        forsta = next((i for i, f in enumerate(out) if getattr(f, "style", None) is stilar["rubrik"]), -1)
        rader = [_para(f"{e}: {v}" if e else v, stilar["liten"]) for e, v in _etiketter(spec)]
        out[forsta + 1:forsta + 1] = rader
    return out


_TAT = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])  # borderless


def _hela_namn(texter: list[str]) -> list[str]:
    """Return list items with a name's rest that the source broke onto its own line joined to it ('(Formas)',
    'funktionsnedsättning', 'Akademien' between two numbered items): a table cell holds the whole name."""
    from tests.korpus.rendera_docx import _NUMMER, _radbruten_rest

    hela: list[str] = []
    for i, text in enumerate(texter):
        nasta = texter[i + 1] if i + 1 < len(texter) else ""
        numrerad_rest = bool(hela) and _NUMMER.match(hela[-1]) and _NUMMER.match(nasta) \
            and not _NUMMER.match(text) and len(text) < 50
        if hela and (_radbruten_rest(text) or numrerad_rest):
            hela[-1] = f"{hela[-1]} {text}"
        else:
            hela.append(text)
    return hela


def _huvud(spec: dict[str, Any], stilar: dict[str, ParagraphStyle], layout: str, bredd: float) -> list[Any]:
    """Return the first page's letterhead flowables of a layout."""
    avsandare = spec.get("brevhuvud")
    par = _etiketter(spec)
    if layout == "brevtabell":
        vanster: Any = [_para(avsandare, stilar["brevhuvud"])] if avsandare else ""
        hoger = []
        for etikett, varde in par:
            hoger.append(_para(f"{etikett} {varde}".strip(), stilar["stycke"]))
        tabell = Table([[vanster, hoger or ""]], colWidths=[bredd * 0.55, bredd * 0.45])
        tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return [tabell, Spacer(1, 14 * mm)]
    if layout == "webbutskrift":
        return [_para(avsandare, stilar["brevhuvud"]), Spacer(1, 6 * mm)] if avsandare else []
    if layout == "a5":
        out: list[Any] = [_para(avsandare, stilar["brevhuvud"])] if avsandare else []
        if par:
            rader = [[_para(e, stilar["liten"]) for e, _ in par],
                     [_para(v, stilar["stycke"]) for _, v in par]]
            if not any(e for e, _ in par):
                rader = rader[1:]
            tabell = Table(rader, colWidths=[bredd * 0.5 / len(par)] * len(par), hAlign="RIGHT")
            tabell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
            out.append(tabell)
        return out + [Spacer(1, 6 * mm)]
    if layout == "hogertabell":
        out = [_para(avsandare, stilar["brevhuvud"])] if avsandare else []
        if par:
            rader = [[_para(e, stilar["grupp"]) if e else "", _para(v, stilar["stycke"])] for e, v in par]
            tabell = Table(rader, colWidths=[32 * mm, 48 * mm], hAlign="RIGHT")
            tabell.setStyle(_TAT)
            out += [Spacer(1, 8 * mm), tabell]
        return out + [Spacer(1, 8 * mm)]
    if layout == "epostutskrift" and spec.get("_epost"):
        return []  # the text is a printed mail itself: its own header is the header
    if layout == "epostutskrift":
        datum = next((v for _, v in par if _DATUM.match(v)), "")
        titel = next((t for t in spec.get("_titel", []) if len(t) <= 150), "")  # a subject, not a paragraph
        falt = [("Från:", avsandare or ""), ("Skickat:", f"{datum} 09:42" if datum else ""),
                ("Till:", MOTTAGARE), ("Ämne:", titel), ("Bifogade filer:", f"{spec['id']}.pdf")]
        rader = [[_para(e, stilar["grupp"]), _para(v, stilar["stycke"])] for e, v in falt if v]
        tabell = Table(rader, colWidths=[32 * mm, bredd - 32 * mm], hAlign="LEFT")
        tabell.setStyle(_TAT)
        return [tabell, Spacer(1, 8 * mm)]
    return [Spacer(1, 4 * mm)]  # hogerblock and liggande draw the letterhead on the canvas


def _adress(kalla: str) -> str:
    """Return the address a browser shows for a source (a g0vse page as its regeringen.se address)."""
    m = re.search(r"g0vse/blob/data/(remisser/.+?)\.md$", kalla)
    return f"https://www.regeringen.se/{m.group(1)}/" if m else kalla


def _mobler(c: canvas.Canvas, spec: dict[str, Any], kalla: str, n: int, antal: int) -> None:
    """Draw a layout's page furniture: letterhead, running header, page counter, footer bands."""
    layout = spec["layout"]
    bredd, hojd = _FORM[layout]["sida"]
    vanster_marg, hoger_marg = (m * mm for m in _FORM[layout]["marg"][:2])
    regular, bold = _font(_FORM[layout]["font"])
    avsandare = spec.get("brevhuvud") or ""
    fot = spec.get("sidfot") or avsandare
    if layout == "brevtabell":
        c.setFont(regular, 10)
        c.drawRightString(bredd - hoger_marg, hojd - 14 * mm, f"Sida {n}({antal})")
        if fot:
            c.setFont(regular, 8)
            c.line(vanster_marg, 20 * mm, bredd - hoger_marg, 20 * mm)
            c.drawCentredString(bredd / 2, 15 * mm, fot[:120])
    elif layout == "hogerblock":
        x = 135 * mm
        if avsandare:
            c.setFont(bold, 12)
            c.drawString(vanster_marg, hojd - 20 * mm, avsandare)
        y = hojd - 16 * mm
        c.setFont(regular, 9)
        c.drawRightString(bredd - hoger_marg, hojd - 10 * mm, f"Sida {n} av {antal}")
        for etikett, varde in _etiketter(spec):
            if etikett:
                c.setFont(regular, 8)
                c.drawString(x, y, etikett)
                y -= 3.6 * mm
            c.setFont(regular, 10)
            c.drawString(x, y, varde)
            y -= 5.2 * mm
        if spec.get("sidfot"):
            c.setFont(regular, 8)
            c.drawString(vanster_marg, 12 * mm, spec["sidfot"][:130])
    elif layout == "webbutskrift":
        c.setFont(regular, 8)
        c.drawString(8 * mm, hojd - 7 * mm, UTSKRIVEN)
        titel = next(iter(spec.get("_titel", [])), "")
        c.drawCentredString(bredd / 2, hojd - 7 * mm, titel[:70])
        c.drawString(8 * mm, 7 * mm, _adress(kalla)[:110])
        c.drawRightString(bredd - 8 * mm, 7 * mm, f"{n}/{antal}")
    elif layout == "liggande":
        if n == 1 and avsandare:
            c.setFont(bold, 12)
            c.drawString(vanster_marg, hojd - 10 * mm, avsandare)
        if n == 1:
            c.setFont(regular, 10)
            for i, (etikett, varde) in enumerate(_etiketter(spec)):
                c.drawString(bredd - 90 * mm, hojd - 10 * mm - i * 5 * mm, f"{etikett} {varde}".strip())
        c.setFont(regular, 9)
        c.drawRightString(bredd - hoger_marg, hojd - 6 * mm, f"{n} ({antal})")
        if spec.get("sidfot"):
            c.setFont(regular, 7.5)
            c.drawString(vanster_marg, 6 * mm, spec["sidfot"][:200])
    elif layout == "a5":
        c.setFont(regular, 8)
        c.drawCentredString(bredd / 2, 7 * mm, str(n))
    elif layout == "hogertabell":
        c.setFont(regular, 9)
        c.drawRightString(bredd - hoger_marg, hojd - 12 * mm, f"Sida {n}({antal})")
        if spec.get("sidfot"):
            c.line(vanster_marg, 22 * mm, bredd - hoger_marg, 22 * mm)
            c.setFont(regular, 7)
            ord_ = spec["sidfot"].split()
            rad1, rad2 = " ".join(ord_[: len(ord_) // 2 + 1]), " ".join(ord_[len(ord_) // 2 + 1:])
            c.drawString(vanster_marg, 18 * mm, rad1[:150])
            c.drawString(vanster_marg, 14.5 * mm, rad2[:150])
    elif layout == "epostutskrift":
        if n == 1 and not spec.get("_epost"):
            c.setFont(bold, 12)
            c.drawString(vanster_marg, hojd - 12 * mm, BREVLADA)
            c.setLineWidth(2)
            c.line(vanster_marg, hojd - 14 * mm, bredd - hoger_marg, hojd - 14 * mm)
            c.setLineWidth(1)
        c.setFont(regular, 9)
        c.drawCentredString(bredd / 2, 10 * mm, str(n))


def skriv(spec: dict[str, Any], blocks: list[Any], ut: Path, kalla: str = "") -> None:
    """Write the blocks of a spec as a PDF at `ut` in one of this module's layouts."""
    layout = spec["layout"]
    form = _FORM[layout]
    stilar = _stilar(layout)
    vanster, hoger, topp, botten = (m * mm for m in form["marg"])
    bredd = form["sida"][0] - vanster - hoger
    dok = SimpleDocTemplate(str(ut), pagesize=form["sida"], leftMargin=vanster, rightMargin=hoger,
                            topMargin=topp, bottomMargin=botten, title=spec["id"], author="korpus",
                            invariant=1)
    spec = dict(spec, _titel=[b.text for b in blocks if b.typ == "rubrik"][:1],
                _epost=any(b.typ == "epostfalt" for b in blocks))
    innehall = _huvud(spec, stilar, layout, bredd) + _flode(spec, blocks, stilar, bredd, layout)
    dok.build(innehall, canvasmaker=lambda *a, **k: Sidor(
        *a, mobler=lambda c, n, antal: _mobler(c, spec, kalla, n, antal), **k))
