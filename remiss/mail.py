"""The reply to the sender: an .eml draft with the yttrande attached in the formats the missiv asks for."""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from remiss.config import Config, load_config
from remiss.domain import Remiss
from remiss.draft import (
    flytta_status,
    hamta_underlag,
    register_url,
    ren_titel,
    soffice,
    till_pdf,
)
from remiss.errors import EjKlartError, InputError, RemissError
from remiss.fileio import skriv_atomiskt

DOCX_TYP = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_TYP = ("application", "pdf")
REMISSINSTANS = "{remissinstans}"  # in Krav.amnesrad: where the missiv wants the remissinstans's name
_STYRTECKEN = re.compile(r"[\x00-\x1f\x7f-\x9f]+")  # CR and LF would start a new header line
_ADRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_ADRESS_I_TEXT = re.compile(r"[^@\s<>,;\"()\[\]:]+@[^@\s<>,;\"()\[\]:]+\.[A-Za-z]{2,}")
_RESERVERADE = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                          *(f"LPT{i}" for i in range(1, 10))})  # file names Windows refuses
_REGERINGSKANSLIET = re.compile(r"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\d{4}/\d+")


@dataclass(frozen=True)
class Svar:
    """A written reply: the .eml path, its recipient, subject and attachment file names."""

    fil: Path
    till: str
    amne: str
    bilagor: tuple[str, ...]


@dataclass(frozen=True)
class Bilaga:
    """An attachment: its name in the e-mail, its MIME type and its bytes."""

    namn: str
    typ: tuple[str, str]
    data: bytes


def amnesrad(remiss: Remiss, namnd: str) -> str:
    """Given a remiss and the nämnd, return the subject the missiv ("KS 2022-00304 Arbetslivsnämnden")."""
    if remiss.krav.amnesrad:
        return remiss.krav.amnesrad.replace(REMISSINSTANS, namnd).strip()
    parts = [p for p in (remiss.diarienummer, namnd) if p]
    if not remiss.diarienummer:
        parts.append(f"Yttrande över {ren_titel(remiss.titel) or 'remiss'}")
    return " ".join(parts)


def vill_ha_pdf(remiss: Remiss) -> bool:
    """Given a remiss, return True when the missiv asks for the answer as PDF."""
    return any("pdf" in f.lower() for f in remiss.krav.filformat)


def namnge_efter_instans(remiss: Remiss) -> bool:
    """Given a remiss, return True when the files should be named after the remissinstans."""
    return bool(remiss.krav.filformat) or bool(_REGERINGSKANSLIET.match(remiss.diarienummer or ""))


def filnamn(namn: str) -> str:
    """Given a remissinstans's name, return it safe as a file name (å, ä, ö kept).

    Path separators, "..", control characters, leading dots and Windows's reserved names are removed,
    so a name like "../../x" from a config or a document can never point outside the message.
    """
    text = re.sub(r"[\\/:*?\"<>|]+", "-", _STYRTECKEN.sub(" ", namn))
    text = re.sub(r"\.{2,}", ".", text).strip(" .-")
    if text.split(".")[0].strip().upper() in _RESERVERADE:
        text = f"_{text}"
    return text[:100].strip(" .") or "Yttrande"


def rad(text: str) -> str:
    """Given a text from a document or an import, return it as one header line (control characters: space)."""
    return " ".join(_STYRTECKEN.sub(" ", text).split())


def adresser(text: str, *, vad: str) -> str:
    """Given recipients ("a@b.se, c@d.se"), return them checked; a line break or non-address: InputError."""
    from email.utils import getaddresses

    if _STYRTECKEN.search(text):
        raise InputError(f"{vad} innehåller en radbrytning eller ett styrtecken. Ange bara adressen, t.ex. "
                         "namn@kommun.se.")
    found = getaddresses([text])
    if not found or any(not _ADRESS.match(address) for _, address in found):
        raise InputError(f"{vad} '{text}' är ingen e-postadress. Ange en adress som namn@kommun.se "
                         "(flera med kommatecken).")
    return text.strip()


def brodtext(remiss: Remiss, config: Config) -> str:
    """Given a remiss and the config, return the short Swedish body of the e-mail."""
    titel = ren_titel(remiss.titel) or "remissen"
    ref = f" (er beteckning {remiss.diarienummer})" if remiss.diarienummer else ""
    lines = ["Hej!", "", f"Här kommer {config.namnd_genitiv} yttrande över remissen {titel}{ref}.",
             "Yttrandet finns som bilaga.", "", "Med vänlig hälsning", "", config.namnd,
             f"{config.forvaltning}, {config.kommun}", config.epost, config.telefon]
    return "\n".join(line for line in lines if line is not None) + "\n"


def kopieadresser(kopia: tuple[str, ...], till: str) -> list[str]:
    """Given the copy addresses and the recipient, return each copy address once, never the recipient."""
    seen = {address.strip().casefold() for address in till.split(",")}
    result = []
    for address in kopia:
        key = address.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            result.append(address.strip())
    return result


def bygg_meddelande(remiss: Remiss, bilagor: list[Bilaga], *, config: Config,
                    till: str | None = None) -> EmailMessage:
    """Given a remiss and the attachments, return the unsent EmailMessage to the sender."""
    mottagare = adresser(till, vad="--till") if till else _svarsadress(remiss)
    message = EmailMessage(policy=policy.default)
    namnd = rad(config.namnd)
    if config.epost:  # Address quotes the name: "../x" or "A, B" cannot break the header
        message["From"] = Address(display_name=namnd, addr_spec=adresser(config.epost, vad="'epost'"))
    else:
        message["From"] = namnd
    message["To"] = mottagare
    funna = tuple(adress for k in remiss.kopia for adress in _ADRESS_I_TEXT.findall(rad(k))[:1])
    kopia = kopieadresser(funna, str(mottagare))
    if kopia:
        message["Cc"] = ", ".join(kopia)
    message["Subject"] = rad(amnesrad(remiss, config.namnd))
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=(config.epost.split("@")[-1] if "@" in config.epost else None))
    message["X-Unsent"] = "1"
    message.set_content(brodtext(remiss, config))
    for bilaga in bilagor:
        message.add_attachment(bilaga.data, maintype=bilaga.typ[0], subtype=bilaga.typ[1],
                               filename=bilaga.namn)
    return message


def _svarsadress(remiss: Remiss) -> str:
    """Given a remiss, return the first e-mail address of its svarsadress, or raise InputError."""
    found = _ADRESS_I_TEXT.findall(rad(remiss.svarsadress or ""))
    if not found:
        raise InputError("remissen saknar svarsadress. Ange mottagaren med --till ADRESS.")
    return str(found[0])


def bilagor_for(remiss: Remiss, yttrande: Path, *, config: Config,
                kand_pdf: str | None = None, data: bytes | None = None) -> list[Bilaga]:
    """Given the remiss and the yttrande file, return the attachments in the formats the missiv asks for.

    `kand_pdf` is set for a draft the register wrote: the sha256 of the PDF written with it ("" when none);
    a PDF beside the draft is then attached only when it is that PDF, otherwise a new one is made.
    `data` is the draft's bytes as read (and hashed) once: they are attached and made into the PDF,
    so what was checked is what is sent, even if the file changes meanwhile.
    """
    if data is not None:
        return _bilagor_av_utkast(remiss, yttrande, data, config=config, kand_pdf=kand_pdf)
    if not yttrande.is_file():
        raise InputError("yttrandet finns inte. Ange den färdiga .docx-filen med --yttrande.",
                         fil=str(yttrande))
    suffix = yttrande.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise InputError("yttrandet ska vara en .docx (eller .pdf).", fil=str(yttrande))
    _check_attachment(yttrande)
    stem = filnamn(config.namnd) if namnge_efter_instans(remiss) else yttrande.stem
    bilagor: list[Bilaga] = []
    if suffix == ".docx":
        bilagor.append(Bilaga(f"{stem}.docx", DOCX_TYP, yttrande.read_bytes()))
        if vill_ha_pdf(remiss):
            bilagor.append(Bilaga(f"{stem}.pdf", PDF_TYP, _pdf_av(yttrande, kand_pdf)))
    else:
        word = yttrande.with_suffix(".docx")
        if word.is_file():
            _check_attachment(word)
            bilagor.append(Bilaga(f"{stem}.docx", DOCX_TYP, word.read_bytes()))
        bilagor.append(Bilaga(f"{stem}.pdf", PDF_TYP, yttrande.read_bytes()))
    return bilagor


def _bilagor_av_utkast(remiss: Remiss, utkast: Path, data: bytes, *, config: Config,
                       kand_pdf: str | None) -> list[Bilaga]:
    """Given a register draft (.docx) and its checked bytes, return the attachments made of those bytes."""
    import io

    from remiss.limits import check_docx

    check_docx(io.BytesIO(data), fil=str(utkast))
    stem = filnamn(config.namnd) if namnge_efter_instans(remiss) else utkast.stem
    bilagor = [Bilaga(f"{stem}.docx", DOCX_TYP, data)]
    if vill_ha_pdf(remiss):
        bilagor.append(Bilaga(f"{stem}.pdf", PDF_TYP, _pdf_av(utkast, kand_pdf, data=data)))
    return bilagor


def _check_attachment(path: Path) -> None:
    """Given a file to attach, raise InputError when it is not a regular file, too big or a broken .docx."""
    from remiss.limits import MAX_YTTRANDE, check_docx, check_size

    check_size(path, MAX_YTTRANDE, vad="yttrandet")
    if path.suffix.lower() == ".docx":
        check_docx(path)  # LibreOffice would unpack a zip bomb when making the PDF


def _pdf_av(docx: Path, kand_pdf: str | None = None, *, data: bytes | None = None) -> bytes:
    """Given a .docx, return its PDF: a newer PDF beside it (for a register draft: the very PDF written
    with it, checked by kand_pdf), else one made now with LibreOffice (from `data` when given)."""
    beside = docx.with_suffix(".pdf")
    if beside.is_file() and beside.stat().st_mtime >= docx.stat().st_mtime:
        _check_attachment(beside)
        data = beside.read_bytes()
        if kand_pdf is None or hashlib.sha256(data).hexdigest() == kand_pdf:
            return data
    if soffice() is None:
        raise RemissError("missivet begär yttrandet även som PDF, men LibreOffice saknas. Spara yttrandet "
                          f"som PDF i Word ({beside.name}) och kör igen, eller installera LibreOffice.",
                          fil=str(docx))
    with tempfile.TemporaryDirectory(prefix="remiss-pdf-") as tmp:
        if data is not None:  # the checked bytes, not the file as it may be now
            docx = Path(tmp) / "utkast" / docx.name
            docx.parent.mkdir()
            docx.write_bytes(data)
        return till_pdf(docx, Path(tmp) / f"{docx.stem}.pdf").read_bytes()


def standardnamn_svar(remiss: Remiss) -> str:
    """Given a remiss, return the default .eml name ("Svar KS 2022-00304.eml")."""
    stem = remiss.diarienummer or ren_titel(remiss.titel) or "remiss"
    stem = re.sub(r"[\\/:*?\"<>|\s]+", " ", stem).strip()[:80].strip()
    return f"Svar {stem}.eml"


def skriv_svar(remiss: Remiss, yttrande: str | Path, *, config: Config | None = None,
               utfil: str | Path | None = None, till: str | None = None, force: bool = False,
               kand_pdf: str | None = None, data: bytes | None = None) -> Svar:
    """Given a remiss and the finished yttrande (`data`: a register draft's checked bytes), write the .eml
    reply and return what was written."""
    config = config or load_config()
    bilagor = bilagor_for(remiss, Path(yttrande), config=config, kand_pdf=kand_pdf, data=data)
    message = bygg_meddelande(remiss, bilagor, config=config, till=till)
    target = Path(utfil) if utfil else Path.cwd() / standardnamn_svar(remiss)
    data = message.as_bytes(policy=policy.default.clone(linesep="\r\n"))
    written = skriv_atomiskt(data, target, force=force)
    return Svar(fil=written, till=str(message["To"]), amne=str(message["Subject"]),
                bilagor=tuple(b.namn for b in bilagor))


def write_svar(kalla: str, *, yttrande: str | Path | None = None, config: Config | None = None,
               databas: str | None = None, nr: int | None = None, markera_besvarad: bool = False,
               **options: Any) -> Svar:
    """Given ID|FIL and the yttrande, write the reply .eml; with --markera-besvarad set status besvarad."""
    config = config or load_config()
    underlag = hamta_underlag(kalla, config=config, databas=databas, nr=nr, med_text=False)
    if markera_besvarad and underlag.post_id is None:
        raise InputError("--markera-besvarad kräver ett id i registret, inte en fil.")
    kand_pdf, data = None, None
    if yttrande is None:
        yttrande, data = registrets_utkast(underlag)
        kand_pdf = underlag.utkast_pdf_sha256 or ""
    brister = _ej_klart(yttrande, force=bool(options.get("force")), data=data) if markera_besvarad else ()
    result = skriv_svar(underlag.remiss, yttrande, config=config, kand_pdf=kand_pdf, data=data, **options)
    if underlag.post_id is not None:
        _logga_svar(underlag.post_id, result, config=config, databas=databas, besvarad=markera_besvarad,
                    brister=brister)
    return result


def registrets_utkast(underlag: Any) -> tuple[Path, bytes]:
    """Given a register entry's Underlag, return its last draft and its bytes, only when they are what
    `remiss utkast` wrote (same sha256 as then); anything else (an imported log, a changed or moved file)
    is refused. The bytes are read once: the same bytes are hashed, checked and attached."""
    from remiss.limits import MAX_YTTRANDE, check_size

    if not underlag.senaste_utkast:
        raise InputError("ange yttrandet med --yttrande FIL (registret har inget utkast för remissen).")
    fil = Path(underlag.senaste_utkast)
    if not underlag.utkast_sha256:
        raise InputError("registret har ingen kontrollsumma för utkastet (t.ex. efter en import), så det "
                         "bifogas inte. Ange yttrandet med --yttrande FIL.", fil=str(fil))
    if not fil.is_file():
        raise InputError("utkastet som registret skrev finns inte längre. Ange yttrandet med --yttrande FIL.",
                         fil=str(fil))
    check_size(fil, MAX_YTTRANDE, vad="utkastet")
    with fil.open("rb") as handle:
        data = handle.read(MAX_YTTRANDE + 1)  # a file grown past the limit meanwhile fails the hash below
    if hashlib.sha256(data).hexdigest() != underlag.utkast_sha256:
        raise InputError("utkastet har ändrats sedan `remiss utkast` skrev det. Ange den färdiga filen med "
                         "--yttrande FIL.", fil=str(fil))
    return fil, data


def _ej_klart(yttrande: str | Path, *, force: bool, data: bytes | None = None) -> tuple[str, ...]:
    """Given the yttrande to send (`data`: the checked bytes of a register draft, which are what is
    checked), return its brister; without force, refuse when there are any."""
    from remiss.kontroll import ej_klart

    if data is None:
        brister = ej_klart(yttrande)
    else:
        with tempfile.TemporaryDirectory(prefix="remiss-svar-") as tmp:
            kopia = Path(tmp) / Path(yttrande).name
            kopia.write_bytes(data)
            brister = ej_klart(kopia)
    if brister and not force:
        raise EjKlartError(f"yttrandet är inte klart och markeras inte besvarat: {', '.join(brister)}. "
                           f"Se remiss kontrollera \"{yttrande}\", eller markera ändå med --force.")
    return brister


def _logga_svar(post_id: int, svar: Svar, *, config: Config, databas: str | None, besvarad: bool,
                brister: tuple[str, ...] = ()) -> None:
    """Given a written reply of a register entry, log it and set status besvarad when asked."""
    from remiss.register import open_register

    with open_register(register_url(databas, config), skapa=False) as reg:
        if besvarad:
            flytta_status(reg, post_id, "besvarad", user=config.anvandare)
        after: dict[str, Any] = {"fil": str(svar.fil.resolve()), "amne": svar.amne, "till": svar.till,
                                 "besvarad": besvarad}
        if brister:
            after["besvarad_trots"] = list(brister)  # --force: marked besvarad although the check failed
        reg.log_event(post_id, "svar", user=config.anvandare, after=after)
