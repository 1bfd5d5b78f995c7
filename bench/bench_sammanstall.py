"""Benchmark: `remiss sammanstall` on the sample answers (samples/remissvar): right instans, stance, missing.

The answers and their facit are written by samples/skapa_remissvar.py; the code was developed against
them, so this guards against regressions and measures time, it is no held-out test.
Targets: every answer to the right instans (or kept apart), stance right ≥ 90 %, the missing list exact,
at most 1 CPU-second per answer file in a new process (spaCy's import included).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVAR = ROOT / "samples" / "remissvar" / "delaktighet"
FACIT = ROOT / "samples" / "remissvar" / "delaktighet.json"
MAL_STALLNING = 0.90
MAL_SEKUNDER_PER_SVAR = 1.0


def main() -> bool:
    """Run the command once in a new process, compare with the facit and print the figures."""
    facit = json.loads(FACIT.read_text(encoding="utf-8"))
    remiss = str(ROOT / facit["remiss"])
    fore = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "remiss", "sammanstall", remiss, "--svar", str(SVAR), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    sekunder = time.perf_counter() - start
    efter = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (efter.ru_utime + efter.ru_stime) - (fore.ru_utime + fore.ru_stime)
    data = json.loads(result.stdout)
    alla = {
        Path(s["fil"]).name: (s.get("instans"), s["stallningstagande"]) for s in data["svar"] + data["ovriga"]
    }
    fel = {Path(f["fil"]).name for f in data["fel"]}
    svar = {fil: f for fil, f in facit["svar"].items() if not f["fel"]}
    instans_ratt = sum(1 for fil, f in svar.items() if fil in alla and alla[fil][0] == f["instans"])
    stallning_ratt = sum(
        1 for fil, f in svar.items() if fil in alla and alla[fil][1] == f["stallningstagande"]
    )
    saknas_ratt = data["saknas"] == facit["saknas"]
    fel_ratt = fel == {fil for fil, f in facit["svar"].items() if f["fel"]}
    per_svar = cpu / len(facit["svar"])
    print(
        f"{len(facit['svar'])} filer, {len(svar)} svar: instans rätt {instans_ratt}/{len(svar)}, "
        f"ställningstagande rätt {stallning_ratt}/{len(svar)} ({stallning_ratt / len(svar):.0%}, mål ≥ 90 %)"
    )
    print(f"saknas exakt: {'ja' if saknas_ratt else 'nej'}; olästa filer rätt: {'ja' if fel_ratt else 'nej'}")
    print(f"ny process: {cpu:.2f} CPU-s ({sekunder:.2f} s väggtid, belastning {_belastning()}), "
          f"{per_svar:.2f} CPU-s per fil (mål ≤ {MAL_SEKUNDER_PER_SVAR} s)")
    return (
        instans_ratt == len(svar)
        and stallning_ratt / len(svar) >= MAL_STALLNING
        and saknas_ratt
        and fel_ratt
        and per_svar <= MAL_SEKUNDER_PER_SVAR
    )


def _belastning() -> str:
    """Return the 1-minute load average (other programs slow the wall time down)."""
    import os

    return f"{os.getloadavg()[0]:.1f}"


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
