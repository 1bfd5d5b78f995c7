"""OCR of PDF pages without a text layer: tesseract with Swedish, via pytesseract.

Only the pages asked for are rendered (pypdfium2, 300 dpi), turned grayscale, deskewed and
read by tesseract, in parallel on up to two processes. Words come back with boxes and are
grouped into our own Line objects (`ocr=True`, `top` in PDF points), so the rest of the
pipeline treats a scanned page like any other.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from remiss.clean import keeps_hyphen, word_before
from remiss.domain import Line, Page
from remiss.errors import InputError, NoTextLayerError

LANG = "swe"
DPI = 300
TESSERACT_CONFIG = "--psm 4"  # one column of variable-size text: keeps "2." with its list item
PAGE_TIMEOUT = 180  # seconds for one page; a stuck tesseract becomes an InputError
MAX_WORKERS = 2
MAX_OCR_SIDOR = 50  # pages OCR:ed per file at most (config max_ocr_sidor, --max-ocr-sidor): ~8 s a page
MAX_SIDE_PIXELS = 7200  # a page larger than A2 is rendered below 300 dpi rather than as a giant image
MAX_SKEW = 5.0  # degrees searched either way when deskewing
PACKAGES = "tesseract-ocr och tesseract-ocr-swe"
MISSING_TESSERACT = ("OCR är inte installerat (programmet tesseract hittades inte). Installera "
                     f"Debian-paketen {PACKAGES} och försök igen.")
MISSING_SWEDISH = (f"OCR saknar svenska språkdata (tesseract finns men inte språket swe). Installera "
                   f"Debian-paketen {PACKAGES} och försök igen.")

_BLANK_INK = 0.0002  # below this share of dark pixels a page is blank and not sent to tesseract
_MIN_CONF = 0.0  # tesseract gives -1 for non-word boxes
_SPECK_AREA = 80  # px² at 300 dpi: a smaller lone mark read with low confidence is noise (a bullet is 180)
_MIN_SURE_SHARE = 0.5  # below this share of confident words the page may be sideways: ask OSD
# "@" read as Q, W, Ö, ©, ® or "(" (or up to three such marks), or split off by spaces, between a mailbox
# name and a domain: "ks.diariumQboras.se", "KS.diarium Q boras.se", "boras.stadQÖQboras.se",
# "aln.diarium(Öboras.se", "arbetsliv @boras.se".
_MISREAD_AT = re.compile(r"(?<![\w.@/-])(?P<name>[A-Za-z0-9][\w.+-]*?[A-Za-z0-9])"
                         r"(?P<at>\s?[QW©®@Ö(&][QWÖ©®@(&]{0,2}\s?)"
                         r"(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?![\w@])")


# --- availability --------------------------------------------------------------------------------


@functools.cache
def available() -> bool:
    """Return True when the tesseract program runs and has Swedish language data (cached)."""
    return _missing_reason() is None


@functools.cache
def _has_english() -> bool:
    """Return True when tesseract has English data (it reads "@" where the Swedish model does not)."""
    import pytesseract

    try:
        return "eng" in pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError, RuntimeError):
        return False


def _missing_reason() -> str | None:
    """Return the Swedish message saying what is missing for OCR, or None when all is there."""
    try:
        import pytesseract
    except ImportError:
        return MISSING_TESSERACT
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError, RuntimeError):
        return MISSING_TESSERACT
    return None if LANG in languages else MISSING_SWEDISH


def require() -> None:
    """Raise NoTextLayerError naming the Debian packages when OCR cannot run."""
    if not available():
        raise NoTextLayerError(_missing_reason() or MISSING_TESSERACT)


# --- the public call -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OcrGrans:
    """How much OCR one file may take and who hears about it.

    `max_sidor`: pages OCR:ed at most; the rest stay without text. `framsteg(text)` gets one line per
    page read (give it only on a terminal); `obs(text)` gets the notice when the bound stops OCR.
    """

    max_sidor: int = MAX_OCR_SIDOR
    framsteg: Callable[[str], None] | None = None
    obs: Callable[[str], None] | None = None


def ocr_pages(path: str | Path, numbers: Iterable[int], grans: OcrGrans | None = None) -> dict[int, Page]:
    """Given a PDF path and page numbers (from 1), return those pages read by OCR, keyed by number.

    At most grans.max_sidor pages are read (the first ones); when the bound stops OCR, grans.obs hears it.
    """
    grans = grans or OcrGrans()
    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    fil = str(path)
    if not available():
        raise NoTextLayerError(_missing_reason() or MISSING_TESSERACT, fil=fil)
    if len(wanted) > max(grans.max_sidor, 0):
        wanted, skipped = wanted[: max(grans.max_sidor, 0)], wanted[max(grans.max_sidor, 0):]
        if grans.obs:
            grans.obs(gransmeddelande(fil, len(wanted), skipped))
    pages: dict[int, Page] = {}
    for done, (number, (page, error)) in enumerate(zip(wanted, _run_pages(fil, wanted), strict=True), 1):
        if error is not None:
            raise InputError(error, fil=fil, sida=number)
        assert page is not None
        pages[number] = page
        if grans.framsteg:
            grans.framsteg(f"OCR: {fil}: sida {number} klar ({done} av {len(wanted)})")
    return pages


def gransmeddelande(fil: str, lasta: int, hoppade: Sequence[int]) -> str:
    """Given the file, the pages read and the pages skipped, return the Swedish notice of the OCR bound."""
    from remiss.sprak import antal

    sidor = f"sida {hoppade[0]}" if len(hoppade) == 1 else f"sidorna {hoppade[0]}–{hoppade[-1]}"
    return (f"{fil}: OCR stoppades vid gränsen {antal(lasta, 'sida', 'sidor')}; "
            f"{antal(len(hoppade), 'skannad sida', 'skannade sidor')} till ({sidor}) lästes inte. "
            "Höj gränsen med --max-ocr-sidor eller max_ocr_sidor i remiss.toml.")


def _run_pages(fil: str, numbers: Sequence[int]) -> Iterable[tuple[Page | None, str | None]]:
    """Given a PDF path and page numbers, yield (Page, error) per page in order, on up to two processes."""
    from concurrent.futures.process import BrokenProcessPool  # not at import: tolka of a text PDF needs none

    if not numbers:
        return
    workers = min(MAX_WORKERS, len(numbers), os.cpu_count() or 1)
    try:
        from remiss.arbetare import pool as arbetspool

        with arbetspool(workers, initializer=_init_worker) as pool:
            yield from pool.map(_ocr_one, [fil] * len(numbers), numbers)
    except BrokenProcessPool as exc:
        raise InputError("OCR-processen avbröts oväntat (slut på minne?). Försök igen med färre sidor.",
                         fil=fil) from exc


def _init_worker() -> None:
    """Limit tesseract to one thread per process: with two processes on two cores it is 5x faster."""
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _ocr_one(fil: str, number: int) -> tuple[Page | None, str | None]:
    """Given a PDF path and a page number, return (Page, None) or (None, Swedish error) (runs in a worker)."""
    try:
        image, size = render_page(fil, number)
        return page_from_image(image, number, size), None
    except InputError as exc:
        return None, exc.message


def scanned_pages(path: str | Path, numbers: Iterable[int]) -> list[int]:
    """Given a PDF path and page numbers, return those pages that carry an image over a third of the page.

    A page without text but with such an image is a scan (OCR needed); one without is blank. Needs no
    tesseract, so a reader can say "page 1 is scanned, install OCR" instead of silently skipping it.
    """
    import pypdfium2 as pdfium

    from remiss.layout import scan_image

    fil = str(path)
    try:
        pdf = pdfium.PdfDocument(fil)
    except pdfium.PdfiumError as exc:
        raise InputError("PDF:en är trasig eller krypterad och kan inte läsas. Hämta den på nytt.",
                         fil=fil) from exc
    found = []
    try:
        for number in sorted(set(numbers)):
            page = pdf[number - 1]
            try:
                if scan_image(page):
                    found.append(number)
            finally:
                page.close()
    except (pdfium.PdfiumError, IndexError) as exc:
        raise InputError(f"PDF:en är trasig och kan inte läsas ({exc}). Hämta den på nytt.", fil=fil) from exc
    finally:
        pdf.close()
    return found


def pages_needing_ocr(path: str | Path, pages: Sequence[Page], *, min_chars: int = 15,
                      stamp_chars: int = 300) -> list[int]:
    """Given a PDF path and its pages read from the text layer, return the numbers of the pages to OCR.

    A page with (almost) no text needs OCR; so does a scanned page whose text layer holds only a stamp
    or a header added after scanning ("Inkom 2024-03-01 Dnr ALN 2024-00012"): little text over a
    page-sized image.
    """
    chars = {page.number: sum(len(line.text) for line in page.lines) for page in pages}
    empty = [number for number, count in chars.items() if count < min_chars]
    stamped = [number for number, count in chars.items() if min_chars <= count < stamp_chars]
    return sorted(empty + (scanned_pages(path, stamped) if stamped else []))


# --- rendering and image preparation ----------------------------------------------------------


def render_page(fil: str, number: int, dpi: int = DPI) -> tuple[Any, tuple[float, float]]:
    """Given a PDF path and page number, return the page as a grayscale PIL image and its size in points."""
    import pypdfium2 as pdfium

    from remiss.limits import check_page_images

    try:
        pdf = pdfium.PdfDocument(fil)
    except pdfium.PdfiumError as exc:
        raise InputError("PDF:en kan inte öppnas för OCR (trasig eller krypterad). "
                         "Hämta den på nytt.") from exc
    try:
        page = pdf[number - 1]
        try:
            size = (page.get_width(), page.get_height())
            check_page_images(page, fil=fil, sida=number)  # pdfium decodes an image whole to render it
            scale = min(dpi / 72, MAX_SIDE_PIXELS / max(size[0], size[1], 1.0))
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_pil().convert("L")
        finally:
            page.close()
    except (pdfium.PdfiumError, IndexError, MemoryError) as exc:
        raise InputError(f"sidan kan inte renderas för OCR ({exc}). Hämta PDF:en på nytt.") from exc
    finally:
        pdf.close()
    return image, size


def page_from_image(image: Any, number: int, size: tuple[float, float]) -> Page:
    """Given a grayscale page image, its number and size in points, return the Page read by OCR."""
    if is_blank(image):
        return Page(number=number, lines=(), ocr=True, width=size[0], height=size[1])
    scale = size[1] / image.height if image.height else 72 / DPI
    prepared = clean(deskew(image))
    data = _tesseract_data(prepared)
    if _share_of_sure_words(data) < _MIN_SURE_SHARE:
        prepared, data = _read_turned(image, prepared, data)
    if _has_english():
        data = reread_addresses(prepared, data)
    lines = lines_from_data(data, number, scale)
    return Page(number=number, lines=tuple(lines), ocr=True, width=size[0], height=size[1])


def _share_of_sure_words(data: dict[str, list[Any]]) -> float:
    """Given tesseract's word data, return the share of words read with confidence >= 60 (0 without words)."""
    confidences = [float(c) for c, t in zip(data.get("conf", []), data.get("text", []), strict=False)
                   if str(t).strip()]
    return sum(1 for c in confidences if c >= 60) / len(confidences) if confidences else 0.0


def _read_turned(image: Any, prepared: Any, data: dict[str, list[Any]]) -> tuple[Any, dict[str, list[Any]]]:
    """Given a page that read badly, return (image, word data) after turning it the way tesseract's OSD says.

    A page scanned sideways or upside down reads as garbage; OSD (0.4 s) finds the 90-degree turn.
    The first reading is kept when OSD fails or the turned page reads no better.
    """
    turn = _orientation(prepared)
    if turn == 0:
        return prepared, data
    turned = clean(deskew(image.rotate(-turn, expand=True, fillcolor=255)))
    again = _tesseract_data(turned)
    return (turned, again) if _share_of_sure_words(again) > _share_of_sure_words(data) else (prepared, data)


def _orientation(image: Any) -> int:
    """Given a page image, return the clockwise turn in degrees (0, 90, 180, 270) that sets it upright."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=5",
                                       output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT)
    except (pytesseract.TesseractError, RuntimeError, OSError):  # no osd data, too little text
        return 0
    return int(osd.get("rotate", 0)) % 360


def _tesseract_data(image: Any) -> dict[str, list[Any]]:
    """Given a page image, return tesseract's word data (image_to_data as a dict) or raise InputError."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        return pytesseract.image_to_data(image, lang=LANG, config=TESSERACT_CONFIG,
                                         output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT)
    except pytesseract.TesseractNotFoundError as exc:
        raise InputError(MISSING_TESSERACT) from exc
    except pytesseract.TesseractError as exc:
        raise InputError(f"OCR misslyckades ({_first_line(exc)}). Kontrollera att {PACKAGES} är "
                         "installerade.") from exc
    except RuntimeError as exc:  # pytesseract's timeout (TesseractError above is a RuntimeError too)
        raise InputError(f"OCR tog mer än {PAGE_TIMEOUT} sekunder för sidan och avbröts. Skanna om sidan "
                         "med högre kontrast.") from exc
    except OSError as exc:
        raise InputError(f"OCR kunde inte köras ({exc.strerror or exc}). Kontrollera att {PACKAGES} är "
                         "installerade.") from exc


def _first_line(exc: BaseException) -> str:
    """Given an exception, return the first non-empty line of its text."""
    for line in str(getattr(exc, "message", "") or exc).splitlines():
        if line.strip(" ()'\""):
            return line.strip(" ()'\"")
    return type(exc).__name__


def is_blank(image: Any) -> bool:
    """Given a grayscale page image, return True when it holds (almost) no ink."""
    import numpy as np

    small = image.reduce(4) if min(image.size) >= 400 else image
    pixels = np.asarray(small)
    paper = float(np.percentile(pixels, 95))
    return bool((pixels < paper - 60).mean() < _BLANK_INK)  # faint grey print on white still counts


def clean(image: Any) -> Any:
    """Given a straight grayscale page image, return it despeckled and binarised (Otsu's threshold)."""
    from PIL import ImageFilter

    smooth = image.filter(ImageFilter.MedianFilter(3))
    threshold = otsu_threshold(smooth)
    return smooth.point(lambda v: 255 if v > threshold else 0)


def otsu_threshold(image: Any) -> int:
    """Given a grayscale image, return the gray level that best separates ink from paper (Otsu)."""
    import numpy as np

    histogram = np.asarray(image.histogram()[:256], dtype=np.float64)
    total = histogram.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mass = np.cumsum(histogram * levels)
    background = total - weight
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight - total * mass) ** 2 / (weight * background)
    between[~np.isfinite(between)] = 0
    return int(np.flatnonzero(between == between.max()).mean())


def deskew(image: Any) -> Any:
    """Given a grayscale page image, return it rotated straight (unchanged when under 0.1 degrees off)."""
    angle = skew_angle(image)
    if abs(angle) < 0.1:
        return image
    from PIL import Image

    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)


def skew_angle(image: Any, limit: float = MAX_SKEW) -> float:
    """Given a grayscale page image, return the counter-clockwise rotation in degrees that straightens it."""
    import numpy as np

    ys, xs = np.nonzero(np.asarray(_binarised_thumbnail(image)))
    if len(ys) == 0:
        return 0.0
    coarse = _best_angle(ys, xs, np.arange(-limit, limit + 0.01, 0.25))
    return _best_angle(ys, xs, np.arange(coarse - 0.25, coarse + 0.26, 0.05))


def _binarised_thumbnail(image: Any, width: int = 1000) -> Any:
    """Given a grayscale image, return a downscaled copy with ink 255 and paper 0."""
    from PIL import Image

    factor = min(1.0, width / max(1, image.width))
    small = image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))),
                         Image.Resampling.BILINEAR) if factor < 1 else image
    return small.point(lambda v: 255 if v < 160 else 0)


def _best_angle(ys: Any, xs: Any, angles: Iterable[float]) -> float:
    """Given ink pixel rows and columns and candidate angles, return the angle whose row profile is sharpest.

    Shearing the ink points by the angle stands in for rotating the image (exact enough under 5 degrees);
    text lines that run straight give a profile of high, narrow peaks.
    """
    import numpy as np

    best, best_score = 0.0, -1.0
    for angle in angles:
        rows = np.rint(ys - xs * np.tan(np.radians(angle))).astype(np.int64)
        profile = np.bincount(rows - rows.min()).astype(np.float64)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


# --- e-mail addresses read again --------------------------------------------------------------

_DOMAIN_WORD = re.compile(r"^\S*\w\.[a-z]{2,6}[.,;:)]?$")
_ADDRESS = re.compile(r"^(?P<name>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(?P<tail>[.,;:)]?)$")
_STRIP_GAP = 24  # pixels between crops in the strip read by the English model


def reread_addresses(image: Any, data: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Given a page image and its Swedish word data, return the data with e-mail addresses read again.

    The Swedish model reads "@" as Q, W, Ö, "e" or "a ". Every word that ends like a domain (and the
    word before it with it) is cut out, the cuts are stacked into one strip and read once by the English
    model; where it sees name@domain, the Swedish letters are kept and the "@" put in its place.
    """
    texts = [str(t).strip() for t in data.get("text", [])]
    crops = _address_crops(data, texts)
    if not crops:
        return data
    readings = _read_strip(image, data, crops)
    fixed, widths = list(data["text"]), list(data["width"])
    done: set[int] = set()
    for indexes, reading in zip(crops, readings, strict=True):
        if done & set(indexes):
            continue
        merged = merge_address(" ".join(texts[i] for i in indexes), reading)
        if merged:
            first, last = indexes[0], indexes[-1]
            fixed[first] = merged
            widths[first] = int(data["left"][last]) + int(data["width"][last]) - int(data["left"][first])
            for index in indexes[1:]:
                fixed[index] = ""
            done.update(indexes)
    return {**data, "text": fixed, "width": widths}


def _address_crops(data: dict[str, list[Any]], texts: list[str]) -> list[tuple[int, ...]]:
    """Given word data, return groups to read again: a domain-like word with the word before, then alone."""
    crops: list[tuple[int, ...]] = []
    previous: int | None = None
    for index, text in enumerate(texts):
        if not text:
            continue
        if _looks_like_domain(text):
            if previous is not None and _same_line(data, previous, index):
                crops.append((previous, index))
            crops.append((index,))
        previous = index
    return crops


def _looks_like_domain(text: str) -> bool:
    """Given a word, return True when it ends like a domain and is no web address or complete e-mail."""
    return "@" not in text and not text.lower().startswith("www.") and len(text) > 6 and bool(
        _DOMAIN_WORD.match(text))


def _same_line(data: dict[str, list[Any]], first: int, second: int) -> bool:
    """Given two word indexes, return True when tesseract put them on the same line."""
    return all(data[key][first] == data[key][second] for key in ("block_num", "par_num", "line_num"))


def _read_strip(image: Any, data: dict[str, list[Any]], crops: list[tuple[int, ...]]) -> list[str]:
    """Given a page image, word data and word index groups, return the English reading of each group."""
    import pytesseract
    from PIL import Image

    boxes = []
    for indexes in crops:
        left = min(int(data["left"][i]) for i in indexes) - 6
        top = min(int(data["top"][i]) for i in indexes) - 6
        right = max(int(data["left"][i]) + int(data["width"][i]) for i in indexes) + 6
        bottom = max(int(data["top"][i]) + int(data["height"][i]) for i in indexes) + 6
        boxes.append(image.crop((max(0, left), max(0, top), right, bottom)))
    width = max(box.width for box in boxes) + 2 * _STRIP_GAP
    strip = Image.new("L", (width, sum(box.height + _STRIP_GAP for box in boxes) + _STRIP_GAP), 255)
    bands, y = [], _STRIP_GAP
    for box in boxes:
        strip.paste(box, (_STRIP_GAP, y))
        bands.append((y, y + box.height))
        y += box.height + _STRIP_GAP
    try:
        words = pytesseract.image_to_data(strip, lang="eng", config="--psm 6",
                                          output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT)
    except (pytesseract.TesseractError, RuntimeError, OSError):
        return [""] * len(crops)
    return [_band_text(words, top, bottom) for top, bottom in bands]


def _band_text(words: dict[str, list[Any]], top: int, bottom: int) -> str:
    """Given word data of the strip and a band's top and bottom, return the words in the band joined."""
    found = [(int(words["left"][i]), str(text).strip()) for i, text in enumerate(words["text"])
             if str(text).strip() and top <= int(words["top"][i]) + int(words["height"][i]) / 2 <= bottom]
    return " ".join(text for _, text in sorted(found))


def merge_address(swedish: str, english: str) -> str | None:
    """Given the Swedish and English readings of one address, return it with Swedish letters and "@".

    The English reading must be one whole address whose domain ends the Swedish reading. The Swedish
    letters before the domain, less up to three misread marks, are lined up with the English name:
    where they differ the Swedish letter is kept (l, not i), where English has more (a lost ".") its
    characters are taken. None when the two names are too far apart.
    """
    match = _ADDRESS.match(re.sub(r"(?<=\.) (?=\w)", "", english.strip()))
    if not match:
        return None
    joined = swedish.replace(" ", "")
    domain, name = match.group("domain"), match.group("name")
    at = joined.lower().rfind(domain.lower())
    if at <= 0 or "@" in joined[:at]:
        return None
    candidates = [joined[:at - cut] for cut in range(0, min(3, at - 1) + 1)]
    best = max(candidates, key=lambda candidate: _similarity(candidate, name))
    if _similarity(best, name) < 0.7:
        return None
    return f"{_line_up(best, name)}@{joined[at:]}"


def _similarity(first: str, second: str) -> float:
    """Given two strings, return difflib's similarity ratio of them, ignoring case."""
    import difflib

    return difflib.SequenceMatcher(a=first.lower(), b=second.lower(), autojunk=False).ratio()


def _line_up(swedish: str, english: str) -> str:
    """Given two readings of one name, return the Swedish letters where both have some, and English extras."""
    import difflib

    out = []
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(a=swedish, b=english, autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):
            out.append(swedish[a0:a1])
        elif tag == "insert":
            out.append(english[b0:b1])
    return "".join(out)


# --- words into lines ----------------------------------------------------------------------------


def lines_from_data(data: dict[str, list[Any]], number: int, scale: float) -> list[Line]:
    """Given tesseract's image_to_data dict, a page number and points per pixel, return the page's Lines.

    Like the text-layer reader: one line per visual row, top to bottom; words left to right, and a gap
    wider than a column gap between two words becomes " | " (a table row, a header block).
    """
    rows = [(repair_text(_join_row(sorted(row), scale)), min(word[1] for word in row) * scale)
            for row in _rows(_pieces(_tesseract_lines(data), scale), scale)]
    lines: list[Line] = []
    for text, top in join_hyphenated(rows):
        if text:
            lines.append(Line(text=text, page=number, number=len(lines) + 1, top=round(top, 1), ocr=True))
    return lines


_HYPHEN_END = re.compile(r"[a-zåäöé]-$")
_KEEP_DASH_WORDS = ("och", "eller", "samt")


def join_hyphenated(rows: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Given (text, top) rows, return them with a word broken by a line-end hyphen joined on the first row.

    "remis-" over "sen är den 6 oktober" becomes "remissen" over "är den 6 oktober", as the text-layer
    reader does; "Gymnasie-" over "och vuxenutbildningsnämnden" keeps its dash.
    """
    out = list(rows)
    for index in range(len(out) - 1):
        text, top = out[index]
        following, following_top = out[index + 1]
        head, _, rest = following.partition(" ")
        if _HYPHEN_END.search(text) and head[:1].islower() and head.rstrip(".,;:") not in _KEEP_DASH_WORDS:
            own = "-" if keeps_hyphen(word_before(text, len(text) - 1)) else ""  # '4 kv-' 'ledning' (titel36)
            out[index] = (text[:-1] + own + head, top)
            out[index + 1] = (rest, following_top)
    return out


_OcrWord = tuple[int, int, int, int, str]  # left, top, right, bottom (pixels), text


def _tesseract_lines(data: dict[str, list[Any]]) -> list[list[_OcrWord]]:
    """Given tesseract's word data, return its lines (block, paragraph, line) as lists of words."""
    groups: dict[tuple[int, int, int], list[_OcrWord]] = {}
    for i, raw in enumerate(data.get("text", [])):
        text = str(raw).strip()
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        confidence = float(data["conf"][i])
        if not text or confidence < _MIN_CONF or _is_speck(text, confidence, (right - left) * (bottom - top)):
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        groups.setdefault(key, []).append((left, top, right, bottom, text))
    return list(groups.values())


def _is_speck(text: str, confidence: float, area: int) -> bool:
    """Given a word, its confidence and box area in pixels, return True for noise read as "-" or "."."""
    return confidence < 60 and area < _SPECK_AREA and len(text) <= 2 and not any(ch.isalnum() for ch in text)


def _pieces(lines: list[list[_OcrWord]], scale: float) -> list[list[_OcrWord]]:
    """Given tesseract lines and points per pixel, return their pieces: runs of words without a column gap."""
    from remiss.layout import COLUMN_GAP

    pieces: list[list[_OcrWord]] = []
    for words in lines:
        ordered = sorted(words)
        pieces.append([ordered[0]])
        for previous, word in zip(ordered, ordered[1:], strict=False):
            if (word[0] - previous[2]) * scale > COLUMN_GAP:
                pieces.append([word])
            else:
                pieces[-1].append(word)
    return pieces


def _rows(pieces: list[list[_OcrWord]], scale: float) -> list[list[_OcrWord]]:
    """Given pieces and points per pixel, return visual rows top to bottom, as the text-layer reader does.

    A piece joins the first row whose middle is within 40 % of the piece's height (at least 2 points), so a
    header cell beside a larger logo line stays its own row, as it does in the text layer.
    """
    rows: list[tuple[float, list[_OcrWord]]] = []
    for piece in sorted(pieces, key=lambda words: min(w[1] for w in words)):
        top, bottom = min(w[1] for w in piece), max(w[3] for w in piece)
        middle = (top + bottom) / 2
        for row in rows:
            if abs(row[0] - middle) < max(2.0 / scale, (bottom - top) * 0.4):
                row[1].extend(piece)
                break
        else:
            rows.append((middle, list(piece)))
    return [words for _, words in sorted(rows, key=lambda row: row[0])]


def _join_row(words: list[_OcrWord], scale: float) -> str:
    """Given a row's words sorted left to right, return its text with column gaps as " | "."""
    from remiss.layout import COLUMN_GAP

    out = words[0][4]
    for previous, word in zip(words, words[1:], strict=False):
        gap = (word[0] - previous[2]) * scale
        out += (" | " if gap > COLUMN_GAP else " ") + word[4]
    return out


def repair_text(text: str) -> str:
    """Given an OCR line, return it with typical OCR slips repaired (e-mail "@", page marks, list numbers)."""
    text = text.replace("\u201e", "\"").replace("\u2014", "–")
    text = repair_email(text)
    text = _PAGE_MARK.sub(_fix_page_mark, text)
    text = _LIST_NUMBER.sub(r"\1. ", text)
    text = _BULLET.sub("• ", text)
    text = _DIARIUM.sub("diarium", text)
    text = _NAMND.sub("nämnd", text)
    text = _YEAR_RANGE.sub(_fix_year_range, text)
    text = _SPACED_DASH.sub(" – ", _BULLET_DASH.sub("– ", text))
    return re.sub(r"\s{2,}", " ", text).strip()


# A page mark "1 (4)" or "1(1)" at the end of a line or cell whose "(" was read as 1, l or I, or lost:
# "114)", "2l2)", "11)".
_PAGE_MARK = re.compile(r"(?:(?<=\| )|^)(\d) ?([1lI]?)(\d)\)$")
# A bullet read as guillemets or a cent sign: "»« Västra Götalandsregionen".
_BULLET = re.compile(r"^[»«¢©]{1,2}\s*(?=\w)")
# "nämnd" (in nearly every remissinstans) with its n read as r or nh: "fakultetsrämnden", "Arbetslivsnhämnden"
# (not "rn": "Kulturnämnden" is right).
_NAMND = re.compile(r"(?<=[a-zåäö])(?:r|nh)ämnd")
# The mailbox word of nearly every diarium address, with its i read as l or 1: "ks.diarlum@boras.se".
_DIARIUM = re.compile(r"(?<=[.\w])diar[l1]um(?=@)|(?<=[.\w])d[l1]arium(?=@)")
# A list number run into its item or with a comma for its point: "77.Tranemo kommun", "34, Region Halland".
_LIST_NUMBER = re.compile(r"^(\d{1,3})(?:\.|, )(?=[A-ZÅÄÖ][a-zåäö])")


# Dashes the Swedish model reads as hyphens: "2025-2030" (a span of years), "Remiss - Program", "- punkt".
_YEAR_RANGE = re.compile(r"(?<![\w-])((?:19|20)\d\d)-((?:19|20)\d\d)(?![\w-])")
_SPACED_DASH = re.compile(r"(?<=\w) - (?=\w)")
_BULLET_DASH = re.compile(r"^- (?=\w)")


def _fix_year_range(match: re.Match[str]) -> str:
    """Given a year-hyphen-year match, return it with an en dash when it is a span of at most 30 years."""
    first, last = int(match.group(1)), int(match.group(2))
    return f"{first}–{last}" if 0 < last - first <= 30 else match.group(0)


def _fix_page_mark(match: re.Match[str]) -> str:
    """Given a misread page mark match, return it as "n (m)" or "n(m)", or unchanged when not a page mark.

    With a "(" read as 1 the page must not exceed the pages ("514)" stays); a header cell like "21)",
    whose "(" was lost, is a page mark whatever its digits (read wrong, but page furniture all the same).
    """
    page, misread, pages = int(match.group(1)), match.group(2), int(match.group(3))
    if misread and not 0 < page <= pages:
        return match.group(0)
    if not misread and not match.string[:match.start()].endswith("| "):
        return match.group(0) if not 0 < page <= pages else f"{page}({pages})"
    return f"{page}{' ' if misread else ''}({pages})"


def repair_email(text: str) -> str:
    """Given text, return it with e-mail addresses whose "@" was misread (Q, W, ©, spaces) repaired."""
    return _MISREAD_AT.sub(_fix_at, text)


def _fix_at(match: re.Match[str]) -> str:
    """Given a name<Q|W|@>domain match, return name@domain unless the name has no lower-case letter."""
    if not re.search(r"[a-z]", match.group("name")):
        return match.group(0)
    return f"{match.group('name')}@{match.group('domain')}"
