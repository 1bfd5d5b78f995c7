"""Comparing extracted remisser with a truth file (samples/facit): per-field results for tests and figures."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIELDS = (
    "diarienummer",
    "klassificering",
    "avsandare",
    "titel",
    "datum",
    "svarsdatum",
    "svarsadress",
    "kopia",
    "remissinstanser",
    "handlaggare",
    "sidor",
)


@dataclass(frozen=True)
class Difference:
    """One field that differs: which remiss, which field, expected and actual."""

    remiss: int
    field: str
    expected: Any
    actual: Any


def _norm(value: Any) -> Any:
    """Return a value with whitespace and case normalised where case carries no meaning."""
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    return value


def field_value(remiss: dict[str, Any], name: str) -> Any:
    """Given a remiss as JSON and a field name, return the value compared against the truth."""
    value = remiss.get(name)
    if name == "remissinstanser":
        keys = ("namn", "epost", "grupp", "omfattning")
        return [
            {k: (r.get(k).lower() if k == "epost" and r.get(k) else r.get(k)) for k in keys}
            for r in value or []
        ]
    if name in ("svarsadress",) and value:
        return value.lower()
    if name == "kopia":
        return sorted(v.lower() for v in value or [])
    if name == "handlaggare":
        value = dict(value or {})
        if value.get("epost"):
            value["epost"] = value["epost"].lower()
        return value
    return value


def compare(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[Difference]:
    """Given the truth and the extracted remisser (JSON), return every differing field."""
    differences = []
    if len(expected) != len(actual):
        differences.append(Difference(-1, "antal", len(expected), len(actual)))
    for index, truth in enumerate(expected):
        found = actual[index] if index < len(actual) else {}
        for name in FIELDS:
            if name not in truth:
                continue
            want, got = _norm(field_value(truth, name)), _norm(field_value(found, name))
            if want != got:
                differences.append(Difference(index, name, want, got))
    return differences


def load_facit(path: Path) -> dict[str, Any]:
    """Given a truth file, return its JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def field_counts(expected: Iterable[dict[str, Any]], differences: Iterable[Difference]) -> tuple[int, int]:
    """Return (fields compared, fields right) for one file's truth and differences."""
    total = sum(sum(1 for name in FIELDS if name in truth) for truth in expected)
    wrong = sum(1 for d in differences if d.field != "antal")
    return total, total - wrong
