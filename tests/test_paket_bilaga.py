"""A missiv with its bilaga in one PDF, the bilaga counting its own pages: one remiss, from the missiv."""

from __future__ import annotations

from pathlib import Path

from remiss.pipeline import tolka_fil
from tests.conftest import write_pdf

MISSIV_1 = [
    "Kommunstyrelsen                                                   1 (2)",
    "Datum 2024-03-01",
    "Dnr KS 2024/123",
    "Remiss: Förslag till riktlinjer för lokalförsörjning",
    "Kommunstyrelsen remitterar härmed förslag till riktlinjer för lokalförsörjning.",
    "Förslaget finns i bilagan. Synpunkter lämnas senast den 15 april 2024 till",
    "kommunstyrelsen@exempel.se. Ange diarienummer KS 2024/123 i ämnesraden.",
    "Remissinstanser",
    "Barn- och utbildningsnämnden",
    "Socialnämnden",
    "Kultur- och fritidsnämnden",
    "Samhällsbyggnadsnämnden",
]
MISSIV_2 = [
    "Kommunstyrelsen                                                   2 (2)",
    "Frågor besvaras av Anna Berg, 0480-45 00 00.",
    "Med vänlig hälsning",
    "Anna Berg",
    "Strateg",
]
BILAGA = [
    ["Riktlinjer för lokalförsörjning                                     1 (2)",
     "1. Inledning",
     "Riktlinjerna beskriver hur kommunens lokaler planeras och förvaltas.",
     "Varje nämnd ansvarar för att anmäla sitt lokalbehov i god tid."],
    ["Riktlinjer för lokalförsörjning                                     2 (2)",
     "2. Ansvar",
     "Lokalstrategen samordnar arbetet och rapporterar till kommunstyrelsen varje år."],
]


def test_bilaga_med_egen_sidraknare_efter_missivet_ger_en_remiss(tmp_path: Path) -> None:
    """remiss/split.py counted_first_pages makes the bilaga's page '1 (2)' open a part of its own (pages 3–4,
    'annat'); that is right: the file still holds one remiss, read from the missiv's pages, and the bilaga
    (the remitted text) adds no second remiss and gives none of its fields."""
    fil = write_pdf(tmp_path / "remiss.pdf", [MISSIV_1, MISSIV_2, *BILAGA])
    remisser = tolka_fil(fil)
    assert len(remisser) == 1
    remiss = remisser[0]
    assert remiss.diarienummer == "KS 2024/123"
    assert remiss.svarsdatum == "2024-04-15"
    assert remiss.titel == "Förslag till riktlinjer för lokalförsörjning"
    assert len(remiss.remissinstanser) == 4
