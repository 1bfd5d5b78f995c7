"""`remiss tolka` from the command line: output, JSON, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli

from .conftest import SAMPLES

TRASIGA = SAMPLES / "trasiga"


def run(*args: str) -> tuple[int, str, str]:
    """Run `remiss ARGS`, return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_lists_every_remiss_in_a_package() -> None:
    """A meeting package with three missiv gives three JSON objects with ISO dates."""
    code, out, _ = run("tolka", "--json", str(SAMPLES / "paket" / "sammantrade_003.pdf"))
    assert code == 0
    data = json.loads(out)
    assert [r["diarienummer"] for r in data] == ["KS 2022-00667", "IFON 2022-00041", "KS 2022-00304"]
    assert all(r["dokumenttyp"] == "remiss" for r in data)
    assert data[2]["svarsdatum"] == "2022-12-11"


def test_human_output_counts_days_left() -> None:
    """The readable summary shows the deadline in Swedish with the days left."""
    code, out, _ = run("tolka", "--idag", "2022-12-01", str(SAMPLES / "skolsegregation.pdf"))
    assert code == 0
    assert "2022-12-11 (11 december 2022, om 10 dagar)" in out
    assert "Egen nämnd:     är remissinstans" in out


def test_no_remiss_is_empty_list_and_notice() -> None:
    """A budget document gives [] with --json, and a Swedish notice on stderr without."""
    budget = str(SAMPLES / "ovrigt" / "budget_001.pdf")
    code, out, _ = run("tolka", "--json", budget)
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run("tolka", budget)
    assert code == 0 and out == "" and "ingen remiss hittades" in err and "Närmast" not in err


def test_document_just_under_the_threshold_is_named_not_dropped() -> None:
    """tests/korpus/missiv/rk-uppdrag-trafikverket-2015 (a regeringsuppdrag, facit annat) names a remiss and a
    deadline but scores 3 of 4.5: the notice names it with its score and signals, so nothing near the
    threshold is dropped without a word, and the remiss is still not registered."""
    fil = str(Path(__file__).parent / "korpus" / "missiv" / "rk-uppdrag-trafikverket-2015.pdf")
    code, out, err = run("tolka", fil)
    assert code == 0 and out == ""
    assert "ingen remiss hittades" in err
    assert "Närmast en remiss: sida 1, missivpoäng 3 av 4,5 (svarsdatum (+2,5)" in err
    assert f"`remiss tolka {fil} --forklara`" in err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("inte_en_pdf.pdf", "är inte en PDF"),
        ("tom.pdf", "filen är tom"),
        ("avkortad.pdf", "trasig eller avkortad"),
        ("krypterad.pdf", "lösenordsskyddad"),
    ],
)
def test_bad_input_is_one_swedish_line(name: str, message: str) -> None:
    """Each bad file gives exit 1 and one 'Fel:' line on stderr that says what to do, no traceback."""
    path = TRASIGA / name
    if not path.exists():
        pytest.skip("trasiga exempel saknas")
    code, out, err = run("tolka", str(path))
    assert code == 1 and out == ""
    assert err.startswith("Fel: ") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_file_and_folder(tmp_path: Path) -> None:
    """A missing file and a folder are errors that name the path."""
    code, _, err = run("tolka", str(tmp_path / "saknas.pdf"))
    assert code == 1 and "filen finns inte" in err
    code, _, err = run("tolka", str(tmp_path))
    assert code == 1 and "är en mapp" in err


def test_batch_goes_on_past_a_bad_file() -> None:
    """One bad file does not stop the others; a summary ends the run and the exit code is 1."""
    code, out, err = run("tolka", "--json", str(TRASIGA / "tom.pdf"), str(SAMPLES / "skolsegregation.pdf"))
    assert code == 1
    assert [r["diarienummer"] for r in json.loads(out)] == ["KS 2022-00304"]
    assert "2 filer: 1 lästa, 1 med fel." in err


def test_debug_shows_traceback() -> None:
    """With --debug the error is raised, so a developer sees the traceback."""
    result = CliRunner().invoke(cli, ["--debug", "tolka", str(TRASIGA / "tom.pdf")])
    assert result.exit_code == 1 and result.exception is not None


def test_bad_idag_is_usage_error() -> None:
    """A malformed --idag is a usage error (exit 2) in Swedish."""
    code, _, err = run("tolka", "--idag", "igår", str(SAMPLES / "skolsegregation.pdf"))
    assert code == 2 and "ÅÅÅÅ-MM-DD" in err


def test_huge_pdf_over_limit(tmp_path: Path) -> None:
    """A PDF over --max-sidor is refused with advice; a 500-page PDF within the limit is read."""
    import pypdfium2 as pdfium

    big = pdfium.PdfDocument.new()
    source = pdfium.PdfDocument(str(SAMPLES / "paket" / "sammantrade_000.pdf"))
    while len(big) < 500:
        big.import_pages(source, list(range(min(len(source), 500 - len(big)))))
    path = tmp_path / "stor.pdf"
    big.save(str(path))
    code, _, err = run("tolka", "--max-sidor", "100", str(path))
    assert code == 1 and "500 sidor" in err and "--max-sidor" in err
    code, out, _ = run("tolka", "--json", str(path))
    assert code == 0 and len(json.loads(out)) >= 2


def test_scanned_pdf_without_ocr_says_ocr_is_needed() -> None:
    """With --ingen-ocr a PDF without a text layer is one Swedish line that says OCR is needed."""
    path = TRASIGA / "utan_textlager.pdf"
    if not path.exists():
        pytest.skip("trasiga exempel saknas")
    code, out, err = run("tolka", "--ingen-ocr", str(path))
    assert code == 1 and out == ""
    assert "saknar textlager" in err and "OCR" in err
