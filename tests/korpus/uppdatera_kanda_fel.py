"""Bring kanda_fel.json up to date with the tool: drop fixed misses, add new ones, print the diff.

Run after a parser change: `.venv/bin/python tests/korpus/uppdatera_kanda_fel.py`. Existing reasons
are kept (edit them by hand); a new miss gets 'väntat …, fick …'. Review the printed diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.korpus import jamfor  # noqa: E402


def uppdatera() -> tuple[list[str], list[str]]:
    """Rewrite kanda_fel.json from a fresh run; return the removed and the added '<doc> <field>' keys."""
    gamla = jamfor.kanda_fel()
    nu = jamfor.missar()
    borta = [f"{d} {f}" for d, fel in gamla.items() for f in fel if f not in nu.get(d, {})]
    nya = [
        f"{d} {f}: {orsak}" for d, fel in nu.items() for f, orsak in fel.items() if f not in gamla.get(d, {})
    ]
    ut = {d: {f: gamla.get(d, {}).get(f, orsak) for f, orsak in fel.items()} for d, fel in sorted(nu.items())}
    text = json.dumps(ut, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    jamfor.KANDA_FEL.write_text(text, encoding="utf-8")
    return borta, nya


def main() -> int:
    """Update the file and print what changed."""
    borta, nya = uppdatera()
    for rad in borta:
        print(f"- {rad}  (rättat, borttaget)")
    for rad in nya:
        print(f"+ {rad}")
    antal = sum(len(v) for v in jamfor.kanda_fel().values())
    print(f"{len(borta)} borttagna, {len(nya)} nya; {antal} kända fel i {jamfor.KANDA_FEL.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
