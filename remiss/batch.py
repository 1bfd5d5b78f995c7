"""Batch processing: file by file, each reported when done, on past a bad file, a summary at the end.

Any exception from one file (ours or a library's: lxml, pdfminer, zipfile …) becomes that file's error;
only --debug lets it through with its traceback. KeyboardInterrupt and SystemExit still end the run.
"""

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


def som_fel(fil: str, exc: Exception) -> RemissError:
    """Given a file and any exception raised while reading it, return it as a RemissError naming the file."""
    if isinstance(exc, RemissError):
        if exc.fil is None:
            exc.fil = fil
        return exc
    detalj = " ".join(str(exc).split())[:200]
    detalj = f"{type(exc).__name__}: {detalj}" if detalj else type(exc).__name__
    return RemissError(f"filen kunde inte läsas ({detalj}). Kontrollera att filen är hel (öppna den och "
                       "spara den på nytt); kör med --debug om felet består.", fil=fil)


def felrad(exc: RemissError) -> str:
    """Given a file's error, return its one `Fel:` line."""
    return f"Fel: {exc.line()}"


def run_batch(
    files: Iterable[str],
    func: Callable[[str], T],
    *,
    debug: bool = False,
    on_error: Callable[[str, RemissError], None] | None = None,
    on_result: Callable[[str, T], None] | None = None,
) -> BatchResult[T]:
    """Given files and a function, apply it to each, reporting each file as it is done; never stop on one."""
    batch: BatchResult[T] = BatchResult()
    for fil in files:
        try:
            result = func(fil)
        except Exception as exc:  # noqa: BLE001 - one file's failure, whatever raised it, is that file's error
            if debug:
                raise
            error = som_fel(fil, exc)
            batch.errors.append((fil, error))
            if on_error:
                on_error(fil, error)
            continue
        batch.results.append((fil, result))
        if on_result:
            on_result(fil, result)
    return batch
