"""The Swedish text of `tolka --forklara`: documents, missiv score, lines by kind, fields and candidates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from remiss.domain import Line, Remiss
from remiss.forklara import Kandidat
from remiss.forklara.kor import Forklaring, MissivForklaring

TEXT_WIDTH = 72  # characters of a line's text shown in a table
FALT_NAMN = {
    "diarienummer": "Diarienummer",
    "avsandare": "Avsändare",
    "titel": "Titel",
    "datum": "Datum",
    "svarsdatum": "Svarsdatum",
    "svarsadress": "Svarsadress",
    "handlaggare": "Handläggare",
    "remissinstanser": "Remissinstanser",
}
UTAN_SKAL = "(steget angav inget eget skäl) "  # a field step that reports no reason: its rule order is shown
REGLER = {
    "diarienummer": "numret texten ber att svaret märks med ('Ange diarienummer …') går före "
                    "sidhuvudets (brevhuvudets etikett Dnr, Diarienummer, Vår referens … med värdet till "
                    "höger, i cellen efter eller under; Er referens aldrig; annars ensamt på "
                    "en rad eller i en cell överst; annars efter en etikett i löptexten); har de samma "
                    "siffror används sidhuvudets skrivsätt",
    "avsandare": "etiketten Instans/Avsändare/Från, annars organisationen ovanför Datum, annars den första "
                 "organisationen överst eller den svaren ska komma in till, annars den i svarens postadress "
                 "eller departementet på de första raderna; Regeringskansliet får sitt departement, den egna "
                 "kommunen sin nämnd, en annan kommun eller region sin nämnd eller enhet",
    "titel": "ett utskrivet e-brevs Ämne, annars en remissrubrik ('Remiss: …', 'Remiss av …', "
             "'Begäran om yttrande …') eller en fet/stor rubrik "
             "som börjar 'Remiss', annars den största rubriken på första sidan (ihopfogad över "
             "radbrytningar), annars den första rubrikliknande raden; uppmaningar och förfaranden runt "
             "ärendet stryks "
             "('Var med och påverka …', '… – Allmänt samråd', modeller/titel.toml); en rubrik som bara "
             "namnger sidan, en uppmaning eller en nyhet ('… går vidare') ger plats för ärendet som texten "
             "namnger (länkens fulla namn, 'Remissen gäller …', 'förslaget till …')",
    "datum": "datumet vid etiketten Datum, annars det första hela datumet på en kort rad överst",
    "svarsdatum": "varje datum får poäng (se skälen); det med högst poäng vinner, minst {min} krävs",
    "svarsadress": "varje e-postadress får poäng (se skälen); den med högst poäng vinner, minst {min_adress} "
                   "krävs; kopior hoppas över",
    "handlaggare": "etiketten Handläggare/Kontaktperson, annars 'Frågor … ställs till NAMN', personen svaren "
                   "eller en kopia går till, eller Från i ett utskrivet e-brev, annars personen i adressen "
                   "svaren går till, annars en underskrift med telefon eller titel nära slutet",
    "remissinstanser": "listorna under varje listrubrik (Remissinstanser, Sändlista, 'skickas till:'): den "
                       "längsta vinner; annars namnen i meningen 'Remissen skickas till A, B och C.'",
}


def format_forklaring(forklaring: Forklaring) -> str:
    """Given what --forklara recorded for a file, return the Swedish explanation."""
    out = [f"Förklaring: {forklaring.handling.fil}", "",
           "Dokument i filen (delade vid rubriker och sidhuvuden):"]
    rows = [[_pages(d.forsta_sida, d.sista_sida), d.dokumenttyp,
             tal(d.bedomning.poang) if d.bedomning is not None else "–"] for d in forklaring.dokument]
    out += tabell(["sidor", "typ", "missivpoäng"], rows, indent=2)
    if not forklaring.missiv:
        out += ["", "Inget missiv: ingen del nådde missivgränsen (se missivpoängen ovan)."]
    for number, missiv in enumerate(forklaring.missiv, 1):
        out += ["", *format_missiv(missiv, number, len(forklaring.missiv))]
    return "\n".join(out)


def format_missiv(missiv: MissivForklaring, number: int, count: int) -> list[str]:
    """Given one missiv part's explanation, return its lines of text."""
    from remiss.split import MISSIV_GRANS, MISSIV_OSAKER

    part = missiv.del_
    head = f"Missiv {number} av {count}, " if count > 1 else "Missiv, "
    out = [f"=== {head}{_pages(part.forsta_sida, part.sista_sida, word=True)} ===", ""]
    if part.bedomning is not None:
        out.append(f"Missivbedömning: {tal(part.bedomning.poang)} poäng (missiv från {tal(MISSIV_GRANS)}; "
                   f"{tal(MISSIV_OSAKER)}–{tal(MISSIV_GRANS)} ger en varning). Signaler som räknades:")
        out += tabell(["vikt", "signal"], [[f"{vikt:+g}".replace(".", ","), namn.replace("_", " ")]
                                           for namn, vikt in part.bedomning.signaler], indent=2)
    if missiv.remiss is None:
        out += ["", "Inga remissfält (svarsdatum, remissinstanser, svarsadress eller titel) hittades: "
                "delen blir ingen remiss."]
    out += ["", "Rader (som fälten läste dem; sidhuvud/sidfot togs bort före läsningen):"]
    out += tabell(["sida", "rad", "sort", "avsnitt", "text"],
                  [[str(r.line.page), str(r.line.number), r.sort, r.avsnitt, _cut(r.line.text)]
                   for r in missiv.rader], indent=2)
    out += ["", *format_huvud(part.lines)]
    out += ["", "Fält:"]
    for falt in FALT_NAMN:
        out += ["", *format_falt(missiv, falt)]
    return out


FAMILJ_NAMN = {"datum": "datum", "dnr": "diarienummer",
               "er_referens": "er referens (mottagarens, tas aldrig)", "er_datum": "ert datum (mottagarens)",
               "avsandare": "avsändare", "handlaggare": "handläggare"}


def format_huvud(lines: Sequence[Line]) -> list[str]:
    """Given a missiv's lines, return its letter head's label/value fields: label, value and how paired."""
    from remiss.extract.dnr import HEAD_LINES
    from remiss.huvud import SATT_TEXT, las_huvud

    falt = las_huvud(lines[:HEAD_LINES])
    rows = [[_where(f.rad), FAMILJ_NAMN.get(f.familj, f.familj), f.etikett, _cut(f.varde, 40),
             SATT_TEXT[f.satt]] for f in falt]
    return ["Brevhuvudet (etikett och värde, parade efter läget; modeller/huvud.toml):",
            *tabell(["sida:rad", "fält", "etikett", "värde", "värdet står"], rows, indent=2)]


def _regel(falt: str) -> str:
    """Given a field, return the order in which its step takes values (svarsdatum with its threshold)."""
    from remiss.extract.core import MIN_ADDRESS_SCORE
    from remiss.extract.svarsdatum import MIN_SCORE

    return REGLER[falt].format(min=tal(MIN_SCORE), min_adress=tal(MIN_ADDRESS_SCORE))


def format_falt(missiv: MissivForklaring, falt: str) -> list[str]:
    """Given a missiv's explanation and a field, return the winner, its candidates and why."""
    value = falt_varde(missiv.remiss, falt)
    out = [f"{FALT_NAMN[falt]}: {value if value is not None else '(tomt)'}"]
    kandidater = _merged(missiv.for_falt(falt))
    if kandidater:
        rows = [["►" if k.vald else "", _score(k), _cut(k.varde, 40), _where(k.rad), k.skal or "–"]
                for k in kandidater]
        out += tabell(["", "poäng", "kandidat", "sida:rad", "skäl"], rows, indent=2)
    winner = missiv.vinnare(falt)
    if winner is not None:
        out.append(f"  Därför: {winner.skal or UTAN_SKAL + _regel(falt)}.")
        if winner.rad is not None:
            out.append(f"  Källrad: \"{_cut(winner.rad.text, 100)}\"")
        if len(kandidater) > 1:
            out.append(f"  Ordning: {_regel(falt)}.")
    elif value is None:
        out.append(f"  Tomt: ingen kandidat godtogs. Regel: {_regel(falt)}.")
    return out


def falt_varde(remiss: Remiss | None, falt: str) -> str | None:
    """Given a remiss and a field name, return the field's value as `tolka --json` gives it, as text."""
    if remiss is None:
        return None
    if falt == "handlaggare":
        return remiss.handlaggare.namn
    if falt == "remissinstanser":
        return f"{len(remiss.remissinstanser)} namn" if remiss.remissinstanser else None
    if falt == "diarienummer" and remiss.diarienummer and remiss.klassificering:
        return f"{remiss.diarienummer} (klassificering {remiss.klassificering})"
    value = getattr(remiss, falt)
    return str(value) if value else None


def _merged(kandidater: Sequence[Kandidat]) -> list[Kandidat]:
    """Given a field's candidates, return them with the winner's second report folded into it, best first."""
    winner = next((k for k in reversed(kandidater) if k.vald), None)
    others: list[Kandidat] = []
    for k in kandidater:
        if k.vald:
            continue
        if winner is not None and k.varde == winner.varde and k.rad == winner.rad:
            if k.poang is not None and winner.poang is None:
                winner = replace(winner, poang=k.poang, skal=k.skal)  # the row shows the score's reasons
            continue
        others.append(k)
    if any(k.poang is not None for k in others):
        others.sort(key=lambda k: -(k.poang or 0.0))
    return ([winner] if winner is not None else []) + others


def tabell(headers: Sequence[str], rows: Sequence[Sequence[str]], *, indent: int = 0) -> list[str]:
    """Given column headers and rows, return the lines of a table with aligned columns (last one free)."""
    if not rows:
        return [" " * indent + "(inga)"]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [str(cell).ljust(widths[i]) if i < len(row) - 1 else str(cell) for i, cell in enumerate(row)]
        lines.append((" " * indent + "  ".join(cells)).rstrip())
    return lines


def _score(kandidat: Kandidat) -> str:
    """Return a candidate's score as shown ('–' for a value chosen by rule order)."""
    return "–" if kandidat.poang is None else tal(kandidat.poang)


def tal(value: float) -> str:
    """Return a number the Swedish way: 12,5."""
    return f"{value:g}".replace(".", ",")


def _where(line: Line | None) -> str:
    """Return 'page:line' of a source line, or '–'."""
    return f"{line.page}:{line.number}" if line is not None else "–"


def _pages(first: int, last: int, *, word: bool = False) -> str:
    """Return a page range as '1–3' (or 'sida 1–3' / 'sida 2' with word)."""
    text = f"{first}" if first == last else f"{first}–{last}"
    return f"sida {text}" if word else text


def _cut(text: str, width: int = TEXT_WIDTH) -> str:
    """Return text on one line, cut to width characters (with an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
