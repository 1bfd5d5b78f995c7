"""The tolka pipeline: read → split → extract → match, as one library call."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from remiss.domain import Del, Handling, Remiss

if TYPE_CHECKING:
    from remiss.ocr import OcrGrans

DEFAULT_EGEN_INSTANS = "Arbetslivsnämnden"
DEFAULT_KOMMUN = "Borås Stad"


def tolka_fil(
    fil: str | Path,
    *,
    egen_instans: str | None = None,
    organisationer: str | Path | None = None,
    max_sidor: int = 2000,
    kommun: str | None = DEFAULT_KOMMUN,
    ocr: bool = True,
    ocr_grans: OcrGrans | None = None,
) -> list[Remiss]:
    """Given a PDF, DOCX or e-mail (.eml/.msg) path, return every remiss (missiv) in it, fields matched.

    `ocr_grans` bounds OCR of a PDF's scanned pages and reports it (remiss.ocr.OcrGrans; default 50 pages).
    """
    from remiss.epost import ar_epost

    if ar_epost(fil):
        from remiss.epost import tolka_epost

        return tolka_epost(fil, egen_instans=egen_instans, organisationer=organisationer,
                           max_sidor=max_sidor, kommun=kommun, ocr=ocr)
    from remiss.read import read_file

    handling = read_file(fil, max_sidor=max_sidor, ocr=ocr, ocr_grans=ocr_grans, triage=True)
    return tolka_handling(handling, egen_instans=egen_instans, organisationer=organisationer, kommun=kommun)


def tolka_handling(
    handling: Handling,
    *,
    egen_instans: str | None = None,
    organisationer: str | Path | None = None,
    kommun: str | None = DEFAULT_KOMMUN,
) -> list[Remiss]:
    """Given a read Handling, return every remiss (missiv) found in it, fields matched."""
    found = tolka_delar(handling, egen_instans=egen_instans, organisationer=organisationer, kommun=kommun)
    return [remiss for _, remiss in found if remiss is not None]


def tolka_delar(
    handling: Handling,
    *,
    egen_instans: str | None = None,
    organisationer: str | Path | None = None,
    kommun: str | None = DEFAULT_KOMMUN,
) -> list[tuple[Del, Remiss | None]]:
    """Given a read Handling, return each missiv part with its remiss (None when it held no remiss fields)."""
    from remiss import forklara
    from remiss.extract import extract_remiss
    from remiss.split import find_missiv

    out: list[tuple[Del, Remiss | None]] = []
    for part in find_missiv(handling):
        forklara.ny_del(part)  # under `tolka --forklara` the candidates reported next belong to this part
        remiss = extract_remiss(handling.fil, part, kommun=kommun)
        if remiss is not None and remiss.avsandare is None:
            remiss = _sender_of_page(part, remiss)
        if remiss is not None and remiss.svarsdatum is None:
            remiss = _deadline_in_column(handling, part, remiss)
        if remiss is not None:
            remiss = match_remiss(remiss, egen_instans=egen_instans, organisationer=organisationer)
        out.append((part, remiss))
    return out


def _sender_of_page(part: Del, remiss: Remiss) -> Remiss:
    """Given a remiss without sender that is one of a page's listed remisser, return it with the sender the
    page's opening names ('På den här sidan listar Strålsäkerhetsmyndigheten aktuella remisser …')."""
    from remiss.domain import Kalla
    from remiss.extract.avsandare import sender_in_opening
    from remiss.extract.core import saknas_varning

    found = sender_in_opening(part.oppning)
    if found is None:
        return remiss
    kalla = Kalla(sida=found.line.page, text=found.line.text.strip(), ocr=found.line.ocr)
    saknas = saknas_varning("avsandare")
    return replace(remiss, avsandare=found.value, kallor={**remiss.kallor, "avsandare": kalla},
                   varningar=tuple(v for v in remiss.varningar if v != saknas))


# a table of remisser with a deadline column: 'Remiss Svarsdag' over 'Remiss: Förslag till …' / '24 maj 2017'
DEADLINE_COLUMN = re.compile(r"\b(?:svarsdag|svarsdatum|sista\s+svarsdag|sista\s+dag\s+att\s+svara)\s*$",
                             re.IGNORECASE)


def _deadline_in_column(handling: Handling, part: Del, remiss: Remiss) -> Remiss:
    """Given a remiss without svarsdatum that is a row of a page's table under a 'Svarsdag' column, return
    it with the full date that stands alone on a line of its row (the part starts at the row, so the column's
    heading right above it is not in the part)."""
    from remiss.dates import find_dates
    from remiss.domain import Kalla
    from remiss.extract.core import saknas_varning

    if not part.lines:
        return remiss
    lines = handling.lines
    start = next((i for i, line in enumerate(lines) if line is part.lines[0]), 0)
    if not any(DEADLINE_COLUMN.search(line.text.strip()) for line in lines[max(0, start - 2) : start]):
        return remiss
    for line in part.lines[1:4]:
        dates = find_dates(line.text.strip())
        alone = len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(line.text.strip())
        if alone and dates[0].year_given:
            kalla = Kalla(sida=line.page, text=line.text.strip(), ocr=line.ocr)
            saknas = saknas_varning("svarsdatum")
            return replace(remiss, svarsdatum=dates[0].value.isoformat(),
                           kallor={**remiss.kallor, "svarsdatum": kalla},
                           varningar=tuple(v for v in remiss.varningar if v != saknas))
    return remiss


def ingen_remiss_text(fil: str | Path, narmast: Del | None = None) -> str:
    """Given a file in which no remiss was found, return the Swedish notice (without a final period); with
    the part that came closest (split.narmast_missiv), the notice names it, its score and signals."""
    from remiss.epost import ar_epost

    if ar_epost(fil):
        return ("ingen remiss i e-postmeddelandet (ingen bilaga med ett missiv och inget missiv i "
                "texten)")
    text = "ingen remiss hittades (inget missiv med remissinstanser eller svarsdatum)"
    if narmast is None or narmast.bedomning is None:
        return text
    from remiss.split import MISSIV_GRANS

    def tal(value: float) -> str:
        return f"{value:g}".replace(".", ",")

    sidor = (f"sida {narmast.forsta_sida}" if narmast.forsta_sida == narmast.sista_sida
             else f"sidorna {narmast.forsta_sida}–{narmast.sista_sida}")
    signaler = ", ".join(narmast.bedomning.skal).replace(".", ",")
    return (f"{text}. Närmast en remiss: {sidor}, missivpoäng {tal(narmast.bedomning.poang)} av "
            f"{tal(MISSIV_GRANS)} ({signaler}); se varför med `remiss tolka {fil} --forklara`")


def match_remiss(
    remiss: Remiss, *, egen_instans: str | None = None, organisationer: str | Path | None = None
) -> Remiss:
    """Given an extracted Remiss, return it with remissinstanser matched to the organisations."""
    try:
        from remiss.match import match_remissinstanser
    except ImportError:
        return remiss
    instanser, berord, varningar = match_remissinstanser(
        remiss.remissinstanser,
        egen_instans=egen_instans or DEFAULT_EGEN_INSTANS,
        organisationer=organisationer,
        avsandare=remiss.avsandare,
    )
    return replace(
        remiss,
        remissinstanser=tuple(instanser),
        egen_instans_berord=berord,
        varningar=remiss.varningar + tuple(varningar),
    )
