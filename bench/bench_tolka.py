"""Benchmark of `remiss tolka`: a 100-page PDF against pdfplumber, `--help`, memory on 500 pages."""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ROOT / "samples" / "paket"


def build_pdf(target: Path, pages: int) -> Path:
    """Given a target path and a page count, write a PDF of that many pages made of the sample packages."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(str(p)) for p in sorted(PACKAGES.glob("*.pdf"))]
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        for source in sources:
            take = min(len(source), pages - len(out))
            if take <= 0:
                break
            out.import_pages(source, list(range(take)))
    out.save(str(target))
    return target


def timed(cmd: list[str]) -> tuple[float, int]:
    """Given a command, return its wall time in seconds and the peak RSS of the child in MB."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, peak_kb // 1024


def pdfplumber_seconds(path: Path) -> float:
    """Given a PDF, return the seconds pdfplumber needs to extract the text of every page."""
    code = (
        "import pdfplumber,sys\nwith pdfplumber.open(sys.argv[1]) as pdf:\n"
        "    for page in pdf.pages:\n        page.extract_text(); page.close()\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    return time.perf_counter() - start


def main() -> bool:
    """Print the figures of the tolka benchmark; return False when a target is missed."""
    remiss = [sys.executable, "-m", "remiss"]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        hundred = build_pdf(Path(tmp) / "hundra.pdf", 100)
        best = min(timed([*remiss, "tolka", "--json", str(hundred)])[0] for _ in range(3))
        plumber = pdfplumber_seconds(hundred)
        ratio = best / plumber
        print(f"tolka, 100 sidor:           {best:.2f} s (mål ≤ 1 s)")
        print(f"pdfplumber, 100 sidor:      {plumber:.2f} s")
        print(f"kvot tolka/pdfplumber:      {ratio:.3f} (mål ≤ 0.15)")
        ok &= best <= 1.0 and ratio <= 0.15
        help_time = min(timed([*remiss, "--help"])[0] for _ in range(5))
        print(f"remiss --help:              {help_time:.2f} s (mål ≤ 0.3 s)")
        ok &= help_time <= 0.3
        five_hundred = build_pdf(Path(tmp) / "femhundra.pdf", 500)
        code = (
            "import resource,sys\nfrom remiss.pipeline import tolka_fil\nr=tolka_fil(sys.argv[1])\n"
            "print(len(r), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss//1024)"
        )
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code, str(five_hundred)], check=True, capture_output=True, text=True
        ).stdout.split()
        wall = time.perf_counter() - start
        print(
            f"tolka, 500 sidor:           {wall:.2f} s, {out[0]} remisser, "
            f"toppminne {out[1]} MB (mål < 300 MB)"
        )
        ok &= int(out[1]) < 300
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
