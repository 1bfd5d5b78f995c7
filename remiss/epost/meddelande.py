"""Reading a saved e-mail (.eml or Outlook .msg) into our own plain Meddelande.

The standard library's `email` (policy.default) reads .eml; extract-msg reads .msg. Both become the
same frozen types, so choosing the missiv never sees a library object. Nested messages
(message/rfc822, an embedded .msg) are read recursively, ZIP attachments are opened with size and
count limits, and every failure is an InputError with one Swedish line.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from remiss.epost import OLE_MAGIC
from remiss.errors import InputError

MAX_EPOST_BYTES = 100 * 1024 * 1024  # a saved mail larger than this is refused before it is parsed
MAX_DJUP = 5  # messages nested in messages (forwarded as attachments)
MAX_BILAGOR = 200  # attachments in one mail, ZIP members included
MAX_UPPACKAT = 200 * 1024 * 1024  # bytes of all ZIP members of one mail, unpacked
MAX_KVOT = 100  # unpacked / packed size of one ZIP member: above it the ZIP is a bomb
SMIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")


@dataclass(frozen=True)
class Bilaga:
    """An attachment: its file name (a ZIP member as 'arkiv.zip/namn'), MIME type and bytes."""

    namn: str
    typ: str
    data: bytes
    inline_bild: bool = False  # an image shown in the text (a logo in a signature), not a bilaga


@dataclass(frozen=True)
class Meddelande:
    """A mail: sender address, subject, Date, text body, attachments and nested messages."""

    fran: str | None
    fran_rad: str | None  # the From header as written, for kallor
    amne: str | None
    datum: datetime | None
    datum_rad: str | None  # the Date header as written
    text: str
    bilagor: tuple[Bilaga, ...] = ()
    inbaddade: tuple[Meddelande, ...] = ()
    krypterad: bool = False


def las_epost(path: str | Path) -> Meddelande:
    """Given a .eml or .msg path, return its Meddelande or raise InputError."""
    path = Path(path)
    fil = str(path)
    data = _read_bytes(path)
    if data.startswith(OLE_MAGIC):
        return _msg_meddelande(_open_msg(data, fil), fil, djup=0)
    if path.suffix.lower() == ".msg":
        raise InputError("är inte ett Outlook-meddelande (.msg). Spara meddelandet på nytt från Outlook "
                         "genom att dra det till en mapp.", fil=fil)
    return _eml_meddelande(_parse_eml(data, fil), fil, djup=0)


def _read_bytes(path: Path) -> bytes:
    """Given a path, return its bytes; a missing, empty, unreadable or huge file raises InputError."""
    from remiss.limits import regular_file

    fil = str(path)
    if path.is_dir():
        raise InputError("är en mapp, inte en fil. Ange filerna i den, till exempel mapp/*.msg.", fil=fil)
    regular_file(path)  # missing, FIFO or device: refused before it is opened
    try:
        size = path.stat().st_size
        if size > MAX_EPOST_BYTES:
            raise InputError(f"e-postmeddelandet är {size // (1024 * 1024)} MB, större än gränsen "
                             f"{MAX_EPOST_BYTES // (1024 * 1024)} MB. Spara bilagorna var för sig och "
                             "tolka dem.", fil=fil)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"kan inte läsas ({exc.strerror}). Kontrollera behörigheten.", fil=fil) from exc
    if not data.strip():
        raise InputError("filen är tom (0 byte). Spara e-postmeddelandet på nytt.", fil=fil)
    return data


# --- .eml ----------------------------------------------------------------------------------------


def _parse_eml(data: bytes, fil: str) -> Any:
    """Given .eml bytes, return the email.message.EmailMessage; no mail or a truncated one raises."""
    from email import errors, policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(data)
    if not any(message.get(name) for name in ("From", "Date", "Subject", "Message-ID", "Received")):
        raise InputError("är inte ett e-postmeddelande (inga rubrikrader som From, Date, Subject). "
                         "Spara meddelandet som .eml eller .msg från e-postprogrammet.", fil=fil)
    for part in message.walk():
        if any(isinstance(d, errors.CloseBoundaryNotFoundDefect | errors.StartBoundaryNotFoundDefect)
               for d in part.defects):
            raise InputError("e-postmeddelandet är avkortat (en del slutar mitt i). Spara det på nytt "
                             "från e-postprogrammet.", fil=fil)
    return message


def _eml_meddelande(message: Any, fil: str, *, djup: int) -> Meddelande:
    """Given a parsed EmailMessage, return its Meddelande, nested messages read recursively."""
    if djup > MAX_DJUP:
        raise InputError(f"e-postmeddelandet har fler än {MAX_DJUP} meddelanden inuti varandra och "
                         "öppnas inte.", fil=fil)
    krypterad = message.get_content_type() in SMIME_TYPES
    bilagor: list[Bilaga] = []
    inbaddade: list[Meddelande] = []
    for part in _attachment_parts(message):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if part.is_multipart() else part.get_content()
            inbaddade.append(_eml_meddelande(inner, fil, djup=djup + 1))
            continue
        krypterad = krypterad or part.get_content_type() in SMIME_TYPES
        bilagor.append(_eml_bilaga(part, fil))
    bilagor, sparade = _saved_mails(bilagor, fil, djup)
    inbaddade += sparade
    return Meddelande(
        fran=_address(message.get("From")), fran_rad=_header(message, "From"),
        amne=_header(message, "Subject"), datum=_date(message), datum_rad=_header(message, "Date"),
        text=_eml_text(message), bilagor=tuple(bilagor), inbaddade=tuple(inbaddade), krypterad=krypterad)


def _attachment_parts(message: Any) -> list[Any]:
    """Given an EmailMessage, return its attachment parts (and a lone non-text body part).

    A multipart inside (the signed content of an S/MIME signed mail, a mixed part in an alternative)
    is opened; the signature itself is no attachment.
    """
    if not message.is_multipart():
        if message.get_content_maintype() in ("text", "multipart"):
            return []
        return [message]  # a mail that is only an attachment (S/MIME, winmail.dat, a PDF)
    out: list[Any] = []
    for part in message.iter_attachments():
        if part.get_content_maintype() == "multipart":
            out += _attachment_parts(part)
        elif part.get_content_type() not in SIGNATURE_TYPES:
            out.append(part)
    return out


def _eml_bilaga(part: Any, fil: str) -> Bilaga:
    """Given an attachment part, return its Bilaga (bytes decoded from base64/quoted-printable)."""
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = b""
    name = part.get_filename() or _default_name(part.get_content_type())
    inline = part.get_content_maintype() == "image" and bool(part.get("Content-ID")) \
        and part.get_content_disposition() != "attachment"
    return Bilaga(namn=_clean_name(name), typ=part.get_content_type(), data=payload, inline_bild=inline)


def _eml_text(message: Any) -> str:
    """Given an EmailMessage, return its body as plain text (HTML turned into lines when only HTML)."""
    if message.get_content_type() in SMIME_TYPES:
        return ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):  # an unknown charset: read it as Latin-1
        content = (part.get_payload(decode=True) or b"").decode("latin-1")
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_text(content)
    if part.get_param("format", "").lower() == "flowed":
        content = _unflow(content, delsp=part.get_param("delsp", "").lower() == "yes")
    return content


def _unflow(text: str, *, delsp: bool) -> str:
    """Given format=flowed text (RFC 3676), return it with soft line breaks joined."""
    out: list[str] = []
    joining = False
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if joining and out:
            out[-1] += line
        else:
            out.append(line)
        joining = line.endswith(" ") and line.strip() != "--"
        if joining and delsp:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


def _header(message: Any, name: str) -> str | None:
    """Given a message and a header name, return the decoded header text or None."""
    try:
        value = message.get(name)
    except (IndexError, ValueError, TypeError):  # a malformed header the parser could not model
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _address(value: Any) -> str | None:
    """Given a From header, return its first address (lower case) or None."""
    if value is None:
        return None
    try:
        addresses = getattr(value, "addresses", ())
        found = [a.addr_spec for a in addresses if "@" in a.addr_spec]
    except (IndexError, ValueError, TypeError):
        found = []
    if not found:
        match = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", str(value))
        found = [match.group(0)] if match else []
    return found[0].lower() if found else None


def _date(message: Any) -> datetime | None:
    """Given a message, return its Date header as an aware datetime, or None when missing or malformed."""
    try:
        value = message.get("Date")
        moment = getattr(value, "datetime", None)
    except (IndexError, ValueError, TypeError):
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return moment


# --- .msg ----------------------------------------------------------------------------------------


def _open_msg(data: bytes, fil: str) -> Any:
    """Given .msg bytes, return extract-msg's message; a broken file raises InputError."""
    import logging

    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        return extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception as exc:  # noqa: BLE001 - extract-msg and olefile raise many types for a broken file
        raise InputError("Outlook-meddelandet (.msg) är trasigt eller avkortat och kan inte läsas. Spara "
                         "det på nytt från Outlook.", fil=fil) from exc


def _msg_meddelande(msg: Any, fil: str, *, djup: int) -> Meddelande:
    """Given an extract-msg message, return its Meddelande, embedded messages read recursively."""
    if djup > MAX_DJUP:
        raise InputError(f"e-postmeddelandet har fler än {MAX_DJUP} meddelanden inuti varandra och "
                         "öppnas inte.", fil=fil)
    try:
        klass = str(getattr(msg, "classType", "") or "")
        bilagor: list[Bilaga] = []
        inbaddade: list[Meddelande] = []
        for att in msg.attachments:
            data = getattr(att, "data", None)
            if data is not None and not isinstance(data, bytes | bytearray):
                inbaddade.append(_msg_meddelande(data, fil, djup=djup + 1))
            elif data is not None:
                bilagor.append(_msg_bilaga(att, bytes(data)))
        bilagor, sparade = _saved_mails(bilagor, fil, djup)
        inbaddade += sparade
        text = _msg_text(msg)
        fran_rad, fran = _msg_sender(msg)
        amne = " ".join(str(msg.subject or "").split()) or None
        datum = msg.date if isinstance(msg.date, datetime) and msg.date.tzinfo else None
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken stream inside the .msg
        raise InputError("Outlook-meddelandet (.msg) är trasigt och kan inte läsas. Spara det på nytt "
                         "från Outlook.", fil=fil) from exc
    krypterad = klass.upper().startswith("IPM.NOTE.SMIME") and "MULTIPARTSIGNED" not in klass.upper()
    krypterad = krypterad or any(b.typ in SMIME_TYPES or b.namn.lower().endswith(".p7m") for b in bilagor)
    return Meddelande(fran=fran, fran_rad=fran_rad, amne=amne, datum=datum,
                      datum_rad=datum.isoformat() if datum else None, text=text, bilagor=tuple(bilagor),
                      inbaddade=tuple(inbaddade), krypterad=krypterad)


def _msg_bilaga(att: Any, data: bytes) -> Bilaga:
    """Given an extract-msg attachment and its bytes, return the Bilaga."""
    name = att.longFilename or att.shortFilename or att.displayName or ""
    typ = str(getattr(att, "mimetype", "") or "application/octet-stream").lower()
    inline = typ.startswith("image/") and bool(getattr(att, "contentId", None))
    return Bilaga(namn=_clean_name(name or _default_name(typ)), typ=typ, data=data, inline_bild=inline)


def _msg_text(msg: Any) -> str:
    """Given an extract-msg message, return its plain text body (from HTML when there is no text)."""
    body = msg.body
    if isinstance(body, str) and body.strip():
        return body.replace("\r\n", "\n")
    html = msg.htmlBody
    if isinstance(html, bytes) and html.strip():
        return html_text(html.decode("utf-8", errors="replace"))
    return ""


def _msg_sender(msg: Any) -> tuple[str | None, str | None]:
    """Given an extract-msg message, return (the sender as shown, its SMTP address)."""
    name = " ".join(str(msg.sender or "").split()) or None
    candidates = [msg.getStringStream(f"__substg1.0_{code}") for code in ("5D01", "0065", "0C1F", "5D02")]
    address = next((c.strip().lower() for c in candidates if c and "@" in c and "/" not in c), None)
    if address is None and name:
        address = _address(name)
    shown = f"{name} <{address}>" if name and address and address not in name else (name or address)
    return shown, address


# --- shared --------------------------------------------------------------------------------------


def _saved_mails(bilagor: list[Bilaga], fil: str, djup: int) -> tuple[list[Bilaga], list[Meddelande]]:
    """Given attachments, return the others and the saved mails among them (.msg, .eml files) read."""
    others: list[Bilaga] = []
    mails: list[Meddelande] = []
    for bilaga in bilagor:
        name = bilaga.namn.lower()
        if bilaga.data.startswith(OLE_MAGIC) and name.endswith(".msg"):
            mails.append(_msg_meddelande(_open_msg(bilaga.data, fil), fil, djup=djup + 1))
        elif name.endswith(".eml") and bilaga.data.strip():
            mails.append(_eml_meddelande(_parse_eml(bilaga.data, fil), fil, djup=djup + 1))
        else:
            others.append(bilaga)
    return others, mails



def _clean_name(name: str) -> str:
    """Given an attachment's file name, return it without folders or control characters."""
    name = PurePath(name.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/]", "", name).strip()
    return name or "bilaga"


def _default_name(typ: str) -> str:
    """Given a MIME type, return a name for an attachment that has none."""
    known = {"application/pdf": "bilaga.pdf", "application/zip": "bilaga.zip",
             "application/ms-tnef": "winmail.dat", "application/vnd.ms-tnef": "winmail.dat",
             "application/pkcs7-mime": "smime.p7m", "application/x-pkcs7-mime": "smime.p7m"}
    return known.get(typ, "bilaga")


def html_text(html: str) -> str:
    """Given HTML, return its text with block elements and <br> as line breaks."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
                  "ul", "ol", "pre", "hr"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip += 1
            elif tag in self.BLOCKS:
                self.parts.append("\n")
            elif tag == "td":
                self.parts.append(" | ")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip = max(0, self.skip - 1)
            elif tag in self.BLOCKS:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(" ".join(data.split(" ")).replace("\n", " "))

    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()).strip(" |") for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines)


# --- ZIP attachments -----------------------------------------------------------------------------


def packa_upp_zip(bilaga: Bilaga, fil: str, budget: list[int]) -> list[Bilaga]:
    """Given a ZIP attachment, return its members as Bilagor; a bomb or a broken ZIP raises InputError.

    `budget` is [attachments left, bytes left] for the whole mail; it shrinks as members are read.
    Sizes are checked from the central directory before a byte is decompressed, and again while
    reading, so a member that lies about its size stops at the limit.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(bilaga.data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise InputError(f"bilagan {bilaga.namn} är en trasig ZIP-fil. Be avsändaren skicka den igen.",
                         fil=fil) from exc
    if len(infos) > budget[0]:
        raise _bomb(bilaga.namn, f"fler än {MAX_BILAGOR} filer", fil)
    total = sum(i.file_size for i in infos)
    if total > budget[1]:
        raise _bomb(bilaga.namn, f"packas upp till mer än {MAX_UPPACKAT // (1024 * 1024)} MB", fil)
    if any(i.file_size > MAX_KVOT * max(i.compress_size, 1) and i.file_size > 1024 * 1024 for i in infos):
        raise _bomb(bilaga.namn, f"packas upp mer än {MAX_KVOT} gånger", fil)
    out = []
    for info in infos:
        data = _read_member(archive, info, budget[1], bilaga.namn, fil)
        budget[0] -= 1
        budget[1] -= len(data)
        name = f"{bilaga.namn}/{_clean_name(info.filename)}"
        out.append(Bilaga(namn=name, typ=_guess_type(info.filename, data), data=data))
    return out


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, left: int, namn: str, fil: str) -> bytes:
    """Given a ZIP member, return its bytes, reading at most `left` bytes (a lying header is a bomb)."""
    if info.flag_bits & 0x1:
        raise InputError(f"bilagan {namn} är en lösenordsskyddad ZIP-fil. Be avsändaren om filerna utan "
                         "lösenord.", fil=fil)
    try:
        with archive.open(info) as handle:
            data = handle.read(left + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise InputError(f"bilagan {namn} är en trasig ZIP-fil. Be avsändaren skicka den igen.",
                         fil=fil) from exc
    if len(data) > left:
        raise _bomb(namn, f"packas upp till mer än {MAX_UPPACKAT // (1024 * 1024)} MB", fil)
    return data


def _bomb(namn: str, why: str, fil: str) -> InputError:
    """Given a ZIP attachment's name and why it is refused, return the InputError."""
    return InputError(f"bilagan {namn} {why} (en zip-bomb?) och öppnas inte. Be avsändaren skicka "
                      "filerna var för sig.", fil=fil)


def _guess_type(name: str, data: bytes) -> str:
    """Given a file name and its bytes, return a MIME type for the kinds we read."""
    if data[:1024].find(b"%PDF-") >= 0:
        return "application/pdf"
    if name.lower().endswith(".docx"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if name.lower().endswith(".zip"):
        return "application/zip"
    if name.lower().endswith(".eml"):
        return "message/rfc822"
    return "application/octet-stream"
