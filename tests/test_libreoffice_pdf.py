"""Real corpus text in PDFs LibreOffice wrote (tests/data/libreoffice/README.md): the glyphs and breaks a
Word or LibreOffice PDF has, which the corpus's own PDF renderer never draws."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Remiss
from remiss.read import clean_text
from remiss.split import LIST_CUE

DATA = Path(__file__).parent / "data" / "libreoffice"


def tolka(name: str) -> list[Remiss]:
    from remiss.pipeline import tolka_fil

    return tolka_fil(DATA / name)


def test_symbolpunkter_ar_en_lista() -> None:
    """Word's bullet list in a PDF: each name starts with the Symbol font's bullet U+F0B7."""
    remisser = tolka("rk-n2018-miljozoner.pdf")
    assert len(remisser) == 1
    namn = [r.namn for r in remisser[0].remissinstanser]
    assert len(namn) == 35
    assert namn[0] == "BIL Sweden" and namn[-1] == "Örebro kommun"


def test_bindestreck_vid_radslut_i_diarienumret_ar_kvar() -> None:
    """'… under diarienummer KS-' + '2021-00442. När …': the dash is the number's, the prefix its start."""
    remisser = tolka("nordvastra-op-samrad.pdf")
    assert [r.diarienummer for r in remisser] == ["KS-2021-00442"]


def test_parentes_mellan_etikett_och_diarienummer() -> None:
    """'filnamnet är Regeringskansliets diarienummer (utan snedstreck), N2016-06713-PBB, följt av …'"""
    remisser = tolka("rk-n2016-aterbostadisering.pdf")
    assert [r.diarienummer for r in remisser] == ["N2016-06713-PBB"]


def test_radbrutet_ord_remissinstanser_ar_ingen_listrubrik() -> None:
    """A regeringsuppdrag (no remiss) whose sentence wraps at '… berörda' / 'remissinstanser. Av …'."""
    assert tolka("rk-uppdrag-trafikverket-2015.pdf") == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\uf0b7 Boverket\n\uf0a7 Formas", "• Boverket\n• Formas"),
        ("  ➢ Region Skåne", "  • Region Skåne"),
        ("Tel \uf028 08-123", "Tel \uf028 08-123"),  # a glyph inside a line is no bullet
        ("diarienummer KS\x02", "diarienummer KS-"),
        ("nummer 2021\ufffe00442", "nummer 2021-00442"),
        ("remiss\ufffeinstanser", "remissinstanser"),  # a word broken by the line stays one word
        ("Miljö\ufffe och energidepartementet", "Miljö- och energidepartementet"),
    ],
)
def test_clean_text_punkter_och_streck(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Remissinstanser", True),
        ("Följande remissinstanser:", True),
        ("Obligatoriska remissinstanser", True),
        ("remissinstanser. Av remisskrivelsen ska framgå att", False),
        ("berörda remissinstanser som ska svara", False),
    ],
)
def test_listrubriken_ar_en_rubrik_inte_en_radbruten_mening(line: str, cue: bool) -> None:
    assert bool(LIST_CUE.search(line)) is cue
