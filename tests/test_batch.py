"""Batches go file by file: any exception from one file is its one `Fel:` line; the rest is reported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.batch import run_batch, som_fel
from remiss.cli import cli
from remiss.errors import InputError, RemissError

from .conftest import SAMPLES
from .test_kontroll_hjalp import skriv_yttrande

BRA_REMISS = SAMPLES / "skolsegregation.pdf"


def trasig_docx(tmp_path: Path) -> Path:
    """Return a .docx whose document.xml is cut in half (python-docx raises lxml's XMLSyntaxError)."""
    from docx import Document

    hel = tmp_path / "hel.docx"
    document = Document()
    document.add_paragraph("Yttrande över remiss: trasig")
    document.save(str(hel))
    trasig = tmp_path / "trasig.docx"
    with zipfile.ZipFile(hel) as zin, zipfile.ZipFile(trasig, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    return trasig


def test_any_exception_becomes_that_files_error() -> None:
    """ValueError, pdfminer's and lxml's exceptions are collected per file; the other files are read."""
    from lxml.etree import XMLSyntaxError
    from pdfminer.pdfparser import PDFSyntaxError

    def las(fil: str) -> str:
        if fil == "a":
            raise PDFSyntaxError("No /Root object!")
        if fil == "b":
            raise XMLSyntaxError("AttValue: ' expected", 1, 2, 3)
        if fil == "c":
            raise ValueError("")
        return fil.upper()

    handelser: list[str] = []
    batch = run_batch(["a", "b", "c", "d"], las, on_error=lambda f, e: handelser.append(f"fel {f}"),
                      on_result=lambda f, r: handelser.append(f"ok {f} {r}"))
    assert handelser == ["fel a", "fel b", "fel c", "ok d D"]
    assert batch.results == [("d", "D")]
    assert [(f, e.line()) for f, e in batch.errors] == [
        ("a", "a: filen kunde inte läsas (PDFSyntaxError: No /Root object!). Kontrollera att filen är hel "
              "(öppna den och spara den på nytt); kör med --debug om felet består."),
        ("b", "b: filen kunde inte läsas (XMLSyntaxError: AttValue: ' expected (line 2)). "
              "Kontrollera att filen är hel "
              "(öppna den och spara den på nytt); kör med --debug om felet består."),
        ("c", "c: filen kunde inte läsas (ValueError). Kontrollera att filen är hel "
              "(öppna den och spara den på nytt); kör med --debug om felet består."),
    ]
    assert batch.summary() == "4 filer: 1 lästa, 3 med fel."


def test_our_errors_keep_their_message_and_get_the_file() -> None:
    """A RemissError without a file is given the batch's file name; its own message is kept."""
    assert som_fel("x.pdf", InputError("PDF:en är krypterad.")).line() == "x.pdf: PDF:en är krypterad."
    assert som_fel("x.pdf", InputError("tom.", fil="y.pdf")).line() == "y.pdf: tom."


def test_debug_and_interrupts_go_through() -> None:
    """--debug re-raises the first error; Ctrl-C is never swallowed."""
    with pytest.raises(ZeroDivisionError):
        run_batch(["a"], lambda f: 1 / 0, debug=True)

    def avbryt(_fil: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(["a", "b"], avbryt)


def test_tolka_reports_every_other_file_past_a_broken_docx(tmp_path: Path) -> None:
    """`tolka` with a broken .docx first: one Fel line for it, the good PDF is reported, summary, exit 1."""
    trasig = trasig_docx(tmp_path)
    result = CliRunner().invoke(cli, ["tolka", str(trasig), str(BRA_REMISS)])
    assert result.exit_code == 1
    fel = [r for r in result.stderr.splitlines() if r.startswith("Fel:")]
    assert len(fel) == 1 and fel[0].startswith(f"Fel: {trasig}: Word-filen är trasig eller för stor (XML:en "
                                               "kan inte läsas")  # lxml's error, wrapped by read_docx
    assert "KS 2022-00304" in result.stdout
    assert result.stderr.splitlines()[-1] == "2 filer: 1 lästa, 1 med fel."
    assert "oväntat fel" not in result.output


def test_tolka_json_still_prints_the_good_files(tmp_path: Path) -> None:
    """`tolka --json` with a broken file between good ones prints valid JSON with every good file's remiss."""
    trasig = trasig_docx(tmp_path)
    result = CliRunner().invoke(cli, ["tolka", "--json", str(BRA_REMISS), str(trasig), str(BRA_REMISS)])
    assert result.exit_code == 1
    assert [r["diarienummer"] for r in json.loads(result.stdout)] == ["KS 2022-00304", "KS 2022-00304"]
    assert result.stderr.splitlines()[-1] == "3 filer: 2 lästa, 1 med fel."


def test_tolka_prints_each_file_before_reading_the_next(tmp_path: Path) -> None:
    """Human output comes file by file: the good file's result precedes the later file's error."""
    trasig = trasig_docx(tmp_path)
    result = CliRunner().invoke(cli, ["tolka", str(BRA_REMISS), str(trasig)])
    assert result.output.index("KS 2022-00304") < result.output.index(f"Fel: {trasig}")


def test_kontrollera_reports_every_other_file_past_library_errors(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`kontrollera`: a broken .docx (lxml) and a pdfminer error give a line each; the yttrande is checked."""
    from pdfminer.pdfparser import PDFSyntaxError

    import remiss.kontroll

    bra = skriv_yttrande(tmp_path / "y.docx", beslut=["Arbetslivsnämnden avstår från yttrande."])
    trasig = trasig_docx(tmp_path)
    pdfminerfel = tmp_path / "pdfminer.pdf"
    pdfminerfel.write_bytes(b"%PDF-1.4\n")
    riktig = remiss.kontroll.kontrollera_fil

    def kontrollera_fil(fil: str, **kwargs: object) -> object:
        if fil == str(pdfminerfel):
            raise PDFSyntaxError("No /Root object! - Is this really a PDF?")
        return riktig(fil, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(remiss.kontroll, "kontrollera_fil", kontrollera_fil)
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["kontrollera", *extra, str(trasig), str(pdfminerfel), str(bra)])
        assert result.exit_code == 1
        fel = [r for r in result.stderr.splitlines() if r.startswith("Fel:")]
        assert len(fel) == 2
        assert fel[0].startswith(f"Fel: {trasig}: Word-filen är trasig eller för stor")
        assert fel[1].startswith(f"Fel: {pdfminerfel}: filen kunde inte läsas (")
        assert "PDFSyntaxError: No /Root object!" in fel[1]
        assert result.stderr.splitlines()[-1] == ("1 yttrande kontrollerat i 3 filer: 1 utan brister, "
                                                  "0 med brister. 2 filer kunde inte läsas.")
        if extra:
            assert [k["stallningstagande"] for k in json.loads(result.stdout)] == ["avstar"]
        else:
            assert "Ställningstagande: avstår" in result.stdout


def test_an_error_is_not_raised_twice_as_remiss_error() -> None:
    """som_fel returns RemissError instances (the CLI's one handler prints them)."""
    assert isinstance(som_fel("f", OSError("disk")), RemissError)
