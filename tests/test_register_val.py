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


def _registrera_tom(mapp: Path, namn: str) -> Path:
    """Create an empty register file named namn in mapp (through `import`) and return its path."""
    (mapp / "tom.json").write_text('{"format": "remiss-register", "version": 1, "remisser": []}',
                                   encoding="utf-8")
    assert CliRunner().invoke(cli, ["import", "tom.json", "--databas", namn]).exit_code == 0
    return mapp / namn


def test_register_from_the_environment_is_named_when_not_the_configured_one(
        tom_mapp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """REMISS_DATABAS pointing away from remiss.toml's register: one notice on stderr, the password hidden."""
    (tom_mapp / "remiss.toml").write_text('databas = "remiss.db"\n', encoding="utf-8")
    monkeypatch.setenv("REMISS_DATABAS", "postgresql+psycopg://anv:hemligt@127.0.0.1:1/remiss")
    result = CliRunner().invoke(cli, ["lista"])
    assert result.exit_code == 1
    notice = result.stderr.splitlines()[0]
    assert notice == ("Obs: registret postgresql+psycopg://anv:***@127.0.0.1:1/remiss används (från "
                      "REMISS_DATABAS), inte det konfigurerade "
                      f"{tom_mapp.resolve() / 'remiss.db'} (i remiss.toml).")
    assert "hemligt" not in result.output


def test_register_from_the_command_line_is_named_in_human_mode_only(tom_mapp: Path) -> None:
    """--databas other than remiss.toml's register: named before a table, not before JSON."""
    annan = _registrera_tom(tom_mapp, "annan.db")
    (tom_mapp / "remiss.toml").write_text('databas = "remiss.db"\n', encoding="utf-8")
    human = CliRunner().invoke(cli, ["historik", "1", "--databas", "annan.db"])
    assert human.stderr.splitlines()[0] == (
        f"Obs: registret {annan.resolve()} används (från --databas), inte det konfigurerade "
        f"{tom_mapp.resolve() / 'remiss.db'} (i remiss.toml).")
    machine = CliRunner().invoke(cli, ["historik", "1", "--json", "--databas", "annan.db"])
    assert "Obs: registret" not in machine.output


def test_the_configured_register_named_another_way_gives_no_notice(
        tom_mapp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same file as a path in remiss.toml and a sqlite:/// URL in REMISS_DATABAS is no surprise."""
    register = _registrera_tom(tom_mapp, "remiss.db")
    (tom_mapp / "remiss.toml").write_text('databas = "remiss.db"\n', encoding="utf-8")
    monkeypatch.setenv("REMISS_DATABAS", f"sqlite:///{register.resolve()}")
    result = CliRunner().invoke(cli, ["lista"])
    assert result.exit_code == 0
    assert "Obs: registret" not in result.output


def test_kontrollera_register_hides_a_password_in_a_path(tom_mapp: Path) -> None:
    """A URL typed without its scheme is a file path; the refusal names it without the password."""
    result = CliRunner().invoke(cli, ["kontrollera-register", "--databas", "anv:hemligt@server/remiss"])
    assert result.exit_code == 1
    assert result.output == (f"Fel: det finns inget register i {tom_mapp.resolve()}/anv:***@server/remiss. "
                             "Gå till mappen där registret ligger, ange det med --databas FIL (eller "
                             "REMISS_DATABAS), eller skapa ett nytt med remiss registrera.\n")
