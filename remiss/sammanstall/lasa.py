"""Reading the answers: each file (PDF, DOCX, or an e-mail with its attachments) becomes answer documents.

Each document is checked with the kontroll stages (`kontrollera_yttrande`), so stance and sammanfattning
are read exactly as `remiss kontrollera` reads them. A file in which kontroll finds no yttrande title (a
protokollsutdrag, a plain letter, an e-mail body) is read as one answer from its first line to its last.
"""

from __future__ import annotations

import email.utils
import tempfile
from dataclasses import dataclass
from pathlib import Path

from remiss.domain import Handling, Line, Page
from remiss.errors import InputError
from remiss.kontroll.typer import Avsnitt, Yttrandedel, Yttrandekontroll

FILTYPER = (".pdf", ".docx", ".eml", ".msg")
DOKUMENTTYPER = (".pdf", ".docx")
MAX_HUVUD = 16


@dataclass(frozen=True)
class Epost:
    """The headers of the e-mail an answer came with."""

    fran_namn: str | None
    fran_adress: str | None
    amne: str
    datum: str | None  # ISO date


@dataclass(frozen=True)
class Svarsdokument:
    """One answer document as read: its lines, the kontroll result and sections, and its e-mail if any."""

    fil: str
    lines: tuple[Line, ...]
    kontroll: Yttrandekontroll
    avsnitt: Avsnitt
    titel: str
    hittad: bool  # kontroll found a yttrande title; False when the whole document is read as one answer
    bilaga: str | None = None
    epost: Epost | None = None
    sha256: str = ""
    fore: tuple[Line, ...] = ()  # the lines just above the yttrande on its page (a letterhead, a header)
    titelindex: int = 0  # index in `lines` of the title's first line

    @property
    def huvud(self) -> tuple[Line, ...]:
        """Return the lines above the title (letterhead, header), or a whole document's opening lines."""
        if self.hittad:
            return self.fore + self.lines[: self.titelindex]
        out = []
        for line in self.lines[:MAX_HUVUD]:
            words = line.text.split()
            if len(words) > 12 or (len(words) > 5 and line.text.rstrip().endswith(".")):
                break  # the text has begun
            out.append(line)
        return tuple(out)


def svarsfiler(mapp: str | Path) -> list[Path]:
    """Given the answer folder, return its files (also in subfolders) in name order, hidden files left out."""
    root = Path(mapp)
    if not root.is_dir():
        raise InputError("är ingen mapp. Ange mappen med remissvaren med --svar.", fil=str(root))
    return sorted(
        (p for p in root.rglob("*") if p.is_file() and not _dold(p, root)),
        key=lambda p: str(p.relative_to(root)).casefold(),
    )


def _dold(path: Path, root: Path) -> bool:
    """Return True for a hidden file or a file in a hidden folder (".DS_Store", "~$svar.docx")."""
    return any(part.startswith((".", "~$")) for part in path.relative_to(root).parts)


def las_svarsfil(path: Path, *, max_sidor: int = 2000) -> list[Svarsdokument]:
    """Given an answer file, return its answer documents (InputError when it cannot be read)."""
    suffix = path.suffix.lower()
    if suffix in (".eml", ".msg"):
        return _las_epost(path, max_sidor=max_sidor)
    if suffix not in DOKUMENTTYPER:
        raise InputError(
            f"filtypen {suffix or '(ingen)'} kan inte läsas. Spara svaret som PDF eller "
            "Word (.docx), eller lägg e-postmeddelandet som .eml eller .msg.",
            fil=str(path),
        )
    from remiss.read import read_file

    return dokument_i(read_file(path, max_sidor=max_sidor))


def dokument_i(
    handling: Handling, *, bilaga: str | None = None, epost: Epost | None = None, fil: str | None = None
) -> list[Svarsdokument]:
    """Given a read Handling, return each yttrande in it, or the whole text as one answer if none."""
    from remiss.kontroll import kontrollera_yttrande
    from remiss.kontroll.avsnitt import split_avsnitt
    from remiss.kontroll.hitta import find_yttranden

    lines = handling.lines
    if not any(line.text.strip() for line in lines):
        raise InputError("innehåller ingen text.", fil=fil or handling.fil)
    delar = find_yttranden(handling)
    hittad = bool(delar)
    if not delar:
        delar = [Yttrandedel(lines=tuple(lines), titel="", titelrader=0, titelindex=0)]  # every line is text
    per_line = handling.fil.lower().endswith(".docx")
    out = []
    slut = 0
    for del_ in delar:
        kontroll = kontrollera_yttrande(fil or handling.fil, del_, per_line=per_line)
        start = _index(lines, del_.lines[0], slut)
        fore = (
            tuple(
                line
                for line in lines[max(slut, start - MAX_HUVUD) : start]
                if line.page == del_.lines[0].page
            )
            if hittad
            else ()
        )
        slut = start + len(del_.lines)
        out.append(
            Svarsdokument(
                fil=fil or handling.fil,
                lines=del_.lines,
                kontroll=kontroll,
                avsnitt=split_avsnitt(del_),
                titel=del_.titel if hittad else "",
                hittad=hittad,
                bilaga=bilaga,
                epost=epost,
                sha256=handling.sha256,
                fore=fore,
                titelindex=del_.titelindex if hittad else 0,
            )
        )
    return out


def _index(lines: list[Line], first: Line, start: int) -> int:
    """Return the index of `first` in `lines`, searching from `start` (`start` when it is not there)."""
    for index in range(start, len(lines)):
        if lines[index] == first:
            return index
    return start


# --- e-mail -----------------------------------------------------------------------------------------


def _las_epost(path: Path, *, max_sidor: int) -> list[Svarsdokument]:
    """Given an .eml or .msg file, return the answers in its attachments (or in its body when it has none).

    The mail is read by `remiss.epost` (the same reader as `remiss tolka`: nested mails, ZIP attachments,
    size limits, .msg through extract-msg).
    """
    from remiss.epost.meddelande import las_epost
    from remiss.epost.tolka import alla_bilagor
    from remiss.read import read_file, sha256_of

    mail = las_epost(path)
    epost = _huvud(mail.fran_rad or mail.fran or "", mail.amne or "", mail.datum)
    lasbara = [(d.bilaga.namn, d.bilaga.data, typ) for d in alla_bilagor(mail, str(path))
               if not d.bilaga.inline_bild and (typ := _dokumenttyp(d.bilaga.namn, d.bilaga.data))]
    dokument: list[Svarsdokument] = []
    with tempfile.TemporaryDirectory(prefix="remiss-svar-") as tmp:
        for number, (namn, data, typ) in enumerate(lasbara, 1):
            target = Path(tmp) / f"{number}{typ}"
            target.write_bytes(data)
            try:
                handling = read_file(target, max_sidor=max_sidor)
                dokument += dokument_i(handling, bilaga=namn, epost=epost, fil=str(path))
            except InputError as exc:
                raise InputError(f"bilagan {namn}: {exc.message}", fil=str(path)) from exc
    if any(d.hittad for d in dokument):
        return [d for d in dokument if d.hittad]  # the yttrande, not the map or the forwarded missiv
    if dokument:
        return dokument[:1]
    if mail.text.strip():
        handling = Handling(fil=str(path), pages=(_sida(mail.text),), sha256=sha256_of(path))
        return dokument_i(handling, epost=epost)
    raise InputError("e-postmeddelandet har varken en bilaga (PDF eller Word) eller text.", fil=str(path))


def _dokumenttyp(namn: str, data: bytes) -> str | None:
    """Given an attachment's name and bytes, return ".pdf" or ".docx" when it can be read as an answer."""
    if b"%PDF-" in data[:1024]:
        return ".pdf"
    if data[:4] == b"PK\x03\x04" and namn.lower().endswith(".docx"):
        return ".docx"
    return None


def _sida(text: str) -> Page:
    """Given plain text (an e-mail body), return it as one page of lines."""
    rows = [row.strip() for row in text.replace("\r", "").split("\n")]
    lines = tuple(Line(text=row, page=1, number=n) for n, row in enumerate((r for r in rows if r), 1))
    return Page(number=1, lines=lines)


def _huvud(fran: str, amne: str, datum: object) -> Epost:
    """Given the From header, the subject and the date (a datetime or None), return the Epost."""
    namn, adress = email.utils.parseaddr(str(fran))
    iso = datum.date().isoformat() if datum is not None and hasattr(datum, "date") else None
    return Epost(fran_namn=namn or None, fran_adress=adress.casefold() or None, amne=" ".join(amne.split()),
                 datum=iso)
