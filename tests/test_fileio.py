"""No existing file is overwritten without --force; writes are atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.errors import InputError
from remiss.fileio import skriv_atomiskt


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    """Writing over an existing file is refused in Swedish and the old bytes stay; --force replaces them."""
    target = tmp_path / "lista.csv"
    target.write_bytes(b"gammalt")
    with pytest.raises(InputError, match="filen finns redan"):
        skriv_atomiskt(b"nytt", target)
    assert target.read_bytes() == b"gammalt"
    skriv_atomiskt(b"nytt", target, force=True)
    assert target.read_bytes() == b"nytt"
    assert [p.name for p in tmp_path.iterdir()] == ["lista.csv"]  # no temp file left behind


@pytest.mark.parametrize("args", [["lista", "--format", "csv"], ["lista", "--format", "xlsx"], ["export"]])
def test_register_outputs_need_force(tmp_path: Path, args: list[str]) -> None:
    """`lista -o` and `export -o` refuse an existing file (exit 1, file unchanged) unless --force."""
    target = tmp_path / "ut.fil"
    target.write_bytes(b"gammalt")
    from remiss.register import open_register

    open_register(f"sqlite:///{tmp_path / 'r.db'}").close()
    base = [*args, "--databas", f"sqlite:///{tmp_path / 'r.db'}", "-o", str(target)]
    result = CliRunner().invoke(cli, base)
    assert result.exit_code == 1 and "filen finns redan" in result.stderr
    assert target.read_bytes() == b"gammalt"
    assert CliRunner().invoke(cli, [*base, "--force"]).exit_code == 0
    assert target.read_bytes() != b"gammalt"
