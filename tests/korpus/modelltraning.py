"""What the two training scripts (trana_typmodell, trana_titelmodell) share: the held-out sets of earlier
sessions that --utvardera leaves out one at a time, the independent set never trained on, and the atomic
write of a model file to modeller/."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
# held-out sets of earlier sessions, each once left out in --utvardera (their first runs were unseen)
PROVMANGDER = (
    "prov5", "prov6", "prov7", "prov8", "prov9", "prov10", "prov11", "prov12", "prov13", "prov14", "prov15",
    "prov16", "prov17", "prov18", "prov19", "prov20", "prov21", "prov22", "prov23",
    "prov24", "prov25", "prov26", "prov27", "prov28", "prov29", "prov30", "prov31",
    "prov32", "prov33", "prov34", "prov35", "prov36", "prov37", "prov38", "prov39", "prov40",
    "prov41", "prov42", "prov43", "prov44", "prov45",
)

T = TypeVar("T")


def oberoende() -> set[str]:
    """Return the independent held-out folders, never trained on (bench_korpus.OBERONDE)."""
    import bench_korpus

    return set(bench_korpus.OBERONDE)


def lamna_ut(data: list[T], mapp_av: Callable[[T], str]) -> Iterator[tuple[str, list[T], list[T]]]:
    """Yield (set, training data without it, its own data) for each earlier held-out set that has data."""
    for mapp in PROVMANGDER:
        prov = [d for d in data if mapp_av(d) == mapp]
        if prov:
            yield mapp, [d for d in data if mapp_av(d) != mapp], prov


def skriv_modellfil(innehall: dict[str, Any], filnamn: str) -> Path:
    """Write a model file to modeller/ atomically (a temporary file, then a rename); return its path."""
    mal = ROOT / "modeller" / filnamn
    tmp = mal.with_suffix(".tmp")
    tmp.write_text(json.dumps(innehall, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(mal)
    return mal
