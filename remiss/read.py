"""Reading: a PDF or DOCX file becomes a Handling of our own Page and Line objects.

Text of every page comes from PDFium (fast: pypdfium2's library, called through `remiss.pdfium`); pages
without a text layer go to OCR (`remiss.ocr`) when tesseract is installed. Every failure becomes an
InputError with a one-line Swedish message that says what to do.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remiss.clean import ABBREVIATION_LETTERS, VOWELS, avstavade_ord, band_indexes, las_avstavade
from remiss.domain import Handling, Line, Page
from remiss.errors import InputError, NoTextLayerError
from remiss.layout import Row as LayoutRow

if TYPE_CHECKING:
    from remiss.ocr import OcrGrans
    from remiss.word import Las

MAX_SIDOR = 2000
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office's old binary files: .doc, .xls, Outlook's .msg
RTF_MAGIC = b"{\\rtf"
# pypdfium2 marks a line-end hyphen with U+FFFE and joins the lines; keep a real dash before these, and
# after a capital or a digit or before a digit ('KS-' + '2021-00442', 'EU-' + 'kommissionen'): no word
# hyphenated by a line break
_KEEP_DASH_BEFORE = re.compile(
    r"(?<=[A-ZÅÄÖ0-9])(?:\ufffe|\x02$)|[\ufffe\x02](?=\s*(?:(?:och|eller|samt)\b|\d))", re.MULTILINE
)
# (titel36) and after an abbreviation, a word of at most four letters without a vowel ('4 kv' + 'ledning':
# '4 kv-ledning', `remiss.clean.keeps_hyphen`)
_ABBREVIATION_BREAK = re.compile(
    rf"(?<![^\W\d_])([^\W\d_{''.join(sorted(VOWELS))}]{{1,{ABBREVIATION_LETTERS}}})(?:\ufffe|\x02$)",
    re.MULTILINE,
)
# A list bullet as Word and LibreOffice draw it in a PDF: a Symbol or Wingdings glyph from the Private Use
# Area ('\uf0b7 BIL Sweden', '\uf0a7', '\uf076') or an arrow or small circle, first on its line; read as '•'.
_GLYPHS = r"[\uf000-\uf0ff◦‣⁃∙➢►➤✓✔]"
_GLYPH_BULLET = re.compile(rf"^([ \t]*){_GLYPHS}[ \t]+(?=\S)", re.MULTILINE)
_GLYPH = re.compile(_GLYPHS)  # the character every _GLYPH_BULLET match holds
_MIN_TEXT_CHARS = 15
_SPACES = re.compile(r" {2,}")


def read_file(path: str | Path, *, max_sidor: int = MAX_SIDOR, ocr: bool = True,
              ocr_grans: OcrGrans | None = None, triage: bool = False) -> Handling:
    """Given a path to a PDF or DOCX file, return its Handling or raise InputError (OCR bound: ocr_grans).

    With `triage` only the pages `remiss.triage` picks from their plain text get the layout pass
    (boxes, sizes, weights); the others are plain text lines, as `tolka` needs them.
    """
    path = Path(path)
    head = _check_file(path)
    if head.startswith(ZIP_MAGIC) and (path.suffix.lower() == ".docx" or _zip_kind(path) == "docx"):
        return read_docx(path)
    if PDF_MAGIC not in head[:1024]:
        _refuse_other_format(path, head)
        raise InputError(
            "är inte en PDF. Spara remissen som PDF (eller yttrandet som .docx) och försök igen.",
            fil=str(path),
        )
    return read_pdf(path, max_sidor=max_sidor, ocr=ocr, ocr_grans=ocr_grans, triage=triage)


def _refuse_other_format(path: Path, head: bytes) -> None:
    """Given a file that is no PDF, raise the InputError that says how to save a Word, RTF or ODF text."""
    fil = str(path)
    spara = "som .docx (eller PDF) och försök igen."
    if head.startswith(OLE_MAGIC) and path.suffix.lower() not in (".xls", ".xlsx", ".ppt", ".pptx"):
        raise InputError("är ett Word-dokument i det gamla formatet (.doc). Öppna det i Word och spara det "
                         f"{spara}", fil=fil)
    if head.lstrip().startswith(RTF_MAGIC):
        raise InputError(f"är en RTF-fil, inte en .docx. Öppna den i Word och spara den {spara}", fil=fil)
    if head.startswith(ZIP_MAGIC) and _zip_kind(path) == "odt":
        raise InputError("är ett OpenDocument-dokument (.odt). Öppna det i LibreOffice eller Word och "
                         f"spara det {spara}", fil=fil)
    if path.suffix.lower() == ".docx":
        raise InputError("heter .docx men är ingen Word-fil (trasig, avkortad eller fel filändelse). Hämta "
                         f"den på nytt, eller öppna den i Word och spara den {spara}", fil=fil)


def _zip_kind(path: Path) -> str:
    """Given a ZIP file, return "docx" for a Word document, "odt" for an OpenDocument text, else ""."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            info = archive.getinfo("mimetype") if "mimetype" in names else None
            if info is not None and info.file_size < 100:
                odf_text = archive.read(info).startswith(b"application/vnd.oasis.opendocument.text")
                return "odt" if odf_text else ""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return ""
    return ""


def _check_file(path: Path) -> bytes:
    """Given a path, return its first bytes; raise InputError for a missing, special or empty file."""
    from remiss.limits import regular_file

    regular_file(path)  # a FIFO or device is refused before it is opened
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as exc:
        raise InputError(
            f"kan inte läsas ({exc.strerror}). Kontrollera behörigheten.", fil=str(path)
        ) from exc
    if not head:
        raise InputError("filen är tom (0 byte). Hämta remissen på nytt.", fil=str(path))
    return head


def sha256_of(path: str | Path) -> str:
    """Given a path, return the hex sha256 of its bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_pdf(path: Path, *, max_sidor: int = MAX_SIDOR, ocr: bool = True,
             ocr_grans: OcrGrans | None = None, triage: bool = False) -> Handling:
    """Given a PDF path, return its Handling; pages without text are OCR:ed when possible.

    Every page gets the layout pass, or with `triage` only those `remiss.triage` picks.
    """
    from remiss import pdfium
    from remiss.limits import check_pdf_streams

    fil = str(path)
    check_pdf_streams(path)  # a Flate bomb is refused before pdfium expands it
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _pdfium_error(exc, fil) from exc
    try:
        count = len(pdf)
        if count == 0:
            raise InputError("PDF:en har inga sidor (trasig eller avkortad fil). Hämta den på nytt.", fil=fil)
        if count > max_sidor:
            raise InputError(
                f"PDF:en har {count} sidor, fler än gränsen {max_sidor}. Dela upp filen "
                "eller höj gränsen med --max-sidor.",
                fil=fil,
            )
        made = _Sidor(count)
        (_read_triage if triage else _read_all)(pdf, made)
    except pdfium.PdfiumError as exc:
        raise InputError(f"PDF:en är trasig och kan inte läsas ({exc}). Hämta den på nytt.", fil=fil) from exc
    finally:
        pdf.close()
    pages = made.klara()
    missing = _pages_to_ocr(pages, made.skannade) if ocr else [p.number for p in pages if _lacks_text(p)]
    if missing:
        pages = _fill_by_ocr(path, pages, missing, made.skannade, ocr=ocr, grans=ocr_grans)
    return Handling(fil=fil, pages=tuple(pages), sha256=sha256_of(path))


def _pdfium_error(exc: Exception, fil: str) -> InputError:
    """Given a PDFium error (`remiss.pdfium.PdfiumError`), return the InputError a user can act on."""
    text = str(exc).lower()
    if "password" in text:
        return InputError(
            "PDF:en är lösenordsskyddad (krypterad). Be avsändaren om en fil utan lösenord "
            "eller spara en kopia utan skydd.",
            fil=fil,
        )
    return InputError(
        "PDF:en är trasig eller avkortad och kan inte öppnas. Hämta den på nytt från "
        "avsändaren eller diariet.",
        fil=fil,
    )


class _Sidor:
    """The pages of a PDF as they are made, and for each page with little text whether a scan covers it."""

    def __init__(self, count: int) -> None:
        self.sidor: list[Page | None] = [None] * count
        self.skannade: dict[int, bool] = {}  # page number: an image covers a third of it (checked while open)

    def add(self, index: int, pdf_page: Any, rows: list[LayoutRow] | str) -> None:
        """Given a page's index, its open page (`remiss.pdfium`) and its rows (or raw plain text), make its
        Page."""
        from remiss.layout import scan_image

        size = (pdf_page.get_width(), pdf_page.get_height())
        number = index + 1
        page = _plain_page(number, rows, size) if isinstance(rows, str) else _make_page(number, rows, size)
        if _little_text(page):
            self.skannade[page.number] = scan_image(pdf_page)
        self.sidor[index] = page

    def klara(self) -> list[Page]:
        """Return the pages made, in order."""
        assert all(page is not None for page in self.sidor)
        return [page for page in self.sidor if page is not None]


def _read_all(pdf: Any, made: _Sidor) -> None:
    """Given an open document (`remiss.pdfium`), make every page with the layout pass."""
    for index in range(len(made.sidor)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                made.add(index, page, _page_rows(page, textpage))
            finally:
                textpage.close()
        finally:
            page.close()


def _read_triage(pdf: Any, made: _Sidor) -> None:
    """Given an open document (`remiss.pdfium`), make every page, with the layout pass where the triage says.

    Each page is loaded once: its plain text goes to the triage, which picks it (or up to
    `triage.BAKAT` pages before it) for the layout pass while those pages are still open.
    """
    from remiss.triage import BAKAT, Triage

    chooser = Triage()
    waiting: dict[int, tuple[Any, Any, str]] = {}  # index: (page, textpage, raw plain text)
    try:
        for index in range(len(made.sidor)):
            page = pdf[index]
            textpage = page.get_textpage()
            waiting[index] = (page, textpage, textpage.get_text_range())
            for chosen in chooser.sida(index, waiting[index][2]):
                page, textpage, plain = waiting.pop(chosen)
                made.add(chosen, page, _page_rows(page, textpage, plain))
                _close(page, textpage)
            for old in [i for i in waiting if i <= index - BAKAT]:
                page, textpage, plain = waiting.pop(old)
                made.add(old, page, plain)
                _close(page, textpage)
        for old in sorted(waiting):
            page, textpage, plain = waiting.pop(old)
            made.add(old, page, plain)
            _close(page, textpage)
    finally:
        for page, textpage, _ in waiting.values():
            _close(page, textpage)


def _close(page: Any, textpage: Any) -> None:
    """Close a text page and its page."""
    textpage.close()
    page.close()


def _plain_rows(plain: str) -> list[LayoutRow]:
    """Given a page's raw plain text, return its lines as rows without layout (size 0, no boxes)."""
    lines = clean_text(plain).splitlines()
    return [LayoutRow(text=t, cells_x=(), top=0, x0=0, size=0, bold=False) for t in lines]


def _page_rows(page: Any, textpage: Any, plain: str | None = None) -> list[LayoutRow]:
    """Given an open page and its text page (`remiss.pdfium`), return its rows in reading order with layout.

    The rows come from the page's text objects (`remiss.layout`): top to bottom, a row's pieces
    left to right, with font size and weight, so a header block drawn last is read first and a
    table row becomes one line whose cells keep their positions. When the text objects hold
    clearly less text than the text layer (text in unusual objects), the text layer is used.
    `plain` is the page's raw plain text when it has been read already.
    """
    from remiss.layout import join_hyphenated, page_pieces, rows_of

    pieces = page_pieces(page, textpage)
    if sum(len(p.text) for p in pieces) >= 0.8 * textpage.count_chars():
        return join_hyphenated(rows_of(pieces))  # clean_text is applied as the Lines are made
    cleaned = clean_text(textpage.get_text_range() if plain is None else plain)  # maybe text the objects lack
    rows = join_hyphenated(rows_of(pieces))
    if _letters(" ".join(row.text for row in rows)) < 0.9 * _letters(cleaned):
        return _plain_rows(cleaned)
    return rows


def _letters(text: str) -> int:
    """Return the number of characters in text that are not white space."""
    return len(re.sub(r"\s+", "", text))




def clean_text(text: str) -> str:
    """Given raw page text, return it with hyphens, soft hyphens and odd spaces normalised, and a word a
    transcript broke inside its line read whole (`remiss.clean.AVSTAVAT`).

    Each substitution runs only on a text holding a character its every match consumes (a
    pattern that opens with a lookbehind or '^' is otherwise tried at every position).
    """
    if "\ufffe" in text or "\x02" in text:
        text = _ABBREVIATION_BREAK.sub(r"\1-", _KEEP_DASH_BEFORE.sub("-", text))
    text = text.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\t", " ")
    text = las_avstavade(text)
    if "HYPERLINK" in text:
        text = _FIELD_CODE.sub(r"\1", text)
    return _GLYPH_BULLET.sub(r"\1• ", text) if _holds_glyph(text) else text


def _holds_glyph(text: str) -> bool:
    """Return True when a _GLYPH character stands in text. Each lies beyond Latin-1, so a text of Latin-1
    characters (most Swedish pages: its Latin-1 bytes are a copy of its own) holds none and is not
    searched: `re` tests _GLYPH's class at every character."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _GLYPH.search(text) is not None
    return False


# a Word link's field code printed with its result, as a PDF or a transcript of a Word file may keep it
# ('… med ett mail till: HYPERLINK' / '"mailto:fredrik.olofsson@yahoo.se"fredrik.olofsson@yahoo.se'): the
# code goes, the link's text stays
# (the line break between the code's two parts is kept: each line of a page stays a line)
_FIELD_CODE = re.compile(r"\bHYPERLINK[ ]*(\n?)[ ]*(?:\\l[ ]*)?\"[^\"\n]*\"[ ]?")


def _make_page(number: int, rows: list[LayoutRow], size: tuple[float, float], *, ocr: bool = False) -> Page:
    """Given a page number and its rows, return a Page of non-empty lines (text cleaned) with their layout.

    A browser's print band (date and time of printing, the address and 'n/N': `clean.band_indexes`) is
    the page's furniture, as a Word file's footers are: shown by `--forklara`, never read.
    """
    texts = _clean_rows([row.text for row in rows])
    kept = [(row, text) for row, text in zip(rows, texts, strict=True) if text]
    band = _band([text for _, text in kept])
    lines: list[Line] = []
    furniture: list[Line] = []
    for index, (row, stripped) in enumerate(kept):
        into = furniture if index in band else lines
        # (titel36) the words reading joins, as the row writes them ('identitets- märkningar')
        written = avstavade_ord(_one_space(row.text)) if "- " in row.text else ()
        if not row.size:  # a row without layout: every position field keeps its default
            into.append(Line(stripped, number, len(into) + 1, None, row.bold, ocr, row.cells_x,
                             avstavat=written))
            continue
        # the fields in Line's order, by position (a call by keyword parses twelve names: 4,500 lines a run)
        into.append(Line(stripped, number, len(into) + 1, row.top, row.bold, ocr, row.cells_x, row.size,
                         row.x0, row.x1, row.bottom, row.cells_x1, written))
    return Page(number=number, lines=tuple(lines), ocr=ocr, width=size[0], height=size[1],
                furniture=_renumbered(furniture, len(lines)))


_band = band_indexes  # a page's browser print band among its line texts


def _renumbered(furniture: list[Line], after: int) -> tuple[Line, ...]:
    """Return furniture lines numbered after the page's own lines (as a Word file's furniture is)."""
    return tuple(replace(line, number=after + i) for i, line in enumerate(furniture, 1))


def _plain_page(number: int, plain: str, size: tuple[float, float]) -> Page:
    """Given a page number and its raw plain text, return a Page of its non-empty lines without layout.

    The same Page as `_make_page` makes of `_plain_rows(plain)`, without the rows in between.
    """
    texts = [t for t in (text.strip() for text in _one_space(clean_text(plain)).splitlines()) if t]
    band = _band(texts)
    own = [text for index, text in enumerate(texts) if index not in band]
    lines = [Line(text, number, index) for index, text in enumerate(own, 1)]
    furniture = [Line(texts[index], number, len(lines) + i) for i, index in enumerate(sorted(band), 1)]
    return Page(number=number, lines=tuple(lines), width=size[0], height=size[1], furniture=tuple(furniture))


def _clean_rows(texts: list[str]) -> list[str]:
    """Given a page's row texts, return each cleaned, spaces collapsed and stripped.

    The rows are cleaned as one text when that changes nothing: clean_text works within a line
    except for a U+FFFE hyphen before 'och' on the next line, and rows hold no line breaks.
    """
    joined = "\n".join(texts)
    if "\ufffe" in joined or "\r" in joined or joined.count("\n") != len(texts) - 1:
        return [_one_space(clean_text(text)).strip() for text in texts]
    return [part.strip() for part in _one_space(clean_text(joined)).split("\n")] if texts else []


def _one_space(text: str) -> str:
    """Return `_SPACES.sub(" ", text)`: each run of spaces as one, by halving the runs with str.replace (a
    page's many single spaces are each a place `re` tries the pattern)."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _pages_to_ocr(pages: list[Page], skannade: dict[int, bool]) -> list[int]:
    """Given a PDF's pages from the text layer, return the numbers of the scanned pages to OCR.

    A page with little or no text that carries a page-sized image is a scan, also when a stamp
    ("Inkom 2024-03-01 Dnr …") was added to its text layer; a page without text or image is blank.
    Whether an image covers a page was seen as the page was read (`skannade`), so a text PDF never
    waits for OCR to be looked up and the file is not opened again.
    """
    if all(_lacks_text(p) for p in pages):
        return [p.number for p in pages]  # nothing to read without OCR
    return [p.number for p in pages if _little_text(p) and skannade[p.number]]


def _little_text(page: Page) -> bool:
    """Return True when a page has so little text that it may be a scan with only a stamp on it."""
    return sum(len(line.text) for line in page.lines) < 300


def _lacks_text(page: Page) -> bool:
    """Return True when a page has (almost) no text layer."""
    return sum(len(line.text) for line in page.lines) < _MIN_TEXT_CHARS


def _fill_by_ocr(path: Path, pages: list[Page], missing: list[int], skannade: dict[int, bool], *, ocr: bool,
                 grans: OcrGrans | None = None) -> list[Page]:
    """Given pages and the numbers lacking text, return pages with OCR text, or raise NoTextLayerError."""
    if len(missing) < len(pages):
        # Mixed PDF: blank pages are common (back sides, separators); a scanned page needs OCR.
        if not ocr:
            return pages
        if not _ocr_available():
            scanned = [number for number in missing if skannade.get(number)]
            if not scanned:
                return pages  # only blank pages
            raise NoTextLayerError(
                "sidan är skannad och OCR är inte installerat. Installera Debian-paketen tesseract-ocr och "
                "tesseract-ocr-swe, eller kör med --ingen-ocr för att läsa bara sidorna med text.",
                fil=str(path),
                sida=scanned[0],
            )
    elif not ocr:
        raise NoTextLayerError(
            "PDF:en saknar textlager (skannad). Kör utan --ingen-ocr för att tolka med OCR.", fil=str(path)
        )
    from remiss import ocr as ocr_module

    if not ocr_module.available():
        raise NoTextLayerError(
            "PDF:en saknar textlager (skannad) och OCR är inte installerat. Installera "
            "Debian-paketen tesseract-ocr och tesseract-ocr-swe och försök igen.",
            fil=str(path),
        )
    found = ocr_module.ocr_pages(path, missing, grans)
    return [found.get(p.number, p) for p in pages]


def _ocr_available() -> bool:
    """Return True when the OCR module and tesseract are there."""
    try:
        from remiss import ocr as ocr_module
    except ImportError:
        return False
    return ocr_module.available()


def read_docx(path: Path) -> Handling:
    """Given a DOCX path, return its Handling: a page per page its content starts (page breaks, "page
    break before", section breaks), each section's letterhead first on its first page, in reading order.

    What `remiss.word` reads: content controls, text boxes, tables, Word list labels, tracked changes
    (insertions kept), fields' results. The footers and the headers of later pages are the page's
    furniture (`Page.furniture`): shown by `--forklara`, never read as fields.
    """
    from remiss.limits import check_docx

    fil = str(path)
    check_docx(path)  # sizes, ratios and DTDs from the zip directory, before any XML is parsed
    read = _docx_read(path)
    pages = []
    for number, sida in enumerate(read.pages, 1):
        lines = [Line(text=b.text, page=number, number=i, bold=b.bold, size=b.size, avstavat=b.avstavat)
                 for i, b in enumerate((b for b in sida.lines if b.text.strip()), 1)]
        furniture = [Line(text=b.text, page=number, number=len(lines) + i, bold=b.bold)
                     for i, b in enumerate((b for b in sida.furniture if b.text.strip()), 1)]
        pages.append(Page(number=number, lines=tuple(lines), furniture=tuple(furniture)))
    return Handling(fil=fil, pages=tuple(pages), sha256=sha256_of(path))


def _docx_read(path: Path) -> Las:
    """Given a checked DOCX path, return what `remiss.word` reads; any parser failure becomes InputError."""
    import zipfile
    import zlib

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from remiss.word import package, read_document

    fil = str(path)
    try:
        return read_document(Document(package(path)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, zlib.error, EOFError) as exc:
        raise InputError(
            "Word-filen är trasig eller inte en .docx. Spara om den i Word som .docx.", fil=fil
        ) from exc
    except (etree.LxmlError, RecursionError, MemoryError) as exc:
        what = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(
            f"Word-filen är trasig eller för stor (XML:en kan inte läsas: {what}). Öppna den i Word, "
            "spara den som en ny .docx och försök igen.", fil=fil
        ) from exc
