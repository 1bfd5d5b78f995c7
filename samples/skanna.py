"""Make scanned versions of the sample remisser: render, rotate slightly, add noise, save image-only PDFs.

    python samples/skanna.py            # writes samples/skannade/*.pdf from samples/*.pdf

Everything is deterministic (seeded noise, fixed angles), so running it again gives the same images.
Also writes `blandad_20_sidor.pdf`: page 1 scanned, pages 2-20 with a text layer (for bench/bench_ocr.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "skannade"
DPI = 200
ANGLES = (0.8, -1.4, 1.9, -0.6, 1.2, -1.8)  # degrees, one per sample in turn
MIXED_NAME = "blandad_20_sidor.pdf"
MIXED_PAGES = 20


def scan_image(image, angle: float, seed: int):  # type: ignore[no-untyped-def]
    """Given a grayscale page image, return it as a scanner would: greyish paper, rotated, noisy."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    page = image.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(page, dtype=np.float32)
    pixels = pixels * 0.92 + 8  # paper slightly grey, ink slightly lighter
    pixels += rng.normal(0.0, 9.0, pixels.shape)
    specks = rng.random(pixels.shape) < 0.0006
    pixels[specks] = rng.uniform(40, 140, int(specks.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


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


def scan_pdf(src: Path, dst: Path, *, angle: float, seed: int, dpi: int = DPI,
             pages: Sequence[int] | None = None) -> Path:
    """Given a text PDF, write an image-only 'scanned' copy to dst and return dst."""
    images = [scan_image(image, angle if i % 2 == 0 else -angle * 0.6, seed + i)
              for i, image in enumerate(render_pages(src, dpi, pages))]
    dst.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(dst, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=70)
    return dst


def mixed_pdf(scanned: Path, text_pdfs: Sequence[Path], dst: Path, total: int = MIXED_PAGES) -> Path:
    """Given a scanned PDF and text PDFs, write a PDF with scanned page 1 and total-1 text pages after it."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(scanned))] + [pdfium.PdfDocument(str(p)) for p in text_pdfs]
    try:
        out.import_pages(sources[0], [0])
        while len(out) < total:
            for source in sources[1:]:
                for index in range(len(source)):
                    if len(out) < total:
                        out.import_pages(source, [index])
        dst.parent.mkdir(parents=True, exist_ok=True)
        out.save(str(dst))
    finally:
        for source in sources:
            source.close()
        out.close()
    return dst


def choose_sources(folder: Path = HERE, count: int = 5) -> list[Path]:
    """Given the samples folder, return the first `count` sample remisser (text PDFs) to scan."""
    pdfs = sorted(p for p in folder.glob("*.pdf") if p.is_file())
    return pdfs[:count]


def main(argv: Sequence[str] = ()) -> int:
    """Write the scanned samples and the mixed 20-page PDF; return an exit code."""
    sources = [Path(a) for a in argv] or choose_sources()
    if not sources:
        print("Inga exempel-PDF:er i samples/. Kör först: python samples/generera.py", file=sys.stderr)
        return 1
    written = []
    for index, src in enumerate(sources):
        dst = OUT / f"{src.stem}_skannad.pdf"
        written.append(scan_pdf(src, dst, angle=ANGLES[index % len(ANGLES)], seed=1000 + index))
        print(f"skrev {dst.relative_to(HERE.parent)}")
    text_pdfs = [p for p in sorted(HERE.glob("*.pdf")) if p not in sources[:1]] or sources
    mixed = mixed_pdf(written[0], text_pdfs, OUT / MIXED_NAME)
    print(f"skrev {mixed.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
