"""Exempelfilerna i samples/: de öppnas, facit stämmer med texten i filerna och generatorn är
deterministisk."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pypdfium2 as pdfium
import pytest

from remiss.facit import FIELDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FACIT = sorted((SAMPLES / "facit").glob("*.json"))

PAKET = [
    "paket/sammantrade_000.pdf",
    "paket/sammantrade_002.pdf",
    "paket/sammantrade_003.pdf",
    "ovrigt/budget_001.pdf",
    "ovrigt/uppfoljning_004.pdf",
]
REMISS_KEYS = set(FIELDS)


def page_texts(path: Path) -> list[str]:
    """Given a PDF, return the text of each page."""
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def flat(text: str) -> str:
    """Given extracted text, join hyphenated line ends and collapse whitespace."""
    text = re.sub(r"\ufffe\s*(?=(?:och|eller|samt)\b)", "- ", text)  # a real dash before och/eller/samt
    text = re.sub(r"[\ufffe\u00ad]\s*", "", text)
    text = text.replace("**", "")
    return re.sub(r"\s+", " ", text)


def docx_text(path: Path) -> str:
    """Given a DOCX file, return its paragraphs and table cells as text."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def load_generator() -> ModuleType:
    """Import samples/generera.py as a module."""
    spec = importlib.util.spec_from_file_location("generera", SAMPLES / "generera.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["generera"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", PAKET)
def test_paket_opens_with_text(name: str) -> None:
    texts = page_texts(SAMPLES / name)
    assert len(texts) >= 20
    assert all(t.strip() for t in texts)
    assert "Arbetslivsnämnden" in "".join(texts)


def test_paket_000_has_the_three_yttranden_and_missiv() -> None:
    texts = page_texts(SAMPLES / "paket/sammantrade_000.pdf")
    joined = "\n".join(texts)
    for text in (
        "Yttrande över Remiss: Riktlinjer för Kulturmiljövården",
        "Yttrande över Remiss Miljöprogram",
        "Missiv till remiss Miljöprogram",
        "Sista svarsdatum är den 31 augusti 2022.",
        "Ange diarienummer KS 2022-00216",
    ):
        assert text in joined
    firsts = [t.splitlines()[0].strip() for t in texts]
    assert "Remiss: Motion: Utveckla stödet för anhöriga till kriminella" in firsts


def test_there_are_enough_remiss_samples() -> None:
    remisser = [r for f in FACIT for r in json.loads(f.read_text(encoding="utf-8"))["remisser"]]
    assert len(FACIT) >= 22
    assert len(remisser) >= 18
    assert len({r["avsandare"] for r in remisser}) >= 12


@pytest.mark.parametrize("facit", FACIT, ids=lambda p: p.stem)
def test_facit_is_valid_and_matches_the_file(facit: Path) -> None:
    assert_facit_matches(facit, SAMPLES)


def test_varianter_have_facit_that_matches_their_text(tmp_path: Path) -> None:
    gen = load_generator()
    paths = gen.generera_varianter(tmp_path, 12, seed=3)
    assert len(paths) == 12
    facits = sorted((tmp_path / "facit").glob("*.json"))
    senders = set()
    for facit in facits:
        assert_facit_matches(facit, tmp_path)
        senders.add(json.loads(facit.read_text(encoding="utf-8"))["remisser"][0]["avsandare"])
    assert len(senders) >= 5
    again = gen.generera_varianter(tmp_path / "igen", 2, seed=3)
    assert again[0].read_bytes() == paths[0].read_bytes()


def assert_facit_matches(facit: Path, root: Path) -> None:
    """Given a facit file and the folder its `fil` is relative to, assert that every field is in the text."""
    data = json.loads(facit.read_text(encoding="utf-8"))
    assert set(data) == {"fil", "remisser"}
    path = root / data["fil"]
    assert path.exists()
    if path.suffix == ".pdf":
        pages = page_texts(path)
    else:
        pages = [docx_text(path)]
    if data["fil"].startswith("ovrigt/"):
        assert data["remisser"] == []  # seeds 001 and 004 hold no remiss
    else:
        assert data["remisser"]
    for remiss in data["remisser"]:
        assert set(remiss) == REMISS_KEYS
        first, last = remiss["sidor"]
        assert 1 <= first <= last <= len(pages)
        text = flat("\n".join(pages[first - 1 : last]))
        assert date.fromisoformat(remiss["svarsdatum"])
        if remiss["datum"] is not None:  # a missiv without a header block in a package has no date
            assert date.fromisoformat(remiss["datum"]) < date.fromisoformat(remiss["svarsdatum"])
            assert remiss["datum"] in text
        assert not remiss["titel"].lower().startswith("remiss")
        assert not remiss["diarienummer"].startswith("Dnr")
        assert remiss["diarienummer"] in text
        assert remiss["titel"] in text
        for part in remiss["avsandare"].split(", "):  # 'Göteborgs Stad, Kommunstyrelsen': both parts
            assert part in text
        if remiss["klassificering"]:
            assert f"{remiss['diarienummer']} {remiss['klassificering']}" in text
        for address in [remiss["svarsadress"], *remiss["kopia"]]:
            assert address and address in text
        handlaggare = remiss["handlaggare"]
        assert set(handlaggare) == {"namn", "telefon", "epost"}
        for value in handlaggare.values():
            assert value is None or value in text
        assert remiss["remissinstanser"]
        for instans in remiss["remissinstanser"]:
            assert set(instans) == {"namn", "epost", "grupp", "omfattning"}
            assert instans["namn"] in text
            if instans["omfattning"]:
                assert f"{instans['namn']} ({instans['omfattning']})" in text
            if instans["epost"]:
                assert instans["epost"] in text


def test_generator_is_deterministic(tmp_path: Path) -> None:
    gen = load_generator()
    exempel = [e for e in gen.EGNA_EXEMPEL if e.namn == "bisysslor_inline"]
    a = gen.generera_remisser(tmp_path / "a", exempel)
    b = gen.generera_remisser(tmp_path / "b", exempel)
    assert a[0].read_bytes() == b[0].read_bytes()
    assert (tmp_path / "a/facit/bisysslor_inline.json").read_bytes() == (
        tmp_path / "b/facit/bisysslor_inline.json"
    ).read_bytes()
    if gen.FONT == "DejaVuSans":  # the committed samples were made with DejaVu Sans (fonts-dejavu-core)
        assert a[0].read_bytes() == (SAMPLES / "bisysslor_inline.pdf").read_bytes()


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open a PDF with pypdfium2 (raises PdfiumError for bad files)."""
    return pdfium.PdfDocument(str(path), password=password)


def test_trasiga_are_bad_in_the_intended_way() -> None:
    trasiga = SAMPLES / "trasiga"
    assert (trasiga / "tom.pdf").stat().st_size == 0
    assert not (trasiga / "inte_en_pdf.pdf").read_bytes().startswith(b"%PDF")
    avkortad = (trasiga / "avkortad.pdf").read_bytes()
    assert avkortad.startswith(b"%PDF") and b"%%EOF" not in avkortad
    with pytest.raises(pdfium.PdfiumError):
        open_pdf(trasiga / "avkortad.pdf")
    with pytest.raises(pdfium.PdfiumError):
        open_pdf(trasiga / "krypterad.pdf")
    doc = open_pdf(trasiga / "krypterad.pdf", password="hemligt")
    assert "Remiss: Riktlinjer för bisysslor" in doc[0].get_textpage().get_text_range()
    doc = open_pdf(trasiga / "utan_textlager.pdf")
    assert len(doc) == 1
    assert doc[0].get_textpage().get_text_range().strip() == ""
    assert any(obj.type == 3 for obj in doc[0].get_objects())  # FPDF_PAGEOBJ_IMAGE


def test_stor_pdf_has_the_requested_pages(tmp_path: Path) -> None:
    gen = load_generator()
    path = gen.stor_pdf(tmp_path / "stor.pdf", sidor=12)
    texts = page_texts(path)
    assert len(texts) == 12
    assert "Remiss: Motion: Handlingsplan mot skolsegregationen" in texts[0]
    assert "Bilaga, avsnitt 11" in texts[11]
