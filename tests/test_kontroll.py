"""The check on the seed meeting packages: the truth for every yttrande, read from the seed text."""

from __future__ import annotations

import pytest

from remiss.kontroll import kontrollera_handling
from tests.conftest import SEEDS
from tests.test_kontroll_hjalp import handling_fran_text

# (diarienummer, titel, ställningstagande, har sammanfattning, bristkoder, källtext) per yttrande, in order.
SANNING = {
    "000": [
        (
            "ALN 2022-00059",
            "Yttrande över Remiss: Riktlinjer för Kulturmiljövården",
            "avstar",
            False,
            [],
            "Arbetslivsnämnden avstår från yttrande.",
        ),
        (
            "ALN 2022-00060",
            "Yttrande över Remiss Miljöprogram",
            "tillstyrker",
            False,
            ["SAKNAR_SAMMANFATTNING"],
            "Arbetslivsnämnden tillstyrker Borås Stads Miljöprogram.",
        ),
        (
            "ALN 2022-00047",
            "Yttrande över Remiss Motion: Utveckla stödet för anhöriga till kriminella",
            "tillstyrker",
            False,
            ["SAKNAR_SAMMANFATTNING"],
            "Arbetslivsnämnden tillstyrker Remiss motionen ”Utveckla stödet till anhöriga kriminella”.",
        ),
    ],
    "002": [
        (
            "ALN 2024-00025",
            "Svar på Remiss: Uppföljning Överenskommelsen om samverkan mellan idéburna "
            "organisationer och Borås Stad",
            None,
            False,
            ["SAKNAR_STALLNINGSTAGANDE", "SAKNAR_SAMMANFATTNING"],
            None,
        ),
        (
            "ALN 2024-00009",
            "Yttrande över Remiss Motion: Aktualisera arbetet med finskt förvaltningsområde i hela staden",
            "avstyrker",
            True,
            [],
            "Arbetslivsnämnden avstyrker motionen.",
        ),
    ],
    "003": [
        (
            "ALN 2022-00082",
            "Yttrande över Remiss: Riktlinjer - delaktighet och inflytande för medborgare",
            "tillstyrker",
            False,
            ["SAKNAR_SAMMANFATTNING"],
            "Arbetslivsnämnden tillstyrker remissen Borås Stads Riktlinjer – delaktighet och inflytande för "
            "medborgare.",
        ),
        (
            "ALN 2022-00089",
            "Yttrande över Remiss: Program mot hemlöshet",
            "tillstyrker",
            True,
            [],
            "Arbetslivsnämnden beslutar att tillstyrka förslaget till program mot hemlöshet med de "
            "synpunkter som "
            "framkommer i nämndens yttrande.",
        ),
        (
            "ALN 2022-00096",
            "Yttrande Remiss Motion: Handlingsplan mot skolsegregationen",
            "tillstyrker",
            False,
            ["SAKNAR_SAMMANFATTNING"],
            "Arbetslivsnämnden tillstyrker remissen.",
        ),
    ],
}


def _seed(prefix: str) -> str:
    """Return the text of the seed whose name starts with prefix (tests/seeds)."""
    (found,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return found.read_text(encoding="utf-8")


def kontrollera_seed(prefix: str) -> list:
    """Return the check of a seed package read as a Handling of 40-line pages."""
    return kontrollera_handling(handling_fran_text(_seed(prefix), f"seed_{prefix}.txt"))


@pytest.mark.parametrize("prefix", sorted(SANNING))
def test_seedpaket_ger_sanningen(prefix: str) -> None:
    """Every yttrande in the seed package is found: dnr, titel, ställningstagande, sammanfattning, brister."""
    assert sammandrag(kontrollera_seed(prefix)) == [tuple(t) for t in SANNING[prefix]]


def sammandrag(kontroller: list) -> list[tuple]:
    """Given checks, return for each what the truth states: dnr, titel, stance, sammanfattning, codes."""
    return [
        (
            k.diarienummer,
            k.titel,
            k.stallningstagande,
            k.har_sammanfattning,
            [b.kod for b in k.brister],
            k.stallningstagande_kalla.text if k.stallningstagande_kalla else None,
        )
        for k in kontroller
    ]


@pytest.mark.parametrize("prefix", sorted(SANNING))
def test_seedpaket_stallningstagande_i_beslutet(prefix: str) -> None:
    """Each ställningstagande in the seeds is read from the beslut section, on a page inside the yttrande."""
    for kontroll in kontrollera_seed(prefix):
        if kontroll.stallningstagande is None:
            continue
        assert kontroll.stallningstagande_del == "beslut"
        assert kontroll.sidor[0] <= kontroll.stallningstagande_kalla.sida <= kontroll.sidor[1]


def test_seedpaket_sidor_overlappar_inte() -> None:
    """Page ranges are in order and the yttranden do not reach into each other."""
    for prefix in SANNING:
        kontroller = kontrollera_seed(prefix)
        for first, second in zip(kontroller, kontroller[1:], strict=False):
            assert first.sidor[0] <= first.sidor[1] <= second.sidor[0]


def test_protokollsutdrag_efter_yttrandet_raknas_inte() -> None:
    """'Miljö- och konsumentnämnden tillstyrker …' in the § 109 after the yttrande is not its stance."""
    miljo = kontrollera_seed("000")[1]
    assert miljo.stallningstagande == "tillstyrker"
    assert not any(b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE" for b in miljo.brister)
    assert "Miljö- och konsumentnämnden" not in miljo.stallningstagande_kalla.text


def test_expedieras_till_lases() -> None:
    """The 'Beslutet expedieras till' lines are read without the signatures under them."""
    kontroller = kontrollera_seed("000")
    assert [k.expedieras_till for k in kontroller] == [
        ("1. Kulturnämnden.",),
        ("1. Miljö- och konsumentnämnden, miljo@boras.se.",),
        ("1. Kommunstyrelsen.",),
    ]


def test_budgetdokument_har_inga_yttranden() -> None:
    """A budget document (seed 001) holds no yttrande."""
    assert kontrollera_seed("001") == []


def test_ocr_markeras_i_kallan() -> None:
    """A stance read from an OCR page says so in its source and in the report."""
    from dataclasses import replace

    from remiss.domain import Handling
    from remiss.kontroll.rapport import format_kontroll

    handling = handling_fran_text(_seed("000"), "skannad.pdf")
    pages = tuple(
        replace(p, ocr=True, lines=tuple(replace(line, ocr=True) for line in p.lines)) for p in handling.pages
    )
    kontroll = kontrollera_handling(Handling(fil="skannad.pdf", pages=pages))[0]
    assert kontroll.stallningstagande_kalla.ocr
    assert kontroll.to_dict()["stallningstagande_kalla"]["ocr"] is True
    assert "läst med OCR" in format_kontroll(kontroll)
    assert "saknas (behövs inte när nämnden avstår)" in format_kontroll(kontroll)


def test_to_dict_och_from_dict() -> None:
    """A Yttrandekontroll survives its JSON form."""
    from remiss.kontroll import Yttrandekontroll

    for kontroll in kontrollera_seed("002"):
        assert Yttrandekontroll.from_dict(kontroll.to_dict()) == kontroll


@pytest.mark.parametrize(
    ("rad", "dnr"),
    [
        ("Dnr ALN 2022-00096 1.1.3.1", "ALN 2022-00096"),
        ("Dnr: 2022-1430", "2022-1430"),
        ("Diarienummer: Fi2023/01234", "Fi2023/01234"),
        ("Dnr S2023/01234", "S2023/01234"),
        ("Dnr KS 2023/145", "KS 2023/145"),
        ("Dnr 451-12345-2023", "451-12345-2023"),
        ("§ 19 Dnr FOFN 2023-002002.3.1.0", "FOFN 2023-00200"),
        ("Dnr: XXXXXXXXXXXX", None),
        ("Ärendenr: | NV-05012-14", "NV-05012-14"),  # the value in the next table cell (k04)
        ("PM 2016:122 RIX (Dnr /2016)", None),  # digits lost in the transcript (k12)
        ("Dnr 2016/0166 KS-2", "2016/0166 KS-2"),  # Sollentuna: the diarium after the number
    ],
)
def test_diarienummer_utan_klassificering(rad: str, dnr: str | None) -> None:
    """The diarienummer is read in its own form, without the klassificering after it."""
    from remiss.domain import Line
    from remiss.kontroll.hitta import _diarienummer

    assert _diarienummer([Line(text=rad, page=1, number=1)]) == dnr
