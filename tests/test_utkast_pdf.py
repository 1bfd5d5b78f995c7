"""The draft as LibreOffice lays it out: no empty last page, whatever the length (needs LibreOffice)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from remiss import draft
from remiss.config import Config
from remiss.domain import Krav, Remiss

pytestmark = [pytest.mark.libreoffice,
              pytest.mark.skipif(draft.soffice() is None, reason="LibreOffice (soffice) saknas")]

REMISS = Remiss(fil="remiss.pdf", sidor=(1, 1), diarienummer="KS 2022-00304", avsandare="Kommunstyrelsen",
                titel="Program mot hemlöshet", svarsdatum="2022-12-11", svarsadress="ks.diarium@boras.se",
                krav=Krav(sammanfattning=True, stallningstagande=True))
LANGDER = range(0, 25)  # sammanfattningar från 0 till 24 rader: sidbrytningen faller någonstans emellan


def till_pdf_alla(filer: list[Path], ut: Path) -> list[Path]:
    """Given .docx files, convert them in one LibreOffice run (own profile) and return the PDFs."""
    program = draft.soffice()
    assert program is not None
    subprocess.run([program, f"-env:UserInstallation={(ut / 'profil').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(ut), *map(str, filer)],
                   capture_output=True, check=True, timeout=600)
    return [ut / f"{fil.stem}.pdf" for fil in filer]


def sidtexter(pdf: Path) -> list[str]:
    """Given a PDF, return the text of each page (pypdfium2)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_inget_utkast_far_en_tom_sista_sida(tmp_path: Path) -> None:
    """For every length of sammanfattning the signatures stand on the last page: no empty trailing page."""
    filer = []
    for langd in LANGDER:
        context = draft.bygg_kontext(REMISS, config=Config(), stallningstagande="tillstyrker",
                                     sammanfattning=[f"Rad {i} i sammanfattningen om hemlöshet." for i in
                                                     range(langd)], eget_dnr="ALN 2022-00047")
        fil = tmp_path / f"utkast_{langd:02d}.docx"
        fil.write_bytes(draft.rendera(draft.STANDARDMALL, context))
        filer.append(fil)
    sidor = {pdf.stem: sidtexter(pdf) for pdf in till_pdf_alla(filer, tmp_path / "ut")}
    utan_underskrift_sist = [namn for namn, texter in sidor.items() if "Förvaltningschef" not in texter[-1]]
    assert utan_underskrift_sist == []
    assert {len(texter) for texter in sidor.values()} == {1, 2}  # the sweep crosses the page break


def test_pdf_flaggan_ger_en_pdf_med_rubrik_och_svarsdatum(tmp_path: Path) -> None:
    """`utkast --pdf` writes a PDF whose text has the heading after what was remitted and the svarsdatum."""
    remiss = Remiss(fil="r.pdf", sidor=(1, 1), diarienummer="S2023/01234", avsandare="Socialdepartementet",
                    titel="Ett samlat grepp om hemlösheten (SOU 2023:71)", svarsdatum="2024-03-29",
                    svarsadress="s.remissvar@regeringskansliet.se")
    result = draft.skriv_utkast(remiss, config=Config(), stallningstagande="tillstyrker",
                                utfil=tmp_path / "y.docx", pdf=True)
    assert result.pdf is not None
    text = " ".join(" ".join(sidtexter(result.pdf)).split())
    assert "Yttrande över betänkandet Ett samlat grepp om hemlösheten (SOU 2023:71)" in text
    assert "29 mars 2024" in text
    assert "Arbetslivsnämnden tillstyrker betänkandet." in text
