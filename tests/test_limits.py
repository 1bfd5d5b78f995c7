"""Tests of remiss.limits and the readers: hostile and broken files give one Swedish line, never gigabytes.

The bombs are made in the test (a few MB on disk); memory is measured in a child process with an address
space limit, never time.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.errors import InputError
from remiss.limits import check_docx, check_pdf_streams, regular_file
from remiss.read import read_file
from tests import fientliga
from tests.conftest import write_pdf

MAX_MB = 600
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def bomber(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three big bombs, made once for the module."""
    folder = tmp_path_factory.mktemp("bomber")
    return {"docx": fientliga.write_docx_bomb(folder / "bomb.docx"),
            "flate": fientliga.write_flate_bomb_pdf(folder / "flate.pdf"),
            "bild": fientliga.write_image_bomb_pdf(folder / "bild.pdf")}


def _one_error_line(err: str) -> str:
    """Given a child's stderr, return its one Fel: line (asserting there is exactly one and no traceback)."""
    lines = [line for line in err.splitlines() if not line.startswith(fientliga.PEAK_MARK)]
    assert len(lines) == 1, err
    assert lines[0].startswith("Fel: ") and "oväntat fel" not in lines[0], err
    return lines[0]


# --- Word files ---------------------------------------------------------------------------------


def test_docx_zip_bomb_refused_from_the_zip_directory_under_600_mb(bomber: dict[str, Path]) -> None:
    """A 1 GiB document.xml in a 3 MB .docx is refused by `tolka` with one line, using little memory."""
    code, _, err, peak = fientliga.run_measured(fientliga.measured_cli(["tolka", str(bomber["docx"])]),
                                                env=fientliga.child_env())
    line = _one_error_line(err)
    assert code == 1
    assert "Word-filen är trasig eller för stor" in line and "word/document.xml" in line
    assert 0 < peak < MAX_MB


def test_check_docx_refuses_many_parts(tmp_path: Path) -> None:
    """A zip with more parts than any Word file has is refused before reading."""
    path = tmp_path / "manga.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(2100):
            archive.writestr(f"x/{number}.xml", b"<a/>")
    with pytest.raises(InputError, match="2100 delar"):
        check_docx(path)


def test_check_docx_refuses_a_high_ratio_part(tmp_path: Path) -> None:
    """A part packed 1000 times (zeros) is a bomb even when below the size limit."""
    path = tmp_path / "kvot.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (20 << 20))
    with pytest.raises(InputError, match="packad .* gånger"):
        check_docx(path)


@pytest.mark.parametrize(("name", "xml"), [
    ("entitetsbomb", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;'
                     b'&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document ' + W
                     + b'><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'),
    ("dtd-efter-kommentar", b'<?xml version="1.0"?><!--' + b"x" * 9000 + b'--><!DOCTYPE d [<!ENTITY a "'
                            + b"a" * 100 + b'"><!ENTITY b "' + b"&a;" * 100 + b'"><!ENTITY c "' + b"&b;" * 100
                            + b'"><!ENTITY d "' + b"&c;" * 100 + b'">]><w:document ' + W
                            + b'><w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>'),
    ("trasig-xml", b'<?xml version="1.0"?><w:document ' + W + b'><w:body><w:p><w:r><w:t>avkort'),
    ("nastlade-tabeller", b'<?xml version="1.0"?><w:document ' + W + b'><w:body>'
                          + b"<w:tbl><w:tr><w:tc>" * 3000 + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * 3000
                          + b"</w:body></w:document>"),
])
def test_broken_word_xml_gives_one_swedish_line(tmp_path: Path, name: str, xml: bytes) -> None:
    """An entity bomb, malformed XML or 3000 nested tables: `tolka` says the Word file is broken."""
    path = fientliga.write_docx(tmp_path / f"{name}.docx", xml)
    result = CliRunner().invoke(cli, ["tolka", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Fel: {path}: Word-filen är trasig"), result.output
    assert "oväntat fel" not in result.output and result.output.count("\n") == 1


def test_a_normal_docx_still_reads(tmp_path: Path) -> None:
    """The limits let an ordinary Word file through."""
    path = fientliga.write_docx(tmp_path / "ok.docx", b'<?xml version="1.0"?><w:document ' + W
                                + "><w:body><w:p><w:r><w:t>Yttrande över remiss</w:t></w:r></w:p>"
                                "</w:body></w:document>".encode())
    assert [line.text for line in read_file(path).pages[0].lines] == ["Yttrande över remiss"]


# --- PDF ------------------------------------------------------------------------------------------


def test_pdf_flate_bomb_refused_under_600_mb(bomber: dict[str, Path]) -> None:
    """A content stream that expands to 1 GiB is refused by `tolka` before pdfium loads the page."""
    code, _, err, peak = fientliga.run_measured(fientliga.measured_cli(["tolka", str(bomber["flate"])]),
                                                env=fientliga.child_env())
    line = _one_error_line(err)
    assert code == 1
    assert "komprimerad ström som packas upp till mer än 64,0 MB" in line
    assert 0 < peak < MAX_MB


def test_pdf_image_bomb_not_rendered_for_ocr_under_600_mb(bomber: dict[str, Path]) -> None:
    """A 40000×40000 image on a page without text is refused before rendering it for OCR."""
    code = (fientliga.PEAK_REPORT
            + "from remiss.errors import InputError\nfrom remiss.ocr import render_page\n"
            f"try:\n    render_page({str(bomber['bild'])!r}, 1)\nexcept InputError as exc:\n"
            "    print(exc.line())\n")
    status, out, err, peak = fientliga.run_measured(code, env=fientliga.child_env())
    assert status == 0, err
    assert "sidan har en bild på 40000×40000 bildpunkter" in out and "Skanna sidan" in out
    assert 0 < peak < MAX_MB


def test_pdf_streams_of_a_real_pdf_pass(tmp_path: Path) -> None:
    """An ordinary PDF (reportlab, compressed content) passes the stream check and reads."""
    path = write_pdf(tmp_path / "ok.pdf", [["Remiss: Test", "Svar senast den 2026-03-01"]])
    check_pdf_streams(path)
    assert read_file(path).pages[0].lines[0].text == "Remiss: Test"


def test_pdf_stream_limit_counts_expanded_bytes(tmp_path: Path) -> None:
    """A stream just over a (lowered) limit is refused; one under it passes."""
    path = fientliga.write_flate_bomb_pdf(tmp_path / "liten.pdf", gib=2 / 1024)
    check_pdf_streams(path, limit=3 << 20)
    with pytest.raises(InputError, match="packas upp till mer än 1,0 MB"):
        check_pdf_streams(path, limit=1 << 20)


# --- files that are not regular files -------------------------------------------------------------


@pytest.mark.parametrize("name", ["remiss.pdf", "remiss.docx", "remiss.eml", "remiss.msg", "remiss"])
def test_fifo_refused_without_hanging(tmp_path: Path, name: str) -> None:
    """A FIFO (any name) is refused before it is opened (opening it would wait for a writer forever)."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = CliRunner().invoke(cli, ["tolka", str(fifo)])
    assert result.exit_code == 1
    assert result.output == (f"Fel: {fifo}: är ingen vanlig fil (utan en FIFO, en enhet eller standard in). "
                             "Spara innehållet som en fil och ange den filen.\n")


def test_dev_stdin_refused_in_a_real_process(tmp_path: Path) -> None:
    """`remiss tolka /dev/stdin` fed by a pipe is refused with the same line, not "oväntat fel"."""
    read_end, write_end = os.pipe()
    os.write(write_end, b"%PDF-1.4 not really")
    os.close(write_end)
    code, _, err, _ = fientliga.run_measured(fientliga.measured_cli(["tolka", "/dev/stdin"]),
                                             env=fientliga.child_env(), stdin=read_end)
    os.close(read_end)
    assert code == 1
    assert "är ingen vanlig fil" in _one_error_line(err)


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_devices_refused(path: str) -> None:
    """A device is never read (/dev/zero would never end)."""
    with pytest.raises(InputError, match="ingen vanlig fil"):
        regular_file(path)


def test_folder_refused(tmp_path: Path) -> None:
    """A folder gets the line that says to name the files in it."""
    with pytest.raises(InputError, match="är en mapp"):
        read_file(tmp_path)


def test_streams_are_those_finditer_finds() -> None:
    """limits._streams, tried only where b"stream" stands, yields _STREAM.finditer's matches."""
    from remiss import limits

    data = (b"1 0 obj <</Length 5>>stream\nabcde endstream\r\nxstream\n2 0 obj <<>>stream\r\n"
            b"streamstream\nendstreamstream\n stream")
    assert [m.span() for m in limits._streams(data)] == [m.span() for m in limits._STREAM.finditer(data)]
    for pdf in sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.pdf"))[:8]:
        raw = pdf.read_bytes()
        assert [m.span() for m in limits._streams(raw)] == [m.span() for m in limits._STREAM.finditer(raw)]
