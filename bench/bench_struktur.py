"""How much of yttrande recognition rests on structure: the structural score alone against the truth.

For every yttrande and every 'annat' in tests/korpus (all folders but a held-out set), the document is
read once and judged three ways: is it found by a yttrande title (`find_yttranden`), what do its cues say
(`signaler.poang`), and what does its structure alone say (`struktur.bedom`, decided as
`Igenkanning.ar_remissvar` with no cue at all). Printed: per truth type, how many the structure alone
recognises, how many untitled yttranden have no positive structural family, and (with -v) every document.

    .venv/bin/python bench/bench_struktur.py [-v] [--mapp yttranden] [--id eslov]

The lines read are cached in /tmp (keyed by file and mtime): the reading code is not what is measured.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
HALLS_UTANFOR = "prov46"  # never read: the next held-out set
CACHE = Path("/tmp/bench_struktur_cache")


def _handling(fil: Path):  # type: ignore[no-untyped-def]
    from remiss.read import read_file

    key = hashlib.sha1(f"{fil}:{fil.stat().st_mtime_ns}".encode()).hexdigest()
    cached = CACHE / f"{key}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    handling = read_file(fil)
    CACHE.mkdir(exist_ok=True)
    cached.write_bytes(pickle.dumps(handling))
    return handling


def main() -> int:
    """Print the structure-alone figures; return 0."""
    from remiss.kontroll.hitta import find_yttranden
    from remiss.kontroll.signaler import Igenkanning, poang
    from remiss.kontroll.struktur import bedom
    from tests.korpus.jamfor import MAPPAR, dokument

    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true", help="every document on its own line")
    parser.add_argument("--mapp", action="append", help="only these folders")
    parser.add_argument("--id", help="only ids containing this")
    args = parser.parse_args()
    mappar = tuple(m for m in (args.mapp or MAPPAR) if m != HALLS_UTANFOR)
    counts: Counter[str] = Counter()
    for dok in dokument(mappar):
        typ = dok.facit["dokumenttyp"]
        if typ not in ("yttrande", "annat") or (args.id and args.id not in dok.id):
            continue
        handling = _handling(dok.fil)
        lines = handling.lines
        titel = bool(find_yttranden(handling))
        score, ids = poang(lines)
        s = bedom(lines)
        ensam = Igenkanning(0, (), s).ar_remissvar
        positiv = any(v > 0 for v, _ in s.familjer.values())
        counts[f"{typ}"] += 1
        counts[f"{typ} struktur ensam ja"] += ensam
        if typ == "yttrande" and not titel:
            counts["yttrande utan titel"] += 1
            counts["yttrande utan titel, struktur ensam ja"] += ensam
            counts["yttrande utan titel, ingen positiv familj"] += not positiv
            counts["yttrande utan titel, bara tecken (>= 4, struktur nej)"] += score >= 4 and not ensam
        if args.v:
            mark = "ok " if ensam == (typ == "yttrande") else "FEL"
            print(f"{mark} {typ:8} {'titel' if titel else '-':5} tecken {score:+3d} struktur {s.poang:+3d} "
                  f"{dok.nyckel}: {s.forklaring() or '-'}")
    print()
    for key in sorted(counts):
        print(f"{counts[key]:5d}  {key}")
    y, a = counts["yttrande"], counts["annat"]
    print(f"struktur ensam rätt: yttranden {counts['yttrande struktur ensam ja']}/{y}, "
          f"annat {a - counts['annat struktur ensam ja']}/{a}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
