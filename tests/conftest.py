"""Shared fixtures: paths to samples and seeds, a pattern cache of its own, and the --update-golden switch."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "tests" / "seeds"  # copied from ../shared/seeds: the tests run without it


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Skriv om golden-filerna från koden (granska sedan diffen).")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def pattern_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pattern cache (remiss.recache) in tmp_path: bytecode writing on, nothing loaded yet, no memo."""
    import re
    import sys

    from remiss import recache

    path = tmp_path / "re.marshal"
    monkeypatch.setattr(recache, "cache_file", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(recache, "_LOADED", {})
    monkeypatch.setattr(recache, "_MEMOS", {})
    re.purge()
    return path


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """Given lines per page, write a plain text PDF with reportlab and return its path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800.0
        for line in lines:
            pdf.drawString(55, y, line)
            y -= 15
        pdf.showPage()
    pdf.save()
    return path
