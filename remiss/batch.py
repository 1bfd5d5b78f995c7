"""Batch processing: go on past a bad file, report it, end with a summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from remiss.errors import RemissError

T = TypeVar("T")


@dataclass
class BatchResult(Generic[T]):
    """What a batch produced: results per file and the errors of the files that failed."""

    results: list[tuple[str, T]] = field(default_factory=list)
    errors: list[tuple[str, RemissError]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """Return the Swedish one-line summary of the batch."""
        total = len(self.results) + len(self.errors)
        files = "fil" if total == 1 else "filer"
        return f"{total} {files}: {len(self.results)} lästa, {len(self.errors)} med fel."


def run_batch(
    files: Iterable[str],
    func: Callable[[str], T],
    *,
    debug: bool = False,
    on_error: Callable[[str, RemissError], None] | None = None,
) -> BatchResult[T]:
    """Given files and a function, apply it to each; collect RemissErrors instead of stopping."""
    batch: BatchResult[T] = BatchResult()
    for fil in files:
        try:
            batch.results.append((fil, func(fil)))
        except RemissError as exc:
            if debug:
                raise
            batch.errors.append((fil, exc))
            if on_error:
                on_error(fil, exc)
    return batch
