"""The sammanställning as text (a table in the missiv's order), JSON, Excel and Word."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from remiss.sammanstall.typer import Sammanstallning, Svar

MALLAR = Path(__file__).resolve().parent.parent.parent / "mallar"
STANDARDMALL = MALLAR / "sammanstallning.docx"
STALLNING_TEXT = {
    "tillstyrker": "tillstyrker",
    "avstyrker": "avstyrker",
    "avstar": "avstår",
    "blandat": "blandat",
    None: "inget tydligt",
}

# Every placeholder of mallar/sammanstallning.docx, with its meaning (documented in mallar/README.md).
PLATSHALLARE: dict[str, str] = {
    "remiss_titel": "remissens titel",
    "diarienummer": "remissens diarienummer",
    "avsandare": "den som skickade remissen",
    "remiss_datum": "missivets datum (ÅÅÅÅ-MM-DD)",
    "svarsdatum": "sista svarsdag i svensk form",
    "datum": "dagens datum (ÅÅÅÅ-MM-DD)",
    "antal_svar": "antal remissinstanser som har svarat",
    "antal_instanser": "antal remissinstanser i missivet",
    "sena_text": 't.ex. ", 2 efter svarsdatum" (tomt när inga svar är sena)',
    "rader": "lista, en per svar: instans, stallningstagande, datum, har_sammanfattning, sammanfattning, "
    "anmarkning, fil",
    "saknas": "lista med remissinstanser som inte har svarat",
    "saknas_text": "en mening om hur många som saknas",
    "ovriga": "lista med övriga svar: avsandare, fil, stallningstagande, orsak",
    "ovriga_text": "en mening om de övriga svaren",
    "kommun": "kommunen (remiss.toml)",
    "forvaltning": "förvaltningen (remiss.toml)",
}


def visningsnamn(svar: Svar) -> str:
    """Return an answer's file for display: the file name, with the attachment when it came by e-mail."""
    namn = Path(svar.fil).name
    return f"{namn} / {svar.bilaga}" if svar.bilaga else namn


def anmarkning(svar: Svar, alla: tuple[Svar, ...]) -> str:
    """Return the remark on an answer: late, replaced by a later one, or replacing an earlier one."""
    delar = []
    if svar.sen:
        delar.append("efter svarsdatum")
    if not svar.galler:
        delar.append("ersatt av ett senare svar")
    elif any(s.instans == svar.instans and s is not svar for s in alla):
        delar.append("gäller (ersätter ett tidigare svar)")
    if svar.grupp:
        delar.append(f"via {svar.grupp}")
    return "; ".join(delar)


# --- text --------------------------------------------------------------------------------------------


def format_tabell(s: Sammanstallning) -> str:
    """Given a sammanställning, return the text shown in the terminal: answers, missing, others, errors."""
    remiss = s.remiss
    rubrik = f"Sammanställning av remissvar: {remiss.titel or '(utan titel)'}"
    if remiss.diarienummer:
        rubrik += f" ({remiss.diarienummer})"
    rader = [rubrik, _summering(s), ""]
    ordning = {i.namn: n for n, i in enumerate(remiss.remissinstanser, 1)}
    tabell: list[tuple[str, ...]] = [
        ("Nr", "Remissinstans", "Ställningstagande", "Datum", "Sammanf.", "Fil", "Anmärkning")
    ]
    for svar in s.svar:
        tabell.append(
            (
                str(ordning.get(svar.grupp or svar.instans or "", "")),
                svar.instans or "",
                STALLNING_TEXT.get(svar.stallningstagande, svar.stallningstagande or ""),
                svar.datum or "–",
                "ja" if svar.har_sammanfattning else "nej",
                visningsnamn(svar),
                anmarkning(svar, s.svar),
            )
        )
    if s.svar:
        rader += _kolumner(tabell)
    else:
        rader.append("Inga svar från remissinstanserna.")
    if s.saknas:
        rader += ["", f"Saknas ({len(s.saknas)}):"]
        rader += [f"  {ordning.get(namn, ''):>3}. {namn}" for namn in s.saknas]
    if s.ovriga:
        rader += ["", f"Övriga svar, inte matchade mot en remissinstans ({len(s.ovriga)}):"]
        for svar in s.ovriga:
            stall = STALLNING_TEXT.get(svar.stallningstagande, svar.stallningstagande or "")
            rader.append(
                f"  {visningsnamn(svar)}: {svar.avsandare or 'okänd avsändare'}, {stall}; {svar.orsak}"
            )
    if s.fel:
        rader += ["", f"Kunde inte läsas ({len(s.fel)}):"]
        rader += [f"  {Path(f.fil).name}: {f.fel}" for f in s.fel]
    return "\n".join(rader)


def _summering(s: Sammanstallning) -> str:
    """Return the one-line summary: svarsdatum, how many answered, missing, others, errors."""
    instanser = len(s.remiss.remissinstanser)
    svarat = instanser - len(s.saknas)
    delar = [f"{svarat} av {instanser} remissinstanser har svarat"]
    sena = len({x.instans for x in s.svar if x.sen and x.galler})
    if sena:
        delar.append(f"{sena} efter svarsdatum")
    delar.append(f"{len(s.saknas)} saknas")
    if s.ovriga:
        delar.append(f"{len(s.ovriga)} övriga svar")
    if s.fel:
        delar.append(f"{len(s.fel)} {'fil' if len(s.fel) == 1 else 'filer'} kunde inte läsas")
    start = f"Svarsdatum {s.remiss.svarsdatum}. " if s.remiss.svarsdatum else ""
    return start + ", ".join(delar) + "."


def _kolumner(tabell: list[tuple[str, ...]]) -> list[str]:
    """Given rows of cells, return them as aligned text lines (the file and remark columns not padded)."""
    bredd = [min(max(len(rad[i]) for rad in tabell), 48) for i in range(len(tabell[0]))]
    out = []
    for rad in tabell:
        celler = [rad[0].rjust(bredd[0])] + [
            _kort(c, bredd[i]).ljust(bredd[i]) for i, c in enumerate(rad) if 0 < i < len(rad) - 1
        ]
        out.append("  ".join(celler + [rad[-1]]).rstrip())
    return out


def _kort(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def format_json(s: Sammanstallning) -> str:
    """Given a sammanställning, return its JSON (the documented schema)."""
    return json.dumps(s.to_dict(), ensure_ascii=False, indent=2)


# --- Excel -------------------------------------------------------------------------------------------

XLSX_KOLUMNER = (
    "Nr",
    "Remissinstans",
    "Svar",
    "Avsändare",
    "Datum",
    "Efter svarsdatum",
    "Ställningstagande",
    "Har sammanfattning",
    "Sammanfattning",
    "Fil",
    "Anmärkning",
)


def _svarsrad(nr: int | None, instans: str | None, typ: str, x: Any, text: str | None) -> list[Any]:
    """Given an answer and its place in the list, return its Excel row."""
    return [
        nr,
        instans,
        typ,
        x.avsandare,
        _datum(x.datum),
        "ja" if x.sen else "nej",
        STALLNING_TEXT.get(x.stallningstagande),
        "ja" if x.har_sammanfattning else "nej",
        x.sammanfattning,
        visningsnamn(x),
        text,
    ]


def xlsx_rader(s: Sammanstallning) -> list[list[Any]]:
    """Return the Excel rows: one per remissinstans in list order (its counting answer), then the others."""
    rader: list[list[Any]] = []
    galler = {x.instans: x for x in s.svar if x.galler}
    tidigare = {x.instans: x for x in s.svar if not x.galler}
    for nr, instans in enumerate(s.remiss.remissinstanser, 1):
        grupp = [x for x in s.svar if x.grupp == instans.namn and x.galler]
        svar = [galler[instans.namn]] if instans.namn in galler else grupp
        if not svar:
            rader.append([nr, instans.namn, "saknas"] + [None] * 8)
        for x in svar:
            extra = anmarkning(x, s.svar)
            if x.instans in tidigare:
                forra = tidigare[x.instans]
                extra = f"{extra}; tidigare svar {forra.datum or ''} ({visningsnamn(forra)})"
            rader.append(_svarsrad(nr, x.instans, "svar", x, extra.strip("; ")))
    for x in s.ovriga:
        rader.append(_svarsrad(None, None, "övrigt", x, x.orsak))
    for f in s.fel:
        rader.append([None, None, "fel", None, None, None, None, None, None, Path(f.fil).name, f.fel])
    return rader


def _datum(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def xlsx_bytes(s: Sammanstallning) -> bytes:
    """Given a sammanställning, return an Excel workbook: one row per instans, date cells, filter."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Remissvar"
    sheet.append(list(XLSX_KOLUMNER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    from remiss.register.export import append_safe

    for rad in xlsx_rader(s):
        append_safe(sheet, rad, radbrytningar=True)  # no formula, no control character from a yttrande
    for cell in sheet["E"][1:]:
        cell.number_format = "yyyy-mm-dd"
    for cell in sheet["I"][1:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGHIJK", (5, 34, 8, 30, 12, 10, 16, 10, 70, 36, 40), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:K{sheet.max_row}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- Word --------------------------------------------------------------------------------------------


def docx_kontext(s: Sammanstallning, *, config: Any, idag: date | None = None) -> dict[str, Any]:
    """Given a sammanställning and the config, return the template context (every key in PLATSHALLARE)."""
    from remiss.draft import svenskt_datum

    remiss = s.remiss
    sena = len({x.instans for x in s.svar if x.sen and x.galler})
    rader = [
        {
            "instans": x.instans,
            "stallningstagande": STALLNING_TEXT.get(x.stallningstagande),
            "datum": x.datum or "–",
            "har_sammanfattning": "ja" if x.har_sammanfattning else "nej",
            "sammanfattning": x.sammanfattning or "(ingen text hittades)",
            "anmarkning": anmarkning(x, s.svar),
            "fil": visningsnamn(x),
        }
        for x in s.svar
    ]
    ovriga = [
        {
            "avsandare": x.avsandare or "okänd avsändare",
            "fil": visningsnamn(x),
            "stallningstagande": STALLNING_TEXT.get(x.stallningstagande),
            "orsak": x.orsak or "",
        }
        for x in s.ovriga
    ]
    return {
        "remiss_titel": remiss.titel or "",
        "diarienummer": remiss.diarienummer or "–",
        "avsandare": remiss.avsandare or "avsändaren",
        "remiss_datum": remiss.datum or "",
        "svarsdatum": svenskt_datum(remiss.svarsdatum) or "okänd",
        "datum": (idag or date.today()).isoformat(),
        "antal_svar": len(remiss.remissinstanser) - len(s.saknas),
        "antal_instanser": len(remiss.remissinstanser),
        "sena_text": f", {sena} efter svarsdatum" if sena else "",
        "rader": rader,
        "saknas": list(s.saknas),
        "saknas_text": f"{len(s.saknas)} remissinstanser har inte svarat:"
        if s.saknas
        else "Alla remissinstanser har svarat.",
        "ovriga": ovriga,
        "ovriga_text": f"{len(ovriga)} svar kom från andra än remissinstanserna eller kunde inte "
        "knytas till en av dem:"
        if ovriga
        else "Inga övriga svar.",
        "kommun": config.kommun,
        "forvaltning": config.forvaltning,
    }


def docx_bytes(
    s: Sammanstallning, *, config: Any, mall: str | Path | None = None, idag: date | None = None
) -> bytes:
    """Given a sammanställning, return the filled Word document (the project's template rendering)."""
    from remiss.draft import rendera

    return rendera(Path(mall) if mall else STANDARDMALL, docx_kontext(s, config=config, idag=idag))
