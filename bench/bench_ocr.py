"""Benchmark OCR: seconds per scanned page, word accuracy against the text original, and reading a
20-page PDF whose first page only is scanned (only that page may be OCR:ed).

    .venv/bin/python bench/bench_ocr.py
"""

from __future__ import annotations

import difflib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from remiss import ocr  # noqa: E402
from remiss.read import read_file  # noqa: E402

SCANNED = ROOT / "samples" / "skannade"
MIXED = SCANNED / "blandad_20_sidor.pdf"
MAX_SECONDS_PER_PAGE = 10.0
MIN_ACCURACY = 0.97


def word_accuracy(expected: str, actual: str) -> float:
    """Given the true and the OCR text, return the share of true words found in order."""
    truth, found = re.findall(r"\S+", expected), re.findall(r"\S+", actual)
    matcher = difflib.SequenceMatcher(a=truth, b=found, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(truth))


def original_of(scanned: Path) -> Path | None:
    """Given a scanned sample, return the text PDF it was made from, if it is there."""
    stem = scanned.stem.removesuffix("_skannad")
    candidates = [ROOT / "samples" / f"{stem}.pdf", *sorted((ROOT / "samples").glob(f"*/{stem}.pdf"))]
    return next((p for p in candidates if p.exists()), None)


def bench_scans() -> tuple[float, bool]:
    """OCR every scanned sample; print seconds per page and accuracy; return (worst s/page, accuracy ok)."""
    worst, accurate = 0.0, True
    for path in sorted(SCANNED.glob("*_skannad.pdf")):
        count = _page_count(path)
        start = time.perf_counter()
        pages = ocr.ocr_pages(path, range(1, count + 1))
        seconds = time.perf_counter() - start
        per_page = seconds / max(1, count)
        worst = max(worst, per_page)
        accuracy = _accuracy(path, pages)
        accurate = accurate and (accuracy is None or accuracy >= MIN_ACCURACY)
        shown = "—" if accuracy is None else f"{accuracy:.1%}"
        print(f"{path.name:40} {count:2} sidor  {seconds:6.2f} s  {per_page:5.2f} s/sida  ord rätt {shown}")
    return worst, accurate


def _page_count(path: Path) -> int:
    """Given a PDF path, return its number of pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _accuracy(scanned: Path, pages: dict) -> float | None:  # type: ignore[type-arg]
    """Given a scanned sample and its OCR pages, return word accuracy against the original text layer."""
    original = original_of(scanned)
    if original is None:
        return None
    truth = read_file(original, ocr=False)
    expected = "\n".join(p.text for p in truth.pages)
    actual = "\n".join(pages[n].text for n in sorted(pages))
    return word_accuracy(expected, actual)


def bench_single_page() -> float:
    """OCR one page alone (latency of a one-page scan, one process); return seconds."""
    path = next(iter(sorted(SCANNED.glob("*_skannad.pdf"))))
    start = time.perf_counter()
    ocr.ocr_pages(path, [1])
    seconds = time.perf_counter() - start
    print(f"en sida ensam ({path.name}): {seconds:.2f} s")
    return seconds


def bench_mixed() -> bool:
    """Read the 20-page mixed PDF; print the time and which pages were OCR:ed; return True if only page 1."""
    calls: list[list[int]] = []
    real = ocr.ocr_pages

    def counting(path, numbers):  # type: ignore[no-untyped-def]
        calls.append(list(numbers))
        return real(path, numbers)

    ocr.ocr_pages = counting  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        handling = read_file(MIXED)
        seconds = time.perf_counter() - start
    finally:
        ocr.ocr_pages = real  # type: ignore[assignment]
    ocr_done = [n for call in calls for n in call]
    print(f"{MIXED.name}: {len(handling.pages)} sidor lästa på {seconds:.2f} s, OCR på sidor {ocr_done}")
    return ocr_done == [1] and len(handling.pages) == 20


def main() -> bool:
    """Run the OCR benchmarks, print figures, return False when a target is missed."""
    if not ocr.available():
        print("OCR saknas (tesseract-ocr, tesseract-ocr-swe): inget att mäta.")
        return False
    if not MIXED.exists():
        print("samples/skannade saknas: kör python samples/skanna.py")
        return False
    single = bench_single_page()
    worst, accurate = bench_scans()
    only_first = bench_mixed()
    ok = worst <= MAX_SECONDS_PER_PAGE and single <= MAX_SECONDS_PER_PAGE and only_first
    print(f"sämsta: {worst:.2f} s/sida (mål ≤ {MAX_SECONDS_PER_PAGE:.0f} s); ord rätt ≥ {MIN_ACCURACY:.0%}: "
          f"{'ja' if accurate else 'nej'}; blandad PDF bara sida 1: {'ja' if only_first else 'nej'}")
    return ok and accurate


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
