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
