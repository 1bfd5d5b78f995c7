"""The command line: help, lazy imports, exit codes."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from remiss.cli import COMMANDS, HELP, cli


def test_help_lists_every_command() -> None:
    """`remiss --help` names every command with its Swedish help."""
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output
        assert name in HELP


def test_help_imports_no_heavy_library() -> None:
    """`remiss --help` imports neither spaCy, pdfplumber, SQLAlchemy nor Pillow."""
    code = (
        "import sys\nfrom remiss.cli import main\nsys.argv=['remiss','--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('spacy','pdfplumber','sqlalchemy','pypdfium2','docx','PIL')\n"
        "       if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_unknown_command_is_usage_error() -> None:
    """An unknown command exits 2."""
    result = CliRunner().invoke(cli, ["finnsinte"])
    assert result.exit_code == 2
