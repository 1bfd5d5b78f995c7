"""Write a corpus document's blocks as a DOCX with python-docx: header in a table, heading and list styles.

The layout `kommunmall` builds the document as a kommun's Word template does (see `_kommunmall`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_STIL = {"rubrik": "Heading 1", "underrubrik": "Heading 2", "grupp": "Heading 3"}


def skriv(spec: dict[str, Any], blocks: list[Any], ut: Path) -> None:
    """Write the blocks of a spec as a DOCX at `ut` (core properties fixed, so a rebuild is stable)."""
    from docx import Document

    if spec.get("layout") in ("kommunmall", "kommunflikar"):
        _kommunmall(spec, blocks, ut, flikar=spec["layout"] == "kommunflikar")
        return
    if spec.get("layout") == "wordhuvud":
        _wordhuvud(spec, blocks, ut)
        return
    if spec.get("layout") == "wordstilar":
        _wordstilar(spec, blocks, ut)
        return

    dok = Document()
    _huvudtabell(dok, spec)
    for b in _utanfor_listtabell(dok, spec, blocks, lambda cell, text: setattr(cell, "text", text)):
        if b.typ in _STIL:
            dok.add_paragraph(b.text, style=_STIL[b.typ])
        elif b.typ == "punkt":
            stil = "List Paragraph" if b.text[:1].isdigit() else "List Bullet"
            dok.add_paragraph(b.text.lstrip("-•–* ") if stil == "List Bullet" else b.text, style=stil)
        else:
            dok.add_paragraph(b.text)
    if spec.get("sidfot"):
        dok.sections[0].footer.paragraphs[0].text = spec["sidfot"]
    _spara(dok, spec, ut)


def _utanfor_listtabell(dok: Any, spec: dict[str, Any], blocks: list[Any],
                        skriv_cell: Callable[[Any, str], None]) -> Iterator[Any]:
    """Yield the blocks that are not rows of the spec's list table (written there with skriv_cell), with a
    page break before each block the spec breaks at."""
    tabell = spec.get("listtabell")  # the list as a Word table: {"huvud": "start of the header block"}
    rad: Any = None
    for b in blocks:
        if any(b.text.startswith(s) for s in spec.get("sidbrytning", [])):
            dok.add_page_break()
        arhuvud = tabell is not None and tabell.get("huvud") and b.text.startswith(tabell["huvud"])
        if tabell is not None and (b.typ == "punkt" or arhuvud):
            if rad is None:
                rad = dok.add_table(rows=0, cols=1)
                rad.style = "Table Grid"
            skriv_cell(rad.add_row().cells[0], b.text)
            continue
        rad = None
        yield b


def _spara(dok: Any, spec: dict[str, Any], ut: Path) -> None:
    """Save with fixed core properties, so a rebuild is byte for byte stable."""
    egenskaper = dok.core_properties
    egenskaper.author, egenskaper.title = "korpus", spec["id"]
    egenskaper.created = egenskaper.modified = datetime.datetime(2026, 1, 1)
    egenskaper.revision = 1
    dok.save(str(ut))


def _huvudtabell(dok: Any, spec: dict[str, Any]) -> None:
    """Put the letterhead and header values in a borderless two-column table at the top."""
    varden = spec.get("huvud", [])
    if not spec.get("brevhuvud") and not varden:
        return
    etiketter = spec.get("etiketter", [])
    rader = max(len(varden), 1)
    tabell = dok.add_table(rows=rader, cols=2)
    tabell.cell(0, 0).text = spec.get("brevhuvud") or ""
    for i, varde in enumerate(varden):
        tabell.cell(i, 1).text = f"{etiketter[i]} {varde}" if i < len(etiketter) else varde
    dok.add_paragraph("")


# --- kommunmall: a kommun's Word template as it really is built ------------------------------------
# The letterhead (sender, the header values in content controls, the dnr in a text box, "1 (1)" from
# PAGE/NUMPAGES fields) stands in the first-page HEADER as a borderless table; the footer is a table of
# the address; headings use the template's own styles based on the built-in ones (bold from the style);
# a list is a Word numbered or bulleted list (the numbers come from numbering.xml, not the text); an
# e-mail address is a mailto hyperlink; the first paragraph stands in a block-level content control; the
# paragraph with the reply date is a tracked insertion beside a tracked deletion. Word writes a text box
# twice (DrawingML and its VML fallback), so that is done here too. No word of the source is changed.

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_EPOST = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DNR_ETIKETT = re.compile(r"^(?:dnr|diarienr|diarienummer|ert dnr|vårt dnr|beteckning)\b", re.IGNORECASE)
_DNR_VARDE = re.compile(r"\d{2,4}\s*[/:.-]\s*\d|^[A-ZÅÄÖ]{1,5}\s?\d{4}")
_NUMRERAD = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_PUNKT = re.compile(r"^[-•–*]\s+(\S.*)$")
_ANDRAD = re.compile(r"\bsenast\b|\bsvar\b", re.IGNORECASE)


def _kommunmall(spec: dict[str, Any], blocks: list[Any], ut: Path, *, flikar: bool = False) -> None:
    """Write the blocks as a kommun template: letterhead in the first-page header, lists as Word lists.

    With `flikar` (the layout `kommunflikar`) the letterhead is lines of text at the template's tab stops
    (labels over their values, as many older templates set it) and a numbered list takes its numbers
    from the list style ("List Number") instead of its own numbering.
    """
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    dok = Document()
    stilar = dok.styles
    rubrik = stilar.add_style("Ärenderubrik", WD_STYLE_TYPE.PARAGRAPH)
    rubrik.base_style = stilar["Heading 1"]
    under = stilar.add_style("Underrubrik KS", WD_STYLE_TYPE.PARAGRAPH)
    under.base_style = stilar["Normal"]
    under.element.get_or_add_pPr().append(_xml('<w:outlineLvl w:val="1"/>'))
    under.font.bold = True
    sektion = dok.sections[0]
    sektion.different_first_page_header_footer = True
    (_flikhuvud if flikar else _brevhuvud)(dok, sektion.first_page_header, spec)
    _sidhuvud_2(sektion.header, spec)
    for fot in (sektion.first_page_footer, sektion.footer):
        _sidfot(fot, spec)
    body = dok.element.body
    numrering = _Numrering(dok)
    punkter = [b for b in blocks if b.typ == "punkt"]
    numrerad = _lopande(punkter)
    forsta = _NUMRERAD.match(punkter[0].text) if punkter else None
    fran_stilen = flikar and forsta is not None and forsta.group(1) == "1"  # the list style counts from 1
    forsta_stycke = andrad = True
    for b in _utanfor_listtabell(dok, spec, blocks, lambda cell, text: _lank_text(cell.paragraphs[0], text)):
        if b.typ == "rubrik":
            _lank_text(dok.add_paragraph(style="Ärenderubrik"), b.text)
        elif b.typ in ("underrubrik", "grupp"):
            _lank_text(dok.add_paragraph(style="Underrubrik KS"), b.text)
        elif b.typ == "punkt":
            p = dok.add_paragraph(style="List Paragraph")
            m_num, m_punkt = _NUMRERAD.match(b.text), _PUNKT.match(b.text)
            if numrerad and m_num and fran_stilen:
                p.style = "List Number"  # the style's own list (numbering.xml), counted from 1
                _lank_text(p, m_num.group(2))
            elif numrerad and m_num:
                numrering.satt(p, int(m_num.group(1)), punkt=False)
                _lank_text(p, m_num.group(2))
            elif m_punkt:
                numrering.satt(p, 1, punkt=True)
                _lank_text(p, m_punkt.group(1))
            else:
                _lank_text(p, b.text)
        else:
            p = dok.add_paragraph()
            if andrad and _ANDRAD.search(b.text):
                andrad = False
                _andrad(p, b.text)
            else:
                _lank_text(p, b.text)
            if forsta_stycke:
                forsta_stycke = False
                _i_innehallskontroll(body, p._p, "Ärendetext")
    _spara(dok, spec, ut)


def _xml(text: str) -> Any:
    """Parse a WordprocessingML fragment written with the w: prefix."""
    from docx.oxml import parse_xml

    ns = (f'xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {ns}", text, count=1))


def _esc(text: str) -> str:
    """Escape text for XML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, extra: str = "") -> str:
    """Return a w:r holding text (spaces kept)."""
    return f'<w:r>{extra}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def _falt(instr: str, varde: str) -> str:
    """Return a complex field (begin, instrText, separate, cached result, end) as runs."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(varde)}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _kontroll(alias: str, text: str) -> str:
    """Return an inline content control (w:sdt) with its alias and text."""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{_esc(alias)}"/></w:sdtPr>'
            f'<w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>')


def _textruta(text: str) -> str:
    """Return a run holding a text box with text, as Word writes it: DrawingML choice, VML fallback."""
    innehall = f'<w:txbxContent><w:p>{_run(text)}</w:p></w:txbxContent>'
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>4680000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2160000" cy="360000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="7" name="Diarienummer"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" '
        'cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx>{innehall}'
        '</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Diarienummer" type="#_x0000_t202" style="position:absolute;'
        f'width:170pt;height:28pt"><v:textbox>{innehall}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    )


def _brevhuvud(dok: Any, huvud: Any, spec: dict[str, Any]) -> None:
    """Fill the first-page header: a table with the sender and the header values, the dnr in a text box."""
    from docx.shared import Mm

    huvud.is_linked_to_previous = False
    varden, etiketter = spec.get("huvud", []), spec.get("etiketter", [])
    rader: list[str] = []
    dnr: str | None = None
    for i, varde in enumerate(varden):
        etikett = etiketter[i] if i < len(etiketter) else ""
        if dnr is None and (_DNR_ETIKETT.match(etikett) or not etikett and _DNR_VARDE.search(varde)):
            dnr = (_run(f"{etikett} ") if etikett else "") + _kontroll("Diarienummer", varde)
            continue
        rader.append((_run(f"{etikett} ") if etikett else "") + _kontroll(etikett or "Uppgift", varde))
    tabell = huvud.add_table(rows=max(len(rader), 1), cols=2, width=Mm(160))
    forsta = tabell.cell(0, 0).paragraphs[0]._p
    if spec.get("brevhuvud"):
        forsta.append(_xml(_run(spec["brevhuvud"], "<w:rPr><w:b/></w:rPr>")))
    for i, innehall in enumerate(rader):
        p = tabell.cell(i, 1).paragraphs[0]._p
        for r in _xml(f"<w:p>{innehall}</w:p>"):
            p.append(r)
    sida = huvud.paragraphs[0]._p  # the header's own first paragraph: the page counter and the text box
    sida.append(_xml('<w:pPr><w:jc w:val="right"/></w:pPr>'))
    for r in _xml(f'<w:p>{_falt("PAGE", "1")}{_run(" (")}{_falt("NUMPAGES", "1")}{_run(")")}</w:p>'):
        sida.append(r)
    if dnr:
        for r in _xml(f"<w:p>{_textruta('')}</w:p>"):
            sida.append(r)
        for box in sida.iter(f"{{{_W}}}txbxContent"):
            box.clear()
            box.append(_xml(f"<w:p>{dnr}</w:p>"))


def _flikhuvud(dok: Any, huvud: Any, spec: dict[str, Any]) -> None:
    """Fill the first-page header with lines at tab stops: the sender, the labels over their values."""
    huvud.is_linked_to_previous = False
    varden, etiketter = spec.get("huvud", []), spec.get("etiketter", [])
    stopp = "".join(f'<w:tab w:val="left" w:pos="{4800 + 1900 * i}"/>' for i in range(max(len(varden), 1)))
    ppr = f"<w:pPr><w:tabs>{stopp}</w:tabs></w:pPr>"
    tab = "<w:r><w:tab/></w:r>"
    avsandare = _run(spec["brevhuvud"], "<w:rPr><w:b/></w:rPr>") if spec.get("brevhuvud") else ""
    rader = []
    if etiketter[: len(varden)]:
        rader.append(avsandare + "".join(tab + _run(e) for e in etiketter[: len(varden)]))
        avsandare = ""
    rader.append(avsandare + "".join(tab + _kontroll(etiketter[i] if i < len(etiketter) else "Uppgift", v)
                                     for i, v in enumerate(varden)))
    rader.append(tab * len(varden) + f'{_falt("PAGE", "1")}{_run(" (")}{_falt("NUMPAGES", "1")}{_run(")")}')
    element = huvud._element
    for child in list(element):
        element.remove(child)
    for rad in rader:
        element.append(_xml(f"<w:p>{ppr}{rad}</w:p>"))


def _sidhuvud_2(huvud: Any, spec: dict[str, Any]) -> None:
    """Fill the header of the following pages: the sender and the page counter."""
    huvud.is_linked_to_previous = False
    p = huvud.paragraphs[0]._p
    text = _run(spec["brevhuvud"]) + "<w:r><w:tab/></w:r>" if spec.get("brevhuvud") else ""
    for r in _xml(f'<w:p>{text}{_falt("PAGE", "2")}{_run(" (")}{_falt("NUMPAGES", "2")}{_run(")")}</w:p>'):
        p.append(r)


def _sidfot(fot: Any, spec: dict[str, Any]) -> None:
    """Fill a footer: the address as a borderless one-row table (its parts as the cells)."""
    from docx.shared import Mm

    fot.is_linked_to_previous = False
    if not spec.get("sidfot"):
        return
    delar = [d.strip() for d in re.split(r"\s+\|\s+|,\s+", spec["sidfot"]) if d.strip()]
    tabell = fot.add_table(rows=1, cols=len(delar), width=Mm(160))
    for cell, del_ in zip(tabell.rows[0].cells, delar, strict=True):
        _lank_text(cell.paragraphs[0], del_)


def _lank_text(p: Any, text: str) -> None:
    """Write text into a paragraph; every e-mail address in it becomes a mailto hyperlink."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    element = p._p
    plats = 0
    for m in _EPOST.finditer(text):
        if m.start() > plats:
            element.append(_xml(_run(text[plats:m.start()])))
        rid = p.part.relate_to(f"mailto:{m.group(0)}", RT.HYPERLINK, is_external=True)
        lank = _run(m.group(0), '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')
        element.append(_xml(f'<w:hyperlink r:id="{rid}">{lank}</w:hyperlink>'))
        plats = m.end()
    if plats < len(text):
        element.append(_xml(_run(text[plats:])))


def _andrad(p: Any, text: str) -> None:
    """Write text as a tracked insertion after a tracked deletion (the deleted words are no text)."""
    element = p._p
    element.append(_xml('<w:del w:id="901" w:author="Registrator" w:date="2026-01-01T00:00:00Z"><w:r>'
                        '<w:delText xml:space="preserve">Svar senast 1999-01-01. </w:delText></w:r></w:del>'))
    _lank_text(p, text)
    for i, r in enumerate(c for c in list(element) if c.tag == f"{{{_W}}}r"):
        ins = _xml(f'<w:ins w:id="{902 + i}" w:author="Registrator" w:date="2026-01-01T00:00:00Z"/>')
        r.addprevious(ins)
        ins.append(r)


def _i_innehallskontroll(body: Any, p: Any, alias: str) -> None:
    """Wrap a body paragraph in a block-level content control."""
    sdt = _xml(f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    p.addprevious(sdt)
    sdt[1].append(p)


def _lopande(punkter: list[Any]) -> bool:
    """Return True when the numbered items count on by one (Word can number them), else keep their text."""
    nummer = [int(m.group(1)) for b in punkter if (m := _NUMRERAD.match(b.text))]
    return bool(nummer) and all(b - a == 1 for a, b in zip(nummer, nummer[1:], strict=False))


class _Numrering:
    """The list definitions of the document: one decimal list (started at its first number), one bullet."""

    def __init__(self, dok: Any) -> None:
        self.element = dok.part.numbering_part.element
        self.num: dict[bool, int] = {}

    def satt(self, p: Any, start: int, *, punkt: bool) -> None:
        """Give a paragraph the list's numPr (the list is made on first use, starting at `start`)."""
        if punkt not in self.num:
            self.num[punkt] = self._ny(start, punkt)
        p._p.get_or_add_pPr().append(
            _xml(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{self.num[punkt]}"/></w:numPr>'))

    def _ny(self, start: int, punkt: bool) -> int:
        """Add an abstract list and its num; return the numId."""
        abstrakta = self.element.findall(f"{{{_W}}}abstractNum")
        abstrakt = 1 + max((int(a.get(f"{{{_W}}}abstractNumId")) for a in abstrakta), default=0)
        nums = self.element.findall(f"{{{_W}}}num")
        numid = 1 + max((int(n.get(f"{{{_W}}}numId")) for n in nums), default=0)
        niva = ('<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" '
                'w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if punkt else
                '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>')
        ny = _xml(f'<w:abstractNum w:abstractNumId="{abstrakt}"><w:multiLevelType w:val="hybridMultilevel"/>'
                  f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/>{niva}<w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        (abstrakta[-1].addnext(ny) if abstrakta else self.element.insert(0, ny))
        self.element.append(_xml(f'<w:num w:numId="{numid}"><w:abstractNumId w:val="{abstrakt}"/></w:num>'))
        return numid


# --- wordhuvud: the letterhead in Word's default header (every page), the list in a ruled table ---------
# A template without a first-page header: the same header table (sender left; labels, values and
# "Sida 1 av 3" from PAGE/NUMPAGES right) stands on every page; the footer holds the address (or the
# sender); headings are Normal paragraphs in bold only; text justified in Garamond-like Cambria at 11 pt;
# the list is a ruled table of two columns filled down the first column, as a sändlista is printed.


def _wordhuvud(spec: dict[str, Any], blocks: list[Any], ut: Path) -> None:
    """Write the blocks with the letterhead in the default header and the list as a two-column grid."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    dok = Document()
    normal = dok.styles["Normal"]
    normal.font.name, normal.font.size = "Cambria", Pt(11)
    sektion = dok.sections[0]
    huvud = sektion.header
    tabell = huvud.add_table(rows=1, cols=2, width=Mm(165))
    if spec.get("brevhuvud"):
        tabell.cell(0, 0).paragraphs[0]._p.append(_xml(_run(spec["brevhuvud"], "<w:rPr><w:b/></w:rPr>")))
    hoger = tabell.cell(0, 1)
    etiketter = spec.get("etiketter", [])
    for i, varde in enumerate(spec.get("huvud", [])):
        etikett = etiketter[i] if i < len(etiketter) else ""
        hoger.add_paragraph(f"{etikett} {varde}".strip())
    sida = hoger.paragraphs[0]._p
    for r in _xml(f'<w:p>{_run("Sida ")}{_falt("PAGE", "1")}{_run(" av ")}{_falt("NUMPAGES", "1")}</w:p>'):
        sida.append(r)
    fot = spec.get("sidfot") or spec.get("brevhuvud")
    if fot:
        sektion.footer.paragraphs[0].text = fot
    punkter: list[Any] = []

    def tom_lista() -> None:
        if not punkter:
            return
        hela: list[Any] = []
        for j, b in enumerate(punkter):  # 'Akademien' between '129 Kungl. Vitterhets …' and '130 …': a rest
            nasta = punkter[j + 1] if j + 1 < len(punkter) else None
            if hela and nasta is not None and _NUMMER.match(hela[-1].text) and _NUMMER.match(nasta.text) \
                    and not _NUMMER.match(b.text) and len(b.text) < 50:
                hela[-1] = type(b)(b.typ, f"{hela[-1].text} {b.text}", hela[-1].plats)
            else:
                hela.append(b)
        punkter[:] = hela
        if len(punkter) < 6 or any(len(b.text) > 70 for b in punkter):  # a list of names, not of documents
            for b in punkter:
                dok.add_paragraph(b.text)
        else:
            hojd = -(-len(punkter) // 2)
            grid = dok.add_table(rows=hojd, cols=2)
            grid.style = "Table Grid"
            for i, b in enumerate(punkter):
                grid.cell(i % hojd, i // hojd).text = b.text
        punkter.clear()

    for i, b in enumerate(blocks):
        if any(b.text.startswith(s) for s in spec.get("sidbrytning", [])):
            tom_lista()
            dok.add_page_break()
        if b.typ == "punkt":
            punkter.append(b)
            continue
        nasta = blocks[i + 1] if i + 1 < len(blocks) else None
        grannar = (punkter[-1], nasta) if punkter and nasta is not None else ()
        numrerade = bool(grannar) and all(_NUMMER.match(x.text) for x in grannar)
        rest = _radbruten_rest(b.text) or numrerade and len(b.text) < 50 and not _NUMMER.match(b.text)
        if punkter and nasta is not None and nasta.typ == "punkt" and rest:
            sista = punkter[-1]  # a name's wrapped rest in the source: one cell holds the whole name
            punkter[-1] = type(sista)(sista.typ, f"{sista.text} {b.text}", sista.plats)
            continue
        tom_lista()
        p = dok.add_paragraph()
        if b.typ in _STIL:
            p.add_run(b.text).bold = True
        else:
            _lank_text(p, b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    tom_lista()
    _spara(dok, spec, ut)


_NUMMER = re.compile(r"^\d{1,3}[.)]?\s+\S")  # '129 Kungl. Vitterhets …', '12. Datainspektionen'
_NUMMERPUNKT = re.compile(r"^(\d{1,3})[.)]?\s+(\S.*)$")


def _radbruten_rest(text: str) -> bool:
    """Return True for a list item's wrapped rest in the source ('utvärdering', '(Tillväxtanalys)')."""
    return len(text) < 50 and not text.endswith((".", ":")) and (text[:1].islower() or text[:1] == "(")


# --- wordstilar (session 9): the hidden set's Word letter --------------------------------------------
# The sender in the section's header paragraph (every page); the header values in a borderless table in
# the body, the label in one cell and the value in the next, with the page counter "1 (N)" from
# PAGE/NUMPAGES in the first row's right cell; the title in Heading 1, headings in Heading 2 and 3;
# bulleted items in the built-in "List Bullet" and a numbered list counting 1, 2, 3 … in "List Number"
# (the number from the style, not the text, as Word writes a list); the footer address in the footer.


def _wordstilar(spec: dict[str, Any], blocks: list[Any], ut: Path) -> None:
    """Write the blocks with the sender in the header, label|value cells and Word's own list styles."""
    from docx import Document

    dok = Document()
    sektion = dok.sections[0]
    if spec.get("brevhuvud"):
        sektion.header.paragraphs[0].text = spec["brevhuvud"]
    if spec.get("sidfot"):
        sektion.footer.paragraphs[0].text = spec["sidfot"]
    varden, etiketter = spec.get("huvud", []), spec.get("etiketter", [])
    tabell = dok.add_table(rows=1 + len(varden), cols=2)
    sida = tabell.cell(0, 1).paragraphs[0]._p
    for r in _xml(f'<w:p>{_falt("PAGE", "1")}{_run(" (")}{_falt("NUMPAGES", "1")}{_run(")")}</w:p>'):
        sida.append(r)
    for i, varde in enumerate(varden):
        tabell.cell(i + 1, 0).text = etiketter[i] if i < len(etiketter) else ""
        tabell.cell(i + 1, 1).text = varde
    dok.add_paragraph("")
    punkter = [b for b in blocks if b.typ == "punkt"]
    nummer = [m for b in punkter if (m := _NUMMERPUNKT.match(b.text))]  # '1. X' and '1 X' alike
    numrerad = len(nummer) == len(punkter) > 0 and [int(m.group(1)) for m in nummer] == list(
        range(1, len(nummer) + 1))
    for b in _utanfor_listtabell(dok, spec, blocks, lambda cell, text: setattr(cell, "text", text)):
        if b.typ in _STIL:
            dok.add_paragraph(b.text, style=_STIL[b.typ])
        elif b.typ == "punkt":
            m_num, m_punkt = _NUMMERPUNKT.match(b.text), _PUNKT.match(b.text)
            if numrerad and m_num:
                dok.add_paragraph(m_num.group(2), style="List Number")
            elif m_punkt or not m_num:
                dok.add_paragraph(m_punkt.group(1) if m_punkt else b.text, style="List Bullet")
            else:
                dok.add_paragraph(b.text, style="List Paragraph")
        else:
            dok.add_paragraph(b.text)
    _spara(dok, spec, ut)
