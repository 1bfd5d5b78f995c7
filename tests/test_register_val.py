"""Which register is used is never a surprise: only registrera and import create a new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli


@pytest.fixture
def tom_mapp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder with no register configured."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_DATABAS", raising=False)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    return tmp_path


@pytest.mark.parametrize("args", [["lista"], ["visa", "1"], ["historik", "1"],
                                  ["uppdatera", "1", "--titel", "X"], ["export"], ["utkast", "1"],
                                  ["svar", "1", "--yttrande", "y.docx"], ["kontrollera-register"]],
                         ids=lambda a: a[0])
def test_no_command_but_registrera_creates_a_register(tom_mapp: Path, args: list[str]) -> None:
    """In a folder without remiss.db the command says where it looked and what to do, and creates nothing."""
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert result.output == (f"Fel: det finns inget register i {tom_mapp.resolve() / 'remiss.db'}. Gå till "
                             "mappen där registret ligger, ange det med --databas FIL (eller "
                             "REMISS_DATABAS), eller skapa ett nytt med remiss registrera.\n")
    assert list(tom_mapp.iterdir()) == []


def test_kontrollera_register_creates_nothing(tom_mapp: Path) -> None:
    """`kontrollera --register` without a register is an error, not a new empty file."""
    (tom_mapp / "y.docx").write_bytes(b"")
    result = CliRunner().invoke(cli, ["kontrollera", "--register", "y.docx", "--databas", "annan.db"])
    assert result.exit_code == 1
    assert "det finns inget register i" in result.output and "annan.db" in result.output
    assert not (tom_mapp / "annan.db").exists()


def test_import_creates_the_register(tom_mapp: Path) -> None:
    """`import` is one of the commands that may start a new register."""
    (tom_mapp / "export.json").write_text('{"format": "remiss-register", "version": 1, "remisser": []}',
                                          encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", "export.json"])
    assert result.output == "0 remisser importerade.\n"
    assert (tom_mapp / "remiss.db").exists()
