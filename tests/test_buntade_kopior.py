"""A file that bundles two copies of the same letter: each copy is its own remiss, with its own header."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from remiss.pipeline import tolka_fil

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _twice(name: str, tmp_path: Path) -> Path:
    source = pdfium.PdfDocument(SAMPLES / name)
    bundle = pdfium.PdfDocument.new()
    bundle.import_pages(source)
    bundle.import_pages(source)
    path = tmp_path / f"två_{name}"
    bundle.save(path)
    return path


@pytest.mark.parametrize("name", ["ulricehamn_ks.pdf", "region_halland.pdf", "lansstyrelsen_vg.pdf"])
def test_two_copies_are_two_remisser_each_with_its_own_header(name: str, tmp_path: Path) -> None:
    """One page or two, the second copy's header block repeats the first's: it is no running header, so
    each copy keeps its date and dnr and covers its own pages (a one-page letter used to read as one)."""
    once = tolka_fil(SAMPLES / name)
    twice = tolka_fil(_twice(name, tmp_path))
    pages = len(pdfium.PdfDocument(SAMPLES / name))
    assert len(once) == 1 and len(twice) == 2
    for index, remiss in enumerate(twice):
        assert remiss.sidor == (1 + index * pages, pages + index * pages)
        assert (remiss.titel, remiss.diarienummer, remiss.datum, remiss.svarsdatum) == (
            once[0].titel, once[0].diarienummer, once[0].datum, once[0].svarsdatum)
