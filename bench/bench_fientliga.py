"""Hostile files: time and peak memory of `remiss tolka` on a zip bomb, a Flate bomb, an image bomb and a
20,000-page PDF (issue 10: one line within 20 s and under 600 MB, or for a big PDF a result).

The 20,000-page PDF is refused at the default limit of 2,000 pages; a 2,000-page PDF is read in full to
show what the limit costs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import fientliga  # noqa: E402

MAX_S = 20.0
MAX_MB = 600.0


def _run(name: str, args: list[str]) -> bool:
    """Given a case and tolka's arguments, print time, peak memory and the first line; True when on target."""
    started = time.perf_counter()
    code, out, err, peak = fientliga.run_measured(fientliga.measured_cli(args), env=fientliga.child_env())
    seconds = time.perf_counter() - started
    lines = [line for line in (err + out).splitlines() if line and not line.startswith(fientliga.PEAK_MARK)]
    first = lines[0][:110] if lines else "(ingen utdata)"
    ok = seconds < MAX_S and 0 < peak < MAX_MB and "oväntat fel" not in err
    print(f"{name:<44} {seconds:6.1f} s {peak:7.0f} MB  slutkod {code}  {'ok' if ok else 'MISSAT'}")
    print(f"    {first}")
    return ok


def main() -> bool:
    """Make the hostile files in a temporary folder, run tolka on each, return True when every target held."""
    with tempfile.TemporaryDirectory(prefix="remiss-fientliga-") as tmp:
        folder = Path(tmp)
        zipbomb = fientliga.write_docx_bomb(folder / "zipbomb.docx")
        flate = fientliga.write_flate_bomb_pdf(folder / "flatebomb.pdf")
        bild = fientliga.write_image_bomb_pdf(folder / "bildbomb.pdf")
        stor = fientliga.write_many_pages_pdf(folder / "20000-sidor.pdf")
        tva = fientliga.write_many_pages_pdf(folder / "2000-sidor.pdf", 2000)
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in (zipbomb, flate, bild, stor))
        print(f"filer: {sizes}")
        print(f"mål: under {MAX_S:.0f} s och {MAX_MB:.0f} MB topp (RSS i barnprocessen)")
        results = [
            _run("zip-bomb: .docx, 1 GiB document.xml", ["tolka", str(zipbomb)]),
            _run("Flate-bomb: 1 GiB innehållsström", ["tolka", str(flate)]),
            _run("bildbomb: 40000×40000 utan text (OCR)", ["tolka", str(bild)]),
            _run("20 000 sidor (gränsen 2000 sidor)", ["tolka", str(stor)]),
            _run("2 000 sidor text (läses helt)", ["tolka", "--ingen-ocr", str(tva)]),
        ]
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
