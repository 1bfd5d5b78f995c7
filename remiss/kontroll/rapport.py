"""Readable Swedish report of checked yttranden."""

from __future__ import annotations

from remiss.kontroll.typer import BLANDAT, Yttrandekontroll
from remiss.sprak import antal

EJ_IGENKANT = ("  Obs: filen känns inte igen som ett yttrande (ingen rubrik som ”Yttrande över …” och "
               "få tecken på ett remissvar). Hela filen kontrollerades som ett; är det inget yttrande "
               "kan du bortse från resultatet.")
SKAL = "Igenkänt som remissvar utan rubrik"  # the reasons of a recognised one; 'Skäl' why one was not
DEL_NAMN = {"beslut": "i beslutet", "brodtext": "i brödtexten"}


def format_kontroll(kontroll: Yttrandekontroll) -> str:
    """Given a checked yttrande, return a few readable Swedish lines about it."""
    first, last = kontroll.sidor
    sidor = f"sida {first}" if first == last else f"sidor {first}–{last}"
    dnr = f" ({kontroll.diarienummer})" if kontroll.diarienummer else ""
    rows = [
        f"{kontroll.fil}, {sidor}: {kontroll.titel}{dnr}",
        *([EJ_IGENKANT] if not kontroll.igenkant else []),
        *([f"  {SKAL if kontroll.igenkant else 'Skäl'}: {kontroll.igenkanning}"]
          if kontroll.igenkanning else []),
        f"  Ställningstagande: {_stallning(kontroll)}",
        f"  Sammanfattning:    {_sammanfattning(kontroll)}",
    ]
    if kontroll.brister:
        rows += [f"  Brist {b.kod}: {b.text}" for b in kontroll.brister]
    else:
        rows.append("  Inga brister.")
    rows += [f"  Anmärkning: {text}" for text in kontroll.anmarkningar]
    return "\n".join(rows)


def _sammanfattning(kontroll: Yttrandekontroll) -> str:
    """Return whether the yttrande has a sammanfattning (not needed when the nämnd avstår)."""
    if kontroll.har_sammanfattning:
        return "finns"
    return "saknas (behövs inte när nämnden avstår)" if kontroll.stallningstagande == "avstar" else "saknas"


def _stallning(kontroll: Yttrandekontroll) -> str:
    """Return the ställningstagande with where it was found."""
    if kontroll.stallningstagande is None:
        return "saknas"
    value = kontroll.stallningstagande
    if value == BLANDAT:
        value = f"blandat ({' och '.join(kontroll.delar)})"
    elif value == "avstar":
        value = "avstår"
    kalla = kontroll.stallningstagande_kalla
    where = DEL_NAMN.get(kontroll.stallningstagande_del or "", "")
    if kalla:
        ocr = ", läst med OCR" if kalla.ocr else ""
        return f'{value} ({where}, sida {kalla.sida}{ocr}: "{kalla.text}")'
    return value


def format_sammanfattning(kontroller: list[Yttrandekontroll], *, filer: int, fel: int) -> str:
    """Return the one-line summary: how many yttranden, how many with brister, files with errors."""
    med = sum(1 for k in kontroller if k.brister)
    text = (
        f"{antal(len(kontroller), 'yttrande', 'yttranden')} "
        f"{'kontrollerat' if len(kontroller) == 1 else 'kontrollerade'} i {antal(filer, 'fil', 'filer')}: "
        f"{len(kontroller) - med} utan brister, "
        f"{med} med brister."
    )
    ej = sum(1 for k in kontroller if not k.igenkant)
    if ej:
        text += f" {antal(ej, 'fil', 'filer')} kändes inte igen som yttrande och kontrollerades i sin helhet."
    if fel:
        text += f" {antal(fel, 'fil', 'filer')} kunde inte läsas."
    return text
