"""The check on the sample meeting packages (PDF): the same truth as the seed text, with page ranges."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll import kontrollera_fil
from remiss.read import read_file
from tests.conftest import SAMPLES
from tests.test_kontroll import SANNING, sammandrag


def _paket(prefix: str) -> str:
    """Return the path of a sample package, or skip when it has not been generated."""
    path = SAMPLES / "paket" / f"sammantrade_{prefix}.pdf"
    if not path.exists():
        pytest.skip(f"{path.name} finns inte (kör make samples)")
    return str(path)


@pytest.mark.parametrize("prefix", sorted(SANNING))
def test_paket_ger_sanningen(prefix: str) -> None:
    """Every yttrande in the PDF package: dnr, titel, ställningstagande, sammanfattning, brister, source."""
    assert sammandrag(kontrollera_fil(_paket(prefix))) == [tuple(t) for t in SANNING[prefix]]


@pytest.mark.parametrize("prefix", sorted(SANNING))
def test_paket_sidor(prefix: str) -> None:
    """Each yttrande starts on its title's page and ends on its signatures' page (Förvaltningschef)."""
    fil = _paket(prefix)
    pages = read_file(fil).pages
    for kontroll in kontrollera_fil(fil):
        first_title_words = kontroll.titel[:40]
        title_page = next(
            p.number
            for p in pages
            if any(
                line.text.startswith(first_title_words[:30]) and p.number >= kontroll.sidor[0]
                for line in p.lines
            )
        )
        signature_page = next(
            p.number
            for p in pages[title_page - 1 :]
            if any(line.text == "Förvaltningschef" for line in p.lines)
        )
        assert kontroll.sidor == (title_page, signature_page), kontroll.titel
        assert (
            title_page <= kontroll.stallningstagande_kalla.sida <= signature_page
            if kontroll.stallningstagande_kalla
            else True
        )


def test_paket_av_sparade_utkast(tmp_path: Path) -> None:
    """Three yttranden saved from Word as PDF, one after another: page ranges, expedieras till, stances."""
    from tests.conftest import write_pdf
    from tests.test_kontroll_hjalp import yttrandesidor

    sidor = (
        yttrandesidor(
            "Yttrande över Remiss: Program mot hemlöshet",
            "Arbetslivsnämnden tillstyrker programmet.",
            dnr="ALN 2024-00001",
        )
        + [
            [
                "Remiss: Program mot hemlöshet",
                "Remissinstanser",
                "1. Arbetslivsnämnden",
                "Borås Stad",
                "1 (1)",
            ]
        ]
        + yttrandesidor(
            "Yttrande över Remiss: Riktlinjer för bidrag",
            "[STÄLLNINGSTAGANDE SAKNAS – välj tillstyrker, avstyrker eller avstår]",
            dnr="ALN 2024-00002",
        )
        + yttrandesidor(
            "Svar på remiss: Plan för trygghet",
            "Arbetslivsnämnden kan inte tillstyrka planen.",
            dnr="ALN 2024-00003",
            expedieras="1. Kommunstyrelsen, ks.diarium@boras.se",
        )
    )
    fil = write_pdf(tmp_path / "paket.pdf", sidor)
    got = [
        (k.sidor, k.diarienummer, k.stallningstagande, [b.kod for b in k.brister], k.expedieras_till)
        for k in kontrollera_fil(fil)
    ]
    assert got == [
        ((1, 2), "ALN 2024-00001", "tillstyrker", [], ("1. Kommunstyrelsen.",)),
        (
            (4, 5),
            "ALN 2024-00002",
            None,
            ["SAKNAR_STALLNINGSTAGANDE", "PLATSHALLARE_KVAR"],
            ("1. Kommunstyrelsen.",),
        ),
        ((6, 7), "ALN 2024-00003", "avstyrker", [], ("1. Kommunstyrelsen, ks.diarium@boras.se",)),
    ]
