"""Benchmark OCR: seconds per scanned page, word accuracy against the text original, and reading a
20-page PDF whose first page only is scanned (only that page may be OCR:ed).

    .venv/bin/python bench/bench_ocr.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from remiss import ocr  # noqa: E402
from remiss.read import read_file  # noqa: E402

SCANNED = ROOT / "samples" / "skannade"
MIXED = SCANNED / "blandad_20_sidor.pdf"
FACIT = ROOT / "samples" / "facit"
MAX_SECONDS_PER_PAGE = 10.0
MIN_ACCURACY = 0.97
MIN_FIELDS = 0.90
IMPORTANT = ("svarsdatum", "diarienummer")
MAX_PAGES_UNSEEN = 4  # samples this long or shorter are scanned on the fly for the field check
FIELDS = ("diarienummer", "avsandare", "titel", "datum", "svarsdatum", "svarsadress", "remissinstanser",
          "handlaggare", "sidor")


def word_accuracy(expected: str, actual: str) -> float:
    """Given the true and the OCR text, return the share of true words (as a multiset) OCR found."""
    truth, found = Counter(expected.split()), Counter(actual.split())
    return sum((truth & found).values()) / max(1, sum(truth.values()))


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

    def counting(path, numbers, grans=None):  # type: ignore[no-untyped-def]
        numbers = list(numbers)
        calls.append(numbers)
        return real(path, numbers, grans)

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


def _field_values(remiss: dict) -> dict:  # type: ignore[type-arg]
    """Given a remiss as a dict (tolka --json or facit), return the fields compared, normalised."""
    values = {name: remiss.get(name) for name in FIELDS}
    values["svarsadress"] = (values["svarsadress"] or "").casefold() or None
    values["remissinstanser"] = [i["namn"] for i in remiss.get("remissinstanser") or []]
    handlaggare = remiss.get("handlaggare") or {}
    values["handlaggare"] = (handlaggare.get("namn"), handlaggare.get("telefon"))
    values["sidor"] = list(remiss.get("sidor") or [])
    return values


def _fields_right(path: Path, facit: list[dict]) -> tuple[int, int, list[str]]:  # type: ignore[type-arg]
    """Given a PDF and its facit remisser, return (fields right, fields in all, names of wrong fields)."""
    from remiss.pipeline import tolka_fil

    found = [r.to_dict() for r in tolka_fil(path)]
    right, total, wrong = 0, 0, []
    for index, expected in enumerate(facit):
        got = _field_values(found[index]) if index < len(found) else {}
        for name, value in _field_values(expected).items():
            total += 1
            if got.get(name) == value:
                right += 1
            else:
                wrong.append(name)
    return right, total, wrong


def bench_fields() -> bool:
    """Scan each short sample remiss on the fly, tolka it, compare fields with the facit and text layer."""
    import json
    import tempfile

    sys.path.insert(0, str(ROOT / "samples"))
    import skanna  # type: ignore[import-not-found]

    sums = {"ocr": [0, 0], "text": [0, 0], "viktiga": [0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for index, facit_file in enumerate(sorted(FACIT.glob("*.json"))):
            original = ROOT / "samples" / f"{facit_file.stem}.pdf"
            facit = json.loads(facit_file.read_text(encoding="utf-8"))["remisser"]
            if not original.exists() or not facit or _page_count(original) > MAX_PAGES_UNSEEN:
                continue
            scanned = skanna.scan_pdf(original, Path(tmp) / original.name, angle=(-1) ** index * 1.3,
                                      seed=index, mode="L" if index % 2 else "1")
            start = time.perf_counter()
            ocr_right, total, wrong = _fields_right(scanned, facit)
            seconds = time.perf_counter() - start
            text_right, _, text_wrong = _fields_right(original, facit)
            sums["ocr"][0] += ocr_right
            sums["ocr"][1] += total
            sums["text"][0] += text_right
            sums["text"][1] += total
            sums["viktiga"][0] += 2 * len(facit) - sum(1 for name in wrong if name in IMPORTANT)
            sums["viktiga"][1] += 2 * len(facit)
            only_ocr = sorted(set(wrong) - set(text_wrong))
            note = f"  (fel bara med OCR: {', '.join(only_ocr)})" if only_ocr else ""
            print(f"{original.name:34} {seconds:5.1f} s  fält rätt OCR {ocr_right}/{total}, textlager "
                  f"{text_right}/{total}{note}")
    ocr_share = sums["ocr"][0] / max(1, sums["ocr"][1])
    text_share = sums["text"][0] / max(1, sums["text"][1])
    print(f"fält rätt efter skanning: {ocr_share:.1%} (textlager {text_share:.1%}; mål ≥ {MIN_FIELDS:.0%}); "
          f"svarsdatum och diarienummer: {sums['viktiga'][0]}/{sums['viktiga'][1]}")
    return ocr_share >= MIN_FIELDS


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
    fields_ok = bench_fields()
    ok = worst <= MAX_SECONDS_PER_PAGE and single <= MAX_SECONDS_PER_PAGE and only_first and fields_ok
    print(f"sämsta: {worst:.2f} s/sida (mål ≤ {MAX_SECONDS_PER_PAGE:.0f} s); ord rätt ≥ {MIN_ACCURACY:.0%}: "
          f"{'ja' if accurate else 'nej'}; blandad PDF bara sida 1: {'ja' if only_first else 'nej'}")
    return ok and accurate


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
