"""`remiss kontrollera`: report, JSON, exit codes, bad files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from remiss.cli import cli
from tests.test_kontroll_hjalp import skriv_yttrande
from tests.test_kontroll_riktiga import _docx

SAMMANFATTNING = ["Programmet samlar stadens arbete mot hemlöshet i fem mål."]


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, ["kontrollera", *args])


def test_inga_brister_ger_slutkod_0(tmp_path: Path) -> None:
    """A complete yttrande exits 0 and says 'Inga brister.'."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        sammanfattning=SAMMANFATTNING,
    )
    result = _run(str(fil))
    assert result.exit_code == 0
    assert (
        'Ställningstagande: tillstyrker (i beslutet, sida 1: "Arbetslivsnämnden tillstyrker förslaget.")'
        in result.output
    )
    assert "Inga brister." in result.output
    assert "1 yttrande kontrollerat i 1 fil: 1 utan brister, 0 med brister." in result.output


def test_brister_ger_slutkod_3(tmp_path: Path) -> None:
    """A yttrande without ställningstagande exits 3 and names the code."""
    fil = skriv_yttrande(
        tmp_path / "y.docx", beslut=["Arbetslivsnämnden lämnar yttrande."], sammanfattning=SAMMANFATTNING
    )
    result = _run(str(fil))
    assert result.exit_code == 3
    assert "Brist SAKNAR_STALLNINGSTAGANDE: Yttrandet saknar ställningstagande" in result.output


def test_json(tmp_path: Path) -> None:
    """--json prints an array with one object per yttrande in the documented shape."""
    fil = skriv_yttrande(tmp_path / "y.docx", beslut=["Arbetslivsnämnden avstyrker motionen."])
    result = _run(str(fil), "--json")
    assert result.exit_code == 3
    [post] = json.loads(result.stdout)
    assert post == {
        "fil": str(fil),
        "sidor": [1, 1],
        "diarienummer": "ALN 2024-00100",
        "titel": "Yttrande över Remiss: Program för test",
        "stallningstagande": "avstyrker",
        "stallningstagande_kalla": {"sida": 1, "text": "Arbetslivsnämnden avstyrker motionen."},
        "stallningstagande_del": "beslut",
        "delar": [],
        "har_sammanfattning": False,
        "brister": [{"kod": "SAKNAR_SAMMANFATTNING", "text": post["brister"][0]["text"]}],
        "expedieras_till": ["1. Kommunstyrelsen."],
        "anmarkningar": [],
        "igenkant": True,
        "igenkanning": "",
    }


def test_trasig_fil_stoppar_inte_batchen(tmp_path: Path) -> None:
    """A missing and a broken file get one 'Fel:' line each; the good file is still checked; exit 1."""
    bra = skriv_yttrande(tmp_path / "y.docx", beslut=["Arbetslivsnämnden avstår från yttrande."])
    trasig = tmp_path / "trasig.pdf"
    trasig.write_bytes(b"%PDF-1.4\n trasig")
    result = _run(str(tmp_path / "saknas.pdf"), str(trasig), str(bra))
    assert result.exit_code == 1
    assert f"Fel: {tmp_path / 'saknas.pdf'}: filen finns inte. Kontrollera sökvägen." in result.output
    assert f"Fel: {trasig}: PDF:en är trasig" in result.output
    assert "Ställningstagande: avstår" in result.output
    assert (
        "1 yttrande kontrollerat i 3 filer: 1 utan brister, 0 med brister. 2 filer kunde inte läsas."
        in result.output
    )


def test_fil_utan_yttrande(tmp_path: Path) -> None:
    """A document with no yttrande says so and exits 0."""
    from docx import Document

    document = Document()
    document.add_paragraph("Budget 2024")
    document.add_paragraph("Nämnden godkänner budgeten.")
    document.save(str(tmp_path / "budget.docx"))
    result = _run(str(tmp_path / "budget.docx"))
    assert result.exit_code == 0
    assert "inget yttrande hittades" in result.output


def test_felaktigt_datum_ar_anvandningsfel(tmp_path: Path) -> None:
    """A bad --idag is a usage error (exit 2)."""
    result = _run("--idag", "igår", str(tmp_path / "x.docx"))
    assert result.exit_code == 2


def test_utkast_fran_remiss_utkast(tmp_path: Path) -> None:
    """A `remiss utkast` draft without a ställningstagande is caught; with one it passes (a note only)."""
    from tests.conftest import SAMPLES

    remiss_pdf = SAMPLES / "hemloshet.pdf"
    runner = CliRunner()
    utan, med = tmp_path / "utan.docx", tmp_path / "med.docx"
    made = [
        runner.invoke(cli, ["utkast", str(remiss_pdf), "-o", str(utan), "--dnr", "ALN 2022-00089 1.1.3.1"]),
        runner.invoke(
            cli,
            [
                "utkast",
                str(remiss_pdf),
                "-o",
                str(med),
                "--dnr",
                "ALN 2022-00089 1.1.3.1",
                "--stallningstagande",
                "tillstyrker",
            ],
        ),
    ]
    assert [r.exit_code for r in made] == [0, 0], [r.output for r in made]
    assert utan.exists() and med.exists()
    result = _run("--json", str(utan), str(med))
    assert result.exit_code == 3
    first, second = json.loads(result.stdout)
    assert [b["kod"] for b in first["brister"]] == ["SAKNAR_STALLNINGSTAGANDE", "PLATSHALLARE_KVAR"]
    assert "[STÄLLNINGSTAGANDE SAKNAS" in first["brister"][1]["text"]
    assert (second["stallningstagande"], second["har_sammanfattning"]) == ("tillstyrker", True)
    assert second["brister"] == []
    assert "[FÖRSLAG]" in second["anmarkningar"][0]
    assert _run(str(med)).exit_code == 0
    assert second["diarienummer"] == "ALN 2022-00089"


def test_ett_oigenkant_svar_kontrolleras_i_sin_helhet(tmp_path: Path) -> None:
    """A short file that names a remiss but reads as no yttrande to the cues nor to the learned type (a
    tjänsteanteckning on how a betänkande is prepared) is checked as a whole all the same, its dnr read, and
    the report says it was not recognised instead of reporting nothing."""
    fil = _docx(
        tmp_path / "anteckning.docx",
        "Tjänsteanteckning", "Dnr MN 2024/0311",
        "Ändrade föreskrifter för lantbrukets djurhållning",
        "Betänkandet har kommit till nämnden och fördelats till enheten för miljöskydd. Handläggare är "
        "Anna Berg. Det ska beredas till nämndens sammanträde i maj, och förvaltningen tar fram ett "
        "underlag om vad förslaget innebär för tillsynen.",
    )
    result = _run(str(fil), "--json")
    [post] = json.loads(result.stdout)
    assert post["igenkant"] is False
    assert post["diarienummer"] == "MN 2024/0311"
    assert post["stallningstagande"] is None
    assert "1 fil kändes inte igen som yttrande och kontrollerades i sin helhet." in result.stderr
    assert "Obs: filen känns inte igen som ett yttrande" in _run(str(fil)).output


def test_protokollsutdrag_som_svar_utan_stallningstagande_kanns_igen(tmp_path: Path) -> None:
    """yttranden/goteborg-sn-nordost-demografiska-utmaningar: a nämnd's protocol extract 'Svar på remiss - …'
    whose decision is 'att inte ta ställning' was not recognised by the cues (its Ärendet quotes the remiss's
    own deadline); the learned type reads the answer (truth: yttrande, stance null)."""
    fil = _docx(
        tmp_path / "svar.docx",
        "Socialnämnd Nordost", "Utdrag ur protokoll Sammanträdesdatum: 2023-04-25", "§ 142 N163-0105/23",
        "Svar på remiss - Motion angående handlingsplan för att möta de demografiska utmaningarna i Göteborg",
        "Ärendet En remiss har inkommit från kommunstyrelsen för socialnämndens yttrande över motion av "
        "Elisabet Lann (KD) och Johanna Holmdahl (KD) om en handlingsplan för att möta de demografiska "
        "utmaningarna i Göteborg. Remissen har skickats till socialnämnderna Sydväst och Nordost samt ett "
        "antal andra nämnder. Remissen ska besvaras senast den 5 maj 2023.",
        "Beslut 1. Socialnämnd Nordost beslutar att inte ta ställning till motionen av Elisabet Lann (KD) "
        "och Johanna Holmdahl (KD) om en handlingsplan för att möta de demografiska utmaningarna i Göteborg",
    )
    result = _run(str(fil), "--json")
    [post] = json.loads(result.stdout)
    assert post["igenkant"] is True
    assert "typmodell: yttrande" in post["igenkanning"]
    assert post["diarienummer"] == "N163-0105/23"
    assert post["stallningstagande"] is None


def test_en_fil_som_inte_svarar_pa_nagot_ger_inget_yttrande(tmp_path: Path) -> None:
    """A short file that names no remiss, report or memo (a budget note) is no yttrande, recognised or not."""
    from docx import Document

    fil = tmp_path / "budget.docx"
    doc = Document()
    doc.add_paragraph("Budget 2025 för kultur- och fritidsnämnden")
    doc.add_paragraph("Nämnden har en ram på 212 miljoner kronor. Kostnaderna för lokaler ökar med fyra "
                      "procent och personalkostnaderna med tre procent. Ett underskott på två miljoner "
                      "kronor väntas, och förvaltningen föreslår besparingar inom fritidsgårdarna och "
                      "biblioteken.")
    doc.save(str(fil))
    result = _run(str(fil), "--json")
    assert json.loads(result.stdout) == []
    assert result.exit_code == 0
