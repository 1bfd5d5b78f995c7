"""Tolka an e-mail: find the missiv among its attachments and its text, add what the mail tells.

Each PDF or DOCX attachment goes through the same pipeline as a file (`pipeline.tolka_fil`), the
likeliest first (by its name, then its size); the text of the mail (and of a forwarded mail inside
it) is read as a document of its own. The missiv with the most fields wins; a tie goes to the
attachment. Every other attachment is a bilaga: its name is kept, it never gives fields. The mail
gives `inkommen` (its Date, in Swedish local time), and, only where the missiv says nothing, a
svarsadress (the sender's address, with a warning) and a titel (the Subject); a missiv in the mail's own text
takes the year of a deadline without one from the mail's Date.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from remiss.domain import Epost, Handling, Kalla, Line, Page, Remiss
from remiss.epost.meddelande import (
    MAX_BILAGOR,
    MAX_UPPACKAT,
    TNEF_TYPES,
    Bilaga,
    Meddelande,
    las_epost,
    packa_upp_zip,
)
from remiss.errors import InputError

TIDSZON = ZoneInfo("Europe/Stockholm")
BRODTEXT = "brödtext"
PDF_TYPES = ("application/pdf", "application/x-pdf")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Prefixes a mail program or a forwarder puts before the subject, and "Remiss:" itself.
_AMNE_PREFIX = re.compile(r"^\s*(?:(?:sv|vb|vs|re|fw|fwd|aw|wg|tr|antw)\s*:\s*|\[[^\]]*\]\s*)+", re.I)
_AMNE_REMISS = re.compile(r"^\s*(?:remiss(?:\s*[:–—-]\s*|\s+(?:av|om|gällande|angående|över)\s+))", re.I)
_CITAT = re.compile(r"^(?:\s*>)+ ?")
OLD_FORMATS = (".doc", ".odt", ".rtf", ".pages", ".wpd")  # documents that may hold the missiv, not read
# A mail text's heading (text_handling): a line of its own of at most RUBRIK_ORD words among its first
# RUBRIK_INOM lines, set in RUBRIK_PT over the body's BRODTEXT_PT (the sizes a rendered notice has).
RUBRIK_ORD = 14
RUBRIK_INOM = 8
RUBRIK_PT, BRODTEXT_PT = 14.0, 11.0
# a link's target as a mail program writes it in the text part after the link's words ('Försvarsmakten
# <https://www.regeringen.se/…>', '</globalassets/…>'): not the words, dropped; an address <a@b.se> stays
_LANKMAL = re.compile(r"[ \t]*<(?:https?://|www\.|/)[^<>\s@]*>")
_LISTMARKE = re.compile(r"^(?:\d+[.)]?\s|[-•–*]\s)")


@dataclass(frozen=True)
class Dokument:
    """A PDF or DOCX attachment, with the message it came in."""

    bilaga: Bilaga
    meddelande: Meddelande


@dataclass(frozen=True)
class Fynd:
    """The remisser read from one source (an attachment or a mail text), with what identifies it."""

    remisser: tuple[Remiss, ...]
    missiv: str  # the attachment's name, or BRODTEXT
    sha256: str
    meddelande: Meddelande


def tolka_epost(fil: str | Path, *, egen_instans: str | None = None, organisationer: str | Path | None = None,
                max_sidor: int = 2000, kommun: str | None = None, ocr: bool = True) -> list[Remiss]:
    """Given a .eml or .msg path, return its remisser with the mail's inkommen, bilagor and candidates."""
    fil = str(fil)
    mail = las_epost(fil)
    bilagor = list(alla_bilagor(mail, fil))
    dokument = [d for d in bilagor if _suffix(d.bilaga)]
    options: dict[str, object] = {"egen_instans": egen_instans, "organisationer": organisationer,
                                  "kommun": kommun}
    text_fynd = _best(f for f in (_from_text(m, fil, options) for m in _meddelanden(mail)) if f)
    read_options = {**options, "max_sidor": max_sidor, "ocr": ocr}
    bilaga_fynd, fel, tomma = _from_attachments(dokument, fil, read_options)
    fynd = bilaga_fynd
    if text_fynd is not None and (fynd is None or _score(text_fynd) > _score(fynd)):
        fynd = text_fynd
    if fynd is None:
        _refuse_unreadable(mail, bilagor, fel, fil)
        return []
    others = tuple(d.bilaga.namn for d in bilagor
                   if not d.bilaga.inline_bild and d.bilaga.namn != fynd.missiv)
    unread = [d.bilaga.namn for d in dokument if _priority(d)[0] == 0 and d.bilaga.namn != fynd.missiv
              and d.bilaga.namn not in tomma]
    warnings = tuple(f"bilagan {name} kan också vara ett missiv men lästes inte (missivet är "
                     f"{_missiv_text(fynd.missiv)}). Tolka den för sig om den är en egen remiss."
                     for name in unread)
    return [_with_mail(replace(r, varningar=r.varningar + warnings), fynd, mail, others, fil)
            for r in fynd.remisser]


def _missiv_text(missiv: str) -> str:
    """Given the missiv's source (an attachment name or BRODTEXT), return it in words."""
    return "e-postens text" if missiv == BRODTEXT else missiv


# --- the attachments -----------------------------------------------------------------------------


def alla_bilagor(mail: Meddelande, fil: str) -> Iterator[Dokument]:
    """Given a mail, yield every attachment (of nested mails and ZIPs too) within the mail's limits."""
    budget = [MAX_BILAGOR, MAX_UPPACKAT]
    for meddelande in _meddelanden(mail):
        for bilaga in meddelande.bilagor:
            if _is_zip(bilaga):
                for member in packa_upp_zip(bilaga, fil, budget):
                    yield Dokument(member, meddelande)
                continue
            budget[0] -= 1
            if budget[0] < 0:
                raise InputError(f"e-postmeddelandet har fler än {MAX_BILAGOR} bilagor och öppnas inte. "
                                 "Spara bilagorna var för sig.", fil=fil)
            yield Dokument(bilaga, meddelande)


def _meddelanden(mail: Meddelande) -> Iterator[Meddelande]:
    """Given a mail, yield it and every mail nested in it, outermost first."""
    yield mail
    for inner in mail.inbaddade:
        yield from _meddelanden(inner)


def _is_zip(bilaga: Bilaga) -> bool:
    """Return True when the attachment is a ZIP archive (and not a .docx, which is one too)."""
    name = bilaga.namn.lower()
    return bilaga.data[:4] == b"PK\x03\x04" and (name.endswith(".zip") or bilaga.typ in (
        "application/zip", "application/x-zip-compressed")) and not name.endswith(".docx")


def _suffix(bilaga: Bilaga) -> str | None:
    """Given an attachment, return ".pdf" or ".docx" when the pipeline reads it, else None."""
    head = bilaga.data[:1024]
    if b"%PDF-" in head:
        return ".pdf"
    name = bilaga.namn.lower()
    if head[:4] == b"PK\x03\x04" and (name.endswith(".docx") or bilaga.typ == DOCX_TYPE):
        return ".docx"
    if name.endswith(".pdf") or bilaga.typ in PDF_TYPES:
        return ".pdf"  # says it is a PDF but is not one: the pipeline gives the clear error
    return None


def _priority(dokument: Dokument) -> tuple[int, int]:
    """Given an attachment, return its sort key: likeliest missiv first (by name), then smallest."""
    name = dokument.bilaga.namn.lower()
    if re.search(r"sändlista|sandlista|remisslista|remissinstanser|remissvar|yttrande", name):
        rank = 4
    elif "missiv" in name:
        rank = 0
    elif "remiss" in name:
        rank = 1
    elif re.search(r"följebrev|foljebrev|brev|begäran|begaran", name):
        rank = 2
    else:
        rank = 3
    return rank, len(dokument.bilaga.data)


def _from_attachments(dokument: list[Dokument], fil: str, options: dict[str, object]
                      ) -> tuple[Fynd | None, list[InputError], set[str]]:
    """Given the PDF/DOCX attachments, return the first that holds a remiss, the errors, the names without."""
    from remiss.pipeline import tolka_fil

    fel: list[InputError] = []
    tomma: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="remiss-epost-") as tmp:
        for index, item in enumerate(sorted(dokument, key=_priority)):
            path = Path(tmp) / f"bilaga{index}{_suffix(item.bilaga)}"
            path.write_bytes(item.bilaga.data)
            try:
                found = tolka_fil(path, **options)  # type: ignore[arg-type]
            except InputError as exc:
                fel.append(InputError(f"bilagan {item.bilaga.namn}: {exc.message}", fil=fil, sida=exc.sida))
                continue
            if found:
                sha = hashlib.sha256(item.bilaga.data).hexdigest()
                return Fynd(tuple(found), item.bilaga.namn, sha, item.meddelande), fel, tomma
            tomma.add(item.bilaga.namn)
    return None, fel, tomma


# --- the text of the mail ------------------------------------------------------------------------


def text_handling(text: str, fil: str) -> Handling:
    """Given a mail's text, return it as a one-page Handling of its non-empty lines (quote marks and link
    targets removed).

    A mail has no layout, but its reader sees a short line standing alone near the top as its heading: the
    first such line is set as one (bold, larger than the rest) and the title is read from it as from a
    document's heading; a text without one keeps no sizes (epost46).
    """
    from remiss.read import clean_text

    raw = [" ".join(_LANKMAL.sub("", _CITAT.sub("", row)).split()) for row in clean_text(text).split("\n")]
    rows = [(index, row) for index, row in enumerate(raw) if row]
    heading = next((index for index, row in rows[:RUBRIK_INOM]
                    if _egen_rad(raw, index) and _rubrikform(row)), None)
    sizes = (0.0, 0.0) if heading is None else (BRODTEXT_PT, RUBRIK_PT)
    lines = tuple(Line(text=row, page=1, number=number, bold=index == heading, size=sizes[index == heading])
                  for number, (index, row) in enumerate(rows, 1))
    sha = hashlib.sha256("\n".join(row for _, row in rows).encode("utf-8")).hexdigest()
    return Handling(fil=fil, pages=(Page(number=1, lines=lines),), sha256=sha)


def _egen_rad(raw: list[str], index: int) -> bool:
    """Given a mail's lines (empty ones kept) and an index, return True when that line stands alone."""
    return (index == 0 or not raw[index - 1]) and (index + 1 == len(raw) or not raw[index + 1])


def _rubrikform(row: str) -> bool:
    """Given a line of a mail's text, return True when it is shaped as a heading: a few words, no list mark,
    no address, and no sentence's or label's end ('.', ',', ';', ':')."""
    if len(row.split()) > RUBRIK_ORD or "@" in row or _LISTMARKE.match(row):
        return False
    return row[-1:].isalnum() or row.endswith((")", "”", '"', "!", "?"))


def _from_text(meddelande: Meddelande, fil: str, options: dict[str, object]) -> Fynd | None:
    """Given a mail, return the remisser its text holds (read as a document), or None."""
    from remiss.pipeline import tolka_handling

    handling = text_handling(meddelande.text, fil)
    if not handling.pages[0].lines:
        return None
    found = tolka_handling(handling, **options)  # type: ignore[arg-type]
    if not found:
        return None
    marked = tuple(replace(r, kallor={k: replace(v, epost=BRODTEXT) for k, v in r.kallor.items()})
                   for r in found)
    return Fynd(marked, BRODTEXT, handling.sha256, meddelande)


def _score(fynd: Fynd) -> int:
    """Given a find, return how many of the main fields its first remiss has."""
    r = fynd.remisser[0]
    return sum(bool(x) for x in (r.diarienummer, r.svarsdatum, r.svarsadress, r.titel, r.avsandare,
                                 r.remissinstanser))


def _best(found: Iterator[Fynd]) -> Fynd | None:
    """Given finds, return the one with the highest score (the first on a tie), or None."""
    best: Fynd | None = None
    for fynd in found:
        if best is None or _score(fynd) > _score(best):
            best = fynd
    return best


# --- what the mail adds --------------------------------------------------------------------------


def _with_mail(remiss: Remiss, fynd: Fynd, mail: Meddelande, bilagor: tuple[str, ...], fil: str) -> Remiss:
    """Given a remiss found in the mail, return it with inkommen, bilagor and the mail's candidates."""
    sender = fynd.meddelande
    inkommen = inkommen_datum(mail.datum or sender.datum)
    remiss = _frist_med_brevets_ar(remiss, fynd, sender.datum or mail.datum)
    kallor = dict(remiss.kallor)
    varningar = list(remiss.varningar)
    if inkommen is not None:
        kallor["inkommen"] = Kalla(sida=0, text=f"Date: {mail.datum_rad or sender.datum_rad}", epost="rubrik")
    svarsadress = remiss.svarsadress
    if svarsadress is None and sender.fran:
        svarsadress = sender.fran
        kallor["svarsadress"] = Kalla(sida=0, text=f"From: {sender.fran_rad or sender.fran}", epost="rubrik")
        varningar = [v for v in varningar if "svarsadress" not in v]
        varningar.append(f"svarsadress saknas i missivet; avsändarens e-postadress {sender.fran} (e-postens "
                         "From-rad) används. Kontrollera att svaren ska dit.")
    titel = remiss.titel
    amne = titel_av_amne(sender.amne)
    if titel is None and amne:
        titel = amne
        kallor["titel"] = Kalla(sida=0, text=f"Subject: {sender.amne}", epost="rubrik")
        varningar = [v for v in varningar if "titel" not in v]
        varningar.append("titel saknas i missivet; e-postens ämnesrad används.")
    epost = Epost(fil=fil, missiv=fynd.missiv, missiv_sha256=fynd.sha256, fran=sender.fran,
                  amne=sender.amne, datum=_local(mail.datum or sender.datum))
    return replace(remiss, fil=fil, svarsadress=svarsadress, titel=titel, inkommen=inkommen,
                   bilagor=bilagor, epost=epost, kallor=kallor, varningar=tuple(varningar))


def _frist_med_brevets_ar(remiss: Remiss, fynd: Fynd, moment: datetime | None) -> Remiss:
    """Given a remiss read from a mail's text without svarsdatum or a date of its own, return it with the
    deadline its text names without a year ('senast den 15 januari'), the year taken from the mail's Date: the
    mail is the letter, and its date the letter's date (korpus README, Facit: the year comes from the
    document's own date). A remiss from an attachment keeps what its letter says (missiv30)."""
    from remiss.extract.core import saknas_varning
    from remiss.extract.svarsdatum import find_svarsdatum
    from remiss.extract.text import Text

    if remiss.svarsdatum or remiss.datum or fynd.missiv != BRODTEXT or moment is None:
        return remiss
    dag = moment.astimezone(TIDSZON).date()
    lines = text_handling(fynd.meddelande.text, remiss.fil).pages[0].lines
    found, _ = find_svarsdatum(Text.of(lines), default_year=dag.year, datum=dag)
    if found is None:
        return remiss
    kalla = Kalla(sida=found.line.page, text=found.line.text.strip(), epost=BRODTEXT)
    saknas = saknas_varning("svarsdatum")
    return replace(remiss, svarsdatum=found.value, kallor={**remiss.kallor, "svarsdatum": kalla},
                   varningar=tuple(v for v in remiss.varningar if v != saknas))


def inkommen_datum(moment: datetime | None) -> str | None:
    """Given a mail's Date, return the day it came in, in Swedish local time (ISO), or None."""
    return moment.astimezone(TIDSZON).date().isoformat() if moment is not None else None


def _local(moment: datetime | None) -> str | None:
    """Given an aware datetime, return it in Swedish local time as ISO 8601, or None."""
    return moment.astimezone(TIDSZON).isoformat(timespec="seconds") if moment is not None else None


def titel_av_amne(amne: str | None) -> str | None:
    """Given a Subject, return it as a titel: without SV:/VB:/Fwd: and a leading 'Remiss:'."""
    if not amne:
        return None
    text = _AMNE_PREFIX.sub("", amne)
    text = _AMNE_REMISS.sub("", text).strip(" -–—:")
    return text or None


def _refuse_unreadable(mail: Meddelande, bilagor: list[Dokument], fel: list[InputError], fil: str) -> None:
    """Given a mail where no remiss was found, raise the error that explains why, when there is one."""
    if any(m.krypterad for m in _meddelanden(mail)):
        raise InputError("e-postmeddelandet är krypterat eller signerat med S/MIME och kan inte läsas. "
                         "Öppna det i Outlook och spara bilagorna, eller be avsändaren skicka det "
                         "okrypterat.", fil=fil)
    if fel:
        raise fel[0]
    unread = [d.bilaga.namn for d in bilagor if d.bilaga.namn.lower().endswith(OLD_FORMATS)]
    if unread:
        raise InputError(f"bilagan {unread[0]} är i ett format som inte läses "
                         f"({Path(unread[0]).suffix.lower()}). Öppna den och spara den som PDF eller .docx, "
                         "och tolka den filen.", fil=fil)
    tnef = [d for d in bilagor if d.bilaga.typ in TNEF_TYPES or d.bilaga.namn.lower() == "winmail.dat"]
    if tnef:
        raise InputError("e-postmeddelandet har bara en winmail.dat (Outlooks TNEF-format) och bilagorna "
                         "går inte att läsa. Öppna meddelandet i Outlook och spara det som .msg, eller be "
                         "avsändaren skicka om det som vanlig e-post.", fil=fil)
