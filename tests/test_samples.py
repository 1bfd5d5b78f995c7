"""Exempelfilerna i samples/: de öppnas, facit stämmer med filerna och generatorn är deterministisk."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

PAKET = ["paket/sammantrade_000.pdf", "paket/sammantrade_002.pdf", "paket/sammantrade_003.pdf",
         "ovrigt/budget_001.pdf", "ovrigt/uppfoljning_004.pdf"]


def page_texts(path: Path) -> list[str]:
    """Given a PDF, return the text of each page."""
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("name", PAKET)
def test_paket_opens_with_text(name: str) -> None:
    texts = page_texts(SAMPLES / name)
    assert len(texts) >= 20
    assert all(t.strip() for t in texts)
    assert "Arbetslivsnämnden" in "".join(texts)


def test_paket_000_has_the_three_yttranden_and_missiv() -> None:
    texts = page_texts(SAMPLES / "paket/sammantrade_000.pdf")
    starts = [t.split("\n", 3)[2].strip() for t in texts]  # line after the page-number footer
    joined = "\n".join(texts)
    for title in ("Yttrande över Remiss: Riktlinjer för Kulturmiljövården", "Yttrande över Remiss Miljöprogram",
                  "Missiv till remiss Miljöprogram", "Sista svarsdatum är den 31 augusti 2022.",
                  "Ange diarienummer KS 2022-00216"):
        assert title in joined
    assert "Remiss: Motion: Utveckla stödet för anhöriga till kriminella" in starts
