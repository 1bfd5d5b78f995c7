"""Make scanned versions of the sample remisser: render, rotate slightly, add noise, save image-only PDFs.

    python samples/skanna.py            # writes samples/skannade/*.pdf from samples/*.pdf

Everything is deterministic (seeded noise, fixed angles), so running it again gives the same images.
Also writes `blandad_20_sidor.pdf`: page 1 scanned, pages 2-20 with a text layer (for bench/bench_ocr.py).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "skannade"
DPI = 200
# (sample, angle in degrees, colour mode): gray is a JPEG scan (~300 kB a page), "1" a black-and-white
# fax-like scan (CCITT G4, ~40 kB a page), as office scanners make them.
SCANS = (("skolsegregation", 1.4, "L"), ("anhoriga_kriminella", -0.8, "L"),
         ("finskt_forvaltningsomrade", 1.9, "1"), ("overenskommelsen", -1.2, "1"),
         ("lansstyrelsen_vg", 1.1, "L"), ("rk_finansdepartementet", -1.6, "1"))
# The mixed PDF: the missiv's first page scanned, then 19 text pages (the rest of the remiss and bilagor).
MIXED_NAME = "blandad_20_sidor.pdf"
MIXED_SCANNED = ("hemloshet", 1, 0.9)
MIXED_TEXT = (("hemloshet", range(2, 8)), ("delaktighet_inflytande", range(3, 8)),
              ("miljoprogram", range(1, 5)), ("overenskommelsen", range(3, 6)),
              ("anhoriga_kriminella", range(2, 3)))
FIXED_DATE = time.gmtime(1704067200)  # PDF dates fixed so the files come out byte for byte the same


def scan_image(image, angle: float, seed: int, mode: str = "L"):  # type: ignore[no-untyped-def]
    """Given a grayscale page image, return it as a scanner would: greyish paper, rotated, noisy."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    page = image.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(page, dtype=np.float32)
    pixels = pixels * 0.92 + 8  # paper slightly grey, ink slightly lighter
    pixels += rng.normal(0.0, 3.0 if mode == "L" else 9.0, pixels.shape)
    specks = rng.random(pixels.shape) < 0.0006
    pixels[specks] = rng.uniform(40, 140, int(specks.sum()))
    scanned = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    if mode == "1":
        return scanned.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    return scanned


def render_pages(src: Path, dpi: int = DPI, pages: Sequence[int] | None = None) -> list:  # type: ignore[type-arg]
    """Given a PDF path, return its pages (or the numbered ones, from 1) as grayscale PIL images."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    try:
        numbers = list(pages) if pages else list(range(1, len(pdf) + 1))
        images = []
        for number in numbers:
            page = pdf[number - 1]
            images.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
        return images
    finally:
        pdf.close()


def scan_pdf(src: Path, dst: Path, *, angle: float, seed: int, dpi: int = DPI, mode: str = "L",
             pages: Sequence[int] | None = None) -> Path:
    """Given a text PDF, write an image-only 'scanned' copy to dst (pages askew both ways); return dst."""
    images = [scan_image(image, angle if i % 2 == 0 else -angle * 0.6, seed + i, mode)
              for i, image in enumerate(render_pages(src, dpi, pages))]
    dst.parent.mkdir(parents=True, exist_ok=True)
    options = {"quality": 50} if mode == "L" else {}
    images[0].save(dst, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:],
                   creationDate=FIXED_DATE, modDate=FIXED_DATE, **options)
    return dst


def mixed_pdf(scanned: Path, text_pdfs: Sequence[tuple[Path, Sequence[int]]], dst: Path) -> Path:
    """Given a scanned PDF and (text PDF, page numbers) pairs, write scanned page 1 then those text pages."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(scanned))]
    try:
        out.import_pages(sources[0], [0])
        for path, numbers in text_pdfs:
            sources.append(pdfium.PdfDocument(str(path)))
            out.import_pages(sources[-1], [n - 1 for n in numbers])
        dst.parent.mkdir(parents=True, exist_ok=True)
        out.save(str(dst))
    finally:
        for source in sources:
            source.close()
        out.close()
    dst.write_bytes(_fixed_bytes(dst.read_bytes()))
    return dst


def _fixed_bytes(data: bytes) -> bytes:
    """Given a PDF pdfium wrote, return it with its creation date and random file /ID made fixed."""
    data = re.sub(rb"/CreationDate\(D:[^)]*\)", b"/CreationDate(D:20240101000000+00'00')", data)
    return re.sub(rb"/ID\[<[0-9A-F]+><[0-9A-F]+>\]", b"/ID[<" + b"0" * 32 + b"><" + b"0" * 32 + b">]", data)


def write_scans(folder: Path = HERE, out: Path = OUT) -> list[Path]:
    """Given the samples folder, write the scanned samples into out and return their paths."""
    written = []
    for index, (name, angle, mode) in enumerate(SCANS):
        dst = out / f"{name}_skannad.pdf"
        written.append(scan_pdf(folder / f"{name}.pdf", dst, angle=angle, seed=1000 + 10 * index, mode=mode))
    return written


def write_mixed(folder: Path = HERE, out: Path = OUT) -> Path:
    """Given the samples folder, write the 20-page PDF whose first page only is scanned; return its path."""
    import tempfile

    name, page, angle = MIXED_SCANNED
    with tempfile.TemporaryDirectory() as tmp:
        scanned = scan_pdf(folder / f"{name}.pdf", Path(tmp) / "sida.pdf", angle=angle, seed=2000,
                           pages=[page])
        text = [(folder / f"{n}.pdf", list(numbers)) for n, numbers in MIXED_TEXT]
        return mixed_pdf(scanned, text, out / MIXED_NAME)


def main() -> int:
    """Write the scanned samples and the mixed 20-page PDF; return an exit code."""
    needed = {name for name, _, _ in SCANS} | {MIXED_SCANNED[0]} | {name for name, _ in MIXED_TEXT}
    missing = sorted(n for n in needed if not (HERE / f"{n}.pdf").exists())
    if missing:
        print(f"Exempel-PDF:er saknas i samples/: {', '.join(missing)}. "
              "Kör först: python samples/generera.py", file=sys.stderr)
        return 1
    for path in [*write_scans(), write_mixed()]:
        print(f"skrev {path.relative_to(HERE.parent)} ({path.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
