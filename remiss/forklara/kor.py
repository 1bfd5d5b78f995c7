"""`tolka --forklara`: run the tolka pipeline with a trace open and keep what it recorded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remiss.domain import Del, Handling, Line, Remiss
from remiss.errors import InputError
from remiss.forklara import Kandidat, spara
from remiss.forklara.rader import Rad, missiv_rader

if TYPE_CHECKING:
    from remiss.ocr import OcrGrans


@dataclass(frozen=True)
class MissivForklaring:
    """One missiv part: the part, its remiss (None when it held no fields), the candidates and the lines."""

    del_: Del
    remiss: Remiss | None
    kandidater: tuple[Kandidat, ...]
    rader: tuple[Rad, ...]

    def for_falt(self, falt: str) -> list[Kandidat]:
        """Given a field name, return its candidates in the order they were reported."""
        return [k for k in self.kandidater if k.falt == falt]

    def vinnare(self, falt: str) -> Kandidat | None:
        """Given a field name, return the candidate the field step kept, or None."""
        return next((k for k in reversed(self.kandidater) if k.falt == falt and k.vald), None)


@dataclass(frozen=True)
class Forklaring:
    """What `tolka --forklara` shows for one file: its documents and each missiv part read."""

    handling: Handling
    dokument: tuple[Del, ...]
    missiv: tuple[MissivForklaring, ...]

    @property
    def remisser(self) -> list[Remiss]:
        """Return the remisser found, as `tolka_fil` returns them."""
        return [m.remiss for m in self.missiv if m.remiss is not None]


def forklara_fil(fil: str | Path, *, max_sidor: int = 2000, ocr: bool = True,
                 ocr_grans: OcrGrans | None = None, **options: Any) -> Forklaring:
    """Given a PDF or DOCX path, return its remisser with the candidates and line kinds behind them.

    `options` are those of `remiss.pipeline.tolka_handling` (egen_instans, organisationer, kommun).
    """
    from remiss.epost import ar_epost
    from remiss.read import read_file

    if ar_epost(fil):
        raise InputError("--forklara och --bild förklarar PDF- och Word-filer. Spara missivet ur e-posten "
                         "och kör `remiss tolka FIL --forklara` på det.", fil=str(fil))
    handling = read_file(fil, max_sidor=max_sidor, ocr=ocr, ocr_grans=ocr_grans, triage=True)
    return forklara_handling(handling, **options)


def forklara_handling(handling: Handling, **options: Any) -> Forklaring:
    """Given a read Handling, return its remisser with the candidates and line kinds behind them."""
    from remiss.pipeline import tolka_delar

    with spara() as spar:
        found = tolka_delar(handling, **options)
    missiv = tuple(
        MissivForklaring(del_=part, remiss=remiss, kandidater=tuple(trace.kandidater),
                         rader=tuple(missiv_rader(part, handling, rubriker=_lines(trace.kandidater, "titel"),
                                                  varden=_lines(trace.kandidater, "diarienummer", "datum"))))
        for (part, remiss), trace in zip(found, spar.delar, strict=True)
    )
    return Forklaring(handling=handling, dokument=tuple(spar.dokument), missiv=missiv)


def _lines(kandidater: list[Kandidat], *falt: str) -> list[Line]:
    """Given a part's candidates, return the source lines of the winners of the fields named."""
    return [k.rad for k in kandidater if k.vald and k.falt in falt and k.rad is not None]
