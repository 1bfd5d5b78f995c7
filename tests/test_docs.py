"""Every command has Swedish help and is documented in the README."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from remiss.cli import COMMANDS, cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help_and_is_documented(name: str) -> None:
    """`remiss NAME --help` works and the README shows `remiss NAME`."""
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Användning:" in result.output and "Visa den här hjälpen" in result.output
    assert f"remiss {name}" in README


def test_readme_starts_with_the_two_commands() -> None:
    """The README's first code block holds `make demo` and `make test`."""
    first_block = README.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_ends_with_examples(name: str) -> None:
    """Every command's help ends with "Exempel:" and at least one `$ remiss NAME …` line."""
    output = CliRunner().invoke(cli, [name, "--help"]).output
    tail = output.rstrip().split("Exempel:")[-1]
    assert "Exempel:" in output
    assert tail.strip().startswith(f"$ remiss {name}")


ENGLISH = ("Usage", "Error", "Options", "[OPTIONS]", "Did you mean", "is not", "INTEGER", "RANGE", "x>=",
           "<=x", "required", "default:", "Show this", "Missing", "No such", "Try '", "integer", "choose")


@pytest.mark.parametrize("args", [
    ["registera"], ["registrera", "--jobs", "2", "x"], ["registrera", "--jobb", "0", "x"],
    ["lista", "--format", "pdf"], ["lista", "--inom", "x"], ["lista", "--inom"],
    ["lista", "--status", "klar"],
    ["uppdatera", "abc"], ["uppdatera"], ["tolka"], ["utkast", "1", "--nr", "0"], ["kontrollera", "--json"],
    ["visa", "1", "2"], ["--hjalp"],
], ids=lambda a: " ".join(a))
def test_no_english_from_click(args: list[str]) -> None:
    """A usage error is reported in Swedish only: click's English never reaches the user."""
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "Fel: " in result.output
    assert [word for word in ENGLISH if word in result.output] == []


@pytest.mark.parametrize("name", ["", *sorted(COMMANDS)])
def test_no_english_in_help(name: str) -> None:
    """No help text carries click's English ([OPTIONS], INTEGER RANGE, [x>=1], default: …)."""
    output = CliRunner().invoke(cli, [name, "--help"] if name else ["--help"]).output
    assert [word for word in ENGLISH if word in output] == []
