"""Layout dependences found by `bench_layoutbyte` in session 24 (helper robust24): fields right in a real
document's own layout and wrong in another. Each cause has a named test with the corpus text rendered in the
layout that failed (as bench_layoutbyte does) and a test of the same class in other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from tests.test_layout13 import _ratt


@pytest.mark.parametrize("layout", ["rk", "tabell", "webb"])
def test_fet_ingress_av_flera_meningar_ar_ingen_rubrik(layout: str, tmp_path: Path) -> None:
    """missiv/tillliv-organisationsstruktur-remiss (http://www.tillliv.se/2002/02/forslag-pa-ny-
    organisationsstruktur-ute-pa-remiss/) as PDF: the layouts set the page's first paragraph, a lead of five
    sentences, bold and large; a line from its middle ('… till Börje Karlsson,' / 'Skogsvägen 2, 290 40
    Kyrkhult senast den 8 mars. Använd') was taken for the largest heading, and then the lead's first line for
    the first heading-like line. A lead of sentences is no heading: the page is read as one without headings
    (the proposal the sender sent out, as in its own layout)."""
    assert _ratt("missiv", "tillliv-organisationsstruktur-remiss", layout, "titel", tmp_path)


def _fet(texter: list[str], *, top: float = 100.0, size: float = 13.0, bold: bool = True) -> list[Line]:
    """Lines set alike, wrapped with no gap between them (a paragraph)."""
    return [Line(text=t, page=1, number=i, top=top + 19 * i, bottom=top + 19 * i + 13, size=size, bold=bold)
            for i, t in enumerate(texter)]


def test_fet_ingress_i_annan_ordalydelse() -> None:
    """The same class in other words: a bold lead of sentences whose line breaks after a comma before a
    street; neither of its lines is a heading, and the title is what the sender sent out."""
    from remiss.extract.core import choose_titel, title_from_layout

    lines = _fet([
        "Styrelsen skickade i mars ut ett förslag på nya stadgar för",
        "föreningen och dess lokalavdelningar. Förslaget har gått till",
        "alla lokalavdelningar och medlemmar. Skicka era synpunkter, gärna",
        "gemensamt per avdelning, till Anna Berg,",
        "Storgatan 5, 123 45 Ort senast den 1 maj. Använd gärna den",
        "bifogade blanketten som följde med förslaget.",
    ])
    below = ["Ge gärna förslag på ett nytt namn.", "Förslaget och svaren behandlas sedan på årsmötet.",
             "Med vänliga hälsningar"]
    body = [Line(text=t, page=1, number=10 + i, top=260 + 15 * i, bottom=270 + 15 * i, size=10.5)
            for i, t in enumerate(below)]
    assert title_from_layout(lines + body) is None
    found = choose_titel(lines + body)
    assert found is not None and found.value.startswith("nya stadgar")


def test_rubrik_over_fet_ingress_star_kvar() -> None:
    """A heading set like the lead over it, with a gap, is still the heading; the lead under it is no
    reason to read the page as one without headings."""
    from remiss.extract.core import title_from_layout

    lines = _fet(["Remiss om nya stadgar"], top=60) + _fet([
        "Styrelsen skickade i mars ut ett förslag på nya stadgar. Förslaget har",
        "gått till alla avdelningar. Skicka era synpunkter senast den 1 maj.",
    ])
    found = title_from_layout(lines)
    assert found is not None and "stadgar" in found.value


@pytest.mark.parametrize("layout", ["tabell", "kommunmall", "kommunflikar"])
def test_enhet_i_huvudet_som_i_pdf_nar_stycken_ar_rader(layout: str, tmp_path: Path) -> None:
    """prov17/munkedal-op2018-granskningsforslag (https://munkedal.se/bygga-bo-och-miljo/oversiktsplan-och-
    detaljplaner/granskningsforslag-oversiktsplan-2018) as DOCX: a Word file's paragraph is one line, so the
    unit model's 'first six lines' held 680 characters and 'Enligt beslut i Samhällsbyggnadsnämnden …' in
    the fourth paragraph counted as named in the letter's head (0,55 for the unit; in the PDF, where the
    paragraphs wrap, 0,31 and the kommun alone, as the facit has it). The head is counted in printed lines, a
    long line as the lines it wraps to (enhetsmodell._rows_chars)."""
    from tests.korpus import jamfor
    from tests.test_layout13 import _las

    dok = next(d for d in jamfor.dokument(("prov17",)) if d.id == "munkedal-op2018-granskningsforslag")
    fil = _las("munkedal-op2018-granskningsforslag", layout, "docx", tmp_path)
    assert jamfor.jamfor(dok, jamfor.kor(fil))["avsandare"].ratt


def test_enhetens_plats_i_huvudet_i_annan_ordalydelse() -> None:
    """The same class in other words: a unit named in the third paragraph is in the head neither when the
    paragraphs wrap over printed lines nor when each paragraph is one line (a Word file)."""
    from remiss.enhetsmodell import kandidater

    stycken = [
        "Lessebo kommun",
        "Avfallsplan 2030",
        "Tekniska förvaltningen i Lessebo kommun har arbetat fram ett förslag till ny avfallsplan för åren "
        "2025–2030. Planen bygger på den nationella avfallsplanen och på kommunens miljömål.",
        "Under våren samlades synpunkter in från invånarna och de har nu arbetats in i förslaget som nu ska "
        "ut på remiss till berörda myndigheter och organisationer i kommunen.",
        "Enligt beslut i Kommunstyrelsen den 3 mars 2025 skickas förslaget ut på remiss. Synpunkter "
        "lämnas senast den 30 april 2025.",
    ]

    def rader(texter: list[str]) -> list[Line]:
        return [Line(text=t, page=1, number=i) for i, t in enumerate(texter)]

    def ombrutna(text: str, bredd: int = 80) -> list[str]:
        out, rad = [], ""
        for ord_ in text.split():
            if rad and len(rad) + 1 + len(ord_) > bredd:
                out.append(rad)
                rad = ord_
            else:
                rad = f"{rad} {ord_}".strip()
        return [*out, rad]

    def huvud(lines: list[Line]) -> bool:
        joined = " ".join(x.text for x in lines)
        enhet = next(k for k in kandidater("Lessebo kommun", lines, joined) if k.text == "Kommunstyrelsen")
        return "huvud" in enhet.egenskaper

    word = rader(stycken)
    pdf = rader([r for s in stycken for r in ombrutna(s)])
    assert huvud(word) is huvud(pdf) is False



def test_kontaktmening_som_sidfoten_runnit_ihop_med_ar_ingen_sidfot(tmp_path: Path) -> None:
    """missiv/ockero-hjalvik-samradsmote (Öckerö kommun's page on the samrådsmöte for Hjälvik) with its
    paragraphs joined (bench_textfel ett_stycke, Word): the contact sentence ran into the site's footer on one
    line ('Om du har frågor kring planförslag eller samråd kan du kontakta: Rikard Sporre Planarkitekt
    rikard.sporre@ockero.se Kontakta Öckerö kommun Tel: … E-post: … Besöksadress: … Postadress: …'); three
    labels made the whole line an address footer, dropped before the fields were read, and the handläggare
    with it. A line whose labels follow a sentence of its own is the text's (clean._opens_with_sentence)."""
    from bench import bench_textfel
    from tests.korpus import jamfor, rendera

    spec = next(s for s in rendera.specs("missiv") if s["id"] == "ockero-hjalvik-samradsmote")
    dok = next(d for d in jamfor.dokument(("missiv",)) if d.id == "ockero-hjalvik-samradsmote")
    utfall = bench_textfel._las(jamfor, rendera, spec, bench_textfel.ett_stycke, tmp_path, dok)
    assert utfall is not None and utfall["handlaggare"].ratt


def test_kontaktmening_fore_sidfotens_etiketter_i_annan_ordalydelse() -> None:
    """The same class in other words: a sentence that names the contact, then the footer's labels on the same
    line, is no footer; the footer's own row (the name and address before the labels) still is."""
    from remiss.clean import footer_indexes

    texts = [
        "Planen ställs ut under hela sommaren.",
        "Vill du veta mer om planen och hur du lämnar synpunkter så kan du ringa: Anna Berg Planhandläggare "
        "anna.berg@ort.se Telefon: 0123-456 78 E-post: kommun@ort.se Besöksadress: Storgatan 1",
        "Ort kommun 123 45 Ort Telefon: 0123-456 00 E-post: kommun@ort.se Besöksadress: Storgatan 1",
    ]
    assert footer_indexes(texts) == {2}


def test_kontaktblock_med_sammansatt_titel_efter_namnet(tmp_path: Path) -> None:
    """missiv/bengtsfors-sulfiten-samrad (Bengtsfors kommun's page on the samråd for Sulfiten) with its
    paragraphs joined (bench_textfel ett_stycke): under 'Kontakt' the name and the title ran onto one line,
    'Maria Andersson Plan- och bygglovschef 0531-52 61 23'; the title's last word read as the role left
    'Maria Andersson Plan- och' as the name, no person. A title of two words joined by 'och' after a name
    ends the name where its first part's hyphen stands (personer._person_name)."""
    from bench import bench_textfel
    from tests.korpus import jamfor, rendera

    spec = next(s for s in rendera.specs("missiv") if s["id"] == "bengtsfors-sulfiten-samrad")
    dok = next(d for d in jamfor.dokument(("missiv",)) if d.id == "bengtsfors-sulfiten-samrad")
    utfall = bench_textfel._las(jamfor, rendera, spec, bench_textfel.ett_stycke, tmp_path, dok)
    assert utfall is not None and utfall["handlaggare"].ratt


@pytest.mark.parametrize(
    ("text", "namn"),
    [
        ("Per Holm Mark- och exploateringschef 0123-456 78", "Per Holm"),
        ("Anna Lind Bygg- eller miljöinspektör anna.lind@ort.se", "Anna Lind"),
        # a hyphen inside a name is no title's first part
        ("Lars-Erik Ek", "Lars-Erik Ek"),
        ("Anna Berg-Lund", "Anna Berg-Lund"),
    ],
)
def test_sammansatt_titel_efter_namnet_i_annan_ordalydelse(text: str, namn: str) -> None:
    """The same class in other words: other names, other joined titles after them."""
    from remiss.extract.personer import _person_name

    assert _person_name(text) == namn
