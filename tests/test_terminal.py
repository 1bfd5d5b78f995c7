"""Nothing secret or dangerous reaches the terminal: passwords in database URLs, escapes in documents."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.errors import RegisterError
from remiss.terminal import dolj_losenord, ren
from tests.test_register_fixtures import make_remiss

ELAK = "\x1b]0;ägd\x07Program\x1b[2J mot\x1b[31m hemlöshet\x9b1m\r\u202e"
HEMLIGT = "hemligt-l0sen"


def test_ren_strips_escape_sequences_and_control_characters() -> None:
    """OSC, CSI, C1, carriage return and bidi overrides go; letters, tab and newline stay."""
    assert ren(ELAK) == "Program mot hemlöshet"
    assert ren("a\tb\nc å\x00\x7f") == "a\tb\nc å"


@pytest.mark.parametrize("text, expected", [
    (f"postgresql+psycopg://remiss:{HEMLIGT}@db/remiss", "postgresql+psycopg://remiss:***@db/remiss"),
    (f"'foo://u:{HEMLIGT}@h/d'", "'foo://u:***@h/d'"),
    (f"postgresql://h/d?user=u&password={HEMLIGT}&x=1", "postgresql://h/d?user=u&password=***&x=1"),
    ("sqlite:///remiss.db och postgresql://u@h/d", "sqlite:///remiss.db och postgresql://u@h/d"),
])
def test_passwords_are_hidden(text: str, expected: str) -> None:
    """User:password@ and password= in a URL become ***; URLs without a password are unchanged."""
    assert dolj_losenord(text) == expected


@pytest.mark.parametrize("url", [f"foo://remiss:{HEMLIGT}@db/remiss",
                                 f"postgresql+nosuchdriver://remiss:{HEMLIGT}@db/remiss",
                                 f"postgresql+psycopg://remiss:{HEMLIGT}@127.0.0.1:1/remiss"])
def test_no_database_message_shows_the_password(url: str, tmp_path: Path) -> None:
    """An unknown driver, a missing module or a refused connection: one Fel line, never the password."""
    result = CliRunner().invoke(cli, ["lista", "--databas", url])
    assert result.exit_code == 1
    assert result.output.startswith("Fel: ") and len(result.output.splitlines()) == 1
    assert HEMLIGT not in result.output
    assert "***" in result.output


def test_error_lines_are_cleaned() -> None:
    """A RemissError whose message carries document text prints without escape sequences."""
    assert RegisterError(f"titel '{ELAK}'", fil="a.pdf").line() == "a.pdf: titel 'Program mot hemlöshet'"


def test_register_output_has_no_escape_sequences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A title and sender with escape sequences: lista, visa, historik and registrera print them clean."""
    from remiss.register import open_register

    url = f"sqlite:///{tmp_path / 'r.db'}"
    remiss = replace(make_remiss(1), titel=ELAK, avsandare="Kommun\x1b[8mstyrelsen")
    with open_register(url) as reg:
        post = reg.add(remiss, sha256="a" * 64, kalla_fil="r.pdf")
    for args in (["lista"], ["visa", str(post.id)], ["historik", str(post.id)]):
        result = CliRunner().invoke(cli, [*args, "--databas", url])
        assert result.exit_code == 0, result.output
        assert "Program mot hemlöshet" in result.output or "Program mot hem" in result.output, args
        assert "\x1b" not in result.output and "\x9b" not in result.output and "\r" not in result.output, args
        assert "\u202e" not in result.output


def test_tolka_output_has_no_escape_sequences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`tolka` on a file whose text carries escape sequences prints the fields clean."""
    import remiss.pipeline

    fil = tmp_path / "r.pdf"
    fil.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(remiss.pipeline, "tolka_fil",
                        lambda f, **kw: [replace(make_remiss(1), fil=str(f), titel=ELAK)])
    result = CliRunner().invoke(cli, ["tolka", str(fil)])
    assert result.exit_code == 0, result.output
    assert "Program mot hemlöshet" in result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
