"""See why (`remiss tolka --forklara`): a light trace of the candidates each field step weighed.

The field steps report what they found with `kandidat(...)`. A report goes to the trace opened by
`spara()`; with none open (every ordinary `tolka`), `kandidat` returns after one ContextVar lookup,
and a step that would have to work to describe its candidates asks `aktiv()` first. The trace never
changes which value wins: it only records what the steps did.

This module is imported by the extraction steps, so it imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from remiss.domain import Del, Line


@dataclass(frozen=True)
class Kandidat:
    """A value a field step weighed: field, value, why, the line it stands on, score (None: by rule order).

    `vald` marks the value the step kept (the field's winner).
    """

    falt: str
    varde: str
    skal: str
    rad: Line | None = None
    poang: float | None = None
    vald: bool = False


@dataclass
class DelSpar:
    """What was recorded while one missiv part was read: the part and its field candidates."""

    del_: Del
    kandidater: list[Kandidat] = field(default_factory=list)


@dataclass
class Spar:
    """A trace: the documents the split found and, per missiv part read, its candidates."""

    dokument: list[Del] = field(default_factory=list)
    delar: list[DelSpar] = field(default_factory=list)


_SPAR: ContextVar[Spar | None] = ContextVar("remiss_forklara_spar", default=None)


@contextmanager
def spara() -> Iterator[Spar]:
    """Open a trace for the code run inside the block and yield it."""
    spar = Spar()
    token = _SPAR.set(spar)
    try:
        yield spar
    finally:
        _SPAR.reset(token)


def aktiv() -> bool:
    """Return True when a trace is open (the caller may then spend time describing candidates)."""
    return _SPAR.get() is not None


def dokument(delar: Sequence[Del]) -> None:
    """Record the documents the split found (with their types and missiv scores)."""
    spar = _SPAR.get()
    if spar is not None:
        spar.dokument = list(delar)


def ny_del(part: Del) -> None:
    """Record that a missiv part is read now: the candidates reported next belong to it."""
    spar = _SPAR.get()
    if spar is not None:
        spar.delar.append(DelSpar(del_=part))


def kandidat(falt: str, varde: Any, skal: str, rad: Line | None = None, *, poang: float | None = None,
             vald: bool = False) -> None:
    """Record a candidate value for a field (a no-op without an open trace)."""
    spar = _SPAR.get()
    if spar is None or not spar.delar:
        return
    spar.delar[-1].kandidater.append(
        Kandidat(falt=falt, varde=str(varde), skal=skal, rad=rad, poang=poang, vald=vald)
    )
