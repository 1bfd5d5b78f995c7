# ruff: noqa: E501
"""Word files built as kommun and region templates build them, read by `remiss.read` / `remiss.word`.

Each document is made with python-docx and raw WordprocessingML the way Word itself writes it: the
letterhead (sender, Datum, Diarienummer in a content control, Handläggare) as a table in the first page's
header, the address footer as a table, the sändlista as a Word numbered list (the numbers only in
numbering.xml), the reply address as a mailto hyperlink, a "DIARIENUMMER" text box written twice
(DrawingML and its VML fallback), fields, tracked changes, merged and nested cells, Swedish and English
heading styles. The structure follows real templates: Uppsala universitet's (Dnr in a content control
with the alias "Diarienr", a first-page header of its own, Swedish style names) and the kommun templates
the corpus's DOCX documents come from.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from remiss.errors import InputError
from remiss.read import read_file

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def _xml(fragment: str) -> Any:
    """Parse a fragment with the w:, r:, mc:, wp:, a:, wps:, w14: and v: prefixes declared on its root."""
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^\s*<([\w:]+)", lambda m: f"<{m.group(1)} {NS}", fragment, count=1))


def r(text: str, props: str = "") -> str:
    """A run of text (spaces kept), with optional run properties."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str, props: str = "") -> str:
    """A paragraph of runs (a plain string is one run), with optional paragraph properties."""
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(x if x.startswith('<') else r(x) for x in runs)}</w:p>"


def tc(*content: str, props: str = "") -> str:
    """A table cell of paragraphs (a plain string is one paragraph)."""
    tcpr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{tcpr}{''.join(x if x.startswith('<') else p(x) for x in content)}</w:tc>"


def tbl(*rows: str) -> str:
    """A borderless table of rows (each a string of cells)."""
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{"".join(f"<w:tr>{x}</w:tr>" for x in rows)}</w:tbl>'


def sdt(alias: str, content: str, *, placeholder: bool = False) -> str:
    """A content control (block or inline, as its content is) with an alias."""
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{plc}</w:sdtPr>'
            f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")


def falt(instr: str, result: str) -> str:
    """A complex field: its code between begin and separate, its shown result before end."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result)}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def lank(adress: str, *delar: str) -> str:
    """A mailto hyperlink (its relationship is added when the document is made), its text in runs."""
    runs = "".join(r(d, '<w:rStyle w:val="Hyperlink"/>') for d in delar)
    return f'<w:hyperlink r:id="MAIL:{adress}">{runs}</w:hyperlink>'


def textruta(*paragraphs: str) -> str:
    """A run with a text box as Word writes it: DrawingML in mc:Choice, the same box as VML in mc:Fallback."""
    box = f"<w:txbxContent>{''.join(x if x.startswith('<') else p(x) for x in paragraphs)}</w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
        'distL="0" distR="0" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>4700000'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>500000</wp:posOffset>'
        '</wp:positionV><wp:extent cx="2000000" cy="500000"/><wp:wrapNone/><wp:docPr id="2" name="Textruta 2"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape id="Textruta 2" type="#_x0000_t202"><v:textbox>{box}</v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
    )


NUMRERING = """
<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>
<w:num w:numId="92"><w:abstractNumId w:val="92"/></w:num>
<w:num w:numId="93"><w:abstractNumId w:val="90"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""

# A Swedish Word's styles: built-in ones keep their English name under a Swedish id ("Rubrik1"), a
# template adds its own based on them, a body style may be bold by itself.
STILAR = """
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="KSrende"><w:name w:val="KS Ärendemening"/>
  <w:basedOn w:val="Rubrik1"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Mellanrubrik"><w:name w:val="Mellanrubrik"/>
  <w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Brdtext"><w:name w:val="Brödtext KS"/>
  <w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Sndlista"><w:name w:val="Sändlista"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="Fet"><w:name w:val="Fet"/><w:rPr><w:b/></w:rPr></w:style>
"""


def mall(folder: Path, body: str, *, forsta_huvud: str = "", huvud: str = "", sidfot: str = "",
         namn: str = "mall.docx") -> Path:
    """Write a .docx: the body, a first-page header (then titlePg is set), a default header and footer."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    dok = Document()
    sektion = dok.sections[0]
    body_el = dok.element.body
    sect_pr = body_el[-1]
    for element in _xml(f"<w:body>{body}</w:body>"):
        sect_pr.addprevious(element)
    if forsta_huvud:
        sektion.different_first_page_header_footer = True
        _fyll(sektion.first_page_header, forsta_huvud)
    if huvud:
        _fyll(sektion.header, huvud)
    if sidfot:
        _fyll(sektion.footer, sidfot)
        if forsta_huvud:
            _fyll(sektion.first_page_footer, sidfot)
    for style in _xml(f"<w:styles>{STILAR}</w:styles>"):
        dok.styles.element.append(style)
    numrering = dok.part.numbering_part.element
    for element in _xml(f"<w:numbering>{NUMRERING}</w:numbering>"):
        if element.tag.endswith("}abstractNum"):
            numrering.insert(0, element)
        else:
            numrering.append(element)
    for part in [dok.part, *(h.part for h in (sektion.header, sektion.first_page_header, sektion.footer))]:
        for link in part.element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink"):
            rid_name = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
            target = link.get(rid_name) or ""
            if target.startswith("MAIL:"):
                link.set(rid_name, part.relate_to(f"mailto:{target[5:]}", RT.HYPERLINK, is_external=True))
    ut = folder / namn
    dok.save(str(ut))
    return ut


def _fyll(hdrftr: Any, content: str) -> None:
    """Give a header or footer its own content (not linked to the previous section)."""
    hdrftr.is_linked_to_previous = False
    element = hdrftr._element
    for child in list(element):
        element.remove(child)
    for child in _xml(f"<w:hdr>{content}</w:hdr>"):
        element.append(child)


def texter(path: Path) -> list[str]:
    """Return the texts of the lines read from a Word file."""
    return [line.text for line in read_file(path).lines]


# --- the letterhead in the header, the footer as furniture -------------------------------------------

BREVHUVUD = (
    tbl(
        tc("Alvesta kommun", "Kommunstyrelsen") + tc("TJÄNSTESKRIVELSE",
                                                     p(r("Sida "), falt("PAGE", "1"), r(" ("), falt("NUMPAGES", "2"), r(")"))),
        tc("Datum") + tc(p(sdt("Datum", r("2024-03-01")))),
        tc("Diarienummer") + tc(p(sdt("Diarienr", r("KS 2024/123")))),
        tc("Handläggare") + tc("Anna Berg"),
    )
    + p("")
)
SIDHUVUD_2 = p("Alvesta kommun", r("\t"), r("Sida "), falt("PAGE", "2"), r(" ("), falt("NUMPAGES", "2"), r(")"))
SIDFOT = tbl(
    tc("Postadress") + tc("Besöksadress") + tc("Telefon") + tc("E-post") + tc("Org.nr"),
    tc("Box 1, 342 80 Alvesta") + tc("Centralplan 1") + tc("0472-150 00") + tc(p(lank("kommun@alvesta.se", "kommun@alvesta.se")))
    + tc("212000-0662"),
)
MISSIV = (
    p("Remiss av förslag till ny avfallsplan", props='<w:pStyle w:val="KSrende"/>')
    + p("Kommunstyrelsen remitterar förslaget till de instanser som står i sändlistan.")
    + p("Sändlista", props='<w:pStyle w:val="Mellanrubrik"/>')
    + p("Miljö- och byggnämnden", props='<w:pStyle w:val="Sndlista"/>')
    + p("Tekniska nämnden", props='<w:pStyle w:val="Sndlista"/>')
    + p("Alvesta Renhållnings AB", props='<w:pStyle w:val="Sndlista"/>')
    + p("Svaren ska ha kommit in senast den 15 april 2024 till ",
        lank("ks.registrator@alvesta.se", "ks.", "registrator@alvesta.se"), r("."))
)


@pytest.fixture
def missiv(tmp_path: Path) -> Path:
    """A kommun missiv in its template: letterhead in the first-page header, footer table, Word list."""
    return mall(tmp_path, MISSIV, forsta_huvud=BREVHUVUD, huvud=SIDHUVUD_2, sidfot=SIDFOT)


def test_brevhuvudet_i_forsta_sidans_sidhuvud_lases_forst(missiv: Path) -> None:
    """The first-page header's table is read before the body; its cells of two paragraphs side by side."""
    lines = texter(missiv)
    assert lines[:5] == [
        "Alvesta kommun | TJÄNSTESKRIVELSE",
        "Kommunstyrelsen | Sida 1 (2)",
        "Datum | 2024-03-01",
        "Diarienummer | KS 2024/123",
        "Handläggare | Anna Berg",
    ]
    assert lines[5] == "Remiss av förslag till ny avfallsplan"


def test_sidfoten_och_sidhuvudet_pa_sidan_tva_ar_sidans_moblering(missiv: Path) -> None:
    """The footer (address, phone, org.nr, the office's e-mail) and the next pages' header are furniture."""
    handling = read_file(missiv)
    text = "\n".join(line.text for line in handling.lines)
    assert "Org.nr" not in text and "212000-0662" not in text and "kommun@alvesta.se" not in text
    assert "Sida 2 (2)" not in text
    furniture = [line.text for line in handling.pages[0].furniture]
    assert "Box 1, 342 80 Alvesta | Centralplan 1 | 0472-150 00 | kommun@alvesta.se | 212000-0662" in furniture
    assert "Alvesta kommun Sida 2 (2)" in furniture


def test_kommunmallens_missiv_tolkas_med_brevhuvudets_varden(missiv: Path) -> None:
    """End to end: the dnr from the header's content control, the list from numbering.xml, the reply
    address from the hyperlink; the footer's e-mail and org.nr are neither svarsadress nor instans."""
    from remiss.pipeline import tolka_fil

    [remiss] = tolka_fil(missiv)
    data = remiss.to_dict()
    assert data["diarienummer"] == "KS 2024/123"
    assert data["svarsadress"] == "ks.registrator@alvesta.se"
    assert data["svarsdatum"] == "2024-04-15"
    assert [i["namn"] for i in data["remissinstanser"]] == [
        "Miljö- och byggnämnden", "Tekniska nämnden", "Alvesta Renhållnings AB"]


def test_forstasidans_sidhuvud_galler_bara_med_titelsida(tmp_path: Path) -> None:
    """Without 'different first page' the default header is page 1's letterhead."""
    path = mall(tmp_path, p("Brödtext."), huvud=p("Region Kronoberg") + p(r("Dnr "), sdt("Dnr", r("RK 2024-00042"))))
    assert texter(path) == ["Region Kronoberg", "Dnr RK 2024-00042", "Brödtext."]


def test_brevhuvud_pa_mallens_tabbstopp_ar_kolumner(tmp_path: Path) -> None:
    """An older template sets the letterhead at its own tab stops, labels over values: each tab to such a
    stop is a column gap (' | ', as a table row), so the labels pair with their values; end to end."""
    from remiss.pipeline import tolka_fil

    stopp = '<w:tabs><w:tab w:val="left" w:pos="5103"/><w:tab w:val="left" w:pos="7371"/></w:tabs>'
    tab = "<w:r><w:tab/></w:r>"
    huvud = (p(r("Ljungby kommun", "<w:b/>"), tab, r("Datum"), tab, r("Diarienummer"), props=stopp)
             + p(r("Kommunstyrelsen"), tab, sdt("Datum", r("2024-03-01")), tab, sdt("Dnr", r("KS 2024/0789")), props=stopp))
    body = (p("Remiss av förslag till bostadsförsörjningsprogram", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Svar ska ha kommit in senast den 30 september 2024 till kommunstyrelsen@ljungby.se."))
    path = mall(tmp_path, body, forsta_huvud=huvud)
    assert texter(path)[:2] == ["Ljungby kommun | Datum | Diarienummer", "Kommunstyrelsen | 2024-03-01 | KS 2024/0789"]
    [remiss] = tolka_fil(path)
    data = remiss.to_dict()
    assert (data["diarienummer"], data["avsandare"]) == ("KS 2024/0789", "Ljungby kommun, Kommunstyrelsen")


def test_teckenstorleken_kommer_ur_stilarna(tmp_path: Path) -> None:
    """Each line carries the font size its characters are set in: the heading style's 16 pt, the body's
    default 11 pt, a run's own size; the title is then the largest heading, as on a PDF page."""
    body = (p(r("Växjö kommun", "<w:b/>")) + p("Samråd om avfallsplan", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Brödtext om samrådet.") + p(r("Liten text", '<w:sz w:val="16"/>')))
    assert [(line.text, line.size) for line in read_file(mall(tmp_path, body)).lines] == [
        ("Växjö kommun", 11.0), ("Samråd om avfallsplan", 16.0), ("Brödtext om samrådet.", 11.0), ("Liten text", 8.0)]


# --- content controls, text boxes ---------------------------------------------------------------------


def test_innehallskontroller_pa_blockniva_lases(tmp_path: Path) -> None:
    """Whole paragraphs and a table inside a block content control are text (they were skipped)."""
    body = (p("Yttrande över remiss", props='<w:pStyle w:val="Rubrik1"/>')
            + sdt("Beslut", p("Kommunstyrelsen tillstyrker förslaget.") + p("Beslutet skickas till departementet."))
            + sdt("Tabell", tbl(tc("Ärende") + tc("Avfallsplan"))))
    assert texter(mall(tmp_path, body)) == [
        "Yttrande över remiss", "Kommunstyrelsen tillstyrker förslaget.", "Beslutet skickas till departementet.",
        "Ärende | Avfallsplan"]


def test_platshallare_i_innehallskontroll_finns_kvar_for_kontrollen(tmp_path: Path) -> None:
    """An unfilled content control shows Word's placeholder: kept, so `kontrollera` can report it."""
    body = p(r("Diarienummer: "), sdt("Dnr", r("Klicka eller tryck här för att ange text.", '<w:rStyle w:val="Platshllartext"/>'),
                                     placeholder=True))
    assert texter(mall(tmp_path, body)) == ["Diarienummer: Klicka eller tryck här för att ange text."]


def test_textrutan_med_diarienumret_lases_en_gang(tmp_path: Path) -> None:
    """A "DIARIENUMMER" text box is read once (Word writes it as DrawingML and as VML), after its anchor."""
    huvud = p("Sundsvalls kommun", textruta("DIARIENUMMER", p(sdt("Dnr", r("KS-2024-00311")))))
    path = mall(tmp_path, p("Remiss angående detaljplan"), forsta_huvud=huvud)
    assert texter(path) == ["Sundsvalls kommun", "DIARIENUMMER", "KS-2024-00311", "Remiss angående detaljplan"]


# --- tables -------------------------------------------------------------------------------------------


def test_sammanfogade_celler_raknas_en_gang(tmp_path: Path) -> None:
    """A cell spanning two columns (gridSpan) and a vertically merged cell (vMerge) give their text once,
    also when the duplicate would not stand next to the original."""
    body = tbl(
        tc("Remissinstanser", props='<w:gridSpan w:val="2"/>'),
        tc("Kommuner", props='<w:vMerge w:val="restart"/>') + tc("Alvesta kommun"),
        tc(props="<w:vMerge/>") + tc("Växjö kommun"),
    )
    assert texter(mall(tmp_path, body)) == ["Remissinstanser", "Kommuner | Alvesta kommun", "Växjö kommun"]


def test_nastlad_tabell_i_en_cell(tmp_path: Path) -> None:
    """A table inside a cell is read where it stands, its rows as lines of the cell."""
    inre = tbl(tc("Datum") + tc("2024-03-01"), tc("Dnr") + tc("KS 2024/123"))
    body = tbl(tc("Växjö kommun") + tc(p("Uppgifter"), inre))
    assert texter(mall(tmp_path, body)) == ["Växjö kommun | Uppgifter", "Datum | 2024-03-01", "Dnr | KS 2024/123"]


# --- paragraph content ----------------------------------------------------------------------------------


def test_epostadress_i_hyperlank(tmp_path: Path) -> None:
    """The reply address is a mailto hyperlink, its text split over runs: it is read whole, in place."""
    body = p("Skicka svaret till ", lank("kommunstyrelsen@vaxjo.se", "kommunstyrelsen", "@vaxjo.se"), r(" senast 30 maj."))
    assert texter(mall(tmp_path, body)) == ["Skicka svaret till kommunstyrelsen@vaxjo.se senast 30 maj."]


def test_falt_visar_resultatet_inte_koden(tmp_path: Path) -> None:
    """Fields show their result: a DOCPROPERTY dnr, a simple DATE field; the code (instrText) never leaks,
    a field within a field neither; a field without a result shows nothing."""
    body = (
        p(r("Dnr "), falt('DOCPROPERTY "Diarienummer" \\* MERGEFORMAT', "KS 2024/123"))
        + p(r("Datum "), '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; ">' + r("2024-03-01") + "</w:fldSimple>")
        + p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>',
            falt("MERGEFIELD Namn", "x"), '<w:r><w:instrText> = "" "" "Hej" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("Hej"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + p(r("Ref "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF dnr </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("slut"))
    )
    assert texter(mall(tmp_path, body)) == ["Dnr KS 2024/123", "Datum 2024-03-01", "Hej", "Ref slut"]


def test_sparade_andringar_infogat_ar_text_borttaget_inte(tmp_path: Path) -> None:
    """Tracked changes: an insertion (and a move's new place) is text, a deletion (and its old place) not."""
    ins = '<w:ins w:id="1" w:author="Registrator" w:date="2024-03-01T10:00:00Z">{}</w:ins>'
    dele = '<w:del w:id="2" w:author="Registrator" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>{}</w:delText></w:r></w:del>'
    body = (p(r("Svar senast "), dele.format("2024-04-01"), ins.format(r("2024-04-15")), r("."))
            + p('<w:moveFrom w:id="3" w:author="A" w:date="2024-03-01T10:00:00Z">' + r("Gammal plats. ") + "</w:moveFrom>",
                r("Text."), '<w:moveTo w:id="4" w:author="A" w:date="2024-03-01T10:00:00Z">' + r(" Ny plats.") + "</w:moveTo>"))
    assert texter(mall(tmp_path, body)) == ["Svar senast 2024-04-15.", "Text. Ny plats."]


def test_mjuka_radbrytningar_och_tabbar(tmp_path: Path) -> None:
    """A soft line break (Skift+Retur) starts a new line; a tab is a space; hidden text is not read."""
    body = (p(r("Datum:"), '<w:r><w:tab/></w:r>', r("2024-03-01"), '<w:r><w:br/></w:r>', r("Dnr:\tKS 2024/123"))
            + p(r("Synligt"), r(" dold anteckning", "<w:vanish/>"), r(".")))
    assert texter(mall(tmp_path, body)) == ["Datum: 2024-03-01", "Dnr: KS 2024/123", "Synligt."]


def test_kryssrutor_i_svarsblankett(tmp_path: Path) -> None:
    """A form field check box shows its state as ☒ or ☐; a content-control check box its glyph."""
    def ruta(kryssad: bool) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kryss1"/><w:checkBox>'
                f'<w:sizeAuto/><w:default w:val="{int(kryssad)}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (p(ruta(True), r("Tillstyrker")) + p(ruta(False), r("Avstyrker"))
            + p(sdt("Kryss", r("☐")), r(" Inga synpunkter")))
    assert texter(mall(tmp_path, body)) == ["☒ Tillstyrker", "☐ Avstyrker", "☐ Inga synpunkter"]


# --- lists and headings ---------------------------------------------------------------------------------


def test_sandlistan_som_numrerad_wordlista(tmp_path: Path) -> None:
    """A sändlista in a Word numbered list reads as the printed list: the numbers come from numbering.xml
    (direct numPr or the list style), sub-levels count under their item, a bullet list gets '•', and
    a second list (a num with a start override) starts again from 1."""
    def punkt(text: str, num: int, niva: int = 0) -> str:
        return p(text, props=f'<w:numPr><w:ilvl w:val="{niva}"/><w:numId w:val="{num}"/></w:numPr>')
    body = (
        p("Remissinstanser") + punkt("Kommunstyrelsen", 90) + punkt("Barn- och utbildningsnämnden", 90)
        + punkt("Förskolorna", 90, 1) + punkt("Grundskolorna", 90, 1) + punkt("Socialnämnden", 90)
        + p("Region Kronoberg", props='<w:pStyle w:val="Sndlista"/>')
        + p("För kännedom") + punkt("Länsstyrelsen i Kronobergs län", 91) + punkt("Polismyndigheten", 91)
        + p("Bilagor") + punkt("Förslag till avfallsplan", 93) + punkt("Miljökonsekvensbeskrivning", 93)
        + punkt("Inledning", 92) + punkt("Bakgrund", 92, 1)
    )
    assert texter(mall(tmp_path, body)) == [
        "Remissinstanser", "1. Kommunstyrelsen", "2. Barn- och utbildningsnämnden", "a) Förskolorna",
        "b) Grundskolorna", "3. Socialnämnden", "4. Region Kronoberg", "För kännedom",
        "• Länsstyrelsen i Kronobergs län", "• Polismyndigheten", "Bilagor", "1. Förslag till avfallsplan",
        "2. Miljökonsekvensbeskrivning", "1 Inledning", "1.1 Bakgrund"]


def test_numrerad_sandlista_tolkas_som_lista(tmp_path: Path) -> None:
    """End to end: a kommun missiv whose sändlista is a Word list (no number in the text) gives instanser."""
    from remiss.pipeline import tolka_fil

    instanser = ["Kommunstyrelsen", "Miljö- och byggnämnden", "Tekniska nämnden", "Socialnämnden"]
    body = (p("Remiss av förslag till bostadsförsörjningsprogram", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Svar ska ha kommit in senast den 30 september 2024.")
            + p("Remissinstanser", props='<w:pStyle w:val="Mellanrubrik"/>')
            + "".join(p(n, props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>') for n in instanser))
    [remiss] = tolka_fil(mall(tmp_path, body, forsta_huvud=p("Ljungby kommun")))
    assert [i["namn"] for i in remiss.to_dict()["remissinstanser"]] == instanser


def test_rubriker_svenska_engelska_och_egna_stilar(tmp_path: Path) -> None:
    """Headings are bold: Swedish 'Rubrik1' (named heading 1), a template style based on it, English
    'Heading 2', Title, a direct outline level, a body style bold by itself; body text is not."""
    from docx import Document

    body = (p("Yttrande", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Remiss av avfallsplan", props='<w:pStyle w:val="KSrende"/>')
            + p("Sammanfattning", props='<w:pStyle w:val="Heading2"/>')
            + p("Titelsida", props='<w:pStyle w:val="Title"/>')
            + p("Beslut", props='<w:outlineLvl w:val="1"/>')
            + p("Ärendet", props='<w:pStyle w:val="Mellanrubrik"/>')
            + p(r("Kommunstyrelsen "), r("tillstyrker", '<w:rStyle w:val="Fet"/>'), r(" förslaget."),
                props='<w:pStyle w:val="Brdtext"/>')
            + p(r("Helt fet rad", "<w:b/>"))
            + p(r("Inte fet", '<w:b w:val="0"/>'), props='<w:pStyle w:val="Mellanrubrik"/>'))
    path = mall(tmp_path, body)
    assert "Heading 2" in [s.name for s in Document(str(path)).styles]
    assert [(line.text, line.bold) for line in read_file(path).lines] == [
        ("Yttrande", True), ("Remiss av avfallsplan", True), ("Sammanfattning", True), ("Titelsida", True),
        ("Beslut", True), ("Ärendet", True), ("Kommunstyrelsen tillstyrker förslaget.", False),
        ("Helt fet rad", True), ("Inte fet", False)]


# --- generated files: imported chunks, Strict Open XML ---------------------------------------------------


def _med_chunk(tmp_path: Path, body_before: str, chunks: list[tuple[str, str, bytes]], namn: str) -> Path:
    """Write a .docx whose body holds w:altChunk elements (content type, part name, bytes) after a paragraph."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    dok = Document()
    sect_pr = dok.element.body[-1]
    for element in _xml(f"<w:body>{body_before}</w:body>"):
        sect_pr.addprevious(element)
    for content_type, partname, blob in chunks:
        part = Part(PackURI(partname), content_type, blob, dok.part.package)
        rid = dok.part.relate_to(part, RT.A_F_CHUNK)
        sect_pr.addprevious(_xml(f'<w:altChunk r:id="{rid}"/>'))
    ut = tmp_path / namn
    dok.save(str(ut))
    return ut


def test_importerad_html_del_i_ett_genererat_dokument(tmp_path: Path) -> None:
    """A diary system's letter whose body is an imported HTML chunk (w:altChunk; Word converts it only
    when someone opens and saves the file): its headings, paragraphs, numbered list and table are read."""
    from remiss.pipeline import tolka_fil

    html = ("<html><head><title>Missiv</title></head><body><h1>Remiss av förslag till kulturmiljöprogram</h1>"
            "<p>Svar ska ha kommit in senast den 31 maj 2024 till "
            '<a href="mailto:kommunstyrelsen@eksjo.se">kommunstyrelsen@eksjo.se</a>.</p>'
            "<p>Remissinstanser:</p><ol><li>Kultur- och fritidsnämnden</li><li>Byggnadsnämnden</li>"
            "<li>Eksjö hembygdsförening</li></ol><table><tr><td>Diarienummer</td><td>KS 2024/77</td></tr></table>"
            "</body></html>").encode()
    path = _med_chunk(tmp_path, p("Eksjö kommun"), [("text/html", "/word/afchunk.htm", html)], "chunk.docx")
    assert texter(path) == [
        "Eksjö kommun", "Remiss av förslag till kulturmiljöprogram",
        "Svar ska ha kommit in senast den 31 maj 2024 till kommunstyrelsen@eksjo.se.", "Remissinstanser:",
        "1. Kultur- och fritidsnämnden", "2. Byggnadsnämnden", "3. Eksjö hembygdsförening",
        "Diarienummer | KS 2024/77"]
    [remiss] = tolka_fil(path)
    data = remiss.to_dict()
    assert data["svarsdatum"] == "2024-05-31" and data["svarsadress"] == "kommunstyrelsen@eksjo.se"
    assert [i["namn"] for i in data["remissinstanser"]] == [
        "Kultur- och fritidsnämnden", "Byggnadsnämnden", "Eksjö hembygdsförening"]


def test_importerat_word_dokument_och_ren_text(tmp_path: Path) -> None:
    """A chunk that is a whole .docx is read (its own chunks are not read again); plain text too."""
    inre = mall(tmp_path, p("Kommunstyrelsen tillstyrker förslaget.") + sdt("Beslut", p("Beslutet expedieras.")),
                namn="inre.docx")
    path = _med_chunk(tmp_path, p("Yttrande"), [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "/word/inre.docx",
         inre.read_bytes()),
        ("text/plain", "/word/afchunk.txt", "Rad ett\r\nRad två".encode()),
    ], "yttre.docx")
    assert texter(path) == ["Yttrande", "Kommunstyrelsen tillstyrker förslaget.", "Beslutet expedieras.",
                            "Rad ett", "Rad två"]


def test_strict_open_xml_lases_som_vanlig_docx(tmp_path: Path) -> None:
    """A file Word saved as "Strict Open XML" (every namespace under purl.oclc.org/ooxml) reads as the same
    document saved the usual way (it was refused as broken)."""
    vanlig = mall(tmp_path, MISSIV, forsta_huvud=BREVHUVUD, sidfot=SIDFOT)
    strikt = tmp_path / "strikt.docx"
    with zipfile.ZipFile(vanlig) as src, zipfile.ZipFile(strikt, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name.endswith((".xml", ".rels")):
                data = re.sub(rb"http://schemas\.openxmlformats\.org/(\w+)/2006/(?!relationships/metadata)",
                              rb"http://purl.oclc.org/ooxml/\1/", data)
            dst.writestr(name, data)
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(strikt).read("word/document.xml")
    assert texter(strikt) == texter(vanlig)


@pytest.mark.parametrize(("andelse", "typ"), [
    ("docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
])
def test_dokument_med_makron_och_mall_lases(tmp_path: Path, andelse: str, typ: str) -> None:
    """A yttrande saved with macros (.docm) or as a template (.dotx) is read (no macro is ever run);
    python-docx refused it as "not a Word file"."""
    vanlig = mall(tmp_path, MISSIV, forsta_huvud=BREVHUVUD)
    annan = tmp_path / f"yttrande.{andelse}"
    with zipfile.ZipFile(vanlig) as src, zipfile.ZipFile(annan, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    typ.encode())
            dst.writestr(name, data)
    assert texter(annan) == texter(vanlig)


# --- one reader for tolka and kontrollera; formats that are no .docx ---------------------------------------


def test_kontrollera_laser_yttrandet_med_samma_lasare(tmp_path: Path) -> None:
    """`kontrollera` reads a .docx with the same reader: the dnr in the letterhead's content control and a
    ställningstagande inside a block content control and a tracked insertion are found."""
    from remiss.kontroll import kontrollera_fil

    huvud = tbl(tc("Växjö kommun") + tc(p(r("Dnr "), sdt("Diarienr", r("KS 2024/0456")))))
    body = (p("Yttrande över remiss av förslag till regional transportplan", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Beslut", props='<w:pStyle w:val="Mellanrubrik"/>')
            + sdt("Beslutstext", p('<w:ins w:id="5" w:author="Nämndsekreterare" w:date="2024-03-01T10:00:00Z">'
                                   + r("Kommunstyrelsen tillstyrker förslaget till regional transportplan.") + "</w:ins>"))
            + p("Sammanfattning", props='<w:pStyle w:val="Mellanrubrik"/>')
            + p("Kommunen ser positivt på planens inriktning och tillstyrker förslaget i sin helhet."))
    [kontroll] = kontrollera_fil(mall(tmp_path, body, forsta_huvud=huvud))
    assert kontroll.diarienummer == "KS 2024/0456"
    assert kontroll.stallningstagande == "tillstyrker"


@pytest.mark.parametrize(("namn", "data", "ord_"), [
    ("yttrande.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "gamla formatet (.doc)"),
    ("yttrande.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "gamla formatet (.doc)"),
    ("yttrande.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}Yttrande}", "RTF-fil"),
    ("yttrande.odt", None, "OpenDocument-dokument (.odt)"),
    ("yttrande.docx", b"Yttrande\nKommunen tillstyrker.\n", "ingen Word-fil"),  # text saved under .docx
])
def test_gammalt_word_rtf_och_odt_ger_en_rad_om_att_spara_som_docx(tmp_path: Path, namn: str, data: bytes | None,
                                                                   ord_: str) -> None:
    """An old binary .doc (also misnamed .docx), an RTF, an ODF text or a text named .docx gets one Swedish
    line: save as .docx (not 'is no PDF', which a file named .docx never was meant to be)."""
    path = tmp_path / namn
    if data is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", "<office:document-content/>")
    else:
        path.write_bytes(data)
    with pytest.raises(InputError) as fel:
        read_file(path)
    text = str(fel.value)
    assert ord_ in text and "spara" in text and ".docx" in text and "\n" not in text


def test_en_docx_utan_filandelse_lases_som_word(tmp_path: Path) -> None:
    """A Word file saved without its .docx ending (an e-mail attachment's name) is still read as Word."""
    path = mall(tmp_path, p("Remiss av detaljplan för Norra Bergsnäs"))
    utan = path.with_name("Remiss")
    path.rename(utan)
    assert texter(utan) == ["Remiss av detaljplan för Norra Bergsnäs"]


# --- a Word file's pages: page breaks, "page break before", section breaks ---------------------------

SIDBRYTNING = '<w:r><w:br w:type="page"/></w:r>'
PM = (
    p("Promemoria", props='<w:pStyle w:val="Rubrik1"/>')
    + p("Förslag till ny avfallsplan för Alvesta kommun 2025–2030")
    + p("Datum: 2024-02-10")
    + p("Planen beskriver hur avfallet ska minska och hur det ska samlas in och tas om hand.")
)


def _sidor(path: Path) -> list[list[str]]:
    """Return the texts of each page's lines."""
    return [[line.text for line in page.lines] for page in read_file(path).pages]


def test_missiv_sidbrytning_pm_ger_tva_sidor_och_missivets_falt_pa_sidan_ett(tmp_path: Path) -> None:
    """A missiv, an explicit page break, then the remitted PM in the same Word file: two pages; the
    missiv is cut where its page ends (the PM on page 2 is no part of it), the missiv's fields are read from page 1 (sida 1, not 2)."""
    from remiss.pipeline import tolka_fil
    from remiss.split import find_missiv, split_documents

    body = MISSIV + p(SIDBRYTNING) + PM
    path = mall(tmp_path, body, forsta_huvud=BREVHUVUD, huvud=SIDHUVUD_2, sidfot=SIDFOT)
    handling = read_file(path)
    assert [page.number for page in handling.pages] == [1, 2]
    assert handling.pages[1].lines[0].text == "Promemoria"
    assert {line.page for line in handling.pages[1].lines} == {2}
    assert [line.number for line in handling.pages[1].lines][:2] == [1, 2]
    assert [(d.forsta_sida, d.sista_sida) for d in split_documents(handling)] == [(1, 2)]
    [missiv] = find_missiv(handling)  # the missiv ends with its page: the PM is cut off (one page, it was not)
    assert (missiv.forsta_sida, missiv.sista_sida) == (1, 1)
    assert missiv.lines[-1].text.startswith("Svaren ska ha kommit in senast") and "Promemoria" not in [
        line.text for line in missiv.lines]
    [remiss] = tolka_fil(path)
    data = remiss.to_dict()
    assert data["diarienummer"] == "KS 2024/123"
    assert data["svarsdatum"] == "2024-04-15"
    assert [i["namn"] for i in data["remissinstanser"]] == [
        "Miljö- och byggnämnden", "Tekniska nämnden", "Alvesta Renhållnings AB"]
    assert {k["sida"] for k in data["kallor"].values()} == {1}
    assert "Box 1, 342 80 Alvesta | Centralplan 1 | 0472-150 00 | kommun@alvesta.se | 212000-0662" in [
        line.text for line in handling.pages[0].furniture]  # the footer on the section's first page
    assert [line.text for line in handling.pages[1].furniture] == ["Alvesta kommun Sida 2 (2)"]  # page 2 on


def test_sidbrytning_mitt_i_ett_stycke_delar_stycket(tmp_path: Path) -> None:
    """A page break inside a paragraph: the text before it ends page 1, the text after starts page 2;
    a line break stays a line, and Word's cached layout (lastRenderedPageBreak) is no break."""
    body = (p(r("Sista raden på sidan ett"), SIDBRYTNING, r("Första raden på sidan två"))
            + p(r("Rad"), "<w:r><w:br/></w:r>", r("bruten"))
            + p("<w:r><w:lastRenderedPageBreak/></w:r>", r("Fortfarande sidan två")))
    assert _sidor(mall(tmp_path, body)) == [
        ["Sista raden på sidan ett"], ["Första raden på sidan två", "Rad", "bruten", "Fortfarande sidan två"]]


def test_avsnittsbrytning_nasta_sida_borjar_en_sida_med_avsnittets_brevhuvud(tmp_path: Path) -> None:
    """A section break "next page" (a w:sectPr in a section's last paragraph's properties; the next
    section's w:type says how it starts, none = nextPage) starts a page; the new section's own header is
    its letterhead on that page, read first; a section that starts "continuous" starts no page."""
    from docx import Document
    from docx.enum.section import WD_SECTION_START

    path = mall(tmp_path, p("Tjänsteskrivelse om avfallsplanen") + p("Kommunstyrelsen föreslås besluta.")
                + p(r("Slut på sidan ett"), props="<w:sectPr/>")
                + p("Yttrande över avfallsplanen", props='<w:pStyle w:val="Rubrik1"/>')
                + p("Stycke i avsnitt två.", props="<w:sectPr/>")
                + p("Fortfarande sidan två."))
    dok = Document(str(path))
    nytt = dok.sections[1]
    nytt.header.is_linked_to_previous = False
    nytt.header.paragraphs[0].text = "Miljö- och byggnämnden | Dnr MBN 2024/77"
    dok.sections[2].start_type = WD_SECTION_START.CONTINUOUS
    dok.save(str(path))
    assert _sidor(path) == [
        ["Tjänsteskrivelse om avfallsplanen", "Kommunstyrelsen föreslås besluta.", "Slut på sidan ett"],
        ["Miljö- och byggnämnden | Dnr MBN 2024/77", "Yttrande över avfallsplanen", "Stycke i avsnitt två.",
         "Fortfarande sidan två."],
    ]


def test_sidbrytning_fore_ur_stilen_eller_stycket(tmp_path: Path) -> None:
    """"Page break before" set by a paragraph's style (a sändlista's heading style, through basedOn) or by
    the paragraph itself starts a page; switched off on the paragraph it does not; at the top of a page
    (right after an explicit break) it starts no empty page."""
    from docx import Document

    body = (p("Remiss av avfallsplan") + p("Brödtext i missivet.")
            + p("Sändlista", props='<w:pStyle w:val="NySida"/>') + p("Tekniska nämnden")
            + p("Ingen ny sida", props='<w:pStyle w:val="NySida"/><w:pageBreakBefore w:val="0"/>')
            + p(SIDBRYTNING) + p("Bilaga 1", props="<w:pageBreakBefore/>"))
    path = mall(tmp_path, body)
    dok = Document(str(path))
    for style in _xml('<w:styles><w:style w:type="paragraph" w:customStyle="1" w:styleId="Bas"><w:name w:val="Bas"/>'
                      '<w:pPr><w:pageBreakBefore/></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" '
                      'w:styleId="NySida"><w:name w:val="Sändlisterubrik"/><w:basedOn w:val="Bas"/></w:style></w:styles>'):
        dok.styles.element.append(style)
    dok.save(str(path))
    assert _sidor(path) == [["Remiss av avfallsplan", "Brödtext i missivet."],
                            ["Sändlista", "Tekniska nämnden", "Ingen ny sida"], ["Bilaga 1"]]


def test_tjansteskrivelse_sidbrytning_remissvar_ger_svaret_pa_sidan_tva(tmp_path: Path) -> None:
    """A tjänsteskrivelse, a page break, then the answer headed "Remissvar om …": the title opening page 2
    starts the yttrande (read as one page, the whole file was one remissvar under the tjänsteskrivelse's
    heading); `kontrollera` reports the answer's pages and title."""
    from remiss.kontroll import kontrollera_fil

    tjansteskrivelse = (
        p("Tjänsteskrivelse", props='<w:pStyle w:val="Rubrik1"/>')
        + p("Förslag till remissvar om regional transportplan")
        + p("Kommunstyrelsen har fått förslaget till regional transportplan på remiss. Förvaltningen har tagit fram ett förslag till svar.")
        + p("Förslag till beslut", props='<w:pStyle w:val="Mellanrubrik"/>')
        + p("Kommunstyrelsen antar förvaltningens förslag som sitt eget."))
    svar = (p("Remissvar om regional transportplan", props='<w:pStyle w:val="Rubrik1"/>')
            + p("Planen prioriterar väg 23 och stambanan, och det är bra för kommunens invånare och näringsliv som pendlar till Växjö varje dag."))
    [kontroll] = kontrollera_fil(mall(tmp_path, tjansteskrivelse + p(SIDBRYTNING) + svar))
    data = kontroll.to_dict()
    assert (data["sidor"], data["titel"]) == ([2, 2], "Remissvar om regional transportplan")
