"""PDFium's text layer through its own C functions: what `remiss.read` and `remiss.layout` call for a PDF.

pypdfium2 bundles the PDFium library; its Python layer declares all of PDFium's ~1,000 functions and types
when imported, about 35 ms of every `remiss tolka` (7 % of a run on 100 pages, more than its whole layout
pass). Reading text needs some 25 of them: this module loads the same library file and declares only those,
each with its return type and no argument types (ctypes then passes each argument as it is, about 0.4 µs
less a call: handles, pointers and `c_ulong` lengths as PDFium takes them, Python ints only for C ints).
What it returns is what pypdfium2's helpers return for the same calls (`PdfDocument`, `PdfPage`,
`PdfTextPage.get_text_range`, `get_objects`), and its errors carry pypdfium2's messages
(`PdfiumError`). Rendering (OCR, `--bild`) still goes through pypdfium2.
"""

from __future__ import annotations

import codecs
import ctypes
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

PAGEOBJ_TEXT = 1  # FPDF_PAGEOBJ_TEXT
PAGEOBJ_IMAGE = 3  # FPDF_PAGEOBJ_IMAGE
PAGEOBJ_FORM = 5  # FPDF_PAGEOBJ_FORM
# FPDF_GetLastError's codes, worded as pypdfium2 words them (pypdfium2.internal.consts.ErrorToStr)
ERRORS = {0: "Success", 1: "Unknown error", 2: "File access error", 3: "Data format error",
          4: "Incorrect password error", 5: "Unsupported security scheme error",
          6: "Page not found or content error"}


class PdfiumError(RuntimeError):
    """A PDFium call failed; the message is pypdfium2's for the same failure."""


class Handle(ctypes.c_void_p):
    """A PDFium handle (document, page, text page, object, font): returned as it is, passed as a pointer."""


class Matrix(ctypes.Structure):
    """PDFium's FS_MATRIX."""

    _fields_ = [(name, ctypes.c_float) for name in "abcdef"]


class _Config(ctypes.Structure):
    """PDFium's FPDF_LIBRARY_CONFIG, as pypdfium2 declares it."""

    _fields_ = [("version", ctypes.c_int), ("m_pUserFontPaths", ctypes.c_void_p),
                ("m_pIsolate", ctypes.c_void_p), ("m_v8EmbedderSlot", ctypes.c_uint),
                ("m_pPlatform", ctypes.c_void_p),
                ("m_RendererType", ctypes.c_int), ("m_FontLibraryType", ctypes.c_int),
                ("m_BrotliEnabled", ctypes.c_int), ("m_IsolatePerDocument", ctypes.c_int)]


_FLOAT, _INT, _ULONG, _NONE = ctypes.c_float, ctypes.c_int, ctypes.c_ulong, None
# name: return type (Handle for a handle, None for void)
FUNCTIONS: dict[str, Any] = {
    "FPDF_InitLibraryWithConfig": _NONE, "FPDF_LoadDocument": Handle, "FPDF_GetLastError": _ULONG,
    "FPDF_GetPageCount": _INT, "FPDF_CloseDocument": _NONE, "FPDF_LoadPage": Handle, "FPDF_ClosePage": _NONE,
    "FPDF_GetPageWidthF": _FLOAT, "FPDF_GetPageHeightF": _FLOAT, "FPDFText_LoadPage": Handle,
    "FPDFText_ClosePage": _NONE, "FPDFText_CountChars": _INT, "FPDFText_GetTextIndexFromCharIndex": _INT,
    "FPDFText_GetText": _INT, "FPDFPage_CountObjects": _INT, "FPDFPage_GetObject": Handle,
    "FPDFPageObj_GetType": _INT, "FPDFFormObj_CountObjects": _INT, "FPDFFormObj_GetObject": Handle,
    "FPDFPageObj_GetBounds": _INT, "FPDFPageObj_GetMatrix": _INT, "FPDFTextObj_GetText": _ULONG,
    "FPDFTextObj_GetFontSize": _INT, "FPDFTextObj_GetFont": Handle,
    "FPDFFont_GetBaseFontName": ctypes.c_size_t, "FPDFFont_GetWeight": _INT, "FPDFFont_GetFlags": _INT,
}


def library() -> Any:
    """Return PDFium's functions (FUNCTIONS, as attributes), the library loaded and initialised once."""
    return _library()


@lru_cache(maxsize=1)
def _library() -> Any:
    """Load pypdfium2's PDFium library file, declare FUNCTIONS and initialise the library as pypdfium2 does
    (a second initialisation, by pypdfium2 in the same process, is one PDFium passes over)."""
    cdll = ctypes.CDLL(str(_library_file()))
    functions = {}
    for name, restype in FUNCTIONS.items():
        function = getattr(cdll, name)
        function.restype = restype
        functions[name] = function
    calls = SimpleNamespace(**functions)
    config = _Config(version=2)
    calls.FPDF_InitLibraryWithConfig(ctypes.byref(config))
    return calls


def _library_file() -> Path:
    """Return the path of the PDFium library pypdfium2 loads (in the pypdfium2_raw package), without importing
    pypdfium2; from its loaded bindings when the file is not where pypdfium2_raw keeps it."""
    import importlib.util

    name = {"win32": "pdfium.dll", "darwin": "libpdfium.dylib"}.get(sys.platform, "libpdfium.so")
    spec = importlib.util.find_spec("pypdfium2_raw")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder).resolve() / name
        if path.is_file():
            return path
    import pypdfium2_raw.bindings as bindings  # type: ignore[import-untyped]

    return Path(bindings._libs["pdfium"]._name)


class PdfDocument:
    """An open PDF (pypdfium2's PdfDocument for a path): its page count, its pages by index, close()."""

    def __init__(self, path: str | Path) -> None:
        calls = library()
        self.calls = calls
        self.pages: dict[int, Page] = {}  # id: the open pages, closed with the document
        resolved = str(Path(path).expanduser().resolve())
        errors = "strict" if sys.platform.startswith("win32") else "surrogateescape"
        self.raw = calls.FPDF_LoadDocument((resolved + "\x00").encode("utf-8", errors=errors), None)
        if calls.FPDF_GetPageCount(self.raw) < 1:
            code = calls.FPDF_GetLastError()
            if self.raw:
                calls.FPDF_CloseDocument(self.raw)
            self.raw = None
            reason = ERRORS.get(code, f"Unhandled constant {code}")
            raise PdfiumError(f"Failed to load document (PDFium: {reason}).")

    def __len__(self) -> int:
        return int(self.calls.FPDF_GetPageCount(self.raw))

    def __getitem__(self, index: int) -> Page:
        raw = self.calls.FPDF_LoadPage(self.raw, index)
        if not raw:
            raise PdfiumError("Failed to load page.")
        page = Page(raw, self)
        self.pages[id(page)] = page
        return page

    def close(self) -> None:
        """Close the document and any page still open (PDFium wants the pages closed first)."""
        if self.raw is None:
            return
        for page in list(self.pages.values()):
            page.close()
        self.calls.FPDF_CloseDocument(self.raw)
        self.raw = None


class Page:
    """An open page: its size, its text page, its objects' handles (`raw`), close()."""

    def __init__(self, raw: Handle, document: PdfDocument) -> None:
        self.raw: Handle | None = raw
        self.document = document
        self.calls = document.calls
        self.textpages: list[TextPage] = []

    def get_width(self) -> float:
        return float(self.calls.FPDF_GetPageWidthF(self.raw))

    def get_height(self) -> float:
        return float(self.calls.FPDF_GetPageHeightF(self.raw))

    def get_size(self) -> tuple[float, float]:
        return self.get_width(), self.get_height()

    def get_textpage(self) -> TextPage:
        raw = self.calls.FPDFText_LoadPage(self.raw)
        if not raw:
            raise PdfiumError("Failed to load text page.")
        textpage = TextPage(raw, self.calls)
        self.textpages.append(textpage)
        return textpage

    def close(self) -> None:
        """Close the page and its text pages."""
        if self.raw is None:
            return
        for textpage in self.textpages:
            textpage.close()
        self.calls.FPDF_ClosePage(self.raw)
        self.raw = None
        self.document.pages.pop(id(self), None)


class TextPage:
    """An open text page: its character count, its text (pypdfium2's get_text_range()), close()."""

    def __init__(self, raw: Handle, calls: Any) -> None:
        self.raw: Handle | None = raw
        self.calls = calls

    def count_chars(self) -> int:
        count = int(self.calls.FPDFText_CountChars(self.raw))
        if count == -1:
            raise PdfiumError("Failed to get character count.")
        return count

    def get_text_range(self) -> str:
        """Return the page's text as pypdfium2's `PdfTextPage.get_text_range()` returns it (all characters;
        characters PDFium leaves out of its text at either end passed over; undecodable units dropped)."""
        count = self.count_chars()
        active = self._active_range(0, count - 1)
        if active is None:
            return ""
        t_start, t_end, l_passive, r_passive = active
        count -= l_passive + r_passive
        in_count = t_end + 2 - t_start  # with the terminating NUL
        buffer = (ctypes.c_ushort * in_count)()
        out_count = self.calls.FPDFText_GetText(self.raw, l_passive, count, buffer)
        assert in_count >= out_count, f"Buffer too small: {in_count} vs {out_count}"
        return codecs.utf_16_le_decode(memoryview(buffer)[: out_count - 1], "ignore", True)[0]

    def _active_range(self, c_start: int, c_end: int) -> tuple[int, int, int, int] | None:
        """Return (first text index, last text index, characters left out at the start, at the end) of the
        characters c_start..c_end, as pypdfium2's `_get_active_text_range` (a loop for its recursion)."""
        text_index = self.calls.FPDFText_GetTextIndexFromCharIndex
        l_passive = r_passive = 0
        while c_start <= c_end:
            t_start = text_index(self.raw, c_start)
            if t_start == -1:
                c_start, l_passive = c_start + 1, l_passive + 1
                continue
            t_end = text_index(self.raw, c_end)
            if t_end == -1:
                c_end, r_passive = c_end - 1, r_passive + 1
                continue
            return t_start, t_end, l_passive, r_passive
        return None

    def close(self) -> None:
        """Close the text page."""
        if self.raw is not None:
            self.calls.FPDFText_ClosePage(self.raw)
            self.raw = None


def image_bounds(page: Any, max_depth: int = 3) -> Iterator[tuple[float, float, float, float]]:
    """Yield (left, bottom, right, top) of each image on an open page (ours or pypdfium2's), in order, those
    in forms down to max_depth levels too: what pypdfium2's `get_objects(filter=[FPDF_PAGEOBJ_IMAGE],
    max_depth)` and each object's `get_bounds()` give, one object at a time."""
    calls = library()
    box = [ctypes.c_float() for _ in range(4)]
    pointers = [ctypes.pointer(value) for value in box]

    def walk(parent: Any, form: bool, level: int) -> Iterator[tuple[float, float, float, float]]:
        count = calls.FPDFFormObj_CountObjects(parent) if form else calls.FPDFPage_CountObjects(parent)
        if count < 0:
            raise PdfiumError("Failed to get number of pageobjects.")
        for index in range(count):
            raw = (calls.FPDFFormObj_GetObject(parent, ctypes.c_ulong(index)) if form
                   else calls.FPDFPage_GetObject(parent, index))
            if not raw:
                raise PdfiumError("Failed to get pageobject.")
            kind = calls.FPDFPageObj_GetType(raw)
            if kind == PAGEOBJ_IMAGE:
                if not calls.FPDFPageObj_GetBounds(raw, *pointers):
                    raise PdfiumError("Failed to locate pageobject.")
                yield box[0].value, box[1].value, box[2].value, box[3].value
            if kind == PAGEOBJ_FORM and level < max_depth - 1:
                yield from walk(raw, True, level + 1)

    yield from walk(page.raw, False, 0)
