"""Run every benchmark script bench/bench_*.py in turn and print their figures."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The real corpus first: it is the yardstick; the generator's variants only test robustness.
ORDNING = ("bench_korpus",)
# slow (every corpus text rendered again in five layouts, minutes per folder): run by hand
FOR_HAND = {"bench_layoutbyte": "kör för hand: .venv/bin/python bench/bench_layoutbyte.py [mapp …] [--visa]",
            "bench_textfel": "kör för hand: .venv/bin/python bench/bench_textfel.py [mapp …] [--visa]"}
ETIKETT = {
    "bench_korpus": "träffsäkerhet på riktiga dokument (tests/korpus)",
    "bench_traffsakerhet": "robusthetsprov (generator), inte träffsäkerhet",
    "bench_g0vse": "regeringens 3 121 remissidor, robusthetsprov i stor skala",
    "bench_layoutbyte": "korpusens texter i andra layouter, robusthetsprov",
    "bench_textfel": "korpusens texter med transkriptens fel, robusthetsprov",
    "bench_paket": "paket och långa PDF:er byggda av korpusens riktiga dokument",
}


def main() -> int:
    """Run each bench_*.py (its main()), print a heading per script, return 1 if a target was missed."""
    missed = 0
    scripts = sorted(HERE.glob("bench_*.py"), key=lambda p: (p.stem not in ORDNING, p.stem))
    for script in scripts:
        etikett = f": {ETIKETT[script.stem]}" if script.stem in ETIKETT else ""
        print(f"\n=== {script.stem}{etikett} ===", flush=True)
        if script.stem in FOR_HAND:
            print(FOR_HAND[script.stem])
            continue
        module = runpy.run_path(str(script))
        result = module["main"]()
        missed += 1 if result is False else 0
    print(f"\n{missed} mål missade." if missed else "\nAlla mål nådda.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
