"""Speed work of session 31 (fart31): each shortcut gives what the code it stands in for gave."""

from __future__ import annotations

import ctypes
import random
import re
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from remiss import clean, layout, recache
from remiss.domain import Line
from remiss.pdfium import Handle

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _texts(alphabet: str, count: int = 3000, longest: int = 40) -> list[str]:
    """Return reproducible random texts over an alphabet."""
    rng = random.Random(31)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


# lines as page headers, footers and labels stand in the corpus, and prose; each also with other cells
LINES = [
    "Kommunstyrelsen MISSIV Sida 1(2)", "Sida 2 (3)", "2 av 3", "Sida", "REMISS", "Remiss", "missiv",
    "TJÄNSTESKRIVELSE", "Tjänsteskrivelse", "protokollsutdrag", "Näringsdepartementet | 1(2)",
    "Datum | Dnr", "Remiss av betänkandet (SOU 2024:1)Diarienummer: U2025/00797", "Vår beteckning",
    "Förslag till ändringar i miljöbalken REMISS", "Socialnämnden Remiss",
    "Yttrandet ska ha kommit in senast",
    "den 1 mars 2024 till kommunstyrelsen.", "Dnr KS 2024/123", "Sida 1 av 2", "1 (16) REMISS", "(2)",
    "Svar senast 2024-05-01 Sida", "Ärendenummer: 12", "Remissinstanser: se bilaga 3",
    "En lång rad text utan något särskilt som bara fortsätter och fortsätter",
]


def _line(text: str, **fields: Any) -> Line:
    """Return a line of page 2 with the text (and any position fields)."""
    return Line(text=text, page=2, number=5, **fields)


def test_a_plain_line_is_left_as_split_page_marker_and_split_glued_label_leave_it() -> None:
    """Every line _plain_line lets through is left unchanged by both splitters, as a label or in the text."""
    texts = LINES + [f"{a} {b}" for a in LINES for b in LINES[:8]]
    texts += _texts("Sida 1(2)av3 MISSIVREMISSDnr|xyz.", longest=30)
    plain = 0
    for text in texts:
        if not clean._plain_line(text.strip()):
            continue
        plain += 1
        line = _line(text, top=10.0, x0=5.0, x1=200.0, cells_x=())
        for i_texten in (False, True):
            assert clean.split_page_marker(line, i_texten=i_texten) == [line], text
        assert clean.split_glued_label(line) == [line], text
    assert plain > 500  # the shortcut is taken, not only tested on lines that fail it


def test_a_line_without_counters_passed_over_is_what_split_page_counter_gives() -> None:
    """_without_counters appends a line that opens with no digit (after no wrapped header's rest) as it is:
    that is what _split_counter returns for it, its counter pattern opening with a digit. So the shortcut
    changes nothing, without a copy of the function as it was: checked on page shapes and random lines."""
    head = [_line("Utlåtande - Förslag till sammanslagningsavtal för Vasa stad och Korsholms kommun"),
            _line("Stadsstyrelsen i Vasa")]
    texts = LINES + ["Stadsstyrelsen i Vasa", "kommun Stadsstyrelsen i Vasa Vi anser att", "  ", "Beslut",
                     "förslaget är bra.", "12 ärenden", "Ärendet", "٣ (4) Vi anser", "(2) Vasa"]
    passed = 0
    for text in texts + _texts("12 (3)av Vasa٣", count=400, longest=25):
        line = _line(text)
        if text.strip() and not text.strip()[0].isdecimal():
            passed += 1
            assert clean._split_counter(line, head) == ([line], ""), text
    assert passed > 200


def _footer_indexes_before(texts: list[str]) -> set[int]:
    """clean.footer_indexes as it was before session 31 (every line through the whole test)."""
    found: set[int] = set()
    run: list[int] = []
    labels: set[str] = set()
    after_bare_label = False

    def close() -> None:
        if len(labels) >= 3:
            found.update(run)
        run.clear()
        labels.clear()

    labelled = clean._may_hold_labels(texts)
    for index, text in enumerate(texts):
        inline = {m.group(0).lower() for m in clean._INLINE_LABEL.finditer(text)} if labelled else set()
        footerish = len(inline) >= 3 or len(inline) == 2 and clean._ADDRESS.search(text)
        footer_line = footerish or clean.FOOTER_LABEL.match(text) or after_bare_label and len(text) <= 45
        if (not footer_line or clean._prose(text) or index and clean._introduces(texts[index - 1])
                or footerish and (clean._opens_with_sentence(text)
                                  or index and clean._goes_on(texts[index - 1], text))):
            close()
            after_bare_label = False
        elif footerish:
            close()
            found.add(index)
            if len(inline) >= 3 and index + 1 < len(texts) and clean._values_row(texts[index + 1]):
                found.add(index + 1)
            after_bare_label = False
        elif label := clean.FOOTER_LABEL.match(text):
            run.append(index)
            labels.update(inline or {text.lower()})
            after_bare_label = len(text.rstrip(":")) == len(label.group(0).rstrip(":"))
        else:
            run.append(index)
            after_bare_label = False
    close()
    return found


def test_footer_indexes_is_what_it_was() -> None:
    """An address footer is found as before on pages with and without its label words, in other orders too."""
    footer = ["Postadress", "Box 123, 501 80 Borås", "Besöksadress", "Stora torget 1", "Telefon",
              "033-35 70 00"]
    inline = ["Postadress: Box 123 Besöksadress: Torget 1 Telefon: 033-35 70 00 E-post: a@b.se"]
    bodies = [["Remiss", "Svar senast 1 mars 2024.", "Telefon: 033-12 34 56"],
              ["Webbplats", "www.boras.se"], ["Fax", "Växel", "Org.nr 212000-1561", "Bankgiro 123-4567"]]
    pages = [body + tail for body in bodies for tail in (footer, inline, footer[::-1], [])]
    pages += [tail + body for body in bodies for tail in (footer, inline)]
    words = ["Postadress", "Telefon", "Fax", "Webb", "E-post:", "Box 12", "501 80 Borås", "Hej", "text."]
    rng = random.Random(31)
    pages += [[" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(rng.randint(1, 12))]
              for _ in range(400)]
    for texts in pages:
        assert clean.footer_indexes(texts) == _footer_indexes_before(texts)


def _pieces_before(page: Any, textpage: Any) -> list[layout.Piece]:
    """layout.page_pieces as it was before session 31: pypdfium2's raw functions with their argument types."""
    height = page.get_height()
    pieces = []
    buffer = ctypes.create_string_buffer(1 << 16)
    pointer = ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR))
    box = [ctypes.c_float() for _ in range(4)]
    size_value, matrix, fonts = ctypes.c_float(), raw.FS_MATRIX(), {}  # type: ignore[var-annotated]
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        handle = raw.FPDFPage_GetObject(page.raw, index)
        if raw.FPDFPageObj_GetType(handle) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        length = raw.FPDFTextObj_GetText(handle, textpage.raw, pointer, 1 << 16)
        text = buffer.raw[: length - 2].decode("utf-16-le", errors="replace") if length > 2 else ""
        if not text.strip():
            continue
        raw.FPDFPageObj_GetBounds(handle, *box)
        size = 0.0
        if raw.FPDFTextObj_GetFontSize(handle, size_value):
            raw.FPDFPageObj_GetMatrix(handle, matrix)
            size = round(size_value.value * ((matrix.c**2 + matrix.d**2) ** 0.5 or 1.0), 1)
        left, bottom, right, top = (value.value for value in box)
        font = raw.FPDFTextObj_GetFont(handle)
        bold = layout._is_bold(Handle(ctypes.c_void_p.from_buffer(font).value), fonts)
        pieces.append(layout.Piece(text, left, height - top, right, height - bottom, size, bold))
    return pieces


@pytest.mark.parametrize("name", ["rk_finansdepartementet.pdf", "lansstyrelsen_vg.pdf", "tva_missiv.pdf"])
def test_page_pieces_read_by_bare_calls_are_those_read_by_pypdfium2s(name: str) -> None:
    """The text objects read through remiss.pdfium (no ctypes argument types) are read as pypdfium2's own
    functions read them: text, box, size and weight."""
    pdf = pdfium.PdfDocument(str(SAMPLES / name))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            assert layout.page_pieces(page, textpage) == _pieces_before(page, textpage)
            textpage.close()
            page.close()
    finally:
        pdf.close()


def test_a_text_object_longer_than_the_buffer_is_read_whole() -> None:
    """A text object of 5,000 characters (10,000 bytes, over the first buffer's 4,096) is read whole, and so
    are the objects after it (the buffer grew once; its length is the one pdfium is told)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(600, 800)
    texts = ["Remiss", "å" * 5000, "Svar senast 1 mars 2024", "x" * 3000]
    for number, text in enumerate(texts):
        obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 10.0)
        raw.FPDFText_SetText(obj, _wide(text))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 20, 700 - 40 * number)
        raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    textpage = page.get_textpage()
    try:
        assert [piece.text for piece in layout.page_pieces(page, textpage)] == texts
    finally:
        textpage.close()
        page.close()
        pdf.close()


def _wide(text: str) -> Any:
    """Return text as pdfium's FPDF_WIDESTRING (UTF-16LE, NUL-terminated)."""
    data = (text + "\0").encode("utf-16-le")
    return ctypes.cast(ctypes.create_string_buffer(data, len(data)), raw.FPDF_WIDESTRING)


def test_a_stored_pattern_is_built_by_res_cache_itself(pattern_cache: Path) -> None:
    """After load, a stored pattern asked for is built where re looks it up first (recache._Held), equal to
    the compiled one, and kept there; a pattern not stored is compiled as re compiles it."""
    sources = [(r"(?P<dag>[0-3]?\d)\s+(?P<manad>maj|juni)", re.IGNORECASE), (r"\bsändlista\b", 0)]
    compiled = [re.compile(source, flags) for source, flags in sources]
    assert recache.save() >= len(sources)
    re.purge()
    assert recache.load() >= len(sources)
    assert isinstance(re._cache, recache._Held)  # type: ignore[attr-defined]
    for (source, flags), original in zip(sources, compiled, strict=True):
        built = re.compile(source, flags)
        assert built is not original and built == original and built.groupindex == original.groupindex
        assert re.compile(source, flags) is built  # kept in re's cache
    assert re.search(r"\bsändlista\b", "Se sändlista") is not None
    assert re.compile("inte sparad").pattern == "inte sparad"


def test_a_broken_stored_pattern_is_compiled_as_usual(pattern_cache: Path) -> None:
    """A stored entry that no longer builds (broken code) leaves re to compile the pattern its own way."""
    re.compile("remissinstanser")
    recache.save()
    re.purge()
    recache.load()
    key = (str, "remissinstanser", 0)
    recache._LOADED[key] = (*recache._LOADED[key][:3], b"\x00\x00", *recache._LOADED[key][4:])
    assert re.compile("remissinstanser").search("Remissinstanser och remissinstanser") is not None


def _sample_pdfs() -> list[Path]:
    """Return the sample PDFs (text layers, scans, a package, broken files)."""
    return sorted(SAMPLES.rglob("*.pdf"))


def _pypdfium2_scan(page: Any) -> bool:
    """layout.scan_image as it was before session 31, on a pypdfium2 page."""
    width, height = page.get_size()
    images = page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)
    return any(layout._area(image.get_bounds()) >= width * height / 3 for image in images)


def _read_all(module: Any, path: Path, scan: Any) -> Any:
    """Read every page of a PDF with pypdfium2's helpers or remiss.pdfium: size, characters, text and whether
    a scan covers it; the error's message when it fails."""
    try:
        pdf = module.PdfDocument(str(path))
    except module.PdfiumError as exc:
        return str(exc)
    try:
        out = [len(pdf)]
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            out.append((page.get_size(), textpage.count_chars(), textpage.get_text_range(), scan(page)))
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()


@pytest.mark.parametrize("path", _sample_pdfs(), ids=lambda path: path.name)
def test_remiss_pdfium_reads_what_pypdfium2_reads(path: Path) -> None:
    """remiss.pdfium gives every sample page the size, character count, text and scan verdict pypdfium2's
    helpers give it, and a broken or encrypted file the same error message (read.py words it for the user)."""
    from remiss import pdfium

    if path.read_bytes()[:5] != b"%PDF-":
        pytest.skip("no PDF: read.py refuses it before PDFium sees it")
    assert _read_all(pdfium, path, layout.scan_image) == _read_all(pdfium_helpers(), path, _pypdfium2_scan)


def pdfium_helpers() -> Any:
    """Return pypdfium2 (its PdfDocument and PdfiumError)."""
    return pdfium


def test_a_document_closes_the_pages_left_open() -> None:
    """Closing a document closes the pages and text pages still open (PDFium wants them closed first);
    closing twice does nothing."""
    from remiss import pdfium as own

    pdf = own.PdfDocument(SAMPLES / "tva_missiv.pdf")
    page = pdf[0]
    textpage = page.get_textpage()
    assert textpage.get_text_range()
    pdf.close()
    assert page.raw is None and textpage.raw is None and pdf.raw is None
    pdf.close()
    page.close()


def test_tolka_on_a_text_pdf_imports_no_pypdfium2() -> None:
    """`remiss tolka` reads a PDF with a text layer without pypdfium2's Python layer (remiss.pdfium), and
    pypdfium2 imported after it renders a page of the same library (OCR, --bild)."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom remiss.pipeline import tolka_fil\n"
        f"found = tolka_fil({str(SAMPLES / 'tva_missiv.pdf')!r})\n"
        "print('REMISSER', len(found), 'PYPDFIUM2', [m for m in sys.modules if m.startswith('pypdfium2')])\n"
        "import pypdfium2\n"
        f"pdf = pypdfium2.PdfDocument({str(SAMPLES / 'tva_missiv.pdf')!r})\n"
        "print('BILD', pdf[0].render(scale=0.2).width > 10)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout
    assert "REMISSER 2 PYPDFIUM2 []" in out and "BILD True" in out
