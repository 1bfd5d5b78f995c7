"""Tests of remiss.ocr: pure helpers without tesseract; real OCR (marked `ocr`) on a few scanned pages."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest

from remiss import ocr
from remiss.domain import Line, Page
from remiss.errors import InputError, NoTextLayerError
from remiss.read import read_file

ROOT = Path(__file__).resolve().parent.parent
HAS_TESSERACT = shutil.which("tesseract") is not None
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract är inte installerat")
SCANS = sorted((ROOT / "samples" / "skannade").glob("*_skannad.pdf"))
MIXED = ROOT / "samples" / "skannade" / "blandad_20_sidor.pdf"


def _skanna():  # type: ignore[no-untyped-def]
    """Return the samples/skanna.py module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("skanna", ROOT / "samples" / "skanna.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_available():  # type: ignore[no-untyped-def]
    """Clear the cached availability answer before and after a test that fakes a missing tesseract."""
    ocr.available.cache_clear()
    yield
    ocr.available.cache_clear()


# --- pure helpers (no tesseract needed) --------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("skickas till ks.diariumQboras.se", "skickas till ks.diarium@boras.se"),
    ("form till KS.diarium Q boras.se", "form till KS.diarium@boras.se"),
    ("anna.WallinWregeringskansliet.se.", "anna.Wallin@regeringskansliet.se."),
    ("arbetsliv©boras.se", "arbetsliv@boras.se"),
    ("Arbetslivsnämnden aln.diarium(Öboras.se", "Arbetslivsnämnden aln.diarium@boras.se"),
    ("E-post boras.stadQÖQboras.se", "E-post boras.stad@boras.se"),
    ("till KS.diariumÖboras.se", "till KS.diarium@boras.se"),
    ("Öppet i Östersund.se", "Öppet i Östersund.se"),
    ("kontakta arbetsliv @boras.se idag", "kontakta arbetsliv@boras.se idag"),
    ("KS.diarium@boras.se", "KS.diarium@boras.se"),
    ("www.boras.se", "www.boras.se"),
    ("IBM Q system.se", "IBM Q system.se"),
    ("Wboras.se", "Wboras.se"),
])
def test_repair_email(raw: str, expected: str) -> None:
    """An "@" misread as Q, W, © or split by spaces is repaired; other text is left alone."""
    assert ocr.repair_email(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Regeringskansliet | Remiss | 114)", "Regeringskansliet | Remiss | 1 (4)"),
    ("212)", "2 (2)"),
    ("Länsstyrelsen | REMISS | 11)", "Länsstyrelsen | REMISS | 1(1)"),
    ("Länsstyrelsen | REMISS | 21)", "Länsstyrelsen | REMISS | 2(1)"),
    ("21)", "21)"),
    ("34, Region Halland", "34. Region Halland"),
    ("12, 13 och 14 §§", "12, 13 och 14 §§"),
    ("»« Västra Götalandsregionen", "• Västra Götalandsregionen"),
    ("« Alingsås kommun", "• Alingsås kommun"),
    ("till ks.diarlum@boras.se.", "till ks.diarium@boras.se."),
    ("Uppsala universitet (Juridiska fakultetsrämnden)", "Uppsala universitet (Juridiska fakultetsnämnden)"),
    ("Arbetslivsnhämnden | aln.diarium@boras.se", "Arbetslivsnämnden | aln.diarium@boras.se"),
    ("Nämnden rämnde", "Nämnden rämnde"),
    ("9. Kulturnämnden", "9. Kulturnämnden"),
    ("Sida 1(1)", "Sida 1(1)"),
    ("Bilaga | 514)", "Bilaga | 514)"),
    ("77.Tranemo kommun", "77. Tranemo kommun"),
    ("2022.Remissvaren", "2022.Remissvaren"),
    ("kontakt: KS.diarium Q boras.se", "kontakt: KS.diarium@boras.se"),
    ("Remiss - Avfallsplan för Marks kommun 2025-2030", "Remiss – Avfallsplan för Marks kommun 2025–2030"),
    ("- Tekniska nämnden", "– Tekniska nämnden"),
    ("Dnr 2020-1430 och KS 2022-00304", "Dnr 2020-1430 och KS 2022-00304"),
    ("Gymnasie- och vuxenutbildningsnämnden", "Gymnasie- och vuxenutbildningsnämnden"),
])
def test_repair_text(raw: str, expected: str) -> None:
    """Page marks with "(" read as 1 and list numbers run into the item are repaired, nothing else."""
    assert ocr.repair_text(raw) == expected


@pytest.mark.parametrize(("swedish", "english", "expected"), [
    ("avfallemark.se", "avfall@mark.se", "avfall@mark.se"),
    ("kontoreta goteborg.se.", "kontoret@goteborg.se.", "kontoret@goteborg.se."),
    ("stadsledningenQvgr.se", "stadsiedningen@vgr.se", "stadsledningen@vgr.se"),
    ("boras.stadQÖQboras.se", "boras.stad@boras.se", "boras.stad@boras.se"),
    ("boras.se", "boras.se", None),
    ("till miljo.byggQmark.se", "till miljo.bygg@mark.se", None),
    ("avfallemark.se", "avfall@markse", None),
    ("fi kaGregeringskansliet.se.", "fi. ka@regeringskansliet.se.", "fi.ka@regeringskansliet.se."),
    ("fi.remissvareregeringskansliet.se", "fi. remissvar@regeringskansliet.se",
     "fi.remissvar@regeringskansliet.se"),
    ("samhallsbyggnadÖ&boras.se.", "samhallsbyggnad@boras.se.", "samhallsbyggnad@boras.se."),
    ("nagonting.helt.annat.se", "x@annat.se", None),
])
def test_merge_address(swedish: str, english: str, expected: str | None) -> None:
    """The English reading places the "@"; the Swedish letters are kept; anything doubtful gives None."""
    assert ocr.merge_address(swedish, english) == expected


def test_join_hyphenated_moves_the_broken_word_up() -> None:
    """A word broken at a line-end hyphen is joined on the first row; a compound dash before "och" stays."""
    kept = [("3. Gymnasie-", 34.0), ("och vuxenutbildningsnämnden", 46.0), ("Tel 033-", 58.0), ("35", 70.0)]
    rows = [("Sista dag att svara på remis-", 10.0), ("sen är den 6 oktober 2025.", 22.0), *kept]
    assert ocr.join_hyphenated(rows) == [
        ("Sista dag att svara på remissen", 10.0), ("är den 6 oktober 2025.", 22.0), *kept]


def test_lines_from_data_groups_words_by_line_in_order() -> None:
    """Words are grouped by (block, paragraph, line), sorted left to right, with top in points."""
    data = {
        "text": ["", "Dnr", "2022-00304", "KS", "Remiss:", "Motion", "  "],
        "conf": [-1, 96, 91, 95, 93, 90, -1],
        "block_num": [1, 1, 1, 1, 2, 2, 2],
        "par_num": [1, 1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 1, 1, 1],
        "left": [0, 100, 300, 200, 100, 400, 500],
        "top": [0, 600, 602, 601, 900, 905, 900],
        "width": [0, 80, 180, 60, 280, 200, 10],
        "height": [0, 40, 40, 40, 40, 40, 40],
    }
    lines = ocr.lines_from_data(data, 3, 72 / 300)
    assert lines == [Line(text="Dnr KS 2022-00304", page=3, number=1, top=144.0, ocr=True),
                     Line(text="Remiss: Motion", page=3, number=2, top=216.0, ocr=True)]


def test_lines_from_data_makes_rows_with_column_gaps() -> None:
    """Lines side by side in other blocks join one row; a gap wider than 24 points becomes " | "."""
    data = {  # two blocks at the same height (a header: label column, value column), one row below
        "text": ["Regeringskansliet", "Remiss", "1", "(4)", "Socialdepartementet", "2023-11-28"],
        "conf": [95, 95, 90, 90, 95, 95],
        "block_num": [1, 2, 2, 2, 1, 2],
        "par_num": [1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 2, 2],
        "left": [250, 1400, 2000, 2040, 250, 1400],
        "top": [300, 302, 301, 301, 350, 352],
        "width": [500, 200, 20, 60, 550, 250],
        "height": [40, 40, 40, 40, 40, 40],
    }
    lines = ocr.lines_from_data(data, 1, 72 / 300)
    assert [line.text for line in lines] == ["Regeringskansliet | Remiss | 1 (4)",
                                             "Socialdepartementet | 2023-11-28"]
    assert [line.top for line in lines] == [72.0, 84.0]


def _bars(angle: float):  # type: ignore[no-untyped-def]
    """Return a white A4 image at 100 dpi with text-like bars, rotated by angle degrees."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (827, 1169), 255)
    draw = ImageDraw.Draw(image)
    for row in range(30):
        y = 120 + row * 30
        for x in range(80, 700, 60):
            draw.rectangle((x, y, x + 45, y + 10), fill=20)
    return image.rotate(angle, fillcolor=255)


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.5, 2.0, -4.0])
def test_skew_angle_finds_the_rotation(angle: float) -> None:
    """The projection-profile search returns the angle that undoes the rotation, within 0.2 degrees."""
    assert ocr.skew_angle(_bars(angle)) == pytest.approx(-angle, abs=0.2)


def test_deskew_leaves_a_straight_page_alone() -> None:
    """A straight page comes back as the same image object (no needless resampling)."""
    image = _bars(0.0)
    assert ocr.deskew(image) is image


def test_is_blank_and_otsu() -> None:
    """A white page is blank, a page with text is not; Otsu's threshold falls between ink and paper."""
    from PIL import Image

    assert ocr.is_blank(Image.new("L", (800, 1000), 250))
    assert not ocr.is_blank(_bars(0.0))
    faint = _bars(0.0).point(lambda v: 170 if v < 128 else 250)  # light grey print, as from a worn toner
    assert not ocr.is_blank(faint)
    assert 60 < ocr.otsu_threshold(_bars(0.0)) < 220


def test_tesseract_error_becomes_swedish_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing tesseract run is wrapped in an InputError with a Swedish message naming the packages."""
    import pytesseract

    def broken(*args: object, **kwargs: object) -> None:
        raise pytesseract.TesseractError(1, "Error opening data file swe.traineddata")

    monkeypatch.setattr(pytesseract, "image_to_data", broken)
    with pytest.raises(InputError) as info:
        ocr.page_from_image(_bars(0.0).convert("L"), 1, (595.0, 842.0))
    assert info.value.message.startswith("OCR misslyckades (Error opening data file swe.traineddata).")
    assert "tesseract-ocr och tesseract-ocr-swe" in info.value.message
    assert isinstance(info.value.__cause__, pytesseract.TesseractError)


def test_blank_page_is_not_sent_to_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blank scanned page becomes an empty OCR page without running tesseract."""
    import pytesseract
    from PIL import Image

    monkeypatch.setattr(pytesseract, "image_to_data", lambda *a, **k: pytest.fail("tesseract kördes"))
    page = ocr.page_from_image(Image.new("L", (1000, 1400), 245), 4, (595.0, 842.0))
    assert page == Page(number=4, lines=(), ocr=True, width=595.0, height=842.0)


def test_missing_tesseract_gives_one_swedish_line(monkeypatch: pytest.MonkeyPatch, fresh_available: None,
                                                 tmp_path: Path) -> None:
    """Without the tesseract program, OCR is unavailable and the error names both Debian packages."""
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "finns-inte" / "tesseract"))
    assert ocr.available() is False
    with pytest.raises(NoTextLayerError) as info:
        ocr.ocr_pages(tmp_path / "skannad.pdf", [1])
    line = str(info.value)
    assert "\n" not in line
    assert line == (f"{tmp_path / 'skannad.pdf'}: OCR är inte installerat (programmet tesseract hittades "
                    "inte). Installera Debian-paketen tesseract-ocr och tesseract-ocr-swe och försök igen.")


def test_missing_swedish_data_is_named(monkeypatch: pytest.MonkeyPatch, fresh_available: None) -> None:
    """With tesseract but without Swedish, the error says the language data is missing."""
    import pytesseract

    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    assert ocr.available() is False
    expected = "saknar svenska språkdata.*tesseract-ocr och tesseract-ocr-swe"
    with pytest.raises(NoTextLayerError, match=expected):
        ocr.require()


def test_pages_run_on_two_processes_with_one_thread_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three pages go to a pool of two processes, each told to run tesseract on one thread."""
    made: list[dict[str, object]] = []

    class FakePool:
        def __init__(self, **kwargs: object) -> None:
            made.append(kwargs)

        def __enter__(self) -> FakePool:
            return self

        def __exit__(self, *args: object) -> None:
            return None

        def map(self, func, *iterables):  # type: ignore[no-untyped-def]
            return [(Page(number=n, lines=(), ocr=True), None) for n in iterables[1]]

    from remiss import arbetare

    monkeypatch.setattr(arbetare, "ProcessPoolExecutor", FakePool)
    monkeypatch.setattr(ocr, "available", lambda: True)
    pages = ocr.ocr_pages("skannad.pdf", [3, 1, 2, 3])
    assert sorted(pages) == [1, 2, 3] and all(p.ocr for p in pages.values())
    # the pool's workers watch their parent (remiss.arbetare) and then run ocr's own initializer
    assert made == [{"max_workers": 2, "initializer": arbetare._starta_arbetare,
                     "initargs": (os.getpid(), ocr._init_worker)}]
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    ocr._init_worker()
    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_a_page_error_names_file_and_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error from one page becomes an InputError with the file and that page number."""
    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "_run_pages", lambda fil, numbers: [(Page(number=1, lines=()), None),
                                                                  (None, "sidan kan inte renderas.")])
    with pytest.raises(InputError) as info:
        ocr.ocr_pages("skannad.pdf", [1, 2])
    assert str(info.value) == "skannad.pdf, sida 2: sidan kan inte renderas."


def test_no_pages_asked_no_work() -> None:
    """Asking for no pages returns an empty dict without touching the file."""
    assert ocr.ocr_pages("/finns/inte.pdf", []) == {}


def test_mixed_pdf_without_ocr_says_which_page_is_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without OCR a mixed PDF is not silently cut short: the error names the scanned page."""
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(NoTextLayerError, match="sidan är skannad") as info:
        read_file(MIXED)
    assert info.value.sida == 1 and "--ingen-ocr" in info.value.message


def test_mixed_pdf_with_ocr_turned_off_keeps_text_pages() -> None:
    """With OCR turned off (--ingen-ocr) a mixed PDF reads its 19 text pages; the scanned one is empty."""
    handling = read_file(MIXED, ocr=False)
    assert [p.ocr for p in handling.pages] == [False] * 20
    assert handling.pages[0].lines == ()
    assert all(len(page.text) > 100 for page in handling.pages[1:])


def test_scanned_pdf_without_ocr_names_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fully scanned PDF without OCR gives NoTextLayerError naming the Debian packages."""
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(NoTextLayerError, match="tesseract-ocr och tesseract-ocr-swe"):
        read_file(SCANS[0])


def test_scanned_pages_tells_scans_from_blank_and_text_pages(tmp_path: Path) -> None:
    """Only a page carrying a page-sized image counts as scanned; text and blank pages do not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    blank = tmp_path / "tom.pdf"
    pdf = canvas.Canvas(str(blank), pagesize=A4)
    pdf.showPage()
    pdf.save()
    mixed = _skanna().mixed_pdf(MIXED, [(blank, [1]), (MIXED, [2])], tmp_path / "blandad.pdf")
    assert ocr.scanned_pages(mixed, [1, 2, 3]) == [1]
    assert ocr.scanned_pages(mixed, [2, 3]) == []


def test_render_page_caps_giant_pages(tmp_path: Path) -> None:
    """A poster-sized page is rendered at most 7200 pixels on its long side; A4 at 300 dpi."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "affisch.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(2384, 3370))  # A0 in points
    pdf.showPage()
    pdf.setPageSize((595.28, 841.89))
    pdf.showPage()
    pdf.save()
    big, big_size = ocr.render_page(str(path), 1)
    small, _ = ocr.render_page(str(path), 2)
    assert max(big.size) <= ocr.MAX_SIDE_PIXELS and big_size == pytest.approx((2384, 3370))
    assert small.size == (2481, 3508)


def test_pages_needing_ocr_include_stamped_scans(tmp_path: Path) -> None:
    """A scanned page whose text layer is only a diarium stamp needs OCR; a short text page does not."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image, size = ocr.render_page(str(SCANS[0]), 1, dpi=50)
    path = tmp_path / "stamplad.pdf"
    pdf = canvas.Canvas(str(path), pagesize=size)
    pdf.drawImage(ImageReader(image.convert("RGB")), 0, 0, width=size[0], height=size[1])
    pdf.drawString(400, 20, "Borås Stad Inkom 2022-09-22 Dnr ALN 2022-00123")
    pdf.showPage()
    pdf.drawString(70, 700, "Bilaga 2: Sändlista till remissen om skolsegregation")
    pdf.showPage()
    pdf.showPage()
    pdf.save()
    pages = read_file(path, ocr=False).pages
    assert [len(p.text) > 15 for p in pages] == [True, True, False]
    assert ocr.pages_needing_ocr(path, pages) == [1, 3]


# --- real OCR ---------------------------------------------------------------------------------

KEY_TOKENS = re.compile(r"\b(?:[A-ZÅÄÖ]{2,5} \d{4}-\d{5}|\d{4}-\d{2}-\d{2}|[\w.-]+@[\w.-]+\.[a-z]{2,})")


def _original(scan: Path) -> Path:
    """Given a scanned sample, return the text PDF it was made from."""
    return scan.parent.parent / scan.name.replace("_skannad", "")


def word_accuracy(expected: str, actual: str) -> float:
    """Given the true and the OCR text, return the share of true words (as a multiset) found by OCR."""
    from collections import Counter

    truth, found = Counter(expected.split()), Counter(actual.split())
    return sum((truth & found).values()) / max(1, sum(truth.values()))


@pytest.fixture(scope="module")
def first_pages() -> dict[Path, Page]:
    """Page 1 of every scanned sample read by OCR, two files at a time (one process each)."""
    from concurrent.futures import ThreadPoolExecutor

    if not HAS_TESSERACT:
        pytest.skip("tesseract är inte installerat")
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(lambda scan: ocr.ocr_pages(scan, [1])[1], SCANS))
    return dict(zip(SCANS, pages, strict=True))


def test_there_are_scanned_samples() -> None:
    """samples/skannade holds at least four scanned remisser and the mixed 20-page PDF."""
    assert len(SCANS) >= 4
    assert MIXED.exists()
    assert all(_original(scan).exists() for scan in SCANS)


@pytest.mark.ocr
@pytest.mark.parametrize("scan", SCANS, ids=[s.stem for s in SCANS])
def test_scanned_sample_reads_back_like_its_text_layer(scan: Path, first_pages: dict[Path, Page]) -> None:
    """Page 1 of a scanned, askew, noisy missiv: 93 % of words, every dnr, date and e-mail address right.

    (Not 100 %: tiny stacked header text like "Sida / 1(1)" and footer text beyond the page edge are lost.)
    """
    page = first_pages[scan]
    truth = read_file(_original(scan), ocr=False).pages[0]
    assert page.number == 1 and page.ocr is True
    assert (page.width, page.height) == pytest.approx((truth.width, truth.height), abs=1)
    assert all(line.ocr and line.page == 1 and line.top is not None for line in page.lines)
    assert [line.number for line in page.lines] == list(range(1, len(page.lines) + 1))
    assert word_accuracy(truth.text, page.text) >= 0.93
    missing = [t for t in KEY_TOKENS.findall(truth.text) if t not in page.text]
    assert missing == []
    deadline = [line.text for line in truth.lines if "senast den" in line.text]
    assert [sentence for sentence in deadline if sentence not in page.text] == []


@pytest.mark.ocr
@needs_tesseract
def test_mixed_pdf_ocrs_only_the_scanned_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the 20-page PDF whose first page only is scanned, only page 1 goes to OCR."""
    calls: list[list[int]] = []
    real = ocr.ocr_pages

    def counting(path: Path, numbers: list[int], grans: ocr.OcrGrans | None = None) -> dict[int, Page]:
        calls.append(list(numbers))
        return real(path, numbers, grans)

    monkeypatch.setattr(ocr, "ocr_pages", counting)
    handling = read_file(MIXED)
    assert calls == [[1]]
    assert [p.ocr for p in handling.pages] == [True] + [False] * 19
    assert re.search(r"Dnr [A-ZÅÄÖ]+ \d{4}-\d{5}", handling.pages[0].text)
    assert all(line.ocr for line in handling.pages[0].lines)
    assert not any(line.ocr for page in handling.pages[1:] for line in page.lines)


@pytest.mark.ocr
@needs_tesseract
def test_upside_down_scan_is_turned_upright() -> None:
    """A page scanned upside down reads badly, so OSD turns it and the text comes back right."""
    image, size = ocr.render_page(str(SCANS[0]), 1)
    top = image.crop((0, 0, image.width, image.height * 3 // 10))
    page = ocr.page_from_image(top.rotate(180), 1, size)
    truth = read_file(_original(SCANS[0]), ocr=False).pages[0].text
    assert re.search(r"Dnr [A-ZÅÄÖ]+ \d{4}-\d{5}", page.text)
    assert word_accuracy(page.text, truth) >= 0.9


@pytest.mark.ocr
@needs_tesseract
def test_unreadable_file_is_a_swedish_input_error(tmp_path: Path) -> None:
    """A file pdfium cannot open becomes an InputError naming file and page, not a pdfium traceback."""
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.4\nskrap")
    with pytest.raises(InputError) as info:
        ocr.ocr_pages(broken, [1])
    assert str(info.value) == (f"{broken}, sida 1: PDF:en kan inte öppnas för OCR (trasig eller krypterad). "
                               "Hämta den på nytt.")
