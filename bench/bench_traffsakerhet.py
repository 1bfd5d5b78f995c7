"""How right `remiss tolka` is on remisser it has never seen: fields against the generator's truth.

The sample generator writes varied remisser (senders, headers, title forms, list forms, nine deadline
forms) with a truth file each into a temporary folder outside samples/; every field is compared.
"""

from __future__ import annotations

import collections
import runpy
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANTAL = 100
FRO = 4242
MAL = 95.0  # per cent of fields right (issue: at least 95 % on unseen remisser)


def main() -> bool:
    """Print per-field accuracy on freshly generated variants; return False when under the target."""
    from remiss.facit import FIELDS, compare, field_counts, load_facit
    from remiss.pipeline import tolka_fil

    generator = runpy.run_path(str(ROOT / "samples" / "generera.py"))
    wrong: collections.Counter[str] = collections.Counter()
    total = right = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generator["generera_varianter"](out, ANTAL, FRO)
        for facit in sorted((out / "facit").glob("*.json")):
            truth = load_facit(facit)["remisser"]
            found = [r.to_dict() for r in tolka_fil(out / load_facit(facit)["fil"])]
            differences = compare(truth, found)
            wrong.update(d.field for d in differences)
            fields, ok = field_counts(truth, differences)
            total, right = total + fields, right + ok
    share = 100.0 * right / total if total else 0.0
    print(f"{ANTAL} varianter (frö {FRO}): {right}/{total} fält rätt, {share:.1f} % (mål ≥ {MAL:.0f} %)")
    for name in FIELDS:
        if wrong[name]:
            print(f"  fel i {name}: {wrong[name]}")
    return share >= MAL


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
