"""Human-readable Swedish output of extracted remisser."""

from __future__ import annotations

from datetime import date

from remiss.dates import svensk_form
from remiss.domain import Remiss


def days_left_text(svarsdatum: str | None, today: date) -> str:
    """Given an ISO deadline and today, return '11 december 2022 (om 12 dagar)' or the like."""
    if not svarsdatum:
        return "saknas – fyll i för hand"
    deadline = date.fromisoformat(svarsdatum)
    days = (deadline - today).days
    if days > 1:
        when = f"om {days} dagar"
    elif days == 1:
        when = "i morgon"
    elif days == 0:
        when = "i dag"
    else:
        when = f"passerat för {-days} dagar sedan"
    return f"{svarsdatum} ({svensk_form(deadline)}, {when})"


def epost_rows(remiss: Remiss) -> list[str]:
    """Given a Remiss, return the rows about the e-mail it came in (none for a file)."""
    rows = []
    if remiss.inkommen:
        rows.append(f"  Inkommen:       {remiss.inkommen}")
    if remiss.epost is not None:
        source = "e-postens text" if remiss.epost.missiv == "brödtext" else f"bilagan {remiss.epost.missiv}"
        sender = f" (från {remiss.epost.fran})" if remiss.epost.fran else ""
        rows.append(f"  Missiv:         {source}{sender}")
    if remiss.bilagor:
        rows.append("  Bilagor:        " + ", ".join(remiss.bilagor))
    return rows


def format_remiss(remiss: Remiss, *, today: date) -> str:
    """Given a Remiss, return a readable Swedish summary with days left to svarsdatum."""
    dnr = remiss.diarienummer or "saknas"
    if remiss.klassificering:
        dnr += f" (klassificering {remiss.klassificering})"
    first, last = remiss.sidor

    def ocr(name: str) -> str:
        kalla = remiss.kallor.get(name)
        if kalla is not None and kalla.epost == "rubrik":
            return "  [från e-postens rubrik]"
        return "  [OCR]" if kalla is not None and kalla.ocr else ""

    rows = [
        f"{remiss.fil}, sida {first}" + (f"–{last}" if last != first else ""),
        f"  Titel:          {remiss.titel or 'saknas'}{ocr('titel')}",
        f"  Avsändare:      {remiss.avsandare or 'saknas'}{ocr('avsandare')}",
        f"  Diarienummer:   {dnr}{ocr('diarienummer')}",
        f"  Datum:          {remiss.datum or 'saknas'}{ocr('datum')}",
        f"  Svarsdatum:     {days_left_text(remiss.svarsdatum, today)}{ocr('svarsdatum')}",
        f"  Svarsadress:    {remiss.svarsadress or 'saknas'}"
        + (f" (kopia: {', '.join(remiss.kopia)})" if remiss.kopia else "")
        + ocr("svarsadress"),
    ]
    if any(kalla.ocr for kalla in remiss.kallor.values()):
        rows.insert(
            1,
            "  Obs: texten är läst med OCR från en skannad sida. Fält märkta [OCR] bör "
            "kontrolleras mot originalet.",
        )
    rows += epost_rows(remiss)
    h = remiss.handlaggare
    if h.namn or h.epost or h.telefon:
        rows.append("  Handläggare:    " + ", ".join(x for x in (h.namn, h.telefon, h.epost) if x))
    if remiss.krav.amnesrad:
        rows.append(
            "  Ämnesrad:       " + remiss.krav.amnesrad.replace("{remissinstans}", "<remissinstansens namn>")
        )
    demands = [
        name
        for name, asked in (
            ("sammanfattning", remiss.krav.sammanfattning),
            ("ställningstagande", remiss.krav.stallningstagande),
        )
        if asked
    ]
    if demands or remiss.krav.filformat:
        text = " och ".join(demands) if demands else ""
        if remiss.krav.filformat:
            text += (", " if text else "") + "format: " + ", ".join(remiss.krav.filformat)
        rows.append(f"  Kräver:         {text}")
    if remiss.egen_instans_berord is not None:
        rows.append(
            "  Egen nämnd:     "
            + ("är remissinstans" if remiss.egen_instans_berord else "finns INTE bland remissinstanserna")
        )
    rows.append(f"  Remissinstanser ({len(remiss.remissinstanser)}):")
    for number, instans in enumerate(remiss.remissinstanser, 1):
        extra = [
            x
            for x in (
                instans.epost,
                instans.omfattning and f"({instans.omfattning})",
                instans.grupp and f"[{instans.grupp}]",
            )
            if x
        ]
        match = ""
        if instans.kanoniskt_namn and instans.kanoniskt_namn != instans.namn:
            match = f" → {instans.kanoniskt_namn}"
        rows.append(f"    {number:>3}. {instans.namn}{match}" + (f"  {' '.join(extra)}" if extra else ""))
    for warning in remiss.varningar:
        rows.append(f"  Varning: {warning}")
    return "\n".join(rows) + "\n"
