"""Helpers for the kontroll tests: Handlings built from seed text, yttranden built as DOCX."""

from __future__ import annotations

from pathlib import Path

from remiss.domain import Handling, Line, Page

RADER_PER_SIDA = 40


def handling_fran_text(text: str, fil: str, *, per_sida: int = RADER_PER_SIDA) -> Handling:
    """Given seed text, return a Handling of pages with `per_sida` non-empty lines each."""
    rader = [r.strip().replace("**", "") for r in text.splitlines()]
    rader = [r for r in rader if r]
    sidor = []
    for nummer, start in enumerate(range(0, len(rader), per_sida), 1):
        lines = tuple(
            Line(text=t, page=nummer, number=k) for k, t in enumerate(rader[start : start + per_sida], 1)
        )
        sidor.append(Page(number=nummer, lines=lines))
    return Handling(fil=fil, pages=tuple(sidor))


def skriv_yttrande(
    path: Path,
    *,
    beslut: list[str],
    titel: str = "Yttrande över Remiss: Program för test",
    sammanfattning: list[str] | None = None,
    brodtext: list[str] | None = None,
    expedieras: list[str] | None = None,
    namnd: str = "Arbetslivsnämnden",
    dnr: str = "Dnr ALN 2024-00100 1.1.3.1",
    beslutsrubrik: str | None = None,
) -> Path:
    """Write a yttrande DOCX in the förvaltning's layout and return its path."""
    from docx import Document

    document = Document()
    for text in (
        "Anna Andersson",
        "Handläggare",
        "033-35 00 00",
        "Datum",
        "2024-05-02",
        "Instans",
        namnd,
        dnr,
    ):
        document.add_paragraph(text)
    document.add_paragraph().add_run(titel).bold = True
    _rubrik(document, beslutsrubrik if beslutsrubrik is not None else f"{namnd}s beslut")
    for text in beslut:
        document.add_paragraph(text)
    if sammanfattning is not None:
        _rubrik(document, "Sammanfattning")
        for text in sammanfattning:
            document.add_paragraph(text)
    _rubrik(document, "Ärendet i sin helhet")
    for text in brodtext or ["Remissen gäller ett program som ska gälla hela staden under fyra år."]:
        document.add_paragraph(text)
    _rubrik(document, "Beslutsunderlag")
    document.add_paragraph("1. Bilaga Remiss: Program för test.")
    _rubrik(document, "Beslutet expedieras till")
    for text in expedieras if expedieras is not None else ["1. Kommunstyrelsen."]:
        document.add_paragraph(text)
    for text in ("Lars Larsson", "Ordförande", "Karin Karlsson", "Förvaltningschef"):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _rubrik(document: object, text: str) -> None:
    """Add a bold heading paragraph."""
    if text:
        document.add_paragraph().add_run(text).bold = True  # type: ignore[attr-defined]


def test_handling_fran_text_delar_i_sidor() -> None:
    """The seed helper puts 40 non-empty lines on each page and numbers pages from 1."""
    handling = handling_fran_text("\n".join(f"rad {i}" for i in range(85)) + "\n\n", "x.txt")
    assert [len(p.lines) for p in handling.pages] == [40, 40, 5]
    assert handling.pages[2].lines[0].text == "rad 80"
    assert handling.pages[2].lines[0].page == 3


SIDFOT = [
    "Arbetslivsnämnden",
    "Postadress Besöksadress Hemsida E-post Telefon",
    "501 80 Borås Österlånggatan 72 boras.se arbetsliv@boras.se 033-35 70 00 vxl",
]


def yttrandesidor(
    titel: str, beslut: str, *, dnr: str, expedieras: str = "1. Kommunstyrelsen."
) -> list[list[str]]:
    """Return two pages of a yttrande laid out like a Word tjänsteskrivelse saved as PDF."""
    forsta = [
        "Borås Stad TJÄNSTESKRIVELSE Sida 1 ( 2 )",
        "Datum",
        "Handläggare 2024-05-02",
        "Instans",
        "Arbetslivsnämnden",
        f"Dnr {dnr} 1.1.3.1",
        titel,
        "Arbetslivsnämndens beslut",
        beslut,
        "Sammanfattning",
        "Programmet samlar stadens arbete mot hemlöshet i fem mål och ska gälla",
        "under fyra år.",
        "Ärendet i sin helhet",
        "Remissen gäller ett program som ska gälla hela staden.",
        *SIDFOT,
    ]
    andra = [
        "Borås Stad TJÄNSTESKRIVELSE Sida 2 ( 2 )",
        "Beslutsunderlag",
        "1. Bilaga Remiss: Program mot hemlöshet",
        "Beslutet expedieras till",
        expedieras,
        "Ordförande Förvaltningschef",
        *SIDFOT,
    ]
    return [forsta, andra]
