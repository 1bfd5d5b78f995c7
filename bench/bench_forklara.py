"""Benchmark of `remiss tolka --forklara` and `--bild` beside plain `tolka`, on the same 100-page PDF.

The PDF is made of the sample meeting packages (several missiv among kallelser and yttranden), as in
bench_tolka. Plain `tolka` pays for the trace only when it is closed: every report is one ContextVar
lookup. That cost is measured directly (reports a run makes × the time of a closed report), since two
runs of a child process differ by more than it on a shared machine.
"""

from __future__ import annotations

import sys
import tempfile
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
MAX_OVERHEAD = 0.01  # a closed trace may cost at most 1 % of plain tolka's CPU time


def closed_report_seconds() -> float:
    """Return the seconds one report to a closed trace takes (kandidat and aktiv, measured together)."""
    from remiss import forklara

    calls = 200_000
    seconds = timeit.timeit(lambda: (forklara.kandidat("titel", "x", "skäl"), forklara.aktiv()), number=calls)
    return seconds / calls


def reports_per_run(pdf: Path) -> int:
    """Given a PDF, return how many candidates the field steps report while it is explained."""
    from remiss.forklara.kor import forklara_fil

    return sum(len(m.kandidater) for m in forklara_fil(pdf).missiv)


def main() -> bool:
    """Print the figures of plain tolka, --forklara and --bild on 100 pages; False when a target is missed."""
    tolka_bench = __import__("runpy").run_path(str(HERE / "bench_tolka.py"))
    build_pdf, best, run, line = (tolka_bench[name] for name in ("build_pdf", "best", "run", "line"))
    remiss = [sys.executable, "-m", "remiss"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = build_pdf(Path(tmp) / "hundra.pdf", 100)
        run([*remiss, "tolka", "--json", str(pdf)])  # writes the bytecode, warms the page cache
        plain = best([*remiss, "tolka", "--json", str(pdf)])
        explained = best([*remiss, "tolka", "--forklara", str(pdf)])
        pictures = best([*remiss, "tolka", "--bild", str(Path(tmp) / "bilder"), "--force", str(pdf)])
        pngs = len(list((Path(tmp) / "bilder").glob("*.png")))
        reports = reports_per_run(pdf)
    per_report = closed_report_seconds()
    overhead = reports * per_report / plain.cpu
    ok = line("tolka, 100 sidor (CPU)", f"{plain.cpu:.2f} s", "", True)
    ok &= line("tolka --forklara, 100 sidor (CPU)", f"{explained.cpu:.2f} s", "", True)
    ok &= line("  kvot --forklara/tolka (CPU)", f"{explained.cpu / plain.cpu:.2f}×", "", True)
    ok &= line(f"tolka --bild, 100 sidor, {pngs} PNG (CPU)", f"{pictures.cpu:.2f} s", "", True)
    per_png = (pictures.cpu - plain.cpu) / max(pngs, 1)
    ok &= line("  per bild (CPU, utöver tolka)", f"{per_png:.3f} s", "", True)
    ok &= line(f"stängt spår: {reports} rapporter × {per_report * 1e9:.0f} ns", f"{overhead:.3%}",
               f"≤ {MAX_OVERHEAD:.0%}", overhead <= MAX_OVERHEAD)
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
