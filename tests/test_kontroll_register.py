"""`kontrollera --register`: unknown diarienummer, svarsdatum passed, sender missing in 'expedieras till'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.domain import Remiss
from remiss.kontroll import kontrollera_fil
from tests.test_kontroll_hjalp import skriv_yttrande

SAMMANFATTNING = ["Programmet samlar stadens arbete mot hemlöshet i fem mål."]
IDAG = date(2024, 5, 10)


@dataclass(frozen=True)
class Post:
    """The fields of a RegisterPost the check reads."""

    id: int
    remiss: Remiss
    status: str
    svarsdatum: str | None


class FalsktRegister:
    """A register with one post, found by the sender's or the own diarienummer."""

    def __init__(self, post: Post, eget_dnr: str) -> None:
        self.post = post
        self.nycklar = {post.remiss.diarienummer, eget_dnr}

    def find_by_diarienummer(self, dnr: str) -> Post | None:
        return self.post if dnr in self.nycklar else None


def _post(status: str = "under_beredning", svarsdatum: str = "2024-05-31") -> Post:
    remiss = Remiss(
        fil="missiv.pdf",
        sidor=(1, 1),
        diarienummer="KS 2024-00304",
        avsandare="Kommunstyrelsen",
        titel="Program för test",
        svarsdatum=svarsdatum,
        svarsadress="ks.diarium@boras.se",
    )
    return Post(id=7, remiss=remiss, status=status, svarsdatum=svarsdatum)


def _koder(fil: Path, register: object) -> list[str]:
    [kontroll] = kontrollera_fil(fil, register=register, idag=IDAG)
    return [b.kod for b in kontroll.brister]


def _yttrande(tmp_path: Path, **kwargs: object) -> Path:
    return skriv_yttrande(
        tmp_path / "y.docx",
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        sammanfattning=SAMMANFATTNING,
        **kwargs,
    )  # type: ignore[arg-type]


def test_kant_diarienummer_utan_brister(tmp_path: Path) -> None:
    """The own dnr is in the register, svarsdatum ahead, the sender in 'expedieras till': no brist."""
    assert _koder(_yttrande(tmp_path), FalsktRegister(_post(), "ALN 2024-00100")) == []


def test_avsandarens_dnr_i_texten_racker(tmp_path: Path) -> None:
    """The sender's dnr mentioned in the yttrande finds the post when the own dnr is unknown."""
    fil = _yttrande(tmp_path, brodtext=["Remissen har diarienummer KS 2024-00304 hos Kommunstyrelsen."])
    assert _koder(fil, FalsktRegister(_post(), "ALN 2099-00001")) == []


def test_okant_diarienummer(tmp_path: Path) -> None:
    """A dnr the register does not know gives OKANT_DIARIENUMMER."""
    assert _koder(_yttrande(tmp_path), FalsktRegister(_post(), "ALN 2099-00001")) == ["OKANT_DIARIENUMMER"]


def test_svarsdatum_passerat(tmp_path: Path) -> None:
    """An open remiss whose svarsdatum is before today gives SVARSDATUM_PASSERAT; an answered one does not."""
    fil = _yttrande(tmp_path)
    assert _koder(fil, FalsktRegister(_post(svarsdatum="2024-05-01"), "ALN 2024-00100")) == [
        "SVARSDATUM_PASSERAT"
    ]
    besvarad = _post(status="besvarad", svarsdatum="2024-05-01")
    assert _koder(fil, FalsktRegister(besvarad, "ALN 2024-00100")) == []


@pytest.mark.parametrize("rader", [["1. Kulturnämnden."], []])
def test_expedieras_saknar_avsandaren(tmp_path: Path, rader: list[str]) -> None:
    """'Beslutet expedieras till' without the sender gives EXPEDIERAS_SAKNAR_AVSANDARE."""
    fil = _yttrande(tmp_path, expedieras=rader)
    assert _koder(fil, FalsktRegister(_post(), "ALN 2024-00100")) == ["EXPEDIERAS_SAKNAR_AVSANDARE"]


def test_svarsadressen_racker_som_avsandare(tmp_path: Path) -> None:
    """The sender's reply address in 'expedieras till' names the sender."""
    fil = _yttrande(tmp_path, expedieras=["1. ks.diarium@boras.se"])
    assert _koder(fil, FalsktRegister(_post(), "ALN 2024-00100")) == []


def test_mot_riktigt_register(tmp_path: Path) -> None:
    """Real register (SQLite): a registered remiss is found by the sender's dnr, an unknown one is not."""
    from remiss.register import open_register

    url = f"sqlite:///{tmp_path / 'remiss.db'}"
    with open_register(url) as reg:
        reg.add(_post().remiss, sha256="a" * 64, kalla_fil="missiv.pdf")
    kand = _yttrande(tmp_path, brodtext=["Ärendet har diarienummer KS 2024-00304."])
    result = CliRunner().invoke(
        cli, ["kontrollera", "--register", "--databas", url, "--idag", "2024-05-10", str(kand)]
    )
    assert result.exit_code == 0, result.output
    okand = skriv_yttrande(tmp_path / "okand.docx", beslut=["Arbetslivsnämnden avstår från yttrande."])
    result = CliRunner().invoke(cli, ["kontrollera", "--register", "--databas", url, str(okand)])
    assert result.exit_code == 3
    assert "Brist OKANT_DIARIENUMMER: Diarienumret (ALN 2024-00100) finns inte i registret." in result.output


def test_register_som_inte_kan_oppnas(tmp_path: Path) -> None:
    """A register that cannot be opened is one 'Fel:' line and exit 1."""
    fil = _yttrande(tmp_path)
    result = CliRunner().invoke(
        cli, ["kontrollera", "--register", "--databas", f"sqlite:///{tmp_path}/finns/inte/r.db", str(fil)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Fel: det finns inget register i ")
    assert not (tmp_path / "finns").exists()
