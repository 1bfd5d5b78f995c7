"""Bygg mallar/yttrande.docx (förvaltningens yttrandemall) med python-docx.

Mallen är källan som förvaltningen redigerar i Word; skriptet finns för att mallen ska kunna
byggas om från grunden:  .venv/bin/python mallar/skapa_mall.py [UTFIL]
Platshållarna är docxtpl/jinja2 och dokumenteras i mallar/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BRODTEXT = "Cambria"  # Caladea i LibreOffice: samma mått som Word-typsnittet
RUBRIK = "Arial"  # Liberation Sans i LibreOffice
SVART = RGBColor(0, 0, 0)
MALL = Path(__file__).resolve().parent / "yttrande.docx"


def _font(style_or_run: object, name: str, size: float, *, bold: bool | None = None) -> None:
    """Given a style or run, set its font name (also for East Asian/complex scripts), size and weight."""
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = name
    font.size = Pt(size)
    font.color.rgb = SVART
    if bold is not None:
        font.bold = bold
    element = style_or_run.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def _styles(doc: object) -> None:
    """Given a new Document, set Normal, Heading 1, Heading 2 and the small label style."""
    styles = doc.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    _font(normal, BRODTEXT, 12)
    _swedish(normal.element.get_or_add_rPr())
    defaults = doc.styles.element.find(qn("w:docDefaults"))  # type: ignore[attr-defined]
    if defaults is not None:
        for rpr in defaults.iter(qn("w:rPr")):
            _swedish(rpr)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, before, after in (("Heading 1", 16, 24, 18), ("Heading 2", 12, 14, 4)):
        style = styles[name]
        _font(style, RUBRIK, size, bold=True)
        style.font.italic = False
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    from docx.enum.style import WD_STYLE_TYPE

    label = styles.add_style("Ledtext", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = normal
    _font(label, RUBRIK, 7.5)
    label.paragraph_format.space_after = Pt(0)
    value = styles.add_style("Uppgift", WD_STYLE_TYPE.PARAGRAPH)
    value.base_style = normal
    _font(value, RUBRIK, 10)
    value.paragraph_format.space_after = Pt(3)


def _swedish(rpr: object) -> None:
    """Given a run-properties element, set the language to Swedish (spelling, PDF /Lang)."""
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # type: ignore[attr-defined]
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), "sv-SE")


def _field(paragraph: object, instruction: str, shown: str) -> None:
    """Given a paragraph, append a Word field (PAGE, NUMPAGES) showing `shown` until updated."""
    def run_with(child: object) -> None:
        run = paragraph.add_run()  # type: ignore[attr-defined]
        _font(run, RUBRIK, 10)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = shown
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for child in (begin, instr, sep, text, end):
        run_with(child)


def _no_borders(table: object) -> None:
    """Given a table, remove every border (the layout tables must be invisible)."""
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _cell_text(cell: object, text: str, style: str, *, bold: bool = False) -> None:
    """Given a table cell, write one paragraph of text in the style."""
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.style = style
    run = paragraph.add_run(text)
    run.bold = bold


def _header(section: object) -> None:
    """Given the section, write the page header: document type and page number at the right."""
    header = section.header  # type: ignore[attr-defined]
    paragraph = header.paragraphs[0]
    for stop in paragraph.style.paragraph_format.tab_stops:  # the Header style's centre and right tabs
        paragraph.paragraph_format.tab_stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.LEFT)
    lead = paragraph.add_run("{{ kommun }}")
    _font(lead, RUBRIK, 10, bold=True)
    label = paragraph.add_run("\t{{ dokumenttyp }}\tSida ")
    _font(label, RUBRIK, 10, bold=False)
    _field(paragraph, "PAGE", "1")
    paren = paragraph.add_run("(")
    _font(paren, RUBRIK, 10)
    _field(paragraph, "NUMPAGES", "1")
    close = paragraph.add_run(")")
    _font(close, RUBRIK, 10)


def _head_block(doc: object) -> None:
    """Given the document, write the first block: handläggare left, Datum / Instans / Dnr right."""
    rows = [
        (("{{ handlaggare_namn }}", "Uppgift", True), ("Datum", "Ledtext", False)),
        (("Handläggare", "Uppgift", False), ("{{ datum }}", "Uppgift", False)),
        (("{{ handlaggare_telefon }}", "Uppgift", False), ("Instans", "Ledtext", False)),
        (("", "Uppgift", False), ("{{ namnd }}", "Uppgift", False)),
        (("", "Uppgift", False), ("Dnr {{ dnr }}", "Uppgift", False)),
    ]
    table = doc.add_table(rows=len(rows), cols=2)  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    for column, width in zip(table.columns, (Cm(9.5), Cm(7.0)), strict=True):
        column.width = width
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, (text, style, bold), width in zip(row.cells, cells, (Cm(9.5), Cm(7.0)), strict=True):
            cell.width = width
            _cell_text(cell, text, style, bold=bold)


def _body(doc: object) -> None:
    """Given the document, write the title, the decision and the sections of the tjänsteskrivelse."""
    add = doc.add_paragraph  # type: ignore[attr-defined]
    add("{{ rubrik }}", style="Heading 1")
    add("{{ namnd_genitiv }} beslut", style="Heading 2")
    add("{{ stallningstagande_mening }}")
    add("Sammanfattning", style="Heading 2")
    _loop(doc, "stycke", "sammanfattning", "{{ stycke }}")
    add("Ärendet i sin helhet", style="Heading 2")
    _loop(doc, "stycke", "arendet", "{{ stycke }}")
    add("Beslutsunderlag", style="Heading 2")
    _loop(doc, "rad", "beslutsunderlag", "{{ loop.index }}. {{ rad }}")
    add("Samverkan", style="Heading 2")
    add("{{ samverkan }}")
    add("Beslutet expedieras till", style="Heading 2")
    _loop(doc, "rad", "expedieras_till", "{{ loop.index }}. {{ rad }}")
    _signatures(doc)


def _loop(doc: object, item: str, items: str, text: str) -> None:
    """Given the document, write a docxtpl paragraph loop: one paragraph of `text` per item."""
    add = doc.add_paragraph  # type: ignore[attr-defined]
    add(f"{{%p for {item} in {items} %}}")
    add(text)
    add("{%p endfor %}")


def _signatures(doc: object) -> None:
    """Given the document, write the two signatures (Ordförande, Förvaltningschef) side by side.

    Two paragraphs with a tab stop, not a table: a table at the end of the body forces an empty paragraph
    after it, and that paragraph alone becomes an empty last page when page 1 is just full.
    """
    add = doc.add_paragraph  # type: ignore[attr-defined]
    rows = (("{{ ordforande }}\t{{ forvaltningschef }}", True), ("Ordförande\tFörvaltningschef", False))
    for text, first in rows:
        paragraph = add(text, style="Normal")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(8.25))
        paragraph.paragraph_format.space_after = Pt(0)
        if first:
            paragraph.paragraph_format.space_before = Pt(36)
            paragraph.paragraph_format.keep_with_next = True


def _footer(section: object) -> None:
    """Given the section, write the förvaltning's address block (labels over values) in the footer."""
    footer = section.footer  # type: ignore[attr-defined]
    first = footer.paragraphs[0]
    first.style = "Uppgift"
    run = first.add_run("{{ namnd }}")
    run.bold = True
    labels = ("Postadress", "Besöksadress", "Hemsida", "E-post", "Telefon")
    values = ("{{ postadress }}", "{{ besoksadress }}", "{{ webbplats }}", "{{ epost }}", "{{ telefon }}")
    widths = (Cm(3.0), Cm(3.6), Cm(2.4), Cm(4.6), Cm(3.4))
    table = footer.add_table(rows=2, cols=len(labels), width=Cm(17.0))
    _no_borders(table)
    for col, (label, value, width) in enumerate(zip(labels, values, widths, strict=True)):
        _cell_text(table.rows[0].cells[col], label, "Ledtext")
        _cell_text(table.rows[1].cells[col], value, "Uppgift")
        table.rows[0].cells[col].width = width
        table.rows[1].cells[col].width = width
        table.columns[col].width = width


def ny_a4() -> tuple[Any, Any]:
    """Return a new document with an A4 page, the förvaltning's side margins and styles, and its section."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.3), Cm(2.0)
    _styles(doc)
    return doc, section


def spara(doc: Any, path: Path, titel: str) -> Path:
    """Given a template, its path and title: set the document properties, save it and return the path."""
    core = doc.core_properties
    core.title = titel
    core.author = "remiss"
    core.language = "sv-SE"
    doc.save(str(path))
    return path


def build(path: Path = MALL) -> Path:
    """Given an output path, write the yttrande template there and return the path."""
    doc, section = ny_a4()
    section.start_type = WD_SECTION.NEW_PAGE
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(0.8)
    _header(section)
    _head_block(doc)
    _body(doc)
    _footer(section)
    return spara(doc, path, "Yttrande över remiss")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else MALL
    print(build(target))
