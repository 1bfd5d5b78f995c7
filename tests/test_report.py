"""The readable Swedish summary of `remiss tolka`."""

from __future__ import annotations

from datetime import date

from remiss.domain import Kalla, Remiss
from remiss.report import days_left_text, format_remiss


def test_days_left_in_swedish() -> None:
    """Days left are counted and said in Swedish, also when the deadline has passed."""
    assert days_left_text("2022-12-11", date(2022, 12, 1)) == "2022-12-11 (11 december 2022, om 10 dagar)"
    assert days_left_text("2022-12-11", date(2022, 12, 11)).endswith("i dag)")
    assert days_left_text("2022-12-11", date(2022, 12, 13)).endswith("passerat för 2 dagar sedan)")
    assert days_left_text(None, date(2022, 12, 1)) == "saknas – fyll i för hand"


def test_fields_read_by_ocr_are_marked() -> None:
    """A field read from a scanned page carries [OCR] and the summary says to check it."""
    remiss = Remiss(
        fil="s.pdf",
        sidor=(1, 1),
        diarienummer="KS 2022-00304",
        titel="Plan",
        kallor={
            "diarienummer": Kalla(sida=1, text="Dnr KS 2022-00304", ocr=True),
            "titel": Kalla(sida=1, text="Remiss: Plan"),
        },
    )
    text = format_remiss(remiss, today=date(2022, 12, 1))
    assert "Diarienummer:   KS 2022-00304  [OCR]" in text
    assert "Titel:          Plan\n" in text
    assert "läst med OCR" in text
