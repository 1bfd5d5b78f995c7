"""OCR is bounded: at most max_ocr_sidor pages per file, a progress line per page, a notice at the bound."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss import ocr
from remiss.cli import cli
from remiss.config import config_from_dict
from remiss.domain import Line, Page
from remiss.errors import ConfigError

from .conftest import write_pdf


@pytest.fixture
def lasta(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Stand in for tesseract: every page OCR:ed is recorded and reads 'Sida N'."""
    read: list[int] = []

    def run_pages(fil: str, numbers: Sequence[int]) -> Iterable[tuple[Page | None, str | None]]:
        for n in numbers:
            read.append(n)
            yield Page(number=n, lines=(Line(text=f"Sida {n} lästes med OCR", page=n, number=1, ocr=True),),
                       ocr=True), None

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "_run_pages", run_pages)
    return read


def test_the_bound_stops_ocr_with_a_notice(lasta: list[int]) -> None:
    """7 scanned pages, bound 3: pages 1–3 are read, one progress line each, one notice names 4–7."""
    framsteg: list[str] = []
    obs: list[str] = []
    pages = ocr.ocr_pages("skannad.pdf", [7, 1, 2, 3, 4, 5, 6],
                          ocr.OcrGrans(max_sidor=3, framsteg=framsteg.append, obs=obs.append))
    assert sorted(pages) == [1, 2, 3] and lasta == [1, 2, 3]
    assert framsteg == [f"OCR: skannad.pdf: sida {n} klar ({n} av 3)" for n in (1, 2, 3)]
    assert obs == ["skannad.pdf: OCR stoppades vid gränsen 3 sidor; 4 skannade sidor till (sidorna 4–7) "
                   "lästes inte. Höj gränsen med --max-ocr-sidor eller max_ocr_sidor i remiss.toml."]


def test_under_the_bound_there_is_no_notice(lasta: list[int]) -> None:
    """Fewer pages than the bound: all read, no notice; the default bound is 50."""
    obs: list[str] = []
    assert sorted(ocr.ocr_pages("s.pdf", [1, 2], ocr.OcrGrans(obs=obs.append))) == [1, 2]
    assert obs == [] and ocr.OcrGrans().max_sidor == 50
    assert sorted(ocr.ocr_pages("s.pdf", range(1, 61))) == list(range(1, 51))


def test_tolka_flag_bounds_ocr_and_says_so(lasta: list[int], tmp_path: Path) -> None:
    """`tolka --max-ocr-sidor 2` on a 5-page PDF without text: two pages OCR:ed, an Obs line on stderr."""
    pdf = write_pdf(tmp_path / "skannad.pdf", [[] for _ in range(5)])
    result = CliRunner().invoke(cli, ["tolka", "--json", "--max-ocr-sidor", "2", str(pdf)])
    assert lasta == [1, 2]
    assert (f"Obs: {pdf}: OCR stoppades vid gränsen 2 sidor; 3 skannade sidor till (sidorna 3–5) lästes "
            "inte.") in result.stderr
    assert json.loads(result.stdout) == []


def test_config_sets_the_bound_and_the_flag_wins(lasta: list[int], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """max_ocr_sidor in remiss.toml bounds tolka; --max-ocr-sidor overrides it."""
    pdf = write_pdf(tmp_path / "skannad.pdf", [[] for _ in range(5)])
    (tmp_path / "remiss.toml").write_text("max_ocr_sidor = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    result = CliRunner().invoke(cli, ["tolka", str(pdf)])
    assert lasta == [1]
    assert "OCR stoppades vid gränsen 1 sida; 4 skannade sidor till (sidorna 2–5) lästes inte." in \
        result.stderr
    lasta.clear()
    CliRunner().invoke(cli, ["tolka", "--max-ocr-sidor", "4", str(pdf)])
    assert lasta == [1, 2, 3, 4]


def test_registrera_reports_the_bound(lasta: list[int], tmp_path: Path) -> None:
    """`registrera --max-ocr-sidor 1` prints the notice as an Obs line."""
    pdf = write_pdf(tmp_path / "skannad.pdf", [[] for _ in range(3)])
    result = CliRunner().invoke(cli, ["registrera", "--jobb", "1", "--max-ocr-sidor", "1", "--databas",
                                      f"sqlite:///{tmp_path / 'r.db'}", str(pdf)])
    assert f"Obs: {pdf}: OCR stoppades vid gränsen 1 sida; 2 skannade sidor till (sidorna 2–3)" in \
        result.stderr


@pytest.mark.parametrize("value", ['"50"', "-1", "true", "1.5"])
def test_config_refuses_a_bad_bound(value: str) -> None:
    """max_ocr_sidor must be a whole number of pages, 0 or more."""
    import tomllib

    with pytest.raises(ConfigError, match="'max_ocr_sidor' ska vara ett heltal sidor"):
        config_from_dict(tomllib.loads(f"max_ocr_sidor = {value}"))
    assert config_from_dict({"max_ocr_sidor": 7}).max_ocr_sidor == 7
