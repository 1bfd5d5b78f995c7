"""Header and file-name safety in `svar`, and bounded configuration values (issue 10)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.config import parse_config
from remiss.errors import ConfigError, InputError, TemplateError
from remiss.mail import filnamn, skriv_svar
from tests import fientliga
from tests.test_mail import CONFIG, make_remiss, parse, regeringskansliet, yttrande  # noqa: F401

INJECTION = "a@b.se\r\nBcc: spion@example.com"


def _headers(path: Path) -> list[str]:
    """Given an .eml, return its header lines (before the first blank line)."""
    return path.read_bytes().split(b"\r\n\r\n", 1)[0].decode().splitlines()


def test_till_with_a_line_break_is_refused(tmp_path: Path, yttrande: Path) -> None:  # noqa: F811
    """`svar --till` with CR/LF and a Bcc line is one Swedish line, and no .eml is written."""
    result = CliRunner().invoke(cli, ["svar", str(tmp_path / "x.pdf"), "--till", INJECTION])
    assert "oväntat fel" not in result.output
    with pytest.raises(InputError, match="--till innehåller en radbrytning"):
        skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml", till=INJECTION)
    assert not (tmp_path / "svar.eml").exists()


def test_till_that_is_no_address_is_refused(tmp_path: Path, yttrande: Path) -> None:  # noqa: F811
    """A --till without an @ is refused; a list of real addresses passes."""
    with pytest.raises(InputError, match="'kansliet' är ingen e-postadress"):
        skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=tmp_path / "a.eml", till="kansliet")
    result = skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=tmp_path / "b.eml",
                        till="a@b.se, Kalle Ek <k@x.se>")
    assert parse(result.fil)["To"] == "a@b.se, Kalle Ek <k@x.se>"


@pytest.mark.parametrize("field", ["titel", "svarsadress", "kopia", "amnesrad"])
def test_parsed_or_imported_values_cannot_add_a_header(tmp_path: Path, yttrande: Path,  # noqa: F811
                                                       field: str) -> None:
    """CR/LF in a title, reply address, copy address or missiv subject is cleaned: no Bcc header appears."""
    from remiss.domain import Krav

    changes: dict[str, object] = {"titel": f"Titel{INJECTION}", "diarienummer": None}
    if field == "svarsadress":
        changes = {"svarsadress": INJECTION}
    elif field == "kopia":
        changes = {"kopia": (INJECTION,)}
    elif field == "amnesrad":
        changes = {"krav": Krav(amnesrad=f"KS 1{INJECTION}")}
    result = skriv_svar(make_remiss(**changes), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml")
    headers = _headers(result.fil)
    assert not any(line.lower().startswith("bcc") for line in headers), headers
    message = parse(result.fil)
    assert message["Bcc"] is None
    if field == "svarsadress":
        assert message["To"] == "a@b.se"


def test_namnd_with_path_components_gives_a_safe_attachment_name(tmp_path: Path,
                                                                 yttrande: Path) -> None:  # noqa: F811
    """A nämnd "../../x" names the attachments x.docx and x.pdf, never a path; From stays one header."""
    pdf = yttrande.with_suffix(".pdf")
    pdf.write_bytes(b"%PDF-1.7 test")
    os.utime(pdf, (yttrande.stat().st_mtime + 5,) * 2)
    config = replace(CONFIG, namnd="../../x")
    result = skriv_svar(regeringskansliet(), yttrande, config=config, utfil=tmp_path / "svar.eml")
    assert result.bilagor == ("x.docx", "x.pdf")
    assert parse(result.fil)["From"] == '"../../x" <arbetsliv@boras.se>'


@pytest.mark.parametrize(("name", "expected"), [
    ("../../etc/passwd", "etc-passwd"), ("..\\..\\x", "x"), ("CON", "_CON"), ("nul.txt", "_nul.txt"),
    ("Nämnd\r\nX", "Nämnd X"), ("...", "Yttrande"), ("Kultur/fritid", "Kultur-fritid"),
    ("a" * 300, "a" * 100),
])
def test_filnamn_removes_paths_and_reserved_names(name: str, expected: str) -> None:
    """Separators, "..", control characters and Windows's reserved names never reach a file name."""
    assert filnamn(name) == expected


def test_svar_refuses_a_huge_yttrande(tmp_path: Path) -> None:
    """A yttrande over 50 MB is refused from its size before it is read (sparse file: no disk used)."""
    huge = tmp_path / "stort.docx"
    with huge.open("wb") as handle:
        handle.truncate(1 << 30)
    with pytest.raises(InputError, match=r"yttrandet är 1024,0 MB, större än gränsen 50,0 MB"):
        skriv_svar(make_remiss(), huge, config=CONFIG, utfil=tmp_path / "svar.eml")


def test_svar_refuses_a_docx_zip_bomb_as_yttrande(tmp_path: Path) -> None:
    """A small .docx that unpacks to 1 GiB is not attached (LibreOffice would unpack it for the PDF)."""
    bomb = fientliga.write_docx_bomb(tmp_path / "bomb.docx", gib=0.25)
    with pytest.raises(InputError, match="Word-filen är trasig eller för stor"):
        skriv_svar(make_remiss(), bomb, config=CONFIG, utfil=tmp_path / "svar.eml")


# --- configuration ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("beredningstid = 99999999999\n", "rad 1: 'beredningstid' ska vara ett heltal dagar, 0–365."),
    ('namnd = "Arbets\\r\\nBcc: x@y.se"\n', "rad 1: 'namnd' innehåller en radbrytning eller ett styrtecken"),
    ('epost = "inte en adress"\n', "rad 1: 'epost' ska vara en e-postadress"),
    ("sammantradesdagar = [9999-12-31]\n", "rad 1: sammanträdesdagen 9999-12-31 är inget rimligt datum"),
    (f'kommun = "{"x" * 2000}"\n', "rad 1: 'kommun' är 2000 tecken, fler än 1000."),
])
def test_config_values_are_bounded(text: str, expected: str) -> None:
    """Out-of-range numbers, line breaks, non-addresses and absurd dates are refused with file and line."""
    with pytest.raises(ConfigError) as caught:
        parse_config(text, fil="remiss.toml")
    assert caught.value.line().startswith(f"remiss.toml: {expected}")


@pytest.mark.parametrize("kind", ["dev", "fifo"])
def test_organisationer_must_be_a_regular_file(tmp_path: Path, kind: str) -> None:
    """`organisationer = "/dev/zero"` or a FIFO is refused without reading (no hang, no 12 GB)."""
    if kind == "dev":
        target = "/dev/zero"
    else:
        target = str(tmp_path / "org.json")
        os.mkfifo(target)
    (tmp_path / "remiss.toml").write_text(f'organisationer = "{target}"\n', encoding="utf-8")
    pdf = fientliga.write_pdf(tmp_path / "r.pdf", [b"<< /Type /Catalog /Pages 2 0 R >>",
                                                   b"<< /Type /Pages /Kids [] /Count 0 >>"])
    from remiss.match import load_organisationer

    with pytest.raises(ConfigError, match="organisationsfilen är ingen vanlig fil"):
        load_organisationer(target)
    result = CliRunner().invoke(cli, ["tolka", "--config", str(tmp_path / "remiss.toml"), "--organisationer",
                                      target, str(pdf)])
    assert "oväntat fel" not in result.output


def test_organisationer_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An organisation file over the limit is refused from its size."""
    from remiss import limits
    from remiss.match import load_organisationer

    big = tmp_path / "org.json"
    with big.open("wb") as handle:
        handle.truncate(limits.MAX_ORGANISATIONER + 1)
    with pytest.raises(ConfigError, match="större än gränsen 20 MB"):
        load_organisationer(big)


def test_utkast_refuses_a_zip_bomb_as_template(tmp_path: Path) -> None:
    """`utkast --mall` with a .docx that unpacks to 256 MiB is refused from the zip directory."""
    from remiss.draft import rendera

    bomb = fientliga.write_docx_bomb(tmp_path / "mall.docx", gib=0.25)
    with pytest.raises(TemplateError, match="mallen kan inte öppnas som Word-fil: Word-filen är trasig eller "
                                            "för stor"):
        rendera(bomb, {"titel": "x"})
