"""Input limits: what a file must be before any parser sees it.

A hostile or broken file must give one Swedish line, not gigabytes of memory: a FIFO or device is refused
before it is opened, a Word file's zip parts are measured from the zip directory before python-docx reads
one byte of XML, and a PDF's compressed streams are measured (stopping at the limit) before pdfium expands
them. Every limit is far above what a real remiss or yttrande needs.
"""

from __future__ import annotations

import mmap
import os
import re
import stat
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from remiss.errors import InputError

MiB = 1 << 20
# Word (.docx): a real yttrande has 15–40 parts and a few MB of XML; images can be large, XML is not.
MAX_ZIP_DELAR = 2000
MAX_ZIP_DEL = 100 * MiB  # one part, uncompressed
MAX_ZIP_TOTAL = 300 * MiB  # all parts, uncompressed
MAX_ZIP_KVOT = 200  # compression ratio of one part (real XML: 5–20)
_KVOT_FRAN = 2 * MiB  # the ratio is checked only on parts that are bigger than this uncompressed
_XML_HEAD = 4096  # bytes of each XML part searched for a DTD
# PDF: a page's content stream is rarely above a few MB; a font or object stream likewise.
MAX_PDF_STROM = 64 * MiB  # one decompressed stream (images excepted: they are never decoded for text)
MAX_BILDPUNKTER = 120_000_000  # pixels of one image drawn on a page rendered for OCR (600 dpi A3 ≈ 70 M)
MAX_ORGANISATIONER = 20 * MiB  # the organisation file (JSON); Borås's is under 100 kB
MAX_YTTRANDE = 50 * MiB  # a file attached to an e-mail; most mail servers stop at 25–35 MB
# Dates a remiss can plausibly carry; outside them a date is a typo (0001-01-01, 9999-12-31).
DATUM_MIN = date(1990, 1, 1)
DATUM_MAX = date(2100, 12, 31)
MAX_DAGAR = 36_600  # days in a day count given on the command line or in the config (100 years)

_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_STREAM = re.compile(rb"(?<![A-Za-z])stream\r?\n")
_HEAD = 4000  # bytes before a stream searched back to its "obj" for the stream's dictionary
_FLATE = re.compile(rb"/Filter\s*\[?\s*/(?:FlateDecode|Fl)\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def regular_file(path: str | Path, *, vad: str = "filen") -> os.stat_result:
    """Given a path, return its stat; raise InputError unless it is an existing regular file.

    A FIFO, a device (/dev/zero, /dev/stdin) or a folder is refused without being opened: opening a FIFO
    waits for a writer forever and a device never ends.
    """
    fil = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise InputError(f"{vad} finns inte. Kontrollera sökvägen.", fil=fil) from exc
    except OSError as exc:
        raise InputError(f"{vad} kan inte läsas ({exc.strerror}). Kontrollera sökvägen och "
                         "behörigheten.", fil=fil) from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError("är en mapp, inte en fil. Ange filerna i den, till exempel mapp/*.pdf.", fil=fil)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("är ingen vanlig fil (utan en FIFO, en enhet eller standard in). Spara innehållet "
                         "som en fil och ange den filen.", fil=fil)
    return info


def check_size(path: str | Path, limit: int, *, vad: str) -> None:
    """Given a path, a byte limit and what the file is, raise InputError when the file is larger."""
    size = regular_file(path).st_size
    if size > limit:
        raise InputError(f"{vad} är {_mb(size)}, större än gränsen {_mb(limit)}. Minska filen (t.ex. "
                         "bilderna) och försök igen.", fil=str(path))


def _mb(size: int) -> str:
    """Given a byte count, return it in MB with one decimal (Swedish comma)."""
    return f"{size / MiB:.1f} MB".replace(".", ",")


KONTROLLTECKEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab and line breaks


def rensa(value: Any) -> Any:
    """Given text (or a dict or list of it) from a document, return it without control characters.

    NUL, ESC, BEL and the like come from broken PDFs; PostgreSQL refuses NUL in text, Excel refuses the
    rest, and a terminal obeys ESC. Tab and line breaks are kept.
    """
    if isinstance(value, str):
        from remiss.terminal import utan_sekvenser

        return KONTROLLTECKEN.sub("", utan_sekvenser(value))  # a whole ESC [ 31 m goes, not only its ESC
    if isinstance(value, dict):
        return {key: rensa(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(rensa(item) for item in value)
    return value


def rimligt_datum(day: date) -> bool:
    """Given a date, return True when it lies in the plausible window DATUM_MIN..DATUM_MAX."""
    return DATUM_MIN <= day <= DATUM_MAX


def datumfel(day: date, vad: str) -> str | None:
    """Given a date and what it is, return the Swedish complaint when it is implausible, else None."""
    if rimligt_datum(day):
        return None
    return (f"{vad} {day.isoformat()} är inget rimligt datum; det ska ligga mellan "
            f"{DATUM_MIN.isoformat()} och {DATUM_MAX.isoformat()}. Skriv ÅÅÅÅ-MM-DD.")


# --- Word (.docx) ---------------------------------------------------------------------------------


def _trasig_docx(fil: str, orsak: str) -> InputError:
    """Given a file and the reason, return the one-line error for a Word file that will not be read."""
    return InputError(f"Word-filen är trasig eller för stor ({orsak}). Öppna den i Word, spara den som en "
                      "ny .docx och försök igen.", fil=fil)


def check_docx(path: str | Path | IO[bytes], *, fil: str | None = None) -> None:
    """Given a .docx path (or its bytes as a file and its name), raise InputError when its zip parts are
    too many, too big or packed like a bomb.

    Only the zip directory and the first bytes of each XML part are read: a part that claims 1 GB is
    refused before it is decompressed. A DTD in a part (which OOXML never contains) is refused too, so
    no entity is ever expanded.
    """
    import zipfile

    fil = fil or str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_zip_sizes(infos, fil)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _has_dtd(archive, info):
                    raise _trasig_docx(fil, f"delen {info.filename} har en DTD (<!DOCTYPE/<!ENTITY>), "
                                            "vilket Word aldrig skriver")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error,
            ValueError) as exc:
        raise _trasig_docx(fil, f"zip-arkivet kan inte läsas: {exc}") from exc
    except OSError as exc:
        raise InputError(f"Word-filen kan inte läsas ({exc.strerror or exc}).", fil=fil) from exc


def _check_zip_sizes(infos: list[Any], fil: str) -> None:
    """Given a zip's entries, raise InputError when they break the count, size or ratio limits."""
    if len(infos) > MAX_ZIP_DELAR:
        raise _trasig_docx(fil, f"{len(infos)} delar i zip-arkivet, gränsen är {MAX_ZIP_DELAR}")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_ZIP_DEL:
            raise _trasig_docx(fil, f"delen {info.filename} packas upp till {_mb(info.file_size)}, "
                                    f"gränsen är {_mb(MAX_ZIP_DEL)}")
        if info.file_size > _KVOT_FRAN and info.file_size > MAX_ZIP_KVOT * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _trasig_docx(fil, f"delen {info.filename} är packad {ratio} gånger (en zip-bomb?)")
    if total > MAX_ZIP_TOTAL:
        raise _trasig_docx(fil, f"delarna packas upp till {_mb(total)}, gränsen är {_mb(MAX_ZIP_TOTAL)}")


def _has_dtd(archive: Any, info: Any) -> bool:
    """Given an open zip and an XML part, return True when the part's first bytes declare a DTD."""
    with archive.open(info) as part:
        return bool(_DTD.search(part.read(_XML_HEAD)))


# --- PDF ------------------------------------------------------------------------------------------


def check_pdf_streams(path: str | Path, *, limit: int = MAX_PDF_STROM) -> None:
    """Given a PDF path, raise InputError when a Flate stream (not an image) expands beyond the limit.

    pdfium expands a page's content stream whole into memory when the page is loaded; a 1 MB stream of
    zeros becomes 1 GB. Each stream is expanded here piece by piece and dropped, stopping at the limit.
    Image streams are skipped: reading text never decodes them (see check_page_images for OCR).
    """
    fil = str(path)
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for match in _streams(data):
                head = data[max(0, match.start() - _HEAD):match.start()]
                head = head[head.rfind(b"obj") + 1:]
                if not _FLATE.search(head) or _IMAGE.search(head):
                    continue
                size = _inflated_size(data, match.end(), limit)
                if size > limit:
                    raise InputError(f"PDF:en har en komprimerad ström som packas upp till mer än "
                                     f"{_mb(limit)} (byte {match.end()}); den läses inte. Be avsändaren "
                                     "om en ny PDF, eller skriv ut den till PDF på nytt.", fil=fil)


def _streams(data: Any) -> Iterator[re.Match[bytes]]:
    """Yield _STREAM's matches in the PDF bytes, as its finditer does, tried only where b"stream" stands.

    The pattern opens with a lookbehind, so `re` would try it at every byte of the file; each match
    begins with b"stream" and no two overlap, so trying each occurrence from the last end is the same.
    """
    from remiss.fastsearch import matches_at

    return matches_at(_STREAM, data, _occurrences(data, b"stream"))


def _occurrences(data: Any, needle: bytes) -> Iterator[int]:
    """Yield every position where needle stands in data (bytes or mmap), in order."""
    position = data.find(needle)
    while position >= 0:
        yield position
        position = data.find(needle, position + 1)


def _inflated_size(data: Any, start: int, limit: int) -> int:
    """Given PDF bytes and where a Flate stream starts, return its expanded size (stops just past limit)."""
    inflater = zlib.decompressobj()
    size = 0
    position = start
    chunk = 1 << 16
    try:
        while not inflater.eof and position < len(data):
            piece = data[position:position + chunk]
            position += len(piece)
            out = inflater.decompress(piece, limit + 1 - size)
            size += len(out)
            while inflater.unconsumed_tail and size <= limit:
                out = inflater.decompress(inflater.unconsumed_tail, limit + 1 - size)
                size += len(out)
            if size > limit:
                return size
    except zlib.error:
        return size  # broken or encrypted: pdfium reports it, or reads what is there
    return size


def check_page_images(page: Any, *, fil: str, sida: int, limit: int = MAX_BILDPUNKTER) -> None:
    """Given a pypdfium2 page about to be rendered, raise InputError when an image on it is too large.

    pdfium decodes an image whole before scaling it down, so a 40000×40000 image takes gigabytes even
    when the page is rendered small. The pixel size is read from the image's dictionary, not decoded.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            width, height = image.get_px_size()
        except pdfium.PdfiumError:
            continue
        if width * height > limit:
            raise InputError(f"sidan har en bild på {width}×{height} bildpunkter, fler än gränsen "
                             f"{limit // 1_000_000} miljoner för OCR. Skanna sidan med lägre upplösning "
                             "(300 dpi räcker).", fil=fil, sida=sida)
